"""The ``boundary`` command: the same core as the tray app, for scripts and terminals.

Every command takes ``--json``. Exit codes: 0 done, 1 a reason printed on one line,
2 the command line itself is wrong, 3 done here but some accounts are left pending (the
reason is given per account; the running app, or the next command, tries again).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
from collections.abc import Callable, Sequence
from datetime import datetime, time
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

from boundary_app import __version__
from boundary_app.core.clock import system_clock
from boundary_app.core.instance import app_running
from boundary_app.core.journal import (
    AwayPeriod,
    JournalBusy,
    JournalDamaged,
    JournalError,
    JournalNewer,
    JournalNotice,
    JournalReadOnly,
    JournalSetAside,
    JournalUnavailable,
)
from boundary_app.core.language import LANGUAGES
from boundary_app.core.logs import setup_logging
from boundary_app.core.paths import AppPaths
from boundary_app.core.profile import TEMPLATE_IDS, ProfileError, ProfileFileError, load_profile
from boundary_app.core.reconciler import AccountResult
from boundary_app.core.render import format_moment
from boundary_app.core.schedule import Window, next_window
from boundary_app.core.service import AwayRequest, Boundary, InputError
from boundary_app.core.timeutil import TimeParseError, parse_when
from boundary_app.providers.base import (
    Audience,
    AutoReply,
    FieldKind,
    MailProvider,
    ProviderError,
    Rejected,
    SignInInteraction,
)
from boundary_app.providers.registry import ProviderRegistry
from boundary_app.providers.secrets import KeyringUnavailable

T = TypeVar("T")

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_PENDING = 0, 1, 2, 3

RESULT_WORDS = {
    "ok": "reply in place",
    "pending": "not sent yet",
    "failed": "not set",
    "needs-sign-in": "sign-in needed",
    "drift": "changed outside Boundary",
    "unknown": "not checked yet",
}


class Failure(Exception):
    """Ends the command with exit code 1 and this one-line reason.

    ``details`` join the reason in the JSON a script reads (``--json``).
    """

    def __init__(self, reason: str, **details: Any) -> None:
        super().__init__(reason)
        self.details = details


# --- parsing -----------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    json_flag = argparse.ArgumentParser(add_help=False)
    json_flag.add_argument(
        "--json", action="store_true", default=argparse.SUPPRESS, help="print JSON for scripts"
    )
    parser = argparse.ArgumentParser(
        prog="boundary",
        description="Keep work boundaries: out-of-office replies on every mail account at once.",
        epilog=(
            "Times accept ISO 8601 (2026-12-01 09:00) and phrases such as 'tomorrow 9:00', "
            "'monday 8am', 'in 2 hours', in the profile's time zone. Exit codes: 0 done, "
            "1 error (reason on one line), 2 bad command line, 3 some accounts still pending. "
            "BOUNDARY_HOME=DIR keeps all files under DIR."
        ),
    )
    parser.add_argument("--version", action="version", version=f"boundary {__version__}")
    parser.add_argument("--json", action="store_true", help="print JSON for scripts")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    sub.add_parser(
        "status",
        parents=[json_flag],
        help="available, away or focus day; the mail check; each account's reply",
        description="Show whether you are available, away or on a focus day, the mail check "
        "open now (with the time left) or the next one, and each account's reply (desired "
        "and actual) with the last push result. It does not open or record a mail check.",
    )

    away = sub.add_parser(
        "away",
        parents=[json_flag],
        help="set the out-of-office reply on every account",
        description="Set the out-of-office reply on your accounts and report each result.",
    )
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

    sub.add_parser(
        "back",
        parents=[json_flag],
        help="clear the replies everywhere",
        description="End the away period and clear the reply on every account.",
    )

    accounts = sub.add_parser(
        "accounts",
        help="list, add, test or remove mail accounts",
        description="Mail accounts. Passwords and tokens are kept in the system keyring only.",
    )
    accounts_sub = accounts.add_subparsers(dest="action", required=True, metavar="ACTION")
    accounts_sub.add_parser("list", parents=[json_flag], help="accounts and what they can do")
    add = accounts_sub.add_parser(
        "add",
        add_help=False,
        help="add an account: accounts add KIND NAME [options] (see accounts add KIND --help)",
        description="Add an account. Each kind has its own options: "
        "'boundary accounts add KIND --help' lists them; 'boundary providers' lists the kinds.",
    )
    add.add_argument("kind", metavar="KIND", nargs="?", help="exchange, m365, gmail, imap, …")
    add.add_argument("options", nargs=argparse.REMAINDER, help="NAME and the kind's options")
    for action, words in (
        ("remove", "remove an account and its saved password"),
        ("test", "connect and say how the account's auto-reply stands"),
        ("sign-in", "sign in again (accounts that use a browser sign-in)"),
    ):
        one = accounts_sub.add_parser(action, parents=[json_flag], help=words, description=words)
        one.add_argument("name", metavar="NAME")

    profile = sub.add_parser("profile", help="where the profile is; check it")
    profile_sub = profile.add_subparsers(dest="action", required=True, metavar="ACTION")
    profile_sub.add_parser("path", parents=[json_flag], help="print the profile's path")
    profile_sub.add_parser(
        "validate", parents=[json_flag], help="check the profile; name the line that is wrong"
    )

    sub.add_parser(
        "providers", parents=[json_flag], help="installed account kinds and their capabilities"
    )
    # Imported here, not at the top: cli_checks uses Out and Failure from this module.
    from boundary_app import cli_checks

    cli_checks.add_parsers(sub, json_flag)
    from boundary_app import cli_plan

    cli_plan.add_parsers(sub, json_flag)
    from boundary_app import cli_templates

    cli_templates.add_parsers(sub, json_flag)
    return parser


# --- output ------------------------------------------------------------------------------


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment else None


def reply_json(reply: AutoReply | None) -> dict[str, Any] | None:
    return None if reply is None else reply.to_json()


def away_json(period: AwayPeriod | None) -> dict[str, Any] | None:
    if period is None:
        return None
    return {
        "start": _iso(period.start),
        "until": _iso(period.until),
        "template": period.template,
        "subject": period.subject,
        "internal": period.internal,
        "external": period.external,
        "audience": period.audience.value,
        "accounts": list(period.accounts),
        "backups": list(period.backups),
    }


def result_json(result: AccountResult) -> dict[str, Any]:
    return {
        "account": result.account,
        "kind": result.kind,
        "status": result.status,
        "message": result.message,
        "desired": reply_json(result.desired),
        "actual": reply_json(result.actual),
        "next_retry": _iso(result.next_retry),
    }


class Out:
    def __init__(self, as_json: bool, service: Boundary | None = None) -> None:
        self.as_json = as_json
        self.service = service

    def when(self, moment: datetime) -> str:
        assert self.service is not None
        return format_moment(moment, self.service.profile.tz, now=self.service.clock())

    def describe_away(self, period: AwayPeriod) -> str:
        assert self.service is not None
        now = self.service.clock()
        start = "now" if period.start <= now else self.when(period.start)
        until = self.when(period.until) if period.until else "further notice"
        text = f"Away from {start} until {until}."
        if period.backups:
            text += (
                f" {' then '.join(period.backups)} cover{'s' if len(period.backups) == 1 else ''}."
            )
        return text

    def account_line(self, result: AccountResult) -> str:
        words = RESULT_WORDS.get(result.status, result.status)
        if result.status == "ok":
            words = "reply set" if result.desired.enabled else "no reply"
        line = f"  {result.account} ({result.kind}): {words}"
        if result.message:
            line += f" — {result.message}"
        if result.next_retry:
            line += f" Next try: {self.when(result.next_retry)}."
        return line

    def emit(self, data: dict[str, Any], lines: Sequence[str]) -> None:
        if self.as_json:
            print(json.dumps(data, ensure_ascii=False, indent=2))
        else:
            for line in lines:
                print(line)


def _exit_for(results: Sequence[AccountResult]) -> int:
    return EXIT_OK if all(r.ok for r in results) else EXIT_PENDING


# --- commands ----------------------------------------------------------------------------


def _parse_time(service: Boundary, text: str, default: time) -> datetime:
    try:
        return parse_when(text, now=service.clock(), tz=service.profile.tz, default_time=default)
    except TimeParseError as error:
        raise Failure(str(error)) from None


def _retry_pending(service: Boundary) -> None:
    """Send what is pending now, unless a running app takes care of that on its schedule (or
    the journal is from a newer Boundary, which this one only reads)."""
    if not service.journal.read_only and not app_running(service.paths.app_lock):
        service.push(retry_now=True)


def checks_status(service: Boundary, out: Out) -> tuple[dict[str, Any], str]:
    """``status``'s mail-check part: (the ``checks`` JSON, the line for people).

    ``state`` is checking (a check is open: ``current``, with the seconds left), snoozed
    (``current`` reopens at ``resume``), idle, or off (the plan has no windows); ``next``
    is the next window that will open (not skipped, not while away), as ``schedule`` names
    windows.
    """
    from boundary_app.cli_plan import window_json

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
        line = f"Next mail check: {out.when(ahead.start)}." if ahead else "No mail check ahead."
    data = {
        "state": state,
        "current": current,
        "next": window_json(ahead) if ahead else None,
    }
    return data, line


def cmd_status(service: Boundary, out: Out) -> int:
    _retry_pending(service)
    status = service.status()
    lines = []
    if status.state == "focus" and status.focus is not None:
        lines.append(f"Focus day, until {out.when(status.focus.end)}.")
    elif status.away is None:
        lines.append("Available.")
    elif status.state == "away":
        lines.append(out.describe_away(status.away))
    else:
        lines.append(f"Available. Upcoming: {out.describe_away(status.away)}")
    checks, checks_line = checks_status(service, out)
    lines.append(checks_line)
    lines.append("Accounts:")
    lines += [out.account_line(a) for a in status.accounts]
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


def cmd_away(service: Boundary, out: Out, args: argparse.Namespace) -> int:
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
    request = AwayRequest(
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
    period = service.prepare_away(request)
    summary = out.describe_away(period)
    if args.dry_run:
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
        return EXIT_OK
    service.go_away(period)
    results = service.push(list(period.accounts) or None)
    out.emit(
        {"away": away_json(period), "results": [result_json(r) for r in results]},
        [summary, *[out.account_line(r) for r in results]],
    )
    return _exit_for(results)


def cmd_back(service: Boundary, out: Out) -> int:
    was_away = service.come_back()
    results = service.push()
    headline = "Welcome back: the replies are cleared." if was_away else "You were not away."
    out.emit(
        {"was_away": was_away, "results": [result_json(r) for r in results]},
        [headline, *[out.account_line(r) for r in results]],
    )
    return _exit_for(results)


def cmd_accounts_list(service: Boundary, out: Out) -> int:
    rows = [
        {
            "name": a.name,
            "kind": a.kind,
            "capabilities": sorted(service.capabilities(a)),
            "settings": dict(a.settings),
        }
        for a in service.profile.accounts
    ]
    out.emit(
        {"accounts": rows},
        [f"{r['name']} ({r['kind']}): {', '.join(r['capabilities']) or '—'}" for r in rows]
        or ["No accounts."],
    )
    return EXIT_OK


def kind_parser(cls: type[MailProvider]) -> argparse.ArgumentParser:
    """``boundary accounts add KIND``: the options come from the kind's settings fields."""
    parser = argparse.ArgumentParser(
        prog=f"boundary accounts add {cls.kind}",
        description=f"Add a {cls.display_name} account called NAME.",
    )
    parser.add_argument("name", metavar="NAME", help="what Boundary calls the account")
    secret = next((f for f in cls.settings_fields if f.kind is FieldKind.SECRET), None)
    for spec in cls.settings_fields:
        if spec is secret:
            continue
        words = spec.help or spec.label
        if spec.default:
            words += f" (default: {spec.default})"
        parser.add_argument(
            spec.flag,
            dest=spec.key,
            default="",
            required=spec.required and not spec.default,
            metavar="FILE" if spec.kind is FieldKind.FILE else spec.key.split("_")[-1].upper(),
            choices=spec.choices or None,
            help=words,
        )
    if secret is not None:
        parser.add_argument(
            "--password-stdin",
            action="store_true",
            help=f"read the {secret.label.lower()} from standard input (never give it as a flag)",
        )
    if cls.interactive_sign_in:
        parser.add_argument(
            "--no-sign-in", action="store_true", help="add now, sign in later (accounts sign-in)"
        )
    parser.add_argument(
        "--no-check", action="store_true", help="add without connecting (for example offline)"
    )
    parser.add_argument("--json", action="store_true", help="print JSON for scripts")
    return parser


