<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="it_IT">
<context>
    <name>Tierline::AccountChangeRequestDialog</name>
    <message>
        <source>Request account change</source>
        <translation>Richiedi modifica account</translation>
    </message>
    <message>
        <source>For %1. These changes are made by our staff: tell us what should change and we will get back to you.</source>
        <translation>Per %1. Queste modifiche vengono apportate dal nostro staff: indicaci cosa deve cambiare e ti ricontatteremo.</translation>
    </message>
    <message>
        <source>&amp;What should change?</source>
        <translation>&amp;Cosa deve cambiare?</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Dettagli</translation>
    </message>
    <message>
        <source>For example: move from Pro to Plus at the next renewal.</source>
        <translation>Ad esempio: passare da Pro a Plus al prossimo rinnovo.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Send request</source>
        <translation>Invia richiesta</translation>
    </message>
    <message>
        <source>Your request “%1” for %2 was sent. Our staff will contact you.</source>
        <translation>La tua richiesta “%1” per %2 è stata inviata. Il nostro staff ti contatterà.</translation>
    </message>
</context>
<context>
    <name>Tierline::AccountStore</name>
    <message>
        <source>There is no account %1.</source>
        <translation>L'account %1 non esiste.</translation>
    </message>
</context>
<context>
    <name>Tierline::AccountsModel</name>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Titolare</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Piano</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Fatturazione</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Livello</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Verifica</translation>
    </message>
</context>
<context>
    <name>Tierline::AccountsPage</name>
    <message>
        <source>Accounts</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Search accounts by name</source>
        <translation>Cerca account per nome</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Titolare</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Piano</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Fatturazione</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Next</source>
        <extracomment>Caption of the account's next billing event: a renewal, a downgrade, a trial end.</extracomment>
        <translation>Prossimo evento</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Verifica</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contatti</translation>
    </message>
    <message>
        <source>Billing history</source>
        <translation>Cronologia di fatturazione</translation>
    </message>
    <message numerus="yes">
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln account</numerusform>
            <numerusform>%Ln account</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln account(s)</source>
        <translation>
            <numerusform>%1 di %Ln account</numerusform>
            <numerusform>%1 di %Ln account</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no accounts yet.</source>
        <translation>Non ci sono ancora account.</translation>
    </message>
    <message>
        <source>Select an account to see its billing.</source>
        <translation>Seleziona un account per visualizzarne la fatturazione.</translation>
    </message>
    <message>
        <source>Customer since %1</source>
        <translation>Cliente dal %1</translation>
    </message>
    <message numerus="yes">
        <source>The trial runs until %1, with up to %Ln subscriber(s).</source>
        <translation>
            <numerusform>Il periodo di prova dura fino al %1, con un massimo di %Ln abbonato.</numerusform>
            <numerusform>Il periodo di prova dura fino al %1, con un massimo di %Ln abbonati.</numerusform>
        </translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Nessun titolare</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %Ln seat(s)</source>
        <translation>
            <numerusform>%1 · %2 · %Ln postazione utente</numerusform>
            <numerusform>%1 · %2 · %Ln postazioni utente</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <extracomment>Billing interval in currency: "Monthly in USD".</extracomment>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>%1 subscribed · %2 pending upgrade</source>
        <translation>Iscritti: %1 · In attesa di upgrade: %2</translation>
    </message>
    <message>
        <source>%1 unsubscribed · %2 archived</source>
        <translation>Disiscritti: %1 · Archiviati: %2</translation>
    </message>
    <message>
        <source>%1 in all · %2 not marketing</source>
        <translation>Totale: %1 · Non di marketing: %2</translation>
    </message>
    <message>
        <source>Nothing billed yet.</source>
        <translation>Ancora nessun addebito.</translation>
    </message>
    <message>
        <source>Balance: %1</source>
        <translation>Saldo: %1</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abbonamento</translation>
    </message>
</context>
<context>
    <name>Tierline::BillingPage</name>
    <message>
        <source>Select an account on the Accounts page to see its billing.</source>
        <translation>Seleziona un account nella pagina Account per visualizzarne la fatturazione.</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Fatturazione</translation>
    </message>
    <message numerus="yes">
        <source>Try Campaigns free for %Ln day(s)</source>
        <translation>
            <numerusform>Prova Campagne gratis per %Ln giorno</numerusform>
            <numerusform>Prova Campagne gratis per %Ln giorni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send campaigns to up to %Ln subscriber(s) during the trial. Nothing is charged.</source>
        <translation>
            <numerusform>Invia campagne fino a %Ln abbonato durante il periodo di prova. Non viene addebitato nulla.</numerusform>
            <numerusform>Invia campagne fino a %Ln abbonati durante il periodo di prova. Non viene addebitato nulla.</numerusform>
        </translation>
    </message>
    <message>
        <source>Try for free</source>
        <translation>Prova gratis</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Revoca annullamento</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>TIER</source>
        <translation>LIVELLO</translation>
    </message>
    <message>
        <source>SUBSCRIBED</source>
        <translation>ISCRITTI</translation>
    </message>
    <message>
        <source>PENDING UPGRADE</source>
        <translation>IN ATTESA DI UPGRADE</translation>
    </message>
    <message>
        <source>Change number</source>
        <translation>Modifica limite</translation>
    </message>
    <message>
        <source>Increase limit</source>
        <translation>Aumenta limite</translation>
    </message>
    <message>
        <source>Buy Campaigns</source>
        <translation>Acquista Campagne</translation>
    </message>
    <message>
        <source>Cancel Campaigns</source>
        <translation>Annulla Campagne</translation>
    </message>
    <message>
        <source>Account review:</source>
        <translation>Verifica dell'account:</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approva</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Respingi</translation>
    </message>
    <message>
        <source>Billing history</source>
        <translation>Cronologia di fatturazione</translation>
    </message>
    <message>
        <source>Save receipt as PDF…</source>
        <translation>Salva ricevuta come PDF…</translation>
    </message>
    <message>
        <source>Need another change?</source>
        <translation>Ti serve un'altra modifica?</translation>
    </message>
    <message>
        <source>Plan downgrades, add-on removals, unbundling and product changes are made by our staff.</source>
        <translation>Downgrade del piano, rimozione di componenti aggiuntivi, disaggregazione e cambi di prodotto vengono gestiti dal nostro staff.</translation>
    </message>
    <message>
        <source>Contact us</source>
        <translation>Contattaci</translation>
    </message>
    <message>
        <source>Request account change…</source>
        <translation>Richiedi modifica account…</translation>
    </message>
    <message>
        <source>%1 · %2 plan · %3 in %4</source>
        <translation>%1 · piano %2 · %3 in %4</translation>
    </message>
    <message numerus="yes">
        <source>Your free trial runs until %1, with up to %Ln subscriber(s).</source>
        <translation>
            <numerusform>Il tuo periodo di prova gratuito dura fino al %1, con un massimo di %Ln abbonato.</numerusform>
            <numerusform>Il tuo periodo di prova gratuito dura fino al %1, con un massimo di %Ln abbonati.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Free during the trial</source>
        <translation>Gratis durante il periodo di prova</translation>
    </message>
    <message>
        <source>Nothing billed yet.</source>
        <translation>Ancora nessun addebito.</translation>
    </message>
    <message>
        <source>Balance: %1</source>
        <translation>Saldo: %1</translation>
    </message>
    <message>
        <source>No staff member is acting, so billing is read-only.</source>
        <translation>Nessun membro dello staff sta operando, quindi la fatturazione è di sola lettura.</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Sola lettura: %1</translation>
    </message>
    <message>
        <source>Expedite review</source>
        <translation>Accelera la verifica</translation>
    </message>
    <message>
        <source>Request review</source>
        <translation>Richiedi la verifica</translation>
    </message>
    <message>
        <source>Cancel Campaigns for %1? It stays usable until %2; contacts and history are kept.</source>
        <translation>Annullare Campagne per %1? Resta utilizzabile fino al %2; contatti e cronologia vengono conservati.</translation>
    </message>
    <message>
        <source>Campaigns cancelled</source>
        <translation>Campagne annullato</translation>
    </message>
    <message>
        <source>Receipt %1 %2.pdf</source>
        <translation>Ricevuta %1 %2.pdf</translation>
    </message>
    <message>
        <source>Save receipt as PDF</source>
        <translation>Salva ricevuta come PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>File PDF (*.pdf)</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>Numero ricevuta</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Livello</translation>
    </message>
    <message numerus="yes">
        <source>%Ln subscriber(s)</source>
        <translation>
            <numerusform>%Ln abbonato</numerusform>
            <numerusform>%Ln abbonati</numerusform>
        </translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Ricevuta</translation>
    </message>
    <message>
        <source>Tierline · Campaigns</source>
        <translation>Tierline · Campagne</translation>
    </message>
    <message>
        <source>Credited:</source>
        <translation>Accreditato:</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Importo:</translation>
    </message>
    <message>
        <source>Thank you for using Campaigns.</source>
        <translation>Grazie per aver utilizzato Campagne.</translation>
    </message>
    <message>
        <source>The receipt could not be saved to %1: %2</source>
        <translation>Impossibile salvare la ricevuta in %1: %2</translation>
    </message>
</context>
<context>
    <name>Tierline::BillingService</name>
    <message>
        <source>Campaigns is not active on %1.</source>
        <translation>Campagne non è attivo per %1.</translation>
    </message>
    <message>
        <source>Campaigns is cancelled from %1. Resume it to make changes.</source>
        <translation>Campagne è annullato a partire dal %1. Revoca l'annullamento per apportare modifiche.</translation>
    </message>
    <message>
        <source>%1 already took the free trial on %2.</source>
        <translation>%1 ha già usufruito del periodo di prova gratuito il %2.</translation>
    </message>
    <message>
        <source>Campaigns is already on for %1.</source>
        <translation>Campagne è già attivo per %1.</translation>
    </message>
    <message>
        <source>No cancellation is scheduled for %1.</source>
        <translation>Non è pianificato alcun annullamento per %1.</translation>
    </message>
    <message>
        <source>Buying Campaigns needs an approved account review. Request one first.</source>
        <translation>Per acquistare Campagne è necessaria una verifica dell'account approvata. Richiedi prima la verifica.</translation>
    </message>
    <message>
        <source>The account has more subscribed contacts than %1 subscribers; choose at least %2.</source>
        <translation>L'account ha più contatti iscritti dei %1 abbonati del livello scelto; scegli almeno %2.</translation>
    </message>
    <message>
        <source>The review of %1 is already expedited.</source>
        <translation>La verifica di %1 è già stata accelerata.</translation>
    </message>
    <message>
        <source>The account review of %1 is already approved.</source>
        <translation>La verifica dell'account di %1 è già stata approvata.</translation>
    </message>
    <message>
        <source>%1 has no pending account review.</source>
        <translation>%1 non ha alcuna verifica dell'account in attesa.</translation>
    </message>
    <message>
        <source>The amounts changed since you reviewed them: %1 would be charged today instead of %2. Review the change again.</source>
        <translation>Gli importi sono cambiati da quando li hai rivisti: oggi verrebbe addebitato %1 invece di %2. Rivedi di nuovo la modifica.</translation>
    </message>
    <message>
        <source>The price catalog has no Campaigns prices in %1, the currency of %2.</source>
        <translation>Il catalogo prezzi non ha prezzi di Campagne in %1, la valuta di %2.</translation>
    </message>
    <message>
        <source>The price catalog has no Campaigns prices in %1, which %2 and perhaps other accounts are billed in. Use a catalog with %1 prices.</source>
        <translation>Il catalogo prezzi non ha prezzi di Campagne in %1, la valuta in cui sono fatturati %2 e forse altri account. Usa un catalogo con prezzi in %1.</translation>
    </message>
    <message>
        <source>%1 was changed by someone else after you opened it. Reload it and try again.</source>
        <translation>%1 è stato modificato da qualcun altro dopo che l'hai aperto. Ricaricalo e riprova.</translation>
    </message>
