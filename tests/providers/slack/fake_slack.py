"""A loopback Slack Web API, shaped after Slack's published method documents.

The methods, their arguments, scopes and error codes are those of Slack's reference pages and
its OpenAPI description (slackapi/slack-api-specs, ``web-api/slack_web_openapi_v2.json``):

- ``auth.test`` (any token) answers url, team, user, team_id, user_id;
- ``users.profile.get`` (``users.profile:read``) and ``users.profile.set``
  (``users.profile:write``; ``profile`` as a JSON object, in a JSON body as slack_sdk sends it
  or URL-encoded in a form, or one ``name``/``value`` pair). A status whose
  ``status_expiration`` has passed is cleared, as Slack clears it;
- ``dnd.info`` (``dnd:read``), ``dnd.setSnooze`` and ``dnd.endSnooze`` (``dnd:write``);
- ``oauth.v2.access``: the authorization code (with PKCE's ``code_verifier``, no client secret)
  and the refresh-token grant of an app that rotates its tokens.

Refusals, each in Slack's shape ``{"ok": false, "error": CODE}`` with HTTP 200 unless said:
``not_authed`` (no token), ``invalid_auth`` (a token it never issued), ``token_revoked``,
``token_expired`` (a rotating token past its time), ``missing_scope`` (with ``needed`` and
``provided``), ``ratelimited`` (HTTP 429 with Retry-After), ``invalid_profile`` (a profile
that is not a JSON object), ``invalid_arguments`` with ``response_metadata.messages`` for a
profile field Slack does not let a user set, a status text over 100 characters or an
expiration that is not a whole number (Slack's documents do not say how it answers these; the
fake refuses rather than ignores, so the provider never relies on either),
``profile_status_set_failed_not_emoji_syntax`` / ``profile_status_set_failed_not_valid_emoji``,
``missing_duration`` / ``too_long`` (a snooze longer than ``max_snooze_minutes``; Slack names
no limit) / ``snooze_not_active``, and for oauth.v2.access ``invalid_client_id``,
``invalid_code``, ``bad_redirect_uri`` and ``invalid_refresh_token``. An unknown method is
HTTP 404 ``unknown_method``.

``fail(fault, method)`` serves a fault before anything else: ``429:SECONDS``, ``500``,
``slow`` (answers after the client gave up), ``malformed`` (HTTP 200, not JSON), ``reset``
(the connection closes unanswered) or any Slack error code. ``approve(url)`` and
``decline(url)`` play the person on Slack's sign-in page: the browser is sent to the
redirect URI with a code, or with ``error=access_denied``.
"""

from __future__ import annotations

import base64
import hashlib
import itertools
import json
import re
import threading
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

CLIENT_ID = "1234567890.9876543210"
TEAM_ID, TEAM = "T0BOUNDARY", "Boundary Test Workspace"
USER_ID, USER = "U0ANA", "ana"
ALL_SCOPES = ("users.profile:read", "users.profile:write", "dnd:read", "dnd:write")
SCOPES = {
    "auth.test": None,
    "users.profile.get": "users.profile:read",
    "users.profile.set": "users.profile:write",
    "dnd.info": "dnd:read",
    "dnd.setSnooze": "dnd:write",
    "dnd.endSnooze": "dnd:write",
}
# The fields of a user's own profile users.profile.set takes (Slack's "Profile fields").
SETTABLE = {
    "display_name",
    "email",
    "first_name",
    "last_name",
    "phone",
    "pronouns",
    "real_name",
    "start_date",
    "title",
    "status_text",
    "status_emoji",
    "status_expiration",
    "fields",
}
EMOJI = {"door", "palm_tree", "no_bell", "headphones", "spiral_calendar_pad", "hamburger"}
EMOJI_RE = re.compile(r"^:([a-z0-9_+'-]+):(?::skin-tone-[2-6]:)?$")
STATUS_LIMIT = 100


@dataclass
class Grant:
    scopes: tuple[str, ...] = ALL_SCOPES
    expires: int | None = None
    """Unix time a rotating token stops working; None: it never does."""


class _Server(ThreadingHTTPServer):
    daemon_threads = True


