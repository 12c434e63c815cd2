"""``boundary accounts add|test|sign-in|remove``: flags come from each kind's settings fields.

These run the command in-process (``cli.run``), so the test providers and the memory keyring
stand in for real mail servers and the system keyring.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from boundary_app.core.paths import AppPaths
from boundary_app.core.profile import load_profile, save_profile
from boundary_app.providers.local import LocalProvider
from boundary_app.providers.registry import ProviderRegistry
from tests.fakes import BrowserProvider, GuardedProvider, MemoryKeyring
from tests.in_process import boundary

KINDS = [LocalProvider, GuardedProvider, BrowserProvider]


@pytest.fixture(autouse=True)
def test_kinds(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ProviderRegistry, "discover", classmethod(lambda cls: cls.of(KINDS)))
    BrowserProvider.approve.set()


ADD_GUARDED = ("accounts", "add", "guarded", "Work", "--email", "ana@example.com")


def accounts(home: Path) -> list[tuple[str, str, dict[str, Any]]]:
    profile = load_profile(AppPaths.from_environment().profile)
    return [(a.name, a.kind, a.settings) for a in profile.accounts]


def test_add_checks_the_connection_then_keeps_the_password_in_the_keyring_only(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    memory_keyring: MemoryKeyring,
    home: Path,
) -> None:
    code, out, err = boundary(
        capsys,
        monkeypatch,
        *ADD_GUARDED,
        "--host",
        "mail.example.com",
        "--password-stdin",
        stdin="right\n",
    )
    assert (code, err) == (0, "")
    assert out == "Added Work (Guarded mail). Connected. No auto-reply is set.\n"
    assert (
        "Work",
        "guarded",
        {"email": "ana@example.com", "host": "mail.example.com", "port": 993},
    ) in accounts(home)
    assert memory_keyring.store == {("boundary", "Work/password"): "right"}
    assert "right" not in AppPaths.from_environment().profile.read_text()


def test_a_wrong_password_is_said_plainly_and_nothing_is_saved(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    memory_keyring: MemoryKeyring,
    home: Path,
) -> None:
    code, out, err = boundary(
        capsys,
        monkeypatch,
        *ADD_GUARDED,
        "--host",
        "h.example",
        "--password-stdin",
        "--json",
        stdin="wrong\n",
    )
    assert code == 1
    assert err == "boundary: The server did not accept the password.\n"
    assert json.loads(out) == {
        "error": "The server did not accept the password.",
        "status": "needs-sign-in",
    }
    assert [name for name, _, _ in accounts(home)] == ["This computer"]
    assert memory_keyring.store == {}


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("--host", "h.example"), "Give the password on standard input with --password-stdin."),
        (
            ("--host", "h.example", "--port", "x", "--password-stdin"),
            "Port must be a port number (1–65535), not 'x'.",
        ),
    ],
)
def test_bad_input_is_one_line_and_changes_nothing(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    home: Path,
    args: tuple[str, ...],
    words: str,
) -> None:
    code, _, err = boundary(capsys, monkeypatch, *ADD_GUARDED, *args, stdin="right\n")
    assert (code, err) == (1, f"boundary: {words}\n")
    assert [name for name, _, _ in accounts(home)] == ["This computer"]


def test_names_are_unique_and_kinds_known(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, _, err = boundary(capsys, monkeypatch, "accounts", "add", "local", "this computer")
    assert (code, err) == (1, "boundary: There is already an account called 'this computer'.\n")
    code, _, err = boundary(capsys, monkeypatch, "accounts", "add", "pigeon", "Coop")
    assert code == 1
    assert err == (
        "boundary: No provider of kind 'pigeon' is installed. "
        "Installed kinds: browser, guarded, local.\n"
    )


def test_an_account_whose_kind_is_gone_is_said_so_in_dutch_not_as_a_traceback(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    memory_keyring: MemoryKeyring,
    home: Path,
) -> None:
    """A plugin uninstalled after its account was added: ``accounts test`` and ``status``
    say which kind is missing, in the person's language (``accounts test`` raised)."""
    add = (*ADD_GUARDED, "--host", "mail.example.com", "--password-stdin")
    assert boundary(capsys, monkeypatch, *add, stdin="right\n")[0] == 0
    paths = AppPaths.from_environment()
    profile = load_profile(paths.profile)
    profile.preferences.language = "nl"
    save_profile(profile, paths.profile)
    monkeypatch.setattr(
        ProviderRegistry, "discover", classmethod(lambda cls: cls.of([LocalProvider]))
    )
    missing = "Er is geen provider van de soort 'guarded' geïnstalleerd."

    code, _, err = boundary(capsys, monkeypatch, "accounts", "test", "Work")
    assert (code, err) == (1, f"boundary: {missing}\n")
    code, out, _ = boundary(capsys, monkeypatch, "accounts", "test", "Work", "--json")
    assert code == 1 and json.loads(out)["code"] == "kind-not-installed"
    code, out, _ = boundary(capsys, monkeypatch, "status")
    assert "  Work (guarded): " in out and out.rstrip().endswith(f" — {missing}")


