"""Reminder → pop-up → countdown → time's up → Done → the record, on a fake clock."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from pytestqt.qtbot import QtBot

from boundary_app.core.journal import CheckRecord
from boundary_app.core.service import Boundary
from boundary_app.providers.base import MailSummary
from boundary_app.ui import shell as shell_module
from boundary_app.ui.controller import Controller
from boundary_app.ui.settings.dialog import SettingsDialog
from boundary_app.ui.shell import Shell
from tests.fakes import START, FakeClock, MemoryProvider

WAIT = 3000


@pytest.fixture
def shell(controller: Controller, qtbot: QtBot) -> Iterator[Shell]:
    shell = Shell(controller, use_tray=False)
    notes: list[tuple[str, str]] = []
    shell.notify = lambda title, text, on_click=None: notes.append((title, text))  # type: ignore[method-assign]
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
    # Without a tray the reminder is its window, with Start now, Snooze and Skip.
    reminder = shell.reminder
    assert reminder is not None and reminder.isVisible()
    assert reminder.text_label.text() == "Mail check at 10:00 in 5 minute(s)"  # no translator
    assert shell.popup is None
    move_to(clock, controller, 60)
    assert shell.reminder is None  # the check opened: nothing left to decide
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
    assert controller.armed_ms() == 600_500  # the snooze's end, 10 minutes on
    move_to(clock, controller, 70)
    popup = shell.popup
    assert popup is not None and popup.isVisible()
    assert popup.countdown_label.text() == "15:00 left"
    assert not popup.snooze_button.isEnabled()  # once, as the plan allows


def answer(shell: Shell, text: str) -> None:
    question = shell.question
    assert question is not None and question.isVisible()
    [button] = [b for b in question.buttons() if b.text() == text]
    button.click()


def test_check_now_outside_a_window_asks_first_and_is_recorded_as_unscheduled(
    shell: Shell, controller: Controller, clock: FakeClock
) -> None:
    clock.now = at(120)
    shell.actions["check_now"].trigger()
    question = shell.question
    assert question is not None and question.windowTitle() == "Check mail now?"
    # The buttons say what they do.
    assert sorted(b.text() for b in question.buttons()) == [
        "&Not now",
        "&Open an unscheduled check",
    ]
    answer(shell, "&Not now")
    assert shell.popup is None and shell.question is None
    shell.actions["check_now"].trigger()
    answer(shell, "&Open an unscheduled check")
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
    # A compact window that says what to do, not a list with nothing in it.
    assert popup.state_label.text().startswith("Read your mail in your mail app for now")
    assert not popup.mail_list.isVisible()
    assert not popup.open_button.isVisible() and not popup.forward_button.isVisible()
    assert popup.height() < 240
    assert popup.add_account_button.isVisible()
    popup.add_account_button.click()
    settings = shell.dialogs["settings"]
    assert isinstance(settings, SettingsDialog)
    assert settings.tabs.currentWidget() is settings.accounts_tab
    settings.reject()


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


def test_the_reminder_starts_the_check_early_as_that_window(
    shell: Shell, controller: Controller, clock: FakeClock
) -> None:
    move_to(clock, controller, 55)
    reminder = shell.reminder
    assert reminder is not None
    reminder.start_button.click()
    popup = shell.popup
    assert popup is not None and popup.isVisible()
    assert popup.countdown_label.text() == "15:00 left"  # its full length, from now
    assert shell.reminder is None
    move_to(clock, controller, 60)
    assert shell.popup is popup  # not opened a second time
    clock.now = at(65)
    popup.done_button.click()
    [record] = records(controller.service)
    assert (record.start, record.scheduled, record.outcome) == (at(60), True, "kept")


def test_the_reminder_snoozes_or_skips_the_window(
    shell: Shell, controller: Controller, clock: FakeClock
) -> None:
    move_to(clock, controller, 55)
    reminder = shell.reminder
    assert reminder is not None and reminder.snooze_button.text() == "S&nooze 10 min"
    reminder.snooze_button.click()
    move_to(clock, controller, 60)
    assert shell.popup is None
    move_to(clock, controller, 70)  # ten minutes later than planned
    popup = shell.popup
    assert popup is not None and popup.countdown_label.text() == "15:00 left"
    assert not popup.snooze_button.isEnabled()
    assert popup.snooze_note.isVisible()
    assert "as often as your plan allows" in popup.snooze_note.text()
    popup.done_button.click()

    move_to(clock, controller, 7 * 60 - 5)  # 15:55, the 16:00 reminder
    reminder = shell.reminder
    assert reminder is not None
    reminder.skip_button.click()
    assert shell.actions["undo_skip"].isVisible()
    move_to(clock, controller, 7 * 60)
    assert shell.popup is None or not shell.popup.isVisible()
    assert [r.outcome for r in records(controller.service)] == ["kept", "skipped"]


def test_clicking_the_tray_reminder_opens_the_reminder_window(
    shell: Shell, controller: Controller, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[tuple[str, str]] = []
    shell.use_tray = True
    monkeypatch.setattr(shell.tray, "isVisible", lambda: True)
    monkeypatch.setattr(
        shell.tray, "showMessage", lambda title, text, icon: shown.append((title, text))
    )
    del shell.notify  # the real one: a tray message
    move_to(clock, controller, 55)
    assert shown == [
        ("Mail check at 10:00 in 5 minute(s)", "Click here to start it now, snooze it or skip it.")
    ]
    assert shell.reminder is None
    shell.tray.messageClicked.emit()
    assert shell.reminder is not None and shell.reminder.isVisible()
    shell.reminder.close()
    shell.notify("Something else", "text")
    shell.tray.messageClicked.emit()  # another message: clicking it opens nothing
    assert shell.reminder is None


def test_skip_next_can_be_undone_from_the_menu(
    shell: Shell, controller: Controller, clock: FakeClock
) -> None:
    undo = shell.actions["undo_skip"]
    assert not undo.isVisible()
    shell.actions["skip_next"].trigger()
    assert "Undo skip" in shell.notes[-1][1]  # type: ignore[attr-defined]
    assert undo.isVisible() and undo.text() == "&Undo skip (10:00)"
    assert shell.actions["checks"].text() == "Next mail check 16:00"
    undo.trigger()
    assert not undo.isVisible()
    assert shell.actions["checks"].text() == "Next mail check 10:00"
    assert records(controller.service) == []
    move_to(clock, controller, 60)
    assert shell.popup is not None  # the 10:00 check opens after all


def test_at_times_up_the_popup_says_why_snooze_is_gone(
    shell: Shell, controller: Controller, clock: FakeClock
) -> None:
    move_to(clock, controller, 60)
    popup = shell.popup
    assert popup is not None and popup.snooze_button.isEnabled()
    assert not popup.snooze_note.isVisible()
    move_to(clock, controller, 75)
    assert not popup.snooze_button.isEnabled()
    assert popup.snooze_note.isVisible()
    assert popup.snooze_note.text().startswith("Snooze is not offered once time is up")


def test_the_tray_icon_shows_a_check_in_progress(
    shell: Shell, controller: Controller, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    icons: list[str] = []
    real = shell_module.load_icon
    monkeypatch.setattr(shell_module, "load_icon", lambda name: (icons.append(name), real(name))[1])
    move_to(clock, controller, 60)
    assert icons[-1] == "checking"
    popup = shell.popup
    assert popup is not None
    popup.done_button.click()
    assert icons[-1] != "checking"
