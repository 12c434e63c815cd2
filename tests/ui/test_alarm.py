"""The wall-clock alarm (``ui/alarm.py``) and the controller's timer when it is one.

The alarm itself is the OS timer under test, on the real clock: a real wait of about a
second through the event loop. A clock change (``ECANCELED``) needs root to set the clock,
so it is not tested here; the controller's answer to one is, through a stand-in alarm on the
fake clock.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, time, timedelta

import pytest
from PySide6.QtCore import QObject, Signal
from pytestqt.qtbot import QtBot

from boundary_app.core.service import Boundary
from boundary_app.ui import alarm
from boundary_app.ui.controller import Controller
from tests.fakes import START, FakeClock
from tests.ui.stand_in import in_process


@pytest.mark.skipif(not alarm.available(), reason="timerfd is Linux's")
def test_the_alarm_fires_once_at_its_moment_through_the_event_loop(qtbot: QtBot) -> None:
    clock = alarm.WallClockAlarm()
    fired: list[tuple[bool, datetime]] = []
    clock.fired.connect(lambda clock_set: fired.append((clock_set, datetime.now(UTC))))
    moment = datetime.now(UTC) + timedelta(seconds=1.2)
    clock.arm(moment)
    with qtbot.waitSignal(clock.fired, timeout=3000):
        pass
    qtbot.wait(300)  # no second expiry: a single shot
    assert [clock_set for clock_set, _ in fired] == [False]
    assert moment <= fired[0][1] < moment + timedelta(seconds=1)
    assert clock.moment is None
    clock.close()


@pytest.mark.skipif(not alarm.available(), reason="timerfd is Linux's")
def test_a_stopped_alarm_does_not_fire(qtbot: QtBot) -> None:
    clock = alarm.WallClockAlarm()
    fired: list[bool] = []
    clock.fired.connect(fired.append)
    clock.arm(datetime.now(UTC) + timedelta(seconds=0.2))
    clock.stop()
    qtbot.wait(500)
    assert fired == []
    clock.close()


class StandInAlarm(QObject):
    """The controller's alarm on the fake clock: remembers its moment; tests fire it."""

    fired = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.moment: datetime | None = None

    def arm(self, moment: datetime) -> None:
        self.moment = moment

    def stop(self) -> None:
        self.moment = None

    def close(self) -> None:
        self.moment = None


@pytest.fixture
def trial(service: Boundary, qtbot: QtBot, clock: FakeClock) -> Iterator[Controller]:
    """The tray on the trial profile (only the ``local`` account), its timer an alarm."""
    controller = Controller(
        service,
        monotonic=lambda: (clock.now - START).total_seconds(),
        runner=in_process(service),
        alarm=StandInAlarm,  # type: ignore[arg-type]
    )
    controller.sync_checks()
    with qtbot.waitSignal(controller.push_finished, timeout=3000):
        controller.push()
    yield controller
    qtbot.waitUntil(lambda: not controller.busy, timeout=3000)
    controller.shutdown()


def stand_in(controller: Controller) -> StandInAlarm:
    return controller._alarm  # type: ignore[return-value]


def plan_checks(controller: Controller, **changes: object) -> None:
    service = controller.service
    service.profile.checks = replace(service.profile.checks, **changes)  # type: ignore[arg-type]
    controller.refresh()


def test_with_nothing_due_for_days_the_alarm_does_not_wake_for_days(trial: Controller) -> None:
    plan_checks(trial, enabled=False)
    assert trial.armed_ms() > 24 * 3600 * 1000  # no look at the clock every 10 minutes


def test_a_check_window_at_14_is_the_one_wake_before_it(
    trial: Controller, clock: FakeClock
) -> None:
    plan_checks(trial, times=(time(14, 0),))  # 14:00 in Amsterdam: 13:00 UTC
    window = datetime(2026, 11, 24, 13, 0, tzinfo=UTC)
    reminder = stand_in(trial).moment
    assert reminder is not None
    assert window - timedelta(minutes=5) <= reminder < window - timedelta(minutes=4)
    clock.now = reminder
    stand_in(trial).fired.emit(False)
    assert stand_in(trial).moment == window + timedelta(milliseconds=500)


def test_a_resume_past_the_window_opens_it_and_reads_the_state(
    trial: Controller, qtbot: QtBot, clock: FakeClock
) -> None:
    plan_checks(trial, times=(time(14, 0),))
    trial.monotonic = lambda: 300.0  # 5 minutes awake, the rest asleep
    clock.now = datetime(2026, 11, 24, 13, 7, tzinfo=UTC)  # 14:07 in Amsterdam
    with qtbot.waitSignal(trial.push_finished, timeout=3000):
        stand_in(trial).fired.emit(False)  # the alarm expires on the resume
    check = trial.service.checks.current()
    assert check is not None and check.start == datetime(2026, 11, 24, 13, 0, tzinfo=UTC)
    assert trial.armed_ms() == 480_500  # the window's end at 14:15


def test_a_clock_set_reads_the_state_again_and_re_arms(
    trial: Controller, qtbot: QtBot, clock: FakeClock
) -> None:
    plan_checks(trial, times=(time(14, 0),))
    armed = stand_in(trial).moment
    with qtbot.waitSignal(trial.push_finished, timeout=3000):
        stand_in(trial).fired.emit(True)  # the clock was set; the moment has not come
    assert stand_in(trial).moment == armed
