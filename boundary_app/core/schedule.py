"""The mail-check plan and the schedule engine: windows and focus days for a time zone.

Everything here is a pure function of (plan, time zone, interval); nothing reads the clock.

Wall-clock rules, decided once for every caller:

- A window whose wall time falls in a DST gap (02:30 on a spring-forward night) starts at
  the first valid instant after the gap (03:00). A wall time that occurs twice (02:30 on a
  fall-back night) is the first occurrence.
- A window lasts ``minutes`` of real time, so on a change night its wall-clock end may look
  shorter or longer than usual.
- Windows never overlap and never share a start: if a DST shift pushes a window's start into
  the previous window, it starts when that one ends. So a window is never produced twice,
  and never lost.
- No windows on a focus day (the point of a focus day is not to read mail), on a date in
  ``skip_dates``, on a weekday outside ``weekdays``, or when the plan is not enabled.
- Focus days run from the first valid instant of the local day to the first valid instant of
  the next one. ``enabled`` and ``skip_dates`` are about mail checks and do not touch them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone
from itertools import pairwise
from typing import Any
from zoneinfo import ZoneInfo

from boundary_app.core.timeutil import localize

__all__ = [
    "WEEKDAY_NAMES",
    "CheckPlan",
    "FocusDay",
    "PlanError",
    "Window",
    "focus_days_between",
    "focus_return",
    "format_weekdays",
    "next_focus_day",
    "next_window",
    "parse_clock",
    "parse_weekdays",
    "plan_fault",
    "plan_problem",
    "wall_clock",
    "windows_between",
]

WEEKDAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_FULL_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_DAY_INDEX = {n: i for names in (WEEKDAY_NAMES, _FULL_NAMES) for i, n in enumerate(names)}
_CLOCK_RE = re.compile(r"^([01]?\d|2[0-3])[:.]([0-5]\d)$")

LIMITS = {
    "minutes": (1, 240),
    "lead_minutes": (0, 120),
    "snooze_minutes": (1, 120),
    "snoozes": (0, 10),
    "look_back_weeks": (1, 104),
}
"""Allowed range (inclusive) of each number in the plan."""


class PlanError(ValueError):
    """A value a person typed for the plan that cannot be used; ``str()`` says why.

    ``code`` names the rule ("not-a-time", "not-a-day", "not-a-day-range"; "" for others)
    and ``values`` what a front end needs to word it its own way (``text``: what was typed).
    """

    def __init__(self, message: str, code: str = "", **values: Any) -> None:
        super().__init__(message)
        self.code = code
        self.values = values


@dataclass(frozen=True)
class CheckPlan:
    """When mail is checked, and which days are focus days. Weekdays: Monday is 0."""

    times: tuple[time, ...] = (time(10, 0), time(16, 0))
    """Start of each window, wall clock in the profile's zone; kept sorted and unique."""
    minutes: int = 15
    weekdays: frozenset[int] = frozenset(range(5))
    skip_dates: frozenset[date] = frozenset()
    """Days without mail-check windows (a day off, a workshop)."""
    lead_minutes: int = 5
    """How long before a window the reminder comes."""
    snooze_minutes: int = 10
    snoozes: int = 1
    """How many snoozes each window allows."""
    strict: bool = False
    focus_weekdays: frozenset[int] = frozenset()
    look_back_weeks: int = 8
    """When the "look back at your record" reminder comes, counted from ``started``."""
    started: date | None = None
    """The day the plan started (set when a profile is first saved with it)."""
    enabled: bool = True
    """Whether mail-check windows happen at all; focus days do not depend on it."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "times", tuple(sorted(set(self.times))))
        object.__setattr__(self, "weekdays", frozenset(self.weekdays))
        object.__setattr__(self, "skip_dates", frozenset(self.skip_dates))
        object.__setattr__(self, "focus_weekdays", frozenset(self.focus_weekdays))

    @property
    def duration(self) -> timedelta:
        return timedelta(minutes=self.minutes)

    def checks_on(self, day: date) -> bool:
        """Whether ``day`` (a local date) has mail-check windows."""
        return (
            self.enabled
            and bool(self.times)
            and day.weekday() in self.weekdays
            and day.weekday() not in self.focus_weekdays
            and day not in self.skip_dates
        )


@dataclass(frozen=True)
class Window:
    """One mail-check window: aware datetimes showing the plan zone's wall clock.

    Their ``tzinfo`` is the fixed UTC offset in force at that instant (named like the zone's
    abbreviation, "CET"), not the ``ZoneInfo`` itself: Python compares and subtracts two
    datetimes of one ``ZoneInfo`` by wall clock, which is wrong across a DST change (and
    ``==`` with another zone is always False inside a fold). With fixed offsets, ``<``, ``==``
    and ``-`` are exact; ``.astimezone(tz)`` gives the zone back.
    """

    start: datetime
    end: datetime

    @property
    def key(self) -> str:
        """The start in UTC, ISO 8601: names this window in the journal."""
        return self.start.astimezone(UTC).isoformat(timespec="seconds")


@dataclass(frozen=True)
class FocusDay:
    """One focus day: ``start`` and ``end`` are the first instants of the day and the next.

    Times carry fixed UTC offsets, as in ``Window``.
    """

    day: date
    start: datetime
    end: datetime

    def active_at(self, moment: datetime) -> bool:
        return self.start <= moment < self.end


# --- reading what people type ---------------------------------------------------------------


def parse_clock(text: str) -> time:
    """'10:00', '9:30' or '16.15' → a time; raises PlanError.

    The one rule for a time of day a person types or writes in the profile: the plan's
    times and ``preferences.workday_start`` both read through it.
    """
    match = _CLOCK_RE.match(text.strip())
    if not match:
        raise PlanError(
            f"'{text.strip()}' is not a time of day; use a time like 10:00",
            "not-a-time",
            text=text.strip(),
        )
    return time(int(match.group(1)), int(match.group(2)))


def parse_weekdays(text: str) -> frozenset[int]:
    """'mon-fri', 'mon,wed,fri', 'wednesday', 'fri-mon', 'all' or 'none'; raises PlanError."""
    spec = text.strip().lower()
    if spec in ("none", ""):
        return frozenset()
    if spec in ("all", "daily", "every day"):
        return frozenset(range(7))
    days: set[int] = set()
    for part in spec.replace(" ", "").split(","):
        ends = part.split("-")
        if len(ends) > 2 or not all(ends):
            raise PlanError(
                f"'{part}' is not a day or a range of days; use e.g. mon-fri",
                "not-a-day-range",
                text=part,
            )
        first, last = (_weekday(e) for e in (ends[0], ends[-1]))
        days.update((first + k) % 7 for k in range((last - first) % 7 + 1))
    return frozenset(days)


def _weekday(name: str) -> int:
    try:
        return _DAY_INDEX[name]
    except KeyError:
        raise PlanError(
            f"'{name}' is not a day of the week; use mon, tue, wed, thu, fri, sat or sun",
            "not-a-day",
            text=name,
        ) from None


def format_weekdays(days: frozenset[int]) -> str:
    """The shortest way to type ``days`` back: 'mon-fri', 'mon,wed', 'none'."""
    if not days:
        return "none"
    if len(days) == 7:
        return "mon-sun"
    ordered = sorted(days)
    runs: list[list[int]] = []
    for day in ordered:
        if runs and day == runs[-1][-1] + 1:
            runs[-1].append(day)
        else:
            runs.append([day])
    parts: list[str] = []
    for run in runs:
        if len(run) >= 3:
            parts.append(f"{WEEKDAY_NAMES[run[0]]}-{WEEKDAY_NAMES[run[-1]]}")
        else:
            parts += [WEEKDAY_NAMES[d] for d in run]
    return ",".join(parts)


def plan_fault(plan: CheckPlan) -> tuple[str, str, dict[str, Any]] | None:
    """The first thing wrong with ``plan`` as (field, code, values), or None; for a front end
    that words it itself. Codes: "out-of-range" (``value``, ``low``, ``high``), "not-a-weekday",
    "overlap" (``earlier``, ``later``: times; ``minutes``; ``midnight``: across it)."""
    for name, (low, high) in LIMITS.items():
        value = getattr(plan, name)
        if not low <= value <= high:
            return name, "out-of-range", {"value": value, "low": low, "high": high}
    for days_field in ("weekdays", "focus_weekdays"):
        if any(not 0 <= d <= 6 for d in getattr(plan, days_field)):
            return days_field, "not-a-weekday", {}
    times = plan.times
    pairs = [(a, b, False) for a, b in pairwise(times)]
    if len(times) > 1:
        pairs.append((times[-1], times[0], True))
    for earlier, later, midnight in pairs:
        gap = _minutes(later) - _minutes(earlier) + (24 * 60 if midnight else 0)
        if gap < plan.minutes:
            values = {"earlier": earlier, "later": later, "minutes": plan.minutes}
            return "times", "overlap", {**values, "midnight": midnight}
    return None


def plan_problem(plan: CheckPlan) -> tuple[str, str] | None:
    """The first thing wrong with ``plan`` as (field, words), or None.

    Words follow the field name: ``times`` "has 10:00 and 10:10, which are closer than ...".
    """
    fault = plan_fault(plan)
    if fault is None:
        return None
    name, code, values = fault
    if code == "out-of-range":
        return name, "is {value}; use a number from {low} to {high}".format_map(values)
    if code == "not-a-weekday":
        return name, "holds a day that is not a day of the week"
    words = _overlap(values["earlier"], values["later"], values["minutes"])
    return name, words + (" (across midnight)" if values["midnight"] else "")


def _minutes(moment: time) -> int:
    return moment.hour * 60 + moment.minute


def _overlap(earlier: time, later: time, minutes: int) -> str:
    return (
        f"has windows at {earlier:%H:%M} and {later:%H:%M}, which overlap: windows last "
        f"{minutes} minutes, so their start times must be at least that far apart"
    )


# --- the engine ------------------------------------------------------------------------------


def _aware(moment: datetime, name: str) -> None:
    if moment.tzinfo is None:
        raise ValueError(f"{name} must be timezone-aware")


def _at(day: date, at: time, tz: ZoneInfo) -> datetime:
    """``localize`` to the whole second (a DST transition is on a whole second), in UTC."""
    return localize(day, at, tz).astimezone(UTC).replace(microsecond=0)


def wall_clock(day: date, at: time, tz: ZoneInfo) -> datetime:
    """Wall time ``at`` on ``day`` in ``tz`` (a gap moves on, a fold is the first), with the
    fixed UTC offset in force then, as windows and focus days carry it."""
    return _fixed(_at(day, at, tz), tz)


def _fixed(moment: datetime, tz: ZoneInfo) -> datetime:
    """``moment`` on ``tz``'s wall clock, with the fixed offset in force then."""
    local = moment.astimezone(tz)
    offset = local.utcoffset()
    assert offset is not None
    name = local.tzname()
    return moment.astimezone(timezone(offset) if name is None else timezone(offset, name))


