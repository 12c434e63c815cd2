"""The tray icon, the small main window, and the actions they share.

With a system tray, Boundary lives in it; without one (some Linux desktops), the main window
is the app and closing it quits. The window and the dialogs are imported and built when
first needed: their widget classes cost tens of milliseconds to load.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QMessageBox, QSystemTrayIcon

from boundary_app.core.reconciler import AccountResult
from boundary_app.core.service import Status
from boundary_app.core.states import AccountStatus
from boundary_app.ui import icons, texts
from boundary_app.ui.controller import Controller
from boundary_app.ui.cover_texts import bounce_lines, bounce_text, reach_line

if TYPE_CHECKING:
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from boundary_app.core.autostart import Autostart
    from boundary_app.core.checks import Due
    from boundary_app.core.journal import CheckRecord
    from boundary_app.core.schedule import Window
    from boundary_app.ui.check_popup import CheckPopup
    from boundary_app.ui.languages import Translators
    from boundary_app.ui.main_window import MainWindow
    from boundary_app.ui.reminder import ReminderWindow
    from boundary_app.ui.result_panel import ResultPanel


BRIEFING_NEWS = timedelta(days=7)
"""How long after time away ends the tray still says "Welcome back" (once)."""
CLIENT_ACTIONS = ("missed_call", "interruption", "voicemail", "briefing", "review")
"""The tray's actions for clients, the phone, the way back and the evaluation."""


def _delete_on_close() -> Any:
    # The first use of PySide6's Qt namespace builds all its enums (~45 ms), so it is
    # looked up when a window is first opened, not at start-up.
    from PySide6.QtCore import Qt

    return Qt.WidgetAttribute.WA_DeleteOnClose


