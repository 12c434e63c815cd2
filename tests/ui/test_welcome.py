"""The first start: one short welcome (name, first backup, add an account or try it on this
computer), then the start-at-sign-in question, then what was chosen."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from boundary_app.core.autostart import XdgAutostart
from boundary_app.core.paths import AppPaths
from boundary_app.core.profile import Backup, default_profile, load_profile
from boundary_app.core.service import Boundary
from boundary_app.providers.base import AutoReply
from boundary_app.providers.local import LocalProvider
from boundary_app.providers.registry import ProviderRegistry
from boundary_app.ui.away_dialog import GoAwayDialog
from boundary_app.ui.controller import Controller
from boundary_app.ui.settings.dialog import SettingsDialog
from boundary_app.ui.shell import Shell
from boundary_app.ui.start_at_login import StartAtLoginQuestion, should_welcome
from boundary_app.ui.welcome import Choice, WelcomeDialog
from tests.fakes import START, FakeClock
from tests.ui.stand_in import in_process

WAIT = 3000


class WatchedLocal(LocalProvider):
    """The trial account, noting the threads it is read and written on."""

    kind = "local"
    threads: list[threading.Thread] = []  # noqa: RUF012 - shared on purpose

    def read_auto_reply(self) -> AutoReply:
        self.threads.append(threading.current_thread())
        return super().read_auto_reply()


@pytest.fixture
def fresh(paths: AppPaths, clock: FakeClock, qtbot: QtBot) -> Iterator[Controller]:
    """A new profile, as at the very first start: the trial account only, no name."""
    WatchedLocal.threads = []
    registry = ProviderRegistry.of([WatchedLocal])
    service, _ = Boundary.open(paths, clock, timezone="Europe/Amsterdam", registry=registry)
    controller = Controller(
        service,
        monotonic=lambda: (clock.now - START).total_seconds(),
        runner=in_process(service),  # the worker in this process: WatchedLocal lives here
    )
    yield controller
    qtbot.waitUntil(lambda: not controller.busy, timeout=WAIT)
    controller.shutdown()
    service.close()


@pytest.fixture
def backend(tmp_path: Path) -> XdgAutostart:
    return XdgAutostart(tmp_path / "autostart")


@pytest.fixture
def shell(fresh: Controller) -> Shell:
    return Shell(fresh, use_tray=False)


@pytest.fixture
def no_network_on_the_gui_thread(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Every connection the GUI thread would open is noted (and refused)."""
    tried: list[object] = []
    connect = socket.socket.connect

    def watched(self: socket.socket, address: object) -> None:
        if threading.current_thread() is threading.main_thread():
            tried.append(address)
            raise OSError("no network on the GUI thread")
        connect(self, address)  # type: ignore[arg-type]

    monkeypatch.setattr(socket.socket, "connect", watched)
    return tried


def welcome_of(shell: Shell) -> WelcomeDialog:
    dialog = shell.dialogs.get("welcome")
    assert isinstance(dialog, WelcomeDialog) and dialog.isVisible()
    return dialog


def question_of(shell: Shell, qtbot: QtBot) -> StartAtLoginQuestion:
    qtbot.waitUntil(lambda: "start_at_login" in shell.dialogs, timeout=WAIT)
    dialog = shell.dialogs["start_at_login"]
    assert isinstance(dialog, StartAtLoginQuestion) and dialog.isVisible()
    return dialog


def test_only_a_new_profile_is_welcomed() -> None:
    assert should_welcome(default_profile("Europe/Amsterdam"))
    for change in (
        lambda p: setattr(p.identity, "name", "Ana"),
        lambda p: p.backups.append(Backup("Sam Lee", "sam@example.com")),
        lambda p: setattr(p.preferences, "asked_start_at_login", True),  # welcomed before
        lambda p: setattr(p, "schema_version", 99),  # from a newer Boundary: read-only
    ):
        profile = default_profile("Europe/Amsterdam")
        change(profile)
        assert not should_welcome(profile)


def test_the_welcome_saves_the_name_and_first_backup_then_asks_about_sign_in(
    shell: Shell,
    fresh: Controller,
    qtbot: QtBot,
    backend: XdgAutostart,
    no_network_on_the_gui_thread: list[object],
) -> None:
    shell.welcome(backend)
    dialog = welcome_of(shell)
    assert "start_at_login" not in shell.dialogs  # one thing at a time
    qtbot.keyClicks(dialog.name_edit, "Ana de Vries")
    qtbot.keyClicks(dialog.backup_name_edit, "Sam Lee")
    qtbot.keyClicks(dialog.backup_email_edit, "sam@example.com")
    dialog.try_button.click()

    saved = load_profile(fresh.service.paths.profile)
    assert saved.identity.name == "Ana de Vries"
    assert saved.backups == [Backup("Sam Lee", "sam@example.com")]
    assert fresh.profile.identity.name == "Ana de Vries"

    question = question_of(shell, qtbot)
    question.no_button.click()
    # "Try it on this computer": the Go-away dialog opens once the question is answered.
    qtbot.waitUntil(lambda: "go_away" in shell.dialogs, timeout=WAIT)
    assert isinstance(shell.dialogs["go_away"], GoAwayDialog)
    assert load_profile(fresh.service.paths.profile).preferences.asked_start_at_login
    qtbot.waitUntil(lambda: not fresh.busy, timeout=WAIT)
    assert no_network_on_the_gui_thread == []
    # The pass that followed the save read the trial account off the GUI thread.
    assert WatchedLocal.threads
    assert threading.main_thread() not in WatchedLocal.threads


