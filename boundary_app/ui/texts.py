"""Words for the state, shared by the tray, the window and the dialogs; all through tr."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from boundary_app.core.journal import CheckRecord
from boundary_app.core.schedule import Window
from boundary_app.core.service import Status


def tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("Status", text, None, n)


def format_when(moment: datetime, tz: ZoneInfo, with_date: bool = True) -> str:
    """A short local date and time in the language's conventions ("Mon 30 Nov 09:00")."""
    local = moment.astimezone(tz)
    qt = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
    return QLocale().toString(qt, "ddd d MMM HH:mm" if with_date else "HH:mm")


def status_line(status: Status, tz: ZoneInfo) -> str:
    away = status.away
    if away is None:
        return tr("Available")
    covers = ""
    if away.backups:
        covers = tr(" — %1 covers").replace("%1", away.backups[0].split()[0])
    if status.state == "away":
        if away.until is None:
            return tr("Away, no end date") + covers
        return tr("Away until %1").replace("%1", format_when(away.until, tz)) + covers
    return tr("Available · away from %1").replace("%1", format_when(away.start, tz))


def health_line(status: Status) -> str:
    waiting = sum(a.status in ("pending", "unknown") for a in status.accounts)
    failing = [a for a in status.accounts if a.status in ("failed", "needs-sign-in", "drift")]
    if failing:
        return tr("Needs attention on %n account(s)", len(failing))
    if waiting:
        return tr("Sending to %n account(s)…", waiting)
    return ""


def check_line(
    current: CheckRecord | None, upcoming: Window | None, now: datetime, tz: ZoneInfo
) -> str:
    """ "Mail check: 12 min left" inside a check, else "Next mail check 16:00"."""
    if current is not None:
        left = max(0, int((current.due - now).total_seconds() + 59) // 60)
        return tr("Mail check: %n min left", left)
    if upcoming is None:
        return ""
    today = upcoming.start.astimezone(tz).date() == now.astimezone(tz).date()
    return tr("Next mail check %1").replace("%1", format_when(upcoming.start, tz, not today))


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
    return "away" if status.state == "away" else "available"
