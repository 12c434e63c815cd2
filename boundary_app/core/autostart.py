"""Start Boundary when the person signs in: one small backend per operating system.

- Windows: the value ``Boundary`` under ``HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run``
  (the Windows installer's "Start Boundary when I sign in" task writes the same value).
- macOS: a LaunchAgent, ``~/Library/LaunchAgents/<BUNDLE_ID>.plist``, run at load.
- Linux and other XDG desktops: ``$XDG_CONFIG_HOME/autostart/boundary.desktop``.

The entry in the operating system is the truth: ``enabled()`` reads it every time, so a
person who removes it in the system's own settings sees that in Boundary too. Every backend
takes the place it writes to as an argument, so tests point it at a temporary folder or a
fake registry and never touch the real ones. No Qt here.
"""

from __future__ import annotations

import os
import shutil
import sys
import sysconfig
from abc import ABC, abstractmethod
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, Protocol

from boundary_app import APP_NAME

ENTRY_NAME = "Boundary"
"""The registry value name on Windows (and the desktop entry's Name on Linux)."""

BUNDLE_ID = "io.github.boundary-app.Boundary"
"""macOS bundle identifier, also the LaunchAgent's label (packaging/boundary.spec uses it)."""

RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"


class AutostartError(OSError):
    """The entry could not be written or removed; the message says why, in words."""


class Autostart(ABC):
    """Start-at-login for one operating system."""

    supported = True

    @abstractmethod
    def enabled(self) -> bool:
        """Whether the system will start Boundary at the next sign-in."""

    @abstractmethod
    def enable(self, command: Sequence[str]) -> None:
        """Start ``command`` (program and arguments) at sign-in; replaces an older entry."""

    @abstractmethod
    def disable(self) -> None:
        """Remove the entry; nothing happens if there is none."""

    @property
    @abstractmethod
    def location(self) -> str:
        """Where the entry lives, for logs and error messages."""


# --- Windows ----------------------------------------------------------------------------------


class RegistryLayer(Protocol):
    """The few registry operations the Windows backend needs, on one key."""

    def get(self, name: str) -> str | None: ...

    def set(self, name: str, value: str) -> None: ...

    def delete(self, name: str) -> None: ...


class WinRegLayer:
    """``RegistryLayer`` on a key under HKEY_CURRENT_USER, through ``winreg`` (Windows only)."""

    def __init__(self, key: str = RUN_KEY) -> None:
        self.key = key

    def get(self, name: str) -> str | None:
        if sys.platform != "win32":
            raise OSError("There is no Windows registry on this system.")
        import winreg  # imported when used

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, self.key) as handle:
                value, _kind = winreg.QueryValueEx(handle, name)
        except FileNotFoundError:
            return None
        return str(value)

    def set(self, name: str, value: str) -> None:
        if sys.platform != "win32":
            raise OSError("There is no Windows registry on this system.")
        import winreg

        with winreg.CreateKeyEx(winreg.HKEY_CURRENT_USER, self.key, 0, winreg.KEY_SET_VALUE) as h:
            winreg.SetValueEx(h, name, 0, winreg.REG_SZ, value)

    def delete(self, name: str) -> None:
        if sys.platform != "win32":
            raise OSError("There is no Windows registry on this system.")
        import winreg

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, self.key, 0, winreg.KEY_SET_VALUE) as h:
                winreg.DeleteValue(h, name)
        except FileNotFoundError:
            pass


def windows_command_line(command: Sequence[str]) -> str:
    """The program always in double quotes (as the installer writes it), then the arguments."""
    import subprocess  # for list2cmdline; only Windows needs it

    program, *arguments = command
    line = f'"{program}"'
    return f"{line} {subprocess.list2cmdline(arguments)}" if arguments else line


