"""``boundary status --json``: the calendar channel is listed under each account's channels,
with what it should hold and what it holds. In-process, with the local (trial) account, which
keeps the event in a file."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from boundary_app.core.paths import AppPaths
from boundary_app.core.profile import default_profile, save_profile
from boundary_app.providers.local import LocalProvider
from boundary_app.providers.registry import ProviderRegistry
from tests.in_process import boundary


@pytest.fixture(autouse=True)
def accounts(home: Path, monkeypatch: pytest.MonkeyPatch) -> AppPaths:
    kinds = [LocalProvider]
    monkeypatch.setattr(ProviderRegistry, "discover", classmethod(lambda cls: cls.of(kinds)))
    paths = AppPaths.from_environment()
    profile = default_profile("Europe/Amsterdam")
    profile.identity.name = "Ana Silva"
    save_profile(profile, paths.profile)
    return paths


def run_json(capsys: Any, monkeypatch: Any, *args: str) -> Any:
    done, out, err = boundary(capsys, monkeypatch, *args, "--json")
    assert done == 0, err
    return json.loads(out)


def test_status_lists_the_calendar_event_under_the_accounts_channels(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    away = run_json(capsys, monkeypatch, "away", "--until", "tomorrow 17:00")
    assert away["results"][0]["channels"]["calendar"]["status"] == "ok"

    status = run_json(capsys, monkeypatch, "status")

    calendar = status["accounts"][0]["channels"]["calendar"]
    assert calendar["status"] == "ok"
    assert calendar["desired"]["kind"] == "away" and calendar["desired"]["enabled"] is True
    assert calendar["actual"]["end"] == calendar["desired"]["end"]
    assert calendar["desired"]["end"] == status["away"]["until"]

    run_json(capsys, monkeypatch, "back")
    status = run_json(capsys, monkeypatch, "status")
    calendar = status["accounts"][0]["channels"]["calendar"]
    assert calendar["status"] == "ok" and calendar["actual"]["enabled"] is False