def _day_windows(plan: CheckPlan, tz: ZoneInfo, day: date) -> list[Window]:
    """The windows of one local day, shifted so none starts inside an earlier one."""
    if not plan.checks_on(day):
        return []
    previous = _raw_day_windows(plan, tz, day - timedelta(days=1))
    after = previous[-1].end if previous else None
    windows = []
    for window in _raw_day_windows(plan, tz, day):
        if after is not None and window.start < after:
            window = _window(after, plan, tz)
        windows.append(window)
        after = window.end
    return windows


def _raw_day_windows(plan: CheckPlan, tz: ZoneInfo, day: date) -> list[Window]:
    """One day's windows, shifted against each other but not against the day before."""
    if not plan.checks_on(day):
        return []
    windows: list[Window] = []
    for at in plan.times:
        start = _at(day, at, tz)
        if windows and start < windows[-1].end:
            start = windows[-1].end
        windows.append(_window(start, plan, tz))
    return windows


def _window(start: datetime, plan: CheckPlan, tz: ZoneInfo) -> Window:
    utc = start.astimezone(UTC)
    return Window(_fixed(utc, tz), _fixed(utc + plan.duration, tz))


def _days(tz: ZoneInfo, start: datetime, end: datetime) -> list[date]:
    """Local dates to look at for instants in [start, end), with a day of margin each side."""
    first = start.astimezone(tz).date() - timedelta(days=1)
    last = end.astimezone(tz).date() + timedelta(days=1)
    return [first + timedelta(days=k) for k in range((last - first).days + 1)]


