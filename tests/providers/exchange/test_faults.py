"""Faults of an Exchange server, as the person sees them, and the recovery after them.

Each test goes away through the app's service, lets the fake EWS server fail, checks the
account's status and message, lets the server recover, moves the fake clock to the retry
time and checks that the reply is set exactly once.
"""

from __future__ import annotations

import socket
from datetime import timedelta

import pytest

from boundary_app.core.profile import Account, save_profile
from boundary_app.core.reconciler import AccountResult
from boundary_app.core.service import AwayRequest, Boundary
from boundary_app.providers.exchange import ExchangeProvider
from tests.fakes import FakeClock
from tests.providers.exchange.conftest import EMAIL, PASSWORD, TIMEOUT, USERNAME
from tests.providers.exchange.fake_ews import FakeEws, Fault, http_date

SECOND = timedelta(seconds=1)
DAY = timedelta(days=1)
FIRST_BACKOFF = timedelta(seconds=30)  # the reconciler's first retry


def go_away(service: Boundary, clock: FakeClock) -> None:
    period = service.prepare_away(
        AwayRequest(until=clock.now + 2 * DAY, internal="Back Thursday. — Ana", external="Hi!")
    )
    service.go_away(period)


def push(service: Boundary, **kw: bool) -> AccountResult:
    [result] = service.push(["Work"], **kw)
    return result


def set_on_server(ews: FakeEws) -> int:
    return len(ews.state.applied)


def recovers_once(service: Boundary, ews: FakeEws, clock: FakeClock, retry_at: object) -> None:
    """The server is back: nothing is sent before the retry time, then the reply once."""
    ews.heal()
    assert retry_at is not None
    clock.now = retry_at - SECOND  # type: ignore[operator]
    requests = len(ews.state.requests)
    assert push(service).status == "pending"
    assert len(ews.state.requests) == requests  # left alone until its time

    clock.now = retry_at  # type: ignore[assignment]
    result = push(service)
    assert (result.status, result.pushed) == ("ok", True)
    assert set_on_server(ews) == 1
    assert ews.state.oof.state == "Scheduled"

    again = push(service, retry_now=True)
    assert (again.status, again.pushed) == ("ok", False)
    assert set_on_server(ews) == 1


@pytest.mark.parametrize(
    ("fault", "message", "wait"),
    [
        pytest.param(
            Fault("status", operation="SetUserOofSettings", status=500),
            "The Exchange server had a problem (HTTP 500); Boundary will try again.",
            FIRST_BACKOFF,
            id="http-500",
        ),
        pytest.param(
            Fault("status", operation="GetUserOofSettings", status=503, retry_after="600"),
            "The Exchange server had a problem (HTTP 503); Boundary will try again.",
            timedelta(minutes=10),
            id="http-503-retry-after-seconds",
        ),
        pytest.param(
            Fault("status", status=429, retry_after="120"),
            "Exchange is busy and asked Boundary to wait before trying again.",
            timedelta(minutes=2),
            id="http-429-retry-after",
        ),
        pytest.param(
            Fault("busy", operation="SetUserOofSettings", back_off_ms=300_000),
            "Exchange is busy and asked Boundary to wait before trying again.",
            timedelta(minutes=5),
            id="ErrorServerBusy-back-off",
        ),
        pytest.param(
            Fault("slow", operation="GetUserOofSettings"),
            f"Exchange did not answer within {TIMEOUT:.0f} second.",
            FIRST_BACKOFF,
            id="slow-answer",
        ),
        pytest.param(
            Fault("malformed", operation="SetUserOofSettings"),
            "Exchange sent an answer Boundary could not read; it will try again later.",
            FIRST_BACKOFF,
            id="malformed-body",
        ),
        pytest.param(
            Fault(
                "ews-error",
                operation="SetUserOofSettings",
                code="ErrorMailboxStoreUnavailable",
                text="The mailbox database is temporarily unavailable.",
            ),
            "Exchange cannot do this right now: The mailbox database is temporarily unavailable.",
            FIRST_BACKOFF,
            id="mailbox-store-unavailable",
        ),
    ],
)
def test_a_passing_fault_is_reported_then_the_reply_is_set_once(
    service: Boundary,
    ews: FakeEws,
    clock: FakeClock,
    fault: Fault,
    message: str,
    wait: timedelta,
) -> None:
    go_away(service, clock)
    ews.fail_next(fault)

    result = push(service)

    assert (result.status, result.message) == ("pending", message)
    assert result.next_retry == clock.now + wait
    assert set_on_server(ews) == 0
    shown = {a.account: (a.status, a.message) for a in service.status().accounts}
    assert shown["Work"] == ("pending", message)
    recovers_once(service, ews, clock, result.next_retry)


