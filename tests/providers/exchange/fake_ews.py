"""A loopback EWS server, shaped after Microsoft's published operation documents.

It answers the operations the ``exchange`` provider (through the real exchangelib) sends:
ConvertId (exchangelib's version probe), GetUserOofSettings / SetUserOofSettings
([MS-OXWOOF] and the EWS reference), GetFolder, FindItem (paged view, a restriction of And/Or,
DateTimeReceived comparisons and Contains on the subject or body, sort order, only the
properties asked for), GetItem, CreateItem with a
ForwardItem or a new Message (sent, with a copy saved), GetInboxRules / UpdateInboxRules
(create, set and delete operations, rule ids and priorities as Exchange keeps them;
``RemoveOutlookRuleBlob`` true wipes the Outlook client rules, as the reference warns) and
GetMailTips (OutOfOfficeMessage, per recipient). Every answer carries the ServerVersionInfo
header of Exchange 2019.

Requests are held to Exchange's published schema first (``ews_schema``): an element out of
order or missing, a value outside its enumeration (OofState "On"), an undeclared attribute
is refused with the ErrorSchemaValidation SOAP fault Exchange answers, as Exchange does.

Authentication is HTTP Basic or an OAuth 2.0 bearer token. Faults are queued with
``fail_next`` and hit the next requests (optionally only those of one operation): an HTTP
status with an optional Retry-After, an ErrorServerBusy SOAP fault with BackOffMilliseconds,
an EWS error response, an answer slower than the client waits, or a body that is not XML.

Nothing here patches exchangelib: it is a server, and the library talks to it over HTTP.
"""

from __future__ import annotations

import base64
import itertools
import threading
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from tests.providers.exchange import ews_schema
from tests.providers.exchange.fake_calendar import Appointment, CalendarOps

SOAP = "http://schemas.xmlsoap.org/soap/envelope/"
M = "http://schemas.microsoft.com/exchange/services/2006/messages"
T = "http://schemas.microsoft.com/exchange/services/2006/types"
NS = {"s": SOAP, "m": M, "t": T}

# Exchange Server 2019 CU12 reports itself like this; Version is its schema name.
VERSION_HEADER = (
    '<h:ServerVersionInfo MajorVersion="15" MinorVersion="2" MajorBuildNumber="1118" '
    f'MinorBuildNumber="7" Version="V2017_07_11" xmlns:h="{T}"/>'
)


#: The distinguished folders the fake knows (GetFolder answers for these).
FOLDERS = {
    "root": "",
    "msgfolderroot": "Top of Information Store",
    "inbox": "Inbox",
    "sentitems": "Sent Items",
    "drafts": "Drafts",
    "calendar": "Calendar",
}


@dataclass
class Oof:
    """The mailbox's OofSettings as the server keeps them."""

    state: str = "Disabled"
    external_audience: str = "All"
    start: str = "2026-11-23T00:00:00"
    end: str = "2026-11-24T00:00:00"
    internal: str = ""
    external: str = ""


@dataclass
class Mail:
    id: str
    subject: str
    sender_name: str
    sender_email: str
    received: datetime
    change_key: str = "CQAAABYAAAA"
    read: bool = False
    body: str = ""


@dataclass
class Fault:
    kind: str  # "status" | "busy" | "ews-error" | "slow" | "malformed"
    operation: str | None = None
    status: int = 500
    retry_after: str | None = None
    back_off_ms: int = 0
    code: str = ""
    text: str = ""


@dataclass
class Forwarded:
    reference_id: str
    subject: str
    to: list[str]
    body: str
    body_type: str


@dataclass
class Sent:
    """A new message from CreateItem: what it said, and where a copy was saved."""

    subject: str
    to: list[str]
    body: str
    body_type: str
    disposition: str
    saved_in: str


@dataclass
class InboxRule:
    """One inbox rule as the server keeps it: the ``t:Rule`` element (without its id)."""

    id: str
    element: ET.Element
    in_error: bool = False

    def text(self, path: str) -> str:
        return self.element.findtext(path, "", NS)

    @property
    def display_name(self) -> str:
        return self.text("t:DisplayName")

    @property
    def priority(self) -> int:
        return int(self.text("t:Priority") or "1")

    def addresses(self, path: str) -> list[str]:
        return [e.text or "" for e in self.element.findall(f"{path}/t:Address/t:EmailAddress", NS)]

    def strings(self, path: str) -> list[str]:
        return [e.text or "" for e in self.element.findall(f"{path}/t:String", NS)]


@dataclass
class ColleagueOof:
    """A colleague's own automatic reply, as their mail tip tells it (message "" = off)."""

    message: str = ""
    start: str | None = None
    end: str | None = None


