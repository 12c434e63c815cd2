"""``boundary accounts add imap …``, ``away``, ``accounts test``, ``back`` and ``accounts
remove`` against the real servers (Dovecot and Cyrus), in-process (``cli.run``) so the
memory keyring stands in for the system's. The command uses the real clock, as the servers
do."""

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
from tests.providers.imap.helpers import INTERVAL, only, scripts, text_of
from tests.providers.imap.servers import PASSWORD, Mailbag, MailServer, SmtpSink, free_port


@pytest.fixture(autouse=True)
def kinds(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        ProviderRegistry, "discover", classmethod(lambda cls: cls.of([LocalProvider, ImapProvider]))
    )


def add_args(server: MailServer, smtp_sink: SmtpSink, user: str, *extra: str) -> list[str]:
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
        str(server.imap_port),
        "--sieve-port",
        str(server.sieve_port),
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
    server: MailServer,
    smtp_sink: SmtpSink,
    mailbag: Mailbag,
    user: str,
) -> None:
    code, out, err = boundary(
        capsys, monkeypatch, *add_args(server, smtp_sink, user), stdin=PASSWORD + "\n"
    )
    assert (code, err) == (0, "")
    assert out.strip() == (
        "Added Mail (IMAP (ManageSieve)). Connected: signed in to IMAP, ManageSieve and SMTP. "
        f"No auto-reply is set. {INTERVAL[server.name]}"
    )
    account = load_profile(AppPaths.from_environment().profile).account("Mail")
    assert account is not None
    assert account.settings == {
        "email": f"{user}@example.com",
        "username": user,
        "security": "plain-loopback",
        "imap_host": "127.0.0.1",
        "imap_port": server.imap_port,
        "sieve_host": "127.0.0.1",
        "sieve_port": server.sieve_port,
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

    server.deliver("client@elsewhere.test", f"{user}@example.com", "Quote, please")
    [reply] = mailbag.to("client@elsewhere.test")
    assert reply.message["Subject"] == result["away"]["subject"]
    assert text_of(reply) == "I am away; Sam covers."

    code, out, _ = boundary(capsys, monkeypatch, "accounts", "test", "Mail")
    assert code == 0
    assert out.startswith(
        "Mail: Connected: signed in to IMAP, ManageSieve and SMTP. An auto-reply is set until "
    )
    assert out.strip().endswith(INTERVAL[server.name])

    code, out, _ = boundary(capsys, monkeypatch, "back")
    assert code == 0
    assert out.startswith("Welcome back: the replies are cleared.")
    server.deliver("late@elsewhere.test", f"{user}@example.com", "Still there?")
    assert mailbag.to("late@elsewhere.test") == []
    assert scripts(server, user) == (None, {})

    code, out, _ = boundary(capsys, monkeypatch, "accounts", "remove", "Mail")
    assert (code, out.strip()) == (0, "Removed Mail.")
    assert memory_keyring.store == {}


def test_a_wrong_password_is_said_and_nothing_is_kept(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    memory_keyring: MemoryKeyring,
    server: MailServer,
    smtp_sink: SmtpSink,
    user: str,
) -> None:
    code, out, err = boundary(
        capsys, monkeypatch, *add_args(server, smtp_sink, user), stdin="wrong\n"
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
    server: MailServer,
    smtp_sink: SmtpSink,
    user: str,
) -> None:
    args = add_args(server, smtp_sink, user, "--smtp-host", "smtp.example.com")
    code, _, err = boundary(capsys, monkeypatch, *args, stdin=PASSWORD + "\n")
    assert code == 1
    assert "only allowed for a server on this computer, and smtp.example.com is not" in err
    assert memory_keyring.store == {}


def without_smtp(args: list[str], *extra: str) -> list[str]:
    """``add_args`` with no SMTP port (a Cyrus host has no submission service)."""
    at = args.index("--smtp-port")
    return [*args[:at], *args[at + 2 :], *extra]


# Cyrus comes without a submission service; nothing else here depends on the server.
@only("cyrus")
def test_an_account_without_smtp_sets_the_reply_and_says_forwarding_is_off(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    memory_keyring: MemoryKeyring,
    server: MailServer,
    smtp_sink: SmtpSink,
    mailbag: Mailbag,
    user: str,
) -> None:
    args = without_smtp(add_args(server, smtp_sink, user), "--smtp", "off")
    code, out, err = boundary(capsys, monkeypatch, *args, stdin=PASSWORD + "\n")
    assert (code, err) == (0, "")
    assert out.strip() == (
        "Added Mail (IMAP (ManageSieve)). Connected: signed in to IMAP and ManageSieve. "
        f"No auto-reply is set. {INTERVAL[server.name]} Forwarding mail to your backup is "
        "off: this account has no SMTP server."
    )
    account = load_profile(AppPaths.from_environment().profile).account("Mail")
    assert account is not None and account.settings["smtp"] == "off"
    assert "smtp_host" not in account.settings

    code, out, _ = boundary(capsys, monkeypatch, "accounts", "list", "--json")
    [listed] = [a for a in json.loads(out)["accounts"] if a["name"] == "Mail"]
    assert listed["capabilities"] == [  # the server forwards by itself (Sieve redirect)
        "audience-internal",
        "auto-reply",
        "forward-rule",
        "list-mail",
        "scheduled-forward",
        "scheduled-reply",
        "subject-per-audience",
    ]
    code, out, _ = boundary(
        capsys, monkeypatch, "away", "--until", "in 2 hours", "--external", "Away; Sam covers."
    )
    assert code == 0, out
    server.deliver("client@elsewhere.test", f"{user}@example.com", "Quote, please")
    assert text_of(mailbag.wait_for("client@elsewhere.test")) == "Away; Sam covers."


# As above: the server without submission is Cyrus.
@only("cyrus")
def test_an_smtp_server_that_does_not_answer_is_said_with_what_to_do(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    memory_keyring: MemoryKeyring,
    server: MailServer,
    smtp_sink: SmtpSink,
    user: str,
) -> None:
    port = free_port()  # nothing listens there
    args = without_smtp(add_args(server, smtp_sink, user), "--smtp-port", str(port))
    code, out, err = boundary(capsys, monkeypatch, *args, stdin=PASSWORD + "\n")
    assert (code, out) == (1, "")
    assert err.strip() == (
        f"boundary: The SMTP server 127.0.0.1 (port {port}) refused the connection; it may be "
        "down. (IMAP and ManageSieve worked.) If your mail server has no SMTP submission "
        "service, set Sending (SMTP) to off (--smtp off): the reply works without it, only "
        "forwarding mail to your backup does not."
    )
    assert memory_keyring.store == {}
