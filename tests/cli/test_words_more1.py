"""``backups``, ``profile``, ``stats``, ``check``, ``plan``, ``schedule`` and ``templates`` speak
the app's language too: Dutch and Indonesian runs (the profile's language), and their help.

In-process against the test providers, with the fake clock: Tuesday 24 November 2026, 08:00
in Amsterdam (``tests.fakes.START``). English is checked as before by the commands' own tests.
"""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from boundary_app import cli
from boundary_app.core.journal import CheckRecord
from boundary_app.core.profile import Account, save_profile
from boundary_app.core.service import Boundary
from boundary_app.providers.base import MailSummary
from boundary_app.providers.local import LocalProvider
from boundary_app.providers.registry import ProviderRegistry
from tests.fakes import START, FakeClock, MemoryProvider, PlainProvider

MINUTE = timedelta(minutes=1)

ENGLISH = (
    "Mail check",
    " minutes",
    "Focus day",
    "Next ",
    "Plan saved",
    "Nothing was changed",
    "your backup",
    "roster",
    "available (",
    "unavailable (",
    "marked",
    "Template",
    "colleagues",
    "Subject",
    "everyone else",
    "a week",
    "weeks,",
    "kept",
    "message",
    "since",
    "the profile",
    "is valid",
    "usage:",
    "show this help",
    "print JSON",
    "how many",
    " to ",
    " and ",
    "Mon ",
    "Tue ",
    "Dec",
)
"""English a Dutch or Indonesian person would notice in what these commands print (not the
commands' and flags' own names: ``backups``, ``--weeks``)."""

FORMS_NL = (
    "Boundary leest 'nu'; een dag ('vandaag', 'morgen', 'vr', 'volgende vr') met of zonder "
    "tijd ('vr 9:00', 'morgen om 8:00', 'middaguur'); alleen een tijd ('14:30', '9 uur'); een "
    "datum ('2026-12-01', '2026-12-01 09:00'); en een periode vanaf nu ('over 2 uur', "
    "'over 3 dagen'). Engels ('tomorrow 9:00') kan ook."
)
"""The forms of a moment Boundary reads, as a Dutch refusal of a typed moment ends."""


def not_a_time_nl(typed: str) -> str:
    """The Dutch refusal of a moment typed as ``typed``: the examples, then the forms."""
    return (
        f"'{typed}' is niet als tijd te lezen; probeer '2026-12-01 09:00', 'morgen 9:00' of "
        f"'maandag 8:00'. {FORMS_NL}"
    )


def no_english(text: str) -> None:
    left = [word for word in ENGLISH if word in text]
    assert not left, (left, text)


@pytest.fixture(autouse=True)
def test_kinds(monkeypatch: pytest.MonkeyPatch, clock: FakeClock) -> None:
    monkeypatch.setattr(
        ProviderRegistry,
        "discover",
        classmethod(lambda cls: cls.of([LocalProvider, MemoryProvider, PlainProvider])),
    )
    monkeypatch.setattr(cli, "system_clock", clock)


def speak(service: Boundary, language: str) -> None:
    service.profile.preferences.language = language
    save_profile(service.profile, service.paths.profile)


