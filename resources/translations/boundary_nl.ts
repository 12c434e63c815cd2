<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>AccountDialog</name>
    <message>
        <source>Add a mail account</source>
        <translation>Mailaccount toevoegen</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>For example: Work</source>
        <translation>Bijvoorbeeld: Werk</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>T&amp;esten</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>&amp;Aanmelden…</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Toevoegen</translation>
    </message>
    <message>
        <source>No account kinds are installed.</source>
        <translation>Er zijn geen soorten accounts geïnstalleerd.</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optioneel</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <source>There is already an account called &apos;%1&apos;.</source>
        <translation>Er is al een account met de naam ‘%1’.</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Er ging iets mis: %1</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <source>&amp;Add anyway</source>
        <translation>&amp;Toch toevoegen</translation>
    </message>
</context>
<context>
    <name>AccountFields</name>
    <message>
        <source>Email address</source>
        <translation>E-mailadres</translation>
    </message>
    <message>
        <source>EWS address</source>
        <translation>EWS-adres</translation>
    </message>
    <message>
        <source>Usually https://mail.example.com/EWS/Exchange.asmx. Leave empty to find it from the email address (autodiscover).</source>
        <translation>Meestal https://mail.example.com/EWS/Exchange.asmx. Laat leeg om het via het e-mailadres te vinden (autodiscover).</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>As you sign in to Outlook on the web: DOMAIN\name, name@domain or the email.</source>
        <translation>Zoals je je aanmeldt bij Outlook op het web: DOMEIN\naam, naam@domein of het e-mailadres.</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>Aanmeldmethode</translation>
    </message>
    <message>
        <source>NTLM for most Exchange servers; oauth2 when your IT team gives you a token.</source>
        <translation>NTLM voor de meeste Exchange-servers; oauth2 als je IT-afdeling je een token geeft.</translation>
    </message>
    <message>
        <source>Password or token</source>
        <translation>Wachtwoord of token</translation>
    </message>
    <message>
        <source>Your password, or the OAuth 2.0 access token when the sign-in method is oauth2.</source>
        <translation>Je wachtwoord, of het OAuth 2.0-toegangstoken als de aanmeldmethode oauth2 is.</translation>
    </message>
    <message>
        <source>OAuth client file</source>
        <translation>OAuth-clientbestand</translation>
    </message>
    <message>
        <source>The JSON file of a &apos;Desktop app&apos; OAuth client from Google Cloud Console (APIs &amp; Services → Credentials); see the Gmail page of the documentation.</source>
        <translation>Het JSON-bestand van een OAuth-client van het type ‘Desktop app’ uit Google Cloud Console (APIs &amp; Services → Credentials); zie de Gmail-pagina in de documentatie.</translation>
    </message>
    <message>
        <source>Existing sign-in (token file)</source>
        <translation>Bestaande aanmelding (tokenbestand)</translation>
    </message>
    <message>
        <source>Optional: an authorized-user token file to use instead of signing in.</source>
        <translation>Optioneel: een tokenbestand van het type ‘authorized user’, om te gebruiken in plaats van je aan te melden.</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Functies</translation>
    </message>
    <message>
        <source>What Boundary may do, and so what Google asks you to allow: reply = the auto-reply only; list = also show new mail in mail-check windows; forward = also forward mail to your backup.</source>
        <translation>Wat Boundary mag doen, en dus waar Google je toestemming voor vraagt: reply = alleen het afwezigheidsbericht; list = ook nieuwe mail tonen tijdens mailmomenten; forward = ook mail doorsturen naar je vervanger.</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>API-adres</translation>
    </message>
    <message>
        <source>Optional: another address for the Gmail API (a proxy); leave empty.</source>
        <translation>Optioneel: een ander adres voor de Gmail-API (een proxy); laat dit meestal leeg.</translation>
    </message>
    <message>
        <source>The name you sign in with; often your email address.</source>
        <translation>De naam waarmee je je aanmeldt; vaak je e-mailadres.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Beveiliging</translation>
    </message>
    <message>
        <source>ssl: encrypted from the start (ports 993 and 465); starttls: switched to encryption (ports 143 and 587); plain-loopback: unencrypted, only for a server on this computer.</source>
        <translation>ssl: versleuteld vanaf het begin (poorten 993 en 465); starttls: schakelt over op versleuteling (poorten 143 en 587); plain-loopback: onversleuteld, alleen voor een server op deze computer.</translation>
    </message>
    <message>
        <source>IMAP server</source>
        <translation>IMAP-server</translation>
    </message>
    <message>
        <source>IMAP port</source>
        <translation>IMAP-poort</translation>
    </message>
    <message>
        <source>993 with ssl, 143 with starttls.</source>
        <translation>993 met ssl, 143 met starttls.</translation>
    </message>
    <message>
        <source>ManageSieve server</source>
        <translation>ManageSieve-server</translation>
    </message>
    <message>
        <source>Where the server keeps filters and the auto-reply; the IMAP server if empty.</source>
        <translation>Waar de server filters en het afwezigheidsbericht bewaart; leeg betekent de IMAP-server.</translation>
    </message>
    <message>
        <source>ManageSieve port</source>
        <translation>ManageSieve-poort</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>SMTP-server</translation>
    </message>
    <message>
        <source>For forwarding mail to your backup; the IMAP server if empty.</source>
        <translation>Voor het doorsturen van mail naar je vervanger; leeg betekent de IMAP-server.</translation>
    </message>
    <message>
        <source>SMTP port</source>
        <translation>SMTP-poort</translation>
    </message>
    <message>
        <source>465 with ssl, 587 with starttls.</source>
        <translation>465 met ssl, 587 met starttls.</translation>
    </message>
    <message>
        <source>Colleagues&apos; domain</source>
        <translation>Domein van collega’s</translation>
    </message>
    <message>
        <source>Senders whose address ends in this domain get the message for colleagues; the domain of your email address if empty.</source>
        <translation>Afzenders van wie het adres op dit domein eindigt, krijgen het bericht voor collega’s; leeg betekent het domein van je e-mailadres.</translation>
    </message>
    <message>
        <source>Application (client) ID</source>
        <translation>Toepassings-ID (client)</translation>
    </message>
    <message>
        <source>The ID of your organisation&apos;s app registration in Microsoft Entra.</source>
        <translation>Het ID van de app-registratie van je organisatie in Microsoft Entra.</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Tenant</translation>
    </message>
    <message>
        <source>Your organisation&apos;s tenant ID or domain; &apos;organizations&apos; lets Microsoft find it.</source>
        <translation>Tenant-ID of domein van je organisatie; met ‘organizations’ zoekt Microsoft het zelf op.</translation>
    </message>
    <message>
        <source>Microsoft Graph address</source>
        <translation>Microsoft Graph-adres</translation>
    </message>
    <message>
        <source>Change only for a national cloud.</source>
        <translation>Alleen wijzigen voor een nationale cloud.</translation>
    </message>
    <message>
        <source>Sign-in address</source>
        <translation>Aanmeldadres</translation>
    </message>
    <message>
        <source>Change only for a national cloud; https://login.microsoftonline.com otherwise.</source>
        <translation>Alleen wijzigen voor een nationale cloud; anders https://login.microsoftonline.com.</translation>
    </message>
