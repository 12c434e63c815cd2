"""Settings: who you are (``identity_tab``), who covers for you (``backups_tab``), your message
templates (``templates_tab``), when you check mail (``plan_tab``), your accounts
(``accounts_tab``), your clients' call slots (``calls_tab``).

The dialog edits a deep copy of the profile: each tab writes its part into the copy as it is
edited (``apply``), and says what stops Save (``problems``). Save hands the copy, with the
accounts added since, to ``Controller.save_settings`` (``Boundary.save_settings``: an atomic
write, and the accounts' secrets kept or forgotten); Cancel throws it away. A profile written by
a newer Boundary can be looked at but not saved.

The language chosen on the Identity tab is spoken at once (``language_chosen``: the shell
swaps the translators; Cancel puts the saved one back). The dialog then builds its tabs again
from the copy, in the new language: what was typed is in the copy already (each edit is
applied as it is made), and the accounts added wait in their drafts.
"""

from __future__ import annotations

import copy
from functools import partial

from PySide6.QtCore import QEvent, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from boundary_app.core.autostart import Autostart, for_platform
from boundary_app.core.cover import roster_states
from boundary_app.core.profile import Profile, ProfileError
from boundary_app.providers.secrets import KeyringUnavailable
from boundary_app.ui.controller import Controller
from boundary_app.ui.settings.accounts_tab import AccountsTab
from boundary_app.ui.settings.backups_tab import BackupsTab
from boundary_app.ui.settings.calls_tab import CallsTab
from boundary_app.ui.settings.identity_tab import IdentityTab
from boundary_app.ui.settings.page import SettingsPage
from boundary_app.ui.settings.plan_tab import PlanTab
from boundary_app.ui.settings.templates_tab import TemplatesTab
from boundary_app.ui.texts import trouble_words
from boundary_app.ui.widgets import ERROR_STYLE, text_label

BANNER_STYLE = (
    "background: #fff4ce; color: #4d3800; border: 1px solid #e0c060; "
    "border-radius: 4px; padding: 6px;"
)


