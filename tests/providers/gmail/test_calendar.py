"""The calendar on Google: an outOfOffice event while away, a focusTime event on focus days,
through google-api-python-client and the bundled calendar.v3 discovery document, against the
loopback fake (event bodies held to that document's Event schema)."""

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
from boundary_app.providers.base import (
    CalendarEvent,
    CalendarKind,
    Capability,
    NeedsSignIn,
    Rejected,
)
from boundary_app.providers.gmail import GmailProvider
from boundary_app.providers.gmail_calendar import MARK_KEY, SCOPE
from boundary_app.providers.registry import ProviderRegistry
from tests.fakes import FakeClock
from tests.providers.gmail.conftest import MakeProvider, token_json
from tests.providers.gmail.fake_google import ALL_SCOPES, FakeGoogle, event_problem, moment

AMS = ZoneInfo("Europe/Amsterdam")
HOUR = timedelta(hours=1)
DAY = timedelta(days=1)
WED = datetime(2026, 11, 25, tzinfo=AMS)  # the clock starts on Tuesday 24 November, 09:00
THU = datetime(2026, 11, 26, tzinfo=AMS)


def calendar_token(google: FakeGoogle) -> dict[str, Any]:
    """A token that holds the calendar scope besides the mail ones."""
    return token_json(google, scopes=[*ALL_SCOPES, SCOPE])


def ours(google: FakeGoogle) -> list[dict[str, Any]]:
    return [e for e in google.events if MARK_KEY in str(e.get("extendedProperties"))]


def stamp(moment_: datetime) -> dict[str, str]:
    return {"dateTime": moment_.isoformat()}


def test_away_is_an_out_of_office_event_that_declines_new_invitations(
    make_provider: MakeProvider, google: FakeGoogle, gmail_clock: FakeClock
) -> None:
    provider = make_provider(calendar="on", token=calendar_token(google))
    now = gmail_clock.now
    event = CalendarEvent(True, CalendarKind.AWAY, now, now + 2 * DAY, "Away", "Sam covers.")

    provider.write_calendar(event)

    [kept] = ours(google)
    assert kept["eventType"] == "outOfOffice"
    assert kept["outOfOfficeProperties"] == {
        "autoDeclineMode": "declineOnlyNewConflictingInvitations",
        "declineMessage": "Sam covers.",
    }
    assert provider.read_calendar().same_as(event)


def test_a_focus_day_is_focus_time_with_do_not_disturb_and_a_changed_kind_is_made_anew(
    make_provider: MakeProvider, google: FakeGoogle, gmail_clock: FakeClock
) -> None:
    provider = make_provider(calendar="on", token=calendar_token(google))
    provider.write_calendar(CalendarEvent(True, CalendarKind.AWAY, WED, THU, "Away", "Hi"))

    provider.write_calendar(CalendarEvent(True, CalendarKind.FOCUS, WED, THU, "Focus", "Later"))

    [kept] = ours(google)
    assert kept["eventType"] == "focusTime"
    assert kept["focusTimeProperties"]["chatStatus"] == "doNotDisturb"
    assert provider.read_calendar().kind is CalendarKind.FOCUS
    provider.write_calendar(CalendarEvent(True, CalendarKind.FOCUS, WED, THU + HOUR, "F", "L"))
    assert len(ours(google)) == 1 and moment(ours(google)[0]["end"]) == THU + HOUR
    assert len(google.requests("PATCH", "/calendar/v3/")) == 1


def test_clearing_ends_a_begun_event_now_and_the_persons_events_stay(
    make_provider: MakeProvider, google: FakeGoogle, gmail_clock: FakeClock
) -> None:
    provider = make_provider(calendar="on", token=calendar_token(google))
    now = gmail_clock.now
    theirs = google.add_event(
        {
            "summary": "Holiday",
            "start": stamp(now),
            "end": stamp(now + DAY),
            "eventType": "outOfOffice",
        }
    )
    assert not provider.read_calendar().enabled  # theirs is not Boundary's
    provider.write_calendar(CalendarEvent(True, start=now, end=now + DAY, subject="A"))
    gmail_clock.advance(HOUR)

    provider.clear_calendar()

    [ended] = ours(google)
    assert moment(ended["end"]) == gmail_clock.now
    assert not provider.read_calendar().enabled
    assert theirs in google.events and theirs["summary"] == "Holiday"


@pytest.mark.parametrize(
    ("body", "words"),
    [
        ({"eventType": "away"}, "Invalid event type: away"),
        ({"reminder": False}, 'Unknown name "reminder"'),
        ({"outOfOfficeProperties": {"autoDeclineMode": "always"}}, "autoDeclineMode"),
        ({"focusTimeProperties": {"chatStatus": "busy"}, "eventType": "focusTime"}, "chatStatus"),
        ({"focusTimeProperties": {}}, "only be set on focusTime events"),
    ],
)
def test_google_refuses_an_event_its_document_does_not_allow(
    make_provider: MakeProvider,
    google: FakeGoogle,
    gmail_clock: FakeClock,
    body: dict[str, Any],
    words: str,
) -> None:
    provider = make_provider(calendar="on", token=calendar_token(google))
    base = {
        "start": stamp(gmail_clock.now),
        "end": stamp(gmail_clock.now + HOUR),
        "eventType": "outOfOffice",
    }
    assert event_problem({**base, **body}, None) is not None

    with provider._session(("calendar", "v3")) as session, pytest.raises(Rejected) as refused:
        events = session.service.events()
        session.call(events.insert(calendarId="primary", body={**base, **body}), "add it")

    assert words in str(refused.value)
    assert google.events == []


