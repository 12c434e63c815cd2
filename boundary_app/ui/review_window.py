"""The evaluation: the figures since the plan started, the trend week by week, three questions
with the person's notes (kept in the journal), one-click changes to the plan, and a one-page
PDF to share with the team (``QPdfWriter`` and ``QTextDocument``; no other dependency).
"""

from __future__ import annotations

import copy
import html
from datetime import time
from pathlib import Path

from PySide6.QtCore import QMarginsF, Qt, Slot
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from boundary_app.core.journal import JournalError
from boundary_app.core.profile import ProfileError
from boundary_app.core.review import Evaluation, changed_plan, evaluation, save_notes
from boundary_app.core.schedule import LIMITS, CheckPlan, PlanError, parse_clock
from boundary_app.ui.controller import Controller
from boundary_app.ui.languages import Words
from boundary_app.ui.texts import day_text, trouble_words
from boundary_app.ui.widgets import ERROR_STYLE, plain_editor, text_label

PDF_FONT_SIZES = (11.0, 10.0, 9.0, 8.0)
"""Point sizes tried, largest first, until the evaluation fits one page."""
PDF_WEEKS = 26
"""The trend in the PDF shows at most the last this many weeks (the totals cover them all)."""


class ReviewText(Words):
    """Words of the evaluation outside a widget (the PDF's too)."""


def questions() -> dict[str, str]:
    return {
        "productive": ReviewText.tr("Is work more productive?"),
        "obstacles": ReviewText.tr("What got in the way?"),
        "changes": ReviewText.tr("What will you change?"),
    }


def percent(share: float | None) -> str:
    return "—" if share is None else ReviewText.tr("%1%").replace("%1", str(round(share * 100)))


def figure_rows(found: Evaluation) -> list[tuple[str, str]]:
    """(label, value) of the figures, in the order shown and printed."""
    total = found.totals
    clients = ", ".join(
        ReviewText.tr("%1: %2").replace("%1", name).replace("%2", str(n))
        for name, n in found.clients
    )
    interruptions = str(total.interruptions) + (f" ({clients})" if clients else "")
    return [
        (ReviewText.tr("Mail-check windows kept"), f"{total.kept} / {total.windows}"),
        (ReviewText.tr("Share kept in time"), percent(found.kept_share)),
        (
            ReviewText.tr("Overrun"),
            ReviewText.tr("%1 (%2 min over)")
            .replace("%1", str(total.overrun))
            .replace("%2", str(total.overrun_minutes)),
        ),
        (ReviewText.tr("Skipped"), str(total.skipped)),
        (ReviewText.tr("Missed"), str(total.missed)),
        (ReviewText.tr("Focus days kept"), str(total.focus_days)),
        (ReviewText.tr("Away days"), str(total.away_days)),
        (ReviewText.tr("Messages forwarded"), str(total.forwarded)),
        (ReviewText.tr("Interruptions"), interruptions),
    ]


def trend_headings() -> list[str]:
    return [
        ReviewText.tr("Week"),
        ReviewText.tr("Kept"),
        ReviewText.tr("Windows"),
        ReviewText.tr("Kept %"),
        ReviewText.tr("Focus days"),
        ReviewText.tr("Interruptions"),
    ]


def trend_rows(found: Evaluation) -> list[list[str]]:
    return [
        [
            ReviewText.tr("W%1 · %2")
            .replace("%1", str(week.start.isocalendar()[1]))
            .replace("%2", day_text(week.start, short=True)),
            str(week.kept),
            str(week.windows),
            percent(share),
            str(week.focus_days),
            str(week.interruptions),
        ]
        for week, share in found.trend()
    ]


def title(found: Evaluation) -> str:
    return ReviewText.tr(
        "Evaluation of the plan since %1 (%n week(s))", "", len(found.weeks)
    ).replace("%1", day_text(found.since))


