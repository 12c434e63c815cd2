"""The Teams status of an m365 account (``Capability.PRESENCE``), through Microsoft Graph.

- The status message: ``POST /me/presence/setStatusMessage`` with a text message and an
  ``expiryDateTime`` (the period's end), so Teams takes it away on time with the laptop
  closed; read back from ``GET /me/presence`` (``statusMessage``). Boundary clears it by
  setting an empty message, and only while Teams still shows the message Boundary set.
- Do Not Disturb on a focus day: ``POST /me/presence/setUserPreferredPresence``
  (DoNotDisturb / DoNotDisturb, ``expirationDuration`` to the day's end);
  ``clearUserPreferredPresence`` ends it early (I'm back). Graph does not read a preferred
  presence back, only the presence Teams shows (``availability``): Do Not Disturb reads as
  set while Boundary's is running (remembered on this computer) and Teams shows
  DoNotDisturb, or shows no session at all (Offline, PresenceUnknown: Teams is signed in
  nowhere, and a preferred presence has no effect until it is). Teams showing anything else
  means the person chose it (their choice outranks Boundary's).
- What Boundary set is remembered in ``<data>/m365/presence-<hash>.json``: the message, its
  end, and the end of Boundary's Do Not Disturb.
- A personal Microsoft account (outlook.com, hotmail.com, live.com) has no Teams presence in
  Graph: a new one keeps the feature off (``configured``), its sign-in never asks for the
  permission, and reading or writing raises ``Unsupported``, as does Graph's answer that the
  request is not supported for a personal account.

The feature is the account setting ``teams_status`` (``FIELD``); it asks for Graph's
``Presence.ReadWrite`` permission only when on (``feature_scopes``). docs/providers/m365.md
says what the person sees.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from boundary_app.providers.base import (
    ChatStatus,
    FieldKind,
    ProviderContext,
    Rejected,
    Said,
    SettingField,
    Unreachable,
    Unsupported,
    keep_memo,
    one_line,
)
from boundary_app.providers.files import account_file, read_json
from boundary_app.providers.graph_time import from_graph, to_graph

PRESENCE_SCOPE = "Presence.ReadWrite"
PRESENCE_PATH = "/me/presence"
DND = "DoNotDisturb"
NO_SESSION = frozenset({"Offline", "PresenceUnknown"})
"""What Teams shows when the person is signed in nowhere: a preferred presence waits."""
NEVER = 9999
"""Graph's year for a status message that does not expire."""

FIELD = SettingField(
    "teams_status",
    "Teams status",
    FieldKind.CHOICE,
    default="on",
    choices=("on", "off"),
    help=(
        "Set a Teams status message while you are away, and Do Not Disturb on focus days "
        "(work or school accounts; asks for the Presence.ReadWrite permission)."
    ),
)
"""The account setting that turns the Teams status on. An account added before it existed
has no value and keeps it off (its sign-in did not ask for the permission)."""

UNSUPPORTED = Said("m365-no-teams")


def configured(settings: dict[str, Any], personal: bool) -> dict[str, Any]:
    """The settings of a new account: a personal Microsoft account keeps no Teams status (it
    has none in Graph), so its sign-in never asks for the permission."""
    if personal:
        settings.pop(FIELD.key, None)
    return settings


@dataclass(frozen=True)
class Memo:
    """What Boundary set on Teams, kept on this computer."""

    message: str = ""
    until: datetime | None = None
    dnd_until: datetime | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "message": self.message,
            "until": self.until.isoformat() if self.until else None,
            "dnd_until": self.dnd_until.isoformat() if self.dnd_until else None,
        }


Call = Callable[..., Any]