</context>
<context>
    <name>Tierline::BillingText</name>
    <message>
        <source>Not taken</source>
        <translation>Non attivato</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>In prova</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Attivo</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Interrotto</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annullato</translation>
    </message>
    <message>
        <source>Not requested</source>
        <translation>Non richiesta</translation>
    </message>
    <message>
        <source>Pending (expedited)</source>
        <translation>In attesa (accelerata)</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>In attesa</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approvata</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Respinta</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensile</translation>
    </message>
    <message>
        <source>Annual</source>
        <translation>Annuale</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Sales</translation>
    </message>
    <message>
        <source>Marketing + Sales</source>
        <translation>Marketing + Sales</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Cancelled: the trial stops on %1</source>
        <translation>Annullato: il periodo di prova termina il %1</translation>
    </message>
    <message>
        <source>Stops on %1 unless the account review is approved</source>
        <translation>Si interrompe il %1, a meno che la verifica dell'account non venga approvata</translation>
    </message>
    <message numerus="yes">
        <source>Continues at %Ln subscriber(s) on %1</source>
        <translation>
            <numerusform>Dal %1 prosegue con %Ln abbonato</numerusform>
            <numerusform>Dal %1 prosegue con %Ln abbonati</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancels on %1; usable until then</source>
        <translation>Annullamento dal %1; utilizzabile fino ad allora</translation>
    </message>
    <message numerus="yes">
        <source>Downgrade to %Ln subscriber(s) on %1</source>
        <translation>
            <numerusform>Downgrade a %Ln abbonato il %1</numerusform>
            <numerusform>Downgrade a %Ln abbonati il %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Renews on %1 at %2</source>
        <translation>Rinnovo il %1 al prezzo di %2</translation>
    </message>
    <message>
        <source>Renews on %1</source>
        <translation>Rinnovo il %1</translation>
    </message>
    <message numerus="yes">
        <source>Free trial · up to %Ln subscriber(s)</source>
        <translation>
            <numerusform>Periodo di prova gratuito · fino a %Ln abbonato</numerusform>
            <numerusform>Periodo di prova gratuito · fino a %Ln abbonati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Active · %Ln subscriber(s)</source>
        <translation>
            <numerusform>Attivo · %Ln abbonato</numerusform>
            <numerusform>Attivo · %Ln abbonati</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped after the trial; contacts and history are kept</source>
        <translation>Interrotto dopo il periodo di prova; contatti e cronologia vengono conservati</translation>
    </message>
    <message>
        <source>Cancelled; contacts and history are kept</source>
        <translation>Annullato; contatti e cronologia vengono conservati</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) left in your trial</source>
        <translation>
            <numerusform>%Ln giorno rimasto nel periodo di prova</numerusform>
            <numerusform>%Ln giorni rimasti nel periodo di prova</numerusform>
        </translation>
    </message>
    <message>
        <source>Campaigns is cancelled from %1. You can use it until then.</source>
        <translation>Campagne è annullato a partire dal %1. Fino ad allora puoi utilizzarlo.</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>al mese</translation>
    </message>
    <message>
        <source>per year</source>
        <translation>all'anno</translation>
    </message>
    <message>
        <source>%1 per 1,000 subscribers</source>
        <translation>%1 ogni 1.000 abbonati</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln day(s) left in this cycle</source>
        <translation>
            <numerusform>Giorni rimasti in questo ciclo: %1 su %Ln</numerusform>
            <numerusform>Giorni rimasti in questo ciclo: %1 su %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Free during the trial</source>
        <translation>Gratis durante il periodo di prova</translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation>Upgrade</translation>
    </message>
    <message>
        <source>Downgrade</source>
        <translation>Downgrade</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Nessuna modifica</translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation>Non possibile</translation>
    </message>
    <message>
        <source>Email marketing</source>
        <translation>Email marketing</translation>
    </message>
    <message>
        <source>Sign-up forms</source>
        <translation>Moduli di iscrizione</translation>
    </message>
    <message>
        <source>Basic reporting</source>
        <translation>Report di base</translation>
    </message>
    <message>
        <source>Marketing automation</source>
        <translation>Automazione del marketing</translation>
    </message>
    <message>
        <source>Landing pages</source>
        <translation>Landing page</translation>
    </message>
    <message>
        <source>A/B testing</source>
        <translation>Test A/B</translation>
    </message>
    <message>
        <source>Custom reporting</source>
        <translation>Report personalizzati</translation>
    </message>
    <message>
        <source>Predictive sending</source>
        <translation>Invio predittivo</translation>
    </message>
    <message>
        <source>Salesforce integration</source>
        <translation>Integrazione con Salesforce</translation>
    </message>
    <message>
        <source>Single sign-on</source>
        <translation>Single sign-on (SSO)</translation>
    </message>
    <message>
        <source>Custom user roles</source>
        <translation>Ruoli utente personalizzati</translation>
    </message>
    <message>
        <source>Dedicated support</source>
        <translation>Assistenza dedicata</translation>
    </message>
    <message numerus="yes">
        <source>%Ln user seat(s)</source>
        <translation>
            <numerusform>%Ln postazione utente</numerusform>
            <numerusform>%Ln postazioni utente</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 plan</source>
        <extracomment>A plan by its name: "Pro plan".</extracomment>
        <translation>Piano %1</translation>
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
        <translation>riga %1, colonna %2</translation>
    </message>
    <message>
        <source>%1: at %2: %3</source>
        <extracomment>%1 file name, %2 place in the file (a JSON path or a line and column), %3 problem</extracomment>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>the text "%1"</source>
        <extracomment>Describes a JSON string value found where something else was expected</extracomment>
        <translation>il testo “%1”</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un oggetto</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>un elenco</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nulla</translation>
    </message>
    <message>
        <source>value is missing</source>
        <translation>valore mancante</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>previsto un oggetto, trovato %1</translation>
    </message>
    <message>
        <source>expected a list, found %1</source>
        <translation>previsto un elenco, trovato %1</translation>
    </message>
    <message>
        <source>expected text, found %1</source>
        <translation>previsto un testo, trovato %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>non deve essere vuoto</translation>
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation>previsto un numero intero, trovato %1</translation>
    </message>
    <message>
        <source>number %1 is out of range</source>
        <translation>il numero %1 è fuori dall'intervallo consentito</translation>
    </message>
    <message>
        <source>price must not be negative, found %1</source>
        <translation>il prezzo non deve essere negativo, trovato %1</translation>
    </message>
    <message>
        <source>must be positive, found %1</source>
        <translation>deve essere positivo, trovato %1</translation>
    </message>
    <message>
        <source>number %1 is too large</source>
        <translation>il numero %1 è troppo grande</translation>
    </message>
    <message>
        <source>no prices for %1</source>
        <translation>nessun prezzo per %1</translation>
    </message>
    <message>
        <source>currency %1 is not in the catalog's currencies</source>
        <translation>la valuta %1 non è tra le valute del catalogo</translation>
    </message>
    <message>
        <source>unknown billing interval; expected monthly or annual</source>
        <translation>intervallo di fatturazione sconosciuto; previsto monthly o annual</translation>
    </message>
    <message>
        <source>unsupported catalog format %1; this version reads format 1</source>
        <translation>formato del catalogo %1 non supportato; questa versione legge il formato 1</translation>
    </message>
    <message>
        <source>lists no currency</source>
        <translation>nessuna valuta elencata</translation>
    </message>
    <message>
        <source>unknown currency code "%1"</source>
        <translation>codice valuta sconosciuto “%1”</translation>
    </message>
    <message>
        <source>currency %1 is listed twice</source>
        <translation>la valuta %1 è elencata due volte</translation>
    </message>
    <message>
        <source>lists no product</source>
        <translation>nessun prodotto elencato</translation>
    </message>
    <message>
        <source>product "%1" is listed twice</source>
        <translation>il prodotto “%1” è elencato due volte</translation>
    </message>
    <message>
        <source>lists no plan</source>
        <translation>nessun piano elencato</translation>
    </message>
    <message>
        <source>plan id "%1" is used twice</source>
        <translation>l'id di piano “%1” è usato due volte</translation>
    </message>
    <message>
        <source>add-on id "%1" is used twice</source>
        <translation>l'id di componente aggiuntivo “%1” è usato due volte</translation>
    </message>
    <message>
        <source>must not be below minTier (%1)</source>
        <translation>non deve essere inferiore a minTier (%1)</translation>
    </message>
    <message>
        <source>does not divide the range from %1 to %2 into whole steps</source>
        <translation>non divide l'intervallo da %1 a %2 in passi interi</translation>
    </message>
    <message>
        <source>expected %1 prices, one per tier from %2 to %3, found %4</source>
        <translation>previsti %1 prezzi, uno per livello da %2 a %3, trovati %4</translation>
    </message>
    <message>
        <source>total price falls from %1 to %2 %3</source>
        <extracomment>%1 and %2 amounts, %3 currency code</extracomment>
        <translation>il prezzo totale scende da %1 a %2 %3</translation>
    </message>
    <message>
        <source>price per subscriber rises above that of %1 subscribers; this tier may cost at most %2 %3</source>
        <extracomment>%1 subscribers of the tier below, %2 amount, %3 currency code</extracomment>
        <translation>il prezzo per abbonato supera quello del livello da %1 abbonati; questo livello può costare al massimo %2 %3</translation>
    </message>
    <message>
        <source>the top level</source>
        <translation>radice del documento</translation>
    </message>
    <message>
        <source>%1: cannot read the catalog: %2</source>
        <translation>%1: impossibile leggere il catalogo: %2</translation>
    </message>
    <message>
        <source>%1 is not a subscriber tier: tiers go from %2 to %3 in steps of %4.</source>
        <translation>%1 non è un livello di abbonati: i livelli vanno da %2 a %3 con incrementi di %4.</translation>
    </message>
</context>
<context>
    <name>Tierline::ChangePlanDialog</name>
    <message>
        <source>Change plan</source>
        <translation>Cambia piano</translation>
    </message>
    <message>
        <source>Compare the plans for %1 and pick one. Prices are %2 in %3.</source>
        <translation>Confronta i piani per %1 e scegline uno. I prezzi sono %2 in %3.</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prezzo</translation>
    </message>
    <message>
        <source>Included users</source>
        <translation>Utenti inclusi</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <extracomment>The plan the account has now, in the comparison's header: "Plus (current)".</extracomment>
        <translation>%1 (attuale)</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>Incluso</translation>
    </message>
    <message>
        <source>Not included</source>
        <translation>Non incluso</translation>
    </message>
    <message>
        <source>Plan comparison</source>
        <translation>Confronto dei piani</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>%1 is the plan the account has now.</source>
        <translation>%1 è il piano attuale dell’account.</translation>
    </message>
    <message>
        <source>Moving to %1 is a plan downgrade: our staff make it on request, at the end of the plan cycle.</source>
        <translation>Passare a %1 è un downgrade del piano: lo esegue il nostro staff su richiesta, alla fine del ciclo del piano.</translation>
    </message>
    <message>
        <source>With %1 the plan costs %2 %3 from the next cycle. You pay the difference for the rest of this cycle today: %4.</source>
        <translation>Con %1 il piano costa %2 %3 dal prossimo ciclo. Oggi paghi la differenza per il resto di questo ciclo: %4.</translation>
    </message>
    <message>
        <source>%1 does not have features the account uses now: %2.</source>
        <translation>%1 non ha funzioni che l’account usa ora: %2.</translation>
    </message>
    <message>
        <source>Request account change…</source>
        <translation>Richiedi modifica account…</translation>
    </message>
    <message>
        <source>Review purchase…</source>
        <translation>Rivedi acquisto…</translation>
    </message>
</context>
<context>
    <name>Tierline::ChangeRequests</name>
    <message>
        <source>Downgrade the plan</source>
        <translation>Esegui il downgrade del piano</translation>
    </message>
    <message>
        <source>Remove an add-on</source>
        <translation>Rimuovi un componente aggiuntivo</translation>
    </message>
    <message>
        <source>Unbundle Marketing and Sales</source>
        <translation>Disaggrega Marketing e Sales</translation>
    </message>
    <message>
        <source>Change the product</source>
        <translation>Cambia il prodotto</translation>
    </message>
    <message>
        <source>Describe the change you need, so that staff can act on it.</source>
        <translation>Descrivi la modifica di cui hai bisogno, così che lo staff possa occuparsene.</translation>
    </message>
    <message>
        <source>The description is too long: at most %1 characters.</source>
        <translation>La descrizione è troppo lunga: massimo %1 caratteri.</translation>
    </message>
    <message>
        <source>There is no account %1.</source>
        <translation>L'account %1 non esiste.</translation>
    </message>
    <message>
        <source>Request %1 does not exist or is already handled.</source>
        <translation>La richiesta %1 non esiste o è già stata gestita.</translation>
    </message>
</context>
<context>
    <name>Tierline::ChangeTierDialog</name>
    <message>
        <source>Buy Campaigns</source>
        <translation>Acquista Campagne</translation>
    </message>
    <message>
        <source>Change number</source>
        <translation>Modifica limite</translation>
    </message>
    <message>
        <source>Choose your subscriber tier</source>
        <translation>Scegli il tuo livello di abbonati</translation>
    </message>
    <message>
        <source>Change the number of subscribers</source>
        <translation>Modifica il numero di abbonati</translation>
    </message>
    <message>
        <source>Campaigns for %1 · %2 in %3</source>
        <translation>Campagne per %1 · %2 in %3</translation>
    </message>
    <message>
        <source>&amp;Subscribers</source>
        <translation>&amp;Abbonati</translation>
    </message>
    <message>
        <source>subscribers</source>
        <translation>abbonati</translation>
    </message>
    <message numerus="yes">
        <source>%Ln subscribed contact(s) today.</source>
        <translation>
            <numerusform>Oggi: %Ln contatto iscritto.</numerusform>
            <numerusform>Oggi: %Ln contatti iscritti.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Chosen for the end of the trial: %Ln subscriber(s).</source>
        <translation>
            <numerusform>Scelto per la fine del periodo di prova: %Ln abbonato.</numerusform>
            <numerusform>Scelto per la fine del periodo di prova: %Ln abbonati.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Current tier: %Ln subscriber(s).</source>
        <translation>
            <numerusform>Livello attuale: %Ln abbonato.</numerusform>
            <numerusform>Livello attuale: %Ln abbonati.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lowest possible: %1 — %Ln contact(s) are subscribed. Archive contacts to go lower.</source>
        <translation>
            <numerusform>Minimo possibile: %1 — %Ln contatto è iscritto. Archivia dei contatti per scendere di livello.</numerusform>
            <numerusform>Minimo possibile: %1 — %Ln contatti sono iscritti. Archivia dei contatti per scendere di livello.</numerusform>
        </translation>
    </message>
    <message>
        <source>Arrow keys move 1,000, Page Up and Page Down 5,000, Home and End to the ends.</source>
        <translation>I tasti freccia spostano di 1.000, Pagina su e Pagina giù di 5.000, Home e Fine agli estremi.</translation>
    </message>
    <message>
        <source>Number of subscribers</source>
        <translation>Numero di abbonati</translation>
    </message>
    <message>
        <source>Cost preview</source>
        <translation>Anteprima dei costi</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Data di decorrenza</translation>
    </message>
    <message>
        <source>Charged today</source>
        <translation>Addebitato oggi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continua</translation>
    </message>
    <message>
        <source>New purchase</source>
        <translation>Nuovo acquisto</translation>
    </message>
    <message>
        <source>Full price from %1</source>
        <translation>Prezzo pieno dal %1</translation>
    </message>
    <message>
        <source>The first %1 is charged in full today.</source>
        <translation>Il primo %1 viene addebitato per intero oggi.</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mese</translation>
    </message>
    <message>
        <source>year</source>
        <translation>anno</translation>
    </message>
    <message numerus="yes">
        <source>Credit for %Ln subscriber(s)</source>
        <translation>
            <numerusform>Accredito per %Ln abbonato</numerusform>
            <numerusform>Accredito per %Ln abbonati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Charge for %Ln subscriber(s)</source>
        <translation>
            <numerusform>Addebito per %Ln abbonato</numerusform>
            <numerusform>Addebito per %Ln abbonati</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is charged during the trial. The chosen tier applies when the trial ends on %1.</source>
        <translation>Durante il periodo di prova non viene addebitato nulla. Il livello scelto si applica al termine del periodo di prova, il %1.</translation>
    </message>
    <message>
        <source>The new limit applies at once; the difference for the rest of this cycle is charged today.</source>
        <translation>Il nuovo limite si applica subito; la differenza per il resto di questo ciclo viene addebitata oggi.</translation>
    </message>
    <message>
        <source>Nothing is charged today. The lower tier starts with the next cycle on %1.</source>
        <translation>Oggi non viene addebitato nulla. Il livello inferiore parte con il prossimo ciclo, il %1.</translation>
    </message>
    <message>
        <source>Keeps the current tier and withdraws the scheduled downgrade.</source>
        <translation>Mantiene il livello attuale e revoca il downgrade pianificato.</translation>
    </message>
    <message>
        <source>This is the current tier.</source>
        <translation>Questo è il livello attuale.</translation>
    </message>
    <message numerus="yes">
        <source>Continue with %Ln subscriber(s) when the trial ends on %1? Nothing is charged now.</source>
        <translation>
            <numerusform>Proseguire con %Ln abbonato al termine del periodo di prova, il %1? Per ora non viene addebitato nulla.</numerusform>
            <numerusform>Proseguire con %Ln abbonati al termine del periodo di prova, il %1? Per ora non viene addebitato nulla.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Downgrade to %Ln subscriber(s) on %1? Until then the current tier stays, and nothing is charged today.</source>
        <translation>
            <numerusform>Eseguire il downgrade a %Ln abbonato il %1? Fino ad allora resta il livello attuale e oggi non viene addebitato nulla.</numerusform>
            <numerusform>Eseguire il downgrade a %Ln abbonati il %1? Fino ad allora resta il livello attuale e oggi non viene addebitato nulla.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep %Ln subscriber(s) and withdraw the scheduled downgrade?</source>
        <translation>
            <numerusform>Mantenere %Ln abbonato e revocare il downgrade pianificato?</numerusform>
            <numerusform>Mantenere %Ln abbonati e revocare il downgrade pianificato?</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the contacts to archive</source>
        <translation>Apri i contatti da archiviare</translation>
    </message>
