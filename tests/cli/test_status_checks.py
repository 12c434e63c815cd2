"""``boundary status`` and the mail check: the next window, or the one open and its time left.

Run in-process on the fake clock (START is Tuesday 24 November 2026, 09:00 in Amsterdam;
the plan's windows are 10:00 and 16:00 for 15 minutes). The app's part (opening a check,
snoozing it) is played by the test's own service on the same journal.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import timedelta
from typing import Any

import pytest

from boundary_app import cli
from boundary_app.core.checks import SEEN
from boundary_app.core.service import AwayRequest, Boundary
from boundary_app.providers.local import LocalProvider
from boundary_app.providers.registry import ProviderRegistry
from tests.fakes import START, FakeClock, MemoryProvider, PlainProvider

MINUTE = timedelta(minutes=1)
TEN = START + timedelta(hours=1)  # 10:00 in Amsterdam


@pytest.fixture(autouse=True)
def test_kinds(monkeypatch: pytest.MonkeyPatch, clock: FakeClock) -> None:
    kinds = [LocalProvider, MemoryProvider, PlainProvider]
    monkeypatch.setattr(ProviderRegistry, "discover", classmethod(lambda cls: cls.of(kinds)))
    monkeypatch.setattr(cli, "system_clock", clock)


def status(capsys: pytest.CaptureFixture[str]) -> tuple[str, dict[str, Any]]:
    """(the plain output, the ``checks`` object of --json)."""
    assert cli.run(["status"]) == 0
    plain = capsys.readouterr().out
    assert cli.run(["status", "--json"]) == 0
    data: dict[str, Any] = json.loads(capsys.readouterr().out)
    return plain, data["checks"]


def test_status_names_the_next_mail_check(
    service: Boundary, capsys: pytest.CaptureFixture[str]
) -> None:
    plain, checks = status(capsys)
    assert plain.splitlines()[:2] == [
        "Available.",
        "Next mail check: Tuesday 24 November at 10:00.",
    ]
    assert checks == {
        "state": "idle",
        "current": None,
        "next": {
            "key": "2026-11-24T09:00:00+00:00",
            "start": "2026-11-24T10:00:00+01:00",
            "end": "2026-11-24T10:15:00+01:00",
            "start_utc": "2026-11-24T09:00:00+00:00",
            "end_utc": "2026-11-24T09:15:00+00:00",
        },
    }


def test_status_says_a_check_is_open_and_how_long_is_left(
    service: Boundary, capsys: pytest.CaptureFixture[str], clock: FakeClock
) -> None:
    clock.now = TEN + 3 * MINUTE + timedelta(seconds=20)
    service.checks.check_now()  # the app opens the 10:00 window
    plain, checks = status(capsys)
    assert "Mail check open: 12 min left (until 10:15)." in plain.splitlines()
    assert checks["state"] == "checking"
    assert checks["current"] == {
        "key": "2026-11-24T09:00:00+00:00",
        "start": "2026-11-24T10:00:00+01:00",
        "end": "2026-11-24T10:15:00+01:00",
        "start_utc": "2026-11-24T09:00:00+00:00",
        "end_utc": "2026-11-24T09:15:00+00:00",
        "scheduled": True,
        "seconds_left": 11 * 60 + 40,
        "resume": None,
    }
    assert checks["next"]["start"] == "2026-11-24T16:00:00+01:00"

    clock.now = TEN + 16 * MINUTE  # time is up; the app has just said so
    plain, checks = status(capsys)
    assert "Mail check open: time is up (it was until 10:15)." in plain.splitlines()
    assert (checks["state"], checks["current"]["seconds_left"]) == ("checking", 0)


def test_a_snoozed_check_says_when_it_opens_again(
    service: Boundary, capsys: pytest.CaptureFixture[str], clock: FakeClock
) -> None:
    clock.now = TEN + MINUTE
    service.checks.check_now()
    service.checks.snooze()  # ten minutes, then the full fifteen
    plain, checks = status(capsys)
    assert "Mail check snoozed: it opens again at 10:11." in plain.splitlines()
    assert checks["state"] == "snoozed"
    assert checks["current"]["resume"] == "2026-11-24T10:11:00+01:00"
    assert checks["current"]["end"] == "2026-11-24T10:26:00+01:00"


def test_a_check_left_open_while_the_app_was_not_looking_is_not_under_way(
    service: Boundary, capsys: pytest.CaptureFixture[str], clock: FakeClock
) -> None:
    clock.now = TEN + MINUTE
    service.checks.check_now()
    clock.now = TEN + timedelta(hours=2)  # the app quit in the middle of the check
    plain, checks = status(capsys)
    assert "Next mail check: Tuesday 24 November at 16:00." in plain.splitlines()
    assert (checks["state"], checks["current"]) == ("idle", None)


def test_status_only_looks(
    service: Boundary, capsys: pytest.CaptureFixture[str], clock: FakeClock
) -> None:
    clock.now = TEN + 5 * MINUTE  # in the 10:00 window, with no app to open it
    status(capsys)
    assert service.journal.checks(START, START + timedelta(days=1)) == []
    assert service.journal.meta(SEEN) is None


def test_status_says_when_mail_checks_are_off(
    service: Boundary, capsys: pytest.CaptureFixture[str]
) -> None:
    profile = service.profile
    profile.checks = replace(profile.checks, enabled=False)
    service.save_profile(profile)
    plain, checks = status(capsys)
    assert "Mail checks: off." in plain.splitlines()
    assert checks == {"state": "off", "current": None, "next": None}


def test_while_away_the_next_check_is_the_first_after_coming_back(
    service: Boundary, capsys: pytest.CaptureFixture[str], clock: FakeClock
) -> None:
    until = START + timedelta(days=1)  # Wednesday 09:00
    service.go_away(service.prepare_away(AwayRequest(until=until)))
    plain, checks = status(capsys)
    assert "Next mail check: Wednesday 25 November at 10:00." in plain.splitlines()
    assert checks["next"]["start"] == "2026-11-25T10:00:00+01:00"
