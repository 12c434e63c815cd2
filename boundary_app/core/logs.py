"""Logging to the platform's log folder, rotated. Secrets are never passed to a logger."""

from __future__ import annotations

import io
import logging
from pathlib import Path

from boundary_app.core.paths import create_private, private_folder

MAX_BYTES = 1_000_000
BACKUPS = 3


class RotatingFile(logging.FileHandler):
    """A log file that moves to ``.1`` (``.1`` to ``.2`` …) when it passes ``max_bytes``.

    What ``logging.handlers.RotatingFileHandler`` does, without importing that module's
    socket and pickle machinery at start-up.
    """

    def __init__(self, path: Path, max_bytes: int = MAX_BYTES, backups: int = BACKUPS) -> None:
        super().__init__(path, encoding="utf-8", delay=True)
        self.path = path
        self.max_bytes = max_bytes
        self.backups = backups

    def _open(self) -> io.TextIOWrapper:
        create_private(self.path)  # the log names accounts and colleagues: owner only
        return super()._open()

    def emit(self, record: logging.LogRecord) -> None:
        if self.stream is not None and self.stream.tell() >= self.max_bytes:
            self.rotate()
        super().emit(record)

    def rotate(self) -> None:
        self.close()
        self.stream = None
        for n in range(self.backups, 0, -1):
            older = self.path.with_name(f"{self.path.name}.{n}")
            newer = self.path.with_name(f"{self.path.name}.{n - 1}") if n > 1 else self.path
            if newer.exists():
                newer.replace(older)


def setup_logging(log_dir: Path, name: str, level: int = logging.INFO) -> Path:
    """Send this process's log records to ``<log_dir>/<name>.log`` (1 MB × 3 backups)."""
    private_folder(log_dir)
    path = log_dir / f"{name}.log"
    handler = RotatingFile(path)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    for old in [h for h in root.handlers if isinstance(h, logging.FileHandler)]:
        root.removeHandler(old)
        old.close()  # a second setup in one process (tests, scripts) must not leak the file
    root.addHandler(handler)
    root.setLevel(level)
    return path
