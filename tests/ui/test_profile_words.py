"""A profile edited by hand into something Boundary cannot use, told in the app's language:
the line and the key kept, the sentence around them translated (codes ``profile-*``)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from boundary_app.app import start_notice
from boundary_app.core.paths import AppPaths
from boundary_app.core.profile import Account, save_profile
from boundary_app.core.service import Boundary
from boundary_app.providers.registry import ProviderRegistry
from boundary_app.ui.controller import Controller
from boundary_app.ui.languages import Translators
from boundary_app.ui.settings.dialog import SettingsDialog
from tests.fakes import FakeClock

ENGLISH = ("line ", "which is not", "could not be read", "cannot be used", "time zone", "Your ")


def no_english(text: str) -> None:
    left = [words for words in ENGLISH if words in text]
    assert not left, (left, text)


def test_a_damaged_profile_set_aside_at_start_is_told_in_dutch_with_its_line(
    paths: AppPaths,
    clock: FakeClock,
    registry: ProviderRegistry,
    qapp: QApplication,
    translators: Translators,
) -> None:
    paths.profile.write_text(
        'schema_version = 3\n[identity]\nname = "Ana"\ntimezone = "Mars/Base"\n', "utf-8"
    )
    service, notice = Boundary.open(paths, clock, timezone="Europe/Amsterdam", registry=registry)
    service.close()
    assert notice is not None
    assert str(notice).startswith("Your profile could not be read (line 4: identity.timezone is")

    translators.apply("nl")
    words = start_notice(notice, None)

    aside = next(paths.profile.parent.glob("profile.toml.corrupt-*")).name
    assert words == (
        "Je profiel kon niet worden gelezen (regel 4: identity.timezone is 'Mars/Base', en dat "
        "is geen tijdzone; gebruik een naam zoals 'Europe/Amsterdam'). Het is bewaard als "
        f"{aside} en Boundary is met een nieuw profiel begonnen."
    )
    translators.apply("id")
    words = start_notice(notice, None)
    assert words.startswith("Profil Anda tidak dapat dibaca (baris 4: identity.timezone berisi")
    no_english(words)


def test_a_hand_edit_the_app_cannot_use_is_told_in_dutch_and_the_settings_stay(
    service: Boundary, clock: FakeClock, qtbot: QtBot, translators: Translators
) -> None:
    service.profile.accounts.append(
        Account("Work", "imap", {"email": "ana@example.com", "imap_host": "mail.example.com"})
    )
    save_profile(service.profile, service.paths.profile)
    controller = Controller(service)
    try:
        translators.apply("nl")
        text = service.paths.profile.read_text("utf-8")
        host = 'imap_host = "mail.example.com"\n'
        edited = text.replace(host, host + 'imap_port = "abc"\n')
        service.paths.profile.write_text(edited, "utf-8")
        line = edited.splitlines().index('imap_port = "abc"') + 1

        with qtbot.waitSignal(controller.notice) as said:
            controller._on_file_changed(str(service.paths.profile))  # the file watcher

        words = said.args[1]
        assert words.startswith(
            f"Je wijziging in het profiel is niet te gebruiken (regel {line}: "
            "accounts[2].imap_port (Work) is niet te gebruiken: "
        )
        assert "'abc'" in words and words.endswith("tot het bestand is hersteld.")
        no_english(words)
        work = service.profile.account("Work")
        assert work is not None and "imap_port" not in work.settings  # kept as it was
    finally:
        controller.shutdown()


def test_a_backup_twice_is_refused_in_indonesian(
    controller: Controller, qtbot: QtBot, translators: Translators
) -> None:
    translators.apply("id")
    settings = SettingsDialog(controller)
    qtbot.addWidget(settings)
    settings.show()
    settings.backups_tab.add_button.click()
    editor = settings.backups_tab.backup_editor
    assert editor is not None
    editor.name_edit.setText("alex kim")
    editor.email_edit.setText("alex2@example.com")
    editor.ok_button.click()
    assert editor.isVisible()
    assert editor.error_label.text() == "Pengganti ini 'alex kim' ada dua kali di daftar."
    editor.reject()
