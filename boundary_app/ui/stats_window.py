"""Statistics: the record week by week, as a bar chart and as a table.

Three panels over the same weeks, each with its own axis: the mail checks (the scheduled
windows stacked by how they went: kept, overrun, skipped, missed; beside them the unscheduled
checks); the days (focus days and away days, out of the week's seven); and the interruptions
logged (per client under the chart). Weeks are named by their dates ("30 Nov – 6 Dec"). The
chart is painted with QPainter (no QtCharts); colours are mid-tones that read on light and dark
palettes, text and lines come from the palette. The chart takes the keyboard focus:
Left/Right (Home/End) choose a week, whose figures are shown under the chart, in the tooltip
and in the accessible description. The table holds the same figures and the totals.

The figures are read from the local journal when the window opens, when the number of weeks
changes, and when the state changes (a check closed, an away period recorded).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QEvent,
    QLocale,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from boundary_app.core.stats import FIGURES, Counts, WeekStats, clients_total, totals, week_stats
from boundary_app.ui import texts
from boundary_app.ui.controller import Controller
from boundary_app.ui.languages import Words
from boundary_app.ui.widgets import text_label

WEEK_CHOICES = (4, 8, 12, 26)
DEFAULT_WEEKS = 8


@dataclass(frozen=True)
class Series:
    key: str
    color: str


# Mid-tones: each keeps at least 3:1 against white and against a dark window (#2b2b2b)
# or is told apart by its place in the stack and the legend.
SERIES = (
    Series("kept", "#2e9d5b"),
    Series("overrun", "#e08a1e"),
    Series("skipped", "#8a94a6"),
    Series("missed", "#d9453a"),
    Series("unscheduled", "#3b7dd8"),
    Series("focus_days", "#17a2a2"),
    Series("away_days", "#9b6fd6"),
    Series("interruptions", "#c2407a"),
)


class StatsText(Words):
    """Words of this window outside a widget method."""


@dataclass(frozen=True)
class Panel:
    """A part of the chart with its own axis: its stacks of bars, side by side per week."""

    key: str
    stacks: tuple[tuple[str, ...], ...]
    top: int | None = None
    """A fixed top for the axis (a week has seven days), else one above the highest bar."""


PANELS = (
    Panel("checks", (("kept", "overrun", "skipped", "missed"), ("unscheduled",))),
    Panel("days", (("focus_days", "away_days"),), top=7),
    Panel("interruptions", (("interruptions",),)),
)
STACKS = tuple(stack for panel in PANELS for stack in panel.stacks)


def panel_title(key: str) -> str:
    return {
        "checks": StatsText.tr("Mail checks"),
        "days": StatsText.tr("Days (of 7)"),
        "interruptions": StatsText.tr("Interruptions"),
    }[key]


def series_name(key: str) -> str:
    """The legend's word for a series."""
    names = {
        "kept": StatsText.tr("Kept"),
        "overrun": StatsText.tr("Overrun"),
        "skipped": StatsText.tr("Skipped"),
        "missed": StatsText.tr("Missed"),
        "unscheduled": StatsText.tr("Unscheduled checks"),
        "focus_days": StatsText.tr("Focus days"),
        "away_days": StatsText.tr("Away days"),
        "interruptions": StatsText.tr("Interruptions"),
    }
    return names[key]


def series_hint(key: str) -> str:
    """What a series counts, where a word is not enough (the legend's and table's tooltips)."""
    if key == "away_days":
        return StatsText.tr(
            "Days you were away at midday. A shorter absence (a morning, an afternoon) is not "
            "an away day; today counts once midday has passed."
        )
    if key == "focus_days":
        return StatsText.tr("Focus days that have begun, unless you were away that day.")
    return ""


def week_label(week: WeekStats) -> str:
    """ "30 Nov – 6 Dec": the week by its dates, Monday to Sunday."""
    return texts.days_text(week.start, week.end)


