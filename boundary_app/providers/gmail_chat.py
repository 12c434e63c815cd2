"""The Google Chat status of a Google Workspace account (``Capability.PRESENCE``).

Through the Chat API's ``users.availability`` methods, built from the discovery document
bundled with google-api-python-client (``chat.v1``), on the same connection and credentials
as the Gmail API:

- The status: ``patch`` of ``users/me/availability`` with ``updateMask=custom_status`` and a
  ``customStatus``: the text (Google keeps at most 64 characters: a longer line is cut, with
  "…"), an emoji (Google requires one: ``AWAY_EMOJI`` while away, ``FOCUS_EMOJI`` on a focus
  day) and ``expireTime`` = the status's end, so Chat takes it away on time with the laptop
  closed; no end, no ``expireTime`` (it stays until cleared). Read back with ``get``.
  Boundary clears it with the same ``patch`` and no ``customStatus``, and only while Chat
  still shows the text Boundary set; a status the person set is theirs and stays.
- Do Not Disturb on a focus day: ``markAsDoNotDisturb`` with ``expireTime`` = the day's end.
  ``get`` gives the state (``DO_NOT_DISTURB``) and its end (``doNotDisturbMetadata``): it
  reads as Boundary's while Boundary's is running (remembered on this computer) and Chat
  shows Do Not Disturb ending when Boundary's does; a Do Not Disturb the person chose (another
  end) is theirs. Chat has no call that ends Do Not Disturb as such: ``markAsActive`` with a
  short ``ttl`` (``ACTIVE_TTL``) hands the state back to Chat's own reckoning (I'm back).
- What Boundary set is remembered in ``<data>/gmail/chat-<hash>.json``: the whole line (the
  reconciler compares it with the line it wants), the text sent, its end, and the end of
  Boundary's Do Not Disturb.

It needs the scope ``SCOPE``, asked only while the account's ``chat_status`` setting
(``FIELD``) is on; it is off unless turned on, as it needs Google Workspace and the Chat API
turned on in the OAuth client's Google Cloud project. A gmail.com account has no Chat API:
Boundary does not ask, and says so with the code ``chat-workspace-only`` (``Unsupported``).
docs/providers/gmail.md says what the person sees.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, Protocol

from boundary_app.providers.base import (
    ChatStatus,
    FieldKind,
    MailProvider,
    NeedsSignIn,
    ProviderContext,
    Rejected,
    Said,
    SettingField,
    Unreachable,
    Unsupported,
    keep_memo,
    one_line,
    status_line,
)
from boundary_app.providers.files import account_file, read_json

SCOPE = "https://www.googleapis.com/auth/chat.users.availability"
API = ("chat", "v1")
NAME = "users/me/availability"
MASK = "custom_status"
"""The only field ``patch`` may change (its ``updateMask``)."""
TEXT_LIMIT = 64
"""The longest custom status text Google keeps."""
AWAY_EMOJI = "\U0001f6aa"  # DOOR (a \N{...} escape imports unicodedata to compile)
FOCUS_EMOJI = "\U0001f515"  # BELL WITH CANCELLATION STROKE
DND = "DO_NOT_DISTURB"
ACTIVE_TTL = "60s"
"""How long ``markAsActive`` holds Active when Boundary ends its Do Not Disturb early; then
Chat reckons the state from the person's activity again."""
SAME_END = timedelta(minutes=1)
"""How far Chat's end of Do Not Disturb may lie from Boundary's and still be Boundary's."""

FIELD = SettingField(
    "chat_status",
    "Google Chat status",
    FieldKind.CHOICE,
    # Off unless turned on: it needs Workspace and the Chat API in the client's project.
    choices=("off", "on"),
    help=(
        "on = while you are away, a Google Chat status that ends with the away period, and "
        "Do Not Disturb on focus days (Google Workspace only; the Google Chat API must be "
        "turned on for the OAuth client's project; Google asks you to let Boundary see and "
        "change your availability in Chat)."
    ),
)


class _Session(Protocol):
    """``gmail._Session``: the API's service, and calls with Google's errors in words."""

    service: Any

    def call(self, request: Any, what: str) -> dict[str, Any]: ...


class GmailProvider(Protocol):
    """What this module uses of ``gmail.GmailProvider`` (not imported: no import cycle)."""

    @property
    def account(self) -> Any: ...

    @property
    def context(self) -> ProviderContext: ...

    @property
    def _consumer(self) -> bool: ...

    def granted_scopes(self) -> list[str] | None: ...

    def _session(self, api: tuple[str, str] = ...) -> Any: ...


@dataclass(frozen=True)
class Memo:
    """What Boundary set in Chat, kept on this computer: the whole line, the text sent."""

    message: str = ""
    sent: str = ""
    until: datetime | None = None
    dnd_until: datetime | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "message": self.message,
            "sent": self.sent,
            "until": self.until.isoformat() if self.until else None,
            "dnd_until": self.dnd_until.isoformat() if self.dnd_until else None,
        }


@dataclass(frozen=True)
class _Shown:
    """What Chat shows: the custom status text and its end, and Do Not Disturb's end."""

    text: str = ""
    until: datetime | None = None
    dnd_until: datetime | None = None


def need(provider: GmailProvider) -> None:
    """Unsupported for a gmail.com account; Rejected when the feature is off; NeedsSignIn
    when the token lacks the scope."""
    if provider._consumer:
        raise Unsupported(Said("chat-workspace-only"))
    if not MailProvider.feature_on(provider.account.settings, FIELD.key):
        raise Rejected(Said("chat-off"))
    granted = provider.granted_scopes()
    if granted is not None and SCOPE not in granted:
        raise NeedsSignIn(Said("chat-not-allowed"))


