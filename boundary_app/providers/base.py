"""The provider contract: one interface for every mail system.

A provider is a class registered in the entry-point group ``boundary_app.providers``.
It is constructed for one account and must not import heavy libraries at module level:
the import happens in the method that needs it, so start-up stays fast.

Every method may block on the network; callers run them off the GUI thread. Methods are
idempotent: writing the same reply twice leaves the same state as writing it once.
"""

from __future__ import annotations

import contextlib
import re
import threading
from abc import ABC, abstractmethod
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from pathlib import Path
from typing import Any, ClassVar

from boundary_app.providers.secrets import KeyringSecrets, SecretStore


class Audience(StrEnum):
    """Who receives the external reply. Colleagues always receive the internal one."""

    ALL = "all"
    CONTACTS = "contacts"
    INTERNAL = "internal"


class Capability(StrEnum):
    AUTO_REPLY = "auto-reply"
    SCHEDULED_REPLY = "scheduled-reply"
    AUDIENCE_CONTACTS = "audience-contacts"
    AUDIENCE_INTERNAL = "audience-internal"
    LIST_MAIL = "list-mail"
    FORWARD = "forward"


AUDIENCE_CAPABILITY = {
    Audience.CONTACTS: Capability.AUDIENCE_CONTACTS,
    Audience.INTERNAL: Capability.AUDIENCE_INTERNAL,
}


EMAIL_RE = re.compile(r"^[^@\s<>\"',;]+@[^@\s<>\"',;]+\.[^@\s<>\"',;.]+$")


def is_email(value: str) -> bool:
    return bool(EMAIL_RE.match(value.strip()))


def _utc(moment: datetime | None) -> datetime | None:
    return None if moment is None else moment.astimezone(UTC).replace(microsecond=0)


def _text(value: str) -> str:
    return "\n".join(line.rstrip() for line in value.replace("\r\n", "\n").strip().split("\n"))


