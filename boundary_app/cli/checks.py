"""``boundary stats`` and ``boundary check``: the record, and the mail that came in.

``check`` only looks: it does not open or record a check (the tray app's pop-up does).
"""

from __future__ import annotations

import argparse

from boundary_app.cli.command import Command, Context
from boundary_app.cli.output import EXIT_OK, EXIT_PENDING, Failure

DEFAULT_WEEKS = 8
MAX_WEEKS = 520
MAIL_LIMIT = 200

# Column headings of the stats table, and their widths.
COLUMNS = (
    ("week", 9),
    ("from", 7),
    ("kept", 5),
    ("overrun", 8),
    ("min over", 9),
    ("skipped", 8),
    ("missed", 7),
    ("snoozed", 8),
    ("unsched.", 9),
    ("fwd", 4),
    ("away", 5),
    ("focus", 5),
    ("intr.", 5),
)


# --- stats -------------------------------------------------------------------------------


def stats_arguments(stats: argparse.ArgumentParser) -> None:
    stats.add_argument(
        "--weeks",
        type=int,
        default=DEFAULT_WEEKS,
        metavar="N",
        help=f"how many weeks, up to this one (default: {DEFAULT_WEEKS})",
    )


def run_stats(context: Context, args: argparse.Namespace) -> int:
    from boundary_app.core.stats import clients_total, totals, week_stats

    weeks = args.weeks
    if not 1 <= weeks <= MAX_WEEKS:
        raise Failure(f"--weeks must be a number from 1 to {MAX_WEEKS}, not {weeks}.")
    service, out = context.service, context.out
    profile = service.profile
    stats = week_stats(service.journal, profile.checks, profile.tz, service.clock(), weeks)
    total = totals(stats)
    lines = [_row([name for name, _ in COLUMNS])]
    lines += [_row([w.week, f"{w.start:%d %b}", *_cells(w.figures())]) for w in stats]
    lines.append(_row(["total", "", *_cells(total.figures())]))
    clients = clients_total(stats)
    if clients:
        lines += ["", "Interruptions (unplanned calls, chats, visits) per client:"]
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
    shown = f"{rate:.1f}".rstrip("0").rstrip(".")
    return f"{shown} a week over {weeks} week{'s' if weeks != 1 else ''}"


def _cells(figures: dict[str, int]) -> list[str]:
    from boundary_app.core.stats import FIGURES

    return [str(figures[name]) for name in FIGURES]


def _row(cells: list[str]) -> str:
    parts = [
        cell.ljust(width) if k < 2 else cell.rjust(width)
        for k, (cell, (_, width)) in enumerate(zip(cells, COLUMNS, strict=True))
    ]
    return " ".join(parts).rstrip()


# --- check -------------------------------------------------------------------------------


def run_check(context: Context, args: argparse.Namespace) -> int:
    from boundary_app.core.mail import gather_mail, mail_accounts, since_last_check

    service, out = context.service, context.out
    since = since_last_check(service)
    accounts = mail_accounts(service)
    if not accounts:
        hint = (
            "None of your accounts can list mail. Add one with "
            "'boundary accounts add KIND NAME' (see 'boundary providers' for the kinds)."
        )
        out.emit({"since": since.isoformat(), "messages": [], "accounts": [], "hint": hint}, [hint])
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
    count = len(batch.messages)
    lines = [f"{_count(count).capitalize()} since {out.when(since)}."]
    tz = service.profile.tz
    for m in batch.messages:
        local = m.received.astimezone(tz)
        lines.append(f"  {local:%a %H:%M}  {m.account}  {m.sender} — {m.subject or '(no subject)'}")
    lines += [f"{name}: could not be checked — {words}" for name, words in batch.problems]
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


def _count(n: int) -> str:
    if n == 0:
        return "no new messages"
    return "1 new message" if n == 1 else f"{n} new messages"


STATS = Command(
    "stats",
    help="the record, week by week",
    description="Mail-check windows kept, overrun, skipped and missed, unscheduled checks, "
    "messages forwarded, away days, focus days and interruptions, per week (Monday to Sunday) "
    "in the profile's time zone, with totals and the interruptions per client.",
    add_arguments=stats_arguments,
    run=run_stats,
)
CHECK = Command(
    "check",
    help="new mail since the last check, across accounts",
    description="List the mail that arrived since the last mail check (or in the last 24 "
    "hours) on every account that can list mail, newest first. It only looks: it does not "
    "count as a check.",
    run=run_check,
)
