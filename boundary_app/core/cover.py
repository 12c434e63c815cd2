"""Cover: who looks after people who write while the person is away, and whether they can.

An away period names the backups chosen to cover (``ReplyPeriod.backups``, in order). Who
covers at a moment is the first of them who is available, then the rest of the roster in its
order (the stand-ins); a backup is unavailable when the person marked them so by hand
(``Backup.away_until``) or when an account's server says their own auto-reply is on (mail
tips, kept in the journal as ``BackupTip``). "Unknown" counts as available: nothing says
otherwise.

The reply names who covers, so an away period keeps its texts for every stand-in (and for
nobody) from when it was recorded (``ReplyPeriod.variants``); ``effective`` gives the period
as it reads at a moment: those texts, and the address the forwarding goes to. Pure functions
of values: no clock, no journal, no network.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from boundary_app.core.journal import BackupTip, ReplyPeriod
from boundary_app.core.profile import Backup
from boundary_app.core.states import Availability

PROFILE = "profile"
"""The source of a backup marked unavailable by hand."""
RECHECK = timedelta(hours=1)
"""How often the backups' own auto-replies are asked about during an away period."""


@dataclass(frozen=True)
class BackupState:
    """One backup of the roster and whether they can cover at a moment."""

    name: str
    email: str
    availability: Availability
    until: datetime | None = None
    """When they are back, if known."""
    note: str = ""
    """The first line of their own auto-reply, when that is what says they are away."""
    source: str = ""
    """What said so: ``PROFILE`` (marked by hand), the account whose server was asked, or ""."""
    checked: datetime | None = None

    @property
    def can_cover(self) -> bool:
        return self.availability is not Availability.AWAY

    def to_json(self) -> dict[str, Any]:
        """The shape the worker sends the tray (``Job.BACKUPS``)."""
        return {
            "name": self.name,
            "email": self.email,
            "availability": self.availability.value,
            "until": None if self.until is None else self.until.isoformat(),
            "note": self.note,
            "source": self.source,
            "checked": None if self.checked is None else self.checked.isoformat(),
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> BackupState:
        until, checked = data.get("until"), data.get("checked")
        return cls(
            name=str(data["name"]),
            email=str(data.get("email", "")),
            availability=Availability(data["availability"]),
            until=None if until is None else datetime.fromisoformat(str(until)),
            note=str(data.get("note", "")),
            source=str(data.get("source", "")),
            checked=None if checked is None else datetime.fromisoformat(str(checked)),
        )


def first_line(text: str) -> str:
    """The first line of a reply that says something (their greeting often comes first)."""
    lines = [line.strip() for line in text.replace("\r\n", "\n").split("\n") if line.strip()]
    return lines[0][:200] if lines else ""


def backup_state(
    backup: Backup, tips: Mapping[str, BackupTip], now: datetime, tz: ZoneInfo
) -> BackupState:
    """Whether ``backup`` can cover at ``now``: marked by hand first, then the mail tips."""
    if backup.marked_away(now, tz) and backup.away_until is not None:
        back = datetime.combine(backup.away_until + timedelta(days=1), time(0), tz)
        return BackupState(backup.name, backup.email, Availability.AWAY, back, source=PROFILE)
    tip = tips.get(backup.email.lower())
    if tip is None:
        return BackupState(backup.name, backup.email, Availability.UNKNOWN)
    running = (
        tip.away
        and (tip.start is None or tip.start <= now)
        and (tip.until is None or now < tip.until)
    )
    if not running:
        return BackupState(
            backup.name, backup.email, Availability.AVAILABLE, None, "", tip.source, tip.checked
        )
    return BackupState(
        backup.name,
        backup.email,
        Availability.AWAY,
        tip.until,
        first_line(tip.message),
        tip.source,
        tip.checked,
    )


def roster_states(
    roster: Sequence[Backup], tips: Mapping[str, BackupTip], now: datetime, tz: ZoneInfo
) -> list[BackupState]:
    return [backup_state(b, tips, now, tz) for b in roster]


def candidates(chosen: Sequence[str], roster: Sequence[Backup]) -> list[Backup]:
    """Who may cover, in order: the backups chosen for the period, then the rest of the
    roster (stand-ins). Nobody when none was chosen ("no backup")."""
    if not chosen:
        return []
    by_name = {b.name: b for b in roster}
    first = [by_name[name] for name in chosen if name in by_name]
    return first + [b for b in roster if b.name not in chosen]


def named_while(covering: int, chosen: Sequence[str], others: Sequence[Backup]) -> list[Backup]:
    """The backups the reply names while ``others[covering]`` covers: them and the ones after
    them, as many as were chosen."""
    return list(others[covering : covering + max(1, len(chosen))])


def covering_backup(
    chosen: Sequence[str],
    roster: Sequence[Backup],
    tips: Mapping[str, BackupTip],
    now: datetime,
    tz: ZoneInfo,
) -> Backup | None:
    """The first backup who may cover and is not away at ``now``; None when nobody can."""
    for backup in candidates(chosen, roster):
        if backup_state(backup, tips, now, tz).can_cover:
            return backup
    return None


def effective(
    period: ReplyPeriod,
    roster: Sequence[Backup],
    tips: Mapping[str, BackupTip],
    now: datetime,
    tz: ZoneInfo,
) -> ReplyPeriod:
    """``period`` as it reads at ``now``: who covers (``covering``, ``forward_to``) and the
    reply that names them. A period naming nobody, or made before variants existed, keeps its
    own texts."""
    if not period.backups:
        return replace(period, covering="", forward_to="")
    everyone = candidates(period.backups, roster)
    backup = covering_backup(period.backups, roster, tips, now, tz)
    name = backup.name if backup is not None else ""
    email = backup.email if backup is not None else ""
    texts = period.variant(name) if not everyone or everyone[0].name != name else None
    if texts is None:
        return replace(period, covering=name, forward_to=email)
    return replace(
        period,
        subject=texts.subject,
        internal=texts.internal,
        external=texts.external,
        covering=name,
        forward_to=email,
    )


def domain_of(address: str) -> str:
    return address.rpartition("@")[2].strip().lower()


def outside(backup_email: str, account_email: str) -> bool:
    """Whether forwarding from ``account_email`` to ``backup_email`` leaves the organisation
    (another domain than the account's, subdomains included as inside)."""
    mine, theirs = domain_of(account_email), domain_of(backup_email)
    if not mine or not theirs:
        return False
    return not (theirs == mine or theirs.endswith("." + mine) or mine.endswith("." + theirs))


__all__ = [
    "PROFILE",
    "RECHECK",
    "BackupState",
    "backup_state",
    "candidates",
    "covering_backup",
    "effective",
    "first_line",
    "named_while",
    "outside",
    "roster_states",
]