</context>
<context>
    <name>Tierline::CliApplication</name>
    <message>
        <source>upgrade</source>
        <translation>upgrade</translation>
    </message>
    <message>
        <source>downgrade</source>
        <translation>downgrade</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>invariato</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>rifiutato</translation>
    </message>
    <message>
        <source>price-table --currency C --cycle monthly|annual   Campaigns prices per tier</source>
        <translation>price-table --currency C --cycle monthly|annual   prezzi di Campagne per livello</translation>
    </message>
    <message>
        <source>quote-change --currency C --cycle monthly|annual --from N --to M --cycle-start D --cycle-end D --on D [--subscribed K] [--trial-end D]   price a tier change</source>
        <translation>quote-change --currency C --cycle monthly|annual --from N --to M --cycle-start D --cycle-end D --on D [--subscribed K] [--trial-end D]   calcola il prezzo di un cambio di livello</translation>
    </message>
    <message>
        <source>demo [--accounts N] [--seed S]   fill an empty database with a demo workspace</source>
        <translation>demo [--accounts N] [--seed S]   riempie un database vuoto con un'area di lavoro demo</translation>
    </message>
    <message>
        <source>accounts   list accounts</source>
        <translation>accounts   elenca gli account</translation>
    </message>
    <message>
        <source>account ID   one account's billing</source>
        <translation>account ID   la fatturazione di un account</translation>
    </message>
    <message>
        <source>ledger ID   charges and credits of an account</source>
        <translation>ledger ID   addebiti e accrediti di un account</translation>
    </message>
    <message>
        <source>audit ID   who changed the account's billing, and when</source>
        <translation>audit ID   chi ha modificato la fatturazione dell'account, e quando</translation>
    </message>
    <message>
        <source>users   staff, roles and permissions</source>
        <translation>users   staff, ruoli e autorizzazioni</translation>
    </message>
    <message>
        <source>advance --to D   apply every billing event due by D</source>
        <translation>advance --to D   applica tutti gli eventi di fatturazione previsti entro D</translation>
    </message>
    <message>
        <source>try ID   start the free Campaigns trial</source>
        <translation>try ID   avvia il periodo di prova gratuito di Campagne</translation>
    </message>
    <message>
        <source>set-tier ID --tier N   upgrade, schedule a downgrade, or pick the trial's tier</source>
        <translation>set-tier ID --tier N   esegue l'upgrade, pianifica un downgrade o sceglie il livello del periodo di prova</translation>
    </message>
    <message>
        <source>cancel ID   cancel Campaigns at the next cycle start</source>
        <translation>cancel ID   annulla Campagne all'inizio del prossimo ciclo</translation>
    </message>
    <message>
        <source>resume ID   withdraw a scheduled cancellation</source>
        <translation>resume ID   revoca un annullamento pianificato</translation>
    </message>
    <message>
        <source>buy ID --tier N   buy Campaigns (needs an approved review)</source>
        <translation>buy ID --tier N   acquista Campagne (richiede una verifica approvata)</translation>
    </message>
    <message>
        <source>request-review ID   request or expedite the account review</source>
        <translation>request-review ID   richiede o accelera la verifica dell'account</translation>
    </message>
    <message>
        <source>decide-review ID --approve|--reject   decide a pending review</source>
        <translation>decide-review ID --approve|--reject   decide su una verifica in attesa</translation>
    </message>
    <message>
        <source>request-change ID --kind plan_downgrade|addon_removal|unbundle|product_change --details TEXT   ask staff for an account change</source>
        <translation>request-change ID --kind plan_downgrade|addon_removal|unbundle|product_change --details TEXT   chiede allo staff una modifica dell'account</translation>
    </message>
    <message>
        <source>change-requests [--all]   account change requests for staff</source>
        <translation>change-requests [--all]   richieste di modifica dell'account per lo staff</translation>
    </message>
    <message>
        <source>
Exit codes: 0 ok, 1 usage, 2 bad input, 3 refused by a billing rule or a permission.
</source>
        <translation>
Codici di uscita: 0 ok, 1 uso errato, 2 input non valido, 3 rifiutato da una regola di fatturazione o per mancanza di autorizzazioni.
</translation>
    </message>
    <message>
        <source>tierline-cli: %1</source>
        <translation>tierline-cli: %1</translation>
    </message>
    <message>
        <source>Try “tierline-cli --help”.</source>
        <translation>Prova “tierline-cli --help”.</translation>
    </message>
    <message>
        <source>Tierline billing from the command line.</source>
        <translation>Fatturazione Tierline dalla riga di comando.</translation>
    </message>
    <message>
        <source>The billing day.</source>
        <translation>Il giorno di fatturazione.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>Price catalog.</source>
        <translation>Catalogo prezzi.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>JSON output.</source>
        <translation>Output JSON.</translation>
    </message>
    <message>
        <source>Acting user.</source>
        <translation>Utente che esegue le operazioni.</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>USER</translation>
    </message>
    <message>
        <source>Language.</source>
        <translation>Lingua.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Help.</source>
        <translation>Aiuto.</translation>
    </message>
    <message>
        <source>Version.</source>
        <translation>Versione.</translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>Il comando da eseguire.</translation>
    </message>
    <message>
        <source>no command given.</source>
        <translation>nessun comando specificato.</translation>
    </message>
    <message>
        <source>--today needs a date as YYYY-MM-DD, not “%1”.</source>
        <translation>--today richiede una data nel formato YYYY-MM-DD, non “%1”.</translation>
    </message>
    <message>
        <source>unknown command “%1”.</source>
        <translation>comando sconosciuto “%1”.</translation>
    </message>
    <message>
        <source>“%1” is not an account id.</source>
        <translation>“%1” non è un ID account.</translation>
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
        <translation>Ciclo di fatturazione.</translation>
    </message>
    <message>
        <source>CYCLE</source>
        <translation>CYCLE</translation>
    </message>
    <message>
        <source>price-table needs --currency and --cycle.</source>
        <translation>price-table richiede --currency e --cycle.</translation>
    </message>
    <message>
        <source>The catalog has no prices in %1; it has %2.</source>
        <translation>Il catalogo non contiene prezzi in %1; contiene prezzi in %2.</translation>
    </message>
    <message>
        <source>--cycle is monthly or annual, not “%1”.</source>
        <translation>--cycle deve essere monthly o annual, non “%1”.</translation>
    </message>
    <message>
        <source>Subscribers</source>
        <translation>Abbonati</translation>
    </message>
    <message>
        <source>Current tier.</source>
        <translation>Livello attuale.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Wanted tier.</source>
        <translation>Livello desiderato.</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>Cycle start.</source>
        <translation>Inizio del ciclo.</translation>
    </message>
    <message>
        <source>Cycle end.</source>
        <translation>Fine del ciclo.</translation>
    </message>
    <message>
        <source>Day of the change.</source>
        <translation>Giorno della modifica.</translation>
    </message>
    <message>
        <source>Subscribed contacts.</source>
        <translation>Contatti iscritti.</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>Trial end.</source>
        <translation>Fine del periodo di prova.</translation>
    </message>
    <message>
        <source>quote-change needs --%1.</source>
        <translation>quote-change richiede --%1.</translation>
    </message>
    <message>
        <source>--%1 needs a whole number, not “%2”.</source>
        <translation>--%1 richiede un numero intero, non “%2”.</translation>
    </message>
    <message>
        <source>--%1 needs a date as YYYY-MM-DD, not “%2”.</source>
        <translation>--%1 richiede una data nel formato YYYY-MM-DD, non “%2”.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modifica</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Data di decorrenza</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Giorni rimanenti</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 su %2</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Accredito</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Addebito</translation>
    </message>
    <message>
        <source>Charged today</source>
        <translation>Addebitato oggi</translation>
    </message>
    <message>
        <source>Next cycle price</source>
        <translation>Prezzo del prossimo ciclo</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Accounts to create.</source>
        <translation>Account da creare.</translation>
    </message>
    <message>
        <source>Random seed.</source>
        <translation>Seme casuale.</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>--accounts needs a whole number, not “%1”.</source>
        <translation>--accounts richiede un numero intero, non “%1”.</translation>
    </message>
    <message>
        <source>--seed needs a whole number, not “%1”.</source>
        <translation>--seed richiede un numero intero, non “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>Created a demo workspace with %Ln account(s) in %1.
</source>
        <translation>
            <numerusform>Area di lavoro demo con %Ln account creata in %1.
</numerusform>
            <numerusform>Area di lavoro demo con %Ln account creata in %1.
</numerusform>
        </translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Titolare</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Fatturazione</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Livello</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Verifica</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Piano</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>Periodo di prova</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) left in your trial</source>
        <translation>
            <numerusform>%Ln giorno rimasto nel periodo di prova</numerusform>
            <numerusform>%Ln giorni rimasti nel periodo di prova</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln subscriber(s)</source>
        <translation>
            <numerusform>%Ln abbonato</numerusform>
            <numerusform>%Ln abbonati</numerusform>
        </translation>
    </message>
    <message>
        <source>Chosen tier</source>
        <translation>Livello scelto</translation>
    </message>
    <message numerus="yes">
        <source>%Ln subscriber(s) from %1</source>
        <translation>
            <numerusform>%Ln abbonato dal %1</numerusform>
            <numerusform>%Ln abbonati dal %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Pianificato</translation>
    </message>
    <message numerus="yes">
        <source>Downgrade to %Ln subscriber(s) on %1</source>
        <translation>
            <numerusform>Downgrade a %Ln abbonato il %1</numerusform>
            <numerusform>Downgrade a %Ln abbonati il %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Ciclo</translation>
    </message>
    <message>
        <source>Cancelled from</source>
        <translation>Annullato dal</translation>
    </message>
    <message>
        <source>Account review</source>
        <translation>Verifica dell'account</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>Balance: %1
</source>
        <translation>Saldo: %1
</translation>
    </message>
    <message>
        <source>scheduler</source>
        <translation>pianificatore</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Chi</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Autorizzazioni</translation>
    </message>
    <message>
        <source>Last day to apply.</source>
        <translation>Ultimo giorno da applicare.</translation>
    </message>
    <message>
        <source>advance needs --to.</source>
        <translation>advance richiede --to.</translation>
    </message>
    <message>
        <source>--to needs a date as YYYY-MM-DD, not “%1”.</source>
        <translation>--to richiede una data nel formato YYYY-MM-DD, non “%1”.</translation>
    </message>
    <message>
        <source>Billing events applied through %1.
</source>
        <translation>Eventi di fatturazione applicati fino al %1.
</translation>
    </message>
    <message>
        <source>%1 needs one account id.</source>
        <translation>%1 richiede un ID account.</translation>
    </message>
    <message>
        <source>%1 acts as a user: give --as LOGIN before the command.</source>
        <translation>%1 agisce come utente: specifica --as LOGIN prima del comando.</translation>
    </message>
    <message>
        <source>The free trial of Campaigns runs until %1.
</source>
        <translation>Il periodo di prova gratuito di Campagne dura fino al %1.
</translation>
    </message>
    <message>
        <source>set-tier needs --tier.</source>
        <translation>set-tier richiede --tier.</translation>
    </message>
    <message>
        <source>--tier needs a whole number, not “%1”.</source>
        <translation>--tier richiede un numero intero, non “%1”.</translation>
    </message>
    <message>
        <source>%1 subscribers apply when the trial ends on %2. Nothing is charged now.
</source>
        <translation>Il livello da %1 abbonati si applica al termine del periodo di prova, il %2. Per ora non viene addebitato nulla.
</translation>
    </message>
    <message>
        <source>Upgraded to %1 subscribers. Charged today: %2 (credit %3, charge %4).
</source>
        <translation>Upgrade a %1 abbonati eseguito. Addebitato oggi: %2 (accredito %3, addebito %4).
</translation>
    </message>
    <message>
        <source>Downgrade to %1 subscribers on %2.
</source>
        <translation>Downgrade a %1 abbonati il %2.
</translation>
    </message>
    <message>
        <source>The tier stays at %1 subscribers.
</source>
        <translation>Il livello resta a %1 abbonati.
</translation>
    </message>
    <message>
        <source>Campaigns is cancelled from %1; it can be used until then.
</source>
        <translation>Campagne è annullato a partire dal %1; fino ad allora resta utilizzabile.
</translation>
    </message>
    <message>
        <source>The cancellation is withdrawn.
</source>
        <translation>L'annullamento è stato revocato.
</translation>
    </message>
    <message>
        <source>Tier to buy.</source>
        <translation>Livello da acquistare.</translation>
    </message>
    <message>
        <source>buy needs --tier.</source>
        <translation>buy richiede --tier.</translation>
    </message>
    <message>
        <source>Campaigns bought at %1 subscribers; the cycle runs until %2.
</source>
        <translation>Campagne acquistato con il livello da %1 abbonati; il ciclo dura fino al %2.
</translation>
    </message>
    <message>
        <source>The account review is expedited.
</source>
        <translation>La verifica dell'account è stata accelerata.
</translation>
    </message>
    <message>
        <source>The account review is requested.
</source>
        <translation>La verifica dell'account è stata richiesta.
</translation>
    </message>
    <message>
        <source>Approve the review.</source>
        <translation>Approva la verifica.</translation>
    </message>
    <message>
        <source>Reject the review.</source>
        <translation>Respingi la verifica.</translation>
    </message>
    <message>
        <source>decide-review needs exactly one of --approve and --reject.</source>
        <translation>decide-review richiede esattamente una delle opzioni --approve e --reject.</translation>
    </message>
    <message>
        <source>The account review is approved.
</source>
        <translation>La verifica dell'account è stata approvata.
</translation>
    </message>
    <message>
        <source>The account review is rejected.
</source>
        <translation>La verifica dell'account è stata respinta.
</translation>
    </message>
    <message>
        <source>What to change.</source>
        <translation>Cosa modificare.</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <source>What should change.</source>
        <translation>Descrizione della modifica.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>request-change needs --kind and --details.</source>
        <translation>request-change richiede --kind e --details.</translation>
    </message>
    <message>
        <source>--kind is plan_downgrade, addon_removal, unbundle or product_change, not “%1”.</source>
        <translation>--kind deve essere plan_downgrade, addon_removal, unbundle o product_change, non “%1”.</translation>
    </message>
    <message>
        <source>Request %1 is filed; staff will contact you about it.
</source>
        <translation>La richiesta %1 è stata registrata; lo staff ti contatterà in merito.
</translation>
    </message>
    <message>
        <source>Include handled requests.</source>
        <translation>Includi le richieste già gestite.</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Richiesta</translation>
    </message>
    <message>
        <source>Price per month</source>
        <translation>Prezzo mensile</translation>
    </message>
    <message>
        <source>Price per year</source>
        <translation>Prezzo annuale</translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln seat(s); %2 in %3</source>
        <translation>
            <numerusform>%1, %Ln postazione utente; %2 in %3</numerusform>
            <numerusform>%1, %Ln postazioni utente; %2 in %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Subscribed</source>
        <translation>Iscritti</translation>
    </message>
    <message>
        <source>Pending upgrade</source>
        <translation>In attesa di upgrade</translation>
    </message>
    <message>
        <source>Contacts in all</source>
        <translation>Contatti totali</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Richiesta da</translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation>Data richiesta</translation>
    </message>
    <message>
        <source>plan-change ID --seats N|--add-addon ADDON|--plan PLAN [--dry-run]   change user seats, add an add-on, or move to a dearer plan</source>
        <translation>plan-change ID --seats N|--add-addon COMPONENTE|--plan PIANO [--dry-run]   cambia le postazioni utente, aggiungi un componente aggiuntivo o passa a un piano più costoso</translation>
    </message>
    <message>
        <source>User seats.</source>
        <translation>Postazioni utente.</translation>
    </message>
    <message>
        <source>Add-on to add.</source>
        <translation>Componente aggiuntivo da aggiungere.</translation>
    </message>
    <message>
        <source>ADDON</source>
        <translation>COMPONENTE</translation>
    </message>
    <message>
        <source>Plan to move to.</source>
        <translation>Piano a cui passare.</translation>
    </message>
    <message>
        <source>PLAN</source>
        <translation>PIANO</translation>
    </message>
    <message>
        <source>Only price the change.</source>
        <translation>Calcola solo il prezzo della modifica.</translation>
    </message>
    <message>
        <source>plan-change needs exactly one of --seats, --add-addon and --plan.</source>
        <translation>plan-change richiede esattamente una tra --seats, --add-addon e --plan.</translation>
    </message>
    <message>
        <source>--seats needs a whole number, not “%1”.</source>
        <translation>--seats richiede un numero intero, non “%1”.</translation>
    </message>
    <message>
        <source>Full price from the next cycle</source>
        <translation>Prezzo pieno dal prossimo ciclo</translation>
    </message>
    <message>
        <source>Nothing was changed (--dry-run).
