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
        for folder in (self.config_dir, self.data_dir, self.log_dir):
            folder.mkdir(parents=True, exist_ok=True)
