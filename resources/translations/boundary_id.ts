<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>AccountDialog</name>
    <message>
        <source>Add a mail account</source>
        <translation>Tambah akun email</translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation>Alamat &amp;email:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Jenis:</translation>
    </message>
    <message>
        <source>For example: Work</source>
        <translation>Contoh: Kantor</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>Show all settin&amp;gs</source>
        <translation>Tampilkan semua pen&amp;gaturan</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Uji</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>&amp;Masuk…</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Tambah</translation>
    </message>
    <message>
        <source>No account kinds are installed.</source>
        <translation>Tidak ada jenis akun yang terpasang.</translation>
    </message>
    <message>
        <source>&amp;Use your organisation&apos;s own registration</source>
        <translation>Gunakan pendaftaran milik o&amp;rganisasi Anda</translation>
    </message>
    <message>
        <source>Leave this off to sign in with Boundary&apos;s own registration. Tick it when your organisation asks you to use an app registration of its own.</source>
        <translation>Biarkan tidak dicentang untuk masuk dengan pendaftaran milik Boundary. Centang jika organisasi Anda meminta Anda memakai pendaftaran aplikasinya sendiri.</translation>
    </message>
    <message>
        <source>&amp;Sign in with Microsoft…</source>
        <translation>&amp;Masuk dengan Microsoft…</translation>
    </message>
    <message>
        <source>&amp;Sign in with Google…</source>
        <translation>&amp;Masuk dengan Google…</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opsional</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <source>There is already an account called &apos;%1&apos;.</source>
        <translation>Sudah ada akun bernama &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>%1 is needed.</source>
        <translation>%1 wajib diisi.</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Terjadi kesalahan: %1</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Menghubungkan…</translation>
    </message>
    <message>
        <source>&amp;Add anyway</source>
        <translation>&amp;Tetap tambahkan</translation>
    </message>
</context>
<context>
    <name>AccountFields</name>
    <message>
        <source>Email address</source>
        <translation>Alamat email</translation>
    </message>
    <message>
        <source>EWS address</source>
        <translation>Alamat EWS</translation>
    </message>
    <message>
        <source>Usually https://mail.example.com/EWS/Exchange.asmx. Leave empty to find it from the email address (autodiscover).</source>
        <translation>Biasanya https://mail.example.com/EWS/Exchange.asmx. Kosongkan agar alamat ini dicari dari alamat email (autodiscover).</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>As you sign in to Outlook on the web: DOMAIN\name, name@domain or the email.</source>
        <translation>Seperti saat Anda masuk ke Outlook di web: DOMAIN\nama, nama@domain, atau alamat email.</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>Metode masuk</translation>
    </message>
    <message>
        <source>NTLM for most Exchange servers; oauth2 when your IT team gives you a token.</source>
        <translation>NTLM untuk sebagian besar server Exchange; oauth2 jika tim TI Anda memberikan token.</translation>
    </message>
    <message>
        <source>Password or token</source>
        <translation>Kata sandi atau token</translation>
    </message>
    <message>
        <source>Your password, or the OAuth 2.0 access token when the sign-in method is oauth2.</source>
        <translation>Kata sandi Anda, atau token akses OAuth 2.0 jika metode masuknya oauth2.</translation>
    </message>
    <message>
        <source>OAuth client file</source>
        <translation>File klien OAuth</translation>
    </message>
    <message>
        <source>The JSON file of a &apos;Desktop app&apos; OAuth client from Google Cloud Console (APIs &amp; Services → Credentials); see the Gmail page of the documentation.</source>
        <translation>File JSON dari klien OAuth jenis &apos;Desktop app&apos; di Google Cloud Console (APIs &amp; Services → Credentials); lihat halaman Gmail di dokumentasi.</translation>
    </message>
    <message>
        <source>Existing sign-in (token file)</source>
        <translation>Sesi masuk yang sudah ada (file token)</translation>
    </message>
    <message>
        <source>Optional: an authorized-user token file to use instead of signing in.</source>
        <translation>Opsional: file token authorized-user yang dipakai sebagai ganti proses masuk.</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Fitur</translation>
    </message>
    <message>
        <source>Exchange Server</source>
        <translation>Exchange Server</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>on = while you are away, an out-of-office event in your calendar, and a busy one on focus days.</source>
        <translation>on = selama Anda pergi, acara di luar kantor di kalender Anda, dan acara sibuk pada hari fokus.</translation>
    </message>
    <message>
        <source>Gmail / Google Workspace</source>
        <translation>Gmail / Google Workspace</translation>
    </message>
    <message>
        <source>on = while you are away, an out-of-office event in your Google Calendar that declines new invitations, and a focus-time event on focus days (Google Workspace only; Google asks you to let Boundary manage your calendar events).</source>
        <translation>on = selama Anda pergi, acara di luar kantor di Google Kalender Anda yang menolak undangan baru, dan acara waktu fokus pada hari fokus (hanya Google Workspace; Google meminta Anda mengizinkan Boundary mengelola acara kalender Anda).</translation>
    </message>
    <message>
        <source>Google Chat status</source>
        <translation>Status Google Chat</translation>
    </message>
    <message>
        <source>on = while you are away, a Google Chat status that ends with the away period, and Do Not Disturb on focus days (Google Workspace only; the Google Chat API must be turned on for the OAuth client&apos;s project; Google asks you to let Boundary see and change your availability in Chat).</source>
        <translation>on = selama Anda pergi, status Google Chat yang berakhir bersama masa pergi Anda, dan Jangan Ganggu pada hari fokus (hanya Google Workspace; Google Chat API harus diaktifkan untuk proyek klien OAuth; Google meminta Anda mengizinkan Boundary melihat dan mengubah ketersediaan Anda di Chat).</translation>
    </message>
    <message>
        <source>What Boundary may do, and so what Google asks you to allow: reply = the auto-reply only; list = also show new mail in mail-check windows; forward = also forward mail to your backup.</source>
        <translation>Apa yang boleh dilakukan Boundary, sekaligus apa yang diminta Google untuk Anda izinkan: reply = hanya balasan otomatis; list = juga menampilkan email baru saat cek email; forward = juga meneruskan email ke pengganti Anda.</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>Alamat API</translation>
    </message>
    <message>
        <source>Optional: another address for the Gmail API (a proxy); leave empty.</source>
        <translation>Opsional: alamat lain untuk Gmail API (proxy); biarkan kosong.</translation>
    </message>
    <message>
        <source>IMAP (ManageSieve)</source>
        <translation>IMAP (ManageSieve)</translation>
    </message>
    <message>
        <source>The name you sign in with; often your email address.</source>
        <translation>Nama yang Anda pakai untuk masuk; sering kali alamat email Anda.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Keamanan</translation>
    </message>
    <message>
        <source>ssl: encrypted from the start (ports 993 and 465); starttls: switched to encryption (ports 143 and 587); plain-loopback: unencrypted, only for a server on this computer.</source>
        <translation>ssl: terenkripsi sejak awal (port 993 dan 465); starttls: beralih ke enkripsi (port 143 dan 587); plain-loopback: tanpa enkripsi, hanya untuk server di komputer ini.</translation>
    </message>
    <message>
        <source>IMAP server</source>
        <translation>Server IMAP</translation>
    </message>
    <message>
        <source>IMAP port</source>
        <translation>Port IMAP</translation>
    </message>
    <message>
        <source>993 with ssl, 143 with starttls.</source>
        <translation>993 dengan ssl, 143 dengan starttls.</translation>
    </message>
    <message>
        <source>ManageSieve server</source>
        <translation>Server ManageSieve</translation>
    </message>
    <message>
        <source>Where the server keeps filters and the auto-reply; the IMAP server if empty.</source>
        <translation>Tempat server menyimpan filter dan balasan otomatis; server IMAP jika kosong.</translation>
    </message>
    <message>
        <source>ManageSieve port</source>
        <translation>Port ManageSieve</translation>
    </message>
    <message>
        <source>Sending (SMTP)</source>
        <translation>Pengiriman (SMTP)</translation>
    </message>
    <message>
        <source>off: your mail server has no SMTP submission service; the auto-reply still works, but mail cannot be forwarded to your backup.</source>
        <translation>off: server email Anda tidak punya layanan pengiriman SMTP; balasan otomatis tetap berjalan, tetapi email tidak dapat diteruskan ke pengganti Anda.</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>Server SMTP</translation>
    </message>
    <message>
        <source>For forwarding mail to your backup; the IMAP server if empty.</source>
        <translation>Untuk meneruskan email ke pengganti Anda; server IMAP jika kosong.</translation>
    </message>
    <message>
        <source>SMTP security</source>
        <translation>Keamanan SMTP</translation>
    </message>
    <message>
        <source>same: as for IMAP; the mail host&apos;s instructions say when sending differs.</source>
        <translation>same: sama seperti IMAP; petunjuk penyedia email Anda menyebutkannya bila pengiriman berbeda.</translation>
    </message>
    <message>
        <source>SMTP port</source>
        <translation>Port SMTP</translation>
    </message>
    <message>
        <source>465 with ssl, 587 with starttls.</source>
        <translation>465 dengan ssl, 587 dengan starttls.</translation>
    </message>
    <message>
        <source>Colleagues&apos; domain</source>
        <translation>Domain rekan kerja</translation>
    </message>
    <message>
        <source>Senders whose address ends in this domain get the message for colleagues; the domain of your email address if empty.</source>
        <translation>Pengirim yang alamatnya berakhiran domain ini menerima pesan untuk rekan kerja; domain alamat email Anda jika kosong.</translation>
    </message>
    <message>
        <source>Trial (answers no mail)</source>
        <translation>Uji coba (tidak membalas email)</translation>
    </message>
    <message>
        <source>A trial: the reply is kept on this computer, so you can try Boundary; no mail is answered. Add a mail account to answer real mail.</source>
        <translation>Uji coba: balasan disimpan di komputer ini, agar Anda dapat mencoba Boundary; tidak ada email yang dijawab. Tambahkan akun email untuk menjawab email sungguhan.</translation>
    </message>
    <message>
        <source>Microsoft 365</source>
        <translation>Microsoft 365</translation>
    </message>
    <message>
        <source>on = while you are away, an out-of-office event in your calendar, and a busy one on focus days (Microsoft asks you to let Boundary manage your calendar).</source>
        <translation>on = selama Anda pergi, acara di luar kantor di kalender Anda, dan acara sibuk pada hari fokus (Microsoft meminta Anda mengizinkan Boundary mengelola kalender Anda).</translation>
    </message>
    <message>
        <source>Application (client) ID</source>
        <translation>ID aplikasi (klien)</translation>
    </message>
    <message>
        <source>The ID of your organisation&apos;s app registration in Microsoft Entra.</source>
        <translation>ID pendaftaran aplikasi (app registration) organisasi Anda di Microsoft Entra.</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Tenant</translation>
    </message>
    <message>
        <source>Your organisation&apos;s tenant ID or domain. Leave it empty and Microsoft finds it (&apos;organizations&apos;; &apos;common&apos; for outlook.com, hotmail.com and live.com).</source>
        <translation>ID tenant atau domain organisasi Anda. Kosongkan, dan Microsoft akan menemukannya sendiri (&apos;organizations&apos;; &apos;common&apos; untuk outlook.com, hotmail.com, dan live.com).</translation>
    </message>
    <message>
        <source>Microsoft Graph address</source>
        <translation>Alamat Microsoft Graph</translation>
    </message>
    <message>
        <source>Change only for a national cloud.</source>
        <translation>Ubah hanya untuk cloud nasional.</translation>
    </message>
    <message>
        <source>Sign-in address</source>
        <translation>Alamat masuk</translation>
    </message>
    <message>
        <source>Change only for a national cloud; https://login.microsoftonline.com otherwise.</source>
        <translation>Ubah hanya untuk cloud nasional; selain itu https://login.microsoftonline.com.</translation>
    </message>
    <message>
        <source>Teams status</source>
        <translation>Status Teams</translation>
    </message>
    <message>
        <source>Set a Teams status message while you are away, and Do Not Disturb on focus days (work or school accounts; asks for the Presence.ReadWrite permission).</source>
        <translation>Pasang pesan status Teams selama Anda pergi, dan Jangan Ganggu pada hari fokus (akun kerja atau sekolah; meminta izin Presence.ReadWrite).</translation>
    </message>
    <message>
        <source>Slack</source>
        <translation>Slack</translation>
    </message>
    <message>
        <source>Slack app&apos;s client ID</source>
        <translation>Client ID aplikasi Slack Anda</translation>
    </message>
    <message>
        <source>For Sign in with Slack: the client ID of a Slack app with PKCE turned on and http://localhost as a redirect URL. Leave it empty when you give a token.</source>
        <translation>Untuk Masuk dengan Slack: client ID aplikasi Slack yang PKCE-nya aktif dan http://localhost sebagai URL pengalihan. Kosongkan jika Anda memberikan token.</translation>
    </message>
    <message>
        <source>User token</source>
        <translation>Token pengguna</translation>
    </message>
    <message>
        <source>A user token (xoxp-…) of your own Slack app with the scopes users.profile:read, users.profile:write, dnd:read and dnd:write.</source>
        <translation>Token pengguna (xoxp-…) dari aplikasi Slack Anda sendiri dengan cakupan users.profile:read, users.profile:write, dnd:read, dan dnd:write.</translation>
    </message>
    <message>
        <source>Status emoji</source>
        <translation>Emoji status</translation>
    </message>
    <message>
        <source>The emoji beside your away status, as :name:.</source>
        <translation>Emoji di samping status tidak di tempat Anda, dalam bentuk :nama:.</translation>
    </message>
    <message>
        <source>Do Not Disturb</source>
        <translation>Jangan Ganggu</translation>
    </message>
    <message>
        <source>Pause Slack&apos;s notifications while you are away and on focus days.</source>
        <translation>Jeda notifikasi Slack selama Anda tidak di tempat dan pada hari fokus.</translation>
    </message>
    <message>
        <source>Slack API address</source>
        <translation>Alamat API Slack</translation>
    </message>
    <message>
        <source>Change only for a proxy or a test server.</source>
        <translation>Ubah hanya untuk proxy atau server uji.</translation>
    </message>
</context>
<context>
    <name>AccountsTab</name>
    <message>
        <source>Account</source>
        <translation>Akun</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>What Boundary can do with it</source>
        <translation>Yang dapat dilakukan Boundary</translation>
    </message>
    <message>
        <source>A&amp;dd account…</source>
        <translation>Tambah &amp;akun…</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Uji</translation>
    </message>
    <message>
        <source>Sign &amp;in again…</source>
        <translation>Masuk &amp;lagi…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>Not installed in this version of Boundary</source>
        <translation>Tidak terpasang di versi Boundary ini</translation>
    </message>
    <message>
        <source>Trial (answers no mail)</source>
        <translation>Uji coba (tidak membalas email)</translation>
    </message>
    <message>
        <source>Keeps the reply on this computer, to try Boundary: no mail is answered.</source>
        <translation>Menyimpan balasan di komputer ini untuk mencoba Boundary: tidak ada email yang dibalas.</translation>
    </message>
    <message>
        <source>Out-of-office reply</source>
        <translation>Balasan otomatis</translation>
    </message>
    <message>
        <source>starts and stops on time by itself</source>
        <translation>mulai dan berhenti sendiri tepat waktu</translation>
    </message>
    <message>
        <source>can answer only your contacts or only colleagues</source>
        <translation>dapat membalas hanya kontak Anda atau hanya rekan kerja</translation>
    </message>
    <message>
        <source>can answer only your contacts</source>
        <translation>dapat membalas hanya kontak Anda</translation>
    </message>
    <message>
        <source>can answer only colleagues</source>
        <translation>dapat membalas hanya rekan kerja</translation>
    </message>
    <message>
        <source>lists new mail</source>
        <translation>menampilkan email baru</translation>
    </message>
    <message>
        <source>forwards mail</source>
        <translation>meneruskan email</translation>
    </message>
    <message>
        <source>sends your mail on to your backup while you are away</source>
        <translation>meneruskan email Anda ke pengganti selama Anda tidak di kantor</translation>
    </message>
    <message>
        <source>marks you out of office in the calendar</source>
        <translation>menandai Anda tidak di kantor di kalender</translation>
    </message>
    <message>
        <source>sets your chat status</source>
        <translation>mengatur status obrolan Anda</translation>
    </message>
    <message>
        <source>Nothing yet</source>
        <translation>Belum ada</translation>
    </message>
    <message>
        <source>Also keeps:</source>
        <translation>Juga menjaga:</translation>
    </message>
    <message>
        <source>%1 changes when you save.</source>
        <translation>%1 diubah saat Anda menyimpan.</translation>
    </message>
    <message>
        <source>Boundary may ask you to sign in again, to allow it.</source>
        <translation>Boundary mungkin meminta Anda masuk lagi untuk mengizinkannya.</translation>
    </message>
    <message>
        <source>%1 is added when you save, and the trial account %2, which answers no mail, is removed.</source>
        <translation>%1 ditambahkan saat Anda menyimpan, dan akun uji coba %2, yang tidak membalas email, dihapus.</translation>
    </message>
    <message>
        <source>%1 is added when you save.</source>
        <translation>%1 ditambahkan saat Anda menyimpan.</translation>
    </message>
    <message>
        <source>%1 is removed when you save; its password is then forgotten.</source>
        <translation>%1 dihapus saat Anda menyimpan; kata sandinya pun ikut dihapus.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Menghubungkan ke %1…</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Terjadi kesalahan: %1</translation>
    </message>
</context>
<context>
    <name>AddressFinder</name>
    <message>
        <source>name@example.com</source>
        <translation>nama@contoh.com</translation>
    </message>
    <message>
        <source>&amp;Find settings</source>
        <translation>&amp;Cari pengaturan</translation>
    </message>
    <message>
        <source>Enter the settings by &amp;hand</source>
        <translation>Isi pengaturan &amp;sendiri</translation>
    </message>
    <message>
        <source>Enter your email address: Boundary looks up the settings for it.</source>
        <translation>Masukkan alamat email Anda: Boundary akan mencari pengaturannya.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an email address.</source>
        <translation>‘%1’ bukan alamat email.</translation>
    </message>
    <message>
        <source>Enter your email address.</source>
        <translation>Masukkan alamat email Anda.</translation>
    </message>
    <message>
        <source>Looking up the settings for %1…</source>
        <translation>Mencari pengaturan untuk %1…</translation>
    </message>
    <message>
        <source>Asking %1&apos;s Exchange server (autodiscover)…</source>
        <translation>Menanyakan server Exchange %1 (autodiscover)…</translation>
    </message>
    <message>
        <source>The settings could not be looked up (%1).</source>
        <translation>Pengaturan tidak dapat dicari (%1).</translation>
    </message>
    <message>
        <source>Found: your email address</source>
        <translation>Ditemukan: alamat email Anda</translation>
    </message>
    <message>
        <source>Found in the domain&apos;s autoconfig file (%1)</source>
        <translation>Ditemukan di file autoconfig domain (%1)</translation>
    </message>
    <message>
        <source>Found in the domain&apos;s DNS records (%1)</source>
        <translation>Ditemukan di catatan DNS domain (%1)</translation>
    </message>
    <message>
        <source>Found: a provider Boundary knows (%1)</source>
        <translation>Ditemukan: penyedia yang dikenal Boundary (%1)</translation>
    </message>
    <message>
        <source>Found: the domain&apos;s mail server is %1</source>
        <translation>Ditemukan: server email domain ini adalah %1</translation>
    </message>
    <message>
        <source>Found by Exchange autodiscover (%1)</source>
        <translation>Ditemukan lewat Exchange autodiscover (%1)</translation>
    </message>
    <message>
        <source>No settings were found for %1. Choose the kind of account and enter the settings your provider gives you.</source>
        <translation>Tidak ada pengaturan yang ditemukan untuk %1. Pilih jenis akun, lalu isi pengaturan yang diberikan penyedia email Anda.</translation>
    </message>
    <message>
        <source>Found the settings for %1 in its autoconfig file: %2.</source>
        <translation>Pengaturan untuk %1 ditemukan di file autoconfig-nya: %2.</translation>
    </message>
    <message>
        <source>Found the settings for %1 in its DNS records: %2.</source>
        <translation>Pengaturan untuk %1 ditemukan di catatan DNS-nya: %2.</translation>
    </message>
    <message>
        <source>%1 has an Exchange server (found by autodiscover): %2.</source>
        <translation>%1 memiliki server Exchange (ditemukan lewat autodiscover): %2.</translation>
    </message>
    <message>
        <source>%1 is a provider Boundary knows: %2.</source>
        <translation>%1 adalah penyedia yang dikenal Boundary: %2.</translation>
    </message>
    <message>
        <source>Fill in what is left to add the account.</source>
        <translation>Isi yang masih kurang untuk menambahkan akun.</translation>
    </message>
    <message>
        <source>Nothing more is needed.</source>
        <translation>Tidak ada lagi yang diperlukan.</translation>
    </message>
</context>
<context>
    <name>AppText</name>
    <message>
        <source>Boundary cannot start</source>
        <translation>Boundary tidak dapat dijalankan</translation>
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
        <translation>Ubah pengganti</translation>
    </message>
    <message>
        <source>Add a backup</source>
        <translation>Tambah pengganti</translation>
    </message>
    <message>
        <source>sam@example.com</source>
        <translation>budi@example.com</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opsional</translation>
    </message>
    <message>
        <source>&amp;Away until (their last day away):</source>
        <translation>&amp;Tidak ada sampai (hari terakhirnya):</translation>
    </message>
    <message>
        <source>Away until</source>
        <translation>Tidak ada sampai</translation>
    </message>
    <message>
        <source>Optional, for example: urgent client questions</source>
        <translation>Opsional, contoh: pertanyaan mendesak dari klien</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Te&amp;lepon:</translation>
    </message>
    <message>
        <source>&amp;Covers:</source>
        <translation>&amp;Menangani:</translation>
    </message>
    <message>
        <source>&quot;Covers&quot; ends the sentence &quot;please contact … for …&quot; in your message.</source>
        <translation>&quot;Menangani&quot; melengkapi kalimat &quot;silakan hubungi … untuk …&quot; dalam pesan Anda.</translation>
    </message>
    <message>
        <source>This backup %1.</source>
        <translation>Pengganti ini %1.</translation>
    </message>
    <message>
        <source>&amp;Covers (%1):</source>
        <translation>&amp;Menangani (%1):</translation>
    </message>
    <message>
        <source>Covers (%1):</source>
        <translation>Menangani (%1):</translation>
    </message>
    <message>
        <source>Empty: the reply says “%1”</source>
        <translation>Kosong: balasan akan menyebut “%1”</translation>
    </message>
</context>
<context>
    <name>BackupsTab</name>
    <message>
        <source>Colleagues who cover while you are away. The first one is named first; when you go away you choose who covers this time.</source>
        <translation>Rekan kerja yang menggantikan Anda saat Anda tidak di kantor. Yang pertama disebut lebih dulu; setiap kali Anda tidak di kantor, Anda memilih siapa penggantinya.</translation>
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
            <numerusform>%n pesan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n taken by %1</source>
        <translation>
            <numerusform>%n ditangani oleh %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still unread</source>
        <translation>
            <numerusform>%n belum dibaca</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BriefingWindow</name>
    <message>
        <source>Welcome back — Boundary</source>
        <translation>Selamat datang kembali — Boundary</translation>
    </message>
    <message>
        <source>Looking at your mail…</source>
        <translation>Sedang melihat email Anda…</translation>
    </message>
    <message>
        <source>&amp;Mail</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <source>&amp;Thank your backups</source>
        <translation>&amp;Terima kasih untuk pengganti</translation>
    </message>
    <message>
        <source>From / subject</source>
        <translation>Dari / subjek</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Akun</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Mail that came in while you were away</source>
        <translation>Email yang masuk selama Anda tidak di kantor</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Buka</translation>
    </message>
    <message>
        <source>The briefing could not be made: %1</source>
        <translation>Ringkasan tidak dapat dibuat: %1</translation>
    </message>
    <message>
        <source>No time away has ended yet.</source>
        <translation>Belum ada masa tidak di kantor yang selesai.</translation>
    </message>
    <message>
        <source>Welcome back — %1. You were away from %2 until %3.</source>
        <translation>Selamat datang kembali — %1. Anda tidak di kantor dari %2 sampai %3.</translation>
    </message>
    <message>
        <source>%1 could not be listed: %2</source>
        <translation>%1 tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>First mail check after your return: %1</source>
        <translation>Cek email pertama setelah Anda kembali: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n pesan</numerusform>
        </translation>
    </message>
    <message>
        <source>unread</source>
        <translation>belum dibaca</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>ke %1</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(tanpa subjek)</translation>
    </message>
    <message>
        <source>Nobody covered for you this time.</source>
        <translation>Kali ini tidak ada yang menggantikan Anda.</translation>
    </message>
</context>
<context>
    <name>CallSlotDialog</name>
    <message>
        <source>Edit call slot</source>
        <translation>Ubah jadwal panggilan</translation>
    </message>
    <message>
        <source>Add a call slot</source>
        <translation>Tambah jadwal panggilan</translation>
    </message>
    <message>
        <source>Mail from these addresses and domains counts as this client&apos;s (in the return briefing); {calls} in a reply names this call.</source>
        <translation>Email dari alamat dan domain ini dihitung sebagai email klien ini (dalam ringkasan setelah kembali); {calls} dalam balasan menyebut panggilan ini.</translation>
    </message>
    <message>
        <source>Client or contact, for example Acme</source>
        <translation>Klien atau kontak, misalnya Acme</translation>
    </message>
    <message>
        <source>acme.example, jo@acme.example</source>
        <translation>acme.example, jo@acme.example</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>&amp;Contacts:</source>
        <translation>&amp;Kontak:</translation>
    </message>
    <message>
        <source>&amp;Days:</source>
        <translation>&amp;Hari:</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Jam:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> menit</translation>
    </message>
    <message>
        <source>&amp;Lasts:</source>
        <translation>&amp;Durasi:</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Setiap minggu</translation>
    </message>
    <message numerus="yes">
        <source>Every %n weeks</source>
        <translation>
            <numerusform>Setiap %n minggu</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Repeats:</source>
        <translation>&amp;Berulang:</translation>
    </message>
</context>
<context>
    <name>CallsTab</name>
    <message>
        <source>Offer each client a regular call instead of ad-hoc ones: missed calls are answered with the next slot, and {calls} in a reply names it.</source>
        <translation>Tawarkan setiap klien panggilan rutin sebagai ganti panggilan mendadak: panggilan tak terjawab dibalas dengan jadwal berikutnya, dan {calls} dalam balasan menyebutkannya.</translation>
    </message>
    <message>
        <source>Call slots</source>
        <translation>Jadwal panggilan</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No addresses or domains yet</source>
        <translation>Belum ada alamat atau domain</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Berikutnya: %1</translation>
    </message>
