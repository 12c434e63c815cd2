"""From the tray: answer a client's missed call with their next slot, and log an interruption.

Both read and write only the profile and the journal (a send goes through the composer, off
the GUI thread).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QDateTime, Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from boundary_app.core.clients import FUTURE_SLACK, log_interruption, missed_call_answer
from boundary_app.core.journal import Interruption, JournalError
from boundary_app.ui.compose import Composer
from boundary_app.ui.controller import Controller
from boundary_app.ui.language_pickers import language_box
from boundary_app.ui.texts import trouble_words, when_text
from boundary_app.ui.widgets import ERROR_STYLE, text_label


class MissedCallDialog(QDialog):
    """Pick the client; the answer names their next call slot, ready to copy or send.

    Test accessors: ``client_box``, ``language_box``, ``next_label``, ``composer``,
    ``empty_label`` (shown when there are no call slots).
    """

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(self.tr("Answer a missed call — Boundary"))
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        layout = QVBoxLayout(self)
        self.empty_label = text_label(
            self,
            self.tr(
                "No call slots yet. Add your clients and the calls you offer them in "
                "Settings → Scheduled calls."
            ),
        )
        layout.addWidget(self.empty_label)
        form = QFormLayout()
        self.client_box = QComboBox(self)
        for slot in controller.profile.calls:
            self.client_box.addItem(slot.name, slot.name)
        self.language_box = language_box(self)
        main = controller.service.reply_languages()[0]
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(main)))
        for text, box in (
            (self.tr("&Who called:"), self.client_box),
            (self.tr("&Language:"), self.language_box),
        ):
            label = QLabel(text, self)
            label.setBuddy(box)
            form.addRow(label, box)
        layout.addLayout(form)
        self.next_label = text_label(self)
        layout.addWidget(self.next_label)
        self.composer = Composer(controller, self)
        layout.addWidget(self.composer, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        has_slots = self.client_box.count() > 0
        self.empty_label.setVisible(not has_slots)
        for widget in (self.client_box, self.language_box, self.composer):
            widget.setEnabled(has_slots)
        self.client_box.currentIndexChanged.connect(self.prepare)
        self.language_box.currentIndexChanged.connect(self.prepare)
        self.prepare()
        self.resize(560, 460)

    @Slot()
    def prepare(self) -> None:
        """The answer for the client and language chosen (what was typed is replaced)."""
        name = self.client_box.currentData()
        if name is None:
            return
        answer = missed_call_answer(
            self.controller.service, str(name), str(self.language_box.currentData())
        )
        tz = self.controller.profile.tz
        if answer.call is not None:
            self.next_label.setText(
                self.tr("Next call with %1: %2")
                .replace("%1", answer.slot.name)
                .replace("%2", when_text(answer.call.start, tz))
            )
        self.composer.set_message(answer.to, answer.subject, answer.text)


KINDS = ("call", "chat", "visit")


class InterruptionDialog(QDialog):
    """Log an unplanned call, chat or visit: who, what, when, a note.

    Test accessors: ``client_box`` (editable), ``kind_box``, ``when_edit``, ``note_edit``,
    ``error_label``, ``log_button``; ``logged`` holds what was logged.
    """

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.logged: Interruption | None = None
        self.setWindowTitle(self.tr("Log an interruption — Boundary"))
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        layout = QVBoxLayout(self)
        layout.addWidget(
            text_label(
                self,
                self.tr(
                    "An unplanned call, chat or visit from a client. Statistics counts them per "
                    "week and per client: the facts for a conversation about it."
                ),
                hint=True,
            )
        )
        layout.addLayout(self._form())
        self.error_label = text_label(self, style=ERROR_STYLE)
        self.error_label.hide()
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.log_button = QPushButton(self.tr("&Log"), self)
        self.log_button.setDefault(True)
        buttons.addButton(self.log_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)

    def _form(self) -> QFormLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.client_box = QComboBox(self)
        self.client_box.setEditable(True)
        self.client_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for slot in self.controller.profile.calls:
            self.client_box.addItem(slot.name)
        self.client_box.setCurrentText("")
        line = self.client_box.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("Client or contact"))
        self.kind_box = QComboBox(self)
        for kind, words in zip(
            KINDS, (self.tr("A call"), self.tr("A chat message"), self.tr("A visit")), strict=True
        ):
            self.kind_box.addItem(words, kind)
        now = self.controller.service.clock().astimezone(self.controller.profile.tz)
        self.when_edit = QDateTimeEdit(_qt(now), self)
        self.when_edit.setDisplayFormat("ddd d MMM HH:mm")
        self.when_edit.setCalendarPopup(True)
        self.note_edit = QLineEdit(self)
        self.note_edit.setPlaceholderText(self.tr("Optional, for yourself"))
        for text, widget in (
            (self.tr("&Who:"), self.client_box),
            (self.tr("W&hat:"), self.kind_box),
            (self.tr("Whe&n:"), self.when_edit),
            (self.tr("N&ote:"), self.note_edit),
        ):
            label = QLabel(text, self)
            label.setBuddy(widget)
            form.addRow(label, widget)
        self.client_box.currentTextChanged.connect(lambda _t: self.error_label.hide())
        return form

    def when(self) -> datetime:
        from datetime import date, time

        from boundary_app.core.timeutil import localize

        moment = self.when_edit.dateTime()
        day, clock = moment.date(), moment.time()
        return localize(
            date(day.year(), day.month(), day.day()),
            time(clock.hour(), clock.minute()),
            self.controller.profile.tz,
        )

    def problem(self) -> str | None:
        if not self.client_box.currentText().strip():
            return self.tr("Say who interrupted: the client's or contact's name.")
        if self.when() > self.controller.service.clock() + FUTURE_SLACK:
            return self.tr("That moment is still to come; log an interruption once it happened.")
        return None

    def accept(self) -> None:
        problem = self.problem()
        if problem is None:
            try:
                self.logged = log_interruption(
                    self.controller.service,
                    self.client_box.currentText(),
                    str(self.kind_box.currentData()),
                    self.when(),
                    self.note_edit.text(),
                )
            except JournalError as error:
                problem = trouble_words(error)
        if problem is not None:
            self.error_label.setText(problem)
            self.error_label.show()
            return
        self.controller.refresh()
        super().accept()


def _qt(moment: datetime) -> QDateTime:
    from PySide6.QtCore import QDate, QTime

    return QDateTime(
        QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute)
    )


def week_count(controller: Controller, client: str) -> int:
    """Interruptions logged from ``client`` this week (Monday to now), for the notification."""
    tz = controller.profile.tz
    now = controller.service.clock()
    local = now.astimezone(tz)
    monday = (local - timedelta(days=local.weekday())).replace(hour=0, minute=0, second=0)
    found = controller.service.journal.interruptions(monday, now + timedelta(seconds=1))
    return sum(1 for i in found if i.client.casefold() == client.casefold())
