"""The Go-away dialog, as a person uses it: previews, mistakes, and the push's outcome."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from boundary_app.core.service import Boundary
from boundary_app.providers.base import Audience, Unreachable
from boundary_app.ui.away_dialog import GoAwayDialog, _edit_moment, _set_edit_moment
from boundary_app.ui.controller import Controller
from tests.fakes import FakeClock, MemoryProvider

AMS = ZoneInfo("Europe/Amsterdam")
WAIT = 3000


def open_dialog(controller: Controller, qtbot: QtBot) -> GoAwayDialog:
    dialog = GoAwayDialog(controller)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


@pytest.fixture
def dialog(controller: Controller, qtbot: QtBot) -> GoAwayDialog:
    return open_dialog(controller, qtbot)


def internal(dialog: GoAwayDialog) -> str:
    return dialog.preview_internal.toPlainText()


def check(dialog: GoAwayDialog, list_name: str, name: str, on: bool) -> None:
    widget: QListWidget = getattr(dialog, list_name)
    for row in range(widget.count()):
        item = widget.item(row)
        if item is not None and item.data(Qt.ItemDataRole.UserRole) == name:
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            return
    raise AssertionError(f"{name} is not in {list_name}")


def choose(box: QComboBox, data: str) -> None:
    index = box.findData(data)
    assert index >= 0, data
    box.setCurrentIndex(index)


# --- what it starts with ---------------------------------------------------------------------


def test_defaults_follow_the_profile_and_the_clock(dialog: GoAwayDialog) -> None:
    assert dialog.template_box.count() == 7  # Availability joined the six
    assert dialog.template_box.currentData() == "vacation"
    assert dialog.template_box.currentText() == "Vacation"
    assert _edit_moment(dialog.from_edit, AMS) == datetime(2026, 11, 24, 9, 0, tzinfo=AMS)
    # "Until tomorrow morning": the next day at the workday start.
    assert _edit_moment(dialog.until_edit, AMS) == datetime(2026, 11, 25, 9, 0, tzinfo=AMS)
    assert "Europe/Amsterdam" in dialog.zone_label.text()
    assert dialog.chosen_backups() == ["Sam Lee"]
    assert dialog.chosen_accounts() == ["This computer", "Work", "Side"]
    assert dialog.go_button.isEnabled()
    assert dialog.go_button.isDefault()
    assert "{backups}" in dialog.internal_edit.toPlainText()  # the template, placeholders kept
    assert "Wednesday 25 November at 09:00" in internal(dialog)
    assert "Ana Silva" in internal(dialog)


def test_backups_show_what_they_cover_with_the_email_as_tooltip(dialog: GoAwayDialog) -> None:
    first = dialog.backup_list.item(0)
    assert first.text() == "Sam Lee — urgent client questions"
    assert first.toolTip() == "sam@example.com"
    assert dialog.backup_list.item(1).text() == "Alex Kim"
    assert not dialog.backup_hint.isVisible()


def test_an_empty_roster_says_where_to_add_backups(
    controller: Controller, qtbot: QtBot, two_accounts: Boundary
) -> None:
    two_accounts.profile.backups = []
    dialog = open_dialog(controller, qtbot)
    assert dialog.backup_hint.isVisible()
    assert "Add backup colleagues in Settings" in dialog.backup_hint.text()
    assert "please contact" not in internal(dialog)


# --- the preview -----------------------------------------------------------------------------


def test_switching_template_changes_the_preview(dialog: GoAwayDialog, qtbot: QtBot) -> None:
    assert "on vacation" in internal(dialog)
    choose(dialog.template_box, "volunteering")
    assert dialog.reason_edit.text() == "I'm volunteering with a local charity."
    qtbot.waitUntil(lambda: "volunteering with a local charity" in internal(dialog), timeout=WAIT)
    assert "on vacation" not in internal(dialog)
    assert dialog.subject_preview.text() == "Volunteering until Wednesday 25 November at 09:00"


def test_the_preview_names_the_checked_backup(dialog: GoAwayDialog, qtbot: QtBot) -> None:
    assert "Sam Lee (sam@example.com, +31 6 1234 5678)" in internal(dialog)
    check(dialog, "backup_list", "Alex Kim", True)
    check(dialog, "backup_list", "Sam Lee", False)
    qtbot.waitUntil(lambda: "Alex Kim (alex@example.com)" in internal(dialog), timeout=WAIT)
    assert "Sam Lee" not in internal(dialog)
    assert "Alex Kim" in dialog.preview_external.toPlainText()


def test_unchecking_the_only_backup_drops_the_contact_line(
    dialog: GoAwayDialog, qtbot: QtBot
) -> None:
    assert "please contact" in internal(dialog)
    check(dialog, "backup_list", "Sam Lee", False)
    qtbot.waitUntil(lambda: "please contact" not in internal(dialog), timeout=WAIT)
    assert "please contact" not in dialog.preview_external.toPlainText()
    assert dialog.go_button.isEnabled()


def test_markup_in_a_message_is_shown_literally(dialog: GoAwayDialog, qtbot: QtBot) -> None:
    dialog.internal_edit.setPlainText("Back soon. <b>bold</b><script>alert(1)</script>\n{name}")
    qtbot.waitUntil(lambda: "<b>bold</b><script>" in internal(dialog), timeout=WAIT)
    assert internal(dialog) == "Back soon. <b>bold</b><script>alert(1)</script>\nAna Silva"
    assert isinstance(dialog.preview_internal, QPlainTextEdit)
    assert dialog.preview_internal.isReadOnly()


def test_the_end_before_the_start_is_an_error_and_blocks_going_away(
    dialog: GoAwayDialog, qtbot: QtBot
) -> None:
    _set_edit_moment(dialog.from_edit, datetime(2026, 11, 26, 12, 0, tzinfo=AMS), AMS)
    qtbot.waitUntil(lambda: not dialog.go_button.isEnabled(), timeout=WAIT)
    assert dialog.error_label.isVisible()
    assert "must come after the start" in dialog.error_label.text()
    assert dialog.quick_box.currentData() == "tomorrow"  # untouched

    choose(dialog.quick_box, "custom")
    _set_edit_moment(dialog.until_edit, datetime(2026, 11, 27, 9, 0, tzinfo=AMS), AMS)
    qtbot.waitUntil(lambda: dialog.go_button.isEnabled(), timeout=WAIT)
    assert not dialog.error_label.isVisible()


def test_an_end_in_the_past_is_an_error(dialog: GoAwayDialog, qtbot: QtBot) -> None:
    _set_edit_moment(dialog.until_edit, datetime(2026, 11, 24, 8, 0, tzinfo=AMS), AMS)
    assert dialog.quick_box.currentData() == "custom"  # editing the field picks Custom
    qtbot.waitUntil(lambda: dialog.error_label.isVisible(), timeout=WAIT)
    assert not dialog.go_button.isEnabled()
    assert "Tuesday 24 November at 08:00" in dialog.error_label.text()


def test_no_end_date_returns_further_notice(dialog: GoAwayDialog, qtbot: QtBot) -> None:
    dialog.no_end_check.setChecked(True)
    assert not dialog.until_edit.isEnabled()
    assert not dialog.quick_box.isEnabled()
    qtbot.waitUntil(lambda: "further notice" in internal(dialog), timeout=WAIT)
    assert dialog.request().until is None


def test_an_emptied_message_is_an_error_not_the_template(
    dialog: GoAwayDialog, qtbot: QtBot
) -> None:
    dialog.internal_edit.setPlainText("   ")
    qtbot.waitUntil(lambda: dialog.error_label.isVisible(), timeout=WAIT)
    assert "colleagues is empty" in dialog.error_label.text()
    assert not dialog.go_button.isEnabled()


def test_a_long_message_is_a_warning_not_an_error(dialog: GoAwayDialog, qtbot: QtBot) -> None:
    dialog.external_edit.setPlainText("word " * 500 + "\n{name}")
    qtbot.waitUntil(lambda: dialog.warning_label.isVisible(), timeout=WAIT)
    assert "everyone else is 2,510 characters long" in dialog.warning_label.text()
    assert dialog.go_button.isEnabled()
    assert not dialog.error_label.isVisible()


# --- when it ends ----------------------------------------------------------------------------


def test_until_monday_is_monday_at_the_workday_start(dialog: GoAwayDialog) -> None:
    choose(dialog.quick_box, "monday")
    assert _edit_moment(dialog.until_edit, AMS) == datetime(2026, 11, 30, 9, 0, tzinfo=AMS)
    choose(dialog.quick_box, "rest-of-today")
    assert _edit_moment(dialog.until_edit, AMS) == datetime(2026, 11, 24, 17, 0, tzinfo=AMS)


def test_rest_of_today_after_five_is_an_hour(
    controller: Controller, qtbot: QtBot, clock: FakeClock
) -> None:
    clock.advance(timedelta(hours=9, minutes=30))  # 18:30 in Amsterdam
    dialog = open_dialog(controller, qtbot)
    choose(dialog.quick_box, "rest-of-today")
    assert _edit_moment(dialog.until_edit, AMS) == datetime(2026, 11, 24, 19, 30, tzinfo=AMS)
    choose(dialog.quick_box, "tomorrow")
    assert _edit_moment(dialog.until_edit, AMS) == datetime(2026, 11, 25, 9, 0, tzinfo=AMS)


# --- audience and accounts -------------------------------------------------------------------


def test_an_account_that_cannot_narrow_the_audience_says_so(dialog: GoAwayDialog) -> None:
    assert not dialog.audience_note.isVisible()
    choose(dialog.audience_box, Audience.CONTACTS.value)
    assert dialog.audience_note.isVisible()
    note = dialog.audience_note.text()
    assert note == ("Side cannot limit who gets the reply: everyone will get the external message.")
    choose(dialog.audience_box, Audience.INTERNAL.value)  # Work can't do colleagues-only
    assert "Work cannot limit" in dialog.audience_note.text()
    assert "Side cannot limit" in dialog.audience_note.text()
    check(dialog, "account_list", "Side", False)
    assert "Side" not in dialog.audience_note.text()


def test_unchecking_every_account_disables_go_away(dialog: GoAwayDialog, qtbot: QtBot) -> None:
    for name in ("This computer", "Work", "Side"):
        check(dialog, "account_list", name, False)
    qtbot.waitUntil(lambda: not dialog.go_button.isEnabled(), timeout=WAIT)
    assert "at least one account" in dialog.error_label.text()
    check(dialog, "account_list", "Work", True)
    qtbot.waitUntil(lambda: dialog.go_button.isEnabled(), timeout=WAIT)
    assert dialog.request().accounts == ("Work",)


# --- going away ------------------------------------------------------------------------------


def test_go_away_records_the_period_and_reports_each_account(
    dialog: GoAwayDialog, qtbot: QtBot, two_accounts: Boundary
) -> None:
    choose(dialog.template_box, "volunteering")
    qtbot.mouseClick(dialog.go_button, Qt.MouseButton.LeftButton)
    away = two_accounts.status().away
    assert away is not None
    assert away.template == "volunteering"
    assert away.until == datetime(2026, 11, 25, 9, 0, tzinfo=AMS)
    assert away.backups == ("Sam Lee",)
    assert dialog.pages.currentWidget() is dialog.results_page
    qtbot.waitUntil(dialog.results_shown, timeout=WAIT)
    text = dialog.results_text()
    for name in ("This computer", "Work", "Side"):
        assert f"{name}: Reply set" in text
    assert "You're away" in text
    assert dialog.close_button.isDefault()
    assert "volunteering with a local charity" in MemoryProvider.server["Work"].internal


def test_a_busy_server_will_be_retried(
    dialog: GoAwayDialog, qtbot: QtBot, two_accounts: Boundary
) -> None:
    MemoryProvider.fail_with["Work"] = Unreachable("Server busy", retry_after=timedelta(minutes=5))
    dialog.go_button.click()
    qtbot.waitUntil(dialog.results_shown, timeout=WAIT)
    text = dialog.results_text()
    assert "Work: Will retry at 09:05: Server busy" in text
    assert "Side: Reply set" in text
    assert "Some accounts need attention" in text


def test_only_the_chosen_accounts_are_listed(
    dialog: GoAwayDialog, qtbot: QtBot, two_accounts: Boundary
) -> None:
    check(dialog, "account_list", "This computer", False)
    dialog.update_preview()
    dialog.go_button.click()
    qtbot.waitUntil(dialog.results_shown, timeout=WAIT)
    text = dialog.results_text()
    assert "This computer" not in text
    assert "Work: Reply set" in text
    assert "Side: Reply set" in text
    away = two_accounts.status().away
    assert away is not None and away.accounts == ("Work", "Side")


def test_a_failed_pass_shows_its_reason(
    dialog: GoAwayDialog, qtbot: QtBot, controller: Controller
) -> None:
    dialog.go_button.click()
    controller.push_finished.emit(RuntimeError("The journal is locked."))
    assert dialog.results_shown()
    assert "Setting the replies failed: The journal is locked." in dialog.results_text()


def test_enter_goes_away_and_escape_then_closes(
    dialog: GoAwayDialog, qtbot: QtBot, two_accounts: Boundary
) -> None:
    dialog.reason_edit.setFocus()
    qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return)
    assert two_accounts.status().away is not None
    qtbot.waitUntil(dialog.results_shown, timeout=WAIT)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_escape_cancels_without_going_away(
    dialog: GoAwayDialog, qtbot: QtBot, two_accounts: Boundary
) -> None:
    qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert not dialog.isVisible()
    assert two_accounts.status().away is None


# --- keyboard --------------------------------------------------------------------------------


def test_every_label_with_a_mnemonic_has_a_buddy(dialog: GoAwayDialog) -> None:
    for label in dialog.findChildren(QLabel):
        if "&" in label.text():
            assert label.buddy() is not None, label.text()


def test_every_field_is_reachable_with_tab(dialog: GoAwayDialog, qtbot: QtBot) -> None:
    fields: list[QWidget] = [
        dialog.template_box,
        dialog.reason_edit,
        dialog.from_edit,
        dialog.until_edit,
        dialog.quick_box,
        dialog.no_end_check,
        dialog.backup_list,
        dialog.account_list,
        dialog.audience_box,
        dialog.subject_edit,
        dialog.internal_edit,
        dialog.preview_internal,
        dialog.go_button,
        dialog.cancel_button,
    ]
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=WAIT)
    dialog.template_box.setFocus()
    seen: list[QWidget | None] = []
    for _ in range(2 * len(fields) + 10):
        focused = QApplication.focusWidget()
        seen.append(focused)
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    names = [type(w).__name__ for w in seen]
    for field in fields:
        assert any(w is field or (w is not None and field.isAncestorOf(w)) for w in seen), names
    # The other message is one tab away, and its mnemonic (Alt+E) goes straight there.
    qtbot.keyClick(dialog, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
    assert dialog.message_tabs.currentIndex() == 1
    dialog.external_edit.setFocus()
    qtbot.keyClick(dialog.external_edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.preview_external
    assert dialog.internal_edit.tabChangesFocus()
