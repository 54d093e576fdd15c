<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>Tierline::AccountChangeRequestDialog</name>
    <message>
        <source>Request account change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For %1. These changes are made by our staff: tell us what should change and we will get back to you.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;What should change?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For example: move from Pro to Plus at the next renewal.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your request “%1” for %2 was sent. Our staff will contact you.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tierline::AccountStore</name>
    <message>
        <source>There is no account %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tierline::AccountsModel</name>
    <message>
        <source>Account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Billing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Campaigns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tierline::AccountsPage</name>
    <message>
        <source>Accounts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search accounts by name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Billing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Campaigns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next</source>
        <extracomment>Caption of the account's next billing event: a renewal, a downgrade, a trial end.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Billing history</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln account</numerusform>
            <numerusform>%Ln accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln account(s)</source>
        <translation>
            <numerusform>%1 of %Ln account</numerusform>
            <numerusform>%1 of %Ln accounts</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no accounts yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select an account to see its billing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customer since %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The trial runs until %1, with up to %Ln subscriber(s).</source>
        <translation>
            <numerusform>The trial runs until %1, with up to %Ln subscriber.</numerusform>
            <numerusform>The trial runs until %1, with up to %Ln subscribers.</numerusform>
        </translation>
    </message>
    <message>
        <source>No owner</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %Ln seat(s)</source>
        <translation>
            <numerusform>%1 · %2 · %Ln seat</numerusform>
            <numerusform>%1 · %2 · %Ln seats</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <extracomment>Billing interval in currency: "Monthly in USD".</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 subscribed · %2 pending upgrade</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 unsubscribed · %2 archived</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 in all · %2 not marketing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing billed yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Balance: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subscription</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tierline::BillingPage</name>
    <message>
        <source>Select an account on the Accounts page to see its billing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Billing</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Try Campaigns free for %Ln day(s)</source>
        <translation>
            <numerusform>Try Campaigns free for %Ln day</numerusform>
            <numerusform>Try Campaigns free for %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send campaigns to up to %Ln subscriber(s) during the trial. Nothing is charged.</source>
        <translation>
            <numerusform>Send campaigns to up to %Ln subscriber during the trial. Nothing is charged.</numerusform>
            <numerusform>Send campaigns to up to %Ln subscribers during the trial. Nothing is charged.</numerusform>
        </translation>
    </message>
    <message>
        <source>Try for free</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Campaigns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TIER</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SUBSCRIBED</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PENDING UPGRADE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Increase limit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Buy Campaigns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel Campaigns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Account review:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Billing history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save receipt as PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Need another change?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan downgrades, add-on removals, unbundling and product changes are made by our staff.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact us</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Request account change…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 · %2 plan · %3 in %4</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Your free trial runs until %1, with up to %Ln subscriber(s).</source>
        <translation>
            <numerusform>Your free trial runs until %1, with up to %Ln subscriber.</numerusform>
            <numerusform>Your free trial runs until %1, with up to %Ln subscribers.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Free during the trial</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing billed yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Balance: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No staff member is acting, so billing is read-only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expedite review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Request review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel Campaigns for %1? It stays usable until %2; contacts and history are kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Campaigns cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Receipt %1 %2.pdf</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save receipt as PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Receipt number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln subscriber(s)</source>
        <translation>
            <numerusform>%Ln subscriber</numerusform>
            <numerusform>%Ln subscribers</numerusform>
        </translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Receipt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tierline · Campaigns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Credited:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amount:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thank you for using Campaigns.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The receipt could not be saved to %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tierline::BillingService</name>
    <message>
        <source>Campaigns is not active on %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Campaigns is cancelled from %1. Resume it to make changes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 already took the free trial on %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Campaigns is already on for %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No cancellation is scheduled for %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Buying Campaigns needs an approved account review. Request one first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The account has more subscribed contacts than %1 subscribers; choose at least %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The review of %1 is already expedited.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The account review of %1 is already approved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has no pending account review.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The amounts changed since you reviewed them: %1 would be charged today instead of %2. Review the change again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The price catalog has no Campaigns prices in %1, the currency of %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The price catalog has no Campaigns prices in %1, which %2 and perhaps other accounts are billed in. Use a catalog with %1 prices.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was changed by someone else after you opened it. Reload it and try again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tierline::BillingText</name>
    <message>
        <source>Not taken</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trial</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not requested</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pending (expedited)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Monthly</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Annual</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Marketing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sales</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Marketing + Sales</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled: the trial stops on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stops on %1 unless the account review is approved</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Continues at %Ln subscriber(s) on %1</source>
        <translation>
            <numerusform>Continues at %Ln subscriber on %1</numerusform>
            <numerusform>Continues at %Ln subscribers on %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancels on %1; usable until then</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Downgrade to %Ln subscriber(s) on %1</source>
        <translation>
            <numerusform>Downgrade to %Ln subscriber on %1</numerusform>
            <numerusform>Downgrade to %Ln subscribers on %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Renews on %1 at %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Renews on %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Free trial · up to %Ln subscriber(s)</source>
        <translation>
            <numerusform>Free trial · up to %Ln subscriber</numerusform>
            <numerusform>Free trial · up to %Ln subscribers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Active · %Ln subscriber(s)</source>
        <translation>
            <numerusform>Active · %Ln subscriber</numerusform>
            <numerusform>Active · %Ln subscribers</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped after the trial; contacts and history are kept</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled; contacts and history are kept</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln day(s) left in your trial</source>
        <translation>
            <numerusform>%Ln day left in your trial</numerusform>
            <numerusform>%Ln days left in your trial</numerusform>
        </translation>
    </message>
    <message>
        <source>Campaigns is cancelled from %1. You can use it until then.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>per month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>per year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 per 1,000 subscribers</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 of %Ln day(s) left in this cycle</source>
        <translation>
            <numerusform>%1 of %Ln day left in this cycle</numerusform>
            <numerusform>%1 of %Ln days left in this cycle</numerusform>
        </translation>
    </message>
    <message>
        <source>Free during the trial</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Upgrade</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Downgrade</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not possible</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email marketing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign-up forms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Basic reporting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Marketing automation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Landing pages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A/B testing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Custom reporting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Predictive sending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Salesforce integration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Single sign-on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Custom user roles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dedicated support</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln user seat(s)</source>
        <translation>
            <numerusform>%Ln user seat</numerusform>
            <numerusform>%Ln user seats</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 plan</source>
        <extracomment>A plan by its name: "Pro plan".</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>A ledger line: its reason, then what it prices ("Plan renewal · Pro plan").</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tierline::Catalog</name>
    <message>
        <source>line %1, column %2</source>
        <extracomment>The place of a syntax error in a catalog file</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: at %2: %3</source>
        <extracomment>%1 file name, %2 place in the file (a JSON path or a line and column), %3 problem</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the text "%1"</source>
        <extracomment>Describes a JSON string value found where something else was expected</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>value is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected a list, found %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected text, found %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>number %1 is out of range</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>price must not be negative, found %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be positive, found %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>number %1 is too large</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no prices for %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>currency %1 is not in the catalog's currencies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown billing interval; expected monthly or annual</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unsupported catalog format %1; this version reads format 1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>lists no currency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown currency code "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>currency %1 is listed twice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>lists no product</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>product "%1" is listed twice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>lists no plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>plan id "%1" is used twice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>add-on id "%1" is used twice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must not be below minTier (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>does not divide the range from %1 to %2 into whole steps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected %1 prices, one per tier from %2 to %3, found %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>total price falls from %1 to %2 %3</source>
        <extracomment>%1 and %2 amounts, %3 currency code</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>price per subscriber rises above that of %1 subscribers; this tier may cost at most %2 %3</source>
        <extracomment>%1 subscribers of the tier below, %2 amount, %3 currency code</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the top level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: cannot read the catalog: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a subscriber tier: tiers go from %2 to %3 in steps of %4.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tierline::ChangePlanDialog</name>
    <message>
        <source>Change plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compare the plans for %1 and pick one. Prices are %2 in %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Included users</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (current)</source>
        <extracomment>The plan the account has now, in the comparison's header: "Plus (current)".</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Included</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not included</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan comparison</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is the plan the account has now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Moving to %1 is a plan downgrade: our staff make it on request, at the end of the plan cycle.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>With %1 the plan costs %2 %3 from the next cycle. You pay the difference for the rest of this cycle today: %4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 does not have features the account uses now: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Request account change…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Review purchase…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tierline::ChangeRequests</name>
    <message>
        <source>Downgrade the plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove an add-on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unbundle Marketing and Sales</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change the product</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Describe the change you need, so that staff can act on it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The description is too long: at most %1 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no account %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Request %1 does not exist or is already handled.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tierline::ChangeTierDialog</name>
    <message>
        <source>Buy Campaigns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose your subscriber tier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change the number of subscribers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Campaigns for %1 · %2 in %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Subscribers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>subscribers</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln subscribed contact(s) today.</source>
        <translation>
            <numerusform>%Ln subscribed contact today.</numerusform>
            <numerusform>%Ln subscribed contacts today.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Chosen for the end of the trial: %Ln subscriber(s).</source>
        <translation>
            <numerusform>Chosen for the end of the trial: %Ln subscriber.</numerusform>
            <numerusform>Chosen for the end of the trial: %Ln subscribers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Current tier: %Ln subscriber(s).</source>
        <translation>
            <numerusform>Current tier: %Ln subscriber.</numerusform>
            <numerusform>Current tier: %Ln subscribers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lowest possible: %1 — %Ln contact(s) are subscribed. Archive contacts to go lower.</source>
        <translation>
            <numerusform>Lowest possible: %1 — %Ln contact is subscribed. Archive contacts to go lower.</numerusform>
            <numerusform>Lowest possible: %1 — %Ln contacts are subscribed. Archive contacts to go lower.</numerusform>
        </translation>
    </message>
    <message>
        <source>Arrow keys move 1,000, Page Up and Page Down 5,000, Home and End to the ends.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Number of subscribers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cost preview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Effective</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Charged today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New purchase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Full price from %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The first %1 is charged in full today.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>year</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Credit for %Ln subscriber(s)</source>
        <translation>
            <numerusform>Credit for %Ln subscriber</numerusform>
            <numerusform>Credit for %Ln subscribers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Charge for %Ln subscriber(s)</source>
        <translation>
            <numerusform>Charge for %Ln subscriber</numerusform>
            <numerusform>Charge for %Ln subscribers</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is charged during the trial. The chosen tier applies when the trial ends on %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The new limit applies at once; the difference for the rest of this cycle is charged today.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing is charged today. The lower tier starts with the next cycle on %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keeps the current tier and withdraws the scheduled downgrade.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is the current tier.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Continue with %Ln subscriber(s) when the trial ends on %1? Nothing is charged now.</source>
        <translation>
            <numerusform>Continue with %Ln subscriber when the trial ends on %1? Nothing is charged now.</numerusform>
            <numerusform>Continue with %Ln subscribers when the trial ends on %1? Nothing is charged now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Downgrade to %Ln subscriber(s) on %1? Until then the current tier stays, and nothing is charged today.</source>
        <translation>
            <numerusform>Downgrade to %Ln subscriber on %1? Until then the current tier stays, and nothing is charged today.</numerusform>
            <numerusform>Downgrade to %Ln subscribers on %1? Until then the current tier stays, and nothing is charged today.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep %Ln subscriber(s) and withdraw the scheduled downgrade?</source>
        <translation>
            <numerusform>Keep %Ln subscriber and withdraw the scheduled downgrade?</numerusform>
            <numerusform>Keep %Ln subscribers and withdraw the scheduled downgrade?</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the contacts to archive</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tierline::CliApplication</name>
    <message>
        <source>upgrade</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>downgrade</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>price-table --currency C --cycle monthly|annual   Campaigns prices per tier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>quote-change --currency C --cycle monthly|annual --from N --to M --cycle-start D --cycle-end D --on D [--subscribed K] [--trial-end D]   price a tier change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>demo [--accounts N] [--seed S]   fill an empty database with a demo workspace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>accounts   list accounts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>account ID   one account's billing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ledger ID   charges and credits of an account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>audit ID   who changed the account's billing, and when</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>users   staff, roles and permissions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>advance --to D   apply every billing event due by D</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>try ID   start the free Campaigns trial</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>set-tier ID --tier N   upgrade, schedule a downgrade, or pick the trial's tier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cancel ID   cancel Campaigns at the next cycle start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>resume ID   withdraw a scheduled cancellation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>buy ID --tier N   buy Campaigns (needs an approved review)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>request-review ID   request or expedite the account review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>decide-review ID --approve|--reject   decide a pending review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>request-change ID --kind plan_downgrade|addon_removal|unbundle|product_change --details TEXT   ask staff for an account change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>change-requests [--all]   account change requests for staff</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>
