"""First contact with a Gmail account whose vacation responder was set in Gmail's settings:
Boundary reads it and leaves it until the person acts (tests/first_contact.py walks it)."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from tests.first_contact import Mailbox, walk
from tests.providers.gmail.fake_google import FakeGoogle


def ms(moment: datetime) -> str:
    return str(int(moment.timestamp() * 1000))


def test_a_vacation_responder_set_in_gmail_before_the_account_was_added_is_left_alone(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    google: FakeGoogle,
    client_file: Path,
    token_file: Path,
) -> None:
    def set_reply(until: datetime) -> None:
        google.vacation = {
            "enableAutoReply": True,
            "responseSubject": "Conference",
            "responseBodyHtml": "<div>At a conference; I reply on <b>Monday</b>.</div>",
            "restrictToContacts": False,
            "restrictToDomain": False,
            "startTime": ms(until - timedelta(days=5)),
            "endTime": ms(until),
        }

    add = ["accounts", "add", "gmail", "Work", "--email", "ana@example.com"]
    add += ["--client-secrets", str(client_file), "--token-file", str(token_file)]
    add += ["--api-url", google.url, "--no-sign-in"]
    walk(
        capsys,
        monkeypatch,
        Mailbox(
            name="Work",
            add=add,
            set_reply=set_reply,
            stored=lambda: dict(google.vacation),
            enabled=lambda: bool(google.vacation.get("enableAutoReply")),
        ),
    )
