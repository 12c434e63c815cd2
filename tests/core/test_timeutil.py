"""What a user types for "when", read as the moment they mean."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from boundary_app.core.timeutil import TimeParseError, localize, parse_when

AMS = ZoneInfo("Europe/Amsterdam")
NYC = ZoneInfo("America/New_York")
LHI = ZoneInfo("Australia/Lord_Howe")
JKT = ZoneInfo("Asia/Jakarta")
NINE = time(9)
MONDAY_8 = datetime(2026, 11, 30, 8, 0, tzinfo=AMS)  # a Monday morning, CET (+01:00)


def when(text: str, now: datetime = MONDAY_8, tz: ZoneInfo = AMS) -> str:
    result = parse_when(text, now=now, tz=tz, default_time=NINE)
    assert result.tzinfo is tz
    return result.isoformat()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ISO 8601: naive is wall clock in tz, an offset is converted into tz
        ("2026-12-01", "2026-12-01T09:00:00+01:00"),
        ("2026-12-01T09:00", "2026-12-01T09:00:00+01:00"),
        ("2026-12-01 09:00", "2026-12-01T09:00:00+01:00"),
        ("2026-12-01t09:00:30", "2026-12-01T09:00:30+01:00"),
        ("2026-12-01T09:00:00+01:00", "2026-12-01T09:00:00+01:00"),
        ("2026-12-01T09:00:00-05:00", "2026-12-01T15:00:00+01:00"),
        ("2026-12-01T09:00Z", "2026-12-01T10:00:00+01:00"),
        ("2026-07-01T09:00Z", "2026-07-01T11:00:00+02:00"),
        ("2026-12-01 at 9pm", "2026-12-01T21:00:00+01:00"),
        ("now", "2026-11-30T08:00:00+01:00"),
        # today / tomorrow, with or without a time and "at"
        ("today", "2026-11-30T09:00:00+01:00"),
        ("today 17:30", "2026-11-30T17:30:00+01:00"),
        ("tomorrow", "2026-12-01T09:00:00+01:00"),
        ("tomorrow 9:00", "2026-12-01T09:00:00+01:00"),
        ("tomorrow at 9am", "2026-12-01T09:00:00+01:00"),
        ("  Tomorrow   AT   8:30 PM ", "2026-12-01T20:30:00+01:00"),
        # weekdays: the first one still ahead of now; "next" is never today
        ("monday", "2026-11-30T09:00:00+01:00"),
        ("MON 17:30", "2026-11-30T17:30:00+01:00"),
        ("monday 8am", "2026-12-07T08:00:00+01:00"),
        ("next monday", "2026-12-07T09:00:00+01:00"),
        ("tuesday", "2026-12-01T09:00:00+01:00"),
        ("tue 7:00", "2026-12-01T07:00:00+01:00"),
        ("wed", "2026-12-02T09:00:00+01:00"),
        ("thursday at noon", "2026-12-03T12:00:00+01:00"),
        ("next friday at 14:00", "2026-12-04T14:00:00+01:00"),
        ("sat 10pm", "2026-12-05T22:00:00+01:00"),
        ("sunday", "2026-12-06T09:00:00+01:00"),
        # a time alone: today if still ahead, else tomorrow
        ("9:00", "2026-11-30T09:00:00+01:00"),
        ("09:00", "2026-11-30T09:00:00+01:00"),
        ("17:30", "2026-11-30T17:30:00+01:00"),
        ("9", "2026-11-30T09:00:00+01:00"),
        ("8.01", "2026-11-30T08:01:00+01:00"),
        ("7:59", "2026-12-01T07:59:00+01:00"),
        ("8am", "2026-12-01T08:00:00+01:00"),
        ("8 am", "2026-12-01T08:00:00+01:00"),
        ("8:30pm", "2026-11-30T20:30:00+01:00"),
        ("12pm", "2026-11-30T12:00:00+01:00"),
        ("12am", "2026-12-01T00:00:00+01:00"),
        ("noon", "2026-11-30T12:00:00+01:00"),
        ("midnight", "2026-12-01T00:00:00+01:00"),
        ("at 23:59", "2026-11-30T23:59:00+01:00"),
        # relative
        ("in 2 hours", "2026-11-30T10:00:00+01:00"),
        ("in 30 minutes", "2026-11-30T08:30:00+01:00"),
        ("in 90 min", "2026-11-30T09:30:00+01:00"),
        ("in 1 mins", "2026-11-30T08:01:00+01:00"),
        ("in 2h", "2026-11-30T10:00:00+01:00"),
        ("in 1 hr", "2026-11-30T09:00:00+01:00"),
        ("in 24 hrs", "2026-12-01T08:00:00+01:00"),
        ("in 3 days", "2026-12-03T08:00:00+01:00"),
        ("in 1d", "2026-12-01T08:00:00+01:00"),
        ("in 1 week", "2026-12-07T08:00:00+01:00"),
        ("in 2w", "2026-12-14T08:00:00+01:00"),
    ],
)
def test_accepted_forms(text: str, expected: str) -> None:
    assert when(text) == expected


@pytest.mark.parametrize(
    ("now", "text", "expected"),
    [
        (datetime(2026, 11, 30, 8, 59), "monday 9:00", "2026-11-30T09:00:00+01:00"),
        (datetime(2026, 11, 30, 9, 0), "monday 9:00", "2026-12-07T09:00:00+01:00"),
        (datetime(2026, 11, 30, 10, 0), "monday 9:00", "2026-12-07T09:00:00+01:00"),
        (datetime(2026, 11, 30, 10, 0), "monday", "2026-12-07T09:00:00+01:00"),
        (datetime(2026, 11, 30, 0, 0), "next monday", "2026-12-07T09:00:00+01:00"),
        (datetime(2026, 11, 29, 23, 0), "monday", "2026-11-30T09:00:00+01:00"),
        (datetime(2026, 11, 29, 23, 0), "next monday", "2026-11-30T09:00:00+01:00"),
        (datetime(2026, 11, 30, 0, 0), "midnight", "2026-12-01T00:00:00+01:00"),
        (datetime(2026, 11, 30, 23, 30), "9:00", "2026-12-01T09:00:00+01:00"),
        (datetime(2026, 11, 30, 23, 30), "sunday", "2026-12-06T09:00:00+01:00"),
    ],
)
def test_monday_morning_edges(now: datetime, text: str, expected: str) -> None:
    assert when(text, now.replace(tzinfo=AMS)) == expected


@pytest.mark.parametrize(
    ("tz", "now", "text", "expected"),
    [
        # Europe/Amsterdam springs forward 2026-03-29 02:00 -> 03:00
        (AMS, datetime(2026, 3, 28, 10, 0), "tomorrow 9:00", "2026-03-29T09:00:00+02:00"),
        (AMS, datetime(2026, 3, 28, 10, 0), "in 1 day", "2026-03-29T10:00:00+02:00"),
        (AMS, datetime(2026, 3, 28, 23, 30), "in 3 hours", "2026-03-29T03:30:00+02:00"),
        (AMS, datetime(2026, 3, 28, 10, 0), "tomorrow 2:30", "2026-03-29T03:00:00+02:00"),
        (AMS, datetime(2026, 3, 28, 10, 0), "2026-03-29 02:30", "2026-03-29T03:00:00+02:00"),
        (AMS, datetime(2026, 3, 29, 1, 0), "2:30", "2026-03-29T03:00:00+02:00"),
        (AMS, datetime(2026, 10, 24, 10, 0), "sunday 2:30", "2026-10-25T02:30:00+02:00"),
        # America/New_York: gap 2026-03-08 02:00 -> 03:00, fold 2026-11-01 01:00-02:00
        (NYC, datetime(2026, 3, 7, 10, 0), "tomorrow 2:30", "2026-03-08T03:00:00-04:00"),
        (NYC, datetime(2026, 10, 31, 10, 0), "2026-11-01 01:30", "2026-11-01T01:30:00-04:00"),
        (NYC, datetime(2026, 11, 1, 0, 0), "1:30", "2026-11-01T01:30:00-04:00"),
        (NYC, datetime(2026, 11, 1, 0, 30), "in 2 hours", "2026-11-01T01:30:00-05:00"),
        (NYC, datetime(2026, 10, 31, 1, 30), "in 1 day", "2026-11-01T01:30:00-04:00"),
        # the second 01:15 has passed the first 01:30: never answer with a past moment
        (NYC, datetime(2026, 11, 1, 1, 15, fold=1), "1:30", "2026-11-02T01:30:00-05:00"),
        # Australia/Lord_Howe moves only 30 minutes: 2026-10-04 02:00 -> 02:30 (+10:30 -> +11:00)
        (LHI, datetime(2026, 10, 3, 10, 0), "tomorrow 2:15", "2026-10-04T02:30:00+11:00"),
        (LHI, datetime(2026, 10, 3, 10, 0), "tomorrow 1:59", "2026-10-04T01:59:00+10:30"),
        (LHI, datetime(2026, 10, 3, 10, 0), "sun 3am", "2026-10-04T03:00:00+11:00"),
        (LHI, datetime(2026, 10, 4, 1, 50), "in 20 minutes", "2026-10-04T02:40:00+11:00"),
        # Asia/Jakarta: no DST, and the dotted time people write there
        (JKT, datetime(2026, 3, 28, 10, 0), "tomorrow 9:00", "2026-03-29T09:00:00+07:00"),
        (JKT, datetime(2026, 3, 28, 10, 0), "17.30", "2026-03-28T17:30:00+07:00"),
        (JKT, datetime(2026, 3, 28, 10, 0), "2026-12-01T09:00Z", "2026-12-01T16:00:00+07:00"),
        (JKT, datetime(2026, 3, 28, 10, 0), "in 1 week", "2026-04-04T10:00:00+07:00"),
    ],
)
def test_across_time_zones_and_dst(tz: ZoneInfo, now: datetime, text: str, expected: str) -> None:
    assert when(text, now.replace(tzinfo=tz), tz) == expected


@pytest.mark.parametrize(
    ("tz", "day", "at", "expected"),
    [
        (AMS, date(2026, 6, 1), time(9), "2026-06-01T09:00:00+02:00"),
        (AMS, date(2026, 3, 29), time(2, 0), "2026-03-29T03:00:00+02:00"),
        (AMS, date(2026, 3, 29), time(2, 30), "2026-03-29T03:00:00+02:00"),
        (AMS, date(2026, 3, 29), time(2, 59, 59, 999999), "2026-03-29T03:00:00+02:00"),
        (AMS, date(2026, 3, 29), time(3, 0), "2026-03-29T03:00:00+02:00"),
        (AMS, date(2026, 10, 25), time(2, 30), "2026-10-25T02:30:00+02:00"),
        (AMS, date(2026, 10, 25), time(2, 30, fold=1), "2026-10-25T02:30:00+02:00"),
        (NYC, date(2026, 11, 1), time(1, 30), "2026-11-01T01:30:00-04:00"),
        (NYC, date(2026, 3, 8), time(2, 30), "2026-03-08T03:00:00-04:00"),
        (LHI, date(2026, 10, 4), time(2, 15), "2026-10-04T02:30:00+11:00"),
        (LHI, date(2026, 4, 5), time(1, 45), "2026-04-05T01:45:00+11:00"),
        (JKT, date(2026, 3, 29), time(2, 30), "2026-03-29T02:30:00+07:00"),
        (AMS, date(2026, 6, 1), time(9, tzinfo=UTC), "2026-06-01T09:00:00+02:00"),
    ],
)
def test_localize(tz: ZoneInfo, day: date, at: time, expected: str) -> None:
    result = localize(day, at, tz)
    assert result.isoformat() == expected
    assert result.tzinfo is tz
    assert result.fold == 0


@pytest.mark.parametrize(
    "text",
    [
        "tomorow",
        "25:00",
        "24:00",
        "9:60",
        "8:5",
        "13pm",
        "0am",
        "00:30am",
        "monday 8xm",
        "mondays",
        "yesterday",
        "next",
        "next 9:00",
        "at",
        "monday at",
        "in 2 fortnights",
        "in two hours",
        "2026-02-30",
        "2026-13-01 09:00",
        "in 99999999 days",
        "   ",
        "",
    ],
)
def test_bad_input_explains_itself(text: str) -> None:
    with pytest.raises(TimeParseError) as caught:
        parse_when(text, now=MONDAY_8, tz=AMS, default_time=NINE)
    message = str(caught.value)
    assert text.strip() in message
    assert "'tomorrow 9:00'" in message
    assert message.endswith(".")
    assert "\n" not in message


def test_error_quotes_what_was_typed() -> None:
    with pytest.raises(TimeParseError, match="I could not read 'Tomorow 9:00' as a time"):
        parse_when("  Tomorow 9:00 ", now=MONDAY_8, tz=AMS, default_time=NINE)


def test_default_time_applies_only_when_no_time_given() -> None:
    seven_thirty = time(7, 30)
    tomorrow = parse_when("tomorrow", now=MONDAY_8, tz=AMS, default_time=seven_thirty)
    explicit = parse_when("tomorrow 10:00", now=MONDAY_8, tz=AMS, default_time=seven_thirty)
    assert tomorrow.isoformat() == "2026-12-01T07:30:00+01:00"
    assert explicit.isoformat() == "2026-12-01T10:00:00+01:00"


def test_now_in_another_zone_is_read_in_the_profile_zone() -> None:
    now_utc = datetime(2026, 11, 30, 23, 30, tzinfo=UTC)  # already Tuesday in Jakarta
    assert when("today", now_utc, JKT) == "2026-12-01T09:00:00+07:00"
    assert when("now", now_utc, JKT) == "2026-12-01T06:30:00+07:00"


def test_naive_now_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="aware") as caught:
        parse_when("now", now=datetime(2026, 11, 30, 8, 0), tz=AMS, default_time=NINE)
    assert not isinstance(caught.value, TimeParseError)
