"""The return briefing: what came in while the person was away, by sender (and client), which
the backups received, which are still unread, with Open; the thank-you to the backups; the
first mail check. Mail is listed off the GUI thread and only read (``core/briefing.py``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from boundary_app.core.briefing import BriefedMessage, Briefing
from boundary_app.providers.base import MailSummary
from boundary_app.ui.compose import Composer
from boundary_app.ui.controller import Controller
from boundary_app.ui.languages import Words
from boundary_app.ui.texts import short_when_text
from boundary_app.ui.widgets import ERROR_STYLE, text_label


class BriefingText(Words):
    """Words of the briefing said outside a widget (the tray's notification too)."""


def headline(found: Briefing) -> str:
    """ "23 messages, 9 taken by Sam Lee, 5 still unread" in the app's language."""
    parts = [BriefingText.tr("%n message(s)", "", len(found.messages))]
    parts += [
        BriefingText.tr("%n taken by %1", "", n).replace("%1", name) for name, n in found.taken
    ]
    if found.unread:
        parts.append(BriefingText.tr("%n still unread", "", found.unread))
    return ", ".join(parts)


class BriefingWindow(QDialog):
    """Test accessors: ``summary_label``, ``tree`` (senders, their messages below),
    ``open_button``, ``problems_label``, ``composer`` (the thank-you), ``first_check_label``,
    ``tabs``; ``found`` is the briefing shown (None while loading or with none)."""

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.found: Briefing | None = None
        self.loading = True
        self.setWindowTitle(self.tr("Welcome back — Boundary"))
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        layout = QVBoxLayout(self)
        self.summary_label = text_label(self, self.tr("Looking at your mail…"))
        font = self.summary_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.summary_label.setFont(font)
        layout.addWidget(self.summary_label)
        self.problems_label = text_label(self, style=ERROR_STYLE)
        self.problems_label.hide()
        layout.addWidget(self.problems_label)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._mail_page(), self.tr("&Mail"))
        self.composer = Composer(controller, self.tabs)
        self.tabs.addTab(self.composer, self.tr("&Thank your backups"))
        layout.addWidget(self.tabs, 1)
        self.first_check_label = text_label(self)
        layout.addWidget(self.first_check_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(820, 580)
        self.reload()

    def _mail_page(self) -> QWidget:
        page = QWidget(self)
        column = QVBoxLayout(page)
        self.tree = QTreeWidget(page)
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels(
            [self.tr("From / subject"), self.tr("Received"), self.tr("Account"), self.tr("State")]
        )
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAccessibleName(self.tr("Mail that came in while you were away"))
        self.tree.itemDoubleClicked.connect(lambda _item, _col: self.open_message())
        self.tree.currentItemChanged.connect(lambda _a, _b: self._update_open())
        column.addWidget(self.tree, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.open_button = QPushButton(self.tr("&Open"), page)
        self.open_button.setAutoDefault(False)
        self.open_button.clicked.connect(self.open_message)
        row.addWidget(self.open_button)
        column.addLayout(row)
        self._update_open()
        return page

    @Slot()
    def reload(self) -> None:
        """List the mail of the last away period again, in a worker."""
        self.loading = True
        self.controller.briefing(None, self.show_briefing)

    def show_briefing(self, result: object) -> None:
        if not isValid(self):  # closed (and deleted) while the mail was being listed
            return
        self.loading = False
        if isinstance(result, Exception):
            self.summary_label.setText(
                self.tr("The briefing could not be made: %1").replace("%1", str(result))
            )
            return
        assert result is None or isinstance(result, Briefing)
        self.found = result
        if result is None:
            self.summary_label.setText(self.tr("No time away has ended yet."))
            self.tabs.setEnabled(False)
            return
        tz = self.controller.profile.tz
        self.summary_label.setText(
            self.tr("Welcome back — %1. You were away from %2 until %3.")
            .replace("%1", headline(result))
            .replace("%2", short_when_text(result.start, tz))
            .replace("%3", short_when_text(result.end, tz))
        )
        problems = [
            self.tr("%1 could not be listed: %2").replace("%1", a.account).replace("%2", a.problem)
            for a in result.accounts
            if a.problem
        ]
        self.problems_label.setText("\n".join(problems))
        self.problems_label.setVisible(bool(problems))
        self._fill_tree(result)
        self._fill_thanks(result)
        first = result.first_check
        self.first_check_label.setText(
            ""
            if first is None
            else self.tr("First mail check after your return: %1").replace(
                "%1", short_when_text(first.start, tz)
            )
        )

    def _fill_tree(self, found: Briefing) -> None:
        self.tree.clear()
        for group in found.by_sender():
            title = group.sender or group.address
            if group.client:
                title = self.tr("%1 — %2").replace("%1", title).replace("%2", group.client)
            top = QTreeWidgetItem(
                self.tree, [title, "", "", self.tr("%n message(s)", "", len(group.messages))]
            )
            for item in group.messages:
                self._message_item(top, item)
            top.setExpanded(True)
        for column in range(4):
            self.tree.resizeColumnToContents(column)
        self._update_open()

    def _message_item(self, top: QTreeWidgetItem, item: BriefedMessage) -> None:
        message = item.message
        states = []
        if item.unread:
            states.append(self.tr("unread"))
        if item.forwarded_to:
            states.append(self.tr("to %1").replace("%1", ", ".join(item.forwarded_to)))
        when = short_when_text(message.received, self.controller.profile.tz)
        subject = message.subject or self.tr("(no subject)")
        row = QTreeWidgetItem(top, [subject, when, message.account, ", ".join(states)])
        row.setData(0, Qt.ItemDataRole.UserRole, message)
        if item.unread:
            font = row.font(0)
            font.setBold(True)
            row.setFont(0, font)

    def _fill_thanks(self, found: Briefing) -> None:
        thanks = found.thanks
        if thanks is None:
            self.tabs.setTabEnabled(1, False)
            self.tabs.setTabToolTip(1, self.tr("Nobody covered for you this time."))
            return
        self.composer.set_message(", ".join(thanks.to), thanks.subject, thanks.text)

    def selected(self) -> MailSummary | None:
        item = self.tree.currentItem()
        data = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        return data if isinstance(data, MailSummary) else None

    def _update_open(self) -> None:
        self.open_button.setEnabled(self.selected() is not None)

    @Slot()
    def open_message(self) -> None:
        message = self.selected()
        if message is not None:
            # Without a web link, the default mail client opens (it shows the inbox).
            QDesktopServices.openUrl(QUrl(message.link or "mailto:"))
