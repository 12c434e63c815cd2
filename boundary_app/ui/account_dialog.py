"""Add a mail account: the form comes from the kind's settings fields.

It starts with the email address alone: Find settings looks the rest up (``AddressFinder``,
``core/discovery.py``) and the form then shows only what was not found, plus the password;
"Show all settings" shows the rest. "Enter the settings by hand" skips the lookup.

Nothing is stored while the dialog is open: the password waits in a ``PendingSecrets`` and
the account in a draft, which Settings keeps when it is saved (``Boundary.save_settings``).
"Test" and "Sign in" run in a worker process (``Controller.test_account``): the draft's
secrets go with the request and come back with what a sign-in added; the dialog shows what
is happening and can cancel a sign-in.

A kind whose build carries the publisher's app registration (Microsoft 365, Gmail in release
builds) asks for no registration of the person's own: those fields wait under "Use your
organisation's own registration", and count only when it is ticked.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from boundary_app.core.discovery import Discovery, still_needed
from boundary_app.core.profile import Account
from boundary_app.core.service import AccountDraft, InputError
from boundary_app.providers.base import (
    FieldKind,
    MailProvider,
    ProviderError,
    SettingField,
)
from boundary_app.providers.secrets import KeyringUnavailable, PendingSecrets
from boundary_app.ui.address_finder import AddressFinder
from boundary_app.ui.controller import Controller
from boundary_app.ui.texts import said_text
from boundary_app.ui.widgets import ERROR_STYLE, text_label
from boundary_app.ui.worker_bridge import WorkerJob, WorkerStopped

FAILURES = (ProviderError, InputError, KeyringUnavailable, WorkerStopped)
ADDRESS_ROW, STATUS_ROW, KIND_ROW, NAME_ROW = range(4)
ROWS_BEFORE_FIELDS = 4


def field_text(text: str) -> str:
    """A provider's English label or help, in the person's language."""
    return QCoreApplication.translate("AccountFields", text)


class SignInPanel(QWidget):
    """What a sign-in under way says, with a link to open by hand and a Cancel button."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setOpenExternalLinks(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        layout.addWidget(self.label, 1)
        self.cancel_button = QPushButton(self.tr("Cancel sign-in"), self)
        layout.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignTop)
        self.job: WorkerJob | None = None
        self.cancel_button.clicked.connect(self.cancel)
        self.hide()

    def start(self, job: WorkerJob) -> None:
        """Show what the worker's sign-in ``job`` says, until ``finish``."""
        self.job = job
        job.progress.connect(self.say)
        job.open_url.connect(self.open_url)
        job.show_code.connect(self.show_code)
        self.say(self.tr("Starting the sign-in…"))
        self.cancel_button.setEnabled(True)
        self.show()

    @Slot()
    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.cancel_button.setEnabled(False)
            self.say(self.tr("Cancelling…"))

    def finish(self) -> None:
        self.job = None
        self.hide()

    @Slot(object)
    def say(self, text: str) -> None:
        """A sign-in's progress, in the app's language when it came with its codes."""
        import html

        from boundary_app.wording import sentence

        self.label.setText(html.escape(sentence(text)))

    @Slot(str)
    def open_url(self, url: str) -> None:
        import html

        QDesktopServices.openUrl(QUrl(url))
        link = f'<a href="{html.escape(url, quote=True)}">{html.escape(url)}</a>'
        self.label.setText(
            html.escape(self.tr("Sign in in your browser. If it did not open, open this link:"))
            + "<br>"
            + link
        )

    @Slot(str, str)
    def show_code(self, url: str, code: str) -> None:
        import html

        link = f'<a href="{html.escape(url, quote=True)}">{html.escape(url)}</a>'
        self.label.setText(
            html.escape(self.tr("Open %1 and enter this code:")).replace("%1", link)
            + f" <b>{html.escape(code)}</b>"
        )


def run_sign_in(
    controller: Controller,
    panel: SignInPanel,
    account: Account,
    then: Callable[[object], None],
    pending: PendingSecrets | None = None,
) -> WorkerJob:
    """Sign ``account`` in through a worker, the panel showing how it goes; ``then`` gets the
    check's sentence or the error. ``pending``: the secrets of an account not saved yet."""

    def done(result: object) -> None:
        panel.finish()
        then(result)

    job = controller.test_account(account, done, sign_in=True, pending=pending, owner=panel)
    panel.start(job)
    return job


