"""Signing in to Microsoft 365 through MSAL's real code against a loopback identity platform."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest

from boundary_app.providers.base import NeedsSignIn, Rejected, SignInCancelled
from boundary_app.providers.m365 import M365Provider
from boundary_app.providers.secrets import KeyringSecrets
from tests.fakes import FakeClock, MemoryKeyring
from tests.providers.m365.conftest import MakeProvider, Person
from tests.providers.m365.fakes import FakeGraph, FakeIdentity

DEVICE = "urn:ietf:params:oauth:grant-type:device_code"


def test_without_a_browser_the_person_gets_a_code_and_is_signed_in(
    make_provider: MakeProvider, identity: FakeIdentity, graph: FakeGraph
) -> None:
    person = Person()
    provider = make_provider()
    provider.sign_in(person.interaction())
    assert len(person.opened) == 1  # the browser was tried first
    assert person.codes == [("https://microsoft.com/devicelogin", "FAKE-CODE")]
    assert identity.grants == [DEVICE, DEVICE]  # pending once, then signed in
    assert person.progress[-1] == "Signed in to Microsoft 365 as ana@contoso.com."
    assert make_provider().test_connection() == "Connected. No auto-reply is set."


def test_the_system_browser_signs_in_through_the_loopback_redirect(
    make_provider: MakeProvider, identity: FakeIdentity, graph: FakeGraph
) -> None:
    def browser(url: str) -> bool:
        # The browser runs beside the app: it posts the answer while the app waits.
        threading.Thread(target=identity.approve, args=(url,), daemon=True).start()
        return True

    person = Person(browser=browser)
    make_provider().sign_in(person.interaction())
    assert person.codes == []
    assert identity.grants == ["authorization_code"]  # PKCE and redirect URI checked by the fake
    assert "login_hint=ana%40contoso.com" in person.opened[0]
    assert "redirect_uri=http%3A%2F%2Flocalhost%3A" in person.opened[0]
    assert person.progress == [
        "Opening the browser to sign in to Microsoft 365…",
        "Waiting for you to finish signing in in the browser…",
        "Finishing the sign-in…",
        "Signed in to Microsoft 365 as ana@contoso.com.",
    ]
    assert make_provider().test_connection() == "Connected. No auto-reply is set."


def test_cancel_while_the_browser_is_open_stops_the_sign_in(make_provider: MakeProvider) -> None:
    person = Person(browser=lambda url: True)
    interaction = person.interaction()
    interaction.open_url = lambda url: interaction.cancel.set() or True  # clicks Cancel
    with pytest.raises(SignInCancelled, match="Sign-in was cancelled"):
        make_provider().sign_in(interaction)
    with pytest.raises(NeedsSignIn):
        make_provider().test_connection()


def test_cancel_while_the_code_is_shown_stops_polling(
    make_provider: MakeProvider, identity: FakeIdentity
) -> None:
    identity.device_approved = False  # the person never enters the code
    identity.interval = 1  # MSAL checks for a cancel before each second of waiting
    person = Person(cancel_on_code=True)
    with pytest.raises(SignInCancelled, match="Sign-in was cancelled"):
        make_provider().sign_in(person.interaction())
    assert identity.grants == [DEVICE]  # one poll, then it stopped without waiting


def test_a_registration_without_public_client_flows_says_what_to_change(
    make_provider: MakeProvider, identity: FakeIdentity
) -> None:
    with pytest.raises(Rejected) as caught:
        make_provider(client_id="11111111-2222-3333-4444-555555555555").sign_in(
            Person().interaction()
        )
    assert str(caught.value) == (
        "Microsoft would not start a sign-in with a code (unauthorized_client); check the "
        "application (client) ID and that the app registration allows public client flows."
    )


def test_an_unknown_tenant_is_said_plainly(
    make_provider: MakeProvider, identity: FakeIdentity
) -> None:
    with pytest.raises(Rejected, match="Microsoft does not recognise the tenant 'nowhere'"):
        make_provider(tenant="nowhere").test_connection()


def test_the_token_cache_lives_in_the_keyring_and_in_no_file(
    signed_in: M365Provider, memory_keyring: MemoryKeyring, home: Path, tmp_path: Path
) -> None:
    stored = memory_keyring.store[("boundary", "Work/token_cache")]
    cache = json.loads(stored)
    assert cache["RefreshToken"] and cache["AccessToken"]
    tokens = [v["secret"] for kind in ("AccessToken", "RefreshToken") for v in cache[kind].values()]
    signed_in.test_connection()
    for path in [*home.rglob("*"), *tmp_path.rglob("*")]:
        if path.is_file() and path.suffix != ".pem":
            text = path.read_bytes()
            assert not any(token.encode() in text for token in tokens), path
    M365Provider.forget("Work", KeyringSecrets())
    assert ("boundary", "Work/token_cache") not in memory_keyring.store


def test_no_sign_in_means_needs_sign_in(make_provider: MakeProvider, graph: FakeGraph) -> None:
    with pytest.raises(NeedsSignIn) as caught:
        make_provider().read_auto_reply()
    assert str(caught.value) == (
        "Boundary is not signed in to Microsoft 365 as ana@contoso.com; sign in first."
    )
    assert graph.requests == []


def test_importing_the_module_does_not_import_msal() -> None:
    code = (
        "import sys, boundary_app.providers.m365 as m; "
        "print(sorted(n for n in sys.modules if n.split('.')[0] in ('msal', 'requests')))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout.strip() == "[]"


def test_a_browser_sign_in_not_finished_in_five_minutes_asks_to_sign_in_again(
    make_provider: MakeProvider, clock: FakeClock
) -> None:
    provider = make_provider()
    # The wait is measured on the provider's clock; this one moves five minutes per look.
    provider.context = replace(provider.context, clock=lambda: clock.advance(timedelta(minutes=5)))
    person = Person(browser=lambda url: True)  # the browser opens; nobody signs in
    with pytest.raises(NeedsSignIn, match="The browser sign-in was not finished in time"):
        provider.sign_in(person.interaction())
    assert person.codes == []  # no fallback to a code: the browser worked
