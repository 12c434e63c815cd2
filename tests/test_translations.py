"""The translations are complete, match the source, and the compiled files match them."""

from __future__ import annotations

import re
import runpy
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
FORMS = {"en": 2, "nl": 2, "id": 1}
"""Plural forms per language, as Qt counts them (Indonesian has one)."""
PLACEHOLDER = re.compile(r"%(?:\d+|n|s)|\{(?:name|return|backups|reason)\}")


def messages(lang: str) -> Iterator[tuple[str, ET.Element]]:
    root = ET.parse(TRANSLATIONS / f"boundary_{lang}.ts").getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def test_the_translations_match_the_source_and_the_compiled_files_match_them() -> None:
    """lupdate finds no new or changed string, and lrelease gives the committed .qm files."""
    update = runpy.run_path(str(ROOT / "scripts" / "update_translations.py"))
    assert update["check"]() == []


@pytest.mark.parametrize("lang", ["nl", "id"])
def test_every_string_is_translated_with_its_placeholders_and_shortcut(lang: str) -> None:
    count = 0
    for context, message in messages(lang):
        count += 1
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        where = f"{context}: {source!r}"
        assert translation.get("type") not in ("unfinished", "vanished", "obsolete"), where
        if message.get("numerus") == "yes":
            forms = [f.text or "" for f in translation.iter("numerusform")]
            assert len(forms) == FORMS[lang], where
        else:
            forms = [translation.text or ""]
        for form in forms:
            assert form.strip(), where
            assert sorted(PLACEHOLDER.findall(form)) == sorted(PLACEHOLDER.findall(source)), where
            assert form.count("&") - form.count("&&") == source.count("&") - source.count("&&"), (
                where
            )
    assert count > 300


def test_english_spells_out_its_plurals() -> None:
    plurals = [(c, m) for c, m in messages("en") if m.get("numerus") == "yes"]
    assert plurals
    for context, message in plurals:
        forms = [f.text or "" for f in message.iter("numerusform")]
        assert len(forms) == FORMS["en"] and all(forms), f"{context}: {message.findtext('source')}"
        assert "(s)" not in "".join(forms)


def test_every_plural_in_the_source_is_marked_as_one() -> None:
    """``tr("%n things", n)`` would pass n as the disambiguation: Qt would never pluralise."""
    for context, message in messages("nl"):
        source = message.findtext("source") or ""
        if "%n" in source:
            assert message.get("numerus") == "yes", f"{context}: {source!r}"


def test_every_context_is_one_the_app_asks_for() -> None:
    """A string filed under a context the code never asks with is never shown translated.

    ``QObject.tr`` asks with the object's class name; lupdate files a module-level ``tr()``
    (or ``app.tr()``) under another name, which is how such strings get lost.
    """
    code = "".join(p.read_text("utf-8") for p in (ROOT / "boundary_app").rglob("*.py"))
    asked = set(re.findall(r"^\s*class (\w+)\b", code, re.M)) | {"AccountFields", "QPlatformTheme"}
    contexts = {context for context, _ in messages("nl")}
    assert contexts <= asked, contexts - asked
