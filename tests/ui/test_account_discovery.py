"""The add-account form starts with the address, looks the settings up (loopback autoconfig
and DNS servers), then asks only for what was not found, plus the password."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from boundary_app.providers.exchange import ExchangeProvider
from boundary_app.providers.gmail import GmailProvider
from boundary_app.providers.imap import ImapProvider
from boundary_app.providers.local import LocalProvider
from boundary_app.providers.m365 import M365Provider
from boundary_app.providers.registry import ProviderRegistry
from boundary_app.ui.account_dialog import AccountDialog
from boundary_app.ui.settings.dialog import SettingsDialog
from tests.fakes import MemoryProvider, PlainProvider
from tests.lookups import Lookups, Page, autoconfig_xml, lookups_on_loopback

WAIT = 5000


@pytest.fixture
def registry() -> ProviderRegistry:
    return ProviderRegistry.of(
        [
            LocalProvider,
            MemoryProvider,
            PlainProvider,
            ImapProvider,
            ExchangeProvider,
            M365Provider,
            GmailProvider,
        ]
    )


@pytest.fixture
def net(monkeypatch: pytest.MonkeyPatch) -> Iterator[Lookups]:
    with lookups_on_loopback(monkeypatch) as lookups:
        yield lookups


@pytest.fixture
def editor(controller: object, qtbot: QtBot) -> AccountDialog:
    settings = SettingsDialog(controller)  # type: ignore[arg-type]
    qtbot.addWidget(settings)
    settings.show()
    settings.accounts_tab.add_account_button.click()
    editor = settings.accounts_tab.account_editor
    assert editor is not None and editor.isVisible()
    return editor


def shown(editor: AccountDialog) -> list[str]:
    """The labels of the form's rows a person sees."""
    labels = []
    for row in range(editor.form.rowCount()):
        item = editor.form.itemAt(row, editor.form.ItemRole.LabelRole)
        label = item.widget() if item else None
        if isinstance(label, QWidget) and label.isVisibleTo(editor):
            labels.append(label.text())  # type: ignore[attr-defined]
    return labels


def find(editor: AccountDialog, qtbot: QtBot, email: str) -> None:
    editor.finder.email_edit.setText(email)
    editor.finder.find_button.click()
    qtbot.waitUntil(lambda: not editor.finder.busy, timeout=WAIT)


def value(editor: AccountDialog, key: str) -> str:
    edit = editor.edits[key]
    return edit.currentText() if isinstance(edit, QComboBox) else edit.text()


def test_the_form_starts_with_the_address_alone(editor: AccountDialog) -> None:
    assert shown(editor) == ["&Email address:"]
    assert editor.finder.email_edit.text() == "ana@example.com"  # the profile's own address
    assert not editor.add_button.isVisible() and not editor.test_button.isVisible()
    assert editor.finder.find_button.isDefault()  # Enter looks the settings up
    assert editor.finder.by_hand_button.isVisible()


def test_found_settings_are_filled_in_and_only_the_password_is_asked(
    editor: AccountDialog, qtbot: QtBot, net: Lookups
) -> None:
    net.autoconfig(autoconfig_xml())
    net.srv("_sieve._tcp.example.test", "0 1 4190 sieve.example.test.")

    find(editor, qtbot, "ana@example.test")

    assert shown(editor) == ["&Email address:", "Password:"]
    assert editor.kind_box.currentData() == "imap"
    assert editor.name_edit.text() == "ana@example.test"
    assert editor.finder.status_label.text() == (
        "Found the settings for example.test in its autoconfig file: IMAP (ManageSieve). "
        "Fill in what is left to add the account."
    )
    assert {key: value(editor, key) for key in editor.edits} == {
        "email": "ana@example.test",
        "username": "ana@example.test",
        "password": "",
        "security": "ssl",
        "imap_host": "mail.example.test",
        "imap_port": "993",
        "sieve_host": "sieve.example.test",
        "sieve_port": "4190",
        "smtp": "on",  # a submission server was found
        "smtp_host": "smtp.example.test",
        "smtp_port": "465",
        "internal_domain": "",
    }
    assert editor.edits["sieve_host"].toolTip() == (
        "Found in the domain's DNS records (_sieve._tcp.example.test)"
    )
    assert editor.add_button.isVisible() and editor.add_button.isDefault()
    assert not editor.finder.by_hand_button.isVisible()  # "Show all settings" is there
    password = editor.edits["password"]
    assert isinstance(password, QLineEdit) and password.hasFocus()

    editor.show_all_box.setChecked(True)
    assert shown(editor)[:4] == ["&Email address:", "&Kind:", "&Name:", "User name:"]
    assert "IMAP server:" in shown(editor) and "Email address:" not in shown(editor)


