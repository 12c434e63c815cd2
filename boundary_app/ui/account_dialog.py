"""Add a mail account: the form comes from the kind's settings fields.

Nothing is stored while the dialog is open: the password waits in a ``PendingSecrets`` and
the account in a draft, which Settings keeps when it is saved (``Boundary.save_settings``).
"Test" and "Sign in" run in a worker process (``Controller.test_account``): the draft's
secrets go with the request and come back with what a sign-in added; the dialog shows what
is happening and can cancel a sign-in.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
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

from boundary_app.core.profile import Account
from boundary_app.core.service import AccountDraft, InputError
from boundary_app.providers.base import FieldKind, MailProvider, ProviderError, SettingField
from boundary_app.providers.secrets import KeyringUnavailable, PendingSecrets
from boundary_app.ui.controller import Controller
from boundary_app.ui.widgets import ERROR_STYLE, text_label
from boundary_app.ui.worker_bridge import WorkerJob, WorkerStopped

FAILURES = (ProviderError, InputError, KeyringUnavailable, WorkerStopped)
KIND_AND_NAME_ROWS = 2


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

    @Slot(str)
    def say(self, text: str) -> None:
        import html

        self.label.setText(html.escape(text))

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


class AccountDialog(QDialog):
    """Choose a kind, fill in what it needs, test, and add.

    Test accessors: ``kind_box``, ``name_edit``, ``edits`` (field key → widget),
    ``test_button``, ``sign_in_button``, ``sign_in_panel``, ``result_label``,
    ``add_button``; ``draft`` is the account once it was added.
    """

    def __init__(
        self, controller: Controller, taken: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.taken = taken
        self.draft: AccountDraft | None = None
        self._tested: tuple[Any, ...] | None = None
        self._failed: tuple[Any, ...] | None = None
        self._busy = False
        self.edits: dict[str, QLineEdit | QComboBox] = {}
        self.setWindowTitle(self.tr("Add a mail account"))

        layout = QVBoxLayout(self)
        # One form, so the kind's fields line up with Kind and Name above them.
        self.form_host = QWidget(self)
        self.form = QFormLayout(self.form_host)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.kind_box = QComboBox(self.form_host)
        for cls in controller.service.kinds():
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
        layout.addWidget(self.form_host)

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
        self._build_form()
        self.setMinimumWidth(500)

    # --- the form -------------------------------------------------------------------------

    @property
    def kind(self) -> type[MailProvider] | None:
        kind = self.kind_box.currentData()
        return None if kind is None else self.controller.service.provider_class(kind)

    @Slot()
    def _build_form(self) -> None:
        while self.form.rowCount() > KIND_AND_NAME_ROWS:
            self.form.removeRow(KIND_AND_NAME_ROWS)
        self.edits = {}
        cls = self.kind
        if cls is None:
            self.result_label.setText(self.tr("No account kinds are installed."))
            self.add_button.setEnabled(False)
            return
        for spec in cls.settings_fields:
            self.form.addRow(*self._field_row(spec))
        self.sign_in_button.setVisible(cls.interactive_sign_in)
        self.test_button.setVisible(not cls.interactive_sign_in)
        if not self.name_edit.text() or self.name_edit.isModified() is False:
            self.name_edit.setText(self._free_name(cls.display_name))
        self._changed()

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
        return {
            key: edit.currentText() if isinstance(edit, QComboBox) else edit.text()
            for key, edit in self.edits.items()
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
            return self.controller.service.draft_account(cls.kind, name, self.values())
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

    def _show_result(self, result: object) -> bool:
        ok = isinstance(result, str)
        if ok:
            self.result_label.setStyleSheet("")
            self.result_label.setText(str(result))
            self._tested, self._failed = self._state(), None
        else:
            self.result_label.setStyleSheet(ERROR_STYLE)
            if isinstance(result, FAILURES):
                words = str(result)
            else:
                words = self.tr("Something went wrong: %1").replace("%1", str(result))
            self.result_label.setText(words)
            self._failed = self._state()
        return ok

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
            if then_add:
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
