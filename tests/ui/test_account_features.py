"""Settings → Accounts: what an account keeps beside the reply (its calendar, its chat
status) is listed for the selected account, and each can be turned off or on."""

from __future__ import annotations

from typing import ClassVar

import pytest
from pytestqt.qtbot import QtBot

from boundary_app.core.profile import Account, load_profile, save_profile
from boundary_app.core.service import Boundary
from boundary_app.providers.base import Capability, FieldKind, SettingField
from boundary_app.providers.local import LocalProvider
from boundary_app.providers.registry import ProviderRegistry
from boundary_app.ui.controller import Controller
from boundary_app.ui.settings.dialog import SettingsDialog
from tests.fakes import MemoryProvider

WAIT = 3000


class CalendarMail(MemoryProvider):
    """A kind with a calendar feature, stored off when missing (as m365 and gmail do)."""

    kind = "calmail"
    display_name = "Mail with a calendar"
    capabilities = MemoryProvider.capabilities | {Capability.CALENDAR_EVENT}
    feature_settings: ClassVar = {"calendar": Capability.CALENDAR_EVENT}
    settings_fields: ClassVar = (
        SettingField("calendar", "Calendar", FieldKind.CHOICE, default="on", choices=("on", "off")),
    )


@pytest.fixture
def registry() -> ProviderRegistry:
    return ProviderRegistry.of([LocalProvider, MemoryProvider, CalendarMail])


@pytest.fixture
def settings(service: Boundary, controller: Controller, qtbot: QtBot) -> SettingsDialog:
    service.profile.accounts += [Account("Office", "calmail", {"calendar": "on"})]
    save_profile(service.profile, service.paths.profile)
    dialog = SettingsDialog(controller)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentWidget(dialog.accounts_tab)
    return dialog


def test_an_accounts_calendar_can_be_turned_off_and_is_saved(
    settings: SettingsDialog, service: Boundary, qtbot: QtBot
) -> None:
    tab = settings.accounts_tab
    tab.account_table.selectRow(3)
    box = tab.feature_boxes["calendar"]
    assert box.text() == "Calendar" and box.isChecked()
    summary = tab.account_table.item(3, 2)
    assert summary is not None and "marks you out of office in the calendar" in summary.text()
    box.click()
    assert tab.account_result.text() == "Office changes when you save."
    summary = tab.account_table.item(3, 2)
    assert summary is not None and "calendar" not in summary.text()
    with qtbot.waitSignal(settings.accepted, timeout=WAIT):
        settings.save_button.click()
    saved = load_profile(service.paths.profile).account("Office")
    assert saved is not None and saved.settings["calendar"] == "off"
    assert Capability.CALENDAR_EVENT not in service.capabilities(saved)


def test_a_kind_without_features_shows_no_tick_boxes(settings: SettingsDialog) -> None:
    tab = settings.accounts_tab
    tab.account_table.selectRow(0)  # the trial account
    assert tab.feature_boxes == {} and not tab.features_host.isVisible()
    tab.account_table.selectRow(3)
    assert list(tab.feature_boxes) == ["calendar"] and tab.features_host.isVisible()