def evaluation_html(found: Evaluation, name: str, notes: dict[str, str]) -> str:
    """The one page to share: figures, the trend, the three questions with ``notes``."""
    e = html.escape
    parts = [f"<h2>{e(title(found))}</h2>"]
    if name:
        parts.append(f"<p>{e(name)}</p>")
    parts.append('<table cellspacing="0" cellpadding="3">')
    parts += [
        f"<tr><td>{e(label)}</td><td><b>{e(value)}</b></td></tr>"
        for label, value in figure_rows(found)
    ]
    parts.append("</table>")
    by_week = ReviewText.tr("Week by week")
    parts.append(f"<h3>{e(by_week)}</h3>")
    parts.append('<table border="1" cellspacing="0" cellpadding="2" width="100%">')
    parts.append("<tr>" + "".join(f"<th>{e(h)}</th>" for h in trend_headings()) + "</tr>")
    for row in trend_rows(found)[-PDF_WEEKS:]:
        cells = [f"<td>{e(row[0])}</td>", *(f'<td align="right">{e(c)}</td>' for c in row[1:])]
        parts.append("<tr>" + "".join(cells) + "</tr>")
    parts.append("</table>")
    for key, question in questions().items():
        answer = notes.get(key, "").strip() or "—"
        lines = "<br/>".join(e(line) for line in answer.splitlines())
        parts.append(f"<h3>{e(question)}</h3><p>{lines}</p>")
    return "\n".join(parts)


def write_pdf(path: Path, page_html: str) -> float:
    """Write ``page_html`` to ``path`` as one A4 page; returns the scale it was drawn at.

    The page is laid out in the screen's pixels (as ``QTextDocument`` sizes its fonts) at
    11 pt, or smaller down to 8 pt, whichever first fits; what still does not fit (very long
    notes) is drawn scaled down to the page (a scale below 1).
    """
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
    writer.setResolution(300)
    writer.setTitle(ReviewText.tr("Evaluation — Boundary"))
    writer.setCreator("Boundary")
    screen = QGuiApplication.primaryScreen()
    dpi = screen.logicalDotsPerInch() if screen is not None else 96.0
    points = writer.pageLayout().paintRect(QPageLayout.Unit.Point).size()
    width, height = points.width() * dpi / 72, points.height() * dpi / 72
    document = QTextDocument()
    for size in PDF_FONT_SIZES:
        font = QFont()
        font.setPointSizeF(size)
        document.setDefaultFont(font)
        document.setHtml(page_html)
        document.setTextWidth(width)
        if document.size().height() <= height:
            break
    fit = min(1.0, height / document.size().height())
    painter = QPainter(writer)
    scale = writer.resolution() / dpi * fit
    painter.scale(scale, scale)
    document.drawContents(painter)
    painter.end()
    return fit


