"""The log files: rotated, never growing without bound."""

from __future__ import annotations

import logging
from pathlib import Path

from boundary_app.core.logs import RotatingFile


def test_a_full_log_moves_aside_and_only_the_newest_backups_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "app.log"
    handler = RotatingFile(path, max_bytes=200, backups=2)
    handler.setFormatter(logging.Formatter("%(message)s"))
    logger = logging.Logger("test")
    logger.addHandler(handler)
    for n in range(40):
        logger.warning("line %02d %s", n, "x" * 40)
    handler.close()

    assert sorted(p.name for p in tmp_path.iterdir()) == ["app.log", "app.log.1", "app.log.2"]
    assert all(p.stat().st_size <= 200 + 60 for p in tmp_path.iterdir())
    assert "line 39" in path.read_text()
    newest_backup = (tmp_path / "app.log.1").read_text().splitlines()
    assert int(newest_backup[-1].split()[1]) + 1 == int(path.read_text().split()[1])
