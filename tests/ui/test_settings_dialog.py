"""The Settings dialog: edits a copy, Save writes it atomically, Cancel forgets it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel
from pytestqt.qtbot import QtBot

from boundary_app.core.profile import Profile, TemplateText, load_profile
from boundary_app.core.render import builtin_templates
from boundary_app.core.service import AwayRequest, Boundary
from boundary_app.ui.controller import Controller
from boundary_app.ui.settings.backups_tab import BackupDialog
from boundary_app.ui.settings.dialog import SettingsDialog

WAIT = 3000


def open_settings(controller: Controller, qtbot: QtBot) -> SettingsDialog:
    dialog = SettingsDialog(controller)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


@pytest.fixture
def settings(controller: Controller, qtbot: QtBot) -> SettingsDialog:
    return open_settings(controller, qtbot)


def saved(service: Boundary) -> Profile:
    return load_profile(service.paths.profile)


def names(dialog: SettingsDialog) -> list[str]:
    return [
        dialog.backups_tab.backup_list.item(i).text()
        for i in range(dialog.backups_tab.backup_list.count())
    ]


def open_editor(settings: SettingsDialog, button_name: str) -> BackupDialog:
    getattr(settings.backups_tab, button_name).click()
    editor = settings.backups_tab.backup_editor
    assert editor is not None
    assert editor.isVisible()
    return editor


# --- identity --------------------------------------------------------------------------------


def test_it_shows_the_profile(settings: SettingsDialog) -> None:
    assert settings.identity_tab.name_edit.text() == "Ana Silva"
    assert settings.identity_tab.email_edit.text() == "ana@example.com"
    assert settings.identity_tab.timezone_box.currentText() == "Europe/Amsterdam"
    assert settings.save_button.isEnabled()
    assert settings.save_button.isDefault()
    assert not settings.banner.isVisible()
    assert settings.error_label.text() == ""


def test_an_invalid_time_zone_disables_save(settings: SettingsDialog) -> None:
    settings.identity_tab.timezone_box.setCurrentText("Mars/Olympus_Mons")
    assert not settings.save_button.isEnabled()
    assert "'Mars/Olympus_Mons' is not a time zone" in settings.error_label.text()
    settings.identity_tab.timezone_box.setCurrentText("America/New_York")
    assert settings.save_button.isEnabled()
    assert settings.error_label.text() == ""


def test_the_time_zone_completer_matches_part_of_a_name(settings: SettingsDialog) -> None:
    completer = settings.identity_tab.timezone_box.completer()
    assert completer is not None
    assert completer.filterMode() == Qt.MatchFlag.MatchContains
    assert completer.caseSensitivity() == Qt.CaseSensitivity.CaseInsensitive
    completer.setCompletionPrefix("amsterdam")
    assert completer.currentCompletion() == "Europe/Amsterdam"


def test_a_bad_email_disables_save(settings: SettingsDialog) -> None:
    settings.identity_tab.email_edit.setText("ana@example")
    assert not settings.save_button.isEnabled()
    assert "'ana@example' is not an email address" in settings.error_label.text()
    settings.identity_tab.email_edit.setText("")  # no email is fine
    assert settings.save_button.isEnabled()


def test_save_writes_identity_changes(settings: SettingsDialog, two_accounts: Boundary) -> None:
    settings.identity_tab.name_edit.setText("Ana M. Silva")
    settings.identity_tab.timezone_box.setCurrentText("America/New_York")
    settings.save_button.click()
    assert settings.result() == QDialog.DialogCode.Accepted
    profile = saved(two_accounts)
    assert profile.identity.name == "Ana M. Silva"
    assert profile.identity.timezone == "America/New_York"
    assert two_accounts.profile.identity.name == "Ana M. Silva"
    assert [a.name for a in profile.accounts] == ["This computer", "Work", "Side"]


def test_cancel_leaves_the_file_and_the_profile_unchanged(
    settings: SettingsDialog, two_accounts: Boundary
) -> None:
    before = two_accounts.paths.profile.read_bytes()
    settings.identity_tab.name_edit.setText("Someone Else")
    settings.backups_tab.up_button.click()
    settings.tabs.setCurrentIndex(2)
    settings.templates_tab.subject_edit.setText("Gone")
    settings.cancel_button.click()
    assert settings.result() == QDialog.DialogCode.Rejected
    assert two_accounts.paths.profile.read_bytes() == before
    assert two_accounts.profile.identity.name == "Ana Silva"
    assert two_accounts.profile.templates == {}


def test_escape_cancels(settings: SettingsDialog, qtbot: QtBot, two_accounts: Boundary) -> None:
    before = two_accounts.paths.profile.read_bytes()
    settings.identity_tab.name_edit.setText("Someone Else")
    qtbot.keyClick(settings.identity_tab.name_edit, Qt.Key.Key_Escape)
    assert not settings.isVisible()
    assert two_accounts.paths.profile.read_bytes() == before


def test_a_profile_from_a_newer_boundary_cannot_be_saved(
    controller: Controller, qtbot: QtBot, two_accounts: Boundary
) -> None:
    two_accounts.profile.schema_version += 1
    dialog = open_settings(controller, qtbot)
    assert dialog.banner.isVisible()
    assert "newer version of Boundary" in dialog.banner.text()
    assert not dialog.save_button.isEnabled()
    dialog.identity_tab.name_edit.setText("Still cannot save")
    assert not dialog.save_button.isEnabled()


# --- backups ---------------------------------------------------------------------------------


def test_the_roster_is_listed_in_order(settings: SettingsDialog) -> None:
    assert names(settings) == ["Sam Lee — urgent client questions", "Alex Kim"]
    assert settings.backups_tab.backup_list.item(0).toolTip() == "sam@example.com, +31 6 1234 5678"


def test_adding_a_backup_with_a_bad_email_shows_why_and_adds_nothing(
    settings: SettingsDialog,
) -> None:
    editor = open_editor(settings, "add_button")
    editor.name_edit.setText("Robin de Vries")
    editor.email_edit.setText("robin@example")
    editor.ok_button.click()
    assert editor.isVisible()
    assert editor.error_label.isVisible()
    assert "'robin@example', which is not an email address" in editor.error_label.text()
    assert len(settings.profile.backups) == 2

    editor.email_edit.setText("robin@example.com")
    assert not editor.error_label.isVisible()
    editor.covers_edit.setText("the Utrecht office")
    editor.ok_button.click()
    assert not editor.isVisible()
    assert settings.backups_tab.backup_editor is None
    assert [b.name for b in settings.profile.backups] == ["Sam Lee", "Alex Kim", "Robin de Vries"]
    assert names(settings)[-1] == "Robin de Vries — the Utrecht office"
    assert settings.backups_tab.backup_list.currentRow() == 2


def test_a_backup_twice_is_refused(settings: SettingsDialog) -> None:
    editor = open_editor(settings, "add_button")
    editor.name_edit.setText("alex kim")
    editor.email_edit.setText("alex2@example.com")
    editor.ok_button.click()
    assert editor.isVisible()
    assert "in the roster twice" in editor.error_label.text()
    editor.reject()
    assert len(settings.profile.backups) == 2


def test_editing_a_backup_keeps_its_place(settings: SettingsDialog) -> None:
    settings.backups_tab.backup_list.setCurrentRow(0)
    editor = open_editor(settings, "edit_button")
    assert editor.name_edit.text() == "Sam Lee"
    assert editor.phone_edit.text() == "+31 6 1234 5678"
    editor.covers_edit.setText("everything")
    editor.ok_button.click()  # its own name is no duplicate
    assert not editor.isVisible()
    assert settings.profile.backups[0].covers == "everything"
    assert names(settings)[0] == "Sam Lee — everything"


def test_removing_a_backup(settings: SettingsDialog) -> None:
    settings.backups_tab.backup_list.setCurrentRow(0)
    settings.backups_tab.remove_button.click()
    assert names(settings) == ["Alex Kim"]


def test_reordering_is_saved(settings: SettingsDialog, two_accounts: Boundary) -> None:
    settings.backups_tab.backup_list.setCurrentRow(0)
    assert not settings.backups_tab.up_button.isEnabled()
    settings.backups_tab.backup_list.setCurrentRow(1)
    assert not settings.backups_tab.down_button.isEnabled()
    settings.backups_tab.up_button.click()
    assert names(settings)[0] == "Alex Kim"
    assert settings.backups_tab.backup_list.currentRow() == 0
    settings.save_button.click()
    assert [b.name for b in saved(two_accounts).backups] == ["Alex Kim", "Sam Lee"]
    assert saved(two_accounts).backups[1].covers == "urgent client questions"


def test_what_a_backup_covers_is_written_per_reply_language(
    controller: Controller, qtbot: QtBot, two_accounts: Boundary
) -> None:
    two_accounts.profile.preferences.reply_language = "nl"
    two_accounts.profile.preferences.second_language = "en"
    settings = open_settings(controller, qtbot)
    settings.backups_tab.backup_list.setCurrentRow(0)
    editor = open_editor(settings, "edit_button")

    assert list(editor.covers_edits) == ["nl", "en"]
    # Sam's text was given without a language: it is shown as the first language's.
    assert editor.covers_edits["nl"].text() == "urgent client questions"
    editor.covers_edits["nl"].setText("dringende klantvragen")
    assert editor.covers_edits["en"].placeholderText() == (
        "Empty: the reply says “dringende klantvragen”"
    )
    editor.covers_edits["en"].setText("urgent client questions")
    editor.ok_button.click()
    assert names(settings)[0] == "Sam Lee — dringende klantvragen"
    settings.save_button.click()

    sam = saved(two_accounts).backups[0]
    assert sam.covers_by_language == {
        "nl": "dringende klantvragen",
        "en": "urgent client questions",
    }
    # The reply says it in its own language.
    period = two_accounts.prepare_away(AwayRequest(until=None, backups=["Sam Lee"]))
    dutch, english = period.internal.split("---")
    assert "voor dringende klantvragen" in dutch and "urgent client" not in dutch
    assert "for urgent client questions" in english


# --- templates -------------------------------------------------------------------------------


def test_a_template_edit_stores_only_what_changed(
    settings: SettingsDialog, two_accounts: Boundary
) -> None:
    settings.tabs.setCurrentIndex(2)
    assert settings.templates_tab.template_box.currentData() == "vacation"
    assert settings.templates_tab.subject_edit.text() == builtin_templates()["vacation"].subject
    assert not settings.templates_tab.restore_button.isEnabled()
    settings.templates_tab.subject_edit.setText("Away until {return}, back soon")
    assert settings.templates_tab.restore_button.isEnabled()
    settings.save_button.click()
    assert saved(two_accounts).templates == {
        "en": {"vacation": TemplateText(subject="Away until {return}, back soon")}
    }


def test_restore_the_original_removes_the_override(
    controller: Controller, qtbot: QtBot, two_accounts: Boundary
) -> None:
    two_accounts.profile.templates["en"] = {"family": TemplateText(reason="With the kids.")}
    dialog = open_settings(controller, qtbot)
    dialog.templates_tab.template_box.setCurrentIndex(
        dialog.templates_tab.template_box.findData("family")
    )
    assert dialog.templates_tab.reason_edit.text() == "With the kids."
    assert dialog.templates_tab.restore_button.isEnabled()
    dialog.templates_tab.restore_button.click()
    assert dialog.templates_tab.reason_edit.text() == builtin_templates()["family"].reason
    assert not dialog.templates_tab.restore_button.isEnabled()
    dialog.save_button.click()
    assert saved(two_accounts).templates == {}


def test_typing_the_original_text_back_is_no_change(settings: SettingsDialog) -> None:
    original = builtin_templates()["client"]
    settings.templates_tab.template_box.setCurrentIndex(
        settings.templates_tab.template_box.findData("client")
    )
    settings.templates_tab.internal_edit.setPlainText("Something else")
    assert settings.profile.templates["en"]["client"].internal == "Something else"
    settings.templates_tab.internal_edit.setPlainText(original.internal + "\n")
    assert "client" not in settings.profile.templates["en"]


# --- accounts and keyboard -------------------------------------------------------------------


def test_accounts_are_listed_with_what_they_can_do(settings: SettingsDialog) -> None:
    table = settings.accounts_tab.account_table
    rows = [
        [item.text() if (item := table.item(r, c)) else "" for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]
    assert [r[0] for r in rows] == ["This computer", "Work", "Side"]
    assert rows[2][1] == "Plain mail"
    assert rows[2][2] == "Out-of-office reply"
    assert "can answer only your contacts" in rows[1][2]


def test_every_label_with_a_mnemonic_has_a_buddy(settings: SettingsDialog) -> None:
    editor = open_editor(settings, "add_button")
    for widget in (settings, editor):
        for label in widget.findChildren(QLabel):
            if "&" in label.text():
                assert label.buddy() is not None, label.text()
    editor.reject()


def test_a_backup_marked_away_until_a_day_is_saved_shown_and_cleared(
    settings: SettingsDialog, two_accounts: Boundary, controller: Controller, qtbot: QtBot
) -> None:
    from datetime import date

    from PySide6.QtCore import QDate

    settings.backups_tab.backup_list.setCurrentRow(0)
    editor = open_editor(settings, "edit_button")
    assert not editor.away_check.isChecked() and not editor.away_edit.isEnabled()
    editor.away_check.setChecked(True)
    editor.away_edit.setDate(QDate(2026, 12, 12))
    editor.ok_button.click()
    assert names(settings)[0] == "Sam Lee — urgent client questions (marked away until Sat 12 Dec)"
    settings.save_button.click()
    assert saved(two_accounts).backups[0].away_until == date(2026, 12, 12)
    assert "away_until" in two_accounts.paths.profile.read_text(encoding="utf-8")

    again = open_settings(controller, qtbot)
    again.backups_tab.backup_list.setCurrentRow(0)
    editor = open_editor(again, "edit_button")
    assert editor.away_check.isChecked()
    assert editor.away_edit.date() == QDate(2026, 12, 12)
    editor.away_check.setChecked(False)  # available again
    editor.ok_button.click()
    assert names(again)[0] == "Sam Lee — urgent client questions"
    again.save_button.click()
    assert saved(two_accounts).backups[0].away_until is None