@dataclass
class State:
    oof: Oof = field(default_factory=Oof)
    rules: list[InboxRule] = field(default_factory=list)
    #: The person's Outlook client-only rules, kept in the rule blob; RemoveOutlookRuleBlob
    #: true deletes them.
    outlook_rule_blob: bool = True
    colleagues: dict[str, ColleagueOof] = field(default_factory=dict)
    #: The MailTipsRequested of each GetMailTips.
    tips_requested: list[str] = field(default_factory=list)
    mail: list[Mail] = field(default_factory=list)
    #: The Calendar's items (fake_calendar).
    events: list[Appointment] = field(default_factory=list)
    forwarded: list[Forwarded] = field(default_factory=list)
    sent: list[Sent] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    #: Every SetUserOofSettings that took effect, as the server then held the settings.
    applied: list[Oof] = field(default_factory=list)
    faults: list[Fault] = field(default_factory=list)
    find_item_properties: list[list[str]] = field(default_factory=list)
    find_item_views: list[dict[str, str]] = field(default_factory=list)
    find_calendar_views: list[dict[str, str]] = field(default_factory=list)
    get_item_properties: list[list[str]] = field(default_factory=list)


class FakeEws(CalendarOps):
    """Run with ``with FakeEws() as ews:``; ``ews.url`` is the EWS endpoint."""

    def __init__(
        self,
        username: str = "CONTOSO\\ana",
        password: str = "Winter-2026!",
        token: str | None = None,
        mailbox: str = "ana@contoso.example",
        wrap_html: bool = True,
        port: int = 0,
    ) -> None:
        self.username = username
        self.password = password
        self.token = token
        self.mailbox = mailbox
        #: Exchange keeps an OOF message as a whole HTML document; so does the fake.
        self.wrap_html = wrap_html
        self.state = State()
        self.lock = threading.Lock()
        self.release = threading.Event()  # ends slow answers at shutdown
        self.server = ThreadingHTTPServer(("127.0.0.1", port), self._handler())
        self.server.daemon_threads = True
        self.thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    # --- lifecycle ------------------------------------------------------------------------

    def __enter__(self) -> FakeEws:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release.set()
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=5)

    @property
    def url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host!s}:{port}/EWS/Exchange.asmx"

    # --- what tests look at and change -----------------------------------------------------

    def count(self, operation: str) -> int:
        with self.lock:
            return self.state.requests.count(operation)

    def fail_next(self, fault: Fault, times: int = 1) -> None:
        with self.lock:
            self.state.faults.extend([fault] * times)

    def heal(self) -> None:
        with self.lock:
            self.state.faults.clear()

    def add_rule(self, xml: str, *, in_error: bool = False) -> InboxRule:
        """A rule the person made in Outlook: ``xml`` is a ``t:Rule`` without its id."""
        element = ET.fromstring(f'<t:Rule xmlns:t="{T}">{xml}</t:Rule>')
        with self.lock:
            rule = InboxRule(f"AQAAAAAAAAA{next(_rule_ids):04d}=", element, in_error)
            self._insert(rule)
            return rule

    def rule(self, name: str) -> InboxRule | None:
        with self.lock:
            return next((r for r in self.state.rules if r.display_name == name), None)

    def _insert(self, rule: InboxRule) -> None:
        """Exchange keeps priorities 1..n: a rule put at a taken priority moves the rest down."""
        others = sorted((r for r in self.state.rules if r.id != rule.id), key=lambda r: r.priority)
        at = min(max(rule.priority, 1), len(others) + 1)
        ordered = [*others[: at - 1], rule, *others[at - 1 :]]
        for number, each in enumerate(ordered, start=1):
            priority = each.element.find("t:Priority", NS)
            if priority is not None:
                priority.text = str(number)
        self.state.rules = ordered

    # --- the handler ----------------------------------------------------------------------

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:
                pass

            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
                if not fake._authorized(self.headers.get("Authorization", "")):
                    self._send(401, b"", {"WWW-Authenticate": 'Basic realm="mail"'}, "text/plain")
                    return
                try:
                    envelope = ET.fromstring(body)
                    operation = _operation(envelope)
                except (ET.ParseError, IndexError):
                    self._send(400, b"Bad Request", {}, "text/plain")
                    return
                violation = ews_schema.check(body, envelope)
                with fake.lock:
                    fake.state.requests.append(operation)
                    fault = None if violation else fake._take_fault(operation)
                if violation is not None:
                    # Exchange validates a request before anything else, with an HTTP 500.
                    self._send(500, _schema_fault(violation).encode(), {}, "text/xml")
                    return
                if fault is not None and self._inject(fault):
                    return
                error = fault if fault is not None and fault.kind == "ews-error" else None
                with fake.lock:
                    status, answer = fake._answer(operation, envelope, error)
                self._send(status, _envelope(answer).encode("utf-8"), {}, "text/xml")

            def _inject(self, fault: Fault) -> bool:
                if fault.kind == "slow":
                    fake.release.wait(timeout=30)
                    return False  # answers normally, long after the client gave up
                if fault.kind == "malformed":
                    page = b"<html><body>Service Unavailable: 'please wait</body"
                    self._send(200, page, {}, "text/xml; charset=utf-8")
                    return True
                if fault.kind == "status":
                    headers = {"Retry-After": fault.retry_after} if fault.retry_after else {}
                    page = f"<html><body>HTTP Error {fault.status}</body></html>".encode()
                    self._send(fault.status, page, headers, "text/html")
                    return True
                if fault.kind == "busy":
                    self._send(
                        500, _envelope(_busy_fault(fault.back_off_ms)).encode(), {}, "text/xml"
                    )
                    return True
                if fault.kind == "ews-error":
                    return False  # _answer turns it into an error response message
                raise AssertionError(fault.kind)

            def _send(
                self, status: int, body: bytes, headers: dict[str, str], content_type: str
            ) -> None:
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                for name, value in headers.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(body)

        return Handler

    def _authorized(self, header: str) -> bool:
        if self.token is not None:
            return header == f"Bearer {self.token}"
        expected = f"{self.username}:{self.password}".encode()
        return header == "Basic " + base64.b64encode(expected).decode()

    def _take_fault(self, operation: str) -> Fault | None:
        for index, fault in enumerate(self.state.faults):
            if fault.operation in (None, operation):
                del self.state.faults[index]
                return fault
        return None

    # --- operations -----------------------------------------------------------------------

    def _answer(self, operation: str, envelope: ET.Element, error: Fault | None) -> tuple[int, str]:
        body = envelope.find("s:Body", NS)
        assert body is not None
        request = body[0]
        if operation == "ConvertId":
            # exchangelib probes the version with a dummy id; Exchange says it is malformed.
            return 200, _messages(
                "ConvertId",
                _error_message("ConvertId", "ErrorInvalidIdMalformed", "Id is malformed."),
            )
        if error is not None:
            if operation in ("GetUserOofSettings", "SetUserOofSettings"):
                return 200, _oof_response(operation, _status(error.code, error.text), "")
            return 200, _messages(operation, _error_message(operation, error.code, error.text))
        handler = getattr(self, f"_op_{operation}", None)
        if handler is None:
            code = "ErrorInvalidOperation"
            return 200, _messages(operation, _error_message(operation, code, f"{operation}?"))
        result: str = handler(request)
        return 200, result

    def _no_mailbox(self, operation: str, request: ET.Element) -> str | None:
        mailbox = request.findtext("t:Mailbox/t:Address", "", NS)
        if mailbox.lower() == self.mailbox.lower():
            return None
        text = "The SMTP address has no mailbox associated with it."
        return _oof_response(operation, _status("ErrorNonExistentMailbox", text), "")

    def _op_GetUserOofSettings(self, request: ET.Element) -> str:
        refused = self._no_mailbox("GetUserOofSettings", request)
        if refused:
            return refused
        oof = self.state.oof
        settings = (
            f'<OofSettings xmlns="{T}">'
            f"<OofState>{oof.state}</OofState>"
            f"<ExternalAudience>{oof.external_audience}</ExternalAudience>"
            f"<Duration><StartTime>{oof.start}</StartTime><EndTime>{oof.end}</EndTime></Duration>"
            f"<InternalReply><Message>{escape(oof.internal)}</Message></InternalReply>"
            f"<ExternalReply><Message>{escape(oof.external)}</Message></ExternalReply>"
            "</OofSettings><AllowExternalOof>All</AllowExternalOof>"
        )
        return _oof_response("GetUserOofSettings", _status("NoError", ""), settings)

    def _op_SetUserOofSettings(self, request: ET.Element) -> str:
        refused = self._no_mailbox("SetUserOofSettings", request)
        if refused:
            return refused
        settings = request.find("t:UserOofSettings", NS)
        assert settings is not None
        oof = self.state.oof
        # The schema has already made sure both are there and hold one of their values.
        state = settings.findtext("t:OofState", "", NS)
        audience = settings.findtext("t:ExternalAudience", "", NS)
        start = settings.findtext("t:Duration/t:StartTime", None, NS)
        end = settings.findtext("t:Duration/t:EndTime", None, NS)
        if state == "Scheduled":
            if not start or not end or _parse(start) >= _parse(end):
                # "The end time is not greater than the start time" (EWS ResponseCode page).
                status = _status(
                    "ErrorInvalidScheduledOofDuration",
                    "The scheduled duration for sending automatic replies isn't valid.",
                )
                return _oof_response("SetUserOofSettings", status, "")
            # The server keeps UTC and answers without a zone, as the published examples show.
            oof.start, oof.end = _utc_text(start), _utc_text(end)
        oof.state = state
        oof.external_audience = audience
        if state != "Disabled":
            # A reply left out of the request (both are optional) stays as it was.
            for name, attribute in (("InternalReply", "internal"), ("ExternalReply", "external")):
                element = settings.find(f"t:{name}", NS)
                if element is not None:
                    message = element.findtext("t:Message", "", NS)
                    setattr(oof, attribute, self._kept(message))
        self.state.applied.append(replace(oof))
        return _oof_response("SetUserOofSettings", _status("NoError", ""), "")

    def _kept(self, message: str) -> str:
        if not self.wrap_html:
            return message
        return (
            '<html>\r\n<head>\r\n<meta http-equiv="Content-Type" content="text/html; '
            'charset=utf-8">\r\n</head>\r\n<body>\r\n' + message + "\r\n</body>\r\n</html>\r\n"
        )

    def _op_GetFolder(self, request: ET.Element) -> str:
        folders = ""
        for folder_id in request.findall("m:FolderIds/t:DistinguishedFolderId", NS):
            name = folder_id.get("Id", "")
            if name not in FOLDERS:
                return _messages(
                    "GetFolder",
                    _error_message("GetFolder", "ErrorFolderNotFound", "The folder was not found."),
                )
            calendar = name == "calendar"
            kind, klass = (
                ("CalendarFolder", "IPF.Appointment") if calendar else ("Folder", "IPF.Note")
            )
            count = len(self.state.events if calendar else self.state.mail)
            unread = "" if calendar else "<t:UnreadCount>0</t:UnreadCount>"
            folders += _success(
                "GetFolder",
                f"<m:Folders><t:{kind}>"
                f'<t:FolderId Id="folder-{name}" ChangeKey="AQAAAA=="/>'
                '<t:ParentFolderId Id="folder-root" ChangeKey="AQAAAA=="/>'
                f"<t:FolderClass>{klass}</t:FolderClass>"
                f"<t:DisplayName>{FOLDERS[name]}</t:DisplayName>"
                f"<t:TotalCount>{count}</t:TotalCount>"
                f"<t:ChildFolderCount>0</t:ChildFolderCount>{unread}"
                f"</t:{kind}></m:Folders>",
            )
        return _wrap_messages("GetFolder", folders)

    def _op_FindItem(self, request: ET.Element) -> str:
        asked = [
            uri.get("FieldURI", "")
            for uri in request.findall("m:ItemShape/t:AdditionalProperties/t:FieldURI", NS)
        ]
        self.state.find_item_properties.append(asked)
        parent = request.find("m:ParentFolderIds/*", NS)
        if parent is not None and parent.get("Id") in ("calendar", "folder-calendar"):
            return self._find_calendar_items(request)
        view = request.find("m:IndexedPageItemView", NS)
        offset = int(view.get("Offset", "0")) if view is not None else 0
        maximum = int(view.get("MaxEntriesReturned", "1000")) if view is not None else 1000
        self.state.find_item_views.append(dict(view.attrib) if view is not None else {})
        found = list(self.state.mail)
        restriction = request.find("m:Restriction", NS)
        if restriction is not None and len(restriction):
            try:
                found = [m for m in found if _matches(restriction[0], m)]
            except _Unsupported:
                return _messages(
                    "FindItem",
                    _error_message(
                        "FindItem", "ErrorUnsupportedQueryFilter", "Unsupported filter."
                    ),
                )
        order = request.find("m:SortOrder/t:FieldOrder", NS)
        if order is not None:
            descending = order.get("Order") == "Descending"
            found.sort(key=lambda m: m.received, reverse=descending)
        page = found[offset : offset + maximum]
        items = "".join(_message_xml(m, asked) for m in page)
        last = "true" if offset + len(page) >= len(found) else "false"
        root = (
            f'<m:RootFolder IndexedPagingOffset="{offset + len(page)}" '
            f'TotalItemsInView="{len(found)}" IncludesLastItemInRange="{last}">'
            f"<t:Items>{items}</t:Items></m:RootFolder>"
        )
        return _messages("FindItem", _success("FindItem", root))

    def _op_GetItem(self, request: ET.Element) -> str:
        asked = [
            uri.get("FieldURI", "")
            for uri in request.findall("m:ItemShape/t:AdditionalProperties/t:FieldURI", NS)
        ]
        self.state.get_item_properties.append(asked)
        parts = ""
        for item_id in request.findall("m:ItemIds/t:ItemId", NS):
            if self._event(item_id.get("Id", "")) is not None:
                parts += self._get_calendar_item(item_id.get("Id", ""), _extended(request, asked))
                continue
            mail = self._mail(item_id.get("Id", ""))
            if mail is None:
                parts += _error_message(
                    "GetItem",
                    "ErrorItemNotFound",
                    "The specified object was not found in the store., "
                    "The process failed to get the correct properties.",
                )
            else:
                parts += _success("GetItem", f"<m:Items>{_message_xml(mail, asked)}</m:Items>")
        return _wrap_messages("GetItem", parts)

    def _op_CreateItem(self, request: ET.Element) -> str:
        forward = request.find("m:Items/t:ForwardItem", NS)
        message = request.find("m:Items/t:Message", NS)
        calendar_item = request.find("m:Items/t:CalendarItem", NS)
        if calendar_item is not None:
            return self._create_calendar_item(request, calendar_item)
        if forward is None and message is not None:
            return self._send(request, message)
        if forward is None:
            return _messages(
                "CreateItem",
                _error_message("CreateItem", "ErrorInvalidOperation", "Only forwarding here."),
            )
        reference = forward.find("t:ReferenceItemId", NS)
        ref_id = reference.get("Id", "") if reference is not None else ""
        mail = self._mail(ref_id)
        if mail is None or (
            reference is not None and reference.get("ChangeKey") != mail.change_key
        ):
            return _messages(
                "CreateItem",
                _error_message(
                    "CreateItem",
                    "ErrorItemNotFound",
                    "The specified object was not found in the store.",
                ),
            )
        body = forward.find("t:NewBodyContent", NS)
        self.state.forwarded.append(
            Forwarded(
                reference_id=ref_id,
                subject=forward.findtext("t:Subject", "", NS),
                to=[
                    e.text or ""
                    for e in forward.findall("t:ToRecipients/t:Mailbox/t:EmailAddress", NS)
                ],
                body=body.text or "" if body is not None else "",
                body_type=body.get("BodyType", "") if body is not None else "",
            )
        )
        return _messages("CreateItem", _success("CreateItem", "<m:Items/>"))

    def _send(self, request: ET.Element, message: ET.Element) -> str:
        saved = request.find("m:SavedItemFolderId/t:FolderId", NS)
        if saved is None:  # a distinguished folder may be named rather than given by id
            saved = request.find("m:SavedItemFolderId/t:DistinguishedFolderId", NS)
        body = message.find("t:Body", NS)
        self.state.sent.append(
            Sent(
                subject=message.findtext("t:Subject", "", NS),
                to=[
                    e.text or ""
                    for e in message.findall("t:ToRecipients/t:Mailbox/t:EmailAddress", NS)
                ],
                body=body.text or "" if body is not None else "",
                body_type=body.get("BodyType", "") if body is not None else "",
                disposition=request.get("MessageDisposition", ""),
                saved_in=saved.get("Id", "") if saved is not None else "",
            )
        )
        return _messages("CreateItem", _success("CreateItem", "<m:Items/>"))

    # --- inbox rules --------------------------------------------------------------------

    def _op_GetInboxRules(self, request: ET.Element) -> str:
        mailbox = request.findtext("m:MailboxSmtpAddress", self.mailbox, NS)
        if mailbox.lower() != self.mailbox.lower():
            return _rules_response(
                "GetInboxRules",
                "ErrorNonExistentMailbox",
                "The SMTP address has no mailbox associated with it.",
            )
        rules = "".join(_rule_xml(r) for r in self.state.rules)
        blob = "true" if self.state.outlook_rule_blob else "false"
        content = f"<m:OutlookRuleBlobExists>{blob}</m:OutlookRuleBlobExists>"
        if rules:
            content += f"<m:InboxRules>{rules}</m:InboxRules>"
        return _rules_response("GetInboxRules", "NoError", "", content)

    def _op_UpdateInboxRules(self, request: ET.Element) -> str:
        operations = request.find("m:Operations", NS)
        assert operations is not None  # the schema saw to it
        changed = list(self.state.rules)
        for index, operation in enumerate(operations):
            name = operation.tag.rpartition("}")[2]
            rule = operation.find("t:Rule", NS)
            rule_id = (
                operation.findtext("t:RuleId", "", NS)
                if rule is None
                else rule.findtext("t:RuleId", "", NS)
            )
            if name != "CreateRuleOperation" and not any(r.id == rule_id for r in changed):
                self.state.rules = changed  # nothing of this request is kept
                return _rule_not_found(index, rule_id)
            if name == "DeleteRuleOperation":
                changed = [r for r in changed if r.id != rule_id]
                continue
            assert rule is not None
            stored = _as_kept(rule)
            new_id = rule_id or f"AQAAAAAAAAA{next(_rule_ids):04d}="
            changed = [r for r in changed if r.id != new_id]
            self.state.rules = changed
            self._insert(InboxRule(new_id, stored))
            changed = list(self.state.rules)
        self.state.rules = changed
        if request.findtext("m:RemoveOutlookRuleBlob", "", NS) in ("true", "1"):
            self.state.outlook_rule_blob = False
        return _rules_response("UpdateInboxRules", "NoError", "")

    # --- mail tips -----------------------------------------------------------------------

    def _op_GetMailTips(self, request: ET.Element) -> str:
        sender = request.findtext("m:SendingAs/t:EmailAddress", "", NS)
        requested = request.findtext("m:MailTipsRequested", "", NS)
        self.state.tips_requested.append(requested)
        if sender.lower() != self.mailbox.lower():
            text = "The SendingAs address is not the mailbox's own."
            return _mail_tips_response(
                _error_message("MailTipsResponseMessageType", "ErrorSendAsDenied", text)
            )
        parts = ""
        for address in request.findall("m:Recipients/t:Mailbox/t:EmailAddress", NS):
            email = address.text or ""
            oof = self.state.colleagues.get(email.lower(), ColleagueOof())
            wanted = {"All", "OutOfOfficeMessage"} & set(requested.split())
            parts += _mail_tip(email, oof if wanted else None)
        return _mail_tips_response(parts)

    def _mail(self, item_id: str) -> Mail | None:
        return next((m for m in self.state.mail if m.id == item_id), None)


