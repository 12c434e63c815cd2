"""The sentences core and providers say by code, worded in the person's language.

Shared by the tray app and the ``boundary`` command (a layer above core; no Qt: the
translations come through ``boundary_app.translation``, which the app points at Qt's). Core
and providers give a code and its values: a ``Said`` (``providers.base.SENTENCES``: test
answers, connection errors, settings checks), an ``InputError`` with a ``code``
(``CORE_SENTENCES``), or the built-in trial account's name. Anything else is shown as it
came, in English.

A result's message keeps its ``Said`` in the journal (its ``said`` column) and across the
worker (``"said"`` beside ``"message"``). A plain string (a row of a journal older than
schema 6, a plugin's own plain sentence) is matched against the English sentences and worded
the same way when it is one of them (``_parse``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import datetime
from functools import cache
from typing import Any

from boundary_app.providers.base import SENTENCES, WORDED, Said, said_in
from boundary_app.translation import translate

Moment = Callable[[datetime], str]
"""How a front end writes a moment in a sentence (its own date words and time zone)."""


class Wording:
    """The translation context of the sentences worded here."""

    @staticmethod
    def tr(text: str) -> str:
        return translate("Wording", text)


def mark(text: str) -> str:
    """Marks ``text`` for the translations (scripts/update_translations.py collects it)."""
    return text


TRIAL_ACCOUNT = "This computer"
"""The name the built-in trial account (kind ``local``) gets in a new profile."""

CORE_SENTENCES: dict[str, str] = {
    "trial-account": mark("This computer"),
    "end-in-past": mark("The end ({end}) is in the past."),
    "end-before-start": mark("The end ({end}) must come after the start ({start})."),
    "start-too-far": mark(
        "The start ({moment}) is more than {years} years ahead; the latest Boundary takes is "
        "{latest}."
    ),
    "end-too-far": mark(
        "The end ({moment}) is more than {years} years ahead; the latest Boundary takes is "
        "{latest}. For a reply with no end, choose no end date."
    ),
    "and": mark("{first} and {last}"),
    # accounts and kinds (core/service.py)
    "unknown-kind": mark("No provider of kind '{kind}' is installed. Installed kinds: {kinds}."),
    "kind-broken": mark("{problem} Installed kinds: {kinds}."),
    "no-account-name": mark("Give the account a name, for example 'Work'."),
    "name-control-character": mark(
        "The account name holds a control character ({char}); remove it."
    ),
    "account-exists": mark("There is already an account called '{name}'."),
    "no-such-account": mark("There is no account called '{name}' (accounts: {names})."),
    "no-such-account-none": mark("There is no account called '{name}' (accounts: none yet)."),
    "no-account-named": mark("There is no account '{name}' (accounts: {names})."),
    "cannot-reply": mark("{account} cannot take an auto-reply, so nothing was set."),
    "no-account": mark(
        "There is no account that can take an auto-reply, so nothing was set; add one first."
    ),
    # the cover and the backups roster
    "no-backup": mark(
        "Mail can only be forwarded to a backup, and nobody covers; choose a backup "
        "(add one in Settings → Backups first if the roster is empty)."
    ),
    "cannot-forward": mark(
        "None of the accounts ({names}) can forward mail to a backup by itself, so nothing "
        "would be forwarded; choose the auto-reply instead."
    ),
    "not-a-backup": mark("'{name}' is not in your backups roster (backups: {names})."),
    "not-a-backup-settings": mark(
        "'{name}' is not in your backups roster (backups: none yet; add them in Settings)."
    ),
    "not-a-backup-none": mark("'{name}' is not in your backups roster (backups: none yet)."),
    # templates and languages
    "no-such-template": mark("There is no template '{template}'; choose one of {choices}."),
    "no-language": mark("Choose the reply's language, or two for a bilingual reply."),
    "no-such-language": mark("There is no language '{language}'; choose from {choices}."),
    "too-many-languages": mark("A reply can be in two languages at most, not {count} ({names})."),
    # the messages' checks (core/render.py MessageError)
    "control-character": mark(
        "The {field} holds a control character ({char}); remove it (only tabs and line "
        "breaks may be in a text)."
    ),
    "empty-subject": mark("The subject is empty; write a few words."),
    "subject-too-long": mark(
        "The subject is {length} characters long; the most Boundary sets is {most}. "
        "Please shorten it."
    ),
    "empty-message": mark("The {field} is empty; write a few words or pick a template."),
    "message-too-long": mark(
        "The {field} is {length} characters long; the most Boundary sends is {most}. "
        "Please shorten it."
    ),
    # clients: call slots (their rules: ``SENTENCES``), interruptions, a message sent
    "no-such-slot": mark("There is no call slot for '{name}' (call slots: {names})."),
    "no-slots": mark("There is no call slot for '{name}' (call slots: none yet)."),
    "no-client": mark("Say who interrupted: the client's or contact's name."),
    "not-an-interruption": mark("'{kind}' is not a kind of interruption; use call, chat or visit."),
    "in-future": mark("That moment is still to come; log an interruption once it happened."),
    "note-too-long": mark("The note is longer than {most} characters; please shorten it."),
    "cannot-send": mark("The account '{account}' cannot send mail."),
    "not-an-address": mark("'{address}' is not an email address."),
    "empty-mail": mark("The message is empty; write a few words."),
}
"""English sentences of the core's codes (``InputError.code``) that are worded here. When one
rule has several sentences (an empty list, the account name's control character), the
error's ``values`` name the sentence: ``sentence``."""

FIELDS = (
    mark("subject"),
    mark("message for colleagues"),
    mark("message for everyone else"),
    mark("subject for everyone else"),
    mark("focus day message for colleagues"),
    mark("focus day message for everyone else"),
)
"""The names of the texts core checks (a ``MessageError``'s ``field``), worded here."""

ACCOUNT_NAMES: dict[str, tuple[str, ...]] = {
    "no-such-account": ("names",),
    "no-account-named": ("names",),
    "cannot-forward": ("names",),
    "cannot-reply": ("account",),
}
"""Values that name the person's accounts ("Work, This computer"): the built-in trial's name
among them is worded (``account_name``; core gives names, not kinds, here: an account of
another kind that someone named "This computer" would be worded too)."""

MOMENTS = ("end", "start", "moment", "latest")
"""Values that are moments (a ``datetime``, or its ISO text from a provider)."""


def account_name(name: str, kind: str) -> str:
    """An account's name on a screen: the built-in trial's in the person's language."""
    if kind == "local" and name == TRIAL_ACCOUNT:
        return Wording.tr(CORE_SENTENCES["trial-account"])
    return name


def sentence(said: str | BaseException, moment: Moment | None = None) -> str:
    """``said`` (a ``Said``, an error carrying one, an ``InputError`` with a code, or a
    sentence) in the person's language; what has no code stays as it came."""
    if isinstance(said, BaseException):
        parts = _error_parts(said)
        if parts is None:
            return str(said)
    elif isinstance(said, Said):
        parts = said.parts
    else:
        parts = _parse(said)
        if parts is None:
            return said
    return " ".join(_word(code, values, moment) for code, values in parts)


def code_of(said: str | BaseException) -> str:
    """The code of a sentence (the first, when there are several), "" when it has none: for
    the ``code`` fields of ``--json``."""
    if isinstance(said, BaseException):
        if "sentence" in (getattr(said, "values", None) or {}):  # one of a rule's sentences
            return str(getattr(said, "code", ""))
        parts = _error_parts(said)
    else:
        parts = said.parts if isinstance(said, Said) else _parse(said)
    return next((code for code, _values in parts or () if code), "")


def _error_parts(error: BaseException) -> tuple[tuple[str, Mapping[str, Any]], ...] | None:
    if (first := said_in(error)) is not None:
        return first.parts
    code = getattr(error, "code", "")
    values = dict(getattr(error, "values", {}) or {})
    code = values.get("sentence") or code
    if isinstance(code, str) and (code in CORE_SENTENCES or code in SENTENCES):
        return ((code, values),)
    return _parse(str(error))


def _word(code: str, values: Mapping[str, Any], moment: Moment | None) -> str:
    if not code:
        return str(values.get("text", ""))
    english = SENTENCES.get(code) or CORE_SENTENCES.get(code)
    if english is None:
        return str(values.get("text", code))
    shown = {key: _value(key, value, moment) for key, value in values.items()}
    for key in ACCOUNT_NAMES.get(code, ()):
        if key in shown:  # the trial account among the names: its name in this language
            names = shown[key].split(", ")
            shown[key] = ", ".join(account_name(n, "local") for n in names)
    try:
        return Wording.tr(english).format_map(shown)
    except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder
        return english.format_map(shown)


def _value(key: str, value: Any, moment: Moment | None) -> str:
    if key == "label":  # a provider's setting, translated as the form shows it
        return translate("AccountFields", str(value))
    if key == "field":  # one of the texts core checks (``FIELDS``)
        return Wording.tr(str(value))
    if isinstance(value, Said):  # a sentence inside a sentence (what a profile notice says)
        return sentence(value, moment)
    if isinstance(value, list | tuple):
        items = [str(v) for v in value]
        if len(items) < 2:
            return "".join(items)
        return Wording.tr(CORE_SENTENCES["and"]).format(first=", ".join(items[:-1]), last=items[-1])
    if key in WORDED:  # one of Boundary's own PHRASES, or data that stays as it came
        return ", ".join(Wording.tr(piece) for piece in str(value).split(", "))
    if key in MOMENTS and moment is not None:
        # A core refusal's moment (a datetime, or its ISO text after crossing from the worker)
        # in the front end's date words. A provider's ISO text ("2026-11-30 08:00+00:00", a
        # test's answer) is shown as the provider wrote it, in every language, as before.
        when = value
        if isinstance(value, str) and "T" in value:
            try:
                when = datetime.fromisoformat(value)
            except ValueError:
                return value
        if isinstance(when, datetime) and when.tzinfo is not None:
            return moment(when)
    return str(value)


def _parse(text: str) -> tuple[tuple[str, dict[str, Any]], ...] | None:
    """The codes and values of an English sentence of ``SENTENCES``, or of several one
    after another (as ``Said.joined`` wrote them); None when it is not. Sentences one by
    one come first, so a value does not swallow the sentences after it.

    Only for plain text, which has no codes to read: a message kept by a journal older than
    schema 6, a plugin's plain sentence, an error that came without its ``Said``. A guess: a
    value that holds a sentence ending ("Quota reached. Connected.") reads as two sentences.
    Messages Boundary keeps travel as a ``Said`` and never come here."""
    for end in (m.end() for m in _SENTENCE_END.finditer(text)):
        first = _parse_one(text[: end - 1])
        rest = _parse(text[end:]) if first is not None else None
        if first is not None and rest is not None:
            return (first, *rest)
    whole = _parse_one(text)
    return None if whole is None else (whole,)


_SENTENCE_END = re.compile(r"(?<=[.)!?]) (?=\S)")
"""Where one sentence may end and the next begin."""


def _parse_one(text: str) -> tuple[str, dict[str, Any]] | None:
    for code, pattern in _patterns():
        if found := pattern.fullmatch(text):
            return code, found.groupdict()
    return None


KEPT_WHOLE = ("profile-", "backup-")
"""Codes never matched back from plain text: the profile's sentences and their pieces
("{key}", "has no name") always travel as a ``Said`` (``ProfileError.said``), and would read
too much into a plain sentence."""


@cache
def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    made = []
    for code, english in SENTENCES.items():
        if code.startswith(KEPT_WHOLE):
            continue
        pieces = re.split(r"\{(\w+)\}", english)
        regex, named = "", set()
        for i, piece in enumerate(pieces):
            if i % 2 == 0:
                regex += re.escape(piece)
            else:  # a value said twice is the same both times
                regex += f"(?P={piece})" if piece in named else f"(?P<{piece}>.+?)"
                named.add(piece)
        made.append((code, re.compile(regex, re.S)))
    return made