</context>
<context>
    <name>CallsText</name>
    <message>
        <source>Give the call slot a name: the client or contact it is for.</source>
        <translation>Beri nama jadwal panggilan ini: klien atau kontak yang bersangkutan.</translation>
    </message>
    <message>
        <source>The name is longer than %1 characters.</source>
        <translation>Nama lebih panjang dari %1 karakter.</translation>
    </message>
    <message>
        <source>There is already a call slot for %1.</source>
        <translation>Sudah ada jadwal panggilan untuk %1.</translation>
    </message>
    <message>
        <source>Choose at least one day for the call.</source>
        <translation>Pilih paling sedikit satu hari untuk panggilan.</translation>
    </message>
    <message>
        <source>A call lasts from %2 to %3 minutes.</source>
        <translation>Panggilan berlangsung %2 sampai %3 menit.</translation>
    </message>
    <message>
        <source>A call comes every week, or every 2 to %3 weeks.</source>
        <translation>Panggilan dilakukan setiap minggu, atau setiap 2 sampai %3 minggu.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an email address or a domain (acme.example).</source>
        <translation>&apos;%1&apos; bukan alamat email atau domain (acme.example).</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>mingguan</translation>
    </message>
    <message numerus="yes">
        <source>every %n week(s)</source>
        <translation>
            <numerusform>setiap %n minggu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n menit</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckPopup</name>
    <message>
        <source>Mail check</source>
        <translation>Cek email</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Sisa waktu</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subjek</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Akun</translation>
    </message>
    <message>
        <source>New mail</source>
        <translation>Email baru</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Buka</translation>
    </message>
    <message>
        <source>&amp;Forward to backup…</source>
        <translation>Te&amp;ruskan ke pengganti…</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Selesai</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Snooze %n min</source>
        <translation>
            <numerusform>&amp;Tunda %n menit</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>Sisa %1</translation>
    </message>
    <message>
        <source>Mail check — %1</source>
        <translation>Cek email — %1</translation>
    </message>
    <message>
        <source>Time&apos;s up</source>
        <translation>Waktu habis</translation>
    </message>
    <message>
        <source>Mail check — time&apos;s up</source>
        <translation>Cek email — waktu habis</translation>
    </message>
    <message>
        <source>Looking for new mail in %1…</source>
        <translation>Mencari email baru di %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s) since your last check.</source>
        <translation>
            <numerusform>%n pesan baru sejak cek terakhir Anda.</numerusform>
        </translation>
    </message>
    <message>
        <source>Forwarding to %1…</source>
        <translation>Meneruskan ke %1…</translation>
    </message>
    <message>
        <source>Could not forward “%1”: %2</source>
        <translation>Tidak dapat meneruskan “%1”: %2</translation>
    </message>
    <message>
        <source>Forwarded “%1” to %2.</source>
        <translation>“%1” diteruskan ke %2.</translation>
    </message>
    <message>
        <source>Past your time</source>
        <translation>Waktu Anda sudah lewat</translation>
    </message>
    <message>
        <source>Your fifteen minutes are over. Why keep going? (kept in your record)</source>
        <translation>Lima belas menit Anda sudah habis. Mengapa masih lanjut? (disimpan dalam catatan Anda)</translation>
    </message>
    <message>
        <source>&amp;Add an account…</source>
        <translation>&amp;Tambah akun…</translation>
    </message>
    <message>
        <source>Read your mail in your mail app for now: none of your accounts can list new mail here. To see it in this window, add an Exchange, Microsoft 365, Gmail or IMAP account.</source>
        <translation>Untuk sementara, baca email Anda di aplikasi email: tidak ada akun Anda yang dapat menampilkan email baru di sini. Agar email baru tampil di jendela ini, tambahkan akun Exchange, Microsoft 365, Gmail, atau IMAP.</translation>
    </message>
    <message>
        <source>Snooze is not offered once time is up: it puts a check off before it ends. Close your mail and press Done.</source>
        <translation>Tunda tidak tersedia lagi setelah waktu habis: tunda hanya menggeser cek sebelum cek berakhir. Tutup email Anda, lalu tekan Selesai.</translation>
    </message>
    <message>
        <source>Your plan allows no snoozes (Settings → Mail checks).</source>
        <translation>Rencana Anda tidak mengizinkan penundaan (Pengaturan → Cek email).</translation>
    </message>
    <message numerus="yes">
        <source>You have put this check off as often as your plan allows (%n time(s)).</source>
        <translation>
            <numerusform>Anda sudah menunda cek ini sebanyak yang diizinkan rencana Anda (%n kali).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Keep work boundaries: out-of-office replies on every mail account at once.</source>
        <translation>Jaga batas kerja: balasan otomatis di semua akun email sekaligus.</translation>
    </message>
    <message>
        <source>Times accept ISO 8601 (2026-12-01 09:00) and phrases such as &apos;tomorrow 9:00&apos;, &apos;monday 8am&apos;, &apos;in 2 hours&apos;, in the profile&apos;s time zone. Exit codes: 0 done, 1 error (reason on one line), 2 bad command line, 3 some accounts still pending. BOUNDARY_HOME=DIR keeps all files under DIR.</source>
        <translation>Waktu dalam ISO 8601 (2026-12-01 09:00) atau frasa seperti &apos;besok 09.00&apos;, &apos;senin depan&apos;, &apos;2 jam lagi&apos; (juga bahasa Inggris: &apos;tomorrow 9:00&apos;), dalam zona waktu profil. Kode keluar: 0 selesai, 1 galat (alasan dalam satu baris), 2 baris perintah salah, 3 beberapa akun masih menunggu. BOUNDARY_HOME=DIR menyimpan semua berkas di DIR.</translation>
    </message>
    <message>
        <source>print JSON for scripts</source>
        <translation>cetak JSON untuk skrip</translation>
    </message>
    <message>
        <source>Another Boundary (a command or the app) is changing your replies and did not finish within {seconds} seconds; nothing was changed here. Try again shortly.</source>
        <translation>Boundary lain (perintah atau aplikasi) sedang mengubah balasan Anda dan belum selesai dalam {seconds} detik; tidak ada yang diubah di sini. Coba lagi sebentar lagi.</translation>
    </message>
    <message>
        <source>Added without connecting.</source>
        <translation>Ditambahkan tanpa menghubungkan.</translation>
    </message>
    <message>
        <source>{names} holds no auto-reply set outside Boundary (&apos;boundary status&apos; shows which accounts do).</source>
        <translation>{names} tidak memiliki balasan otomatis yang diatur di luar Boundary (&apos;boundary status&apos; menunjukkan akun mana yang memilikinya).</translation>
    </message>
    <message>
        <source>list, add, test or remove mail accounts; keep or leave a reply set elsewhere; find an address&apos;s settings</source>
        <translation>tampilkan, tambah, uji, atau hapus akun email; pertahankan atau biarkan balasan yang dipasang di tempat lain; cari pengaturan sebuah alamat</translation>
    </message>
    <message>
        <source>Mail accounts. Passwords and tokens are kept in the system keyring only.</source>
        <translation>Akun email. Kata sandi dan token hanya disimpan di keyring sistem.</translation>
    </message>
    <message>
        <source>installed account kinds and their capabilities</source>
        <translation>jenis akun yang terpasang dan kemampuannya</translation>
    </message>
    <message>
        <source>accounts and what they can do</source>
        <translation>akun dan kemampuannya</translation>
    </message>
    <message>
        <source>add an account: accounts add KIND NAME [options] (see accounts add KIND --help)</source>
        <translation>tambah akun: accounts add JENIS NAMA [opsi] (lihat accounts add JENIS --help)</translation>
    </message>
    <message>
        <source>Add an account. Each kind has its own options: &apos;boundary accounts add KIND --help&apos; lists them; &apos;boundary providers&apos; lists the kinds.</source>
        <translation>Tambah akun. Setiap jenis punya opsinya sendiri: &apos;boundary accounts add JENIS --help&apos; menampilkannya; &apos;boundary providers&apos; menampilkan jenis-jenisnya.</translation>
    </message>
    <message>
        <source>exchange, m365, gmail, imap, …</source>
        <translation>exchange, m365, gmail, imap, …</translation>
    </message>
    <message>
        <source>NAME and the kind&apos;s options</source>
        <translation>NAMA dan opsi jenisnya</translation>
    </message>
    <message>
        <source>remove an account and its saved password</source>
        <translation>hapus akun beserta kata sandi yang tersimpan</translation>
    </message>
    <message>
        <source>connect and say how the account&apos;s auto-reply stands</source>
        <translation>hubungkan dan tampilkan keadaan balasan otomatis akun</translation>
    </message>
    <message>
        <source>sign in again (accounts that use a browser sign-in)</source>
        <translation>masuk lagi (akun yang masuk lewat peramban)</translation>
    </message>
    <message>
        <source>keep an auto-reply set outside Boundary as your away period</source>
        <translation>pertahankan balasan otomatis yang dipasang di luar Boundary sebagai masa tidak di kantor Anda</translation>
    </message>
    <message>
        <source>Keep an auto-reply set outside Boundary as your away period. It runs until the end it has (or until you say you are back); &apos;boundary back&apos; clears it.</source>
        <translation>Pertahankan balasan otomatis yang dipasang di luar Boundary sebagai masa tidak di kantor Anda. Balasan berjalan sampai akhirnya (atau sampai Anda bilang sudah kembali); &apos;boundary back&apos; menghapusnya.</translation>
    </message>
    <message>
        <source>leave an auto-reply set outside Boundary alone</source>
        <translation>biarkan balasan otomatis yang dipasang di luar Boundary</translation>
    </message>
    <message>
        <source>Leave an auto-reply set outside Boundary alone. Boundary neither changes it nor mentions it again until you next go away or say you are back.</source>
        <translation>Biarkan balasan otomatis yang dipasang di luar Boundary. Boundary tidak mengubahnya dan tidak menyebutnya lagi sampai Anda pergi lagi atau bilang sudah kembali.</translation>
    </message>
    <message>
        <source>what Boundary calls the account</source>
        <translation>nama akun di Boundary</translation>
    </message>
    <message>
        <source>add without connecting (for example offline)</source>
        <translation>tambahkan tanpa menghubungkan (misalnya saat luring)</translation>
    </message>
    <message>
        <source>Opening your browser to sign in. If it does not open, visit:</source>
        <translation>Membuka peramban untuk masuk. Jika tidak terbuka, kunjungi:</translation>
    </message>
    <message>
        <source>{names} hold no auto-reply set outside Boundary (&apos;boundary status&apos; shows which accounts do).</source>
        <translation>{names} tidak memiliki balasan otomatis yang diatur di luar Boundary (&apos;boundary status&apos; menunjukkan akun mana yang memilikinya).</translation>
    </message>
    <message>
        <source>No accounts.</source>
        <translation>Tidak ada akun.</translation>
    </message>
    <message>
        <source>(your organisation&apos;s own registration; leave out to use Boundary&apos;s)</source>
        <translation>(registrasi milik organisasi Anda; kosongkan untuk memakai milik Boundary)</translation>
    </message>
    <message>
        <source>add now, sign in later (accounts sign-in)</source>
        <translation>tambah sekarang, masuk nanti (accounts sign-in)</translation>
    </message>
    <message>
        <source>To sign in, visit {url} and enter the code {code}</source>
        <translation>Untuk masuk, kunjungi {url} dan masukkan kode {code}</translation>
    </message>
    <message>
        <source>You already have an away period, and keeping this reply would replace it. Use &apos;boundary away&apos; to set one reply everywhere, or leave the reply of {names} alone.</source>
        <translation>Anda sudah memiliki masa tidak di kantor, dan menyimpan balasan ini akan menggantikannya. Gunakan &apos;boundary away&apos; untuk mengatur satu balasan di semua akun, atau biarkan balasan {names}.</translation>
    </message>
    <message>
        <source>{names} hold different auto-replies, and one away period cannot keep them all: keep one and leave the others alone.</source>
        <translation>{names} memiliki balasan otomatis yang berbeda, dan satu masa tidak di kantor tidak dapat menyimpan semuanya: simpan satu dan biarkan yang lain.</translation>
    </message>
    <message>
        <source>{kind} — could not be loaded: {reason}</source>
        <translation>{kind} — tidak dapat dimuat: {reason}</translation>
    </message>
    <message>
        <source>Add a {kind} account called NAME.</source>
        <translation>Tambah akun {kind} bernama NAMA.</translation>
    </message>
    <message>
        <source>Say which kind of account: {kinds} (&apos;boundary accounts add KIND --help&apos; lists its options).</source>
        <translation>Sebutkan jenis akunnya: {kinds} (&apos;boundary accounts add JENIS --help&apos; menampilkan opsinya).</translation>
    </message>
    <message>
        <source>Removed {name}.</source>
        <translation>{name} dihapus.</translation>
    </message>
    <message>
        <source>Kept the auto-reply of {names} as your away period.</source>
        <translation>Balasan otomatis {names} disimpan sebagai masa tidak di kantor Anda.</translation>
    </message>
    <message>
        <source>Left the auto-reply of {names} alone: Boundary does not change it until you next go away or say you are back.</source>
        <translation>Balasan otomatis {names} dibiarkan: Boundary tidak mengubahnya sampai Anda pergi lagi atau menyatakan sudah kembali.</translation>
    </message>
    <message>
        <source>(default: {default})</source>
        <translation>(bawaan: {default})</translation>
    </message>
    <message>
        <source>read the {secret} from standard input (never give it as a flag)</source>
        <translation>baca {secret} dari masukan standar (jangan pernah sebagai opsi)</translation>
    </message>
    <message>
        <source>Added {name} ({kind}).</source>
        <translation>{name} ({kind}) ditambahkan.</translation>
    </message>
    <message>
        <source>Give the {secret} on standard input with {flag}.</source>
        <translation>Berikan {secret} lewat masukan standar dengan {flag}.</translation>
    </message>
    <message>
        <source>Accounts:</source>
        <translation>Akun:</translation>
    </message>
    <message>
        <source>None of your backups is available, so nothing is forwarded until one is.</source>
        <translation>Tidak ada pengganti Anda yang tersedia, jadi tidak ada yang diteruskan sampai ada yang tersedia.</translation>
    </message>
    <message>
        <source>Welcome back: the replies are cleared.</source>
        <translation>Selamat datang kembali: balasan otomatis sudah dihapus.</translation>
    </message>
    <message>
        <source>You were not away.</source>
        <translation>Anda tidak sedang pergi.</translation>
    </message>
    <message>
        <source>available, away or focus day; the mail check; each account&apos;s reply</source>
        <translation>tersedia, tidak di kantor, atau hari fokus; cek email; balasan tiap akun</translation>
    </message>
    <message>
        <source>set the out-of-office reply on every account</source>
        <translation>pasang balasan otomatis di setiap akun</translation>
    </message>
    <message>
        <source>Set the out-of-office reply on your accounts and report each result.</source>
        <translation>Pasang balasan otomatis di akun Anda dan laporkan setiap hasilnya.</translation>
    </message>
    <message>
        <source>clear the replies everywhere</source>
        <translation>hapus balasan otomatis di mana-mana</translation>
    </message>
    <message>
        <source>End the away period and clear the reply on every account.</source>
        <translation>Akhiri masa tidak di kantor dan hapus balasan di setiap akun.</translation>
    </message>
    <message>
        <source>None of your backups is available: the reply names nobody and nothing is forwarded.</source>
        <translation>Tidak ada pengganti Anda yang tersedia: balasan tidak menyebut siapa pun dan tidak ada yang diteruskan.</translation>
    </message>
    <message>
        <source>ask every account now (over the network, as the app does every hour) instead of showing what was last known</source>
        <translation>tanyai setiap akun sekarang (lewat jaringan, seperti yang dilakukan aplikasi setiap jam) alih-alih menampilkan yang terakhir diketahui</translation>
    </message>
    <message>
        <source>start (default: now)</source>
        <translation>mulai (bawaan: sekarang)</translation>
    </message>
    <message>
        <source>when you are back, e.g. &apos;monday 9:00&apos;</source>
        <translation>kapan Anda kembali, mis. &apos;senin 09.00&apos;</translation>
    </message>
    <message>
        <source>a reply with no end date</source>
        <translation>balasan tanpa tanggal akhir</translation>
    </message>
    <message>
        <source>message template</source>
        <translation>templat pesan</translation>
    </message>
    <message>
        <source>why you are away (fills {reason})</source>
        <translation>alasan Anda pergi (mengisi {reason})</translation>
    </message>
    <message>
        <source>one message for everyone</source>
        <translation>satu pesan untuk semua orang</translation>
    </message>
    <message>
        <source>the message for colleagues</source>
        <translation>pesan untuk rekan kerja</translation>
    </message>
    <message>
        <source>the message for everyone else</source>
        <translation>pesan untuk orang lain</translation>
    </message>
    <message>
        <source>the reply&apos;s subject</source>
        <translation>subjek balasan</translation>
    </message>
    <message>
        <source>another subject for everyone else (accounts with one subject use this one)</source>
        <translation>subjek lain untuk orang lain (akun dengan satu subjek memakai yang ini)</translation>
    </message>
    <message>
        <source>another reason for everyone else (&apos;&apos; gives them none)</source>
        <translation>alasan lain untuk orang lain (&apos;&apos; berarti tanpa alasan)</translation>
    </message>
    <message>
        <source>who covers (repeat for a second backup; default: the first in your roster)</source>
        <translation>siapa yang menggantikan (ulangi untuk pengganti kedua; bawaan: yang pertama di daftar Anda)</translation>
    </message>
    <message>
        <source>name nobody who covers</source>
        <translation>tidak menyebut pengganti</translation>
    </message>
    <message>
        <source>also send your mail on to the backup who covers (a copy stays in your mailbox)</source>
        <translation>teruskan juga email Anda ke pengganti (salinannya tetap di kotak surat Anda)</translation>
    </message>
    <message>
        <source>with --forward-to-backup: send no auto-reply (silent cover)</source>
        <translation>dengan --forward-to-backup: tanpa balasan otomatis (penggantian diam-diam)</translation>
    </message>
    <message>
        <source>who gets the external message: all, contacts or internal (colleagues only)</source>
        <translation>siapa yang menerima pesan eksternal: all, contacts, atau internal (hanya rekan kerja)</translation>
    </message>
    <message>
        <source>only this account</source>
        <translation>hanya akun ini</translation>
    </message>
    <message>
        <source>show the messages; change and send nothing</source>
        <translation>tampilkan pesannya; tidak mengubah atau mengirim apa pun</translation>
    </message>
    <message>
        <source>Say when you are back with --until (for example --until &apos;monday 9:00&apos;), or use --no-end for a reply with no end date.</source>
        <translation>Sebutkan kapan Anda kembali dengan --until (misalnya --until &apos;senin 09.00&apos;), atau pakai --no-end untuk balasan tanpa tanggal akhir.</translation>
    </message>
    <message>
        <source>Use either --until or --no-end, not both.</source>
        <translation>Pakai --until atau --no-end, jangan keduanya.</translation>
    </message>
    <message>
        <source>Use either --backup or --no-backup, not both.</source>
        <translation>Pakai --backup atau --no-backup, jangan keduanya.</translation>
    </message>
    <message>
        <source>--no-reply needs --forward-to-backup: with neither a reply nor forwarding, nobody would look after your mail.</source>
        <translation>--no-reply memerlukan --forward-to-backup: tanpa balasan dan tanpa penerusan, tidak ada yang mengurus email Anda.</translation>
    </message>
    <message>
        <source>Use either --forward-to-backup or --no-backup: mail is forwarded to the backup who covers.</source>
        <translation>Pakai --forward-to-backup atau --no-backup: email diteruskan ke pengganti.</translation>
    </message>
    <message>
        <source>--until is empty; say when you are back (for example --until &apos;monday 9:00&apos;), or use --no-end for a reply with no end date.</source>
        <translation>--until kosong; sebutkan kapan Anda kembali (misalnya --until &apos;senin 09.00&apos;), atau pakai --no-end untuk balasan tanpa tanggal akhir.</translation>
    </message>
    <message>
        <source>--from is empty; leave it out to start now.</source>
        <translation>--from kosong; hilangkan untuk mulai sekarang.</translation>
    </message>
    <message>
        <source>--subject is empty; leave it out for the template&apos;s subject.</source>
        <translation>--subject kosong; hilangkan untuk memakai subjek templat.</translation>
    </message>
    <message>
        <source>For colleagues:</source>
        <translation>Untuk rekan kerja:</translation>
    </message>
    <message>
        <source>For everyone else:</source>
        <translation>Untuk orang lain:</translation>
    </message>
    <message>
        <source>Nothing was changed (--dry-run).</source>
        <translation>Tidak ada yang diubah (--dry-run).</translation>
    </message>
    <message>
        <source>Mail checks: off.</source>
        <translation>Cek email: mati.</translation>
    </message>
    <message>
        <source>{backup} is away; {instead} covers instead.</source>
        <translation>{backup} sedang tidak di kantor; {instead} yang menggantikan.</translation>
    </message>
    <message>
        <source>Available.</source>
        <translation>Tersedia.</translation>
    </message>
    <message>
        <source>It replaced the auto-reply {name} already had (until {end}), set outside Boundary.</source>
        <translation>Ini menggantikan balasan otomatis yang sudah ada di {name} (sampai {end}), yang dipasang di luar Boundary.</translation>
    </message>
    <message>
        <source>It would replace the auto-reply {name} already has (until {end}), set outside Boundary.</source>
        <translation>Ini akan menggantikan balasan otomatis yang sudah ada di {name} (sampai {end}), yang dipasang di luar Boundary.</translation>
    </message>
    <message>
        <source>It replaced the auto-reply {name} already had, set outside Boundary.</source>
        <translation>Ini menggantikan balasan otomatis yang sudah ada di {name}, yang dipasang di luar Boundary.</translation>
    </message>
    <message>
        <source>It would replace the auto-reply {name} already has, set outside Boundary.</source>
        <translation>Ini akan menggantikan balasan otomatis yang sudah ada di {name}, yang dipasang di luar Boundary.</translation>
    </message>
    <message>
        <source>{account} cannot forward mail by itself, so its mail is not forwarded.</source>
        <translation>{account} tidak bisa meneruskan email sendiri, jadi emailnya tidak diteruskan.</translation>
    </message>
    <message>
        <source>{account} forwards only while Boundary runs at the start and at the end of the period: it switches the forwarding on and off then.</source>
        <translation>{account} hanya meneruskan jika Boundary berjalan saat awal dan akhir periode: saat itulah Boundary menyalakan dan mematikan penerusan.</translation>
    </message>
    <message>
        <source>{email} is outside {account}&apos;s organisation, which may block forwarding there (Exchange Online bounces it: 5.7.520); choose a backup inside it if mail does not arrive.</source>
        <translation>{email} berada di luar organisasi {account}, yang mungkin memblokir penerusan ke sana (Exchange Online menolaknya: 5.7.520); pilih pengganti di dalam organisasi jika email tidak sampai.</translation>
    </message>
    <message>
        <source>(no reply)</source>
        <translation>(tanpa balasan)</translation>
    </message>
    <message>
        <source>Mail check snoozed: it opens again at {time}.</source>
        <translation>Cek email ditunda: dibuka lagi pukul {time}.</translation>
    </message>
    <message>
        <source>No mail check ahead.</source>
        <translation>Tidak ada cek email yang dijadwalkan.</translation>
    </message>
    <message>
        <source>Focus day, until {when}.</source>
        <translation>Hari fokus, sampai {when}.</translation>
    </message>
    <message>
        <source>the reply&apos;s language, or two for a bilingual reply: nl,en (languages: {languages}; default: your reply language)</source>
        <translation>bahasa balasan, atau dua untuk balasan dwibahasa: nl,en (bahasa: {languages}; bawaan: bahasa balasan Anda)</translation>
    </message>
    <message>
        <source>--lang &apos;{text}&apos; leaves a language empty; give one, such as nl, or two for a bilingual reply, such as nl,en.</source>
        <translation>--lang &apos;{text}&apos; menyisakan bahasa yang kosong; berikan satu, misalnya nl, atau dua untuk balasan dwibahasa, misalnya nl,en.</translation>
    </message>
    <message>
        <source>--until {moment} is more than {years} years ahead (the latest is {latest}); use --no-end for a reply with no end date.</source>
        <translation>--until {moment} lebih dari {years} tahun ke depan (paling lambat {latest}); pakai --no-end untuk balasan tanpa tanggal akhir.</translation>
    </message>
    <message>
        <source>--from {moment} is more than {years} years ahead (the latest is {latest}).</source>
        <translation>--from {moment} lebih dari {years} tahun ke depan (paling lambat {latest}).</translation>
    </message>
    <message>
        <source>{backup} is away, and nobody else in your roster is available.</source>
        <translation>{backup} sedang tidak di kantor, dan tidak ada orang lain di daftar Anda yang tersedia.</translation>
    </message>
    <message>
        <source>Subject: {subject}</source>
        <translation>Subjek: {subject}</translation>
    </message>
    <message>
        <source>Mail check open: {minutes} min left (until {time}).</source>
        <translation>Cek email terbuka: sisa {minutes} menit (sampai {time}).</translation>
    </message>
    <message>
        <source>Mail check open: time is up (it was until {time}).</source>
        <translation>Cek email terbuka: waktu habis (sampai {time}).</translation>
    </message>
    <message>
        <source>Next mail check: {when}.</source>
        <translation>Cek email berikutnya: {when}.</translation>
    </message>
    <message>
        <source>Available. Upcoming: {away}</source>
        <translation>Tersedia. Akan datang: {away}</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n pesan</numerusform>
        </translation>
    </message>
    <message>
        <source>the way back: what came in while you were away</source>
        <translation>kembali bekerja: apa yang masuk selama Anda tidak di kantor</translation>
    </message>
    <message>
        <source>For the last time away: per account, the messages that came in, by sender and client, which your backups received and which are still unread; a thank-you mail to your backups to edit and send; the first mail check after your return. It only reads mail: nothing is marked read, moved or sent.</source>
        <translation>Untuk masa tidak di kantor terakhir: per akun, pesan yang masuk, menurut pengirim dan klien, mana yang diterima pengganti Anda dan mana yang masih belum dibaca; email terima kasih untuk pengganti Anda yang bisa diubah lalu dikirim; cek email pertama setelah Anda kembali. Perintah ini hanya membaca email: tidak ada yang ditandai dibaca, dipindahkan, atau dikirim.</translation>
    </message>
    <message numerus="yes">
        <source>%n still unread</source>
        <translation>
            <numerusform>%n belum dibaca</numerusform>
        </translation>
    </message>
    <message>
        <source>By sender:</source>
        <translation>Menurut pengirim:</translation>
    </message>
    <message>
        <source>(unread)</source>
        <translation>(belum dibaca)</translation>
    </message>
    <message>
        <source>No time away has ended yet: nothing to brief you on.</source>
        <translation>Belum ada masa tidak di kantor yang berakhir: belum ada yang perlu dirangkum.</translation>
    </message>
    <message numerus="yes">
        <source>%n taken by {name}</source>
        <translation>
            <numerusform>%n ditangani oleh {name}</numerusform>
        </translation>
    </message>
    <message>
        <source>Welcome back. Away from {start} until {end}: {headline}.</source>
        <translation>Selamat datang kembali. Tidak di kantor dari {start} sampai {end}: {headline}.</translation>
    </message>
    <message>
        <source>By client: </source>
        <translation>Menurut klien: </translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(tanpa subjek)</translation>
    </message>
    <message>
        <source>A thank-you to {to} (edit and send it, or not):</source>
        <translation>Ucapan terima kasih untuk {to} (ubah lalu kirim, atau tidak):</translation>
    </message>
    <message>
        <source>First mail check: {when}.</source>
        <translation>Cek email pertama: {when}.</translation>
    </message>
    <message>
        <source>(to {to})</source>
        <translation>(ke {to})</translation>
    </message>
    <message>
        <source>could not be listed — {problem}</source>
        <translation>tidak dapat dicantumkan — {problem}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a call slot; use days and a time, like &apos;fri 10:00&apos;</source>
        <translation>&apos;{text}&apos; bukan jadwal panggilan; tulis hari dan jam, misalnya &apos;fri 10:00&apos;</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; names no day; use days and a time, like &apos;fri 10:00&apos;</source>
        <translation>&apos;{text}&apos; tidak menyebut hari; tulis hari dan jam, misalnya &apos;fri 10:00&apos;</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a time of day; use a time like 10:00</source>
        <translation>&apos;{text}&apos; bukan jam; tulis jam seperti 10:00</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a day or a range of days; use e.g. mon-fri</source>
        <translation>&apos;{text}&apos; bukan hari atau rentang hari; gunakan misalnya mon-fri</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a day of the week; use mon, tue, wed, thu, fri, sat or sun</source>
        <translation>&apos;{text}&apos; bukan hari dalam seminggu; gunakan mon, tue, wed, thu, fri, sat, atau sun</translation>
    </message>
    <message>
        <source>Logged: a call from {client}, {when}.</source>
        <translation>Dicatat: panggilan dari {client}, {when}.</translation>
    </message>
    <message>
        <source>Logged: a chat from {client}, {when}.</source>
        <translation>Dicatat: obrolan dari {client}, {when}.</translation>
    </message>
    <message>
        <source>Logged: a visit from {client}, {when}.</source>
        <translation>Dicatat: kunjungan dari {client}, {when}.</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>setiap minggu</translation>
    </message>
    <message numerus="yes">
        <source>every %n week(s)</source>
        <translation>
            <numerusform>setiap %n minggu</numerusform>
        </translation>
    </message>
    <message>
        <source>call slots per client, with each next call</source>
        <translation>jadwal panggilan per klien, dengan setiap panggilan berikutnya</translation>
    </message>
    <message>
        <source>List the call slots (a client&apos;s recurring call, offered instead of ad-hoc calls) with each next call; &apos;calls set NAME --slot &quot;fri 10:00&quot;&apos; adds or changes one, &apos;calls remove NAME&apos; removes it. Replies name a client&apos;s call with {calls}.</source>
        <translation>Menampilkan jadwal panggilan (panggilan rutin dengan klien, ditawarkan sebagai ganti panggilan mendadak) dengan setiap panggilan berikutnya; &apos;calls set NAMA --slot &quot;fri 10:00&quot;&apos; menambah atau mengubahnya, &apos;calls remove NAMA&apos; menghapusnya. Balasan menyebut panggilan klien dengan {calls}.</translation>
    </message>
    <message>
        <source>log an unplanned call, chat or visit from a client</source>
        <translation>catat panggilan, obrolan, atau kunjungan tak terencana dari klien</translation>
    </message>
    <message>
        <source>Log an interruption: an unplanned call, chat or visit from a client. &apos;boundary stats&apos; counts them per week and per client.</source>
        <translation>Catat gangguan: panggilan, obrolan, atau kunjungan tak terencana dari klien. &apos;boundary stats&apos; menghitungnya per minggu dan per klien.</translation>
    </message>
    <message>
        <source>the voicemail greeting to record for focus days and time away</source>
        <translation>salam kotak suara yang perlu direkam untuk hari fokus dan masa tidak di kantor</translation>
    </message>
    <message>
        <source>The greeting to record on your phone for the next focus day and for the time away in force or next, in your reply&apos;s language(s): when you answer, your backup to call for urgent matters, and mail as the way to reach you. It follows your profile. docs/calls.md says how to make Microsoft Teams play it.</source>
        <translation>Salam yang perlu direkam di telepon Anda untuk hari fokus berikutnya dan untuk masa tidak di kantor yang sedang berlaku atau berikutnya, dalam bahasa balasan otomatis Anda: kapan Anda menjawab, pengganti yang bisa dihubungi untuk urusan mendesak, dan email sebagai cara menghubungi Anda. Salam ini mengikuti profil Anda. docs/calls.md menjelaskan cara memutarnya di Microsoft Teams.</translation>
    </message>
    <message>
        <source>add or change a client&apos;s call slot</source>
        <translation>tambah atau ubah jadwal panggilan klien</translation>
    </message>
    <message>
        <source>Add a call slot for NAME (a client or contact), or change theirs. Flags left out keep what the slot had (a new slot: 30 minutes, weekly).</source>
        <translation>Tambahkan jadwal panggilan untuk NAMA (klien atau kontak), atau ubah jadwalnya. Opsi yang tidak disebut tetap seperti semula (jadwal baru: 30 menit, setiap minggu).</translation>
    </message>
    <message>
        <source>the client or contact</source>
        <translation>klien atau kontak</translation>
    </message>
    <message>
        <source>when: &apos;fri 10:00&apos;, &apos;tue,thu 14:00&apos;, &apos;mon-fri 9:30&apos; (the profile&apos;s time zone)</source>
        <translation>kapan: &apos;fri 10:00&apos;, &apos;tue,thu 14:00&apos;, &apos;mon-fri 9:30&apos; (zona waktu profil)</translation>
    </message>
    <message>
        <source>how long (5-240; default 30)</source>
        <translation>berapa lama (5-240; bawaan 30)</translation>
    </message>
    <message>
        <source>every week (1, the default) or every 2 weeks</source>
        <translation>setiap minggu (1, bawaan) atau setiap 2 minggu</translation>
    </message>
    <message>
        <source>an address or domain of this client (repeat it; replaces the slot&apos;s contacts)</source>
        <translation>alamat atau domain klien ini (ulangi opsinya; menggantikan kontak jadwal ini)</translation>
    </message>
    <message>
        <source>remove a client&apos;s call slot</source>
        <translation>hapus jadwal panggilan klien</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>belum ada</translation>
    </message>
    <message>
        <source>the client or contact who interrupted</source>
        <translation>klien atau kontak yang mengganggu</translation>
    </message>
    <message>
        <source>default: call</source>
        <translation>bawaan: call (panggilan)</translation>
    </message>
    <message>
        <source>when it happened (default: now): &apos;14:20&apos; (today), &apos;monday 9:30&apos;, ISO 8601</source>
        <translation>kapan terjadinya (bawaan: sekarang): &apos;14.20&apos; (hari ini), &apos;senin 09.30&apos;, ISO 8601</translation>
    </message>
    <message>
        <source>a few words, for yourself</source>
        <translation>beberapa kata, untuk Anda sendiri</translation>
    </message>
    <message>
        <source>Say who interrupted: the client&apos;s or contact&apos;s name.</source>
        <translation>Sebutkan siapa yang mengganggu: nama klien atau kontak.</translation>
    </message>
    <message>
        <source>Nothing to record: no focus day and no time away ahead. Focus days: boundary plan --focus-day wed; time away: boundary away --until T.</source>
        <translation>Tidak ada yang perlu direkam: tidak ada hari fokus atau masa tidak di kantor yang akan datang. Hari fokus: boundary plan --focus-day wed; tidak di kantor: boundary away --until T.</translation>
    </message>
    <message>
        <source>No call slots yet. Add one: boundary calls set NAME --slot &apos;fri 10:00&apos;</source>
        <translation>Belum ada jadwal panggilan. Tambahkan: boundary calls set NAMA --slot &apos;fri 10:00&apos;</translation>
    </message>
    <message>
        <source>Call slot changed:</source>
        <translation>Jadwal panggilan diubah:</translation>
    </message>
    <message>
        <source>Call slot added:</source>
        <translation>Jadwal panggilan ditambahkan:</translation>
    </message>
    <message>
        <source>{name}: {slot}, {minutes} min, {rhythm}</source>
        <translation>{name}: {slot}, {minutes} menit, {rhythm}</translation>
    </message>
    <message>
        <source>; next {when}</source>
        <translation>; berikutnya {when}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is still to come; log an interruption once it happened.</source>
        <translation>&apos;{text}&apos; belum tiba; catat gangguan setelah terjadi.</translation>
    </message>
    <message>
        <source>typed: now</source>
        <translation>sekarang</translation>
    </message>
    <message>
        <source>typed: today</source>
        <translation>hari ini</translation>
    </message>
    <message>
        <source>typed: tomorrow</source>
        <translation>besok</translation>
    </message>
    <message>
        <source>typed: noon</source>
        <translation>tengah hari</translation>
    </message>
    <message>
        <source>typed: midnight</source>
        <translation>tengah malam</translation>
    </message>
    <message>
        <source>typed: minute|minutes|min|mins</source>
        <translation>menit|mnt</translation>
    </message>
    <message>
        <source>typed: hour|hours|h|hr|hrs</source>
        <translation>jam</translation>
    </message>
    <message>
        <source>typed: day|days|d</source>
        <translation>hari</translation>
    </message>
    <message>
        <source>typed: week|weeks|w|wk|wks</source>
        <translation>minggu|pekan</translation>
    </message>
    <message>
        <source>typed: next {weekday}</source>
        <translation>{weekday} depan</translation>
    </message>
    <message>
        <source>typed: at {time}</source>
        <translation>pukul {time}|jam {time}</translation>
    </message>
    <message>
        <source>typed: in {span}</source>
        <translation>dalam {span}|{span} lagi</translation>
    </message>
    <message>
        <source>typed: monday|mon</source>
        <translation>senin|sen|hari senin</translation>
    </message>
    <message>
        <source>typed: tuesday|tue</source>
        <translation>selasa|sel|hari selasa</translation>
    </message>
    <message>
        <source>typed: wednesday|wed</source>
        <translation>rabu|rab|hari rabu</translation>
    </message>
    <message>
        <source>typed: thursday|thu</source>
        <translation>kamis|kam|hari kamis</translation>
    </message>
    <message>
        <source>typed: friday|fri</source>
        <translation>jumat|jum|jum&apos;at|hari jumat</translation>
    </message>
    <message>
        <source>typed: saturday|sat</source>
        <translation>sabtu|sab|hari sabtu</translation>
    </message>
    <message>
        <source>typed: sunday|sun</source>
        <translation>minggu|min|ahad|hari minggu|hari ahad</translation>
    </message>
    <message>
        <source>I could not read &apos;{text}&apos; as a time; try &apos;2026-12-01 09:00&apos;, &apos;tomorrow 9:00&apos; or &apos;monday 8am&apos;.</source>
        <translation>&apos;{text}&apos; tidak dapat dibaca sebagai waktu; coba &apos;2026-12-01 09:00&apos;, &apos;besok 09.00&apos;, atau &apos;senin depan 08.00&apos;.</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>%(value)r bukan bilangan bulat</translation>
    </message>
    <message>
        <source>Say when the call with {name} is: --slot &apos;fri 10:00&apos;.</source>
        <translation>Sebutkan kapan panggilan dengan {name}: --slot &apos;fri 10:00&apos;.</translation>
    </message>
    <message>
        <source>There is no call slot for &apos;{name}&apos; (call slots: {known}).</source>
        <translation>Tidak ada jadwal panggilan untuk &apos;{name}&apos; (jadwal panggilan: {known}).</translation>
    </message>
    <message>
        <source>The note is longer than {limit} characters; please shorten it.</source>
        <translation>Catatan lebih dari {limit} karakter; mohon persingkat.</translation>
    </message>
    <message>
        <source>one language ({languages}; default: your reply&apos;s language or languages)</source>
        <translation>satu bahasa ({languages}; bawaan: bahasa balasan otomatis Anda)</translation>
    </message>
    <message>
        <source>Call slot for {name} removed.</source>
        <translation>Jadwal panggilan untuk {name} dihapus.</translation>
    </message>
    <message>
        <source>For your focus days (the next: {when}):</source>
        <translation>Untuk hari fokus Anda (berikutnya: {when}):</translation>
    </message>
    <message>
        <source>For your time away, until {until}:</source>
        <translation>Untuk masa tidak di kantor Anda, sampai {until}:</translation>
    </message>
    <message>
        <source>invalid choice: &apos;{value}&apos;</source>
        <translation>pilihan tidak valid: &apos;{value}&apos;</translation>
    </message>
    <message>
        <source>; did you mean {alternatives}?</source>
        <translation>; maksud Anda {alternatives}?</translation>
    </message>
    <message>
        <source> (choose from {choices})</source>
        <translation> (pilih dari {choices})</translation>
    </message>
    <message>
        <source>unknown action &apos;{value}&apos;</source>
        <translation>tindakan tidak dikenal &apos;{value}&apos;</translation>
    </message>
    <message>
        <source>unknown command &apos;{value}&apos;</source>
        <translation>perintah tidak dikenal &apos;{value}&apos;</translation>
    </message>
    <message>
        <source>{first} or {last}</source>
        <translation>{first} atau {last}</translation>
    </message>
    <message>
        <source>find an address&apos;s settings: autoconfig, DNS SRV, known providers, Exchange autodiscover</source>
        <translation>cari pengaturan sebuah alamat: autoconfig, DNS SRV, penyedia yang dikenal, Exchange autodiscover</translation>
    </message>
    <message>
        <source>your address</source>
        <translation>alamat Anda</translation>
    </message>
    <message>
        <source>the domain&apos;s autoconfig file</source>
        <translation>file autoconfig domain</translation>
    </message>
    <message>
        <source>DNS SRV record</source>
        <translation>record DNS SRV</translation>
    </message>
    <message>
        <source>a provider Boundary knows</source>
        <translation>penyedia yang dikenal Boundary</translation>
    </message>
    <message>
        <source>the domain&apos;s mail server (DNS MX)</source>
        <translation>server email domain (DNS MX)</translation>
    </message>
    <message>
        <source>Exchange autodiscover</source>
        <translation>Exchange autodiscover</translation>
    </message>
    <message>
        <source>Note: {where} is not a valid autoconfig file; it was skipped.</source>
        <translation>Catatan: {where} bukan file autoconfig yang valid; dilewati.</translation>
    </message>
    <message>
        <source>Note: {where} did not answer in time.</source>
        <translation>Catatan: {where} tidak menjawab tepat waktu.</translation>
    </message>
    <message>
        <source>Note: {where} could not be reached.</source>
        <translation>Catatan: {where} tidak dapat dihubungi.</translation>
    </message>
    <message>
        <source>Look up the settings for an email address, in this order: the domain&apos;s autoconfig file, DNS SRV records, the providers Boundary knows (by domain or mail server), Exchange autodiscover. Prints the kind of account, each setting found and where it came from, and the &apos;accounts add&apos; command that uses them.</source>
        <translation>Mencari pengaturan untuk sebuah alamat email, dengan urutan ini: file autoconfig domain, record DNS SRV, penyedia yang dikenal Boundary (menurut domain atau server email), Exchange autodiscover. Menampilkan jenis akun, setiap pengaturan yang ditemukan beserta asalnya, dan perintah &apos;accounts add&apos; yang memakainya.</translation>
    </message>
    <message>
        <source>Add the account with &apos;boundary accounts add KIND NAME …&apos; and the settings your provider gives you (&apos;boundary accounts add KIND --help&apos; lists them).</source>
        <translation>Tambahkan akun dengan &apos;boundary accounts add JENIS NAMA …&apos; dan pengaturan dari penyedia Anda (&apos;boundary accounts add JENIS --help&apos; mencantumkannya).</translation>
    </message>
    <message>
        <source>{email}: {kind} [{code}], from {where}.</source>
        <translation>{email}: {kind} [{code}], dari {where}.</translation>
    </message>
    <message>
        <source>To add it: {command}</source>
        <translation>Untuk menambahkannya: {command}</translation>
    </message>
    <message>
        <source>&apos;{email}&apos; is not an email address.</source>
        <translation>&apos;{email}&apos; bukan alamat email.</translation>
    </message>
    <message>
        <source>Nothing found for {domain}: no autoconfig file, no DNS SRV records, not a provider Boundary knows, no Exchange autodiscover.</source>
        <translation>Tidak ada yang ditemukan untuk {domain}: tidak ada file autoconfig, tidak ada record DNS SRV, bukan penyedia yang dikenal Boundary, tidak ada Exchange autodiscover.</translation>
    </message>
    <message>
        <source>Still needed: {fields}.</source>
        <translation>Masih diperlukan: {fields}.</translation>
    </message>
    <message>
        <source>reply in place</source>
        <translation>balasan terpasang</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>belum dikirim</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>tidak terpasang</translation>
    </message>
    <message>
        <source>sign-in needed</source>
        <translation>perlu masuk ke akun</translation>
    </message>
    <message>
        <source>changed outside Boundary</source>
        <translation>diubah di luar Boundary</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>belum diperiksa</translation>
    </message>
    <message>
        <source>auto-reply set outside Boundary</source>
        <translation>balasan otomatis dipasang di luar Boundary</translation>
    </message>
    <message>
        <source>forwarding not set yet</source>
        <translation>penerusan belum dipasang</translation>
    </message>
    <message>
        <source>forwarding not set</source>
        <translation>penerusan tidak terpasang</translation>
    </message>
    <message>
        <source>forwarding: sign-in needed</source>
        <translation>penerusan: perlu masuk ke akun</translation>
    </message>
    <message>
        <source>forwarding changed outside Boundary</source>
        <translation>penerusan diubah di luar Boundary</translation>
    </message>
    <message>
        <source>forwarding not checked yet</source>
        <translation>penerusan belum diperiksa</translation>
    </message>
    <message>
        <source>a forwarding rule of Boundary&apos;s was found; it stays as it is</source>
        <translation>aturan penerusan milik Boundary ditemukan; aturan itu dibiarkan apa adanya</translation>
    </message>
    <message>
        <source>Keep it: boundary accounts keep {name}; leave it: boundary accounts leave {name}</source>
        <translation>Pertahankan: boundary accounts keep {name}; biarkan: boundary accounts leave {name}</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} dan {last}</translation>
    </message>
    <message>
        <source>now</source>
        <translation>sekarang</translation>
    </message>
    <message>
        <source>further notice</source>
        <translation>pemberitahuan lebih lanjut</translation>
    </message>
    <message>
        <source>its own auto-reply, left alone</source>
        <translation>balasan otomatisnya sendiri, dibiarkan</translation>
    </message>
    <message>
        <source>already has an auto-reply until {end}, set outside Boundary; it stays as it is.</source>
        <translation>sudah punya balasan otomatis sampai {end}, yang dipasang di luar Boundary; balasan itu dibiarkan apa adanya.</translation>
    </message>
    <message>
        <source>already has an auto-reply, set outside Boundary; it stays as it is.</source>
        <translation>sudah punya balasan otomatis, yang dipasang di luar Boundary; balasan itu dibiarkan apa adanya.</translation>
    </message>
    <message>
        <source>Away from {start} until {until}.</source>
        <translation>Tidak di kantor dari {start} sampai {until}.</translation>
    </message>
    <message>
        <source>{backup} covers.</source>
        <translation>{backup} menggantikan Anda.</translation>
    </message>
    <message>
        <source>{backups} cover.</source>
        <translation>{backups} menggantikan Anda.</translation>
    </message>
    <message>
        <source>No auto-reply: your mail goes to your backup (a copy stays with you).</source>
        <translation>Tanpa balasan otomatis: email Anda diteruskan ke pengganti (salinannya tetap ada pada Anda).</translation>
    </message>
    <message>
        <source>reply set</source>
        <translation>balasan terpasang</translation>
    </message>
    <message>
        <source>no reply</source>
        <translation>tanpa balasan</translation>
    </message>
    <message>
        <source>Your mail also goes to your backup (a copy stays with you).</source>
        <translation>Email Anda juga diteruskan ke pengganti (salinannya tetap ada pada Anda).</translation>
    </message>
    <message>
        <source>forwarding to {to} in place</source>
        <translation>penerusan ke {to} terpasang</translation>
    </message>
    <message>
        <source>; a reply set earlier is still on</source>
        <translation>; balasan yang dipasang sebelumnya masih aktif</translation>
    </message>
    <message>
        <source>{first} then {second}</source>
        <translation>{first}, lalu {second}</translation>
    </message>
    <message>
        <source>forwarding to {to} from {start} in place</source>
        <translation>penerusan ke {to} mulai {start} terpasang</translation>
    </message>
    <message>
        <source>its own auto-reply until {end}, left alone</source>
        <translation>balasan otomatisnya sendiri sampai {end}, dibiarkan</translation>
    </message>
    <message>
        <source>Next try: {when}.</source>
        <translation>Percobaan berikutnya: {when}.</translation>
    </message>
    <message>
        <source>Is work more productive?</source>
        <translation>Apakah pekerjaan lebih produktif?</translation>
    </message>
    <message>
        <source>What got in the way?</source>
        <translation>Apa yang menghambat?</translation>
    </message>
    <message>
        <source>What will you change?</source>
        <translation>Apa yang akan Anda ubah?</translation>
    </message>
    <message>
        <source>Week by week (windows kept of those on record, interruptions):</source>
        <translation>Minggu demi minggu (sesi cek email yang ditepati dari yang tercatat, gangguan):</translation>
    </message>
    <message>
        <source>Your notes:</source>
        <translation>Catatan Anda:</translation>
    </message>
    <message>
        <source>the evaluation of your plan since it started, with your notes</source>
        <translation>evaluasi rencana Anda sejak dimulai, dengan catatan Anda</translation>
    </message>
    <message>
        <source>The figures since your plan started (mail-check windows kept, overrun, skipped and missed; focus days; away days; forwards; interruptions per client; the trend week by week) and your answers to three questions, which --productive, --obstacles and --changes record. The app exports it as a one-page PDF.</source>
        <translation>Angka sejak rencana Anda dimulai (sesi cek email yang ditepati, terlalu lama, dilewati, dan terlewat; hari fokus; hari tidak di kantor; pesan yang diteruskan; gangguan per klien; tren minggu demi minggu) dan jawaban Anda atas tiga pertanyaan, yang dicatat oleh --productive, --obstacles, dan --changes. Aplikasi mengekspornya sebagai PDF satu halaman.</translation>
    </message>
    <message numerus="yes">
        <source>Evaluation of your plan since {since} (%n week(s)):</source>
        <translation>
            <numerusform>Evaluasi rencana Anda sejak {since} (%n minggu):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interruption(s)</source>
        <translation>
            <numerusform>%n gangguan</numerusform>
        </translation>
    </message>
    <message>
        <source>Mail-check windows: {kept} kept, {overrun} overrun ({minutes} min over), {skipped} skipped, {missed} missed ({share} kept)</source>
        <translation>Sesi cek email: {kept} ditepati, {overrun} terlalu lama ({minutes} menit lebih), {skipped} dilewati, {missed} terlewat ({share} ditepati)</translation>
    </message>
    <message>
        <source>Focus days kept: {focus}; away days: {away}; messages forwarded: {forwarded}; unscheduled checks: {unscheduled}</source>
        <translation>Hari fokus ditepati: {focus}; hari tidak di kantor: {away}; pesan diteruskan: {forwarded}; cek tak terjadwal: {unscheduled}</translation>
    </message>
    <message>
        <source>Next evaluation: {day}.</source>
        <translation>Evaluasi berikutnya: {day}.</translation>
    </message>
    <message>
        <source>your answer to &apos;{question}&apos;</source>
        <translation>jawaban Anda atas &apos;{question}&apos;</translation>
    </message>
    <message>
        <source>Interruptions: {count}</source>
        <translation>Gangguan: {count}</translation>
    </message>
    <message>
        <source>(not answered yet)</source>
        <translation>(belum dijawab)</translation>
    </message>
    <message>
        <source>{kept}/{windows} kept ({share}), </source>
        <translation>{kept}/{windows} ditepati ({share}), </translation>
    </message>
    <message>
        <source>{path} is a folder, but Boundary keeps its settings in a file of that name; move the folder away and try again. Nothing was changed.</source>
        <translation>{path} adalah folder, padahal Boundary menyimpan pengaturannya dalam file bernama itu; pindahkan folder tersebut lalu coba lagi. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>A folder stood where Boundary keeps its journal; it was moved to {aside} and Boundary started a new journal.</source>
        <translation>Ada folder di tempat Boundary menyimpan jurnalnya; folder itu dipindahkan ke {aside} dan Boundary memulai jurnal baru.</translation>
    </message>
    <message>
        <source>The journal could not be read ({detail}); it was kept as {aside} and Boundary started a new journal.</source>
        <translation>Jurnal tidak dapat dibaca ({detail}); jurnal itu disimpan sebagai {aside} dan Boundary memulai jurnal baru.</translation>
    </message>
    <message>
        <source>Boundary cannot read its profile {path}: {detail}. Nothing was changed.</source>
        <translation>Boundary tidak dapat membaca profilnya {path}: {detail}. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Boundary cannot write its profile {path}: {detail}. Nothing was changed.</source>
        <translation>Boundary tidak dapat menulis profilnya {path}: {detail}. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The journal was written by a newer version of Boundary, so this version only reads it and changes nothing; update Boundary ({path}).</source>
        <translation>Jurnal ditulis oleh versi Boundary yang lebih baru, jadi versi ini hanya membacanya dan tidak mengubah apa pun; perbarui Boundary ({path}).</translation>
    </message>
    <message>
        <source>The journal was written by a newer version of Boundary, so this version cannot do this and changes nothing; update Boundary ({path}).</source>
        <translation>Jurnal ditulis oleh versi Boundary yang lebih baru, jadi versi ini tidak dapat melakukannya dan tidak mengubah apa pun; perbarui Boundary ({path}).</translation>
    </message>
    <message>
        <source>Another program is using the journal {path}; Boundary waited {seconds} seconds. Close that program and try again; nothing was changed.</source>
        <translation>Program lain sedang memakai jurnal {path}; Boundary sudah menunggu {seconds} detik. Tutup program itu lalu coba lagi; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The journal {path} is damaged ({detail}); nothing was recorded. Boundary sets it aside the next time it starts.</source>
        <translation>Jurnal {path} rusak ({detail}); tidak ada yang dicatat. Boundary akan menyisihkannya saat dijalankan lagi.</translation>
    </message>
    <message>
        <source>Boundary cannot use its journal {path}: {detail}.</source>
        <translation>Boundary tidak dapat memakai jurnalnya {path}: {detail}.</translation>
    </message>
    <message>
        <source>Argument {number} ({shown}) is not valid UTF-8 text; type it again in UTF-8. Nothing was changed.</source>
        <translation>Argumen {number} ({shown}) bukan teks UTF-8 yang valid; ketik ulang dalam UTF-8. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>penggunaan: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumen posisi</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opsi</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>tampilkan bantuan ini lalu keluar</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>tampilkan nomor versi lalu keluar</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: galat: %(message)s
