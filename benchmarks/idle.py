"""Boundary's idle cost against a floor measured in the same run.

Both apps (Boundary, on a profile whose first-run questions are answered, and
``benchmarks/floor_tray.py``, the least a PySide6 tray app can be) are started together on
the same display, left to settle, and then watched for the same interval (10 minutes by
default, ``--seconds``) with no window open:

- CPU time, in microseconds: the kernel's scheduler runtime of the whole process (every
  thread, also threads that ended in the interval) through its CPU-time clock
  (``clock_getcpuclockid``: what ``/proc/PID/schedstat`` shows per thread, summed by the
  kernel, in nanoseconds), plus the CPU time of child processes the app waited for in the
  interval (``cutime + cstime``, exact to one clock tick). ``cpu_ratio = boundary / floor``.
  Both are measured to the nanosecond, so a quiet floor reads a small number, not zero; if
  the floor truly used none, the ratio is 1.00 when Boundary used none either, else inf.
- Timer wake-ups: how often Boundary's own timer fired in the interval, counted from the
  ``timer fired`` lines its controller writes with ``BOUNDARY_DEBUG=1``; reported per
  minute. Qt's and the platform's own wake-ups are in the CPU figure, not in this count;
  the kernel's context switches of each app's threads are printed as an extra (a thread
  that ends in the interval, such as an idle pool thread, takes its count with it).

Display as in ``startup.py``: Xvfb with trayer when both exist, else offscreen. Linux only
(``/proc``, the process CPU clock). The last line is always ``cpu_ratio=R
wakeups_per_min=N``. Targets: cpu_ratio at most 1.2, at most one wake-up a minute.
"""

from __future__ import annotations

import argparse
import math
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# Run as a script, only this folder is on sys.path; the helpers are ``benchmarks.*``.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.homes import SetUpFailed, set_up_home
from benchmarks.procs import (
    context_switches,
    cpu_ns,
    reaped_children_cpu_ns,
    stop,
    switches_between,
)
from benchmarks.startup import FLOOR_SCRIPT, display

CPU_TARGET = 1.2
WAKEUP_TARGET = 1.0


def cpu_used_ns(pid: int) -> int:
    """The process's CPU time so far plus that of the children it has waited for."""
    return cpu_ns(pid) + reaped_children_cpu_ns(pid)


def timer_fires(log: Path) -> int:
    if not log.exists():
        return 0
    return sum("timer fired" in line for line in log.read_text(encoding="utf-8").splitlines())


def cpu_ratio(boundary_ns: int, floor_ns: int) -> float:
    if floor_ns > 0:
        return boundary_ns / floor_ns
    return 1.0 if boundary_ns == 0 else math.inf


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--seconds", type=float, default=600.0, help="interval watched (600)")
    parser.add_argument("--settle", type=float, default=8.0, help="seconds before watching (8)")
    parser.add_argument("--offscreen", action="store_true", help="no Xvfb, Qt offscreen")
    return parser.parse_args(argv)


def watch(apps: dict[str, subprocess.Popen[bytes]], log: Path, seconds: float) -> dict[str, int]:
    """What each app used over ``seconds``: CPU ns, context switches, and Boundary's timer
    fires (under the key ``fired``)."""
    cpu = {name: cpu_used_ns(p.pid) for name, p in apps.items()}
    switches = {name: context_switches(p.pid) for name, p in apps.items()}
    fired = timer_fires(log)
    print(f"watching both apps for {seconds:g} s ...", flush=True)
    time.sleep(seconds)
    for name, process in apps.items():
        if process.poll() is not None:
            raise RuntimeError(f"{name} exited while watched ({process.returncode})")
    used = {f"{name} cpu": cpu_used_ns(p.pid) - cpu[name] for name, p in apps.items()}
    used |= {
        f"{name} cs": switches_between(switches[name], context_switches(p.pid))
        for name, p in apps.items()
    }
    used["fired"] = timer_fires(log) - fired
    return used


def run(args: argparse.Namespace, work: Path) -> dict[str, int]:
    home = work / "boundary-home"
    with display(args.offscreen, work) as shown:
        print(f"mode: {shown.mode}", flush=True)
        set_up_home(home, shown.env)
        apps = {
            "floor": subprocess.Popen(
                [sys.executable, str(FLOOR_SCRIPT)], env=shown.env, stdin=subprocess.DEVNULL
            ),
            "boundary": subprocess.Popen(
                [sys.executable, "-m", "boundary_app"],
                env={**shown.env, "BOUNDARY_HOME": str(home), "BOUNDARY_DEBUG": "1"},
                stdin=subprocess.DEVNULL,
            ),
        }
        try:
            time.sleep(args.settle)
            for name, process in apps.items():
                if process.poll() is not None:
                    raise RuntimeError(f"{name} exited early ({process.returncode})")
            return watch(apps, home / "logs" / "app.log", args.seconds)
        finally:
            for process in apps.values():
                stop(process)


def main(argv: list[str] | None = None) -> int:
    if not Path("/proc/self/stat").exists():
        print("idle.py reads /proc: Linux only", file=sys.stderr)
        return 2
    args = parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="boundary-idle-") as tmp:
        try:
            used = run(args, Path(tmp))
        except (RuntimeError, SetUpFailed) as error:
            print(error, file=sys.stderr)
            return 1
    minutes = args.seconds / 60
    ratio = cpu_ratio(used["boundary cpu"], used["floor cpu"])
    per_minute = used["fired"] / minutes
    for name in ("floor", "boundary"):
        micro = used[f"{name} cpu"] / 1000
        print(
            f"{name}: CPU {micro:.0f} µs over {args.seconds:g} s ({micro / minutes:.0f} µs a "
            f"minute); {used[f'{name} cs'] / minutes:.1f} context switches a minute"
        )
    print(f"Boundary's timer fired {used['fired']} times ({per_minute:.1f} a minute)")
    if used["fired"]:
        extra = (used["boundary cpu"] - used["floor cpu"]) / used["fired"] / 1000
        print(f"Boundary's CPU over the floor's, per timer fire: {extra:.0f} µs")
    verdict_cpu = "ok" if round(ratio, 2) <= CPU_TARGET else "OVER TARGET"
    verdict_wake = "ok" if round(per_minute, 1) <= WAKEUP_TARGET else "OVER TARGET"
    print(f"cpu: {verdict_cpu} (target {CPU_TARGET}); ", end="")
    print(f"wake-ups: {verdict_wake} (target {WAKEUP_TARGET:g})")
    print(f"cpu_ratio={ratio:.2f} wakeups_per_min={per_minute:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
