"""The mail-check plan and focus days in the profile: read, checked by line, written back."""

from __future__ import annotations

import textwrap
import tomllib
from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest

from boundary_app.core.profile import (
    ProfileInvalid,
    default_profile,
    dumps,
    load_profile,
    open_profile,
    parse_profile,
    save_profile,
)
from boundary_app.core.schedule import CheckPlan

NOW = datetime(2026, 11, 24, 8, 30, tzinfo=UTC)

FULL = """\
schema_version = 1

[identity]
name = "Ana"
timezone = "Europe/Amsterdam"

[checks]
enabled = true
times = ["16:30", "09:00", "12:00"]
minutes = 20
weekdays = ["mon", "tue", "thu"]
skip_dates = [2026-12-24, "2026-12-31"]
lead_minutes = 0
snooze_minutes = 5
snoozes = 2
strict = true
look_back_weeks = 6
started = 2026-11-02
future_check_flag = "kept"

[focus]
weekdays = ["wed"]
future_focus_flag = [1, 2]
"""


def test_a_profile_without_a_plan_gets_the_defaults() -> None:
    profile = parse_profile('[identity]\nname = "Ana"\n')
    assert profile.checks == CheckPlan()
    assert profile.checks.times == (time(10), time(16))
    assert profile.checks.weekdays == {0, 1, 2, 3, 4}
    assert profile.checks.focus_weekdays == frozenset()


def test_every_field_is_read() -> None:
    plan = parse_profile(FULL).checks
    assert plan == CheckPlan(
        times=(time(9), time(12), time(16, 30)),
        minutes=20,
        weekdays=frozenset({0, 1, 3}),
        skip_dates=frozenset({date(2026, 12, 24), date(2026, 12, 31)}),
        lead_minutes=0,
        snooze_minutes=5,
        snoozes=2,
        strict=True,
        focus_weekdays=frozenset({2}),
        look_back_weeks=6,
        started=date(2026, 11, 2),
        enabled=True,
    )


def test_the_plan_round_trips_with_unknown_keys(tmp_path: Path) -> None:
    profile = parse_profile(FULL)
    text = dumps(profile)
    again = parse_profile(text)

    assert again == profile
    assert dumps(again) == text
    doc = tomllib.loads(text)
    assert doc["checks"]["future_check_flag"] == "kept"
    assert doc["focus"]["future_focus_flag"] == [1, 2]
    assert doc["checks"]["times"] == ["09:00", "12:00", "16:30"]
    assert doc["checks"]["weekdays"] == ["mon", "tue", "thu"]
    assert doc["checks"]["skip_dates"] == [date(2026, 12, 24), date(2026, 12, 31)]
    assert doc["focus"]["weekdays"] == ["wed"]

    path = tmp_path / "profile.toml"
    save_profile(profile, path)
    assert load_profile(path) == profile


def test_weekdays_may_be_written_as_a_range() -> None:
    text = '[checks]\nweekdays = "mon-thu"\n[focus]\nweekdays = ["friday"]\n'
    plan = parse_profile(text).checks
    assert plan.weekdays == {0, 1, 2, 3}
    assert plan.focus_weekdays == {4}


def test_toml_time_literals_are_accepted() -> None:
    plan = parse_profile("[checks]\ntimes = [10:30:00, 15:00:00]\n").checks
    assert plan.times == (time(10, 30), time(15))


@pytest.mark.parametrize(
    ("body", "line", "words"),
    [
        ('times = ["10:00", "25:00"]', 3, ["checks.times", "'25:00' is not a time of day"]),
        ('times = ["10:00", "10:00"]', 3, ["checks.times", "10:00 twice"]),
        ("times = [1000]", 3, ["checks.times", "1000"]),
        ('times = ["10:00", "10:10"]', 3, ["checks.times", "10:00 and 10:10, which overlap"]),
        ('times = ["10:00", "10:30"]\nminutes = 45', 3, ["checks.times", "overlap"]),
        ("minutes = 0", 3, ["checks.minutes", "from 1 to 240"]),
        ('minutes = "15"', 3, ["checks.minutes", "should be a number"]),
        ("lead_minutes = 500", 3, ["checks.lead_minutes", "from 0 to 120"]),
        ('weekdays = ["mon", "funday"]', 3, ["checks.weekdays", "'funday' is not a day"]),
        ("weekdays = [1, 2]", 3, ["checks.weekdays", "list of days"]),
        ('skip_dates = ["someday"]', 3, ["checks.skip_dates", "not a date"]),
        ('started = "2026-13-01"', 3, ["checks.started", "not a date"]),
        ('strict = "yes"', 3, ["checks.strict", "true/false"]),
    ],
)
def test_errors_in_the_plan_name_the_line(body: str, line: int, words: list[str]) -> None:
    text = f"schema_version = 1\n[checks]\n{body}\n"
    with pytest.raises(ProfileInvalid) as caught:
        parse_profile(text)
    assert caught.value.line == line
    message = str(caught.value)
    assert message.startswith(f"line {line}: ")
    for word in words:
        assert word in message


def test_a_bad_focus_day_names_the_focus_table() -> None:
    text = textwrap.dedent("""\
        [checks]
        minutes = 15

        [focus]
        weekdays = ["wensday"]
        """)
    with pytest.raises(ProfileInvalid, match=r"^line 5: focus.weekdays holds 'wensday'"):
        parse_profile(text)


def test_a_new_profile_starts_its_plan_today(tmp_path: Path) -> None:
    path = tmp_path / "profile.toml"
    late_evening_utc = datetime(2026, 11, 24, 23, 30, tzinfo=UTC)  # already the 25th in Tokyo
    profile = open_profile(path, late_evening_utc, "Asia/Tokyo").profile
    assert profile.checks.started == date(2026, 11, 25)
    assert tomllib.loads(path.read_text("utf-8"))["checks"]["started"] == date(2026, 11, 25)


def test_an_older_profile_gets_a_start_date_once(tmp_path: Path) -> None:
    path = tmp_path / "profile.toml"
    path.write_text('[identity]\ntimezone = "Europe/Amsterdam"\n', "utf-8")

    first = open_profile(path, NOW).profile
    assert first.checks.started == date(2026, 11, 24)
    assert load_profile(path).checks.started == date(2026, 11, 24)
    later = open_profile(path, datetime(2027, 3, 1, tzinfo=UTC)).profile
    assert later.checks.started == date(2026, 11, 24)


def test_a_newer_profile_is_not_given_a_start_date(tmp_path: Path) -> None:
    path = tmp_path / "profile.toml"
    text = "schema_version = 99\n"
    path.write_text(text, "utf-8")
    opened = open_profile(path, NOW)
    assert opened.profile.checks.started is None
    assert path.read_text("utf-8") == text


def test_the_default_profile_has_the_default_plan() -> None:
    assert default_profile("Europe/Amsterdam").checks == CheckPlan()
