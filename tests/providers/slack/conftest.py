"""Fixtures for the slack provider: a loopback Slack Web API on the test's clock, and an
account signed in with a user token."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from boundary_app.providers.base import AccountConfig, ProviderContext, SignInInteraction
from boundary_app.providers.secrets import KeyringSecrets
from boundary_app.providers.slack import SlackProvider
from tests.fakes import FakeClock
from tests.providers.slack.fake_slack import FakeSlack, serve


@pytest.fixture
def slack(clock: FakeClock) -> Iterator[FakeSlack]:
    fake = FakeSlack(clock=clock)
    with serve(fake.handler()) as url:
        fake.base = url
        yield fake
        fake.release.set()


@pytest.fixture
def live_slack() -> Iterator[FakeSlack]:
    """The fake on the real clock, for the ``boundary`` command (which reads the real one)."""
    fake = FakeSlack()
    with serve(fake.handler()) as url:
        fake.base = url
        yield fake
        fake.release.set()


@pytest.fixture
def token(slack: FakeSlack) -> str:
    """A user token the person made in their own Slack app, kept for the account "Work"."""
    token = slack.issue()
    KeyringSecrets().set("Work", "token", token)
    return token


@pytest.fixture
def settings(slack: FakeSlack) -> dict[str, str]:
    return {"status_emoji": ":door:", "dnd": "on", "api_url": slack.api}


MakeProvider = Callable[..., SlackProvider]


@pytest.fixture
def make_provider(settings: dict[str, str], tmp_path: Path, clock: FakeClock) -> MakeProvider:
    def make(name: str = "Work", timeout: float = 5.0, **changes: Any) -> SlackProvider:
        context = ProviderContext(
            data_dir=tmp_path / "data", clock=clock, timeout=timeout, secrets=KeyringSecrets()
        )
        return SlackProvider(AccountConfig(name, "slack", {**settings, **changes}), context)

    return make


@pytest.fixture
def provider(make_provider: MakeProvider, token: str) -> SlackProvider:
    return make_provider()


@dataclass
class Person:
    """The person at the browser: approves (or declines) on Slack's page, or cancels."""

    browser: Callable[[str], bool] | None = None
    opened: list[str] = field(default_factory=list)
    progress: list[str] = field(default_factory=list)

    def interaction(self) -> SignInInteraction:
        def open_url(url: str) -> bool:
            self.opened.append(url)
            return self.browser(url) if self.browser else False

        def show_code(where: str, code: str) -> None:
            raise AssertionError("Slack has no device code")

        return SignInInteraction(open_url, show_code, self.progress.append, threading.Event())


def browser(action: Callable[[str], None]) -> Callable[[str], bool]:
    """A browser that runs beside the app: it answers while the app waits."""

    def open_url(url: str) -> bool:
        threading.Thread(target=action, args=(url,), daemon=True).start()
        return True

    return open_url
