"""A loopback fake of the parts of Google that the gmail provider talks to.

Shaped after the published Gmail API reference (users.settings.getVacation/updateVacation,
users.settings.filters.list/create/delete and users.settings.forwardingAddresses.list, whose
bodies are held to the bundled discovery document's Filter schema; users.messages.list/get/send;
Google Calendar v3 events.list/insert/patch/delete of the primary calendar, bodies held to the
bundled calendar.v3 Event schema and the event types and modes its descriptions list;
Google Chat's users.availability get/patch/markAsDoNotDisturb/markAsActive of users/me, bodies
held to the bundled chat.v1 schemas, their enumerations and the limits their descriptions give;
batch requests at /batch/gmail/v1 as multipart/mixed with
application/http parts) and the OAuth 2.0 token endpoint (refresh_token and
authorization_code grants, errors as {"error": "invalid_grant", ...}). API errors use
Google's error shape {"error": {"code", "message", "errors": [{"reason"}], "status"}}.

It runs on 127.0.0.1 on a free port in a thread of the test process. ``faults`` makes the
next matching requests fail (a status with headers and body, a malformed answer, or no
answer at all); every request is recorded.
"""

from __future__ import annotations

import base64
import itertools
import json
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.parser import BytesParser
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

ALL_SCOPES = [
    "https://www.googleapis.com/auth/gmail.settings.basic",
    "https://www.googleapis.com/auth/gmail.readonly",
    "https://www.googleapis.com/auth/gmail.send",
]
CALENDAR_SCOPE = "https://www.googleapis.com/auth/calendar.events"


@dataclass
class Fault:
    """The next request whose path contains ``match`` gets this instead of an answer."""

    match: str
    status: int = 500
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    hang: bool = False
    times: int = 1


@dataclass
class Seen:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes
    in_batch: bool = False

    def json(self) -> Any:
        return json.loads(self.body)


@dataclass
class Stored:
    raw: bytes
    internal_ms: int
    labels: tuple[str, ...] = ("INBOX", "UNREAD")


def discovery_problem(
    value: Any, schema: str, where: str, api: tuple[str, str] = ("gmail", "v1")
) -> str | None:
    """What Google says of a body with a field its schema (in the discovery document bundled
    with google-api-python-client) does not have, or of a value of the wrong type; None."""
    from googleapiclient.discovery_cache import get_static_doc

    document = json.loads(get_static_doc(*api) or "{}")
    properties = document["schemas"][schema]["properties"]
    if not isinstance(value, dict):
        return f"Invalid value at '{where}', expected an object."
    for name, item in value.items():
        if name not in properties:
            return (
                f'Invalid JSON payload received. Unknown name "{name}" at '
                f"'{where}': Cannot find field."
            )
        spec = properties[name]
        if "$ref" in spec:
            problem = discovery_problem(item, spec["$ref"], f"{where}.{name}", api)
            if problem:
                return problem
        elif spec.get("type") == "string" and not isinstance(item, str):
            return f"Invalid value at '{where}.{name}' (TYPE_STRING), {json.dumps(item)}"
        elif spec.get("type") == "boolean" and not isinstance(item, bool):
            return f"Invalid value at '{where}.{name}' (TYPE_BOOL), {json.dumps(item)}"
        elif "enum" in spec and item not in spec["enum"]:
            return f"Invalid value at '{where}.{name}' (TYPE_ENUM), {json.dumps(item)}"
    return None


def google_error(code: int, message: str, reason: str, status: str) -> bytes:
    return json.dumps(
        {
            "error": {
                "code": code,
                "message": message,
                "errors": [{"message": message, "domain": "global", "reason": reason}],
                "status": status,
            }
        }
    ).encode()


