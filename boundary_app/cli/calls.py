"""``boundary calls [set NAME …|remove NAME]``, ``boundary interruption NAME`` and
``boundary voicemail``: call slots, the interruption log, and the greeting to record."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from boundary_app.cli.command import Command, Context, json_parent
from boundary_app.cli.output import EXIT_OK, Failure
from boundary_app.cli.words import mark, ntr, tr

if TYPE_CHECKING:
    from datetime import datetime

    from boundary_app.core.calls import CallSlot
    from boundary_app.core.service import Boundary


def calls_arguments(calls: argparse.ArgumentParser) -> None:
    json_flag = json_parent()
    actions = calls.add_subparsers(dest="action", metavar="ACTION")
    one = actions.add_parser(
        "set",
        parents=[json_flag],
        help=tr("add or change a client's call slot"),
        description=tr(
            "Add a call slot for NAME (a client or contact), or change theirs. Flags left out "
            "keep what the slot had (a new slot: 30 minutes, weekly)."
        ),
    )
    one.add_argument("name", metavar="NAME", help=tr("the client or contact"))
    one.add_argument(
        "--slot",
        metavar="DAYS TIME",
        help=tr("when: 'fri 10:00', 'tue,thu 14:00', 'mon-fri 9:30' (the profile's time zone)"),
    )
    one.add_argument("--minutes", type=int, metavar="N", help=tr("how long (5-240; default 30)"))
    one.add_argument(
        "--every",
        type=int,
        metavar="WEEKS",
        help=tr("every week (1, the default) or every 2 weeks"),
    )
    one.add_argument(
        "--contact",
        action="append",
        metavar="ADDR_OR_DOMAIN",
        help=tr("an address or domain of this client (repeat it; replaces the slot's contacts)"),
    )
    gone = actions.add_parser(
        "remove",
        parents=[json_flag],
        help=tr("remove a client's call slot"),
        description=None,
    )
    gone.add_argument("name", metavar="NAME")


def run_calls(context: Context, args: argparse.Namespace) -> int:
    if args.action == "set":
        return _run_set(context, args)
    if args.action == "remove":
        from boundary_app.core.clients import remove_call_slot

        _known_slot(context.service, args.name)
        slot = remove_call_slot(context.service, args.name)
        context.out.emit(
            {"removed": slot.name},
            [tr("Call slot for {name} removed.").format(name=slot.name)],
        )
        return EXIT_OK
    service = context.service
    rows = [slot_json(service, s) for s in service.profile.calls]
    lines = [_slot_line(context, s) for s in service.profile.calls]
    context.out.emit(
        {"calls": rows},
        lines or [tr("No call slots yet. Add one: boundary calls set NAME --slot 'fri 10:00'")],
    )
    return EXIT_OK


def _run_set(context: Context, args: argparse.Namespace) -> int:
    from dataclasses import replace

    from boundary_app.core.calls import CallSlot, parse_slot
    from boundary_app.core.clients import set_call_slot
    from boundary_app.core.schedule import PlanError

    service = context.service
    old = service.profile.call_slot(args.name)
    if old is None and args.slot is None:
        raise Failure(
            tr("Say when the call with {name} is: --slot 'fri 10:00'.").format(name=args.name)
        )
    slot = old or CallSlot(args.name)
    changes: dict[str, Any] = {"name": old.name if old else args.name}
    if args.slot is not None:
        try:
            changes["weekdays"], changes["at"] = parse_slot(args.slot)
        except PlanError as error:
            raise Failure("--slot: " + _slot_error(error)) from None
    if args.minutes is not None:
        changes["minutes"] = args.minutes
    if args.every is not None:
        changes["every"] = args.every
        if old is not None and args.every != old.every:
            changes["since"] = None  # the new rhythm counts from this week
    if args.contact is not None:
        changes["contacts"] = tuple(args.contact)
    wanted = replace(slot, **changes)
    _check_slot(context, wanted, old)
    saved = set_call_slot(service, wanted)
    context.out.emit(
        {"call": slot_json(service, saved), "added": old is None},
        [
            tr("Call slot changed:") if old is not None else tr("Call slot added:"),
            _slot_line(context, saved),
        ],
    )
    return EXIT_OK


def _known_slot(service: Boundary, name: str) -> None:
    """Refuses a name with no call slot, in the command's words."""
    if service.profile.call_slot(name) is None:
        known = ", ".join(c.name for c in service.profile.calls) or tr("none yet")
        raise Failure(
            tr("There is no call slot for '{name}' (call slots: {known}).").format(
                name=name, known=known
            )
        )


