"""Settings → Templates: the reply's languages, and the message templates of each language,
of which the profile keeps only what the person changed.
"""

from __future__ import annotations

import copy

from PySide6.QtCore import QSignalBlocker, Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from boundary_app.core.profile import Profile, TemplateText
from boundary_app.core.render import builtin_templates, effective_template
from boundary_app.ui.language_pickers import ReplyLanguages, fill_template_titles, language_box
from boundary_app.ui.settings.page import SettingsPage
from boundary_app.ui.widgets import plain_editor, text_label


class TemplatesTab(SettingsPage):
    """The reply's languages and the templates, one language at a time.

    ``system_language`` is what "as the app" means for the reply's language (the language
    shown first). Test accessors: ``reply_languages``, ``template_language_box``,
    ``template_box``, ``subject_edit``, ``reason_edit``, ``internal_edit``,
    ``external_edit``, ``changed_label``, ``restore_button``, ``templates`` (the edits, by
    language and template).
    """

    def __init__(self, profile: Profile, system_language: str, parent: QWidget) -> None:
        super().__init__(parent)
        # The tab's own copy: ``effective_template`` reads the edits from a profile.
        self._draft = copy.deepcopy(profile)
        self.templates = self._draft.templates
        layout = QVBoxLayout(self)
        layout.addLayout(self._form(system_language), 1)
        hint = text_label(
            self,
            self.tr(
                "Placeholders: {name} your name, {return} when you are back, {backups} who "
                "covers, {reason} the reason, {calls} your scheduled call. A line whose "
                "placeholder is empty is left out; an empty field uses the original text."
            ),
            hint=True,
        )
        layout.addWidget(hint)
        layout.addLayout(self._restore_row())
        self.template_box.currentIndexChanged.connect(self._load_template)
        self.template_language_box.currentIndexChanged.connect(self._on_template_language)
        for line in (self.subject_edit, self.reason_edit):
            line.textChanged.connect(self._store_template)
        for editor in (self.internal_edit, self.external_edit):
            editor.textChanged.connect(self._store_template)
        self._load_template()

    def _form(self, system_language: str) -> QFormLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        prefs = self._draft.preferences
        self.template_language_box = language_box(self)
        shown = prefs.reply_languages(system_language)[0]
        self.template_language_box.setCurrentIndex(
            max(0, self.template_language_box.findData(shown))
        )
        self.reply_languages = ReplyLanguages(
            self, prefs.reply_language, prefs.second_language, follow_app=True
        )
        self.reply_languages.changed.connect(self.changed)
        self.template_box = QComboBox(self)
        fill_template_titles(self.template_box, self.template_language)
        self.subject_edit = QLineEdit(self)
        self.reason_edit = QLineEdit(self)
        self.internal_edit = plain_editor(self)
        self.external_edit = plain_editor(self)
        for text, widget in (
            (self.tr("Replies i&n:"), self.reply_languages),
            (self.tr("L&anguage:"), self.template_language_box),
            (self.tr("Te&mplate:"), self.template_box),
            (self.tr("S&ubject:"), self.subject_edit),
            (self.tr("&Reason:"), self.reason_edit),
            (self.tr("For co&lleagues:"), self.internal_edit),
            (self.tr("For &everyone else:"), self.external_edit),
        ):
            label = QLabel(text, self)
            label.setBuddy(widget)
            form.addRow(label, widget)
        return form

    def _restore_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.changed_label = QLabel(self)
        self.changed_label.setTextFormat(Qt.TextFormat.PlainText)
        self.restore_button = QPushButton(self.tr("Restore the ori&ginal"), self)
        self.restore_button.setAutoDefault(False)
        self.restore_button.clicked.connect(self.restore_template)
        row.addWidget(self.changed_label, 1)
        row.addWidget(self.restore_button)
        return row

    # --- what it holds --------------------------------------------------------------------

    @property
    def template_id(self) -> str:
        return str(self.template_box.currentData())

    @property
    def template_language(self) -> str:
        return str(self.template_language_box.currentData())

    def apply(self, profile: Profile) -> None:
        profile.templates = copy.deepcopy(self.templates)
        profile.preferences.reply_language = self.reply_languages.first
        profile.preferences.second_language = self.reply_languages.second

    def _edits(self) -> dict[str, TemplateText]:
        """The person's edits of the templates in the language shown."""
        return self.templates.setdefault(self.template_language, {})

    # --- showing and keeping the edits -----------------------------------------------------

    @Slot()
    def _on_template_language(self) -> None:
        fill_template_titles(self.template_box, self.template_language)
        self._load_template()

    @Slot()
    def _load_template(self) -> None:
        template = effective_template(self._draft, self.template_id, self.template_language)
        editors = (self.subject_edit, self.reason_edit, self.internal_edit, self.external_edit)
        blockers = [QSignalBlocker(w) for w in editors]
        self.subject_edit.setText(template.subject)
        self.reason_edit.setText(template.reason)
        self.internal_edit.setPlainText(template.internal)
        self.external_edit.setPlainText(template.external)
        del blockers
        self._update_state()

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
        self._update_state()
        self.changed.emit()

    def _changed_fields(self) -> bool:
        edit = self._edits().get(self.template_id)
        return edit is not None and any((edit.subject, edit.reason, edit.internal, edit.external))

    def _update_state(self) -> None:
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
        self.changed.emit()
