"""The controller's one timer and its file watcher.

Time is the fake clock (the monotonic one moves with it); the timer is fired by hand.
"""

from __future__ import annotations

from datetime import timedelta

from pytestqt.qtbot import QtBot

from boundary_app.ui.controller import Controller
from tests.fakes import FakeClock

MINUTE = timedelta(minutes=1)


def pass_now(controller: Controller, qtbot: QtBot) -> None:
    with qtbot.waitSignal(controller.push_finished, timeout=3000):
        controller.push()


def fire(controller: Controller, qtbot: QtBot) -> None:
    """The timer goes off and a pass is due: wait for it."""
    with qtbot.waitSignal(controller.push_finished, timeout=3000):
        controller._timer.timeout.emit()


def test_the_accounts_are_read_again_every_15_minutes_though_the_timer_ticks_every_minute(
    controller: Controller, qtbot: QtBot, clock: FakeClock
) -> None:
    pass_now(controller, qtbot)
    started: list[list[str]] = []
    controller.push_started.connect(started.append)
    for _ in range(14):
        clock.advance(MINUTE)
        controller._timer.timeout.emit()
        assert controller.armed_ms() == 60_500
    assert started == []
    clock.advance(MINUTE)
    fire(controller, qtbot)
    assert len(started) == 1
