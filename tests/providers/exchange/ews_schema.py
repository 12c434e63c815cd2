"""What Exchange's published EWS schema asks of the requests the fake EWS server serves.

Exchange checks every request against its schema (Messages.xsd and Types.xsd, served from
the EWS virtual directory) before it does anything, and refuses one that does not fit with
an ``ErrorSchemaValidation`` SOAP fault (HTTP 500) whose text is the .NET schema validator's:
an element out of order or missing, a value outside an enumeration, an undeclared or missing
attribute. ``check(body, envelope)`` does the same for the operations the fake serves and
returns the violation, with the line and position .NET reports, or None.

The types below are transcribed from the Exchange 2013 schema (``t:UserOofSettings``,
``t:Duration``, ``m:FindItemType``, the inbox rules' ``t:RuleType``, ``t:RulePredicatesType``
and ``t:RuleActionsType``, ``m:GetMailTipsType`` ...). Later schemas add optional elements and
enumeration values the provider never sends; so FieldURI values are not checked, and an element
of a type not described here (an item of another kind in CreateItem, a restriction other than
a comparison, ``Contains``, ``And`` or ``Or``) is taken as it comes. The SOAP header is not checked.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
import xml.parsers.expat
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime

M = "http://schemas.microsoft.com/exchange/services/2006/messages"
T = "http://schemas.microsoft.com/exchange/services/2006/types"
XS = "http://www.w3.org/2001/XMLSchema"
XML = "http://www.w3.org/XML/1998/namespace"


@dataclass(frozen=True)
class E:
    """One element of a content model: its name, its type ("" = any content) and how often."""

    name: str
    type: str = ""
    min: int = 1
    max: int | None = 1
    ns: str = T


@dataclass(frozen=True)
class Choice:
    options: tuple[E, ...]
    min: int = 1
    max: int | None = 1


Particle = E | Choice


@dataclass(frozen=True)
class Complex:
    content: tuple[Particle, ...] = ()
    #: attribute name -> (simple type, required)
    attributes: Mapping[str, tuple[str, bool]] = field(default_factory=dict)
    #: the simple type of the text, for an element with simple content (t:BodyType)
    text: str | None = None


# --- simple types -------------------------------------------------------------------------

ENUMERATIONS: dict[str, tuple[str, ...]] = {
    "OofState": ("Disabled", "Enabled", "Scheduled"),
    "ExternalAudience": ("None", "Known", "All"),
    "DefaultShapeNamesType": ("IdOnly", "Default", "AllProperties"),
    "BodyTypeResponseType": ("Best", "HTML", "Text"),
    "BodyTypeType": ("HTML", "Text"),
    "IndexBasePointType": ("Beginning", "End"),
    "SortDirectionType": ("Ascending", "Descending"),
    "ContainmentModeType": ("FullString", "Prefixed", "Substring", "PrefixOnWords", "ExactPhrase"),
    "ContainmentComparisonType": (
        *("Exact", "IgnoreCase", "IgnoreNonSpacingCharacters", "Loose"),
        *("IgnoreCaseAndNonSpacingCharacters", "LooseAndIgnoreCase", "LooseAndIgnoreNonSpace"),
        "LooseAndIgnoreCaseAndIgnoreNonSpace",
    ),
    "ItemQueryTraversalType": ("Shallow", "SoftDeleted", "Associated"),
    "MessageDispositionType": ("SaveOnly", "SendOnly", "SendAndSaveCopy"),
    "CalendarItemCreateOrDeleteOperationType": (
        "SendToNone",
        "SendOnlyToAll",
        "SendToAllAndSaveCopy",
    ),
    "IdFormatType": ("EwsLegacyId", "EwsId", "EntryId", "HexEntryId", "StoreId", "OwaId"),
    "FlaggedForActionType": (
        *("Any", "Call", "DoNotForward", "FollowUp", "FYI", "Forward", "NoResponseNecessary"),
        *("Read", "Reply", "ReplyToAll", "Review"),
    ),
    "ImportanceChoicesType": ("Low", "Normal", "High"),
    "LegacyFreeBusyType": ("Free", "Tentative", "Busy", "OOF", "WorkingElsewhere", "NoData"),
    "ConflictResolutionType": ("NeverOverwrite", "AutoResolve", "AlwaysOverwrite"),
    "CalendarItemUpdateOperationType": (
        *("SendToNone", "SendOnlyToAll", "SendOnlyToChanged", "SendToAllAndSaveCopy"),
        "SendToChangedAndSaveCopy",
    ),
    "DisposalType": ("HardDelete", "SoftDelete", "MoveToDeletedItems"),
    "AffectedTaskOccurrencesType": ("AllOccurrences", "SpecifiedOccurrenceOnly"),
    "DistinguishedPropertySetType": (
        *("Meeting", "Appointment", "Common", "PublicStrings", "Address", "InternetHeaders"),
        *("CalendarAssistant", "UnifiedMessaging", "Sharing"),
    ),
    "MapiPropertyTypeType": (
        *("ApplicationTime", "ApplicationTimeArray", "Binary", "BinaryArray", "Boolean"),
        *("CLSID", "CLSIDArray", "Currency", "CurrencyArray", "Double", "DoubleArray"),
        *("Error", "Float", "FloatArray", "Integer", "IntegerArray", "Long", "LongArray"),
        *("Null", "Object", "ObjectArray", "Short", "ShortArray", "SystemTime"),
        *("SystemTimeArray", "String", "StringArray"),
    ),
    "SensitivityChoicesType": ("Normal", "Personal", "Private", "Confidential"),
    # An xs:list: space-separated members (GetMailTips' MailTipsRequested).
    "MailTipTypes": (
        *("All", "OutOfOfficeMessage", "MailboxFullStatus", "CustomMailTip"),
        *("ExternalMemberCount", "TotalMemberCount", "MaxMessageSize", "DeliveryRestriction"),
        *("ModerationStatus", "InvalidRecipient", "Scope"),
    ),
    "MailboxTypeType": (
        "Unknown",
        "OneOff",
        "Mailbox",
        "PublicDL",
        "PrivateDL",
        "Contact",
        "PublicFolder",
    ),
    "DistinguishedFolderIdNameType": (
        *("calendar", "contacts", "deleteditems", "drafts", "inbox", "journal", "notes"),
        *("outbox", "sentitems", "tasks", "msgfolderroot", "publicfoldersroot", "root"),
        *("junkemail", "searchfolders", "voicemail", "recoverableitemsroot"),
        *("recoverableitemsdeletions", "recoverableitemsversions", "recoverableitemspurges"),
        *("archiveroot", "archivemsgfolderroot", "archivedeleteditems"),
        *("archiverecoverableitemsroot", "archiverecoverableitemsdeletions"),
        *("archiverecoverableitemsversions", "archiverecoverableitemspurges"),
    ),
}

LIST_TYPES = frozenset({"MailTipTypes"})
"""Simple types that are lists of enumeration members."""

_DATETIME = re.compile(r"-?\d{4,}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)?")


def _builtin_ok(kind: str, value: str) -> bool:
    text = value.strip()
    if kind == "dateTime":
        if not _DATETIME.fullmatch(text):
            return False
        try:
            datetime.fromisoformat(re.sub(r"\.\d+", "", text).replace("Z", "+00:00"))
        except ValueError:
            return False
        return True
    if kind == "int":
        return bool(re.fullmatch(r"[+-]?\d+", text)) and -(2**31) <= int(text) < 2**31
    if kind == "boolean":
        return text in ("true", "false", "1", "0")
    return True  # xs:string


_BUILTIN_NAMES = {"dateTime": "DateTime", "int": "Int32", "boolean": "Boolean"}


def _value_problem(simple: str, value: str) -> str | None:
    """Why ``value`` is not of ``simple`` ("xs:int", "t:OofState"), in .NET's words."""
    prefix, _, name = simple.partition(":")
    if prefix == "xs":
        if _builtin_ok(name, value):
            return None
        return (
            f"The value '{value}' is invalid according to its datatype '{XS}:{name}' - "
            f"The string '{value}' is not a valid {_BUILTIN_NAMES[name]} value."
        )
    members = value.split() if name in LIST_TYPES else [value]
    if members and all(member in ENUMERATIONS[name] for member in members):
        return None
    return (
        f"The value '{value}' is invalid according to its datatype '{T}:{name}' - "
        "The Enumeration constraint failed."
    )


