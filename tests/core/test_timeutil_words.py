"""A moment typed in Dutch or Indonesian ("morgen 9:00", "senin depan", "2 jam lagi"), read
with that language's words (``MomentWords``, as the command gives them) besides English."""

from __future__ import annotations

from datetime import datetime, time
from zoneinfo import ZoneInfo

import pytest

from boundary_app.core.timeutil import MomentWords, TimeParseError, is_span, parse_when

AMS = ZoneInfo("Europe/Amsterdam")
JKT = ZoneInfo("Asia/Jakarta")
NINE = time(9)
MONDAY_8 = datetime(2026, 11, 30, 8, 0, tzinfo=AMS)  # a Monday morning, CET (+01:00)

DUTCH = MomentWords(
    weekdays=[
        ("maandag", "ma"),
        ("dinsdag", "di"),
        ("woensdag", "wo"),
        ("donderdag", "do"),
        ("vrijdag", "vr"),
        ("zaterdag", "za"),
        ("zondag", "zo"),
    ],
    now=["nu"],
    today=["vandaag"],
    tomorrow=["morgen"],
    noon=["middaguur"],
    midnight=["middernacht"],
    next=["volgende"],
    at=["om"],
    oclock=["uur"],
    within=["over"],
    minutes=["minuut", "minuten", "min"],
    hours=["uur", "u"],
    days=["dag", "dagen"],
    weeks=["week", "weken"],
)
INDONESIAN = MomentWords(
    weekdays=[
        ("senin", "sen", "hari senin"),
        ("selasa", "sel", "hari selasa"),
        ("rabu", "rab", "hari rabu"),
        ("kamis", "kam", "hari kamis"),
        ("jumat", "jum", "jum'at", "hari jumat"),
        ("sabtu", "sab", "hari sabtu"),
        ("minggu", "min", "ahad", "hari minggu", "hari ahad"),
    ],
    now=["sekarang"],
    today=["hari ini"],
    tomorrow=["besok"],
    noon=["tengah hari"],
    midnight=["tengah malam"],
    next_after=["depan"],
    at=["pukul", "jam"],
    within=["dalam"],
    later=["lagi"],
    minutes=["menit", "mnt"],
    hours=["jam"],
    days=["hari"],
    weeks=["minggu", "pekan"],
)


def when(text: str, words: MomentWords, now: datetime = MONDAY_8, tz: ZoneInfo = AMS) -> str:
    return parse_when(text, now=now, tz=tz, default_time=NINE, words=words).isoformat()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("nu", "2026-11-30T08:00:00+01:00"),
        ("vandaag", "2026-11-30T09:00:00+01:00"),
        ("vandaag 17.30", "2026-11-30T17:30:00+01:00"),
        ("morgen", "2026-12-01T09:00:00+01:00"),
        ("Morgen 8:00", "2026-12-01T08:00:00+01:00"),
        ("morgen om 14.30 uur", "2026-12-01T14:30:00+01:00"),
        ("maandag 9:00", "2026-11-30T09:00:00+01:00"),
        ("maandag 8:00", "2026-12-07T08:00:00+01:00"),
        ("volgende maandag", "2026-12-07T09:00:00+01:00"),
        ("volgende vrijdag om 14:00", "2026-12-04T14:00:00+01:00"),
        ("di", "2026-12-01T09:00:00+01:00"),
        ("wo 10:00", "2026-12-02T10:00:00+01:00"),
        ("donderdag om middaguur", "2026-12-03T12:00:00+01:00"),
        ("vr", "2026-12-04T09:00:00+01:00"),
        ("za 22:00", "2026-12-05T22:00:00+01:00"),
        ("zondag", "2026-12-06T09:00:00+01:00"),
        ("om 9:00", "2026-11-30T09:00:00+01:00"),
        ("9 uur", "2026-11-30T09:00:00+01:00"),
        ("middaguur", "2026-11-30T12:00:00+01:00"),
        ("middernacht", "2026-12-01T00:00:00+01:00"),
        ("over 2 uur", "2026-11-30T10:00:00+01:00"),
        ("over 2u", "2026-11-30T10:00:00+01:00"),
        ("over 30 minuten", "2026-11-30T08:30:00+01:00"),
        ("over 1 minuut", "2026-11-30T08:01:00+01:00"),
        ("over 3 dagen", "2026-12-03T08:00:00+01:00"),
        ("over 1 week", "2026-12-07T08:00:00+01:00"),
        ("over 2 weken", "2026-12-14T08:00:00+01:00"),
    ],
)
def test_dutch_moments(text: str, expected: str) -> None:
    assert when(text, DUTCH) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("sekarang", "2026-11-30T08:00:00+01:00"),
        ("hari ini", "2026-11-30T09:00:00+01:00"),
        ("hari ini pukul 17.30", "2026-11-30T17:30:00+01:00"),
        ("besok", "2026-12-01T09:00:00+01:00"),
        ("besok 08.00", "2026-12-01T08:00:00+01:00"),
        ("Besok jam 8", "2026-12-01T08:00:00+01:00"),
        ("senin", "2026-11-30T09:00:00+01:00"),
        ("senin depan", "2026-12-07T09:00:00+01:00"),
        ("senin depan pukul 10.00", "2026-12-07T10:00:00+01:00"),
        ("hari senin 08.00", "2026-12-07T08:00:00+01:00"),
        ("sel", "2026-12-01T09:00:00+01:00"),
        ("rabu 13.00", "2026-12-02T13:00:00+01:00"),
        ("kam", "2026-12-03T09:00:00+01:00"),
        ("jumat pukul 14.00", "2026-12-04T14:00:00+01:00"),
        ("sab", "2026-12-05T09:00:00+01:00"),
        ("minggu", "2026-12-06T09:00:00+01:00"),
        ("hari minggu depan", "2026-12-06T09:00:00+01:00"),
        ("pukul 08.00", "2026-12-01T08:00:00+01:00"),
        ("jam 9", "2026-11-30T09:00:00+01:00"),
        ("tengah hari", "2026-11-30T12:00:00+01:00"),
        ("besok tengah malam", "2026-12-01T00:00:00+01:00"),
        ("dalam 2 jam", "2026-11-30T10:00:00+01:00"),
        ("2 jam lagi", "2026-11-30T10:00:00+01:00"),
        ("dalam 30 menit", "2026-11-30T08:30:00+01:00"),
        ("45 menit lagi", "2026-11-30T08:45:00+01:00"),
        ("3 hari lagi", "2026-12-03T08:00:00+01:00"),
        ("dalam 1 minggu", "2026-12-07T08:00:00+01:00"),
        ("2 minggu lagi", "2026-12-14T08:00:00+01:00"),
        ("1 pekan lagi", "2026-12-07T08:00:00+01:00"),
    ],
)
def test_indonesian_moments(text: str, expected: str) -> None:
    assert when(text, INDONESIAN) == expected


