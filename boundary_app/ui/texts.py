"""Words for the state, shared by the tray, the window and the dialogs; all through tr."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from boundary_app.core.journal import (
    CheckRecord,
    JournalBusy,
    JournalDamaged,
    JournalNewer,
    JournalNotice,
    JournalReadOnly,
    JournalSetAside,
    JournalUnavailable,
)
from boundary_app.core.language import FALLBACK, supported
from boundary_app.core.profile import ProfileError, ProfileFileError
from boundary_app.core.reconciler import AccountResult
from boundary_app.core.schedule import Window
from boundary_app.core.service import FoundError, Status
from boundary_app.core.states import AccountStatus, Health, State
from boundary_app.providers.base import AutoReply
from boundary_app.ui.languages import Words
from boundary_app.wording import account_name, sentence


class StatusText(Words):
    """Words for the state."""


@dataclass(frozen=True)
class DateForms:
    """How a language writes dates and times, as Qt patterns (names come from Qt's data for
    the language): the same conventions as its replies (``[language]`` in
    ``resources/templates/<code>.toml``; a test holds the two together). Kept here as
    patterns so that showing a time does not read the template files."""

    day: str
    short_day: str
    clock: str
    moment: str
    """``{day}`` and ``{clock}`` joined with the language's word for "at"."""


DATE_FORMS = {
    "en": DateForms("dddd d MMMM", "ddd d MMM", "HH:mm", "{day} 'at' {clock}"),
    "nl": DateForms("dddd d MMMM", "ddd d MMM", "HH:mm", "{day} 'om' {clock}"),
    "id": DateForms("dddd, d MMMM", "ddd, d MMM", "HH.mm", "{day} 'pukul' {clock}"),
}


def screen_language() -> str:
    """The code of the language the app speaks now (the default ``QLocale``'s), else English."""
    return supported(QLocale().name()) or FALLBACK


def _forms() -> tuple[DateForms, QLocale]:
    code = screen_language()
    return DATE_FORMS.get(code, DATE_FORMS[FALLBACK]), QLocale(code)


def _local(moment: datetime, tz: ZoneInfo) -> QDateTime:
    local = moment.astimezone(tz)
    return QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))


def when_text(moment: datetime, tz: ZoneInfo, *, now: datetime | None = None) -> str:
    """A moment in a sentence, as the replies write it: "Friday 11 December at 09:00",
    "vrijdag 11 december om 09:00", "Jumat, 11 Desember pukul 09.00". Midnight is a day
    ("Friday 11 December"); the year is added when ``now`` is in another year."""
    forms, locale = _forms()
    local = moment.astimezone(tz)
    day = forms.day
    if now is not None and now.astimezone(tz).year != local.year:
        day += " yyyy"
    if (local.hour, local.minute) == (0, 0):
        return locale.toString(_local(moment, tz), day)
    return locale.toString(_local(moment, tz), forms.moment.format(day=day, clock=forms.clock))


def short_when_text(moment: datetime, tz: ZoneInfo) -> str:
    """A moment in a list or a table: "Fri 11 Dec 09:00", "vr 11 dec 09:00", "Jum, 11 Des
    09.00"."""
    forms, locale = _forms()
    return locale.toString(_local(moment, tz), f"{forms.short_day} {forms.clock}")


def clock_text(moment: datetime, tz: ZoneInfo) -> str:
    """The time of day alone: "09:00" ("09.00" in Indonesian)."""
    forms, locale = _forms()
    return locale.toString(_local(moment, tz), forms.clock)


def time_of_day_text(at: time) -> str:
    """A time of day without a date (a plan's start time): "09:00" ("09.00" in Indonesian)."""
    forms, locale = _forms()
    return locale.toString(QTime(at.hour, at.minute), forms.clock)


def day_text(day: date, *, short: bool = False, year: bool = False) -> str:
    """A day: "Friday 11 December", short "Fri 11 Dec"; with the year when asked."""
    forms, locale = _forms()
    pattern = forms.short_day if short else forms.day
    return locale.toString(QDate(day.year, day.month, day.day), pattern + (" yyyy" if year else ""))


def days_text(first: date, last: date) -> str:
    """A run of days, such as a week: "30 Nov – 6 Dec" (the month once if it is one)."""
    locale = _forms()[1]
    start, end = QDate(first.year, first.month, first.day), QDate(last.year, last.month, last.day)
    if first.month == last.month and first.year == last.year:
        return f"{locale.toString(start, 'd')}–{locale.toString(end, 'd MMM')}"
    return f"{locale.toString(start, 'd MMM')} – {locale.toString(end, 'd MMM')}"


