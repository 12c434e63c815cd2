"""When Google fails: what the person sees, and that the reply goes out once afterwards."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from boundary_app.core.paths import AppPaths
from boundary_app.core.profile import Account, save_profile
from boundary_app.core.service import AwayRequest, Boundary
from boundary_app.providers.base import NeedsSignIn, Rejected, Unreachable
from boundary_app.providers.gmail import GmailProvider
from boundary_app.providers.registry import ProviderRegistry
from boundary_app.providers.secrets import KeyringSecrets
from tests.fakes import FakeClock
from tests.providers.gmail.conftest import CLIENT_SECRET, REFRESH, MakeProvider, token_json
from tests.providers.gmail.fake_google import FakeGoogle, Fault, google_error

TZ = "Europe/Amsterdam"


@pytest.fixture
def gmail_service(
    paths: AppPaths, clock: FakeClock, google: FakeGoogle, client_file: Path, tmp_path: Path
) -> Iterator[Boundary]:
    """The core service with one Gmail account pointed at the fake."""
    registry = ProviderRegistry.of([GmailProvider])
    svc, _ = Boundary.open(paths, clock, timezone=TZ, registry=registry, timeout=5.0)
    svc.profile.identity.name = "Ana Silva"
    token = tmp_path / "token.json"
    token.write_text(json.dumps(token_json(google)), encoding="utf-8")
    settings = GmailProvider.configure(
        "Gmail",
        {
            "email": "ana@example.com",
            "client_secrets": str(client_file),
            "token_file": str(token),
            "api_url": google.url,
        },
        KeyringSecrets(),
    )
    svc.profile.accounts = [Account("Gmail", "gmail", settings)]
    save_profile(svc.profile, paths.profile)
    yield svc
    svc.close()


def go_away(svc: Boundary) -> None:
    now = svc.clock()
    svc.go_away(svc.prepare_away(AwayRequest(until=now + timedelta(days=3), internal="Back soon.")))


def only(svc: Boundary, **kwargs: bool) -> tuple[str, str, bool]:
    (result,) = svc.push(**kwargs)
    return result.status, result.message, result.pushed


@pytest.mark.parametrize(
    ("fault", "words", "wait"),
    [
        (
            Fault(
                "/settings/vacation",
                429,
                {"Retry-After": "120"},
                google_error(429, "Too many requests", "rateLimitExceeded", "RESOURCE_EXHAUSTED"),
            ),
            "Google asks Boundary to slow down for a while; it will try again.",
            timedelta(seconds=120),
        ),
        (
            Fault("/settings/vacation", 503, body=b"<html>Service Unavailable</html>"),
            "Google's servers had a problem (error 503); Boundary will try again.",
            timedelta(seconds=30),
        ),
        (
            Fault("/settings/vacation", 200, body=b'{"enableAutoReply": tru'),
            "Google sent an answer Boundary could not read; it will try again.",
            timedelta(seconds=30),
        ),
    ],
    ids=["429-retry-after", "503", "malformed-json"],
)
def test_a_failed_push_waits_and_then_goes_out_exactly_once(
    gmail_service: Boundary,
    clock: FakeClock,
    google: FakeGoogle,
    fault: Fault,
    words: str,
    wait: timedelta,
) -> None:
    google.faults.append(fault)
    go_away(gmail_service)
    status, message, pushed = only(gmail_service)
    assert (status, message, pushed) == ("pending", words, False)
    (state,) = gmail_service.status().accounts
    assert state.next_retry == clock.now + wait
    assert google.vacation_updates() == []

    clock.advance(wait - timedelta(seconds=1))
    gmail_service.push()  # not due yet: Google is left alone
    assert google.vacation_updates() == []

    clock.advance(timedelta(seconds=1))
    assert only(gmail_service) == ("ok", "", True)
    assert len(google.vacation_updates()) == 1
    assert google.vacation["enableAutoReply"] is True
    assert only(gmail_service) == ("ok", "", False)  # in sync: nothing is written twice
    assert len(google.vacation_updates()) == 1


def test_a_refused_sign_in_asks_to_sign_in_again_and_never_shows_a_secret(
    gmail_service: Boundary, google: FakeGoogle
) -> None:
    google.valid_tokens.clear()  # the access token expired
    google.revoked = True  # and the person revoked Boundary's access
    go_away(gmail_service)
    status, message, _ = only(gmail_service)
    assert status == "needs-sign-in"
    assert message == (
        "Google no longer accepts Boundary's sign-in for this account (it expired or was "
        "revoked); please sign in again."
    )
    assert REFRESH not in message and CLIENT_SECRET not in message
    assert len(google.requests("POST", "/token")) == 1
    assert only(gmail_service) == ("needs-sign-in", message, False)  # not retried by itself
    assert len(google.requests("POST", "/token")) == 1


def test_an_expired_access_token_is_refreshed_once_and_kept(
    make_provider: MakeProvider, google: FakeGoogle, memory_keyring: object
) -> None:
    provider = make_provider()
    google.valid_tokens.clear()
    provider.read_auto_reply()
    assert [s.path for s in google.seen] == [
        "/gmail/v1/users/me/settings/vacation",  # 401
        "/token",
        "/gmail/v1/users/me/settings/vacation",
    ]
    kept = json.loads(KeyringSecrets().get("Work", "token") or "{}")
    assert kept["token"] == "access-1"
    assert kept["refresh_token"] == REFRESH
    provider.read_auto_reply()
    assert len(google.requests("POST", "/token")) == 1  # the new token is used from now on


def test_a_token_expired_by_the_clock_is_refreshed_before_the_first_call(
    make_provider: MakeProvider, google: FakeGoogle, gmail_clock: FakeClock
) -> None:
    expiry = (gmail_clock.now - timedelta(minutes=5)).replace(tzinfo=None).isoformat()
    provider = make_provider(token=token_json(google, expiry=expiry))
    provider.read_auto_reply()
    assert [s.path for s in google.seen] == ["/token", "/gmail/v1/users/me/settings/vacation"]


def test_a_token_still_refused_after_refreshing_needs_a_new_sign_in(
    make_provider: MakeProvider, google: FakeGoogle
) -> None:
    google.faults.append(
        Fault(
            "/settings/vacation", 401, body=google_error(401, "Invalid", "authError", "X"), times=5
        )
    )
    with pytest.raises(NeedsSignIn, match="please sign in again"):
        make_provider().read_auto_reply()
    assert len(google.requests("POST", "/token")) == 1


def test_no_answer_in_time_is_retryable(make_provider: MakeProvider, google: FakeGoogle) -> None:
    google.faults.append(Fault("/settings/vacation", hang=True))
    started = datetime.now(UTC)
    with pytest.raises(Unreachable) as caught:
        make_provider(timeout=0.3).read_auto_reply()
    assert str(caught.value) == (
        "Google's servers could not be reached (no answer in time); Boundary will try again."
    )
    assert datetime.now(UTC) - started < timedelta(seconds=3)


def test_nothing_listening_is_retryable(make_provider: MakeProvider, google: FakeGoogle) -> None:
    provider = make_provider()
    google.stop()
    with pytest.raises(Unreachable, match="could not be reached"):
        provider.read_auto_reply()


def test_a_403_is_refused_in_googles_words(make_provider: MakeProvider, google: FakeGoogle) -> None:
    google.faults.append(
        Fault(
            "/settings/vacation",
            403,
            body=google_error(403, "Mail service not enabled", "failedPrecondition", "X"),
        )
    )
    with pytest.raises(Rejected) as caught:
        make_provider().read_auto_reply()
    assert str(caught.value) == "Google refused to read the auto-reply: Mail service not enabled."


def test_a_403_rate_limit_is_retryable(make_provider: MakeProvider, google: FakeGoogle) -> None:
    google.faults.append(
        Fault(
            "/settings/vacation",
            403,
            body=google_error(403, "User Rate Limit Exceeded", "userRateLimitExceeded", "X"),
        )
    )
    with pytest.raises(Unreachable, match="slow down"):
        make_provider().read_auto_reply()


def test_a_missing_sign_in_says_so(make_provider: MakeProvider, google: FakeGoogle) -> None:
    provider = make_provider()
    KeyringSecrets().delete("Work", "token")
    with pytest.raises(NeedsSignIn, match="not signed in to this Google account yet"):
        provider.read_auto_reply()
    assert google.seen == []