FALLBACK_KIND = "imap"
"""The kind the form offers when the address's settings were not found."""


class AccountDialog(QDialog):
    """Choose a kind, fill in what it needs, test, and add.

    Test accessors: ``finder`` (the address and the lookup), ``kind_box``, ``name_edit``,
    ``edits`` (field key → widget), ``show_all_box``, ``own_box`` (None unless the kind has
    a built-in registration), ``test_button``, ``sign_in_button``, ``sign_in_panel``,
    ``result_label``, ``add_button``; ``draft`` is the account once it was added; ``found``
    what the lookup found.
    """

    def __init__(
        self,
        controller: Controller,
        taken: list[str],
        parent: QWidget | None = None,
        *,
        email: str = "",
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.taken = taken
        self.draft: AccountDraft | None = None
        self._tested: tuple[Any, ...] | None = None
        self._failed: tuple[Any, ...] | None = None
        self._busy = False
        self.edits: dict[str, QLineEdit | QComboBox] = {}
        self.own_box: QCheckBox | None = None
        self._rows: dict[str, int] = {}  # field key → its row in the form
        self._own_row = -1
        self.found: Discovery | None = None
        self._mode = "ask"  # the address alone; "found" after a lookup; "hand": everything
        self.setWindowTitle(self.tr("Add a mail account"))

        layout = QVBoxLayout(self)
        self._make_form(email)
        layout.addWidget(self.form_host)
        self.show_all_box = QCheckBox(self.tr("Show all settin&gs"), self)
        layout.addWidget(self.show_all_box)

        self.sign_in_panel = SignInPanel(self)
        layout.addWidget(self.sign_in_panel)
        self.result_label = text_label(self)
        layout.addWidget(self.result_label)
        layout.addStretch(1)

        buttons = QDialogButtonBox(self)
        self.test_button = QPushButton(self.tr("&Test"), self)
        self.sign_in_button = QPushButton(self.tr("Sign &in…"), self)
        self.add_button = QPushButton(self.tr("&Add"), self)
        self.add_button.setDefault(True)
        buttons.addButton(self.test_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.sign_in_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.add_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.test_button.clicked.connect(self.test)
        self.sign_in_button.clicked.connect(self.sign_in)
        self.add_button.clicked.connect(self.add)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self.kind_box.currentIndexChanged.connect(self._build_form)
        self.name_edit.textChanged.connect(self._changed)
        self.finder.found.connect(self.show_found)
        self.finder.by_hand.connect(self.enter_by_hand)
        self.finder.address_changed.connect(self.ask_address)
        self.show_all_box.toggled.connect(self._show_rows)
        self._build_form()
        self.ask_address()
        self.setMinimumWidth(500)

    def _make_form(self, email: str) -> None:
        """One form, so the kind's fields line up with the address, Kind and Name above."""
        self.form_host = QWidget(self)
        self.form = QFormLayout(self.form_host)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.finder = AddressFinder(self.controller, self, email)
        address_label = QLabel(self.tr("&Email address:"), self.form_host)
        address_label.setBuddy(self.finder.email_edit)
        self.form.addRow(address_label, self.finder.row)
        self.form.addRow(self.finder.status)  # what the lookup does or found, under the address
        self.kind_box = QComboBox(self.form_host)
        for cls in self.controller.service.kinds():
            if cls.settings_fields:  # the built-in local kind needs no account
                self.kind_box.addItem(cls.display_name, cls.kind)
        kind_label = QLabel(self.tr("&Kind:"), self.form_host)
        kind_label.setBuddy(self.kind_box)
        self.form.addRow(kind_label, self.kind_box)
        self.name_edit = QLineEdit(self.form_host)
        self.name_edit.setPlaceholderText(self.tr("For example: Work"))
        name_label = QLabel(self.tr("&Name:"), self.form_host)
        name_label.setBuddy(self.name_edit)
        self.form.addRow(name_label, self.name_edit)

    # --- the form -------------------------------------------------------------------------

    @property
    def kind(self) -> type[MailProvider] | None:
        kind = self.kind_box.currentData()
        return None if kind is None else self.controller.service.provider_class(kind)

    def fields(self) -> tuple[SettingField, ...]:
        """The kind's fields as they count now: with a built-in registration, the person's
        own is needed only once "Use your organisation's own registration" is ticked."""
        cls = self.kind
        if cls is None:
            return ()
        own = self.own_box is None or self.own_box.isChecked()
        return cls.settings_fields if own else cls.fields()

    @Slot()
    def _build_form(self) -> None:
        while self.form.rowCount() > ROWS_BEFORE_FIELDS:
            self.form.removeRow(ROWS_BEFORE_FIELDS)
        self.edits, self._rows, self.own_box, self._own_row = {}, {}, None, -1
        cls = self.kind
        if cls is None:
            self.result_label.setText(self.tr("No account kinds are installed."))
            self.add_button.setEnabled(False)
            return
        built_in = cls.has_built_in_registration()
        for spec in cls.settings_fields:
            if built_in and spec.registration and self.own_box is None:
                self._own_row = self.form.rowCount()
                self.form.addRow(self._make_own_box())
            self._rows[spec.key] = self.form.rowCount()
            self.form.addRow(*self._field_row(spec))
        self.sign_in_button.setText(self._sign_in_words(cls.kind))
        if not self.name_edit.text() or self.name_edit.isModified() is False:
            self.name_edit.setText(self._free_name(cls.display_name))
        self._fill_found()
        self._show_rows()
        self._changed()

    # --- the address and what was found ---------------------------------------------------

    @Slot()
    def ask_address(self) -> None:
        """The address and Find settings alone, until a lookup or "by hand"."""
        self._mode, self.found = "ask", None
        self.form.setRowVisible(ADDRESS_ROW, True)
        self.form.setRowVisible(STATUS_ROW, True)
        self.finder.find_button.setDefault(True)
        self._show_rows()

    @Slot()
    def enter_by_hand(self) -> None:
        self._mode, self.found = "hand", None
        self.form.setRowVisible(ADDRESS_ROW, False)
        self.form.setRowVisible(STATUS_ROW, False)
        email = self.edits.get("email")
        if isinstance(email, QLineEdit) and not email.text():
            email.setText(self.finder.email)
        self.add_button.setDefault(True)
        self._show_rows()

    @Slot(object)
    def show_found(self, result: Discovery) -> None:
        """Fill in what the lookup found; ask for what it did not."""
        self._mode, self.found = "found", result
        # Nothing found: most mail hosts that publish nothing are IMAP servers.
        index = self.kind_box.findData(result.kind.value if result.kind else FALLBACK_KIND)
        if 0 <= index != self.kind_box.currentIndex():
            self.kind_box.setCurrentIndex(index)  # builds the form, filled in
        else:
            self._fill_found()
            self._show_rows()
        cls = self.kind if index >= 0 and result.kind else None
        if cls is not None and not self.name_edit.isModified():
            self.name_edit.setText(self._free_name(result.email))
        left = len(still_needed(self.fields(), result.settings)) if cls else 0
        self.finder.say(self.finder.summary(result, cls.display_name if cls else None, left))
        self.add_button.setDefault(True)
        for edit in self.edits.values():
            if isinstance(edit, QLineEdit) and edit.isVisibleTo(self) and not edit.text():
                edit.setFocus()
                break

    def _found_here(self) -> bool:
        """Whether the form is of the kind the lookup found."""
        found = self.found
        return bool(found and found.kind and found.kind.value == self.kind_box.currentData())

    def _fill_found(self) -> None:
        """What the lookup found, in the form (for another kind: the address only)."""
        if self.found is None:
            return
        for key, item in self.found.settings.items():
            edit = self.edits.get(key)
            if edit is None or (key != "email" and not self._found_here()):
                continue
            if isinstance(edit, QComboBox):
                edit.setCurrentText(item.value)
            else:
                edit.setText(item.value)
            edit.setToolTip(self.finder.source_words(item))
        username = self.edits.get("username")
        if isinstance(username, QLineEdit) and not username.text():
            username.setText(self.found.email)  # most often the user name is the address

    @Slot()
    def _show_rows(self) -> None:
        """Asking: the address alone. Found: what is still needed (all with "Show all
        settings"; the address row stands for the email field). By hand: everything."""
        cls, mode = self.kind, self._mode
        found_here = mode == "found" and self._found_here()
        show_all = not found_here or self.show_all_box.isChecked()
        needed: set[str] = set()
        if found_here and cls is not None and self.found is not None:
            needed = {f.key for f in still_needed(self.fields(), self.found.settings)}
        self.form.setRowVisible(KIND_ROW, mode != "ask" and show_all)
        self.form.setRowVisible(NAME_ROW, mode != "ask" and show_all)
        own = self.own_box
        if own is not None:
            self.form.setRowVisible(self._own_row, mode != "ask" and (show_all or own.isChecked()))
        for spec in cls.settings_fields if cls else ():
            shown = show_all or spec.key in needed
            if spec.key == "email" and mode == "found":
                shown = False
            if spec.registration and own is not None:
                shown = own.isChecked()  # all of the person's own registration, or none
            self.form.setRowVisible(self._rows[spec.key], mode != "ask" and shown)
        self.show_all_box.setVisible(found_here)
        self.finder.by_hand_button.setVisible(mode == "ask")
        if self.isVisible():  # fit the rows shown (wrapped words included), no more
            self.adjustSize()
        interactive = cls is not None and cls.interactive_sign_in
        self.sign_in_button.setVisible(mode != "ask" and interactive)
        self.test_button.setVisible(mode != "ask" and not interactive)
        self.add_button.setVisible(mode != "ask")

    def _make_own_box(self) -> QCheckBox:
        """ "Use your organisation's own registration": the fields below it count only
        when it is ticked; otherwise Boundary's own registration is used."""
        box = QCheckBox(self.tr("&Use your organisation's own registration"), self.form_host)
        box.setToolTip(
            self.tr(
                "Leave this off to sign in with Boundary's own registration. Tick it when your "
                "organisation asks you to use an app registration of its own."
            )
        )
        box.toggled.connect(self._show_rows)
        box.toggled.connect(self._changed)
        self.own_box = box
        return box

    def _sign_in_words(self, kind: str) -> str:
        if kind == "m365":
            return self.tr("&Sign in with Microsoft…")
        if kind == "gmail":
            return self.tr("&Sign in with Google…")
        return self.tr("Sign &in…")

    def _free_name(self, base: str) -> str:
        taken = {n.casefold() for n in self.taken}
        name, number = base, 2
        while name.casefold() in taken:
            name, number = f"{base} {number}", number + 1
        return name

    def _field_row(self, spec: SettingField) -> tuple[QLabel, QWidget]:
        widget: QWidget
        if spec.kind is FieldKind.CHOICE:
            box = QComboBox(self.form_host)
            box.addItems(list(spec.choices))
            box.setCurrentText(spec.default)
            box.currentIndexChanged.connect(self._changed)
            edit: QLineEdit | QComboBox = box
            widget = box
        else:
            line = QLineEdit(self.form_host)
            line.setPlaceholderText(spec.default or ("" if spec.required else self.tr("Optional")))
            if spec.kind is FieldKind.SECRET:
                line.setEchoMode(QLineEdit.EchoMode.Password)
            line.textChanged.connect(self._changed)
            edit = widget = line
            if spec.kind is FieldKind.FILE:
                widget = QWidget(self.form_host)
                row = QHBoxLayout(widget)
                row.setContentsMargins(0, 0, 0, 0)
                row.addWidget(line, 1)
                browse = QPushButton(self.tr("Choose…"), widget)
                browse.clicked.connect(lambda: self._choose_file(line, spec))
                row.addWidget(browse)
        if spec.help:
            widget.setToolTip(field_text(spec.help))
        self.edits[spec.key] = edit
        label = QLabel(field_text(spec.label) + ":", self.form_host)
        label.setBuddy(edit)
        return label, widget

    def _choose_file(self, line: QLineEdit, spec: SettingField) -> None:
        path, _ = QFileDialog.getOpenFileName(self, field_text(spec.label))
        if path:
            line.setText(path)

    def values(self) -> dict[str, str]:
        """What was entered; the person's own registration only when it is ticked."""
        own = self.own_box is None or self.own_box.isChecked()
        left_out = set() if own else {spec.key for spec in self.fields() if spec.registration}
        return {
            key: edit.currentText() if isinstance(edit, QComboBox) else edit.text()
            for key, edit in self.edits.items()
            if key not in left_out
        }

    def _state(self) -> tuple[Any, ...]:
        return (self.kind_box.currentData(), self.name_edit.text(), sorted(self.values().items()))

    @Slot()
    def _changed(self) -> None:
        if self._busy:
            return
        self.draft = None
        self.add_button.setText(self.tr("&Add"))
        if self._failed is not None and self._failed != self._state():
            self.result_label.setText("")
            self.result_label.setStyleSheet("")

    # --- testing and adding -----------------------------------------------------------------

    def _make_draft(self) -> AccountDraft | None:
        cls = self.kind
        if cls is None:
            return None
        taken = {n.casefold() for n in self.taken}
        name = self.name_edit.text().strip()
        try:
            if name.casefold() in taken:
                raise InputError(
                    self.tr("There is already an account called '%1'.").replace("%1", name)
                )
            values = self.values()
            for spec in self.fields():  # with its own registration ticked, it is needed
                if spec.required and not (values.get(spec.key, "").strip() or spec.default):
                    label = field_text(spec.label)
                    raise InputError(self.tr("%1 is needed.").replace("%1", label))
            return self.controller.service.draft_account(cls.kind, name, values)
        except FAILURES as error:
            self._show_result(error)
            return None

    def _set_busy(self, busy: bool, words: str = "") -> None:
        self._busy = busy
        for widget in (self.test_button, self.sign_in_button, self.add_button, self.kind_box):
            widget.setEnabled(not busy)
        self.form_host.setEnabled(not busy)
        self.name_edit.setEnabled(not busy)
        if words:
            self.result_label.setStyleSheet("")
            self.result_label.setText(words)
            self._fit()

    def _fit(self) -> None:
        """Grow to the words shown (a wrapped label's height is not part of the minimum size,
        so without this a long answer squeezes the rows above it over each other)."""
        if self.isVisible():
            self.adjustSize()

    def _tz(self) -> ZoneInfo:
        return self.controller.service.profile.tz

    def _show_result(self, result: object) -> bool:
        if isinstance(result, str):  # a Said keeps its codes: no str() of it here
            self.result_label.setStyleSheet("")
            self.result_label.setText(said_text(result, self._tz()))
            self._tested, self._failed = self._state(), None
        else:
            self.result_label.setStyleSheet(ERROR_STYLE)
            if isinstance(result, FAILURES):
                words = said_text(result, self._tz())
            else:
                words = self.tr("Something went wrong: %1").replace("%1", str(result))
            self.result_label.setText(words)
            self._failed = self._state()
        self._fit()
        return isinstance(result, str)

    @Slot()
    def test(self, *, then_add: bool = False) -> None:
        draft = self._make_draft()
        if draft is None:
            return
        self._set_busy(True, self.tr("Connecting…"))
        self.controller.test_account(
            draft.account,
            lambda result: self._tried(draft, result, then_add),
            pending=draft.secrets,
            owner=self,
        )

    @Slot()
    def sign_in(self, *, then_add: bool = False) -> None:
        draft = self._make_draft()
        if draft is None:
            return
        self._set_busy(True)
        run_sign_in(
            self.controller,
            self.sign_in_panel,
            draft.account,
            lambda result: self._tried(draft, result, then_add),
            draft.secrets,
        )

    def _tried(self, draft: AccountDraft, result: object, then_add: bool) -> None:
        self._set_busy(False)
        if self._show_result(result):
            self.draft = draft
            if then_add and self.isVisible():  # not when the person cancelled meanwhile
                self.accept()
        elif then_add and not draft.provider.interactive_sign_in:
            self.add_button.setText(self.tr("&Add anyway"))

    @Slot()
    def add(self) -> None:
        """Add what works. Untested settings are tested first; when the test fails, "Add
        anyway" adds them all the same (for example while offline), except for an account
        that is not signed in, which could do nothing."""
        state = self._state()
        if self.draft is not None and self._tested == state:
            self.accept()
        elif self._failed == state and self.add_button.text() == self.tr("&Add anyway"):
            self.draft = self._make_draft()
            if self.draft is not None:
                self.accept()
        elif self.kind is not None and self.kind.interactive_sign_in:
            self.sign_in(then_add=True)
        else:
            self.test(then_add=True)
