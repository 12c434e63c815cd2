"""Settings → Mail checks: when mail is checked, the focus days, and days without checks.

``PlanTab`` edits a copy of a ``CheckPlan``: ``plan()`` is what the widgets hold (``started``
stays as it was), ``apply(profile)`` puts it in a profile, ``changed`` fires on every edit,
and ``problems()`` says in words what stops the plan from being saved
(``core.schedule.plan_problem``'s rules, and checks switched on without a start time). The
numbers cannot leave ``schedule.LIMITS``: the spin boxes stop there.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, time

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, Qt, QTime, Slot
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QSpacerItem,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from boundary_app.core.profile import Profile
from boundary_app.core.schedule import LIMITS, CheckPlan, plan_problem
from boundary_app.ui import texts
from boundary_app.ui.settings.page import SettingsPage
from boundary_app.ui.widgets import WARNING_STYLE, text_label


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _chip_list(parent: QWidget) -> QListWidget:
    """A one-line list whose items sit side by side (it scrolls down when they do not fit)."""
    chips = QListWidget(parent)
    chips.setFlow(QListView.Flow.LeftToRight)
    chips.setWrapping(True)
    chips.setResizeMode(QListView.ResizeMode.Adjust)
    chips.setSpacing(2)
    chips.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    chips.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    chips.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    row = chips.fontMetrics().height() + 10
    chips.setFixedHeight(row + 2 * chips.frameWidth() + 4)
    return chips


def _plural(box: QSpinBox, words: Callable[[int], str]) -> None:
    """Show the number inside translated words ("15 minutes"), following its plural."""

    def show(value: int) -> None:
        before, number, after = words(value).partition(str(value))
        box.setPrefix(before if number else "")
        box.setSuffix(after if number else "")

    box.valueChanged.connect(show)
    show(box.value())


class PlanTab(SettingsPage):
    """The mail-check plan, for Settings.

    Test accessors: ``enabled_box``, ``time_list``, ``time_edit``, ``add_time_button``,
    ``remove_time_button``, ``minutes_box``, ``weekday_boxes`` and ``focus_boxes`` (Monday
    first, whatever order the language shows them in), ``lead_box``, ``snooze_minutes_box``,
    ``snoozes_box``, ``strict_box``, ``skip_list``, ``skip_edit``, ``add_skip_button``,
    ``remove_skip_button``, ``look_back_box``, ``note_label``.
    """

    def __init__(self, plan: CheckPlan, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.original = plan
        self.today = today
        self._times: list[time] = list(plan.times)
        self._skip: set[date] = set(plan.skip_dates)
        locale = QLocale()
        first = locale.firstDayOfWeek().value - 1  # Qt counts Monday as 1
        self._day_order = [(first + k) % 7 for k in range(7)]
        self._check_widgets: list[QWidget] = []
        """What only counts with checks at set times: greyed out while they are off."""

        layout = QVBoxLayout(self)
        self.enabled_box = QCheckBox(self.tr("C&heck mail at set times"), self)
        self.enabled_box.setChecked(plan.enabled)
        layout.addWidget(self.enabled_box)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self._check_rows(form, plan)
        self._snooze_rows(form, plan)
        self._skip_row(form, today)
        form.addItem(QSpacerItem(0, 8, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed))
        self._focus_rows(form, plan)
        layout.addLayout(form)
        self.note_label = text_label(self, style=WARNING_STYLE)
        layout.addWidget(self.note_label)
        layout.addStretch(1)
        self._connect()
        self._fill_times(None)
        self._fill_skip_dates(None)
        self._update_state()

    # --- building -------------------------------------------------------------------------

    def _add_row(
        self,
        form: QFormLayout,
        text: str,
        buddy: QWidget,
        field: QWidget | QLayout,
        *,
        checks: bool,
    ) -> None:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        form.addRow(label, field)
        if checks:
            self._check_widgets.append(label)

    def _check_rows(self, form: QFormLayout, plan: CheckPlan) -> None:
        """The start times (a list and a time to add), how long, which days, the reminder."""
        self.time_list = _chip_list(self)
        self.time_edit = QTimeEdit(QTime(12, 0), self)
        self.time_edit.setDisplayFormat(texts.clock_pattern())
        self.time_edit.setAccessibleName(self.tr("Start time to add"))
        self.add_time_button = QPushButton(self.tr("&Add"), self)
        self.remove_time_button = QPushButton(self.tr("&Remove"), self)
        times_row = self._editable_row(
            self.time_list, self.time_edit, self.add_time_button, self.remove_time_button
        )
        self._add_row(form, self.tr("Start ti&mes:"), self.time_list, times_row, checks=True)

        self.minutes_box = self._spin("minutes", plan.minutes)
        _plural(self.minutes_box, lambda n: self.tr("%n minute(s)", "", n))
        self._add_row(
            form, self.tr("Each check &lasts:"), self.minutes_box, self.minutes_box, checks=True
        )
        self.weekday_boxes = self._day_boxes(plan.weekdays)
        days_row = self._days_row(self.weekday_boxes)
        first_day = self.weekday_boxes[self._day_order[0]]
        self._add_row(form, self.tr("&Days:"), first_day, days_row, checks=True)

        self.lead_box = self._spin("lead_minutes", plan.lead_minutes)
        self.lead_box.setSpecialValueText(self.tr("No reminder"))
        _plural(self.lead_box, lambda n: self.tr("%n minute(s) before", "", n))
        self._add_row(form, self.tr("Remi&nder:"), self.lead_box, self.lead_box, checks=True)
        self._check_widgets += [
            self.time_list,
            self.time_edit,
            self.add_time_button,
            self.remove_time_button,
            self.minutes_box,
            *self.weekday_boxes,
            self.lead_box,
        ]

    def _snooze_rows(self, form: QFormLayout, plan: CheckPlan) -> None:
        """How long a snooze lasts and how many a check allows; strict mode."""
        self.snooze_minutes_box = self._spin("snooze_minutes", plan.snooze_minutes)
        _plural(self.snooze_minutes_box, lambda n: self.tr("%n minute(s)", "", n))
        self.snoozes_box = self._spin("snoozes", plan.snoozes)
        self.snoozes_box.setSpecialValueText(self.tr("None"))
        snoozes_label = QLabel(self.tr("Snoozes &per check:"), self)
        snoozes_label.setBuddy(self.snoozes_box)
        snooze_row = QHBoxLayout()
        snooze_row.addWidget(self.snooze_minutes_box)
        snooze_row.addSpacing(16)
        snooze_row.addWidget(snoozes_label)
        snooze_row.addWidget(self.snoozes_box)
        snooze_row.addStretch(1)
        box = self.snooze_minutes_box
        self._add_row(form, self.tr("Snoo&ze:"), box, snooze_row, checks=True)

        self.strict_box = QCheckBox(self.tr("Strict mod&e"), self)
        self.strict_box.setChecked(plan.strict)
        strict_hint = self._hint(
            self.tr("After time's up, a reminder every minute; Done asks why you went over.")
        )
        form.addRow("", self._with_hint(self.strict_box, strict_hint))
        self._check_widgets += [
            snoozes_label,
            self.snoozes_box,
            self.snooze_minutes_box,
            self.strict_box,
            strict_hint,
        ]

    def _skip_row(self, form: QFormLayout, today: date) -> None:
        """Days without checks: a list, and a day to add (today or later)."""
        self.skip_list = _chip_list(self)
        self.skip_edit = QDateEdit(_qdate(today), self)
        self.skip_edit.setDisplayFormat(texts.date_pattern(year=True))
        self.skip_edit.setCalendarPopup(True)
        # Its calendar starts the week on QLocale().firstDayOfWeek(), as Qt does by default.
        self.skip_edit.setMinimumDate(_qdate(today))
        self.skip_edit.setAccessibleName(self.tr("Day without checks to add"))
        self.add_skip_button = QPushButton(self.tr("Add da&y"), self)
        self.remove_skip_button = QPushButton(self.tr("Remo&ve"), self)
        skip_row = self._editable_row(
            self.skip_list, self.skip_edit, self.add_skip_button, self.remove_skip_button
        )
        text = self.tr("Days &without checks:")
        self._add_row(form, text, self.skip_list, skip_row, checks=True)
        self._check_widgets += [
            self.skip_list,
            self.skip_edit,
            self.add_skip_button,
            self.remove_skip_button,
        ]

    def _focus_rows(self, form: QFormLayout, plan: CheckPlan) -> None:
        """The focus days, and when the look back at the record comes (with or without checks)."""
        self.focus_boxes = self._day_boxes(plan.focus_weekdays)
        focus_hint = self._hint(
            self.tr("No mail checks on a focus day; your auto-reply says when you will answer.")
        )
        focus_row = self._with_hint(self._days_row(self.focus_boxes), focus_hint)
        first_day = self.focus_boxes[self._day_order[0]]
        self._add_row(form, self.tr("&Focus days:"), first_day, focus_row, checks=False)

        self.look_back_box = self._spin("look_back_weeks", plan.look_back_weeks)
        _plural(self.look_back_box, lambda n: self.tr("%n week(s)", "", n))
        self.look_back_box.setToolTip(
            self.tr("How long after the plan started Boundary offers a look back at your record.")
        )
        box = self.look_back_box
        self._add_row(form, self.tr("Look bac&k after:"), box, box, checks=False)

    def _connect(self) -> None:
        self.enabled_box.toggled.connect(self._edited)
        for box in (*self.weekday_boxes, *self.focus_boxes, self.strict_box):
            box.toggled.connect(self._edited)
        for spin in (
            self.minutes_box,
            self.lead_box,
            self.snooze_minutes_box,
            self.snoozes_box,
            self.look_back_box,
        ):
            spin.valueChanged.connect(self._edited)
        self.add_time_button.clicked.connect(self.add_time)
        self.remove_time_button.clicked.connect(self.remove_time)
        self.add_skip_button.clicked.connect(self.add_skip_date)
        self.remove_skip_button.clicked.connect(self.remove_skip_date)
        self.time_edit.timeChanged.connect(self._update_buttons)
        self.skip_edit.dateChanged.connect(self._update_buttons)
        self.time_list.currentRowChanged.connect(self._update_buttons)
        self.skip_list.currentRowChanged.connect(self._update_buttons)
        for widget in (self.time_edit, self.skip_edit, self.time_list, self.skip_list):
            widget.installEventFilter(self)

    def _hint(self, text: str) -> QLabel:
        hint = text_label(self, text, hint=True)
        hint.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        hint.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return hint

    def _with_hint(self, field: QWidget | QHBoxLayout, hint: QLabel) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(2)
        if isinstance(field, QWidget):
            column.addWidget(field)
        else:
            column.addLayout(field)
        column.addWidget(hint)
        return column

    def _spin(self, name: str, value: int) -> QSpinBox:
        box = QSpinBox(self)
        low, high = LIMITS[name]
        box.setRange(low, high)
        box.setValue(value)
        return box

    def _day_boxes(self, days: frozenset[int]) -> list[QCheckBox]:
        """Seven boxes named in the language's short day names, Monday first in the list."""
        locale = QLocale()
        boxes: dict[int, QCheckBox] = {}
        for day in self._day_order:  # made in the order shown, so Tab follows it
            box = QCheckBox(locale.dayName(day + 1, QLocale.FormatType.ShortFormat), self)
            box.setChecked(day in days)
            box.setAccessibleName(locale.dayName(day + 1, QLocale.FormatType.LongFormat))
            boxes[day] = box
        return [boxes[day] for day in range(7)]

    def _days_row(self, boxes: list[QCheckBox]) -> QHBoxLayout:
        row = QHBoxLayout()
        for day in self._day_order:
            row.addWidget(boxes[day])
        row.addStretch(1)
        return row

    def _editable_row(
        self, chips: QListWidget, edit: QWidget, add: QPushButton, remove: QPushButton
    ) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(chips, 1)
        row.addWidget(edit)
        for button in (add, remove):
            button.setAutoDefault(False)
            row.addWidget(button)
        return row

    # --- what it holds --------------------------------------------------------------------

    def plan(self) -> CheckPlan:
        return replace(
            self.original,
            enabled=self.enabled_box.isChecked(),
            times=tuple(self._times),
            minutes=self.minutes_box.value(),
            weekdays=frozenset(d for d, b in enumerate(self.weekday_boxes) if b.isChecked()),
            skip_dates=frozenset(self._skip),
            lead_minutes=self.lead_box.value(),
            snooze_minutes=self.snooze_minutes_box.value(),
            snoozes=self.snoozes_box.value(),
            strict=self.strict_box.isChecked(),
            focus_weekdays=frozenset(d for d, b in enumerate(self.focus_boxes) if b.isChecked()),
            look_back_weeks=self.look_back_box.value(),
        )

    def apply(self, profile: Profile) -> None:
        profile.checks = self.plan()

    def problems(self) -> list[str]:
        """What stops the plan from being saved, in words; empty when it can be."""
        plan = self.plan()
        found: list[str] = []
        if plan.enabled and not plan.times:
            found.append(
                self.tr(
                    'Add a start time for mail checks, or switch off "Check mail at set times".'
                )
            )
        if problem := plan_problem(plan):
            found.append(self.tr("The mail-check plan %1.").replace("%1", problem[1]))
        return found

    # --- start times and days without checks ----------------------------------------------

    def _new_time(self) -> time:
        value = self.time_edit.time()
        return time(value.hour(), value.minute())

    def _new_date(self) -> date:
        value = self.skip_edit.date()
        return date(value.year(), value.month(), value.day())

    @Slot()
    def add_time(self) -> None:
        at = self._new_time()
        if at not in self._times:
            self._times = sorted({*self._times, at})
            self._fill_times(at)
            self._edited()

    @Slot()
    def remove_time(self) -> None:
        row = self.time_list.currentRow()
        if 0 <= row < len(self._times):
            del self._times[row]
            self._fill_times(self._times[min(row, len(self._times) - 1)] if self._times else None)
            self._edited()

    @Slot()
    def add_skip_date(self) -> None:
        day = self._new_date()
        if day not in self._skip:
            self._skip.add(day)
            self._fill_skip_dates(day)
            self._edited()

    @Slot()
    def remove_skip_date(self) -> None:
        days = sorted(self._skip)
        row = self.skip_list.currentRow()
        if 0 <= row < len(days):
            self._skip.discard(days[row])
            rest = sorted(self._skip)
            self._fill_skip_dates(rest[min(row, len(rest) - 1)] if rest else None)
            self._edited()

    def _fill_times(self, current: time | None) -> None:
        self.time_list.clear()
        for at in self._times:
            QListWidgetItem(texts.time_of_day_text(at), self.time_list)
        if current in self._times:
            self.time_list.setCurrentRow(self._times.index(current))
        self._update_buttons()

    def _fill_skip_dates(self, current: date | None) -> None:
        self.skip_list.clear()
        days = sorted(self._skip)
        faint = self.skip_list.palette().color(
            QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
        )
        for day in days:
            item = QListWidgetItem(texts.day_text(day, short=True, year=True), self.skip_list)
            if day < self.today:
                item.setForeground(faint)
                item.setToolTip(self.tr("In the past: it no longer changes anything."))
        if current in self._skip:
            self.skip_list.setCurrentRow(days.index(current))
        self._update_buttons()

    @Slot()
    def _update_buttons(self) -> None:
        self.add_time_button.setEnabled(self._new_time() not in self._times)
        self.remove_time_button.setEnabled(self.time_list.currentRow() >= 0)
        self.add_skip_button.setEnabled(self._new_date() not in self._skip)
        self.remove_skip_button.setEnabled(self.skip_list.currentRow() >= 0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in a time or date adds it (not Save); Delete in a list removes the item."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            button = self._key_button(watched, event.key())
            if button is not None:
                if button.isEnabled():
                    button.click()
                return True
        return super().eventFilter(watched, event)

    def _key_button(self, watched: QObject, key: int) -> QPushButton | None:
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if watched is self.time_edit:
                return self.add_time_button
            if watched is self.skip_edit:
                return self.add_skip_button
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            if watched is self.time_list:
                return self.remove_time_button
            if watched is self.skip_list:
                return self.remove_skip_button
        return None

    # --- after each edit ------------------------------------------------------------------

    @Slot()
    def _edited(self) -> None:
        self._update_state()
        self.changed.emit()

    def _update_state(self) -> None:
        checking = self.enabled_box.isChecked()
        for widget in self._check_widgets:
            widget.setEnabled(checking)
        if checking:
            self._update_buttons()
        plan = self.plan()
        note = ""
        if checking and plan.times and not plan.weekdays - plan.focus_weekdays:
            note = self.tr("No day has mail checks: tick a day under Days that is not a focus day.")
        self.note_label.setText(note)
        self.note_label.setVisible(bool(note))
