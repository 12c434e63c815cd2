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
        <source>SMTP server</source>
        <translation>Server SMTP</translation>
    </message>
    <message>
        <source>For forwarding mail to your backup; the IMAP server if empty.</source>
        <translation>Untuk meneruskan email ke pengganti Anda; server IMAP jika kosong.</translation>
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
        <source>Your organisation&apos;s tenant ID or domain; &apos;organizations&apos; lets Microsoft find it.</source>
        <translation>ID tenant atau domain organisasi Anda; dengan &apos;organizations&apos;, Microsoft mencarinya sendiri.</translation>
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
        <source>Nothing yet</source>
        <translation>Belum ada</translation>
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
    <name>AppText</name>
    <message>
        <source>Boundary cannot start</source>
        <translation>Boundary tidak dapat dijalankan</translation>
    </message>
    <message>
        <source>Boundary</source>
        <translation>Boundary</translation>
    </message>
    <message>
        <source>Welcome to Boundary</source>
        <translation>Selamat datang di Boundary</translation>
    </message>
    <message>
        <source>Add your name and the colleagues who cover for you in Settings, so your replies can name them.</source>
        <translation>Tambahkan nama Anda dan rekan kerja yang menggantikan Anda di Pengaturan, agar balasan Anda dapat menyebut mereka.</translation>
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
</context>
<context>
    <name>BackupsTab</name>
    <message>
        <source>Colleagues who cover while you are away. The first one is named first; when you go away you choose who covers this time.</source>
        <translation>Rekan kerja yang menggantikan Anda saat Anda tidak di kantor. Yang pertama disebut lebih dulu; setiap kali Anda tidak di kantor, Anda memilih siapa penggantinya.</translation>
    </message>
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
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
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
        <source>None of your accounts can list new mail here. Add an Exchange, Microsoft 365, Gmail or IMAP account in Settings → Accounts to see your new mail in this window.</source>
        <translation>Tidak ada akun Anda yang dapat menampilkan email baru di sini. Tambahkan akun Exchange, Microsoft 365, Gmail, atau IMAP di Pengaturan → Akun untuk melihat email baru Anda di jendela ini.</translation>
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
    <name>GoAwayDialog</name>
    <message>
        <source>Go away — Boundary</source>
        <translation>Tidak di kantor — Boundary</translation>
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
        <source>&amp;Subject:</source>
        <translation>S&amp;ubjek:</translation>
    </message>
    <message>
        <source>They see:</source>
        <translation>Yang mereka lihat:</translation>
    </message>
    <message>
        <source>For &amp;colleagues</source>
        <translation>Untuk &amp;rekan kerja</translation>
    </message>
    <message>
        <source>&amp;Message to colleagues:</source>
        <translation>&amp;Isi pesan untuk rekan kerja:</translation>
    </message>
    <message>
        <source>&amp;Preview: what colleagues receive</source>
        <translation>Pratin&amp;jau: yang diterima rekan kerja</translation>
    </message>
    <message>
        <source>For &amp;everyone else</source>
        <translation>Untuk &amp;orang lain</translation>
    </message>
    <message>
        <source>&amp;Message to everyone else:</source>
        <translation>&amp;Isi pesan untuk orang lain:</translation>
    </message>
    <message>
        <source>&amp;Preview: what everyone else receives</source>
        <translation>Pratin&amp;jau: yang diterima orang lain</translation>
    </message>
    <message>
        <source>Placeholders: {name} your name, {return} when you are back, {backups} who covers, {reason} the reason.</source>
        <translation>Isian otomatis: {name} nama Anda, {return} kapan Anda kembali, {backups} siapa pengganti Anda, {reason} alasannya.</translation>
    </message>
    <message>
        <source>&amp;Go away</source>
        <translation>&amp;Aktifkan</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <source>%1 cannot limit who gets the reply: everyone will get the external message.</source>
        <translation>%1 tidak dapat membatasi siapa yang menerima balasan: semua orang akan menerima pesan untuk orang lain.</translation>
    </message>
    <message>
        <source>Choose at least one account to set the reply on.</source>
        <translation>Pilih minimal satu akun untuk mengaktifkan balasan.</translation>
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
        <source>Away until further notice.</source>
        <translation>Tidak di kantor sampai ada pemberitahuan lebih lanjut.</translation>
    </message>
    <message>
        <source>Away until %1.</source>
        <translation>Tidak di kantor sampai %1.</translation>
    </message>
    <message>
        <source>Setting your reply…</source>
        <translation>Mengaktifkan balasan Anda…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Mengirim…</translation>
    </message>
    <message>
        <source>No answer yet; the tray shows when it is set.</source>
        <translation>Belum ada jawaban; baki sistem akan menunjukkan saat balasan aktif.</translation>
    </message>
    <message>
        <source>Some accounts need attention</source>
        <translation>Beberapa akun perlu diperiksa</translation>
    </message>
    <message>
        <source>You&apos;re away</source>
        <translation>Anda sedang tidak di kantor</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Tidak diaktifkan</translation>
    </message>
    <message>
        <source>Setting the replies failed: %1</source>
        <translation>Gagal mengaktifkan balasan: %1</translation>
    </message>
    <message>
        <source>Will be set when you leave (%1)</source>
        <translation>Akan aktif saat Anda pergi (%1)</translation>
    </message>
    <message>
        <source>Reply set; it starts %1</source>
        <translation>Balasan diatur; aktif mulai %1</translation>
    </message>
    <message>
        <source>Reply set</source>
        <translation>Balasan aktif</translation>
    </message>
    <message>
        <source>Will retry at %1: %2</source>
        <translation>Akan dicoba lagi pukul %1: %2</translation>
    </message>
    <message>
        <source>Will retry: %2</source>
        <translation>Akan dicoba lagi: %2</translation>
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
        <source>Not set: %1</source>
        <translation>Tidak diaktifkan: %1</translation>
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
        <source>No mail checks planned</source>
        <translation>Tidak ada cek email terjadwal</translation>
    </message>
    <message>
        <source>Boundary could not update every account</source>
        <translation>Boundary tidak dapat memperbarui semua akun</translation>
    </message>
    <message>
        <source>Mail check</source>
        <translation>Cek email</translation>
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
        <source>You have kept your mail-check plan for a while now: look back at how it went in Statistics.</source>
        <translation>Anda sudah menjalankan rencana cek email selama beberapa waktu: lihat kembali hasilnya di Statistik.</translation>
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
        <source>The mail check at %1 is skipped.</source>
        <translation>Cek email pada %1 dilewati.</translation>
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
    <message>
        <source>Nothing on record in these weeks yet.</source>
        <translation>Belum ada catatan pada minggu-minggu ini.</translation>
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
        <source>W%1</source>
        <translation>M%1</translation>
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
        <source>Week %1 (%2): %3</source>
        <translation>Minggu ke-%1 (%2): %3</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>For each week, three bars: the mail-check windows stacked as kept, overrun, skipped and missed; the unscheduled checks; and the focus days and away days.</source>
        <translation>Untuk setiap minggu, tiga batang: sesi cek email bertumpuk menurut ditepati, terlalu lama, dilewati, dan terlewat; cek di luar jadwal; serta hari fokus dan hari absen.</translation>
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
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>In all: </source>
        <translation>Seluruhnya: </translation>
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
        <source>Placeholders: {name} your name, {return} when you are back, {backups} who covers, {reason} the reason. A line whose placeholder is empty is left out; an empty field uses the original text.</source>
        <translation>Isian otomatis: {name} nama Anda, {return} kapan Anda kembali, {backups} siapa pengganti Anda, {reason} alasannya. Baris yang isiannya kosong dihilangkan; kolom yang kosong memakai teks asli.</translation>
    </message>
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