# --- the contract -----------------------------------------------------------------------------


def read(provider: GmailProvider) -> ChatStatus:
    need(provider)
    with provider._session(API) as session:
        shown = _shown(session)
    memo = _memo(provider)
    now = provider.context.clock()
    text = shown.text.strip()
    dnd = _ours_dnd(shown, memo, now)
    if not text and not dnd:
        return ChatStatus.off()
    message = memo.message if memo.message and text == memo.sent.strip() else shown.text
    return ChatStatus(True, message, shown.until if text else memo.dnd_until, dnd)


def write(provider: GmailProvider, status: ChatStatus) -> None:
    now = provider.context.clock()
    if not status.enabled or (status.until is not None and status.until <= now):
        clear(provider)  # off, or over already
        return
    if status.dnd and status.until is None:
        raise Rejected(Said("dnd-needs-end"))
    need(provider)
    sent = status_line(status.message, "", TEXT_LIMIT)
    before = _memo(provider)
    with provider._session(API) as session:
        availability = session.service.users().availability()
        if sent:
            custom: dict[str, Any] = {
                "text": sent,
                "emoji": {"unicode": FOCUS_EMOJI if status.dnd else AWAY_EMOJI},
            }
            if status.until is not None:
                custom["expireTime"] = _stamp(status.until)
            patch = availability.patch(name=NAME, updateMask=MASK, body={"customStatus": custom})
            session.call(patch, "set your Google Chat status")
        _keep(provider, Memo(status.message, sent, status.until, before.dnd_until))
        if status.dnd and status.until is not None:
            body = {"expireTime": _stamp(status.until)}
            mark = availability.markAsDoNotDisturb(name=NAME, body=body)
            session.call(mark, "turn on Do Not Disturb in Google Chat")
            _keep(provider, Memo(status.message, sent, status.until, status.until))
        elif before.dnd_until is not None:
            _end_dnd(session, before, now)
            _keep(provider, Memo(status.message, sent, status.until))


def clear(provider: GmailProvider) -> None:
    """Clear Boundary's status and Do Not Disturb, only while Chat still shows them."""
    memo = _memo(provider)
    if memo == Memo():
        return
    need(provider)
    with provider._session(API) as session:
        shown = _shown(session)
        if memo.sent and shown.text.strip() and one_line(shown.text) == one_line(memo.sent):
            availability = session.service.users().availability()
            patch = availability.patch(name=NAME, updateMask=MASK, body={})
            session.call(patch, "clear your Google Chat status")
        _end_dnd(session, memo, provider.context.clock(), shown)
    _keep(provider, Memo())


# --- Chat -------------------------------------------------------------------------------------


def _shown(session: _Session) -> _Shown:
    answer = session.call(
        session.service.users().availability().get(name=NAME), "read your Google Chat status"
    )
    try:
        custom = answer.get("customStatus") or {}
        text = str(custom.get("text") or "")
        expiry = custom.get("expireTime")
        dnd_end = (answer.get("doNotDisturbMetadata") or {}).get("expirationTime")
        dnd = answer.get("state") == DND
        return _Shown(
            text,
            _moment(expiry) if text and expiry else None,
            (_moment(dnd_end) if dnd_end else datetime.max.replace(tzinfo=UTC)) if dnd else None,
        )
    except (TypeError, ValueError, AttributeError) as error:
        raise Unreachable(Said("chat-unreadable")) from error


def _ours_dnd(shown: _Shown, memo: Memo, now: datetime) -> bool:
    """Chat shows Do Not Disturb, and it is Boundary's: running, and ending when it does."""
    if shown.dnd_until is None or memo.dnd_until is None or memo.dnd_until <= now:
        return False
    return abs(shown.dnd_until - memo.dnd_until) <= SAME_END


def _end_dnd(session: _Session, memo: Memo, now: datetime, shown: _Shown | None = None) -> None:
    if memo.dnd_until is None or memo.dnd_until <= now:
        return
    if _ours_dnd(shown or _shown(session), memo, now):
        availability = session.service.users().availability()
        active = availability.markAsActive(name=NAME, body={"ttl": ACTIVE_TTL})
        session.call(active, "end Do Not Disturb in Google Chat")


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _moment(value: Any) -> datetime:
    """A google-datetime (RFC 3339, up to nine digits of a second): aware, in UTC."""
    text = str(value).replace("Z", "+00:00")
    head, dot, rest = text.partition(".")
    if dot:  # Python reads at most six digits of a second
        digits = len(rest) - len(rest.lstrip("0123456789"))
        text = f"{head}.{rest[: min(digits, 6)]}{rest[digits:]}"
    moment = datetime.fromisoformat(text)
    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone(UTC)


# --- what Boundary set, on this computer ------------------------------------------------------


def _memo_file(provider: GmailProvider) -> Path:
    return account_file(provider.context.data_dir, "gmail", str(provider.account.name), "chat")


def _memo(provider: GmailProvider) -> Memo:
    def moment(value: Any) -> datetime | None:
        return datetime.fromisoformat(str(value)) if value else None

    data = read_json(_memo_file(provider))
    try:
        return Memo(
            str(data["message"]),
            str(data["sent"]),
            moment(data["until"]),
            moment(data["dnd_until"]),
        )
    except (ValueError, TypeError, KeyError, AttributeError):
        return Memo()  # none, or damaged: Boundary knows of no status of its own


def _keep(provider: GmailProvider, memo: Memo) -> None:
    keep_memo(_memo_file(provider), None if memo == Memo() else memo.to_json())


__all__ = ["FIELD", "SCOPE", "clear", "need", "read", "write"]
