"""Calls on your own terms in the app: Settings → Calls, answering a missed call, logging an
interruption, the voicemail greeting, and interruptions in Statistics."""

from __future__ import annotations

from datetime import time, timedelta

import pytest
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from boundary_app.core.calls import CallSlot
from boundary_app.core.clients import set_call_slot
from boundary_app.core.profile import load_profile
from boundary_app.core.schedule import CheckPlan
from boundary_app.ui.calls_dialogs import InterruptionDialog, MissedCallDialog
from boundary_app.ui.controller import Controller
from boundary_app.ui.settings.dialog import SettingsDialog
from boundary_app.ui.stats_window import StatsWindow
from boundary_app.ui.voicemail_window import VoicemailWindow
from tests.fakes import FakeClock, MemoryProvider

WAIT = 3000
FRI = 4
ACME = CallSlot("Acme", ("acme.example", "jo@acme.example"), frozenset({FRI}), time(10))


@pytest.fixture
def acme(controller: Controller) -> Controller:
    set_call_slot(controller.service, ACME)
    return controller


def test_a_call_slot_is_added_in_settings_and_saved(controller: Controller, qtbot: QtBot) -> None:
    settings = SettingsDialog(controller)
    qtbot.addWidget(settings)
    settings.show()
    tab = settings.calls_tab
    settings.tabs.setCurrentWidget(tab)
    tab.add_button.click()
    editor = tab.slot_editor
    assert editor is not None and editor.isVisible()
    editor.name_edit.setText("Acme")
    editor.contacts_edit.setText("acme.example, jo@")
    editor.ok_button.click()
    assert editor.isVisible()  # what cannot be used keeps it open, saying why
    assert editor.error_label.text() == "Choose at least one day for the call."
    editor.day_boxes[FRI].setChecked(True)
    editor.ok_button.click()
    assert editor.isVisible()
    assert "'jo@' is not an email address or a domain" in editor.error_label.text()
    editor.contacts_edit.setText("acme.example jo@acme.example")
    editor.minutes_box.setValue(45)
    editor.every_box.setCurrentIndex(editor.every_box.findData(2))
    editor.ok_button.click()
    qtbot.waitUntil(lambda: tab.slot_editor is None, timeout=WAIT)
    # Without a translator the plural reads "week(s)"; the app loads English's plural forms.
    assert tab.slot_list.item(0).text().startswith("Acme — Fri 10:00 · 45 min · every 2 week")
    settings.save_button.click()
    qtbot.waitUntil(lambda: not settings.isVisible(), timeout=WAIT)
    saved = load_profile(controller.service.paths.profile).calls
    assert [(s.name, s.contacts, s.minutes, s.every) for s in saved] == [
        ("Acme", ("acme.example", "jo@acme.example"), 45, 2)
    ]
    assert saved[0].since == controller.service.clock().astimezone(controller.profile.tz).date()


def test_the_missed_call_answer_names_the_next_slot_and_is_copied_or_sent(
    acme: Controller, qtbot: QtBot
) -> None:
    dialog = MissedCallDialog(acme)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.empty_label.isVisible()
    text = dialog.composer.text_edit.toPlainText()
    assert "can it wait for our call on Friday at 10:00?" in text  # from Tuesday 24 November
    assert dialog.next_label.text() == "Next call with Acme: Friday 27 November at 10:00"
    assert dialog.composer.to_edit.text() == "jo@acme.example"
    dialog.composer.copy_button.click()
    assert QGuiApplication.clipboard().text() == text

    dialog.language_box.setCurrentIndex(dialog.language_box.findData("nl"))
    assert "ons gesprek op vrijdag om 10:00" in dialog.composer.text_edit.toPlainText()
    assert dialog.composer.account_box.currentText() == "Work"  # the one that can send
    dialog.composer.send_button.click()
    qtbot.waitUntil(lambda: bool(MemoryProvider.sent), timeout=WAIT)
    account, to, subject, sent = MemoryProvider.sent[0]
    assert (account, to, subject) == ("Work", "jo@acme.example", "Uw telefoontje")
    assert "ons gesprek op vrijdag om 10:00" in sent
    qtbot.waitUntil(lambda: "Sent to" in dialog.composer.state_label.text(), timeout=WAIT)


def test_without_call_slots_the_missed_call_window_says_where_to_add_them(
    controller: Controller, qtbot: QtBot
) -> None:
    dialog = MissedCallDialog(controller)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.empty_label.isVisible()
    assert not dialog.composer.isEnabled()


def test_an_interruption_is_logged_and_shows_in_statistics(
    acme: Controller, qtbot: QtBot, clock: FakeClock
) -> None:
    dialog = InterruptionDialog(acme)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.log_button.click()
    assert dialog.isVisible() and "Say who interrupted" in dialog.error_label.text()
    dialog.client_box.setCurrentText("acme")
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData("visit"))
    dialog.log_button.click()
    assert not dialog.isVisible()
    assert dialog.logged is not None
    assert (dialog.logged.client, dialog.logged.kind) == ("Acme", "visit")

    stats = StatsWindow(acme)
    qtbot.addWidget(stats)
    assert stats.stats[-1].interruptions == 1
    column = stats.table.columnCount() - 1
    assert stats.table.horizontalHeaderItem(column).text() == "Interruptions"
    assert stats.table.item(0, column).text() == "1"
    assert stats.clients_label.text() == "Interruptions per client: Acme 1 (0.1 a week)"


def test_an_interruption_still_to_come_is_refused(
    acme: Controller, qtbot: QtBot, clock: FakeClock
) -> None:
    dialog = InterruptionDialog(acme)
    qtbot.addWidget(dialog)
    dialog.client_box.setCurrentText("Acme")
    dialog.when_edit.setDateTime(dialog.when_edit.dateTime().addSecs(3600))
    dialog.log_button.click()
    assert "still to come" in dialog.error_label.text()
    assert (
        acme.service.journal.interruptions(clock() - timedelta(days=1), clock() + timedelta(days=1))
        == []
    )


def test_the_voicemail_greeting_follows_the_profile(controller: Controller, qtbot: QtBot) -> None:
    window = VoicemailWindow(controller)
    qtbot.addWidget(window)
    window.show()
    assert window.empty_label.isVisible() and window.greetings == []

    profile = controller.service.profile
    profile.checks = CheckPlan(focus_weekdays=frozenset({2}), started=profile.checks.started)
    controller.refresh()  # a change of the profile re-reads it
    assert [g.occasion for g in window.greetings] == ["focus"]
    text = window.editors[0].toPlainText()
    assert "I work behind closed doors on Wednesdays" in text
    assert "I will answer on Thursday" in text
    assert "please call Sam Lee on +31 6 1234 5678" in text
    assert "ana@example.com" in text
    window.copy_buttons[0].click()
    assert QGuiApplication.clipboard().text() == text
    window.language_box.setCurrentIndex(window.language_box.findData("id"))
    assert "Setiap hari Rabu" in window.editors[0].toPlainText()
