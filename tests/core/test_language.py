"""Which language "follow the system" means: asked where Qt asks it, so app and CLI agree."""

from __future__ import annotations

import ctypes
import subprocess
from typing import Any

import pytest

from boundary_app.core import language
from boundary_app.core.language import reply_languages, supported, system_language


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"LANGUAGE": "fr:nl", "LANG": "en_US.UTF-8"}, "nl"),
        ({"LANG": "id_ID.UTF-8"}, "id"),
        ({"LC_ALL": "nl_BE.UTF-8", "LANG": "id_ID.UTF-8"}, "nl"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({"LANG": "fr_FR.UTF-8"}, "en"),
        ({}, "en"),
    ],
)
def test_elsewhere_the_environment_says(environ: dict[str, str], expected: str) -> None:
    assert system_language(environ) == expected


def test_on_macos_the_preferred_languages_say_not_the_terminal(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[list[str]] = []

    def defaults(command: list[str], **_: Any) -> subprocess.CompletedProcess[str]:
        asked.append(command)
        out = '(\n    "zh-Hans-CN",\n    "nl-NL",\n    "en-NL"\n)\n'
        return subprocess.CompletedProcess(command, 0, out, "")

    monkeypatch.setattr(language, "PLATFORM", "darwin")
    monkeypatch.setattr(subprocess, "run", defaults)

    assert system_language({"LANG": "en_US.UTF-8"}) == "nl"
    assert asked == [["/usr/bin/defaults", "read", "-g", "AppleLanguages"]]


def test_on_windows_the_display_language_says(monkeypatch: pytest.MonkeyPatch) -> None:
    class Kernel32:
        @staticmethod
        def GetUserDefaultUILanguage() -> int:
            return 0x0421  # Indonesian (Indonesia)

    class WinDLL:
        kernel32 = Kernel32()

    monkeypatch.setattr(language, "PLATFORM", "win32")
    monkeypatch.setattr(ctypes, "windll", WinDLL(), raising=False)

    assert system_language({"LANGUAGE": "nl"}) == "id"


def test_a_system_that_cannot_tell_gets_english(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(command: list[str], **_: Any) -> subprocess.CompletedProcess[str]:
        raise FileNotFoundError(command[0])

    monkeypatch.setattr(language, "PLATFORM", "darwin")
    monkeypatch.setattr(subprocess, "run", broken)
    assert system_language() == "en"
    monkeypatch.setattr(language, "PLATFORM", "win32")  # no ctypes.windll here
    assert system_language() == "en"


def test_language_codes_and_reply_languages() -> None:
    assert [supported(c) for c in ("nl_BE.UTF-8", "id-ID", "in", "EN", "fr")] == [
        "nl", "id", "id", "en", None,
    ]  # fmt: skip
    assert reply_languages("nl", "en") == ("nl", "en")
    assert reply_languages("nl", "nl") == ("nl",)
    assert reply_languages("id") == ("id",)