# --- complex types ------------------------------------------------------------------------

_PATH = (
    E("FieldURI", "PathToUnindexedFieldType"),
    E("IndexedFieldURI"),
    E("ExtendedFieldURI", "PathToExtendedFieldType"),
)
_COMPARISONS = ("IsEqualTo", "IsNotEqualTo", "IsGreaterThan", "IsGreaterThanOrEqualTo")
_COMPARISONS += ("IsLessThan", "IsLessThanOrEqualTo")
_SEARCH = (
    *(E(name, "TwoOperandExpressionType") for name in _COMPARISONS),
    *(E(name) for name in ("Exists", "Excludes", "Not")),
    E("Contains", "ContainsExpressionType"),
    *(E(name, "MultipleOperandBooleanExpressionType") for name in ("And", "Or")),
)
_ITEM_KINDS = (
    *("Item", "Message", "CalendarItem", "Contact", "DistributionList", "MeetingMessage"),
    *("MeetingRequest", "MeetingResponse", "MeetingCancellation", "Task", "PostItem"),
    *("ReplyToItem", "ReplyAllToItem", "AcceptItem", "TentativelyAcceptItem", "DeclineItem"),
    *("CancelCalendarItem", "RemoveItem", "SuppressReadReceipt", "PostReplyItem"),
    "AcceptSharingInvitation",
)
_ITEMS = tuple(
    E(kind, "CalendarItemType" if kind == "CalendarItem" else "") for kind in _ITEM_KINDS
)
_FOLDER_IDS = (E("FolderId", "FolderIdType"), E("DistinguishedFolderId", "DistinguishedFolderId"))
_ID = {"Id": ("xs:string", True), "ChangeKey": ("xs:string", False)}


