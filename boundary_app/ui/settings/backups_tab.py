"""Settings → Backups: the colleagues who cover, in order, and the dialog that adds or edits
one (``BackupDialog``, which stays open until what was typed can be used).

What a backup covers is written per reply language: the dialog has a field for each language
the replies are written in (Settings → Templates), and keeps the texts of other languages.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Sequence
from datetime import date
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from boundary_app.core.cover import BackupState
from boundary_app.core.profile import ANY_LANGUAGE, Backup, Profile, backup_problem
from boundary_app.core.states import Availability
from boundary_app.ui.cover_texts import availability_text, availability_tip
from boundary_app.ui.language_pickers import language_names
from boundary_app.ui.settings.list_page import ListEditorPage
from boundary_app.ui.widgets import ERROR_STYLE, text_label
from boundary_app.wording import sentence


class BackupDialog(QDialog):
    """Add or edit one backup colleague; stays open until what was typed can be used.

    ``languages`` are the reply's languages, the first one first: a "covers" field each.
    Test accessors: ``name_edit``, ``email_edit``, ``phone_edit``, ``covers_edits`` (by
    language), ``covers_edit`` (the first language's), ``away_check`` and ``away_edit``
    (marked away through a day: ticked with the day, or not), ``error_label``, ``ok_button``;
    ``backup()`` is what the fields hold.
    """

    def __init__(
        self,
        backup: Backup | None,
        others: list[Backup],
        parent: QWidget | None = None,
        languages: Sequence[str] = ("en",),
    ) -> None:
        super().__init__(parent)
        self.original = backup
        self.others = others
        self.languages = tuple(languages) or ("en",)
        self.setWindowTitle(self.tr("Edit backup") if backup else self.tr("Add a backup"))
        layout = QVBoxLayout(self)
        layout.addLayout(self._form())
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
            texts = backup.covers_by_language
            for lang, edit in self.covers_edits.items():
                edit.setText(texts.get(lang, ""))
            if self.languages[0] not in texts:  # a text given without a language, or in another
                self.covers_edit.setText(texts.get(ANY_LANGUAGE, ""))
            if backup.away_until is not None:
                day = backup.away_until
                self.away_edit.setDate(QDate(day.year, day.month, day.day))
                self.away_check.setChecked(True)
        self._hint_fallbacks()
        self.setMinimumWidth(440 if len(self.languages) == 1 else 560)  # room for the hint

    def _form(self) -> QFormLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name_edit = QLineEdit(self)
        self.email_edit = QLineEdit(self)
        self.phone_edit = QLineEdit(self)
        self.email_edit.setPlaceholderText(self.tr("sam@example.com"))
        self.phone_edit.setPlaceholderText(self.tr("Optional"))
        rows = [
            (self.tr("&Name:"), self.name_edit),
            (self.tr("&Email:"), self.email_edit),
            (self.tr("&Phone:"), self.phone_edit),
        ]
        names = language_names()
        self.covers_edits: dict[str, QLineEdit] = {}
        for index, lang in enumerate(self.languages):
            edit = QLineEdit(self)
            self.covers_edits[lang] = edit
            if len(self.languages) == 1:
                text = self.tr("&Covers:")
            elif index == 0:
                text = self.tr("&Covers (%1):").replace("%1", names.get(lang, lang))
            else:
                text = self.tr("Covers (%1):").replace("%1", names.get(lang, lang))
            rows.append((text, edit))
            edit.textChanged.connect(self._hint_fallbacks)
        self.covers_edit = self.covers_edits[self.languages[0]]
        for text, edit in rows:
            label = QLabel(text, self)
            label.setBuddy(edit)
            form.addRow(label, edit)
            edit.textChanged.connect(self._clear_error)
        form.addRow(self._away_row())
        return form

    def _away_row(self) -> QHBoxLayout:
        """Marked away (ill, on leave) through a day: nobody is sent to them until after it.
        Unticked is "available" (the field cleared)."""
        row = QHBoxLayout()
        self.away_check = QCheckBox(self.tr("&Away until (their last day away):"), self)
        self.away_edit = QDateEdit(self)
        self.away_edit.setCalendarPopup(True)
        self.away_edit.setDisplayFormat("ddd d MMM yyyy")
        self.away_edit.setDate(QDate.currentDate())
        self.away_edit.setEnabled(False)
        self.away_check.toggled.connect(self.away_edit.setEnabled)
        self.away_edit.setAccessibleName(self.tr("Away until"))
        row.addWidget(self.away_check)
        row.addWidget(self.away_edit, 1)
        return row

    def away_until(self) -> date | None:
        if not self.away_check.isChecked():
            return None
        day = self.away_edit.date()
        return date(day.year(), day.month(), day.day())

    @Slot()
    def _hint_fallbacks(self) -> None:
        """An empty field of a second language says what its reply will say instead."""
        first = self.covers_edit.text().strip()
        self.covers_edit.setPlaceholderText(
            self.tr("Optional, for example: urgent client questions")
        )
        for edit in list(self.covers_edits.values())[1:]:
            hint = self.tr("Empty: the reply says “%1”").replace("%1", first)
            edit.setPlaceholderText(hint if first else self.tr("Optional"))
            edit.setToolTip(hint if first else "")

    def backup(self) -> Backup:
        extra = copy.deepcopy(self.original.extra) if self.original else {}
        texts = dict(self.original.covers_by_language) if self.original else {}
        if self.languages[0] not in texts:  # the first field showed the text without a language
            texts.pop(ANY_LANGUAGE, None)
        for lang, edit in self.covers_edits.items():
            texts[lang] = edit.text().strip()
        ordered = {lang: texts[lang] for lang in self.languages} | texts
        return Backup(
            name=self.name_edit.text().strip(),
            email=self.email_edit.text().strip(),
            phone=self.phone_edit.text().strip(),
            covers_by_language=ordered,
            extra=extra,
            away_until=self.away_until(),
        )

    @Slot()
    def _clear_error(self) -> None:
        self.error_label.hide()

    def accept(self) -> None:
        problem = backup_problem(self.backup(), self.others)
        if problem:
            self.error_label.setText(self.tr("This backup %1.").replace("%1", sentence(problem)))
            self.error_label.show()
            self.adjustSize()  # room for the message; never squeeze the fields
            return
        super().accept()


class BackupsTab(ListEditorPage[Backup, BackupDialog]):
    """The backup roster in order: add, edit, remove, move up and down.

    ``languages`` says the reply's languages at the moment (they may change in Templates).
    Test accessors: ``backups`` (the roster being edited), ``backup_list``, ``add_button``,
    ``edit_button``, ``remove_button``, ``up_button``, ``down_button``, ``backup_editor``
    (the open add/edit dialog, if any).
    """

    def __init__(
        self,
        backups: list[Backup],
        parent: QWidget,
        languages: Callable[[], Sequence[str]] = lambda: ("en",),
        availability: Callable[[Sequence[Backup]], list[BackupState]] | None = None,
        tz: ZoneInfo | None = None,
    ) -> None:
        """``availability``: whether each of a roster can cover now (``cover.roster_states``
        over what is known; no network), to show beside each name, with dates in ``tz``."""
        intro = self.tr(
            "Colleagues who cover while you are away. The first one is named first; "
            "when you go away you choose who covers this time."
        )
        super().__init__(backups, intro, parent, ordered=True)
        self.backups = self.items
        self.backup_list = self.list_widget
        self.languages = languages
        self.availability = availability
        self.tz = tz or ZoneInfo("UTC")
        self._states: list[BackupState] = []
        self.fill(0)

    @property
    def backup_editor(self) -> BackupDialog | None:
        return self.editor

    def apply(self, profile: Profile) -> None:
        profile.backups = list(self.backups)

    def showEvent(self, event: QShowEvent) -> None:
        """The reply's language may have changed in Templates: name what each covers in it."""
        self.fill(self.backup_list.currentRow())
        super().showEvent(event)

    def fill(self, current: int) -> None:
        self._states = self.availability(self.backups) if self.availability else []
        super().fill(current)

    def describe(self, item: Backup, index: int) -> tuple[str, str]:
        lang = (tuple(self.languages()) or ("en",))[0]
        text = item.name
        if covers := item.covers_in(lang):
            text = self.tr("%1 — %2").replace("%1", item.name).replace("%2", covers)
        details = ", ".join(x for x in (item.email, item.phone) if x)
        state = self._states[index] if index < len(self._states) else None
        if state is not None and state.availability is not Availability.UNKNOWN:
            if not state.can_cover:
                text += self.tr(" (%1)").replace("%1", availability_text(state, self.tz))
            details += "\n" + availability_tip(state, self.tz)
        return text, details

    def refresh_availability(self) -> None:
        """The servers were asked (a worker's answer): show what they said."""
        self.fill(self.backup_list.currentRow())

    def make_editor(self, item: Backup | None, others: list[Backup]) -> BackupDialog:
        return BackupDialog(item, others, self, self.languages())

    def value_of(self, editor: BackupDialog) -> Backup:
        return editor.backup()
