"""Words for the state, shared by the tray, the window and the dialogs; all through tr."""

from __future__ import annotations

import re
from datetime import date, datetime
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
from boundary_app.core.profile import ProfileFileError
from boundary_app.core.reconciler import AccountResult
from boundary_app.core.schedule import Window
from boundary_app.core.service import FoundError, Status
from boundary_app.providers.base import AutoReply
from boundary_app.ui.languages import Words


class StatusText(Words):
    """Words for the state."""


def format_when(
    moment: datetime, tz: ZoneInfo, with_date: bool = True, *, long: bool = False
) -> str:
    """Local date and time as the language writes them: "Mon 30 Nov 09:00" in English,
    "ma 30 nov. 09:00" in Dutch, "Sen, 30 Nov 09.00" in Indonesian; ``long`` spells the day
    and month out ("maandag 30 november 09:00"). The year is left out: moments shown are near.
    """
    local = moment.astimezone(tz)
    qt = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
    locale = QLocale()
    clock = locale.timeFormat(QLocale.FormatType.ShortFormat)
    if not with_date:
        return locale.toString(qt, clock)
    return locale.toString(qt, f"{day_format(locale, long=long)} {clock}")


def format_date(day: date, *, long: bool = False) -> str:
    """A date as the language writes it, without the year: "Wed 9 Dec", "wo 9 dec."."""
    locale = QLocale()
    return locale.toString(QDate(day.year, day.month, day.day), day_format(locale, long=long))


def day_format(locale: QLocale, *, long: bool = False) -> str:
    """The locale's long date pattern without the year, abbreviated unless ``long``."""
    pattern = locale.dateFormat(QLocale.FormatType.LongFormat)
    pattern = re.sub(r"[\s,./-]*\by+\b[\s,./-]*", " ", pattern).strip(" ,")
    pattern = re.sub(r"\bdd\b", "d", pattern)  # "3 maart", not "03 maart"
    if not long:
        pattern = pattern.replace("dddd", "ddd").replace("MMMM", "MMM")
    return pattern


def status_line(status: Status, tz: ZoneInfo) -> str:
    away = status.away
    if status.state == "focus":
        return StatusText.tr("Focus day: your auto-reply is on")
    if away is None:
        return StatusText.tr("Available")
    covers = ""
    # Who covers now: a stand-in when the backup chosen is away, nobody when none is there.
    covering = status.covered.covering if status.covered is not None else None
    name = covering if covering is not None else (away.backups[0] if away.backups else "")
    if name:
        covers = StatusText.tr(" — %1 covers").replace("%1", name.split()[0])
    if status.state == "away":
        if away.until is None:
            return StatusText.tr("Away, no end date") + covers
        return StatusText.tr("Away until %1").replace("%1", format_when(away.until, tz)) + covers
    return StatusText.tr("Available · away from %1").replace("%1", format_when(away.start, tz))


def health_line(status: Status) -> str:
    waiting = sum(a.status in ("pending", "unknown") for a in status.accounts)
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
    return StatusText.tr("Next mail check %1").replace(
        "%1", format_when(upcoming.start, tz, not today)
    )


def tooltip(status: Status, tz: ZoneInfo, checks: str = "") -> str:
    lines = ["Boundary", status_line(status, tz)]
    if health := health_line(status):
        lines.append(health)
    lines += [found_sentence(a.account, a.actual, tz) for a in found_accounts(status)]
    if checks:
        lines.append(checks)
    return "\n".join(lines)


def icon_name(status: Status) -> str:
    if status.health == "failed":
        return "failed"
    if status.health == "pending":
        return "pending"
    return "away" if status.state in ("away", "focus") else "available"


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
        return text.replace("%1", name).replace("%2", format_when(reply.end, tz))
    return FoundText.tr("%1 already has an auto-reply, set outside Boundary").replace("%1", name)


def replaces_sentence(name: str, reply: AutoReply, tz: ZoneInfo) -> str:
    """What going away does to a reply found on ``name``, said before it is done."""
    if reply.end is not None:
        text = FoundText.tr(
            "Go away replaces the auto-reply %1 already has (until %2), set outside Boundary."
        )
        return text.replace("%1", name).replace("%2", format_when(reply.end, tz))
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
