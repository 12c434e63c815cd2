"""The words of state the core hands to its front ends: codes, never sentences.

Each is a ``StrEnum`` (like ``Audience`` and ``Capability`` in the provider contract), so a
member compares equal to its string: the journal stores, and ``--json`` prints, the same
text as before, and code that still compares with plain strings keeps working.
"""

from __future__ import annotations

from enum import StrEnum


class AccountStatus(StrEnum):
    """Where one account stands against the reply Boundary wants on it."""

    OK = "ok"
    """The account holds the desired reply."""
    PENDING = "pending"
    """Not there yet: not sent, or a try failed and another comes (``next_retry``)."""
    FAILED = "failed"
    """Refused by the service (or the kind is not installed): no retry until it changes."""
    NEEDS_SIGN_IN = "needs-sign-in"
    """The account needs the person to sign in again."""
    DRIFT = "drift"
    """Changed outside Boundary (in webmail, say); Boundary does not fight the person."""
    UNKNOWN = "unknown"
    """Never checked."""
    FOUND = "found"
    """First contact found a reply Boundary did not set: it is kept as it is, and nothing is
    written to the account until the person acts (go away, I'm back, keep it, leave it)."""


NEEDS_ATTENTION = frozenset(
    {AccountStatus.FAILED, AccountStatus.NEEDS_SIGN_IN, AccountStatus.DRIFT, AccountStatus.FOUND}
)
"""States the person has to do something about (a found reply they left alone is not)."""
WAITING = frozenset({AccountStatus.PENDING, AccountStatus.UNKNOWN})
"""States that settle on their own when a pass gets through."""


class Health(StrEnum):
    """The worst of the accounts, in three steps (the tray icon's colour)."""

    OK = "ok"
    PENDING = "pending"
    FAILED = "failed"


class State(StrEnum):
    """What the person's replies say at a moment (``boundary status``'s ``state``)."""

    AVAILABLE = "available"
    """No away period in force (one may be booked) and no focus day under way."""
    AWAY = "away"
    """An away period is in force."""
    FOCUS = "focus"
    """A focus day's reply is in force (no away period in force or booked)."""


class Cover(StrEnum):
    """How people who write are looked after during an away period."""

    REPLY = "reply"
    """An auto-reply (naming who covers); nothing is forwarded."""
    FORWARD = "forward"
    """Silent cover: mail goes on to the backup who covers, and no auto-reply is sent."""
    BOTH = "both"
    """An auto-reply, and mail goes on to the backup who covers."""

    @property
    def replies(self) -> bool:
        return self is not Cover.FORWARD

    @property
    def forwards(self) -> bool:
        return self is not Cover.REPLY


class Availability(StrEnum):
    """Whether a backup can cover (``boundary backups``)."""

    AVAILABLE = "available"
    """Their organisation's server says their own auto-reply is off."""
    AWAY = "away"
    """Their own auto-reply is on, or the person marked them unavailable by hand."""
    UNKNOWN = "unknown"
    """Nothing can tell (no account that asks); counted as available."""


class CoverNotice(StrEnum):
    """What to tell the person before going away with a cover (``Boundary.cover_notices``)."""

    OUTSIDE_DOMAIN = "outside-domain"
    """The backup's address is outside the account's domain: organisations often block
    forwarding there (Exchange Online's default outbound policy, bounce 5.7.520)."""
    CANNOT_FORWARD = "cannot-forward"
    """The account's kind keeps no forwarding rule: it only gets the reply, if any."""
    APP_SWITCHED = "app-switched"
    """The account's forwarding rule has no dates: the app switches it at the period's start
    and end, so it must be running then."""
    NOBODY_AVAILABLE = "nobody-available"
    """No backup in the roster is available: nothing is forwarded."""
    STAND_IN = "stand-in"
    """The backup chosen first is away; another covers instead (``backup``, ``instead``)."""


class FoundRefusal(StrEnum):
    """Why a found reply cannot be kept or left alone as asked (``FoundError.code``)."""

    NOTHING_FOUND = "nothing-found"
    """The account holds no reply set outside Boundary (or it was dealt with already)."""
    AWAY_PERIOD = "away-period"
    """An away period is current or upcoming: keeping a found reply would replace it."""
    DIFFERENT = "different-replies"
    """The accounts named hold different replies, which cannot make one away period."""


__all__ = [
    "NEEDS_ATTENTION",
    "WAITING",
    "AccountStatus",
    "Availability",
    "Cover",
    "CoverNotice",
    "FoundRefusal",
    "Health",
    "State",
]
