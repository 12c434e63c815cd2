"""Fixtures for the m365 provider: loopback identity platform and Graph, a signed-in account."""

from __future__ import annotations

import ssl
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from boundary_app.providers.base import AccountConfig, ProviderContext, SignInInteraction
from boundary_app.providers.m365 import M365Provider
from boundary_app.providers.secrets import KeyringSecrets
from tests.fakes import FakeClock
from tests.providers.m365.fakes import CLIENT_ID, FakeGraph, FakeIdentity, serve
from tests.tls import make_certificate


@pytest.fixture(scope="session")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return make_certificate(tmp_path_factory.mktemp("tls"))


@pytest.fixture
def identity(
    certificate: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> Iterator[FakeIdentity]:
    cert, key = certificate
    tls = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    tls.load_cert_chain(cert, key)
    # MSAL (requests) trusts the fake's certificate the way a company proxy's is trusted.
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(cert))
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    fake = FakeIdentity()
    with serve(fake.handler(), tls) as url:
        fake.base = url
        yield fake


@pytest.fixture
def graph(identity: FakeIdentity) -> Iterator[FakeGraph]:
    fake = FakeGraph(identity)
    with serve(fake.handler()) as url:
        fake.base = url + "/v1.0"
        yield fake
        fake.release.set()


@pytest.fixture
def settings(identity: FakeIdentity, graph: FakeGraph) -> dict[str, str]:
    return {
        "email": "ana@contoso.com",
        "client_id": CLIENT_ID,
        "tenant": "organizations",
        "graph_url": graph.base,
        "authority_url": identity.base,
    }


@dataclass
class Person:
    """What the sign-in shows and what the person does: a browser (or none), a code, cancel."""

    browser: Callable[[str], bool] | None = None
    opened: list[str] = field(default_factory=list)
    codes: list[tuple[str, str]] = field(default_factory=list)
    progress: list[str] = field(default_factory=list)
    cancel_on_code: bool = False

    def interaction(self) -> SignInInteraction:
        cancel = threading.Event()

        def open_url(url: str) -> bool:
            self.opened.append(url)
            return self.browser(url) if self.browser else False

        def show_code(where: str, code: str) -> None:
            self.codes.append((where, code))
            if self.cancel_on_code:
                cancel.set()

        return SignInInteraction(open_url, show_code, self.progress.append, cancel)


MakeProvider = Callable[..., M365Provider]


@pytest.fixture
def make_provider(settings: dict[str, str], tmp_path: Path, clock: FakeClock) -> MakeProvider:
    def make(name: str = "Work", timeout: float = 5.0, **changes: Any) -> M365Provider:
        context = ProviderContext(
            data_dir=tmp_path / "data", clock=clock, timeout=timeout, secrets=KeyringSecrets()
        )
        return M365Provider(AccountConfig(name, "m365", {**settings, **changes}), context)

    return make


@pytest.fixture
def signed_in(make_provider: MakeProvider) -> M365Provider:
    """An account signed in with a device code (no browser), as over remote desktop."""
    provider = make_provider()
    provider.sign_in(Person().interaction())
    return provider
