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
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, Protocol, Self

from boundary_app.providers.secrets import KeyringSecrets, SecretStore

if TYPE_CHECKING:  # made where used (``records``), still importable from here
    from boundary_app.providers.records import ColleagueAway as ColleagueAway
    from boundary_app.providers.records import MailSummary as MailSummary
    from boundary_app.providers.records import SignInInteraction as SignInInteraction

RECORDS = frozenset({"ColleagueAway", "MailSummary", "SignInInteraction"})
"""The contract's names kept in ``records`` (a command such as ``status`` makes none)."""


def __getattr__(name: str) -> Any:
    """A record type of ``records``, imported when first asked for (PEP 562)."""
    if name in RECORDS:
        from boundary_app.providers import records

        return getattr(records, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


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
    """Forward one message on request (a mail check's "forward to my backup")."""
    SUBJECT_PER_AUDIENCE = "subject-per-audience"
    """The reply can carry a subject of its own for people outside (``external_subject``);
    without it, one subject goes to everyone (the core sends the outsiders' one)."""
    SEND_MAIL = "send-mail"
    """Send a new plain-text message (``send_mail``): the answer to a missed call, a thank-you."""
    FORWARD_RULE = "forward-rule"
    """Keep a rule on the server that sends incoming mail on to the backup (silent cover):
    ``read_forward``, ``write_forward``, ``clear_forward``."""
    SCHEDULED_FORWARD = "scheduled-forward"
    """The forwarding rule carries the away period's start and end, so the server starts and
    stops it on time; without it the app switches the rule at the period's edges."""
    MAIL_TIPS = "mail-tips"
    """Can tell whether a colleague's own auto-reply is on (``colleagues_away``)."""
    CALENDAR_EVENT = "calendar-event"
    """Keep an event in the account's calendar while away (shown as out of office) and on
    focus days (shown as busy): ``read_calendar``, ``write_calendar``, ``clear_calendar``.
    An account feature the person can turn off; events Boundary did not make are never
    read as Boundary's nor changed."""
    CHAT_STATUS = "chat-status"
    """The "reply" is a chat status (Slack): a status the person sets while Boundary wants
    none is their everyday status, not a reply changed behind Boundary's back (no drift)."""
    PRESENCE = "presence"
    """A chat status beside the reply (a feature of the account: Microsoft Teams on m365):
    ``read_presence``, ``write_presence``, ``clear_presence`` keep a ``ChatStatus``."""


AUDIENCE_CAPABILITY = {
    Audience.CONTACTS: Capability.AUDIENCE_CONTACTS,
    Audience.INTERNAL: Capability.AUDIENCE_INTERNAL,
}


EMAIL_RE = re.compile(
    r"^[^@\s<>\"',;\x00-\x1f\x7f]+@[^@\s<>\"',;\x00-\x1f\x7f]+\.[^@\s<>\"',;.\x00-\x1f\x7f]+$"
)


def is_email(value: str) -> bool:
    return bool(EMAIL_RE.match(value.strip()))


# --- text from people and from strangers ------------------------------------------------------

_CONTROL_RE = re.compile(r"\r(?!\n)|[\x00-\x08\x0b-\x0c\x0e-\x1f\x7f-\x9f]")
_ANY_CONTROL_RE = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_BREAKS_RE = re.compile(r"[\s\x00-\x1f\x7f-\x9f\u2028\u2029]+")


def control_character(text: str, *, lines: bool = True) -> str | None:
    """The first control character in ``text`` a reply or a setting must not hold, else None.

    In text of several ``lines`` (a message), tab and newline are text, and so is a carriage
    return before a newline (a Windows line end); in a one-line value (a host, a user name)
    they are not. Everything else below U+0020, DEL and the C1 controls (U+0080 to U+009F) is
    refused: ESC and BEL would be echoed raw into a terminal, NUL cuts strings short on the
    servers, a line break in a setting would start a new protocol command.
    """
    match = (_CONTROL_RE if lines else _ANY_CONTROL_RE).search(text)
    return match.group() if match else None


def char_name(char: str) -> str:
    """A character as a person can look it up: "U+001B"."""
    return f"U+{ord(char):04X}"


def shown(value: str) -> str:
    """``value`` on one line: control characters written as \\x1b, so a message quoting it
    stays one line and nothing reaches a terminal raw."""
    return "".join(c if c.isprintable() or c == " " else f"\\x{ord(c):02x}" for c in value)


def one_line(text: str) -> str:
    """A stranger's subject or sender as one line: every line break, tab and control character
    (also those an encoded word such as ``=?utf-8?q?a=0D=0Ab?=`` carries) becomes a space."""
    return _BREAKS_RE.sub(" ", text).strip()


_LABEL_RE = re.compile(r"^[^\W_](?:[\w-]{0,61}[^\W_])?$")


def host_problem(value: str) -> str | None:
    """Why ``value`` is not a host or domain name (mail.example.com, 192.0.2.7, ::1), or None.

    Said as the end of a sentence: "is not a host or domain name; …".
    """
    import ipaddress

    bare = value[1:-1] if value.startswith("[") and value.endswith("]") else value
    try:
        ipaddress.ip_address(bare)
        return None
    except ValueError:
        pass
    if "://" in value:
        return "holds a scheme; type the name only, without imaps:// or https://"
    if re.fullmatch(r"[^:\s]+:\d*", value):
        return "holds a port; type the port in its own field"
    labels = value.removesuffix(".").split(".")
    if (
        len(value) > 253
        or not all(_LABEL_RE.match(label) for label in labels)
        or labels[-1].isdigit()
    ):
        return "is not a host or domain name; type a name like mail.example.com"
    return None


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
    external_subject: str = ""
    """The subject people outside get; blank means ``subject`` (only providers with
    ``Capability.SUBJECT_PER_AUDIENCE`` are handed one)."""

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

    @property
    def external_subject_sent(self) -> str:
        """The subject people outside the organisation get: their own, else the subject."""
        return self.external_subject if self.external_subject.strip() else self.subject

    def normalized(self) -> AutoReply:
        """The form used to compare desired and actual state: UTC to the second, tidy text,
        the external text as it is sent (a blank one is the internal text), and the external
        subject blank when it is the subject (so a reply with one subject compares as before).

        A disabled reply carries nothing else: whatever text a server keeps for a switched-off
        reply does not matter.
        """
        if not self.enabled:
            return AutoReply.off()
        subject, external_subject = _text(self.subject), _text(self.external_subject_sent)
        return replace(
            self,
            start=_utc(self.start),
            end=_utc(self.end),
            subject=subject,
            internal=_text(self.internal),
            external=_text(self.external_sent),
            external_subject="" if external_subject == subject else external_subject,
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
        """The reply as JSON; ``external_subject`` only when there is one (so a reply with one
        subject is written as it always was)."""
        data: dict[str, Any] = {
            "enabled": self.enabled,
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
            "subject": self.subject,
            "internal": self.internal,
            "external": self.external,
            "audience": self.audience.value,
        }
        if self.external_subject:
            data["external_subject"] = self.external_subject
        return data

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
            external_subject=str(data.get("external_subject", "")),
        )


class ChannelValue(Protocol):
    """What a channel beside the reply holds (``ForwardRule``, a chat status, a calendar
    event): the reconciler compares, keeps and restores values through these alone.

    ``normalized`` is the form desired and actual are compared in; ``answered`` is the value
    as it acts at a moment (one whose end has passed counts as off); ``in_error`` is the
    server's word that it does not work (read back, never written, not compared).
    """

    @property
    def enabled(self) -> bool: ...

    @property
    def in_error(self) -> bool: ...

    @classmethod
    def off(cls) -> Self: ...

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Self: ...

    def normalized(self) -> Self: ...

    def same_as(self, other: Any) -> bool: ...

    def answered(self, now: datetime) -> Self: ...

    def to_json(self) -> dict[str, Any]: ...


BOUNCE_STATUS = "5.7.520"
"""The enhanced status code of a non-delivery report for mail forwarded outside an
organisation that does not allow it (Exchange Online's default outbound policy)."""


@dataclass(frozen=True)
class ForwardRule:
    """Boundary's own rule that sends incoming mail on to the backup while away (cover).

    Every provider keeps a copy in the mailbox and forwards no spam, no mailing-list or
    automatic mail and nothing the backup sent, each in its own terms. A rule is Boundary's
    by a mark the provider keeps (a name, its own Sieve script, an id); a provider reads and
    writes only that rule, so the person's own rules are never read as Boundary's nor changed.
    ``in_error`` is the server's word that the rule does not work (Microsoft's ``hasError``,
    ``IsInError``); ``bounced`` the moment the newest non-delivery report with status
    ``BOUNCE_STATUS`` (5.7.520: the organisation refuses to forward outside it) arrived since
    the rule was set (``MailProvider.forward_bounced``). Both are read back, never written, and
    not part of the comparison.
    """

    enabled: bool
    to: str = ""
    start: datetime | None = None
    end: datetime | None = None
    in_error: bool = False
    bounced: datetime | None = None

    def __post_init__(self) -> None:
        for moment in (self.start, self.end, self.bounced):
            if moment is not None and moment.tzinfo is None:
                raise ValueError("ForwardRule times must be timezone-aware")

    @classmethod
    def off(cls) -> ForwardRule:
        return cls(enabled=False)

    def normalized(self) -> ForwardRule:
        """The form desired and actual rules are compared in: the address in lower case,
        UTC to the second; a rule that is off carries nothing else."""
        if not self.enabled:
            return ForwardRule.off()
        return ForwardRule(True, self.to.strip().lower(), _utc(self.start), _utc(self.end))

    def same_as(self, other: ForwardRule) -> bool:
        return self.normalized() == other.normalized()

    def active_at(self, moment: datetime) -> bool:
        """Whether a server holding this rule would forward mail arriving at ``moment``."""
        if not self.enabled:
            return False
        if self.start is not None and moment < self.start:
            return False
        return self.end is None or moment < self.end

    def answered(self, now: datetime) -> ForwardRule:
        """A rule whose end has passed forwards nothing: it counts as off."""
        if self.enabled and self.end is not None and self.end <= now:
            return ForwardRule.off()
        return self

    def to_json(self) -> dict[str, Any]:
        return {
            "enabled": self.enabled,
            "to": self.to,
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
            "in_error": self.in_error,
            "bounced": self.bounced.isoformat() if self.bounced else None,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> ForwardRule:
        def moment(key: str) -> datetime | None:
            value = data.get(key)
            return datetime.fromisoformat(value) if value else None

        return cls(
            enabled=bool(data.get("enabled", False)),
            to=str(data.get("to", "")),
            start=moment("start"),
            end=moment("end"),
            in_error=bool(data.get("in_error", False)),
            bounced=moment("bounced"),
        )


class CalendarKind(StrEnum):
    """What a calendar event of Boundary's stands for."""

    AWAY = "away"
    """Out of office for the away period (Graph ``showAs: oof``, EWS free/busy OOF, Google
    ``eventType: outOfOffice``)."""
    FOCUS = "focus"
    """A focus day (shown as busy; Google ``eventType: focusTime``)."""
    OTHER = "other"
    """Read back only: Boundary's event shown otherwise (free, tentative, an ordinary event)
    because it was changed outside Boundary; it never equals what Boundary wants."""


@dataclass(frozen=True)
class CalendarEvent:
    """Boundary's own event in the account's calendar: out of office for an away period, or
    busy on a focus day, with the reply's text as its body (Google: the decline message).

    An event is Boundary's by a mark the provider keeps on it (an extended property, a
    private extended property); a provider reads and writes only that event. ``in_error`` is
    kept for the channel contract: read back, never written, not compared.
    """

    enabled: bool
    kind: CalendarKind = CalendarKind.AWAY
    start: datetime | None = None
    end: datetime | None = None
    subject: str = ""
    message: str = ""
    in_error: bool = False

    def __post_init__(self) -> None:
        for moment in (self.start, self.end):
            if moment is not None and moment.tzinfo is None:
                raise ValueError("CalendarEvent times must be timezone-aware")

    @classmethod
    def off(cls) -> CalendarEvent:
        return cls(enabled=False)

    def normalized(self) -> CalendarEvent:
        """The form desired and actual events are compared in: what Boundary sets (kind,
        times in UTC to the second, subject and message as tidy text); off carries nothing."""
        if not self.enabled:
            return CalendarEvent.off()
        return CalendarEvent(
            True,
            CalendarKind(self.kind),
            _utc(self.start),
            _utc(self.end),
            _text(self.subject),
            _text(self.message),
        )

    def same_as(self, other: Any) -> bool:
        return isinstance(other, CalendarEvent) and self.normalized() == other.normalized()

    def answered(self, now: datetime) -> CalendarEvent:
        """An event whose end has passed books nothing: it counts as off."""
        if self.enabled and self.end is not None and self.end <= now:
            return CalendarEvent.off()
        return self

    def to_json(self) -> dict[str, Any]:
        return {
            "enabled": self.enabled,
            "kind": self.kind.value,
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
            "subject": self.subject,
            "message": self.message,
            "in_error": self.in_error,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> CalendarEvent:
        def moment(key: str) -> datetime | None:
            value = data.get(key)
            return datetime.fromisoformat(value) if value else None

        return cls(
            enabled=bool(data.get("enabled", False)),
            kind=CalendarKind(data.get("kind", CalendarKind.AWAY.value)),
            start=moment("start"),
            end=moment("end"),
            subject=str(data.get("subject", "")),
            message=str(data.get("message", "")),
            in_error=bool(data.get("in_error", False)),
        )


CALENDAR_MARK = "boundary-calendar"
"""The value of the mark each provider keeps on Boundary's own calendar event (an extended
property or a private extended property of this name); events without it are the person's."""


def check_calendar_event(event: CalendarEvent) -> None:
    """Rejected for an event that is on but has no start or end, or ends before it starts."""
    if not event.enabled:
        return
    if event.start is None or event.end is None or event.end <= event.start:
        raise Rejected("A calendar event needs a start and an end after it.")


STATUS_MESSAGE_LIMIT = 280
"""The longest chat status message Boundary sets (Teams' app keeps 280 characters)."""


def status_line(subject: str, text: str, limit: int) -> str:
    """A chat status line made from a reply's texts: its subject on one line, else the first
    line of its text; cut to ``limit`` characters (with "…"). Slack's status and the chat
    status channel (core/presence.py) both make theirs with it."""
    line = one_line(subject)
    if not line:
        lines = [one_line(part) for part in text.splitlines()]
        line = next((part for part in lines if part), "")
    if len(line) > limit:
        line = line[: limit - 1].rstrip() + "…"
    return line


@dataclass(frozen=True)
class ChatStatus:
    """A chat status Boundary keeps beside the reply (Teams' status message): ``message``
    shown to colleagues until ``until`` (None: until cleared), and, with ``dnd``, Do Not
    Disturb until then as well (a focus day). ``in_error`` is the service's word that it has
    no effect: read back, never written, not compared."""

    enabled: bool
    message: str = ""
    until: datetime | None = None
    dnd: bool = False
    in_error: bool = False

    def __post_init__(self) -> None:
        if self.until is not None and self.until.tzinfo is None:
            raise ValueError("ChatStatus times must be timezone-aware")

    @classmethod
    def off(cls) -> ChatStatus:
        return cls(enabled=False)

    def normalized(self) -> ChatStatus:
        """What Boundary sets, compared: the message on one line, the end in UTC to the
        second, Do Not Disturb; a status that is off carries nothing else."""
        if not self.enabled:
            return ChatStatus.off()
        return ChatStatus(True, one_line(self.message), _utc(self.until), self.dnd)

    def same_as(self, other: ChatStatus) -> bool:
        return self.normalized() == other.normalized()

    def answered(self, now: datetime) -> ChatStatus:
        """A status whose end has passed is shown no more: it counts as off."""
        if self.enabled and self.until is not None and self.until <= now:
            return ChatStatus.off()
        return self

    def to_json(self) -> dict[str, Any]:
        return {
            "enabled": self.enabled,
            "message": self.message,
            "until": self.until.isoformat() if self.until else None,
            "dnd": self.dnd,
            "in_error": self.in_error,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> ChatStatus:
        until = data.get("until")
        return cls(
            enabled=bool(data.get("enabled", False)),
            message=str(data.get("message", "")),
            until=datetime.fromisoformat(until) if until else None,
            dnd=bool(data.get("dnd", False)),
            in_error=bool(data.get("in_error", False)),
        )


COVER_RULE_NAME = "Boundary: cover while you are away"
"""The name that marks Boundary's forwarding rule where rules have names (Exchange, Microsoft
365): a rule of another name is the person's and is never read as Boundary's nor changed."""
#: Header text of mail a forwarding rule does not forward where rules can test headers:
#: mailing lists, bulk and automatic mail, mail marked as spam.
NOT_FORWARDED_HEADERS = (
    "List-Id:",
    "List-Unsubscribe:",
    "Precedence: bulk",
    "Precedence: list",
    "Precedence: junk",
    "Auto-Submitted: auto-",
    "X-Spam-Flag: YES",
)


def check_forwardable(rule: ForwardRule) -> None:
    """Rejected for a rule that is on but names no email address to forward to."""
    if rule.enabled and not is_email(rule.to):
        raise Rejected(f"Mail can only be forwarded to an email address, not '{shown(rule.to)}'.")


SENTENCES: dict[str, str] = {
    # test_connection's answers
    "connected": "Connected.",
    "connected-to": "Connected: signed in to {services}.",
    "no-reply": "No auto-reply is set.",
    "reply-until": "An auto-reply is set until {end}.",
    "reply-no-end": "An auto-reply is set, with no end date.",
    "signed-in": "Signed in.",
    "signed-in-to": "Signed in with permission to: {permissions}.",
    "consumer-internal": "Replies to colleagues only need a Google Workspace account.",
    "chat-workspace-only": (
        "A Google Chat status needs a Google Workspace account; a gmail.com account has no "
        "Chat API, so turn the Google Chat status off for it."
    ),
    "no-status": "No away status is set.",
    "status-until": "A status is set until {end}.",
    "status-no-end": "A status is set, with no end.",
    "once-a-day": "Each sender gets the reply at most once a day.",
    "once-in-days": (
        "This server ({server}) answers each sender at most once every {days} days, so "
        "someone who writes again sooner gets no second reply."
    ),
    "no-smtp": "Forwarding mail to your backup is off: this account has no SMTP server.",
    "worked": "({services} worked.)",
    "no-smtp-hint": (
        "If your mail server has no SMTP submission service, set Sending (SMTP) to off "
        "(--smtp off): the reply works without it, only forwarding mail to your backup does not."
    ),
    # connections
    "certificate": (
        "The {service} server {host}'s certificate could not be verified ({reason}), so "
        "Boundary did not connect; the connection may not be safe."
    ),
    "tls": "A secure (TLS) connection to {service} server {host} could not be set up ({reason}).",
    "refused": "The {service} server {host} (port {port}) refused the connection; it may be down.",
    "server-timeout": "The {service} server {host} did not answer within {seconds} seconds.",
    "not-found": (
        "The {service} server {host} could not be found; check its name and your internet "
        "connection."
    ),
    "unreachable": "The {service} server {host} cannot be reached ({reason}).",
    "timeout": "{service} did not answer within {seconds} seconds.",
    "timeout-one": "{service} did not answer within 1 second.",
    "account-timeout": "The account did not answer within {seconds} seconds.",
    "offline": "{service} cannot be reached; check the network connection.",
    "no-password": "No password is stored for {account}; enter it again in Settings → Accounts.",
    "wrong-password": (
        "The {service} server {host} refused the user name or password for {user}; enter "
        "them again in Settings → Accounts."
    ),
    "closed": "The {service} server {host} closed the connection; it will be tried again.",
    "not-a-mail-server": "The {service} server {host} did not answer as a mail server should.",
    "no-starttls": (
        "The {service} server {host} does not offer an encrypted connection (STARTTLS); "
        "choose ssl, or check the port."
    ),
    "server-refused": "The {service} server {host} refused: {said}",
    # settings (validate_field, settings_problem)
    "field-control": (
        "{label} holds a control character ({char}), which no setting may hold: '{value}'."
    ),
    "field-port": "{label} must be a port number (1–65535), not '{value}'.",
    "field-host": "{label}: '{value}' {problem}.",
    "field-email": "{label}: '{value}' is not an email address.",
    "field-url": "{label} must start with https://, not '{value}'.",
    "field-choice": "{label} must be one of {choices}, not '{value}'.",
    "field-number": "{label} should be a number, not {value}.",
    "field-text": "{label} should be text, not {value}.",
    "field-needed": "{label} is needed.",
    "end-after-start": "The end of the away period must come after its start.",
    "no-text": "The reply has no text; write a message for it before it is set.",
    # services in general (Graph, Google, Exchange)
    "not-an-address": "'{value}' is not an email address.",
    "unreadable": "{service} sent an answer Boundary could not read.",
    "busy-later": "{service} is busy; Boundary will try again later.",
    "busy-seconds": "{service} is busy; Boundary will try again in {n} seconds.",
    "busy-minutes": "{service} is busy; Boundary will try again in {n} minutes.",
    "busy-hours": "{service} is busy; Boundary will try again in {n} hours.",
    "server-problem": "{service} had a problem on its side (HTTP {status}).",
    "service-refused": "{service} refused this: {said}",
    "sign-in-cancelled": "Sign-in was cancelled.",
    "browser-too-late": "The browser sign-in was not finished in time; sign in again.",
    # a sign-in's progress (SignInInteraction.progress)
    "signin-opening": "Opening the browser to sign in to {service}…",
    "signin-waiting-browser": "Waiting for you to finish signing in in the browser…",
    "signin-waiting-allow": "Waiting for you to allow access in the browser…",
    "signin-open-address": "Open this address in a browser to sign in: {url}",
    "signin-waiting-code": "Waiting for you to enter the code and sign in…",
    "signin-finishing": "Finishing the sign-in…",
    "signin-finishing-with": "Finishing the sign-in with {service}…",
    "signin-done": "Signed in.",
    "signin-done-as": "Signed in to {service} as {who}.",
    "signin-done-slack": "Signed in to Slack as {who} in {team}.",
    "slack-no-receiver": "Boundary cannot receive the browser's answer here.",
    "slack-no-browser": "No browser could be opened to sign in to Slack.",
    "slack-declined": "The sign-in to Slack was declined.",
    "slack-incomplete": "Slack did not complete the sign-in ({error}).",
    "slack-bot-token": (
        "That is a bot token (xoxb-…); Boundary needs a user token (xoxp-…), which can set "
        "your own status."
    ),
    "slack-no-token": "Give a user token, or your Slack app's client ID to sign in with Slack.",
    "slack-emoji": "Status emoji must be an emoji name such as :door:, not '{emoji}'.",
    "slack-no-longer": (
        "Slack no longer accepts the sign-in of {account} ({code}); sign in again."
    ),
    "slack-not-signed-in": "Boundary is not signed in to Slack for {account}.",
    "slack-no-user-token": "Slack did not give a user token; check the app's user scopes.",
    "browser-stranger": "The browser's answer did not belong to this sign-in.",
    "folder-unusable": "The folder {folder} cannot be used ({reason}).",
    "kind-cannot-list-mail": "{kind} accounts cannot list new mail.",
    "kind-cannot-forward-one": "{kind} accounts cannot forward mail.",
    "kind-cannot-send": "{kind} accounts cannot send mail.",
    "kind-cannot-forward": "{kind} accounts cannot forward mail to your backup.",
    # Microsoft 365 (Graph and its sign-in)
    "m365-client-id": (
        "Application (client) ID must look like 00000000-0000-0000-0000-000000000000 "
        "(copy it from the app registration), not '{value}'."
    ),
    "m365-tenant": "Tenant must be a tenant ID, a domain or 'organizations', not '{value}'.",
    "m365-authority": "Sign-in address must start with https://, not '{value}'.",
    "m365-no-registration": (
        "This copy of Boundary has no Microsoft registration of its own; add the account "
        "again with your organisation's Application (client) ID."
    ),
    "m365-sign-in-offline": (
        "The Microsoft sign-in service cannot be reached; check the network connection."
    ),
    "m365-unknown-tenant": (
        "Microsoft does not recognise the tenant '{tenant}'; check the account's tenant."
    ),
    "m365-not-signed-in": "Boundary is not signed in to Microsoft 365 as {email}; sign in first.",
    "m365-sign-in-unreadable": (
        "The Microsoft sign-in service sent an answer Boundary could not read."
    ),
    "m365-sign-in-busy": "The Microsoft sign-in service is busy; Boundary will try again.",
    "m365-expired": "The Microsoft 365 sign-in for {email} has expired; sign in again.",
    "m365-declined": "The sign-in to Microsoft 365 was declined.",
    "m365-code-expired": "The sign-in code expired before it was used; sign in again.",
    "m365-registration-refused": (
        "Microsoft refused the app registration ({code}); check the application (client) ID "
        "and that the registration allows public client flows."
    ),
    "m365-incomplete": "Microsoft did not complete the sign-in ({code}).",
    "m365-no-code-flow": (
        "Microsoft would not start a sign-in with a code ({code}); check the application "
        "(client) ID and that the app registration allows public client flows."
    ),
    "m365-no-longer": "Microsoft 365 no longer accepts the sign-in for {email}; sign in again.",
    "m365-needs-end": "Microsoft 365 needs an end time for a reply that starts later.",
    "m365-mail-tips": (
        "To tell whether your backups are away, Boundary needs to read mail tips in {email} "
        "(Mail.Read); sign in again to allow it."
    ),
    "m365-no-teams": "Microsoft offers no Teams status for a personal Microsoft account.",
    "dnd-needs-end": "Do Not Disturb needs an end.",
    "chat-off": "The Google Chat status is turned off for this account.",
    "chat-not-allowed": (
        "Boundary has not been allowed to change your Google Chat status in this account; "
        "sign in again and allow it."
    ),
    "chat-unreadable": "Google sent a Chat status Boundary could not read.",
    # Gmail and Google
    "gmail-signed-out": (
        "Boundary is not signed in to this Google account yet; sign in to let it set your "
        "auto-reply."
    ),
    "gmail-sign-in-again": (
        "Google no longer accepts Boundary's sign-in for this account (it expired or was "
        "revoked); please sign in again."
    ),
    "gmail-no-client": (
        "The OAuth client of this account is missing from the keyring; add the account again "
        "with its OAuth client file."
    ),
    "sign-in-too-long": "The sign-in took too long; please try again.",
    "access-not-allowed": "Access was not allowed in the browser.",
    "google-incomplete": "Google did not complete the sign-in ({code}).",
    "gmail-features": (
        "This account is set up for '{features}' only, so Boundary does not {permission} "
        "here; set its features to '{feature}' to allow it."
    ),
    "gmail-not-allowed": (
        "Boundary has not been allowed to {permission} in this account; sign in again and allow it."
    ),
    "gmail-consumer-internal": (
        "A gmail.com account cannot keep a reply to colleagues only (Google offers that to "
        "Google Workspace accounts); choose another audience for it."
    ),
    "gmail-forward-pending": (
        "Gmail forwards only to confirmed addresses, and {address} has not confirmed yet: ask "
        "them to open the link Google sent them, then go away again."
    ),
    "gmail-forward-unconfirmed": (
        "Gmail forwards only to addresses you confirmed, and {address} is not one yet. In "
        "Gmail open Settings (the gear) → See all settings → Forwarding and POP/IMAP → Add a "
        "forwarding address, enter {address}, and ask them to open the link Google sends; "
        'then go away again. (Leave "Disable forwarding" on there: Boundary forwards with a '
        "filter of its own, only while you are away.)"
    ),
    "google-unreadable-message": (
        "Google sent the message in a form Boundary could not read; it will try again."
    ),
    "google-sign-in-silent": "Google's sign-in service did not answer; Boundary will try again.",
    "google-unreachable": (
        "Google's servers could not be reached ({reason}); Boundary will try again."
    ),
    "google-unreadable": "Google sent an answer Boundary could not read; it will try again.",
    "google-went-wrong": (
        "Something went wrong talking to Google ({error}); Boundary will try again."
    ),
    "google-slow-down": "Google asks Boundary to slow down for a while; it will try again.",
    "google-server-problem": (
        "Google's servers had a problem (error {status}); Boundary will try again."
    ),
    "google-scope": "Boundary's sign-in does not allow it to {what}; sign in again and allow it.",
    "google-refused": "Google refused to {what}: {said}.",
    "google-sign-in-unreachable": "Google's sign-in service could not be reached ({reason}).",
    "google-sign-in-refused": "Google did not complete the sign-in: {said}.",
    "client-file-missing": "The OAuth client file {path} does not exist.",
    "client-file-unreadable": "The OAuth client file {path} cannot be read ({reason}).",
    "client-file-wrong": (
        "{path} is not an OAuth client file; download the JSON of a 'Desktop app' client from "
        "Google Cloud Console."
    ),
    "client-file-kind": (
        "{path} is {what}; Boundary needs the JSON of a 'Desktop app' OAuth client."
    ),
    "client-file-lacks": "The OAuth client file {path} lacks {keys}.",
    "token-file-missing": "The token file {path} does not exist.",
    "token-file-unreadable": "The token file {path} cannot be read ({reason}).",
    "token-file-wrong": "{path} is not an authorized-user token file (it has no refresh token).",
    "token-file-client": (
        "The token file {path} belongs to another OAuth client than the one given."
    ),
    "calendar-off": "The calendar is turned off for this account.",
    "calendar-not-allowed": (
        "Boundary has not been allowed to manage your calendar in this account; sign in again "
        "and allow it."
    ),
    "google-unreadable-event": "Google sent an event Boundary could not read.",
    # Exchange (EWS)
    "use-m365": (
        "This mailbox is on Exchange Online (Microsoft 365), which has stopped serving EWS to "
        "apps like Boundary, so add it as a Microsoft 365 account instead "
        "(kind 'm365', e.g. boundary accounts add m365 NAME --email ADDRESS --client-id ID)."
    ),
    "end-passed": "The end of the away period has already passed.",
    "exchange-no-password": (
        "No password is stored for this account; enter it in Settings → Accounts."
    ),
    "exchange-token-https": (
        "An access token is only sent over a secure connection; the EWS address must start "
        "with https://."
    ),
    "exchange-token-expired": (
        "Exchange did not accept the access token (it may have expired); enter a new one in "
        "Settings → Accounts."
    ),
    "exchange-locked": (
        "Exchange says this account is locked out; once your IT team unlocks it, sign in again."
    ),
    "exchange-wrong-password": (
        "Exchange did not accept the user name and password; enter them again in Settings → "
        "Accounts."
    ),
    "exchange-busy": "Exchange is busy and asked Boundary to wait before trying again.",
    "exchange-server-problem": (
        "The Exchange server had a problem (HTTP {status}); Boundary will try again."
    ),
    "exchange-offline": "Boundary could not reach {server}; check that this computer is online.",
    "exchange-redirect": (
        "The EWS address sends Boundary elsewhere ({url}); check the address in Settings → "
        "Accounts."
    ),
    "exchange-no-autodiscover": (
        "Boundary could not find the Exchange server for this address automatically; enter "
        "the EWS address (usually https://mail.your-domain/EWS/Exchange.asmx)."
    ),
    "exchange-not-now": "Exchange cannot do this right now: {said}",
    "message-gone": (
        "That message is no longer in the mailbox (it may have been moved or deleted)."
    ),
    "exchange-refused": "Exchange refused: {said}",
    "exchange-unreadable": (
        "Exchange sent an answer Boundary could not read; it will try again later."
    ),
    "exchange-front-end": "Exchange's front end reported a problem ({said}).",
    "exchange-no-talk": "Boundary could not talk to {server}; it will try again later.",
    "exchange-cannot-take": "Exchange cannot take this reply: {said}",
    # IMAP, SMTP and ManageSieve
    "plain-remote": (
        "Security 'plain-loopback' sends your password unencrypted, so it is only allowed for "
        "a server on this computer, and {host} is not; choose ssl or starttls."
    ),
    "plain-refused": (
        "Boundary will not send your password unencrypted to {host}; set this account's "
        "security to ssl or starttls."
    ),
    "security-choice": "Security must be one of {choices}, not '{value}'.",
    "closed-signing-in": "The IMAP server {host} closed the connection while signing in.",
    "inbox-closed": "The inbox could not be opened: {said}",
    "search-refused": "The IMAP server could not search the inbox: {said}",
    "forward-no-smtp": (
        "Forwarding is off for {account}: it has no SMTP server to send mail with; set one in "
        "Settings → Accounts to forward mail to your backup."
    ),
    "not-a-message": "'{value}' is not a message of this mailbox.",
    "message-gone-inbox": "That message is no longer in the inbox, so it was not forwarded.",
    "send-no-smtp": (
        "Sending mail is off for {account}: it has no SMTP server to send mail with; set one "
        "in Settings → Accounts."
    ),
    "try-later": "The {service} server {host} asked to try later: {said}",
    "sieve-no-starttls": (
        "The ManageSieve server {host} does not offer an encrypted connection (STARTTLS), so "
        "Boundary will not send your password to it."
    ),
    "closed-because": "The {service} server {host} closed the connection ({said}).",
    "sieve-refused": "The mail server refused the auto-reply ({command}): {said}",
    "sieve-beside-theirs": (
        "Your own mail filters ('{theirs}') are switched on, and this server cannot run a "
        "second script beside them (it lacks Sieve '{extension}'), so Boundary will not "
        "replace them; set the reply in webmail instead."
    ),
    "sieve-no-copy": (
        "This mail server's filters cannot send a copy of your mail on (Sieve 'copy', RFC "
        "3894), so Boundary cannot forward it to your backup there."
    ),
    "sieve-lacks": (
        "This mail server's filters lack what an auto-reply needs (Sieve {extensions}), so "
        "Boundary cannot set it there."
    ),
    "sieve-foreign": (
        "Your mail server already has a filter script named '{name}' that Boundary did not "
        "make; rename it (in webmail) so Boundary can set the reply."
    ),
    "sieve-no-redirect": (
        "This mail server does not let your filters send mail on to your backup (it refused "
        "Boundary's script: {said}); ask your mail provider, or choose the auto-reply alone."
    ),
    "sieve-full": (
        "Your mail server has no room left for filters, so the reply was not set and nothing "
        "was changed (the server said: {said}). Delete filters you no longer use in webmail, "
        "then set the reply again."
    ),
    "sieve-theirs-too-long": (
        "Your own filters ('{theirs}') are too long for this mail server to keep a copy of "
        "them beside the reply ({size} KB; at most {limit} KB), so Boundary did not set it "
        "and nothing was changed; set the reply in webmail instead."
    ),
    "sieve-theirs-too-long-unknown": (
        "Your own filters ('{theirs}') are too long for this mail server to keep a copy of "
        "them beside the reply ({size} KB; more than it keeps), so Boundary did not set it "
        "and nothing was changed; set the reply in webmail instead."
    ),
    "sieve-too-long": (
        "The reply is too long for this mail server ({size} KB as a filter script), so it was "
        "not set and nothing was changed; shorten the messages."
    ),
    "sieve-too-long-by": (
        "The reply is too long for this mail server by about {characters} characters (it "
        "keeps filter scripts of at most {limit} KB; this one would be {size} KB), so it was "
        "not set and nothing was changed; shorten the messages."
    ),
    "sieve-room-most": (
        "Your mail server keeps at most {most} filter scripts for you, and Boundary needs "
        "room for {needs}."
    ),
    "sieve-room-some": (
        "Your mail server keeps a limited number of filter scripts for you, and Boundary "
        "needs room for {needs}."
    ),
    "sieve-room-deletable": (
        "These of yours are switched off and may be deleted in webmail: {names}; then set the "
        "reply again."
    ),
    "sieve-room-ask": "Ask your mail provider for room for more scripts.",
    "sieve-room-kept": "Boundary never deletes your scripts, and nothing was changed.",
    # the reconciler
    "drift": "The reply was changed outside Boundary (for example in webmail).",
    "forward-drift": (
        "The forwarding to your backup was changed or removed outside Boundary (for example "
        "in webmail)."
    ),
    "forward-bounced": (
        "Mail forwarded to {to} bounced ({moment}, 5.7.520): your organisation refuses to "
        "forward outside it, so choose a backup inside your organisation."
    ),
    "rule-error": (
        "The mail server keeps the forwarding rule but says it does not work; organisations "
        "often block forwarding outside them (Exchange Online: 5.7.520), so ask IT or choose a "
        "backup inside your organisation."
    ),
    "unsupported": (
        "The service does not offer this for this account (a Teams status needs a work or "
        "school account); turn the feature off in the account's settings."
    ),
    "calendar-drift": (
        "Your out-of-office event in the calendar was changed or removed outside Boundary "
        "(for example in Outlook or Google Calendar)."
    ),
    "presence-drift": (
        "The chat status Boundary set was changed or cleared outside Boundary (for example in "
        "Teams)."
    ),
    "not-sent-yet": "Not sent yet.",
    "went-wrong": "Something went wrong talking to this account ({error}).",
    # the registry (providers/registry.py): an account's kind that cannot be used
    "kind-not-installed": "No provider of kind '{kind}' is installed.",
    "kind-not-loaded": "The '{kind}' provider could not be loaded: {error}",
    # the profile file, edited by hand (core/profile.py): "line 3:" then what is wrong with
    # the key ({key}, dotted as in the file: "checks.times", "accounts[2].imap_port")
    "profile-line": "line {line}:",
    "profile-key": "{key}",
    "profile-type": "{key} should be {expected}, not {found}",
    "profile-control": (
        "{key} holds a control character ({char}); remove it (only tabs and line breaks may "
        "be in a text)"
    ),
    "profile-tables": "{key} should be a table ([[{name}]])",
    "profile-schema": "{key} is {value}; it should be 1 or more",
    "profile-email": "{key} is '{value}', which is not an email address",
    "profile-timezone": (
        "{key} is '{value}', which is not a time zone; use a name like 'Europe/Amsterdam'"
    ),
    "profile-audience": "{key} is '{value}'; use all, contacts or internal",
    "profile-template": "{key} is '{value}'; use one of {choices}",
    "profile-language": "{key} is '{value}'; use one of {choices} or \"\"",
    "profile-workday-start": "{key} is '{value}'; use a time like 09:00",
    "profile-templates-table": "{key} should be a table of templates",
    "profile-table": "{key} should be a table",
    "profile-no-name": "{key} has no name",
    "profile-no-kind": "{key} ('{name}') has no kind, such as kind = \"local\"",
    "profile-account-twice": "{key} '{name}' is used by two accounts",
    "profile-setting": "{key} ({name}) cannot be used:",
    "profile-out-of-range": "{key} is {value}; use a number from {low} to {high}",
    "profile-not-a-weekday": "{key} holds a day that is not a day of the week",
    "profile-overlap": (
        "{key} has windows at {earlier} and {later}, which overlap: windows last {minutes} "
        "minutes, so their start times must be at least that far apart"
    ),
    "profile-overlap-midnight": (
        "{key} has windows at {earlier} and {later}, which overlap: windows last {minutes} "
        "minutes, so their start times must be at least that far apart (across midnight)"
    ),
    "profile-not-a-time": ("{key} holds '{value}' is not a time of day; use a time like 10:00"),
    "profile-not-a-day": (
        "{key} holds '{value}' is not a day of the week; use mon, tue, wed, thu, fri, sat or sun"
    ),
    "profile-not-a-day-range": (
        "{key} holds '{value}' is not a day or a range of days; use e.g. mon-fri"
    ),
    "profile-times": '{key} holds {value}; use times like "10:00"',
    "profile-time": '{key} holds {value}; use a time like "10:00"',
    "profile-time-twice": "{key} has {value} twice",
    "profile-days": '{key} should be a list of days, such as ["mon", "wed"]',
    "profile-date": "{key} holds {value}, which is not a date like 2026-12-24",
    "profile-contacts": '{key} should be a list such as ["acme.example"]',
    "profile-slot": "{key} is wrong:",
    "profile-not-toml": "The profile is not valid TOML: {detail}",
    "profile-too-deep": "The profile is not valid TOML: brackets or braces are nested too deeply",
    "profile-not-utf8": "The profile is not UTF-8 text: {detail}",
    "profile-read-only": (
        "This profile was written by a newer version of Boundary (schema {schema}); update "
        "Boundary to change it. Nothing was changed."
    ),
    "profile-set-aside": (
        "Your profile could not be read ({error}). It was kept as {aside} and Boundary started "
        "with a fresh profile."
    ),
    "profile-newer": (
        "Your profile was written by a newer version of Boundary. This version uses it as it "
        "is and will not change it; update Boundary to edit settings."
    ),
    "profile-newer-unreadable": (
        "The profile was written by a newer version of Boundary and this version cannot read "
        "it ({error}). Update Boundary; the file was not changed."
    ),
    "profile-edit-unusable": (
        "Your change to the profile cannot be used ({error}). Boundary keeps the settings it "
        "had until the file is fixed."
    ),
    # a backup colleague (core/profile.py backup_problem), after who it is: "This backup …",
    # "backups[2] …"
    "backup-no-name": "has no name",
    "backup-no-email": "({name}) has no email address",
    "backup-email": "({name}) has email '{value}', which is not an email address",
    "backup-twice": "'{name}' is in the roster twice",
    # a call slot (core/calls.py slot_problem)
    "slot-name": "A call slot needs a name: the client or contact it is for.",
    "slot-name-length": "The call slot '{name}' has a name longer than {value} characters.",
    "slot-duplicate": (
        "There is already a call slot for '{value}'; give each client one slot, with several "
        "days if needed."
    ),
    "slot-days": "The call slot '{name}' needs at least one day of the week.",
    "slot-minutes": (
        "The call slot '{name}' lasts {value} minutes; use a number from {low} to {high}."
    ),
    "slot-every": (
        "The call slot '{name}' comes every {value} weeks; use a number from {low} to {high}."
    ),
    "slot-contact": (
        "'{value}' is not an email address or a domain; use e.g. jo@acme.example or acme.example."
    ),
}
"""English sentences a provider (or the core) says, by code: ``Said(code, **values)``. The
front ends word each code in the person's language (``boundary_app/wording.py``); the
English is what logs and ``--json`` show."""

PHRASES: tuple[str, ...] = (
    # what Boundary asked Google to do (gmail's ``what``: "google-scope", "google-refused")
    "read the auto-reply",
    "change the auto-reply",
    "switch the auto-reply off",
    "forward your mail",
    "stop forwarding your mail",
    "read your filters",
    "read your forwarding addresses",
    "list new mail",
    "search the inbox for bounces",
    "fetch the message",
    "send the message",
    "send the forward",
    "read the calendar",
    "add the event",
    "move it",
    "move the event",
    "end the event",
    "remove it",
    # gmail's permissions (SCOPE_WORDS: "signed-in-to", "gmail-features", "gmail-not-allowed")
    "read the inbox",
    "send mail",
    "nothing",
    # reasons and names in Boundary's own English
    "no reason given",
    "no answer in time",
    "connection refused",
    "the secure connection failed",
    "not a text file",
    "the Exchange server",
    "the file of a 'Web application' OAuth client",
    "a sign-in token, not an OAuth client file",
    "a service account key, not an OAuth client file",
    "not an OAuth client file",
    # what a Sieve server needs room for ("sieve-room-most", "sieve-room-some")
    "two more: its reply and a copy of your own filters",
    "one more, for its reply",
    "one more while it replaces its reply (this server counts it twice)",
    # host_problem ("field-host")
    "holds a scheme; type the name only, without imaps:// or https://",
    "holds a port; type the port in its own field",
    "is not a host or domain name; type a name like mail.example.com",
    # the kinds of value a profile's key holds (the profile's "profile-type")
    "a number",
    "true/false",
    "text",
    "a list",
    "a table",
)
"""Pieces of sentences in Boundary's own English that go into a sentence as a value under
one of the keys ``WORDED``: the front ends translate them like the sentences. Anything else
in that place (a server's own words, a host name) stays as it came."""

WORDED = frozenset(
    {
        "what",
        "permission",
        "permissions",
        "problem",
        "reason",
        "code",
        "needs",
        "server",
        "expected",
        "found",
    }
)
"""The keys whose values may be one of ``PHRASES``."""


class Said(str):
    """A sentence, or sentences, with their codes and values.

    ``str()`` is the English (``SENTENCES[code]`` filled in), so a ``Said`` goes wherever a
    sentence went (an exception, a log, JSON). ``parts`` keep each sentence's code and values
    (a piece of plain text has the code "" and its text as ``text``) for a front end to word.
    """

    parts: tuple[tuple[str, dict[str, Any]], ...]

    def __new__(cls, code: str, /, **values: Any) -> Said:
        return cls.of(((code, values),))

    @classmethod
    def of(cls, parts: Iterable[tuple[str, Mapping[str, Any]]]) -> Said:
        kept = tuple((code, dict(values)) for code, values in parts)
        english = " ".join(
            SENTENCES[code].format_map({k: _english(v) for k, v in values.items()})
            if code
            else str(values.get("text", ""))
            for code, values in kept
        )
        said = super().__new__(cls, english)
        said.parts = kept
        return said

    @classmethod
    def joined(cls, *pieces: str) -> Said:
        """The sentences one after another; plain text is kept as it is."""
        parts: list[tuple[str, Mapping[str, Any]]] = []
        for piece in pieces:
            if isinstance(piece, Said):
                parts.extend(piece.parts)
            elif piece:
                parts.append(("", {"text": str(piece)}))
        return cls.of(parts)

    def to_json(self) -> list[list[Any]]:
        """The parts as JSON carries them: a moment as ISO text (the front ends read it back,
        ``wording.MOMENTS``), a sentence inside a sentence as ``{"said": [...]}``, a tuple as
        a list, what JSON has no word for as its text."""
        return [
            [code, {k: json_value(v) for k, v in values.items()}] for code, values in self.parts
        ]

    @classmethod
    def from_json(cls, data: Any) -> Said | None:
        """The ``Said`` of ``to_json``; None when ``data`` is not one (an older worker, a code
        this version does not know)."""
        try:
            return cls.of((str(code), values_from_json(dict(values))) for code, values in data)
        except (TypeError, ValueError, KeyError, IndexError):
            return None


def json_value(value: Any) -> Any:
    """A value as JSON carries it: a moment as ISO text, a ``Said`` as ``{"said": [...]}``
    (``Said.to_json``), a tuple as a list, what JSON has no word for as its text. For the
    values of a ``Said`` and of a refusal crossing from the worker (``core.jobs``)."""
    if isinstance(value, Said):
        return {"said": value.to_json()}
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [json_value(v) for v in value]
    return value if isinstance(value, str | int | float | bool) or value is None else str(value)


def values_from_json(values: dict[str, Any]) -> dict[str, Any]:
    """Values ``json_value`` wrote, a sentence inside a sentence a ``Said`` again."""
    for key, value in values.items():
        if isinstance(value, Mapping) and "said" in value:
            inner = Said.from_json(value["said"])
            values[key] = value if inner is None else inner
    return values


def _english(value: Any) -> Any:
    """A value as the English sentence shows it: a list as "A, B and C"."""
    if not isinstance(value, list | tuple):
        return value
    items = [str(v) for v in value]
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


class ProviderError(Exception):
    """A failure a person can read. ``str(error)`` is one plain sentence; when it was made
    from a ``Said``, ``said`` keeps its codes for the front ends to word."""

    retryable: ClassVar[bool] = False
    kind: ClassVar[str] = "error"

    @property
    def said(self) -> Said | None:
        return said_in(self)


def said_in(error: BaseException) -> Said | None:
    """The ``Said`` an error was raised with (its first argument), or None: a provider's
    error, a profile error, a registry refusal."""
    first = error.args[0] if error.args else None
    return first if isinstance(first, Said) else None


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


class Unsupported(Rejected):
    """The service does not offer this for this account (a Teams status on a personal
    Microsoft account): not retried; the reconciler reports it with a code of its own
    (``ChannelCode.UNSUPPORTED``) for the front ends to word."""

    kind = "unsupported"


def check_sendable(reply: AutoReply) -> None:
    """Rejected for an enabled reply with no text at all: a blank reply never goes out."""
    if reply.enabled and not reply.external_sent.strip():
        raise Rejected(Said("no-text"))


class SignInCancelled(ProviderError):
    """The person cancelled an interactive sign-in."""

    kind = "cancelled"


def reply_state(reply: AutoReply) -> Said:
    """How an account's reply stands, for ``test_connection``: none, until when, no end."""
    if not reply.enabled:
        return Said("no-reply")
    if reply.end is not None:
        return Said("reply-until", end=reply.end.isoformat(" ", "minutes"))
    return Said("reply-no-end")


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
    A SECRET field comes in through ``--KEY-stdin`` (``--password-stdin``) or a password box;
    a kind has at most one. ``label`` and ``help`` are English; the app translates them
    (context "AccountFields").

    ``registration`` marks a setting of an app registration of the person's (or their
    organisation's) own, such as an OAuth client ID. When the build carries the publisher's
    registration for the kind (``MailProvider.has_built_in_registration``), none of them is
    needed, and the form keeps them under "Use your organisation's own registration".
    """

    key: str
    label: str
    kind: FieldKind = FieldKind.TEXT
    required: bool = False
    default: str = ""
    choices: tuple[str, ...] = ()
    help: str = ""
    registration: bool = False

    @property
    def flag(self) -> str:
        return "--" + self.key.replace("_", "-")

    @property
    def stdin_flag(self) -> str:
        """The flag that reads a SECRET field from standard input: ``--password-stdin``,
        ``--token-stdin``."""
        return self.flag + "-stdin"


def validate_field(spec: SettingField, value: str) -> Any:
    """The stored form of one entered value, or Rejected saying what is wrong with it.

    No value holds a control character (a line break in a host name, ESC in a user name);
    host fields hold a host or domain name, port fields a number from 1 to 65535.
    """
    if spec.kind is not FieldKind.SECRET and (char := control_character(value, lines=False)):
        raise Rejected(
            Said("field-control", label=spec.label, char=char_name(char), value=shown(value))
        )
    if spec.kind is FieldKind.PORT:
        if not (value.isascii() and value.isdigit()) or not 0 < int(value) < 65536:
            raise Rejected(Said("field-port", label=spec.label, value=value))
        return int(value)
    if spec.kind is FieldKind.HOST and (problem := host_problem(value)):
        raise Rejected(Said("field-host", label=spec.label, value=value, problem=problem))
    if spec.kind is FieldKind.EMAIL and not is_email(value):
        raise Rejected(Said("field-email", label=spec.label, value=value))
    if spec.kind is FieldKind.URL and not value.lower().startswith(("https://", "http://")):
        raise Rejected(Said("field-url", label=spec.label, value=value))
    if spec.kind is FieldKind.CHOICE and value not in spec.choices:
        choices = ", ".join(spec.choices)
        raise Rejected(Said("field-choice", label=spec.label, choices=choices, value=value))
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


def keep_memo(path: Path, data: Any) -> None:
    """What a provider remembers of an account on this computer (``files.account_file``)
    written (None removes it); a folder that cannot be written raises ``Unreachable``
    (``folder-unusable``)."""
    from boundary_app.providers.files import keep_json

    try:
        keep_json(path, data)
    except OSError as error:
        unusable = Said("folder-unusable", folder=str(path.parent), reason=error.strerror)
        raise Unreachable(unusable) from error


class MailProvider(ABC):
    """Base class of every provider. Subclasses set the class attributes and the methods."""

    kind: ClassVar[str]
    display_name: ClassVar[str]
    #: One sentence on what an account of this kind is, when its name does not say it all
    #: (English; ``boundary providers`` prints it).
    description: ClassVar[str] = ""
    capabilities: ClassVar[frozenset[Capability]]
    #: What ``boundary accounts add KIND`` and the Settings form ask for.
    settings_fields: ClassVar[tuple[SettingField, ...]] = ()
    #: Keyring keys besides the SECRET field (tokens); removed with the account.
    secret_keys: ClassVar[tuple[str, ...]] = ()
    #: Whether an account of this kind needs ``sign_in`` (OAuth) before it works.
    interactive_sign_in: ClassVar[bool] = False
    #: Modules the provider imports lazily; a frozen build's self-test imports them.
    libraries: ClassVar[tuple[str, ...]] = ()

    @classmethod
    def has_built_in_registration(cls) -> bool:
        """Whether this build carries the publisher's app registration for this kind, so that
        an account needs none of the ``registration`` fields (see ``app_registration``)."""
        return False

    @classmethod
    def fields(cls) -> tuple[SettingField, ...]:
        """The settings an account of this kind asks for in this build: ``settings_fields``,
        with the ``registration`` ones optional when the build carries the publisher's
        registration. The CLI's flags, the form and ``configure`` all go by these."""
        if not cls.has_built_in_registration():
            return cls.settings_fields
        return tuple(
            replace(spec, required=False) if spec.registration else spec
            for spec in cls.settings_fields
        )

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
        for spec in cls.fields():
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
    def settings_problem(cls, settings: Mapping[str, Any]) -> tuple[str, str] | None:
        """The first stored setting this kind cannot use, as (key, why in a sentence), or None.

        For a profile edited by hand: each value is checked as ``configure`` checks what is
        entered (a port stored as a number or as digits). Keys the kind does not declare, and
        empty optional ones, are left alone.
        """
        for spec in cls.fields():
            if spec.kind in (FieldKind.SECRET, FieldKind.FILE) or spec.key not in settings:
                continue
            value = settings[spec.key]
            if spec.kind is FieldKind.PORT and type(value) is int:
                value = str(value)
            if not isinstance(value, str):
                code = "field-number" if spec.kind is FieldKind.PORT else "field-text"
                return spec.key, Said(code, label=spec.label, value=repr(value))
            if not value.strip():
                if spec.required:
                    return spec.key, Said("field-needed", label=spec.label)
                continue
            try:
                validate_field(spec, value.strip())
            except Rejected as error:
                return spec.key, error.said or str(error)
        return None

    feature_settings: ClassVar[Mapping[str, Capability]] = {}
    """Account settings ("on"/"off", stored off when missing) that each turn one thing
    Boundary keeps beside the reply on or off, by the capability it gives (m365: ``calendar``
    → ``CALENDAR_EVENT``). Settings → Accounts shows them as tick boxes; turning one on may
    ask for a new sign-in (its permissions)."""

    @classmethod
    def feature_on(cls, settings: Mapping[str, Any], key: str) -> bool:
        return str(settings.get(key) or "off") == "on"

    @classmethod
    def account_capabilities(cls, settings: Mapping[str, Any]) -> frozenset[Capability]:
        """What an account with these settings can do: the kind's capabilities, less what
        its settings leave out (``feature_settings`` that are off; an imap account without an
        SMTP server cannot forward)."""
        off = {c for key, c in cls.feature_settings.items() if not cls.feature_on(settings, key)}
        return cls.capabilities - off

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
        return Said.joined(Said("connected"), reply_state(self.read_auto_reply()))

    def reply_interval(self) -> timedelta | None:
        """How often one sender gets the auto-reply at most, where the service decides it
        (a server's minimum between two replies to the same sender); None when unknown.
        May use the network."""
        return None

    def secret(self, key: str) -> str | None:
        return self.context.secrets.get(self.account.name, key)

    def store_secret(self, key: str, value: str) -> None:
        self.context.secrets.set(self.account.name, key, value)

    # --- a subject the server does not keep -----------------------------------------------

    @property
    def _subject_memo(self) -> Path:
        from boundary_app.providers.files import account_file

        return account_file(self.context.data_dir, self.kind, self.account.name, "subject")

    @staticmethod
    def _fingerprint(reply: AutoReply) -> str:
        import hashlib
        import json

        shape = replace(reply, subject="").normalized().to_json()
        return hashlib.sha256(json.dumps(shape, sort_keys=True).encode()).hexdigest()

    def keep_subject(self, written: AutoReply) -> None:
        """For servers that keep no subject (Exchange, Microsoft 365): remember on this
        computer the one Boundary wrote, next to a fingerprint of the reply it belongs to."""
        from boundary_app.providers.files import keep_json

        memo = {"fingerprint": self._fingerprint(written), "subject": written.subject}
        # Should it fail, the reply is set all the same; only its subject reads back empty.
        with contextlib.suppress(OSError):
            keep_json(self._subject_memo, memo)

    def with_kept_subject(self, read: AutoReply) -> AutoReply:
        """``read`` with the subject Boundary wrote, while the server still holds that reply;
        a reply changed elsewhere no longer matches the fingerprint and keeps no subject."""
        from boundary_app.providers.files import read_json

        if not read.enabled:
            return read
        memo = read_json(self._subject_memo)
        if isinstance(memo, dict) and memo.get("fingerprint") == self._fingerprint(read):
            return replace(read, subject=str(memo.get("subject", "")))
        return read

    # --- the auto-reply and mail ------------------------------------------------------------

    @abstractmethod
    def read_auto_reply(self) -> AutoReply: ...

    @abstractmethod
    def write_auto_reply(self, reply: AutoReply) -> None: ...

    @abstractmethod
    def clear_auto_reply(self) -> None: ...

    def list_mail(self, since: datetime, limit: int) -> list[MailSummary]:
        raise Rejected(Said("kind-cannot-list-mail", kind=self.display_name))

    def forward(self, message_id: str, to: str, note: str) -> None:
        raise Rejected(Said("kind-cannot-forward-one", kind=self.display_name))

    def send_mail(self, to: str, subject: str, text: str) -> None:
        """Send a new plain-text message from this account to ``to`` (one address), keeping a
        copy where the account keeps sent mail. Raise ``Rejected`` for a bad address."""
        raise Rejected(Said("kind-cannot-send", kind=self.display_name))

    # --- cover: forwarding to the backup, and whether a colleague is away -------------------

    def read_forward(self) -> ForwardRule:
        """Boundary's forwarding rule on the account (``ForwardRule.off()`` when there is
        none); rules Boundary did not make are not reported and never touched."""
        raise Rejected(Said("kind-cannot-forward", kind=self.display_name))

    def write_forward(self, rule: ForwardRule) -> None:
        """Make Boundary's forwarding rule ``rule`` (idempotent); the person's rules stay."""
        raise Rejected(Said("kind-cannot-forward", kind=self.display_name))

    def clear_forward(self) -> None:
        """Remove exactly Boundary's forwarding rule, if there is one."""
        raise Rejected(Said("kind-cannot-forward", kind=self.display_name))

    def forward_bounced(self, since: datetime) -> datetime | None:
        """When the newest non-delivery report carrying ``BOUNCE_STATUS`` arrived in the
        inbox at or after ``since`` (a forward the organisation refused), or None: none did,
        or the account cannot tell (the default). One search on the server, never a download
        of the mailbox; asked while Boundary's forwarding is on."""
        return None

    # --- the calendar: an event while away and on focus days -------------------------------

    def read_calendar(self) -> CalendarEvent:
        """Boundary's event in the calendar that has not ended yet (``CalendarEvent.off()``
        when there is none); the person's own events are not read as it and never touched."""
        raise Rejected(f"{self.display_name} accounts cannot keep a calendar event.")

    def write_calendar(self, event: CalendarEvent) -> None:
        """Make Boundary's event ``event`` (idempotent: an event of Boundary's that is there
        is moved and changed, not made twice)."""
        raise Rejected(f"{self.display_name} accounts cannot keep a calendar event.")

    def clear_calendar(self) -> None:
        """End Boundary's event: removed when it has not started, else ended now (the part
        that has passed stays in the calendar, as a record)."""
        raise Rejected(f"{self.display_name} accounts cannot keep a calendar event.")

    # --- a chat status beside the reply (Capability.PRESENCE) ------------------------------

    def read_presence(self) -> ChatStatus:
        """The chat status the account shows (``ChatStatus.off()`` when none), the person's
        own as well: first contact finds it, and it is never cleared unless Boundary set it."""
        raise Rejected(f"{self.display_name} accounts keep no chat status.")

    def write_presence(self, status: ChatStatus) -> None:
        """Show ``status`` (idempotent); remember it as Boundary's."""
        raise Rejected(f"{self.display_name} accounts keep no chat status.")

    def clear_presence(self) -> None:
        """Clear the chat status only while it is still the one Boundary set; one the person
        set is theirs and stays."""
        raise Rejected(f"{self.display_name} accounts keep no chat status.")

    def colleagues_away(self, addresses: Sequence[str]) -> dict[str, ColleagueAway]:
        """Whether each colleague's own auto-reply is on (``Capability.MAIL_TIPS``), by
        address as asked; an address the server cannot tell about is left out."""
        raise Rejected(f"{self.display_name} accounts cannot tell whether a colleague is away.")


def load_libraries(kinds: Iterable[type[MailProvider]]) -> None:
    """Import the kinds' lazily imported libraries, one after another, in this thread.

    Call it before asking several accounts at once: two threads importing the same library
    (``requests`` for exchange and m365) can hand one of them a half-initialised module
    ("cannot import name ... from partially initialized module"), as Python's import lock
    gives way rather than deadlock. A library that is missing is left for the provider to
    report when it is used.
    """
    import_first([library for kind in dict.fromkeys(kinds) for library in kind.libraries])


def import_first(modules: Iterable[str]) -> None:
    """Import ``modules`` one after another in this thread, before threads that use them
    start (see ``load_libraries``); one that is missing is left for its user to report."""
    import importlib

    for name in modules:
        with contextlib.suppress(ImportError):
            importlib.import_module(name)
