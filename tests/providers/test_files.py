"""The contract's file writer: whole files or none, and private where it makes a folder."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from boundary_app.providers.files import write_atomic


def test_a_file_is_replaced_whole(tmp_path: Path) -> None:
    target = tmp_path / "subject.json"
    write_atomic(target, b"old")
    write_atomic(target, b"new")
    assert target.read_bytes() == b"new"
    assert [p.name for p in tmp_path.iterdir()] == ["subject.json"]  # no temp file left


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_a_folder_it_makes_and_the_file_are_private(tmp_path: Path) -> None:
    # A provider's own folder (data/exchange) holds reply texts: nobody else may read it.
    target = tmp_path / "exchange" / "subject-1.json"
    write_atomic(target, b"{}")
    assert stat.S_IMODE(target.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