</source>
        <translation>Nulla è stato modificato (--dry-run).
</translation>
    </message>
    <message>
        <source>Status.</source>
        <translation>Stato.</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATO</translation>
    </message>
    <message>
        <source>yes or no.</source>
        <translation>yes o no.</translation>
    </message>
    <message>
        <source>YES|NO</source>
        <translation>YES|NO</translation>
    </message>
    <message>
        <source>Name or email.</source>
        <translation>Nome o email.</translation>
    </message>
    <message>
        <source>--status takes subscribed, pending_upgrade, unsubscribed or archived, not “%1”.</source>
        <translation>--status accetta subscribed, pending_upgrade, unsubscribed o archived, non “%1”.</translation>
    </message>
    <message>
        <source>--marketing takes yes or no, not “%1”.</source>
        <translation>--marketing accetta yes o no, non “%1”.</translation>
    </message>
    <message>
        <source>contacts needs list, archive, set-marketing, delete or import.</source>
        <translation>contacts richiede list, archive, set-marketing, delete o import.</translation>
    </message>
    <message>
        <source>unknown contacts command “%1”.</source>
        <translation>comando contacts sconosciuto “%1”.</translation>
    </message>
    <message>
        <source>Rows to show.</source>
        <translation>Righe da mostrare.</translation>
    </message>
    <message>
        <source>--limit needs a number of rows, not “%1”.</source>
        <translation>--limit richiede un numero di righe, non “%1”.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>yes; non-marketing from %1</source>
        <translation>sì; non di marketing dal %1</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Aggiunto</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln matching contact(s).
</source>
        <translation>
            <numerusform>%1 di %Ln contatto corrispondente.
</numerusform>
            <numerusform>%1 di %Ln contatti corrispondenti.
</numerusform>
        </translation>
    </message>
    <message>
        <source>Set marketing.</source>
        <translation>Imposta come marketing.</translation>
    </message>
    <message>
        <source>Set non-marketing.</source>
        <translation>Imposta come non di marketing.</translation>
    </message>
    <message>
        <source>contacts set-marketing needs either --yes or --no.</source>
        <translation>contacts set-marketing richiede --yes oppure --no.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) archived.</source>
        <translation>
            <numerusform>%Ln contatto archiviato.</numerusform>
            <numerusform>%Ln contatti archiviati.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) deleted.</source>
        <translation>
            <numerusform>%Ln contatto eliminato.</numerusform>
            <numerusform>%Ln contatti eliminati.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) changed.</source>
        <translation>
            <numerusform>%Ln contatto modificato.</numerusform>
            <numerusform>%Ln contatti modificati.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) stay marketing until the update date, %1.</source>
        <translation>
            <numerusform>%Ln contatto resta di marketing fino alla data di aggiornamento, %1.</numerusform>
            <numerusform>%Ln contatti restano di marketing fino alla data di aggiornamento, %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) wait as Pending upgrade.</source>
        <translation>
            <numerusform>%Ln contatto resta In attesa di upgrade.</numerusform>
            <numerusform>%Ln contatti restano In attesa di upgrade.</numerusform>
        </translation>
    </message>
    <message>
        <source>The lowest tier the account can choose now: %1.
</source>
        <translation>Il livello più basso che l’account può scegliere ora: %1.
</translation>
    </message>
    <message>
        <source>Account id.</source>
        <translation>ID dell’account.</translation>
    </message>
    <message>
        <source>update or skip.</source>
        <translation>update o skip.</translation>
    </message>
    <message>
        <source>POLICY</source>
        <translation>CRITERIO</translation>
    </message>
    <message>
        <source>contacts import needs a FILE and --account ID.</source>
        <translation>contacts import richiede un FILE e --account ID.</translation>
    </message>
    <message>
        <source>--duplicates takes update or skip, not “%1”.</source>
        <translation>--duplicates accetta update o skip, non “%1”.</translation>
    </message>
    <message>
        <source>contacts list|archive|set-marketing|delete ID [--status S] [--marketing yes|no] [--search TEXT]   list or change an account's contacts; contacts import FILE --account ID [--duplicates update|skip]</source>
        <translation>contacts list|archive|set-marketing|delete ID [--status S] [--marketing yes|no] [--search TEXT]   elenca o modifica i contatti di un account; contacts import FILE --account ID [--duplicates update|skip]</translation>
    </message>
    <message>
        <source>no limit: Campaigns is not active</source>
        <translation>nessun limite: Campagne non è attivo</translation>
    </message>
    <message>
        <source>Marketing contacts</source>
        <translation>Contatti di marketing</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limite</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Utilizzo</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Total contacts</source>
        <translation>Contatti totali</translation>
    </message>
    <message>
        <source>Next update date</source>
        <translation>Prossima data di aggiornamento</translation>
    </message>
    <message>
        <source>Overage policy</source>
        <translation>Criterio di superamento</translation>
    </message>
    <message>
        <source>Mark the listed notifications read.</source>
        <translation>Segna come lette le notifiche elencate.</translation>
    </message>
    <message>
        <source>read</source>
        <translation>letta</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nuova</translation>
    </message>
    <message>
        <source>No notifications.</source>
        <translation>Nessuna notifica.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Giorno</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Notifica</translation>
    </message>
    <message>
        <source>hold or auto-upgrade.</source>
        <translation>hold o auto-upgrade.</translation>
    </message>
    <message>
        <source>overage needs --policy hold or auto-upgrade.</source>
        <translation>overage richiede --policy hold o auto-upgrade.</translation>
    </message>
    <message>
        <source>--policy takes hold or auto-upgrade, not “%1”.</source>
        <translation>--policy accetta hold o auto-upgrade, non “%1”.</translation>
    </message>
    <message>
        <source>Overage policy of %1: %2. %3
</source>
        <translation>Criterio di superamento di %1: %2. %3
</translation>
    </message>
    <message>
        <source>usage ID   marketing contacts against the tier, next update date and the forecast</source>
        <translation>usage ID   contatti di marketing rispetto al livello, prossima data di aggiornamento e previsione</translation>
    </message>
    <message>
        <source>notifications [--account ID] [--mark-read]   usage notifications at 75, 90, 98 % and over the tier</source>
        <translation>notifications [--account ID] [--mark-read]   notifiche di utilizzo al 75, 90, 98 % e oltre il livello</translation>
    </message>
    <message>
        <source>overage ID --policy hold|auto-upgrade   what happens to new contacts beyond the tier</source>
        <translation>overage ID --policy hold|auto-upgrade   cosa succede ai nuovi contatti oltre il livello</translation>
    </message>
    <message>
        <source>Backup file.</source>
        <translation>File di backup.</translation>
    </message>
    <message>
        <source>backup needs --out FILE.</source>
        <translation>backup richiede --out FILE.</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>Non esiste alcun database in %1.</translation>
    </message>
    <message>
        <source>Saved a copy of %1 to %2.
</source>
        <translation>Salvata una copia di %1 in %2.
</translation>
    </message>
    <message>
        <source>billing</source>
        <translation>fatturazione</translation>
    </message>
    <message>
        <source>deal</source>
        <translation>accordo</translation>
    </message>
    <message>
        <source>Amount per interval.</source>
        <translation>Importo per intervallo.</translation>
    </message>
    <message>
        <source>AMOUNT</source>
        <translation>IMPORTO</translation>
    </message>
    <message>
        <source>monthly, quarterly or annual.</source>
        <translation>monthly, quarterly o annual.</translation>
    </message>
    <message>
        <source>INTERVAL</source>
        <translation>INTERVALLO</translation>
    </message>
    <message>
        <source>First day.</source>
        <translation>Primo giorno.</translation>
    </message>
    <message>
        <source>Last day.</source>
        <translation>Ultimo giorno.</translation>
    </message>
    <message>
        <source>A note.</source>
        <translation>Una nota.</translation>
    </message>
    <message>
        <source>--amount needs a plain decimal such as 1234.50, not “%1”.</source>
        <translation>--amount richiede un decimale semplice come 1234.50, non «%1».</translation>
    </message>
    <message>
        <source>--interval takes monthly, quarterly or annual, not “%1”.</source>
        <translation>--interval accetta monthly, quarterly o annual, non «%1».</translation>
    </message>
    <message>
        <source>First month.</source>
        <translation>Primo mese.</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>AAAA-MM</translation>
    </message>
    <message>
        <source>Last month.</source>
        <translation>Ultimo mese.</translation>
    </message>
    <message>
        <source>Owner's name or login.</source>
        <translation>Nome o login del titolare.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <source>Reporting currency.</source>
        <translation>Valuta di riferimento.</translation>
    </message>
    <message>
        <source>mrr needs --from YYYY-MM and --to YYYY-MM.</source>
        <translation>mrr richiede --from AAAA-MM e --to AAAA-MM.</translation>
    </message>
    <message>
        <source>--%1 needs a month as YYYY-MM, not “%2”.</source>
        <translation>--%1 richiede un mese nel formato AAAA-MM, non «%2».</translation>
    </message>
    <message>
        <source>There is no staff member “%1”.</source>
        <translation>Non esiste un membro dello staff «%1».</translation>
    </message>
    <message>
        <source>MRR in %1
</source>
        <translation>MRR in %1
</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mese</translation>
    </message>
    <message>
        <source>MRR</source>
        <translation>MRR</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuovo</translation>
    </message>
    <message>
        <source>Expansion</source>
        <translation>Espansione</translation>
    </message>
    <message>
        <source>Contraction</source>
        <translation>Contrazione</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>Abbandono</translation>
    </message>
    <message>
        <source>Reactivation</source>
        <translation>Riattivazione</translation>
    </message>
    <message>
        <source>subscriptions needs import.</source>
        <translation>subscriptions richiede import.</translation>
    </message>
    <message>
        <source>unknown subscriptions command “%1”.</source>
        <translation>comando subscriptions sconosciuto «%1».</translation>
    </message>
    <message>
        <source>subscriptions import needs a FILE.</source>
        <translation>subscriptions import richiede un FILE.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln deal(s) imported</source>
        <translation>
            <numerusform>%Ln accordo importato</numerusform>
            <numerusform>%Ln accordi importati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln account(s) created</source>
        <translation>
            <numerusform>%Ln account creato</numerusform>
            <numerusform>%Ln account creati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sales rep(s) added.</source>
        <translation>
            <numerusform>%Ln rappresentante commerciale aggiunto.</numerusform>
            <numerusform>%Ln rappresentanti commerciali aggiunti.</numerusform>
        </translation>
    </message>
    <message>
        <source>open</source>
        <translation>aperto</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervallo</translation>
    </message>
    <message>
        <source>Monthly rate</source>
        <translation>Tariffa mensile</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fine</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Current monthly rate: %1
</source>
        <translation>Tariffa mensile attuale: %1
</translation>
    </message>
    <message>
        <source>deal needs add, edit or delete.</source>
        <translation>deal richiede add, edit o delete.</translation>
    </message>
    <message>
        <source>unknown deal command “%1”.</source>
        <translation>comando deal sconosciuto «%1».</translation>
    </message>
    <message>
        <source>deal add needs --amount, --interval and --start.</source>
        <translation>deal add richiede --amount, --interval e --start.</translation>
    </message>
    <message>
        <source>Deal %1 added: %2 a month from %3.
</source>
        <translation>Accordo %1 aggiunto: %2 al mese dal %3.
</translation>
    </message>
    <message>
        <source>Deal %1 deleted.
</source>
        <translation>Accordo %1 eliminato.
</translation>
    </message>
    <message>
        <source>Deal %1 changed.
</source>
        <translation>Accordo %1 modificato.
</translation>
    </message>
    <message>
        <source>smart-lists takes no arguments.</source>
        <translation>smart-lists non accetta argomenti.</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>predefinito</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>salvato</translation>
    </message>
    <message>
        <source>Smart list</source>
        <translation>Elenco intelligente</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Smart list name.</source>
        <translation>Nome dell'elenco intelligente.</translation>
    </message>
    <message>
        <source>CSV file to write.</source>
        <translation>File CSV da scrivere.</translation>
    </message>
    <message>
        <source>Field separator, , or ;.</source>
        <translation>Separatore di campo, , o ;.</translation>
    </message>
    <message>
        <source>CHAR</source>
        <translation>CARATTERE</translation>
    </message>
    <message>
        <source>Start with a UTF-8 BOM.</source>
        <translation>Inizia con un BOM UTF-8.</translation>
    </message>
    <message>
        <source>export needs --smart-list NAME and --out FILE.</source>
        <translation>export richiede --smart-list NOME e --out FILE.</translation>
    </message>
    <message>
        <source>--delimiter takes , or ;, not “%1”.</source>
        <translation>--delimiter accetta , o ;, non “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln account(s) of “%1” exported to %2.
</source>
        <translation>
            <numerusform>%Ln account di “%1” esportato in %2.
</numerusform>
            <numerusform>%Ln account di “%1” esportati in %2.
</numerusform>
        </translation>
    </message>
    <message>
        <source>mrr --from YYYY-MM --to YYYY-MM [--owner NAME] [--currency C]   MRR and its movements per month</source>
        <translation>mrr --from AAAA-MM --to AAAA-MM [--owner NOME] [--currency V]   MRR e i suoi movimenti per mese</translation>
    </message>
    <message>
        <source>subscriptions import FILE   import deals (account, owner, currency, amount, interval, start, end); all or nothing</source>
        <translation>subscriptions import FILE   importa accordi (account, owner, currency, amount, interval, start, end); tutto o niente</translation>
    </message>
    <message>
        <source>deals ID   an account's subscription periods and deals</source>
        <translation>deals ID   periodi di abbonamento e accordi di un account</translation>
    </message>
    <message>
        <source>deal add ID|edit DEAL|delete DEAL --amount A --interval monthly|quarterly|annual --start D [--end D] [--note T]   enter a deal</source>
        <translation>deal add ID|edit ACCORDO|delete ACCORDO --amount I --interval monthly|quarterly|annual --start D [--end D] [--note T]   inserisci un accordo</translation>
    </message>
    <message>
        <source>smart-lists   the smart lists and how many accounts each holds</source>
        <translation>smart-lists   gli elenchi intelligenti e quanti account contiene ciascuno</translation>
    </message>
    <message>
        <source>export --smart-list NAME --out FILE [--delimiter ';'] [--bom]   write a smart list as CSV</source>
        <translation>export --smart-list NOME --out FILE [--delimiter ';'] [--bom]   scrivi un elenco intelligente come CSV</translation>
    </message>
    <message>
        <source>backup --out FILE   save a consistent copy of the SQLite database (for PostgreSQL use pg_dump)</source>
        <translation>backup --out FILE   salva una copia coerente del database SQLite (per PostgreSQL usa pg_dump)</translation>
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
        <translation>Uso: tierline-cli [opzioni globali] COMMAND [opzioni]

