"""The main window: status and the main actions; the whole app when there is no tray."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QCloseEvent, QIcon
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from boundary_app.core.service import Status
from boundary_app.ui import texts

if TYPE_CHECKING:
    from boundary_app.ui.shell import Shell


class MainWindow(QWidget):
    """Status and the main actions in a window: the whole app when there is no tray."""

    def __init__(self, shell: Shell, quit_on_close: bool) -> None:
        super().__init__()
        self.shell = shell
        self.quit_on_close = quit_on_close
        self.setWindowTitle(self.tr("Boundary"))
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        font = self.status_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.status_label.setFont(font)
        self.health_label = QLabel()
        self.health_label.setWordWrap(True)
        buttons = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, action in shell.actions.items():
            if key == "status":
                continue
            button = QPushButton(action.text())
            button.clicked.connect(action.trigger)
            self.buttons[key] = button
            buttons.addWidget(button)
        self.buttons["go_away"].setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status_label)
        layout.addWidget(self.health_label)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.setMinimumWidth(460)

    def show_status(self, status: Status, icon: QIcon) -> None:
        tz = self.shell.controller.profile.tz
        self.status_label.setText(texts.status_line(status, tz))
        self.health_label.setText(texts.health_line(status))
        self.buttons["back"].setEnabled(self.shell.actions["back"].isEnabled())
        self.setWindowIcon(icon)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.quit_on_close:
            QApplication.quit()
        event.accept()
