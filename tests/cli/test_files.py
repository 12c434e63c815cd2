"""Boundary's own files gone wrong, through the real ``boundary`` command (in-process).

A journal or a profile that cannot be used ends in one line on standard error, never a
traceback; nothing the person had is lost.
"""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from boundary_app.core import journal as journal_module
from boundary_app.core.paths import AppPaths
from boundary_app.core.profile import default_profile, load_profile, save_profile
from tests.files import DAMAGE, damage, newer_journal, read_only
from tests.in_process import boundary

TZ = "Europe/Amsterdam"


@pytest.fixture
def paths(home: Path) -> AppPaths:
    paths = AppPaths.from_environment()
    profile = default_profile(TZ)
    profile.identity.name = "Ana Silva"
    save_profile(profile, paths.profile)
    return paths


Run = tuple[pytest.CaptureFixture[str], pytest.MonkeyPatch]


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Run:
    return capsys, monkeypatch


def one_line(err: str) -> str:
    assert err.count("\n") == 1 and err.startswith("boundary: "), err
    assert "Traceback" not in err
    return err


def away_subject(run: Run) -> str | None:
    code, out, _ = boundary(*run, "status", "--json")
    assert code == 0
    away = json.loads(out)["away"]
    return None if away is None else str(away["subject"])


# --- the journal --------------------------------------------------------------------------


@pytest.mark.parametrize("form", DAMAGE)
def test_status_sets_a_damaged_journal_aside_says_so_once_and_starts_a_new_one(
    paths: AppPaths, run: Run, form: str
) -> None:
    paths.data_dir.mkdir(parents=True, exist_ok=True)
    damage(form, paths.journal)
    was = paths.journal.read_bytes() if paths.journal.is_file() else None

    code, out, err = boundary(*run, "status")

    assert code == 0 and out.startswith("Available.")
    line = one_line(err)
    [aside] = paths.data_dir.glob("journal.sqlite3.corrupt-*")
    assert str(aside) in line
    assert ("folder" in line) == (form == "a folder")
    if was is not None:
        assert aside.read_bytes() == was
    assert boundary(*run, "away", "--until", "tomorrow 9:00")[0] == 0
    code, _, err = boundary(*run, "status")
    assert (code, err) == (0, "")
    assert away_subject(run) is not None


def test_a_newer_journal_is_shown_and_commands_that_would_write_say_so(
    paths: AppPaths, run: Run
) -> None:
    paths.data_dir.mkdir(parents=True, exist_ok=True)
    before = newer_journal(paths.journal, now=datetime.now(UTC))

    code, _, err = boundary(*run, "status")
    assert code == 0
    assert "newer version of Boundary" in one_line(err)
    assert away_subject(run) == "From the future"

    for command in (("away", "--until", "tomorrow 9:00"), ("back",)):
        code, out, err = boundary(*run, *command)
        assert code == 1, command
        lines = err.splitlines()
        assert len(lines) == 2 and "only reads it" in lines[0], err  # the notice, then why
        assert "cannot do this" in lines[1] and out == ""

    assert paths.journal.read_bytes() == before
    assert not list(paths.data_dir.glob("journal.sqlite3.corrupt-*"))
    assert not (paths.local_replies / "This computer.json").exists()  # nothing was sent


@pytest.fixture
def short_wait(monkeypatch: pytest.MonkeyPatch) -> float:
    monkeypatch.setattr(journal_module, "BUSY_TIMEOUT", 0.2)
    return 0.2