def _optional(*names: str, types: Mapping[str, str] | None = None) -> tuple[E, ...]:
    return tuple(E(n, (types or {}).get(n, ""), min=0) for n in names)


_ITEM_ELEMENTS = (
    *_optional(
        *("MimeContent", "ItemId", "ParentFolderId", "ItemClass", "Subject", "Sensitivity", "Body"),
        *("Attachments", "DateTimeReceived", "Size", "Categories", "Importance", "InReplyTo"),
        *("IsSubmitted", "IsDraft", "IsFromMe", "IsResend", "IsUnmodified"),
        *("InternetMessageHeaders", "DateTimeSent", "DateTimeCreated", "ResponseObjects"),
        *("ReminderDueBy", "ReminderIsSet", "ReminderMinutesBeforeStart", "DisplayCc"),
        *("DisplayTo", "HasAttachments"),
        types={
            "Subject": "xs:string",
            "Body": "BodyType",
            "ReminderIsSet": "xs:boolean",
        },
    ),
    E("ExtendedProperty", "ExtendedPropertyType", min=0, max=None),
    *_optional(
        *("Culture", "EffectiveRights", "LastModifiedName", "LastModifiedTime", "IsAssociated"),
        *("WebClientReadFormQueryString", "WebClientEditFormQueryString", "ConversationId"),
        *("UniqueBody", "Flag", "StoreEntryId", "InstanceKey", "NormalizedBody"),
        *("EntityExtractionResult", "PolicyTag", "ArchiveTag", "RetentionDate", "Preview"),
        *("RightsManagementLicenseData", "PredictedActionReasons", "IsClutter"),
        *("BlockStatus", "HasBlockedImages", "TextBody", "IconIndex", "SearchKey", "SortKey"),
        *("Hashtags", "Mentions", "MentionedMe", "MentionsPreview", "MentionsEx"),
        *("AppliedHashtags", "AppliedHashtagsPreview", "Likes", "LikesPreview"),
        *("PendingSocialActivityTagIds", "AtAllMention", "CanDelete", "InferenceClassification"),
    ),
)
"""t:ItemType's sequence (every element optional), which t:CalendarItemType extends."""

_CALENDAR_ITEM = _ITEM_ELEMENTS + _optional(
    *("UID", "RecurrenceId", "DateTimeStamp", "Start", "End", "OriginalStart"),
    *("IsAllDayEvent", "LegacyFreeBusyStatus", "Location", "When", "IsMeeting"),
    *("IsCancelled", "IsRecurring", "MeetingRequestWasSent", "IsResponseRequested"),
    *("CalendarItemType", "MyResponseType", "Organizer", "RequiredAttendees"),
    *("OptionalAttendees", "Resources", "ConflictingMeetingCount", "AdjacentMeetingCount"),
    *("ConflictingMeetings", "AdjacentMeetings", "Duration", "TimeZone"),
    *("AppointmentReplyTime", "AppointmentSequenceNumber", "AppointmentState", "Recurrence"),
    *("FirstOccurrence", "LastOccurrence", "ModifiedOccurrences", "DeletedOccurrences"),
    *("MeetingTimeZone", "StartTimeZone", "EndTimeZone", "ConferenceType"),
    *("AllowNewTimeProposal", "IsOnlineMeeting", "MeetingWorkspaceUrl", "NetShowUrl"),
    types={
        "Start": "xs:dateTime",
        "End": "xs:dateTime",
        "IsAllDayEvent": "xs:boolean",
        "LegacyFreeBusyStatus": "t:LegacyFreeBusyType",
    },
)
"""t:CalendarItemType: t:ItemType's elements, then the calendar's, in this order."""

