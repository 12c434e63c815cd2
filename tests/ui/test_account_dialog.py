"""Settings → Accounts: add (test first, sign in with progress and cancel), test, remove."""

from __future__ import annotations

import threading

import pytest
from keyring.errors import KeyringLocked
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit
from pytestqt.qtbot import QtBot

from boundary_app.core.profile import load_profile
from boundary_app.core.service import Boundary
from boundary_app.providers.local import LocalProvider
from boundary_app.providers.registry import ProviderRegistry
from boundary_app.ui.account_dialog import AccountDialog
from boundary_app.ui.controller import Controller
from boundary_app.ui.languages import Translators
from boundary_app.ui.settings.dialog import SettingsDialog
from tests.fakes import (
    BrowserProvider,
    GuardedProvider,
    MemoryKeyring,
    MemoryProvider,
    PlainProvider,
)
from tests.ui.stand_in import in_process

WAIT = 3000


@pytest.fixture
def registry() -> ProviderRegistry:
    return ProviderRegistry.of(
        [LocalProvider, MemoryProvider, PlainProvider, GuardedProvider, BrowserProvider]
    )


@pytest.fixture
def settings(controller: Controller, qtbot: QtBot) -> SettingsDialog:
    dialog = SettingsDialog(controller)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentIndex(dialog.tabs.count() - 1)
    return dialog


def open_add(settings: SettingsDialog, kind: str) -> AccountDialog:
    settings.accounts_tab.add_account_button.click()
    editor = settings.accounts_tab.account_editor
    assert editor is not None and editor.isVisible()
    editor.finder.by_hand_button.click()  # these tests fill the form in themselves
    editor.kind_box.setCurrentIndex(editor.kind_box.findData(kind))
    return editor


def fill(editor: AccountDialog, **values: str) -> None:
    for key, value in values.items():
        edit = editor.edits[key]
        if isinstance(edit, QComboBox):
            edit.setCurrentText(value)
        else:
            assert isinstance(edit, QLineEdit)
            edit.setText(value)


def table(settings: SettingsDialog) -> list[tuple[str, str]]:
    t = settings.accounts_tab.account_table
    return [(t.item(r, 0).text(), t.item(r, 1).text()) for r in range(t.rowCount())]


def test_only_kinds_that_need_an_account_are_offered_with_their_own_fields(
    settings: SettingsDialog,
) -> None:
    editor = open_add(settings, "guarded")
    kinds = [editor.kind_box.itemData(i) for i in range(editor.kind_box.count())]
    assert kinds == ["browser", "guarded"]
    assert list(editor.edits) == ["email", "host", "port", "password"]
    password = editor.edits["password"]
    assert isinstance(password, QLineEdit)
    assert password.echoMode() is QLineEdit.EchoMode.Password
    assert editor.edits["port"].placeholderText() == "993"  # type: ignore[union-attr]
    assert editor.name_edit.text() == "Guarded mail"
    assert editor.test_button.isVisible() and not editor.sign_in_button.isVisible()
    editor.kind_box.setCurrentIndex(editor.kind_box.findData("browser"))
    assert list(editor.edits) == ["email"]
    assert editor.sign_in_button.isVisible() and not editor.test_button.isVisible()


def test_a_wrong_password_is_said_in_words_and_nothing_is_kept(
    settings: SettingsDialog, qtbot: QtBot, memory_keyring: MemoryKeyring
) -> None:
    editor = open_add(settings, "guarded")
    fill(editor, email="ana@example.com", host="mail.example.com", password="wrong")
    editor.test_button.click()
    assert editor.result_label.text() == "Connecting…"
    assert not editor.add_button.isEnabled()
    qtbot.waitUntil(lambda: editor.add_button.isEnabled(), timeout=WAIT)
    assert editor.result_label.text() == "The server did not accept the password."
    assert editor.isVisible()
    assert memory_keyring.store == {}


