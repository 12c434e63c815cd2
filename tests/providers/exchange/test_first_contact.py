"""First contact with an Exchange mailbox whose reply was set in Outlook on the web: Boundary
reads it and leaves it until the person acts (tests/first_contact.py walks it through)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from tests.first_contact import Mailbox, walk
from tests.providers.exchange.conftest import PASSWORD
from tests.providers.exchange.fake_ews import FakeEws, Oof
from tests.providers.exchange.test_cli import add


def test_a_reply_set_in_outlook_before_the_account_was_added_is_left_alone(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, ews: FakeEws
) -> None:
    def set_reply(until: datetime) -> None:
        ews.state.oof = Oof(
            state="Scheduled",
            external_audience="Known",
            start=(until - timedelta(days=5)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S"),
            end=until.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S"),
            internal="<html><body><p>At a conference; back on <b>Monday</b>.</p></body></html>",
            external="<html><body><p>I am at a conference and reply on Monday.</p></body></html>",
        )

    walk(
        capsys,
        monkeypatch,
        Mailbox(
            name="Work",
            add=add(ews),
            stdin=PASSWORD + "\n",
            set_reply=set_reply,
            stored=lambda: replace(ews.state.oof),
            enabled=lambda: ews.state.oof.state != "Disabled",
        ),
    )