</context>
<context>
    <name>AccountsTab</name>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>What Boundary can do with it</source>
        <translation>Wat Boundary ermee kan</translation>
    </message>
    <message>
        <source>A&amp;dd account…</source>
        <translation>Account &amp;toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>T&amp;esten</translation>
    </message>
    <message>
        <source>Sign &amp;in again…</source>
        <translation>O&amp;pnieuw aanmelden…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Ve&amp;rwijderen</translation>
    </message>
    <message>
        <source>Not installed in this version of Boundary</source>
        <translation>Niet geïnstalleerd in deze versie van Boundary</translation>
    </message>
    <message>
        <source>Out-of-office reply</source>
        <translation>Afwezigheidsbericht</translation>
    </message>
    <message>
        <source>starts and stops on time by itself</source>
        <translation>gaat vanzelf op tijd aan en uit</translation>
    </message>
    <message>
        <source>can answer only your contacts or only colleagues</source>
        <translation>kan alleen je contactpersonen of alleen collega’s antwoorden</translation>
    </message>
    <message>
        <source>can answer only your contacts</source>
        <translation>kan alleen je contactpersonen antwoorden</translation>
    </message>
    <message>
        <source>can answer only colleagues</source>
        <translation>kan alleen collega’s antwoorden</translation>
    </message>
    <message>
        <source>lists new mail</source>
        <translation>toont nieuwe mail</translation>
    </message>
    <message>
        <source>forwards mail</source>
        <translation>stuurt mail door</translation>
    </message>
    <message>
        <source>Nothing yet</source>
        <translation>Nog niets</translation>
    </message>
    <message>
        <source>%1 is added when you save.</source>
        <translation>%1 wordt toegevoegd als je opslaat.</translation>
    </message>
    <message>
        <source>%1 is removed when you save; its password is then forgotten.</source>
        <translation>%1 wordt verwijderd als je opslaat; het wachtwoord wordt dan vergeten.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinden met %1…</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Er ging iets mis: %1</translation>
    </message>
</context>
<context>
    <name>AppText</name>
    <message>
        <source>Boundary cannot start</source>
        <translation>Boundary kan niet starten</translation>
    </message>
    <message>
        <source>Boundary</source>
        <translation>Boundary</translation>
    </message>
    <message>
        <source>Welcome to Boundary</source>
        <translation>Welkom bij Boundary</translation>
    </message>
    <message>
        <source>Add your name and the colleagues who cover for you in Settings, so your replies can name them.</source>
        <translation>Vul bij Instellingen je naam in en de collega’s die voor je waarnemen, zodat je afwezigheidsberichten hen kunnen noemen.</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Edit backup</source>
        <translation>Vervanger bewerken</translation>
    </message>
    <message>
        <source>Add a backup</source>
        <translation>Vervanger toevoegen</translation>
    </message>
    <message>
        <source>sam@example.com</source>
        <translation>sam@example.com</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optioneel</translation>
    </message>
    <message>
        <source>Optional, for example: urgent client questions</source>
        <translation>Optioneel, bijvoorbeeld: dringende vragen van klanten</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefoon:</translation>
    </message>
    <message>
        <source>&amp;Covers:</source>
        <translation>&amp;Waarvoor:</translation>
    </message>
    <message>
        <source>&quot;Covers&quot; ends the sentence &quot;please contact … for …&quot; in your message.</source>
        <translation>“Waarvoor” maakt in je bericht de zin “neem contact op met … voor …” af.</translation>
    </message>
    <message>
        <source>This backup %1.</source>
        <translation>Deze vervanger %1.</translation>
    </message>
