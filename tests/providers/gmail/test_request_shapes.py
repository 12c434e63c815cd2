"""Request shapes against the client's bundled Gmail discovery document (no network)."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from googleapiclient.http import HttpMockSequence, RequestMockBuilder

from boundary_app.providers.base import Audience, AutoReply
from boundary_app.providers.gmail import GmailProvider
from tests.providers.gmail.conftest import MakeProvider

REPLY = AutoReply(
    enabled=True,
    start=datetime(2026, 12, 1, 8, 0, tzinfo=UTC),
    end=datetime(2026, 12, 7, 8, 0, tzinfo=UTC),
    subject="Ausser Haus – zurück am Montag",
    internal="Colleagues",
    external="Danke für Ihre Nachricht.",
    audience=Audience.ALL,
)


def test_the_update_puts_the_whole_object_to_the_vacation_resource(
    make_provider: MakeProvider, monkeypatch: pytest.MonkeyPatch
) -> None:
    http = HttpMockSequence(
        [
            ({"status": "200"}, json.dumps({"enableAutoReply": False, "restrictToDomain": True})),
            ({"status": "200"}, "{}"),
        ]
    )
    monkeypatch.setattr(GmailProvider, "_raw_http", lambda self: http)
    provider = make_provider(api_url="")
    provider.write_auto_reply(REPLY)
    (get_uri, get_method, _, _), (put_uri, put_method, put_body, headers) = http.request_sequence
    base = "https://gmail.googleapis.com/gmail/v1/users/me/settings/vacation"
    assert (get_method, get_uri) == ("GET", base + "?alt=json")
    assert (put_method, put_uri) == ("PUT", base + "?alt=json")
    assert headers["authorization"] == "Bearer access-0"
    sent = json.loads(put_body)
    assert sent["startTime"] == "1796112000000"
    assert sent["endTime"] == "1796630400000"
    assert sent["responseSubject"] == "Ausser Haus – zurück am Montag"
    assert sent["restrictToDomain"] is False  # the earlier colleagues-only flag is replaced
    assert sorted(sent) == [
        "enableAutoReply",
        "endTime",
        "responseBodyHtml",
        "responseBodyPlainText",
        "responseSubject",
        "restrictToContacts",
        "restrictToDomain",
        "startTime",
    ]


def test_clearing_calls_get_then_update_with_the_reply_switched_off(
    make_provider: MakeProvider, monkeypatch: pytest.MonkeyPatch
) -> None:
    current = {"enableAutoReply": True, "responseSubject": "Away", "endTime": "1796630400000"}
    builder = RequestMockBuilder(
        {
            "gmail.users.settings.getVacation": (None, json.dumps(current)),
            "gmail.users.settings.updateVacation": (
                None,
                "{}",
                {**current, "enableAutoReply": False},
            ),
        },
        check_unexpected=True,
    )
    monkeypatch.setattr(GmailProvider, "_request_builder", lambda self: builder)
    make_provider().clear_auto_reply()  # a different body or method would raise here
