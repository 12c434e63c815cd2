"""A prepared message the person edits, then copies or sends through an account that can send
(the answer to a missed call, the thank-you to the backups). Sending runs off the GUI thread.
"""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from boundary_app.core.clients import sending_accounts
from boundary_app.core.jobs import UnexpectedError
from boundary_app.core.service import InputError
from boundary_app.providers.base import ProviderError, is_email
from boundary_app.ui.controller import Controller
from boundary_app.ui.widgets import ERROR_STYLE, plain_editor, text_label
from boundary_app.ui.worker_bridge import WorkerStopped


class Composer(QWidget):
    """To, subject and text of a message, with Copy and Send.

    Test accessors: ``to_edit``, ``subject_edit``, ``text_edit``, ``account_box``,
    ``copy_button``, ``send_button``, ``state_label``. ``sent`` fires once a message went out.
    """

    sent = Signal(str)
    """The addresses the message was sent to."""

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.to_edit = QLineEdit(self)
        self.to_edit.setPlaceholderText(self.tr("name@example.com"))
        self.subject_edit = QLineEdit(self)
        for text, edit in (
            (self.tr("&To:"), self.to_edit),
            (self.tr("Su&bject:"), self.subject_edit),
        ):
            label = QLabel(text, self)
            label.setBuddy(edit)
            form.addRow(label, edit)
        layout.addLayout(form)
        self.text_edit = plain_editor(self)
        self.text_edit.setAccessibleName(self.tr("Message"))
        layout.addWidget(self.text_edit, 1)
        layout.addLayout(self._buttons())
        self.state_label = text_label(self)
        layout.addWidget(self.state_label)
        self.to_edit.textChanged.connect(self._update)
        self.text_edit.textChanged.connect(self._update)
        self._sending = False
        self._update()

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.copy_button = QPushButton(self.tr("&Copy text"), self)
        self.copy_button.setAutoDefault(False)
        self.copy_button.clicked.connect(self.copy)
        row.addWidget(self.copy_button)
        row.addStretch(1)
        self.account_box = QComboBox(self)
        self.account_box.setAccessibleName(self.tr("Send from"))
        for account in sending_accounts(self.controller.service):
            self.account_box.addItem(account.name, account.name)
        via = QLabel(self.tr("Send &from:"), self)
        via.setBuddy(self.account_box)
        self.send_button = QPushButton(self.tr("&Send"), self)
        self.send_button.setAutoDefault(False)
        self.send_button.clicked.connect(self.send)
        if self.account_box.count() == 0:
            via.hide()
            self.account_box.hide()
            self.send_button.setToolTip(
                self.tr("None of your accounts can send mail: copy the text into your mail.")
            )
        row.addWidget(via)
        row.addWidget(self.account_box)
        row.addWidget(self.send_button)
        return row

    def recipients(self) -> list[str]:
        """The addresses in To (several are separated by commas); each gets its own copy."""
        parts = self.to_edit.text().replace(";", ",").split(",")
        return [p.strip() for p in parts if p.strip()]

    def set_message(self, to: str, subject: str, text: str) -> None:
        self.to_edit.setText(to)
        self.subject_edit.setText(subject)
        self.text_edit.setPlainText(text)
        self.state_label.clear()

    @Slot()
    def _update(self) -> None:
        can_send = (
            self.account_box.count() > 0
            and bool(self.recipients())
            and all(is_email(to) for to in self.recipients())
            and bool(self.text_edit.toPlainText().strip())
            and not self._sending
        )
        self.send_button.setEnabled(can_send)

    @Slot()
    def copy(self) -> None:
        clipboard = QGuiApplication.clipboard()
        clipboard.setText(self.text_edit.toPlainText())
        self.state_label.setStyleSheet("")
        self.state_label.setText(self.tr("The text is on the clipboard."))

    @Slot()
    def send(self) -> None:
        if not self.send_button.isEnabled():
            return
        account = str(self.account_box.currentData())
        recipients, subject = self.recipients(), self.subject_edit.text()
        text = self.text_edit.toPlainText()
        to = ", ".join(recipients)
        self._sending = True
        self._update()
        self.state_label.setStyleSheet("")
        self.state_label.setText(self.tr("Sending to %1…").replace("%1", to))
        self.controller.send_mail(
            account, recipients, subject, text, lambda result: self._done(to, result), owner=self
        )

    def _done(self, to: str, result: object) -> None:
        if not isValid(self):  # its window was closed while the message went out
            return
        self._sending = False
        self._update()
        if isinstance(result, Exception):
            self.state_label.setStyleSheet(ERROR_STYLE)
            said = ProviderError | InputError | WorkerStopped | UnexpectedError
            words = str(result) if isinstance(result, said) else repr(result)
            self.state_label.setText(self.tr("Not sent: %1").replace("%1", words))
            return
        self.state_label.setText(self.tr("Sent to %1.").replace("%1", to))
        self.sent.emit(to)
