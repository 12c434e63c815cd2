"""Settings → Calls: a call slot per client (the scheduled call offered instead of ad-hoc ones),
and the dialog that adds or edits one (``CallSlotDialog``, open until what was typed can be
used). The slots' rules are ``core.calls.slot_problem``'s; their words are here.
"""

from __future__ import annotations

import copy
from dataclasses import replace
from datetime import date, datetime, time

from PySide6.QtCore import QLocale, QTime, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from boundary_app.core.calls import (
    CALL_LIMITS,
    CallSlot,
    SlotProblem,
    counted_from,
    next_call,
    normalize_contact,
    slot_problem,
)
from boundary_app.core.profile import Profile
from boundary_app.ui.languages import Words
from boundary_app.ui.settings.list_page import ListEditorPage
from boundary_app.ui.texts import short_when_text
from boundary_app.ui.widgets import ERROR_STYLE, text_label

SHORT = QLocale.FormatType.ShortFormat


class CallsText(Words):
    """Words of the Calls tab outside a widget method."""


def problem_text(problem: SlotProblem) -> str:
    """A call slot's problem in the app's language."""
    low, high = CALL_LIMITS.get(problem.code, (0, 0))
    words = {
        "name": CallsText.tr("Give the call slot a name: the client or contact it is for."),
        "name-length": CallsText.tr("The name is longer than %1 characters."),
        "duplicate": CallsText.tr("There is already a call slot for %1."),
        "days": CallsText.tr("Choose at least one day for the call."),
        "minutes": CallsText.tr("A call lasts from %2 to %3 minutes."),
        "every": CallsText.tr("A call comes every week, or every 2 to %3 weeks."),
        "contact": CallsText.tr("'%1' is not an email address or a domain (acme.example)."),
    }
    return (
        words[problem.code]
        .replace("%1", problem.value)
        .replace("%2", str(low))
        .replace("%3", str(high))
    )


def day_names(days: frozenset[int]) -> str:
    """The days in the app's language, short, in the week's order: 'Tue, Thu'."""
    locale = QLocale()
    return ", ".join(locale.dayName(d + 1, QLocale.FormatType.ShortFormat) for d in sorted(days))


def rhythm(slot: CallSlot) -> str:
    """ "Tue, Thu 14:00 · 30 min · weekly" """
    every = (
        CallsText.tr("weekly")
        if slot.every == 1
        else CallsText.tr("every %n week(s)", "", slot.every)
    )
    minutes = CallsText.tr("%n min", "", slot.minutes)
    locale = QLocale()
    at = locale.toString(QTime(slot.at.hour, slot.at.minute), locale.timeFormat(SHORT))
    return f"{day_names(slot.weekdays)} {at} · {minutes} · {every}"


