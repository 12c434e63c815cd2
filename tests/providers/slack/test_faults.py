"""Slack through the service and its reconciler: faults and what the person sees, the status
set exactly once when Slack recovers, drift, the person's own status, focus days."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from boundary_app.core.profile import Account, save_profile
from boundary_app.core.reconciler import AccountResult
from boundary_app.core.service import AwayRequest, Boundary
from boundary_app.providers.local import LocalProvider
from boundary_app.providers.registry import ProviderRegistry
from boundary_app.providers.secrets import KeyringSecrets
from boundary_app.providers.slack import SlackProvider
from tests.fakes import FakeClock
from tests.providers.slack.fake_slack import FakeSlack

TIMEOUT = 0.5
SET, GET = "users.profile.set", "users.profile.get"


@pytest.fixture
def registry() -> ProviderRegistry:
    return ProviderRegistry.of([LocalProvider, SlackProvider])


@pytest.fixture
def boundary(
    service: Boundary, settings: dict[str, str], token: str, monkeypatch: pytest.MonkeyPatch
) -> Boundary:
    service.profile.accounts.append(Account("Work", "slack", dict(settings)))
    save_profile(service.profile, service.paths.profile)
    made = service.context
    monkeypatch.setattr(service, "context", lambda: replace(made(), timeout=TIMEOUT))
    return service


def go_away(boundary: Boundary, days: float = 2, start_in: float = 0) -> None:
    start = boundary.clock() + timedelta(days=start_in)
    request = AwayRequest(start=start if start_in else None, until=start + timedelta(days=days))
    boundary.go_away(boundary.prepare_away(replace(request, accounts=["Work"])))


def push(boundary: Boundary, **options: bool) -> AccountResult:
    [result] = boundary.push(["Work"], **options)
    return result


def sets(slack: FakeSlack) -> list[dict[str, object]]:
    return slack.calls("users.profile.set")


def assert_recovers_with_one_push(
    boundary: Boundary, slack: FakeSlack, clock: FakeClock, result: AccountResult
) -> None:
    """Nothing is sent before the retry time; then the status goes on once, and only once."""
    assert sets(slack) == []
    requests = len(slack.requests)
    assert push(boundary).status == "pending"  # not yet time to try again
    assert len(slack.requests) == requests
    assert result.next_retry is not None
    clock.now = result.next_retry
    again = push(boundary)
    assert (again.status, again.pushed) == ("ok", True)
    assert len(sets(slack)) == 1
    assert slack.status[0].startswith("Out of office until")
    assert slack.snoozed_until() is not None
    settled = push(boundary, retry_now=True)
    assert (settled.status, settled.pushed, len(sets(slack))) == ("ok", False, 1)


@pytest.mark.parametrize(
    ("fault", "method", "message", "wait"),
    [
        ("500", SET, "Slack had a problem on its side (HTTP 500).", 30),
        ("fatal_error", SET, "Slack had a problem on its side (fatal_error).", 30),
        ("429:120", SET, "Slack is busy; Boundary will try again in 2 minutes.", 120),
        ("429:45", GET, "Slack is busy; Boundary will try again in 45 seconds.", 45),
        ("slow", GET, "Slack did not answer within 1 second.", 30),
        ("malformed", GET, "Slack sent an answer Boundary could not read.", 30),
        ("reset", SET, "Slack cannot be reached; check the network connection.", 30),
    ],
    ids=["500", "fatal_error", "429-set", "429-get", "slow", "malformed", "reset"],
)
def test_a_passing_fault_leaves_the_status_pending_until_slack_recovers(
    boundary: Boundary,
    slack: FakeSlack,
    clock: FakeClock,
    fault: str,
    method: str,
    message: str,
    wait: int,
) -> None:
    slack.fail(fault, method)
    go_away(boundary)
    result = push(boundary)
    assert (result.status, result.message) == ("pending", message)
    assert result.next_retry == clock() + timedelta(seconds=wait)
    assert_recovers_with_one_push(boundary, slack, clock, result)


def test_rate_limited_do_not_disturb_is_set_on_the_retry_without_setting_the_status_again(
    boundary: Boundary, slack: FakeSlack, clock: FakeClock
) -> None:
    slack.fail("429:60", "dnd.setSnooze")
    go_away(boundary)
    result = push(boundary)
    assert (result.status, len(sets(slack)), slack.snoozed_until()) == ("pending", 1, None)
    assert result.next_retry is not None
    clock.now = result.next_retry
    assert push(boundary).status == "ok"
    assert len(sets(slack)) == 1
    assert slack.snoozed_until() is not None


def test_slack_out_of_reach_is_pending(
    boundary: Boundary, slack: FakeSlack, clock: FakeClock
) -> None:
    account = boundary.profile.accounts[-1]
    account.settings["api_url"] = "http://127.0.0.1:9/api/"  # nothing listens there
    go_away(boundary)
    result = push(boundary)
    assert (result.status, result.message) == (
        "pending",
        "Slack cannot be reached; check the network connection.",
    )


def test_a_revoked_token_asks_for_a_sign_in_and_the_status_follows_a_new_token(
    boundary: Boundary, slack: FakeSlack, token: str
) -> None:
    slack.revoked.add(token)
    go_away(boundary)
    result = push(boundary)
    assert (result.status, result.message) == (
        "needs-sign-in",
        "Slack no longer accepts the sign-in of Work (token_revoked); sign in again.",
    )
    requests = len(slack.requests)
    assert push(boundary).status == "needs-sign-in"  # not retried on its own
    assert len(slack.requests) == requests
    KeyringSecrets().set("Work", "token", slack.issue())
    again = push(boundary, force=True)
    assert (again.status, again.pushed, len(sets(slack))) == ("ok", True, 1)
    assert push(boundary, retry_now=True).pushed is False
    assert len(sets(slack)) == 1


def test_a_token_without_the_scope_needed_asks_for_a_sign_in(
    boundary: Boundary, slack: FakeSlack
) -> None:
    KeyringSecrets().set("Work", "token", slack.issue(("users.profile:read",)))
    go_away(boundary)
    result = push(boundary)
    assert (result.status, result.message) == (
        "needs-sign-in",
        "The Slack token of Work lacks the permission users.profile:write; sign in again.",
    )


def test_an_emoji_the_workspace_lacks_is_refused_with_slack_s_reason_and_not_retried(
    boundary: Boundary, slack: FakeSlack, clock: FakeClock
) -> None:
    boundary.profile.accounts[-1].settings["status_emoji"] = ":no_such_emoji:"
    go_away(boundary)
    result = push(boundary)
    assert (result.status, result.message) == (
        "failed",
        "Slack refused this (profile_status_set_failed_not_valid_emoji).",
    )
    clock.advance(timedelta(hours=2))
    assert push(boundary).status == "failed"
    assert slack.status == ("", "", 0)


def test_going_away_and_coming_back_sets_and_clears_the_status_once_each(
    boundary: Boundary, slack: FakeSlack
) -> None:
    go_away(boundary)
    assert push(boundary).status == "ok"
    assert push(boundary, retry_now=True).pushed is False  # read back as written
    assert boundary.come_back()
    assert push(boundary).status == "ok"
    assert [s["profile"]["status_text"] for s in sets(slack)] == [  # type: ignore[index]
        "Out of office until Thursday 26 November at 09:00",
        "",
    ]
    assert slack.snoozed_until() is None


def test_a_status_the_person_sets_after_coming_back_is_theirs_not_drift(
    boundary: Boundary, slack: FakeSlack, clock: FakeClock
) -> None:
    go_away(boundary)
    push(boundary)
    boundary.come_back()
    push(boundary)
    slack.set_status("Lunch", ":hamburger:", int((clock() + timedelta(hours=1)).timestamp()))
    result = push(boundary, retry_now=True)
    assert (result.status, result.pushed) == ("ok", False)
    assert slack.status[0] == "Lunch"
    assert [a.status for a in boundary.status().accounts if a.account == "Work"] == ["ok"]


def test_a_status_changed_in_slack_while_away_is_drift_and_left_alone(
    boundary: Boundary, slack: FakeSlack
) -> None:
    go_away(boundary)
    push(boundary)
    slack.set_status("Back early, ping me", ":hamburger:")
    result = push(boundary, retry_now=True)
    assert (result.status, result.pushed) == ("drift", False)
    assert slack.status[0] == "Back early, ping me"
    assert boundary.come_back()
    push(boundary)
    assert slack.status[0] == "Back early, ping me"  # I'm back leaves the person's status


def test_an_away_period_booked_ahead_goes_on_at_its_start(
    boundary: Boundary, slack: FakeSlack, clock: FakeClock
) -> None:
    go_away(boundary, days=2, start_in=1)
    assert push(boundary).status == "ok"
    assert sets(slack) == []
    clock.advance(timedelta(days=1))  # the app's timer makes a pass at the start
    assert push(boundary).status == "ok"
    assert len(sets(slack)) == 1
    assert slack.status[0].startswith("Out of office until")
    assert slack.snoozed_until() == int((clock() + timedelta(days=1)).timestamp())


def test_a_focus_day_shows_its_subject_and_pauses_notifications_until_the_day_ends(
    boundary: Boundary, slack: FakeSlack, clock: FakeClock
) -> None:
    profile = boundary.profile
    tz = profile.tz
    profile.checks = replace(profile.checks, focus_weekdays=frozenset({clock().weekday()}))
    save_profile(profile, boundary.paths.profile)
    assert push(boundary).status == "ok"
    day_end = clock().astimezone(tz).replace(hour=0, minute=0) + timedelta(days=1)
    text, emoji, expiration = slack.status
    assert text == "Focus day: I'll answer on Wednesday 25 November at 09:00"
    assert (emoji, expiration) == (":door:", int(day_end.timestamp()))
    assert slack.snoozed_until() == int(day_end.timestamp())
    clock.now = day_end  # Slack clears it; the next focus day's reply waits for its start
    assert push(boundary).status == "ok"
    assert slack.status == ("", "", 0)
    assert len(sets(slack)) == 1
