"""The ``boundary`` command: the same core as the tray app, for scripts and terminals.

Every command takes ``--json``. Exit codes: 0 done, 1 a reason printed on one line,
2 the command line itself is wrong, 3 done here but some accounts are left pending (the
reason is given per account; the running app, or the next command, tries again).

``WHERE`` is the table: each command is declared in its group's module (``away``,
``accounts``, ``backups``, ``profile``, ``checks``, ``plan``, ``templates``, ``calls``,
``briefing``, ``review``), imported only when the command line names it; the parser is built
from the table, and ``run`` runs the command it names. Output and exit codes live in ``output``.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from boundary_app import __version__
from boundary_app.cli.command import Command, Context, Parser, json_parent
from boundary_app.cli.output import (
    EXIT_ERROR,
    EXIT_OK,
    EXIT_PENDING,
    EXIT_USAGE,
    Failure,
    Out,
    UsageError,
)
from boundary_app.cli.words import speak_as_the_app, tr
from boundary_app.core.clock import system_clock

__all__ = [
    "COMMANDS",
    "EXIT_ERROR",
    "EXIT_OK",
    "EXIT_PENDING",
    "EXIT_USAGE",
    "build_parser",
    "main",
    "run",
    "system_clock",
]

WHERE: tuple[tuple[str, str], ...] = (
    ("status", "away.STATUS"),
    ("away", "away.AWAY"),
    ("back", "away.BACK"),
    ("accounts", "accounts.ACCOUNTS"),
    ("backups", "backups.BACKUPS"),
    ("profile", "profile.PROFILE"),
    ("providers", "accounts.PROVIDERS"),
    ("stats", "checks.STATS"),
    ("check", "checks.CHECK"),
    ("plan", "plan.PLAN"),
    ("schedule", "plan.SCHEDULE"),
    ("templates", "templates.TEMPLATES"),
    ("calls", "calls.CALLS"),
    ("interruption", "calls.INTERRUPTION"),
    ("voicemail", "calls.VOICEMAIL"),
    ("briefing", "briefing.BRIEFING"),
    ("review", "review.REVIEW"),
)
"""Every command by name, in the order ``boundary --help`` lists them, and where it is
declared (its group's module in this package, and the name there). A command line that names
one imports that module only (``command``); the whole table (``COMMANDS``) is loaded for the
top-level help and for a name that is not one ("did you mean")."""

NAMES = tuple(name for name, _ in WHERE)


def command(name: str) -> Command | None:
    """The command called ``name``, its module imported now; None for no such command."""
    import importlib

    where = dict(WHERE).get(name)
    if where is None:
        return None
    module, attribute = where.split(".")
    found = getattr(importlib.import_module(f"boundary_app.cli.{module}"), attribute)
    assert isinstance(found, Command) and found.name == name
    return found


def __getattr__(name: str) -> Any:
    """``COMMANDS``: every command, loaded when asked for (PEP 562)."""
    if name == "COMMANDS":
        return tuple(c for c in map(command, NAMES) if c is not None)
    raise AttributeError(name)


if TYPE_CHECKING:
    _SubParsers = argparse._SubParsersAction[argparse.ArgumentParser]
else:  # not subscriptable at run time
    _SubParsers = argparse._SubParsersAction


class _CommandParsers(_SubParsers):
    """The commands; a command's options are added when the command line names it."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fill: dict[str, Callable[[argparse.ArgumentParser], None]] = {}

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: str | Sequence[Any] | None,
        option_string: str | None = None,
    ) -> None:
        assert isinstance(values, list)
        add_arguments = self.fill.pop(values[0], None)
        if add_arguments is not None:
            add_arguments(self._name_parser_map[values[0]])
        super().__call__(parser, namespace, values, option_string)


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The parser of ``boundary``; for a command line ``argv`` that names a command (and does
    not ask for the list), only that command's parser is built: each costs a few ms."""
    parser = Parser(
        prog="boundary",
        description=tr(
            "Keep work boundaries: out-of-office replies on every mail account at once."
        ),
        epilog=tr(
            "Times accept ISO 8601 (2026-12-01 09:00) and phrases such as 'tomorrow 9:00', "
            "'monday 8am', 'in 2 hours', in the profile's time zone. Exit codes: 0 done, "
            "1 error (reason on one line), 2 bad command line, 3 some accounts still pending. "
            "BOUNDARY_HOME=DIR keeps all files under DIR."
        ),
    )
    parser.add_argument(  # argparse's own help for it is not a gettext word: said here
        "--version",
        action="version",
        version=f"boundary {__version__}",
        help=tr("show program's version number and exit"),
    )
    parser.add_argument("--json", action="store_true", help=tr("print JSON for scripts"))
    sub = parser.add_subparsers(
        dest="command", required=True, metavar="COMMAND", action=_CommandParsers
    )
    assert isinstance(sub, _CommandParsers)
    json_flag = json_parent()
    named = _named(argv)
    every = (command(name) for name in NAMES) if named is None else (named,)
    for chosen in every:
        assert chosen is not None
        sub.add_parser(
            chosen.name,
            parents=[json_flag] if chosen.json_flag else [],
            help=tr(chosen.help),
            description=tr(chosen.description) if chosen.description else None,
        )
        if chosen.add_arguments is not None:
            sub.fill[chosen.name] = chosen.add_arguments
    return parser


