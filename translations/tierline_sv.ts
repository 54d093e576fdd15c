<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="sv_SE">
<context>
    <name>Tierline::AccountChangeRequestDialog</name>
    <message>
        <source>Request account change</source>
        <translation>Begär kontoändring</translation>
    </message>
    <message>
        <source>For %1. These changes are made by our staff: tell us what should change and we will get back to you.</source>
        <translation>För %1. De här ändringarna görs av vår personal: berätta vad som ska ändras så återkommer vi till dig.</translation>
    </message>
    <message>
        <source>&amp;What should change?</source>
        <translation>&amp;Vad ska ändras?</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Detaljer</translation>
    </message>
    <message>
        <source>For example: move from Pro to Plus at the next renewal.</source>
        <translation>Till exempel: byt från Pro till Plus vid nästa förnyelse.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Send request</source>
        <translation>Skicka begäran</translation>
    </message>
    <message>
        <source>Your request “%1” for %2 was sent. Our staff will contact you.</source>
        <translation>Din begäran ”%1” för %2 har skickats. Vår personal kontaktar dig.</translation>
    </message>
</context>
<context>
    <name>Tierline::AccountStore</name>
    <message>
        <source>There is no account %1.</source>
        <translation>Det finns inget konto %1.</translation>
    </message>
</context>
<context>
    <name>Tierline::AccountsModel</name>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ägare</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Fakturering</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampanjer</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Granskning</translation>
    </message>
</context>
<context>
    <name>Tierline::AccountsPage</name>
    <message>
        <source>Accounts</source>
        <translation>Konton</translation>
    </message>
    <message>
        <source>Search accounts by name</source>
        <translation>Sök konton efter namn</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ägare</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Fakturering</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampanjer</translation>
    </message>
    <message>
        <source>Next</source>
        <extracomment>Caption of the account's next billing event: a renewal, a downgrade, a trial end.</extracomment>
        <translation>Härnäst</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Granskning</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <source>Billing history</source>
        <translation>Faktureringshistorik</translation>
    </message>
    <message numerus="yes">
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln konto</numerusform>
            <numerusform>%Ln konton</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln account(s)</source>
        <translation>
            <numerusform>%1 av %Ln konto</numerusform>
            <numerusform>%1 av %Ln konton</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no accounts yet.</source>
        <translation>Det finns inga konton än.</translation>
    </message>
    <message>
        <source>Select an account to see its billing.</source>
        <translation>Välj ett konto för att se dess fakturering.</translation>
    </message>
    <message>
        <source>Customer since %1</source>
        <translation>Kund sedan %1</translation>
    </message>
    <message numerus="yes">
        <source>The trial runs until %1, with up to %Ln subscriber(s).</source>
        <translation>
            <numerusform>Provperioden pågår till och med %1, med upp till %Ln prenumerant.</numerusform>
            <numerusform>Provperioden pågår till och med %1, med upp till %Ln prenumeranter.</numerusform>
        </translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Ingen ägare</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %Ln seat(s)</source>
        <translation>
            <numerusform>%1 · %2 · %Ln användarplats</numerusform>
            <numerusform>%1 · %2 · %Ln användarplatser</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <extracomment>Billing interval in currency: "Monthly in USD".</extracomment>
        <translation>%1 i %2</translation>
    </message>
    <message>
        <source>%1 subscribed · %2 pending upgrade</source>
        <translation>%1 prenumererade · %2 väntande uppgradering</translation>
    </message>
    <message>
        <source>%1 unsubscribed · %2 archived</source>
        <translation>%1 avregistrerade · %2 arkiverade</translation>
    </message>
    <message>
        <source>%1 in all · %2 not marketing</source>
        <translation>%1 totalt · %2 icke-marknadsföringskontakter</translation>
    </message>
    <message>
        <source>Nothing billed yet.</source>
        <translation>Inget har fakturerats än.</translation>
    </message>
    <message>
        <source>Balance: %1</source>
        <translation>Saldo: %1</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Prenumeration</translation>
    </message>
</context>
<context>
    <name>Tierline::BillingPage</name>
    <message>
        <source>Select an account on the Accounts page to see its billing.</source>
        <translation>Välj ett konto på sidan Konton för att se dess fakturering.</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Fakturering</translation>
    </message>
    <message numerus="yes">
        <source>Try Campaigns free for %Ln day(s)</source>
        <translation>
            <numerusform>Prova Kampanjer gratis i %Ln dag</numerusform>
            <numerusform>Prova Kampanjer gratis i %Ln dagar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send campaigns to up to %Ln subscriber(s) during the trial. Nothing is charged.</source>
        <translation>
            <numerusform>Skicka kampanjer till upp till %Ln prenumerant under provperioden. Ingenting debiteras.</numerusform>
            <numerusform>Skicka kampanjer till upp till %Ln prenumeranter under provperioden. Ingenting debiteras.</numerusform>
        </translation>
    </message>
    <message>
        <source>Try for free</source>
        <translation>Prova gratis</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Återuppta</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampanjer</translation>
    </message>
    <message>
        <source>TIER</source>
        <translation>NIVÅ</translation>
    </message>
    <message>
        <source>SUBSCRIBED</source>
        <translation>PRENUMERERADE</translation>
    </message>
    <message>
        <source>PENDING UPGRADE</source>
        <translation>VÄNTANDE UPPGRADERING</translation>
    </message>
    <message>
        <source>Change number</source>
        <translation>Ändra nummer</translation>
    </message>
    <message>
        <source>Increase limit</source>
        <translation>Öka gränsen</translation>
    </message>
    <message>
        <source>Buy Campaigns</source>
        <translation>Köp Kampanjer</translation>
    </message>
    <message>
        <source>Cancel Campaigns</source>
        <translation>Avbryt Kampanjer</translation>
    </message>
    <message>
        <source>Account review:</source>
        <translation>Kontogranskning:</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Godkänn</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Avslå</translation>
    </message>
    <message>
        <source>Billing history</source>
        <translation>Faktureringshistorik</translation>
    </message>
    <message>
        <source>Save receipt as PDF…</source>
        <translation>Spara kvitto som PDF…</translation>
    </message>
    <message>
        <source>Need another change?</source>
        <translation>Behöver du en annan ändring?</translation>
    </message>
    <message>
        <source>Plan downgrades, add-on removals, unbundling and product changes are made by our staff.</source>
        <translation>Nedgradering av planen, borttagning av tillägg, uppdelning och byte av produkt görs av vår personal.</translation>
    </message>
    <message>
        <source>Contact us</source>
        <translation>Kontakta oss</translation>
    </message>
    <message>
        <source>Request account change…</source>
        <translation>Begär kontoändring…</translation>
    </message>
    <message>
        <source>%1 · %2 plan · %3 in %4</source>
        <translation>%1 · %2-plan · %3 i %4</translation>
    </message>
    <message numerus="yes">
        <source>Your free trial runs until %1, with up to %Ln subscriber(s).</source>
        <translation>
            <numerusform>Din kostnadsfria provperiod pågår till och med %1, med upp till %Ln prenumerant.</numerusform>
            <numerusform>Din kostnadsfria provperiod pågår till och med %1, med upp till %Ln prenumeranter.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Free during the trial</source>
        <translation>Kostnadsfritt under provperioden</translation>
    </message>
    <message>
        <source>Nothing billed yet.</source>
        <translation>Inget har fakturerats än.</translation>
    </message>
    <message>
        <source>Balance: %1</source>
        <translation>Saldo: %1</translation>
    </message>
    <message>
        <source>No staff member is acting, so billing is read-only.</source>
        <translation>Ingen medarbetare agerar, så faktureringen är skrivskyddad.</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Skrivskyddad: %1</translation>
    </message>
    <message>
        <source>Expedite review</source>
        <translation>Påskynda granskning</translation>
    </message>
    <message>
        <source>Request review</source>
        <translation>Begär granskning</translation>
    </message>
    <message>
        <source>Cancel Campaigns for %1? It stays usable until %2; contacts and history are kept.</source>
        <translation>Vill du avbryta Kampanjer för %1? Tillägget kan användas fram till %2; kontakter och historik finns kvar.</translation>
    </message>
    <message>
        <source>Campaigns cancelled</source>
        <translation>Kampanjer har avbrutits</translation>
    </message>
    <message>
        <source>Receipt %1 %2.pdf</source>
        <translation>Kvitto %1 %2.pdf</translation>
    </message>
    <message>
        <source>Save receipt as PDF</source>
        <translation>Spara kvitto som PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>Kvittonummer</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Nivå</translation>
    </message>
    <message numerus="yes">
        <source>%Ln subscriber(s)</source>
        <translation>
            <numerusform>%Ln prenumerant</numerusform>
            <numerusform>%Ln prenumeranter</numerusform>
        </translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Kvitto</translation>
    </message>
    <message>
        <source>Tierline · Campaigns</source>
        <translation>Tierline · Kampanjer</translation>
    </message>
    <message>
        <source>Credited:</source>
        <translation>Krediterat:</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Belopp:</translation>
    </message>
    <message>
        <source>Thank you for using Campaigns.</source>
        <translation>Tack för att du använder Kampanjer.</translation>
    </message>
    <message>
        <source>The receipt could not be saved to %1: %2</source>
        <translation>Det gick inte att spara kvittot i %1: %2</translation>
    </message>
</context>
<context>
    <name>Tierline::BillingService</name>
    <message>
        <source>Campaigns is not active on %1.</source>
        <translation>Tillägget Kampanjer är inte aktivt för %1.</translation>
    </message>
    <message>
        <source>Campaigns is cancelled from %1. Resume it to make changes.</source>
        <translation>Tillägget Kampanjer avbryts från och med %1. Återuppta det för att kunna göra ändringar.</translation>
    </message>
    <message>
        <source>%1 already took the free trial on %2.</source>
        <translation>%1 har redan påbörjat sin kostnadsfria provperiod den %2.</translation>
    </message>
    <message>
        <source>Campaigns is already on for %1.</source>
        <translation>Tillägget Kampanjer är redan aktiverat för %1.</translation>
    </message>
    <message>
        <source>No cancellation is scheduled for %1.</source>
        <translation>Ingen avbokning är planerad för %1.</translation>
    </message>
    <message>
        <source>Buying Campaigns needs an approved account review. Request one first.</source>
        <translation>För att köpa Kampanjer krävs en godkänd kontogranskning. Begär en granskning först.</translation>
    </message>
    <message>
        <source>The account has more subscribed contacts than %1 subscribers; choose at least %2.</source>
        <translation>Kontot har fler prenumererade kontakter än nivån på %1 prenumeranter rymmer; välj minst %2.</translation>
    </message>
    <message>
        <source>The review of %1 is already expedited.</source>
        <translation>Granskningen av %1 är redan påskyndad.</translation>
    </message>
    <message>
        <source>The account review of %1 is already approved.</source>
        <translation>Kontogranskningen av %1 är redan godkänd.</translation>
    </message>
    <message>
        <source>%1 has no pending account review.</source>
        <translation>%1 har ingen väntande kontogranskning.</translation>
    </message>
    <message>
        <source>The amounts changed since you reviewed them: %1 would be charged today instead of %2. Review the change again.</source>
        <translation>Beloppen har ändrats sedan du granskade dem: %1 skulle debiteras i dag i stället för %2. Granska ändringen igen.</translation>
    </message>
    <message>
        <source>The price catalog has no Campaigns prices in %1, the currency of %2.</source>
        <translation>Priskatalogen har inga priser för Kampanjer i %1, valutan för %2.</translation>
    </message>
    <message>
        <source>The price catalog has no Campaigns prices in %1, which %2 and perhaps other accounts are billed in. Use a catalog with %1 prices.</source>
        <translation>Priskatalogen har inga priser för Kampanjer i %1, som %2 och kanske andra konton faktureras i. Använd en katalog med priser i %1.</translation>
    </message>
    <message>
        <source>%1 was changed by someone else after you opened it. Reload it and try again.</source>
        <translation>%1 har ändrats av någon annan sedan du öppnade det. Läs in det igen och försök på nytt.</translation>
    </message>
