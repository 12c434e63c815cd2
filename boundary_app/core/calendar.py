"""The calendar channel: an event in the account's calendar while away and on focus days.

Reconciled like the reply (core/reconciler.py, ``reconciler.CHANNELS``): read back, compared,
pushed, retried, drift reported, first contact respected; its state is kept per account under
the channel's name, ``calendar``.

- An away period gives an out-of-office event from its start to its end (Microsoft 365 and
  Exchange show it as out of office, Google Calendar makes it an ``outOfOffice`` event that
  declines new invitations). Changing the period moves the event; ending it early (I'm back)
  ends the event now: one that has begun keeps the part that passed, one still to come is
  removed.
- A focus day (a period with ``id`` None, see core/focus.py) gives a focus event for the day
  (busy; Google: ``focusTime``, chat status Do Not Disturb), made as soon as it is the next
  focus day, so people booking see it.
- An open-ended away period ("until I'm back") gets no event: a calendar event needs an end,
  and one made up (a day, a week) would tell colleagues a return that was never said.
- The event's text is the reply for colleagues (they are the ones who book), the reply for
  everyone else when that is blank; its subject is the reply's subject.
"""

from __future__ import annotations

from datetime import datetime

from boundary_app.core.channels import Channel
from boundary_app.core.journal import ReplyPeriod
from boundary_app.providers.base import CalendarEvent, CalendarKind, Capability, Said

#: The subject when the reply has none (the event is seen by colleagues in their calendars).
DEFAULT_SUBJECTS = {CalendarKind.AWAY: "Out of office", CalendarKind.FOCUS: "Focus day"}


def desired_calendar(
    away: ReplyPeriod | None,
    account: str,
    capabilities: frozenset[Capability],
    now: datetime,
) -> CalendarEvent:
    """The event the account's calendar should hold for ``away`` (an away period as
    ``cover.effective`` gives it, or a focus day's reply) at ``now``."""
    if away is None or not away.covers(account) or away.ended is not None:
        return CalendarEvent.off()
    if Capability.CALENDAR_EVENT not in capabilities or away.until is None:
        return CalendarEvent.off()
    if away.until <= now or away.until <= away.start:
        return CalendarEvent.off()
    kind = CalendarKind.FOCUS if away.id is None else CalendarKind.AWAY
    message = away.internal if away.internal.strip() else away.external
    return CalendarEvent(
        enabled=True,
        kind=kind,
        start=away.start,
        end=away.until,
        subject=away.subject.strip() or DEFAULT_SUBJECTS[kind],
        message=message,
    )


CALENDAR_DRIFT = Said("calendar-drift")

CALENDAR = Channel(
    "calendar",
    Capability.CALENDAR_EVENT,
    CalendarEvent,
    desired_calendar,
    lambda provider: provider.read_calendar(),
    lambda provider, event: provider.write_calendar(event),
    lambda provider: provider.clear_calendar(),
    CALENDAR_DRIFT,
)
