"""What Microsoft Graph v1.0 accepts in a ``PATCH /me/mailboxSettings`` and in a message rule,
and its refusals.

The property names, types and enumerations are those of Microsoft's published v1.0 CSDL
(microsoftgraph/msgraph-metadata, ``clean_v10_metadata/cleanMetadata.xml``): the complex
types mailboxSettings, automaticRepliesSetting, dateTimeTimeZone and localeInfo, the enums
automaticRepliesStatus, externalAudienceScope and delegateMeetingMessageDeliveryOptions.
Graph reads enum members without regard to case ("Scheduled" in the update example works)
and answers them in their declared spelling.

``check_patch(body)`` returns ``(status, code, message)`` for a body Graph refuses, else None:
- a property the type does not declare, a value that is not of the property's type or not a
  member of its enum: 400 ``RequestBodyRead`` with OData's sentence (the error table of
  "Update mailboxSettings" shows the same code and wording for a literal of the wrong type);
- a dateTimeTimeZone whose dateTime is not ``yyyy-MM-ddTHH:mm:ss[.fffffff]``: 400
  ``ErrorInvalidParameter``, "The value '...' of parameter '...' is invalid.";
- a time zone Graph does not know (Windows names, IANA names and UTC are known): 400
  ``TimeZoneNotSupportedException`` in a dateTimeTimeZone, ``InvalidTimeZone`` for the
  mailbox's own timeZone (both as Graph answers them).
``workingHours`` is taken as it comes (the provider never sends it).

``check_status_message(body)``, ``check_preferred_presence(body)`` and
``check_no_parameters(body)`` hold the bodies of the presence actions setStatusMessage,
setUserPreferredPresence and clearUserPreferredPresence to their declared parameters (the
same CSDL: presenceStatusMessage, itemBody, bodyType, dateTimeTimeZone; availability and
activity non-nullable, expirationDuration an Edm.Duration). An undeclared parameter is answered
as OData answers it (400 ``BadRequest``, "The parameter '...' in the request payload is not a
valid parameter for the operation '...'."); the reference pages add: the only message format
is ``contentType`` text, publishedDateTime is read-only, and only the documented pairs of
availability and activity may be preferred (Available/Available, Busy/Busy,
DoNotDisturb/DoNotDisturb, BeRightBack/BeRightBack, Away/Away, Offline/OffWork). Microsoft does
not publish the codes of those three refusals; the fake answers them 400 ``BadRequest``, Graph's
error shape. No longest expirationDuration is documented for a preferred presence (absent, it
is one day for DoNotDisturb), so none is refused.

``check_rule(body, creating=...)`` does the same for a messageRule (messageRuleActions,
messageRulePredicates, recipient, emailAddress, sizeRange from the same CSDL): a POST without
displayName, sequence or actions, or any body writing the read-only hasError or isReadOnly,
is answered 400 ``ErrorInvalidRequest``.
"""

from __future__ import annotations

import re
from datetime import datetime
from functools import cache
from typing import Any

Refusal = tuple[int, str, str]

