"""``boundary briefing``: the way back from the last away period. It only reads mail."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from boundary_app.cli.command import Command, Context
from boundary_app.cli.output import EXIT_OK, EXIT_PENDING
from boundary_app.cli.words import mark, ntr, tr

if TYPE_CHECKING:
    from datetime import datetime

    from boundary_app.core.briefing import BriefedMessage, Briefing


def run_briefing(context: Context, args: argparse.Namespace) -> int:
    from boundary_app.core.briefing import briefing

    service, out = context.service, context.out
    found = briefing(service)
    if found is None:
        out.emit({"briefing": None}, [tr("No time away has ended yet: nothing to brief you on.")])
        return EXIT_OK
    out.emit({"briefing": briefing_json(found)}, _lines(context, found))
    return EXIT_PENDING if any(a.problem for a in found.accounts) else EXIT_OK


def headline(found: Briefing) -> str:
    """ "23 messages, 9 taken by Sam Lee, 5 still unread" """
    parts = [ntr("%n message(s)", len(found.messages))]
    parts += [ntr("%n taken by {name}", n).format(name=name) for name, n in found.taken]
    if found.unread:
        parts.append(ntr("%n still unread", found.unread))
    return ", ".join(parts)


def _lines(context: Context, found: Briefing) -> list[str]:
    out = context.out
    lines = [
        tr("Welcome back. Away from {start} until {end}: {headline}.").format(
            start=out.when(found.start), end=out.when(found.end), headline=headline(found)
        )
    ]
    for account in found.accounts:
        count = ntr("%n message(s)", len(account.messages))
        lines += ["", f"{account.account}: {count}"]
        if account.problem:
            lines.append(
                "  "
                + tr("could not be listed — {problem}").format(problem=out.said(account.problem))
            )
        for item in sorted(account.messages, key=lambda m: m.message.received, reverse=True):
            lines.append("  " + _message_line(context, item))
    groups = found.by_sender()
    if groups:
        lines += ["", tr("By sender:")]
        for group in groups:
            client = f" [{group.client}]" if group.client else ""
            lines.append(f"  {group.sender}{client}: {len(group.messages)}")
    if clients := found.by_client():
        lines += ["", tr("By client: ") + ", ".join(f"{name} {n}" for name, n in clients)]
    if found.thanks is not None:
        lines += [
            "",
            tr("A thank-you to {to} (edit and send it, or not):").format(
                to=", ".join(found.thanks.to)
            ),
        ]
        lines += ["  " + tr("Subject: {subject}").format(subject=found.thanks.subject), ""]
        lines += ["  " + line if line else "" for line in found.thanks.text.splitlines()]
    if found.first_check is not None:
        lines += [
            "",
            tr("First mail check: {when}.").format(when=out.when(found.first_check.start)),
        ]
    return lines


def _message_line(context: Context, item: BriefedMessage) -> str:
    tz = context.service.profile.tz
    message = item.message
    line = f"{short_when(message.received.astimezone(tz))}  {message.sender}"
    line += f" — {message.subject or tr('(no subject)')}"
    if item.unread:
        line += "  " + tr("(unread)")
    if item.forwarded_to:
        line += "  " + tr("(to {to})").format(to=", ".join(item.forwarded_to))
    return line


def short_when(local: datetime) -> str:
    """A moment in a list, in the command's language: 'Fri 11 Dec 09:00', 'vr 11 dec 09:00',
    'Jum, 11 Des 09.00' (docs/languages.md, "Dates on screen")."""
    from boundary_app.cli.dates import clock, short_day

    return f"{short_day(local.date())} {clock(local)}"


def briefing_json(found: Briefing) -> dict[str, Any]:
    first = found.first_check
    return {
        "start": found.start.isoformat(),
        "end": found.end.isoformat(),
        "messages": len(found.messages),
        "unread": found.unread,
        "taken": dict(found.taken),
        "accounts": [
            {
                "account": a.account,
                "ok": not a.problem,
                "problem": a.problem,
                "messages": [_message_json(m) for m in a.messages],
            }
            for a in found.accounts
        ],
        "senders": [
            {
                "sender": g.sender,
                "address": g.address,
                "client": g.client or None,
                "messages": len(g.messages),
            }
            for g in found.by_sender()
        ],
        "clients": dict(found.by_client()),
        "thanks": None
        if found.thanks is None
        else {
            "to": list(found.thanks.to),
            "subject": found.thanks.subject,
            "text": found.thanks.text,
            "language": found.thanks.lang,
        },
        "first_check": None if first is None else first.start.isoformat(),
    }


def _message_json(item: BriefedMessage) -> dict[str, Any]:
    m = item.message
    return {
        "id": m.id,
        "sender": m.sender,
        "address": item.address,
        "client": item.client or None,
        "subject": m.subject,
        "received": m.received.isoformat(),
        "link": m.link,
        "unread": m.unread,
        "forwarded_to": list(item.forwarded_to),
    }


BRIEFING = Command(
    "briefing",
    help=mark("the way back: what came in while you were away"),
    description=mark(
        "For the last time away: per account, the messages that came in, by sender and "
        "client, which your backups received and which are still unread; a thank-you mail to "
        "your backups to edit and send; the first mail check after your return. It only "
        "reads mail: nothing is marked read, moved or sent."
    ),
    run=run_briefing,
)
