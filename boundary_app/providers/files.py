"""Files for providers and the core alike: crash-safe replacement, the old content or the
new, never a mix.

Part of the provider contract's toolkit (like ``base.retry_after``): a provider keeps what it
remembers between runs with it, and the core saves the profile with it, so neither needs the
other.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path


def write_atomic(path: Path, data: bytes) -> None:
    """Write a temp file in the same folder, flush, fsync, rename over ``path``."""
    import tempfile  # with random and shutil, ~1 MiB that start-up does not need

    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)  # private, like the data folder
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if path.exists():
            # Keep the user's permissions (a profile may be made private by hand).
            with contextlib.suppress(OSError):
                tmp.chmod(path.stat().st_mode & 0o777)
        tmp.replace(path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    _fsync_dir(path.parent)


def _fsync_dir(folder: Path) -> None:
    """Make the rename itself durable (POSIX; Windows has no directory handles for this)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
