"""Boundary's start-up time and memory against a floor measured in the same run.

The floor is ``benchmarks/floor_tray.py``, the least a PySide6 tray app can be (without a
tray, a window of the same kind as Boundary's). Figures:

1. start-up: the time from spawning ``--self-test`` to the tray shown, N interleaved runs of
   each app, median of each; ``startup_ratio = boundary / floor``. Both apps print
   ``self-test: shown at monotonic T`` right after the event-loop pass that shows the tray,
   T on the system-wide monotonic clock this script reads too. The time to the process's
   exit (which adds Boundary's plugin check and the interpreter's shutdown) is an extra
   column.
2. idle memory: each app started normally on a profile whose first-run questions are
   answered (``homes.py``), left alone for a few seconds, then its resident memory (VmRSS)
   read, then terminated; median of 3 interleaved runs each; ``memory_ratio`` uses RSS.
   PSS (shared libraries counted by share) is printed as an extra line where Linux has it.
3. memory after a push (``pushed.py``): the app with one account of each kind on loopback
   servers, ``--settle`` seconds (60) after ``boundary away`` pushed to all of them; the
   app's tree RSS (with any child process alive then) over the floor's, read at the same
   moment: ``pushed_memory_ratio``.

Display: one Xvfb server with trayer on it (real tray, xcb) when both exist, else Qt's
offscreen platform (no tray: both apps show their fallback window). The last line is always
``startup_ratio=R memory_ratio=R pushed_memory_ratio=R``. The exit status is 0 even over
target; non-zero only when an app failed to start or a set-up step failed.
"""

from __future__ import annotations

import argparse
import contextlib
import math
import os
import re
import select
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType

# Run as a script, only this folder is on sys.path; the helpers are ``benchmarks.*``.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.homes import SetUpFailed, set_up_home
from benchmarks.procs import read_memory, stop
from benchmarks.pushed import Pushed, PushedRun, PushFailed

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
FLOOR_SCRIPT = HERE / "floor_tray.py"

# Issue 15's targets.
STARTUP_TARGET = 1.2
MEMORY_TARGET = 1.15
PUSHED_TARGET = 1.2
SELF_TEST_TIMEOUT = 60.0

TRAY_PROBE = (
    "import sys\n"
    "from PySide6.QtWidgets import QApplication, QSystemTrayIcon\n"
    "app = QApplication(sys.argv[:1])\n"
    "print('yes' if QSystemTrayIcon.isSystemTrayAvailable() else 'no')\n"
)


class AppFailed(Exception):
    """An app did not start (or did not stay up); the message carries its stderr."""


@dataclass
class App:
    name: str
    argv: list[str]
    env: dict[str, str]
    startup_s: list[float] = field(default_factory=list)
    exit_s: list[float] = field(default_factory=list)
    rss_kib: list[int] = field(default_factory=list)
    pss_kib: list[int] = field(default_factory=list)


@dataclass
class Display:
    mode: str
    env: dict[str, str]
    processes: list[subprocess.Popen[bytes]] = field(default_factory=list)


# --- display ----------------------------------------------------------------------------------


def _start_xvfb(log_dir: Path) -> tuple[subprocess.Popen[bytes], str]:
    """Start Xvfb on a free display number it picks itself (``-displayfd``)."""
    read_fd, write_fd = os.pipe()
    with (log_dir / "xvfb.log").open("wb") as log:
        xvfb = subprocess.Popen(
            [
                "Xvfb",
                "-displayfd",
                str(write_fd),
                "-screen",
                "0",
                "1280x800x24",
                "-nolisten",
                "tcp",
            ],
            pass_fds=(write_fd,),
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=log,
            start_new_session=True,
        )
    os.close(write_fd)
    number = b""
    deadline = time.monotonic() + 15
    try:  # Xvfb writes "N\n" to the pipe once it accepts connections
        while not number.endswith(b"\n"):
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([read_fd], [], [], left)[0]:
                break
            chunk = os.read(read_fd, 16)
            if not chunk:
                break
            number += chunk
    finally:
        os.close(read_fd)
    if not number.strip().isdigit():
        stop(xvfb)
        raise RuntimeError(f"Xvfb did not start; see {log_dir / 'xvfb.log'}")
    return xvfb, f":{number.strip().decode()}"


def _tray_available(env: dict[str, str]) -> bool:
    result = subprocess.run(
        [sys.executable, "-c", TRAY_PROBE],
        env=env,
        capture_output=True,
        timeout=30,
        check=False,
    )
    return result.stdout.strip() == b"yes"


