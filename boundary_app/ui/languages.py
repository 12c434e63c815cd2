"""The app's language: Qt's translators, the default locale, and language pickers.

The app speaks the profile's ``preferences.language``, or the system's first language that
Boundary has (``core.language.LANGUAGES``), else English. ``Translators.apply`` swaps the
translators and the default ``QLocale``; Qt then sends every widget a LanguageChange event,
and the shell re-words the tray and its windows, so a switch needs no restart. The language
pickers of the dialogs are in ``language_pickers`` (widgets are not needed at start-up).
"""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QObject,
    QTimeZone,
    QTranslator,
)

from boundary_app import translation
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


def app_locale(language: str, zone: str = "") -> QLocale:
    """The locale the app writes numbers and calendars with, for ``language``.

    The system's own when it is of that language (en_GB and en_US, nl_BE and nl_NL keep their
    conventions). Otherwise the language where the person lives: the country of the profile's
    time zone, else of the system's locale (English in Europe/Amsterdam is en_NL: Monday
    starts the week). Qt falls back to the language's main country when it has no data for
    the pair (Indonesian in the Netherlands is id_ID).
    """
    wanted = QLocale(language)
    system = QLocale.system()
    if system.language() == wanted.language():
        # By name, so that the names of days and months are the language's: the system
        # locale object asks the system, which answers in its own (LANGUAGE=id with
        # LC_TIME=C is Indonesian with English day names).
        return QLocale(system.name())
    territory = QTimeZone(zone.encode()).territory() if zone else QLocale.Country.AnyTerritory
    if territory == QLocale.Country.AnyTerritory and system.language() != QLocale.Language.C:
        territory = system.territory()
    if territory == QLocale.Country.AnyTerritory:
        return wanted
    paired = QLocale(wanted.language(), territory)
    return paired if paired.language() == wanted.language() else wanted


class Translators(QObject):
    """Boundary's and Qt's own translations for one language; kept referenced by the app."""

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self.app = app
        self.language = ""
        self.locale_name = ""
        self._installed: list[QTranslator] = []
        # The sentences worded outside Qt (boundary_app.wording) ask Qt's translators too.
        translation.use(QCoreApplication.translate)

    def apply(self, language: str, zone: str = "") -> bool:
        """Speak ``language`` from now on, with the conventions of where the person lives
        (``zone``: the profile's time zone); False if nothing changed."""
        locale = app_locale(language, zone)
        if language == self.language and locale.name() == self.locale_name:
            return False
        QLocale.setDefault(locale)
        self.locale_name = locale.name()
        if language == self.language:  # only the country changed: the same translations
            return True
        for translator in self._installed:
            self.app.removeTranslator(translator)
            translator.deleteLater()
        self._installed = []
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
