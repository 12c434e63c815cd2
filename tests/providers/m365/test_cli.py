"""``boundary accounts add m365 …``, ``test``, ``sign-in`` and ``remove`` against the loopback
Microsoft services, in-process (``cli.run``) so the memory keyring stands in for the system's."""

from __future__ import annotations

import json
import threading
import webbrowser
from pathlib import Path

import pytest

from boundary_app.core.paths import AppPaths
from boundary_app.core.profile import load_profile
from boundary_app.providers.local import LocalProvider
from boundary_app.providers.m365 import M365Provider
from boundary_app.providers.registry import ProviderRegistry
from tests.fakes import MemoryKeyring
from tests.in_process import boundary
from tests.providers.m365.fakes import CLIENT_ID, FakeGraph, FakeIdentity


@pytest.fixture(autouse=True)
def kinds(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        ProviderRegistry, "discover", classmethod(lambda cls: cls.of([LocalProvider, M365Provider]))
    )


@pytest.fixture
def no_browser(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(webbrowser, "open", lambda url, *a, **k: False)


def add_args(identity: FakeIdentity, graph: FakeGraph, *extra: str) -> list[str]:
    return [
        "accounts",
        "add",
        "m365",
        "Work",
        "--email",
        "ana@contoso.com",
        "--client-id",
        CLIENT_ID,
        "--graph-url",
        graph.base,
        "--authority-url",
        identity.base,
        *extra,
    ]


def test_add_signs_in_with_a_code_when_no_browser_opens_and_keeps_the_token_in_the_keyring(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    identity: FakeIdentity,
    graph: FakeGraph,
    memory_keyring: MemoryKeyring,
    home: Path,
    no_browser: None,
) -> None:
    code, out, err = boundary(capsys, monkeypatch, *add_args(identity, graph))
    assert code == 0, err
    assert out == "Added Work (Microsoft 365). Connected. No auto-reply is set.\n"
    assert "To sign in, visit https://microsoft.com/devicelogin and enter the code FAKE-CODE" in err
    accounts = load_profile(AppPaths.from_environment().profile).accounts
    [account] = [a for a in accounts if a.name == "Work"]
    assert (account.name, account.kind) == ("Work", "m365")
    assert account.settings == {
        "email": "ana@contoso.com",
        "calendar": "on",  # new accounts get the calendar feature
        "client_id": CLIENT_ID,
        "tenant": "organizations",
        "graph_url": graph.base,
        "authority_url": identity.base,
        "teams_status": "on",  # a new account has the Teams status on
    }
    assert set(memory_keyring.store) == {("boundary", "Work/token_cache")}
    profile_text = AppPaths.from_environment().profile.read_text(encoding="utf-8")
    assert "access-" not in profile_text and "refresh-" not in profile_text


def test_add_signs_in_through_the_browser_when_one_opens(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    identity: FakeIdentity,
    graph: FakeGraph,
) -> None:
    def browser(url: str, *args: object, **kwargs: object) -> bool:
        threading.Thread(target=identity.approve, args=(url,), daemon=True).start()
        return True

    monkeypatch.setattr(webbrowser, "open", browser)
    code, out, err = boundary(capsys, monkeypatch, *add_args(identity, graph, "--json"))
    assert code == 0, err
    assert json.loads(out)["check"] == "Connected. No auto-reply is set."
    assert identity.grants == ["authorization_code"]


def test_test_reports_the_reply_and_an_expired_sign_in_is_fixed_with_sign_in(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    identity: FakeIdentity,
    graph: FakeGraph,
    no_browser: None,
) -> None:
    assert boundary(capsys, monkeypatch, *add_args(identity, graph))[0] == 0
    graph.setting.update(
        status="scheduled",
        scheduledStartDateTime={"dateTime": "2026-11-25T08:00:00.0000000", "timeZone": "UTC"},
        scheduledEndDateTime={"dateTime": "2026-11-30T08:00:00.0000000", "timeZone": "UTC"},
        internalReplyMessage="<p>Away</p>",
    )
    code, out, _ = boundary(capsys, monkeypatch, "accounts", "test", "Work")
    assert (code, out) == (
        0,
        "Work: Connected. An auto-reply is set until 2026-11-30 08:00+00:00.\n",
    )

    identity.revoke_all()
    code, out, err = boundary(capsys, monkeypatch, "accounts", "test", "Work")
    assert code == 1
    assert "The Microsoft 365 sign-in for ana@contoso.com has expired; sign in again." in err

    code, out, err = boundary(capsys, monkeypatch, "accounts", "sign-in", "Work")
    assert code == 0, err
    assert "enter the code FAKE-CODE" in err
    assert out.startswith("Work: Connected. An auto-reply is set until")


def test_a_wrong_client_id_is_refused_and_nothing_is_kept(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    identity: FakeIdentity,
    graph: FakeGraph,
    memory_keyring: MemoryKeyring,
    no_browser: None,
) -> None:
    args = add_args(identity, graph)
    args[args.index(CLIENT_ID)] = "boundary-app"
    code, _, err = boundary(capsys, monkeypatch, *args)
    assert code == 1
    assert "Application (client) ID must look like 00000000-0000-0000-0000-000000000000" in err
    assert memory_keyring.store == {}
    assert identity.grants == []


def test_remove_takes_the_token_out_of_the_keyring(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    identity: FakeIdentity,
    graph: FakeGraph,
    memory_keyring: MemoryKeyring,
    no_browser: None,
) -> None:
    assert boundary(capsys, monkeypatch, *add_args(identity, graph))[0] == 0
    code, out, _ = boundary(capsys, monkeypatch, "accounts", "remove", "Work")
    assert (code, out) == (0, "Removed Work.\n")
    assert memory_keyring.store == {}


# --- the publisher's registration, built in ----------------------------------------------


def test_with_a_built_in_registration_the_address_is_enough(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    identity: FakeIdentity,
    graph: FakeGraph,
    memory_keyring: MemoryKeyring,
    no_browser: None,
) -> None:
    monkeypatch.setenv("BOUNDARY_M365_CLIENT_ID", CLIENT_ID)
    args = add_args(identity, graph)
    del args[args.index("--client-id") : args.index("--client-id") + 2]
    code, out, err = boundary(capsys, monkeypatch, *args)
    assert code == 0, err
    assert out == "Added Work (Microsoft 365). Connected. No auto-reply is set.\n"
    [account] = [
        a for a in load_profile(AppPaths.from_environment().profile).accounts if a.name == "Work"
    ]
    # No client ID is kept: the account signs in with the build's registration.
    assert account.settings == {
        "email": "ana@contoso.com",
        "calendar": "on",  # new accounts get the calendar feature
        "tenant": "organizations",
        "graph_url": graph.base,
        "authority_url": identity.base,
        "teams_status": "on",  # a new account has the Teams status on
    }
    assert identity.grants  # signed in: the identity fake knows only CLIENT_ID
    assert set(memory_keyring.store) == {("boundary", "Work/token_cache")}
    # It keeps working as long as the build carries the registration.
    code, out, _ = boundary(capsys, monkeypatch, "accounts", "test", "Work")
    assert (code, out) == (0, "Work: Connected. No auto-reply is set.\n")


def test_without_a_built_in_registration_the_client_id_is_asked_for(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    identity: FakeIdentity,
    graph: FakeGraph,
    memory_keyring: MemoryKeyring,
) -> None:
    args = add_args(identity, graph)
    del args[args.index("--client-id") : args.index("--client-id") + 2]
    with pytest.raises(SystemExit) as usage:
        boundary(capsys, monkeypatch, *args)
    assert usage.value.code == 2
    assert "the following arguments are required: --client-id" in capsys.readouterr().err
    assert memory_keyring.store == {} and identity.grants == []


def test_help_says_the_client_id_may_be_left_out_when_built_in(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BOUNDARY_M365_CLIENT_ID", CLIENT_ID)
    with pytest.raises(SystemExit):
        boundary(capsys, monkeypatch, "accounts", "add", "m365", "--help")
    words = " ".join(capsys.readouterr().out.split())
    assert "[--client-id ID]" in words
    assert "your organisation's own registration; leave out to use Boundary's" in words
