"""Sign in with Google: a build that carries the publisher's OAuth client asks for the address
alone; one without asks for the person's own client file, as before."""

from __future__ import annotations

import json
import webbrowser
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from boundary_app import cli
from boundary_app.core.paths import AppPaths
from boundary_app.core.profile import load_profile
from boundary_app.providers import app_registration
from boundary_app.providers.base import AccountConfig, ProviderContext, Rejected
from boundary_app.providers.gmail import GmailProvider
from boundary_app.providers.secrets import KeyringSecrets
from tests.fakes import START, FakeClock, MemoryKeyring
from tests.providers.gmail.conftest import CLIENT_ID, CLIENT_SECRET, REFRESH
from tests.providers.gmail.fake_google import FakeGoogle
from tests.providers.gmail.test_sign_in import Browser, interaction


@pytest.fixture
def built_in(monkeypatch: pytest.MonkeyPatch, google: FakeGoogle) -> None:
    """The publisher's client, as a release build carries it (its token endpoint: the fake)."""
    monkeypatch.setenv(app_registration.GOOGLE_CLIENT_ID, CLIENT_ID)
    monkeypatch.setenv(app_registration.GOOGLE_CLIENT_SECRET, CLIENT_SECRET)
    monkeypatch.setattr(app_registration, "GOOGLE_TOKEN_URI", google.token_uri)
    monkeypatch.setenv("OAUTHLIB_INSECURE_TRANSPORT", "1")  # the fake serves http


def test_the_kind_needs_no_client_file_when_the_build_has_a_client(built_in: None) -> None:
    assert GmailProvider.has_built_in_registration()
    needed = [f.key for f in GmailProvider.fields() if f.required]
    assert needed == ["email"]


def test_without_a_built_in_client_the_client_file_is_needed() -> None:
    assert not GmailProvider.has_built_in_registration()
    assert [f.key for f in GmailProvider.fields() if f.required] == ["email", "client_secrets"]
    with pytest.raises(Rejected, match="OAuth client file is needed"):
        GmailProvider.configure("Work", {"email": "ana@example.com"}, KeyringSecrets())


def test_half_a_client_is_no_client(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(app_registration.GOOGLE_CLIENT_ID, CLIENT_ID)  # and no secret
    assert app_registration.google_client() is None
    assert not GmailProvider.has_built_in_registration()


def test_sign_in_with_the_built_in_client_keeps_only_the_token(
    built_in: None, google: FakeGoogle, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    secrets = KeyringSecrets()
    settings = GmailProvider.configure(
        "Work", {"email": "ana@gmail.com", "api_url": google.url}, secrets
    )
    assert settings == {"email": "ana@gmail.com", "features": "forward", "api_url": google.url}
    assert memory_keyring.store == {}  # the build's client is not copied into the keyring
    context = ProviderContext(data_dir=tmp_path, clock=FakeClock(START), secrets=secrets)
    provider = GmailProvider(AccountConfig("Work", "gmail", settings), context)
    browser = Browser()
    provider.sign_in(interaction(browser))
    asked = parse_qs(urlsplit(browser.urls[0]).query)
    assert asked["client_id"] == [CLIENT_ID]
    assert asked["login_hint"] == ["ana@gmail.com"]
    assert set(memory_keyring.store) == {("boundary", "Work/token")}
    assert json.loads(memory_keyring.store[("boundary", "Work/token")])["refresh_token"] == REFRESH
    assert provider.test_connection().startswith("Signed in with permission to:")


def test_an_own_client_file_still_wins_over_the_built_in_one(
    built_in: None, client_file: Path, memory_keyring: MemoryKeyring
) -> None:
    GmailProvider.configure(
        "Work", {"email": "ana@example.com", "client_secrets": str(client_file)}, KeyringSecrets()
    )
    kept = json.loads(memory_keyring.store[("boundary", "Work/client")])
    assert kept["installed"]["client_id"] == CLIENT_ID


def test_accounts_add_gmail_with_the_address_alone(
    built_in: None,
    google: FakeGoogle,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    browser = Browser()
    monkeypatch.setattr(webbrowser, "open", lambda url, *a, **k: browser.open(url))
    add = ["accounts", "add", "gmail", "Gmail", "--email", "ana@gmail.com"]
    assert cli.run([*add, "--api-url", google.url]) == cli.EXIT_OK
    out = capsys.readouterr().out
    assert out.startswith("Added Gmail (Gmail / Google Workspace). Signed in with permission to")
    [account] = load_profile(AppPaths.from_environment().profile).accounts[-1:]
    assert (account.name, account.settings["email"]) == ("Gmail", "ana@gmail.com")