</context>
<context>
    <name>BackupsTab</name>
    <message>
        <source>Colleagues who cover while you are away. The first one is named first; when you go away you choose who covers this time.</source>
        <translation>Collega’s die voor je waarnemen als je afwezig bent. De eerste wordt als eerste genoemd; als je je afwezig meldt, kies je wie er deze keer waarneemt.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Ve&amp;rwijderen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Om&amp;hoog</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Om&amp;laag</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>CheckPopup</name>
    <message>
        <source>Mail check</source>
        <translation>Mailmoment</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Resterende tijd</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>New mail</source>
        <translation>Nieuwe mail</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <source>&amp;Forward to backup…</source>
        <translation>&amp;Doorsturen naar vervanger…</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Klaar</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Snooze %n min</source>
        <translation>
            <numerusform>%n min &amp;uitstellen</numerusform>
            <numerusform>%n min &amp;uitstellen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>Nog %1</translation>
    </message>
    <message>
        <source>Mail check — %1</source>
        <translation>Mailmoment — %1</translation>
    </message>
    <message>
        <source>Time&apos;s up</source>
        <translation>De tijd is om</translation>
    </message>
    <message>
        <source>Mail check — time&apos;s up</source>
        <translation>Mailmoment — de tijd is om</translation>
    </message>
    <message>
        <source>None of your accounts can list new mail here. Add an Exchange, Microsoft 365, Gmail or IMAP account in Settings → Accounts to see your new mail in this window.</source>
        <translation>Geen van je accounts kan hier nieuwe mail tonen. Voeg bij Instellingen → Accounts een Exchange-, Microsoft 365-, Gmail- of IMAP-account toe om je nieuwe mail in dit venster te zien.</translation>
    </message>
    <message>
        <source>Looking for new mail in %1…</source>
        <translation>Nieuwe mail zoeken in %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s) since your last check.</source>
        <translation>
            <numerusform>%n nieuw bericht sinds je vorige mailmoment.</numerusform>
            <numerusform>%n nieuwe berichten sinds je vorige mailmoment.</numerusform>
        </translation>
    </message>
    <message>
        <source>Forwarding to %1…</source>
        <translation>Doorsturen naar %1…</translation>
    </message>
    <message>
        <source>Could not forward “%1”: %2</source>
        <translation>Kan “%1” niet doorsturen: %2</translation>
    </message>
    <message>
        <source>Forwarded “%1” to %2.</source>
        <translation>“%1” doorgestuurd naar %2.</translation>
    </message>
    <message>
        <source>Past your time</source>
        <translation>Tijd overschreden</translation>
    </message>
    <message>
        <source>Your fifteen minutes are over. Why keep going? (kept in your record)</source>
        <translation>Je vijftien minuten zijn om. Waarom ga je door? (komt in je logboek)</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>Boundary</source>
        <translation>Boundary</translation>
    </message>
    <message>
        <source>Sending the replies failed: %s</source>
        <translation>Versturen van de afwezigheidsberichten mislukt: %s</translation>
    </message>
</context>
<context>
    <name>ForwardDialog</name>
    <message>
        <source>Forward to backup</source>
        <translation>Doorsturen naar vervanger</translation>
    </message>
    <message>
        <source>“%1” from %2</source>
        <translation>“%1” van %2</translation>
    </message>
    <message>
        <source>Optional: what you would like them to do</source>
        <translation>Optioneel: wat moet je vervanger ermee doen?</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Aan:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notitie:</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Doorsturen</translation>
    </message>
