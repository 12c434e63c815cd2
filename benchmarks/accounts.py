"""One account of each kind against the loopback servers the tests use, for the
pushed-memory figure of ``startup.py``.

- exchange: ``tests/providers/exchange/fake_ews.py`` (EWS over HTTP, basic sign-in);
- m365: ``tests/providers/m365/fakes.py`` (the identity platform over HTTPS with a
  self-signed certificate the children trust through ``REQUESTS_CA_BUNDLE``, and Graph);
  signed in with a device code, as over remote desktop;
- gmail: ``tests/providers/gmail/fake_google.py`` with a client file and a token file;
- imap: a real Dovecot with Pigeonhole (ManageSieve) started as
  ``tests/providers/imap/servers.py`` starts it, and its SMTP sink; skipped with a note
  when Dovecot is missing.

The servers run in threads of the benchmark's own process (Dovecot in its own), so their
work is not counted as the app's. Accounts are added with ``boundary accounts add``, as a
person adds them; secrets go to ``file_keyring`` (the machine may have no Secret Service).
"""

from __future__ import annotations

import contextlib
import importlib
import json
import shutil
import ssl
import sys
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType, TracebackType
from typing import Any

from benchmarks.file_keyring import child_env
from benchmarks.homes import boundary

REPO = Path(__file__).resolve().parent.parent
GMAIL_CLIENT = ("1234-boundary.apps.googleusercontent.com", "GOCSPX-client-secret")


def _test_module(name: str) -> ModuleType:
    """A module of the test suite (``tests.…``): the fakes live there."""
    if str(REPO) not in sys.path:
        sys.path.insert(0, str(REPO))
    return importlib.import_module(name)


def dovecot_missing() -> str | None:
    """Why the imap account cannot be set up here, or None."""
    if shutil.which("dovecot") is None:
        return "Dovecot is not installed"
    if not all(Path(f"/usr/lib/dovecot/{s}").exists() for s in ("managesieve", "lmtp")):
        return "Dovecot's ManageSieve or LMTP service is not installed"
    return None


@dataclass
class Account:
    kind: str
    name: str
    args: list[str]
    stdin: str | None = None


@dataclass
class LoopbackAccounts:
    """``with LoopbackAccounts(work) as fakes:`` starts the servers; ``fakes.env`` is what a
    child process needs to reach them, ``fakes.accounts`` what ``accounts add`` is given."""

    work: Path
    env: dict[str, str] = field(default_factory=dict)
    accounts: list[Account] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    _stack: contextlib.ExitStack = field(default_factory=contextlib.ExitStack)

    def __enter__(self) -> LoopbackAccounts:
        self.work.mkdir(parents=True, exist_ok=True)
        try:
            self.env.update(child_env(self.work / "keyring.json"))
            self.env["PYTHONPATH"] = str(REPO)  # benchmarks.file_keyring, for the children
            self.env["NO_PROXY"] = "127.0.0.1,localhost"
            self._exchange()
            self._m365()
            self._gmail()
            self._imap()
        except BaseException:
            self._stack.close()
            raise
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._stack.close()

    def add_all(self, env: dict[str, str]) -> list[str]:
        """``boundary accounts add`` for each account; returns what the command said."""
        said = []
        for account in self.accounts:
            add = ["accounts", "add", account.kind, account.name, *account.args]
            result = boundary(env, *add, stdin=account.stdin)
            said.append(result.stdout.strip())
        return said

    # --- the servers ----------------------------------------------------------------------

    def _exchange(self) -> None:
        fake_ews = _test_module("tests.providers.exchange.fake_ews")
        ews: Any = self._stack.enter_context(fake_ews.FakeEws())
        args = ["--email", ews.mailbox, "--ews-url", ews.url, "--username", ews.username]
        args += ["--auth", "basic", "--password-stdin"]
        self.accounts.append(Account("exchange", "Exchange", args, ews.password + "\n"))

    def _m365(self) -> None:
        fakes = _test_module("tests.providers.m365.fakes")
        cert, key = _test_module("tests.tls").make_certificate(self._folder("tls"))
        tls = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        tls.load_cert_chain(cert, key)
        self.env["REQUESTS_CA_BUNDLE"] = str(cert)  # MSAL trusts it as a company proxy's
        identity = fakes.FakeIdentity()
        identity.base = self._stack.enter_context(fakes.serve(identity.handler(), tls))
        graph = fakes.FakeGraph(identity)
        graph.base = self._stack.enter_context(fakes.serve(graph.handler())) + "/v1.0"
        self._stack.callback(graph.release.set)
        args = ["--email", identity.username, "--client-id", fakes.CLIENT_ID]
        args += ["--graph-url", graph.base, "--authority-url", identity.base]
        self.accounts.append(Account("m365", "Microsoft 365", args))

    def _gmail(self) -> None:
        fake_google = _test_module("tests.providers.gmail.fake_google")
        google = fake_google.FakeGoogle().start()
        self._stack.callback(google.stop)
        client_id, secret = GMAIL_CLIENT
        folder = self._folder("gmail")
        client = folder / "client_secret.json"
        installed: dict[str, Any] = {"client_id": client_id, "client_secret": secret}
        installed |= {"token_uri": google.token_uri, "redirect_uris": ["http://localhost"]}
        installed |= {"auth_uri": "https://accounts.google.com/o/oauth2/auth"}
        client.write_text(json.dumps({"installed": installed}), encoding="utf-8")
        token = folder / "token.json"
        authorized: dict[str, Any] = {
            "type": "authorized_user",
            "token": "access-0",
            "refresh_token": "refresh-1",
        }
        authorized |= {"token_uri": google.token_uri, "client_id": client_id}
        authorized |= {"client_secret": secret, "scopes": list(fake_google.ALL_SCOPES)}
        token.write_text(json.dumps(authorized), encoding="utf-8")
        args = ["--email", "ana@example.com", "--client-secrets", str(client)]
        args += ["--token-file", str(token), "--api-url", google.url, "--no-sign-in"]
        self.accounts.append(Account("gmail", "Gmail", args))

    def _imap(self) -> None:
        missing = dovecot_missing()
        if missing:
            self.notes.append(f"imap skipped: {missing} (Debian: dovecot-imapd ... -sieve)")
            return
        servers = _test_module("tests.providers.imap.servers")
        root = servers.temp_root()  # Dovecot's own processes must reach it
        self._stack.callback(servers.remove_root, root)
        cert, key = _test_module("tests.tls").make_certificate(root)
        tls = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        tls.load_cert_chain(cert, key)
        sink = servers.SmtpSink(servers.Mailbag(), tls, users={}).start()
        self._stack.callback(sink.server_close)
        self._stack.callback(sink.shutdown)
        dovecot = servers.Dovecot(root, sink.port, cert, key)
        dovecot.write_config()
        dovecot.start()
        self._stack.callback(dovecot.stop)
        user = dovecot.new_user()
        sink.users[user] = servers.PASSWORD
        args = ["--email", f"{user}@example.com", "--username", user]
        args += ["--security", "plain-loopback", "--imap-host", "127.0.0.1"]
        args += ["--imap-port", str(dovecot.imap_port), "--sieve-port", str(dovecot.sieve_port)]
        args += ["--smtp-port", str(sink.port), "--password-stdin"]
        self.accounts.append(Account("imap", "Mail server", args, servers.PASSWORD + "\n"))

    def _folder(self, name: str) -> Path:
        folder = self.work / name
        folder.mkdir(parents=True, exist_ok=True)
        return folder