def test_add_tests_first_and_the_password_is_kept_only_when_settings_are_saved(
    settings: SettingsDialog,
    qtbot: QtBot,
    memory_keyring: MemoryKeyring,
    two_accounts: Boundary,
) -> None:
    editor = open_add(settings, "guarded")
    fill(editor, email="ana@example.com", host="mail.example.com", password="right")
    editor.name_edit.setText("Work mail")
    with qtbot.waitSignal(editor.accepted, timeout=WAIT):
        editor.add_button.click()
    assert ("Work mail", "Guarded mail") in table(settings)
    assert settings.accounts_tab.account_result.text() == "Work mail is added when you save."
    assert memory_keyring.store == {}
    # The keyring is written off the GUI thread: the dialog closes when it is done.
    with qtbot.waitSignal(settings.accepted, timeout=WAIT):
        settings.save_button.click()
    assert memory_keyring.store == {("boundary", "Work mail/password"): "right"}
    account = load_profile(two_accounts.paths.profile).account("Work mail")
    assert account is not None
    assert account.settings == {"email": "ana@example.com", "host": "mail.example.com", "port": 993}


def test_a_failed_test_can_be_overridden_with_add_anyway(
    settings: SettingsDialog, qtbot: QtBot
) -> None:
    editor = open_add(settings, "guarded")
    fill(editor, email="ana@example.com", host="offline.example", password="typo")
    editor.add_button.click()
    qtbot.waitUntil(lambda: editor.add_button.text() == "&Add anyway", timeout=WAIT)
    assert editor.isVisible()
    with qtbot.waitSignal(editor.accepted, timeout=WAIT):
        editor.add_button.click()
    assert ("Guarded mail", "Guarded mail") in table(settings)


def test_bad_settings_are_said_before_connecting(settings: SettingsDialog) -> None:
    editor = open_add(settings, "guarded")
    fill(editor, email="ana@", host="h", password="right")
    editor.test_button.click()
    assert editor.result_label.text() == "Email address: 'ana@' is not an email address."
    editor.edits["email"].setText("ana@example.com")  # type: ignore[union-attr]
    assert editor.result_label.text() == ""
    editor.name_edit.setText("this computer")
    editor.test_button.click()
    assert editor.result_label.text() == "There is already an account called 'this computer'."


def test_a_browser_sign_in_shows_progress_and_can_be_cancelled(
    settings: SettingsDialog,
    qtbot: QtBot,
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    opened: list[str] = []
    monkeypatch.setattr(
        "boundary_app.ui.account_dialog.QDesktopServices.openUrl",
        lambda url: opened.append(url.toString()) or True,
    )
    editor = open_add(settings, "browser")
    fill(editor, email="ana@example.com")
    editor.sign_in_button.click()
    panel = editor.sign_in_panel
    qtbot.waitUntil(lambda: "127.0.0.1:9/authorize" in panel.label.text(), timeout=WAIT)
    assert opened == ["http://127.0.0.1:9/authorize"]
    assert panel.isVisible() and not editor.add_button.isEnabled()
    panel.cancel_button.click()
    qtbot.waitUntil(lambda: not panel.isVisible(), timeout=WAIT)
    assert editor.result_label.text() == "Sign-in was cancelled."
    assert memory_keyring.store == {}

    BrowserProvider.approve.set()
    with qtbot.waitSignal(editor.accepted, timeout=WAIT):
        editor.add_button.click()
    assert ("Browser mail", "Browser mail") in table(settings)
    # The keyring is written off the GUI thread: the dialog closes when it is done.
    with qtbot.waitSignal(settings.accepted, timeout=WAIT):
        settings.save_button.click()
    assert memory_keyring.store == {("boundary", "Browser mail/token"): "t0k3n"}


def test_a_saved_account_can_be_tested_and_removed_with_its_password(
    controller: Controller,
    qtbot: QtBot,
    memory_keyring: MemoryKeyring,
    two_accounts: Boundary,
) -> None:
    draft = two_accounts.draft_account(
        "guarded", "Office", {"email": "a@example.com", "host": "h.example", "password": "right"}
    )
    two_accounts.add_account(draft)
    dialog = SettingsDialog(controller)
    qtbot.addWidget(dialog)
    dialog.show()
    names = [a.name for a in dialog.profile.accounts]
    dialog.accounts_tab.account_table.selectRow(names.index("Office"))
    assert not dialog.accounts_tab.sign_in_account_button.isVisible()
    dialog.accounts_tab.test_account_button.click()
    qtbot.waitUntil(lambda: dialog.accounts_tab.test_account_button.isEnabled(), timeout=WAIT)
    assert dialog.accounts_tab.account_result.text() == "Office: Connected. No auto-reply is set."

    dialog.accounts_tab.remove_account_button.click()
    assert "Office" not in [n for n, _ in table(dialog)]
    assert memory_keyring.store  # nothing is forgotten before Save
    # The keyring is written off the GUI thread: the dialog closes when it is done.
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT):
        dialog.save_button.click()
    assert memory_keyring.store == {}
    assert load_profile(two_accounts.paths.profile).account("Office") is None


