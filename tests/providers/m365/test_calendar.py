"""The calendar on Microsoft 365: Boundary's event in ``/me/events``, marked by an extended
property, against the loopback Graph fake (bodies held to the published event type).

Away → an event shown as out of office; focus day → busy; a changed period moves it; I'm back
ends it; the person's own events are never touched; drift, faults and first contact as for
the reply; the feature off asks no calendar permission.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from boundary_app.core.paths import AppPaths
from boundary_app.core.profile import Account, Backup, save_profile
from boundary_app.core.service import AwayRequest, Boundary
from boundary_app.providers.base import CalendarEvent, CalendarKind, Capability, Rejected
from boundary_app.providers.m365 import M365Provider, scopes_for
from boundary_app.providers.m365_calendar import MARK_ID
from boundary_app.providers.registry import ProviderRegistry
from tests.fakes import FakeClock
from tests.providers.m365.conftest import MakeProvider, Person
from tests.providers.m365.fakes import FakeGraph, FakeIdentity, graph_time, marks, utc

AMS = ZoneInfo("Europe/Amsterdam")
HOUR = timedelta(hours=1)
DAY = timedelta(days=1)
WED = datetime(2026, 11, 25, tzinfo=AMS)  # the clock starts on Tuesday 24 November, 09:00
THU = datetime(2026, 11, 26, tzinfo=AMS)


@pytest.fixture
def calendar_on(make_provider: MakeProvider) -> M365Provider:
    provider = make_provider(calendar="on")
    provider.sign_in(Person().interaction())
    return provider


def ours(graph: FakeGraph) -> list[dict[str, Any]]:
    return [e for e in graph.events if any(i == MARK_ID.lower() for i, _ in marks(e))]


def persons_event(graph: FakeGraph, clock: FakeClock) -> dict[str, Any]:
    return graph.add_event(
        {
            "subject": "Dentist",
            "start": graph_time(clock.now + DAY),
            "end": graph_time(clock.now + DAY + HOUR),
        }
    )


def test_an_away_event_is_made_shown_as_out_of_office_and_read_back(
    calendar_on: M365Provider, graph: FakeGraph, clock: FakeClock
) -> None:
    event = CalendarEvent(
        True, CalendarKind.AWAY, clock.now, clock.now + 2 * DAY, "Out of office", "Sam covers."
    )

    calendar_on.write_calendar(event)

    [kept] = ours(graph)
    assert (kept["showAs"], kept["isReminderOn"]) == ("oof", False)
    assert kept["subject"] == "Out of office"
    assert utc(kept["end"]) == clock.now + 2 * DAY
    assert "Sam covers." in kept["body"]["content"]
    assert calendar_on.read_calendar().same_as(event)


def test_a_year_of_ended_events_does_not_hide_the_one_in_force(
    calendar_on: M365Provider, graph: FakeGraph, clock: FakeClock
) -> None:
    """The ended events stay in the calendar as a record; after a year of weekly focus days
    there are more than a page of them, and the one in force is still found (not made twice)."""
    for week in range(60, 0, -1):
        start = clock.now - week * 7 * DAY
        calendar_on.write_calendar(
            CalendarEvent(True, CalendarKind.FOCUS, start, start + HOUR, "Focus day", "Later.")
        )
    assert len(ours(graph)) == 60  # each ended before now: a new one each time
    event = CalendarEvent(
        True, CalendarKind.AWAY, clock.now, clock.now + 2 * DAY, "Out of office", "Sam covers."
    )
    calendar_on.write_calendar(event)
    assert calendar_on.read_calendar().same_as(event)
    calendar_on.write_calendar(event)  # nothing new: the one in force is found and kept
    assert len(ours(graph)) == 61


def test_a_focus_event_is_busy_and_a_changed_one_is_moved_not_made_twice(
    calendar_on: M365Provider, graph: FakeGraph, clock: FakeClock
) -> None:
    focus = CalendarEvent(True, CalendarKind.FOCUS, WED, THU, "Focus day", "Back Thursday.")
    calendar_on.write_calendar(focus)
    assert ours(graph)[0]["showAs"] == "busy"
    assert calendar_on.read_calendar().kind is CalendarKind.FOCUS

    calendar_on.write_calendar(replace(focus, end=THU + HOUR))

    [kept] = ours(graph)
    assert utc(kept["end"]) == THU + HOUR
    assert sum(1 for method, path in graph.requests if method == "POST") == 1


def test_clearing_ends_a_begun_event_now_and_removes_one_to_come_and_the_persons_stay(
    calendar_on: M365Provider, graph: FakeGraph, clock: FakeClock
) -> None:
    theirs = persons_event(graph, clock)
    calendar_on.write_calendar(CalendarEvent(True, start=clock.now, end=clock.now + DAY))
    clock.advance(HOUR)

    calendar_on.clear_calendar()

    [ended] = ours(graph)
    assert utc(ended["end"]) == clock.now  # the hour that passed stays, as a record
    assert not calendar_on.read_calendar().enabled
    calendar_on.write_calendar(CalendarEvent(True, start=clock.now + DAY, end=clock.now + 2 * DAY))
    calendar_on.clear_calendar()
    assert ours(graph) == [ended]  # the one to come is gone
    assert theirs in graph.events and theirs["subject"] == "Dentist"


def test_an_event_of_the_persons_is_not_read_as_boundarys(
    calendar_on: M365Provider, graph: FakeGraph, clock: FakeClock
) -> None:
    graph.add_event(
        {
            "subject": "Out of office",
            "showAs": "oof",
            "start": graph_time(clock.now),
            "end": graph_time(clock.now + DAY),
        }
    )

    assert not calendar_on.read_calendar().enabled
    calendar_on.clear_calendar()
    assert len(graph.events) == 1


@pytest.mark.parametrize(
    ("change", "code", "words"),
    [
        ({"showAs": "away"}, "RequestBodyRead", "'microsoft.graph.freeBusyStatus'"),
        ({"reminder": False}, "RequestBodyRead", "property 'reminder' does not exist"),
        ({"start": {"dateTime": "25/11/2026", "timeZone": "UTC"}}, "ErrorInvalidParameter", ""),
        ({"id": "AAMk="}, "ErrorInvalidPropertySet", "read-only"),
    ],
)
def test_graph_refuses_an_event_it_does_not_declare(
    calendar_on: M365Provider,
    graph: FakeGraph,
    clock: FakeClock,
    change: dict[str, Any],
    code: str,
    words: str,
) -> None:
    body = {"subject": "x", "start": graph_time(clock.now), "end": graph_time(clock.now + HOUR)}

    with pytest.raises(Rejected) as refused:
        calendar_on._call("POST", "/me/events", body={**body, **change})

    assert code in graph_refusal(graph, body | change)
    assert words in str(refused.value)


def graph_refusal(graph: FakeGraph, body: dict[str, Any]) -> str:
    """The error code the fake answers for ``body``, in Graph's error shape."""
    import json

    status, answer = graph.calendar_events("POST", "", json.dumps(body).encode(), {})
    assert status == 400 and set(answer["error"]) >= {"code", "message", "innerError"}
    return str(answer["error"]["code"])


