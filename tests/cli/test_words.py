"""The ``boundary`` command speaks the app's language: Dutch and Indonesian, chosen by the
profile's ``[preferences] language`` or else the system's, and English as before."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from boundary_app.core.paths import AppPaths
from boundary_app.core.profile import default_profile, load_profile, save_profile

TZ = "Europe/Amsterdam"


def boundary(*args: str, lang: str = "") -> subprocess.CompletedProcess[str]:
    """The command in a new process, with the system's language set by ``LANG`` alone."""
    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    env.update(PYTHONIOENCODING="utf-8", LANG=lang or "C.UTF-8", COLUMNS="100")
    return subprocess.run(
        [sys.executable, "-m", "boundary_app.cli", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )


@pytest.fixture
def paths(home: Path) -> AppPaths:
    paths = AppPaths.from_environment()
    save_profile(default_profile(TZ), paths.profile)
    return paths


def speak(paths: AppPaths, language: str) -> None:
    profile = load_profile(paths.profile)
    profile.preferences.language = language
    save_profile(profile, paths.profile)


ENGLISH = (
    "Available",
    "This computer",
    "Connected",
    "auto-reply",
    "Nothing was changed",
    "usage:",
    "error:",
    "show this help",
    "version number",
    "invalid int",
    "reply set",
    "no reply",
)
"""English a Dutch or Indonesian person would notice in what the command prints."""


def no_english(text: str) -> None:
    left = [word for word in ENGLISH if word in text]
    assert not left, (left, text)


@pytest.mark.usefixtures("paths")
def test_status_away_and_test_speak_dutch_with_a_dutch_system() -> None:
    status = boundary("status", lang="nl_NL.UTF-8")
    assert status.returncode == 0, status.stderr
    assert status.stdout.splitlines()[0] == "Beschikbaar."
    assert "Volgende mailmoment:" in status.stdout
    assert "  Deze computer (local): geen bericht" in status.stdout
    no_english(status.stdout)

    away = boundary("away", "--until", "tomorrow 9:00", "--dry-run", lang="nl_NL.UTF-8")
    assert away.returncode == 0, away.stderr
    assert away.stdout.startswith("Afwezig van nu tot ")
    assert " om 09:00." in away.stdout.splitlines()[0]  # the date in Dutch, as the reply
    assert "Voor collega’s:" in away.stdout
    assert "Er is niets gewijzigd (--dry-run)." in away.stdout
    no_english(away.stdout)

    test = boundary("accounts", "test", "This computer", lang="nl_NL.UTF-8")
    assert test.returncode == 0, test.stderr
    assert test.stdout.strip() == "Deze computer: Verbonden. Er staat geen afwezigheidsbericht."


def test_the_profile_language_wins_over_the_system(paths: AppPaths) -> None:
    speak(paths, "nl")
    status = boundary("status", lang="id_ID.UTF-8")
    assert status.stdout.splitlines()[0] == "Beschikbaar."
    speak(paths, "id")
    status = boundary("status", lang="nl_NL.UTF-8")
    assert status.stdout.splitlines()[0] == "Tersedia."
    assert "  Komputer ini (local): tanpa balasan" in status.stdout
    no_english(status.stdout)


def test_indonesian_dry_run_test_and_back(paths: AppPaths) -> None:
    speak(paths, "id")
    away = boundary("away", "--until", "tomorrow 9:00", "--dry-run")
    assert away.returncode == 0, away.stderr
    assert away.stdout.startswith("Tidak di kantor dari sekarang sampai ")
    assert "pukul 09.00" in away.stdout
    assert "Tidak ada yang diubah (--dry-run)." in away.stdout
    no_english(away.stdout)
    test = boundary("accounts", "test", "This computer")
    assert test.stdout.strip() == (
        "Komputer ini: Terhubung. Tidak ada balasan otomatis yang terpasang."
    )
    assert boundary("back").stdout.startswith("Anda tidak sedang pergi.")


def test_a_wrong_command_line_and_help_in_dutch(paths: AppPaths) -> None:
    speak(paths, "nl")
    wrong = boundary("away", "--bogus")
    assert wrong.returncode == 2
    assert wrong.stderr.startswith("gebruik: boundary ")
    assert "boundary: fout: onbekende argumenten: --bogus" in wrong.stderr
    no_english(wrong.stderr)

    mistyped = boundary("stauts")
    assert mistyped.returncode == 2
    assert "onbekende opdracht 'stauts'; bedoelde je 'stats' of 'status'?" in mistyped.stderr

    missing = boundary("away")
    assert missing.returncode == 1
    assert "Zeg met --until wanneer je terug bent" in missing.stderr

    top = boundary("--help")
    assert top.returncode == 0
    assert "Bewaak je werkgrenzen" in top.stdout
    assert "het afwezigheidsbericht op elk account instellen" in top.stdout
    assert "deze hulp tonen en stoppen" in top.stdout
    assert "--version     het versienummer tonen en stoppen" in top.stdout
    no_english(top.stdout)
    not_a_number = boundary("calls", "set", "Acme", "--minutes", "half")
    assert not_a_number.returncode == 2
    assert not_a_number.stderr.endswith(
        "boundary calls set: fout: argument --minutes: 'half' is geen geheel getal\n"
    )
    no_english(not_a_number.stderr)
    away_help = boundary("away", "--help")
    assert "wanneer je terug bent" in away_help.stdout
    no_english(away_help.stdout)


def test_a_refused_date_is_worded_in_dutch(paths: AppPaths) -> None:
    speak(paths, "nl")
    done = boundary("away", "--from", "in 3 days", "--until", "in 2 days")
    assert done.returncode == 1
    assert done.stderr.startswith("boundary: Het einde (")
    assert "moet na het begin (" in done.stderr
    code, data = (
        done.returncode,
        json.loads(
            boundary("away", "--from", "in 3 days", "--until", "in 2 days", "--json").stdout
        ),
    )
    assert code == 1 and data["code"] == "end-before-start"


def test_english_is_as_before_and_json_only_gains_codes(paths: AppPaths) -> None:
    status = boundary("status", lang="en_GB.UTF-8")
    assert status.stdout.splitlines()[0] == "Available."
    assert "  This computer (local): no reply" in status.stdout
    test = boundary("accounts", "test", "This computer", "--json", lang="nl_NL.UTF-8")
    data: dict[str, Any] = json.loads(test.stdout)
    # The name is the account's own (scripts name it so), the message the provider's English.
    assert data == {
        "account": "This computer",
        "ok": True,
        "message": "Connected. No auto-reply is set.",
        "code": "connected",
    }
    english = boundary("accounts", "test", "This computer", lang="en")
    assert english.stdout.strip() == "This computer: Connected. No auto-reply is set."
