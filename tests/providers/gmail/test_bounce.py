"""A forward that bounces, on Gmail: while Boundary's filter is on, each pass lists the
mailbox with ``q='"5.7.520" after:<epoch>'`` (one result) and reads the arrival of the one
found (``format=minimal``); a non-delivery report since the filter was made says the
forwarding bounced. Against the loopback fake, through the bundled discovery document."""

from __future__ import annotations

import urllib.request
from collections.abc import Iterator
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import urlencode

import pytest

from boundary_app.core.paths import AppPaths
from boundary_app.core.profile import Account, Backup, save_profile
from boundary_app.core.service import Boundary
from boundary_app.providers.gmail import GmailProvider
from boundary_app.providers.registry import ProviderRegistry
from tests.fakes import FakeClock
from tests.providers.bounces import assert_forward_bounced, forward_and_settle, ndr
from tests.providers.gmail.conftest import MakeProvider
from tests.providers.gmail.fake_google import FakeGoogle
from tests.providers.gmail.test_mail import ms
from tests.providers.http import json_answer

MINUTE = timedelta(minutes=1)
SAM = "sam@partner.example"
ANA = "ana@example.com"


def add_report(google: FakeGoogle, name: str, at: datetime, status: str = "5.7.520") -> None:
    google.add_message(name, ndr(ANA, SAM, "A question", status), ms(at))


def add_ordinary(google: FakeGoogle, name: str, at: datetime) -> None:
    raw = f"From: customer@elsewhere.test\r\nTo: {ANA}\r\nSubject: Hello\r\n\r\nHi.\r\n"
    google.add_message(name, raw.encode(), ms(at))


def test_the_newest_report_since_a_moment_is_found_with_one_listing(
    make_provider: MakeProvider, google: FakeGoogle, gmail_clock: FakeClock
) -> None:
    now = gmail_clock.now
    add_report(google, "r1", now - 2 * MINUTE)
    add_report(google, "r2", now - 9 * MINUTE)
    add_ordinary(google, "q1", now - MINUTE)
    add_report(google, "r3", now - MINUTE, "5.1.1")
    provider = make_provider()

    assert provider.forward_bounced(now - 10 * MINUTE) == now - 2 * MINUTE
    assert provider.forward_bounced(now - MINUTE) is None

    listed = [r for r in google.requests("GET") if r.path.endswith("/users/me/messages")]
    assert [r.query["q"] for r in listed] == [
        [f'"5.7.520" after:{int((now - 10 * MINUTE).timestamp())}'],
        [f'"5.7.520" after:{int((now - MINUTE).timestamp())}'],
    ]
    assert all(r.query["maxResults"] == ["1"] for r in listed)
    fetched = [r for r in google.requests("GET") if "/users/me/messages/" in r.path]
    assert [(r.path.rsplit("/", 1)[1], r.query["format"]) for r in fetched] == [("r1", ["minimal"])]


def raw_list(google: FakeGoogle, query: dict[str, str]) -> tuple[int, Any]:
    google.valid_tokens.add("raw-token")
    url = f"{google.url}gmail/v1/users/me/messages?{urlencode(query)}"
    request = urllib.request.Request(url, headers={"Authorization": "Bearer raw-token"})
    return json_answer(request)


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ({"q": '"5.7.520 after:1'}, "Invalid query"),
        ({"q": '"5.7.520" after:yesterday'}, "Invalid query"),
        ({"q": '"5.7.520"', "maxResults": "one"}, "Invalid value at 'max_results' (TYPE_UINT32)"),
    ],
)
def test_the_fake_refuses_a_malformed_listing_in_googles_error_shape(
    google: FakeGoogle, query: dict[str, str], message: str
) -> None:
    status, answer = raw_list(google, query)
    assert status == 400
    error = answer["error"]
    assert error["code"] == 400 and error["status"] == "INVALID_ARGUMENT"
    assert error["message"].startswith(message)
    assert error["errors"][0]["reason"] == "invalidArgument"


@pytest.fixture
def service(
    paths: AppPaths, gmail_clock: FakeClock, make_provider: MakeProvider, google: FakeGoogle
) -> Iterator[Boundary]:
    google.forwarding = {SAM: "accepted"}
    provider = make_provider()
    registry = ProviderRegistry.of([GmailProvider])
    svc, _ = Boundary.open(paths, gmail_clock, timezone="Europe/Amsterdam", registry=registry)
    svc.profile.identity.name = "Ana Silva"
    svc.profile.backups = [Backup("Sam Lee", SAM)]
    svc.profile.accounts = [Account("Work", "gmail", dict(provider.account.settings))]
    save_profile(svc.profile, paths.profile)
    yield svc
    svc.close()


def test_a_report_after_the_filter_was_made_says_the_forward_bounced_and_an_older_one_not(
    service: Boundary, google: FakeGoogle, gmail_clock: FakeClock
) -> None:
    clock = gmail_clock
    add_report(google, "old", clock.now - 3 * MINUTE)
    forward_and_settle(service, clock)

    add_report(google, "new", clock.now - MINUTE)
    clock.advance(10 * MINUTE)
    [result] = service.push()

    assert_forward_bounced(service, result, at=clock.now - 11 * MINUTE)
