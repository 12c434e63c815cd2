"""Settings → Identity: name, email, phone, time zone, the app's language, and starting
Boundary at sign-in (the system's entry is the truth: the box shows it, Save writes it).
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from boundary_app.core.autostart import Autostart, AutostartError
from boundary_app.core.profile import Profile, is_timezone
from boundary_app.providers.base import is_email
from boundary_app.ui.language_pickers import language_box
from boundary_app.ui.settings.page import SettingsPage
from boundary_app.ui.widgets import text_label


@cache
def _zones() -> tuple[str, ...]:
    from zoneinfo import available_timezones

    return tuple(sorted(available_timezones()))


class IdentityTab(SettingsPage):
    """Who you are and where.

    Test accessors: ``name_edit``, ``email_edit``, ``phone_edit``, ``timezone_box``,
    ``language_box``, ``start_at_login_box``.
    """

    def __init__(self, profile: Profile, autostart: Autostart, parent: QWidget) -> None:
        super().__init__(parent)
        self.autostart = autostart
        layout = QVBoxLayout(self)
        layout.addLayout(self._form(profile))
        hint = text_label(
            self,
            self.tr(
                'Your name signs your messages. The time zone sets when "tomorrow morning" '
                "is; type part of a city to find it."
            ),
            hint=True,
        )
        layout.addWidget(hint)
        layout.addStretch(1)
        # The system's entry is the truth: the box shows it, Save writes it (start_at_login.py).
        self.start_at_login_box = QCheckBox(self.tr("Start Boundary &when I sign in"), self)
        self.start_at_login_box.setChecked(autostart.enabled())
        self.start_at_login_box.setEnabled(autostart.supported)
        if not autostart.supported:
            self.start_at_login_box.setToolTip(
                self.tr("This system has no way for Boundary to start when you sign in.")
            )
        layout.addWidget(self.start_at_login_box)
        for edit in (self.name_edit, self.email_edit, self.phone_edit):
            edit.textChanged.connect(self.changed)
        self.timezone_box.currentTextChanged.connect(self.changed)
        self.language_box.currentIndexChanged.connect(self.changed)

    def _form(self, profile: Profile) -> QFormLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        identity = profile.identity
        self.name_edit = QLineEdit(identity.name, self)
        self.name_edit.setPlaceholderText(self.tr("How your messages are signed"))
        self.email_edit = QLineEdit(identity.email, self)
        self.email_edit.setPlaceholderText(self.tr("you@example.com"))
        self.phone_edit = QLineEdit(identity.phone, self)
        self.phone_edit.setPlaceholderText(self.tr("Optional"))
        self.timezone_box = self._timezone_box(identity.timezone)
        self.language_box = language_box(self, (self.tr("As the system"), ""))
        self.language_box.setCurrentIndex(
            max(0, self.language_box.findData(profile.preferences.language))
        )
        for text, widget in (
            (self.tr("&Name:"), self.name_edit),
            (self.tr("&Email:"), self.email_edit),
            (self.tr("&Phone:"), self.phone_edit),
            (self.tr("Time &zone:"), self.timezone_box),
            (self.tr("&Language:"), self.language_box),
        ):
            label = QLabel(text, self)
            label.setBuddy(widget)
            form.addRow(label, widget)
        return form

    def _timezone_box(self, zone: str) -> QComboBox:
        """Every time zone, found by typing part of its name ("amsterdam")."""
        box = QComboBox(self)
        box.setEditable(True)
        box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        box.addItems(list(_zones()))
        box.setMaxVisibleItems(15)
        completer = QCompleter(box.model(), box)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setMaxVisibleItems(12)
        box.setCompleter(completer)
        box.setCurrentText(zone)
        return box

    def apply(self, profile: Profile) -> None:
        """Write the fields into ``profile`` (a time zone only once it is one)."""
        identity = profile.identity
        identity.name = self.name_edit.text().strip()
        identity.email = self.email_edit.text().strip()
        identity.phone = self.phone_edit.text().strip()
        zone = self.timezone_box.currentText().strip()
        if is_timezone(zone):
            identity.timezone = zone
        profile.preferences.language = str(self.language_box.currentData())

    def problems(self) -> list[str]:
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
        return found

    def save_start_at_login(self, profile: Profile) -> str:
        """Write the system's entry if the box changed, and the choice into ``profile``.

        Returns what went wrong, in words, or "" when it went well (or there was nothing to do).
        """
        if not self.start_at_login_box.isEnabled():
            return ""
        from boundary_app.ui import start_at_login

        wanted = self.start_at_login_box.isChecked()
        if wanted != self.autostart.enabled():
            try:
                start_at_login.apply(self.autostart, wanted)
            except AutostartError as error:
                return self.tr("Boundary could not change starting when you sign in: %1").replace(
                    "%1", str(error)
                )
        profile.preferences.start_at_login = wanted
        profile.preferences.asked_start_at_login = True
        return ""