TYPES: dict[str, Complex] = {
    # Messages.xsd: the requests
    "GetUserOofSettingsRequest": Complex((E("Mailbox", "EmailAddress"),)),
    "SetUserOofSettingsRequest": Complex(
        (E("Mailbox", "EmailAddress"), E("UserOofSettings", "UserOofSettings"))
    ),
    "ConvertIdType": Complex(
        (E("SourceIds", "NonEmptyArrayOfAlternateIdsType", ns=M),),
        {"DestinationFormat": ("t:IdFormatType", True)},
    ),
    "GetFolderType": Complex(
        (
            E("FolderShape", "FolderResponseShapeType", ns=M),
            E("FolderIds", "NonEmptyArrayOfBaseFolderIdsType", ns=M),
        )
    ),
    "FindItemType": Complex(
        (
            E("ItemShape", "ItemResponseShapeType", ns=M),
            Choice(
                (
                    E("IndexedPageItemView", "IndexedPageViewType", ns=M),
                    E("FractionalPageItemView", ns=M),
                    E("CalendarView", ns=M),
                    E("ContactsView", ns=M),
                ),
                min=0,
            ),
            Choice((E("GroupBy", ns=M), E("DistinguishedGroupBy", ns=M)), min=0),
            E("Restriction", "RestrictionType", min=0, ns=M),
            E("SortOrder", "NonEmptyArrayOfFieldOrdersType", min=0, ns=M),
            E("ParentFolderIds", "NonEmptyArrayOfBaseFolderIdsType", ns=M),
            E("QueryString", "xs:string", min=0, ns=M),
        ),
        {"Traversal": ("t:ItemQueryTraversalType", True)},
    ),
    "GetItemType": Complex(
        (
            E("ItemShape", "ItemResponseShapeType", ns=M),
            E("ItemIds", "NonEmptyArrayOfBaseItemIdsType", ns=M),
        )
    ),
    "CreateItemType": Complex(
        (
            E("SavedItemFolderId", "TargetFolderIdType", min=0, ns=M),
            E("Items", "NonEmptyArrayOfAllItemsType", ns=M),
        ),
        {
            "MessageDisposition": ("t:MessageDispositionType", False),
            "SendMeetingInvitations": ("t:CalendarItemCreateOrDeleteOperationType", False),
        },
    ),
    "UpdateItemType": Complex(
        (
            E("SavedItemFolderId", "TargetFolderIdType", min=0, ns=M),
            E("ItemChanges", "NonEmptyArrayOfItemChangesType", ns=M),
        ),
        {
            "ConflictResolution": ("t:ConflictResolutionType", True),
            "MessageDisposition": ("t:MessageDispositionType", False),
            "SendMeetingInvitationsOrCancellations": ("t:CalendarItemUpdateOperationType", False),
            "SuppressReadReceipts": ("xs:boolean", False),
        },
    ),
    "DeleteItemType": Complex(
        (E("ItemIds", "NonEmptyArrayOfBaseItemIdsType", ns=M),),
        {
            "DeleteType": ("t:DisposalType", True),
            "SendMeetingCancellations": ("t:CalendarItemCreateOrDeleteOperationType", False),
            "AffectedTaskOccurrences": ("t:AffectedTaskOccurrencesType", False),
            "SuppressReadReceipts": ("xs:boolean", False),
        },
    ),
    # Types.xsd: out of office
    "EmailAddress": Complex(
        (
            E("Name", "xs:string", min=0),
            E("Address", "xs:string"),
            E("RoutingType", "xs:string", min=0),
        )
    ),
    "UserOofSettings": Complex(
        (
            E("OofState", "t:OofState"),
            E("ExternalAudience", "t:ExternalAudience"),
            E("Duration", "Duration", min=0),
            E("InternalReply", "ReplyBody", min=0),
            E("ExternalReply", "ReplyBody", min=0),
        )
    ),
    "Duration": Complex((E("StartTime", "xs:dateTime"), E("EndTime", "xs:dateTime"))),
    "ReplyBody": Complex(
        (E("Message", "xs:string", min=0),), {f"{{{XML}}}lang": ("xs:string", False)}
    ),
    # Types.xsd: folders, items and their shapes
    "NonEmptyArrayOfAlternateIdsType": Complex(
        (
            Choice(
                (
                    E("AlternateId", "AlternateIdType"),
                    E("AlternatePublicFolderId"),
                    E("AlternatePublicFolderItemId"),
                ),
                max=None,
            ),
        )
    ),
    "AlternateIdType": Complex(
        (),
        {
            "Format": ("t:IdFormatType", True),
            "Id": ("xs:string", True),
            "Mailbox": ("xs:string", True),
            "IsArchive": ("xs:boolean", False),
        },
    ),
    "FolderResponseShapeType": Complex(
        (
            E("BaseShape", "t:DefaultShapeNamesType"),
            E("AdditionalProperties", "NonEmptyArrayOfPathsToElementType", min=0),
        )
    ),
    "ItemResponseShapeType": Complex(
        (
            E("BaseShape", "t:DefaultShapeNamesType"),
            E("IncludeMimeContent", "xs:boolean", min=0),
            E("BodyType", "t:BodyTypeResponseType", min=0),
            E("FilterHtmlContent", "xs:boolean", min=0),
            E("ConvertHtmlCodePageToUTF8", "xs:boolean", min=0),
            E("AdditionalProperties", "NonEmptyArrayOfPathsToElementType", min=0),
        )
    ),
    "NonEmptyArrayOfPathsToElementType": Complex((Choice(_PATH, max=None),)),
    "PathToUnindexedFieldType": Complex((), {"FieldURI": ("xs:string", True)}),
    "NonEmptyArrayOfBaseFolderIdsType": Complex((Choice(_FOLDER_IDS, max=None),)),
    "TargetFolderIdType": Complex((Choice(_FOLDER_IDS),)),
    "FolderIdType": Complex((), _ID),
    "DistinguishedFolderId": Complex(
        (E("Mailbox", "EmailAddressType", min=0),),
        {"Id": ("t:DistinguishedFolderIdNameType", True), "ChangeKey": ("xs:string", False)},
    ),
    "EmailAddressType": Complex(
        (
            E("Name", "xs:string", min=0),
            E("EmailAddress", "xs:string", min=0),
            E("RoutingType", "xs:string", min=0),
            E("MailboxType", "t:MailboxTypeType", min=0),
            E("ItemId", "ItemIdType", min=0),
        )
    ),
    "IndexedPageViewType": Complex(
        (),
        {
            "MaxEntriesReturned": ("xs:int", True),
            "Offset": ("xs:int", True),
            "BasePoint": ("t:IndexBasePointType", True),
        },
    ),
    "RestrictionType": Complex((Choice(_SEARCH),)),
    "TwoOperandExpressionType": Complex(
        (Choice(_PATH), E("FieldURIOrConstant", "FieldURIOrConstantType"))
    ),
    "FieldURIOrConstantType": Complex((Choice((*_PATH, E("Constant", "ConstantValueType"))),)),
    "ConstantValueType": Complex((), {"Value": ("xs:string", True)}),
    "ContainsExpressionType": Complex(
        (Choice(_PATH), E("Constant", "ConstantValueType")),
        {
            "ContainmentMode": ("t:ContainmentModeType", False),
            "ContainmentComparison": ("t:ContainmentComparisonType", False),
        },
    ),
    "MultipleOperandBooleanExpressionType": Complex((Choice(_SEARCH, max=None),)),
    "NonEmptyArrayOfFieldOrdersType": Complex((E("FieldOrder", "FieldOrderType", max=None),)),
    "FieldOrderType": Complex((Choice(_PATH),), {"Order": ("t:SortDirectionType", True)}),
    "NonEmptyArrayOfBaseItemIdsType": Complex(
        (
            Choice(
                (E("ItemId", "ItemIdType"), E("OccurrenceItemId"), E("RecurringMasterItemId")),
                max=None,
            ),
        )
    ),
    "ItemIdType": Complex((), _ID),
    "NonEmptyArrayOfAllItemsType": Complex(
        (Choice((*_ITEMS, E("ForwardItem", "ForwardItemType")), max=None),)
    ),
    "ForwardItemType": Complex(
        (
            E("Subject", "xs:string", min=0),
            E("Body", "BodyType", min=0),
            E("ToRecipients", "ArrayOfRecipientsType", min=0),
            E("CcRecipients", "ArrayOfRecipientsType", min=0),
            E("BccRecipients", "ArrayOfRecipientsType", min=0),
            E("IsReadReceiptRequested", "xs:boolean", min=0),
            E("IsDeliveryReceiptRequested", "xs:boolean", min=0),
            E("From", "SingleRecipientType", min=0),
            E("ReferenceItemId", "ItemIdType", min=0),
            E("NewBodyContent", "BodyType", min=0),
        )
    ),
    "ArrayOfRecipientsType": Complex(
        (Choice((E("Mailbox", "EmailAddressType"),), min=0, max=None),)
    ),
    "SingleRecipientType": Complex((Choice((E("Mailbox", "EmailAddressType"),)),)),
    "BodyType": Complex((), {"BodyType": ("t:BodyTypeType", True)}, text="xs:string"),
    # Types.xsd: calendar items and extended properties
    "CalendarItemType": Complex(_CALENDAR_ITEM),
    "PathToExtendedFieldType": Complex(
        (),
        {
            "DistinguishedPropertySetId": ("t:DistinguishedPropertySetType", False),
            "PropertySetId": ("xs:string", False),
            "PropertyTag": ("xs:string", False),
            "PropertyName": ("xs:string", False),
            "PropertyId": ("xs:int", False),
            "PropertyType": ("t:MapiPropertyTypeType", True),
        },
    ),
    "ExtendedPropertyType": Complex(
        (
            E("ExtendedFieldURI", "PathToExtendedFieldType"),
            Choice((E("Value", "xs:string"), E("Values", "NonEmptyArrayOfPropertyValuesType"))),
        )
    ),
    "NonEmptyArrayOfPropertyValuesType": Complex((E("Value", "xs:string", max=None),)),
    "NonEmptyArrayOfItemChangesType": Complex((E("ItemChange", "ItemChangeType", max=None),)),
    "ItemChangeType": Complex(
        (
            Choice((E("ItemId", "ItemIdType"), E("OccurrenceItemId"), E("RecurringMasterItemId"))),
            E("Updates", "NonEmptyArrayOfItemChangeDescriptionsType"),
        )
    ),
    "NonEmptyArrayOfItemChangeDescriptionsType": Complex(
        (
            Choice(
                (
                    E("AppendToItemField", "SetItemFieldType"),
                    E("SetItemField", "SetItemFieldType"),
                    E("DeleteItemField", "DeleteItemFieldType"),
                ),
                max=None,
            ),
        )
    ),
    "SetItemFieldType": Complex((Choice(_PATH), Choice(_ITEMS))),
    "DeleteItemFieldType": Complex((Choice(_PATH),)),
    # Messages.xsd / Types.xsd: inbox rules (Exchange 2010 SP1 and later)
    "GetInboxRulesRequestType": Complex((E("MailboxSmtpAddress", "xs:string", min=0, ns=M),)),
    "UpdateInboxRulesRequestType": Complex(
        (
            E("MailboxSmtpAddress", "xs:string", min=0, ns=M),
            E("RemoveOutlookRuleBlob", "xs:boolean", min=0, ns=M),
            E("Operations", "ArrayOfRuleOperationsType", ns=M),
        )
    ),
    "ArrayOfRuleOperationsType": Complex(
        (
            Choice(
                (
                    E("CreateRuleOperation", "CreateRuleOperationType"),
                    E("SetRuleOperation", "SetRuleOperationType"),
                    E("DeleteRuleOperation", "DeleteRuleOperationType"),
                ),
                max=None,
            ),
        )
    ),
    "CreateRuleOperationType": Complex((E("Rule", "RuleType"),)),
    "SetRuleOperationType": Complex((E("Rule", "RuleType"),)),
    "DeleteRuleOperationType": Complex((E("RuleId", "xs:string"),)),
    "RuleType": Complex(
        (
            E("RuleId", "xs:string", min=0),
            E("DisplayName", "xs:string"),
            E("Priority", "xs:int"),
            E("IsEnabled", "xs:boolean"),
            E("IsNotSupported", "xs:boolean", min=0),
            E("IsInError", "xs:boolean", min=0),
            E("Conditions", "RulePredicatesType", min=0),
            E("Exceptions", "RulePredicatesType", min=0),
            E("Actions", "RuleActionsType"),
        )
    ),
    "RulePredicatesType": Complex(
        tuple(
            E(name, kind, min=0)
            for name, kind in (
                ("Categories", "ArrayOfStringsType"),
                ("ContainsBodyStrings", "ArrayOfStringsType"),
                ("ContainsHeaderStrings", "ArrayOfStringsType"),
                ("ContainsRecipientStrings", "ArrayOfStringsType"),
                ("ContainsSenderStrings", "ArrayOfStringsType"),
                ("ContainsSubjectOrBodyStrings", "ArrayOfStringsType"),
                ("ContainsSubjectStrings", "ArrayOfStringsType"),
                ("FlaggedForAction", "t:FlaggedForActionType"),
                ("FromAddresses", "ArrayOfEmailAddressesType"),
                ("FromConnectedAccounts", "ArrayOfStringsType"),
                ("HasAttachments", "xs:boolean"),
                ("Importance", "t:ImportanceChoicesType"),
                ("IsApprovalRequest", "xs:boolean"),
                ("IsAutomaticForward", "xs:boolean"),
                ("IsAutomaticReply", "xs:boolean"),
                ("IsEncrypted", "xs:boolean"),
                ("IsMeetingRequest", "xs:boolean"),
                ("IsMeetingResponse", "xs:boolean"),
                ("IsNDR", "xs:boolean"),
                ("IsPermissionControlled", "xs:boolean"),
                ("IsReadReceipt", "xs:boolean"),
                ("IsSigned", "xs:boolean"),
                ("IsVoicemail", "xs:boolean"),
                ("ItemClasses", "ArrayOfStringsType"),
                ("MessageClassifications", "ArrayOfStringsType"),
                ("NotSentToMe", "xs:boolean"),
                ("SentCcMe", "xs:boolean"),
                ("SentOnlyToMe", "xs:boolean"),
                ("SentToAddresses", "ArrayOfEmailAddressesType"),
                ("SentToMe", "xs:boolean"),
                ("SentToOrCcMe", "xs:boolean"),
                ("Sensitivity", "t:SensitivityChoicesType"),
                ("WithinDateRange", "RulePredicateDateRangeType"),
                ("WithinSizeRange", "RulePredicateSizeRangeType"),
            )
        )
    ),
    "RuleActionsType": Complex(
        tuple(
            E(name, kind, min=0)
            for name, kind in (
                ("AssignCategories", "ArrayOfStringsType"),
                ("CopyToFolder", "TargetFolderIdType"),
                ("Delete", "xs:boolean"),
                ("ForwardAsAttachmentToRecipients", "ArrayOfEmailAddressesType"),
                ("ForwardToRecipients", "ArrayOfEmailAddressesType"),
                ("MarkImportance", "t:ImportanceChoicesType"),
                ("MarkAsRead", "xs:boolean"),
                ("MoveToFolder", "TargetFolderIdType"),
                ("PermanentDelete", "xs:boolean"),
                ("RedirectToRecipients", "ArrayOfEmailAddressesType"),
                ("SendSMSAlertToRecipients", "ArrayOfEmailAddressesType"),
                ("ServerReplyWithMessage", "ItemIdType"),
                ("StopProcessingRules", "xs:boolean"),
            )
        )
    ),
    "ArrayOfStringsType": Complex((E("String", "xs:string", max=None),)),
    "ArrayOfEmailAddressesType": Complex((E("Address", "EmailAddressType", max=None),)),
    "RulePredicateDateRangeType": Complex(
        (E("StartDateTime", "xs:dateTime", min=0), E("EndDateTime", "xs:dateTime", min=0))
    ),
    "RulePredicateSizeRangeType": Complex(
        (E("MinimumSize", "xs:int", min=0), E("MaximumSize", "xs:int", min=0))
    ),
    # Messages.xsd: mail tips (Exchange 2010 and later)
    "GetMailTipsType": Complex(
        (
            E("SendingAs", "EmailAddressType", ns=M),
            E("Recipients", "ArrayOfRecipientsType", ns=M),
            E("MailTipsRequested", "t:MailTipTypes", ns=M),
        )
    ),
}