</context>
<context>
    <name>GoAwayDialog</name>
    <message>
        <source>Go away — Boundary</source>
        <translation>Afwezig melden — Boundary</translation>
    </message>
    <message>
        <source>Why you are away (optional)</source>
        <translation>Waarom je afwezig bent (optioneel)</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Sjabloon:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reden:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Van:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Tot:</translation>
    </message>
    <message>
        <source>Times in %1</source>
        <translation>Tijden in %1</translation>
    </message>
    <message>
        <source>Rest of today</source>
        <translation>Rest van vandaag</translation>
    </message>
    <message>
        <source>Until tomorrow morning</source>
        <translation>Tot morgenochtend</translation>
    </message>
    <message>
        <source>Until Monday</source>
        <translation>Tot maandag</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Aangepast</translation>
    </message>
    <message>
        <source>&amp;Quick choice:</source>
        <translation>Snelle &amp;keuze:</translation>
    </message>
    <message>
        <source>&amp;No end date</source>
        <translation>&amp;Geen einddatum</translation>
    </message>
    <message>
        <source>The reply stays on until you come back from the tray menu.</source>
        <translation>Het afwezigheidsbericht blijft aan tot je in het systeemvakmenu ‘Ik ben terug’ kiest.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Ber&amp;ichttaal:</translation>
    </message>
    <message>
        <source>&amp;Who covers:</source>
        <translation>&amp;Wie neemt waar:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Add backup colleagues in Settings so your message can name who covers.</source>
        <translation>Voeg bij Instellingen vervangers toe, zodat je bericht kan noemen wie er waarneemt.</translation>
    </message>
    <message>
        <source>Acc&amp;ounts:</source>
        <translation>Acco&amp;unts:</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <source>My contacts only</source>
        <translation>Alleen mijn contactpersonen</translation>
    </message>
    <message>
        <source>Colleagues only</source>
        <translation>Alleen collega’s</translation>
    </message>
    <message>
        <source>&amp;Audience:</source>
        <translation>&amp;Doelgroep:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Onderwerp:</translation>
    </message>
    <message>
        <source>They see:</source>
        <translation>Zij zien:</translation>
    </message>
    <message>
        <source>For &amp;colleagues</source>
        <translation>Voor &amp;collega’s</translation>
    </message>
    <message>
        <source>&amp;Message to colleagues:</source>
        <translation>&amp;Bericht aan collega’s:</translation>
    </message>
    <message>
        <source>&amp;Preview: what colleagues receive</source>
        <translation>Voorb&amp;eeld: wat collega’s ontvangen</translation>
    </message>
    <message>
        <source>For &amp;everyone else</source>
        <translation>Voor a&amp;lle anderen</translation>
    </message>
    <message>
        <source>&amp;Message to everyone else:</source>
        <translation>&amp;Bericht aan alle anderen:</translation>
    </message>
    <message>
        <source>&amp;Preview: what everyone else receives</source>
        <translation>Voorb&amp;eeld: wat alle anderen ontvangen</translation>
    </message>
    <message>
        <source>Placeholders: {name} your name, {return} when you are back, {backups} who covers, {reason} the reason.</source>
        <translation>Invulvelden: {name} je naam, {return} wanneer je terug bent, {backups} wie er waarneemt, {reason} de reden.</translation>
    </message>
    <message>
        <source>&amp;Go away</source>
        <translation>&amp;Afwezig melden</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>%1 cannot limit who gets the reply: everyone will get the external message.</source>
        <translation>%1 kan niet beperken wie het afwezigheidsbericht krijgt: iedereen krijgt het bericht voor alle anderen.</translation>
    </message>
    <message>
        <source>Choose at least one account to set the reply on.</source>
        <translation>Kies minstens één account voor het afwezigheidsbericht.</translation>
    </message>
    <message>
        <source>The message for colleagues is %1 characters long; </source>
        <translation>Het bericht voor collega’s is %1 tekens lang; </translation>
    </message>
    <message>
        <source>The message for everyone else is %1 characters long; </source>
        <translation>Het bericht voor alle anderen is %1 tekens lang; </translation>
    </message>
    <message>
        <source>most people stop reading long replies.</source>
        <translation>de meeste mensen lezen lange berichten niet uit.</translation>
    </message>
    <message>
        <source>Away until further notice.</source>
        <translation>Afwezig tot nader order.</translation>
    </message>
    <message>
        <source>Away until %1.</source>
        <translation>Afwezig tot %1.</translation>
    </message>
    <message>
        <source>Setting your reply…</source>
        <translation>Je afwezigheidsbericht wordt ingesteld…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Verzenden…</translation>
    </message>
    <message>
        <source>No answer yet; the tray shows when it is set.</source>
        <translation>Nog geen reactie; het systeemvak laat zien wanneer het is ingesteld.</translation>
    </message>
    <message>
        <source>Some accounts need attention</source>
        <translation>Sommige accounts hebben aandacht nodig</translation>
    </message>
    <message>
        <source>You&apos;re away</source>
        <translation>Je bent afwezig</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Niet ingesteld</translation>
    </message>
    <message>
        <source>Setting the replies failed: %1</source>
        <translation>Instellen van de afwezigheidsberichten mislukt: %1</translation>
    </message>
    <message>
        <source>Will be set when you leave (%1)</source>
        <translation>Wordt ingesteld zodra je weggaat (%1)</translation>
    </message>
    <message>
        <source>Reply set; it starts %1</source>
        <translation>Afwezigheidsbericht ingesteld; gaat in op %1</translation>
    </message>
    <message>
        <source>Reply set</source>
        <translation>Afwezigheidsbericht ingesteld</translation>
    </message>
    <message>
        <source>Will retry at %1: %2</source>
        <translation>Nieuwe poging om %1: %2</translation>
    </message>
    <message>
        <source>Will retry: %2</source>
        <translation>Nieuwe poging volgt: %2</translation>
    </message>
    <message>
        <source>Sign-in needed: %1</source>
        <translation>Aanmelden nodig: %1</translation>
    </message>
    <message>
        <source>Changed outside Boundary: %1</source>
        <translation>Buiten Boundary gewijzigd: %1</translation>
    </message>
    <message>
        <source>Not set: %1</source>
        <translation>Niet ingesteld: %1</translation>
    </message>