Exit codes: 0 ok, 1 usage, 2 bad input, 3 refused by a billing rule or a permission.
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>tierline-cli: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Try “tierline-cli --help”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tierline billing from the command line.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The billing day.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Price catalog.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>JSON output.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Acting user.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>USER</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CODE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Help.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The command to run.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no command given.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--today needs a date as YYYY-MM-DD, not “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown command “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not an account id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Currency.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Billing cycle.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CYCLE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>price-table needs --currency and --cycle.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The catalog has no prices in %1; it has %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--cycle is monthly or annual, not “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subscribers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Current tier.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wanted tier.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>M</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cycle start.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cycle end.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Day of the change.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subscribed contacts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>K</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trial end.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>quote-change needs --%1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--%1 needs a whole number, not “%2”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--%1 needs a date as YYYY-MM-DD, not “%2”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Effective</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Days left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Credit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Charge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Charged today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next cycle price</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accounts to create.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Random seed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--accounts needs a whole number, not “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--seed needs a whole number, not “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Created a demo workspace with %Ln account(s) in %1.
</source>
        <translation>
            <numerusform>Created a demo workspace with %Ln account in %1.
</numerusform>
            <numerusform>Created a demo workspace with %Ln accounts in %1.
</numerusform>
        </translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Billing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Campaigns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trial</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln day(s) left in your trial</source>
        <translation>
            <numerusform>%Ln day left in your trial</numerusform>
            <numerusform>%Ln days left in your trial</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln subscriber(s)</source>
        <translation>
            <numerusform>%Ln subscriber</numerusform>
            <numerusform>%Ln subscribers</numerusform>
        </translation>
    </message>
    <message>
        <source>Chosen tier</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln subscriber(s) from %1</source>
        <translation>
            <numerusform>%Ln subscriber from %1</numerusform>
            <numerusform>%Ln subscribers from %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Downgrade to %Ln subscriber(s) on %1</source>
        <translation>
            <numerusform>Downgrade to %Ln subscriber on %1</numerusform>
            <numerusform>Downgrade to %Ln subscribers on %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Account review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Balance: %1
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>scheduler</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Permissions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last day to apply.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>advance needs --to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--to needs a date as YYYY-MM-DD, not “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Billing events applied through %1.
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 needs one account id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 acts as a user: give --as LOGIN before the command.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The free trial of Campaigns runs until %1.
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>set-tier needs --tier.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--tier needs a whole number, not “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 subscribers apply when the trial ends on %2. Nothing is charged now.
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Upgraded to %1 subscribers. Charged today: %2 (credit %3, charge %4).
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Downgrade to %1 subscribers on %2.
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The tier stays at %1 subscribers.
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Campaigns is cancelled from %1; it can be used until then.
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The cancellation is withdrawn.
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tier to buy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>buy needs --tier.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Campaigns bought at %1 subscribers; the cycle runs until %2.
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The account review is expedited.
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The account review is requested.
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approve the review.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reject the review.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>decide-review needs exactly one of --approve and --reject.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The account review is approved.
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The account review is rejected.
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What to change.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What should change.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>request-change needs --kind and --details.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--kind is plan_downgrade, addon_removal, unbundle or product_change, not “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Request %1 is filed; staff will contact you about it.
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Include handled requests.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Price per month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Price per year</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1, %Ln seat(s); %2 in %3</source>
        <translation>
            <numerusform>%1, %Ln seat; %2 in %3</numerusform>
            <numerusform>%1, %Ln seats; %2 in %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Subscribed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pending upgrade</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contacts in all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Requested by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Requested on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>plan-change ID --seats N|--add-addon ADDON|--plan PLAN [--dry-run]   change user seats, add an add-on, or move to a dearer plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User seats.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add-on to add.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ADDON</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan to move to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PLAN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only price the change.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>plan-change needs exactly one of --seats, --add-addon and --plan.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--seats needs a whole number, not “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Full price from the next cycle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was changed (--dry-run).
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>yes or no.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>YES|NO</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name or email.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--status takes subscribed, pending_upgrade, unsubscribed or archived, not “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--marketing takes yes or no, not “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>contacts needs list, archive, set-marketing, delete or import.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown contacts command “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rows to show.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--limit needs a number of rows, not “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>yes; non-marketing from %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Marketing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 of %Ln matching contact(s).
</source>
        <translation>
            <numerusform>%1 of %Ln matching contact.
