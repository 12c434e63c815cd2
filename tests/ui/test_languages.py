"""The app in English, Dutch and Indonesian: switching in Settings, dates, bilingual replies."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from boundary_app.core.render import LANGUAGE_SEPARATOR, format_moment
from boundary_app.core.service import Boundary
from boundary_app.ui import texts
from boundary_app.ui.away_dialog import GoAwayDialog
from boundary_app.ui.controller import Controller
from boundary_app.ui.languages import Translators
from boundary_app.ui.settings.dialog import SettingsDialog
from boundary_app.ui.shell import Shell
from boundary_app.ui.stats_window import StatsWindow

AMS = ZoneInfo("Europe/Amsterdam")


@pytest.fixture
def shell(controller: Controller, translators: Translators, qtbot: QtBot) -> Iterator[Shell]:
    shell = Shell(controller, False, translators)
    qtbot.addWidget(shell.window)
    shell.start()
    yield shell
    # A pass still under way would report to a shell whose window and translators the
    # teardown deletes.
    controller.status_changed.disconnect(shell.show_status)
    for dialog in list(shell.dialogs.values()):
        dialog.close()


def choose_language(shell: Shell, qtbot: QtBot, code: str) -> None:
    shell.open_settings()
    settings = shell.dialogs["settings"]
    assert isinstance(settings, SettingsDialog)
    settings.identity_tab.language_box.setCurrentIndex(
        settings.identity_tab.language_box.findData(code)
    )
    settings.save_button.click()
    qtbot.waitUntil(lambda: "settings" not in shell.dialogs, timeout=3000)


def test_english_has_real_plurals(shell: Shell) -> None:
    assert QApplication.translate("StatusText", "Needs attention on %n account(s)", "", 1) == (
        "Needs attention on 1 account"
    )
    assert shell.tr("Mail check at %1 in %n minute(s)", "", 5) == "Mail check at %1 in 5 minutes"


def test_choosing_dutch_in_settings_switches_the_running_app(
    shell: Shell, qtbot: QtBot, two_accounts: Boundary
) -> None:
    shell.open_statistics()
    assert shell.window.buttons["go_away"].text() == "&Go away…"

    choose_language(shell, qtbot, "nl")

    assert two_accounts.profile.preferences.language == "nl"
    assert shell.actions["go_away"].text() == "&Afwezig melden…"
    assert shell.window.buttons["go_away"].text() == "&Afwezig melden…"
    assert shell.window.status_label.text() == "Beschikbaar"
    assert shell.dialogs["statistics"].windowTitle() == "Statistieken — Boundary"
    assert QLocale().language() == QLocale.Language.Dutch

    choose_language(shell, qtbot, "id")
    assert shell.window.status_label.text() == "Tersedia"

    choose_language(shell, qtbot, "en")
    assert shell.window.status_label.text() == "Available"


def test_a_mail_check_and_statistics_survive_a_switch(
    shell: Shell, qtbot: QtBot, two_accounts: Boundary
) -> None:
    shell.show_check(two_accounts.checks.check_now())
    shell.open_statistics()
    before = shell.dialogs["statistics"]
    assert isinstance(before, StatsWindow)
    before.weeks_box.setCurrentIndex(before.weeks_box.findData(26))
    before.tabs.setCurrentIndex(1)

    choose_language(shell, qtbot, "nl")
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    assert two_accounts.checks.current() is not None  # the check goes on
    assert shell.popup is not None and shell.popup.isVisible()
    assert shell.popup.windowTitle().startswith("Mailmoment")
    stats = shell.dialogs["statistics"]
    assert isinstance(stats, StatsWindow) and stats is not before
    assert stats.isVisible() and stats.windowTitle() == "Statistieken — Boundary"
    assert (stats.weeks_box.currentData(), stats.tabs.currentIndex()) == (26, 1)

    choose_language(shell, qtbot, "en")
    assert shell.window.status_label.text() == "Available"


@pytest.mark.parametrize(
    ("locale", "long", "short", "clock"),
    [
        ("nl", "maandag 3 maart om 09:00", "ma 3 mrt 09:00", "09:00"),
        ("id", "Senin, 3 Maret pukul 09.00", "Sen, 3 Mar 09.00", "09.00"),
        ("en_GB", "Monday 3 March at 09:00", "Mon 3 Mar 09:00", "09:00"),
        ("en_US", "Monday 3 March at 09:00", "Mon 3 Mar 09:00", "09:00"),  # one per language
    ],
)
def test_dates_on_screen_follow_the_language(
    locale: str, long: str, short: str, clock: str
) -> None:
    QLocale.setDefault(QLocale(locale))
    monday = datetime(2025, 3, 3, 8, 0, tzinfo=UTC)

    assert texts.when_text(monday, AMS) == long
    assert texts.short_when_text(monday, AMS) == short
    assert texts.clock_text(monday, AMS) == clock
    # The name the Go-away dialog still uses says the same.
    assert texts.when_text(monday, AMS) == long
    assert texts.short_when_text(monday, AMS) == short


@pytest.mark.parametrize("code", ["en", "nl", "id"])
def test_the_screen_writes_a_moment_as_the_reply_does(code: str) -> None:
    """One format per language: the tray, the dialogs and the reply agree."""
    QLocale.setDefault(QLocale(code))
    now = datetime(2026, 11, 24, 9, tzinfo=UTC)
    for moment in (
        datetime(2026, 12, 11, 8, 0, tzinfo=UTC),  # Friday 09:00 in Amsterdam
        datetime(2026, 11, 29, 23, 0, tzinfo=UTC),  # midnight: a day
        datetime(2027, 1, 4, 16, 30, tzinfo=UTC),  # another year
        datetime(2026, 12, 2, 11, 5, tzinfo=UTC),
    ):
        assert texts.when_text(moment, AMS, now=now) == format_moment(
            moment, AMS, now=now, lang=code
        )


def test_weeks_by_their_dates(controller: Controller) -> None:
    QLocale.setDefault(QLocale("nl"))
    assert texts.days_text(date(2026, 11, 30), date(2026, 12, 6)) == "30 nov – 6 dec"
    assert texts.days_text(date(2026, 11, 23), date(2026, 11, 29)) == "23–29 nov"


@pytest.mark.parametrize(
    ("language", "zone", "first"),
    [
        ("en", "Europe/Amsterdam", Qt.DayOfWeek.Monday),
        ("en", "America/New_York", Qt.DayOfWeek.Sunday),
        ("nl", "Europe/Amsterdam", Qt.DayOfWeek.Monday),
    ],
)
def test_calendars_start_the_week_where_the_person_lives(
    translators: Translators,
    controller: Controller,
    qtbot: QtBot,
    language: str,
    zone: str,
    first: Qt.DayOfWeek,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(QLocale, "system", lambda: QLocale.c())  # a system without a locale
    translators.apply(language, zone)
    assert QLocale().firstDayOfWeek() == first
    dialog = GoAwayDialog(controller)
    qtbot.addWidget(dialog)
    settings = SettingsDialog(controller)
    qtbot.addWidget(settings)
    for calendar in (
        dialog.until_edit.calendarWidget(),
        settings.plan_tab.skip_edit.calendarWidget(),
    ):
        assert calendar is not None and calendar.firstDayOfWeek() == first


def test_a_bilingual_reply_from_the_go_away_dialog(controller: Controller, qtbot: QtBot) -> None:
    dialog = GoAwayDialog(controller)
    qtbot.addWidget(dialog)
    dialog.show()
    row = dialog.languages_row

    row.first_box.setCurrentIndex(row.first_box.findData("nl"))
    row.second_box.setCurrentIndex(row.second_box.findData("en"))
    dialog.update_preview()

    assert dialog.template_box.currentText() == "Vakantie"
    assert dialog.subject_edit.text().startswith("Afwezig tot {return}")
    dutch, english = dialog.preview_internal.toPlainText().split(LANGUAGE_SEPARATOR)
    assert "met vakantie" in dutch
    assert "I'm on vacation" in english
    assert dialog.request().languages == ("nl", "en")


def test_reply_languages_and_dutch_template_edits_are_saved_from_settings(
    controller: Controller, qtbot: QtBot, two_accounts: Boundary
) -> None:
    settings = SettingsDialog(controller)
    qtbot.addWidget(settings)
    settings.show()
    settings.templates_tab.reply_languages.first_box.setCurrentIndex(
        settings.templates_tab.reply_languages.first_box.findData("nl")
    )
    settings.templates_tab.reply_languages.second_box.setCurrentIndex(
        settings.templates_tab.reply_languages.second_box.findData("en")
    )
    box = settings.templates_tab.template_language_box
    box.setCurrentIndex(box.findData("nl"))
    assert settings.templates_tab.template_box.currentText() == "Vakantie"
    settings.templates_tab.reason_edit.setText("Ik loop de Camino.")
    settings.save_button.click()

    prefs = two_accounts.profile.preferences
    assert (prefs.reply_language, prefs.second_language) == ("nl", "en")
    assert two_accounts.reply_languages() == ("nl", "en")
    assert two_accounts.profile.templates["nl"]["vacation"].reason == "Ik loop de Camino."
    assert "vacation" not in two_accounts.profile.templates.get("en", {})


def test_the_language_applies_when_chosen_and_cancel_puts_it_back(
    shell: Shell, qtbot: QtBot, two_accounts: Boundary
) -> None:
    shell.open_settings()
    settings = shell.dialogs["settings"]
    assert isinstance(settings, SettingsDialog)
    settings.identity_tab.name_edit.setText("Ana de Vries")  # typed before the switch
    box = settings.identity_tab.language_box
    box.setCurrentIndex(box.findData("nl"))

    # At once, before Save: the tray and the main window, and Settings itself.
    assert shell.actions["go_away"].text() == "&Afwezig melden…"
    assert shell.window.status_label.text() == "Beschikbaar"
    qtbot.waitUntil(lambda: settings.windowTitle() == "Instellingen — Boundary", timeout=3000)
    assert settings.tabs.tabText(0) == "&Identiteit"
    assert settings.identity_tab.name_edit.text() == "Ana de Vries"
    assert settings.identity_tab.language_box.currentData() == "nl"
    assert two_accounts.profile.preferences.language == ""  # nothing saved

    settings.cancel_button.click()
    assert shell.actions["go_away"].text() == "&Go away…"
    assert shell.window.status_label.text() == "Available"
    assert two_accounts.profile.preferences.language == ""


def test_days_are_named_in_the_language_when_only_language_is_set() -> None:
    """LANGUAGE=id with the system's formats left at C (a common desktop set-up, and Xvfb):
    the Go-away dialog's dates said "Thu 3 Dec" on an Indonesian screen, because the system
    locale object answers with the system's own (C) day names."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    code = (
        "from PySide6.QtCore import QCoreApplication\n"
        "from boundary_app.ui.languages import app_locale\n"
        "app = QCoreApplication([])\n"
        "print(app_locale('id').dayName(1), app_locale('nl').monthName(12))\n"
    )
    root = str(Path(__file__).resolve().parents[2])
    env = {"PATH": os.environ.get("PATH", ""), "PYTHONPATH": root, "LANG": "C.UTF-8"}
    said = subprocess.run(
        [sys.executable, "-c", code],
        env={**env, "LANGUAGE": "id", "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    assert said[0] == "Senin"
    assert said[1] == "december"
