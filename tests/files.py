"""Boundary's files gone wrong: a folder it may not write in, damaged and newer journals."""

from __future__ import annotations

import errno
import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from boundary_app.core.journal import Journal, ReplyPeriod
from boundary_app.providers.base import Audience

NOW = datetime(2026, 11, 24, 8, 0, tzinfo=UTC)

WRITE_FLAGS = os.O_CREAT | os.O_WRONLY | os.O_RDWR | os.O_TRUNC | os.O_APPEND


@contextmanager
def read_only(folder: Path) -> Iterator[None]:
    """Take write permission off ``folder`` while in the block (its files can still be read).

    Where the system lets this process write there anyway (root ignores the permission),
    creating, replacing and renaming files in ``folder`` are refused as the system would.
    """
    mode = folder.stat().st_mode
    folder.chmod(0o500)
    try:
        with pytest.MonkeyPatch.context() as patch:
            if _can_write(folder):
                _refuse_writes(folder, patch)
            yield
    finally:
        folder.chmod(mode)


def _can_write(folder: Path) -> bool:
    probe = folder / ".write-probe"
    try:
        probe.touch()
    except OSError:
        return False
    probe.unlink()
    return True


def _refuse_writes(folder: Path, patch: pytest.MonkeyPatch) -> None:
    def inside(path: Any) -> bool:
        return Path(os.fsdecode(path)).absolute().parent == folder.absolute()

    def refused(path: Any) -> OSError:
        return PermissionError(errno.EACCES, os.strerror(errno.EACCES), os.fsdecode(path))

    def guard_open(real: Callable[..., int]) -> Callable[..., int]:
        def open_(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
            if flags & WRITE_FLAGS and inside(path):
                raise refused(path)
            return real(path, flags, *args, **kwargs)

        return open_

    def guard_move(real: Callable[..., None]) -> Callable[..., None]:
        def move(src: Any, dst: Any, *args: Any, **kwargs: Any) -> None:
            if inside(src) or inside(dst):
                raise refused(src)
            real(src, dst, *args, **kwargs)

        return move

    patch.setattr(os, "open", guard_open(os.open))
    patch.setattr(os, "replace", guard_move(os.replace))
    patch.setattr(os, "rename", guard_move(os.rename))


def _period(start: datetime, until: datetime, subject: str) -> ReplyPeriod:
    return ReplyPeriod(start, until, "vacation", subject, "Hi", "Hello", Audience.ALL)


def newer_journal(path: Path, *, with_our_tables: bool = True, now: datetime = NOW) -> bytes:
    """A journal as a future Boundary (schema 7) might leave it: our tables and one more."""
    if with_our_tables:
        journal = Journal(path)
        journal.add_away(_period(now, now + timedelta(days=1), "From the future"), now)
        journal.close()
    db = sqlite3.connect(path)
    db.execute("PRAGMA user_version=7")
    db.execute("CREATE TABLE future (x)")
    db.commit()
    db.close()
    return path.read_bytes()


def a_journal_with_records(path: Path) -> bytes:
    journal = Journal(path)
    for day in range(40):
        start = NOW + timedelta(days=day)
        journal.add_away(_period(start, start + timedelta(hours=1), "x" * 2000), NOW)
    journal.close()
    return path.read_bytes()


def damage(form: str, path: Path) -> None:
    """Leave a journal that cannot be used at ``path``, in the form named."""
    if form == "random bytes":
        path.write_bytes(bytes(range(256)) * 40)
    elif form == "truncated":
        whole = a_journal_with_records(path)
        path.write_bytes(whole[: len(whole) // 2])
    elif form == "a few bytes":
        path.write_bytes(a_journal_with_records(path)[:50])
    elif form == "a folder":
        path.mkdir()
        (path / "kept.txt").write_text("mine")
    elif form == "damaged page":
        whole = bytearray(a_journal_with_records(path))
        whole[-3000:-1000] = bytes(2000)  # the page header stays: only a full check sees it
        path.write_bytes(bytes(whole))


DAMAGE = ["random bytes", "truncated", "a few bytes", "a folder", "damaged page"]
