"""The provider contract: one interface for every mail system.

A provider is a class registered in the entry-point group ``boundary_app.providers``.
It is constructed for one account and must not import heavy libraries at module level:
the import happens in the method that needs it, so start-up stays fast.

Every method may block on the network; callers run them off the GUI thread. Methods are
idempotent: writing the same reply twice leaves the same state as writing it once.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from pathlib import Path
from typing import Any, ClassVar


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


def _utc(moment: datetime | None) -> datetime | None:
    return None if moment is None else moment.astimezone(UTC).replace(microsecond=0)


def _text(value: str) -> str:
    return "\n".join(line.rstrip() for line in value.replace("\r\n", "\n").strip().split("\n"))


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

    def normalized(self) -> AutoReply:
        """The form used to compare desired and actual state: UTC to the second, tidy text.

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
            external=_text(self.external),
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


class MailProvider(ABC):
    """Base class of every provider. Subclasses set the class attributes and the methods."""

    kind: ClassVar[str]
    display_name: ClassVar[str]
    capabilities: ClassVar[frozenset[Capability]]

    def __init__(self, account: AccountConfig, context: ProviderContext) -> None:
        self.account = account
        self.context = context

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