def child_env(base: dict[str, str], tmp: Path) -> dict[str, str]:
    env = dict(base)
    env["TMPDIR"] = str(tmp)  # Qt's local-socket files land here and go with the temp dir
    env.pop("PYTHONSTARTUP", None)
    # Installed apps run from cached bytecode. With PYTHONDONTWRITEBYTECODE (often set in
    # dev shells) every run would compile changed sources again, so let the warm-up run
    # write bytecode, into the temp dir rather than the work tree.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(tmp / "pycache")
    return env


@contextlib.contextmanager
def display(offscreen: bool, work: Path) -> Iterator[Display]:
    env = child_env(dict(os.environ), work)
    have_x = all(shutil.which(tool) for tool in ("xvfb-run", "Xvfb", "trayer"))
    if offscreen or not have_x or sys.platform != "linux":
        for key in ("DISPLAY", "WAYLAND_DISPLAY"):
            env.pop(key, None)
        env["QT_QPA_PLATFORM"] = "offscreen"
        why = "asked for" if offscreen else "Xvfb/trayer not found"
        yield Display(f"offscreen ({why}; no tray: both apps show their fallback window)", env)
        return

    try:
        xvfb, number = _start_xvfb(work)
    except (OSError, RuntimeError) as error:
        print(f"warning: {error}; falling back to offscreen", file=sys.stderr)
        with display(True, work) as fallback:
            yield fallback
        return
    shown = Display("", env, [xvfb])
    try:
        env.pop("WAYLAND_DISPLAY", None)
        env["DISPLAY"] = number
        env["QT_QPA_PLATFORM"] = "xcb"
        with (work / "trayer.log").open("wb") as log:
            trayer = subprocess.Popen(
                ["trayer", "--edge", "top", "--align", "right", "--widthtype", "request"],
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=log,
                start_new_session=True,
            )
        shown.processes.append(trayer)
        tray = False
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline and trayer.poll() is None:
            if _tray_available(env):
                tray = True
                break
            time.sleep(0.2)
        if tray:
            shown.mode = f"xvfb {number} + trayer (real system tray, QT_QPA_PLATFORM=xcb)"
        else:
            shown.mode = (
                f"xvfb {number}, but trayer gave no system tray "
                "(both apps show their fallback window, QT_QPA_PLATFORM=xcb)"
            )
        yield shown
    finally:
        for process in reversed(shown.processes):
            stop(process)


# --- measuring --------------------------------------------------------------------------------


def _describe_failure(app: App, code: int | None, stdout: bytes, stderr: bytes) -> str:
    text = stderr.decode(errors="replace").strip() or "(no stderr)"
    out = stdout.decode(errors="replace").strip()
    lines = [f"{app.name} failed to start (exit code {code}).", f"--- {app.name} stderr ---"]
    lines.append(text)
    if out:
        lines += [f"--- {app.name} stdout ---", out]
    return "\n".join(lines)


SHOWN_RE = re.compile(rb"self-test: shown at monotonic ([0-9.]+)")