PROPERTIES: dict[str, dict[str, str]] = {
    "mailboxSettings": {
        "archiveFolder": "Edm.String",
        "automaticRepliesSetting": "automaticRepliesSetting",
        "dateFormat": "Edm.String",
        "delegateMeetingMessageDeliveryOptions": "delegateMeetingMessageDeliveryOptions",
        "language": "localeInfo",
        "timeFormat": "Edm.String",
        "timeZone": "Edm.String",
        "userPurpose": "userPurpose",
        "workingHours": "",
    },
    "automaticRepliesSetting": {
        "externalAudience": "externalAudienceScope",
        "externalReplyMessage": "Edm.String",
        "internalReplyMessage": "Edm.String",
        "scheduledEndDateTime": "dateTimeTimeZone",
        "scheduledStartDateTime": "dateTimeTimeZone",
        "status": "automaticRepliesStatus",
    },
    "dateTimeTimeZone": {"dateTime": "Edm.String", "timeZone": "Edm.String"},
    "localeInfo": {"displayName": "Edm.String", "locale": "Edm.String"},
    # messageRule and its complex types (v1.0 CSDL); hasError and isReadOnly are read-only
    "messageRule": {
        "actions": "messageRuleActions",
        "conditions": "messageRulePredicates",
        "displayName": "Edm.String",
        "exceptions": "messageRulePredicates",
        "hasError": "Edm.Boolean",
        "isEnabled": "Edm.Boolean",
        "isReadOnly": "Edm.Boolean",
        "sequence": "Edm.Int32",
    },
    "messageRuleActions": {
        "assignCategories": "Collection(Edm.String)",
        "copyToFolder": "Edm.String",
        "delete": "Edm.Boolean",
        "forwardAsAttachmentTo": "Collection(recipient)",
        "forwardTo": "Collection(recipient)",
        "markAsRead": "Edm.Boolean",
        "markImportance": "importance",
        "moveToFolder": "Edm.String",
        "permanentDelete": "Edm.Boolean",
        "redirectTo": "Collection(recipient)",
        "stopProcessingRules": "Edm.Boolean",
    },
    "messageRulePredicates": {
        "bodyContains": "Collection(Edm.String)",
        "bodyOrSubjectContains": "Collection(Edm.String)",
        "categories": "Collection(Edm.String)",
        "fromAddresses": "Collection(recipient)",
        "hasAttachments": "Edm.Boolean",
        "headerContains": "Collection(Edm.String)",
        "importance": "importance",
        "isApprovalRequest": "Edm.Boolean",
        "isAutomaticForward": "Edm.Boolean",
        "isAutomaticReply": "Edm.Boolean",
        "isEncrypted": "Edm.Boolean",
        "isMeetingRequest": "Edm.Boolean",
        "isMeetingResponse": "Edm.Boolean",
        "isNonDeliveryReport": "Edm.Boolean",
        "isPermissionControlled": "Edm.Boolean",
        "isReadReceipt": "Edm.Boolean",
        "isSigned": "Edm.Boolean",
        "isVoicemail": "Edm.Boolean",
        "messageActionFlag": "messageActionFlag",
        "notSentToMe": "Edm.Boolean",
        "recipientContains": "Collection(Edm.String)",
        "senderContains": "Collection(Edm.String)",
        "sensitivity": "sensitivity",
        "sentCcMe": "Edm.Boolean",
        "sentOnlyToMe": "Edm.Boolean",
        "sentToAddresses": "Collection(recipient)",
        "sentToMe": "Edm.Boolean",
        "sentToOrCcMe": "Edm.Boolean",
        "subjectContains": "Collection(Edm.String)",
        "withinSizeRange": "sizeRange",
    },
    # event (with outlookItem's and entity's properties) and its complex types, v1.0 CSDL.
    # Complex types Boundary never sends (attendee, location, …) are taken as they come ("").
    # The CSDL marks event an open type; Exchange, behind Graph, keeps no dynamic properties,
    # and the fake refuses them like an undeclared property of any other type.
    "event": {
        **dict.fromkeys(
            ("allowNewTimeProposals", "hasAttachments", "hideAttendees"), "Edm.Boolean"
        ),
        **dict.fromkeys(("isAllDay", "isCancelled", "isDraft", "isOnlineMeeting"), "Edm.Boolean"),
        **dict.fromkeys(("isOrganizer", "isReminderOn", "responseRequested"), "Edm.Boolean"),
        **dict.fromkeys(("bodyPreview", "iCalUId", "onlineMeetingUrl"), "Edm.String"),
        **dict.fromkeys(("originalEndTimeZone", "originalStartTimeZone"), "Edm.String"),
        **dict.fromkeys(("seriesMasterId", "subject", "transactionId", "webLink"), "Edm.String"),
        **dict.fromkeys(("id", "changeKey", "createdDateTime"), "Edm.String"),
        **dict.fromkeys(("lastModifiedDateTime", "originalStart"), "Edm.String"),
        **dict.fromkeys(("attendees", "location", "locations", "onlineMeeting"), ""),
        **dict.fromkeys(("organizer", "recurrence", "responseStatus"), ""),
        "body": "itemBody",
        "cancelledOccurrences": "Collection(Edm.String)",
        "categories": "Collection(Edm.String)",
        "end": "dateTimeTimeZone",
        "importance": "importance",
        "onlineMeetingProvider": "onlineMeetingProviderType",
        "reminderMinutesBeforeStart": "Edm.Int32",
        "sensitivity": "sensitivity",
        "showAs": "freeBusyStatus",
        "start": "dateTimeTimeZone",
        "type": "eventType",
        # navigation property, written with the event (deep insert) or later
        "singleValueExtendedProperties": "Collection(singleValueLegacyExtendedProperty)",
    },
    "itemBody": {"content": "Edm.String", "contentType": "bodyType"},
    "singleValueLegacyExtendedProperty": {"id": "Edm.String", "value": "Edm.String"},
    "recipient": {"emailAddress": "emailAddress"},
    # the presence actions' complex types (v1.0 CSDL)
    "presenceStatusMessage": {
        "expiryDateTime": "dateTimeTimeZone",
        "message": "itemBody",
        "publishedDateTime": "Edm.DateTimeOffset",
    },
    "emailAddress": {"address": "Edm.String", "name": "Edm.String"},
    "sizeRange": {"maximumSize": "Edm.Int32", "minimumSize": "Edm.Int32"},
}

