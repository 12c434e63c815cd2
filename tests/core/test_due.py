"""What is due next, over a fake clock: the re-sync, retries, away and focus edges, mail-check
events and the 10-minute look at the clock; the earliest wins."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from boundary_app.core.due import (
    RESYNC,
    TICK,
    Due,
    Reason,
    next_due,
    next_event,
    next_pass,
    next_wake,
    reads_servers,
)
from boundary_app.core.journal import ReplyPeriod
from boundary_app.core.schedule import FocusDay
from boundary_app.providers.base import Audience
from tests.fakes import FakeClock

AMS = ZoneInfo("Europe/Amsterdam")
T0 = datetime(2026, 11, 24, 9, 0, tzinfo=AMS)  # a Tuesday
SECOND = timedelta(seconds=1)
MINUTE = timedelta(minutes=1)
HOUR = timedelta(hours=1)


def away(start: datetime, until: datetime | None) -> ReplyPeriod:
    return ReplyPeriod(start, until, "vacation", "Away", "Hi", "Hello", Audience.ALL)


def focus_day(start: datetime) -> FocusDay:
    return FocusDay(start.date(), start, start + timedelta(days=1))


def reasons(*names: Reason) -> frozenset[Reason]:
    return frozenset(names)


class Timer:
    """The tray's timer in miniature: wake when due, pass when a pass is due."""

    def __init__(self, clock: FakeClock) -> None:
        self.clock = clock
        self.last_pass = clock.now
        self.wakes: list[datetime] = []
        self.passes: list[datetime] = []

    def run_until(self, end: datetime, period: ReplyPeriod | None = None) -> None:
        while True:
            wake = next_due(self.clock.now, self.last_pass, away=period)
            if wake.moment > end:
                return
            self.clock.now = wake.moment
            self.wakes.append(wake.moment)
            if wake.needs_pass:
                self.passes.append(wake.moment)
                self.last_pass = wake.moment


def test_with_nothing_else_the_timer_passes_every_15_minutes_and_looks_once_between() -> None:
    clock = FakeClock(T0)
    timer = Timer(clock)
    timer.run_until(T0 + 45 * MINUTE)
    assert timer.wakes == [T0 + k * MINUTE for k in (10, 15, 25, 30, 40, 45)]
    assert timer.passes == [T0 + 15 * MINUTE, T0 + 30 * MINUTE, T0 + 45 * MINUTE]


def test_only_the_local_account_no_pass_is_due_and_the_timer_looks_every_10_minutes() -> None:
    assert not reads_servers(["local"])
    assert reads_servers(["local", "imap"])
    clock = FakeClock(T0)
    assert next_pass(clock.now, T0 - HOUR, resync=False) is None
    wakes = []
    for _ in range(18):  # three hours
        wake = next_due(clock.now, T0, resync=False)
        assert not wake.needs_pass
        clock.now = wake.moment
        wakes.append(wake.moment)
    assert wakes == [T0 + k * TICK for k in range(1, 19)]


def test_the_resync_counts_from_the_last_pass_not_from_now() -> None:
    clock = FakeClock(T0 + 14 * MINUTE)
    assert next_pass(clock.now, last_pass=T0) == Due(T0 + RESYNC, reasons(Reason.RESYNC))
    clock.advance(MINUTE)
    assert next_due(clock.now, last_pass=T0).needs_pass  # due now, after 14 one-minute wakes
    # A pass the person asked for at 9:07 moves the next re-sync to 9:22.
    assert next_pass(clock.now, last_pass=T0 + 7 * MINUTE).moment == T0 + 22 * MINUTE


def test_a_clock_set_back_counts_the_resync_from_now() -> None:
    clock = FakeClock(T0)
    clock.now = T0 - HOUR  # the last pass now looks an hour ahead
    assert next_pass(clock.now, last_pass=T0).moment == T0 - HOUR + RESYNC


def test_a_retry_comes_before_the_resync() -> None:
    clock = FakeClock(T0)
    wake = next_due(clock.now, T0, retry=T0 + 30 * SECOND)
    assert wake == Due(T0 + 30 * SECOND, reasons(Reason.RETRY))
    assert wake.needs_pass


def test_an_overdue_retry_is_due_at_once() -> None:
    clock = FakeClock(T0)
    wake = next_due(clock.now, T0, retry=T0 - MINUTE)
    assert wake.moment <= clock.now and wake.needs_pass


