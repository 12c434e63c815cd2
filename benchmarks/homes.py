"""Boundary's files for the benchmarks: a ``BOUNDARY_HOME`` set up the way a person's is.

``set_up_home`` makes the profile through the ``boundary`` command, then answers the
first-run questions the way a person does once: a name, an email address and a backup
(so the first-run welcome notification is not shown) and the start-at-sign-in question
answered ("Not now", so nothing is written to the system's autostart folder). Then the
tray app starts as it does every day after the first, with no dialog or notification of
its own.
"""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import tomli_w

NAME = "Ana Silva"
EMAIL = "ana@example.com"
BACKUP = {"name": "Sam Lee", "email": "sam@example.com", "phone": "+31 6 1234 5678"}


class SetUpFailed(Exception):
    """The ``boundary`` command refused a set-up step; the message has its output."""


def cli_command() -> list[str]:
    """The ``boundary`` command as a person runs it: the console script next to this Python
    (``python -m boundary_app.cli`` where there is none)."""
    scripts = Path(sys.executable).parent
    for name in ("boundary", "boundary.exe"):
        if (scripts / name).exists():
            return [str(scripts / name)]
    return [sys.executable, "-m", "boundary_app.cli"]


def boundary(
    env: dict[str, str], *args: str, stdin: str | None = None, check: bool = True
) -> subprocess.CompletedProcess[str]:
    """Run ``boundary ARGS`` with ``env``; raises ``SetUpFailed`` on a non-zero exit if
    ``check``."""
    result = subprocess.run(
        [*cli_command(), *args],
        env=env,
        input=stdin,
        stdin=None if stdin is not None else subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    if check and result.returncode != 0:
        raise SetUpFailed(
            f"boundary {' '.join(args)} exited {result.returncode}:\n"
            f"{result.stdout}{result.stderr}".rstrip()
        )
    return result


def set_up_home(home: Path, env: dict[str, str]) -> Path:
    """Make the profile in ``home`` and answer the first-run questions; returns its path."""
    env = {**env, "BOUNDARY_HOME": str(home)}
    boundary(env, "status")  # creates the profile and the journal
    profile = Path(boundary(env, "profile", "path").stdout.strip())
    doc = tomllib.loads(profile.read_text(encoding="utf-8"))
    doc.setdefault("identity", {}).update(name=NAME, email=EMAIL)
    doc["backups"] = [dict(BACKUP)]
    doc.setdefault("preferences", {})["asked_start_at_login"] = True
    profile.write_text(tomli_w.dumps(doc), encoding="utf-8")
    boundary(env, "profile", "validate")
    return profile
