"""The "Go away" dialog: pick a template, a period and who covers, read what colleagues and
everyone else will receive, then set the reply on every chosen account.

It leads with the preview; the templates with their ``{placeholders}`` are behind "Edit the
message". While an away period is current or upcoming it opens that period for changing
(the form as the person filled it, kept with the period in the journal), with **I'm back**
beside **Go away**; the reconciler then writes only where an account's reply differs.

The dialog never touches the network. It renders previews with ``Boundary.prepare_away``
(pure and fast); going away (or coming back) hands over to a ``ResultPanel``, which records
the choice through the controller and says how each account came out, and the dialog closes.
Enter in a one-line field does not go away: the button says what it will do, and is pressed
with the mouse, Space on it, or Ctrl+Enter. Previews are plain text: markup in a message is
shown as typed, never interpreted.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from itertools import pairwise
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QDate,
    QDateTime,
    QSignalBlocker,
    QSize,
    Qt,
    QTime,
    QTimer,
    QTimeZone,
    Signal,
    Slot,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
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
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QSplitter,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from boundary_app.core.cover import BackupState
from boundary_app.core.journal import ReplyPeriod
from boundary_app.core.language import reply_languages
from boundary_app.core.profile import TEMPLATE_IDS
from boundary_app.core.reconciler import CHANNELS, effective_audience
from boundary_app.core.render import effective_template
from boundary_app.core.service import AwayRequest, InputError
from boundary_app.core.states import Availability, Cover
from boundary_app.core.timeutil import localize
from boundary_app.providers.base import Audience, Capability
from boundary_app.ui.controller import Controller
from boundary_app.ui.cover_texts import (
    REPLY,
    availability_sentence,
    availability_text,
    availability_tip,
    channel_name,
    first_name,
    notices_text,
)
from boundary_app.ui.language_pickers import ReplyLanguages, fill_template_titles
from boundary_app.ui.result_panel import ResultPanel
from boundary_app.ui.texts import (
    names_list,
    replaces_sentence,
    said_text,
    short_when_text,
    shown_name,
    trouble_words,
)
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
EDITING_HEIGHT = 820
"""The dialog grows to this height (if the screen has room) when the editors are shown."""
LIST_ROWS = 4
"""Rows a list shows before it scrolls (a long roster entry takes two or three)."""
ASK_AGAIN = timedelta(minutes=10)
"""The backups' servers are asked again when the dialog opens this long after the last ask."""


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


def _wrapping_list(parent: QWidget) -> QListWidget:
    """A list of ticked names whose long entries wrap onto more lines, never sideways."""
    widget = QListWidget(parent)
    widget.setWordWrap(True)
    widget.setTextElideMode(Qt.TextElideMode.ElideNone)
    widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    widget.setResizeMode(QListWidget.ResizeMode.Adjust)
    widget.setUniformItemSizes(False)
    return widget


def _fit_rows(widget: QListWidget, width: int, rows: int = LIST_ROWS) -> None:
    """Give each entry the height its wrapped text needs at ``width``, and make the list tall
    enough for ``rows`` entries (it scrolls beyond that)."""
    metrics, style = widget.fontMetrics(), widget.style()
    indicator = style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth)
    scroll = style.pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
    room = width - 2 * widget.frameWidth() - scroll
    heights = []
    for row in range(widget.count()):
        item = widget.item(row)
        if item is None:
            continue
        flags = int(Qt.TextFlag.TextWordWrap)
        text = metrics.boundingRect(0, 0, room - indicator - 12, 10_000, flags, item.text())
        height = max(text.height(), metrics.height()) + 6
        item.setSizeHint(QSize(room, height))
        heights.append(height)
    shown = sum(heights[:rows]) if heights else metrics.height() + 6
    widget.setFixedHeight(shown + 2 * widget.frameWidth() + 2)