</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>argumen berikut wajib diisi: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>argumen tidak dikenal: %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>perlu satu argumen</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumen %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>pilihan tidak valid: %(value)r (pilih dari %(choices)s)</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>tidak boleh bersama argumen %s</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>opsi ambigu: %(option)s bisa berarti %(matches)s</translation>
    </message>
    <message>
        <source>unknown (no account can tell; counted as available)</source>
        <translation>tidak diketahui (tidak ada akun yang bisa memastikan; dihitung tersedia)</translation>
    </message>
    <message>
        <source>Show whether you are available, away or on a focus day, the mail check open now (with the time left) or the next one, and each account&apos;s reply (desired and actual) with the last push result. With --json each account also has &apos;channels&apos;: {name: {desired, actual, status}} for the reply and every other channel it keeps (&apos;forward&apos;: forwarding to the backup). It does not open or record a mail check. It shows what was last known and sends only what was not sent yet; --refresh asks every account now.</source>
        <translation>Menampilkan apakah Anda tersedia, tidak di kantor, atau sedang hari fokus, cek email yang terbuka sekarang (dengan sisa waktunya) atau yang berikutnya, dan balasan tiap akun (yang diinginkan dan yang sebenarnya) beserta hasil pengiriman terakhir. Dengan --json setiap akun juga memiliki &apos;channels&apos;: {nama: {desired, actual, status}} untuk balasan dan setiap saluran lain yang dijaganya (&apos;forward&apos;: penerusan ke pengganti). Perintah ini tidak membuka atau mencatat cek email. Perintah ini menampilkan yang terakhir diketahui dan hanya mengirim yang belum terkirim; --refresh menanyai setiap akun sekarang.</translation>
    </message>
    <message>
        <source>away until {until} (their own auto-reply, says {source})</source>
        <translation>tidak di kantor sampai {until} (balasan otomatis mereka sendiri, menurut {source})</translation>
    </message>
    <message>
        <source>away (their own auto-reply, says {source})</source>
        <translation>tidak di kantor (balasan otomatis mereka sendiri, menurut {source})</translation>
    </message>
    <message>
        <source>your backups in order, and whether each can cover</source>
        <translation>pengganti Anda secara berurutan, dan apakah masing-masing bisa menggantikan</translation>
    </message>
    <message>
        <source>List the backups roster in order with each one&apos;s availability (available, away until …, or unknown) and where that came from: an account&apos;s server (their own auto-reply) or your own mark. Mark a backup unavailable through a day with --unavailable NAME --until DAY.</source>
        <translation>Tampilkan daftar pengganti Anda secara berurutan beserta ketersediaan masing-masing (tersedia, tidak di kantor sampai …, atau tidak diketahui) dan asal informasinya: server sebuah akun (balasan otomatis mereka sendiri) atau tanda dari Anda sendiri. Tandai pengganti tidak tersedia sampai suatu hari dengan --unavailable NAMA --until HARI.</translation>
    </message>
    <message>
        <source>mark a backup unavailable (ill, on leave) through the day given with --until</source>
        <translation>tandai pengganti tidak tersedia (sakit, cuti) sampai hari yang diberikan dengan --until</translation>
    </message>
    <message>
        <source>mark a backup available again</source>
        <translation>tandai pengganti tersedia lagi</translation>
    </message>
    <message>
        <source>with --unavailable: their last day away, e.g. friday</source>
        <translation>dengan --unavailable: hari terakhir mereka tidak ada, misalnya jumat</translation>
    </message>
    <message>
        <source>do not ask the mail servers; show what is known</source>
        <translation>jangan tanya server email; tampilkan yang sudah diketahui</translation>
    </message>
    <message>
        <source>--until goes with --unavailable NAME.</source>
        <translation>--until dipakai bersama --unavailable NAMA.</translation>
    </message>
    <message>
        <source>Say through which day with --until, for example --until friday.</source>
        <translation>Sebutkan sampai hari apa dengan --until, misalnya --until friday.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not in your backups roster (backups: {known}).</source>
        <translation>‘{name}’ tidak ada di daftar pengganti Anda (pengganti: {known}).</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not in your backups roster (backups: none yet).</source>
        <translation>‘{name}’ tidak ada di daftar pengganti Anda (belum ada pengganti).</translation>
    </message>
    <message>
        <source>{name} is marked unavailable through {day}.</source>
        <translation>{name} ditandai tidak tersedia sampai {day}.</translation>
    </message>
    <message>
        <source>unavailable until {until} (marked by hand)</source>
        <translation>tidak tersedia sampai {until} (ditandai manual)</translation>
    </message>
    <message>
        <source>unavailable (marked by hand)</source>
        <translation>tidak tersedia (ditandai manual)</translation>
    </message>
    <message>
        <source>Your backups roster is empty; add colleagues in Settings → Backups.</source>
        <translation>Daftar pengganti Anda kosong; tambahkan rekan kerja di Pengaturan → Pengganti.</translation>
    </message>
    <message>
        <source>None of them is available: the reply names nobody, nothing is forwarded.</source>
        <translation>Tidak ada yang tersedia: balasan tidak menyebut siapa pun, tidak ada yang diteruskan.</translation>
    </message>
    <message>
        <source>{name} is marked available.</source>
        <translation>{name} ditandai tersedia.</translation>
    </message>
    <message>
        <source>available (their auto-reply is off, says {source})</source>
        <translation>tersedia (balasan otomatis mereka mati, menurut {source})</translation>
    </message>
    <message>
        <source>covers now</source>
        <translation>menggantikan sekarang</translation>
    </message>
    <message>
        <source>--until {day} is in the past.</source>
        <translation>--until {day} sudah lewat.</translation>
    </message>
    <message>
        <source>week</source>
        <translation>minggu</translation>
    </message>
    <message>
        <source>from</source>
        <translation>dari</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>tepat</translation>
    </message>
    <message>
        <source>overrun</source>
        <translation>lewat</translation>
    </message>
    <message>
        <source>min over</source>
        <translation>mnt lewat</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>dilewati</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>terlewat</translation>
    </message>
    <message>
        <source>snoozed</source>
        <translation>ditunda</translation>
    </message>
    <message>
        <source>unsched.</source>
        <translation>tak terj.</translation>
    </message>
    <message>
        <source>fwd</source>
        <translation>terus.</translation>
    </message>
    <message>
        <source>away</source>
        <translation>absen</translation>
    </message>
    <message>
        <source>focus</source>
        <translation>fokus</translation>
    </message>
    <message>
        <source>intr.</source>
        <translation>ganggu.</translation>
    </message>
    <message>
        <source>None of your accounts can list mail. Add one with &apos;boundary accounts add KIND NAME&apos; (see &apos;boundary providers&apos; for the kinds).</source>
        <translation>Tidak ada akun Anda yang bisa menampilkan email. Tambahkan satu dengan ‘boundary accounts add JENIS NAMA’ (lihat ‘boundary providers’ untuk jenisnya).</translation>
    </message>
    <message>
        <source>the record, week by week</source>
        <translation>catatan Anda, minggu demi minggu</translation>
    </message>
    <message>
        <source>Mail-check windows kept, overrun, skipped and missed, unscheduled checks, messages forwarded, away days, focus days and interruptions, per week (Monday to Sunday) in the profile&apos;s time zone, with totals and the interruptions per client.</source>
        <translation>Cek email yang ditepati, terlalu lama, dilewati dan terlewat, cek di luar jadwal, pesan yang diteruskan, hari absen, hari fokus dan gangguan, per minggu (Senin sampai Minggu) dalam zona waktu profil, dengan total dan gangguan per klien.</translation>
    </message>
    <message>
        <source>new mail since the last check, across accounts</source>
        <translation>email baru sejak cek terakhir, dari semua akun</translation>
    </message>
    <message>
        <source>List the mail that arrived since the last mail check (or in the last 24 hours) on every account that can list mail, newest first. It only looks: it does not count as a check.</source>
        <translation>Tampilkan email yang masuk sejak cek email terakhir (atau dalam 24 jam terakhir) di setiap akun yang bisa menampilkan email, yang terbaru dulu. Ini hanya melihat: tidak dihitung sebagai cek email.</translation>
    </message>
    <message>
        <source>Interruptions (unplanned calls, chats, visits) per client:</source>
        <translation>Gangguan (panggilan, obrolan, kunjungan tak terencana) per klien:</translation>
    </message>
    <message numerus="yes">
        <source>{rate} a week over %n week(s)</source>
        <translation>
            <numerusform>{rate} per minggu selama %n minggu</numerusform>
        </translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source>{whole}.{tenth}</source>
        <translation>{whole},{tenth}</translation>
    </message>
    <message>
        <source>{account}: could not be checked — {reason}</source>
        <translation>{account}: tidak dapat diperiksa — {reason}</translation>
    </message>
    <message>
        <source>how many weeks, up to this one (default: {weeks})</source>
        <translation>berapa minggu, sampai minggu ini (bawaan: {weeks})</translation>
    </message>
    <message>
        <source>--weeks must be a number from 1 to {most}, not {weeks}.</source>
        <translation>--weeks harus berupa angka dari 1 sampai {most}, bukan {weeks}.</translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s) since {when}.</source>
        <translation>
            <numerusform>%n pesan baru sejak {when}.</numerusform>
        </translation>
    </message>
    <message>
        <source>No new messages since {when}.</source>
        <translation>Tidak ada pesan baru sejak {when}.</translation>
    </message>
    <message>
        <source>Boundary reads &apos;now&apos;; a day (&apos;today&apos;, &apos;tomorrow&apos;, &apos;fri&apos;) with or without a time (&apos;fri 9:00&apos;, &apos;tomorrow 8am&apos;, &apos;noon&apos;); a time alone (&apos;14:30&apos;); a date (&apos;2026-12-01&apos;, &apos;2026-12-01 09:00&apos;); and a span from now (&apos;in 2 hours&apos;, &apos;in 3 days&apos;).</source>
        <translation>Boundary membaca &apos;sekarang&apos;; hari (&apos;hari ini&apos;, &apos;besok&apos;, &apos;jum&apos;, &apos;senin depan&apos;) dengan atau tanpa jam (&apos;jum 09.00&apos;, &apos;besok pukul 08.00&apos;, &apos;tengah hari&apos;); jam saja (&apos;14.30&apos;); tanggal (&apos;2026-12-01&apos;, &apos;2026-12-01 09:00&apos;); dan rentang dari sekarang (&apos;2 jam lagi&apos;, &apos;dalam 3 hari&apos;). Bahasa Inggris (&apos;tomorrow 9:00&apos;) juga bisa.</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Sen</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Sel</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Rab</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Kam</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Jum</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sab</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>Jan</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>Feb</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>Mar</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>Apr</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mei</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>Jun</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>Jul</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>Agu</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>Sep</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>Okt</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>Nov</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>Des</translation>
    </message>
    <message>
        <source>{day} {month}</source>
        <translation>{number} {month}</translation>
    </message>
    <message>
        <source>Please type when, for example &apos;2026-12-01 09:00&apos;, &apos;tomorrow 9:00&apos; or &apos;monday 8am&apos;.</source>
        <translation>Ketik kapan, misalnya &apos;2026-12-01 09:00&apos;, &apos;besok 09.00&apos; atau &apos;senin 08.00&apos;.</translation>
    </message>
    <message>
        <source>{weekday} {day} {month} {year}</source>
        <translation>{weekday}, {number} {month} {year}</translation>
    </message>
    <message>
        <source>{weekday} {day} {month}</source>
        <translation>{weekday}, {number} {month}</translation>
    </message>
    <message>
        <source>{hour}:{minute}</source>
        <translation>{hour}.{minute}</translation>
    </message>
    <message>
        <source>{weekday} {time}</source>
        <translation>{weekday} {time}</translation>
    </message>
    <message>
        <source>your organisation refuses to forward outside it.</source>
        <translation>organisasi Anda menolak meneruskan ke luar organisasi.</translation>
    </message>
    <message>
        <source>Choose a colleague at {inside} as your backup, not one at {outside}.</source>
        <translation>Pilih rekan di {inside} sebagai pengganti Anda, bukan di {outside}.</translation>
    </message>
    <message>
        <source>mail forwarded to {to} bounced (5.7.520)</source>
        <translation>email yang diteruskan ke {to} terpental (5.7.520)</translation>
    </message>
    <message>
        <source>Choose a colleague inside your organisation as your backup.</source>
        <translation>Pilih rekan di dalam organisasi Anda sebagai pengganti Anda.</translation>
    </message>
    <message>
        <source>mail forwarded to {to} bounced on {when} (5.7.520)</source>
        <translation>email yang diteruskan ke {to} terpental pada {when} (5.7.520)</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a time of day; use a time like 10:00.</source>
        <translation>‘{text}’ bukan jam; gunakan jam seperti 10:00.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a day or a range of days; use e.g. mon-fri.</source>
        <translation>‘{text}’ bukan hari atau rentang hari; gunakan misalnya mon-fri.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a day of the week; use mon, tue, wed, thu, fri, sat or sun.</source>
        <translation>‘{text}’ bukan nama hari; gunakan mon, tue, wed, thu, fri, sat atau sun.</translation>
    </message>
    <message>
        <source>{flag} is {value}; use a number from {low} to {high}.</source>
        <translation>{flag} bernilai {value}; gunakan angka dari {low} sampai {high}.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>show or change the mail-check plan and focus days</source>
        <translation>tampilkan atau ubah rencana cek email dan hari fokus</translation>
    </message>
    <message>
        <source>Show the mail-check plan, or change what the flags name. Times and days are in the profile&apos;s time zone. Every value is checked first: a bad one is reported and nothing is changed.</source>
        <translation>Tampilkan rencana cek email, atau ubah yang disebut opsi. Jam dan hari mengikuti zona waktu profil. Setiap nilai diperiksa dulu: nilai yang salah dilaporkan dan tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>upcoming mail-check windows and focus days</source>
        <translation>cek email dan hari fokus yang akan datang</translation>
    </message>
    <message>
        <source>Mail-check windows and focus days, each with its start and end in the profile&apos;s time zone and in UTC (in brackets); --json gives both as ISO 8601 with their UTC offsets.</source>
        <translation>Cek email dan hari fokus, masing-masing dengan awal dan akhirnya dalam zona waktu profil dan dalam UTC (dalam kurung); --json memberikan keduanya sebagai ISO 8601 dengan selisih UTC-nya.</translation>
    </message>
    <message>
        <source>window start times, e.g. 10:00,16:00</source>
        <translation>jam mulai cek email, misalnya 10:00,16:00</translation>
    </message>
    <message>
        <source>how long each window lasts (1-240)</source>
        <translation>berapa lama setiap cek email berlangsung, dalam menit (1-240)</translation>
    </message>
    <message>
        <source>days with mail checks: mon-fri, mon,wed,fri, none</source>
        <translation>hari dengan cek email: mon-fri, mon,wed,fri, none</translation>
    </message>
    <message>
        <source>minutes of warning before a window (0-120)</source>
        <translation>menit peringatan sebelum cek email (0-120)</translation>
    </message>
    <message>
        <source>focus days (wed, or mon,thu), or none to clear</source>
        <translation>hari fokus (wed, atau mon,thu), atau none untuk menghapus</translation>
    </message>
    <message>
        <source>days without mail checks, e.g. 2026-12-24,2026-12-31 (replaces the list; none clears it)</source>
        <translation>hari tanpa cek email, misalnya 2026-12-24,2026-12-31 (mengganti daftar; none mengosongkannya)</translation>
    </message>
    <message>
        <source>the profile&apos;s time zone</source>
        <translation>zona waktu profil</translation>
    </message>
    <message>
        <source>--skip-dates needs dates such as 2026-12-24, or none to clear them.</source>
        <translation>--skip-dates memerlukan tanggal seperti 2026-12-24, atau none untuk mengosongkannya.</translation>
    </message>
    <message>
        <source>{flag} holds a day that is not a day of the week.</source>
        <translation>{flag} berisi hari yang bukan nama hari.</translation>
    </message>
    <message numerus="yes">
        <source>{flag} has windows at {earlier} and {later}, which overlap: windows last %n minute(s), so their start times must be at least that far apart.</source>
        <translation>
            <numerusform>{flag} memiliki cek email pada {earlier} dan {later}, yang tumpang tindih: cek email berlangsung %n menit, jadi jam mulainya harus berjarak setidaknya sejauh itu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Focus days: none.</source>
        <translation>Hari fokus: tidak ada.</translation>
    </message>
    <message>
        <source>first day (default: today), e.g. 2026-12-01</source>
        <translation>hari pertama (bawaan: hari ini), misalnya 2026-12-01</translation>
    </message>
    <message>
        <source>Plan saved.</source>
        <translation>Rencana disimpan.</translation>
    </message>
    <message>
        <source>The plan already was like that.</source>
        <translation>Rencananya memang sudah begitu.</translation>
    </message>
    <message numerus="yes">
        <source>{flag} has windows at {earlier} and {later}, which overlap: windows last %n minute(s), so their start times must be at least that far apart (across midnight).</source>
        <translation>
            <numerusform>{flag} memiliki cek email pada {earlier} dan {later}, yang tumpang tindih: cek email berlangsung %n menit, jadi jam mulainya harus berjarak setidaknya sejauh itu (melewati tengah malam).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mail checks: {times} for %n minute(s), {weekdays} ({timezone}).</source>
        <translation>
            <numerusform>Cek email: {times} selama %n menit, {weekdays} ({timezone}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reminder %n minute(s) before.</source>
        <translation>
            <numerusform>Pengingat %n menit sebelumnya.</numerusform>
        </translation>
    </message>
    <message>
        <source>Focus days: {days}.</source>
        <translation>Hari fokus: {days}.</translation>
    </message>
    <message>
        <source>{first} to {last}, {timezone} (UTC in brackets):</source>
        <translation>{first} sampai {last}, {timezone} (UTC dalam kurung):</translation>
    </message>
    <message>
        <source>No mail checks and no focus days.</source>
        <translation>Tidak ada cek email dan tidak ada hari fokus.</translation>
    </message>
    <message>
        <source>{flag} is empty; give days such as {example}, or none for no days.</source>
        <translation>{flag} kosong; berikan hari seperti {example}, atau none untuk tanpa hari.</translation>
    </message>
    <message>
        <source>--times needs at least one time, such as 10:00.</source>
        <translation>--times memerlukan setidaknya satu jam, seperti 10:00.</translation>
    </message>
    <message>
        <source>--times lists the same time twice.</source>
        <translation>--times menyebut jam yang sama dua kali.</translation>
    </message>
    <message>
        <source>&apos;{timezone}&apos; is not a time zone; use a name like &apos;Europe/Amsterdam&apos;.</source>
        <translation>‘{timezone}’ bukan zona waktu; gunakan nama seperti ‘Asia/Jakarta’.</translation>
    </message>
    <message>
        <source>Skipped dates: {dates}.</source>
        <translation>Tanggal yang dilewati: {dates}.</translation>
    </message>
    <message>
        <source>Next focus day: {when}.</source>
        <translation>Hari fokus berikutnya: {when}.</translation>
    </message>
    <message>
        <source>how many days (default: {days}, at most {most})</source>
        <translation>berapa hari (bawaan: {days}, paling banyak {most})</translation>
    </message>
    <message>
        <source>--days is {days}; use a number from 1 to {most}.</source>
        <translation>--days bernilai {days}; gunakan angka dari 1 sampai {most}.</translation>
    </message>
    <message>
        <source>{flag} takes a whole number of minutes, not &apos;{text}&apos;.</source>
        <translation>{flag} memerlukan bilangan bulat menit, bukan ‘{text}’.</translation>
    </message>
    <message>
        <source>--skip-dates lists {day} twice.</source>
        <translation>--skip-dates menyebut {day} dua kali.</translation>
    </message>
    <message>
        <source>focus day ({utc})</source>
        <translation>hari fokus ({utc})</translation>
    </message>
    <message>
        <source>--days takes a whole number of days, not &apos;{text}&apos;.</source>
        <translation>--days memerlukan bilangan bulat hari, bukan ‘{text}’.</translation>
    </message>
    <message>
        <source>--skip-dates: &apos;{text}&apos; is not a date; use dates like 2026-12-24.</source>
        <translation>--skip-dates: ‘{text}’ bukan tanggal; gunakan tanggal seperti 2026-12-24.</translation>
    </message>
    <message>
        <source>The profile is valid (written by a newer Boundary: read-only): {path}</source>
        <translation>Profil valid (ditulis oleh Boundary yang lebih baru: hanya-baca): {path}</translation>
    </message>
    <message>
        <source>The profile is valid: {path}</source>
        <translation>Profil valid: {path}</translation>
    </message>
    <message>
        <source>where the profile is; check it</source>
        <translation>lokasi profil; periksa profil</translation>
    </message>
    <message>
        <source>print the profile&apos;s path</source>
        <translation>tampilkan path profil</translation>
    </message>
    <message>
        <source>check the profile; name the line that is wrong</source>
        <translation>periksa profil; sebutkan baris yang salah</translation>
    </message>
    <message>
        <source>There is no profile yet at {path}; start Boundary to make one.</source>
        <translation>Belum ada profil di {path}; jalankan Boundary untuk membuatnya.</translation>
    </message>
    <message>
        <source>the message templates, with a preview for your profile</source>
        <translation>templat pesan, dengan pratinjau untuk profil Anda</translation>
    </message>
    <message>
        <source>List the message templates of a language with what colleagues and everyone else would receive: your name, your first backup, and a return a week from now. Edit them in Settings → Templates. Languages: {languages}.</source>
        <translation>Tampilkan templat pesan suatu bahasa dengan apa yang akan diterima rekan kerja dan orang lain: nama Anda, pengganti pertama Anda, dan kembali seminggu dari sekarang. Ubah di Pengaturan → Templat. Bahasa: {languages}.</translation>
    </message>
    <message>
        <source>the templates&apos; language (default: your reply language)</source>
        <translation>bahasa templat (bawaan: bahasa balasan Anda)</translation>
    </message>
    <message>
        <source>To colleagues:</source>
        <translation>Untuk rekan kerja:</translation>
    </message>
    <message>
        <source>To everyone else:</source>
        <translation>Untuk orang lain:</translation>
    </message>
    <message>
        <source>Templates in {language}, as you would send them now:</source>
        <translation>Templat ({language}), seperti yang akan Anda kirim sekarang:</translation>
    </message>
    <message>
        <source>(the same as to colleagues)</source>
        <translation>(sama seperti untuk rekan kerja)</translation>
    </message>
    <message>
        <source>(edited)</source>
        <translation>(diubah)</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>name@example.com</source>
        <translation>nama@example.com</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Kepada:</translation>
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation>Su&amp;bjek:</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Pesan</translation>
    </message>
    <message>
        <source>&amp;Copy text</source>
        <translation>&amp;Salin teks</translation>
    </message>
    <message>
        <source>Send from</source>
        <translation>Kirim dari</translation>
    </message>
    <message>
        <source>Send &amp;from:</source>
        <translation>Kirim &amp;dari:</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>Kiri&amp;m</translation>
    </message>
    <message>
        <source>None of your accounts can send mail: copy the text into your mail.</source>
        <translation>Tidak ada akun Anda yang dapat mengirim email: salin teksnya ke email Anda.</translation>
    </message>
    <message>
        <source>The text is on the clipboard.</source>
        <translation>Teks sudah disalin ke papan klip.</translation>
    </message>
    <message>
        <source>Sending to %1…</source>
        <translation>Mengirim ke %1…</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Tidak terkirim: %1</translation>
    </message>
    <message>
        <source>Sent to %1.</source>
        <translation>Terkirim ke %1.</translation>
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
        <translation>Gagal mengirim pengaturan balasan: %s</translation>
    </message>
</context>
<context>
    <name>CoverText</name>
    <message>
        <source>auto-reply</source>
        <translation>balasan otomatis</translation>
    </message>
    <message>
        <source>forwarding</source>
        <translation>penerusan</translation>
    </message>
    <message>
        <source>chat status</source>
        <translation>status obrolan</translation>
    </message>
    <message>
        <source>calendar</source>
        <translation>kalender</translation>
    </message>
    <message>
        <source>available</source>
        <translation>ada</translation>
    </message>
    <message>
        <source>marked away</source>
        <translation>ditandai tidak ada</translation>
    </message>
    <message>
        <source>marked away until %1</source>
        <translation>ditandai tidak ada sampai %1</translation>
    </message>
    <message>
        <source>own auto-reply is on</source>
        <translation>balasan otomatisnya sendiri aktif</translation>
    </message>
    <message>
        <source>own auto-reply is on until %1</source>
        <translation>balasan otomatisnya sendiri aktif sampai %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1&apos;s own auto-reply is on</source>
        <translation>Balasan otomatis %1 sendiri aktif</translation>
    </message>
    <message>
        <source>%1&apos;s own auto-reply is on until %2</source>
        <translation>Balasan otomatis %1 sendiri aktif sampai %2</translation>
    </message>
    <message>
        <source> — %1 covers instead</source>
        <translation> — %1 yang menggantikan</translation>
    </message>
    <message>
        <source> — nobody else is available</source>
        <translation> — tidak ada orang lain yang ada</translation>
    </message>
    <message>
        <source>Availability unknown: no account can tell; counted as available.</source>
        <translation>Ketersediaan tidak diketahui: tidak ada akun yang bisa memberi tahu; dianggap ada.</translation>
    </message>
    <message>
        <source>Says %1.</source>
        <translation>Menurut %1.</translation>
    </message>
    <message>
        <source>%1 is away, and nobody else in your roster is available.</source>
        <translation>%1 tidak ada, dan tidak ada orang lain di daftar Anda yang ada.</translation>
    </message>
    <message>
        <source>%1 is away: %2 covers instead.</source>
        <translation>%1 tidak ada: %2 yang menggantikan.</translation>
    </message>
    <message>
        <source>None of your backups is available, so nothing is forwarded until one is.</source>
        <translation>Tidak ada pengganti Anda yang ada, jadi tidak ada yang diteruskan sampai ada yang ada.</translation>
    </message>
    <message>
        <source>%1 cannot forward mail by itself, so its mail is not forwarded.</source>
        <translation>%1 tidak bisa meneruskan email sendiri, jadi emailnya tidak diteruskan.</translation>
    </message>
    <message>
        <source>%1 forwards only while Boundary runs at the start and the end of the period: it switches the forwarding on and off then.</source>
        <translation>%1 hanya meneruskan jika Boundary berjalan di awal dan akhir periode: Boundary menyalakan dan mematikan penerusan saat itu.</translation>
    </message>
    <message>
        <source>%1 is outside the organisation of %2, which may block forwarding there (bounce 5.7.520); a backup inside it is safer.</source>
        <translation>%1 berada di luar organisasi %2, yang mungkin memblokir penerusan ke sana (bounce 5.7.520); pengganti di dalam organisasi lebih aman.</translation>
    </message>
    <message numerus="yes">
        <source>Away on %n account(s)</source>
        <translation>
            <numerusform>Tidak ada di %n akun</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 di %2</translation>
    </message>
    <message>
        <source>Choose a colleague at %1 as your backup, not one at %2.</source>
        <translation>Pilih rekan di %1 sebagai pengganti Anda, bukan di %2.</translation>
    </message>
    <message>
        <source>Choose a colleague inside your organisation as your backup.</source>
        <translation>Pilih rekan di dalam organisasi Anda sebagai pengganti Anda.</translation>
    </message>
    <message>
        <source>Mail forwarded to %1 bounced (5.7.520)</source>
        <translation>Email yang diteruskan ke %1 terpental (5.7.520)</translation>
    </message>
    <message>
        <source>Mail forwarded to %1 bounced on %2 (5.7.520)</source>
        <translation>Email yang diteruskan ke %1 terpental pada %2 (5.7.520)</translation>
    </message>
    <message>
        <source>: your organisation refuses to forward outside it.</source>
        <translation>: organisasi Anda menolak meneruskan ke luar organisasi.</translation>
    </message>
    <message>
        <source>%1: forwarding to %2 bounced; choose a colleague at %3</source>
        <translation>%1: penerusan ke %2 terpental; pilih rekan di %3</translation>
    </message>
    <message>
        <source>%1: forwarding to %2 bounced; choose a colleague inside</source>
        <translation>%1: penerusan ke %2 terpental; pilih rekan di dalam organisasi</translation>
    </message>
</context>
<context>
    <name>FileText</name>
    <message>
        <source>A folder stood where Boundary keeps its journal. It was moved to %1 and Boundary started a new journal.</source>
        <translation>Ada folder di tempat Boundary menyimpan jurnalnya. Folder itu dipindahkan ke %1 dan Boundary memulai jurnal baru.</translation>
    </message>
    <message>
        <source>Boundary&apos;s journal could not be read (%1). It was kept as %2 and Boundary started a new journal.</source>
        <translation>Jurnal Boundary tidak dapat dibaca (%1). Jurnal itu disimpan sebagai %2 dan Boundary memulai jurnal baru.</translation>
    </message>
    <message>
        <source>Your journal was written by a newer version of Boundary. This version shows what it holds but records nothing and sends no replies; update Boundary.</source>
        <translation>Jurnal Anda ditulis oleh versi Boundary yang lebih baru. Versi ini menampilkan isinya, tetapi tidak mencatat apa pun dan tidak mengirim balasan; perbarui Boundary.</translation>
    </message>
    <message>
        <source>Your journal was written by a newer version of Boundary, so this version cannot do this; update Boundary. Nothing was changed.</source>
        <translation>Jurnal Anda ditulis oleh versi Boundary yang lebih baru, sehingga versi ini tidak dapat melakukannya; perbarui Boundary. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Another program is using Boundary&apos;s journal (%1). Boundary waited %2 seconds; close that program and try again. Nothing was changed.</source>
        <translation>Program lain sedang memakai jurnal Boundary (%1). Boundary sudah menunggu %2 detik; tutup program itu lalu coba lagi. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Boundary&apos;s journal is damaged (%1); nothing was recorded. Boundary sets it aside the next time it starts.</source>
        <translation>Jurnal Boundary rusak (%1); tidak ada yang dicatat. Boundary akan menyisihkannya saat dijalankan lagi.</translation>
    </message>
    <message>
        <source>Boundary cannot use its journal %1: %2.</source>
        <translation>Boundary tidak dapat memakai jurnalnya %1: %2.</translation>
    </message>
    <message>
        <source>%1 is a folder, but Boundary keeps its settings in a file of that name. Move the folder away and start Boundary again.</source>
        <translation>%1 adalah folder, padahal Boundary menyimpan pengaturannya dalam berkas dengan nama itu. Pindahkan folder itu dan jalankan Boundary lagi.</translation>
    </message>
    <message>
        <source>Boundary cannot read its settings file %1: %2.</source>
        <translation>Boundary tidak dapat membaca berkas pengaturannya %1: %2.</translation>
    </message>
    <message>
        <source>Boundary cannot write its settings file %1: %2. Nothing was changed.</source>
        <translation>Boundary tidak dapat menyimpan berkas pengaturannya %1: %2. Tidak ada yang diubah.</translation>
    </message>
</context>
<context>
    <name>ForwardDialog</name>
    <message>
        <source>Forward to backup</source>
        <translation>Teruskan ke pengganti</translation>
    </message>
    <message>
        <source>“%1” from %2</source>
        <translation>“%1” dari %2</translation>
    </message>
    <message>
        <source>Optional: what you would like them to do</source>
        <translation>Opsional: apa yang perlu mereka lakukan</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Kepada:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Catatan:</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Teruskan</translation>
    </message>
</context>
<context>
    <name>FoundText</name>
    <message>
        <source>%1 already has an auto-reply until %2, set outside Boundary</source>
        <translation>%1 sudah punya balasan otomatis sampai %2, diatur di luar Boundary</translation>
    </message>
    <message>
        <source>%1 already has an auto-reply, set outside Boundary</source>
        <translation>%1 sudah punya balasan otomatis, diatur di luar Boundary</translation>
    </message>
    <message>
        <source>Go away replaces the auto-reply %1 already has (until %2), set outside Boundary.</source>
        <translation>Tidak di kantor akan menggantikan balasan otomatis yang sudah ada di %1 (sampai %2), yang diatur di luar Boundary.</translation>
    </message>
    <message>
        <source>Go away replaces the auto-reply %1 already has, set outside Boundary.</source>
        <translation>Tidak di kantor akan menggantikan balasan otomatis yang sudah ada di %1, yang diatur di luar Boundary.</translation>
    </message>
    <message>
        <source>%1 no longer holds an auto-reply set outside Boundary; nothing was changed.</source>
        <translation>%1 tidak lagi punya balasan otomatis dari luar Boundary; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>You already have an away period, and keeping this reply would replace it. Use Go away to change your period, or leave the reply of %1 alone.</source>
        <translation>Anda sudah punya periode tidak di kantor, dan mempertahankan balasan ini akan menggantikannya. Ubah periode Anda lewat Tidak di kantor, atau biarkan balasan %1 apa adanya.</translation>
    </message>
    <message>
        <source>%1 hold different auto-replies, and one away period cannot keep them all: keep one and leave the others alone.</source>
        <translation>%1 punya balasan otomatis yang berbeda, dan satu periode tidak di kantor tidak bisa mempertahankan semuanya: pertahankan satu dan biarkan yang lain apa adanya.</translation>
    </message>
</context>
<context>
    <name>GoAwayDialog</name>
    <message>
        <source>Go away — Boundary</source>
        <translation>Tidak di kantor — Boundary</translation>
    </message>
    <message>
        <source>An auto-repl&amp;y</source>
        <translation>Balasan otomatis (&amp;y)</translation>
    </message>
    <message>
        <source>Auto-reply and forwardin&amp;g</source>
        <translation>Balasan dan penerusan (&amp;g)</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Isi pesan:</translation>
    </message>
    <message>
        <source>The same as for colleagues</source>
        <translation>Sama seperti untuk rekan kerja</translation>
    </message>
    <message>
        <source>T&amp;heir reason:</source>
        <translation>Alasan untuk &amp;mereka:</translation>
    </message>
    <message>
        <source>Go away</source>
        <translation>Aktifkan</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>I&apos;m &amp;back</source>
        <translation>Sa&amp;ya kembali</translation>
    </message>
    <message>
        <source>Why you are away (optional)</source>
        <translation>Alasan Anda tidak di kantor (opsional)</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Templat:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>A&amp;lasan:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Dari:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Sampai:</translation>
    </message>
    <message>
        <source>Times in %1</source>
        <translation>Waktu %1</translation>
    </message>
    <message>
        <source>Change your away period — Boundary</source>
        <translation>Ubah periode tidak di kantor — Boundary</translation>
    </message>
    <message>
        <source>Rest of today</source>
        <translation>Sisa hari ini</translation>
    </message>
    <message>
        <source>Until tomorrow morning</source>
        <translation>Sampai besok pagi</translation>
    </message>
    <message>
        <source>Until Monday</source>
        <translation>Sampai Senin</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Atur sendiri</translation>
    </message>
    <message>
        <source>&amp;Quick choice:</source>
        <translation>Pilihan &amp;cepat:</translation>
    </message>
    <message>
        <source>&amp;No end date</source>
        <translation>Ta&amp;npa tanggal akhir</translation>
    </message>
    <message>
        <source>The reply stays on until you come back from the tray menu.</source>
        <translation>Balasan tetap aktif sampai Anda memilih Saya kembali di menu baki sistem.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Bahasa:</translation>
    </message>
    <message>
        <source>&amp;Who covers:</source>
        <translation>&amp;Pengganti:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Add backup colleagues in Settings so your message can name who covers.</source>
        <translation>Tambahkan rekan pengganti di Pengaturan agar pesan Anda dapat menyebut siapa yang menggantikan.</translation>
    </message>
    <message>
        <source>Acc&amp;ounts:</source>
        <translation>A&amp;kun:</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Semua orang</translation>
    </message>
    <message>
        <source>How are people looked after?</source>
        <translation>Bagaimana orang dilayani?</translation>
    </message>
    <message>
        <source>Forward to the backu&amp;p, no reply</source>
        <translation>Teruskan ke &amp;pengganti, tanpa balasan</translation>
    </message>
    <message>
        <source>An auto-reply, and your mail is forwarded to the backup who covers.</source>
        <translation>Balasan otomatis, dan email Anda diteruskan ke pengganti yang bertugas.</translation>
    </message>
    <message>
        <source>Forwarding: none of your accounts can forward mail by itself.</source>
        <translation>Penerusan: tidak ada akun Anda yang bisa meneruskan email sendiri.</translation>
    </message>
    <message>
        <source>Forwarding: add a backup with an email address in Settings first.</source>
        <translation>Penerusan: tambahkan dulu pengganti dengan alamat email di Pengaturan.</translation>
    </message>
    <message>
        <source>My contacts only</source>
        <translation>Hanya kontak saya</translation>
    </message>
    <message>
        <source>Colleagues only</source>
        <translation>Hanya rekan kerja</translation>
    </message>
    <message>
        <source>&amp;Audience:</source>
        <translation>Pen&amp;erima:</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>What &amp;colleagues read</source>
        <translation>Yang dibaca &amp;rekan kerja</translation>
    </message>
    <message>
        <source>What &amp;everyone else reads</source>
        <translation>Yang dibaca &amp;orang lain</translation>
    </message>
    <message>
        <source>E&amp;dit the message</source>
        <translation>Ub&amp;ah pesan</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Subjek:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>S&amp;ubjek:</translation>
    </message>
    <message>
        <source>%1 cannot limit who gets the reply: everyone will get the external message.</source>
        <translation>%1 tidak dapat membatasi siapa yang menerima balasan: semua orang akan menerima pesan untuk orang lain.</translation>
    </message>
    <message>
        <source>%1 give everyone one subject: colleagues get this one there too.</source>
        <translation>%1 memberi semua orang satu subjek: rekan kerja di sana juga menerima subjek ini.</translation>
    </message>
    <message>
        <source>Choose at least one account to set the reply on.</source>
        <translation>Pilih minimal satu akun untuk mengaktifkan balasan.</translation>
    </message>
    <message>
        <source>No auto-reply is sent: mail goes to your backup, who answers it. The message below is kept in case you choose a reply again.</source>
        <translation>Tidak ada balasan otomatis yang dikirim: email diteruskan ke pengganti Anda, yang akan membalasnya. Pesan di bawah ini tetap disimpan jika Anda memilih balasan lagi.</translation>
    </message>
    <message numerus="yes">
        <source>Change the reply on %n account(s), no end date</source>
        <translation>
            <numerusform>Ubah balasan di %n akun, tanpa tanggal akhir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set the reply on %n account(s), no end date</source>
        <translation>
            <numerusform>Aktifkan balasan di %n akun, tanpa tanggal akhir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change the reply on %n account(s) until %1</source>
        <translation>
            <numerusform>Ubah balasan di %n akun sampai %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set the reply on %n account(s) until %1</source>
        <translation>
            <numerusform>Aktifkan balasan di %n akun sampai %1</numerusform>
        </translation>
    </message>
    <message>
        <source>your backup</source>
        <translation>pengganti Anda</translation>
    </message>
    <message numerus="yes">
        <source>Set the reply and forward to %1 on %n account(s) until %2</source>
        <translation>
            <numerusform>Pasang balasan dan teruskan ke %1 di %n akun sampai %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set the reply and forward to %1 on %n account(s), no end date</source>
        <translation>
            <numerusform>Pasang balasan dan teruskan ke %1 di %n akun, tanpa tanggal akhir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change the reply and forwarding to %1 on %n account(s) until %2</source>
        <translation>
            <numerusform>Ubah balasan dan penerusan ke %1 di %n akun sampai %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change the reply and forwarding to %1 on %n account(s), no end date</source>
        <translation>
            <numerusform>Ubah balasan dan penerusan ke %1 di %n akun, tanpa tanggal akhir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Forward mail to %1 on %n account(s) until %2</source>
        <translation>
            <numerusform>Teruskan email ke %1 di %n akun sampai %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Forward mail to %1 on %n account(s), no end date</source>
        <translation>
            <numerusform>Teruskan email ke %1 di %n akun, tanpa tanggal akhir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change the forwarding to %1 on %n account(s) until %2</source>
        <translation>
            <numerusform>Ubah penerusan ke %1 di %n akun sampai %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change the forwarding to %1 on %n account(s), no end date</source>
        <translation>
            <numerusform>Ubah penerusan ke %1 di %n akun, tanpa tanggal akhir</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 off</source>
        <translation>%1 mati</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The message for colleagues is %1 characters long; </source>
        <translation>Pesan untuk rekan kerja panjangnya %1 karakter; </translation>
    </message>
    <message>
        <source>The message for everyone else is %1 characters long; </source>
        <translation>Pesan untuk orang lain panjangnya %1 karakter; </translation>
    </message>
    <message>
        <source>most people stop reading long replies.</source>
        <translation>kebanyakan orang berhenti membaca balasan yang panjang.</translation>
    </message>
    <message>
        <source>Your reply could not be recorded: %1</source>
        <translation>Balasan Anda tidak dapat dicatat: %1</translation>
    </message>
    <message>
        <source>Placeholders: {name} your name, {return} when you are back, {backups} who covers, {reason} the reason, {calls} your scheduled call.</source>
        <translation>Isian otomatis: {name} nama Anda, {return} kapan Anda kembali, {backups} siapa pengganti Anda, {reason} alasannya, {calls} panggilan terjadwal Anda.</translation>
    </message>
</context>
<context>
    <name>IdentityTab</name>
    <message>
        <source>Your name signs your messages. The time zone sets when &quot;tomorrow morning&quot; is; type part of a city to find it.</source>
        <translation>Nama Anda menjadi tanda tangan pesan. Zona waktu menentukan kapan &quot;besok pagi&quot;; ketik sebagian nama kota untuk mencarinya.</translation>
    </message>
    <message>
        <source>Start Boundary &amp;when I sign in</source>
        <translation>Jalankan Boundary saat saya &amp;masuk</translation>
    </message>
    <message>
        <source>This system has no way for Boundary to start when you sign in.</source>
        <translation>Sistem ini tidak menyediakan cara agar Boundary berjalan saat Anda masuk.</translation>
    </message>
    <message>
        <source>How your messages are signed</source>
        <translation>Nama di akhir pesan Anda</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>anda@example.com</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opsional</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Ikuti sistem</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Te&amp;lepon:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Zona &amp;waktu:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Bahasa:</translation>
    </message>
    <message>
        <source>Your email &apos;%1&apos; is not an email address.</source>
        <translation>Email Anda &apos;%1&apos; bukan alamat email yang valid.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time zone; pick one from the list, like %2.</source>
        <translation>&apos;%1&apos; bukan zona waktu; pilih dari daftar, misalnya %2.</translation>
    </message>
    <message>
        <source>Boundary could not change starting when you sign in: %1</source>
        <translation>Boundary tidak dapat mengubah setelan berjalan otomatis saat Anda masuk: %1</translation>
    </message>
</context>
<context>
    <name>InterruptionDialog</name>
    <message>
        <source>Log an interruption — Boundary</source>
        <translation>Catat gangguan — Boundary</translation>
    </message>
    <message>
        <source>An unplanned call, chat or visit from a client. Statistics counts them per week and per client: the facts for a conversation about it.</source>
        <translation>Panggilan, pesan chat, atau kunjungan klien yang tidak direncanakan. Statistik menghitungnya per minggu dan per klien: fakta untuk membicarakannya.</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Catat</translation>
    </message>
    <message>
        <source>Client or contact</source>
        <translation>Klien atau kontak</translation>
    </message>
    <message>
        <source>A call</source>
        <translation>Panggilan telepon</translation>
    </message>
    <message>
        <source>A chat message</source>
        <translation>Pesan chat</translation>
    </message>
    <message>
        <source>A visit</source>
        <translation>Kunjungan</translation>
    </message>
    <message>
        <source>Optional, for yourself</source>
        <translation>Opsional, untuk Anda sendiri</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Siapa:</translation>
    </message>
    <message>
        <source>W&amp;hat:</source>
        <translation>&amp;Apa:</translation>
    </message>
    <message>
        <source>Whe&amp;n:</source>
        <translation>&amp;Kapan:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>Ca&amp;tatan:</translation>
    </message>
    <message>
        <source>Say who interrupted: the client&apos;s or contact&apos;s name.</source>
        <translation>Sebutkan siapa yang mengganggu: nama klien atau kontak.</translation>
    </message>
    <message>
        <source>That moment is still to come; log an interruption once it happened.</source>
        <translation>Waktu itu belum tiba; catat gangguan setelah terjadi.</translation>
    </message>
</context>
<context>
    <name>ListEditorPage</name>
    <message>
        <source>&amp;Add…</source>
        <translation>T&amp;ambah…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Ubah…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Naikkan</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Tu&amp;runkan</translation>
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
        <translation>Jawab panggilan tak terjawab — Boundary</translation>
    </message>
    <message>
        <source>No call slots yet. Add your clients and the calls you offer them in Settings → Scheduled calls.</source>
        <translation>Belum ada jadwal panggilan. Tambahkan klien Anda dan panggilan yang Anda tawarkan di Pengaturan → Jadwal panggilan.</translation>
    </message>
    <message>
        <source>&amp;Who called:</source>
        <translation>&amp;Siapa yang menelepon:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Bahasa:</translation>
    </message>
    <message>
        <source>Next call with %1: %2</source>
        <translation>Panggilan berikutnya dengan %1: %2</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <source>C&amp;heck mail at set times</source>
        <translation>Cek email pada &amp;waktu tetap</translation>
    </message>
    <message>
        <source>Start time to add</source>
        <translation>Jam mulai yang akan ditambahkan</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>T&amp;ambah</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>Start ti&amp;mes:</source>
        <translation>&amp;Jam mulai:</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n menit</numerusform>
        </translation>
    </message>
    <message>
        <source>Each check &amp;lasts:</source>
        <translation>&amp;Lama tiap cek:</translation>
    </message>
    <message>
        <source>&amp;Days:</source>
        <translation>Ha&amp;ri:</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>Tanpa pengingat</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) before</source>
        <translation>
            <numerusform>%n menit sebelumnya</numerusform>
        </translation>
    </message>
    <message>
        <source>Remi&amp;nder:</source>
        <translation>Pe&amp;ngingat:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Tidak ada</translation>
    </message>
    <message>
        <source>Snoozes &amp;per check:</source>
        <translation>&amp;Batas tunda per cek:</translation>
    </message>
    <message>
        <source>Snoo&amp;ze:</source>
        <translation>Tun&amp;da:</translation>
    </message>
    <message>
        <source>Strict mod&amp;e</source>
        <translation>M&amp;ode ketat</translation>
    </message>
    <message>
        <source>After time&apos;s up, a reminder every minute; Done asks why you went over.</source>
        <translation>Setelah waktu habis, pengingat muncul setiap menit; Selesai menanyakan mengapa Anda melewati waktu.</translation>
    </message>
    <message>
        <source>Day without checks to add</source>
        <translation>Hari tanpa cek yang akan ditambahkan</translation>
    </message>
    <message>
        <source>Add da&amp;y</source>
        <translation>Tambah tan&amp;ggal</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Hap&amp;us</translation>
    </message>
    <message>
        <source>Days &amp;without checks:</source>
        <translation>Hari tanpa c&amp;ek:</translation>
    </message>
    <message>
        <source>No mail checks on a focus day; your auto-reply says when you will answer.</source>
        <translation>Tidak ada cek email pada hari fokus; balasan otomatis Anda menyebutkan kapan Anda akan membalas.</translation>
    </message>
    <message>
        <source>&amp;Focus days:</source>
        <translation>Hari &amp;fokus:</translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n minggu</numerusform>
        </translation>
    </message>
    <message>
        <source>How long after the plan started Boundary offers a look back at your record.</source>
        <translation>Berapa lama setelah rencana dimulai Boundary menawarkan tinjauan atas catatan Anda.</translation>
    </message>
    <message>
        <source>Look bac&amp;k after:</source>
        <translation>E&amp;valuasi setelah:</translation>
    </message>
    <message>
        <source>Add a start time for mail checks, or switch off &quot;Check mail at set times&quot;.</source>
        <translation>Tambahkan jam mulai untuk cek email, atau matikan &quot;Cek email pada waktu tetap&quot;.</translation>
    </message>
    <message>
        <source>The mail-check plan %1.</source>
        <translation>Rencana cek email %1.</translation>
    </message>
    <message>
        <source>In the past: it no longer changes anything.</source>
        <translation>Sudah lewat: tidak lagi berpengaruh apa pun.</translation>
    </message>
    <message>
        <source>No day has mail checks: tick a day under Days that is not a focus day.</source>
        <translation>Tidak ada hari dengan cek email: centang hari di bawah Hari yang bukan hari fokus.</translation>
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
        <translation>Batal</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ya</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Tidak</translation>
    </message>