def test_indonesian_in_jakarta() -> None:
    friday = datetime(2026, 12, 4, 16, 0, tzinfo=JKT)
    assert when("senin depan pukul 08.00", INDONESIAN, friday, JKT) == "2026-12-07T08:00:00+07:00"
    assert when("besok 08.00", INDONESIAN, friday, JKT) == "2026-12-05T08:00:00+07:00"


@pytest.mark.parametrize(
    ("now", "text", "expected"),
    [
        # Europe/Amsterdam springs forward 2026-03-29 02:00 -> 03:00
        (datetime(2026, 3, 28, 10, 0), "morgen 2:30", "2026-03-29T03:00:00+02:00"),
        (datetime(2026, 3, 28, 10, 0), "over 1 dag", "2026-03-29T10:00:00+02:00"),
        (datetime(2026, 3, 28, 23, 30), "over 3 uur", "2026-03-29T03:30:00+02:00"),
    ],
)
def test_dutch_across_a_dst_change(now: datetime, text: str, expected: str) -> None:
    assert when(text, DUTCH, now.replace(tzinfo=AMS)) == expected


@pytest.mark.parametrize("words", [DUTCH, INDONESIAN], ids=["nl", "id"])
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("now", "2026-11-30T08:00:00+01:00"),
        ("tomorrow 9:00", "2026-12-01T09:00:00+01:00"),
        ("next friday at 2pm", "2026-12-04T14:00:00+01:00"),
        ("mon 8am", "2026-12-07T08:00:00+01:00"),
        ("in 2 hours", "2026-11-30T10:00:00+01:00"),
        ("in 3 days", "2026-12-03T08:00:00+01:00"),
        ("noon", "2026-11-30T12:00:00+01:00"),
        ("2026-12-01 09:00", "2026-12-01T09:00:00+01:00"),
    ],
)
def test_english_is_still_read(words: MomentWords, text: str, expected: str) -> None:
    assert when(text, words) == expected


@pytest.mark.parametrize(
    ("words", "text"),
    [
        (DUTCH, "besok 08.00"),  # Indonesian
        (DUTCH, "senin depan"),
        (DUTCH, "2 jam lagi"),
        (DUTCH, "middag"),  # the afternoon, not a moment
        (DUTCH, "2 uur later"),
        (DUTCH, "maandag volgende"),
        (INDONESIAN, "morgen 9:00"),  # Dutch
        (INDONESIAN, "over 2 uur"),
        (INDONESIAN, "depan senin"),
        (INDONESIAN, "2 jam"),  # a span needs "dalam" or "lagi"
        (INDONESIAN, "dalam 2 jam lagi"),
        (INDONESIAN, "minggu depan"),  # next week, not next Sunday
        (INDONESIAN, "siang"),
        (MomentWords(), "morgen"),  # English only
        (None, "maandag 9:00"),
    ],
)
def test_words_of_another_language_are_refused(words: MomentWords | None, text: str) -> None:
    with pytest.raises(TimeParseError, match=f"I could not read '{text}' as a time"):
        parse_when(text, now=MONDAY_8, tz=AMS, default_time=NINE, words=words)


def test_a_vocabulary_is_compared_by_its_words() -> None:
    again = MomentWords(tomorrow=["Morgen "], weekdays=[()] * 7)
    assert again == MomentWords(tomorrow=["morgen"])
    assert hash(again) == hash(MomentWords(tomorrow=["morgen"]))
    assert again != MomentWords(tomorrow=["besok"])
    with pytest.raises(TypeError, match="tomorow"):
        MomentWords(tomorow=["morgen"])
    with pytest.raises(ValueError, match="seven"):
        MomentWords(weekdays=[("maandag",)])


@pytest.mark.parametrize(
    ("words", "text", "span"),
    [
        (None, "in 2 hours", True),
        (None, "tomorrow 9:00", False),
        (DUTCH, "over 2 uur", True),
        (DUTCH, "In 2 Hours", True),
        (DUTCH, "om 14 uur", False),
        (INDONESIAN, "2 jam lagi", True),
        (INDONESIAN, "dalam 3 hari", True),
        (INDONESIAN, "jam 2", False),
        (DUTCH, "2 jam lagi", False),
    ],
)
def test_a_span_is_told_from_a_moment(words: MomentWords | None, text: str, span: bool) -> None:
    assert is_span(text, words) is span
