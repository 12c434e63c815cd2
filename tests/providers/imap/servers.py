"""The servers the imap tests talk to: a real Dovecot (IMAP, ManageSieve, LMTP, Pigeonhole)
started from a config in a temp folder (Cyrus IMAP, the other real server, is in cyrus.py),
and a small SMTP sink in a thread that stands in for the submission server (it receives
forwards and the servers' vacation replies)."""

from __future__ import annotations

import base64
import contextlib
import datetime as dt
import os
import pwd
import shutil
import signal
import socket
import socketserver
import ssl
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from typing import ClassVar

PASSWORD = "s3cret"
#: Like a hosted server's limit; a reply with two long non-ASCII messages exceeds it.
MAX_SCRIPT_SIZE = 16384


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_for_port(port: int, deadline: float) -> None:
    while True:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)  # waiting for a server to listen, not for time to pass


# --- the SMTP sink ------------------------------------------------------------------------


@dataclass
class Received:
    sender: str
    recipients: list[str]
    data: bytes

    @property
    def message(self) -> EmailMessage:
        parsed = message_from_bytes(self.data, policy=policy.default)
        assert isinstance(parsed, EmailMessage)
        return parsed


@dataclass
class Mailbag:
    """Everything the sinks received; ``since_now()`` gives a test only its own mail."""

    messages: list[Received] = field(default_factory=list)
    changed: threading.Condition = field(default_factory=threading.Condition)
    first: int = 0
    """Messages before this index belong to earlier tests."""

    def add(self, received: Received) -> None:
        with self.changed:
            self.messages.append(received)
            self.changed.notify_all()

    def since_now(self) -> Mailbag:
        """A view of the same bag that leaves out what was received before now."""
        with self.changed:
            return Mailbag(self.messages, self.changed, len(self.messages))

    def to(self, address: str) -> list[Received]:
        with self.changed:
            return self._to(address)

    def wait_for(self, address: str, timeout: float = 10.0) -> Received:
        with self.changed:
            found = self.changed.wait_for(lambda: self._to(address), timeout=timeout)
            assert found, f"no mail reached {address} within {timeout} s"
            return found[0]

    def _to(self, address: str) -> list[Received]:
        # Case does not matter (Cyrus writes the domain in lower case, Dovecot as it came).
        wanted = address.lower()
        return [
            m for m in self.messages[self.first :] if wanted in (r.lower() for r in m.recipients)
        ]


class SmtpSink(socketserver.ThreadingTCPServer):
    """A minimal SMTP server (RFC 5321 subset): EHLO, STARTTLS, AUTH PLAIN, MAIL, RCPT, DATA.

    ``implicit_tls`` makes it an SMTPS (port 465 style) server. With ``users`` set, AUTH
    PLAIN checks the password; mail is accepted with or without AUTH (Dovecot submits its
    vacation replies without signing in).
    """

    daemon_threads = True
    allow_reuse_address = True

    def __init__(
        self,
        bag: Mailbag,
        tls: ssl.SSLContext | None,
        *,
        implicit_tls: bool = False,
        users: dict[str, str] | None = None,
    ) -> None:
        super().__init__(("127.0.0.1", 0), _SmtpHandler)
        self.bag = bag
        self.tls = tls
        self.implicit_tls = implicit_tls
        self.users = users if users is not None else {}
        self.logins: list[str] = []

    @property
    def port(self) -> int:
        return int(self.server_address[1])

    def start(self) -> SmtpSink:
        threading.Thread(target=self.serve_forever, daemon=True, name="smtp-sink").start()
        return self


