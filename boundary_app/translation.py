"""Translations without Qt: the words of the ``boundary`` command and of ``wording``.

The tray app hands Qt's own ``QCoreApplication.translate`` to ``use`` (its translators hold
the ``.qm`` files), so a sentence worded here reads as every other string on its screens.
The ``boundary`` command has no Qt: it names a language (``speak``) and its strings are
looked up in ``resources/translations/boundary_<lang>.ts``, read with ElementTree the first
time one is asked for, once, and only the contexts this module serves (``CONTEXTS``).
English reads nothing, except its plural forms (``boundary_en.ts``, small) when a counted
string is worded.

Plurals follow Qt's numerus forms: English and Dutch have two (one, other), Indonesian one.
``%n`` in a counted string becomes the count, as Qt does it.
"""

from __future__ import annotations

from collections.abc import Callable

from boundary_app.core.language import FALLBACK, LANGUAGES

Translate = Callable[[str, str, str | None, int], str]
"""``QCoreApplication.translate``'s shape: context, text, disambiguation, count."""

CONTEXTS = ("Command", "Wording", "AccountFields")
"""The contexts read from a ``.ts`` file: the command's, the shared wording's, and the
labels of the providers' settings."""

_qt: Translate | None = None
_language: str = FALLBACK
_catalogues: dict[str, dict[tuple[str, str], list[str]]] = {}


def use(translate: Translate | None) -> None:
    """Word everything with ``translate`` (Qt's, in the tray app); None goes back to files."""
    global _qt
    _qt = translate


def speak(language: str) -> None:
    """Word everything in ``language`` (one of ``LANGUAGES``; anything else is English)."""
    global _language
    _language = language if language in LANGUAGES else FALLBACK


def language() -> str:
    """The language ``speak`` chose (the command's; the tray app's is Qt's)."""
    return _language


def translate(context: str, text: str, n: int = -1) -> str:
    """``text`` of ``context`` in the language spoken; with a count ``n``, the plural form
    that fits it, ``%n`` replaced by ``n``."""
    if _qt is not None:
        return _qt(context, text, None, n)
    found = text
    if _language != FALLBACK or n >= 0:
        forms = _catalogue(_language).get((context, text))
        if forms:
            found = forms[_form(_language, n)] if n >= 0 else forms[0]
    return found.replace("%n", str(n)) if n >= 0 else found


def _form(language: str, n: int) -> int:
    """Which numerus form fits ``n`` in ``language`` (Qt's rules for the three)."""
    if language == "id":
        return 0
    return 0 if n == 1 else 1


def _catalogue(language: str) -> dict[tuple[str, str], list[str]]:
    """(context, source) → the finished translation's form(s), read once per language."""
    if language not in _catalogues:
        _catalogues[language] = _read(language)
    return _catalogues[language]


def _read(language: str) -> dict[tuple[str, str], list[str]]:
    import xml.etree.ElementTree as ET

    from boundary_app.core.paths import resource

    found: dict[tuple[str, str], list[str]] = {}
    try:
        root = ET.parse(resource("translations", f"boundary_{language}.ts")).getroot()
    except (OSError, ET.ParseError):
        return found  # English words are better than none
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        if name not in CONTEXTS:
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished"):
                continue
            if message.get("numerus") == "yes":
                forms = [form.text or "" for form in translation.iter("numerusform")]
            else:
                forms = [translation.text or ""]
            if all(forms):
                found[(name, message.findtext("source") or "")] = forms
    return found