def test_srv_records_leave_the_user_name_to_confirm(
    editor: AccountDialog, qtbot: QtBot, net: Lookups
) -> None:
    net.srv("_imap._tcp.example.test", "0 1 143 imap.example.test.")
    find(editor, qtbot, "ana@example.test")
    assert shown(editor) == ["&Email address:", "User name:", "Password:"]
    assert value(editor, "username") == "ana@example.test"  # suggested, to confirm
    assert value(editor, "security") == "starttls"


def test_a_known_provider_asks_only_what_it_needs(
    editor: AccountDialog, qtbot: QtBot, net: Lookups
) -> None:
    find(editor, qtbot, "ana@gmail.com")
    assert editor.kind_box.currentData() == "gmail"
    assert shown(editor) == ["&Email address:", "OAuth client file:"]
    assert editor.sign_in_button.isVisible() and not editor.test_button.isVisible()


def test_nothing_found_shows_the_whole_form_with_the_address_in_it(
    editor: AccountDialog, qtbot: QtBot, net: Lookups
) -> None:
    find(editor, qtbot, "ana@example.test")
    assert editor.finder.status_label.text().startswith("No settings were found for example.test.")
    assert shown(editor)[:3] == ["&Email address:", "&Kind:", "&Name:"]
    assert len(shown(editor)) == 3 + len(editor.edits) - 1  # all but the email field
    assert value(editor, "email") == "ana@example.test"
    assert not editor.show_all_box.isVisible()


def test_the_lookup_runs_off_the_gui_thread_and_says_what_it_is_doing(
    editor: AccountDialog, qtbot: QtBot, net: Lookups
) -> None:
    net.web.pages["GET", "/mail/config-v1.1.xml"] = Page(autoconfig_xml(), hold=True)
    editor.finder.email_edit.setText("ana@example.test")
    editor.finder.find_button.click()
    assert editor.finder.busy and editor.finder.progress.isVisible()
    assert not editor.finder.find_button.isEnabled()
    assert editor.finder.status_label.text() == "Looking up the settings for example.test…"
    assert shown(editor) == ["&Email address:"]
    net.web.release.set()
    qtbot.waitUntil(lambda: not editor.finder.busy, timeout=WAIT)
    assert not editor.finder.progress.isVisible()
    assert shown(editor) == ["&Email address:", "Password:"]


def test_changing_the_address_asks_again_and_by_hand_shows_everything(
    editor: AccountDialog, qtbot: QtBot, net: Lookups
) -> None:
    net.autoconfig(autoconfig_xml())
    find(editor, qtbot, "ana@example.test")
    qtbot.keyClicks(editor.finder.email_edit, "x")
    assert shown(editor) == ["&Email address:"]
    assert not editor.add_button.isVisible()

    editor.finder.by_hand_button.click()
    assert shown(editor)[:2] == ["&Kind:", "&Name:"]
    assert "Email address:" in shown(editor)
    assert not editor.finder.status.isVisible()


def test_a_wrong_address_is_said_and_nothing_is_looked_up(
    editor: AccountDialog, net: Lookups
) -> None:
    editor.finder.email_edit.setText("ana@")
    editor.finder.find_button.click()
    assert editor.finder.status_label.text() == "'ana@' is not an email address."
    assert not editor.finder.busy
    assert net.web.asked == [] and net.dns.asked == []
