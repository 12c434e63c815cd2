"""The calendar channel: an out-of-office event for the away period, a focus event on focus
days, moved with the period, ended on I'm back; drift, faults and first contact as for the
reply.

'Work' keeps its calendar like a server (``CalendarProvider``); the local trial account keeps
the event in a file, so the trial shows it too.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from boundary_app.core.calendar import desired_calendar
from boundary_app.core.paths import AppPaths
from boundary_app.core.profile import Account, Backup, save_profile
from boundary_app.core.reconciler import AccountResult, ChannelResult
from boundary_app.core.service import AwayRequest, Boundary
from boundary_app.providers.base import CalendarEvent, CalendarKind, Capability, Unreachable
from boundary_app.providers.local import LocalProvider
from boundary_app.providers.registry import ProviderRegistry
from tests.fakes import CalendarProvider, FakeClock

AMS = ZoneInfo("Europe/Amsterdam")
LOCAL = "This computer"
HOUR = timedelta(hours=1)
DAY = timedelta(days=1)
WED = datetime(2026, 11, 25, tzinfo=AMS)  # the clock starts on Tuesday 24 November, 09:00
THU = datetime(2026, 11, 26, tzinfo=AMS)


@pytest.fixture
def service(paths: AppPaths, clock: FakeClock) -> Iterator[Boundary]:
    registry = ProviderRegistry.of([LocalProvider, CalendarProvider])
    svc, _ = Boundary.open(paths, clock, timezone="Europe/Amsterdam", registry=registry)
    svc.profile.identity.name = "Ana Silva"
    svc.profile.backups = [Backup("Sam Lee", "sam@example.com")]
    svc.profile.accounts = [Account(LOCAL, "local"), Account("Work", "calendar")]
    save_profile(svc.profile, paths.profile)
    yield svc
    svc.close()


def go_away(service: Boundary, until: datetime | None, **request: Any) -> None:
    service.go_away(service.prepare_away(AwayRequest(until=until, **request)))


def calendar(result: AccountResult) -> ChannelResult:
    found = result.channel("calendar")
    assert found is not None
    return found


def push(service: Boundary, **options: Any) -> dict[str, ChannelResult]:
    return {r.account: calendar(r) for r in service.push(**options)}


def local_event(service: Boundary) -> CalendarEvent:
    account = service.profile.account(LOCAL)
    assert account is not None
    return LocalProvider(account.config(), service.context()).read_calendar()


def work_writes() -> list[CalendarEvent]:
    return [event for name, event in CalendarProvider.calendar_writes if name == "Work"]


def test_an_away_period_puts_an_out_of_office_event_in_each_calendar(
    service: Boundary, clock: FakeClock
) -> None:
    until = clock.now + 3 * DAY
    go_away(service, until, internal="I am away; Sam covers.")

    results = push(service)

    event = CalendarProvider.events["Work"]
    assert (event.kind, event.start, event.end) == (CalendarKind.AWAY, clock.now, until)
    assert "Sam covers" in event.message and event.subject
    assert local_event(service).same_as(event)  # the trial account shows it too
    assert all(r.ok and r.pushed for r in results.values())
    # as the status (journal only) tells it
    status = {a.account: a for a in service.status().accounts}
    assert calendar(status["Work"]).ok and calendar(status["Work"]).actual == event


def test_changing_the_period_moves_the_event_and_i_am_back_ends_it_now(
    service: Boundary, clock: FakeClock
) -> None:
    go_away(service, clock.now + 3 * DAY)
    push(service)

    go_away(service, clock.now + 5 * DAY)  # the person stays away longer
    push(service)
    assert CalendarProvider.events["Work"].end == clock.now + 5 * DAY
    assert len(work_writes()) == 2  # the same event moved, once

    clock.advance(DAY)
    service.come_back()
    results = push(service)
    ended = CalendarProvider.events["Work"]
    assert ended.end == clock.now  # the day that passed stays in the calendar
    assert not ended.answered(clock.now).enabled
    assert not local_event(service).enabled
    assert results["Work"].ok and not results["Work"].desired.enabled
    push(service)
    assert len(work_writes()) == 3  # nothing more to do


def test_an_upcoming_period_is_booked_ahead_and_one_never_begun_is_removed(
    service: Boundary, clock: FakeClock
) -> None:
    go_away(service, clock.now + 5 * DAY, start=clock.now + 2 * DAY)
    push(service)
    assert CalendarProvider.events["Work"].start == clock.now + 2 * DAY

    service.come_back()
    push(service)
    assert "Work" not in CalendarProvider.events


def test_an_open_ended_period_books_nothing(service: Boundary) -> None:
    go_away(service, None)

    results = push(service)

    assert CalendarProvider.events == {} and results["Work"].ok
    assert not results["Work"].desired.enabled


def test_a_focus_day_books_a_focus_event_for_the_day(service: Boundary, clock: FakeClock) -> None:
    profile = service.profile
    profile.checks = replace(profile.checks, focus_weekdays=frozenset({2}))  # Wednesdays
    service.save_profile(profile)

    push(service)

    event = CalendarProvider.events["Work"]
    assert (event.kind, event.start, event.end) == (CalendarKind.FOCUS, WED, THU)
    assert event.message.strip()
    clock.now = THU + 10 * HOUR  # the day is over: next Wednesday's is booked
    push(service)
    assert CalendarProvider.events["Work"].start == WED + 7 * DAY


def test_an_event_deleted_in_the_calendar_is_drift_and_is_not_fought(
    service: Boundary, clock: FakeClock
) -> None:
    go_away(service, clock.now + 3 * DAY)
    push(service)
    del CalendarProvider.events["Work"]  # removed in Outlook on the web

    results = push(service)

    assert results["Work"].status == "drift" and "calendar" in results["Work"].message
    assert "Work" not in CalendarProvider.events
    push(service, force=True)  # pushed again only when asked
    assert CalendarProvider.events["Work"].enabled


def test_an_event_that_failed_offline_is_pushed_once_when_the_server_answers(
    service: Boundary, clock: FakeClock
) -> None:
    go_away(service, clock.now + 3 * DAY)
    CalendarProvider.fail_with["Work"] = Unreachable("The server cannot be reached.")

    results = push(service)
    assert results["Work"].status == "pending" and results["Work"].next_retry is not None
    del CalendarProvider.fail_with["Work"]
    push(service)
    assert work_writes() == []  # not before its next try

    clock.now = results["Work"].next_retry
    assert push(service)["Work"].ok
    push(service)
    clock.advance(HOUR)
    push(service)
    assert len(work_writes()) == 1


def test_first_contact_finds_boundarys_event_and_leaves_it(
    service: Boundary, clock: FakeClock
) -> None:
    # The journal is lost; the calendar still holds an event Boundary made on another computer.
    old = CalendarEvent(True, CalendarKind.AWAY, clock.now - DAY, clock.now + DAY, "Away", "Hi")
    CalendarProvider.events["Work"] = old
    profile = service.profile
    profile.checks = replace(profile.checks, focus_weekdays=frozenset({2}))
    service.save_profile(profile)

    results = push(service)

    assert results["Work"].status == "found"
    assert CalendarProvider.events["Work"] == old and work_writes() == []
    push(service, force=True)
    assert work_writes() == []  # until the person acts

    go_away(service, clock.now + 2 * DAY)  # they act: Boundary's event is theirs to set
    push(service)
    assert CalendarProvider.events["Work"].end == clock.now + 2 * DAY


def test_the_feature_turned_off_books_nothing_and_leaves_the_channel_out(
    service: Boundary, clock: FakeClock
) -> None:
    profile = service.profile
    profile.accounts = [Account("Work", "calendar", {"calendar": "off"})]
    service.save_profile(profile)
    go_away(service, clock.now + 3 * DAY)

    [result] = service.push()

    assert result.channel("calendar") is None and CalendarProvider.events == {}
    assert Capability.CALENDAR_EVENT not in service.capabilities(profile.accounts[0])


def test_the_event_is_kept_in_the_journal_as_its_value(service: Boundary, clock: FakeClock) -> None:
    go_away(service, clock.now + 3 * DAY)
    push(service)

    state = service.journal.state("Work", "calendar")

    assert state is not None and state.actual is not None
    kept = json.loads(state.actual)
    assert kept["kind"] == "away" and kept["enabled"] is True


def test_what_is_wanted_for_each_period() -> None:
    now = datetime(2026, 11, 24, 9, tzinfo=AMS)
    caps = frozenset({Capability.CALENDAR_EVENT})
    from boundary_app.core.journal import ReplyPeriod
    from boundary_app.providers.base import Audience

    period = ReplyPeriod(now, now + DAY, "t", "Away", "For colleagues", "Others", Audience.ALL)
    away = desired_calendar(replace(period, id=1), "Work", caps, now)
    assert (away.kind, away.message, away.subject) == (CalendarKind.AWAY, "For colleagues", "Away")
    assert desired_calendar(period, "Work", caps, now).kind is CalendarKind.FOCUS
    assert not desired_calendar(replace(period, id=1), "Work", frozenset(), now).enabled
    assert not desired_calendar(replace(period, id=1, until=None), "Work", caps, now).enabled
    assert not desired_calendar(replace(period, id=1, ended=now), "Work", caps, now).enabled
    only_side = replace(period, id=1, accounts=("Side",))
    assert not desired_calendar(only_side, "Work", caps, now).enabled
    blank = replace(period, id=1, subject=" ", internal="")
    assert (desired_calendar(blank, "Work", caps, now).message) == "Others"
    assert desired_calendar(blank, "Work", caps, now).subject == "Out of office"
