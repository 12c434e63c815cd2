"""A keyring backend in one JSON file, for the benchmarks' loopback accounts only.

The pushed-memory figure (``startup.py``) needs the tray app, the ``boundary`` command and
the benchmark itself to share secrets (the fake servers' passwords and tokens) on a machine
that may have no Secret Service. Children get ``PYTHON_KEYRING_BACKEND`` naming this class,
``BOUNDARY_BENCH_KEYRING`` naming the file (in the benchmark's temporary folder) and the
repository on ``PYTHONPATH``. Nothing real is ever kept here: Boundary itself refuses files
for secrets, and this backend refuses to work without the variable.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
from collections.abc import Iterator
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import KeyringError, PasswordDeleteError

FILE_ENV = "BOUNDARY_BENCH_KEYRING"
BACKEND = "benchmarks.file_keyring.FileKeyring"


def child_env(path: Path) -> dict[str, str]:
    """The variables that make a child process use ``path`` as its keyring."""
    return {"PYTHON_KEYRING_BACKEND": BACKEND, FILE_ENV: str(path)}


class FileKeyring(KeyringBackend):
    priority = 1

    @staticmethod
    def _path() -> Path:
        name = os.environ.get(FILE_ENV)
        if not name:
            raise KeyringError(f"{FILE_ENV} is not set: this keyring is for the benchmarks only")
        return Path(name)

    @contextlib.contextmanager
    def _store(self, write: bool) -> Iterator[dict[str, str]]:
        """The stored secrets, under a lock the processes sharing the file all take."""
        path = self._path()
        with path.with_suffix(".lock").open("a") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            store: dict[str, str] = json.loads(path.read_text()) if path.exists() else {}
            yield store
            if write:
                temp = path.with_suffix(".tmp")
                temp.write_text(json.dumps(store))
                temp.replace(path)

    def get_password(self, service: str, username: str) -> str | None:
        with self._store(write=False) as store:
            return store.get(f"{service}\0{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        with self._store(write=True) as store:
            store[f"{service}\0{username}"] = password

    def delete_password(self, service: str, username: str) -> None:
        with self._store(write=True) as store:
            if store.pop(f"{service}\0{username}", None) is None:
                raise PasswordDeleteError(username)
