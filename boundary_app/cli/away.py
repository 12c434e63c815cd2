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
    reply_json,
    result_json,
    window_json,
)
from boundary_app.cli.words import mark, tr

if TYPE_CHECKING:
    from datetime import datetime, time

    from boundary_app.core.journal import ReplyPeriod
    from boundary_app.core.service import AwayRequest, Boundary, Status
    from boundary_app.core.states import Cover
    from boundary_app.providers.base import AutoReply


# --- status ------------------------------------------------------------------------------


def _retry_pending(service: Boundary, status: Status, everything: bool) -> bool:
    """Send what is not sent yet (a reply or channel pending, or an account never reached),
    unless a running app takes care of that on its schedule (or the journal is from a newer
    Boundary, which this one only reads); True when a pass ran. Accounts whose last push
    went through are not asked again (``status`` is the journal's), unless ``everything``
    (``--refresh``): then every account is read now, as the app's hourly re-sync does.

    Another process's pass holding on past the wait is no failure here: the status is then
    the journal's, as that pass leaves it.
    """
    from contextlib import suppress

    from boundary_app.core.instance import WriterBusy, app_running
    from boundary_app.core.states import WAITING  # pending, or never reached

    names = [
        a.account
        for a in status.accounts
        if a.status in WAITING or any(c.status in WAITING for c in a.channels)
    ]
    if not (names or everything) or service.journal.read_only:
        return False
    if app_running(service.paths.app_lock) and not everything:
        return False
    with suppress(WriterBusy):
        service.push(None if everything else names, retry_now=True)
    return True


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
            line = tr("Mail check snoozed: it opens again at {time}.").format(
                time=f"{resume:%H:%M}"
            )
        elif left:
            line = tr("Mail check open: {minutes} min left (until {time}).").format(
                minutes=math.ceil(left / 60), time=f"{due:%H:%M}"
            )
        else:
            line = tr("Mail check open: time is up (it was until {time}).").format(
                time=f"{due:%H:%M}"
            )
    elif not plan.enabled or next_window(plan, tz, now) is None:
        state, line = "off", tr("Mail checks: off.")
    else:
        state = "idle"
        if out.as_json:  # no words needed: spelling the moment out costs core.render's import
            line = ""
        else:
            line = (
                tr("Next mail check: {when}.").format(when=out.when(ahead.start))
                if ahead
                else tr("No mail check ahead.")
            )
    data = {
        "state": state,
        "current": current,
        "next": window_json(ahead) if ahead else None,
    }
    return data, line


def run_status(context: Context, args: argparse.Namespace) -> int:
    service, out = context.service, context.out
    status = service.status()
    if _retry_pending(service, status, everything=args.refresh):
        status = service.status()
    covering, cover_line = _covering(service, status.covered)
    checks, checks_line = checks_status(service, out)
    lines = [] if out.as_json else _status_lines(status, cover_line, checks_line, out)
    accounts = [_with_period(result_json(a), status.covered) for a in status.accounts]
    out.emit(
        {
            "state": status.state,
            "health": status.health,
            "away": away_json(status.away),
            "covering": covering,
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
            "accounts": accounts,
        },
        lines,
    )
    return EXIT_OK


def _covering(
    service: Boundary, period: ReplyPeriod | None
) -> tuple[dict[str, Any] | None, str | None]:
    """Who covers the away period now (JSON), and a line when it is not the one chosen."""
    if period is None or not period.backups or period.covering is None:
        return None, None
    switches = service.journal.cover_switches(period.id) if period.id is not None else []
    since = switches[-1].at.isoformat() if switches else None
    data = {
        "backup": period.covering or None,
        "email": period.forward_to or None,
        "chosen": period.backups[0],
        "since": since,
    }
    if period.covering == period.backups[0]:
        return data, None
    if not period.covering:
        return (
            data,
            tr(
                "None of your backups is available: the reply names nobody and nothing is "
                "forwarded."
            ),
        )
    return data, tr("{backup} is away; {instead} covers instead.").format(
        backup=period.backups[0], instead=period.covering
    )


def _with_period(data: dict[str, Any], period: ReplyPeriod | None) -> dict[str, Any]:
    """A rule the app switches has no dates of its own: its forwarding runs for the period."""
    forwarding = data.get("forwarding")
    if forwarding and forwarding["to"] and period is not None and forwarding["from"] is None:
        forwarding["from"] = period.start.isoformat()
        forwarding["until"] = period.until.isoformat() if period.until else None
        forwarding["switched_by_app"] = True
    return data


