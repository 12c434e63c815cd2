"""The calendar of a Microsoft 365 account (``/me/events`` in Microsoft Graph).

Boundary's event is an ordinary event shown as out of office (``showAs: oof``) for an away
period, or busy (``busy``) on a focus day, with no reminder and the reply in its body. It is
marked as Boundary's by a single-value extended property (``MARK_ID``, value
``CALENDAR_MARK``), set when it is made; Boundary lists only events carrying that mark
(``$filter=singleValueExtendedProperties/Any(...)``), so the person's own events are never
read as Boundary's nor changed. Of its marked events, the one that has not ended is the
channel's; those that ended stay in the calendar as a record.

It needs the delegated permission ``Calendars.ReadWrite``, asked only when the account's
``calendar`` feature is on (see ``m365.scopes_for``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import quote

from boundary_app.providers.base import (
    CALENDAR_MARK,
    CalendarEvent,
    CalendarKind,
    Said,
    Unreachable,
    check_calendar_event,
)
from boundary_app.providers.graph_time import from_graph, to_graph
from boundary_app.providers.html import from_html, to_html


@dataclass(frozen=True)
class Graph:
    """What this module is lent by ``M365Provider`` (not imported: no import cycle)."""

    call: Callable[..., Any]
    """``M365Provider._call``: (method, path, body=..., params=...) → the JSON answer."""
    now: datetime


EVENTS_PATH = "/me/events"
SCOPE = "Calendars.ReadWrite"
MARK_ID = "String {8b4cd5a2-6d53-4d0e-9b1e-3a0c5f7e2b61} Name BoundaryCalendar"
"""The extended property that marks Boundary's event (a named property in Boundary's own
property set, so it is no other program's)."""

SHOW_AS = {CalendarKind.AWAY: "oof", CalendarKind.FOCUS: "busy"}
KIND_OF = {value: kind for kind, value in SHOW_AS.items()}


def _marked() -> str:
    return (
        f"singleValueExtendedProperties/Any(ep: ep/id eq '{MARK_ID}' "
        f"and ep/value eq '{CALENDAR_MARK}')"
    )


def ours(graph: Graph) -> Mapping[str, Any] | None:
    """Boundary's event that has not ended by now (the earliest, should there be more).

    Asked of the server by its end, earliest first: the ended ones stay in the calendar as a
    record, so after a year of focus days the whole history would not fit in one page."""
    ending = to_graph(graph.now)["dateTime"]
    answer = graph.call(
        "GET",
        EVENTS_PATH,
        params={
            "$filter": f"{_marked()} and end/dateTime ge '{ending}'",
            "$orderby": "start/dateTime",
            "$select": "id,subject,body,start,end,showAs",
            "$top": "10",
        },
    )
    try:
        found = [e for e in answer["value"] if from_graph(e["end"]) > graph.now]
        found.sort(key=lambda e: from_graph(e["start"]))
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise Unreachable(Said("unreadable", service="Microsoft 365")) from error
    return found[0] if found else None


def read(graph: Graph) -> CalendarEvent:
    event = ours(graph)
    if event is None:
        return CalendarEvent.off()
    try:
        return _from_graph(event)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise Unreachable(Said("unreadable", service="Microsoft 365")) from error


def write(graph: Graph, event: CalendarEvent) -> None:
    """Make Boundary's event, or move and change the one there is."""
    if not event.enabled:
        clear(graph)
        return
    check_calendar_event(event)
    found = ours(graph)
    body = _to_graph(event)
    if found is None:
        body.update(
            isReminderOn=False,
            singleValueExtendedProperties=[{"id": MARK_ID, "value": CALENDAR_MARK}],
        )
        graph.call("POST", EVENTS_PATH, body=body)
    else:
        graph.call("PATCH", _path(found), body=body)


def clear(graph: Graph) -> None:
    """Delete Boundary's event when it has not begun; else end it now."""
    found = ours(graph)
    if found is None:
        return
    if from_graph(found["start"]) < graph.now:
        graph.call("PATCH", _path(found), body={"end": to_graph(graph.now)})
    else:
        graph.call("DELETE", _path(found))


def _path(event: Mapping[str, Any]) -> str:
    return f"{EVENTS_PATH}/{quote(str(event['id']), safe='')}"


def _to_graph(event: CalendarEvent) -> dict[str, Any]:
    assert event.start is not None and event.end is not None  # check_calendar_event
    return {
        "subject": event.subject,
        "body": {"contentType": "html", "content": to_html(event.message)},
        "start": to_graph(event.start),
        "end": to_graph(event.end),
        "showAs": SHOW_AS[event.kind],
        "isAllDay": False,
    }


def _from_graph(event: Mapping[str, Any]) -> CalendarEvent:
    body = event.get("body") or {}
    content = str(body.get("content") or "")
    html = str(body.get("contentType") or "html").lower() == "html"
    # Shown as free or tentative: changed in Outlook, not as Boundary set it.
    kind = KIND_OF.get(str(event.get("showAs") or "").lower(), CalendarKind.OTHER)
    return CalendarEvent(
        True,
        kind,
        from_graph(event["start"]),
        from_graph(event["end"]),
        str(event.get("subject") or ""),
        from_html(content) if html else content,
    )