</context>
<context>
    <name>IdentityTab</name>
    <message>
        <source>Your name signs your messages. The time zone sets when &quot;tomorrow morning&quot; is; type part of a city to find it.</source>
        <translation>Met je naam onderteken je je berichten. De tijdzone bepaalt wanneer “morgenochtend” is; typ een deel van een plaatsnaam om die te vinden.</translation>
    </message>
    <message>
        <source>Start Boundary &amp;when I sign in</source>
        <translation>Boundary starten &amp;wanneer ik me aanmeld</translation>
    </message>
    <message>
        <source>This system has no way for Boundary to start when you sign in.</source>
        <translation>Op dit systeem kan Boundary niet vanzelf starten als je je aanmeldt.</translation>
    </message>
    <message>
        <source>How your messages are signed</source>
        <translation>Hoe je je berichten ondertekent</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>jij@example.com</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optioneel</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Systeemtaal</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefoon:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Tijd&amp;zone:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Taa&amp;l:</translation>
    </message>
    <message>
        <source>Your email &apos;%1&apos; is not an email address.</source>
        <translation>Je e-mail ‘%1’ is geen e-mailadres.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time zone; pick one from the list, like %2.</source>
        <translation>‘%1’ is geen tijdzone; kies er een uit de lijst, zoals %2.</translation>
    </message>
    <message>
        <source>Boundary could not change starting when you sign in: %1</source>
        <translation>Boundary kon het starten bij aanmelden niet wijzigen: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Boundary</source>
        <translation>Boundary</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <source>C&amp;heck mail at set times</source>
        <translation>Mail op vaste tijden be&amp;kijken</translation>
    </message>
    <message>
        <source>Start time to add</source>
        <translation>Begintijd om toe te voegen</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Toevoegen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Ve&amp;rwijderen</translation>
    </message>
    <message>
        <source>Start ti&amp;mes:</source>
        <translation>&amp;Begintijden:</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuut</numerusform>
            <numerusform>%n minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Each check &amp;lasts:</source>
        <translation>&amp;Elk mailmoment duurt:</translation>
    </message>
    <message>
        <source>&amp;Days:</source>
        <translation>&amp;Dagen:</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>Geen herinnering</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) before</source>
        <translation>
            <numerusform>%n minuut van tevoren</numerusform>
            <numerusform>%n minuten van tevoren</numerusform>
        </translation>
    </message>
    <message>
        <source>Remi&amp;nder:</source>
        <translation>&amp;Herinnering:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <source>Snoozes &amp;per check:</source>
        <translation>Keer &amp;per mailmoment:</translation>
    </message>
    <message>
        <source>Snoo&amp;ze:</source>
        <translation>&amp;Uitstellen:</translation>
    </message>
    <message>
        <source>Strict mod&amp;e</source>
        <translation>Stre&amp;nge modus</translation>
    </message>
    <message>
        <source>After time&apos;s up, a reminder every minute; Done asks why you went over.</source>
        <translation>Als de tijd om is, elke minuut een herinnering; bij Klaar wordt gevraagd waarom je over tijd ging.</translation>
    </message>
    <message>
        <source>Day without checks to add</source>
        <translation>Dag zonder mailmomenten om toe te voegen</translation>
    </message>
    <message>
        <source>Add da&amp;y</source>
        <translation>Da&amp;g toevoegen</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Ver&amp;wijderen</translation>
    </message>
    <message>
        <source>Days &amp;without checks:</source>
        <translation>Dagen &amp;zonder mailmomenten:</translation>
    </message>
    <message>
        <source>No mail checks on a focus day; your auto-reply says when you will answer.</source>
        <translation>Geen mailmomenten op een focusdag; je afwezigheidsbericht zegt wanneer je reageert.</translation>
    </message>
    <message>
        <source>&amp;Focus days:</source>
        <translation>&amp;Focusdagen:</translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weken</numerusform>
        </translation>
    </message>
    <message>
        <source>How long after the plan started Boundary offers a look back at your record.</source>
        <translation>Hoe lang na de start van je mailmomenten Boundary je laat terugblikken op je logboek.</translation>
    </message>
    <message>
        <source>Look bac&amp;k after:</source>
        <translation>Terugb&amp;lik na:</translation>
    </message>
    <message>
        <source>Add a start time for mail checks, or switch off &quot;Check mail at set times&quot;.</source>
        <translation>Voeg een begintijd voor mailmomenten toe, of zet “Mail op vaste tijden bekijken” uit.</translation>
    </message>
    <message>
        <source>The mail-check plan %1.</source>
        <translation>Het schema van mailmomenten %1.</translation>
    </message>
    <message>
        <source>In the past: it no longer changes anything.</source>
        <translation>In het verleden: dit verandert niets meer.</translation>
    </message>
    <message>
        <source>No day has mail checks: tick a day under Days that is not a focus day.</source>
        <translation>Geen enkele dag heeft mailmomenten: vink bij Dagen een dag aan die geen focusdag is.</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nee</translation>
    </message>
