"""The "Go away" dialog: pick a template, a period and who covers, see exactly what each
audience will receive, then set the reply on every chosen account.

The dialog never touches the network. It renders previews with ``Boundary.prepare_away``
(pure and fast), records the period with ``Controller.go_away`` (which starts the push on
the thread pool) and shows each account's outcome when ``Controller.push_finished`` arrives.
Previews are plain text: markup in a message is shown as typed, never interpreted.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from itertools import pairwise
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QDate,
    QDateTime,
    Qt,
    QTime,
    QTimer,
    QTimeZone,
    Slot,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from boundary_app.core.journal import AwayPeriod
from boundary_app.core.language import reply_languages
from boundary_app.core.reconciler import AccountResult, effective_audience
from boundary_app.core.render import effective_template
from boundary_app.core.service import AwayRequest, InputError
from boundary_app.core.timeutil import localize
from boundary_app.providers.base import Audience, Capability
from boundary_app.ui.controller import Controller
from boundary_app.ui.language_pickers import ReplyLanguages, fill_template_titles
from boundary_app.ui.texts import format_when, trouble_words
from boundary_app.ui.widgets import ERROR_STYLE, WARNING_STYLE, plain_editor, text_label

PREVIEW_DELAY_MS = 150
LONG_MESSAGE_CHARS = 2_000
EDIT_FORMAT = "ddd d MMM yyyy  HH:mm"

QUICK_REST_OF_TODAY = "rest-of-today"
QUICK_TOMORROW = "tomorrow"
QUICK_MONDAY = "monday"
QUICK_CUSTOM = "custom"
LEFT_WIDTH = 250
"""Who covers, the accounts and the audience: a column this wide beside the messages."""


def _set_edit_moment(edit: QDateTimeEdit, moment: datetime, tz: ZoneInfo) -> None:
    """Show ``moment`` as its wall-clock time in ``tz``.

    The edits run in UTC so Qt applies no daylight-saving rules of its own; the wall time
    they hold is read back in the profile's zone with ``localize`` (one set of zone rules,
    Python's, for the whole app).
    """
    local = moment.astimezone(tz)
    edit.setDateTime(
        QDateTime(
            QDate(local.year, local.month, local.day),
            QTime(local.hour, local.minute),
            QTimeZone.utc(),
        )
    )


def _edit_moment(edit: QDateTimeEdit, tz: ZoneInfo) -> datetime:
    value = edit.dateTime()
    day, clock = value.date(), value.time()
    return localize(
        date(day.year(), day.month(), day.day()), time(clock.hour(), clock.minute()), tz
    )


def _make_moment_edit(parent: QWidget) -> QDateTimeEdit:
    edit = QDateTimeEdit(parent)
    if hasattr(edit, "setTimeZone"):  # Qt 6.7 and later
        edit.setTimeZone(QTimeZone.utc())
    else:  # pragma: no cover - older Qt
        edit.setTimeSpec(Qt.TimeSpec.UTC)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(EDIT_FORMAT)
    edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    return edit


def _buddy_label(text: str, buddy: QWidget, parent: QWidget) -> QLabel:
    """A field's label; its mnemonic moves the focus to ``buddy``."""
    label = QLabel(text, parent)
    label.setBuddy(buddy)
    return label


def _fit_rows(widget: QListWidget, rows: int) -> None:
    """Make a list tall enough for ``rows`` rows (it scrolls beyond that)."""
    row = max(widget.sizeHintForRow(0), widget.fontMetrics().height() + 6)
    frame = 2 * widget.frameWidth()
    widget.setFixedHeight(row * rows + frame + 2)


class _ResultRow:
    """One account on the results page: its name, a busy bar, then words."""

    def __init__(self, name: str, parent: QWidget) -> None:
        self.name = name
        self.name_label = QLabel(name, parent)
        self.name_label.setTextFormat(Qt.TextFormat.PlainText)
        font = QFont(self.name_label.font())
        font.setBold(True)
        self.name_label.setFont(font)
        self.busy = QProgressBar(parent)
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setFixedWidth(90)
        self.busy.setMaximumHeight(14)
        self.state = text_label(parent)
        self.state.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.state.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def show_busy(self, text: str) -> None:
        self.busy.show()
        self.state.setText(text)
        self.state.setStyleSheet("")

    def show_done(self, text: str, *, style: str = "") -> None:
        self.busy.hide()
        self.state.setText(text)
        self.state.setStyleSheet(style)