class TerminalSignIn(SignInInteraction):
    """A browser or device-code sign-in from a terminal: words go to standard error."""

    def __init__(self) -> None:
        super().__init__(self._open, self._code, self._say)

    @staticmethod
    def _say(text: str) -> None:
        print(text, file=sys.stderr, flush=True)

    def _open(self, url: str) -> bool:
        import webbrowser

        self._say(f"Opening your browser to sign in. If it does not open, visit:\n  {url}")
        return webbrowser.open(url)

    def _code(self, url: str, code: str) -> None:
        self._say(f"To sign in, visit {url} and enter the code {code}")


def _provider_call(what: Callable[[], T]) -> T:
    """Run a provider step; its failure ends the command with the provider's sentence."""
    try:
        return what()
    except ProviderError as error:
        raise Failure(str(error), status=error.kind) from None
    except KeyringUnavailable as error:
        raise Failure(str(error), status="no-keyring") from None


def cmd_accounts_add(service: Boundary, out: Out, kind: str | None, options: Sequence[str]) -> int:
    if not kind:
        raise Failure(f"Say which kind of account: {', '.join(service.registry.kinds())}.")
    cls = service.provider_class(kind)
    args = kind_parser(cls).parse_args(options)
    values = {f.key: getattr(args, f.key, "") for f in cls.settings_fields}
    for spec in cls.settings_fields:
        if spec.kind is FieldKind.FILE and values[spec.key]:
            values[spec.key] = str(Path(values[spec.key]).expanduser().resolve())
        if spec.kind is FieldKind.SECRET:
            if not args.password_stdin:
                if spec.required:
                    raise Failure(
                        f"Give the {spec.label.lower()} on standard input with --password-stdin."
                    )
                continue
            values[spec.key] = sys.stdin.readline().rstrip("\r\n")
    try:
        draft = service.draft_account(cls.kind, args.name, values)
    except Rejected as error:
        raise Failure(str(error)) from None
    words = "Added without connecting."
    if cls.interactive_sign_in and not args.no_sign_in:
        _provider_call(partial(draft.provider.sign_in, TerminalSignIn()))
    if not args.no_check and not (cls.interactive_sign_in and args.no_sign_in):
        words = _provider_call(draft.provider.check)
    _provider_call(partial(service.add_account, draft))
    account = draft.account
    out.emit(
        {"added": account.name, "kind": account.kind, "settings": account.settings, "check": words},
        [f"Added {account.name} ({cls.display_name}). {words}"],
    )
    return EXIT_OK