</numerusform>
            <numerusform>%1 of %Ln matching contacts.
</numerusform>
        </translation>
    </message>
    <message>
        <source>Set marketing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set non-marketing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>contacts set-marketing needs either --yes or --no.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) archived.</source>
        <translation>
            <numerusform>%Ln contact archived.</numerusform>
            <numerusform>%Ln contacts archived.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) deleted.</source>
        <translation>
            <numerusform>%Ln contact deleted.</numerusform>
            <numerusform>%Ln contacts deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) changed.</source>
        <translation>
            <numerusform>%Ln contact changed.</numerusform>
            <numerusform>%Ln contacts changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) stay marketing until the update date, %1.</source>
        <translation>
            <numerusform>%Ln contact stay marketing until the update date, %1.</numerusform>
            <numerusform>%Ln contacts stay marketing until the update date, %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) wait as Pending upgrade.</source>
        <translation>
            <numerusform>%Ln contact wait as Pending upgrade.</numerusform>
            <numerusform>%Ln contacts wait as Pending upgrade.</numerusform>
        </translation>
    </message>
    <message>
        <source>The lowest tier the account can choose now: %1.
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Account id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>update or skip.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>POLICY</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>contacts import needs a FILE and --account ID.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--duplicates takes update or skip, not “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>contacts list|archive|set-marketing|delete ID [--status S] [--marketing yes|no] [--search TEXT]   list or change an account's contacts; contacts import FILE --account ID [--duplicates update|skip]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no limit: Campaigns is not active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Marketing contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Limit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Total contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next update date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overage policy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark the listed notifications read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No notifications.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notification</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>hold or auto-upgrade.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>overage needs --policy hold or auto-upgrade.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--policy takes hold or auto-upgrade, not “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overage policy of %1: %2. %3
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>usage ID   marketing contacts against the tier, next update date and the forecast</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>notifications [--account ID] [--mark-read]   usage notifications at 75, 90, 98 % and over the tier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>overage ID --policy hold|auto-upgrade   what happens to new contacts beyond the tier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backup file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>backup needs --out FILE.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved a copy of %1 to %2.
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>billing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>deal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amount per interval.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>AMOUNT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>monthly, quarterly or annual.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>INTERVAL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First day.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last day.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A note.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--amount needs a plain decimal such as 1234.50, not “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--interval takes monthly, quarterly or annual, not “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First month.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last month.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Owner's name or login.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reporting currency.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>mrr needs --from YYYY-MM and --to YYYY-MM.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--%1 needs a month as YYYY-MM, not “%2”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no staff member “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MRR in %1
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MRR</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expansion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contraction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Churn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reactivation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>subscriptions needs import.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown subscriptions command “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>subscriptions import needs a FILE.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln deal(s) imported</source>
        <translation>
            <numerusform>%Ln deal imported</numerusform>
            <numerusform>%Ln deals imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln account(s) created</source>
        <translation>
            <numerusform>%Ln account created</numerusform>
            <numerusform>%Ln accounts created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sales rep(s) added.</source>
        <translation>
            <numerusform>%Ln sales rep added.</numerusform>
            <numerusform>%Ln sales reps added.</numerusform>
        </translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interval</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Monthly rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Current monthly rate: %1
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>deal needs add, edit or delete.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown deal command “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>deal add needs --amount, --interval and --start.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deal %1 added: %2 a month from %3.
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deal %1 deleted.
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deal %1 changed.
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>smart-lists takes no arguments.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>built-in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Smart list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Smart list name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV file to write.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Field separator, , or ;.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CHAR</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start with a UTF-8 BOM.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>export needs --smart-list NAME and --out FILE.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--delimiter takes , or ;, not “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln account(s) of “%1” exported to %2.
</source>
        <translation>
            <numerusform>%Ln account of “%1” exported to %2.
