"""The ``slack`` provider: the away "reply" is a Slack status and Do Not Disturb.

An account is one person in one Slack workspace, reached with a user token (``xoxp-``): from
"Sign in with Slack" (OAuth v2 with PKCE through the shared loopback receiver, for a Slack app
with PKCE turned on; no client secret is kept or sent), or given on standard input
(``--token-stdin``) for a workspace where the person made their own Slack app. The token, and
the refresh token of an app that rotates its tokens, live in the keyring only.

- ``write_auto_reply`` sets the status: the reply's subject as the text (one line, at most
  Slack's 100 characters), the account's emoji, and ``status_expiration`` = the reply's end, so
  Slack clears it on time with the laptop closed. Do Not Disturb is snoozed up to the end, at
  most ``SNOOZE_LIMIT`` at a time, and renewed on every read while the status is Boundary's.
- Slack cannot hold a status that starts later: a reply whose start is ahead is remembered and
  its status goes on at the first read from its start (the app's pass at the start).
- What Boundary set is remembered on this computer (``<data>/slack/status-<hash>.json``): the
  reply it stands for, the status as Slack shows it and the snooze's end. While Slack still
  shows that status, reading gives back that reply. A status Boundary did not set reads as a
  found reply (its text, its expiration as the end) and is never cleared or ended:
  ``clear_auto_reply`` clears only Boundary's own status and snooze.

``slack_sdk`` is imported only inside the methods that talk to Slack. docs/providers/slack.md
says what the person sees.
"""

from __future__ import annotations

import contextlib
import json
import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from html import unescape
from pathlib import Path
from typing import Any, ClassVar
from urllib.parse import urlencode, urljoin

from boundary_app.providers.base import (
    AutoReply,
    Capability,
    FieldKind,
    MailProvider,
    NeedsSignIn,
    Rejected,
    Said,
    SettingField,
    SignInInteraction,
    Unreachable,
    check_sendable,
    keep_memo,
    retry_after,
)
from boundary_app.providers.base import status_line as chat_line
from boundary_app.providers.files import account_file, read_json
from boundary_app.providers.secrets import SecretStore

API_URL = "https://slack.com/api/"
USER_SCOPES = ("users.profile:read", "users.profile:write", "dnd:read", "dnd:write")
DEFAULT_EMOJI = ":door:"
STATUS_LIMIT = 100
"""Slack keeps at most 100 characters of status text."""
SNOOZE_LIMIT = timedelta(hours=24)
"""The longest Do Not Disturb snooze asked for at once (renewed on reads). Slack refuses one
that is too long (``too_long``) without saying the limit."""
SHORT_SNOOZE = timedelta(hours=8)
"""Asked for instead when Slack still finds ``SNOOZE_LIMIT`` too long."""
RENEW_BEFORE = timedelta(hours=2)
"""A snooze of Boundary's with less than this left is renewed on a read."""
BROWSER_WAIT = timedelta(minutes=5)
"""How long to wait for the person to finish signing in in the browser."""

EMOJI_RE = re.compile(r"^:[a-z0-9_+'-]+:(:skin-tone-[2-6]:)?$")
SIGNED_OUT = {
    "not_authed",
    "invalid_auth",
    "account_inactive",
    "token_revoked",
    "token_expired",
    "missing_scope",
    "no_permission",
    "user_is_bot",
}
BUSY = {
    "ratelimited",
    "request_timeout",
    "fatal_error",
    "internal_error",
    "service_unavailable",
    "team_added_to_org",
    "org_login_required",
}


class SlackRefused(Rejected):
    """Slack answered ``ok: false`` with ``code``; the sentence says so."""

    def __init__(self, message: str, code: str) -> None:
        super().__init__(message)
        self.code = code