def retry_after(value: str | None, now: datetime) -> timedelta | None:
    """An HTTP Retry-After header (seconds or an HTTP date) as a wait; None when absent,
    unreadable or already over."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return timedelta(seconds=int(value)) if int(value) > 0 else None
    from email.utils import parsedate_to_datetime  # only when a server asks to wait

    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    wait = moment - now
    return wait if wait > timedelta(0) else None


@dataclass(frozen=True)
class AutoReply:
    """An out-of-office reply as a provider stores it. Times are aware or None."""

    enabled: bool
    start: datetime | None = None
    end: datetime | None = None
    subject: str = ""
    internal: str = ""
    external: str = ""
    audience: Audience = Audience.ALL

    def __post_init__(self) -> None:
        for moment in (self.start, self.end):
            if moment is not None and moment.tzinfo is None:
                raise ValueError("AutoReply times must be timezone-aware")

    @classmethod
    def off(cls) -> AutoReply:
        return cls(enabled=False)

    @property
    def external_sent(self) -> str:
        """The text people outside the organisation receive: the external text, or the
        internal one when no separate external text is given. A blank reply never goes out."""
        return self.external if self.external.strip() else self.internal

    def normalized(self) -> AutoReply:
        """The form used to compare desired and actual state: UTC to the second, tidy text,
        the external text as it is sent (a blank one is the internal text).

        A disabled reply carries nothing else: whatever text a server keeps for a switched-off
        reply does not matter.
        """
        if not self.enabled:
            return AutoReply.off()
        return replace(
            self,
            start=_utc(self.start),
            end=_utc(self.end),
            subject=_text(self.subject),
            internal=_text(self.internal),
            external=_text(self.external_sent),
        )

    def same_as(self, other: AutoReply) -> bool:
        return self.normalized() == other.normalized()

    def active_at(self, moment: datetime) -> bool:
        """Whether a server holding this reply would answer mail arriving at ``moment``."""
        if not self.enabled:
            return False
        if self.start is not None and moment < self.start:
            return False
        return self.end is None or moment < self.end

    def to_json(self) -> dict[str, Any]:
        return {
            "enabled": self.enabled,
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
            "subject": self.subject,
            "internal": self.internal,
            "external": self.external,
            "audience": self.audience.value,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> AutoReply:
        def moment(key: str) -> datetime | None:
            value = data.get(key)
            return datetime.fromisoformat(value) if value else None

        return cls(
            enabled=bool(data.get("enabled", False)),
            start=moment("start"),
            end=moment("end"),
            subject=str(data.get("subject", "")),
            internal=str(data.get("internal", "")),
            external=str(data.get("external", "")),
            audience=Audience(data.get("audience", Audience.ALL.value)),
        )


@dataclass(frozen=True)
class MailSummary:
    id: str
    sender: str
    subject: str
    received: datetime
    link: str = ""
    account: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "sender": self.sender,
            "subject": self.subject,
            "received": self.received.isoformat(),
            "link": self.link,
            "account": self.account,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> MailSummary:
        return cls(
            id=str(data["id"]),
            sender=str(data.get("sender", "")),
            subject=str(data.get("subject", "")),
            received=datetime.fromisoformat(data["received"]),
            link=str(data.get("link", "")),
            account=str(data.get("account", "")),
        )


class ProviderError(Exception):
    """A failure a person can read. ``str(error)`` is one plain sentence."""

    retryable: ClassVar[bool] = False
    kind: ClassVar[str] = "error"


class NeedsSignIn(ProviderError):
    """The credentials are missing, wrong or expired; retrying will not help."""

    kind = "needs-sign-in"


class Unreachable(ProviderError):
    """Offline, timed out, server error or rate-limited: worth trying again later."""

    retryable = True
    kind = "unreachable"

    def __init__(self, message: str, retry_after: timedelta | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class Rejected(ProviderError):
    """The server refused what was asked, with its own reason; retrying will not help."""

    kind = "rejected"


def check_sendable(reply: AutoReply) -> None:
    """Rejected for an enabled reply with no text at all: a blank reply never goes out."""
    if reply.enabled and not reply.external_sent.strip():
        raise Rejected("The reply has no text; write a message for it before it is set.")


class SignInCancelled(ProviderError):
    """The person cancelled an interactive sign-in."""

    kind = "cancelled"


class FieldKind(StrEnum):
    TEXT = "text"
    EMAIL = "email"
    URL = "url"
    HOST = "host"
    PORT = "port"
    CHOICE = "choice"
    SECRET = "secret"  # kept in the keyring, never in the profile
    FILE = "file"  # a path whose contents ``configure`` imports (e.g. an OAuth client file)


@dataclass(frozen=True)
class SettingField:
    """One setting an account of a kind needs. The CLI flags of ``boundary accounts add`` and
    the form in Settings → Accounts are both made from these.

    ``key`` is the profile key (``ews_url``) and, with dashes, the flag (``--ews-url``).
    A SECRET field comes in through ``--password-stdin`` or a password box; a kind has at
    most one. ``label`` and ``help`` are English; the app translates them (context
    "AccountFields").
    """

    key: str
    label: str
    kind: FieldKind = FieldKind.TEXT
    required: bool = False
    default: str = ""
    choices: tuple[str, ...] = ()
    help: str = ""

    @property
    def flag(self) -> str:
        return "--" + self.key.replace("_", "-")


@dataclass
class SignInInteraction:
    """What an interactive sign-in may do with the person, from a worker thread.

    ``open_url`` opens the system browser (returns False when it could not);
    ``show_code`` shows a device code and where to enter it; ``progress`` says what
    happens now. A provider checks ``cancel`` while it waits and raises SignInCancelled.
    """

    open_url: Callable[[str], bool]
    show_code: Callable[[str, str], None]
    progress: Callable[[str], None]
    cancel: threading.Event = field(default_factory=threading.Event)


def validate_field(spec: SettingField, value: str) -> Any:
    """The stored form of one entered value, or Rejected saying what is wrong with it."""
    if spec.kind is FieldKind.PORT:
        if not value.isdigit() or not 0 < int(value) < 65536:
            raise Rejected(f"{spec.label} must be a port number (1–65535), not '{value}'.")
        return int(value)
    if spec.kind is FieldKind.EMAIL and not is_email(value):
        raise Rejected(f"{spec.label}: '{value}' is not an email address.")
    if spec.kind is FieldKind.URL and not value.lower().startswith(("https://", "http://")):
        raise Rejected(f"{spec.label} must start with https://, not '{value}'.")
    if spec.kind is FieldKind.CHOICE and value not in spec.choices:
        raise Rejected(f"{spec.label} must be one of {', '.join(spec.choices)}, not '{value}'.")
    return value


@dataclass(frozen=True)
class AccountConfig:
    """An account as the profile describes it: no secrets, those live in the keyring."""

    name: str
    kind: str
    settings: Mapping[str, Any] = field(default_factory=dict)

    @property
    def endpoint(self) -> str | None:
        value = self.settings.get("endpoint")
        return str(value) if value else None


@dataclass(frozen=True)
class ProviderContext:
    """What the app lends a provider."""

    data_dir: Path
    clock: Callable[[], datetime]
    timeout: float = 30.0
    secrets: SecretStore = field(default_factory=KeyringSecrets)


class MailProvider(ABC):
    """Base class of every provider. Subclasses set the class attributes and the methods."""

    kind: ClassVar[str]
    display_name: ClassVar[str]
    capabilities: ClassVar[frozenset[Capability]]
    #: What ``boundary accounts add KIND`` and the Settings form ask for.
    settings_fields: ClassVar[tuple[SettingField, ...]] = ()
    #: Keyring keys besides the SECRET field (tokens); removed with the account.
    secret_keys: ClassVar[tuple[str, ...]] = ()
    #: Whether an account of this kind needs ``sign_in`` (OAuth) before it works.
    interactive_sign_in: ClassVar[bool] = False
    #: Modules the provider imports lazily; a frozen build's self-test imports them.
    libraries: ClassVar[tuple[str, ...]] = ()

    def __init__(self, account: AccountConfig, context: ProviderContext) -> None:
        self.account = account
        self.context = context

    # --- setting an account up ------------------------------------------------------------

    @classmethod
    def configure(
        cls, name: str, values: Mapping[str, str], secrets: SecretStore
    ) -> dict[str, Any]:
        """Check what a person entered and return the account's settings for the profile.

        ``values`` holds the entered text per field key (missing or "" when left empty).
        The SECRET field goes to ``secrets``; FILE fields are only checked for presence (the
        provider reads them from ``values``); the rest is returned (ports as numbers). Raise
        Rejected with a sentence a person understands when something is wrong. Providers
        that need more (reading a FILE field, spotting the wrong kind of server) extend this.
        """
        settings: dict[str, Any] = {}
        for spec in cls.settings_fields:
            value = values.get(spec.key, "").strip() or spec.default
            if not value:
                if spec.required:
                    raise Rejected(f"{spec.label} is needed.")
                continue
            if spec.kind is FieldKind.SECRET:
                secrets.set(name, spec.key, value)
            elif spec.kind is not FieldKind.FILE:
                settings[spec.key] = validate_field(spec, value)
        return settings

    @classmethod
    def forget(cls, name: str, secrets: SecretStore) -> None:
        """Remove the account's secrets from the keyring."""
        keys = [f.key for f in cls.settings_fields if f.kind is FieldKind.SECRET]
        for key in (*keys, *cls.secret_keys):
            secrets.delete(name, key)

    def sign_in(self, interaction: SignInInteraction) -> None:  # noqa: B027 - optional hook
        """Interactive sign-in (OAuth) when ``interactive_sign_in``; keeps the token."""

    def test_connection(self) -> str:
        """Connect, read the auto-reply and say in one sentence how things stand."""
        reply = self.read_auto_reply()
        if not reply.enabled:
            return "Connected. No auto-reply is set."
        if reply.end is not None:
            return f"Connected. An auto-reply is set until {reply.end.isoformat(' ', 'minutes')}."
        return "Connected. An auto-reply is set, with no end date."

    def secret(self, key: str) -> str | None:
        return self.context.secrets.get(self.account.name, key)

    def store_secret(self, key: str, value: str) -> None:
        self.context.secrets.set(self.account.name, key, value)

    # --- a subject the server does not keep -----------------------------------------------

    @property
    def _subject_memo(self) -> Path:
        import hashlib

        digest = hashlib.sha256(self.account.name.encode()).hexdigest()[:16]
        return self.context.data_dir / self.kind / f"subject-{digest}.json"

    @staticmethod
    def _fingerprint(reply: AutoReply) -> str:
        import hashlib
        import json

        shape = replace(reply, subject="").normalized().to_json()
        return hashlib.sha256(json.dumps(shape, sort_keys=True).encode()).hexdigest()

    def keep_subject(self, written: AutoReply) -> None:
        """For servers that keep no subject (Exchange, Microsoft 365): remember on this
        computer the one Boundary wrote, next to a fingerprint of the reply it belongs to."""
        import json

        from boundary_app.providers.files import write_atomic

        memo = {"fingerprint": self._fingerprint(written), "subject": written.subject}
        # Should it fail, the reply is set all the same; only its subject reads back empty.
        with contextlib.suppress(OSError):
            write_atomic(self._subject_memo, json.dumps(memo, ensure_ascii=False).encode())

    def with_kept_subject(self, read: AutoReply) -> AutoReply:
        """``read`` with the subject Boundary wrote, while the server still holds that reply;
        a reply changed elsewhere no longer matches the fingerprint and keeps no subject."""
        import json

        if not read.enabled:
            return read
        try:
            memo = json.loads(self._subject_memo.read_bytes())
            if memo.get("fingerprint") == self._fingerprint(read):
                return replace(read, subject=str(memo.get("subject", "")))
        except (OSError, ValueError, AttributeError):
            pass
        return read

    # --- the auto-reply and mail ------------------------------------------------------------

    @abstractmethod
    def read_auto_reply(self) -> AutoReply: ...

    @abstractmethod
    def write_auto_reply(self, reply: AutoReply) -> None: ...

    @abstractmethod
    def clear_auto_reply(self) -> None: ...

    def list_mail(self, since: datetime, limit: int) -> list[MailSummary]:
        raise Rejected(f"{self.display_name} accounts cannot list new mail.")

    def forward(self, message_id: str, to: str, note: str) -> None:
        raise Rejected(f"{self.display_name} accounts cannot forward mail.")
