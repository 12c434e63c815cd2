"""Fixtures for the gmail provider: a loopback fake of Google, client and token files."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from boundary_app.providers.base import AccountConfig, ProviderContext
from boundary_app.providers.gmail import GmailProvider
from boundary_app.providers.secrets import KeyringSecrets
from tests.fakes import START, FakeClock
from tests.providers.gmail.fake_google import ALL_SCOPES, FakeGoogle

CLIENT_ID = "1234-boundary.apps.googleusercontent.com"
CLIENT_SECRET = "GOCSPX-client-secret"
REFRESH = "refresh-1"


@pytest.fixture
def google() -> Iterator[FakeGoogle]:
    fake = FakeGoogle().start()
    yield fake
    fake.stop()


@pytest.fixture
def client_file(tmp_path: Path, google: FakeGoogle) -> Path:
    path = tmp_path / "client_secret.json"
    path.write_text(
        json.dumps(
            {
                "installed": {
                    "client_id": CLIENT_ID,
                    "project_id": "boundary-test",
                    "auth_uri": "https://accounts.google.com/o/oauth2/auth",
                    "token_uri": google.token_uri,
                    "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
                    "client_secret": CLIENT_SECRET,
                    "redirect_uris": ["http://localhost"],
                }
            }
        ),
        encoding="utf-8",
    )
    return path


def token_json(google: FakeGoogle, **changes: Any) -> dict[str, Any]:
    token = {
        "type": "authorized_user",
        "token": "access-0",
        "refresh_token": REFRESH,
        "token_uri": google.token_uri,
        "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET,
        "scopes": list(ALL_SCOPES),
    }
    token.update(changes)
    return {k: v for k, v in token.items() if v is not None}


@pytest.fixture
def token_file(tmp_path: Path, google: FakeGoogle) -> Path:
    path = tmp_path / "token.json"
    path.write_text(json.dumps(token_json(google)), encoding="utf-8")
    return path


@pytest.fixture
def gmail_clock() -> FakeClock:
    return FakeClock(START)


MakeProvider = Callable[..., GmailProvider]


@pytest.fixture
def make_provider(
    tmp_path: Path,
    google: FakeGoogle,
    client_file: Path,
    gmail_clock: FakeClock,
) -> MakeProvider:
    """Configure an account ('Work' by default) against the fake, as `accounts add` does."""

    def make(
        name: str = "Work",
        email: str = "ana@example.com",
        token: dict[str, Any] | None = None,
        timeout: float = 5.0,
        **values: str,
    ) -> GmailProvider:
        secrets = KeyringSecrets()
        path = tmp_path / f"token-{name}.json"
        path.write_text(json.dumps(token or token_json(google)), encoding="utf-8")
        entered = {
            "email": email,
            "client_secrets": str(client_file),
            "token_file": str(path),
            "api_url": google.url,
            **values,
        }
        settings = GmailProvider.configure(name, entered, secrets)
        context = ProviderContext(
            data_dir=tmp_path / "data", clock=gmail_clock, timeout=timeout, secrets=secrets
        )
        return GmailProvider(AccountConfig(name, "gmail", settings), context)

    return make
