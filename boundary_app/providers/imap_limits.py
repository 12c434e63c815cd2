"""What a ManageSieve server allows, found out before anything changes, and said in words.

Servers differ (defaults: Dovecot/Pigeonhole 1 MB a script and no limit on how many;
Cyrus IMAP 32 KiB, five scripts a person, and one vacation reply per sender every three
days at most). RFC 5804 lets a client ask first: HAVESPACE answers NO with the response
code QUOTA/MAXSIZE (the script is too large), QUOTA/MAXSCRIPTS (too many scripts) or
QUOTA (no room left). The provider asks for every script it is about to put, before it
puts any, so a refusal leaves the account exactly as it was; the same codes from
PUTSCRIPT (a server that answered HAVESPACE loosely) are worded the same way.

No server tells its vacation minimum over ManageSieve: ``reply_interval`` knows the
servers by the IMPLEMENTATION they name (their documented defaults).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta
from typing import TYPE_CHECKING

from boundary_app.providers.base import AutoReply, Rejected, Said
from boundary_app.providers.imap_managesieve import SieveNo, wire_size

if TYPE_CHECKING:
    from boundary_app.providers.imap_managesieve import ManageSieve

ONE_DAY = timedelta(days=1)
CYRUS_MIN_RESPONSE = timedelta(days=3)
"""Cyrus IMAP's ``sieve_vacation_min_response`` default: it raises ``:days 1`` to this."""


@dataclass(frozen=True)
class Put:
    """A script the provider is about to PUTSCRIPT."""

    name: str
    text: str
    new: bool
    """Whether no script of that name is on the server yet (one more script)."""


@dataclass(frozen=True)
class Room:
    """What the words of a refusal need to know about the account."""

    reply: AutoReply
    theirs: str | None
    """The person's own script (active, or restored when the reply is cleared)."""
    deletable: Sequence[str]
    """The person's switched-off scripts (never theirs, never Boundary's)."""


def is_cyrus(sieve: ManageSieve) -> bool:
    return sieve.capabilities.get("IMPLEMENTATION", "").lower().startswith("cyrus")


def reply_interval(implementation: str) -> timedelta:
    """How often the server sends the reply to one sender at most, as far as is known.

    Boundary asks for ``:days 1``. Cyrus raises anything below its minimum (three days by
    default; a host may set another, and no server says which over ManageSieve);
    Pigeonhole's minimum is a day; other servers are taken at their word."""
    if implementation.lower().startswith("cyrus"):
        return CYRUS_MIN_RESPONSE
    return ONE_DAY


def interval_words(implementation: str) -> str:
    """One sentence on how often a sender gets the reply, for ``accounts test``."""
    from boundary_app.providers.base import Said

    interval = reply_interval(implementation)
    if interval <= ONE_DAY:
        return Said("once-a-day")
    return Said("once-in-days", server=implementation.split()[0], days=interval.days)


def fit(sieve: ManageSieve, puts: Sequence[Put], room: Room) -> None:
    """HAVESPACE for each script about to be put: Rejected, in words, when one would not
    fit. A NO without a QUOTA code (a server that does not know HAVESPACE) lets
    CHECKSCRIPT and PUTSCRIPT decide."""
    for put in puts:
        try:
            sieve.have_space(put.name, put.text)
        except SieveNo as error:
            refused = refusal(error, put, puts, room)
            if refused is not None:
                raise refused from error


def refusal(error: SieveNo, put: Put, puts: Sequence[Put], room: Room) -> Rejected | None:
    """A QUOTA answer about ``put`` in words a person can act on; None for other answers."""
    code = error.code.upper()
    if code == "QUOTA/MAXSIZE":
        return too_long(put, room, _number(error.message))
    if code == "QUOTA/MAXSCRIPTS":
        return no_room(puts, room, _number(error.message))
    if code.startswith("QUOTA"):
        return Rejected(Said("sieve-full", said=str(error)))
    return None


def too_long(put: Put, room: Room, limit: int | None) -> Rejected:
    size = wire_size(put.text)
    if put.name != "boundary":
        if not limit:
            return Rejected(
                Said("sieve-theirs-too-long-unknown", theirs=room.theirs, size=_kb(size))
            )
        return Rejected(
            Said("sieve-theirs-too-long", theirs=room.theirs, size=_kb(size), limit=_kb(limit))
        )
    if limit is None or size <= limit:
        return Rejected(Said("sieve-too-long", size=_kb(size)))
    characters = f"{_characters(size - limit, room.reply):,}"
    return Rejected(
        Said("sieve-too-long-by", characters=characters, limit=_kb(limit), size=_kb(size))
    )


def no_room(puts: Sequence[Put], room: Room, most: int | None) -> Rejected:
    new = sum(put.new for put in puts)
    if new >= 2:
        needs = "two more: its reply and a copy of your own filters"
    elif new == 1:
        needs = "one more, for its reply"
    else:
        needs = "one more while it replaces its reply (this server counts it twice)"
    keeps = Said("sieve-room-most", most=most, needs=needs) if most else None
    words = [keeps or Said("sieve-room-some", needs=needs)]
    if room.deletable:
        names = ", ".join(f"'{name}'" for name in sorted(room.deletable))
        words.append(Said("sieve-room-deletable", names=names))
    else:
        words.append(Said("sieve-room-ask"))
    return Rejected(Said.joined(*words, Said("sieve-room-kept")))


def _number(message: str) -> int | None:
    numbers = [int(n) for n in re.findall(r"\d+", message)]
    return max(numbers) if numbers else None


def _kb(size: int) -> str:
    return f"{size / 1024:.1f}".removesuffix(".0")


def _characters(excess: int, reply: AutoReply) -> int:
    """About how many characters of the messages make ``excess`` bytes, rounded up (to
    tens, or hundreds beyond a thousand)."""
    text = reply.internal + reply.external_sent
    per_character = len(text.encode()) / len(text) if text else 1.0
    characters = math.ceil(excess / per_character)
    step = 100 if characters > 1000 else 10
    return math.ceil(characters / step) * step
