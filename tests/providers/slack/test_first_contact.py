"""First contact with a Slack account whose status the person set in Slack: Boundary reads it
as a found reply and leaves it until the person acts (tests/first_contact.py walks it
through: untouched by every pass, kept as the away period, cleared on I'm back once it is
Boundary's, left alone, and replaced by going away)."""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.first_contact import Mailbox, walk
from tests.providers.slack.fake_slack import FakeSlack
from tests.providers.slack.test_cli import add_args


def test_a_status_set_in_slack_before_the_account_was_added_is_left_alone(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, live_slack: FakeSlack
) -> None:
    def set_status(until: datetime) -> None:
        live_slack.set_status("At a conference", ":palm_tree:", int(until.timestamp()))

    walk(
        capsys,
        monkeypatch,
        Mailbox(
            name="Work",
            add=add_args(live_slack),
            set_reply=set_status,
            stored=lambda: live_slack.status,
            enabled=lambda: bool(live_slack.status[0]),
            stdin=live_slack.issue(),
        ),
    )
    assert live_slack.status[0].startswith("Out of office until")  # going away replaced it
