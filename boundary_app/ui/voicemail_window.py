"""The voicemail greeting to record: for focus days and for time away, with Copy, following the
profile (``core/voicemail.py``). It reads the profile and the journal only."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from boundary_app.core.voicemail import Greeting, greetings
from boundary_app.ui.controller import Controller
from boundary_app.ui.language_pickers import language_box
from boundary_app.ui.texts import day_text, short_when_text
from boundary_app.ui.widgets import plain_editor, text_label


class VoicemailWindow(QDialog):
    """Test accessors: ``language_box``, ``greetings`` (shown), ``editors`` and
    ``copy_buttons`` (one per greeting), ``empty_label``, ``state_label``."""

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.greetings: list[Greeting] = []
        self.editors: list[QPlainTextEdit] = []
        self.copy_buttons: list[QPushButton] = []
        self.setWindowTitle(self.tr("Voicemail greeting — Boundary"))
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        layout = QVBoxLayout(self)
        layout.addWidget(
            text_label(
                self,
                self.tr(
                    "Record this on your phone's voicemail. It follows your profile: when your "
                    "focus days, backups or time away change, so does the text."
                ),
            )
        )
        row = QHBoxLayout()
        self.language_box = language_box(self, (self.tr("Your reply's languages"), ""))
        label = QLabel(self.tr("&Language:"), self)
        label.setBuddy(self.language_box)
        row.addWidget(label)
        row.addWidget(self.language_box)
        row.addStretch(1)
        layout.addLayout(row)
        self.empty_label = text_label(
            self,
            self.tr(
                "Nothing to record: no focus day and no time away ahead. Set focus days in "
                "Settings → Mail checks, or go away."
            ),
        )
        layout.addWidget(self.empty_label)
        self.area = QVBoxLayout()
        layout.addLayout(self.area, 1)
        layout.addWidget(
            text_label(
                self,
                self.tr(
                    "Microsoft Teams: in Teams, Settings → Calls → Configure voicemail, record "
                    "the greeting, and choose to play your out-of-office greeting when automatic "
                    "replies are on. Other phones: record it as the busy or unavailable greeting."
                ),
                hint=True,
            )
        )
        self.state_label = text_label(self)
        layout.addWidget(self.state_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.language_box.currentIndexChanged.connect(self.reload)
        controller.status_changed.connect(self._on_status_changed)
        self.reload()
        self.resize(620, 560)

    @Slot()
    def reload(self) -> None:
        while (item := self.area.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                widget.deleteLater()
        self.editors, self.copy_buttons = [], []
        lang = str(self.language_box.currentData() or "")
        self.greetings = greetings(self.controller.service, (lang,) if lang else None)
        self.empty_label.setVisible(not self.greetings)
        for greeting in self.greetings:
            self.area.addWidget(self._box(greeting))

    def _box(self, greeting: Greeting) -> QGroupBox:
        tz = self.controller.profile.tz
        if greeting.occasion == "focus":
            title = self.tr("For your focus days (the next: %1)").replace(
                "%1", day_text(greeting.start.astimezone(tz).date(), short=True)
            )
        elif greeting.end is not None:
            title = self.tr("For your time away, until %1").replace(
                "%1", short_when_text(greeting.end, tz)
            )
        else:
            title = self.tr("For your time away, until further notice")
        box = QGroupBox(title, self)
        column = QVBoxLayout(box)
        editor = plain_editor(box, read_only=True)
        editor.setPlainText(greeting.text)
        editor.setAccessibleName(title)
        column.addWidget(editor)
        copy = QPushButton(self.tr("&Copy"), box)
        copy.setAutoDefault(False)
        copy.clicked.connect(lambda _=False, text=greeting.text: self.copy(text))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(copy)
        column.addLayout(row)
        self.editors.append(editor)
        self.copy_buttons.append(copy)
        return box

    def copy(self, text: str) -> None:
        QGuiApplication.clipboard().setText(text)
        self.state_label.setText(self.tr("The greeting is on the clipboard."))

    @Slot(object)
    def _on_status_changed(self, _status: object) -> None:
        if self.isVisible():
            self.reload()