@contextmanager
def serve(handler: type[BaseHTTPRequestHandler]) -> Iterator[str]:
    server = _Server(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.daemon = True
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def _now() -> datetime:
    return datetime.now(UTC)


class Refusal(Exception):
    def __init__(self, error: str, status: int = 200, **more: Any) -> None:
        super().__init__(error)
        self.status, self.payload = status, {"ok": False, "error": error, **more}


def _invalid(message: str) -> Refusal:
    return Refusal("invalid_arguments", response_metadata={"messages": [f"[ERROR] {message}"]})


@dataclass
class FakeSlack:
    clock: Callable[[], datetime] = _now
    base: str = ""
    tokens: dict[str, Grant] = field(default_factory=dict)
    revoked: set[str] = field(default_factory=set)
    profile: dict[str, Any] = field(
        default_factory=lambda: {
            "real_name": "Ana Silva",
            "display_name": "ana",
            "status_text": "",
            "status_emoji": "",
            "status_expiration": 0,
        }
    )
    snooze_end: int | None = None
    max_snooze_minutes: int = 1440
    rotation: bool = False
    """Sign-ins give rotating tokens (12 hours) and refresh tokens."""
    requests: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    """Every request, as (method, arguments); ``calls`` gives those Slack carried out."""
    done: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    faults: list[tuple[str | None, str]] = field(default_factory=list)
    codes: dict[str, dict[str, str]] = field(default_factory=dict)
    refresh_tokens: set[str] = field(default_factory=set)
    release: threading.Event = field(default_factory=threading.Event)
    _counter: Iterator[int] = field(default_factory=lambda: itertools.count(1))

    @property
    def api(self) -> str:
        return f"{self.base}/api/"

    # --- what tests look at -----------------------------------------------------------------

    def issue(self, scopes: tuple[str, ...] = ALL_SCOPES, expires: int | None = None) -> str:
        token = f"xoxp-{next(self._counter)}-fake"
        self.tokens[token] = Grant(scopes, expires)
        return token

    def calls(self, method: str) -> list[dict[str, Any]]:
        """The arguments of each ``method`` call Slack answered with ``ok: true``."""
        return [args for name, args in self.done if name == method]

    @property
    def status(self) -> tuple[str, str, int]:
        self._expire()
        p = self.profile
        return (p["status_text"], p["status_emoji"], p["status_expiration"])

    def set_status(self, text: str, emoji: str, expiration: int = 0) -> None:
        """The person sets a status in Slack."""
        self.profile.update(status_text=text, status_emoji=emoji, status_expiration=expiration)

    def snoozed_until(self) -> int | None:
        if self.snooze_end is not None and self.snooze_end <= self._stamp():
            self.snooze_end = None
        return self.snooze_end

    def fail(self, fault: str, method: str | None = None, times: int = 1) -> None:
        self.faults += [(method, fault)] * times

    def _stamp(self) -> int:
        return int(self.clock().timestamp())

    def _expire(self) -> None:
        expiration = int(self.profile.get("status_expiration") or 0)
        if expiration and expiration <= self._stamp():
            self.profile.update(status_text="", status_emoji="", status_expiration=0)

    # --- the person on Slack's sign-in page -------------------------------------------------

    def approve(self, url: str, scopes: tuple[str, ...] | None = None) -> None:
        query = {k: v[0] for k, v in parse_qs(urlsplit(url).query).items()}
        assert urlsplit(url).path == "/oauth/v2/authorize", url
        assert query["client_id"] == CLIENT_ID
        assert query["code_challenge_method"] == "S256"
        assert "scope" not in query  # no bot scopes: a desktop redirect may not ask for them
        code = f"code-{next(self._counter)}"
        granted = ",".join(scopes) if scopes is not None else query["user_scope"]
        self.codes[code] = {**query, "granted": granted}
        self._redirect(query, {"code": code, "state": query["state"]})

    def decline(self, url: str) -> None:
        query = {k: v[0] for k, v in parse_qs(urlsplit(url).query).items()}
        self._redirect(query, {"error": "access_denied", "state": query["state"]})

    @staticmethod
    def _redirect(query: dict[str, str], answer: dict[str, str]) -> None:
        redirect = urlsplit(query["redirect_uri"])
        assert redirect.hostname == "localhost", query["redirect_uri"]
        # The browser reaches "localhost"; the app listens on 127.0.0.1 (RFC 8252 loopback).
        url = f"http://127.0.0.1:{redirect.port}{redirect.path or '/'}?{urlencode(answer)}"
        with urllib.request.urlopen(url, timeout=5) as page:
            page.read()

    # --- the Web API --------------------------------------------------------------------------

    def answer(self, method: str, args: dict[str, Any], token: str | None) -> dict[str, Any]:
        if method == "oauth.v2.access":
            return self._oauth(args)
        if method not in SCOPES:
            raise Refusal("unknown_method", 404)
        self._check_token(method, token)
        if method == "auth.test":
            return {
                "url": "https://boundary-test.slack.com/",
                "team": TEAM,
                "user": USER,
                "team_id": TEAM_ID,
                "user_id": USER_ID,
            }
        if method == "users.profile.get":
            self._expire()
            return {"profile": dict(self.profile)}
        if method == "users.profile.set":
            return self._profile_set(args)
        return self._dnd(method, args)

    def _check_token(self, method: str, token: str | None) -> None:
        if not token:
            raise Refusal("not_authed")
        if token in self.revoked:
            raise Refusal("token_revoked")
        grant = self.tokens.get(token)
        if grant is None:
            raise Refusal("invalid_auth")
        if grant.expires is not None and grant.expires <= self._stamp():
            raise Refusal("token_expired")
        needed = SCOPES[method]
        if needed is not None and needed not in grant.scopes:
            raise Refusal("missing_scope", needed=needed, provided=",".join(grant.scopes))

    def _profile_set(self, args: dict[str, Any]) -> dict[str, Any]:
        if "profile" in args:
            profile = args["profile"]
            if isinstance(profile, str):
                try:
                    profile = json.loads(profile)
                except ValueError:
                    raise Refusal("invalid_profile") from None
            if not isinstance(profile, dict):
                raise Refusal("invalid_profile")
        elif "name" in args:
            profile = {str(args["name"]): args.get("value", "")}
        else:
            raise Refusal("invalid_profile")
        unknown = sorted(set(profile) - SETTABLE)
        if unknown:
            raise _invalid(f"unknown profile field '{unknown[0]}'")
        changes = dict(profile)
        if "status_text" in changes:
            text = changes["status_text"]
            if not isinstance(text, str) or len(text) > STATUS_LIMIT:
                raise _invalid(f"status_text must be text of at most {STATUS_LIMIT} characters")
        if changes.get("status_emoji"):
            match = EMOJI_RE.match(str(changes["status_emoji"]))
            if match is None:
                raise Refusal("profile_status_set_failed_not_emoji_syntax")
            if match.group(1) not in EMOJI:
                raise Refusal("profile_status_set_failed_not_valid_emoji")
        if "status_expiration" in changes:
            value = changes["status_expiration"]
            if isinstance(value, str) and value.isdigit():
                value = int(value)
            if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                raise _invalid("status_expiration must be a whole number of seconds")
            changes["status_expiration"] = value
        self.profile.update(changes)
        if not self.profile["status_text"] and not self.profile["status_emoji"]:
            self.profile["status_expiration"] = 0
        return {"username": USER, "profile": dict(self.profile)}

    def _dnd(self, method: str, args: dict[str, Any]) -> dict[str, Any]:
        now = self._stamp()
        snoozed = self.snoozed_until()
        if method == "dnd.setSnooze":
            minutes = str(args.get("num_minutes", ""))
            if not minutes:
                raise Refusal("missing_duration")
            if not minutes.isdigit() or int(minutes) == 0:
                raise _invalid("num_minutes must be a positive whole number")
            if int(minutes) > self.max_snooze_minutes:
                raise Refusal("too_long")
            self.snooze_end = now + int(minutes) * 60
            return {
                "snooze_enabled": True,
                "snooze_endtime": self.snooze_end,
                "snooze_remaining": self.snooze_end - now,
                "snooze_is_indefinite": False,
            }
        schedule = {"dnd_enabled": True, "next_dnd_start_ts": now + 3600, "next_dnd_end_ts": now}
        if method == "dnd.endSnooze":
            if snoozed is None:
                raise Refusal("snooze_not_active")
            self.snooze_end = None
            return {**schedule, "snooze_enabled": False}
        if snoozed is None:
            return {**schedule, "snooze_enabled": False}
        return {
            **schedule,
            "snooze_enabled": True,
            "snooze_endtime": snoozed,
            "snooze_remaining": snoozed - now,
        }

    def _oauth(self, args: dict[str, Any]) -> dict[str, Any]:
        if args.get("client_id") != CLIENT_ID:
            raise Refusal("invalid_client_id")
        if args.get("grant_type") == "refresh_token":
            refresh = str(args.get("refresh_token", ""))
            if refresh not in self.refresh_tokens:
                raise Refusal("invalid_refresh_token")
            self.refresh_tokens.discard(refresh)
            return self._tokens(ALL_SCOPES, top_level=True)
        request = self.codes.pop(str(args.get("code", "")), None)
        if request is None:
            raise Refusal("invalid_code")
        if args.get("redirect_uri") != request["redirect_uri"]:
            raise Refusal("bad_redirect_uri")
        verifier = str(args.get("code_verifier", "")).encode()
        challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier).digest()).rstrip(b"=")
        if challenge.decode() != request["code_challenge"]:
            raise Refusal("invalid_code")
        scopes = tuple(s for s in request["granted"].split(",") if s)
        return {
            "app_id": "A0BOUNDARY",
            "authed_user": self._tokens(scopes, top_level=False),
            "team": {"id": TEAM_ID, "name": TEAM},
            "enterprise": None,
            "is_enterprise_install": False,
        }

    def _tokens(self, scopes: tuple[str, ...], *, top_level: bool) -> dict[str, Any]:
        n = next(self._counter)
        grant: dict[str, Any] = {"id": USER_ID, "scope": ",".join(scopes), "token_type": "user"}
        if self.rotation:
            token, refresh = f"xoxe.xoxp-1-{n}", f"xoxe-1-{n}"
            self.tokens[token] = Grant(scopes, self._stamp() + 43200)
            self.refresh_tokens.add(refresh)
            grant.update(access_token=token, refresh_token=refresh, expires_in=43200)
        else:
            grant["access_token"] = self.issue(scopes)
        if top_level:
            grant.pop("id")
        return grant

    # --- HTTP ---------------------------------------------------------------------------------

    def handler(self) -> type[BaseHTTPRequestHandler]:
        slack = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:
                pass

            def do_GET(self) -> None:
                self._serve(b"")

            def do_POST(self) -> None:
                self._serve(self.rfile.read(int(self.headers.get("Content-Length") or 0)))

            def _serve(self, body: bytes) -> None:
                parts = urlsplit(self.path)
                method = parts.path.removeprefix("/api/")
                args: dict[str, Any] = {k: v[0] for k, v in parse_qs(parts.query).items()}
                kind = self.headers.get("Content-Type", "")
                if body and kind.startswith("application/json"):
                    args.update(json.loads(body))
                elif body:
                    args.update({k: v[0] for k, v in parse_qs(body.decode()).items()})
                token = args.pop("token", None)
                auth = self.headers.get("Authorization", "")
                if auth.startswith("Bearer "):
                    token = auth.removeprefix("Bearer ")
                slack.requests.append((method, args))
                if self._fault(method):
                    return
                try:
                    answer = slack.answer(method, args, token)
                    slack.done.append((method, args))
                    self._json(200, {"ok": True, **answer})
                except Refusal as refusal:
                    self._json(refusal.status, refusal.payload)

            def _fault(self, method: str) -> bool:
                due = [i for i, (only, _) in enumerate(slack.faults) if only in (None, method)]
                if not due:
                    return False
                fault = slack.faults.pop(due[0])[1]
                if fault.startswith("429"):
                    wait = fault.partition(":")[2] or "30"
                    self._json(429, {"ok": False, "error": "ratelimited"}, Retry_After=wait)
                elif fault.isdigit():
                    self._send(int(fault), b"<html>Server error</html>", "text/html")
                elif fault == "slow":
                    slack.release.wait(10)
                    self._json(200, {"ok": False, "error": "request_timeout"})
                elif fault == "malformed":
                    self._send(200, b"<html>Sign in to the proxy</html>", "text/html")
                elif fault == "reset":
                    self.close_connection = True
                    self.connection.close()
                else:
                    self._json(200, {"ok": False, "error": fault})
                return True

            def _json(self, status: int, payload: Any, **headers: str) -> None:
                self._send(status, json.dumps(payload).encode(), "application/json", **headers)

            def _send(self, status: int, data: bytes, kind: str, **headers: str) -> None:
                self.send_response(status)
                self.send_header("Content-Type", f"{kind}; charset=utf-8")
                for name, value in headers.items():
                    self.send_header(name.replace("_", "-"), value)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        return Handler
