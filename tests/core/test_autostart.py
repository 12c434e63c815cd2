"""Start at sign-in: each backend writes where its system looks, here a temp folder or a fake
registry; nothing outside the test's own folder is touched."""

from __future__ import annotations

import plistlib
import sys
from pathlib import Path

import pytest

from boundary_app.core import autostart
from boundary_app.core.autostart import (
    RUN_KEY,
    AutostartError,
    MacLaunchAgent,
    Unsupported,
    WindowsRunKey,
    WinRegLayer,
    XdgAutostart,
    desktop_exec,
    for_platform,
    launch_command,
    windows_command_line,
)
from tests.fakes import DictRegistry

COMMAND = ["/opt/My Apps/Boundary/boundary"]


class BrokenRegistry(DictRegistry):
    def set(self, name: str, value: str) -> None:
        raise PermissionError(5, "Access is denied")


# --- Windows --------------------------------------------------------------------------------


def test_windows_writes_one_run_value_and_removes_it() -> None:
    registry = DictRegistry()
    registry.set("OneDrive", '"C:\\OneDrive.exe" /background')
    backend = WindowsRunKey(registry)
    assert not backend.enabled()

    backend.enable(["C:\\Users\\Ana Silva\\AppData\\Local\\Programs\\Boundary\\Boundary.exe"])
    assert backend.enabled()
    assert registry.values["Boundary"] == (
        '"C:\\Users\\Ana Silva\\AppData\\Local\\Programs\\Boundary\\Boundary.exe"'
    )
    backend.enable(["C:\\Python\\pythonw.exe", "-m", "boundary_app"])  # replaces, no second
    assert registry.values["Boundary"] == '"C:\\Python\\pythonw.exe" -m boundary_app'

    backend.disable()
    backend.disable()  # already gone: nothing happens
    assert not backend.enabled()
    assert registry.values == {"OneDrive": '"C:\\OneDrive.exe" /background'}
    assert backend.location == f"HKEY_CURRENT_USER\\{RUN_KEY}\\Boundary"


def test_windows_command_line_quotes_the_program_like_the_installer() -> None:
    # packaging/windows/boundary.iss writes """{app}\Boundary.exe""", i.e. "…\Boundary.exe".
    assert windows_command_line(["C:\\B\\Boundary.exe"]) == '"C:\\B\\Boundary.exe"'
    assert windows_command_line(["C:\\B\\b.exe", "a b", "c"]) == '"C:\\B\\b.exe" "a b" c'


def test_a_registry_error_is_reported_in_words() -> None:
    backend = WindowsRunKey(BrokenRegistry())
    with pytest.raises(AutostartError, match="Access is denied"):
        backend.enable(["C:\\B\\Boundary.exe"])
    assert not backend.enabled()


@pytest.mark.skipif(sys.platform == "win32", reason="would use the real registry")
def test_elsewhere_the_registry_backend_is_off_and_says_why() -> None:
    backend = WindowsRunKey(WinRegLayer())
    assert not backend.enabled()
    with pytest.raises(AutostartError, match="no Windows registry"):
        backend.enable(["C:\\B\\Boundary.exe"])
    with pytest.raises(AutostartError, match="no Windows registry"):
        backend.disable()


# --- macOS ---------------------------------------------------------------------------------


def test_macos_launch_agent_runs_the_command_at_load(tmp_path: Path) -> None:
    folder = tmp_path / "Library" / "LaunchAgents"
    backend = MacLaunchAgent(folder)
    assert not backend.enabled()

    command = ["/Applications/Boundary.app/Contents/MacOS/Boundary"]
    backend.enable(command)
    path = folder / "io.github.boundary-app.Boundary.plist"
    assert backend.location == str(path)
    agent = plistlib.loads(path.read_bytes())
    assert agent["Label"] == "io.github.boundary-app.Boundary"
    assert agent["ProgramArguments"] == command
    assert agent["RunAtLoad"] is True
    assert "KeepAlive" not in agent  # quitting Boundary must not restart it
    assert backend.enabled()

    backend.disable()
    assert not path.exists()
    assert not backend.enabled()
    backend.disable()


@pytest.mark.parametrize(
    "content", [b"not a plist", plistlib.dumps({"Label": "x", "Disabled": True})]
)
def test_macos_a_damaged_or_disabled_agent_is_not_enabled(tmp_path: Path, content: bytes) -> None:
    backend = MacLaunchAgent(tmp_path)
    backend.path.write_bytes(content)
    assert not backend.enabled()
    backend.enable(["/B"])  # and enabling repairs it
    assert backend.enabled()


# --- Linux -----------------------------------------------------------------------------------


