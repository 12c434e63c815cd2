"""Turn what a person types ("tomorrow 9:00", "mon 8am", "in 2 hours") into an aware datetime.

Pure standard library. Every function takes `now` explicitly; nothing here reads the clock.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from zoneinfo import ZoneInfo

__all__ = ["MAX_YEARS_AHEAD", "TimeParseError", "latest_end", "localize", "parse_when"]

_EXAMPLES = "'2026-12-01 09:00', 'tomorrow 9:00' or 'monday 8am'"

MAX_YEARS_AHEAD = 2
"""How far ahead an away period may start or end. Further is a typo (year 9999, "in 999999
days"); a reply with no end is said as such, not as a date centuries away."""


class TimeParseError(ValueError):
    """The text could not be read as a moment; the message is meant for the user."""


def latest_end(now: datetime) -> datetime:
    """The latest moment an away period may start or end: ``MAX_YEARS_AHEAD`` years after
    ``now``, on the same wall clock (29 February becomes the 28th)."""
    year = now.year + MAX_YEARS_AHEAD
    try:
        return now.replace(year=year)
    except ValueError:
        return now.replace(year=year, day=28)


def localize(day: date, at: time, tz: ZoneInfo) -> datetime:
    """Aware datetime for wall clock `at` on `day` in `tz`.

    A wall time skipped by a DST change moves forward to the end of the gap;
    a wall time that occurs twice gets its first occurrence.
    """
    wall = datetime.combine(day, at.replace(tzinfo=None, fold=0), tzinfo=tz)
    naive = wall.replace(tzinfo=None)
    if wall.astimezone(UTC).astimezone(tz).replace(tzinfo=None) == naive:
        return wall
    # In a gap, the two folds give UTC instants on either side of the transition;
    # binary-search the first instant whose local wall clock is past `wall`.
    lo, hi = sorted(wall.replace(fold=fold).astimezone(UTC) for fold in (0, 1))
    while hi - lo > timedelta(microseconds=1):
        mid = lo + (hi - lo) / 2
        if mid.astimezone(tz).replace(tzinfo=None) < naive:
            lo = mid
        else:
            hi = mid
    return hi.astimezone(tz)


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY_INDEX = {name: i for i, day in enumerate(_WEEKDAYS) for name in (day, day[:3])}
_UNIT_ALIASES = {
    timedelta(minutes=1): "min mins minute minutes",
    timedelta(hours=1): "h hr hrs hour hours",
    timedelta(days=1): "d day days",
    timedelta(weeks=1): "w wk wks week weeks",
}
_UNITS = {alias: step for step, aliases in _UNIT_ALIASES.items() for alias in aliases.split()}


def _alternatives(words: Iterable[str]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))  # longest first: "monday" before "mon"


_ISO = r"\d{4}-\d{2}-\d{2}[t ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:z|[+-]\d{2}(?::?\d{2})?)?"
_RELATIVE = rf"in (?P<amount>\d{{1,6}}) ?(?P<unit>{_alternatives(_UNITS)})"
_DAY = (
    r"(?:(?P<rel>today|tomorrow)|(?P<date>\d{4}-\d{2}-\d{2})"
    rf"|(?P<next>next )?(?P<weekday>{_alternatives(_WEEKDAY_INDEX)}))"
)
_CLOCK = (
    r"(?:(?P<hour>\d{1,2})(?:[:.](?P<minute>\d{2}))? ?(?P<ampm>am|pm)?|(?P<word>noon|midnight))"
)
_PHRASE = rf"(?:{_DAY}(?: |$))?(?:(?:at )?{_CLOCK})?"


def _clock(m: re.Match[str]) -> time | None:
    """The time of day named in a phrase match, or None; ValueError if out of range."""
    if m["word"]:
        return time(12) if m["word"] == "noon" else time(0)
    if m["hour"] is None:
        return None
    hour, minute = int(m["hour"]), int(m["minute"] or 0)
    if m["ampm"]:
        if not 1 <= hour <= 12:
            raise ValueError(f"hour {hour} cannot take am/pm")
        hour = hour % 12 + (12 if m["ampm"] == "pm" else 0)
    return time(hour, minute)


def _from_phrase(m: re.Match[str], now: datetime, tz: ZoneInfo, default: time) -> datetime:
    at = _clock(m)
    if m["rel"] or m["date"]:
        day = date.fromisoformat(m["date"]) if m["date"] else now.date()
        return localize(day + timedelta(days=m["rel"] == "tomorrow"), at or default, tz)
    if at is None and m["weekday"] is None:
        raise ValueError("nothing to read")
    # A weekday or a bare time: the first matching day whose moment is still ahead.
    wanted = _WEEKDAY_INDEX.get(m["weekday"] or "")
    after = now.astimezone(UTC)  # compare instants, not wall clocks (DST folds)
    days = (now.date() + timedelta(days=k) for k in range(1 if m["next"] else 0, 15))
    moments = (localize(d, at or default, tz) for d in days if wanted in (None, d.weekday()))
    return next(dt for dt in moments if dt > after)


def _from_relative(m: re.Match[str], now: datetime, tz: ZoneInfo, default: time) -> datetime:
    unit = _UNITS[m["unit"]]
    step = unit * int(m["amount"])
    if unit < timedelta(days=1):  # hours and minutes: elapsed time
        return (now.astimezone(UTC) + step).astimezone(tz)
    return localize(now.date() + step, now.time(), tz)  # days and weeks: same wall clock


def _from_iso(m: re.Match[str], now: datetime, tz: ZoneInfo, default: time) -> datetime:
    value = datetime.fromisoformat(m[0].upper())
    if value.tzinfo is None:
        return localize(value.date(), value.time(), tz)
    return value.astimezone(tz)


_Handler = Callable[[re.Match[str], datetime, ZoneInfo, time], datetime]


@cache
def _forms() -> tuple[tuple[re.Pattern[str], _Handler], ...]:
    """The forms ``parse_when`` reads, compiled when a moment is first typed: compiling them
    takes about 2 ms, which every ``boundary status`` (it only needs ``localize``) paid."""
    return (
        (re.compile("now"), lambda m, now, tz, default: now),
        (re.compile(_ISO, re.ASCII), _from_iso),
        (re.compile(_RELATIVE, re.ASCII), _from_relative),
        (re.compile(_PHRASE, re.ASCII), _from_phrase),
    )


def parse_when(text: str, *, now: datetime, tz: ZoneInfo, default_time: time) -> datetime:
    """Parse a typed moment in time zone `tz`; returns an aware datetime in `tz`.

    `now` must be aware. `default_time` applies when only a day is named ("monday").
    """
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    phrase = " ".join(text.lower().split())
    if not phrase:
        raise TimeParseError(f"Please type when, for example {_EXAMPLES}.")
    try:
        for pattern, handler in _forms():
            if m := pattern.fullmatch(phrase):
                return handler(m, now.astimezone(tz), tz, default_time)
    except (ValueError, OverflowError) as exc:  # e.g. 25:00, 13pm, 2026-02-30
        raise _error(text) from exc
    raise _error(text)


def _error(text: str) -> TimeParseError:
    return TimeParseError(f"I could not read '{text.strip()}' as a time; try {_EXAMPLES}.")
