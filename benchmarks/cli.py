"""How long ``boundary status`` takes against the least a Python command can do.

``boundary status`` (the console script, as a person types it) on a set-up profile and
journal, against ``python -c "import tomllib, sqlite3"`` (the interpreter plus the two
standard modules the command cannot do without: reading the profile and the journal).
Both are timed from spawn to exit, interleaved (the order alternates), ``--runs`` pairs
(20) after one untimed warm-up each. ``status_ratio`` is the median of the pairs' ratios;
the spread is printed. The last line is always ``status_ratio=R``. Target: at most 2.0.

A third command is timed in each round, for reference: ``STDLIB_CODE``, the floor plus the
standard modules ``boundary`` is built on (``argparse``, ``dataclasses``, ``json``,
``logging``, ``pathlib``, ``zoneinfo``) and nothing of Boundary's; its ratio to the floor is
printed as ``stdlib_ratio`` on the line before the last. What it leaves under 2.0 is all
the target leaves for Boundary's own modules, the profile, the journal and the words.

The profile and journal, in a fresh temporary ``BOUNDARY_HOME``: a name, a backup and the
first-run questions answered (``homes.py``), a focus day on Wednesdays, and an away period
that was pushed to the built-in ``local`` account and ended (``away`` then ``back``), so
the journal holds a period and its pushes. No account on a server: with no app running,
``status`` first retries what is pending, and a server account would put a network round
trip into the figure.

The first line says which kind of install ``boundary`` runs from: a regular one (a wheel, as
a person has; the frozen bundle has no finder either) or an editable one (``pip install -e``,
whose import finder adds 15-20 ms to every start). The figure against the target is taken with
a regular install: ``python3 -m venv /tmp/rel && /tmp/rel/bin/pip install .`` from the
checkout, then ``/tmp/rel/bin/python benchmarks/cli.py``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

# Run as a script, only this folder is on sys.path; the helpers are ``benchmarks.*``.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.homes import SetUpFailed, boundary, cli_command, set_up_home
from benchmarks.startup import child_env

STATUS_TARGET = 2.0
FLOOR_CODE = "import tomllib, sqlite3"
STDLIB_CODE = "import tomllib, sqlite3, argparse, dataclasses, json, logging, pathlib, zoneinfo"
"""The floor plus the standard modules the command is built on and the floor does not import
(its command line, records, ``--json`` and journal, log file, paths, time zones): no
``boundary_app`` code at all. Timed beside the two others, for what a 2.0× target leaves."""
INSTALL_CODE = """
import importlib.util, sys
finders = [getattr(f, "__module__", "") or "" for f in sys.meta_path]
spec = importlib.util.find_spec("boundary_app")
print(",".join(f for f in finders if f.startswith("__editable__")))
print(spec.origin if spec else "")
"""
"""Asked of the Python that runs ``boundary`` (``-P``: the current folder, a checkout, is not
put on ``sys.path``): setuptools' editable-install finders on ``sys.meta_path``, and where
``boundary_app`` is imported from."""


def install_kind(env: dict[str, str]) -> str:
    """Which kind of install ``boundary`` runs from, for the first line of the output.

    ``pip install -e`` puts a finder (``__editable___boundary_app_…_finder``) on every
    start, about 15-20 ms of imports a person's install (a wheel, the frozen bundle) does not
    have; the figure against the target is taken with a regular install."""
    result = subprocess.run(
        [sys.executable, "-P", "-c", INSTALL_CODE],
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        check=False,
    )
    finders, origin = [*result.stdout.splitlines(), "", ""][:2]
    where = str(Path(origin).parent) if origin else "not found"
    if finders:
        return (
            f"install: EDITABLE (pip install -e: {finders} runs on every start; the figure "
            f"against the target is taken with a regular install); boundary_app from {where}"
        )
    return f"install: regular (no editable finder); boundary_app from {where}"


def set_up(home: Path, env: dict[str, str]) -> None:
    """The profile and journal ``status`` reads (see the module's docstring)."""
    set_up_home(home, env)
    env = {**env, "BOUNDARY_HOME": str(home)}
    boundary(env, "plan", "--focus-day", "wed")
    until = datetime.now(UTC).replace(microsecond=0) + timedelta(days=2)
    boundary(env, "away", "--until", until.isoformat())
    boundary(env, "back")


def time_command(argv: list[str], env: dict[str, str]) -> float:
    """Seconds from spawn to exit; raises ``SetUpFailed`` when the command fails."""
    start = time.monotonic()
    result = subprocess.run(
        argv, env=env, stdin=subprocess.DEVNULL, capture_output=True, text=True, check=False
    )
    elapsed = time.monotonic() - start
    if result.returncode != 0:
        raise SetUpFailed(f"{' '.join(argv)} exited {result.returncode}:\n{result.stderr}")
    return elapsed


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--runs", type=int, default=20, help="timed runs of each (20)")
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    return args


def measure(runs: int, work: Path) -> list[dict[str, float]]:
    """Seconds of each command (status, floor, stdlib) in each round, printed as they come."""
    env = child_env(dict(os.environ), work)
    print(install_kind(env), flush=True)
    home = work / "boundary-home"
    set_up(home, env)
    commands = {
        "status": ([*cli_command(), "status"], {**env, "BOUNDARY_HOME": str(home)}),
        "floor": ([sys.executable, "-c", FLOOR_CODE], env),
        "stdlib": ([sys.executable, "-c", STDLIB_CODE], env),
    }
    for argv, command_env in commands.values():  # untimed: bytecode and file cache
        time_command(argv, command_env)
    print(f"python: {sys.executable}; BOUNDARY_HOME: {home}")
    print(f"{runs} rounds of the three, interleaved ...", flush=True)
    rounds = []
    for i in range(runs):
        order = list(commands) if i % 2 == 0 else list(reversed(commands))
        took = {name: time_command(*commands[name]) for name in order}
        rounds.append(took)
        print(
            f"  run {i + 1}: status {took['status'] * 1000:.0f} ms, floor "
            f"{took['floor'] * 1000:.0f} ms (ratio {took['status'] / took['floor']:.2f}), "
            f"stdlib {took['stdlib'] * 1000:.0f} ms",
            flush=True,
        )
    return rounds


def ratio_line(name: str, code: str, rounds: list[dict[str, float]]) -> tuple[float, str]:
    """The median of ``name``'s ratios to the floor (round by round), and a line saying it."""
    ratios = [r[name] / r["floor"] for r in rounds]
    ratio = statistics.median(ratios)
    ms = statistics.median(r[name] for r in rounds) * 1000
    floor_ms = statistics.median(r["floor"] for r in rounds) * 1000
    verdict = "PASS" if round(ratio, 2) <= STATUS_TARGET else "OVER"
    return ratio, (
        f"{code}: median {ms:.0f} ms; python -c {FLOOR_CODE!r}: {floor_ms:.0f} ms; "
        f"ratio {ratio:.2f} (median of {len(ratios)}; spread {min(ratios):.2f}-"
        f"{max(ratios):.2f}; target <= {STATUS_TARGET}x)  {verdict}"
    )


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="boundary-cli-") as tmp:
        try:
            rounds = measure(args.runs, Path(tmp))
        except SetUpFailed as error:
            print(error, file=sys.stderr)
            return 1
    status_ratio, status_words = ratio_line("status", "boundary status", rounds)
    stdlib_ratio, stdlib_words = ratio_line("stdlib", f"python -c {STDLIB_CODE!r}", rounds)
    print()
    print(status_words)
    print(f"for reference, no Boundary code: {stdlib_words}")
    print(f"stdlib_ratio={stdlib_ratio:.2f}")
    print(f"status_ratio={status_ratio:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