_ids = itertools.count(1)
_rule_ids = itertools.count(1)


class _Unsupported(Exception):
    """A restriction the fake (like a store that cannot run it) does not evaluate."""


#: What a restriction may compare, per FieldURI: the message's value.
_FIELDS = {
    "item:DateTimeReceived": lambda m: m.received,
    "item:Subject": lambda m: m.subject,
    "item:Body": lambda m: m.body,
}
_ORDER = {
    "IsGreaterThan": lambda a, b: a > b,
    "IsGreaterThanOrEqualTo": lambda a, b: a >= b,
    "IsLessThan": lambda a, b: a < b,
    "IsLessThanOrEqualTo": lambda a, b: a <= b,
    "IsEqualTo": lambda a, b: a == b,
}


def _matches(expression: ET.Element, mail: Mail) -> bool:
    """Whether ``mail`` fits a restriction: And/Or, the comparisons of DateTimeReceived, and
    Contains on the subject or the body with its containment mode and comparison (as the
    EWS reference describes them)."""
    name = expression.tag.rpartition("}")[2]
    if name in ("And", "Or"):
        found = [_matches(child, mail) for child in expression]
        return all(found) if name == "And" else any(found)
    uri = expression.find("t:FieldURI", NS)
    field_uri = uri.get("FieldURI", "") if uri is not None else ""
    if field_uri not in _FIELDS:
        raise _Unsupported(field_uri)
    value = _FIELDS[field_uri](mail)
    if name in _ORDER and field_uri == "item:DateTimeReceived":
        constant = expression.find("t:FieldURIOrConstant/t:Constant", NS)
        if constant is None:
            raise _Unsupported(name)
        return bool(_ORDER[name](value, _parse(constant.get("Value", ""))))
    constant = expression.find("t:Constant", NS)
    if name != "Contains" or constant is None or not isinstance(value, str):
        raise _Unsupported(name)
    return _contains(expression, value, constant.get("Value", ""))


