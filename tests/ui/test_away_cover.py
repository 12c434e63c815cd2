"""Cover in the Go-away dialog: how people are looked after (the reply, forwarding to the
backup, both), each backup's availability beside their name, the channels each account gets,
and the result panel's and the tray's words for them."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from boundary_app.core.paths import AppPaths
from boundary_app.core.profile import Account, Backup, save_profile
from boundary_app.core.service import Boundary
from boundary_app.core.states import Cover
from boundary_app.providers.base import ColleagueAway
from boundary_app.providers.local import LocalProvider
from boundary_app.providers.registry import ProviderRegistry
from boundary_app.ui.away_dialog import GoAwayDialog
from boundary_app.ui.controller import Controller
from boundary_app.ui.cover_texts import reach_line
from boundary_app.ui.result_panel import ResultPanel
from tests.fakes import START, CoverProvider, FakeClock
from tests.ui.stand_in import in_process

TZ = "Europe/Amsterdam"
SAM, PRIYA = "sam@example.com", "priya@example.com"
WAIT = 5000


@pytest.fixture
def cover_service(paths: AppPaths, clock: FakeClock) -> Iterator[Boundary]:
    """The local account and a 'Work' account that forwards (switched by the app) and asks
    mail tips; Sam and Priya as backups."""
    registry = ProviderRegistry.of([LocalProvider, CoverProvider])
    svc, _ = Boundary.open(paths, clock, timezone=TZ, registry=registry, timeout=2.0)
    svc.profile.identity.name = "Ana Silva"
    svc.profile.backups = [Backup("Sam Lee", SAM), Backup("Priya Shah", PRIYA)]
    svc.profile.accounts = [
        Account("This computer", "local"),
        Account("Work", "cover", {"email": "ana@example.com"}),
    ]
    save_profile(svc.profile, paths.profile)
    yield svc
    svc.close()


@pytest.fixture
def cover_controller(
    cover_service: Boundary, qtbot: QtBot, clock: FakeClock
) -> Iterator[Controller]:
    controller = Controller(
        cover_service,
        monotonic=lambda: (clock.now - START).total_seconds(),
        runner=in_process(cover_service),
    )
    yield controller
    qtbot.waitUntil(lambda: not controller.busy, timeout=WAIT)
    controller.shutdown()


@pytest.fixture(autouse=True)
def _panels_closed() -> Iterator[None]:
    yield
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, ResultPanel):
            widget.close()


def open_dialog(controller: Controller, qtbot: QtBot) -> GoAwayDialog:
    dialog = GoAwayDialog(controller)
    qtbot.addWidget(dialog)
    dialog.show()
    # The availability is asked in a worker when the dialog opens: let it answer.
    qtbot.waitUntil(lambda: dialog.backups_job is None, timeout=WAIT)
    return dialog


def go(dialog: GoAwayDialog, qtbot: QtBot) -> ResultPanel:
    dialog.update_preview()
    qtbot.mouseClick(dialog.go_button, Qt.MouseButton.LeftButton)
    panel = dialog.result_panel
    assert panel is not None
    qtbot.waitUntil(panel.results_shown, timeout=WAIT)
    return panel


@pytest.mark.parametrize("cover", [Cover.REPLY, Cover.FORWARD, Cover.BOTH])
def test_each_cover_goes_away_with_it_and_the_forwarding_follows(
    cover: Cover, cover_controller: Controller, cover_service: Boundary, qtbot: QtBot
) -> None:
    dialog = open_dialog(cover_controller, qtbot)
    assert dialog.cover is Cover.REPLY  # today's way, unless the person chooses
    dialog.cover_buttons[cover].click()
    assert dialog.request().cover is cover
    panel = go(dialog, qtbot)

    status = cover_service.status()
    assert status.away is not None and status.away.cover is cover
    for account in status.accounts:
        forwarding = account.forwarding
        assert forwarding is not None and forwarding.ok, account.account
        assert forwarding.desired.enabled is cover.forwards
        assert account.desired.enabled is cover.replies
        if cover.forwards:
            assert forwarding.desired.to == SAM
    work = CoverProvider.rules.get("Work")
    assert (work is not None and work.enabled and work.to == SAM) is cover.forwards
    text = panel.results_text()
    assert ("Forwarding on This computer and Work." in text) is cover.forwards
    assert ("No auto-reply is sent" in text) is (cover is Cover.FORWARD)


def test_the_go_button_and_the_channel_list_say_what_forwarding_will_do(
    cover_controller: Controller, qtbot: QtBot
) -> None:
    dialog = open_dialog(cover_controller, qtbot)
    dialog.update_preview()
    assert dialog.go_button.text().startswith("Set the reply on 2 account")
    # The trial account (this computer) keeps a calendar event too; Work's kind has none.
    assert dialog.channels_note.text() == "This computer: auto-reply, calendar\nWork: auto-reply"
    dialog.cover_buttons[Cover.FORWARD].click()
    dialog.update_preview()
    assert dialog.go_button.text().startswith("Forward mail to Sam on 2 account")
    # Silent cover: no reply, but colleagues still see the out-of-office event.
    assert dialog.channels_note.text() == ("This computer: forwarding, calendar\nWork: forwarding")
    # Work's rule has no dates: the app switches it, and must be running then.
    assert "Work forwards only while Boundary runs" in dialog.warning_label.text()
    # No reply goes out: the message is greyed, and a line says why.
    assert not dialog.message_tabs.isEnabled()
    assert dialog.no_reply_note.isVisible()
    assert dialog.no_reply_note.text().startswith("No auto-reply is sent")
    dialog.cover_buttons[Cover.BOTH].click()
    dialog.update_preview()
    assert dialog.go_button.text().startswith("Set the reply and forward to Sam on 2 account")
    assert "Work: auto-reply, forwarding" in dialog.channels_note.text()
    assert dialog.message_tabs.isEnabled() and not dialog.no_reply_note.isVisible()


def test_a_backup_outside_the_accounts_domain_is_warned_about(
    cover_controller: Controller, cover_service: Boundary, qtbot: QtBot
) -> None:
    cover_service.profile.backups[0].email = "sam@elsewhere.test"
    dialog = open_dialog(cover_controller, qtbot)
    dialog.cover_buttons[Cover.FORWARD].click()
    dialog.update_preview()
    assert "sam@elsewhere.test is outside the organisation of Work" in (dialog.warning_label.text())
    assert dialog.warning_label.isVisibleTo(dialog)


def test_forwarding_is_disabled_and_explained_when_no_account_can_forward(
    controller: Controller, two_accounts: Boundary, qtbot: QtBot
) -> None:
    # memory and plain keep no forwarding rule; the local one does: drop it.
    two_accounts.profile.accounts = [a for a in two_accounts.profile.accounts if a.kind != "local"]
    dialog = open_dialog(controller, qtbot)
    assert not dialog.cover_buttons[Cover.FORWARD].isEnabled()
    assert not dialog.cover_buttons[Cover.BOTH].isEnabled()
    assert dialog.cover_buttons[Cover.REPLY].isChecked()
    assert "none of your accounts can forward" in dialog.cover_note.text()


def test_forwarding_is_disabled_when_no_backup_has_an_address(
    cover_controller: Controller, cover_service: Boundary, qtbot: QtBot
) -> None:
    cover_service.profile.backups = []
    dialog = open_dialog(cover_controller, qtbot)
    assert not dialog.cover_buttons[Cover.FORWARD].isEnabled()
    assert "add a backup with an email address" in dialog.cover_note.text()


def test_changing_the_away_period_opens_with_its_cover(
    cover_controller: Controller, qtbot: QtBot
) -> None:
    dialog = open_dialog(cover_controller, qtbot)
    dialog.cover_buttons[Cover.BOTH].click()
    go(dialog, qtbot)
    again = open_dialog(cover_controller, qtbot)
    assert again.current is not None
    assert again.cover is Cover.BOTH
    again.cover_buttons[Cover.REPLY].click()
    again.update_preview()
    assert "This computer: auto-reply, calendar, forwarding off" in again.channels_note.text()


def test_the_availability_job_words_who_is_away_and_ticks_the_first_available(
    cover_controller: Controller, cover_service: Boundary, qtbot: QtBot, clock: FakeClock
) -> None:
    # Sam's own auto-reply is on until Friday: the worker's mail tips say so.
    friday = datetime(2026, 11, 27, 17, 0, tzinfo=clock.now.tzinfo)
    CoverProvider.away[SAM] = ColleagueAway(
        SAM, away=True, start=clock.now - timedelta(days=1), end=friday, message="On leave."
    )
    dialog = GoAwayDialog(cover_controller)
    qtbot.addWidget(dialog)
    # At once, from what is known (nothing yet): Sam, first in the roster, is ticked.
    assert dialog.chosen_backups() == ["Sam Lee"]
    assert dialog.backups_job is not None
    qtbot.waitUntil(lambda: dialog.backups_job is None, timeout=WAIT)
    assert CoverProvider.tips_asked == [(SAM, PRIYA)]
    assert dialog.chosen_backups() == ["Priya Shah"]  # the first available now
    sam = dialog.backup_list.item(0)
    assert sam is not None and "own auto-reply is on until Fri 27 Nov" in sam.text()
    assert "On leave." in sam.toolTip()
    # The person still chooses: ticking Sam says who covers instead.
    sam.setCheckState(Qt.CheckState.Checked)
    assert dialog.availability_note.text() == (
        "Sam's own auto-reply is on until Fri 27 Nov 18:00 — Priya covers instead"
    )


def test_a_backup_marked_away_by_hand_is_shown_and_skipped(
    cover_controller: Controller, cover_service: Boundary, qtbot: QtBot
) -> None:
    cover_service.profile.backups[0].away_until = date(2026, 12, 12)
    dialog = open_dialog(cover_controller, qtbot)
    assert dialog.chosen_backups() == ["Priya Shah"]
    sam = dialog.backup_list.item(0)
    assert sam is not None and "marked away until Sat 12 Dec" in sam.text()


def test_the_tray_counts_the_accounts_and_their_forwarding(
    cover_controller: Controller, cover_service: Boundary, qtbot: QtBot
) -> None:
    dialog = open_dialog(cover_controller, qtbot)
    dialog.cover_buttons[Cover.BOTH].click()
    go(dialog, qtbot)
    assert reach_line(cover_service.status()) == (
        "Away on 2 account(s), forwarding on 2, calendar on 1"
    )
