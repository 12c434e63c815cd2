"""The fake EWS server refuses what Exchange's schema refuses, in Exchange's own words.

Each test sends a raw SOAP request, as any client could, and reads the answer: an
ErrorSchemaValidation SOAP fault with HTTP 500 for a request that does not fit the published
schema (Messages.xsd, Types.xsd), the documented response code for one that fits but asks for
the impossible, and nothing changed on the server either way.
"""

from __future__ import annotations

import base64
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET

import pytest

from tests.providers.exchange.conftest import EMAIL, PASSWORD, USERNAME
from tests.providers.exchange.fake_ews import FakeEws

SOAP = "http://schemas.xmlsoap.org/soap/envelope/"
M = "http://schemas.microsoft.com/exchange/services/2006/messages"
T = "http://schemas.microsoft.com/exchange/services/2006/types"
ERRORS = "http://schemas.microsoft.com/exchange/services/2006/errors"
MAILBOX = f"<t:Mailbox><t:Address>{EMAIL}</t:Address></t:Mailbox>"


def post(ews: FakeEws, body: str) -> tuple[int, ET.Element]:
    envelope = (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        f'<s:Envelope xmlns:s="{SOAP}" xmlns:m="{M}" xmlns:t="{T}">\n'
        '<s:Header><t:RequestServerVersion Version="Exchange2016"/></s:Header>\n'
        f"<s:Body>\n{body}\n</s:Body>\n</s:Envelope>"
    )
    request = urllib.request.Request(ews.url, data=envelope.encode(), method="POST")
    token = base64.b64encode(f"{USERNAME}:{PASSWORD}".encode()).decode()
    request.add_header("Authorization", f"Basic {token}")
    request.add_header("Content-Type", "text/xml; charset=utf-8")
    try:
        with urllib.request.urlopen(request, timeout=5) as answer:
            return answer.status, ET.fromstring(answer.read())
    except urllib.error.HTTPError as error:
        with error:
            return error.code, ET.fromstring(error.read())


def set_oof(settings: str) -> str:
    return (
        f"<m:SetUserOofSettingsRequest>{MAILBOX}"
        f"<t:UserOofSettings>{settings}</t:UserOofSettings></m:SetUserOofSettingsRequest>"
    )


def refusal(status: int, answer: ET.Element) -> str:
    """The violation of an ErrorSchemaValidation fault, after checking its shape."""
    assert status == 500
    fault = answer.find(f"{{{SOAP}}}Body/{{{SOAP}}}Fault")
    assert fault is not None
    assert fault.findtext("faultcode") == "a:ErrorSchemaValidation"
    detail = fault.find("detail")
    assert detail is not None
    assert detail.findtext(f"{{{ERRORS}}}ResponseCode") == "ErrorSchemaValidation"
    assert detail.findtext(f"{{{ERRORS}}}Message") == "The request failed schema validation."
    violation = detail.findtext(f"{{{T}}}MessageXml/{{{T}}}Violation") or ""
    assert fault.findtext("faultstring") == f"The request failed schema validation: {violation}"
    return violation


ENUM = "The Enumeration constraint failed."
REPLIES = (
    "<t:InternalReply><t:Message>Back Thursday.</t:Message></t:InternalReply>"
    "<t:ExternalReply><t:Message>Back Thursday.</t:Message></t:ExternalReply>"
)
DURATION = (
    "<t:Duration><t:StartTime>2026-11-23T08:00:00Z</t:StartTime>"
    "<t:EndTime>2026-11-26T08:00:00Z</t:EndTime></t:Duration>"
)


