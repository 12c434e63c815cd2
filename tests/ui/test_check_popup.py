"""Reminder → pop-up → countdown → time's up → Done → the record, on a fake clock."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from boundary_app.core.journal import CheckRecord
from boundary_app.core.service import Boundary
from boundary_app.providers.base import MailSummary
from boundary_app.ui.controller import Controller
from boundary_app.ui.shell import Shell
from tests.fakes import START, FakeClock, MemoryProvider

WAIT = 3000


@pytest.fixture
def shell(controller: Controller, qtbot: QtBot) -> Iterator[Shell]:
    shell = Shell(controller, use_tray=False)
    notes: list[tuple[str, str]] = []
    shell.notify = lambda title, text: notes.append((title, text))  # type: ignore[method-assign]
    shell.notes = notes  # type: ignore[attr-defined]
    shell.start()
    yield shell
    if shell.popup is not None:
        shell.popup.deleteLater()
    shell.window.close()


def at(minutes: int) -> datetime:
    """Minutes after 09:00 in Amsterdam (START)."""
    return START + timedelta(minutes=minutes)


def move_to(clock: FakeClock, controller: Controller, minutes: int) -> None:
    clock.now = at(minutes)
    controller._timer.timeout.emit()


def records(service: Boundary) -> list[CheckRecord]:
    return service.journal.checks(START, START + timedelta(days=1))


def test_the_whole_window_reminder_popup_countdown_times_up_done(
    shell: Shell, controller: Controller, clock: FakeClock, qtbot: QtBot
) -> None:
    MemoryProvider.mail = [
        MailSummary("m1", "Client <c@example.com>", "Contract", at(-30), account="Work"),
        MailSummary("m2", "Boss <b@example.com>", "Budget", at(-10), account="Work"),
    ]
    assert shell.actions["checks"].text() == "Next mail check 10:00"
    move_to(clock, controller, 55)
    assert shell.notes == [("Mail check", "Mail check at 10:00 in 5 minute(s)")]  # type: ignore[attr-defined]
    assert shell.popup is None
    move_to(clock, controller, 60)
    popup = shell.popup
    assert popup is not None and popup.isVisible()
    assert popup.ticker.isActive()
    assert popup.countdown_label.text() == "15:00 left"
    assert popup.windowTitle() == "Mail check — 15:00 left"
    qtbot.waitUntil(lambda: popup.mail_list.topLevelItemCount() == 2, timeout=WAIT)
    first = popup.mail_list.topLevelItem(0)
    assert first is not None and first.text(2) == "Budget"  # newest first
    assert shell.actions["checks"].text() == "Mail check: 15 min left"
    clock.now = at(74) + timedelta(seconds=1)
    popup.tick()
    assert popup.countdown_label.text() == "0:59 left"
    move_to(clock, controller, 75)
    assert popup.countdown_label.text() == "Time's up"
    assert shell.notes[-1][0] == "Time's up"  # type: ignore[attr-defined]
    clock.now = at(77)
    popup.done_button.click()
    assert not popup.isVisible()
    [record] = records(controller.service)
    assert (record.outcome, record.overrun) == ("overrun", 120.0)
    assert shell.actions["checks"].text() == "Next mail check 16:00"


def test_forward_to_a_backup_goes_through_the_account_and_on_record(
    shell: Shell, controller: Controller, clock: FakeClock, qtbot: QtBot
) -> None:
    MemoryProvider.mail = [MailSummary("m1", "c@example.com", "Urgent", at(-5), account="Work")]
    move_to(clock, controller, 60)
    popup = shell.popup
    assert popup is not None
    qtbot.waitUntil(lambda: popup.forward_button.isEnabled(), timeout=WAIT)
    popup.forward_button.click()
    dialog = popup.forward_dialog
    assert dialog is not None
    dialog.backup_box.setCurrentIndex(1)
    dialog.note_edit.setPlainText("Can you answer this today?")
    dialog.accept()
    qtbot.waitUntil(lambda: popup.state_label.text().startswith("Forwarded"), timeout=WAIT)
    assert MemoryProvider.forwards == [
        ("Work", "m1", "alex@example.com", "Can you answer this today?")
    ]
    [forward] = controller.service.journal.forwards(START, START + timedelta(days=1))
    assert (forward.recipient, forward.subject) == ("alex@example.com", "Urgent")


def test_snooze_once_then_it_comes_back(
    shell: Shell, controller: Controller, clock: FakeClock
) -> None:
    move_to(clock, controller, 60)
    popup = shell.popup
    assert popup is not None and popup.snooze_button.isEnabled()
    popup.snooze_button.click()
    assert not popup.isVisible()
    assert controller.armed_ms() <= 60_500
    move_to(clock, controller, 70)
    popup = shell.popup
    assert popup is not None and popup.isVisible()
    assert popup.countdown_label.text() == "15:00 left"
    assert not popup.snooze_button.isEnabled()  # once, as the plan allows


def test_check_now_outside_a_window_asks_first_and_is_recorded_as_unscheduled(
    shell: Shell, controller: Controller, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda *args: answers.pop(0))
    clock.now = at(120)
    shell.actions["check_now"].trigger()
    assert shell.popup is None
    shell.actions["check_now"].trigger()
    assert shell.popup is not None and shell.popup.isVisible()
    [record] = records(controller.service)
    assert (record.scheduled, record.outcome) == (False, "open")


def test_without_accounts_that_list_mail_the_popup_says_how_to_add_one(
    shell: Shell, controller: Controller, clock: FakeClock
) -> None:
    controller.service.profile.accounts = [
        a for a in controller.service.profile.accounts if a.kind != "memory"
    ]
    move_to(clock, controller, 60)
    popup = shell.popup
    assert popup is not None
    assert "Settings → Accounts" in popup.state_label.text()
    assert not popup.mail_list.isVisible()


def test_skip_next_and_pause_today_from_the_menu(
    shell: Shell, controller: Controller, clock: FakeClock
) -> None:
    shell.actions["skip_next"].trigger()
    assert shell.actions["checks"].text() == "Next mail check 16:00"
    shell.actions["pause_today"].trigger()
    assert shell.actions["checks"].text() == "Next mail check Wednesday 25 November at 10:00"
    move_to(clock, controller, 60)
    assert shell.popup is None
    assert [r.outcome for r in records(controller.service)] == ["skipped", "skipped"]
    assert records(controller.service)[0].start == datetime(2026, 11, 24, 9, tzinfo=UTC)
