"""The fake Graph refuses the mailboxSettings changes Microsoft Graph refuses, in Graph's shape.

Each test sends a raw ``PATCH /me/mailboxSettings``, as any client could, and reads the
answer: 400 with ``{"error": {"code", "message", "innerError"}}``, and nothing stored.
"""

from __future__ import annotations

import json
import urllib.request
from typing import Any

import pytest

from tests.providers.http import json_answer
from tests.providers.m365.fakes import FakeGraph

TOKEN = "raw-access-token"


def patch(graph: FakeGraph, body: Any, *, raw: bytes | None = None) -> tuple[int, Any]:
    graph.identity.access_tokens.add(TOKEN)
    data = raw if raw is not None else json.dumps(body).encode()
    request = urllib.request.Request(f"{graph.base}/me/mailboxSettings", data, method="PATCH")
    request.add_header("Authorization", f"Bearer {TOKEN}")
    request.add_header("Content-Type", "application/json")
    return json_answer(request)


def replies(**setting: Any) -> dict[str, Any]:
    return {"automaticRepliesSetting": setting}


def moment(date_time: str, zone: str = "UTC") -> dict[str, str]:
    return {"dateTime": date_time, "timeZone": zone}


def refused(graph: FakeGraph, body: Any, status: int = 400) -> tuple[str, str]:
    """The code and message of Graph's error answer, after checking its shape."""
    before = dict(graph.setting)
    got, answer = patch(graph, body)
    assert got == status
    assert set(answer) == {"error"}
    assert set(answer["error"]) == {"code", "message", "innerError"}
    assert {"date", "request-id"} <= set(answer["error"]["innerError"])
    assert graph.setting == before  # nothing was stored
    assert graph.patches == []
    return answer["error"]["code"], answer["error"]["message"]


NOT_DECLARED = (
    "Make sure to only use property names that are defined by the type or mark the type as "
    "open type."
)
SCHEDULED = {
    "status": "scheduled",
    "scheduledStartDateTime": moment("2026-11-25T08:00:00"),
    "scheduledEndDateTime": moment("2026-11-30T08:00:00"),
}


