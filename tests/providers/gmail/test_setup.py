"""Adding a Gmail account: the client file and token go to the keyring, never the profile."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from boundary_app import cli
from boundary_app.core.paths import AppPaths
from boundary_app.core.profile import load_profile
from boundary_app.providers.base import Rejected
from boundary_app.providers.gmail import GmailProvider
from boundary_app.providers.registry import ProviderRegistry
from boundary_app.providers.secrets import KeyringSecrets
from tests.fakes import MemoryKeyring
from tests.providers.gmail.conftest import CLIENT_SECRET, REFRESH
from tests.providers.gmail.fake_google import FakeGoogle


def test_importing_the_provider_does_not_load_the_google_libraries() -> None:
    code = (
        "import sys, boundary_app.providers.gmail\n"
        "heavy = [m for m in sys.modules if m.split('.')[0] in "
        "('googleapiclient', 'google_auth_oauthlib', 'google_auth_httplib2', 'httplib2')"
        " or m.startswith('google.auth') or m.startswith('google.oauth2')]\n"
        "print(heavy)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_the_kind_is_registered() -> None:
    assert ProviderRegistry.discover().load("gmail") is GmailProvider


def test_configure_keeps_only_plain_settings_in_the_profile(
    client_file: Path, token_file: Path, google: FakeGoogle, memory_keyring: MemoryKeyring
) -> None:
    settings = GmailProvider.configure(
        "Work",
        {
            "email": "ana@example.com",
            "client_secrets": str(client_file),
            "token_file": str(token_file),
            "api_url": google.url,
        },
        KeyringSecrets(),
    )
    assert settings == {"email": "ana@example.com", "features": "forward", "api_url": google.url}
    client = json.loads(memory_keyring.store[("boundary", "Work/client")])
    assert client["installed"]["client_secret"] == CLIENT_SECRET
    token = json.loads(memory_keyring.store[("boundary", "Work/token")])
    assert token["refresh_token"] == REFRESH
    GmailProvider.forget("Work", KeyringSecrets())
    assert memory_keyring.store == {}


def write(tmp_path: Path, name: str, content: object) -> str:
    path = tmp_path / name
    path.write_text(content if isinstance(content, str) else json.dumps(content), "utf-8")
    return str(path)


@pytest.mark.parametrize(
    ("client", "words"),
    [
        (None, "does not exist"),
        ("{not json", "is not an OAuth client file; download the JSON of a 'Desktop app' client"),
        ({"web": {"client_id": "x"}}, "is the file of a 'Web application' OAuth client"),
        ({"type": "authorized_user"}, "is a sign-in token, not an OAuth client file"),
        ({"installed": {"client_id": "x"}}, "lacks client_secret, auth_uri, token_uri"),
    ],
    ids=["missing", "not-json", "web-client", "token-given", "incomplete"],
)
def test_a_wrong_client_file_is_refused_in_words_and_nothing_is_kept(
    tmp_path: Path, memory_keyring: MemoryKeyring, client: object, words: str
) -> None:
    path = str(tmp_path / "nowhere.json") if client is None else write(tmp_path, "c.json", client)
    with pytest.raises(Rejected, match=words.replace("(", r"\(").replace(")", r"\)")):
        GmailProvider.configure(
            "Work", {"email": "ana@example.com", "client_secrets": path}, KeyringSecrets()
        )
    assert memory_keyring.store == {}


def test_a_folder_instead_of_a_file_cannot_be_read(tmp_path: Path) -> None:
    with pytest.raises(Rejected, match=r"cannot be read \(Is a directory\)"):
        GmailProvider.configure(
            "Work", {"email": "ana@example.com", "client_secrets": str(tmp_path)}, KeyringSecrets()
        )


def test_a_token_file_without_a_refresh_token_is_refused(
    tmp_path: Path, client_file: Path, memory_keyring: MemoryKeyring
) -> None:
    token = write(tmp_path, "t.json", {"token": "only-an-access-token"})
    with pytest.raises(Rejected, match="no refresh token"):
        GmailProvider.configure(
            "Work",
            {"email": "ana@example.com", "client_secrets": str(client_file), "token_file": token},
            KeyringSecrets(),
        )
    assert memory_keyring.store == {}


# --- the boundary command ------------------------------------------------------------------


def test_accounts_add_test_and_remove_from_the_command_line(
    client_file: Path,
    token_file: Path,
    google: FakeGoogle,
    paths: AppPaths,
    memory_keyring: MemoryKeyring,
    capsys: pytest.CaptureFixture[str],
) -> None:
    add = ["accounts", "add", "gmail", "Work", "--email", "ana@example.com"]
    add += ["--client-secrets", str(client_file), "--token-file", str(token_file)]
    add += ["--api-url", google.url, "--no-sign-in"]
    assert cli.run(add) == cli.EXIT_OK
    assert "Added Work (Gmail / Google Workspace)." in capsys.readouterr().out
    (account,) = [a for a in load_profile(paths.profile).accounts if a.kind == "gmail"]
    assert account.settings == {
        "email": "ana@example.com",
        "features": "forward",
        "api_url": google.url,
    }
    profile_text = paths.profile.read_text("utf-8")
    assert CLIENT_SECRET not in profile_text and REFRESH not in profile_text
    assert str(client_file) not in profile_text

    assert cli.run(["accounts", "test", "Work"]) == cli.EXIT_OK
    assert capsys.readouterr().out.strip() == (
        "Work: Signed in with permission to: change the auto-reply, read the inbox, send mail. "
        "No auto-reply is set."
    )

    assert cli.run(["accounts", "remove", "Work"]) == cli.EXIT_OK
    assert not any(key[1].startswith("Work/") for key in memory_keyring.store)


def test_accounts_add_says_what_is_wrong_with_the_client_file(
    tmp_path: Path, paths: AppPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    web = write(tmp_path, "web.json", {"web": {"client_id": "x"}})
    code = cli.run(
        ["accounts", "add", "gmail", "Work", "--email", "ana@example.com", "--client-secrets", web]
    )
    assert code == cli.EXIT_ERROR
    assert "'Web application' OAuth client" in capsys.readouterr().err
