"""Reconcile passes: every account ends up with the reply it should have, and failures heal."""

from __future__ import annotations

import threading
import time
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

import pytest

from boundary_app.core.journal import ReplyPeriod
from boundary_app.core.paths import AppPaths
from boundary_app.core.reconciler import AccountResult, as_answered
from boundary_app.core.service import AwayRequest, Boundary
from boundary_app.providers.base import (
    Audience,
    AutoReply,
    NeedsSignIn,
    ProviderError,
    Rejected,
    Unreachable,
)
from boundary_app.providers.local import LocalProvider
from boundary_app.providers.registry import ProviderRegistry
from tests.fakes import FakeClock, MemoryProvider

LOCAL = "This computer"
SECOND = timedelta(seconds=1)
MINUTE = timedelta(minutes=1)
HOUR = timedelta(hours=1)
DAY = timedelta(days=1)


def go_away(
    service: Boundary,
    until: datetime | None,
    start: datetime | None = None,
    **request: Any,
) -> ReplyPeriod:
    period = service.prepare_away(AwayRequest(until=until, start=start, **request))
    return service.go_away(period)


def push(
    service: Boundary, names: Sequence[str] | None = None, **kw: bool
) -> dict[str, AccountResult]:
    return {r.account: r for r in service.push(names, **kw)}


def local_reply(service: Boundary) -> AutoReply:
    account = service.profile.account(LOCAL)
    assert account is not None
    return LocalProvider(account.config(), service.context()).read_auto_reply()


def writes(name: str) -> int:
    return sum(1 for account, _ in MemoryProvider.writes if account == name)


def fail(name: str, error: ProviderError | Exception | None) -> None:
    if error is None:
        MemoryProvider.fail_with.pop(name, None)
    else:
        MemoryProvider.fail_with[name] = error


# --- the reply reaches every account --------------------------------------------------------


def test_going_away_sets_the_reply_on_every_account(
    two_accounts: Boundary, clock: FakeClock
) -> None:
    until = clock.now + 2 * DAY
    period = go_away(two_accounts, until)

    results = push(two_accounts)

    assert list(results) == [LOCAL, "Work", "Side"]
    assert all(r.ok and r.pushed for r in results.values())
    work = MemoryProvider.server["Work"]
    assert (work.enabled, work.start, work.end) == (True, clock.now, until)
    assert work.subject == "Out of office until Thursday 26 November at 09:00"
    assert "Sam Lee (sam@example.com" in work.internal
    assert work.internal == period.internal and work.external == period.external
    side = MemoryProvider.server["Side"]  # no server-side schedule: on now, off by hand
    assert (side.enabled, side.start, side.end) == (True, None, None)
    assert side.internal == period.internal
    assert local_reply(two_accounts).same_as(work)


def test_an_upcoming_period_is_scheduled_where_possible_and_set_on_time_elsewhere(
    two_accounts: Boundary, clock: FakeClock
) -> None:
    start, until = clock.now + DAY, clock.now + 3 * DAY
    go_away(two_accounts, until, start)

    results = push(two_accounts)
    assert all(r.ok for r in results.values())
    work = MemoryProvider.server["Work"]
    assert (work.enabled, work.start, work.end) == (True, start, until)
    assert local_reply(two_accounts).start == start
    assert "Side" not in MemoryProvider.server  # nothing to switch on yet
    assert writes("Side") == 0

    clock.now = start + HOUR
    results = push(two_accounts)
    assert MemoryProvider.server["Side"].enabled
    assert results["Side"].pushed and not results["Work"].pushed and not results[LOCAL].pushed
    assert writes("Work") == 1

    clock.now = until + MINUTE
    results = push(two_accounts)
    assert not MemoryProvider.server["Side"].enabled
    assert writes("Side") == 2
    # The scheduled replies switched themselves off: writing "off" again would be pointless.
    assert writes("Work") == 1
    assert not results["Work"].pushed and not results[LOCAL].pushed
    assert local_reply(two_accounts).end == until
    assert all(r.ok for r in results.values())


