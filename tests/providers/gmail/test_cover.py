"""Cover on Gmail: a filter that forwards to the backup, only to an address confirmed in Gmail.

Through google-api-python-client with the bundled discovery document, against the loopback
fake; filter bodies are held to that document's Filter schema.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest

from boundary_app.core.paths import AppPaths
from boundary_app.core.profile import Account, Backup, save_profile
from boundary_app.core.service import AwayRequest, Boundary
from boundary_app.core.states import Cover
from boundary_app.providers.base import ForwardRule, Rejected
from boundary_app.providers.gmail import FILTER_TAIL, GmailProvider
from boundary_app.providers.registry import ProviderRegistry
from tests.fakes import FakeClock
from tests.providers.gmail.conftest import MakeProvider
from tests.providers.gmail.fake_google import FakeGoogle

HOUR = timedelta(hours=1)
SAM = "sam@example.com"

#: A filter the person made: it forwards receipts to their accountant.
THEIRS = {
    "id": "ANe1BmjTheirs",
    "criteria": {"subject": "receipt"},
    "action": {"forward": "accountant@example.com"},
}


def test_the_filter_is_made_read_back_and_deleted_and_the_persons_filters_stay(
    make_provider: MakeProvider, google: FakeGoogle
) -> None:
    google.forwarding = {SAM: "accepted", "accountant@example.com": "accepted"}
    google.filters = [dict(THEIRS)]
    provider = make_provider()
    assert not provider.read_forward().enabled  # their forwarding filter is theirs

    provider.write_forward(ForwardRule(True, SAM))

    assert provider.read_forward() == ForwardRule(True, SAM)
    ours = google.filters[-1]
    assert ours["action"] == {"forward": SAM}
    assert ours["criteria"] == {"negatedQuery": f"from:({SAM}) OR {FILTER_TAIL}"}
    provider.write_forward(ForwardRule(True, SAM))  # the same again: nothing changes
    assert len(google.requests("POST", "/settings/filters")) == 1

    provider.clear_forward()
    assert not provider.read_forward().enabled
    assert google.filters == [THEIRS]


def test_another_backup_gets_a_new_filter_and_the_old_one_goes(
    make_provider: MakeProvider, google: FakeGoogle
) -> None:
    google.forwarding = {SAM: "accepted", "priya@example.com": "accepted"}
    provider = make_provider()
    provider.write_forward(ForwardRule(True, SAM))
    provider.write_forward(ForwardRule(True, "priya@example.com"))
    assert [f["action"]["forward"] for f in google.filters] == ["priya@example.com"]


@pytest.mark.parametrize(
    ("status", "words"),
    [
        (None, "Forwarding and POP/IMAP → Add a forwarding address, enter sam@example.com"),
        ("pending", "sam@example.com has not confirmed yet"),
    ],
)
def test_an_address_not_confirmed_in_gmail_is_said_with_what_to_do(
    make_provider: MakeProvider, google: FakeGoogle, status: str | None, words: str
) -> None:
    if status is not None:
        google.forwarding = {SAM: status}
    provider = make_provider()
    with pytest.raises(Rejected) as refused:
        provider.write_forward(ForwardRule(True, SAM))
    assert words in str(refused.value)
    assert google.filters == []
    assert google.requests("POST", "/settings/filters") == []


@pytest.fixture
def service(
    paths: AppPaths, gmail_clock: FakeClock, make_provider: MakeProvider
) -> Iterator[Boundary]:
    provider = make_provider()
    registry = ProviderRegistry.of([GmailProvider])
    svc, _ = Boundary.open(paths, gmail_clock, timezone="Europe/Amsterdam", registry=registry)
    svc.profile.identity.name = "Ana Silva"
    svc.profile.backups = [Backup("Sam Lee", SAM)]
    svc.profile.accounts = [Account("Work", "gmail", dict(provider.account.settings))]
    save_profile(svc.profile, paths.profile)
    yield svc
    svc.close()


def test_silent_cover_is_switched_by_the_app_and_a_filter_removed_in_gmail_is_drift(
    service: Boundary, google: FakeGoogle, gmail_clock: FakeClock
) -> None:
    google.forwarding = {SAM: "accepted"}
    start, until = gmail_clock.now + HOUR, gmail_clock.now + 5 * HOUR
    request = AwayRequest(until=until, start=start, cover=Cover.FORWARD)
    service.go_away(service.prepare_away(request))
    service.push()
    assert google.filters == []

    gmail_clock.now = start
    [result] = service.push()
    assert [f["action"]["forward"] for f in google.filters] == [SAM]
    assert not google.vacation["enableAutoReply"]
    assert result.forwarding is not None and result.forwarding.ok

    google.filters = []  # deleted in Gmail's settings
    gmail_clock.advance(20 * timedelta(minutes=1))
    [result] = service.push()
    assert result.forwarding is not None and result.forwarding.status == "drift"
    assert google.filters == []

    gmail_clock.now = until
    [result] = service.push()
    assert result.forwarding is not None and result.forwarding.ok
    assert google.filters == []
