"""The imap provider without a server: account settings, the Sieve script, lazy imports."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from boundary_app.providers.base import (
    AccountConfig,
    Audience,
    AutoReply,
    Capability,
    ProviderContext,
    Rejected,
)
from boundary_app.providers.imap import ImapProvider, is_loopback
from boundary_app.providers.imap_sieve import build_script, is_ours, parse_script
from boundary_app.providers.secrets import KeyringSecrets
from tests.fakes import START, FakeClock, MemoryKeyring

BASE = {
    "email": "ana@example.com",
    "username": "ana",
    "password": "s3cret",
    "imap_host": "mail.example.com",
}


def test_importing_the_provider_loads_no_mail_library() -> None:
    code = (
        "import sys, json; import boundary_app.providers.imap as m; "
        "print(json.dumps([n for n in ('sievelib', 'imaplib', 'smtplib', 'ssl', 'email.parser')"
        " if n in sys.modules]))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert json.loads(out) == []
    assert ImapProvider.libraries == ("sievelib",)


def test_the_settings_fields_make_the_documented_flags() -> None:
    flags = [f.flag for f in ImapProvider.settings_fields if f.kind != "secret"]
    assert flags == [
        "--email",
        "--username",
        "--security",
        "--imap-host",
        "--imap-port",
        "--sieve-host",
        "--sieve-port",
        "--smtp",
        "--smtp-host",
        "--smtp-security",
        "--smtp-port",
        "--internal-domain",
    ]


@pytest.mark.parametrize(
    ("security", "imap_port", "smtp_port"),
    [("ssl", 993, 465), ("starttls", 143, 587)],
)
def test_ports_and_hosts_default_by_security(
    memory_keyring: MemoryKeyring, security: str, imap_port: int, smtp_port: int
) -> None:
    settings = ImapProvider.configure("Work", {**BASE, "security": security}, KeyringSecrets())
    assert settings == {
        "email": "ana@example.com",
        "username": "ana",
        "security": security,
        "imap_host": "mail.example.com",
        "imap_port": imap_port,
        "sieve_host": "mail.example.com",
        "sieve_port": 4190,
        "smtp_host": "mail.example.com",
        "smtp_port": smtp_port,
        "internal_domain": "example.com",
    }
    assert memory_keyring.store == {("boundary", "Work/password"): "s3cret"}


def test_entered_values_win_over_defaults(memory_keyring: MemoryKeyring) -> None:
    settings = ImapProvider.configure(
        "Work",
        {
            **BASE,
            "sieve_host": "sieve.example.com",
            "sieve_port": "2000",
            "smtp_host": "smtp.example.com",
            "smtp_port": "2525",
            "imap_port": "1993",
            "internal_domain": "Corp.Example",
        },
        KeyringSecrets(),
    )
    assert (settings["imap_port"], settings["sieve_host"], settings["sieve_port"]) == (
        1993,
        "sieve.example.com",
        2000,
    )
    assert (settings["smtp_host"], settings["smtp_port"]) == ("smtp.example.com", 2525)
    assert settings["internal_domain"] == "corp.example"


def test_plain_text_is_refused_for_a_server_elsewhere_and_nothing_is_stored(
    memory_keyring: MemoryKeyring,
) -> None:
    with pytest.raises(Rejected) as caught:
        ImapProvider.configure(
            "Work",
            {
                **BASE,
                "imap_host": "127.0.0.1",
                "smtp_host": "smtp.example.com",
                "security": "plain-loopback",
            },
            KeyringSecrets(),
        )
    assert str(caught.value) == (
        "Security 'plain-loopback' sends your password unencrypted, so it is only allowed "
        "for a server on this computer, and smtp.example.com is not; choose ssl or starttls."
    )
    assert memory_keyring.store == {}


def test_plain_text_to_this_computer_is_allowed(memory_keyring: MemoryKeyring) -> None:
    settings = ImapProvider.configure(
        "Work",
        {**BASE, "imap_host": "localhost", "security": "plain-loopback"},
        KeyringSecrets(),
    )
    assert settings["smtp_host"] == "localhost"
    assert settings["imap_port"] == 143


@pytest.mark.parametrize(
    ("change", "words"),
    [
        ({"imap_host": ""}, "IMAP server is needed."),
        ({"security": "tls"}, "Security must be one of ssl, starttls, plain-loopback, not 'tls'."),
        ({"sieve_port": "sieve"}, "ManageSieve port must be a port number (1–65535), not 'sieve'."),
        ({"password": ""}, "Password is needed."),
    ],
)
def test_wrong_entries_are_said_in_words_and_store_nothing(
    memory_keyring: MemoryKeyring, change: dict[str, str], words: str
) -> None:
    with pytest.raises(Rejected) as caught:
        ImapProvider.configure("Work", {**BASE, **change}, KeyringSecrets())
    assert str(caught.value) == words
    assert memory_keyring.store == {}


RESOLVER = {
    "localhost": ["127.0.0.1", "::1"],
    "mail.localhost": ["203.0.113.9"],  # *.localhost is not trusted on its word
    "dev.localhost": ["127.0.0.1"],
    "split.localhost": ["127.0.0.1", "192.0.2.1"],
    "mapped.test": ["::ffff:127.0.0.1"],
}


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("127.0.0.1", True),
        ("127.1.2.3", True),
        ("::1", True),
        ("[::1]", True),
        ("LocalHost", True),
        ("dev.localhost", True),
        ("mapped.test", True),
        ("mail.localhost", False),
        ("split.localhost", False),
        ("nowhere.localhost", False),  # does not resolve
        ("localhost.example.com", False),
        ("10.0.0.1", False),
        ("mail.example.com", False),
    ],
)
def test_loopback_is_an_address_of_this_computer_or_a_name_that_resolves_only_to_one(
    host: str, loopback: bool
) -> None:
    asked: list[str] = []

    def resolve(name: str) -> list[str]:
        asked.append(name)
        return RESOLVER.get(name.lower(), [])

    assert is_loopback(host, resolve) is loopback
    if host.strip("[]")[0].isdigit() or ":" in host:
        assert asked == []  # an address is never looked up


def test_plain_text_to_a_localhost_name_elsewhere_is_refused(
    memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    from boundary_app.providers import imap

    monkeypatch.setattr(imap, "_addresses", lambda name: RESOLVER.get(name, []))
    with pytest.raises(Rejected, match=r"and mail\.localhost is not; choose ssl or starttls"):
        ImapProvider.configure(
            "Work",
            {**BASE, "imap_host": "mail.localhost", "security": "plain-loopback"},
            KeyringSecrets(),
        )
    assert memory_keyring.store == {}


def test_a_localhost_name_elsewhere_is_refused_when_connecting_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from boundary_app.providers import imap

    monkeypatch.setattr(imap, "_addresses", lambda name: RESOLVER.get(name, []))
    settings = {**BASE, "imap_host": "mail.localhost", "security": "plain-loopback"}
    context = ProviderContext(data_dir=tmp_path, clock=FakeClock(START))
    KeyringSecrets().set("Work", "password", "s3cret")
    provider = ImapProvider(AccountConfig("Work", "imap", settings), context)
    with pytest.raises(
        Rejected, match=r"will not send your password unencrypted to mail\.localhost"
    ):
        provider.read_auto_reply()


@pytest.mark.parametrize(
    ("change", "words"),
    [
        (
            {"imap_host": "mail example org"},
            "IMAP server: 'mail example org' is not a host or domain name",
        ),
        ({"imap_host": "imaps://mail.example.org"}, "without imaps:// or https://"),
        ({"imap_host": "mail.example.org\r\nA1 LOGOUT"}, "IMAP server holds a control"),
        ({"smtp_host": "smtp.example.org:587"}, "type the port in its own field"),
        ({"internal_domain": "a b"}, "Colleagues' domain: 'a b' is not a host or domain name"),
        ({"username": "ana\x00admin"}, "User name holds a control character (U+0000)"),
        ({"imap_port": "٩٩٣"}, "IMAP port must be a port number (1–65535)"),
        ({"imap_port": "²"}, "IMAP port must be a port number (1–65535)"),
    ],
)
def test_hosts_ports_the_domain_and_the_user_name_are_checked_before_anything_is_kept(
    memory_keyring: MemoryKeyring, change: dict[str, str], words: str
) -> None:
    with pytest.raises(Rejected) as caught:
        ImapProvider.configure("Work", {**BASE, **change}, KeyringSecrets())
    assert words in str(caught.value)
    assert "\n" not in str(caught.value) and "\x00" not in str(caught.value)
    assert memory_keyring.store == {}


@pytest.mark.parametrize(
    "host", ["mail.example.com", "192.0.2.7", "[2001:db8::1]", "mx1.xn--bcher-kva.example", "a.b"]
)
def test_real_host_names_and_addresses_are_taken(memory_keyring: MemoryKeyring, host: str) -> None:
    settings = ImapProvider.configure("Work", {**BASE, "imap_host": host}, KeyringSecrets())
    assert settings["imap_host"] == host


def test_a_hand_edited_profile_cannot_send_a_password_in_plain_text(tmp_path: Path) -> None:
    settings = {**BASE, "security": "plain-loopback"}  # mail.example.com is not loopback
    context = ProviderContext(data_dir=tmp_path, clock=FakeClock(START))
    KeyringSecrets().set("Work", "password", "s3cret")
    provider = ImapProvider(AccountConfig("Work", "imap", settings), context)
    with pytest.raises(Rejected, match="will not send your password unencrypted to mail"):
        provider.read_auto_reply()


def test_without_smtp_the_account_keeps_no_smtp_server_and_cannot_forward(
    memory_keyring: MemoryKeyring,
) -> None:
    settings = ImapProvider.configure(
        "Cyrus",
        {**BASE, "smtp": "off", "smtp_host": "smtp.example.com", "security": "starttls"},
        KeyringSecrets(),
    )
    assert settings == {
        "email": "ana@example.com",
        "username": "ana",
        "security": "starttls",
        "imap_host": "mail.example.com",
        "imap_port": 143,
        "sieve_host": "mail.example.com",
        "sieve_port": 4190,
        "smtp": "off",
        "internal_domain": "example.com",
    }
    assert Capability.FORWARD not in ImapProvider.account_capabilities(settings)
    assert ImapProvider.account_capabilities(BASE) == ImapProvider.capabilities
    # Plain text to this computer: an SMTP server elsewhere that is not used does not count.
    local = ImapProvider.configure(
        "Local",
        {**BASE, "imap_host": "127.0.0.1", "security": "plain-loopback", "smtp": "off"},
        KeyringSecrets(),
    )
    assert "smtp_host" not in local


def test_capabilities_are_what_sieve_can_honour() -> None:
    assert ImapProvider.capabilities == {
        Capability.AUTO_REPLY,
        Capability.SCHEDULED_REPLY,
        Capability.AUDIENCE_INTERNAL,  # by the sender's domain
        Capability.SUBJECT_PER_AUDIENCE,  # a vacation action per audience, each its subject
        Capability.LIST_MAIL,
        Capability.FORWARD,
        Capability.SEND_MAIL,  # through SMTP submission, as forwards
        Capability.FORWARD_RULE,  # redirect :copy in Boundary's script
        Capability.SCHEDULED_FORWARD,  # bounded by currentdate like the reply
    }


# --- the script ---------------------------------------------------------------------------

SUBJECT = 'Away: "back" on Monday \\ Tuesday'
INTERNAL = 'Hi team,\n\nI am away; "Sam" covers.\n.\nBackslash \\ and ü.'
EXTERNAL = "Thank you for your message.\nI am away until Monday."
START_AT = datetime(2026, 11, 24, 8, 0, 30, tzinfo=UTC)


@pytest.mark.parametrize("audience", [Audience.ALL, Audience.INTERNAL])
@pytest.mark.parametrize(
    ("start", "end"),
    [
        (START_AT, START_AT + timedelta(days=3)),
        (None, START_AT + timedelta(days=3)),
        (START_AT, None),
        (None, None),
    ],
)
@pytest.mark.parametrize("include", [None, 'my "filters" \\ v2'])
def test_a_script_reads_back_exactly_what_was_written(
    audience: Audience, start: datetime | None, end: datetime | None, include: str | None
) -> None:
    external = EXTERNAL if audience is Audience.ALL else ""
    reply = AutoReply(True, start, end, SUBJECT, INTERNAL, external, audience)
    script = build_script(reply, "ana@example.com", "example.com", include)
    assert is_ours(script)
    parsed = parse_script(script)
    assert parsed.reply.same_as(reply)
    assert parsed.reply.audience is audience
    assert parsed.include == include


def test_the_subject_for_everyone_else_is_its_own_and_reads_back() -> None:
    reply = AutoReply(
        True, None, None, "Volunteering", INTERNAL, EXTERNAL, external_subject="Out of office"
    )
    script = build_script(reply, "ana@example.com", "example.com", None)
    assert script.count(':subject "Volunteering"') == 1
    assert script.count(':subject "Out of office"') == 1
    parsed = parse_script(script).reply
    assert (parsed.subject, parsed.external_subject) == ("Volunteering", "Out of office")
    assert parsed.same_as(reply)
    same = parse_script(build_script(replace(reply, external_subject=""), "a@e.com", "e.com", None))
    assert (same.reply.subject, same.reply.external_subject) == ("Volunteering", "")


def test_the_script_asks_the_server_for_what_it_needs_only() -> None:
    plain = build_script(
        AutoReply(True, internal="x", external="y"), "a@b.example", "b.example", None
    )
    assert 'require ["vacation"];' in plain
    assert "currentdate" not in plain
    timed = build_script(
        AutoReply(True, START_AT, START_AT + timedelta(days=1), internal="x", external="y"),
        "a@b.example",
        "b.example",
        "mine",
    )
    assert 'require ["date", "include", "relational", "vacation"];' in timed
    assert ':value "ge" "iso8601" "2026-11-24T08:00:30"' in timed
    assert ':value "lt" "iso8601" "2026-11-25T08:00:30"' in timed
    assert ":days 1 :subject" not in timed  # no subject: the server's "Auto: ..." is used
    assert timed.rstrip().endswith('include :personal :optional "mine";')


def test_the_same_words_for_everyone_are_carried_once() -> None:
    text = "Я в отпуске до понедельника. " * 300
    same = build_script(
        AutoReply(True, internal=text, external=text), "a@b.example", "b.example", None
    )
    blank = build_script(AutoReply(True, internal=text), "a@b.example", "b.example", None)
    assert same == blank
    assert same.count("vacation :days") == 1 and same.count("Я в отпуске") == 300
    assert parse_script(same).reply.same_as(AutoReply(True, internal=text, external=text))
    both = build_script(
        AutoReply(True, internal=text, external="Away."), "a@b.example", "b.example", None
    )
    assert both.count("vacation :days") == 2


def test_someone_elses_script_is_not_taken_for_ours() -> None:
    assert not is_ours('require ["vacation"];\nvacation "I am away";\n')
