"""What every Settings tab is: a widget over its part of the profile."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from boundary_app.core.profile import Profile


class SettingsPage(QWidget):
    """A tab of Settings: ``changed`` fires on every edit, ``apply(profile)`` writes what the
    tab holds into a profile, ``problems()`` says in words what stops Save."""

    changed = Signal()

    def apply(self, profile: Profile) -> None:
        raise NotImplementedError

    def problems(self) -> list[str]:
        return []