def test_skipping_leaves_the_profile_as_it_was_and_the_question_follows(
    shell: Shell, fresh: Controller, qtbot: QtBot, backend: XdgAutostart
) -> None:
    before = fresh.service.paths.profile.read_bytes()
    shell.welcome(backend)
    dialog = welcome_of(shell)
    qtbot.keyClicks(dialog.name_edit, "Half typed")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.choice is Choice.SKIP
    assert fresh.service.paths.profile.read_bytes() == before
    assert fresh.profile.identity.name == ""

    question_of(shell, qtbot).yes_button.click()
    qtbot.waitUntil(lambda: "start_at_login" not in shell.dialogs, timeout=WAIT)
    assert backend.enabled()
    assert not {"go_away", "settings"} & set(shell.dialogs)  # skipped: nothing more opens
    assert not should_welcome(fresh.profile)  # the next start does not welcome again


def test_add_a_mail_account_opens_the_account_form_after_the_question(
    shell: Shell,
    fresh: Controller,
    qtbot: QtBot,
    backend: XdgAutostart,
    no_network_on_the_gui_thread: list[object],
) -> None:
    shell.welcome(backend)
    welcome_of(shell).add_button.click()
    question_of(shell, qtbot).no_button.click()
    qtbot.waitUntil(lambda: "settings" in shell.dialogs, timeout=WAIT)
    settings = shell.dialogs["settings"]
    assert isinstance(settings, SettingsDialog)
    assert settings.tabs.currentWidget() is settings.accounts_tab
    editor = settings.accounts_tab.account_editor
    assert editor is not None and editor.isVisible()
    assert editor.finder.email_edit.hasFocus() or editor.finder.email_edit.isVisible()
    settings.reject()
    assert no_network_on_the_gui_thread == []


def test_enter_in_a_field_closes_nothing_and_every_field_has_its_key(
    shell: Shell, fresh: Controller, qtbot: QtBot, backend: XdgAutostart
) -> None:
    shell.welcome(backend)
    dialog = welcome_of(shell)
    qtbot.keyClicks(dialog.name_edit, "Ana")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    buddies = {label.buddy() for label in dialog.findChildren(QLabel) if label.buddy()}
    assert {dialog.name_edit, dialog.backup_name_edit, dialog.backup_email_edit} <= buddies
    letters = [
        b.text().split("&")[1][0].lower()
        for b in (dialog.add_button, dialog.try_button, dialog.skip_button)
    ]
    letters += [
        label.text().split("&")[1][0].lower()
        for label in dialog.findChildren(QLabel)
        if "&" in label.text()
    ]
    assert len(letters) == len(set(letters)) == 6  # Alt + a letter reaches each, no two alike
    dialog.reject()


def test_a_backup_without_a_usable_address_is_said_and_nothing_saved(
    shell: Shell, fresh: Controller, qtbot: QtBot, backend: XdgAutostart
) -> None:
    before = fresh.service.paths.profile.read_bytes()
    shell.welcome(backend)
    dialog = welcome_of(shell)
    qtbot.keyClicks(dialog.backup_name_edit, "Sam Lee")
    dialog.try_button.click()
    assert dialog.isVisible()
    assert dialog.error_label.text() == "Give the email address of Sam Lee too."
    qtbot.keyClicks(dialog.backup_email_edit, "sam@")
    assert not dialog.error_label.isVisible()  # typing clears it
    dialog.add_button.click()
    assert dialog.error_label.text() == "'sam@' is not an email address."
    assert fresh.service.paths.profile.read_bytes() == before
    dialog.reject()


def test_a_profile_that_has_a_name_goes_straight_to_the_question(
    controller: Controller, qtbot: QtBot, backend: XdgAutostart
) -> None:
    shell = Shell(controller, use_tray=False)
    shell.welcome(backend)
    assert "welcome" not in shell.dialogs
    question = question_of(shell, qtbot)
    question.reject()
    qtbot.waitUntil(lambda: not controller.busy, timeout=WAIT)


# --- "This computer": a trial, said so ------------------------------------------------------


def test_the_trial_account_is_named_for_what_it_is(
    shell: Shell, fresh: Controller, qtbot: QtBot
) -> None:
    shell.start()
    with qtbot.waitSignal(fresh.push_finished, timeout=WAIT):
        fresh.push()  # the first pass: the trial account is read
    shell.show_status(fresh.service.status())
    # Only the trial account: the window and the tray's tooltip say no mail is answered.
    assert shell.window.health_label.text() == "A trial on this computer: no mail is answered"
    assert "no mail is answered" in shell.tray.toolTip()

    settings = SettingsDialog(fresh)
    qtbot.addWidget(settings)
    table = settings.accounts_tab.account_table
    assert (table.item(0, 0).text(), table.item(0, 1).text()) == (
        "This computer",
        "Trial (answers no mail)",
    )
    assert table.item(0, 2).text() == (
        "Keeps the reply on this computer, to try Boundary: no mail is answered."
    )


def test_with_a_mail_account_the_trial_line_goes(controller: Controller, qtbot: QtBot) -> None:
    from boundary_app.ui import texts

    with qtbot.waitSignal(controller.push_finished, timeout=WAIT):
        controller.push()
    # The local account beside Work and Side: real mail is answered, no trial line.
    assert texts.health_line(controller.service.status()) == ""
