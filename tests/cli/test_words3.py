"""The refusals of core and of ``accounts keep|leave`` in Dutch and Indonesian; English as
before (tests/cli/test_found.py, tests/core/test_service.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from boundary_app.core.paths import AppPaths
from boundary_app.core.profile import default_profile, load_profile, save_profile
from tests.cli.test_words import boundary

TZ = "Europe/Amsterdam"


@pytest.fixture
def paths(home: Path) -> AppPaths:
    paths = AppPaths.from_environment()
    save_profile(default_profile(TZ), paths.profile)
    return paths


def speak(paths: AppPaths, language: str) -> None:
    profile = load_profile(paths.profile)
    profile.preferences.language = language
    save_profile(profile, paths.profile)


def test_keep_and_leave_refuse_in_dutch(paths: AppPaths) -> None:
    speak(paths, "nl")
    keep = boundary("accounts", "keep", "This computer")
    assert keep.returncode == 1
    assert keep.stderr == (
        "boundary: Deze computer heeft geen afwezigheidsbericht dat buiten Boundary is "
        "ingesteld ('boundary status' laat zien welke accounts er een hebben).\n"
    )
    leave = boundary("accounts", "leave", "Nowhere")
    assert leave.returncode == 1
    assert leave.stderr == (
        "boundary: Er is geen account met de naam 'Nowhere' (accounts: Deze computer).\n"
    )


def test_core_refusals_in_indonesian(paths: AppPaths) -> None:
    speak(paths, "id")
    account = boundary("away", "--until", "in 2 days", "--account", "Nowhere")
    assert account.returncode == 1
    assert account.stderr.startswith("boundary: Tidak ada akun 'Nowhere' (akun: ")


def test_the_same_refusals_in_english_as_before(paths: AppPaths) -> None:
    account = boundary("away", "--until", "in 2 days", "--account", "Nowhere")
    assert account.stderr.startswith("boundary: There is no account 'Nowhere' (accounts: ")
    keep = boundary("accounts", "keep", "This computer")
    assert keep.stderr.startswith("boundary: This computer holds no auto-reply set outside")