def cmd_accounts_one(service: Boundary, out: Out, action: str, name: str) -> int:
    if action == "remove":
        account = service.remove_account(name)
        out.emit({"removed": account.name}, [f"Removed {account.name}."])
        return EXIT_OK
    account = service.find_account(name)
    provider = service.provider_for(account)
    if action == "sign-in":
        _provider_call(partial(provider.sign_in, TerminalSignIn()))
    words = _provider_call(provider.check)
    out.emit({"account": account.name, "ok": True, "message": words}, [f"{account.name}: {words}"])
    return EXIT_OK


def cmd_providers(out: Out) -> int:
    registry = ProviderRegistry.discover()
    loaded, failures = registry.load_all()
    rows = [
        {
            "kind": p.kind,
            "name": p.display_name,
            "capabilities": sorted(c.value for c in p.capabilities),
        }
        for p in loaded
    ]
    lines = [f"{r['kind']} — {r['name']}: {', '.join(r['capabilities'])}" for r in rows]
    lines += [f"{f.kind} — could not be loaded: {f.reason}" for f in failures]
    out.emit(
        {"providers": rows, "failed": [{"kind": f.kind, "reason": f.reason} for f in failures]},
        lines,
    )
    return EXIT_OK


def cmd_profile(paths: AppPaths, out: Out, action: str) -> int:
    if action == "path":
        out.emit({"path": str(paths.profile)}, [str(paths.profile)])
        return EXIT_OK
    if not paths.profile.exists():
        raise Failure(f"There is no profile yet at {paths.profile}; start Boundary to make one.")
    try:
        profile = load_profile(paths.profile)
    except ProfileFileError as error:
        raise Failure(trouble(error), valid=False, line=None) from None
    except ProfileError as error:
        raise Failure(f"{paths.profile}: {error}", valid=False, line=error.line) from None
    note = " (written by a newer Boundary: read-only)" if profile.read_only else ""
    out.emit(
        {"valid": True, "read_only": profile.read_only, "path": str(paths.profile)},
        [f"The profile is valid{note}: {paths.profile}"],
    )
    return EXIT_OK


