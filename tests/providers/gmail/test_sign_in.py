"""Browser sign-in: Google's consent page, the loopback redirect, cancel, and the token kept."""

from __future__ import annotations

import json
import socket
import threading
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest

from boundary_app.providers.base import Rejected, SignInCancelled, SignInInteraction
from boundary_app.providers.gmail import GmailProvider
from boundary_app.providers.secrets import KeyringSecrets
from tests.fakes import FakeClock
from tests.providers.gmail.conftest import CLIENT_ID, REFRESH, MakeProvider
from tests.providers.gmail.fake_google import ALL_SCOPES, FakeGoogle


@pytest.fixture(autouse=True)
def _plain_http_token_endpoint(monkeypatch: pytest.MonkeyPatch) -> None:
    # oauthlib refuses a token endpoint over plain http; the fake serves http on 127.0.0.1.
    monkeypatch.setenv("OAUTHLIB_INSECURE_TRANSPORT", "1")


class Browser:
    """Stands in for the person's browser: Google's page answers by redirecting back.

    Each answer is one redirect to the loopback server, followed in order; like a browser, it
    shows the page whatever its HTTP status.
    """

    def __init__(self, *answers: Callable[[dict[str, str]], dict[str, str]]) -> None:
        self.urls: list[str] = []
        self.answers = answers or (lambda q: {"code": "good-code", "state": q["state"]},)
        self.pages: list[bytes] = []
        self.threads: list[threading.Thread] = []

    def open(self, url: str) -> bool:
        self.urls.append(url)
        query = {k: v[0] for k, v in parse_qs(urlsplit(url).query).items()}

        def follow_redirects() -> None:
            for answer in self.answers:
                target = query["redirect_uri"] + "?" + urlencode(answer(query))
                try:
                    with urllib.request.urlopen(target, timeout=5) as page:
                        self.pages.append(page.read())
                except urllib.error.HTTPError as refused:
                    with refused:
                        self.pages.append(refused.read())

        thread = threading.Thread(target=follow_redirects, daemon=True)
        self.threads.append(thread)
        thread.start()
        return True

    def shown(self) -> list[bytes]:
        """The pages the browser showed, once it has shown them all."""
        for thread in self.threads:
            thread.join(timeout=5)
        return self.pages


def interaction(browser: Browser, said: list[str] | None = None) -> SignInInteraction:
    notes = said if said is not None else []
    return SignInInteraction(
        open_url=browser.open, show_code=lambda *a: None, progress=notes.append
    )


def signed_out(make_provider: MakeProvider, **values: str) -> GmailProvider:
    provider = make_provider(**values)
    KeyringSecrets().delete(provider.account.name, "token")
    return provider


def test_sign_in_asks_google_for_what_the_features_need_and_keeps_the_token(
    make_provider: MakeProvider, google: FakeGoogle
) -> None:
    provider = signed_out(make_provider)
    browser = Browser()
    said: list[str] = []
    provider.sign_in(interaction(browser, said))
    (url,) = browser.urls
    asked = parse_qs(urlsplit(url).query)
    assert url.startswith("https://accounts.google.com/o/oauth2/auth?")
    assert sorted(asked["scope"][0].split()) == sorted(ALL_SCOPES)
    assert asked["client_id"] == [CLIENT_ID]
    assert asked["access_type"] == ["offline"]
    assert asked["include_granted_scopes"] == ["true"]
    assert asked["login_hint"] == ["ana@example.com"]
    assert asked["code_challenge_method"] == ["S256"]
    assert asked["redirect_uri"][0].startswith("http://127.0.0.1:")
    assert b"signed in" in browser.shown()[0]
    kept = json.loads(KeyringSecrets().get("Work", "token") or "{}")
    assert kept["refresh_token"] == REFRESH
    assert sorted(kept["scopes"]) == sorted(ALL_SCOPES)
    assert said[0] == "Waiting for you to allow access in the browser…"
    assert said[-1] == "Signed in."
    assert provider.test_connection().startswith(
        "Signed in with permission to: change the auto-reply"
    )