def test_a_booked_away_period_is_due_at_its_start_and_then_at_its_end() -> None:
    clock = FakeClock(T0)
    period = away(T0 + 3 * MINUTE, T0 + 20 * MINUTE)
    timer = Timer(clock)
    timer.run_until(T0 + 20 * MINUTE, period)
    assert timer.passes == [T0 + 3 * MINUTE, T0 + 18 * MINUTE, T0 + 20 * MINUTE]
    clock.now = T0 + 19 * MINUTE + 30 * SECOND
    assert next_due(clock.now, T0 + 18 * MINUTE, away=period) == Due(
        T0 + 20 * MINUTE, reasons(Reason.AWAY_END)
    )


def test_an_open_ended_away_period_in_force_adds_nothing() -> None:
    clock = FakeClock(T0)
    wake = next_due(clock.now, T0 - 14 * MINUTE, away=away(T0 - HOUR, None))
    assert wake == Due(T0 + MINUTE, reasons(Reason.RESYNC))


def test_a_focus_day_is_due_at_its_start_and_its_end() -> None:
    day = focus_day(datetime(2026, 11, 25, 0, 0, tzinfo=AMS))
    clock = FakeClock(day.start - 30 * SECOND)
    assert next_due(clock.now, clock.now, focus=day) == Due(day.start, reasons(Reason.FOCUS_START))
    clock.now = day.end - 30 * SECOND
    assert next_due(clock.now, clock.now, focus=day) == Due(day.end, reasons(Reason.FOCUS_END))


def test_an_away_period_wins_over_the_focus_day() -> None:
    day = focus_day(datetime(2026, 11, 25, 0, 0, tzinfo=AMS))
    clock = FakeClock(day.start - 30 * SECOND)
    period = away(T0, day.end + timedelta(days=2))  # in force through the focus day
    due_pass = next_pass(clock.now, clock.now, away=period, focus=day)
    assert due_pass == Due(clock.now + RESYNC, reasons(Reason.RESYNC))


def test_a_mail_check_event_wakes_the_timer_without_a_pass() -> None:
    clock = FakeClock(T0)
    wake = next_due(clock.now, T0, check=T0 + 20 * SECOND)
    assert wake == Due(T0 + 20 * SECOND, reasons(Reason.CHECK))
    assert not wake.needs_pass


def test_the_earliest_wins_and_ties_keep_every_reason() -> None:
    clock = FakeClock(T0)
    period = away(T0 + 5 * MINUTE, None)
    wake = next_due(clock.now, T0, retry=T0 + 40 * SECOND, away=period, check=T0 + 50 * SECOND)
    assert wake == Due(T0 + 40 * SECOND, reasons(Reason.RETRY))
    wake = next_due(clock.now, T0, retry=T0 + 40 * SECOND, check=T0 + 40 * SECOND)
    assert wake == Due(T0 + 40 * SECOND, reasons(Reason.RETRY, Reason.CHECK))
    assert wake.needs_pass


def test_the_timer_never_sleeps_longer_than_10_minutes() -> None:
    clock = FakeClock(T0)
    far = T0 + 3 * HOUR
    wake = next_due(clock.now, T0, retry=far, away=away(far, None), check=far, resync=False)
    assert wake == Due(T0 + 10 * MINUTE, reasons(Reason.TICK))
    assert not wake.needs_pass
    # A pass already worked out (a pass is under way) still gets its coarse wakes.
    due_pass = Due(T0 + 14 * MINUTE, reasons(Reason.RESYNC))
    assert next_wake(clock.now, due_pass) == Due(T0 + 10 * MINUTE, reasons(Reason.TICK))


def test_the_alarm_waits_for_what_is_due_however_far_and_for_nothing_when_nothing_is() -> None:
    far = T0 + 3 * HOUR
    due_pass = next_pass(T0, T0, retry=far, resync=False)
    assert next_event(due_pass, far) == Due(far, reasons(Reason.RETRY, Reason.CHECK))
    assert next_event(None, far) == Due(far, reasons(Reason.CHECK))
    assert next_event(None, None) is None


def test_moments_in_other_zones_compare_as_instants() -> None:
    clock = FakeClock(T0)
    utc_retry = (T0 + 30 * SECOND).astimezone(ZoneInfo("UTC"))
    wake = next_due(clock.now, T0, retry=utc_retry, check=T0 + 30 * SECOND)
    assert wake.reasons == reasons(Reason.RETRY, Reason.CHECK)
    assert wake.moment == T0 + 30 * SECOND
