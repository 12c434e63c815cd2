"""The record, week by week: what ``boundary stats`` prints and the Statistics window draws.

Weeks are ISO weeks (Monday to Sunday) on the wall clock of the profile's time zone. A
record belongs to the week in which it started. Rules for the figures:

- kept, overrun, skipped, missed: scheduled windows with that outcome; ``overrun_minutes``
  is the time past the end of those overrun, in whole minutes (rounded).
- snoozed: checks put off at least once (whatever their outcome).
- unscheduled: checks opened outside the plan ("Check mail now") and closed.
- forwarded: messages forwarded to a backup.
- away_days: local dates on which the person was away at midday (12:00). Going away at
  17:00 on Friday "until Monday 9:00" gives Saturday and Sunday, not four days; an away
  period ended early (``I'm back``) stops counting then. Only up to now.
- focus_days: focus days (the plan's focus weekdays) that have begun, from the day the plan
  started, that were not away days (a manual away period wins over a focus day).
- interruptions: unplanned calls, chats and visits logged (``boundary interruption``), in the
  week they happened; ``by_client`` counts them per client (names as logged, the same
  client however it was capitalised), most first.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields, replace
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from boundary_app.core.journal import CheckRecord, Interruption, Journal, ReplyPeriod
from boundary_app.core.schedule import CheckPlan, focus_days_between
from boundary_app.core.timeutil import localize

FIGURES = (
    "kept",
    "overrun",
    "overrun_minutes",
    "skipped",
    "missed",
    "snoozed",
    "unscheduled",
    "forwarded",
    "away_days",
    "focus_days",
    "interruptions",
)
"""The figures of a week, in the order they are shown."""

MIDDAY = time(12, 0)
WEEK = timedelta(days=7)


@dataclass(frozen=True)
class Counts:
    kept: int = 0
    overrun: int = 0
    overrun_minutes: int = 0
    skipped: int = 0
    missed: int = 0
    snoozed: int = 0
    unscheduled: int = 0
    forwarded: int = 0
    away_days: int = 0
    focus_days: int = 0
    interruptions: int = 0

    @property
    def windows(self) -> int:
        """Scheduled windows on record: kept, overrun, skipped or missed."""
        return self.kept + self.overrun + self.skipped + self.missed

    def figures(self) -> dict[str, int]:
        return {f.name: int(getattr(self, f.name)) for f in fields(Counts)}


@dataclass(frozen=True)
class WeekStats(Counts):
    start: date = date.min
    """The Monday the week starts on (local)."""
    by_client: tuple[tuple[str, int], ...] = ()
    """Interruptions per client, most first (then by name)."""

    @property
    def week(self) -> str:
        """The ISO week, like 2026-W48."""
        year, number, _ = self.start.isocalendar()
        return f"{year}-W{number:02d}"

    @property
    def end(self) -> date:
        """The Sunday the week ends on."""
        return self.start + timedelta(days=6)

    def to_json(self) -> dict[str, object]:
        return {
            "week": self.week,
            "start": self.start.isoformat(),
            **self.figures(),
            "interruptions_by_client": dict(self.by_client),
        }


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def week_stats(
    journal: Journal, plan: CheckPlan, tz: ZoneInfo, now: datetime, weeks: int
) -> list[WeekStats]:
    """The last ``weeks`` weeks up to and including the current one, oldest first."""
    if weeks < 1:
        return []
    this_monday = monday_of(now.astimezone(tz).date())
    mondays = [this_monday - WEEK * k for k in range(weeks - 1, -1, -1)]
    first = localize(mondays[0], time(0), tz)
    last = localize(this_monday + WEEK, time(0), tz)

    def week_of(moment: datetime) -> date:
        return monday_of(moment.astimezone(tz).date())

    checks: dict[date, list[CheckRecord]] = {m: [] for m in mondays}
    for record in journal.checks(first, last):
        checks.setdefault(week_of(record.start), []).append(record)
    forwarded: dict[date, int] = dict.fromkeys(mondays, 0)
    for forward in journal.forwards(first, last):
        monday = week_of(forward.at)
        forwarded[monday] = forwarded.get(monday, 0) + 1
    interrupted: dict[date, list[Interruption]] = {m: [] for m in mondays}
    for interruption in journal.interruptions(first, last):
        interrupted.setdefault(week_of(interruption.at), []).append(interruption)
    away = away_dates(journal.away_periods(), tz, first, min(last, now))
    focus = {
        f.day
        for f in focus_days_between(plan, tz, first, last)
        if f.start <= now and (plan.started is None or f.day >= plan.started)
    } - away
    return [
        replace(
            _week(monday, checks[monday], forwarded[monday], away, focus),
            interruptions=len(interrupted[monday]),
            by_client=by_client(interrupted[monday]),
        )
        for monday in mondays
    ]


def by_client(interruptions: Iterable[Interruption]) -> tuple[tuple[str, int], ...]:
    """(client, count) pairs, most first; a client's name counts however it is capitalised
    (shown as first logged)."""
    counts: dict[str, int] = {}
    names: dict[str, str] = {}
    for item in interruptions:
        key = item.client.strip().casefold()
        names.setdefault(key, item.client.strip())
        counts[key] = counts.get(key, 0) + 1
    return tuple(
        (names[key], n) for key, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    )


def clients_total(weeks: Sequence[WeekStats]) -> tuple[tuple[str, int], ...]:
    """Interruptions per client over ``weeks``, most first."""
    counts: dict[str, int] = {}
    names: dict[str, str] = {}
    for week in weeks:
        for name, n in week.by_client:
            names.setdefault(name.casefold(), name)
            counts[name.casefold()] = counts.get(name.casefold(), 0) + n
    return tuple(
        (names[key], n) for key, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    )


def _week(
    monday: date,
    records: Sequence[CheckRecord],
    forwarded: int,
    away: set[date],
    focus: set[date],
) -> WeekStats:
    scheduled = [r for r in records if r.scheduled]
    overruns = [r for r in scheduled if r.outcome == "overrun"]

    def count(outcome: str) -> int:
        return sum(1 for r in scheduled if r.outcome == outcome)

    days = {monday + timedelta(days=k) for k in range(7)}
    return WeekStats(
        start=monday,
        kept=count("kept"),
        overrun=len(overruns),
        overrun_minutes=round(sum(r.overrun for r in overruns) / 60),
        skipped=count("skipped"),
        missed=count("missed"),
        snoozed=sum(1 for r in records if r.snoozes > 0),
        unscheduled=sum(1 for r in records if not r.scheduled and r.closed is not None),
        forwarded=forwarded,
        away_days=len(days & away),
        focus_days=len(days & focus),
    )


def away_dates(
    periods: Iterable[ReplyPeriod], tz: ZoneInfo, start: datetime, end: datetime
) -> set[date]:
    """Local dates whose midday, between ``start`` and ``end``, fell in an away period."""
    found: set[date] = set()
    for period in periods:
        period_end = min(end, period.back or end)
        begin = max(period.start, start)
        if period_end <= begin:
            continue
        day = begin.astimezone(tz).date()
        while (noon := localize(day, MIDDAY, tz)) < period_end:
            if noon >= begin:
                found.add(day)
            day += timedelta(days=1)
    return found


def totals(weeks: Sequence[WeekStats]) -> Counts:
    """The figures of ``weeks`` added up."""
    summed = {name: sum(getattr(w, name) for w in weeks) for name in FIGURES}
    return Counts(**summed)


__all__ = [
    "FIGURES",
    "Counts",
    "WeekStats",
    "away_dates",
    "by_client",
    "clients_total",
    "monday_of",
    "totals",
    "week_stats",
]
