"""A provider's refusal keeps its codes on the way to the person: ``boundary status`` words it
in Dutch from the journal, each run a new service on the file, even when the server's own
words in it read like one of Boundary's sentences. In-process (``cli.run``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from boundary_app.core.paths import AppPaths
from boundary_app.core.profile import Account, default_profile, save_profile
from boundary_app.providers.base import Rejected, Said
from boundary_app.providers.registry import ProviderRegistry
from tests.fakes import MemoryProvider
from tests.in_process import boundary

SERVER = "Quota reached. Connected."
"""What the server said: its last words are the English of the code ``connected``."""
ENGLISH = f"Exchange refused: {SERVER}"
DUTCH = f"Exchange weigerde: {SERVER}"


@pytest.fixture(autouse=True)
def accounts(home: Path, monkeypatch: pytest.MonkeyPatch) -> AppPaths:
    kinds = [MemoryProvider]
    monkeypatch.setattr(ProviderRegistry, "discover", classmethod(lambda cls: cls.of(kinds)))
    paths = AppPaths.from_environment()
    profile = default_profile("Europe/Amsterdam")
    profile.preferences.language = "nl"
    profile.accounts = [Account("Work", "memory")]
    save_profile(profile, paths.profile)
    return paths


def test_a_refusal_reads_in_dutch_from_the_journal_and_in_english_in_json(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    MemoryProvider.fail_with["Work"] = Rejected(Said("exchange-refused", said=SERVER))
    _done, out, _err = boundary(capsys, monkeypatch, "away", "--until", "tomorrow 17:00")
    assert DUTCH in out  # the pass's own result

    _done, out, _err = boundary(capsys, monkeypatch, "status")  # the journal, read anew
    assert DUTCH in out
    assert "Verbonden" not in out

    _done, out, _err = boundary(capsys, monkeypatch, "status", "--json")
    [work] = json.loads(out)["accounts"]
    assert work["message"] == ENGLISH
    assert "said" not in json.dumps(json.loads(out))