def test_a_retry_after_date_is_honoured(service: Boundary, ews: FakeEws, clock: FakeClock) -> None:
    go_away(service, clock)
    later = clock.now + timedelta(minutes=7)
    ews.fail_next(Fault("status", status=503, retry_after=http_date(later)))
    result = push(service)
    assert result.status == "pending"
    assert result.next_retry == later
    recovers_once(service, ews, clock, result.next_retry)


def test_a_server_that_is_down_is_unreachable_until_it_is_back(
    service: Boundary, clock: FakeClock
) -> None:
    with socket.socket() as probe:  # a loopback port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"http://127.0.0.1:{port}/EWS/Exchange.asmx"
    profile = service.profile
    profile.accounts[0].settings["ews_url"] = url
    save_profile(profile, service.paths.profile)
    go_away(service, clock)

    result = push(service)
    assert (result.status, result.message) == (
        "pending",
        "Boundary could not reach 127.0.0.1; check that this computer is online.",
    )
    with FakeEws(username=USERNAME, password=PASSWORD, mailbox=EMAIL, port=port) as ews:
        recovers_once(service, ews, clock, result.next_retry)


def test_a_refused_password_waits_for_a_new_one_then_sets_the_reply_once(
    service: Boundary, ews: FakeEws, clock: FakeClock
) -> None:
    go_away(service, clock)
    ews.password = "changed-by-IT"

    result = push(service)
    assert (result.status, result.message) == (
        "needs-sign-in",
        "Exchange did not accept the user name and password; enter them again in "
        "Settings → Accounts.",
    )
    assert "changed-by-IT" not in result.message
    assert PASSWORD not in result.message
    clock.advance(timedelta(hours=2))
    assert push(service).status == "needs-sign-in"  # not hammered with a wrong password
    assert ews.count("SetUserOofSettings") == 0
    requests = len(ews.state.requests)
    assert push(service).status == "needs-sign-in"
    assert len(ews.state.requests) == requests

    service.secrets.set("Work", "password", "changed-by-IT")
    result = push(service, force=True)
    assert (result.status, result.pushed) == ("ok", True)
    assert push(service, retry_now=True).pushed is False
    assert set_on_server(ews) == 1


def test_an_http_401_in_the_middle_asks_to_sign_in(
    service: Boundary, ews: FakeEws, clock: FakeClock
) -> None:
    go_away(service, clock)
    ews.fail_next(Fault("status", operation="SetUserOofSettings", status=401))
    result = push(service)
    assert result.status == "needs-sign-in"
    assert "enter them again" in result.message
    result = push(service, force=True)
    assert (result.status, result.pushed) == ("ok", True)
    assert set_on_server(ews) == 1


def test_exchanges_refusal_is_shown_and_not_retried_until_the_account_is_fixed(
    service: Boundary, ews: FakeEws, clock: FakeClock
) -> None:
    go_away(service, clock)
    ews.fail_next(
        Fault(
            "ews-error",
            operation="SetUserOofSettings",
            code="ErrorInvalidParameter",
            text="The Message element exceeds the allowed size.",
        )
    )
    result = push(service)
    assert (result.status, result.message) == (
        "failed",
        "Exchange refused: The Message element exceeds the allowed size.",
    )
    assert result.next_retry is None
    clock.advance(timedelta(hours=3))
    sets = ews.count("SetUserOofSettings")
    assert push(service).status == "failed"
    assert ews.count("SetUserOofSettings") == sets

    result = push(service, force=True)
    assert (result.status, result.pushed) == ("ok", True)
    assert set_on_server(ews) == 1


def test_coming_back_clears_the_reply_on_the_server(
    service: Boundary, ews: FakeEws, clock: FakeClock
) -> None:
    go_away(service, clock)
    assert push(service).status == "ok"
    assert ews.state.oof.state == "Scheduled"
    service.come_back()
    result = push(service)
    assert (result.status, result.pushed) == ("ok", True)
    assert ews.state.oof.state == "Disabled"
    assert [o.state for o in ews.state.applied] == ["Scheduled", "Disabled"]


def test_a_reply_turned_off_in_webmail_shows_as_drift(
    service: Boundary, ews: FakeEws, clock: FakeClock
) -> None:
    go_away(service, clock)
    assert push(service).status == "ok"
    ews.state.oof.state = "Disabled"
    result = push(service, retry_now=True)
    assert result.status == "drift"
    assert set_on_server(ews) == 1


def test_the_account_kind_is_what_the_service_loads(service: Boundary) -> None:
    assert service.provider_class("exchange") is ExchangeProvider
    assert [a.kind for a in service.profile.accounts] == ["exchange"]
    assert isinstance(service.profile.accounts[0], Account)
