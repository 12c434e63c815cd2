"""The ui package's shape: short functions, a main window that does not know the shell, and
windows and dialogs loaded when first opened, not at start-up."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

import boundary_app.ui

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
