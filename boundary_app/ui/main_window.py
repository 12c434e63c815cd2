"""The main window: status and the main actions; the whole app when there is no tray.

The window shows what it is given and says which button was pressed; the shell
(``shell.py``) words it, feeds it the status and carries out the actions.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent, QIcon
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

ROWS = (
    ("go_away", "back", "settings", "quit"),
    ("check_now", "skip_next", "pause_today", "statistics"),
    ("missed_call", "interruption", "voicemail", "briefing", "review"),
)
"""The shell's actions as buttons: going away, the mail checks, then clients and the phone,
the way back and the evaluation."""


class MainWindow(QWidget):
    """Status and the main actions in a window: the whole app when there is no tray.

    Test accessors: ``status_label``, ``health_label``, ``checks_label``, ``buttons`` (action
    key → button), ``quit_on_close``.
    """

    action_requested = Signal(str)
    """The key (one of ``ROWS``) of the button pressed."""

    def __init__(self, quit_on_close: bool) -> None:
        super().__init__()
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
                button = QPushButton()
                button.clicked.connect(lambda _=False, key=key: self.action_requested.emit(key))
                self.buttons[key] = button
                buttons.addWidget(button)
            layout.addLayout(buttons)
        self.buttons["go_away"].setDefault(True)
        self.setMinimumWidth(460)

    def word(self, labels: Mapping[str, str]) -> None:
        """(Re)write the title and the buttons' words (action key → text)."""
        self.setWindowTitle(self.tr("Boundary"))
        for key, button in self.buttons.items():
            button.setText(labels[key])

    def show_status(
        self, status: str, health: str, checks: str, enabled: Mapping[str, bool], icon: QIcon
    ) -> None:
        """Show the status lines; ``enabled`` says which actions can be used now."""
        self.status_label.setText(status)
        self.health_label.setText(health)
        self.checks_label.setText(checks)
        for key, button in self.buttons.items():
            button.setEnabled(enabled[key])
        self.setWindowIcon(icon)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.quit_on_close:
            QApplication.quit()
        event.accept()
