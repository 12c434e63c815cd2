"""``boundary status``, ``away`` and ``back``: where you stand, and the replies."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from boundary_app.cli.command import Command, Context
from boundary_app.cli.output import (
    EXIT_OK,
    Failure,
    Out,
    away_json,
    exit_for,
    result_json,
    window_json,
)

if TYPE_CHECKING:
    from datetime import datetime, time

    from boundary_app.core.journal import AwayPeriod
    from boundary_app.core.service import AwayRequest, Boundary, Status


# --- status ------------------------------------------------------------------------------


def _retry_pending(service: Boundary) -> None:
    """Send what is pending now, unless a running app takes care of that on its schedule."""
    from boundary_app.core.instance import app_running

    if not app_running(service.paths.app_lock):
        service.push(retry_now=True)


def checks_status(service: Boundary, out: Out) -> tuple[dict[str, Any], str]:
    """``status``'s mail-check part: (the ``checks`` JSON, the line for people).

    ``state`` is checking (a check is open: ``current``, with the seconds left), snoozed
    (``current`` reopens at ``resume``), idle, or off (the plan has no windows); ``next``
    is the next window that will open (not skipped, not while away), as ``schedule`` names
    windows.
    """
    import math

    from boundary_app.core.schedule import Window, next_window

    now = service.clock()
    plan, tz = service.profile.checks, service.profile.tz
    ahead = service.checks.upcoming(now)
    record = service.checks.under_way(now)
    current: dict[str, Any] | None = None
    if record is not None:
        start, due = record.start.astimezone(tz), record.due.astimezone(tz)
        resume = record.resume.astimezone(tz) if record.resume is not None else None
        if record.outcome != "snoozed" or (resume is not None and resume <= now):
            resume = None  # open (a snoozed check whose time came is opened by the app)
        state = "checking" if resume is None else "snoozed"
        left = max(0, math.ceil((due - now).total_seconds()))
        current = {
            **window_json(Window(start, due)),
            "scheduled": record.scheduled,
            "seconds_left": left,
            "resume": resume.isoformat() if resume is not None else None,
        }
        if resume is not None:
            line = f"Mail check snoozed: it opens again at {resume:%H:%M}."
        elif left:
            line = f"Mail check open: {math.ceil(left / 60)} min left (until {due:%H:%M})."
        else:
            line = f"Mail check open: time is up (it was until {due:%H:%M})."
    elif not plan.enabled or next_window(plan, tz, now) is None:
        state, line = "off", "Mail checks: off."
    else:
        state = "idle"
        if out.as_json:  # no words needed: spelling the moment out costs core.render's import
            line = ""
        else:
            line = f"Next mail check: {out.when(ahead.start)}." if ahead else "No mail check ahead."
    data = {
        "state": state,
        "current": current,
        "next": window_json(ahead) if ahead else None,
    }
    return data, line


def run_status(context: Context, args: argparse.Namespace) -> int:
    service, out = context.service, context.out
    _retry_pending(service)
    status = service.status()
    checks, checks_line = checks_status(service, out)
    lines = [] if out.as_json else _status_lines(status, checks_line, out)
    out.emit(
        {
            "state": status.state,
            "health": status.health,
            "away": away_json(status.away),
            "focus_day": (
                {
                    "day": status.focus.day.isoformat(),
                    "start": status.focus.start.isoformat(),
                    "end": status.focus.end.isoformat(),
                }
                if status.focus
                else None
            ),
            "checks": checks,
            "accounts": [result_json(a) for a in status.accounts],
        },
        lines,
    )
    return EXIT_OK


def _status_lines(status: Status, checks_line: str, out: Out) -> list[str]:
    """``status`` for people (``--json`` does without: the words cost core.render)."""
    lines = []
    if status.state == "focus" and status.focus is not None:
        lines.append(f"Focus day, until {out.when(status.focus.end)}.")
    elif status.away is None:
        lines.append("Available.")
    elif status.state == "away":
        lines.append(out.describe_away(status.away))
    else:
        lines.append(f"Available. Upcoming: {out.describe_away(status.away)}")
    lines.append(checks_line)
    lines.append("Accounts:")
    lines += [out.account_line(a) for a in status.accounts]
    return lines


# --- away --------------------------------------------------------------------------------


def away_arguments(away: argparse.ArgumentParser) -> None:
    from boundary_app.core.language import LANGUAGES
    from boundary_app.core.profile import TEMPLATE_IDS
    from boundary_app.providers.base import Audience

    away.add_argument("--from", dest="start", metavar="T", help="start (default: now)")
    away.add_argument("--until", metavar="T", help="when you are back, e.g. 'monday 9:00'")
    away.add_argument("--no-end", action="store_true", help="a reply with no end date")
    away.add_argument("--template", choices=TEMPLATE_IDS, metavar="NAME", help="message template")
    away.add_argument("--reason", metavar="TEXT", help="why you are away (fills {reason})")
    away.add_argument("--message", metavar="TEXT", help="one message for everyone")
    away.add_argument("--internal", metavar="TEXT", help="the message for colleagues")
    away.add_argument("--external", metavar="TEXT", help="the message for everyone else")
    away.add_argument("--subject", metavar="TEXT", help="the reply's subject")
    away.add_argument(
        "--backup",
        action="append",
        metavar="NAME",
        help="who covers (repeat for a second backup; default: the first in your roster)",
    )
    away.add_argument("--no-backup", action="store_true", help="name nobody who covers")
    away.add_argument(
        "--audience",
        choices=[a.value for a in Audience],
        help="who gets the external message: all, contacts or internal (colleagues only)",
    )
    away.add_argument(
        "--account", action="append", default=[], metavar="NAME", help="only this account"
    )
    away.add_argument(
        "--lang",
        metavar="LANG[,LANG]",
        help="the reply's language, or two for a bilingual reply: nl,en "
        f"(languages: {', '.join(LANGUAGES)}; default: your reply language)",
    )
    away.add_argument(
        "--dry-run", action="store_true", help="show the messages; change and send nothing"
    )


def _parse_time(service: Boundary, text: str, default: time) -> datetime:
    from boundary_app.core.timeutil import TimeParseError, parse_when

    try:
        return parse_when(text, now=service.clock(), tz=service.profile.tz, default_time=default)
    except TimeParseError as error:
        raise Failure(str(error)) from None


def _away_request(service: Boundary, args: argparse.Namespace) -> AwayRequest:
    """The request the flags make; raises Failure for flags that contradict each other."""
    from datetime import time

    from boundary_app.core.service import AwayRequest
    from boundary_app.providers.base import Audience

    workday = service.profile.preferences.workday_start_time
    if args.until is None and not args.no_end:
        raise Failure(
            "Say when you are back with --until (for example --until 'monday 9:00'), "
            "or use --no-end for a reply with no end date."
        )
    if args.until is not None and args.no_end:
        raise Failure("Use either --until or --no-end, not both.")
    if args.no_backup and args.backup:
        raise Failure("Use either --backup or --no-backup, not both.")
    return AwayRequest(
        start=_parse_time(service, args.start, time(0, 0)) if args.start else None,
        until=_parse_time(service, args.until, workday) if args.until else None,
        template=args.template,
        backups=[] if args.no_backup else args.backup,
        reason=args.reason,
        subject=args.subject,
        internal=args.internal if args.internal is not None else args.message,
        external=args.external if args.external is not None else args.message,
        audience=Audience(args.audience) if args.audience else None,
        accounts=args.account,
        languages=[lang.strip() for lang in args.lang.split(",")] if args.lang else None,
    )


def _show_dry_run(out: Out, period: AwayPeriod, summary: str) -> None:
    from boundary_app.providers.base import Audience

    out.emit(
        {"dry_run": True, "away": away_json(period)},
        [
            summary,
            f"Subject: {period.subject}",
            "",
            "For colleagues:",
            period.internal,
            "",
            "For everyone else:",
            period.external if period.audience is not Audience.INTERNAL else "(no reply)",
            "",
            "Nothing was changed (--dry-run).",
        ],
    )


def run_away(context: Context, args: argparse.Namespace) -> int:
    service, out = context.service, context.out
    period = service.prepare_away(_away_request(service, args))
    summary = out.describe_away(period)
    if args.dry_run:
        _show_dry_run(out, period, summary)
        return EXIT_OK
    service.go_away(period)
    results = service.push(list(period.accounts) or None)
    out.emit(
        {"away": away_json(period), "results": [result_json(r) for r in results]},
        [summary, *[out.account_line(r) for r in results]],
    )
    return exit_for(results)


# --- back --------------------------------------------------------------------------------


def run_back(context: Context, args: argparse.Namespace) -> int:
    service, out = context.service, context.out
    was_away = service.come_back()
    results = service.push()
    headline = "Welcome back: the replies are cleared." if was_away else "You were not away."
    out.emit(
        {"was_away": was_away, "results": [result_json(r) for r in results]},
        [headline, *[out.account_line(r) for r in results]],
    )
    return exit_for(results)


STATUS = Command(
    "status",
    help="available, away or focus day; the mail check; each account's reply",
    description="Show whether you are available, away or on a focus day, the mail check "
    "open now (with the time left) or the next one, and each account's reply (desired "
    "and actual) with the last push result. It does not open or record a mail check.",
    run=run_status,
)
AWAY = Command(
    "away",
    help="set the out-of-office reply on every account",
    description="Set the out-of-office reply on your accounts and report each result.",
    add_arguments=away_arguments,
    run=run_away,
)
BACK = Command(
    "back",
    help="clear the replies everywhere",
    description="End the away period and clear the reply on every account.",
    run=run_back,
)