</context>
<context>
    <name>ReminderWindow</name>
    <message>
        <source>Mail check</source>
        <translation>Cek email</translation>
    </message>
    <message>
        <source>Start it now, put it off for a while, or skip this one.</source>
        <translation>Mulai sekarang, tunda sebentar, atau lewati cek kali ini.</translation>
    </message>
    <message>
        <source>&amp;Start now</source>
        <translation>&amp;Mulai sekarang</translation>
    </message>
    <message numerus="yes">
        <source>S&amp;nooze %n min</source>
        <translation>
            <numerusform>&amp;Tunda %n menit</numerusform>
        </translation>
    </message>
    <message>
        <source>S&amp;kip this check</source>
        <translation>&amp;Lewati cek ini</translation>
    </message>
    <message>
        <source>Your plan allows no snoozes (Settings → Mail checks).</source>
        <translation>Rencana Anda tidak mengizinkan penundaan (Pengaturan → Cek email).</translation>
    </message>
    <message>
        <source>Mail check at %1: it is time</source>
        <translation>Cek email pukul %1: sudah waktunya</translation>
    </message>
    <message numerus="yes">
        <source>Mail check at %1 in %n minute(s)</source>
        <translation>
            <numerusform>Cek email pukul %1, %n menit lagi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReplyLanguages</name>
    <message>
        <source>As the app</source>
        <translation>Ikuti aplikasi</translation>
    </message>
    <message>
        <source>nothing else</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>A bilingual reply: the message in the first language, then the same template in this one (edit it in Settings → Templates).</source>
        <translation>Balasan dua bahasa: pesan dalam bahasa pertama, lalu templat yang sama dalam bahasa ini (ubah di Pengaturan → Templat).</translation>
    </message>
    <message>
        <source>then</source>
        <translation>lalu</translation>
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
        <translation>Saya kem&amp;bali</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <source>Clearing your reply…</source>
        <translation>Menonaktifkan balasan Anda…</translation>
    </message>
    <message>
        <source>Setting your reply…</source>
        <translation>Mengaktifkan balasan Anda…</translation>
    </message>
    <message>
        <source>Sending to %1…</source>
        <translation>Mengirim ke %1…</translation>
    </message>
    <message>
        <source>Some accounts need attention</source>
        <translation>Beberapa akun perlu diperiksa</translation>
    </message>
    <message>
        <source>Sending the replies failed: %1</source>
        <translation>Gagal mengirim balasan: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 on %2.</source>
        <translation>%1 aktif di %2.</translation>
    </message>
    <message>
        <source>%1 off on %2.</source>
        <translation>%1 mati di %2.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Welcome back</source>
        <translation>Selamat datang kembali</translation>
    </message>
    <message>
        <source>You&apos;re away</source>
        <translation>Anda sedang tidak di kantor</translation>
    </message>
    <message>
        <source>You&apos;ll be away from %1</source>
        <translation>Anda tidak di kantor mulai %1</translation>
    </message>
    <message>
        <source>You&apos;re away until further notice</source>
        <translation>Anda tidak di kantor sampai ada pemberitahuan lebih lanjut</translation>
    </message>
    <message>
        <source>You&apos;re away until %1</source>
        <translation>Anda tidak di kantor sampai %1</translation>
    </message>
    <message>
        <source>Your reply is off on %1.</source>
        <translation>Balasan Anda nonaktif di %1.</translation>
    </message>
    <message>
        <source>Kept the auto-reply of %1 as your away period.</source>
        <translation>Balasan otomatis %1 dipertahankan sebagai periode tidak di kantor Anda.</translation>
    </message>
    <message>
        <source>No auto-reply is sent from %1.</source>
        <translation>Tidak ada balasan otomatis yang dikirim dari %1.</translation>
    </message>
    <message>
        <source>Nothing needed changing on %1.</source>
        <translation>Tidak ada yang perlu diubah di %1.</translation>
    </message>
    <message>
        <source>Changed on %1.</source>
        <translation>Diubah di %1.</translation>
    </message>
    <message>
        <source>%1 already had it.</source>
        <translation>%1 sudah memilikinya.</translation>
    </message>
    <message>
        <source>Your reply is set on %1.</source>
        <translation>Balasan Anda aktif di %1.</translation>
    </message>
    <message>
        <source>The server keeps the forwarding rule but says it does not work; your organisation may block forwarding outside it: choose a backup inside it.</source>
        <translation>Server menyimpan aturan penerusan tetapi menyatakan aturan itu tidak berjalan; organisasi Anda mungkin memblokir penerusan ke luar: pilih pengganti di dalam organisasi.</translation>
    </message>
    <message>
        <source>Will retry: %2</source>
        <translation>Akan dicoba lagi: %2</translation>
    </message>
    <message>
        <source>Will retry at %1: %2</source>
        <translation>Akan dicoba lagi pukul %1: %2</translation>
    </message>
    <message>
        <source>Sign-in needed: %1</source>
        <translation>Perlu masuk ke akun: %1</translation>
    </message>
    <message>
        <source>Changed outside Boundary: %1</source>
        <translation>Diubah di luar Boundary: %1</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>Tidak berhasil: %1</translation>
    </message>
    <message>
        <source>Nothing was changed</source>
        <translation>Tidak ada yang diubah</translation>
    </message>