class _SmtpHandler(socketserver.StreamRequestHandler):
    server: SmtpSink
    timeout = 10

    def setup(self) -> None:
        if self.server.implicit_tls and self.server.tls is not None:
            self.request = self.server.tls.wrap_socket(self.request, server_side=True)
        super().setup()

    def finish(self) -> None:
        with contextlib.suppress(OSError, ssl.SSLError):
            super().finish()
        if isinstance(self.request, ssl.SSLSocket):  # the server closes only the plain one
            self.request.close()

    def reply(self, line: str) -> None:
        self.wfile.write(line.encode() + b"\r\n")
        self.wfile.flush()

    def handle(self) -> None:
        with contextlib.suppress(OSError, ssl.SSLError):
            self._session()

    def _session(self) -> None:
        self.reply("220 sink.test ESMTP ready")
        sender, recipients, secure = "", [], self.server.implicit_tls
        while True:
            raw = self.rfile.readline()
            if not raw:
                return
            line = raw.decode("utf-8", "replace").rstrip("\r\n")
            verb = line.split(" ", 1)[0].upper()
            if verb in ("EHLO", "HELO"):
                features = ["250-sink.test", "250-8BITMIME", "250-AUTH PLAIN"]
                if self.server.tls is not None and not secure:
                    features.append("250-STARTTLS")
                features.append("250 SMTPUTF8")
                for feature in features:
                    self.reply(feature)
            elif verb == "STARTTLS" and self.server.tls is not None:
                self.reply("220 go ahead")
                self.request = self.server.tls.wrap_socket(self.request, server_side=True)
                self.rfile = self.request.makefile("rb")
                self.wfile = self.request.makefile("wb")
                secure = True
            elif verb == "AUTH":
                parts = line.split()
                token = parts[2] if len(parts) > 2 else ""
                if not token:
                    self.reply("334 ")
                    token = self.rfile.readline().decode().strip()
                _authz, user, password = base64.b64decode(token).decode().split("\0")
                if self.server.users.get(user) == password:
                    self.server.logins.append(user)
                    self.reply("235 2.7.0 Authentication successful")
                else:
                    self.reply("535 5.7.8 Authentication credentials invalid")
            elif verb == "MAIL":
                sender = line.split(":", 1)[1].split()[0].strip("<>")
                recipients = []
                self.reply("250 2.1.0 Ok")
            elif verb == "RCPT":
                address = line.split(":", 1)[1].split()[0].strip("<>")
                if address.endswith("@refused.test"):
                    self.reply("550 5.1.1 No such user here")
                    continue
                recipients.append(address)
                self.reply("250 2.1.5 Ok")
            elif verb == "DATA":
                self.reply("354 End data with <CR><LF>.<CR><LF>")
                lines = []
                while True:
                    chunk = self.rfile.readline()
                    if chunk in (b".\r\n", b".\n", b""):
                        break
                    lines.append(chunk[1:] if chunk.startswith(b"..") else chunk)
                self.server.bag.add(Received(sender, recipients, b"".join(lines)))
                self.reply("250 2.0.0 Ok: queued")
            elif verb == "RSET":
                sender, recipients = "", []
                self.reply("250 2.0.0 Ok")
            elif verb == "NOOP":
                self.reply("250 2.0.0 Ok")
            elif verb == "QUIT":
                self.reply("221 2.0.0 Bye")
                return
            else:
                self.reply("502 5.5.2 Command not recognized")


# --- the mail servers -----------------------------------------------------------------


