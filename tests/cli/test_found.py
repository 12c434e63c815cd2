"""``boundary accounts keep|leave`` refusals, and one writer at a time, from the command line.

In-process (``cli.run``) with the memory provider standing in for a mail server.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from boundary_app.core import service as service_module
from boundary_app.core.instance import InstanceLock
from boundary_app.core.journal import Journal
from boundary_app.core.paths import AppPaths
from boundary_app.core.profile import Account, default_profile, save_profile
from boundary_app.providers.base import AutoReply
from boundary_app.providers.local import LocalProvider
from boundary_app.providers.registry import ProviderRegistry
from tests.fakes import MemoryProvider, PlainProvider
from tests.in_process import boundary


@pytest.fixture(autouse=True)
def accounts(home: Path, monkeypatch: pytest.MonkeyPatch) -> AppPaths:
    kinds = [LocalProvider, MemoryProvider, PlainProvider]
    monkeypatch.setattr(ProviderRegistry, "discover", classmethod(lambda cls: cls.of(kinds)))
    paths = AppPaths.from_environment()
    profile = default_profile("Europe/Amsterdam")
    profile.identity.name = "Ana Silva"
    profile.accounts += [Account("Work", "memory"), Account("Home office", "plain")]
    save_profile(profile, paths.profile)
    return paths


@pytest.fixture
def writer_held(accounts: AppPaths, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Another process holds the writer lock; the command waits no time for it."""
    monkeypatch.setattr(service_module, "WRITER_WAIT", 0.0)
    other = InstanceLock(accounts.writer_lock)
    assert other.acquire()
    yield
    other.release()


def test_status_names_found_replies_and_how_to_keep_or_leave_them(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    MemoryProvider.server["Home office"] = AutoReply(True, internal="Mine", external="Mine")

    code, out, _ = boundary(capsys, monkeypatch, "status")

    assert code == 0
    assert (
        "  Home office (plain): already has an auto-reply, set outside Boundary; it stays as it "
        "is. Keep it: boundary accounts keep 'Home office'; leave it: boundary accounts leave "
        "'Home office'\n"
    ) in out
    assert "  Work (memory): no reply\n" in out
    assert MemoryProvider.server["Home office"].enabled


def test_keep_and_leave_refuse_in_one_line_and_change_nothing(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    MemoryProvider.server["Work"] = AutoReply(True, internal="Conference", external="Conference")
    MemoryProvider.server["Home office"] = AutoReply(True, internal="Garden", external="Garden")
    assert boundary(capsys, monkeypatch, "status")[0] == 0

    code, out, err = boundary(capsys, monkeypatch, "accounts", "keep", "This computer")
    assert (code, out) == (1, "")
    assert err == (
        "boundary: This computer holds no auto-reply set outside Boundary ('boundary status' "
        "shows which accounts do).\n"
    )
    code, out, err = boundary(capsys, monkeypatch, "accounts", "keep", "work", "home office")
    assert code == 1
    assert err.startswith("boundary: Work and Home office hold different auto-replies")
    code, out, _ = boundary(capsys, monkeypatch, "accounts", "leave", "Nowhere", "--json")
    assert code == 1 and "There is no account called 'Nowhere'" in json.loads(out)["error"]
    assert (
        boundary(capsys, monkeypatch, "away", "--until", "in 2 days", "--account", "This computer")[
            0
        ]
        == 0
    )
    code, out, _ = boundary(capsys, monkeypatch, "accounts", "keep", "Work", "--json")
    assert (code, json.loads(out)["status"]) == (1, "away-period")

    assert MemoryProvider.writes == []
    code, out, _ = boundary(capsys, monkeypatch, "status", "--json")
    found = {a["account"]: a["status"] for a in json.loads(out)["accounts"]}
    assert found == {"This computer": "ok", "Work": "found", "Home office": "found"}


@pytest.mark.usefixtures("writer_held")
def test_a_command_that_cannot_get_its_turn_says_so_and_records_nothing(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, accounts: AppPaths
) -> None:
    for command in (["away", "--until", "in 2 days"], ["back"]):
        code, out, err = boundary(capsys, monkeypatch, *command)
        assert (code, out) == (1, "")
        assert err == (
            "boundary: Another Boundary (a command or the app) is changing your replies and did "
            "not finish within 0 seconds; nothing was changed here. Try again shortly.\n"
        )
    journal = Journal(accounts.journal)
    try:
        assert journal.away_periods() == []
    finally:
        journal.close()
    assert MemoryProvider.writes == []

    code, out, _ = boundary(capsys, monkeypatch, "status", "--json")  # reads the journal
    assert code == 0 and json.loads(out)["state"] == "available"
