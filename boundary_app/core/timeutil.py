"""Turn what a person types ("tomorrow 9:00", "mon 8am", "in 2 hours") into an aware datetime.

English is always read; the words of another language ("morgen 9:00", "senin depan", "2 jam
lagi") come in as data (``MomentWords``) from the front end, which has the translations.
Pure standard library. Every function takes `now` explicitly; nothing here reads the clock.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime, time, timedelta
from functools import cache, partial
from zoneinfo import ZoneInfo

__all__ = [
    "MAX_YEARS_AHEAD",
    "MomentWords",
    "TimeParseError",
    "is_span",
    "latest_end",
    "localize",
    "parse_when",
]

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
_ENGLISH = {
    "now": "now",
    "today": "today",
    "tomorrow": "tomorrow",
    "noon": "noon",
    "midnight": "midnight",
    "next": "next",
    "at": "at",
    "within": "in",
    "minutes": "min mins minute minutes",
    "hours": "h hr hrs hour hours",
    "days": "d day days",
    "weeks": "w wk wks week weeks",
}
_STEPS = {
    "minutes": timedelta(minutes=1),
    "hours": timedelta(hours=1),
    "days": timedelta(days=1),
    "weeks": timedelta(weeks=1),
}


class MomentWords:
    """The words of one language that ``parse_when`` reads besides digits and dates: each a
    tuple of lower-case alternatives ("maandag", "ma"); a kind left out adds nothing.
    English is read whatever is given (scripts are written once), so English needs nothing.

    ``now``, ``today``, ``tomorrow``, ``noon``, ``midnight``: the word(s) for each.
    ``next`` / ``next_after``: before / after a weekday ("next fri", "senin depan"); the
    next one of that weekday after today.
    ``at`` / ``oclock``: before / after a time of day ("at 9:00", "om 9 uur", "pukul 08.00").
    ``within`` / ``later``: before / after a span ("in 2 hours", "over 2 uur", "2 jam lagi").
    ``weekdays``: seven tuples, Monday first. ``minutes``, ``hours``, ``days``, ``weeks``: the
    units of a span. A word that names a weekday and a unit ("minggu": Sunday, a week) is
    not read as a weekday before a ``next_after`` word ("minggu depan" is "next week").

    A plain class, not a dataclass: it is made on ``boundary status``'s import path too.
    Instances compare and hash by their words, so the compiled forms are kept per vocabulary.
    """

    KINDS = (
        *("now", "today", "tomorrow", "noon", "midnight", "next", "next_after", "at"),
        *("oclock", "within", "later", "minutes", "hours", "days", "weeks"),
    )
    __slots__ = ("_words", "weekdays")

    def __init__(self, weekdays: Iterable[Iterable[str]] = (), **words: Iterable[str]) -> None:
        if unknown := set(words) - set(self.KINDS):
            raise TypeError(f"not a kind of moment word: {', '.join(sorted(unknown))}")
        self._words = {kind: _lowered(words.get(kind, ())) for kind in self.KINDS}
        self.weekdays = tuple(_lowered(names) for names in weekdays) or ((),) * 7
        if len(self.weekdays) != 7:
            raise ValueError("weekdays needs seven sets of names, Monday first")

    def __getitem__(self, kind: str) -> tuple[str, ...]:
        return self._words[kind]

    def _key(self) -> tuple[tuple[tuple[str, ...], ...], ...]:
        return (tuple(self._words.values()), self.weekdays)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, MomentWords) and self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        return f"MomentWords({self._key()!r})"


def _lowered(words: Iterable[str]) -> tuple[str, ...]:
    """Words as ``parse_when`` compares them: lower case, one space between, no empties."""
    return tuple(dict.fromkeys(w for w in (" ".join(w.lower().split()) for w in words) if w))


def _alternatives(words: Iterable[str]) -> str:
    """A regular expression for any of ``words``; longest first ("monday" before "mon"), and
    one that matches nothing for none."""
    found = sorted(set(words), key=lambda word: (-len(word), word))
    return "|".join(re.escape(word) for word in found) or "(?!)"


_ISO = r"\d{4}-\d{2}-\d{2}[t ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:z|[+-]\d{2}(?::?\d{2})?)?"


def _patterns(said: Callable[[str], str]) -> tuple[str, str, str, str]:
    """The forms a vocabulary reads, as regular expressions: a span from now with its word
    before it ("in 2 hours") and after it ("2 jam lagi"), a phrase ("next fri at 9am"),
    now. ``said(kind)`` is the expression for that kind's words ("weekday", "unit" for all)."""
    span = rf"(?P<amount>\d{{1,6}}) ?(?P<unit>{said('unit')})"
    day = (
        rf"(?:(?P<today>{said('today')})|(?P<tomorrow>{said('tomorrow')})"
        r"|(?P<date>\d{4}-\d{2}-\d{2})"
        rf"|(?:(?P<next>{said('next')}) )?(?P<weekday>{said('weekday')})"
        rf"(?: (?P<after>{said('next_after')}))?)"
    )
    clock = (
        r"(?:(?P<hour>\d{1,2})(?:[:.](?P<minute>\d{2}))? ?(?P<ampm>am|pm)?"
        rf"(?: (?:{said('oclock')}))?|(?P<noon>{said('noon')})|(?P<midnight>{said('midnight')}))"
    )
    return (
        rf"(?:{said('within')}) {span}",
        rf"{span} (?:{said('later')})",
        rf"(?:{day}(?: |$))?(?:(?:(?:{said('at')}) )?{clock})?",
        said("now"),
    )


