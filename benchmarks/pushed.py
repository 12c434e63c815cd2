"""The memory figure after a push: ``pushed_memory_ratio`` of ``startup.py``.

One run: the tray app starts on a profile that has one account of each kind (exchange,
m365, gmail, imap) on the loopback servers of ``accounts.py``, with the floor app beside it.
Once the app's start-up pass is done (it rewrites ``data/state-changed`` when a pass ends),
``boundary away --until …`` is typed as a person would while the app runs: the command
records the away period and pushes it to every account, and the app notices through its
file watcher. ``settle`` seconds (60 by default) after the push, the app's tree RSS (the app
plus every process it started that is alive then) and the floor's are read; then both
are stopped and ``boundary back`` (with no app running, the command clears the replies
itself) leaves the accounts as they were for the next run.

Each run starts from the same state: the app announces "Welcome back" once per away period
(``shell._offer_briefing``), and a ``back`` typed while it is stopped would have the next
run's app announce it at start, a notification that under Xvfb, with no notification
service, Qt draws as its own balloon (fonts, about 6.5 MiB, for the rest of the run). So
after each ``back`` the period is recorded as announced (``briefing.SHOWN``), as the app
records it when it is running at the return.
"""

from __future__ import annotations

import json
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from benchmarks.accounts import LoopbackAccounts
from benchmarks.homes import boundary, set_up_home
from benchmarks.procs import read_memory, stop, tree_rss

PASS_TIMEOUT = 120.0


class PushFailed(Exception):
    """The app or the floor did not stay up; the message says which and its stderr."""


@dataclass
class PushedRun:
    boundary_kib: int
    floor_kib: int
    processes: list[tuple[int, str, int]]
    before_push_kib: int | None
    pass_s: float | None
    not_pushed: list[str] = field(default_factory=list)

    @property
    def ratio(self) -> float:
        return self.boundary_kib / self.floor_kib


@dataclass
class Pushed:
    """What ``measure`` needs: the two apps' command lines and environments (display and
    bytecode settings included), where to work, and whom to tell about each run."""

    app_argv: list[str]
    app_env: dict[str, str]
    floor_argv: list[str]
    floor_env: dict[str, str]
    work: Path
    say: Callable[[str], None] = print
    runs: list[PushedRun] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def measure(self, runs: int, settle: float) -> None:
        with LoopbackAccounts(self.work / "loopback") as fakes:
            self.notes += fakes.notes
            for note in fakes.notes:
                self.say(f"pushed memory: {note}")
            home = self.work / "pushed-home"
            cli_env = {k: v for k, v in self.app_env.items() if k not in ("DISPLAY",)}
            cli_env.pop("WAYLAND_DISPLAY", None)
            cli_env.update(fakes.env, BROWSER="false")  # m365 signs in with a device code
            set_up_home(home, cli_env)
            cli_env["BOUNDARY_HOME"] = str(home)
            for line in fakes.add_all(cli_env):
                self.say(f"  {line}")
            app_env = {**self.app_env, **fakes.env, "BOUNDARY_HOME": str(home)}
            for index in range(runs):
                run = self._one_run(index, app_env, cli_env, home, settle)
                self.runs.append(run)
                self._tell(index, run)

    def _tell(self, index: int, run: PushedRun) -> None:
        mib = run.boundary_kib / 1024
        where = ", ".join(f"{name} {rss / 1024:.1f}" for _, name, rss in run.processes)
        before = "n/a" if run.before_push_kib is None else f"{run.before_push_kib / 1024:.1f}"
        passed = "not seen" if run.pass_s is None else f"{run.pass_s:.1f} s"
        self.say(
            f"  run {index + 1}: boundary tree {mib:.1f} MiB ({where}), floor "
            f"{run.floor_kib / 1024:.1f} MiB, ratio {run.ratio:.2f}; app before the push "
            f"{before} MiB, its start-up pass took {passed}"
        )
        for problem in run.not_pushed:
            self.say(f"    not pushed: {problem}")

    def _one_run(
        self,
        index: int,
        app_env: dict[str, str],
        cli_env: dict[str, str],
        home: Path,
        settle: float,
    ) -> PushedRun:
        logs = self.work / f"pushed-{index + 1}"
        logs.mkdir()
        stamp = home / "data" / "state-changed"
        started = time.time_ns()
        app = _spawn(self.app_argv, app_env, logs / "boundary")
        floor = _spawn(self.floor_argv, self.floor_env, logs / "floor")
        try:
            pass_s = _wait_for_pass(stamp, started, app)
            before, _ = read_memory(app.pid)
            # With the app running, status reads the journal only: what the app's pass left.
            status = boundary(cli_env, "status", "--json", check=False)
            not_pushed = [f"(app's start-up pass) {p}" for p in _not_ok(status, "accounts")]
            # A different end each run, so every run writes a reply the accounts do not hold.
            until = datetime.now(UTC).replace(second=0, microsecond=0)
            until += timedelta(days=7, minutes=index + 1)
            away = boundary(cli_env, "away", "--until", until.isoformat(), "--json", check=False)
            not_pushed += _not_ok(away, "results")
            deadline = time.monotonic() + settle
            while time.monotonic() < deadline:
                _alive(app, "boundary", logs, settle)
                _alive(floor, "floor", logs, settle)
                time.sleep(min(1.0, max(0.0, deadline - time.monotonic())))
            app_kib, processes = tree_rss(app.pid)
            floor_kib, _ = tree_rss(floor.pid)
        finally:
            stop(app)
            stop(floor)
        back = boundary(cli_env, "back", "--json", check=False)
        not_pushed += [f"(back) {problem}" for problem in _not_ok(back, "results")]
        _return_announced(home)
        if app_kib is None or floor_kib is None:
            raise PushFailed("cannot read memory on this platform (no /proc, no psutil)")
        return PushedRun(app_kib, floor_kib, processes, before, pass_s, not_pushed)