</context>
<context>
    <name>ReviewText</name>
    <message>
        <source>Is work more productive?</source>
        <translation>Apakah pekerjaan lebih produktif?</translation>
    </message>
    <message>
        <source>What got in the way?</source>
        <translation>Apa yang menghambat?</translation>
    </message>
    <message>
        <source>What will you change?</source>
        <translation>Apa yang akan Anda ubah?</translation>
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
        <translation>Sesi cek email ditepati</translation>
    </message>
    <message>
        <source>Share kept in time</source>
        <translation>Bagian yang tepat waktu</translation>
    </message>
    <message>
        <source>Overrun</source>
        <translation>Terlalu lama</translation>
    </message>
    <message>
        <source>%1 (%2 min over)</source>
        <translation>%1 (lewat %2 menit)</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Dilewati</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Terlewat</translation>
    </message>
    <message>
        <source>Focus days kept</source>
        <translation>Hari fokus ditepati</translation>
    </message>
    <message>
        <source>Away days</source>
        <translation>Hari absen</translation>
    </message>
    <message>
        <source>Messages forwarded</source>
        <translation>Pesan diteruskan</translation>
    </message>
    <message>
        <source>Interruptions</source>
        <translation>Gangguan</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Minggu</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Ditepati</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>Sesi</translation>
    </message>
    <message>
        <source>Kept %</source>
        <translation>% ditepati</translation>
    </message>
    <message>
        <source>Focus days</source>
        <translation>Hari fokus</translation>
    </message>
    <message>
        <source>W%1 · %2</source>
        <translation>M%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>Evaluation of the plan since %1 (%n week(s))</source>
        <translation>
            <numerusform>Evaluasi rencana sejak %1 (%n minggu)</numerusform>
        </translation>
    </message>
    <message>
        <source>Week by week</source>
        <translation>Minggu demi minggu</translation>
    </message>
    <message>
        <source>Evaluation — Boundary</source>
        <translation>Evaluasi — Boundary</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <source>Evaluation — Boundary</source>
        <translation>Evaluasi — Boundary</translation>
    </message>
    <message>
        <source>Hold it with your team: the figures since your plan started, then three questions. Export a one-page PDF to share.</source>
        <translation>Bahas bersama tim Anda: angka-angka sejak rencana dimulai, lalu tiga pertanyaan. Ekspor satu halaman PDF untuk dibagikan.</translation>
    </message>
    <message>
        <source>&amp;Figures</source>
        <translation>&amp;Angka</translation>
    </message>
    <message>
        <source>&amp;Questions</source>
        <translation>&amp;Pertanyaan</translation>
    </message>
    <message>
        <source>Change the &amp;plan</source>
        <translation>&amp;Ubah rencana</translation>
    </message>
    <message>
        <source>E&amp;xport PDF…</source>
        <translation>E&amp;kspor PDF…</translation>
    </message>
    <message>
        <source>Week by week:</source>
        <translation>Minggu demi minggu:</translation>
    </message>
    <message>
        <source>The trend week by week</source>
        <translation>Perkembangan minggu demi minggu</translation>
    </message>
    <message>
        <source>&amp;Save notes</source>
        <translation>&amp;Simpan catatan</translation>
    </message>
    <message>
        <source>Focus day</source>
        <translation>Hari fokus</translation>
    </message>
    <message>
        <source>No focus day</source>
        <translation>Tanpa hari fokus</translation>
    </message>
    <message>
        <source>&amp;Move the focus day</source>
        <translation>&amp;Pindahkan hari fokus</translation>
    </message>
    <message>
        <source>Mail-check windows</source>
        <translation>Sesi cek email</translation>
    </message>
    <message>
        <source>10:00, 16:00</source>
        <translation>10.00, 16.00</translation>
    </message>
    <message>
        <source> min</source>
        <translation> menit</translation>
    </message>
    <message>
        <source>C&amp;hange the windows</source>
        <translation>U&amp;bah sesi</translation>
    </message>
    <message>
        <source>S&amp;tart times:</source>
        <translation>&amp;Jam mulai:</translation>
    </message>
    <message>
        <source>&amp;Each lasts:</source>
        <translation>&amp;Durasi:</translation>
    </message>
    <message>
        <source>Next evaluation</source>
        <translation>Evaluasi berikutnya</translation>
    </message>
    <message>
        <source>Notes saved. The next evaluation: %1.</source>
        <translation>Catatan disimpan. Evaluasi berikutnya: %1.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time of day; use a time like 10:00.</source>
        <translation>&apos;%1&apos; bukan jam; gunakan jam seperti 10.00.</translation>
    </message>
    <message numerus="yes">
        <source>These windows overlap: start times must be at least %n minute(s) apart.</source>
        <translation>
            <numerusform>Sesi-sesi ini bertumpang tindih: jam mulainya harus berjarak paling sedikit %n menit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your plan is changed.</source>
        <translation>Rencana Anda sudah diubah.</translation>
    </message>
    <message>
        <source>Export the evaluation</source>
        <translation>Ekspor evaluasi</translation>
    </message>
    <message>
        <source>Boundary evaluation.pdf</source>
        <translation>Evaluasi Boundary.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation>PDF tidak dapat disimpan di %1.</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Disimpan sebagai %1.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings — Boundary</source>
        <translation>Pengaturan — Boundary</translation>
    </message>
    <message>
        <source>This profile was written by a newer version of Boundary. You can look at your settings here, but not change them: update Boundary to edit them.</source>
        <translation>Profil ini ditulis oleh Boundary versi yang lebih baru. Anda dapat melihat pengaturan di sini, tetapi tidak dapat mengubahnya: perbarui Boundary agar bisa mengubahnya.</translation>
    </message>
    <message>
        <source>&amp;Identity</source>
        <translation>&amp;Identitas</translation>
    </message>
    <message>
        <source>&amp;Backups</source>
        <translation>&amp;Pengganti</translation>
    </message>
    <message>
        <source>&amp;Templates</source>
        <translation>&amp;Templat</translation>
    </message>
    <message>
        <source>Acc&amp;ounts</source>
        <translation>A&amp;kun</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>Mail &amp;checks</source>
        <translation>&amp;Cek email</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Terjadi kesalahan: %1</translation>
    </message>
    <message>
        <source>Your settings could not be saved: %1</source>
        <translation>Pengaturan Anda tidak dapat disimpan: %1</translation>
    </message>
    <message>
        <source>Sched&amp;uled calls</source>
        <translation>Jadwal pa&amp;nggilan</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>&amp;Go away…</source>
        <translation>&amp;Tidak di kantor…</translation>
    </message>
    <message>
        <source>I&apos;m &amp;back</source>
        <translation>Saya kem&amp;bali</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Pengaturan…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;Check mail now</source>
        <translation>&amp;Cek email sekarang</translation>
    </message>
    <message>
        <source>S&amp;kip next check</source>
        <translation>&amp;Lewati cek berikutnya</translation>
    </message>
    <message>
        <source>&amp;Pause checks for today</source>
        <translation>&amp;Jeda cek hari ini</translation>
    </message>
    <message>
        <source>S&amp;tatistics…</source>
        <translation>&amp;Statistik…</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Pertahankan</translation>
    </message>
    <message>
        <source>Leave it alone</source>
        <translation>Biarkan apa adanya</translation>
    </message>
    <message>
        <source>No mail checks planned</source>
        <translation>Tidak ada cek email terjadwal</translation>
    </message>
    <message>
        <source>Boundary could not update every account</source>
        <translation>Boundary tidak dapat memperbarui semua akun</translation>
    </message>
    <message>
        <source>Forwarded mail bounced</source>
        <translation>Email yang diteruskan terpental</translation>
    </message>
    <message numerus="yes">
        <source>Mail check at %1 in %n minute(s)</source>
        <translation>
            <numerusform>Cek email pukul %1, %n menit lagi</numerusform>
        </translation>
    </message>
    <message>
        <source>Time&apos;s up</source>
        <translation>Waktu habis</translation>
    </message>
    <message>
        <source>Your mail check is over. Close your mail; what is urgent can wait for your backup or the next check.</source>
        <translation>Waktu cek email Anda sudah habis. Tutup email Anda; yang mendesak bisa ditangani pengganti Anda atau menunggu cek berikutnya.</translation>
    </message>
    <message>
        <source>Your two-month evaluation</source>
        <translation>Evaluasi dua bulan Anda</translation>
    </message>
    <message>
        <source>Check mail now?</source>
        <translation>Cek email sekarang?</translation>
    </message>
    <message>
        <source>It is not time for a mail check. Open an unscheduled check anyway? It goes on your record as unscheduled.</source>
        <translation>Sekarang bukan waktu cek email. Tetap buka cek di luar jadwal? Cek ini akan dicatat sebagai di luar jadwal.</translation>
    </message>
    <message>
        <source>Mail check skipped</source>
        <translation>Cek email dilewati</translation>
    </message>
    <message>
        <source>Mail checks paused</source>
        <translation>Cek email dijeda</translation>
    </message>
    <message numerus="yes">
        <source>No more mail checks today (%n skipped).</source>
        <translation>
            <numerusform>Tidak ada cek email lagi hari ini (%n dilewati).</numerusform>
        </translation>
    </message>
    <message>
        <source>Boundary</source>
        <translation>Boundary</translation>
    </message>
    <message>
        <source>Keep it or leave it alone: see Boundary&apos;s menu.</source>
        <translation>Pertahankan atau biarkan apa adanya: lihat menu Boundary.</translation>
    </message>
    <message>
        <source>An auto-reply is already on</source>
        <translation>Balasan otomatis sudah aktif</translation>
    </message>
    <message>
        <source>The auto-reply was not kept</source>
        <translation>Balasan otomatis tidak dipertahankan</translation>
    </message>
    <message>
        <source>Left alone</source>
        <translation>Dibiarkan apa adanya</translation>
    </message>
    <message>
        <source>Boundary leaves the auto-reply of %1 as it is until you next go away or say you are back.</source>
        <translation>Boundary membiarkan balasan otomatis %1 apa adanya sampai Anda lain kali memilih Tidak di kantor atau Saya kembali.</translation>
    </message>
    <message>
        <source>Answer a &amp;missed call…</source>
        <translation>Ja&amp;wab panggilan tak terjawab…</translation>
    </message>
    <message>
        <source>&amp;Log an interruption…</source>
        <translation>Catat &amp;gangguan…</translation>
    </message>
    <message>
        <source>&amp;Voicemail greeting…</source>
        <translation>Salam kotak s&amp;uara…</translation>
    </message>
    <message>
        <source>&amp;Return briefing…</source>
        <translation>&amp;Ringkasan setelah kembali…</translation>
    </message>
    <message>
        <source>&amp;Evaluation…</source>
        <translation>&amp;Evaluasi…</translation>
    </message>
    <message>
        <source>Time to look back with your team: how did the plan go, what got in the way, what will you change?</source>
        <translation>Saatnya meninjau bersama tim Anda: bagaimana rencananya berjalan, apa yang menghambat, apa yang akan Anda ubah?</translation>
    </message>
    <message>
        <source>Welcome back</source>
        <translation>Selamat datang kembali</translation>
    </message>
    <message>
        <source>Welcome back — %1.</source>
        <translation>Selamat datang kembali — %1.</translation>
    </message>
    <message>
        <source>Return briefing in the menu shows them.</source>
        <translation>Ringkasan setelah kembali di menu menampilkannya.</translation>
    </message>
    <message>
        <source>Interruption logged</source>
        <translation>Gangguan dicatat</translation>
    </message>
    <message numerus="yes">
        <source>%n interruption(s) from %1 this week.</source>
        <translation>
            <numerusform>%n gangguan dari %1 minggu ini.</numerusform>
        </translation>
    </message>
    <message>
        <source>No backup is available</source>
        <translation>Tidak ada pengganti yang tersedia</translation>
    </message>
    <message>
        <source>None of your backups is available: your reply names nobody and no mail is forwarded until one is back.</source>
        <translation>Tidak ada pengganti Anda yang tersedia: balasan Anda tidak menyebut siapa pun dan tidak ada email yang diteruskan sampai salah satu kembali.</translation>
    </message>
    <message>
        <source>%1 now covers for you: your reply names them, and forwarded mail goes to them.</source>
        <translation>%1 sekarang menggantikan Anda: balasan Anda menyebut namanya, dan email yang diteruskan dikirim kepadanya.</translation>
    </message>
    <message>
        <source>%1 is not available.</source>
        <translation>%1 tidak tersedia.</translation>
    </message>
    <message>
        <source>Another backup covers</source>
        <translation>Pengganti lain mengambil alih</translation>
    </message>
    <message>
        <source>&amp;Undo skip</source>
        <translation>B&amp;atalkan lewati</translation>
    </message>
    <message>
        <source>The mail check at %1 is skipped. To have it back, choose Undo skip in Boundary&apos;s menu.</source>
        <translation>Cek email pada %1 dilewati. Untuk mengembalikannya, pilih Batalkan lewati di menu Boundary.</translation>
    </message>
    <message>
        <source>Mail check back on</source>
        <translation>Cek email dijadwalkan lagi</translation>
    </message>
    <message>
        <source>The mail check at %1 is back on.</source>
        <translation>Cek email pada %1 dijadwalkan lagi.</translation>
    </message>
    <message>
        <source>Click here to start it now, snooze it or skip it.</source>
        <translation>Klik di sini untuk memulainya sekarang, menundanya, atau melewatinya.</translation>
    </message>
    <message>
        <source>&amp;Undo skip (%1)</source>
        <translation>B&amp;atalkan lewati (%1)</translation>
    </message>
    <message>
        <source>&amp;Open an unscheduled check</source>
        <translation>&amp;Buka cek di luar jadwal</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Nanti saja</translation>
    </message>
