"""The voicemail greeting, the return briefing (from the memory provider) and the evaluation."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta

import pytest

from boundary_app.core.briefing import briefing, last_away
from boundary_app.core.calls import CallSlot
from boundary_app.core.journal import CheckRecord, Forward, Interruption, ReplyPeriod
from boundary_app.core.review import evaluation, save_notes, weeks_since
from boundary_app.core.schedule import CheckPlan
from boundary_app.core.service import AwayRequest, Boundary
from boundary_app.core.stats import totals, week_stats
from boundary_app.core.voicemail import greetings
from boundary_app.providers.base import Audience, MailSummary
from tests.fakes import FakeClock, MemoryProvider

HOUR = timedelta(hours=1)
WED = 2


# --- the voicemail greeting ------------------------------------------------------------------


def test_no_greeting_without_focus_days_or_time_away(service: Boundary) -> None:
    assert greetings(service) == []


def test_the_focus_day_greeting_names_weekdays_the_backups_phone_and_mail(
    service: Boundary,
) -> None:
    service.profile.checks = replace(service.profile.checks, focus_weekdays=frozenset({WED}))
    [greeting] = greetings(service)
    assert greeting.occasion == "focus"
    assert greeting.start.date() == date(2026, 11, 25)
    assert greeting.text == (
        "Hello, you've reached Ana Silva.\n"
        "I work behind closed doors on Wednesdays and I'm not taking calls today.\n"
        "Please leave a message and I will answer on Thursday.\n"
        "The best way to reach me is by mail, at ana@example.com.\n"
        "If it's urgent, please call Sam Lee on +31 6 1234 5678."
    )


def test_two_focus_days_answer_on_the_next_working_day(service: Boundary) -> None:
    service.profile.checks = replace(service.profile.checks, focus_weekdays=frozenset({WED, 4}))
    [greeting] = greetings(service, ("nl",))
    assert "Op woensdag en vrijdag werk ik achter gesloten deuren" in greeting.text
    assert "dan reageer ik op de eerstvolgende werkdag." in greeting.text


def test_the_away_greeting_names_the_return_and_the_backups_chosen_in_both_languages(
    service: Boundary, clock: FakeClock
) -> None:
    service.profile.preferences.reply_language = "en"
    service.profile.preferences.second_language = "id"
    service.profile.identity.email = ""  # no address: that line is left out
    until = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
    service.go_away(service.prepare_away(AwayRequest(until=until, backups=["Alex", "Sam"])))
    [greeting] = greetings(service)
    english, indonesian = greeting.text.split("\n\n")
    assert "I'm away until Monday 30 November at 10:00 and not taking calls." in english
    assert (
        "please call Alex Kim at alex@example.com or, if Alex is unavailable, "
        "Sam Lee on +31 6 1234 5678." in english
    )
    assert "by mail" not in english
    assert "Saya tidak berada di kantor sampai Senin, 30 November pukul 10.00" in indonesian


# --- the briefing ----------------------------------------------------------------------------


def mail(at: datetime, sender: str, subject: str, unread: bool | None = True) -> MailSummary:
    return MailSummary(f"id-{subject}", sender, subject, at, f"https://mail/{subject}", "", unread)


@pytest.fixture
def back_from_away(two_accounts: Boundary, clock: FakeClock) -> Boundary:
    """Away for three days from Tuesday 24 November with Sam covering, then back."""
    service = two_accounts
    service.profile.calls = [CallSlot("Acme", ("acme.example",), frozenset({4}), time(10))]
    start = clock()
    until = start + timedelta(days=3)
    service.go_away(service.prepare_away(AwayRequest(until=until, backups=["Sam"])))
    MemoryProvider.mail = [
        mail(start - HOUR, "old@x.test", "Before"),
        mail(start + HOUR, "Jo <jo@acme.example>", "Contract"),
        mail(start + 2 * HOUR, "jo@acme.example", "Contract 2", unread=False),
        mail(start + 3 * HOUR, "Bo <bo@x.test>", "Hello", unread=None),
        mail(until + HOUR, "late@x.test", "After"),
    ]
    service.journal.record_forward(
        Forward(start + 4 * HOUR, "Work", "id-Contract", "sam@example.com", "Contract")
    )
    clock.advance(timedelta(days=2))
    service.come_back()  # back a day early
    clock.advance(HOUR)
    MemoryProvider.writes.clear()
    return service


def test_the_last_away_period_is_the_latest_that_ended(
    back_from_away: Boundary, clock: FakeClock
) -> None:
    periods = back_from_away.journal.away_periods()
    found = last_away(periods, clock())
    assert found is not None and found.ended is not None
    assert last_away(periods, found.start + HOUR) is None  # still away then


def test_the_briefing_groups_what_came_in_and_who_took_it_reading_only(
    back_from_away: Boundary, clock: FakeClock
) -> None:
    found = briefing(back_from_away)
    assert found is not None
    assert found.end == clock() - HOUR  # "I'm back" ended it early
    assert [m.message.subject for m in found.messages] == ["Hello", "Contract 2", "Contract"]
    assert [a.account for a in found.accounts] == ["Work"]
    assert found.taken == (("Sam Lee", 1),)
    assert found.unread == 1  # "Hello" is unknown, "Contract 2" was read
    assert found.by_client() == [("Acme", 2)]
    senders = found.by_sender()
    assert [(g.address, g.client, len(g.messages)) for g in senders] == [
        ("jo@acme.example", "Acme", 2),
        ("bo@x.test", "", 1),
    ]
    assert found.thanks is not None
    assert found.thanks.to == ("sam@example.com",)
    assert found.thanks.text.startswith("Hi Sam,\n\nThank you for covering for me while I was")
    assert "from Tuesday 24 November until Thursday 26 November." in found.thanks.text
    assert found.first_check is not None and found.first_check.start > clock()
    # Nothing written to any account: no reply, no forward, no message.
    assert (MemoryProvider.writes, MemoryProvider.forwards, MemoryProvider.sent) == ([], [], [])


def test_no_briefing_before_any_time_away_ended(service: Boundary) -> None:
    assert briefing(service) is None


def test_the_thank_you_is_left_out_when_nobody_covered(
    two_accounts: Boundary, clock: FakeClock
) -> None:
    start = clock()
    two_accounts.journal.add_away(
        ReplyPeriod(start, start + HOUR, "vacation", "s", "i", "e", Audience.ALL), start
    )
    clock.advance(2 * HOUR)
    found = briefing(two_accounts)
    assert found is not None and found.thanks is None and found.messages == []


# --- the evaluation --------------------------------------------------------------------------


def test_weeks_since_counts_the_week_of_the_start_and_this_one() -> None:
    assert weeks_since(date(2026, 11, 24), date(2026, 11, 29)) == 1
    assert weeks_since(date(2026, 11, 24), date(2026, 11, 30)) == 2
    assert weeks_since(date(2026, 9, 29), date(2026, 11, 24)) == 9


def test_the_evaluation_has_the_figures_of_stats_for_the_weeks_since_the_plan_started(
    service: Boundary, clock: FakeClock
) -> None:
    plan = CheckPlan(focus_weekdays=frozenset({WED}), started=date(2026, 10, 1))
    service.profile.checks = plan
    tz = service.profile.tz
    for days, outcome in ((1, "kept"), (8, "missed"), (20, "kept"), (40, "skipped")):
        start = datetime.combine(date(2026, 10, 1) + timedelta(days=days), time(10), tz)
        service.journal.save_check(CheckRecord(start, start + timedelta(minutes=15), True, outcome))
    service.journal.record_interruption(Interruption(clock() - HOUR, "Acme"))
    service.journal.record_interruption(Interruption(clock() - 30 * HOUR, "Acme"))

    found = evaluation(service)

    weeks = week_stats(service.journal, plan, tz, clock(), 9)
    assert found.since == date(2026, 10, 1)
    assert len(found.weeks) == 9 and found.weeks[0].start == date(2026, 9, 28)
    assert found.totals == totals(weeks)
    assert (found.totals.kept, found.totals.missed, found.totals.skipped) == (2, 1, 1)
    assert found.kept_share == 0.5
    assert found.clients == (("Acme", 2),)
    assert [share for _, share in found.trend()][:4] == [1.0, 0.0, None, 1.0]


def test_notes_are_kept_and_the_next_evaluation_comes_two_months_later(
    service: Boundary, clock: FakeClock
) -> None:
    assert evaluation(service).notes is None
    save_notes(service, "Yes: two quiet days a week.", "Client calls.", "Move focus to Thu.")
    found = evaluation(service)
    assert found.notes is not None
    assert (found.notes.productive, found.notes.obstacles, found.notes.changes) == (
        "Yes: two quiet days a week.",
        "Client calls.",
        "Move focus to Thu.",
    )
    assert found.next_offer == date(2027, 1, 19)  # eight weeks after Tuesday 24 November