#: The operations' request elements (in the messages namespace) and their types.
REQUESTS = {
    "GetUserOofSettingsRequest": "GetUserOofSettingsRequest",
    "SetUserOofSettingsRequest": "SetUserOofSettingsRequest",
    "ConvertId": "ConvertIdType",
    "GetFolder": "GetFolderType",
    "FindItem": "FindItemType",
    "GetItem": "GetItemType",
    "CreateItem": "CreateItemType",
    "GetInboxRules": "GetInboxRulesRequestType",
    "UpdateInboxRules": "UpdateInboxRulesRequestType",
    "GetMailTips": "GetMailTipsType",
    "UpdateItem": "UpdateItemType",
    "DeleteItem": "DeleteItemType",
}


# --- the check ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Violation:
    text: str
    line: int
    position: int


class _Invalid(Exception):
    def __init__(self, text: str, element: ET.Element, *, at_end: bool = False) -> None:
        super().__init__(text)
        self.text = text
        self.element = element
        self.at_end = at_end


def check(body: bytes, envelope: ET.Element) -> Violation | None:
    """The first schema violation in the request, or None when Exchange would accept it."""
    soap_body = envelope.find("{http://schemas.xmlsoap.org/soap/envelope/}Body")
    if soap_body is None or len(soap_body) == 0:
        return None
    request = soap_body[0]
    namespace, _, name = request.tag[1:].partition("}")
    if namespace != M or name not in REQUESTS:
        return None  # an operation the fake does not serve: answered as such
    try:
        _element(request, TYPES[REQUESTS[name]])
    except _Invalid as invalid:
        starts, ends = _positions(body, envelope)
        where = (ends if invalid.at_end else starts).get(id(invalid.element), (0, 0))
        return Violation(invalid.text, *where)
    return None