class WindowsRunKey(Autostart):
    def __init__(self, registry: RegistryLayer | None = None, name: str = ENTRY_NAME) -> None:
        self.registry: RegistryLayer = registry if registry is not None else WinRegLayer()
        self.name = name

    def enabled(self) -> bool:
        try:
            return bool(self.registry.get(self.name))
        except OSError:
            return False

    def enable(self, command: Sequence[str]) -> None:
        try:
            self.registry.set(self.name, windows_command_line(command))
        except OSError as error:
            raise AutostartError(f"{self.location}: {error}") from error

    def disable(self) -> None:
        try:
            self.registry.delete(self.name)
        except OSError as error:
            raise AutostartError(f"{self.location}: {error}") from error

    @property
    def location(self) -> str:
        return f"HKEY_CURRENT_USER\\{RUN_KEY}\\{self.name}"


# --- files (macOS, Linux) -----------------------------------------------------------------


class _FileEntry(Autostart):
    """An entry that is one file; written atomically so a crash leaves the old one or none."""

    path: Path

    def _write(self, data: bytes) -> None:
        from boundary_app.providers.files import write_atomic

        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(self.path, data)
        except OSError as error:
            raise AutostartError(f"{self.path}: {error.strerror or error}") from error

    def disable(self) -> None:
        try:
            self.path.unlink(missing_ok=True)
        except OSError as error:
            raise AutostartError(f"{self.path}: {error.strerror or error}") from error

    @property
    def location(self) -> str:
        return str(self.path)


class MacLaunchAgent(_FileEntry):
    """A per-user LaunchAgent: launchd runs it once at sign-in (RunAtLoad, no KeepAlive).

    Enabling does not start a second Boundary now; ``launchctl`` is not called. The agent is
    loaded at the next sign-in.
    """

    def __init__(self, folder: Path, label: str = BUNDLE_ID) -> None:
        self.label = label
        self.path = folder / f"{label}.plist"

    def enabled(self) -> bool:
        agent = self.read()
        return agent is not None and not agent.get("Disabled", False)

    def read(self) -> dict[str, Any] | None:
        import plistlib  # macOS only; it brings the XML parser along

        try:
            with self.path.open("rb") as handle:
                data = plistlib.load(handle)
        except (OSError, plistlib.InvalidFileException, ValueError):
            return None
        return data if isinstance(data, dict) else None

    def enable(self, command: Sequence[str]) -> None:
        agent = {
            "Label": self.label,
            "ProgramArguments": list(command),
            "RunAtLoad": True,
            "ProcessType": "Interactive",
            "LimitLoadToSessionType": "Aqua",
        }
        import plistlib

        self._write(plistlib.dumps(agent))


# The characters that make an Exec argument need quoting (Desktop Entry spec, "Exec key").
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


def desktop_exec(command: Sequence[str]) -> str:
    """``command`` as the value of a desktop entry's ``Exec`` key.

    Arguments with reserved characters are double-quoted with ``"`~$\\`` escaped; ``%`` is
    doubled (field codes); then the string-value escaping doubles every backslash again.
    """
    parts = []
    for argument in command:
        if argument and not _RESERVED.intersection(argument):
            quoted = argument
        else:
            escaped = "".join("\\" + c if c in '"`$\\' else c for c in argument)
            quoted = f'"{escaped}"'
        parts.append(quoted.replace("%", "%%"))
    return " ".join(parts).replace("\\", "\\\\")


class XdgAutostart(_FileEntry):
    """``boundary.desktop`` in the XDG autostart folder (GNOME, KDE, Xfce, Cinnamon, …)."""

    def __init__(self, folder: Path, file_name: str = f"{APP_NAME}.desktop") -> None:
        self.path = folder / file_name

    def entry(self) -> dict[str, str] | None:
        """The ``[Desktop Entry]`` keys, or None when there is no readable file."""
        try:
            text = self.path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            return None
        keys: dict[str, str] = {}
        group = None
        for raw in text.splitlines():
            line = raw.strip()
            if line.startswith("[") and line.endswith("]"):
                group = line[1:-1]
            elif group == "Desktop Entry" and "=" in line and not line.startswith("#"):
                key, _, value = line.partition("=")
                keys[key.strip()] = value.strip()
        return keys

    def enabled(self) -> bool:
        keys = self.entry()
        if keys is None:
            return False
        # A desktop's own "startup applications" settings switch an entry off with these.
        return (
            keys.get("Hidden", "false").lower() != "true"
            and keys.get("X-GNOME-Autostart-enabled", "true").lower() != "false"
        )

    def enable(self, command: Sequence[str]) -> None:
        text = (
            "[Desktop Entry]\n"
            "Type=Application\n"
            f"Name={ENTRY_NAME}\n"
            "Comment=Keep work boundaries: out-of-office replies and planned mail checks\n"
            f"Exec={desktop_exec(command)}\n"
            f"Icon={APP_NAME}\n"
            "Terminal=false\n"
            "X-GNOME-Autostart-enabled=true\n"
        )
        self._write(text.encode("utf-8"))


