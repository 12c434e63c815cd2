"""The calendar of an Exchange Server mailbox (a ``CalendarItem`` in its Calendar, through EWS).

Boundary's event is an ordinary appointment (no attendees, so no invitation is ever sent)
whose free/busy status is ``OOF`` for an away period or ``Busy`` on a focus day, with no
reminder and the reply in its body (HTML made from the text, as the reply is sent). It is
marked as Boundary's by an extended property of Boundary's own: the named property
``BoundaryCalendar`` in Boundary's property set (the same one m365_calendar uses, so an event
made through Graph on the same mailbox is recognised), value ``CALENDAR_MARK``. Boundary asks
FindItem only for items carrying that mark (a restriction on the property), so the person's own
events are never read as Boundary's nor changed. Of its marked items, the one that has not
ended is the channel's (Exchange is asked for the first by start whose end is still ahead, one
item); those that ended stay in the calendar as a record and are not read again.

It needs nothing more than the reply: EWS, and the mailbox's own calendar.

This module imports nothing of ``exchange``: the provider lends it an ``Ews`` (the connected
exchangelib Account, a way to give the next request what is left of the time, and now).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from boundary_app.providers.base import (
    CALENDAR_MARK,
    CalendarEvent,
    CalendarKind,
    Said,
    Unreachable,
    check_calendar_event,
)
from boundary_app.providers.html import from_html, to_html


@dataclass(frozen=True)
class Ews:
    """What this module is lent by ``ExchangeProvider``."""

    account: Any
    """The connected exchangelib ``Account``."""
    allow: Callable[[], None]
    """Give the next request what is left of the operation's time (``ExchangeProvider._allow``)."""
    now: datetime


PROPERTY_SET_ID = "8b4cd5a2-6d53-4d0e-9b1e-3a0c5f7e2b61"
PROPERTY_NAME = "BoundaryCalendar"
MARK_FIELD = "boundary_mark"
"""The name the mark is registered under on exchangelib's ``CalendarItem``."""

FREE_BUSY = {CalendarKind.AWAY: "OOF", CalendarKind.FOCUS: "Busy"}
KIND_OF = {value: kind for kind, value in FREE_BUSY.items()}
FIELDS = ("subject", "body", "start", "end", "legacy_free_busy_status")
UNREADABLE = Said("unreadable", service="Exchange")

_REGISTERED = False


def _register() -> None:
    """Teach exchangelib's CalendarItem Boundary's mark (once; exchangelib keeps it per class)."""
    global _REGISTERED
    if _REGISTERED:
        return
    from exchangelib import CalendarItem, ExtendedProperty

    class BoundaryMark(ExtendedProperty):  # type: ignore[misc]
        property_set_id = PROPERTY_SET_ID
        property_name = PROPERTY_NAME
        property_type = "String"

    CalendarItem.register(MARK_FIELD, BoundaryMark)
    _REGISTERED = True


def ours(ews: Ews) -> Any:
    """Boundary's item that has not ended by now (the earliest, should there be more)."""
    _register()
    ews.allow()
    calendar = ews.account.calendar
    ews.allow()
    # Exchange finds and sorts: the first of Boundary's items not ended, one item asked for,
    # however many focus days and away periods ended before (they stay as a record).
    query = calendar.filter(**{MARK_FIELD: CALENDAR_MARK, "end__gt": _ews_time(ews.now)})
    try:
        first = query.order_by("start").only(*FIELDS)[:1]
        items = [i for i in first if not isinstance(i, Exception)]
        if items and _moment(items[0].end) <= ews.now:
            raise ValueError("an item that ended, where Exchange was asked for one that has not")
    except (TypeError, ValueError, AttributeError) as error:
        raise Unreachable(UNREADABLE) from error
    return items[0] if items else None


def read(ews: Ews) -> CalendarEvent:
    item = ours(ews)
    if item is None:
        return CalendarEvent.off()
    try:
        return _from_item(item)
    except (TypeError, ValueError, AttributeError) as error:
        raise Unreachable(UNREADABLE) from error


def write(ews: Ews, event: CalendarEvent) -> None:
    """Make Boundary's item, or move and change the one there is."""
    if not event.enabled:
        clear(ews)
        return
    check_calendar_event(event)
    found = ours(ews)
    values = _to_item(event)
    ews.allow()
    if found is None:
        from exchangelib import CalendarItem

        item = CalendarItem(
            account=ews.account,
            folder=ews.account.calendar,
            reminder_is_set=False,
            is_all_day=False,
            **{MARK_FIELD: CALENDAR_MARK},
            **values,
        )
        item.save(send_meeting_invitations="SendToNone")
        return
    for name, value in values.items():
        setattr(found, name, value)
    found.save(update_fields=list(values), send_meeting_invitations="SendToNone")


def clear(ews: Ews) -> None:
    """Delete Boundary's item when it has not begun; else end it now."""
    found = ours(ews)
    if found is None:
        return
    ews.allow()
    if _moment(found.start) < ews.now:
        found.end = _ews_time(ews.now)
        found.save(update_fields=["end"], send_meeting_invitations="SendToNone")
    else:
        found.delete(send_meeting_cancellations="SendToNone")


def _ews_time(moment: datetime) -> Any:
    from exchangelib import UTC as EWS_UTC
    from exchangelib import EWSDateTime

    return EWSDateTime.from_datetime(moment.astimezone(UTC).replace(microsecond=0)).astimezone(
        EWS_UTC
    )


def _moment(value: Any) -> datetime:
    if not isinstance(value, datetime):
        raise TypeError(f"not a moment: {value!r}")
    return datetime.fromtimestamp(value.timestamp(), UTC)


def _to_item(event: CalendarEvent) -> dict[str, Any]:
    from exchangelib import HTMLBody

    assert event.start is not None and event.end is not None  # check_calendar_event
    return {
        "subject": event.subject,
        "body": HTMLBody(to_html(event.message)),
        "start": _ews_time(event.start),
        "end": _ews_time(event.end),
        "legacy_free_busy_status": FREE_BUSY[event.kind],
    }


def _from_item(item: Any) -> CalendarEvent:
    from exchangelib import HTMLBody

    body = item.body
    text = from_html(str(body)) if isinstance(body, HTMLBody) else str(body or "")
    # Shown as free, tentative or working elsewhere: changed in Outlook, not as Boundary set it.
    kind = KIND_OF.get(str(item.legacy_free_busy_status or ""), CalendarKind.OTHER)
    return CalendarEvent(
        True,
        kind,
        _moment(item.start),
        _moment(item.end),
        str(item.subject or ""),
        text,
    )
