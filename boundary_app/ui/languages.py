"""The app's language: Qt's translators, the default locale, and language pickers.

The app speaks the profile's ``preferences.language``, or the system's first language that
Boundary has (``core.language.LANGUAGES``), else English. ``Translators.apply`` swaps the
translators and the default ``QLocale``; Qt then sends every widget a LanguageChange event,
and the shell re-words the tray and its windows, so a switch needs no restart.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QObject,
    QTranslator,
    Signal,
)
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from boundary_app.core.language import LANGUAGES, first_supported
from boundary_app.core.paths import resource


def system_language() -> str:
    """The first of the system's preferred languages that Boundary speaks, else English."""
    return first_supported(QLocale.system().uiLanguages())


def app_language(preference: str) -> str:
    return preference if preference in LANGUAGES else system_language()


class Translators(QObject):
    """Boundary's and Qt's own translations for one language; kept referenced by the app."""

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self.app = app
        self.language = ""
        self._installed: list[QTranslator] = []

    def apply(self, language: str) -> bool:
        """Speak ``language`` from now on; False if it was already spoken."""
        if language == self.language:
            return False
        for translator in self._installed:
            self.app.removeTranslator(translator)
            translator.deleteLater()
        self._installed = []
        locale = QLocale(language)
        system = QLocale.system()
        if system.language() == locale.language():  # en_GB or en_US, nl_BE or nl_NL
            locale = system
        QLocale.setDefault(locale)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for name, folder in (("qtbase", qt_dir), ("boundary", str(resource("translations")))):
            translator = QTranslator(self)
            if translator.load(locale, name, "_", folder):
                self.app.installTranslator(translator)
                self._installed.append(translator)
        self.language = language
        return True


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
