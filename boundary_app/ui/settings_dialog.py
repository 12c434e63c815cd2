"""Settings: who you are, who covers for you, your message templates, when you check mail
(``plan_tab.py``), your accounts.

The dialog edits a deep copy of the profile. Save hands the copy to
``Controller.save_profile`` (an atomic write); Cancel throws it away. A profile written by a
newer Boundary can be looked at but not saved.
"""

from __future__ import annotations

import copy
from functools import cache

from PySide6.QtCore import QSignalBlocker, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from boundary_app.core.autostart import Autostart, AutostartError, for_platform
from boundary_app.core.profile import (
    Account,
    Backup,
    Profile,
    ProfileError,
    TemplateText,
    backup_problem,
    is_timezone,
)
from boundary_app.core.render import builtin_templates, effective_template
from boundary_app.core.service import AccountDraft
from boundary_app.providers.base import Capability, MailProvider, is_email
from boundary_app.providers.registry import UnknownKind
from boundary_app.providers.secrets import KeyringUnavailable
from boundary_app.ui.account_dialog import FAILURES, AccountDialog, SignInPanel, run_sign_in
from boundary_app.ui.controller import Controller
from boundary_app.ui.language_pickers import (
    ReplyLanguages,
    fill_template_titles,
    language_box,
)
from boundary_app.ui.plan_tab import PlanTab
from boundary_app.ui.style import ERROR_STYLE, plain_editor, text_label
from boundary_app.ui.texts import trouble_words

BANNER_STYLE = (
    "background: #fff4ce; color: #4d3800; border: 1px solid #e0c060; "
    "border-radius: 4px; padding: 6px;"
)


@cache
def _zones() -> tuple[str, ...]:
    from zoneinfo import available_timezones

    return tuple(sorted(available_timezones()))


