"""``boundary accounts add exchange`` and friends, in-process, against the loopback EWS server.

The command finds the ``exchange`` kind the way it finds every built-in kind, and the memory
keyring of the test session stands in for the system keyring.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from boundary_app.core.paths import AppPaths
from boundary_app.core.profile import load_profile
from tests.fakes import MemoryKeyring
from tests.in_process import boundary
from tests.providers.exchange.conftest import EMAIL, PASSWORD, USERNAME
from tests.providers.exchange.fake_ews import FakeEws


def add(ews: FakeEws, *extra: str) -> tuple[str, ...]:
    return (
        "accounts",
        "add",
        "exchange",
        "Work",
        "--email",
        EMAIL,
        "--ews-url",
        ews.url,
        "--username",
        USERNAME,
        "--auth",
        "basic",
        "--password-stdin",
        *extra,
    )


def accounts() -> dict[str, dict[str, Any]]:
    profile = load_profile(AppPaths.from_environment().profile)
    return {a.name: {"kind": a.kind, **a.settings} for a in profile.accounts}


def test_add_connects_first_then_keeps_the_password_in_the_keyring_only(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    memory_keyring: MemoryKeyring,
    ews: FakeEws,
) -> None:
    code, out, err = boundary(capsys, monkeypatch, *add(ews), stdin=PASSWORD + "\n")
    assert (code, err) == (0, "")
    assert out == "Added Work (Exchange Server). Connected. No auto-reply is set.\n"
    assert accounts()["Work"] == {
        "kind": "exchange",
        "email": EMAIL,
        "ews_url": ews.url,
        "username": USERNAME,
        "auth": "basic",
        "calendar": "on",  # new accounts get the calendar feature
    }
    assert memory_keyring.store == {("boundary", "Work/password"): PASSWORD}
    assert PASSWORD not in AppPaths.from_environment().profile.read_text(encoding="utf-8")
    assert ews.count("GetUserOofSettings") == 1


def test_a_wrong_password_is_said_plainly_and_nothing_is_kept(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    memory_keyring: MemoryKeyring,
    ews: FakeEws,
) -> None:
    code, out, err = boundary(capsys, monkeypatch, *add(ews), stdin="Summer-2026?\n")
    assert (code, out) == (1, "")
    assert err == (
        "boundary: Exchange did not accept the user name and password; enter them again in "
        "Settings → Accounts.\n"
    )
    assert "Work" not in accounts()
    assert memory_keyring.store == {}


def test_an_exchange_online_account_is_sent_to_m365(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    memory_keyring: MemoryKeyring,
    ews: FakeEws,
) -> None:
    args = list(add(ews))
    args[args.index(ews.url)] = "https://outlook.office365.com/EWS/Exchange.asmx"
    code, _, err = boundary(capsys, monkeypatch, *args, stdin=PASSWORD + "\n")
    assert code == 1
    assert "Exchange Online" in err and "'m365'" in err
    assert err.count("\n") == 1
    assert memory_keyring.store == {}
    assert ews.state.requests == []


def test_the_flags_come_from_the_settings_fields(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(SystemExit):
        boundary(capsys, monkeypatch, "accounts", "add", "exchange", "--help")
    help_text = capsys.readouterr().out
    for flag in ("--email", "--ews-url", "--username", "--auth", "--password-stdin"):
        assert flag in help_text
    assert "--password " not in help_text  # a secret is never a flag
    assert "ntlm" in help_text


def test_away_test_and_back_reach_the_server(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    memory_keyring: MemoryKeyring,
    ews: FakeEws,
) -> None:
    assert boundary(capsys, monkeypatch, *add(ews), stdin=PASSWORD + "\n")[0] == 0

    code, out, err = boundary(
        capsys,
        monkeypatch,
        "away",
        "--until",
        "in 3 days",
        "--message",
        "Op vakantie — terug op maandag. Bel Sam.",
        "--no-backup",
        "--audience",
        "contacts",
        "--account",
        "Work",
        "--json",
    )
    assert code == 0, err
    result = json.loads(out)
    assert ews.state.oof.state == "Scheduled"
    assert ews.state.oof.external_audience == "Known"
    assert "Op vakantie — terug op maandag. Bel Sam." in ews.state.oof.internal
    assert len(ews.state.applied) == 1
    assert result  # the command reported in JSON

    code, out, _ = boundary(capsys, monkeypatch, "accounts", "test", "Work")
    assert code == 0
    assert out.startswith("Work: Connected. An auto-reply is set until ")

    code, _, err = boundary(capsys, monkeypatch, "back")
    assert code == 0, err
    assert ews.state.oof.state == "Disabled"
    assert [o.state for o in ews.state.applied] == ["Scheduled", "Disabled"]


def test_remove_forgets_the_password(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    memory_keyring: MemoryKeyring,
    ews: FakeEws,
    home: Path,
) -> None:
    assert boundary(capsys, monkeypatch, *add(ews), stdin=PASSWORD + "\n")[0] == 0
    code, out, _ = boundary(capsys, monkeypatch, "accounts", "remove", "Work")
    assert (code, out) == (0, "Removed Work.\n")
    assert "Work" not in accounts()
    assert memory_keyring.store == {}