def windows_between(plan: CheckPlan, tz: ZoneInfo, start: datetime, end: datetime) -> list[Window]:
    """Every window whose start is in [start, end), in order."""
    _aware(start, "start")
    _aware(end, "end")
    if end <= start or not plan.enabled or not plan.times:
        return []
    found = [
        window
        for day in _days(tz, start, end)
        for window in _day_windows(plan, tz, day)
        if start <= window.start < end
    ]
    return sorted(found, key=lambda w: w.start)


def _horizon(plan: CheckPlan, after: datetime, tz: ZoneInfo) -> datetime:
    """A moment by which the next window or focus day has surely come, if there is one."""
    last_skip = max(plan.skip_dates, default=date.min)
    today = after.astimezone(tz).date()
    days = max((last_skip - today).days, 0) + 9
    return after + timedelta(days=days)


def next_window(plan: CheckPlan, tz: ZoneInfo, after: datetime) -> Window | None:
    """The first window whose end is after ``after``: the one in progress, or the next."""
    _aware(after, "after")
    if not plan.enabled or not plan.times or not plan.weekdays - plan.focus_weekdays:
        return None
    start = after - plan.duration
    horizon = _horizon(plan, after, tz)
    while start < horizon:
        chunk_end = min(start + timedelta(days=14), horizon)
        for window in windows_between(plan, tz, start, chunk_end):
            if window.end > after:
                return window
        start = chunk_end
    return None