</context>
<context>
    <name>Tierline::BillingText</name>
    <message>
        <source>Not taken</source>
        <translation>Inte tillagt</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>Provperiod</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktivt</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Stoppat</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Avbrutet</translation>
    </message>
    <message>
        <source>Not requested</source>
        <translation>Inte begärd</translation>
    </message>
    <message>
        <source>Pending (expedited)</source>
        <translation>Väntande (påskyndad)</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Väntande</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Godkänd</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Avslagen</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Månadsvis</translation>
    </message>
    <message>
        <source>Annual</source>
        <translation>Årsvis</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marknadsföring</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Försäljning</translation>
    </message>
    <message>
        <source>Marketing + Sales</source>
        <translation>Marknadsföring + Försäljning</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Cancelled: the trial stops on %1</source>
        <translation>Avbrutet: provperioden upphör den %1</translation>
    </message>
    <message>
        <source>Stops on %1 unless the account review is approved</source>
        <translation>Stoppas den %1 om inte kontogranskningen godkänns</translation>
    </message>
    <message numerus="yes">
        <source>Continues at %Ln subscriber(s) on %1</source>
        <translation>
            <numerusform>Fortsätter den %1 med %Ln prenumerant</numerusform>
            <numerusform>Fortsätter den %1 med %Ln prenumeranter</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancels on %1; usable until then</source>
        <translation>Avbryts den %1; kan användas fram till dess</translation>
    </message>
    <message numerus="yes">
        <source>Downgrade to %Ln subscriber(s) on %1</source>
        <translation>
            <numerusform>Nedgradering till %Ln prenumerant den %1</numerusform>
            <numerusform>Nedgradering till %Ln prenumeranter den %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Renews on %1 at %2</source>
        <translation>Förnyas den %1 för %2</translation>
    </message>
    <message>
        <source>Renews on %1</source>
        <translation>Förnyas den %1</translation>
    </message>
    <message numerus="yes">
        <source>Free trial · up to %Ln subscriber(s)</source>
        <translation>
            <numerusform>Kostnadsfri provperiod · upp till %Ln prenumerant</numerusform>
            <numerusform>Kostnadsfri provperiod · upp till %Ln prenumeranter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Active · %Ln subscriber(s)</source>
        <translation>
            <numerusform>Aktivt · %Ln prenumerant</numerusform>
            <numerusform>Aktivt · %Ln prenumeranter</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped after the trial; contacts and history are kept</source>
        <translation>Stoppat efter provperioden; kontakter och historik finns kvar</translation>
    </message>
    <message>
        <source>Cancelled; contacts and history are kept</source>
        <translation>Avbrutet; kontakter och historik finns kvar</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) left in your trial</source>
        <translation>
            <numerusform>%Ln dag kvar av din provperiod</numerusform>
            <numerusform>%Ln dagar kvar av din provperiod</numerusform>
        </translation>
    </message>
    <message>
        <source>Campaigns is cancelled from %1. You can use it until then.</source>
        <translation>Kampanjer avbryts från och med %1. Du kan använda tillägget fram till dess.</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>per månad</translation>
    </message>
    <message>
        <source>per year</source>
        <translation>per år</translation>
    </message>
    <message>
        <source>%1 per 1,000 subscribers</source>
        <translation>%1 per 1 000 prenumeranter</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln day(s) left in this cycle</source>
        <translation>
            <numerusform>%1 av %Ln dag kvar i den här faktureringscykeln</numerusform>
            <numerusform>%1 av %Ln dagar kvar i den här faktureringscykeln</numerusform>
        </translation>
    </message>
    <message>
        <source>Free during the trial</source>
        <translation>Kostnadsfritt under provperioden</translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation>Uppgradering</translation>
    </message>
    <message>
        <source>Downgrade</source>
        <translation>Nedgradering</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Ingen ändring</translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation>Inte möjligt</translation>
    </message>
    <message>
        <source>Email marketing</source>
        <translation>E-postmarknadsföring</translation>
    </message>
    <message>
        <source>Sign-up forms</source>
        <translation>Registreringsformulär</translation>
    </message>
    <message>
        <source>Basic reporting</source>
        <translation>Grundläggande rapporter</translation>
    </message>
    <message>
        <source>Marketing automation</source>
        <translation>Marknadsföringsautomation</translation>
    </message>
    <message>
        <source>Landing pages</source>
        <translation>Landningssidor</translation>
    </message>
    <message>
        <source>A/B testing</source>
        <translation>A/B-testning</translation>
    </message>
    <message>
        <source>Custom reporting</source>
        <translation>Anpassade rapporter</translation>
    </message>
    <message>
        <source>Predictive sending</source>
        <translation>Prediktiva utskick</translation>
    </message>
    <message>
        <source>Salesforce integration</source>
        <translation>Salesforce-integration</translation>
    </message>
    <message>
        <source>Single sign-on</source>
        <translation>Enkel inloggning (SSO)</translation>
    </message>
    <message>
        <source>Custom user roles</source>
        <translation>Anpassade användarroller</translation>
    </message>
    <message>
        <source>Dedicated support</source>
        <translation>Dedikerad support</translation>
    </message>
    <message numerus="yes">
        <source>%Ln user seat(s)</source>
        <translation>
            <numerusform>%Ln användarplats</numerusform>
            <numerusform>%Ln användarplatser</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 plan</source>
        <extracomment>A plan by its name: "Pro plan".</extracomment>
        <translation>%1-planen</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>A ledger line: its reason, then what it prices ("Plan renewal · Pro plan").</extracomment>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>Tierline::Catalog</name>
    <message>
        <source>line %1, column %2</source>
        <extracomment>The place of a syntax error in a catalog file</extracomment>
        <translation>rad %1, kolumn %2</translation>
    </message>
    <message>
        <source>%1: at %2: %3</source>
        <extracomment>%1 file name, %2 place in the file (a JSON path or a line and column), %3 problem</extracomment>
        <translation>%1: vid %2: %3</translation>
    </message>
    <message>
        <source>the text "%1"</source>
        <extracomment>Describes a JSON string value found where something else was expected</extracomment>
        <translation>texten ”%1”</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ett objekt</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>en lista</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ingenting</translation>
    </message>
    <message>
        <source>value is missing</source>
        <translation>värdet saknas</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>förväntade ett objekt, hittade %1</translation>
    </message>
    <message>
        <source>expected a list, found %1</source>
        <translation>förväntade en lista, hittade %1</translation>
    </message>
    <message>
        <source>expected text, found %1</source>
        <translation>förväntade text, hittade %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>får inte vara tomt</translation>
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation>förväntade ett heltal, hittade %1</translation>
    </message>
    <message>
        <source>number %1 is out of range</source>
        <translation>talet %1 ligger utanför det tillåtna intervallet</translation>
    </message>
    <message>
        <source>price must not be negative, found %1</source>
        <translation>priset får inte vara negativt, hittade %1</translation>
    </message>
    <message>
        <source>must be positive, found %1</source>
        <translation>måste vara positivt, hittade %1</translation>
    </message>
    <message>
        <source>number %1 is too large</source>
        <translation>talet %1 är för stort</translation>
    </message>
    <message>
        <source>no prices for %1</source>
        <translation>inga priser för %1</translation>
    </message>
    <message>
        <source>currency %1 is not in the catalog's currencies</source>
        <translation>valutan %1 finns inte bland katalogens valutor</translation>
    </message>
    <message>
        <source>unknown billing interval; expected monthly or annual</source>
        <translation>okänt faktureringsintervall; förväntade monthly eller annual</translation>
    </message>
    <message>
        <source>unsupported catalog format %1; this version reads format 1</source>
        <translation>katalogformatet %1 stöds inte; den här versionen läser format 1</translation>
    </message>
    <message>
        <source>lists no currency</source>
        <translation>anger ingen valuta</translation>
    </message>
    <message>
        <source>unknown currency code "%1"</source>
        <translation>okänd valutakod ”%1”</translation>
    </message>
    <message>
        <source>currency %1 is listed twice</source>
        <translation>valutan %1 anges två gånger</translation>
    </message>
    <message>
        <source>lists no product</source>
        <translation>anger ingen produkt</translation>
    </message>
    <message>
        <source>product "%1" is listed twice</source>
        <translation>produkten ”%1” anges två gånger</translation>
    </message>
    <message>
        <source>lists no plan</source>
        <translation>anger ingen plan</translation>
    </message>
    <message>
        <source>plan id "%1" is used twice</source>
        <translation>plan-id:t ”%1” används två gånger</translation>
    </message>
    <message>
        <source>add-on id "%1" is used twice</source>
        <translation>tilläggs-id:t ”%1” används två gånger</translation>
    </message>
    <message>
        <source>must not be below minTier (%1)</source>
        <translation>får inte vara lägre än minTier (%1)</translation>
    </message>
    <message>
        <source>does not divide the range from %1 to %2 into whole steps</source>
        <translation>delar inte intervallet från %1 till %2 i hela steg</translation>
    </message>
    <message>
        <source>expected %1 prices, one per tier from %2 to %3, found %4</source>
        <translation>förväntade %1 priser, ett per nivå från %2 till %3, hittade %4</translation>
    </message>
    <message>
        <source>total price falls from %1 to %2 %3</source>
        <extracomment>%1 and %2 amounts, %3 currency code</extracomment>
        <translation>totalpriset sjunker från %1 till %2 %3</translation>
    </message>
    <message>
        <source>price per subscriber rises above that of %1 subscribers; this tier may cost at most %2 %3</source>
        <extracomment>%1 subscribers of the tier below, %2 amount, %3 currency code</extracomment>
        <translation>priset per prenumerant blir högre än för %1 prenumeranter; den här nivån får kosta högst %2 %3</translation>
    </message>
    <message>
        <source>the top level</source>
        <translation>toppnivån</translation>
    </message>
    <message>
        <source>%1: cannot read the catalog: %2</source>
        <translation>%1: kan inte läsa katalogen: %2</translation>
    </message>
    <message>
        <source>%1 is not a subscriber tier: tiers go from %2 to %3 in steps of %4.</source>
        <translation>%1 är inte en prenumerantnivå: nivåerna går från %2 till %3 i steg om %4.</translation>
    </message>
</context>
<context>
    <name>Tierline::ChangePlanDialog</name>
    <message>
        <source>Change plan</source>
        <translation>Byt plan</translation>
    </message>
    <message>
        <source>Compare the plans for %1 and pick one. Prices are %2 in %3.</source>
        <translation>Jämför planerna för %1 och välj en. Priserna gäller %2 i %3.</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Pris</translation>
    </message>
    <message>
        <source>Included users</source>
        <translation>Inkluderade användare</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <extracomment>The plan the account has now, in the comparison's header: "Plus (current)".</extracomment>
        <translation>%1 (nuvarande)</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>Ingår</translation>
    </message>
    <message>
        <source>Not included</source>
        <translation>Ingår inte</translation>
    </message>
    <message>
        <source>Plan comparison</source>
        <translation>Jämförelse av planer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>%1 is the plan the account has now.</source>
        <translation>%1 är den plan kontot har nu.</translation>
    </message>
    <message>
        <source>Moving to %1 is a plan downgrade: our staff make it on request, at the end of the plan cycle.</source>
        <translation>Att byta till %1 är en nedgradering av planen: vår personal gör den på begäran, i slutet av planperioden.</translation>
    </message>
    <message>
        <source>With %1 the plan costs %2 %3 from the next cycle. You pay the difference for the rest of this cycle today: %4.</source>
        <translation>Med %1 kostar planen %2 %3 från nästa period. Mellanskillnaden för resten av denna period betalar du i dag: %4.</translation>
    </message>
    <message>
        <source>%1 does not have features the account uses now: %2.</source>
        <translation>%1 saknar funktioner som kontot använder nu: %2.</translation>
    </message>
    <message>
        <source>Request account change…</source>
        <translation>Begär kontoändring…</translation>
    </message>
    <message>
        <source>Review purchase…</source>
        <translation>Granska köp…</translation>
    </message>
</context>
<context>
    <name>Tierline::ChangeRequests</name>
    <message>
        <source>Downgrade the plan</source>
        <translation>Nedgradera planen</translation>
    </message>
    <message>
        <source>Remove an add-on</source>
        <translation>Ta bort ett tillägg</translation>
    </message>
    <message>
        <source>Unbundle Marketing and Sales</source>
        <translation>Dela upp Marknadsföring och Försäljning</translation>
    </message>
    <message>
        <source>Change the product</source>
        <translation>Byt produkt</translation>
    </message>
    <message>
        <source>Describe the change you need, so that staff can act on it.</source>
        <translation>Beskriv ändringen du behöver så att personalen kan hantera den.</translation>
    </message>
    <message>
        <source>The description is too long: at most %1 characters.</source>
        <translation>Beskrivningen är för lång: högst %1 tecken.</translation>
    </message>
    <message>
        <source>There is no account %1.</source>
        <translation>Det finns inget konto %1.</translation>
    </message>
    <message>
        <source>Request %1 does not exist or is already handled.</source>
        <translation>Begäran %1 finns inte eller har redan hanterats.</translation>
    </message>
</context>
<context>
    <name>Tierline::ChangeTierDialog</name>
    <message>
        <source>Buy Campaigns</source>
        <translation>Köp Kampanjer</translation>
    </message>
    <message>
        <source>Change number</source>
        <translation>Ändra nummer</translation>
    </message>
    <message>
        <source>Choose your subscriber tier</source>
        <translation>Välj din prenumerantnivå</translation>
    </message>
    <message>
        <source>Change the number of subscribers</source>
        <translation>Ändra antalet prenumeranter</translation>
    </message>
    <message>
        <source>Campaigns for %1 · %2 in %3</source>
        <translation>Kampanjer för %1 · %2 i %3</translation>
    </message>
    <message>
        <source>&amp;Subscribers</source>
        <translation>&amp;Prenumeranter</translation>
    </message>
    <message>
        <source>subscribers</source>
        <translation>prenumeranter</translation>
    </message>
    <message numerus="yes">
        <source>%Ln subscribed contact(s) today.</source>
        <translation>
            <numerusform>%Ln prenumererad kontakt i dag.</numerusform>
            <numerusform>%Ln prenumererade kontakter i dag.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Chosen for the end of the trial: %Ln subscriber(s).</source>
        <translation>
            <numerusform>Vald för provperiodens slut: %Ln prenumerant.</numerusform>
            <numerusform>Vald för provperiodens slut: %Ln prenumeranter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Current tier: %Ln subscriber(s).</source>
        <translation>
            <numerusform>Nuvarande nivå: %Ln prenumerant.</numerusform>
            <numerusform>Nuvarande nivå: %Ln prenumeranter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lowest possible: %1 — %Ln contact(s) are subscribed. Archive contacts to go lower.</source>
        <translation>
            <numerusform>Lägsta möjliga: %1 – %Ln kontakt är prenumererad. Arkivera kontakter för att kunna välja en lägre nivå.</numerusform>
            <numerusform>Lägsta möjliga: %1 – %Ln kontakter är prenumererade. Arkivera kontakter för att kunna välja en lägre nivå.</numerusform>
        </translation>
    </message>
    <message>
        <source>Arrow keys move 1,000, Page Up and Page Down 5,000, Home and End to the ends.</source>
        <translation>Piltangenterna flyttar 1 000, Page Up och Page Down 5 000, Home och End till ändpunkterna.</translation>
    </message>
    <message>
        <source>Number of subscribers</source>
        <translation>Antal prenumeranter</translation>
    </message>
    <message>
        <source>Cost preview</source>
        <translation>Kostnadsöversikt</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Gäller från</translation>
    </message>
    <message>
        <source>Charged today</source>
        <translation>Debiteras i dag</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Fortsätt</translation>
    </message>
    <message>
        <source>New purchase</source>
        <translation>Nytt köp</translation>
    </message>
    <message>
        <source>Full price from %1</source>
        <translation>Fullt pris från och med %1</translation>
    </message>
    <message>
        <source>The first %1 is charged in full today.</source>
        <translation>Hela första %1 debiteras i dag.</translation>
    </message>
    <message>
        <source>month</source>
        <translation>månaden</translation>
    </message>
    <message>
        <source>year</source>
        <translation>året</translation>
    </message>
    <message numerus="yes">
        <source>Credit for %Ln subscriber(s)</source>
        <translation>
            <numerusform>Kredit för %Ln prenumerant</numerusform>
            <numerusform>Kredit för %Ln prenumeranter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Charge for %Ln subscriber(s)</source>
        <translation>
            <numerusform>Debitering för %Ln prenumerant</numerusform>
            <numerusform>Debitering för %Ln prenumeranter</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is charged during the trial. The chosen tier applies when the trial ends on %1.</source>
        <translation>Ingenting debiteras under provperioden. Den valda nivån gäller när provperioden slutar den %1.</translation>
    </message>
    <message>
        <source>The new limit applies at once; the difference for the rest of this cycle is charged today.</source>
        <translation>Den nya gränsen gäller omedelbart; mellanskillnaden för resten av faktureringscykeln debiteras i dag.</translation>
    </message>
    <message>
        <source>Nothing is charged today. The lower tier starts with the next cycle on %1.</source>
        <translation>Ingenting debiteras i dag. Den lägre nivån börjar gälla med nästa faktureringscykel den %1.</translation>
    </message>
    <message>
        <source>Keeps the current tier and withdraws the scheduled downgrade.</source>
        <translation>Behåller den nuvarande nivån och återkallar den planerade nedgraderingen.</translation>
    </message>
    <message>
        <source>This is the current tier.</source>
        <translation>Det här är den nuvarande nivån.</translation>
    </message>
    <message numerus="yes">
        <source>Continue with %Ln subscriber(s) when the trial ends on %1? Nothing is charged now.</source>
        <translation>
            <numerusform>Vill du fortsätta med %Ln prenumerant när provperioden slutar den %1? Ingenting debiteras nu.</numerusform>
            <numerusform>Vill du fortsätta med %Ln prenumeranter när provperioden slutar den %1? Ingenting debiteras nu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Downgrade to %Ln subscriber(s) on %1? Until then the current tier stays, and nothing is charged today.</source>
        <translation>
            <numerusform>Vill du nedgradera till %Ln prenumerant den %1? Fram till dess gäller den nuvarande nivån, och ingenting debiteras i dag.</numerusform>
            <numerusform>Vill du nedgradera till %Ln prenumeranter den %1? Fram till dess gäller den nuvarande nivån, och ingenting debiteras i dag.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep %Ln subscriber(s) and withdraw the scheduled downgrade?</source>
        <translation>
            <numerusform>Vill du behålla %Ln prenumerant och återkalla den planerade nedgraderingen?</numerusform>
            <numerusform>Vill du behålla %Ln prenumeranter och återkalla den planerade nedgraderingen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the contacts to archive</source>
        <translation>Öppna kontakterna som kan arkiveras</translation>
    </message>
