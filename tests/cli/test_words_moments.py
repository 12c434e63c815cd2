"""Moments typed in the command's language: ``away --until "maandag 9:00"`` in Dutch,
``"besok 08.00"`` in Indonesian, English in both; and the examples the command shows are
words it reads in that language.

In-process against the test providers, with the fake clock: Tuesday 24 November 2026, 09:00
in Amsterdam (``tests.fakes.START``).
"""

from __future__ import annotations

import json
import re
from datetime import datetime, time

import pytest

from boundary_app import translation
from boundary_app.cli import dates
from boundary_app.core.service import Boundary
from tests.cli.test_words_more1 import boundary, help_of, not_a_time_nl, speak
from tests.cli.test_words_more1 import test_kinds as test_kinds  # the autouse fixture
from tests.core.test_timeutil_words import DUTCH, INDONESIAN


def away_until(capsys: pytest.CaptureFixture[str], typed: str) -> str:
    """What ``away --until typed`` set as the end, and what ``status`` then says it is."""
    code, out, err = boundary(capsys, "away", "--until", typed, "--json")
    assert (code, err) == (0, ""), err
    until = str(json.loads(out)["away"]["until"])
    code, out, _ = boundary(capsys, "status", "--json")
    recorded = datetime.fromisoformat(json.loads(out)["away"]["until"])
    assert code == 0 and recorded == datetime.fromisoformat(until)
    return until


@pytest.mark.parametrize(
    ("language", "typed", "until"),
    [
        ("nl", "maandag 9:00", "2026-11-30T09:00:00+01:00"),
        ("nl", "morgen 8:00", "2026-11-25T08:00:00+01:00"),
        ("nl", "volgende vr om 17 uur", "2026-11-27T17:00:00+01:00"),
        ("nl", "over 3 dagen", "2026-11-27T09:00:00+01:00"),
        ("nl", "tomorrow 9:00", "2026-11-25T09:00:00+01:00"),
        ("id", "besok 08.00", "2026-11-25T08:00:00+01:00"),
        ("id", "senin depan", "2026-11-30T09:00:00+01:00"),
        ("id", "jumat pukul 14.00", "2026-11-27T14:00:00+01:00"),
        ("id", "2 jam lagi", "2026-11-24T11:00:00+01:00"),
        ("id", "dalam 2 jam", "2026-11-24T11:00:00+01:00"),
        ("id", "next monday 9am", "2026-11-30T09:00:00+01:00"),
    ],
)
def test_away_until_a_moment_typed_in_the_persons_language(
    service: Boundary,
    capsys: pytest.CaptureFixture[str],
    language: str,
    typed: str,
    until: str,
) -> None:
    speak(service, language)
    assert away_until(capsys, typed) == until


def test_an_unreadable_moment_in_dutch_is_said_in_dutch_with_dutch_examples(
    service: Boundary, capsys: pytest.CaptureFixture[str]
) -> None:
    speak(service, "nl")

    code, out, err = boundary(capsys, "away", "--until", "besok 08.00")  # Indonesian

    assert (code, out) == (1, "")
    assert err == f"boundary: {not_a_time_nl('besok 08.00')}\n"
    code, out, _ = boundary(capsys, "away", "--until", "middag", "--json")
    assert code == 1 and json.loads(out)["code"] == "not-a-time"
    code, out, _ = boundary(capsys, "status", "--json")
    assert json.loads(out)["away"] is None


def test_minggu_depan_is_next_week_and_not_read_as_a_day(
    service: Boundary, capsys: pytest.CaptureFixture[str]
) -> None:
    speak(service, "id")
    code, _, err = boundary(capsys, "away", "--until", "minggu depan")
    assert code == 1
    assert err.startswith("boundary: 'minggu depan' tidak dapat dibaca sebagai waktu; coba ")
    assert away_until(capsys, "hari minggu depan") == "2026-11-29T09:00:00+01:00"


@pytest.mark.parametrize(
    ("language", "command", "typed"),
    [
        ("nl", ("schedule", "--from"), "vr"),
        ("nl", ("backups", "--unavailable", "Sam", "--no-ask", "--until"), "volgende vrijdag"),
        ("nl", ("interruption", "Acme", "--at"), "om 7.30 uur"),
        ("id", ("schedule", "--from"), "hari ini"),
        ("id", ("backups", "--unavailable", "Sam", "--no-ask", "--until"), "3 hari lagi"),
        ("id", ("interruption", "Acme", "--at"), "senin jam 9"),
    ],
)
def test_every_command_that_reads_a_moment_reads_the_language(
    service: Boundary,
    capsys: pytest.CaptureFixture[str],
    language: str,
    command: tuple[str, ...],
    typed: str,
) -> None:
    speak(service, language)
    code, _, err = boundary(capsys, *command, typed)
    assert (code, err) == (0, "")


@pytest.mark.parametrize(
    ("language", "typed", "said"),
    [
        ("nl", "over 2 uur", "Dat moment moet nog komen"),
        ("id", "2 jam lagi", "Waktu itu belum tiba"),
        ("id", "dalam 2 jam", "Waktu itu belum tiba"),
    ],
)
def test_an_interruption_in_a_span_to_come_is_refused_not_moved_to_yesterday(
    service: Boundary, capsys: pytest.CaptureFixture[str], language: str, typed: str, said: str
) -> None:
    speak(service, language)
    code, _, err = boundary(capsys, "interruption", "Acme", "--at", typed)
    assert code == 1 and said in err


def quoted(text: str) -> list[str]:
    return re.findall(r"'([^']+)'", text)


@pytest.mark.parametrize("language", ["en", "nl", "id"])
def test_every_example_the_command_shows_is_read_in_its_language(
    service: Boundary, capsys: pytest.CaptureFixture[str], language: str
) -> None:
    speak(service, language)
    shown = [
        *quoted(help_of(capsys, "away").split("--until T", 1)[1].split("--no-end", 1)[0]),
        *quoted(help_of(capsys, "interruption").split("--at TIME", 1)[1].split("--note", 1)[0]),
    ]
    code, _, err = boundary(capsys, "away", "--until", "xyz")
    assert code == 1
    shown += [example for example in quoted(err) if example != "xyz"]
    assert len(shown) >= 14, shown
    translation.speak(language)
    now, tz = service.clock(), service.profile.tz
    for example in shown:
        dates.typed_moment(example, now=now, tz=tz, default_time=time(9))
    if language != "en":
        english = {"tomorrow 9:00"}  # said once, as English that is read too
        assert not {"monday 9:00", "monday 8am", "fri", "in 2 hours"} & set(shown)
        assert english <= set(shown)


@pytest.mark.parametrize(("language", "words"), [("nl", DUTCH), ("id", INDONESIAN)])
def test_the_parsers_tests_read_the_words_the_translations_give(
    language: str, words: object
) -> None:
    """tests/core/test_timeutil_words.py reads with its own copy of each language's words:
    the copy is what the command gets from the translations, word for word."""
    translation.speak(language)
    assert dates.moment_words() == words
