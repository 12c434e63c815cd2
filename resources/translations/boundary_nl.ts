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
        <source>&amp;Email address:</source>
        <translation>E-&amp;mailadres:</translation>
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
        <source>Show all settin&amp;gs</source>
        <translation>Alle instellingen t&amp;onen</translation>
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
        <source>&amp;Use your organisation&apos;s own registration</source>
        <translation>Eigen &amp;registratie van je organisatie gebruiken</translation>
    </message>
    <message>
        <source>Leave this off to sign in with Boundary&apos;s own registration. Tick it when your organisation asks you to use an app registration of its own.</source>
        <translation>Laat dit uit om je aan te melden met de eigen registratie van Boundary. Vink het aan als je organisatie wil dat je haar eigen app-registratie gebruikt.</translation>
    </message>
    <message>
        <source>&amp;Sign in with Microsoft…</source>
        <translation>&amp;Aanmelden met Microsoft…</translation>
    </message>
    <message>
        <source>&amp;Sign in with Google…</source>
        <translation>&amp;Aanmelden met Google…</translation>
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
        <source>%1 is needed.</source>
        <translation>%1 is nodig.</translation>
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
        <source>Exchange Server</source>
        <translation>Exchange Server</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>on = while you are away, an out-of-office event in your calendar, and a busy one on focus days.</source>
        <translation>on = terwijl je weg bent een afwezigheidsafspraak in je agenda, en een bezet-afspraak op focusdagen.</translation>
    </message>
    <message>
        <source>Gmail / Google Workspace</source>
        <translation>Gmail / Google Workspace</translation>
    </message>
    <message>
        <source>on = while you are away, an out-of-office event in your Google Calendar that declines new invitations, and a focus-time event on focus days (Google Workspace only; Google asks you to let Boundary manage your calendar events).</source>
        <translation>on = terwijl je weg bent een afwezigheidsafspraak in je Google Agenda die nieuwe uitnodigingen afwijst, en een focustijd-afspraak op focusdagen (alleen Google Workspace; Google vraagt je Boundary je agenda-afspraken te laten beheren).</translation>
    </message>
    <message>
        <source>Google Chat status</source>
        <translation>Google Chat-status</translation>
    </message>
    <message>
        <source>on = while you are away, a Google Chat status that ends with the away period, and Do Not Disturb on focus days (Google Workspace only; the Google Chat API must be turned on for the OAuth client&apos;s project; Google asks you to let Boundary see and change your availability in Chat).</source>
        <translation>on = terwijl je weg bent een status in Google Chat die eindigt met je afwezigheid, en Niet storen op focusdagen (alleen Google Workspace; de Google Chat API moet aanstaan in het project van de OAuth-client; Google vraagt je Boundary je beschikbaarheid in Chat te laten zien en wijzigen).</translation>
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
        <source>IMAP (ManageSieve)</source>
        <translation>IMAP (ManageSieve)</translation>
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
        <source>Sending (SMTP)</source>
        <translation>Verzenden (SMTP)</translation>
    </message>
    <message>
        <source>off: your mail server has no SMTP submission service; the auto-reply still works, but mail cannot be forwarded to your backup.</source>
        <translation>off: je mailserver heeft geen SMTP-dienst om mail te verzenden; het afwezigheidsbericht werkt nog steeds, maar mail kan niet naar je vervanger worden doorgestuurd.</translation>
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
        <source>SMTP security</source>
        <translation>SMTP-beveiliging</translation>
    </message>
    <message>
        <source>same: as for IMAP; the mail host&apos;s instructions say when sending differs.</source>
        <translation>same: zoals bij IMAP; de instructies van je mailprovider zeggen het als verzenden anders gaat.</translation>
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
        <source>Trial (answers no mail)</source>
        <translation>Proef (beantwoordt geen mail)</translation>
    </message>
    <message>
        <source>A trial: the reply is kept on this computer, so you can try Boundary; no mail is answered. Add a mail account to answer real mail.</source>
        <translation>Een proef: het bericht blijft op deze computer, zodat je Boundary kunt uitproberen; er wordt geen mail beantwoord. Voeg een mailaccount toe om echte mail te beantwoorden.</translation>
    </message>
    <message>
        <source>Microsoft 365</source>
        <translation>Microsoft 365</translation>
    </message>
    <message>
        <source>on = while you are away, an out-of-office event in your calendar, and a busy one on focus days (Microsoft asks you to let Boundary manage your calendar).</source>
        <translation>on = terwijl je weg bent een afwezigheidsafspraak in je agenda, en een bezet-afspraak op focusdagen (Microsoft vraagt je Boundary je agenda te laten beheren).</translation>
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
        <source>Your organisation&apos;s tenant ID or domain. Leave it empty and Microsoft finds it (&apos;organizations&apos;; &apos;common&apos; for outlook.com, hotmail.com and live.com).</source>
        <translation>De tenant-ID of het domein van je organisatie. Laat dit leeg, dan zoekt Microsoft het zelf op (‘organizations’; ‘common’ voor outlook.com, hotmail.com en live.com).</translation>
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
    <message>
        <source>Teams status</source>
        <translation>Teams-status</translation>
    </message>
    <message>
        <source>Set a Teams status message while you are away, and Do Not Disturb on focus days (work or school accounts; asks for the Presence.ReadWrite permission).</source>
        <translation>Zet een statusbericht in Teams terwijl je weg bent, en Niet storen op focusdagen (werk- of schoolaccounts; vraagt de toestemming Presence.ReadWrite).</translation>
    </message>
    <message>
        <source>Slack</source>
        <translation>Slack</translation>
    </message>
    <message>
        <source>Slack app&apos;s client ID</source>
        <translation>Client-ID van je Slack-app</translation>
    </message>
    <message>
        <source>For Sign in with Slack: the client ID of a Slack app with PKCE turned on and http://localhost as a redirect URL. Leave it empty when you give a token.</source>
        <translation>Voor Aanmelden met Slack: de client-ID van een Slack-app met PKCE aangezet en http://localhost als omleidings-URL. Laat het leeg als je een token opgeeft.</translation>
    </message>
    <message>
        <source>User token</source>
        <translation>Gebruikerstoken</translation>
    </message>
    <message>
        <source>A user token (xoxp-…) of your own Slack app with the scopes users.profile:read, users.profile:write, dnd:read and dnd:write.</source>
        <translation>Een gebruikerstoken (xoxp-…) van je eigen Slack-app met de scopes users.profile:read, users.profile:write, dnd:read en dnd:write.</translation>
    </message>
    <message>
        <source>Status emoji</source>
        <translation>Status-emoji</translation>
    </message>
    <message>
        <source>The emoji beside your away status, as :name:.</source>
        <translation>De emoji naast je afwezigheidsstatus, als :naam:.</translation>
    </message>
    <message>
        <source>Do Not Disturb</source>
        <translation>Niet storen</translation>
    </message>
    <message>
        <source>Pause Slack&apos;s notifications while you are away and on focus days.</source>
        <translation>Pauzeer de meldingen van Slack terwijl je afwezig bent en op focusdagen.</translation>
    </message>
    <message>
        <source>Slack API address</source>
        <translation>Adres van de Slack-API</translation>
    </message>
    <message>
        <source>Change only for a proxy or a test server.</source>
        <translation>Alleen wijzigen voor een proxy of een testserver.</translation>
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
        <source>Trial (answers no mail)</source>
        <translation>Proef (beantwoordt geen mail)</translation>
    </message>
    <message>
        <source>Keeps the reply on this computer, to try Boundary: no mail is answered.</source>
        <translation>Bewaart het bericht op deze computer, om Boundary uit te proberen: er wordt geen mail beantwoord.</translation>
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
        <source>sends your mail on to your backup while you are away</source>
        <translation>stuurt je mail door naar je vervanger terwijl je afwezig bent</translation>
    </message>
    <message>
        <source>marks you out of office in the calendar</source>
        <translation>zet je als afwezig in de agenda</translation>
    </message>
    <message>
        <source>sets your chat status</source>
        <translation>zet je chatstatus</translation>
    </message>
    <message>
        <source>Nothing yet</source>
        <translation>Nog niets</translation>
    </message>
    <message>
        <source>Also keeps:</source>
        <translation>Houdt ook bij:</translation>
    </message>
    <message>
        <source>%1 changes when you save.</source>
        <translation>%1 wordt aangepast als je opslaat.</translation>
    </message>
    <message>
        <source>Boundary may ask you to sign in again, to allow it.</source>
        <translation>Boundary kan je vragen opnieuw in te loggen om dat toe te staan.</translation>
    </message>
    <message>
        <source>%1 is added when you save, and the trial account %2, which answers no mail, is removed.</source>
        <translation>%1 wordt toegevoegd als je opslaat, en het proefaccount %2, dat geen mail beantwoordt, wordt verwijderd.</translation>
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
    <name>AddressFinder</name>
    <message>
        <source>name@example.com</source>
        <translation>naam@voorbeeld.nl</translation>
    </message>
    <message>
        <source>&amp;Find settings</source>
        <translation>&amp;Instellingen zoeken</translation>
    </message>
    <message>
        <source>Enter the settings by &amp;hand</source>
        <translation>Instellingen zelf in&amp;vullen</translation>
    </message>
    <message>
        <source>Enter your email address: Boundary looks up the settings for it.</source>
        <translation>Vul je e-mailadres in: Boundary zoekt de instellingen ervoor op.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an email address.</source>
        <translation>‘%1’ is geen e-mailadres.</translation>
    </message>
    <message>
        <source>Enter your email address.</source>
        <translation>Vul je e-mailadres in.</translation>
    </message>
    <message>
        <source>Looking up the settings for %1…</source>
        <translation>Instellingen voor %1 opzoeken…</translation>
    </message>
    <message>
        <source>Asking %1&apos;s Exchange server (autodiscover)…</source>
        <translation>De Exchange-server van %1 vragen (autodiscover)…</translation>
    </message>
    <message>
        <source>The settings could not be looked up (%1).</source>
        <translation>De instellingen konden niet worden opgezocht (%1).</translation>
    </message>
    <message>
        <source>Found: your email address</source>
        <translation>Gevonden: je e-mailadres</translation>
    </message>
    <message>
        <source>Found in the domain&apos;s autoconfig file (%1)</source>
        <translation>Gevonden in het autoconfig-bestand van het domein (%1)</translation>
    </message>
    <message>
        <source>Found in the domain&apos;s DNS records (%1)</source>
        <translation>Gevonden in de DNS-records van het domein (%1)</translation>
    </message>
    <message>
        <source>Found: a provider Boundary knows (%1)</source>
        <translation>Gevonden: een provider die Boundary kent (%1)</translation>
    </message>
    <message>
        <source>Found: the domain&apos;s mail server is %1</source>
        <translation>Gevonden: de mailserver van het domein is %1</translation>
    </message>
    <message>
        <source>Found by Exchange autodiscover (%1)</source>
        <translation>Gevonden via Exchange-autodiscover (%1)</translation>
    </message>
    <message>
        <source>No settings were found for %1. Choose the kind of account and enter the settings your provider gives you.</source>
        <translation>Voor %1 zijn geen instellingen gevonden. Kies de soort account en vul de instellingen in die je van je provider krijgt.</translation>
    </message>
    <message>
        <source>Found the settings for %1 in its autoconfig file: %2.</source>
        <translation>Instellingen voor %1 gevonden in het autoconfig-bestand: %2.</translation>
    </message>
    <message>
        <source>Found the settings for %1 in its DNS records: %2.</source>
        <translation>Instellingen voor %1 gevonden in de DNS-records: %2.</translation>
    </message>
    <message>
        <source>%1 has an Exchange server (found by autodiscover): %2.</source>
        <translation>%1 heeft een Exchange-server (gevonden via autodiscover): %2.</translation>
    </message>
    <message>
        <source>%1 is a provider Boundary knows: %2.</source>
        <translation>%1 is een provider die Boundary kent: %2.</translation>
    </message>
    <message>
        <source>Fill in what is left to add the account.</source>
        <translation>Vul in wat nog ontbreekt om het account toe te voegen.</translation>
    </message>
    <message>
        <source>Nothing more is needed.</source>
        <translation>Meer is niet nodig.</translation>
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
        <source>&amp;Away until (their last day away):</source>
        <translation>&amp;Afwezig tot en met (hun laatste dag):</translation>
    </message>
    <message>
        <source>Away until</source>
        <translation>Afwezig tot en met</translation>
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
    <message>
        <source>&amp;Covers (%1):</source>
        <translation>&amp;Waarvoor (%1):</translation>
    </message>
    <message>
        <source>Covers (%1):</source>
        <translation>Waarvoor (%1):</translation>
    </message>
    <message>
        <source>Empty: the reply says “%1”</source>
        <translation>Leeg: het antwoord zegt “%1”</translation>
    </message>
</context>
<context>
    <name>BackupsTab</name>
    <message>
        <source>Colleagues who cover while you are away. The first one is named first; when you go away you choose who covers this time.</source>
        <translation>Collega’s die voor je waarnemen als je afwezig bent. De eerste wordt als eerste genoemd; als je je afwezig meldt, kies je wie er deze keer waarneemt.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
</context>
<context>
    <name>BriefingText</name>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n bericht</numerusform>
            <numerusform>%n berichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n taken by %1</source>
        <translation>
            <numerusform>%n opgepakt door %1</numerusform>
            <numerusform>%n opgepakt door %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still unread</source>
        <translation>
            <numerusform>%n nog ongelezen</numerusform>
            <numerusform>%n nog ongelezen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BriefingWindow</name>
    <message>
        <source>Welcome back — Boundary</source>
        <translation>Welkom terug — Boundary</translation>
    </message>
    <message>
        <source>Looking at your mail…</source>
        <translation>Je mail wordt bekeken…</translation>
    </message>
    <message>
        <source>&amp;Mail</source>
        <translation>&amp;Mail</translation>
    </message>
    <message>
        <source>&amp;Thank your backups</source>
        <translation>&amp;Bedank je vervangers</translation>
    </message>
    <message>
        <source>From / subject</source>
        <translation>Van / onderwerp</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Mail that came in while you were away</source>
        <translation>Mail die binnenkwam terwijl je weg was</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <source>The briefing could not be made: %1</source>
        <translation>Het overzicht kon niet worden gemaakt: %1</translation>
    </message>
    <message>
        <source>No time away has ended yet.</source>
        <translation>Er is nog geen afwezigheid afgelopen.</translation>
    </message>
    <message>
        <source>Welcome back — %1. You were away from %2 until %3.</source>
        <translation>Welkom terug — %1. Je was weg van %2 tot %3.</translation>
    </message>
    <message>
        <source>%1 could not be listed: %2</source>
        <translation>%1 kon niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>First mail check after your return: %1</source>
        <translation>Eerste mailmoment na je terugkeer: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n bericht</numerusform>
            <numerusform>%n berichten</numerusform>
        </translation>
    </message>
    <message>
        <source>unread</source>
        <translation>ongelezen</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>naar %1</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(geen onderwerp)</translation>
    </message>
    <message>
        <source>Nobody covered for you this time.</source>
        <translation>Deze keer nam niemand voor je waar.</translation>
    </message>
</context>
<context>
    <name>CallSlotDialog</name>
    <message>
        <source>Edit call slot</source>
        <translation>Belmoment bewerken</translation>
    </message>
    <message>
        <source>Add a call slot</source>
        <translation>Belmoment toevoegen</translation>
    </message>
    <message>
        <source>Mail from these addresses and domains counts as this client&apos;s (in the return briefing); {calls} in a reply names this call.</source>
        <translation>Mail van deze adressen en domeinen telt als mail van deze klant (in het overzicht na je terugkeer); {calls} in een antwoord noemt dit gesprek.</translation>
    </message>
    <message>
        <source>Client or contact, for example Acme</source>
        <translation>Klant of contactpersoon, bijvoorbeeld Acme</translation>
    </message>
    <message>
        <source>acme.example, jo@acme.example</source>
        <translation>acme.example, jo@acme.example</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Contacts:</source>
        <translation>&amp;Contacten:</translation>
    </message>
    <message>
        <source>&amp;Days:</source>
        <translation>&amp;Dagen:</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Tijd:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Lasts:</source>
        <translation>&amp;Duur:</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Elke week</translation>
    </message>
    <message numerus="yes">
        <source>Every %n weeks</source>
        <translation>
            <numerusform>Elke %n week</numerusform>
            <numerusform>Elke %n weken</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Repeats:</source>
        <translation>&amp;Herhaling:</translation>
    </message>
</context>
<context>
    <name>CallsTab</name>
    <message>
        <source>Offer each client a regular call instead of ad-hoc ones: missed calls are answered with the next slot, and {calls} in a reply names it.</source>
        <translation>Bied elke klant een vast belmoment aan in plaats van losse telefoontjes: een gemiste oproep beantwoord je met het volgende moment, en {calls} in een antwoord noemt het.</translation>
    </message>
    <message>
        <source>Call slots</source>
        <translation>Belmomenten</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No addresses or domains yet</source>
        <translation>Nog geen adressen of domeinen</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Volgende: %1</translation>
    </message>
