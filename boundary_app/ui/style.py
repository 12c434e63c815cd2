"""Small visual helpers shared by the dialogs."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel


def secondary(label: QLabel) -> None:
    """Quieter text for hints that still reads well (disabled grey is too faint)."""
    palette = label.palette()
    text = palette.color(QPalette.ColorRole.WindowText)
    back = palette.color(QPalette.ColorRole.Window)
    mixed = QColor(
        round(text.red() * 0.7 + back.red() * 0.3),
        round(text.green() * 0.7 + back.green() * 0.3),
        round(text.blue() * 0.7 + back.blue() * 0.3),
    )
    palette.setColor(QPalette.ColorRole.WindowText, mixed)
    label.setPalette(palette)
