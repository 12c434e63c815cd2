"""Settings → Accounts: the mail accounts and what Boundary can do with each; add (through
``AccountDialog``), test, sign in again, remove.

An added account is a draft until Settings is saved: its secrets wait in the draft and go to
the keyring with the save (``Boundary.save_settings``), as a removed account's are forgotten
then. Test and Sign in run in a worker process (``Controller.test_account``).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from boundary_app.core.profile import Account, Profile
from boundary_app.core.service import AccountDraft, InputError
from boundary_app.providers.base import Capability, MailProvider
from boundary_app.ui.account_dialog import (
    FAILURES,
    AccountDialog,
    SignInPanel,
    field_text,
    run_sign_in,
)
from boundary_app.ui.controller import Controller
from boundary_app.ui.settings.page import SettingsPage
from boundary_app.ui.texts import said_text, shown_name
from boundary_app.ui.widgets import ERROR_STYLE, text_label

TABLE_STYLE = (
    "QTableWidget::item { padding: 4px 8px; }"
    "QHeaderView::section { padding: 4px 8px; border: none;"
    " border-bottom: 1px solid palette(mid); background: palette(window); }"
)


class AccountsTab(SettingsPage):
    """The accounts being edited, with the drafts of those added since the dialog opened.

    Test accessors: ``accounts``, ``drafts``, ``account_table``, ``account_result``,
    ``account_sign_in_panel``, ``add_account_button``, ``test_account_button``,
    ``sign_in_account_button``, ``remove_account_button``, ``account_editor`` (the open
    add dialog, if any).
    """

    def __init__(
        self, controller: Controller, profile: Profile, parent: QWidget, *, read_only: bool
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.read_only = read_only
        self.accounts: list[Account] = list(profile.accounts)
        self.drafts: list[AccountDraft] = []
        self.account_editor: AccountDialog | None = None
        self._busy = False
        layout = QVBoxLayout(self)
        self.account_table = self._table()
        layout.addWidget(self.account_table, 1)
        self.account_sign_in_panel = SignInPanel(self)
        layout.addWidget(self.account_sign_in_panel)
        self.account_result = text_label(self)
        layout.addWidget(self.account_result)
        self.features_host = QWidget(self)
        self.feature_boxes: dict[str, QCheckBox] = {}
        layout.addWidget(self.features_host)
        self.features_row = QHBoxLayout(self.features_host)
        self.features_row.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._buttons())
        self.account_table.itemSelectionChanged.connect(self._update_buttons)
        self._fill(0)

    def _table(self) -> QTableWidget:
        table = QTableWidget(0, 3, self)
        table.setHorizontalHeaderLabels(
            [self.tr("Account"), self.tr("Kind"), self.tr("What Boundary can do with it")]
        )
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setWordWrap(True)
        table.setShowGrid(False)
        table.setStyleSheet(TABLE_STYLE)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        return table

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.add_account_button = QPushButton(self.tr("A&dd account…"), self)
        self.test_account_button = QPushButton(self.tr("&Test"), self)
        self.sign_in_account_button = QPushButton(self.tr("Sign &in again…"), self)
        self.remove_account_button = QPushButton(self.tr("&Remove"), self)
        for button, action in (
            (self.add_account_button, self.add_account),
            (self.test_account_button, self.test_account),
            (self.sign_in_account_button, self.sign_in_account),
            (self.remove_account_button, self.remove_account),
        ):
            row.addWidget(button)
            button.clicked.connect(action)
        row.addStretch(1)
        return row

    def apply(self, profile: Profile) -> None:
        profile.accounts = list(self.accounts)

    @property
    def busy(self) -> bool:
        """A test or a sign-in is under way (it reports back to this tab)."""
        return self._busy

    # --- the table ------------------------------------------------------------------------

    def _fill(self, current: int) -> None:
        self.account_table.setRowCount(len(self.accounts))
        for row, account in enumerate(self.accounts):
            kind = self._kind_of(account)
            if kind is None:
                name = account.kind
                summary = self.tr("Not installed in this version of Boundary")
            elif kind.kind == "local":  # the built-in trial: say that it answers no mail
                name = self.tr("Trial (answers no mail)")
                summary = self.tr(
                    "Keeps the reply on this computer, to try Boundary: no mail is answered."
                )
            else:
                name = kind.display_name
                capabilities = kind.account_capabilities(account.settings)
                summary = self.capability_summary(frozenset(capabilities))
            shown = shown_name(account.name, account.kind)
            for column, text in enumerate((shown, name, summary)):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                self.account_table.setItem(row, column, item)
        if self.accounts:
            self.account_table.selectRow(min(current, len(self.accounts) - 1))
        self._update_buttons()

    def capability_summary(self, capabilities: frozenset[Capability]) -> str:
        parts: list[str] = []
        if Capability.AUTO_REPLY in capabilities:
            parts.append(self.tr("Out-of-office reply"))
        if Capability.SCHEDULED_REPLY in capabilities:
            parts.append(self.tr("starts and stops on time by itself"))
        contacts = Capability.AUDIENCE_CONTACTS in capabilities
        internal = Capability.AUDIENCE_INTERNAL in capabilities
        if contacts and internal:
            parts.append(self.tr("can answer only your contacts or only colleagues"))
        elif contacts:
            parts.append(self.tr("can answer only your contacts"))
        elif internal:
            parts.append(self.tr("can answer only colleagues"))
        if Capability.LIST_MAIL in capabilities:
            parts.append(self.tr("lists new mail"))
        if Capability.FORWARD in capabilities:
            parts.append(self.tr("forwards mail"))
        if Capability.FORWARD_RULE in capabilities:
            parts.append(self.tr("sends your mail on to your backup while you are away"))
        if Capability.CALENDAR_EVENT in capabilities:
            parts.append(self.tr("marks you out of office in the calendar"))
        if Capability.PRESENCE in capabilities:
            parts.append(self.tr("sets your chat status"))
        if not parts:
            return self.tr("Nothing yet")
        text = "; ".join(parts)
        return text[:1].upper() + text[1:]

    def _selected(self) -> Account | None:
        rows = {i.row() for i in self.account_table.selectedIndexes()}
        return self.accounts[rows.pop()] if len(rows) == 1 else None

    def _saved(self) -> Account | None:
        """The selected account as saved (a new or unsaved one cannot be tested yet)."""
        account = self._selected()
        saved = self.controller.profile.account(account.name) if account else None
        return saved if saved is not None and saved == account else None

    @Slot()
    def _update_buttons(self) -> None:
        account = self._selected()
        editable = not self.read_only and not self._busy
        self.add_account_button.setEnabled(editable)
        self.remove_account_button.setEnabled(editable and account is not None)
        saved = self._saved()
        self.test_account_button.setEnabled(saved is not None and not self._busy)
        kind = self._kind_of(saved)
        self.sign_in_account_button.setVisible(kind is not None and kind.interactive_sign_in)
        self.sign_in_account_button.setEnabled(saved is not None and not self._busy)
        self._show_features(account)

    # --- what an account keeps beside the reply (its features) ------------------------------

    def _show_features(self, account: Account | None) -> None:
        """Tick boxes for the selected account's features (its calendar, its Teams status…):
        what Boundary keeps there besides the reply, each of which the person can turn off."""
        layout = self.features_row
        while layout.count():
            item = layout.takeAt(0)
            if item is not None and (widget := item.widget()) is not None:
                widget.hide()  # gone now, not at the next turn of the event loop
                widget.deleteLater()
        self.feature_boxes = {}
        kind = self._kind_of(account)
        features = dict(kind.feature_settings) if kind is not None and account else {}
        self.features_host.setVisible(bool(features))
        if account is None or kind is None or not features:
            return
        layout.addWidget(QLabel(self.tr("Also keeps:"), self.features_host))
        labels = {f.key: f.label for f in kind.settings_fields}
        for key in features:
            box = QCheckBox(field_text(labels.get(key, key)), self.features_host)
            box.setChecked(kind.feature_on(account.settings, key))
            box.setEnabled(not self.read_only and not self._busy)
            box.toggled.connect(lambda on, k=key: self._set_feature(k, on))
            layout.addWidget(box)
            self.feature_boxes[key] = box
        layout.addStretch(1)

    def _set_feature(self, key: str, on: bool) -> None:
        account = self._selected()
        if account is None:
            return
        row = self.accounts.index(account)
        changed = replace(account, settings={**account.settings, key: "on" if on else "off"})
        self.accounts[row] = changed
        self.drafts = [d for d in self.drafts if d.account is not account]
        self._fill(row)
        words = self.tr("%1 changes when you save.")
        if on:
            words += " " + self.tr("Boundary may ask you to sign in again, to allow it.")
        self._say(words.replace("%1", shown_name(changed.name, changed.kind)))
        self.changed.emit()

    def _kind_of(self, account: Account | None) -> type[MailProvider] | None:
        if account is None:
            return None
        try:
            return self.controller.service.provider_class(account.kind)
        except InputError:  # not installed
            return None

    def _say(self, text: str, *, style: str = "") -> None:
        self.account_result.setStyleSheet(style)
        self.account_result.setText(text)

    # --- adding and removing --------------------------------------------------------------

    @Slot()
    def add_account(self) -> None:
        taken = [a.name for a in self.accounts]
        # The person's own address is the likely first account; an address in use is not.
        email = self.controller.profile.identity.email
        if any(a.email.lower() == email.lower() for a in self.accounts):
            email = ""
        self.account_editor = AccountDialog(self.controller, taken, self, email=email)
        self.account_editor.accepted.connect(self._on_account_added)
        self.account_editor.open()

    @Slot()
    def _on_account_added(self) -> None:
        editor = self.account_editor
        if editor is None or editor.draft is None:
            return
        added = editor.draft.account
        trial = self._lone_trial()
        self.drafts.append(editor.draft)
        self.accounts.append(added)
        if trial is not None and added.kind != trial.kind:
            self.accounts.remove(trial)  # the first real account takes the trial's place
            words = self.tr(
                "%1 is added when you save, and the trial account %2, which answers no mail, "
                "is removed."
            ).replace("%2", shown_name(trial.name, trial.kind))
        else:
            words = self.tr("%1 is added when you save.")
        self._fill(len(self.accounts) - 1)
        self._say(words.replace("%1", added.name))
        self.account_editor = None
        self.changed.emit()

    def _lone_trial(self) -> Account | None:
        """The trial account (this computer: the built-in kind that needs no settings), when
        it is the only account."""
        if len(self.accounts) != 1:
            return None
        only = self.accounts[0]
        kinds = self.controller.service.kinds()
        trial = any(k.kind == only.kind and not k.settings_fields for k in kinds)
        return only if trial else None

    @Slot()
    def remove_account(self) -> None:
        account = self._selected()
        if account is None:
            return
        row = self.accounts.index(account)
        del self.accounts[row]
        self.drafts = [d for d in self.drafts if d.account is not account]
        self._fill(row)
        self._say(
            self.tr("%1 is removed when you save; its password is then forgotten.").replace(
                "%1", account.name
            )
        )
        self.changed.emit()

    # --- testing and signing in -----------------------------------------------------------

    def _account_step(self, *, sign_in: bool) -> None:
        """Test the selected saved account, or sign it in again, in a worker."""
        account = self._saved()
        if account is None:
            return
        self._busy = True
        self._update_buttons()
        self._say(
            self.tr("Connecting to %1…").replace("%1", shown_name(account.name, account.kind))
        )
        tz = self.controller.profile.tz

        def done(result: object) -> None:
            self._busy = False
            self._update_buttons()
            ok = isinstance(result, str)
            self._say(
                f"{shown_name(account.name, account.kind)}: {said_text(result, tz)}"
                if isinstance(result, (str, *FAILURES))
                else self.tr("Something went wrong: %1").replace("%1", str(result)),
                style="" if ok else ERROR_STYLE,
            )
            if sign_in:
                self.controller.push()  # what waited for the sign-in goes out now

        if sign_in:
            run_sign_in(self.controller, self.account_sign_in_panel, account, done)
        else:
            self.controller.test_account(account, done, owner=self)

    @Slot()
    def test_account(self) -> None:
        self._account_step(sign_in=False)

    @Slot()
    def sign_in_account(self) -> None:
        self._account_step(sign_in=True)
