"""How a ``boundary`` command is declared, and what it runs with.

Each command module declares its commands as ``Command`` records; ``boundary_app.cli`` lists
them in one table, builds the parser from it and runs the command the command line names.
A command's options are added only when the command line names it (``add_arguments``), so
building the parser imports nothing from the domain, and a command imports what it needs
inside the functions that run it.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from boundary_app.cli.output import Out
    from boundary_app.core.paths import AppPaths
    from boundary_app.core.service import Boundary


class Context:
    """What a command runs with: where the files are, how to print, and the service."""

    def __init__(self, paths: AppPaths, out: Out) -> None:
        self.paths = paths
        self.out = out

    @property
    def service(self) -> Boundary:
        """The service, opened for every command but those with ``opens_service=False``."""
        assert self.out.service is not None, "this command runs without the service"
        return self.out.service


class Command(NamedTuple):
    """One ``boundary`` command: its line in ``boundary --help``, its options, what runs it."""

    name: str
    help: str
    run: Callable[[Context, argparse.Namespace], int]
    description: str | None = None
    json_flag: bool = True
    """The command takes ``--json`` (a command with actions gives it to each action)."""
    add_arguments: Callable[[argparse.ArgumentParser], None] | None = None
    """Adds the command's options (and actions); called only when the command line names it."""
    opens_service: bool = True
    """Open the profile, journal and accounts (``Boundary``) before ``run``."""


def terminal_width() -> int:
    """What ``shutil.get_terminal_size`` says, without importing shutil (and with it bz2 and
    lzma: a few ms of every command)."""
    import os
    import sys

    try:
        return int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        pass
    try:
        return os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
    except (AttributeError, ValueError, OSError):
        return 80


class Formatter(argparse.HelpFormatter):
    """argparse's help formatter, told the terminal's width (``terminal_width``)."""

    def __init__(
        self,
        prog: str,
        indent_increment: int = 2,
        max_help_position: int = 24,
        width: int | None = None,
    ) -> None:
        width = terminal_width() - 2 if width is None else width
        super().__init__(prog, indent_increment, max_help_position, width)


class Parser(argparse.ArgumentParser):
    """An ``ArgumentParser`` with ``Formatter`` that also says "did you mean" for a mistyped
    command, action or choice (``boundary stauts``: did you mean 'status'?); the parsers of
    its commands are ``Parser``s too (argparse makes them of the parent's class)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", Formatter)
        super().__init__(*args, **kwargs)

    def _check_value(self, action: argparse.Action, value: Any) -> None:
        choices = action.choices
        if choices is None or value in choices:
            return
        import difflib

        from boundary_app.cli.words import tr

        names = [str(choice) for choice in choices]
        if isinstance(action, argparse._SubParsersAction):
            if str(action.metavar or "command").lower() == "action":
                words = tr("unknown action '{value}'").format(value=value)
            else:
                words = tr("unknown command '{value}'").format(value=value)
        else:
            words = tr("invalid choice: '{value}'").format(value=value)
        close = [f"'{name}'" for name in difflib.get_close_matches(str(value), names, n=3)]
        if close:
            alternatives = close[0]
            if len(close) > 1:
                alternatives = tr("{first} or {last}").format(
                    first=", ".join(close[:-1]), last=close[-1]
                )
            words += tr("; did you mean {alternatives}?").format(alternatives=alternatives)
        else:
            words += tr(" (choose from {choices})").format(choices=", ".join(names))
        raise argparse.ArgumentError(action, words)


def json_parent() -> argparse.ArgumentParser:
    """The ``--json`` option, as a parent parser for a command or an action."""
    parent = Parser(add_help=False)
    from boundary_app.cli.words import tr

    parent.add_argument(
        "--json", action="store_true", default=argparse.SUPPRESS, help=tr("print JSON for scripts")
    )
    return parent
