"""The Qt binding itself: a long-running tray app must not wear out a Python object."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class Emitter(QObject):
    changed = Signal(object)


def test_emitting_signals_keeps_python_reference_counts_intact() -> None:
    # PySide6 6.12.0 on Python 3.11 dropped a reference to True on every emit(); after a few
    # thousand signals the interpreter aborted ("bool_dealloc"). pyproject excludes it.
    emitter = Emitter()
    emitter.changed.connect(lambda value: None)
    before = sys.getrefcount(True)
    for _ in range(1000):
        emitter.changed.emit(1)
    assert sys.getrefcount(True) - before > -10  # 6.12.0: -1000
