"""The Windows installer (packaging/windows/boundary.iss), compiled and run under Wine.

Inno Setup's compiler comes from the npm registry's ``innosetup`` package (.ci/run installs
it into a cache folder; BOUNDARY_ISCC names ISCC.exe elsewhere). The bundle is a stand-in:
small files named as the frozen app's are (the real one needs Windows to build).

Wine has no display here, so the prefix uses Wine's null graphics driver: without it every
window Setup creates, even hidden, fails ("A call to an OS function failed"). Wine does not
know the per-user program folder (FOLDERID_UserProgramFiles, which ``{autopf}`` is in a
per-user install), so the install test compiles a copy of the script that names the same
folder as ``{localappdata}\\Programs``. docs/releasing.md has the details.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from boundary_app import __version__
from boundary_app.core.autostart import RUN_KEY, windows_command_line
from tests.packaging.conftest import ROOT, report, unavailable
from tests.packaging.test_icons import load_make_icons

SCRIPT = ROOT / "packaging" / "windows" / "boundary.iss"
_CACHE = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
ISCC = Path(  # where .ci/run puts it
    os.environ.get("BOUNDARY_ISCC")
    or _CACHE / "boundary-ci/innosetup-6.4.1/node_modules/innosetup/bin/ISCC.exe"
)
SILENT = ("/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART")
BUNDLE_FILES = (
    "Boundary.exe",
    "_internal/base_library.zip",
    "_internal/python311.dll",
    "_internal/PySide6/Qt6Core.dll",
    "_internal/boundary_app/resources/icons/boundary.svg",
)


@dataclass(frozen=True)
class Wine:
    prefix: Path

    def run(self, *args: str | Path, program: str = "wine") -> subprocess.CompletedProcess[str]:
        env = {
            **os.environ,
            "WINEPREFIX": str(self.prefix),
            "WINEDEBUG": "-all",
            "WINEDLLOVERRIDES": "mscoree,mshtml=",  # no Mono or Gecko to install
        }
        return subprocess.run(
            [program, *map(str, args)],
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )

    def windows(self, path: Path) -> str:
        return "Z:" + str(path).replace("/", "\\")

    def unix(self, path: str) -> Path:
        return Path(self.run("-u", path, program="winepath").stdout.strip())

    def environment(self, name: str) -> str:
        return self.run("cmd", "/c", f"echo %{name}%").stdout.strip()

    def run_value(self) -> str | None:
        """HKCU\\...\\Run\\Boundary, read back with Wine's reg.exe; None when there is none."""
        done = self.run("reg", "query", f"HKCU\\{RUN_KEY}", "/v", "Boundary")
        for line in done.stdout.splitlines():
            if "REG_SZ" in line:
                return line.split("REG_SZ", 1)[1].strip()
        return None


@pytest.fixture(scope="module")
def wine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Wine]:
    if shutil.which("wine") is None:
        unavailable("Wine is not installed (Debian: wine wine32:i386, see .ci/run)")
    if not ISCC.is_file():
        unavailable(f"no Inno Setup compiler at {ISCC} (npm install innosetup; see .ci/run)")
    wine = Wine(tmp_path_factory.mktemp("wine"))
    assert wine.run("-i", program="wineboot").returncode == 0
    driver = wine.run("reg", "add", r"HKCU\Software\Wine\Drivers", "/v", "Graphics", "/d", "null")
    assert driver.returncode == 0, report(driver)
    wine.run("-w", program="wineserver")
    yield wine
    wine.run("-k", program="wineserver")  # this prefix's server only


@pytest.fixture(scope="module")
def icon(tmp_path_factory: pytest.TempPathFactory, qapp: object) -> Path:
    return Path(load_make_icons().make_icons(tmp_path_factory.mktemp("icons"))["ico"])


def stand_in_bundle(folder: Path, version: str, *extra: str) -> Path:
    for name in (*BUNDLE_FILES, *extra):
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(f"{name} of Boundary {version}\n")
    return folder


