"""Language pickers for the dialogs: Boundary's languages, each by its own name."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from boundary_app.core.language import LANGUAGES


def language_names() -> dict[str, str]:
    """Each language by its own name ("Nederlands"): how people look for their language."""
    from boundary_app.core.render import language

    return {code: language(code).name for code in LANGUAGES}


def language_box(parent: QWidget, first: tuple[str, str] | None = None) -> QComboBox:
    """A list of Boundary's languages (data: the code); ``first`` = (text, data) on top."""
    box = QComboBox(parent)
    if first is not None:
        box.addItem(*first)
    for code, name in language_names().items():
        box.addItem(name, code)
    return box


class ReplyLanguages(QWidget):
    """The reply's language and an optional second one, for a bilingual reply."""

    changed = Signal()

    def __init__(self, parent: QWidget, first: str, second: str, *, follow_app: bool) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.first_box = language_box(self, (self.tr("As the app"), "") if follow_app else None)
        self.second_box = language_box(self, (self.tr("nothing else"), ""))
        self.second_box.setToolTip(
            self.tr(
                "A bilingual reply: the message in the first language, then the same "
                "template in this one (edit it in Settings → Templates)."
            )
        )
        then = QLabel(self.tr("then"), self)
        then.setBuddy(self.second_box)
        layout.addWidget(self.first_box)
        layout.addWidget(then)
        layout.addWidget(self.second_box)
        layout.addStretch(1)
        for box, code in ((self.first_box, first), (self.second_box, second)):
            box.setCurrentIndex(max(0, box.findData(code)))
            box.currentIndexChanged.connect(self.changed)
        self.setFocusProxy(self.first_box)

    @property
    def first(self) -> str:
        return str(self.first_box.currentData())

    @property
    def second(self) -> str:
        return str(self.second_box.currentData())


def fill_template_titles(box: QComboBox, lang: str) -> None:
    """The templates of ``lang`` by their titles (data: the id), keeping the row chosen."""
    from boundary_app.core.render import builtin_templates

    current = box.currentIndex()
    blocker = QSignalBlocker(box)
    box.clear()
    for template_id, template in builtin_templates(lang).items():
        box.addItem(template.title, template_id)
    box.setCurrentIndex(max(current, 0))
    del blocker