</context>
<context>
    <name>Tierline::CliApplication</name>
    <message>
        <source>upgrade</source>
        <translation>uppgradering</translation>
    </message>
    <message>
        <source>downgrade</source>
        <translation>nedgradering</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>oförändrad</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>avvisad</translation>
    </message>
    <message>
        <source>price-table --currency C --cycle monthly|annual   Campaigns prices per tier</source>
        <translation>price-table --currency C --cycle monthly|annual   priser för Kampanjer per nivå</translation>
    </message>
    <message>
        <source>quote-change --currency C --cycle monthly|annual --from N --to M --cycle-start D --cycle-end D --on D [--subscribed K] [--trial-end D]   price a tier change</source>
        <translation>quote-change --currency C --cycle monthly|annual --from N --to M --cycle-start D --cycle-end D --on D [--subscribed K] [--trial-end D]   beräkna priset för en nivåändring</translation>
    </message>
    <message>
        <source>demo [--accounts N] [--seed S]   fill an empty database with a demo workspace</source>
        <translation>demo [--accounts N] [--seed S]   fyll en tom databas med en demoarbetsyta</translation>
    </message>
    <message>
        <source>accounts   list accounts</source>
        <translation>accounts   lista konton</translation>
    </message>
    <message>
        <source>account ID   one account's billing</source>
        <translation>account ID   ett kontos fakturering</translation>
    </message>
    <message>
        <source>ledger ID   charges and credits of an account</source>
        <translation>ledger ID   ett kontos debiteringar och krediter</translation>
    </message>
    <message>
        <source>audit ID   who changed the account's billing, and when</source>
        <translation>audit ID   vem som ändrade kontots fakturering, och när</translation>
    </message>
    <message>
        <source>users   staff, roles and permissions</source>
        <translation>users   personal, roller och behörigheter</translation>
    </message>
    <message>
        <source>advance --to D   apply every billing event due by D</source>
        <translation>advance --to D   tillämpa alla faktureringshändelser som infaller senast D</translation>
    </message>
    <message>
        <source>try ID   start the free Campaigns trial</source>
        <translation>try ID   starta den kostnadsfria provperioden för Kampanjer</translation>
    </message>
    <message>
        <source>set-tier ID --tier N   upgrade, schedule a downgrade, or pick the trial's tier</source>
        <translation>set-tier ID --tier N   uppgradera, planera en nedgradering eller välj nivå för provperioden</translation>
    </message>
    <message>
        <source>cancel ID   cancel Campaigns at the next cycle start</source>
        <translation>cancel ID   avbryt Kampanjer när nästa faktureringscykel börjar</translation>
    </message>
    <message>
        <source>resume ID   withdraw a scheduled cancellation</source>
        <translation>resume ID   återkalla en planerad avbokning</translation>
    </message>
    <message>
        <source>buy ID --tier N   buy Campaigns (needs an approved review)</source>
        <translation>buy ID --tier N   köp Kampanjer (kräver en godkänd granskning)</translation>
    </message>
    <message>
        <source>request-review ID   request or expedite the account review</source>
        <translation>request-review ID   begär eller påskynda kontogranskningen</translation>
    </message>
    <message>
        <source>decide-review ID --approve|--reject   decide a pending review</source>
        <translation>decide-review ID --approve|--reject   fatta beslut om en väntande granskning</translation>
    </message>
    <message>
        <source>request-change ID --kind plan_downgrade|addon_removal|unbundle|product_change --details TEXT   ask staff for an account change</source>
        <translation>request-change ID --kind plan_downgrade|addon_removal|unbundle|product_change --details TEXT   be personalen om en kontoändring</translation>
    </message>
    <message>
        <source>change-requests [--all]   account change requests for staff</source>
        <translation>change-requests [--all]   begäranden om kontoändring för personalen</translation>
    </message>
    <message>
        <source>
Exit codes: 0 ok, 1 usage, 2 bad input, 3 refused by a billing rule or a permission.
</source>
        <translation>
Avslutningskoder: 0 ok, 1 felaktig användning, 2 ogiltig indata, 3 nekad av en faktureringsregel eller en behörighet.
</translation>
    </message>
    <message>
        <source>tierline-cli: %1</source>
        <translation>tierline-cli: %1</translation>
    </message>
    <message>
        <source>Try “tierline-cli --help”.</source>
        <translation>Prova ”tierline-cli --help”.</translation>
    </message>
    <message>
        <source>Tierline billing from the command line.</source>
        <translation>Tierline-fakturering från kommandoraden.</translation>
    </message>
    <message>
        <source>The billing day.</source>
        <translation>Faktureringsdagen.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>Price catalog.</source>
        <translation>Priskatalog.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FIL</translation>
    </message>
    <message>
        <source>JSON output.</source>
        <translation>Utdata i JSON.</translation>
    </message>
    <message>
        <source>Acting user.</source>
        <translation>Användaren som agerar.</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>ANVÄNDARE</translation>
    </message>
    <message>
        <source>Language.</source>
        <translation>Språk.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>KOD</translation>
    </message>
    <message>
        <source>Help.</source>
        <translation>Hjälp.</translation>
    </message>
    <message>
        <source>Version.</source>
        <translation>Version.</translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>Kommandot som ska köras.</translation>
    </message>
    <message>
        <source>no command given.</source>
        <translation>inget kommando angavs.</translation>
    </message>
    <message>
        <source>--today needs a date as YYYY-MM-DD, not “%1”.</source>
        <translation>--today kräver ett datum i formatet YYYY-MM-DD, inte ”%1”.</translation>
    </message>
    <message>
        <source>unknown command “%1”.</source>
        <translation>okänt kommando ”%1”.</translation>
    </message>
    <message>
        <source>“%1” is not an account id.</source>
        <translation>”%1” är inte ett konto-id.</translation>
    </message>
    <message>
        <source>Currency.</source>
        <translation>Valuta.</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>Billing cycle.</source>
        <translation>Faktureringscykel.</translation>
    </message>
    <message>
        <source>CYCLE</source>
        <translation>CYKEL</translation>
    </message>
    <message>
        <source>price-table needs --currency and --cycle.</source>
        <translation>price-table kräver --currency och --cycle.</translation>
    </message>
    <message>
        <source>The catalog has no prices in %1; it has %2.</source>
        <translation>Katalogen har inga priser i %1; den har %2.</translation>
    </message>
    <message>
        <source>--cycle is monthly or annual, not “%1”.</source>
        <translation>--cycle ska vara monthly eller annual, inte ”%1”.</translation>
    </message>
    <message>
        <source>Subscribers</source>
        <translation>Prenumeranter</translation>
    </message>
    <message>
        <source>Current tier.</source>
        <translation>Nuvarande nivå.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Wanted tier.</source>
        <translation>Önskad nivå.</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>Cycle start.</source>
        <translation>Faktureringscykelns start.</translation>
    </message>
    <message>
        <source>Cycle end.</source>
        <translation>Faktureringscykelns slut.</translation>
    </message>
    <message>
        <source>Day of the change.</source>
        <translation>Dagen för ändringen.</translation>
    </message>
    <message>
        <source>Subscribed contacts.</source>
        <translation>Prenumererade kontakter.</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>Trial end.</source>
        <translation>Provperiodens slut.</translation>
    </message>
    <message>
        <source>quote-change needs --%1.</source>
        <translation>quote-change kräver --%1.</translation>
    </message>
    <message>
        <source>--%1 needs a whole number, not “%2”.</source>
        <translation>--%1 kräver ett heltal, inte ”%2”.</translation>
    </message>
    <message>
        <source>--%1 needs a date as YYYY-MM-DD, not “%2”.</source>
        <translation>--%1 kräver ett datum i formatet YYYY-MM-DD, inte ”%2”.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ändring</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Gäller från</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Dagar kvar</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Kredit</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Debitering</translation>
    </message>
    <message>
        <source>Charged today</source>
        <translation>Debiteras i dag</translation>
    </message>
    <message>
        <source>Next cycle price</source>
        <translation>Pris för nästa cykel</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <source>Accounts to create.</source>
        <translation>Antal konton som ska skapas.</translation>
    </message>
    <message>
        <source>Random seed.</source>
        <translation>Slumpfrö.</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>--accounts needs a whole number, not “%1”.</source>
        <translation>--accounts kräver ett heltal, inte ”%1”.</translation>
    </message>
    <message>
        <source>--seed needs a whole number, not “%1”.</source>
        <translation>--seed kräver ett heltal, inte ”%1”.</translation>
    </message>
    <message numerus="yes">
        <source>Created a demo workspace with %Ln account(s) in %1.
</source>
        <translation>
            <numerusform>Skapade en demoarbetsyta med %Ln konto i %1.
</numerusform>
            <numerusform>Skapade en demoarbetsyta med %Ln konton i %1.
</numerusform>
        </translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ägare</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Fakturering</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampanjer</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Granskning</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>Provperiod</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) left in your trial</source>
        <translation>
            <numerusform>%Ln dag kvar av din provperiod</numerusform>
            <numerusform>%Ln dagar kvar av din provperiod</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln subscriber(s)</source>
        <translation>
            <numerusform>%Ln prenumerant</numerusform>
            <numerusform>%Ln prenumeranter</numerusform>
        </translation>
    </message>
    <message>
        <source>Chosen tier</source>
        <translation>Vald nivå</translation>
    </message>
    <message numerus="yes">
        <source>%Ln subscriber(s) from %1</source>
        <translation>
            <numerusform>%Ln prenumerant från och med %1</numerusform>
            <numerusform>%Ln prenumeranter från och med %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Planerat</translation>
    </message>
    <message numerus="yes">
        <source>Downgrade to %Ln subscriber(s) on %1</source>
        <translation>
            <numerusform>Nedgradering till %Ln prenumerant den %1</numerusform>
            <numerusform>Nedgradering till %Ln prenumeranter den %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Faktureringscykel</translation>
    </message>
    <message>
        <source>Cancelled from</source>
        <translation>Avbryts från</translation>
    </message>
    <message>
        <source>Account review</source>
        <translation>Kontogranskning</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>Balance: %1
</source>
        <translation>Saldo: %1
</translation>
    </message>
    <message>
        <source>scheduler</source>
        <translation>schemaläggaren</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Behörigheter</translation>
    </message>
    <message>
        <source>Last day to apply.</source>
        <translation>Sista dagen som ska tillämpas.</translation>
    </message>
    <message>
        <source>advance needs --to.</source>
        <translation>advance kräver --to.</translation>
    </message>
    <message>
        <source>--to needs a date as YYYY-MM-DD, not “%1”.</source>
        <translation>--to kräver ett datum i formatet YYYY-MM-DD, inte ”%1”.</translation>
    </message>
    <message>
        <source>Billing events applied through %1.
</source>
        <translation>Faktureringshändelser har tillämpats till och med %1.
</translation>
    </message>
    <message>
        <source>%1 needs one account id.</source>
        <translation>%1 kräver ett konto-id.</translation>
    </message>
    <message>
        <source>%1 acts as a user: give --as LOGIN before the command.</source>
        <translation>%1 utförs som en användare: ange --as ANVÄNDARNAMN före kommandot.</translation>
    </message>
    <message>
        <source>The free trial of Campaigns runs until %1.
</source>
        <translation>Den kostnadsfria provperioden för Kampanjer pågår till och med %1.
</translation>
    </message>
    <message>
        <source>set-tier needs --tier.</source>
        <translation>set-tier kräver --tier.</translation>
    </message>
    <message>
        <source>--tier needs a whole number, not “%1”.</source>
        <translation>--tier kräver ett heltal, inte ”%1”.</translation>
    </message>
    <message>
        <source>%1 subscribers apply when the trial ends on %2. Nothing is charged now.
</source>
        <translation>%1 prenumeranter gäller när provperioden slutar den %2. Ingenting debiteras nu.
</translation>
    </message>
    <message>
        <source>Upgraded to %1 subscribers. Charged today: %2 (credit %3, charge %4).
</source>
        <translation>Uppgraderat till %1 prenumeranter. Debiterat i dag: %2 (kredit %3, debitering %4).
</translation>
    </message>
    <message>
        <source>Downgrade to %1 subscribers on %2.
</source>
        <translation>Nedgradering till %1 prenumeranter den %2.
</translation>
    </message>
    <message>
        <source>The tier stays at %1 subscribers.
</source>
        <translation>Nivån förblir %1 prenumeranter.
</translation>
    </message>
    <message>
        <source>Campaigns is cancelled from %1; it can be used until then.
</source>
        <translation>Kampanjer avbryts från och med %1; tillägget kan användas fram till dess.
</translation>
    </message>
    <message>
        <source>The cancellation is withdrawn.
</source>
        <translation>Avbokningen har återkallats.
</translation>
    </message>
    <message>
        <source>Tier to buy.</source>
        <translation>Nivå att köpa.</translation>
    </message>
    <message>
        <source>buy needs --tier.</source>
        <translation>buy kräver --tier.</translation>
    </message>
    <message>
        <source>Campaigns bought at %1 subscribers; the cycle runs until %2.
</source>
        <translation>Kampanjer har köpts för %1 prenumeranter; faktureringscykeln pågår till och med %2.
</translation>
    </message>
    <message>
        <source>The account review is expedited.
</source>
        <translation>Kontogranskningen har påskyndats.
</translation>
    </message>
    <message>
        <source>The account review is requested.
</source>
        <translation>Kontogranskningen har begärts.
</translation>
    </message>
    <message>
        <source>Approve the review.</source>
        <translation>Godkänn granskningen.</translation>
    </message>
    <message>
        <source>Reject the review.</source>
        <translation>Avslå granskningen.</translation>
    </message>
    <message>
        <source>decide-review needs exactly one of --approve and --reject.</source>
        <translation>decide-review kräver exakt en av --approve och --reject.</translation>
    </message>
    <message>
        <source>The account review is approved.
</source>
        <translation>Kontogranskningen har godkänts.
</translation>
    </message>
    <message>
        <source>The account review is rejected.
</source>
        <translation>Kontogranskningen har avslagits.
</translation>
    </message>
    <message>
        <source>What to change.</source>
        <translation>Typ av ändring.</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TYP</translation>
    </message>
    <message>
        <source>What should change.</source>
        <translation>Beskrivning av ändringen.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>request-change needs --kind and --details.</source>
        <translation>request-change kräver --kind och --details.</translation>
    </message>
    <message>
        <source>--kind is plan_downgrade, addon_removal, unbundle or product_change, not “%1”.</source>
        <translation>--kind ska vara plan_downgrade, addon_removal, unbundle eller product_change, inte ”%1”.</translation>
    </message>
    <message>
        <source>Request %1 is filed; staff will contact you about it.
</source>
        <translation>Begäran %1 är registrerad; personalen kontaktar dig om den.
