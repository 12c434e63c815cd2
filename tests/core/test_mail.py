"""gather_mail: new mail from every account that can list it, failures in words."""

from __future__ import annotations

import threading
from datetime import timedelta

from boundary_app.core.journal import CheckRecord
from boundary_app.core.mail import gather_mail, mail_accounts, since_last_check
from boundary_app.core.profile import Account
from boundary_app.core.service import Boundary
from boundary_app.providers.base import MailSummary, NeedsSignIn
from tests.fakes import START, FakeClock, MemoryProvider


def mail(ident: str, minutes_ago: int, subject: str = "Hello") -> MailSummary:
    return MailSummary(
        ident,
        "bo@example.com",
        subject,
        START - timedelta(minutes=minutes_ago),
        f"https://m/{ident}",
    )


def test_new_mail_from_every_listing_account_newest_first(two_accounts: Boundary) -> None:
    two_accounts.profile.accounts.append(Account("Home", "memory"))
    MemoryProvider.mail = [mail("a", 30), mail("b", 5), mail("old", 600)]
    batch = gather_mail(two_accounts, START - timedelta(hours=2))
    assert batch.problems == []
    # Work and Home both list the same fake server; local and plain cannot list mail.
    assert [(m.id, m.account) for m in batch.messages][:2] in (
        [("b", "Work"), ("b", "Home")],
        [("b", "Home"), ("b", "Work")],
    )
    assert [m.id for m in batch.messages] == ["b", "b", "a", "a"]
    assert [a.name for a in mail_accounts(two_accounts)] == ["Work", "Home"]


def test_the_limit_keeps_the_newest(two_accounts: Boundary) -> None:
    MemoryProvider.mail = [mail(str(k), k) for k in range(10)]
    batch = gather_mail(two_accounts, START - timedelta(days=1), limit=3)
    assert [m.id for m in batch.messages] == ["0", "1", "2"]


def test_a_failing_account_is_reported_and_the_others_still_answer(
    two_accounts: Boundary,
) -> None:
    two_accounts.profile.accounts.append(Account("Home", "memory"))
    MemoryProvider.mail = [mail("a", 1)]
    MemoryProvider.fail_with["Work"] = NeedsSignIn("Sign in to Work again.")
    batch = gather_mail(two_accounts, START - timedelta(hours=1))
    assert [(m.id, m.account) for m in batch.messages] == [("a", "Home")]
    assert batch.problems == [("Work", "Sign in to Work again.")]


def test_a_plugin_bug_is_reported_in_words(two_accounts: Boundary) -> None:
    MemoryProvider.fail_with["Work"] = KeyError("oops")
    batch = gather_mail(two_accounts, START - timedelta(hours=1))
    assert batch.problems == [("Work", "Something went wrong talking to this account (KeyError).")]


def test_an_account_that_hangs_is_reported_and_does_not_hold_the_others(
    two_accounts: Boundary,
) -> None:
    two_accounts.profile.accounts.append(Account("Home", "memory"))
    two_accounts.reconciler.timeout = 0.2
    MemoryProvider.mail = [mail("a", 1)]
    MemoryProvider.hang["Work"] = gate = threading.Event()
    try:
        batch = gather_mail(two_accounts, START - timedelta(hours=1))
    finally:
        gate.set()
    assert [(m.id, m.account) for m in batch.messages] == [("a", "Home")]
    assert batch.problems == [("Work", "Test mail did not answer within 0 seconds.")]


def test_new_mail_starts_at_the_last_check_or_a_day_back(
    service: Boundary, clock: FakeClock
) -> None:
    assert since_last_check(service) == START - timedelta(hours=24)
    opened = START - timedelta(hours=3)
    service.journal.save_check(
        CheckRecord(opened, opened + timedelta(minutes=15), False, "kept", opened=opened)
    )
    assert since_last_check(service) == opened
