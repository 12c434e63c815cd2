"""The calendar on Exchange Server: Boundary's CalendarItem, marked by an extended property,
against the loopback EWS server (requests held to the published schema).

Away → an item shown as out of office (OOF); focus day → Busy; a changed period moves it;
I'm back ends or removes it; the person's own items are never touched; drift, faults and first
contact as for the reply; the feature is off for accounts stored without it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from boundary_app.core.paths import AppPaths
from boundary_app.core.profile import Account, Backup, save_profile
from boundary_app.core.service import AwayRequest, Boundary
from boundary_app.providers.base import CALENDAR_MARK, CalendarEvent, CalendarKind, Capability
from boundary_app.providers.exchange import ExchangeProvider
from boundary_app.providers.exchange_calendar import PROPERTY_NAME, PROPERTY_SET_ID
from boundary_app.providers.registry import ProviderRegistry
from tests.fakes import FakeClock
from tests.providers.exchange.conftest import values
from tests.providers.exchange.fake_calendar import Appointment, appointment
from tests.providers.exchange.fake_ews import FakeEws, Fault
from tests.providers.exchange.test_schema import ENUM, M, T, post, refusal

AMS = ZoneInfo("Europe/Amsterdam")
HOUR = timedelta(hours=1)
DAY = timedelta(days=1)
MARK = (PROPERTY_SET_ID, PROPERTY_NAME)


def ours(ews: FakeEws) -> list[Appointment]:
    return [e for e in ews.state.events if e.marks.get(MARK) == CALENDAR_MARK]


def persons_event(ews: FakeEws, clock: FakeClock) -> Appointment:
    return ews.add_event(appointment("Dentist", clock.now + DAY, clock.now + DAY + HOUR))


def test_an_away_event_is_made_out_of_office_without_a_reminder_and_read_back(
    provider: ExchangeProvider, ews: FakeEws, clock: FakeClock
) -> None:
    event = CalendarEvent(
        True, CalendarKind.AWAY, clock.now, clock.now + 2 * DAY, "Out of office", "Sam covers."
    )

    provider.write_calendar(event)

    [kept] = ours(ews)
    assert (kept.free_busy, kept.reminder, kept.subject) == ("OOF", False, "Out of office")
    assert (kept.start, kept.end) == (clock.now, clock.now + 2 * DAY)
    assert kept.body_type == "HTML" and "Sam covers." in kept.body
    assert provider.read_calendar().same_as(event)


def test_a_focus_event_is_busy_and_a_changed_one_is_moved_not_made_twice(
    provider: ExchangeProvider, ews: FakeEws, clock: FakeClock
) -> None:
    start = clock.now + DAY
    focus = CalendarEvent(True, CalendarKind.FOCUS, start, start + DAY, "Focus day", "Thursday.")
    provider.write_calendar(focus)
    assert ours(ews)[0].free_busy == "Busy"
    assert provider.read_calendar().kind is CalendarKind.FOCUS

    provider.write_calendar(replace(focus, end=start + DAY + HOUR))

    [kept] = ours(ews)
    assert kept.end == start + DAY + HOUR
    assert ews.count("CreateItem") == 1 and ews.count("UpdateItem") == 1


def test_clearing_ends_a_begun_event_now_and_removes_one_to_come_and_the_persons_stay(
    provider: ExchangeProvider, ews: FakeEws, clock: FakeClock
) -> None:
    theirs = persons_event(ews, clock)
    provider.write_calendar(CalendarEvent(True, start=clock.now, end=clock.now + DAY))
    clock.advance(HOUR)

    provider.clear_calendar()

    [ended] = ours(ews)
    assert ended.end == clock.now  # the hour that passed stays, as a record
    assert not provider.read_calendar().enabled
    provider.write_calendar(CalendarEvent(True, start=clock.now + DAY, end=clock.now + 2 * DAY))
    provider.clear_calendar()
    assert ours(ews) == [ended]  # the one to come is gone
    assert theirs in ews.state.events and theirs.subject == "Dentist"


def test_an_item_of_the_persons_is_not_read_as_boundarys_nor_touched(
    provider: ExchangeProvider, ews: FakeEws, clock: FakeClock
) -> None:
    theirs = ews.add_event(appointment("Out of office", clock.now, clock.now + DAY, "OOF"))
    other_mark = ews.add_event(
        appointment("Holiday", clock.now, clock.now + DAY, "OOF", BoundaryCalendar="someone")
    )
    key = theirs.change_key

    assert not provider.read_calendar().enabled
    provider.clear_calendar()

    assert ews.state.events == [theirs, other_mark] and theirs.change_key == key
    assert ews.count("UpdateItem") == ews.count("DeleteItem") == 0


def test_an_item_shown_as_free_in_outlook_reads_back_as_not_boundarys_kind(
    provider: ExchangeProvider, ews: FakeEws, clock: FakeClock
) -> None:
    event = CalendarEvent(True, start=clock.now, end=clock.now + DAY, subject="Away")
    provider.write_calendar(event)
    ours(ews)[0].free_busy = "Free"

    read = provider.read_calendar()

    assert read.kind is CalendarKind.OTHER and not read.same_as(event)


def test_the_feature_is_on_for_new_accounts_and_off_for_accounts_stored_without_it(
    ews: FakeEws,
) -> None:
    from boundary_app.providers.secrets import KeyringSecrets

    new = ExchangeProvider.configure("Work", values(ews), KeyringSecrets())
    assert new["calendar"] == "on"
    assert Capability.CALENDAR_EVENT in ExchangeProvider.account_capabilities(new)
    stored_before = {k: v for k, v in new.items() if k != "calendar"}
    assert Capability.CALENDAR_EVENT not in ExchangeProvider.account_capabilities(stored_before)
    off = {**new, "calendar": "off"}
    assert Capability.CALENDAR_EVENT not in ExchangeProvider.account_capabilities(off)
    assert Capability.AUTO_REPLY in ExchangeProvider.account_capabilities(off)


# --- what Exchange refuses: the schema, then the properties ------------------------------


def create_item(calendar_item: str) -> str:
    return (
        '<m:CreateItem SendMeetingInvitations="SendToNone"><m:SavedItemFolderId>'
        '<t:DistinguishedFolderId Id="calendar"/></m:SavedItemFolderId>'
        f"<m:Items><t:CalendarItem>{calendar_item}</t:CalendarItem></m:Items></m:CreateItem>"
    )


START_END = "<t:Start>2026-11-25T00:00:00Z</t:Start><t:End>2026-11-26T00:00:00Z</t:End>"


@pytest.mark.parametrize(
    ("calendar_item", "words"),
    [
        pytest.param(
            f"<t:Subject>Away</t:Subject>{START_END}"
            "<t:LegacyFreeBusyStatus>Away</t:LegacyFreeBusyStatus>",
            f"The '{T}:LegacyFreeBusyStatus' element is invalid - The value 'Away' is invalid "
            f"according to its datatype '{T}:LegacyFreeBusyType' - {ENUM}",
            id="free-busy-away",
        ),
        pytest.param(
            "<t:Subject>Away</t:Subject><t:LegacyFreeBusyStatus>OOF</t:LegacyFreeBusyStatus>"
            + START_END,
            f"The element 'CalendarItem' in namespace '{T}' has invalid child element 'Start' "
            f"in namespace '{T}'.",
            id="free-busy-before-start",
        ),
        pytest.param(
            f"<t:Subject>Away</t:Subject>{START_END}"
            "<t:ExtendedProperty><t:ExtendedFieldURI PropertyName='BoundaryCalendar' "
            "PropertyType='String'/><t:Value>x</t:Value></t:ExtendedProperty>",
            f"The element 'CalendarItem' in namespace '{T}' has invalid child element "
            f"'ExtendedProperty' in namespace '{T}'.",
            id="extended-property-after-the-calendar-elements",
        ),
    ],
)
def test_exchange_refuses_a_calendar_item_outside_its_schema_and_keeps_nothing(
    ews: FakeEws, calendar_item: str, words: str
) -> None:
    status, answer = post(ews, create_item(calendar_item))

    assert refusal(status, answer).startswith(words)
    assert ews.state.events == []


def test_exchange_refuses_to_set_a_property_a_calendar_item_has_not(
    provider: ExchangeProvider, ews: FakeEws, clock: FakeClock
) -> None:
    provider.write_calendar(CalendarEvent(True, start=clock.now, end=clock.now + DAY))
    [kept] = ours(ews)
    before = replace(kept)
    update = (
        '<m:UpdateItem ConflictResolution="AutoResolve" '
        'SendMeetingInvitationsOrCancellations="SendToNone"><m:ItemChanges><t:ItemChange>'
        f'<t:ItemId Id="{kept.id}" ChangeKey="{kept.change_key}"/><t:Updates><t:SetItemField>'
        '<t:FieldURI FieldURI="message:IsRead"/><t:CalendarItem><t:Subject>x</t:Subject>'
        "</t:CalendarItem></t:SetItemField></t:Updates></t:ItemChange></m:ItemChanges>"
        "</m:UpdateItem>"
    )

    status, answer = post(ews, update)

    assert status == 200
    message = answer.find(f".//{{{M}}}UpdateItemResponseMessage")
    assert message is not None and message.get("ResponseClass") == "Error"
    assert message.findtext(f"{{{M}}}ResponseCode") == "ErrorInvalidPropertyRequest"
    assert ours(ews) == [before]


def test_a_year_of_ended_events_is_not_read_to_find_the_one_in_force(
    provider: ExchangeProvider, ews: FakeEws, clock: FakeClock
) -> None:
    """Ended items stay as a record; Exchange is asked for the first not ended, one item."""
    for week in range(52, 0, -1):  # a focus day a week for a year, every one ended
        start = clock.now - week * 7 * DAY
        ews.add_event(
            appointment("Focus day", start, start + 8 * HOUR, BoundaryCalendar=CALENDAR_MARK)
        )
    now_on = CalendarEvent(True, CalendarKind.AWAY, clock.now - HOUR, clock.now + DAY, "Away", "")
    provider.write_calendar(now_on)
    ews.state.find_calendar_views.clear()

    assert provider.read_calendar().same_as(now_on)
    assert [v.get("MaxEntriesReturned") for v in ews.state.find_calendar_views] == ["1"]
    assert len(ours(ews)) == 53  # the record is left as it was


def find_in_calendar(restriction: str, order: str = "calendar:Start") -> str:
    return (
        '<m:FindItem Traversal="Shallow"><m:ItemShape><t:BaseShape>IdOnly</t:BaseShape>'
        '</m:ItemShape><m:IndexedPageItemView MaxEntriesReturned="1" Offset="0" '
        f'BasePoint="Beginning"/><m:Restriction>{restriction}</m:Restriction><m:SortOrder>'
        f'<t:FieldOrder Order="Ascending"><t:FieldURI FieldURI="{order}"/></t:FieldOrder>'
        '</m:SortOrder><m:ParentFolderIds><t:DistinguishedFolderId Id="calendar"/>'
        "</m:ParentFolderIds></m:FindItem>"
    )


ENDS_AFTER = (
    '<t:IsGreaterThan><t:FieldURI FieldURI="calendar:End"/><t:FieldURIOrConstant>'
    '<t:Constant Value="2026-01-01T00:00:00Z"/></t:FieldURIOrConstant></t:IsGreaterThan>'
)


@pytest.mark.parametrize(
    "request_body",
    [
        pytest.param(find_in_calendar(ENDS_AFTER.replace("IsGreaterThan", "Excludes")), id="op"),
        pytest.param(
            find_in_calendar(ENDS_AFTER.replace("calendar:End", "item:Subject")), id="field"
        ),
        pytest.param(find_in_calendar(ENDS_AFTER, order="item:Subject"), id="sort"),
    ],
)
def test_a_calendar_search_the_fake_does_not_serve_is_refused_as_exchange_words_it(
    ews: FakeEws, request_body: str
) -> None:
    status, answer = post(ews, request_body)

    assert status == 200
    message = answer.find(f".//{{{M}}}FindItemResponseMessage")
    assert message is not None and message.get("ResponseClass") == "Error"
    assert message.findtext(f"{{{M}}}ResponseCode") == "ErrorUnsupportedQueryFilter"


# --- through the service: the reconciler's pass -------------------------------------------


@pytest.fixture
def calendar_service(paths: AppPaths, clock: FakeClock, ews: FakeEws) -> Iterator[Boundary]:
    """The app's service with 'Work' on the fake server, the calendar feature on."""
    registry = ProviderRegistry.of([ExchangeProvider])
    svc, _ = Boundary.open(paths, clock, timezone="Europe/Amsterdam", registry=registry)
    svc.profile.identity.name = "Ana Silva"
    svc.profile.backups = [Backup("Sam Lee", "sam@contoso.example")]
    settings = ExchangeProvider.configure("Work", values(ews), svc.secrets)
    svc.profile.accounts = [Account("Work", "exchange", settings)]
    save_profile(svc.profile, paths.profile)
    yield svc
    svc.close()