Opzioni globali:
  --db PATH|URL      il database: un file SQLite (predefinito: %1) o
                     postgresql://utente@host:porta/database; la password
                     viene da ~/.pgpass o da PGPASSWORD
  --today DATE       il giorno in cui viene eseguita la fatturazione (YYYY-MM-DD)
  --catalog FILE     un catalogo prezzi da usare al posto di quello integrato
  --json             scrive un unico documento JSON su stdout
  --as LOGIN         il login dello staff che esegue le operazioni
  --lang CODE        en, sv, id o it
  --expect-version N rifiuta l'operazione se l'account è cambiato da
                     quando è stato letto alla versione N (vedi “account ID”)
  --help, --version

Comandi:
</translation>
    </message>
    <message>
        <source>Database: an SQLite file or a postgresql:// URL.</source>
        <translation>Database: un file SQLite o un URL postgresql://.</translation>
    </message>
    <message>
        <source>PATH|URL</source>
        <translation>PERCORSO|URL</translation>
    </message>
    <message>
        <source>The account version the action was computed on.</source>
        <translation>La versione dell'account su cui è stata calcolata l'operazione.</translation>
    </message>
    <message>
        <source>--expect-version needs an account version (a whole number from “account ID”), not “%1”.</source>
        <translation>--expect-version richiede una versione dell'account (un numero intero da “account ID”), non “%1”.</translation>
    </message>
</context>
<context>
    <name>Tierline::ContactImport</name>
    <message>
        <source>The file is empty: it needs a header line with at least an “email” column.</source>
        <translation>Il file è vuoto: serve una riga di intestazione con almeno la colonna “email”.</translation>
    </message>
    <message>
        <source>The header names the column “%1” twice.</source>
        <translation>L’intestazione nomina la colonna “%1” due volte.</translation>
    </message>
    <message>
        <source>The file has no “email” column. The header line must name the columns: name, email, marketing, status.</source>
        <translation>Il file non ha la colonna “email”. La riga di intestazione deve nominare le colonne: name, email, marketing, status.</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>riga %1: %2</translation>
    </message>
    <message>
        <source>row %1, column %2: %3</source>
        <translation>riga %1, colonna %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s), but the header has %1</source>
        <translation>
            <numerusform>%n campo, ma l’intestazione ne ha %1</numerusform>
            <numerusform>%n campi, ma l’intestazione ne ha %1</numerusform>
        </translation>
    </message>
    <message>
        <source>an email address is required</source>
        <translation>serve un indirizzo email</translation>
    </message>
    <message>
        <source>“%1” is not an email address</source>
        <translation>“%1” non è un indirizzo email</translation>
    </message>
    <message>
        <source>“%1” is neither yes nor no</source>
        <translation>“%1” non è né yes né no</translation>
    </message>
    <message>
        <source>“%1” is not a status (subscribed, pending upgrade, unsubscribed, archived)</source>
        <translation>“%1” non è uno stato (subscribed, pending upgrade, unsubscribed, archived)</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>L’importazione è stata annullata; non è stato importato nulla.</translation>
    </message>
    <message numerus="yes">
        <source>The file has %n problem(s), so nothing was imported:</source>
        <translation>
            <numerusform>Il file ha %n problema, quindi non è stato importato nulla:</numerusform>
            <numerusform>Il file ha %n problemi, quindi non è stato importato nulla:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… e un altro.</numerusform>
            <numerusform>… e altri %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tierline::ContactService</name>
    <message>
        <source>Subscribed</source>
        <translation>Iscritto</translation>
    </message>
    <message>
        <source>Pending upgrade</source>
        <translation>In attesa di upgrade</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>Disiscritto</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviato</translation>
    </message>
    <message numerus="yes">
        <source>Imported: %1 added, %2 updated, %3 skipped; %Ln wait(s) as Pending upgrade.</source>
        <translation>
            <numerusform>Importati: %1 aggiunti, %2 aggiornati, %3 saltati; %Ln resta In attesa di upgrade.</numerusform>
            <numerusform>Importati: %1 aggiunti, %2 aggiornati, %3 saltati; %Ln restano In attesa di upgrade.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tierline::ContactsModel</name>
    <message>
        <source>Set to non-marketing: the contact counts until the update date, %1.</source>
        <translation>Impostato come non di marketing: il contatto conta fino alla data di aggiornamento, %1.</translation>
    </message>
    <message>
        <source>Non-marketing from %1</source>
        <translation>Non di marketing dal %1</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>Non-marketing</source>
        <translation>Non di marketing</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Aggiunto</translation>
    </message>
</context>
<context>
    <name>Tierline::ContactsPage</name>
    <message>
        <source>Search name or email</source>
        <translation>Cerca nome o email</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Stato:</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tutti gli stati</translation>
    </message>
    <message>
        <source>&amp;Marketing:</source>
        <translation>&amp;Marketing:</translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation>Tutti i contatti</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>Non-marketing</source>
        <translation>Non di marketing</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivia</translation>
    </message>
    <message>
        <source>Set marketing</source>
        <translation>Imposta come marketing</translation>
    </message>
    <message>
        <source>Set non-marketing</source>
        <translation>Imposta come non di marketing</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Clear selection</source>
        <translation>Annulla selezione</translation>
    </message>
    <message>
        <source>&amp;Known emails:</source>
        <translation>Email &amp;già presenti:</translation>
    </message>
    <message>
        <source>Update them</source>
        <translation>Aggiornali</translation>
    </message>
    <message>
        <source>Skip them</source>
        <translation>Saltali</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importa CSV…</translation>
    </message>
    <message>
        <source>Contacts of %1</source>
        <translation>Contatti di %1</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contatti</translation>
    </message>
    <message>
        <source>Choose an account to see its contacts.</source>
        <translation>Scegli un account per vederne i contatti.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln matching contact(s)</source>
        <translation>
            <numerusform>%Ln contatto corrispondente</numerusform>
            <numerusform>%Ln contatti corrispondenti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln matching contact(s) are selected.</source>
        <translation>
            <numerusform>L’unico contatto corrispondente è selezionato.</numerusform>
            <numerusform>Tutti i %Ln contatti corrispondenti sono selezionati.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln selezionato</numerusform>
            <numerusform>%Ln selezionati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Select all %Ln matching</source>
        <translation>
            <numerusform>Seleziona l’unico corrispondente</numerusform>
            <numerusform>Seleziona tutti i %Ln corrispondenti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Archive %Ln contact(s)? Archived contacts no longer count towards the tier.</source>
        <translation>
            <numerusform>Archiviare %Ln contatto? I contatti archiviati non contano più per il livello.</numerusform>
            <numerusform>Archiviare %Ln contatti? I contatti archiviati non contano più per il livello.</numerusform>
        </translation>
    </message>
    <message>
        <source>Archiving contacts…</source>
        <translation>Archiviazione dei contatti…</translation>
    </message>
    <message numerus="yes">
        <source>Set %Ln contact(s) as marketing? They count towards the tier at once; beyond the limit they wait as Pending upgrade.</source>
        <translation>
            <numerusform>Impostare %Ln contatto come marketing? Conta subito per il livello; oltre il limite resta In attesa di upgrade.</numerusform>
            <numerusform>Impostare %Ln contatti come marketing? Contano subito per il livello; oltre il limite restano In attesa di upgrade.</numerusform>
        </translation>
    </message>
    <message>
        <source>Setting contacts as marketing…</source>
        <translation>Impostazione dei contatti come marketing…</translation>
    </message>
    <message numerus="yes">
        <source>Set %Ln contact(s) as non-marketing? Subscribed contacts keep counting until the next update date, %1.</source>
        <translation>
            <numerusform>Impostare %Ln contatto come non di marketing? I contatti iscritti continuano a contare fino alla prossima data di aggiornamento, %1.</numerusform>
            <numerusform>Impostare %Ln contatti come non di marketing? I contatti iscritti continuano a contare fino alla prossima data di aggiornamento, %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Setting contacts as non-marketing…</source>
        <translation>Impostazione dei contatti come non di marketing…</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln contact(s)? This cannot be undone. Deleting frees room for other contacts but does not lower the tier.</source>
        <translation>
            <numerusform>Eliminare %Ln contatto? L’operazione non può essere annullata. L’eliminazione libera spazio per altri contatti ma non abbassa il livello.</numerusform>
            <numerusform>Eliminare %Ln contatti? L’operazione non può essere annullata. L’eliminazione libera spazio per altri contatti ma non abbassa il livello.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting contacts…</source>
        <translation>Eliminazione dei contatti…</translation>
    </message>
    <message>
        <source>Cancelled. No contact was changed.</source>
        <translation>Annullato. Nessun contatto è stato modificato.</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Importa contatti</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>File CSV (*.csv);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Lettura del file…</translation>
    </message>
    <message>
        <source>Importing contacts…</source>
        <translation>Importazione dei contatti…</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was imported.</source>
        <translation>Annullato. Non è stato importato nulla.</translation>
    </message>
</context>
<context>
    <name>Tierline::CsvReader</name>
    <message>
        <source>Line %1 is not valid UTF-8 text. Save the file as UTF-8 and try again.</source>
        <translation>La riga %1 non è testo UTF-8 valido. Salva il file come UTF-8 e riprova.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation>Impossibile leggere “%1”: %2.</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is not closed.</source>
        <translation>Riga %1: un campo tra virgolette non è chiuso.</translation>
    </message>
    <message>
        <source>Line %1: text follows the closing quote of a field.</source>
        <translation>Riga %1: c’è del testo dopo le virgolette di chiusura di un campo.</translation>
    </message>
</context>
<context>
    <name>Tierline::CsvWriter</name>
    <message>
        <source>Cannot write %1: %2. Choose a folder you can write to.</source>
        <translation>Impossibile scrivere %1: %2. Scegli una cartella in cui puoi scrivere.</translation>
    </message>
    <message>
        <source>The CSV file is not open.</source>
        <translation>Il file CSV non è aperto.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Impossibile scrivere %1: %2.</translation>
    </message>