def boundary(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = cli.run(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def help_of(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    """The command's ``--help``, its lines joined as one (argparse wraps them)."""
    with pytest.raises(SystemExit) as done:
        cli.run([*args, "--help"])
    assert done.value.code == 0
    return " ".join(capsys.readouterr().out.split())


def test_plan_and_schedule_in_dutch(service: Boundary, capsys: pytest.CaptureFixture[str]) -> None:
    speak(service, "nl")
    code, out, err = boundary(capsys, "plan", "--focus-day", "fri")
    assert (code, err) == (0, "")
    assert out.splitlines()[:4] == [
        "Plan bewaard.",
        "Mailmomenten: 10:00 en 16:00, 15 minuten, mon-fri (Europe/Amsterdam). "
        "Herinnering 5 minuten van tevoren.",
        "Focusdagen: fri.",
        "Volgende mailmoment: dinsdag 24 november om 10:00.",
    ]
    assert "Volgende focusdag: vrijdag 27 november." in out
    no_english(out)

    code, out, err = boundary(capsys, "plan", "--minutes", "0")
    assert code == 1
    assert err == (
        "boundary: --minutes is 0; gebruik een getal van 1 tot en met 240. Er is niets gewijzigd.\n"
    )
    code, out, err = boundary(capsys, "plan", "--times", "10:00,10:05", "--json")
    assert code == 1 and json.loads(out)["code"] == "overlap"
    assert "heeft mailmomenten om 10:00 en 10:05, en die overlappen" in err
    no_english(err)

    code, out, err = boundary(capsys, "schedule", "--days", "4")
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "di 24 nov 2026 tot en met vr 27 nov 2026, Europe/Amsterdam (UTC tussen haakjes):",
        "  di 24 nov  10:00–10:15 (09:00–09:15 UTC), 16:00–16:15 (15:00–15:15 UTC)",
        "  wo 25 nov  10:00–10:15 (09:00–09:15 UTC), 16:00–16:15 (15:00–15:15 UTC)",
        "  do 26 nov  10:00–10:15 (09:00–09:15 UTC), 16:00–16:15 (15:00–15:15 UTC)",
        "  vr 27 nov  focusdag (do 23:00–vr 23:00 UTC)",
    ]
    code, out, err = boundary(capsys, "schedule", "--from", "someday")
    assert code == 1 and err.startswith("boundary: 'someday' is niet als tijd te lezen")

    plan_help = help_of(capsys, "plan")
    assert "begintijden van de mailmomenten" in plan_help
    assert "Elke waarde wordt eerst gecontroleerd" in plan_help
    no_english(plan_help)
    schedule_help = help_of(capsys, "schedule")
    assert "eerste dag (standaard: vandaag)" in schedule_help
    no_english(schedule_help)


def test_backups_in_indonesian(service: Boundary, capsys: pytest.CaptureFixture[str]) -> None:
    speak(service, "id")
    code, out, err = boundary(
        capsys, "backups", "--unavailable", "Sam Lee", "--until", "friday", "--no-ask"
    )
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "Sam Lee ditandai tidak tersedia sampai Jum, 27 Nov 2026.",
        "1. Sam Lee <sam@example.com>: tidak tersedia sampai Sabtu, 28 November (ditandai manual)",
        "2. Alex Kim <alex@example.com>: tidak diketahui (tidak ada akun yang bisa memastikan; "
        "dihitung tersedia)",
    ]
    code, out, err = boundary(capsys, "backups", "--available", "Kim", "--json")
    assert code == 1
    assert json.loads(out)["code"] == "not-in-roster"
    assert err == (
        "boundary: ‘Kim’ tidak ada di daftar pengganti Anda (pengganti: Sam Lee, Alex Kim).\n"
    )
    code, out, err = boundary(capsys, "backups", "--available", "Sam Lee", "--no-ask")
    assert out.splitlines()[0] == "Sam Lee ditandai tersedia."

    words = help_of(capsys, "backups")
    assert "tandai pengganti tersedia lagi" in words
    assert "Tampilkan daftar pengganti Anda secara berurutan" in words
    no_english(words)


def test_profile_in_dutch(service: Boundary, capsys: pytest.CaptureFixture[str]) -> None:
    speak(service, "nl")
    code, out, err = boundary(capsys, "profile", "validate")
    assert (code, err) == (0, "")
    assert out == f"Het profiel is in orde: {service.paths.profile}\n"
    words = help_of(capsys, "profile")
    assert "het pad van het profiel tonen" in words
    assert "de regel noemen die fout is" in words
    no_english(words.replace(str(service.paths.profile), ""))


def message(ident: str, minutes_ago: int) -> MailSummary:
    return MailSummary(
        ident, "Bo <bo@example.com>", "", START - minutes_ago * MINUTE, f"https://x/{ident}"
    )


def test_stats_in_indonesian_and_check_in_dutch(
    two_accounts: Boundary, capsys: pytest.CaptureFixture[str]
) -> None:
    service = two_accounts
    window = START - timedelta(days=1) + timedelta(hours=1)  # Monday 23 November, 10:00
    # (the last check opened then: ``check`` counts what came in since)
    service.journal.save_check(
        CheckRecord(window, window + 15 * MINUTE, True, "kept", opened=window, closed=window)
    )
    speak(service, "id")
    code, out, err = boundary(capsys, "stats", "--weeks", "2")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0].split()[:4] == ["minggu", "dari", "tepat", "lewat"]
    assert lines[1].startswith("2026-W47  16 Nov")
    assert lines[2].split()[:4] == ["2026-W48", "23", "Nov", "1"]
    assert lines[3].split()[:2] == ["total", "1"]
    words = help_of(capsys, "stats")
    assert "berapa minggu, sampai minggu ini (bawaan: 8)" in words
    no_english(words)

    speak(service, "nl")
    MemoryProvider.mail = [message("today", 60), message("other", 120)]
    code, out, err = boundary(capsys, "check")
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "2 nieuwe berichten sinds maandag 23 november om 10:00.",
        "  di 08:00  Work  Bo <bo@example.com> — (geen onderwerp)",
        "  di 07:00  Work  Bo <bo@example.com> — (geen onderwerp)",
    ]
    MemoryProvider.mail = [message("today", 60)]
    code, out, err = boundary(capsys, "check")
    assert out.splitlines()[0] == "1 nieuw bericht sinds maandag 23 november om 10:00."
    words = help_of(capsys, "check")
    assert "Het kijkt alleen: het telt niet als mailmoment." in words
    no_english(words)


def test_check_without_a_mail_account_in_dutch(
    service: Boundary, capsys: pytest.CaptureFixture[str]
) -> None:
    speak(service, "nl")
    code, out, err = boundary(capsys, "check")
    assert (code, err) == (0, "")
    assert out.startswith("Geen van je accounts kan mail tonen.")
    code, out, err = boundary(capsys, "check", "--json")
    assert json.loads(out)["hint"].startswith("None of your accounts can list mail.")


def test_templates_in_dutch(service: Boundary, capsys: pytest.CaptureFixture[str]) -> None:
    service.profile.accounts.append(Account("Work", "memory"))
    speak(service, "nl")
    code, out, err = boundary(capsys, "templates", "--lang", "nl")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == "Sjablonen (Nederlands), zoals je ze nu zou versturen:"
    assert "Aan collega’s:" in lines and "Aan alle anderen:" in lines
    assert any(line.startswith("Onderwerp: ") for line in lines)
    words = help_of(capsys, "templates")
    assert "Bewerk ze in Instellingen → Sjablonen. Talen: en, nl, id." in words
    no_english(words)