def _qname(element: ET.Element) -> tuple[str, str]:
    namespace, _, name = element.tag[1:].partition("}")
    return name, namespace


def _element(element: ET.Element, kind: Complex) -> None:
    _attributes(element, kind)
    if kind.text is not None:
        if len(element):
            raise _text_only(element, element[0])
        problem = _value_problem(kind.text, element.text or "")
        if problem:
            name, namespace = _qname(element)
            raise _Invalid(f"The '{namespace}:{name}' element is invalid - {problem}", element)
        return
    if (element.text or "").strip() and kind.content:
        name, namespace = _qname(element)
        raise _Invalid(
            f"The element '{name}' in namespace '{namespace}' cannot contain text. "
            f"List of possible elements expected: {_listed(kind.content)}.",
            element,
        )
    _content(element, kind.content)


def _attributes(element: ET.Element, kind: Complex) -> None:
    for attribute, value in element.attrib.items():
        if attribute not in kind.attributes:
            raise _Invalid(f"The '{_local(attribute)}' attribute is not declared.", element)
        problem = _value_problem(kind.attributes[attribute][0], value)
        if problem:
            raise _Invalid(f"The '{_local(attribute)}' attribute is invalid - {problem}", element)
    for attribute, (_, required) in kind.attributes.items():
        if required and attribute not in element.attrib:
            raise _Invalid(f"The required attribute '{_local(attribute)}' is missing.", element)