def describe(counts: Counts) -> str:
    """Every figure of a week (or the totals), as "label: number" (no plural forms needed)."""
    overrun = (
        StatsText.tr("overrun: %1 (%2 min)") if counts.overrun else StatsText.tr("overrun: %1")
    )
    parts = [
        StatsText.tr("windows kept: %1").replace("%1", str(counts.kept)),
        overrun.replace("%1", str(counts.overrun)).replace("%2", str(counts.overrun_minutes)),
        StatsText.tr("skipped: %1").replace("%1", str(counts.skipped)),
        StatsText.tr("missed: %1").replace("%1", str(counts.missed)),
        StatsText.tr("snoozed: %1").replace("%1", str(counts.snoozed)),
        StatsText.tr("unscheduled checks: %1").replace("%1", str(counts.unscheduled)),
        StatsText.tr("messages forwarded: %1").replace("%1", str(counts.forwarded)),
        StatsText.tr("away days: %1").replace("%1", str(counts.away_days)),
        StatsText.tr("focus days: %1").replace("%1", str(counts.focus_days)),
        StatsText.tr("interruptions: %1").replace("%1", str(counts.interruptions)),
    ]
    return StatsText.tr("%1.").replace("%1", ", ".join(parts))


def week_description(week: WeekStats) -> str:
    """ "23–29 Nov: windows kept: 4, overrun: 1 (7 min), …" """
    return StatsText.tr("%1: %2").replace("%1", week_label(week)).replace("%2", describe(week))


