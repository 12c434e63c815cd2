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
        "smtp_security": "same",  # the file's SMTP server uses IMAP's ssl
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
    assert editor.kind_box.currentData() == "imap"  # not Exchange with "ntlm"
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


# --- Sign in with Microsoft / Google: the build's own registration -------------------------

M365_ID = "4a1aa1d5-c567-49d0-ad0b-cd957a47f842"


@pytest.fixture
def built_in(monkeypatch: pytest.MonkeyPatch) -> None:
    """A release build: the publisher's Microsoft and Google registrations are built in."""
    monkeypatch.setenv("BOUNDARY_M365_CLIENT_ID", M365_ID)
    monkeypatch.setenv("BOUNDARY_GOOGLE_CLIENT_ID", "1234-boundary.apps.googleusercontent.com")
    monkeypatch.setenv("BOUNDARY_GOOGLE_CLIENT_SECRET", "GOCSPX-client-secret")


def test_with_a_built_in_registration_gmail_asks_for_the_address_alone(
    built_in: None, editor: AccountDialog, qtbot: QtBot, net: Lookups
) -> None:
    find(editor, qtbot, "ana@gmail.com")
    assert editor.kind_box.currentData() == "gmail"
    assert shown(editor) == ["&Email address:"]
    assert editor.sign_in_button.isVisible()
    assert editor.sign_in_button.text() == "&Sign in with Google…"
    assert editor.finder.status_label.text().endswith("Nothing more is needed.")
    assert editor.own_box is not None and not editor.own_box.isVisible()

    editor.show_all_box.setChecked(True)  # the person's own client waits, folded away
    assert editor.own_box.isVisible() and not editor.own_box.isChecked()
    assert "OAuth client file:" not in shown(editor)
    editor.own_box.setChecked(True)
    assert {"OAuth client file:", "API address:"} <= set(shown(editor))


def test_with_a_built_in_registration_m365_asks_no_client_id_or_tenant(
    built_in: None, editor: AccountDialog, qtbot: QtBot, net: Lookups
) -> None:
    find(editor, qtbot, "ana@outlook.com")
    assert editor.kind_box.currentData() == "m365"
    assert shown(editor) == ["&Email address:"]
    assert editor.sign_in_button.text() == "&Sign in with Microsoft…"
    draft = editor._make_draft()
    assert draft is not None
    # No client ID kept (the build's registration signs in), a personal account's tenant.
    assert draft.account.settings == {
        "email": "ana@outlook.com",
        "calendar": "on",  # new accounts get the calendar feature
        "tenant": "common",
        "graph_url": "https://graph.microsoft.com/v1.0",
    }


def test_an_own_registration_ticked_is_needed_and_used(
    built_in: None, editor: AccountDialog
) -> None:
    editor.finder.by_hand_button.click()
    editor.kind_box.setCurrentIndex(editor.kind_box.findData("m365"))
    assert "Application (client) ID:" not in shown(editor)
    assert editor.own_box is not None and editor.own_box.isVisible()
    value_edit = editor.edits["email"]
    assert isinstance(value_edit, QLineEdit)
    value_edit.setText("ana@contoso.com")
    editor.edits["client_id"].setText("typed-then-left")  # type: ignore[union-attr]
    assert "client_id" not in editor.values()  # unticked: the typed ID does not count

    editor.own_box.setChecked(True)
    assert {"Application (client) ID:", "Tenant:"} <= set(shown(editor))
    editor.edits["client_id"].setText("")  # type: ignore[union-attr]
    assert editor._make_draft() is None
    assert editor.result_label.text() == "Application (client) ID is needed."
    editor.edits["client_id"].setText(M365_ID)  # type: ignore[union-attr]
    draft = editor._make_draft()
    assert draft is not None and draft.account.settings["client_id"] == M365_ID


def test_without_a_built_in_registration_the_own_fields_are_shown(
    editor: AccountDialog,
) -> None:
    editor.finder.by_hand_button.click()
    editor.kind_box.setCurrentIndex(editor.kind_box.findData("m365"))
    assert editor.own_box is None
    assert {"Application (client) ID:", "Tenant:"} <= set(shown(editor))
    assert editor.sign_in_button.text() == "&Sign in with Microsoft…"