def _slot_error(error: Exception) -> str:
    """What is wrong with a typed ``--slot`` (core's ``PlanError``), in the command's words."""
    english = str(error)
    quoted, _, rest = english[1:].partition("' ") if english.startswith("'") else ("", "", "")
    words = SLOT_ERRORS.get(rest)
    return (tr(words).format(text=quoted) if words else english) + "."


SLOT_ERRORS = {
    "is not a call slot; use days and a time, like 'fri 10:00'": mark(
        "'{text}' is not a call slot; use days and a time, like 'fri 10:00'"
    ),
    "names no day; use days and a time, like 'fri 10:00'": mark(
        "'{text}' names no day; use days and a time, like 'fri 10:00'"
    ),
    "is not a time of day; use a time like 10:00": mark(
        "'{text}' is not a time of day; use a time like 10:00"
    ),
    "is not a day or a range of days; use e.g. mon-fri": mark(
        "'{text}' is not a day or a range of days; use e.g. mon-fri"
    ),
    "is not a day of the week; use mon, tue, wed, thu, fri, sat or sun": mark(
        "'{text}' is not a day of the week; use mon, tue, wed, thu, fri, sat or sun"
    ),
}
"""Core's reasons a typed call slot is refused (after the value quoted), as worded here."""


def _check_slot(context: Context, slot: CallSlot, old: CallSlot | None) -> None:
    """Refuses a slot core would refuse, before it is saved: core's check and sentence
    (``problem_words``), in the command's words, with the rule's own code for ``--json``."""
    from boundary_app.core.calls import problem_words, slot_problem

    service = context.service
    others = [c for c in service.profile.calls if c is not old]
    problem = slot_problem(_as_core_checks(slot), others)
    if problem is not None:
        said = context.out.said(problem_words(problem, slot.name))
        raise Failure(said, code=problem.code)


def _as_core_checks(slot: CallSlot) -> CallSlot:
    """``slot`` as core checks it: its name trimmed, its contacts as core keeps them."""
    from dataclasses import replace

    from boundary_app.core.calls import normalize_contact

    contacts = tuple(dict.fromkeys(normalize_contact(c) for c in slot.contacts if c.strip()))
    return replace(slot, name=slot.name.strip(), contacts=contacts)


def slot_json(service: Boundary, slot: CallSlot) -> dict[str, Any]:
    from boundary_app.core.calls import days_document, format_slot, next_call

    call = next_call(slot, service.profile.tz, service.clock())
    return {
        "name": slot.name,
        "contacts": list(slot.contacts),
        "days": days_document(slot.weekdays),
        "time": f"{slot.at:%H:%M}",
        "slot": format_slot(slot),
        "minutes": slot.minutes,
        "every": slot.every,
        "since": slot.since.isoformat() if slot.since else None,
        "next": None if call is None else {"start": _iso(call.start), "end": _iso(call.end)},
    }


def _iso(moment: datetime) -> str:
    return moment.isoformat()


def _slot_line(context: Context, slot: CallSlot) -> str:
    from boundary_app.core.calls import format_slot, next_call

    service = context.service
    call = next_call(slot, service.profile.tz, service.clock())
    rhythm = tr("weekly") if slot.every == 1 else ntr("every %n week(s)", slot.every)
    line = "  " + tr("{name}: {slot}, {minutes} min, {rhythm}").format(
        name=slot.name, slot=format_slot(slot), minutes=slot.minutes, rhythm=rhythm
    )
    if call is not None:
        line += tr("; next {when}").format(when=context.out.when(call.start))
    if slot.contacts:
        line += f" ({', '.join(slot.contacts)})"
    return line


# --- interruption -----------------------------------------------------------------------------


def interruption_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("name", metavar="NAME", help=tr("the client or contact who interrupted"))
    parser.add_argument(
        "--kind", choices=("call", "chat", "visit"), default="call", help=tr("default: call")
    )
    parser.add_argument(
        "--at",
        metavar="TIME",
        help=tr("when it happened (default: now): '14:20' (today), 'monday 9:30', ISO 8601"),
    )
    parser.add_argument("--note", metavar="TEXT", default="", help=tr("a few words, for yourself"))


