"""Bring the translations up to date with the source, then compile them.

    python scripts/update_translations.py          # update .ts files, then compile .qm files
    python scripts/update_translations.py --check  # exit 1 if anything is out of date

1. Words lupdate cannot find in a ``tr()`` are written to a throw-away module for it to
   read. The labels and help texts of every provider's settings (English data in
   providers/, which never import Qt), under the context "AccountFields"; and the standard
   buttons Boundary's dialogs show (Cancel, Close, Yes, No…), under Qt's own context
   "QPlatformTheme", for languages Qt ships no translation of (Indonesian). The ``boundary``
   command's strings (``tr``, ``ntr``, ``mark`` calls in boundary_app/cli/, found with ``ast``,
   and argparse's own words) under "Command", counted ones (``ntr``) as plurals; the
   sentences core and providers say by code (``providers.base.SENTENCES`` and the
   ``PHRASES`` that go into them, ``mark`` in
   boundary_app/wording.py) under "Wording". Both are read without Qt at run time
   (boundary_app/translation.py).
2. ``pyside6-lupdate`` reads every ``tr()`` in the app and updates
   ``resources/translations/boundary_<lang>.ts``: new strings appear there unfinished, for a
   translator to fill in with Qt Linguist (``pyside6-linguist``) or a text editor.
   ``boundary_en.ts`` holds only the plural forms ("1 account" / "2 accounts").
3. ``pyside6-lrelease`` compiles each ``.ts`` into the ``.qm`` file the app loads.

``tests/test_translations.py`` fails when a ``.ts`` has unfinished entries, when a ``.qm``
does not match its ``.ts``, or when the source has strings the ``.ts`` files lack.
"""

from __future__ import annotations

import argparse
import filecmp
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("en", "nl", "id")
"""``en`` carries only plural forms; the others translate everything."""


def tool(name: str) -> str:
    """A Qt tool installed with PySide6, next to this Python or on PATH."""
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if found is None:
        sys.exit(f"{name} was not found; install the test dependencies: pip install -e '.[test]'")
    return found


QT_BUTTONS = ("OK", "Cancel", "Close", "&Yes", "&No")
"""The standard buttons Boundary uses, as Qt words them (QPlatformTheme)."""


def lupdate_words() -> str:
    """The module that lets lupdate see words that are not in a ``tr()`` call."""
    sys.path.insert(0, str(ROOT))
    from boundary_app.providers.registry import ProviderRegistry

    loaded, failures = ProviderRegistry.discover().load_all()
    if failures:
        sys.exit(f"Providers failed to load: {failures}")
    texts: list[str] = []
    for provider in sorted(loaded, key=lambda p: p.kind):
        # the kind's name and description (``boundary providers``), then its settings
        found = [provider.display_name, provider.description]
        found += [text for spec in provider.settings_fields for text in (spec.label, spec.help)]
        texts += [text for text in dict.fromkeys(found) if text and text not in texts]
    lines = [
        "from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication",
        "",
        "WORDS = (",
        *(f'    QT_TRANSLATE_NOOP("AccountFields", {text!r}),' for text in texts),
        *(f'    QT_TRANSLATE_NOOP("QPlatformTheme", {text!r}),' for text in QT_BUTTONS),
        *_marked_lines(),
        ")",
        "",
    ]
    return "\n".join(lines)


def _marked_lines() -> list[str]:
    """The command's and the shared wording's strings, as lupdate reads them."""
    from boundary_app.cli.words import ARGPARSE_WORDS
    from boundary_app.providers.base import PHRASES, SENTENCES

    package = ROOT / "boundary_app"
    found: dict[tuple[str, str], bool] = {}
    for path in sorted((package / "cli").rglob("*.py")):
        for text, counted in marked(path.read_text("utf-8")):
            found[("Command", text)] = found.get(("Command", text), False) or counted
    for text in ARGPARSE_WORDS:
        found.setdefault(("Command", text), False)
    for text in (*SENTENCES.values(), *PHRASES):
        found.setdefault(("Wording", text), False)
    for text, _counted in marked((package / "wording.py").read_text("utf-8")):
        found.setdefault(("Wording", text), False)
    return [
        f"    QCoreApplication.translate({context!r}, {text!r}, None, 1),"
        if counted
        else f"    QT_TRANSLATE_NOOP({context!r}, {text!r}),"
        for (context, text), counted in found.items()
    ]


def marked(source: str) -> list[tuple[str, bool]]:
    """The literal texts of ``tr("…")``, ``mark("…")`` (False) and ``ntr("…", n)`` (True)
    calls in ``source``, in order."""
    import ast

    texts = []
    for node in ast.walk(ast.parse(source)):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
            continue
        if node.func.id not in ("tr", "ntr", "mark") or not node.args:
            continue
        first = node.args[0]
        if isinstance(first, ast.Constant) and isinstance(first.value, str):
            texts.append((first.value, node.func.id == "ntr"))
    return texts


def sources() -> list[Path]:
    ui = sorted((ROOT / "boundary_app" / "ui").rglob("*.py"))
    return [ROOT / "boundary_app" / "app.py", *ui]


def update(out: Path) -> None:
    """Update the .ts files in ``out`` from the source, then compile each to its .qm."""
    with tempfile.TemporaryDirectory() as tmp:
        words = Path(tmp) / "lupdate_words.py"
        words.write_text(lupdate_words(), encoding="utf-8")
        files = [str(p) for p in (*sources(), words)]
        for lang in LANGUAGES:
            ts = out / f"boundary_{lang}.ts"
            extra = ["-pluralonly"] if lang == "en" else []
            subprocess.run(
                [tool("pyside6-lupdate"), *extra, "-no-obsolete", "-locations", "none",
                 "-target-language", lang, *files, "-ts", str(ts)],
                check=True, stdout=subprocess.DEVNULL,
            )  # fmt: skip
            subprocess.run(
                [tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
                check=True,
            )


def check() -> list[str]:
    """The translation files that are out of date; the tree is not touched."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        for existing in TRANSLATIONS.glob("boundary_*.ts"):
            shutil.copy(existing, out / existing.name)
        update(out)
        return [
            produced.name
            for produced in sorted(out.iterdir())
            if not (TRANSLATIONS / produced.name).exists()
            or not filecmp.cmp(TRANSLATIONS / produced.name, produced, shallow=False)
        ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="only say what is out of date")
    args = parser.parse_args()
    if args.check:
        stale = check()
        for name in stale:
            print(f"out of date: {name}")
        return 1 if stale else 0
    update(TRANSLATIONS)
    return 0


if __name__ == "__main__":
    sys.exit(main())