</numerusform>
            <numerusform>%Ln accounts of “%1” exported to %2.
</numerusform>
        </translation>
    </message>
    <message>
        <source>mrr --from YYYY-MM --to YYYY-MM [--owner NAME] [--currency C]   MRR and its movements per month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>subscriptions import FILE   import deals (account, owner, currency, amount, interval, start, end); all or nothing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>deals ID   an account's subscription periods and deals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>deal add ID|edit DEAL|delete DEAL --amount A --interval monthly|quarterly|annual --start D [--end D] [--note T]   enter a deal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>smart-lists   the smart lists and how many accounts each holds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>export --smart-list NAME --out FILE [--delimiter ';'] [--bom]   write a smart list as CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>backup --out FILE   save a consistent copy of the SQLite database (for PostgreSQL use pg_dump)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: tierline-cli [global options] COMMAND [options]

Global options:
  --db PATH|URL      the database: an SQLite file (default: %1) or
                     postgresql://user@host:port/database; the password
                     comes from ~/.pgpass or PGPASSWORD
  --today DATE       the day billing runs on (YYYY-MM-DD)
  --catalog FILE     a price catalog to use instead of the built-in one
  --json             write one JSON document to stdout
  --as LOGIN         the staff login that acts
  --lang CODE        en, sv, id or it
  --expect-version N refuse the action if the account changed since it
                     was read at version N (see “account ID”)
  --help, --version

