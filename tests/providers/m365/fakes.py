"""Loopback stand-ins for Microsoft's services, shaped after their published documents.

- ``FakeIdentity``: the Microsoft identity platform v2.0 endpoints MSAL talks to, over HTTPS
  (MSAL accepts only https authorities): OpenID discovery
  (``/{tenant}/v2.0/.well-known/openid-configuration``), the device authorization endpoint
  (``/oauth2/v2.0/devicecode``) and the token endpoint (``/oauth2/v2.0/token``) with the
  authorization_code (PKCE), device_code and refresh_token grants. ``approve`` plays the
  person in the browser: it answers the auth request with a form_post to the redirect URI.
- ``FakeGraph``: Microsoft Graph v1.0 ``/me/mailboxSettings`` (GET, PATCH of
  automaticRepliesSetting), ``/me/mailFolders/inbox/messages`` (``$filter`` on
  receivedDateTime, ``$top``, ``@odata.nextLink``; or ``$search``, alone, as Graph takes it:
  ``search_messages``), ``/me/messages/{id}/forward``,
  ``/me/sendMail``, the inbox's ``messageRules`` (list, create, update, delete; bodies held
  to the published messageRule type, ``hasError`` kept per rule) and ``/me/getMailTips``
  (automaticReplies), the calendar's ``/me/events`` (list by Boundary's extended
  property, create, update, delete; bodies held to the published event type), and
  ``/me/presence`` (GET; the actions setStatusMessage, setUserPreferredPresence and
  clearUserPreferredPresence, bodies held to their declared parameters by ``graph_schema``):
  the status message with its expiry, the preferred presence outranking the Teams session,
  Offline while Teams is signed in nowhere, and a personal account's refusal. It
  accepts only access tokens the identity fake issued and not yet revoked, keeps the reply
  messages as Exchange does (wrapped in an HTML document) and answers times in UTC with seven
  fractional digits. A PATCH is held to Graph's published v1.0 metadata (``graph_schema``):
  an undeclared property, a value outside its enum, a malformed dateTimeTimeZone or an
  unknown time zone is answered 400 in Graph's error shape, as is a scheduled period whose
  end is not after its start (ErrorInvalidScheduledOofDuration). ``faults`` are served one
  per request before anything else.

Both run in a daemon thread inside the test process on 127.0.0.1, port 0.
"""

from __future__ import annotations

import base64
import hashlib
import itertools
import json
import ssl
import threading
import urllib.request
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from html import escape as html_escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

from tests.providers.m365 import graph_schema

TENANT_ID = "9188040d-6c67-4c5b-b112-36a304b66dad"
USER_ID = "00000000-0000-0000-66f3-3332eca7ea81"
CLIENT_ID = "4a1aa1d5-c567-49d0-ad0b-cd957a47f842"


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


class _Server(ThreadingHTTPServer):
    daemon_threads = True


@contextmanager
def serve(
    handler: type[BaseHTTPRequestHandler], tls: ssl.SSLContext | None = None
) -> Iterator[str]:
    server = _Server(("127.0.0.1", 0), handler)
    if tls is not None:
        server.socket = tls.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.daemon = True
    thread.start()
    scheme = "https" if tls else "http"
    try:
        yield f"{scheme}://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def body(self) -> bytes:
        return self.rfile.read(int(self.headers.get("Content-Length") or 0))

    def reply(
        self, status: int, payload: Any = None, *, raw: bytes | None = None, **headers: str
    ) -> None:
        data = raw if raw is not None else b"" if payload is None else json.dumps(payload).encode()
        self.send_response(status)
        if data:
            self.send_header("Content-Type", "application/json")
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), value)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


# --- the identity platform ------------------------------------------------------------------


