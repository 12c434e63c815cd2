"""``boundary away --forward-to-backup [--no-reply]``, what ``status`` says of the forwarding,
and ``boundary backups``. In-process (``cli.run``, the real clock), with the local account and
one that keeps an undated rule and answers mail tips (as Microsoft 365 does)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from boundary_app.core.paths import AppPaths
from boundary_app.core.profile import Account, Backup, default_profile, save_profile
from boundary_app.providers.base import ColleagueAway
from boundary_app.providers.local import LocalProvider
from boundary_app.providers.registry import ProviderRegistry
from tests.fakes import CoverProvider
from tests.in_process import boundary

SAM, ALEX = "sam@example.com", "alex@example.com"


@pytest.fixture(autouse=True)
def accounts(home: Path, monkeypatch: pytest.MonkeyPatch) -> AppPaths:
    kinds = [LocalProvider, CoverProvider]
    monkeypatch.setattr(ProviderRegistry, "discover", classmethod(lambda cls: cls.of(kinds)))
    paths = AppPaths.from_environment()
    profile = default_profile("Europe/Amsterdam")
    profile.identity.name = "Ana Silva"
    profile.backups = [Backup("Sam Lee", SAM), Backup("Alex Kim", ALEX)]
    profile.accounts.append(Account("Work", "cover", {"email": "ana@example.com"}))
    save_profile(profile, paths.profile)
    return paths


def run_json(capsys: Any, monkeypatch: Any, *args: str, code: int = 0) -> Any:
    done, out, err = boundary(capsys, monkeypatch, *args, "--json")
    assert done == code, err
    return json.loads(out)


def test_silent_cover_from_the_command_line_and_in_status(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    data = run_json(
        capsys,
        monkeypatch,
        "away",
        "--until",
        "tomorrow 17:00",
        "--forward-to-backup",
        "--no-reply",
    )
    assert data["away"]["cover"] == "forward"
    assert {n["code"] for n in data["notices"]} == {"app-switched"}
    local, work = data["results"]
    assert local["desired"]["enabled"] is False  # no reply
    assert local["forwarding"]["to"] == SAM and local["forwarding"]["until"] is not None
    assert (work["forwarding"]["to"], work["forwarding"]["state"]) == (SAM, "ok")
    assert CoverProvider.rules["Work"].to == SAM

    status = run_json(capsys, monkeypatch, "status")
    assert status["covering"]["backup"] == "Sam Lee"
    forwarding = status["accounts"][1]["forwarding"]
    assert (forwarding["to"], forwarding["state"]) == (SAM, "ok")
    assert forwarding["from"] == status["away"]["start"]  # the app switches it: the period's
    assert forwarding["until"] == status["away"]["until"]
    assert forwarding["switched_by_app"] is True

    done, out, _ = boundary(capsys, monkeypatch, "status")
    assert done == 0
    assert "No auto-reply: your mail goes to your backup" in out
    assert "Work (cover): no reply; forwarding to sam@example.com in place" in out

    run_json(capsys, monkeypatch, "back")
    assert "Work" not in CoverProvider.rules


@pytest.mark.parametrize(
    ("flags", "words"),
    [
        (["--no-reply"], "--no-reply needs --forward-to-backup"),
        (["--forward-to-backup", "--no-backup"], "Use either --forward-to-backup or --no-backup"),
    ],
)
def test_flags_that_leave_nobody_looking_after_the_mail_are_refused(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    flags: list[str],
    words: str,
) -> None:
    done, _, err = boundary(capsys, monkeypatch, "away", "--until", "tomorrow", *flags)
    assert done == 1 and words in err
    assert CoverProvider.rules == {}


def test_backups_lists_the_roster_with_who_is_away_and_says_so_on_going_away(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    CoverProvider.away[SAM] = ColleagueAway(SAM, away=True, message="On leave.\nBack soon.")

    data = run_json(capsys, monkeypatch, "backups")

    sam, alex = data["backups"]
    assert (sam["name"], sam["availability"], sam["note"], sam["source"]) == (
        "Sam Lee",
        "away",
        "On leave.",
        "Work",
    )
    assert (alex["availability"], alex["position"]) == ("available", 2)
    done, out, _ = boundary(capsys, monkeypatch, "backups", "--no-ask")
    assert "1. Sam Lee <sam@example.com>: away (their own auto-reply, says Work)" in out

    data = run_json(capsys, monkeypatch, "away", "--until", "tomorrow 17:00", "--forward-to-backup")
    assert data["away"]["backups"] == ["Alex Kim"]  # the first available covers
    assert CoverProvider.rules["Work"].to == ALEX
    done, out, _ = boundary(capsys, monkeypatch, "backups", "--no-ask")
    assert done == 0
    assert "2. Alex Kim <alex@example.com>: available" in out and "covers now" in out


def test_a_backup_is_marked_unavailable_by_hand_and_available_again(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, accounts: AppPaths
) -> None:
    data = run_json(
        capsys, monkeypatch, "backups", "--unavailable", "Sam", "--until", "in 3 days", "--no-ask"
    )
    assert data["backups"][0]["availability"] == "away"
    assert data["backups"][0]["source"] == "profile"
    assert "away_until = " in accounts.profile.read_text()

    data = run_json(capsys, monkeypatch, "backups", "--available", "Sam", "--no-ask")
    assert data["backups"][0]["availability"] == "unknown"  # nothing asked: nothing known
    assert "away_until" not in accounts.profile.read_text()

    done, _, err = boundary(
        capsys, monkeypatch, "backups", "--unavailable", "Nobody", "--until", "friday"
    )
    assert done == 1 and "'Nobody' is not in your backups roster" in err


def test_status_json_has_every_channel_of_each_account_with_desired_and_actual(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    run_json(capsys, monkeypatch, "away", "--until", "tomorrow 17:00", "--forward-to-backup")
    status = run_json(capsys, monkeypatch, "status")
    work = status["accounts"][1]["channels"]
    assert set(work) == {"reply", "forward"}
    assert work["reply"]["status"] == "ok" and work["reply"]["desired"]["enabled"] is True
    assert work["forward"]["desired"]["to"] == SAM
    assert work["forward"]["actual"]["to"] == SAM and work["forward"]["status"] == "ok"
