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

    from boundary_app.core.timeutil import MomentWords

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
not be read. The examples are what the parser reads in this language (``TYPED``): a
translation shows its own words ("morgen 8:00", "2 jam lagi")."""

TYPED = {
    "now": mark("typed: now"),
    "today": mark("typed: today"),
    "tomorrow": mark("typed: tomorrow"),
    "noon": mark("typed: noon"),
    "midnight": mark("typed: midnight"),
    "minutes": mark("typed: minute|minutes|min|mins"),
    "hours": mark("typed: hour|hours|h|hr|hrs"),
    "days": mark("typed: day|days|d"),
    "weeks": mark("typed: week|weeks|w|wk|wks"),
}
"""The words a person may type in a moment, in the command's language. A string "typed: …"
is a list of words, not a sentence: its translation is the language's own words, lower case,
alternatives separated by "|" ("maandag|ma"; "typed:" itself may be left out). English is
read in every language too (``parse_when`` adds it), so a translation need not repeat it."""

TYPED_AROUND = {
    ("next", "next_after"): mark("typed: next {weekday}"),
    ("at", "oclock"): mark("typed: at {time}"),
    ("within", "later"): mark("typed: in {span}"),
}
"""Words typed before or after a weekday, a time of day or a span (``TYPED``'s convention,
with the placeholder where the rest goes): "volgende {weekday}", "{weekday} depan"; "om
{time}|{time} uur" (read with either word, both or neither); "dalam {span}|{span} lagi"."""

TYPED_WEEKDAYS = (
    mark("typed: monday|mon"),
    mark("typed: tuesday|tue"),
    mark("typed: wednesday|wed"),
    mark("typed: thursday|thu"),
    mark("typed: friday|fri"),
    mark("typed: saturday|sat"),
    mark("typed: sunday|sun"),
)


def _typed(text: str) -> list[str]:
    """The words a translated ``TYPED`` string lists."""
    words = text.strip().removeprefix("typed:")
    return [word for word in (" ".join(w.split()).lower() for w in words.split("|")) if word]


def moment_words() -> MomentWords:
    """The words of the command's language that a typed moment may use (``TYPED``)."""
    from boundary_app.core.timeutil import MomentWords

    words = {kind: _typed(tr(text)) for kind, text in TYPED.items()}
    for (before, after), text in TYPED_AROUND.items():
        placeholder = text[text.index("{") : text.index("}") + 1]
        sides = [form.split(placeholder, 1) for form in _typed(tr(text)) if placeholder in form]
        words[before] = [side[0] for side in sides]
        words[after] = [side[1] for side in sides]
    return MomentWords(weekdays=[_typed(tr(day)) for day in TYPED_WEEKDAYS], **words)


def time_words(text: str) -> str:
    """Why ``text`` is not a moment (``core.timeutil.TimeParseError``), and the forms that
    are, in the command's language; the examples are what the command reads in it."""
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
    """The moment a person typed ("tomorrow 9:00", "fri", "in 2 hours", "2026-12-11 09:00";
    "morgen 9:00", "besok 08.00" in Dutch, Indonesian: ``moment_words``), aware in ``tz``;
    ``default_time`` when only a day is named. The one reader of the command's moments
    (``away``, ``backups``, ``interruption``, ``schedule``): what it cannot read ends the
    command (exit 1, ``code`` "not-a-time") with ``time_words``."""
    from boundary_app.cli.output import Failure
    from boundary_app.core.timeutil import TimeParseError, parse_when

    try:
        words = moment_words()
        return parse_when(text, now=now, tz=tz, default_time=default_time, words=words)
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