def test_the_feature_asks_for_the_calendar_scope_only_when_on(
    make_provider: MakeProvider, google: FakeGoogle
) -> None:
    on, off = (
        make_provider(calendar="on", token=calendar_token(google)),
        make_provider("Side"),
    )  # off unless turned on
    assert SCOPE in on.scopes and SCOPE not in off.scopes
    assert Capability.CALENDAR_EVENT not in off.account_capabilities(off.account.settings)
    with pytest.raises(Rejected, match="turned off"):
        off.read_calendar()
    # Signed in before the feature was on: the token lacks the scope, so sign in again.
    older = make_provider("Old", token=token_json(google), calendar="on")
    with pytest.raises(NeedsSignIn, match="calendar"):
        older.read_calendar()
    assert google.requests(contains="/calendar/") == []


# --- through the service: the reconciler's pass -------------------------------------------


@pytest.fixture
def service(
    paths: AppPaths, gmail_clock: FakeClock, make_provider: MakeProvider, google: FakeGoogle
) -> Iterator[Boundary]:
    provider = make_provider(calendar="on", token=calendar_token(google))
    registry = ProviderRegistry.of([GmailProvider])
    svc, _ = Boundary.open(paths, gmail_clock, timezone="Europe/Amsterdam", registry=registry)
    svc.profile.identity.name = "Ana Silva"
    svc.profile.backups = [Backup("Sam Lee", "sam@example.com")]
    svc.profile.accounts = [Account("Work", "gmail", dict(provider.account.settings))]
    save_profile(svc.profile, paths.profile)
    yield svc
    svc.close()


def calendar_of(service: Boundary, **options: Any) -> Any:
    [result] = service.push(**options)
    return result.channel("calendar")


def test_away_moved_and_back_through_the_pass(
    service: Boundary, google: FakeGoogle, gmail_clock: FakeClock
) -> None:
    service.go_away(service.prepare_away(AwayRequest(until=gmail_clock.now + 3 * DAY)))
    assert calendar_of(service).ok
    service.go_away(service.prepare_away(AwayRequest(until=gmail_clock.now + 4 * DAY)))
    assert calendar_of(service).ok
    [moved] = ours(google)
    assert moment(moved["end"]) == gmail_clock.now + 4 * DAY

    gmail_clock.advance(DAY)
    service.come_back()
    assert calendar_of(service).ok
    assert moment(ours(google)[0]["end"]) == gmail_clock.now


def test_the_focus_day_through_the_pass_and_drift_when_deleted(
    service: Boundary, google: FakeGoogle
) -> None:
    profile = service.profile
    profile.checks = replace(profile.checks, focus_weekdays=frozenset({2}))
    service.save_profile(profile)
    assert calendar_of(service).ok
    [focus] = ours(google)
    assert (focus["eventType"], moment(focus["start"])) == ("focusTime", WED)

    google.events.clear()  # deleted in Google Calendar
    assert calendar_of(service).status == "drift"
    assert google.events == []


def test_google_down_then_pushed_once_after_recovery(
    service: Boundary, google: FakeGoogle, gmail_clock: FakeClock
) -> None:
    from tests.providers.gmail.fake_google import Fault

    service.go_away(service.prepare_away(AwayRequest(until=gmail_clock.now + 3 * DAY)))
    google.faults.append(Fault("/calendar/", status=503, times=5))

    pending = calendar_of(service)
    assert pending.status == "pending"
    google.faults.clear()
    gmail_clock.now = pending.next_retry
    assert calendar_of(service).ok
    calendar_of(service)
    gmail_clock.advance(HOUR)
    calendar_of(service)
    assert len(ours(google)) == 1
    assert len(google.requests("POST", "/calendar/v3/")) == 1


def test_first_contact_finds_boundarys_event_and_leaves_it(
    service: Boundary, google: FakeGoogle, gmail_clock: FakeClock
) -> None:
    now = gmail_clock.now
    made = google.add_event(
        {
            "summary": "Away",
            "start": stamp(now - DAY),
            "end": stamp(now + DAY),
            "eventType": "outOfOffice",
            "extendedProperties": {"private": {MARK_KEY: "boundary-calendar"}},
        }
    )
    profile = service.profile
    profile.checks = replace(profile.checks, focus_weekdays=frozenset({2}))
    service.save_profile(profile)

    assert calendar_of(service).status == "found"

    assert google.events == [made]
    assert google.requests(contains="/calendar/") and all(
        s.method == "GET" for s in google.requests(contains="/calendar/")
    )
