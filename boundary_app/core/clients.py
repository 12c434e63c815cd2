"""The person's clients: call slots kept in the profile, interruptions logged in the journal,
missed calls answered with the next slot, mail sent through an account that can send.

Both front ends go through these functions (as through the service): a request is checked
the same way everywhere. Bad input raises ``InputError`` with one sentence (English, as the
service's; the app checks its own forms and words their problems itself).
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from boundary_app.core.calls import (
    CALL_LIMITS,
    CallSlot,
    CallTime,
    counted_from,
    next_call,
    normalize_contact,
    problem_words,
    slot_problem,
)
from boundary_app.core.journal import INTERRUPTION_KINDS, Interruption
from boundary_app.core.profile import Account
from boundary_app.core.service import InputError
from boundary_app.providers.base import Capability, is_email

if TYPE_CHECKING:
    from boundary_app.core.service import Boundary

FUTURE_SLACK = timedelta(minutes=5)
"""An interruption may be logged this far ahead of the clock (clocks differ a little)."""
NOTE_LIMIT = 500


def set_call_slot(service: Boundary, slot: CallSlot) -> CallSlot:
    """Add ``slot``, or replace the slot with its name; checked, then saved in the profile.

    A slot of every two or more weeks without ``since`` keeps the one it had with the same
    rhythm, else counts its weeks from today.
    """
    profile = copy.deepcopy(service.profile)
    old = profile.call_slot(slot.name)
    slot = counted_from(slot, old, service.clock().astimezone(profile.tz).date())
    slot = replace(slot, name=slot.name.strip(), contacts=_contacts(slot.contacts))
    others = [c for c in profile.calls if c is not old]
    if problem := slot_problem(slot, others):
        raise InputError(
            problem_words(problem, slot.name),
            f"slot-{problem.code}",
            name=slot.name.strip(),
            value=problem.value,
            **dict(zip(("low", "high"), CALL_LIMITS.get(problem.code, ()), strict=False)),
        )
    if old is not None:
        slot = replace(slot, extra=old.extra)
        profile.calls = [slot if c is old else c for c in profile.calls]
    else:
        profile.calls.append(slot)
    service.save_profile(profile)
    return slot


def _contacts(contacts: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(normalize_contact(c) for c in contacts if c.strip()))


def remove_call_slot(service: Boundary, name: str) -> CallSlot:
    slot = find_slot(service, name)
    profile = copy.deepcopy(service.profile)
    profile.calls = [c for c in profile.calls if c.name != slot.name]
    service.save_profile(profile)
    return slot


def find_slot(service: Boundary, name: str) -> CallSlot:
    slot = service.profile.call_slot(name)
    if slot is None:
        known = ", ".join(c.name for c in service.profile.calls)
        raise InputError(
            f"There is no call slot for '{name}' (call slots: {known or 'none yet'}).",
            "no-such-slot",
            **({"name": name, "names": known} if known else {"name": name, "sentence": "no-slots"}),
        )
    return slot


# --- interruptions --------------------------------------------------------------------------


def log_interruption(
    service: Boundary, client: str, kind: str = "call", at: datetime | None = None, note: str = ""
) -> Interruption:
    """Record an unplanned call, chat or visit from ``client`` (now, or at ``at``).

    A client with a call slot is written as the slot names it; any other name is taken as
    typed (not every client has a slot).
    """
    now = service.clock()
    name = " ".join(client.split())
    if not name:
        raise InputError("Say who interrupted: the client's or contact's name.", "no-client")
    if kind not in INTERRUPTION_KINDS:
        raise InputError(
            f"'{kind}' is not a kind of interruption; use call, chat or visit.",
            "not-an-interruption",
            kind=kind,
        )
    moment = now if at is None else at
    if moment > now + FUTURE_SLACK:
        raise InputError(
            "That moment is still to come; log an interruption once it happened.", "in-future"
        )
    if len(note) > NOTE_LIMIT:
        raise InputError(
            f"The note is longer than {NOTE_LIMIT} characters; please shorten it.",
            "note-too-long",
            most=NOTE_LIMIT,
        )
    slot = service.profile.call_slot(name)
    item = Interruption(moment, slot.name if slot else name, kind, note.strip())
    service.journal.record_interruption(item)
    service.mark_changed()
    return item


# --- answering a missed call ----------------------------------------------------------------


@dataclass(frozen=True)
class MissedCallAnswer:
    """A ready answer to a client's missed call, naming their next call slot."""

    slot: CallSlot
    call: CallTime | None
    lang: str
    subject: str
    text: str
    to: str
    """The first address among the client's contacts ("" when only domains are known)."""


def missed_call_answer(service: Boundary, name: str, lang: str | None = None) -> MissedCallAnswer:
    """The answer to ``name``'s missed call, in ``lang`` (default: the reply's language)."""
    from boundary_app.core.render import call_when, call_words, fill, placeholders

    slot = find_slot(service, name)
    lang = lang or service.reply_languages()[0]
    now = service.clock()
    tz = service.profile.tz
    call = next_call(slot, tz, now)
    words = call_words(lang)
    when = call_when(call.start, tz, lang, now=now) if call is not None else ""
    values = {"when": when, "name": service.profile.identity.name}
    pattern = placeholders(tuple(values))
    to = next((c for c in slot.contacts if is_email(c)), "")
    return MissedCallAnswer(
        slot, call, lang, words["missed_subject"], fill(words["missed"], values, pattern), to
    )


def sending_accounts(service: Boundary) -> list[Account]:
    """The accounts whose kind can send mail, in the profile's order."""
    return [a for a in service.profile.accounts if Capability.SEND_MAIL in service.capabilities(a)]


def send_mail(service: Boundary, account: str, to: str, subject: str, text: str) -> None:
    """Send a message through ``account``; blocks on the network (never on the GUI thread).

    Raises ``InputError`` for an unknown account, one that cannot send, or a bad address;
    the provider's errors (``ProviderError``) as they come.
    """
    chosen = service.find_account(account)
    if Capability.SEND_MAIL not in service.capabilities(chosen):
        raise InputError(
            f"The account '{chosen.name}' cannot send mail.", "cannot-send", account=chosen.name
        )
    if not is_email(to):
        raise InputError(f"'{to}' is not an email address.", "not-an-address", address=to)
    if not text.strip():
        raise InputError("The message is empty; write a few words.", "empty-mail")
    service.provider_for(chosen).send_mail(to.strip(), subject.strip(), text)


__all__ = [
    "MissedCallAnswer",
    "find_slot",
    "log_interruption",
    "missed_call_answer",
    "remove_call_slot",
    "send_mail",
    "sending_accounts",
    "set_call_slot",
]
