"""The journal: a SQLite record of away periods, pushes and each account's sync state.

The tray app and the ``boundary`` command may use it at the same time (WAL mode, a busy
timeout); every write is one short transaction. Times are stored as ISO 8601 UTC text.

What goes wrong with the file is raised as a ``JournalError`` with fields, for the front ends
to word: ``open_journal`` sets a journal that cannot be used aside and starts a new one; a
journal from a newer Boundary is used read-only. The file and its folder are private (POSIX).
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import astuple, dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from boundary_app.core.paths import create_private, private_folder, tighten
from boundary_app.core.states import AccountStatus, Cover
from boundary_app.providers.base import Audience, Said

if TYPE_CHECKING:  # made where used (``journal_records``), still importable from here
    from boundary_app.core.journal_records import INTERRUPTION_KINDS as INTERRUPTION_KINDS
    from boundary_app.core.journal_records import BackupTip as BackupTip
    from boundary_app.core.journal_records import CheckRecord as CheckRecord
    from boundary_app.core.journal_records import CoverSwitch as CoverSwitch
    from boundary_app.core.journal_records import Forward as Forward
    from boundary_app.core.journal_records import Interruption as Interruption
    from boundary_app.core.journal_records import JournalNewer as JournalNewer
    from boundary_app.core.journal_records import JournalNotice as JournalNotice
    from boundary_app.core.journal_records import JournalSetAside as JournalSetAside
    from boundary_app.core.journal_records import Push as Push
    from boundary_app.core.journal_records import ReplyTexts as ReplyTexts
    from boundary_app.core.journal_records import ReviewNotes as ReviewNotes

RECORDS = frozenset(
    {
        "INTERRUPTION_KINDS",
        "BackupTip",
        "CheckRecord",
        "CoverSwitch",
        "Forward",
        "Interruption",
        "JournalNewer",
        "JournalNotice",
        "JournalSetAside",
        "Push",
        "ReplyTexts",
        "ReviewNotes",
    }
)
"""The names kept in ``journal_records`` (records ``boundary status`` never reads)."""


def __getattr__(name: str) -> Any:
    """A record type of ``journal_records``, imported when first asked for (PEP 562)."""
    if name in RECORDS:
        from boundary_app.core import journal_records

        return getattr(journal_records, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


SCHEMA = """
CREATE TABLE IF NOT EXISTS away_periods (
    id INTEGER PRIMARY KEY,
    created TEXT NOT NULL,
    start TEXT NOT NULL,
    until TEXT,
    template TEXT NOT NULL,
    subject TEXT NOT NULL,
    internal TEXT NOT NULL,
    external TEXT NOT NULL,
    audience TEXT NOT NULL,
    accounts TEXT NOT NULL,
    backups TEXT NOT NULL,
    ended TEXT,
    external_subject TEXT NOT NULL DEFAULT '',
    request TEXT NOT NULL DEFAULT '',
    cover TEXT NOT NULL DEFAULT 'reply',
    variants TEXT NOT NULL DEFAULT '[]'
);
CREATE TABLE IF NOT EXISTS pushes (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    account TEXT NOT NULL,
    action TEXT NOT NULL,
    ok INTEGER NOT NULL,
    error_kind TEXT,
    message TEXT NOT NULL DEFAULT '',
    said TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS pushes_account_at ON pushes (account, at);
CREATE TABLE IF NOT EXISTS account_state (
    account TEXT PRIMARY KEY,
    status TEXT NOT NULL,
    desired TEXT NOT NULL,
    actual TEXT,
    message TEXT NOT NULL DEFAULT '',
    attempts INTEGER NOT NULL DEFAULT 0,
    next_retry TEXT,
    last_push TEXT,
    updated TEXT NOT NULL,
    hands_off INTEGER NOT NULL DEFAULT 0,
    left_alone INTEGER NOT NULL DEFAULT 0,
    acts INTEGER NOT NULL DEFAULT 0,
    said TEXT NOT NULL DEFAULT ''
);
CREATE TABLE IF NOT EXISTS check_windows (
    id INTEGER PRIMARY KEY,
    start TEXT NOT NULL,
    due TEXT NOT NULL,
    scheduled INTEGER NOT NULL,
    outcome TEXT NOT NULL,
    opened TEXT,
    closed TEXT,
    snoozes INTEGER NOT NULL DEFAULT 0,
    resume TEXT,
    nudged TEXT,
    reason TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX IF NOT EXISTS check_windows_scheduled
    ON check_windows (start) WHERE scheduled = 1;
CREATE TABLE IF NOT EXISTS forwards (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    account TEXT NOT NULL,
    message_id TEXT NOT NULL,
    recipient TEXT NOT NULL,
    subject TEXT NOT NULL DEFAULT ''
);
CREATE TABLE IF NOT EXISTS channel_state (
    account TEXT NOT NULL,
    channel TEXT NOT NULL,
    status TEXT NOT NULL,
    desired TEXT NOT NULL,
    actual TEXT,
    message TEXT NOT NULL DEFAULT '',
    attempts INTEGER NOT NULL DEFAULT 0,
    next_retry TEXT,
    last_push TEXT,
    updated TEXT NOT NULL,
    hands_off INTEGER NOT NULL DEFAULT 0,
    left_alone INTEGER NOT NULL DEFAULT 0,
    acts INTEGER NOT NULL DEFAULT 0,
    said TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (account, channel)
);
CREATE TABLE IF NOT EXISTS backup_tips (
    email TEXT PRIMARY KEY,
    checked TEXT NOT NULL,
    away INTEGER NOT NULL,
    start TEXT,
    until TEXT,
    message TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    said TEXT NOT NULL DEFAULT ''
);
CREATE TABLE IF NOT EXISTS cover_switches (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    period INTEGER NOT NULL,
    backup TEXT NOT NULL,
    previous TEXT,
    announced INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS interruptions (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    client TEXT NOT NULL,
    kind TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS interruptions_at ON interruptions (at);
CREATE TABLE IF NOT EXISTS reviews (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    since TEXT NOT NULL,
    productive TEXT NOT NULL DEFAULT '',
    obstacles TEXT NOT NULL DEFAULT '',
    changes TEXT NOT NULL DEFAULT ''
);
"""
SCHEMA_VERSION = 6
"""1: away periods, pushes, account state, mail checks, forwards, meta. 2 added
``account_state.hands_off``, ``left_alone`` and ``acts`` (first contact); 3 added
``away_periods.external_subject`` and ``request`` (the Go-away form, to change a period); 4
added interruptions and the evaluations' notes (``reviews``); 5 added ``away_periods.cover``
and ``variants`` and the tables ``channel_state`` (forwarding, and later channels),
``backup_tips`` and ``cover_switches`` (cover); 6 added ``said`` beside each ``message``
(``SAID``). An older journal gets what it lacks when it is opened."""
BUSY_TIMEOUT = 10.0
"""Seconds to wait for another process's transaction (SQLite's busy timeout) before giving up."""
SIDE_FILES = ("-wal", "-shm")
"""SQLite's files beside the journal; the write-ahead log holds committed records."""


class JournalError(Exception):
    """The journal cannot be used as asked. Front ends word it from the class and its fields;
    ``str()`` is for the log."""

    def __init__(self, path: Path, detail: str = "") -> None:
        detail = " ".join(detail.split())  # SQLite's checks report on several lines
        super().__init__(f"{type(self).__name__}: {path}" + (f" ({detail})" if detail else ""))
        self.path = path
        self.detail = detail
        """SQLite's or the system's own words, for the log and the curious."""


class JournalDamaged(JournalError):
    """Not a journal Boundary can read: not a database, damaged, or a folder in its place.

    ``open_journal`` sets such a file aside; met while in use, it ends the operation.
    """

    def __init__(self, path: Path, detail: str = "", *, folder: bool = False) -> None:
        super().__init__(path, detail)
        self.folder = folder


class JournalUnavailable(JournalError):
    """The system refused the file (permissions, a read-only or full disk); ``detail`` says
    how. Nothing is set aside: the journal itself may be fine."""


class JournalBusy(JournalError):
    """Another process held the journal for longer than ``waited`` seconds."""

    def __init__(self, path: Path, waited: float) -> None:
        super().__init__(path, f"waited {waited:g} s")
        self.waited = waited


class JournalReadOnly(JournalError):
    """A journal from a newer Boundary (schema ``version``) is only read: this was a write, or
    something this version cannot read."""

    def __init__(self, path: Path, version: int) -> None:
        super().__init__(path, f"schema {version}")
        self.version = version


ADDED_COLUMNS = {
    "away_periods": (
        ("external_subject", "TEXT NOT NULL DEFAULT ''"),
        ("request", "TEXT NOT NULL DEFAULT ''"),
        ("cover", "TEXT NOT NULL DEFAULT 'reply'"),
        ("variants", "TEXT NOT NULL DEFAULT '[]'"),
    ),
    "account_state": (
        ("hands_off", "INTEGER NOT NULL DEFAULT 0"),
        ("left_alone", "INTEGER NOT NULL DEFAULT 0"),
        ("acts", "INTEGER NOT NULL DEFAULT 0"),
        ("said", "TEXT NOT NULL DEFAULT ''"),
    ),
    "channel_state": (("said", "TEXT NOT NULL DEFAULT ''"),),
    "pushes": (("said", "TEXT NOT NULL DEFAULT ''"),),
    "backup_tips": (("said", "TEXT NOT NULL DEFAULT ''"),),
}
"""Columns added after version 1, by table: a journal that lacks them gains them."""

SAID = "said"
"""The column beside a ``message``: its codes and values (``Said.to_json`` as JSON text) when
the message is a ``Said``, "" when it is plain text (a row of version 5 or older, a plugin's
own sentence). The English stays in ``message`` for the log, ``--json`` and older readers."""


def _said(message: str) -> str:
    """What the ``said`` column keeps of ``message``."""
    if not isinstance(message, Said):
        return ""
    return json.dumps(message.to_json(), ensure_ascii=False)


def _message(row: sqlite3.Row) -> str:
    """A row's message: a ``Said`` when its codes were kept and this version knows them (a
    newer Boundary's code reads as the plain English), else the plain text as kept."""
    try:
        said = Said.from_json(json.loads(row[SAID])) if row[SAID] else None
    except (IndexError, ValueError):  # no such column (a newer journal's table), not JSON
        said = None
    return said if said is not None else str(row["message"])


def _migrate(db: sqlite3.Connection) -> None:
    """Bring an older journal's tables up to ``SCHEMA`` (``CREATE TABLE IF NOT EXISTS`` leaves
    an existing table as it is)."""
    for table, columns in ADDED_COLUMNS.items():
        have = {row[1] for row in db.execute(f"PRAGMA table_info({table})")}
        for name, declaration in columns:
            if name not in have:
                db.execute(f"ALTER TABLE {table} ADD COLUMN {name} {declaration}")


def _iso(moment: datetime | None) -> str | None:
    return None if moment is None else moment.astimezone(UTC).isoformat(timespec="seconds")


def _dt(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text)


REPLY = "reply"
"""The reply's channel, kept in ``account_state``; other channels are in ``channel_state``."""


def _state_table(account: str, channel: str) -> tuple[str, str, tuple[str, ...]]:
    if channel == REPLY:
        return "account_state", "account=?", (account,)
    return "channel_state", "account=? AND channel=?", (account, channel)


def _switch(row: sqlite3.Row) -> CoverSwitch:
    from boundary_app.core.journal_records import CoverSwitch

    at = _dt(row["at"])
    assert at is not None
    return CoverSwitch(row["id"], at, row["period"], row["backup"], row["previous"])


def _cover(text: str) -> Cover:
    """A stored cover; one this version does not know reads as the reply alone."""
    try:
        return Cover(text)
    except ValueError:
        return Cover.REPLY


def _account_status(text: str) -> AccountStatus:
    """A stored status; one this version does not know (a newer Boundary wrote it) reads as
    never checked, so the next pass looks at the account again."""
    try:
        return AccountStatus(text)
    except ValueError:
        return AccountStatus.UNKNOWN


@dataclass(frozen=True)
class ReplyPeriod:
    """A span of time with its auto-reply: an away period the person asked for (kept in the
    journal, with an ``id``), or a focus day's reply made from the plan (never stored)."""

    start: datetime
    until: datetime | None
    template: str
    subject: str
    internal: str
    external: str
    audience: Audience
    accounts: tuple[str, ...] = ()
    """Names of the accounts that carry the reply; empty means every account."""
    backups: tuple[str, ...] = ()
    created: datetime | None = None
    ended: datetime | None = None
    id: int | None = None
    external_subject: str = ""
    """The subject people outside get; blank: ``subject``."""
    request: str = ""
    """What the person asked for, as JSON (``service.AwayRequest``): the templates with their
    placeholders and the reasons, so the period can be opened again and changed; blank for a
    period made otherwise (a reply kept as found, an older journal)."""
    cover: Cover = Cover.REPLY
    variants: tuple[ReplyTexts, ...] = ()
    """The reply as it reads when another backup covers (the first ones chosen are away), or
    nobody: rendered when the period is recorded, so the record says what was sent."""
    covering: str | None = None
    """Worked out at a moment, never stored: who covers then (a backup's name, "" for nobody
    available, None when not worked out). ``forward_to`` is their address."""
    forward_to: str = ""

    def covers(self, account: str) -> bool:
        return not self.accounts or account.casefold() in {a.casefold() for a in self.accounts}

    def active_at(self, moment: datetime) -> bool:
        return self.start <= moment and (self.until is None or moment < self.until)

    @property
    def back(self) -> datetime | None:
        """When the person was back: the end, or earlier when they said "I'm back"; None
        while there is no end."""
        ends = [m for m in (self.until, self.ended) if m is not None]
        return min(ends, default=None)

    def variant(self, backup: str) -> ReplyTexts | None:
        return next((v for v in self.variants if v.backup == backup), None)


@dataclass(frozen=True)
class AccountState:
    """What the reconciler last knew of one account."""

    account: str
    status: AccountStatus
    desired: str
    actual: str | None = None
    message: str = ""
    attempts: int = 0
    next_retry: datetime | None = None
    last_push: datetime | None = None
    updated: datetime | None = None
    hands_off: bool = False
    """Boundary must not write this account: it has not read it yet since first contact, or
    it holds a reply Boundary did not set (``found``) and the person has not acted."""
    left_alone: bool = False
    """The person chose to leave the found reply alone: still hands-off, no longer announced."""
    acts: int = 0
    """How often the person acted on the account (go away, I'm back, keep, leave). A pass
    carries the count it began with; the person's word stands if it changed meanwhile."""


@dataclass
class Journal:
    path: Path
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    _db: sqlite3.Connection | None = field(default=None, repr=False)
    _waited: float = field(default=BUSY_TIMEOUT, init=False, repr=False)

    version: int = field(default=SCHEMA_VERSION, init=False)
    """The schema version of the file; above ``SCHEMA_VERSION`` it is only read."""

    on_write: Callable[[], None] | None = field(default=None, init=False, repr=False)
    """Called after each write this object commits (from the writing thread, the lock
    released): the tray app re-arms its timer, since a check snoozed or a window skipped
    moves what is due next."""

    def __post_init__(self) -> None:
        if self.path.is_dir():
            raise JournalDamaged(self.path, "a folder", folder=True)
        private_folder(self.path.parent)
        try:
            create_private(self.path)  # SQLite gives its side files the journal's permissions
            for suffix in SIDE_FILES:
                tighten(self.path.with_name(self.path.name + suffix))
            db = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT, check_same_thread=False)
        except (OSError, sqlite3.Error) as error:
            raise JournalUnavailable(self.path, str(error)) from None
        self._waited = BUSY_TIMEOUT
        try:
            self._prepare(db)
        except sqlite3.Error as error:
            db.close()
            raise self._problem(error) from None
        except BaseException:
            db.close()
            raise
        self._db = db

    def _prepare(self, db: sqlite3.Connection) -> None:
        """Check the file is a whole journal of a version this Boundary knows, and set it up.

        ``quick_check`` reads every page (about 2 ms per MB), so a damaged journal is found
        here, where it can be set aside, not in the middle of recording something.
        """
        db.row_factory = sqlite3.Row
        self.version = db.execute("PRAGMA user_version").fetchone()[0]
        db.execute("SELECT count(*) FROM sqlite_master").fetchone()  # "file is not a database"
        if self.read_only:
            db.execute("PRAGMA query_only=ON")
            return
        problem = db.execute("PRAGMA quick_check(1)").fetchone()[0]
        if problem != "ok":
            raise JournalDamaged(self.path, str(problem))
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")
        if self.version < SCHEMA_VERSION:  # a write: only when there is something to set up
            with db:
                db.executescript(SCHEMA)
                _migrate(db)
                db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
            self.version = SCHEMA_VERSION

    @property
    def read_only(self) -> bool:
        """Written by a newer Boundary: read, never written."""
        return self.version > SCHEMA_VERSION

    def _problem(self, error: sqlite3.Error) -> Exception:
        """The ``JournalError`` for what SQLite reported, or ``error`` itself (a bug)."""
        name = getattr(error, "sqlite_errorname", "")
        if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
            return JournalBusy(self.path, self._waited)
        if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
            return JournalDamaged(self.path, str(error))
        if self.read_only:  # a write, or a table this version does not know
            return JournalReadOnly(self.path, self.version)
        if name.startswith(("SQLITE_CANTOPEN", "SQLITE_PERM", "SQLITE_READONLY", "SQLITE_IOERR")):
            return JournalUnavailable(self.path, str(error))
        if name.startswith(("SQLITE_FULL", "SQLITE_AUTH", "SQLITE_NOLFS")):
            return JournalUnavailable(self.path, str(error))
        return error

    def close(self) -> None:
        with self._lock:
            if self._db is not None:
                self._db.close()
                self._db = None

    @contextmanager
    def _tx(self, *, write: bool = False) -> Iterator[sqlite3.Connection]:
        with self._lock:
            if self._db is None:
                raise RuntimeError("journal is closed")
            if write and self.read_only:
                raise JournalReadOnly(self.path, self.version)
            try:
                with self._db:
                    yield self._db
            except sqlite3.Error as error:
                raise self._problem(error) from error
        if write and self.on_write is not None:
            self.on_write()

    # --- away periods ---------------------------------------------------------------------

    def add_away(self, period: ReplyPeriod, now: datetime) -> ReplyPeriod:
        """Record ``period``; it replaces any away period that is current or upcoming."""
        with self._tx(write=True) as db:
            self._end_open(db, now)
            cursor = db.execute(
                "INSERT INTO away_periods (created, start, until, template, subject, internal,"
                " external, audience, accounts, backups, external_subject, request, cover,"
                " variants)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    _iso(now),
                    _iso(period.start),
                    _iso(period.until),
                    period.template,
                    period.subject,
                    period.internal,
                    period.external,
                    period.audience.value,
                    json.dumps(list(period.accounts)),
                    json.dumps(list(period.backups)),
                    period.external_subject,
                    period.request,
                    period.cover.value,
                    json.dumps([list(astuple(v)) for v in period.variants], ensure_ascii=False),
                ),
            )
            row = db.execute("SELECT * FROM away_periods WHERE id=?", (cursor.lastrowid,))
            return self._away(row.fetchone())

    def end_away(self, now: datetime) -> bool:
        """End the current or upcoming away period; False when there was none."""
        with self._tx(write=True) as db:
            return self._end_open(db, now) > 0

    @staticmethod
    def _end_open(db: sqlite3.Connection, now: datetime) -> int:
        stamp = _iso(now)
        return db.execute(
            "UPDATE away_periods SET ended=? WHERE ended IS NULL AND (until IS NULL OR until>?)",
            (stamp, stamp),
        ).rowcount

    def current_away(self, now: datetime) -> ReplyPeriod | None:
        """The away period in force at ``now``, else the next upcoming one, else None."""
        stamp = _iso(now)
        with self._tx() as db:
            row = db.execute(
                "SELECT * FROM away_periods WHERE ended IS NULL AND (until IS NULL OR until>?)"
                " ORDER BY start LIMIT 1",
                (stamp,),
            ).fetchone()
        return self._away(row) if row else None

    def away_periods(self) -> list[ReplyPeriod]:
        with self._tx() as db:
            rows = db.execute("SELECT * FROM away_periods ORDER BY start").fetchall()
        return [self._away(r) for r in rows]

    @staticmethod
    def _away(row: sqlite3.Row) -> ReplyPeriod:
        start = _dt(row["start"])
        assert start is not None
        variants = json.loads(row["variants"] or "[]")
        if variants:  # only a period with backups has them
            from boundary_app.core.journal_records import ReplyTexts

            variants = [ReplyTexts(*map(str, v)) for v in variants]
        return ReplyPeriod(
            id=row["id"],
            created=_dt(row["created"]),
            start=start,
            until=_dt(row["until"]),
            template=row["template"],
            subject=row["subject"],
            internal=row["internal"],
            external=row["external"],
            audience=Audience(row["audience"]),
            accounts=tuple(json.loads(row["accounts"])),
            backups=tuple(json.loads(row["backups"])),
            ended=_dt(row["ended"]),
            external_subject=row["external_subject"],
            request=row["request"],
            cover=_cover(row["cover"]),
            variants=tuple(variants),
        )

    # --- pushes and account state ---------------------------------------------------------

    def record_push(self, push: Push) -> None:
        with self._tx(write=True) as db:
            db.execute(
                "INSERT INTO pushes (at, account, action, ok, error_kind, message, said)"
                " VALUES (?,?,?,?,?,?,?)",
                (
                    _iso(push.at),
                    push.account,
                    push.action,
                    int(push.ok),
                    push.error_kind,
                    push.message,
                    _said(push.message),
                ),
            )

    def pushes(self, account: str | None = None) -> list[Push]:
        query = "SELECT * FROM pushes"
        args: Sequence[str] = ()
        if account is not None:
            query += " WHERE account=?"
            args = (account,)
        with self._tx() as db:
            rows = db.execute(query + " ORDER BY id", args).fetchall()
        from boundary_app.core.journal_records import Push

        return [
            Push(
                at=datetime.fromisoformat(r["at"]),
                account=r["account"],
                action=r["action"],
                ok=bool(r["ok"]),
                error_kind=r["error_kind"],
                message=_message(r),
            )
            for r in rows
        ]

    def set_state(self, state: AccountState, now: datetime, channel: str = REPLY) -> None:
        """Keep what a pass learnt of an account's ``channel`` (the reply unless named).

        If the person acted on the account after the pass began (``acts`` differs), the flags
        they set (``hands_off``, ``left_alone``) are kept and the pass's own are dropped.
        """
        table, where, key = _state_table(state.account, channel)
        with self._tx(write=True) as db:
            row = db.execute(
                f"SELECT hands_off, left_alone, acts FROM {table} WHERE {where}", key
            ).fetchone()
            if row is not None and row["acts"] != state.acts:
                state = replace(
                    state,
                    hands_off=bool(row["hands_off"]),
                    left_alone=bool(row["left_alone"]),
                    acts=row["acts"],
                )
            columns = "account, status, desired, actual, message, attempts, next_retry,"
            columns += " last_push, updated, hands_off, left_alone, acts, said"
            values = [
                state.account,
                state.status,
                state.desired,
                state.actual,
                state.message,
                state.attempts,
                _iso(state.next_retry),
                _iso(state.last_push),
                _iso(now),
                int(state.hands_off),
                int(state.left_alone),
                state.acts,
                _said(state.message),
            ]
            if channel != REPLY:
                columns, values = columns + ", channel", [*values, channel]
            marks = ",".join("?" for _ in values)
            db.execute(f"INSERT OR REPLACE INTO {table} ({columns}) VALUES ({marks})", values)

    def person_acted(self, accounts: Sequence[str], now: datetime, *, leave: bool = False) -> None:
        """The person acted on ``accounts``: go away, I'm back or keep (Boundary may write them
        again: hands-off ends), or ``leave`` (the found reply stays, hands-off and quiet).

        An account with no state yet gets one, so it is no longer a first contact. Its other
        channels (forwarding) follow the same word.
        """
        with self._tx(write=True) as db:
            for account in accounts:
                db.execute(
                    "INSERT INTO account_state (account, status, desired, updated, hands_off,"
                    " left_alone, acts) VALUES (?, ?, '', ?, ?, ?, 1) ON CONFLICT(account) DO"
                    " UPDATE SET hands_off=excluded.hands_off, left_alone=excluded.left_alone,"
                    " acts=acts+1",
                    (account, AccountStatus.UNKNOWN, _iso(now), int(leave), int(leave)),
                )
                db.execute(
                    "UPDATE channel_state SET hands_off=?, left_alone=?, acts=acts+1"
                    " WHERE account=?",
                    (int(leave), int(leave), account),
                )

    def state(self, account: str, channel: str = REPLY) -> AccountState | None:
        """What the last pass learnt of an account's ``channel`` (the reply unless named)."""
        table, where, key = _state_table(account, channel)
        with self._tx() as db:
            row = db.execute(f"SELECT * FROM {table} WHERE {where}", key).fetchone()
        if row is None:
            return None
        return AccountState(
            account=row["account"],
            status=_account_status(row["status"]),
            desired=row["desired"],
            actual=row["actual"],
            message=_message(row),
            attempts=row["attempts"],
            next_retry=_dt(row["next_retry"]),
            last_push=_dt(row["last_push"]),
            updated=_dt(row["updated"]),
            hands_off=bool(row["hands_off"]),
            left_alone=bool(row["left_alone"]),
            acts=row["acts"],
        )

    def forget_state(self, keep: Sequence[str]) -> None:
        """Drop the state of accounts no longer in the profile."""
        with self._tx(write=True) as db:
            marks = ",".join("?" for _ in keep) or "''"
            for table in ("account_state", "channel_state"):
                db.execute(f"DELETE FROM {table} WHERE account NOT IN ({marks})", tuple(keep))

    # --- cover: who covers, and what the servers say about the backups --------------------

    def save_tips(self, tips: Sequence[BackupTip]) -> None:
        """Keep what an account's server said about each backup (replacing what it said)."""
        with self._tx(write=True) as db:
            for tip in tips:
                db.execute(
                    "INSERT OR REPLACE INTO backup_tips (email, checked, away, start, until,"
                    " message, source, said) VALUES (?,?,?,?,?,?,?,?)",
                    (
                        tip.email.lower(),
                        _iso(tip.checked),
                        int(tip.away),
                        _iso(tip.start),
                        _iso(tip.until),
                        tip.message,
                        tip.source,
                        _said(tip.message),
                    ),
                )

    def tips(self) -> dict[str, BackupTip]:
        """The last word on each backup, by address in lower case."""
        from boundary_app.core.journal_records import BackupTip

        with self._tx() as db:
            rows = db.execute("SELECT * FROM backup_tips").fetchall()
        found = {}
        for r in rows:
            checked = _dt(r["checked"])
            assert checked is not None
            found[r["email"]] = BackupTip(
                r["email"],
                checked,
                bool(r["away"]),
                _dt(r["start"]),
                _dt(r["until"]),
                _message(r),
                r["source"],
            )
        return found

    def record_cover(
        self, period: int, backup: str, now: datetime, *, announced: bool = False
    ) -> None:
        """``backup`` ("" for nobody) covers ``period`` from ``now``; unless ``announced``,
        the person is still to be told (``cover_news``)."""
        with self._tx(write=True) as db:
            row = db.execute(
                "SELECT backup FROM cover_switches WHERE period=? ORDER BY id DESC LIMIT 1",
                (period,),
            ).fetchone()
            db.execute(
                "INSERT INTO cover_switches (at, period, backup, previous, announced)"
                " VALUES (?,?,?,?,?)",
                (_iso(now), period, backup, row["backup"] if row else None, int(announced)),
            )

    def covering(self, period: int) -> str | None:
        """Who was last recorded covering ``period`` ("" nobody), None when nobody was."""
        with self._tx() as db:
            row = db.execute(
                "SELECT backup FROM cover_switches WHERE period=? ORDER BY id DESC LIMIT 1",
                (period,),
            ).fetchone()
        return None if row is None else str(row["backup"])

    def cover_switches(self, period: int | None = None) -> list[CoverSwitch]:
        """Every change of who covers (of ``period``, or all), oldest first."""
        query = "SELECT * FROM cover_switches"
        args: tuple[int, ...] = ()
        if period is not None:
            query, args = query + " WHERE period=?", (period,)
        with self._tx() as db:
            rows = db.execute(query + " ORDER BY id", args).fetchall()
        return [_switch(r) for r in rows]

    def cover_news(self) -> list[CoverSwitch]:
        """The changes of who covers the person has not been told of yet; now they are."""
        with self._tx(write=True) as db:
            rows = db.execute(
                "SELECT * FROM cover_switches WHERE announced=0 ORDER BY id"
            ).fetchall()
            db.execute("UPDATE cover_switches SET announced=1 WHERE announced=0")
        return [_switch(r) for r in rows]

    # --- mail checks ----------------------------------------------------------------------

    def save_check(self, record: CheckRecord) -> None:
        """Insert or replace a record: scheduled ones by their start, unscheduled by theirs."""
        values = (
            _iso(record.start),
            _iso(record.due),
            int(record.scheduled),
            record.outcome,
            _iso(record.opened),
            _iso(record.closed),
            record.snoozes,
            _iso(record.resume),
            _iso(record.nudged),
            record.reason,
        )
        with self._tx(write=True) as db:
            db.execute(
                "DELETE FROM check_windows WHERE start = ? AND scheduled = ?",
                (values[0], values[2]),
            )
            db.execute(
                "INSERT INTO check_windows (start, due, scheduled, outcome, opened, closed,"
                " snoozes, resume, nudged, reason) VALUES (?,?,?,?,?,?,?,?,?,?)",
                values,
            )

    def forget_check(self, start: datetime) -> None:
        """Drop the record of the scheduled window starting at ``start`` (a skip undone)."""
        with self._tx(write=True) as db:
            db.execute(
                "DELETE FROM check_windows WHERE start = ? AND scheduled = 1", (_iso(start),)
            )

    def checks(self, start: datetime, end: datetime) -> list[CheckRecord]:
        """Records whose start is in [start, end), oldest first."""
        with self._tx() as db:
            rows = db.execute(
                "SELECT * FROM check_windows WHERE start >= ? AND start < ? ORDER BY start",
                (_iso(start), _iso(end)),
            ).fetchall()
        return [self._check(row) for row in rows]

    def open_checks(self) -> list[CheckRecord]:
        """Checks that are open or snoozed: what the app must still close or reopen."""
        with self._tx() as db:
            rows = db.execute(
                "SELECT * FROM check_windows WHERE outcome IN ('open', 'snoozed') ORDER BY start"
            ).fetchall()
        return [self._check(row) for row in rows]

    def last_check(self, before: datetime | None = None) -> datetime | None:
        """When the last check (before ``before``) was opened: new mail arrived after it."""
        with self._tx() as db:
            row = db.execute(
                "SELECT MAX(opened) FROM check_windows WHERE opened IS NOT NULL AND opened < ?",
                (_iso(before) if before is not None else "9999",),
            ).fetchone()
        return _dt(row[0])

    @staticmethod
    def _check(row: sqlite3.Row) -> CheckRecord:
        from boundary_app.core.journal_records import CheckRecord

        return CheckRecord(
            start=datetime.fromisoformat(row["start"]),
            due=datetime.fromisoformat(row["due"]),
            scheduled=bool(row["scheduled"]),
            outcome=row["outcome"],
            opened=_dt(row["opened"]),
            closed=_dt(row["closed"]),
            snoozes=row["snoozes"],
            resume=_dt(row["resume"]),
            nudged=_dt(row["nudged"]),
            reason=row["reason"],
        )

    def record_forward(self, forward: Forward) -> None:
        with self._tx(write=True) as db:
            db.execute(
                "INSERT INTO forwards (at, account, message_id, recipient, subject)"
                " VALUES (?,?,?,?,?)",
                (
                    _iso(forward.at),
                    forward.account,
                    forward.message_id,
                    forward.recipient,
                    forward.subject,
                ),
            )

    def forwards(self, start: datetime, end: datetime) -> list[Forward]:
        from boundary_app.core.journal_records import Forward

        with self._tx() as db:
            rows = db.execute(
                "SELECT * FROM forwards WHERE at >= ? AND at < ? ORDER BY at",
                (_iso(start), _iso(end)),
            ).fetchall()
        return [
            Forward(
                datetime.fromisoformat(r["at"]),
                r["account"],
                r["message_id"],
                r["recipient"],
                r["subject"],
            )
            for r in rows
        ]

    # --- interruptions and evaluations -----------------------------------------------------

    def record_interruption(self, interruption: Interruption) -> None:
        with self._tx(write=True) as db:
            db.execute(
                "INSERT INTO interruptions (at, client, kind, note) VALUES (?,?,?,?)",
                (_iso(interruption.at), interruption.client, interruption.kind, interruption.note),
            )

    def interruptions(self, start: datetime, end: datetime) -> list[Interruption]:
        """Interruptions logged for moments in [start, end), oldest first."""
        from boundary_app.core.journal_records import Interruption

        with self._tx() as db:
            rows = db.execute(
                "SELECT * FROM interruptions WHERE at >= ? AND at < ? ORDER BY at, id",
                (_iso(start), _iso(end)),
            ).fetchall()
        return [
            Interruption(datetime.fromisoformat(r["at"]), r["client"], r["kind"], r["note"])
            for r in rows
        ]

    def save_review(self, notes: ReviewNotes) -> None:
        with self._tx(write=True) as db:
            db.execute(
                "INSERT INTO reviews (at, since, productive, obstacles, changes)"
                " VALUES (?,?,?,?,?)",
                (
                    _iso(notes.at),
                    _iso(notes.since),
                    notes.productive,
                    notes.obstacles,
                    notes.changes,
                ),
            )

    def reviews(self) -> list[ReviewNotes]:
        """Every evaluation's notes, oldest first."""
        from boundary_app.core.journal_records import ReviewNotes

        with self._tx() as db:
            rows = db.execute("SELECT * FROM reviews ORDER BY at, id").fetchall()
        return [
            ReviewNotes(
                datetime.fromisoformat(r["at"]),
                datetime.fromisoformat(r["since"]),
                r["productive"],
                r["obstacles"],
                r["changes"],
            )
            for r in rows
        ]

    def meta(self, key: str) -> str | None:
        with self._tx() as db:
            row = db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def set_meta(self, key: str, value: str) -> None:
        with self._tx(write=True) as db:
            db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))