@pytest.mark.parametrize(
    ("settings", "violation"),
    [
        pytest.param(
            f"<t:OofState>On</t:OofState><t:ExternalAudience>All</t:ExternalAudience>{REPLIES}",
            f"The '{T}:OofState' element is invalid - The value 'On' is invalid according to "
            f"its datatype '{T}:OofState' - {ENUM}",
            id="oof-state-on",
        ),
        pytest.param(
            "<t:OofState>Enabled</t:OofState><t:ExternalAudience>Everyone</t:ExternalAudience>",
            f"The '{T}:ExternalAudience' element is invalid - The value 'Everyone' is invalid "
            f"according to its datatype '{T}:ExternalAudience' - {ENUM}",
            id="audience-everyone",
        ),
        pytest.param(
            f"<t:OofState>Enabled</t:OofState>{REPLIES}",
            f"The element 'UserOofSettings' in namespace '{T}' has invalid child element "
            f"'InternalReply' in namespace '{T}'. List of possible elements expected: "
            f"'ExternalAudience' in namespace '{T}'.",
            id="audience-missing",
        ),
        pytest.param(
            "<t:OofState>Enabled</t:OofState>",
            f"The element 'UserOofSettings' in namespace '{T}' has incomplete content. "
            f"List of possible elements expected: 'ExternalAudience' in namespace '{T}'.",
            id="audience-missing-at-the-end",
        ),
        pytest.param(
            "<t:ExternalAudience>All</t:ExternalAudience><t:OofState>Enabled</t:OofState>",
            f"The element 'UserOofSettings' in namespace '{T}' has invalid child element "
            f"'ExternalAudience' in namespace '{T}'. List of possible elements expected: "
            f"'OofState' in namespace '{T}'.",
            id="state-and-audience-swapped",
        ),
        pytest.param(
            "<t:OofState>Scheduled</t:OofState><t:ExternalAudience>All</t:ExternalAudience>"
            f"{REPLIES}{DURATION}",
            f"The element 'UserOofSettings' in namespace '{T}' has invalid child element "
            f"'Duration' in namespace '{T}'.",
            id="duration-after-the-replies",
        ),
        pytest.param(
            "<t:OofState>Scheduled</t:OofState><t:ExternalAudience>All</t:ExternalAudience>"
            "<t:Duration><t:StartTime>tomorrow</t:StartTime>"
            "<t:EndTime>2026-11-26T08:00:00Z</t:EndTime></t:Duration>",
            f"The '{T}:StartTime' element is invalid - The value 'tomorrow' is invalid "
            "according to its datatype 'http://www.w3.org/2001/XMLSchema:dateTime' - "
            "The string 'tomorrow' is not a valid DateTime value.",
            id="start-not-a-date",
        ),
        pytest.param(
            "<t:OofState>Scheduled</t:OofState><t:ExternalAudience>All</t:ExternalAudience>"
            "<t:Duration><t:StartTime>2026-11-23T08:00:00Z</t:StartTime></t:Duration>",
            f"The element 'Duration' in namespace '{T}' has incomplete content. "
            f"List of possible elements expected: 'EndTime' in namespace '{T}'.",
            id="end-missing",
        ),
        pytest.param(
            "<t:OofState>Enabled</t:OofState><t:ExternalAudience>All</t:ExternalAudience>"
            "<t:InternalReply><t:Text>Hi</t:Text></t:InternalReply>",
            f"The element 'InternalReply' in namespace '{T}' has invalid child element "
            f"'Text' in namespace '{T}'. List of possible elements expected: "
            f"'Message' in namespace '{T}'.",
            id="reply-without-message",
        ),
    ],
)
def test_set_user_oof_settings_that_do_not_fit_the_schema_are_refused(
    ews: FakeEws, settings: str, violation: str
) -> None:
    assert refusal(*post(ews, set_oof(settings))) == violation
    assert ews.state.applied == []  # nothing changed on the server
    assert ews.state.oof.state == "Disabled"


def test_the_published_example_request_is_accepted(ews: FakeEws) -> None:
    # The SetUserOofSettings example of the EWS reference, addressed to this mailbox.
    settings = "<t:OofState>Enabled</t:OofState><t:ExternalAudience>All</t:ExternalAudience>"
    settings += DURATION + REPLIES
    status, answer = post(ews, set_oof(settings))
    assert status == 200
    code = answer.findtext(f".//{{{M}}}ResponseMessage/{{{M}}}ResponseCode")
    assert code == "NoError"
    assert ews.state.oof.state == "Enabled"


def test_where_the_violation_is_comes_with_it(ews: FakeEws) -> None:
    settings = "<t:OofState>Enabled</t:OofState>\n  <t:ExternalAudience>Anyone</t:ExternalAudience>"
    status, answer = post(ews, set_oof(settings))
    assert "Anyone" in refusal(status, answer)
    where = answer.find(f".//{{{T}}}MessageXml")
    assert where is not None
    # Line 6 of the request: two spaces, "<", and the element's name at the fourth character.
    assert (where.findtext(f"{{{T}}}LineNumber"), where.findtext(f"{{{T}}}LinePosition")) == (
        "6",
        "4",
    )


def test_an_end_before_the_start_is_refused_with_the_documented_code(ews: FakeEws) -> None:
    duration = (
        "<t:Duration><t:StartTime>2026-11-26T08:00:00Z</t:StartTime>"
        "<t:EndTime>2026-11-23T08:00:00Z</t:EndTime></t:Duration>"
    )
    settings = "<t:OofState>Scheduled</t:OofState><t:ExternalAudience>All</t:ExternalAudience>"
    status, answer = post(ews, set_oof(settings + duration + REPLIES))
    assert status == 200  # it fits the schema: Exchange answers in the response message
    message = answer.find(f".//{{{M}}}ResponseMessage")
    assert message is not None
    assert message.get("ResponseClass") == "Error"
    assert message.findtext(f"{{{M}}}ResponseCode") == "ErrorInvalidScheduledOofDuration"
    assert ews.state.applied == []


