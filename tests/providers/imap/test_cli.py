"""``boundary accounts add imap …``, ``away``, ``accounts test``, ``back`` and ``accounts
remove`` against the real Dovecot, in-process (``cli.run``) so the memory keyring stands in
for the system's. The command uses the real clock, as Dovecot does."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from boundary_app.core.paths import AppPaths
from boundary_app.core.profile import load_profile
from boundary_app.providers.imap import ImapProvider
from boundary_app.providers.local import LocalProvider
from boundary_app.providers.registry import ProviderRegistry
from tests.fakes import MemoryKeyring
from tests.in_process import boundary
from tests.providers.imap.helpers import scripts, text_of
from tests.providers.imap.servers import PASSWORD, Dovecot, Mailbag, SmtpSink


@pytest.fixture(autouse=True)
def kinds(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        ProviderRegistry, "discover", classmethod(lambda cls: cls.of([LocalProvider, ImapProvider]))
    )


def add_args(dovecot: Dovecot, smtp_sink: SmtpSink, user: str, *extra: str) -> list[str]:
    return [
        "accounts",
        "add",
        "imap",
        "Mail",
        "--email",
        f"{user}@example.com",
        "--username",
        user,
        "--security",
        "plain-loopback",
        "--imap-host",
        "127.0.0.1",
        "--imap-port",
        str(dovecot.imap_port),
        "--sieve-port",
        str(dovecot.sieve_port),
        "--smtp-port",
        str(smtp_sink.port),
        "--password-stdin",
        *extra,
    ]


def test_add_go_away_test_come_back_and_remove(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    memory_keyring: MemoryKeyring,
    home: Path,
    dovecot: Dovecot,
    smtp_sink: SmtpSink,
    mailbag: Mailbag,
    user: str,
) -> None:
    code, out, err = boundary(
        capsys, monkeypatch, *add_args(dovecot, smtp_sink, user), stdin=PASSWORD + "\n"
    )
    assert (code, err) == (0, "")
    assert out.strip() == (
        "Added Mail (IMAP (ManageSieve)). Connected: signed in to IMAP, ManageSieve and SMTP. "
        "No auto-reply is set."
    )
    account = load_profile(AppPaths.from_environment().profile).account("Mail")
    assert account is not None
    assert account.settings == {
        "email": f"{user}@example.com",
        "username": user,
        "security": "plain-loopback",
        "imap_host": "127.0.0.1",
        "imap_port": dovecot.imap_port,
        "sieve_host": "127.0.0.1",
        "sieve_port": dovecot.sieve_port,
        "smtp_host": "127.0.0.1",
        "smtp_port": smtp_sink.port,
        "internal_domain": "example.com",
    }
    assert memory_keyring.store == {("boundary", "Mail/password"): PASSWORD}
    assert PASSWORD not in AppPaths.from_environment().profile.read_text()

    code, out, _ = boundary(
        capsys,
        monkeypatch,
        "away",
        "--until",
        "in 2 hours",
        "--external",
        "I am away; Sam covers.",
        "--account",
        "Mail",
        "--json",
    )
    assert code == 0, out
    result = json.loads(out)
    assert [(r["account"], r["status"]) for r in result["results"]] == [("Mail", "ok")]

    dovecot.deliver("client@elsewhere.test", f"{user}@example.com", "Quote, please")
    [reply] = mailbag.to("client@elsewhere.test")
    assert reply.message["Subject"] == result["away"]["subject"]
    assert text_of(reply) == "I am away; Sam covers."

    code, out, _ = boundary(capsys, monkeypatch, "accounts", "test", "Mail")
    assert code == 0
    assert out.startswith(
        "Mail: Connected: signed in to IMAP, ManageSieve and SMTP. An auto-reply is set until "
    )

    code, out, _ = boundary(capsys, monkeypatch, "back")
    assert code == 0
    assert out.startswith("Welcome back: the replies are cleared.")
    dovecot.deliver("late@elsewhere.test", f"{user}@example.com", "Still there?")
    assert mailbag.to("late@elsewhere.test") == []
    assert scripts(dovecot, user) == (None, {})

    code, out, _ = boundary(capsys, monkeypatch, "accounts", "remove", "Mail")
    assert (code, out.strip()) == (0, "Removed Mail.")
    assert memory_keyring.store == {}


def test_a_wrong_password_is_said_and_nothing_is_kept(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    memory_keyring: MemoryKeyring,
    dovecot: Dovecot,
    smtp_sink: SmtpSink,
    user: str,
) -> None:
    code, out, err = boundary(
        capsys, monkeypatch, *add_args(dovecot, smtp_sink, user), stdin="wrong\n"
    )
    assert code == 1
    assert out == ""
    assert f"The IMAP server 127.0.0.1 refused the user name or password for {user}" in err
    assert memory_keyring.store == {}
    assert load_profile(AppPaths.from_environment().profile).account("Mail") is None


def test_plain_text_to_another_computer_is_refused(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    memory_keyring: MemoryKeyring,
    dovecot: Dovecot,
    smtp_sink: SmtpSink,
    user: str,
) -> None:
    args = add_args(dovecot, smtp_sink, user, "--smtp-host", "smtp.example.com")
    code, _, err = boundary(capsys, monkeypatch, *args, stdin=PASSWORD + "\n")
    assert code == 1
    assert "only allowed for a server on this computer, and smtp.example.com is not" in err
    assert memory_keyring.store == {}
