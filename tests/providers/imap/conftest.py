"""Fixtures for the imap provider: real mail servers for this folder's tests, SMTP sinks,
accounts.

Two servers: Dovecot with Pigeonhole, and Cyrus IMAP (cyrus.py). Each runs from a config in
a temp folder on free loopback ports, as the current user (or, when that is root, as the
unprivileged users its Debian package makes), and is stopped by its process id at the end.
``server`` is either, so a test that takes it (or ``user``, ``provider``, ``imap_service``)
runs once against each; a test about what only one of them does names it with
``@only("dovecot")`` (helpers.py) and says why. Without a server its tests skip with the
reason, unless BOUNDARY_REQUIRE_DOVECOT=1 / BOUNDARY_REQUIRE_CYRUS=1 (CI sets both): then
they fail.
"""

from __future__ import annotations

import os
import shutil
import ssl
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from boundary_app.core.paths import AppPaths
from boundary_app.core.profile import Account, Backup, save_profile
from boundary_app.core.service import Boundary
from boundary_app.providers.base import AccountConfig, ProviderContext
from boundary_app.providers.imap import ImapProvider
from boundary_app.providers.registry import ProviderRegistry
from boundary_app.providers.secrets import KeyringSecrets
from tests.fakes import FakeClock
from tests.providers.imap import cyrus as cyrus_server
from tests.providers.imap.cyrus import Cyrus, cyrus_missing
from tests.providers.imap.servers import (
    PASSWORD,
    Dovecot,
    Mailbag,
    MailServer,
    SmtpSink,
    remove_root,
    temp_root,
)
from tests.tls import make_certificate

PACKAGES = "dovecot-imapd dovecot-managesieved dovecot-lmtpd dovecot-sieve"


def _dovecot_missing() -> str | None:
    if shutil.which("dovecot") is None:
        return "Dovecot is not installed"
    if (
        not Path("/usr/lib/dovecot/managesieve").exists()
        or not Path("/usr/lib/dovecot/lmtp").exists()
    ):
        return "Dovecot's ManageSieve or LMTP service is not installed"
    return None


@pytest.fixture(scope="package")
def all_mail() -> Mailbag:
    return Mailbag()


@pytest.fixture
def mailbag(all_mail: Mailbag) -> Mailbag:
    """The mail the sinks receive during this test only."""
    return all_mail.since_now()


@pytest.fixture(scope="package")
def tls_files() -> Iterator[tuple[Path, Path]]:
    root = temp_root()
    yield make_certificate(root)
    remove_root(root)


@pytest.fixture(scope="package")
def server_tls(tls_files: tuple[Path, Path]) -> ssl.SSLContext:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(*map(str, tls_files))
    return context


@pytest.fixture(scope="package")
def smtp_sink(all_mail: Mailbag, server_tls: ssl.SSLContext) -> Iterator[SmtpSink]:
    """Submission with STARTTLS (and plain, for plain-loopback accounts)."""
    sink = SmtpSink(all_mail, server_tls, users={}).start()
    yield sink
    sink.shutdown()
    sink.server_close()


@pytest.fixture(scope="package")
def smtps_sink(
    all_mail: Mailbag, server_tls: ssl.SSLContext, smtp_sink: SmtpSink
) -> Iterator[SmtpSink]:
    """Submission over implicit TLS (port 465 style), with the same users."""
    sink = SmtpSink(all_mail, server_tls, implicit_tls=True, users=smtp_sink.users).start()
    yield sink
    sink.shutdown()
    sink.server_close()


def _skip_or_fail(missing: str | None, packages: str, variable: str) -> None:
    if missing:
        reason = f"{missing} (Debian: apt-get install {packages})"
        if os.environ.get(variable) == "1":
            pytest.fail(f"{reason}, and {variable}=1 requires it", pytrace=False)
        pytest.skip(reason)