class FakeGoogle:
    def __init__(self) -> None:
        self.vacation: dict[str, Any] = {"enableAutoReply": False}
        self.filters: list[dict[str, Any]] = []
        #: The primary calendar's events (Google Calendar API v3), as Google keeps them.
        self.events: list[dict[str, Any]] = []
        #: Google Chat (users/me/availability): the custom status as Google keeps it, the end
        #: of Do Not Disturb (None: not on), and the clock that ends both (None: the real one).
        self.custom_status: dict[str, Any] | None = None
        self.dnd_until: datetime | None = None
        self.clock: Callable[[], datetime] | None = None
        #: forwardingEmail -> verificationStatus ("accepted" or "pending")
        self.forwarding: dict[str, str] = {}
        self.workspace = True
        self.messages: dict[str, Stored] = {}
        self.sent: list[bytes] = []
        self.seen: list[Seen] = []
        self.faults: list[Fault] = []
        self.valid_tokens: set[str] = {"access-0"}
        self.refresh_token = "refresh-1"
        self.revoked = False
        self.granted = list(ALL_SCOPES)
        self.codes: dict[str, str] = {}  # authorization code -> PKCE verifier expected (unused)
        self.release = threading.Event()
        self._counter = itertools.count(1)
        self._lock = threading.Lock()
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _serve(self, method: str) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                headers = {k.lower(): v for k, v in self.headers.items()}
                answer = fake.handle(method, self.path, headers, body)
                if answer is None:  # hang: no answer, then drop the connection
                    self.close_connection = True
                    return
                status, out_headers, payload = answer
                self.send_response(status)
                for name, value in out_headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            def do_GET(self) -> None:
                self._serve("GET")

            def do_PUT(self) -> None:
                self._serve("PUT")

            def do_POST(self) -> None:
                self._serve("POST")

            def do_DELETE(self) -> None:
                self._serve("DELETE")

            def do_PATCH(self) -> None:
                self._serve("PATCH")

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    # --- running --------------------------------------------------------------------------

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/"

    @property
    def token_uri(self) -> str:
        return self.url + "token"

    def start(self) -> FakeGoogle:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.release.set()
        self.server.shutdown()
        self.server.server_close()

    # --- what tests look at -----------------------------------------------------------------

    def requests(self, method: str | None = None, contains: str = "") -> list[Seen]:
        return [
            s for s in self.seen if (method is None or s.method == method) and contains in s.path
        ]

    def vacation_updates(self) -> list[dict[str, Any]]:
        return [s.json() for s in self.requests("PUT", "/settings/vacation")]

    def add_message(self, message_id: str, raw: bytes, received_ms: int) -> None:
        self.messages[message_id] = Stored(raw, received_ms)

    # --- serving --------------------------------------------------------------------------

    def handle(
        self, method: str, target: str, headers: dict[str, str], body: bytes, in_batch: bool = False
    ) -> tuple[int, dict[str, str], bytes] | None:
        parts = urlsplit(target)
        seen = Seen(method, parts.path, parse_qs(parts.query), headers, body, in_batch)
        with self._lock:
            self.seen.append(seen)
            fault = next((f for f in self.faults if f.match in parts.path), None)
            if fault is not None:
                fault.times -= 1
                if fault.times <= 0:
                    self.faults.remove(fault)
        if fault is not None:
            if fault.hang:
                self.release.wait(timeout=10)
                return None
            return fault.status, {"Content-Type": "application/json", **fault.headers}, fault.body
        if parts.path == "/token":
            return self._token(body)
        if parts.path == "/batch/gmail/v1":
            return self._batch(headers, body)
        token = headers.get("authorization", "").removeprefix("Bearer ")
        if token not in self.valid_tokens:
            return (
                401,
                {"Content-Type": "application/json", "WWW-Authenticate": 'Bearer realm="x"'},
                google_error(
                    401,
                    "Request had invalid authentication credentials. Expected OAuth 2 access "
                    "token, login cookie or other valid authentication credential.",
                    "authError",
                    "UNAUTHENTICATED",
                ),
            )
        return self._api(method, parts.path, seen.query, body)

    def _json(self, status: int, data: Any) -> tuple[int, dict[str, str], bytes]:
        return (
            status,
            {"Content-Type": "application/json; charset=UTF-8"},
            json.dumps(data).encode(),
        )

    def _token(self, body: bytes) -> tuple[int, dict[str, str], bytes]:
        form = {k: v[0] for k, v in parse_qs(body.decode()).items()}
        grant = form.get("grant_type")
        if grant == "refresh_token":
            if self.revoked or form.get("refresh_token") != self.refresh_token:
                return self._json(
                    400,
                    {
                        "error": "invalid_grant",
                        "error_description": "Token has been expired or revoked.",
                    },
                )
            extra: dict[str, str] = {}
        elif grant == "authorization_code" and form.get("code") == "good-code":
            extra = {"refresh_token": self.refresh_token}
        else:
            return self._json(400, {"error": "invalid_grant", "error_description": "Bad Request"})
        access = f"access-{next(self._counter)}"
        self.valid_tokens.add(access)
        return self._json(
            200,
            {
                "access_token": access,
                "expires_in": 3599,
                "scope": " ".join(self.granted),
                "token_type": "Bearer",
                **extra,
            },
        )

    def _api(
        self, method: str, path: str, query: dict[str, list[str]], body: bytes
    ) -> tuple[int, dict[str, str], bytes]:
        prefix = "/gmail/v1/users/me/"
        if path.startswith(CHAT_AVAILABILITY):
            action = path.removeprefix(CHAT_AVAILABILITY)
            return self._chat(method, action, query, body)
        if path.startswith(CALENDAR_EVENTS):
            rest = path.removeprefix(CALENDAR_EVENTS).strip("/")
            return self._calendar(method, rest, query, body)
        if not path.startswith(prefix):
            return self._json(
                404, json.loads(google_error(404, "Not Found", "notFound", "NOT_FOUND"))
            )
        rest = path.removeprefix(prefix)
        if rest == "settings/vacation" and method == "GET":
            return self._json(200, self.vacation)
        if rest == "settings/vacation" and method == "PUT":
            return self._update_vacation(json.loads(body))
        if rest == "messages" and method == "GET":
            return self._list(query)
        if rest == "messages/send" and method == "POST":
            raw = base64.urlsafe_b64decode(json.loads(body)["raw"])
            self.sent.append(raw)
            return self._json(
                200, {"id": f"sent-{len(self.sent)}", "threadId": "t", "labelIds": ["SENT"]}
            )
        if rest.startswith("messages/") and method == "GET":
            return self._get(rest.removeprefix("messages/"), query)
        if rest == "settings/filters" and method == "GET":
            return self._json(200, {"filter": self.filters} if self.filters else {})
        if rest == "settings/filters" and method == "POST":
            return self._create_filter(json.loads(body))
        if rest.startswith("settings/filters/") and method == "DELETE":
            return self._delete_filter(rest.removeprefix("settings/filters/"))
        if rest == "settings/forwardingAddresses" and method == "GET":
            found = [
                {"forwardingEmail": email, "verificationStatus": status}
                for email, status in self.forwarding.items()
            ]
            return self._json(200, {"forwardingAddresses": found} if found else {})
        return self._json(404, json.loads(google_error(404, "Not Found", "notFound", "NOT_FOUND")))

    def _update_vacation(self, new: dict[str, Any]) -> tuple[int, dict[str, str], bytes]:
        for key in ("startTime", "endTime"):
            if key in new and not str(new[key]).isdigit():
                return self._bad(f"Invalid value for {key}.")
        if "startTime" in new and "endTime" in new and int(new["startTime"]) >= int(new["endTime"]):
            return self._bad("Invalid time range.")
        if new.get("restrictToDomain") and not self.workspace:
            return self._bad("Only Google Workspace users may restrict auto-replies to the domain.")
        self.vacation = dict(new)  # replaces the whole object, as the API does
        return self._json(200, self.vacation)

    def _create_filter(self, new: dict[str, Any]) -> tuple[int, dict[str, str], bytes]:
        unknown = discovery_problem(new, "Filter", "filter")
        if unknown:
            return self._bad(unknown)
        criteria, action = new.get("criteria") or {}, new.get("action") or {}
        if not any(criteria.values()):
            return self._bad("Filter doesn't have any criteria")
        if not any(action.values()):
            return self._bad("Filter doesn't have any actions")
        forward = action.get("forward")
        if forward and self.forwarding.get(str(forward).lower()) != "accepted":
            return self._bad("Invalid forwarding address")
        created = {"id": f"ANe1Bmj{next(self._counter):06d}", **new}
        self.filters.append(created)
        return self._json(200, created)

    def _delete_filter(self, filter_id: str) -> tuple[int, dict[str, str], bytes]:
        if not any(f["id"] == filter_id for f in self.filters):
            return (
                404,
                {"Content-Type": "application/json"},
                google_error(404, "Requested entity was not found.", "notFound", "NOT_FOUND"),
            )
        self.filters = [f for f in self.filters if f["id"] != filter_id]
        return 204, {}, b""

    # --- Google Calendar: events of the primary calendar --------------------------------------

    def add_event(self, event: dict[str, Any]) -> dict[str, Any]:
        """An event as Google keeps it (the person's own, when it has no private mark)."""
        kept = {
            "kind": "calendar#event",
            "id": f"evt{next(self._counter):08d}",
            "status": "confirmed",
            "eventType": "default",
            **event,
        }
        self.events.append(kept)
        return kept

    def _calendar(
        self, method: str, event_id: str, query: dict[str, list[str]], body: bytes
    ) -> tuple[int, dict[str, str], bytes]:
        found = next((e for e in self.events if e["id"] == event_id), None)
        if event_id and found is None:
            return (
                404,
                {"Content-Type": "application/json"},
                google_error(404, "Not Found", "notFound", "NOT_FOUND"),
            )
        if method == "GET" and not event_id:
            return self._list_events(query)
        if method == "DELETE" and found is not None:
            self.events.remove(found)
            return 204, {}, b""
        new = json.loads(body)
        problem = event_problem(new, found)
        if problem:
            return self._bad(problem)
        if method == "POST" and not event_id:
            return self._json(200, self.add_event(new))
        if method == "PATCH" and found is not None:
            found.update(new)
            return self._json(200, found)
        return self._bad("Method not allowed.")

    def _list_events(self, query: dict[str, list[str]]) -> tuple[int, dict[str, str], bytes]:
        marks = [m.partition("=") for m in query.get("privateExtendedProperty", [])]
        after = query.get("timeMin", [""])[0]
        found = [
            e
            for e in self.events
            if all(
                ((e.get("extendedProperties") or {}).get("private") or {}).get(k) == v
                for k, _, v in marks
            )
            and (not after or moment(e["end"]) > moment({"dateTime": after}))
        ]
        if query.get("orderBy") == ["startTime"]:
            found.sort(key=lambda e: moment(e["start"]))
        size = int(query.get("maxResults", ["250"])[0])
        return self._json(200, {"kind": "calendar#events", "items": found[:size]})

    # --- Google Chat: the caller's availability ---------------------------------------------

    def now(self) -> datetime:
        return self.clock() if self.clock is not None else datetime.now(UTC)

    def availability(self) -> dict[str, Any]:
        """users/me/availability as ``get`` answers it now (what has ended is gone)."""
        now = self.now()
        if self.custom_status is not None:
            expiry = self.custom_status.get("expireTime")
            if expiry and moment({"dateTime": expiry}) <= now:
                self.custom_status = None
        if self.dnd_until is not None and self.dnd_until <= now:
            self.dnd_until = None
        answer: dict[str, Any] = {"name": "users/me/availability", "state": "ACTIVE"}
        if self.custom_status is not None:
            answer["customStatus"] = dict(self.custom_status)
        if self.dnd_until is not None:
            answer["state"] = "DO_NOT_DISTURB"
            answer["doNotDisturbMetadata"] = {"expirationTime": chat_time(self.dnd_until)}
        return answer

    def _chat(
        self, method: str, action: str, query: dict[str, list[str]], body: bytes
    ) -> tuple[int, dict[str, str], bytes]:
        if method == "GET" and not action:
            return self._json(200, self.availability())
        schema = CHAT_METHODS.get((method, action))
        if schema is None:
            return self._json(
                404, json.loads(google_error(404, "Not Found", "notFound", "NOT_FOUND"))
            )
        new = json.loads(body or b"{}")
        where = "availability" if not action else "request"
        problem = discovery_problem(new, schema, where, ("chat", "v1"))
        problem = problem or self._chat_problem(action, query, new)
        if problem:
            return self._bad(problem)
        if not action:
            self.custom_status = dict(new["customStatus"]) if new.get("customStatus") else None
            if self.custom_status and "ttl" in self.custom_status:
                ttl = seconds(self.custom_status.pop("ttl"))
                self.custom_status["expireTime"] = chat_time(self.now() + ttl)
        elif action == ":markAsDoNotDisturb":
            self.dnd_until = self._until(new)
        else:
            self.dnd_until = None  # Active now, then Chat's own reckoning
        return self._json(200, self.availability())

    def _chat_problem(
        self, action: str, query: dict[str, list[str]], new: dict[str, Any]
    ) -> str | None:
        """What the methods' descriptions ask beyond the schema."""
        if "expireTime" in new and "ttl" in new:
            return "Only one of expireTime and ttl may be set."
        if action:
            if action == ":markAsDoNotDisturb" and not ("expireTime" in new or "ttl" in new):
                return "An expiration (expireTime or ttl) is required."
            return self._time_problem(new, "request")
        mask = query.get("updateMask", [""])[0]
        if mask not in ("custom_status", "customStatus"):
            return f"Invalid update mask: '{mask}'. Only custom_status can be updated."
        custom = new.get("customStatus")
        if custom is None:
            return None  # clears the custom status
        custom = custom or {}
        if "expireTime" in custom and "ttl" in custom:
            return "Only one of expireTime and ttl may be set."
        text = custom.get("text")
        if not text:
            return "customStatus.text is required."
        if len(text) > 64:
            return "customStatus.text must be at most 64 characters."
        if not (custom.get("emoji") or {}).get("unicode"):
            return "customStatus.emoji is required; only Unicode emojis are supported."
        return self._time_problem(custom, "availability.custom_status")

    def _time_problem(self, new: dict[str, Any], where: str) -> str | None:
        value = new.get("expireTime")
        if value is None:
            return None
        try:
            when = moment({"dateTime": value})
            assert when.tzinfo is not None
        except (ValueError, AssertionError):
            return (
                f"Invalid value at '{where}.expire_time' (type.googleapis.com/"
                f'google.protobuf.Timestamp), "{value}"'
            )
        if when > self.now() + timedelta(days=366):
            return "The expiration can be at most one year in the future."
        return None

    def _until(self, new: dict[str, Any]) -> datetime:
        if "ttl" in new:
            return self.now() + seconds(new["ttl"])
        return moment({"dateTime": new["expireTime"]})

    def _bad(self, message: str) -> tuple[int, dict[str, str], bytes]:
        return (
            400,
            {"Content-Type": "application/json"},
            google_error(400, message, "invalidArgument", "INVALID_ARGUMENT"),
        )

    def _list(self, query: dict[str, list[str]]) -> tuple[int, dict[str, str], bytes]:
        """users.messages.list: ``q`` in the forms Boundary sends (``in:inbox``,
        ``after:<epoch seconds>``, a word or a "quoted phrase" looked for in the message),
        newest first. ``maxResults`` is a uint32, as the discovery document declares: another
        value is answered as Google answers a value of the wrong type. A ``q`` the fake cannot
        read (an unclosed quote, ``after:`` without seconds, an operator it does not know) is
        refused 400 invalidArgument rather than answered wrongly."""
        limit_text = query.get("maxResults", ["100"])[0]
        if not limit_text.isdigit() or int(limit_text) >= 2**32:
            return self._bad(f"Invalid value at 'max_results' (TYPE_UINT32), \"{limit_text}\"")
        q = query.get("q", [""])[0]
        terms = re.findall(r'"[^"]*"|\S+', q)
        if q.count('"') % 2 or any(not self._known(term) for term in terms):
            return self._bad("Invalid query")
        after = max((int(t[6:]) for t in terms if t.startswith("after:")), default=0)
        words = [t.strip('"').lower() for t in terms if ":" not in t or t.startswith('"')]
        found = [
            (mid, m)
            for mid, m in self.messages.items()
            if ("INBOX" in m.labels or "in:inbox" not in terms)
            and not {"SPAM", "TRASH"} & set(m.labels)
            and m.internal_ms // 1000 > after
            and all(w in m.raw.decode("utf-8", "replace").lower() for w in words)
        ]
        found.sort(key=lambda item: item[1].internal_ms, reverse=True)
        limit = min(int(limit_text), 500)
        return self._json(
            200,
            {
                "messages": [{"id": mid, "threadId": mid} for mid, _ in found[:limit]],
                "resultSizeEstimate": len(found),
            },
        )

    @staticmethod
    def _known(term: str) -> bool:
        if term.startswith('"') or ":" not in term:
            return True
        operator, _, value = term.partition(":")
        return (operator, value) == ("in", "inbox") or (operator == "after" and value.isdigit())

    def _get(
        self, message_id: str, query: dict[str, list[str]]
    ) -> tuple[int, dict[str, str], bytes]:
        stored = self.messages.get(message_id)
        if stored is None:
            return (
                404,
                {"Content-Type": "application/json"},
                google_error(404, "Requested entity was not found.", "notFound", "NOT_FOUND"),
            )
        form = query.get("format", ["full"])[0]
        common = {
            "id": message_id,
            "threadId": message_id,
            "labelIds": list(stored.labels),
            "internalDate": str(stored.internal_ms),
        }
        if form == "minimal":  # ids, labels and the arrival only: no headers, no body
            return self._json(200, common)
        if form == "raw":
            return self._json(200, {**common, "raw": base64.urlsafe_b64encode(stored.raw).decode()})
        wanted = {h.lower() for h in query.get("metadataHeaders", [])}
        message = BytesParser().parsebytes(stored.raw, headersonly=True)
        headers = [
            {"name": name, "value": value}
            for name, value in message.items()
            if not wanted or name.lower() in wanted
        ]
        return self._json(
            200, {**common, "payload": {"mimeType": "text/plain", "headers": headers}}
        )

    def _batch(self, headers: dict[str, str], body: bytes) -> tuple[int, dict[str, str], bytes]:
        content_type = headers.get("content-type", "")
        envelope = BytesParser().parsebytes(
            b"Content-Type: " + content_type.encode() + b"\r\n\r\n" + body
        )
        boundary = "batch_fake_boundary"
        out: list[bytes] = []
        for part in envelope.get_payload():
            content_id = str(part["Content-ID"]).strip("<>")
            inner = part.get_payload(decode=False)
            inner_bytes = inner.encode() if isinstance(inner, str) else bytes(inner)
            head, _, inner_body = inner_bytes.replace(b"\r\n", b"\n").partition(b"\n\n")
            lines = head.decode().split("\n")
            method, target, _version = lines[0].split(" ", 2)
            inner_headers = {
                k.strip().lower(): v.strip()
                for k, _, v in (line.partition(":") for line in lines[1:] if line)
            }
            answer = self.handle(method, target, inner_headers, inner_body, in_batch=True)
            status, answer_headers, payload = answer if answer is not None else (500, {}, b"")
            reason = {200: "OK", 401: "Unauthorized", 404: "Not Found"}.get(status, "Error")
            response = (
                f"HTTP/1.1 {status} {reason}\r\n"
                + "".join(f"{k}: {v}\r\n" for k, v in answer_headers.items())
                + "\r\n"
            ).encode() + payload
            out.append(
                f"--{boundary}\r\nContent-Type: application/http\r\n"
                f"Content-ID: <response-{content_id}>\r\n\r\n".encode()
                + response
                + b"\r\n"
            )
        payload = b"".join(out) + f"--{boundary}--\r\n".encode()
        return 200, {"Content-Type": f"multipart/mixed; boundary={boundary}"}, payload