def date_pattern(*, year: bool = False) -> str:
    """The short day pattern, for a date field (``QDateEdit.setDisplayFormat``)."""
    return _forms()[0].short_day + (" yyyy" if year else "")


def clock_pattern() -> str:
    """The time-of-day pattern, for a time field (``QTimeEdit.setDisplayFormat``)."""
    return _forms()[0].clock


def said_text(said: str | BaseException, tz: ZoneInfo) -> str:
    """A sentence of core or a provider (a code and its values: ``boundary_app.wording``) in
    the app's language, its moments as the screens write them; others as they came."""
    return sentence(said, lambda moment: when_text(moment, tz))


def shown_name(name: str, kind: str) -> str:
    """An account's name on a screen: the built-in trial's in the app's language."""
    return account_name(name, kind)


def status_line(status: Status, tz: ZoneInfo) -> str:
    away = status.away
    if status.state == State.FOCUS:
        return StatusText.tr("Focus day: your auto-reply is on")
    if away is None:
        return StatusText.tr("Available")
    covers = ""
    # Who covers now: a stand-in when the backup chosen is away, nobody when none is there.
    covering = status.covered.covering if status.covered is not None else None
    name = covering if covering is not None else (away.backups[0] if away.backups else "")
    if name:
        covers = StatusText.tr(" — %1 covers").replace("%1", name.split()[0])
    if status.state == State.AWAY:
        if away.until is None:
            return StatusText.tr("Away, no end date") + covers
        return StatusText.tr("Away until %1").replace("%1", when_text(away.until, tz)) + covers
    return StatusText.tr("Available · away from %1").replace("%1", when_text(away.start, tz))


def health_line(status: Status) -> str:
    waiting = sum(
        a.status in (AccountStatus.PENDING, AccountStatus.UNKNOWN) for a in status.accounts
    )
    trouble = ("failed", "needs-sign-in", "drift")
    failing = [
        a
        for a in status.accounts
        if a.status in trouble or any(c.status in trouble for c in a.channels)
    ]
    if failing:
        return StatusText.tr("Needs attention on %n account(s)", "", len(failing))
    if waiting:
        return StatusText.tr("Sending to %n account(s)…", "", waiting)
    if trial_only(status):
        return StatusText.tr("A trial on this computer: no mail is answered")
    return ""


def trial_only(status: Status) -> bool:
    """Whether the only accounts are the built-in trial (``local``), which answers no mail."""
    return bool(status.accounts) and all(a.kind == "local" for a in status.accounts)


