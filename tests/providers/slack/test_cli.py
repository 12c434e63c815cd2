"""``boundary accounts add slack …``, ``away``, ``back`` and ``remove`` against the loopback
Slack, in-process (``cli.run``) so the memory keyring stands in for the system's."""

from __future__ import annotations

import json
import threading
import webbrowser
from datetime import datetime

import pytest

from boundary_app.core.paths import AppPaths
from boundary_app.core.profile import load_profile
from tests.fakes import MemoryKeyring
from tests.in_process import boundary
from tests.providers.slack.fake_slack import CLIENT_ID, FakeSlack


def add_args(slack: FakeSlack, *extra: str) -> list[str]:
    return ["accounts", "add", "slack", "Work", "--token-stdin", "--api-url", slack.api, *extra]


def test_add_with_a_token_on_standard_input_keeps_it_in_the_keyring_only(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    live_slack: FakeSlack,
    memory_keyring: MemoryKeyring,
) -> None:
    token = live_slack.issue()
    code, out, err = boundary(capsys, monkeypatch, *add_args(live_slack), stdin=token + "\n")
    assert code == 0, err
    assert out == "Added Work (Slack). Connected. No away status is set.\n"
    assert "Signed in to Slack as ana in Boundary Test Workspace." in err
    [account] = [
        a for a in load_profile(AppPaths.from_environment().profile).accounts if a.name == "Work"
    ]
    assert account.settings == {"status_emoji": ":door:", "dnd": "on", "api_url": live_slack.api}
    assert memory_keyring.store == {("boundary", "Work/token"): token}
    assert token not in AppPaths.from_environment().profile.read_text(encoding="utf-8")


def test_the_token_flag_reads_standard_input_and_is_in_the_help(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(SystemExit):
        boundary(capsys, monkeypatch, "accounts", "add", "slack", "--help")
    words = capsys.readouterr().out
    for flag in ("--token-stdin", "--client-id", "--api-url", "--status-emoji", "--dnd"):
        assert flag in words
    assert "--password-stdin" not in words and "--token TOKEN" not in words  # never a flag


def test_add_with_neither_token_nor_client_id_is_refused_and_keeps_nothing(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    live_slack: FakeSlack,
    memory_keyring: MemoryKeyring,
) -> None:
    args = ["accounts", "add", "slack", "Work", "--api-url", live_slack.api]
    code, _, err = boundary(capsys, monkeypatch, *args)
    assert code == 1
    assert "Give a user token, or your Slack app's client ID to sign in with Slack." in err
    assert memory_keyring.store == {}
    assert live_slack.requests == []


def test_add_with_a_client_id_signs_in_with_slack_in_the_browser(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    live_slack: FakeSlack,
) -> None:
    def browser(url: str, *args: object, **kwargs: object) -> bool:
        threading.Thread(target=live_slack.approve, args=(url,), daemon=True).start()
        return True

    monkeypatch.setattr(webbrowser, "open", browser)
    args = ["accounts", "add", "slack", "Work", "--client-id", CLIENT_ID]
    code, out, err = boundary(capsys, monkeypatch, *args, "--api-url", live_slack.api, "--json")
    assert code == 0, err
    assert json.loads(out)["check"] == "Connected. No away status is set."
    assert live_slack.codes == {}  # the code was exchanged, once
    assert len(live_slack.calls("oauth.v2.access")) == 1


def test_away_and_back_set_and_clear_the_status(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    live_slack: FakeSlack,
    memory_keyring: MemoryKeyring,
) -> None:
    token = live_slack.issue()
    assert boundary(capsys, monkeypatch, *add_args(live_slack), stdin=token)[0] == 0
    code, out, err = boundary(capsys, monkeypatch, "away", "--until", "in 3 days", "--json")
    assert code == 0, err
    [work] = [r for r in json.loads(out)["results"] if r["account"] == "Work"]
    assert work["status"] == "ok"
    text, emoji, expiration = live_slack.status
    assert text.startswith("Out of office until ") and emoji == ":door:"
    assert expiration == int(datetime.fromisoformat(work["desired"]["end"]).timestamp())
    assert live_slack.snoozed_until() is not None

    code, out, err = boundary(capsys, monkeypatch, "status", "--json")
    [work] = [a for a in json.loads(out)["accounts"] if a["account"] == "Work"]
    assert work["status"] == "ok"

    assert boundary(capsys, monkeypatch, "back")[0] == 0
    assert live_slack.status == ("", "", 0)
    assert live_slack.snoozed_until() is None

    assert boundary(capsys, monkeypatch, "accounts", "remove", "Work")[0] == 0
    assert memory_keyring.store == {}


def test_providers_lists_slack_and_what_it_can_do(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, _ = boundary(capsys, monkeypatch, "providers", "--json")
    assert code == 0
    [slack] = [p for p in json.loads(out)["providers"] if p["kind"] == "slack"]
    assert slack["capabilities"] == ["auto-reply", "chat-status", "scheduled-reply"]
