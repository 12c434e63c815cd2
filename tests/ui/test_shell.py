"""The tray, its no-tray window and the controller, as a person sees them (offscreen)."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QSystemTrayIcon
from pytestqt.qtbot import QtBot

from boundary_app.core.clock import system_clock
from boundary_app.core.paths import AppPaths
from boundary_app.core.service import AwayRequest, Boundary
from boundary_app.providers.base import NeedsSignIn, Unreachable
from boundary_app.ui.controller import Controller
from boundary_app.ui.shell import Shell
from tests.fakes import START, FakeClock, MemoryProvider


@pytest.fixture
def shell(controller: Controller, qtbot: QtBot) -> Iterator[Shell]:
    shell = Shell(controller, use_tray=QSystemTrayIcon.isSystemTrayAvailable())
    qtbot.addWidget(shell.window)
    shell.start()
    yield shell
    for dialog in list(shell.dialogs.values()):
        dialog.close()


def go_away(controller: Controller, qtbot: QtBot, days: int = 1) -> None:
    until = controller.service.clock() + timedelta(days=days)
    period = controller.service.prepare_away(AwayRequest(until=until))
    with qtbot.waitSignal(controller.push_finished, timeout=5000):
        controller.go_away(period)


def test_without_a_tray_the_window_is_the_app(shell: Shell) -> None:
    assert not QSystemTrayIcon.isSystemTrayAvailable()  # offscreen has no tray
    assert shell.window.isVisible()
    assert shell.window.status_label.text() == "Available"
    assert shell.window.quit_on_close
    assert not shell.actions["back"].isEnabled()


def test_going_away_shows_until_when_and_who_covers(shell: Shell, qtbot: QtBot) -> None:
    go_away(shell.controller, qtbot)
    text = shell.window.status_label.text()
    assert text.startswith("Away until Wednesday 25 November at 09:00")
    assert text.endswith("— Sam covers")
    assert shell.actions["status"].text() == text
    assert "Away until" in shell.tray.toolTip()
    assert shell.actions["back"].isEnabled()
    assert MemoryProvider.server["Work"].enabled

    with qtbot.waitSignal(shell.controller.push_finished, timeout=5000):
        shell.actions["back"].trigger()
    assert shell.window.status_label.text() == "Available"
    assert not MemoryProvider.server["Work"].enabled


def test_the_tray_menu_has_the_main_actions(shell: Shell) -> None:
    labels = [a.text() for a in shell.menu.actions() if a.isVisible() and not a.isSeparator()]
    assert labels == [
        "Available",
        "&Go away…",
        "I'm &back",
        "Next mail check 10:00",
        "&Check mail now",
        "S&kip next check",
        "&Pause checks for today",
        "S&tatistics…",
        "&Settings…",
        "&Quit",
    ]
    assert shell.tray.contextMenu() is shell.menu


def test_clicking_the_tray_icon_opens_go_away(shell: Shell) -> None:
    shell._on_activated(QSystemTrayIcon.ActivationReason.Trigger)
    assert shell.dialogs["go_away"].isVisible()
    shell._on_activated(QSystemTrayIcon.ActivationReason.Trigger)  # same dialog, raised
    assert len(shell.dialogs) == 1


def test_a_hanging_account_does_not_freeze_the_window(
    shell: Shell, controller: Controller, qtbot: QtBot
) -> None:
    gate = threading.Event()
    MemoryProvider.hang["Work"] = gate
    try:
        until = controller.service.clock() + timedelta(days=1)
        with qtbot.waitSignal(controller.push_finished, timeout=10_000) as finished:
            controller.go_away(controller.service.prepare_away(AwayRequest(until=until)))
            assert controller.busy
            # The event loop keeps running while the push waits on the network.
            with qtbot.waitSignal(shell.controller.status_changed, timeout=2000):
                controller.refresh()
    finally:
        gate.set()
    results = {r.account: r for r in finished.args[0]}
    assert results["Work"].status == "pending"
    assert "did not answer" in results["Work"].message
    assert results["Side"].status == "ok"
    assert results["This computer"].status == "ok"
    assert "account" in shell.window.health_label.text()


def test_a_retry_goes_out_when_due_and_the_timer_wakes_at_most_once_a_minute(
    controller: Controller, qtbot: QtBot, clock: FakeClock
) -> None:
    MemoryProvider.fail_with["Work"] = Unreachable("Busy", retry_after=timedelta(minutes=5))
    go_away(controller, qtbot)
    MemoryProvider.fail_with.clear()
    writes = len(MemoryProvider.writes)
    for _ in range(4):
        assert controller.armed_ms() == 60_500  # the coarse tick; the retry is later
        clock.advance(timedelta(minutes=1))
        controller._timer.timeout.emit()
        assert not controller.busy
    assert MemoryProvider.writes[writes:] == []
    clock.advance(timedelta(minutes=1))  # 5 minutes after the failure
    with qtbot.waitSignal(controller.push_finished, timeout=3000):
        controller._timer.timeout.emit()
    assert [name for name, _ in MemoryProvider.writes[writes:]] == ["Work"]


def test_a_sleep_is_noticed_and_everything_is_re_derived(
    controller: Controller, qtbot: QtBot, clock: FakeClock
) -> None:
    controller.sync_checks()  # as the app does when it starts
    controller.monotonic = lambda: 0.0  # the monotonic clock stands still while asleep
    clock.advance(timedelta(hours=3))  # 12:00 in Amsterdam: the 10:00 check was slept through
    with qtbot.waitSignal(controller.push_finished, timeout=3000):
        controller._timer.timeout.emit()
    [record] = controller.service.journal.checks(START, START + timedelta(hours=4))
    assert record.outcome == "missed"


def test_an_account_that_needs_sign_in_is_told_in_words(shell: Shell, qtbot: QtBot) -> None:
    MemoryProvider.fail_with["Work"] = NeedsSignIn("The password for Work was refused.")
    shell.dialogs.clear()
    controller = shell.controller
    with qtbot.waitSignal(controller.push_finished, timeout=5000):
        controller.push()
    controller.service.go_away(
        controller.service.prepare_away(
            AwayRequest(until=controller.service.clock() + timedelta(hours=5))
        )
    )
    with qtbot.waitSignal(controller.push_finished, timeout=5000):
        controller.push()
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
    assert any("The password for Work was refused." in b.text() for b in boxes)
    assert shell.window.health_label.text() == "Needs attention on 1 account(s)"


def test_a_change_made_with_the_command_shows_within_a_second(
    paths: AppPaths, qtbot: QtBot
) -> None:
    service, _ = Boundary.open(paths, system_clock, timezone="Europe/Amsterdam")
    controller = Controller(service)
    shell = Shell(controller, use_tray=False)
    qtbot.addWidget(shell.window)
    assert shell.window.status_label.text() == "Available"
    done = subprocess.run(
        [sys.executable, "-m", "boundary_app.cli", "away", "--until", "in 3 hours"],
        capture_output=True,
        text=True,
        env=os.environ.copy(),
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    qtbot.waitUntil(lambda: shell.window.status_label.text().startswith("Away until"), timeout=1000)
    controller.shutdown()
    service.close()
