"""The controller's one timer and its file watcher: focus days, the re-sync, profile edits.

Time is the fake clock (the monotonic one moves with it); the timer is fired by hand.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from itertools import pairwise

import pytest
from pytestqt.qtbot import QtBot

from boundary_app import cli
from boundary_app.core import instance
from boundary_app.core.due import RESYNC
from boundary_app.core.schedule import FocusDay
from boundary_app.core.service import AwayRequest, Boundary
from boundary_app.providers.base import AutoReply
from boundary_app.providers.local import LocalProvider
from boundary_app.providers.registry import ProviderRegistry
from boundary_app.ui.controller import Controller
from tests.fakes import START, FakeClock, MemoryProvider, PlainProvider
from tests.ui.stand_in import in_process, record_away

WEDNESDAY = 2
MINUTE = timedelta(minutes=1)


def server(account: str) -> AutoReply:
    return MemoryProvider.server.get(account, AutoReply.off())


def pass_now(controller: Controller, qtbot: QtBot) -> None:
    with qtbot.waitSignal(controller.push_finished, timeout=3000):
        controller.push()


def fire(controller: Controller, qtbot: QtBot) -> None:
    """The timer goes off and a pass is due: wait for it."""
    with qtbot.waitSignal(controller.push_finished, timeout=3000):
        controller._timer.timeout.emit()


def focus_on_wednesdays(controller: Controller) -> FocusDay:
    service = controller.service
    service.profile.checks = replace(service.profile.checks, focus_weekdays=frozenset({WEDNESDAY}))
    focus = controller.refresh().focus
    assert focus is not None
    assert focus.day == date(2026, 11, 25)  # the day after START, a Tuesday
    return focus


def test_the_timer_wakes_for_the_start_of_a_focus_day(
    controller: Controller, qtbot: QtBot, clock: FakeClock
) -> None:
    focus = focus_on_wednesdays(controller)
    clock.now = focus.start - timedelta(seconds=30)  # Tuesday 23:59:30 in Amsterdam
    pass_now(controller, qtbot)
    assert controller._push_at == focus.start  # before the re-sync and the next mail check
    assert controller.armed_ms() == 30_500


def test_the_state_changes_and_the_reply_goes_out_at_the_focus_days_start_and_end(
    controller: Controller, qtbot: QtBot, clock: FakeClock
) -> None:
    focus = focus_on_wednesdays(controller)
    clock.now = focus.start - timedelta(seconds=30)
    pass_now(controller, qtbot)
    assert controller.last_status.state == "available"
    assert server("Work").enabled  # a server-side schedule holds the reply ahead
    assert server("Work").start == focus.start
    assert not server("Side").enabled  # no schedule: it gets the reply when the day begins

    clock.now = focus.start
    with qtbot.waitSignal(controller.push_finished, timeout=3000):
        controller._timer.timeout.emit()
        assert controller.last_status.state == "focus"  # at once, not after the pass
    assert server("Side").enabled

    clock.now = focus.end - timedelta(seconds=30)
    fire(controller, qtbot)  # the re-sync, long due
    assert controller.last_status.state == "focus"
    assert controller._push_at == focus.end
    assert controller.armed_ms() == 30_500

    clock.now = focus.end
    with qtbot.waitSignal(controller.push_finished, timeout=3000):
        controller._timer.timeout.emit()
        assert controller.last_status.state == "available"
    assert not server("Side").enabled
    next_week = focus.start + timedelta(weeks=1)
    assert server("Work").start == next_week  # the next focus day's reply, ahead
    assert controller.last_status.focus is not None
    assert controller.last_status.focus.start == next_week


def test_a_booked_away_period_leaves_the_focus_day_out_of_the_timer(
    controller: Controller, qtbot: QtBot, clock: FakeClock
) -> None:
    focus = focus_on_wednesdays(controller)
    service = controller.service
    period = service.prepare_away(AwayRequest(until=focus.end + timedelta(days=2)))
    with qtbot.waitSignal(controller.push_finished, timeout=3000):
        record_away(controller, period)
    clock.now = focus.start - timedelta(seconds=30)
    pass_now(controller, qtbot)
    assert controller._push_at == clock.now + RESYNC  # the away reply holds through the day


def test_the_accounts_are_read_again_every_15_minutes_with_one_look_at_the_clock_between(
    controller: Controller, qtbot: QtBot, clock: FakeClock
) -> None:
    pass_now(controller, qtbot)
    started: list[list[str]] = []
    controller.push_started.connect(started.append)
    assert controller.armed_ms() == 600_500  # the coarse look at the clock
    clock.advance(10 * MINUTE)
    controller._timer.timeout.emit()
    assert started == []
    assert controller.armed_ms() == 300_500  # the re-sync, 15 minutes after the pass
    clock.advance(5 * MINUTE)
    fire(controller, qtbot)
    assert len(started) == 1


@pytest.fixture
def trial(service: Boundary, qtbot: QtBot, clock: FakeClock) -> Iterator[Controller]:
    """The tray on a profile with only the built-in ``local`` account (the trial)."""
    controller = Controller(
        service,
        monotonic=lambda: (clock.now - START).total_seconds(),
        runner=in_process(service),
    )
    controller.sync_checks()  # as the app does when it starts
    pass_now(controller, qtbot)
    yield controller
    qtbot.waitUntil(lambda: not controller.busy, timeout=3000)
    controller.shutdown()


def plan_checks(controller: Controller, **changes: object) -> None:
    service = controller.service
    service.profile.checks = replace(service.profile.checks, **changes)  # type: ignore[arg-type]
    controller.refresh()


def wake_until(controller: Controller, clock: FakeClock, end: datetime) -> list[datetime]:
    """Let the timer fire each time it is due until ``end``: the moments it fired."""
    wakes: list[datetime] = []
    while (moment := clock.now + timedelta(milliseconds=controller.armed_ms())) <= end:
        clock.now = moment
        controller._timer.timeout.emit()
        wakes.append(moment)
    return wakes


def test_with_nothing_due_for_hours_the_timer_sleeps_10_minutes_at_a_time(
    trial: Controller, clock: FakeClock
) -> None:
    plan_checks(trial, enabled=False)
    started: list[list[str]] = []
    trial.push_started.connect(started.append)
    wakes = wake_until(trial, clock, START + timedelta(hours=5))
    assert len(wakes) == 29  # 5 hours, a look at the clock every 10 minutes (and half a second)
    assert all(b - a == timedelta(minutes=10, milliseconds=500) for a, b in pairwise(wakes))
    assert started == []  # nothing to read again: the trial account is on this computer


def test_a_check_window_at_14_wakes_the_timer_at_14(trial: Controller, clock: FakeClock) -> None:
    plan_checks(trial, times=(time(14, 0),))  # 14:00 in Amsterdam: 13:00 UTC
    window = datetime(2026, 11, 24, 13, 0, tzinfo=UTC)
    wakes = wake_until(trial, clock, window + timedelta(seconds=1))
    assert all(b - a <= timedelta(minutes=10, seconds=1) for a, b in pairwise(wakes))
    reminder, opened = wakes[-2:]
    assert window - timedelta(minutes=5) <= reminder < window - timedelta(minutes=4)
    assert window <= opened < window + timedelta(seconds=1)
    check = trial.service.checks.current()
    assert check is not None and check.start == window


def test_a_resume_after_sleeping_through_a_window_opens_it_and_reads_the_state(
    trial: Controller, qtbot: QtBot, clock: FakeClock
) -> None:
    plan_checks(trial, times=(time(14, 0),))
    assert trial.armed_ms() == 600_500  # asleep before it fires: the monotonic clock stops
    trial.monotonic = lambda: 300.0  # 5 minutes awake, the rest asleep
    clock.now = datetime(2026, 11, 24, 13, 7, tzinfo=UTC)  # 14:07 in Amsterdam
    with qtbot.waitSignal(trial.push_finished, timeout=3000):
        trial._timer.timeout.emit()  # the rest of the 10 minutes, after the resume
    check = trial.service.checks.current()
    assert check is not None and check.start == datetime(2026, 11, 24, 13, 0, tzinfo=UTC)
    assert trial.armed_ms() == 480_500  # the window's end at 14:15


@pytest.fixture
def command(monkeypatch: pytest.MonkeyPatch, clock: FakeClock) -> None:
    """``boundary`` run in this process on the fake clock, while "the app" runs."""
    kinds = [LocalProvider, MemoryProvider, PlainProvider]
    monkeypatch.setattr(ProviderRegistry, "discover", classmethod(lambda cls: cls.of(kinds)))
    monkeypatch.setattr(cli, "system_clock", clock)
    monkeypatch.setattr(instance, "app_running", lambda lock: True)  # so it leaves the push


@pytest.mark.usefixtures("command")
def test_a_focus_day_set_from_the_terminal_is_pushed_by_the_app(
    controller: Controller, qtbot: QtBot
) -> None:
    pass_now(controller, qtbot)
    assert not server("Work").enabled
    with qtbot.waitSignal(controller.push_finished, timeout=5000):
        assert cli.run(["plan", "--focus-day", "wed"]) == 0  # it does not push: the app does
    focus = controller.last_status.focus
    assert focus is not None and focus.day == date(2026, 11, 25)
    assert server("Work").enabled
    assert (server("Work").start, server("Work").end) == (focus.start, focus.end)


def test_a_profile_file_that_did_not_change_is_not_pushed_again(
    controller: Controller, qtbot: QtBot
) -> None:
    started: list[list[str]] = []
    controller.push_started.connect(started.append)
    controller._on_file_changed(str(controller.service.paths.profile))  # e.g. the app's own save
    assert started == []


def test_on_a_focus_day_the_tray_says_so(
    controller: Controller, qtbot: QtBot, clock: FakeClock
) -> None:
    from boundary_app.ui.shell import Shell

    focus = focus_on_wednesdays(controller)
    shell = Shell(controller, use_tray=False)
    qtbot.addWidget(shell.window)
    shell.start()
    clock.now = focus.start + timedelta(hours=10)
    pass_now(controller, qtbot)

    assert shell.actions["status"].text() == "Focus day: your auto-reply is on"
    assert shell.window.status_label.text() == "Focus day: your auto-reply is on"
    assert "Focus day" in shell.tray.toolTip()