def load_icon(name: str) -> QIcon:
    """The icon ``name``, made once (``icons.icon``)."""
    return icons.icon(name)


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
        self.actions = self._make_actions()
        self._word_actions()
        self.popup: CheckPopup | None = None
        self.reminder: ReminderWindow | None = None
        self.question: QMessageBox | None = None
        """The question "Check mail now?" while it is on screen."""
        self._on_message_clicked: Callable[[], None] | None = None
        self._previewed: str | None = None
        """The language chosen in an open Settings, spoken before it is saved."""
        self._add_client_actions()
        self._briefing_busy = False
        self._briefing_looked: tuple[str, int | None] | None = None
        self.menu = self._make_menu()

        self.found_actions: list[QAction] = []
        """The tray menu's lines for replies found on accounts: what, Keep it, Leave it alone."""
        self._told_found: set[str] = set()
        self._started = False
        self.panel: ResultPanel | None = None

        self.tray = tray or QSystemTrayIcon(load_icon("available"), self)
        self.tray.setParent(self)
        self.tray.setContextMenu(self.menu)
        self.tray.activated.connect(self._on_activated)
        self.tray.messageClicked.connect(self._message_clicked)
        self._window: MainWindow | None = None
        if window is not None:
            self._adopt(window)

        controller.status_changed.connect(self.show_status)
        controller.push_finished.connect(self._on_pushed)
        controller.notice.connect(self.notify)
        controller.check_due.connect(self.on_check_due)
        self.show_status(controller.last_status)

    def _make_actions(self) -> dict[str, QAction]:
        keys = (
            "status go_away back settings quit checks check_now skip_next undo_skip pause_today"
            " statistics"
        )
        actions = {key: QAction(self) for key in (*keys.split(), *CLIENT_ACTIONS)}
        actions["status"].setEnabled(False)
        actions["checks"].setEnabled(False)
        actions["undo_skip"].setVisible(False)
        for key, slot in (
            ("check_now", self.check_now),
            ("skip_next", self.skip_next),
            ("undo_skip", self.undo_skip),
            ("pause_today", self.pause_today),
            ("statistics", self.open_statistics),
            ("go_away", self.open_go_away),
            ("back", self.come_back),
            ("settings", self.open_settings),
            ("quit", QApplication.quit),
        ):
            actions[key].triggered.connect(slot)
        return actions

    def _make_menu(self) -> QMenu:
        menu = QMenu()
        groups = (
            ("status",),
            ("go_away", "back"),
            ("checks", "check_now", "skip_next", "undo_skip", "pause_today", "statistics"),
            CLIENT_ACTIONS,
            ("settings",),
            ("quit",),
        )
        for number, keys in enumerate(groups):
            if number:
                menu.addSeparator()
            for key in keys:
                menu.addAction(self.actions[key])
        return menu

    def _word_actions(self) -> None:
        for key, text in (
            ("go_away", self.tr("&Go away…")),
            ("back", self.tr("I'm &back")),
            ("settings", self.tr("&Settings…")),
            ("quit", self.tr("&Quit")),
            ("check_now", self.tr("&Check mail now")),
            ("skip_next", self.tr("S&kip next check")),
            ("undo_skip", self.tr("&Undo skip")),
            ("pause_today", self.tr("&Pause checks for today")),
            ("statistics", self.tr("S&tatistics…")),
            ("missed_call", self.tr("Answer a &missed call…")),
            ("interruption", self.tr("&Log an interruption…")),
            ("voicemail", self.tr("&Voicemail greeting…")),
            ("briefing", self.tr("&Return briefing…")),
            ("review", self.tr("&Evaluation…")),
        ):
            self.actions[key].setText(text)

    def follow_language(self) -> None:
        """Speak the profile's language if it changed (or the one chosen in an open Settings,
        not saved yet): the menu and open windows re-word."""
        from boundary_app.ui.languages import app_language

        chosen = self.controller.profile.preferences.language
        wanted = app_language(chosen if self._previewed is None else self._previewed)
        zone = self.controller.profile.identity.timezone
        if self.translators is None or not self.translators.apply(wanted, zone):
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
        window.found_requested.connect(self._on_found_requested)
        self._word_window(window)
        self._window = window
        status = self.controller.last_status
        self._show_in_window(window, status, load_icon(texts.icon_name(status)))

    def _word_window(self, window: MainWindow) -> None:
        window.word({key: action.text() for key, action in self.actions.items()})

    def _show_in_window(self, window: MainWindow, status: Status, icon: QIcon) -> None:
        tz = self.controller.profile.tz
        window.show_status(
            texts.status_line(status, tz),
            texts.health_line(status) or reach_line(status),  # trouble first
            self.actions["checks"].text(),
            {key: action.isEnabled() for key, action in self.actions.items()},
            icon,
        )
        window.show_found(
            [
                (a.account, texts.found_sentence(a.account, a.actual, tz))
                for a in texts.found_accounts(status)
            ],
            self.tr("Keep it"),
            self.tr("Leave it alone"),
        )

    def start(self) -> None:
        self._started = True
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
        checks = self.controller.service.checks
        current = checks.current()
        icon = load_icon(texts.icon_name(status, checking=current is not None))
        now = checks.clock()
        upcoming = checks.upcoming(now)
        check_line = texts.check_line(current, upcoming, now, tz)
        self.actions["status"].setText(texts.status_line(status, tz))
        self.actions["back"].setEnabled(status.away is not None)
        self.actions["checks"].setText(check_line or self.tr("No mail checks planned"))
        self.actions["skip_next"].setEnabled(upcoming is not None)
        self._show_undo_skip(now, tz)
        if self.tray.icon().cacheKey() != icon.cacheKey():  # the same one: nothing to draw
            self.tray.setIcon(icon)
        bounces = bounce_lines(status, self.controller.account_emails())
        self.tray.setToolTip(texts.tooltip(status, tz, check_line, reach_line(status), bounces))
        self._show_found(status)
        if self._window is not None:
            self._show_in_window(self._window, status, icon)
        self._offer_briefing(status)

    def notify(self, title: str, text: str, on_click: Callable[[], None] | None = None) -> None:
        """A notification from the tray (a message box without one). ``on_click``: what
        clicking it does (Qt's notifications have no buttons of their own)."""
        self._on_message_clicked = on_click
        if self.use_tray and self.tray.isVisible():
            self.tray.showMessage(title, text, load_icon("available"))
        else:
            from PySide6.QtWidgets import QMessageBox

            box = QMessageBox(QMessageBox.Icon.Information, title, text, parent=self.window)
            box.setAttribute(_delete_on_close())
            box.open()

    def _message_clicked(self) -> None:
        if (act := self._on_message_clicked) is not None:
            self._on_message_clicked = None
            act()

    def _on_pushed(self, results: list[AccountResult] | Exception) -> None:
        self._tell_cover_news()
        if isinstance(results, Exception) or "go_away" in self.dialogs:
            return  # the Go-away dialog shows what stops it
        self._tell_bounces(results)
        if self.panel is not None and self.panel.waiting():
            return  # the result panel words this pass
        trouble = [
            r for r in results if r.status in (AccountStatus.FAILED, AccountStatus.NEEDS_SIGN_IN)
        ]
        if trouble:
            tz = self.controller.profile.tz
            lines = [
                f"{texts.shown_name(r.account, r.kind)}: {texts.said_text(r.message, tz)}"
                for r in trouble
            ]
            self.notify(self.tr("Boundary could not update every account"), "\n".join(lines))

    def _tell_bounces(self, results: list[AccountResult]) -> None:
        """A forward that bounced (5.7.520): a notification once per bounce (the journal keeps
        the newest told per account), with to whom, why and what to do; the tooltip keeps it
        while it lasts."""
        tz, emails = self.controller.profile.tz, self.controller.account_emails()
        for result, channel in self.controller.service.bounce_news(results):
            text = bounce_text(channel, emails.get(result.account, ""), tz)
            name = texts.shown_name(result.account, result.kind)
            self.notify(self.tr("Forwarded mail bounced"), f"{name}: {text}")

    def _tell_cover_news(self) -> None:
        """Who covers changed during the away period (a backup's own auto-reply went on or
        off, or a mark by hand): say who covers now, once (the journal keeps it told)."""
        from boundary_app.core.journal import JournalError

        try:
            news = self.controller.service.cover_news()
        except JournalError:
            return  # said elsewhere; the news waits for the next pass
        for switch in news:
            if not switch.backup:
                self.notify(
                    self.tr("No backup is available"),
                    self.tr(
                        "None of your backups is available: your reply names nobody and no "
                        "mail is forwarded until one is back."
                    ),
                )
                continue
            text = self.tr(
                "%1 now covers for you: your reply names them, and forwarded mail goes to them."
            ).replace("%1", switch.backup)
            if switch.previous:
                text = self.tr("%1 is not available.").replace("%1", switch.previous) + " " + text
            self.notify(self.tr("Another backup covers"), text)

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
        if due.kind == "remind" and due.window is not None:
            self.remind(due.window)
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
                    "Time to look back with your team: how did the plan go, what got in the "
                    "way, what will you change?"
                ),
            )
            self.open_client_window("review")
        self.show_status(self.controller.last_status)

    def remind(self, window: Window) -> None:
        """The reminder: a notification that opens the reminder window when clicked; without
        a tray, the reminder window itself."""
        if not (self.use_tray and self.tray.isVisible()):
            self.show_reminder(window)
            return
        minutes = round((window.start - self.controller.service.clock()).total_seconds() / 60)
        at = texts.clock_text(window.start, self.controller.profile.tz)
        self.notify(
            self.tr("Mail check at %1 in %n minute(s)", "", minutes).replace("%1", at),
            self.tr("Click here to start it now, snooze it or skip it."),
            on_click=lambda: self.show_reminder(window),
        )

    def show_reminder(self, window: Window) -> None:
        """The small window with Start now, Snooze and Skip for ``window``."""
        from boundary_app.ui.reminder import ReminderWindow

        checks = self.controller.service.checks
        if checks.current() is not None or checks.upcoming() != window:
            return  # it opened, was skipped or put off meanwhile: nothing left to decide
        self._drop_reminder()
        reminder = ReminderWindow(self.controller, window)
        reminder.setAttribute(_delete_on_close())
        reminder.started.connect(self._started_early)
        reminder.decided.connect(self.controller.refresh)
        reminder.closed.connect(lambda gone=reminder: self._reminder_gone(gone))
        self.reminder = reminder
        reminder.show()
        reminder.raise_()
        reminder.activateWindow()

    def _started_early(self, record: CheckRecord) -> None:
        self.show_check(record)
        self.controller.refresh()

    def _drop_reminder(self) -> None:
        if self.reminder is not None:
            self.reminder.close()
            self.reminder = None

    def _reminder_gone(self, reminder: ReminderWindow) -> None:
        if self.reminder is reminder:
            self.reminder = None

    def _show_undo_skip(self, now: datetime, tz: ZoneInfo) -> None:
        """ "Undo skip (16:00)" in the menu while a check ahead is skipped."""
        skipped = self.controller.service.checks.skipped_ahead()
        action = self.actions["undo_skip"]
        action.setVisible(skipped is not None)
        action.setEnabled(skipped is not None)
        if skipped is not None:
            today = skipped.start.astimezone(tz).date() == now.astimezone(tz).date()
            when = (
                texts.clock_text(skipped.start, tz) if today else texts.when_text(skipped.start, tz)
            )
            action.setText(self.tr("&Undo skip (%1)").replace("%1", when))

    def _dialog_gone(self, key: str, dialog: QDialog) -> None:
        if self.dialogs.get(key) is dialog:  # not the one that replaced it
            del self.dialogs[key]

    def show_check(self, record: CheckRecord) -> None:
        from boundary_app.ui.check_popup import CheckPopup

        self._drop_reminder()
        if self.popup is None or self.popup.record.start != record.start:
            self._drop_popup()
            popup = CheckPopup(self.controller, record)
            popup.add_account_requested.connect(self.open_accounts)
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
        """Open a check now; outside a window, first ask (the answer opens it)."""
        checks = self.controller.service.checks
        if checks.current() is not None or checks.in_window():
            self._open_check_now()
            return
        if self.question is not None:
            self.question.raise_()
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Check mail now?"),
            self.tr(
                "It is not time for a mail check. Open an unscheduled check anyway? "
                "It goes on your record as unscheduled."
            ),
        )
        start = box.addButton(
            self.tr("&Open an unscheduled check"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(self.tr("&Not now"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(start)
        box.setAttribute(_delete_on_close())

        def answered() -> None:
            self.question = None
            if box.clickedButton() is start:
                self._open_check_now()

        box.finished.connect(answered)
        self.question = box
        box.open()

    def _open_check_now(self) -> None:
        self.show_check(self.controller.service.checks.check_now())
        self.controller.refresh()

    def skip_next(self) -> None:
        window = self.controller.service.checks.skip_next()
        if window is not None:
            tz = self.controller.profile.tz
            self.notify(
                self.tr("Mail check skipped"),
                self.tr(
                    "The mail check at %1 is skipped. To have it back, choose Undo skip in "
                    "Boundary's menu."
                ).replace("%1", texts.when_text(window.start, tz)),
            )
        self.controller.refresh()

    def undo_skip(self) -> None:
        checks = self.controller.service.checks
        window = checks.skipped_ahead()
        if window is not None and checks.unskip(window):
            tz = self.controller.profile.tz
            self.notify(
                self.tr("Mail check back on"),
                self.tr("The mail check at %1 is back on.").replace(
                    "%1", texts.when_text(window.start, tz)
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

    # --- clients, the phone, the way back, the evaluation ------------------------------------

    def _add_client_actions(self) -> None:
        for key in CLIENT_ACTIONS:
            self.actions[key].triggered.connect(lambda _=False, k=key: self.open_client_window(k))

    def open_client_window(self, key: str) -> None:
        """Open (or bring forward) the window of one of ``CLIENT_ACTIONS``."""
        new = key not in self.dialogs
        self._open(key, lambda: self._client_window(key))
        if new and key == "interruption":
            self.dialogs[key].accepted.connect(self._on_interruption_logged)

    def _client_window(self, key: str) -> QDialog:
        """The window for ``key``, its module imported now (written out, so that a frozen
        build's analysis finds each module)."""
        controller = self.controller
        if key == "missed_call":
            from boundary_app.ui.calls_dialogs import MissedCallDialog

            return MissedCallDialog(controller)
        if key == "interruption":
            from boundary_app.ui.calls_dialogs import InterruptionDialog

            return InterruptionDialog(controller)
        if key == "voicemail":
            from boundary_app.ui.voicemail_window import VoicemailWindow

            return VoicemailWindow(controller)
        if key == "briefing":
            from boundary_app.ui.briefing_window import BriefingWindow

            return BriefingWindow(controller)
        from boundary_app.ui.review_window import ReviewWindow

        return ReviewWindow(controller)

    def _offer_briefing(self, status: Status) -> None:
        """Once time away has ended (at its end, or on I'm back): "Welcome back — 23 messages,
        9 taken by Sam", once per away period and within a week of its end; a click on the
        notification opens the briefing. The journal is read at start-up and when the state
        or the away period changes, not at every status shown."""
        from boundary_app.core.briefing import SHOWN, last_away
        from boundary_app.core.journal import JournalError

        looked = (str(status.state), status.away.id if status.away else None)
        service = self.controller.service
        if looked == self._briefing_looked or service.journal.read_only or self._briefing_busy:
            return
        self._briefing_looked = looked
        now = service.clock()
        try:
            period = last_away(service.journal.away_periods(), now)
            end = period.back if period is not None else None
            if period is None or end is None or now - end > BRIEFING_NEWS:
                return
            if service.journal.meta(SHOWN) == str(period.id):
                return
            service.journal.set_meta(SHOWN, str(period.id))
        except JournalError:
            self._briefing_looked = None  # said elsewhere; the next status shown tries again
            return
        self._briefing_busy = True
        self.controller.briefing(period, self._on_briefing)

    def _on_briefing(self, result: object) -> None:
        from boundary_app.core.briefing import Briefing
        from boundary_app.ui.briefing_window import headline

        self._briefing_busy = False
        if not isinstance(result, Briefing):
            return
        self.notify(
            self.tr("Welcome back"),
            self.tr("Welcome back — %1.").replace("%1", headline(result))
            + " "
            + self.tr("Return briefing in the menu shows them."),
            on_click=lambda: self.open_client_window("briefing"),
        )

    def _on_interruption_logged(self) -> None:
        from boundary_app.ui.calls_dialogs import InterruptionDialog, week_count

        dialog = self.dialogs.get("interruption")
        if isinstance(dialog, InterruptionDialog) and dialog.logged is not None:
            client = dialog.logged.client
            count = week_count(self.controller, client)
            self.notify(
                self.tr("Interruption logged"),
                self.tr("%n interruption(s) from %1 this week.", "", count).replace("%1", client),
            )

    def open_go_away(self) -> None:
        """Go away, or (while an away period is current or booked) change it."""
        from boundary_app.ui.away_dialog import GoAwayDialog

        def make() -> QDialog:
            dialog = GoAwayDialog(self.controller)
            dialog.result_opened.connect(self._keep_panel)
            return dialog

        self._open("go_away", make)

    def open_settings(self) -> None:
        from boundary_app.ui.settings.dialog import SettingsDialog

        def make() -> QDialog:
            dialog = SettingsDialog(self.controller)
            dialog.language_chosen.connect(self.preview_language)
            dialog.finished.connect(lambda _result: self.preview_language(None))
            return dialog

        self._open("settings", make)

    def open_accounts(self) -> None:
        """Settings, on its Accounts tab (where an account that lists mail is added)."""
        from boundary_app.ui.settings.dialog import SettingsDialog

        self.open_settings()
        dialog = self.dialogs.get("settings")
        if isinstance(dialog, SettingsDialog):
            dialog.tabs.setCurrentWidget(dialog.accounts_tab)

    def preview_language(self, language: str | None) -> None:
        """Speak the language chosen in Settings at once; None: the saved one again (Save or
        Cancel)."""
        self._previewed = language
        self.show_status(self.controller.last_status)  # speaks it, and words the status

    def welcome(self, backend: Autostart | None = None) -> None:
        """The first start: the welcome on a new profile (ui/welcome.py), then the
        start-at-sign-in question, then what the person chose there."""
        from boundary_app.ui.start_at_login import should_welcome

        if not should_welcome(self.controller.profile):
            self.ask_start_at_login(backend)
            return
        from boundary_app.ui.welcome import Choice, WelcomeDialog

        follow = {Choice.ADD: self.add_first_account, Choice.TRY: self.open_go_away}

        def chosen(choice: str) -> None:
            self.ask_start_at_login(backend, then=follow.get(Choice(choice)))

        self._open("welcome", lambda: WelcomeDialog(self.controller))
        if isinstance(dialog := self.dialogs["welcome"], WelcomeDialog):
            dialog.chosen.connect(chosen)

    def add_first_account(self) -> None:
        """Settings on its Accounts tab, with the add-account form open."""
        from boundary_app.ui.settings.dialog import SettingsDialog

        self.open_settings()
        if isinstance(settings := self.dialogs["settings"], SettingsDialog):
            settings.tabs.setCurrentWidget(settings.accounts_tab)
            settings.accounts_tab.add_account()

    def ask_start_at_login(
        self, backend: Autostart | None = None, then: Callable[[], None] | None = None
    ) -> None:
        """The first-run question "Start Boundary when you sign in?", once per profile;
        ``then`` runs once it is answered (at once when there is nothing to ask)."""
        from boundary_app.core.autostart import for_platform
        from boundary_app.ui.start_at_login import StartAtLoginQuestion, should_ask

        chosen = backend if backend is not None else for_platform()
        if should_ask(self.controller, chosen):
            self._open("start_at_login", lambda: StartAtLoginQuestion(self.controller, chosen))
            if then is not None:
                self.dialogs["start_at_login"].finished.connect(lambda _: then())
        elif then is not None:
            then()

    # --- after going away, coming back, keeping a found reply ------------------------------

    def _new_panel(self) -> ResultPanel:
        from boundary_app.ui.result_panel import ResultPanel

        if self.panel is not None:
            self.panel.close()
        return ResultPanel(self.controller)

    def _keep_panel(self, panel: ResultPanel) -> None:
        """The result panel on screen: it says how the pass went, so the shell stays quiet."""
        self.panel = panel
        panel.destroyed.connect(lambda _=None, gone=panel: self._panel_gone(gone))

    def _panel_gone(self, panel: ResultPanel) -> None:
        if self.panel is panel:
            self.panel = None

    def _show_panel(self, panel: ResultPanel) -> None:
        panel.setAttribute(_delete_on_close())
        self._keep_panel(panel)
        panel.place()
        panel.show()

    def _in_panel(self, act: Callable[[ResultPanel], None]) -> None:
        """``act`` recorded through a new result panel, which then says how the pass went
        (with Undo); when it is refused (a found reply gone, the journal not writable), a
        notification says why and no panel shows."""
        from boundary_app.core.service import FoundError

        panel = self._new_panel()
        try:
            act(panel)
        except FoundError as error:
            panel.deleteLater()
            self.notify(self.tr("The auto-reply was not kept"), texts.found_refusal(error))
            return
        except Exception as error:  # the journal could not be written
            panel.deleteLater()
            self.notify(self.tr("Boundary"), texts.trouble_words(error))
            return
        self._show_panel(panel)

    def come_back(self) -> None:
        """I'm back: the replies are cleared; a small panel says how it went, with Undo."""
        self._in_panel(lambda panel: panel.come_back())

    # --- replies found on accounts, set outside Boundary -----------------------------------

    def _show_found(self, status: Status) -> None:
        """A line per reply found on an account, with Keep it and Leave it alone, at the top of
        the tray menu; a notification when one is first seen."""
        tz = self.controller.profile.tz
        for action in self.found_actions:
            self.menu.removeAction(action)
            action.deleteLater()
        self.found_actions = []
        found = texts.found_accounts(status)
        before = self.actions["go_away"]
        for result in found:
            name = result.account
            line = QAction(texts.found_sentence(name, result.actual, tz), self)
            line.setEnabled(False)
            keep = QAction(self.tr("Keep it"), self)
            keep.triggered.connect(lambda _=False, name=name: self.keep_found(name))
            leave = QAction(self.tr("Leave it alone"), self)
            leave.triggered.connect(lambda _=False, name=name: self.leave_found(name))
            separator = QAction(self)
            separator.setSeparator(True)
            self.found_actions += [line, keep, leave, separator]
        self.menu.insertActions(before, self.found_actions)
        new = [r for r in found if r.account not in self._told_found]
        self._told_found = {r.account for r in found}
        if new and self._started and self.use_tray:
            lines = [texts.found_sentence(r.account, r.actual, tz) + "." for r in new]
            lines.append(self.tr("Keep it or leave it alone: see Boundary's menu."))
            self.notify(self.tr("An auto-reply is already on"), "\n".join(lines))

    def _on_found_requested(self, action: str, name: str) -> None:
        if action == "keep":
            self.keep_found(name)
        else:
            self.leave_found(name)

    def keep_found(self, name: str) -> None:
        """Keep it: the reply found on ``name`` becomes the current away period."""
        self._in_panel(lambda panel: panel.keep([name]))

    def leave_found(self, name: str) -> None:
        """Leave it alone: Boundary does not touch the reply found on ``name`` and stops
        mentioning it, until the person next goes away or comes back."""
        from boundary_app.core.service import FoundError

        try:
            self.controller.act(lambda: self.controller.service.leave_found([name]))
        except FoundError as error:
            self.notify(self.tr("Boundary"), texts.found_refusal(error))
            return
        except Exception as error:  # the journal could not be written
            self.notify(self.tr("Boundary"), texts.trouble_words(error))
            return
        self.notify(
            self.tr("Left alone"),
            self.tr(
                "Boundary leaves the auto-reply of %1 as it is until you next go away or say "
                "you are back."
            ).replace("%1", name),
        )
