"""End to end: the ``boundary`` command as a subprocess, on a temp BOUNDARY_HOME.

These run on the real clock (a subprocess cannot share the fake one), so they use times
relative to now ("tomorrow 9:00") and assert what a script would read.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from boundary_app.core.paths import AppPaths
from boundary_app.core.profile import (
    SCHEMA_VERSION,
    Account,
    Backup,
    default_profile,
    save_profile,
)

TZ = "Europe/Amsterdam"


def boundary(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "boundary_app.cli", *args],
        capture_output=True,
        text=True,
        input=stdin,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        timeout=60,
        check=False,
    )


def boundary_json(*args: str) -> tuple[int, Any]:
    done = boundary(*args, "--json")
    return done.returncode, json.loads(done.stdout)


def local_reply(paths: AppPaths, account: str = "This computer") -> dict[str, Any]:
    data: dict[str, Any] = json.loads((paths.local_replies / f"{account}.json").read_text())
    return data


@pytest.fixture
def paths(home: Path) -> AppPaths:
    paths = AppPaths.from_environment()
    profile = default_profile(TZ)
    profile.identity.name = "Ana Silva"
    profile.backups = [
        Backup("Sam Lee", "sam@example.com", "+31 6 1234 5678"),
        Backup("Alex Kim", "alex@example.com"),
    ]
    save_profile(profile, paths.profile)
    return paths


def test_first_status_creates_a_profile_and_says_available(home: Path) -> None:
    code, data = boundary_json("status")
    assert code == 0
    assert data["state"] == "available"
    assert [a["kind"] for a in data["accounts"]] == ["local"]
    assert (home / "config" / "profile.toml").exists()


def test_away_sets_the_reply_naming_the_backup_then_back_clears_it(paths: AppPaths) -> None:
    done = boundary("away", "--until", "tomorrow 9:00", "--template", "family", "--backup", "alex")
    assert done.returncode == 0, done.stderr
    assert "This computer (local): reply set" in done.stdout
    reply = local_reply(paths)
    assert reply["enabled"] is True
    assert "Alex Kim (alex@example.com)" in reply["internal"]
    assert "Ana Silva" in reply["external"]
    until = datetime.fromisoformat(reply["end"]).astimezone(ZoneInfo(TZ))
    assert (until.hour, until.minute) == (9, 0)
    assert until.date() == (datetime.now(ZoneInfo(TZ)) + timedelta(days=1)).date()

    code, status = boundary_json("status")
    assert code == 0
    assert status["state"] == "away"
    assert status["away"]["backups"] == ["Alex Kim"]
    assert status["accounts"][0]["status"] == "ok"

    done = boundary("back")
    assert done.returncode == 0
    assert "Welcome back" in done.stdout
    assert local_reply(paths)["enabled"] is False
    assert boundary_json("status")[1]["state"] == "available"


def test_upcoming_away_is_scheduled_and_status_says_available(paths: AppPaths) -> None:
    code, _data = boundary_json("away", "--from", "in 2 days", "--until", "in 3 days")
    assert code == 0
    reply = local_reply(paths)
    assert reply["enabled"] is True
    start = datetime.fromisoformat(reply["start"])
    assert start - datetime.now(ZoneInfo(TZ)) > timedelta(days=1, hours=23)
    assert boundary_json("status")[1]["state"] == "available"


def test_a_new_away_replaces_the_previous_one(paths: AppPaths) -> None:
    assert boundary("away", "--until", "tomorrow 17:00").returncode == 0
    assert boundary("away", "--until", "in 3 days", "--template", "client").returncode == 0
    status = boundary_json("status")[1]
    assert status["away"]["template"] == "client"
    assert "With a client" in local_reply(paths)["subject"]


def test_dry_run_shows_the_messages_and_changes_nothing(paths: AppPaths) -> None:
    done = boundary("away", "--until", "monday 9:00", "--template", "volunteering", "--dry-run")
    assert done.returncode == 0
    assert "I'm volunteering with a local charity." in done.stdout
    assert "Sam Lee" in done.stdout
    assert "Nothing was changed" in done.stdout
    assert not (paths.local_replies).exists()
    assert boundary_json("status")[1]["away"] is None


def test_html_in_a_message_is_kept_as_text(paths: AppPaths) -> None:
    message = "<b>Away</b> <script>alert(1)</script> & back soon"
    assert boundary("away", "--until", "tomorrow 9:00", "--message", message).returncode == 0
    reply = local_reply(paths)
    assert reply["internal"] == message
    assert reply["external"] == message


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--from", "tomorrow 10:00", "--until", "tomorrow 9:00"], "must come after"),
        (["--until", "2020-01-01 09:00"], "in the past"),
        (["--until", "tomorow"], "'tomorow'"),
        (["--until", "tomorrow 9:00", "--backup", "Bob"], "'Bob' is not in your backups roster"),
        (["--until", "tomorrow 9:00", "--account", "Work"], "no account 'Work'"),
        (["--until", "tomorrow 9:00", "--message", ""], "message for colleagues is empty"),
        (["--until", "tomorrow 9:00", "--message", "x" * 100_000], "100,000 characters"),
        ([], "--until"),
    ],
)
def test_bad_input_is_one_line_and_changes_nothing(
    paths: AppPaths, args: list[str], words: str
) -> None:
    done = boundary("away", *args)
    assert done.returncode == 1
    assert words in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert boundary_json("status")[1]["away"] is None


def test_unknown_template_is_a_usage_error(paths: AppPaths) -> None:
    done = boundary("away", "--until", "tomorrow 9:00", "--template", "holiday")
    assert done.returncode == 2
    assert "holiday" in done.stderr


def test_failed_push_stays_pending_and_the_next_command_sends_it(paths: AppPaths) -> None:
    blocked = paths.data_dir / "not-a-folder"
    blocked.parent.mkdir(parents=True, exist_ok=True)
    blocked.write_text("a file where the reply folder should be")
    profile = default_profile(TZ)
    profile.accounts = [Account("Desk", "local", {"endpoint": str(blocked)})]
    save_profile(profile, paths.profile)

    code, data = boundary_json("away", "--until", "tomorrow 9:00")
    assert code == 3
    [result] = data["results"]
    assert result["status"] == "pending"
    assert "cannot be used (Not a directory)" in result["message"]
    assert result["next_retry"] is not None

    blocked.unlink()  # the folder becomes available again (a network drive is back)
    code, status = boundary_json("status")
    assert code == 0
    assert status["accounts"][0]["status"] == "ok"
    assert json.loads((blocked / "Desk.json").read_text())["enabled"] is True


def test_syntax_error_in_profile_is_moved_aside_and_reported(paths: AppPaths) -> None:
    paths.profile.write_text("[identity\nname = 'Ana'\n")
    done = boundary("status")
    assert done.returncode == 0
    assert "line 1" in done.stderr
    aside = list(paths.config_dir.glob("profile.toml.corrupt-*"))
    assert len(aside) == 1
    assert aside[0].read_text() == "[identity\nname = 'Ana'\n"


def test_validate_names_the_line_and_leaves_the_file(paths: AppPaths) -> None:
    text = paths.profile.read_text().replace('email = "sam@example.com"', 'email = "sam@"')
    paths.profile.write_text(text)
    done = boundary("profile", "validate")
    assert done.returncode == 1
    assert "sam@" in done.stderr and "line" in done.stderr
    assert paths.profile.read_text() == text


def test_validate_with_json_prints_one_document_a_script_can_read(paths: AppPaths) -> None:
    text = paths.profile.read_text().replace('timezone = "Europe/Amsterdam"', "timezone = 5")
    paths.profile.write_text(text)
    code, data = boundary_json("profile", "validate")
    assert code == 1
    assert data["valid"] is False
    assert "timezone should be text" in data["error"]
    assert text.splitlines()[data["line"] - 1] == "timezone = 5"


def test_newer_profile_is_used_but_never_rewritten(paths: AppPaths) -> None:
    text = paths.profile.read_text().replace(
        f"schema_version = {SCHEMA_VERSION}", "schema_version = 7"
    )
    paths.profile.write_text(text)
    done = boundary("away", "--until", "tomorrow 9:00")
    assert done.returncode == 0
    assert "newer version" in done.stderr
    assert paths.profile.read_text() == text
    assert boundary("profile", "validate").stdout.startswith("The profile is valid (written by a")


def test_profile_path_providers_and_accounts(paths: AppPaths) -> None:
    assert boundary("profile", "path").stdout.strip() == str(paths.profile)
    code, data = boundary_json("providers")
    assert code == 0
    kinds = {p["kind"]: p for p in data["providers"]}
    assert sorted(kinds) == ["exchange", "gmail", "imap", "local", "m365", "slack"]
    assert "scheduled-reply" in kinds["local"]["capabilities"]
    assert "list-mail" in kinds["gmail"]["capabilities"]
    code, data = boundary_json("accounts", "list")
    assert [a["name"] for a in data["accounts"]] == ["This computer"]


def test_help_lists_every_command() -> None:
    done = boundary("--help")
    assert done.returncode == 0
    for command in ("status", "away", "back", "accounts", "profile", "providers"):
        assert command in done.stdout


def test_everyone_else_can_get_their_own_subject_and_reason(paths: AppPaths) -> None:
    done = boundary(
        "--json",
        "away",
        "--until",
        "monday 9:00",
        "--template",
        "volunteering",
        "--reason",
        "I'm helping at the food bank.",
        "--external-reason",
        "",
        "--external-subject",
        "Out of office",
        "--dry-run",
    )
    assert done.returncode == 0, done.stderr
    away = json.loads(done.stdout)["away"]
    assert away["subject"].startswith("Volunteering until")
    assert away["external_subject"] == "Out of office"
    assert "food bank" in away["internal"]
    assert "food bank" not in away["external"]


def test_status_shows_what_was_last_known_and_refresh_asks_the_account(paths: AppPaths) -> None:
    """A reply switched off elsewhere (here: the trial account's file emptied) is not seen by
    a plain status, which reads no server for an account whose push went through; --refresh
    reads every account now and finds it changed."""
    assert boundary("away", "--until", "tomorrow 17:00").returncode == 0
    (paths.local_replies / "This computer.json").write_text('{"enabled": false}')

    _code, data = boundary_json("status")
    [account] = data["accounts"]
    assert account["status"] == "ok"  # as last pushed: nothing was asked

    _code, data = boundary_json("status", "--refresh")
    [account] = data["accounts"]
    assert account["status"] == "drift"
    assert local_reply(paths)["enabled"] is False  # found, reported, not fought
