"""What core and providers say by code reads in the app's language on its screens."""

from __future__ import annotations

from datetime import timedelta
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from boundary_app.core.jobs import error_from_json, error_json
from boundary_app.core.service import AwayRequest, Boundary, InputError
from boundary_app.providers.base import NeedsSignIn, Said
from boundary_app.ui.away_dialog import GoAwayDialog
from boundary_app.ui.controller import Controller
from boundary_app.ui.languages import Translators
from boundary_app.ui.settings.dialog import SettingsDialog
from boundary_app.ui.texts import said_text

WAIT = 3000


def test_the_trial_account_is_tested_in_dutch_in_settings(
    controller: Controller, qtbot: QtBot, translators: Translators
) -> None:
    translators.apply("nl")
    dialog = SettingsDialog(controller)
    qtbot.addWidget(dialog)
    dialog.show()
    tab = dialog.accounts_tab
    cell = tab.account_table.item(0, 0)
    assert cell is not None and cell.text() == "Deze computer"
    tab.account_table.selectRow(0)
    tab.test_account_button.click()
    qtbot.waitUntil(tab.test_account_button.isEnabled, timeout=WAIT)
    assert tab.account_result.text() == (
        "Deze computer: Verbonden. Er staat geen afwezigheidsbericht."
    )


def test_the_go_away_dialog_names_the_trial_in_indonesian(
    controller: Controller, qtbot: QtBot, translators: Translators
) -> None:
    translators.apply("id")
    dialog = GoAwayDialog(controller)
    qtbot.addWidget(dialog)
    accounts = dialog.account_list
    shown = [accounts.item(row).text() for row in range(accounts.count())]
    assert shown[0] == "Komputer ini"
    assert "This computer" not in shown


def test_a_refused_end_reads_in_dutch_after_crossing_from_the_worker(
    two_accounts: Boundary, translators: Translators
) -> None:
    """An end before the start: the rule's code and moments cross the worker's JSON, and the
    tray words them with its own dates."""
    translators.apply("nl")
    now = two_accounts.clock()
    try:
        two_accounts.prepare_away(
            AwayRequest(start=now + timedelta(days=3), until=now + timedelta(days=2))
        )
    except InputError as error:
        crossed = error_from_json(error_json(error))
    tz = two_accounts.profile.tz
    words = said_text(crossed, tz)
    assert words.startswith("Het einde (") and "moet na het begin (" in words
    assert " om " in words and "must" not in words


def test_a_wrong_password_crosses_the_worker_with_its_code(translators: Translators) -> None:
    translators.apply("id")
    error = NeedsSignIn(Said("wrong-password", service="IMAP", host="mail.example", user="ana"))
    crossed = error_from_json(error_json(error))
    assert str(crossed) == str(error)  # the English for the log
    assert said_text(crossed, ZoneInfo("UTC")) == (
        "Server IMAP mail.example menolak nama pengguna atau kata sandi untuk ana; masukkan "
        "lagi di Pengaturan → Akun."
    )


def test_the_go_away_channel_list_names_the_trial_in_dutch(
    controller: Controller, qtbot: QtBot, translators: Translators
) -> None:
    translators.apply("nl")
    dialog = GoAwayDialog(controller)
    qtbot.addWidget(dialog)
    dialog.update_preview()
    first = dialog.channels_note.text().splitlines()[0]
    assert first.startswith("Deze computer: afwezigheidsbericht")
    assert "This computer" not in dialog.channels_note.text()


def test_a_drift_kept_in_the_journal_reads_in_dutch_in_the_tray(translators: Translators) -> None:
    """The reconciler's sentences are kept as English text in the journal; the tray matches
    them back to their codes and words them, several in a row too."""
    from boundary_app.core.channels import FORWARD_DRIFT
    from boundary_app.core.reconciler import DRIFT_MESSAGE, NOT_SENT

    utc = ZoneInfo("UTC")
    kept = str(DRIFT_MESSAGE)  # as the journal gives it back: no codes
    assert kept == "The reply was changed outside Boundary (for example in webmail)."
    translators.apply("nl")
    assert said_text(kept, utc) == (
        "Het afwezigheidsbericht is buiten Boundary gewijzigd (bijvoorbeeld in webmail)."
    )
    assert said_text(f"{FORWARD_DRIFT} {NOT_SENT}", utc) == (
        "Het doorsturen naar je vervanger is buiten Boundary gewijzigd of verwijderd "
        "(bijvoorbeeld in webmail). Nog niet verstuurd."
    )
    translators.apply("id")
    assert said_text(kept, utc) == "Balasan otomatis diubah di luar Boundary (misalnya di webmail)."
    assert said_text("The server said something of its own.", utc) == (
        "The server said something of its own."
    )


def test_a_sign_in_says_what_it_does_in_dutch(qtbot: QtBot, translators: Translators) -> None:
    """The worker sends a sign-in's progress with its codes; the panel words it."""
    from boundary_app.ui.account_dialog import SignInPanel
    from boundary_app.ui.worker_bridge import progress_text
    from boundary_app.worker import progress_event

    translators.apply("nl")
    host = QWidget()
    qtbot.addWidget(host)
    panel = SignInPanel(host)
    line = progress_text(progress_event(Said("signin-opening", service="Microsoft 365")))
    panel.say(line)
    assert panel.label.text() == "De browser wordt geopend om in te loggen bij Microsoft 365…"
    sent = progress_event(Said("signin-done-as", service="Microsoft 365", who="ana@example.com"))
    assert sent["text"] == "Signed in to Microsoft 365 as ana@example.com."  # for the log
    panel.say(progress_text(sent))
    assert panel.label.text() == "Ingelogd bij Microsoft 365 als ana@example.com."