def calendar_of(service: Boundary, **options: Any) -> Any:
    [result] = service.push(**options)
    return result.channel("calendar")


def test_away_then_moved_then_back_through_the_pass(
    calendar_service: Boundary, ews: FakeEws, clock: FakeClock
) -> None:
    theirs = persons_event(ews, clock)
    away = calendar_service.prepare_away(AwayRequest(until=clock.now + 3 * DAY))
    calendar_service.go_away(away)
    assert calendar_of(calendar_service).ok
    assert ours(ews)[0].free_busy == "OOF"

    calendar_service.go_away(calendar_service.prepare_away(AwayRequest(until=clock.now + 4 * DAY)))
    assert calendar_of(calendar_service).ok
    [moved] = ours(ews)
    assert moved.end == clock.now + 4 * DAY

    clock.advance(DAY)
    calendar_service.come_back()
    assert calendar_of(calendar_service).ok
    assert ours(ews)[0].end == clock.now
    assert theirs in ews.state.events and ews.count("DeleteItem") == 0


def test_back_before_a_period_to_come_removes_its_event(
    calendar_service: Boundary, ews: FakeEws, clock: FakeClock
) -> None:
    request = AwayRequest(start=clock.now + DAY, until=clock.now + 3 * DAY)
    calendar_service.go_away(calendar_service.prepare_away(request))
    assert calendar_of(calendar_service).ok and len(ours(ews)) == 1

    calendar_service.come_back()

    assert calendar_of(calendar_service).ok
    assert ours(ews) == [] and ews.count("DeleteItem") == 1


