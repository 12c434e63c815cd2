"""Sign in with Slack (OAuth v2, PKCE, the shared loopback receiver) and a token of the
person's own Slack app, against the loopback Slack fake."""

from __future__ import annotations

import threading
from datetime import timedelta
from urllib.parse import parse_qs, urlsplit

import pytest

from boundary_app.providers.base import NeedsSignIn, Rejected, SignInCancelled
from boundary_app.providers.secrets import KeyringSecrets
from tests.fakes import FakeClock, MemoryKeyring
from tests.providers.slack.conftest import MakeProvider, Person, browser
from tests.providers.slack.fake_slack import CLIENT_ID, FakeSlack


def test_sign_in_with_slack_asks_for_the_four_user_scopes_and_keeps_the_token(
    make_provider: MakeProvider, slack: FakeSlack, memory_keyring: MemoryKeyring
) -> None:
    person = Person(browser=browser(slack.approve))
    make_provider(client_id=CLIENT_ID).sign_in(person.interaction())
    [url] = person.opened
    query = {k: v[0] for k, v in parse_qs(urlsplit(url).query).items()}
    assert url.startswith(f"{slack.base}/oauth/v2/authorize?")
    assert query["user_scope"] == "users.profile:read,users.profile:write,dnd:read,dnd:write"
    assert query["redirect_uri"].startswith("http://localhost:")
    [exchange] = slack.calls("oauth.v2.access")
    assert "client_secret" not in exchange and exchange["code_verifier"]  # PKCE, no secret
    assert person.progress == [
        "Opening the browser to sign in to Slack…",
        "Waiting for you to finish signing in in the browser…",
        "Finishing the sign-in…",
        "Signed in to Slack as ana in Boundary Test Workspace.",
    ]
    token = KeyringSecrets().get("Work", "token")
    assert token is not None and token.startswith("xoxp-")
    assert make_provider(client_id=CLIENT_ID).test_connection() == (
        "Connected. No away status is set."
    )


def test_a_token_of_the_person_s_own_app_is_checked_without_a_browser(
    make_provider: MakeProvider, token: str, slack: FakeSlack
) -> None:
    person = Person()
    make_provider().sign_in(person.interaction())
    assert person.opened == []
    assert person.progress == ["Signed in to Slack as ana in Boundary Test Workspace."]


def test_a_declined_sign_in_says_so(make_provider: MakeProvider, slack: FakeSlack) -> None:
    person = Person(browser=browser(slack.decline))
    with pytest.raises(Rejected, match=r"^The sign-in to Slack was declined\.$"):
        make_provider(client_id=CLIENT_ID).sign_in(person.interaction())
    assert KeyringSecrets().get("Work", "token") is None


def test_cancel_while_the_browser_is_open_stops_the_sign_in(
    make_provider: MakeProvider, slack: FakeSlack
) -> None:
    person = Person(browser=lambda url: True)
    interaction = person.interaction()
    interaction.open_url = lambda url: interaction.cancel.set() or True  # clicks Cancel
    with pytest.raises(SignInCancelled):
        make_provider(client_id=CLIENT_ID).sign_in(interaction)
    assert slack.requests == []


def test_a_browser_sign_in_not_finished_in_time_needs_another(
    make_provider: MakeProvider, slack: FakeSlack, clock: FakeClock
) -> None:
    def walk_away(url: str) -> bool:
        threading.Timer(0.3, clock.advance, args=(timedelta(minutes=6),)).start()
        return True

    with pytest.raises(NeedsSignIn, match="not finished in time"):
        make_provider(client_id=CLIENT_ID).sign_in(Person(browser=walk_away).interaction())


def test_no_browser_is_said_in_words(make_provider: MakeProvider, slack: FakeSlack) -> None:
    with pytest.raises(Rejected, match="No browser could be opened"):
        make_provider(client_id=CLIENT_ID).sign_in(Person().interaction())


def test_a_rotating_token_is_refreshed_without_a_client_secret(
    make_provider: MakeProvider, slack: FakeSlack, clock: FakeClock
) -> None:
    slack.rotation = True
    make_provider(client_id=CLIENT_ID).sign_in(Person(browser=browser(slack.approve)).interaction())
    first = KeyringSecrets().get("Work", "token")
    clock.advance(timedelta(hours=13))  # the 12-hour token has expired
    assert make_provider(client_id=CLIENT_ID).read_auto_reply().enabled is False
    [refresh] = [a for a in slack.calls("oauth.v2.access") if a.get("grant_type")]
    assert "client_secret" not in refresh
    assert KeyringSecrets().get("Work", "token") not in (None, first)


def test_a_refresh_slack_refuses_needs_a_sign_in(
    make_provider: MakeProvider, slack: FakeSlack, clock: FakeClock
) -> None:
    slack.rotation = True
    make_provider(client_id=CLIENT_ID).sign_in(Person(browser=browser(slack.approve)).interaction())
    slack.refresh_tokens.clear()  # the app's tokens were revoked
    clock.advance(timedelta(hours=13))
    with pytest.raises(NeedsSignIn, match="Slack no longer accepts the sign-in of Work"):
        make_provider(client_id=CLIENT_ID).read_auto_reply()