class TeamsStatus:
    """The Teams status of one account; ``call`` is the provider's Graph request."""

    def __init__(
        self,
        call: Call,
        context: ProviderContext,
        account: str,
        *,
        personal: bool,
    ) -> None:
        self.call = call
        self.context = context
        self.account = account
        self.personal = personal

    # --- Graph --------------------------------------------------------------------------

    def _graph(self, method: str, path: str, body: Mapping[str, Any] | None = None) -> Any:
        if self.personal:
            raise Unsupported(UNSUPPORTED)
        try:
            return self.call(method, path, body=body)
        except Rejected as error:
            if _personal_refusal(str(error)):
                raise Unsupported(UNSUPPORTED) from error
            raise

    def _shown(self) -> tuple[str, datetime | None, str]:
        """The message Teams shows, its end (None: none), and the availability."""
        answer = self._graph("GET", PRESENCE_PATH)
        try:
            status = answer.get("statusMessage") or {}
            message = str((status.get("message") or {}).get("content") or "")
            expiry = status.get("expiryDateTime")
            until = self._until(expiry) if message and expiry else None
            return message, until, str(answer.get("availability") or "")
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            raise Unreachable(Said("unreadable", service="Microsoft 365")) from error

    def _until(self, value: Mapping[str, Any]) -> datetime | None:
        """A status message's expiryDateTime; None for Graph's "never" (year 9999)."""
        if str(value.get("dateTime") or "").startswith(str(NEVER)):
            return None
        return from_graph(value)

    # --- the contract -------------------------------------------------------------------

    def read(self) -> ChatStatus:
        message, until, availability = self._shown()
        memo = self._memo()
        now = self.context.clock()
        dnd = (
            memo.dnd_until is not None
            and memo.dnd_until > now
            and (availability == DND or availability in NO_SESSION)
        )
        if not message.strip() and not dnd:
            return ChatStatus.off()
        return ChatStatus(True, message, until if message.strip() else memo.dnd_until, dnd)

    def write(self, status: ChatStatus) -> None:
        if not status.enabled:
            self.clear()
            return
        now = self.context.clock()
        if status.until is not None and status.until <= now:
            self.clear()  # over already
            return
        if status.dnd and status.until is None:
            raise Rejected(Said("dnd-needs-end"))
        body: dict[str, Any] = {"message": {"content": status.message, "contentType": "text"}}
        if status.until is not None:
            body["expiryDateTime"] = to_graph(status.until)
        before = self._memo()
        self._graph("POST", f"{PRESENCE_PATH}/setStatusMessage", {"statusMessage": body})
        memo = Memo(status.message, status.until, before.dnd_until)
        self._keep(memo)
        if status.dnd and status.until is not None:
            duration = {"expirationDuration": _duration(status.until - now)}
            preferred = {"availability": DND, "activity": DND, **duration}
            self._graph("POST", f"{PRESENCE_PATH}/setUserPreferredPresence", preferred)
            self._keep(Memo(status.message, status.until, status.until))
        elif before.dnd_until is not None:
            self._end_dnd(before, now)
            self._keep(Memo(status.message, status.until))

    def clear(self) -> None:
        """Clear Boundary's message and Do Not Disturb, only while Teams still shows them."""
        memo = self._memo()
        if memo == Memo():
            return
        message, _, availability = self._shown()
        if memo.message and message.strip() and one_line(message) == one_line(memo.message):
            empty = {"statusMessage": {"message": {"content": "", "contentType": "text"}}}
            self._graph("POST", f"{PRESENCE_PATH}/setStatusMessage", empty)
        self._end_dnd(memo, self.context.clock(), availability)
        self._keep(Memo())

    def _end_dnd(self, memo: Memo, now: datetime, availability: str | None = None) -> None:
        if memo.dnd_until is None or memo.dnd_until <= now:
            return
        if availability is None:
            availability = self._shown()[2]
        if availability == DND or availability in NO_SESSION:
            self._graph("POST", f"{PRESENCE_PATH}/clearUserPreferredPresence")

    # --- what Boundary set, on this computer --------------------------------------------

    @property
    def _memo_file(self) -> Path:
        return account_file(self.context.data_dir, "m365", self.account, "presence")

    def _memo(self) -> Memo:
        def moment(value: Any) -> datetime | None:
            return datetime.fromisoformat(str(value)) if value else None

        data = read_json(self._memo_file)
        try:
            return Memo(str(data["message"]), moment(data["until"]), moment(data["dnd_until"]))
        except (ValueError, TypeError, KeyError, AttributeError):
            return Memo()  # none, or damaged: Boundary knows of no status of its own

    def _keep(self, memo: Memo) -> None:
        keep_memo(self._memo_file, None if memo == Memo() else memo.to_json())


def _personal_refusal(message: str) -> bool:
    """Graph's refusal of a request a personal Microsoft account cannot make."""
    return bool(re.search(r"\bmsa\b|personal microsoft account", message.lower()))


def _duration(span: timedelta) -> str:
    """An ISO 8601 duration in whole minutes, rounded up: PT7H30M."""
    minutes = max(1, math.ceil(span.total_seconds() / 60))
    hours, minutes = divmod(minutes, 60)
    return "PT" + (f"{hours}H" if hours else "") + (f"{minutes}M" if minutes else "")


__all__ = [
    "FIELD",
    "PRESENCE_SCOPE",
    "TeamsStatus",
    "configured",
]