def _contains(expression: ET.Element, text: str, wanted: str) -> bool:
    comparison = expression.get("ContainmentComparison", "Exact")
    if "IgnoreCase" in comparison or comparison.startswith("Loose"):
        text, wanted = text.lower(), wanted.lower()
    mode = expression.get("ContainmentMode", "FullString")
    if mode == "FullString":
        return text == wanted
    if mode == "Prefixed":
        return text.startswith(wanted)
    if mode in ("PrefixOnWords", "ExactPhrase"):
        return any(word.startswith(wanted) for word in text.split()) or wanted in text.split()
    return wanted in text  # Substring


def mail(subject: str, sender: str, received: datetime, name: str = "") -> Mail:
    number = next(_ids)
    return Mail(f"AAMkAD{number:06d}=", subject, name, sender, received)


# --- XML helpers -----------------------------------------------------------------------------


def _operation(envelope: ET.Element) -> str:
    body = envelope.find("s:Body", NS)
    assert body is not None
    name = body[0].tag.rsplit("}", 1)[-1]
    # The OOF operations name their element after the request (GetUserOofSettingsRequest).
    return name.removesuffix("Request")


def _envelope(body: str) -> str:
    return (
        '<?xml version="1.0" encoding="utf-8"?>'
        f'<s:Envelope xmlns:s="{SOAP}"><s:Header>{VERSION_HEADER}</s:Header>'
        f'<s:Body xmlns:m="{M}" xmlns:t="{T}">{body}</s:Body></s:Envelope>'
    )


