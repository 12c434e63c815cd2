"""A keyring kept in a JSON file, for ``boundary`` commands run as real processes in tests.

Selected with ``PYTHON_KEYRING_BACKEND=tests.file_keyring.FileKeyring`` (run from the
repository's root) and ``BOUNDARY_TEST_KEYRING=<file>``. Tests only: Boundary itself never
keeps a secret in a file.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import keyring.backend

ENV = "BOUNDARY_TEST_KEYRING"


class FileKeyring(keyring.backend.KeyringBackend):
    priority = 1  # type: ignore[assignment]

    @property
    def _file(self) -> Path:
        return Path(os.environ[ENV])

    def _all(self) -> dict[str, str]:
        try:
            data: dict[str, str] = json.loads(self._file.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        return data

    def get_password(self, service: str, username: str) -> str | None:
        return self._all().get(f"{service} {username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self._all()
        data[f"{service} {username}"] = password
        self._file.write_text(json.dumps(data), encoding="utf-8")

    def delete_password(self, service: str, username: str) -> None:
        data = self._all()
        data.pop(f"{service} {username}", None)
        self._file.write_text(json.dumps(data), encoding="utf-8")


def environment(file: Path) -> dict[str, str]:
    """What a ``boundary`` process needs in its environment to use ``file`` as its keyring."""
    return {"PYTHON_KEYRING_BACKEND": f"{__name__}.FileKeyring", ENV: str(file)}
