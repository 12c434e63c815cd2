"""Focus days as auto-replies: pushed ahead, re-armed after, and an away period wins."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from boundary_app.core.profile import TemplateText
from boundary_app.core.service import AwayRequest, Boundary
from boundary_app.providers.base import AutoReply
from tests.fakes import FakeClock, MemoryProvider

AMS = ZoneInfo("Europe/Amsterdam")
LOCAL = "This computer"
HOUR = timedelta(hours=1)
MINUTE = timedelta(minutes=1)
WED = datetime(2026, 11, 25, tzinfo=AMS)  # the clock starts on Tuesday 24 November, 09:00
THU = datetime(2026, 11, 26, tzinfo=AMS)
NEXT_WED = datetime(2026, 12, 2, tzinfo=AMS)
NEXT_THU = datetime(2026, 12, 3, tzinfo=AMS)


def focus_on(service: Boundary, *weekdays: int) -> None:
    profile = service.profile
    profile.checks = replace(profile.checks, focus_weekdays=frozenset(weekdays))
    service.save_profile(profile)


def results(service: Boundary) -> dict[str, tuple[str, bool]]:
    return {r.account: (r.status, r.pushed) for r in service.push()}


def server(name: str) -> AutoReply:
    return MemoryProvider.server.get(name, AutoReply.off())


def writes(name: str) -> int:
    return sum(1 for account, _ in MemoryProvider.writes if account == name)


@pytest.fixture
def focused(two_accounts: Boundary) -> Boundary:
    focus_on(two_accounts, 2)  # Wednesdays
    return two_accounts


def test_the_focus_reply_is_scheduled_ahead_for_next_wednesday(focused: Boundary) -> None:
    assert results(focused) == {
        LOCAL: ("ok", True),
        "Work": ("ok", True),
        "Side": ("ok", False),  # no server-side schedule: nothing to switch on yet
    }
    work = server("Work")
    assert (work.enabled, work.start, work.end) == (True, WED, THU)
    assert work.subject == "Focus day: I'll answer on Thursday 26 November at 09:00"
    assert "I work behind closed doors one day a week." in work.internal
    assert "Mail me and I'll answer on Thursday 26 November at 09:00." in work.internal
    assert "Sam Lee (sam@example.com" in work.internal  # the first backup
    assert "Ana Silva" in work.external
    assert "Side" not in MemoryProvider.server

    status = focused.status()
    assert status.state == "available"
    assert status.away is None
    assert status.focus is not None and status.focus.day == date(2026, 11, 25)
    assert all(a.status == "ok" for a in status.accounts)


def test_on_the_day_the_reply_is_on_everywhere_and_the_state_is_focus(
    focused: Boundary, clock: FakeClock
) -> None:
    results(focused)
    clock.now = WED + 8 * HOUR

    assert results(focused) == {
        LOCAL: ("ok", False),
        "Work": ("ok", False),  # already scheduled: no second write
        "Side": ("ok", True),
    }
    side = server("Side")
    assert (side.enabled, side.start, side.end) == (True, None, None)
    assert side.internal == server("Work").internal
    assert focused.status().state == "focus"
    assert writes("Work") == 1


def test_after_wednesday_next_weeks_reply_is_pushed(focused: Boundary, clock: FakeClock) -> None:
    results(focused)
    clock.now = WED + 8 * HOUR
    results(focused)
    clock.now = THU + 7 * HOUR

    assert results(focused) == {LOCAL: ("ok", True), "Work": ("ok", True), "Side": ("ok", True)}
    work = server("Work")
    assert (work.enabled, work.start, work.end) == (True, NEXT_WED, NEXT_THU)
    assert "Thursday 3 December at 09:00" in work.subject
    assert not server("Side").enabled  # switched off when the day was over
    status = focused.status()
    assert status.state == "available"
    assert status.focus is not None and status.focus.day == date(2026, 12, 2)


def test_an_away_period_overlapping_a_wednesday_wins(focused: Boundary, clock: FakeClock) -> None:
    results(focused)
    until = THU + 9 * HOUR
    period = focused.prepare_away(AwayRequest(until=until, template="family"))
    focused.go_away(period)

    results(focused)
    work = server("Work")
    assert (work.start, work.end) == (clock.now, until)
    assert work.subject == period.subject
    assert server("Side").subject == period.subject
    clock.now = WED + 10 * HOUR
    assert focused.status().state == "away"

    # Once the away period is over, the next focus day takes over again.
    clock.now = until + MINUTE
    results(focused)
    work = server("Work")
    assert (work.start, work.end) == (NEXT_WED, NEXT_THU)
    assert not server("Side").enabled


def test_coming_back_early_on_a_focus_day_brings_the_focus_reply(
    focused: Boundary, clock: FakeClock
) -> None:
    focused.go_away(focused.prepare_away(AwayRequest(until=THU + 9 * HOUR)))
    clock.now = WED + 11 * HOUR
    results(focused)
    focused.come_back()

    results(focused)
    assert (server("Work").start, server("Work").end) == (WED, THU)
    assert server("Side").enabled and "Focus day" in server("Side").subject
    assert focused.status().state == "focus"


def test_an_upcoming_away_period_wins_over_the_focus_days_before_it(
    focused: Boundary, clock: FakeClock
) -> None:
    # As the design says: a manual away period, active or upcoming, always wins, so the
    # server holds the away reply (on time with the laptop closed), not the focus day's.
    start = clock.now + timedelta(days=14)
    focused.go_away(focused.prepare_away(AwayRequest(start=start, until=start + 3 * HOUR)))
    results(focused)
    assert (server("Work").start, server("Work").end) == (start, start + 3 * HOUR)


def test_without_focus_days_nothing_changes(two_accounts: Boundary, clock: FakeClock) -> None:
    assert results(two_accounts) == {
        LOCAL: ("ok", False),
        "Work": ("ok", False),
        "Side": ("ok", False),
    }
    assert MemoryProvider.writes == []
    status = two_accounts.status()
    assert (status.state, status.focus) == ("available", None)
    assert two_accounts.focus_period(clock.now) is None


def test_clearing_focus_days_clears_the_scheduled_reply(focused: Boundary) -> None:
    results(focused)
    focus_on(focused, *())
    results(focused)
    assert not server("Work").enabled


def test_a_friday_focus_day_answers_on_monday_and_follows_template_edits(
    two_accounts: Boundary, clock: FakeClock
) -> None:
    focus_on(two_accounts, 4)
    results(two_accounts)
    assert "Monday 30 November at 09:00" in server("Work").subject

    profile = two_accounts.profile
    profile.templates["en"] = {"focus": TemplateText(subject="Deep work until {return}")}
    two_accounts.save_profile(profile)
    results(two_accounts)
    assert server("Work").subject == "Deep work until Monday 30 November at 09:00"


def test_focus_days_that_happened(focused: Boundary, clock: FakeClock) -> None:
    # Wednesday 25 Nov and 2 Dec pass; 9 Dec is spent away; 16 Dec has not come yet.
    start = clock.now + 14 * 24 * HOUR
    focused.go_away(focused.prepare_away(AwayRequest(start=start, until=start + 2 * 24 * HOUR)))
    clock.now = datetime(2026, 12, 10, 12, tzinfo=AMS)
    span = (datetime(2026, 11, 1, tzinfo=AMS), datetime(2027, 1, 1, tzinfo=AMS))

    assert focused.focus_days_between(*span) == [date(2026, 11, 25), date(2026, 12, 2)]
    clock.now = datetime(2026, 12, 16, 12, tzinfo=AMS)  # in progress: it counts
    assert focused.focus_days_between(*span)[-1] == date(2026, 12, 16)


def test_focus_days_before_the_plan_started_do_not_count(
    focused: Boundary, clock: FakeClock
) -> None:
    profile = focused.profile
    assert profile.checks.started == date(2026, 11, 24)
    clock.now = datetime(2026, 12, 3, tzinfo=AMS)
    span = (datetime(2026, 10, 1, tzinfo=AMS), clock.now)
    assert focused.focus_days_between(*span) == [date(2026, 11, 25), date(2026, 12, 2)]
