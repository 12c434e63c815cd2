"""The ui package's shape: short functions, a main window that does not know the shell,
windows and dialogs loaded when first opened, not at start-up, and the tray shown before the
profile, the journal and the shell are imported."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import boundary_app.ui
from tests.core.test_layers import HEAVY

UI = Path(boundary_app.ui.__file__).parent
LONGEST = 60


def test_no_function_is_longer_than_sixty_lines() -> None:
    long = [
        f"{path.relative_to(UI)}:{node.lineno} {node.name} ({node.end_lineno - node.lineno + 1})"
        for path in sorted(UI.rglob("*.py"))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        and node.end_lineno is not None
        and node.end_lineno - node.lineno + 1 > LONGEST
    ]
    assert long == []


def test_the_main_window_imports_nothing_of_the_shell() -> None:
    """Not even for type checking: the shell gives the window what it shows."""
    imported: set[str] = set()
    for node in ast.walk(ast.parse((UI / "main_window.py").read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            base = "boundary_app.ui." if node.level else ""
            imported |= {f"{base}{node.module or a.name}" for a in node.names}
        elif isinstance(node, ast.Import):
            imported |= {a.name for a in node.names}
    assert "PySide6.QtWidgets" in imported  # the walk sees its imports
    assert not {name for name in imported if name.startswith("boundary_app.ui.shell")}


def test_starting_the_tray_loads_no_window_or_dialog(tmp_path: Path) -> None:
    code = (
        "import json, sys\n"
        "import boundary_app.app, boundary_app.ui.shell\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.startswith('boundary_app.ui'))))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={**os.environ, "BOUNDARY_HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"},
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    loaded = set(json.loads(done.stdout.splitlines()[-1]))
    assert "boundary_app.ui.shell" in loaded
    opened_later = {
        "boundary_app.ui.main_window",
        "boundary_app.ui.away_dialog",
        "boundary_app.ui.settings",
        "boundary_app.ui.settings.dialog",
        "boundary_app.ui.stats_window",
        "boundary_app.ui.check_popup",
        "boundary_app.ui.widgets",
    }
    assert not loaded & opened_later


STARTS = """
import json, sys
from PySide6.QtCore import QTimeZone
from boundary_app import app
from boundary_app.ui import first_show

asked = []
zone = QTimeZone.systemTimeZoneId
QTimeZone.systemTimeZoneId = staticmethod(lambda: asked.append(1) or zone())
shown = {}
original = first_show.FirstShow.__init__

def init(self, *args, **kwargs):
    original(self, *args, **kwargs)
    shown["loaded"] = sorted(m for m in sys.modules if m.startswith("boundary_app"))

first_show.FirstShow.__init__ = init
code = app.run(["--self-test"])
loaded = sorted(m for m in sys.modules if m.startswith("boundary_app"))
heavy = sorted({m.split(".")[0] for m in sys.modules} & set(HEAVY))
print(json.dumps({
    "code": code, "at_first": shown["loaded"], "later": loaded, "zone": len(asked), "heavy": heavy,
    "children": "subprocess" in sys.modules,
}))
"""


def start(home: Path) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", f"HEAVY = {HEAVY!r}\n" + textwrap.dedent(STARTS)],
        capture_output=True,
        text=True,
        env={**os.environ, "BOUNDARY_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, object] = json.loads(done.stdout.splitlines()[-1])
    return result


OPENED_AFTER = (
    "boundary_app.core.service",
    "boundary_app.core.journal",
    "boundary_app.core.reconciler",
    "boundary_app.core.checks",
    "boundary_app.core.profile",
    "boundary_app.providers.registry",
    "boundary_app.ui.controller",
    "boundary_app.ui.shell",
)


def test_the_tray_is_shown_before_the_profile_journal_and_shell_are_imported(
    tmp_path: Path,
) -> None:
    """Tray first (``ui/first_show.py``): what the tray showed last is shown before the rest
    of the app is imported; the self-test's providers' check runs in a worker, so even then
    the tray loads no mail library."""
    home = tmp_path / "home"
    first = start(home)
    assert first["code"] == 0
    assert first["heavy"] == []
    # The wall-clock alarm finds libc without ``ctypes.util`` (``ldconfig -p`` in a child
    # process, and ``subprocess``, ``shutil`` and ``tempfile``: 1.5 MiB of the tray's memory).
    assert first["children"] is False
    assert first["zone"] == 1  # the profile was made: its zone is the system's
    assert not set(OPENED_AFTER) & set(first["at_first"])  # type: ignore[arg-type]
    assert set(OPENED_AFTER) <= set(first["later"])  # type: ignore[arg-type]
    assert json.loads((home / "data" / "tray-state.json").read_text(encoding="utf-8"))["status"]

    second = start(home)
    assert second["code"] == 0
    assert second["zone"] == 0  # the profile exists: the system's zone is not asked
    assert "boundary_app.ui.main_window" in second["at_first"]  # no tray: the window, first
    assert not set(OPENED_AFTER) & set(second["at_first"])  # type: ignore[arg-type]
