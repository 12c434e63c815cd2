"""OS file locks that die with their process, so they are never stale.

- Is the tray app running? The app holds ``app.lock`` while it runs; the ``boundary`` command
  checks it to leave retries to the app when there is one.
- One writer at a time: ``WriterLock`` (``writer.lock``) is held around recording an intent
  and the reconcile pass that pushes it, and around every pass, by every process (tray, its
  workers, the command), so the accounts end matching the intent recorded last.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from boundary_app.core.paths import create_private, private_folder

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock(handle: IO[bytes]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(handle: IO[bytes]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(handle: IO[bytes]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(handle: IO[bytes]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


class InstanceLock:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._handle: IO[bytes] | None = None

    def acquire(self) -> bool:
        """Take the lock without waiting; False when another process holds it."""
        private_folder(self.path.parent)
        create_private(self.path)
        handle = self.path.open("a+b")
        try:
            _lock(handle)
        except OSError:
            handle.close()
            return False
        handle.truncate(0)
        handle.write(str(os.getpid()).encode())
        handle.flush()
        self._handle = handle
        return True

    def release(self) -> None:
        if self._handle is not None:
            _unlock(self._handle)
            self._handle.close()
            self._handle = None


def app_running(path: Path) -> bool:
    probe = InstanceLock(path)
    if probe.acquire():
        probe.release()
        return False
    return True


class WriterBusy(RuntimeError):
    """Another process kept the writer lock longer than the wait allowed."""

    def __init__(self, path: Path, waited: float) -> None:
        super().__init__(f"{path} was held by another process for {waited:.0f} s")
        self.path = path
        self.waited = waited


class _Holder:
    """This process's hold on one lock file: a thread lock, and the OS lock while held (flock
    is per open file, so two opens in one process would shut each other out)."""

    def __init__(self) -> None:
        self.thread_lock = threading.RLock()
        self.os_lock: InstanceLock | None = None
        self.depth = 0


_holders: dict[str, _Holder] = {}
_holders_guard = threading.Lock()


def _holder(path: Path) -> _Holder:
    with _holders_guard:
        return _holders.setdefault(str(path.resolve()), _Holder())


class WriterLock:
    """One writer at a time, across processes (an OS lock) and threads (a re-entrant lock).

    ``hold()`` waits up to ``wait`` seconds, then raises ``WriterBusy``. A thread that holds it
    may take it again (a pass inside "record the intent and push it").
    """

    POLL = 0.05

    def __init__(
        self,
        path: Path,
        wait: float = 60.0,
        *,
        monotonic: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.path = path
        self.wait = wait
        self._monotonic = monotonic
        self._sleep = sleep

    @contextmanager
    def hold(self) -> Iterator[None]:
        holder = _holder(self.path)
        deadline = self._monotonic() + self.wait
        if not holder.thread_lock.acquire(timeout=max(self.wait, 0.0)):
            raise WriterBusy(self.path, self.wait)
        try:
            if holder.os_lock is None:
                holder.os_lock = self._take(deadline)
            holder.depth += 1
            try:
                yield
            finally:
                holder.depth -= 1
                if holder.depth == 0 and holder.os_lock is not None:
                    holder.os_lock.release()
                    holder.os_lock = None
        finally:
            holder.thread_lock.release()

    def _take(self, deadline: float) -> InstanceLock:
        lock = InstanceLock(self.path)
        while not lock.acquire():
            if self._monotonic() >= deadline:
                raise WriterBusy(self.path, self.wait)
            self._sleep(self.POLL)
        return lock