ENUMS: dict[str, tuple[str, ...]] = {
    "bodyType": ("text", "html"),
    "automaticRepliesStatus": ("disabled", "alwaysEnabled", "scheduled"),
    "externalAudienceScope": ("none", "contactsOnly", "all"),
    "delegateMeetingMessageDeliveryOptions": (
        "sendToDelegateAndInformationToPrincipal",
        "sendToDelegateAndPrincipal",
        "sendToDelegateOnly",
    ),
    "userPurpose": ("user", "linked", "shared", "room", "equipment", "others"),
    "importance": ("low", "normal", "high"),
    "freeBusyStatus": ("unknown", "free", "tentative", "busy", "oof", "workingElsewhere"),
    "eventType": ("singleInstance", "occurrence", "exception", "seriesMaster"),
    "onlineMeetingProviderType": (
        *("unknown", "skypeForBusiness", "skypeForConsumer", "teamsForBusiness"),
    ),
    "sensitivity": ("normal", "personal", "private", "confidential"),
    "messageActionFlag": (
        *("any", "call", "doNotForward", "followUp", "fyi", "forward", "noResponseNecessary"),
        *("read", "reply", "replyToAll", "review"),
    ),
}

DATETIME_RE = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d{1,7})?)?")


def member(enum: str, value: str) -> str | None:
    """The declared spelling of ``value`` in ``enum``; None when it is not a member."""
    return next((m for m in ENUMS[enum] if m.lower() == value.lower()), None)


def request_body_read(message: str) -> Refusal:
    return 400, "RequestBodyRead", message


def check_patch(body: Any) -> Refusal | None:
    if not isinstance(body, dict):
        return request_body_read(
            "An unexpected 'StartArray' node was found when reading from the JSON reader. "
            "A 'StartObject' node was expected."
        )
    problem = _check_object(body, "mailboxSettings")
    if problem:
        return problem
    zone = body.get("timeZone")
    if zone is not None and not known_zone(zone):
        return 400, "InvalidTimeZone", "Time Zone settings provided are invalid."
    replies = body.get("automaticRepliesSetting") or {}
    for key in ("scheduledStartDateTime", "scheduledEndDateTime"):
        if isinstance(replies.get(key), dict):
            problem = _check_moment(replies[key], key)
            if problem:
                return problem
    return None


def _check_object(value: dict[str, Any], kind: str) -> Refusal | None:
    declared = PROPERTIES[kind]
    for name, item in value.items():
        if name.startswith("@"):
            continue  # instance annotations (@odata.context, @odata.type)
        if name not in declared:
            return request_body_read(
                f"The property '{name}' does not exist on type 'microsoft.graph.{kind}'. "
                "Make sure to only use property names that are defined by the type or mark "
                "the type as open type."
            )
        problem = _check_value(item, declared[name])
        if problem:
            return problem
    return None


