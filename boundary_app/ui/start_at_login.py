"""Start at sign-in from the app's side: the first-run question and applying a choice, and
whether a start is the first one (the welcome comes before the question).

The system's entry (``core.autostart``) is the truth: Settings shows ``enabled()``, and a
choice is written there first; the profile's ``start_at_login`` follows, and
``asked_start_at_login`` records that the first-run question was answered, so it is asked
once per profile.
"""

from __future__ import annotations

import copy
import logging

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from boundary_app.core.autostart import Autostart, AutostartError, launch_command
from boundary_app.core.profile import Profile, ProfileError
from boundary_app.ui.controller import Controller

log = logging.getLogger(__name__)


def apply(backend: Autostart, wanted: bool) -> None:
    """Make the system's entry match ``wanted``; raises ``AutostartError`` with the reason.

    Turning it on always writes the entry, so an entry left by an older install in another
    place is pointed at this one.
    """
    if wanted:
        command = launch_command()
        backend.enable(command)
        log.info("Start at sign-in on: %s runs %s", backend.location, command)
    elif backend.enabled():
        backend.disable()
        log.info("Start at sign-in off: %s removed", backend.location)


def record(controller: Controller, wanted: bool) -> None:
    """Keep the choice in the profile (and that the question was answered)."""
    profile = copy.deepcopy(controller.profile)
    if profile.read_only:
        return
    prefs = profile.preferences
    if prefs.start_at_login == wanted and prefs.asked_start_at_login:
        return
    prefs.start_at_login = wanted
    prefs.asked_start_at_login = True
    try:
        controller.save_profile(profile)
    except (ProfileError, OSError) as error:
        log.warning("Could not record the start-at-sign-in choice: %s", error)


def should_ask(controller: Controller, backend: Autostart) -> bool:
    """Whether to ask the first-run question now.

    Not when it was answered, the profile cannot be written, or the system has no way to
    start Boundary at sign-in. When the entry is already there (the Windows installer's
    "Start Boundary when I sign in" task), that was the answer: it is recorded, not asked.
    """
    prefs = controller.profile.preferences
    if prefs.asked_start_at_login or controller.profile.read_only or not backend.supported:
        return False
    if backend.enabled():
        record(controller, True)
        return False
    return True


def should_welcome(profile: Profile) -> bool:
    """Whether this start is a first one, for the welcome (ui/welcome.py) before the question:
    a new profile that can be written, with no name or backup yet, and the question not
    answered (it follows the welcome, so a welcome seen or skipped is not shown again)."""
    return not (
        profile.read_only
        or profile.identity.name
        or profile.backups
        or profile.preferences.asked_start_at_login
    )


class StartAtLoginQuestion(QMessageBox):
    """The first-run question: "Start Boundary when you sign in?".

    Test accessors: ``yes_button``, ``no_button``.
    """

    def __init__(
        self, controller: Controller, backend: Autostart, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.backend = backend
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle(self.tr("Boundary"))
        self.setText(self.tr("Start Boundary when you sign in?"))
        self.setInformativeText(
            self.tr(
                "Boundary can start by itself when you sign in to this computer, so your "
                "out-of-office replies go on and off on time and the tray shows where you "
                "stand. You can change this later in Settings."
            )
        )
        self.yes_button: QPushButton = self.addButton(
            self.tr("&Start when I sign in"), QMessageBox.ButtonRole.YesRole
        )
        self.no_button: QPushButton = self.addButton(
            self.tr("&Not now"), QMessageBox.ButtonRole.NoRole
        )
        self.setDefaultButton(self.yes_button)
        self.setEscapeButton(self.no_button)
        self.finished.connect(self._on_finished)

    @Slot()
    def _on_finished(self) -> None:
        wanted = self.clickedButton() is self.yes_button
        try:
            apply(self.backend, wanted)
        except AutostartError as error:
            log.warning("Start at sign-in: %s", error)
            record(self.controller, False)
            self.controller.notice.emit(
                self.tr("Boundary"),
                self.tr("Boundary could not set itself to start when you sign in: %1").replace(
                    "%1", str(error)
                ),
            )
            return
        record(self.controller, wanted)
