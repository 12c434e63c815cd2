"""Widget factories the dialogs share: plain-text labels, text editors, hint and error
colours (imported with the dialogs, never at start-up)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget

ERROR_STYLE = "color: #b3261e;"
WARNING_STYLE = "color: #8a5300;"


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


def text_label(
    parent: QWidget | None,
    text: str = "",
    *,
    style: str = "",
    hint: bool = False,
    wrap: bool = True,
) -> QLabel:
    """A label that shows its text as typed: markup in a name or message is never rendered."""
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    if style:
        label.setStyleSheet(style)
    if hint:
        secondary(label)
    return label


def plain_editor(parent: QWidget, *, read_only: bool = False) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setTabChangesFocus(True)  # Tab moves on, as everywhere else in the dialog
    edit.setReadOnly(read_only)
    if read_only:
        edit.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        # A preview looks like paper you cannot write on: the window colour, not the base.
        palette = edit.palette()
        palette.setColor(QPalette.ColorRole.Base, palette.color(QPalette.ColorRole.Window))
        edit.setPalette(palette)
    return edit
