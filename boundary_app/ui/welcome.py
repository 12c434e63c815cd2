"""The first start: one short welcome, then the start-at-sign-in question.

The welcome asks for three things: your name, your first backup (the colleague your replies
name), and whether to add a mail account now or try Boundary on this computer first (the
built-in trial account, which answers no mail). **Skip** (or Esc) keeps the profile as it
was. The shell shows the start-at-sign-in question next, then what was chosen: Settings with
the add-account form, or the Go-away dialog (``Shell.welcome``).

It is shown once, on a new profile (``start_at_login.should_welcome``, which every start asks;
this module is imported only when there is a welcome to show). The only thing it writes is the
profile, a small local file; it asks nothing of the network (the add-account form it leads
to looks settings up and signs in off the GUI thread, as always).
"""

from __future__ import annotations

import copy
import logging
from enum import StrEnum

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from boundary_app.core.profile import Backup, Profile, ProfileError
from boundary_app.providers.base import is_email
from boundary_app.ui.controller import Controller
from boundary_app.ui.widgets import ERROR_STYLE, text_label

log = logging.getLogger(__name__)


class Choice(StrEnum):
    """How the welcome ended."""

    ADD = "add"
    """Add a mail account now (Settings opens on the add-account form)."""
    TRY = "try"
    """Try Boundary on this computer first (the Go-away dialog opens)."""
    SKIP = "skip"
    """Skip: nothing was saved."""


class WelcomeDialog(QDialog):
    """Your name, your first backup, then add an account or try it on this computer.

    ``chosen`` is emitted with the ``Choice`` when the dialog closes. Enter in a field does
    not close it: a button is pressed on purpose (Alt + its letter, or Tab then Space).

    Test accessors: ``name_edit``, ``backup_name_edit``, ``backup_email_edit``,
    ``error_label``, ``add_button``, ``try_button``, ``skip_button``, ``choice``.
    """

    chosen = Signal(str)

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.choice = Choice.SKIP
        self.setWindowTitle(self.tr("Welcome to Boundary"))
        self.error_label = text_label(self, style=ERROR_STYLE)
        self.error_label.hide()
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Welcome to Boundary"), self)
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        layout.addWidget(
            text_label(
                self,
                self.tr(
                    "Boundary sets your out-of-office reply on your mail accounts at once, "
                    "names who covers for you, and turns the reply off on time."
                ),
            )
        )
        layout.addSpacing(6)
        layout.addLayout(self._form())
        layout.addWidget(self.error_label)  # under the fields it is about
        layout.addSpacing(6)
        layout.addWidget(
            text_label(
                self,
                self.tr(
                    "Then add your mail account, or try Boundary on this computer first: the "
                    "reply is kept here and no mail is answered."
                ),
            )
        )
        layout.addSpacing(6)
        layout.addLayout(self._buttons())
        self.finished.connect(lambda _: self.chosen.emit(self.choice.value))
        self.setMinimumWidth(460)
        self.adjustSize()  # the size its words need, before it is first shown

    def _form(self) -> QFormLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(self.tr("For example: Ana de Vries"))
        self.backup_name_edit = QLineEdit(self)
        self.backup_name_edit.setPlaceholderText(self.tr("For example: Sam Lee"))
        self.backup_email_edit = QLineEdit(self)
        self.backup_email_edit.setPlaceholderText(self.tr("sam@example.com"))
        for text, edit in (
            (self.tr("Your &name:"), self.name_edit),
            (self.tr("Who &covers for you:"), self.backup_name_edit),
            (self.tr("Their &email:"), self.backup_email_edit),
        ):
            label = QLabel(text, self)
            label.setBuddy(edit)
            form.addRow(label, edit)
            edit.textChanged.connect(self.error_label.hide)
        return form

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add a mail account…"), self)
        self.try_button = QPushButton(self.tr("&Try it on this computer"), self)
        self.skip_button = QPushButton(self.tr("&Skip"), self)
        self.add_button.clicked.connect(lambda: self._finish(Choice.ADD))
        self.try_button.clicked.connect(lambda: self._finish(Choice.TRY))
        self.skip_button.clicked.connect(self.reject)
        row.addWidget(self.skip_button)
        row.addStretch(1)
        row.addWidget(self.try_button)
        row.addWidget(self.add_button)
        for button in (self.add_button, self.try_button, self.skip_button):
            button.setAutoDefault(False)  # Enter in a field closes nothing
        return row

    def problem(self) -> str | None:
        """What stops saving what was typed, in words, or None."""
        backup_name = self.backup_name_edit.text().strip()
        email = self.backup_email_edit.text().strip()
        if email and not backup_name:
            return self.tr("Give the name of the colleague who covers for you too.")
        if backup_name and not is_email(email):
            if not email:
                return self.tr("Give the email address of %1 too.").replace("%1", backup_name)
            return self.tr("'%1' is not an email address.").replace("%1", email)
        return None

    def welcomed(self) -> Profile:
        """The profile with what was typed: the name, the backup first in the roster."""
        profile = copy.deepcopy(self.controller.profile)
        if name := self.name_edit.text().strip():
            profile.identity.name = name
        backup_name = self.backup_name_edit.text().strip()
        if backup_name:
            email = self.backup_email_edit.text().strip()
            profile.backups.insert(0, Backup(name=backup_name, email=email))
        return profile

    def _finish(self, choice: Choice) -> None:
        if (problem := self.problem()) is not None:
            self._say(problem)
            return
        profile = self.welcomed()
        if profile != self.controller.profile:
            try:
                self.controller.save_profile(profile)
            except (ProfileError, OSError) as error:
                log.warning("Could not save the welcome's name and backup: %s", error)
                self._say(self.tr("Boundary could not save this: %1").replace("%1", str(error)))
                return
        self.choice = choice
        self.accept()

    def _say(self, words: str) -> None:
        self.error_label.setText(words)
        self.error_label.show()
        self.adjustSize()

    def reject(self) -> None:
        self.choice = Choice.SKIP
        super().reject()