</context>
<context>
    <name>CallsText</name>
    <message>
        <source>Give the call slot a name: the client or contact it is for.</source>
        <translation>Geef het belmoment een naam: de klant of contactpersoon voor wie het is.</translation>
    </message>
    <message>
        <source>The name is longer than %1 characters.</source>
        <translation>De naam is langer dan %1 tekens.</translation>
    </message>
    <message>
        <source>There is already a call slot for %1.</source>
        <translation>Er is al een belmoment voor %1.</translation>
    </message>
    <message>
        <source>Choose at least one day for the call.</source>
        <translation>Kies minstens één dag voor het gesprek.</translation>
    </message>
    <message>
        <source>A call lasts from %2 to %3 minutes.</source>
        <translation>Een gesprek duurt %2 tot %3 minuten.</translation>
    </message>
    <message>
        <source>A call comes every week, or every 2 to %3 weeks.</source>
        <translation>Een gesprek is elke week, of om de 2 tot %3 weken.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an email address or a domain (acme.example).</source>
        <translation>&apos;%1&apos; is geen e-mailadres en geen domein (acme.example).</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>wekelijks</translation>
    </message>
    <message numerus="yes">
        <source>every %n week(s)</source>
        <translation>
            <numerusform>elke %n week</numerusform>
            <numerusform>om de %n weken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
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
    <message>
        <source>&amp;Add an account…</source>
        <translation>Account &amp;toevoegen…</translation>
    </message>
    <message>
        <source>Read your mail in your mail app for now: none of your accounts can list new mail here. To see it in this window, add an Exchange, Microsoft 365, Gmail or IMAP account.</source>
        <translation>Lees je mail voorlopig in je mailprogramma: geen van je accounts kan hier nieuwe mail tonen. Voeg een Exchange-, Microsoft 365-, Gmail- of IMAP-account toe om je nieuwe mail in dit venster te zien.</translation>
    </message>
    <message>
        <source>Snooze is not offered once time is up: it puts a check off before it ends. Close your mail and press Done.</source>
        <translation>Uitstellen kan niet meer als de tijd om is: het schuift een mailmoment op voordat het afloopt. Sluit je mail en kies Klaar.</translation>
    </message>
    <message>
        <source>Your plan allows no snoozes (Settings → Mail checks).</source>
        <translation>Je plan staat geen uitstel toe (Instellingen → Mailmomenten).</translation>
    </message>
    <message numerus="yes">
        <source>You have put this check off as often as your plan allows (%n time(s)).</source>
        <translation>
            <numerusform>Je hebt dit mailmoment zo vaak uitgesteld als je plan toestaat (%n keer).</numerusform>
            <numerusform>Je hebt dit mailmoment zo vaak uitgesteld als je plan toestaat (%n keer).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Keep work boundaries: out-of-office replies on every mail account at once.</source>
        <translation>Bewaak je werkgrenzen: afwezigheidsberichten op al je mailaccounts tegelijk.</translation>
    </message>
    <message>
        <source>Times accept ISO 8601 (2026-12-01 09:00) and phrases such as &apos;tomorrow 9:00&apos;, &apos;monday 8am&apos;, &apos;in 2 hours&apos;, in the profile&apos;s time zone. Exit codes: 0 done, 1 error (reason on one line), 2 bad command line, 3 some accounts still pending. BOUNDARY_HOME=DIR keeps all files under DIR.</source>
        <translation>Tijden in ISO 8601 (2026-12-01 09:00) of als &apos;morgen 9:00&apos;, &apos;maandag 8:00&apos;, &apos;over 2 uur&apos; (of in het Engels: &apos;tomorrow 9:00&apos;), in de tijdzone van het profiel. Afsluitcodes: 0 klaar, 1 fout (reden op één regel), 2 onjuiste opdrachtregel, 3 sommige accounts wachten nog. BOUNDARY_HOME=MAP bewaart alle bestanden in MAP.</translation>
    </message>
    <message>
        <source>print JSON for scripts</source>
        <translation>JSON afdrukken voor scripts</translation>
    </message>
    <message>
        <source>Another Boundary (a command or the app) is changing your replies and did not finish within {seconds} seconds; nothing was changed here. Try again shortly.</source>
        <translation>Een andere Boundary (een opdracht of de app) wijzigt je berichten en was niet binnen {seconds} seconden klaar; hier is niets gewijzigd. Probeer het zo opnieuw.</translation>
    </message>
    <message>
        <source>Added without connecting.</source>
        <translation>Toegevoegd zonder verbinding te maken.</translation>
    </message>
    <message>
        <source>{names} holds no auto-reply set outside Boundary (&apos;boundary status&apos; shows which accounts do).</source>
        <translation>{names} heeft geen afwezigheidsbericht dat buiten Boundary is ingesteld (&apos;boundary status&apos; laat zien welke accounts er een hebben).</translation>
    </message>
    <message>
        <source>list, add, test or remove mail accounts; keep or leave a reply set elsewhere; find an address&apos;s settings</source>
        <translation>mailaccounts tonen, toevoegen, testen of verwijderen; een elders ingesteld bericht houden of laten; de instellingen bij een adres zoeken</translation>
    </message>
    <message>
        <source>Mail accounts. Passwords and tokens are kept in the system keyring only.</source>
        <translation>Mailaccounts. Wachtwoorden en tokens staan alleen in de sleutelbos van het systeem.</translation>
    </message>
    <message>
        <source>installed account kinds and their capabilities</source>
        <translation>geïnstalleerde soorten accounts en wat ze kunnen</translation>
    </message>
    <message>
        <source>accounts and what they can do</source>
        <translation>accounts en wat ze kunnen</translation>
    </message>
    <message>
        <source>add an account: accounts add KIND NAME [options] (see accounts add KIND --help)</source>
        <translation>een account toevoegen: accounts add SOORT NAAM [opties] (zie accounts add SOORT --help)</translation>
    </message>
    <message>
        <source>Add an account. Each kind has its own options: &apos;boundary accounts add KIND --help&apos; lists them; &apos;boundary providers&apos; lists the kinds.</source>
        <translation>Een account toevoegen. Elke soort heeft eigen opties: &apos;boundary accounts add SOORT --help&apos; toont ze; &apos;boundary providers&apos; toont de soorten.</translation>
    </message>
    <message>
        <source>exchange, m365, gmail, imap, …</source>
        <translation>exchange, m365, gmail, imap, …</translation>
    </message>
    <message>
        <source>NAME and the kind&apos;s options</source>
        <translation>NAAM en de opties van de soort</translation>
    </message>
    <message>
        <source>remove an account and its saved password</source>
        <translation>een account en zijn bewaarde wachtwoord verwijderen</translation>
    </message>
    <message>
        <source>connect and say how the account&apos;s auto-reply stands</source>
        <translation>verbinden en zeggen hoe het afwezigheidsbericht van het account ervoor staat</translation>
    </message>
    <message>
        <source>sign in again (accounts that use a browser sign-in)</source>
        <translation>opnieuw aanmelden (accounts die zich via de browser aanmelden)</translation>
    </message>
    <message>
        <source>keep an auto-reply set outside Boundary as your away period</source>
        <translation>een buiten Boundary ingesteld afwezigheidsbericht als je afwezigheid houden</translation>
    </message>
    <message>
        <source>Keep an auto-reply set outside Boundary as your away period. It runs until the end it has (or until you say you are back); &apos;boundary back&apos; clears it.</source>
        <translation>Een buiten Boundary ingesteld afwezigheidsbericht als je afwezigheid houden. Het loopt tot het einde dat het heeft (of tot je zegt dat je terug bent); &apos;boundary back&apos; zet het uit.</translation>
    </message>
    <message>
        <source>leave an auto-reply set outside Boundary alone</source>
        <translation>een buiten Boundary ingesteld afwezigheidsbericht laten staan</translation>
    </message>
    <message>
        <source>Leave an auto-reply set outside Boundary alone. Boundary neither changes it nor mentions it again until you next go away or say you are back.</source>
        <translation>Een buiten Boundary ingesteld afwezigheidsbericht laten staan. Boundary wijzigt het niet en noemt het niet meer, tot je weer weggaat of zegt dat je terug bent.</translation>
    </message>
    <message>
        <source>what Boundary calls the account</source>
        <translation>hoe Boundary het account noemt</translation>
    </message>
    <message>
        <source>add without connecting (for example offline)</source>
        <translation>toevoegen zonder verbinding te maken (bijvoorbeeld offline)</translation>
    </message>
    <message>
        <source>Opening your browser to sign in. If it does not open, visit:</source>
        <translation>Je browser wordt geopend om je aan te melden. Opent hij niet, ga dan naar:</translation>
    </message>
    <message>
        <source>{names} hold no auto-reply set outside Boundary (&apos;boundary status&apos; shows which accounts do).</source>
        <translation>{names} hebben geen afwezigheidsbericht dat buiten Boundary is ingesteld (&apos;boundary status&apos; laat zien welke accounts er een hebben).</translation>
    </message>
    <message>
        <source>No accounts.</source>
        <translation>Geen accounts.</translation>
    </message>
    <message>
        <source>(your organisation&apos;s own registration; leave out to use Boundary&apos;s)</source>
        <translation>(de eigen registratie van je organisatie; weglaten voor die van Boundary)</translation>
    </message>
    <message>
        <source>add now, sign in later (accounts sign-in)</source>
        <translation>nu toevoegen, later aanmelden (accounts sign-in)</translation>
    </message>
    <message>
        <source>To sign in, visit {url} and enter the code {code}</source>
        <translation>Ga om je aan te melden naar {url} en voer de code {code} in</translation>
    </message>
    <message>
        <source>You already have an away period, and keeping this reply would replace it. Use &apos;boundary away&apos; to set one reply everywhere, or leave the reply of {names} alone.</source>
        <translation>Je hebt al een afwezigheid, en dit bericht houden zou die vervangen. Gebruik &apos;boundary away&apos; om overal één afwezigheidsbericht in te stellen, of laat het bericht van {names} met rust.</translation>
    </message>
    <message>
        <source>{names} hold different auto-replies, and one away period cannot keep them all: keep one and leave the others alone.</source>
        <translation>{names} hebben verschillende afwezigheidsberichten, en één afwezigheid kan ze niet allemaal houden: houd er één en laat de andere met rust.</translation>
    </message>
    <message>
        <source>{kind} — could not be loaded: {reason}</source>
        <translation>{kind} — kon niet worden geladen: {reason}</translation>
    </message>
    <message>
        <source>Add a {kind} account called NAME.</source>
        <translation>Een {kind}-account met de naam NAAM toevoegen.</translation>
    </message>
    <message>
        <source>Say which kind of account: {kinds} (&apos;boundary accounts add KIND --help&apos; lists its options).</source>
        <translation>Zeg welke soort account: {kinds} (&apos;boundary accounts add SOORT --help&apos; toont de opties).</translation>
    </message>
    <message>
        <source>Removed {name}.</source>
        <translation>{name} is verwijderd.</translation>
    </message>
    <message>
        <source>Kept the auto-reply of {names} as your away period.</source>
        <translation>Het afwezigheidsbericht van {names} is gehouden als je afwezigheid.</translation>
    </message>
    <message>
        <source>Left the auto-reply of {names} alone: Boundary does not change it until you next go away or say you are back.</source>
        <translation>Het afwezigheidsbericht van {names} blijft zoals het is: Boundary wijzigt het pas als je weer weggaat of zegt dat je terug bent.</translation>
    </message>
    <message>
        <source>(default: {default})</source>
        <translation>(standaard: {default})</translation>
    </message>
    <message>
        <source>read the {secret} from standard input (never give it as a flag)</source>
        <translation>het {secret} van standaardinvoer lezen (geef het nooit als optie)</translation>
    </message>
    <message>
        <source>Added {name} ({kind}).</source>
        <translation>{name} ({kind}) is toegevoegd.</translation>
    </message>
    <message>
        <source>Give the {secret} on standard input with {flag}.</source>
        <translation>Geef het {secret} via standaardinvoer met {flag}.</translation>
    </message>
    <message>
        <source>Accounts:</source>
        <translation>Accounts:</translation>
    </message>
    <message>
        <source>None of your backups is available, so nothing is forwarded until one is.</source>
        <translation>Geen van je vervangers is beschikbaar, dus er wordt niets doorgestuurd tot er een is.</translation>
    </message>
    <message>
        <source>Welcome back: the replies are cleared.</source>
        <translation>Welkom terug: de afwezigheidsberichten staan uit.</translation>
    </message>
    <message>
        <source>You were not away.</source>
        <translation>Je was niet afwezig.</translation>
    </message>
    <message>
        <source>available, away or focus day; the mail check; each account&apos;s reply</source>
        <translation>beschikbaar, afwezig of focusdag; het mailmoment; het bericht van elk account</translation>
    </message>
    <message>
        <source>set the out-of-office reply on every account</source>
        <translation>het afwezigheidsbericht op elk account instellen</translation>
    </message>
    <message>
        <source>Set the out-of-office reply on your accounts and report each result.</source>
        <translation>Het afwezigheidsbericht op je accounts instellen en elk resultaat melden.</translation>
    </message>
    <message>
        <source>clear the replies everywhere</source>
        <translation>de afwezigheidsberichten overal uitzetten</translation>
    </message>
    <message>
        <source>End the away period and clear the reply on every account.</source>
        <translation>De afwezigheid beëindigen en het bericht op elk account uitzetten.</translation>
    </message>
    <message>
        <source>None of your backups is available: the reply names nobody and nothing is forwarded.</source>
        <translation>Geen van je vervangers is beschikbaar: het bericht noemt niemand en er wordt niets doorgestuurd.</translation>
    </message>
    <message>
        <source>ask every account now (over the network, as the app does every hour) instead of showing what was last known</source>
        <translation>vraag nu elk account (via het netwerk, zoals de app elk uur doet) in plaats van te tonen wat het laatst bekend was</translation>
    </message>
    <message>
        <source>start (default: now)</source>
        <translation>begin (standaard: nu)</translation>
    </message>
    <message>
        <source>when you are back, e.g. &apos;monday 9:00&apos;</source>
        <translation>wanneer je terug bent, bijv. &apos;maandag 9:00&apos;</translation>
    </message>
    <message>
        <source>a reply with no end date</source>
        <translation>een bericht zonder einddatum</translation>
    </message>
    <message>
        <source>message template</source>
        <translation>berichtsjabloon</translation>
    </message>
    <message>
        <source>why you are away (fills {reason})</source>
        <translation>waarom je afwezig bent (vult {reason})</translation>
    </message>
    <message>
        <source>one message for everyone</source>
        <translation>één bericht voor iedereen</translation>
    </message>
    <message>
        <source>the message for colleagues</source>
        <translation>het bericht voor collega’s</translation>
    </message>
    <message>
        <source>the message for everyone else</source>
        <translation>het bericht voor alle anderen</translation>
    </message>
    <message>
        <source>the reply&apos;s subject</source>
        <translation>het onderwerp van het bericht</translation>
    </message>
    <message>
        <source>another subject for everyone else (accounts with one subject use this one)</source>
        <translation>een ander onderwerp voor alle anderen (accounts met één onderwerp gebruiken dit)</translation>
    </message>
    <message>
        <source>another reason for everyone else (&apos;&apos; gives them none)</source>
        <translation>een andere reden voor alle anderen (&apos;&apos; geeft hun geen)</translation>
    </message>
    <message>
        <source>who covers (repeat for a second backup; default: the first in your roster)</source>
        <translation>wie je vervangt (herhaal voor een tweede vervanger; standaard: de eerste in je lijst)</translation>
    </message>
    <message>
        <source>name nobody who covers</source>
        <translation>niemand als vervanger noemen</translation>
    </message>
    <message>
        <source>also send your mail on to the backup who covers (a copy stays in your mailbox)</source>
        <translation>je mail ook doorsturen naar de vervanger (een kopie blijft in je mailbox)</translation>
    </message>
    <message>
        <source>with --forward-to-backup: send no auto-reply (silent cover)</source>
        <translation>met --forward-to-backup: geen afwezigheidsbericht sturen (stille vervanging)</translation>
    </message>
    <message>
        <source>who gets the external message: all, contacts or internal (colleagues only)</source>
        <translation>wie het externe bericht krijgt: all, contacts of internal (alleen collega’s)</translation>
    </message>
    <message>
        <source>only this account</source>
        <translation>alleen dit account</translation>
    </message>
    <message>
        <source>show the messages; change and send nothing</source>
        <translation>de berichten tonen; niets wijzigen of versturen</translation>
    </message>
    <message>
        <source>Say when you are back with --until (for example --until &apos;monday 9:00&apos;), or use --no-end for a reply with no end date.</source>
        <translation>Zeg met --until wanneer je terug bent (bijvoorbeeld --until &apos;maandag 9:00&apos;), of gebruik --no-end voor een bericht zonder einddatum.</translation>
    </message>
    <message>
        <source>Use either --until or --no-end, not both.</source>
        <translation>Gebruik --until of --no-end, niet allebei.</translation>
    </message>
    <message>
        <source>Use either --backup or --no-backup, not both.</source>
        <translation>Gebruik --backup of --no-backup, niet allebei.</translation>
    </message>
    <message>
        <source>--no-reply needs --forward-to-backup: with neither a reply nor forwarding, nobody would look after your mail.</source>
        <translation>--no-reply vraagt om --forward-to-backup: zonder bericht en zonder doorsturen let niemand op je mail.</translation>
    </message>
    <message>
        <source>Use either --forward-to-backup or --no-backup: mail is forwarded to the backup who covers.</source>
        <translation>Gebruik --forward-to-backup of --no-backup: mail wordt doorgestuurd naar de vervanger.</translation>
    </message>
    <message>
        <source>--until is empty; say when you are back (for example --until &apos;monday 9:00&apos;), or use --no-end for a reply with no end date.</source>
        <translation>--until is leeg; zeg wanneer je terug bent (bijvoorbeeld --until &apos;maandag 9:00&apos;), of gebruik --no-end voor een bericht zonder einddatum.</translation>
    </message>
    <message>
        <source>--from is empty; leave it out to start now.</source>
        <translation>--from is leeg; laat het weg om nu te beginnen.</translation>
    </message>
    <message>
        <source>--subject is empty; leave it out for the template&apos;s subject.</source>
        <translation>--subject is leeg; laat het weg voor het onderwerp van het sjabloon.</translation>
    </message>
    <message>
        <source>For colleagues:</source>
        <translation>Voor collega’s:</translation>
    </message>
    <message>
        <source>For everyone else:</source>
        <translation>Voor alle anderen:</translation>
    </message>
    <message>
        <source>Nothing was changed (--dry-run).</source>
        <translation>Er is niets gewijzigd (--dry-run).</translation>
    </message>
    <message>
        <source>Mail checks: off.</source>
        <translation>Mailmomenten: uit.</translation>
    </message>
    <message>
        <source>{backup} is away; {instead} covers instead.</source>
        <translation>{backup} is afwezig; {instead} vervangt in plaats daarvan.</translation>
    </message>
    <message>
        <source>Available.</source>
        <translation>Beschikbaar.</translation>
    </message>
    <message>
        <source>It replaced the auto-reply {name} already had (until {end}), set outside Boundary.</source>
        <translation>Het verving het afwezigheidsbericht dat {name} al had (tot {end}), buiten Boundary ingesteld.</translation>
    </message>
    <message>
        <source>It would replace the auto-reply {name} already has (until {end}), set outside Boundary.</source>
        <translation>Het zou het afwezigheidsbericht vervangen dat {name} al heeft (tot {end}), buiten Boundary ingesteld.</translation>
    </message>
    <message>
        <source>It replaced the auto-reply {name} already had, set outside Boundary.</source>
        <translation>Het verving het afwezigheidsbericht dat {name} al had, buiten Boundary ingesteld.</translation>
    </message>
    <message>
        <source>It would replace the auto-reply {name} already has, set outside Boundary.</source>
        <translation>Het zou het afwezigheidsbericht vervangen dat {name} al heeft, buiten Boundary ingesteld.</translation>
    </message>
    <message>
        <source>{account} cannot forward mail by itself, so its mail is not forwarded.</source>
        <translation>{account} kan zelf geen mail doorsturen, dus de mail ervan wordt niet doorgestuurd.</translation>
    </message>
    <message>
        <source>{account} forwards only while Boundary runs at the start and at the end of the period: it switches the forwarding on and off then.</source>
        <translation>{account} stuurt alleen door als Boundary draait bij het begin en het einde van de periode: dan zet het het doorsturen aan en uit.</translation>
    </message>
    <message>
        <source>{email} is outside {account}&apos;s organisation, which may block forwarding there (Exchange Online bounces it: 5.7.520); choose a backup inside it if mail does not arrive.</source>
        <translation>{email} valt buiten de organisatie van {account}, die doorsturen daarheen kan blokkeren (Exchange Online weigert het: 5.7.520); kies een vervanger binnen de organisatie als de mail niet aankomt.</translation>
    </message>
    <message>
        <source>(no reply)</source>
        <translation>(geen bericht)</translation>
    </message>
    <message>
        <source>Mail check snoozed: it opens again at {time}.</source>
        <translation>Mailmoment gesluimerd: het gaat om {time} weer open.</translation>
    </message>
    <message>
        <source>No mail check ahead.</source>
        <translation>Geen mailmoment gepland.</translation>
    </message>
    <message>
        <source>Focus day, until {when}.</source>
        <translation>Focusdag, tot {when}.</translation>
    </message>
    <message>
        <source>the reply&apos;s language, or two for a bilingual reply: nl,en (languages: {languages}; default: your reply language)</source>
        <translation>de taal van het bericht, of twee voor een tweetalig bericht: nl,en (talen: {languages}; standaard: je berichttaal)</translation>
    </message>
    <message>
        <source>--lang &apos;{text}&apos; leaves a language empty; give one, such as nl, or two for a bilingual reply, such as nl,en.</source>
        <translation>--lang &apos;{text}&apos; laat een taal leeg; geef er een, zoals nl, of twee voor een tweetalig bericht, zoals nl,en.</translation>
    </message>
    <message>
        <source>--until {moment} is more than {years} years ahead (the latest is {latest}); use --no-end for a reply with no end date.</source>
        <translation>--until {moment} ligt meer dan {years} jaar vooruit (het uiterste is {latest}); gebruik --no-end voor een bericht zonder einddatum.</translation>
    </message>
    <message>
        <source>--from {moment} is more than {years} years ahead (the latest is {latest}).</source>
        <translation>--from {moment} ligt meer dan {years} jaar vooruit (het uiterste is {latest}).</translation>
    </message>
    <message>
        <source>{backup} is away, and nobody else in your roster is available.</source>
        <translation>{backup} is afwezig, en niemand anders in je lijst is beschikbaar.</translation>
    </message>
    <message>
        <source>Subject: {subject}</source>
        <translation>Onderwerp: {subject}</translation>
    </message>
    <message>
        <source>Mail check open: {minutes} min left (until {time}).</source>
        <translation>Mailmoment open: nog {minutes} min (tot {time}).</translation>
    </message>
    <message>
        <source>Mail check open: time is up (it was until {time}).</source>
        <translation>Mailmoment open: de tijd is om (het was tot {time}).</translation>
    </message>
    <message>
        <source>Next mail check: {when}.</source>
        <translation>Volgende mailmoment: {when}.</translation>
    </message>
    <message>
        <source>Available. Upcoming: {away}</source>
        <translation>Beschikbaar. Gepland: {away}</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n bericht</numerusform>
            <numerusform>%n berichten</numerusform>
        </translation>
    </message>
    <message>
        <source>the way back: what came in while you were away</source>
        <translation>de weg terug: wat er binnenkwam terwijl je weg was</translation>
    </message>
    <message>
        <source>For the last time away: per account, the messages that came in, by sender and client, which your backups received and which are still unread; a thank-you mail to your backups to edit and send; the first mail check after your return. It only reads mail: nothing is marked read, moved or sent.</source>
        <translation>Voor je laatste afwezigheid: per account de berichten die binnenkwamen, per afzender en klant, welke je vervangers ontvingen en welke nog ongelezen zijn; een bedankmail aan je vervangers om te bewerken en te versturen; het eerste mailmoment na je terugkeer. Het leest alleen mail: niets wordt als gelezen gemarkeerd, verplaatst of verstuurd.</translation>
    </message>
    <message numerus="yes">
        <source>%n still unread</source>
        <translation>
            <numerusform>%n nog ongelezen</numerusform>
            <numerusform>%n nog ongelezen</numerusform>
        </translation>
    </message>
    <message>
        <source>By sender:</source>
        <translation>Per afzender:</translation>
    </message>
    <message>
        <source>(unread)</source>
        <translation>(ongelezen)</translation>
    </message>
    <message>
        <source>No time away has ended yet: nothing to brief you on.</source>
        <translation>Er is nog geen afwezigheid afgelopen: er is niets om je over bij te praten.</translation>
    </message>
    <message numerus="yes">
        <source>%n taken by {name}</source>
        <translation>
            <numerusform>%n opgepakt door {name}</numerusform>
            <numerusform>%n opgepakt door {name}</numerusform>
        </translation>
    </message>
    <message>
        <source>Welcome back. Away from {start} until {end}: {headline}.</source>
        <translation>Welkom terug. Weg van {start} tot {end}: {headline}.</translation>
    </message>
    <message>
        <source>By client: </source>
        <translation>Per klant: </translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(geen onderwerp)</translation>
    </message>
    <message>
        <source>A thank-you to {to} (edit and send it, or not):</source>
        <translation>Een bedankje aan {to} (bewerk en verstuur het, of niet):</translation>
    </message>
    <message>
        <source>First mail check: {when}.</source>
        <translation>Eerste mailmoment: {when}.</translation>
    </message>
    <message>
        <source>(to {to})</source>
        <translation>(naar {to})</translation>
    </message>
    <message>
        <source>could not be listed — {problem}</source>
        <translation>kon niet worden opgehaald — {problem}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a call slot; use days and a time, like &apos;fri 10:00&apos;</source>
        <translation>&apos;{text}&apos; is geen belmoment; geef dagen en een tijd, zoals &apos;fri 10:00&apos;</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; names no day; use days and a time, like &apos;fri 10:00&apos;</source>
        <translation>&apos;{text}&apos; noemt geen dag; geef dagen en een tijd, zoals &apos;fri 10:00&apos;</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a time of day; use a time like 10:00</source>
        <translation>&apos;{text}&apos; is geen tijdstip; geef een tijd zoals 10:00</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a day or a range of days; use e.g. mon-fri</source>
        <translation>&apos;{text}&apos; is geen dag of reeks dagen; gebruik bijv. mon-fri</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a day of the week; use mon, tue, wed, thu, fri, sat or sun</source>
        <translation>&apos;{text}&apos; is geen dag van de week; gebruik mon, tue, wed, thu, fri, sat of sun</translation>
    </message>
    <message>
        <source>Logged: a call from {client}, {when}.</source>
        <translation>Genoteerd: een telefoontje van {client}, {when}.</translation>
    </message>
    <message>
        <source>Logged: a chat from {client}, {when}.</source>
        <translation>Genoteerd: een chatbericht van {client}, {when}.</translation>
    </message>
    <message>
        <source>Logged: a visit from {client}, {when}.</source>
        <translation>Genoteerd: een bezoek van {client}, {when}.</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>wekelijks</translation>
    </message>
    <message numerus="yes">
        <source>every %n week(s)</source>
        <translation>
            <numerusform>elke %n week</numerusform>
            <numerusform>elke %n weken</numerusform>
        </translation>
    </message>
    <message>
        <source>call slots per client, with each next call</source>
        <translation>belmomenten per klant, met elk volgend gesprek</translation>
    </message>
    <message>
        <source>List the call slots (a client&apos;s recurring call, offered instead of ad-hoc calls) with each next call; &apos;calls set NAME --slot &quot;fri 10:00&quot;&apos; adds or changes one, &apos;calls remove NAME&apos; removes it. Replies name a client&apos;s call with {calls}.</source>
        <translation>Toont de belmomenten (het terugkerende gesprek met een klant, aangeboden in plaats van losse telefoontjes) met elk volgend gesprek; &apos;calls set NAAM --slot &quot;fri 10:00&quot;&apos; voegt er een toe of wijzigt het, &apos;calls remove NAAM&apos; verwijdert het. Berichten noemen het gesprek van een klant met {calls}.</translation>
    </message>
    <message>
        <source>log an unplanned call, chat or visit from a client</source>
        <translation>een onverwacht telefoontje, chatbericht of bezoek van een klant noteren</translation>
    </message>
    <message>
        <source>Log an interruption: an unplanned call, chat or visit from a client. &apos;boundary stats&apos; counts them per week and per client.</source>
        <translation>Noteer een onderbreking: een onverwacht telefoontje, chatbericht of bezoek van een klant. &apos;boundary stats&apos; telt ze per week en per klant.</translation>
    </message>
    <message>
        <source>the voicemail greeting to record for focus days and time away</source>
        <translation>de voicemailbegroeting om in te spreken voor focusdagen en afwezigheid</translation>
    </message>
    <message>
        <source>The greeting to record on your phone for the next focus day and for the time away in force or next, in your reply&apos;s language(s): when you answer, your backup to call for urgent matters, and mail as the way to reach you. It follows your profile. docs/calls.md says how to make Microsoft Teams play it.</source>
        <translation>De begroeting om op je telefoon in te spreken voor de volgende focusdag en voor de huidige of volgende afwezigheid, in de taal of talen van je afwezigheidsbericht: wanneer je reageert, je vervanger om te bellen voor dringende zaken, en mail als de manier om je te bereiken. Ze volgt je profiel. docs/calls.md legt uit hoe Microsoft Teams haar afspeelt.</translation>
    </message>
    <message>
        <source>add or change a client&apos;s call slot</source>
        <translation>het belmoment van een klant toevoegen of wijzigen</translation>
    </message>
    <message>
        <source>Add a call slot for NAME (a client or contact), or change theirs. Flags left out keep what the slot had (a new slot: 30 minutes, weekly).</source>
        <translation>Voeg een belmoment toe voor NAAM (een klant of contactpersoon), of wijzig het zijne. Weggelaten opties houden wat het belmoment had (een nieuw belmoment: 30 minuten, wekelijks).</translation>
    </message>
    <message>
        <source>the client or contact</source>
        <translation>de klant of contactpersoon</translation>
    </message>
    <message>
        <source>when: &apos;fri 10:00&apos;, &apos;tue,thu 14:00&apos;, &apos;mon-fri 9:30&apos; (the profile&apos;s time zone)</source>
        <translation>wanneer: &apos;fri 10:00&apos;, &apos;tue,thu 14:00&apos;, &apos;mon-fri 9:30&apos; (de tijdzone van het profiel)</translation>
    </message>
    <message>
        <source>how long (5-240; default 30)</source>
        <translation>hoe lang (5-240; standaard 30)</translation>
    </message>
    <message>
        <source>every week (1, the default) or every 2 weeks</source>
        <translation>elke week (1, de standaard) of elke 2 weken</translation>
    </message>
    <message>
        <source>an address or domain of this client (repeat it; replaces the slot&apos;s contacts)</source>
        <translation>een adres of domein van deze klant (herhaal de optie; vervangt de contacten van het belmoment)</translation>
    </message>
    <message>
        <source>remove a client&apos;s call slot</source>
        <translation>het belmoment van een klant verwijderen</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>nog geen</translation>
    </message>
    <message>
        <source>the client or contact who interrupted</source>
        <translation>de klant of contactpersoon die je onderbrak</translation>
    </message>
    <message>
        <source>default: call</source>
        <translation>standaard: call (telefoontje)</translation>
    </message>
    <message>
        <source>when it happened (default: now): &apos;14:20&apos; (today), &apos;monday 9:30&apos;, ISO 8601</source>
        <translation>wanneer het gebeurde (standaard: nu): &apos;14:20&apos; (vandaag), &apos;maandag 9:30&apos;, ISO 8601</translation>
    </message>
    <message>
        <source>a few words, for yourself</source>
        <translation>een paar woorden, voor jezelf</translation>
    </message>
    <message>
        <source>Say who interrupted: the client&apos;s or contact&apos;s name.</source>
        <translation>Zeg wie je onderbrak: de naam van de klant of contactpersoon.</translation>
    </message>
    <message>
        <source>Nothing to record: no focus day and no time away ahead. Focus days: boundary plan --focus-day wed; time away: boundary away --until T.</source>
        <translation>Niets in te spreken: geen focusdag en geen afwezigheid in het verschiet. Focusdagen: boundary plan --focus-day wed; afwezigheid: boundary away --until T.</translation>
    </message>
    <message>
        <source>No call slots yet. Add one: boundary calls set NAME --slot &apos;fri 10:00&apos;</source>
        <translation>Nog geen belmomenten. Voeg er een toe: boundary calls set NAAM --slot &apos;fri 10:00&apos;</translation>
    </message>
    <message>
        <source>Call slot changed:</source>
        <translation>Belmoment gewijzigd:</translation>
    </message>
    <message>
        <source>Call slot added:</source>
        <translation>Belmoment toegevoegd:</translation>
    </message>
    <message>
        <source>{name}: {slot}, {minutes} min, {rhythm}</source>
        <translation>{name}: {slot}, {minutes} min, {rhythm}</translation>
    </message>
    <message>
        <source>; next {when}</source>
        <translation>; volgende {when}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is still to come; log an interruption once it happened.</source>
        <translation>&apos;{text}&apos; moet nog komen; noteer een onderbreking als die gebeurd is.</translation>
    </message>
    <message>
        <source>typed: now</source>
        <translation>nu</translation>
    </message>
    <message>
        <source>typed: today</source>
        <translation>vandaag</translation>
    </message>
    <message>
        <source>typed: tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message>
        <source>typed: noon</source>
        <translation>middaguur</translation>
    </message>
    <message>
        <source>typed: midnight</source>
        <translation>middernacht</translation>
    </message>
    <message>
        <source>typed: minute|minutes|min|mins</source>
        <translation>minuut|minuten|min</translation>
    </message>
    <message>
        <source>typed: hour|hours|h|hr|hrs</source>
        <translation>uur|u</translation>
    </message>
    <message>
        <source>typed: day|days|d</source>
        <translation>dag|dagen</translation>
    </message>
    <message>
        <source>typed: week|weeks|w|wk|wks</source>
        <translation>week|weken</translation>
    </message>
    <message>
        <source>typed: next {weekday}</source>
        <translation>volgende {weekday}</translation>
    </message>
    <message>
        <source>typed: at {time}</source>
        <translation>om {time}|{time} uur</translation>
    </message>
    <message>
        <source>typed: in {span}</source>
        <translation>over {span}</translation>
    </message>
    <message>
        <source>typed: monday|mon</source>
        <translation>maandag|ma</translation>
    </message>
    <message>
        <source>typed: tuesday|tue</source>
        <translation>dinsdag|di</translation>
    </message>
    <message>
        <source>typed: wednesday|wed</source>
        <translation>woensdag|wo</translation>
    </message>
    <message>
        <source>typed: thursday|thu</source>
        <translation>donderdag|do</translation>
    </message>
    <message>
        <source>typed: friday|fri</source>
        <translation>vrijdag|vr</translation>
    </message>
    <message>
        <source>typed: saturday|sat</source>
        <translation>zaterdag|za</translation>
    </message>
    <message>
        <source>typed: sunday|sun</source>
        <translation>zondag|zo</translation>
    </message>
    <message>
        <source>I could not read &apos;{text}&apos; as a time; try &apos;2026-12-01 09:00&apos;, &apos;tomorrow 9:00&apos; or &apos;monday 8am&apos;.</source>
        <translation>&apos;{text}&apos; is niet als tijd te lezen; probeer &apos;2026-12-01 09:00&apos;, &apos;morgen 9:00&apos; of &apos;maandag 8:00&apos;.</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>%(value)r is geen geheel getal</translation>
    </message>
    <message>
        <source>Say when the call with {name} is: --slot &apos;fri 10:00&apos;.</source>
        <translation>Zeg wanneer het gesprek met {name} is: --slot &apos;fri 10:00&apos;.</translation>
    </message>
    <message>
        <source>There is no call slot for &apos;{name}&apos; (call slots: {known}).</source>
        <translation>Er is geen belmoment voor &apos;{name}&apos; (belmomenten: {known}).</translation>
    </message>
    <message>
        <source>The note is longer than {limit} characters; please shorten it.</source>
        <translation>De notitie is langer dan {limit} tekens; maak hem korter.</translation>
    </message>
    <message>
        <source>one language ({languages}; default: your reply&apos;s language or languages)</source>
        <translation>één taal ({languages}; standaard: de taal of talen van je afwezigheidsbericht)</translation>
    </message>
    <message>
        <source>Call slot for {name} removed.</source>
        <translation>Belmoment voor {name} verwijderd.</translation>
    </message>
    <message>
        <source>For your focus days (the next: {when}):</source>
        <translation>Voor je focusdagen (de volgende: {when}):</translation>
    </message>
    <message>
        <source>For your time away, until {until}:</source>
        <translation>Voor je afwezigheid, tot {until}:</translation>
    </message>
    <message>
        <source>invalid choice: &apos;{value}&apos;</source>
        <translation>ongeldige keuze: &apos;{value}&apos;</translation>
    </message>
    <message>
        <source>; did you mean {alternatives}?</source>
        <translation>; bedoelde je {alternatives}?</translation>
    </message>
    <message>
        <source> (choose from {choices})</source>
        <translation> (kies uit {choices})</translation>
    </message>
    <message>
        <source>unknown action &apos;{value}&apos;</source>
        <translation>onbekende actie &apos;{value}&apos;</translation>
    </message>
    <message>
        <source>unknown command &apos;{value}&apos;</source>
        <translation>onbekende opdracht &apos;{value}&apos;</translation>
    </message>
    <message>
        <source>{first} or {last}</source>
        <translation>{first} of {last}</translation>
    </message>
    <message>
        <source>find an address&apos;s settings: autoconfig, DNS SRV, known providers, Exchange autodiscover</source>
        <translation>de instellingen bij een adres zoeken: autoconfig, DNS SRV, bekende aanbieders, Exchange autodiscover</translation>
    </message>
    <message>
        <source>your address</source>
        <translation>je adres</translation>
    </message>
    <message>
        <source>the domain&apos;s autoconfig file</source>
        <translation>het autoconfig-bestand van het domein</translation>
    </message>
    <message>
        <source>DNS SRV record</source>
        <translation>DNS SRV-record</translation>
    </message>
    <message>
        <source>a provider Boundary knows</source>
        <translation>een aanbieder die Boundary kent</translation>
    </message>
    <message>
        <source>the domain&apos;s mail server (DNS MX)</source>
        <translation>de mailserver van het domein (DNS MX)</translation>
    </message>
    <message>
        <source>Exchange autodiscover</source>
        <translation>Exchange autodiscover</translation>
    </message>
    <message>
        <source>Note: {where} is not a valid autoconfig file; it was skipped.</source>
        <translation>Let op: {where} is geen geldig autoconfig-bestand; het is overgeslagen.</translation>
    </message>
    <message>
        <source>Note: {where} did not answer in time.</source>
        <translation>Let op: {where} antwoordde niet op tijd.</translation>
    </message>
    <message>
        <source>Note: {where} could not be reached.</source>
        <translation>Let op: {where} was niet bereikbaar.</translation>
    </message>
    <message>
        <source>Look up the settings for an email address, in this order: the domain&apos;s autoconfig file, DNS SRV records, the providers Boundary knows (by domain or mail server), Exchange autodiscover. Prints the kind of account, each setting found and where it came from, and the &apos;accounts add&apos; command that uses them.</source>
        <translation>Zoekt de instellingen bij een e-mailadres op, in deze volgorde: het autoconfig-bestand van het domein, DNS SRV-records, de aanbieders die Boundary kent (op domein of mailserver), Exchange autodiscover. Toont het soort account, elke gevonden instelling en waar die vandaan kwam, en de opdracht &apos;accounts add&apos; die ze gebruikt.</translation>
    </message>
    <message>
        <source>Add the account with &apos;boundary accounts add KIND NAME …&apos; and the settings your provider gives you (&apos;boundary accounts add KIND --help&apos; lists them).</source>
        <translation>Voeg het account toe met &apos;boundary accounts add SOORT NAAM …&apos; en de instellingen die je aanbieder je geeft (&apos;boundary accounts add SOORT --help&apos; noemt ze).</translation>
    </message>
    <message>
        <source>{email}: {kind} [{code}], from {where}.</source>
        <translation>{email}: {kind} [{code}], uit {where}.</translation>
    </message>
    <message>
        <source>To add it: {command}</source>
        <translation>Toevoegen: {command}</translation>
    </message>
    <message>
        <source>&apos;{email}&apos; is not an email address.</source>
        <translation>&apos;{email}&apos; is geen e-mailadres.</translation>
    </message>
    <message>
        <source>Nothing found for {domain}: no autoconfig file, no DNS SRV records, not a provider Boundary knows, no Exchange autodiscover.</source>
        <translation>Niets gevonden voor {domain}: geen autoconfig-bestand, geen DNS SRV-records, geen aanbieder die Boundary kent, geen Exchange autodiscover.</translation>
    </message>
    <message>
        <source>Still needed: {fields}.</source>
        <translation>Nog nodig: {fields}.</translation>
    </message>
    <message>
        <source>reply in place</source>
        <translation>bericht staat</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>nog niet verstuurd</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>niet ingesteld</translation>
    </message>
    <message>
        <source>sign-in needed</source>
        <translation>aanmelden nodig</translation>
    </message>
    <message>
        <source>changed outside Boundary</source>
        <translation>buiten Boundary gewijzigd</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>nog niet gecontroleerd</translation>
    </message>
    <message>
        <source>auto-reply set outside Boundary</source>
        <translation>afwezigheidsbericht buiten Boundary ingesteld</translation>
    </message>
    <message>
        <source>forwarding not set yet</source>
        <translation>doorsturen nog niet ingesteld</translation>
    </message>
    <message>
        <source>forwarding not set</source>
        <translation>doorsturen niet ingesteld</translation>
    </message>
    <message>
        <source>forwarding: sign-in needed</source>
        <translation>doorsturen: aanmelden nodig</translation>
    </message>
    <message>
        <source>forwarding changed outside Boundary</source>
        <translation>doorsturen buiten Boundary gewijzigd</translation>
    </message>
    <message>
        <source>forwarding not checked yet</source>
        <translation>doorsturen nog niet gecontroleerd</translation>
    </message>
    <message>
        <source>a forwarding rule of Boundary&apos;s was found; it stays as it is</source>
        <translation>er is een doorstuurregel van Boundary gevonden; die blijft zoals hij is</translation>
    </message>
    <message>
        <source>Keep it: boundary accounts keep {name}; leave it: boundary accounts leave {name}</source>
        <translation>Houden: boundary accounts keep {name}; laten staan: boundary accounts leave {name}</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} en {last}</translation>
    </message>
    <message>
        <source>now</source>
        <translation>nu</translation>
    </message>
    <message>
        <source>further notice</source>
        <translation>nader bericht</translation>
    </message>
    <message>
        <source>its own auto-reply, left alone</source>
        <translation>een eigen afwezigheidsbericht, blijft staan</translation>
    </message>
    <message>
        <source>already has an auto-reply until {end}, set outside Boundary; it stays as it is.</source>
        <translation>heeft al een afwezigheidsbericht tot {end}, buiten Boundary ingesteld; het blijft zoals het is.</translation>
    </message>
    <message>
        <source>already has an auto-reply, set outside Boundary; it stays as it is.</source>
        <translation>heeft al een afwezigheidsbericht, buiten Boundary ingesteld; het blijft zoals het is.</translation>
    </message>
    <message>
        <source>Away from {start} until {until}.</source>
        <translation>Afwezig van {start} tot {until}.</translation>
    </message>
    <message>
        <source>{backup} covers.</source>
        <translation>{backup} vervangt je.</translation>
    </message>
    <message>
        <source>{backups} cover.</source>
        <translation>{backups} vervangen je.</translation>
    </message>
    <message>
        <source>No auto-reply: your mail goes to your backup (a copy stays with you).</source>
        <translation>Geen afwezigheidsbericht: je mail gaat naar je vervanger (een kopie blijft bij jou).</translation>
    </message>
    <message>
        <source>reply set</source>
        <translation>bericht ingesteld</translation>
    </message>
    <message>
        <source>no reply</source>
        <translation>geen bericht</translation>
    </message>
    <message>
        <source>Your mail also goes to your backup (a copy stays with you).</source>
        <translation>Je mail gaat ook naar je vervanger (een kopie blijft bij jou).</translation>
    </message>
    <message>
        <source>forwarding to {to} in place</source>
        <translation>doorsturen naar {to} staat</translation>
    </message>
    <message>
        <source>; a reply set earlier is still on</source>
        <translation>; een eerder ingesteld bericht staat nog aan</translation>
    </message>
    <message>
        <source>{first} then {second}</source>
        <translation>{first}, daarna {second}</translation>
    </message>
    <message>
        <source>forwarding to {to} from {start} in place</source>
        <translation>doorsturen naar {to} vanaf {start} staat klaar</translation>
    </message>
    <message>
        <source>its own auto-reply until {end}, left alone</source>
        <translation>een eigen afwezigheidsbericht tot {end}, blijft staan</translation>
    </message>
    <message>
        <source>Next try: {when}.</source>
        <translation>Volgende poging: {when}.</translation>
    </message>
    <message>
        <source>Is work more productive?</source>
        <translation>Is het werk productiever?</translation>
    </message>
    <message>
        <source>What got in the way?</source>
        <translation>Wat zat in de weg?</translation>
    </message>
    <message>
        <source>What will you change?</source>
        <translation>Wat ga je veranderen?</translation>
    </message>
    <message>
        <source>Week by week (windows kept of those on record, interruptions):</source>
        <translation>Week na week (mailmomenten op tijd van de vastgelegde, onderbrekingen):</translation>
    </message>
    <message>
        <source>Your notes:</source>
        <translation>Je notities:</translation>
    </message>
    <message>
        <source>the evaluation of your plan since it started, with your notes</source>
        <translation>de evaluatie van je plan sinds het begon, met je notities</translation>
    </message>
    <message>
        <source>The figures since your plan started (mail-check windows kept, overrun, skipped and missed; focus days; away days; forwards; interruptions per client; the trend week by week) and your answers to three questions, which --productive, --obstacles and --changes record. The app exports it as a one-page PDF.</source>
        <translation>De cijfers sinds je plan begon (mailmomenten op tijd, uitgelopen, overgeslagen en gemist; focusdagen; afwezige dagen; doorgestuurde berichten; onderbrekingen per klant; het verloop week na week) en je antwoorden op drie vragen, die --productive, --obstacles en --changes vastleggen. De app exporteert het als pdf van één pagina.</translation>
    </message>
    <message numerus="yes">
        <source>Evaluation of your plan since {since} (%n week(s)):</source>
        <translation>
            <numerusform>Evaluatie van je plan sinds {since} (%n week):</numerusform>
            <numerusform>Evaluatie van je plan sinds {since} (%n weken):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interruption(s)</source>
        <translation>
            <numerusform>%n onderbreking</numerusform>
            <numerusform>%n onderbrekingen</numerusform>
        </translation>
    </message>
    <message>
        <source>Mail-check windows: {kept} kept, {overrun} overrun ({minutes} min over), {skipped} skipped, {missed} missed ({share} kept)</source>
        <translation>Mailmomenten: {kept} op tijd, {overrun} uitgelopen ({minutes} min over tijd), {skipped} overgeslagen, {missed} gemist ({share} op tijd)</translation>
    </message>
    <message>
        <source>Focus days kept: {focus}; away days: {away}; messages forwarded: {forwarded}; unscheduled checks: {unscheduled}</source>
        <translation>Focusdagen gehouden: {focus}; afwezige dagen: {away}; doorgestuurde berichten: {forwarded}; ongeplande controles: {unscheduled}</translation>
    </message>
    <message>
        <source>Next evaluation: {day}.</source>
        <translation>Volgende evaluatie: {day}.</translation>
    </message>
    <message>
        <source>your answer to &apos;{question}&apos;</source>
        <translation>je antwoord op &apos;{question}&apos;</translation>
    </message>
    <message>
        <source>Interruptions: {count}</source>
        <translation>Onderbrekingen: {count}</translation>
    </message>
    <message>
        <source>(not answered yet)</source>
        <translation>(nog niet beantwoord)</translation>
    </message>
    <message>
        <source>{kept}/{windows} kept ({share}), </source>
        <translation>{kept}/{windows} op tijd ({share}), </translation>
    </message>
    <message>
        <source>{path} is a folder, but Boundary keeps its settings in a file of that name; move the folder away and try again. Nothing was changed.</source>
        <translation>{path} is een map, maar Boundary bewaart zijn instellingen in een bestand met die naam; verplaats de map en probeer het opnieuw. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>A folder stood where Boundary keeps its journal; it was moved to {aside} and Boundary started a new journal.</source>
        <translation>Waar Boundary zijn logboek bewaart, stond een map; die is verplaatst naar {aside} en Boundary is met een nieuw logboek begonnen.</translation>
    </message>
    <message>
        <source>The journal could not be read ({detail}); it was kept as {aside} and Boundary started a new journal.</source>
        <translation>Het logboek kon niet worden gelezen ({detail}); het is bewaard als {aside} en Boundary is met een nieuw logboek begonnen.</translation>
    </message>
    <message>
        <source>Boundary cannot read its profile {path}: {detail}. Nothing was changed.</source>
        <translation>Boundary kan zijn profiel {path} niet lezen: {detail}. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Boundary cannot write its profile {path}: {detail}. Nothing was changed.</source>
        <translation>Boundary kan zijn profiel {path} niet schrijven: {detail}. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The journal was written by a newer version of Boundary, so this version only reads it and changes nothing; update Boundary ({path}).</source>
        <translation>Het logboek is geschreven door een nieuwere versie van Boundary, dus deze versie leest het alleen en wijzigt niets; werk Boundary bij ({path}).</translation>
    </message>
    <message>
        <source>The journal was written by a newer version of Boundary, so this version cannot do this and changes nothing; update Boundary ({path}).</source>
        <translation>Het logboek is geschreven door een nieuwere versie van Boundary, dus deze versie kan dit niet doen en wijzigt niets; werk Boundary bij ({path}).</translation>
    </message>
    <message>
        <source>Another program is using the journal {path}; Boundary waited {seconds} seconds. Close that program and try again; nothing was changed.</source>
        <translation>Een ander programma gebruikt het logboek {path}; Boundary heeft {seconds} seconden gewacht. Sluit dat programma en probeer het opnieuw; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The journal {path} is damaged ({detail}); nothing was recorded. Boundary sets it aside the next time it starts.</source>
        <translation>Het logboek {path} is beschadigd ({detail}); er is niets vastgelegd. Boundary zet het opzij wanneer het de volgende keer start.</translation>
    </message>
    <message>
        <source>Boundary cannot use its journal {path}: {detail}.</source>
        <translation>Boundary kan zijn logboek {path} niet gebruiken: {detail}.</translation>
    </message>
    <message>
        <source>Argument {number} ({shown}) is not valid UTF-8 text; type it again in UTF-8. Nothing was changed.</source>
        <translation>Argument {number} ({shown}) is geen geldige UTF-8-tekst; typ het opnieuw in UTF-8. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>gebruik: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumenten</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opties</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>deze hulp tonen en stoppen</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>het versienummer tonen en stoppen</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: fout: %(message)s