@pytest.fixture(scope="package")
def dovecot(smtp_sink: SmtpSink, tls_files: tuple[Path, Path]) -> Iterator[Dovecot]:
    _skip_or_fail(_dovecot_missing(), PACKAGES, "BOUNDARY_REQUIRE_DOVECOT")
    root = temp_root()
    server = Dovecot(root, smtp_sink.port, *tls_files)
    server.write_config()
    server.start()
    yield server
    server.stop()
    remove_root(root)


@pytest.fixture(scope="package")
def cyrus(smtp_sink: SmtpSink, tls_files: tuple[Path, Path]) -> Iterator[Cyrus]:
    _skip_or_fail(cyrus_missing(), cyrus_server.PACKAGES, "BOUNDARY_REQUIRE_CYRUS")
    root = temp_root("cyrus")
    server = Cyrus(root, smtp_sink.port, *tls_files)
    server.write_config()
    server.start()
    yield server
    server.stop()
    remove_root(root)


SERVERS = ("dovecot", "cyrus")


@pytest.fixture(scope="package", params=SERVERS)
def server(request: pytest.FixtureRequest) -> MailServer:
    """Each real server in turn: a test that takes it runs against Dovecot and Cyrus."""
    found: MailServer = request.getfixturevalue(request.param)
    return found


@pytest.fixture
def trust_test_certificate(tls_files: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the test servers' certificate trusted, as a real server's CA would be."""
    monkeypatch.setenv("SSL_CERT_FILE", str(tls_files[0]))


@pytest.fixture
def user(server: MailServer, smtp_sink: SmtpSink) -> str:
    name = server.new_user()
    smtp_sink.users[name] = PASSWORD
    return name


def plain_settings(server: MailServer, smtp_sink: SmtpSink, user: str) -> dict[str, str]:
    return {
        "email": f"{user}@example.com",
        "username": user,
        "password": PASSWORD,
        "security": "plain-loopback",
        "imap_host": "127.0.0.1",
        "imap_port": str(server.imap_port),
        "sieve_port": str(server.sieve_port),
        "smtp_port": str(smtp_sink.port),
    }


@pytest.fixture
def clock() -> FakeClock:
    # The servers check the away period (currentdate) against their real clock, so tests
    # that deliver mail start at the real time.
    return FakeClock(datetime.now(UTC).replace(microsecond=0))


@pytest.fixture
def make_provider(
    server: MailServer, smtp_sink: SmtpSink, user: str, clock: FakeClock, tmp_path: Path
):  # type: ignore[no-untyped-def]
    def make(name: str = "Mail", timeout: float = 5.0, **changes: str) -> ImapProvider:
        values = {**plain_settings(server, smtp_sink, user), **changes}
        settings = ImapProvider.configure(name, values, KeyringSecrets())
        context = ProviderContext(data_dir=tmp_path, clock=clock, timeout=timeout)
        return ImapProvider(AccountConfig(name, "imap", settings), context)

    return make


@pytest.fixture
def provider(make_provider) -> ImapProvider:  # type: ignore[no-untyped-def]
    return make_provider()  # type: ignore[no-any-return]


@pytest.fixture
def imap_service(
    paths: AppPaths,
    clock: FakeClock,
    server: MailServer,
    smtp_sink: SmtpSink,
    user: str,
) -> Iterator[Boundary]:
    """The service with one imap account ('Mail') on the test server, at the real time."""
    registry = ProviderRegistry.of([ImapProvider])
    svc, _ = Boundary.open(paths, clock, timezone="Europe/Amsterdam", registry=registry)
    profile = svc.profile
    profile.identity.name = "Ana Silva"
    profile.identity.email = f"{user}@example.com"
    profile.backups = [Backup("Sam Lee", "sam@example.com", "+31 6 1234 5678")]
    settings = ImapProvider.configure(
        "Mail", plain_settings(server, smtp_sink, user), KeyringSecrets()
    )
    profile.accounts = [Account("Mail", "imap", settings)]
    save_profile(profile, paths.profile)
    yield svc
    svc.close()