</translation>
    </message>
    <message>
        <source>Include handled requests.</source>
        <translation>Ta med hanterade begäranden.</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Begäran</translation>
    </message>
    <message>
        <source>Price per month</source>
        <translation>Pris per månad</translation>
    </message>
    <message>
        <source>Price per year</source>
        <translation>Pris per år</translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln seat(s); %2 in %3</source>
        <translation>
            <numerusform>%1, %Ln användarplats; %2 i %3</numerusform>
            <numerusform>%1, %Ln användarplatser; %2 i %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Subscribed</source>
        <translation>Prenumererade</translation>
    </message>
    <message>
        <source>Pending upgrade</source>
        <translation>Väntande uppgradering</translation>
    </message>
    <message>
        <source>Contacts in all</source>
        <translation>Kontakter totalt</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Begärd av</translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation>Begärd den</translation>
    </message>
    <message>
        <source>plan-change ID --seats N|--add-addon ADDON|--plan PLAN [--dry-run]   change user seats, add an add-on, or move to a dearer plan</source>
        <translation>plan-change ID --seats N|--add-addon TILLÄGG|--plan PLAN [--dry-run]   ändra användarplatser, lägg till ett tillägg eller byt till en dyrare plan</translation>
    </message>
    <message>
        <source>User seats.</source>
        <translation>Användarplatser.</translation>
    </message>
    <message>
        <source>Add-on to add.</source>
        <translation>Tillägg att lägga till.</translation>
    </message>
    <message>
        <source>ADDON</source>
        <translation>TILLÄGG</translation>
    </message>
    <message>
        <source>Plan to move to.</source>
        <translation>Plan att byta till.</translation>
    </message>
    <message>
        <source>PLAN</source>
        <translation>PLAN</translation>
    </message>
    <message>
        <source>Only price the change.</source>
        <translation>Prissätt bara ändringen.</translation>
    </message>
    <message>
        <source>plan-change needs exactly one of --seats, --add-addon and --plan.</source>
        <translation>plan-change behöver exakt ett av --seats, --add-addon och --plan.</translation>
    </message>
    <message>
        <source>--seats needs a whole number, not “%1”.</source>
        <translation>--seats behöver ett heltal, inte ”%1”.</translation>
    </message>
    <message>
        <source>Full price from the next cycle</source>
        <translation>Fullt pris från nästa period</translation>
    </message>
    <message>
        <source>Nothing was changed (--dry-run).
</source>
        <translation>Inget ändrades (--dry-run).
</translation>
    </message>
    <message>
        <source>Status.</source>
        <translation>Status.</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>yes or no.</source>
        <translation>yes eller no.</translation>
    </message>
    <message>
        <source>YES|NO</source>
        <translation>YES|NO</translation>
    </message>
    <message>
        <source>Name or email.</source>
        <translation>Namn eller e-post.</translation>
    </message>
    <message>
        <source>--status takes subscribed, pending_upgrade, unsubscribed or archived, not “%1”.</source>
        <translation>--status tar subscribed, pending_upgrade, unsubscribed eller archived, inte ”%1”.</translation>
    </message>
    <message>
        <source>--marketing takes yes or no, not “%1”.</source>
        <translation>--marketing tar yes eller no, inte ”%1”.</translation>
    </message>
    <message>
        <source>contacts needs list, archive, set-marketing, delete or import.</source>
        <translation>contacts behöver list, archive, set-marketing, delete eller import.</translation>
    </message>
    <message>
        <source>unknown contacts command “%1”.</source>
        <translation>okänt contacts-kommando ”%1”.</translation>
    </message>
    <message>
        <source>Rows to show.</source>
        <translation>Antal rader att visa.</translation>
    </message>
    <message>
        <source>--limit needs a number of rows, not “%1”.</source>
        <translation>--limit behöver ett antal rader, inte ”%1”.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>yes; non-marketing from %1</source>
        <translation>ja; icke-marknadsföring från %1</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marknadsföring</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Tillagd</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln matching contact(s).
</source>
        <translation>
            <numerusform>%1 av %Ln matchande kontakt.
</numerusform>
            <numerusform>%1 av %Ln matchande kontakter.
</numerusform>
        </translation>
    </message>
    <message>
        <source>Set marketing.</source>
        <translation>Ange som marknadsföring.</translation>
    </message>
    <message>
        <source>Set non-marketing.</source>
        <translation>Ange som icke-marknadsföring.</translation>
    </message>
    <message>
        <source>contacts set-marketing needs either --yes or --no.</source>
        <translation>contacts set-marketing behöver antingen --yes eller --no.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) archived.</source>
        <translation>
            <numerusform>%Ln kontakt arkiverad.</numerusform>
            <numerusform>%Ln kontakter arkiverade.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) deleted.</source>
        <translation>
            <numerusform>%Ln kontakt borttagen.</numerusform>
            <numerusform>%Ln kontakter borttagna.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) changed.</source>
        <translation>
            <numerusform>%Ln kontakt ändrad.</numerusform>
            <numerusform>%Ln kontakter ändrade.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) stay marketing until the update date, %1.</source>
        <translation>
            <numerusform>%Ln kontakt förblir marknadsföringskontakt till uppdateringsdatumet, %1.</numerusform>
            <numerusform>%Ln kontakter förblir marknadsföringskontakter till uppdateringsdatumet, %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) wait as Pending upgrade.</source>
        <translation>
            <numerusform>%Ln kontakt väntar som Väntande uppgradering.</numerusform>
            <numerusform>%Ln kontakter väntar som Väntande uppgradering.</numerusform>
        </translation>
    </message>
    <message>
        <source>The lowest tier the account can choose now: %1.
</source>
        <translation>Den lägsta nivån kontot kan välja nu: %1.
</translation>
    </message>
    <message>
        <source>Account id.</source>
        <translation>Konto-id.</translation>
    </message>
    <message>
        <source>update or skip.</source>
        <translation>update eller skip.</translation>
    </message>
    <message>
        <source>POLICY</source>
        <translation>POLICY</translation>
    </message>
    <message>
        <source>contacts import needs a FILE and --account ID.</source>
        <translation>contacts import behöver en FIL och --account ID.</translation>
    </message>
    <message>
        <source>--duplicates takes update or skip, not “%1”.</source>
        <translation>--duplicates tar update eller skip, inte ”%1”.</translation>
    </message>
    <message>
        <source>contacts list|archive|set-marketing|delete ID [--status S] [--marketing yes|no] [--search TEXT]   list or change an account's contacts; contacts import FILE --account ID [--duplicates update|skip]</source>
        <translation>contacts list|archive|set-marketing|delete ID [--status S] [--marketing yes|no] [--search TEXT]   visa eller ändra ett kontos kontakter; contacts import FIL --account ID [--duplicates update|skip]</translation>
    </message>
    <message>
        <source>no limit: Campaigns is not active</source>
        <translation>ingen gräns: Kampanjer är inte aktivt</translation>
    </message>
    <message>
        <source>Marketing contacts</source>
        <translation>Marknadsföringskontakter</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Gräns</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Användning</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Total contacts</source>
        <translation>Kontakter totalt</translation>
    </message>
    <message>
        <source>Next update date</source>
        <translation>Nästa uppdateringsdatum</translation>
    </message>
    <message>
        <source>Overage policy</source>
        <translation>Policy vid överskridande</translation>
    </message>
    <message>
        <source>Mark the listed notifications read.</source>
        <translation>Markera de listade aviseringarna som lästa.</translation>
    </message>
    <message>
        <source>read</source>
        <translation>läst</translation>
    </message>
    <message>
        <source>new</source>
        <translation>ny</translation>
    </message>
    <message>
        <source>No notifications.</source>
        <translation>Inga aviseringar.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Läge</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Avisering</translation>
    </message>
    <message>
        <source>hold or auto-upgrade.</source>
        <translation>hold eller auto-upgrade.</translation>
    </message>
    <message>
        <source>overage needs --policy hold or auto-upgrade.</source>
        <translation>overage behöver --policy hold eller auto-upgrade.</translation>
    </message>
    <message>
        <source>--policy takes hold or auto-upgrade, not “%1”.</source>
        <translation>--policy tar hold eller auto-upgrade, inte ”%1”.</translation>
    </message>
    <message>
        <source>Overage policy of %1: %2. %3
</source>
        <translation>Policy vid överskridande för %1: %2. %3
</translation>
    </message>
    <message>
        <source>usage ID   marketing contacts against the tier, next update date and the forecast</source>
        <translation>usage ID   marknadsföringskontakter mot nivån, nästa uppdateringsdatum och prognosen</translation>
    </message>
    <message>
        <source>notifications [--account ID] [--mark-read]   usage notifications at 75, 90, 98 % and over the tier</source>
        <translation>notifications [--account ID] [--mark-read]   aviseringar om användning vid 75, 90, 98 % och över nivån</translation>
    </message>
    <message>
        <source>overage ID --policy hold|auto-upgrade   what happens to new contacts beyond the tier</source>
        <translation>overage ID --policy hold|auto-upgrade   vad som händer med nya kontakter utöver nivån</translation>
    </message>
    <message>
        <source>Backup file.</source>
        <translation>Fil för säkerhetskopian.</translation>
    </message>
    <message>
        <source>backup needs --out FILE.</source>
        <translation>backup behöver --out FIL.</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>Det finns ingen databas på %1.</translation>
    </message>
    <message>
        <source>Saved a copy of %1 to %2.
</source>
        <translation>Sparade en kopia av %1 i %2.
</translation>
    </message>
    <message>
        <source>billing</source>
        <translation>fakturering</translation>
    </message>
    <message>
        <source>deal</source>
        <translation>avtal</translation>
    </message>
    <message>
        <source>Amount per interval.</source>
        <translation>Belopp per intervall.</translation>
    </message>
    <message>
        <source>AMOUNT</source>
        <translation>BELOPP</translation>
    </message>
    <message>
        <source>monthly, quarterly or annual.</source>
        <translation>monthly, quarterly eller annual.</translation>
    </message>
    <message>
        <source>INTERVAL</source>
        <translation>INTERVALL</translation>
    </message>
    <message>
        <source>First day.</source>
        <translation>Första dagen.</translation>
    </message>
    <message>
        <source>Last day.</source>
        <translation>Sista dagen.</translation>
    </message>
    <message>
        <source>A note.</source>
        <translation>En anteckning.</translation>
    </message>
    <message>
        <source>--amount needs a plain decimal such as 1234.50, not “%1”.</source>
        <translation>--amount behöver ett decimaltal som 1234.50, inte ”%1”.</translation>
    </message>
    <message>
        <source>--interval takes monthly, quarterly or annual, not “%1”.</source>
        <translation>--interval tar monthly, quarterly eller annual, inte ”%1”.</translation>
    </message>
    <message>
        <source>First month.</source>
        <translation>Första månaden.</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>ÅÅÅÅ-MM</translation>
    </message>
    <message>
        <source>Last month.</source>
        <translation>Sista månaden.</translation>
    </message>
    <message>
        <source>Owner's name or login.</source>
        <translation>Ägarens namn eller inloggning.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAMN</translation>
    </message>
    <message>
        <source>Reporting currency.</source>
        <translation>Rapportvaluta.</translation>
    </message>
    <message>
        <source>mrr needs --from YYYY-MM and --to YYYY-MM.</source>
        <translation>mrr behöver --from ÅÅÅÅ-MM och --to ÅÅÅÅ-MM.</translation>
    </message>
    <message>
        <source>--%1 needs a month as YYYY-MM, not “%2”.</source>
        <translation>--%1 behöver en månad som ÅÅÅÅ-MM, inte ”%2”.</translation>
    </message>
    <message>
        <source>There is no staff member “%1”.</source>
        <translation>Det finns ingen medarbetare ”%1”.</translation>
    </message>
    <message>
        <source>MRR in %1
</source>
        <translation>MRR i %1
</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Månad</translation>
    </message>
    <message>
        <source>MRR</source>
        <translation>MRR</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <source>Expansion</source>
        <translation>Utökning</translation>
    </message>
    <message>
        <source>Contraction</source>
        <translation>Minskning</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>Bortfall</translation>
    </message>
    <message>
        <source>Reactivation</source>
        <translation>Återaktivering</translation>
    </message>
    <message>
        <source>subscriptions needs import.</source>
        <translation>subscriptions behöver import.</translation>
    </message>
    <message>
        <source>unknown subscriptions command “%1”.</source>
        <translation>okänt subscriptions-kommando ”%1”.</translation>
    </message>
    <message>
        <source>subscriptions import needs a FILE.</source>
        <translation>subscriptions import behöver en FIL.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln deal(s) imported</source>
        <translation>
            <numerusform>%Ln avtal importerat</numerusform>
            <numerusform>%Ln avtal importerade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln account(s) created</source>
        <translation>
            <numerusform>%Ln konto skapat</numerusform>
            <numerusform>%Ln konton skapade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sales rep(s) added.</source>
        <translation>
            <numerusform>%Ln säljare tillagd.</numerusform>
            <numerusform>%Ln säljare tillagda.</numerusform>
        </translation>
    </message>
    <message>
        <source>open</source>
        <translation>öppen</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervall</translation>
    </message>
    <message>
        <source>Monthly rate</source>
        <translation>Månadsavgift</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Current monthly rate: %1
</source>
        <translation>Nuvarande månadsavgift: %1
</translation>
    </message>
    <message>
        <source>deal needs add, edit or delete.</source>
        <translation>deal behöver add, edit eller delete.</translation>
    </message>
    <message>
        <source>unknown deal command “%1”.</source>
        <translation>okänt deal-kommando ”%1”.</translation>
    </message>
    <message>
        <source>deal add needs --amount, --interval and --start.</source>
        <translation>deal add behöver --amount, --interval och --start.</translation>
    </message>
    <message>
        <source>Deal %1 added: %2 a month from %3.
</source>
        <translation>Avtal %1 tillagt: %2 i månaden från %3.
</translation>
    </message>
    <message>
        <source>Deal %1 deleted.
</source>
        <translation>Avtal %1 borttaget.
</translation>
    </message>
    <message>
        <source>Deal %1 changed.
</source>
        <translation>Avtal %1 ändrat.
</translation>
    </message>
    <message>
        <source>smart-lists takes no arguments.</source>
        <translation>smart-lists tar inga argument.</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>inbyggd</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>sparad</translation>
    </message>
    <message>
        <source>Smart list</source>
        <translation>Smart lista</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konton</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolumner</translation>
    </message>
    <message>
        <source>Smart list name.</source>
        <translation>Den smarta listans namn.</translation>
    </message>
    <message>
        <source>CSV file to write.</source>
        <translation>CSV-fil att skriva.</translation>
    </message>
    <message>
        <source>Field separator, , or ;.</source>
        <translation>Fältavgränsare, , eller ;.</translation>
    </message>
    <message>
        <source>CHAR</source>
        <translation>TECKEN</translation>
    </message>
    <message>
        <source>Start with a UTF-8 BOM.</source>
        <translation>Börja med en UTF-8-BOM.</translation>
    </message>
    <message>
        <source>export needs --smart-list NAME and --out FILE.</source>
        <translation>export behöver --smart-list NAMN och --out FIL.</translation>
    </message>
    <message>
        <source>--delimiter takes , or ;, not “%1”.</source>
        <translation>--delimiter tar , eller ;, inte ”%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln account(s) of “%1” exported to %2.
</source>
        <translation>
            <numerusform>%Ln konto i ”%1” exporterat till %2.
</numerusform>
            <numerusform>%Ln konton i ”%1” exporterade till %2.