</context>
<context>
    <name>SignInPanel</name>
    <message>
        <source>Cancel sign-in</source>
        <translation>Batalkan masuk</translation>
    </message>
    <message>
        <source>Starting the sign-in…</source>
        <translation>Memulai proses masuk…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Membatalkan…</translation>
    </message>
    <message>
        <source>Sign in in your browser. If it did not open, open this link:</source>
        <translation>Masuk lewat browser Anda. Jika browser tidak terbuka, buka tautan ini:</translation>
    </message>
    <message>
        <source>Open %1 and enter this code:</source>
        <translation>Buka %1 lalu masukkan kode ini:</translation>
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
        <translation>Jalankan Boundary saat Anda masuk?</translation>
    </message>
    <message>
        <source>Boundary can start by itself when you sign in to this computer, so your out-of-office replies go on and off on time and the tray shows where you stand. You can change this later in Settings.</source>
        <translation>Boundary dapat berjalan sendiri saat Anda masuk ke komputer ini, sehingga balasan otomatis Anda aktif dan nonaktif tepat waktu dan baki sistem menunjukkan status Anda. Anda dapat mengubahnya nanti di Pengaturan.</translation>
    </message>
    <message>
        <source>&amp;Start when I sign in</source>
        <translation>&amp;Jalankan saat saya masuk</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Nanti saja</translation>
    </message>
    <message>
        <source>Boundary could not set itself to start when you sign in: %1</source>
        <translation>Boundary tidak dapat diatur agar berjalan saat Anda masuk: %1</translation>
    </message>
</context>
<context>
    <name>StatsChart</name>
    <message>
        <source>Chart of the record per week</source>
        <translation>Grafik catatan per minggu</translation>
    </message>
    <message>
        <source>No weeks to show.</source>
        <translation>Tidak ada minggu untuk ditampilkan.</translation>
    </message>
    <message>
        <source>Use the Left and Right arrow keys to choose another week.</source>
        <translation>Gunakan tombol panah Kiri dan Kanan untuk memilih minggu lain.</translation>
    </message>
</context>
<context>
    <name>StatsText</name>
    <message>
        <source>Kept</source>
        <translation>Ditepati</translation>
    </message>
    <message>
        <source>Overrun</source>
        <translation>Terlalu lama</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Dilewati</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Terlewat</translation>
    </message>
    <message>
        <source>Unscheduled checks</source>
        <translation>Cek di luar jadwal</translation>
    </message>
    <message>
        <source>Focus days</source>
        <translation>Hari fokus</translation>
    </message>
    <message>
        <source>Away days</source>
        <translation>Hari absen</translation>
    </message>
    <message>
        <source>overrun: %1 (%2 min)</source>
        <translation>terlalu lama: %1 (%2 menit)</translation>
    </message>
    <message>
        <source>overrun: %1</source>
        <translation>terlalu lama: %1</translation>
    </message>
    <message>
        <source>windows kept: %1</source>
        <translation>sesi ditepati: %1</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>dilewati: %1</translation>
    </message>
    <message>
        <source>missed: %1</source>
        <translation>terlewat: %1</translation>
    </message>
    <message>
        <source>snoozed: %1</source>
        <translation>ditunda: %1</translation>
    </message>
    <message>
        <source>unscheduled checks: %1</source>
        <translation>cek di luar jadwal: %1</translation>
    </message>
    <message>
        <source>messages forwarded: %1</source>
        <translation>pesan diteruskan: %1</translation>
    </message>
    <message>
        <source>away days: %1</source>
        <translation>hari absen: %1</translation>
    </message>
    <message>
        <source>focus days: %1</source>
        <translation>hari fokus: %1</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>For each week, above: the mail-check windows stacked as kept, overrun, skipped and missed, and the unscheduled checks; below, on their own scales: the focus days and away days, and the interruptions (unplanned calls, chats and visits).</source>
        <translation>Untuk setiap minggu, di atas: waktu cek email ditumpuk sebagai ditepati, lewat waktu, dilewati, dan terlewat, serta cek di luar jadwal; di bawahnya, masing-masing dengan skalanya sendiri: hari fokus dan hari tidak di kantor, serta gangguan (telepon, obrolan, dan kunjungan yang tidak direncanakan).</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Interruptions</source>
        <translation>Gangguan</translation>
    </message>
    <message>
        <source>interruptions: %1</source>
        <translation>gangguan: %1</translation>
    </message>
    <message>
        <source>Mail checks</source>
        <translation>Cek email</translation>
    </message>
    <message>
        <source>Days (of 7)</source>
        <translation>Hari (dari 7)</translation>
    </message>
    <message>
        <source>Days you were away at midday. A shorter absence (a morning, an afternoon) is not an away day; today counts once midday has passed.</source>
        <translation>Hari ketika Anda sedang absen pada pukul 12 siang. Absen yang lebih singkat (sepagi atau sesore saja) tidak dihitung sebagai hari absen; hari ini dihitung setelah lewat tengah hari.</translation>
    </message>
    <message>
        <source>Focus days that have begun, unless you were away that day.</source>
        <translation>Hari fokus yang sudah dimulai, kecuali jika Anda absen pada hari itu.</translation>
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
        <translation>Statistik — Boundary</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Tampilkan:</translation>
    </message>
    <message numerus="yes">
        <source>Last %n weeks</source>
        <translation>
            <numerusform>%n minggu terakhir</numerusform>
        </translation>
    </message>
    <message>
        <source>Weeks shown</source>
        <translation>Minggu yang ditampilkan</translation>
    </message>
    <message>
        <source>&amp;Chart</source>
        <translation>&amp;Grafik</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Minggu</translation>
    </message>
    <message>
        <source>The record per week</source>
        <translation>Catatan per minggu</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>Ta&amp;bel</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Ditepati</translation>
    </message>
    <message>
        <source>Overrun</source>
        <translation>Terlalu lama</translation>
    </message>
    <message>
        <source>Minutes over</source>
        <translation>Menit lebih</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Dilewati</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Terlewat</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Ditunda</translation>
    </message>
    <message>
        <source>Unscheduled</source>
        <translation>Di luar jadwal</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>Diteruskan</translation>
    </message>
    <message>
        <source>Away days</source>
        <translation>Hari absen</translation>
    </message>
    <message>
        <source>Focus days</source>
        <translation>Hari fokus</translation>
    </message>
    <message>
        <source>No mail-check windows on record in these weeks.</source>
        <translation>Tidak ada sesi cek email yang tercatat pada minggu-minggu ini.</translation>
    </message>
    <message>
        <source>Mail-check windows kept: %1 of %2 · overrun: %3 · missed: %4</source>
        <translation>Sesi cek email ditepati: %1 dari %2 · terlalu lama: %3 · terlewat: %4</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>In all: </source>
        <translation>Seluruhnya: </translation>
    </message>
    <message>
        <source>Interruptions</source>
        <translation>Gangguan</translation>
    </message>
    <message>
        <source>%1 %2 (%3 a week)</source>
        <translation>%1 %2 (%3 per minggu)</translation>
    </message>
    <message>
        <source>Interruptions per client: %1</source>
        <translation>Gangguan per klien: %1</translation>
    </message>
    <message>
        <source>Nothing on record in these weeks yet.</source>
        <translation>Belum ada catatan pada minggu-minggu ini.</translation>
    </message>
</context>
<context>
    <name>StatusText</name>
    <message>
        <source>Focus day: your auto-reply is on</source>
        <translation>Hari fokus: balasan otomatis Anda aktif</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Tersedia</translation>
    </message>
    <message>
        <source> — %1 covers</source>
        <translation> — pengganti: %1</translation>
    </message>
    <message>
        <source>Away, no end date</source>
        <translation>Tidak di kantor, tanpa tanggal akhir</translation>
    </message>
    <message>
        <source>Away until %1</source>
        <translation>Tidak di kantor sampai %1</translation>
    </message>
    <message>
        <source>Available · away from %1</source>
        <translation>Tersedia · tidak di kantor mulai %1</translation>
    </message>
    <message numerus="yes">
        <source>Needs attention on %n account(s)</source>
        <translation>
            <numerusform>%n akun perlu diperiksa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending to %n account(s)…</source>
        <translation>
            <numerusform>Mengirim ke %n akun…</numerusform>
        </translation>
    </message>
    <message>
        <source>A trial on this computer: no mail is answered</source>
        <translation>Uji coba di komputer ini: tidak ada email yang dibalas</translation>
    </message>
    <message numerus="yes">
        <source>Mail check: %n min left</source>
        <translation>
            <numerusform>Cek email: sisa %n menit</numerusform>
        </translation>
    </message>
    <message>
        <source>Next mail check %1</source>
        <translation>Cek email berikutnya: %1</translation>
    </message>
</context>
<context>
    <name>TemplatesTab</name>
    <message>
        <source>Replies i&amp;n:</source>
        <translation>Bahasa &amp;balasan:</translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation>Ba&amp;hasa templat:</translation>
    </message>
    <message>
        <source>Te&amp;mplate:</source>
        <translation>Te&amp;mplat:</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>S&amp;ubjek:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Alasan:</translation>
    </message>
    <message>
        <source>For co&amp;lleagues:</source>
        <translation>Untuk &amp;rekan kerja:</translation>
    </message>
    <message>
        <source>For &amp;everyone else:</source>
        <translation>Untuk &amp;orang lain:</translation>
    </message>
    <message>
        <source>Restore the ori&amp;ginal</source>
        <translation>Pu&amp;lihkan teks asli</translation>
    </message>
    <message>
        <source>You changed this template.</source>
        <translation>Anda telah mengubah templat ini.</translation>
    </message>
    <message>
        <source>The original text.</source>
        <translation>Teks asli.</translation>
    </message>
    <message>
        <source>Placeholders: {name} your name, {return} when you are back, {backups} who covers, {reason} the reason, {calls} your scheduled call. A line whose placeholder is empty is left out; an empty field uses the original text.</source>
        <translation>Isian otomatis: {name} nama Anda, {return} kapan Anda kembali, {backups} siapa pengganti Anda, {reason} alasannya, {calls} panggilan terjadwal Anda. Baris yang isiannya kosong dihilangkan; kolom yang kosong memakai teks asli.</translation>
    </message>
