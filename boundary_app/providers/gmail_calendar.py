"""The calendar of a Google account (Google Calendar API v3, the primary calendar).

Built from the discovery document bundled with google-api-python-client (``calendar.v3``),
through the same connection and credentials as the Gmail API. Boundary's event is an
``outOfOffice`` event for an away period (it declines new invitations with the reply as its
message, ``outOfOfficeProperties``) or a ``focusTime`` event on a focus day (it declines new
invitations too and sets the Chat status to Do Not Disturb, ``focusTimeProperties``). It is
marked as Boundary's by a private extended property (``MARK_KEY`` = ``CALENDAR_MARK``) and
listed by it (``privateExtendedProperty``), so the person's own events are never read as
Boundary's nor changed. ``timeMin`` leaves out the events that have ended (they stay, as a
record). An event's type cannot be changed once made: an away event that must become a focus
event (or the other way) is removed and made again.

It needs the scope ``https://www.googleapis.com/auth/calendar.events``, asked only when the
account's ``calendar`` feature is on. Google Calendar makes out-of-office and focus-time
events only for Google Workspace accounts; a gmail.com account refuses them, in Google's words.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any, Protocol

from boundary_app.providers.base import (
    CALENDAR_MARK,
    CalendarEvent,
    CalendarKind,
    MailProvider,
    NeedsSignIn,
    Rejected,
    Said,
    Unreachable,
    check_calendar_event,
)


class _Session(Protocol):
    """``gmail._Session``: the API's service, and calls with Google's errors in words."""

    service: Any

    def call(self, request: Any, what: str) -> dict[str, Any]: ...


class GmailProvider(Protocol):
    """What this module uses of ``gmail.GmailProvider`` (not imported: no import cycle)."""

    @property
    def account(self) -> Any: ...

    def granted_scopes(self) -> list[str] | None: ...

    def _session(self, api: tuple[str, str] = ...) -> Any: ...


SCOPE = "https://www.googleapis.com/auth/calendar.events"
MARK_KEY = "boundary"
EVENT_TYPES = {CalendarKind.AWAY: "outOfOffice", CalendarKind.FOCUS: "focusTime"}
KIND_OF = {value: kind for kind, value in EVENT_TYPES.items()}
DECLINE = "declineOnlyNewConflictingInvitations"
"""Invitations that arrive while the event is there are declined; meetings accepted before
are left as they are (the person decides about those)."""


def need(provider: GmailProvider) -> None:
    """Rejected when the feature is off; NeedsSignIn when the token lacks the scope."""
    if not MailProvider.feature_on(provider.account.settings, "calendar"):
        raise Rejected(Said("calendar-off"))
    granted = provider.granted_scopes()
    if granted is not None and SCOPE not in granted:
        raise NeedsSignIn(Said("calendar-not-allowed"))


def ours(session: _Session, now: datetime) -> Mapping[str, Any] | None:
    """Boundary's event in the primary calendar that has not ended (the earliest)."""
    events = session.service.events()
    answer = session.call(
        events.list(
            calendarId="primary",
            privateExtendedProperty=f"{MARK_KEY}={CALENDAR_MARK}",
            timeMin=_stamp(now),
            singleEvents=True,
            orderBy="startTime",
            maxResults=10,
        ),
        "read the calendar",
    )
    items = [e for e in answer.get("items") or [] if e.get("status") != "cancelled"]
    return items[0] if items else None


def read(provider: GmailProvider, now: datetime) -> CalendarEvent:
    need(provider)
    with provider._session(("calendar", "v3")) as session:
        found = ours(session, now)
    if found is None:
        return CalendarEvent.off()
    try:
        return _from_google(found)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise Unreachable(Said("google-unreadable-event")) from error


def write(provider: GmailProvider, event: CalendarEvent, now: datetime) -> None:
    if not event.enabled:
        clear(provider, now)
        return
    need(provider)
    check_calendar_event(event)
    body = _to_google(event)
    with provider._session(("calendar", "v3")) as session:
        events = session.service.events()
        found = ours(session, now)
        if found is not None and found.get("eventType") != body["eventType"]:
            # The type of an event cannot change: the old one goes, a new one is made.
            session.call(events.delete(calendarId="primary", eventId=found["id"]), "move it")
            found = None
        if found is None:
            session.call(events.insert(calendarId="primary", body=body), "add the event")
        else:
            del body["eventType"]
            patch = events.patch(calendarId="primary", eventId=found["id"], body=body)
            session.call(patch, "move the event")


def clear(provider: GmailProvider, now: datetime) -> None:
    """Delete Boundary's event when it has not begun; else end it now."""
    need(provider)
    with provider._session(("calendar", "v3")) as session:
        events = session.service.events()
        found = ours(session, now)
        if found is None:
            return
        if _moment(found["start"]) < now:
            end = {"end": {"dateTime": _stamp(now)}}
            patch = events.patch(calendarId="primary", eventId=found["id"], body=end)
            session.call(patch, "end the event")
        else:
            session.call(events.delete(calendarId="primary", eventId=found["id"]), "remove it")


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _moment(value: Mapping[str, Any]) -> datetime:
    text = str(value["dateTime"]).replace("Z", "+00:00")
    return datetime.fromisoformat(text).astimezone(UTC)


def _to_google(event: CalendarEvent) -> dict[str, Any]:
    assert event.start is not None and event.end is not None  # check_calendar_event
    kind = EVENT_TYPES.get(event.kind, "outOfOffice")
    properties: dict[str, Any] = {"autoDeclineMode": DECLINE, "declineMessage": event.message}
    if kind == "focusTime":
        properties["chatStatus"] = "doNotDisturb"
    return {
        "summary": event.subject,
        "start": {"dateTime": _stamp(event.start)},
        "end": {"dateTime": _stamp(event.end)},
        "eventType": kind,
        f"{kind}Properties": properties,
        "transparency": "opaque",
        "extendedProperties": {"private": {MARK_KEY: CALENDAR_MARK}},
    }


def _from_google(event: Mapping[str, Any]) -> CalendarEvent:
    kind = KIND_OF.get(str(event.get("eventType") or "default"), CalendarKind.OTHER)
    properties = event.get(f"{event.get('eventType')}Properties") or {}
    return CalendarEvent(
        True,
        kind,
        _moment(event["start"]),
        _moment(event["end"]),
        str(event.get("summary") or ""),
        str(properties.get("declineMessage") or ""),
    )