def add_work_mail(settings: SettingsDialog, qtbot: QtBot) -> None:
    editor = open_add(settings, "guarded")
    fill(editor, email="ana@example.com", host="mail.example.com", password="right")
    editor.name_edit.setText("Work mail")
    with qtbot.waitSignal(editor.accepted, timeout=WAIT):
        editor.add_button.click()


def test_settings_stay_open_and_usable_while_the_keyring_is_written(
    settings: SettingsDialog,
    qtbot: QtBot,
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
    two_accounts: Boundary,
) -> None:
    gate = threading.Event()
    write = memory_keyring.set_password

    def slow(service: str, username: str, password: str) -> None:
        assert gate.wait(WAIT / 1000)  # an unlock prompt the person has not answered yet
        write(service, username, password)

    monkeypatch.setattr(memory_keyring, "set_password", slow)
    add_work_mail(settings, qtbot)
    settings.save_button.click()

    assert settings.isVisible()  # the event loop runs: nothing waits on the GUI thread
    assert not settings.save_button.isEnabled() and not settings.cancel_button.isEnabled()
    qtbot.keyClick(settings, Qt.Key.Key_Escape)
    assert settings.isVisible()
    assert load_profile(two_accounts.paths.profile).account("Work mail") is None

    with qtbot.waitSignal(settings.accepted, timeout=WAIT):
        gate.set()
    assert memory_keyring.store == {("boundary", "Work mail/password"): "right"}
    assert load_profile(two_accounts.paths.profile).account("Work mail") is not None


def test_without_a_keyring_a_new_account_is_not_saved_and_settings_say_why(
    settings: SettingsDialog,
    qtbot: QtBot,
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
    two_accounts: Boundary,
) -> None:
    def locked(service: str, username: str, password: str) -> None:
        raise KeyringLocked("The keyring is locked.")

    monkeypatch.setattr(memory_keyring, "set_password", locked)
    add_work_mail(settings, qtbot)
    settings.save_button.click()

    qtbot.waitUntil(settings.save_button.isEnabled, timeout=WAIT)
    assert settings.isVisible()
    assert "No usable keyring was found" in settings.error_label.text()
    assert "The keyring is locked." in settings.error_label.text()
    assert load_profile(two_accounts.paths.profile).account("Work mail") is None