</numerusform>
        </translation>
    </message>
    <message>
        <source>mrr --from YYYY-MM --to YYYY-MM [--owner NAME] [--currency C]   MRR and its movements per month</source>
        <translation>mrr --from ÅÅÅÅ-MM --to ÅÅÅÅ-MM [--owner NAMN] [--currency V]   MRR och dess förändringar per månad</translation>
    </message>
    <message>
        <source>subscriptions import FILE   import deals (account, owner, currency, amount, interval, start, end); all or nothing</source>
        <translation>subscriptions import FIL   importera avtal (account, owner, currency, amount, interval, start, end); allt eller inget</translation>
    </message>
    <message>
        <source>deals ID   an account's subscription periods and deals</source>
        <translation>deals ID   ett kontos prenumerationsperioder och avtal</translation>
    </message>
    <message>
        <source>deal add ID|edit DEAL|delete DEAL --amount A --interval monthly|quarterly|annual --start D [--end D] [--note T]   enter a deal</source>
        <translation>deal add ID|edit AVTAL|delete AVTAL --amount B --interval monthly|quarterly|annual --start D [--end D] [--note T]   lägg in ett avtal</translation>
    </message>
    <message>
        <source>smart-lists   the smart lists and how many accounts each holds</source>
        <translation>smart-lists   de smarta listorna och hur många konton var och en har</translation>
    </message>
    <message>
        <source>export --smart-list NAME --out FILE [--delimiter ';'] [--bom]   write a smart list as CSV</source>
        <translation>export --smart-list NAMN --out FIL [--delimiter ';'] [--bom]   skriv en smart lista som CSV</translation>
    </message>
    <message>
        <source>backup --out FILE   save a consistent copy of the SQLite database (for PostgreSQL use pg_dump)</source>
        <translation>backup --out FIL   spara en konsekvent kopia av SQLite-databasen (för PostgreSQL, använd pg_dump)</translation>
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
        <translation>Användning: tierline-cli [globala flaggor] KOMMANDO [flaggor]

Globala flaggor:
  --db SÖKVÄG|URL    databasen: en SQLite-fil (standard: %1) eller
                     postgresql://användare@värd:port/databas; lösenordet
                     hämtas från ~/.pgpass eller PGPASSWORD
  --today DATUM      dagen som faktureringen körs på (YYYY-MM-DD)
  --catalog FIL      en priskatalog som används i stället för den inbyggda
  --json             skriv ett JSON-dokument till stdout
  --as ANVÄNDARNAMN  användarnamnet för den medarbetare som agerar
  --lang KOD         en, sv, id eller it
  --expect-version N avböj åtgärden om kontot har ändrats sedan det
                     lästes i version N (se ”account ID”)
  --help, --version

Kommandon:
</translation>
    </message>
    <message>
        <source>Database: an SQLite file or a postgresql:// URL.</source>
        <translation>Databas: en SQLite-fil eller en postgresql://-URL.</translation>
    </message>
    <message>
        <source>PATH|URL</source>
        <translation>SÖKVÄG|URL</translation>
    </message>
    <message>
        <source>The account version the action was computed on.</source>
        <translation>Kontoversionen som åtgärden beräknades på.</translation>
    </message>
    <message>
        <source>--expect-version needs an account version (a whole number from “account ID”), not “%1”.</source>
        <translation>--expect-version behöver en kontoversion (ett heltal från ”account ID”), inte ”%1”.</translation>
    </message>
</context>
<context>
    <name>Tierline::ContactImport</name>
    <message>
        <source>The file is empty: it needs a header line with at least an “email” column.</source>
        <translation>Filen är tom: den behöver en rubrikrad med minst kolumnen ”email”.</translation>
    </message>
    <message>
        <source>The header names the column “%1” twice.</source>
        <translation>Rubrikraden namnger kolumnen ”%1” två gånger.</translation>
    </message>
    <message>
        <source>The file has no “email” column. The header line must name the columns: name, email, marketing, status.</source>
        <translation>Filen har ingen kolumn ”email”. Rubrikraden måste namnge kolumnerna: name, email, marketing, status.</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>rad %1: %2</translation>
    </message>
    <message>
        <source>row %1, column %2: %3</source>
        <translation>rad %1, kolumn %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s), but the header has %1</source>
        <translation>
            <numerusform>%n fält, men rubrikraden har %1</numerusform>
            <numerusform>%n fält, men rubrikraden har %1</numerusform>
        </translation>
    </message>
    <message>
        <source>an email address is required</source>
        <translation>en e-postadress krävs</translation>
    </message>
    <message>
        <source>“%1” is not an email address</source>
        <translation>”%1” är ingen e-postadress</translation>
    </message>
    <message>
        <source>“%1” is neither yes nor no</source>
        <translation>”%1” är varken yes eller no</translation>
    </message>
    <message>
        <source>“%1” is not a status (subscribed, pending upgrade, unsubscribed, archived)</source>
        <translation>”%1” är ingen status (subscribed, pending upgrade, unsubscribed, archived)</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Importen avbröts; inget importerades.</translation>
    </message>
    <message numerus="yes">
        <source>The file has %n problem(s), so nothing was imported:</source>
        <translation>
            <numerusform>Filen har %n problem, så inget importerades:</numerusform>
            <numerusform>Filen har %n problem, så inget importerades:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… och %n till.</numerusform>
            <numerusform>… och %n till.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tierline::ContactService</name>
    <message>
        <source>Subscribed</source>
        <translation>Prenumererad</translation>
    </message>
    <message>
        <source>Pending upgrade</source>
        <translation>Väntande uppgradering</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>Avregistrerad</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Arkiverad</translation>
    </message>
    <message numerus="yes">
        <source>Imported: %1 added, %2 updated, %3 skipped; %Ln wait(s) as Pending upgrade.</source>
        <translation>
            <numerusform>Importerat: %1 tillagda, %2 uppdaterade, %3 överhoppade; %Ln väntar som Väntande uppgradering.</numerusform>
            <numerusform>Importerat: %1 tillagda, %2 uppdaterade, %3 överhoppade; %Ln väntar som Väntande uppgradering.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tierline::ContactsModel</name>
    <message>
        <source>Set to non-marketing: the contact counts until the update date, %1.</source>
        <translation>Ändrad till icke-marknadsföring: kontakten räknas till uppdateringsdatumet, %1.</translation>
    </message>
    <message>
        <source>Non-marketing from %1</source>
        <translation>Icke-marknadsföring från %1</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marknadsföring</translation>
    </message>
    <message>
        <source>Non-marketing</source>
        <translation>Icke-marknadsföring</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Tillagd</translation>
    </message>
</context>
<context>
    <name>Tierline::ContactsPage</name>
    <message>
        <source>Search name or email</source>
        <translation>Sök namn eller e-post</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alla statusar</translation>
    </message>
    <message>
        <source>&amp;Marketing:</source>
        <translation>&amp;Marknadsföring:</translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation>Alla kontakter</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marknadsföring</translation>
    </message>
    <message>
        <source>Non-marketing</source>
        <translation>Icke-marknadsföring</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Arkivera</translation>
    </message>
    <message>
        <source>Set marketing</source>
        <translation>Ange som marknadsföring</translation>
    </message>
    <message>
        <source>Set non-marketing</source>
        <translation>Ange som icke-marknadsföring</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Clear selection</source>
        <translation>Rensa markering</translation>
    </message>
    <message>
        <source>&amp;Known emails:</source>
        <translation>&amp;Kända e-postadresser:</translation>
    </message>
    <message>
        <source>Update them</source>
        <translation>Uppdatera dem</translation>
    </message>
    <message>
        <source>Skip them</source>
        <translation>Hoppa över dem</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importera CSV…</translation>
    </message>
    <message>
        <source>Contacts of %1</source>
        <translation>Kontakter för %1</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <source>Choose an account to see its contacts.</source>
        <translation>Välj ett konto för att se dess kontakter.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln matching contact(s)</source>
        <translation>
            <numerusform>%Ln matchande kontakt</numerusform>
            <numerusform>%Ln matchande kontakter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln matching contact(s) are selected.</source>
        <translation>
            <numerusform>Den %Ln matchande kontakten är markerad.</numerusform>
            <numerusform>Alla %Ln matchande kontakter är markerade.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln markerad</numerusform>
            <numerusform>%Ln markerade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Select all %Ln matching</source>
        <translation>
            <numerusform>Markera den %Ln matchande</numerusform>
            <numerusform>Markera alla %Ln matchande</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Archive %Ln contact(s)? Archived contacts no longer count towards the tier.</source>
        <translation>
            <numerusform>Arkivera %Ln kontakt? Arkiverade kontakter räknas inte längre mot nivån.</numerusform>
            <numerusform>Arkivera %Ln kontakter? Arkiverade kontakter räknas inte längre mot nivån.</numerusform>
        </translation>
    </message>
    <message>
        <source>Archiving contacts…</source>
        <translation>Arkiverar kontakter…</translation>
    </message>
    <message numerus="yes">
        <source>Set %Ln contact(s) as marketing? They count towards the tier at once; beyond the limit they wait as Pending upgrade.</source>
        <translation>
            <numerusform>Ange %Ln kontakt som marknadsföring? Den räknas mot nivån direkt; över gränsen väntar den som Väntande uppgradering.</numerusform>
            <numerusform>Ange %Ln kontakter som marknadsföring? De räknas mot nivån direkt; över gränsen väntar de som Väntande uppgradering.</numerusform>
        </translation>
    </message>
    <message>
        <source>Setting contacts as marketing…</source>
        <translation>Anger kontakter som marknadsföring…</translation>
    </message>
    <message numerus="yes">
        <source>Set %Ln contact(s) as non-marketing? Subscribed contacts keep counting until the next update date, %1.</source>
        <translation>
            <numerusform>Ange %Ln kontakt som icke-marknadsföring? Prenumererade kontakter räknas till nästa uppdateringsdatum, %1.</numerusform>
            <numerusform>Ange %Ln kontakter som icke-marknadsföring? Prenumererade kontakter räknas till nästa uppdateringsdatum, %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Setting contacts as non-marketing…</source>
        <translation>Anger kontakter som icke-marknadsföring…</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln contact(s)? This cannot be undone. Deleting frees room for other contacts but does not lower the tier.</source>
        <translation>
            <numerusform>Ta bort %Ln kontakt? Det går inte att ångra. Borttagning ger plats åt andra kontakter men sänker inte nivån.</numerusform>
            <numerusform>Ta bort %Ln kontakter? Det går inte att ångra. Borttagning ger plats åt andra kontakter men sänker inte nivån.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting contacts…</source>
        <translation>Tar bort kontakter…</translation>
    </message>
    <message>
        <source>Cancelled. No contact was changed.</source>
        <translation>Avbrutet. Ingen kontakt ändrades.</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Importera kontakter</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-filer (*.csv);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Läser filen…</translation>
    </message>
    <message>
        <source>Importing contacts…</source>
        <translation>Importerar kontakter…</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was imported.</source>
        <translation>Avbrutet. Inget importerades.</translation>
    </message>
</context>
<context>
    <name>Tierline::CsvReader</name>
    <message>
        <source>Line %1 is not valid UTF-8 text. Save the file as UTF-8 and try again.</source>
        <translation>Rad %1 är inte giltig UTF-8-text. Spara filen som UTF-8 och försök igen.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation>Kan inte läsa ”%1”: %2.</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is not closed.</source>
        <translation>Rad %1: ett citerat fält avslutas inte.</translation>
    </message>
    <message>
        <source>Line %1: text follows the closing quote of a field.</source>
        <translation>Rad %1: text följer efter ett fälts avslutande citattecken.</translation>
    </message>
</context>
<context>
    <name>Tierline::CsvWriter</name>
    <message>
        <source>Cannot write %1: %2. Choose a folder you can write to.</source>
        <translation>Det går inte att skriva %1: %2. Välj en mapp du kan skriva i.</translation>
    </message>
    <message>
        <source>The CSV file is not open.</source>
        <translation>CSV-filen är inte öppen.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Det går inte att skriva %1: %2.</translation>
    </message>
