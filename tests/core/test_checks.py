"""The mail-check habit over a fake clock: reminders, opening, time's up, the record."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from boundary_app.core.checks import CheckKeeper, Due
from boundary_app.core.journal import CheckRecord, Journal
from boundary_app.core.schedule import CheckPlan, Window
from tests.fakes import FakeClock

AMS = ZoneInfo("Europe/Amsterdam")
TUESDAY_0900 = datetime(2026, 11, 24, 9, 0, tzinfo=AMS)


def at(hour: int, minute: int = 0, day: int = 24, second: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute, second, tzinfo=AMS)


class Habit:
    def __init__(self, path: Path, plan: CheckPlan | None = None) -> None:
        self.clock = FakeClock(TUESDAY_0900)
        self.journal = Journal(path / "journal.sqlite3")
        self.plan = plan or CheckPlan()
        self.away: list[tuple[datetime, datetime]] = []
        self.keeper = self.new_keeper()

    def new_keeper(self) -> CheckKeeper:
        return CheckKeeper(
            self.journal,
            lambda: (self.plan, AMS),
            self.clock,
            away_at=lambda m: any(a <= m < b for a, b in self.away),
        )

    def sync_at(self, moment: datetime) -> list[Due]:
        self.clock.now = moment
        return self.keeper.sync()

    def day(self) -> list[tuple[str, str]]:
        return [
            (r.start.astimezone(AMS).strftime("%H:%M"), r.outcome)
            for r in self.journal.checks(at(0), at(0, day=25))
        ]


@pytest.fixture
def habit(tmp_path: Path) -> Habit:
    habit = Habit(tmp_path)
    assert habit.keeper.sync() == []  # the first look starts the record now
    return habit


def kinds(due: list[Due]) -> list[str]:
    return [d.kind for d in due]


def test_a_kept_window_reminder_open_and_done_in_time(habit: Habit) -> None:
    assert habit.keeper.next_moment() == at(9, 55)
    due = habit.sync_at(at(9, 55))
    assert kinds(due) == ["remind"]
    assert due[0].window is not None and due[0].window.start == at(10)
    assert habit.sync_at(at(9, 55)) == []  # nothing twice
    assert habit.keeper.next_moment() == at(10)
    due = habit.sync_at(at(10))
    assert kinds(due) == ["open"]
    assert due[0].record is not None and due[0].record.due == at(10, 15)
    assert habit.keeper.next_moment() == at(10, 15)
    habit.clock.now = at(10, 12)
    closed = habit.keeper.close()
    assert closed is not None and closed.outcome == "kept" and closed.overrun == 0
    assert habit.day() == [("10:00", "kept")]
    assert habit.keeper.upcoming() is not None
    assert habit.keeper.next_moment() == at(15, 55)


def test_times_up_once_then_the_overrun_is_counted(habit: Habit) -> None:
    habit.sync_at(at(10))
    assert kinds(habit.sync_at(at(10, 15))) == ["times-up"]
    assert habit.sync_at(at(10, 16)) == []
    assert habit.keeper.next_moment() == at(15, 55)  # no per-minute nudges unless strict
    habit.clock.now = at(10, 17, second=30)
    closed = habit.keeper.close()
    assert closed is not None
    assert (closed.outcome, closed.overrun) == ("overrun", 150.0)


def test_strict_mode_nudges_every_minute_and_keeps_the_reason(tmp_path: Path) -> None:
    habit = Habit(tmp_path, CheckPlan(strict=True))
    habit.keeper.sync()
    habit.sync_at(at(10))
    assert kinds(habit.sync_at(at(10, 15))) == ["times-up"]
    assert habit.keeper.next_moment() == at(10, 16)
    assert habit.sync_at(at(10, 15, second=30)) == []
    assert kinds(habit.sync_at(at(10, 16))) == ["times-up"]
    habit.clock.now = at(10, 20)
    closed = habit.keeper.close(reason="client escalation")
    assert closed is not None and closed.reason == "client escalation"


def test_windows_slept_through_are_missed_never_opened_late(habit: Habit) -> None:
    assert habit.sync_at(at(17)) == []
    assert habit.day() == [("10:00", "missed"), ("16:00", "missed")]
    assert habit.sync_at(at(17, 1)) == []


def test_waking_inside_a_window_opens_it_with_the_time_left(habit: Habit) -> None:
    due = habit.sync_at(at(10, 5))
    assert kinds(due) == ["open"]  # no reminder: the window is no longer ahead
    record = due[0].record
    assert record is not None and record.opened == at(10, 5) and record.due == at(10, 15)


def test_a_check_open_when_the_machine_slept_is_closed_when_it_was_last_seen(
    habit: Habit,
) -> None:
    habit.sync_at(at(10))
    habit.sync_at(at(10, 4))
    assert habit.sync_at(at(12)) == []  # woke long after: no nudge, no overrun from sleep
    assert habit.day() == [("10:00", "kept")]


def test_a_restarted_app_finds_the_open_check_and_opens_nothing_twice(habit: Habit) -> None:
    habit.sync_at(at(10))
    keeper = habit.new_keeper()
    habit.clock.now = at(10, 1)
    assert keeper.sync() == []
    current = keeper.current()
    assert current is not None and current.start == at(10)


def test_snooze_once_then_it_reopens_with_full_time(habit: Habit) -> None:
    habit.sync_at(at(10))
    assert habit.keeper.can_snooze()
    snoozed = habit.keeper.snooze()
    assert snoozed is not None and snoozed.resume == at(10, 10)
    assert habit.keeper.current() is None
    assert habit.keeper.next_moment() == at(10, 10)
    due = habit.sync_at(at(10, 10))
    assert kinds(due) == ["open"]
    assert due[0].record is not None and due[0].record.due == at(10, 25)
    assert not habit.keeper.can_snooze()
    assert habit.keeper.snooze() is None
    habit.clock.now = at(10, 20)
    closed = habit.keeper.close()
    assert closed is not None and (closed.outcome, closed.snoozes) == ("kept", 1)


def test_skip_next_and_pause_for_today(habit: Habit) -> None:
    skipped = habit.keeper.skip_next()
    assert skipped is not None and skipped.start == at(10)
    assert habit.sync_at(at(10)) == []
    upcoming = habit.keeper.upcoming()
    assert upcoming is not None and upcoming.start == at(16)
    assert [w.start for w in habit.keeper.pause_today()] == [at(16)]
    assert habit.sync_at(at(16, 5)) == []
    assert habit.day() == [("10:00", "skipped"), ("16:00", "skipped")]
    upcoming = habit.keeper.upcoming()
    assert upcoming is not None and upcoming.start == at(10, day=25)


def test_check_now_outside_a_window_is_unscheduled(habit: Habit) -> None:
    habit.clock.now = at(12)
    assert not habit.keeper.in_window()
    record = habit.keeper.check_now()
    assert (record.scheduled, record.due) == (False, at(12, 15))
    assert habit.keeper.check_now() == record  # already open
    habit.clock.now = at(12, 10)
    closed = habit.keeper.close()
    assert closed is not None and closed.outcome == "kept"
    assert habit.journal.last_check() == at(12).astimezone(UTC)


def test_check_now_inside_a_window_opens_that_window(habit: Habit) -> None:
    habit.keeper.skip_next()  # even a skipped one is not reopened: a fresh check starts
    habit.clock.now = at(16, 3)
    assert habit.keeper.in_window()
    record = habit.keeper.check_now()
    assert (record.scheduled, record.start, record.due) == (True, at(16), at(16, 15))


def test_windows_while_away_are_neither_opened_nor_missed(habit: Habit) -> None:
    habit.away.append((at(9, 30), at(13)))
    assert habit.sync_at(at(10, 5)) == []
    upcoming = habit.keeper.upcoming()
    assert upcoming is not None and upcoming.start == at(16)
    habit.sync_at(at(17))
    assert habit.day() == [("16:00", "missed")]


def test_the_look_back_is_offered_once_after_eight_weeks(tmp_path: Path) -> None:
    habit = Habit(tmp_path, CheckPlan(started=date(2026, 9, 29)))
    assert kinds(habit.keeper.sync()) == []
    assert habit.keeper.evaluation_date() == date(2026, 11, 24)
    assert habit.keeper.next_moment() == at(9, 55)
    assert kinds(habit.sync_at(at(10))) == ["open", "evaluate"]
    assert "evaluate" not in kinds(habit.sync_at(at(10, 1)))


def test_a_clock_set_back_does_not_reopen_what_is_recorded(habit: Habit) -> None:
    habit.sync_at(at(10))
    habit.keeper.close()
    assert habit.sync_at(at(9, 50)) == []
    assert kinds(habit.sync_at(at(10, 0, second=30))) == []
    assert habit.day() == [("10:00", "kept")]


def test_a_disabled_plan_does_nothing(tmp_path: Path) -> None:
    habit = Habit(tmp_path, CheckPlan(enabled=False))
    habit.keeper.sync()
    assert habit.keeper.next_moment() is None
    assert habit.sync_at(at(17)) == []
    assert habit.day() == []


def test_records_survive_in_the_journal(habit: Habit, tmp_path: Path) -> None:
    habit.sync_at(at(10))
    habit.journal.close()
    journal = Journal(tmp_path / "journal.sqlite3")
    [record] = journal.checks(at(0), at(23))
    assert record == CheckRecord(
        at(10).astimezone(UTC), at(10, 15).astimezone(UTC), True, "open", opened=at(10)
    )


def test_the_evaluation_is_offered_again_two_months_after_the_last(tmp_path: Path) -> None:
    habit = Habit(tmp_path, CheckPlan(started=date(2026, 9, 29)))
    assert kinds(habit.sync_at(at(10))) == ["open", "evaluate"]
    assert habit.keeper.evaluation_date() == date(2027, 1, 19)  # eight weeks on
    habit.keeper.evaluation_held(at(12, day=30))  # held six days later: counts from then
    assert habit.keeper.evaluation_date() == date(2027, 1, 25)
    assert "evaluate" not in kinds(habit.sync_at(datetime(2027, 1, 25, 9, 0, tzinfo=AMS)))
    assert "evaluate" in kinds(habit.sync_at(datetime(2027, 1, 25, 10, 0, tzinfo=AMS)))
    assert "evaluate" not in kinds(habit.sync_at(datetime(2027, 1, 25, 10, 5, tzinfo=AMS)))


def test_a_skip_can_be_undone_while_the_window_is_ahead(habit: Habit) -> None:
    skipped = habit.keeper.skip_next()
    assert skipped is not None and habit.keeper.skipped_ahead() == skipped
    assert habit.keeper.upcoming() is not None and habit.keeper.upcoming().start == at(16)

    assert habit.keeper.unskip(skipped)
    assert habit.keeper.skipped_ahead() is None
    assert habit.keeper.upcoming() == skipped
    assert habit.day() == []
    assert kinds(habit.sync_at(at(9, 55))) == ["remind"]
    assert kinds(habit.sync_at(at(10))) == ["open"]
    # Once the window has begun, the skip is on record for good.
    habit.keeper.close()
    habit.keeper.pause_today()
    assert habit.keeper.skipped_ahead() is not None
    habit.clock.now = at(16, 1)
    assert habit.keeper.skipped_ahead() is None
    assert not habit.keeper.unskip(Window(at(16), at(16, 15)))
    assert habit.day() == [("10:00", "kept"), ("16:00", "skipped")]


def test_the_reminder_can_start_the_window_early_snooze_it_or_skip_it(habit: Habit) -> None:
    [reminder] = habit.sync_at(at(9, 55))
    window = reminder.window
    assert window is not None

    record = habit.keeper.start_early(window)
    assert record is not None and record.due == at(10, 10)  # its full fifteen minutes
    assert habit.keeper.current() == record
    assert kinds(habit.sync_at(at(10))) == []  # not opened a second time
    habit.clock.now = at(10, 5)
    assert habit.keeper.close() is not None
    assert habit.day() == [("10:00", "kept")]  # counted as the 10:00 window

    [reminder] = habit.sync_at(at(15, 55))
    assert reminder.window is not None and habit.keeper.can_snooze_ahead()
    snoozed = habit.keeper.snooze_ahead(reminder.window)
    assert snoozed is not None and snoozed.resume == at(16, 10)
    assert kinds(habit.sync_at(at(16))) == []
    [opened] = habit.sync_at(at(16, 10))
    assert opened.kind == "open" and opened.record is not None
    assert opened.record.due == at(16, 25) and opened.record.snoozes == 1
    assert not habit.keeper.can_snooze()  # the one snooze the plan allows is used

    habit.plan = CheckPlan(snoozes=0)
    assert not habit.keeper.can_snooze_ahead()
    tomorrow = habit.keeper.upcoming(at(16, 30))
    assert tomorrow is not None and habit.keeper.snooze_ahead(tomorrow) is None
    assert habit.keeper.skip(tomorrow)
    assert not habit.keeper.skip(tomorrow)  # on record already