@dataclass
class FakeIdentity:
    username: str = "ana@contoso.com"
    base: str = ""
    #: Access tokens Graph accepts; refresh tokens the token endpoint accepts.
    access_tokens: set[str] = field(default_factory=set)
    refresh_tokens: set[str] = field(default_factory=set)
    #: How many times the device-code poll answers authorization_pending first.
    pending_polls: int = 1
    device_approved: bool = True
    interval: int = 0
    grants: list[str] = field(default_factory=list)
    #: The scope of each token request (a sign-in's as its authorization asked), in order.
    scopes_asked: list[str] = field(default_factory=list)
    device_scope: str = ""
    codes: dict[str, dict[str, str]] = field(default_factory=dict)
    _counter: Iterator[int] = field(default_factory=itertools.count)

    def issued(self, scope: str, nonce: str | None = None) -> dict[str, Any]:
        n = next(self._counter)
        access, refresh = f"access-{n}", f"refresh-{n}"
        self.access_tokens.add(access)
        self.refresh_tokens.add(refresh)
        claims = {
            "aud": CLIENT_ID,
            "iss": f"{self.base}/{TENANT_ID}/v2.0",
            "iat": 1_700_000_000,
            "nbf": 1_700_000_000,
            "exp": 4_000_000_000,
            "name": "Ana Silva",
            "oid": USER_ID,
            "preferred_username": self.username,
            "sub": "sub-ana",
            "tid": TENANT_ID,
            "ver": "2.0",
        }
        if nonce is not None:  # the auth request's nonce comes back in the ID token
            claims["nonce"] = nonce
        header = _b64(json.dumps({"alg": "none", "typ": "JWT"}).encode())
        id_token = f"{header}.{_b64(json.dumps(claims).encode())}.sig"
        client_info = _b64(json.dumps({"uid": USER_ID, "utid": TENANT_ID}).encode())
        return {
            "token_type": "Bearer",
            # The scopes granted: those asked for, without the OpenID ones (as Entra answers).
            "scope": " ".join(
                s for s in scope.split() if s not in ("openid", "profile", "offline_access")
            ),
            "expires_in": 3599,
            "ext_expires_in": 3599,
            "access_token": access,
            "refresh_token": refresh,
            "id_token": id_token,
            "client_info": client_info,
        }

    def revoke_access(self) -> None:
        """The access tokens expire early (Graph answers 401); refresh tokens still work."""
        self.access_tokens.clear()

    def revoke_all(self) -> None:
        self.access_tokens.clear()
        self.refresh_tokens.clear()

    def approve(self, auth_uri: str) -> None:
        """The person signs in in the browser: the page posts the code to the redirect URI."""
        query = {k: v[0] for k, v in parse_qs(urlsplit(auth_uri).query).items()}
        assert query["response_mode"] == "form_post"
        assert query["code_challenge_method"] == "S256"
        code = f"code-{next(self._counter)}"
        self.codes[code] = query
        form = urlencode({"code": code, "state": query["state"]}).encode()
        redirect = urlsplit(query["redirect_uri"])
        # The browser reaches "localhost"; the app listens on 127.0.0.1 (RFC 8252 loopback).
        url = f"http://127.0.0.1:{redirect.port}{redirect.path or '/'}"
        request = urllib.request.Request(url, data=form, method="POST")
        request.add_header("Content-Type", "application/x-www-form-urlencoded")
        with urllib.request.urlopen(request, timeout=5) as answer:
            answer.read()

    def handler(self) -> type[BaseHTTPRequestHandler]:
        idp = self

        class Handler(_Handler):
            def do_GET(self) -> None:
                path = urlsplit(self.path).path
                tenant = path.strip("/").split("/")[0]
                if tenant not in ("organizations", "common", TENANT_ID, "contoso.com"):
                    self.reply(
                        400,
                        {
                            "error": "invalid_tenant",
                            "error_description": f"AADSTS90002: Tenant '{tenant}' not found.",
                        },
                    )
                elif path.endswith("/v2.0/.well-known/openid-configuration"):
                    root = f"{idp.base}/{tenant}/oauth2/v2.0"
                    self.reply(
                        200,
                        {
                            "authorization_endpoint": f"{root}/authorize",
                            "token_endpoint": f"{root}/token",
                            "device_authorization_endpoint": f"{root}/devicecode",
                            "issuer": f"{idp.base}/{TENANT_ID}/v2.0",
                            "response_modes_supported": ["query", "fragment", "form_post"],
                        },
                    )
                else:
                    self.reply(404, {"error": "not_found"})

            def do_POST(self) -> None:
                form = {k: v[0] for k, v in parse_qs(self.body().decode()).items()}
                path = urlsplit(self.path).path
                if form.get("client_id") != CLIENT_ID:
                    self.reply(
                        400,
                        {
                            "error": "unauthorized_client",
                            "error_description": "AADSTS700016: Application with identifier "
                            f"'{form.get('client_id')}' was not found in the directory.",
                        },
                    )
                elif path.endswith("/oauth2/v2.0/devicecode"):
                    idp.device_scope = form.get("scope", "")
                    self.reply(
                        200,
                        {
                            "device_code": "device-123",
                            "user_code": "FAKE-CODE",
                            "verification_uri": "https://microsoft.com/devicelogin",
                            "expires_in": 900,
                            "interval": idp.interval,
                            "message": "To sign in, use a web browser ...",
                        },
                    )
                elif path.endswith("/oauth2/v2.0/token"):
                    self.token(form)
                else:
                    self.reply(404, {"error": "not_found"})

            def token(self, form: dict[str, str]) -> None:
                grant = form.get("grant_type", "")
                idp.grants.append(grant)
                if grant == "authorization_code":
                    asked_for = idp.codes.get(form.get("code", ""), {})
                    idp.scopes_asked.append(asked_for.get("scope", ""))
                else:
                    idp.scopes_asked.append(form.get("scope") or idp.device_scope)
                if form.get("client_id") != CLIENT_ID:
                    self.reply(400, {"error": "unauthorized_client"})
                elif grant == "urn:ietf:params:oauth:grant-type:device_code":
                    if idp.pending_polls > 0 or not idp.device_approved:
                        idp.pending_polls -= 1
                        self.reply(400, {"error": "authorization_pending"})
                    else:
                        self.reply(200, idp.issued(form.get("scope") or idp.device_scope))
                elif grant == "authorization_code":
                    asked = idp.codes.pop(form.get("code", ""), None)
                    verifier = form.get("code_verifier", "")
                    challenge = _b64(hashlib.sha256(verifier.encode()).digest())
                    if (
                        asked is None
                        or asked["code_challenge"] != challenge
                        or asked["redirect_uri"] != form.get("redirect_uri")
                    ):
                        self.reply(400, {"error": "invalid_grant"})
                    else:
                        self.reply(200, idp.issued(asked["scope"], asked.get("nonce")))
                elif grant == "refresh_token":
                    if form.get("refresh_token") in idp.refresh_tokens:
                        idp.refresh_tokens.discard(form["refresh_token"])
                        self.reply(200, idp.issued(form.get("scope", "")))
                    else:
                        self.reply(
                            400,
                            {
                                "error": "invalid_grant",
                                "error_description": "AADSTS700082: The refresh token has expired.",
                            },
                        )
                else:
                    self.reply(400, {"error": "unsupported_grant_type"})

        return Handler