def _status_lines(status: Status, cover_line: str | None, checks_line: str, out: Out) -> list[str]:
    """``status`` for people (``--json`` does without: the words cost core.render)."""
    from boundary_app.core.states import State

    lines = []
    if status.state == State.FOCUS and status.focus is not None:
        lines.append(tr("Focus day, until {when}.").format(when=out.when(status.focus.end)))
    elif status.away is None:
        lines.append(tr("Available."))
    elif status.state == State.AWAY:
        lines.append(out.describe_away(status.away))
    else:
        lines.append(tr("Available. Upcoming: {away}").format(away=out.describe_away(status.away)))
    if cover_line:
        lines.append(cover_line)
    lines.append(checks_line)
    lines.append(tr("Accounts:"))
    lines += [out.account_line(a) for a in status.accounts]
    return lines


# --- away --------------------------------------------------------------------------------


def status_arguments(status: argparse.ArgumentParser) -> None:
    status.add_argument(
        "--refresh",
        action="store_true",
        help=tr(
            "ask every account now (over the network, as the app does every hour) instead of "
            "showing what was last known"
        ),
    )


def away_arguments(away: argparse.ArgumentParser) -> None:
    from boundary_app.core.language import LANGUAGES
    from boundary_app.core.profile import TEMPLATE_IDS
    from boundary_app.providers.base import Audience

    away.add_argument("--from", dest="start", metavar="T", help=tr("start (default: now)"))
    away.add_argument("--until", metavar="T", help=tr("when you are back, e.g. 'monday 9:00'"))
    away.add_argument("--no-end", action="store_true", help=tr("a reply with no end date"))
    away.add_argument(
        "--template", choices=TEMPLATE_IDS, metavar="NAME", help=tr("message template")
    )
    for flag, words in (
        ("--reason", tr("why you are away (fills {reason})")),
        ("--message", tr("one message for everyone")),
        ("--internal", tr("the message for colleagues")),
        ("--external", tr("the message for everyone else")),
        ("--subject", tr("the reply's subject")),
        (
            "--external-subject",
            tr("another subject for everyone else (accounts with one subject use this one)"),
        ),
        ("--external-reason", tr("another reason for everyone else ('' gives them none)")),
    ):
        away.add_argument(flag, metavar="TEXT", help=words)
    away.add_argument(
        "--backup",
        action="append",
        metavar="NAME",
        help=tr("who covers (repeat for a second backup; default: the first in your roster)"),
    )
    away.add_argument("--no-backup", action="store_true", help=tr("name nobody who covers"))
    away.add_argument(
        "--forward-to-backup",
        action="store_true",
        help=tr("also send your mail on to the backup who covers (a copy stays in your mailbox)"),
    )
    away.add_argument(
        "--no-reply",
        action="store_true",
        help=tr("with --forward-to-backup: send no auto-reply (silent cover)"),
    )
    away.add_argument(
        "--audience",
        choices=[a.value for a in Audience],
        help=tr("who gets the external message: all, contacts or internal (colleagues only)"),
    )
    away.add_argument(
        "--account", action="append", default=[], metavar="NAME", help=tr("only this account")
    )
    away.add_argument(
        "--lang",
        metavar="LANG[,LANG]",
        help=tr(
            "the reply's language, or two for a bilingual reply: nl,en "
            "(languages: {languages}; default: your reply language)"
        ).format(languages=", ".join(LANGUAGES)),
    )
    away.add_argument(
        "--dry-run", action="store_true", help=tr("show the messages; change and send nothing")
    )


def _parse_time(service: Boundary, text: str, default: time) -> datetime:
    from boundary_app.cli.dates import typed_moment

    return typed_moment(text, now=service.clock(), tz=service.profile.tz, default_time=default)


