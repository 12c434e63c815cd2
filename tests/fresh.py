"""Code run in a new interpreter, as a command or the app starts: what it loads is its own."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any


def run_fresh(code: str, home: Path | None = None) -> Any:
    """Run ``code`` (dedented) in a new interpreter, with ``BOUNDARY_HOME`` at ``home`` when
    given; it prints one JSON value as its last line, which this returns."""
    env = None if home is None else {**os.environ, "BOUNDARY_HOME": str(home)}
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.splitlines()[-1])
