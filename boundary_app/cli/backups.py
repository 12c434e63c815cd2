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
from boundary_app.cli.output import EXIT_OK, Failure, Out

if TYPE_CHECKING:
    from datetime import date

    from boundary_app.core.cover import BackupState
    from boundary_app.core.service import Boundary


def backups_arguments(parser: argparse.ArgumentParser) -> None:
    mark = parser.add_mutually_exclusive_group()
    mark.add_argument(
        "--unavailable",
        metavar="NAME",
        help="mark a backup unavailable (ill, on leave) through the day given with --until",
    )
    mark.add_argument("--available", metavar="NAME", help="mark a backup available again")
    parser.add_argument(
        "--until", metavar="DAY", help="with --unavailable: their last day away, e.g. friday"
    )
    parser.add_argument(
        "--no-ask", action="store_true", help="do not ask the mail servers; show what is known"
    )


def _day(service: Boundary, text: str) -> date:
    from datetime import time

    from boundary_app.core.timeutil import TimeParseError, parse_when

    try:
        moment = parse_when(text, now=service.clock(), tz=service.profile.tz, default_time=time(0))
    except TimeParseError as error:
        raise Failure(str(error)) from None
    return moment.astimezone(service.profile.tz).date()


def _mark(service: Boundary, args: argparse.Namespace) -> str | None:
    """Apply --unavailable/--available; the line saying what was changed."""
    from boundary_app.core.service import InputError

    if args.until is not None and args.unavailable is None:
        raise Failure("--until goes with --unavailable NAME.")
    if args.unavailable is not None and not (args.until or "").strip():
        raise Failure("Say through which day with --until, for example --until friday.")
    try:
        if args.unavailable is not None:
            day = _day(service, args.until)
            if day < service.clock().astimezone(service.profile.tz).date():
                raise Failure(f"--until {args.until} is in the past.")
            backup = service.mark_backup(args.unavailable, day)
            return f"{backup.name} is marked unavailable through {day:%a %d %b %Y}."
        if args.available is not None:
            backup = service.mark_backup(args.available, None)
            return f"{backup.name} is marked available."
    except InputError as error:
        raise Failure(str(error)) from None
    return None


def state_words(out: Out, state: BackupState) -> str:
    """Whether a backup can cover, and what says so, as one clause."""
    if state.availability == "unknown":
        return "unknown (no account can tell; counted as available)"
    if state.availability == "available":
        return f"available (their auto-reply is off, says {state.source})"
    until = f" until {out.when(state.until)}" if state.until else ""
    if state.source == "profile":
        return f"unavailable{until} (marked by hand)"
    note = f": “{state.note}”" if state.note else ""
    return f"away{until} (their own auto-reply, says {state.source}){note}"


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
        lines.append("Your backups roster is empty; add colleagues in Settings → Backups.")
    for position, state in enumerate(states, start=1):
        mark = " — covers now" if covering == state.name else ""
        lines.append(f"{position}. {state.name} <{state.email}>: {state_words(out, state)}{mark}")
    if covered is not None and covering == "" and states:
        lines.append("None of them is available: the reply names nobody, nothing is forwarded.")
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
    help="your backups in order, and whether each can cover",
    description="List the backups roster in order with each one's availability (available, "
    "away until …, or unknown) and where that came from: an account's server (their own "
    "auto-reply) or your own mark. Mark a backup unavailable through a day with "
    "--unavailable NAME --until DAY.",
    add_arguments=backups_arguments,
    run=run_backups,
)