class Unsupported(Autostart):
    """A system Boundary does not know how to start at sign-in."""

    supported = False

    def __init__(self, platform: str) -> None:
        self.platform = platform

    def enabled(self) -> bool:
        return False

    def enable(self, command: Sequence[str]) -> None:
        raise AutostartError(f"Starting at sign-in is not supported on {self.platform}.")

    def disable(self) -> None:
        pass

    @property
    def location(self) -> str:
        return self.platform


# --- choosing the backend and the command ------------------------------------------------


def for_platform(
    platform: str | None = None,
    environ: Mapping[str, str] | None = None,
    home: Path | None = None,
) -> Autostart:
    """The backend for this system, writing where the system reads at sign-in."""
    platform = sys.platform if platform is None else platform
    environ = os.environ if environ is None else environ
    home = Path(environ.get("HOME") or Path.home()) if home is None else home
    if platform == "win32":
        return WindowsRunKey()
    if platform == "darwin":
        return MacLaunchAgent(home / "Library" / "LaunchAgents")
    if platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        config = environ.get("XDG_CONFIG_HOME", "")
        # The spec says a relative XDG_CONFIG_HOME is invalid and must be ignored.
        base = Path(config) if config and Path(config).is_absolute() else home / ".config"
        return XdgAutostart(base / "autostart")
    return Unsupported(platform)


def launch_command(
    *,
    frozen: bool | None = None,
    executable: str | None = None,
    platform: str | None = None,
    script_folders: Sequence[Path] | None = None,
) -> list[str]:
    """What starts this Boundary at sign-in, as absolute paths (sign-in has no PATH to trust).

    - A frozen build (installer, .app, tarball): the bundle's own executable.
    - A pip install: the ``boundary-app`` script pip put in the environment's scripts folder
      (a venv's ``bin/`` or ``Scripts\\``), or the user scripts folder for ``pip install
      --user``, else ``boundary-app`` on PATH.
    - Otherwise (running from a checkout without installing): ``python -m boundary_app``, with
      ``pythonw.exe`` on Windows so no console window opens.
    """
    frozen = bool(getattr(sys, "frozen", False)) if frozen is None else frozen
    executable = sys.executable if executable is None else executable
    platform = sys.platform if platform is None else platform
    if frozen:
        return [str(Path(executable).absolute())]
    script_name = "boundary-app.exe" if platform == "win32" else "boundary-app"
    folders = _script_folders() if script_folders is None else script_folders
    for folder in folders:
        if (folder / script_name).is_file():
            return [str((folder / script_name).absolute())]
    if script_folders is None and (found := shutil.which(script_name)):
        return [str(Path(found).absolute())]
    python = Path(executable).absolute()
    if platform == "win32" and python.name.lower() == "python.exe":
        windowless = python.with_name("pythonw.exe")
        python = windowless if windowless.is_file() else python
    return [str(python), "-m", "boundary_app"]


def _script_folders() -> list[Path]:
    folders = [Path(sysconfig.get_path("scripts"))]
    try:
        user = sysconfig.get_path("scripts", sysconfig.get_preferred_scheme("user"))
    except KeyError:  # no user scheme (some embedded Pythons)
        return folders
    return [*folders, Path(user)]