</context>
<context>
    <name>ReplyLanguages</name>
    <message>
        <source>As the app</source>
        <translation>Zoals de app</translation>
    </message>
    <message>
        <source>nothing else</source>
        <translation>verder niets</translation>
    </message>
    <message>
        <source>A bilingual reply: the message in the first language, then the same template in this one (edit it in Settings → Templates).</source>
        <translation>Een tweetalig bericht: eerst de tekst in de eerste taal, daarna hetzelfde sjabloon in deze taal (aan te passen in Instellingen → Sjablonen).</translation>
    </message>
    <message>
        <source>then</source>
        <translation>daarna</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings — Boundary</source>
        <translation>Instellingen — Boundary</translation>
    </message>
    <message>
        <source>This profile was written by a newer version of Boundary. You can look at your settings here, but not change them: update Boundary to edit them.</source>
        <translation>Dit profiel is geschreven door een nieuwere versie van Boundary. Je kunt je instellingen hier bekijken, maar niet wijzigen: werk Boundary bij om ze te bewerken.</translation>
    </message>
    <message>
        <source>&amp;Identity</source>
        <translation>&amp;Identiteit</translation>
    </message>
    <message>
        <source>&amp;Backups</source>
        <translation>&amp;Vervangers</translation>
    </message>
    <message>
        <source>&amp;Templates</source>
        <translation>&amp;Sjablonen</translation>
    </message>
    <message>
        <source>Acc&amp;ounts</source>
        <translation>&amp;Accounts</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>Mail &amp;checks</source>
        <translation>&amp;Mailmomenten</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Er ging iets mis: %1</translation>
    </message>
    <message>
        <source>Your settings could not be saved: %1</source>
        <translation>Je instellingen konden niet worden opgeslagen: %1</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>&amp;Go away…</source>
        <translation>&amp;Afwezig melden…</translation>
    </message>
    <message>
        <source>I&apos;m &amp;back</source>
        <translation>Ik &amp;ben terug</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Af&amp;sluiten</translation>
    </message>
    <message>
        <source>&amp;Check mail now</source>
        <translation>&amp;Mail nu bekijken</translation>
    </message>
    <message>
        <source>S&amp;kip next check</source>
        <translation>Volgende &amp;overslaan</translation>
    </message>
    <message>
        <source>&amp;Pause checks for today</source>
        <translation>Vandaag &amp;pauzeren</translation>
    </message>
    <message>
        <source>S&amp;tatistics…</source>
        <translation>S&amp;tatistieken…</translation>
    </message>
    <message>
        <source>No mail checks planned</source>
        <translation>Geen mailmomenten gepland</translation>
    </message>
    <message>
        <source>Boundary could not update every account</source>
        <translation>Boundary kon niet alle accounts bijwerken</translation>
    </message>
    <message>
        <source>Mail check</source>
        <translation>Mailmoment</translation>
    </message>
    <message numerus="yes">
        <source>Mail check at %1 in %n minute(s)</source>
        <translation>
            <numerusform>Mailmoment om %1, over %n minuut</numerusform>
            <numerusform>Mailmoment om %1, over %n minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Time&apos;s up</source>
        <translation>De tijd is om</translation>
    </message>
    <message>
        <source>Your mail check is over. Close your mail; what is urgent can wait for your backup or the next check.</source>
        <translation>Je mailmoment is voorbij. Sluit je mail; wat dringend is, kan naar je vervanger of wachten tot het volgende mailmoment.</translation>
    </message>
    <message>
        <source>Your two-month evaluation</source>
        <translation>Je evaluatie na twee maanden</translation>
    </message>
    <message>
        <source>You have kept your mail-check plan for a while now: look back at how it went in Statistics.</source>
        <translation>Je werkt nu een tijdje met vaste mailmomenten: kijk bij Statistieken terug hoe dat ging.</translation>
    </message>
    <message>
        <source>Check mail now?</source>
        <translation>Mail nu bekijken?</translation>
    </message>
    <message>
        <source>It is not time for a mail check. Open an unscheduled check anyway? It goes on your record as unscheduled.</source>
        <translation>Het is nu geen tijd voor een mailmoment. Toch een ongepland mailmoment openen? Het komt als ongepland in je logboek.</translation>
    </message>
    <message>
        <source>Mail check skipped</source>
        <translation>Mailmoment overgeslagen</translation>
    </message>
    <message>
        <source>The mail check at %1 is skipped.</source>
        <translation>Het mailmoment van %1 wordt overgeslagen.</translation>
    </message>
    <message>
        <source>Mail checks paused</source>
        <translation>Mailmomenten gepauzeerd</translation>
    </message>
    <message numerus="yes">
        <source>No more mail checks today (%n skipped).</source>
        <translation>
            <numerusform>Vandaag geen mailmomenten meer (%n overgeslagen).</numerusform>
            <numerusform>Vandaag geen mailmomenten meer (%n overgeslagen).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignInPanel</name>
    <message>
        <source>Cancel sign-in</source>
        <translation>Aanmelden annuleren</translation>
    </message>
    <message>
        <source>Starting the sign-in…</source>
        <translation>Aanmelden wordt gestart…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annuleren…</translation>
    </message>
    <message>
        <source>Sign in in your browser. If it did not open, open this link:</source>
        <translation>Meld je aan in je browser. Is die niet geopend? Open dan deze link:</translation>
    </message>
    <message>
        <source>Open %1 and enter this code:</source>
        <translation>Open %1 en voer deze code in:</translation>
    </message>