# --- Microsoft Graph --------------------------------------------------------------------------


RULES = "/me/mailFolders/inbox/messageRules"

UNREADABLE_JSON = (
    "Unable to read JSON request payload. Please ensure Content-Type header is set and "
    "payload is of valid JSON format."
)
BAD_DURATION = "The scheduled duration for sending automatic replies isn't valid."


def graph_error(code: str, message: str) -> dict[str, Any]:
    """Graph's error shape, with the innerError every answer carries."""
    return {
        "error": {
            "code": code,
            "message": message,
            "innerError": {
                "date": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S"),
                "request-id": str(uuid.uuid4()),
                "client-request-id": str(uuid.uuid4()),
            },
        }
    }


MARKS = "singleValueExtendedProperties"
MARK_FILTER = (
    r"singleValueExtendedProperties/Any\(ep:\s*ep/id eq '([^']+)' and ep/value eq '([^']*)'\)"
    r"(?: and end/dateTime ge '([0-9T:.-]+)')?"
)


def marks(event: dict[str, Any]) -> set[tuple[str, str]]:
    """An event's single-value extended properties as (id in lower case, value)."""
    return {(str(p["id"]).lower(), str(p.get("value"))) for p in event.get(MARKS) or []}


def utc(value: dict[str, Any]) -> datetime:
    """A dateTimeTimeZone Graph accepted (or answers), as an aware UTC moment."""
    from zoneinfo import ZoneInfo

    moment = datetime.fromisoformat(str(value["dateTime"]).removesuffix("Z"))
    zone = ZoneInfo(graph_schema.iana(str(value.get("timeZone") or "UTC")))
    return moment.replace(tzinfo=zone).astimezone(UTC)


def graph_time(moment: datetime) -> dict[str, str]:
    return {"dateTime": moment.strftime("%Y-%m-%dT%H:%M:%S.0000000"), "timeZone": "UTC"}


@dataclass
class Message:
    id: str
    subject: str
    sender: str
    name: str
    received: str  # ISO 8601, UTC with Z, as Graph answers
    read: bool = False
    body: str = ""
    """The message's text, which ``$search`` looks in (never answered: Boundary asks only
    Mail.ReadBasic's properties)."""

    def resource(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "isRead": self.read,
            "subject": self.subject,
            "from": {"emailAddress": {"name": self.name, "address": self.sender}},
            "receivedDateTime": self.received,
            "webLink": f"https://outlook.office365.com/owa/?ItemID={self.id}&viewmodel=ReadMessageItem",
        }


