"""The Statistics window: the journal's figures in a table and a chart painted with QPainter."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from pytestqt.qtbot import QtBot

from boundary_app.core.journal import CheckRecord, Forward
from boundary_app.core.stats import FIGURES
from boundary_app.ui.controller import Controller
from boundary_app.ui.stats_window import StatsWindow, show_statistics
from tests.fakes import START

MINUTE = timedelta(minutes=1)
MONDAY = START - timedelta(days=1)  # Monday 23 November, 09:00 in Amsterdam


def fill(controller: Controller) -> None:
    journal = controller.service.journal
    kept = MONDAY + timedelta(hours=1)
    journal.save_check(
        CheckRecord(kept, kept + 15 * MINUTE, True, "kept", opened=kept, closed=kept + 9 * MINUTE)
    )
    late = MONDAY + timedelta(hours=7)
    journal.save_check(
        CheckRecord(
            late, late + 15 * MINUTE, True, "overrun", opened=late, closed=late + 27 * MINUTE
        )
    )
    before = kept - timedelta(weeks=1)
    journal.save_check(CheckRecord(before, before + 15 * MINUTE, True, "missed"))
    skipped = before + timedelta(hours=6)
    journal.save_check(CheckRecord(skipped, skipped + 15 * MINUTE, True, "skipped"))
    journal.record_forward(Forward(kept, "Work", "m1", "sam@example.com"))


def cell(window: StatsWindow, row: int, key: str) -> str:
    item = window.table.item(row, FIGURES.index(key) + 1)
    assert item is not None
    return item.text()


def test_the_table_shows_the_journals_figures_newest_week_first(
    controller: Controller, qtbot: QtBot
) -> None:
    fill(controller)
    window = show_statistics(controller)
    qtbot.addWidget(window)
    assert window.isVisible()
    assert window.table.rowCount() == 9  # eight weeks and the totals
    first = window.table.item(0, 0)
    assert first is not None and first.text().startswith("W48")
    assert (cell(window, 0, "kept"), cell(window, 0, "overrun")) == ("1", "1")
    assert cell(window, 0, "overrun_minutes") == "12"
    assert cell(window, 0, "forwarded") == "1"
    assert (cell(window, 1, "missed"), cell(window, 1, "skipped")) == ("1", "1")
    total = window.table.item(8, 0)
    assert total is not None and total.text() == "Total"
    assert (cell(window, 8, "kept"), cell(window, 8, "missed")) == ("1", "1")
    assert window.summary_label.text() == (
        "Mail-check windows kept: 1 of 4 · overrun: 1 · missed: 1"
    )


def test_the_weeks_selector_reads_again(controller: Controller, qtbot: QtBot) -> None:
    window = StatsWindow(controller)
    qtbot.addWidget(window)
    assert [window.weeks_box.itemData(i) for i in range(window.weeks_box.count())] == [
        4,
        8,
        12,
        26,
    ]
    window.weeks_box.setCurrentIndex(0)
    assert window.table.rowCount() == 5
    assert len(window.chart.weeks) == 4
    window.weeks_box.setCurrentIndex(3)
    assert window.table.rowCount() == 27


def test_the_chart_paints_and_names_the_figures(controller: Controller, qtbot: QtBot) -> None:
    fill(controller)
    window = show_statistics(controller)
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    chart = window.chart
    image = chart.grab()
    assert not image.isNull() and chart.paints > 0
    described = chart.accessibleDescription()
    assert "Week 48" in described
    assert "windows kept: 1" in described and "overrun: 1 (12 min)" in described
    assert "messages forwarded: 1" in described
    assert chart.toolTip().startswith("Week 48")
    assert window.week_label.text() == chart.toolTip()


def test_the_chart_is_keyboard_accessible(controller: Controller, qtbot: QtBot) -> None:
    fill(controller)
    window = show_statistics(controller)
    qtbot.addWidget(window)
    chart = window.chart
    assert chart.focusPolicy() == Qt.FocusPolicy.StrongFocus
    assert chart.selected == 7
    qtbot.keyClick(chart, Qt.Key.Key_Left)
    assert chart.selected == 6
    assert "Week 47" in chart.accessibleDescription()
    assert "missed: 1" in window.week_label.text()
    qtbot.keyClick(chart, Qt.Key.Key_Home)
    assert chart.selected == 0
    qtbot.keyClick(chart, Qt.Key.Key_Left)
    assert chart.selected == 0
    qtbot.keyClick(chart, Qt.Key.Key_End)
    assert chart.selected == 7
    chart.grab()  # paints with a week chosen


def test_an_empty_record_and_a_dark_palette_paint(controller: Controller, qtbot: QtBot) -> None:
    window = StatsWindow(controller)
    qtbot.addWidget(window)
    palette = window.palette()
    palette.setColor(QPalette.ColorRole.Window, Qt.GlobalColor.black)
    palette.setColor(QPalette.ColorRole.WindowText, Qt.GlobalColor.white)
    window.setPalette(palette)
    before = window.chart.paints
    assert not window.chart.grab().isNull()
    assert window.chart.paints > before
    assert window.summary_label.text() == "No mail-check windows on record in these weeks."


def test_a_change_of_state_reads_the_record_again(controller: Controller, qtbot: QtBot) -> None:
    window = show_statistics(controller)
    qtbot.addWidget(window)
    assert cell(window, 0, "kept") == "0"
    fill(controller)
    controller.refresh()
    assert cell(window, 0, "kept") == "1"
