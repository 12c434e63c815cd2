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
    from boundary_app.core.autostart import Autostart
    from boundary_app.core.checks import Due
    from boundary_app.core.journal import CheckRecord
    from boundary_app.ui.check_popup import CheckPopup
    from boundary_app.ui.languages import Translators
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
    def __init__(
        self,
        controller: Controller,
        use_tray: bool,
        translators: Translators | None = None,
        *,
        tray: QSystemTrayIcon | None = None,
        window: MainWindow | None = None,
    ) -> None:
        """``tray`` and ``window``: those shown at start-up before the shell existed
        (``ui/first_show.py``), which the shell takes over."""
        super().__init__()
        self.controller = controller
        self.use_tray = use_tray
        self.translators = translators
        self.dialogs: dict[str, QDialog] = {}
        keys = "status go_away back settings quit checks check_now skip_next pause_today statistics"
        self.actions = {key: QAction(self) for key in keys.split()}
        self._word_actions()
        self.actions["status"].setEnabled(False)
        self.actions["checks"].setEnabled(False)
        self.actions["check_now"].triggered.connect(self.check_now)
        self.actions["skip_next"].triggered.connect(self.skip_next)
        self.actions["pause_today"].triggered.connect(self.pause_today)
        self.actions["statistics"].triggered.connect(self.open_statistics)
        self.popup: CheckPopup | None = None
        self.actions["go_away"].triggered.connect(self.open_go_away)
        self.actions["back"].triggered.connect(controller.come_back)
        self.actions["settings"].triggered.connect(self.open_settings)
        self.actions["quit"].triggered.connect(QApplication.quit)

        self.menu = QMenu()
        self.menu.addAction(self.actions["status"])
        self.menu.addSeparator()
        for key in ("go_away", "back"):
            self.menu.addAction(self.actions[key])
        self.menu.addSeparator()
        for key in ("checks", "check_now", "skip_next", "pause_today", "statistics"):
            self.menu.addAction(self.actions[key])
        self.menu.addSeparator()
        self.menu.addAction(self.actions["settings"])
        self.menu.addSeparator()
        self.menu.addAction(self.actions["quit"])

        self.tray = tray or QSystemTrayIcon(load_icon("available"), self)
        self.tray.setParent(self)
        self.tray.setContextMenu(self.menu)
        self.tray.activated.connect(self._on_activated)
        self._window: MainWindow | None = None
        if window is not None:
            self._adopt(window)

        controller.status_changed.connect(self.show_status)
        controller.push_finished.connect(self._on_pushed)
        controller.notice.connect(self.notify)
        controller.check_due.connect(self.on_check_due)
        self.show_status(controller.last_status)

    def _word_actions(self) -> None:
        for key, text in (
            ("go_away", self.tr("&Go away…")),
            ("back", self.tr("I'm &back")),
            ("settings", self.tr("&Settings…")),
            ("quit", self.tr("&Quit")),
            ("check_now", self.tr("&Check mail now")),
            ("skip_next", self.tr("S&kip next check")),
            ("pause_today", self.tr("&Pause checks for today")),
            ("statistics", self.tr("S&tatistics…")),
        ):
            self.actions[key].setText(text)

    def follow_language(self) -> None:
        """Speak the profile's language if it changed: the menu and open windows re-word."""
        from boundary_app.ui.languages import app_language

        wanted = app_language(self.controller.profile.preferences.language)
        if self.translators is None or not self.translators.apply(wanted):
            return
        self._word_actions()
        if self._window is not None:
            self._word_window(self._window)
        if (old := self.dialogs.pop("statistics", None)) is not None:
            # Its words are drawn: build it again, showing what the old one showed.
            from boundary_app.ui.stats_window import StatsWindow

            self.open_statistics()
            new = self.dialogs["statistics"]
            if isinstance(new, StatsWindow) and isinstance(old, StatsWindow):
                new.show_as(old)
            old.close()
        if self.popup is not None:  # the countdown and the list come from the journal
            record, visible = self.popup.record, self.popup.isVisible()
            self._drop_popup()
            if visible:
                self.show_check(record)

    @property
    def window(self) -> MainWindow:
        """The main window, built when first shown (with a tray, perhaps never)."""
        if self._window is None:
            from boundary_app.ui.main_window import MainWindow

            self._adopt(MainWindow(quit_on_close=not self.use_tray))
        assert self._window is not None
        return self._window

    def _adopt(self, window: MainWindow) -> None:
        window.quit_on_close = not self.use_tray
        window.action_requested.connect(lambda key: self.actions[key].trigger())
        self._word_window(window)
        self._window = window
        status = self.controller.last_status
        self._show_in_window(window, status, load_icon(texts.icon_name(status)))

    def _word_window(self, window: MainWindow) -> None:
        window.word({key: action.text() for key, action in self.actions.items()})

    def _show_in_window(self, window: MainWindow, status: Status, icon: QIcon) -> None:
        window.show_status(
            texts.status_line(status, self.controller.profile.tz),
            texts.health_line(status),
            self.actions["checks"].text(),
            {key: action.isEnabled() for key, action in self.actions.items()},
            icon,
        )

    def start(self) -> None:
        if self.use_tray:
            self.tray.show()
        else:
            self.window.show()
        current = self.controller.service.checks.current()
        if current is not None:  # Boundary stopped during a check that is still under way
            self.show_check(current)
        self.controller.sync_checks()

    # --- showing state --------------------------------------------------------------------

    def show_status(self, status: Status) -> None:
        self.follow_language()
        tz = self.controller.profile.tz
        icon = load_icon(texts.icon_name(status))
        checks = self.controller.service.checks
        now = checks.clock()
        upcoming = checks.upcoming(now)
        check_line = texts.check_line(checks.current(), upcoming, now, tz)
        self.actions["status"].setText(texts.status_line(status, tz))
        self.actions["back"].setEnabled(status.away is not None)
        self.actions["checks"].setText(check_line or self.tr("No mail checks planned"))
        self.actions["skip_next"].setEnabled(upcoming is not None)
        self.tray.setIcon(icon)
        self.tray.setToolTip(texts.tooltip(status, tz, check_line))
        if self._window is not None:
            self._show_in_window(self._window, status, icon)

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
            dialog.destroyed.connect(lambda _=None, gone=dialog: self._dialog_gone(key, gone))
            self.dialogs[key] = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    # --- mail checks ------------------------------------------------------------------------

    def on_check_due(self, due: Due) -> None:
        tz = self.controller.profile.tz
        if due.kind == "remind" and due.window is not None:
            minutes = round(
                (due.window.start - self.controller.service.clock()).total_seconds() / 60
            )
            self.notify(
                self.tr("Mail check"),
                self.tr("Mail check at %1 in %n minute(s)", "", minutes).replace(
                    "%1", texts.format_when(due.window.start, tz, with_date=False)
                ),
            )
        elif due.kind == "open" and due.record is not None:
            self.show_check(due.record)
        elif due.kind == "times-up" and due.record is not None:
            if self.popup is not None:
                self.popup.show_times_up()
            self.notify(
                self.tr("Time's up"),
                self.tr(
                    "Your mail check is over. Close your mail; what is urgent can wait "
                    "for your backup or the next check."
                ),
            )
        elif due.kind == "evaluate":
            self.notify(
                self.tr("Your two-month evaluation"),
                self.tr(
                    "You have kept your mail-check plan for a while now: look back at "
                    "how it went in Statistics."
                ),
            )
            self.open_statistics()
        self.show_status(self.controller.last_status)

    def _dialog_gone(self, key: str, dialog: QDialog) -> None:
        if self.dialogs.get(key) is dialog:  # not the one that replaced it
            del self.dialogs[key]

    def show_check(self, record: CheckRecord) -> None:
        from boundary_app.ui.check_popup import CheckPopup

        if self.popup is None or self.popup.record.start != record.start:
            self._drop_popup()
            popup = CheckPopup(self.controller, record)
            popup.setAttribute(_delete_on_close())
            popup.destroyed.connect(lambda _=None, gone=popup: self._popup_gone(gone))
            self.popup = popup
        self.popup.reopen(record)  # a snoozed window comes back with a new end
        self.popup.show()
        self.popup.raise_()
        self.popup.activateWindow()

    def _drop_popup(self) -> None:
        """Let the pop-up go without closing it: closing it would end the mail check."""
        if self.popup is not None:
            self.popup.hide()
            self.popup.deleteLater()
            self.popup = None

    def _popup_gone(self, popup: CheckPopup) -> None:
        if self.popup is popup:  # not the one that replaced it
            self.popup = None

    def check_now(self) -> None:
        checks = self.controller.service.checks
        if checks.current() is None and not checks.in_window():
            from PySide6.QtWidgets import QMessageBox

            answer = QMessageBox.question(
                None,
                self.tr("Check mail now?"),
                self.tr(
                    "It is not time for a mail check. Open an unscheduled check anyway? "
                    "It goes on your record as unscheduled."
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.show_check(checks.check_now())
        self.controller.refresh()

    def skip_next(self) -> None:
        window = self.controller.service.checks.skip_next()
        if window is not None:
            tz = self.controller.profile.tz
            self.notify(
                self.tr("Mail check skipped"),
                self.tr("The mail check at %1 is skipped.").replace(
                    "%1", texts.format_when(window.start, tz)
                ),
            )
        self.controller.refresh()

    def pause_today(self) -> None:
        skipped = self.controller.service.checks.pause_today()
        self.notify(
            self.tr("Mail checks paused"),
            self.tr("No more mail checks today (%n skipped).", "", len(skipped)),
        )
        self.controller.refresh()

    def open_statistics(self) -> None:
        from boundary_app.ui.stats_window import StatsWindow

        self._open("statistics", lambda: StatsWindow(self.controller))

    def open_go_away(self) -> None:
        from boundary_app.ui.away_dialog import GoAwayDialog

        self._open("go_away", lambda: GoAwayDialog(self.controller))

    def open_settings(self) -> None:
        from boundary_app.ui.settings.dialog import SettingsDialog

        self._open("settings", lambda: SettingsDialog(self.controller))

    def ask_start_at_login(self, backend: Autostart | None = None) -> None:
        """The first-run question "Start Boundary when you sign in?", once per profile."""
        from boundary_app.core.autostart import for_platform
        from boundary_app.ui.start_at_login import StartAtLoginQuestion, should_ask

        chosen = backend if backend is not None else for_platform()
        if should_ask(self.controller, chosen):
            self._open("start_at_login", lambda: StartAtLoginQuestion(self.controller, chosen))