def run_interruption(context: Context, args: argparse.Namespace) -> int:
    from boundary_app.core.clients import NOTE_LIMIT, log_interruption

    service = context.service
    if not " ".join(args.name.split()):
        raise Failure(tr("Say who interrupted: the client's or contact's name."))
    if len(args.note) > NOTE_LIMIT:
        raise Failure(
            tr("The note is longer than {limit} characters; please shorten it.").format(
                limit=NOTE_LIMIT
            )
        )
    at = _past(service, args.at) if args.at else None
    item = log_interruption(service, args.name, args.kind, at, args.note)
    context.out.emit(
        {
            "interruption": {
                "at": item.at.isoformat(),
                "client": item.client,
                "kind": item.kind,
                "note": item.note,
            }
        },
        [
            tr(INTERRUPTION_WORDS.get(item.kind, "Logged: a {kind} from {client}, {when}.")).format(
                kind=item.kind, client=item.client, when=context.out.when(item.at)
            )
        ],
    )
    return EXIT_OK


def _past(service: Boundary, text: str) -> datetime:
    """A typed moment that has happened: '14:20' is today's (or yesterday's), 'monday' the last."""
    import re
    from datetime import time, timedelta

    from boundary_app.cli.dates import moment_words, typed_moment
    from boundary_app.core.timeutil import is_span, localize

    tz, now = service.profile.tz, service.clock()
    moment = typed_moment(text, now=now, tz=tz, default_time=time(12))
    if moment <= now or re.search(r"\d{4}-\d{2}-\d{2}", text) or is_span(text, moment_words()):
        return moment  # a date or a span ("in 2 hours", "2 jam lagi") is read as typed
    for days in (1, 7):
        local = moment.astimezone(tz)
        earlier = localize(local.date() - timedelta(days=days), local.time(), tz)
        if earlier <= now:
            return earlier
    raise Failure(
        tr("'{text}' is still to come; log an interruption once it happened.").format(text=text)
    )


INTERRUPTION_WORDS = {
    "call": mark("Logged: a call from {client}, {when}."),
    "chat": mark("Logged: a chat from {client}, {when}."),
    "visit": mark("Logged: a visit from {client}, {when}."),
}
"""The line after ``interruption``, per kind (the kind is a word of the sentence)."""


CALLS = Command(
    "calls",
    help=mark("call slots per client, with each next call"),
    description=mark(
        "List the call slots (a client's recurring call, offered instead of ad-hoc calls) "
        "with each next call; 'calls set NAME --slot \"fri 10:00\"' adds or changes one, "
        "'calls remove NAME' removes it. Replies name a client's call with {calls}."
    ),
    add_arguments=calls_arguments,
    run=run_calls,
)
INTERRUPTION = Command(
    "interruption",
    help=mark("log an unplanned call, chat or visit from a client"),
    description=mark(
        "Log an interruption: an unplanned call, chat or visit from a client. "
        "'boundary stats' counts them per week and per client."
    ),
    add_arguments=interruption_arguments,
    run=run_interruption,
)


# --- voicemail --------------------------------------------------------------------------------


def voicemail_arguments(parser: argparse.ArgumentParser) -> None:
    from boundary_app.core.language import LANGUAGES

    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        metavar="LANG",
        help=tr("one language ({languages}; default: your reply's language or languages)").format(
            languages=", ".join(LANGUAGES)
        ),
    )


def run_voicemail(context: Context, args: argparse.Namespace) -> int:
    from boundary_app.core.voicemail import greetings

    service, out = context.service, context.out
    found = greetings(service, (args.lang,) if args.lang else None)
    lines: list[str] = []
    for greeting in found:
        if greeting.occasion == "focus":
            lines.append(
                tr("For your focus days (the next: {when}):").format(when=out.when(greeting.start))
            )
        else:
            until = out.when(greeting.end) if greeting.end else tr("further notice")
            lines.append(tr("For your time away, until {until}:").format(until=until))
        lines += ["", greeting.text, ""]
    if not found:
        lines = [
            tr(
                "Nothing to record: no focus day and no time away ahead. Focus days: "
                "boundary plan --focus-day wed; time away: boundary away --until T."
            )
        ]
    out.emit(
        {
            "greetings": [
                {
                    "occasion": g.occasion,
                    "start": g.start.isoformat(),
                    "end": g.end.isoformat() if g.end else None,
                    "languages": list(g.languages),
                    "text": g.text,
                }
                for g in found
            ]
        },
        lines[:-1] if found else lines,
    )
    return EXIT_OK


VOICEMAIL = Command(
    "voicemail",
    help=mark("the voicemail greeting to record for focus days and time away"),
    description=mark(
        "The greeting to record on your phone for the next focus day and for the time away "
        "in force or next, in your reply's language(s): when you answer, your backup to call "
        "for urgent matters, and mail as the way to reach you. It follows your profile. "
        "docs/calls.md says how to make Microsoft Teams play it."
    ),
    add_arguments=voicemail_arguments,
    run=run_voicemail,
)
