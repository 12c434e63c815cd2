"""An alarm on the wall clock that sleeps until its moment: a Linux ``timerfd``.

The controller's ``QTimer`` runs on the monotonic clock, which stands still while the
computer sleeps, so it cannot see a resume past its moment or a clock change, and the tray
used to look at the clock every 10 minutes to notice them. On Linux a ``timerfd`` on
``CLOCK_REALTIME``, armed at an absolute moment with ``TFD_TIMER_ABSTIME |
TFD_TIMER_CANCEL_ON_SET``, does both: it expires at the moment, on a resume past it, and its
read fails with ``ECANCELED`` when the clock is set (by hand, by NTP stepping it, by a time
zone change of the system clock). A ``QSocketNotifier`` watches it, so the Qt event loop
wakes for it and for nothing else. Through ``ctypes`` on libc (Python 3.11 has no
``os.timerfd_*``, 3.13 does).
"""

from __future__ import annotations

import ctypes
import errno
import logging
import os
import sys
from datetime import datetime
from functools import cache

from PySide6.QtCore import QObject, QSocketNotifier, Signal

log = logging.getLogger(__name__)

CLOCK_REALTIME = 0
TFD_CLOEXEC = 0o2000000
TFD_NONBLOCK = 0o4000
TFD_TIMER_ABSTIME = 1
TFD_TIMER_CANCEL_ON_SET = 2


class _Timespec(ctypes.Structure):
    _fields_ = [("tv_sec", ctypes.c_long), ("tv_nsec", ctypes.c_long)]


class _Itimerspec(ctypes.Structure):
    _fields_ = [("it_interval", _Timespec), ("it_value", _Timespec)]


@cache
def _libc() -> ctypes.CDLL | None:
    """libc with ``timerfd_create`` and ``timerfd_settime``, on Linux; else None.

    The C library the process already runs on: ``CDLL(None)`` opens the program's own symbols,
    libc's among them. ``ctypes.util.find_library("c")`` would run ``ldconfig -p`` in a child
    process at every start and import ``subprocess``, ``shutil`` and ``tempfile`` with it:
    1.5 MiB of the tray's memory.
    """
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        create, settime = libc.timerfd_create, libc.timerfd_settime
    except (OSError, AttributeError):
        return None
    create.argtypes = [ctypes.c_int, ctypes.c_int]
    create.restype = ctypes.c_int
    settime.argtypes = [
        ctypes.c_int,
        ctypes.c_int,
        ctypes.POINTER(_Itimerspec),
        ctypes.POINTER(_Itimerspec),
    ]
    settime.restype = ctypes.c_int
    return libc


def available() -> bool:
    """Whether this system has the wall-clock alarm (Linux with timerfd)."""
    return _libc() is not None


class WallClockAlarm(QObject):
    """One alarm at a time on the wall clock; ``fired(clock_set)`` through the event loop,
    ``clock_set`` True when the clock was set (the moment may not have come: re-arm)."""

    fired = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        libc = _libc()
        if libc is None:
            raise OSError(errno.ENOSYS, "timerfd is not available here")
        self._libc = libc
        self._fd = libc.timerfd_create(CLOCK_REALTIME, TFD_CLOEXEC | TFD_NONBLOCK)
        if self._fd < 0:
            code = ctypes.get_errno()
            raise OSError(code, os.strerror(code))
        self.moment: datetime | None = None
        """The moment armed for; None when disarmed."""
        self._notifier = QSocketNotifier(self._fd, QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_ready)

    def arm(self, moment: datetime) -> None:
        """Expire at ``moment`` (an aware datetime), or at once if it has passed."""
        seconds, fraction = divmod(moment.timestamp(), 1)
        # 0 in both fields would disarm: a moment at the epoch's second is 1 ns later.
        value = _Timespec(int(seconds), max(int(fraction * 1e9), 1))
        flags = TFD_TIMER_ABSTIME | TFD_TIMER_CANCEL_ON_SET
        self._settime(_Itimerspec(_Timespec(0, 0), value), flags)
        self.moment = moment

    def stop(self) -> None:
        """Disarm: no expiry until armed again."""
        if self._fd >= 0:
            self._settime(_Itimerspec(_Timespec(0, 0), _Timespec(0, 0)), 0)
        self.moment = None

    def close(self) -> None:
        """Disarm for good and give the descriptor back."""
        if self._fd < 0:
            return
        self._notifier.setEnabled(False)
        self.moment = None
        os.close(self._fd)
        self._fd = -1

    def _settime(self, spec: _Itimerspec, flags: int) -> None:
        if self._libc.timerfd_settime(self._fd, flags, ctypes.byref(spec), None) != 0:
            code = ctypes.get_errno()
            raise OSError(code, os.strerror(code))

    def _on_ready(self) -> None:
        try:
            os.read(self._fd, 8)  # the number of expiries: one alarm at a time, so 1
        except BlockingIOError:  # re-armed after the notifier saw it: nothing to read
            return
        except OSError as error:
            if error.errno != errno.ECANCELED:
                raise
            log.debug("the wall clock was set")
            self.fired.emit(True)
            return
        self.moment = None
        self.fired.emit(False)


__all__ = ["WallClockAlarm", "available"]
