"""The main window: status and the main actions; the whole app when there is no tray."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QCloseEvent, QIcon
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from boundary_app.core.service import Status
from boundary_app.ui import texts

if TYPE_CHECKING:
    from boundary_app.ui.shell import Shell


ROWS = (
    ("go_away", "back", "settings", "quit"),
    ("check_now", "skip_next", "pause_today", "statistics"),
)
"""The shell's actions as buttons: going away, then the mail checks."""


class MainWindow(QWidget):
    """Status and the main actions in a window: the whole app when there is no tray."""

    def __init__(self, shell: Shell, quit_on_close: bool) -> None:
        super().__init__()
        self.shell = shell
        self.quit_on_close = quit_on_close
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        font = self.status_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.status_label.setFont(font)
        self.health_label = QLabel()
        self.health_label.setWordWrap(True)
        self.checks_label = QLabel()
        self.checks_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status_label)
        layout.addWidget(self.health_label)
        layout.addWidget(self.checks_label)
        layout.addStretch(1)
        self.buttons: dict[str, QPushButton] = {}
        for row in ROWS:
            buttons = QHBoxLayout()
            for key in row:
                action = shell.actions[key]
                button = QPushButton()
                button.clicked.connect(action.trigger)
                self.buttons[key] = button
                buttons.addWidget(button)
            layout.addLayout(buttons)
        self.buttons["go_away"].setDefault(True)
        self.setMinimumWidth(460)
        self.word()

    def word(self) -> None:
        """(Re)write the words that do not come from the status."""
        self.setWindowTitle(self.tr("Boundary"))
        for key, button in self.buttons.items():
            button.setText(self.shell.actions[key].text())

    def show_status(self, status: Status, icon: QIcon) -> None:
        tz = self.shell.controller.profile.tz
        self.status_label.setText(texts.status_line(status, tz))
        self.health_label.setText(texts.health_line(status))
        self.checks_label.setText(self.shell.actions["checks"].text())
        for key, button in self.buttons.items():
            button.setEnabled(self.shell.actions[key].isEnabled())
        self.setWindowIcon(icon)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.quit_on_close:
            QApplication.quit()
        event.accept()