def _local(attribute: str) -> str:
    return "xml:" + attribute.rpartition("}")[2] if attribute.startswith("{") else attribute


def _content(element: ET.Element, content: tuple[Particle, ...]) -> None:
    """Match the children against the content model, as a sequence, in order."""
    children = list(element)
    at = 0
    since = 0  # the first particle that may still take a child
    for index, particle in enumerate(content):
        count = 0
        while at < len(children) and (particle.max is None or count < particle.max):
            matched = _match(particle, children[at])
            if matched is None:
                break
            _child(children[at], matched)
            at, count = at + 1, count + 1
            since = index if particle.max is None or count < particle.max else index + 1
        if count < particle.min:
            expected = content[since : index + 1]
            if at < len(children):
                raise _invalid_child(element, children[at], expected)
            name, namespace = _qname(element)
            raise _Invalid(
                f"The element '{name}' in namespace '{namespace}' has incomplete content. "
                f"List of possible elements expected: {_listed(expected)}.",
                element,
                at_end=True,
            )
    if at < len(children):
        raise _invalid_child(element, children[at], content[since:])


def _match(particle: Particle, child: ET.Element) -> E | None:
    options = particle.options if isinstance(particle, Choice) else (particle,)
    name, namespace = _qname(child)
    return next((o for o in options if (o.name, o.ns) == (name, namespace)), None)


