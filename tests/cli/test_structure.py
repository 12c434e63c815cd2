"""The ``boundary`` command's package: a quick start, and files that do not import each other
in circles."""

from __future__ import annotations

import ast
from pathlib import Path

import boundary_app.cli
from tests.fresh import run_fresh

PACKAGE = Path(boundary_app.cli.__file__).parent

# What the package may load before a command runs: the clock it hands to the service, and
# what choosing its language takes (the profile's place, the languages, the translations'
# reader: none of them reads a file for English).
LIGHT = {
    "boundary_app",
    "boundary_app.core",
    "boundary_app.core.clock",
    "boundary_app.core.language",
    "boundary_app.core.paths",
    "boundary_app.translation",
}


def loaded_by(code: str, home: Path) -> list[str]:
    """The ``boundary_app`` modules outside ``boundary_app.cli`` that ``code`` loads, in a new
    interpreter."""
    script = f"""
        import contextlib, io, json, sys
        import boundary_app.cli as cli
        with contextlib.redirect_stdout(io.StringIO()):
            try:
                {code}
            except SystemExit:
                pass
        print(json.dumps(sorted(
            m for m in sys.modules
            if m.startswith("boundary_app") and not m.startswith("boundary_app.cli")
        )))
        """
    names: list[str] = run_fresh(script, home)
    return names


def test_listing_the_commands_loads_nothing_of_the_domain(tmp_path: Path) -> None:
    assert set(loaded_by("cli.build_parser()", tmp_path)) <= LIGHT
    assert set(loaded_by("cli.run(['--help'])", tmp_path)) <= LIGHT
    # A command's own options are added when it is named, and only then is its help built.
    assert set(loaded_by("cli.run(['stats', '--help'])", tmp_path)) <= LIGHT


def test_a_command_loads_what_it_needs(tmp_path: Path) -> None:
    assert set(loaded_by("cli.run(['profile', 'path'])", tmp_path)) <= LIGHT | {
        "boundary_app.core.paths"
    }
    status = set(loaded_by("cli.run(['status', '--json'])", tmp_path))
    assert "boundary_app.core.service" in status
    # Not the other commands' domain: statistics, the mail check, template previews; and for
    # --json not the words of moments either (core.render).
    assert not status & {
        "boundary_app.core.stats",
        "boundary_app.core.mail",
        "boundary_app.core.render",
    }


def test_status_creates_only_the_records_it_reads(tmp_path: Path) -> None:
    """``boundary status`` (words, not JSON) on a profile with a focus day and an away period
    that was pushed and ended reads the period, the accounts' states and the plan. The record
    types it never reads are not created (Python 3.11 compiles each dataclass's methods at
    every start): the journal's mail checks, forwards, notes and cover, a push's record (its
    pass writes nothing), the reply's variants (no backups), the contract's mail listing and
    sign-in, the service's requests; nor are cover, statistics, mail or the mail libraries'
    providers imported."""
    set_up = (
        "cli.run(['plan', '--focus-day', 'wed']); "
        "cli.run(['away', '--until', 'in 2 hours']); cli.run(['back'])"
    )
    loaded_by(set_up, tmp_path)
    status = set(loaded_by("cli.run(['status'])", tmp_path))
    assert {"boundary_app.core.journal", "boundary_app.core.render"} <= status  # it did run
    assert not status & {
        "boundary_app.core.cover",
        "boundary_app.core.stats",
        "boundary_app.core.mail",
        "boundary_app.providers.exchange",
        "boundary_app.providers.m365",
        "boundary_app.providers.gmail",
        "boundary_app.providers.imap",
    }
    made = """
        import contextlib, io, json, sys
        import boundary_app.cli as cli
        with contextlib.redirect_stdout(io.StringIO()):
            cli.run(['status'])
        print(json.dumps(sorted(
            f"{module}.{name}"
            for module in sorted(m for m in sys.modules if m.startswith("boundary_app"))
            for name, value in vars(sys.modules[module]).items()
            if isinstance(value, type) and value.__module__ == module
        )))
        """
    classes = {name.rsplit(".", 1)[1] for name in run_fresh(made, tmp_path)}
    assert {"ReplyPeriod", "AccountState", "AutoReply", "Status"} <= classes  # what it reads
    never_read = {
        "CheckRecord", "Forward", "Interruption", "ReviewNotes", "BackupTip", "CoverSwitch",
        "JournalSetAside", "JournalNewer", "MailSummary", "ColleagueAway",
        "SignInInteraction", "AwayRequest", "AccountDraft", "Push", "ReplyTexts",
    }  # fmt: skip
    assert not classes & never_read