def read_entry(path: Path) -> dict[str, str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    return dict(line.split("=", 1) for line in lines[1:] if line)


def test_linux_desktop_entry_in_the_autostart_folder(tmp_path: Path) -> None:
    folder = tmp_path / "config" / "autostart"
    backend = XdgAutostart(folder)
    assert not backend.enabled()

    backend.enable(COMMAND)
    path = folder / "boundary.desktop"
    entry = read_entry(path)
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Boundary"
    assert entry["Exec"] == '"/opt/My Apps/Boundary/boundary"'
    assert entry["Terminal"] == "false"
    assert backend.enabled()

    backend.disable()
    assert not path.exists()
    assert not backend.enabled()


@pytest.mark.parametrize("line", ["Hidden=true", "X-GNOME-Autostart-enabled=false"])
def test_linux_an_entry_switched_off_by_the_desktop_is_not_enabled(
    tmp_path: Path, line: str
) -> None:
    backend = XdgAutostart(tmp_path)
    backend.enable(COMMAND)
    backend.path.write_text(
        backend.path.read_text().replace("X-GNOME-Autostart-enabled=true\n", "") + line + "\n"
    )
    assert not backend.enabled()
    backend.enable(COMMAND)
    assert backend.enabled()


def split_exec(value: str) -> list[str]:
    """How a desktop reads an Exec value: string unescaping, then the spec's quoting rules."""
    text = value.replace("\\\\", "\\")
    args: list[str] = []
    current, quoted, i = "", False, 0
    while i < len(text):
        char = text[i]
        if quoted and char == "\\" and text[i + 1] in '"`$\\':
            current, i = current + text[i + 1], i + 2
            continue
        if char == '"':
            quoted = not quoted
        elif char == " " and not quoted:
            args.append(current)
            current = ""
        elif char == "%":
            assert text[i + 1] == "%", "a stray field code"
            current, i = current + "%", i + 2
            continue
        else:
            current += char
        i += 1
    assert not quoted
    return [*args, current]


@pytest.mark.parametrize(
    "command",
    [
        ["/usr/bin/boundary-app"],
        ["/home/ana/.local/bin/boundary-app"],
        ["/opt/My Apps/python3", "-m", "boundary_app"],
        ['/tmp/we"ird $HOME `x` back\\slash 100%/boundary'],
    ],
)
def test_linux_exec_reads_back_as_the_same_arguments(command: list[str]) -> None:
    value = desktop_exec(command)
    assert split_exec(value) == command
    assert "%" not in value.replace("%%", "")  # no stray field codes


# --- choosing -------------------------------------------------------------------------------


def test_for_platform_writes_under_the_given_home(tmp_path: Path) -> None:
    home = tmp_path / "ana"
    mac = for_platform("darwin", environ={}, home=home)
    assert isinstance(mac, MacLaunchAgent)
    assert mac.path.parent == home / "Library" / "LaunchAgents"

    linux = for_platform("linux", environ={"XDG_CONFIG_HOME": str(tmp_path / "xdg")}, home=home)
    assert isinstance(linux, XdgAutostart)
    assert linux.path == tmp_path / "xdg" / "autostart" / "boundary.desktop"

    relative = for_platform("linux", environ={"XDG_CONFIG_HOME": "rel"}, home=home)
    assert isinstance(relative, XdgAutostart)
    assert relative.path == home / ".config" / "autostart" / "boundary.desktop"

    assert isinstance(for_platform("win32", environ={}, home=home), WindowsRunKey)

    other = for_platform("haiku1", environ={}, home=home)
    assert isinstance(other, Unsupported)
    assert not other.supported
    assert not other.enabled()
    other.disable()
    with pytest.raises(AutostartError, match="not supported on haiku1"):
        other.enable(COMMAND)
    assert not home.exists()  # choosing writes nothing


def test_for_platform_defaults_to_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(autostart.sys, "platform", "linux")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    backend = for_platform()
    assert isinstance(backend, XdgAutostart)
    assert backend.path.is_relative_to(tmp_path)


def test_the_frozen_app_starts_its_own_executable(tmp_path: Path) -> None:
    exe = tmp_path / "Boundary" / "Boundary.exe"
    assert launch_command(frozen=True, executable=str(exe)) == [str(exe)]


def test_a_pip_install_starts_its_boundary_app_script(tmp_path: Path) -> None:
    venv_bin, user_bin = tmp_path / "venv" / "bin", tmp_path / "user" / "bin"
    user_bin.mkdir(parents=True)
    (user_bin / "boundary-app").write_text("#!/bin/sh\n")
    folders = [venv_bin, user_bin]
    assert launch_command(frozen=False, platform="linux", script_folders=folders) == [
        str(user_bin / "boundary-app")
    ]
    venv_bin.mkdir(parents=True)
    (venv_bin / "boundary-app").write_text("#!/bin/sh\n")
    assert launch_command(frozen=False, platform="linux", script_folders=folders) == [
        str(venv_bin / "boundary-app")
    ]


def test_without_a_script_python_runs_the_module(tmp_path: Path) -> None:
    python = tmp_path / "python.exe"
    pythonw = tmp_path / "pythonw.exe"
    pythonw.write_text("")
    assert launch_command(
        frozen=False, executable=str(python), platform="win32", script_folders=[]
    ) == [str(pythonw), "-m", "boundary_app"]
    assert launch_command(
        frozen=False, executable="/usr/bin/python3", platform="linux", script_folders=[]
    ) == ["/usr/bin/python3", "-m", "boundary_app"]


def test_this_environment_has_a_command() -> None:
    command = launch_command()
    assert command
    assert Path(command[0]).is_absolute()
