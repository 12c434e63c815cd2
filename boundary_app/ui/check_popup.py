"""The mail-check pop-up: a countdown, the mail since the last check, forward to a backup.

A small window that stays on top. Its one-second countdown timer runs only while it is on
screen. The mail is gathered by a worker process; "Forward to backup…" asks whom and for a
note, then a worker sends it through the account's provider (``Controller.forward``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import QCloseEvent, QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from boundary_app.core.journal import CheckRecord
from boundary_app.core.mail import FIRST_LOOK, MailBatch, mail_accounts
from boundary_app.providers.base import MailSummary, ProviderError
from boundary_app.ui import texts
from boundary_app.ui.controller import Controller
from boundary_app.ui.widgets import ERROR_STYLE, WARNING_STYLE, plain_editor, text_label
from boundary_app.ui.worker_bridge import WorkerStopped

LIMIT = 200


def left_text(seconds: float) -> str:
    seconds = max(0, int(seconds))
    return f"{seconds // 60}:{seconds % 60:02d}"


class ForwardDialog(QDialog):
    """Whom to forward to (the backups in order) and a note."""

    def __init__(self, controller: Controller, message: MailSummary, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Forward to backup"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            text_label(
                self,
                self.tr("“%1” from %2")
                .replace("%1", message.subject)
                .replace("%2", message.sender),
            )
        )
        form = QFormLayout()
        self.backup_box = QComboBox(self)
        for backup in controller.profile.backups:
            self.backup_box.addItem(f"{backup.name} <{backup.email}>", backup.email)
        self.note_edit = plain_editor(self)
        self.note_edit.setPlaceholderText(self.tr("Optional: what you would like them to do"))
        self.note_edit.setFixedHeight(90)
        to_label = QLabel(self.tr("&To:"), self)
        to_label.setBuddy(self.backup_box)
        note_label = QLabel(self.tr("&Note:"), self)
        note_label.setBuddy(self.note_edit)
        form.addRow(to_label, self.backup_box)
        form.addRow(note_label, self.note_edit)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert ok is not None
        ok.setText(self.tr("&Forward"))
        ok.setEnabled(self.backup_box.count() > 0)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def recipient(self) -> str:
        return str(self.backup_box.currentData())

    def note(self) -> str:
        return self.note_edit.toPlainText().strip()


class CheckPopup(QWidget):
    """Test accessors: ``title_label``, ``countdown_label``, ``mail_list``, ``state_label``,
    ``open_button``, ``forward_button``, ``done_button``, ``snooze_button``, ``snooze_note``
    (why Snooze is not offered), ``add_account_button`` (shown when no account lists mail),
    ``ticker``; ``messages`` (what the list shows), ``forward_dialog`` (when open)."""

    add_account_requested = Signal()
    """"Add an account…": no account can list mail here yet."""

    def __init__(self, controller: Controller, record: CheckRecord) -> None:
        super().__init__(None, Qt.WindowType.Window | Qt.WindowType.WindowStaysOnTopHint)
        self.controller = controller
        self.record = record
        self.times_up = False
        self.messages: list[MailSummary] = []
        self.forward_dialog: ForwardDialog | None = None
        self.setWindowTitle(self.tr("Mail check"))

        layout = QVBoxLayout(self)
        layout.addLayout(self._heading())
        self.state_label = text_label(self)
        layout.addWidget(self.state_label)
        self.mail_list = self._mail_list()
        layout.addWidget(self.mail_list, 1)
        layout.addLayout(self._buttons())
        self.snooze_note = text_label(self, hint=True)
        self.snooze_note.hide()
        layout.addWidget(self.snooze_note)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.done)

        self.ticker = QTimer(self)  # only while the pop-up is on screen
        self.ticker.setInterval(1000)
        self.ticker.timeout.connect(self.tick)
        plan = controller.profile.checks
        self.snooze_button.setText(self.tr("&Snooze %n min", "", plan.snooze_minutes))
        self.resize(640, 360)
        self.tick()
        self._update_buttons()
        self.load_mail()

    def _heading(self) -> QHBoxLayout:
        """ "Mail check" and the time left, in large type."""
        top = QHBoxLayout()
        self.title_label = text_label(self, self.tr("Mail check"), wrap=False)
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title_label.setFont(font)
        top.addWidget(self.title_label, 1)
        self.countdown_label = text_label(self, wrap=False)
        self.countdown_label.setFont(font)
        self.countdown_label.setAccessibleName(self.tr("Time left"))
        top.addWidget(self.countdown_label)
        return top

    def _mail_list(self) -> QTreeWidget:
        """The new mail: when, from whom, the subject, the account; one row chosen at a time."""
        mail_list = QTreeWidget(self)
        mail_list.setHeaderLabels(
            [self.tr("Received"), self.tr("From"), self.tr("Subject"), self.tr("Account")]
        )
        mail_list.setRootIsDecorated(False)
        mail_list.setUniformRowHeights(True)
        mail_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        mail_list.setAccessibleName(self.tr("New mail"))
        header = mail_list.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(1, 150)
        header.setStretchLastSection(False)
        mail_list.itemSelectionChanged.connect(self._update_buttons)
        mail_list.itemActivated.connect(lambda *_: self.open_message())
        return mail_list

    def _buttons(self) -> QHBoxLayout:
        """Open and Forward for the chosen message; Snooze and Done for the check."""
        row = QHBoxLayout()
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.forward_button = QPushButton(self.tr("&Forward to backup…"), self)
        row.addWidget(self.open_button)
        row.addWidget(self.forward_button)
        row.addStretch(1)
        self.add_account_button = QPushButton(self.tr("&Add an account…"), self)
        self.add_account_button.hide()
        self.add_account_button.clicked.connect(self.add_account_requested)
        row.addWidget(self.add_account_button)
        self.snooze_button = QPushButton(self)
        self.done_button = QPushButton(self.tr("&Done"), self)
        self.done_button.setDefault(True)
        row.addWidget(self.snooze_button)
        row.addWidget(self.done_button)
        self.open_button.clicked.connect(self.open_message)
        self.forward_button.clicked.connect(self.forward_message)
        self.snooze_button.clicked.connect(self.snooze)
        self.done_button.clicked.connect(self.done)
        return row

    # --- time -----------------------------------------------------------------------------

    def reopen(self, record: CheckRecord) -> None:
        """Show ``record`` (the same window after a snooze has a new end)."""
        self.record = record
        self.tick()
        self._update_buttons()

    def showEvent(self, event: object) -> None:
        self.ticker.start()
        self.tick()

    def hideEvent(self, event: object) -> None:
        self.ticker.stop()

    @Slot()
    def tick(self) -> None:
        left = (self.record.due - self.controller.service.clock()).total_seconds()
        if left > 0:
            text = self.tr("%1 left").replace("%1", left_text(left))
            self.setWindowTitle(self.tr("Mail check — %1").replace("%1", text))
            self.countdown_label.setText(text)
        else:
            self.show_times_up()

    def show_times_up(self) -> None:
        self.times_up = True
        self.countdown_label.setText(self.tr("Time's up"))
        self.countdown_label.setStyleSheet(WARNING_STYLE)
        self.setWindowTitle(self.tr("Mail check — time's up"))
        self._update_buttons()

    # --- mail -----------------------------------------------------------------------------

    def load_mail(self) -> None:
        service = self.controller.service
        accounts = mail_accounts(service)
        if not accounts:
            self._without_accounts()
            return
        opened = self.record.opened or service.clock()
        since = service.journal.last_check(before=opened) or opened - FIRST_LOOK
        self.state_label.setText(
            self.tr("Looking for new mail in %1…").replace(
                "%1", ", ".join(a.name for a in accounts)
            )
        )
        self.controller.list_mail(since, LIMIT, self._on_mail)

    def _without_accounts(self) -> None:
        """A compact window that says what to do: read mail in the mail app for now, and add
        an account that can list it here."""
        self.mail_list.hide()
        self.open_button.hide()
        self.forward_button.hide()
        self.add_account_button.show()
        self.state_label.setText(
            self.tr(
                "Read your mail in your mail app for now: none of your accounts can list new "
                "mail here. To see it in this window, add an Exchange, Microsoft 365, Gmail "
                "or IMAP account."
            )
        )
        self.setMinimumWidth(460)
        self.resize(self.minimumWidth(), self.sizeHint().height())

    def _on_mail(self, batch: MailBatch | Exception) -> None:
        if isinstance(batch, Exception):
            self.state_label.setStyleSheet(ERROR_STYLE)
            self.state_label.setText(str(batch))
            return
        self.messages = batch.messages
        tz = self.controller.profile.tz
        self.mail_list.clear()
        for message in batch.messages:
            item = QTreeWidgetItem(
                [
                    texts.short_when_text(message.received, tz),
                    message.sender,
                    message.subject,
                    message.account,
                ]
            )
            item.setToolTip(2, message.subject)
            self.mail_list.addTopLevelItem(item)
        words = self.tr("%n new message(s) since your last check.", "", len(batch.messages))
        problems = [f"{account}: {sentence}" for account, sentence in batch.problems]
        self.state_label.setStyleSheet(ERROR_STYLE if problems else "")
        self.state_label.setText("\n".join([words, *problems]))
        first = self.mail_list.topLevelItem(0)
        if first is not None:
            self.mail_list.setCurrentItem(first)
        self._update_buttons()

    def selected(self) -> MailSummary | None:
        item = self.mail_list.currentItem()
        if item is None:
            return None
        return self.messages[self.mail_list.indexOfTopLevelItem(item)]

    def _update_buttons(self) -> None:
        chosen = self.selected()
        self.open_button.setEnabled(chosen is not None)
        self.forward_button.setEnabled(chosen is not None)
        # Time's up on screen is time's up, even a moment before the record says so.
        can_snooze = self.controller.service.checks.can_snooze() and not self.times_up
        self.snooze_button.setEnabled(can_snooze)
        note = "" if can_snooze else self._why_no_snooze()
        self.snooze_note.setText(note)
        self.snooze_note.setVisible(bool(note))

    def _why_no_snooze(self) -> str:
        """Why Snooze is greyed out, said under the buttons."""
        plan = self.controller.profile.checks
        if self.times_up:
            return self.tr(
                "Snooze is not offered once time is up: it puts a check off before it ends. "
                "Close your mail and press Done."
            )
        if plan.snoozes == 0:
            return self.tr("Your plan allows no snoozes (Settings → Mail checks).")
        if self.record.snoozes >= plan.snoozes:
            return self.tr(
                "You have put this check off as often as your plan allows (%n time(s)).",
                "",
                plan.snoozes,
            )
        return ""

    @Slot()
    def open_message(self) -> None:
        message = self.selected()
        if message is None:
            return
        # Without a web link, the default mail client opens (it shows the inbox).
        QDesktopServices.openUrl(QUrl(message.link or "mailto:"))

    @Slot()
    def forward_message(self) -> None:
        message = self.selected()
        if message is None:
            return
        self.forward_dialog = ForwardDialog(self.controller, message, self)
        self.forward_dialog.accepted.connect(lambda: self._send_forward(message))
        self.forward_dialog.open()

    def _send_forward(self, message: MailSummary) -> None:
        dialog = self.forward_dialog
        assert dialog is not None
        to, note = dialog.recipient(), dialog.note()
        self.state_label.setStyleSheet("")
        self.state_label.setText(self.tr("Forwarding to %1…").replace("%1", to))

        def done(result: object) -> None:
            if isinstance(result, Exception):
                self.state_label.setStyleSheet(ERROR_STYLE)
                said = isinstance(result, ProviderError | WorkerStopped)
                words = str(result) if said else repr(result)
                self.state_label.setText(
                    self.tr("Could not forward “%1”: %2")
                    .replace("%1", message.subject)
                    .replace("%2", words)
                )
            else:
                self.state_label.setText(
                    self.tr("Forwarded “%1” to %2.")
                    .replace("%1", message.subject)
                    .replace("%2", to)
                )

        self.controller.forward(message, to, note, done, self)

    # --- closing --------------------------------------------------------------------------

    @Slot()
    def snooze(self) -> None:
        if self.controller.service.checks.snooze() is not None:
            self.hide()  # kept, to come back when the snooze is over
            self.controller.refresh()

    @Slot()
    def done(self) -> None:
        reason = ""
        plan = self.controller.profile.checks
        if plan.strict and self.times_up:
            reason, ok = QInputDialog.getText(
                self,
                self.tr("Past your time"),
                self.tr("Your fifteen minutes are over. Why keep going? (kept in your record)"),
            )
            if not ok or not reason.strip():
                return
        self.controller.service.checks.close(reason.strip())
        self.ticker.stop()
        self.close()
        self.controller.refresh()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing the window is Done (in strict mode only Done closes it after time's up)."""
        if self.controller.service.checks.current() is not None:
            event.ignore()
            self.done()
            return
        super().closeEvent(event)
