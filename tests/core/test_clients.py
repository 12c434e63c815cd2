"""Clients: {calls} in replies, the answer to a missed call, slots kept, interruptions logged."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from boundary_app.core.calls import CallSlot
from boundary_app.core.clients import (
    log_interruption,
    missed_call_answer,
    remove_call_slot,
    send_mail,
    sending_accounts,
    set_call_slot,
)
from boundary_app.core.profile import load_profile
from boundary_app.core.render import render_reply
from boundary_app.core.service import Boundary, InputError
from tests.fakes import FakeClock

AMS = ZoneInfo("Europe/Amsterdam")
FRI, TUE, THU = 4, 1, 3
ACME = CallSlot("Acme", ("acme.example", "jo@acme.example"), frozenset({FRI}), time(10))


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "For anything that can wait, let's use our call on Friday 4 December at 10:00."),
        (
            "nl",
            "Wat kan wachten, bespreken we graag in ons gesprek op vrijdag 4 december om 10:00.",
        ),
        (
            "id",
            "Untuk hal yang dapat menunggu, mari kita bahas dalam panggilan kita "
            "pada Jumat, 4 Desember pukul 10.00.",
        ),
    ],
)
def test_the_calls_placeholder_names_the_first_call_after_the_return(
    service: Boundary, lang: str, sentence: str
) -> None:
    service.profile.calls = [ACME]
    monday = datetime(2026, 11, 30, 9, 0, tzinfo=AMS)  # away until Monday: Friday 27th is lost
    reply = render_reply(
        service.profile, "availability", (lang,), backups=[], until=monday, now=service.clock()
    )
    assert sentence in reply.internal
    assert sentence in reply.external
    assert "{calls}" not in reply.internal + reply.external


def test_with_several_clients_the_reply_offers_the_next_call_and_names_none(
    service: Boundary,
) -> None:
    globex = CallSlot("Globex", ("globex.example",), frozenset({TUE, THU}), time(14))
    service.profile.calls = [ACME, globex]
    reply = render_reply(
        service.profile, "availability", ("en",), backups=[], until=None, now=service.clock()
    )
    assert "let's keep it for our next scheduled call." in reply.external
    assert "Acme" not in reply.external and "Globex" not in reply.external


def test_without_call_slots_the_calls_line_is_left_out(service: Boundary) -> None:
    profile = service.profile
    reply = render_reply(profile, "availability", ("en",), backups=[], until=None, now=None)
    assert "call on" not in reply.external
    assert "I'm not available for ad-hoc calls; I'm happy to make time when we schedule it." in (
        reply.external
    )


@pytest.mark.parametrize(
    ("lang", "now", "when"),
    [
        ("en", datetime(2026, 11, 24, 9, 0), "can it wait for our call on Friday at 10:00?"),
        ("en", datetime(2026, 11, 27, 8, 0), "can it wait for our call today at 10:00?"),
        ("en", datetime(2026, 11, 26, 16, 0), "can it wait for our call tomorrow at 10:00?"),
        ("en", datetime(2026, 11, 27, 10, 10), "our call on Friday 4 December at 10:00?"),
        (
            "nl",
            datetime(2026, 11, 24, 9, 0),
            "kan het wachten tot ons gesprek op vrijdag om 10:00?",
        ),
        ("id", datetime(2026, 11, 26, 16, 0), "panggilan kita besok pukul 10.00?"),
    ],
)
def test_the_missed_call_answer_names_the_clients_next_slot(
    service: Boundary, clock: FakeClock, lang: str, now: datetime, when: str
) -> None:
    set_call_slot(service, ACME)
    clock.now = now.replace(tzinfo=AMS)
    answer = missed_call_answer(service, "acme", lang)
    assert when in answer.text
    assert answer.to == "jo@acme.example"
    assert answer.text.endswith("Ana Silva")
    assert answer.subject


def test_the_missed_call_answer_is_in_the_reply_language_by_default(service: Boundary) -> None:
    set_call_slot(service, ACME)
    service.profile.preferences.reply_language = "nl"
    assert "Ik heb uw voicemail ontvangen" in missed_call_answer(service, "Acme").text


def test_a_slot_is_saved_changed_and_removed(service: Boundary, clock: FakeClock) -> None:
    set_call_slot(service, CallSlot("Acme", ("ACME.example", "@acme.example"), frozenset({FRI})))
    assert load_profile(service.paths.profile).calls[0].contacts == ("acme.example",)
    fortnightly = set_call_slot(service, CallSlot("Acme", weekdays=frozenset({TUE}), every=2))
    assert fortnightly.since == clock().astimezone(AMS).date()  # weeks count from today
    assert [c.weekdays for c in load_profile(service.paths.profile).calls] == [frozenset({TUE})]
    remove_call_slot(service, "ACME")
    assert load_profile(service.paths.profile).calls == []
    with pytest.raises(InputError, match="no call slot for 'Acme'"):
        remove_call_slot(service, "Acme")


def test_a_bad_slot_is_refused_and_nothing_is_saved(service: Boundary) -> None:
    with pytest.raises(InputError, match="not an email address or a domain"):
        set_call_slot(service, CallSlot("Acme", ("acme",)))
    assert load_profile(service.paths.profile).calls == []


def test_an_interruption_is_logged_under_the_clients_slot_name(
    service: Boundary, clock: FakeClock
) -> None:
    set_call_slot(service, ACME)
    logged = log_interruption(service, "  acme ", "chat")
    other = log_interruption(service, "New Client", at=clock() - timedelta(hours=1))
    assert (logged.client, logged.kind) == ("Acme", "chat")
    found = service.journal.interruptions(clock() - timedelta(days=1), clock() + timedelta(1))
    assert [(i.client, i.kind) for i in found] == [(other.client, "call"), ("Acme", "chat")]


@pytest.mark.parametrize(
    ("client", "kind", "ahead", "words"),
    [
        ("", "call", 0, "Say who interrupted"),
        ("Acme", "email", 0, "not a kind of interruption"),
        ("Acme", "call", 60, "still to come"),
    ],
)
def test_a_bad_interruption_is_refused(
    service: Boundary, clock: FakeClock, client: str, kind: str, ahead: int, words: str
) -> None:
    with pytest.raises(InputError, match=words):
        log_interruption(service, client, kind, clock() + timedelta(minutes=ahead))
    assert service.journal.interruptions(clock() - timedelta(days=1), clock() + timedelta(1)) == []


def test_mail_goes_out_only_through_an_account_that_can_send(two_accounts: Boundary) -> None:
    from tests.fakes import MemoryProvider

    assert [a.name for a in sending_accounts(two_accounts)] == ["Work"]
    send_mail(two_accounts, "Work", "jo@acme.example", "Your call", "Got your voicemail.")
    assert MemoryProvider.sent == [("Work", "jo@acme.example", "Your call", "Got your voicemail.")]
    with pytest.raises(InputError, match="cannot send mail"):
        send_mail(two_accounts, "This computer", "jo@acme.example", "s", "t")
    with pytest.raises(InputError, match="not an email address"):
        send_mail(two_accounts, "Work", "jo@", "s", "t")
