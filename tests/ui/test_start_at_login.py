"""Start at sign-in in the app: the Settings checkbox, the first-run question, the self-test.

Every test hands the UI a backend writing to the test's own folder; nothing else is touched.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import ClassVar

import pytest
from PySide6.QtWidgets import QCheckBox, QTabWidget
from pytestqt.qtbot import QtBot

from boundary_app.core.autostart import (
    Autostart,
    AutostartError,
    Unsupported,
    XdgAutostart,
    launch_command,
)
from boundary_app.core.paths import AppPaths
from boundary_app.core.profile import load_profile, save_profile
from boundary_app.core.service import Boundary
from boundary_app.providers.registry import ProviderRegistry
from boundary_app.ui.controller import Controller
from boundary_app.ui.settings.dialog import SettingsDialog
from boundary_app.ui.shell import Shell
from boundary_app.ui.start_at_login import StartAtLoginQuestion, should_ask
from boundary_app.worker import self_test
from tests.fakes import FakeClock, MemoryProvider

WAIT = 3000


@pytest.fixture
def backend(tmp_path: Path) -> XdgAutostart:
    return XdgAutostart(tmp_path / "autostart")


class Refusing(XdgAutostart):
    def enable(self, command: Sequence[str]) -> None:
        raise AutostartError(f"{self.path}: Permission denied")


def saved_prefs(controller: Controller) -> tuple[bool, bool]:
    prefs = load_profile(controller.service.paths.profile).preferences
    return prefs.start_at_login, prefs.asked_start_at_login


def open_settings(controller: Controller, qtbot: QtBot, backend: Autostart) -> SettingsDialog:
    dialog = SettingsDialog(controller, autostart=backend)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


# --- Settings -----------------------------------------------------------------------------------


def test_the_checkbox_is_at_the_bottom_of_the_identity_tab(
    controller: Controller, qtbot: QtBot, backend: XdgAutostart
) -> None:
    dialog = open_settings(controller, qtbot, backend)
    box = dialog.identity_tab.start_at_login_box
    assert box.text().replace("&", "") == "Start Boundary when I sign in"
    assert isinstance(dialog.tabs, QTabWidget)
    identity = dialog.tabs.widget(0)
    assert identity.isAncestorOf(box)
    assert box.isEnabled()
    assert not box.isChecked()
    others = [w for w in identity.findChildren(QCheckBox) if w is not box]
    assert others == []
    layout = identity.layout()
    assert layout.indexOf(box) == layout.count() - 1


def test_checking_it_writes_the_entry_on_save(
    controller: Controller, qtbot: QtBot, backend: XdgAutostart
) -> None:
    dialog = open_settings(controller, qtbot, backend)
    dialog.identity_tab.start_at_login_box.setChecked(True)
    assert not backend.enabled()  # nothing before Save
    dialog.save_button.click()

    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    assert backend.enabled()
    assert launch_command()[0] in backend.path.read_text()
    assert saved_prefs(controller) == (True, True)
    qtbot.waitUntil(lambda: not controller.busy, timeout=WAIT)


def test_the_checkbox_shows_the_system_entry_not_the_profile(
    controller: Controller, qtbot: QtBot, backend: XdgAutostart
) -> None:
    profile = controller.profile
    profile.preferences.start_at_login = True  # but the person removed the entry since
    save_profile(profile, controller.service.paths.profile)
    assert not open_settings(controller, qtbot, backend).identity_tab.start_at_login_box.isChecked()

    backend.enable(["/usr/bin/boundary-app"])
    assert open_settings(controller, qtbot, backend).identity_tab.start_at_login_box.isChecked()


def test_unchecking_it_removes_the_entry_and_cancel_changes_nothing(
    controller: Controller, qtbot: QtBot, backend: XdgAutostart
) -> None:
    backend.enable(["/usr/bin/boundary-app"])
    dialog = open_settings(controller, qtbot, backend)
    dialog.identity_tab.start_at_login_box.setChecked(False)
    dialog.cancel_button.click()
    assert backend.enabled()

    dialog = open_settings(controller, qtbot, backend)
    dialog.identity_tab.start_at_login_box.setChecked(False)
    dialog.save_button.click()
    assert not backend.enabled()
    assert not backend.path.exists()
    assert saved_prefs(controller) == (False, True)
    qtbot.waitUntil(lambda: not controller.busy, timeout=WAIT)


def test_saving_an_unchanged_box_does_not_rewrite_the_entry(
    controller: Controller, qtbot: QtBot, backend: XdgAutostart
) -> None:
    backend.enable(["/somewhere/else/boundary-app"])
    dialog = open_settings(controller, qtbot, backend)
    dialog.identity_tab.name_edit.setText("Ana S.")
    dialog.save_button.click()
    assert "/somewhere/else/boundary-app" in backend.path.read_text()
    qtbot.waitUntil(lambda: not controller.busy, timeout=WAIT)


def test_a_failure_keeps_the_dialog_open_with_the_reason(
    controller: Controller, qtbot: QtBot, tmp_path: Path
) -> None:
    backend = Refusing(tmp_path / "autostart")
    dialog = open_settings(controller, qtbot, backend)
    dialog.identity_tab.name_edit.setText("Ana S.")
    dialog.identity_tab.start_at_login_box.setChecked(True)
    dialog.save_button.click()

    assert dialog.isVisible()
    assert "could not change starting when you sign in" in dialog.error_label.text()
    assert "Permission denied" in dialog.error_label.text()
    assert load_profile(controller.service.paths.profile).identity.name == "Ana Silva"


def test_a_system_without_start_at_login_greys_the_box_out(
    controller: Controller, qtbot: QtBot
) -> None:
    dialog = open_settings(controller, qtbot, Unsupported("plan9"))
    assert not dialog.identity_tab.start_at_login_box.isEnabled()
    assert dialog.identity_tab.start_at_login_box.toolTip()
    dialog.save_button.click()
    assert saved_prefs(controller) == (False, False)
    qtbot.waitUntil(lambda: not controller.busy, timeout=WAIT)


# --- the first-run question -------------------------------------------------------------------


@pytest.fixture
def shell(controller: Controller, qtbot: QtBot) -> Shell:
    return Shell(controller, use_tray=False)


def question(shell: Shell) -> StartAtLoginQuestion:
    dialog = shell.dialogs.get("start_at_login")
    assert isinstance(dialog, StartAtLoginQuestion)
    assert dialog.isVisible()
    return dialog


@pytest.mark.parametrize("answer", [True, False])
def test_a_new_profile_is_asked_once(
    shell: Shell, controller: Controller, qtbot: QtBot, backend: XdgAutostart, answer: bool
) -> None:
    assert saved_prefs(controller) == (False, False)
    shell.ask_start_at_login(backend)
    box = question(shell)
    assert box.text() == "Start Boundary when you sign in?"
    assert box.defaultButton() is box.yes_button
    (box.yes_button if answer else box.no_button).click()

    qtbot.waitUntil(lambda: "start_at_login" not in shell.dialogs, timeout=WAIT)
    assert backend.enabled() is answer
    assert saved_prefs(controller) == (answer, True)
    assert controller.profile.preferences.asked_start_at_login

    shell.ask_start_at_login(backend)  # the next start
    assert "start_at_login" not in shell.dialogs
    qtbot.waitUntil(lambda: not controller.busy, timeout=WAIT)


def test_escape_means_not_now(
    shell: Shell, controller: Controller, qtbot: QtBot, backend: XdgAutostart
) -> None:
    shell.ask_start_at_login(backend)
    question(shell).reject()
    qtbot.waitUntil(lambda: "start_at_login" not in shell.dialogs, timeout=WAIT)
    assert not backend.enabled()
    assert saved_prefs(controller) == (False, True)
    qtbot.waitUntil(lambda: not controller.busy, timeout=WAIT)


def test_an_entry_from_the_installer_counts_as_yes(
    controller: Controller, qtbot: QtBot, backend: XdgAutostart
) -> None:
    backend.enable(["/opt/Boundary/boundary"])
    assert not should_ask(controller, backend)
    assert saved_prefs(controller) == (True, True)
    assert "/opt/Boundary/boundary" in backend.path.read_text()
    qtbot.waitUntil(lambda: not controller.busy, timeout=WAIT)


def test_no_question_where_it_cannot_be_done(controller: Controller) -> None:
    assert not should_ask(controller, Unsupported("plan9"))
    assert saved_prefs(controller) == (False, False)


def test_a_failure_is_told_and_not_asked_again(
    shell: Shell, controller: Controller, qtbot: QtBot, tmp_path: Path
) -> None:
    backend = Refusing(tmp_path / "autostart")
    with qtbot.waitSignal(controller.notice, timeout=WAIT) as told:
        shell.ask_start_at_login(backend)
        question(shell).yes_button.click()
    assert "could not set itself to start" in told.args[1]
    assert "Permission denied" in told.args[1]
    assert saved_prefs(controller) == (False, True)
    qtbot.waitUntil(lambda: not controller.busy, timeout=WAIT)


# --- the self-test checks each provider's libraries ----------------------------------------


class WithLibraries(MemoryProvider):
    kind = "withlibs"
    libraries: ClassVar[tuple[str, ...]] = ("json", "email.mime.text")


class MissingLibrary(MemoryProvider):
    kind = "missinglib"
    libraries: ClassVar[tuple[str, ...]] = ("boundary_no_such_library",)


def test_self_test_imports_every_provider_library(
    paths: AppPaths, clock: FakeClock, capsys: pytest.CaptureFixture[str]
) -> None:
    service, _ = Boundary.open(paths, clock, registry=ProviderRegistry.of([WithLibraries]))
    try:
        assert self_test(service) == 0
        assert "providers: withlibs" in capsys.readouterr().out
    finally:
        service.close()

    service, _ = Boundary.open(
        paths, clock, registry=ProviderRegistry.of([WithLibraries, MissingLibrary])
    )
    try:
        assert self_test(service) == 1
        err = capsys.readouterr().err
        assert "provider missinglib: library boundary_no_such_library" in err
    finally:
        service.close()