def test_each_kind_lists_its_own_flags(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(SystemExit) as done:
        boundary(capsys, monkeypatch, "accounts", "add", "guarded", "--help")
    assert done.value.code == 0
    text = capsys.readouterr().out
    for flag in ("--email", "--host", "--port", "--password-stdin", "--no-check"):
        assert flag in text
    assert "(default: 993)" in text
    assert "--password " not in text  # a secret is never a flag


def test_add_without_a_kind_is_a_usage_error_and_add_help_lists_the_form(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, err = boundary(capsys, monkeypatch, "accounts", "add")
    assert (code, out) == (2, "")
    assert err == (
        "boundary: Say which kind of account: browser, guarded, local "
        "('boundary accounts add KIND --help' lists its options).\n"
    )
    with pytest.raises(SystemExit) as done:
        boundary(capsys, monkeypatch, "accounts", "add", "--help")
    assert done.value.code == 0
    text = " ".join(capsys.readouterr().out.split())
    assert "usage: boundary accounts add" in text and "accounts add KIND --help" in text


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("stauts",), "unknown command 'stauts'; did you mean 'stats' or 'status'?"),
        (("acounts", "list"), "unknown command 'acounts'; did you mean 'accounts'?"),
        (("accounts", "lsit"), "unknown action 'lsit'; did you mean 'list'?"),
        (("away", "--audience", "contact"), "invalid choice: 'contact'; did you mean 'contacts'?"),
        (("xyzzy",), "unknown command 'xyzzy' (choose from status, away, back,"),
    ],
)
def test_a_mistyped_command_gets_a_suggestion_and_exit_2(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    args: tuple[str, ...],
    words: str,
) -> None:
    with pytest.raises(SystemExit) as done:
        boundary(capsys, monkeypatch, *args)
    assert done.value.code == 2
    assert words in capsys.readouterr().err


def test_a_browser_sign_in_follows_add_and_the_token_is_kept(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    memory_keyring: MemoryKeyring,
    home: Path,
) -> None:
    monkeypatch.setattr("webbrowser.open", lambda url: True)
    code, out, err = boundary(
        capsys, monkeypatch, "accounts", "add", "browser", "Cloud", "--email", "ana@example.com"
    )
    assert code == 0, err
    assert "Waiting for you to sign in in your browser" in err
    assert "http://127.0.0.1:9/authorize" in err
    assert out == "Added Cloud (Browser mail). Connected. No auto-reply is set.\n"
    assert memory_keyring.store == {("boundary", "Cloud/token"): "t0k3n"}


def test_test_sign_in_and_remove(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    memory_keyring: MemoryKeyring,
    home: Path,
) -> None:
    monkeypatch.setattr("webbrowser.open", lambda url: True)
    code, _, _ = boundary(
        capsys,
        monkeypatch,
        "accounts",
        "add",
        "browser",
        "Cloud",
        "--email",
        "a@example.com",
        "--no-sign-in",
    )
    assert code == 0
    code, _, err = boundary(capsys, monkeypatch, "accounts", "test", "Cloud")
    assert (code, err) == (1, "boundary: Sign in to Browser mail first.\n")
    code, out, _ = boundary(capsys, monkeypatch, "accounts", "sign-in", "Cloud")
    assert (code, out) == (0, "Cloud: Connected. No auto-reply is set.\n")
    code, out, _ = boundary(capsys, monkeypatch, "accounts", "test", "cloud", "--json")
    assert json.loads(out)["ok"] is True
    code, out, _ = boundary(capsys, monkeypatch, "accounts", "remove", "Cloud")
    assert (code, out) == (0, "Removed Cloud.\n")
    assert [name for name, _, _ in accounts(home)] == ["This computer"]
    assert memory_keyring.store == {}
    code, _, err = boundary(capsys, monkeypatch, "accounts", "remove", "Cloud")
    assert (code, err) == (
        1,
        "boundary: There is no account called 'Cloud' (accounts: This computer).\n",
    )