def time_self_test(app: App) -> tuple[float, float]:
    """Seconds from spawning ``--self-test`` to the tray shown, and to the process's exit."""
    start = time.monotonic()
    process = subprocess.Popen(
        [*app.argv, "--self-test"],
        env=app.env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        stdout, stderr = process.communicate(timeout=SELF_TEST_TIMEOUT)
    except subprocess.TimeoutExpired:
        process.kill()
        stdout, stderr = process.communicate()
        raise AppFailed(
            _describe_failure(app, None, stdout, stderr + b"\n(--self-test timed out)")
        ) from None
    except BaseException:  # Ctrl-C or SIGTERM: leave no child behind
        process.kill()
        process.wait()
        raise
    elapsed = time.monotonic() - start
    if process.returncode != 0:
        raise AppFailed(_describe_failure(app, process.returncode, stdout, stderr))
    shown = SHOWN_RE.search(stdout)
    if shown is None:
        raise AppFailed(_describe_failure(app, 0, stdout, stderr + b"\n(no 'shown at' line)"))
    return float(shown.group(1)) - start, elapsed


def measure_idle(app: App, idle_s: float, logs: Path) -> tuple[int | None, int | None]:
    err_path = logs / f"{app.name}-idle.err"
    out_path = logs / f"{app.name}-idle.out"
    with err_path.open("wb") as err, out_path.open("wb") as out:
        process = subprocess.Popen(
            app.argv, env=app.env, stdin=subprocess.DEVNULL, stdout=out, stderr=err
        )
    try:
        time.sleep(idle_s)
        if process.poll() is not None:
            raise AppFailed(
                _describe_failure(
                    app, process.returncode, out_path.read_bytes(), err_path.read_bytes()
                )
                + f"\n(it exited within {idle_s:g} s instead of running until killed)"
            )
        return read_memory(process.pid)
    finally:
        stop(process)


# --- report -----------------------------------------------------------------------------------


def _median(values: Sequence[float]) -> float:
    return statistics.median(values) if values else math.nan


def _ratio(a: float, b: float) -> float:
    return a / b if b and not math.isnan(a) and not math.isnan(b) else math.nan


def _verdict(ratio: float, target: float) -> str:
    if math.isnan(ratio):
        return "n/a"
    return "PASS" if round(ratio, 2) <= target else "OVER"  # judged as printed


def _mib(kib: float) -> str:
    return "n/a" if math.isnan(kib) else f"{kib / 1024:.1f}"


def _spread(values: Sequence[float], scale: float = 1.0, digits: int = 0) -> str:
    if not values:
        return "n/a"
    return f"{min(values) * scale:.{digits}f}-{max(values) * scale:.{digits}f}"


def _table(floor: App, boundary: App) -> list[str]:
    rows = []
    for app in (floor, boundary):
        rows.append(
            (
                app.name,
                f"{_median(app.startup_s) * 1000:.0f}",
                _spread(app.startup_s, 1000),
                f"{_median(app.exit_s) * 1000:.0f}",
                _mib(_median(app.rss_kib)),
                _spread(app.rss_kib, 1 / 1024, 1),
                _mib(_median(app.pss_kib)),
            )
        )
    header = ("app", "start-up ms", "min-max ms", "to exit ms", "idle RSS MiB", "min-max", "PSS")
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    lines = ["  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += [
        "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in rows
    ]
    return lines


def _pushed_lines(runs: Sequence[PushedRun], notes: Sequence[str], settle: float) -> list[str]:
    if not runs:
        return ["after a push  boundary/floor = n/a  (not measured: --pushed-runs 0)"]
    ratio = _median([r.ratio for r in runs])
    kinds = "exchange, m365, gmail" + ("" if notes else ", imap")
    lines = [
        f"after a push  boundary/floor = {ratio:.2f}  (target <= {PUSHED_TARGET}x, tree RSS "
        f"{settle:g} s after a push to {kinds}; runs {_spread([r.ratio for r in runs], 1, 2)}; "
        f"boundary {_mib(_median([r.boundary_kib for r in runs]))} MiB)  "
        f"{_verdict(ratio, PUSHED_TARGET)}"
    ]
    lines += [f"  note: {note}" for note in notes]
    if any(r.not_pushed for r in runs):
        lines.append("  note: not every account took every push (see the runs above)")
    return lines


def report(
    mode: str, floor: App, boundary: App, args: argparse.Namespace, pushed: Pushed | None
) -> str:
    lines = [
        f"mode: {mode}",
        f"medians of {args.runs} start-up runs and {args.memory_runs} idle runs "
        f"({args.idle:g} s idle) each",
        *_table(floor, boundary),
    ]
    startup = _ratio(_median(boundary.startup_s), _median(floor.startup_s))
    memory = _ratio(_median(boundary.rss_kib), _median(floor.rss_kib))
    pss = _ratio(_median(boundary.pss_kib), _median(floor.pss_kib))
    exit_ratio = _ratio(_median(boundary.exit_s), _median(floor.exit_s))
    runs = pushed.runs if pushed is not None else []
    pushed_ratio = _median([r.ratio for r in runs])
    lines += [
        "",
        f"start-up      boundary/floor = {startup:.2f}  (target <= {STARTUP_TARGET}x)  "
        f"{_verdict(startup, STARTUP_TARGET)}",
        f"idle memory   boundary/floor = {memory:.2f}  (target <= {MEMORY_TARGET}x, RSS, "
        f"first-run questions answered)  {_verdict(memory, MEMORY_TARGET)}",
        *_pushed_lines(runs, pushed.notes if pushed else [], args.settle),
        f"idle PSS      boundary/floor = {pss:.2f}  (extra: shared libraries counted by share)",
        f"to exit       boundary/floor = {exit_ratio:.2f}  (extra: spawn to exit, with the "
        "self-test's plugin check and the interpreter's shutdown)",
    ]
    if math.isnan(memory):
        lines.append("idle memory: cannot measure on this platform (no /proc, no psutil)")
    lines.append(
        f"startup_ratio={startup:.2f} memory_ratio={memory:.2f} "
        f"pushed_memory_ratio={pushed_ratio:.2f}"
    )
    return "\n".join(lines)


# --- main -------------------------------------------------------------------------------------


def _raise_on_sigterm(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt(f"signal {signum}")


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def _not_negative(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError("must be 0 or more")
    return value


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--runs", type=_positive, default=9, help="start-up runs per app (9)")
    parser.add_argument(
        "--offscreen", action="store_true", help="use QT_QPA_PLATFORM=offscreen, not Xvfb"
    )
    parser.add_argument(
        "--memory-runs", type=_positive, default=3, help="idle-memory runs per app (3)"
    )
    parser.add_argument(
        "--idle", type=float, default=5.0, help="seconds to leave each app idle (5)"
    )
    parser.add_argument(
        "--pushed-runs",
        type=_not_negative,
        default=3,
        help="memory-after-a-push runs (3; 0 leaves that figure out)",
    )
    parser.add_argument(
        "--settle", type=float, default=60.0, help="seconds after the push to read memory (60)"
    )
    return parser.parse_args(argv)


def _time_startups(apps: tuple[App, App], runs: int) -> None:
    print(f"start-up: {runs} runs each, interleaved ...", flush=True)
    for i in range(runs):
        for app in apps if i % 2 == 0 else reversed(apps):
            to_shown, to_exit = time_self_test(app)
            app.startup_s.append(to_shown)
            app.exit_s.append(to_exit)
        floor, boundary = apps
        print(
            f"  run {i + 1}: floor {floor.startup_s[-1] * 1000:.0f} ms, boundary "
            f"{boundary.startup_s[-1] * 1000:.0f} ms (ratio "
            f"{boundary.startup_s[-1] / floor.startup_s[-1]:.2f})",
            flush=True,
        )


def _measure_memory(apps: tuple[App, App], runs: int, idle: float, work: Path) -> None:
    print(f"idle memory: {runs} runs each, {idle:g} s idle ...", flush=True)
    for i in range(runs):
        for app in apps if i % 2 == 0 else reversed(apps):
            rss, pss = measure_idle(app, idle, work)
            if rss is not None:
                app.rss_kib.append(rss)
            if pss is not None:
                app.pss_kib.append(pss)
        floor, boundary = apps
        if floor.rss_kib and boundary.rss_kib:
            print(
                f"  run {i + 1}: floor {floor.rss_kib[-1] / 1024:.1f} MiB, boundary "
                f"{boundary.rss_kib[-1] / 1024:.1f} MiB (ratio "
                f"{boundary.rss_kib[-1] / floor.rss_kib[-1]:.2f})",
                flush=True,
            )


def run(args: argparse.Namespace, work: Path) -> int:
    with display(args.offscreen, work) as shown:
        print(f"mode: {shown.mode}", flush=True)
        home = work / "boundary-home"  # one fresh BOUNDARY_HOME for this benchmark run
        set_up_home(home, shown.env)
        floor = App("floor", [sys.executable, str(FLOOR_SCRIPT)], dict(shown.env))
        boundary = App(
            "boundary",
            [sys.executable, "-m", "boundary_app"],
            {**shown.env, "BOUNDARY_HOME": str(home)},
        )
        apps = (floor, boundary)

        for app in apps:  # untimed: warms the caches (and the bytecode)
            time_self_test(app)
        print(
            f"python: {sys.executable}; BOUNDARY_HOME: {home}; "
            f"bytecode cache: {shown.env['PYTHONPYCACHEPREFIX']}",
            flush=True,
        )
        _time_startups(apps, args.runs)
        _measure_memory(apps, args.memory_runs, args.idle, work)
        pushed = None
        if args.pushed_runs:
            print(
                f"memory after a push: {args.pushed_runs} runs, {args.settle:g} s after "
                "`boundary away` (setting up the loopback accounts) ...",
                flush=True,
            )
            pushed = Pushed(boundary.argv, boundary.env, floor.argv, floor.env, work)
            pushed.measure(args.pushed_runs, args.settle)

    print()
    print(report(shown.mode, floor, boundary, args, pushed))
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    signal.signal(signal.SIGTERM, _raise_on_sigterm)
    work = Path(tempfile.mkdtemp(prefix="boundary-bench-"))
    try:
        return run(args, work)
    except (AppFailed, PushFailed, SetUpFailed) as failure:
        print(failure, file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
