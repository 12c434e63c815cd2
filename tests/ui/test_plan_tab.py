"""Settings → Mail checks: the plan is edited in the dialog, Save writes it, Cancel forgets it."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, time
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, QLocale, Qt, QTime
from PySide6.QtWidgets import QAbstractButton, QDialog, QLabel, QSpinBox, QWidget
from pytestqt.qtbot import QtBot

from boundary_app.core.profile import save_profile
from boundary_app.core.schedule import LIMITS
from boundary_app.core.service import Boundary
from boundary_app.ui.controller import Controller
from boundary_app.ui.languages import Translators
from boundary_app.ui.settings.dialog import SettingsDialog
from boundary_app.ui.settings.plan_tab import PlanTab
from tests.ui.test_settings_dialog import open_settings as open_settings_dialog
from tests.ui.test_settings_dialog import saved

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
MON, TUE, WED, THU, FRI, SAT, SUN = range(7)
# The fake clock starts on Tuesday 24 November 2026, 09:00 in Amsterdam.


def open_settings(controller: Controller, qtbot: QtBot) -> SettingsDialog:
    dialog = open_settings_dialog(controller, qtbot)
    dialog.tabs.setCurrentWidget(dialog.plan_tab)
    return dialog


@pytest.fixture
def settings(controller: Controller, qtbot: QtBot) -> SettingsDialog:
    return open_settings(controller, qtbot)


def texts(tab: PlanTab, name: str) -> list[str]:
    chips = getattr(tab, name)
    return [chips.item(i).text() for i in range(chips.count())]


def add_time(tab: PlanTab, hour: int, minute: int) -> None:
    tab.time_edit.setTime(QTime(hour, minute))
    tab.add_time_button.click()


def select_time(tab: PlanTab, text: str) -> None:
    tab.time_list.setCurrentRow(texts(tab, "time_list").index(text))


def add_skip(tab: PlanTab, day: date) -> None:
    tab.skip_edit.setDate(QDate(day.year, day.month, day.day))
    tab.add_skip_button.click()


def test_the_tab_comes_after_templates_and_shows_the_plan(settings: SettingsDialog) -> None:
    tabs = settings.tabs
    titles = [tabs.tabText(i) for i in range(tabs.count())]
    assert titles.index("Mail &checks") == titles.index("&Templates") + 1
    tab = settings.plan_tab
    assert tab.enabled_box.isChecked()
    assert texts(tab, "time_list") == ["10:00", "16:00"]
    assert tab.minutes_box.value() == 15
    assert [b.isChecked() for b in tab.weekday_boxes] == [True] * 5 + [False] * 2
    assert not any(b.isChecked() for b in tab.focus_boxes)
    assert texts(tab, "skip_list") == []
    assert (tab.lead_box.value(), tab.snooze_minutes_box.value(), tab.snoozes_box.value()) == (
        5,
        10,
        1,
    )
    assert not tab.strict_box.isChecked()
    assert tab.look_back_box.value() == 8
    assert settings.save_button.isEnabled()
    assert not tab.note_label.isVisible()


def test_numbers_stay_within_the_limits_and_read_as_words(
    translators: Translators, controller: Controller, qtbot: QtBot
) -> None:
    # The translators come first: the boxes take their words when they are built.
    tab = open_settings(controller, qtbot).plan_tab
    for name, box in (
        ("minutes", tab.minutes_box),
        ("lead_minutes", tab.lead_box),
        ("snooze_minutes", tab.snooze_minutes_box),
        ("snoozes", tab.snoozes_box),
        ("look_back_weeks", tab.look_back_box),
    ):
        assert (box.minimum(), box.maximum()) == LIMITS[name]
    assert tab.minutes_box.text() == "15 minutes"
    assert tab.look_back_box.text() == "8 weeks"
    tab.lead_box.setValue(0)
    assert tab.lead_box.text() == "No reminder"
    tab.lead_box.setValue(1)
    assert tab.lead_box.text() == "1 minute before"
    tab.lead_box.setValue(3)
    assert tab.lead_box.text() == "3 minutes before"
    tab.snoozes_box.setValue(0)
    assert tab.snoozes_box.text() == "None"


def test_save_writes_the_plan_and_the_schedule_follows(
    settings: SettingsDialog, controller: Controller, two_accounts: Boundary
) -> None:
    tab = settings.plan_tab
    add_time(tab, 9, 30)
    select_time(tab, "10:00")
    tab.remove_time_button.click()
    add_time(tab, 13, 0)
    assert texts(tab, "time_list") == ["09:30", "13:00", "16:00"]  # sorted
    tab.minutes_box.setValue(20)
    tab.weekday_boxes[FRI].setChecked(False)
    tab.focus_boxes[WED].setChecked(True)
    add_skip(tab, date(2026, 11, 24))  # today
    add_skip(tab, date(2026, 12, 24))
    tab.lead_box.setValue(10)
    tab.snooze_minutes_box.setValue(5)
    tab.snoozes_box.setValue(2)
    tab.strict_box.setChecked(True)
    tab.look_back_box.setValue(12)
    assert texts(tab, "skip_list") == ["Tue 24 Nov 2026", "Thu 24 Dec 2026"]
    assert settings.save_button.isEnabled()

    settings.save_button.click()
    assert settings.result() == QDialog.DialogCode.Accepted
    plan = saved(two_accounts).checks
    assert plan.times == (time(9, 30), time(13), time(16))
    assert plan.minutes == 20
    assert plan.weekdays == {MON, TUE, WED, THU}
    assert plan.focus_weekdays == {WED}
    assert plan.skip_dates == {date(2026, 11, 24), date(2026, 12, 24)}
    assert (plan.lead_minutes, plan.snooze_minutes, plan.snoozes) == (10, 5, 2)
    assert plan.strict and plan.enabled
    assert plan.look_back_weeks == 12
    assert plan.started == date(2026, 11, 24)  # kept as it was
    assert controller.profile.checks == plan
    # Today is skipped and Wednesday is a focus day: the next check is Thursday at 09:30.
    upcoming = controller.service.checks.upcoming()
    assert upcoming is not None
    assert upcoming.start.astimezone(AMSTERDAM).strftime("%a %d %b %H:%M") == "Thu 26 Nov 09:30"
    assert upcoming.end - upcoming.start == plan.duration


def test_switching_checks_off_is_saved_and_greys_out_what_no_longer_applies(
    settings: SettingsDialog, two_accounts: Boundary
) -> None:
    tab = settings.plan_tab
    tab.enabled_box.setChecked(False)
    for widget in (tab.time_list, tab.minutes_box, tab.weekday_boxes[MON], tab.skip_edit):
        assert not widget.isEnabled()
    for widget in (tab.focus_boxes[MON], tab.look_back_box):  # focus days go on
        assert widget.isEnabled()
    settings.save_button.click()
    assert not saved(two_accounts).checks.enabled
    assert two_accounts.checks.upcoming() is None


def test_overlapping_windows_disable_save_with_the_reason(settings: SettingsDialog) -> None:
    tab = settings.plan_tab
    add_time(tab, 10, 5)
    assert not settings.save_button.isEnabled()
    assert settings.error_label.text() == (
        "The mail-check plan has windows at 10:00 and 10:05, which overlap: windows last "
        "15 minutes, so their start times must be at least that far apart."
    )
    select_time(tab, "10:05")
    tab.remove_time_button.click()
    assert settings.save_button.isEnabled()
    assert settings.error_label.text() == ""

    add_time(tab, 10, 30)  # fine with 15 minutes, not with 45
    assert settings.save_button.isEnabled()
    tab.minutes_box.setValue(45)
    assert not settings.save_button.isEnabled()
    assert "windows at 10:00 and 10:30, which overlap" in settings.error_label.text()
    tab.minutes_box.setValue(30)
    assert settings.save_button.isEnabled()


def test_windows_across_midnight_overlap_too(settings: SettingsDialog) -> None:
    tab = settings.plan_tab
    add_time(tab, 23, 55)
    select_time(tab, "10:00")
    tab.remove_time_button.click()
    add_time(tab, 0, 5)
    assert not settings.save_button.isEnabled()
    assert "23:55 and 00:05, which overlap" in settings.error_label.text()
    assert "(across midnight)" in settings.error_label.text()


def test_checks_without_a_start_time_cannot_be_saved(settings: SettingsDialog) -> None:
    tab = settings.plan_tab
    for _ in range(2):
        tab.time_list.setCurrentRow(0)
        tab.remove_time_button.click()
    assert texts(tab, "time_list") == []
    assert not tab.remove_time_button.isEnabled()
    assert not settings.save_button.isEnabled()
    assert "Add a start time for mail checks" in settings.error_label.text()
    tab.enabled_box.setChecked(False)  # no checks at all: then no time is needed
    assert settings.save_button.isEnabled()


def test_no_day_with_checks_is_said_but_may_be_saved(
    settings: SettingsDialog, two_accounts: Boundary
) -> None:
    tab = settings.plan_tab
    for day in (MON, TUE, THU, FRI):
        tab.weekday_boxes[day].setChecked(False)
    assert not tab.note_label.isVisible()  # Wednesday still has checks
    tab.focus_boxes[WED].setChecked(True)
    assert tab.note_label.isVisible()
    assert "No day has mail checks" in tab.note_label.text()
    assert settings.save_button.isEnabled()
    settings.save_button.click()
    plan = saved(two_accounts).checks
    assert (plan.weekdays, plan.focus_weekdays) == ({WED}, {WED})
    assert two_accounts.checks.upcoming() is None


def test_a_time_or_a_date_is_listed_once(settings: SettingsDialog) -> None:
    tab = settings.plan_tab
    tab.time_edit.setTime(QTime(16, 0))
    assert not tab.add_time_button.isEnabled()
    add_skip(tab, date(2026, 12, 24))
    assert not tab.add_skip_button.isEnabled()
    tab.skip_edit.setDate(QDate(2026, 12, 31))
    assert tab.add_skip_button.isEnabled()
    assert texts(tab, "skip_list") == ["Thu 24 Dec 2026"]


def test_removing_a_day_without_checks(settings: SettingsDialog, two_accounts: Boundary) -> None:
    tab = settings.plan_tab
    add_skip(tab, date(2026, 12, 31))
    add_skip(tab, date(2026, 12, 24))
    assert tab.skip_list.currentItem().text() == "Thu 24 Dec 2026"  # the one just added
    tab.remove_skip_button.click()
    assert texts(tab, "skip_list") == ["Thu 31 Dec 2026"]
    settings.save_button.click()
    assert saved(two_accounts).checks.skip_dates == {date(2026, 12, 31)}


def test_past_days_without_checks_are_shown_and_kept(
    controller: Controller, qtbot: QtBot, two_accounts: Boundary
) -> None:
    profile = two_accounts.profile
    profile.checks = replace(profile.checks, skip_dates=frozenset({date(2026, 1, 2)}))
    save_profile(profile, two_accounts.paths.profile)
    dialog = open_settings(controller, qtbot)
    tab = dialog.plan_tab
    assert texts(tab, "skip_list") == ["Fri 2 Jan 2026"]
    assert "In the past" in tab.skip_list.item(0).toolTip()
    assert tab.skip_edit.minimumDate() == QDate(2026, 11, 24)  # new ones from today
    assert dialog.save_button.isEnabled()
    dialog.save_button.click()
    assert saved(two_accounts).checks.skip_dates == {date(2026, 1, 2)}


def test_cancel_changes_nothing(settings: SettingsDialog, two_accounts: Boundary) -> None:
    before = two_accounts.paths.profile.read_bytes()
    plan = two_accounts.profile.checks
    tab = settings.plan_tab
    add_time(tab, 12, 0)
    tab.weekday_boxes[MON].setChecked(False)
    tab.focus_boxes[FRI].setChecked(True)
    add_skip(tab, date(2026, 12, 24))
    tab.enabled_box.setChecked(False)
    settings.cancel_button.click()
    assert settings.result() == QDialog.DialogCode.Rejected
    assert two_accounts.paths.profile.read_bytes() == before
    assert two_accounts.profile.checks == plan


def test_a_read_only_profile_shows_the_plan_but_cannot_change_it(
    controller: Controller, qtbot: QtBot, two_accounts: Boundary
) -> None:
    two_accounts.profile.schema_version += 1
    dialog = open_settings(controller, qtbot)
    assert not dialog.plan_tab.isEnabled()
    assert texts(dialog.plan_tab, "time_list") == ["10:00", "16:00"]
    assert not dialog.save_button.isEnabled()


# --- keyboard ---------------------------------------------------------------------------------


def mnemonic(text: str) -> str | None:
    at = text.replace("&&", "").find("&")
    return text.replace("&&", "")[at + 1].lower() if at >= 0 else None


def test_every_control_has_a_mnemonic_that_no_visible_one_shares(
    settings: SettingsDialog,
) -> None:
    tab = settings.plan_tab
    letters: list[str] = []
    for label in tab.findChildren(QLabel):
        if letter := mnemonic(label.text()):
            assert label.buddy() is not None, label.text()
            letters.append(letter)
    for button in tab.findChildren(QAbstractButton):
        if letter := mnemonic(button.text()):
            letters.append(letter)
    assert len(letters) == len(set(letters)), letters
    # Every field is named by a label with a mnemonic (or has one itself).
    buddies = {label.buddy() for label in tab.findChildren(QLabel) if mnemonic(label.text())}
    for spin in tab.findChildren(QSpinBox):
        assert spin in buddies
    assert tab.time_list in buddies and tab.skip_list in buddies
    assert tab.weekday_boxes[MON] in buddies and tab.focus_boxes[MON] in buddies
    for button in (tab.enabled_box, tab.strict_box, tab.add_time_button, tab.add_skip_button):
        assert mnemonic(button.text())
    # The tab titles and Save stay reachable while this tab is shown.
    bar = settings.tabs.tabBar()
    shared = {mnemonic(bar.tabText(i)) for i in range(bar.count())}
    shared.add(mnemonic(settings.save_button.text()))
    assert not shared & set(letters)


def focus_after(dialog: QWidget, qtbot: QtBot, key: Qt.Key) -> QWidget | None:
    qtbot.keyClick(dialog, key, Qt.KeyboardModifier.AltModifier)
    return dialog.focusWidget()


def test_mnemonics_move_the_focus(settings: SettingsDialog, qtbot: QtBot) -> None:
    settings.activateWindow()
    qtbot.waitUntil(settings.isActiveWindow)
    tab = settings.plan_tab
    assert focus_after(settings, qtbot, Qt.Key.Key_M) is tab.time_list
    assert focus_after(settings, qtbot, Qt.Key.Key_L) is tab.minutes_box
    assert focus_after(settings, qtbot, Qt.Key.Key_D) is tab.weekday_boxes[MON]
    assert focus_after(settings, qtbot, Qt.Key.Key_F) is tab.focus_boxes[MON]
    assert focus_after(settings, qtbot, Qt.Key.Key_W) is tab.skip_list
    assert focus_after(settings, qtbot, Qt.Key.Key_K) is tab.look_back_box
    qtbot.keyClick(settings, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(tab.strict_box.isChecked)  # a mnemonic clicks the button (animated)
    assert settings.focusWidget() is tab.strict_box


def test_enter_adds_a_time_and_delete_removes_it(settings: SettingsDialog, qtbot: QtBot) -> None:
    tab = settings.plan_tab
    tab.time_edit.setTime(QTime(13, 15))
    qtbot.keyClick(tab.time_edit, Qt.Key.Key_Return)
    assert settings.isVisible()  # Enter in the time adds it; it does not Save
    assert texts(tab, "time_list") == ["10:00", "13:15", "16:00"]
    qtbot.keyClick(tab.time_list, Qt.Key.Key_Delete)
    assert texts(tab, "time_list") == ["10:00", "16:00"]
    qtbot.keyClick(tab.skip_edit, Qt.Key.Key_Enter)
    assert texts(tab, "skip_list") == ["Tue 24 Nov 2026"]
    assert settings.isVisible()


# --- language ---------------------------------------------------------------------------------


@pytest.fixture
def dutch() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def american() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(before)


def test_day_names_follow_the_language(dutch: None, controller: Controller, qtbot: QtBot) -> None:
    tab = open_settings(controller, qtbot).plan_tab
    assert [b.text() for b in tab.weekday_boxes] == ["ma", "di", "wo", "do", "vr", "za", "zo"]
    assert tab.weekday_boxes[MON].accessibleName() == "maandag"
    assert texts(tab, "time_list") == ["10:00", "16:00"]


def test_the_week_starts_where_the_language_starts_it(
    american: None, controller: Controller, qtbot: QtBot, two_accounts: Boundary
) -> None:
    dialog = open_settings(controller, qtbot)
    tab = dialog.plan_tab
    shown = sorted(tab.weekday_boxes, key=lambda b: b.x())
    assert [b.text() for b in shown] == ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    assert tab.weekday_boxes[SUN].x() < tab.weekday_boxes[MON].x()
    tab.weekday_boxes[SUN].setChecked(True)  # still Sunday, wherever it is shown
    dialog.save_button.click()
    assert saved(two_accounts).checks.weekdays == {MON, TUE, WED, THU, FRI, SUN}