@pytest.mark.parametrize(
    ("body", "code", "message"),
    [
        pytest.param(
            replies(status="alwaysEnabled", internalReplyMesage="<p>Away</p>"),
            "RequestBodyRead",
            "The property 'internalReplyMesage' does not exist on type "
            f"'microsoft.graph.automaticRepliesSetting'. {NOT_DECLARED}",
            id="misspelled-property",
        ),
        pytest.param(
            {"automaticReplies": {"status": "alwaysEnabled"}},
            "RequestBodyRead",
            f"The property 'automaticReplies' does not exist on type "
            f"'microsoft.graph.mailboxSettings'. {NOT_DECLARED}",
            id="unknown-mailbox-setting",
        ),
        pytest.param(
            replies(**SCHEDULED | {"scheduledEndDateTime": {"date": "2026-11-30"}}),
            "RequestBodyRead",
            "The property 'date' does not exist on type 'microsoft.graph.dateTimeTimeZone'. "
            + NOT_DECLARED,
            id="unknown-date-time-property",
        ),
        pytest.param(
            replies(status="alwaysEnabled", externalAudience="colleagues"),
            "RequestBodyRead",
            "Cannot convert the literal 'colleagues' to the expected type "
            "'microsoft.graph.externalAudienceScope'.",
            id="audience-colleagues",
        ),
        pytest.param(
            replies(status="on"),
            "RequestBodyRead",
            "Cannot convert the literal 'on' to the expected type "
            "'microsoft.graph.automaticRepliesStatus'.",
            id="status-on",
        ),
        pytest.param(
            replies(status=True),
            "RequestBodyRead",
            "Cannot convert the literal 'true' to the expected type "
            "'microsoft.graph.automaticRepliesStatus'.",
            id="status-true",
        ),
        pytest.param(
            replies(status="alwaysEnabled", internalReplyMessage=42),
            "RequestBodyRead",
            "Cannot convert the literal '42' to the expected type 'Edm.String'.",
            id="message-a-number",
        ),
        pytest.param(
            replies(**SCHEDULED | {"scheduledStartDateTime": "2026-11-25T08:00:00Z"}),
            "RequestBodyRead",
            "An unexpected 'PrimitiveValue' node was found when reading from the JSON reader. "
            "A 'StartObject' node was expected.",
            id="time-a-string",
        ),
        pytest.param(
            replies(**SCHEDULED | {"scheduledStartDateTime": moment("25/11/2026 08:00")}),
            "ErrorInvalidParameter",
            "The value '25/11/2026 08:00' of parameter 'ScheduledStartDateTime' is invalid.",
            id="date-day-first",
        ),
        pytest.param(
            replies(**SCHEDULED | {"scheduledEndDateTime": moment("2026-13-01T08:00:00")}),
            "ErrorInvalidParameter",
            "The value '2026-13-01T08:00:00' of parameter 'ScheduledEndDateTime' is invalid.",
            id="date-month-13",
        ),
        pytest.param(
            replies(**SCHEDULED | {"scheduledEndDateTime": moment("2026-11-30T08:00:00+01:00")}),
            "ErrorInvalidParameter",
            "The value '2026-11-30T08:00:00+01:00' of parameter 'ScheduledEndDateTime' is invalid.",
            id="date-with-offset",
        ),
        pytest.param(
            replies(**SCHEDULED | {"scheduledEndDateTime": {"timeZone": "UTC"}}),
            "RequestBodyRead",
            "A null value was found for the property named 'dateTime', which has the expected "
            "type 'Edm.String[Nullable=False]'. The expected type 'Edm.String[Nullable=False]' "
            "does not allow null values.",
            id="date-missing",
        ),
        pytest.param(
            replies(
                **SCHEDULED
                | {"scheduledStartDateTime": moment("2026-11-25T08:00:00", "Mars Standard Time")}
            ),
            "TimeZoneNotSupportedException",
            "A valid TimeZone value must be specified. The following TimeZone value is not "
            "supported: 'Mars Standard Time'.",
            id="zone-unknown",
        ),
        pytest.param(
            replies(
                **SCHEDULED
                | {"scheduledEndDateTime": moment("2026-11-30T08:00:00", "Customized Time Zone")}
            ),
            "TimeZoneNotSupportedException",
            "A valid TimeZone value must be specified. The following TimeZone value is not "
            "supported: 'Customized Time Zone'.",
            id="zone-customized",
        ),
        pytest.param(
            {"timeZone": "Atlantis Standard Time"},
            "InvalidTimeZone",
            "Time Zone settings provided are invalid.",
            id="mailbox-zone-unknown",
        ),
        pytest.param(
            replies(**SCHEDULED | {"scheduledEndDateTime": moment("2026-11-24T08:00:00")}),
            "ErrorInvalidScheduledOofDuration",
            "The scheduled duration for sending automatic replies isn't valid.",
            id="end-before-start",
        ),
        pytest.param(
            replies(
                **SCHEDULED
                | {"scheduledEndDateTime": moment("2026-11-25T09:00:00", "W. Europe Standard Time")}
            ),
            "ErrorInvalidScheduledOofDuration",
            "The scheduled duration for sending automatic replies isn't valid.",
            id="end-at-the-start-in-another-zone",
        ),
        pytest.param(
            # Graph keeps what a change leaves out: the stored end, 2 January, comes first.
            replies(status="scheduled", scheduledStartDateTime=moment("2026-01-05T00:00:00")),
            "ErrorInvalidScheduledOofDuration",
            "The scheduled duration for sending automatic replies isn't valid.",
            id="new-start-after-the-stored-end",
        ),
    ],
)
def test_a_change_graph_refuses_is_refused(
    graph: FakeGraph, body: Any, code: str, message: str
) -> None:
    assert refused(graph, body) == (code, message)


def test_a_body_that_is_not_json_is_refused(graph: FakeGraph) -> None:
    got, answer = patch(graph, None, raw=b'{"automaticRepliesSetting": {"status": ')
    assert got == 400
    assert answer["error"]["code"] == "BadRequest"
    assert graph.patches == []


def test_the_published_example_is_accepted_and_kept_as_graph_keeps_it(graph: FakeGraph) -> None:
    # "Update mailboxSettings", example 1, with the period in Pacific time.
    got, _ = patch(
        graph,
        {
            "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#Me/mailboxSettings",
            "automaticRepliesSetting": {
                "status": "Scheduled",
                "scheduledStartDateTime": moment(
                    "2026-03-20T18:00:00.0000000", "Pacific Standard Time"
                ),
                "scheduledEndDateTime": moment("2026-03-28T18:00:00.0000000", "UTC"),
                "externalAudience": "ContactsOnly",
            },
        },
    )
    assert got == 200
    kept = graph.setting
    assert (kept["status"], kept["externalAudience"]) == ("scheduled", "contactsOnly")
    assert kept["scheduledStartDateTime"] == moment("2026-03-21T01:00:00.0000000")
