"""Faults at Microsoft 365, driven through the service: what the person sees, and that the
reply goes out exactly once when the server recovers."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from email.utils import format_datetime

import pytest

from boundary_app.core.profile import Account, save_profile
from boundary_app.core.reconciler import AccountResult
from boundary_app.core.service import AwayRequest, Boundary
from boundary_app.providers.local import LocalProvider
from boundary_app.providers.m365 import M365Provider
from boundary_app.providers.registry import ProviderRegistry
from tests.fakes import FakeClock
from tests.providers.m365.conftest import Person
from tests.providers.m365.fakes import FakeGraph, FakeIdentity

TIMEOUT = 0.5


@pytest.fixture
def registry() -> ProviderRegistry:
    return ProviderRegistry.of([LocalProvider, M365Provider])


@pytest.fixture
def boundary(
    service: Boundary,
    settings: dict[str, str],
    signed_in: M365Provider,
    monkeypatch: pytest.MonkeyPatch,
) -> Boundary:
    service.profile.accounts.append(Account("Work", "m365", dict(settings)))
    save_profile(service.profile, service.paths.profile)
    made = service.context
    monkeypatch.setattr(service, "context", lambda: replace(made(), timeout=TIMEOUT))
    return service


def go_away(boundary: Boundary) -> None:
    until = boundary.clock() + timedelta(days=2)
    boundary.go_away(boundary.prepare_away(AwayRequest(until=until, accounts=["Work"])))


def push(boundary: Boundary, **options: bool) -> AccountResult:
    [result] = boundary.push(["Work"], **options)
    return result


def assert_recovers_with_one_push(
    boundary: Boundary, graph: FakeGraph, clock: FakeClock, result: AccountResult
) -> None:
    """Nothing is sent before the retry time; then the reply goes out once, and only once."""
    assert graph.patches == []
    requests = len(graph.requests)
    assert push(boundary).status == "pending"  # not yet time to try again
    assert len(graph.requests) == requests
    assert result.next_retry is not None
    clock.now = result.next_retry
    again = push(boundary)
    assert (again.status, again.pushed) == ("ok", True)
    assert len(graph.patches) == 1
    assert graph.patches[0]["status"] == "scheduled"
    settled = push(boundary, retry_now=True)
    assert (settled.status, settled.pushed, len(graph.patches)) == ("ok", False, 1)
    [status] = [a for a in boundary.status().accounts if a.account == "Work"]
    assert status.status == "ok"


@pytest.mark.parametrize(
    ("fault", "method", "message", "wait"),
    [
        ("500", "PATCH", "Microsoft 365 had a problem on its side (HTTP 500).", 30),
        ("502", "GET", "Microsoft 365 had a problem on its side (HTTP 502).", 30),
        ("429:120", "PATCH", "Microsoft 365 is busy; Boundary will try again in 2 minutes.", 120),
        ("503:45", "GET", "Microsoft 365 is busy; Boundary will try again in 45 seconds.", 45),
        ("slow", "GET", f"Microsoft 365 did not answer within {TIMEOUT:g} seconds.", 30),
        ("malformed", "GET", "Microsoft 365 sent an answer Boundary could not read.", 30),
    ],
    ids=["500", "502", "429-retry-after", "503-retry-after", "slow", "malformed"],
)
def test_a_passing_fault_leaves_the_reply_pending_until_the_server_recovers(
    boundary: Boundary,
    graph: FakeGraph,
    clock: FakeClock,
    fault: str,
    method: str,
    message: str,
    wait: int,
) -> None:
    graph.fail(fault, method)
    go_away(boundary)
    result = push(boundary)
    assert (result.status, result.message) == ("pending", message)
    assert result.next_retry == clock() + timedelta(seconds=wait)
    assert_recovers_with_one_push(boundary, graph, clock, result)


def test_a_busy_graph_reads_in_dutch_in_the_command(boundary: Boundary, graph: FakeGraph) -> None:
    """An HTTP 503 from Graph: the result keeps the English (logs, --json); the command's
    line for the account says it in Dutch."""
    from boundary_app import translation
    from boundary_app.cli.output import Out

    graph.fail("503:45", "GET")
    go_away(boundary)
    result = push(boundary)
    assert result.message == "Microsoft 365 is busy; Boundary will try again in 45 seconds."
    translation.speak("nl")
    line = Out(as_json=False, service=boundary).account_line(result)
    translation.speak("en")
    assert " — Microsoft 365 heeft het druk; Boundary probeert het over 45 seconden opnieuw. " in (
        line
    )
    english = Out(as_json=False, service=boundary).account_line(result)
    assert f" — {result.message} " in english


def test_retry_after_as_a_date_is_honoured(
    boundary: Boundary, graph: FakeGraph, clock: FakeClock
) -> None:
    later = clock() + timedelta(minutes=10)
    graph.fail(f"503:{format_datetime(later, usegmt=True)}", "PATCH")
    go_away(boundary)
    result = push(boundary)
    assert result.message == "Microsoft 365 is busy; Boundary will try again in 10 minutes."
    assert result.next_retry == later
    assert_recovers_with_one_push(boundary, graph, clock, result)


def test_an_expired_token_is_refreshed_and_the_reply_goes_out_at_once(
    boundary: Boundary, graph: FakeGraph, identity: FakeIdentity
) -> None:
    graph.fail("401", "PATCH")
    go_away(boundary)
    result = push(boundary)
    assert (result.status, result.pushed) == ("ok", True)
    assert identity.grants[-1] == "refresh_token"
    assert len(graph.patches) == 1
    assert push(boundary, retry_now=True).pushed is False
    assert len(graph.patches) == 1


def test_a_token_refused_twice_asks_for_a_sign_in_and_the_reply_follows_it(
    boundary: Boundary, graph: FakeGraph, make_provider: object
) -> None:
    graph.fail("401", times=2)
    go_away(boundary)
    result = push(boundary)
    assert (result.status, result.message) == (
        "needs-sign-in",
        "Microsoft 365 no longer accepts the sign-in for ana@contoso.com; sign in again.",
    )
    requests = len(graph.requests)
    assert push(boundary).status == "needs-sign-in"  # not retried on its own
    assert len(graph.requests) == requests
    boundary.provider_for(boundary.profile.accounts[-1]).sign_in(Person().interaction())
    again = push(boundary, force=True)
    assert (again.status, again.pushed, len(graph.patches)) == ("ok", True, 1)
    assert push(boundary, retry_now=True).pushed is False
    assert len(graph.patches) == 1


def test_a_refused_reply_shows_microsoft_s_reason_and_is_not_retried(
    boundary: Boundary, graph: FakeGraph, clock: FakeClock
) -> None:
    graph.fail("400", "PATCH")
    go_away(boundary)
    result = push(boundary)
    assert (result.status, result.message) == (
        "failed",
        "Microsoft 365 refused this: The end time must be after the start time.",
    )
    clock.advance(timedelta(hours=2))
    assert push(boundary).status == "failed"
    assert graph.patches == []


def test_going_away_and_coming_back_sets_and_clears_the_reply_once_each(
    boundary: Boundary, graph: FakeGraph
) -> None:
    go_away(boundary)
    assert push(boundary).status == "ok"
    assert push(boundary).status == "ok"  # read back as written: no drift, no second write
    assert boundary.come_back()
    assert push(boundary).status == "ok"
    assert [p["status"] for p in graph.patches] == ["scheduled", "disabled"]
    assert graph.setting["status"] == "disabled"