def _status(code: str, text: str) -> str:
    klass = "Success" if code == "NoError" else "Error"
    message = f"<MessageText>{escape(text)}</MessageText>" if text else ""
    return (
        f'<ResponseMessage ResponseClass="{klass}">{message}'
        f"<ResponseCode>{code}</ResponseCode></ResponseMessage>"
    )


def _oof_response(operation: str, status: str, settings: str) -> str:
    return f'<{operation}Response xmlns="{M}">{status}{settings}</{operation}Response>'


def _success(operation: str, content: str) -> str:
    return (
        f'<m:{operation}ResponseMessage ResponseClass="Success">'
        f"<m:ResponseCode>NoError</m:ResponseCode>{content}</m:{operation}ResponseMessage>"
    )


def _error_message(operation: str, code: str, text: str) -> str:
    return (
        f'<m:{operation}ResponseMessage ResponseClass="Error">'
        f"<m:MessageText>{escape(text)}</m:MessageText><m:ResponseCode>{code}</m:ResponseCode>"
        f"<m:DescriptiveLinkKey>0</m:DescriptiveLinkKey></m:{operation}ResponseMessage>"
    )


def _wrap_messages(operation: str, parts: str) -> str:
    return (
        f"<m:{operation}Response><m:ResponseMessages>{parts}</m:ResponseMessages>"
        f"</m:{operation}Response>"
    )


