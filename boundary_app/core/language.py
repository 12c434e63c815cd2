"""The languages Boundary speaks, and which one a person gets.

There are two choices in the profile's ``[preferences]``:

- ``language``: the app's language ("" follows the system). The tray app resolves "" with
  Qt's view of the system; the ``boundary`` command and the core use ``system_language``.
- ``reply_language`` and ``second_language``: the language of the out-of-office reply
  ("" = the app's language) and an optional second one, for a bilingual reply (the first
  language's message, then the second's).

Nothing here imports Qt; message texts and their date words live in
``resources/templates/<code>.toml``.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping

LANGUAGES = ("en", "nl", "id")
"""Codes of the languages with templates and translations, English first (the fallback)."""

FALLBACK = "en"


def supported(code: str) -> str | None:
    """``code``'s language if Boundary speaks it ("nl_BE.UTF-8" → "nl"), else None."""
    base = code.strip().replace("-", "_").split("_")[0].split(".")[0].casefold()
    # Older systems still call Indonesian "in" (ISO 639 before 1989).
    base = "id" if base == "in" else base
    return base if base in LANGUAGES else None


def first_supported(codes: Iterable[str]) -> str:
    """The first of ``codes`` (most preferred first) that Boundary speaks, else English."""
    for code in codes:
        if found := supported(code):
            return found
    return FALLBACK


def reply_languages(first: str, second: str = "") -> tuple[str, ...]:
    """A reply's languages: the main one, then the second if there is another."""
    return (first, second) if second and second != first else (first,)


def system_language(environ: Mapping[str, str] | None = None) -> str:
    """The system's language as the POSIX environment says it, else the locale's, else en."""
    env = os.environ if environ is None else environ
    codes: list[str] = []
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        if value := env.get(name, ""):
            codes += value.split(":")  # LANGUAGE may list several: "nl:en"
            break
    if not codes and environ is None:
        import locale

        codes.append(locale.getlocale()[0] or "")
    return first_supported(c for c in codes if c not in ("C", "POSIX"))
