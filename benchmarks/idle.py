"""Boundary's idle cost against a floor measured in the same run.

Both apps (Boundary and ``benchmarks/floor_tray.py``, the least a PySide6 tray app can be)
are started together on the same display, left to settle, and then watched for the same
interval (60 s by default) with no window open:

- CPU time: user + system time from ``/proc/<pid>/stat`` over the interval;
  ``cpu_ratio = boundary / floor`` (the floor's time is floored at one clock tick, so an
  app that used none does not divide by zero).
- Timer wake-ups: how often Boundary's own timer fired in the interval, counted from the
  ``timer fired`` lines its controller writes with ``BOUNDARY_DEBUG=1``; reported per
  minute. Qt's and the platform's own wake-ups are in the CPU figure, not in this count.

Display as in ``startup.py``: Xvfb with trayer when both exist, else offscreen. Linux only
(``/proc``). The last line is always ``cpu_ratio=R wakeups_per_min=N``. Targets: cpu_ratio at
most 1.2, at most one wake-up a minute. Standard library only.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# Run as a script, this folder is on sys.path: the display helpers are startup.py's.
from startup import FLOOR_SCRIPT, _stop, display  # type: ignore[import-not-found]

CPU_TARGET = 1.2
WAKEUP_TARGET = 1.0
TICK_S = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a running process, from /proc."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICK_S


def timer_fires(log: Path) -> int:
    if not log.exists():
        return 0
    return sum("timer fired" in line for line in log.read_text(encoding="utf-8").splitlines())


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60.0, help="interval watched")
    parser.add_argument("--settle", type=float, default=8.0, help="seconds before watching")
    parser.add_argument("--offscreen", action="store_true", help="no Xvfb, Qt offscreen")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    if not Path("/proc/self/stat").exists():
        print("idle.py reads /proc: Linux only", file=sys.stderr)
        return 2
    args = parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="boundary-idle-") as tmp:
        work = Path(tmp)
        home = work / "boundary-home"
        with display(args.offscreen, work) as shown:
            print(f"mode: {shown.mode}", flush=True)
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
                        print(f"{name} exited early ({process.returncode})", file=sys.stderr)
                        return 1
                log = home / "logs" / "app.log"
                before = {name: cpu_seconds(p.pid) for name, p in apps.items()}
                fired_before = timer_fires(log)
                print(f"watching both apps for {args.seconds:g} s ...", flush=True)
                time.sleep(args.seconds)
                used = {name: cpu_seconds(p.pid) - before[name] for name, p in apps.items()}
                fired = timer_fires(log) - fired_before
            finally:
                for process in apps.values():
                    _stop(process)
    floor = max(used["floor"], 1 / TICK_S)
    cpu_ratio = used["boundary"] / floor
    per_minute = fired / (args.seconds / 60)
    print(f"CPU over {args.seconds:g} s: boundary {used['boundary']:.2f} s, ", end="")
    print(f"floor {used['floor']:.2f} s")
    print(f"Boundary's timer fired {fired} times ({per_minute:.1f} a minute)")
    verdict_cpu = "ok" if cpu_ratio <= CPU_TARGET else "OVER TARGET"
    verdict_wake = "ok" if per_minute <= WAKEUP_TARGET else "OVER TARGET"
    print(f"cpu: {verdict_cpu} (target {CPU_TARGET}); ", end="")
    print(f"wake-ups: {verdict_wake} (target {WAKEUP_TARGET:g})")
    print(f"cpu_ratio={cpu_ratio:.2f} wakeups_per_min={per_minute:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