class StatsChart(QWidget):
    """The bar chart. ``selected`` is the index of the chosen week (the newest at first)."""

    week_chosen = Signal(object)
    """The ``WeekStats`` now chosen (None when there are no weeks)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.weeks: list[WeekStats] = []
        self.selected = -1
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(480, 260)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Chart of the record per week"))
        self.paints = 0

    def sizeHint(self) -> QSize:
        return QSize(720, 320)

    def set_weeks(self, weeks: Sequence[WeekStats]) -> None:
        self.weeks = list(weeks)
        self.selected = len(self.weeks) - 1
        self._describe()
        self.update()

    def select(self, index: int) -> None:
        if not self.weeks:
            return
        self.selected = max(0, min(index, len(self.weeks) - 1))
        self._describe()
        self.update()

    def selected_week(self) -> WeekStats | None:
        return self.weeks[self.selected] if 0 <= self.selected < len(self.weeks) else None

    def _describe(self) -> None:
        week = self.selected_week()
        text = week_description(week) if week else self.tr("No weeks to show.")
        self.setToolTip(text)
        self.setAccessibleDescription(
            text + " " + self.tr("Use the Left and Right arrow keys to choose another week.")
        )
        self.week_chosen.emit(week)

    # --- keyboard and mouse ---------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        moves = {
            Qt.Key.Key_Left: self.selected - 1,
            Qt.Key.Key_Right: self.selected + 1,
            Qt.Key.Key_Home: 0,
            Qt.Key.Key_End: len(self.weeks) - 1,
        }
        key = Qt.Key(event.key())
        if key in moves and self.weeks:
            self.select(moves[key])
            event.accept()
            return
        super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        index = self._week_at(event.position().x())
        if index is not None:
            self.select(index)
        super().mousePressEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self._week_at(event.pos().x())
            if index is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), week_description(self.weeks[index]), self)
            return True
        return super().event(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)

    # --- geometry -------------------------------------------------------------------------

    def _plots(self) -> list[QRectF]:
        """Where each panel's bars stand (``PANELS`` from the top): each under a line for its
        title, with room for the counts on the left and the week labels at the bottom."""
        line = self.fontMetrics().height()
        left = self.fontMetrics().horizontalAdvance("888") + 14
        width = max(1.0, self.width() - left - 10)
        bottom = self.height() - line - 10
        gap = line + 10  # the next panel's title
        usable = max(2.0, bottom - line - 4 - gap * (len(PANELS) - 1))
        shares = (0.5, 0.28, 0.22)  # the mail checks, the days, the interruptions
        plots, top = [], float(line + 4)
        for share in shares[: len(PANELS)]:
            height = max(1.0, usable * share)
            plots.append(QRectF(left, top, width, height))
            top += height + gap
        return plots

    def _plot(self) -> QRectF:
        """The whole width the weeks stand in, top panel to bottom one."""
        plots = self._plots()
        return plots[0].united(plots[-1])

    def _slot(self) -> float:
        return self._plot().width() / max(1, len(self.weeks))

    def _week_at(self, x: float) -> int | None:
        plot = self._plot()
        if not self.weeks or not plot.left() <= x < plot.right():
            return None
        return min(int((x - plot.left()) / self._slot()), len(self.weeks) - 1)

    # --- painting -------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        self.paints += 1
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        painter.setFont(self.font())
        whole = self._plot()
        if 0 <= self.selected < len(self.weeks):
            highlight = palette.color(QPalette.ColorRole.Highlight)
            highlight.setAlphaF(0.35 if self.hasFocus() else 0.15)
            slot = self._slot()
            painter.fillRect(
                QRectF(whole.left() + self.selected * slot, whole.top(), slot, whole.height()),
                highlight,
            )
        for panel, plot in zip(PANELS, self._plots(), strict=True):
            self._paint_panel(painter, panel, plot)
        labelled = self._labelled_weeks()
        painter.setPen(text)
        slot = self._slot()
        for index, week in enumerate(self.weeks):
            if index in labelled:
                label = week_label(week)
                half = self.fontMetrics().horizontalAdvance(label) / 2 + 4
                middle = whole.left() + (index + 0.5) * slot
                middle = min(max(middle, half), self.width() - half)  # never cut at an edge
                painter.drawText(
                    QRectF(middle - half, whole.bottom() + 4, 2 * half, 40),
                    int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
                    label,
                )
        if self.hasFocus():
            focus = palette.color(QPalette.ColorRole.Highlight)
            painter.setPen(QPen(focus, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))
        painter.end()

    def _paint_panel(self, painter: QPainter, panel: Panel, plot: QRectF) -> None:
        """One panel: its title, its axis and grid, each week's stacks, its base line."""
        text = self.palette().color(QPalette.ColorRole.WindowText)
        line = self.fontMetrics().height()
        painter.setPen(text)
        painter.drawText(
            QRectF(plot.left(), plot.top() - line - 2, plot.width(), line),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom),
            panel_title(panel.key),
        )
        peak = max(
            [sum(getattr(w, k) for k in stack) for w in self.weeks for stack in panel.stacks] or [0]
        )
        top = panel.top if panel.top is not None else _nice_top(peak)
        scale = plot.height() / top
        self._paint_grid(painter, plot, top, scale)
        for index, week in enumerate(self.weeks):
            self._paint_week(painter, plot, scale, index, week, panel.stacks)
        painter.setPen(QPen(text, 1))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())

    def _paint_grid(self, painter: QPainter, plot: QRectF, top: int, scale: float) -> None:
        """Grid lines and the count axis, from 0 up to ``top`` in four steps or so."""
        text = self.palette().color(QPalette.ColorRole.WindowText)
        grid = QColor(text)
        grid.setAlphaF(0.18)
        metrics = self.fontMetrics()
        step = max(1, top // 4) if top % 7 else max(1, top // 7 * 7)
        for value in range(0, top + 1, step):
            y = plot.bottom() - value * scale
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(text)
            painter.drawText(
                QRectF(0, y - metrics.height() / 2, plot.left() - 6, metrics.height()),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                str(value),
            )

    def _labelled_weeks(self) -> set[int]:
        """The weeks named under the chart: as many as fit, counted back from this week (always
        named), and the selected week, whose neighbours make room for it."""
        widest = max(
            (self.fontMetrics().horizontalAdvance(week_label(w)) for w in self.weeks), default=0
        )
        every = max(1, int((widest + 12) // self._slot()) + 1)
        last = len(self.weeks) - 1
        labelled = {i for i in range(last + 1) if (last - i) % every == 0}
        if self.selected not in labelled and self.selected >= 0:
            labelled = {i for i in labelled if abs(i - self.selected) >= every}
            labelled.add(self.selected)
        return labelled

    def _paint_week(
        self,
        painter: QPainter,
        plot: QRectF,
        scale: float,
        index: int,
        week: WeekStats,
        stacks: tuple[tuple[str, ...], ...],
    ) -> None:
        """One week in one panel: its stacks of bars side by side."""
        slot = self._slot()
        most = max(len(p.stacks) for p in PANELS)  # bars as wide in every panel
        bar = min(slot * 0.8 / most, 22.0)
        x0 = plot.left() + index * slot + (slot - bar * len(stacks)) / 2
        colours = {s.key: QColor(s.color) for s in SERIES}
        for column, stack in enumerate(stacks):
            y = plot.bottom()
            for key in stack:
                height = getattr(week, key) * scale
                if height <= 0:
                    continue
                rect = QRectF(x0 + column * bar, y - height, bar - 1, height)
                painter.fillRect(rect, colours[key])
                y -= height


def _nice_top(peak: int) -> int:
    """A round top for the count axis, above the highest bar: 4, 6, 8, 10, 12, 16, …"""
    for top in (4, 6, 8, 10, 12, 16, 20, 24, 32, 40, 60, 80, 100):
        if peak < top:  # a little room above the highest bar
            return top
    return (peak // 50 + 1) * 50


class Legend(QWidget):
    """A colour swatch and a word per series, in a row that wraps."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        for series in SERIES:
            item = QHBoxLayout()
            item.setSpacing(5)
            swatch = QLabel(self)
            swatch.setFixedSize(12, 12)
            swatch.setStyleSheet(f"background: {series.color}; border-radius: 2px;")
            item.addWidget(swatch)
            word = text_label(self, series_name(series.key), wrap=False)
            word.setToolTip(series_hint(series.key))
            item.addWidget(word)
            layout.addLayout(item)
        layout.addStretch(1)
        self.setAccessibleName(StatsText.tr("Legend"))
        self.setAccessibleDescription(
            StatsText.tr(
                "For each week, above: the mail-check windows stacked as kept, overrun, skipped "
                "and missed, and the unscheduled checks; below, on their own scales: the focus "
                "days and away days, and the interruptions (unplanned calls, chats and visits)."
            )
        )


class StatsWindow(QDialog):
    """The Statistics window.

    Test accessors: ``weeks_box``, ``tabs``, ``chart``, ``table``, ``summary_label``,
    ``week_label``, ``clients_label`` (interruptions per client); ``stats`` holds the figures
    shown.
    """

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.stats: list[WeekStats] = []
        self.setWindowTitle(self.tr("Statistics — Boundary"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.summary_label = text_label(self)
        self.summary_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        top.addWidget(self.summary_label, 1)
        weeks_label = QLabel(self.tr("&Show:"), self)
        self.weeks_box = QComboBox(self)
        for n in WEEK_CHOICES:
            self.weeks_box.addItem(self.tr("Last %n weeks", "", n), n)
        self.weeks_box.setCurrentIndex(WEEK_CHOICES.index(DEFAULT_WEEKS))
        self.weeks_box.setAccessibleName(self.tr("Weeks shown"))
        weeks_label.setBuddy(self.weeks_box)
        top.addWidget(weeks_label)
        top.addWidget(self.weeks_box)
        layout.addLayout(top)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._chart_page(), self.tr("&Chart"))

        self.table = self._table()
        self.tabs.addTab(self.table, self.tr("&Table"))
        layout.addWidget(self.tabs, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self.weeks_box.currentIndexChanged.connect(self.reload)
        controller.status_changed.connect(self._on_status_changed)
        self.reload()
        self.resize(860, 560)

    def _chart_page(self) -> QWidget:
        """The chart, its legend, the chosen week's figures and the interruptions per client."""
        chart_page = QWidget(self.tabs)
        chart_layout = QVBoxLayout(chart_page)
        self.chart = StatsChart(chart_page)
        self.chart.week_chosen.connect(self.show_week)
        chart_layout.addWidget(self.chart, 1)
        chart_layout.addWidget(Legend(chart_page))
        self.week_label = text_label(chart_page)
        self.week_label.setMinimumHeight(self.week_label.fontMetrics().height() * 3)
        self.week_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        chart_layout.addWidget(self.week_label)
        self.clients_label = text_label(chart_page)
        chart_layout.addWidget(self.clients_label)
        return chart_page

    def _table(self) -> QTableWidget:
        """The figures of each week in a row, newest first, then the totals."""
        table = QTableWidget(self.tabs)
        table.setColumnCount(len(FIGURES) + 1)
        table.setHorizontalHeaderLabels([self.tr("Week"), *self._headings()])
        for column, key in enumerate(FIGURES, start=1):
            heading = table.horizontalHeaderItem(column)
            if heading is not None and (hint := series_hint(key)):
                heading.setToolTip(hint)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setTabKeyNavigation(False)
        table.verticalHeader().setVisible(False)
        table.setAlternatingRowColors(True)
        table.setAccessibleName(self.tr("The record per week"))
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        return table

    def show_as(self, other: StatsWindow) -> None:
        """Show the weeks, the page and the place ``other`` shows (it is being replaced)."""
        self.weeks_box.setCurrentIndex(other.weeks_box.currentIndex())
        self.tabs.setCurrentIndex(other.tabs.currentIndex())
        self.setGeometry(other.geometry())

    def _headings(self) -> list[str]:
        return [
            self.tr("Kept"),
            self.tr("Overrun"),
            self.tr("Minutes over"),
            self.tr("Skipped"),
            self.tr("Missed"),
            self.tr("Snoozed"),
            self.tr("Unscheduled"),
            self.tr("Forwarded"),
            self.tr("Away days"),
            self.tr("Focus days"),
            self.tr("Interruptions"),
        ]

    @property
    def weeks(self) -> int:
        return int(self.weeks_box.currentData())

    @Slot()
    def reload(self) -> None:
        service = self.controller.service
        profile = service.profile
        self.stats = week_stats(
            service.journal, profile.checks, profile.tz, service.clock(), self.weeks
        )
        total = totals(self.stats)
        self.summary_label.setText(self._summary(total))
        self.chart.set_weeks(self.stats)
        self._fill_table(total)
        self.clients_label.setText(self._clients(self.stats))

    @Slot(object)
    def _on_status_changed(self, _status: object) -> None:
        if self.isVisible():
            self.reload()

    def _summary(self, total: Counts) -> str:
        """The weeks in one line; the one place that says when there is nothing to show."""
        windows = total.windows
        if not any(total.figures().values()):
            return self.tr("Nothing on record in these weeks yet.")
        if not windows:
            return self.tr("No mail-check windows on record in these weeks.")
        return (
            self.tr("Mail-check windows kept: %1 of %2 · overrun: %3 · missed: %4")
            .replace("%1", str(total.kept))
            .replace("%2", str(windows))
            .replace("%3", str(total.overrun))
            .replace("%4", str(total.missed))
        )

    def _clients(self, weeks: list[WeekStats]) -> str:
        """ "Interruptions per client: Acme 12 (1.5 a week), Globex 3 (0.4 a week)" """
        found = clients_total(weeks)
        if not found:
            return ""
        locale = QLocale()
        parts = [
            self.tr("%1 %2 (%3 a week)")
            .replace("%1", name)
            .replace("%2", str(n))
            .replace("%3", locale.toString(n / max(1, len(weeks)), "f", 1))
            for name, n in found
        ]
        return self.tr("Interruptions per client: %1").replace("%1", ", ".join(parts))

    def _fill_table(self, total: Counts) -> None:
        rows: list[tuple[str, str, Counts]] = [
            (
                week_label(w),
                week_description(w),
                w,
            )
            for w in reversed(self.stats)
        ]
        rows.append((self.tr("Total"), self.tr("In all: ") + describe(total), total))
        self.table.setRowCount(len(rows))
        for row, (label, words, counts) in enumerate(rows):
            items = [QTableWidgetItem(label)]
            for key in FIGURES:
                item = QTableWidgetItem(str(getattr(counts, key)))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                items.append(item)
            for column, item in enumerate(items):
                item.setToolTip(words)
                if row == len(rows) - 1:  # the totals
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(row, column, item)

    @Slot(object)
    def show_week(self, week: WeekStats | None) -> None:
        self.week_label.setText(week_description(week) if week else "")


def show_statistics(controller: Controller, parent: QWidget | None = None) -> StatsWindow:
    """Open the Statistics window (a new one each call) and bring it forward."""
    window = StatsWindow(controller, parent)
    window.show()
    window.raise_()
    window.activateWindow()
    return window


__all__ = ["StatsChart", "StatsWindow", "show_statistics"]
