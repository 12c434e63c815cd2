"""Input ``boundary`` must refuse: one line on standard error, exit 1, nothing changed.

Issue 14, point 5. The away and plan cases run the real command in a subprocess, as a script
would; the account cases run it in-process (``cli.run``) so the memory keyring stands in for
the system's and no server is needed (``--no-check``).
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from boundary_app.core.journal import Journal
from boundary_app.core.paths import AppPaths
from boundary_app.core.profile import (
    Account,
    Backup,
    default_profile,
    load_profile,
    save_profile,
    start_plan,
)
from tests.cli.test_cli import boundary
from tests.fakes import MemoryKeyring
from tests.in_process import boundary as boundary_here

TZ = "Europe/Amsterdam"


def make_profile(paths: AppPaths, accounts: list[Account] | None = None) -> None:
    """A profile as the first command leaves it (the plan started), so any change shows."""
    profile = start_plan(default_profile(TZ), datetime.now(UTC))
    profile.identity.name = "Ana Silva"
    profile.backups = [Backup("Sam Lee", "sam@example.com")]
    if accounts is not None:
        profile.accounts = accounts
    save_profile(profile, paths.profile)


@pytest.fixture
def paths(home: Path) -> AppPaths:
    paths = AppPaths.from_environment()
    make_profile(paths)
    return paths


def refused(paths: AppPaths, *args: str) -> str:
    """Run ``boundary ARGS``; check it refused with one line and changed nothing; the line."""
    profile = paths.profile.read_bytes()
    done = boundary(*args)
    assert done.returncode == 1, done.stdout + done.stderr
    assert done.stdout == ""
    assert done.stderr.startswith("boundary: ")
    assert done.stderr.count("\n") == 1, done.stderr
    assert not any(c in done.stderr for c in "\x00\x07\x1b"), "echoed raw"
    assert paths.profile.read_bytes() == profile
    assert not paths.local_replies.exists(), "a reply was set"
    journal = Journal(paths.journal)
    try:
        assert journal.away_periods() == []
    finally:
        journal.close()
    return done.stderr.removeprefix("boundary: ").strip()


# --- empty values -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["away", "--until", ""], "--until is empty"),
        (["away", "--until", " "], "--until is empty"),
        (["away", "--from", "", "--until", "tomorrow 9:00"], "--from is empty"),
        (["away", "--until", "tomorrow 9:00", "--lang", ""], "--lang '' leaves a language empty"),
        (["away", "--until", "tomorrow 9:00", "--lang", "nl,"], "leaves a language empty"),
        (["away", "--until", "tomorrow 9:00", "--subject", ""], "--subject is empty"),
        (["plan", "--weekdays", ""], "--weekdays is empty"),
        (["plan", "--focus-day", " "], "--focus-day is empty"),
    ],
    ids=["until", "until-blank", "from", "lang", "lang-half", "subject", "weekdays", "focus-day"],
)
def test_an_empty_value_is_refused(paths: AppPaths, args: list[str], words: str) -> None:
    assert words in refused(paths, *args)


def test_no_weekdays_must_be_said_as_none(paths: AppPaths) -> None:
    done = boundary("plan", "--weekdays", "none")
    assert done.returncode == 0, done.stderr
    assert load_profile(paths.profile).checks.weekdays == frozenset()


# --- implausible dates --------------------------------------------------------------------


@pytest.mark.parametrize("until", ["9999-01-01 09:00", "in 999999 days", "in 105 weeks"])
def test_an_end_more_than_two_years_ahead_is_refused(paths: AppPaths, until: str) -> None:
    reason = refused(paths, "away", "--until", until)
    assert reason.startswith("--until ")
    assert "is more than 2 years ahead (the latest is " in reason
    assert reason.endswith("use --no-end for a reply with no end date.")


def test_a_start_more_than_two_years_ahead_is_refused(paths: AppPaths) -> None:
    year = datetime.now(UTC).year + 3
    reason = refused(paths, "away", "--from", f"{year}-01-04 09:00", "--no-end")
    assert reason.startswith("--from ") and f"4 January {year}" in reason
    assert "is more than 2 years ahead" in reason
    assert "--no-end" not in reason


def test_the_json_names_the_rule(paths: AppPaths) -> None:
    done = boundary("away", "--until", "9999-01-01", "--json")
    assert done.returncode == 1
    assert json.loads(done.stdout)["code"] == "end-too-far"


# --- texts and languages ------------------------------------------------------------------


def test_a_subject_over_250_characters_is_refused(paths: AppPaths) -> None:
    reason = refused(paths, "away", "--until", "tomorrow 9:00", "--subject", "s" * 251)
    assert reason == (
        "The subject is 251 characters long; the most Boundary sets is 250. Please shorten it."
    )


@pytest.mark.parametrize(
    ("flag", "text", "label"),
    [
        ("--subject", "Away \x1b[31mred", "subject"),
        ("--message", "Back soon\x07", "message for colleagues"),
        ("--external", "\x1b]0;title\x07", "message for everyone else"),
        ("--reason", "on \x1b[2J leave", "message for colleagues"),
    ],
    ids=["esc-subject", "bel-message", "osc-external", "esc-reason"],
)
def test_control_characters_are_refused_not_stored_or_echoed(
    paths: AppPaths, flag: str, text: str, label: str
) -> None:
    reason = refused(paths, "away", "--until", "tomorrow 9:00", flag, text)
    assert reason.startswith(f"The {label} holds a control character (U+00")


def test_more_than_two_languages_are_refused(paths: AppPaths) -> None:
    reason = refused(paths, "away", "--until", "tomorrow 9:00", "--lang", "en,nl,id")
    assert reason == "A reply can be in two languages at most, not 3 (en, nl, id)."


# --- no account left ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "accounts",
    [[], [Account("Corp", "no-such-kind")]],
    ids=["no-account", "kind-not-installed"],
)
def test_away_with_no_account_to_take_the_reply_says_nothing_was_set(
    home: Path, accounts: list[Account]
) -> None:
    paths = AppPaths.from_environment()
    make_profile(paths, accounts)

    reason = refused(paths, "away", "--until", "tomorrow 9:00")

    assert reason == (
        "There is no account that can take an auto-reply, so nothing was set; add one first."
    )


# --- the profile --------------------------------------------------------------------------


def test_a_nul_in_a_profile_template_is_a_profile_error_with_its_line(paths: AppPaths) -> None:
    text = paths.profile.read_text("utf-8")
    text += '\n[templates.en.vacation]\ninternal = "I am away.\\u0000 Sam covers."\n'
    paths.profile.write_text(text, "utf-8")
    line = text.splitlines().index('internal = "I am away.\\u0000 Sam covers."') + 1

    done = boundary("profile", "validate")

    assert done.returncode == 1
    assert done.stderr.endswith(
        f"profile.toml: line {line}: templates.en.vacation.internal holds a control character "
        "(U+0000); remove it (only tabs and line breaks may be in a text)\n"
    )


def test_a_port_edited_into_words_is_a_profile_error_with_its_line(paths: AppPaths) -> None:
    text = paths.profile.read_text("utf-8") + (
        '\n[[accounts]]\nname = "Work"\nkind = "imap"\nemail = "ana@example.com"\n'
        'imap_host = "mail.example.com"\nimap_port = "abc"\n'
    )
    paths.profile.write_text(text, "utf-8")
    line = text.splitlines().index('imap_port = "abc"') + 1

    done = boundary("profile", "validate")

    assert done.returncode == 1
    assert done.stderr.endswith(
        f"profile.toml: line {line}: accounts[2].imap_port (Work) cannot be used: "
        "IMAP port must be a port number (1–65535), not 'abc'.\n"
    )


# --- imap settings, even with --no-check --------------------------------------------------

IMAP = (
    "accounts",
    "add",
    "imap",
    "Work",
    "--email",
    "ana@example.com",
    "--username",
    "ana",
    "--imap-host",
    "mail.example.com",
    "--password-stdin",
    "--no-check",
)


def with_flag(flag: str, value: str) -> list[str]:
    args = list(IMAP)
    if flag in args:
        args[args.index(flag) + 1] = value
    else:
        args[-2:-2] = [flag, value]
    return args


@pytest.mark.parametrize(
    ("flag", "value", "words"),
    [
        (
            "--imap-host",
            "mail example org",
            "IMAP server: 'mail example org' is not a host or domain name",
        ),
        ("--imap-host", "imaps://mail.example.org", "without imaps:// or https://"),
        ("--imap-host", "mail.example.org:993", "type the port in its own field"),
        ("--imap-host", "mail.example.org\r\nX-Evil: 1", "IMAP server holds a control character"),
        ("--smtp-host", "smtp.example.org\nX: 1", "SMTP server holds a control character"),
        ("--sieve-host", "sieve-.example.org", "ManageSieve server: 'sieve-.example.org'"),
        ("--internal-domain", "a b", "Colleagues' domain: 'a b' is not a host or domain name"),
        ("--username", "ana\r\nA1 LOGOUT", "User name holds a control character (U+000D)"),
        ("--email", "ana\x1b@example.com", "Email address holds a control character (U+001B)"),
    ],
    ids=[
        "spaces",
        "scheme",
        "port",
        "crlf",
        "lf-smtp",
        "hyphen",
        "domain-spaces",
        "username-crlf",
        "email-esc",
    ],
)
def test_imap_settings_are_checked_without_connecting(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    memory_keyring: MemoryKeyring,
    home: Path,
    flag: str,
    value: str,
    words: str,
) -> None:
    code, out, err = boundary_here(capsys, monkeypatch, *with_flag(flag, value), stdin="pw\n")

    assert (code, out) == (1, "")
    assert words in err
    assert err.count("\n") == 1
    assert not any(c in err for c in "\r\x1b")
    assert load_profile(AppPaths.from_environment().profile).account("Work") is None
    assert memory_keyring.store == {}


def test_good_imap_settings_are_kept_without_connecting(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    memory_keyring: MemoryKeyring,
    home: Path,
) -> None:
    args = with_flag("--internal-domain", "eu.example.com")
    code, _, err = boundary_here(capsys, monkeypatch, *args, stdin="pw\n")
    assert (code, err) == (0, "")
    account = load_profile(AppPaths.from_environment().profile).account("Work")
    assert account is not None
    assert account.settings["internal_domain"] == "eu.example.com"


def test_plain_text_to_a_localhost_name_that_is_not_this_computer_is_refused(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    memory_keyring: MemoryKeyring,
    home: Path,
) -> None:
    from boundary_app.providers import imap

    answers: dict[str, list[str]] = {"mail.localhost": ["203.0.113.9"], "localhost": ["::1"]}
    monkeypatch.setattr(imap, "_addresses", lambda host: answers.get(host, []))
    args = [*with_flag("--imap-host", "mail.localhost"), "--security", "plain-loopback"]

    code, _, err = boundary_here(capsys, monkeypatch, *args, stdin="pw\n")

    assert code == 1
    assert "only allowed for a server on this computer, and mail.localhost is not" in err
    assert memory_keyring.store == {}


def test_an_account_name_with_a_control_character_is_refused(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    memory_keyring: MemoryKeyring,
    home: Path,
) -> None:
    args = list(IMAP)
    args[3] = "Wo\x1b[2Jrk"

    code, out, err = boundary_here(capsys, monkeypatch, *args, stdin="pw\n")

    assert (code, out) == (1, "")
    assert err == "boundary: The account name holds a control character (U+001B); remove it.\n"
    assert [a.name for a in load_profile(AppPaths.from_environment().profile).accounts] == [
        "This computer"
    ]
    assert memory_keyring.store == {}
