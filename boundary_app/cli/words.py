"""The ``boundary`` command's words: in the language of the app (the same rule).

``tr("text")`` and ``ntr("%n account(s)", n)`` translate under the context "Command";
``mark("text")`` marks a text kept in a table (a command's help) for ``tr`` later.
``scripts/update_translations.py`` collects the three with ``ast`` into the ``.ts`` files,
so they are translated and checked like every other string. English reads no file; Dutch
and Indonesian read their ``.ts`` once, when the first string is worded
(``boundary_app.translation``). argparse's own words ("usage:", "error:") go through
``tr`` too (``ARGPARSE_WORDS``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from boundary_app import translation

if TYPE_CHECKING:
    from pathlib import Path

CONTEXT = "Command"

ARGPARSE_WORDS = (
    "usage: ",
    "positional arguments",
    "options",
    "show this help message and exit",
    "%(prog)s: error: %(message)s\n",
    "the following arguments are required: %s",
    "unrecognized arguments: %s",
    "expected one argument",
    "argument %(argument_name)s: %(message)s",
    "invalid choice: %(value)r (choose from %(choices)s)",
    "not allowed with argument %s",
    "ambiguous option: %(option)s could match %(matches)s",
    "invalid %(type)s value: %(value)r",
)
"""argparse's words a person meets (Python's own gettext msgids), translated as "Command".
A translation may leave a value out: "invalid %(type)s value" comes only from the whole-number
options (``calls --minutes``, ``--every``, ``stats --weeks``), so nl and id say "not a whole number"
without the English type name."""


def tr(text: str) -> str:
    return translation.translate(CONTEXT, text)


def ntr(text: str, n: int) -> str:
    """``text`` for the count ``n``: its plural form, with ``%n`` replaced by ``n``."""
    return translation.translate(CONTEXT, text, n)


def mark(text: str) -> str:
    """Marks ``text`` for translation; ``tr`` words it where it is shown.

    A text "typed: …" lists words a person types rather than a sentence ("typed:
    monday|mon"): its translation is the language's own words, alternatives separated by
    "|" ("maandag|ma"), as ``cli.dates.TYPED`` says.
    """
    return text


def profile_language(profile: Path) -> str:
    """The language the profile asks for (``[preferences] language``), "" for the system's.

    Read on its own, before the profile is opened: ``--help`` and a wrong command line are
    worded too. A profile that cannot be read says nothing here (opening it says why).
    """
    import tomllib

    try:
        document = tomllib.loads(profile.read_bytes().decode("utf-8-sig"))
    except (OSError, ValueError, RecursionError):  # a damaged profile (opening it says why)
        return ""
    preferences = document.get("preferences")
    language = preferences.get("language", "") if isinstance(preferences, dict) else ""
    return language if isinstance(language, str) else ""


def speak_as_the_app(profile: Path) -> None:
    """Word the command in the app's language: the profile's, else the system's."""
    import argparse

    from boundary_app.core.language import LANGUAGES, system_language

    chosen = profile_language(profile)
    language = chosen if chosen in LANGUAGES else system_language()
    translation.use(None)
    translation.speak(language)
    argparse._ = tr  # type: ignore[attr-defined]  # argparse words its errors with _()