def compile_setup(wine: Wine, script: Path, version: str, bundle: Path, icon: Path) -> Path:
    out = bundle.parent / "setup"
    done = wine.run(
        ISCC,
        "/Q",
        f"/DAppVersion={version}",
        f"/DSourceDir={wine.windows(bundle)}",
        f"/DOutputDir={wine.windows(out)}",
        f"/DIconFile={wine.windows(icon)}",
        wine.windows(script),
    )
    assert done.returncode == 0, report(done)
    return out / f"Boundary-{version}-setup.exe"


@pytest.mark.slow
def test_the_installer_script_compiles(wine: Wine, icon: Path, tmp_path: Path) -> None:
    bundle = stand_in_bundle(tmp_path / "Boundary", __version__)
    setup = compile_setup(wine, SCRIPT, __version__, bundle, icon)
    assert setup.read_bytes()[:2] == b"MZ"  # a Windows program


def wine_script(folder: Path) -> Path:
    """boundary.iss with {autopf} spelled out for a per-user install, which Wine cannot."""
    text = SCRIPT.read_text(encoding="utf-8")
    line = "DefaultDirName={autopf}\\Boundary\n"
    assert text.count(line) == 1, "the script's DefaultDirName changed; update this test"
    script = folder / "boundary-wine.iss"
    script.write_text(text.replace(line, "DefaultDirName={localappdata}\\Programs\\Boundary\n"))
    return script


def installed_files(folder: Path) -> set[str]:
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}


@pytest.mark.slow
def test_a_per_user_install_upgrades_in_place_and_uninstalls(
    wine: Wine, icon: Path, tmp_path: Path
) -> None:
    script = wine_script(tmp_path)
    old = stand_in_bundle(tmp_path / "1.0.0" / "Boundary", "1.0.0", "_internal/python310.dll")
    new = stand_in_bundle(tmp_path / "1.1.0" / "Boundary", "1.1.0")
    setup_old = compile_setup(wine, script, "1.0.0", old, icon)
    setup_new = compile_setup(wine, script, "1.1.0", new, icon)
    local = wine.environment("LOCALAPPDATA")  # C:\users\<user>\AppData\Local
    app = wine.unix(local + r"\Programs\Boundary")
    shortcut = wine.unix(wine.environment("APPDATA") + r"\Microsoft\Windows\Start Menu\Programs")
    log = tmp_path / "setup.log"

    # A silent per-user install with the start-at-sign-in task.
    tasks = "/TASKS=startatlogin"
    done = wine.run(setup_old, *SILENT, "/CURRENTUSER", tasks, f"/LOG={wine.windows(log)}")
    assert done.returncode == 0, log.read_text(encoding="utf-8-sig", errors="replace")
    assert "Administrative install mode: No" in log.read_text(encoding="utf-8-sig")
    assert installed_files(app) == {*installed_files(old), "unins000.exe", "unins000.dat"}
    assert (shortcut / "Boundary.lnk").is_file()
    # Exactly what the app's own setting writes for a frozen build (core/autostart.py).
    assert wine.run_value() == windows_command_line([local + r"\Programs\Boundary\Boundary.exe"])

    profile = wine.unix(local + r"\boundary") / "profile.toml"
    profile.parent.mkdir(parents=True)
    profile.write_text("# the person's settings\n")

    # A newer version in place, silently, without /TASKS: the sign-in entry stays.
    assert wine.run(setup_new, *SILENT, "/CURRENTUSER").returncode == 0
    assert installed_files(app) == {*installed_files(new), "unins000.exe", "unins000.dat"}
    assert (app / "Boundary.exe").read_text() == "Boundary.exe of Boundary 1.1.0\n"
    assert wine.run_value() is not None

    # The uninstaller hands over to a copy of itself and returns: wait for the prefix.
    assert wine.run(app / "unins000.exe", *SILENT).returncode == 0
    wine.run("-w", program="wineserver")
    assert not app.exists()
    assert not (shortcut / "Boundary.lnk").exists()
    assert wine.run_value() is None
    assert profile.read_text() == "# the person's settings\n"  # kept: nobody asked to delete