def test_the_first_real_account_takes_the_trial_accounts_place(
    service: Boundary, qtbot: QtBot, memory_keyring: MemoryKeyring
) -> None:
    """A fresh profile has only the trial account (this computer): the first real account
    replaces it, so a reply is not "set on This computer" beside the person's mailbox."""
    controller = Controller(service, runner=in_process(service))
    settings = SettingsDialog(controller)
    qtbot.addWidget(settings)
    settings.show()
    settings.tabs.setCurrentWidget(settings.accounts_tab)
    [trial] = [a.name for a in service.profile.accounts]
    editor = open_add(settings, "guarded")
    fill(editor, email="ana@example.com", host="mail.example.com", password="right")
    editor.name_edit.setText("Work mail")
    with qtbot.waitSignal(editor.accepted, timeout=WAIT):
        editor.add_button.click()
    assert table(settings) == [("Work mail", "Guarded mail")]
    assert settings.accounts_tab.account_result.text() == (
        f"Work mail is added when you save, and the trial account {trial}, which answers no "
        "mail, is removed."
    )
    with qtbot.waitSignal(settings.accepted, timeout=WAIT):
        settings.save_button.click()
    assert [a.name for a in load_profile(service.paths.profile).accounts] == ["Work mail"]
    # A second account leaves the first alone.
    settings = SettingsDialog(controller)
    qtbot.addWidget(settings)
    settings.show()
    settings.tabs.setCurrentWidget(settings.accounts_tab)
    editor = open_add(settings, "guarded")
    fill(editor, email="ana@example.org", host="mail.example.org", password="right")
    editor.name_edit.setText("Side mail")
    with qtbot.waitSignal(editor.accepted, timeout=WAIT):
        editor.add_button.click()
    assert [name for name, _ in table(settings)] == ["Work mail", "Side mail"]
    controller.shutdown()


def test_the_test_answer_reads_wholly_in_dutch(
    controller: Controller, qtbot: QtBot, translators: Translators
) -> None:
    """The answer is two sentences with codes; worded as one English string it came out half
    Dutch ("Verbonden: aangemeld bij IMAP, ManageSieve and SMTP. No auto-reply is set.")."""
    translators.apply("nl")
    settings = SettingsDialog(controller)
    qtbot.addWidget(settings)
    settings.show()
    settings.tabs.setCurrentWidget(settings.accounts_tab)
    editor = open_add(settings, "guarded")
    fill(editor, email="ana@example.com", host="mail.example.com", password="right")
    editor.test_button.click()
    qtbot.waitUntil(lambda: editor.add_button.isEnabled(), timeout=WAIT)
    assert editor.result_label.text() == "Verbonden. Er staat geen afwezigheidsbericht."


def test_in_dutch_the_trial_that_goes_is_named_in_dutch(
    service: Boundary, qtbot: QtBot, memory_keyring: MemoryKeyring, translators: Translators
) -> None:
    translators.apply("nl")
    controller = Controller(service, runner=in_process(service))
    settings = SettingsDialog(controller)
    qtbot.addWidget(settings)
    settings.show()
    settings.tabs.setCurrentWidget(settings.accounts_tab)
    editor = open_add(settings, "guarded")
    fill(editor, email="ana@example.com", host="mail.example.com", password="right")
    editor.name_edit.setText("Werk")
    with qtbot.waitSignal(editor.accepted, timeout=WAIT):
        editor.add_button.click()
    said = settings.accounts_tab.account_result.text()
    assert "het proefaccount Deze computer" in said and "This computer" not in said
    controller.shutdown()


def test_cancel_while_add_tests_the_account_adds_nothing(
    settings: SettingsDialog, qtbot: QtBot, memory_keyring: MemoryKeyring
) -> None:
    gate = threading.Event()
    GuardedProvider.hang["Slow mail"] = gate
    editor = open_add(settings, "guarded")
    fill(editor, email="ana@example.com", host="mail.example.com", password="right")
    editor.name_edit.setText("Slow mail")
    editor.add_button.click()  # tests first
    editor.reject()  # Cancel while the test runs
    gate.set()
    qtbot.waitUntil(lambda: editor.add_button.isEnabled(), timeout=WAIT)
    assert "Slow mail" not in [name for name, _ in table(settings)]
    assert settings.accounts_tab.drafts == []