def _child(child: ET.Element, declared: E) -> None:
    if not declared.type:
        return  # a type this module does not describe: taken as it comes
    if declared.type in TYPES:
        _element(child, TYPES[declared.type])
        return
    if len(child):
        raise _text_only(child, child[0])
    if child.attrib:
        undeclared = _local(next(iter(child.attrib)))
        raise _Invalid(f"The '{undeclared}' attribute is not declared.", child)
    problem = _value_problem(declared.type, child.text or "")
    if problem:
        name, namespace = _qname(child)
        raise _Invalid(f"The '{namespace}:{name}' element is invalid - {problem}", child)


def _invalid_child(
    parent: ET.Element, child: ET.Element, expected: tuple[Particle, ...]
) -> _Invalid:
    name, namespace = _qname(parent)
    child_name, child_namespace = _qname(child)
    text = (
        f"The element '{name}' in namespace '{namespace}' has invalid child element "
        f"'{child_name}' in namespace '{child_namespace}'."
    )
    if expected:
        text = text[:-1] + f". List of possible elements expected: {_listed(expected)}."
    return _Invalid(text, child)


def _text_only(parent: ET.Element, child: ET.Element) -> _Invalid:
    name, namespace = _qname(parent)
    child_name, child_namespace = _qname(child)
    return _Invalid(
        f"The element '{name}' in namespace '{namespace}' cannot contain child element "
        f"'{child_name}' in namespace '{child_namespace}' because the parent element's "
        "content model is text only.",
        child,
    )


def _listed(particles: Iterable[Particle]) -> str:
    """'A, B' in namespace 'x' as well as 'C' in namespace 'y', as .NET lists them."""
    groups: dict[str, list[str]] = {}
    for particle in particles:
        options = particle.options if isinstance(particle, Choice) else (particle,)
        for option in options:
            groups.setdefault(option.ns, []).append(option.name)
    return " as well as ".join(
        f"'{', '.join(names)}' in namespace '{namespace}'" for namespace, names in groups.items()
    )


def _positions(
    body: bytes, envelope: ET.Element
) -> tuple[dict[int, tuple[int, int]], dict[int, tuple[int, int]]]:
    """Where each element starts and ends (line, position of its name), as .NET counts."""
    parser = xml.parsers.expat.ParserCreate()
    starts: list[tuple[int, int]] = []
    ends: dict[int, tuple[int, int]] = {}
    open_elements: list[int] = []

    def start(name: str, attributes: object) -> None:
        open_elements.append(len(starts))
        starts.append((parser.CurrentLineNumber, parser.CurrentColumnNumber + 2))

    def end(name: str) -> None:
        ends[open_elements.pop()] = (parser.CurrentLineNumber, parser.CurrentColumnNumber + 3)

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.Parse(body, True)
    elements = list(envelope.iter())
    return (
        {id(e): where for e, where in zip(elements, starts, strict=False)},
        {id(elements[i]): where for i, where in ends.items() if i < len(elements)},
    )
