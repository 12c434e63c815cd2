"""``boundary plan`` and ``boundary schedule``, run in-process on a temp BOUNDARY_HOME."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date, time
from pathlib import Path
from typing import Any

import pytest

from boundary_app.cli import run
from boundary_app.core.paths import AppPaths
from boundary_app.core.profile import default_profile, load_profile, save_profile
from boundary_app.core.schedule import CheckPlan

TZ = "Europe/Amsterdam"


@pytest.fixture
def paths(home: Path) -> AppPaths:
    paths = AppPaths.from_environment()
    profile = default_profile(TZ)
    profile.identity.name = "Ana Silva"
    profile.checks = CheckPlan(started=date(2026, 11, 24))
    save_profile(profile, paths.profile)
    return paths


def boundary(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = run(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def boundary_json(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, Any]:
    code, out, _ = boundary(capsys, *args, "--json")
    return code, json.loads(out)


def test_plan_shows_the_defaults(paths: AppPaths, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = boundary(capsys, "plan")
    assert code == 0
    assert "Mail checks: 10:00 and 16:00 for 15 minutes, mon-fri (Europe/Amsterdam)." in out
    assert "Reminder 5 minutes before." in out
    assert "Focus days: none." in out
    assert "Next mail check: " in out

    code, data = boundary_json(capsys, "plan")
    assert code == 0
    assert data["times"] == ["10:00", "16:00"]
    assert data["weekdays"] == ["mon", "tue", "wed", "thu", "fri"]
    assert (data["minutes"], data["lead_minutes"], data["focus_days"]) == (15, 5, [])
    assert data["changed"] == []
    assert data["next_window"]["start_utc"].endswith("+00:00")
    assert data["next_focus_day"] is None


def test_plan_changes_what_its_flags_name(
    paths: AppPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    stamp = paths.changed_stamp
    stamp.unlink(missing_ok=True)
    code, data = boundary_json(
        capsys,
        "plan",
        "--times",
        "16:30, 9:00,12:00",
        "--minutes",
        "20",
        "--weekdays",
        "mon,tue,thu-fri",
        "--lead",
        "0",
        "--focus-day",
        "wed",
        "--timezone",
        "America/New_York",
    )
    assert code == 0
    assert data["changed"] == [
        "focus_weekdays",
        "lead_minutes",
        "minutes",
        "times",
        "weekdays",
        "timezone",
    ]
    assert data["times"] == ["09:00", "12:00", "16:30"]
    assert data["timezone"] == "America/New_York"
    assert data["next_focus_day"]["start"].endswith(("-05:00", "-04:00"))
    assert [r["account"] for r in data["results"]] == ["This computer"]  # focus reply set

    profile = load_profile(paths.profile)
    assert profile.checks.times == (time(9), time(12), time(16, 30))
    assert profile.checks.minutes == 20
    assert profile.checks.weekdays == {0, 1, 3, 4}
    assert profile.checks.lead_minutes == 0
    assert profile.checks.focus_weekdays == {2}
    assert profile.identity.timezone == "America/New_York"
    assert profile.identity.name == "Ana Silva"  # the rest is untouched
    assert stamp.exists()  # a running app is told

    code, out, _ = boundary(capsys, "plan", "--focus-day", "none")
    assert code == 0
    assert "Plan saved." in out and "Focus days: none." in out
    assert load_profile(paths.profile).checks.focus_weekdays == frozenset()


def test_setting_what_is_already_set_saves_nothing(
    paths: AppPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    before = paths.profile.read_text("utf-8")
    code, out, _ = boundary(capsys, "plan", "--times", "10:00,16:00", "--weekdays", "mon-fri")
    assert code == 0
    assert "The plan already was like that." in out
    assert paths.profile.read_text("utf-8") == before


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--times", "10:00,25:00"], "'25:00' is not a time of day"),
        (["--times", "10:00,10:00"], "the same time twice"),
        (["--times", ","], "at least one time"),
        (["--times", "10:00,10:05"], "10:00 and 10:05, which overlap"),
        (["--minutes", "400"], "--minutes is 400; use a number from 1 to 240."),
        (["--minutes", "ten"], "--minutes takes a whole number"),
        (["--lead", "-1"], "--lead is -1; use a number from 0 to 120."),
        (["--weekdays", "mon-funday"], "'funday' is not a day of the week"),
        (["--focus-day", "wensday"], "'wensday' is not a day of the week"),
        (["--timezone", "Mars/Olympus_Mons"], "'Mars/Olympus_Mons' is not a time zone"),
        (["--minutes", "20", "--times", "10:00,10:15"], "overlap"),
        (["--skip-dates", "2026-12-24,2026-12-32"], "'2026-12-32' is not a date"),
        (["--skip-dates", "24/12/2026"], "'24/12/2026' is not a date"),
        (["--skip-dates", "2026-12-24,2026-12-24"], "lists 2026-12-24 twice"),
        (["--skip-dates", " , "], "--skip-dates needs dates"),
        (
            ["--skip-dates", "2026-12-24", "--minutes", "0"],
            "--minutes is 0; use a number from 1 to 240.",
        ),
    ],
)
def test_a_bad_value_is_one_line_exit_1_and_changes_nothing(
    paths: AppPaths, capsys: pytest.CaptureFixture[str], args: list[str], words: str
) -> None:
    before = paths.profile.read_text("utf-8")
    code, out, err = boundary(capsys, "plan", *args)
    assert code == 1
    assert out == ""
    assert err.count("\n") == 1 and err.startswith("boundary: ")
    assert words in err
    assert paths.profile.read_text("utf-8") == before

    code, data = boundary_json(capsys, "plan", *args)
    assert code == 1 and words in data["error"]


def test_a_value_out_of_range_names_its_flag_and_the_numbers_allowed(
    paths: AppPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = boundary(capsys, "plan", "--minutes", "0")
    assert code == 1
    assert err == "boundary: --minutes is 0; use a number from 1 to 240. Nothing was changed.\n"


def test_skip_dates_replace_the_set_and_none_clears_it(
    paths: AppPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    code, data = boundary_json(capsys, "plan", "--skip-dates", "2026-12-31, 2026-12-24")
    assert code == 0
    assert data["changed"] == ["skip_dates"]
    assert data["skip_dates"] == ["2026-12-24", "2026-12-31"]
    assert load_profile(paths.profile).checks.skip_dates == {
        date(2026, 12, 24),
        date(2026, 12, 31),
    }
    code, out, _ = boundary(capsys, "plan")
    assert "Skipped dates: 2026-12-24, 2026-12-31." in out

    # A skipped day has no windows; the set is replaced, not added to.
    code, out, _ = boundary(capsys, "plan", "--skip-dates", "2026-12-01")
    assert code == 0
    assert "Plan saved." in out and "Skipped dates: 2026-12-01." in out
    code, data = boundary_json(capsys, "schedule", "--from", "2026-12-01", "--days", "2")
    assert [w["start"][:10] for w in data["windows"]] == ["2026-12-02", "2026-12-02"]

    code, out, _ = boundary(capsys, "plan", "--skip-dates", "2026-12-01")
    assert "The plan already was like that." in out
    code, out, _ = boundary(capsys, "plan", "--skip-dates", "None")
    assert code == 0 and "Plan saved." in out and "Skipped dates" not in out
    assert load_profile(paths.profile).checks.skip_dates == frozenset()


def test_plan_help_names_every_flag(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        run(["plan", "--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    for flag in ("--times", "--minutes", "--weekdays", "--lead", "--focus-day", "--timezone"):
        assert flag in out
    assert "--skip-dates DATES" in out and "none clears it" in out


def test_schedule_lists_windows_and_focus_days_in_local_time_and_utc(
    paths: AppPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    boundary(capsys, "plan", "--focus-day", "sun", "--weekdays", "all", "--times", "2:30")
    # Sunday 29 March 2026: Amsterdam springs forward at 02:00.
    code, data = boundary_json(capsys, "schedule", "--from", "2026-03-28", "--days", "2")
    assert code == 0
    assert (data["timezone"], data["from"], data["days"]) == (TZ, "2026-03-28", 2)
    assert data["windows"] == [  # no windows on a focus day
        {
            "key": "2026-03-28T01:30:00+00:00",
            "start": "2026-03-28T02:30:00+01:00",
            "end": "2026-03-28T02:45:00+01:00",
            "start_utc": "2026-03-28T01:30:00+00:00",
            "end_utc": "2026-03-28T01:45:00+00:00",
        }
    ]
    assert data["focus_days"] == [
        {
            "day": "2026-03-29",
            "start": "2026-03-29T00:00:00+01:00",
            "end": "2026-03-30T00:00:00+02:00",
            "start_utc": "2026-03-28T23:00:00+00:00",
            "end_utc": "2026-03-29T22:00:00+00:00",
        }
    ]

    code, out, _ = boundary(capsys, "schedule", "--from", "2026-03-28", "--days", "2")
    assert code == 0
    assert "Europe/Amsterdam (UTC in brackets):" in out
    assert "Sat 28 Mar  02:30–02:45 (01:30–01:45 UTC)" in out
    # The focus day runs from midnight to midnight in Amsterdam: 23 hours, on the UTC clock
    # from Saturday 23:00 to Sunday 22:00.
    assert "Sun 29 Mar  focus day (Sat 23:00–Sun 22:00 UTC)" in out


def test_schedule_defaults_to_a_week_from_today(
    paths: AppPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    code, data = boundary_json(capsys, "schedule")
    assert code == 0
    assert data["days"] == 7
    assert date.fromisoformat(data["from"]) >= date(2026, 1, 1)
    assert 8 <= len(data["windows"]) <= 10  # two a weekday
    code, data = boundary_json(capsys, "schedule", "--from", "tomorrow", "--days", "1")
    assert code == 0 and data["days"] == 1


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--days", "0"], "from 1 to 366"),
        (["--days", "many"], "whole number of days"),
        (["--from", "the day after"], "could not read"),
    ],
)
def test_schedule_errors(
    paths: AppPaths, capsys: pytest.CaptureFixture[str], args: list[str], words: str
) -> None:
    code, _, err = boundary(capsys, "schedule", *args)
    assert code == 1 and words in err


def test_schedule_with_checks_switched_off(
    paths: AppPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    profile = load_profile(paths.profile)
    profile.checks = CheckPlan(enabled=False)
    save_profile(profile, paths.profile)
    code, out, _ = boundary(capsys, "schedule", "--from", "2026-12-01")
    assert code == 0 and "No mail checks and no focus days." in out
    code, out, _ = boundary(capsys, "plan")
    assert "Mail checks: off." in out


def test_plan_errors_reach_a_script_through_the_module_entry_point(paths: AppPaths) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "boundary_app.cli", "plan", "--times", "25:00", "--json"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 1, done.stderr
    assert "is not a time of day" in json.loads(done.stdout)["error"]
    assert done.stderr.startswith("boundary: ") and done.stderr.count("\n") == 1


def test_status_says_focus_day_and_the_reply_is_set(
    paths: AppPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    code, data = boundary_json(capsys, "plan", "--focus-day", "all")
    assert code == 0
    assert data["results"][0]["desired"]["subject"].startswith("Focus day: I'll answer on ")

    code, data = boundary_json(capsys, "status")
    assert code == 0
    assert data["state"] == "focus"
    assert data["away"] is None
    assert data["focus_day"]["day"] == data["focus_day"]["start"][:10]
    code, out, _ = boundary(capsys, "status")
    assert out.startswith("Focus day, until ")
    reply = json.loads((paths.local_replies / "This computer.json").read_text("utf-8"))
    assert reply["enabled"] and reply["subject"].startswith("Focus day")
