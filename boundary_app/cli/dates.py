"""Short days and times of day in the command's tables and lists, in its language.

A moment in a sentence is ``Out.when`` ("Friday 11 December at 09:00", as the replies write
it); a table or a list has room for less: "Fri 11 Dec", "vr 11 dec", "Jum, 11 Des", and the
time of day as the language writes it ("09:00", "09.00"). The names are translated strings
(context "Command"), so this reads no file: English prints what it printed before.
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import TYPE_CHECKING

from boundary_app.cli.words import mark, tr

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo

WEEKDAYS = (
    mark("Mon"),
    mark("Tue"),
    mark("Wed"),
    mark("Thu"),
    mark("Fri"),
    mark("Sat"),
    mark("Sun"),
)
MONTHS = (
    mark("Jan"),
    mark("Feb"),
    mark("Mar"),
    mark("Apr"),
    mark("May"),
    mark("Jun"),
    mark("Jul"),
    mark("Aug"),
    mark("Sep"),
    mark("Oct"),
    mark("Nov"),
    mark("Dec"),
)


def short_day(day: date, *, year: bool = False, weekday: bool = True) -> str:
    """ "Fri 11 Dec" ("Fri 11 Dec 2026" with the year; "11 Dec" without the weekday).

    ``{day}`` is the day of the month with a leading zero, as English always had it;
    ``{number}`` the same without.
    """
    values = {
        "weekday": tr(WEEKDAYS[day.weekday()]),
        "day": f"{day.day:02d}",
        "number": str(day.day),
        "month": tr(MONTHS[day.month - 1]),
        "year": str(day.year),
    }
    if not weekday:
        words = tr("{day} {month}")
    elif year:
        words = tr("{weekday} {day} {month} {year}")
    else:
        words = tr("{weekday} {day} {month}")
    return words.format_map(values)


def clock(at: time | datetime) -> str:
    """A time of day: "09:00" ("09.00" in Indonesian)."""
    return tr("{hour}:{minute}").format(hour=f"{at.hour:02d}", minute=f"{at.minute:02d}")


def weekday_clock(moment: datetime) -> str:
    """A weekday and a time of day: "Tue 08:00"."""
    return tr("{weekday} {time}").format(weekday=tr(WEEKDAYS[moment.weekday()]), time=clock(moment))


FORMS = mark(
    "Boundary reads 'now'; a day ('today', 'tomorrow', 'fri') with or without a "
    "time ('fri 9:00', 'tomorrow 8am', 'noon'); a time alone ('14:30'); a date ('2026-12-01', "
    "'2026-12-01 09:00'); and a span from now ('in 2 hours', 'in 3 days')."
)
"""The forms a typed moment may take (``core.timeutil.parse_when``), said after why one could
not be read. The examples stay as the parser reads them, in every language."""


def time_words(text: str) -> str:
    """Why ``text`` is not a moment (``core.timeutil.TimeParseError``), and the forms that
    are, in the command's language; the examples are what the command reads, in every
    language."""
    if not text.strip():
        said = tr(
            "Please type when, for example '2026-12-01 09:00', 'tomorrow 9:00' or 'monday 8am'."
        )
    else:
        said = tr(
            "I could not read '{text}' as a time; try '2026-12-01 09:00', 'tomorrow 9:00' or "
            "'monday 8am'."
        ).format(text=text.strip())
    return f"{said} {tr(FORMS)}"


def typed_moment(text: str, *, now: datetime, tz: ZoneInfo, default_time: time) -> datetime:
    """The moment a person typed ("tomorrow 9:00", "fri", "in 2 hours", "2026-12-11 09:00"),
    aware in ``tz``; ``default_time`` when only a day is named. The one reader of the
    command's moments (``away``, ``backups``, ``interruption``, ``schedule``): what it cannot
    read ends the command (exit 1, ``code`` "not-a-time") with ``time_words``."""
    from boundary_app.cli.output import Failure
    from boundary_app.core.timeutil import TimeParseError, parse_when

    try:
        return parse_when(text, now=now, tz=tz, default_time=default_time)
    except TimeParseError:
        raise Failure(time_words(text), code="not-a-time") from None


def typed_day(text: str, *, now: datetime, tz: ZoneInfo) -> date:
    """The day a person typed: an ISO date ("2026-12-01", "20261201") or any moment
    ``typed_moment`` reads ("friday", "in 3 days"), as a day in ``tz``."""
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        pass
    return typed_moment(text, now=now, tz=tz, default_time=time(0)).astimezone(tz).date()
