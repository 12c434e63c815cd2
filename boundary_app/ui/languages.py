"""The app's language: Qt's translators, the default locale, and language pickers.

The app speaks the profile's ``preferences.language``, or the system's first language that
Boundary has (``core.language.LANGUAGES``), else English. ``Translators.apply`` swaps the
translators and the default ``QLocale``; Qt then sends every widget a LanguageChange event,
and the shell re-words the tray and its windows, so a switch needs no restart. The language
pickers of the dialogs are in ``language_pickers`` (widgets are not needed at start-up).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator

from boundary_app.core.language import LANGUAGES, first_supported
from boundary_app.core.paths import resource


class Words:
    """Words said outside a widget, translated under the subclass's name.

    lupdate files ``StatusText.tr("…")`` under "StatusText", and Qt is asked with the same
    name; a module-level ``tr()`` would be filed under a name Qt is never asked with.
    """

    @classmethod
    def tr(cls, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return QCoreApplication.translate(cls.__name__, text, disambiguation, n)


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


def missing_translations() -> list[str]:
    """Boundary's translation files that cannot be loaded, and Qt's own Dutch one."""
    missing = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    wanted = [(f"boundary_{code}", str(resource("translations"))) for code in LANGUAGES]
    for name, folder in [*wanted, ("qtbase_nl", qt_dir)]:
        if not QTranslator().load(name, folder):
            missing.append(name)
    return missing
