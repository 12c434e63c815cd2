"""A Settings tab that is a list with buttons beside it: add, edit, remove, and (where order
matters) move up and down. Add and edit open a window-modal dialog that stays open until what
was typed can be used; the tab keeps the edited list and says ``changed`` on every change.

A tab gives the words and the hooks: ``make_editor`` (the dialog for an item, or for a new one
when given ``None``, with the other items to check against), ``value_of`` (what an accepted
dialog holds), ``settle`` (what the tab adds to a value before keeping it) and ``describe``
(an item's line and tooltip).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from boundary_app.ui.settings.page import SettingsPage
from boundary_app.ui.widgets import text_label

T = TypeVar("T")
E = TypeVar("E", bound=QDialog)


class ListEditorPage(SettingsPage, Generic[T, E]):
    """The list (``items``, edited in place), its ``list_widget``, the ``add_button``,
    ``edit_button``, ``remove_button`` and, with ``ordered``, ``up_button`` and
    ``down_button``; ``editor`` is the open add/edit dialog, if any."""

    def __init__(
        self, items: list[T], intro: str, parent: QWidget | None, *, ordered: bool = False
    ) -> None:
        super().__init__(parent)
        self.items = list(items)
        self.editor: E | None = None
        self._editing_row: int | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(text_label(self, intro))
        row = QHBoxLayout()
        self.list_widget = QListWidget(self)
        self.list_widget.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_widget.itemDoubleClicked.connect(lambda _item: self.edit_item())
        self.list_widget.currentRowChanged.connect(self._update_buttons)
        row.addWidget(self.list_widget, 1)
        row.addLayout(self._buttons(ordered))
        layout.addLayout(row, 1)

    def _buttons(self, ordered: bool) -> QVBoxLayout:
        column = QVBoxLayout()
        self.add_button = QPushButton(self.tr("&Add…"), self)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        actions: list[tuple[QPushButton, Callable[[], None]]] = [
            (self.add_button, self.add_item),
            (self.edit_button, self.edit_item),
            (self.remove_button, self.remove_item),
        ]
        self.up_button: QPushButton | None = None
        self.down_button: QPushButton | None = None
        if ordered:
            self.up_button = QPushButton(self.tr("Move &up"), self)
            self.down_button = QPushButton(self.tr("Move &down"), self)
            actions += [
                (self.up_button, lambda: self.move_item(-1)),
                (self.down_button, lambda: self.move_item(1)),
            ]
        for button, action in actions:
            button.setAutoDefault(False)
            button.clicked.connect(action)
            column.addWidget(button)
        column.addStretch(1)
        return column

    # --- the hooks ------------------------------------------------------------------------

    def make_editor(self, item: T | None, others: list[T]) -> E:
        raise NotImplementedError

    def value_of(self, editor: E) -> T:
        raise NotImplementedError

    def describe(self, item: T, index: int) -> tuple[str, str]:
        """The item's line in the list and its tooltip."""
        raise NotImplementedError

    def settle(self, value: T, old: T | None) -> T:
        """What an accepted dialog's value becomes in the list (``old``: the item it edits)."""
        return value

    # --- the list -------------------------------------------------------------------------

    def fill(self, current: int) -> None:
        """Show the items again, ``current`` selected (kept within the list)."""
        self.list_widget.clear()
        for index, item in enumerate(self.items):
            text, tip = self.describe(item, index)
            QListWidgetItem(text, self.list_widget).setToolTip(tip)
        if self.items:
            self.list_widget.setCurrentRow(min(max(current, 0), len(self.items) - 1))
        self._update_buttons()

    @Slot()
    def _update_buttons(self) -> None:
        row = self.list_widget.currentRow()
        count = len(self.items)
        has = 0 <= row < count
        self.edit_button.setEnabled(has)
        self.remove_button.setEnabled(has)
        if self.up_button is not None and self.down_button is not None:
            self.up_button.setEnabled(has and row > 0)
            self.down_button.setEnabled(has and row < count - 1)

    @Slot()
    def add_item(self) -> None:
        self._open_editor(None)

    @Slot()
    def edit_item(self) -> None:
        row = self.list_widget.currentRow()
        if 0 <= row < len(self.items):
            self._open_editor(row)

    def _open_editor(self, row: int | None) -> None:
        item = None if row is None else self.items[row]
        others = [x for i, x in enumerate(self.items) if i != row]
        editor = self.make_editor(item, others)
        editor.setWindowModality(Qt.WindowModality.WindowModal)
        editor.finished.connect(self._on_editor_finished)
        self.editor = editor
        self._editing_row = row
        editor.open()

    @Slot(int)
    def _on_editor_finished(self, result: int) -> None:
        editor, row = self.editor, self._editing_row
        self.editor, self._editing_row = None, None
        if editor is None:
            return
        editor.deleteLater()
        if result != QDialog.DialogCode.Accepted:
            return
        value = self.settle(self.value_of(editor), None if row is None else self.items[row])
        if row is None:
            self.items.append(value)
            row = len(self.items) - 1
        else:
            self.items[row] = value
        self.fill(row)
        self.changed.emit()

    @Slot()
    def remove_item(self) -> None:
        row = self.list_widget.currentRow()
        if 0 <= row < len(self.items):
            del self.items[row]
            self.fill(row)
            self.changed.emit()

    def move_item(self, step: int) -> None:
        row = self.list_widget.currentRow()
        target = row + step
        items = self.items
        if 0 <= row < len(items) and 0 <= target < len(items):
            items[row], items[target] = items[target], items[row]
            self.fill(target)
            self.list_widget.setFocus()
            self.changed.emit()
