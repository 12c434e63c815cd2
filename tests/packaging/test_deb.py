"""The Debian package (scripts/build_deb.sh), installed with apt on this machine and removed.

Installing changes the system, so that test needs root and apt (CI runs as root), and it
will not touch a ``boundary`` package that is already installed: someone's real Boundary.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from boundary_app import __version__
from boundary_app.providers.registry import BUILTIN
from tests.packaging.conftest import ROOT, LinuxBundle, report, unavailable

BUILD_DEB = ROOT / "scripts" / "build_deb.sh"
MiB = 1024 * 1024
SYSTEM_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
APT = ["apt-get", "-y", "-q", "-o", "DPkg::Lock::Timeout=300"]


def run(command: list[str], **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command,
        env={**os.environ, "DEBIAN_FRONTEND": "noninteractive", **env},
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )


def installed_version() -> str | None:
    done = run(["dpkg-query", "-W", "-f", "${db:Status-Status} ${Version}", "boundary"])
    status, _, version = done.stdout.partition(" ")
    return version if done.returncode == 0 and status == "installed" else None


@pytest.fixture(scope="module")
def deb(request: pytest.FixtureRequest) -> Path:
    missing = [tool for tool in ("apt-get", "dpkg-deb", "objdump") if shutil.which(tool) is None]
    if missing:
        unavailable(f"builds a Debian package; {', '.join(missing)} missing (Debian: binutils)")
    linux_bundle: LinuxBundle = request.getfixturevalue("linux_bundle")  # after the checks
    assert linux_bundle.build.returncode == 0, report(linux_bundle.build)
    done = run(["bash", str(BUILD_DEB), str(linux_bundle.folder), str(linux_bundle.out)])
    assert done.returncode == 0, report(done)
    print(done.stdout)  # size, packing time, Depends; shown with -s or -rP
    arch = run(["dpkg", "--print-architecture"]).stdout.strip()
    return linux_bundle.out / f"boundary_{__version__}_{arch}.deb"


@pytest.mark.slow
def test_the_package_is_small_and_names_what_it_needs(deb: Path) -> None:
    assert deb.stat().st_size < 70 * MiB, f"the package grew to {deb.stat().st_size // MiB} MiB"
    fields = run(["dpkg-deb", "--field", str(deb), "Package", "Version", "Depends"]).stdout
    assert f"Version: {__version__}\n" in fields
    depends = re.search(r"^Depends: (.*)$", fields, re.M)
    assert depends is not None, fields
    assert re.search(r"\blibc6 \(>= 2\.\d+\)", depends.group(1)), depends.group(1)
    assert "libxcb1" in depends.group(1)  # Qt's X11 platform, not in the bundle


def check_installed(listing: list[Path], home: Path) -> None:
    """Both commands run from PATH; the menu entry and icon are where desktops look."""
    env = {"PATH": SYSTEM_PATH, "BOUNDARY_HOME": str(home / "boundary"), "HOME": str(home)}
    assert shutil.which("boundary-app", path=SYSTEM_PATH) == "/usr/bin/boundary-app"
    assert shutil.which("boundary", path=SYSTEM_PATH) == "/usr/bin/boundary"
    assert Path("/usr/share/applications/boundary.desktop") in listing
    assert Path("/usr/share/icons/hicolor/256x256/apps/boundary.png") in listing

    self_test = run(["boundary-app", "--self-test"], QT_QPA_PLATFORM="offscreen", **env)
    assert self_test.returncode == 0, report(self_test)
    providers = re.search(r"^self-test: .* loaded; providers: (.*)$", self_test.stdout, re.M)
    assert providers and set(BUILTIN) <= set(providers.group(1).split(", ")), self_test.stdout

    version = run(["boundary", "--version"], **env)
    assert (version.returncode, version.stdout) == (0, f"boundary {__version__}\n"), version


@pytest.mark.slow
def test_apt_installs_it_both_commands_run_and_remove_leaves_nothing(
    deb: Path, tmp_path: Path
) -> None:
    if os.geteuid() != 0:
        unavailable("installs a Debian package with apt-get: needs root (CI runs as root)")
    if (version := installed_version()) is not None:
        unavailable(f"a boundary package ({version}) is installed here already; not replaced")
    installed = run([*APT, "install", "--no-install-recommends", str(deb)])
    assert installed.returncode == 0, report(installed)
    try:
        listing = [Path(p) for p in run(["dpkg-query", "-L", "boundary"]).stdout.splitlines()]
        assert Path("/opt/boundary/boundary-app") in listing
        check_installed(listing, tmp_path)
    finally:
        removed = run([*APT, "remove", "boundary"])
    assert removed.returncode == 0, report(removed)

    left = [p for p in listing if p.is_symlink() or (p.exists() and not p.is_dir())]
    assert left == []
    assert not Path("/opt/boundary").exists()  # nor anything the app wrote there
    status = run(["dpkg-query", "-W", "-f", "${db:Status-Abbrev}", "boundary"]).stdout
    assert installed_version() is None and not status.startswith("rc"), status
