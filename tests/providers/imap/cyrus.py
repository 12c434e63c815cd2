"""A real Cyrus IMAP (Debian's ``cyrus-imapd``) for the imap tests, beside Dovecot.

The master process runs from a private ``imapd.conf`` and ``cyrus.conf`` in a temp folder,
with imapd (plain with STARTTLS, and implicit TLS), timsieved (ManageSieve) and lmtpd on
free loopback ports; nothing of the Debian package's own configuration or folders is used,
and its service is never started. Users are in a private sasldb (``saslpasswd2``); each
test signs in as a fresh one, whose mailbox Cyrus creates at the first sign-in.

Cyrus's own limits are left at their defaults, which is the point: scripts up to 32 KiB
(``sieve_maxscriptsize``), five scripts a person (``sieve_maxscripts``), one vacation
reply per sender every three days at most (``sieve_vacation_min_response``), a Sieve
``reject`` answered in LMTP (``sieve_use_lmtp_reject``), and no submission service. Only
``anysievefolder`` is set: a person's own folders exist, and Sieve here may file into one
no test made first (as Dovecot's autocreate does).

Cyrus sends vacation replies by running ``sendmail -bs`` and speaking SMTP on its standard
input and output; the stand-in here passes that conversation on to the SMTP sink, so
replies land in the same mail bag as Dovecot's.

Run as root, the processes run as the package's ``cyrus`` user and ``mail`` group (Cyrus
refuses to run as root); otherwise as the current user (``CYRUS_USER``/``CYRUS_GROUP``).
"""

from __future__ import annotations

import grp
import os
import pwd
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from tests.providers.imap.servers import PASSWORD, MailServer, stop_when_parent_dies

BIN = Path("/usr/lib/cyrus/bin")
PACKAGES = "cyrus-common cyrus-admin sasl2-bin, and cyrus-imapd (unpacked: .ci/run)"
MAX_SCRIPT_SIZE = 32768
MAX_SCRIPTS = 5
SERVERNAME = "mail.example.com"

_FOLDERS = ("conf/db", "conf/socket", "conf/proc", "conf/log", "conf/lock", "spool", "sieve")

_RELAY = """#!{python}
# Cyrus runs this as "sendmail -bs": pass the SMTP conversation on to the test's sink.
import os, socket, sys, threading
sink = socket.create_connection(("127.0.0.1", {port}), timeout=30)
def upstream():
    while chunk := sys.stdin.buffer.read1(65536):
        sink.sendall(chunk)
threading.Thread(target=upstream, daemon=True).start()
while chunk := sink.recv(65536):
    sys.stdout.buffer.write(chunk)
    sys.stdout.buffer.flush()
os._exit(0)  # at once: a normal exit waits a second for the thread still reading stdin
"""


def cyrus_missing() -> str | None:
    for program in ("master", "imapd", "timsieved", "lmtpd"):
        if not (BIN / program).exists():
            return "Cyrus IMAP is not installed"
    if shutil.which("saslpasswd2") is None:
        return "saslpasswd2 is not installed"
    return None


