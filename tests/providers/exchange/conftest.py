"""Fixtures for the ``exchange`` provider: a loopback EWS server and a service that uses it."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from boundary_app.core.paths import AppPaths
from boundary_app.core.profile import Account, Backup, save_profile
from boundary_app.core.service import Boundary
from boundary_app.providers.base import AccountConfig, ProviderContext
from boundary_app.providers.exchange import ExchangeProvider
from boundary_app.providers.local import LocalProvider
from boundary_app.providers.registry import ProviderRegistry
from boundary_app.providers.secrets import KeyringSecrets
from tests.fakes import FakeClock
from tests.providers.exchange.fake_ews import FakeEws

EMAIL = "ana@contoso.example"
USERNAME = "CONTOSO\\ana"
PASSWORD = "Winter-2026!"
#: What a provider may spend on one read or write in these tests (the service's deadline is 5 s).
TIMEOUT = 1.0


@pytest.fixture
def clock() -> FakeClock:
    # exchangelib refuses a scheduled reply whose end has passed on the real clock, so the
    # fake clock starts at the real time (to the minute) and is moved by hand from there.
    return FakeClock(datetime.now(UTC).replace(second=0, microsecond=0))


@pytest.fixture
def ews() -> Iterator[FakeEws]:
    with FakeEws(username=USERNAME, password=PASSWORD, mailbox=EMAIL) as server:
        yield server


def values(ews: FakeEws, **change: str) -> dict[str, str]:
    return {
        "email": EMAIL,
        "ews_url": ews.url,
        "username": USERNAME,
        "auth": "basic",
        "password": PASSWORD,
        **change,
    }


@pytest.fixture
def provider(ews: FakeEws, clock: FakeClock, tmp_path: Path) -> ExchangeProvider:
    secrets = KeyringSecrets()
    settings = ExchangeProvider.configure("Work", values(ews), secrets)
    context = ProviderContext(data_dir=tmp_path, clock=clock, timeout=2 * TIMEOUT, secrets=secrets)
    return ExchangeProvider(AccountConfig("Work", "exchange", settings), context)


class Service(Boundary):
    """The app's service, lending providers a short timeout so slow answers fail fast."""

    def context(self) -> ProviderContext:
        return replace(super().context(), timeout=2 * TIMEOUT)


@pytest.fixture
def service(paths: AppPaths, clock: FakeClock, ews: FakeEws) -> Iterator[Boundary]:
    """A service whose only account, 'Work', is an Exchange mailbox on the fake server, with
    the reply and cover only (the calendar feature off; test_calendar.py has it on)."""
    registry = ProviderRegistry.of([LocalProvider, ExchangeProvider])
    svc, notice = Service.open(
        paths, clock, timezone="Europe/Amsterdam", registry=registry, timeout=5.0
    )
    assert notice is None
    profile = svc.profile
    profile.identity.name = "Ana Silva"
    profile.identity.email = EMAIL
    profile.backups = [Backup("Sam Lee", "sam@contoso.example", "+31 6 1234 5678")]
    settings = ExchangeProvider.configure("Work", values(ews, calendar="off"), svc.secrets)
    profile.accounts = [Account("Work", "exchange", settings)]
    save_profile(profile, paths.profile)
    yield svc
    svc.close()
