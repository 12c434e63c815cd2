"""The tray, its no-tray window and the controller, as a person sees them (offscreen)."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QSystemTrayIcon
from pytestqt.qtbot import QtBot

from boundary_app.core.clock import system_clock
from boundary_app.core.paths import AppPaths
from boundary_app.core.service import AwayRequest, Boundary
from boundary_app.providers.base import AutoReply, NeedsSignIn, Unreachable
from boundary_app.ui import texts
from boundary_app.ui.controller import Controller
from boundary_app.ui.shell import Shell
from tests.fakes import START, FakeClock, MemoryProvider
from tests.ui.stand_in import record_away


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
        record_away(controller, period)


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
        "Answer a &missed call…",
        "&Log an interruption…",
        "&Voicemail greeting…",
        "&Return briefing…",
        "&Evaluation…",
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
            record_away(controller, controller.service.prepare_away(AwayRequest(until=until)))
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


def test_a_retry_goes_out_when_due_and_the_timer_sleeps_until_then(
    controller: Controller, qtbot: QtBot, clock: FakeClock
) -> None:
    MemoryProvider.fail_with["Work"] = Unreachable("Busy", retry_after=timedelta(minutes=5))
    go_away(controller, qtbot)
    MemoryProvider.fail_with.clear()
    writes = len(MemoryProvider.writes)
    assert controller.armed_ms() == 300_500  # the retry; no wake before it
    assert MemoryProvider.writes[writes:] == []
    clock.advance(timedelta(minutes=5))  # 5 minutes after the failure
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


# --- a reply found on an account, set outside Boundary -----------------------------------------

FOUND_END = datetime(2026, 12, 11, 17, 0, tzinfo=ZoneInfo("Europe/Amsterdam"))


def found_on_work(shell: Shell, qtbot: QtBot) -> None:
    """Work holds a reply set in webmail when Boundary first looks at it."""
    MemoryProvider.server["Work"] = AutoReply(
        True, START - timedelta(days=1), FOUND_END, "On leave", "I'm on leave, set in webmail."
    )
    with qtbot.waitSignal(shell.controller.push_finished, timeout=5000):
        shell.controller.push()


def menu_texts(shell: Shell) -> list[str]:
    return [a.text() for a in shell.menu.actions() if not a.isSeparator()]


def message_boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]


def test_a_reply_found_on_an_account_is_named_with_keep_it_and_leave_it_alone(
    shell: Shell, qtbot: QtBot
) -> None:
    found_on_work(shell, qtbot)
    sentence = "Work already has an auto-reply until Fri 11 Dec 17:00, set outside Boundary"
    assert menu_texts(shell)[:4] == ["Available", sentence, "Keep it", "Leave it alone"]
    assert not shell.found_actions[0].isEnabled()  # a line to read, not a command
    assert sentence in shell.tray.toolTip()
    panel = shell.window.found_panels["Work"]
    assert panel.label.text() == sentence
    assert (panel.keep.text(), panel.leave.text()) == ("Keep it", "Leave it alone")
    assert texts.icon_name(shell.controller.last_status) == "failed"  # needs the person


def test_keep_it_makes_the_found_reply_the_away_period_and_im_back_clears_it(
    shell: Shell, qtbot: QtBot
) -> None:
    found_on_work(shell, qtbot)
    writes = len(MemoryProvider.writes)
    with qtbot.waitSignal(shell.controller.push_finished, timeout=5000):
        shell.window.found_panels["Work"].keep.click()
    away = shell.controller.last_status.away
    assert away is not None and away.until == FOUND_END and away.accounts == ("Work",)
    assert shell.window.status_label.text().startswith("Away until Friday 11 December")
    assert shell.found_actions == [] and shell.window.found_panels == {}
    assert MemoryProvider.writes[writes:] == []  # it is what Work holds already
    assert shell.panel is not None
    qtbot.waitUntil(shell.panel.results_shown, timeout=3000)
    assert "Kept the auto-reply of Work as your away period." in shell.panel.results_text()

    with qtbot.waitSignal(shell.controller.push_finished, timeout=5000):
        shell.actions["back"].trigger()
    assert not MemoryProvider.server["Work"].enabled
    assert shell.panel is not None and shell.panel.results_text().startswith("Welcome back")
    shell.panel.close()


def test_leave_it_alone_keeps_the_reply_and_stops_asking(shell: Shell, qtbot: QtBot) -> None:
    found_on_work(shell, qtbot)
    keep, leave = shell.found_actions[1:3]
    assert keep.text() == "Keep it"
    with qtbot.waitSignal(shell.controller.push_finished, timeout=5000):
        leave.trigger()
    assert shell.found_actions == []
    assert "set outside Boundary" not in shell.tray.toolTip()
    assert shell.controller.last_status.health == "ok"
    assert MemoryProvider.server["Work"].internal == "I'm on leave, set in webmail."
    assert any("leaves the auto-reply of Work as it is" in b.text() for b in message_boxes())


def test_keep_it_while_away_elsewhere_says_why_not(shell: Shell, qtbot: QtBot) -> None:
    found_on_work(shell, qtbot)
    service = shell.controller.service
    period = service.prepare_away(
        AwayRequest(until=service.clock() + timedelta(days=1), accounts=["Side"])
    )
    with qtbot.waitSignal(shell.controller.push_finished, timeout=5000):
        record_away(shell.controller, period)
    shell.keep_found("Work")
    assert any(
        "You already have an away period, and keeping this reply would replace it" in b.text()
        for b in message_boxes()
    )
    assert MemoryProvider.server["Work"].internal == "I'm on leave, set in webmail."


def test_when_another_backup_takes_over_the_person_is_told_once(shell: Shell, qtbot: QtBot) -> None:
    controller = shell.controller
    go_away(controller, qtbot, days=3)
    controller.service.mark_backup("Sam", controller.service.clock().date() + timedelta(days=1))

    with qtbot.waitSignal(controller.push_finished, timeout=5000):
        controller.push()

    def told() -> list[str]:
        boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
        return [b.text() for b in boxes if "now covers for you" in b.text()]

    assert told() == [
        "Sam Lee is not available. Alex Kim now covers for you: your reply names them, and "
        "forwarded mail goes to them."
    ]
    assert "Alex Kim" in MemoryProvider.server["Work"].internal
    assert shell.window.status_label.text().endswith("— Alex covers")
    for box in QApplication.topLevelWidgets():
        if isinstance(box, QMessageBox):
            box.close()
    with qtbot.waitSignal(controller.push_finished, timeout=5000):
        controller.push()
    assert told() == []
