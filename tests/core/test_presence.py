"""The chat status an account should show: made from the period's texts, until its end; a
focus day adds Do Not Disturb; nothing before the start, after I'm back, or for silent cover."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from boundary_app.core.journal import ReplyPeriod
from boundary_app.core.presence import desired_presence
from boundary_app.core.states import Cover
from boundary_app.providers.base import Audience, Capability, ChatStatus

NOW = datetime(2026, 12, 9, 9, 0, tzinfo=UTC)
TEAMS = frozenset({Capability.AUTO_REPLY, Capability.PRESENCE})

AWAY = ReplyPeriod(
    start=NOW - timedelta(hours=1),
    until=NOW + timedelta(days=5),
    template="vacation",
    subject="Out of office until Mon 14 Dec",
    internal="Hi,\nI am away; Sam covers.",
    external="Hello,\nI am away.",
    audience=Audience.ALL,
    id=7,
)


def test_away_shows_the_replys_line_until_the_end() -> None:
    status = desired_presence(AWAY, "Work", TEAMS, NOW)
    assert status == ChatStatus(True, "Out of office until Mon 14 Dec", AWAY.until)


def test_without_a_subject_the_colleagues_first_line_is_the_message() -> None:
    status = desired_presence(replace(AWAY, subject=""), "Work", TEAMS, NOW)
    assert status.message == "Hi,"


def test_a_long_line_is_cut_to_what_teams_keeps() -> None:
    status = desired_presence(replace(AWAY, subject="x" * 400), "Work", TEAMS, NOW)
    assert len(status.message) == 280 and status.message.endswith("…")


def test_a_focus_day_adds_do_not_disturb_until_the_days_end() -> None:
    day = replace(AWAY, id=None, subject="Focus day: I'll answer on Thursday")
    status = desired_presence(day, "Work", TEAMS, NOW)
    assert status.dnd and status.until == day.until


def test_nothing_before_the_start_after_the_end_for_silent_cover_or_without_the_feature() -> None:
    later = replace(AWAY, start=NOW + timedelta(hours=1))
    assert not desired_presence(later, "Work", TEAMS, NOW).enabled
    assert not desired_presence(replace(AWAY, ended=NOW), "Work", TEAMS, NOW).enabled
    assert not desired_presence(replace(AWAY, cover=Cover.FORWARD), "Work", TEAMS, NOW).enabled
    assert not desired_presence(AWAY, "Work", frozenset({Capability.AUTO_REPLY}), NOW).enabled
    assert not desired_presence(replace(AWAY, accounts=("Home",)), "Work", TEAMS, NOW).enabled
    assert not desired_presence(None, "Work", TEAMS, NOW).enabled


def test_a_status_compares_by_what_boundary_sets() -> None:
    set_ = ChatStatus(True, "Away  until\nMonday", NOW.replace(microsecond=5))
    shown = ChatStatus(True, "Away until Monday", NOW, in_error=True)
    assert set_.same_as(shown)
    assert not set_.same_as(replace(shown, dnd=True))
    assert ChatStatus.from_json(set_.to_json()) == set_
    assert not shown.answered(NOW).enabled and shown.answered(NOW - timedelta(seconds=1)).enabled
