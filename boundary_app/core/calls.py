"""Call slots: the scheduled calls a person offers a client instead of ad-hoc ones.

A slot belongs to a client or contact (``name``), is recognised by their email addresses or
domains (``contacts``), and recurs on one or more weekdays at a wall-clock time, for
``minutes``, every week or every ``every`` weeks ("Fridays 10:00, 30 min, weekly", "Tuesdays
and Thursdays 14:00"). Everything here is a pure function of the slot, a time zone and a
moment; nothing reads the clock. Times follow the schedule engine's wall-clock rules: a slot
in a DST gap starts when the gap ends, one in a fold is the first occurrence, and the
returned times carry the fixed UTC offset in force, so comparisons are exact.

A rhythm of every two (or more) weeks counts weeks from the Monday of ``since``, the day the
slot was set: that week has a call, the next does not, and so on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from boundary_app.core.schedule import (
    WEEKDAY_NAMES,
    PlanError,
    format_weekdays,
    parse_clock,
    parse_weekdays,
    wall_clock,
)
from boundary_app.providers.base import Said, is_email

__all__ = [
    "CALL_LIMITS",
    "CallSlot",
    "CallTime",
    "SlotProblem",
    "calls_between",
    "client_for",
    "days_document",
    "format_slot",
    "is_contact",
    "next_call",
    "normalize_contact",
    "parse_slot",
    "problem_words",
    "sender_address",
    "slot_problem",
]

CALL_LIMITS = {"minutes": (5, 240), "every": (1, 4)}
"""Allowed range (inclusive) of a slot's numbers."""
NAME_LIMIT = 80
_DOMAIN_RE = re.compile(r"^(?=.{3,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$")


@dataclass(frozen=True)
class CallSlot:
    """A client's recurring call. Weekdays: Monday is 0."""

    name: str
    contacts: tuple[str, ...] = ()
    """Email addresses and domains (``acme.example``) that belong to this client."""
    weekdays: frozenset[int] = frozenset({4})
    at: time = time(10, 0)
    minutes: int = 30
    every: int = 1
    """Every week (1), every other week (2), …"""
    since: date | None = None
    """The day the rhythm counts from (its week has a call); None counts from any week."""
    extra: dict[str, Any] = field(default_factory=dict, hash=False)
    """Keys of the profile's ``[[calls]]`` table this version does not know."""

    @property
    def duration(self) -> timedelta:
        return timedelta(minutes=self.minutes)

    def on(self, day: date) -> bool:
        """Whether ``day`` (a local date) has this call."""
        if day.weekday() not in self.weekdays:
            return False
        if self.every <= 1 or self.since is None:
            return True
        weeks = (_monday(day) - _monday(self.since)).days // 7
        return weeks % self.every == 0


@dataclass(frozen=True)
class CallTime:
    """One occurrence of a slot; times carry the fixed UTC offset of the moment."""

    slot: CallSlot
    start: datetime
    end: datetime


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


# --- reading what people type ---------------------------------------------------------------


def parse_slot(text: str) -> tuple[frozenset[int], time]:
    """'fri 10:00', 'tue,thu 14:00', 'Tuesdays and Thursdays 14.00' → (weekdays, time).

    Raises ``PlanError`` saying what is wrong.
    """
    words = " ".join(text.strip().lower().split())
    days, _, clock = words.rpartition(" ")
    if not days:
        raise PlanError(
            f"'{text.strip()}' is not a call slot; use days and a time, like 'fri 10:00'",
            "not-a-slot",
            text=text.strip(),
        )
    days = re.sub(r"\s*(?:,|\band\b|&|\+)\s*", ",", days)
    days = re.sub(r"(day)s\b", r"\1", days)  # "fridays" → "friday"
    days = re.sub(r"\b(mon|tue|wed|thu|fri|sat|sun)s\b", r"\1", days)
    weekdays = parse_weekdays(days.replace(" ", ""))
    if not weekdays:
        raise PlanError(
            f"'{text.strip()}' names no day; use days and a time, like 'fri 10:00'",
            "no-day",
            text=text.strip(),
        )
    return weekdays, parse_clock(clock)


def format_slot(slot: CallSlot) -> str:
    """How ``slot`` is typed back: 'fri 10:00', 'tue,thu 14:00'."""
    return f"{format_weekdays(slot.weekdays)} {slot.at:%H:%M}"


def is_contact(text: str) -> bool:
    """Whether ``text`` is an email address or a domain (``acme.example``, ``@acme.example``)."""
    value = text.strip().lower().lstrip("@")
    return is_email(value) or bool(_DOMAIN_RE.match(value))


