"""The publisher's app registrations go into a build through packaging/write_registration.py,
and the app reads them (``providers/app_registration.py``); the environment comes first."""

from __future__ import annotations

import os
import subprocess
import sys
import types
from pathlib import Path

import pytest

from boundary_app.providers import app_registration
from boundary_app.providers.gmail import GmailProvider
from boundary_app.providers.m365 import M365Provider

ROOT = Path(__file__).resolve().parents[2]
WRITER = ROOT / "packaging" / "write_registration.py"
M365_ID = "4a1aa1d5-c567-49d0-ad0b-cd957a47f842"
GOOGLE_ID = "1234-boundary.apps.googleusercontent.com"


def write(folder: Path, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if k not in app_registration.NAMES}
    return subprocess.run(
        [sys.executable, str(WRITER), str(folder)],
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_the_build_writes_the_registrations_and_never_prints_them(tmp_path: Path) -> None:
    done = write(
        tmp_path,
        BOUNDARY_M365_CLIENT_ID=M365_ID,
        BOUNDARY_GOOGLE_CLIENT_ID=GOOGLE_ID,
        BOUNDARY_GOOGLE_CLIENT_SECRET="GOCSPX-secret",
    )
    assert done.returncode == 0, done.stderr
    assert "Microsoft built in, Google built in" in done.stdout
    assert M365_ID not in done.stdout and "GOCSPX" not in done.stdout
    namespace: dict[str, object] = {}
    exec((tmp_path / "_registration.py").read_text("utf-8"), namespace)
    assert namespace["VALUES"] == {
        "BOUNDARY_GOOGLE_CLIENT_ID": GOOGLE_ID,
        "BOUNDARY_GOOGLE_CLIENT_SECRET": "GOCSPX-secret",
        "BOUNDARY_M365_CLIENT_ID": M365_ID,
    }


@pytest.mark.parametrize(
    ("env", "words"),
    [
        ({"BOUNDARY_M365_CLIENT_ID": "Boundary"}, "must be an Application (client) ID"),
        ({"BOUNDARY_GOOGLE_CLIENT_ID": GOOGLE_ID}, "set both"),
        (
            {"BOUNDARY_GOOGLE_CLIENT_ID": "1234", "BOUNDARY_GOOGLE_CLIENT_SECRET": "x"},
            "ending in .apps.googleusercontent.com",
        ),
    ],
    ids=["not-a-guid", "google-without-secret", "not-a-google-id"],
)
def test_a_malformed_registration_fails_the_build(
    tmp_path: Path, env: dict[str, str], words: str
) -> None:
    done = write(tmp_path, **env)
    assert done.returncode == 1
    assert words in done.stderr
    assert not (tmp_path / "_registration.py").exists()


def test_empty_secrets_build_nothing_in(tmp_path: Path) -> None:
    done = write(tmp_path, BOUNDARY_M365_CLIENT_ID="", BOUNDARY_GOOGLE_CLIENT_ID="")
    assert done.returncode == 0, done.stderr
    assert "no registration set" in done.stdout
    assert not (tmp_path / "_registration.py").exists()


def test_the_app_reads_the_built_module_and_the_environment_comes_first(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert not M365Provider.has_built_in_registration()
    built = types.ModuleType("built_registration")
    built.VALUES = {  # type: ignore[attr-defined]
        "BOUNDARY_M365_CLIENT_ID": M365_ID,
        "BOUNDARY_GOOGLE_CLIENT_ID": GOOGLE_ID,
        "BOUNDARY_GOOGLE_CLIENT_SECRET": "GOCSPX-secret",
    }
    monkeypatch.setitem(sys.modules, "built_registration", built)
    monkeypatch.setattr(app_registration, "GENERATED_MODULE", "built_registration")
    assert app_registration.m365_client_id() == M365_ID
    assert M365Provider.has_built_in_registration() and GmailProvider.has_built_in_registration()
    other = "00000000-0000-0000-0000-000000000001"
    monkeypatch.setenv("BOUNDARY_M365_CLIENT_ID", other)
    assert app_registration.m365_client_id() == other


def test_the_generated_module_is_kept_out_of_the_repository() -> None:
    ignored = subprocess.run(
        ["git", "check-ignore", "-q", "boundary_app/providers/_registration.py"],
        cwd=ROOT,
        check=False,
    )
    if ignored.returncode == 128:
        pytest.skip("not a git checkout")
    assert ignored.returncode == 0
