"""The way back and the evaluation in the app: the briefing window and the tray's "Welcome
back", the evaluation window (notes, one-click plan changes, the PDF), the tray's actions."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QSystemTrayIcon
from pytestqt.qtbot import QtBot

from boundary_app.core.checks import Due
from boundary_app.core.journal import Forward
from boundary_app.core.profile import load_profile
from boundary_app.core.service import AwayRequest
from boundary_app.core.stats import totals, week_stats
from boundary_app.providers.base import MailSummary
from boundary_app.ui.briefing_window import BriefingWindow
from boundary_app.ui.controller import Controller
from boundary_app.ui.review_window import ReviewWindow, evaluation_html, write_pdf
from boundary_app.ui.shell import CLIENT_ACTIONS, Shell
from tests.fakes import FakeClock, MemoryProvider
from tests.ui.stand_in import record_away, record_back

WAIT = 5000
HOUR = timedelta(hours=1)


def away_and_back(controller: Controller, qtbot: QtBot, clock: FakeClock) -> None:
    """Away for two days with Sam covering; three messages came in, Sam took one."""
    service = controller.service
    start = clock()
    period = service.prepare_away(AwayRequest(until=start + timedelta(days=2), backups=["Sam"]))
    with qtbot.waitSignal(controller.push_finished, timeout=WAIT):
        record_away(controller, period)
    MemoryProvider.mail = [
        MailSummary("m1", "Jo <jo@acme.example>", "Contract", start + HOUR, "https://m/1"),
        MailSummary("m2", "Jo <jo@acme.example>", "Contract 2", start + 2 * HOUR, unread=True),
        MailSummary("m3", "bo@x.test", "Hello", start + 3 * HOUR, unread=False),
    ]
    service.journal.record_forward(Forward(start + 4 * HOUR, "Work", "m1", "sam@example.com"))
    clock.advance(timedelta(days=1))


def test_the_briefing_lists_the_mail_by_sender_with_open_and_the_thank_you(
    controller: Controller, qtbot: QtBot, clock: FakeClock
) -> None:
    away_and_back(controller, qtbot, clock)
    with qtbot.waitSignal(controller.push_finished, timeout=WAIT):
        record_back(controller)
    window = BriefingWindow(controller)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.loading, timeout=WAIT)
    assert window.summary_label.text().startswith(
        "Welcome back — 3 message(s), 1 taken by Sam Lee, 1 still unread. You were away from"
    )
    tree = window.tree
    assert tree.topLevelItemCount() == 2
    jo = tree.topLevelItem(0)
    assert jo.text(0) == "Jo <jo@acme.example>" and jo.childCount() == 2
    assert [jo.child(i).text(3) for i in range(2)] == ["unread", "to Sam Lee"]
    assert not window.open_button.isEnabled()
    tree.setCurrentItem(jo.child(1))
    assert window.open_button.isEnabled()
    composer = window.composer
    assert composer.to_edit.text() == "sam@example.com"
    assert "Of the mail that came in, 1 went to you." in composer.text_edit.toPlainText()
    assert window.first_check_label.text().startswith("First mail check after your return:")
    assert MemoryProvider.sent == []  # only a send sends


def test_the_tray_says_welcome_back_once_when_time_away_ends(
    controller: Controller, qtbot: QtBot, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    shell = Shell(controller, use_tray=QSystemTrayIcon.isSystemTrayAvailable())
    qtbot.addWidget(shell.window)
    said: list[tuple[str, str]] = []
    clicks: list[Callable[[], None] | None] = []

    def notify(title: str, text: str, on_click: Callable[[], None] | None = None) -> None:
        said.append((title, text))
        clicks.append(on_click)

    monkeypatch.setattr(shell, "notify", notify)
    away_and_back(controller, qtbot, clock)
    assert said == []  # still away
    with qtbot.waitSignal(controller.push_finished, timeout=WAIT):
        record_back(controller)
    qtbot.waitUntil(lambda: bool(said), timeout=WAIT)
    assert said[0][0] == "Welcome back"
    assert said[0][1].startswith("Welcome back — 3 message(s), 1 taken by Sam Lee, 1 still unread.")
    controller.refresh()
    qtbot.wait(50)
    assert len(said) == 1  # once per away period
    click = clicks[0]
    assert click is not None
    click()  # the person clicks the notification
    assert "briefing" in shell.dialogs
    for dialog in list(shell.dialogs.values()):
        dialog.close()


def test_the_tray_has_the_new_actions_and_the_evaluation_opens_when_due(
    controller: Controller, qtbot: QtBot
) -> None:
    shell = Shell(controller, use_tray=QSystemTrayIcon.isSystemTrayAvailable())
    qtbot.addWidget(shell.window)
    menu = [a.text() for a in shell.menu.actions()]
    for text in (
        "Answer a &missed call…",
        "&Log an interruption…",
        "&Voicemail greeting…",
        "&Return briefing…",
        "&Evaluation…",
    ):
        assert text in menu
    assert set(CLIENT_ACTIONS) <= set(shell.window.buttons)
    shell.on_check_due(Due("evaluate"))
    assert "review" in shell.dialogs and shell.dialogs["review"].isVisible()
    for key in ("missed_call", "interruption", "voicemail"):
        shell.actions[key].trigger()
        assert shell.dialogs[key].isVisible()
    for dialog in list(shell.dialogs.values()):
        dialog.close()


@pytest.fixture
def review(controller: Controller, qtbot: QtBot) -> Iterator[ReviewWindow]:
    window = ReviewWindow(controller)
    qtbot.addWidget(window)
    window.show()
    yield window


def test_the_evaluation_shows_the_figures_of_statistics(
    review: ReviewWindow, controller: Controller
) -> None:
    service = controller.service
    profile = service.profile
    weeks = week_stats(service.journal, profile.checks, profile.tz, service.clock(), 1)
    assert review.found.totals == totals(weeks)
    assert review.title_label.text().startswith("Evaluation of the plan since Tuesday")
    assert review.figures[0] == ("Mail-check windows kept", "0 / 0")
    assert review.figures[-1] == ("Next evaluation", "Tuesday 19 January")
    assert review.trend_table.rowCount() == 1


def test_notes_are_saved_and_the_plan_changed_in_one_click(
    review: ReviewWindow, controller: Controller
) -> None:
    review.note_edits["productive"].setPlainText("Yes")
    review.note_edits["changes"].setPlainText("Focus on Thursdays")
    review.save_button.click()
    assert review.state_label.text() == "Notes saved. The next evaluation: Tuesday 19 January."
    notes = controller.service.journal.reviews()[-1]
    assert (notes.productive, notes.obstacles, notes.changes) == ("Yes", "", "Focus on Thursdays")

    review.focus_box.setCurrentIndex(review.focus_box.findData(3))
    review.move_focus_button.click()
    assert load_profile(controller.service.paths.profile).checks.focus_weekdays == {3}
    review.times_edit.setText("9:30, 9:40")
    review.change_windows_button.click()
    assert "overlap" in review.state_label.text()
    review.times_edit.setText("9:30, 13:00, 16:30")
    review.minutes_box.setValue(20)
    review.change_windows_button.click()
    checks = load_profile(controller.service.paths.profile).checks
    assert [f"{t:%H:%M}" for t in checks.times] == ["09:30", "13:00", "16:30"]
    assert checks.minutes == 20 and checks.focus_weekdays == {3}
    assert review.state_label.text() == "Your plan is changed."


def test_the_pdf_is_one_page_that_renders(
    review: ReviewWindow, tmp_path: Path, controller: Controller
) -> None:
    review.note_edits["obstacles"].setPlainText("Acme's new manager calls <b>six</b> times a day.")
    path = tmp_path / "evaluation.pdf"
    assert review.export_pdf(path)
    assert path.read_bytes().startswith(b"%PDF")
    assert review.state_label.text() == f"Saved as {path}."
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (Debian: poppler-utils) is not installed")
    done = subprocess.run(
        ["pdftoppm", "-r", "30", "-png", str(path), str(tmp_path / "page")],
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert [p.name for p in tmp_path.glob("page*.png")] == ["page-1.png"]


def test_a_long_record_and_long_notes_still_fit_one_page(
    review: ReviewWindow, tmp_path: Path
) -> None:
    from dataclasses import replace

    found = replace(review.found, since=date(2024, 1, 1), weeks=review.found.weeks * 120)
    assert write_pdf(tmp_path / "short.pdf", evaluation_html(found, "Ana", {})) == 1.0
    page = evaluation_html(found, "Ana Silva", {"productive": "Yes.\n" * 80})
    assert write_pdf(tmp_path / "long.pdf", page) < 1.0  # drawn smaller, on the one page
    if shutil.which("pdftoppm") is not None:
        subprocess.run(
            ["pdftoppm", "-r", "20", "-png", str(tmp_path / "long.pdf"), str(tmp_path / "p")],
            check=True,
            timeout=60,
        )
        assert [p.name for p in tmp_path.glob("p*.png")] == ["p-1.png"]