@dataclass
class FakeGraph:
    identity: FakeIdentity
    base: str = ""
    setting: dict[str, Any] = field(
        default_factory=lambda: {
            "status": "disabled",
            "externalAudience": "all",
            "scheduledStartDateTime": {
                "dateTime": "2026-01-01T00:00:00.0000000",
                "timeZone": "UTC",
            },
            "scheduledEndDateTime": {"dateTime": "2026-01-02T00:00:00.0000000", "timeZone": "UTC"},
            "internalReplyMessage": "",
            "externalReplyMessage": "",
        }
    )
    messages: list[Message] = field(default_factory=list)
    forwarded: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    sent: list[dict[str, Any]] = field(default_factory=list)
    """The bodies of ``POST /me/sendMail``."""
    patches: list[dict[str, Any]] = field(default_factory=list)
    requests: list[tuple[str, str]] = field(default_factory=list)
    #: Served before anything else, one per request: (method or "", fault). Faults:
    #: "500", "401", "429:<seconds>", "503:<seconds>", "slow", "malformed", "400", "403".
    faults: list[tuple[str, str]] = field(default_factory=list)
    #: Graph may answer fewer items than $top asked for, with an @odata.nextLink.
    max_page: int = 3
    #: The inbox's message rules as Graph keeps them (id, sequence, hasError, isReadOnly).
    rules: list[dict[str, Any]] = field(default_factory=list)
    #: Colleagues' automaticReplies mail tips, by address in lower case (message "" = off).
    colleagues: dict[str, dict[str, Any]] = field(default_factory=dict)
    tips_asked: list[dict[str, Any]] = field(default_factory=list)
    #: The calendar's events as Graph keeps them: times in UTC, bodies as HTML documents,
    #: extended properties under "singleValueExtendedProperties" (answered only when asked).
    events: list[dict[str, Any]] = field(default_factory=list)
    #: Teams: the availability and activity of the person's Teams session (None: signed in
    #: nowhere), the status message as Graph keeps it, the preferred presence with its end.
    session: tuple[str, str] | None = ("Available", "Available")
    status_message: dict[str, Any] | None = None
    preferred: tuple[str, str, datetime] | None = None
    presence_posts: list[tuple[str, Any]] = field(default_factory=list)
    #: The account is a personal Microsoft account: Graph refuses every presence request.
    personal: bool = False
    clock: Callable[[], datetime] = field(default=lambda: datetime.now(UTC))
    release: threading.Event = field(default_factory=threading.Event)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def fail(self, fault: str, method: str = "", times: int = 1) -> None:
        self.faults.extend([(method, fault)] * times)

    def _take_fault(self, method: str) -> str | None:
        with self.lock:
            for i, (wanted, fault) in enumerate(self.faults):
                if wanted in ("", method):
                    del self.faults[i]
                    return fault
        return None

    def add_rule(self, rule: dict[str, Any], *, has_error: bool = False) -> dict[str, Any]:
        """A rule the person made (in Outlook on the web), kept as Graph keeps it."""
        kept = {
            "id": f"AQMkADAwATM0MDAAMS1{len(self.rules) + 1:04d}AAAA=",
            "isEnabled": True,
            "hasError": has_error,
            "isReadOnly": False,
            "conditions": {},
            "exceptions": {},
            **rule,
        }
        self.rules.append(kept)
        self.rules.sort(key=lambda r: int(r.get("sequence") or 0))
        return kept

    def rule(self, name: str) -> dict[str, Any] | None:
        return next((r for r in self.rules if r.get("displayName") == name), None)

    def message_rules(self, method: str, rest: str, raw: bytes) -> tuple[int, Any]:
        """messageRules of the inbox: list, create, update, delete (v1.0 reference)."""
        from urllib.parse import unquote

        rule_id = unquote(rest.strip("/"))
        context = f"{self.base}/$metadata#users('ana')/mailFolders('inbox')/messageRules"
        if method == "GET" and not rule_id:
            return 200, {"@odata.context": context, "value": self.rules}
        found = next((r for r in self.rules if r["id"] == rule_id), None)
        if rule_id and found is None:
            message = "The specified object was not found in the store."
            return 404, graph_error("ErrorItemNotFound", message)
        if method == "DELETE" and found is not None:
            self.rules.remove(found)
            return 204, None
        try:
            change = json.loads(raw)
        except ValueError:
            return 400, graph_error("BadRequest", UNREADABLE_JSON)
        refused = graph_schema.check_rule(change, creating=method == "POST")
        if refused is not None:
            status, code, message = refused
            return status, graph_error(code, message)
        if method == "POST" and not rule_id:
            return 201, {"@odata.context": context, **self.add_rule(change)}
        if method == "PATCH" and found is not None:
            found.update(change)
            self.rules.sort(key=lambda r: int(r.get("sequence") or 0))
            return 200, {"@odata.context": context, **found}
        return 405, graph_error("ErrorInvalidRequest", "The method is not allowed.")

    def search_messages(self, query: dict[str, str]) -> tuple[int, Any]:
        """``GET .../messages?$search="..."`` as Graph answers it: the words looked for in
        the subject, the body and the sender (Graph's default search properties), newest
        first, ``$top`` of them (10 by default), only the ``$select``-ed properties.

        Graph takes no ``$filter`` and no ``$orderby`` beside ``$search`` on messages (the
        query-parameters reference); Microsoft does not publish the wording of that refusal,
        so it is answered 400 ``ErrorInvalidUrlQuery`` in Graph's error shape. A search term
        that is not in double quotes may hold only letters and digits: anything else is the
        OData parser's 400 ``BadRequest`` "Syntax error"."""
        for other in ("$filter", "$orderby"):
            if other in query:
                message = f"The query parameter '{other}' is not supported with '$search'."
                return 400, graph_error("ErrorInvalidUrlQuery", message)
        term = query["$search"]
        quoted = len(term) >= 2 and term[0] == term[-1] == '"'
        if not quoted:
            bad = next(((i, c) for i, c in enumerate(term) if not c.isalnum()), None)
            if bad is not None or not term:
                at, char = bad or (0, "")
                message = (
                    f"Syntax error: character '{char}' is not valid at position {at} in '{term}'."
                )
                return 400, graph_error("BadRequest", message)
        words = term.strip('"').lower()
        found = [
            m
            for m in self.messages
            if words in f"{m.subject}\n{m.body}\n{m.name} {m.sender}".lower()
        ]
        found.sort(key=lambda m: m.received, reverse=True)
        top = int(query.get("$top", "10"))
        select = [p for p in query.get("$select", "").split(",") if p]
        page = [m.resource() for m in found[:top]]
        if select:
            page = [{k: v for k, v in r.items() if k in ("id", *select)} for r in page]
        return 200, {"value": page}

    def add_event(self, event: dict[str, Any]) -> dict[str, Any]:
        """An event as Graph keeps it (the person's own, made in Outlook, when not marked)."""
        kept = {
            "id": f"AAMkAGVmMDEzMTM4LTZmYWUtNDdkNC1hMDZi{len(self.events) + 1:04d}AAA=",
            "isAllDay": False,
            "isReminderOn": True,
            "showAs": "busy",
            "body": {"contentType": "html", "content": ""},
            **event,
        }
        for key in ("start", "end"):
            kept[key] = graph_time(utc(kept[key]))
        self.events.append(kept)
        return kept

    def calendar_events(
        self, method: str, rest: str, raw: bytes, query: dict[str, str]
    ) -> tuple[int, Any]:
        """/me/events: list (``$filter`` on a single-value extended property only, as the
        extended-property page shows it; ``$select``; ``$top``), create, update, delete."""
        from urllib.parse import unquote

        event_id = unquote(rest.strip("/"))
        if method == "GET" and not event_id:
            return self.list_events(query)
        found = next((e for e in self.events if e["id"] == event_id), None)
        if event_id and found is None:
            message = "The specified object was not found in the store."
            return 404, graph_error("ErrorItemNotFound", message)
        if method == "DELETE" and found is not None:
            self.events.remove(found)
            return 204, None
        try:
            change = json.loads(raw)
        except ValueError:
            return 400, graph_error("BadRequest", UNREADABLE_JSON)
        refused = graph_schema.check_event(change, creating=method == "POST")
        if refused is not None:
            status, code, message = refused
            return status, graph_error(code, message)
        change = self.as_kept(change)
        context = f"{self.base}/$metadata#users('ana')/events/$entity"
        if method == "POST" and not event_id:
            return 201, {"@odata.context": context, **self.add_event(change)}
        if method == "PATCH" and found is not None:
            found.update(change)
            return 200, {"@odata.context": context, **found}
        return 405, graph_error("ErrorInvalidRequest", "The method is not allowed.")

    def as_kept(self, change: dict[str, Any]) -> dict[str, Any]:
        """An event's properties as Exchange keeps them: enum members in their declared
        spelling, times in UTC, a body as an HTML document."""
        kept = dict(change)
        if "showAs" in kept:
            kept["showAs"] = graph_schema.member("freeBusyStatus", kept["showAs"])
        for key in ("start", "end"):
            if key in kept:
                kept[key] = graph_time(utc(kept[key]))
        if isinstance(kept.get("body"), dict):
            body = kept["body"]
            content = str(body.get("content") or "")
            if str(body.get("contentType") or "text").lower() == "text":
                content = html_escape(content).replace("\n", "<br>")
            kept["body"] = {"contentType": "html", "content": self.stored(content)}
        return kept

    def list_events(self, query: dict[str, str]) -> tuple[int, Any]:
        import re

        wanted, ending = None, None
        if "$filter" in query:
            match = re.fullmatch(MARK_FILTER, query["$filter"].strip())
            if match is None:
                return 400, graph_error("BadRequest", "Invalid filter clause")
            wanted = (match.group(1).lower(), match.group(2))
            ending = match.group(3)
        found = [e for e in self.events if wanted is None or wanted in marks(e)]
        if wanted is not None and ending:  # times compare as Graph's UTC text does
            found = [e for e in found if e["end"]["dateTime"][:19] >= ending[:19]]
        if query.get("$orderby") == "start/dateTime":
            found.sort(key=lambda e: str(e["start"]["dateTime"]))
        elif "$orderby" in query:
            return 400, graph_error("BadRequest", "Invalid $orderby clause")
        found = found[: int(query.get("$top", "10"))]
        select = [p for p in query.get("$select", "").split(",") if p]
        value = [
            {k: v for k, v in e.items() if k == "id" or (k in select if select else k != MARKS)}
            for e in found
        ]
        context = f"{self.base}/$metadata#users('ana')/events"
        return 200, {"@odata.context": context, "value": value}

    def mail_tips(self, raw: bytes) -> tuple[int, Any]:
        """getMailTips: one mailTips per address asked, as the v1.0 example answers."""
        asked = json.loads(raw)
        self.tips_asked.append(asked)
        addresses = asked.get("EmailAddresses")
        options = str(asked.get("MailTipsOptions") or "")
        if not isinstance(addresses, list) or not options:
            return 400, graph_error("ErrorInvalidRequest", "EmailAddresses is required.")
        wanted = "automaticreplies" in options.replace(" ", "").lower().split(",")
        value = []
        for address in addresses:
            tip: dict[str, Any] = {"emailAddress": {"name": "", "address": address}}
            if wanted:
                tip["automaticReplies"] = self.colleagues.get(address.lower(), {"message": ""})
            value.append(tip)
        context = f"{self.base}/$metadata#Collection(microsoft.graph.mailTips)"
        return 200, {"@odata.context": context, "value": value}

    def presence(self) -> dict[str, Any]:
        """GET /me/presence: the preferred presence outranks the session (while there is
        one); an expired status message or preferred presence is gone."""
        now = self.clock()
        if self.preferred is not None and self.preferred[2] <= now:
            self.preferred = None
        message = self.status_message
        if message and utc(message["expiryDateTime"]) <= now:
            self.status_message = message = None
        availability, activity = "Offline", "OffWork"
        if self.session is not None:
            availability, activity = self.preferred[:2] if self.preferred else self.session
        return {
            "@odata.context": f"{self.base}/$metadata#users('{USER_ID}')/presence/$entity",
            "id": USER_ID,
            "availability": availability,
            "activity": activity,
            "statusMessage": message,
            "outOfOfficeSettings": {"message": None, "isOutOfOffice": False},
        }

    def presence_action(self, action: str, raw: bytes) -> tuple[int, Any]:
        """The presence actions: 200 with no body, as their reference pages answer."""
        try:
            body = json.loads(raw) if raw.strip() else None
        except ValueError:
            return 400, graph_error("BadRequest", UNREADABLE_JSON)
        if action == "setStatusMessage":
            refused = graph_schema.check_status_message(body)
        elif action == "setUserPreferredPresence":
            refused = graph_schema.check_preferred_presence(body)
        elif action == "clearUserPreferredPresence":
            refused = graph_schema.check_no_parameters(body, action)
        else:
            return 400, graph_error("BadRequest", f"Resource not found for {action}.")
        if refused is not None:
            status, code, message = refused
            return status, graph_error(code, message)
        self.presence_posts.append((action, body))
        now = self.clock()
        if action == "setStatusMessage":
            self.status_message = self.kept_message(body.get("statusMessage") or {}, now)
        elif action == "setUserPreferredPresence":
            seconds = graph_schema.duration(body.get("expirationDuration") or "P1D")
            until = now + timedelta(seconds=seconds)
            self.preferred = (body["availability"], body["activity"], until)
        else:
            self.preferred = None
        return 200, None

    @staticmethod
    def kept_message(status: dict[str, Any], now: datetime) -> dict[str, Any] | None:
        """A status message as Graph keeps it: none when empty; the expiry in UTC (the year
        9999 when none), the time it was published."""
        content = str((status.get("message") or {}).get("content") or "")
        if not content:
            return None
        expiry = status.get("expiryDateTime")
        return {
            "message": {"content": content, "contentType": "text"},
            "expiryDateTime": graph_time(utc(expiry))
            if expiry
            else {"dateTime": "9999-12-31T23:59:59.9999999", "timeZone": "UTC"},
            "publishedDateTime": now.strftime("%Y-%m-%dT%H:%M:%S.0000000Z"),
        }

    def stored(self, text: str) -> str:
        """Exchange keeps a reply message as a whole HTML document."""
        if not text:
            return ""
        return (
            '<html>\r\n<head>\r\n<meta http-equiv="Content-Type" content="text/html; '
            f'charset=utf-8">\r\n</head>\r\n<body>\r\n{text}\r\n</body>\r\n</html>\r\n'
        )

    def merged(self, change: dict[str, Any]) -> dict[str, Any]:
        """The reply setting after ``change`` (already checked), kept as Graph keeps it:
        enum members in their declared spelling, times in UTC, messages as HTML documents."""
        merged = dict(self.setting)
        for key, value in change.items():
            if key.startswith("@"):
                continue
            if key == "status":
                value = graph_schema.member("automaticRepliesStatus", value)
            elif key == "externalAudience":
                value = graph_schema.member("externalAudienceScope", value)
            elif key.endswith("ReplyMessage"):
                value = self.stored(value or "")
            elif key.startswith("scheduled") and value is not None:
                value = graph_time(utc(value))
            merged[key] = value
        return merged

    @staticmethod
    def in_order(setting: dict[str, Any]) -> bool:
        start, end = setting.get("scheduledStartDateTime"), setting.get("scheduledEndDateTime")
        return bool(start and end) and utc(start) < utc(end)

    def handler(self) -> type[BaseHTTPRequestHandler]:
        graph = self

        def error(code: str, message: str) -> dict[str, Any]:
            return graph_error(code, message)

        class Handler(_Handler):
            def do_GET(self) -> None:
                self.route("GET")

            def do_PATCH(self) -> None:
                self.route("PATCH")

            def do_POST(self) -> None:
                self.route("POST")

            def do_DELETE(self) -> None:
                self.route("DELETE")

            def route(self, method: str) -> None:
                body = self.body()
                parts = urlsplit(self.path)
                path = parts.path.removeprefix("/v1.0")
                graph.requests.append((method, path))
                fault = graph._take_fault(method)
                if fault is not None and self.inject(fault):
                    return
                token = self.headers.get("Authorization", "").removeprefix("Bearer ")
                if token not in graph.identity.access_tokens:
                    self.reply(
                        401,
                        error("InvalidAuthenticationToken", "Lifetime validation failed."),
                        WWW_Authenticate='Bearer realm=""',
                    )
                    return
                query = {k: v[0] for k, v in parse_qs(parts.query).items()}
                if path == "/me/mailboxSettings" and method == "GET":
                    self.reply(200, self.mailbox_settings())
                elif path == "/me/mailboxSettings" and method == "PATCH":
                    self.patch(body)
                elif path == "/me/mailFolders/inbox/messages" and method == "GET":
                    self.messages(query)
                elif path.startswith("/me/messages/") and path.endswith("/forward"):
                    self.forward(path.split("/")[3], json.loads(body))
                elif path == "/me/sendMail" and method == "POST":
                    graph.sent.append(json.loads(body))
                    self.reply(202)
                elif path.startswith(RULES):
                    self.reply(*graph.message_rules(method, path.removeprefix(RULES), body))
                elif path == "/me/events" or path.startswith("/me/events/"):
                    rest = path.removeprefix("/me/events")
                    self.reply(*graph.calendar_events(method, rest, body, query))
                elif path == "/me/getMailTips" and method == "POST":
                    self.reply(*graph.mail_tips(body))
                elif path.startswith("/me/presence") and graph.personal:
                    message = "Specified resource is not supported for MSA requests."
                    self.reply(400, error("BadRequest", message))
                elif path == "/me/presence" and method == "GET":
                    self.reply(200, graph.presence())
                elif path.startswith("/me/presence/") and method == "POST":
                    self.reply(*graph.presence_action(path.rsplit("/", 1)[1], body))
                else:
                    self.reply(400, error("BadRequest", f"Resource not found for {path}."))

            def inject(self, fault: str) -> bool:
                kind, _, value = fault.partition(":")
                if kind == "slow":
                    graph.release.wait(5)
                    return False  # answer normally, but too late
                if kind == "malformed":
                    self.reply(200, raw=b'{"automaticRepliesSetting": {"status": ')
                elif kind in ("429", "503"):
                    self.reply(
                        int(kind),
                        error(
                            "ApplicationThrottled",
                            "Application is over its MailboxConcurrency limit.",
                        ),
                        Retry_After=value or "30",
                    )
                elif kind == "401":
                    self.reply(
                        401, error("InvalidAuthenticationToken", "Access token has expired.")
                    )
                elif kind == "403":
                    self.reply(
                        403,
                        error(
                            "ErrorAccessDenied",
                            "Access is denied. Check credentials and try again.",
                        ),
                    )
                elif kind == "400":
                    self.reply(
                        400,
                        error(
                            "ErrorInvalidParameter", "The end time must be after the start time."
                        ),
                    )
                else:
                    self.reply(int(kind), raw=b"<html><body>Service Unavailable</body></html>")
                return True

            def mailbox_settings(self) -> dict[str, Any]:
                return {
                    "@odata.context": f"{graph.base}/$metadata#users('ana')/mailboxSettings",
                    "archiveFolder": "AAMkADk=",
                    "timeZone": "W. Europe Standard Time",
                    "automaticRepliesSetting": dict(graph.setting),
                    "language": {"locale": "en-US", "displayName": "English (United States)"},
                    "delegateMeetingMessageDeliveryOptions": "sendToDelegateOnly",
                }

            def patch(self, raw: bytes) -> None:
                try:
                    change = json.loads(raw)
                except ValueError:
                    self.reply(400, error("BadRequest", UNREADABLE_JSON))
                    return
                refused = graph_schema.check_patch(change)
                if refused is not None:
                    status, code, message = refused
                    self.reply(status, error(code, message))
                    return
                setting = change.get("automaticRepliesSetting") or {}
                merged = graph.merged(setting)
                if merged["status"] == "scheduled" and not graph.in_order(merged):
                    # Exchange's code for an end that is not after the start (EWS's
                    # ResponseCode list; Graph passes Exchange's codes on, with a 400).
                    self.reply(400, error("ErrorInvalidScheduledOofDuration", BAD_DURATION))
                    return
                graph.patches.append(setting)
                graph.setting = merged
                self.reply(200, {"@odata.context": "...", **change})

            def messages(self, query: dict[str, str]) -> None:
                if "$search" in query:
                    self.reply(*graph.search_messages(query))
                    return
                since = query["$filter"].removeprefix("receivedDateTime gt ")
                top = min(int(query.get("$top", "10")), graph.max_page)
                skip = int(query.get("$skip", "0"))
                assert query["$orderby"] == "receivedDateTime desc"
                assert query["$select"] == "id,subject,from,receivedDateTime,webLink,isRead"
                found = sorted(
                    (m for m in graph.messages if m.received > since),
                    key=lambda m: m.received,
                    reverse=True,
                )
                page = found[skip : skip + top]
                answer: dict[str, Any] = {"value": [m.resource() for m in page]}
                if skip + top < len(found):
                    rest = dict(query, **{"$skip": str(skip + top)})
                    answer["@odata.nextLink"] = (
                        f"{graph.base}/me/mailFolders/inbox/messages?{urlencode(rest)}"
                    )
                self.reply(200, answer)

            def forward(self, message_id: str, body: dict[str, Any]) -> None:
                from urllib.parse import unquote

                message_id = unquote(message_id)
                if not any(m.id == message_id for m in graph.messages):
                    self.reply(
                        404,
                        error(
                            "ErrorItemNotFound", "The specified object was not found in the store."
                        ),
                    )
                    return
                graph.forwarded.append((message_id, body))
                self.reply(202)

        return Handler