</context>
<context>
    <name>Tierline::Database</name>
    <message>
        <source>Cannot open %1: the folder %2 does not exist.</source>
        <translation>Impossibile aprire %1: la cartella %2 non esiste.</translation>
    </message>
    <message>
        <source>Cannot open %1: it is not a readable file.</source>
        <translation>Impossibile aprire %1: non è un file leggibile.</translation>
    </message>
    <message>
        <source>Cannot open %1: the file is read-only.</source>
        <translation>Impossibile aprire %1: il file è di sola lettura.</translation>
    </message>
    <message>
        <source>%1 is not a Tierline database: it is not an SQLite file.</source>
        <translation>%1 non è un database Tierline: non è un file SQLite.</translation>
    </message>
    <message>
        <source>Cannot create %1: the folder %2 is not writable.</source>
        <translation>Impossibile creare %1: la cartella %2 non è scrivibile.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossibile aprire %1: %2</translation>
    </message>
    <message>
        <source>The database is busy: another program is writing to it. Try again in a moment.</source>
        <translation>Il database è occupato: un altro programma ci sta scrivendo. Riprova tra qualche istante.</translation>
    </message>
    <message>
        <source>The database file is damaged (%1). Restore it from a backup.</source>
        <translation>Il file del database è danneggiato (%1). Ripristinalo da un backup.</translation>
    </message>
    <message>
        <source>The database reported an error: %1</source>
        <translation>Il database ha segnalato un errore: %1</translation>
    </message>
    <message>
        <source>%1 is damaged or not a Tierline database: %2</source>
        <translation>%1 è danneggiato o non è un database Tierline: %2</translation>
    </message>
    <message>
        <source>%1 is not a Tierline database: it holds other data.</source>
        <translation>%1 non è un database Tierline: contiene altri dati.</translation>
    </message>
    <message>
        <source>%1 was written by a newer Tierline (schema version %2; this version knows up to %3). Update Tierline to open it.</source>
        <translation>%1 è stato scritto da una versione più recente di Tierline (versione dello schema %2; questa versione supporta fino alla %3). Aggiorna Tierline per aprirlo.</translation>
    </message>
    <message>
        <source>Cannot open %1: the PostgreSQL driver of Qt is not installed (Debian package libqt6sql6-psql).</source>
        <translation>Impossibile aprire %1: il driver PostgreSQL di Qt non è installato (pacchetto Debian libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Impossibile connettersi a %1: %2</translation>
    </message>
    <message>
        <source>Cannot open %1: the folder %2 is not writable, and Tierline keeps its journal files beside the database.</source>
        <translation>Impossibile aprire %1: la cartella %2 non è scrivibile, e Tierline tiene i suoi file di journal accanto al database.</translation>
    </message>
    <message>
        <source>The connection to the database server was lost: %1</source>
        <translation>La connessione al server del database si è interrotta: %1</translation>
    </message>
    <message>
        <source>%1 has no schema to work in: the search_path names no existing schema.</source>
        <translation>%1 non ha uno schema in cui lavorare: search_path non indica alcuno schema esistente.</translation>
    </message>
    <message>
        <source>%1 was not upgraded: its copy %2 could not be saved first. %3</source>
        <translation>%1 non è stato aggiornato: non è stato possibile salvarne prima la copia %2. %3</translation>
    </message>
    <message>
        <source>A PostgreSQL database is backed up with pg_dump, for example: pg_dump --format=custom --file=tierline.dump DATABASE (restore with pg_restore).</source>
        <translation>Un database PostgreSQL si salva con pg_dump, per esempio: pg_dump --format=custom --file=tierline.dump DATABASE (ripristino con pg_restore).</translation>
    </message>
    <message>
        <source>An in-memory database cannot be backed up.</source>
        <translation>Un database in memoria non può essere salvato.</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file for the backup.</source>
        <translation>%1 esiste già; scegli un nuovo file per la copia di backup.</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist or is not writable.</source>
        <translation>Impossibile scrivere %1: la cartella %2 non esiste o non è scrivibile.</translation>
    </message>
</context>
<context>
    <name>Tierline::DatabaseCard</name>
    <message>
        <source>Enter an SQLite file or a postgresql:// address.</source>
        <translation>Inserisci un file SQLite o un indirizzo postgresql://.</translation>
    </message>
    <message>
        <source>Give the SQLite file's full path.</source>
        <translation>Indica il percorso completo del file SQLite.</translation>
    </message>
    <message>
        <source>Choose the SQLite database</source>
        <translation>Scegli il database SQLite</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation>Database SQLite (*.sqlite *.db);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>At the next start Tierline opens the default file, %1.</source>
        <translation>Al prossimo avvio Tierline apre il file predefinito, %1.</translation>
    </message>
    <message>
        <source>This database is the one Tierline opens at every start.</source>
        <translation>Questo è il database che Tierline apre a ogni avvio.</translation>
    </message>
    <message>
        <source>At the next start Tierline opens %1.</source>
        <translation>Al prossimo avvio Tierline apre %1.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Work on your own SQLite file, or beside your team on a PostgreSQL server. The password is never stored here: PostgreSQL reads it from ~/.pgpass, PGPASSWORD or a service file.</source>
        <translation>Lavora sul tuo file SQLite o accanto al tuo team su un server PostgreSQL. La password non viene mai salvata qui: PostgreSQL la legge da ~/.pgpass, PGPASSWORD o da un file di servizio.</translation>
    </message>
    <message>
        <source>Open now: %1</source>
        <translation>Aperto ora: %1</translation>
    </message>
    <message>
        <source>&amp;Open at start:</source>
        <translation>&amp;Apri all’avvio:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Sfoglia…</translation>
    </message>
    <message>
        <source>&amp;Use this database</source>
        <translation>&amp;Usa questo database</translation>
    </message>
    <message>
        <source>Use the &amp;default file</source>
        <translation>Usa il file &amp;predefinito</translation>
    </message>
</context>
<context>
    <name>Tierline::DealDialog</name>
    <message>
        <source>Edit deal</source>
        <translation>Modifica accordo</translation>
    </message>
    <message>
        <source>Add deal</source>
        <translation>Aggiungi accordo</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensile</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Trimestrale</translation>
    </message>
    <message>
        <source>Annual</source>
        <translation>Annuale</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Termina il</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Importo:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Inizio:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>End:</source>
        <translation>Fine:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Save deal</source>
        <translation>Salva accordo</translation>
    </message>
    <message>
        <source>“%1” is not an amount: write it with digits and a decimal mark, such as 1234.50.</source>
        <translation>«%1» non è un importo: scrivilo con cifre e separatore decimale, ad esempio 1234.50.</translation>
    </message>
    <message>
        <source>%1 a month in MRR</source>
        <translation>%1 al mese nel MRR</translation>
    </message>
</context>
<context>
    <name>Tierline::DemoWorkspace</name>
    <message>
        <source>Demo generation was cancelled.</source>
        <translation>La generazione della demo è stata annullata.</translation>
    </message>
    <message>
        <source>The demo needs a valid day to end on.</source>
        <translation>La demo richiede un giorno finale valido.</translation>
    </message>
    <message>
        <source>The database already has data; the demo needs an empty one.</source>
        <translation>Il database contiene già dei dati; la demo richiede un database vuoto.</translation>
    </message>
    <message>
        <source>The demo needs between %1 and %2 accounts.</source>
        <translation>La demo richiede da %1 a %2 account.</translation>
    </message>
</context>
<context>
    <name>Tierline::ExchangeRates</name>
    <message>
        <source>%1 is not a currency Tierline knows; choose one of %2.</source>
        <translation>%1 non è una valuta che Tierline conosce; scegline una tra %2.</translation>
    </message>
    <message>
        <source>A currency needs no exchange rate into itself.</source>
        <translation>Una valuta non ha bisogno di un tasso di cambio verso sé stessa.</translation>
    </message>
    <message>
        <source>An exchange rate needs the day it applies from.</source>
        <translation>Un tasso di cambio richiede il giorno da cui vale.</translation>
    </message>
    <message>
        <source>“%1” is not an exchange rate: write a positive decimal with a point, such as 0.0915.</source>
        <translation>«%1» non è un tasso di cambio: scrivi un decimale positivo con il punto, ad esempio 0.0915.</translation>
    </message>
    <message>
        <source>%1 is a %2 and cannot change the reporting currency or exchange rates; ask an administrator or a sales manager.</source>
        <translation>%1 è %2 e non può cambiare la valuta di riferimento né i tassi di cambio; chiedi a un amministratore o a un responsabile vendite.</translation>
    </message>
</context>
<context>
    <name>Tierline::ExchangeRatesCard</name>
    <message>
        <source>Exchange rates</source>
        <translation>Tassi di cambio</translation>
    </message>
    <message>
        <source>MRR adds up every account in one currency. A rate applies from its day until the next one; write it exactly, with a point: one unit of the currency is worth this many units of the reporting currency.</source>
        <translation>Il MRR somma tutti gli account in un'unica valuta. Un tasso vale dal suo giorno fino al successivo; scrivilo esatto, con il punto: un'unità della valuta vale tante unità della valuta di riferimento.</translation>
    </message>
    <message>
        <source>&amp;Report MRR in:</source>
        <translation>&amp;Riporta il MRR in:</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Into</source>
        <translation>Verso</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dal</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tasso</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valido dal</translation>
    </message>
    <message>
        <source>Add rate</source>
        <translation>Aggiungi tasso</translation>
    </message>
    <message>
        <source>Remove rate</source>
        <translation>Rimuovi tasso</translation>
    </message>
</context>
<context>
    <name>Tierline::FileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>Cerca in:</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>Nome file:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>File di tipo:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Apri</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
</context>
<context>
    <name>Tierline::Ledger</name>
    <message>
        <source>Campaigns purchase</source>
        <translation>Acquisto di Campagne</translation>
    </message>
    <message>
        <source>First cycle after the trial</source>
        <translation>Primo ciclo dopo il periodo di prova</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Rinnovo</translation>
    </message>
    <message>
        <source>Credit for the unused part of the old tier</source>
        <translation>Accredito per la parte non utilizzata del livello precedente</translation>
    </message>
    <message>
        <source>Charge for the rest of the cycle at the new tier</source>
        <translation>Addebito per il resto del ciclo al nuovo livello</translation>
    </message>
    <message>
        <source>Plan renewal</source>
        <translation>Rinnovo del piano</translation>
    </message>
    <message>
        <source>Credit for the unused part of the old plan price</source>
        <translation>Accredito per la parte non usata del vecchio prezzo del piano</translation>
    </message>
    <message>
        <source>Charge for the rest of the cycle at the new plan price</source>
        <translation>Addebito per il resto del ciclo al nuovo prezzo del piano</translation>
    </message>
</context>
<context>
    <name>Tierline::LedgerModel</name>
    <message>
        <source>Pays for %1 – %2</source>
        <translation>Relativo al periodo %1 – %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Livello</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
</context>
<context>
    <name>Tierline::MainWindow</name>
    <message>
        <source>Accounts</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Fatturazione</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contatti</translation>
    </message>
    <message>
        <source>Usage &amp; limits</source>
        <translation>Utilizzo e limiti</translation>
    </message>
    <message>
        <source>MRR</source>
        <translation>MRR</translation>
    </message>
    <message>
        <source>Smart lists</source>
        <translation>Elenchi intelligenti</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>Tierline</source>
        <translation>Tierline</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Vai</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;iuto</translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation>Cambia utente</translation>
    </message>
    <message>
        <source>Act as another member of staff</source>
        <translation>Opera come un altro membro dello staff</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;About Tierline</source>
        <translation>&amp;Informazioni su Tierline</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Account:</translation>
    </message>
    <message>
        <source>The account the pages show</source>
        <translation>L'account mostrato nelle pagine</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Acting as &lt;b&gt;%1&lt;/b&gt; · %2</source>
        <translation>Stai operando come &lt;b&gt;%1&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <source>No staff in this database</source>
        <translation>Nessun membro dello staff in questo database</translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation>Oggi: %1</translation>
    </message>
    <message>
        <source>The billing day was set with --today.</source>
        <translation>Il giorno di fatturazione è stato impostato con --today.</translation>
    </message>
    <message>
        <source>The billing day follows the calendar.</source>
        <translation>Il giorno di fatturazione segue il calendario.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>About Tierline</source>
        <translation>Informazioni su Tierline</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Tierline %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Billing for the Campaigns add-on: subscriber tiers, trials, charges and MRR.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Tierline %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Fatturazione del componente aggiuntivo Campagne: livelli di abbonati, periodi di prova, addebiti e MRR.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Notifications (%1)</source>
        <translation>Notifiche (%1)</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifiche</translation>
    </message>
    <message numerus="yes">
        <source>%Ln unread usage notification(s)</source>
        <translation>
            <numerusform>%Ln notifica di utilizzo non letta</numerusform>
            <numerusform>%Ln notifiche di utilizzo non lette</numerusform>
        </translation>
    </message>
    <message>
        <source>Increase limit</source>
        <translation>Aumenta limite</translation>
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
        <translation>Salva</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Salva tutto</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Apri</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sì</translation>
    </message>
    <message>
        <source>Yes to All</source>
        <translation>Sì a tutto</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>No to All</source>
        <translation>No a tutto</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Interrompi</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Riprova</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignora</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Scarta</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aiuto</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Applica</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Ripristina</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Ripristina predefiniti</translation>
    </message>
</context>
<context>
    <name>Tierline::MrrCharts</name>
    <message>
        <source>MRR over time</source>
        <translation>MRR nel tempo</translation>
    </message>
    <message>
        <source>Movements per month</source>
        <translation>Movimenti per mese</translation>
    </message>
    <message>
        <source>MRR in %1</source>
        <translation>MRR in %1</translation>
    </message>
    <message>
        <source>%1: MRR %2</source>
        <extracomment>Hover text of the MRR chart: "Mar 2026: MRR $1,234.00"</extracomment>
        <translation>%1: MRR %2</translation>
    </message>
    <message>
        <source>%1: %2 %3 (net change %4)</source>
        <extracomment>Hover text of a movement bar: "Mar 2026: Expansion $120.00 (net change $80.00)"</extracomment>
        <translation>%1: %2 %3 (variazione netta %4)</translation>
    </message>
    <message>
        <source>The same figures are in the table below the charts.</source>
        <translation>Gli stessi valori sono nella tabella sotto i grafici.</translation>
    </message>
</context>
<context>
    <name>Tierline::MrrEngine</name>
    <message>
        <source>There is no exchange rate from %1 to %2 on %3. Add one in Settings, Exchange rates.</source>
        <translation>Non esiste un tasso di cambio da %1 a %2 il %3. Aggiungine uno in Impostazioni, Tassi di cambio.</translation>
    </message>
    <message>
        <source>MRR needs a first and a last month.</source>
        <translation>Il MRR richiede un primo e un ultimo mese.</translation>
    </message>
    <message>
        <source>The last month, %1, comes before the first, %2.</source>
        <translation>L'ultimo mese, %1, viene prima del primo, %2.</translation>
    </message>
    <message>
        <source>MRR covers at most %1 months at a time.</source>
        <translation>Il MRR copre al massimo %1 mesi alla volta.</translation>
    </message>
    <message>
        <source>%1 is not a currency Tierline knows; choose one of %2.</source>
        <translation>%1 non è una valuta che Tierline conosce; scegline una tra %2.</translation>
    </message>
    <message>
        <source>Account %1 has a subscription period in a currency Tierline does not know.</source>
        <translation>L'account %1 ha un periodo di abbonamento in una valuta che Tierline non conosce.</translation>
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
        <translation>&amp;Titolare:</translation>
    </message>
    <message>
        <source>&amp;Months:</source>
        <translation>&amp;Mesi:</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Ultimi 12 mesi</translation>
    </message>
    <message>
        <source>Last 24 months</source>
        <translation>Ultimi 24 mesi</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tutti</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizzato</translation>
    </message>
    <message>
        <source>First month</source>
        <translation>Primo mese</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Ultimo mese</translation>
    </message>
    <message>
        <source>Save chart as PNG…</source>
        <translation>Salva grafico come PNG…</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Tutti i titolari</translation>
    </message>
    <message>
        <source>Amounts in %1</source>
        <translation>Importi in %1</translation>
    </message>
    <message>
        <source>Point at a month to see its figures.</source>
        <translation>Punta un mese per vederne le cifre.</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>Salva grafico come PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Immagini PNG (*.png)</translation>
    </message>
    <message>
        <source>The chart could not be saved as %1. Choose a folder you can write to.</source>
        <translation>Impossibile salvare il grafico come %1. Scegli una cartella in cui puoi scrivere.</translation>
    </message>
</context>
<context>
    <name>Tierline::MrrTableModel</name>
    <message>
        <source>Month</source>
        <translation>Mese</translation>
    </message>
    <message>
        <source>MRR</source>
        <translation>MRR</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuovo</translation>
    </message>
    <message>
        <source>Expansion</source>
        <translation>Espansione</translation>
    </message>
    <message>
        <source>Reactivation</source>
        <translation>Riattivazione</translation>
    </message>
    <message>
        <source>Contraction</source>
        <translation>Contrazione</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>Abbandono</translation>
    </message>
    <message>
        <source>Net change</source>
        <translation>Variazione netta</translation>
    </message>
</context>
<context>
    <name>Tierline::NotificationsDialog</name>
    <message>
        <source>Notifications</source>
        <translation>Notifiche</translation>
    </message>
    <message>
        <source>No notifications.</source>
        <translation>Nessuna notifica.</translation>
    </message>
    <message>
        <source>Mark read</source>
        <translation>Segna come letta</translation>
    </message>
    <message>
        <source>Mark all read</source>
        <translation>Segna tutte come lette</translation>
    </message>
    <message>
        <source>Increase limit</source>
        <translation>Aumenta limite</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
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
        <translation>Amministratore</translation>
    </message>
    <message>
        <source>Account owner</source>
        <translation>Titolare dell'account</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Revisore</translation>
    </message>
    <message>
        <source>Sales manager</source>
        <translation>Responsabile vendite</translation>
    </message>
    <message>
        <source>Sales rep</source>
        <translation>Rappresentante commerciale</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Operazioni</translation>
    </message>
    <message>
        <source>Billing access</source>
        <translation>Accesso alla fatturazione</translation>
    </message>
    <message>
        <source>Can send campaigns</source>
        <translation>Può inviare campagne</translation>
    </message>
    <message>
        <source>Review decisions</source>
        <translation>Decisioni sulle verifiche</translation>
    </message>
    <message>
        <source>Set contacts as marketing</source>
        <translation>Impostare i contatti come di marketing</translation>
    </message>
    <message>
        <source>%1 does not have the “%2” permission.</source>
        <translation>%1 non dispone dell'autorizzazione “%2”.</translation>
    </message>
</context>
<context>
    <name>Tierline::PlanCard</name>
    <message>
        <source>Plan</source>
        <translation>Piano</translation>
    </message>
    <message>
        <source>Change plan…</source>
        <translation>Cambia piano…</translation>
    </message>
    <message>
        <source>PLAN</source>
        <translation>PIANO</translation>
    </message>
    <message>
        <source>USER SEATS</source>
        <translation>POSTAZIONI UTENTE</translation>
    </message>
    <message>
        <source>ADD-ONS</source>
        <translation>COMPONENTI AGGIUNTIVI</translation>
    </message>
    <message>
        <source>One seat less</source>
        <translation>Una postazione in meno</translation>
    </message>
    <message>
        <source>One seat more</source>
        <translation>Una postazione in più</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>An amount and what it covers: "$59.00 per month".</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Product: %1</source>
        <extracomment>The product an account has: "Marketing + Sales".</extracomment>
        <translation>Prodotto: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln included · %1 per extra seat</source>
        <translation>
            <numerusform>%Ln inclusa · %1 per postazione in più</numerusform>
            <numerusform>%Ln incluse · %1 per postazione in più</numerusform>
        </translation>
    </message>
    <message>
        <source>On your plan</source>
        <translation>Nel tuo piano</translation>
    </message>
    <message>
        <source>Add to plan</source>
        <translation>Aggiungi al piano</translation>
    </message>
    <message>
        <source>Add %1 to the plan</source>
        <translation>Aggiungi %1 al piano</translation>
    </message>
    <message>
        <source>The plan renews on %1 at %2.</source>
        <translation>Il piano si rinnova il %1 a %2.</translation>
    </message>
    <message>
        <source>From then on: %1.</source>
        <translation>Da allora: %1.</translation>
    </message>
    <message>
        <source>Plan total: %1 %2</source>
        <translation>Totale piano: %1 %2</translation>
    </message>
    <message>
        <source>Plan total: %1 → %2 %3</source>
        <extracomment>The plan's price before and after a seat change: "$74.00 → $104.00 per month".</extracomment>
        <translation>Totale piano: %1 → %2 %3</translation>
    </message>
    <message>
        <source>Schedule fewer seats…</source>
        <translation>Pianifica meno postazioni…</translation>
    </message>
    <message>
        <source>Review purchase…</source>
        <translation>Rivedi acquisto…</translation>
    </message>
    <message>
        <source>User seats</source>
        <translation>Postazioni utente</translation>
    </message>
    <message>
        <source>Go down to %1 from %2? Until then the account keeps %3, and the plan then costs %4 %5.</source>
        <translation>Scendere a %1 dal %2? Fino ad allora l’account mantiene %3, poi il piano costa %4 %5.</translation>
    </message>
    <message>
        <source>Please move %1 from the %2 plan to the %3 plan.</source>
        <translation>Spostate %1 dal piano %2 al piano %3.</translation>
    </message>
    <message>
        <source>We understand that we lose: %1.</source>
        <translation>Siamo consapevoli di perdere: %1.</translation>
    </message>
</context>
<context>
    <name>Tierline::PlanPlanner</name>
    <message>
        <source>The catalog has no plan “%1”.</source>
        <translation>Il listino non ha il piano “%1”.</translation>
    </message>
    <message>
        <source>The catalog has no %1 prices for the %2 plan.</source>
        <translation>Il listino non ha prezzi in %1 per il piano %2.</translation>
    </message>
    <message>
        <source>The catalog has no add-on “%1”.</source>
        <translation>Il listino non ha il componente aggiuntivo “%1”.</translation>
    </message>
    <message>
        <source>The catalog has no %1 price for %2.</source>
        <translation>Il listino non ha un prezzo in %1 per %2.</translation>
    </message>
    <message>
        <source>%1 is not a number of seats: choose from 1 to %2.</source>
        <translation>%1 non è un numero di postazioni: scegli da 1 a %2.</translation>
    </message>
    <message>
        <source>%1 is already on the plan.</source>
        <translation>%1 è già nel piano.</translation>
    </message>
    <message>
        <source>Moving to a cheaper plan is a request to our staff: use Request account change.</source>
        <translation>Passare a un piano più economico è una richiesta al nostro staff: usa Richiedi modifica account.</translation>
    </message>
</context>
<context>
    <name>Tierline::PostgreSqlUrl</name>
    <message>
        <source>This is not a valid PostgreSQL address; write postgresql://user@host:port/database.</source>
        <translation>Questo non è un indirizzo PostgreSQL valido; scrivi postgresql://utente@host:porta/database.</translation>
    </message>
    <message>
        <source>The PostgreSQL address must not contain a password. Put it in ~/.pgpass, in the PGPASSWORD environment variable or in a service file instead.</source>
        <translation>L'indirizzo PostgreSQL non deve contenere una password. Mettila in ~/.pgpass, nella variabile d'ambiente PGPASSWORD o in un file di servizio.</translation>
    </message>
    <message>
        <source>“%1” names more than one database.</source>
        <translation>“%1” indica più di un database.</translation>
    </message>
    <message>
        <source>“%1” is not a port number.</source>
        <translation>“%1” non è un numero di porta.</translation>
    </message>
    <message>
        <source>The PostgreSQL option %1 cannot contain spaces or “;”.</source>
        <translation>L'opzione PostgreSQL %1 non può contenere spazi o “;”.</translation>
    </message>
    <message>
        <source>The PostgreSQL address has an unknown option “%1”.</source>
        <translation>L'indirizzo PostgreSQL ha un'opzione sconosciuta “%1”.</translation>
    </message>
</context>
<context>
    <name>Tierline::ReviewPurchaseDialog</name>
    <message>
        <source>Review purchase</source>
        <translation>Rivedi acquisto</translation>
    </message>
    <message>
        <source>Campaigns for %1</source>
        <translation>Campagne per %1</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Subscriber tier</source>
        <translation>Livello di abbonati</translation>
    </message>
    <message numerus="yes">
        <source>%Ln subscriber(s)</source>
        <translation>
            <numerusform>%Ln abbonato</numerusform>
            <numerusform>%Ln abbonati</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Fatturazione</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <extracomment>Billing interval in currency: "Monthly in USD".</extracomment>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Inizio</translation>
    </message>
    <message numerus="yes">
        <source>Credit for the unused part of %Ln subscriber(s)</source>
        <translation>
            <numerusform>Accredito per la parte non utilizzata del livello da %Ln abbonato</numerusform>
            <numerusform>Accredito per la parte non utilizzata del livello da %Ln abbonati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>First %1 at %Ln subscriber(s)</source>
        <translation>
            <numerusform>Primo %1 con %Ln abbonato</numerusform>
            <numerusform>Primo %1 con %Ln abbonati</numerusform>
        </translation>
    </message>
    <message>
        <source>month</source>
        <translation>mese</translation>
    </message>
    <message>
        <source>year</source>
        <translation>anno</translation>
    </message>
    <message numerus="yes">
        <source>%Ln subscriber(s) for the rest of the cycle</source>
        <translation>
            <numerusform>%Ln abbonato per il resto del ciclo</numerusform>
            <numerusform>%Ln abbonati per il resto del ciclo</numerusform>
        </translation>
    </message>
    <message>
        <source>Charged today</source>
        <translation>Addebitato oggi</translation>
    </message>
    <message>
        <source>Full price from %1</source>
        <translation>Prezzo pieno dal %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Campaigns renews every %1 until you cancel it.</source>
        <translation>Campagne si rinnova ogni %1 finché non lo annulli.</translation>
    </message>
    <message>
        <source>The new limit applies at once. Pending contacts become subscribed, oldest first, as far as the new limit holds.</source>
        <translation>Il nuovo limite si applica subito. I contatti in attesa diventano iscritti, a partire dai meno recenti, fino al raggiungimento del nuovo limite.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Confirm purchase</source>
        <translation>Conferma acquisto</translation>
    </message>
    <message>
        <source>Confirm purchase, %1 charged today</source>
        <translation>Conferma acquisto, addebitato oggi: %1</translation>
    </message>
    <message>
        <source>Plan for %1</source>
        <translation>Piano per %1</translation>
    </message>
    <message>
        <source>User seats</source>
        <translation>Postazioni utente</translation>
    </message>
    <message>
        <source>Add-on</source>
        <translation>Componente aggiuntivo</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Piano</translation>
    </message>
    <message>
        <source>Credit for the unused part of the current plan price</source>
        <translation>Accredito per la parte non usata del prezzo attuale del piano</translation>
    </message>
    <message>
        <source>New plan price for the rest of the cycle</source>
        <translation>Nuovo prezzo del piano per il resto del ciclo</translation>
    </message>
    <message>
        <source>The change applies at once. The plan renews every %1 at the new price: plan, user seats and add-ons together.</source>
        <translation>La modifica vale subito. Il piano si rinnova ogni %1 al nuovo prezzo: piano, postazioni utente e componenti aggiuntivi insieme.</translation>
    </message>
</context>
<context>
    <name>Tierline::Scheduler</name>
    <message>
        <source>The catalog has no Campaigns price for account %1.</source>
        <translation>Il catalogo non contiene un prezzo di Campagne per l'account %1.</translation>
    </message>
    <message>
        <source>Billing has already been applied through %2, so nothing can be changed as of %1, an earlier day.</source>
        <translation>La fatturazione è già stata applicata fino al %2, quindi non è possibile apportare modifiche con data %1, che è precedente.</translation>
    </message>
    <message>
        <source>The catalog cannot price the plan of account %1: %2</source>
        <translation>Il listino non può prezzare il piano dell’account %1: %2</translation>
    </message>
</context>
<context>
    <name>Tierline::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Lingua di sistema (%1)</translation>
    </message>
    <message>
        <source>The new language applies at once, to amounts and dates too, and is remembered for the next start.</source>
        <translation>La nuova lingua si applica subito, anche a importi e date, e viene ricordata al prossimo avvio.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abbonamenti</translation>
    </message>
    <message>
        <source>Use &amp;subscriptions: MRR, subscription widgets and fields</source>
        <translation>Usa gli &amp;abbonamenti: MRR, widget e campi degli abbonamenti</translation>
    </message>
    <message>
        <source>For everyone on this database. Switched off, subscription widgets and fields are hidden and smart lists no longer offer them; columns already in smart lists stay and no data is removed. Switched on again, everything shows as before.</source>
        <translation>Per tutti gli utenti di questo database. Se disattivati, i widget e i campi degli abbonamenti vengono nascosti e gli elenchi intelligenti non li offrono più; le colonne già presenti negli elenchi intelligenti restano e nessun dato viene rimosso. Riattivandoli, tutto torna visibile come prima.</translation>
    </message>
</context>
<context>
    <name>Tierline::SmartListFields</name>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Titolare</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Piano</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Campaigns status</source>
        <translation>Stato Campagne</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Livello</translation>
    </message>
    <message>
        <source>Trial end</source>
        <translation>Fine del periodo di prova</translation>
    </message>
    <message>
        <source>Current MRR</source>
        <translation>MRR corrente</translation>
    </message>
    <message>
        <source>Subscription end</source>
        <translation>Fine dell'abbonamento</translation>
    </message>
    <message>
        <source>Upcoming MRR</source>
        <translation>MRR imminente</translation>
    </message>
    <message>
        <source>Upcoming start</source>
        <translation>Inizio imminente</translation>
    </message>
    <message>
        <source>Marketing contacts</source>
        <translation>Contatti di marketing</translation>
    </message>
    <message>
        <source>Usage %</source>
        <translation>Utilizzo %</translation>
    </message>
</context>
<context>
    <name>Tierline::SmartListStore</name>
    <message>
        <source>All accounts</source>
        <translation>Tutti gli account</translation>
    </message>
    <message>
        <source>Subscriptions ending soon</source>
        <translation>Abbonamenti in scadenza</translation>
    </message>
    <message>
        <source>There is no smart list %1.</source>
        <translation>Non esiste un elenco intelligente %1.</translation>
    </message>
    <message>
        <source>There is no smart list called “%1”. “tierline-cli smart-lists” lists them.</source>
        <translation>Non esiste un elenco intelligente chiamato “%1”. “tierline-cli smart-lists” li elenca.</translation>
    </message>
    <message>
        <source>Give the smart list a name.</source>
        <translation>Assegna un nome all'elenco intelligente.</translation>
    </message>
    <message>
        <source>“%1” is the name of a built-in smart list; choose another.</source>
        <translation>“%1” è il nome di un elenco intelligente predefinito; scegline un altro.</translation>
    </message>
    <message>
        <source>A smart list called “%1” exists already; choose another name.</source>
        <translation>Esiste già un elenco intelligente chiamato “%1”; scegli un altro nome.</translation>
    </message>
    <message>
        <source>A built-in smart list cannot be changed; save it under a new name instead.</source>
        <translation>Un elenco intelligente predefinito non può essere modificato; salvalo con un nuovo nome.</translation>
    </message>
    <message>
        <source>The smart list was deleted meanwhile; save it anew.</source>
        <translation>Nel frattempo l'elenco intelligente è stato eliminato; salvalo di nuovo.</translation>
    </message>
    <message>
        <source>A built-in smart list cannot be renamed.</source>
        <translation>Un elenco intelligente predefinito non può essere rinominato.</translation>
    </message>
    <message>
        <source>A built-in smart list cannot be deleted.</source>
        <translation>Un elenco intelligente predefinito non può essere eliminato.</translation>
    </message>
</context>
<context>
    <name>Tierline::SmartListsPage</name>
    <message>
        <source>Any</source>
        <translation>Qualsiasi</translation>
    </message>
    <message>
        <source>Within the next</source>
        <translation>Entro i prossimi</translation>
    </message>
    <message>
        <source>Between</source>
        <translation>Tra</translation>
    </message>
    <message>
        <source> days</source>
        <translation> giorni</translation>
    </message>
    <message>
        <source>New smart list</source>
        <translation>Nuovo elenco intelligente</translation>
    </message>
    <message>
        <source>Smart lists</source>
        <translation>Elenchi intelligenti</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuovo</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <source>Save &amp;as new</source>
        <translation>Salva come nu&amp;ovo</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Rinomina</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtro</translation>
    </message>
    <message>
        <source>Name contains:</source>
        <translation>Il nome contiene:</translation>
    </message>
    <message>
        <source>Part of the account name</source>
        <translation>Parte del nome dell'account</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Titolare:</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>&amp;Piano:</translation>
    </message>
    <message>
        <source>Campaigns &amp;status:</source>
        <translation>&amp;Stato Campagne:</translation>
    </message>
    <message>
        <source>Current MRR:</source>
        <translation>MRR corrente:</translation>
    </message>
    <message>
        <source>Upcoming MRR:</source>
        <translation>MRR imminente:</translation>
    </message>
    <message>
        <source>from</source>
        <translation>da</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>In each account's own currency, e.g. 100.50</source>
        <translation>Nella valuta di ciascun account, ad es. 100.50</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Utilizzo:</translation>
    </message>
    <message>
        <source>any</source>
        <translation>qualsiasi</translation>
    </message>
    <message>
        <source>Subscription end:</source>
        <translation>Fine dell'abbonamento:</translation>
    </message>
    <message>
        <source>Trial end:</source>
        <translation>Fine del periodo di prova:</translation>
    </message>
    <message>
        <source>Any plan</source>
        <translation>Qualsiasi piano</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Qualsiasi stato</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Colonne</translation>
    </message>
    <message>
        <source>Choose the columns of the list</source>
        <translation>Scegli le colonne dell'elenco</translation>
    </message>
    <message>
        <source>Separator:</source>
        <translation>Separatore:</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Virgola (,)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Punto e virgola (;)</translation>
    </message>
    <message>
        <source>BOM for Excel</source>
        <translation>BOM per Excel</translation>
    </message>
    <message>
        <source>Starts the file with a byte order mark, so that Excel reads it as UTF-8</source>
        <translation>Inizia il file con un byte order mark, così Excel lo legge come UTF-8</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Esporta CSV…</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>Qualsiasi titolare</translation>
    </message>
    <message>
        <source>Built in: cannot be renamed or deleted</source>
        <translation>Predefinito: non può essere rinominato né eliminato</translation>
    </message>
    <message numerus="yes">
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln account</numerusform>
            <numerusform>%Ln account</numerusform>
        </translation>
    </message>
    <message>
        <source>A built-in list is saved as a new list under this name.</source>
        <translation>Un elenco predefinito viene salvato come nuovo elenco con questo nome.</translation>
    </message>
    <message>
        <source>Delete smart list</source>
        <translation>Elimina elenco intelligente</translation>
    </message>
    <message>
        <source>Delete the smart list “%1”? The accounts in it are not touched.</source>
        <translation>Eliminare l'elenco intelligente “%1”? Gli account che contiene non vengono toccati.</translation>
    </message>
    <message>
        <source>Export smart list as CSV</source>
        <translation>Esporta elenco intelligente come CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting “%1”…</source>
        <translation>Esportazione di “%1”…</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Esportazione annullata; nessun file è stato scritto.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln account(s) exported to %1.</source>
        <translation>
            <numerusform>%Ln account esportato in %1.</numerusform>
            <numerusform>%Ln account esportati in %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tierline::SubscriptionImport</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
    <message>
        <source>%1 is a %2 and cannot import subscription deals.</source>
        <translation>%1 è %2 e non può importare accordi di abbonamento.</translation>
    </message>
    <message>
        <source>The file is empty: it needs a header line with account, owner, currency, amount, interval, start, end.</source>
        <translation>Il file è vuoto: serve una riga di intestazione con account, owner, currency, amount, interval, start, end.</translation>
    </message>
    <message>
        <source>The header names the column “%1” twice.</source>
        <translation>L’intestazione nomina la colonna “%1” due volte.</translation>
    </message>
    <message>
        <source>The file has no “%1” column. The header line must name the columns: account, owner, currency, amount, interval, start, end.</source>
        <translation>Il file non ha la colonna «%1». L'intestazione deve nominare le colonne: account, owner, currency, amount, interval, start, end.</translation>
    </message>
    <message>
        <source>row %1, column %2: %3</source>
        <translation>riga %1, colonna %2: %3</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>riga %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s), but the header has %1</source>
        <translation>
            <numerusform>%n campo, ma l’intestazione ne ha %1</numerusform>
            <numerusform>%n campi, ma l’intestazione ne ha %1</numerusform>
        </translation>
    </message>
    <message>
        <source>an account name is required</source>
        <translation>il nome dell'account è obbligatorio</translation>
    </message>
    <message>
        <source>“%1” is not a currency Tierline knows (%2)</source>
        <translation>«%1» non è una valuta che Tierline conosce (%2)</translation>
    </message>
    <message>
        <source>several accounts are called “%1”; rename them first</source>
        <translation>più account si chiamano «%1»; rinominali prima</translation>
    </message>
    <message>
        <source>%1 is billed in %2, not %3</source>
        <translation>%1 è fatturato in %2, non in %3</translation>
    </message>
    <message>
        <source>“%1” is not an amount above zero, such as 1234.50</source>
        <translation>«%1» non è un importo maggiore di zero, ad esempio 1234.50</translation>
    </message>
    <message>
        <source>“%1” is not monthly, quarterly or annual</source>
        <translation>«%1» non è monthly, quarterly o annual</translation>
    </message>
    <message>
        <source>“%1” is not a date as YYYY-MM-DD</source>
        <translation>«%1» non è una data nel formato AAAA-MM-GG</translation>
    </message>
    <message>
        <source>the deal ends on %1, before it starts</source>
        <translation>l'accordo termina il %1, prima di iniziare</translation>
    </message>
    <message numerus="yes">
        <source>The file has %n problem(s), so nothing was imported:</source>
        <translation>
            <numerusform>Il file ha %n problema, quindi non è stato importato nulla:</numerusform>
            <numerusform>Il file ha %n problemi, quindi non è stato importato nulla:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… e un altro.</numerusform>
            <numerusform>… e altri %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has a header but no deals.</source>
        <translation>Il file ha un'intestazione ma nessun accordo.</translation>
    </message>