# --- what went wrong with the files, in words ---------------------------------------------


def trouble(problem: Exception | JournalNotice) -> str:
    """One line for a problem with Boundary's files, or a notice about the journal."""
    if isinstance(problem, JournalSetAside):
        if problem.folder:
            return (
                f"A folder stood where Boundary keeps its journal; it was moved to "
                f"{problem.aside} and Boundary started a new journal."
            )
        return (
            f"The journal could not be read ({problem.detail}); it was kept as "
            f"{problem.aside} and Boundary started a new journal."
        )
    if isinstance(problem, JournalNewer | JournalReadOnly):
        doing = "only reads it" if isinstance(problem, JournalNewer) else "cannot do this"
        return (
            f"The journal was written by a newer version of Boundary, so this version {doing} "
            f"and changes nothing; update Boundary ({problem.path})."
        )
    if isinstance(problem, JournalBusy):
        return (
            f"Another program is using the journal {problem.path}; Boundary waited "
            f"{problem.waited:g} seconds. Close that program and try again; nothing was changed."
        )
    if isinstance(problem, JournalDamaged):
        return (
            f"The journal {problem.path} is damaged ({problem.detail}); nothing was recorded. "
            "Boundary sets it aside the next time it starts."
        )
    if isinstance(problem, JournalUnavailable):
        return f"Boundary cannot use its journal {problem.path}: {problem.detail}."
    if isinstance(problem, ProfileFileError):
        if problem.problem == "folder":
            return (
                f"{problem.path} is a folder, but Boundary keeps its settings in a file of that "
                "name; move the folder away and try again. Nothing was changed."
            )
        doing = "read" if problem.problem == "unreadable" else "write"
        return (
            f"Boundary cannot {doing} its profile {problem.path}: {problem.detail}. "
            "Nothing was changed."
        )
    return str(problem)