def test_an_upcoming_open_ended_period_does_not_start_early(
    two_accounts: Boundary, clock: FakeClock
) -> None:
    start = clock.now + DAY
    go_away(two_accounts, None, start)

    push(two_accounts)
    assert not local_reply(two_accounts).enabled
    assert MemoryProvider.writes == []

    clock.now = start + MINUTE
    results = push(two_accounts)
    assert all(r.ok and r.pushed for r in results.values())
    work = MemoryProvider.server["Work"]
    assert (work.enabled, work.start, work.end) == (True, None, None)
    assert "further notice" in work.subject


def test_a_second_pass_with_nothing_changed_writes_nothing(
    two_accounts: Boundary, clock: FakeClock
) -> None:
    go_away(two_accounts, clock.now + DAY)
    push(two_accounts)
    before = list(MemoryProvider.writes)
    local_file = two_accounts.paths.local_replies / "This computer.json"
    stamp = local_file.stat().st_mtime_ns

    clock.advance(HOUR)
    results = push(two_accounts)
    results.update(push(two_accounts, force=True))

    assert MemoryProvider.writes == before
    assert local_file.stat().st_mtime_ns == stamp
    assert all(r.ok and not r.pushed for r in results.values())


def test_only_the_chosen_accounts_carry_the_reply(two_accounts: Boundary, clock: FakeClock) -> None:
    go_away(two_accounts, clock.now + DAY, accounts=["work"])

    results = push(two_accounts)

    assert MemoryProvider.server["Work"].enabled
    assert "Side" not in MemoryProvider.server
    assert not local_reply(two_accounts).enabled
    assert all(r.ok for r in results.values())


def test_a_pass_for_named_accounts_touches_only_those(
    two_accounts: Boundary, clock: FakeClock
) -> None:
    go_away(two_accounts, clock.now + DAY)

    results = push(two_accounts, ["Side"])

    assert list(results) == ["Side"]
    assert [name for name, _ in MemoryProvider.writes] == ["Side"]


@pytest.mark.parametrize(
    ("audience", "local", "work", "side"),
    [
        (Audience.ALL, Audience.ALL, Audience.ALL, Audience.ALL),
        (Audience.CONTACTS, Audience.CONTACTS, Audience.CONTACTS, Audience.ALL),
        (Audience.INTERNAL, Audience.INTERNAL, Audience.ALL, Audience.ALL),
    ],
)
def test_an_audience_the_provider_cannot_honour_falls_back_to_everyone(
    two_accounts: Boundary,
    clock: FakeClock,
    audience: Audience,
    local: Audience,
    work: Audience,
    side: Audience,
) -> None:
    go_away(two_accounts, clock.now + DAY, audience=audience)

    push(two_accounts)

    assert local_reply(two_accounts).audience is local
    assert MemoryProvider.server["Work"].audience is work
    assert MemoryProvider.server["Side"].audience is side


# --- failures -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("retry_after", "wait"),
    [(None, 30 * SECOND), (10 * SECOND, 30 * SECOND), (10 * MINUTE, 10 * MINUTE)],
    ids=["backoff", "backoff-is-longer", "server-asks-longer"],
)
def test_an_unreachable_account_is_retried_later_and_the_others_go_ahead(
    two_accounts: Boundary,
    clock: FakeClock,
    retry_after: timedelta | None,
    wait: timedelta,
) -> None:
    go_away(two_accounts, clock.now + DAY)
    fail("Work", Unreachable("The mail server is busy.", retry_after=retry_after))
    t0 = clock.now

    results = push(two_accounts)

    assert results["Work"].status == "pending"
    assert results["Work"].message == "The mail server is busy."
    assert results["Work"].next_retry == t0 + wait
    assert two_accounts.reconciler.next_retry() == t0 + wait
    assert results["Side"].ok and results[LOCAL].ok
    assert MemoryProvider.server["Side"].enabled and local_reply(two_accounts).enabled

    # Before the time comes the account is not asked at all (if it were, this would show).
    fail("Work", Rejected("asked too early"))
    clock.now = t0 + wait - SECOND
    early = push(two_accounts)["Work"]
    assert (early.status, early.message) == ("pending", "The mail server is busy.")
    assert "Work" not in MemoryProvider.server

    fail("Work", None)
    clock.now = t0 + wait
    late = push(two_accounts)["Work"]
    assert late.ok and late.pushed
    assert writes("Work") == 1
    assert two_accounts.reconciler.next_retry() is None
    assert not push(two_accounts)["Work"].pushed
    assert writes("Work") == 1


