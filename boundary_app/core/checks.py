"""The mail-check habit as decisions: what is due at a moment, and what goes on record.

Pure Python over the journal and the plan; the Qt side asks ``sync()`` whenever its one
timer fires (and after a sleep or a clock change) and shows what comes back. Everything is
derived from the wall clock and the journal, so nothing fires twice and nothing is lost:

- a window whose start passed while the app ran opens (with the time that is left);
- a window that passed entirely while the app was not looking (asleep, not running) is
  recorded as missed, never opened late;
- a reminder is shown only while its window is still ahead;
- time's up is said once (every minute in strict mode) while a check stays open.

Windows during an away period or on a focus day are not part of the habit: they are not
opened and not counted as missed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from boundary_app.core.clock import Clock
from boundary_app.core.journal import Journal
from boundary_app.core.schedule import CheckPlan, Window, next_window, windows_between

if TYPE_CHECKING:
    from boundary_app.core.journal_records import CheckRecord

SEEN = "checks_seen_until"
EVALUATED = "evaluation_offered"
NUDGE_EVERY = timedelta(minutes=1)
LATE = timedelta(minutes=2)
"""Time's up noticed later than this means the app was not looking (asleep, not running)."""
_SECOND = timedelta(seconds=1)
SKIPS_AHEAD = timedelta(days=14)
"""How far ahead "Undo skip" looks for a skipped window."""


def _check_record() -> type[CheckRecord]:
    """The record type, imported when a check is first recorded: ``boundary status`` reads
    the plan and the journal's open checks but records none (``journal_records``)."""
    from boundary_app.core.journal_records import CheckRecord

    return CheckRecord


@dataclass(frozen=True)
class Due:
    """Something to show now.

    ``kind``: "remind" (``window`` is ahead), "open" (``record`` is open: show the pop-up),
    "times-up" (``record`` ran out of time), "evaluate" (the look back is due).
    """

    kind: str
    record: CheckRecord | None = None
    window: Window | None = None


