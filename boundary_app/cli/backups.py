"""``boundary backups``: the roster in order, whether each one can cover, and what says so.

Accounts whose server can tell (Microsoft 365, Exchange: mail tips) are asked whether each
backup's own auto-reply is on; a backup can also be marked unavailable through a day by hand
(``--unavailable NAME --until DAY``, kept in the profile) and available again
(``--available NAME``).
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from boundary_app.cli.command import Command, Context
from boundary_app.cli.dates import short_day, typed_day
from boundary_app.cli.output import EXIT_OK, Failure, Out
from boundary_app.cli.words import mark, tr

if TYPE_CHECKING:
    from datetime import date

    from boundary_app.core.cover import BackupState
    from boundary_app.core.service import Boundary


def backups_arguments(parser: argparse.ArgumentParser) -> None:
    marking = parser.add_mutually_exclusive_group()
    marking.add_argument(
        "--unavailable",
        metavar="NAME",
        help=tr("mark a backup unavailable (ill, on leave) through the day given with --until"),
    )
    marking.add_argument("--available", metavar="NAME", help=tr("mark a backup available again"))
    parser.add_argument(
        "--until", metavar="DAY", help=tr("with --unavailable: their last day away, e.g. friday")
    )
    parser.add_argument(
        "--no-ask", action="store_true", help=tr("do not ask the mail servers; show what is known")
    )


def _day(service: Boundary, text: str) -> date:
    return typed_day(text, now=service.clock(), tz=service.profile.tz)


def _mark(service: Boundary, args: argparse.Namespace) -> str | None:
    """Apply --unavailable/--available; the line saying what was changed."""
    if args.until is not None and args.unavailable is None:
        raise Failure(tr("--until goes with --unavailable NAME."))
    if args.unavailable is not None and not (args.until or "").strip():
        raise Failure(tr("Say through which day with --until, for example --until friday."))
    name = args.unavailable if args.unavailable is not None else args.available
    if name is None:
        return None
    day = None
    if args.unavailable is not None:
        day = _day(service, args.until)
        if day < service.clock().astimezone(service.profile.tz).date():
            raise Failure(tr("--until {day} is in the past.").format(day=args.until))
    if service.profile.backup(name) is None:  # as mark_backup refuses it, in words
        known = ", ".join(b.name for b in service.profile.backups)
        words = (
            tr("'{name}' is not in your backups roster (backups: {known}).")
            if known
            else tr("'{name}' is not in your backups roster (backups: none yet).")
        )
        raise Failure(words.format(name=name, known=known), code="not-in-roster")
    backup = service.mark_backup(name, day)
    if day is None:
        return tr("{name} is marked available.").format(name=backup.name)
    return tr("{name} is marked unavailable through {day}.").format(
        name=backup.name, day=short_day(day, year=True)
    )


def state_words(out: Out, state: BackupState) -> str:
    """Whether a backup can cover, and what says so, as one clause."""
    if state.availability == "unknown":
        return tr("unknown (no account can tell; counted as available)")
    if state.availability == "available":
        return tr("available (their auto-reply is off, says {source})").format(source=state.source)
    until = out.when(state.until) if state.until else ""
    if state.source == "profile":
        words = (
            tr("unavailable until {until} (marked by hand)")
            if until
            else tr("unavailable (marked by hand)")
        )
        return words.format(until=until)
    words = (
        tr("away until {until} (their own auto-reply, says {source})")
        if until
        else tr("away (their own auto-reply, says {source})")
    )
    note = f": “{state.note}”" if state.note else ""
    return words.format(until=until, source=state.source) + note


def state_json(state: BackupState, position: int, covering: str | None) -> dict[str, Any]:
    return {
        "position": position,
        "name": state.name,
        "email": state.email,
        "availability": state.availability.value,
        "until": state.until.isoformat() if state.until else None,
        "note": state.note,
        "source": state.source or None,
        "checked": state.checked.isoformat() if state.checked else None,
        "covers_now": covering == state.name,
    }


def run_backups(context: Context, args: argparse.Namespace) -> int:
    service, out = context.service, context.out
    changed = _mark(service, args)
    asked = False
    if not args.no_ask and not service.journal.read_only:
        asked = service.check_backups()
    states = service.backups()
    covered = service.status().covered
    covering = covered.covering if covered is not None else None
    lines = [changed] if changed else []
    if not states:
        lines.append(tr("Your backups roster is empty; add colleagues in Settings → Backups."))
    for position, state in enumerate(states, start=1):
        now = " — " + tr("covers now") if covering == state.name else ""
        lines.append(f"{position}. {state.name} <{state.email}>: {state_words(out, state)}{now}")
    if covered is not None and covering == "" and states:
        lines.append(tr("None of them is available: the reply names nobody, nothing is forwarded."))
    out.emit(
        {
            "backups": [state_json(s, i, covering) for i, s in enumerate(states, start=1)],
            "asked": asked,
            "covering": covering,
        },
        lines,
    )
    return EXIT_OK


BACKUPS = Command(
    "backups",
    help=mark("your backups in order, and whether each can cover"),
    description=mark(
        "List the backups roster in order with each one's availability (available, "
        "away until …, or unknown) and where that came from: an account's server (their own "
        "auto-reply) or your own mark. Mark a backup unavailable through a day with "
        "--unavailable NAME --until DAY."
    ),
    add_arguments=backups_arguments,
    run=run_backups,
)
