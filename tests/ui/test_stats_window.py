"""The Statistics window: the journal's figures in a table and a chart painted with QPainter."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from pytestqt.qtbot import QtBot

from boundary_app.core.journal import CheckRecord, Forward, ReplyPeriod
from boundary_app.core.stats import FIGURES
from boundary_app.providers.base import Audience
from boundary_app.ui.controller import Controller
from boundary_app.ui.stats_window import StatsWindow, show_statistics
from tests.fakes import START, FakeClock

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
    first, second = window.table.item(0, 0), window.table.item(1, 0)
    assert first is not None and first.text() == "23–29 Nov"  # weeks by their dates
    assert second is not None and second.text() == "16–22 Nov"
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
    assert "23–29 Nov" in described
    assert "windows kept: 1" in described and "overrun: 1 (12 min)" in described
    assert "messages forwarded: 1" in described
    assert chart.toolTip().startswith("23–29 Nov: ")
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
    assert "16–22 Nov" in chart.accessibleDescription()
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
    # One empty-state message: in the summary, not painted over the chart as well.
    assert window.summary_label.text() == "Nothing on record in these weeks yet."


def test_a_change_of_state_reads_the_record_again(controller: Controller, qtbot: QtBot) -> None:
    window = show_statistics(controller)
    qtbot.addWidget(window)
    assert cell(window, 0, "kept") == "0"
    fill(controller)
    controller.refresh()
    assert cell(window, 0, "kept") == "1"


def test_a_week_across_two_months_is_named_by_both(
    controller: Controller, qtbot: QtBot, clock: FakeClock
) -> None:
    clock.now = START + timedelta(days=7)
    window = show_statistics(controller)
    qtbot.addWidget(window)
    first = window.table.item(0, 0)
    assert first is not None and first.text() == "30 Nov – 6 Dec"


def test_windows_days_and_interruptions_each_have_their_own_axis(
    controller: Controller, qtbot: QtBot
) -> None:
    journal = controller.service.journal
    for day in range(2):  # twelve windows last week, and an away day this week
        for hour in range(6):
            at = MONDAY - timedelta(weeks=1) + timedelta(days=day, hours=hour)
            journal.save_check(CheckRecord(at, at + 15 * MINUTE, True, "missed"))
    journal.add_away(
        ReplyPeriod(MONDAY - timedelta(hours=9), START + timedelta(hours=4), "vacation",
                   "", "", "", Audience.ALL),
        MONDAY - timedelta(days=3),
    )  # fmt: skip
    window = show_statistics(controller)
    qtbot.addWidget(window)
    window.resize(860, 560)
    chart = window.chart
    image = chart.grab().toImage()
    checks, days, _interruptions = chart._plots()

    def rows_of(colour: str) -> set[int]:
        wanted = QColor(colour).rgb()
        return {
            y
            for y in range(image.height())
            for x in range(0, image.width(), 2)
            if image.pixel(x, y) == wanted
        }

    missed, away = rows_of("#d9453a"), rows_of("#9b6fd6")
    assert missed and away
    assert all(checks.top() <= y <= checks.bottom() for y in missed)
    assert all(days.top() <= y <= days.bottom() for y in away)
    # One away day (Monday; Tuesday has not reached midday) of seven, whatever the windows.
    assert abs(len(away) - days.height() / 7) <= 2