def check_rule(body: Any, *, creating: bool) -> Refusal | None:
    """A messageRule in a POST (``creating``: displayName, sequence and actions required, as
    "Create rule" says) or a PATCH. Read-only properties may not be written."""
    if not isinstance(body, dict):
        return request_body_read(
            "An unexpected 'StartArray' node was found when reading from the JSON reader. "
            "A 'StartObject' node was expected."
        )
    problem = _check_object(body, "messageRule")
    if problem:
        return problem
    for name in ("hasError", "isReadOnly"):
        if name in body:
            return 400, "ErrorInvalidRequest", f"The property '{name}' is read-only."
    missing = [n for n in ("displayName", "sequence", "actions") if creating and n not in body]
    if missing:
        return 400, "ErrorInvalidRequest", f"The rule's {missing[0]} is missing."
    return None


READ_ONLY_EVENT = ("id", "changeKey", "createdDateTime", "lastModifiedDateTime", "webLink")


def check_event(body: Any, *, creating: bool) -> Refusal | None:
    """An event in a POST (``creating``: start and end required, as "Create event" needs) or a
    PATCH: its properties as declared, start and end as dateTimeTimeZone, the end after the
    start when both are given, read-only properties not written."""
    if not isinstance(body, dict):
        return request_body_read(
            "An unexpected 'StartArray' node was found when reading from the JSON reader. "
            "A 'StartObject' node was expected."
        )
    problem = _check_object(body, "event")
    if problem:
        return problem
    for name in READ_ONLY_EVENT:
        if name in body:
            return 400, "ErrorInvalidPropertySet", f"The property '{name}' is read-only."
    for key in ("start", "end"):
        if creating and not isinstance(body.get(key), dict):
            return (
                400,
                "ErrorInvalidRequest",
                f"Your request can't be completed. {key} is required.",
            )
        if isinstance(body.get(key), dict):
            problem = _check_moment(body[key], key)
            if problem:
                return problem
    return None


def _check_value(value: Any, kind: str) -> Refusal | None:
    if value is None or not kind:
        return None
    if kind.startswith("Collection("):
        if not isinstance(value, list):
            return request_body_read(
                "An unexpected 'PrimitiveValue' node was found when reading from the JSON "
                "reader. A 'StartArray' node was expected."
            )
        inner = kind.removeprefix("Collection(").removesuffix(")")
        return next((p for item in value if (p := _check_value(item, inner))), None)
    if kind in ("Edm.Boolean", "Edm.Int32"):
        wanted = bool if kind == "Edm.Boolean" else int
        if not isinstance(value, wanted) or (kind == "Edm.Int32" and isinstance(value, bool)):
            shown = str(value).lower() if isinstance(value, bool) else str(value)
            return request_body_read(
                f"Cannot convert the literal '{shown}' to the expected type '{kind}'."
            )
        return None
    if kind in PROPERTIES:
        if not isinstance(value, dict):
            return request_body_read(
                "An unexpected 'PrimitiveValue' node was found when reading from the JSON "
                "reader. A 'StartObject' node was expected."
            )
        return _check_object(value, kind)
    expected = kind if kind.startswith("Edm.") else f"microsoft.graph.{kind}"
    if not isinstance(value, str) or (kind in ENUMS and member(kind, value) is None):
        shown = str(value).lower() if isinstance(value, bool) else str(value)
        return request_body_read(
            f"Cannot convert the literal '{shown}' to the expected type '{expected}'."
        )
    return None


def _check_moment(value: dict[str, Any], key: str) -> Refusal | None:
    text = value.get("dateTime")
    if text is None:
        return request_body_read(
            "A null value was found for the property named 'dateTime', which has the expected "
            "type 'Edm.String[Nullable=False]'. The expected type 'Edm.String[Nullable=False]' "
            "does not allow null values."
        )
    if not DATETIME_RE.fullmatch(text) or parse_local(text) is None:
        parameter = key[0].upper() + key[1:]
        return (
            400,
            "ErrorInvalidParameter",
            f"The value '{text}' of parameter '{parameter}' is invalid.",
        )
    zone = value.get("timeZone")
    if zone is not None and not known_zone(zone):
        return (
            400,
            "TimeZoneNotSupportedException",
            "A valid TimeZone value must be specified. The following TimeZone value is not "
            f"supported: '{zone}'.",
        )
    return None


