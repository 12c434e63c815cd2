"""The Go-away dialog, as a person uses it: previews, mistakes, changing the current period,
and the result panel that says how it went."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QLocale, Qt, SignalInstance
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QStyle,
    QWidget,
)
from pytestqt.qtbot import QtBot

from boundary_app.core.journal import JournalBusy
from boundary_app.core.service import Boundary
from boundary_app.providers.base import Audience, AutoReply, Unreachable
from boundary_app.ui.away_dialog import GoAwayDialog, _edit_moment, _set_edit_moment
from boundary_app.ui.controller import Controller
from boundary_app.ui.languages import Translators
from boundary_app.ui.result_panel import ResultPanel
from boundary_app.ui.widgets import WARNING_STYLE
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


@pytest.fixture(autouse=True)
def _panels_closed() -> Iterator[None]:
    """A result panel outlives its dialog (it deletes itself when closed)."""
    yield
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, ResultPanel):
            widget.close()


@pytest.fixture
def english(translators: Translators) -> None:
    """English plurals ("3 accounts"), and dates as in the other tests ("Wed 25 Nov")."""
    QLocale.setDefault(QLocale("en_GB"))


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
    assert not dialog.go_button.isDefault()  # Enter in a field must not set the replies
    assert dialog.current is None and not dialog.back_button.isVisible()
    assert "{backups}" in dialog.internal_edit.toPlainText()  # the template, placeholders kept
    assert "Wednesday 25 November at 09:00" in internal(dialog)
    assert "Ana Silva" in internal(dialog)
    # The preview leads; the templates with their placeholders are behind "Edit the message".
    assert dialog.preview_internal.isVisible()
    assert not dialog.internal_edit.isVisible()
    dialog.edit_button.click()
    assert dialog.internal_edit.isVisible() and dialog.subject_edit.hasFocus()


def test_go_away_says_what_it_will_do(dialog: GoAwayDialog, qtbot: QtBot, english: None) -> None:
    dialog.update_preview()
    assert dialog.go_button.text() == "Set the reply on 3 accounts until Wed 25 Nov 09:00"
    check(dialog, "account_list", "Side", False)
    check(dialog, "account_list", "This computer", False)
    dialog.no_end_check.setChecked(True)
    dialog.update_preview()
    assert dialog.go_button.text() == "Set the reply on 1 account, no end date"


def test_backups_show_what_they_cover_with_the_email_as_tooltip(dialog: GoAwayDialog) -> None:
    first = dialog.backup_list.item(0)
    assert first.text() == "Sam Lee — urgent client questions"
    assert first.toolTip() == "sam@example.com"
    assert dialog.backup_list.item(1).text() == "Alex Kim"
    assert not dialog.backup_hint.isVisible()


def test_a_long_roster_entry_wraps_instead_of_being_cut_or_scrolling_sideways(
    controller: Controller, qtbot: QtBot, two_accounts: Boundary
) -> None:
    long_entry = "invoices, orders and the Rotterdam warehouse"
    two_accounts.profile.backups[1].covers_by_language = {"": long_entry}
    dialog = open_dialog(controller, qtbot)
    roster = dialog.backup_list
    assert roster.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    long = roster.item(1)
    assert long.text() == "Alex Kim — invoices, orders and the Rotterdam warehouse"
    shape = roster.visualItemRect(long)
    metrics = roster.fontMetrics()
    assert shape.height() >= 2 * metrics.height()
    room = shape.width() - roster.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth) - 12
    wrap = int(Qt.TextFlag.TextWordWrap)
    assert metrics.boundingRect(0, 0, room, 1000, wrap, long.text()).height() <= shape.height()
    assert shape.right() <= roster.viewport().width()
    assert roster.horizontalScrollBar().maximum() == 0
    assert roster.height() >= shape.bottom()  # both entries in sight


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
    qtbot.waitUntil(lambda: "out of the office" in internal(dialog), timeout=WAIT)
    assert "on vacation" not in internal(dialog)
    assert dialog.subject_preview.text() == "Volunteering until Wednesday 25 November at 09:00"


def test_a_templates_example_reason_is_a_hint_and_a_typed_reason_stays(
    dialog: GoAwayDialog, qtbot: QtBot
) -> None:
    choose(dialog.template_box, "volunteering")
    # The example is a hint: nothing to type into, and not in the reply.
    assert dialog.reason_edit.text() == ""
    assert dialog.reason_edit.placeholderText() == "I'm volunteering with a local charity."
    dialog.update_preview()
    assert "charity" not in internal(dialog)
    dialog.reason_edit.setFocus()
    qtbot.keyClicks(dialog.reason_edit, "Helping at the food bank.")
    choose(dialog.template_box, "client")
    choose(dialog.template_box, "volunteering")
    assert dialog.reason_edit.text() == "Helping at the food bank."
    dialog.update_preview()
    assert "Helping at the food bank." in internal(dialog)


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


def test_the_quick_choice_follows_a_later_start(dialog: GoAwayDialog) -> None:
    assert dialog.quick_box.currentData() == "tomorrow"
    _set_edit_moment(dialog.from_edit, datetime(2026, 11, 26, 12, 0, tzinfo=AMS), AMS)
    # "Until tomorrow morning" counts from the start: the morning after Thursday.
    assert _edit_moment(dialog.until_edit, AMS) == datetime(2026, 11, 27, 9, 0, tzinfo=AMS)
    assert dialog.quick_box.currentData() == "tomorrow"
    choose(dialog.quick_box, "monday")
    assert _edit_moment(dialog.until_edit, AMS) == datetime(2026, 11, 30, 9, 0, tzinfo=AMS)


def test_moving_from_past_until_moves_until_along_keeping_the_length(
    dialog: GoAwayDialog, qtbot: QtBot
) -> None:
    choose(dialog.quick_box, "custom")
    _set_edit_moment(dialog.until_edit, datetime(2026, 11, 24, 15, 0, tzinfo=AMS), AMS)
    _set_edit_moment(dialog.from_edit, datetime(2026, 11, 24, 13, 0, tzinfo=AMS), AMS)
    assert _edit_moment(dialog.until_edit, AMS) == datetime(2026, 11, 24, 15, 0, tzinfo=AMS)
    # Two hours away (13:00-15:00); From to Wednesday 10:00 takes Until to 12:00.
    _set_edit_moment(dialog.from_edit, datetime(2026, 11, 25, 10, 0, tzinfo=AMS), AMS)
    assert _edit_moment(dialog.until_edit, AMS) == datetime(2026, 11, 25, 12, 0, tzinfo=AMS)
    assert dialog.quick_box.currentData() == "custom"
    dialog.update_preview()
    assert dialog.go_button.isEnabled()
    assert not dialog.error_label.isVisible()


def test_an_end_before_the_start_is_an_error_and_blocks_going_away(
    dialog: GoAwayDialog, qtbot: QtBot
) -> None:
    _set_edit_moment(dialog.from_edit, datetime(2026, 11, 26, 12, 0, tzinfo=AMS), AMS)
    _set_edit_moment(dialog.until_edit, datetime(2026, 11, 26, 11, 0, tzinfo=AMS), AMS)
    qtbot.waitUntil(lambda: not dialog.go_button.isEnabled(), timeout=WAIT)
    assert "must come after the start" in dialog.error_label.text()
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


def go(dialog: GoAwayDialog, qtbot: QtBot) -> ResultPanel:
    """Press Go away; the dialog closes and the result panel takes over."""
    qtbot.mouseClick(dialog.go_button, Qt.MouseButton.LeftButton)
    panel = dialog.result_panel
    assert panel is not None
    assert dialog.result() == QDialog.DialogCode.Accepted and not dialog.isVisible()
    return panel


def test_go_away_records_the_period_and_a_small_panel_says_how_it_went(
    dialog: GoAwayDialog, qtbot: QtBot, two_accounts: Boundary
) -> None:
    choose(dialog.template_box, "volunteering")
    dialog.reason_edit.setText("Helping at the food bank.")
    opened: list[object] = []
    dialog.result_opened.connect(opened.append)
    panel = go(dialog, qtbot)
    assert opened == [panel]
    away = two_accounts.status().away
    assert away is not None
    assert away.template == "volunteering"
    assert away.until == datetime(2026, 11, 25, 9, 0, tzinfo=AMS)
    assert away.backups == ("Sam Lee",)
    assert panel.isVisible() and panel.width() < 500
    qtbot.waitUntil(panel.results_shown, timeout=WAIT)
    assert panel.results_text() == (
        "You're away until Wed 25 Nov 09:00\nYour reply is set on This computer, Work and Side.\n"
        "Calendar on This computer."  # the trial keeps the out-of-office event too
    )
    assert "food bank" in MemoryProvider.server["Work"].internal
    # Nothing needs a look: it closes itself; I'm back is on it meanwhile.
    assert panel.back_button.isVisible() and not panel.undo_button.isVisible()
    assert panel.close_timer.isActive()
    with qtbot.waitSignal(panel.destroyed, timeout=WAIT):
        panel.close_timer.timeout.emit()


def test_im_back_on_the_panel_clears_the_replies_and_undo_puts_them_back(
    dialog: GoAwayDialog, qtbot: QtBot, two_accounts: Boundary
) -> None:
    panel = go(dialog, qtbot)
    qtbot.waitUntil(panel.results_shown, timeout=WAIT)
    with qtbot.waitSignal(two_accounts_pushed(dialog), timeout=WAIT):
        panel.back_button.click()
    qtbot.waitUntil(panel.results_shown, timeout=WAIT)
    assert two_accounts.status().away is None
    assert not MemoryProvider.server["Work"].enabled
    assert panel.results_text().startswith("Welcome back")
    assert panel.undo_button.isVisible()
    with qtbot.waitSignal(two_accounts_pushed(dialog), timeout=WAIT):
        panel.undo_button.click()
    qtbot.waitUntil(panel.results_shown, timeout=WAIT)
    away = two_accounts.status().away
    assert away is not None and away.until == datetime(2026, 11, 25, 9, 0, tzinfo=AMS)
    assert MemoryProvider.server["Work"].enabled


def two_accounts_pushed(dialog: GoAwayDialog) -> SignalInstance:
    return dialog.controller.push_finished


def test_a_busy_server_will_be_retried_and_the_panel_stays(
    dialog: GoAwayDialog, qtbot: QtBot, two_accounts: Boundary
) -> None:
    MemoryProvider.fail_with["Work"] = Unreachable("Server busy", retry_after=timedelta(minutes=5))
    panel = go(dialog, qtbot)
    qtbot.waitUntil(panel.results_shown, timeout=WAIT)
    text = panel.results_text()
    assert text == (
        "You're away until Wed 25 Nov 09:00\n"
        "Your reply is set on This computer and Side.\n"
        "Calendar on This computer.\n"
        "Work: Will retry at 09:05: Server busy"
    )
    assert panel.trouble.styleSheet() == WARNING_STYLE
    assert not panel.close_timer.isActive()


def test_only_the_chosen_accounts_are_set(
    dialog: GoAwayDialog, qtbot: QtBot, two_accounts: Boundary
) -> None:
    check(dialog, "account_list", "This computer", False)
    dialog.update_preview()
    panel = go(dialog, qtbot)
    qtbot.waitUntil(panel.results_shown, timeout=WAIT)
    assert panel.results_text().endswith("Your reply is set on Work and Side.")
    away = two_accounts.status().away
    assert away is not None and away.accounts == ("Work", "Side")


def test_a_failed_pass_shows_its_reason(
    dialog: GoAwayDialog, qtbot: QtBot, controller: Controller
) -> None:
    panel = go(dialog, qtbot)
    controller.push_finished.emit(RuntimeError("The journal is locked."))
    assert panel.results_shown()
    assert "Sending the replies failed: The journal is locked." in panel.results_text()


def test_a_journal_that_cannot_be_written_keeps_the_dialog_open(
    dialog: GoAwayDialog, qtbot: QtBot, two_accounts: Boundary, monkeypatch: pytest.MonkeyPatch
) -> None:
    def locked(_period: object) -> None:
        raise JournalBusy(two_accounts.journal.path, 10)

    monkeypatch.setattr(two_accounts, "go_away", locked)
    dialog.go_button.click()
    assert dialog.isVisible() and dialog.result_panel is None
    assert "Another program is using Boundary's journal" in dialog.error_label.text()


@pytest.mark.parametrize("field", ["reason_edit", "subject_edit", "external_reason_edit"])
def test_enter_in_a_one_line_field_does_not_go_away(
    dialog: GoAwayDialog, qtbot: QtBot, two_accounts: Boundary, field: str
) -> None:
    dialog.edit_button.click()
    edit: QLineEdit = getattr(dialog, field)
    dialog.message_tabs.setCurrentIndex(1 if field.startswith("external") else 0)
    edit.setFocus()
    qtbot.keyClicks(edit, "Half-typ")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.keyClick(edit, Qt.Key.Key_Enter)
    assert dialog.isVisible() and dialog.result_panel is None
    assert two_accounts.status().away is None
    # Going away is meant: Ctrl+Enter, or the button.
    qtbot.keyClick(edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result_panel is not None
    assert two_accounts.status().away is not None


def test_escape_cancels_without_going_away(
    dialog: GoAwayDialog, qtbot: QtBot, two_accounts: Boundary
) -> None:
    qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert not dialog.isVisible()
    assert two_accounts.status().away is None


# --- what people outside read ------------------------------------------------------------------


def test_people_outside_can_get_their_own_reason_and_subject(
    dialog: GoAwayDialog, qtbot: QtBot, two_accounts: Boundary
) -> None:
    choose(dialog.template_box, "volunteering")
    dialog.reason_edit.setText("Helping at the food bank.")
    dialog.update_preview()
    assert "food bank" in dialog.preview_external.toPlainText()  # the same reason, unless…
    dialog.external_reason_edit.setText("I'm volunteering.")
    dialog.edit_button.click()
    dialog.external_subject_edit.setText("Out of office until {return}")
    dialog.update_preview()
    outside = dialog.preview_external.toPlainText()
    assert "I'm volunteering." in outside and "food bank" not in outside
    assert dialog.external_subject_preview.text() == (
        "Out of office until Wednesday 25 November at 09:00"
    )
    assert dialog.subject_preview.text().startswith("Volunteering until")
    # Work and Side hold one subject: everyone gets the outsiders' one there.
    dialog.message_tabs.setCurrentIndex(1)
    assert dialog.one_subject_note.isVisible()
    assert dialog.one_subject_note.text().startswith("Work and Side give everyone one subject")
    panel = go(dialog, qtbot)
    qtbot.waitUntil(panel.results_shown, timeout=WAIT)
    assert MemoryProvider.server["Work"].subject.startswith("Out of office until")
    assert "food bank" not in MemoryProvider.server["Work"].external


# --- a reply set outside Boundary ------------------------------------------------------------


def test_go_away_names_the_reply_found_on_an_account_before_replacing_it(
    controller: Controller, qtbot: QtBot, two_accounts: Boundary
) -> None:
    end = datetime(2026, 12, 11, 17, 0, tzinfo=AMS)
    MemoryProvider.server["Work"] = AutoReply(True, None, end, "Away", "Set in webmail")
    with qtbot.waitSignal(controller.push_finished, timeout=WAIT):
        controller.push()
    dialog = open_dialog(controller, qtbot)
    assert dialog.found_note.isVisible()
    assert dialog.found_note.text() == (
        "Go away replaces the auto-reply Work already has (until Fri 11 Dec 17:00), "
        "set outside Boundary."
    )
    check(dialog, "account_list", "Work", False)
    assert not dialog.found_note.isVisible()
    check(dialog, "account_list", "Work", True)
    panel = go(dialog, qtbot)
    qtbot.waitUntil(panel.results_shown, timeout=WAIT)
    assert MemoryProvider.server["Work"].internal != "Set in webmail"


# --- changing the current away period ----------------------------------------------------------


def away_from_the_dialog(controller: Controller, qtbot: QtBot) -> GoAwayDialog:
    dialog = open_dialog(controller, qtbot)
    choose(dialog.template_box, "volunteering")
    dialog.reason_edit.setText("Helping at the food bank.")
    check(dialog, "backup_list", "Alex Kim", True)
    check(dialog, "account_list", "Side", False)
    choose(dialog.quick_box, "monday")
    with qtbot.waitSignal(controller.push_finished, timeout=WAIT):
        panel = go(dialog, qtbot)
    panel.close()
    return open_dialog(controller, qtbot)


def test_while_away_go_away_opens_the_current_period_to_change_it(
    controller: Controller, qtbot: QtBot, clock: FakeClock, english: None
) -> None:
    clock.advance(timedelta(hours=2))
    again = away_from_the_dialog(controller, qtbot)
    assert again.current is not None
    assert again.windowTitle() == "Change your away period — Boundary"
    assert again.template_box.currentData() == "volunteering"
    assert again.reason_edit.text() == "Helping at the food bank."
    assert again.chosen_backups() == ["Sam Lee", "Alex Kim"]
    assert again.chosen_accounts() == ["This computer", "Work"]
    assert _edit_moment(again.until_edit, AMS) == datetime(2026, 11, 30, 9, 0, tzinfo=AMS)
    assert again.back_button.isVisible()
    again.update_preview()
    assert again.go_button.text() == "Change the reply on 2 accounts until Mon 30 Nov 09:00"
    assert "food bank" in again.preview_internal.toPlainText()


def test_changing_nothing_writes_nothing_and_extending_writes_each_reply_once(
    controller: Controller, qtbot: QtBot, clock: FakeClock, two_accounts: Boundary
) -> None:
    clock.advance(timedelta(hours=2, minutes=17, seconds=31))  # the start had seconds
    again = away_from_the_dialog(controller, qtbot)
    before = two_accounts.status().away
    writes = len(MemoryProvider.writes)
    clock.advance(timedelta(hours=1))
    with qtbot.waitSignal(controller.push_finished, timeout=WAIT):
        panel = go(again, qtbot)
    qtbot.waitUntil(panel.results_shown, timeout=WAIT)
    assert MemoryProvider.writes[writes:] == []
    assert panel.results_text().endswith(
        "Nothing needed changing on This computer and Work.\nCalendar on This computer."
    )
    assert panel.undo_button.isVisible()
    after = two_accounts.status().away
    assert after is not None and before is not None and after.id != before.id
    assert (after.start, after.until, after.internal) == (
        before.start,
        before.until,
        before.internal,
    )

    longer = open_dialog(controller, qtbot)
    _set_edit_moment(longer.until_edit, datetime(2026, 12, 1, 9, 0, tzinfo=AMS), AMS)
    with qtbot.waitSignal(controller.push_finished, timeout=WAIT):
        panel = go(longer, qtbot)
    qtbot.waitUntil(panel.results_shown, timeout=WAIT)
    assert [name for name, _ in MemoryProvider.writes[writes:]] == ["Work"]
    assert "Tuesday 1 December" in MemoryProvider.server["Work"].internal
    assert panel.results_text().endswith(
        "Changed on This computer and Work.\nCalendar on This computer."
    )
    # Undo puts the period back as it was.
    with qtbot.waitSignal(controller.push_finished, timeout=WAIT):
        panel.undo_button.click()
    qtbot.waitUntil(panel.results_shown, timeout=WAIT)
    assert "Monday 30 November" in MemoryProvider.server["Work"].internal


def test_taking_an_account_off_the_period_clears_only_that_account(
    controller: Controller, qtbot: QtBot, two_accounts: Boundary
) -> None:
    again = away_from_the_dialog(controller, qtbot)
    writes = len(MemoryProvider.writes)
    check(again, "account_list", "Work", False)
    with qtbot.waitSignal(controller.push_finished, timeout=WAIT):
        panel = go(again, qtbot)
    qtbot.waitUntil(panel.results_shown, timeout=WAIT)
    assert MemoryProvider.writes[writes:] == [("Work", AutoReply.off())]
    assert two_accounts.status().away is not None


def test_a_reply_kept_as_found_opens_with_its_texts_and_saving_it_writes_nothing(
    controller: Controller, qtbot: QtBot, two_accounts: Boundary, clock: FakeClock
) -> None:
    end = datetime(2026, 12, 11, 17, 0, tzinfo=AMS)
    found = AutoReply(True, clock() - timedelta(days=1), end, "On leave", "I'm on leave.")
    MemoryProvider.server["Work"] = found
    with qtbot.waitSignal(controller.push_finished, timeout=WAIT):
        controller.push()
    two_accounts.keep_found(["Work"])
    dialog = open_dialog(controller, qtbot)
    assert dialog.current is not None and dialog.current.template == "kept"
    assert dialog.template_box.currentData() == "custom"
    assert dialog.internal_edit.toPlainText() == "I'm on leave."
    assert dialog.chosen_accounts() == ["Work"]
    assert dialog.languages() == ("en",)
    dialog.update_preview()
    assert dialog.preview_internal.toPlainText() == "I'm on leave."
    assert dialog.subject_preview.text() == "On leave"
    writes = len(MemoryProvider.writes)
    with qtbot.waitSignal(controller.push_finished, timeout=WAIT):
        go(dialog, qtbot)
    assert MemoryProvider.writes[writes:] == []
    assert MemoryProvider.server["Work"] == found


def test_im_back_beside_go_away_ends_the_period(
    controller: Controller, qtbot: QtBot, two_accounts: Boundary
) -> None:
    again = away_from_the_dialog(controller, qtbot)
    with qtbot.waitSignal(controller.push_finished, timeout=WAIT):
        again.back_button.click()
    assert again.result_panel is not None and not again.isVisible()
    assert two_accounts.status().away is None
    assert not MemoryProvider.server["Work"].enabled


# --- keyboard --------------------------------------------------------------------------------


def test_every_label_with_a_mnemonic_has_a_buddy(dialog: GoAwayDialog) -> None:
    for label in dialog.findChildren(QLabel):
        if "&" in label.text():
            assert label.buddy() is not None, label.text()


def test_every_field_is_reachable_with_tab(dialog: GoAwayDialog, qtbot: QtBot) -> None:
    dialog.edit_button.setChecked(True)
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
        dialog.preview_internal,
        dialog.subject_edit,
        dialog.internal_edit,
        dialog.edit_button,
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
    dialog.external_reason_edit.setFocus()
    qtbot.keyClick(dialog.external_reason_edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.preview_external
    qtbot.keyClick(dialog.preview_external, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.external_subject_edit
    assert dialog.internal_edit.tabChangesFocus()