def _clock(m: re.Match[str]) -> time | None:
    """The time of day named in a phrase match, or None; ValueError if out of range."""
    if m["noon"] or m["midnight"]:
        return time(12) if m["noon"] else time(0)
    if m["hour"] is None:
        return None
    hour, minute = int(m["hour"]), int(m["minute"] or 0)
    if m["ampm"]:
        if not 1 <= hour <= 12:
            raise ValueError(f"hour {hour} cannot take am/pm")
        hour = hour % 12 + (12 if m["ampm"] == "pm" else 0)
    return time(hour, minute)


def _from_phrase(
    m: re.Match[str],
    now: datetime,
    tz: ZoneInfo,
    default: time,
    *,
    weekdays: dict[str, int],
    units: dict[str, timedelta],
) -> datetime:
    at = _clock(m)
    if m["today"] or m["tomorrow"] or m["date"]:
        day = date.fromisoformat(m["date"]) if m["date"] else now.date()
        return localize(day + timedelta(days=bool(m["tomorrow"])), at or default, tz)
    if at is None and m["weekday"] is None:
        raise ValueError("nothing to read")
    if m["after"] and m["weekday"] in units:  # "minggu depan": next week, not next Sunday
        raise ValueError(f"'{m['weekday']} {m['after']}' names a week, not a day")
    # A weekday or a bare time: the first matching day whose moment is still ahead.
    wanted = weekdays.get(m["weekday"] or "")
    after = now.astimezone(UTC)  # compare instants, not wall clocks (DST folds)
    first = 1 if m["next"] or m["after"] else 0  # "next" is never today
    days = (now.date() + timedelta(days=k) for k in range(first, 15))
    moments = (localize(d, at or default, tz) for d in days if wanted in (None, d.weekday()))
    return next(dt for dt in moments if dt > after)


def _from_relative(
    m: re.Match[str],
    now: datetime,
    tz: ZoneInfo,
    default: time,
    *,
    units: dict[str, timedelta],
) -> datetime:
    unit = units[m["unit"]]
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


def _vocabulary(
    words: MomentWords | None,
) -> tuple[dict[str, tuple[str, ...]], dict[str, int], dict[str, timedelta]]:
    """English and ``words``' language together: the words of each kind, and what each weekday
    and unit word means (the English meaning, where a word would mean two things)."""
    theirs = words or MomentWords()
    said = {kind: (*_ENGLISH.get(kind, "").split(), *theirs[kind]) for kind in MomentWords.KINDS}
    weekdays: dict[str, int] = {}
    for index, day in enumerate(_WEEKDAYS):
        weekdays.update({day: index, day[:3]: index})
    for index, names in enumerate(theirs.weekdays):
        for name in names:
            weekdays.setdefault(name, index)
    units = {word: _STEPS[kind] for kind in _STEPS for word in _ENGLISH[kind].split()}
    for kind, step in _STEPS.items():
        for word in said[kind]:
            units.setdefault(word, step)
    return said, weekdays, units


_Form = tuple[str, re.Pattern[str], _Handler]
"""What a form is ("now", "iso", "span", "phrase"), its expression, and its reader."""


@cache
def _forms(words: MomentWords | None = None) -> tuple[_Form, ...]:
    """The forms ``parse_when`` reads in English and ``words``' language, compiled when a
    moment is first typed and kept per vocabulary: compiling them takes about 2 ms, which
    every ``boundary status`` (it only needs ``localize``) paid."""
    said, weekdays, units = _vocabulary(words)
    groups = {**said, "weekday": tuple(weekdays), "unit": tuple(units)}
    before, after, phrase, now = _patterns(lambda kind: _alternatives(groups[kind]))
    relative = partial(_from_relative, units=units)
    forms: list[_Form] = [
        ("now", re.compile(now), lambda m, now, tz, default: now),
        ("iso", re.compile(_ISO, re.ASCII), _from_iso),
        ("span", re.compile(before, re.ASCII), relative),
    ]
    if said["later"]:
        forms.append(("span", re.compile(after, re.ASCII), relative))
    reading = partial(_from_phrase, weekdays=weekdays, units=units)
    forms.append(("phrase", re.compile(phrase, re.ASCII), reading))
    return tuple(forms)


def is_span(text: str, words: MomentWords | None = None) -> bool:
    """Whether ``parse_when`` reads ``text`` as a span from now ("in 2 hours", "over 2 uur",
    "2 jam lagi"), which names a moment to come whenever it is typed."""
    phrase = " ".join(text.lower().split())
    return any(kind == "span" and form.fullmatch(phrase) for kind, form, _ in _forms(words))


def parse_when(
    text: str,
    *,
    now: datetime,
    tz: ZoneInfo,
    default_time: time,
    words: MomentWords | None = None,
) -> datetime:
    """Parse a typed moment in time zone `tz`; returns an aware datetime in `tz`.

    `now` must be aware. `default_time` applies when only a day is named ("monday").
    `words` are a language's words, read besides the English ones.
    """
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    phrase = " ".join(text.lower().split())
    if not phrase:
        raise TimeParseError(f"Please type when, for example {_EXAMPLES}.")
    try:
        for _, pattern, handler in _forms(words):
            if m := pattern.fullmatch(phrase):
                return handler(m, now.astimezone(tz), tz, default_time)
    except (ValueError, OverflowError) as exc:  # e.g. 25:00, 13pm, 2026-02-30
        raise _error(text) from exc
    raise _error(text)


def _error(text: str) -> TimeParseError:
    return TimeParseError(f"I could not read '{text.strip()}' as a time; try {_EXAMPLES}.")