def _focus_day(day: date, tz: ZoneInfo) -> FocusDay:
    start, end = _at(day, time(0), tz), _at(day + timedelta(days=1), time(0), tz)
    return FocusDay(day, _fixed(start, tz), _fixed(end, tz))


def focus_days_between(
    plan: CheckPlan, tz: ZoneInfo, start: datetime, end: datetime
) -> list[FocusDay]:
    """Every focus day whose start is in [start, end), in order."""
    _aware(start, "start")
    _aware(end, "end")
    if end <= start or not plan.focus_weekdays:
        return []
    found = (
        _focus_day(day, tz) for day in _days(tz, start, end) if day.weekday() in plan.focus_weekdays
    )
    return [f for f in found if start <= f.start < end]


def next_focus_day(plan: CheckPlan, tz: ZoneInfo, after: datetime) -> FocusDay | None:
    """The focus day in progress at ``after``, else the next one, else None."""
    _aware(after, "after")
    if not plan.focus_weekdays:
        return None
    days = focus_days_between(plan, tz, after - timedelta(days=2), after + timedelta(days=9))
    return next((f for f in days if f.end > after), None)


def focus_return(plan: CheckPlan, tz: ZoneInfo, focus: FocusDay, at: time) -> datetime:
    """When the person reads mail again after ``focus``: the next working morning.

    The next day that is one of the plan's weekdays and not a focus day, at ``at`` (the
    profile's ``workday_start``), in ``tz``. With no such weekday, the next day at ``at``.
    """
    working = plan.weekdays - plan.focus_weekdays
    for k in range(1, 8):
        day = focus.day + timedelta(days=k)
        if not working or day.weekday() in working:
            return _fixed(_at(day, at, tz), tz)
    raise AssertionError("unreachable: a week holds every weekday")  # pragma: no cover
