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
import sys
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


PLATFORM = sys.platform
"""Which way ``system_language`` asks (tests pin it to the POSIX environment)."""


def system_language(environ: Mapping[str, str] | None = None) -> str:
    """The first of the system's preferred languages that Boundary speaks, else English.

    Asked where Qt asks it, so that the ``boundary`` command and the tray app agree: on
    Windows and macOS the person's display languages (a terminal's ``LANG`` is often not
    theirs), elsewhere ``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``, ``LANG``.
    """
    if PLATFORM == "win32":
        return first_supported(_windows_languages())
    if PLATFORM == "darwin":
        return first_supported(_macos_languages())
    env = os.environ if environ is None else environ
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        if value := env.get(name, ""):
            # LANGUAGE may list several ("nl:en"); C and POSIX name no language.
            return first_supported(c for c in value.split(":") if c not in ("C", "POSIX"))
    return FALLBACK


def _windows_languages() -> list[str]:
    """The user's display language, as Windows names it ("nl_NL"); none if it cannot tell."""
    try:
        import ctypes
        import locale

        language_id = ctypes.windll.kernel32.GetUserDefaultUILanguage()  # type: ignore[attr-defined]
        return [locale.windows_locale.get(language_id, "")]
    except (AttributeError, OSError):
        return []


def _macos_languages() -> list[str]:
    """System Settings' preferred languages, most preferred first ("nl-NL", "en-NL")."""
    import re
    import subprocess

    try:
        done = subprocess.run(
            ["/usr/bin/defaults", "read", "-g", "AppleLanguages"],
            capture_output=True,
            text=True,
            timeout=5,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return []
    return re.findall(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]+)*", done.stdout)