class SettingsDialog(QDialog):
    """Edit a copy of the profile; Save writes it, Cancel forgets it.

    Test accessors: ``profile`` (the copy being edited), ``tabs``, the tabs (each lists its
    own accessors) ``identity_tab``, ``backups_tab``, ``templates_tab``, ``plan_tab``,
    ``accounts_tab``, ``calls_tab``; ``banner``, ``error_label``, ``save_button``,
    ``cancel_button``.
    """

    language_chosen = Signal(str)
    """The app's language chosen on the Identity tab ("" follows the system), not saved yet."""

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
        self._saving = False
        self._reword_due = False
        self.autostart = autostart if autostart is not None else for_platform()
        self.setSizeGripEnabled(True)

        layout = QVBoxLayout(self)
        self.banner = text_label(self, style=BANNER_STYLE)
        self.banner.setVisible(self.profile.read_only)
        layout.addWidget(self.banner)
        self.tabs = QTabWidget(self)
        self._add_tabs(self.autostart)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(self._bottom())
        self._word()

        self.setMinimumSize(620, 520)
        self.resize(700, 580)
        self.validate()

    def _add_tabs(self, autostart: Autostart) -> None:
        profile, service = self.profile, self.controller.service
        self.identity_tab = IdentityTab(profile, autostart, self)
        self.backups_tab = BackupsTab(
            profile.backups,
            self,
            lambda: self.profile.preferences.reply_languages(service.system_language),
            lambda roster: roster_states(
                roster, service.journal.tips(), service.clock(), profile.tz
            ),
            profile.tz,
        )
        self.controller.check_backups(lambda _answer: self.backups_tab.refresh_availability(), self)
        self.templates_tab = TemplatesTab(profile, service.system_language, self)
        today = service.clock().astimezone(profile.tz).date()
        self.plan_tab = PlanTab(profile.checks, today, self)
        self.plan_tab.setEnabled(not profile.read_only)
        self.accounts_tab = AccountsTab(self.controller, profile, self, read_only=profile.read_only)
        self.calls_tab = CallsTab(profile, today, self)
        self.calls_tab.setEnabled(not profile.read_only)
        self.pages: tuple[SettingsPage, ...] = (
            self.identity_tab,
            self.backups_tab,
            self.templates_tab,
            self.plan_tab,
            self.accounts_tab,
            self.calls_tab,
        )
        titles = (
            self.tr("&Identity"),
            self.tr("&Backups"),
            self.tr("&Templates"),
            self.tr("Mail &checks"),
            self.tr("Acc&ounts"),
            self.tr("Sched&uled calls"),
        )
        for page, title in zip(self.pages, titles, strict=True):
            self.tabs.addTab(page, title)
            page.changed.connect(partial(self._on_changed, page))
        self.identity_tab.language_box.currentIndexChanged.connect(self._on_language)

    def _word(self) -> None:
        """The words outside the tabs."""
        self.setWindowTitle(self.tr("Settings — Boundary"))
        self.banner.setText(
            self.tr(
                "This profile was written by a newer version of Boundary. You can look at "
                "your settings here, but not change them: update Boundary to edit them."
            )
        )
        self.save_button.setText(self.tr("&Save"))

    # --- the language, at once ------------------------------------------------------------

    @Slot()
    def _on_language(self) -> None:
        self.language_chosen.emit(str(self.identity_tab.language_box.currentData()))

    def changeEvent(self, event: QEvent) -> None:
        """The app speaks another language: build the tabs again in it (once, after Qt has
        told every widget)."""
        if event.type() == QEvent.Type.LanguageChange and not self._reword_due:
            self._reword_due = True
            QTimer.singleShot(0, self, self._reword)
        super().changeEvent(event)

    @Slot()
    def _reword(self) -> None:
        self._reword_due = False
        if not self.isVisible():
            return
        if self._saving or self.accounts_tab.busy:  # a test or a save reports to these tabs
            self._reword_due = True
            QTimer.singleShot(200, self, self._reword)
            return
        index, drafts = self.tabs.currentIndex(), self.accounts_tab.drafts
        start_at_login = self.identity_tab.start_at_login_box.isChecked()
        on_language = self.identity_tab.language_box.hasFocus()
        old = self.pages
        self.tabs.clear()
        for page in old:
            page.hide()
            page.deleteLater()
        self._add_tabs(self.autostart)
        self.accounts_tab.drafts = drafts
        self.identity_tab.start_at_login_box.setChecked(start_at_login)
        self.tabs.setCurrentIndex(index)
        if on_language:
            self.identity_tab.language_box.setFocus()
        self._word()
        self.validate()

    def _bottom(self) -> QHBoxLayout:
        bottom = QHBoxLayout()
        self.error_label = text_label(self, style=ERROR_STYLE)
        bottom.addWidget(self.error_label, 1)
        self.buttons = QDialogButtonBox(self)
        self.save_button = QPushButton(self)
        self.save_button.setDefault(True)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        assert cancel is not None
        self.cancel_button: QPushButton = cancel
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        bottom.addWidget(self.buttons, 0, Qt.AlignmentFlag.AlignBottom)
        return bottom

    # --- checking and saving --------------------------------------------------------------

    def _on_changed(self, page: SettingsPage) -> None:
        page.apply(self.profile)
        self.validate()

    def problems(self) -> list[str]:
        """What stops Save, in words; empty when the settings can be saved."""
        return [problem for page in self.pages for problem in page.problems()]

    @Slot()
    def validate(self) -> bool:
        found = self.problems()
        self.error_label.setText("\n".join(found))
        self.save_button.setEnabled(not found and not self.profile.read_only and not self._saving)
        return not found

    @Slot()
    def save(self) -> None:
        if self._saving or not self.validate() or self.profile.read_only:
            return
        if problem := self.identity_tab.save_start_at_login(self.profile):
            self.error_label.setText(problem)
            return
        self._set_saving(True)
        self.controller.save_settings(self.profile, self.accounts_tab.drafts, self._saved)

    def _saved(self, error: Exception | None) -> None:
        self._set_saving(False)
        if error is None:
            self.accept()
        elif isinstance(error, KeyringUnavailable):
            self.error_label.setText(str(error))
        elif isinstance(error, ProfileError | OSError):
            self.error_label.setText(
                self.tr("Your settings could not be saved: %1").replace("%1", trouble_words(error))
            )
        else:
            self.error_label.setText(self.tr("Something went wrong: %1").replace("%1", str(error)))

    def _set_saving(self, saving: bool) -> None:
        """While the keyring is being written, the settings hold still and stay open."""
        self._saving = saving
        self.tabs.setEnabled(not saving)
        self.cancel_button.setEnabled(not saving)
        self.validate()

    def reject(self) -> None:
        if not self._saving:  # Escape or closing waits for a save under way
            super().reject()