def test_a_command_imports_only_its_own_group_of_commands(tmp_path: Path) -> None:
    """``boundary status`` loads the module that declares it, not the other groups' (each
    compiles and runs its declarations: milliseconds a command)."""
    script = """
        import contextlib, io, json, sys
        import boundary_app.cli as cli
        with contextlib.redirect_stdout(io.StringIO()):
            cli.run(['status', '--json'])
        print(json.dumps(sorted(m for m in sys.modules if m.startswith('boundary_app.cli.'))))
        """
    groups = {m.rsplit(".", 1)[1] for m in run_fresh(script, tmp_path)}
    assert "away" in groups
    others = {"accounts", "backups", "briefing", "calls", "checks", "plan", "profile"}
    assert not groups & (others | {"review", "templates", "discover"})


def test_every_command_is_where_the_table_says(tmp_path: Path) -> None:
    import boundary_app.cli as cli

    assert [c.name for c in cli.COMMANDS] == list(cli.NAMES)
    assert cli.command("nonsense") is None


def test_a_command_builds_only_its_own_parser_and_argparse_loads_no_shutil(
    tmp_path: Path,
) -> None:
    code = (
        "import json, sys\n"
        "import boundary_app.cli as cli\n"
        "parser = cli.build_parser(['status', '--json'])\n"
        "parser.parse_args(['status', '--json'])\n"
        "every = cli.build_parser(['--json'])\n"
        "commands = lambda p: sorted(p._subparsers._group_actions[0].choices)\n"
        "print(json.dumps([commands(parser), len(commands(every)), 'shutil' in sys.modules]))\n"
    )
    named, every, shutil_loaded = run_fresh(code, tmp_path)
    assert named == ["status"]
    assert every == len(boundary_app.cli.COMMANDS)  # no command named: the whole list
    assert not shutil_loaded


def _imports(path: Path) -> set[str]:
    """The ``boundary_app.cli`` modules a file imports, at its top or inside functions."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            for alias in node.names:  # ``from package import module`` imports the module
                module = f"{node.module}.{alias.name}"
                found.add(module if _module_file(module) else node.module)
        elif isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
    return {name for name in found if name.startswith("boundary_app.cli")}


def _module_file(name: str) -> bool:
    parts = name.split(".")[2:]
    return (
        name.startswith("boundary_app.cli.")
        and PACKAGE.joinpath(*parts).with_suffix(".py").exists()
    )


def test_no_file_of_the_package_imports_another_in_a_circle() -> None:
    graph = {
        f"boundary_app.cli.{p.stem}" if p.stem != "__init__" else "boundary_app.cli": _imports(p)
        for p in PACKAGE.glob("*.py")
    }
    # The command modules never reach back for the package (it imports them all).
    for name, imports in graph.items():
        if name not in ("boundary_app.cli", "boundary_app.cli.__main__"):
            assert "boundary_app.cli" not in imports, name

    def visit(name: str, path: tuple[str, ...]) -> None:
        assert name not in path, " -> ".join((*path, name))
        for imported in graph.get(name, set()):
            visit(imported, (*path, name))

    for name in graph:
        visit(name, ())


def test_no_function_of_the_package_is_longer_than_sixty_lines() -> None:
    long = [
        f"{path.name}:{node.name} ({node.end_lineno - node.lineno + 1} lines)"
        for path in PACKAGE.glob("*.py")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        and node.end_lineno is not None
        and node.end_lineno - node.lineno + 1 > 60
    ]
    assert long == []
