"""macOS packaging, as far as Linux can check it: the Info.plist and the shell scripts.

The spec writes the macOS Info.plist on every platform (packaging/boundary.spec, WORK/
Info.plist) and hands the same keys to PyInstaller's BUNDLE on macOS, so the Linux freeze
shows what Boundary.app will say about itself. Signing, the dmg and notarization run only
on the release workflow's macOS runners (docs/releasing.md).
"""

from __future__ import annotations

import plistlib
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from boundary_app import __version__
from boundary_app.core.autostart import BUNDLE_ID, MacLaunchAgent
from tests.packaging.conftest import ROOT, LinuxBundle, report, unavailable

SHELL_SCRIPTS = [
    ROOT / "packaging" / "macos" / "build_dmg.sh",
    ROOT / "packaging" / "linux" / "install.sh",
    ROOT / "scripts" / "build_linux_bundle.sh",
    ROOT / "scripts" / "build_deb.sh",
    ROOT / ".ci" / "run",
]


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads the Linux freeze")
def test_the_app_bundle_is_a_menu_bar_app_with_the_launch_agents_identifier(
    linux_bundle: LinuxBundle, tmp_path: Path
) -> None:
    assert linux_bundle.build.returncode == 0, report(linux_bundle.build)
    with (linux_bundle.work / "Info.plist").open("rb") as file:
        info = plistlib.load(file)

    assert info["LSUIElement"] is True  # no Dock icon: it lives in the menu bar
    assert info["CFBundleIdentifier"] == BUNDLE_ID
    # The LaunchAgent that starts Boundary at sign-in carries the same identifier.
    agent = MacLaunchAgent(tmp_path)
    agent.enable(["/Applications/Boundary.app/Contents/MacOS/Boundary"])
    written = agent.read()
    assert written is not None and written["Label"] == info["CFBundleIdentifier"]
    assert agent.path.name == f"{info['CFBundleIdentifier']}.plist"
    assert info["CFBundleShortVersionString"] == info["CFBundleVersion"] == __version__
    assert info["CFBundleExecutable"] == "Boundary"  # Boundary.app/Contents/MacOS/Boundary


def test_the_shell_scripts_pass_shellcheck() -> None:
    """The dmg script runs only on macOS runners: shellcheck is the check it gets here."""
    if shutil.which("shellcheck") is None:
        unavailable("shellcheck is not installed (Debian: apt-get install shellcheck)")
    done = subprocess.run(
        ["shellcheck", *map(str, SHELL_SCRIPTS)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, report(done)
