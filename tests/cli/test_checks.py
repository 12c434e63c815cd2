"""``boundary stats`` and ``boundary check``, run in-process against the test providers."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

import pytest

from boundary_app import cli
from boundary_app.core.journal import CheckRecord, Forward
from boundary_app.core.profile import Account, save_profile
from boundary_app.core.service import Boundary
from boundary_app.providers.base import MailSummary, Unreachable
from boundary_app.providers.local import LocalProvider
from boundary_app.providers.registry import ProviderRegistry
from tests.fakes import START, FakeClock, MemoryProvider, PlainProvider

KINDS = [LocalProvider, MemoryProvider, PlainProvider]
MINUTE = timedelta(minutes=1)


@pytest.fixture(autouse=True)
def test_kinds(monkeypatch: pytest.MonkeyPatch, clock: FakeClock) -> None:
    monkeypatch.setattr(ProviderRegistry, "discover", classmethod(lambda cls: cls.of(KINDS)))
    monkeypatch.setattr(cli, "system_clock", clock)


def boundary(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = cli.run(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def as_json(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, Any]:
    code, out, _ = boundary(capsys, *args, "--json")
    return code, json.loads(out)


# --- stats -------------------------------------------------------------------------------


def test_stats_gives_eight_weeks_by_default_with_totals(
    service: Boundary, capsys: pytest.CaptureFixture[str]
) -> None:
    monday = START - timedelta(days=1)  # Monday 23 November, 09:00 in Amsterdam
    window = monday + timedelta(hours=1)
    service.journal.save_check(
        CheckRecord(
            window,
            window + 15 * MINUTE,
            True,
            "overrun",
            opened=window,
            closed=window + 20 * MINUTE,
        )
    )
    earlier = window - timedelta(weeks=1)
    service.journal.save_check(
        CheckRecord(
            earlier,
            earlier + 15 * MINUTE,
            True,
            "kept",
            opened=earlier,
            closed=earlier + 10 * MINUTE,
            snoozes=1,
        )
    )
    later = earlier + timedelta(hours=6)
    service.journal.save_check(CheckRecord(later, later + 15 * MINUTE, True, "missed"))
    service.journal.record_forward(Forward(window, "Work", "m1", "sam@example.com"))

    code, data = as_json(capsys, "stats")
    assert code == 0
    assert len(data["weeks"]) == 8
    assert data["weeks"][-1] == {
        "week": "2026-W48",
        "start": "2026-11-23",
        "kept": 0,
        "overrun": 1,
        "overrun_minutes": 5,
        "skipped": 0,
        "missed": 0,
        "snoozed": 0,
        "unscheduled": 0,
        "forwarded": 1,
        "away_days": 0,
        "focus_days": 0,
        "interruptions": 0,
        "interruptions_by_client": {},
    }
    assert data["weeks"][-2]["week"] == "2026-W47"
    assert (data["weeks"][-2]["kept"], data["weeks"][-2]["missed"]) == (1, 1)
    assert data["weeks"][0]["start"] == "2026-10-05"
    assert data["totals"]["kept"] == 1
    assert data["totals"]["overrun_minutes"] == 5
    assert data["totals"]["snoozed"] == 1
    assert set(data["totals"]) == set(data["weeks"][0]) - {"week", "start"}


def test_stats_as_a_table(service: Boundary, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = boundary(capsys, "stats", "--weeks", "2")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0].split()[:4] == ["week", "from", "kept", "overrun"]
    assert [line.split()[0] for line in lines[1:]] == ["2026-W47", "2026-W48", "total"]


@pytest.mark.parametrize("weeks", ["0", "-3", "9999"])
def test_stats_refuses_a_silly_number_of_weeks(
    service: Boundary, capsys: pytest.CaptureFixture[str], weeks: str
) -> None:
    code, _, err = boundary(capsys, "stats", "--weeks", weeks)
    assert code == 1
    assert err.startswith("boundary: --weeks must be a number from 1 to 520")


# --- check -------------------------------------------------------------------------------


def message(ident: str, minutes_ago: int) -> MailSummary:
    return MailSummary(
        ident,
        "Bo <bo@example.com>",
        f"About {ident}",
        START - minutes_ago * MINUTE,
        f"https://mail.example.com/{ident}",
    )


def test_check_lists_new_mail_since_the_last_check_newest_first(
    two_accounts: Boundary, capsys: pytest.CaptureFixture[str]
) -> None:
    opened = START - timedelta(hours=2)
    two_accounts.journal.save_check(
        CheckRecord(
            opened, opened + 15 * MINUTE, True, "kept", opened=opened, closed=opened + 10 * MINUTE
        )
    )
    MemoryProvider.mail = [message("older", 60), message("new", 5), message("before", 180)]
    code, data = as_json(capsys, "check")
    assert code == 0
    assert data["since"] == "2026-11-24T06:00:00+00:00"
    assert data["messages"] == [
        {
            "account": "Work",
            "id": "new",
            "sender": "Bo <bo@example.com>",
            "subject": "About new",
            "received": "2026-11-24T07:55:00+00:00",
            "link": "https://mail.example.com/new",
        },
        {
            "account": "Work",
            "id": "older",
            "sender": "Bo <bo@example.com>",
            "subject": "About older",
            "received": "2026-11-24T07:00:00+00:00",
            "link": "https://mail.example.com/older",
        },
    ]
    # Local and Side (plain) cannot list mail: they are not asked.
    assert data["accounts"] == [{"account": "Work", "ok": True, "message": "2 new messages"}]
    # It only looked: no check was recorded.
    assert two_accounts.journal.last_check() == opened


def test_check_with_no_check_yet_looks_back_a_day(
    two_accounts: Boundary, capsys: pytest.CaptureFixture[str]
) -> None:
    MemoryProvider.mail = [message("today", 60), message("last-week", 60 * 24 * 7)]
    code, out, err = boundary(capsys, "check")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == "1 new message since Monday 23 November at 09:00."
    assert lines[1] == "  Tue 08:00  Work  Bo <bo@example.com> — About today"
    assert len(lines) == 2


def test_an_account_that_fails_is_reported_in_words_beside_the_others(
    two_accounts: Boundary, capsys: pytest.CaptureFixture[str]
) -> None:
    two_accounts.profile.accounts.append(Account("Home", "memory"))
    save_profile(two_accounts.profile, two_accounts.paths.profile)
    MemoryProvider.mail = [message("hi", 5)]
    MemoryProvider.fail_with["Work"] = Unreachable("The server could not be reached.")
    code, data = as_json(capsys, "check")
    assert code == cli.EXIT_PENDING
    assert [(m["account"], m["id"]) for m in data["messages"]] == [("Home", "hi")]
    assert data["accounts"] == [
        {"account": "Work", "ok": False, "message": "The server could not be reached."},
        {"account": "Home", "ok": True, "message": "1 new message"},
    ]
    code, out, _ = boundary(capsys, "check")
    assert "Work: could not be checked — The server could not be reached." in out.splitlines()


def test_check_without_an_account_that_lists_mail_says_how_to_add_one(
    service: Boundary, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = boundary(capsys, "check")
    assert (code, err) == (0, "")
    assert "boundary accounts add KIND NAME" in out
    code, data = as_json(capsys, "check")
    assert (data["messages"], data["accounts"]) == ([], [])
    assert "boundary accounts add" in data["hint"]


def test_the_other_commands_still_work(
    service: Boundary, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = boundary(capsys, "status")
    assert (code, out.splitlines()[0]) == (0, "Available.")
    with pytest.raises(SystemExit):
        cli.build_parser().parse_args(["--help"])
    help_text = capsys.readouterr().out
    assert "stats" in help_text and "check" in help_text
