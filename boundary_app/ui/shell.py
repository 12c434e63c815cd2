"""The tray icon, the small main window, and the actions they share.

With a system tray, Boundary lives in it; without one (some Linux desktops), the main window
is the app and closing it quits. Dialogs are created when first asked for, never at start-up.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import resources

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QCloseEvent, QIcon
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from boundary_app.core.reconciler import AccountResult
from boundary_app.core.service import Status
from boundary_app.ui import texts
from boundary_app.ui.controller import Controller


def load_icon(name: str) -> QIcon:
    path = resources.files("boundary_app.resources").joinpath("icons", f"{name}.svg")
    return QIcon(str(path))


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


class Shell(QObject):
    def __init__(self, controller: Controller, use_tray: bool) -> None:
        super().__init__()
        self.controller = controller
        self.use_tray = use_tray
        self.dialogs: dict[str, QDialog] = {}
        self.actions = {
            "status": QAction(self),
            "go_away": QAction(self.tr("&Go away…"), self),
            "back": QAction(self.tr("I'm &back"), self),
            "settings": QAction(self.tr("&Settings…"), self),
            "quit": QAction(self.tr("&Quit"), self),
        }
        self.actions["status"].setEnabled(False)
        self.actions["go_away"].triggered.connect(self.open_go_away)
        self.actions["back"].triggered.connect(controller.come_back)
        self.actions["settings"].triggered.connect(self.open_settings)
        self.actions["quit"].triggered.connect(QApplication.quit)

        self.menu = QMenu()
        self.menu.addAction(self.actions["status"])
        self.menu.addSeparator()
        for key in ("go_away", "back", "settings"):
            self.menu.addAction(self.actions[key])
        self.menu.addSeparator()
        self.menu.addAction(self.actions["quit"])

        self.tray = QSystemTrayIcon(load_icon("available"), self)
        self.tray.setContextMenu(self.menu)
        self.tray.activated.connect(self._on_activated)
        self.window = MainWindow(self, quit_on_close=not use_tray)

        controller.status_changed.connect(self.show_status)
        controller.push_finished.connect(self._on_pushed)
        controller.notice.connect(self.notify)
        self.show_status(controller.last_status)

    def start(self) -> None:
        if self.use_tray:
            self.tray.show()
        else:
            self.window.show()

    # --- showing state --------------------------------------------------------------------

    def show_status(self, status: Status) -> None:
        tz = self.controller.profile.tz
        icon = load_icon(texts.icon_name(status))
        self.actions["status"].setText(texts.status_line(status, tz))
        self.actions["back"].setEnabled(status.away is not None)
        self.tray.setIcon(icon)
        self.tray.setToolTip(texts.tooltip(status, tz))
        self.window.show_status(status, icon)

    def notify(self, title: str, text: str) -> None:
        if self.use_tray and self.tray.isVisible():
            self.tray.showMessage(title, text, load_icon("available"))
        else:
            box = QMessageBox(QMessageBox.Icon.Information, title, text, parent=self.window)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()

    def _on_pushed(self, results: list[AccountResult] | Exception) -> None:
        if isinstance(results, Exception) or "go_away" in self.dialogs:
            return  # the Go-away dialog shows its own results
        trouble = [r for r in results if r.status in ("failed", "needs-sign-in")]
        if trouble:
            lines = [f"{r.account}: {r.message}" for r in trouble]
            self.notify(self.tr("Boundary could not update every account"), "\n".join(lines))

    # --- actions --------------------------------------------------------------------------

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.open_go_away()

    def show_main(self) -> None:
        """Bring Boundary forward (a second start asks for this)."""
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()

    def _open(self, key: str, make: Callable[[], QDialog]) -> None:
        dialog = self.dialogs.get(key)
        if dialog is None:
            dialog = make()
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.destroyed.connect(lambda: self.dialogs.pop(key, None))
            self.dialogs[key] = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def open_go_away(self) -> None:
        from boundary_app.ui.away_dialog import GoAwayDialog

        self._open("go_away", lambda: GoAwayDialog(self.controller))

    def open_settings(self) -> None:
        from boundary_app.ui.settings_dialog import SettingsDialog

        self._open("settings", lambda: SettingsDialog(self.controller))