CALENDAR_EVENTS = "/calendar/v3/calendars/primary/events"
CHAT_AVAILABILITY = "/v1/users/me/availability"
#: (HTTP method, the path's action) -> the schema of the body (chat.v1's users.availability).
CHAT_METHODS = {
    ("PATCH", ""): "Availability",
    ("POST", ":markAsDoNotDisturb"): "MarkAsDoNotDisturbRequest",
    ("POST", ":markAsActive"): "MarkAsActiveRequest",
}


def chat_time(when: datetime) -> str:
    """A google-datetime as Google writes one (nine digits of a second)."""
    return when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000000000Z")


def seconds(ttl: Any) -> timedelta:
    """A google-duration ("3600s", "1.5s")."""
    return timedelta(seconds=float(str(ttl).removesuffix("s")))


#: The values the Event schema's descriptions list (the discovery document gives no enums).
EVENT_TYPES = ("birthday", "default", "focusTime", "fromGmail", "outOfOffice", "workingLocation")
DECLINE_MODES = (
    "declineNone",
    "declineAllConflictingInvitations",
    "declineOnlyNewConflictingInvitations",
)
CHAT_STATUSES = ("available", "doNotDisturb")


def moment(value: dict[str, Any]) -> Any:
    return datetime.fromisoformat(str(value["dateTime"]).replace("Z", "+00:00"))