class GoAwayDialog(QDialog):
    """Set an out-of-office reply on the chosen accounts, or change the current one.

    Test accessors: ``template_box``, ``reason_edit``, ``from_edit``, ``until_edit``,
    ``quick_box``, ``no_end_check``, ``backup_list``, ``backup_hint``, ``account_list``,
    ``audience_box``, ``audience_note``, ``message_tabs``, ``subject_preview``,
    ``external_subject_preview``, ``preview_internal``, ``preview_external``,
    ``external_reason_edit``, ``edit_button`` (shows the editors), ``subject_edit``,
    ``internal_edit``, ``external_subject_edit``, ``one_subject_note``, ``external_edit``,
    ``found_note``, ``error_label``, ``warning_label``, ``go_button``, ``back_button`` (only
    while changing a period), ``cancel_button``; ``current`` is the period being changed
    (None for a new one), ``period`` what was recorded, ``result_panel`` the panel that took
    over; ``update_preview()`` renders at once instead of after the short delay.
    """

    result_opened = Signal(object)
    """The ``ResultPanel`` that shows how going away (or coming back) turned out."""

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.service = controller.service
        self.profile = controller.profile
        self.tz = self.profile.tz
        self.current = self.service.journal.current_away(self.service.clock())
        self.period: ReplyPeriod | None = None
        self.result_panel: ResultPanel | None = None
        self._setting_until = False
        self._setting_from = False
        self._from_touched = False
        self._start_kept: datetime | None = None
        """The exact start of the period being changed, until From is edited."""
        self._until_kept: datetime | None = None
        """The exact end of the period being changed, until Until is edited."""
        self._backups_touched = False
        """Whether the person ticked backups (the availability's answer then ticks none)."""
        self.backups_job: object | None = None
        if self.current is None:
            self.setWindowTitle(self.tr("Go away — Boundary"))
        else:
            self.setWindowTitle(self.tr("Change your away period — Boundary"))
        self.setSizeGripEnabled(True)

        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self.update_preview)

        self._build_form()
        if self.current is None:
            self._fill_defaults()
        else:
            self._fill_from(self.current)
        self._last_from = self._from_moment()
        self._connect()
        self._set_tab_order()
        self._update_availability()
        self._ask_about_backups()

        self.setMinimumSize(740, 560)
        self.resize(880, 640)
        self.update_preview()
        self.template_box.setFocus()

    # --- building -------------------------------------------------------------------------

    def _build_form(self) -> None:
        layout = QVBoxLayout(self)
        layout.addLayout(self._when_and_why(self))
        # Left: who covers, where, for whom. Right: what they will read.
        body = QHBoxLayout()
        body.setSpacing(12)
        layout.addLayout(body, 1)
        body.addLayout(self._who_and_where(self), 0)
        body.addLayout(self._messages(self), 1)
        layout.addLayout(self._status_and_buttons(self))

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
        top.addWidget(_buddy_label(self.tr("&Template:"), self.template_box, page), 0, 0)
        top.addWidget(self.template_box, 0, 1)
        top.addWidget(_buddy_label(self.tr("&Reason:"), self.reason_edit, page), 0, 2)
        top.addWidget(self.reason_edit, 0, 3, 1, 2)
        self._when_rows(top, page)
        languages_label = _buddy_label(self.tr("&Language:"), self.languages_row, page)
        top.addWidget(languages_label, 3, 0)
        top.addWidget(self.languages_row, 3, 1, 1, 4)
        top.addLayout(self._cover_row(page), 4, 0, 1, 5)
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

    def _cover_row(self, page: QWidget) -> QHBoxLayout:
        """How people who write are looked after: the reply, forwarding, or both. A choice
        that cannot work here is disabled, and ``cover_note`` says why."""
        row = QHBoxLayout()
        self.cover_label = QLabel(self.tr("How are people looked after?"), page)
        row.addWidget(self.cover_label)
        self.cover_group = QButtonGroup(page)
        self.cover_buttons: dict[Cover, QRadioButton] = {}
        for cover, text in (
            (Cover.REPLY, self.tr("An auto-repl&y")),
            (Cover.FORWARD, self.tr("Forward to the backu&p, no reply")),
            (Cover.BOTH, self.tr("Auto-reply and forwardin&g")),
        ):
            button = QRadioButton(text, page)
            button.setAccessibleDescription(self.cover_label.text())
            self.cover_group.addButton(button)
            self.cover_buttons[cover] = button
            row.addWidget(button)
        self.cover_buttons[Cover.REPLY].setChecked(True)
        self.cover_buttons[Cover.BOTH].setToolTip(
            self.tr("An auto-reply, and your mail is forwarded to the backup who covers.")
        )
        self.cover_note = text_label(page, hint=True)
        row.addWidget(self.cover_note, 1)
        row.addStretch(1)  # the choices side by side, not spread over the width
        why = self._why_no_forwarding()
        for cover in (Cover.FORWARD, Cover.BOTH):
            self.cover_buttons[cover].setEnabled(not why)
        if why:
            self.cover_buttons[Cover.FORWARD].setToolTip(why)
        self.cover_note.setText(why)
        self.cover_note.setVisible(bool(why))
        return row

    def _why_no_forwarding(self) -> str:
        """Why mail cannot be forwarded from here at all, or ""."""
        if not any(
            Capability.FORWARD_RULE in self._capabilities(a.name) for a in self.profile.accounts
        ):
            return self.tr("Forwarding: none of your accounts can forward mail by itself.")
        if not any(b.email.strip() for b in self.profile.backups):
            return self.tr("Forwarding: add a backup with an email address in Settings first.")
        return ""

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
        for label in (self.backup_hint, self.audience_note, self.availability_note):
            label.setFixedWidth(LEFT_WIDTH)
        self.channels_note.setFixedWidth(LEFT_WIDTH)
        _fit_rows(self.backup_list, LEFT_WIDTH)
        _fit_rows(self.account_list, LEFT_WIDTH, rows=3)
        return left

    def _backups_section(self, left: QVBoxLayout, page: QWidget) -> None:
        """The roster to tick who covers (the first available backup ticked), each with
        whether they are there, or how to add one."""
        self.backup_list = _wrapping_list(page)
        left.addWidget(_buddy_label(self.tr("&Who covers:"), self.backup_list, page))
        self.backup_states = self.service.backups()
        ticked = self._default_backup()
        for backup in self.profile.backups:
            item = QListWidgetItem(backup.name, self.backup_list)
            item.setData(Qt.ItemDataRole.UserRole, backup.name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            on = backup.name == ticked
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self._word_backups()
        if self.backup_list.count():
            self.backup_list.setCurrentRow(0)
        left.addWidget(self.backup_list)
        self.backup_hint = QLabel(
            self.tr("Add backup colleagues in Settings so your message can name who covers."),
            page,
        )
        self.backup_hint.setWordWrap(True)
        self.backup_hint.setVisible(not self.profile.backups)
        self.backup_list.setVisible(bool(self.profile.backups))
        left.addWidget(self.backup_hint)
        self.availability_note = text_label(page, style=WARNING_STYLE)
        self.availability_note.hide()
        left.addWidget(self.availability_note)

    def _default_backup(self) -> str:
        """Who covers unless the person chooses: the first in the roster who is available."""
        states = self.backup_states
        first = next((s for s in states if s.can_cover), states[0] if states else None)
        return first.name if first is not None else ""

    def _state(self, name: str) -> BackupState | None:
        return next((s for s in self.backup_states if s.name == name), None)

    def _word_backups(self) -> None:
        """Each backup's line: name, what they cover, and whether they are away (quietly
        nothing when nobody can tell); the details in the tooltip."""
        blocker = QSignalBlocker(self.backup_list)
        for row in range(self.backup_list.count()):
            item = self.backup_list.item(row)
            backup = self.profile.backup(str(item.data(Qt.ItemDataRole.UserRole))) if item else None
            if item is None or backup is None:
                continue
            text = backup.name
            if backup.covers:
                text = self.tr("%1 — %2").replace("%1", backup.name).replace("%2", backup.covers)
            state = self._state(backup.name)
            tips = [backup.email]
            if state is not None and state.availability is not Availability.UNKNOWN:
                if not state.can_cover:
                    text += "\n" + self.tr("(%1)").replace("%1", availability_text(state, self.tz))
                tips.append(availability_tip(state, self.tz))
            item.setText(text)
            item.setToolTip("\n".join(t for t in tips if t))
        del blocker
        if self.isVisible():
            _fit_rows(self.backup_list, LEFT_WIDTH)

    def _update_availability(self) -> None:
        """A sentence for each chosen backup who is away, with who covers instead."""
        chosen = self.chosen_backups()
        order = chosen + [b.name for b in self.profile.backups if b.name not in chosen]
        lines = []
        for name in chosen:
            state = self._state(name)
            if state is None or state.can_cover:
                continue
            instead = next((n for n in order if (s := self._state(n)) is None or s.can_cover), "")
            lines.append(availability_sentence(state, self.tz, instead))
        self.availability_note.setText("\n".join(lines))
        self.availability_note.setVisible(bool(lines))

    def _ask_about_backups(self) -> None:
        """Ask the servers that can tell (mail tips) in a worker; the answer updates the
        lines and, until the person chose, who is ticked."""
        self.backups_job = self.controller.check_backups(
            self._on_backups_checked, owner=self, max_age=ASK_AGAIN
        )

    def _on_backups_checked(self, answer: object) -> None:
        self.backups_job = None
        if not isinstance(answer, list):
            return  # could not tell: what was known stays on screen
        self.backup_states = [s for s in answer if isinstance(s, BackupState)]
        if self.current is None and not self._backups_touched:
            self._tick_backups([self._default_backup()])
        self._word_backups()
        self._update_availability()
        self.update_preview()

    def _tick_backups(self, names: Sequence[str]) -> None:
        blocker = QSignalBlocker(self.backup_list)
        for row in range(self.backup_list.count()):
            item = self.backup_list.item(row)
            if item is not None:
                on = str(item.data(Qt.ItemDataRole.UserRole)) in names
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        del blocker
        self.backup_list.viewport().update()

    @Slot()
    def _on_backups_changed(self) -> None:
        self._backups_touched = True
        self._update_availability()
        self.schedule_preview()

    def _accounts_section(self, left: QVBoxLayout, page: QWidget) -> None:
        """Every account, ticked: the reply goes to the ones left ticked."""
        self.account_list = _wrapping_list(page)
        left.addWidget(_buddy_label(self.tr("Acc&ounts:"), self.account_list, page))
        for account in self.profile.accounts:
            item = QListWidgetItem(shown_name(account.name, account.kind), self.account_list)
            item.setData(Qt.ItemDataRole.UserRole, account.name)
            item.setToolTip(account.kind)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
        if self.account_list.count():
            self.account_list.setCurrentRow(0)
        left.addWidget(self.account_list)
        self.channels_note = text_label(page, hint=True)
        self.channels_note.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        left.addWidget(self.channels_note)

    def _messages(self, page: QWidget) -> QVBoxLayout:
        """What each audience will read, first; the templates behind "Edit the message"."""
        right = QVBoxLayout()
        right.setSpacing(6)
        self.message_tabs = QTabWidget(page)
        inside = self._audience_tab(self.tr("What &colleagues read"))
        outside = self._audience_tab(self.tr("What &everyone else reads"))
        self.subject_preview, self.preview_internal, inside_editor = inside
        self.external_subject_preview, self.preview_external, outside_editor = outside
        self._inside_editor(inside_editor)
        self._outside_editor(outside_editor)
        self.editors = (inside_editor, outside_editor)
        self.no_reply_note = text_label(page)
        self.no_reply_note.hide()
        right.addWidget(self.no_reply_note)
        right.addWidget(self.message_tabs, 1)
        row = QHBoxLayout()
        self.edit_button = QPushButton(self.tr("E&dit the message"), page)
        self.edit_button.setCheckable(True)
        self.edit_button.setAutoDefault(False)
        self.edit_button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.placeholders = text_label(
            page,
            self.tr(
                "Placeholders: {name} your name, {return} when you are back, "
                "{backups} who covers, {reason} the reason, {calls} your scheduled call."
            ),
            hint=True,
        )
        self.placeholders.hide()
        row.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        row.addWidget(self.placeholders, 1)
        right.addLayout(row)
        return right

    def _audience_tab(self, title: str) -> tuple[QLabel, QPlainTextEdit, QWidget]:
        """A tab: the subject and message an audience receives, and a hidden editor below."""
        tab = QWidget(self.message_tabs)
        layout = QVBoxLayout(tab)
        layout.setSpacing(4)
        head = QFormLayout()
        head.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        head.setContentsMargins(0, 0, 0, 0)
        subject = text_label(tab)
        subject.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        head.addRow(QLabel(self.tr("Subject:"), tab), subject)
        layout.addLayout(head)
        # The preview above, the editor (when shown) below; the person can move the border.
        split = QSplitter(Qt.Orientation.Vertical, tab)
        split.setChildrenCollapsible(False)
        preview = plain_editor(split, read_only=True)
        editor = QWidget(split)
        editor.hide()
        split.addWidget(preview)
        split.addWidget(editor)
        layout.addWidget(split, 1)
        self.message_tabs.addTab(tab, title)
        return subject, preview, editor

    def _inside_editor(self, editor: QWidget) -> None:
        form = QFormLayout(editor)
        form.setContentsMargins(0, 6, 0, 0)
        self.subject_edit = QLineEdit(editor)
        self.internal_edit = plain_editor(editor)
        form.addRow(
            _buddy_label(self.tr("&Subject:"), self.subject_edit, editor), self.subject_edit
        )
        form.addRow(
            _buddy_label(self.tr("&Message:"), self.internal_edit, editor), self.internal_edit
        )

    def _outside_editor(self, editor: QWidget) -> None:
        """Their reason (above the preview: it is what they read), subject and message."""
        tab = self.message_tabs.widget(1)
        assert tab is not None
        self.external_reason_edit = QLineEdit(tab)
        self.external_reason_edit.setPlaceholderText(self.tr("The same as for colleagues"))
        reason_row = QFormLayout()
        reason_row.setContentsMargins(0, 0, 0, 0)
        label = _buddy_label(self.tr("T&heir reason:"), self.external_reason_edit, tab)
        reason_row.addRow(label, self.external_reason_edit)
        layout = tab.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertLayout(0, reason_row)
        form = QFormLayout(editor)
        form.setContentsMargins(0, 6, 0, 0)
        self.external_subject_edit = QLineEdit(editor)
        self.external_subject_edit.setPlaceholderText(self.tr("The same as for colleagues"))
        self.one_subject_note = text_label(editor, hint=True)
        self.one_subject_note.hide()
        self.external_edit = plain_editor(editor)
        subject_label = _buddy_label(self.tr("&Subject:"), self.external_subject_edit, editor)
        form.addRow(subject_label, self.external_subject_edit)
        form.addRow("", self.one_subject_note)
        form.addRow(
            _buddy_label(self.tr("&Message:"), self.external_edit, editor), self.external_edit
        )

    def _status_and_buttons(self, page: QWidget) -> QVBoxLayout:
        """What stops going away or deserves a look, beside the buttons."""
        self.error_label = text_label(page, style=ERROR_STYLE)
        self.error_label.hide()
        self.warning_label = text_label(page, style=WARNING_STYLE)
        self.warning_label.hide()
        self.found_note = text_label(page, style=WARNING_STYLE)
        self.found_note.hide()
        # Go away and I'm back stay out of a button box: it would make Go away the default
        # button, and Enter in a field must not set replies with half-typed text.
        self.go_button = QPushButton(self.tr("Go away"), page)
        self.go_button.setToolTip(self.tr("Ctrl+Enter"))
        self.back_button = QPushButton(self.tr("I'm &back"), page)
        self.back_button.setVisible(self.current is not None)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, page)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        assert cancel is not None
        self.cancel_button: QPushButton = cancel
        for button in (self.go_button, self.back_button, self.cancel_button):
            button.setAutoDefault(False)
        row = QHBoxLayout()
        messages = QVBoxLayout()
        messages.setSpacing(2)
        for label in (self.error_label, self.warning_label):
            messages.addWidget(label)
        row.addLayout(messages, 1)
        for widget in (self.back_button, self.go_button, self.buttons):
            row.addWidget(widget, 0, Qt.AlignmentFlag.AlignBottom)
        bottom = QVBoxLayout()
        bottom.addWidget(self.found_note)  # the whole width: it names accounts and dates
        bottom.addLayout(row)
        return bottom

    # --- filling in -----------------------------------------------------------------------

    def _fill_defaults(self) -> None:
        now = self.service.clock()
        self._set_from(now)
        index = self.template_box.findData(self.profile.preferences.template)
        self.template_box.setCurrentIndex(max(index, 0))
        self._apply_template()
        self.quick_box.setCurrentIndex(self.quick_box.findData(QUICK_TOMORROW))
        self._apply_quick_choice()
        audience = self.audience_box.findData(self.profile.preferences.audience.value)
        self.audience_box.setCurrentIndex(max(audience, 0))
        self._update_notes()

    def _fill_from(self, period: ReplyPeriod) -> None:
        """The period being changed, as the person filled it in (or as it was sent)."""
        asked = self.service.request_of(period)
        languages = tuple(asked.languages or ()) if asked else ()
        if asked is None:  # kept as found: its texts as they are, in one language
            languages = self.languages()[:1]
        self._set_languages(languages or self.languages())
        template = (asked.template if asked else None) or period.template
        if template not in TEMPLATE_IDS:
            template = "custom"
        blocker = QSignalBlocker(self.template_box)
        self.template_box.setCurrentIndex(max(0, self.template_box.findData(template)))
        del blocker
        self._apply_template()
        self._fill_texts(period, asked)
        self._fill_people(period)
        self.set_cover(period.cover)
        self._start_kept, self._until_kept = period.start, period.until
        self._set_from(period.start)
        blocker = QSignalBlocker(self.quick_box)
        self.quick_box.setCurrentIndex(self.quick_box.findData(QUICK_CUSTOM))
        del blocker
        if period.until is None:
            self.no_end_check.setChecked(True)
            self.until_edit.setEnabled(False)
            self.quick_box.setEnabled(False)
        else:
            self._set_until(period.until)
            self._until_kept = period.until
        self._update_notes()

    def _fill_texts(self, period: ReplyPeriod, asked: AwayRequest | None) -> None:
        template = effective_template(self.profile, self.template_id, self.languages()[0])
        texts: tuple[str | None, ...]
        if asked is None:
            texts = ("", None, period.subject, period.external_subject)
            messages = (period.internal, period.external)
        else:
            reason = template.reason if asked.reason is None else asked.reason
            texts = (reason, asked.external_reason, asked.subject, asked.external_subject)
            messages = (
                template.internal if asked.internal is None else asked.internal,
                template.external if asked.external is None else asked.external,
            )
        reason, external_reason, subject, external_subject = texts
        self.reason_edit.setText(reason or "")
        self.external_reason_edit.setText(external_reason or "")
        self.subject_edit.setText(subject or template.subject)
        self.external_subject_edit.setText(external_subject or "")
        self.internal_edit.setPlainText(messages[0])
        self.external_edit.setPlainText(messages[1])

    def _fill_people(self, period: ReplyPeriod) -> None:
        for widget, names in ((self.backup_list, period.backups), (self.account_list, None)):
            for row in range(widget.count()):
                item = widget.item(row)
                if item is None:
                    continue
                name = str(item.data(Qt.ItemDataRole.UserRole))
                on = period.covers(name) if names is None else name in names
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        audience = self.audience_box.findData(period.audience.value)
        self.audience_box.setCurrentIndex(max(audience, 0))

    def _set_languages(self, languages: tuple[str, ...]) -> None:
        row = self.languages_row
        for box, code in ((row.first_box, languages[0]), (row.second_box, "".join(languages[1:]))):
            blocker = QSignalBlocker(box)
            box.setCurrentIndex(max(0, box.findData(code)))
            del blocker
        fill_template_titles(self.template_box, self.languages()[0])

    def _connect(self) -> None:
        self.template_box.currentIndexChanged.connect(self._on_template_changed)
        self.languages_row.changed.connect(self._on_languages_changed)
        self.quick_box.currentIndexChanged.connect(self._on_quick_choice)
        self.until_edit.dateTimeChanged.connect(self._on_until_edited)
        self.from_edit.dateTimeChanged.connect(self._on_from_edited)
        self.no_end_check.toggled.connect(self._on_no_end)
        self.backup_list.itemChanged.connect(self._on_backups_changed)
        for button in self.cover_buttons.values():
            button.toggled.connect(self._on_cover_changed)
        self.account_list.itemChanged.connect(self._on_accounts_changed)
        self.audience_box.currentIndexChanged.connect(self._on_audience_changed)
        for line in (
            self.reason_edit,
            self.external_reason_edit,
            self.subject_edit,
            self.external_subject_edit,
        ):
            line.textChanged.connect(self.schedule_preview)
        for text in (self.internal_edit, self.external_edit):
            text.textChanged.connect(self.schedule_preview)
        self.edit_button.toggled.connect(self._show_editors)
        self.go_button.clicked.connect(self._go)
        self.back_button.clicked.connect(self._come_back)
        self.buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self._go)

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [
            self.template_box,
            self.reason_edit,
            self.from_edit,
            self.until_edit,
            self.quick_box,
            self.no_end_check,
            self.languages_row.first_box,
            self.languages_row.second_box,
            *self.cover_buttons.values(),
            self.backup_list,
            self.account_list,
            self.audience_box,
            self.message_tabs.tabBar(),
            self.preview_internal,
            self.subject_edit,
            self.internal_edit,
            self.external_reason_edit,
            self.preview_external,
            self.external_subject_edit,
            self.external_edit,
            self.edit_button,
            self.back_button,
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

    @property
    def cover(self) -> Cover:
        """How people are looked after: the checked choice (the reply when none is)."""
        return next((c for c, b in self.cover_buttons.items() if b.isChecked()), Cover.REPLY)

    def set_cover(self, cover: Cover) -> None:
        button = self.cover_buttons[cover]
        if not button.isEnabled():  # kept as asked, though it cannot work now: say so
            button.setEnabled(True)
        button.setChecked(True)

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
        """None (meaning "now") until the person changes the start; the period's own start
        while changing one."""
        if self._start_kept is not None:
            return self._start_kept
        return _edit_moment(self.from_edit, self.tz) if self._from_touched else None

    def _from_moment(self) -> datetime:
        return self.start() or _edit_moment(self.from_edit, self.tz)

    def until(self) -> datetime | None:
        if self.no_end_check.isChecked():
            return None
        if self._until_kept is not None:
            return self._until_kept
        return _edit_moment(self.until_edit, self.tz)

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
            external_subject=self.external_subject_edit.text() or None,
            external_reason=self.external_reason_edit.text() or None,
            cover=self.cover,
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
        """The template's texts in the editors; its example reason only as a hint, so what
        the person typed as the reason stays."""
        template = effective_template(self.profile, self.template_id, self.languages()[0])
        self.reason_edit.setPlaceholderText(
            template.reason or self.tr("Why you are away (optional)")
        )
        self.subject_edit.setText(template.subject)
        self.internal_edit.setPlainText(template.internal)
        self.external_edit.setPlainText(template.external)

    @Slot(bool)
    def _show_editors(self, shown: bool) -> None:
        for editor in self.editors:
            editor.setVisible(shown)
        self.placeholders.setVisible(shown)
        screen = self.screen().availableGeometry().height()
        if shown and self.isVisible() and self.height() < EDITING_HEIGHT:
            self.resize(self.width(), min(EDITING_HEIGHT, screen - 60))  # room for both
        if shown:
            editor = self.subject_edit
            if self.message_tabs.currentIndex() == 1:
                editor = self.external_subject_edit
            editor.setFocus()

    @Slot(int)
    def _on_quick_choice(self, _index: int) -> None:
        self._apply_quick_choice()
        self.schedule_preview()

    def _apply_quick_choice(self) -> None:
        choice = self.quick_box.currentData()
        if choice == QUICK_CUSTOM:
            self.until_edit.setFocus()
            return
        self._set_until(self.quick_moment(str(choice)))

    def _set_until(self, moment: datetime) -> None:
        self._until_kept = None
        self._setting_until = True
        try:
            _set_edit_moment(self.until_edit, moment, self.tz)
        finally:
            self._setting_until = False

    def _set_from(self, moment: datetime) -> None:
        self._setting_from = True
        try:
            _set_edit_moment(self.from_edit, moment, self.tz)
        finally:
            self._setting_from = False

    def quick_moment(self, choice: str) -> datetime:
        """The end a quick choice stands for, counted from the start (or now, if later)."""
        base = max(self.service.clock(), self._from_moment()).astimezone(self.tz)
        workday = self.profile.preferences.workday_start_time
        if choice == QUICK_REST_OF_TODAY:
            five = localize(base.date(), time(17, 0), self.tz)
            return five if base < five else base + timedelta(hours=1)
        if choice == QUICK_MONDAY:
            days = (7 - base.weekday()) % 7 or 7
            return localize(base.date() + timedelta(days=days), workday, self.tz)
        return localize(base.date() + timedelta(days=1), workday, self.tz)

    @Slot(QDateTime)
    def _on_until_edited(self, _value: QDateTime) -> None:
        if not self._setting_until:
            self._until_kept = None
            blocker = QSignalBlocker(self.quick_box)
            self.quick_box.setCurrentIndex(self.quick_box.findData(QUICK_CUSTOM))
            del blocker
        self.schedule_preview()

    @Slot(QDateTime)
    def _on_from_edited(self, _value: QDateTime) -> None:
        if self._setting_from:
            return
        self._from_touched = True
        self._start_kept = None
        moved = _edit_moment(self.from_edit, self.tz)
        self._follow_from(self._last_from, moved)
        self._last_from = moved
        self.schedule_preview()

    def _follow_from(self, before: datetime, moved: datetime) -> None:
        """Until follows From: a quick choice is counted from the new start; a custom end that
        the start passed moves along, keeping the length the period had (as Outlook does)."""
        if self.no_end_check.isChecked():
            return
        if self.quick_box.currentData() != QUICK_CUSTOM:
            self._apply_quick_choice()
            return
        until = self.until()
        if until is None or moved < until:
            return
        length = until - before if until > before else timedelta(hours=1)
        self._set_until(moved + length)

    @Slot(bool)
    def _on_no_end(self, checked: bool) -> None:
        self.until_edit.setEnabled(not checked)
        self.quick_box.setEnabled(not checked)
        self.schedule_preview()

    @Slot(bool)
    def _on_cover_changed(self, checked: bool) -> None:
        if checked:
            self._update_notes()
            self.schedule_preview()

    @Slot()
    def _on_accounts_changed(self) -> None:
        self._update_notes()
        self.schedule_preview()

    @Slot(int)
    def _on_audience_changed(self, _index: int) -> None:
        self._update_notes()
        self.schedule_preview()

    def _capabilities(self, name: str) -> frozenset[Capability]:
        account = self.profile.account(name)
        return frozenset() if account is None else self.service.capabilities(account)

    def _update_notes(self) -> None:
        """Accounts that cannot narrow the audience or hold one subject only, and the replies
        set outside Boundary that going away replaces."""
        audience, chosen = self.audience, self.chosen_accounts()
        notes: list[str] = []
        for name in chosen:
            if effective_audience(audience, self._capabilities(name)) is not audience:
                notes.append(
                    self.tr(
                        "%1 cannot limit who gets the reply: everyone will get the external "
                        "message."
                    ).replace("%1", name)
                )
        self.audience_note.setText("\n".join(notes))
        self.audience_note.setVisible(bool(notes))
        one = [n for n in chosen if Capability.SUBJECT_PER_AUDIENCE not in self._capabilities(n)]
        self.one_subject_note.setText(
            self.tr("%1 give everyone one subject: colleagues get this one there too.").replace(
                "%1", names_list(one)
            )
            if one
            else ""
        )
        found = self.service.found_replies(chosen)
        lines = [replaces_sentence(name, reply, self.tz) for name, reply in found.items()]
        self.found_note.setText("\n".join(lines))
        self.found_note.setVisible(bool(lines))

    # --- the preview ----------------------------------------------------------------------

    def _prepare(self) -> ReplyPeriod:
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
            self._show_error(said_text(error, self.profile.tz))
            return
        self._show_error("")
        self.subject_preview.setText(period.subject)
        self.external_subject_preview.setText(period.external_subject or period.subject)
        self.one_subject_note.setVisible(
            bool(period.external_subject and self.one_subject_note.text())
        )
        for widget, text in (
            (self.preview_internal, period.internal),
            (self.preview_external, period.external),
        ):
            if widget.toPlainText() != text:
                widget.setPlainText(text)
        self.go_button.setText(self._go_words(period))
        self._show_no_reply(period)
        self._show_channels(period)
        self._show_warnings(period)

    def _show_no_reply(self, period: ReplyPeriod) -> None:
        """Forward-only cover sends no reply: the message is shown greyed, under a line that
        says so (it is kept, for a change back to a reply)."""
        silent = not period.cover.replies
        self.message_tabs.setEnabled(not silent)
        self.no_reply_note.setVisible(silent)
        if silent:
            self.no_reply_note.setText(
                self.tr(
                    "No auto-reply is sent: mail goes to your backup, who answers it. The "
                    "message below is kept in case you choose a reply again."
                )
            )

    def _go_words(self, period: ReplyPeriod) -> str:
        """What Go away will do: "Set the reply on 3 accounts until Fri, 11 Dec 09:00",
        "Forward mail to Sam on 2 accounts until …"."""
        count = len(self.chosen_accounts())
        change = self.current is not None
        if period.cover.forwards:
            return self._forward_words(period, change)
        if period.until is None:
            if change:
                return self.tr("Change the reply on %n account(s), no end date", "", count)
            return self.tr("Set the reply on %n account(s), no end date", "", count)
        if change:
            text = self.tr("Change the reply on %n account(s) until %1", "", count)
        else:
            text = self.tr("Set the reply on %n account(s) until %1", "", count)
        return text.replace("%1", short_when_text(period.until, self.tz))

    def _forward_words(self, period: ReplyPeriod, change: bool) -> str:
        """Go away's words when mail is forwarded: to whom, on how many accounts (for both:
        the accounts the reply goes on), until when."""
        now = self.service.clock()
        covering = self.service.effective_period(period, max(now, period.start)).covering
        who = first_name(covering) if covering else self.tr("your backup")
        chosen = self.chosen_accounts()
        able = [n for n in chosen if Capability.FORWARD_RULE in self._capabilities(n)]
        both = period.cover is Cover.BOTH
        n = len(chosen) if both else len(able)
        words = {
            (True, False, True): lambda: self.tr(
                "Set the reply and forward to %1 on %n account(s) until %2", "", n
            ),
            (True, False, False): lambda: self.tr(
                "Set the reply and forward to %1 on %n account(s), no end date", "", n
            ),
            (True, True, True): lambda: self.tr(
                "Change the reply and forwarding to %1 on %n account(s) until %2", "", n
            ),
            (True, True, False): lambda: self.tr(
                "Change the reply and forwarding to %1 on %n account(s), no end date", "", n
            ),
            (False, False, True): lambda: self.tr(
                "Forward mail to %1 on %n account(s) until %2", "", n
            ),
            (False, False, False): lambda: self.tr(
                "Forward mail to %1 on %n account(s), no end date", "", n
            ),
            (False, True, True): lambda: self.tr(
                "Change the forwarding to %1 on %n account(s) until %2", "", n
            ),
            (False, True, False): lambda: self.tr(
                "Change the forwarding to %1 on %n account(s), no end date", "", n
            ),
        }
        text = words[(both, change, period.until is not None)]().replace("%1", who)
        if period.until is not None:
            text = text.replace("%2", short_when_text(period.until, self.tz))
        return text

    def channels_on(self, period: ReplyPeriod | None, account: str) -> list[str]:
        """The channels ``period`` keeps on ``account`` (``REPLY`` and the core's channel
        names), as they will be when it is in force."""
        if period is None or not period.covers(account):
            return []
        capabilities = self._capabilities(account)
        moment = max(self.service.clock(), period.start)
        seen = self.service.effective_period(period, moment)
        names = [REPLY] if period.cover.replies and Capability.AUTO_REPLY in capabilities else []
        for channel in CHANNELS:
            if channel.capability in capabilities:
                wanted = channel.desired(seen, account, capabilities, moment)
                if getattr(wanted, "enabled", False):
                    names.append(channel.name)
        return names

    def _show_channels(self, period: ReplyPeriod) -> None:
        """What going away changes on each account: the channels set, and those a change of
        the period turns off."""
        lines = []
        kinds = {a.name: a.kind for a in self.profile.accounts}
        for name in self.chosen_accounts():
            shown = shown_name(name, kinds.get(name, ""))
            on = self.channels_on(period, name)
            off = [c for c in self.channels_on(self.current, name) if c not in on]
            words = [channel_name(c) for c in on]
            words += [self.tr("%1 off").replace("%1", channel_name(c)) for c in off]
            if words:
                lines.append(self.tr("%1: %2").replace("%1", shown).replace("%2", ", ".join(words)))
        self.channels_note.setText("\n".join(lines))
        self.channels_note.setVisible(bool(lines))

    def _show_warnings(self, period: ReplyPeriod) -> None:
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
        warnings += notices_text(self.service.cover_notices(period))
        self.warning_label.setText("\n".join(warnings))
        self.warning_label.setVisible(bool(warnings))

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))
        self.go_button.setEnabled(not text)
        if text:
            self.warning_label.hide()

    # --- going away, coming back ----------------------------------------------------------

    @Slot()
    def _go(self) -> None:
        if self.result_panel is not None or not self.go_button.isEnabled():
            return
        try:
            period = self._prepare()
        except InputError as error:
            self._show_error(said_text(error, self.profile.tz))
            return
        self._preview_timer.stop()
        panel = ResultPanel(self.controller)
        try:
            panel.go_away(period, self.current)
        except Exception as error:  # the journal could not be written: say so, stay open
            panel.deleteLater()
            self._show_error(
                self.tr("Your reply could not be recorded: %1").replace("%1", trouble_words(error))
            )
            return
        self.period = panel.period
        self._hand_over(panel)

    @Slot()
    def _come_back(self) -> None:
        if self.result_panel is not None:
            return
        panel = ResultPanel(self.controller)
        try:
            panel.come_back()
        except Exception as error:
            panel.deleteLater()
            self._show_error(trouble_words(error))
            return
        self._hand_over(panel)

    def _hand_over(self, panel: ResultPanel) -> None:
        """The panel says how it went; this dialog's work is done."""
        self.result_panel = panel
        panel.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        panel.place()
        panel.show()
        self.result_opened.emit(panel)
        self.accept()

    def done(self, result: int) -> None:
        self._preview_timer.stop()
        super().done(result)