</context>
<context>
    <name>Tierline::Database</name>
    <message>
        <source>Cannot open %1: the folder %2 does not exist.</source>
        <translation>Kan inte öppna %1: mappen %2 finns inte.</translation>
    </message>
    <message>
        <source>Cannot open %1: it is not a readable file.</source>
        <translation>Kan inte öppna %1: det är inte en läsbar fil.</translation>
    </message>
    <message>
        <source>Cannot open %1: the file is read-only.</source>
        <translation>Kan inte öppna %1: filen är skrivskyddad.</translation>
    </message>
    <message>
        <source>%1 is not a Tierline database: it is not an SQLite file.</source>
        <translation>%1 är inte en Tierline-databas: det är inte en SQLite-fil.</translation>
    </message>
    <message>
        <source>Cannot create %1: the folder %2 is not writable.</source>
        <translation>Kan inte skapa %1: det går inte att skriva till mappen %2.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Kan inte öppna %1: %2</translation>
    </message>
    <message>
        <source>The database is busy: another program is writing to it. Try again in a moment.</source>
        <translation>Databasen är upptagen: ett annat program skriver till den. Försök igen om en stund.</translation>
    </message>
    <message>
        <source>The database file is damaged (%1). Restore it from a backup.</source>
        <translation>Databasfilen är skadad (%1). Återställ den från en säkerhetskopia.</translation>
    </message>
    <message>
        <source>The database reported an error: %1</source>
        <translation>Databasen rapporterade ett fel: %1</translation>
    </message>
    <message>
        <source>%1 is damaged or not a Tierline database: %2</source>
        <translation>%1 är skadad eller inte en Tierline-databas: %2</translation>
    </message>
    <message>
        <source>%1 is not a Tierline database: it holds other data.</source>
        <translation>%1 är inte en Tierline-databas: den innehåller andra data.</translation>
    </message>
    <message>
        <source>%1 was written by a newer Tierline (schema version %2; this version knows up to %3). Update Tierline to open it.</source>
        <translation>%1 skrevs av en nyare version av Tierline (schemaversion %2; den här versionen hanterar upp till %3). Uppdatera Tierline för att öppna den.</translation>
    </message>
    <message>
        <source>Cannot open %1: the PostgreSQL driver of Qt is not installed (Debian package libqt6sql6-psql).</source>
        <translation>Kan inte öppna %1: Qts PostgreSQL-drivrutin är inte installerad (Debianpaketet libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Kan inte ansluta till %1: %2</translation>
    </message>
    <message>
        <source>Cannot open %1: the folder %2 is not writable, and Tierline keeps its journal files beside the database.</source>
        <translation>Kan inte öppna %1: mappen %2 är skrivskyddad, och Tierline sparar sina journalfiler bredvid databasen.</translation>
    </message>
    <message>
        <source>The connection to the database server was lost: %1</source>
        <translation>Anslutningen till databasservern bröts: %1</translation>
    </message>
    <message>
        <source>%1 has no schema to work in: the search_path names no existing schema.</source>
        <translation>%1 har inget schema att arbeta i: search_path anger inget befintligt schema.</translation>
    </message>
    <message>
        <source>%1 was not upgraded: its copy %2 could not be saved first. %3</source>
        <translation>%1 uppgraderades inte: kopian %2 kunde inte sparas först. %3</translation>
    </message>
    <message>
        <source>A PostgreSQL database is backed up with pg_dump, for example: pg_dump --format=custom --file=tierline.dump DATABASE (restore with pg_restore).</source>
        <translation>En PostgreSQL-databas säkerhetskopieras med pg_dump, till exempel: pg_dump --format=custom --file=tierline.dump DATABAS (återställ med pg_restore).</translation>
    </message>
    <message>
        <source>An in-memory database cannot be backed up.</source>
        <translation>En databas i minnet kan inte säkerhetskopieras.</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file for the backup.</source>
        <translation>%1 finns redan; välj en ny fil för säkerhetskopian.</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist or is not writable.</source>
        <translation>Kan inte skriva %1: mappen %2 finns inte eller är skrivskyddad.</translation>
    </message>
</context>
<context>
    <name>Tierline::DatabaseCard</name>
    <message>
        <source>Enter an SQLite file or a postgresql:// address.</source>
        <translation>Ange en SQLite-fil eller en postgresql://-adress.</translation>
    </message>
    <message>
        <source>Give the SQLite file's full path.</source>
        <translation>Ange SQLite-filens fullständiga sökväg.</translation>
    </message>
    <message>
        <source>Choose the SQLite database</source>
        <translation>Välj SQLite-databasen</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation>SQLite-databaser (*.sqlite *.db);;Alla filer (*)</translation>
    </message>
    <message>
        <source>At the next start Tierline opens the default file, %1.</source>
        <translation>Vid nästa start öppnar Tierline standardfilen, %1.</translation>
    </message>
    <message>
        <source>This database is the one Tierline opens at every start.</source>
        <translation>Den här databasen är den som Tierline öppnar vid varje start.</translation>
    </message>
    <message>
        <source>At the next start Tierline opens %1.</source>
        <translation>Vid nästa start öppnar Tierline %1.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Databas</translation>
    </message>
    <message>
        <source>Work on your own SQLite file, or beside your team on a PostgreSQL server. The password is never stored here: PostgreSQL reads it from ~/.pgpass, PGPASSWORD or a service file.</source>
        <translation>Arbeta i din egen SQLite-fil, eller bredvid ditt team på en PostgreSQL-server. Lösenordet sparas aldrig här: PostgreSQL läser det från ~/.pgpass, PGPASSWORD eller en tjänstfil.</translation>
    </message>
    <message>
        <source>Open now: %1</source>
        <translation>Öppen nu: %1</translation>
    </message>
    <message>
        <source>&amp;Open at start:</source>
        <translation>Ö&amp;ppna vid start:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <source>&amp;Use this database</source>
        <translation>&amp;Använd den här databasen</translation>
    </message>
    <message>
        <source>Use the &amp;default file</source>
        <translation>Använd &amp;standardfilen</translation>
    </message>
</context>
<context>
    <name>Tierline::DealDialog</name>
    <message>
        <source>Edit deal</source>
        <translation>Redigera avtal</translation>
    </message>
    <message>
        <source>Add deal</source>
        <translation>Lägg till avtal</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Månadsvis</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Kvartalsvis</translation>
    </message>
    <message>
        <source>Annual</source>
        <translation>Årsvis</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Slutar den</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Belopp:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Anteckning:</translation>
    </message>
    <message>
        <source>End:</source>
        <translation>Slut:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Save deal</source>
        <translation>Spara avtal</translation>
    </message>
    <message>
        <source>“%1” is not an amount: write it with digits and a decimal mark, such as 1234.50.</source>
        <translation>”%1” är inget belopp: skriv det med siffror och decimaltecken, till exempel 1234.50.</translation>
    </message>
    <message>
        <source>%1 a month in MRR</source>
        <translation>%1 i månaden i MRR</translation>
    </message>
</context>
<context>
    <name>Tierline::DemoWorkspace</name>
    <message>
        <source>Demo generation was cancelled.</source>
        <translation>Skapandet av demon avbröts.</translation>
    </message>
    <message>
        <source>The demo needs a valid day to end on.</source>
        <translation>Demon kräver ett giltigt slutdatum.</translation>
    </message>
    <message>
        <source>The database already has data; the demo needs an empty one.</source>
        <translation>Databasen innehåller redan data; demon kräver en tom databas.</translation>
    </message>
    <message>
        <source>The demo needs between %1 and %2 accounts.</source>
        <translation>Demon kräver mellan %1 och %2 konton.</translation>
    </message>
</context>
<context>
    <name>Tierline::ExchangeRates</name>
    <message>
        <source>%1 is not a currency Tierline knows; choose one of %2.</source>
        <translation>%1 är ingen valuta som Tierline känner till; välj en av %2.</translation>
    </message>
    <message>
        <source>A currency needs no exchange rate into itself.</source>
        <translation>En valuta behöver ingen växelkurs till sig själv.</translation>
    </message>
    <message>
        <source>An exchange rate needs the day it applies from.</source>
        <translation>En växelkurs behöver dagen den gäller från.</translation>
    </message>
    <message>
        <source>“%1” is not an exchange rate: write a positive decimal with a point, such as 0.0915.</source>
        <translation>”%1” är ingen växelkurs: skriv ett positivt decimaltal med punkt, till exempel 0.0915.</translation>
    </message>
    <message>
        <source>%1 is a %2 and cannot change the reporting currency or exchange rates; ask an administrator or a sales manager.</source>
        <translation>%1 är %2 och kan inte ändra rapportvalutan eller växelkurserna; be en administratör eller en försäljningschef.</translation>
    </message>
</context>
<context>
    <name>Tierline::ExchangeRatesCard</name>
    <message>
        <source>Exchange rates</source>
        <translation>Växelkurser</translation>
    </message>
    <message>
        <source>MRR adds up every account in one currency. A rate applies from its day until the next one; write it exactly, with a point: one unit of the currency is worth this many units of the reporting currency.</source>
        <translation>MRR summerar alla konton i en valuta. En kurs gäller från sin dag till nästa; skriv den exakt, med punkt: en enhet av valutan är värd så många enheter av rapportvalutan.</translation>
    </message>
    <message>
        <source>&amp;Report MRR in:</source>
        <translation>&amp;Rapportera MRR i:</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Into</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Gäller från</translation>
    </message>
    <message>
        <source>Add rate</source>
        <translation>Lägg till kurs</translation>
    </message>
    <message>
        <source>Remove rate</source>
        <translation>Ta bort kurs</translation>
    </message>
</context>
<context>
    <name>Tierline::FileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>Leta i:</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>Filnamn:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Filtyp:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>Tierline::Ledger</name>
    <message>
        <source>Campaigns purchase</source>
        <translation>Köp av Kampanjer</translation>
    </message>
    <message>
        <source>First cycle after the trial</source>
        <translation>Första faktureringscykeln efter provperioden</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Förnyelse</translation>
    </message>
    <message>
        <source>Credit for the unused part of the old tier</source>
        <translation>Kredit för den outnyttjade delen av den tidigare nivån</translation>
    </message>
    <message>
        <source>Charge for the rest of the cycle at the new tier</source>
        <translation>Debitering för resten av faktureringscykeln på den nya nivån</translation>
    </message>
    <message>
        <source>Plan renewal</source>
        <translation>Förnyelse av plan</translation>
    </message>
    <message>
        <source>Credit for the unused part of the old plan price</source>
        <translation>Kredit för den outnyttjade delen av det gamla planpriset</translation>
    </message>
    <message>
        <source>Charge for the rest of the cycle at the new plan price</source>
        <translation>Debitering för resten av perioden till det nya planpriset</translation>
    </message>
</context>
<context>
    <name>Tierline::LedgerModel</name>
    <message>
        <source>Pays for %1 – %2</source>
        <translation>Avser perioden %1 – %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
</context>
<context>
    <name>Tierline::MainWindow</name>
    <message>
        <source>Accounts</source>
        <translation>Konton</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Fakturering</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <source>Usage &amp; limits</source>
        <translation>Användning och gränser</translation>
    </message>
    <message>
        <source>MRR</source>
        <translation>MRR</translation>
    </message>
    <message>
        <source>Smart lists</source>
        <translation>Smarta listor</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>Tierline</source>
        <translation>Tierline</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gå till</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation>Byt användare</translation>
    </message>
    <message>
        <source>Act as another member of staff</source>
        <translation>Agera som en annan medarbetare</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;About Tierline</source>
        <translation>&amp;Om Tierline</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <source>The account the pages show</source>
        <translation>Kontot som sidorna visar</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Acting as &lt;b&gt;%1&lt;/b&gt; · %2</source>
        <translation>Agerar som &lt;b&gt;%1&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <source>No staff in this database</source>
        <translation>Ingen personal i den här databasen</translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation>I dag: %1</translation>
    </message>
    <message>
        <source>The billing day was set with --today.</source>
        <translation>Faktureringsdagen angavs med --today.</translation>
    </message>
    <message>
        <source>The billing day follows the calendar.</source>
        <translation>Faktureringsdagen följer kalendern.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Databas: %1</translation>
    </message>
    <message>
        <source>About Tierline</source>
        <translation>Om Tierline</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Tierline %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Billing for the Campaigns add-on: subscriber tiers, trials, charges and MRR.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Tierline %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Fakturering för tillägget Kampanjer: prenumerantnivåer, provperioder, debiteringar och MRR.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Notifications (%1)</source>
        <translation>Aviseringar (%1)</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Aviseringar</translation>
    </message>
    <message numerus="yes">
        <source>%Ln unread usage notification(s)</source>
        <translation>
            <numerusform>%Ln oläst avisering om användning</numerusform>
            <numerusform>%Ln olästa aviseringar om användning</numerusform>
        </translation>
    </message>
    <message>
        <source>Increase limit</source>
        <translation>Öka gränsen</translation>
    </message>
</context>
<context>
    <name>Tierline::MessageBox</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Spara alla</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Yes to All</source>
        <translation>Ja till alla</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>No to All</source>
        <translation>Nej till alla</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Försök igen</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorera</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Förkasta</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hjälp</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Verkställ</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Återställ standardvärden</translation>
    </message>
</context>
<context>
    <name>Tierline::MrrCharts</name>
    <message>
        <source>MRR over time</source>
        <translation>MRR över tid</translation>
    </message>
    <message>
        <source>Movements per month</source>
        <translation>Förändringar per månad</translation>
    </message>
    <message>
        <source>MRR in %1</source>
        <translation>MRR i %1</translation>
    </message>
    <message>
        <source>%1: MRR %2</source>
        <extracomment>Hover text of the MRR chart: "Mar 2026: MRR $1,234.00"</extracomment>
        <translation>%1: MRR %2</translation>
    </message>
    <message>
        <source>%1: %2 %3 (net change %4)</source>
        <extracomment>Hover text of a movement bar: "Mar 2026: Expansion $120.00 (net change $80.00)"</extracomment>
        <translation>%1: %2 %3 (nettoförändring %4)</translation>
    </message>
    <message>
        <source>The same figures are in the table below the charts.</source>
        <translation>Samma siffror finns i tabellen under diagrammen.</translation>
    </message>
</context>
<context>
    <name>Tierline::MrrEngine</name>
    <message>
        <source>There is no exchange rate from %1 to %2 on %3. Add one in Settings, Exchange rates.</source>
        <translation>Det finns ingen växelkurs från %1 till %2 den %3. Lägg till en under Inställningar, Växelkurser.</translation>
    </message>
    <message>
        <source>MRR needs a first and a last month.</source>
        <translation>MRR behöver en första och en sista månad.</translation>
    </message>
    <message>
        <source>The last month, %1, comes before the first, %2.</source>
        <translation>Den sista månaden, %1, kommer före den första, %2.</translation>
    </message>
    <message>
        <source>MRR covers at most %1 months at a time.</source>
        <translation>MRR omfattar högst %1 månader åt gången.</translation>
    </message>
    <message>
        <source>%1 is not a currency Tierline knows; choose one of %2.</source>
        <translation>%1 är ingen valuta som Tierline känner till; välj en av %2.</translation>
    </message>
    <message>
        <source>Account %1 has a subscription period in a currency Tierline does not know.</source>
        <translation>Konto %1 har en prenumerationsperiod i en valuta som Tierline inte känner till.</translation>
    </message>
</context>
<context>
    <name>Tierline::MrrPage</name>
    <message>
        <source>MRR</source>
        <translation>MRR</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>Ä&amp;gare:</translation>
    </message>
    <message>
        <source>&amp;Months:</source>
        <translation>&amp;Månader:</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Senaste 12 månaderna</translation>
    </message>
    <message>
        <source>Last 24 months</source>
        <translation>Senaste 24 månaderna</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alla</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Anpassat</translation>
    </message>
    <message>
        <source>First month</source>
        <translation>Första månad</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Sista månad</translation>
    </message>
    <message>
        <source>Save chart as PNG…</source>
        <translation>Spara diagram som PNG…</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Alla ägare</translation>
    </message>
    <message>
        <source>Amounts in %1</source>
        <translation>Belopp i %1</translation>
    </message>
    <message>
        <source>Point at a month to see its figures.</source>
        <translation>Peka på en månad för att se dess siffror.</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>Spara diagram som PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-bilder (*.png)</translation>
    </message>
    <message>
        <source>The chart could not be saved as %1. Choose a folder you can write to.</source>
        <translation>Diagrammet kunde inte sparas som %1. Välj en mapp du kan skriva i.</translation>
    </message>
</context>
<context>
    <name>Tierline::MrrTableModel</name>
    <message>
        <source>Month</source>
        <translation>Månad</translation>
    </message>
    <message>
        <source>MRR</source>
        <translation>MRR</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <source>Expansion</source>
        <translation>Utökning</translation>
    </message>
    <message>
        <source>Reactivation</source>
        <translation>Återaktivering</translation>
    </message>
    <message>
        <source>Contraction</source>
        <translation>Minskning</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>Bortfall</translation>
    </message>
    <message>
        <source>Net change</source>
        <translation>Nettoförändring</translation>
    </message>
</context>
<context>
    <name>Tierline::NotificationsDialog</name>
    <message>
        <source>Notifications</source>
        <translation>Aviseringar</translation>
    </message>
    <message>
        <source>No notifications.</source>
        <translation>Inga aviseringar.</translation>
    </message>
    <message>
        <source>Mark read</source>
        <translation>Markera som läst</translation>
    </message>
    <message>
        <source>Mark all read</source>
        <translation>Markera alla som lästa</translation>
    </message>
    <message>
        <source>Increase limit</source>
        <translation>Öka gränsen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
</context>
<context>
    <name>Tierline::PermissionText</name>
    <message>
        <source>Administrator</source>
        <translation>Administratör</translation>
    </message>
    <message>
        <source>Account owner</source>
        <translation>Kontoägare</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Granskare</translation>
    </message>
    <message>
        <source>Sales manager</source>
        <translation>Försäljningschef</translation>
    </message>
    <message>
        <source>Sales rep</source>
        <translation>Säljare</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Drift</translation>
    </message>
    <message>
        <source>Billing access</source>
        <translation>Tillgång till fakturering</translation>
    </message>
    <message>
        <source>Can send campaigns</source>
        <translation>Kan skicka kampanjer</translation>
    </message>
    <message>
        <source>Review decisions</source>
        <translation>Granskningsbeslut</translation>
    </message>
    <message>
        <source>Set contacts as marketing</source>
        <translation>Markera kontakter som marknadsföringskontakter</translation>
    </message>
    <message>
        <source>%1 does not have the “%2” permission.</source>
        <translation>%1 har inte behörigheten ”%2”.</translation>
    </message>
</context>
<context>
    <name>Tierline::PlanCard</name>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Change plan…</source>
        <translation>Byt plan…</translation>
    </message>
    <message>
        <source>PLAN</source>
        <translation>PLAN</translation>
    </message>
    <message>
        <source>USER SEATS</source>
        <translation>ANVÄNDARPLATSER</translation>
    </message>
    <message>
        <source>ADD-ONS</source>
        <translation>TILLÄGG</translation>
    </message>
    <message>
        <source>One seat less</source>
        <translation>En plats mindre</translation>
    </message>
    <message>
        <source>One seat more</source>
        <translation>En plats till</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>An amount and what it covers: "$59.00 per month".</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Product: %1</source>
        <extracomment>The product an account has: "Marketing + Sales".</extracomment>
        <translation>Produkt: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln included · %1 per extra seat</source>
        <translation>
            <numerusform>%Ln ingår · %1 per extra plats</numerusform>
            <numerusform>%Ln ingår · %1 per extra plats</numerusform>
        </translation>
    </message>
    <message>
        <source>On your plan</source>
        <translation>Ingår i din plan</translation>
    </message>
    <message>
        <source>Add to plan</source>
        <translation>Lägg till i planen</translation>
    </message>
    <message>
        <source>Add %1 to the plan</source>
        <translation>Lägg till %1 i planen</translation>
    </message>
    <message>
        <source>The plan renews on %1 at %2.</source>
        <translation>Planen förnyas den %1 för %2.</translation>
    </message>
    <message>
        <source>From then on: %1.</source>
        <translation>Därefter: %1.</translation>
    </message>
    <message>
        <source>Plan total: %1 %2</source>
        <translation>Planen totalt: %1 %2</translation>
    </message>
    <message>
        <source>Plan total: %1 → %2 %3</source>
        <extracomment>The plan's price before and after a seat change: "$74.00 → $104.00 per month".</extracomment>
        <translation>Planen totalt: %1 → %2 %3</translation>
    </message>
    <message>
        <source>Schedule fewer seats…</source>
        <translation>Planera färre platser…</translation>
    </message>
    <message>
        <source>Review purchase…</source>
        <translation>Granska köp…</translation>
    </message>
    <message>
        <source>User seats</source>
        <translation>Användarplatser</translation>
    </message>
    <message>
        <source>Go down to %1 from %2? Until then the account keeps %3, and the plan then costs %4 %5.</source>
        <translation>Gå ner till %1 från %2? Fram till dess behåller kontot %3, och sedan kostar planen %4 %5.</translation>
    </message>
    <message>
        <source>Please move %1 from the %2 plan to the %3 plan.</source>
        <translation>Flytta %1 från planen %2 till planen %3.</translation>
    </message>
    <message>
        <source>We understand that we lose: %1.</source>
        <translation>Vi förstår att vi förlorar: %1.</translation>
    </message>
</context>
<context>
    <name>Tierline::PlanPlanner</name>
    <message>
        <source>The catalog has no plan “%1”.</source>
        <translation>Prislistan har ingen plan ”%1”.</translation>
    </message>
    <message>
        <source>The catalog has no %1 prices for the %2 plan.</source>
        <translation>Prislistan har inga priser i %1 för planen %2.</translation>
    </message>
    <message>
        <source>The catalog has no add-on “%1”.</source>
        <translation>Prislistan har inget tillägg ”%1”.</translation>
    </message>
    <message>
        <source>The catalog has no %1 price for %2.</source>
        <translation>Prislistan har inget pris i %1 för %2.</translation>
    </message>
    <message>
        <source>%1 is not a number of seats: choose from 1 to %2.</source>
        <translation>%1 är inte ett antal platser: välj från 1 till %2.</translation>
    </message>
    <message>
        <source>%1 is already on the plan.</source>
        <translation>%1 ingår redan i planen.</translation>
    </message>
    <message>
        <source>Moving to a cheaper plan is a request to our staff: use Request account change.</source>
        <translation>Att byta till en billigare plan är en begäran till vår personal: använd Begär kontoändring.</translation>
    </message>
</context>
<context>
    <name>Tierline::PostgreSqlUrl</name>
    <message>
        <source>This is not a valid PostgreSQL address; write postgresql://user@host:port/database.</source>
        <translation>Detta är ingen giltig PostgreSQL-adress; skriv postgresql://användare@värd:port/databas.</translation>
    </message>
    <message>
        <source>The PostgreSQL address must not contain a password. Put it in ~/.pgpass, in the PGPASSWORD environment variable or in a service file instead.</source>
        <translation>PostgreSQL-adressen får inte innehålla något lösenord. Lägg det i ~/.pgpass, i miljövariabeln PGPASSWORD eller i en tjänstfil i stället.</translation>
    </message>
    <message>
        <source>“%1” names more than one database.</source>
        <translation>”%1” anger mer än en databas.</translation>
    </message>
    <message>
        <source>“%1” is not a port number.</source>
        <translation>”%1” är inget portnummer.</translation>
    </message>
    <message>
        <source>The PostgreSQL option %1 cannot contain spaces or “;”.</source>
        <translation>PostgreSQL-alternativet %1 får inte innehålla mellanslag eller ”;”.</translation>
    </message>
    <message>
        <source>The PostgreSQL address has an unknown option “%1”.</source>
        <translation>PostgreSQL-adressen har ett okänt alternativ ”%1”.</translation>
    </message>
</context>
<context>
    <name>Tierline::ReviewPurchaseDialog</name>
    <message>
        <source>Review purchase</source>
        <translation>Granska köp</translation>
    </message>
    <message>
        <source>Campaigns for %1</source>
        <translation>Kampanjer för %1</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampanjer</translation>
    </message>
    <message>
        <source>Subscriber tier</source>
        <translation>Prenumerantnivå</translation>
    </message>
    <message numerus="yes">
        <source>%Ln subscriber(s)</source>
        <translation>
            <numerusform>%Ln prenumerant</numerusform>
            <numerusform>%Ln prenumeranter</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Fakturering</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <extracomment>Billing interval in currency: "Monthly in USD".</extracomment>
        <translation>%1 i %2</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Börjar gälla</translation>
    </message>
    <message numerus="yes">
        <source>Credit for the unused part of %Ln subscriber(s)</source>
        <translation>
            <numerusform>Kredit för den outnyttjade delen av %Ln prenumerant</numerusform>
            <numerusform>Kredit för den outnyttjade delen av %Ln prenumeranter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>First %1 at %Ln subscriber(s)</source>
        <translation>
            <numerusform>Första %1 med %Ln prenumerant</numerusform>
            <numerusform>Första %1 med %Ln prenumeranter</numerusform>
        </translation>
    </message>
    <message>
        <source>month</source>
        <translation>månad</translation>
    </message>
    <message>
        <source>year</source>
        <translation>år</translation>
    </message>
    <message numerus="yes">
        <source>%Ln subscriber(s) for the rest of the cycle</source>
        <translation>
            <numerusform>%Ln prenumerant för resten av faktureringscykeln</numerusform>
            <numerusform>%Ln prenumeranter för resten av faktureringscykeln</numerusform>
        </translation>
    </message>
    <message>
        <source>Charged today</source>
        <translation>Debiteras i dag</translation>
    </message>
    <message>
        <source>Full price from %1</source>
        <translation>Fullt pris från och med %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Campaigns renews every %1 until you cancel it.</source>
        <translation>Kampanjer förnyas varje %1 tills du avbryter tillägget.</translation>
    </message>
    <message>
        <source>The new limit applies at once. Pending contacts become subscribed, oldest first, as far as the new limit holds.</source>
        <translation>Den nya gränsen gäller omedelbart. Kontakter med väntande uppgradering blir prenumererade, de äldsta först, så långt den nya gränsen räcker.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Confirm purchase</source>
        <translation>Bekräfta köp</translation>
    </message>
    <message>
        <source>Confirm purchase, %1 charged today</source>
        <translation>Bekräfta köp, %1 debiteras i dag</translation>
    </message>
    <message>
        <source>Plan for %1</source>
        <translation>Plan för %1</translation>
    </message>
    <message>
        <source>User seats</source>
        <translation>Användarplatser</translation>
    </message>
    <message>
        <source>Add-on</source>
        <translation>Tillägg</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Credit for the unused part of the current plan price</source>
        <translation>Kredit för den outnyttjade delen av nuvarande planpris</translation>
    </message>
    <message>
        <source>New plan price for the rest of the cycle</source>
        <translation>Nytt planpris för resten av perioden</translation>
    </message>
    <message>
        <source>The change applies at once. The plan renews every %1 at the new price: plan, user seats and add-ons together.</source>
        <translation>Ändringen gäller direkt. Planen förnyas varje %1 till det nya priset: plan, användarplatser och tillägg tillsammans.</translation>
    </message>
</context>
<context>
    <name>Tierline::Scheduler</name>
    <message>
        <source>The catalog has no Campaigns price for account %1.</source>
        <translation>Katalogen har inget pris för Kampanjer för kontot %1.</translation>
    </message>
    <message>
        <source>Billing has already been applied through %2, so nothing can be changed as of %1, an earlier day.</source>
        <translation>Faktureringen har redan tillämpats till och med %2, så inga ändringar kan göras med datum %1, som ligger tidigare.</translation>
    </message>
    <message>
        <source>The catalog cannot price the plan of account %1: %2</source>
        <translation>Prislistan kan inte prissätta planen för konto %1: %2</translation>
    </message>
</context>
<context>
    <name>Tierline::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Systemets språk (%1)</translation>
    </message>
    <message>
        <source>The new language applies at once, to amounts and dates too, and is remembered for the next start.</source>
        <translation>Det nya språket gäller direkt, även för belopp och datum, och sparas till nästa start.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Prenumerationer</translation>
    </message>
    <message>
        <source>Use &amp;subscriptions: MRR, subscription widgets and fields</source>
        <translation>Använd &amp;prenumerationer: MRR, prenumerationswidgetar och fält</translation>
    </message>
    <message>
        <source>For everyone on this database. Switched off, subscription widgets and fields are hidden and smart lists no longer offer them; columns already in smart lists stay and no data is removed. Switched on again, everything shows as before.</source>
        <translation>För alla i den här databasen. Avstängt döljs prenumerationswidgetar och fält, och smarta listor erbjuder dem inte längre; kolumner som redan finns i smarta listor finns kvar och inga data tas bort. Påslaget igen visas allt som förut.</translation>
    </message>
</context>
<context>
    <name>Tierline::SmartListFields</name>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ägare</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Campaigns status</source>
        <translation>Kampanjer-status</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <source>Trial end</source>
        <translation>Provperiodens slut</translation>
    </message>
    <message>
        <source>Current MRR</source>
        <translation>Aktuell MRR</translation>
    </message>
    <message>
        <source>Subscription end</source>
        <translation>Prenumerationens slut</translation>
    </message>
    <message>
        <source>Upcoming MRR</source>
        <translation>Kommande MRR</translation>
    </message>
    <message>
        <source>Upcoming start</source>
        <translation>Kommande start</translation>
    </message>
    <message>
        <source>Marketing contacts</source>
        <translation>Marknadsföringskontakter</translation>
    </message>
    <message>
        <source>Usage %</source>
        <translation>Användning %</translation>
    </message>
</context>
<context>
    <name>Tierline::SmartListStore</name>
    <message>
        <source>All accounts</source>
        <translation>Alla konton</translation>
    </message>
    <message>
        <source>Subscriptions ending soon</source>
        <translation>Prenumerationer som snart upphör</translation>
    </message>
    <message>
        <source>There is no smart list %1.</source>
        <translation>Det finns ingen smart lista %1.</translation>
    </message>
    <message>
        <source>There is no smart list called “%1”. “tierline-cli smart-lists” lists them.</source>
        <translation>Det finns ingen smart lista som heter ”%1”. ”tierline-cli smart-lists” visar dem.</translation>
    </message>
    <message>
        <source>Give the smart list a name.</source>
        <translation>Ge den smarta listan ett namn.</translation>
    </message>
    <message>
        <source>“%1” is the name of a built-in smart list; choose another.</source>
        <translation>”%1” är namnet på en inbyggd smart lista; välj ett annat.</translation>
    </message>
    <message>
        <source>A smart list called “%1” exists already; choose another name.</source>
        <translation>Det finns redan en smart lista som heter ”%1”; välj ett annat namn.</translation>
    </message>
    <message>
        <source>A built-in smart list cannot be changed; save it under a new name instead.</source>
        <translation>En inbyggd smart lista kan inte ändras; spara den under ett nytt namn i stället.</translation>
    </message>
    <message>
        <source>The smart list was deleted meanwhile; save it anew.</source>
        <translation>Den smarta listan togs bort under tiden; spara den på nytt.</translation>
    </message>
    <message>
        <source>A built-in smart list cannot be renamed.</source>
        <translation>En inbyggd smart lista kan inte byta namn.</translation>
    </message>
    <message>
        <source>A built-in smart list cannot be deleted.</source>
        <translation>En inbyggd smart lista kan inte tas bort.</translation>
    </message>
</context>
<context>
    <name>Tierline::SmartListsPage</name>
    <message>
        <source>Any</source>
        <translation>Alla</translation>
    </message>
    <message>
        <source>Within the next</source>
        <translation>Inom de närmaste</translation>
    </message>
    <message>
        <source>Between</source>
        <translation>Mellan</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagar</translation>
    </message>
    <message>
        <source>New smart list</source>
        <translation>Ny smart lista</translation>
    </message>
    <message>
        <source>Smart lists</source>
        <translation>Smarta listor</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Ny</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>Save &amp;as new</source>
        <translation>Spara som n&amp;y</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Byt namn</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Name contains:</source>
        <translation>Namnet innehåller:</translation>
    </message>
    <message>
        <source>Part of the account name</source>
        <translation>En del av kontots namn</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>Ä&amp;gare:</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>&amp;Plan:</translation>
    </message>
    <message>
        <source>Campaigns &amp;status:</source>
        <translation>Kampanjer-&amp;status:</translation>
    </message>
    <message>
        <source>Current MRR:</source>
        <translation>Aktuell MRR:</translation>
    </message>
    <message>
        <source>Upcoming MRR:</source>
        <translation>Kommande MRR:</translation>
    </message>
    <message>
        <source>from</source>
        <translation>från</translation>
    </message>
    <message>
        <source>to</source>
        <translation>till</translation>
    </message>
    <message>
        <source>In each account's own currency, e.g. 100.50</source>
        <translation>I varje kontos egen valuta, t.ex. 100.50</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Användning:</translation>
    </message>
    <message>
        <source>any</source>
        <translation>alla</translation>
    </message>
    <message>
        <source>Subscription end:</source>
        <translation>Prenumerationens slut:</translation>
    </message>
    <message>
        <source>Trial end:</source>
        <translation>Provperiodens slut:</translation>
    </message>
    <message>
        <source>Any plan</source>
        <translation>Alla planer</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Alla statusar</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Kolumner</translation>
    </message>
    <message>
        <source>Choose the columns of the list</source>
        <translation>Välj listans kolumner</translation>
    </message>
    <message>
        <source>Separator:</source>
        <translation>Avgränsare:</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Komma (,)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Semikolon (;)</translation>
    </message>
    <message>
        <source>BOM for Excel</source>
        <translation>BOM för Excel</translation>
    </message>
    <message>
        <source>Starts the file with a byte order mark, so that Excel reads it as UTF-8</source>
        <translation>Börjar filen med en byte order mark, så att Excel läser den som UTF-8</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportera CSV…</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>Alla ägare</translation>
    </message>
    <message>
        <source>Built in: cannot be renamed or deleted</source>
        <translation>Inbyggd: kan inte byta namn eller tas bort</translation>
    </message>
    <message numerus="yes">
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln konto</numerusform>
            <numerusform>%Ln konton</numerusform>
        </translation>
    </message>
    <message>
        <source>A built-in list is saved as a new list under this name.</source>
        <translation>En inbyggd lista sparas som en ny lista under det här namnet.</translation>
    </message>
    <message>
        <source>Delete smart list</source>
        <translation>Ta bort smart lista</translation>
    </message>
    <message>
        <source>Delete the smart list “%1”? The accounts in it are not touched.</source>
        <translation>Ta bort den smarta listan ”%1”? Kontona i den påverkas inte.</translation>
    </message>
    <message>
        <source>Export smart list as CSV</source>
        <translation>Exportera smart lista som CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>Exporting “%1”…</source>
        <translation>Exporterar ”%1”…</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exporten avbröts; ingen fil skrevs.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln account(s) exported to %1.</source>
        <translation>
            <numerusform>%Ln konto exporterat till %1.</numerusform>
            <numerusform>%Ln konton exporterade till %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tierline::SubscriptionImport</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan inte läsa %1: %2</translation>
    </message>
    <message>
        <source>%1 is a %2 and cannot import subscription deals.</source>
        <translation>%1 är %2 och kan inte importera prenumerationsavtal.</translation>
    </message>
    <message>
        <source>The file is empty: it needs a header line with account, owner, currency, amount, interval, start, end.</source>
        <translation>Filen är tom: den behöver en rubrikrad med account, owner, currency, amount, interval, start, end.</translation>
    </message>
    <message>
        <source>The header names the column “%1” twice.</source>
        <translation>Rubrikraden namnger kolumnen ”%1” två gånger.</translation>
    </message>
    <message>
        <source>The file has no “%1” column. The header line must name the columns: account, owner, currency, amount, interval, start, end.</source>
        <translation>Filen har ingen kolumn ”%1”. Rubrikraden måste nämna kolumnerna: account, owner, currency, amount, interval, start, end.</translation>
    </message>
    <message>
        <source>row %1, column %2: %3</source>
        <translation>rad %1, kolumn %2: %3</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>rad %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s), but the header has %1</source>
        <translation>
            <numerusform>%n fält, men rubrikraden har %1</numerusform>
            <numerusform>%n fält, men rubrikraden har %1</numerusform>
        </translation>
    </message>
    <message>
        <source>an account name is required</source>
        <translation>ett kontonamn krävs</translation>
    </message>
    <message>
        <source>“%1” is not a currency Tierline knows (%2)</source>
        <translation>”%1” är ingen valuta som Tierline känner till (%2)</translation>
    </message>
    <message>
        <source>several accounts are called “%1”; rename them first</source>
        <translation>flera konton heter ”%1”; byt namn på dem först</translation>
    </message>
    <message>
        <source>%1 is billed in %2, not %3</source>
        <translation>%1 faktureras i %2, inte %3</translation>
    </message>
    <message>
        <source>“%1” is not an amount above zero, such as 1234.50</source>
        <translation>”%1” är inget belopp över noll, till exempel 1234.50</translation>
    </message>
    <message>
        <source>“%1” is not monthly, quarterly or annual</source>
        <translation>”%1” är varken monthly, quarterly eller annual</translation>
    </message>
    <message>
        <source>“%1” is not a date as YYYY-MM-DD</source>
        <translation>”%1” är inget datum som ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>the deal ends on %1, before it starts</source>
        <translation>avtalet slutar %1, innan det börjar</translation>
    </message>
    <message numerus="yes">
        <source>The file has %n problem(s), so nothing was imported:</source>
        <translation>
            <numerusform>Filen har %n problem, så inget importerades:</numerusform>
            <numerusform>Filen har %n problem, så inget importerades:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… och %n till.</numerusform>
            <numerusform>… och %n till.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has a header but no deals.</source>
        <translation>Filen har en rubrikrad men inga avtal.</translation>
    </message>
