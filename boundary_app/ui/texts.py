"""Words for the state, shared by the tray, the window and the dialogs; all through tr."""

from __future__ import annotations

import re
from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from boundary_app.core.journal import CheckRecord
from boundary_app.core.schedule import Window
from boundary_app.core.service import Status
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
    if away.backups:
        covers = StatusText.tr(" — %1 covers").replace("%1", away.backups[0].split()[0])
    if status.state == "away":
        if away.until is None:
            return StatusText.tr("Away, no end date") + covers
        return StatusText.tr("Away until %1").replace("%1", format_when(away.until, tz)) + covers
    return StatusText.tr("Available · away from %1").replace("%1", format_when(away.start, tz))


def health_line(status: Status) -> str:
    waiting = sum(a.status in ("pending", "unknown") for a in status.accounts)
    failing = [a for a in status.accounts if a.status in ("failed", "needs-sign-in", "drift")]
    if failing:
        return StatusText.tr("Needs attention on %n account(s)", "", len(failing))
    if waiting:
        return StatusText.tr("Sending to %n account(s)…", "", waiting)
    return ""


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
    if checks:
        lines.append(checks)
    return "\n".join(lines)


def icon_name(status: Status) -> str:
    if status.health == "failed":
        return "failed"
    if status.health == "pending":
        return "pending"
    return "away" if status.state in ("away", "focus") else "available"