def _messages(operation: str, part: str) -> str:
    return _wrap_messages(operation, part)


def _schema_fault(violation: ews_schema.Violation) -> str:
    """ErrorSchemaValidation as Exchange answers it (the EWS reference's example, verbatim
    in shape): a SOAP fault whose detail carries the ResponseCode and where and what failed."""
    text = escape(violation.text)
    errors = "http://schemas.microsoft.com/exchange/services/2006/errors"
    return (
        '<?xml version="1.0" encoding="utf-8"?>'
        f'<s:Envelope xmlns:s="{SOAP}"><s:Body><s:Fault>'
        f'<faultcode xmlns:a="{T}">a:ErrorSchemaValidation</faultcode>'
        f'<faultstring xml:lang="en-US">The request failed schema validation: {text}</faultstring>'
        f'<detail><e:ResponseCode xmlns:e="{errors}">ErrorSchemaValidation</e:ResponseCode>'
        f'<e:Message xmlns:e="{errors}">The request failed schema validation.</e:Message>'
        f'<t:MessageXml xmlns:t="{T}"><t:LineNumber>{violation.line}</t:LineNumber>'
        f"<t:LinePosition>{violation.position}</t:LinePosition>"
        f"<t:Violation>{text}</t:Violation></t:MessageXml>"
        "</detail></s:Fault></s:Body></s:Envelope>"
    )