</context>
<context>
    <name>Tierline::SubscriptionService</name>
    <message>
        <source>%1 is a %2 and cannot enter subscription deals; ask the account's owner or a sales rep.</source>
        <translation>%1 è %2 e non può inserire accordi di abbonamento; chiedi al titolare dell'account o a un rappresentante commerciale.</translation>
    </message>
    <message>
        <source>There is no subscription period %1.</source>
        <translation>Non esiste il periodo di abbonamento %1.</translation>
    </message>
    <message>
        <source>A deal needs an amount above zero.</source>
        <translation>Un accordo richiede un importo maggiore di zero.</translation>
    </message>
    <message>
        <source>A deal needs a start date.</source>
        <translation>Un accordo richiede una data di inizio.</translation>
    </message>
    <message>
        <source>The deal ends on %1, before it starts on %2.</source>
        <translation>L'accordo termina il %1, prima di iniziare il %2.</translation>
    </message>
    <message>
        <source>Billing writes this period itself; change the plan or the Campaigns tier instead, or add a deal.</source>
        <translation>La fatturazione scrive questo periodo da sé; modifica invece il piano o il livello di abbonati di Campagne, oppure aggiungi un accordo.</translation>
    </message>
    <message>
        <source>Someone else changed this deal since you opened it. Look at it again and repeat your change.</source>
        <translation>Qualcun altro ha modificato questo accordo dopo che l'hai aperto. Riguardalo e ripeti la modifica.</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>mensile</translation>
    </message>
    <message>
        <source>quarterly</source>
        <translation>trimestrale</translation>
    </message>
    <message>
        <source>annual</source>
        <translation>annuale</translation>
    </message>