class _Expired(Exception):
    """The token is no longer accepted; refreshed once where the app rotates tokens."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@dataclass(frozen=True)
class Status:
    """A status as Slack shows it; an expired one is no status."""

    text: str = ""
    emoji: str = ""
    expiration: int = 0

    @property
    def empty(self) -> bool:
        return not self.text and not self.emoji

    def to_json(self) -> dict[str, Any]:
        return {"text": self.text, "emoji": self.emoji, "expiration": self.expiration}


@dataclass(frozen=True)
class Memo:
    """What Boundary set on the account, kept on this computer."""

    reply: AutoReply | None = None
    """The reply Boundary was asked to hold (its status may not be on yet)."""
    status: Status | None = None
    """The status Boundary put on Slack; None while the reply's start is ahead."""
    snooze_end: int | None = None
    """The end of Boundary's Do Not Disturb snooze (Unix time); 0: wanted, not set yet (Slack
    did not answer); None: none of Boundary's."""


def status_line(reply: AutoReply) -> str:
    """The status text for ``reply``: its subject on one line, else its first line of text;
    cut to Slack's 100 characters (``base.status_line``, which Teams' status shares)."""
    return chat_line(reply.subject, reply.external_sent, STATUS_LIMIT)


def _stamp(moment: datetime) -> int:
    return math.ceil(moment.timestamp())


