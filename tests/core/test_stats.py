"""week_stats: the record, week by week, from a real journal."""

from __future__ import annotations

from dataclasses import fields
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from boundary_app.core.journal import CheckRecord, Forward, Journal, ReplyPeriod
from boundary_app.core.schedule import CheckPlan
from boundary_app.core.stats import FIGURES, Counts, WeekStats, totals, week_stats
from boundary_app.providers.base import Audience
from tests.fakes import FakeClock

AMS = ZoneInfo("Europe/Amsterdam")
WED = 2
PLAN = CheckPlan(focus_weekdays=frozenset({WED}), started=date(2026, 11, 2))
WINDOW = timedelta(minutes=15)


def local(*args: int) -> datetime:
    return datetime(*args, tzinfo=AMS)


def window(
    start: datetime, outcome: str, *, late: timedelta | None = None, snoozes: int = 0
) -> CheckRecord:
    due = start + WINDOW
    closed = None
    if outcome in ("kept", "overrun"):
        closed = due + late if late else due - timedelta(minutes=2)
    return CheckRecord(
        start, due, True, outcome, opened=start if closed else None, closed=closed, snoozes=snoozes
    )


def away(start: datetime, until: datetime | None, ended: datetime | None = None) -> ReplyPeriod:
    return ReplyPeriod(start, until, "vacation", "Away", "in", "out", Audience.ALL, ended=ended)


def by_week(stats: list[WeekStats]) -> dict[str, dict[str, int]]:
    return {s.week: s.figures() for s in stats}


def test_weeks_are_iso_weeks_up_to_the_current_one_oldest_first(
    journal: Journal, clock: FakeClock
) -> None:
    stats = week_stats(journal, CheckPlan(), AMS, clock(), 3)
    assert [(s.week, s.start, s.end) for s in stats] == [
        ("2026-W46", date(2026, 11, 9), date(2026, 11, 15)),
        ("2026-W47", date(2026, 11, 16), date(2026, 11, 22)),
        ("2026-W48", date(2026, 11, 23), date(2026, 11, 29)),
    ]
    assert all(s.figures() == dict.fromkeys(FIGURES, 0) for s in stats)
    assert week_stats(journal, CheckPlan(), AMS, clock(), 0) == []


def test_every_outcome_is_counted_in_its_week(journal: Journal, clock: FakeClock) -> None:
    records = [
        window(local(2026, 11, 16, 10), "kept"),
        window(local(2026, 11, 16, 16), "overrun", late=timedelta(minutes=7, seconds=10)),
        window(local(2026, 11, 17, 10), "overrun", late=timedelta(minutes=3)),
        window(local(2026, 11, 17, 16), "skipped"),
        window(local(2026, 11, 18, 10), "missed"),
        window(local(2026, 11, 19, 10), "kept", snoozes=1),
        # Unscheduled: counted once closed; one still open is not.
        CheckRecord(
            local(2026, 11, 19, 13),
            local(2026, 11, 19, 13, 15),
            False,
            "kept",
            opened=local(2026, 11, 19, 13),
            closed=local(2026, 11, 19, 13, 10),
        ),
        CheckRecord(local(2026, 11, 20, 13), local(2026, 11, 20, 13, 15), False, "open"),
        # This week.
        window(local(2026, 11, 23, 10), "kept"),
        window(local(2026, 11, 23, 16), "missed"),
    ]
    for record in records:
        journal.save_check(record)
    journal.record_forward(Forward(local(2026, 11, 16, 10, 5), "Work", "m1", "sam@example.com"))
    journal.record_forward(Forward(local(2026, 11, 23, 10, 5), "Work", "m2", "sam@example.com"))
    journal.record_forward(Forward(local(2026, 11, 23, 10, 6), "Work", "m3", "sam@example.com"))

    weeks = by_week(week_stats(journal, CheckPlan(), AMS, clock(), 2))
    assert weeks["2026-W47"] == {
        **dict.fromkeys(FIGURES, 0),
        "kept": 2,
        "overrun": 2,
        "overrun_minutes": 10,
        "skipped": 1,
        "missed": 1,
        "snoozed": 1,
        "unscheduled": 1,
        "forwarded": 1,
    }
    assert weeks["2026-W48"] == {
        **dict.fromkeys(FIGURES, 0),
        "kept": 1,
        "missed": 1,
        "forwarded": 2,
    }


def test_a_record_belongs_to_the_local_week_it_started_in(
    journal: Journal, clock: FakeClock
) -> None:
    # Sunday 23:30 and Monday 00:30 in Amsterdam are both Sunday in UTC.
    journal.save_check(window(local(2026, 11, 22, 23, 30), "kept"))
    journal.save_check(window(local(2026, 11, 23, 0, 30), "missed"))
    weeks = by_week(week_stats(journal, CheckPlan(), AMS, clock(), 2))
    assert (weeks["2026-W47"]["kept"], weeks["2026-W47"]["missed"]) == (1, 0)
    assert (weeks["2026-W48"]["kept"], weeks["2026-W48"]["missed"]) == (0, 1)
    # In New York the same two instants fall on Sunday afternoon and evening.
    ny = by_week(week_stats(journal, CheckPlan(), ZoneInfo("America/New_York"), clock(), 2))
    assert (ny["2026-W47"]["kept"], ny["2026-W47"]["missed"]) == (1, 1)