class ReviewWindow(QDialog):
    """Test accessors: ``found`` (the evaluation shown), ``title_label``, ``figures`` (the
    (label, value) pairs shown),
    ``trend_table``, ``note_edits`` (question key → editor), ``save_button``, ``focus_box``,
    ``move_focus_button``, ``times_edit``, ``minutes_box``, ``change_windows_button``,
    ``export_button``, ``state_label``, ``tabs``."""

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.found = evaluation(controller.service)
        self.figures: list[tuple[str, str]] = []
        self.setWindowTitle(self.tr("Evaluation — Boundary"))
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        layout = QVBoxLayout(self)
        self.title_label = text_label(self)
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.title_label.setFont(font)
        layout.addWidget(self.title_label)
        layout.addWidget(
            text_label(
                self,
                self.tr(
                    "Hold it with your team: the figures since your plan started, then three "
                    "questions. Export a one-page PDF to share."
                ),
                hint=True,
            )
        )
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._figures_page(), self.tr("&Figures"))
        self.tabs.addTab(self._notes_page(), self.tr("&Questions"))
        self.tabs.addTab(self._plan_page(), self.tr("Change the &plan"))
        layout.addWidget(self.tabs, 1)
        self.state_label = text_label(self)
        layout.addWidget(self.state_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.export_button = QPushButton(self.tr("E&xport PDF…"), self)
        self.export_button.setAutoDefault(False)
        self.export_button.clicked.connect(self.ask_export)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.show_evaluation()
        self.resize(760, 600)

    # --- building -------------------------------------------------------------------------

    def _table(self, parent: QWidget, columns: int) -> QTableWidget:
        table = QTableWidget(parent)
        table.setColumnCount(columns)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setTabKeyNavigation(False)
        table.verticalHeader().setVisible(False)
        table.setAlternatingRowColors(True)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        return table

    def _figures_page(self) -> QWidget:
        page = QWidget(self)
        column = QVBoxLayout(page)
        self.figures_grid = QGridLayout()
        self.figures_grid.setHorizontalSpacing(12)
        column.addLayout(self.figures_grid)
        column.addSpacing(6)
        column.addWidget(QLabel(self.tr("Week by week:"), page))
        self.trend_table = self._table(page, len(trend_headings()))
        self.trend_table.setHorizontalHeaderLabels(trend_headings())
        self.trend_table.setAccessibleName(self.tr("The trend week by week"))
        column.addWidget(self.trend_table, 1)
        return page

    def _notes_page(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.note_edits: dict[str, QPlainTextEdit] = {}
        last = self.found.notes
        for key, question in questions().items():
            edit = plain_editor(page)
            edit.setPlainText(getattr(last, key) if last else "")
            edit.setAccessibleName(question)
            label = QLabel(question, page)
            label.setBuddy(edit)
            label.setWordWrap(True)
            form.addRow(label)
            form.addRow(edit)
            self.note_edits[key] = edit
        self.save_button = QPushButton(self.tr("&Save notes"), page)
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_button)
        form.addRow(row)
        return page

    def _plan_page(self) -> QWidget:
        from PySide6.QtCore import QLocale

        page = QWidget(self)
        column = QVBoxLayout(page)
        plan = self.found.plan
        focus = QGroupBox(self.tr("Focus day"), page)
        focus_row = QHBoxLayout(focus)
        self.focus_box = QComboBox(focus)
        self.focus_box.addItem(self.tr("No focus day"), -1)
        for day in range(7):
            self.focus_box.addItem(QLocale().dayName(day + 1), day)
        current = min(plan.focus_weekdays) if len(plan.focus_weekdays) == 1 else -1
        self.focus_box.setCurrentIndex(max(0, self.focus_box.findData(current)))
        self.move_focus_button = QPushButton(self.tr("&Move the focus day"), focus)
        self.move_focus_button.clicked.connect(self.move_focus_day)
        focus_row.addWidget(self.focus_box)
        focus_row.addWidget(self.move_focus_button)
        focus_row.addStretch(1)
        column.addWidget(focus)
        windows = QGroupBox(self.tr("Mail-check windows"), page)
        form = QFormLayout(windows)
        self.times_edit = QLineEdit(", ".join(f"{t:%H:%M}" for t in plan.times), windows)
        self.times_edit.setPlaceholderText(self.tr("10:00, 16:00"))
        self.minutes_box = QSpinBox(windows)
        self.minutes_box.setRange(*LIMITS["minutes"])
        self.minutes_box.setValue(plan.minutes)
        self.minutes_box.setSuffix(self.tr(" min"))
        self.change_windows_button = QPushButton(self.tr("C&hange the windows"), windows)
        self.change_windows_button.clicked.connect(self.change_windows)
        for text, widget in (
            (self.tr("S&tart times:"), self.times_edit),
            (self.tr("&Each lasts:"), self.minutes_box),
        ):
            label = QLabel(text, windows)
            label.setBuddy(widget)
            form.addRow(label, widget)
        button_row = QHBoxLayout()
        button_row.addStretch(1)
        button_row.addWidget(self.change_windows_button)
        form.addRow(button_row)
        column.addWidget(windows)
        column.addStretch(1)
        return page

    # --- showing --------------------------------------------------------------------------

    def show_evaluation(self) -> None:
        found = self.found
        self.title_label.setText(title(found))
        rows = figure_rows(found)
        if found.next_offer is not None:
            rows.append((self.tr("Next evaluation"), day_text(found.next_offer)))
        self.figures = rows
        self._fill_grid(rows)
        self._fill(self.trend_table, list(reversed(trend_rows(found))))

    def _fill_grid(self, rows: list[tuple[str, str]]) -> None:
        """The figures in two columns of "label  value" pairs, read down then across."""
        while (item := self.figures_grid.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                widget.deleteLater()
        half = (len(rows) + 1) // 2
        for index, (label, value) in enumerate(rows):
            row, pair = index % half, index // half
            name = text_label(self, label, wrap=False)
            shown = text_label(self, value)
            font = shown.font()
            font.setBold(True)
            shown.setFont(font)
            name.setBuddy(shown)
            self.figures_grid.addWidget(name, row, pair * 2)
            self.figures_grid.addWidget(shown, row, pair * 2 + 1)
        self.figures_grid.setColumnStretch(1, 1)
        self.figures_grid.setColumnStretch(3, 1)

    def _fill(self, table: QTableWidget, rows: list[list[str]]) -> None:
        table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                if c > 0:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                table.setItem(r, c, item)

    def notes(self) -> dict[str, str]:
        return {key: edit.toPlainText() for key, edit in self.note_edits.items()}

    def _say(self, text: str, *, error: bool = False) -> None:
        self.state_label.setStyleSheet(ERROR_STYLE if error else "")
        self.state_label.setText(text)

    # --- acting ---------------------------------------------------------------------------

    @Slot()
    def save(self) -> None:
        notes = self.notes()
        try:
            save_notes(
                self.controller.service, notes["productive"], notes["obstacles"], notes["changes"]
            )
        except JournalError as error:
            self._say(trouble_words(error), error=True)
            return
        except ValueError as error:  # a note too long to keep
            self._say(str(error), error=True)
            return
        self.found = evaluation(self.controller.service)
        self.show_evaluation()
        when = self.found.next_offer
        self._say(
            self.tr("Notes saved. The next evaluation: %1.").replace(
                "%1", day_text(when) if when else "—"
            )
        )

    @Slot()
    def move_focus_day(self) -> None:
        day = int(self.focus_box.currentData())
        self._change(
            changed_plan(
                self.found.plan, focus_weekdays=frozenset() if day < 0 else frozenset({day})
            )
        )

    @Slot()
    def change_windows(self) -> None:
        times: list[time] = []
        for part in self.times_edit.text().replace(";", ",").split(","):
            if not part.strip():
                continue
            try:
                times.append(parse_clock(part))
            except PlanError:
                self._say(
                    self.tr("'%1' is not a time of day; use a time like 10:00.").replace(
                        "%1", part.strip()
                    ),
                    error=True,
                )
                return
        try:
            plan = changed_plan(
                self.found.plan, times=tuple(times), minutes=self.minutes_box.value()
            )
        except PlanError:
            self._say(
                self.tr(
                    "These windows overlap: start times must be at least %n minute(s) apart.",
                    "",
                    self.minutes_box.value(),
                ),
                error=True,
            )
            return
        self._change(plan)

    def _change(self, plan: CheckPlan) -> None:
        profile = copy.deepcopy(self.controller.profile)
        profile.checks = plan
        try:
            self.controller.save_profile(profile)  # saved, shown and pushed as Settings does
        except (ProfileError, OSError) as error:  # not written: say it, keep the window
            self._say(trouble_words(error), error=True)
            return
        self.found = evaluation(self.controller.service)
        self.show_evaluation()
        self._say(self.tr("Your plan is changed."))

    @Slot()
    def ask_export(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the evaluation"),
            str(Path.home() / self.tr("Boundary evaluation.pdf")),
            self.tr("PDF (*.pdf)"),
        )
        if name:
            self.export_pdf(Path(name))

    def export_pdf(self, path: Path) -> bool:
        page_html = evaluation_html(self.found, self.controller.profile.identity.name, self.notes())
        try:
            write_pdf(path, page_html)
        except OSError as error:
            self._say(str(error), error=True)
            return False
        if not path.exists():
            self._say(
                self.tr("The PDF could not be written to %1.").replace("%1", str(path)), error=True
            )
            return False
        self._say(self.tr("Saved as %1.").replace("%1", str(path)))
        return True
