"""Call slots: reading them, their schedule across DST, who a sender belongs to, the profile."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from boundary_app.core.calls import (
    CallSlot,
    calls_between,
    client_for,
    format_slot,
    next_call,
    parse_slot,
    slot_problem,
)
from boundary_app.core.profile import ProfileInvalid, default_profile, dumps, parse_profile
from boundary_app.core.schedule import PlanError
from tests.fakes import FakeClock

AMS = ZoneInfo("Europe/Amsterdam")
MON, TUE, WED, THU, FRI, SAT, SUN = range(7)


@pytest.mark.parametrize(
    ("typed", "days", "at"),
    [
        ("fri 10:00", {FRI}, time(10)),
        ("Fridays 10:00", {FRI}, time(10)),
        ("tue,thu 14:00", {TUE, THU}, time(14)),
        ("Tuesdays and Thursdays 14.30", {TUE, THU}, time(14, 30)),
        ("mon-wed 9:05", {MON, TUE, WED}, time(9, 5)),
    ],
)
def test_a_slot_reads_as_people_type_it(typed: str, days: set[int], at: time) -> None:
    assert parse_slot(typed) == (frozenset(days), at)


@pytest.mark.parametrize("typed", ["", "10:00", "fri", "fri 25:00", "someday 10:00", "none 9:00"])
def test_a_slot_that_cannot_be_read_is_refused_with_a_reason(typed: str) -> None:
    with pytest.raises(PlanError) as caught:
        parse_slot(typed)
    assert str(caught.value)


def test_a_slot_is_typed_back_the_short_way() -> None:
    slot = CallSlot("Acme", weekdays=frozenset({TUE, THU}), at=time(14))
    assert format_slot(slot) == "tue,thu 14:00"


def test_the_next_call_is_the_first_that_has_not_started() -> None:
    slot = CallSlot("Acme", weekdays=frozenset({FRI}), at=time(10), minutes=30)
    clock = FakeClock(datetime(2026, 11, 24, 9, 0, tzinfo=AMS))  # a Tuesday
    call = next_call(slot, AMS, clock())
    assert call is not None
    assert call.start == datetime(2026, 11, 27, 10, 0, tzinfo=AMS)
    assert call.end - call.start == timedelta(minutes=30)
    clock.now = datetime(2026, 11, 27, 10, 5, tzinfo=AMS)  # the call is under way
    later = next_call(slot, AMS, clock())
    assert later is not None and later.start == datetime(2026, 12, 4, 10, 0, tzinfo=AMS)


def test_calls_keep_their_wall_clock_time_across_the_change_to_winter_time() -> None:
    slot = CallSlot("Acme", weekdays=frozenset({FRI}), at=time(10))
    start = datetime(2026, 10, 16, tzinfo=AMS)
    calls = calls_between(slot, AMS, start, start + timedelta(weeks=3))
    assert [c.start.astimezone(AMS).time() for c in calls] == [time(10)] * 3
    # 10:00 summer time is 08:00 UTC, winter time 09:00 UTC (the change is on 25 October).
    assert [c.start.astimezone(UTC).hour for c in calls] == [8, 8, 9]
    assert [c.start.utcoffset() for c in calls] == [
        timedelta(hours=2),
        timedelta(hours=2),
        timedelta(hours=1),
    ]


def test_a_call_in_the_spring_gap_starts_when_the_gap_ends_and_lasts_its_minutes() -> None:
    slot = CallSlot("Night", weekdays=frozenset({SUN}), at=time(2, 30), minutes=30)
    clock = FakeClock(datetime(2027, 3, 27, 12, 0, tzinfo=AMS))  # the day before the change
    call = next_call(slot, AMS, clock())
    assert call is not None
    assert call.start.astimezone(AMS).replace(tzinfo=None) == datetime(2027, 3, 28, 3, 0)
    assert call.end - call.start == timedelta(minutes=30)


def test_a_call_in_the_autumn_fold_is_the_first_of_the_two() -> None:
    slot = CallSlot("Night", weekdays=frozenset({SUN}), at=time(2, 30))
    call = next_call(slot, AMS, datetime(2026, 10, 24, 12, 0, tzinfo=AMS))
    assert call is not None
    assert call.start.astimezone(UTC) == datetime(2026, 10, 25, 0, 30, tzinfo=UTC)


def test_every_other_week_counts_from_the_week_the_slot_was_set() -> None:
    slot = CallSlot(
        "Acme", weekdays=frozenset({FRI}), at=time(10), every=2, since=date(2026, 11, 25)
    )
    start = datetime(2026, 11, 23, tzinfo=AMS)
    calls = calls_between(slot, AMS, start, start + timedelta(weeks=6))
    assert [c.start.date() for c in calls] == [
        date(2026, 11, 27),
        date(2026, 12, 11),
        date(2026, 12, 25),
    ]
    # Moving a fake clock week by week: the next call skips the week between.
    clock = FakeClock(datetime(2026, 11, 27, 11, 0, tzinfo=AMS))
    call = next_call(slot, AMS, clock())
    assert call is not None and call.start.date() == date(2026, 12, 11)


def test_senders_belong_to_the_client_of_their_address_or_domain() -> None:
    acme = CallSlot("Acme", contacts=("acme.example",))
    jo = CallSlot("Jo", contacts=("jo@other.example",))
    slots = [acme, jo]
    assert client_for(slots, "Mia <mia@acme.example>") is acme
    assert client_for(slots, "mia@EU.ACME.EXAMPLE") is acme  # a subdomain
    assert client_for(slots, "Jo Bloggs <jo@other.example>") is jo
    assert client_for(slots, "someone@other.example") is None
    assert client_for(slots, "mia@notacme.example") is None
    assert client_for(slots, "not an address") is None


@pytest.mark.parametrize(
    ("slot", "code"),
    [
        (CallSlot(" "), "name"),
        (CallSlot("Acme", weekdays=frozenset()), "days"),
        (CallSlot("Acme", minutes=2), "minutes"),
        (CallSlot("Acme", every=9), "every"),
        (CallSlot("Acme", contacts=("acme",)), "contact"),
    ],
)
def test_a_slot_that_cannot_be_kept_says_why(slot: CallSlot, code: str) -> None:
    problem = slot_problem(slot, [])
    assert problem is not None and problem.code == code


def test_two_slots_for_one_client_are_refused() -> None:
    problem = slot_problem(CallSlot("acme"), [CallSlot("Acme")])
    assert problem is not None and problem.code == "duplicate"


def test_call_slots_are_kept_in_the_profile_with_keys_this_version_does_not_know() -> None:
    profile = default_profile("Europe/Amsterdam")
    profile.calls = [
        CallSlot(
            "Acme",
            ("acme.example", "jo@acme.example"),
            frozenset({TUE, THU}),
            time(14),
            45,
            2,
            date(2026, 11, 23),
            {"colour": "teal"},
        )
    ]
    text = dumps(profile)
    assert "[[calls]]" in text
    assert parse_profile(text).calls == profile.calls


def test_a_profile_without_call_slots_has_none() -> None:
    assert parse_profile(dumps(default_profile("UTC"))).calls == []


def test_a_wrong_call_slot_in_the_profile_names_its_line() -> None:
    text = dumps(default_profile("UTC")) + (
        '\n[[calls]]\nname = "Acme"\ndays = ["fri"]\ntime = "10:00"\nminutes = 1000\n'
    )
    with pytest.raises(ProfileInvalid) as caught:
        parse_profile(text)
    assert caught.value.line is not None
    assert "1000 minutes" in str(caught.value)