def test_weeks_across_the_autumn_clock_change(journal: Journal) -> None:
    # Sunday 25 October 2026 has 25 hours in Amsterdam; its last hour is still that week.
    journal.save_check(window(local(2026, 10, 25, 23, 30), "kept"))
    journal.save_check(window(local(2026, 10, 26, 0, 0), "skipped"))
    stats = week_stats(journal, CheckPlan(), AMS, local(2026, 10, 27, 9), 2)
    assert [(s.week, s.kept, s.skipped) for s in stats] == [("2026-W43", 1, 0), ("2026-W44", 0, 1)]


def test_away_days_are_the_days_away_at_midday(journal: Journal, clock: FakeClock) -> None:
    # Friday 17:00 until Monday 9:00: the weekend, not four days.
    journal.add_away(away(local(2026, 11, 6, 17), local(2026, 11, 9, 9)), local(2026, 11, 6, 17))
    # Planned Mon-Fri, but "I'm back" on Wednesday morning: Monday and Tuesday.
    journal.add_away(away(local(2026, 11, 16, 0), local(2026, 11, 21, 0)), local(2026, 11, 13))
    journal.end_away(local(2026, 11, 18, 8))
    # Away since Monday 23 November with no end: up to now (Tuesday 09:00), so Monday only.
    journal.add_away(away(local(2026, 11, 23, 0), None), local(2026, 11, 23))
    weeks = by_week(week_stats(journal, CheckPlan(), AMS, clock(), 4))
    assert [w["away_days"] for w in weeks.values()] == [2, 0, 2, 1]
    # Wednesday: the day passes at midday.
    clock.now = local(2026, 11, 25, 12, 30)
    assert week_stats(journal, CheckPlan(), AMS, clock(), 1)[0].away_days == 3


def test_focus_days_that_have_begun_since_the_plan_started_and_not_away(
    journal: Journal, clock: FakeClock
) -> None:
    # Away on Wednesday 11 November: that focus day is an away day instead.
    journal.add_away(away(local(2026, 11, 11, 0), local(2026, 11, 12, 0)), local(2026, 11, 10))
    weeks = week_stats(journal, PLAN, AMS, clock(), 5)
    # W44 (26 Oct) is before the plan started; W48's Wednesday has not come yet.
    assert [(w.week, w.focus_days, w.away_days) for w in weeks] == [
        ("2026-W44", 0, 0),
        ("2026-W45", 1, 0),
        ("2026-W46", 0, 1),
        ("2026-W47", 1, 0),
        ("2026-W48", 0, 0),
    ]
    clock.now = local(2026, 11, 25, 0, 1)
    assert week_stats(journal, PLAN, AMS, clock(), 1)[0].focus_days == 1


def test_totals_add_the_weeks_up(journal: Journal, clock: FakeClock) -> None:
    journal.save_check(window(local(2026, 11, 16, 10), "kept"))
    journal.save_check(window(local(2026, 11, 23, 10), "overrun", late=timedelta(minutes=4)))
    stats = week_stats(journal, PLAN, AMS, clock(), 3)
    total = totals(stats)
    assert (total.kept, total.overrun, total.overrun_minutes, total.focus_days) == (1, 1, 4, 2)
    assert total.windows == 2
    assert tuple(f.name for f in fields(Counts)) == FIGURES


def test_interruptions_are_counted_per_week_and_per_client(
    journal: Journal, clock: FakeClock
) -> None:
    from boundary_app.core.journal import Interruption
    from boundary_app.core.stats import clients_total

    for at, client in (
        (local(2026, 11, 16, 9, 30), "Acme"),
        (local(2026, 11, 16, 11, 0), "acme"),  # the same client, typed another way
        (local(2026, 11, 17, 15, 0), "Globex"),
        (local(2026, 11, 23, 0, 10), "Acme"),  # Monday just after midnight: the new week
        (local(2026, 11, 22, 23, 50), "Globex"),  # Sunday night: the old week
    ):
        journal.record_interruption(Interruption(at, client, "call"))

    weeks = week_stats(journal, CheckPlan(), AMS, clock(), 2)
    assert [(w.week, w.interruptions, w.by_client) for w in weeks] == [
        ("2026-W47", 4, (("Acme", 2), ("Globex", 2))),
        ("2026-W48", 1, (("Acme", 1),)),
    ]
    assert totals(weeks).interruptions == 5
    assert clients_total(weeks) == (("Acme", 3), ("Globex", 2))
    assert weeks[0].to_json()["interruptions_by_client"] == {"Acme": 2, "Globex": 2}


def test_todays_short_absence_counts_only_if_it_holds_midday(journal: Journal) -> None:
    """As docs/architecture.md says: an away day is a date on which the person was away at
    midday; today's counts once midday has passed."""
    tuesday = local(2026, 11, 24, 10, 12)
    # Away for eight minutes in the morning ("I'm back" at 10:20): no away day, now or later.
    journal.add_away(away(tuesday, local(2026, 11, 25, 9)), tuesday)
    journal.end_away(local(2026, 11, 24, 10, 20))
    assert week_stats(journal, CheckPlan(), AMS, local(2026, 11, 24, 18), 1)[0].away_days == 0
    # Away from 11:00 until 13:00: not yet at 11:30, an away day from midday on.
    journal.add_away(away(local(2026, 11, 24, 11), local(2026, 11, 24, 13)), tuesday)
    counts = [
        week_stats(journal, CheckPlan(), AMS, local(2026, 11, 24, h, m), 1)[0].away_days
        for h, m in ((11, 30), (12, 0), (12, 1), (18, 0))
    ]
    assert counts == [0, 0, 1, 1]
