"""Test doubles: a clock you move by hand, an in-memory keyring, providers that misbehave,
a Windows registry key in a dict."""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, ClassVar

import keyring.backend

from boundary_app.providers.base import (
    AutoReply,
    CalendarEvent,
    Capability,
    ColleagueAway,
    FieldKind,
    ForwardRule,
    MailProvider,
    MailSummary,
    NeedsSignIn,
    ProviderError,
    SettingField,
    SignInCancelled,
    SignInInteraction,
)


class FakeClock:
    """``clock()`` returns the current fake time; tests move it, nothing sleeps."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, delta: timedelta) -> datetime:
        self.now += delta
        return self.now


class MemoryKeyring(keyring.backend.KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


class FileKeyring(keyring.backend.KeyringBackend):
    """A keyring in the JSON file ``$BOUNDARY_TEST_KEYRING``, which child processes (a tray
    started by a test, its workers) share through ``PYTHON_KEYRING_BACKEND``."""

    priority = 1  # type: ignore[assignment]

    @property
    def path(self) -> Path:
        return Path(os.environ["BOUNDARY_TEST_KEYRING"])

    def _all(self) -> dict[str, str]:
        try:
            data: dict[str, str] = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        return data

    def get_password(self, service: str, username: str) -> str | None:
        return self._all().get(f"{service}|{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self._all()
        data[f"{service}|{username}"] = password
        self.path.write_text(json.dumps(data), encoding="utf-8")

    def delete_password(self, service: str, username: str) -> None:
        data = self._all()
        data.pop(f"{service}|{username}", None)
        self.path.write_text(json.dumps(data), encoding="utf-8")


class MemoryProvider(MailProvider):
    """A well-behaved provider whose server is a class-level dict; counts every write.

    ``fail_with`` makes the next calls raise, until it is set back to None.
    ``hang`` makes calls block until the event is set.
    """

    kind = "memory"
    display_name = "Test mail"
    capabilities = frozenset(
        {
            Capability.AUTO_REPLY,
            Capability.SCHEDULED_REPLY,
            Capability.AUDIENCE_CONTACTS,
            Capability.LIST_MAIL,
            Capability.FORWARD,
            Capability.SEND_MAIL,
        }
    )
    server: ClassVar[dict[str, AutoReply]] = {}
    writes: ClassVar[list[tuple[str, AutoReply]]] = []
    fail_with: ClassVar[dict[str, ProviderError | Exception]] = {}
    hang: ClassVar[dict[str, threading.Event]] = {}
    mail: ClassVar[list[MailSummary]] = []
    forwards: ClassVar[list[tuple[str, str, str, str]]] = []
    sent: ClassVar[list[tuple[str, str, str, str]]] = []
    """(account, to, subject, text) of each message sent."""

    @classmethod
    def reset(cls) -> None:
        cls.server = {}
        cls.writes = []
        cls.fail_with = {}
        cls.hang = {}
        cls.mail = []
        cls.forwards = []
        cls.sent = []

    def _gate(self) -> None:
        name = self.account.name
        if name in self.hang:
            self.hang[name].wait(timeout=60)
        if name in self.fail_with:
            raise self.fail_with[name]

    def read_auto_reply(self) -> AutoReply:
        self._gate()
        return self.server.get(self.account.name, AutoReply.off())

    def write_auto_reply(self, reply: AutoReply) -> None:
        self._gate()
        self.server[self.account.name] = reply
        self.writes.append((self.account.name, reply))

    def clear_auto_reply(self) -> None:
        self.write_auto_reply(AutoReply.off())

    def list_mail(self, since: datetime, limit: int) -> list[MailSummary]:
        self._gate()
        found = [m for m in self.mail if m.received > since]
        return sorted(found, key=lambda m: m.received, reverse=True)[:limit]

    def forward(self, message_id: str, to: str, note: str) -> None:
        self._gate()
        self.forwards.append((self.account.name, message_id, to, note))

    def send_mail(self, to: str, subject: str, text: str) -> None:
        self._gate()
        self.sent.append((self.account.name, to, subject, text))


class PlainProvider(MemoryProvider):
    """Like MemoryProvider but with no server-side schedule and no audience control."""

    kind = "plain"
    display_name = "Plain mail"
    capabilities = frozenset({Capability.AUTO_REPLY})


class CoverProvider(MemoryProvider):
    """An account whose server keeps a forwarding rule with no dates (switched by the app, as
    Microsoft 365 and Gmail) and answers mail tips, like Microsoft's.

    ``rules`` holds Boundary's rule per account; ``theirs`` the person's own rules, which must
    never change; ``away`` the colleagues whose own auto-reply is on (a test turns one on);
    ``bounces`` the moments 5.7.520 non-delivery reports arrived in each account's inbox,
    ``bounces_asked`` the moments ``forward_bounced`` was asked from.
    """

    kind = "cover"
    display_name = "Cover mail"
    capabilities = frozenset(
        {
            Capability.AUTO_REPLY,
            Capability.SCHEDULED_REPLY,
            Capability.FORWARD_RULE,
            Capability.MAIL_TIPS,
        }
    )
    settings_fields = (SettingField("email", "Email address", FieldKind.EMAIL),)
    rules: ClassVar[dict[str, ForwardRule]] = {}
    rule_writes: ClassVar[list[tuple[str, ForwardRule]]] = []
    theirs: ClassVar[dict[str, list[str]]] = {}
    away: ClassVar[dict[str, ColleagueAway]] = {}
    tips_asked: ClassVar[list[tuple[str, ...]]] = []
    bounces: ClassVar[dict[str, list[datetime]]] = {}
    bounces_asked: ClassVar[list[tuple[str, datetime]]] = []

    @classmethod
    def reset(cls) -> None:
        super().reset()
        cls.rules = {}
        cls.rule_writes = []
        cls.theirs = {}
        cls.away = {}
        cls.tips_asked = []
        cls.bounces = {}
        cls.bounces_asked = []

    def forward_bounced(self, since: datetime) -> datetime | None:
        self._gate()
        self.bounces_asked.append((self.account.name, since))
        found = [m for m in self.bounces.get(self.account.name, []) if m >= since]
        return max(found, default=None)

    def read_forward(self) -> ForwardRule:
        self._gate()
        return self.rules.get(self.account.name, ForwardRule.off())

    def write_forward(self, rule: ForwardRule) -> None:
        self._gate()
        self.rules[self.account.name] = rule
        self.rule_writes.append((self.account.name, rule))

    def clear_forward(self) -> None:
        self._gate()
        self.rules.pop(self.account.name, None)
        self.rule_writes.append((self.account.name, ForwardRule.off()))

    def colleagues_away(self, addresses: Sequence[str]) -> dict[str, ColleagueAway]:
        self._gate()
        self.tips_asked.append(tuple(addresses))
        return {a: self.away.get(a.lower(), ColleagueAway(a, away=False)) for a in addresses}


class CalendarProvider(MemoryProvider):
    """An account whose calendar keeps Boundary's event (marked as Boundary's, as the real
    providers mark it) beside the person's own events, which must never change.

    ``events`` holds Boundary's event per account; ``theirs`` the person's own (subject,
    start, end); ``calendar_writes`` every write and clear. The account's ``calendar``
    setting "off" turns the feature off, as on the real kinds.
    """

    kind = "calendar"
    display_name = "Calendar mail"
    capabilities = frozenset(
        {Capability.AUTO_REPLY, Capability.SCHEDULED_REPLY, Capability.CALENDAR_EVENT}
    )
    settings_fields = (
        SettingField("calendar", "Calendar", FieldKind.CHOICE, default="on", choices=("on", "off")),
    )
    events: ClassVar[dict[str, CalendarEvent]] = {}
    theirs: ClassVar[dict[str, list[tuple[str, datetime, datetime]]]] = {}
    calendar_writes: ClassVar[list[tuple[str, CalendarEvent]]] = []

    @classmethod
    def reset(cls) -> None:
        super().reset()
        cls.events = {}
        cls.theirs = {}
        cls.calendar_writes = []

    @classmethod
    def account_capabilities(cls, settings: Mapping[str, Any]) -> frozenset[Capability]:
        if settings.get("calendar", "on") == "off":
            return cls.capabilities - {Capability.CALENDAR_EVENT}
        return cls.capabilities

    def read_calendar(self) -> CalendarEvent:
        self._gate()
        event = self.events.get(self.account.name, CalendarEvent.off())
        return event.answered(self.context.clock())

    def write_calendar(self, event: CalendarEvent) -> None:
        self._gate()
        self.events[self.account.name] = event
        self.calendar_writes.append((self.account.name, event))

    def clear_calendar(self) -> None:
        self._gate()
        event, now = self.events.pop(self.account.name, CalendarEvent.off()), self.context.clock()
        if event.enabled and event.start is not None and event.start < now:
            self.events[self.account.name] = replace(event, end=now)  # ended now, kept
        self.calendar_writes.append((self.account.name, CalendarEvent.off()))


class GuardedProvider(MemoryProvider):
    """An account with settings and a password; ``check`` fails on a wrong password."""

    kind = "guarded"
    display_name = "Guarded mail"
    settings_fields = (
        SettingField("email", "Email address", FieldKind.EMAIL, required=True),
        SettingField("host", "Server", FieldKind.HOST, required=True, help="the mail server"),
        SettingField("port", "Port", FieldKind.PORT, default="993"),
        SettingField("password", "Password", FieldKind.SECRET, required=True),
    )
    PASSWORD: ClassVar[str] = "right"

    def _gate(self) -> None:
        if self.secret("password") != self.PASSWORD:
            raise NeedsSignIn("The server did not accept the password.")
        super()._gate()


class BrowserProvider(MemoryProvider):
    """An account signed in through a browser; ``sign_in`` waits for ``approve`` or a cancel."""

    kind = "browser"
    display_name = "Browser mail"
    interactive_sign_in = True
    settings_fields = (SettingField("email", "Email address", FieldKind.EMAIL, required=True),)
    secret_keys = ("token",)
    approve: ClassVar[threading.Event] = threading.Event()
    opened: ClassVar[list[str]] = []

    def sign_in(self, interaction: SignInInteraction) -> None:
        interaction.progress("Waiting for you to sign in in your browser…")
        interaction.open_url("http://127.0.0.1:9/authorize")
        self.opened.append(self.account.name)
        while not self.approve.wait(0.01):
            if interaction.cancel.is_set():
                raise SignInCancelled("Sign-in was cancelled.")
        self.store_secret("token", "t0k3n")

    def _gate(self) -> None:
        if self.secret("token") is None:
            raise NeedsSignIn("Sign in to Browser mail first.")
        super()._gate()


START = datetime(2026, 11, 24, 8, 0, tzinfo=UTC)  # a Tuesday, 09:00 in Amsterdam


class DictRegistry:
    """A ``RegistryLayer`` kept in a dict, like one key of the Windows registry."""

    def __init__(self) -> None:
        self.values: dict[str, str] = {}

    def get(self, name: str) -> str | None:
        return self.values.get(name)

    def set(self, name: str, value: str) -> None:
        self.values[name] = value

    def delete(self, name: str) -> None:
        self.values.pop(name, None)