def test_backoff_grows_with_each_attempt_and_starts_over_after_success(
    two_accounts: Boundary, clock: FakeClock
) -> None:
    go_away(two_accounts, clock.now + 30 * DAY)
    fail("Work", Unreachable("No network."))

    waits = []
    for _ in range(8):
        result = push(two_accounts, ["Work"])["Work"]
        assert result.status == "pending" and result.next_retry is not None
        waits.append(result.next_retry - clock.now)
        clock.now = result.next_retry

    minutes = [w / MINUTE for w in waits]
    assert minutes == [0.5, 1, 2, 5, 15, 30, 60, 60]

    fail("Work", None)
    assert push(two_accounts, ["Work"])["Work"].ok
    go_away(two_accounts, clock.now + 2 * DAY)  # something new to send
    fail("Work", Unreachable("No network."))
    result = push(two_accounts, ["Work"])["Work"]
    assert result.next_retry == clock.now + 30 * SECOND


def test_retry_now_tries_a_waiting_account_at_once_but_not_a_refused_one(
    two_accounts: Boundary, clock: FakeClock
) -> None:
    go_away(two_accounts, clock.now + DAY)
    fail("Work", Unreachable("Offline.", retry_after=HOUR))
    fail("Side", Rejected("Refused."))
    push(two_accounts)
    fail("Work", None)
    fail("Side", Unreachable("asked again without a change"))

    results = push(two_accounts, retry_now=True)

    assert results["Work"].ok and results["Work"].pushed
    assert results["Side"].status == "failed"
    assert results["Side"].message == "Refused."


