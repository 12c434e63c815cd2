"""``boundary stats`` and ``boundary check``: the record, and the mail that came in.

``check`` only looks: it does not open or record a check (the tray app's pop-up does).
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from boundary_app.cli.command import Command, Context
from boundary_app.cli.dates import short_day, weekday_clock
from boundary_app.cli.output import EXIT_OK, EXIT_PENDING, Failure, Out
from boundary_app.cli.words import mark, ntr, tr

if TYPE_CHECKING:
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from boundary_app.core.mail import MailBatch

DEFAULT_WEEKS = 8
MAX_WEEKS = 520
MAIL_LIMIT = 200

# Column headings of the stats table, and their least widths (a translated heading may widen
# its column).
COLUMNS = (
    (mark("week"), 9),
    (mark("from"), 7),
    (mark("kept"), 5),
    (mark("overrun"), 8),
    (mark("min over"), 9),
    (mark("skipped"), 8),
    (mark("missed"), 7),
    (mark("snoozed"), 8),
    (mark("unsched."), 9),
    (mark("fwd"), 4),
    (mark("away"), 5),
    (mark("focus"), 5),
    (mark("intr."), 5),
)


# --- stats -------------------------------------------------------------------------------


def stats_arguments(stats: argparse.ArgumentParser) -> None:
    stats.add_argument(
        "--weeks",
        type=int,
        default=DEFAULT_WEEKS,
        metavar="N",
        help=tr("how many weeks, up to this one (default: {weeks})").format(weeks=DEFAULT_WEEKS),
    )


def run_stats(context: Context, args: argparse.Namespace) -> int:
    from boundary_app.core.stats import clients_total, totals, week_stats

    weeks = args.weeks
    if not 1 <= weeks <= MAX_WEEKS:
        raise Failure(
            tr("--weeks must be a number from 1 to {most}, not {weeks}.").format(
                most=MAX_WEEKS, weeks=weeks
            )
        )
    service, out = context.service, context.out
    profile = service.profile
    stats = week_stats(service.journal, profile.checks, profile.tz, service.clock(), weeks)
    total = totals(stats)
    headings = [tr(name) for name, _ in COLUMNS]
    widths = [
        max(width, len(heading)) for heading, (_, width) in zip(headings, COLUMNS, strict=True)
    ]
    lines = [_row(headings, widths)]
    lines += [
        _row([w.week, short_day(w.start, weekday=False), *_cells(w.figures())], widths)
        for w in stats
    ]
    lines.append(_row([tr("total"), "", *_cells(total.figures())], widths))
    clients = clients_total(stats)
    if clients:
        lines += ["", tr("Interruptions (unplanned calls, chats, visits) per client:")]
        lines += [f"  {name}: {n} ({_per_week(n, len(stats))})" for name, n in clients]
    out.emit(
        {
            "weeks": [w.to_json() for w in stats],
            "totals": {**total.figures(), "interruptions_by_client": dict(clients)},
        },
        lines,
    )
    return EXIT_OK


def _per_week(count: int, weeks: int) -> str:
    rate = count / weeks
    whole, _, tenth = f"{rate:.1f}".partition(".")
    shown = whole if tenth == "0" else tr("{whole}.{tenth}").format(whole=whole, tenth=tenth)
    return ntr("{rate} a week over %n week(s)", weeks).format(rate=shown)


def _cells(figures: dict[str, int]) -> list[str]:
    from boundary_app.core.stats import FIGURES

    return [str(figures[name]) for name in FIGURES]


def _row(cells: list[str], widths: list[int]) -> str:
    parts = [
        cell.ljust(width) if k < 2 else cell.rjust(width)
        for k, (cell, width) in enumerate(zip(cells, widths, strict=True))
    ]
    return " ".join(parts).rstrip()


# --- check -------------------------------------------------------------------------------


def run_check(context: Context, args: argparse.Namespace) -> int:
    from boundary_app.core.mail import gather_mail, mail_accounts, since_last_check

    service, out = context.service, context.out
    since = since_last_check(service)
    accounts = mail_accounts(service)
    if not accounts:
        hint = mark(  # the JSON's hint stays English, as scripts read it
            "None of your accounts can list mail. Add one with "
            "'boundary accounts add KIND NAME' (see 'boundary providers' for the kinds)."
        )
        out.emit(
            {"since": since.isoformat(), "messages": [], "accounts": [], "hint": hint},
            [tr(hint)],
        )
        return EXIT_OK
    batch = gather_mail(service, since, MAIL_LIMIT)
    problems = dict(batch.problems)
    found: dict[str, int] = {}
    for message in batch.messages:
        found[message.account] = found.get(message.account, 0) + 1
    rows = [
        {
            "account": a.name,
            "ok": a.name not in problems,
            "message": problems.get(a.name, _count(found.get(a.name, 0))),
        }
        for a in accounts
    ]
    lines = _check_lines(out, batch, since, service.profile.tz)
    out.emit(
        {
            "since": since.isoformat(),
            "messages": [
                {
                    "account": m.account,
                    "id": m.id,
                    "sender": m.sender,
                    "subject": m.subject,
                    "received": m.received.isoformat(),
                    "link": m.link,
                }
                for m in batch.messages
            ],
            "accounts": rows,
        },
        lines,
    )
    return EXIT_PENDING if problems else EXIT_OK


def _check_lines(out: Out, batch: MailBatch, since: datetime, tz: ZoneInfo) -> list[str]:
    """``check`` for people: how many, each message on a line, the accounts not checked."""
    count = len(batch.messages)
    when = out.when(since)
    lines = [
        ntr("%n new message(s) since {when}.", count).format(when=when)
        if count
        else tr("No new messages since {when}.").format(when=when)
    ]
    for m in batch.messages:
        local = weekday_clock(m.received.astimezone(tz))
        subject = m.subject or tr("(no subject)")
        lines.append(f"  {local}  {m.account}  {m.sender} — {subject}")
    lines += [
        tr("{account}: could not be checked — {reason}").format(
            account=name, reason=out.said(words)
        )
        for name, words in batch.problems
    ]
    return lines


def _count(n: int) -> str:
    """A count of messages in the JSON (English, as scripts read it)."""
    if n == 0:
        return "no new messages"
    return "1 new message" if n == 1 else f"{n} new messages"


STATS = Command(
    "stats",
    help=mark("the record, week by week"),
    description=mark(
        "Mail-check windows kept, overrun, skipped and missed, unscheduled checks, "
        "messages forwarded, away days, focus days and interruptions, per week (Monday to "
        "Sunday) in the profile's time zone, with totals and the interruptions per client."
    ),
    add_arguments=stats_arguments,
    run=run_stats,
)
CHECK = Command(
    "check",
    help=mark("new mail since the last check, across accounts"),
    description=mark(
        "List the mail that arrived since the last mail check (or in the last 24 "
        "hours) on every account that can list mail, newest first. It only looks: it does not "
        "count as a check."
    ),
    run=run_check,
)