</context>
<context>
    <name>StartAtLoginQuestion</name>
    <message>
        <source>Boundary</source>
        <translation>Boundary</translation>
    </message>
    <message>
        <source>Start Boundary when you sign in?</source>
        <translation>Boundary starten als je je aanmeldt?</translation>
    </message>
    <message>
        <source>Boundary can start by itself when you sign in to this computer, so your out-of-office replies go on and off on time and the tray shows where you stand. You can change this later in Settings.</source>
        <translation>Boundary kan vanzelf starten als je je aanmeldt op deze computer. Zo gaan je afwezigheidsberichten op tijd aan en uit en zie je in het systeemvak hoe het ervoor staat. Je kunt dit later wijzigen bij Instellingen.</translation>
    </message>
    <message>
        <source>&amp;Start when I sign in</source>
        <translation>&amp;Starten bij aanmelden</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Niet nu</translation>
    </message>
    <message>
        <source>Boundary could not set itself to start when you sign in: %1</source>
        <translation>Boundary kon niet instellen dat het start als je je aanmeldt: %1</translation>
    </message>
</context>
<context>
    <name>StatsChart</name>
    <message>
        <source>Chart of the record per week</source>
        <translation>Grafiek van het logboek per week</translation>
    </message>
    <message>
        <source>No weeks to show.</source>
        <translation>Geen weken om te tonen.</translation>
    </message>
    <message>
        <source>Use the Left and Right arrow keys to choose another week.</source>
        <translation>Kies met de pijltjestoetsen links en rechts een andere week.</translation>
    </message>
    <message>
        <source>Nothing on record in these weeks yet.</source>
        <translation>Nog niets vastgelegd in deze weken.</translation>
    </message>
</context>
<context>
    <name>StatsText</name>
    <message>
        <source>Kept</source>
        <translation>Op tijd</translation>
    </message>
    <message>
        <source>Overrun</source>
        <translation>Uitgelopen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Overgeslagen</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Gemist</translation>
    </message>
    <message>
        <source>Unscheduled checks</source>
        <translation>Ongeplande mailmomenten</translation>
    </message>
    <message>
        <source>Focus days</source>
        <translation>Focusdagen</translation>
    </message>
    <message>
        <source>Away days</source>
        <translation>Dagen afwezig</translation>
    </message>
    <message>
        <source>W%1</source>
        <translation>W%1</translation>
    </message>
    <message>
        <source>overrun: %1 (%2 min)</source>
        <translation>uitgelopen: %1 (%2 min)</translation>
    </message>
    <message>
        <source>overrun: %1</source>
        <translation>uitgelopen: %1</translation>
    </message>
    <message>
        <source>windows kept: %1</source>
        <translation>mailmomenten op tijd: %1</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>overgeslagen: %1</translation>
    </message>
    <message>
        <source>missed: %1</source>
        <translation>gemist: %1</translation>
    </message>
    <message>
        <source>snoozed: %1</source>
        <translation>uitgesteld: %1</translation>
    </message>
    <message>
        <source>unscheduled checks: %1</source>
        <translation>ongeplande mailmomenten: %1</translation>
    </message>
    <message>
        <source>messages forwarded: %1</source>
        <translation>berichten doorgestuurd: %1</translation>
    </message>
    <message>
        <source>away days: %1</source>
        <translation>dagen afwezig: %1</translation>
    </message>
    <message>
        <source>focus days: %1</source>
        <translation>focusdagen: %1</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>Week %1 (%2): %3</source>
        <translation>Week %1 (%2): %3</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <source>For each week, three bars: the mail-check windows stacked as kept, overrun, skipped and missed; the unscheduled checks; and the focus days and away days.</source>
        <translation>Per week drie staven: de mailmomenten gestapeld als op tijd, uitgelopen, overgeslagen en gemist; de ongeplande mailmomenten; en de focusdagen en dagen afwezig.</translation>
    </message>
