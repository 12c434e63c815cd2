"""``boundary calls``, ``boundary interruption`` and the interruptions in ``boundary stats``."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

import pytest

from boundary_app import cli
from boundary_app.core.paths import AppPaths
from boundary_app.core.profile import load_profile
from boundary_app.core.service import Boundary
from boundary_app.providers.local import LocalProvider
from boundary_app.providers.registry import ProviderRegistry
from tests.fakes import FakeClock, MemoryProvider, PlainProvider


@pytest.fixture(autouse=True)
def test_kinds(monkeypatch: pytest.MonkeyPatch, clock: FakeClock) -> None:
    kinds = [LocalProvider, MemoryProvider, PlainProvider]
    monkeypatch.setattr(ProviderRegistry, "discover", classmethod(lambda cls: cls.of(kinds)))
    monkeypatch.setattr(cli, "system_clock", clock)


def boundary(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = cli.run(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def as_json(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, Any]:
    code, out, _ = boundary(capsys, *args, "--json")
    return code, json.loads(out)


def test_calls_are_listed_with_each_next_call(
    service: Boundary, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = boundary(capsys, "calls")
    assert code == 0 and "No call slots yet" in out
    code, out, err = boundary(
        capsys, "calls", "set", "Acme", "--slot", "fri 10:00", "--contact", "acme.example"
    )
    assert (code, err) == (0, "")
    assert "Acme: fri 10:00, 30 min, weekly; next Friday 27 November at 10:00" in out
    code, data = as_json(capsys, "calls")
    assert code == 0
    assert data["calls"] == [
        {
            "name": "Acme",
            "contacts": ["acme.example"],
            "days": ["fri"],
            "time": "10:00",
            "slot": "fri 10:00",
            "minutes": 30,
            "every": 1,
            "since": None,
            "next": {"start": "2026-11-27T10:00:00+01:00", "end": "2026-11-27T10:30:00+01:00"},
        }
    ]


def test_a_slot_is_changed_flag_by_flag_and_removed(
    service: Boundary, paths: AppPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    boundary(capsys, "calls", "set", "Acme", "--slot", "fri 10:00", "--contact", "jo@acme.example")
    code, data = as_json(capsys, "calls", "set", "acme", "--slot", "tue,thu 14:00", "--every", "2")
    assert code == 0 and data["added"] is False
    call = data["call"]
    assert (call["name"], call["days"], call["every"]) == ("Acme", ["tue", "thu"], 2)
    assert call["contacts"] == ["jo@acme.example"]  # kept: no --contact given
    assert call["since"] == "2026-11-24"
    code, out, _ = boundary(capsys, "calls", "remove", "ACME")
    assert code == 0 and "removed" in out
    assert load_profile(paths.profile).calls == []


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["calls", "set", "Acme"], "Say when the call with Acme is"),
        (["calls", "set", "Acme", "--slot", "someday 10:00"], "not a day of the week"),
        (["calls", "set", "Acme", "--slot", "fri 10:00", "--minutes", "999"], "lasts 999 min"),
        (["calls", "set", "Acme", "--slot", "fri 10:00", "--contact", "acme"], "not an email"),
        (["calls", "remove", "Nobody"], "There is no call slot for 'Nobody'"),
    ],
)
def test_bad_input_is_refused_in_one_line_and_changes_nothing(
    service: Boundary,
    paths: AppPaths,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    words: str,
) -> None:
    code, out, err = boundary(capsys, *args)
    assert code == 1 and out == ""
    assert err.startswith("boundary: ") and words in err and err.count("\n") == 1
    assert load_profile(paths.profile).calls == []


def test_interruptions_show_in_stats_per_week_and_per_client(
    service: Boundary, clock: FakeClock, capsys: pytest.CaptureFixture[str]
) -> None:
    boundary(capsys, "calls", "set", "Acme", "--slot", "fri 10:00")
    code, out, _ = boundary(capsys, "interruption", "acme", "--at", "8:30")  # earlier today
    assert code == 0
    assert "Logged: a call from Acme, Tuesday 24 November at 08:30." in out
    code, data = as_json(capsys, "interruption", "Globex", "--kind", "visit")
    assert data["interruption"]["kind"] == "visit"
    clock.advance(timedelta(days=7))
    boundary(capsys, "interruption", "Acme", "--kind", "chat", "--at", "monday 9:00")

    code, data = as_json(capsys, "stats", "--weeks", "2")
    assert [(w["interruptions"], w["interruptions_by_client"]) for w in data["weeks"]] == [
        (2, {"Acme": 1, "Globex": 1}),
        (1, {"Acme": 1}),
    ]
    assert data["totals"]["interruptions_by_client"] == {"Acme": 2, "Globex": 1}
    code, out, _ = boundary(capsys, "stats", "--weeks", "2")
    assert "  Acme: 2 (1 a week over 2 weeks)" in out
    assert out.splitlines()[0].split()[-1] == "intr."


def test_an_interruption_still_to_come_is_refused(
    service: Boundary, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = boundary(capsys, "interruption", "Acme", "--at", "in 2 hours")
    assert code == 1 and "still to come" in err