@dataclass
class Cyrus(MailServer):
    name: ClassVar[str] = "cyrus"
    max_script_size: ClassVar[int] = MAX_SCRIPT_SIZE

    @property
    def imapd_conf(self) -> Path:
        return self.root / "imapd.conf"

    @property
    def sasldb(self) -> Path:
        return self.root / "sasldb2"

    def _ids(self) -> tuple[str, str]:
        """The user and group Cyrus runs as."""
        if os.geteuid() == 0:
            return "cyrus", "mail"
        return pwd.getpwuid(os.getuid()).pw_name, grp.getgrgid(os.getgid()).gr_name

    def write_config(self) -> None:
        for folder in _FOLDERS:
            (self.root / folder).mkdir(parents=True, exist_ok=True)
        cert, key = self.root / "cert.pem", self.root / "key.pem"
        shutil.copyfile(self.cert, cert)
        shutil.copyfile(self.key, key)
        sendmail = self.root / "sendmail"
        # The system's Python when there is one: the cyrus user cannot reach a venv in /root.
        python = "/usr/bin/python3" if Path("/usr/bin/python3").exists() else sys.executable
        sendmail.write_text(_RELAY.format(python=python, port=self.submission_port))
        sendmail.chmod(0o755)
        conf = self.root / "conf"
        self.imapd_conf.write_text(
            f"""configdirectory: {conf}
defaultpartition: default
partition-default: {self.root}/spool
sievedir: {self.root}/sieve
proc_path: {conf}/proc
mboxname_lockpath: {conf}/lock
lmtpsocket: {conf}/socket/lmtp
idlesocket: {conf}/socket/idle
notifysocket: {conf}/socket/notify
servername: {SERVERNAME}
defaultdomain: example.com
syslog_prefix: boundary-test-cyrus
hashimapspool: no
allowplaintext: yes
failedloginpause: 0
sasl_pwcheck_method: auxprop
sasl_auxprop_plugin: sasldb
sasl_sasldb_path: {self.sasldb}
sasl_mech_list: PLAIN LOGIN
tls_server_cert: {cert}
tls_server_key: {key}
autocreate_quota: 0
autocreate_post: yes
autocreate_inbox_folders: Sent
anysievefolder: yes
skiplist_unsafe: yes
sendmail: {sendmail}
"""
        )
        run = f"-C {self.imapd_conf}"
        (self.root / "cyrus.conf").write_text(
            f"""START {{
  recover cmd="ctl_cyrusdb -r {run}"
}}
SERVICES {{
  imap cmd="imapd {run}" listen="127.0.0.1:{self.imap_port}" prefork=0
  imaps cmd="imapd -s {run}" listen="127.0.0.1:{self.imaps_port}" prefork=0
  sieve cmd="timsieved {run}" listen="127.0.0.1:{self.sieve_port}" prefork=0
  lmtp cmd="lmtpd -a {run}" listen="127.0.0.1:{self.lmtp_port}" prefork=0
}}
EVENTS {{
}}
"""
        )
        self.sasldb.touch()
        self._own(self.root)

    def _own(self, path: Path) -> None:
        if os.geteuid() != 0:
            return
        user, group = self._ids()
        uid, gid = pwd.getpwnam(user).pw_uid, grp.getgrnam(group).gr_gid
        for folder, dirs, files in os.walk(path):
            os.chown(folder, uid, gid)
            for name in dirs + files:
                os.chown(Path(folder, name), uid, gid, follow_symlinks=False)

    def start(self) -> None:
        user, group = self._ids()
        root = os.geteuid() == 0
        self.process = subprocess.Popen(
            [
                *(str(BIN / "master"), "-C", str(self.imapd_conf)),
                *("-M", str(self.root / "cyrus.conf"), "-p", str(self.root / "master.pid")),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            env={**os.environ, "CYRUS_USER": user, "CYRUS_GROUP": group},
            # Already the cyrus user when it starts, so the parent-death signal set after
            # the switch stays armed (Cyrus would otherwise switch itself and drop it).
            user=user if root else None,
            group=group if root else None,
            extra_groups=[] if root else None,
            preexec_fn=stop_when_parent_dies(),
        )
        self.wait_until_listening()

    def log_text(self) -> str:
        if self.process is not None and self.process.poll() is not None and self.process.stderr:
            return self.process.stderr.read().decode(errors="replace") or "(no output)"
        return "(Cyrus logs through syslog)"

    def new_user(self, prefix: str = "user") -> str:
        """A user with PASSWORD and a mailbox (Cyrus makes it at the first sign-in)."""
        import imaplib

        name = super().new_user(prefix)
        subprocess.run(
            ["saslpasswd2", "-p", "-c", "-f", str(self.sasldb), "-u", SERVERNAME, name],
            input=PASSWORD.encode(),
            check=True,
            capture_output=True,
        )
        self._own(self.sasldb)
        conn = imaplib.IMAP4("127.0.0.1", self.imap_port, timeout=10)
        try:
            conn.login(name, PASSWORD)
        finally:
            conn.logout()
        return name

    def script_file(self, user: str, name: str) -> bytes:
        """Cyrus keeps the text in a hidden mailbox and the compiled script in its sieve
        folder: the text as the server gives it, and when the compiled file was written."""
        from boundary_app.providers.imap_managesieve import ManageSieve, quote

        with ManageSieve("127.0.0.1", self.sieve_port, timeout=5, tls=None) as sieve:
            sieve.connect()
            sieve.login(user, PASSWORD)
            response = sieve.command("GETSCRIPT", quote(name))
        assert response.status == "OK", response
        [compiled] = self.root.glob(f"sieve/uuid/*/*/{self._mailbox_id(user)}/{name}.bc")
        written = compiled.stat()
        return response.data[0][0].encode() + f"\0{written.st_ino}:{written.st_mtime_ns}".encode()

    def _mailbox_id(self, user: str) -> str:
        """The inbox's unique id, which names the user's sieve folder."""
        import imaplib
        import re

        conn = imaplib.IMAP4("127.0.0.1", self.imap_port, timeout=10)
        try:
            conn.login(user, PASSWORD)
            _, data = conn.status("INBOX", "(MAILBOXID)")
        finally:
            conn.logout()
        match = re.search(rb"MAILBOXID \(([^)]+)\)", data[0] or b"")
        assert match, data
        return match.group(1).decode()