</context>
<context>
    <name>StatsWindow</name>
    <message>
        <source>Statistics — Boundary</source>
        <translation>Statistieken — Boundary</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message numerus="yes">
        <source>Last %n weeks</source>
        <translation>
            <numerusform>Afgelopen %n week</numerusform>
            <numerusform>Afgelopen %n weken</numerusform>
        </translation>
    </message>
    <message>
        <source>Weeks shown</source>
        <translation>Getoonde weken</translation>
    </message>
    <message>
        <source>&amp;Chart</source>
        <translation>&amp;Grafiek</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>The record per week</source>
        <translation>Het logboek per week</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Tabel</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Op tijd</translation>
    </message>
    <message>
        <source>Overrun</source>
        <translation>Uitgelopen</translation>
    </message>
    <message>
        <source>Minutes over</source>
        <translation>Minuten over tijd</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Overgeslagen</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Gemist</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Uitgesteld</translation>
    </message>
    <message>
        <source>Unscheduled</source>
        <translation>Ongepland</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>Doorgestuurd</translation>
    </message>
    <message>
        <source>Away days</source>
        <translation>Dagen afwezig</translation>
    </message>
    <message>
        <source>Focus days</source>
        <translation>Focusdagen</translation>
    </message>
    <message>
        <source>No mail-check windows on record in these weeks.</source>
        <translation>Geen mailmomenten vastgelegd in deze weken.</translation>
    </message>
    <message>
        <source>Mail-check windows kept: %1 of %2 · overrun: %3 · missed: %4</source>
        <translation>Mailmomenten op tijd: %1 van %2 · uitgelopen: %3 · gemist: %4</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>In all: </source>
        <translation>In totaal: </translation>
    </message>
</context>
<context>
    <name>StatusText</name>
    <message>
        <source>Focus day: your auto-reply is on</source>
        <translation>Focusdag: je afwezigheidsbericht staat aan</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Beschikbaar</translation>
    </message>
    <message>
        <source> — %1 covers</source>
        <translation> — %1 neemt waar</translation>
    </message>
    <message>
        <source>Away, no end date</source>
        <translation>Afwezig, geen einddatum</translation>
    </message>
    <message>
        <source>Away until %1</source>
        <translation>Afwezig tot %1</translation>
    </message>
    <message>
        <source>Available · away from %1</source>
        <translation>Beschikbaar · afwezig vanaf %1</translation>
    </message>
    <message numerus="yes">
        <source>Needs attention on %n account(s)</source>
        <translation>
            <numerusform>Aandacht nodig bij %n account</numerusform>
            <numerusform>Aandacht nodig bij %n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending to %n account(s)…</source>
        <translation>
            <numerusform>Verzenden naar %n account…</numerusform>
            <numerusform>Verzenden naar %n accounts…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mail check: %n min left</source>
        <translation>
            <numerusform>Mailmoment: nog %n min</numerusform>
            <numerusform>Mailmoment: nog %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Next mail check %1</source>
        <translation>Volgend mailmoment %1</translation>
    </message>
</context>
<context>
    <name>TemplatesTab</name>
    <message>
        <source>Placeholders: {name} your name, {return} when you are back, {backups} who covers, {reason} the reason. A line whose placeholder is empty is left out; an empty field uses the original text.</source>
        <translation>Invulvelden: {name} je naam, {return} wanneer je terug bent, {backups} wie er waarneemt, {reason} de reden. Een regel met een leeg invulveld wordt weggelaten; een leeg veld gebruikt de oorspronkelijke tekst.</translation>
    </message>
    <message>
        <source>Replies i&amp;n:</source>
        <translation>Berichttal&amp;en:</translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation>Sjabloon&amp;taal:</translation>
    </message>
    <message>
        <source>Te&amp;mplate:</source>
        <translation>Sja&amp;bloon:</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>O&amp;nderwerp:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reden:</translation>
    </message>
    <message>
        <source>For co&amp;lleagues:</source>
        <translation>Voor &amp;collega’s:</translation>
    </message>
    <message>
        <source>For &amp;everyone else:</source>
        <translation>Voor a&amp;lle anderen:</translation>
    </message>
    <message>
        <source>Restore the ori&amp;ginal</source>
        <translation>Origineel &amp;herstellen</translation>
    </message>
    <message>
        <source>You changed this template.</source>
        <translation>Je hebt dit sjabloon aangepast.</translation>
    </message>
    <message>
        <source>The original text.</source>
        <translation>De oorspronkelijke tekst.</translation>
    </message>
</context>
<context>
    <name>WorkerBridge</name>
    <message>
        <source>Cancelled.</source>
        <translation>Geannuleerd.</translation>
    </message>
    <message>
        <source>The background task took too long and was stopped.</source>
        <translation>De achtergrondtaak duurde te lang en is gestopt.</translation>
    </message>
    <message>
        <source>The background task answered something Boundary cannot read.</source>
        <translation>De achtergrondtaak gaf een antwoord dat Boundary niet kan lezen.</translation>
    </message>
    <message>
        <source>The background task could not be started.</source>
        <translation>De achtergrondtaak kon niet worden gestart.</translation>
    </message>
    <message>
        <source>The background task stopped unexpectedly (exit status %1).</source>
        <translation>De achtergrondtaak is onverwacht gestopt (afsluitstatus %1).</translation>
    </message>
</context>
</TS>