def next_tuesday_morning(now: datetime) -> datetime:
    """09:00 in Amsterdam on the first Tuesday after ``now`` (a Wednesday focus day next)."""
    local = now.astimezone(AMS)
    days = (1 - local.weekday()) % 7 or 7
    day = (local + timedelta(days=days)).date()
    return datetime(day.year, day.month, day.day, 9, tzinfo=AMS).astimezone(UTC)


def test_the_focus_day_books_a_busy_event(
    calendar_service: Boundary, ews: FakeEws, clock: FakeClock
) -> None:
    clock.now = next_tuesday_morning(clock.now)  # later than the real clock, as EWS wants
    profile = calendar_service.profile
    profile.checks = replace(profile.checks, focus_weekdays=frozenset({2}))
    calendar_service.save_profile(profile)

    assert calendar_of(calendar_service).ok

    [focus] = ours(ews)
    wednesday = (clock.now.astimezone(AMS) + DAY).replace(hour=0)
    assert (focus.free_busy, focus.start, focus.end) == ("Busy", wednesday, wednesday + DAY)
    assert focus.reminder is False


def test_an_event_deleted_in_outlook_is_drift(
    calendar_service: Boundary, ews: FakeEws, clock: FakeClock
) -> None:
    calendar_service.go_away(calendar_service.prepare_away(AwayRequest(until=clock.now + 3 * DAY)))
    calendar_of(calendar_service)
    ews.state.events.clear()

    drift = calendar_of(calendar_service)

    assert drift.status == "drift" and ews.state.events == []


