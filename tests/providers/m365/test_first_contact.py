"""First contact with a Microsoft 365 mailbox whose reply was set in Outlook: Boundary reads it
and leaves it until the person acts (tests/first_contact.py walks it through)."""

from __future__ import annotations

import copy
import webbrowser
from datetime import datetime, timedelta

import pytest

from tests.first_contact import Mailbox, walk
from tests.providers.m365.fakes import FakeGraph, FakeIdentity, graph_time
from tests.providers.m365.test_cli import add_args


def test_a_reply_set_in_outlook_before_the_account_was_added_is_left_alone(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    identity: FakeIdentity,
    graph: FakeGraph,
) -> None:
    monkeypatch.setattr(webbrowser, "open", lambda url, *a, **k: False)  # a code sign-in

    def set_reply(until: datetime) -> None:
        graph.setting.update(
            status="scheduled",
            externalAudience="contactsOnly",
            scheduledStartDateTime=graph_time(until - timedelta(days=5)),
            scheduledEndDateTime=graph_time(until),
            internalReplyMessage=graph.stored("<p>At a conference; back on Monday.</p>"),
            externalReplyMessage=graph.stored("<p>I am at a conference until Monday.</p>"),
        )

    walk(
        capsys,
        monkeypatch,
        Mailbox(
            name="Work",
            add=add_args(identity, graph),
            set_reply=set_reply,
            stored=lambda: copy.deepcopy(graph.setting),
            enabled=lambda: graph.setting["status"] != "disabled",
        ),
    )