</context>
<context>
    <name>Tierline::SubscriptionService</name>
    <message>
        <source>%1 is a %2 and cannot enter subscription deals; ask the account's owner or a sales rep.</source>
        <translation>%1 är %2 och kan inte lägga in prenumerationsavtal; be kontoägaren eller en säljare.</translation>
    </message>
    <message>
        <source>There is no subscription period %1.</source>
        <translation>Det finns ingen prenumerationsperiod %1.</translation>
    </message>
    <message>
        <source>A deal needs an amount above zero.</source>
        <translation>Ett avtal behöver ett belopp över noll.</translation>
    </message>
    <message>
        <source>A deal needs a start date.</source>
        <translation>Ett avtal behöver ett startdatum.</translation>
    </message>
    <message>
        <source>The deal ends on %1, before it starts on %2.</source>
        <translation>Avtalet slutar %1, innan det börjar %2.</translation>
    </message>
    <message>
        <source>Billing writes this period itself; change the plan or the Campaigns tier instead, or add a deal.</source>
        <translation>Faktureringen skriver den här perioden själv; ändra i stället planen eller prenumerantnivån för Kampanjer, eller lägg till ett avtal.</translation>
    </message>
    <message>
        <source>Someone else changed this deal since you opened it. Look at it again and repeat your change.</source>
        <translation>Någon annan har ändrat avtalet sedan du öppnade det. Titta på det igen och gör om ändringen.</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>månadsvis</translation>
    </message>
    <message>
        <source>quarterly</source>
        <translation>kvartalsvis</translation>
    </message>
    <message>
        <source>annual</source>
        <translation>årsvis</translation>
    </message>