def test_a_journal_another_program_holds_ends_in_one_line_after_a_bounded_wait(
    paths: AppPaths, run: Run, short_wait: float
) -> None:
    assert boundary(*run, "away", "--until", "tomorrow 9:00")[0] == 0
    other = sqlite3.connect(paths.journal, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # a program that keeps the journal's write lock
    try:
        began = time.monotonic()
        code, out, err = boundary(*run, "back")
        assert time.monotonic() - began < 5
    finally:
        other.close()

    assert (code, out) == (1, "")
    line = one_line(err)
    assert "Another program is using the journal" in line and "0.2 seconds" in line
    assert away_subject(run) is not None  # still away: nothing was changed


def test_a_journal_locked_outright_ends_status_in_one_line(
    paths: AppPaths, run: Run, short_wait: float
) -> None:
    assert boundary(*run, "status")[0] == 0
    other = sqlite3.connect(paths.journal, isolation_level=None)
    other.execute("PRAGMA locking_mode=EXCLUSIVE")
    other.execute("BEGIN EXCLUSIVE")
    other.execute("DELETE FROM meta")
    try:
        code, out, err = boundary(*run, "status", "--json")
    finally:
        other.close()

    assert code == 1
    assert "Another program is using the journal" in json.loads(out)["error"]
    one_line(err)
    assert not list(paths.data_dir.glob("journal.sqlite3.corrupt-*"))


# --- the profile --------------------------------------------------------------------------


def test_a_folder_where_the_profile_goes_is_one_line_and_left_alone(home: Path, run: Run) -> None:
    paths = AppPaths.from_environment()
    paths.profile.mkdir(parents=True)
    (paths.profile / "notes.txt").write_text("mine")

    for command in (("status",), ("profile", "validate")):
        code, out, err = boundary(*run, *command)
        assert (code, out) == (1, ""), command
        assert "is a folder" in one_line(err)

    assert (paths.profile / "notes.txt").read_text() == "mine"
    assert [p.name for p in paths.config_dir.iterdir()] == ["profile.toml"]


def test_a_config_folder_boundary_may_not_write_in_is_one_line(home: Path, run: Run) -> None:
    paths = AppPaths.from_environment()
    paths.config_dir.mkdir(parents=True)
    with read_only(paths.config_dir):
        code, out, err = boundary(*run, "status")  # the first start: no profile yet
    assert (code, out) == (1, "")
    assert "cannot write its profile" in one_line(err)
    assert list(paths.config_dir.iterdir()) == []

    assert boundary(*run, "status")[0] == 0
    before = paths.profile.read_bytes()
    with read_only(paths.config_dir):
        assert boundary(*run, "status")[0] == 0  # reading needs no writing
        code, out, err = boundary(*run, "plan", "--times", "11:00")
    assert (code, out) == (1, "")
    assert "cannot write its profile" in one_line(err)
    assert paths.profile.read_bytes() == before


def test_a_damaged_profile_in_a_folder_boundary_may_not_write_in_is_kept(
    paths: AppPaths, run: Run
) -> None:
    paths.profile.write_text("[identity\n", "utf-8")
    with read_only(paths.config_dir):
        code, out, err = boundary(*run, "status")
    assert (code, out) == (1, "")
    one_line(err)
    assert [p.name for p in paths.config_dir.iterdir()] == ["profile.toml"]
    assert paths.profile.read_text("utf-8") == "[identity\n"


def test_thousands_of_nested_brackets_are_set_aside_like_any_damaged_profile(
    paths: AppPaths, run: Run
) -> None:
    text = "[identity]\nname = " + "[" * 5000 + "]" * 5000 + "\n"
    paths.profile.write_text(text, "utf-8")

    code, out, err = boundary(*run, "profile", "validate")
    assert (code, out) == (1, "")
    assert "nested too deeply" in one_line(err)
    assert paths.profile.read_text("utf-8") == text

    code, _, err = boundary(*run, "status")
    assert code == 0
    assert "nested too deeply" in one_line(err)
    [aside] = paths.config_dir.glob("profile.toml.corrupt-*")
    assert aside.read_text("utf-8") == text


def test_a_profile_with_a_byte_order_mark_is_read_as_it_is(paths: AppPaths, run: Run) -> None:
    text = paths.profile.read_text("utf-8").replace("Europe/Amsterdam", "Asia/Jakarta")
    paths.profile.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))

    code, out, err = boundary(*run, "schedule", "--days", "1")

    assert (code, err) == (0, "")
    assert "Asia/Jakarta" in out or "WIB" in out or "+07" in out
    assert [p.name for p in paths.config_dir.iterdir()] == ["profile.toml"]


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links need a privilege")
def test_a_profile_that_is_a_link_stays_a_link_when_saved(
    paths: AppPaths, run: Run, tmp_path: Path
) -> None:
    target = tmp_path / "synced" / "boundary.toml"
    target.parent.mkdir()
    paths.profile.replace(target)
    paths.profile.symlink_to(target)

    code, _, err = boundary(*run, "plan", "--times", "11:00")

    assert (code, err) == (0, "")
    assert paths.profile.is_symlink()
    assert [f"{t:%H:%M}" for t in load_profile(target).checks.times] == ["11:00"]


def test_an_argument_that_is_not_utf8_is_one_line_and_records_nothing(
    paths: AppPaths, run: Run
) -> None:
    message = os.fsdecode(b"Caf\xe9 closed")  # Latin-1 bytes from an old terminal
    code, out, err = boundary(*run, "away", "--until", "tomorrow 9:00", "--message", message)

    assert (code, out) == (1, "")
    line = one_line(err)
    assert "Argument 5" in line and "Caf\\xe9 closed" in line and "UTF-8" in line
    assert away_subject(run) is None
    assert not (paths.local_replies / "This computer.json").exists()


# --- permissions --------------------------------------------------------------------------


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_the_journal_logs_and_data_are_private(home: Path, run: Run) -> None:
    assert boundary(*run, "away", "--until", "tomorrow 9:00")[0] == 0
    paths = AppPaths.from_environment()

    for folder in (paths.config_dir, paths.data_dir, paths.log_dir):
        assert mode(folder) == 0o700, folder
    files = [paths.journal, paths.log_dir / "cli.log", paths.changed_stamp]
    files += [f for f in paths.local_replies.iterdir() if f.is_file()]
    kept = [f for f in paths.local_replies.iterdir() if f.is_dir()]  # the calendar event's
    assert kept and all(mode(folder) == 0o700 for folder in kept), kept
    files += [f for folder in kept for f in folder.iterdir()]
    for file in files:
        assert mode(file) == 0o600, file
    assert not paths.app_lock.exists()
    assert boundary(*run, "status", "--refresh")[0] == 0  # asks whether the app runs: its lock
    assert mode(paths.app_lock) == 0o600


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_files_others_could_read_are_made_private(home: Path, run: Run) -> None:
    assert boundary(*run, "away", "--until", "tomorrow 9:00")[0] == 0
    paths = AppPaths.from_environment()
    opened = [paths.data_dir, paths.log_dir, paths.local_replies]
    opened += [paths.journal, paths.log_dir / "cli.log", *paths.local_replies.iterdir()]
    for path in opened:
        path.chmod(0o755 if path.is_dir() else 0o644)

    assert boundary(*run, "status")[0] == 0

    for path in opened:
        assert mode(path) == (0o700 if path.is_dir() else 0o600), path