def check_line(
    current: CheckRecord | None, upcoming: Window | None, now: datetime, tz: ZoneInfo
) -> str:
    """ "Mail check: 12 min left" inside a check, else "Next mail check 16:00"."""
    if current is not None:
        left = max(0, int((current.due - now).total_seconds() + 59) // 60)
        return StatusText.tr("Mail check: %n min left", "", left)
    if upcoming is None:
        return ""
    today = upcoming.start.astimezone(tz).date() == now.astimezone(tz).date()
    when = clock_text(upcoming.start, tz) if today else when_text(upcoming.start, tz)
    return StatusText.tr("Next mail check %1").replace("%1", when)


def tooltip(
    status: Status, tz: ZoneInfo, checks: str = "", reach: str = "", trouble: Sequence[str] = ()
) -> str:
    """The tray's tooltip; ``reach``: what is on where while away (``cover_texts.reach_line``);
    ``trouble``: lines that say what needs attention (``cover_texts.bounce_lines``)."""
    lines = ["Boundary", status_line(status, tz), *([reach] if reach else [])]
    if health := health_line(status):
        lines.append(health)
    lines += trouble
    lines += [found_sentence(a.account, a.actual, tz) for a in found_accounts(status)]
    if checks:
        lines.append(checks)
    return "\n".join(lines)


def icon_name(status: Status, *, checking: bool = False) -> str:
    """The tray icon (``resources/icons/<name>.svg``): trouble first, then a mail check in
    progress (what the person is doing now; "sending" is in the tooltip too), sending, away,
    a focus day, available."""
    if status.health == Health.FAILED:
        return "failed"
    if checking:
        return "checking"
    if status.health == Health.PENDING:
        return "pending"
    if status.state == State.FOCUS:
        return "focus"
    return "away" if status.state == State.AWAY else "available"


class FoundText(Words):
    """Words for a reply found on an account that Boundary did not set (first contact)."""


def found_accounts(status: Status) -> list[AccountResult]:
    """The accounts holding a reply set outside Boundary that the person has not decided
    about yet (keep it, or leave it alone)."""
    return [a for a in status.accounts if a.announced_found]


def found_sentence(name: str, reply: AutoReply | None, tz: ZoneInfo) -> str:
    """ "Work already has an auto-reply until Fri, 11 Dec 17:00, set outside Boundary"."""
    if reply is not None and reply.end is not None:
        text = FoundText.tr("%1 already has an auto-reply until %2, set outside Boundary")
        return text.replace("%1", name).replace("%2", short_when_text(reply.end, tz))
    return FoundText.tr("%1 already has an auto-reply, set outside Boundary").replace("%1", name)


def replaces_sentence(name: str, reply: AutoReply, tz: ZoneInfo) -> str:
    """What going away does to a reply found on ``name``, said before it is done."""
    if reply.end is not None:
        text = FoundText.tr(
            "Go away replaces the auto-reply %1 already has (until %2), set outside Boundary."
        )
        return text.replace("%1", name).replace("%2", short_when_text(reply.end, tz))
    return FoundText.tr(
        "Go away replaces the auto-reply %1 already has, set outside Boundary."
    ).replace("%1", name)


def names_list(names: list[str]) -> str:
    """ "Work", "Work and Home", "Work, Home and Side", as the language joins a list."""
    return QLocale().createSeparatedList(names)


def found_refusal(error: FoundError) -> str:
    """Why a found reply could not be kept or left alone, in one sentence."""
    names = names_list(list(error.accounts))
    if error.code == "nothing-found":
        text = FoundText.tr(
            "%1 no longer holds an auto-reply set outside Boundary; nothing was changed."
        )
    elif error.code == "away-period":
        text = FoundText.tr(
            "You already have an away period, and keeping this reply would replace it. Use "
            "Go away to change your period, or leave the reply of %1 alone."
        )
    else:
        text = FoundText.tr(
            "%1 hold different auto-replies, and one away period cannot keep them all: keep "
            "one and leave the others alone."
        )
    return text.replace("%1", names)


class FileText(Words):
    """Words for what went wrong with Boundary's own files."""


def trouble_words(problem: BaseException | JournalNotice) -> str:
    """A sentence for a problem with the journal or the profile file, or a journal notice;
    other errors as they describe themselves."""
    if isinstance(problem, JournalSetAside):
        if problem.folder:
            return FileText.tr(
                "A folder stood where Boundary keeps its journal. It was moved to %1 and "
                "Boundary started a new journal."
            ).replace("%1", str(problem.aside))
        return (
            FileText.tr(
                "Boundary's journal could not be read (%1). It was kept as %2 and Boundary "
                "started a new journal."
            )
            .replace("%1", problem.detail)
            .replace("%2", str(problem.aside))
        )
    if isinstance(problem, JournalNewer):
        return FileText.tr(
            "Your journal was written by a newer version of Boundary. This version shows what "
            "it holds but records nothing and sends no replies; update Boundary."
        )
    if isinstance(problem, JournalReadOnly):
        return FileText.tr(
            "Your journal was written by a newer version of Boundary, so this version cannot "
            "do this; update Boundary. Nothing was changed."
        )
    if isinstance(problem, JournalBusy):
        return (
            FileText.tr(
                "Another program is using Boundary's journal (%1). Boundary waited %2 seconds; "
                "close that program and try again. Nothing was changed."
            )
            .replace("%1", str(problem.path))
            .replace("%2", f"{problem.waited:g}")
        )
    if isinstance(problem, JournalDamaged):
        return FileText.tr(
            "Boundary's journal is damaged (%1); nothing was recorded. Boundary sets it aside "
            "the next time it starts."
        ).replace("%1", problem.detail)
    if isinstance(problem, JournalUnavailable):
        return (
            FileText.tr("Boundary cannot use its journal %1: %2.")
            .replace("%1", str(problem.path))
            .replace("%2", problem.detail)
        )
    if isinstance(problem, ProfileFileError):
        return _profile_words(problem)
    if isinstance(problem, ProfileError):  # a value the profile cannot use, by its codes
        return sentence(problem)
    return str(problem)


def _profile_words(problem: ProfileFileError) -> str:
    if problem.problem == "folder":
        text = FileText.tr(
            "%1 is a folder, but Boundary keeps its settings in a file of that name. Move the "
            "folder away and start Boundary again."
        )
    elif problem.problem == "unreadable":
        text = FileText.tr("Boundary cannot read its settings file %1: %2.")
    else:
        text = FileText.tr("Boundary cannot write its settings file %1: %2. Nothing was changed.")
    return text.replace("%1", str(problem.path)).replace("%2", problem.detail)
