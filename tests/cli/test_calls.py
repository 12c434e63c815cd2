"""``boundary calls``, ``boundary interruption`` and the interruptions in ``boundary stats``."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

import pytest

from boundary_app import cli
from boundary_app.core.paths import AppPaths
from boundary_app.core.profile import load_profile
from boundary_app.core.service import Boundary
from boundary_app.providers.local import LocalProvider
from boundary_app.providers.registry import ProviderRegistry
from tests.fakes import FakeClock, MemoryProvider, PlainProvider


@pytest.fixture(autouse=True)
def test_kinds(monkeypatch: pytest.MonkeyPatch, clock: FakeClock) -> None:
    kinds = [LocalProvider, MemoryProvider, PlainProvider]
    monkeypatch.setattr(ProviderRegistry, "discover", classmethod(lambda cls: cls.of(kinds)))
    monkeypatch.setattr(cli, "system_clock", clock)


def boundary(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = cli.run(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def as_json(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, Any]:
    code, out, _ = boundary(capsys, *args, "--json")
    return code, json.loads(out)


def test_calls_are_listed_with_each_next_call(
    service: Boundary, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = boundary(capsys, "calls")
    assert code == 0 and "No call slots yet" in out
    code, out, err = boundary(
        capsys, "calls", "set", "Acme", "--slot", "fri 10:00", "--contact", "acme.example"
    )
    assert (code, err) == (0, "")
    assert "Acme: fri 10:00, 30 min, weekly; next Friday 27 November at 10:00" in out
    code, data = as_json(capsys, "calls")
    assert code == 0
    assert data["calls"] == [
        {
            "name": "Acme",
            "contacts": ["acme.example"],
            "days": ["fri"],
            "time": "10:00",
            "slot": "fri 10:00",
            "minutes": 30,
            "every": 1,
            "since": None,
            "next": {"start": "2026-11-27T10:00:00+01:00", "end": "2026-11-27T10:30:00+01:00"},
        }
    ]


def test_a_slot_is_changed_flag_by_flag_and_removed(
    service: Boundary, paths: AppPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    boundary(capsys, "calls", "set", "Acme", "--slot", "fri 10:00", "--contact", "jo@acme.example")
    code, data = as_json(capsys, "calls", "set", "acme", "--slot", "tue,thu 14:00", "--every", "2")
    assert code == 0 and data["added"] is False
    call = data["call"]
    assert (call["name"], call["days"], call["every"]) == ("Acme", ["tue", "thu"], 2)
    assert call["contacts"] == ["jo@acme.example"]  # kept: no --contact given
    assert call["since"] == "2026-11-24"
    code, out, _ = boundary(capsys, "calls", "remove", "ACME")
    assert code == 0 and "removed" in out
    assert load_profile(paths.profile).calls == []


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["calls", "set", "Acme"], "Say when the call with Acme is"),
        (["calls", "set", "Acme", "--slot", "someday 10:00"], "not a day of the week"),
        (["calls", "set", "Acme", "--slot", "fri 10:00", "--minutes", "999"], "lasts 999 min"),
        (["calls", "set", "Acme", "--slot", "fri 10:00", "--contact", "acme"], "not an email"),
        (["calls", "remove", "Nobody"], "There is no call slot for 'Nobody'"),
    ],
)
def test_bad_input_is_refused_in_one_line_and_changes_nothing(
    service: Boundary,
    paths: AppPaths,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    words: str,
) -> None:
    code, out, err = boundary(capsys, *args)
    assert code == 1 and out == ""
    assert err.startswith("boundary: ") and words in err and err.count("\n") == 1
    assert load_profile(paths.profile).calls == []


def test_interruptions_show_in_stats_per_week_and_per_client(
    service: Boundary, clock: FakeClock, capsys: pytest.CaptureFixture[str]
) -> None:
    boundary(capsys, "calls", "set", "Acme", "--slot", "fri 10:00")
    code, out, _ = boundary(capsys, "interruption", "acme", "--at", "8:30")  # earlier today
    assert code == 0
    assert "Logged: a call from Acme, Tuesday 24 November at 08:30." in out
    code, data = as_json(capsys, "interruption", "Globex", "--kind", "visit")
    assert data["interruption"]["kind"] == "visit"
    clock.advance(timedelta(days=7))
    boundary(capsys, "interruption", "Acme", "--kind", "chat", "--at", "monday 9:00")

    code, data = as_json(capsys, "stats", "--weeks", "2")
    assert [(w["interruptions"], w["interruptions_by_client"]) for w in data["weeks"]] == [
        (2, {"Acme": 1, "Globex": 1}),
        (1, {"Acme": 1}),
    ]
    assert data["totals"]["interruptions_by_client"] == {"Acme": 2, "Globex": 1}
    code, out, _ = boundary(capsys, "stats", "--weeks", "2")
    assert "  Acme: 2 (1 a week over 2 weeks)" in out
    assert out.splitlines()[0].split()[-1] == "intr."


def test_an_interruption_still_to_come_is_refused(
    service: Boundary, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = boundary(capsys, "interruption", "Acme", "--at", "in 2 hours")
    assert code == 1 and "still to come" in err


# --- voicemail, briefing, review -------------------------------------------------------------


def test_voicemail_prints_the_greeting_to_record(
    service: Boundary, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = boundary(capsys, "voicemail")
    assert code == 0 and out.startswith("Nothing to record")
    boundary(capsys, "plan", "--focus-day", "wed")
    code, out, _ = boundary(capsys, "voicemail", "--lang", "nl")
    assert code == 0
    assert out.splitlines()[0] == "For your focus days (the next: Wednesday 25 November):"
    assert "Op woensdag werk ik achter gesloten deuren" in out
    code, data = as_json(capsys, "voicemail")
    [greeting] = data["greetings"]
    assert (greeting["occasion"], greeting["languages"]) == ("focus", ["en"])
    assert greeting["start"] == "2026-11-25T00:00:00+01:00"
    assert "I will answer on Thursday." in greeting["text"]


def test_briefing_reports_the_last_time_away(
    two_accounts: Boundary, clock: FakeClock, capsys: pytest.CaptureFixture[str]
) -> None:
    from boundary_app.core.journal import Forward
    from boundary_app.providers.base import MailSummary

    code, out, _ = boundary(capsys, "briefing")
    assert code == 0 and "No time away has ended yet" in out
    start = clock()
    boundary(capsys, "away", "--until", "in 2 days", "--backup", "Sam")
    MemoryProvider.mail = [
        MailSummary("m1", "Jo <jo@acme.example>", "Contract", start + timedelta(hours=1)),
        MailSummary("m2", "bo@x.test", "Hello", start + timedelta(hours=2), unread=True),
    ]
    two_accounts.journal.record_forward(
        Forward(start + timedelta(hours=3), "Work", "m1", "sam@example.com")
    )
    clock.advance(timedelta(days=3))
    MemoryProvider.writes.clear()

    code, out, _ = boundary(capsys, "briefing")
    assert code == 0
    first = out.splitlines()[0]
    assert first.startswith("Welcome back. Away from Tuesday 24 November at 09:00 until ")
    assert first.endswith(": 2 messages, 1 taken by Sam Lee, 1 still unread.")
    assert "A thank-you to sam@example.com (edit and send it, or not):" in out
    code, data = as_json(capsys, "briefing")
    assert (data["briefing"]["messages"], data["briefing"]["taken"]) == (2, {"Sam Lee": 1})
    assert [m["forwarded_to"] for m in data["briefing"]["accounts"][0]["messages"]] == [
        [],
        ["Sam Lee"],
    ]
    assert (MemoryProvider.writes, MemoryProvider.sent) == ([], [])  # it only read


def test_review_figures_equal_stats_for_the_same_weeks(
    service: Boundary, clock: FakeClock, capsys: pytest.CaptureFixture[str]
) -> None:
    from dataclasses import replace
    from datetime import date

    from boundary_app.core.journal import CheckRecord
    from boundary_app.core.profile import save_profile

    service.profile.checks = replace(service.profile.checks, started=date(2026, 10, 6))
    save_profile(service.profile, service.paths.profile)
    moment = clock() - timedelta(days=20)
    service.journal.save_check(CheckRecord(moment, moment + timedelta(minutes=15), True, "kept"))
    boundary(capsys, "interruption", "Acme", "--at", "8:00")

    code, review = as_json(capsys, "review")
    assert code == 0
    code, stats = as_json(capsys, "stats", "--weeks", str(len(review["weeks"])))
    assert len(review["weeks"]) == 8
    assert review["weeks"] == stats["weeks"]
    assert review["totals"] == stats["totals"]
    assert review["notes"] is None

    code, out, _ = boundary(capsys, "review", "--productive", "Yes", "--changes", "Thursdays")
    assert "  Is work more productive? Yes" in out
    assert "  What got in the way? (not answered yet)" in out
    assert "Next evaluation: Tuesday 19 January." in out
    weeks = [line for line in out.splitlines() if " kept (" in line]
    assert weeks[0].startswith("  05 Oct – 11 Oct  ")  # a week by its dates, not 2026-W41
    code, data = as_json(capsys, "review", "--obstacles", "Calls")
    assert (data["notes"]["productive"], data["notes"]["obstacles"]) == ("Yes", "Calls")