class SlackProvider(MailProvider):
    kind = "slack"
    display_name = "Slack"
    capabilities = frozenset(
        {Capability.AUTO_REPLY, Capability.SCHEDULED_REPLY, Capability.CHAT_STATUS}
    )
    settings_fields: ClassVar[tuple[SettingField, ...]] = (
        SettingField(
            "client_id",
            "Slack app's client ID",
            help="For Sign in with Slack: the client ID of a Slack app with PKCE turned on "
            "and http://localhost as a redirect URL. Leave it empty when you give a token.",
        ),
        SettingField(
            "token",
            "User token",
            FieldKind.SECRET,
            help="A user token (xoxp-…) of your own Slack app with the scopes "
            "users.profile:read, users.profile:write, dnd:read and dnd:write.",
        ),
        SettingField(
            "status_emoji",
            "Status emoji",
            default=DEFAULT_EMOJI,
            help="The emoji beside your away status, as :name:.",
        ),
        SettingField(
            "dnd",
            "Do Not Disturb",
            FieldKind.CHOICE,
            default="on",
            choices=("on", "off"),
            help="Pause Slack's notifications while you are away and on focus days.",
        ),
        SettingField(
            "api_url",
            "Slack API address",
            FieldKind.URL,
            default=API_URL,
            help="Change only for a proxy or a test server.",
        ),
    )
    secret_keys = ("refresh",)
    interactive_sign_in = True
    libraries = ("slack_sdk.web", "slack_sdk.errors")

    @classmethod
    def configure(
        cls, name: str, values: Mapping[str, str], secrets: SecretStore
    ) -> dict[str, Any]:
        token = values.get("token", "").strip()
        if token.startswith("xoxb-"):
            raise Rejected(Said("slack-bot-token"))
        if not token and not values.get("client_id", "").strip():
            raise Rejected(Said("slack-no-token"))
        emoji = values.get("status_emoji", "").strip() or DEFAULT_EMOJI
        if not EMOJI_RE.match(emoji):
            raise Rejected(Said("slack-emoji", emoji=emoji))
        return super().configure(name, values, secrets)

    @classmethod
    def settings_problem(cls, settings: Mapping[str, Any]) -> tuple[str, str] | None:
        problem = super().settings_problem(settings)
        emoji = settings.get("status_emoji")
        if problem is None and isinstance(emoji, str) and not EMOJI_RE.match(emoji.strip()):
            return (
                "status_emoji",
                f"Status emoji must be an emoji name such as :door:, not '{emoji}'.",
            )
        return problem

    # --- settings -------------------------------------------------------------------------

    def _setting(self, key: str, default: str = "") -> str:
        return str(self.account.settings.get(key) or default)

    @property
    def api_url(self) -> str:
        url = self.account.endpoint or self._setting("api_url", API_URL)
        return url if url.endswith("/") else url + "/"

    @property
    def authorize_url(self) -> str:
        """Slack's page for "Sign in with Slack": beside the API, at /oauth/v2/authorize."""
        return urljoin(self.api_url, "../oauth/v2/authorize")

    @property
    def emoji(self) -> str:
        return self._setting("status_emoji", DEFAULT_EMOJI)

    @property
    def dnd(self) -> bool:
        return self._setting("dnd", "on") == "on"

    # --- talking to Slack -----------------------------------------------------------------

    def _client(self, token: str | None) -> Any:
        from slack_sdk.web import WebClient

        # No retries inside slack_sdk: the reconciler retries, with backoff and Retry-After.
        return WebClient(
            token=token,
            base_url=self.api_url,
            timeout=max(1, math.ceil(self.context.timeout)),
            retry_handlers=[],
        )

    def _call(self, method: Callable[[Any], Any]) -> dict[str, Any]:
        """``method(client)`` with the account's token; an expired token is refreshed once
        where Slack gave a refresh token."""
        try:
            return self._send(method, self._token())
        except _Expired as error:
            token = self._refreshed(error.code)
        try:
            return self._send(method, token)
        except _Expired as error:
            raise self._signed_out(error.code) from None

    def _send(self, method: Callable[[Any], Any], token: str | None) -> dict[str, Any]:
        import urllib.error

        from slack_sdk.errors import SlackApiError, SlackRequestError

        try:
            answer = method(self._client(token))
        except SlackApiError as error:
            raise self._api_error(error.response) from None
        except (TimeoutError, urllib.error.URLError, OSError, SlackRequestError) as error:
            reason = getattr(error, "reason", error)
            if isinstance(reason, TimeoutError):
                seconds = max(1, math.ceil(self.context.timeout))
                said = Said("timeout-one", service="Slack")
                if seconds != 1:
                    said = Said("timeout", service="Slack", seconds=seconds)
                raise Unreachable(said) from error
            raise Unreachable(Said("offline", service="Slack")) from error
        data = answer.data
        if not isinstance(data, dict):
            raise Unreachable(Said("unreadable", service="Slack"))
        return data

    def _api_error(self, response: Any) -> Exception:
        data = response.data if isinstance(response.data, dict) else {}
        code = str(data.get("error", ""))
        if not re.fullmatch(r"[a-z0-9_.]+", code):  # not Slack's JSON: a proxy's page, a cut
            code = ""
        status = int(response.status_code)
        if status == 429 or code == "ratelimited":
            headers = response.headers or {}
            header = headers.get("Retry-After") or headers.get("retry-after")
            wait = retry_after(str(header) if header else None, self.context.clock())
            when = f" in {_duration(wait)}" if wait else " later"
            return Unreachable(f"Slack is busy; Boundary will try again{when}.", wait)
        if status >= 500 or code in BUSY:
            return Unreachable(f"Slack had a problem on its side ({code or f'HTTP {status}'}).")
        if not code:
            return Unreachable(Said("unreadable", service="Slack"))
        if code in SIGNED_OUT:
            if code == "missing_scope":
                return NeedsSignIn(
                    f"The Slack token of {self.account.name} lacks the permission "
                    f"{data.get('needed') or 'Boundary needs'}; sign in again."
                )
            return _Expired(code)
        return SlackRefused(f"Slack refused this ({code}).", code)

    def _signed_out(self, code: str) -> NeedsSignIn:
        return NeedsSignIn(Said("slack-no-longer", account=self.account.name, code=code))

    # --- tokens ---------------------------------------------------------------------------

    def _token(self) -> str:
        token = self.secret("token")
        if not token:
            raise NeedsSignIn(Said("slack-not-signed-in", account=self.account.name))
        rotation = self._rotation()
        if rotation and float(rotation.get("expires_at", 0)) <= self.context.clock().timestamp():
            return self._refreshed("token_expired")
        return token

    def _rotation(self) -> dict[str, Any]:
        with contextlib.suppress(ValueError, TypeError):
            stored = json.loads(self.secret("refresh") or "{}")
            if isinstance(stored, dict) and stored.get("refresh_token"):
                return stored
        return {}

    def _refreshed(self, code: str) -> str:
        """A new token from the refresh token (PKCE apps need no client secret)."""
        rotation = self._rotation()
        client_id = self._setting("client_id")
        if not rotation or not client_id:
            raise self._signed_out(code)
        form = {
            "client_id": client_id,
            "grant_type": "refresh_token",
            "refresh_token": str(rotation["refresh_token"]),
        }
        try:
            answer = self._send(lambda c: c.api_call("oauth.v2.access", data=form), None)
        except (_Expired, SlackRefused):
            raise self._signed_out(code) from None
        return self._keep_tokens(answer)

    def _keep_tokens(self, answer: Mapping[str, Any]) -> str:
        """Keep the token of an oauth.v2.access answer (a user token, or a refreshed one)."""
        user = answer.get("authed_user")
        granted = user if isinstance(user, dict) and user.get("access_token") else answer
        token = str(granted.get("access_token") or "")
        if not token.startswith(("xoxp-", "xoxe.xoxp-")):
            raise Rejected(Said("slack-no-user-token"))
        self.store_secret("token", token)
        if granted.get("refresh_token"):
            expires = self.context.clock() + timedelta(seconds=int(granted.get("expires_in", 0)))
            rotation = {
                "refresh_token": granted["refresh_token"],
                "expires_at": expires.timestamp(),
            }
            self.store_secret("refresh", json.dumps(rotation))
        return token

    # --- signing in -----------------------------------------------------------------------

    def sign_in(self, interaction: SignInInteraction) -> None:
        """With a client ID, Sign in with Slack in the browser; otherwise check the token."""
        if self._setting("client_id"):
            self._sign_in_with_browser(interaction)
        who = self._call(lambda c: c.auth_test())
        who_, team = str(who.get("user", "?")), str(who.get("team", "?"))
        interaction.progress(Said("signin-done-slack", who=who_, team=team))

    def _sign_in_with_browser(self, interaction: SignInInteraction) -> None:
        import base64
        import hashlib
        import secrets

        from boundary_app.providers.oauth_loopback import LoopbackReceiver

        verifier = secrets.token_urlsafe(64)
        challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest())
        state = secrets.token_urlsafe(24)
        try:
            receiver = LoopbackReceiver()
        except OSError as error:
            raise Unreachable(Said("slack-no-receiver")) from error
        with receiver:
            redirect = f"http://localhost:{receiver.port}/"
            query = {
                "client_id": self._setting("client_id"),
                "user_scope": ",".join(USER_SCOPES),
                "redirect_uri": redirect,
                "state": state,
                "code_challenge": challenge.rstrip(b"=").decode(),
                "code_challenge_method": "S256",
            }
            interaction.progress(Said("signin-opening", service="Slack"))
            if not interaction.open_url(f"{self.authorize_url}?{urlencode(query)}"):
                raise Rejected(Said("slack-no-browser"))
            interaction.progress(Said("signin-waiting-browser"))
            answer = receiver.wait(
                state, interaction.cancel, clock=self.context.clock, limit=BROWSER_WAIT
            )
        if answer is None:
            raise NeedsSignIn(Said("browser-too-late"))
        if "code" not in answer:
            if answer.get("error") == "access_denied":
                raise Rejected(Said("slack-declined"))
            raise Rejected(Said("slack-incomplete", error=str(answer.get("error"))))
        interaction.progress(Said("signin-finishing"))
        form = {
            "client_id": self._setting("client_id"),
            "code": answer["code"],
            "redirect_uri": redirect,
            "code_verifier": verifier,
        }
        try:
            granted = self._send(lambda c: c.api_call("oauth.v2.access", data=form), None)
        except _Expired as error:
            raise Rejected(Said("slack-incomplete", error=error.code)) from None
        self._keep_tokens(granted)

    def test_connection(self) -> str:
        reply = self.read_auto_reply()
        if not reply.enabled:
            state = Said("no-status")
        elif reply.end is not None:
            state = Said("status-until", end=reply.end.isoformat(" ", "minutes"))
        else:
            state = Said("status-no-end")
        return Said.joined(Said("connected"), state)

    # --- what Boundary set, on this computer ----------------------------------------------

    @property
    def _memo_file(self) -> Path:
        return account_file(self.context.data_dir, self.kind, self.account.name, "status")

    def _memo(self) -> Memo:
        data = read_json(self._memo_file)
        try:
            reply = AutoReply.from_json(data["reply"]) if data.get("reply") else None
            status = Status(**data["status"]) if data.get("status") else None
            snooze = None if data.get("snooze_end") is None else int(data["snooze_end"])
        except (ValueError, TypeError, KeyError, AttributeError):
            return Memo()  # none, or damaged: Boundary knows of no status of its own
        return Memo(reply, status, snooze)

    def _keep(self, memo: Memo) -> None:
        data = {
            "reply": memo.reply.to_json() if memo.reply else None,
            "status": memo.status.to_json() if memo.status else None,
            "snooze_end": memo.snooze_end,
        }
        keep_memo(self._memo_file, None if memo == Memo() else data)

    # --- the status -----------------------------------------------------------------------

    def _shown(self, now: datetime) -> Status:
        """The status Slack shows now (an expired one is none)."""
        answer = self._call(lambda c: c.users_profile_get())
        try:
            profile = answer["profile"]
            text = unescape(str(profile.get("status_text") or "")).strip()
            emoji = str(profile.get("status_emoji") or "")
            expiration = int(profile.get("status_expiration") or 0)
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            raise Unreachable(Said("unreadable", service="Slack")) from error
        if expiration and expiration <= now.timestamp():
            return Status()
        return Status(text, emoji, expiration)

    def _set_status(self, status: Status) -> None:
        profile = {
            "status_text": status.text,
            "status_emoji": status.emoji,
            "status_expiration": status.expiration,
        }
        self._call(lambda c: c.users_profile_set(profile=profile))

    def read_auto_reply(self) -> AutoReply:
        now = self.context.clock()
        memo = self._memo()
        shown = self._shown(now)
        if memo.status is not None and shown == memo.status and memo.reply is not None:
            self._keep_snoozed(memo, now)
            return memo.reply
        reply = memo.reply
        if reply is not None and reply.start is not None and reply.start > now:
            return reply  # its status goes on at the start; until then Slack's is the person's
        if shown.empty:
            if reply is not None and memo.status is None and reply.active_at(now):
                self._put_on(reply, shown, now)  # the start has come
                return reply
            return AutoReply.off()
        return _found(shown)

    def write_auto_reply(self, reply: AutoReply) -> None:
        if not reply.enabled:
            self.clear_auto_reply()
            return
        check_sendable(reply)
        now = self.context.clock()
        if reply.end is not None and reply.end <= now:
            self.clear_auto_reply()  # over already: nothing to show
            return
        shown = self._shown(now)
        if reply.start is not None and reply.start > now:
            self._take_off(self._memo(), shown)  # a status of Boundary's from before goes
            self._keep(Memo(reply))
            return
        self._put_on(reply, shown, now)

    def clear_auto_reply(self) -> None:
        """Clear Boundary's own status and snooze; anything the person set stays."""
        memo = self._memo()
        if memo.status is not None:
            self._take_off(memo, self._shown(self.context.clock()))
        elif memo.snooze_end:
            self._end_snooze(memo)
        self._keep(Memo())

    def _put_on(self, reply: AutoReply, shown: Status, now: datetime) -> None:
        """Show ``reply`` as the status (a status showing the same text and end already, as
        a kept one does, keeps its emoji), then snooze Do Not Disturb."""
        expiration = _stamp(reply.end) if reply.end is not None else 0
        wanted = Status(status_line(reply), self.emoji, expiration)
        same = shown.text == wanted.text and shown.expiration == expiration and shown.emoji
        status = shown if same else wanted
        if not same:
            self._set_status(wanted)
        memo = Memo(reply, status, 0 if self.dnd else None)
        self._keep(memo)  # before the snooze: should that fail, the next read snoozes
        if self.dnd:
            self._keep(replace(memo, snooze_end=self._snooze(reply, now)))

    def _take_off(self, memo: Memo, shown: Status) -> None:
        if memo.status is not None and shown == memo.status:
            self._set_status(Status())
        self._end_snooze(memo)

    # --- Do Not Disturb -------------------------------------------------------------------

    def _snooze(self, reply: AutoReply, now: datetime) -> int:
        """Snooze Do Not Disturb to the reply's end, at most ``SNOOZE_LIMIT``; its end."""
        left = (reply.end - now) if reply.end is not None else SNOOZE_LIMIT
        minutes = max(1, math.ceil(min(left, SNOOZE_LIMIT).total_seconds() / 60))
        try:
            answer = self._call(lambda c: c.dnd_setSnooze(num_minutes=minutes))
        except SlackRefused as error:
            if error.code != "too_long":
                raise
            minutes = min(minutes, int(SHORT_SNOOZE.total_seconds() // 60))
            answer = self._call(lambda c: c.dnd_setSnooze(num_minutes=minutes))
        end = answer.get("snooze_endtime")
        return int(end) if isinstance(end, int) else _stamp(now) + minutes * 60

    def _keep_snoozed(self, memo: Memo, now: datetime) -> None:
        """Renew Boundary's snooze while its status is on; one the person ended or changed
        is theirs from then on."""
        reply = memo.reply
        if memo.snooze_end is None or reply is None or not self.dnd:
            return
        end = _stamp(reply.end) if reply.end is not None else None
        if end is not None and end <= now.timestamp():
            return
        if memo.snooze_end == 0:  # Slack did not answer when the status went on
            self._keep(replace(memo, snooze_end=self._snooze(reply, now)))
            return
        if end is not None and memo.snooze_end >= end:
            return  # it lasts to the end already
        info = self._call(lambda c: c.dnd_info())
        snoozed, until = bool(info.get("snooze_enabled")), int(info.get("snooze_endtime") or 0)
        ours = snoozed and abs(until - memo.snooze_end) <= 60
        ran_out = not snoozed and now.timestamp() >= memo.snooze_end - 60
        if not ours and not ran_out:
            self._keep(replace(memo, snooze_end=None))
            return
        if ours and memo.snooze_end - now.timestamp() > RENEW_BEFORE.total_seconds():
            return
        self._keep(replace(memo, snooze_end=self._snooze(reply, now)))

    def _end_snooze(self, memo: Memo) -> None:
        if not memo.snooze_end:
            return
        info = self._call(lambda c: c.dnd_info())
        until = int(info.get("snooze_endtime") or 0)
        if info.get("snooze_enabled") and abs(until - memo.snooze_end) <= 60:
            try:
                self._call(lambda c: c.dnd_endSnooze())
            except SlackRefused as error:
                if error.code != "snooze_not_active":  # it ended meanwhile
                    raise


def _found(shown: Status) -> AutoReply:
    """A status Boundary did not set, as a reply: its text (or emoji), its expiration."""
    text = shown.text or shown.emoji
    end = datetime.fromtimestamp(shown.expiration, UTC) if shown.expiration else None
    return AutoReply(enabled=True, end=end, subject=text, internal=text)


def _duration(wait: timedelta) -> str:
    seconds = int(wait.total_seconds())
    if seconds < 90:
        return f"{seconds} seconds"
    minutes = round(seconds / 60)
    return f"{minutes} minutes" if minutes < 90 else f"{round(minutes / 60)} hours"


__all__ = ["API_URL", "USER_SCOPES", "SlackProvider", "status_line"]
