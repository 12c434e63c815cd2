"""``boundary templates`` and ``boundary away --lang``: replies in English, Dutch, Indonesian."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from boundary_app.core.paths import AppPaths
from boundary_app.core.profile import (
    TEMPLATE_IDS,
    Backup,
    TemplateText,
    default_profile,
    save_profile,
)
from boundary_app.core.render import LANGUAGE_SEPARATOR
from tests.in_process import boundary


@pytest.fixture
def paths(home: Path) -> AppPaths:
    paths = AppPaths.from_environment()
    profile = default_profile("Europe/Amsterdam")
    profile.identity.name = "Ana Silva"
    profile.backups = [Backup("Sam Lee", "sam@example.com")]
    profile.templates["nl"] = {"family": TemplateText(reason="Ik ben bij mijn kinderen.")}
    save_profile(profile, paths.profile)
    return paths


@pytest.mark.usefixtures("paths")
@pytest.mark.parametrize(
    ("lang", "title", "words"),
    [
        ("en", "Vacation", " at 09:00"),
        ("nl", "Vakantie", " om 09:00"),
        ("id", "Cuti", " pukul 09.00"),
    ],
)
def test_templates_lists_each_template_with_a_preview_in_the_language(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    lang: str,
    title: str,
    words: str,
) -> None:
    code, out, _ = boundary(capsys, monkeypatch, "templates", "--lang", lang, "--json")

    data = json.loads(out)
    assert code == 0
    assert data["language"] == lang
    assert [t["id"] for t in data["templates"]] == list(TEMPLATE_IDS)
    vacation = data["templates"][0]
    assert vacation["title"].startswith(title)
    assert "{return}" in vacation["template"]["subject"]
    assert words in vacation["preview"]["subject"]
    for template in data["templates"]:
        for part in ("subject", "internal", "external"):
            assert "{" not in template["preview"][part]
        assert "Sam Lee (sam@example.com)" in template["preview"]["internal"]
        assert "Ana Silva" in template["preview"]["external"]


@pytest.mark.usefixtures("paths")
def test_templates_show_what_colleagues_and_everyone_else_read(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, _ = boundary(capsys, monkeypatch, "templates", "--lang", "en")
    assert code == 0
    vacation = out.split("== ")[1]
    colleagues, everyone = vacation.split("To everyone else:")
    assert "To colleagues:" in colleagues and "Thanks," in colleagues
    assert "Thank you for your message." in everyone and "Kind regards," in everyone
    assert "Thank you for your message." not in colleagues


@pytest.mark.usefixtures("paths")
def test_templates_show_the_persons_edits_in_that_language_only(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _, dutch, _ = boundary(capsys, monkeypatch, "templates", "--lang", "nl", "--json")
    _, english, _ = boundary(capsys, monkeypatch, "templates", "--lang", "en", "--json")

    family_nl = json.loads(dutch)["templates"][2]
    family_en = json.loads(english)["templates"][2]
    assert family_nl["edited"] and "Ik ben bij mijn kinderen." in family_nl["preview"]["internal"]
    assert not family_en["edited"] and "kinderen" not in family_en["preview"]["internal"]


@pytest.mark.usefixtures("paths")
def test_templates_default_to_the_reply_language_and_read_as_text(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANGUAGE", "id")

    code, out, _ = boundary(capsys, monkeypatch, "templates")

    assert code == 0
    # The command speaks the system's language too (issue 16): its heading is Indonesian.
    assert out.startswith("Templat (Bahasa Indonesia), seperti yang akan Anda kirim sekarang:")
    assert "== Cuti [vacation]" in out


@pytest.mark.usefixtures("paths")
def test_away_in_two_languages_sends_both(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, _ = boundary(
        capsys, monkeypatch, "away", "--until", "in 3 days", "--lang", "nl,en", "--json"
    )

    data = json.loads(out)
    assert code == 0
    internal = data["away"]["internal"]
    dutch, english = internal.split(LANGUAGE_SEPARATOR)
    assert "vakantie" in dutch and "vacation" in english
    assert data["results"][0]["status"] == "ok"


@pytest.mark.usefixtures("paths")
def test_away_in_an_unknown_language_is_one_line_and_changes_nothing(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, _, err = boundary(capsys, monkeypatch, "away", "--until", "in 3 days", "--lang", "nl,fr")
    assert code == 1
    assert err == "boundary: There is no language 'fr'; choose from en, nl, id.\n"
    _, status, _ = boundary(capsys, monkeypatch, "status", "--json")
    assert json.loads(status)["state"] == "available"
