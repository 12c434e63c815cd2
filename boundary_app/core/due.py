"""What is due next: the moment the tray app's one timer waits for, and why.

Pure functions of values: the current time, when the last reconcile pass finished, the
reconciler's next retry, the away period and focus day of the status, the mail-check
keeper's next moment. Nothing here reads a clock or the journal, so tests move time by
passing another ``now``. The Qt side (``ui/controller.py``) arms a single-shot timer for
``next_wake`` and, when it fires, starts a pass if ``next_pass``'s moment has come.

- A pass is due 15 minutes (``RESYNC``) after the last one finished, to notice a reply
  changed in webmail; counted from the last pass, not from now, since the timer re-arms at
  every wake and a re-sync counted from each re-arming would never come. A clock set back
  counts it from now. Only with an account on a mail server (``reads_servers``): the
  built-in ``local`` account keeps its reply on this computer, where no webmail changes it,
  so a profile with only that one has no pass due until something else is.
- Sooner when a pending account wants another try, or at the start or end of the away period
  (in force or booked); with no away period, at the start or end of the focus day (in
  progress or next): accounts without a server-side schedule get the reply then, the next
  week's goes out at the end, and the tray's state changes at both.
- The timer wakes for that pass, for the next mail-check event (a reminder, a window's start,
  time's up, a snooze's end, a nudge, the look back), and otherwise sleeps: at most ``TICK``
  (10 minutes), the coarse look at the clock that notices a sleep and resume or a clock
  change the timer itself cannot see (its clock is the monotonic one, which stands still
  while the computer sleeps). An idle person with nothing due costs six wakes an hour.
  On Linux the tray's timer is a wall-clock alarm that sees those itself: it waits for
  ``next_event``, the same without ``TICK``, and with nothing due does not wake at all.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from boundary_app.core.journal import ReplyPeriod
from boundary_app.core.schedule import FocusDay

RESYNC = timedelta(minutes=15)
"""Read every account's reply this often anyway, to notice changes made in webmail."""
TICK = timedelta(minutes=10)
"""The longest the timer sleeps: notices sleep, resume and clock changes within 10 minutes."""


class Reason(StrEnum):
    """Why something is due at a moment."""

    RESYNC = "resync"
    """Read the accounts again: ``RESYNC`` since the last pass."""
    RETRY = "retry"
    """A pending account's next try."""
    AWAY_START = "away-start"
    AWAY_END = "away-end"
    FOCUS_START = "focus-start"
    FOCUS_END = "focus-end"
    CHECK = "check"
    """A mail-check event (see ``CheckKeeper.next_moment``)."""
    TICK = "tick"
    """Nothing else within ``TICK``: look at the clock anyway."""


PASS_REASONS = frozenset(Reason) - {Reason.CHECK, Reason.TICK}
"""The reasons that call for a reconcile pass."""

LOCAL_KINDS = frozenset({"local"})
"""Account kinds whose reply nothing but Boundary changes: no re-sync for them."""


def reads_servers(kinds: Iterable[str]) -> bool:
    """Whether accounts of ``kinds`` are worth reading again (``RESYNC``)."""
    return any(kind not in LOCAL_KINDS for kind in kinds)


@dataclass(frozen=True)
class Due:
    """The earliest moment something is due, and every reason due at that moment."""

    moment: datetime
    reasons: frozenset[Reason]

    @property
    def needs_pass(self) -> bool:
        """Whether a reconcile pass is due at ``moment``."""
        return bool(self.reasons & PASS_REASONS)


def earliest(candidates: Iterable[tuple[datetime | None, Reason]]) -> Due:
    """The earliest of (moment, reason) pairs (moments that are None left out); ties are
    kept together. There must be at least one moment."""
    pairs = [(moment, reason) for moment, reason in candidates if moment is not None]
    moment = min(m for m, _ in pairs)
    return Due(moment, frozenset(reason for m, reason in pairs if m == moment))


def next_pass(
    now: datetime,
    last_pass: datetime,
    *,
    retry: datetime | None = None,
    away: ReplyPeriod | None = None,
    focus: FocusDay | None = None,
    resync: bool = True,
) -> Due | None:
    """When the next reconcile pass is due, and why; None when none is.

    ``last_pass``: when the last pass finished; ``retry``: the earliest moment a pending
    account wants another try; ``away``: the away period in force or booked; ``focus``: the
    focus day in progress or next (it counts only without an away period: that one wins);
    ``resync``: whether the accounts are read again ``RESYNC`` after the last pass.
    """
    candidates: list[tuple[datetime | None, Reason]] = [
        (min(last_pass, now) + RESYNC if resync else None, Reason.RESYNC),
        (retry, Reason.RETRY),
    ]
    if away is not None:
        edges = [(away.start, Reason.AWAY_START), (away.until, Reason.AWAY_END)]
    elif focus is not None:
        edges = [(focus.start, Reason.FOCUS_START), (focus.end, Reason.FOCUS_END)]
    else:
        edges = []
    # Only edges still ahead: a start that passed is the state now, not something due.
    candidates += [(m, reason) for m, reason in edges if m is not None and m > now]
    if all(moment is None for moment, _ in candidates):
        return None
    return earliest(candidates)


def next_wake(now: datetime, due_pass: Due | None, check: datetime | None = None) -> Due:
    """When the timer should fire: the pass ``due_pass``, the next mail-check event
    ``check``, or ``TICK`` from now, whichever comes first."""
    due = next_event(due_pass, check)
    tick = now + TICK
    if due is None or tick < due.moment:
        return Due(tick, frozenset({Reason.TICK}))
    return due if due.moment < tick else Due(tick, due.reasons | {Reason.TICK})


def next_event(due_pass: Due | None, check: datetime | None = None) -> Due | None:
    """The pass ``due_pass`` or the next mail-check event ``check``, whichever comes first;
    None when neither is: what a timer that sees sleep and clock changes waits for (no
    ``TICK``)."""
    candidates: list[tuple[datetime | None, Reason]] = []
    if due_pass is not None:
        candidates += [(due_pass.moment, reason) for reason in due_pass.reasons]
    candidates.append((check, Reason.CHECK))
    if all(moment is None for moment, _ in candidates):
        return None
    return earliest(candidates)


def next_due(
    now: datetime,
    last_pass: datetime,
    *,
    retry: datetime | None = None,
    away: ReplyPeriod | None = None,
    focus: FocusDay | None = None,
    check: datetime | None = None,
    resync: bool = True,
) -> Due:
    """The next thing due at all: ``next_wake`` of ``next_pass``."""
    due_pass = next_pass(now, last_pass, retry=retry, away=away, focus=focus, resync=resync)
    return next_wake(now, due_pass, check)


__all__ = [
    "LOCAL_KINDS",
    "PASS_REASONS",
    "RESYNC",
    "TICK",
    "Due",
    "Reason",
    "earliest",
    "next_due",
    "next_event",
    "next_pass",
    "next_wake",
    "reads_servers",
]