def normalize_contact(text: str) -> str:
    """An address or a domain as kept: lower case, a leading '@' dropped."""
    return text.strip().lower().lstrip("@")


@dataclass(frozen=True)
class SlotProblem:
    """What stops a call slot, as a code with its value; the front ends word it.

    ``code``: ``name`` (none given), ``name-length``, ``duplicate`` (another slot has the
    name), ``days`` (no day), ``minutes`` or ``every`` (out of ``CALL_LIMITS``; ``value`` is
    the number), ``contact`` (``value`` is neither an address nor a domain).
    """

    code: str
    value: str = ""


def slot_problem(slot: CallSlot, others: list[CallSlot]) -> SlotProblem | None:
    """The first thing wrong with ``slot`` beside ``others``, or None."""
    if not slot.name.strip():
        return SlotProblem("name")
    if len(slot.name) > NAME_LIMIT:
        return SlotProblem("name-length", str(NAME_LIMIT))
    if any(o.name.casefold() == slot.name.casefold() for o in others if o is not slot):
        return SlotProblem("duplicate", slot.name)
    if not slot.weekdays or any(not 0 <= d <= 6 for d in slot.weekdays):
        return SlotProblem("days")
    for key, (low, high) in CALL_LIMITS.items():
        value = getattr(slot, key)
        if not low <= value <= high:
            return SlotProblem(key, str(value))
    for contact in slot.contacts:
        if not is_contact(contact):
            return SlotProblem("contact", contact)
    return None


def counted_from(slot: CallSlot, old: CallSlot | None, today: date) -> CallSlot:
    """``slot`` with the week its rhythm counts from: a slot of every two or more weeks
    without ``since`` keeps ``old``'s (the slot it replaces) when the rhythm is the same,
    else counts from ``today``."""
    if slot.every <= 1 or slot.since is not None:
        return slot
    same = old is not None and old.every == slot.every and old.since is not None
    return replace(slot, since=old.since if same and old is not None else today)


def problem_words(problem: SlotProblem, name: str) -> Said:
    """``problem`` as a sentence with its code (``slot-<code>``; its English is ``str()``),
    for the profile's errors and the ``boundary`` command."""
    low, high = CALL_LIMITS.get(problem.code, (None, None))
    limits = {} if low is None else {"low": low, "high": high}
    return Said(f"slot-{problem.code}", name=name.strip(), value=problem.value, **limits)


# --- the schedule -----------------------------------------------------------------------------


def calls_between(slot: CallSlot, tz: ZoneInfo, start: datetime, end: datetime) -> list[CallTime]:
    """Every call of ``slot`` whose start is in [start, end), in order."""
    if start.tzinfo is None or end.tzinfo is None:
        raise ValueError("start and end must be timezone-aware")
    if end <= start or not slot.weekdays:
        return []
    first = start.astimezone(tz).date() - timedelta(days=1)
    last = end.astimezone(tz).date() + timedelta(days=1)
    found = []
    for k in range((last - first).days + 1):
        day = first + timedelta(days=k)
        if slot.on(day):
            begin = wall_clock(day, slot.at, tz)
            if start <= begin < end:
                found.append(CallTime(slot, begin, begin + slot.duration))
    return found


def next_call(slot: CallSlot, tz: ZoneInfo, after: datetime) -> CallTime | None:
    """The first call of ``slot`` that starts after ``after`` (a call under way is not next)."""
    horizon = after + timedelta(weeks=max(slot.every, 1) + 1)
    found = calls_between(slot, tz, after + timedelta(seconds=1), horizon)
    return found[0] if found else None


# --- who is calling ---------------------------------------------------------------------------


def sender_address(sender: str) -> str:
    """The address in a From line ('Jo <jo@acme.example>' → 'jo@acme.example'), lower case."""
    from email.utils import parseaddr

    return parseaddr(sender)[1].strip().lower()


def client_for(slots: list[CallSlot], sender: str) -> CallSlot | None:
    """The slot whose contacts hold ``sender``'s address or its domain (or a parent domain)."""
    address = sender_address(sender)
    if "@" not in address:
        return None
    domain = address.rpartition("@")[2]
    for slot in slots:
        for contact in slot.contacts:
            wanted = contact.lower().lstrip("@")
            if address == wanted or domain == wanted or domain.endswith("." + wanted):
                return slot
    return None


def days_document(days: frozenset[int]) -> list[str]:
    return [WEEKDAY_NAMES[d] for d in sorted(days)]