def _named(argv: Sequence[str] | None) -> Command | None:
    """The command ``argv`` names, unless the top-level help or version is asked first."""
    for arg in argv or ():
        if arg in ("-h", "--help", "--version"):
            return None
        if not arg.startswith("-"):
            return command(arg)
    return None


def _run_with_service(chosen: Command, context: Context, args: argparse.Namespace) -> int:
    """Open the profile, journal and accounts, run ``command``, close them again."""
    from boundary_app.cli.trouble import trouble
    from boundary_app.core.instance import WriterBusy
    from boundary_app.core.journal import JournalError
    from boundary_app.core.logs import setup_logging
    from boundary_app.core.profile import ProfileError
    from boundary_app.core.service import Boundary, InputError
    from boundary_app.providers.secrets import KeyringUnavailable

    paths = context.paths
    paths.ensure()
    setup_logging(paths.log_dir, "cli")
    try:
        service, notice = Boundary.open(paths, system_clock)
        if notice:
            print(f"boundary: {context.out.said(notice)}", file=sys.stderr)
        if service.journal_notice:
            print(f"boundary: {trouble(service.journal_notice)}", file=sys.stderr)
        context.out.service = service
        try:
            return chosen.run(context, args)
        finally:
            service.close()
    except (InputError, ProfileError, JournalError, KeyringUnavailable) as error:
        code = getattr(error, "code", "")  # an InputError's rule, for scripts (--json)
        words = context.out.said(error) if isinstance(error, InputError) else trouble(error)
        raise Failure(words, **({"code": code} if code else {})) from None
    except WriterBusy as error:
        raise Failure(
            tr(
                "Another Boundary (a command or the app) is changing your replies and did not "
                "finish within {seconds} seconds; nothing was changed here. Try again shortly."
            ).format(seconds=f"{error.waited:.0f}"),
            status="busy",
        ) from None


def run(argv: Sequence[str] | None = None) -> int:
    from boundary_app.core.paths import AppPaths

    argv = list(sys.argv[1:] if argv is None else argv)
    paths = AppPaths.from_environment()
    speak_as_the_app(paths.profile)
    if reason := _not_utf8(argv):
        Out("--json" in argv).fail(reason, {})
        return EXIT_ERROR
    args = build_parser(argv).parse_args(argv)
    chosen = command(args.command)
    assert chosen is not None  # the parser knows only these names
    context = Context(
        paths,
        # ``accounts add KIND`` parses its own options (``--json`` among them) later.
        Out(bool(args.json) or "--json" in getattr(args, "options", ())),
    )
    try:
        if chosen.opens_service:
            return _run_with_service(chosen, context, args)
        return chosen.run(context, args)
    except Failure as error:
        context.out.fail(str(error), error.details)
        return EXIT_USAGE if isinstance(error, UsageError) else EXIT_ERROR


def _not_utf8(arguments: Sequence[str]) -> str | None:
    """The reason to stop when an argument is not valid UTF-8; checked before parsing."""
    try:
        "".join(arguments).encode("utf-8")
    except UnicodeEncodeError:
        from boundary_app.cli.trouble import not_utf8

        return not_utf8(arguments)
    return None


def main() -> None:
    try:
        code = run()
        sys.stdout.flush()
    except BrokenPipeError:  # the reader went away (``boundary status | head``)
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        code = EXIT_ERROR
    sys.exit(code)