@dataclass
class MailServer:
    """What the tests need of a real mail server (Dovecot or Cyrus): loopback ports for
    IMAP (plain and TLS), ManageSieve and LMTP, a fresh user per test, and delivery.

    Vacation replies and rejections go to ``submission_port`` (the SMTP sink).
    """

    name: ClassVar[str] = ""
    max_script_size: ClassVar[int] = 0
    """The largest script it keeps, in bytes."""
    root: Path
    submission_port: int
    cert: Path
    key: Path
    imap_port: int = field(default_factory=free_port)
    imaps_port: int = field(default_factory=free_port)
    sieve_port: int = field(default_factory=free_port)
    lmtp_port: int = field(default_factory=free_port)
    process: subprocess.Popen[bytes] | None = None
    _users: int = 0

    def new_user(self, prefix: str = "user") -> str:
        self._users += 1
        return f"{prefix}{self._users}"

    @property
    def ports(self) -> tuple[int, ...]:
        return (self.imap_port, self.imaps_port, self.sieve_port, self.lmtp_port)

    def wait_until_listening(self) -> None:
        deadline = time.monotonic() + 15
        for port in self.ports:
            try:
                wait_for_port(port, deadline)
            except OSError:
                self.stop()
                raise RuntimeError(f"{self.name} did not start:\n{self.log_text()}") from None

    def stop(self) -> None:
        """Stop the server by its process id and wait until it is gone."""
        if self.process is None:
            return
        process, self.process = self.process, None
        with contextlib.suppress(ProcessLookupError):
            os.kill(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        if process.stderr is not None:
            process.stderr.close()

    def log_text(self) -> str:
        return "(no log)"

    def script_file(self, user: str, name: str) -> bytes:
        """A script exactly as the server keeps it (and, where the server keeps more than
        the text, what changes when it is written again)."""
        raise NotImplementedError

    def deliver(
        self,
        sender: str,
        recipient: str,
        subject: str,
        body: str = "Hello.",
        headers: dict[str, str] | None = None,
    ) -> None:
        """Deliver one message over LMTP, as the mail server's MTA would: a message the
        server refuses (Cyrus answers a Sieve ``reject`` in LMTP) is bounced to the sender
        with the server's words, through the submission server."""
        import smtplib

        message = make_message(sender, recipient, subject, body, headers)
        try:
            with smtplib.LMTP("127.0.0.1", self.lmtp_port, timeout=10) as lmtp:
                refused = lmtp.send_message(message, from_addr=sender, to_addrs=[recipient])
        except smtplib.SMTPDataError as error:
            assert 500 <= error.smtp_code < 600, error
            self._bounce(sender, recipient, subject, error.smtp_error)
            return
        assert not refused, refused

    def _bounce(self, sender: str, recipient: str, subject: str, said: bytes) -> None:
        import smtplib

        bounce = EmailMessage()
        bounce["From"] = "MAILER-DAEMON@mail.example.com"
        bounce["To"] = sender
        bounce["Subject"] = f"Undelivered Mail Returned to Sender: {subject}"
        bounce["Auto-Submitted"] = "auto-replied"
        bounce.set_content(
            f"Your message to {recipient} was refused:\n{said.decode('utf-8', 'replace')}\n"
        )
        with smtplib.SMTP("127.0.0.1", self.submission_port, timeout=10) as smtp:
            smtp.send_message(bounce, from_addr="", to_addrs=[sender])


@dataclass
class Dovecot(MailServer):
    """One Dovecot instance with Pigeonhole, listening on loopback ports only.

    Any user name signs in with PASSWORD (a static passdb), so each test takes a fresh
    user, and with it an empty mailbox and no Sieve scripts.
    """

    name: ClassVar[str] = "dovecot"
    max_script_size: ClassVar[int] = MAX_SCRIPT_SIZE
    _runs: int = 0

    @property
    def conf(self) -> Path:
        return self.root / "dovecot.conf"

    @property
    def log(self) -> Path:
        return self.root / "dovecot.log"

    def _mail_ids(self) -> tuple[int, int]:
        """The user and group that own the mail (and run sieve-test): "nobody" when the
        tests run as root, else the current user."""
        return (65534, 65534) if os.geteuid() == 0 else (os.getuid(), os.getgid())

    def write_config(self) -> None:
        if os.geteuid() == 0:
            # Dovecot refuses to run login processes or touch mail as root: use the
            # unprivileged users its Debian package creates, and "nobody" for mail.
            login, internal = "dovenull", "dovecot"
            chroot = ""
        else:
            me = pwd.getpwuid(os.getuid())
            login = internal = me.pw_name
            chroot = "  chroot =\n"
        mail_uid, mail_gid = self._mail_ids()
        mail = self.root / "mail"
        mail.mkdir(exist_ok=True)
        os.chown(mail, mail_uid, mail_gid)
        internal_group = internal if os.geteuid() == 0 else pwd.getpwuid(os.getuid()).pw_name
        import grp

        with contextlib.suppress(KeyError):
            internal_group = grp.getgrgid(pwd.getpwnam(internal).pw_gid).gr_name
        self.conf.write_text(
            f"""
base_dir = {self.root}/run
state_dir = {self.root}/state
instance_name = boundary-test-{self.imap_port}
log_path = {self.log}
info_log_path = {self.log}
protocols = imap sieve lmtp
listen = 127.0.0.1
ssl = yes
ssl_cert = <{self.cert}
ssl_key = <{self.key}
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_failure_delay = 0
# No growing delay after each refused password (anvil's auth penalty): tests refuse many.
service anvil {{
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}
default_login_user = {login}
default_internal_user = {internal}
default_internal_group = {internal_group}
first_valid_uid = 1
first_valid_gid = 1
passdb {{
  driver = static
  args = password={PASSWORD}
}}
userdb {{
  driver = static
  args = uid={mail_uid} gid={mail_gid} home={mail}/%n
}}
mail_location = maildir:~/Maildir
lda_mailbox_autocreate = yes
namespace inbox {{
  inbox = yes
  separator = /
  mailbox Sent {{
    special_use = \\Sent
    auto = create
  }}
}}
service imap-login {{
{chroot}  inet_listener imap {{
    address = 127.0.0.1
    port = {self.imap_port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {self.imaps_port}
    ssl = yes
  }}
}}
service managesieve-login {{
{chroot}  inet_listener sieve {{
    address = 127.0.0.1
    port = {self.sieve_port}
  }}
}}
service lmtp {{
  inet_listener lmtp {{
    address = 127.0.0.1
    port = {self.lmtp_port}
  }}
}}
protocol lmtp {{
  mail_plugins = sieve
  postmaster_address = postmaster@example.com
}}
hostname = mail.example.com
submission_host = 127.0.0.1:{self.submission_port}
plugin {{
  sieve = file:~/sieve;active=~/.dovecot.sieve
  sieve_max_script_size = {MAX_SCRIPT_SIZE}
}}
"""
        )

    def start(self) -> None:
        self.process = subprocess.Popen(
            ["dovecot", "-F", "-c", str(self.conf)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            preexec_fn=stop_when_parent_dies(),
        )
        self.wait_until_listening()

    def log_text(self) -> str:
        return self.log.read_text(errors="replace") if self.log.exists() else "(no log)"

    def script_file(self, user: str, name: str) -> bytes:
        return (self.root / "mail" / user / "sieve" / f"{name}.sieve").read_bytes()

    def sieve_test(self, user: str, script: str, message: bytes) -> str:
        """What Pigeonhole's ``sieve-test`` says ``script`` would do with ``message``, run as
        ``user``'s script (its includes are the user's scripts). Unlike delivery it lists
        every action the script takes, before the server's own checks (a vacation to a
        mailing list is listed here, and only dropped when the server would send it)."""
        self._runs += 1
        folder = self.root / "sieve-test"
        folder.mkdir(exist_ok=True)
        folder.chmod(0o777)  # sieve-test drops to the mail user and writes the binary here
        uid, gid = self._mail_ids()
        conf = folder / "sieve-test.conf"
        conf.write_text(
            f"mail_uid = {uid}\nmail_gid = {gid}\nfirst_valid_uid = 1\nfirst_valid_gid = 1\n"
            f"mail_location = maildir:{folder}/Maildir\n"
            f"plugin {{\n  sieve = file:{self.root}/mail/{user}/sieve;"
            f"active={folder}/active.sieve\n}}\n"
        )
        path = folder / f"run{self._runs}.sieve"  # a new name: no stale compiled binary
        path.write_text(script)
        mail = folder / f"run{self._runs}.eml"
        mail.write_bytes(message)
        for made in (conf, path, mail):
            made.chmod(0o644)
        done = subprocess.run(
            ["sieve-test", "-c", str(conf), str(path), str(mail)],
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
        return done.stdout + done.stderr


def make_message(
    sender: str,
    recipient: str,
    subject: str,
    body: str = "Hello.",
    headers: dict[str, str] | None = None,
) -> EmailMessage:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = recipient
    message["Subject"] = subject
    message["Message-ID"] = f"<{subject.replace(' ', '-')}.{time.time_ns()}@elsewhere.test>"
    message["Date"] = dt.datetime.now(dt.UTC).strftime("%a, %d %b %Y %H:%M:%S +0000")
    for name, value in (headers or {}).items():
        message[name] = value
    message.set_content(body)
    return message


def stop_when_parent_dies() -> Callable[[], None] | None:
    """On Linux, Dovecot gets SIGTERM when the test process dies, even if it crashes before
    the fixture can stop it (prctl PR_SET_PDEATHSIG, kept across exec)."""
    if not sys.platform.startswith("linux"):
        return None
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)  # loaded here: the child only calls it

    def arm() -> None:
        libc.prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG

    return arm


def temp_root(server: str = "dovecot") -> Path:
    """A folder every server process can reach (pytest's tmp folders are private)."""
    root = Path(tempfile.mkdtemp(prefix=f"boundary-{server}-"))
    root.chmod(0o755)
    return root


def remove_root(root: Path) -> None:
    shutil.rmtree(root, ignore_errors=True)