def event_problem(new: Any, old: dict[str, Any] | None) -> str | None:
    """What Google says of an event body (insert, or patch of ``old``): fields the bundled
    calendar.v3 Event schema lacks, a type or a mode outside those its descriptions list, the
    type changed on an existing event (it "cannot be modified after the event is created"),
    properties of the other type, an insert without start or end."""
    problem = discovery_problem(new, "Event", "event", ("calendar", "v3"))
    if problem:
        return problem
    kind = new.get("eventType", old.get("eventType") if old else "default")
    if kind not in EVENT_TYPES or (kind == "fromGmail" and old is None):
        return f"Invalid event type: {kind}."
    if old is not None and "eventType" in new and new["eventType"] != old.get("eventType"):
        return "The event type cannot be changed."
    for other in ("outOfOffice", "focusTime"):
        if f"{other}Properties" in new and kind != other:
            return f"{other}Properties can only be set on {other} events."
        properties = new.get(f"{other}Properties") or {}
        if properties.get("autoDeclineMode", "declineNone") not in DECLINE_MODES:
            return f"Invalid value for autoDeclineMode: {properties['autoDeclineMode']}"
        if properties.get("chatStatus", "available") not in CHAT_STATUSES:
            return f"Invalid value for chatStatus: {properties['chatStatus']}"
    if old is None and not (new.get("start") and new.get("end")):
        return "Missing end time." if new.get("start") else "Missing start time."
    return None
