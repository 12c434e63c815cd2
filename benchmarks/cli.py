"""How long ``boundary status`` takes against the least a Python command can do.

``boundary status`` (the console script, as a person types it) on a set-up profile and
journal, against ``python -c "import tomllib, sqlite3"`` (the interpreter plus the two
standard modules the command cannot do without: reading the profile and the journal).
Both are timed from spawn to exit, interleaved (the order alternates), ``--runs`` pairs
(20) after one untimed warm-up each. ``status_ratio`` is the median of the pairs' ratios;
the spread is printed. The last line is always ``status_ratio=R``. Target: at most 2.0.

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


def measure(runs: int, work: Path) -> list[tuple[float, float]]:
    """(status seconds, floor seconds) of each pair, printed as they come."""
    env = child_env(dict(os.environ), work)
    print(install_kind(env), flush=True)
    home = work / "boundary-home"
    set_up(home, env)
    commands = {
        "status": ([*cli_command(), "status"], {**env, "BOUNDARY_HOME": str(home)}),
        "floor": ([sys.executable, "-c", FLOOR_CODE], env),
    }
    for argv, command_env in commands.values():  # untimed: bytecode and file cache
        time_command(argv, command_env)
    print(f"python: {sys.executable}; BOUNDARY_HOME: {home}")
    print(f"{runs} runs each, interleaved ...", flush=True)
    pairs = []
    for i in range(runs):
        order = ["status", "floor"] if i % 2 == 0 else ["floor", "status"]
        took = {name: time_command(*commands[name]) for name in order}
        pairs.append((took["status"], took["floor"]))
        print(
            f"  run {i + 1}: status {took['status'] * 1000:.0f} ms, floor "
            f"{took['floor'] * 1000:.0f} ms (ratio {took['status'] / took['floor']:.2f})",
            flush=True,
        )
    return pairs


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="boundary-cli-") as tmp:
        try:
            pairs = measure(args.runs, Path(tmp))
        except SetUpFailed as error:
            print(error, file=sys.stderr)
            return 1
    ratios = [status / floor for status, floor in pairs]
    ratio = statistics.median(ratios)
    status_ms = statistics.median(s for s, _ in pairs) * 1000
    floor_ms = statistics.median(f for _, f in pairs) * 1000
    print()
    print(
        f"boundary status: median {status_ms:.0f} ms; python -c {FLOOR_CODE!r}: {floor_ms:.0f} ms"
    )
    verdict = "PASS" if round(ratio, 2) <= STATUS_TARGET else "OVER"
    print(
        f"status/floor = {ratio:.2f} (median of {len(ratios)} pairs; spread "
        f"{min(ratios):.2f}-{max(ratios):.2f}; target <= {STATUS_TARGET}x)  {verdict}"
    )
    print(f"status_ratio={ratio:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