class CheckKeeper:
    def __init__(
        self,
        journal: Journal,
        plan: Callable[[], tuple[CheckPlan, ZoneInfo]],
        clock: Clock,
        away_at: Callable[[datetime], bool] = lambda moment: False,
    ) -> None:
        self.journal = journal
        self.plan = plan
        self.clock = clock
        self.away_at = away_at

    # --- what is due ----------------------------------------------------------------------

    def sync(self) -> list[Due]:
        """Bring the record up to now and say what to show. Safe to call at any time."""
        now = self.clock()
        plan, tz = self.plan()
        seen = self._seen(now)
        due: list[Due] = []
        for record in self.journal.open_checks():
            due += self._follow(record, plan, seen, now)
        if plan.enabled:
            for window in windows_between(plan, tz, seen, now + _SECOND):
                if window.start > now or self._record(window) or self.away_at(window.start):
                    continue
                if now < window.end:
                    record = self._open(window.start, window.end, scheduled=True, now=now)
                    due.append(Due("open", record=record))
                else:
                    self.journal.save_check(
                        _check_record()(window.start, window.end, scheduled=True, outcome="missed")
                    )
            ahead = self.upcoming(now)
            lead = timedelta(minutes=plan.lead_minutes)
            if ahead is not None and plan.lead_minutes and seen < ahead.start - lead <= now:
                due.append(Due("remind", window=ahead))
        if self._evaluation_due(plan, tz, now):
            self.journal.set_meta(EVALUATED, now.isoformat())
            due.append(Due("evaluate"))
        self.journal.set_meta(SEEN, now.astimezone(UTC).isoformat())
        return due

    def next_moment(self) -> datetime | None:
        """When ``sync`` next has something to do (the timer is armed for it)."""
        now = self.clock()
        plan, tz = self.plan()
        moments: list[datetime] = []
        for record in self.journal.open_checks():
            if record.outcome == "snoozed" and record.resume is not None:
                moments.append(record.resume)
            elif record.nudged is None:
                moments.append(record.due)
            elif plan.strict:
                moments.append(record.nudged + NUDGE_EVERY)
        ahead = self.upcoming(now) if plan.enabled else None
        if ahead is not None:
            reminder = ahead.start - timedelta(minutes=plan.lead_minutes)
            moments += [m for m in (reminder, ahead.start) if m > now]
        evaluation = self._evaluation_at(plan, tz)
        if evaluation is not None:
            moments.append(max(evaluation, now))
        return min(moments, default=None)

    def current(self) -> CheckRecord | None:
        """The check open now, if any."""
        return next((r for r in self.journal.open_checks() if r.outcome == "open"), None)

    def under_way(self, now: datetime | None = None) -> CheckRecord | None:
        """The check open or snoozed at ``now`` as ``sync`` would leave it; writes nothing.

        For ``boundary status``, which only looks: a check that lapsed while the app was not
        looking is not under way, though the journal has it open until the app looks.
        """
        now = self.clock() if now is None else now
        return next((r for r in self.journal.open_checks() if not _lapsed(r, now)), None)

    def upcoming(self, now: datetime | None = None) -> Window | None:
        """The next scheduled window that has not started and is not skipped or away."""
        now = self.clock() if now is None else now
        plan, tz = self.plan()
        after = now
        for _ in range(64):  # skipped or away windows in a row; a bound, never reached
            window = next_window(plan, tz, after)
            if window is None:
                return None
            if window.start > now and not self._record(window) and not self.away_at(window.start):
                return window
            after = window.end
        return None

    # --- what the person does -------------------------------------------------------------

    def close(self, reason: str = "") -> CheckRecord | None:
        """Done: kept when closed in time, overrun (by how long) when not."""
        record = self.current()
        if record is None:
            return None
        now = self.clock()
        outcome = "kept" if now <= record.due else "overrun"
        closed = replace(record, outcome=outcome, closed=now, reason=reason)
        self.journal.save_check(closed)
        return closed

    def can_snooze(self) -> bool:
        record = self.current()
        plan, _ = self.plan()
        return record is not None and record.nudged is None and record.snoozes < plan.snoozes

    def snooze(self) -> CheckRecord | None:
        """Put the open check off by the plan's snooze time; it reopens with full time."""
        record = self.current()
        if record is None or not self.can_snooze():
            return None
        plan, _ = self.plan()
        resume = self.clock() + timedelta(minutes=plan.snooze_minutes)
        snoozed = replace(
            record,
            outcome="snoozed",
            snoozes=record.snoozes + 1,
            resume=resume,
            due=resume + timedelta(minutes=plan.minutes),
        )
        self.journal.save_check(snoozed)
        return snoozed

    def check_now(self) -> CheckRecord:
        """Open a check now: the scheduled window if one is under way, else an unscheduled one."""
        if (record := self.current()) is not None:
            return record
        now = self.clock()
        plan, tz = self.plan()
        window = next_window(plan, tz, now) if plan.enabled else None
        if window is not None and window.start <= now and self._record(window) is None:
            return self._open(window.start, window.end, scheduled=True, now=now)
        return self._open(now, now + timedelta(minutes=plan.minutes), scheduled=False, now=now)

    def in_window(self) -> bool:
        """Whether a scheduled window is under way now (Check now opens it without asking)."""
        now = self.clock()
        plan, tz = self.plan()
        window = next_window(plan, tz, now) if plan.enabled else None
        return window is not None and window.start <= now

    def skip_next(self) -> Window | None:
        window = self.upcoming()
        if window is not None:
            self.journal.save_check(
                _check_record()(window.start, window.end, scheduled=True, outcome="skipped")
            )
        return window

    def skip(self, window: Window) -> bool:
        """Skip ``window`` (from its reminder); False when it has opened or is on record."""
        if window.start <= self.clock() or self._record(window) is not None:
            return False
        self.journal.save_check(
            _check_record()(window.start, window.end, scheduled=True, outcome="skipped")
        )
        return True

    def skipped_ahead(self) -> Window | None:
        """The first window ahead that was skipped ("Skip next check", "Pause checks for
        today"): what "Undo skip" gives back."""
        now = self.clock()
        for record in self.journal.checks(now + _SECOND, now + SKIPS_AHEAD):
            if record.scheduled and record.outcome == "skipped":
                return Window(record.start, record.due)
        return None

    def unskip(self, window: Window) -> bool:
        """Undo the skip of ``window`` while it is still ahead; it is upcoming again."""
        found = self._record(window)
        if window.start <= self.clock() or found is None or found.outcome != "skipped":
            return False
        self.journal.forget_check(window.start)
        return True

    def start_early(self, window: Window) -> CheckRecord | None:
        """Open ``window`` now, before its start ("Start now" on its reminder), with its full
        length from now; it counts as that window. None if it is on record already."""
        now = self.clock()
        if window.start <= now or self._record(window) is not None:
            return None
        plan, _ = self.plan()
        record = _check_record()(
            window.start,
            now + timedelta(minutes=plan.minutes),
            scheduled=True,
            outcome="open",
            opened=now,
        )
        self.journal.save_check(record)
        return record

    def can_snooze_ahead(self) -> bool:
        """Whether the plan allows a snooze at all (a window not yet open may be put off)."""
        plan, _ = self.plan()
        return plan.snoozes > 0

    def snooze_ahead(self, window: Window) -> CheckRecord | None:
        """Put ``window`` off by the plan's snooze time before it opens ("Snooze" on its
        reminder): it opens then, with its full length, and counts as a snooze."""
        plan, _ = self.plan()
        if not self.can_snooze_ahead() or window.start <= self.clock() or self._record(window):
            return None
        resume = window.start + timedelta(minutes=plan.snooze_minutes)
        record = _check_record()(
            window.start,
            resume + timedelta(minutes=plan.minutes),
            scheduled=True,
            outcome="snoozed",
            snoozes=1,
            resume=resume,
        )
        self.journal.save_check(record)
        return record

    def pause_today(self) -> list[Window]:
        """Skip the windows left today (the one under way, if open, stays as it is)."""
        now = self.clock()
        plan, tz = self.plan()
        local = now.astimezone(tz)
        tomorrow = datetime.combine(local.date() + timedelta(days=1), time(0), tz)
        skipped = [w for w in windows_between(plan, tz, now, tomorrow) if self._record(w) is None]
        for window in skipped:
            self.journal.save_check(
                _check_record()(window.start, window.end, scheduled=True, outcome="skipped")
            )
        return skipped

    def evaluation_date(self) -> date | None:
        plan, tz = self.plan()
        moment = self._evaluation_at(plan, tz)
        return None if moment is None else moment.astimezone(tz).date()

    # --- internals ------------------------------------------------------------------------

    def _seen(self, now: datetime) -> datetime:
        """Up to when the record is complete; the first run starts it now."""
        text = self.journal.meta(SEEN)
        seen = datetime.fromisoformat(text) if text else now
        return min(seen, now)  # a clock set back: look again from now

    def _record(self, window: Window) -> CheckRecord | None:
        found = self.journal.checks(window.start, window.start + _SECOND)
        return next((r for r in found if r.scheduled), None)

    def _open(
        self, start: datetime, due: datetime, *, scheduled: bool, now: datetime
    ) -> CheckRecord:
        record = _check_record()(start, due, scheduled=scheduled, outcome="open", opened=now)
        self.journal.save_check(record)
        return record

    def _follow(
        self, record: CheckRecord, plan: CheckPlan, seen: datetime, now: datetime
    ) -> list[Due]:
        """Move an open or snoozed check on to ``now``."""
        if record.outcome == "snoozed":
            if record.resume is None or now < record.resume:
                return []
            if _lapsed(record, now):  # slept through the snoozed window
                self.journal.save_check(replace(record, outcome="missed", resume=None))
                return []
            reopened = replace(record, outcome="open", resume=None, opened=now)
            self.journal.save_check(reopened)
            return [Due("open", record=reopened)]
        if _lapsed(record, now):
            # The app was not looking when time ran out (asleep, or not running): close the
            # check when it was last seen open, rather than count the sleep as an overrun.
            closed_at = max(min(seen, now), record.opened or seen)
            outcome = "kept" if closed_at <= record.due else "overrun"
            self.journal.save_check(replace(record, outcome=outcome, closed=closed_at))
            return []
        if now >= record.due and (
            record.nudged is None or (plan.strict and now >= record.nudged + NUDGE_EVERY)
        ):
            nudged = replace(record, nudged=now)
            self.journal.save_check(nudged)
            return [Due("times-up", record=nudged)]
        return []

    def _evaluation_at(self, plan: CheckPlan, tz: ZoneInfo) -> datetime | None:
        """``look_back_weeks`` after the plan started, then as long after the last evaluation
        offered or held (``EVALUATED``): every two months with the default eight weeks."""
        if plan.started is None or plan.look_back_weeks <= 0:
            return None
        last = self.journal.meta(EVALUATED)
        base = plan.started if last is None else datetime.fromisoformat(last).astimezone(tz).date()
        day = base + timedelta(weeks=plan.look_back_weeks)
        return datetime.combine(day, plan.times[0] if plan.times else time(9), tz)

    def _evaluation_due(self, plan: CheckPlan, tz: ZoneInfo, now: datetime) -> bool:
        moment = self._evaluation_at(plan, tz)
        return moment is not None and moment <= now

    def evaluation_held(self, now: datetime) -> None:
        """The evaluation was held now (its notes saved): the next is offered a period later."""
        self.journal.set_meta(EVALUATED, now.isoformat())


def _lapsed(record: CheckRecord, now: datetime) -> bool:
    """Over without anyone seeing it end: a snoozed check whose window has passed, or an open
    one whose time ran out while the app was not looking."""
    if record.outcome == "snoozed":
        return now >= record.due
    return record.nudged is None and now - record.due > LATE