def _busy_fault(back_off_ms: int) -> str:
    # The SOAP fault of a throttled request, as "EWS throttling in Exchange" describes it.
    return (
        '<s:Fault><faultcode xmlns:a="http://schemas.microsoft.com/exchange/services/2006/types">'
        "a:ErrorServerBusy</faultcode>"
        '<faultstring xml:lang="en-US">The server cannot service this request right now. '
        "Try again later.</faultstring><detail>"
        f'<e:ResponseCode xmlns:e="http://schemas.microsoft.com/exchange/services/2006/errors">'
        "ErrorServerBusy</e:ResponseCode>"
        f'<e:Message xmlns:e="http://schemas.microsoft.com/exchange/services/2006/errors">'
        "The server cannot service this request right now. Try again later.</e:Message>"
        f'<t:MessageXml xmlns:t="{T}"><t:Value Name="BackOffMilliseconds">{back_off_ms}</t:Value>'
        "</t:MessageXml></detail></s:Fault>"
    )


_NOT_BOOLEAN = frozenset({"Priority", "String", "MinimumSize", "MaximumSize", "RuleId"})


def _as_kept(rule: ET.Element) -> ET.Element:
    """A rule as Exchange keeps it: without the id the request may carry, and booleans as
    typed values (a request's "1" is answered "true")."""
    stored = ET.fromstring(ET.tostring(rule))
    for child in stored.findall("t:RuleId", NS):
        stored.remove(child)
    for element in stored.iter():
        name = element.tag.rpartition("}")[2]
        if len(element) == 0 and name not in _NOT_BOOLEAN and element.text in ("1", "0"):
            element.text = "true" if element.text == "1" else "false"
    return stored


def _rules_response(operation: str, code: str, text: str, content: str = "") -> str:
    """The inbox rule operations answer in one response message of their own (no
    ResponseMessages), as the UpdateInboxRules and GetInboxRules references show."""
    klass = "Success" if code == "NoError" else "Error"
    message = f"<m:MessageText>{escape(text)}</m:MessageText>" if text else ""
    return (
        f'<m:{operation}Response ResponseClass="{klass}">{message}'
        f"<m:ResponseCode>{code}</m:ResponseCode>{content}</m:{operation}Response>"
    )


def _rule_xml(rule: InboxRule) -> str:
    """A kept rule as GetInboxRules answers it: its id first, IsInError when it is."""
    element = ET.fromstring(ET.tostring(rule.element))
    rule_id = ET.Element(f"{{{T}}}RuleId")
    rule_id.text = rule.id
    element.insert(0, rule_id)
    if rule.in_error:
        flag = ET.Element(f"{{{T}}}IsInError")
        flag.text = "true"
        enabled = element.find("t:IsEnabled", NS)
        position = list(element).index(enabled) + 1 if enabled is not None else 4
        element.insert(position, flag)
    return ET.tostring(element, encoding="unicode")


