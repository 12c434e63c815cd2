"""A forward that bounces: while Boundary's forwarding is on, each pass asks the account
whether a 5.7.520 non-delivery report arrived since the rule was set, says so with its own
code, and records each bounce once.

The 'Work' account keeps a forwarding rule with no dates (switched by the app, as Microsoft 365
and Gmail); ``CoverProvider.bounces`` are the reports that arrived in its inbox.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest

from boundary_app.core.paths import AppPaths
from boundary_app.core.profile import Account, Backup, save_profile
from boundary_app.core.reconciler import AccountResult, ChannelCode
from boundary_app.core.service import AwayRequest, Boundary
from boundary_app.core.states import Cover
from boundary_app.providers.base import ForwardRule
from boundary_app.providers.registry import ProviderRegistry
from tests.fakes import CoverProvider, FakeClock

MINUTE = timedelta(minutes=1)
DAY = timedelta(days=1)
SAM, PRIYA = "sam@partner.example", "priya@example.com"


@pytest.fixture
def service(paths: AppPaths, clock: FakeClock) -> Iterator[Boundary]:
    registry = ProviderRegistry.of([CoverProvider])
    svc, _ = Boundary.open(paths, clock, timezone="Europe/Amsterdam", registry=registry)
    profile = svc.profile
    profile.identity.name = "Ana Silva"
    profile.backups = [Backup("Sam Lee", SAM), Backup("Priya Shah", PRIYA)]
    profile.accounts = [Account("Work", "cover", {"email": "ana@example.com"})]
    save_profile(profile, paths.profile)
    yield svc
    svc.close()


def go_away(service: Boundary, cover: Cover = Cover.FORWARD, **request: object) -> None:
    until = service.clock() + 2 * DAY
    service.go_away(service.prepare_away(AwayRequest(until=until, cover=cover, **request)))  # type: ignore[arg-type]


def push(service: Boundary) -> AccountResult:
    [result] = service.push()
    return result


def bounce_records(service: Boundary) -> list[str]:
    return [p.message for p in service.journal.pushes("Work") if p.action == "forward-bounced"]


def test_a_bounce_after_the_rule_was_set_is_said_with_its_own_code_and_recorded_once(
    service: Boundary, clock: FakeClock
) -> None:
    go_away(service)
    push(service)
    clock.advance(30 * MINUTE)
    bounced_at = clock.now - 5 * MINUTE
    CoverProvider.bounces["Work"] = [bounced_at]

    forwarding = push(service).forwarding

    assert forwarding is not None
    assert (forwarding.status, forwarding.code) == ("failed", ChannelCode.FORWARD_BOUNCED)
    assert isinstance(forwarding.actual, ForwardRule)
    assert forwarding.actual.bounced == bounced_at
    assert SAM in forwarding.message and "5.7.520" in forwarding.message
    assert CoverProvider.rules["Work"].to == SAM  # the rule stays; the person chooses
    status = service.status()
    assert status.health == "failed"
    [work] = status.accounts
    assert work.forwarding is not None and work.forwarding.code is ChannelCode.FORWARD_BOUNCED
    assert len(bounce_records(service)) == 1

    clock.advance(30 * MINUTE)  # the next pass asks again: the same bounce, not recorded again
    assert push(service).forwarding.code is ChannelCode.FORWARD_BOUNCED  # type: ignore[union-attr]
    assert len(bounce_records(service)) == 1

    CoverProvider.bounces["Work"].append(clock.now - MINUTE)  # a newer one is
    push(service)
    assert len(bounce_records(service)) == 2


def test_a_bounce_from_before_the_rule_was_set_is_not_one_of_its(
    service: Boundary, clock: FakeClock
) -> None:
    CoverProvider.bounces["Work"] = [clock.now - DAY]  # an old report in the inbox
    go_away(service)
    push(service)
    clock.advance(30 * MINUTE)

    forwarding = push(service).forwarding

    assert forwarding is not None and forwarding.ok and forwarding.code is ChannelCode.NONE
    assert CoverProvider.bounces_asked[-1] == ("Work", clock.now - 30 * MINUTE)
    assert bounce_records(service) == []


def test_choosing_a_colleague_inside_starts_afresh(service: Boundary, clock: FakeClock) -> None:
    go_away(service)
    push(service)
    clock.advance(10 * MINUTE)
    CoverProvider.bounces["Work"] = [clock.now]
    clock.advance(MINUTE)
    assert push(service).forwarding.code is ChannelCode.FORWARD_BOUNCED  # type: ignore[union-attr]

    clock.advance(MINUTE)
    go_away(service, backups=["Priya Shah"])  # the person changes the period
    push(service)
    clock.advance(30 * MINUTE)
    forwarding = push(service).forwarding

    assert CoverProvider.rules["Work"].to == PRIYA
    assert forwarding is not None and forwarding.ok


def test_no_bounce_is_asked_about_without_forwarding_or_after_i_am_back(
    service: Boundary, clock: FakeClock
) -> None:
    go_away(service, cover=Cover.REPLY)
    push(service)
    clock.advance(MINUTE)
    push(service)
    assert CoverProvider.bounces_asked == []

    go_away(service)
    push(service)
    service.come_back()
    push(service)
    clock.advance(MINUTE)
    push(service)
    assert CoverProvider.bounces_asked == []  # set, then cleared: never on as it stood


def test_a_period_changed_in_its_words_keeps_its_rule_and_the_bounce_it_met(
    service: Boundary, clock: FakeClock
) -> None:
    go_away(service)
    push(service)
    clock.advance(10 * MINUTE)
    CoverProvider.bounces["Work"] = [clock.now]
    clock.advance(MINUTE)

    go_away(service, internal="Back on Tuesday.", external="Back on Tuesday.")
    forwarding = push(service).forwarding

    assert len(CoverProvider.rule_writes) == 1  # the same rule: not written again
    assert forwarding is not None and forwarding.code is ChannelCode.FORWARD_BOUNCED