def test_the_feature_asks_for_the_calendar_permission_only_when_on(
    make_provider: MakeProvider, identity: FakeIdentity
) -> None:
    assert "Calendars.ReadWrite" in scopes_for({"calendar": "on"})
    assert "Calendars.ReadWrite" not in scopes_for({})  # set up before the feature came
    assert "Calendars.ReadWrite" not in scopes_for({"calendar": "off"})
    off = make_provider(calendar="off")
    assert Capability.CALENDAR_EVENT not in off.account_capabilities(off.account.settings)
    assert not any(s.endswith("/Calendars.ReadWrite") for s in off.scopes)
    on = make_provider(calendar="on")
    assert Capability.CALENDAR_EVENT in on.account_capabilities(on.account.settings)
    assert any(s.endswith("/Calendars.ReadWrite") for s in on.scopes)


# --- through the service: the reconciler's pass -------------------------------------------


@pytest.fixture
def service(paths: AppPaths, clock: FakeClock, calendar_on: M365Provider) -> Iterator[Boundary]:
    registry = ProviderRegistry.of([M365Provider])
    svc, _ = Boundary.open(paths, clock, timezone="Europe/Amsterdam", registry=registry)
    svc.profile.identity.name = "Ana Silva"
    svc.profile.backups = [Backup("Sam Lee", "sam@contoso.com")]
    svc.profile.accounts = [Account("Work", "m365", dict(calendar_on.account.settings))]
    save_profile(svc.profile, paths.profile)
    yield svc
    svc.close()