Commands:
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Database: an SQLite file or a postgresql:// URL.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PATH|URL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The account version the action was computed on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--expect-version needs an account version (a whole number from “account ID”), not “%1”.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tierline::ContactImport</name>
    <message>
        <source>The file is empty: it needs a header line with at least an “email” column.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The header names the column “%1” twice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file has no “email” column. The header line must name the columns: name, email, marketing, status.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>row %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>row %1, column %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n field(s), but the header has %1</source>
        <translation>
            <numerusform>%n field, but the header has %1</numerusform>
            <numerusform>%n fields, but the header has %1</numerusform>
        </translation>
    </message>
    <message>
        <source>an email address is required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not an email address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is neither yes nor no</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a status (subscribed, pending upgrade, unsubscribed, archived)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The file has %n problem(s), so nothing was imported:</source>
        <translation>
            <numerusform>The file has %n problem, so nothing was imported:</numerusform>
            <numerusform>The file has %n problems, so nothing was imported:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tierline::ContactService</name>
    <message>
        <source>Subscribed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pending upgrade</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Imported: %1 added, %2 updated, %3 skipped; %Ln wait(s) as Pending upgrade.</source>
        <translation>
            <numerusform>Imported: %1 added, %2 updated, %3 skipped; %Ln wait as Pending upgrade.</numerusform>
            <numerusform>Imported: %1 added, %2 updated, %3 skipped; %Ln waits as Pending upgrade.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tierline::ContactsModel</name>
    <message>
        <source>Set to non-marketing: the contact counts until the update date, %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Non-marketing from %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Marketing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Non-marketing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tierline::ContactsPage</name>
    <message>
        <source>Search name or email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Marketing:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Marketing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Non-marketing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set marketing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set non-marketing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear selection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Known emails:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Update them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Skip them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contacts of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose an account to see its contacts.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln matching contact(s)</source>
        <translation>
            <numerusform>%Ln matching contact</numerusform>
            <numerusform>%Ln matching contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln matching contact(s) are selected.</source>
        <translation>
            <numerusform>All %Ln matching contact are selected.</numerusform>
            <numerusform>All %Ln matching contacts are selected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln selected</numerusform>
            <numerusform>%Ln selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Select all %Ln matching</source>
        <translation>
            <numerusform>Select the %Ln matching</numerusform>
            <numerusform>Select all %Ln matching</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Archive %Ln contact(s)? Archived contacts no longer count towards the tier.</source>
        <translation>
            <numerusform>Archive %Ln contact? Archived contacts no longer count towards the tier.</numerusform>
            <numerusform>Archive %Ln contacts? Archived contacts no longer count towards the tier.</numerusform>
        </translation>
    </message>
    <message>
        <source>Archiving contacts…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Set %Ln contact(s) as marketing? They count towards the tier at once; beyond the limit they wait as Pending upgrade.</source>
        <translation>
            <numerusform>Set %Ln contact as marketing? They count towards the tier at once; beyond the limit they wait as Pending upgrade.</numerusform>
            <numerusform>Set %Ln contacts as marketing? They count towards the tier at once; beyond the limit they wait as Pending upgrade.</numerusform>
        </translation>
    </message>
    <message>
        <source>Setting contacts as marketing…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Set %Ln contact(s) as non-marketing? Subscribed contacts keep counting until the next update date, %1.</source>
        <translation>
            <numerusform>Set %Ln contact as non-marketing? Subscribed contacts keep counting until the next update date, %1.</numerusform>
            <numerusform>Set %Ln contacts as non-marketing? Subscribed contacts keep counting until the next update date, %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Setting contacts as non-marketing…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Delete %Ln contact(s)? This cannot be undone. Deleting frees room for other contacts but does not lower the tier.</source>
        <translation>
            <numerusform>Delete %Ln contact? This cannot be undone. Deleting frees room for other contacts but does not lower the tier.</numerusform>
            <numerusform>Delete %Ln contacts? This cannot be undone. Deleting frees room for other contacts but does not lower the tier.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting contacts…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled. No contact was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Importing contacts…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled. Nothing was imported.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tierline::CsvReader</name>
    <message>
        <source>Line %1 is not valid UTF-8 text. Save the file as UTF-8 and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line %1: a quoted field is not closed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line %1: text follows the closing quote of a field.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tierline::CsvWriter</name>
    <message>
        <source>Cannot write %1: %2. Choose a folder you can write to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The CSV file is not open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tierline::Database</name>
    <message>
        <source>Cannot open %1: the folder %2 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot open %1: it is not a readable file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot open %1: the file is read-only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a Tierline database: it is not an SQLite file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot create %1: the folder %2 is not writable.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database is busy: another program is writing to it. Try again in a moment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database file is damaged (%1). Restore it from a backup.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database reported an error: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is damaged or not a Tierline database: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a Tierline database: it holds other data.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was written by a newer Tierline (schema version %2; this version knows up to %3). Update Tierline to open it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot open %1: the PostgreSQL driver of Qt is not installed (Debian package libqt6sql6-psql).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot open %1: the folder %2 is not writable, and Tierline keeps its journal files beside the database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The connection to the database server was lost: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has no schema to work in: the search_path names no existing schema.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was not upgraded: its copy %2 could not be saved first. %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A PostgreSQL database is backed up with pg_dump, for example: pg_dump --format=custom --file=tierline.dump DATABASE (restore with pg_restore).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An in-memory database cannot be backed up.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 already exists; choose a new file for the backup.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist or is not writable.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tierline::DatabaseCard</name>
    <message>
        <source>Enter an SQLite file or a postgresql:// address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the SQLite file's full path.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the SQLite database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At the next start Tierline opens the default file, %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This database is the one Tierline opens at every start.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At the next start Tierline opens %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Work on your own SQLite file, or beside your team on a PostgreSQL server. The password is never stored here: PostgreSQL reads it from ~/.pgpass, PGPASSWORD or a service file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open now: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open at start:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Use this database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use the &amp;default file</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tierline::DealDialog</name>
    <message>
        <source>Edit deal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add deal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Monthly</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quarterly</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Annual</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ends on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>End:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save deal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not an amount: write it with digits and a decimal mark, such as 1234.50.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 a month in MRR</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tierline::DemoWorkspace</name>
    <message>
        <source>Demo generation was cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The demo needs a valid day to end on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database already has data; the demo needs an empty one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The demo needs between %1 and %2 accounts.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tierline::ExchangeRates</name>
    <message>
        <source>%1 is not a currency Tierline knows; choose one of %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A currency needs no exchange rate into itself.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An exchange rate needs the day it applies from.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not an exchange rate: write a positive decimal with a point, such as 0.0915.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is a %2 and cannot change the reporting currency or exchange rates; ask an administrator or a sales manager.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tierline::ExchangeRatesCard</name>
    <message>
        <source>Exchange rates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MRR adds up every account in one currency. A rate applies from its day until the next one; write it exactly, with a point: one unit of the currency is worth this many units of the reporting currency.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Report MRR in:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Into</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Valid from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove rate</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tierline::FileDialog</name>
    <message>
        <source>Look in:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Files of type:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tierline::Ledger</name>
    <message>
        <source>Campaigns purchase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First cycle after the trial</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Renewal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Credit for the unused part of the old tier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Charge for the rest of the cycle at the new tier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan renewal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Credit for the unused part of the old plan price</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Charge for the rest of the cycle at the new plan price</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tierline::LedgerModel</name>
    <message>
        <source>Pays for %1 – %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tierline::MainWindow</name>
    <message>
        <source>Accounts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Billing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage &amp; limits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MRR</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Smart lists</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tierline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Switch user</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Act as another member of staff</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About Tierline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The account the pages show</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Acting as &lt;b&gt;%1&lt;/b&gt; · %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No staff in this database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Today: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The billing day was set with --today.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The billing day follows the calendar.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About Tierline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Tierline %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Billing for the Campaigns add-on: subscriber tiers, trials, charges and MRR.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notifications (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln unread usage notification(s)</source>
        <translation>
            <numerusform>%Ln unread usage notification</numerusform>
            <numerusform>%Ln unread usage notifications</numerusform>
        </translation>
    </message>
    <message>
        <source>Increase limit</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tierline::MessageBox</name>
    <message>
        <source>OK</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save All</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Yes to All</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No to All</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Abort</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ignore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tierline::MrrCharts</name>
    <message>
        <source>MRR over time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Movements per month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MRR in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: MRR %2</source>
        <extracomment>Hover text of the MRR chart: "Mar 2026: MRR $1,234.00"</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 %3 (net change %4)</source>
        <extracomment>Hover text of a movement bar: "Mar 2026: Expansion $120.00 (net change $80.00)"</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The same figures are in the table below the charts.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tierline::MrrEngine</name>
    <message>
        <source>There is no exchange rate from %1 to %2 on %3. Add one in Settings, Exchange rates.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MRR needs a first and a last month.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The last month, %1, comes before the first, %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MRR covers at most %1 months at a time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a currency Tierline knows; choose one of %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Account %1 has a subscription period in a currency Tierline does not know.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tierline::MrrPage</name>
    <message>
        <source>MRR</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Months:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last 12 months</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last 24 months</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save chart as PNG…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All owners</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amounts in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Point at a month to see its figures.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The chart could not be saved as %1. Choose a folder you can write to.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tierline::MrrTableModel</name>
    <message>
        <source>Month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MRR</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expansion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reactivation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contraction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Churn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Net change</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tierline::NotificationsDialog</name>
    <message>
        <source>Notifications</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No notifications.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark all read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Increase limit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1
%2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tierline::PermissionText</name>
    <message>
        <source>Administrator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Account owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sales manager</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sales rep</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Operations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Billing access</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Can send campaigns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Review decisions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set contacts as marketing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 does not have the “%2” permission.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tierline::PlanCard</name>
    <message>
        <source>Plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change plan…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PLAN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>USER SEATS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ADD-ONS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One seat less</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One seat more</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>An amount and what it covers: "$59.00 per month".</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Product: %1</source>
        <extracomment>The product an account has: "Marketing + Sales".</extracomment>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln included · %1 per extra seat</source>
        <translation>
            <numerusform>%Ln included · %1 per extra seat</numerusform>
            <numerusform>%Ln included · %1 per extra seat</numerusform>
        </translation>
    </message>
    <message>
        <source>On your plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add to plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add %1 to the plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The plan renews on %1 at %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From then on: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan total: %1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan total: %1 → %2 %3</source>
        <extracomment>The plan's price before and after a seat change: "$74.00 → $104.00 per month".</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Schedule fewer seats…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Review purchase…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User seats</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Go down to %1 from %2? Until then the account keeps %3, and the plan then costs %4 %5.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Please move %1 from the %2 plan to the %3 plan.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>We understand that we lose: %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tierline::PlanPlanner</name>
    <message>
        <source>The catalog has no plan “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The catalog has no %1 prices for the %2 plan.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The catalog has no add-on “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The catalog has no %1 price for %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a number of seats: choose from 1 to %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is already on the plan.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Moving to a cheaper plan is a request to our staff: use Request account change.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tierline::PostgreSqlUrl</name>
    <message>
        <source>This is not a valid PostgreSQL address; write postgresql://user@host:port/database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The PostgreSQL address must not contain a password. Put it in ~/.pgpass, in the PGPASSWORD environment variable or in a service file instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” names more than one database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a port number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The PostgreSQL option %1 cannot contain spaces or “;”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The PostgreSQL address has an unknown option “%1”.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tierline::ReviewPurchaseDialog</name>
    <message>
        <source>Review purchase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Campaigns for %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Campaigns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subscriber tier</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln subscriber(s)</source>
        <translation>
            <numerusform>%Ln subscriber</numerusform>
            <numerusform>%Ln subscribers</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Billing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 in %2</source>
        <extracomment>Billing interval in currency: "Monthly in USD".</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Credit for the unused part of %Ln subscriber(s)</source>
        <translation>
            <numerusform>Credit for the unused part of %Ln subscriber</numerusform>
            <numerusform>Credit for the unused part of %Ln subscribers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>First %1 at %Ln subscriber(s)</source>
        <translation>
            <numerusform>First %1 at %Ln subscriber</numerusform>
            <numerusform>First %1 at %Ln subscribers</numerusform>
        </translation>
    </message>
    <message>
        <source>month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>year</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln subscriber(s) for the rest of the cycle</source>
        <translation>
            <numerusform>%Ln subscriber for the rest of the cycle</numerusform>
            <numerusform>%Ln subscribers for the rest of the cycle</numerusform>
        </translation>
    </message>
    <message>
        <source>Charged today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Full price from %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Campaigns renews every %1 until you cancel it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The new limit applies at once. Pending contacts become subscribed, oldest first, as far as the new limit holds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Confirm purchase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Confirm purchase, %1 charged today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan for %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User seats</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add-on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Credit for the unused part of the current plan price</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New plan price for the rest of the cycle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The change applies at once. The plan renews every %1 at the new price: plan, user seats and add-ons together.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tierline::Scheduler</name>
    <message>
        <source>The catalog has no Campaigns price for account %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Billing has already been applied through %2, so nothing can be changed as of %1, an earlier day.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The catalog cannot price the plan of account %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tierline::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>System language (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The new language applies at once, to amounts and dates too, and is remembered for the next start.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subscriptions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use &amp;subscriptions: MRR, subscription widgets and fields</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For everyone on this database. Switched off, subscription widgets and fields are hidden and smart lists no longer offer them; columns already in smart lists stay and no data is removed. Switched on again, everything shows as before.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tierline::SmartListFields</name>
    <message>
        <source>Account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Campaigns status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trial end</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Current MRR</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subscription end</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Upcoming MRR</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Upcoming start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Marketing contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage %</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tierline::SmartListStore</name>
    <message>
        <source>All accounts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subscriptions ending soon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no smart list %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no smart list called “%1”. “tierline-cli smart-lists” lists them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the smart list a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is the name of a built-in smart list; choose another.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A smart list called “%1” exists already; choose another name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A built-in smart list cannot be changed; save it under a new name instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The smart list was deleted meanwhile; save it anew.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A built-in smart list cannot be renamed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A built-in smart list cannot be deleted.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tierline::SmartListsPage</name>
    <message>
        <source>Any</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Within the next</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Between</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New smart list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Smart lists</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save &amp;as new</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name contains:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Part of the account name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Campaigns &amp;status:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Current MRR:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Upcoming MRR:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In each account's own currency, e.g. 100.50</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subscription end:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trial end:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the columns of the list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Separator:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comma (,)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>BOM for Excel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Starts the file with a byte order mark, so that Excel reads it as UTF-8</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Built in: cannot be renamed or deleted</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln account</numerusform>
            <numerusform>%Ln accounts</numerusform>
        </translation>
    </message>
    <message>
        <source>A built-in list is saved as a new list under this name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete smart list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete the smart list “%1”? The accounts in it are not touched.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export smart list as CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exporting “%1”…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln account(s) exported to %1.</source>
        <translation>
            <numerusform>%Ln account exported to %1.</numerusform>
            <numerusform>%Ln accounts exported to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tierline::SubscriptionImport</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is a %2 and cannot import subscription deals.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is empty: it needs a header line with account, owner, currency, amount, interval, start, end.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The header names the column “%1” twice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file has no “%1” column. The header line must name the columns: account, owner, currency, amount, interval, start, end.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>row %1, column %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>row %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n field(s), but the header has %1</source>
        <translation>
            <numerusform>%n field, but the header has %1</numerusform>
            <numerusform>%n fields, but the header has %1</numerusform>
        </translation>
    </message>
    <message>
        <source>an account name is required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a currency Tierline knows (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>several accounts are called “%1”; rename them first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is billed in %2, not %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not an amount above zero, such as 1234.50</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not monthly, quarterly or annual</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a date as YYYY-MM-DD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the deal ends on %1, before it starts</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The file has %n problem(s), so nothing was imported:</source>
        <translation>
            <numerusform>The file has %n problem, so nothing was imported:</numerusform>
            <numerusform>The file has %n problems, so nothing was imported:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has a header but no deals.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tierline::SubscriptionService</name>
    <message>
        <source>%1 is a %2 and cannot enter subscription deals; ask the account's owner or a sales rep.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no subscription period %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A deal needs an amount above zero.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A deal needs a start date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The deal ends on %1, before it starts on %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Billing writes this period itself; change the plan or the Campaigns tier instead, or add a deal.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Someone else changed this deal since you opened it. Look at it again and repeat your change.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>monthly</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>quarterly</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>annual</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tierline::SubscriptionWidget</name>
    <message>
        <source>Monthly rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Upcoming</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MRR history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Previous month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add deal…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit deal…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 a month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No subscription now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No end date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>from %1, no end date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 a month, %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ends; nothing from %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Increase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decrease</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No change ahead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Billing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot enter deals.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Billing writes this period; change the plan instead.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tierline::TierChangePlanner</name>
    <message>
        <source>The catalog has no prices in %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The billing cycle must end after it starts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The change date %1 is outside the billing cycle %2 to %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The subscribed count cannot be negative.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln subscribed contact(s) need a tier of at least %1 subscribers. Archive contacts to go lower.</source>
        <translation>
            <numerusform>%Ln subscribed contact needs a tier of at least %1 subscribers. Archive contacts to go lower.</numerusform>
            <numerusform>%Ln subscribed contacts need a tier of at least %1 subscribers. Archive contacts to go lower.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tierline::TierlineApplication</name>
    <message>
        <source>tierline: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tierline cannot start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Billing for the Campaigns add-on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The billing day, as YYYY-MM-DD.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A price catalog to use instead of the built-in one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The language: en, sv, id or it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CODE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The staff login that acts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>LOGIN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--today needs a date as YYYY-MM-DD, not “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Welcome to Tierline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This database is empty. Fill it with a demo workspace: staff in every role and accounts with a year of billing behind them, so that every page has something to show?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Creating the demo workspace…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Demo workspace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No demo workspace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The demo workspace could not be created: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database: an SQLite file, or postgresql://user@host:port/database (the password comes from ~/.pgpass or PGPASSWORD).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PATH|URL</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tierline::UsageChart</name>
    <message>
        <source>Marketing contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tier limit</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tierline::UsagePage</name>
    <message>
        <source>Choose an account to see its usage and limits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MARKETING CONTACTS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TIER LIMIT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>USAGE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ALL CONTACTS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NEXT UPDATE DATE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Increase limit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Marketing contacts per day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last 90 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last 12 months</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When marketing contacts reach the limit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage &amp; limits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The free trial holds up to %1 subscribers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A contact set to non-marketing still counts until the next update date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Campaigns is not active on this account, so it has no subscriber limit.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln marketing contact(s) wait as Pending upgrade.</source>
        <translation>
            <numerusform>%Ln marketing contact waits as Pending upgrade.</numerusform>
            <numerusform>%Ln marketing contacts wait as Pending upgrade.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln place(s) left before the limit.</source>
        <translation>
            <numerusform>%Ln place left before the limit.</numerusform>
            <numerusform>%Ln places left before the limit.</numerusform>
        </translation>
    </message>
    <message>
        <source>No staff member is acting, so the policy is read-only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tierline::UsageService</name>
    <message>
        <source>There is no notification %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is over its tier: %2 marketing contacts for a limit of %3. New contacts wait as Pending upgrade until the limit is increased.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage has not grown over the last 30 days, so no date for reaching the limit is forecast.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The limit is reached.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At the growth of the last 30 days, the limit is reached on %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Auto-upgrade</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New marketing contacts beyond the limit wait as Pending upgrade until the limit is increased.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The tier rises to the next step as soon as new marketing contacts need it; the prorated difference is charged the next day.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has reached %2 % of its tier: %3 of %4 marketing contacts.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tierline::UserStore</name>
    <message>
        <source>There is no user “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no user %1.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>