</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>deze argumenten zijn nodig: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>onbekende argumenten: %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>verwachtte één argument</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ongeldige keuze: %(value)r (kies uit %(choices)s)</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>niet toegestaan samen met argument %s</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>dubbelzinnige optie: %(option)s kan %(matches)s zijn</translation>
    </message>
    <message>
        <source>unknown (no account can tell; counted as available)</source>
        <translation>onbekend (geen account kan het zien; telt als beschikbaar)</translation>
    </message>
    <message>
        <source>Show whether you are available, away or on a focus day, the mail check open now (with the time left) or the next one, and each account&apos;s reply (desired and actual) with the last push result. With --json each account also has &apos;channels&apos;: {name: {desired, actual, status}} for the reply and every other channel it keeps (&apos;forward&apos;: forwarding to the backup). It does not open or record a mail check. It shows what was last known and sends only what was not sent yet; --refresh asks every account now.</source>
        <translation>Toont of je beschikbaar bent, afwezig of op een focusdag, het mailmoment dat nu open is (met de resterende tijd) of het volgende, en het bericht van elk account (gewenst en werkelijk) met het laatste resultaat. Met --json heeft elk account ook &apos;channels&apos;: {naam: {desired, actual, status}} voor het bericht en elk ander kanaal dat het bijhoudt (&apos;forward&apos;: doorsturen naar je vervanger). Het opent of noteert geen mailmoment. Het toont wat het laatst bekend was en verstuurt alleen wat nog niet verstuurd is; --refresh vraagt nu elk account.</translation>
    </message>
    <message>
        <source>away until {until} (their own auto-reply, says {source})</source>
        <translation>afwezig tot {until} (eigen afwezigheidsbericht, volgens {source})</translation>
    </message>
    <message>
        <source>away (their own auto-reply, says {source})</source>
        <translation>afwezig (eigen afwezigheidsbericht, volgens {source})</translation>
    </message>
    <message>
        <source>your backups in order, and whether each can cover</source>
        <translation>je vervangers op volgorde, en of elk van hen kan vervangen</translation>
    </message>
    <message>
        <source>List the backups roster in order with each one&apos;s availability (available, away until …, or unknown) and where that came from: an account&apos;s server (their own auto-reply) or your own mark. Mark a backup unavailable through a day with --unavailable NAME --until DAY.</source>
        <translation>Toon je lijst met vervangers op volgorde, met per vervanger of die beschikbaar is (beschikbaar, afwezig tot …, of onbekend) en waar dat vandaan komt: de server van een account (hun eigen afwezigheidsbericht) of je eigen markering. Markeer een vervanger als niet beschikbaar tot en met een dag met --unavailable NAAM --until DAG.</translation>
    </message>
    <message>
        <source>mark a backup unavailable (ill, on leave) through the day given with --until</source>
        <translation>een vervanger als niet beschikbaar markeren (ziek, met verlof) tot en met de dag die --until noemt</translation>
    </message>
    <message>
        <source>mark a backup available again</source>
        <translation>een vervanger weer als beschikbaar markeren</translation>
    </message>
    <message>
        <source>with --unavailable: their last day away, e.g. friday</source>
        <translation>met --unavailable: hun laatste afwezige dag, bijvoorbeeld vrijdag</translation>
    </message>
    <message>
        <source>do not ask the mail servers; show what is known</source>
        <translation>de mailservers niet vragen; tonen wat bekend is</translation>
    </message>
    <message>
        <source>--until goes with --unavailable NAME.</source>
        <translation>--until hoort bij --unavailable NAAM.</translation>
    </message>
    <message>
        <source>Say through which day with --until, for example --until friday.</source>
        <translation>Zeg met --until tot en met welke dag, bijvoorbeeld --until friday.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not in your backups roster (backups: {known}).</source>
        <translation>‘{name}’ staat niet in je lijst met vervangers (vervangers: {known}).</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not in your backups roster (backups: none yet).</source>
        <translation>‘{name}’ staat niet in je lijst met vervangers (nog geen vervangers).</translation>
    </message>
    <message>
        <source>{name} is marked unavailable through {day}.</source>
        <translation>{name} is gemarkeerd als niet beschikbaar tot en met {day}.</translation>
    </message>
    <message>
        <source>unavailable until {until} (marked by hand)</source>
        <translation>niet beschikbaar tot {until} (met de hand gemarkeerd)</translation>
    </message>
    <message>
        <source>unavailable (marked by hand)</source>
        <translation>niet beschikbaar (met de hand gemarkeerd)</translation>
    </message>
    <message>
        <source>Your backups roster is empty; add colleagues in Settings → Backups.</source>
        <translation>Je lijst met vervangers is leeg; voeg collega’s toe in Instellingen → Vervangers.</translation>
    </message>
    <message>
        <source>None of them is available: the reply names nobody, nothing is forwarded.</source>
        <translation>Geen van hen is beschikbaar: het bericht noemt niemand, er wordt niets doorgestuurd.</translation>
    </message>
    <message>
        <source>{name} is marked available.</source>
        <translation>{name} is gemarkeerd als beschikbaar.</translation>
    </message>
    <message>
        <source>available (their auto-reply is off, says {source})</source>
        <translation>beschikbaar (hun afwezigheidsbericht staat uit, volgens {source})</translation>
    </message>
    <message>
        <source>covers now</source>
        <translation>vervangt nu</translation>
    </message>
    <message>
        <source>--until {day} is in the past.</source>
        <translation>--until {day} ligt in het verleden.</translation>
    </message>
    <message>
        <source>week</source>
        <translation>week</translation>
    </message>
    <message>
        <source>from</source>
        <translation>vanaf</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>op tijd</translation>
    </message>
    <message>
        <source>overrun</source>
        <translation>uitgel.</translation>
    </message>
    <message>
        <source>min over</source>
        <translation>min over</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>overgesl.</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>gemist</translation>
    </message>
    <message>
        <source>snoozed</source>
        <translation>uitgest.</translation>
    </message>
    <message>
        <source>unsched.</source>
        <translation>ongepl.</translation>
    </message>
    <message>
        <source>fwd</source>
        <translation>doorg.</translation>
    </message>
    <message>
        <source>away</source>
        <translation>afw.</translation>
    </message>
    <message>
        <source>focus</source>
        <translation>focus</translation>
    </message>
    <message>
        <source>intr.</source>
        <translation>onderbr.</translation>
    </message>
    <message>
        <source>None of your accounts can list mail. Add one with &apos;boundary accounts add KIND NAME&apos; (see &apos;boundary providers&apos; for the kinds).</source>
        <translation>Geen van je accounts kan mail tonen. Voeg er een toe met ‘boundary accounts add SOORT NAAM’ (‘boundary providers’ noemt de soorten).</translation>
    </message>
    <message>
        <source>the record, week by week</source>
        <translation>je resultaten, week voor week</translation>
    </message>
    <message>
        <source>Mail-check windows kept, overrun, skipped and missed, unscheduled checks, messages forwarded, away days, focus days and interruptions, per week (Monday to Sunday) in the profile&apos;s time zone, with totals and the interruptions per client.</source>
        <translation>Mailmomenten op tijd, uitgelopen, overgeslagen en gemist, ongeplande controles, doorgestuurde berichten, dagen afwezig, focusdagen en onderbrekingen, per week (maandag tot en met zondag) in de tijdzone van het profiel, met totalen en de onderbrekingen per klant.</translation>
    </message>
    <message>
        <source>new mail since the last check, across accounts</source>
        <translation>nieuwe mail sinds het laatste mailmoment, van alle accounts</translation>
    </message>
    <message>
        <source>List the mail that arrived since the last mail check (or in the last 24 hours) on every account that can list mail, newest first. It only looks: it does not count as a check.</source>
        <translation>Toon de mail die sinds het laatste mailmoment (of in de afgelopen 24 uur) is binnengekomen op elk account dat mail kan tonen, nieuwste eerst. Het kijkt alleen: het telt niet als mailmoment.</translation>
    </message>
    <message>
        <source>Interruptions (unplanned calls, chats, visits) per client:</source>
        <translation>Onderbrekingen (ongeplande telefoontjes, chats, bezoekjes) per klant:</translation>
    </message>
    <message numerus="yes">
        <source>{rate} a week over %n week(s)</source>
        <translation>
            <numerusform>{rate} per week over %n week</numerusform>
            <numerusform>{rate} per week over %n weken</numerusform>
        </translation>
    </message>
    <message>
        <source>total</source>
        <translation>totaal</translation>
    </message>
    <message>
        <source>{whole}.{tenth}</source>
        <translation>{whole},{tenth}</translation>
    </message>
    <message>
        <source>{account}: could not be checked — {reason}</source>
        <translation>{account}: kon niet worden gecontroleerd — {reason}</translation>
    </message>
    <message>
        <source>how many weeks, up to this one (default: {weeks})</source>
        <translation>hoeveel weken, tot en met deze (standaard: {weeks})</translation>
    </message>
    <message>
        <source>--weeks must be a number from 1 to {most}, not {weeks}.</source>
        <translation>--weeks moet een getal van 1 tot en met {most} zijn, niet {weeks}.</translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s) since {when}.</source>
        <translation>
            <numerusform>%n nieuw bericht sinds {when}.</numerusform>
            <numerusform>%n nieuwe berichten sinds {when}.</numerusform>
        </translation>
    </message>
    <message>
        <source>No new messages since {when}.</source>
        <translation>Geen nieuwe berichten sinds {when}.</translation>
    </message>
    <message>
        <source>Boundary reads &apos;now&apos;; a day (&apos;today&apos;, &apos;tomorrow&apos;, &apos;fri&apos;) with or without a time (&apos;fri 9:00&apos;, &apos;tomorrow 8am&apos;, &apos;noon&apos;); a time alone (&apos;14:30&apos;); a date (&apos;2026-12-01&apos;, &apos;2026-12-01 09:00&apos;); and a span from now (&apos;in 2 hours&apos;, &apos;in 3 days&apos;).</source>
        <translation>Boundary leest &apos;nu&apos;; een dag (&apos;vandaag&apos;, &apos;morgen&apos;, &apos;vr&apos;, &apos;volgende vr&apos;) met of zonder tijd (&apos;vr 9:00&apos;, &apos;morgen om 8:00&apos;, &apos;middaguur&apos;); alleen een tijd (&apos;14:30&apos;, &apos;9 uur&apos;); een datum (&apos;2026-12-01&apos;, &apos;2026-12-01 09:00&apos;); en een periode vanaf nu (&apos;over 2 uur&apos;, &apos;over 3 dagen&apos;). Engels (&apos;tomorrow 9:00&apos;) kan ook.</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>ma</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>di</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>wo</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>do</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>vr</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>za</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>zo</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>jan</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>feb</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>mrt</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>apr</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mei</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>jun</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>jul</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>aug</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>sep</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>okt</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>nov</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>dec</translation>
    </message>
    <message>
        <source>{day} {month}</source>
        <translation>{number} {month}</translation>
    </message>
    <message>
        <source>Please type when, for example &apos;2026-12-01 09:00&apos;, &apos;tomorrow 9:00&apos; or &apos;monday 8am&apos;.</source>
        <translation>Typ wanneer, bijvoorbeeld &apos;2026-12-01 09:00&apos;, &apos;morgen 9:00&apos; of &apos;maandag 8:00&apos;.</translation>
    </message>
    <message>
        <source>{weekday} {day} {month} {year}</source>
        <translation>{weekday} {number} {month} {year}</translation>
    </message>
    <message>
        <source>{weekday} {day} {month}</source>
        <translation>{weekday} {number} {month}</translation>
    </message>
    <message>
        <source>{hour}:{minute}</source>
        <translation>{hour}:{minute}</translation>
    </message>
    <message>
        <source>{weekday} {time}</source>
        <translation>{weekday} {time}</translation>
    </message>
    <message>
        <source>your organisation refuses to forward outside it.</source>
        <translation>je organisatie weigert door te sturen buiten de organisatie.</translation>
    </message>
    <message>
        <source>Choose a colleague at {inside} as your backup, not one at {outside}.</source>
        <translation>Kies een collega bij {inside} als vervanger, niet een bij {outside}.</translation>
    </message>
    <message>
        <source>mail forwarded to {to} bounced (5.7.520)</source>
        <translation>mail doorgestuurd naar {to} kwam terug (5.7.520)</translation>
    </message>
    <message>
        <source>Choose a colleague inside your organisation as your backup.</source>
        <translation>Kies een collega binnen je organisatie als vervanger.</translation>
    </message>
    <message>
        <source>mail forwarded to {to} bounced on {when} (5.7.520)</source>
        <translation>mail doorgestuurd naar {to} kwam terug op {when} (5.7.520)</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a time of day; use a time like 10:00.</source>
        <translation>‘{text}’ is geen tijdstip; gebruik een tijd zoals 10:00.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a day or a range of days; use e.g. mon-fri.</source>
        <translation>‘{text}’ is geen dag of reeks dagen; gebruik bijvoorbeeld mon-fri.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a day of the week; use mon, tue, wed, thu, fri, sat or sun.</source>
        <translation>‘{text}’ is geen dag van de week; gebruik mon, tue, wed, thu, fri, sat of sun.</translation>
    </message>
    <message>
        <source>{flag} is {value}; use a number from {low} to {high}.</source>
        <translation>{flag} is {value}; gebruik een getal van {low} tot en met {high}.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>show or change the mail-check plan and focus days</source>
        <translation>het plan voor mailmomenten en de focusdagen tonen of wijzigen</translation>
    </message>
    <message>
        <source>Show the mail-check plan, or change what the flags name. Times and days are in the profile&apos;s time zone. Every value is checked first: a bad one is reported and nothing is changed.</source>
        <translation>Toon het plan voor mailmomenten, of wijzig wat de opties noemen. Tijden en dagen zijn in de tijdzone van het profiel. Elke waarde wordt eerst gecontroleerd: een foute wordt gemeld en er wordt niets gewijzigd.</translation>
    </message>
    <message>
        <source>upcoming mail-check windows and focus days</source>
        <translation>komende mailmomenten en focusdagen</translation>
    </message>
    <message>
        <source>Mail-check windows and focus days, each with its start and end in the profile&apos;s time zone and in UTC (in brackets); --json gives both as ISO 8601 with their UTC offsets.</source>
        <translation>Mailmomenten en focusdagen, elk met begin en einde in de tijdzone van het profiel en in UTC (tussen haakjes); --json geeft beide als ISO 8601 met hun UTC-verschil.</translation>
    </message>
    <message>
        <source>window start times, e.g. 10:00,16:00</source>
        <translation>begintijden van de mailmomenten, bijvoorbeeld 10:00,16:00</translation>
    </message>
    <message>
        <source>how long each window lasts (1-240)</source>
        <translation>hoe lang elk mailmoment duurt, in minuten (1-240)</translation>
    </message>
    <message>
        <source>days with mail checks: mon-fri, mon,wed,fri, none</source>
        <translation>dagen met mailmomenten: mon-fri, mon,wed,fri, none</translation>
    </message>
    <message>
        <source>minutes of warning before a window (0-120)</source>
        <translation>minuten waarschuwing voor een mailmoment (0-120)</translation>
    </message>
    <message>
        <source>focus days (wed, or mon,thu), or none to clear</source>
        <translation>focusdagen (wed, of mon,thu), of none om ze te wissen</translation>
    </message>
    <message>
        <source>days without mail checks, e.g. 2026-12-24,2026-12-31 (replaces the list; none clears it)</source>
        <translation>dagen zonder mailmomenten, bijvoorbeeld 2026-12-24,2026-12-31 (vervangt de lijst; none wist hem)</translation>
    </message>
    <message>
        <source>the profile&apos;s time zone</source>
        <translation>de tijdzone van het profiel</translation>
    </message>
    <message>
        <source>--skip-dates needs dates such as 2026-12-24, or none to clear them.</source>
        <translation>--skip-dates heeft datums nodig zoals 2026-12-24, of none om ze te wissen.</translation>
    </message>
    <message>
        <source>{flag} holds a day that is not a day of the week.</source>
        <translation>{flag} bevat een dag die geen dag van de week is.</translation>
    </message>
    <message numerus="yes">
        <source>{flag} has windows at {earlier} and {later}, which overlap: windows last %n minute(s), so their start times must be at least that far apart.</source>
        <translation>
            <numerusform>{flag} heeft mailmomenten om {earlier} en {later}, en die overlappen: een mailmoment duurt %n minuut, dus de begintijden moeten minstens zo ver uit elkaar liggen.</numerusform>
            <numerusform>{flag} heeft mailmomenten om {earlier} en {later}, en die overlappen: een mailmoment duurt %n minuten, dus de begintijden moeten minstens zo ver uit elkaar liggen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Focus days: none.</source>
        <translation>Focusdagen: geen.</translation>
    </message>
    <message>
        <source>first day (default: today), e.g. 2026-12-01</source>
        <translation>eerste dag (standaard: vandaag), bijvoorbeeld 2026-12-01</translation>
    </message>
    <message>
        <source>Plan saved.</source>
        <translation>Plan bewaard.</translation>
    </message>
    <message>
        <source>The plan already was like that.</source>
        <translation>Het plan was al zo.</translation>
    </message>
    <message numerus="yes">
        <source>{flag} has windows at {earlier} and {later}, which overlap: windows last %n minute(s), so their start times must be at least that far apart (across midnight).</source>
        <translation>
            <numerusform>{flag} heeft mailmomenten om {earlier} en {later}, en die overlappen: een mailmoment duurt %n minuut, dus de begintijden moeten minstens zo ver uit elkaar liggen (over middernacht heen).</numerusform>
            <numerusform>{flag} heeft mailmomenten om {earlier} en {later}, en die overlappen: een mailmoment duurt %n minuten, dus de begintijden moeten minstens zo ver uit elkaar liggen (over middernacht heen).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mail checks: {times} for %n minute(s), {weekdays} ({timezone}).</source>
        <translation>
            <numerusform>Mailmomenten: {times}, %n minuut, {weekdays} ({timezone}).</numerusform>
            <numerusform>Mailmomenten: {times}, %n minuten, {weekdays} ({timezone}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reminder %n minute(s) before.</source>
        <translation>
            <numerusform>Herinnering %n minuut van tevoren.</numerusform>
            <numerusform>Herinnering %n minuten van tevoren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Focus days: {days}.</source>
        <translation>Focusdagen: {days}.</translation>
    </message>
    <message>
        <source>{first} to {last}, {timezone} (UTC in brackets):</source>
        <translation>{first} tot en met {last}, {timezone} (UTC tussen haakjes):</translation>
    </message>
    <message>
        <source>No mail checks and no focus days.</source>
        <translation>Geen mailmomenten en geen focusdagen.</translation>
    </message>
    <message>
        <source>{flag} is empty; give days such as {example}, or none for no days.</source>
        <translation>{flag} is leeg; geef dagen zoals {example}, of none voor geen enkele dag.</translation>
    </message>
    <message>
        <source>--times needs at least one time, such as 10:00.</source>
        <translation>--times heeft minstens één tijd nodig, zoals 10:00.</translation>
    </message>
    <message>
        <source>--times lists the same time twice.</source>
        <translation>--times noemt dezelfde tijd twee keer.</translation>
    </message>
    <message>
        <source>&apos;{timezone}&apos; is not a time zone; use a name like &apos;Europe/Amsterdam&apos;.</source>
        <translation>‘{timezone}’ is geen tijdzone; gebruik een naam zoals ‘Europe/Amsterdam’.</translation>
    </message>
    <message>
        <source>Skipped dates: {dates}.</source>
        <translation>Overgeslagen datums: {dates}.</translation>
    </message>
    <message>
        <source>Next focus day: {when}.</source>
        <translation>Volgende focusdag: {when}.</translation>
    </message>
    <message>
        <source>how many days (default: {days}, at most {most})</source>
        <translation>hoeveel dagen (standaard: {days}, hoogstens {most})</translation>
    </message>
    <message>
        <source>--days is {days}; use a number from 1 to {most}.</source>
        <translation>--days is {days}; gebruik een getal van 1 tot en met {most}.</translation>
    </message>
    <message>
        <source>{flag} takes a whole number of minutes, not &apos;{text}&apos;.</source>
        <translation>{flag} verwacht een heel aantal minuten, niet ‘{text}’.</translation>
    </message>
    <message>
        <source>--skip-dates lists {day} twice.</source>
        <translation>--skip-dates noemt {day} twee keer.</translation>
    </message>
    <message>
        <source>focus day ({utc})</source>
        <translation>focusdag ({utc})</translation>
    </message>
    <message>
        <source>--days takes a whole number of days, not &apos;{text}&apos;.</source>
        <translation>--days verwacht een heel aantal dagen, niet ‘{text}’.</translation>
    </message>
    <message>
        <source>--skip-dates: &apos;{text}&apos; is not a date; use dates like 2026-12-24.</source>
        <translation>--skip-dates: ‘{text}’ is geen datum; gebruik datums zoals 2026-12-24.</translation>
    </message>
    <message>
        <source>The profile is valid (written by a newer Boundary: read-only): {path}</source>
        <translation>Het profiel is in orde (geschreven door een nieuwere Boundary: alleen-lezen): {path}</translation>
    </message>
    <message>
        <source>The profile is valid: {path}</source>
        <translation>Het profiel is in orde: {path}</translation>
    </message>
    <message>
        <source>where the profile is; check it</source>
        <translation>waar het profiel staat; het controleren</translation>
    </message>
    <message>
        <source>print the profile&apos;s path</source>
        <translation>het pad van het profiel tonen</translation>
    </message>
    <message>
        <source>check the profile; name the line that is wrong</source>
        <translation>het profiel controleren; de regel noemen die fout is</translation>
    </message>
    <message>
        <source>There is no profile yet at {path}; start Boundary to make one.</source>
        <translation>Er is nog geen profiel op {path}; start Boundary om er een te maken.</translation>
    </message>
    <message>
        <source>the message templates, with a preview for your profile</source>
        <translation>de berichtsjablonen, met een voorbeeld voor je profiel</translation>
    </message>
    <message>
        <source>List the message templates of a language with what colleagues and everyone else would receive: your name, your first backup, and a return a week from now. Edit them in Settings → Templates. Languages: {languages}.</source>
        <translation>Toon de berichtsjablonen van een taal met wat collega’s en alle anderen zouden ontvangen: je naam, je eerste vervanger, en terug over een week. Bewerk ze in Instellingen → Sjablonen. Talen: {languages}.</translation>
    </message>
    <message>
        <source>the templates&apos; language (default: your reply language)</source>
        <translation>de taal van de sjablonen (standaard: de taal van je berichten)</translation>
    </message>
    <message>
        <source>To colleagues:</source>
        <translation>Aan collega’s:</translation>
    </message>
    <message>
        <source>To everyone else:</source>
        <translation>Aan alle anderen:</translation>
    </message>
    <message>
        <source>Templates in {language}, as you would send them now:</source>
        <translation>Sjablonen ({language}), zoals je ze nu zou versturen:</translation>
    </message>
    <message>
        <source>(the same as to colleagues)</source>
        <translation>(hetzelfde als aan collega’s)</translation>
    </message>
    <message>
        <source>(edited)</source>
        <translation>(bewerkt)</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>name@example.com</source>
        <translation>naam@example.com</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Aan:</translation>
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation>&amp;Onderwerp:</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>&amp;Copy text</source>
        <translation>Tekst &amp;kopiëren</translation>
    </message>
    <message>
        <source>Send from</source>
        <translation>Versturen vanaf</translation>
    </message>
    <message>
        <source>Send &amp;from:</source>
        <translation>Versturen &amp;vanaf:</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>Ver&amp;sturen</translation>
    </message>
    <message>
        <source>None of your accounts can send mail: copy the text into your mail.</source>
        <translation>Geen van je accounts kan mail versturen: kopieer de tekst naar je mail.</translation>
    </message>
    <message>
        <source>The text is on the clipboard.</source>
        <translation>De tekst staat op het klembord.</translation>
    </message>
    <message>
        <source>Sending to %1…</source>
        <translation>Versturen naar %1…</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Niet verstuurd: %1</translation>
    </message>
    <message>
        <source>Sent to %1.</source>
        <translation>Verstuurd naar %1.</translation>
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
    <name>CoverText</name>
    <message>
        <source>auto-reply</source>
        <translation>afwezigheidsbericht</translation>
    </message>
    <message>
        <source>forwarding</source>
        <translation>doorsturen</translation>
    </message>
    <message>
        <source>chat status</source>
        <translation>chatstatus</translation>
    </message>
    <message>
        <source>calendar</source>
        <translation>agenda</translation>
    </message>
    <message>
        <source>available</source>
        <translation>beschikbaar</translation>
    </message>
    <message>
        <source>marked away</source>
        <translation>als afwezig gemarkeerd</translation>
    </message>
    <message>
        <source>marked away until %1</source>
        <translation>als afwezig gemarkeerd tot en met %1</translation>
    </message>
    <message>
        <source>own auto-reply is on</source>
        <translation>eigen afwezigheidsbericht staat aan</translation>
    </message>
    <message>
        <source>own auto-reply is on until %1</source>
        <translation>eigen afwezigheidsbericht staat aan tot %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1&apos;s own auto-reply is on</source>
        <translation>Het eigen afwezigheidsbericht van %1 staat aan</translation>
    </message>
    <message>
        <source>%1&apos;s own auto-reply is on until %2</source>
        <translation>Het eigen afwezigheidsbericht van %1 staat aan tot %2</translation>
    </message>
    <message>
        <source> — %1 covers instead</source>
        <translation> — %1 vervangt in plaats daarvan</translation>
    </message>
    <message>
        <source> — nobody else is available</source>
        <translation> — verder is niemand beschikbaar</translation>
    </message>
    <message>
        <source>Availability unknown: no account can tell; counted as available.</source>
        <translation>Beschikbaarheid onbekend: geen account kan het zien; telt als beschikbaar.</translation>
    </message>
    <message>
        <source>Says %1.</source>
        <translation>Volgens %1.</translation>
    </message>
    <message>
        <source>%1 is away, and nobody else in your roster is available.</source>
        <translation>%1 is afwezig, en verder is niemand uit je lijst beschikbaar.</translation>
    </message>
    <message>
        <source>%1 is away: %2 covers instead.</source>
        <translation>%1 is afwezig: %2 vervangt in plaats daarvan.</translation>
    </message>
    <message>
        <source>None of your backups is available, so nothing is forwarded until one is.</source>
        <translation>Geen van je vervangers is beschikbaar, dus er wordt niets doorgestuurd tot er een beschikbaar is.</translation>
    </message>
    <message>
        <source>%1 cannot forward mail by itself, so its mail is not forwarded.</source>
        <translation>%1 kan zelf geen mail doorsturen, dus de mail daar wordt niet doorgestuurd.</translation>
    </message>
    <message>
        <source>%1 forwards only while Boundary runs at the start and the end of the period: it switches the forwarding on and off then.</source>
        <translation>%1 stuurt alleen door als Boundary draait bij het begin en het einde van de periode: het zet het doorsturen dan aan en uit.</translation>
    </message>
    <message>
        <source>%1 is outside the organisation of %2, which may block forwarding there (bounce 5.7.520); a backup inside it is safer.</source>
        <translation>%1 valt buiten de organisatie van %2, die doorsturen daarheen kan blokkeren (bounce 5.7.520); een vervanger binnen de organisatie is veiliger.</translation>
    </message>
    <message numerus="yes">
        <source>Away on %n account(s)</source>
        <translation>
            <numerusform>Afwezig op %n account</numerusform>
            <numerusform>Afwezig op %n accounts</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 op %2</translation>
    </message>
    <message>
        <source>Choose a colleague at %1 as your backup, not one at %2.</source>
        <translation>Kies een collega bij %1 als vervanger, niet een bij %2.</translation>
    </message>
    <message>
        <source>Choose a colleague inside your organisation as your backup.</source>
        <translation>Kies een collega binnen je organisatie als vervanger.</translation>
    </message>
    <message>
        <source>Mail forwarded to %1 bounced (5.7.520)</source>
        <translation>Mail doorgestuurd naar %1 kwam terug (5.7.520)</translation>
    </message>
    <message>
        <source>Mail forwarded to %1 bounced on %2 (5.7.520)</source>
        <translation>Mail doorgestuurd naar %1 kwam terug op %2 (5.7.520)</translation>
    </message>
    <message>
        <source>: your organisation refuses to forward outside it.</source>
        <translation>: je organisatie weigert door te sturen buiten de organisatie.</translation>
    </message>
    <message>
        <source>%1: forwarding to %2 bounced; choose a colleague at %3</source>
        <translation>%1: doorsturen naar %2 kwam terug; kies een collega bij %3</translation>
    </message>
    <message>
        <source>%1: forwarding to %2 bounced; choose a colleague inside</source>
        <translation>%1: doorsturen naar %2 kwam terug; kies een collega binnen je organisatie</translation>
    </message>
</context>
<context>
    <name>FileText</name>
    <message>
        <source>A folder stood where Boundary keeps its journal. It was moved to %1 and Boundary started a new journal.</source>
        <translation>Waar Boundary zijn logboek bewaart, stond een map. Die is verplaatst naar %1 en Boundary is met een nieuw logboek begonnen.</translation>
    </message>
    <message>
        <source>Boundary&apos;s journal could not be read (%1). It was kept as %2 and Boundary started a new journal.</source>
        <translation>Het logboek van Boundary kon niet worden gelezen (%1). Het is bewaard als %2 en Boundary is met een nieuw logboek begonnen.</translation>
    </message>
    <message>
        <source>Your journal was written by a newer version of Boundary. This version shows what it holds but records nothing and sends no replies; update Boundary.</source>
        <translation>Je logboek is geschreven door een nieuwere versie van Boundary. Deze versie laat zien wat erin staat, maar legt niets vast en verstuurt geen afwezigheidsberichten; werk Boundary bij.</translation>
    </message>
    <message>
        <source>Your journal was written by a newer version of Boundary, so this version cannot do this; update Boundary. Nothing was changed.</source>
        <translation>Je logboek is geschreven door een nieuwere versie van Boundary, dus deze versie kan dit niet doen; werk Boundary bij. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>Another program is using Boundary&apos;s journal (%1). Boundary waited %2 seconds; close that program and try again. Nothing was changed.</source>
        <translation>Een ander programma gebruikt het logboek van Boundary (%1). Boundary heeft %2 seconden gewacht; sluit dat programma en probeer het opnieuw. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>Boundary&apos;s journal is damaged (%1); nothing was recorded. Boundary sets it aside the next time it starts.</source>
        <translation>Het logboek van Boundary is beschadigd (%1); er is niets vastgelegd. Boundary zet het opzij wanneer het de volgende keer start.</translation>
    </message>
    <message>
        <source>Boundary cannot use its journal %1: %2.</source>
        <translation>Boundary kan zijn logboek %1 niet gebruiken: %2.</translation>
    </message>
    <message>
        <source>%1 is a folder, but Boundary keeps its settings in a file of that name. Move the folder away and start Boundary again.</source>
        <translation>%1 is een map, maar Boundary bewaart zijn instellingen in een bestand met die naam. Verplaats de map en start Boundary opnieuw.</translation>
    </message>
    <message>
        <source>Boundary cannot read its settings file %1: %2.</source>
        <translation>Boundary kan zijn instellingenbestand %1 niet lezen: %2.</translation>
    </message>
    <message>
        <source>Boundary cannot write its settings file %1: %2. Nothing was changed.</source>
        <translation>Boundary kan zijn instellingenbestand %1 niet opslaan: %2. Er is niets veranderd.</translation>
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
    <name>FoundText</name>
    <message>
        <source>%1 already has an auto-reply until %2, set outside Boundary</source>
        <translation>%1 heeft al een afwezigheidsbericht tot %2, ingesteld buiten Boundary</translation>
    </message>
    <message>
        <source>%1 already has an auto-reply, set outside Boundary</source>
        <translation>%1 heeft al een afwezigheidsbericht, ingesteld buiten Boundary</translation>
    </message>
    <message>
        <source>Go away replaces the auto-reply %1 already has (until %2), set outside Boundary.</source>
        <translation>Afwezig melden vervangt het afwezigheidsbericht dat %1 al heeft (tot %2), ingesteld buiten Boundary.</translation>
    </message>
    <message>
        <source>Go away replaces the auto-reply %1 already has, set outside Boundary.</source>
        <translation>Afwezig melden vervangt het afwezigheidsbericht dat %1 al heeft, ingesteld buiten Boundary.</translation>
    </message>
    <message>
        <source>%1 no longer holds an auto-reply set outside Boundary; nothing was changed.</source>
        <translation>Op %1 staat geen afwezigheidsbericht van buiten Boundary meer; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>You already have an away period, and keeping this reply would replace it. Use Go away to change your period, or leave the reply of %1 alone.</source>
        <translation>Je hebt al een afwezigheidsperiode, en dit bericht houden zou die vervangen. Pas je periode aan met Afwezig melden, of laat het bericht van %1 zoals het is.</translation>
    </message>
    <message>
        <source>%1 hold different auto-replies, and one away period cannot keep them all: keep one and leave the others alone.</source>
        <translation>%1 hebben verschillende afwezigheidsberichten, en één afwezigheidsperiode kan ze niet allemaal houden: houd er één en laat de andere zoals ze zijn.</translation>
    </message>
</context>
<context>
    <name>GoAwayDialog</name>
    <message>
        <source>Go away — Boundary</source>
        <translation>Afwezig melden — Boundary</translation>
    </message>
    <message>
        <source>An auto-repl&amp;y</source>
        <translation>Een afwezigheidsberich&amp;t</translation>
    </message>
    <message>
        <source>Auto-reply and forwardin&amp;g</source>
        <translation>Bericht en doorsturen (&amp;beide)</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Bericht:</translation>
    </message>
    <message>
        <source>The same as for colleagues</source>
        <translation>Hetzelfde als voor collega’s</translation>
    </message>
    <message>
        <source>T&amp;heir reason:</source>
        <translation>&amp;Hun reden:</translation>
    </message>
    <message>
        <source>Go away</source>
        <translation>Afwezig melden</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>I&apos;m &amp;back</source>
        <translation>Ik b&amp;en terug</translation>
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
        <source>Change your away period — Boundary</source>
        <translation>Afwezigheid aanpassen — Boundary</translation>
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
        <source>How are people looked after?</source>
        <translation>Hoe worden mensen geholpen?</translation>
    </message>
    <message>
        <source>Forward to the backu&amp;p, no reply</source>
        <translation>Doorsturen naar de &amp;vervanger, geen bericht</translation>
    </message>
    <message>
        <source>An auto-reply, and your mail is forwarded to the backup who covers.</source>
        <translation>Een afwezigheidsbericht, en je mail wordt doorgestuurd naar de vervanger.</translation>
    </message>
    <message>
        <source>Forwarding: none of your accounts can forward mail by itself.</source>
        <translation>Doorsturen: geen van je accounts kan zelf mail doorsturen.</translation>
    </message>
    <message>
        <source>Forwarding: add a backup with an email address in Settings first.</source>
        <translation>Doorsturen: voeg eerst in Instellingen een vervanger met een e-mailadres toe.</translation>
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
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>What &amp;colleagues read</source>
        <translation>Wat &amp;collega’s lezen</translation>
    </message>
    <message>
        <source>What &amp;everyone else reads</source>
        <translation>Wat a&amp;lle anderen lezen</translation>
    </message>
    <message>
        <source>E&amp;dit the message</source>
        <translation>Bericht &amp;aanpassen</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Onderwerp:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Onderwerp:</translation>
    </message>
    <message>
        <source>%1 cannot limit who gets the reply: everyone will get the external message.</source>
        <translation>%1 kan niet beperken wie het afwezigheidsbericht krijgt: iedereen krijgt het bericht voor alle anderen.</translation>
    </message>
    <message>
        <source>%1 give everyone one subject: colleagues get this one there too.</source>
        <translation>%1 geven iedereen één onderwerp: collega’s krijgen daar ook dit onderwerp.</translation>
    </message>
    <message>
        <source>Choose at least one account to set the reply on.</source>
        <translation>Kies minstens één account voor het afwezigheidsbericht.</translation>
    </message>
    <message>
        <source>No auto-reply is sent: mail goes to your backup, who answers it. The message below is kept in case you choose a reply again.</source>
        <translation>Er gaat geen afwezigheidsbericht uit: mail gaat naar je vervanger, die hem beantwoordt. Het bericht hieronder blijft bewaard voor als je weer voor een antwoord kiest.</translation>
    </message>
    <message numerus="yes">
        <source>Change the reply on %n account(s), no end date</source>
        <translation>
            <numerusform>Afwezigheidsbericht aanpassen op %n account, zonder einddatum</numerusform>
            <numerusform>Afwezigheidsbericht aanpassen op %n accounts, zonder einddatum</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set the reply on %n account(s), no end date</source>
        <translation>
            <numerusform>Afwezigheidsbericht instellen op %n account, zonder einddatum</numerusform>
            <numerusform>Afwezigheidsbericht instellen op %n accounts, zonder einddatum</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change the reply on %n account(s) until %1</source>
        <translation>
            <numerusform>Afwezigheidsbericht aanpassen op %n account tot %1</numerusform>
            <numerusform>Afwezigheidsbericht aanpassen op %n accounts tot %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set the reply on %n account(s) until %1</source>
        <translation>
            <numerusform>Afwezigheidsbericht instellen op %n account tot %1</numerusform>
            <numerusform>Afwezigheidsbericht instellen op %n accounts tot %1</numerusform>
        </translation>
    </message>
    <message>
        <source>your backup</source>
        <translation>je vervanger</translation>
    </message>
    <message numerus="yes">
        <source>Set the reply and forward to %1 on %n account(s) until %2</source>
        <translation>
            <numerusform>Bericht instellen en doorsturen naar %1 op %n account tot %2</numerusform>
            <numerusform>Bericht instellen en doorsturen naar %1 op %n accounts tot %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set the reply and forward to %1 on %n account(s), no end date</source>
        <translation>
            <numerusform>Bericht instellen en doorsturen naar %1 op %n account, zonder einddatum</numerusform>
            <numerusform>Bericht instellen en doorsturen naar %1 op %n accounts, zonder einddatum</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change the reply and forwarding to %1 on %n account(s) until %2</source>
        <translation>
            <numerusform>Bericht en doorsturen naar %1 wijzigen op %n account tot %2</numerusform>
            <numerusform>Bericht en doorsturen naar %1 wijzigen op %n accounts tot %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change the reply and forwarding to %1 on %n account(s), no end date</source>
        <translation>
            <numerusform>Bericht en doorsturen naar %1 wijzigen op %n account, zonder einddatum</numerusform>
            <numerusform>Bericht en doorsturen naar %1 wijzigen op %n accounts, zonder einddatum</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Forward mail to %1 on %n account(s) until %2</source>
        <translation>
            <numerusform>Mail doorsturen naar %1 op %n account tot %2</numerusform>
            <numerusform>Mail doorsturen naar %1 op %n accounts tot %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Forward mail to %1 on %n account(s), no end date</source>
        <translation>
            <numerusform>Mail doorsturen naar %1 op %n account, zonder einddatum</numerusform>
            <numerusform>Mail doorsturen naar %1 op %n accounts, zonder einddatum</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change the forwarding to %1 on %n account(s) until %2</source>
        <translation>
            <numerusform>Doorsturen naar %1 wijzigen op %n account tot %2</numerusform>
            <numerusform>Doorsturen naar %1 wijzigen op %n accounts tot %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change the forwarding to %1 on %n account(s), no end date</source>
        <translation>
            <numerusform>Doorsturen naar %1 wijzigen op %n account, zonder einddatum</numerusform>
            <numerusform>Doorsturen naar %1 wijzigen op %n accounts, zonder einddatum</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 off</source>
        <translation>%1 uit</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
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
        <source>Your reply could not be recorded: %1</source>
        <translation>Je afwezigheidsbericht kon niet worden vastgelegd: %1</translation>
    </message>
    <message>
        <source>Placeholders: {name} your name, {return} when you are back, {backups} who covers, {reason} the reason, {calls} your scheduled call.</source>
        <translation>Invulvelden: {name} je naam, {return} wanneer je terug bent, {backups} wie er waarneemt, {reason} de reden, {calls} je geplande gesprek.</translation>
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
    <name>InterruptionDialog</name>
    <message>
        <source>Log an interruption — Boundary</source>
        <translation>Onderbreking noteren — Boundary</translation>
    </message>
    <message>
        <source>An unplanned call, chat or visit from a client. Statistics counts them per week and per client: the facts for a conversation about it.</source>
        <translation>Een onverwacht telefoontje, chatbericht of bezoek van een klant. Statistieken telt ze per week en per klant: de feiten voor een gesprek erover.</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Noteren</translation>
    </message>
    <message>
        <source>Client or contact</source>
        <translation>Klant of contactpersoon</translation>
    </message>
    <message>
        <source>A call</source>
        <translation>Een telefoontje</translation>
    </message>
    <message>
        <source>A chat message</source>
        <translation>Een chatbericht</translation>
    </message>
    <message>
        <source>A visit</source>
        <translation>Een bezoek</translation>
    </message>
    <message>
        <source>Optional, for yourself</source>
        <translation>Optioneel, voor jezelf</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Wie:</translation>
    </message>
    <message>
        <source>W&amp;hat:</source>
        <translation>W&amp;at:</translation>
    </message>
    <message>
        <source>Whe&amp;n:</source>
        <translation>Wa&amp;nneer:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;otitie:</translation>
    </message>
    <message>
        <source>Say who interrupted: the client&apos;s or contact&apos;s name.</source>
        <translation>Zeg wie je onderbrak: de naam van de klant of contactpersoon.</translation>
    </message>
    <message>
        <source>That moment is still to come; log an interruption once it happened.</source>
        <translation>Dat moment moet nog komen; noteer een onderbreking als die gebeurd is.</translation>
    </message>
</context>
<context>
    <name>ListEditorPage</name>
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
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Boundary</source>
        <translation>Boundary</translation>
    </message>
</context>
<context>
    <name>MissedCallDialog</name>
    <message>
        <source>Answer a missed call — Boundary</source>
        <translation>Gemiste oproep beantwoorden — Boundary</translation>
    </message>
    <message>
        <source>No call slots yet. Add your clients and the calls you offer them in Settings → Scheduled calls.</source>
        <translation>Nog geen belmomenten. Voeg je klanten en de gesprekken die je ze aanbiedt toe in Instellingen → Belmomenten.</translation>
    </message>
    <message>
        <source>&amp;Who called:</source>
        <translation>&amp;Wie belde:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>Next call with %1: %2</source>
        <translation>Volgend gesprek met %1: %2</translation>
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
    <name>ReminderWindow</name>
    <message>
        <source>Mail check</source>
        <translation>Mailmoment</translation>
    </message>
    <message>
        <source>Start it now, put it off for a while, or skip this one.</source>
        <translation>Begin nu, stel het even uit, of sla dit mailmoment over.</translation>
    </message>
    <message>
        <source>&amp;Start now</source>
        <translation>Nu &amp;beginnen</translation>
    </message>
    <message numerus="yes">
        <source>S&amp;nooze %n min</source>
        <translation>
            <numerusform>%n min &amp;uitstellen</numerusform>
            <numerusform>%n min &amp;uitstellen</numerusform>
        </translation>
    </message>
    <message>
        <source>S&amp;kip this check</source>
        <translation>Dit mailmoment &amp;overslaan</translation>
    </message>
    <message>
        <source>Your plan allows no snoozes (Settings → Mail checks).</source>
        <translation>Je plan staat geen uitstel toe (Instellingen → Mailmomenten).</translation>
    </message>
    <message>
        <source>Mail check at %1: it is time</source>
        <translation>Mailmoment om %1: het is tijd</translation>
    </message>
    <message numerus="yes">
        <source>Mail check at %1 in %n minute(s)</source>
        <translation>
            <numerusform>Mailmoment om %1, over %n minuut</numerusform>
            <numerusform>Mailmoment om %1, over %n minuten</numerusform>
        </translation>
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
    <name>ResultPanel</name>
    <message>
        <source>Boundary</source>
        <translation>Boundary</translation>
    </message>
    <message>
        <source>I&apos;m &amp;back</source>
        <translation>Ik &amp;ben terug</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>Clearing your reply…</source>
        <translation>Je afwezigheidsbericht wordt uitgezet…</translation>
    </message>
    <message>
        <source>Setting your reply…</source>
        <translation>Je afwezigheidsbericht wordt ingesteld…</translation>
    </message>
    <message>
        <source>Sending to %1…</source>
        <translation>Verzenden naar %1…</translation>
    </message>
    <message>
        <source>Some accounts need attention</source>
        <translation>Sommige accounts hebben aandacht nodig</translation>
    </message>
    <message>
        <source>Sending the replies failed: %1</source>
        <translation>Verzenden van de afwezigheidsberichten mislukt: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 on %2.</source>
        <translation>%1 aan op %2.</translation>
    </message>
    <message>
        <source>%1 off on %2.</source>
        <translation>%1 uit op %2.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Welcome back</source>
        <translation>Welkom terug</translation>
    </message>
    <message>
        <source>You&apos;re away</source>
        <translation>Je bent afwezig</translation>
    </message>
    <message>
        <source>You&apos;ll be away from %1</source>
        <translation>Je bent afwezig vanaf %1</translation>
    </message>
    <message>
        <source>You&apos;re away until further notice</source>
        <translation>Je bent afwezig tot nader order</translation>
    </message>
    <message>
        <source>You&apos;re away until %1</source>
        <translation>Je bent afwezig tot %1</translation>
    </message>
    <message>
        <source>Your reply is off on %1.</source>
        <translation>Je afwezigheidsbericht staat uit op %1.</translation>
    </message>
    <message>
        <source>Kept the auto-reply of %1 as your away period.</source>
        <translation>Het afwezigheidsbericht van %1 is nu je afwezigheidsperiode.</translation>
    </message>
    <message>
        <source>No auto-reply is sent from %1.</source>
        <translation>Vanaf %1 wordt geen afwezigheidsbericht verstuurd.</translation>
    </message>
    <message>
        <source>Nothing needed changing on %1.</source>
        <translation>Op %1 hoefde niets te veranderen.</translation>
    </message>
    <message>
        <source>Changed on %1.</source>
        <translation>Aangepast op %1.</translation>
    </message>
    <message>
        <source>%1 already had it.</source>
        <translation>%1 had het al.</translation>
    </message>
    <message>
        <source>Your reply is set on %1.</source>
        <translation>Je afwezigheidsbericht staat aan op %1.</translation>
    </message>
    <message>
        <source>The server keeps the forwarding rule but says it does not work; your organisation may block forwarding outside it: choose a backup inside it.</source>
        <translation>De server bewaart de doorstuurregel maar zegt dat die niet werkt; je organisatie blokkeert misschien doorsturen naar buiten: kies een vervanger binnen de organisatie.</translation>
    </message>
    <message>
        <source>Will retry: %2</source>
        <translation>Nieuwe poging volgt: %2</translation>
    </message>
    <message>
        <source>Will retry at %1: %2</source>
        <translation>Nieuwe poging om %1: %2</translation>
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
        <source>Not done: %1</source>
        <translation>Niet gelukt: %1</translation>
    </message>
    <message>
        <source>Nothing was changed</source>
        <translation>Er is niets gewijzigd</translation>
    </message>
</context>
<context>
    <name>ReviewText</name>
    <message>
        <source>Is work more productive?</source>
        <translation>Is het werk productiever?</translation>
    </message>
    <message>
        <source>What got in the way?</source>
        <translation>Wat zat in de weg?</translation>
    </message>
    <message>
        <source>What will you change?</source>
        <translation>Wat ga je veranderen?</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Mail-check windows kept</source>
        <translation>Mailmomenten op tijd</translation>
    </message>
    <message>
        <source>Share kept in time</source>
        <translation>Deel op tijd</translation>
    </message>
    <message>
        <source>Overrun</source>
        <translation>Uitgelopen</translation>
    </message>
    <message>
        <source>%1 (%2 min over)</source>
        <translation>%1 (%2 min te lang)</translation>
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
        <source>Focus days kept</source>
        <translation>Focusdagen gehouden</translation>
    </message>
    <message>
        <source>Away days</source>
        <translation>Dagen afwezig</translation>
    </message>
    <message>
        <source>Messages forwarded</source>
        <translation>Berichten doorgestuurd</translation>
    </message>
    <message>
        <source>Interruptions</source>
        <translation>Onderbrekingen</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Op tijd</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>Mailmomenten</translation>
    </message>
    <message>
        <source>Kept %</source>
        <translation>% op tijd</translation>
    </message>
    <message>
        <source>Focus days</source>
        <translation>Focusdagen</translation>
    </message>
    <message>
        <source>W%1 · %2</source>
        <translation>W%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>Evaluation of the plan since %1 (%n week(s))</source>
        <translation>
            <numerusform>Evaluatie van het plan sinds %1 (%n week)</numerusform>
            <numerusform>Evaluatie van het plan sinds %1 (%n weken)</numerusform>
        </translation>
    </message>
    <message>
        <source>Week by week</source>
        <translation>Week voor week</translation>
    </message>
    <message>
        <source>Evaluation — Boundary</source>
        <translation>Evaluatie — Boundary</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <source>Evaluation — Boundary</source>
        <translation>Evaluatie — Boundary</translation>
    </message>
    <message>
        <source>Hold it with your team: the figures since your plan started, then three questions. Export a one-page PDF to share.</source>
        <translation>Bespreek het met je team: de cijfers sinds je plan begon, dan drie vragen. Exporteer één pagina als pdf om te delen.</translation>
    </message>
    <message>
        <source>&amp;Figures</source>
        <translation>&amp;Cijfers</translation>
    </message>
    <message>
        <source>&amp;Questions</source>
        <translation>&amp;Vragen</translation>
    </message>
    <message>
        <source>Change the &amp;plan</source>
        <translation>&amp;Plan aanpassen</translation>
    </message>
    <message>
        <source>E&amp;xport PDF…</source>
        <translation>Pdf e&amp;xporteren…</translation>
    </message>
    <message>
        <source>Week by week:</source>
        <translation>Week voor week:</translation>
    </message>
    <message>
        <source>The trend week by week</source>
        <translation>Het verloop week voor week</translation>
    </message>
    <message>
        <source>&amp;Save notes</source>
        <translation>Notities op&amp;slaan</translation>
    </message>
    <message>
        <source>Focus day</source>
        <translation>Focusdag</translation>
    </message>
    <message>
        <source>No focus day</source>
        <translation>Geen focusdag</translation>
    </message>
    <message>
        <source>&amp;Move the focus day</source>
        <translation>Focusdag &amp;verplaatsen</translation>
    </message>
    <message>
        <source>Mail-check windows</source>
        <translation>Mailmomenten</translation>
    </message>
    <message>
        <source>10:00, 16:00</source>
        <translation>10:00, 16:00</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>C&amp;hange the windows</source>
        <translation>Mailmomenten &amp;wijzigen</translation>
    </message>
    <message>
        <source>S&amp;tart times:</source>
        <translation>&amp;Begintijden:</translation>
    </message>
    <message>
        <source>&amp;Each lasts:</source>
        <translation>&amp;Duur:</translation>
    </message>
    <message>
        <source>Next evaluation</source>
        <translation>Volgende evaluatie</translation>
    </message>
    <message>
        <source>Notes saved. The next evaluation: %1.</source>
        <translation>Notities opgeslagen. De volgende evaluatie: %1.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time of day; use a time like 10:00.</source>
        <translation>&apos;%1&apos; is geen tijdstip; gebruik een tijd als 10:00.</translation>
    </message>
    <message numerus="yes">
        <source>These windows overlap: start times must be at least %n minute(s) apart.</source>
        <translation>
            <numerusform>Deze mailmomenten overlappen: begintijden moeten minstens %n minuut uit elkaar liggen.</numerusform>
            <numerusform>Deze mailmomenten overlappen: begintijden moeten minstens %n minuten uit elkaar liggen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your plan is changed.</source>
        <translation>Je plan is aangepast.</translation>
    </message>
    <message>
        <source>Export the evaluation</source>
        <translation>Evaluatie exporteren</translation>
    </message>
    <message>
        <source>Boundary evaluation.pdf</source>
        <translation>Boundary-evaluatie.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>Pdf (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation>De pdf kon niet worden opgeslagen in %1.</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Opgeslagen als %1.</translation>
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
    <message>
        <source>Sched&amp;uled calls</source>
        <translation>&amp;Belmomenten</translation>
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
        <source>Keep it</source>
        <translation>Houden</translation>
    </message>
    <message>
        <source>Leave it alone</source>
        <translation>Laten zoals het is</translation>
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
        <source>Forwarded mail bounced</source>
        <translation>Doorgestuurde mail kwam terug</translation>
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
    <message>
        <source>Boundary</source>
        <translation>Boundary</translation>
    </message>
    <message>
        <source>Keep it or leave it alone: see Boundary&apos;s menu.</source>
        <translation>Houden of laten zoals het is: kies in het menu van Boundary.</translation>
    </message>
    <message>
        <source>An auto-reply is already on</source>
        <translation>Er staat al een afwezigheidsbericht aan</translation>
    </message>
    <message>
        <source>The auto-reply was not kept</source>
        <translation>Het afwezigheidsbericht is niet gehouden</translation>
    </message>
    <message>
        <source>Left alone</source>
        <translation>Gelaten zoals het is</translation>
    </message>
    <message>
        <source>Boundary leaves the auto-reply of %1 as it is until you next go away or say you are back.</source>
        <translation>Boundary laat het afwezigheidsbericht van %1 zoals het is, tot je je weer afwezig meldt of zegt dat je terug bent.</translation>
    </message>
    <message>
        <source>Answer a &amp;missed call…</source>
        <translation>&amp;Gemiste oproep beantwoorden…</translation>
    </message>
    <message>
        <source>&amp;Log an interruption…</source>
        <translation>Onderbreking &amp;noteren…</translation>
    </message>
    <message>
        <source>&amp;Voicemail greeting…</source>
        <translation>&amp;Voicemailbegroeting…</translation>
    </message>
    <message>
        <source>&amp;Return briefing…</source>
        <translation>Overzicht na te&amp;rugkeer…</translation>
    </message>
    <message>
        <source>&amp;Evaluation…</source>
        <translation>&amp;Evaluatie…</translation>
    </message>
    <message>
        <source>Time to look back with your team: how did the plan go, what got in the way, what will you change?</source>
        <translation>Tijd om met je team terug te kijken: hoe ging het plan, wat zat in de weg, wat ga je veranderen?</translation>
    </message>
    <message>
        <source>Welcome back</source>
        <translation>Welkom terug</translation>
    </message>
    <message>
        <source>Welcome back — %1.</source>
        <translation>Welkom terug — %1.</translation>
    </message>
    <message>
        <source>Return briefing in the menu shows them.</source>
        <translation>Overzicht na terugkeer in het menu laat ze zien.</translation>
    </message>
    <message>
        <source>Interruption logged</source>
        <translation>Onderbreking genoteerd</translation>
    </message>
    <message numerus="yes">
        <source>%n interruption(s) from %1 this week.</source>
        <translation>
            <numerusform>%n onderbreking door %1 deze week.</numerusform>
            <numerusform>%n onderbrekingen door %1 deze week.</numerusform>
        </translation>
    </message>
    <message>
        <source>No backup is available</source>
        <translation>Geen vervanger beschikbaar</translation>
    </message>
    <message>
        <source>None of your backups is available: your reply names nobody and no mail is forwarded until one is back.</source>
        <translation>Geen van je vervangers is beschikbaar: je antwoord noemt niemand en er wordt geen mail doorgestuurd tot er een terug is.</translation>
    </message>
    <message>
        <source>%1 now covers for you: your reply names them, and forwarded mail goes to them.</source>
        <translation>%1 vervangt je nu: je antwoord noemt deze collega en doorgestuurde mail gaat naar hem of haar.</translation>
    </message>
    <message>
        <source>%1 is not available.</source>
        <translation>%1 is niet beschikbaar.</translation>
    </message>
    <message>
        <source>Another backup covers</source>
        <translation>Een andere vervanger neemt het over</translation>
    </message>
    <message>
        <source>&amp;Undo skip</source>
        <translation>Overslaan o&amp;ngedaan maken</translation>
    </message>
    <message>
        <source>The mail check at %1 is skipped. To have it back, choose Undo skip in Boundary&apos;s menu.</source>
        <translation>Het mailmoment van %1 wordt overgeslagen. Wil je het terug, kies dan ‘Overslaan ongedaan maken’ in het menu van Boundary.</translation>
    </message>
    <message>
        <source>Mail check back on</source>
        <translation>Mailmoment weer gepland</translation>
    </message>
    <message>
        <source>The mail check at %1 is back on.</source>
        <translation>Het mailmoment van %1 staat weer gepland.</translation>
    </message>
    <message>
        <source>Click here to start it now, snooze it or skip it.</source>
        <translation>Klik hier om het nu te beginnen, uit te stellen of over te slaan.</translation>
    </message>
    <message>
        <source>&amp;Undo skip (%1)</source>
        <translation>Overslaan o&amp;ngedaan maken (%1)</translation>
    </message>
    <message>
        <source>&amp;Open an unscheduled check</source>
        <translation>Ongepland mailmoment &amp;openen</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Niet nu</translation>
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
        <source>For each week, above: the mail-check windows stacked as kept, overrun, skipped and missed, and the unscheduled checks; below, on their own scales: the focus days and away days, and the interruptions (unplanned calls, chats and visits).</source>
        <translation>Per week, boven: de mailmomenten gestapeld als gehouden, uitgelopen, overgeslagen en gemist, en de ongeplande checks; daaronder, elk op een eigen schaal: de focusdagen en afwezige dagen, en de onderbrekingen (ongeplande telefoontjes, chats en bezoeken).</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <source>Interruptions</source>
        <translation>Onderbrekingen</translation>
    </message>
    <message>
        <source>interruptions: %1</source>
        <translation>onderbrekingen: %1</translation>
    </message>
    <message>
        <source>Mail checks</source>
        <translation>Mailmomenten</translation>
    </message>
    <message>
        <source>Days (of 7)</source>
        <translation>Dagen (van 7)</translation>
    </message>
    <message>
        <source>Days you were away at midday. A shorter absence (a morning, an afternoon) is not an away day; today counts once midday has passed.</source>
        <translation>Dagen waarop je om 12 uur ’s middags afwezig was. Een kortere afwezigheid (een ochtend, een middag) is geen afwezige dag; vandaag telt mee zodra het middag is geweest.</translation>
    </message>
    <message>
        <source>Focus days that have begun, unless you were away that day.</source>
        <translation>Focusdagen die begonnen zijn, tenzij je die dag afwezig was.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
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
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>In all: </source>
        <translation>In totaal: </translation>
    </message>
    <message>
        <source>Interruptions</source>
        <translation>Onderbrekingen</translation>
    </message>
    <message>
        <source>%1 %2 (%3 a week)</source>
        <translation>%1 %2 (%3 per week)</translation>
    </message>
    <message>
        <source>Interruptions per client: %1</source>
        <translation>Onderbrekingen per klant: %1</translation>
    </message>
    <message>
        <source>Nothing on record in these weeks yet.</source>
        <translation>Nog niets vastgelegd in deze weken.</translation>
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
    <message>
        <source>A trial on this computer: no mail is answered</source>
        <translation>Proef op deze computer: er wordt geen mail beantwoord</translation>
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
    <message>
        <source>Placeholders: {name} your name, {return} when you are back, {backups} who covers, {reason} the reason, {calls} your scheduled call. A line whose placeholder is empty is left out; an empty field uses the original text.</source>
        <translation>Invulvelden: {name} je naam, {return} wanneer je terug bent, {backups} wie er waarneemt, {reason} de reden, {calls} je geplande gesprek. Een regel met een leeg invulveld wordt weggelaten; een leeg veld gebruikt de oorspronkelijke tekst.</translation>
    </message>
</context>
<context>
    <name>VoicemailWindow</name>
    <message>
        <source>Voicemail greeting — Boundary</source>
        <translation>Voicemailbegroeting — Boundary</translation>
    </message>
    <message>
        <source>Record this on your phone&apos;s voicemail. It follows your profile: when your focus days, backups or time away change, so does the text.</source>
        <translation>Spreek dit in op de voicemail van je telefoon. Het volgt je profiel: veranderen je focusdagen, vervangers of afwezigheid, dan verandert de tekst mee.</translation>
    </message>
    <message>
        <source>Your reply&apos;s languages</source>
        <translation>De talen van je antwoord</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>Nothing to record: no focus day and no time away ahead. Set focus days in Settings → Mail checks, or go away.</source>
        <translation>Niets in te spreken: geen focusdag en geen afwezigheid in het verschiet. Stel focusdagen in bij Instellingen → Mailmomenten, of ga afwezig.</translation>
    </message>
    <message>
        <source>Microsoft Teams: in Teams, Settings → Calls → Configure voicemail, record the greeting, and choose to play your out-of-office greeting when automatic replies are on. Other phones: record it as the busy or unavailable greeting.</source>
        <translation>Microsoft Teams: kies in Teams Instellingen → Oproepen → Voicemail configureren, spreek de begroeting in en laat je afwezigheidsbegroeting afspelen als automatische antwoorden aan staan. Andere telefoons: spreek het in als begroeting bij bezet of onbereikbaar.</translation>
    </message>
    <message>
        <source>For your focus days (the next: %1)</source>
        <translation>Voor je focusdagen (de volgende: %1)</translation>
    </message>
    <message>
        <source>For your time away, until %1</source>
        <translation>Voor je afwezigheid, tot %1</translation>
    </message>
    <message>
        <source>For your time away, until further notice</source>
        <translation>Voor je afwezigheid, tot nader order</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <source>The greeting is on the clipboard.</source>
        <translation>De begroeting staat op het klembord.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Boundary</source>
        <translation>Welkom bij Boundary</translation>
    </message>
    <message>
        <source>Boundary sets your out-of-office reply on your mail accounts at once, names who covers for you, and turns the reply off on time.</source>
        <translation>Boundary zet je afwezigheidsbericht in één keer op je mailaccounts, noemt wie er voor je waarneemt en zet het bericht op tijd weer uit.</translation>
    </message>
    <message>
        <source>Then add your mail account, or try Boundary on this computer first: the reply is kept here and no mail is answered.</source>
        <translation>Voeg daarna je mailaccount toe, of probeer Boundary eerst op deze computer: het bericht blijft dan hier en er wordt geen mail beantwoord.</translation>
    </message>
    <message>
        <source>For example: Ana de Vries</source>
        <translation>Bijvoorbeeld: Ana de Vries</translation>
    </message>
    <message>
        <source>For example: Sam Lee</source>
        <translation>Bijvoorbeeld: Sam de Jong</translation>
    </message>
    <message>
        <source>sam@example.com</source>
        <translation>sam@example.com</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Je &amp;naam:</translation>
    </message>
    <message>
        <source>Who &amp;covers for you:</source>
        <translation>Wie neemt voor je &amp;waar:</translation>
    </message>
    <message>
        <source>Their &amp;email:</source>
        <translation>Diens &amp;e-mailadres:</translation>
    </message>
    <message>
        <source>&amp;Add a mail account…</source>
        <translation>&amp;Mailaccount toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Try it on this computer</source>
        <translation>&amp;Probeer het op deze computer</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>&amp;Overslaan</translation>
    </message>
    <message>
        <source>Give the name of the colleague who covers for you too.</source>
        <translation>Vul ook de naam in van de collega die voor je waarneemt.</translation>
    </message>
    <message>
        <source>Give the email address of %1 too.</source>
        <translation>Vul ook het e-mailadres van %1 in.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an email address.</source>
        <translation>‘%1’ is geen e-mailadres.</translation>
    </message>
    <message>
        <source>Boundary could not save this: %1</source>
        <translation>Boundary kon dit niet opslaan: %1</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>Connected.</source>
        <translation>Verbonden.</translation>
    </message>
    <message>
        <source>Connected: signed in to {services}.</source>
        <translation>Verbonden: aangemeld bij {services}.</translation>
    </message>
    <message>
        <source>No auto-reply is set.</source>
        <translation>Er staat geen afwezigheidsbericht.</translation>
    </message>
    <message>
        <source>An auto-reply is set until {end}.</source>
        <translation>Er staat een afwezigheidsbericht tot {end}.</translation>
    </message>
    <message>
        <source>An auto-reply is set, with no end date.</source>
        <translation>Er staat een afwezigheidsbericht, zonder einddatum.</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Aangemeld.</translation>
    </message>
    <message>
        <source>Signed in with permission to: {permissions}.</source>
        <translation>Aangemeld met toestemming om: {permissions}.</translation>
    </message>
    <message>
        <source>Replies to colleagues only need a Google Workspace account.</source>
        <translation>Berichten alleen voor collega’s vragen een Google Workspace-account.</translation>
    </message>
    <message>
        <source>A Google Chat status needs a Google Workspace account; a gmail.com account has no Chat API, so turn the Google Chat status off for it.</source>
        <translation>Een Google Chat-status vraagt een Google Workspace-account; een gmail.com-account heeft geen Chat API, dus zet de Google Chat-status daarvoor uit.</translation>
    </message>
    <message>
        <source>No away status is set.</source>
        <translation>Er staat geen afwezigheidsstatus.</translation>
    </message>
    <message>
        <source>A status is set until {end}.</source>
        <translation>Er staat een status tot {end}.</translation>
    </message>
    <message>
        <source>A status is set, with no end.</source>
        <translation>Er staat een status, zonder einde.</translation>
    </message>
    <message>
        <source>Each sender gets the reply at most once a day.</source>
        <translation>Elke afzender krijgt het bericht hooguit één keer per dag.</translation>
    </message>
    <message>
        <source>This server ({server}) answers each sender at most once every {days} days, so someone who writes again sooner gets no second reply.</source>
        <translation>Deze server ({server}) beantwoordt elke afzender hooguit eens per {days} dagen, dus wie eerder opnieuw schrijft, krijgt geen tweede bericht.</translation>
    </message>
    <message>
        <source>Forwarding mail to your backup is off: this account has no SMTP server.</source>
        <translation>Mail doorsturen naar je vervanger staat uit: dit account heeft geen SMTP-server.</translation>
    </message>
    <message>
        <source>({services} worked.)</source>
        <translation>({services} werkte wel.)</translation>
    </message>
    <message>
        <source>If your mail server has no SMTP submission service, set Sending (SMTP) to off (--smtp off): the reply works without it, only forwarding mail to your backup does not.</source>
        <translation>Heeft je mailserver geen SMTP-dienst om mail te verzenden, zet Verzenden (SMTP) dan uit (--smtp off): het afwezigheidsbericht werkt zonder, alleen mail doorsturen naar je vervanger niet.</translation>
    </message>
    <message>
        <source>The {service} server {host}&apos;s certificate could not be verified ({reason}), so Boundary did not connect; the connection may not be safe.</source>
        <translation>Het certificaat van de {service}-server {host} kon niet worden gecontroleerd ({reason}), dus Boundary heeft geen verbinding gemaakt; de verbinding is mogelijk niet veilig.</translation>
    </message>
    <message>
        <source>A secure (TLS) connection to {service} server {host} could not be set up ({reason}).</source>
        <translation>Er kon geen beveiligde (TLS-)verbinding met de {service}-server {host} worden opgezet ({reason}).</translation>
    </message>
    <message>
        <source>The {service} server {host} (port {port}) refused the connection; it may be down.</source>
        <translation>De {service}-server {host} (poort {port}) weigerde de verbinding; misschien ligt hij eruit.</translation>
    </message>
    <message>
        <source>The {service} server {host} did not answer within {seconds} seconds.</source>
        <translation>De {service}-server {host} antwoordde niet binnen {seconds} seconden.</translation>
    </message>
    <message>
        <source>The {service} server {host} could not be found; check its name and your internet connection.</source>
        <translation>De {service}-server {host} is niet gevonden; controleer de naam en je internetverbinding.</translation>
    </message>
    <message>
        <source>The {service} server {host} cannot be reached ({reason}).</source>
        <translation>De {service}-server {host} is niet bereikbaar ({reason}).</translation>
    </message>
    <message>
        <source>{service} did not answer within {seconds} seconds.</source>
        <translation>{service} antwoordde niet binnen {seconds} seconden.</translation>
    </message>
    <message>
        <source>{service} did not answer within 1 second.</source>
        <translation>{service} antwoordde niet binnen 1 seconde.</translation>
    </message>
    <message>
        <source>The account did not answer within {seconds} seconds.</source>
        <translation>Het account antwoordde niet binnen {seconds} seconden.</translation>
    </message>
    <message>
        <source>{service} cannot be reached; check the network connection.</source>
        <translation>{service} is niet bereikbaar; controleer de netwerkverbinding.</translation>
    </message>
    <message>
        <source>No password is stored for {account}; enter it again in Settings → Accounts.</source>
        <translation>Er is geen wachtwoord bewaard voor {account}; vul het opnieuw in bij Instellingen → Accounts.</translation>
    </message>
    <message>
        <source>The {service} server {host} refused the user name or password for {user}; enter them again in Settings → Accounts.</source>
        <translation>De {service}-server {host} weigerde de gebruikersnaam of het wachtwoord voor {user}; vul ze opnieuw in bij Instellingen → Accounts.</translation>
    </message>
    <message>
        <source>The {service} server {host} closed the connection; it will be tried again.</source>
        <translation>De {service}-server {host} verbrak de verbinding; het wordt opnieuw geprobeerd.</translation>
    </message>
    <message>
        <source>The {service} server {host} did not answer as a mail server should.</source>
        <translation>De {service}-server {host} antwoordde niet zoals een mailserver hoort te doen.</translation>
    </message>
    <message>
        <source>The {service} server {host} does not offer an encrypted connection (STARTTLS); choose ssl, or check the port.</source>
        <translation>De {service}-server {host} biedt geen versleutelde verbinding (STARTTLS); kies ssl, of controleer de poort.</translation>
    </message>
    <message>
        <source>The {service} server {host} refused: {said}</source>
        <translation>De {service}-server {host} weigerde: {said}</translation>
    </message>
    <message>
        <source>{label} holds a control character ({char}), which no setting may hold: &apos;{value}&apos;.</source>
        <translation>{label} bevat een stuurteken ({char}), en dat mag in geen enkele instelling: &apos;{value}&apos;.</translation>
    </message>
    <message>
        <source>{label} must be a port number (1–65535), not &apos;{value}&apos;.</source>
        <translation>{label} moet een poortnummer zijn (1–65535), niet &apos;{value}&apos;.</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; {problem}.</source>
        <translation>{label}: &apos;{value}&apos; {problem}.</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not an email address.</source>
        <translation>{label}: &apos;{value}&apos; is geen e-mailadres.</translation>
    </message>
    <message>
        <source>{label} must start with https://, not &apos;{value}&apos;.</source>
        <translation>{label} moet beginnen met https://, niet &apos;{value}&apos;.</translation>
    </message>
    <message>
        <source>{label} must be one of {choices}, not &apos;{value}&apos;.</source>
        <translation>{label} moet een van {choices} zijn, niet &apos;{value}&apos;.</translation>
    </message>
    <message>
        <source>{label} should be a number, not {value}.</source>
        <translation>{label} moet een getal zijn, niet {value}.</translation>
    </message>
    <message>
        <source>{label} should be text, not {value}.</source>
        <translation>{label} moet tekst zijn, niet {value}.</translation>
    </message>
    <message>
        <source>{label} is needed.</source>
        <translation>{label} is nodig.</translation>
    </message>
    <message>
        <source>The end of the away period must come after its start.</source>
        <translation>Het einde van de afwezigheid moet na het begin komen.</translation>
    </message>
    <message>
        <source>The reply has no text; write a message for it before it is set.</source>
        <translation>Het bericht heeft geen tekst; schrijf er een voordat het wordt ingesteld.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an email address.</source>
        <translation>&apos;{value}&apos; is geen e-mailadres.</translation>
    </message>
    <message>
        <source>{service} sent an answer Boundary could not read.</source>
        <translation>{service} stuurde een antwoord dat Boundary niet kon lezen.</translation>
    </message>
    <message>
        <source>{service} is busy; Boundary will try again later.</source>
        <translation>{service} heeft het druk; Boundary probeert het later opnieuw.</translation>
    </message>
    <message>
        <source>{service} is busy; Boundary will try again in {n} seconds.</source>
        <translation>{service} heeft het druk; Boundary probeert het over {n} seconden opnieuw.</translation>
    </message>
    <message>
        <source>{service} is busy; Boundary will try again in {n} minutes.</source>
        <translation>{service} heeft het druk; Boundary probeert het over {n} minuten opnieuw.</translation>
    </message>
    <message>
        <source>{service} is busy; Boundary will try again in {n} hours.</source>
        <translation>{service} heeft het druk; Boundary probeert het over {n} uur opnieuw.</translation>
    </message>
    <message>
        <source>{service} had a problem on its side (HTTP {status}).</source>
        <translation>{service} had aan zijn kant een probleem (HTTP {status}).</translation>
    </message>
    <message>
        <source>{service} refused this: {said}</source>
        <translation>{service} weigerde dit: {said}</translation>
    </message>
    <message>
        <source>Sign-in was cancelled.</source>
        <translation>Het aanmelden is geannuleerd.</translation>
    </message>
    <message>
        <source>The browser sign-in was not finished in time; sign in again.</source>
        <translation>Het aanmelden in de browser werd niet op tijd afgerond; meld je opnieuw aan.</translation>
    </message>
    <message>
        <source>Opening the browser to sign in to {service}…</source>
        <translation>De browser wordt geopend om in te loggen bij {service}…</translation>
    </message>
    <message>
        <source>Waiting for you to finish signing in in the browser…</source>
        <translation>Wachten tot je klaar bent met inloggen in de browser…</translation>
    </message>
    <message>
        <source>Waiting for you to allow access in the browser…</source>
        <translation>Wachten tot je in de browser toegang geeft…</translation>
    </message>
    <message>
        <source>Open this address in a browser to sign in: {url}</source>
        <translation>Open dit adres in een browser om in te loggen: {url}</translation>
    </message>
    <message>
        <source>Waiting for you to enter the code and sign in…</source>
        <translation>Wachten tot je de code invoert en inlogt…</translation>
    </message>
    <message>
        <source>Finishing the sign-in…</source>
        <translation>Inloggen wordt afgerond…</translation>
    </message>
    <message>
        <source>Finishing the sign-in with {service}…</source>
        <translation>Inloggen bij {service} wordt afgerond…</translation>
    </message>
    <message>
        <source>Signed in to {service} as {who}.</source>
        <translation>Ingelogd bij {service} als {who}.</translation>
    </message>
    <message>
        <source>Signed in to Slack as {who} in {team}.</source>
        <translation>Ingelogd bij Slack als {who} in {team}.</translation>
    </message>
    <message>
        <source>Boundary cannot receive the browser&apos;s answer here.</source>
        <translation>Boundary kan het antwoord van de browser hier niet ontvangen.</translation>
    </message>
    <message>
        <source>No browser could be opened to sign in to Slack.</source>
        <translation>Er kon geen browser worden geopend om in te loggen bij Slack.</translation>
    </message>
    <message>
        <source>The sign-in to Slack was declined.</source>
        <translation>Het inloggen bij Slack is geweigerd.</translation>
    </message>
    <message>
        <source>Slack did not complete the sign-in ({error}).</source>
        <translation>Slack heeft het inloggen niet afgerond ({error}).</translation>
    </message>
    <message>
        <source>That is a bot token (xoxb-…); Boundary needs a user token (xoxp-…), which can set your own status.</source>
        <translation>Dat is een bot-token (xoxb-…); Boundary heeft een gebruikerstoken (xoxp-…) nodig, dat je eigen status kan instellen.</translation>
    </message>
    <message>
        <source>Give a user token, or your Slack app&apos;s client ID to sign in with Slack.</source>
        <translation>Geef een gebruikerstoken, of de client-ID van je Slack-app om met Slack in te loggen.</translation>
    </message>
    <message>
        <source>Status emoji must be an emoji name such as :door:, not &apos;{emoji}&apos;.</source>
        <translation>De status-emoji moet een emojinaam zijn zoals :door:, niet &apos;{emoji}&apos;.</translation>
    </message>
    <message>
        <source>Slack no longer accepts the sign-in of {account} ({code}); sign in again.</source>
        <translation>Slack accepteert de aanmelding van {account} niet meer ({code}); log opnieuw in.</translation>
    </message>
    <message>
        <source>Boundary is not signed in to Slack for {account}.</source>
        <translation>Boundary is niet aangemeld bij Slack voor {account}.</translation>
    </message>
    <message>
        <source>Slack did not give a user token; check the app&apos;s user scopes.</source>
        <translation>Slack gaf geen gebruikerstoken; controleer de user scopes van de app.</translation>
    </message>
    <message>
        <source>The browser&apos;s answer did not belong to this sign-in.</source>
        <translation>Het antwoord van de browser hoorde niet bij deze aanmelding.</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be used ({reason}).</source>
        <translation>De map {folder} kan niet worden gebruikt ({reason}).</translation>
    </message>
    <message>
        <source>{kind} accounts cannot list new mail.</source>
        <translation>{kind}-accounts kunnen geen nieuwe mail tonen.</translation>
    </message>
    <message>
        <source>{kind} accounts cannot forward mail.</source>
        <translation>{kind}-accounts kunnen geen mail doorsturen.</translation>
    </message>
    <message>
        <source>{kind} accounts cannot send mail.</source>
        <translation>{kind}-accounts kunnen geen mail versturen.</translation>
    </message>
    <message>
        <source>{kind} accounts cannot forward mail to your backup.</source>
        <translation>{kind}-accounts kunnen geen mail doorsturen naar je vervanger.</translation>
    </message>
    <message>
        <source>Application (client) ID must look like 00000000-0000-0000-0000-000000000000 (copy it from the app registration), not &apos;{value}&apos;.</source>
        <translation>De Application (client) ID moet eruitzien als 00000000-0000-0000-0000-000000000000 (kopieer hem uit de app-registratie), niet &apos;{value}&apos;.</translation>
    </message>
    <message>
        <source>Tenant must be a tenant ID, a domain or &apos;organizations&apos;, not &apos;{value}&apos;.</source>
        <translation>De tenant moet een tenant-ID, een domein of &apos;organizations&apos; zijn, niet &apos;{value}&apos;.</translation>
    </message>
    <message>
        <source>Sign-in address must start with https://, not &apos;{value}&apos;.</source>
        <translation>Het aanmeldadres moet beginnen met https://, niet &apos;{value}&apos;.</translation>
    </message>
    <message>
        <source>This copy of Boundary has no Microsoft registration of its own; add the account again with your organisation&apos;s Application (client) ID.</source>
        <translation>Deze versie van Boundary heeft geen eigen Microsoft-registratie; voeg het account opnieuw toe met de Application (client) ID van je organisatie.</translation>
    </message>
    <message>
        <source>The Microsoft sign-in service cannot be reached; check the network connection.</source>
        <translation>De aanmeldservice van Microsoft is niet bereikbaar; controleer de netwerkverbinding.</translation>
    </message>
    <message>
        <source>Microsoft does not recognise the tenant &apos;{tenant}&apos;; check the account&apos;s tenant.</source>
        <translation>Microsoft kent de tenant &apos;{tenant}&apos; niet; controleer de tenant van het account.</translation>
    </message>
    <message>
        <source>Boundary is not signed in to Microsoft 365 as {email}; sign in first.</source>
        <translation>Boundary is niet aangemeld bij Microsoft 365 als {email}; meld je eerst aan.</translation>
    </message>
    <message>
        <source>The Microsoft sign-in service sent an answer Boundary could not read.</source>
        <translation>De aanmeldservice van Microsoft stuurde een antwoord dat Boundary niet kon lezen.</translation>
    </message>
    <message>
        <source>The Microsoft sign-in service is busy; Boundary will try again.</source>
        <translation>De aanmeldservice van Microsoft heeft het druk; Boundary probeert het opnieuw.</translation>
    </message>
    <message>
        <source>The Microsoft 365 sign-in for {email} has expired; sign in again.</source>
        <translation>De aanmelding bij Microsoft 365 voor {email} is verlopen; meld je opnieuw aan.</translation>
    </message>
    <message>
        <source>The sign-in to Microsoft 365 was declined.</source>
        <translation>De aanmelding bij Microsoft 365 is geweigerd.</translation>
    </message>
    <message>
        <source>The sign-in code expired before it was used; sign in again.</source>
        <translation>De aanmeldcode verliep voordat hij werd gebruikt; meld je opnieuw aan.</translation>
    </message>
    <message>
        <source>Microsoft refused the app registration ({code}); check the application (client) ID and that the registration allows public client flows.</source>
        <translation>Microsoft weigerde de app-registratie ({code}); controleer de Application (client) ID en of de registratie public client flows toestaat.</translation>
    </message>
    <message>
        <source>Microsoft did not complete the sign-in ({code}).</source>
        <translation>Microsoft heeft de aanmelding niet afgerond ({code}).</translation>
    </message>
    <message>
        <source>Microsoft would not start a sign-in with a code ({code}); check the application (client) ID and that the app registration allows public client flows.</source>
        <translation>Microsoft wilde geen aanmelding met een code starten ({code}); controleer de Application (client) ID en of de app-registratie public client flows toestaat.</translation>
    </message>
    <message>
        <source>Microsoft 365 no longer accepts the sign-in for {email}; sign in again.</source>
        <translation>Microsoft 365 accepteert de aanmelding voor {email} niet meer; meld je opnieuw aan.</translation>
    </message>
    <message>
        <source>Microsoft 365 needs an end time for a reply that starts later.</source>
        <translation>Microsoft 365 heeft een eindtijd nodig voor een afwezigheidsbericht dat later begint.</translation>
    </message>
    <message>
        <source>To tell whether your backups are away, Boundary needs to read mail tips in {email} (Mail.Read); sign in again to allow it.</source>
        <translation>Om te zien of je vervangers afwezig zijn, moet Boundary e-mailtips lezen in {email} (Mail.Read); meld je opnieuw aan om dat toe te staan.</translation>
    </message>
    <message>
        <source>Microsoft offers no Teams status for a personal Microsoft account.</source>
        <translation>Microsoft biedt geen Teams-status voor een persoonlijk Microsoft-account.</translation>
    </message>
    <message>
        <source>Do Not Disturb needs an end.</source>
        <translation>Niet storen heeft een einde nodig.</translation>
    </message>
    <message>
        <source>The Google Chat status is turned off for this account.</source>
        <translation>De Google Chat-status staat uit voor dit account.</translation>
    </message>
    <message>
        <source>Boundary has not been allowed to change your Google Chat status in this account; sign in again and allow it.</source>
        <translation>Boundary heeft geen toestemming om je Google Chat-status in dit account te wijzigen; meld je opnieuw aan en sta het toe.</translation>
    </message>
    <message>
        <source>Google sent a Chat status Boundary could not read.</source>
        <translation>Google stuurde een Chat-status die Boundary niet kon lezen.</translation>
    </message>
    <message>
        <source>Boundary is not signed in to this Google account yet; sign in to let it set your auto-reply.</source>
        <translation>Boundary is nog niet aangemeld bij dit Google-account; meld je aan zodat het je afwezigheidsbericht kan instellen.</translation>
    </message>
    <message>
        <source>Google no longer accepts Boundary&apos;s sign-in for this account (it expired or was revoked); please sign in again.</source>
        <translation>Google accepteert de aanmelding van Boundary voor dit account niet meer (verlopen of ingetrokken); meld je opnieuw aan.</translation>
    </message>
    <message>
        <source>The OAuth client of this account is missing from the keyring; add the account again with its OAuth client file.</source>
        <translation>De OAuth-client van dit account ontbreekt in de sleutelbos; voeg het account opnieuw toe met zijn OAuth-clientbestand.</translation>
    </message>
    <message>
        <source>The sign-in took too long; please try again.</source>
        <translation>Het aanmelden duurde te lang; probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Access was not allowed in the browser.</source>
        <translation>In de browser is geen toegang gegeven.</translation>
    </message>
    <message>
        <source>Google did not complete the sign-in ({code}).</source>
        <translation>Google heeft de aanmelding niet afgerond ({code}).</translation>
    </message>
    <message>
        <source>This account is set up for &apos;{features}&apos; only, so Boundary does not {permission} here; set its features to &apos;{feature}&apos; to allow it.</source>
        <translation>Dit account is alleen ingesteld voor &apos;{features}&apos;, dus hoort Boundary hier niet {permission}; zet de functies op &apos;{feature}&apos; om dat toe te staan.</translation>
    </message>
    <message>
        <source>Boundary has not been allowed to {permission} in this account; sign in again and allow it.</source>
        <translation>Boundary heeft geen toestemming om in dit account {permission}; meld je opnieuw aan en sta het toe.</translation>
    </message>
    <message>
        <source>A gmail.com account cannot keep a reply to colleagues only (Google offers that to Google Workspace accounts); choose another audience for it.</source>
        <translation>Een gmail.com-account kan geen afwezigheidsbericht alleen voor collega&apos;s houden (Google biedt dat aan Google Workspace-accounts); kies een ander publiek.</translation>
    </message>
    <message>
        <source>Gmail forwards only to confirmed addresses, and {address} has not confirmed yet: ask them to open the link Google sent them, then go away again.</source>
        <translation>Gmail stuurt alleen door naar bevestigde adressen, en {address} heeft nog niet bevestigd: vraag of ze de link openen die Google hun stuurde, en ga daarna opnieuw afwezig.</translation>
    </message>
    <message>
        <source>Gmail forwards only to addresses you confirmed, and {address} is not one yet. In Gmail open Settings (the gear) → See all settings → Forwarding and POP/IMAP → Add a forwarding address, enter {address}, and ask them to open the link Google sends; then go away again. (Leave &quot;Disable forwarding&quot; on there: Boundary forwards with a filter of its own, only while you are away.)</source>
        <translation>Gmail stuurt alleen door naar adressen die je hebt bevestigd, en {address} is daar nog niet een van. Open in Gmail Instellingen (het tandwiel) → Alle instellingen bekijken → Doorsturen en POP/IMAP → Een doorstuuradres toevoegen, vul {address} in en vraag of ze de link openen die Google stuurt; ga daarna opnieuw afwezig. (Laat &quot;Doorsturen uitschakelen&quot; daar aan staan: Boundary stuurt door met een eigen filter, alleen terwijl je afwezig bent.)</translation>
    </message>
    <message>
        <source>Google sent the message in a form Boundary could not read; it will try again.</source>
        <translation>Google stuurde het bericht in een vorm die Boundary niet kon lezen; het probeert het opnieuw.</translation>
    </message>
    <message>
        <source>Google&apos;s sign-in service did not answer; Boundary will try again.</source>
        <translation>De aanmeldservice van Google antwoordde niet; Boundary probeert het opnieuw.</translation>
    </message>
    <message>
        <source>Google&apos;s servers could not be reached ({reason}); Boundary will try again.</source>
        <translation>De servers van Google waren niet bereikbaar ({reason}); Boundary probeert het opnieuw.</translation>
    </message>
    <message>
        <source>Google sent an answer Boundary could not read; it will try again.</source>
        <translation>Google stuurde een antwoord dat Boundary niet kon lezen; het probeert het opnieuw.</translation>
    </message>
    <message>
        <source>Something went wrong talking to Google ({error}); Boundary will try again.</source>
        <translation>Er ging iets mis in het contact met Google ({error}); Boundary probeert het opnieuw.</translation>
    </message>
    <message>
        <source>Google asks Boundary to slow down for a while; it will try again.</source>
        <translation>Google vraagt Boundary een tijdje rustiger aan te doen; het probeert het opnieuw.</translation>
    </message>
    <message>
        <source>Google&apos;s servers had a problem (error {status}); Boundary will try again.</source>
        <translation>De servers van Google hadden een probleem (fout {status}); Boundary probeert het opnieuw.</translation>
    </message>
    <message>
        <source>Boundary&apos;s sign-in does not allow it to {what}; sign in again and allow it.</source>
        <translation>De aanmelding van Boundary geeft geen toestemming om {what}; meld je opnieuw aan en sta het toe.</translation>
    </message>
    <message>
        <source>Google refused to {what}: {said}.</source>
        <translation>Google weigerde {what}: {said}.</translation>
    </message>
    <message>
        <source>Google&apos;s sign-in service could not be reached ({reason}).</source>
        <translation>De aanmeldservice van Google was niet bereikbaar ({reason}).</translation>
    </message>
    <message>
        <source>Google did not complete the sign-in: {said}.</source>
        <translation>Google heeft de aanmelding niet afgerond: {said}.</translation>
    </message>
    <message>
        <source>The OAuth client file {path} does not exist.</source>
        <translation>Het OAuth-clientbestand {path} bestaat niet.</translation>
    </message>
    <message>
        <source>The OAuth client file {path} cannot be read ({reason}).</source>
        <translation>Het OAuth-clientbestand {path} kan niet worden gelezen ({reason}).</translation>
    </message>
    <message>
        <source>{path} is not an OAuth client file; download the JSON of a &apos;Desktop app&apos; client from Google Cloud Console.</source>
        <translation>{path} is geen OAuth-clientbestand; download de JSON van een &apos;Desktop app&apos;-client uit Google Cloud Console.</translation>
    </message>
    <message>
        <source>{path} is {what}; Boundary needs the JSON of a &apos;Desktop app&apos; OAuth client.</source>
        <translation>{path} is {what}; Boundary heeft de JSON van een &apos;Desktop app&apos;-OAuth-client nodig.</translation>
    </message>
    <message>
        <source>The OAuth client file {path} lacks {keys}.</source>
        <translation>In het OAuth-clientbestand {path} ontbreekt {keys}.</translation>
    </message>
    <message>
        <source>The token file {path} does not exist.</source>
        <translation>Het tokenbestand {path} bestaat niet.</translation>
    </message>
    <message>
        <source>The token file {path} cannot be read ({reason}).</source>
        <translation>Het tokenbestand {path} kan niet worden gelezen ({reason}).</translation>
    </message>
    <message>
        <source>{path} is not an authorized-user token file (it has no refresh token).</source>
        <translation>{path} is geen tokenbestand van een gemachtigde gebruiker (er staat geen refresh token in).</translation>
    </message>
    <message>
        <source>The token file {path} belongs to another OAuth client than the one given.</source>
        <translation>Het tokenbestand {path} hoort bij een andere OAuth-client dan de opgegeven.</translation>
    </message>
    <message>
        <source>The calendar is turned off for this account.</source>
        <translation>De agenda staat uit voor dit account.</translation>
    </message>
    <message>
        <source>Boundary has not been allowed to manage your calendar in this account; sign in again and allow it.</source>
        <translation>Boundary heeft geen toestemming om je agenda in dit account te beheren; meld je opnieuw aan en sta het toe.</translation>
    </message>
    <message>
        <source>Google sent an event Boundary could not read.</source>
        <translation>Google stuurde een afspraak die Boundary niet kon lezen.</translation>
    </message>
    <message>
        <source>This mailbox is on Exchange Online (Microsoft 365), which has stopped serving EWS to apps like Boundary, so add it as a Microsoft 365 account instead (kind &apos;m365&apos;, e.g. boundary accounts add m365 NAME --email ADDRESS --client-id ID).</source>
        <translation>Deze mailbox staat op Exchange Online (Microsoft 365), dat EWS niet meer aanbiedt aan apps zoals Boundary; voeg hem daarom toe als Microsoft 365-account (soort &apos;m365&apos;, bijv. boundary accounts add m365 NAAM --email ADRES --client-id ID).</translation>
    </message>
    <message>
        <source>The end of the away period has already passed.</source>
        <translation>Het einde van de afwezigheid is al voorbij.</translation>
    </message>
    <message>
        <source>No password is stored for this account; enter it in Settings → Accounts.</source>
        <translation>Er is geen wachtwoord bewaard voor dit account; vul het in bij Instellingen → Accounts.</translation>
    </message>
    <message>
        <source>An access token is only sent over a secure connection; the EWS address must start with https://.</source>
        <translation>Een toegangstoken wordt alleen over een beveiligde verbinding verstuurd; het EWS-adres moet beginnen met https://.</translation>
    </message>
    <message>
        <source>Exchange did not accept the access token (it may have expired); enter a new one in Settings → Accounts.</source>
        <translation>Exchange accepteerde het toegangstoken niet (misschien is het verlopen); vul een nieuw in bij Instellingen → Accounts.</translation>
    </message>
    <message>
        <source>Exchange says this account is locked out; once your IT team unlocks it, sign in again.</source>
        <translation>Exchange zegt dat dit account is geblokkeerd; meld je opnieuw aan zodra je IT-afdeling het vrijgeeft.</translation>
    </message>
    <message>
        <source>Exchange did not accept the user name and password; enter them again in Settings → Accounts.</source>
        <translation>Exchange accepteerde de gebruikersnaam en het wachtwoord niet; vul ze opnieuw in bij Instellingen → Accounts.</translation>
    </message>
    <message>
        <source>Exchange is busy and asked Boundary to wait before trying again.</source>
        <translation>Exchange heeft het druk en vroeg Boundary te wachten voordat het opnieuw probeert.</translation>
    </message>
    <message>
        <source>The Exchange server had a problem (HTTP {status}); Boundary will try again.</source>
        <translation>De Exchange-server had een probleem (HTTP {status}); Boundary probeert het opnieuw.</translation>
    </message>
    <message>
        <source>Boundary could not reach {server}; check that this computer is online.</source>
        <translation>Boundary kon {server} niet bereiken; controleer of deze computer online is.</translation>
    </message>
    <message>
        <source>The EWS address sends Boundary elsewhere ({url}); check the address in Settings → Accounts.</source>
        <translation>Het EWS-adres stuurt Boundary ergens anders heen ({url}); controleer het adres bij Instellingen → Accounts.</translation>
    </message>
    <message>
        <source>Boundary could not find the Exchange server for this address automatically; enter the EWS address (usually https://mail.your-domain/EWS/Exchange.asmx).</source>
        <translation>Boundary kon de Exchange-server voor dit adres niet vanzelf vinden; vul het EWS-adres in (meestal https://mail.jouw-domein/EWS/Exchange.asmx).</translation>
    </message>
    <message>
        <source>Exchange cannot do this right now: {said}</source>
        <translation>Exchange kan dit nu niet doen: {said}</translation>
    </message>
    <message>
        <source>That message is no longer in the mailbox (it may have been moved or deleted).</source>
        <translation>Dat bericht staat niet meer in de mailbox (misschien is het verplaatst of verwijderd).</translation>
    </message>
    <message>
        <source>Exchange refused: {said}</source>
        <translation>Exchange weigerde: {said}</translation>
    </message>
    <message>
        <source>Exchange sent an answer Boundary could not read; it will try again later.</source>
        <translation>Exchange stuurde een antwoord dat Boundary niet kon lezen; het probeert het later opnieuw.</translation>
    </message>
    <message>
        <source>Exchange&apos;s front end reported a problem ({said}).</source>
        <translation>De front-end van Exchange meldde een probleem ({said}).</translation>
    </message>
    <message>
        <source>Boundary could not talk to {server}; it will try again later.</source>
        <translation>Boundary kon niet met {server} praten; het probeert het later opnieuw.</translation>
    </message>
    <message>
        <source>Exchange cannot take this reply: {said}</source>
        <translation>Exchange kan dit afwezigheidsbericht niet aannemen: {said}</translation>
    </message>
    <message>
        <source>Security &apos;plain-loopback&apos; sends your password unencrypted, so it is only allowed for a server on this computer, and {host} is not; choose ssl or starttls.</source>
        <translation>Beveiliging &apos;plain-loopback&apos; verstuurt je wachtwoord onversleuteld en mag daarom alleen voor een server op deze computer, en {host} is dat niet; kies ssl of starttls.</translation>
    </message>
    <message>
        <source>Boundary will not send your password unencrypted to {host}; set this account&apos;s security to ssl or starttls.</source>
        <translation>Boundary verstuurt je wachtwoord niet onversleuteld naar {host}; zet de beveiliging van dit account op ssl of starttls.</translation>
    </message>
    <message>
        <source>Security must be one of {choices}, not &apos;{value}&apos;.</source>
        <translation>Beveiliging moet een van {choices} zijn, niet &apos;{value}&apos;.</translation>
    </message>
    <message>
        <source>The IMAP server {host} closed the connection while signing in.</source>
        <translation>De IMAP-server {host} verbrak de verbinding tijdens het aanmelden.</translation>
    </message>
    <message>
        <source>The inbox could not be opened: {said}</source>
        <translation>De inbox kon niet worden geopend: {said}</translation>
    </message>
    <message>
        <source>The IMAP server could not search the inbox: {said}</source>
        <translation>De IMAP-server kon de inbox niet doorzoeken: {said}</translation>
    </message>
    <message>
        <source>Forwarding is off for {account}: it has no SMTP server to send mail with; set one in Settings → Accounts to forward mail to your backup.</source>
        <translation>Doorsturen staat uit voor {account}: het heeft geen SMTP-server om mail mee te versturen; stel er een in bij Instellingen → Accounts om mail naar je vervanger door te sturen.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a message of this mailbox.</source>
        <translation>&apos;{value}&apos; is geen bericht in deze mailbox.</translation>
    </message>
    <message>
        <source>That message is no longer in the inbox, so it was not forwarded.</source>
        <translation>Dat bericht staat niet meer in de inbox, dus het is niet doorgestuurd.</translation>
    </message>
    <message>
        <source>Sending mail is off for {account}: it has no SMTP server to send mail with; set one in Settings → Accounts.</source>
        <translation>Mail versturen staat uit voor {account}: het heeft geen SMTP-server om mail mee te versturen; stel er een in bij Instellingen → Accounts.</translation>
    </message>
    <message>
        <source>The {service} server {host} asked to try later: {said}</source>
        <translation>De {service}-server {host} vroeg het later te proberen: {said}</translation>
    </message>
    <message>
        <source>The ManageSieve server {host} does not offer an encrypted connection (STARTTLS), so Boundary will not send your password to it.</source>
        <translation>De ManageSieve-server {host} biedt geen versleutelde verbinding (STARTTLS), dus Boundary stuurt er je wachtwoord niet heen.</translation>
    </message>
    <message>
        <source>The {service} server {host} closed the connection ({said}).</source>
        <translation>De {service}-server {host} verbrak de verbinding ({said}).</translation>
    </message>
    <message>
        <source>The mail server refused the auto-reply ({command}): {said}</source>
        <translation>De mailserver weigerde het afwezigheidsbericht ({command}): {said}</translation>
    </message>
    <message>
        <source>Your own mail filters (&apos;{theirs}&apos;) are switched on, and this server cannot run a second script beside them (it lacks Sieve &apos;{extension}&apos;), so Boundary will not replace them; set the reply in webmail instead.</source>
        <translation>Je eigen mailfilters (&apos;{theirs}&apos;) staan aan, en deze server kan er geen tweede script naast draaien (Sieve &apos;{extension}&apos; ontbreekt), dus Boundary vervangt ze niet; stel het afwezigheidsbericht in via webmail.</translation>
    </message>
    <message>
        <source>This mail server&apos;s filters cannot send a copy of your mail on (Sieve &apos;copy&apos;, RFC 3894), so Boundary cannot forward it to your backup there.</source>
        <translation>De filters van deze mailserver kunnen geen kopie van je mail doorsturen (Sieve &apos;copy&apos;, RFC 3894), dus Boundary kan daar niet doorsturen naar je vervanger.</translation>
    </message>
    <message>
        <source>This mail server&apos;s filters lack what an auto-reply needs (Sieve {extensions}), so Boundary cannot set it there.</source>
        <translation>De filters van deze mailserver missen wat een afwezigheidsbericht nodig heeft (Sieve {extensions}), dus Boundary kan het daar niet instellen.</translation>
    </message>
    <message>
        <source>Your mail server already has a filter script named &apos;{name}&apos; that Boundary did not make; rename it (in webmail) so Boundary can set the reply.</source>
        <translation>Je mailserver heeft al een filterscript met de naam &apos;{name}&apos; dat Boundary niet heeft gemaakt; geef het (in webmail) een andere naam, zodat Boundary het afwezigheidsbericht kan instellen.</translation>
    </message>
    <message>
        <source>This mail server does not let your filters send mail on to your backup (it refused Boundary&apos;s script: {said}); ask your mail provider, or choose the auto-reply alone.</source>
        <translation>Deze mailserver laat je filters geen mail doorsturen naar je vervanger (hij weigerde het script van Boundary: {said}); vraag het je mailprovider, of kies alleen het afwezigheidsbericht.</translation>
    </message>
    <message>
        <source>Your mail server has no room left for filters, so the reply was not set and nothing was changed (the server said: {said}). Delete filters you no longer use in webmail, then set the reply again.</source>
        <translation>Je mailserver heeft geen ruimte meer voor filters, dus het afwezigheidsbericht is niet ingesteld en er is niets gewijzigd (de server zei: {said}). Verwijder in webmail filters die je niet meer gebruikt en stel het bericht daarna opnieuw in.</translation>
    </message>
    <message>
        <source>Your own filters (&apos;{theirs}&apos;) are too long for this mail server to keep a copy of them beside the reply ({size} KB; at most {limit} KB), so Boundary did not set it and nothing was changed; set the reply in webmail instead.</source>
        <translation>Je eigen filters (&apos;{theirs}&apos;) zijn te lang voor deze mailserver om er een kopie van naast het afwezigheidsbericht te bewaren ({size} KB; hooguit {limit} KB), dus Boundary heeft het niet ingesteld en er is niets gewijzigd; stel het bericht in via webmail.</translation>
    </message>
    <message>
        <source>Your own filters (&apos;{theirs}&apos;) are too long for this mail server to keep a copy of them beside the reply ({size} KB; more than it keeps), so Boundary did not set it and nothing was changed; set the reply in webmail instead.</source>
        <translation>Je eigen filters (&apos;{theirs}&apos;) zijn te lang voor deze mailserver om er een kopie van naast het afwezigheidsbericht te bewaren ({size} KB; meer dan hij bewaart), dus Boundary heeft het niet ingesteld en er is niets gewijzigd; stel het bericht in via webmail.</translation>
    </message>
    <message>
        <source>The reply is too long for this mail server ({size} KB as a filter script), so it was not set and nothing was changed; shorten the messages.</source>
        <translation>Het afwezigheidsbericht is te lang voor deze mailserver ({size} KB als filterscript), dus het is niet ingesteld en er is niets gewijzigd; maak de berichten korter.</translation>
    </message>
    <message>
        <source>The reply is too long for this mail server by about {characters} characters (it keeps filter scripts of at most {limit} KB; this one would be {size} KB), so it was not set and nothing was changed; shorten the messages.</source>
        <translation>Het afwezigheidsbericht is ongeveer {characters} tekens te lang voor deze mailserver (die bewaart filterscripts van hooguit {limit} KB; dit zou {size} KB worden), dus het is niet ingesteld en er is niets gewijzigd; maak de berichten korter.</translation>
    </message>
    <message>
        <source>Your mail server keeps at most {most} filter scripts for you, and Boundary needs room for {needs}.</source>
        <translation>Je mailserver bewaart hooguit {most} filterscripts voor je, en Boundary heeft ruimte nodig voor {needs}.</translation>
    </message>
    <message>
        <source>Your mail server keeps a limited number of filter scripts for you, and Boundary needs room for {needs}.</source>
        <translation>Je mailserver bewaart een beperkt aantal filterscripts voor je, en Boundary heeft ruimte nodig voor {needs}.</translation>
    </message>
    <message>
        <source>These of yours are switched off and may be deleted in webmail: {names}; then set the reply again.</source>
        <translation>Deze van jou staan uit en mogen in webmail worden verwijderd: {names}; stel het afwezigheidsbericht daarna opnieuw in.</translation>
    </message>
    <message>
        <source>Ask your mail provider for room for more scripts.</source>
        <translation>Vraag je mailprovider om ruimte voor meer scripts.</translation>
    </message>
    <message>
        <source>Boundary never deletes your scripts, and nothing was changed.</source>
        <translation>Boundary verwijdert nooit je scripts, en er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The reply was changed outside Boundary (for example in webmail).</source>
        <translation>Het afwezigheidsbericht is buiten Boundary gewijzigd (bijvoorbeeld in webmail).</translation>
    </message>
    <message>
        <source>The forwarding to your backup was changed or removed outside Boundary (for example in webmail).</source>
        <translation>Het doorsturen naar je vervanger is buiten Boundary gewijzigd of verwijderd (bijvoorbeeld in webmail).</translation>
    </message>
    <message>
        <source>Mail forwarded to {to} bounced ({moment}, 5.7.520): your organisation refuses to forward outside it, so choose a backup inside your organisation.</source>
        <translation>Mail doorgestuurd naar {to} kwam terug ({moment}, 5.7.520): je organisatie weigert door te sturen buiten de organisatie, dus kies een vervanger binnen je organisatie.</translation>
    </message>
    <message>
        <source>The mail server keeps the forwarding rule but says it does not work; organisations often block forwarding outside them (Exchange Online: 5.7.520), so ask IT or choose a backup inside your organisation.</source>
        <translation>De mailserver bewaart de doorstuurregel maar zegt dat die niet werkt; organisaties blokkeren vaak doorsturen naar buiten (Exchange Online: 5.7.520), dus vraag het je IT-afdeling of kies een vervanger binnen je organisatie.</translation>
    </message>
    <message>
        <source>The service does not offer this for this account (a Teams status needs a work or school account); turn the feature off in the account&apos;s settings.</source>
        <translation>De dienst biedt dit niet voor dit account (een Teams-status vraagt om een werk- of schoolaccount); zet de functie uit in de instellingen van het account.</translation>
    </message>
    <message>
        <source>Your out-of-office event in the calendar was changed or removed outside Boundary (for example in Outlook or Google Calendar).</source>
        <translation>Je afwezigheidsafspraak in de agenda is buiten Boundary gewijzigd of verwijderd (bijvoorbeeld in Outlook of Google Agenda).</translation>
    </message>
    <message>
        <source>The chat status Boundary set was changed or cleared outside Boundary (for example in Teams).</source>
        <translation>De chatstatus die Boundary instelde is buiten Boundary gewijzigd of gewist (bijvoorbeeld in Teams).</translation>
    </message>
    <message>
        <source>Not sent yet.</source>
        <translation>Nog niet verstuurd.</translation>
    </message>
    <message>
        <source>Something went wrong talking to this account ({error}).</source>
        <translation>Er ging iets mis in het contact met dit account ({error}).</translation>
    </message>
    <message>
        <source>No provider of kind &apos;{kind}&apos; is installed.</source>
        <translation>Er is geen provider van de soort &apos;{kind}&apos; geïnstalleerd.</translation>
    </message>
    <message>
        <source>The &apos;{kind}&apos; provider could not be loaded: {error}</source>
        <translation>De provider voor &apos;{kind}&apos; kon niet worden geladen: {error}</translation>
    </message>
    <message>
        <source>line {line}:</source>
        <translation>regel {line}:</translation>
    </message>
    <message>
        <source>{key}</source>
        <translation>{key}</translation>
    </message>
    <message>
        <source>{key} should be {expected}, not {found}</source>
        <translation>{key} moet {expected} zijn, niet {found}</translation>
    </message>
    <message>
        <source>{key} holds a control character ({char}); remove it (only tabs and line breaks may be in a text)</source>
        <translation>{key} bevat een stuurteken ({char}); haal het weg (alleen tabs en regeleinden mogen in een tekst)</translation>
    </message>
    <message>
        <source>{key} should be a table ([[{name}]])</source>
        <translation>{key} moet een tabel zijn ([[{name}]])</translation>
    </message>
    <message>
        <source>{key} is {value}; it should be 1 or more</source>
        <translation>{key} is {value}; dat moet 1 of meer zijn</translation>
    </message>
    <message>
        <source>{key} is &apos;{value}&apos;, which is not an email address</source>
        <translation>{key} is &apos;{value}&apos;, en dat is geen e-mailadres</translation>
    </message>
    <message>
        <source>{key} is &apos;{value}&apos;, which is not a time zone; use a name like &apos;Europe/Amsterdam&apos;</source>
        <translation>{key} is &apos;{value}&apos;, en dat is geen tijdzone; gebruik een naam zoals &apos;Europe/Amsterdam&apos;</translation>
    </message>
    <message>
        <source>{key} is &apos;{value}&apos;; use all, contacts or internal</source>
        <translation>{key} is &apos;{value}&apos;; gebruik all, contacts of internal</translation>
    </message>
    <message>
        <source>{key} is &apos;{value}&apos;; use one of {choices}</source>
        <translation>{key} is &apos;{value}&apos;; gebruik een van {choices}</translation>
    </message>
    <message>
        <source>{key} is &apos;{value}&apos;; use one of {choices} or &quot;&quot;</source>
        <translation>{key} is &apos;{value}&apos;; gebruik een van {choices} of &quot;&quot;</translation>
    </message>
    <message>
        <source>{key} is &apos;{value}&apos;; use a time like 09:00</source>
        <translation>{key} is &apos;{value}&apos;; gebruik een tijd zoals 09:00</translation>
    </message>
    <message>
        <source>{key} should be a table of templates</source>
        <translation>{key} moet een tabel met sjablonen zijn</translation>
    </message>
    <message>
        <source>{key} should be a table</source>
        <translation>{key} moet een tabel zijn</translation>
    </message>
    <message>
        <source>{key} has no name</source>
        <translation>{key} heeft geen naam</translation>
    </message>
    <message>
        <source>{key} (&apos;{name}&apos;) has no kind, such as kind = &quot;local&quot;</source>
        <translation>{key} (&apos;{name}&apos;) heeft geen soort, zoals kind = &quot;local&quot;</translation>
    </message>
    <message>
        <source>{key} &apos;{name}&apos; is used by two accounts</source>
        <translation>{key} &apos;{name}&apos; wordt door twee accounts gebruikt</translation>
    </message>
    <message>
        <source>{key} ({name}) cannot be used:</source>
        <translation>{key} ({name}) is niet te gebruiken:</translation>
    </message>
    <message>
        <source>{key} is {value}; use a number from {low} to {high}</source>
        <translation>{key} is {value}; gebruik een getal van {low} tot {high}</translation>
    </message>
    <message>
        <source>{key} holds a day that is not a day of the week</source>
        <translation>{key} bevat een dag die geen dag van de week is</translation>
    </message>
    <message>
        <source>{key} has windows at {earlier} and {later}, which overlap: windows last {minutes} minutes, so their start times must be at least that far apart</source>
        <translation>{key} heeft vensters om {earlier} en {later}, en die overlappen: een venster duurt {minutes} minuten, dus de begintijden moeten minstens zo ver uit elkaar liggen</translation>
    </message>
    <message>
        <source>{key} has windows at {earlier} and {later}, which overlap: windows last {minutes} minutes, so their start times must be at least that far apart (across midnight)</source>
        <translation>{key} heeft vensters om {earlier} en {later}, en die overlappen: een venster duurt {minutes} minuten, dus de begintijden moeten minstens zo ver uit elkaar liggen (over middernacht heen)</translation>
    </message>
    <message>
        <source>{key} holds &apos;{value}&apos; is not a time of day; use a time like 10:00</source>
        <translation>{key} bevat &apos;{value}&apos;, en dat is geen tijdstip; gebruik een tijd zoals 10:00</translation>
    </message>
    <message>
        <source>{key} holds &apos;{value}&apos; is not a day of the week; use mon, tue, wed, thu, fri, sat or sun</source>
        <translation>{key} bevat &apos;{value}&apos;, en dat is geen dag van de week; gebruik mon, tue, wed, thu, fri, sat of sun</translation>
    </message>
    <message>
        <source>{key} holds &apos;{value}&apos; is not a day or a range of days; use e.g. mon-fri</source>
        <translation>{key} bevat &apos;{value}&apos;, en dat is geen dag of reeks dagen; gebruik bijvoorbeeld mon-fri</translation>
    </message>
    <message>
        <source>{key} holds {value}; use times like &quot;10:00&quot;</source>
        <translation>{key} bevat {value}; gebruik tijden zoals &quot;10:00&quot;</translation>
    </message>
    <message>
        <source>{key} holds {value}; use a time like &quot;10:00&quot;</source>
        <translation>{key} bevat {value}; gebruik een tijd zoals &quot;10:00&quot;</translation>
    </message>
    <message>
        <source>{key} has {value} twice</source>
        <translation>{key} bevat {value} twee keer</translation>
    </message>
    <message>
        <source>{key} should be a list of days, such as [&quot;mon&quot;, &quot;wed&quot;]</source>
        <translation>{key} moet een lijst van dagen zijn, zoals [&quot;mon&quot;, &quot;wed&quot;]</translation>
    </message>
    <message>
        <source>{key} holds {value}, which is not a date like 2026-12-24</source>
        <translation>{key} bevat {value}, en dat is geen datum zoals 2026-12-24</translation>
    </message>
    <message>
        <source>{key} should be a list such as [&quot;acme.example&quot;]</source>
        <translation>{key} moet een lijst zijn, zoals [&quot;acme.example&quot;]</translation>
    </message>
    <message>
        <source>{key} is wrong:</source>
        <translation>{key} klopt niet:</translation>
    </message>
    <message>
        <source>The profile is not valid TOML: {detail}</source>
        <translation>Het profiel is geen geldige TOML: {detail}</translation>
    </message>
    <message>
        <source>The profile is not valid TOML: brackets or braces are nested too deeply</source>
        <translation>Het profiel is geen geldige TOML: haakjes of accolades zijn te diep genest</translation>
    </message>
    <message>
        <source>The profile is not UTF-8 text: {detail}</source>
        <translation>Het profiel is geen UTF-8-tekst: {detail}</translation>
    </message>
    <message>
        <source>This profile was written by a newer version of Boundary (schema {schema}); update Boundary to change it. Nothing was changed.</source>
        <translation>Dit profiel is geschreven door een nieuwere versie van Boundary (schema {schema}); werk Boundary bij om het te wijzigen. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Your profile could not be read ({error}). It was kept as {aside} and Boundary started with a fresh profile.</source>
        <translation>Je profiel kon niet worden gelezen ({error}). Het is bewaard als {aside} en Boundary is met een nieuw profiel begonnen.</translation>
    </message>
    <message>
        <source>Your profile was written by a newer version of Boundary. This version uses it as it is and will not change it; update Boundary to edit settings.</source>
        <translation>Je profiel is geschreven door een nieuwere versie van Boundary. Deze versie gebruikt het zoals het is en wijzigt het niet; werk Boundary bij om instellingen te wijzigen.</translation>
    </message>
    <message>
        <source>The profile was written by a newer version of Boundary and this version cannot read it ({error}). Update Boundary; the file was not changed.</source>
        <translation>Het profiel is geschreven door een nieuwere versie van Boundary en deze versie kan het niet lezen ({error}). Werk Boundary bij; het bestand is niet gewijzigd.</translation>
    </message>
    <message>
        <source>Your change to the profile cannot be used ({error}). Boundary keeps the settings it had until the file is fixed.</source>
        <translation>Je wijziging in het profiel is niet te gebruiken ({error}). Boundary houdt de instellingen die het had tot het bestand is hersteld.</translation>
    </message>
    <message>
        <source>has no name</source>
        <translation>heeft geen naam</translation>
    </message>
    <message>
        <source>({name}) has no email address</source>
        <translation>({name}) heeft geen e-mailadres</translation>
    </message>
    <message>
        <source>({name}) has email &apos;{value}&apos;, which is not an email address</source>
        <translation>({name}) heeft als e-mail &apos;{value}&apos;, en dat is geen e-mailadres</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is in the roster twice</source>
        <translation>&apos;{name}&apos; staat twee keer in de lijst</translation>
    </message>
    <message>
        <source>read the auto-reply</source>
        <translation>het afwezigheidsbericht te lezen</translation>
    </message>
    <message>
        <source>change the auto-reply</source>
        <translation>het afwezigheidsbericht te wijzigen</translation>
    </message>
    <message>
        <source>switch the auto-reply off</source>
        <translation>het afwezigheidsbericht uit te zetten</translation>
    </message>
    <message>
        <source>forward your mail</source>
        <translation>je mail door te sturen</translation>
    </message>
    <message>
        <source>stop forwarding your mail</source>
        <translation>te stoppen met het doorsturen van je mail</translation>
    </message>
    <message>
        <source>read your filters</source>
        <translation>je filters te lezen</translation>
    </message>
    <message>
        <source>read your forwarding addresses</source>
        <translation>je doorstuuradressen te lezen</translation>
    </message>
    <message>
        <source>list new mail</source>
        <translation>nieuwe mail op te halen</translation>
    </message>
    <message>
        <source>search the inbox for bounces</source>
        <translation>de inbox doorzoeken op teruggekomen mail</translation>
    </message>
    <message>
        <source>fetch the message</source>
        <translation>het bericht op te halen</translation>
    </message>
    <message>
        <source>send the message</source>
        <translation>het bericht te versturen</translation>
    </message>
    <message>
        <source>send the forward</source>
        <translation>het doorgestuurde bericht te versturen</translation>
    </message>
    <message>
        <source>read the calendar</source>
        <translation>de agenda te lezen</translation>
    </message>
    <message>
        <source>add the event</source>
        <translation>de afspraak toe te voegen</translation>
    </message>
    <message>
        <source>move it</source>
        <translation>hem te verplaatsen</translation>
    </message>
    <message>
        <source>move the event</source>
        <translation>de afspraak te verplaatsen</translation>
    </message>
    <message>
        <source>end the event</source>
        <translation>de afspraak te beëindigen</translation>
    </message>
    <message>
        <source>remove it</source>
        <translation>hem te verwijderen</translation>
    </message>
    <message>
        <source>read the inbox</source>
        <translation>de inbox te lezen</translation>
    </message>
    <message>
        <source>send mail</source>
        <translation>mail te versturen</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>niets</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>geen reden opgegeven</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>geen antwoord op tijd</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>verbinding geweigerd</translation>
    </message>
    <message>
        <source>the secure connection failed</source>
        <translation>de beveiligde verbinding mislukte</translation>
    </message>
    <message>
        <source>not a text file</source>
        <translation>geen tekstbestand</translation>
    </message>
    <message>
        <source>the Exchange server</source>
        <translation>de Exchange-server</translation>
    </message>
    <message>
        <source>the file of a &apos;Web application&apos; OAuth client</source>
        <translation>het bestand van een &apos;Web application&apos;-OAuth-client</translation>
    </message>
    <message>
        <source>a sign-in token, not an OAuth client file</source>
        <translation>een aanmeldtoken, geen OAuth-clientbestand</translation>
    </message>
    <message>
        <source>a service account key, not an OAuth client file</source>
        <translation>een serviceaccountsleutel, geen OAuth-clientbestand</translation>
    </message>
    <message>
        <source>not an OAuth client file</source>
        <translation>geen OAuth-clientbestand</translation>
    </message>
    <message>
        <source>two more: its reply and a copy of your own filters</source>
        <translation>nog twee: zijn afwezigheidsbericht en een kopie van je eigen filters</translation>
    </message>
    <message>
        <source>one more, for its reply</source>
        <translation>nog één, voor zijn afwezigheidsbericht</translation>
    </message>
    <message>
        <source>one more while it replaces its reply (this server counts it twice)</source>
        <translation>nog één terwijl het zijn afwezigheidsbericht vervangt (deze server telt het dubbel)</translation>
    </message>
    <message>
        <source>holds a scheme; type the name only, without imaps:// or https://</source>
        <translation>bevat een schema; typ alleen de naam, zonder imaps:// of https://</translation>
    </message>
    <message>
        <source>holds a port; type the port in its own field</source>
        <translation>bevat een poort; typ de poort in een eigen veld</translation>
    </message>
    <message>
        <source>is not a host or domain name; type a name like mail.example.com</source>
        <translation>is geen host- of domeinnaam; typ een naam zoals mail.example.com</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>een getal</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>een lijst</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>een tabel</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Deze computer</translation>
    </message>
    <message>
        <source>The end ({end}) is in the past.</source>
        <translation>Het einde ({end}) ligt in het verleden.</translation>
    </message>
    <message>
        <source>The end ({end}) must come after the start ({start}).</source>
        <translation>Het einde ({end}) moet na het begin ({start}) komen.</translation>
    </message>
    <message>
        <source>The start ({moment}) is more than {years} years ahead; the latest Boundary takes is {latest}.</source>
        <translation>Het begin ({moment}) ligt meer dan {years} jaar vooruit; het uiterste dat Boundary aanneemt is {latest}.</translation>
    </message>
    <message>
        <source>The end ({moment}) is more than {years} years ahead; the latest Boundary takes is {latest}. For a reply with no end, choose no end date.</source>
        <translation>Het einde ({moment}) ligt meer dan {years} jaar vooruit; het uiterste dat Boundary aanneemt is {latest}. Kies geen einddatum voor een bericht zonder einde.</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} en {last}</translation>
    </message>
    <message>
        <source>No provider of kind &apos;{kind}&apos; is installed. Installed kinds: {kinds}.</source>
        <translation>Er is geen provider van de soort &apos;{kind}&apos; geïnstalleerd. Geïnstalleerde soorten: {kinds}.</translation>
    </message>
    <message>
        <source>{problem} Installed kinds: {kinds}.</source>
        <translation>{problem} Geïnstalleerde soorten: {kinds}.</translation>
    </message>
    <message>
        <source>Give the account a name, for example &apos;Work&apos;.</source>
        <translation>Geef het account een naam, bijvoorbeeld &apos;Werk&apos;.</translation>
    </message>
    <message>
        <source>The account name holds a control character ({char}); remove it.</source>
        <translation>De naam van het account bevat een stuurteken ({char}); haal het weg.</translation>
    </message>
    <message>
        <source>There is already an account called &apos;{name}&apos;.</source>
        <translation>Er is al een account met de naam &apos;{name}&apos;.</translation>
    </message>
    <message>
        <source>There is no account called &apos;{name}&apos; (accounts: {names}).</source>
        <translation>Er is geen account met de naam &apos;{name}&apos; (accounts: {names}).</translation>
    </message>
    <message>
        <source>There is no account called &apos;{name}&apos; (accounts: none yet).</source>
        <translation>Er is geen account met de naam &apos;{name}&apos; (accounts: nog geen).</translation>
    </message>
    <message>
        <source>There is no account &apos;{name}&apos; (accounts: {names}).</source>
        <translation>Er is geen account &apos;{name}&apos; (accounts: {names}).</translation>
    </message>
    <message>
        <source>{account} cannot take an auto-reply, so nothing was set.</source>
        <translation>{account} kan geen afwezigheidsbericht krijgen, dus er is niets ingesteld.</translation>
    </message>
    <message>
        <source>There is no account that can take an auto-reply, so nothing was set; add one first.</source>
        <translation>Er is geen account dat een afwezigheidsbericht kan krijgen, dus er is niets ingesteld; voeg er eerst een toe.</translation>
    </message>
    <message>
        <source>Mail can only be forwarded to a backup, and nobody covers; choose a backup (add one in Settings → Backups first if the roster is empty).</source>
        <translation>Mail kan alleen naar een vervanger worden doorgestuurd, en niemand vervangt je; kies een vervanger (voeg er eerst een toe in Instellingen → Vervangers als de lijst leeg is).</translation>
    </message>
    <message>
        <source>None of the accounts ({names}) can forward mail to a backup by itself, so nothing would be forwarded; choose the auto-reply instead.</source>
        <translation>Geen van de accounts ({names}) kan zelf mail naar een vervanger doorsturen, dus er zou niets worden doorgestuurd; kies in plaats daarvan het afwezigheidsbericht.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not in your backups roster (backups: {names}).</source>
        <translation>&apos;{name}&apos; staat niet in je lijst met vervangers (vervangers: {names}).</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not in your backups roster (backups: none yet; add them in Settings).</source>
        <translation>&apos;{name}&apos; staat niet in je lijst met vervangers (vervangers: nog geen; voeg ze toe in Instellingen).</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not in your backups roster (backups: none yet).</source>
        <translation>&apos;{name}&apos; staat niet in je lijst met vervangers (vervangers: nog geen).</translation>
    </message>
    <message>
        <source>There is no template &apos;{template}&apos;; choose one of {choices}.</source>
        <translation>Er is geen sjabloon &apos;{template}&apos;; kies een van {choices}.</translation>
    </message>
    <message>
        <source>Choose the reply&apos;s language, or two for a bilingual reply.</source>
        <translation>Kies de taal van het afwezigheidsbericht, of twee voor een tweetalig bericht.</translation>
    </message>
    <message>
        <source>There is no language &apos;{language}&apos;; choose from {choices}.</source>
        <translation>Er is geen taal &apos;{language}&apos;; kies uit {choices}.</translation>
    </message>
    <message>
        <source>A reply can be in two languages at most, not {count} ({names}).</source>
        <translation>Een afwezigheidsbericht kan in hooguit twee talen zijn, niet {count} ({names}).</translation>
    </message>
    <message>
        <source>The {field} holds a control character ({char}); remove it (only tabs and line breaks may be in a text).</source>
        <translation>Het {field} bevat een stuurteken ({char}); haal het weg (alleen tabs en regeleinden mogen in een tekst staan).</translation>
    </message>
    <message>
        <source>The subject is empty; write a few words.</source>
        <translation>Het onderwerp is leeg; schrijf een paar woorden.</translation>
    </message>
    <message>
        <source>The subject is {length} characters long; the most Boundary sets is {most}. Please shorten it.</source>
        <translation>Het onderwerp is {length} tekens lang; Boundary stelt er hooguit {most} in. Maak het korter.</translation>
    </message>
    <message>
        <source>The {field} is empty; write a few words or pick a template.</source>
        <translation>Het {field} is leeg; schrijf een paar woorden of kies een sjabloon.</translation>
    </message>
    <message>
        <source>The {field} is {length} characters long; the most Boundary sends is {most}. Please shorten it.</source>
        <translation>Het {field} is {length} tekens lang; Boundary verstuurt er hooguit {most}. Maak het korter.</translation>
    </message>
    <message>
        <source>A call slot needs a name: the client or contact it is for.</source>
        <translation>Een belmoment heeft een naam nodig: de klant of contactpersoon voor wie het is.</translation>
    </message>
    <message>
        <source>The call slot &apos;{name}&apos; has a name longer than {value} characters.</source>
        <translation>Het belmoment &apos;{name}&apos; heeft een naam van meer dan {value} tekens.</translation>
    </message>
    <message>
        <source>There is already a call slot for &apos;{value}&apos;; give each client one slot, with several days if needed.</source>
        <translation>Er is al een belmoment voor &apos;{value}&apos;; geef elke klant één belmoment, zo nodig met meerdere dagen.</translation>
    </message>
    <message>
        <source>The call slot &apos;{name}&apos; needs at least one day of the week.</source>
        <translation>Het belmoment &apos;{name}&apos; heeft minstens één dag van de week nodig.</translation>
    </message>
    <message>
        <source>The call slot &apos;{name}&apos; lasts {value} minutes; use a number from {low} to {high}.</source>
        <translation>Het belmoment &apos;{name}&apos; duurt {value} minuten; gebruik een getal van {low} tot {high}.</translation>
    </message>
    <message>
        <source>The call slot &apos;{name}&apos; comes every {value} weeks; use a number from {low} to {high}.</source>
        <translation>Het belmoment &apos;{name}&apos; komt elke {value} weken; gebruik een getal van {low} tot {high}.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an email address or a domain; use e.g. jo@acme.example or acme.example.</source>
        <translation>&apos;{value}&apos; is geen e-mailadres of domein; gebruik bijvoorbeeld jo@acme.example of acme.example.</translation>
    </message>
    <message>
        <source>There is no call slot for &apos;{name}&apos; (call slots: {names}).</source>
        <translation>Er is geen belmoment voor &apos;{name}&apos; (belmomenten: {names}).</translation>
    </message>
    <message>
        <source>There is no call slot for &apos;{name}&apos; (call slots: none yet).</source>
        <translation>Er is geen belmoment voor &apos;{name}&apos; (belmomenten: nog geen).</translation>
    </message>
    <message>
        <source>Say who interrupted: the client&apos;s or contact&apos;s name.</source>
        <translation>Zeg wie je stoorde: de naam van de klant of contactpersoon.</translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; is not a kind of interruption; use call, chat or visit.</source>
        <translation>&apos;{kind}&apos; is geen soort onderbreking; gebruik call, chat of visit.</translation>
    </message>
    <message>
        <source>That moment is still to come; log an interruption once it happened.</source>
        <translation>Dat moment moet nog komen; noteer een onderbreking nadat die gebeurd is.</translation>
    </message>
    <message>
        <source>The note is longer than {most} characters; please shorten it.</source>
        <translation>De notitie is langer dan {most} tekens; maak haar korter.</translation>
    </message>
    <message>
        <source>The account &apos;{account}&apos; cannot send mail.</source>
        <translation>Het account &apos;{account}&apos; kan geen mail versturen.</translation>
    </message>
    <message>
        <source>&apos;{address}&apos; is not an email address.</source>
        <translation>&apos;{address}&apos; is geen e-mailadres.</translation>
    </message>
    <message>
        <source>The message is empty; write a few words.</source>
        <translation>Het bericht is leeg; schrijf een paar woorden.</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>onderwerp</translation>
    </message>
    <message>
        <source>message for colleagues</source>
        <translation>bericht voor collega&apos;s</translation>
    </message>
    <message>
        <source>message for everyone else</source>
        <translation>bericht voor alle anderen</translation>
    </message>
    <message>
        <source>subject for everyone else</source>
        <translation>onderwerp voor alle anderen</translation>
    </message>
    <message>
        <source>focus day message for colleagues</source>
        <translation>focusdagbericht voor collega&apos;s</translation>
    </message>
    <message>
        <source>focus day message for everyone else</source>
        <translation>focusdagbericht voor alle anderen</translation>
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
