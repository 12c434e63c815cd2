"""Cover: silent cover (mail forwarded to the backup), both, and backups who are away too.

The 'Work' account keeps a forwarding rule with no dates (the app switches it, as Microsoft 365
and Gmail) and answers mail tips; the local account keeps a dated rule, like the reply.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from boundary_app.core.journal import Journal
from boundary_app.core.paths import AppPaths
from boundary_app.core.profile import Account, Backup, save_profile
from boundary_app.core.reconciler import AccountResult
from boundary_app.core.service import AwayRequest, Boundary, InputError, Refusal
from boundary_app.core.states import Cover, CoverNotice
from boundary_app.providers.base import ColleagueAway, ForwardRule
from boundary_app.providers.local import LocalProvider
from boundary_app.providers.registry import ProviderRegistry
from tests.fakes import CoverProvider, FakeClock, PlainProvider

TZ = "Europe/Amsterdam"
LOCAL = "This computer"
MINUTE = timedelta(minutes=1)
HOUR = timedelta(hours=1)
DAY = timedelta(days=1)
SAM, ALEX, PRIYA = "sam@example.com", "alex@example.com", "priya@example.com"


@pytest.fixture
def service(paths: AppPaths, clock: FakeClock) -> Iterator[Boundary]:
    registry = ProviderRegistry.of([LocalProvider, CoverProvider, PlainProvider])
    svc, _ = Boundary.open(paths, clock, timezone=TZ, registry=registry, timeout=2.0)
    profile = svc.profile
    profile.identity.name = "Ana Silva"
    profile.identity.email = "ana@example.com"
    profile.backups = [
        Backup("Sam Lee", SAM, "+31 6 1234 5678"),
        Backup("Alex Kim", ALEX),
        Backup("Priya Shah", PRIYA),
    ]
    profile.accounts = [
        Account(LOCAL, "local"),
        Account("Work", "cover", {"email": "ana@example.com"}),
    ]
    save_profile(profile, paths.profile)
    yield svc
    svc.close()


def go_away(service: Boundary, until: datetime | None, **request: Any) -> None:
    service.go_away(service.prepare_away(AwayRequest(until=until, **request)))


def push(service: Boundary) -> dict[str, AccountResult]:
    return {r.account: r for r in service.push()}


def local_rule(service: Boundary) -> ForwardRule:
    account = service.profile.account(LOCAL)
    assert account is not None
    return LocalProvider(account.config(), service.context()).read_forward()


def local_reply_text(service: Boundary) -> str:
    account = service.profile.account(LOCAL)
    assert account is not None
    return LocalProvider(account.config(), service.context()).read_auto_reply().internal


def sam_away(until: datetime, message: str = "I'm out sick.\nBack on Friday.") -> None:
    CoverProvider.away[SAM] = ColleagueAway(SAM, away=True, end=until, message=message)


# --- silent cover and both ------------------------------------------------------------------


def test_silent_cover_forwards_to_the_backup_and_sends_no_reply(
    service: Boundary, clock: FakeClock
) -> None:
    until = clock.now + 2 * DAY
    go_away(service, until, cover=Cover.FORWARD)

    results = push(service)

    work = CoverProvider.rules["Work"]
    assert (work.enabled, work.to, work.start, work.end) == (True, SAM, None, None)
    assert local_rule(service) == ForwardRule(True, SAM, clock.now, until)
    assert not CoverProvider.server.get("Work", ForwardRule.off()).enabled  # no reply
    assert "Work" not in CoverProvider.server
    for result in results.values():
        assert result.status == "ok" and not result.desired.enabled
        forwarding = result.forwarding
        assert forwarding is not None and forwarding.ok and forwarding.pushed
    status = service.status()
    assert status.health == "ok"
    assert status.covered is not None and status.covered.covering == "Sam Lee"


def test_both_sets_the_reply_and_the_forwarding_and_i_am_back_removes_both(
    service: Boundary, clock: FakeClock
) -> None:
    CoverProvider.theirs["Work"] = ["receipts to a folder"]
    go_away(service, clock.now + 2 * DAY, cover=Cover.BOTH)
    push(service)
    assert CoverProvider.server["Work"].enabled
    assert CoverProvider.rules["Work"].to == SAM

    service.come_back()
    results = push(service)

    assert "Work" not in CoverProvider.rules
    assert not local_rule(service).enabled
    assert not CoverProvider.server["Work"].enabled
    assert all(r.forwarding is not None and r.forwarding.ok for r in results.values())
    assert CoverProvider.theirs["Work"] == ["receipts to a folder"]


def test_the_reply_alone_touches_no_forwarding(service: Boundary, clock: FakeClock) -> None:
    go_away(service, clock.now + DAY)
    push(service)
    assert CoverProvider.server["Work"].enabled
    assert CoverProvider.rule_writes == []
    assert not local_rule(service).enabled


def test_an_upcoming_period_is_dated_where_the_server_can_and_switched_by_the_app_elsewhere(
    service: Boundary, clock: FakeClock
) -> None:
    start, until = clock.now + DAY, clock.now + 2 * DAY
    go_away(service, until, start=start, cover=Cover.FORWARD)

    push(service)
    assert local_rule(service) == ForwardRule(True, SAM, start, until)
    assert "Work" not in CoverProvider.rules  # nothing to switch on yet

    clock.now = start + MINUTE
    push(service)
    assert CoverProvider.rules["Work"] == ForwardRule(True, SAM)

    clock.now = until + MINUTE
    results = push(service)
    assert "Work" not in CoverProvider.rules
    # The dated rule stopped on its own; Boundary takes it away once the period is over.
    assert not local_rule(service).enabled
    assert all(r.forwarding is not None and r.forwarding.ok for r in results.values())


def test_a_focus_day_keeps_its_reply_only(service: Boundary, clock: FakeClock) -> None:
    from boundary_app.core.schedule import parse_weekdays

    plan = service.profile.checks
    service.profile.checks = type(plan)(
        **{**plan.__dict__, "focus_weekdays": parse_weekdays("tue")}
    )
    results = push(service)  # START is a Tuesday: the focus day is on
    assert CoverProvider.server["Work"].enabled
    assert CoverProvider.rule_writes == []
    forwarding = results["Work"].forwarding
    assert forwarding is not None and not forwarding.desired.enabled


# --- the person changes things elsewhere ----------------------------------------------------


def test_a_rule_removed_in_webmail_is_drift_and_is_not_fought(
    service: Boundary, clock: FakeClock
) -> None:
    go_away(service, clock.now + 2 * DAY, cover=Cover.FORWARD)
    push(service)
    del CoverProvider.rules["Work"]

    clock.advance(20 * MINUTE)
    results = push(service)

    forwarding = results["Work"].forwarding
    assert forwarding is not None
    assert (forwarding.status, forwarding.code) == ("drift", "drift")
    assert "Work" not in CoverProvider.rules
    assert service.status().health == "failed"

    results = {r.account: r for r in service.push(force=True)}
    assert CoverProvider.rules["Work"].to == SAM


def test_first_contact_leaves_a_forwarding_rule_it_finds(
    service: Boundary, clock: FakeClock
) -> None:
    go_away(service, clock.now + 2 * DAY, cover=Cover.FORWARD)
    push(service)
    # An account added while away, holding a forwarding rule of Boundary's made elsewhere.
    service.profile.accounts.append(Account("New", "cover", {"email": "ana@example.com"}))
    CoverProvider.rules["New"] = ForwardRule(True, "someone@example.com")

    results = push(service)

    forwarding = results["New"].forwarding
    assert forwarding is not None and forwarding.status == "found"
    assert CoverProvider.rules["New"].to == "someone@example.com"
    assert [name for name, _ in CoverProvider.rule_writes] == ["Work"]

    service.come_back()  # the person acts: I'm back removes Boundary's rules
    push(service)
    assert "New" not in CoverProvider.rules and "Work" not in CoverProvider.rules


def test_an_account_that_never_forwarded_is_not_asked_about_it(
    service: Boundary, clock: FakeClock
) -> None:
    CoverProvider.rules["Work"] = ForwardRule(True, "someone@example.com")  # not Boundary's here
    results = push(service)
    forwarding = results["Work"].forwarding
    assert forwarding is not None and forwarding.status == "ok" and forwarding.actual is None
    assert CoverProvider.rules["Work"].to == "someone@example.com"
    assert service.status().health == "ok"


def test_a_forwarding_that_fails_offline_goes_out_when_the_account_answers(
    service: Boundary, clock: FakeClock
) -> None:
    from boundary_app.providers.base import Unreachable

    go_away(service, clock.now + 2 * DAY, cover=Cover.FORWARD)
    CoverProvider.fail_with["Work"] = Unreachable("offline")
    results = push(service)
    forwarding = results["Work"].forwarding
    assert forwarding is not None and forwarding.status == "pending"
    assert forwarding.next_retry == clock.now + timedelta(seconds=30)
    assert service.reconciler.next_retry() == forwarding.next_retry

    del CoverProvider.fail_with["Work"]
    clock.advance(timedelta(seconds=31))
    results = push(service)
    assert CoverProvider.rules["Work"].to == SAM
    assert len(CoverProvider.rule_writes) == 1


# --- backups who are away too ---------------------------------------------------------------


def test_when_the_covering_backup_goes_away_mid_period_the_next_one_takes_over(
    service: Boundary, clock: FakeClock
) -> None:
    until = clock.now + 3 * DAY
    go_away(service, until, cover=Cover.BOTH)
    push(service)
    assert CoverProvider.rules["Work"].to == SAM
    assert "Sam Lee" in CoverProvider.server["Work"].internal
    assert service.cover_news() == []  # who covers as chosen is not news

    sam_away(clock.now + 2 * DAY)
    clock.advance(30 * MINUTE)
    push(service)  # asked within the hour: not again yet
    assert CoverProvider.rules["Work"].to == SAM

    clock.advance(31 * MINUTE)
    results = push(service)

    assert CoverProvider.rules["Work"].to == ALEX
    assert local_rule(service).to == ALEX
    reply = CoverProvider.server["Work"]
    assert "Alex Kim (alex@example.com)" in reply.internal and "Sam" not in reply.internal
    assert "Alex Kim" in local_reply_text(service)
    assert results["Work"].ok and results["Work"].pushed
    [news] = service.cover_news()
    assert (news.backup, news.previous, news.at) == ("Alex Kim", "Sam Lee", clock.now)
    assert service.cover_news() == []
    status = service.status()
    assert status.covered is not None and status.covered.covering == "Alex Kim"
    assert [s.availability for s in service.backups()] == ["away", "available", "available"]
    assert service.backups()[0].note == "I'm out sick."

    # Sam's own reply ends: the next check hands the cover back to Sam.
    clock.now = clock.now + 2 * DAY + MINUTE
    push(service)
    assert CoverProvider.rules["Work"].to == SAM
    assert [n.backup for n in service.cover_news()] == ["Sam Lee"]


def test_when_nobody_is_available_nothing_is_forwarded_and_the_reply_names_nobody(
    service: Boundary, clock: FakeClock
) -> None:
    go_away(service, clock.now + 3 * DAY, cover=Cover.BOTH)
    push(service)
    for address in (SAM, ALEX, PRIYA):
        CoverProvider.away[address] = ColleagueAway(address, away=True, message="Away.")
    clock.advance(HOUR + MINUTE)

    push(service)

    assert "Work" not in CoverProvider.rules
    assert not local_rule(service).enabled
    reply = CoverProvider.server["Work"]
    assert reply.enabled
    assert not any(name in reply.internal for name in ("Sam", "Alex", "Priya"))
    [news] = service.cover_news()
    assert (news.backup, news.previous) == ("", "Sam Lee")


def test_a_backup_marked_unavailable_by_hand_is_passed_over(
    service: Boundary, clock: FakeClock
) -> None:
    service.mark_backup("Sam", date(2026, 11, 25))  # through Wednesday
    period = service.prepare_away(AwayRequest(until=clock.now + DAY, cover=Cover.FORWARD))
    assert period.backups == ("Alex Kim",)
    assert "Alex Kim" in period.internal
    [sam, alex, _] = service.backups()
    assert (sam.availability, sam.source) == ("away", "profile")
    assert sam.until == datetime(2026, 11, 26, tzinfo=service.profile.tz)
    assert alex.availability == "unknown"

    # Marked through Wednesday: on Thursday Sam is there again.
    assert service.backups(clock.now + 2 * DAY)[0].availability == "unknown"


def test_a_backup_chosen_by_name_who_is_away_is_stood_in_for_and_the_person_is_told(
    service: Boundary, clock: FakeClock
) -> None:
    sam_away(clock.now + DAY)
    service.check_backups()
    period = service.prepare_away(
        AwayRequest(until=clock.now + 2 * DAY, backups=["Sam"], cover=Cover.BOTH)
    )
    assert period.backups == ("Sam Lee",)
    notices = dict(service.cover_notices(period))
    assert notices[CoverNotice.STAND_IN] == {"backup": "Sam Lee", "instead": "Alex Kim"}
    service.go_away(period)
    push(service)
    assert CoverProvider.rules["Work"].to == ALEX
    assert "Alex Kim" in CoverProvider.server["Work"].internal
    assert service.cover_news() == []  # told before going away


# --- what the person is told before going away, and refusals --------------------------------


def test_notices_name_a_backup_outside_the_organisation_and_a_rule_the_app_switches(
    service: Boundary, clock: FakeClock
) -> None:
    service.profile.backups.append(Backup("Kim Outside", "kim@partner.example.org"))
    period = service.prepare_away(
        AwayRequest(until=clock.now + DAY, backups=["Kim Outside"], cover=Cover.FORWARD)
    )
    notices = service.cover_notices(period)
    where = {"account": "Work", "backup": "Kim Outside", "email": "kim@partner.example.org"}
    assert (CoverNotice.OUTSIDE_DOMAIN, where) in notices
    assert (CoverNotice.APP_SWITCHED, where) in notices
    assert all(values.get("account") != LOCAL for _, values in notices)


def test_forwarding_needs_a_backup_and_an_account_that_can_forward(
    service: Boundary, clock: FakeClock
) -> None:
    with pytest.raises(InputError) as refused:
        service.prepare_away(AwayRequest(until=clock.now + DAY, backups=[], cover=Cover.BOTH))
    assert refused.value.code == Refusal.NO_BACKUP

    service.profile.accounts.append(Account("Side", "plain"))
    with pytest.raises(InputError) as refused:
        service.prepare_away(
            AwayRequest(until=clock.now + DAY, accounts=["Side"], cover=Cover.FORWARD)
        )
    assert refused.value.code == Refusal.CANNOT_FORWARD


def test_the_cover_and_the_stand_ins_replies_are_kept_with_the_period(
    service: Boundary, clock: FakeClock
) -> None:
    go_away(service, clock.now + DAY, cover=Cover.BOTH)
    recorded = service.journal.current_away(clock.now)
    assert recorded is not None and recorded.cover is Cover.BOTH
    assert [v.backup for v in recorded.variants] == ["Alex Kim", "Priya Shah", ""]
    alex = recorded.variant("Alex Kim")
    assert alex is not None and "Alex Kim" in alex.internal and "Sam" not in alex.internal


def test_a_journal_of_schema_2_reads_its_away_periods_as_the_reply(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    db = sqlite3.connect(path)
    db.execute(
        "CREATE TABLE away_periods (id INTEGER PRIMARY KEY, created TEXT NOT NULL, start TEXT"
        " NOT NULL, until TEXT, template TEXT NOT NULL, subject TEXT NOT NULL, internal TEXT"
        " NOT NULL, external TEXT NOT NULL, audience TEXT NOT NULL, accounts TEXT NOT NULL,"
        " backups TEXT NOT NULL, ended TEXT)"
    )
    db.execute(
        "INSERT INTO away_periods (created, start, until, template, subject, internal,"
        " external, audience, accounts, backups) VALUES (?,?,?,?,?,?,?,?,?,?)",
        (
            "2026-11-24T08:00:00+00:00",
            "2026-11-24T08:00:00+00:00",
            "2099-11-26T08:00:00+00:00",
            "vacation",
            "Away",
            "Hi",
            "Hello",
            "all",
            "[]",
            '["Sam Lee"]',
        ),
    )
    db.execute("PRAGMA user_version=2")
    db.commit()
    db.close()
    journal = Journal(path)
    try:
        [period] = journal.away_periods()
        assert (period.cover, period.variants, period.backups) == (Cover.REPLY, (), ("Sam Lee",))
        assert journal.state("Work", "forward") is None
    finally:
        journal.close()