@dataclass(frozen=True)
class OpenedJournal:
    journal: Journal
    notice: JournalNotice | None = None
    """Something the person must be told: a journal set aside, or one from a newer Boundary."""


def open_journal(path: Path, now: datetime) -> OpenedJournal:
    """Open the journal for use, as ``profile.open_profile`` opens the profile.

    A journal that cannot be used (not a database, damaged, a folder in its place) is renamed
    to ``journal.sqlite3.corrupt-<time>``, with its write-ahead log, and a new one is started;
    the notice says where the old one is. A journal from a newer Boundary is used read-only.
    Raises ``JournalBusy`` or ``JournalUnavailable`` (nothing is moved then), or
    ``JournalUnavailable`` when a damaged journal cannot be moved.
    """
    try:
        journal = Journal(path)
    except JournalDamaged as error:
        from boundary_app.core.journal_records import JournalSetAside

        aside = _set_aside(path, now, error)
        notice = JournalSetAside(path, aside, error.folder, error.detail)
        return OpenedJournal(Journal(path), notice)
    if journal.read_only:
        from boundary_app.core.journal_records import JournalNewer

        return OpenedJournal(journal, JournalNewer(path, journal.version))
    return OpenedJournal(journal)


def _set_aside(path: Path, now: datetime, problem: JournalDamaged) -> Path:
    """Rename the journal and its side files to ``<name>.corrupt-<time>``; never replaces one
    set aside earlier. The write-ahead log keeps its ``-wal`` ending, so SQLite reads the two
    together if someone tries to recover them."""
    stamp = now.strftime("%Y%m%d-%H%M%S")
    aside = path.with_name(f"{path.name}.corrupt-{stamp}")
    counter = 1
    while any(aside.with_name(aside.name + s).exists() for s in ("", *SIDE_FILES)):
        counter += 1
        aside = path.with_name(f"{path.name}.corrupt-{stamp}-{counter}")
    try:
        # The side files first: a write-ahead log left behind would be read into the new
        # journal.
        for suffix in SIDE_FILES:
            side = path.with_name(path.name + suffix)
            if side.exists():
                side.replace(aside.with_name(aside.name + suffix))
        path.replace(aside)
    except OSError as error:
        raise JournalUnavailable(path, f"{problem.detail}; cannot be moved: {error}") from None
    return aside
