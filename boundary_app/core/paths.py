"""Where Boundary keeps its files.

By default the platform's user folders (platformdirs, app name "boundary"); with the
environment variable ``BOUNDARY_HOME`` set, everything lives under that one folder
(``config/``, ``data/``, ``logs/``), which tests and portable installs use.
"""

from __future__ import annotations

import importlib.util
import os
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from boundary_app import APP_NAME

HOME_ENV = "BOUNDARY_HOME"


@cache
def _resource_folder() -> Path:
    spec = importlib.util.find_spec("boundary_app.resources")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("Boundary's resources are not installed")
    return Path(next(iter(spec.submodule_search_locations)))


def resource(*parts: str) -> Path:
    """A bundled file (icons, templates, translations).

    They are plain files in a real folder in every form Boundary ships (wheel, editable
    install, frozen bundle), so a path is enough; ``importlib.resources`` would add imports
    to start-up for nothing.
    """
    return _resource_folder().joinpath(*parts)


@dataclass(frozen=True)
class AppPaths:
    config_dir: Path
    data_dir: Path
    log_dir: Path

    @property
    def profile(self) -> Path:
        return self.config_dir / "profile.toml"

    @property
    def journal(self) -> Path:
        return self.data_dir / "journal.sqlite3"

    @property
    def local_replies(self) -> Path:
        """Folder of the built-in ``local`` provider."""
        return self.data_dir / "local"

    @property
    def changed_stamp(self) -> Path:
        """Touched whenever state changes, so a running app notices the CLI's work."""
        return self.data_dir / "state-changed"

    @property
    def app_lock(self) -> Path:
        return self.data_dir / "app.lock"

    @property
    def writer_lock(self) -> Path:
        """Held around recording an intent and pushing it (one writer at a time)."""
        return self.data_dir / "writer.lock"

    @property
    def show_request(self) -> Path:
        """A second start of the app leaves this for the running one: "show yourself"."""
        return self.data_dir / "show-request"

    @classmethod
    def from_environment(cls) -> AppPaths:
        home = os.environ.get(HOME_ENV)
        if home:
            root = Path(home).expanduser()
            return cls(root / "config", root / "data", root / "logs")
        import platformdirs

        return cls(
            Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
            Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
            Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
        )

    def ensure(self) -> None:
        """Make the three folders, private: the journal holds reply texts and recipients.

        Files and folders under the data and log folders made by earlier versions (or
        by tools that use the default permissions) are tightened too.
        """
        for folder in (self.config_dir, self.data_dir, self.log_dir):
            private_folder(folder)
        for folder in (self.data_dir, self.log_dir):
            tighten_tree(folder)


PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700


def private_folder(folder: Path) -> None:
    """Create ``folder`` (and missing parents) readable by its owner only; tighten it if it
    exists. On Windows a user's profile folders are private already; nothing is changed."""
    folder.mkdir(mode=PRIVATE_FOLDER, parents=True, exist_ok=True)
    tighten(folder)


def tighten(path: Path) -> None:
    """Take group and other permissions off ``path`` (POSIX), never adding any: a folder the
    person made read-only stays read-only. A file that is not ours is left as it is."""
    if os.name != "posix":
        return
    try:
        mode = path.stat().st_mode
        if mode & 0o077:
            path.chmod(mode & 0o700)
    except OSError:
        pass


def tighten_tree(folder: Path) -> None:
    """``tighten`` ``folder``, and every file and folder under it (not following links)."""
    tighten(folder)
    if os.name != "posix":
        return
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        if entry.is_dir(follow_symlinks=False):
            tighten_tree(Path(entry.path))
        elif entry.is_file(follow_symlinks=False):
            tighten(Path(entry.path))


def create_private(path: Path) -> None:
    """Create ``path`` empty, readable by its owner only, unless it exists (then tighten it)."""
    try:
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_FILE))
    except FileExistsError:
        tighten(path)