def _rule_not_found(index: int, rule_id: str) -> str:
    """ErrorInboxRulesValidationError with the operation's RuleNotFound, as Exchange answers."""
    errors = (
        "<m:RuleOperationErrors><t:RuleOperationError>"
        f"<t:OperationIndex>{index}</t:OperationIndex><t:ValidationErrors><t:Error>"
        "<t:FieldURI>RuleId</t:FieldURI><t:ErrorCode>RuleNotFound</t:ErrorCode>"
        "<t:ErrorMessage>The rule wasn't found.</t:ErrorMessage>"
        f"<t:FieldValue>{escape(rule_id)}</t:FieldValue>"
        "</t:Error></t:ValidationErrors></t:RuleOperationError></m:RuleOperationErrors>"
    )
    return (
        '<m:UpdateInboxRulesResponse ResponseClass="Error">'
        "<m:MessageText>Validation error(s) occurred.</m:MessageText>"
        "<m:ResponseCode>ErrorInboxRulesValidationError</m:ResponseCode>"
        f"<m:DescriptiveLinkKey>0</m:DescriptiveLinkKey>{errors}</m:UpdateInboxRulesResponse>"
    )


def _mail_tips_response(parts: str) -> str:
    return (
        '<m:GetMailTipsResponse ResponseClass="Success"><m:ResponseCode>NoError</m:ResponseCode>'
        f"<m:ResponseMessages>{parts}</m:ResponseMessages></m:GetMailTipsResponse>"
    )


def _mail_tip(email: str, oof: ColleagueOof | None) -> str:
    """One recipient's mail tips (the GetMailTips reference's response): the reply's text,
    empty when their automatic reply is off, and its duration when it is scheduled."""
    tips = (
        "<t:RecipientAddress><t:Name/>"
        f"<t:EmailAddress>{escape(email)}</t:EmailAddress><t:RoutingType>SMTP</t:RoutingType>"
        "</t:RecipientAddress><t:PendingMailTips/>"
    )
    if oof is not None:
        message = f"<t:Message>{escape(oof.message)}</t:Message>" if oof.message else "<t:Message/>"
        duration = ""
        if oof.message and oof.start and oof.end:
            duration = (
                f"<t:Duration><t:StartTime>{oof.start}</t:StartTime>"
                f"<t:EndTime>{oof.end}</t:EndTime></t:Duration>"
            )
        tips += f"<t:OutOfOffice><t:ReplyBody>{message}</t:ReplyBody>{duration}</t:OutOfOffice>"
    return (
        '<m:MailTipsResponseMessageType ResponseClass="Success">'
        f"<m:ResponseCode>NoError</m:ResponseCode><m:MailTips>{tips}</m:MailTips>"
        "</m:MailTipsResponseMessageType>"
    )


def _message_xml(mail: Mail, asked: list[str]) -> str:
    parts = [f"<t:ItemId Id={quoteattr(mail.id)} ChangeKey={quoteattr(mail.change_key)}/>"]
    if "item:Subject" in asked:
        parts.append(f"<t:Subject>{escape(mail.subject)}</t:Subject>")
    if "item:DateTimeReceived" in asked:
        parts.append(f"<t:DateTimeReceived>{_z(mail.received)}</t:DateTimeReceived>")
    if "message:Sender" in asked:
        parts.append(
            "<t:Sender><t:Mailbox>"
            f"<t:Name>{escape(mail.sender_name)}</t:Name>"
            f"<t:EmailAddress>{escape(mail.sender_email)}</t:EmailAddress>"
            "<t:RoutingType>SMTP</t:RoutingType></t:Mailbox></t:Sender>"
        )
    if "item:WebClientReadFormQueryString" in asked:
        link = f"https://mail.contoso.example/owa/?ItemID={mail.id}&exvsurl=1&viewmodel=ReadMessageItem"
        parts.append(
            f"<t:WebClientReadFormQueryString>{escape(link)}</t:WebClientReadFormQueryString>"
        )
    if "message:IsRead" in asked:
        parts.append(f"<t:IsRead>{'true' if mail.read else 'false'}</t:IsRead>")
    return "<t:Message>" + "".join(parts) + "</t:Message>"


def _extended(request: ET.Element, asked: list[str]) -> list[Any]:
    """The FieldURIs asked for and the extended properties (as keys) beside them."""
    from tests.providers.exchange.fake_calendar import _asked

    return [*asked, *(k for k in _asked(request) if isinstance(k, tuple))]


def _parse(text: str) -> datetime:
    moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _utc_text(text: str) -> str:
    return _parse(text).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S")


def _z(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def http_date(moment: datetime) -> str:
    return format_datetime(moment.astimezone(UTC), usegmt=True)
