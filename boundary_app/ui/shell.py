"""The tray icon, the small main window, and the actions they share.

With a system tray, Boundary lives in it; without one (some Linux desktops), the main window
is the app and closing it quits. The window and the dialogs are imported and built when
first needed: their widget classes cost tens of milliseconds to load.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QSystemTrayIcon

from boundary_app.core.paths import resource
from boundary_app.core.reconciler import AccountResult
from boundary_app.core.service import Status
from boundary_app.ui import texts
from boundary_app.ui.controller import Controller

if TYPE_CHECKING:
    from boundary_app.ui.main_window import MainWindow


def _delete_on_close() -> Any:
    # The first use of PySide6's Qt namespace builds all its enums (~45 ms), so it is
    # looked up when a window is first opened, not at start-up.
    from PySide6.QtCore import Qt

    return Qt.WidgetAttribute.WA_DeleteOnClose


def load_icon(name: str) -> QIcon:
    path = resource("icons", f"{name}.svg")
    return QIcon(str(path))


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
        self._window: MainWindow | None = None

        controller.status_changed.connect(self.show_status)
        controller.push_finished.connect(self._on_pushed)
        controller.notice.connect(self.notify)
        self.show_status(controller.last_status)

    @property
    def window(self) -> MainWindow:
        """The main window, built when first shown (with a tray, perhaps never)."""
        if self._window is None:
            from boundary_app.ui.main_window import MainWindow

            self._window = MainWindow(self, quit_on_close=not self.use_tray)
            status = self.controller.last_status
            self._window.show_status(status, load_icon(texts.icon_name(status)))
        return self._window

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
        if self._window is not None:
            self._window.show_status(status, icon)

    def notify(self, title: str, text: str) -> None:
        if self.use_tray and self.tray.isVisible():
            self.tray.showMessage(title, text, load_icon("available"))
        else:
            from PySide6.QtWidgets import QMessageBox

            box = QMessageBox(QMessageBox.Icon.Information, title, text, parent=self.window)
            box.setAttribute(_delete_on_close())
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
            dialog.setAttribute(_delete_on_close())
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
