"""The main window: status and the main actions; the whole app when there is no tray.

The window shows what it is given and says which button was pressed; the shell
(``shell.py``) words it, feeds it the status and carries out the actions.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent, QIcon
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

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
    key → button), ``found_panels`` (account → its panel: ``label``, ``keep``, ``leave``),
    ``quit_on_close``.
    """

    action_requested = Signal(str)
    """The key (one of ``ROWS``) of the button pressed."""
    found_requested = Signal(str, str)
    """("keep" or "leave", the account) for a reply found on an account."""

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
        self.found_box = QVBoxLayout()
        layout.addLayout(self.found_box)
        self.found_panels: dict[str, FoundPanel] = {}
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

    def show_found(self, found: Sequence[tuple[str, str]], keep: str, leave: str) -> None:
        """A panel per reply found on an account: (account, what was found), with the words of
        its two buttons."""
        for panel in self.found_panels.values():
            panel.deleteLater()
        self.found_panels = {}
        for name, sentence in found:
            panel = FoundPanel(sentence, keep, leave, self)
            panel.keep.clicked.connect(lambda _=False, n=name: self.found_requested.emit("keep", n))
            panel.leave.clicked.connect(
                lambda _=False, n=name: self.found_requested.emit("leave", n)
            )
            self.found_box.addWidget(panel)
            self.found_panels[name] = panel

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.quit_on_close:
            QApplication.quit()
        event.accept()


class FoundPanel(QFrame):
    """A reply found on an account: what it is, and Keep it / Leave it alone."""

    def __init__(self, sentence: str, keep: str, leave: str, parent: QWidget) -> None:
        from PySide6.QtCore import Qt  # built only when a reply was found: not at start-up

        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        self.label = QLabel(sentence, self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # an account name is not markup
        layout.addWidget(self.label)
        row = QHBoxLayout()
        row.addStretch(1)
        self.keep = QPushButton(keep, self)
        self.leave = QPushButton(leave, self)
        row.addWidget(self.keep)
        row.addWidget(self.leave)
        layout.addLayout(row)
