"""The journal's records that only some of Boundary reads: mail checks, forwards,
interruptions, evaluation notes, backups' own replies, cover switches, the notices of a
journal set aside or from a newer Boundary, the reply as it reads for another backup
(``ReplyTexts``, only in a period with backups) and the record of a push (``Push``, made when
a pass writes).

They are apart from ``journal`` so that a command such as ``boundary status``, which reads
none of them, does not create their classes on every start (Python 3.11 compiles each
dataclass's generated methods when the class is made: about half a millisecond a class).
``journal`` imports this module where it makes one, and still exports every name.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path


@dataclass(frozen=True)
class JournalSetAside:
    """A journal that could not be used was renamed to ``aside``; a new one took its place."""

    path: Path
    aside: Path
    folder: bool
    """A folder stood where the journal should be (else the file was damaged)."""
    detail: str = ""


@dataclass(frozen=True)
class JournalNewer:
    """The journal was written by a newer Boundary (schema ``version``): used read-only."""

    path: Path
    version: int


JournalNotice = JournalSetAside | JournalNewer


@dataclass(frozen=True)
class CheckRecord:
    """One mail-check window as it went, or an unscheduled check.

    ``start`` names a scheduled window (its planned start) or is when an unscheduled check
    opened; ``due`` is when time is up (later after a snooze). ``outcome`` is one of open,
    snoozed (waiting to reopen at ``resume``), kept, overrun, skipped, missed.
    """

    start: datetime
    due: datetime
    scheduled: bool
    outcome: str
    opened: datetime | None = None
    closed: datetime | None = None
    snoozes: int = 0
    resume: datetime | None = None
    nudged: datetime | None = None
    reason: str = ""

    @property
    def overrun(self) -> float:
        """Seconds past ``due`` when it was closed (0 when closed in time)."""
        if self.closed is None:
            return 0.0
        return max(0.0, (self.closed - self.due).total_seconds())


@dataclass(frozen=True)
class Forward:
    at: datetime
    account: str
    message_id: str
    recipient: str
    subject: str = ""


@dataclass(frozen=True)
class Interruption:
    """An unplanned call, chat or visit from a client, as the person logged it."""

    at: datetime
    client: str
    kind: str = "call"
    """call, chat or visit (``INTERRUPTION_KINDS``)."""
    note: str = ""


INTERRUPTION_KINDS = ("call", "chat", "visit")


@dataclass(frozen=True)
class ReviewNotes:
    """The person's answers at an evaluation: is work more productive, what got in the way,
    what will change. ``since`` is the first day the evaluation looked at."""

    at: datetime
    since: datetime
    productive: str = ""
    obstacles: str = ""
    changes: str = ""


@dataclass(frozen=True)
class BackupTip:
    """What an account's server last said about a backup's own auto-reply (mail tips)."""

    email: str
    checked: datetime
    away: bool
    start: datetime | None = None
    until: datetime | None = None
    message: str = ""
    source: str = ""
    """The account that asked."""


@dataclass(frozen=True)
class CoverSwitch:
    """The backup who covers an away period changed (``backup`` "" = nobody available)."""

    id: int
    at: datetime
    period: int
    backup: str
    previous: str | None


@dataclass(frozen=True)
class ReplyTexts:
    """The reply as it reads while ``backup`` covers ("" = nobody is available)."""

    backup: str
    subject: str
    internal: str
    external: str


@dataclass(frozen=True)
class Push:
    at: datetime
    account: str
    action: str
    ok: bool
    error_kind: str | None = None
    message: str = ""
