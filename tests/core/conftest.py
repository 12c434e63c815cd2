"""Fixtures for the core tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from boundary_app.core.journal import Journal


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[Journal]:
    """A journal of its own in the test's folder, closed after the test."""
    journal = Journal(tmp_path / "journal.sqlite3")
    yield journal
    journal.close()
