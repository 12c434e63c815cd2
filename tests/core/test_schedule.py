"""The schedule engine: windows and focus days for a plan and a zone, DST included."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta
from itertools import pairwise
from zoneinfo import ZoneInfo

import pytest

from boundary_app.core.schedule import (
    CheckPlan,
    FocusDay,
    PlanError,
    Window,
    focus_days_between,
    focus_return,
    format_weekdays,
    next_focus_day,
    next_window,
    parse_clock,
    parse_weekdays,
    plan_problem,
    windows_between,
)

AMS = ZoneInfo("Europe/Amsterdam")
NYC = ZoneInfo("America/New_York")
LHI = ZoneInfo("Australia/Lord_Howe")
JKT = ZoneInfo("Asia/Jakarta")
EVERY_DAY = frozenset(range(7))
MINUTE = timedelta(minutes=1)
DAY = timedelta(days=1)


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def local_day(day: date, tz: ZoneInfo) -> tuple[datetime, datetime]:
    return datetime.combine(day, time(0), tz), datetime.combine(day + DAY, time(0), tz)


def starts(windows: list[Window]) -> list[str]:
    return [w.start.isoformat() for w in windows]


def plan(*times: str, **kw: object) -> CheckPlan:
    kw.setdefault("weekdays", EVERY_DAY)
    return CheckPlan(times=tuple(parse_clock(t) for t in times), **kw)  # type: ignore[arg-type]


# --- the plain case --------------------------------------------------------------------------


def test_default_plan_is_ten_and_four_for_fifteen_minutes_on_weekdays() -> None:
    default = CheckPlan()
    week = windows_between(default, AMS, utc(2026, 11, 23), utc(2026, 11, 30))  # Mon..Sun

    assert len(week) == 10
    assert starts(week[:2]) == ["2026-11-23T10:00:00+01:00", "2026-11-23T16:00:00+01:00"]
    assert {w.start.weekday() for w in week} == {0, 1, 2, 3, 4}
    assert all(w.end - w.start == timedelta(minutes=15) for w in week)
    assert all(w.start.tzname() == "CET" for w in week)
    assert week[0].key == "2026-11-23T09:00:00+00:00"


def test_interval_is_half_open_on_window_starts() -> None:
    default = CheckPlan()
    ten = datetime(2026, 11, 24, 10, 0, tzinfo=AMS)
    assert starts(windows_between(default, AMS, ten, ten + MINUTE)) == [ten.isoformat()]
    assert windows_between(default, AMS, ten - MINUTE, ten) == []
    assert windows_between(default, AMS, ten + MINUTE, ten + 2 * MINUTE) == []  # in progress


def test_times_are_sorted_and_unique() -> None:
    assert plan("16:00", "10:00", "16:00").times == (time(10), time(16))


def test_skip_dates_empty_weekdays_and_a_disabled_plan() -> None:
    week = (utc(2026, 11, 23), utc(2026, 11, 30))
    skipped = CheckPlan(skip_dates=frozenset({date(2026, 11, 24)}))
    days = {w.start.date() for w in windows_between(skipped, AMS, *week)}
    assert date(2026, 11, 24) not in days and len(days) == 4

    assert windows_between(CheckPlan(weekdays=frozenset()), AMS, *week) == []
    assert windows_between(CheckPlan(enabled=False), AMS, *week) == []
    assert windows_between(CheckPlan(times=()), AMS, *week) == []
    assert next_window(CheckPlan(weekdays=frozenset()), AMS, week[0]) is None
    assert next_window(CheckPlan(enabled=False), AMS, week[0]) is None


def test_no_windows_on_a_focus_day() -> None:
    week = windows_between(CheckPlan(focus_weekdays=frozenset({2})), AMS, *local_week())
    assert {w.start.weekday() for w in week} == {0, 1, 3, 4}
    only_focus = CheckPlan(weekdays=frozenset({2}), focus_weekdays=frozenset({2}))
    assert next_window(only_focus, AMS, utc(2026, 11, 24)) is None


def local_week() -> tuple[datetime, datetime]:
    return datetime(2026, 11, 23, tzinfo=AMS), datetime(2026, 11, 30, tzinfo=AMS)


def test_naive_datetimes_are_refused() -> None:
    with pytest.raises(ValueError, match="aware"):
        windows_between(CheckPlan(), AMS, datetime(2026, 1, 1), utc(2026, 1, 2))


# --- next window ------------------------------------------------------------------------------


def test_next_window_includes_the_one_in_progress() -> None:
    default = CheckPlan()
    ten = datetime(2026, 11, 24, 10, 0, tzinfo=AMS)

    assert next_window(default, AMS, ten - MINUTE) == Window(ten, ten + 15 * MINUTE)
    assert next_window(default, AMS, ten + 14 * MINUTE) == Window(ten, ten + 15 * MINUTE)
    following = next_window(default, AMS, ten + 15 * MINUTE)
    assert following is not None and following.start == ten.replace(hour=16)


def test_next_window_skips_the_weekend_and_a_long_run_of_skipped_days() -> None:
    friday_evening = datetime(2026, 11, 27, 17, 0, tzinfo=AMS)
    monday = next_window(CheckPlan(), AMS, friday_evening)
    assert monday is not None and monday.start == datetime(2026, 11, 30, 10, 0, tzinfo=AMS)

    holiday = frozenset(date(2026, 11, 30) + k * DAY for k in range(40))
    after = next_window(CheckPlan(skip_dates=holiday), AMS, friday_evening)
    assert after is not None
    assert after.start.date() == date(2027, 1, 11)  # the Monday after the last skipped day


# --- DST ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("tz", "day", "wall", "expected_utc", "expected_local"),
    [
        # Spring forward: 02:30 does not exist; the window starts when the gap ends.
        (AMS, date(2026, 3, 29), "02:30", utc(2026, 3, 29, 1, 0), "03:00+02:00"),
        (NYC, date(2026, 3, 8), "02:30", utc(2026, 3, 8, 7, 0), "03:00-04:00"),
        (LHI, date(2026, 10, 4), "02:15", utc(2026, 10, 3, 15, 30), "02:30+11:00"),
        # Fall back: the wall time happens twice; the first occurrence counts.
        (AMS, date(2026, 10, 25), "02:30", utc(2026, 10, 25, 0, 30), "02:30+02:00"),
        (NYC, date(2026, 11, 1), "01:30", utc(2026, 11, 1, 5, 30), "01:30-04:00"),
        (NYC, date(2026, 11, 1), "02:30", utc(2026, 11, 1, 7, 30), "02:30-05:00"),
        (LHI, date(2026, 4, 5), "01:45", utc(2026, 4, 4, 14, 45), "01:45+11:00"),
        # No DST at all.
        (JKT, date(2026, 3, 29), "02:30", utc(2026, 3, 28, 19, 30), "02:30+07:00"),
    ],
)
def test_a_window_on_a_change_day(
    tz: ZoneInfo, day: date, wall: str, expected_utc: datetime, expected_local: str
) -> None:
    windows = windows_between(plan(wall), tz, *local_day(day, tz))

    assert len(windows) == 1
    (window,) = windows
    assert window.start == expected_utc
    assert window.start.isoformat(timespec="minutes").endswith(expected_local)
    assert window.end - window.start == timedelta(minutes=15)  # absolute time
    assert window.key == expected_utc.isoformat()


def test_windows_pushed_together_by_a_gap_never_share_a_start() -> None:
    # 02:10 and 02:40 both fall in Amsterdam's spring gap: one after the other from 03:00.
    windows = windows_between(plan("02:10", "02:40"), AMS, *local_day(date(2026, 3, 29), AMS))
    assert starts(windows) == ["2026-03-29T03:00:00+02:00", "2026-03-29T03:15:00+02:00"]


def test_a_window_crossing_the_lord_howe_gap_lasts_fifteen_real_minutes() -> None:
    windows = windows_between(plan("01:45", "02:15"), LHI, *local_day(date(2026, 10, 4), LHI))
    assert [(w.start.strftime("%H:%M%z"), w.end.strftime("%H:%M%z")) for w in windows] == [
        ("01:45+1030", "02:30+1100"),  # 15 minutes that look like 45 on the wall
        ("02:30+1100", "02:45+1100"),
    ]


ZONES = [AMS, NYC, LHI, JKT, ZoneInfo("Europe/London"), ZoneInfo("America/Santiago")]
PLANS = [
    CheckPlan(),
    plan("00:00", "01:30", "02:00", "02:30", "03:00", "23:50", minutes=10),
    plan("01:45", "02:15", skip_dates=frozenset({date(2026, 10, 4)})),
    plan("09:00", weekdays=frozenset({0, 6}), focus_weekdays=frozenset({6})),
]


@pytest.mark.parametrize("tz", ZONES, ids=str)
@pytest.mark.parametrize("the_plan", PLANS)
def test_a_whole_year_no_window_twice_none_lost(tz: ZoneInfo, the_plan: CheckPlan) -> None:
    start, end = datetime(2026, 1, 1, tzinfo=tz), datetime(2027, 1, 1, tzinfo=tz)
    year = windows_between(the_plan, tz, start, end)

    # Every check day has each of its windows exactly once.
    days = [start.date() + k * DAY for k in range((end.date() - start.date()).days)]
    assert len(year) == sum(len(the_plan.times) for d in days if the_plan.checks_on(d))
    assert len({w.key for w in year}) == len(year)
    for earlier, later in pairwise(year):
        assert earlier.end <= later.start  # sorted, never overlapping
    for window in year:
        assert window.end - window.start == the_plan.duration
        wall = window.start.astimezone(tz)
        # On the wall clock a window starts at its planned time, or a little later (a gap).
        planned = [datetime.combine(wall.date(), t, tz) for t in the_plan.times]
        assert any(
            timedelta(0) <= wall.replace(tzinfo=None) - p.replace(tzinfo=None) <= timedelta(hours=1)
            for p in planned
        )

    # Cut anywhere, the pieces add up to the whole.
    rng = random.Random(str(tz))
    cuts = sorted({start + timedelta(minutes=rng.randrange(525_600)) for _ in range(60)})
    edges = [start, *cuts, end]
    pieces = [w for a, b in pairwise(edges) for w in windows_between(the_plan, tz, a, b)]
    assert pieces == year

    # next_window agrees with the list, at random instants and at every edge.
    probes = cuts[::3] + [w.start for w in year[::97]] + [w.end - MINUTE for w in year[::101]]
    for moment in probes:
        expected = next((w for w in year if w.end > moment), None)
        if expected is not None:
            assert next_window(the_plan, tz, moment) == expected


def test_a_new_time_zone_moves_the_windows_to_its_wall_clock() -> None:
    default = CheckPlan()
    span = (utc(2026, 11, 24), utc(2026, 11, 25))
    in_amsterdam = windows_between(default, AMS, *span)
    in_new_york = windows_between(default, NYC, *span)

    assert [w.key for w in in_amsterdam] == [
        "2026-11-24T09:00:00+00:00",
        "2026-11-24T15:00:00+00:00",
    ]
    assert [w.key for w in in_new_york] == [
        "2026-11-24T15:00:00+00:00",
        "2026-11-24T21:00:00+00:00",
    ]
    assert [w.start.strftime("%H:%M") for w in in_new_york] == ["10:00", "16:00"]
    # The window that already started in Amsterdam stays itself; after moving, the next
    # one is New York's 10:00.
    moved = next_window(default, NYC, utc(2026, 11, 24, 9, 5))
    assert moved is not None and moved.start.strftime("%H:%M %Z") == "10:00 EST"


# --- focus days --------------------------------------------------------------------------------


WEDNESDAYS = CheckPlan(focus_weekdays=frozenset({2}))


def test_focus_days_are_whole_local_days() -> None:
    days = focus_days_between(WEDNESDAYS, AMS, *local_week())
    assert days == [
        FocusDay(
            date(2026, 11, 25),
            datetime(2026, 11, 25, tzinfo=AMS),
            datetime(2026, 11, 26, tzinfo=AMS),
        )
    ]
    assert focus_days_between(CheckPlan(), AMS, *local_week()) == []
    # The plan's switch and skipped dates are about mail checks only.
    off = CheckPlan(
        enabled=False, focus_weekdays=frozenset({2}), skip_dates=frozenset({date(2026, 11, 25)})
    )
    assert focus_days_between(off, AMS, *local_week()) == days


def test_next_focus_day_is_the_one_in_progress_or_the_next() -> None:
    wednesday = datetime(2026, 11, 25, tzinfo=AMS)
    in_progress = next_focus_day(WEDNESDAYS, AMS, wednesday + timedelta(hours=23, minutes=59))
    assert in_progress is not None and in_progress.day == date(2026, 11, 25)
    upcoming = next_focus_day(WEDNESDAYS, AMS, wednesday + DAY)
    assert upcoming is not None and upcoming.day == date(2026, 12, 2)
    assert next_focus_day(CheckPlan(), AMS, wednesday) is None


def test_a_focus_day_on_a_change_day_is_23_or_25_hours() -> None:
    sundays = CheckPlan(focus_weekdays=frozenset({6}))
    spring = next_focus_day(sundays, AMS, datetime(2026, 3, 28, tzinfo=AMS))
    autumn = next_focus_day(sundays, AMS, datetime(2026, 10, 24, tzinfo=AMS))
    assert spring is not None and spring.end - spring.start == timedelta(hours=23)
    assert autumn is not None and autumn.end - autumn.start == timedelta(hours=25)
    # Santiago changes clocks at midnight: the day starts at the first valid instant.
    santiago = ZoneInfo("America/Santiago")
    saturdays = CheckPlan(focus_weekdays=frozenset({5}))
    day = next_focus_day(saturdays, santiago, datetime(2026, 9, 5, 12, tzinfo=santiago))
    assert day is not None and day.day == date(2026, 9, 5)
    assert day.start.astimezone(santiago).strftime("%H:%M") in ("00:00", "01:00")


def test_focus_return_is_the_next_working_morning() -> None:
    wednesday = next_focus_day(WEDNESDAYS, AMS, utc(2026, 11, 24))
    assert wednesday is not None
    back = focus_return(WEDNESDAYS, AMS, wednesday, time(9))
    assert back == datetime(2026, 11, 26, 9, tzinfo=AMS)

    fridays = CheckPlan(focus_weekdays=frozenset({4}))
    friday = next_focus_day(fridays, AMS, utc(2026, 11, 24))
    assert friday is not None
    assert focus_return(fridays, AMS, friday, time(8, 30)) == datetime(
        2026, 11, 30, 8, 30, tzinfo=AMS
    )
    nothing = CheckPlan(weekdays=frozenset(), focus_weekdays=frozenset({4}))
    assert focus_return(nothing, AMS, friday, time(9)).date() == date(2026, 11, 28)


# --- typing and checking a plan ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("mon-fri", {0, 1, 2, 3, 4}),
        ("mon,wed,fri", {0, 2, 4}),
        ("Wednesday", {2}),
        ("fri-mon", {4, 5, 6, 0}),
        ("sat - sun", {5, 6}),
        ("none", set()),
        ("all", set(range(7))),
    ],
)
def test_weekday_specs(text: str, days: set[int]) -> None:
    assert parse_weekdays(text) == days
    assert parse_weekdays(format_weekdays(frozenset(days))) == days


@pytest.mark.parametrize("text", ["funday", "mon-", "mon-tue-wed", "1"])
def test_bad_weekday_specs(text: str) -> None:
    with pytest.raises(PlanError):
        parse_weekdays(text)


def test_format_weekdays() -> None:
    assert format_weekdays(frozenset({0, 1, 2, 3, 4})) == "mon-fri"
    assert format_weekdays(frozenset({0, 1, 3})) == "mon,tue,thu"
    assert format_weekdays(frozenset()) == "none"


@pytest.mark.parametrize("text", ["24:00", "10", "10:60", "ten", "", "10:00:00"])
def test_bad_clock_times(text: str) -> None:
    with pytest.raises(PlanError, match="time of day"):
        parse_clock(text)


@pytest.mark.parametrize(
    ("the_plan", "field", "words"),
    [
        (plan("10:00", "10:10"), "times", "10:00 and 10:10, which overlap"),
        (plan("23:55", "00:05"), "times", "across midnight"),
        (CheckPlan(minutes=0), "minutes", "from 1 to 240"),
        (CheckPlan(minutes=241), "minutes", "from 1 to 240"),
        (CheckPlan(lead_minutes=121), "lead_minutes", "from 0 to 120"),
        (CheckPlan(weekdays=frozenset({7})), "weekdays", "not a day of the week"),
    ],
)
def test_plan_problems(the_plan: CheckPlan, field: str, words: str) -> None:
    problem = plan_problem(the_plan)
    assert problem is not None
    assert problem[0] == field and words in problem[1]


def test_a_good_plan_has_no_problem() -> None:
    assert plan_problem(CheckPlan()) is None
    assert plan_problem(plan("10:00", "10:15")) is None  # back to back is fine