def parse_local(text: str) -> datetime | None:
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None


@cache
def _zones() -> frozenset[str]:
    from zoneinfo import available_timezones

    from exchangelib.winzone import MS_TIMEZONE_TO_IANA_MAP

    return frozenset({"UTC", *MS_TIMEZONE_TO_IANA_MAP, *available_timezones()})


def known_zone(name: str) -> bool:
    """Graph knows Windows time zone names, IANA names and UTC (dateTimeTimeZone's page)."""
    return name in _zones()


def iana(name: str) -> str:
    """The IANA name of a zone Graph knows."""
    from exchangelib.winzone import MS_TIMEZONE_TO_IANA_MAP

    return str(MS_TIMEZONE_TO_IANA_MAP.get(name, name))


# --- the presence actions ----------------------------------------------------------------------

PREFERRED_PAIRS = {
    ("Available", "Available"),
    ("Busy", "Busy"),
    ("DoNotDisturb", "DoNotDisturb"),
    ("BeRightBack", "BeRightBack"),
    ("Away", "Away"),
    ("Offline", "OffWork"),
}
"""setUserPreferredPresence's table of supported combinations."""
DURATION_RE = re.compile(r"P(?!$)(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?")


def bad_request(message: str) -> Refusal:
    return 400, "BadRequest", message


def _parameters(body: Any, action: str, declared: tuple[str, ...]) -> Refusal | None:
    if not isinstance(body, dict):
        return request_body_read(
            "An unexpected 'StartArray' node was found when reading from the JSON reader. "
            "A 'StartObject' node was expected."
        )
    for name in body:
        if name not in declared:
            return bad_request(
                f"The parameter '{name}' in the request payload is not a valid parameter for "
                f"the operation '{action}'."
            )
    return None


def check_status_message(body: Any) -> Refusal | None:
    problem = _parameters(body, "setStatusMessage", ("statusMessage",))
    if problem:
        return problem
    status = body.get("statusMessage")
    if status is None:
        return None
    problem = _check_value(status, "presenceStatusMessage")
    if problem:
        return problem
    if "publishedDateTime" in status:
        return bad_request("The property 'publishedDateTime' is read-only.")
    message = status.get("message") or {}
    kind = message.get("contentType")
    if kind is not None and member("bodyType", kind) != "text":
        return bad_request("The only supported format of a status message is text.")
    expiry = status.get("expiryDateTime")
    if isinstance(expiry, dict):
        return _check_moment(expiry, "expiryDateTime")
    return None


def check_preferred_presence(body: Any) -> Refusal | None:
    declared = ("availability", "activity", "expirationDuration")
    problem = _parameters(body, "setUserPreferredPresence", declared)
    if problem:
        return problem
    for name in ("availability", "activity"):
        if not isinstance(body.get(name), str):
            return request_body_read(
                f"A null value was found for the property named '{name}', which has the "
                "expected type 'Edm.String[Nullable=False]'. The expected type "
                "'Edm.String[Nullable=False]' does not allow null values."
            )
    duration = body.get("expirationDuration")
    if duration is not None and (
        not isinstance(duration, str) or not DURATION_RE.fullmatch(duration)
    ):
        return request_body_read(
            f"Cannot convert the literal '{duration}' to the expected type 'Edm.Duration'."
        )
    if (body["availability"], body["activity"]) not in PREFERRED_PAIRS:
        return bad_request(
            f"The combination of availability '{body['availability']}' and activity "
            f"'{body['activity']}' is not supported."
        )
    return None


def check_no_parameters(body: Any, action: str) -> Refusal | None:
    return _parameters(body if body is not None else {}, action, ())


def duration(text: str) -> float:
    """An Edm.Duration the fake accepted, in seconds."""
    match = DURATION_RE.fullmatch(text)
    assert match is not None
    days, _, hours, minutes, seconds, _ = match.groups()
    return (
        int((days or "0D")[:-1]) * 86400
        + int((hours or "0H")[:-1]) * 3600
        + int((minutes or "0M")[:-1]) * 60
        + float((seconds or "0S")[:-1])
    )
