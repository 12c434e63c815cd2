"""Short days and times of day in the command's tables and lists, in its language.

A moment in a sentence is ``Out.when`` ("Friday 11 December at 09:00", as the replies write
it); a table or a list has room for less: "Fri 11 Dec", "vr 11 dec", "Jum, 11 Des", and the
time of day as the language writes it ("09:00", "09.00"). The names are translated strings
(context "Command"), so this reads no file: English prints what it printed before.
"""

from __future__ import annotations

from datetime import date, datetime, time

from boundary_app.cli.words import mark, tr

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


def time_words(text: str) -> str:
    """Why ``text`` is not a moment (``core.timeutil.TimeParseError``), in the command's
    language; the examples are what the command reads, in every language."""
    if not text.strip():
        return tr(
            "Please type when, for example '2026-12-01 09:00', 'tomorrow 9:00' or 'monday 8am'."
        )
    return tr(
        "I could not read '{text}' as a time; try '2026-12-01 09:00', 'tomorrow 9:00' or "
        "'monday 8am'."
    ).format(text=text.strip())