def _away_request(service: Boundary, args: argparse.Namespace) -> AwayRequest:
    """The request the flags make; raises Failure for flags that contradict each other."""
    from datetime import time

    from boundary_app.core.service import AwayRequest
    from boundary_app.providers.base import Audience

    workday = service.profile.preferences.workday_start_time
    if args.until is None and not args.no_end:
        raise Failure(
            tr(
                "Say when you are back with --until (for example --until 'monday 9:00'), "
                "or use --no-end for a reply with no end date."
            )
        )
    if args.until is not None and args.no_end:
        raise Failure(tr("Use either --until or --no-end, not both."))
    if args.no_backup and args.backup:
        raise Failure(tr("Use either --backup or --no-backup, not both."))
    if args.no_reply and not args.forward_to_backup:
        raise Failure(
            tr(
                "--no-reply needs --forward-to-backup: with neither a reply nor forwarding, "
                "nobody would look after your mail."
            )
        )
    if args.forward_to_backup and args.no_backup:
        raise Failure(
            tr(
                "Use either --forward-to-backup or --no-backup: mail is forwarded to the backup "
                "who covers."
            )
        )
    if args.until is not None and not args.until.strip():
        raise Failure(
            tr(
                "--until is empty; say when you are back (for example --until 'monday 9:00'), "
                "or use --no-end for a reply with no end date."
            )
        )
    if args.start is not None and not args.start.strip():
        raise Failure(tr("--from is empty; leave it out to start now."))
    if args.subject is not None and not args.subject.strip():
        raise Failure(tr("--subject is empty; leave it out for the template's subject."))
    return AwayRequest(
        start=_parse_time(service, args.start, time(0, 0)) if args.start is not None else None,
        until=_parse_time(service, args.until, workday) if args.until is not None else None,
        template=args.template,
        backups=[] if args.no_backup else args.backup,
        reason=args.reason,
        subject=args.subject,
        external_subject=args.external_subject,
        external_reason=args.external_reason,
        internal=args.internal if args.internal is not None else args.message,
        external=args.external if args.external is not None else args.message,
        audience=Audience(args.audience) if args.audience else None,
        accounts=args.account,
        languages=_languages(args.lang) if args.lang is not None else None,
        cover=_cover(args),
    )


def _cover(args: argparse.Namespace) -> Cover:
    from boundary_app.core.states import Cover

    if args.no_reply:
        return Cover.FORWARD
    return Cover.BOTH if args.forward_to_backup else Cover.REPLY


def _languages(text: str) -> list[str]:
    """``--lang nl,en`` → ["nl", "en"]; an empty one ("", "nl,") is a mistake, not "default"."""
    languages = [lang.strip() for lang in text.split(",")]
    if not all(languages):
        raise Failure(
            tr(
                "--lang '{text}' leaves a language empty; give one, such as nl, "
                "or two for a bilingual reply, such as nl,en."
            ).format(text=text)
        )
    return languages


def _prepare(service: Boundary, out: Out, args: argparse.Namespace) -> ReplyPeriod:
    """The away period the flags ask for; the service's refusals worded for this command."""
    from boundary_app.core.service import InputError, Refusal
    from boundary_app.core.timeutil import MAX_YEARS_AHEAD

    try:
        return service.prepare_away(_away_request(service, args))
    except InputError as error:
        if error.code in (Refusal.END_TOO_FAR, Refusal.START_TOO_FAR):
            end = error.code == Refusal.END_TOO_FAR
            words = (
                tr(
                    "--until {moment} is more than {years} years ahead (the latest is "
                    "{latest}); use --no-end for a reply with no end date."
                )
                if end
                else tr(
                    "--from {moment} is more than {years} years ahead (the latest is {latest})."
                )
            )
            moment, latest = out.when(error.values["moment"]), out.when(error.values["latest"])
            raise Failure(
                words.format(moment=moment, years=MAX_YEARS_AHEAD, latest=latest), code=error.code
            ) from None
        code = {"code": error.code} if error.code else {}
        raise Failure(out.said(error), **code) from None


def _found(service: Boundary, period: ReplyPeriod) -> dict[str, AutoReply]:
    """The replies set outside Boundary that ``period`` replaces."""
    return service.found_replies(
        [a.name for a in service.profile.accounts if period.covers(a.name)]
    )


def _replaces(out: Out, found: dict[str, AutoReply], *, done: bool) -> list[str]:
    lines = []
    for name, reply in found.items():
        if reply.end:
            words = (
                tr(
                    "It replaced the auto-reply {name} already had (until {end}), set outside "
                    "Boundary."
                )
                if done
                else tr(
                    "It would replace the auto-reply {name} already has (until {end}), set "
                    "outside Boundary."
                )
            )
        else:
            words = (
                tr("It replaced the auto-reply {name} already had, set outside Boundary.")
                if done
                else tr("It would replace the auto-reply {name} already has, set outside Boundary.")
            )
        lines.append(words.format(name=name, end=out.when(reply.end) if reply.end else ""))
    return lines


def _replaces_json(found: dict[str, AutoReply]) -> list[dict[str, Any]]:
    return [{"account": name, "reply": reply_json(reply)} for name, reply in found.items()]