def not_utf8(argv: Sequence[str]) -> str | None:
    """The line to say when an argument is not valid UTF-8 (the system hands such bytes to
    Python as lone surrogates, which no file or server can take), else None."""
    for number, arg in enumerate(argv, start=1):
        try:
            arg.encode("utf-8")
        except UnicodeEncodeError:
            shown = os.fsencode(arg).decode("ascii", "backslashreplace")
            return (
                f"Argument {number} ({shown}) is not valid UTF-8 text; type it again in "
                "UTF-8. Nothing was changed."
            )
    return None


def run(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if reason := not_utf8(arguments):
        if "--json" in arguments:
            print(json.dumps({"error": reason}))
        print(f"boundary: {reason}", file=sys.stderr)
        return EXIT_ERROR
    args = build_parser().parse_args(arguments)
    paths = AppPaths.from_environment()
    # ``accounts add KIND`` parses its own options (``--json`` among them) later.
    out = Out(bool(args.json) or "--json" in getattr(args, "options", ()))
    try:
        if args.command == "profile":
            return cmd_profile(paths, out, args.action)
        if args.command == "providers":
            return cmd_providers(out)
        paths.ensure()
        setup_logging(paths.log_dir, "cli")
        service, notice = Boundary.open(paths, system_clock)
        if notice:
            print(f"boundary: {notice}", file=sys.stderr)
        if service.journal_notice:
            print(f"boundary: {trouble(service.journal_notice)}", file=sys.stderr)
        out.service = service
        try:
            from boundary_app import cli_checks

            if args.command in cli_checks.COMMANDS:
                return cli_checks.dispatch(service, out, args)
            from boundary_app import cli_plan

            if args.command in cli_plan.COMMANDS:
                return cli_plan.dispatch(service, out, args)
            from boundary_app import cli_templates

            if args.command in cli_templates.COMMANDS:
                return cli_templates.dispatch(service, out, args)
            if args.command == "status":
                return cmd_status(service, out)
            if args.command == "away":
                return cmd_away(service, out, args)
            if args.command == "back":
                return cmd_back(service, out)
            if args.action == "add":
                return cmd_accounts_add(service, out, args.kind, args.options)
            if args.action in ("remove", "test", "sign-in"):
                return cmd_accounts_one(service, out, args.action, args.name)
            return cmd_accounts_list(service, out)
        finally:
            service.close()
    except (Failure, InputError, ProfileError, JournalError, KeyringUnavailable) as error:
        reason = trouble(error)
        if out.as_json:
            details = error.details if isinstance(error, Failure) else {}
            print(json.dumps({"error": reason, **details}, ensure_ascii=False))
        print(f"boundary: {reason}", file=sys.stderr)
        return EXIT_ERROR


def main() -> None:
    try:
        code = run()
        sys.stdout.flush()
    except BrokenPipeError:  # the reader went away (``boundary status | head``)
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        code = EXIT_ERROR
    sys.exit(code)


if __name__ == "__main__":
    # Run this file as the package's module, not as a second copy named __main__: cli_checks
    # and cli_plan raise boundary_app.cli.Failure, which run() must be the one to catch.
    from boundary_app.cli import main as package_main

    package_main()