def test_exchange_down_then_the_event_is_made_once_after_recovery(
    calendar_service: Boundary, ews: FakeEws, clock: FakeClock
) -> None:
    calendar_service.go_away(calendar_service.prepare_away(AwayRequest(until=clock.now + 3 * DAY)))
    ews.fail_next(Fault("status", operation="CreateItem", status=503, retry_after="60"), times=10)

    pending = calendar_of(calendar_service)
    assert pending.status == "pending" and ours(ews) == []
    ews.heal()
    clock.now = pending.next_retry - timedelta(seconds=1)
    calendar_of(calendar_service)
    assert ews.count("CreateItem") == 1  # nothing sent before its time

    clock.now = pending.next_retry + timedelta(minutes=5)
    assert calendar_of(calendar_service).ok
    calendar_of(calendar_service)
    clock.advance(HOUR)
    calendar_of(calendar_service)
    assert len(ours(ews)) == 1
    assert ews.count("CreateItem") == 2  # the refused one, then the one made


def test_first_contact_finds_boundarys_event_and_leaves_it(
    calendar_service: Boundary, ews: FakeEws, clock: FakeClock
) -> None:
    # Made by Boundary on another computer; this journal has never seen the account.
    made = ews.add_event(
        appointment(
            "Out of office", clock.now - DAY, clock.now + DAY, "OOF", BoundaryCalendar=CALENDAR_MARK
        )
    )
    key = made.change_key
    profile = calendar_service.profile
    profile.checks = replace(profile.checks, focus_weekdays=frozenset({2}))
    calendar_service.save_profile(profile)

    found = calendar_of(calendar_service)

    assert found.status == "found"
    assert ews.state.events == [made] and made.change_key == key
    assert ews.count("CreateItem") == ews.count("UpdateItem") == ews.count("DeleteItem") == 0
