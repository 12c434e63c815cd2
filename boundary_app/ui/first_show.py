"""Tray first: what the tray showed last, shown again at the next start before anything else.

The shell's icon, tooltip and (for the no-tray window) its lines and button words are kept in
``<data>/tray-state.json`` whenever the state changes and when the app quits. At start-up the
tray icon (or the window) is shown from that file before the profile, the journal, the
reconciler and the shell are imported and opened; the shell then takes the icon and window
over and shows the real state in the next turn of the event loop. Without the file (the
first start) the tray shows the "available" icon, and the window waits for the shell.
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QSystemTrayIcon

from boundary_app.ui.icons import icon

if TYPE_CHECKING:
    from boundary_app.ui.main_window import MainWindow
    from boundary_app.ui.shell import Shell

log = logging.getLogger(__name__)

STATE_FILE = "tray-state.json"


@dataclass(frozen=True)
class LastState:
    """What the tray and the window showed, in the words of ``language``."""

    language: str = ""
    icon: str = "available"
    tooltip: str = ""
    status: str = ""
    health: str = ""
    checks: str = ""
    words: dict[str, str] = field(default_factory=dict)
    """Action key → the button's words."""
    enabled: dict[str, bool] = field(default_factory=dict)

    @classmethod
    def read(cls, data_dir: Path) -> LastState | None:
        """The state kept last; None when there is none or it cannot be read."""
        try:
            data: Any = json.loads((data_dir / STATE_FILE).read_bytes())
            return cls(
                language=str(data["language"]),
                icon=str(data["icon"]),
                tooltip=str(data["tooltip"]),
                status=str(data["status"]),
                health=str(data["health"]),
                checks=str(data["checks"]),
                words={str(k): str(v) for k, v in data["words"].items()},
                enabled={str(k): bool(v) for k, v in data["enabled"].items()},
            )
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None

    def write(self, data_dir: Path) -> None:
        from boundary_app.providers.files import write_atomic

        text = json.dumps(asdict(self), ensure_ascii=False, indent=1)
        try:
            write_atomic(data_dir / STATE_FILE, text.encode("utf-8"))
        except OSError as error:  # only the next start's first look suffers
            log.warning("The tray's state was not kept: %s", error)

    @classmethod
    def of(cls, shell: Shell) -> LastState:
        from boundary_app.ui import texts

        status = shell.controller.last_status
        return cls(
            language=shell.translators.language if shell.translators else "",
            icon=texts.icon_name(status),
            tooltip=shell.tray.toolTip(),
            status=shell.actions["status"].text(),
            health=texts.health_line(status),
            checks=shell.actions["checks"].text(),
            words={key: action.text() for key, action in shell.actions.items()},
            enabled={key: action.isEnabled() for key, action in shell.actions.items()},
        )


class FirstShow:
    """The tray icon (or the window) shown before the shell exists; the shell adopts them."""

    def __init__(self, last: LastState | None, use_tray: bool) -> None:
        self.use_tray = use_tray
        self.last = last
        self.tray: QSystemTrayIcon | None = None
        self.window: MainWindow | None = None
        if use_tray:
            self.tray = QSystemTrayIcon(icon(last.icon if last else "available"))
            self.tray.setToolTip(last.tooltip if last and last.tooltip else "Boundary")
            self.tray.show()
        elif last is not None and last.words:
            from boundary_app.ui.main_window import ROWS, MainWindow

            keys = [key for row in ROWS for key in row]
            window = MainWindow(quit_on_close=True)
            window.word({key: last.words.get(key, "") for key in keys})
            enabled = {key: last.enabled.get(key, False) for key in keys}
            window.show_status(last.status, last.health, last.checks, enabled, icon(last.icon))
            window.show()
            self.window = window

    def hide(self) -> None:
        if self.tray is not None:
            self.tray.hide()
        if self.window is not None:
            self.window.quit_on_close = False
            self.window.hide()

    def keep_up_to_date(self, shell: Shell) -> None:
        """Keep what the shell shows whenever the state changes (and ``remember`` at quit)."""
        shell.controller.status_changed.connect(lambda _status: self.remember(shell))
        self.remember(shell)

    def remember(self, shell: Shell) -> None:
        state = LastState.of(shell)
        if state != self.last:
            state.write(shell.controller.service.paths.data_dir)
            self.last = state