class GoAwayDialog(QDialog):
    """Set an out-of-office reply on the chosen accounts.

    Test accessors: ``template_box``, ``reason_edit``, ``from_edit``, ``until_edit``,
    ``quick_box``, ``no_end_check``, ``backup_list``, ``backup_hint``, ``subject_edit``,
    ``subject_preview``, ``message_tabs``, ``internal_edit``, ``external_edit``,
    ``preview_internal``, ``preview_external``, ``audience_box``, ``account_list``,
    ``audience_note``, ``error_label``, ``warning_label``, ``go_button``,
    ``cancel_button``, ``close_button``, ``pages``, ``results_page``; ``update_preview()``
    renders at once instead of after the short delay, ``results_shown()`` and
    ``results_text()`` describe the results page, ``period`` is what was recorded.
    """

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.service = controller.service
        self.profile = controller.profile
        self.tz = self.profile.tz
        self.period: AwayPeriod | None = None
        self._setting_until = False
        self._from_touched = False
        self._awaiting_pass = False
        self._pass_started = False
        self._finished = False
        self._rows: dict[str, _ResultRow] = {}

        self.setWindowTitle(self.tr("Go away — Boundary"))
        self.setSizeGripEnabled(True)

        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self.update_preview)

        self.pages = QStackedWidget(self)
        self.form_page = QWidget(self.pages)
        self.results_page = QWidget(self.pages)
        self.pages.addWidget(self.form_page)
        self.pages.addWidget(self.results_page)
        outer = QVBoxLayout(self)
        outer.addWidget(self.pages)

        self._build_form()
        self._build_results()
        self._fill_defaults()
        self._connect()
        self._set_tab_order()

        self.setMinimumSize(720, 600)
        self.resize(860, 660)
        self.update_preview()
        self.template_box.setFocus()

    # --- building -------------------------------------------------------------------------

    def _build_form(self) -> None:
        page = self.form_page
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._when_and_why(page))
        # Left: who covers, where, for whom. Right: the messages.
        body = QHBoxLayout()
        body.setSpacing(12)
        layout.addLayout(body, 1)
        body.addLayout(self._who_and_where(page), 0)
        body.addLayout(self._messages(page), 1)
        layout.addLayout(self._status_and_buttons(page))

    def _when_and_why(self, page: QWidget) -> QGridLayout:
        """The template and the reason; when (with quick choices); the reply's languages."""
        top = QGridLayout()
        top.setHorizontalSpacing(10)
        top.setVerticalSpacing(8)
        self.template_box = QComboBox(page)
        defaults = self.service.reply_languages()
        self.languages_row = ReplyLanguages(
            page, defaults[0], "".join(defaults[1:]), follow_app=False
        )
        fill_template_titles(self.template_box, self.languages()[0])
        self.reason_edit = QLineEdit(page)
        self.reason_edit.setPlaceholderText(self.tr("Why you are away (optional)"))
        top.addWidget(_buddy_label(self.tr("&Template:"), self.template_box, page), 0, 0)
        top.addWidget(self.template_box, 0, 1)
        top.addWidget(_buddy_label(self.tr("&Reason:"), self.reason_edit, page), 0, 2)
        top.addWidget(self.reason_edit, 0, 3, 1, 2)
        self._when_rows(top, page)
        languages_label = _buddy_label(self.tr("&Language:"), self.languages_row, page)
        top.addWidget(languages_label, 3, 0)
        top.addWidget(self.languages_row, 3, 1, 1, 4)
        top.setColumnStretch(1, 1)
        top.setColumnStretch(3, 1)
        return top

    def _when_rows(self, top: QGridLayout, page: QWidget) -> None:
        """From and until in the profile's zone (row 1); the quick choices and no end (row 2)."""
        self.from_edit = _make_moment_edit(page)
        self.until_edit = _make_moment_edit(page)
        self.zone_label = text_label(
            None,
            self.tr("Times in %1").replace("%1", self.profile.identity.timezone),
            hint=True,
            wrap=False,
        )
        top.addWidget(_buddy_label(self.tr("&From:"), self.from_edit, page), 1, 0)
        top.addWidget(self.from_edit, 1, 1)
        top.addWidget(_buddy_label(self.tr("&Until:"), self.until_edit, page), 1, 2)
        top.addWidget(self.until_edit, 1, 3)
        top.addWidget(self.zone_label, 1, 4)

        self.quick_box = QComboBox(page)
        self.quick_box.addItem(self.tr("Rest of today"), QUICK_REST_OF_TODAY)
        self.quick_box.addItem(self.tr("Until tomorrow morning"), QUICK_TOMORROW)
        self.quick_box.addItem(self.tr("Until Monday"), QUICK_MONDAY)
        self.quick_box.addItem(self.tr("Custom"), QUICK_CUSTOM)
        self.no_end_check = QCheckBox(self.tr("&No end date"), page)
        self.no_end_check.setToolTip(
            self.tr("The reply stays on until you come back from the tray menu.")
        )
        top.addWidget(_buddy_label(self.tr("&Quick choice:"), self.quick_box, page), 2, 2)
        top.addWidget(self.quick_box, 2, 3)
        top.addWidget(self.no_end_check, 2, 4)

    def _who_and_where(self, page: QWidget) -> QVBoxLayout:
        """Who covers, on which accounts, for whom: a column of fixed width."""
        left = QVBoxLayout()
        left.setSpacing(4)
        self._backups_section(left, page)
        left.addSpacing(8)
        self._accounts_section(left, page)
        left.addSpacing(8)
        self.audience_box = QComboBox(page)
        self.audience_box.addItem(self.tr("Everyone"), Audience.ALL.value)
        self.audience_box.addItem(self.tr("My contacts only"), Audience.CONTACTS.value)
        self.audience_box.addItem(self.tr("Colleagues only"), Audience.INTERNAL.value)
        left.addWidget(_buddy_label(self.tr("&Audience:"), self.audience_box, page))
        left.addWidget(self.audience_box)
        self.audience_note = text_label(page, style=WARNING_STYLE)
        self.audience_note.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        left.addWidget(self.audience_note)
        left.addStretch(1)
        for widget in (self.backup_list, self.account_list, self.audience_box):
            widget.setFixedWidth(LEFT_WIDTH)
        for label in (self.backup_hint, self.audience_note):
            label.setFixedWidth(LEFT_WIDTH)
        return left

    def _backups_section(self, left: QVBoxLayout, page: QWidget) -> None:
        """The roster to tick who covers (the first backup ticked), or how to add one."""
        self.backup_list = QListWidget(page)
        left.addWidget(_buddy_label(self.tr("&Who covers:"), self.backup_list, page))
        for index, backup in enumerate(self.profile.backups):
            text = backup.name
            if backup.covers:
                text = self.tr("%1 — %2").replace("%1", backup.name).replace("%2", backup.covers)
            item = QListWidgetItem(text, self.backup_list)
            item.setData(Qt.ItemDataRole.UserRole, backup.name)
            item.setToolTip(backup.email)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if index == 0 else Qt.CheckState.Unchecked)
        if self.backup_list.count():
            self.backup_list.setCurrentRow(0)
        _fit_rows(self.backup_list, 3)
        left.addWidget(self.backup_list)
        self.backup_hint = QLabel(
            self.tr("Add backup colleagues in Settings so your message can name who covers."),
            page,
        )
        self.backup_hint.setWordWrap(True)
        self.backup_hint.setVisible(not self.profile.backups)
        self.backup_list.setVisible(bool(self.profile.backups))
        left.addWidget(self.backup_hint)

    def _accounts_section(self, left: QVBoxLayout, page: QWidget) -> None:
        """Every account, ticked: the reply goes to the ones left ticked."""
        self.account_list = QListWidget(page)
        left.addWidget(_buddy_label(self.tr("Acc&ounts:"), self.account_list, page))
        for account in self.profile.accounts:
            item = QListWidgetItem(account.name, self.account_list)
            item.setData(Qt.ItemDataRole.UserRole, account.name)
            item.setToolTip(account.kind)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
        if self.account_list.count():
            self.account_list.setCurrentRow(0)
        _fit_rows(self.account_list, 3)
        left.addWidget(self.account_list)

    def _messages(self, page: QWidget) -> QVBoxLayout:
        """The subject and the two messages, each with a preview of what is received."""
        right = QVBoxLayout()
        right.setSpacing(4)
        subject_row = QFormLayout()
        subject_row.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        subject_row.setContentsMargins(0, 0, 0, 0)
        self.subject_edit = QLineEdit(page)
        subject_label = _buddy_label(self.tr("&Subject:"), self.subject_edit, page)
        self.subject_preview = text_label(page)
        self.subject_preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        subject_row.addRow(subject_label, self.subject_edit)
        subject_row.addRow(QLabel(self.tr("They see:"), page), self.subject_preview)
        right.addLayout(subject_row)

        self.message_tabs = QTabWidget(page)
        self.internal_edit, self.preview_internal = self._message_tab(
            self.tr("For &colleagues"),
            self.tr("&Message to colleagues:"),
            self.tr("&Preview: what colleagues receive"),
        )
        self.external_edit, self.preview_external = self._message_tab(
            self.tr("For &everyone else"),
            self.tr("&Message to everyone else:"),
            self.tr("&Preview: what everyone else receives"),
        )
        right.addWidget(self.message_tabs, 1)
        placeholders = text_label(
            page,
            self.tr(
                "Placeholders: {name} your name, {return} when you are back, "
                "{backups} who covers, {reason} the reason, {calls} your scheduled call."
            ),
            hint=True,
        )
        right.addWidget(placeholders)
        return right

    def _status_and_buttons(self, page: QWidget) -> QHBoxLayout:
        """What stops going away or deserves a look, beside Go away and Cancel."""
        self.error_label = text_label(page, style=ERROR_STYLE)
        self.error_label.hide()
        self.warning_label = text_label(page, style=WARNING_STYLE)
        self.warning_label.hide()
        self.buttons = QDialogButtonBox(page)
        self.go_button = QPushButton(self.tr("&Go away"), page)
        self.go_button.setDefault(True)
        self.buttons.addButton(self.go_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        assert cancel is not None
        self.cancel_button: QPushButton = cancel
        bottom = QHBoxLayout()
        messages = QVBoxLayout()
        messages.setSpacing(2)
        messages.addWidget(self.error_label)
        messages.addWidget(self.warning_label)
        bottom.addLayout(messages, 1)
        bottom.addWidget(self.buttons, 0, Qt.AlignmentFlag.AlignBottom)
        return bottom

    def _message_tab(
        self, title: str, edit_title: str, preview_title: str
    ) -> tuple[QPlainTextEdit, QPlainTextEdit]:
        tab = QWidget(self.message_tabs)
        layout = QVBoxLayout(tab)
        layout.setSpacing(4)
        edit = plain_editor(tab)
        preview = plain_editor(tab, read_only=True)
        edit_label = QLabel(edit_title, tab)
        edit_label.setBuddy(edit)
        preview_label = QLabel(preview_title, tab)
        preview_label.setBuddy(preview)
        layout.addWidget(edit_label)
        layout.addWidget(edit, 1)
        layout.addWidget(preview_label)
        layout.addWidget(preview, 1)
        self.message_tabs.addTab(tab, title)
        return edit, preview

    def _build_results(self) -> None:
        page = self.results_page
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self.results_heading = text_label(page)
        font = QFont(self.results_heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.results_heading.setFont(font)
        layout.addWidget(self.results_heading)
        self.results_summary = text_label(page)
        layout.addWidget(self.results_summary)
        layout.addSpacing(8)

        scroll = QScrollArea(page)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        holder = QWidget(scroll)
        self.results_grid = QGridLayout(holder)
        self.results_grid.setHorizontalSpacing(12)
        self.results_grid.setVerticalSpacing(10)
        self.results_grid.setColumnStretch(2, 1)
        self.results_grid.setRowStretch(100, 1)
        scroll.setWidget(holder)
        layout.addWidget(scroll, 1)

        self.results_error = text_label(page, style=ERROR_STYLE)
        self.results_error.hide()
        layout.addWidget(self.results_error)

        buttons = QDialogButtonBox(page)
        self.close_button = QPushButton(self.tr("&Close"), page)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

    def _fill_defaults(self) -> None:
        now = self.service.clock()
        _set_edit_moment(self.from_edit, now, self.tz)
        index = self.template_box.findData(self.profile.preferences.template)
        self.template_box.setCurrentIndex(max(index, 0))
        self._apply_template()
        self.quick_box.setCurrentIndex(self.quick_box.findData(QUICK_TOMORROW))
        self._apply_quick_choice()
        audience = self.audience_box.findData(self.profile.preferences.audience.value)
        self.audience_box.setCurrentIndex(max(audience, 0))
        self._update_audience_note()

    def _connect(self) -> None:
        self.template_box.currentIndexChanged.connect(self._on_template_changed)
        self.languages_row.changed.connect(self._on_languages_changed)
        self.quick_box.currentIndexChanged.connect(self._on_quick_choice)
        self.until_edit.dateTimeChanged.connect(self._on_until_edited)
        self.from_edit.dateTimeChanged.connect(self._on_from_edited)
        self.no_end_check.toggled.connect(self._on_no_end)
        self.backup_list.itemChanged.connect(self.schedule_preview)
        self.account_list.itemChanged.connect(self._on_accounts_changed)
        self.audience_box.currentIndexChanged.connect(self._on_audience_changed)
        for line in (self.reason_edit, self.subject_edit):
            line.textChanged.connect(self.schedule_preview)
        for text in (self.internal_edit, self.external_edit):
            text.textChanged.connect(self.schedule_preview)
        self.buttons.accepted.connect(self._go)
        self.buttons.rejected.connect(self.reject)
        self.controller.push_started.connect(self._on_push_started)
        self.controller.push_finished.connect(self._on_push_finished)

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [
            self.template_box,
            self.reason_edit,
            self.from_edit,
            self.until_edit,
            self.languages_row.first_box,
            self.languages_row.second_box,
            self.quick_box,
            self.no_end_check,
            self.backup_list,
            self.account_list,
            self.audience_box,
            self.subject_edit,
            self.message_tabs.tabBar(),
            self.internal_edit,
            self.preview_internal,
            self.external_edit,
            self.preview_external,
            self.go_button,
            self.cancel_button,
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    # --- reading the form -----------------------------------------------------------------

    @property
    def template_id(self) -> str:
        return str(self.template_box.currentData())

    @property
    def audience(self) -> Audience:
        return Audience(str(self.audience_box.currentData()))

    @staticmethod
    def _checked(widget: QListWidget) -> list[str]:
        names: list[str] = []
        for row in range(widget.count()):
            item = widget.item(row)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                names.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return names

    def chosen_backups(self) -> list[str]:
        return self._checked(self.backup_list)

    def chosen_accounts(self) -> list[str]:
        return self._checked(self.account_list)

    def start(self) -> datetime | None:
        """None (meaning "now") until the person changes the start."""
        return _edit_moment(self.from_edit, self.tz) if self._from_touched else None

    def until(self) -> datetime | None:
        return None if self.no_end_check.isChecked() else _edit_moment(self.until_edit, self.tz)

    def request(self) -> AwayRequest:
        accounts = self.chosen_accounts()
        every = len(accounts) == self.account_list.count()
        return AwayRequest(
            until=self.until(),
            start=self.start(),
            template=self.template_id,
            backups=self.chosen_backups(),
            reason=self.reason_edit.text(),
            subject=self.subject_edit.text(),
            internal=self.internal_edit.toPlainText(),
            external=self.external_edit.toPlainText(),
            audience=self.audience,
            accounts=() if every else tuple(accounts),
            languages=self.languages(),
        )

    def languages(self) -> tuple[str, ...]:
        """The reply's languages: the one the messages are written in, then a second."""
        return reply_languages(self.languages_row.first, self.languages_row.second)

    # --- reacting -------------------------------------------------------------------------

    @Slot()
    def schedule_preview(self) -> None:
        self._preview_timer.start()

    @Slot(int)
    def _on_template_changed(self, _index: int) -> None:
        self._apply_template()
        self.schedule_preview()

    @Slot()
    def _on_languages_changed(self) -> None:
        fill_template_titles(self.template_box, self.languages()[0])
        self._apply_template()
        self.schedule_preview()

    def _apply_template(self) -> None:
        template = effective_template(self.profile, self.template_id, self.languages()[0])
        self.reason_edit.setText(template.reason)
        self.subject_edit.setText(template.subject)
        self.internal_edit.setPlainText(template.internal)
        self.external_edit.setPlainText(template.external)

    @Slot(int)
    def _on_quick_choice(self, _index: int) -> None:
        self._apply_quick_choice()
        self.schedule_preview()

    def _apply_quick_choice(self) -> None:
        choice = self.quick_box.currentData()
        if choice == QUICK_CUSTOM:
            self.until_edit.setFocus()
            return
        moment = self.quick_moment(str(choice))
        self._setting_until = True
        try:
            _set_edit_moment(self.until_edit, moment, self.tz)
        finally:
            self._setting_until = False

    def quick_moment(self, choice: str) -> datetime:
        """The end a quick choice stands for, from the service's clock."""
        now = self.service.clock().astimezone(self.tz)
        workday = self.profile.preferences.workday_start_time
        if choice == QUICK_REST_OF_TODAY:
            five = localize(now.date(), time(17, 0), self.tz)
            return five if now < five else now + timedelta(hours=1)
        if choice == QUICK_MONDAY:
            days = (7 - now.weekday()) % 7 or 7
            return localize(now.date() + timedelta(days=days), workday, self.tz)
        return localize(now.date() + timedelta(days=1), workday, self.tz)

    @Slot(QDateTime)
    def _on_until_edited(self, _value: QDateTime) -> None:
        if not self._setting_until:
            self.quick_box.blockSignals(True)
            self.quick_box.setCurrentIndex(self.quick_box.findData(QUICK_CUSTOM))
            self.quick_box.blockSignals(False)
        self.schedule_preview()

    @Slot(QDateTime)
    def _on_from_edited(self, _value: QDateTime) -> None:
        self._from_touched = True
        self.schedule_preview()

    @Slot(bool)
    def _on_no_end(self, checked: bool) -> None:
        self.until_edit.setEnabled(not checked)
        self.quick_box.setEnabled(not checked)
        self.schedule_preview()

    @Slot()
    def _on_accounts_changed(self) -> None:
        self._update_audience_note()
        self.schedule_preview()

    @Slot(int)
    def _on_audience_changed(self, _index: int) -> None:
        self._update_audience_note()
        self.schedule_preview()

    def _capabilities(self, name: str) -> frozenset[Capability]:
        account = self.profile.account(name)
        return frozenset() if account is None else self.service.capabilities(account)

    def _update_audience_note(self) -> None:
        audience = self.audience
        notes: list[str] = []
        for name in self.chosen_accounts():
            if effective_audience(audience, self._capabilities(name)) is not audience:
                notes.append(
                    self.tr(
                        "%1 cannot limit who gets the reply: everyone will get the external "
                        "message."
                    ).replace("%1", name)
                )
        self.audience_note.setText("\n".join(notes))
        self.audience_note.setVisible(bool(notes))

    # --- the preview ----------------------------------------------------------------------

    def _prepare(self) -> AwayPeriod:
        if not self.chosen_accounts():  # the service reads no accounts as "all of them"
            raise InputError(self.tr("Choose at least one account to set the reply on."))
        return self.service.prepare_away(self.request())

    @Slot()
    def update_preview(self) -> None:
        """Render both messages now; show what is wrong, if anything."""
        self._preview_timer.stop()
        try:
            period = self._prepare()
        except InputError as error:
            self._show_error(str(error))
            return
        self._show_error("")
        self.subject_preview.setText(period.subject)
        for widget, text in (
            (self.preview_internal, period.internal),
            (self.preview_external, period.external),
        ):
            if widget.toPlainText() != text:
                widget.setPlainText(text)
        warnings: list[str] = []
        for text, template in (
            (period.internal, self.tr("The message for colleagues is %1 characters long; ")),
            (period.external, self.tr("The message for everyone else is %1 characters long; ")),
        ):
            if len(text) > LONG_MESSAGE_CHARS:
                warnings.append(
                    template.replace("%1", f"{len(text):,}")
                    + self.tr("most people stop reading long replies.")
                )
        self.warning_label.setText("\n".join(warnings))
        self.warning_label.setVisible(bool(warnings))

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))
        self.go_button.setEnabled(not text)
        if text:
            self.warning_label.hide()

    # --- going away -----------------------------------------------------------------------

    @Slot()
    def _go(self) -> None:
        if self.period is not None:
            return
        try:
            period = self._prepare()
        except InputError as error:
            self._show_error(str(error))
            return
        self._preview_timer.stop()
        self._show_results_page(period)
        self._awaiting_pass = True
        self.period = period
        try:
            self.controller.go_away(period)
        except Exception as error:  # the journal could not be written: say so, in words
            self._awaiting_pass = False
            self._show_exception(error)

    def _show_results_page(self, period: AwayPeriod) -> None:
        names = list(period.accounts) or [a.name for a in self.profile.accounts]
        if period.until is None:
            summary = self.tr("Away until further notice.")
        else:
            summary = self.tr("Away until %1.").replace(
                "%1", format_when(period.until, self.tz, long=True)
            )
        self.results_heading.setText(self.tr("Setting your reply…"))
        self.results_summary.setText(summary)
        for row, name in enumerate(names):
            line = _ResultRow(name, self.results_page)
            line.show_busy(self.tr("Sending…"))
            self.results_grid.addWidget(line.name_label, row, 0, Qt.AlignmentFlag.AlignTop)
            self.results_grid.addWidget(line.busy, row, 1, Qt.AlignmentFlag.AlignVCenter)
            self.results_grid.addWidget(line.state, row, 2, Qt.AlignmentFlag.AlignTop)
            self._rows[name] = line
        self.pages.setCurrentWidget(self.results_page)
        self.close_button.setDefault(True)
        self.close_button.setFocus()

    @Slot(list)
    def _on_push_started(self, _names: list[str]) -> None:
        # A pass that was already running when we went away does not carry our period;
        # ours is the next one to start.
        if self._awaiting_pass:
            self._pass_started = True

    @Slot(object)
    def _on_push_finished(self, results: object) -> None:
        if not (self._awaiting_pass and self._pass_started) or self._finished:
            return
        self._finished = True
        self._awaiting_pass = False
        if isinstance(results, BaseException):
            self._show_exception(results)
            return
        items = results if isinstance(results, list) else []
        by_name = {r.account: r for r in items if isinstance(r, AccountResult)}
        trouble = False
        for name, row in self._rows.items():
            result = by_name.get(name)
            if result is None:
                text, style = (
                    self.tr("No answer yet; the tray shows when it is set."),
                    WARNING_STYLE,
                )
            else:
                text, style = self.describe(result)
            row.show_done(text, style=style)
            trouble = trouble or bool(style)
        self.results_heading.setText(
            self.tr("Some accounts need attention") if trouble else self.tr("You're away")
        )

    def _show_exception(self, error: BaseException) -> None:
        self._finished = True
        for row in self._rows.values():
            row.show_done(self.tr("Not set"), style=ERROR_STYLE)
        self.results_heading.setText(self.tr("Some accounts need attention"))
        self.results_error.setText(
            self.tr("Setting the replies failed: %1").replace("%1", trouble_words(error))
        )
        self.results_error.show()

    def describe(self, result: AccountResult) -> tuple[str, str]:
        """Words for one account's outcome, and the style that flags it ("" when fine)."""
        message = result.message
        if result.status == "ok":
            now = self.service.clock()
            start = self.period.start if self.period else now
            if not result.desired.enabled and start > now:
                when = format_when(start, self.tz, long=True)
                return self.tr("Will be set when you leave (%1)").replace("%1", when), ""
            if result.desired.start is not None and result.desired.start > now:
                when = format_when(result.desired.start, self.tz, long=True)
                return self.tr("Reply set; it starts %1").replace("%1", when), ""
            return self.tr("Reply set"), ""
        if result.status == "pending":
            if result.next_retry is not None:
                at = format_when(result.next_retry, self.tz, with_date=False)
                text = self.tr("Will retry at %1: %2").replace("%1", at)
            else:
                text = self.tr("Will retry: %2")
            return text.replace("%2", message), WARNING_STYLE
        if result.status == "needs-sign-in":
            return self.tr("Sign-in needed: %1").replace("%1", message), ERROR_STYLE
        if result.status == "drift":
            return self.tr("Changed outside Boundary: %1").replace("%1", message), ERROR_STYLE
        return self.tr("Not set: %1").replace("%1", message), ERROR_STYLE

    # --- for tests and callers ------------------------------------------------------------

    def results_shown(self) -> bool:
        """Whether the results page is up and every account has its outcome."""
        return self.pages.currentWidget() is self.results_page and self._finished

    def results_text(self) -> str:
        lines = [self.results_heading.text()]
        lines += [f"{name}: {row.state.text()}" for name, row in self._rows.items()]
        if self.results_error.text():
            lines.append(self.results_error.text())
        return "\n".join(lines)

    def reject(self) -> None:
        if self.period is not None:  # already away: closing is not cancelling
            self.accept()
            return
        self._preview_timer.stop()
        super().reject()

    def done(self, result: int) -> None:
        self._preview_timer.stop()
        super().done(result)
