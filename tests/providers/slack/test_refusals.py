"""The fake refuses what Slack refuses, in Slack's shape (checked through slack_sdk, as the
provider talks to it), and the provider says what each refusal means for the person."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from slack_sdk.errors import SlackApiError
from slack_sdk.web import WebClient

from boundary_app.providers.base import NeedsSignIn
from boundary_app.providers.slack import SlackProvider
from tests.fakes import FakeClock
from tests.providers.slack.conftest import MakeProvider
from tests.providers.slack.fake_slack import CLIENT_ID, FakeSlack, Grant

Call = Callable[[WebClient], Any]


def refusal(slack: FakeSlack, call: Call, token: str | None = "ok") -> tuple[int, dict[str, Any]]:
    """(HTTP status, body) of a call the fake must refuse."""
    if token == "ok":
        token = slack.issue()
    client = WebClient(token=token, base_url=slack.api, timeout=5, retry_handlers=[])
    with pytest.raises(SlackApiError) as refused:
        call(client)
    response = refused.value.response
    assert response.data["ok"] is False
    return response.status_code, dict(response.data)


def profile_set(profile: Any) -> Call:
    return lambda c: c.users_profile_set(profile=profile)


@pytest.mark.parametrize(
    ("call", "error"),
    [
        (profile_set("not an object"), "invalid_profile"),
        (lambda c: c.api_call("users.profile.set", data={"profile": "{oops"}), "invalid_profile"),
        (profile_set({"status_emoji": "door"}), "profile_status_set_failed_not_emoji_syntax"),
        (profile_set({"status_emoji": ":unicorn:"}), "profile_status_set_failed_not_valid_emoji"),
        (lambda c: c.api_call("dnd.setSnooze", http_verb="GET", params={}), "missing_duration"),
        (lambda c: c.dnd_setSnooze(num_minutes=1441), "too_long"),
        (lambda c: c.dnd_endSnooze(), "snooze_not_active"),
    ],
    ids=[
        "profile-not-object",
        "profile-not-json",
        "emoji-syntax",
        "emoji-unknown",
        "no-duration",
        "snooze-too-long",
        "no-snooze",
    ],
)
def test_a_method_refuses_what_its_document_lists(slack: FakeSlack, call: Call, error: str) -> None:
    assert refusal(slack, call) == (200, {"ok": False, "error": error})


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (profile_set({"status_colour": "red"}), "unknown profile field 'status_colour'"),
        (profile_set({"status_text": "x" * 101}), "status_text must be text of at most 100"),
        (profile_set({"status_expiration": "soon"}), "status_expiration must be a whole number"),
        (lambda c: c.dnd_setSnooze(num_minutes="an hour"), "num_minutes must be a positive"),
    ],
    ids=["unknown-field", "text-too-long", "expiration-not-a-number", "minutes-not-a-number"],
)
def test_arguments_slack_cannot_take_are_invalid_arguments(
    slack: FakeSlack, call: Call, message: str
) -> None:
    status, body = refusal(slack, call)
    assert (status, body["error"]) == (200, "invalid_arguments")
    [said] = body["response_metadata"]["messages"]
    assert said.startswith("[ERROR] " + message)
    assert slack.status == ("", "", 0)  # nothing of a refused profile was kept


def test_tokens_are_refused_as_slack_refuses_them(slack: FakeSlack, clock: FakeClock) -> None:
    def test(c: WebClient) -> Any:
        return c.auth_test()

    assert refusal(slack, test, token=None)[1]["error"] == "not_authed"
    assert refusal(slack, test, token="xoxp-never-issued")[1]["error"] == "invalid_auth"
    revoked = slack.issue()
    slack.revoked.add(revoked)
    assert refusal(slack, test, token=revoked)[1]["error"] == "token_revoked"
    expired = "xoxe.xoxp-1-old"
    slack.tokens[expired] = Grant(expires=int(clock().timestamp()))
    assert refusal(slack, test, token=expired)[1]["error"] == "token_expired"
    reader = slack.issue(("users.profile:read",))
    assert refusal(slack, lambda c: c.dnd_info(), token=reader)[1] == {
        "ok": False,
        "error": "missing_scope",
        "needed": "dnd:read",
        "provided": "users.profile:read",
    }


def test_too_many_requests_is_429_with_retry_after(slack: FakeSlack) -> None:
    slack.fail("429:30")
    client = WebClient(token=slack.issue(), base_url=slack.api, timeout=5, retry_handlers=[])
    with pytest.raises(SlackApiError) as refused:
        client.users_profile_get()
    response = refused.value.response
    assert (response.status_code, response.data) == (429, {"ok": False, "error": "ratelimited"})
    assert response.headers["Retry-After"] == "30"
    assert client.users_profile_get()["ok"] is True  # once only


def test_an_unknown_method_is_not_found(slack: FakeSlack) -> None:
    status, body = refusal(slack, lambda c: c.api_call("users.setPresence2"))
    assert (status, body["error"]) == (404, "unknown_method")


@pytest.mark.parametrize(
    ("form", "error"),
    [
        ({"client_id": "someone-else", "code": "x"}, "invalid_client_id"),
        ({"client_id": CLIENT_ID, "code": "never-given"}, "invalid_code"),
        ({"client_id": CLIENT_ID, "code": "given", "redirect_uri": "http://localhost:1/"}, None),
        ({"client_id": CLIENT_ID, "grant_type": "refresh_token", "refresh_token": "x"}, None),
    ],
    ids=["client", "code", "redirect", "refresh"],
)
def test_the_token_exchange_refuses_what_does_not_belong_to_a_sign_in(
    slack: FakeSlack, form: dict[str, str], error: str | None
) -> None:
    slack.codes["given"] = {"redirect_uri": "http://localhost:2/", "code_challenge": "c"}
    expected = error or ("bad_redirect_uri" if "code" in form else "invalid_refresh_token")
    body = refusal(slack, lambda c: c.api_call("oauth.v2.access", data=form), token=None)[1]
    assert body["error"] == expected


# --- what the provider makes of them --------------------------------------------------------


@pytest.mark.parametrize("error", ["not_authed", "invalid_auth", "account_inactive"])
def test_a_token_slack_no_longer_takes_needs_a_sign_in(
    make_provider: MakeProvider, token: str, slack: FakeSlack, error: str
) -> None:
    slack.fail(error, "users.profile.get")
    with pytest.raises(NeedsSignIn) as refused:
        make_provider().read_auto_reply()
    assert str(refused.value) == (
        f"Slack no longer accepts the sign-in of Work ({error}); sign in again."
    )


def test_slack_s_own_reason_is_kept_for_any_other_refusal(
    provider: SlackProvider, slack: FakeSlack, clock: FakeClock
) -> None:
    from boundary_app.providers.base import AutoReply, Rejected

    slack.fail("profile_set_failed", "users.profile.set")
    with pytest.raises(Rejected, match=r"^Slack refused this \(profile_set_failed\)\.$"):
        provider.write_auto_reply(AutoReply(enabled=True, subject="Away", internal="Away."))
    assert json.dumps(slack.status) == '["", "", 0]'