</context>
<context>
    <name>Tierline::SubscriptionWidget</name>
    <message>
        <source>Monthly rate</source>
        <translation>Tariffa mensile</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Termina</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Imminente</translation>
    </message>
    <message>
        <source>MRR history</source>
        <translation>Storico MRR</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Mese precedente</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Mese successivo</translation>
    </message>
    <message>
        <source>Add deal…</source>
        <translation>Aggiungi accordo…</translation>
    </message>
    <message>
        <source>Edit deal…</source>
        <translation>Modifica accordo…</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fine</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>%1 a month</source>
        <translation>%1 al mese</translation>
    </message>
    <message>
        <source>No subscription now</source>
        <translation>Nessun abbonamento al momento</translation>
    </message>
    <message>
        <source>No end date</source>
        <translation>Nessuna data di fine</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>dal %1 al %2</translation>
    </message>
    <message>
        <source>from %1, no end date</source>
        <translation>dal %1, senza data di fine</translation>
    </message>
    <message>
        <source>%1 a month, %2</source>
        <translation>%1 al mese, %2</translation>
    </message>
    <message>
        <source>Ends; nothing from %1</source>
        <translation>Termina; nulla dal %1</translation>
    </message>
    <message>
        <source>Increase</source>
        <translation>Aumento</translation>
    </message>
    <message>
        <source>Decrease</source>
        <translation>Diminuzione</translation>
    </message>
    <message>
        <source>No change ahead</source>
        <translation>Nessuna modifica in vista</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Fatturazione</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Accordo</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>open</source>
        <translation>aperto</translation>
    </message>
    <message>
        <source>%1 cannot enter deals.</source>
        <translation>%1 non può inserire accordi.</translation>
    </message>
    <message>
        <source>Billing writes this period; change the plan instead.</source>
        <translation>La fatturazione scrive questo periodo; modifica invece il piano.</translation>
    </message>
</context>
<context>
    <name>Tierline::TierChangePlanner</name>
    <message>
        <source>The catalog has no prices in %1.</source>
        <translation>Il catalogo non contiene prezzi in %1.</translation>
    </message>
    <message>
        <source>The billing cycle must end after it starts.</source>
        <translation>Il ciclo di fatturazione deve terminare dopo il suo inizio.</translation>
    </message>
    <message>
        <source>The change date %1 is outside the billing cycle %2 to %3.</source>
        <translation>La data della modifica, %1, non rientra nel ciclo di fatturazione dal %2 al %3.</translation>
    </message>
    <message>
        <source>The subscribed count cannot be negative.</source>
        <translation>Il numero di contatti iscritti non può essere negativo.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln subscribed contact(s) need a tier of at least %1 subscribers. Archive contacts to go lower.</source>
        <translation>
            <numerusform>%Ln contatto iscritto richiede un livello di almeno %1 abbonati. Archivia dei contatti per scendere di livello.</numerusform>
            <numerusform>%Ln contatti iscritti richiedono un livello di almeno %1 abbonati. Archivia dei contatti per scendere di livello.</numerusform>
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
        <translation>Impossibile avviare Tierline</translation>
    </message>
    <message>
        <source>Billing for the Campaigns add-on.</source>
        <translation>Fatturazione del componente aggiuntivo Campagne.</translation>
    </message>
    <message>
        <source>The billing day, as YYYY-MM-DD.</source>
        <translation>Il giorno di fatturazione, nel formato YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATA</translation>
    </message>
    <message>
        <source>A price catalog to use instead of the built-in one.</source>
        <translation>Un catalogo prezzi da usare al posto di quello integrato.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>The language: en, sv, id or it.</source>
        <translation>La lingua: en, sv, id o it.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODICE</translation>
    </message>
    <message>
        <source>The staff login that acts.</source>
        <translation>Il login dello staff che esegue le operazioni.</translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation>LOGIN</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Argomento imprevisto “%1”.</translation>
    </message>
    <message>
        <source>--today needs a date as YYYY-MM-DD, not “%1”.</source>
        <translation>--today richiede una data nel formato YYYY-MM-DD, non “%1”.</translation>
    </message>
    <message>
        <source>Welcome to Tierline</source>
        <translation>Benvenuto in Tierline</translation>
    </message>
    <message>
        <source>This database is empty. Fill it with a demo workspace: staff in every role and accounts with a year of billing behind them, so that every page has something to show?</source>
        <translation>Questo database è vuoto. Vuoi riempirlo con un'area di lavoro demo, con membri dello staff in ogni ruolo e account con un anno di fatturazione alle spalle, così che ogni pagina abbia qualcosa da mostrare?</translation>
    </message>
    <message>
        <source>Creating the demo workspace…</source>
        <translation>Creazione dell'area di lavoro demo…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Demo workspace</source>
        <translation>Area di lavoro demo</translation>
    </message>
    <message>
        <source>No demo workspace</source>
        <translation>Area di lavoro demo non creata</translation>
    </message>
    <message>
        <source>The demo workspace could not be created: %1</source>
        <translation>Impossibile creare l'area di lavoro demo: %1</translation>
    </message>
    <message>
        <source>The database: an SQLite file, or postgresql://user@host:port/database (the password comes from ~/.pgpass or PGPASSWORD).</source>
        <translation>Il database: un file SQLite, oppure postgresql://utente@host:porta/database (la password viene da ~/.pgpass o da PGPASSWORD).</translation>
    </message>
    <message>
        <source>PATH|URL</source>
        <translation>PERCORSO|URL</translation>
    </message>
</context>
<context>
    <name>Tierline::UsageChart</name>
    <message>
        <source>Marketing contacts</source>
        <translation>Contatti di marketing</translation>
    </message>
    <message>
        <source>Tier limit</source>
        <translation>Limite del livello</translation>
    </message>
</context>
<context>
    <name>Tierline::UsagePage</name>
    <message>
        <source>Choose an account to see its usage and limits.</source>
        <translation>Scegli un account per vederne l'utilizzo e i limiti.</translation>
    </message>
    <message>
        <source>MARKETING CONTACTS</source>
        <translation>CONTATTI DI MARKETING</translation>
    </message>
    <message>
        <source>TIER LIMIT</source>
        <translation>LIMITE DEL LIVELLO</translation>
    </message>
    <message>
        <source>USAGE</source>
        <translation>UTILIZZO</translation>
    </message>
    <message>
        <source>ALL CONTACTS</source>
        <translation>TUTTI I CONTATTI</translation>
    </message>
    <message>
        <source>NEXT UPDATE DATE</source>
        <translation>PROSSIMA DATA DI AGGIORNAMENTO</translation>
    </message>
    <message>
        <source>Increase limit</source>
        <translation>Aumenta limite</translation>
    </message>
    <message>
        <source>Marketing contacts per day</source>
        <translation>Contatti di marketing al giorno</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Ultimi 30 giorni</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Ultimi 90 giorni</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Ultimi 12 mesi</translation>
    </message>
    <message>
        <source>When marketing contacts reach the limit</source>
        <translation>Quando i contatti di marketing raggiungono il limite</translation>
    </message>
    <message>
        <source>Usage &amp; limits</source>
        <translation>Utilizzo e limiti</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nessuno</translation>
    </message>
    <message>
        <source>The free trial holds up to %1 subscribers.</source>
        <translation>Il periodo di prova gratuito comprende fino a %1 abbonati.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>A contact set to non-marketing still counts until the next update date.</source>
        <translation>Un contatto impostato come non di marketing conta fino alla prossima data di aggiornamento.</translation>
    </message>
    <message>
        <source>Campaigns is not active on this account, so it has no subscriber limit.</source>
        <translation>Campagne non è attivo su questo account, quindi non ha un limite di abbonati.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln marketing contact(s) wait as Pending upgrade.</source>
        <translation>
            <numerusform>%Ln contatto di marketing resta In attesa di upgrade.</numerusform>
            <numerusform>%Ln contatti di marketing restano In attesa di upgrade.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln place(s) left before the limit.</source>
        <translation>
            <numerusform>%Ln posto rimasto prima del limite.</numerusform>
            <numerusform>%Ln posti rimasti prima del limite.</numerusform>
        </translation>
    </message>
    <message>
        <source>No staff member is acting, so the policy is read-only.</source>
        <translation>Nessun membro del personale sta agendo, quindi il criterio è di sola lettura.</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Sola lettura: %1</translation>
    </message>
</context>
<context>
    <name>Tierline::UsageService</name>
    <message>
        <source>There is no notification %1.</source>
        <translation>Non esiste la notifica %1.</translation>
    </message>
    <message>
        <source>%1 is over its tier: %2 marketing contacts for a limit of %3. New contacts wait as Pending upgrade until the limit is increased.</source>
        <translation>%1 ha superato il suo livello: %2 contatti di marketing per un limite di %3. I nuovi contatti restano In attesa di upgrade finché il limite non viene aumentato.</translation>
    </message>
    <message>
        <source>Usage has not grown over the last 30 days, so no date for reaching the limit is forecast.</source>
        <translation>L'utilizzo non è cresciuto negli ultimi 30 giorni, quindi non è prevista una data in cui si raggiunge il limite.</translation>
    </message>
    <message>
        <source>The limit is reached.</source>
        <translation>Il limite è raggiunto.</translation>
    </message>
    <message>
        <source>At the growth of the last 30 days, the limit is reached on %1.</source>
        <translation>Con la crescita degli ultimi 30 giorni, il limite viene raggiunto il %1.</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Attesa</translation>
    </message>
    <message>
        <source>Auto-upgrade</source>
        <translation>Upgrade automatico</translation>
    </message>
    <message>
        <source>New marketing contacts beyond the limit wait as Pending upgrade until the limit is increased.</source>
        <translation>I nuovi contatti di marketing oltre il limite restano In attesa di upgrade finché il limite non viene aumentato.</translation>
    </message>
    <message>
        <source>The tier rises to the next step as soon as new marketing contacts need it; the prorated difference is charged the next day.</source>
        <translation>Il livello sale al successivo non appena i nuovi contatti di marketing lo richiedono; la differenza in importo proporzionale viene addebitata il giorno dopo.</translation>
    </message>
    <message>
        <source>%1 has reached %2 % of its tier: %3 of %4 marketing contacts.</source>
        <translation>%1 ha raggiunto il %2 % del suo livello: %3 di %4 contatti di marketing.</translation>
    </message>
</context>
<context>
    <name>Tierline::UserStore</name>
    <message>
        <source>There is no user “%1”.</source>
        <translation>L'utente “%1” non esiste.</translation>
    </message>
    <message>
        <source>There is no user %1.</source>
        <translation>L'utente %1 non esiste.</translation>
    </message>
</context>
</TS>