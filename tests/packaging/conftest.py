"""The frozen Linux bundle, built once per test session for the tests that need it.

The installer tests need tools a developer machine may lack (Wine, Inno Setup's compiler,
root for apt, shellcheck): without them they skip with the reason, unless
BOUNDARY_REQUIRE_INSTALLERS=1 (.ci/run sets it), where they fail instead.
"""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BUILD_BUNDLE = ROOT / "scripts" / "build_linux_bundle.sh"


def unavailable(reason: str) -> None:
    """Skip the test for a missing tool, or fail when CI requires the installer tests."""
    if os.environ.get("BOUNDARY_REQUIRE_INSTALLERS") == "1":
        pytest.fail(f"{reason}, and BOUNDARY_REQUIRE_INSTALLERS=1 requires it", pytrace=False)
    pytest.skip(reason)


def report(done: subprocess.CompletedProcess[str]) -> str:
    """A failed command's exit code and the ends of its output, for assertion messages."""
    return (
        f"{done.args!r} exited {done.returncode}\n"
        f"stdout:\n{done.stdout[-4000:]}\nstderr:\n{done.stderr[-4000:]}"
    )


@dataclass(frozen=True)
class LinuxBundle:
    out: Path  # the folder given to build_linux_bundle.sh
    build: subprocess.CompletedProcess[str]  # its run: build time, sizes, self-test output

    @property
    def folder(self) -> Path:
        return self.out / "dist" / "Boundary"

    @property
    def work(self) -> Path:
        """PyInstaller's work folder for the spec (icons, the macOS Info.plist)."""
        return self.out / "work" / "boundary"


@pytest.fixture(scope="session")
def linux_bundle(tmp_path_factory: pytest.TempPathFactory) -> LinuxBundle:
    """scripts/build_linux_bundle.sh run once: the freeze takes one to two minutes."""
    if not sys.platform.startswith("linux"):
        pytest.skip("builds the Linux bundle")
    out = tmp_path_factory.mktemp("bundle")
    done = subprocess.run(
        ["bash", str(BUILD_BUNDLE), str(out)],
        env={**os.environ, "PYTHON": sys.executable},
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    return LinuxBundle(out, done)