class CallSlotDialog(QDialog):
    """Add or edit one client's call slot; stays open until what was typed can be used.

    Test accessors: ``name_edit``, ``contacts_edit``, ``day_boxes`` (Monday first),
    ``time_edit``, ``minutes_box``, ``every_box``, ``error_label``, ``ok_button``;
    ``slot()`` is what the fields hold.
    """

    def __init__(
        self, slot: CallSlot | None, others: list[CallSlot], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.original = slot
        self.others = others
        self.setWindowTitle(self.tr("Edit call slot") if slot else self.tr("Add a call slot"))
        layout = QVBoxLayout(self)
        layout.addLayout(self._form(slot or CallSlot("")))
        layout.addWidget(
            text_label(
                self,
                self.tr(
                    "Mail from these addresses and domains counts as this client's (in the "
                    "return briefing); {calls} in a reply names this call."
                ),
                hint=True,
            )
        )
        self.error_label = text_label(self, style=ERROR_STYLE)
        self.error_label.hide()
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert ok is not None
        self.ok_button: QPushButton = ok
        self.ok_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)

    def _form(self, slot: CallSlot) -> QFormLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name_edit = QLineEdit(slot.name, self)
        self.name_edit.setPlaceholderText(self.tr("Client or contact, for example Acme"))
        self.contacts_edit = QLineEdit(", ".join(slot.contacts), self)
        self.contacts_edit.setPlaceholderText(self.tr("acme.example, jo@acme.example"))
        self._add(form, self.tr("&Name:"), self.name_edit, self.name_edit)
        self._add(form, self.tr("&Contacts:"), self.contacts_edit, self.contacts_edit)
        self.day_boxes, days_row = self._days(slot.weekdays if slot.name else frozenset())
        self._add(form, self.tr("&Days:"), self.day_boxes[self._order[0]], days_row)
        self.time_edit = QTimeEdit(QTime(slot.at.hour, slot.at.minute), self)
        self.time_edit.setDisplayFormat("HH:mm")
        self._add(form, self.tr("&Time:"), self.time_edit, self.time_edit)
        self.minutes_box = QSpinBox(self)
        self.minutes_box.setRange(*CALL_LIMITS["minutes"])
        self.minutes_box.setSingleStep(5)
        self.minutes_box.setValue(slot.minutes)
        self.minutes_box.setSuffix(self.tr(" min"))
        self._add(form, self.tr("&Lasts:"), self.minutes_box, self.minutes_box)
        self.every_box = QComboBox(self)
        for weeks in range(1, CALL_LIMITS["every"][1] + 1):
            words = self.tr("Every week") if weeks == 1 else self.tr("Every %n weeks", "", weeks)
            self.every_box.addItem(words, weeks)
        self.every_box.setCurrentIndex(max(0, self.every_box.findData(slot.every)))
        self._add(form, self.tr("&Repeats:"), self.every_box, self.every_box)
        for edit in (self.name_edit, self.contacts_edit):
            edit.textChanged.connect(self._clear_error)
        return form

    def _add(self, form: QFormLayout, text: str, buddy: QWidget, field: QWidget | QLayout) -> None:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        if isinstance(field, QWidget):
            form.addRow(label, field)
        else:
            form.addRow(label, field)

    def _days(self, days: frozenset[int]) -> tuple[list[QCheckBox], QHBoxLayout]:
        locale = QLocale()
        first = locale.firstDayOfWeek().value - 1
        self._order = [(first + k) % 7 for k in range(7)]
        boxes: dict[int, QCheckBox] = {}
        row = QHBoxLayout()
        for day in self._order:
            box = QCheckBox(locale.dayName(day + 1, QLocale.FormatType.ShortFormat), self)
            box.setAccessibleName(locale.dayName(day + 1, QLocale.FormatType.LongFormat))
            box.setChecked(day in days)
            box.toggled.connect(self._clear_error)
            boxes[day] = box
            row.addWidget(box)
        row.addStretch(1)
        return [boxes[d] for d in range(7)], row

    def contacts(self) -> tuple[str, ...]:
        parts = self.contacts_edit.text().replace(";", ",").replace(" ", ",").split(",")
        return tuple(dict.fromkeys(normalize_contact(p) for p in parts if p.strip()))

    def slot(self) -> CallSlot:
        base = self.original or CallSlot("")
        every = int(self.every_box.currentData())
        at = self.time_edit.time()
        return replace(
            base,
            name=self.name_edit.text().strip(),
            contacts=self.contacts(),
            weekdays=frozenset(d for d, box in enumerate(self.day_boxes) if box.isChecked()),
            at=time(at.hour(), at.minute()),
            minutes=self.minutes_box.value(),
            every=every,
            since=base.since if every == base.every else None,
            extra=copy.deepcopy(base.extra),
        )

    @Slot()
    def _clear_error(self) -> None:
        self.error_label.hide()

    def accept(self) -> None:
        problem = slot_problem(self.slot(), self.others)
        if problem is not None:
            self.error_label.setText(problem_text(problem))
            self.error_label.show()
            self.adjustSize()
            return
        super().accept()


class CallsTab(ListEditorPage[CallSlot, CallSlotDialog]):
    """The call slots: add, edit, remove.

    Test accessors: ``slots`` (being edited), ``slot_list``, ``add_button``, ``edit_button``,
    ``remove_button``, ``slot_editor`` (the open add/edit dialog, if any).
    """

    def __init__(self, profile: Profile, today: date, parent: QWidget | None = None) -> None:
        intro = self.tr(
            "Offer each client a regular call instead of ad-hoc ones: missed calls are "
            "answered with the next slot, and {calls} in a reply names it."
        )
        super().__init__(profile.calls, intro, parent)
        self.slots = self.items
        self.slot_list = self.list_widget
        self.slot_list.setAccessibleName(self.tr("Call slots"))
        self.today = today
        self.tz = profile.tz
        self.fill(0)

    @property
    def slot_editor(self) -> CallSlotDialog | None:
        return self.editor

    def apply(self, profile: Profile) -> None:
        profile.calls = list(self.slots)

    def describe(self, item: CallSlot, index: int) -> tuple[str, str]:
        text = self.tr("%1 — %2").replace("%1", item.name).replace("%2", rhythm(item))
        tip = ", ".join(item.contacts) or self.tr("No addresses or domains yet")
        call = next_call(item, self.tz, datetime.combine(self.today, time(0), self.tz))
        if call is not None:
            when = short_when_text(call.start, self.tz)
            tip = self.tr("Next: %1").replace("%1", when) + "\n" + tip
        return text, tip

    def make_editor(self, item: CallSlot | None, others: list[CallSlot]) -> CallSlotDialog:
        return CallSlotDialog(item, others, self)

    def value_of(self, editor: CallSlotDialog) -> CallSlot:
        return editor.slot()

    def settle(self, value: CallSlot, old: CallSlot | None) -> CallSlot:
        return counted_from(value, old, self.today)