def calendar_of(service: Boundary, **options: Any) -> Any:
    [result] = service.push(**options)
    return result.channel("calendar")


def test_away_then_moved_then_back_through_the_pass(
    service: Boundary, graph: FakeGraph, clock: FakeClock
) -> None:
    theirs = persons_event(graph, clock)
    service.go_away(service.prepare_away(AwayRequest(until=clock.now + 3 * DAY)))
    assert calendar_of(service).ok
    assert ours(graph)[0]["showAs"] == "oof"

    service.go_away(service.prepare_away(AwayRequest(until=clock.now + 4 * DAY)))
    assert calendar_of(service).ok
    [moved] = ours(graph)
    assert utc(moved["end"]) == clock.now + 4 * DAY

    clock.advance(DAY)
    service.come_back()
    assert calendar_of(service).ok
    assert utc(ours(graph)[0]["end"]) == clock.now
    assert theirs in graph.events


def test_the_focus_day_books_a_busy_event(service: Boundary, graph: FakeGraph) -> None:
    profile = service.profile
    profile.checks = replace(profile.checks, focus_weekdays=frozenset({2}))
    service.save_profile(profile)

    assert calendar_of(service).ok

    [focus] = ours(graph)
    assert (focus["showAs"], utc(focus["start"]), utc(focus["end"])) == ("busy", WED, THU)


def test_an_event_deleted_in_outlook_is_drift(
    service: Boundary, graph: FakeGraph, clock: FakeClock
) -> None:
    service.go_away(service.prepare_away(AwayRequest(until=clock.now + 3 * DAY)))
    calendar_of(service)
    graph.events.clear()

    drift = calendar_of(service)

    assert drift.status == "drift" and graph.events == []


def test_graph_down_then_pushed_once_after_recovery(
    service: Boundary, graph: FakeGraph, clock: FakeClock
) -> None:
    service.go_away(service.prepare_away(AwayRequest(until=clock.now + 3 * DAY)))
    graph.fail("503:60", times=10)

    pending = calendar_of(service)
    assert pending.status == "pending" and ours(graph) == []
    graph.faults.clear()

    clock.now = pending.next_retry + timedelta(minutes=5)
    assert calendar_of(service).ok
    calendar_of(service)
    clock.advance(HOUR)
    calendar_of(service)
    assert len(ours(graph)) == 1
    assert graph.requests.count(("POST", "/me/events")) == 1


def test_first_contact_finds_boundarys_event_and_leaves_it(
    service: Boundary, graph: FakeGraph, clock: FakeClock
) -> None:
    # Made by Boundary on another computer; this journal has never seen the account.
    made = graph.add_event(
        {
            "subject": "Out of office",
            "showAs": "oof",
            "start": graph_time(clock.now - DAY),
            "end": graph_time(clock.now + DAY),
            "singleValueExtendedProperties": [{"id": MARK_ID, "value": "boundary-calendar"}],
        }
    )
    profile = service.profile
    profile.checks = replace(profile.checks, focus_weekdays=frozenset({2}))
    service.save_profile(profile)

    found = calendar_of(service)

    assert found.status == "found"
    assert graph.events == [made]
    calendar_requests = [m for m, path in graph.requests if path.startswith("/me/events")]
    assert calendar_requests and set(calendar_requests) == {"GET"}
