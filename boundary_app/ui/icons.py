"""The app's icons, made once.

A new ``QIcon`` of the same SVG renders its pixmaps again into Qt's pixmap cache under new
keys, and the cache's clean-up timer then woke the idle tray every 10 s for minutes after
start-up (each status redraw made one). One ``QIcon`` a name for the app's life instead.
"""

from __future__ import annotations

from PySide6.QtGui import QIcon

from boundary_app.core.paths import resource

_icons: dict[str, QIcon] = {}


def icon(name: str) -> QIcon:
    """The icon ``resources/icons/NAME.svg``."""
    found = _icons.get(name)
    if found is None:
        found = _icons[name] = QIcon(str(resource("icons", f"{name}.svg")))
    return found


__all__ = ["icon"]
