"""``boundary-app`` as a process: self-test, and one instance per user."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from boundary_app.core.instance import app_running
from boundary_app.core.paths import AppPaths


def app_env() -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def test_self_test_loads_everything_and_exits_cleanly(home: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "boundary_app", "--self-test"],
        capture_output=True,
        text=True,
        env=app_env(),
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "providers: exchange, gmail, imap, local, m365" in done.stdout
    assert (home / "config" / "profile.toml").exists()


def wait_for(condition: object, deadline: float) -> bool:
    """Poll a process-level condition (not the clock of the app) until a deadline."""
    while time.monotonic() < deadline:
        if condition():  # type: ignore[operator]
            return True
        time.sleep(0.05)
    return False


def test_a_second_start_asks_the_first_to_show_itself_and_exits(home: Path) -> None:
    paths = AppPaths.from_environment()
    first = subprocess.Popen(
        [sys.executable, "-m", "boundary_app"],
        env=app_env(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        log = paths.log_dir / "app.log"
        assert wait_for(
            lambda: log.exists() and "started" in log.read_text(), time.monotonic() + 30
        ), "the first instance did not start"
        assert app_running(paths.app_lock)
        second = subprocess.run(
            [sys.executable, "-m", "boundary_app"],
            env=app_env(),
            capture_output=True,
            timeout=60,
            check=False,
        )
        assert second.returncode == 0
        assert wait_for(
            lambda: "asked Boundary to show itself" in log.read_text(), time.monotonic() + 10
        )
        assert first.poll() is None, "the first instance must keep running"
    finally:
        first.terminate()
        first.wait(timeout=10)
    assert not app_running(paths.app_lock)