</context>
<context>
    <name>Tierline::SubscriptionWidget</name>
    <message>
        <source>Monthly rate</source>
        <translation>Månadsavgift</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Slutar</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Kommande</translation>
    </message>
    <message>
        <source>MRR history</source>
        <translation>MRR-historik</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Föregående månad</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Nästa månad</translation>
    </message>
    <message>
        <source>Add deal…</source>
        <translation>Lägg till avtal…</translation>
    </message>
    <message>
        <source>Edit deal…</source>
        <translation>Redigera avtal…</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>%1 a month</source>
        <translation>%1 i månaden</translation>
    </message>
    <message>
        <source>No subscription now</source>
        <translation>Ingen prenumeration nu</translation>
    </message>
    <message>
        <source>No end date</source>
        <translation>Inget slutdatum</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 till %2</translation>
    </message>
    <message>
        <source>from %1, no end date</source>
        <translation>från %1, inget slutdatum</translation>
    </message>
    <message>
        <source>%1 a month, %2</source>
        <translation>%1 i månaden, %2</translation>
    </message>
    <message>
        <source>Ends; nothing from %1</source>
        <translation>Slutar; inget från %1</translation>
    </message>
    <message>
        <source>Increase</source>
        <translation>Höjning</translation>
    </message>
    <message>
        <source>Decrease</source>
        <translation>Sänkning</translation>
    </message>
    <message>
        <source>No change ahead</source>
        <translation>Ingen ändring framöver</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Fakturering</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Avtal</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>open</source>
        <translation>öppen</translation>
    </message>
    <message>
        <source>%1 cannot enter deals.</source>
        <translation>%1 kan inte lägga in avtal.</translation>
    </message>
    <message>
        <source>Billing writes this period; change the plan instead.</source>
        <translation>Faktureringen skriver den här perioden; ändra planen i stället.</translation>
    </message>
</context>
<context>
    <name>Tierline::TierChangePlanner</name>
    <message>
        <source>The catalog has no prices in %1.</source>
        <translation>Katalogen har inga priser i %1.</translation>
    </message>
    <message>
        <source>The billing cycle must end after it starts.</source>
        <translation>Faktureringscykeln måste sluta efter att den har börjat.</translation>
    </message>
    <message>
        <source>The change date %1 is outside the billing cycle %2 to %3.</source>
        <translation>Ändringsdatumet %1 ligger utanför faktureringscykeln %2 till %3.</translation>
    </message>
    <message>
        <source>The subscribed count cannot be negative.</source>
        <translation>Antalet prenumererade kontakter kan inte vara negativt.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln subscribed contact(s) need a tier of at least %1 subscribers. Archive contacts to go lower.</source>
        <translation>
            <numerusform>%Ln prenumererad kontakt kräver en nivå på minst %1 prenumeranter. Arkivera kontakter för att kunna välja en lägre nivå.</numerusform>
            <numerusform>%Ln prenumererade kontakter kräver en nivå på minst %1 prenumeranter. Arkivera kontakter för att kunna välja en lägre nivå.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tierline::TierlineApplication</name>
    <message>
        <source>tierline: %1</source>
        <translation>tierline: %1</translation>
    </message>
    <message>
        <source>Tierline cannot start</source>
        <translation>Tierline kan inte starta</translation>
    </message>
    <message>
        <source>Billing for the Campaigns add-on.</source>
        <translation>Fakturering för tillägget Kampanjer.</translation>
    </message>
    <message>
        <source>The billing day, as YYYY-MM-DD.</source>
        <translation>Faktureringsdagen, i formatet YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>A price catalog to use instead of the built-in one.</source>
        <translation>En priskatalog som används i stället för den inbyggda.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FIL</translation>
    </message>
    <message>
        <source>The language: en, sv, id or it.</source>
        <translation>Språket: en, sv, id eller it.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>KOD</translation>
    </message>
    <message>
        <source>The staff login that acts.</source>
        <translation>Användarnamnet för den medarbetare som agerar.</translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation>ANVÄNDARNAMN</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Oväntat argument ”%1”.</translation>
    </message>
    <message>
        <source>--today needs a date as YYYY-MM-DD, not “%1”.</source>
        <translation>--today kräver ett datum i formatet YYYY-MM-DD, inte ”%1”.</translation>
    </message>
    <message>
        <source>Welcome to Tierline</source>
        <translation>Välkommen till Tierline</translation>
    </message>
    <message>
        <source>This database is empty. Fill it with a demo workspace: staff in every role and accounts with a year of billing behind them, so that every page has something to show?</source>
        <translation>Databasen är tom. Vill du fylla den med en demoarbetsyta – personal i alla roller och konton med ett års fakturering bakom sig – så att varje sida har något att visa?</translation>
    </message>
    <message>
        <source>Creating the demo workspace…</source>
        <translation>Skapar demoarbetsytan…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Demo workspace</source>
        <translation>Demoarbetsyta</translation>
    </message>
    <message>
        <source>No demo workspace</source>
        <translation>Ingen demoarbetsyta</translation>
    </message>
    <message>
        <source>The demo workspace could not be created: %1</source>
        <translation>Det gick inte att skapa demoarbetsytan: %1</translation>
    </message>
    <message>
        <source>The database: an SQLite file, or postgresql://user@host:port/database (the password comes from ~/.pgpass or PGPASSWORD).</source>
        <translation>Databasen: en SQLite-fil, eller postgresql://användare@värd:port/databas (lösenordet hämtas från ~/.pgpass eller PGPASSWORD).</translation>
    </message>
    <message>
        <source>PATH|URL</source>
        <translation>SÖKVÄG|URL</translation>
    </message>
</context>
<context>
    <name>Tierline::UsageChart</name>
    <message>
        <source>Marketing contacts</source>
        <translation>Marknadsföringskontakter</translation>
    </message>
    <message>
        <source>Tier limit</source>
        <translation>Nivågräns</translation>
    </message>
</context>
<context>
    <name>Tierline::UsagePage</name>
    <message>
        <source>Choose an account to see its usage and limits.</source>
        <translation>Välj ett konto för att se dess användning och gränser.</translation>
    </message>
    <message>
        <source>MARKETING CONTACTS</source>
        <translation>MARKNADSFÖRINGSKONTAKTER</translation>
    </message>
    <message>
        <source>TIER LIMIT</source>
        <translation>NIVÅGRÄNS</translation>
    </message>
    <message>
        <source>USAGE</source>
        <translation>ANVÄNDNING</translation>
    </message>
    <message>
        <source>ALL CONTACTS</source>
        <translation>ALLA KONTAKTER</translation>
    </message>
    <message>
        <source>NEXT UPDATE DATE</source>
        <translation>NÄSTA UPPDATERINGSDATUM</translation>
    </message>
    <message>
        <source>Increase limit</source>
        <translation>Öka gränsen</translation>
    </message>
    <message>
        <source>Marketing contacts per day</source>
        <translation>Marknadsföringskontakter per dag</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Senaste 30 dagarna</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Senaste 90 dagarna</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Senaste 12 månaderna</translation>
    </message>
    <message>
        <source>When marketing contacts reach the limit</source>
        <translation>När marknadsföringskontakterna når gränsen</translation>
    </message>
    <message>
        <source>Usage &amp; limits</source>
        <translation>Användning och gränser</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>The free trial holds up to %1 subscribers.</source>
        <translation>Den kostnadsfria provperioden rymmer upp till %1 prenumeranter.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>A contact set to non-marketing still counts until the next update date.</source>
        <translation>En kontakt som ändras till icke-marknadsföring räknas fram till nästa uppdateringsdatum.</translation>
    </message>
    <message>
        <source>Campaigns is not active on this account, so it has no subscriber limit.</source>
        <translation>Kampanjer är inte aktivt på det här kontot, så det har ingen prenumerantgräns.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln marketing contact(s) wait as Pending upgrade.</source>
        <translation>
            <numerusform>%Ln marknadsföringskontakt väntar som Väntande uppgradering.</numerusform>
            <numerusform>%Ln marknadsföringskontakter väntar som Väntande uppgradering.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln place(s) left before the limit.</source>
        <translation>
            <numerusform>%Ln plats kvar innan gränsen.</numerusform>
            <numerusform>%Ln platser kvar innan gränsen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No staff member is acting, so the policy is read-only.</source>
        <translation>Ingen personal agerar, så policyn är skrivskyddad.</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Skrivskyddad: %1</translation>
    </message>
</context>
<context>
    <name>Tierline::UsageService</name>
    <message>
        <source>There is no notification %1.</source>
        <translation>Det finns ingen avisering %1.</translation>
    </message>
    <message>
        <source>%1 is over its tier: %2 marketing contacts for a limit of %3. New contacts wait as Pending upgrade until the limit is increased.</source>
        <translation>%1 är över sin nivå: %2 marknadsföringskontakter med en gräns på %3. Nya kontakter väntar som Väntande uppgradering tills gränsen ökas.</translation>
    </message>
    <message>
        <source>Usage has not grown over the last 30 days, so no date for reaching the limit is forecast.</source>
        <translation>Användningen har inte ökat de senaste 30 dagarna, så inget datum då gränsen nås kan förutses.</translation>
    </message>
    <message>
        <source>The limit is reached.</source>
        <translation>Gränsen är nådd.</translation>
    </message>
    <message>
        <source>At the growth of the last 30 days, the limit is reached on %1.</source>
        <translation>Med ökningen under de senaste 30 dagarna nås gränsen den %1.</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Vänta</translation>
    </message>
    <message>
        <source>Auto-upgrade</source>
        <translation>Automatisk uppgradering</translation>
    </message>
    <message>
        <source>New marketing contacts beyond the limit wait as Pending upgrade until the limit is increased.</source>
        <translation>Nya marknadsföringskontakter utöver gränsen väntar som Väntande uppgradering tills gränsen ökas.</translation>
    </message>
    <message>
        <source>The tier rises to the next step as soon as new marketing contacts need it; the prorated difference is charged the next day.</source>
        <translation>Nivån höjs till nästa steg så snart nya marknadsföringskontakter behöver det; det proratiserade beloppet debiteras dagen därpå.</translation>
    </message>
    <message>
        <source>%1 has reached %2 % of its tier: %3 of %4 marketing contacts.</source>
        <translation>%1 har nått %2 % av sin nivå: %3 av %4 marknadsföringskontakter.</translation>
    </message>
</context>
<context>
    <name>Tierline::UserStore</name>
    <message>
        <source>There is no user “%1”.</source>
        <translation>Det finns ingen användare ”%1”.</translation>
    </message>
    <message>
        <source>There is no user %1.</source>
        <translation>Det finns ingen användare %1.</translation>
    </message>
</context>
</TS>