class BackupDialog(QDialog):
    """Add or edit one backup colleague; stays open until what was typed can be used.

    Test accessors: ``name_edit``, ``email_edit``, ``phone_edit``, ``covers_edit``,
    ``error_label``, ``ok_button``; ``backup()`` is what the fields hold.
    """

    def __init__(
        self, backup: Backup | None, others: list[Backup], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.original = backup
        self.others = others
        self.setWindowTitle(self.tr("Edit backup") if backup else self.tr("Add a backup"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name_edit = QLineEdit(self)
        self.email_edit = QLineEdit(self)
        self.phone_edit = QLineEdit(self)
        self.covers_edit = QLineEdit(self)
        self.email_edit.setPlaceholderText(self.tr("sam@example.com"))
        self.phone_edit.setPlaceholderText(self.tr("Optional"))
        self.covers_edit.setPlaceholderText(
            self.tr("Optional, for example: urgent client questions")
        )
        for text, edit in (
            (self.tr("&Name:"), self.name_edit),
            (self.tr("&Email:"), self.email_edit),
            (self.tr("&Phone:"), self.phone_edit),
            (self.tr("&Covers:"), self.covers_edit),
        ):
            label = QLabel(text, self)
            label.setBuddy(edit)
            form.addRow(label, edit)
            edit.textChanged.connect(self._clear_error)
        layout.addLayout(form)
        hint = text_label(
            self,
            self.tr('"Covers" ends the sentence "please contact … for …" in your message.'),
            hint=True,
        )
        layout.addWidget(hint)
        self.error_label = text_label(self, style=ERROR_STYLE)
        self.error_label.hide()
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert ok is not None
        self.ok_button: QPushButton = ok
        self.ok_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if backup is not None:
            self.name_edit.setText(backup.name)
            self.email_edit.setText(backup.email)
            self.phone_edit.setText(backup.phone)
            self.covers_edit.setText(backup.covers)
        self.setMinimumWidth(440)

    def backup(self) -> Backup:
        extra = copy.deepcopy(self.original.extra) if self.original else {}
        return Backup(
            name=self.name_edit.text().strip(),
            email=self.email_edit.text().strip(),
            phone=self.phone_edit.text().strip(),
            covers=self.covers_edit.text().strip(),
            extra=extra,
        )

    @Slot()
    def _clear_error(self) -> None:
        self.error_label.hide()

    def accept(self) -> None:
        problem = backup_problem(self.backup(), self.others)
        if problem:
            self.error_label.setText(self.tr("This backup %1.").replace("%1", problem))
            self.error_label.show()
            self.adjustSize()  # room for the message; never squeeze the fields
            return
        super().accept()


class SettingsDialog(QDialog):
    """Edit a copy of the profile; Save writes it, Cancel forgets it.

    Test accessors: ``profile`` (the copy being edited), ``tabs``, ``name_edit``,
    ``email_edit``, ``phone_edit``, ``timezone_box``, ``backup_list``, ``add_button``,
    ``edit_button``, ``remove_button``, ``up_button``, ``down_button``, ``backup_editor``
    (the open add/edit dialog, if any), ``template_box``, ``subject_edit``,
    ``reason_edit``, ``internal_edit``, ``external_edit``, ``restore_button``,
    ``plan_tab`` (its own accessors are in ``plan_tab.py``), ``account_table``, ``banner``,
    ``error_label``, ``save_button``, ``cancel_button``, ``start_at_login_box``.
    """

    def __init__(
        self,
        controller: Controller,
        parent: QWidget | None = None,
        *,
        autostart: Autostart | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.profile: Profile = copy.deepcopy(controller.profile)
        self.drafts: list[AccountDraft] = []
        self.account_editor: AccountDialog | None = None
        self._account_busy = False
        self.autostart = autostart if autostart is not None else for_platform()
        self.backup_editor: BackupDialog | None = None
        self._editing_row: int | None = None
        self.setWindowTitle(self.tr("Settings — Boundary"))
        self.setSizeGripEnabled(True)

        layout = QVBoxLayout(self)
        self.banner = text_label(
            self,
            self.tr(
                "This profile was written by a newer version of Boundary. You can look at "
                "your settings here, but not change them: update Boundary to edit them."
            ),
            style=BANNER_STYLE,
        )
        self.banner.setVisible(self.profile.read_only)
        layout.addWidget(self.banner)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._identity_tab(), self.tr("&Identity"))
        self.tabs.addTab(self._backups_tab(), self.tr("&Backups"))
        self.tabs.addTab(self._templates_tab(), self.tr("&Templates"))
        today = controller.service.clock().astimezone(self.profile.tz).date()
        self.plan_tab = PlanTab(self.profile.checks, today, self)
        self.plan_tab.setEnabled(not self.profile.read_only)
        self.plan_tab.changed.connect(self._on_plan_changed)
        self.tabs.addTab(self.plan_tab, self.tr("Mail &checks"))
        self.tabs.addTab(self._accounts_tab(), self.tr("Acc&ounts"))
        layout.addWidget(self.tabs, 1)

        bottom = QHBoxLayout()
        self.error_label = text_label(self, style=ERROR_STYLE)
        bottom.addWidget(self.error_label, 1)
        buttons = QDialogButtonBox(self)
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setDefault(True)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        assert cancel is not None
        self.cancel_button: QPushButton = cancel
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        bottom.addWidget(buttons, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(bottom)

        self.setMinimumSize(620, 520)
        self.resize(700, 580)
        self.validate()

    # --- identity -------------------------------------------------------------------------

    def _identity_tab(self) -> QWidget:
        tab = QWidget(self)
        layout = QVBoxLayout(tab)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        identity = self.profile.identity
        self.name_edit = QLineEdit(identity.name, tab)
        self.name_edit.setPlaceholderText(self.tr("How your messages are signed"))
        self.email_edit = QLineEdit(identity.email, tab)
        self.email_edit.setPlaceholderText(self.tr("you@example.com"))
        self.phone_edit = QLineEdit(identity.phone, tab)
        self.phone_edit.setPlaceholderText(self.tr("Optional"))
        self.timezone_box = QComboBox(tab)
        self.timezone_box.setEditable(True)
        self.timezone_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.timezone_box.addItems(list(_zones()))
        self.timezone_box.setMaxVisibleItems(15)
        completer = QCompleter(self.timezone_box.model(), self.timezone_box)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setMaxVisibleItems(12)
        self.timezone_box.setCompleter(completer)
        self.timezone_box.setCurrentText(identity.timezone)
        self.language_box = language_box(tab, (self.tr("As the system"), ""))
        self.language_box.setCurrentIndex(
            max(0, self.language_box.findData(self.profile.preferences.language))
        )
        for text, widget in (
            (self.tr("&Name:"), self.name_edit),
            (self.tr("&Email:"), self.email_edit),
            (self.tr("&Phone:"), self.phone_edit),
            (self.tr("Time &zone:"), self.timezone_box),
            (self.tr("&Language:"), self.language_box),
        ):
            label = QLabel(text, tab)
            label.setBuddy(widget)
            form.addRow(label, widget)
        layout.addLayout(form)
        hint = text_label(
            tab,
            self.tr(
                'Your name signs your messages. The time zone sets when "tomorrow morning" '
                "is; type part of a city to find it."
            ),
            hint=True,
        )
        layout.addWidget(hint)
        layout.addStretch(1)
        # The system's entry is the truth: the box shows it, Save writes it (start_at_login.py).
        self.start_at_login_box = QCheckBox(self.tr("Start Boundary &when I sign in"), tab)
        self.start_at_login_box.setChecked(self.autostart.enabled())
        self.start_at_login_box.setEnabled(self.autostart.supported)
        if not self.autostart.supported:
            self.start_at_login_box.setToolTip(
                self.tr("This system has no way for Boundary to start when you sign in.")
            )
        layout.addWidget(self.start_at_login_box)
        for edit in (self.name_edit, self.email_edit, self.phone_edit):
            edit.textChanged.connect(self._on_identity_changed)
        self.timezone_box.currentTextChanged.connect(self._on_identity_changed)
        self.language_box.currentIndexChanged.connect(self._on_identity_changed)
        return tab

    @Slot()
    def _on_identity_changed(self) -> None:
        identity = self.profile.identity
        identity.name = self.name_edit.text().strip()
        identity.email = self.email_edit.text().strip()
        identity.phone = self.phone_edit.text().strip()
        zone = self.timezone_box.currentText().strip()
        if is_timezone(zone):
            identity.timezone = zone
        self.profile.preferences.language = str(self.language_box.currentData())
        self.validate()

    # --- backups --------------------------------------------------------------------------

    def _backups_tab(self) -> QWidget:
        tab = QWidget(self)
        layout = QVBoxLayout(tab)
        intro = text_label(
            tab,
            self.tr(
                "Colleagues who cover while you are away. The first one is named first; "
                "when you go away you choose who covers this time."
            ),
        )
        layout.addWidget(intro)
        row = QHBoxLayout()
        self.backup_list = QListWidget(tab)
        self.backup_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.backup_list.itemDoubleClicked.connect(lambda _item: self.edit_backup())
        self.backup_list.currentRowChanged.connect(self._update_backup_buttons)
        row.addWidget(self.backup_list, 1)
        column = QVBoxLayout()
        self.add_button = QPushButton(self.tr("&Add…"), tab)
        self.edit_button = QPushButton(self.tr("&Edit…"), tab)
        self.remove_button = QPushButton(self.tr("&Remove"), tab)
        self.up_button = QPushButton(self.tr("Move &up"), tab)
        self.down_button = QPushButton(self.tr("Move &down"), tab)
        for button, action in (
            (self.add_button, self.add_backup),
            (self.edit_button, self.edit_backup),
            (self.remove_button, self.remove_backup),
            (self.up_button, lambda: self.move_backup(-1)),
            (self.down_button, lambda: self.move_backup(1)),
        ):
            button.setAutoDefault(False)
            button.clicked.connect(action)
            column.addWidget(button)
        column.addStretch(1)
        row.addLayout(column)
        layout.addLayout(row, 1)
        self._fill_backups(0)
        return tab

    def _fill_backups(self, current: int) -> None:
        self.backup_list.clear()
        for backup in self.profile.backups:
            text = backup.name
            if backup.covers:
                text = self.tr("%1 — %2").replace("%1", backup.name).replace("%2", backup.covers)
            item = QListWidgetItem(text, self.backup_list)
            details = ", ".join(x for x in (backup.email, backup.phone) if x)
            item.setToolTip(details)
        if self.profile.backups:
            self.backup_list.setCurrentRow(min(max(current, 0), len(self.profile.backups) - 1))
        self._update_backup_buttons()

    @Slot()
    def _update_backup_buttons(self) -> None:
        row = self.backup_list.currentRow()
        count = len(self.profile.backups)
        has = 0 <= row < count
        self.edit_button.setEnabled(has)
        self.remove_button.setEnabled(has)
        self.up_button.setEnabled(has and row > 0)
        self.down_button.setEnabled(has and row < count - 1)

    @Slot()
    def add_backup(self) -> None:
        self._open_backup_editor(None)

    @Slot()
    def edit_backup(self) -> None:
        row = self.backup_list.currentRow()
        if 0 <= row < len(self.profile.backups):
            self._open_backup_editor(row)

    def _open_backup_editor(self, row: int | None) -> None:
        backup = None if row is None else self.profile.backups[row]
        others = [b for i, b in enumerate(self.profile.backups) if i != row]
        editor = BackupDialog(backup, others, self)
        editor.setWindowModality(Qt.WindowModality.WindowModal)
        editor.finished.connect(self._on_backup_editor_finished)
        self.backup_editor = editor
        self._editing_row = row
        editor.open()

    @Slot(int)
    def _on_backup_editor_finished(self, result: int) -> None:
        editor, row = self.backup_editor, self._editing_row
        self.backup_editor, self._editing_row = None, None
        if editor is None:
            return
        editor.deleteLater()
        if result != QDialog.DialogCode.Accepted:
            return
        backup = editor.backup()
        if row is None:
            self.profile.backups.append(backup)
            row = len(self.profile.backups) - 1
        else:
            self.profile.backups[row] = backup
        self._fill_backups(row)
        self.validate()

    @Slot()
    def remove_backup(self) -> None:
        row = self.backup_list.currentRow()
        if 0 <= row < len(self.profile.backups):
            del self.profile.backups[row]
            self._fill_backups(row)
            self.validate()

    def move_backup(self, step: int) -> None:
        row = self.backup_list.currentRow()
        target = row + step
        backups = self.profile.backups
        if 0 <= row < len(backups) and 0 <= target < len(backups):
            backups[row], backups[target] = backups[target], backups[row]
            self._fill_backups(target)
            self.backup_list.setFocus()

    # --- templates ------------------------------------------------------------------------

    def _templates_tab(self) -> QWidget:
        tab = QWidget(self)
        layout = QVBoxLayout(tab)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.template_language_box = language_box(tab)
        self.template_language_box.setCurrentIndex(
            max(0, self.template_language_box.findData(self._reply_language()))
        )
        prefs = self.profile.preferences
        self.reply_languages = ReplyLanguages(
            tab, prefs.reply_language, prefs.second_language, follow_app=True
        )
        self.reply_languages.changed.connect(self._on_reply_languages)
        self.template_box = QComboBox(tab)
        fill_template_titles(self.template_box, self.template_language)
        self.subject_edit = QLineEdit(tab)
        self.reason_edit = QLineEdit(tab)
        self.internal_edit = plain_editor(tab)
        self.external_edit = plain_editor(tab)
        for text, widget in (
            (self.tr("Replies i&n:"), self.reply_languages),
            (self.tr("L&anguage:"), self.template_language_box),
            (self.tr("Te&mplate:"), self.template_box),
            (self.tr("S&ubject:"), self.subject_edit),
            (self.tr("&Reason:"), self.reason_edit),
            (self.tr("For co&lleagues:"), self.internal_edit),
            (self.tr("For &everyone else:"), self.external_edit),
        ):
            label = QLabel(text, tab)
            label.setBuddy(widget)
            form.addRow(label, widget)
        layout.addLayout(form, 1)
        hint = text_label(
            tab,
            self.tr(
                "Placeholders: {name} your name, {return} when you are back, {backups} who "
                "covers, {reason} the reason. A line whose placeholder is empty is left out; "
                "an empty field uses the original text."
            ),
            hint=True,
        )
        layout.addWidget(hint)
        restore_row = QHBoxLayout()
        self.changed_label = QLabel(tab)
        self.changed_label.setTextFormat(Qt.TextFormat.PlainText)
        self.restore_button = QPushButton(self.tr("Restore the ori&ginal"), tab)
        self.restore_button.setAutoDefault(False)
        self.restore_button.clicked.connect(self.restore_template)
        restore_row.addWidget(self.changed_label, 1)
        restore_row.addWidget(self.restore_button)
        layout.addLayout(restore_row)
        self.template_box.currentIndexChanged.connect(self._load_template)
        self.template_language_box.currentIndexChanged.connect(self._on_template_language)
        for line in (self.subject_edit, self.reason_edit):
            line.textChanged.connect(self._store_template)
        for editor in (self.internal_edit, self.external_edit):
            editor.textChanged.connect(self._store_template)
        self._load_template()
        return tab

    @property
    def template_id(self) -> str:
        return str(self.template_box.currentData())

    @property
    def template_language(self) -> str:
        return str(self.template_language_box.currentData())

    def _reply_language(self) -> str:
        return self.profile.preferences.reply_languages(self.controller.service.system_language)[0]

    @Slot()
    def _on_reply_languages(self) -> None:
        self.profile.preferences.reply_language = self.reply_languages.first
        self.profile.preferences.second_language = self.reply_languages.second

    @Slot()
    def _on_template_language(self) -> None:
        fill_template_titles(self.template_box, self.template_language)
        self._load_template()

    def _edits(self) -> dict[str, TemplateText]:
        """The person's edits of the templates in the language shown."""
        return self.profile.templates.setdefault(self.template_language, {})

    @Slot()
    def _load_template(self) -> None:
        template = effective_template(self.profile, self.template_id, self.template_language)
        editors = (self.subject_edit, self.reason_edit, self.internal_edit, self.external_edit)
        blockers = [QSignalBlocker(w) for w in editors]
        self.subject_edit.setText(template.subject)
        self.reason_edit.setText(template.reason)
        self.internal_edit.setPlainText(template.internal)
        self.external_edit.setPlainText(template.external)
        del blockers
        self._update_template_state()

    @Slot()
    def _store_template(self) -> None:
        """Keep only what differs from the built-in template."""
        base = builtin_templates(self.template_language)[self.template_id]

        def changed(value: str, original: str) -> str:
            return "" if value.strip() == original.strip() else value

        previous = self._edits().get(self.template_id)
        edit = TemplateText(
            subject=changed(self.subject_edit.text(), base.subject),
            reason=changed(self.reason_edit.text(), base.reason),
            internal=changed(self.internal_edit.toPlainText(), base.internal),
            external=changed(self.external_edit.toPlainText(), base.external),
            extra=previous.extra if previous else {},
        )
        if edit.subject or edit.reason or edit.internal or edit.external or edit.extra:
            self._edits()[self.template_id] = edit
        else:
            self._edits().pop(self.template_id, None)
        self._update_template_state()

    def _changed_fields(self) -> bool:
        edit = self._edits().get(self.template_id)
        return edit is not None and any((edit.subject, edit.reason, edit.internal, edit.external))

    def _update_template_state(self) -> None:
        changed = self._changed_fields()
        self.restore_button.setEnabled(changed)
        self.changed_label.setText(
            self.tr("You changed this template.") if changed else self.tr("The original text.")
        )

    @Slot()
    def restore_template(self) -> None:
        previous = self._edits().pop(self.template_id, None)
        if previous is not None and previous.extra:  # keys this version does not know stay
            self._edits()[self.template_id] = TemplateText(extra=previous.extra)
        self._load_template()

    # --- accounts -------------------------------------------------------------------------

    def _accounts_tab(self) -> QWidget:
        tab = QWidget(self)
        layout = QVBoxLayout(tab)
        self.account_table = QTableWidget(0, 3, tab)
        self.account_table.setHorizontalHeaderLabels(
            [self.tr("Account"), self.tr("Kind"), self.tr("What Boundary can do with it")]
        )
        self.account_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.account_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.account_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.account_table.setWordWrap(True)
        self.account_table.setShowGrid(False)
        self.account_table.setStyleSheet(
            "QTableWidget::item { padding: 4px 8px; }"
            "QHeaderView::section { padding: 4px 8px; border: none;"
            " border-bottom: 1px solid palette(mid); background: palette(window); }"
        )
        self.account_table.verticalHeader().hide()
        header = self.account_table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.account_table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        layout.addWidget(self.account_table, 1)

        self.account_sign_in_panel = SignInPanel(tab)
        layout.addWidget(self.account_sign_in_panel)
        self.account_result = text_label(tab)
        layout.addWidget(self.account_result)
        row = QHBoxLayout()
        self.add_account_button = QPushButton(self.tr("A&dd account…"), tab)
        self.test_account_button = QPushButton(self.tr("&Test"), tab)
        self.sign_in_account_button = QPushButton(self.tr("Sign &in again…"), tab)
        self.remove_account_button = QPushButton(self.tr("&Remove"), tab)
        for button in (
            self.add_account_button,
            self.test_account_button,
            self.sign_in_account_button,
            self.remove_account_button,
        ):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.add_account_button.clicked.connect(self.add_account)
        self.test_account_button.clicked.connect(self.test_account)
        self.sign_in_account_button.clicked.connect(self.sign_in_account)
        self.remove_account_button.clicked.connect(self.remove_account)
        self.account_table.itemSelectionChanged.connect(self._update_account_buttons)
        self._fill_accounts(0)
        return tab

    def _fill_accounts(self, current: int) -> None:
        registry = self.controller.service.registry
        self.account_table.setRowCount(len(self.profile.accounts))
        for row, account in enumerate(self.profile.accounts):
            try:
                provider = registry.load(account.kind)
                kind = provider.display_name
                summary = self.capability_summary(frozenset(provider.capabilities))
            except UnknownKind:
                kind = account.kind
                summary = self.tr("Not installed in this version of Boundary")
            for column, text in enumerate((account.name, kind, summary)):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                self.account_table.setItem(row, column, item)
        if self.profile.accounts:
            self.account_table.selectRow(min(current, len(self.profile.accounts) - 1))
        self._update_account_buttons()

    def _selected_account(self) -> Account | None:
        rows = {i.row() for i in self.account_table.selectedIndexes()}
        return self.profile.accounts[rows.pop()] if len(rows) == 1 else None

    def _saved_account(self) -> Account | None:
        """The selected account as saved (a new or unsaved one cannot be tested yet)."""
        account = self._selected_account()
        saved = self.controller.profile.account(account.name) if account else None
        return saved if saved is not None and saved == account else None

    @Slot()
    def _update_account_buttons(self) -> None:
        account = self._selected_account()
        editable = not self.profile.read_only and not self._account_busy
        self.add_account_button.setEnabled(editable)
        self.remove_account_button.setEnabled(editable and account is not None)
        saved = self._saved_account()
        self.test_account_button.setEnabled(saved is not None and not self._account_busy)
        kind = self._kind_of(saved)
        self.sign_in_account_button.setVisible(kind is not None and kind.interactive_sign_in)
        self.sign_in_account_button.setEnabled(saved is not None and not self._account_busy)

    def _kind_of(self, account: Account | None) -> type[MailProvider] | None:
        if account is None:
            return None
        try:
            return self.controller.service.registry.load(account.kind)
        except UnknownKind:
            return None

    @Slot()
    def add_account(self) -> None:
        taken = [a.name for a in self.profile.accounts]
        self.account_editor = AccountDialog(self.controller, taken, self)
        self.account_editor.accepted.connect(self._on_account_added)
        self.account_editor.open()

    @Slot()
    def _on_account_added(self) -> None:
        editor = self.account_editor
        if editor is None or editor.draft is None:
            return
        self.drafts.append(editor.draft)
        self.profile.accounts.append(editor.draft.account)
        self._fill_accounts(len(self.profile.accounts) - 1)
        self.account_result.setStyleSheet("")
        self.account_result.setText(
            self.tr("%1 is added when you save.").replace("%1", editor.draft.account.name)
        )
        self.account_editor = None

    @Slot()
    def remove_account(self) -> None:
        account = self._selected_account()
        if account is None:
            return
        row = self.profile.accounts.index(account)
        del self.profile.accounts[row]
        self.drafts = [d for d in self.drafts if d.account is not account]
        self._fill_accounts(row)
        self.account_result.setStyleSheet("")
        self.account_result.setText(
            self.tr("%1 is removed when you save; its password is then forgotten.").replace(
                "%1", account.name
            )
        )

    def _account_step(self, *, sign_in: bool) -> None:
        """Test the selected saved account, or sign it in again, off the GUI thread."""
        account = self._saved_account()
        if account is None:
            return
        self._account_busy = True
        self._update_account_buttons()
        self.account_result.setStyleSheet("")
        self.account_result.setText(self.tr("Connecting to %1…").replace("%1", account.name))

        def done(result: object) -> None:
            self._account_busy = False
            self._update_account_buttons()
            ok = isinstance(result, str)
            self.account_result.setStyleSheet("" if ok else ERROR_STYLE)
            self.account_result.setText(
                f"{account.name}: {result}"
                if ok or isinstance(result, FAILURES)
                else self.tr("Something went wrong: %1").replace("%1", str(result))
            )
            if sign_in:
                self.controller.push()  # what waited for the sign-in goes out now

        provider = self.controller.service.provider_for(account)
        if sign_in:
            run_sign_in(self.controller, self.account_sign_in_panel, provider, done)
        else:
            self.controller.run_in_background(provider.check, done)

    @Slot()
    def test_account(self) -> None:
        self._account_step(sign_in=False)

    @Slot()
    def sign_in_account(self) -> None:
        self._account_step(sign_in=True)

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
        if not parts:
            return self.tr("Nothing yet")
        text = "; ".join(parts)
        return text[:1].upper() + text[1:]

    # --- checking and saving --------------------------------------------------------------

    @Slot()
    def _on_plan_changed(self) -> None:
        self.profile.checks = self.plan_tab.plan()
        self.validate()

    def problems(self) -> list[str]:
        """What stops Save, in words; empty when the settings can be saved."""
        found: list[str] = []
        email = self.email_edit.text().strip()
        if email and not is_email(email):
            found.append(self.tr("Your email '%1' is not an email address.").replace("%1", email))
        zone = self.timezone_box.currentText().strip()
        if not is_timezone(zone):
            found.append(
                self.tr("'%1' is not a time zone; pick one from the list, like %2.")
                .replace("%1", zone)
                .replace("%2", "Europe/Amsterdam")
            )
        return found + self.plan_tab.problems()

    @Slot()
    def validate(self) -> bool:
        found = self.problems()
        self.error_label.setText("\n".join(found))
        self.save_button.setEnabled(not found and not self.profile.read_only)
        return not found

    @Slot()
    def save(self) -> None:
        if not self.validate() or self.profile.read_only:
            return
        if not self._save_start_at_login():
            return
        kept = {a.name for a in self.profile.accounts}
        removed = [a for a in self.controller.profile.accounts if a.name not in kept]
        try:
            for draft in self.drafts:
                draft.secrets.commit()
            self.controller.save_profile(self.profile)
            for account in removed:
                kind = self._kind_of(account)
                if kind is not None:
                    kind.forget(account.name, self.controller.service.secrets)
        except KeyringUnavailable as error:
            self.error_label.setText(str(error))
            return
        except (ProfileError, OSError) as error:
            self.error_label.setText(
                self.tr("Your settings could not be saved: %1").replace("%1", trouble_words(error))
            )
            return
        self.accept()

    def _save_start_at_login(self) -> bool:
        """Write the system's entry if the box changed; False (and a message) if that failed."""
        if not self.start_at_login_box.isEnabled():
            return True
        from boundary_app.ui import start_at_login

        wanted = self.start_at_login_box.isChecked()
        if wanted != self.autostart.enabled():
            try:
                start_at_login.apply(self.autostart, wanted)
            except AutostartError as error:
                self.error_label.setText(
                    self.tr("Boundary could not change starting when you sign in: %1").replace(
                        "%1", str(error)
                    )
                )
                return False
        self.profile.preferences.start_at_login = wanted
        self.profile.preferences.asked_start_at_login = True
        return True