def test_a_provider_bug_is_reported_and_the_others_go_ahead(
    two_accounts: Boundary, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    go_away(two_accounts, clock.now + DAY)
    fail("Work", KeyError("token"))

    results = push(two_accounts)

    assert results["Work"].status == "pending"
    assert "Something went wrong" in results["Work"].message
    assert "KeyError" in results["Work"].message
    assert results["Work"].next_retry == clock.now + 30 * SECOND
    assert results["Side"].ok and results[LOCAL].ok
    assert "Work" in caplog.text  # the details go to the log for a bug report


def test_a_provider_that_hangs_does_not_hold_up_the_pass(
    two_accounts: Boundary, clock: FakeClock
) -> None:
    go_away(two_accounts, clock.now + DAY)
    release = threading.Event()
    MemoryProvider.hang["Work"] = release
    began = time.monotonic()
    try:
        results = push(two_accounts)
        took = time.monotonic() - began
    finally:
        # Let the abandoned call end, failing, so it cannot write into a later test.
        fail("Work", Unreachable("released"))
        release.set()
        for thread in threading.enumerate():
            if thread.name == "push-Work":
                thread.join(timeout=5)

    assert 1.5 <= took < 4.0  # the fixture's timeout is 2 s
    assert results["Work"].status == "pending"
    assert "did not answer" in results["Work"].message
    assert "2 seconds" in results["Work"].message
    assert results["Work"].next_retry == clock.now + 30 * SECOND
    assert results["Side"].ok and results[LOCAL].ok
    assert MemoryProvider.server["Side"].enabled
    assert "Work" not in MemoryProvider.server


def test_needs_sign_in_waits_for_the_person(two_accounts: Boundary, clock: FakeClock) -> None:
    go_away(two_accounts, clock.now + 5 * DAY)
    fail("Work", NeedsSignIn("Sign in to Work again; the password was changed."))

    result = push(two_accounts)["Work"]
    assert result.status == "needs-sign-in"
    assert result.message == "Sign in to Work again; the password was changed."
    assert result.next_retry is None
    assert two_accounts.reconciler.next_retry() is None

    fail("Work", Unreachable("asked again without a new sign-in"))
    clock.advance(DAY)
    assert push(two_accounts)["Work"].status == "needs-sign-in"

    fail("Work", None)  # signed in again; the app pushes with force
    result = push(two_accounts, ["Work"], force=True)["Work"]
    assert result.ok and result.pushed
    assert MemoryProvider.server["Work"].enabled


def test_a_rejected_reply_is_not_sent_again_until_it_changes(
    two_accounts: Boundary, clock: FakeClock
) -> None:
    go_away(two_accounts, clock.now + DAY)
    fail("Work", Rejected("The server allows at most 4,000 characters in a reply."))

    result = push(two_accounts)["Work"]
    assert result.status == "failed"
    assert result.message == "The server allows at most 4,000 characters in a reply."
    assert result.next_retry is None

    fail("Work", Unreachable("asked again with the same reply"))
    clock.advance(HOUR)
    assert push(two_accounts)["Work"].status == "failed"

    fail("Work", None)
    go_away(two_accounts, clock.now + DAY, internal="Back tomorrow.")
    result = push(two_accounts)["Work"]
    assert result.ok and result.pushed
    assert MemoryProvider.server["Work"].internal == "Back tomorrow."


def test_a_refused_change_reports_the_reply_the_account_still_holds(
    two_accounts: Boundary, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    go_away(two_accounts, clock.now + DAY, internal="Back tomorrow.")
    assert push(two_accounts)["Work"].ok
    earlier = MemoryProvider.server["Work"]

    def refuse(self: MemoryProvider, reply: AutoReply) -> None:
        raise Rejected("The reply is too long for this mail server.")

    monkeypatch.setattr(MemoryProvider, "write_auto_reply", refuse)
    go_away(two_accounts, clock.now + DAY, internal="A reply this server will not take.")
    result = push(two_accounts)["Work"]
    assert (result.status, result.message) == (
        "failed",
        "The reply is too long for this mail server.",
    )
    # Not "not set": the account still holds the earlier reply, and status says so.
    assert result.actual is not None and result.actual.same_as(earlier)
    [work] = [a for a in two_accounts.status().accounts if a.account == "Work"]
    assert work.status == "failed"
    assert work.actual is not None and work.actual.same_as(earlier)


# --- drift ----------------------------------------------------------------------------------


def switch_off_in_webmail(service: Boundary, account: str) -> None:
    if account == LOCAL:
        local = service.profile.account(LOCAL)
        assert local is not None
        LocalProvider(local.config(), service.context()).clear_auto_reply()
    else:
        MemoryProvider.server[account] = AutoReply.off()


@pytest.mark.parametrize("account", [LOCAL, "Work", "Side"])
def test_a_reply_changed_elsewhere_is_reported_not_overwritten(
    two_accounts: Boundary, clock: FakeClock, account: str
) -> None:
    go_away(two_accounts, clock.now + DAY)
    push(two_accounts)
    switch_off_in_webmail(two_accounts, account)
    count = len(MemoryProvider.writes)

    for _ in range(2):
        clock.advance(MINUTE)
        results = push(two_accounts)
        assert results[account].status == "drift"
        assert "changed outside Boundary" in results[account].message
        assert results[account].actual == AutoReply.off()
        assert not results[account].pushed
        assert all(r.ok for name, r in results.items() if name != account)
    assert len(MemoryProvider.writes) == count
    current = local_reply(two_accounts) if account == LOCAL else MemoryProvider.server[account]
    assert not current.enabled

    result = push(two_accounts, force=True)[account]
    assert result.ok and result.pushed
    current = local_reply(two_accounts) if account == LOCAL else MemoryProvider.server[account]
    assert current.enabled
    assert push(two_accounts)[account].ok


def test_edited_text_counts_as_drift(two_accounts: Boundary, clock: FakeClock) -> None:
    go_away(two_accounts, clock.now + DAY)
    push(two_accounts)
    edited = replace(MemoryProvider.server["Work"], internal="Edited on my phone.")
    MemoryProvider.server["Work"] = edited

    assert push(two_accounts)["Work"].status == "drift"
    assert MemoryProvider.server["Work"] == edited


# --- restart and expiry ---------------------------------------------------------------------


def test_a_failed_push_goes_out_after_a_restart(
    two_accounts: Boundary, clock: FakeClock, paths: AppPaths, registry: ProviderRegistry
) -> None:
    go_away(two_accounts, clock.now + DAY)
    fail("Work", Unreachable("Offline.", retry_after=5 * MINUTE))
    due = push(two_accounts)["Work"].next_retry
    assert due == clock.now + 5 * MINUTE
    two_accounts.close()
    fail("Work", None)

    again, notice = Boundary.open(paths, clock, registry=registry, timeout=2.0)
    try:
        assert notice is None
        assert again is not two_accounts
        assert again.reconciler.next_retry() == due
        work = {a.account: a for a in again.status().accounts}["Work"]
        assert (work.status, work.message, work.next_retry) == ("pending", "Offline.", due)

        clock.now = due - SECOND
        assert push(again)["Work"].status == "pending"
        assert writes("Work") == 0

        clock.now = due
        result = push(again)["Work"]
        assert result.ok and result.pushed
        assert MemoryProvider.server["Work"].enabled
        assert writes("Work") == 1
    finally:
        again.close()


@pytest.mark.parametrize(
    ("reply", "now", "answers"),
    [
        (AutoReply(True, end=datetime.fromisoformat("2026-11-24T08:00+00:00")), "08:00", False),
        (AutoReply(True, end=datetime.fromisoformat("2026-11-24T08:00+00:00")), "07:59", True),
        (AutoReply(True), "08:00", True),
        (AutoReply(False), "07:00", False),
    ],
)
def test_a_scheduled_reply_past_its_end_counts_as_off(
    reply: AutoReply, now: str, answers: bool
) -> None:
    moment = datetime.fromisoformat(f"2026-11-24T{now}+00:00")
    assert as_answered(reply, moment).enabled is answers


# --- first contact: a reply Boundary did not set is left as it is ----------------------------


def set_elsewhere(account: str, clock: FakeClock, **reply: Any) -> AutoReply:
    """The person set a reply in webmail before Boundary knew the account."""
    values: dict[str, Any] = {
        "start": clock.now - DAY,
        "end": clock.now + 3 * DAY,
        "subject": "Conference",
        "internal": "At a conference until Friday.",
        "external": "I am at a conference until Friday and reply on Monday.",
    }
    found = AutoReply(True, **{**values, **reply})
    MemoryProvider.server[account] = found
    return found


def test_first_contact_leaves_a_reply_set_elsewhere_through_every_kind_of_pass(
    two_accounts: Boundary, clock: FakeClock
) -> None:
    found = set_elsewhere("Work", clock)

    for options in ({}, {"retry_now": True}, {"force": True}, {}):
        clock.advance(HOUR)
        results = push(two_accounts, **options)
        work = results["Work"]
        assert (work.status, work.pushed, work.actual) == ("found", False, found)
        assert not work.left_alone and work.announced_found
        assert results[LOCAL].ok and results["Side"].ok  # nothing of theirs there: as before
    assert MemoryProvider.server["Work"] == found
    assert writes("Work") == 0
    status = {a.account: a for a in two_accounts.status().accounts}
    assert (status["Work"].status, status["Work"].actual) == ("found", found)
    assert two_accounts.status().health == "failed"  # the person is asked to choose


def test_a_focus_day_does_not_overwrite_a_found_reply(
    two_accounts: Boundary, clock: FakeClock
) -> None:
    profile = two_accounts.profile
    profile.checks = replace(profile.checks, focus_weekdays=frozenset({clock.now.weekday()}))
    two_accounts.save_profile(profile)
    found = set_elsewhere("Work", clock)

    results = push(two_accounts)

    assert two_accounts.status().state == "focus"
    assert results["Work"].status == "found"
    assert MemoryProvider.server["Work"] == found
    assert results["Side"].ok and MemoryProvider.server["Side"].enabled  # it held nothing


def test_a_journal_lost_after_going_away_finds_boundarys_own_reply_and_leaves_it(
    two_accounts: Boundary, clock: FakeClock, paths: AppPaths, registry: ProviderRegistry
) -> None:
    go_away(two_accounts, clock.now + 2 * DAY)
    push(two_accounts)
    before = dict(MemoryProvider.server)
    count = len(MemoryProvider.writes)
    two_accounts.close()
    paths.journal.unlink()

    again, _ = Boundary.open(paths, clock, registry=registry, timeout=2.0)
    try:
        results = push(again, force=True)
        assert {r.status for r in results.values()} == {"found"}
        assert MemoryProvider.server == before
        assert len(MemoryProvider.writes) == count
        assert local_reply(again).enabled
    finally:
        again.close()


def test_a_first_contact_that_cannot_be_read_is_still_not_written_later(
    two_accounts: Boundary, clock: FakeClock
) -> None:
    found = set_elsewhere("Work", clock)
    fail("Work", Unreachable("Offline."))
    assert push(two_accounts)["Work"].status == "pending"
    fail("Work", None)

    result = push(two_accounts, retry_now=True)["Work"]

    assert result.status == "found"
    assert MemoryProvider.server["Work"] == found
    assert writes("Work") == 0


def test_a_reply_that_is_off_or_over_is_nothing_to_protect(
    two_accounts: Boundary, clock: FakeClock
) -> None:
    set_elsewhere("Work", clock, start=clock.now - 3 * DAY, end=clock.now - DAY)  # over
    MemoryProvider.server["Side"] = AutoReply(False, subject="Old", internal="Old text")

    results = push(two_accounts)

    assert results["Work"].ok and results["Side"].ok
    go_away(two_accounts, clock.now + DAY)
    assert all(r.ok and r.pushed for r in push(two_accounts).values())


def test_switching_the_found_reply_off_elsewhere_ends_hands_off(
    two_accounts: Boundary, clock: FakeClock
) -> None:
    profile = two_accounts.profile
    profile.checks = replace(profile.checks, focus_weekdays=frozenset({clock.now.weekday()}))
    two_accounts.save_profile(profile)
    set_elsewhere("Work", clock)
    assert push(two_accounts)["Work"].status == "found"

    MemoryProvider.server["Work"] = AutoReply.off()  # turned off in webmail
    result = push(two_accounts)["Work"]

    assert result.ok and result.pushed  # handled as usual: today's focus reply goes on
    assert MemoryProvider.server["Work"].subject.startswith("Focus day")


def test_going_away_while_a_pass_reads_the_account_is_not_lost(
    two_accounts: Boundary, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The tray records "go away" on its GUI thread while a pass runs on a worker thread."""
    set_elsewhere("Work", clock)
    reading, release = threading.Event(), threading.Event()
    read = MemoryProvider.read_auto_reply

    def slow_read(self: MemoryProvider) -> AutoReply:
        if self.account.name == "Work":
            reading.set()
            release.wait(10)
        return read(self)

    monkeypatch.setattr(MemoryProvider, "read_auto_reply", slow_read)
    earlier: list[list[AccountResult]] = []
    worker = threading.Thread(target=lambda: earlier.append(two_accounts.push(["Work"])))
    worker.start()
    assert reading.wait(10)
    period = go_away(two_accounts, clock.now + DAY)  # the person acts mid-pass
    release.set()
    worker.join(10)
    assert earlier[0][0].status == "found"  # what that pass saw before the person acted

    result = push(two_accounts)["Work"]

    assert result.ok and result.pushed
    assert MemoryProvider.server["Work"].internal == period.internal


# --- the providers' libraries are imported before the accounts are asked at once ---------------


@pytest.mark.parametrize("ask", ["push", "mail"])
def test_the_providers_libraries_are_imported_by_the_caller_before_the_threads_start(
    two_accounts: Boundary, monkeypatch: pytest.MonkeyPatch, ask: str
) -> None:
    # Two threads importing one library at once (requests, for exchange and m365) can leave
    # one with a half-initialised module: an account failed at random in 3 of 24 pushes.
    import sys

    from boundary_app.core.mail import gather_mail

    monkeypatch.setattr(MemoryProvider, "libraries", ("tests.core.heavy_library",))
    monkeypatch.delitem(sys.modules, "tests.core.heavy_library", raising=False)

    if ask == "push":
        two_accounts.push()
    else:
        gather_mail(two_accounts, two_accounts.clock() - timedelta(hours=1))

    library = sys.modules["tests.core.heavy_library"]
    assert library.imported_by == threading.current_thread().name