def notice_words(code: str, values: dict[str, Any]) -> str:
    """One cover notice (``Boundary.cover_notices``) in words."""
    account, email = values.get("account", ""), values.get("email", "")
    if code == "stand-in":
        instead = values.get("instead") or ""
        if not instead:
            return tr("{backup} is away, and nobody else in your roster is available.").format(
                backup=values["backup"]
            )
        return tr("{backup} is away; {instead} covers instead.").format(
            backup=values["backup"], instead=instead
        )
    if code == "nobody-available":
        return tr("None of your backups is available, so nothing is forwarded until one is.")
    if code == "cannot-forward":
        return tr("{account} cannot forward mail by itself, so its mail is not forwarded.").format(
            account=account
        )
    if code == "app-switched":
        return tr(
            "{account} forwards only while Boundary runs at the start and at the end of the "
            "period: it switches the forwarding on and off then."
        ).format(account=account)
    if code == "outside-domain":
        return tr(
            "{email} is outside {account}'s organisation, which may block forwarding there "
            "(Exchange Online bounces it: 5.7.520); choose a backup inside it if mail does "
            "not arrive."
        ).format(email=email, account=account)
    return code


def _notices(service: Boundary, period: ReplyPeriod) -> tuple[list[dict[str, Any]], list[str]]:
    notices = service.cover_notices(period)
    return (
        [{"code": code.value, **values} for code, values in notices],
        [notice_words(code, values) for code, values in notices],
    )


def _show_dry_run(
    out: Out, period: ReplyPeriod, summary: str, found: dict[str, AutoReply], notices: Any
) -> None:
    from boundary_app.providers.base import Audience

    notices_json, notice_lines = notices
    out.emit(
        {
            "dry_run": True,
            "away": away_json(period),
            "replaces": _replaces_json(found),
            "notices": notices_json,
        },
        [
            summary,
            *notice_lines,
            *_replaces(out, found, done=False),
            tr("Subject: {subject}").format(subject=period.subject),
            "",
            tr("For colleagues:"),
            period.internal,
            "",
            tr("For everyone else:"),
            period.external if period.audience is not Audience.INTERNAL else tr("(no reply)"),
            "",
            tr("Nothing was changed (--dry-run)."),
        ],
    )


def run_away(context: Context, args: argparse.Namespace) -> int:
    from boundary_app.core.cover import RECHECK

    service, out = context.service, context.out
    if not service.journal.read_only:
        service.check_backups(RECHECK)  # who is away decides who covers by default
    period = _prepare(service, out, args)
    summary = out.describe_away(period)
    notices = _notices(service, period)
    if args.dry_run:
        _show_dry_run(out, period, summary, _found(service, period), notices)
        return EXIT_OK
    with service.writing():  # record the intent and push it, one writer at a time
        found = _found(service, period)
        service.go_away(period)
        results = service.push(list(period.accounts) or None)
    out.emit(
        {
            "away": away_json(period),
            "results": [result_json(r) for r in results],
            "replaced": _replaces_json(found),
            "notices": notices[0],
        },
        [
            summary,
            *notices[1],
            *_replaces(out, found, done=True),
            *[out.account_line(r) for r in results],
        ],
    )
    return exit_for(results)


# --- back --------------------------------------------------------------------------------


def run_back(context: Context, args: argparse.Namespace) -> int:
    service, out = context.service, context.out
    with service.writing():  # record the intent and push it, one writer at a time
        was_away = service.come_back()
        results = service.push()
    headline = (
        tr("Welcome back: the replies are cleared.") if was_away else tr("You were not away.")
    )
    out.emit(
        {"was_away": was_away, "results": [result_json(r) for r in results]},
        [headline, *[out.account_line(r) for r in results]],
    )
    return exit_for(results)


STATUS = Command(
    "status",
    help=mark("available, away or focus day; the mail check; each account's reply"),
    description=mark(
        "Show whether you are available, away or on a focus day, the mail check "
        "open now (with the time left) or the next one, and each account's reply (desired "
        "and actual) with the last push result. With --json each account also has "
        "'channels': {name: {desired, actual, status}} for the reply and every other channel "
        "it keeps ('forward': forwarding to the backup). It does not open or record a mail "
        "check. It shows what was last known and sends only what was not sent yet; "
        "--refresh asks every account now."
    ),
    add_arguments=status_arguments,
    run=run_status,
)
AWAY = Command(
    "away",
    help=mark("set the out-of-office reply on every account"),
    description=mark("Set the out-of-office reply on your accounts and report each result."),
    add_arguments=away_arguments,
    run=run_away,
)
BACK = Command(
    "back",
    help=mark("clear the replies everywhere"),
    description=mark("End the away period and clear the reply on every account."),
    run=run_back,
)
