"""The add-account form's first step: the email address, and the settings found from it.

``AddressFinder`` owns two pieces the dialog places: ``row`` (the address and Find settings,
a row of the dialog's form) and ``status`` (what the lookup is doing or found, and "Enter the
settings by hand"). Find settings runs ``core.discovery.discover`` in a worker process
(``Job.DISCOVER``, Exchange autodiscover included), says which stage it is at, and hands the
``Discovery`` over (``found``); the dialog then asks only for what was not found. The core
gives codes (``Source``); they are worded here.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from boundary_app.core.discovery import Discovery, Found, Source
from boundary_app.providers.base import is_email
from boundary_app.ui.controller import Controller
from boundary_app.ui.widgets import ERROR_STYLE, text_label


class AddressFinder(QObject):
    """Test accessors: ``email_edit``, ``find_button``, ``by_hand_button``, ``progress``,
    ``status_label``; ``busy`` while a lookup runs."""

    found = Signal(object)
    """A lookup finished: the ``Discovery`` (its ``kind`` is None when nothing was found)."""
    by_hand = Signal()
    """The person chose to enter the settings by hand."""
    address_changed = Signal()
    """The address was edited after a lookup: what was found no longer applies."""

    def __init__(self, controller: Controller, parent: QWidget, email: str = "") -> None:
        super().__init__(parent)
        self.controller = controller
        self._asked: str | None = None
        self.busy = False
        self.row = QWidget(parent)
        line = QHBoxLayout(self.row)
        line.setContentsMargins(0, 0, 0, 0)
        self.email_edit = QLineEdit(email, self.row)
        self.email_edit.setPlaceholderText(self.tr("name@example.com"))
        self.find_button = QPushButton(self.tr("&Find settings"), self.row)
        line.addWidget(self.email_edit, 1)
        line.addWidget(self.find_button)

        self.status = QWidget(parent)
        column = QVBoxLayout(self.status)
        column.setContentsMargins(0, 0, 0, 0)
        self.progress = QProgressBar(self.status)
        self.progress.setRange(0, 0)  # busy, with no end known
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(8)
        self.progress.hide()
        self.status_label = text_label(self.status)
        self.by_hand_button = QPushButton(self.tr("Enter the settings by &hand"), self.status)
        column.addWidget(self.progress)
        column.addWidget(self.status_label)
        row = QHBoxLayout()
        row.addWidget(self.by_hand_button)
        row.addStretch(1)
        column.addLayout(row)

        self.find_button.clicked.connect(self.find)
        self.by_hand_button.clicked.connect(self._by_hand)
        self.email_edit.textEdited.connect(self._edited)
        self.say(self.tr("Enter your email address: Boundary looks up the settings for it."))

    @property
    def email(self) -> str:
        return self.email_edit.text().strip()

    def say(self, text: str, *, error: bool = False) -> None:
        self.status_label.setStyleSheet(ERROR_STYLE if error else "")
        self.status_label.setText(text)

    @Slot()
    def find(self) -> None:
        email = self.email
        if not is_email(email):
            words = self.tr("'%1' is not an email address.").replace("%1", email)
            self.say(words if email else self.tr("Enter your email address."), error=True)
            self.email_edit.setFocus()
            return
        self._asked = email
        self._set_busy(True)
        domain = email.rpartition("@")[2]
        self.say(self.tr("Looking up the settings for %1…").replace("%1", domain))
        # In a worker process, Exchange autodiscover too: exchangelib is loaded there, never
        # in the tray (imported on a tray pool thread while Qt ran, it crashed the process).
        job = self.controller.discover(email, partial(self._done, email), owner=self)
        job.progress.connect(self._stage)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.progress.setVisible(busy)
        self.find_button.setEnabled(not busy)
        self.email_edit.setReadOnly(busy)

    @Slot(str)
    def _stage(self, stage: str) -> None:
        if self.busy and stage == Source.AUTODISCOVER:
            domain = (self._asked or "").rpartition("@")[2]
            self.say(self.tr("Asking %1's Exchange server (autodiscover)…").replace("%1", domain))

    def _done(self, email: str, result: object) -> None:
        if email != self._asked:  # the person moved on (by hand, or another address)
            return
        self._set_busy(False)
        if not isinstance(result, Discovery):
            words = self.tr("The settings could not be looked up (%1).").replace("%1", str(result))
            self.say(words, error=True)
            result = Discovery(email, None)
        self.found.emit(result)

    @Slot()
    def _by_hand(self) -> None:
        self._asked = None
        self._set_busy(False)
        self.say("")
        self.by_hand.emit()

    def source_words(self, found: Found) -> str:
        """Where a setting came from, for its tooltip."""
        words = {
            Source.ADDRESS: self.tr("Found: your email address"),
            Source.AUTOCONFIG: self.tr("Found in the domain's autoconfig file (%1)"),
            Source.WELL_KNOWN: self.tr("Found in the domain's autoconfig file (%1)"),
            Source.SRV: self.tr("Found in the domain's DNS records (%1)"),
            Source.KNOWN: self.tr("Found: a provider Boundary knows (%1)"),
            Source.MX: self.tr("Found: the domain's mail server is %1"),
            Source.AUTODISCOVER: self.tr("Found by Exchange autodiscover (%1)"),
        }[found.source]
        return words.replace("%1", found.where.partition("?")[0])

    def summary(self, result: Discovery, kind_name: str | None, left: int) -> str:
        """What was found, in a sentence or two; ``left``: how many fields are still asked."""
        domain = result.domain
        if result.kind is None or kind_name is None:
            return self.tr(
                "No settings were found for %1. Choose the kind of account and enter the "
                "settings your provider gives you."
            ).replace("%1", domain)
        source = result.kind.source
        if source in (Source.AUTOCONFIG, Source.WELL_KNOWN):
            words = self.tr("Found the settings for %1 in its autoconfig file: %2.")
        elif source is Source.SRV:
            words = self.tr("Found the settings for %1 in its DNS records: %2.")
        elif source is Source.AUTODISCOVER:
            words = self.tr("%1 has an Exchange server (found by autodiscover): %2.")
        else:  # KNOWN, MX
            words = self.tr("%1 is a provider Boundary knows: %2.")
        words = words.replace("%1", domain).replace("%2", kind_name)
        if left:
            return words + " " + self.tr("Fill in what is left to add the account.")
        return words + " " + self.tr("Nothing more is needed.")

    @Slot()
    def _edited(self) -> None:
        if self._asked is not None and not self.busy:
            self._asked = None
            self.say("")
            self.address_changed.emit()