@pytest.mark.parametrize(
    ("body", "violation"),
    [
        pytest.param(
            "<m:GetUserOofSettingsRequest></m:GetUserOofSettingsRequest>",
            f"The element 'GetUserOofSettingsRequest' in namespace '{M}' has incomplete "
            f"content. List of possible elements expected: 'Mailbox' in namespace '{T}'.",
            id="get-oof-without-mailbox",
        ),
        pytest.param(
            "<m:FindItem><m:ItemShape><t:BaseShape>IdOnly</t:BaseShape></m:ItemShape>"
            '<m:ParentFolderIds><t:DistinguishedFolderId Id="inbox"/></m:ParentFolderIds>'
            "</m:FindItem>",
            "The required attribute 'Traversal' is missing.",
            id="find-item-without-traversal",
        ),
        pytest.param(
            '<m:FindItem Traversal="Shallow"><m:ItemShape><t:BaseShape>IdOnly</t:BaseShape>'
            '</m:ItemShape><m:IndexedPageItemView MaxEntriesReturned="5" Offset="0" '
            'BasePoint="Start"/><m:ParentFolderIds><t:DistinguishedFolderId Id="inbox"/>'
            "</m:ParentFolderIds></m:FindItem>",
            "The 'BasePoint' attribute is invalid - The value 'Start' is invalid according to "
            f"its datatype '{T}:IndexBasePointType' - {ENUM}",
            id="find-item-base-point",
        ),
        pytest.param(
            '<m:FindItem Traversal="Shallow"><m:ParentFolderIds><t:DistinguishedFolderId '
            'Id="inbox"/></m:ParentFolderIds><m:ItemShape><t:BaseShape>IdOnly</t:BaseShape>'
            "</m:ItemShape></m:FindItem>",
            f"The element 'FindItem' in namespace '{M}' has invalid child element "
            f"'ParentFolderIds' in namespace '{M}'. List of possible elements expected: "
            f"'ItemShape' in namespace '{M}'.",
            id="find-item-out-of-order",
        ),
        pytest.param(
            "<m:GetFolder><m:FolderShape><t:BaseShape>IdOnly</t:BaseShape></m:FolderShape>"
            '<m:FolderIds><t:DistinguishedFolderId Id="Inbox"/></m:FolderIds></m:GetFolder>',
            "The 'Id' attribute is invalid - The value 'Inbox' is invalid according to its "
            f"datatype '{T}:DistinguishedFolderIdNameType' - {ENUM}",
            id="folder-name-capitalised",
        ),
        pytest.param(
            "<m:GetItem><m:ItemShape><t:BaseShape>IdOnly</t:BaseShape></m:ItemShape>"
            '<m:ItemIds><t:ItemId Key="AAMk="/></m:ItemIds></m:GetItem>',
            "The 'Key' attribute is not declared.",
            id="item-id-attribute-unknown",
        ),
        pytest.param(
            '<m:CreateItem MessageDisposition="SendAndSaveCopy"><m:Items><t:ForwardItem>'
            '<t:NewBodyContent BodyType="Text">note</t:NewBodyContent>'
            '<t:ReferenceItemId Id="AAMk="/></t:ForwardItem></m:Items></m:CreateItem>',
            f"The element 'ForwardItem' in namespace '{T}' has invalid child element "
            f"'ReferenceItemId' in namespace '{T}'.",
            id="forward-body-before-reference",
        ),
        pytest.param(
            '<m:CreateItem MessageDisposition="Send"><m:Items><t:ForwardItem>'
            '<t:ReferenceItemId Id="AAMk="/></t:ForwardItem></m:Items></m:CreateItem>',
            "The 'MessageDisposition' attribute is invalid - The value 'Send' is invalid "
            f"according to its datatype '{T}:MessageDispositionType' - {ENUM}",
            id="create-item-disposition",
        ),
        pytest.param(
            '<m:ConvertId DestinationFormat="EntryId"><m:SourceIds><t:AlternateId Id="x" '
            'Format="Ews" Mailbox="a@b.c"/></m:SourceIds></m:ConvertId>',
            "The 'Format' attribute is invalid - The value 'Ews' is invalid according to its "
            f"datatype '{T}:IdFormatType' - {ENUM}",
            id="convert-id-format",
        ),
    ],
)
def test_other_operations_that_do_not_fit_the_schema_are_refused(
    ews: FakeEws, body: str, violation: str
) -> None:
    assert refusal(*post(ews, body)) == violation
    assert ews.state.forwarded == []