def _return_announced(home: Path) -> None:
    """Record the away period that ``back`` just ended as announced (the tray's "Welcome
    back"), as a running app does, so the next run starts as this one did (module doc)."""
    from boundary_app.core.briefing import SHOWN, last_away
    from boundary_app.core.journal import Journal

    journal = Journal(home / "data" / "journal.sqlite3")
    try:
        period = last_away(journal.away_periods(), datetime.now(UTC))
        if period is not None and period.id is not None:
            journal.set_meta(SHOWN, str(period.id))
    finally:
        journal.close()


def _spawn(argv: list[str], env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    with log.with_suffix(".out").open("wb") as out, log.with_suffix(".err").open("wb") as err:
        return subprocess.Popen(argv, env=env, stdin=subprocess.DEVNULL, stdout=out, stderr=err)


def _alive(process: subprocess.Popen[bytes], name: str, logs: Path, settle: float) -> None:
    if process.poll() is not None:
        err = (logs / f"{name}.err").read_text(errors="replace").strip() or "(no stderr)"
        raise PushFailed(
            f"{name} exited ({process.returncode}) during the pushed-memory run instead of "
            f"running {settle:g} s after the push.\n--- {name} stderr ---\n{err}"
        )


def _wait_for_pass(stamp: Path, started_ns: int, app: subprocess.Popen[bytes]) -> float | None:
    """Seconds from spawning the app until its first pass ended (the stamp was rewritten);
    None if that was not seen within ``PASS_TIMEOUT`` (the push goes ahead then)."""
    deadline = time.monotonic() + PASS_TIMEOUT
    while time.monotonic() < deadline and app.poll() is None:
        try:
            if stamp.stat().st_mtime_ns > started_ns:
                return (time.time_ns() - started_ns) / 1e9
        except FileNotFoundError:
            pass
        time.sleep(0.1)
    return None


def _not_ok(result: subprocess.CompletedProcess[str], key: str) -> list[str]:
    """The accounts under ``key`` of a ``--json`` answer (``away``/``back``: ``results``,
    ``status``: ``accounts``) whose status is not ok, with the reason given."""
    try:
        answer: Any = json.loads(result.stdout)
        rows = answer[key]
    except (ValueError, KeyError, TypeError):
        return [f"boundary exited {result.returncode}: {result.stdout}{result.stderr}".strip()]
    return [f"{r['account']}: {r['status']}: {r['message']}" for r in rows if r["status"] != "ok"]