def test_a_reply_only_account_asks_only_for_the_auto_reply_scope(
    make_provider: MakeProvider, google: FakeGoogle
) -> None:
    google.granted = ALL_SCOPES[:1]
    provider = signed_out(make_provider, features="reply")
    browser = Browser()
    provider.sign_in(interaction(browser))
    asked = parse_qs(urlsplit(browser.urls[0]).query)
    assert asked["scope"] == ["https://www.googleapis.com/auth/gmail.settings.basic"]
    assert provider.test_connection() == (
        "Signed in with permission to: change the auto-reply. No auto-reply is set."
    )


def test_google_granting_more_than_asked_is_accepted(
    make_provider: MakeProvider, google: FakeGoogle
) -> None:
    # include_granted_scopes: Google answers with the earlier grants too.
    provider = signed_out(make_provider, features="reply")
    provider.sign_in(interaction(Browser()))
    assert "send mail" in provider.test_connection()


def test_cancel_stops_waiting_for_the_browser_and_frees_the_port(
    make_provider: MakeProvider,
) -> None:
    provider = signed_out(make_provider)
    ports: list[int] = []

    def give_up(url: str) -> bool:
        ports.append(int(urlsplit(parse_qs(urlsplit(url).query)["redirect_uri"][0]).port or 0))
        steps.cancel.set()  # the person pressed Cancel while the browser was open
        return True

    steps = SignInInteraction(open_url=give_up, show_code=lambda *a: None, progress=lambda t: None)
    with pytest.raises(SignInCancelled, match="cancelled"):
        provider.sign_in(steps)
    with socket.socket() as probe:
        assert probe.connect_ex(("127.0.0.1", ports[0])) != 0
    assert KeyringSecrets().get("Work", "token") is None


def test_declining_in_the_browser_is_a_cancelled_sign_in(make_provider: MakeProvider) -> None:
    provider = signed_out(make_provider)
    browser = Browser(lambda q: {"error": "access_denied", "state": q["state"]})
    with pytest.raises(SignInCancelled, match="not allowed"):
        provider.sign_in(interaction(browser))


def test_a_redirect_for_another_sign_in_is_ignored(
    make_provider: MakeProvider, google: FakeGoogle
) -> None:
    provider = signed_out(make_provider)
    browser = Browser(
        lambda q: {"code": "good-code", "state": "from-another-sign-in"},
        lambda q: {"code": "good-code", "state": q["state"]},
    )
    provider.sign_in(interaction(browser))
    assert [b"not completed" in page for page in browser.shown()] == [True, False]
    assert b"signed in" in browser.pages[1]
    assert len(google.requests("POST", "/token")) == 1
    assert KeyringSecrets().get("Work", "token") is not None
    assert len(google.requests("POST", "/token")) == 1


def test_a_bad_code_is_said_in_words_and_nothing_is_kept(make_provider: MakeProvider) -> None:
    provider = signed_out(make_provider)
    browser = Browser(lambda q: {"code": "stale-code", "state": q["state"]})
    with pytest.raises(Rejected, match="Google did not complete the sign-in"):
        provider.sign_in(interaction(browser))
    assert KeyringSecrets().get("Work", "token") is None


def test_a_browser_that_never_comes_back_ends_the_sign_in_after_ten_minutes(
    make_provider: MakeProvider, gmail_clock: FakeClock
) -> None:
    provider = signed_out(make_provider)
    # The wait is measured on the provider's clock; this one moves five minutes per look.
    provider.context = replace(
        provider.context, clock=lambda: gmail_clock.advance(timedelta(minutes=5))
    )
    steps = SignInInteraction(
        open_url=lambda url: True, show_code=lambda *a: None, progress=lambda t: None
    )
    with pytest.raises(Rejected, match="The sign-in took too long"):
        provider.sign_in(steps)
    assert KeyringSecrets().get("Work", "token") is None