</context>
<context>
    <name>VoicemailWindow</name>
    <message>
        <source>Voicemail greeting — Boundary</source>
        <translation>Salam kotak suara — Boundary</translation>
    </message>
    <message>
        <source>Record this on your phone&apos;s voicemail. It follows your profile: when your focus days, backups or time away change, so does the text.</source>
        <translation>Rekam ini di kotak suara telepon Anda. Teksnya mengikuti profil Anda: jika hari fokus, pengganti, atau masa tidak di kantor berubah, teksnya ikut berubah.</translation>
    </message>
    <message>
        <source>Your reply&apos;s languages</source>
        <translation>Bahasa balasan Anda</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Bahasa:</translation>
    </message>
    <message>
        <source>Nothing to record: no focus day and no time away ahead. Set focus days in Settings → Mail checks, or go away.</source>
        <translation>Tidak ada yang perlu direkam: tidak ada hari fokus atau masa tidak di kantor yang akan datang. Atur hari fokus di Pengaturan → Cek email, atau nyatakan tidak di kantor.</translation>
    </message>
    <message>
        <source>Microsoft Teams: in Teams, Settings → Calls → Configure voicemail, record the greeting, and choose to play your out-of-office greeting when automatic replies are on. Other phones: record it as the busy or unavailable greeting.</source>
        <translation>Microsoft Teams: di Teams, buka Pengaturan → Panggilan → Konfigurasikan pesan suara, rekam salamnya, lalu pilih untuk memutar salam di luar kantor saat balasan otomatis aktif. Telepon lain: rekam sebagai salam saat sibuk atau tidak dapat dihubungi.</translation>
    </message>
    <message>
        <source>For your focus days (the next: %1)</source>
        <translation>Untuk hari fokus Anda (berikutnya: %1)</translation>
    </message>
    <message>
        <source>For your time away, until %1</source>
        <translation>Untuk masa tidak di kantor, sampai %1</translation>
    </message>
    <message>
        <source>For your time away, until further notice</source>
        <translation>Untuk masa tidak di kantor, sampai ada pemberitahuan lebih lanjut</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <source>The greeting is on the clipboard.</source>
        <translation>Salam sudah disalin ke papan klip.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Boundary</source>
        <translation>Selamat datang di Boundary</translation>
    </message>
    <message>
        <source>Boundary sets your out-of-office reply on your mail accounts at once, names who covers for you, and turns the reply off on time.</source>
        <translation>Boundary memasang balasan otomatis di akun-akun email Anda sekaligus, menyebut siapa pengganti Anda, dan mematikan balasan itu tepat waktu.</translation>
    </message>
    <message>
        <source>Then add your mail account, or try Boundary on this computer first: the reply is kept here and no mail is answered.</source>
        <translation>Lalu tambahkan akun email Anda, atau coba Boundary dulu di komputer ini: balasannya disimpan di sini dan tidak ada email yang dibalas.</translation>
    </message>
    <message>
        <source>For example: Ana de Vries</source>
        <translation>Contoh: Siti Rahayu</translation>
    </message>
    <message>
        <source>For example: Sam Lee</source>
        <translation>Contoh: Budi Santoso</translation>
    </message>
    <message>
        <source>sam@example.com</source>
        <translation>budi@example.com</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>&amp;Nama Anda:</translation>
    </message>
    <message>
        <source>Who &amp;covers for you:</source>
        <translation>Siapa &amp;pengganti Anda:</translation>
    </message>
    <message>
        <source>Their &amp;email:</source>
        <translation>Alamat &amp;email pengganti:</translation>
    </message>
    <message>
        <source>&amp;Add a mail account…</source>
        <translation>&amp;Tambah akun email…</translation>
    </message>
    <message>
        <source>&amp;Try it on this computer</source>
        <translation>C&amp;oba di komputer ini</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>&amp;Lewati</translation>
    </message>
    <message>
        <source>Give the name of the colleague who covers for you too.</source>
        <translation>Isi juga nama rekan yang menggantikan Anda.</translation>
    </message>
    <message>
        <source>Give the email address of %1 too.</source>
        <translation>Isi juga alamat email %1.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an email address.</source>
        <translation>‘%1’ bukan alamat email.</translation>
    </message>
    <message>
        <source>Boundary could not save this: %1</source>
        <translation>Boundary tidak dapat menyimpan ini: %1</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>Connected.</source>
        <translation>Terhubung.</translation>
    </message>
    <message>
        <source>Connected: signed in to {services}.</source>
        <translation>Terhubung: sudah masuk ke {services}.</translation>
    </message>
    <message>
        <source>No auto-reply is set.</source>
        <translation>Tidak ada balasan otomatis yang terpasang.</translation>
    </message>
    <message>
        <source>An auto-reply is set until {end}.</source>
        <translation>Ada balasan otomatis terpasang sampai {end}.</translation>
    </message>
    <message>
        <source>An auto-reply is set, with no end date.</source>
        <translation>Ada balasan otomatis terpasang, tanpa tanggal akhir.</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Sudah masuk.</translation>
    </message>
    <message>
        <source>Signed in with permission to: {permissions}.</source>
        <translation>Sudah masuk dengan izin untuk: {permissions}.</translation>
    </message>
    <message>
        <source>Replies to colleagues only need a Google Workspace account.</source>
        <translation>Balasan khusus rekan kerja memerlukan akun Google Workspace.</translation>
    </message>
    <message>
        <source>A Google Chat status needs a Google Workspace account; a gmail.com account has no Chat API, so turn the Google Chat status off for it.</source>
        <translation>Status Google Chat memerlukan akun Google Workspace; akun gmail.com tidak memiliki Chat API, jadi matikan status Google Chat untuk akun tersebut.</translation>
    </message>
    <message>
        <source>No away status is set.</source>
        <translation>Tidak ada status tidak di kantor yang terpasang.</translation>
    </message>
    <message>
        <source>A status is set until {end}.</source>
        <translation>Ada status terpasang sampai {end}.</translation>
    </message>
    <message>
        <source>A status is set, with no end.</source>
        <translation>Ada status terpasang, tanpa akhir.</translation>
    </message>
    <message>
        <source>Each sender gets the reply at most once a day.</source>
        <translation>Setiap pengirim menerima balasan paling banyak sekali sehari.</translation>
    </message>
    <message>
        <source>This server ({server}) answers each sender at most once every {days} days, so someone who writes again sooner gets no second reply.</source>
        <translation>Server ini ({server}) membalas setiap pengirim paling banyak sekali setiap {days} hari, jadi orang yang menulis lagi lebih cepat tidak menerima balasan kedua.</translation>
    </message>
    <message>
        <source>Forwarding mail to your backup is off: this account has no SMTP server.</source>
        <translation>Meneruskan email ke pengganti Anda mati: akun ini tidak punya server SMTP.</translation>
    </message>
    <message>
        <source>({services} worked.)</source>
        <translation>({services} berhasil.)</translation>
    </message>
    <message>
        <source>If your mail server has no SMTP submission service, set Sending (SMTP) to off (--smtp off): the reply works without it, only forwarding mail to your backup does not.</source>
        <translation>Jika server email Anda tidak punya layanan pengiriman SMTP, matikan Pengiriman (SMTP) (--smtp off): balasan tetap berjalan tanpanya, hanya penerusan email ke pengganti yang tidak.</translation>
    </message>
    <message>
        <source>The {service} server {host}&apos;s certificate could not be verified ({reason}), so Boundary did not connect; the connection may not be safe.</source>
        <translation>Sertifikat server {service} {host} tidak dapat diverifikasi ({reason}), jadi Boundary tidak terhubung; sambungan itu mungkin tidak aman.</translation>
    </message>
    <message>
        <source>A secure (TLS) connection to {service} server {host} could not be set up ({reason}).</source>
        <translation>Sambungan aman (TLS) ke server {service} {host} tidak dapat dibuat ({reason}).</translation>
    </message>
    <message>
        <source>The {service} server {host} (port {port}) refused the connection; it may be down.</source>
        <translation>Server {service} {host} (port {port}) menolak sambungan; mungkin server sedang mati.</translation>
    </message>
    <message>
        <source>The {service} server {host} did not answer within {seconds} seconds.</source>
        <translation>Server {service} {host} tidak menjawab dalam {seconds} detik.</translation>
    </message>
    <message>
        <source>The {service} server {host} could not be found; check its name and your internet connection.</source>
        <translation>Server {service} {host} tidak ditemukan; periksa namanya dan koneksi internet Anda.</translation>
    </message>
    <message>
        <source>The {service} server {host} cannot be reached ({reason}).</source>
        <translation>Server {service} {host} tidak dapat dijangkau ({reason}).</translation>
    </message>
    <message>
        <source>{service} did not answer within {seconds} seconds.</source>
        <translation>{service} tidak menjawab dalam {seconds} detik.</translation>
    </message>
    <message>
        <source>{service} did not answer within 1 second.</source>
        <translation>{service} tidak menjawab dalam 1 detik.</translation>
    </message>
    <message>
        <source>The account did not answer within {seconds} seconds.</source>
        <translation>Akun tidak menjawab dalam {seconds} detik.</translation>
    </message>
    <message>
        <source>{service} cannot be reached; check the network connection.</source>
        <translation>{service} tidak dapat dijangkau; periksa koneksi jaringan.</translation>
    </message>
    <message>
        <source>No password is stored for {account}; enter it again in Settings → Accounts.</source>
        <translation>Tidak ada kata sandi tersimpan untuk {account}; masukkan lagi di Pengaturan → Akun.</translation>
    </message>
    <message>
        <source>The {service} server {host} refused the user name or password for {user}; enter them again in Settings → Accounts.</source>
        <translation>Server {service} {host} menolak nama pengguna atau kata sandi untuk {user}; masukkan lagi di Pengaturan → Akun.</translation>
    </message>
    <message>
        <source>The {service} server {host} closed the connection; it will be tried again.</source>
        <translation>Server {service} {host} memutus sambungan; akan dicoba lagi.</translation>
    </message>
    <message>
        <source>The {service} server {host} did not answer as a mail server should.</source>
        <translation>Server {service} {host} tidak menjawab seperti seharusnya server email.</translation>
    </message>
    <message>
        <source>The {service} server {host} does not offer an encrypted connection (STARTTLS); choose ssl, or check the port.</source>
        <translation>Server {service} {host} tidak menawarkan sambungan terenkripsi (STARTTLS); pilih ssl, atau periksa port-nya.</translation>
    </message>
    <message>
        <source>The {service} server {host} refused: {said}</source>
        <translation>Server {service} {host} menolak: {said}</translation>
    </message>
    <message>
        <source>{label} holds a control character ({char}), which no setting may hold: &apos;{value}&apos;.</source>
        <translation>{label} berisi karakter kontrol ({char}), yang tidak boleh ada di pengaturan mana pun: &apos;{value}&apos;.</translation>
    </message>
    <message>
        <source>{label} must be a port number (1–65535), not &apos;{value}&apos;.</source>
        <translation>{label} harus berupa nomor port (1–65535), bukan &apos;{value}&apos;.</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; {problem}.</source>
        <translation>{label}: &apos;{value}&apos; {problem}.</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not an email address.</source>
        <translation>{label}: &apos;{value}&apos; bukan alamat email.</translation>
    </message>
    <message>
        <source>{label} must start with https://, not &apos;{value}&apos;.</source>
        <translation>{label} harus diawali https://, bukan &apos;{value}&apos;.</translation>
    </message>
    <message>
        <source>{label} must be one of {choices}, not &apos;{value}&apos;.</source>
        <translation>{label} harus salah satu dari {choices}, bukan &apos;{value}&apos;.</translation>
    </message>
    <message>
        <source>{label} should be a number, not {value}.</source>
        <translation>{label} harus berupa angka, bukan {value}.</translation>
    </message>
    <message>
        <source>{label} should be text, not {value}.</source>
        <translation>{label} harus berupa teks, bukan {value}.</translation>
    </message>
    <message>
        <source>{label} is needed.</source>
        <translation>{label} wajib diisi.</translation>
    </message>
    <message>
        <source>The end of the away period must come after its start.</source>
        <translation>Akhir masa tidak di kantor harus setelah awalnya.</translation>
    </message>
    <message>
        <source>The reply has no text; write a message for it before it is set.</source>
        <translation>Balasan tidak berisi teks; tulis pesannya sebelum dipasang.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an email address.</source>
        <translation>&apos;{value}&apos; bukan alamat email.</translation>
    </message>
    <message>
        <source>{service} sent an answer Boundary could not read.</source>
        <translation>{service} mengirim jawaban yang tidak dapat dibaca Boundary.</translation>
    </message>
    <message>
        <source>{service} is busy; Boundary will try again later.</source>
        <translation>{service} sedang sibuk; Boundary akan mencoba lagi nanti.</translation>
    </message>
    <message>
        <source>{service} is busy; Boundary will try again in {n} seconds.</source>
        <translation>{service} sedang sibuk; Boundary akan mencoba lagi dalam {n} detik.</translation>
    </message>
    <message>
        <source>{service} is busy; Boundary will try again in {n} minutes.</source>
        <translation>{service} sedang sibuk; Boundary akan mencoba lagi dalam {n} menit.</translation>
    </message>
    <message>
        <source>{service} is busy; Boundary will try again in {n} hours.</source>
        <translation>{service} sedang sibuk; Boundary akan mencoba lagi dalam {n} jam.</translation>
    </message>
    <message>
        <source>{service} had a problem on its side (HTTP {status}).</source>
        <translation>{service} mengalami masalah di pihaknya (HTTP {status}).</translation>
    </message>
    <message>
        <source>{service} refused this: {said}</source>
        <translation>{service} menolak ini: {said}</translation>
    </message>
    <message>
        <source>Sign-in was cancelled.</source>
        <translation>Proses masuk dibatalkan.</translation>
    </message>
    <message>
        <source>The browser sign-in was not finished in time; sign in again.</source>
        <translation>Proses masuk di browser tidak selesai tepat waktu; silakan masuk lagi.</translation>
    </message>
    <message>
        <source>Opening the browser to sign in to {service}…</source>
        <translation>Membuka browser untuk masuk ke {service}…</translation>
    </message>
    <message>
        <source>Waiting for you to finish signing in in the browser…</source>
        <translation>Menunggu Anda selesai masuk di browser…</translation>
    </message>
    <message>
        <source>Waiting for you to allow access in the browser…</source>
        <translation>Menunggu Anda mengizinkan akses di browser…</translation>
    </message>
    <message>
        <source>Open this address in a browser to sign in: {url}</source>
        <translation>Buka alamat ini di browser untuk masuk: {url}</translation>
    </message>
    <message>
        <source>Waiting for you to enter the code and sign in…</source>
        <translation>Menunggu Anda memasukkan kode dan masuk…</translation>
    </message>
    <message>
        <source>Finishing the sign-in…</source>
        <translation>Menyelesaikan proses masuk…</translation>
    </message>
    <message>
        <source>Finishing the sign-in with {service}…</source>
        <translation>Menyelesaikan proses masuk dengan {service}…</translation>
    </message>
    <message>
        <source>Signed in to {service} as {who}.</source>
        <translation>Masuk ke {service} sebagai {who}.</translation>
    </message>
    <message>
        <source>Signed in to Slack as {who} in {team}.</source>
        <translation>Masuk ke Slack sebagai {who} di {team}.</translation>
    </message>
    <message>
        <source>Boundary cannot receive the browser&apos;s answer here.</source>
        <translation>Boundary tidak dapat menerima jawaban browser di sini.</translation>
    </message>
    <message>
        <source>No browser could be opened to sign in to Slack.</source>
        <translation>Tidak ada browser yang dapat dibuka untuk masuk ke Slack.</translation>
    </message>
    <message>
        <source>The sign-in to Slack was declined.</source>
        <translation>Proses masuk ke Slack ditolak.</translation>
    </message>
    <message>
        <source>Slack did not complete the sign-in ({error}).</source>
        <translation>Slack tidak menyelesaikan proses masuk ({error}).</translation>
    </message>
    <message>
        <source>That is a bot token (xoxb-…); Boundary needs a user token (xoxp-…), which can set your own status.</source>
        <translation>Itu token bot (xoxb-…); Boundary memerlukan token pengguna (xoxp-…), yang dapat mengatur status Anda sendiri.</translation>
    </message>
    <message>
        <source>Give a user token, or your Slack app&apos;s client ID to sign in with Slack.</source>
        <translation>Berikan token pengguna, atau ID klien aplikasi Slack Anda untuk masuk dengan Slack.</translation>
    </message>
    <message>
        <source>Status emoji must be an emoji name such as :door:, not &apos;{emoji}&apos;.</source>
        <translation>Emoji status harus berupa nama emoji seperti :door:, bukan &apos;{emoji}&apos;.</translation>
    </message>
    <message>
        <source>Slack no longer accepts the sign-in of {account} ({code}); sign in again.</source>
        <translation>Slack tidak lagi menerima proses masuk {account} ({code}); silakan masuk lagi.</translation>
    </message>
    <message>
        <source>Boundary is not signed in to Slack for {account}.</source>
        <translation>Boundary belum masuk ke Slack untuk {account}.</translation>
    </message>
    <message>
        <source>Slack did not give a user token; check the app&apos;s user scopes.</source>
        <translation>Slack tidak memberikan token pengguna; periksa user scopes aplikasi.</translation>
    </message>
    <message>
        <source>The browser&apos;s answer did not belong to this sign-in.</source>
        <translation>Jawaban browser bukan milik proses masuk ini.</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be used ({reason}).</source>
        <translation>Folder {folder} tidak dapat digunakan ({reason}).</translation>
    </message>
    <message>
        <source>{kind} accounts cannot list new mail.</source>
        <translation>Akun {kind} tidak dapat menampilkan email baru.</translation>
    </message>
    <message>
        <source>{kind} accounts cannot forward mail.</source>
        <translation>Akun {kind} tidak dapat meneruskan email.</translation>
    </message>
    <message>
        <source>{kind} accounts cannot send mail.</source>
        <translation>Akun {kind} tidak dapat mengirim email.</translation>
    </message>
    <message>
        <source>{kind} accounts cannot forward mail to your backup.</source>
        <translation>Akun {kind} tidak dapat meneruskan email ke pengganti Anda.</translation>
    </message>
    <message>
        <source>Application (client) ID must look like 00000000-0000-0000-0000-000000000000 (copy it from the app registration), not &apos;{value}&apos;.</source>
        <translation>Application (client) ID harus berbentuk 00000000-0000-0000-0000-000000000000 (salin dari pendaftaran aplikasi), bukan &apos;{value}&apos;.</translation>
    </message>
    <message>
        <source>Tenant must be a tenant ID, a domain or &apos;organizations&apos;, not &apos;{value}&apos;.</source>
        <translation>Tenant harus berupa ID tenant, domain, atau &apos;organizations&apos;, bukan &apos;{value}&apos;.</translation>
    </message>
    <message>
        <source>Sign-in address must start with https://, not &apos;{value}&apos;.</source>
        <translation>Alamat masuk harus diawali https://, bukan &apos;{value}&apos;.</translation>
    </message>
    <message>
        <source>This copy of Boundary has no Microsoft registration of its own; add the account again with your organisation&apos;s Application (client) ID.</source>
        <translation>Salinan Boundary ini tidak memiliki pendaftaran Microsoft sendiri; tambahkan akun lagi dengan Application (client) ID organisasi Anda.</translation>
    </message>
    <message>
        <source>The Microsoft sign-in service cannot be reached; check the network connection.</source>
        <translation>Layanan masuk Microsoft tidak dapat dijangkau; periksa sambungan jaringan.</translation>
    </message>
    <message>
        <source>Microsoft does not recognise the tenant &apos;{tenant}&apos;; check the account&apos;s tenant.</source>
        <translation>Microsoft tidak mengenali tenant &apos;{tenant}&apos;; periksa tenant akun ini.</translation>
    </message>
    <message>
        <source>Boundary is not signed in to Microsoft 365 as {email}; sign in first.</source>
        <translation>Boundary belum masuk ke Microsoft 365 sebagai {email}; silakan masuk terlebih dahulu.</translation>
    </message>
    <message>
        <source>The Microsoft sign-in service sent an answer Boundary could not read.</source>
        <translation>Layanan masuk Microsoft mengirim jawaban yang tidak dapat dibaca Boundary.</translation>
    </message>
    <message>
        <source>The Microsoft sign-in service is busy; Boundary will try again.</source>
        <translation>Layanan masuk Microsoft sedang sibuk; Boundary akan mencoba lagi.</translation>
    </message>
    <message>
        <source>The Microsoft 365 sign-in for {email} has expired; sign in again.</source>
        <translation>Sesi masuk Microsoft 365 untuk {email} sudah kedaluwarsa; silakan masuk lagi.</translation>
    </message>
    <message>
        <source>The sign-in to Microsoft 365 was declined.</source>
        <translation>Proses masuk ke Microsoft 365 ditolak.</translation>
    </message>
    <message>
        <source>The sign-in code expired before it was used; sign in again.</source>
        <translation>Kode masuk kedaluwarsa sebelum digunakan; silakan masuk lagi.</translation>
    </message>
    <message>
        <source>Microsoft refused the app registration ({code}); check the application (client) ID and that the registration allows public client flows.</source>
        <translation>Microsoft menolak pendaftaran aplikasi ({code}); periksa Application (client) ID dan apakah pendaftaran mengizinkan public client flow.</translation>
    </message>
    <message>
        <source>Microsoft did not complete the sign-in ({code}).</source>
        <translation>Microsoft tidak menyelesaikan proses masuk ({code}).</translation>
    </message>
    <message>
        <source>Microsoft would not start a sign-in with a code ({code}); check the application (client) ID and that the app registration allows public client flows.</source>
        <translation>Microsoft tidak mau memulai proses masuk dengan kode ({code}); periksa Application (client) ID dan apakah pendaftaran aplikasi mengizinkan public client flow.</translation>
    </message>
    <message>
        <source>Microsoft 365 no longer accepts the sign-in for {email}; sign in again.</source>
        <translation>Microsoft 365 tidak lagi menerima sesi masuk untuk {email}; silakan masuk lagi.</translation>
    </message>
    <message>
        <source>Microsoft 365 needs an end time for a reply that starts later.</source>
        <translation>Microsoft 365 memerlukan waktu berakhir untuk balasan otomatis yang dimulai nanti.</translation>
    </message>
    <message>
        <source>To tell whether your backups are away, Boundary needs to read mail tips in {email} (Mail.Read); sign in again to allow it.</source>
        <translation>Untuk mengetahui apakah pengganti Anda sedang tidak di kantor, Boundary perlu membaca mail tips di {email} (Mail.Read); silakan masuk lagi untuk mengizinkannya.</translation>
    </message>
    <message>
        <source>Microsoft offers no Teams status for a personal Microsoft account.</source>
        <translation>Microsoft tidak menyediakan status Teams untuk akun Microsoft pribadi.</translation>
    </message>
    <message>
        <source>Do Not Disturb needs an end.</source>
        <translation>Jangan Ganggu memerlukan waktu berakhir.</translation>
    </message>
    <message>
        <source>The Google Chat status is turned off for this account.</source>
        <translation>Status Google Chat dimatikan untuk akun ini.</translation>
    </message>
    <message>
        <source>Boundary has not been allowed to change your Google Chat status in this account; sign in again and allow it.</source>
        <translation>Boundary belum diizinkan mengubah status Google Chat Anda di akun ini; masuk lagi dan izinkan.</translation>
    </message>
    <message>
        <source>Google sent a Chat status Boundary could not read.</source>
        <translation>Google mengirim status Chat yang tidak dapat dibaca Boundary.</translation>
    </message>
    <message>
        <source>Boundary is not signed in to this Google account yet; sign in to let it set your auto-reply.</source>
        <translation>Boundary belum masuk ke akun Google ini; silakan masuk agar Boundary dapat memasang balasan otomatis Anda.</translation>
    </message>
    <message>
        <source>Google no longer accepts Boundary&apos;s sign-in for this account (it expired or was revoked); please sign in again.</source>
        <translation>Google tidak lagi menerima sesi masuk Boundary untuk akun ini (kedaluwarsa atau dicabut); silakan masuk lagi.</translation>
    </message>
    <message>
        <source>The OAuth client of this account is missing from the keyring; add the account again with its OAuth client file.</source>
        <translation>Klien OAuth akun ini tidak ada di keyring; tambahkan akun lagi dengan berkas klien OAuth-nya.</translation>
    </message>
    <message>
        <source>The sign-in took too long; please try again.</source>
        <translation>Proses masuk terlalu lama; silakan coba lagi.</translation>
    </message>
    <message>
        <source>Access was not allowed in the browser.</source>
        <translation>Akses tidak diizinkan di browser.</translation>
    </message>
    <message>
        <source>Google did not complete the sign-in ({code}).</source>
        <translation>Google tidak menyelesaikan proses masuk ({code}).</translation>
    </message>
    <message>
        <source>This account is set up for &apos;{features}&apos; only, so Boundary does not {permission} here; set its features to &apos;{feature}&apos; to allow it.</source>
        <translation>Akun ini hanya diatur untuk &apos;{features}&apos;, jadi Boundary tidak {permission} di sini; atur fiturnya ke &apos;{feature}&apos; untuk mengizinkannya.</translation>
    </message>
    <message>
        <source>Boundary has not been allowed to {permission} in this account; sign in again and allow it.</source>
        <translation>Boundary belum diizinkan untuk {permission} di akun ini; silakan masuk lagi dan izinkan.</translation>
    </message>
    <message>
        <source>A gmail.com account cannot keep a reply to colleagues only (Google offers that to Google Workspace accounts); choose another audience for it.</source>
        <translation>Akun gmail.com tidak dapat menyimpan balasan otomatis khusus untuk rekan kerja (Google menyediakannya untuk akun Google Workspace); pilih penerima lain.</translation>
    </message>
    <message>
        <source>Gmail forwards only to confirmed addresses, and {address} has not confirmed yet: ask them to open the link Google sent them, then go away again.</source>
        <translation>Gmail hanya meneruskan ke alamat yang sudah dikonfirmasi, dan {address} belum mengonfirmasi: minta mereka membuka tautan yang dikirim Google, lalu atur ketidakhadiran lagi.</translation>
    </message>
    <message>
        <source>Gmail forwards only to addresses you confirmed, and {address} is not one yet. In Gmail open Settings (the gear) → See all settings → Forwarding and POP/IMAP → Add a forwarding address, enter {address}, and ask them to open the link Google sends; then go away again. (Leave &quot;Disable forwarding&quot; on there: Boundary forwards with a filter of its own, only while you are away.)</source>
        <translation>Gmail hanya meneruskan ke alamat yang Anda konfirmasi, dan {address} belum termasuk. Di Gmail buka Setelan (ikon roda gigi) → Lihat semua setelan → Penerusan dan POP/IMAP → Tambahkan alamat penerusan, masukkan {address}, dan minta mereka membuka tautan yang dikirim Google; lalu atur ketidakhadiran lagi. (Biarkan &quot;Nonaktifkan penerusan&quot; tetap aktif di sana: Boundary meneruskan dengan filternya sendiri, hanya selama Anda pergi.)</translation>
    </message>
    <message>
        <source>Google sent the message in a form Boundary could not read; it will try again.</source>
        <translation>Google mengirim pesan dalam bentuk yang tidak dapat dibaca Boundary; Boundary akan mencoba lagi.</translation>
    </message>
    <message>
        <source>Google&apos;s sign-in service did not answer; Boundary will try again.</source>
        <translation>Layanan masuk Google tidak menjawab; Boundary akan mencoba lagi.</translation>
    </message>
    <message>
        <source>Google&apos;s servers could not be reached ({reason}); Boundary will try again.</source>
        <translation>Server Google tidak dapat dijangkau ({reason}); Boundary akan mencoba lagi.</translation>
    </message>
    <message>
        <source>Google sent an answer Boundary could not read; it will try again.</source>
        <translation>Google mengirim jawaban yang tidak dapat dibaca Boundary; Boundary akan mencoba lagi.</translation>
    </message>
    <message>
        <source>Something went wrong talking to Google ({error}); Boundary will try again.</source>
        <translation>Terjadi kesalahan saat berkomunikasi dengan Google ({error}); Boundary akan mencoba lagi.</translation>
    </message>
    <message>
        <source>Google asks Boundary to slow down for a while; it will try again.</source>
        <translation>Google meminta Boundary memperlambat untuk sementara; Boundary akan mencoba lagi.</translation>
    </message>
    <message>
        <source>Google&apos;s servers had a problem (error {status}); Boundary will try again.</source>
        <translation>Server Google mengalami masalah (galat {status}); Boundary akan mencoba lagi.</translation>
    </message>
    <message>
        <source>Boundary&apos;s sign-in does not allow it to {what}; sign in again and allow it.</source>
        <translation>Sesi masuk Boundary tidak mengizinkannya untuk {what}; silakan masuk lagi dan izinkan.</translation>
    </message>
    <message>
        <source>Google refused to {what}: {said}.</source>
        <translation>Google menolak untuk {what}: {said}.</translation>
    </message>
    <message>
        <source>Google&apos;s sign-in service could not be reached ({reason}).</source>
        <translation>Layanan masuk Google tidak dapat dijangkau ({reason}).</translation>
    </message>
    <message>
        <source>Google did not complete the sign-in: {said}.</source>
        <translation>Google tidak menyelesaikan proses masuk: {said}.</translation>
    </message>
    <message>
        <source>The OAuth client file {path} does not exist.</source>
        <translation>Berkas klien OAuth {path} tidak ada.</translation>
    </message>
    <message>
        <source>The OAuth client file {path} cannot be read ({reason}).</source>
        <translation>Berkas klien OAuth {path} tidak dapat dibaca ({reason}).</translation>
    </message>
    <message>
        <source>{path} is not an OAuth client file; download the JSON of a &apos;Desktop app&apos; client from Google Cloud Console.</source>
        <translation>{path} bukan berkas klien OAuth; unduh JSON klien &apos;Desktop app&apos; dari Google Cloud Console.</translation>
    </message>
    <message>
        <source>{path} is {what}; Boundary needs the JSON of a &apos;Desktop app&apos; OAuth client.</source>
        <translation>{path} adalah {what}; Boundary memerlukan JSON klien OAuth &apos;Desktop app&apos;.</translation>
    </message>
    <message>
        <source>The OAuth client file {path} lacks {keys}.</source>
        <translation>Berkas klien OAuth {path} tidak memiliki {keys}.</translation>
    </message>
    <message>
        <source>The token file {path} does not exist.</source>
        <translation>Berkas token {path} tidak ada.</translation>
    </message>
    <message>
        <source>The token file {path} cannot be read ({reason}).</source>
        <translation>Berkas token {path} tidak dapat dibaca ({reason}).</translation>
    </message>
    <message>
        <source>{path} is not an authorized-user token file (it has no refresh token).</source>
        <translation>{path} bukan berkas token pengguna terotorisasi (tidak ada refresh token).</translation>
    </message>
    <message>
        <source>The token file {path} belongs to another OAuth client than the one given.</source>
        <translation>Berkas token {path} milik klien OAuth lain, bukan yang diberikan.</translation>
    </message>
    <message>
        <source>The calendar is turned off for this account.</source>
        <translation>Kalender dinonaktifkan untuk akun ini.</translation>
    </message>
    <message>
        <source>Boundary has not been allowed to manage your calendar in this account; sign in again and allow it.</source>
        <translation>Boundary belum diizinkan mengelola kalender Anda di akun ini; silakan masuk lagi dan izinkan.</translation>
    </message>
    <message>
        <source>Google sent an event Boundary could not read.</source>
        <translation>Google mengirim acara yang tidak dapat dibaca Boundary.</translation>
    </message>
    <message>
        <source>This mailbox is on Exchange Online (Microsoft 365), which has stopped serving EWS to apps like Boundary, so add it as a Microsoft 365 account instead (kind &apos;m365&apos;, e.g. boundary accounts add m365 NAME --email ADDRESS --client-id ID).</source>
        <translation>Kotak surat ini ada di Exchange Online (Microsoft 365), yang tidak lagi melayani EWS untuk aplikasi seperti Boundary; jadi tambahkan sebagai akun Microsoft 365 (jenis &apos;m365&apos;, mis. boundary accounts add m365 NAMA --email ALAMAT --client-id ID).</translation>
    </message>
    <message>
        <source>The end of the away period has already passed.</source>
        <translation>Akhir masa tidak di kantor sudah lewat.</translation>
    </message>
    <message>
        <source>No password is stored for this account; enter it in Settings → Accounts.</source>
        <translation>Tidak ada kata sandi tersimpan untuk akun ini; masukkan di Pengaturan → Akun.</translation>
    </message>
    <message>
        <source>An access token is only sent over a secure connection; the EWS address must start with https://.</source>
        <translation>Token akses hanya dikirim melalui sambungan aman; alamat EWS harus diawali https://.</translation>
    </message>
    <message>
        <source>Exchange did not accept the access token (it may have expired); enter a new one in Settings → Accounts.</source>
        <translation>Exchange tidak menerima token akses (mungkin sudah kedaluwarsa); masukkan yang baru di Pengaturan → Akun.</translation>
    </message>
    <message>
        <source>Exchange says this account is locked out; once your IT team unlocks it, sign in again.</source>
        <translation>Exchange menyatakan akun ini terkunci; setelah tim TI Anda membukanya, silakan masuk lagi.</translation>
    </message>
    <message>
        <source>Exchange did not accept the user name and password; enter them again in Settings → Accounts.</source>
        <translation>Exchange tidak menerima nama pengguna dan kata sandi; masukkan lagi di Pengaturan → Akun.</translation>
    </message>
    <message>
        <source>Exchange is busy and asked Boundary to wait before trying again.</source>
        <translation>Exchange sedang sibuk dan meminta Boundary menunggu sebelum mencoba lagi.</translation>
    </message>
    <message>
        <source>The Exchange server had a problem (HTTP {status}); Boundary will try again.</source>
        <translation>Server Exchange mengalami masalah (HTTP {status}); Boundary akan mencoba lagi.</translation>
    </message>
    <message>
        <source>Boundary could not reach {server}; check that this computer is online.</source>
        <translation>Boundary tidak dapat menjangkau {server}; periksa apakah komputer ini terhubung ke internet.</translation>
    </message>
    <message>
        <source>The EWS address sends Boundary elsewhere ({url}); check the address in Settings → Accounts.</source>
        <translation>Alamat EWS mengarahkan Boundary ke tempat lain ({url}); periksa alamatnya di Pengaturan → Akun.</translation>
    </message>
    <message>
        <source>Boundary could not find the Exchange server for this address automatically; enter the EWS address (usually https://mail.your-domain/EWS/Exchange.asmx).</source>
        <translation>Boundary tidak dapat menemukan server Exchange untuk alamat ini secara otomatis; masukkan alamat EWS (biasanya https://mail.domain-anda/EWS/Exchange.asmx).</translation>
    </message>
    <message>
        <source>Exchange cannot do this right now: {said}</source>
        <translation>Exchange tidak dapat melakukan ini sekarang: {said}</translation>
    </message>
    <message>
        <source>That message is no longer in the mailbox (it may have been moved or deleted).</source>
        <translation>Pesan itu sudah tidak ada di kotak surat (mungkin dipindahkan atau dihapus).</translation>
    </message>
    <message>
        <source>Exchange refused: {said}</source>
        <translation>Exchange menolak: {said}</translation>
    </message>
    <message>
        <source>Exchange sent an answer Boundary could not read; it will try again later.</source>
        <translation>Exchange mengirim jawaban yang tidak dapat dibaca Boundary; Boundary akan mencoba lagi nanti.</translation>
    </message>
    <message>
        <source>Exchange&apos;s front end reported a problem ({said}).</source>
        <translation>Front end Exchange melaporkan masalah ({said}).</translation>
    </message>
    <message>
        <source>Boundary could not talk to {server}; it will try again later.</source>
        <translation>Boundary tidak dapat berkomunikasi dengan {server}; Boundary akan mencoba lagi nanti.</translation>
    </message>
    <message>
        <source>Exchange cannot take this reply: {said}</source>
        <translation>Exchange tidak dapat menerima balasan otomatis ini: {said}</translation>
    </message>
    <message>
        <source>Security &apos;plain-loopback&apos; sends your password unencrypted, so it is only allowed for a server on this computer, and {host} is not; choose ssl or starttls.</source>
        <translation>Keamanan &apos;plain-loopback&apos; mengirim kata sandi Anda tanpa enkripsi, jadi hanya diizinkan untuk server di komputer ini, dan {host} bukan; pilih ssl atau starttls.</translation>
    </message>
    <message>
        <source>Boundary will not send your password unencrypted to {host}; set this account&apos;s security to ssl or starttls.</source>
        <translation>Boundary tidak akan mengirim kata sandi Anda tanpa enkripsi ke {host}; atur keamanan akun ini ke ssl atau starttls.</translation>
    </message>
    <message>
        <source>Security must be one of {choices}, not &apos;{value}&apos;.</source>
        <translation>Keamanan harus salah satu dari {choices}, bukan &apos;{value}&apos;.</translation>
    </message>
    <message>
        <source>The IMAP server {host} closed the connection while signing in.</source>
        <translation>Server IMAP {host} menutup sambungan saat proses masuk.</translation>
    </message>
    <message>
        <source>The inbox could not be opened: {said}</source>
        <translation>Kotak masuk tidak dapat dibuka: {said}</translation>
    </message>
    <message>
        <source>The IMAP server could not search the inbox: {said}</source>
        <translation>Server IMAP tidak dapat mencari di kotak masuk: {said}</translation>
    </message>
    <message>
        <source>Forwarding is off for {account}: it has no SMTP server to send mail with; set one in Settings → Accounts to forward mail to your backup.</source>
        <translation>Meneruskan nonaktif untuk {account}: akun ini tidak punya server SMTP untuk mengirim email; atur satu di Pengaturan → Akun untuk meneruskan email ke pengganti Anda.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a message of this mailbox.</source>
        <translation>&apos;{value}&apos; bukan pesan di kotak surat ini.</translation>
    </message>
    <message>
        <source>That message is no longer in the inbox, so it was not forwarded.</source>
        <translation>Pesan itu sudah tidak ada di kotak masuk, jadi tidak diteruskan.</translation>
    </message>
    <message>
        <source>Sending mail is off for {account}: it has no SMTP server to send mail with; set one in Settings → Accounts.</source>
        <translation>Pengiriman email nonaktif untuk {account}: akun ini tidak punya server SMTP untuk mengirim email; atur satu di Pengaturan → Akun.</translation>
    </message>
    <message>
        <source>The {service} server {host} asked to try later: {said}</source>
        <translation>Server {service} {host} meminta untuk mencoba lagi nanti: {said}</translation>
    </message>
    <message>
        <source>The ManageSieve server {host} does not offer an encrypted connection (STARTTLS), so Boundary will not send your password to it.</source>
        <translation>Server ManageSieve {host} tidak menyediakan sambungan terenkripsi (STARTTLS), jadi Boundary tidak akan mengirim kata sandi Anda ke sana.</translation>
    </message>
    <message>
        <source>The {service} server {host} closed the connection ({said}).</source>
        <translation>Server {service} {host} menutup sambungan ({said}).</translation>
    </message>
    <message>
        <source>The mail server refused the auto-reply ({command}): {said}</source>
        <translation>Server email menolak balasan otomatis ({command}): {said}</translation>
    </message>
    <message>
        <source>Your own mail filters (&apos;{theirs}&apos;) are switched on, and this server cannot run a second script beside them (it lacks Sieve &apos;{extension}&apos;), so Boundary will not replace them; set the reply in webmail instead.</source>
        <translation>Filter email Anda sendiri (&apos;{theirs}&apos;) aktif, dan server ini tidak dapat menjalankan skrip kedua di sampingnya (tidak ada Sieve &apos;{extension}&apos;), jadi Boundary tidak akan menggantinya; pasang balasan otomatis lewat webmail.</translation>
    </message>
    <message>
        <source>This mail server&apos;s filters cannot send a copy of your mail on (Sieve &apos;copy&apos;, RFC 3894), so Boundary cannot forward it to your backup there.</source>
        <translation>Filter server email ini tidak dapat meneruskan salinan email Anda (Sieve &apos;copy&apos;, RFC 3894), jadi Boundary tidak dapat meneruskannya ke pengganti Anda di sana.</translation>
    </message>
    <message>
        <source>This mail server&apos;s filters lack what an auto-reply needs (Sieve {extensions}), so Boundary cannot set it there.</source>
        <translation>Filter server email ini tidak memiliki yang diperlukan balasan otomatis (Sieve {extensions}), jadi Boundary tidak dapat memasangnya di sana.</translation>
    </message>
    <message>
        <source>Your mail server already has a filter script named &apos;{name}&apos; that Boundary did not make; rename it (in webmail) so Boundary can set the reply.</source>
        <translation>Server email Anda sudah punya skrip filter bernama &apos;{name}&apos; yang tidak dibuat Boundary; ganti namanya (di webmail) agar Boundary dapat memasang balasan otomatis.</translation>
    </message>
    <message>
        <source>This mail server does not let your filters send mail on to your backup (it refused Boundary&apos;s script: {said}); ask your mail provider, or choose the auto-reply alone.</source>
        <translation>Server email ini tidak mengizinkan filter Anda meneruskan email ke pengganti Anda (server menolak skrip Boundary: {said}); tanyakan ke penyedia email Anda, atau pilih balasan otomatis saja.</translation>
    </message>
    <message>
        <source>Your mail server has no room left for filters, so the reply was not set and nothing was changed (the server said: {said}). Delete filters you no longer use in webmail, then set the reply again.</source>
        <translation>Server email Anda tidak punya ruang lagi untuk filter, jadi balasan otomatis tidak dipasang dan tidak ada yang diubah (kata server: {said}). Hapus filter yang tidak Anda pakai lagi di webmail, lalu pasang balasan lagi.</translation>
    </message>
    <message>
        <source>Your own filters (&apos;{theirs}&apos;) are too long for this mail server to keep a copy of them beside the reply ({size} KB; at most {limit} KB), so Boundary did not set it and nothing was changed; set the reply in webmail instead.</source>
        <translation>Filter Anda sendiri (&apos;{theirs}&apos;) terlalu panjang bagi server email ini untuk menyimpan salinannya di samping balasan otomatis ({size} KB; paling banyak {limit} KB), jadi Boundary tidak memasangnya dan tidak ada yang diubah; pasang balasan lewat webmail.</translation>
    </message>
    <message>
        <source>Your own filters (&apos;{theirs}&apos;) are too long for this mail server to keep a copy of them beside the reply ({size} KB; more than it keeps), so Boundary did not set it and nothing was changed; set the reply in webmail instead.</source>
        <translation>Filter Anda sendiri (&apos;{theirs}&apos;) terlalu panjang bagi server email ini untuk menyimpan salinannya di samping balasan otomatis ({size} KB; lebih dari yang disimpannya), jadi Boundary tidak memasangnya dan tidak ada yang diubah; pasang balasan lewat webmail.</translation>
    </message>
    <message>
        <source>The reply is too long for this mail server ({size} KB as a filter script), so it was not set and nothing was changed; shorten the messages.</source>
        <translation>Balasan otomatis terlalu panjang untuk server email ini ({size} KB sebagai skrip filter), jadi tidak dipasang dan tidak ada yang diubah; persingkat pesannya.</translation>
    </message>
    <message>
        <source>The reply is too long for this mail server by about {characters} characters (it keeps filter scripts of at most {limit} KB; this one would be {size} KB), so it was not set and nothing was changed; shorten the messages.</source>
        <translation>Balasan otomatis sekitar {characters} karakter terlalu panjang untuk server email ini (server menyimpan skrip filter paling banyak {limit} KB; yang ini akan {size} KB), jadi tidak dipasang dan tidak ada yang diubah; persingkat pesannya.</translation>
    </message>
    <message>
        <source>Your mail server keeps at most {most} filter scripts for you, and Boundary needs room for {needs}.</source>
        <translation>Server email Anda menyimpan paling banyak {most} skrip filter untuk Anda, dan Boundary memerlukan ruang untuk {needs}.</translation>
    </message>
    <message>
        <source>Your mail server keeps a limited number of filter scripts for you, and Boundary needs room for {needs}.</source>
        <translation>Server email Anda menyimpan skrip filter dalam jumlah terbatas untuk Anda, dan Boundary memerlukan ruang untuk {needs}.</translation>
    </message>
    <message>
        <source>These of yours are switched off and may be deleted in webmail: {names}; then set the reply again.</source>
        <translation>Skrip milik Anda ini nonaktif dan boleh dihapus di webmail: {names}; lalu pasang balasan lagi.</translation>
    </message>
    <message>
        <source>Ask your mail provider for room for more scripts.</source>
        <translation>Minta ruang untuk lebih banyak skrip kepada penyedia email Anda.</translation>
    </message>
    <message>
        <source>Boundary never deletes your scripts, and nothing was changed.</source>
        <translation>Boundary tidak pernah menghapus skrip Anda, dan tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The reply was changed outside Boundary (for example in webmail).</source>
        <translation>Balasan otomatis diubah di luar Boundary (misalnya di webmail).</translation>
    </message>
    <message>
        <source>The forwarding to your backup was changed or removed outside Boundary (for example in webmail).</source>
        <translation>Penerusan ke pengganti Anda diubah atau dihapus di luar Boundary (misalnya di webmail).</translation>
    </message>
    <message>
        <source>Mail forwarded to {to} bounced ({moment}, 5.7.520): your organisation refuses to forward outside it, so choose a backup inside your organisation.</source>
        <translation>Email yang diteruskan ke {to} terpental ({moment}, 5.7.520): organisasi Anda menolak meneruskan ke luar organisasi, jadi pilih pengganti di dalam organisasi Anda.</translation>
    </message>
    <message>
        <source>The mail server keeps the forwarding rule but says it does not work; organisations often block forwarding outside them (Exchange Online: 5.7.520), so ask IT or choose a backup inside your organisation.</source>
        <translation>Server email menyimpan aturan penerusan tetapi menyatakan aturan itu tidak berfungsi; organisasi sering memblokir penerusan ke luar (Exchange Online: 5.7.520), jadi tanyakan ke TI atau pilih pengganti di dalam organisasi Anda.</translation>
    </message>
    <message>
        <source>The service does not offer this for this account (a Teams status needs a work or school account); turn the feature off in the account&apos;s settings.</source>
        <translation>Layanan ini tidak menyediakannya untuk akun ini (status Teams memerlukan akun kantor atau sekolah); nonaktifkan fitur ini di pengaturan akun.</translation>
    </message>
    <message>
        <source>Your out-of-office event in the calendar was changed or removed outside Boundary (for example in Outlook or Google Calendar).</source>
        <translation>Acara tidak di kantor Anda di kalender diubah atau dihapus di luar Boundary (misalnya di Outlook atau Google Kalender).</translation>
    </message>
    <message>
        <source>The chat status Boundary set was changed or cleared outside Boundary (for example in Teams).</source>
        <translation>Status obrolan yang dipasang Boundary diubah atau dihapus di luar Boundary (misalnya di Teams).</translation>
    </message>
    <message>
        <source>Not sent yet.</source>
        <translation>Belum dikirim.</translation>
    </message>
    <message>
        <source>Something went wrong talking to this account ({error}).</source>
        <translation>Terjadi kesalahan saat berkomunikasi dengan akun ini ({error}).</translation>
    </message>
    <message>
        <source>No provider of kind &apos;{kind}&apos; is installed.</source>
        <translation>Tidak ada penyedia jenis &apos;{kind}&apos; yang terpasang.</translation>
    </message>
    <message>
        <source>The &apos;{kind}&apos; provider could not be loaded: {error}</source>
        <translation>Penyedia &apos;{kind}&apos; tidak dapat dimuat: {error}</translation>
    </message>
    <message>
        <source>line {line}:</source>
        <translation>baris {line}:</translation>
    </message>
    <message>
        <source>{key}</source>
        <translation>{key}</translation>
    </message>
    <message>
        <source>{key} should be {expected}, not {found}</source>
        <translation>{key} harus berupa {expected}, bukan {found}</translation>
    </message>
    <message>
        <source>{key} holds a control character ({char}); remove it (only tabs and line breaks may be in a text)</source>
        <translation>{key} berisi karakter kontrol ({char}); hapus karakter itu (hanya tab dan baris baru yang boleh ada di teks)</translation>
    </message>
    <message>
        <source>{key} should be a table ([[{name}]])</source>
        <translation>{key} harus berupa tabel ([[{name}]])</translation>
    </message>
    <message>
        <source>{key} is {value}; it should be 1 or more</source>
        <translation>{key} bernilai {value}; seharusnya 1 atau lebih</translation>
    </message>
    <message>
        <source>{key} is &apos;{value}&apos;, which is not an email address</source>
        <translation>{key} berisi &apos;{value}&apos;, yang bukan alamat email</translation>
    </message>
    <message>
        <source>{key} is &apos;{value}&apos;, which is not a time zone; use a name like &apos;Europe/Amsterdam&apos;</source>
        <translation>{key} berisi &apos;{value}&apos;, yang bukan zona waktu; gunakan nama seperti &apos;Asia/Jakarta&apos;</translation>
    </message>
    <message>
        <source>{key} is &apos;{value}&apos;; use all, contacts or internal</source>
        <translation>{key} berisi &apos;{value}&apos;; gunakan all, contacts, atau internal</translation>
    </message>
    <message>
        <source>{key} is &apos;{value}&apos;; use one of {choices}</source>
        <translation>{key} berisi &apos;{value}&apos;; gunakan salah satu dari {choices}</translation>
    </message>
    <message>
        <source>{key} is &apos;{value}&apos;; use one of {choices} or &quot;&quot;</source>
        <translation>{key} berisi &apos;{value}&apos;; gunakan salah satu dari {choices} atau &quot;&quot;</translation>
    </message>
    <message>
        <source>{key} is &apos;{value}&apos;; use a time like 09:00</source>
        <translation>{key} berisi &apos;{value}&apos;; gunakan jam seperti 09:00</translation>
    </message>
    <message>
        <source>{key} should be a table of templates</source>
        <translation>{key} harus berupa tabel templat</translation>
    </message>
    <message>
        <source>{key} should be a table</source>
        <translation>{key} harus berupa tabel</translation>
    </message>
    <message>
        <source>{key} has no name</source>
        <translation>{key} tidak punya nama</translation>
    </message>
    <message>
        <source>{key} (&apos;{name}&apos;) has no kind, such as kind = &quot;local&quot;</source>
        <translation>{key} (&apos;{name}&apos;) tidak punya jenis, misalnya kind = &quot;local&quot;</translation>
    </message>
    <message>
        <source>{key} &apos;{name}&apos; is used by two accounts</source>
        <translation>{key} &apos;{name}&apos; dipakai oleh dua akun</translation>
    </message>
    <message>
        <source>{key} ({name}) cannot be used:</source>
        <translation>{key} ({name}) tidak dapat dipakai:</translation>
    </message>
    <message>
        <source>{key} is {value}; use a number from {low} to {high}</source>
        <translation>{key} bernilai {value}; gunakan angka dari {low} sampai {high}</translation>
    </message>
    <message>
        <source>{key} holds a day that is not a day of the week</source>
        <translation>{key} berisi hari yang bukan hari dalam seminggu</translation>
    </message>
    <message>
        <source>{key} has windows at {earlier} and {later}, which overlap: windows last {minutes} minutes, so their start times must be at least that far apart</source>
        <translation>{key} punya jendela pada {earlier} dan {later}, yang tumpang tindih: jendela berlangsung {minutes} menit, jadi jam mulainya harus berjarak paling sedikit sepanjang itu</translation>
    </message>
    <message>
        <source>{key} has windows at {earlier} and {later}, which overlap: windows last {minutes} minutes, so their start times must be at least that far apart (across midnight)</source>
        <translation>{key} punya jendela pada {earlier} dan {later}, yang tumpang tindih: jendela berlangsung {minutes} menit, jadi jam mulainya harus berjarak paling sedikit sepanjang itu (melewati tengah malam)</translation>
    </message>
    <message>
        <source>{key} holds &apos;{value}&apos; is not a time of day; use a time like 10:00</source>
        <translation>{key} berisi &apos;{value}&apos;, yang bukan jam; gunakan jam seperti 10:00</translation>
    </message>
    <message>
        <source>{key} holds &apos;{value}&apos; is not a day of the week; use mon, tue, wed, thu, fri, sat or sun</source>
        <translation>{key} berisi &apos;{value}&apos;, yang bukan hari dalam seminggu; gunakan mon, tue, wed, thu, fri, sat, atau sun</translation>
    </message>
    <message>
        <source>{key} holds &apos;{value}&apos; is not a day or a range of days; use e.g. mon-fri</source>
        <translation>{key} berisi &apos;{value}&apos;, yang bukan hari atau rentang hari; gunakan misalnya mon-fri</translation>
    </message>
    <message>
        <source>{key} holds {value}; use times like &quot;10:00&quot;</source>
        <translation>{key} berisi {value}; gunakan jam seperti &quot;10:00&quot;</translation>
    </message>
    <message>
        <source>{key} holds {value}; use a time like &quot;10:00&quot;</source>
        <translation>{key} berisi {value}; gunakan jam seperti &quot;10:00&quot;</translation>
    </message>
    <message>
        <source>{key} has {value} twice</source>
        <translation>{key} berisi {value} dua kali</translation>
    </message>
    <message>
        <source>{key} should be a list of days, such as [&quot;mon&quot;, &quot;wed&quot;]</source>
        <translation>{key} harus berupa daftar hari, misalnya [&quot;mon&quot;, &quot;wed&quot;]</translation>
    </message>
    <message>
        <source>{key} holds {value}, which is not a date like 2026-12-24</source>
        <translation>{key} berisi {value}, yang bukan tanggal seperti 2026-12-24</translation>
    </message>
    <message>
        <source>{key} should be a list such as [&quot;acme.example&quot;]</source>
        <translation>{key} harus berupa daftar, misalnya [&quot;acme.example&quot;]</translation>
    </message>
    <message>
        <source>{key} is wrong:</source>
        <translation>{key} salah:</translation>
    </message>
    <message>
        <source>The profile is not valid TOML: {detail}</source>
        <translation>Profil bukan TOML yang sah: {detail}</translation>
    </message>
    <message>
        <source>The profile is not valid TOML: brackets or braces are nested too deeply</source>
        <translation>Profil bukan TOML yang sah: tanda kurung atau kurung kurawal bertingkat terlalu dalam</translation>
    </message>
    <message>
        <source>The profile is not UTF-8 text: {detail}</source>
        <translation>Profil bukan teks UTF-8: {detail}</translation>
    </message>
    <message>
        <source>This profile was written by a newer version of Boundary (schema {schema}); update Boundary to change it. Nothing was changed.</source>
        <translation>Profil ini ditulis oleh versi Boundary yang lebih baru (skema {schema}); perbarui Boundary untuk mengubahnya. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Your profile could not be read ({error}). It was kept as {aside} and Boundary started with a fresh profile.</source>
        <translation>Profil Anda tidak dapat dibaca ({error}). Profil itu disimpan sebagai {aside} dan Boundary memulai dengan profil baru.</translation>
    </message>
    <message>
        <source>Your profile was written by a newer version of Boundary. This version uses it as it is and will not change it; update Boundary to edit settings.</source>
        <translation>Profil Anda ditulis oleh versi Boundary yang lebih baru. Versi ini memakainya apa adanya dan tidak akan mengubahnya; perbarui Boundary untuk mengubah pengaturan.</translation>
    </message>
    <message>
        <source>The profile was written by a newer version of Boundary and this version cannot read it ({error}). Update Boundary; the file was not changed.</source>
        <translation>Profil ditulis oleh versi Boundary yang lebih baru dan versi ini tidak dapat membacanya ({error}). Perbarui Boundary; file tidak diubah.</translation>
    </message>
    <message>
        <source>Your change to the profile cannot be used ({error}). Boundary keeps the settings it had until the file is fixed.</source>
        <translation>Perubahan Anda pada profil tidak dapat dipakai ({error}). Boundary tetap memakai pengaturan sebelumnya sampai file diperbaiki.</translation>
    </message>
    <message>
        <source>has no name</source>
        <translation>tidak punya nama</translation>
    </message>
    <message>
        <source>({name}) has no email address</source>
        <translation>({name}) tidak punya alamat email</translation>
    </message>
    <message>
        <source>({name}) has email &apos;{value}&apos;, which is not an email address</source>
        <translation>({name}) memakai email &apos;{value}&apos;, yang bukan alamat email</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is in the roster twice</source>
        <translation>&apos;{name}&apos; ada dua kali di daftar</translation>
    </message>
    <message>
        <source>read the auto-reply</source>
        <translation>membaca balasan otomatis</translation>
    </message>
    <message>
        <source>change the auto-reply</source>
        <translation>mengubah balasan otomatis</translation>
    </message>
    <message>
        <source>switch the auto-reply off</source>
        <translation>menonaktifkan balasan otomatis</translation>
    </message>
    <message>
        <source>forward your mail</source>
        <translation>meneruskan email Anda</translation>
    </message>
    <message>
        <source>stop forwarding your mail</source>
        <translation>berhenti meneruskan email Anda</translation>
    </message>
    <message>
        <source>read your filters</source>
        <translation>membaca filter Anda</translation>
    </message>
    <message>
        <source>read your forwarding addresses</source>
        <translation>membaca alamat penerusan Anda</translation>
    </message>
    <message>
        <source>list new mail</source>
        <translation>menampilkan email baru</translation>
    </message>
    <message>
        <source>search the inbox for bounces</source>
        <translation>mencari email terpental di kotak masuk</translation>
    </message>
    <message>
        <source>fetch the message</source>
        <translation>mengambil pesan</translation>
    </message>
    <message>
        <source>send the message</source>
        <translation>mengirim pesan</translation>
    </message>
    <message>
        <source>send the forward</source>
        <translation>mengirim pesan yang diteruskan</translation>
    </message>
    <message>
        <source>read the calendar</source>
        <translation>membaca kalender</translation>
    </message>
    <message>
        <source>add the event</source>
        <translation>menambahkan acara</translation>
    </message>
    <message>
        <source>move it</source>
        <translation>memindahkannya</translation>
    </message>
    <message>
        <source>move the event</source>
        <translation>memindahkan acara</translation>
    </message>
    <message>
        <source>end the event</source>
        <translation>mengakhiri acara</translation>
    </message>
    <message>
        <source>remove it</source>
        <translation>menghapusnya</translation>
    </message>
    <message>
        <source>read the inbox</source>
        <translation>membaca kotak masuk</translation>
    </message>
    <message>
        <source>send mail</source>
        <translation>mengirim email</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>tanpa alasan</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>tidak ada jawaban tepat waktu</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>sambungan ditolak</translation>
    </message>
    <message>
        <source>the secure connection failed</source>
        <translation>sambungan aman gagal</translation>
    </message>
    <message>
        <source>not a text file</source>
        <translation>bukan berkas teks</translation>
    </message>
    <message>
        <source>the Exchange server</source>
        <translation>server Exchange</translation>
    </message>
    <message>
        <source>the file of a &apos;Web application&apos; OAuth client</source>
        <translation>berkas klien OAuth &apos;Web application&apos;</translation>
    </message>
    <message>
        <source>a sign-in token, not an OAuth client file</source>
        <translation>token masuk, bukan berkas klien OAuth</translation>
    </message>
    <message>
        <source>a service account key, not an OAuth client file</source>
        <translation>kunci akun layanan, bukan berkas klien OAuth</translation>
    </message>
    <message>
        <source>not an OAuth client file</source>
        <translation>bukan berkas klien OAuth</translation>
    </message>
    <message>
        <source>two more: its reply and a copy of your own filters</source>
        <translation>dua lagi: balasannya dan salinan filter Anda sendiri</translation>
    </message>
    <message>
        <source>one more, for its reply</source>
        <translation>satu lagi, untuk balasannya</translation>
    </message>
    <message>
        <source>one more while it replaces its reply (this server counts it twice)</source>
        <translation>satu lagi selama Boundary mengganti balasannya (server ini menghitungnya dua kali)</translation>
    </message>
    <message>
        <source>holds a scheme; type the name only, without imaps:// or https://</source>
        <translation>berisi skema; ketik namanya saja, tanpa imaps:// atau https://</translation>
    </message>
    <message>
        <source>holds a port; type the port in its own field</source>
        <translation>berisi port; ketik port di kolomnya sendiri</translation>
    </message>
    <message>
        <source>is not a host or domain name; type a name like mail.example.com</source>
        <translation>bukan nama host atau domain; ketik nama seperti mail.example.com</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>angka</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>text</source>
        <translation>teks</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>daftar</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>tabel</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Komputer ini</translation>
    </message>
    <message>
        <source>The end ({end}) is in the past.</source>
        <translation>Akhirnya ({end}) sudah lewat.</translation>
    </message>
    <message>
        <source>The end ({end}) must come after the start ({start}).</source>
        <translation>Akhirnya ({end}) harus setelah awalnya ({start}).</translation>
    </message>
    <message>
        <source>The start ({moment}) is more than {years} years ahead; the latest Boundary takes is {latest}.</source>
        <translation>Awalnya ({moment}) lebih dari {years} tahun ke depan; paling lambat yang diterima Boundary adalah {latest}.</translation>
    </message>
    <message>
        <source>The end ({moment}) is more than {years} years ahead; the latest Boundary takes is {latest}. For a reply with no end, choose no end date.</source>
        <translation>Akhirnya ({moment}) lebih dari {years} tahun ke depan; paling lambat yang diterima Boundary adalah {latest}. Untuk balasan tanpa akhir, pilih tanpa tanggal akhir.</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} dan {last}</translation>
    </message>
    <message>
        <source>No provider of kind &apos;{kind}&apos; is installed. Installed kinds: {kinds}.</source>
        <translation>Tidak ada penyedia jenis &apos;{kind}&apos; yang terpasang. Jenis yang terpasang: {kinds}.</translation>
    </message>
    <message>
        <source>{problem} Installed kinds: {kinds}.</source>
        <translation>{problem} Jenis yang terpasang: {kinds}.</translation>
    </message>
    <message>
        <source>Give the account a name, for example &apos;Work&apos;.</source>
        <translation>Beri akun ini nama, misalnya &apos;Kantor&apos;.</translation>
    </message>
    <message>
        <source>The account name holds a control character ({char}); remove it.</source>
        <translation>Nama akun berisi karakter kontrol ({char}); hapus karakter itu.</translation>
    </message>
    <message>
        <source>There is already an account called &apos;{name}&apos;.</source>
        <translation>Sudah ada akun bernama &apos;{name}&apos;.</translation>
    </message>
    <message>
        <source>There is no account called &apos;{name}&apos; (accounts: {names}).</source>
        <translation>Tidak ada akun bernama &apos;{name}&apos; (akun: {names}).</translation>
    </message>
    <message>
        <source>There is no account called &apos;{name}&apos; (accounts: none yet).</source>
        <translation>Tidak ada akun bernama &apos;{name}&apos; (akun: belum ada).</translation>
    </message>
    <message>
        <source>There is no account &apos;{name}&apos; (accounts: {names}).</source>
        <translation>Tidak ada akun &apos;{name}&apos; (akun: {names}).</translation>
    </message>
    <message>
        <source>{account} cannot take an auto-reply, so nothing was set.</source>
        <translation>{account} tidak dapat memakai balasan otomatis, jadi tidak ada yang diatur.</translation>
    </message>
    <message>
        <source>There is no account that can take an auto-reply, so nothing was set; add one first.</source>
        <translation>Tidak ada akun yang dapat memakai balasan otomatis, jadi tidak ada yang diatur; tambahkan akun terlebih dahulu.</translation>
    </message>
    <message>
        <source>Mail can only be forwarded to a backup, and nobody covers; choose a backup (add one in Settings → Backups first if the roster is empty).</source>
        <translation>Email hanya dapat diteruskan ke pengganti, dan tidak ada yang menggantikan; pilih pengganti (tambahkan dulu di Pengaturan → Pengganti jika daftarnya kosong).</translation>
    </message>
    <message>
        <source>None of the accounts ({names}) can forward mail to a backup by itself, so nothing would be forwarded; choose the auto-reply instead.</source>
        <translation>Tidak satu pun akun ({names}) dapat meneruskan email ke pengganti dengan sendirinya, jadi tidak ada yang akan diteruskan; pilih balasan otomatis saja.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not in your backups roster (backups: {names}).</source>
        <translation>&apos;{name}&apos; tidak ada di daftar pengganti Anda (pengganti: {names}).</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not in your backups roster (backups: none yet; add them in Settings).</source>
        <translation>&apos;{name}&apos; tidak ada di daftar pengganti Anda (pengganti: belum ada; tambahkan di Pengaturan).</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not in your backups roster (backups: none yet).</source>
        <translation>&apos;{name}&apos; tidak ada di daftar pengganti Anda (pengganti: belum ada).</translation>
    </message>
    <message>
        <source>There is no template &apos;{template}&apos;; choose one of {choices}.</source>
        <translation>Tidak ada templat &apos;{template}&apos;; pilih salah satu dari {choices}.</translation>
    </message>
    <message>
        <source>Choose the reply&apos;s language, or two for a bilingual reply.</source>
        <translation>Pilih bahasa balasan, atau dua untuk balasan dwibahasa.</translation>
    </message>
    <message>
        <source>There is no language &apos;{language}&apos;; choose from {choices}.</source>
        <translation>Tidak ada bahasa &apos;{language}&apos;; pilih dari {choices}.</translation>
    </message>
    <message>
        <source>A reply can be in two languages at most, not {count} ({names}).</source>
        <translation>Balasan paling banyak dalam dua bahasa, bukan {count} ({names}).</translation>
    </message>
    <message>
        <source>The {field} holds a control character ({char}); remove it (only tabs and line breaks may be in a text).</source>
        <translation>Ada karakter kontrol ({char}) di {field}; hapus karakter itu (hanya tab dan baris baru yang boleh ada dalam teks).</translation>
    </message>
    <message>
        <source>The subject is empty; write a few words.</source>
        <translation>Subjek kosong; tulis beberapa kata.</translation>
    </message>
    <message>
        <source>The subject is {length} characters long; the most Boundary sets is {most}. Please shorten it.</source>
        <translation>Subjek sepanjang {length} karakter; Boundary mengatur paling banyak {most}. Harap persingkat.</translation>
    </message>
    <message>
        <source>The {field} is empty; write a few words or pick a template.</source>
        <translation>Bagian {field} kosong; tulis beberapa kata atau pilih templat.</translation>
    </message>
    <message>
        <source>The {field} is {length} characters long; the most Boundary sends is {most}. Please shorten it.</source>
        <translation>Bagian {field} sepanjang {length} karakter; Boundary mengirim paling banyak {most}. Harap persingkat.</translation>
    </message>
    <message>
        <source>A call slot needs a name: the client or contact it is for.</source>
        <translation>Jadwal panggilan perlu nama: klien atau kontak yang dituju.</translation>
    </message>
    <message>
        <source>The call slot &apos;{name}&apos; has a name longer than {value} characters.</source>
        <translation>Jadwal panggilan &apos;{name}&apos; memiliki nama lebih dari {value} karakter.</translation>
    </message>
    <message>
        <source>There is already a call slot for &apos;{value}&apos;; give each client one slot, with several days if needed.</source>
        <translation>Sudah ada jadwal panggilan untuk &apos;{value}&apos;; beri setiap klien satu jadwal, dengan beberapa hari jika perlu.</translation>
    </message>
    <message>
        <source>The call slot &apos;{name}&apos; needs at least one day of the week.</source>
        <translation>Jadwal panggilan &apos;{name}&apos; memerlukan setidaknya satu hari dalam seminggu.</translation>
    </message>
    <message>
        <source>The call slot &apos;{name}&apos; lasts {value} minutes; use a number from {low} to {high}.</source>
        <translation>Jadwal panggilan &apos;{name}&apos; berlangsung {value} menit; gunakan angka {low} sampai {high}.</translation>
    </message>
    <message>
        <source>The call slot &apos;{name}&apos; comes every {value} weeks; use a number from {low} to {high}.</source>
        <translation>Jadwal panggilan &apos;{name}&apos; berulang setiap {value} minggu; gunakan angka {low} sampai {high}.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an email address or a domain; use e.g. jo@acme.example or acme.example.</source>
        <translation>&apos;{value}&apos; bukan alamat email atau domain; gunakan misalnya jo@acme.example atau acme.example.</translation>
    </message>
    <message>
        <source>There is no call slot for &apos;{name}&apos; (call slots: {names}).</source>
        <translation>Tidak ada jadwal panggilan untuk &apos;{name}&apos; (jadwal panggilan: {names}).</translation>
    </message>
    <message>
        <source>There is no call slot for &apos;{name}&apos; (call slots: none yet).</source>
        <translation>Tidak ada jadwal panggilan untuk &apos;{name}&apos; (jadwal panggilan: belum ada).</translation>
    </message>
    <message>
        <source>Say who interrupted: the client&apos;s or contact&apos;s name.</source>
        <translation>Sebutkan siapa yang menyela: nama klien atau kontak.</translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; is not a kind of interruption; use call, chat or visit.</source>
        <translation>&apos;{kind}&apos; bukan jenis gangguan; gunakan call, chat, atau visit.</translation>
    </message>
    <message>
        <source>That moment is still to come; log an interruption once it happened.</source>
        <translation>Waktu itu belum tiba; catat gangguan setelah terjadi.</translation>
    </message>
    <message>
        <source>The note is longer than {most} characters; please shorten it.</source>
        <translation>Catatan lebih dari {most} karakter; harap persingkat.</translation>
    </message>
    <message>
        <source>The account &apos;{account}&apos; cannot send mail.</source>
        <translation>Akun &apos;{account}&apos; tidak dapat mengirim email.</translation>
    </message>
    <message>
        <source>&apos;{address}&apos; is not an email address.</source>
        <translation>&apos;{address}&apos; bukan alamat email.</translation>
    </message>
    <message>
        <source>The message is empty; write a few words.</source>
        <translation>Pesan kosong; tulis beberapa kata.</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>subjek</translation>
    </message>
    <message>
        <source>message for colleagues</source>
        <translation>pesan untuk rekan kerja</translation>
    </message>
    <message>
        <source>message for everyone else</source>
        <translation>pesan untuk semua orang lain</translation>
    </message>
    <message>
        <source>subject for everyone else</source>
        <translation>subjek untuk semua orang lain</translation>
    </message>
    <message>
        <source>focus day message for colleagues</source>
        <translation>pesan hari fokus untuk rekan kerja</translation>
    </message>
    <message>
        <source>focus day message for everyone else</source>
        <translation>pesan hari fokus untuk semua orang lain</translation>
    </message>
</context>
<context>
    <name>WorkerBridge</name>
    <message>
        <source>Cancelled.</source>
        <translation>Dibatalkan.</translation>
    </message>
    <message>
        <source>The background task took too long and was stopped.</source>
        <translation>Tugas latar belakang terlalu lama dan dihentikan.</translation>
    </message>
    <message>
        <source>The background task answered something Boundary cannot read.</source>
        <translation>Tugas latar belakang memberi jawaban yang tidak dapat dibaca Boundary.</translation>
    </message>
    <message>
        <source>The background task could not be started.</source>
        <translation>Tugas latar belakang tidak dapat dimulai.</translation>
    </message>
    <message>
        <source>The background task stopped unexpectedly (exit status %1).</source>
        <translation>Tugas latar belakang berhenti secara tak terduga (status keluar %1).</translation>
    </message>
</context>
</TS>
