"""The profile's own errors and typed moments in the command's language (Dutch, Indonesian):
the line number and what was typed kept, the sentence around them translated.

In-process against the test providers, with the fake clock: Tuesday 24 November 2026, 08:00
in Amsterdam (``tests.fakes.START``).
"""

from __future__ import annotations

import json

import pytest

from boundary_app.core.paths import AppPaths
from boundary_app.core.service import Boundary
from tests.cli.test_words_more1 import FORMS_NL, boundary, not_a_time_nl, speak
from tests.cli.test_words_more1 import test_kinds as test_kinds  # the autouse fixture


def no_english(text: str, *more: str) -> None:
    english = ("line ", "which is not", "could not be read", "should be", "use a", "try ", *more)
    left = [words for words in english if words in text]
    assert not left, (left, text)


def break_profile(paths: AppPaths, wrong: str, right: str) -> int:
    """Replace ``right`` in the profile by ``wrong``; the line it is on."""
    text = paths.profile.read_text("utf-8")
    assert right in text
    text = text.replace(right, wrong, 1)
    paths.profile.write_text(text, "utf-8")
    return text.splitlines().index(wrong.splitlines()[0]) + 1


# --- the profile's errors ----------------------------------------------------------------------


def test_profile_validate_in_indonesian_names_the_line(
    service: Boundary, capsys: pytest.CaptureFixture[str]
) -> None:
    speak(service, "id")
    line = break_profile(service.paths, "minutes = 0", "minutes = 15")

    code, out, err = boundary(capsys, "profile", "validate")

    assert (code, out) == (1, "")
    assert err == (
        f"boundary: {service.paths.profile}: baris {line}: checks.minutes bernilai 0; gunakan "
        "angka dari 1 sampai 240\n"
    )
    code, out, err = boundary(capsys, "profile", "validate", "--json")
    data = json.loads(out)
    assert (code, data["valid"], data["line"]) == (1, False, line)
    assert data["code"] == "profile-out-of-range"
    assert f"baris {line}: checks.minutes bernilai 0" in data["error"]


def test_profile_validate_in_dutch_words_the_kind_of_value(
    service: Boundary, capsys: pytest.CaptureFixture[str]
) -> None:
    speak(service, "nl")
    line = break_profile(service.paths, "timezone = 5", 'timezone = "Europe/Amsterdam"')

    code, _, err = boundary(capsys, "profile", "validate")

    assert code == 1
    assert err.endswith(f": regel {line}: identity.timezone moet tekst zijn, niet een getal\n")
    no_english(err)


def test_a_damaged_profile_set_aside_by_a_command_is_said_in_indonesian(
    service: Boundary, capsys: pytest.CaptureFixture[str]
) -> None:
    speak(service, "id")
    break_profile(service.paths, 'email = "sam@"', 'email = "sam@example.com"')
    line = service.paths.profile.read_text("utf-8").splitlines().index("[[backups]]") + 1

    code, _, err = boundary(capsys, "status")

    assert code == 0
    aside = next(service.paths.profile.parent.glob("profile.toml.corrupt-*")).name
    assert err.startswith(
        f"boundary: Profil Anda tidak dapat dibaca (baris {line}: backups[1] (Sam Lee) memakai "
        f"email 'sam@', yang bukan alamat email). Profil itu disimpan sebagai {aside} "
    )
    no_english(err)


# --- typed moments -----------------------------------------------------------------------------


def test_away_until_a_moment_it_cannot_read_answers_in_dutch_with_the_forms(
    service: Boundary, capsys: pytest.CaptureFixture[str]
) -> None:
    speak(service, "nl")

    code, out, err = boundary(capsys, "away", "--until", "xyz")

    assert (code, out) == (1, "")
    assert err == f"boundary: {not_a_time_nl('xyz')}\n"
    code, out, _ = boundary(capsys, "away", "--until", "xyz", "--json")
    assert code == 1 and json.loads(out)["code"] == "not-a-time"
    code, _, err = boundary(capsys, "schedule", "--from", " ")
    assert code == 1 and err.startswith("boundary: Typ wanneer, bijvoorbeeld ")
    assert err.endswith(f" {FORMS_NL}\n")


def test_away_until_a_moment_it_cannot_read_answers_in_indonesian(
    service: Boundary, capsys: pytest.CaptureFixture[str]
) -> None:
    speak(service, "id")

    code, _, err = boundary(capsys, "away", "--until", "xyz")

    assert code == 1
    assert err.startswith("boundary: 'xyz' tidak dapat dibaca sebagai waktu; coba ")
    assert "Boundary membaca 'sekarang'; hari (" in err and "rentang dari sekarang" in err
    no_english(err, "a day", "a time", "a date", "span", "with or without")


@pytest.mark.parametrize(
    "command",
    [
        ("away", "--until"),
        ("backups", "--unavailable", "Sam", "--no-ask", "--until"),
        ("schedule", "--from"),
        ("interruption", "Acme", "--at"),
    ],
)
def test_every_command_that_reads_a_moment_says_the_same_in_dutch(
    service: Boundary, capsys: pytest.CaptureFixture[str], command: tuple[str, ...]
) -> None:
    speak(service, "nl")

    code, _, err = boundary(capsys, *command, "someday")

    assert code == 1
    assert err == f"boundary: {not_a_time_nl('someday')}\n"


@pytest.mark.parametrize(
    ("command", "typed"),
    [
        (("backups", "--unavailable", "Sam", "--no-ask", "--until"), "20261204"),
        (("backups", "--unavailable", "Sam", "--no-ask", "--until"), "in 3 days"),
        (("schedule", "--from"), "fri"),
        (("schedule", "--from"), "2026-12-01"),
        (("interruption", "Acme", "--at"), "7:30"),
        (("interruption", "Acme", "--at"), "monday 9:00"),
        (("away", "--until"), "next fri"),
        (("away", "--until"), "2026-12-11 09:00"),
    ],
)
def test_the_forms_each_command_read_before_still_read(
    service: Boundary,
    capsys: pytest.CaptureFixture[str],
    command: tuple[str, ...],
    typed: str,
) -> None:
    code, _, err = boundary(capsys, *command, typed)
    assert (code, err) == (0, "")


# --- more English met on the way ----------------------------------------------------------------


def test_the_trial_account_is_named_in_the_language_of_a_refusal(
    service: Boundary, capsys: pytest.CaptureFixture[str]
) -> None:
    speak(service, "id")
    code, _, err = boundary(capsys, "accounts", "test", "Nobody")
    assert code == 1
    assert err.endswith("(akun: Komputer ini).\n"), err
    assert "This computer" not in err


def test_providers_names_the_trial_kind_in_dutch(
    service: Boundary, capsys: pytest.CaptureFixture[str]
) -> None:
    speak(service, "nl")
    code, out, _ = boundary(capsys, "providers")
    assert code == 0
    local = [line for line in out.splitlines() if line.startswith("local — ")]
    assert local and local[0].startswith("local — Proef (beantwoordt geen mail): ")
    assert "Een proef: het bericht blijft op deze computer" in out
    assert "Trial" not in out and "A trial" not in out
