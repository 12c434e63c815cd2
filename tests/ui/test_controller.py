"""The controller's one timer and its file watcher: focus days, the re-sync, profile edits.

Time is the fake clock (the monotonic one moves with it); the timer is fired by hand.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from pytestqt.qtbot import QtBot

from boundary_app import cli
from boundary_app.core import instance
from boundary_app.core.due import RESYNC
from boundary_app.core.schedule import FocusDay
from boundary_app.core.service import AwayRequest
from boundary_app.providers.base import AutoReply
from boundary_app.providers.local import LocalProvider
from boundary_app.providers.registry import ProviderRegistry
from boundary_app.ui.controller import Controller
from tests.fakes import FakeClock, MemoryProvider, PlainProvider

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
        controller.go_away(period)
    clock.now = focus.start - timedelta(seconds=30)
    pass_now(controller, qtbot)
    assert controller._push_at == clock.now + RESYNC  # the away reply holds through the day


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
