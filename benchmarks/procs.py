"""What the benchmarks read about a running process: memory, CPU time, its children.

Linux reads ``/proc`` and the kernel's per-process CPU clock; elsewhere memory comes from
``psutil`` when it is installed, and the rest is Linux only.
"""

from __future__ import annotations

import importlib
import os
import subprocess
import time
from pathlib import Path

TERMINATE_GRACE = 5.0
PROC = Path("/proc")
TICKS_PER_S = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def stop(process: subprocess.Popen[bytes], grace: float = TERMINATE_GRACE) -> None:
    """SIGTERM, then SIGKILL after ``grace`` seconds; waits for the process either way."""
    if process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(grace)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def _proc_kib(path: Path, key: str) -> int | None:
    try:
        text = path.read_text()
    except OSError:
        return None
    for line in text.splitlines():
        if line.startswith(key + ":"):
            return int(line.split()[1])  # "VmRSS:    123456 kB"
    return None


def read_memory(pid: int) -> tuple[int | None, int | None]:
    """(RSS, PSS) in KiB; None where this platform cannot tell."""
    proc = PROC / str(pid)
    if (proc / "status").exists():
        return _proc_kib(proc / "status", "VmRSS"), _proc_kib(proc / "smaps_rollup", "Pss")
    try:
        psutil = importlib.import_module("psutil")
    except ImportError:
        return None, None
    info = psutil.Process(pid).memory_full_info()
    rss = int(info.rss) // 1024
    pss = getattr(info, "pss", None)
    return rss, None if pss is None else int(pss) // 1024


def _stat_fields(pid: int) -> list[str]:
    """``/proc/PID/stat`` after the command name (which may hold spaces): state is [0]."""
    return (PROC / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()


def descendants(pid: int) -> list[int]:
    """The processes started by ``pid`` (and by them, …) that are alive now; Linux only."""
    children: dict[int, list[int]] = {}
    for entry in PROC.iterdir():
        if not entry.name.isdigit():
            continue
        try:
            parent = int(_stat_fields(int(entry.name))[1])
        except (OSError, IndexError, ValueError):
            continue  # gone meanwhile
        children.setdefault(parent, []).append(int(entry.name))
    found: list[int] = []
    todo = [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


def command_name(pid: int) -> str:
    try:
        return (PROC / str(pid) / "comm").read_text().strip()
    except OSError:
        return "?"


def tree_rss(pid: int) -> tuple[int | None, list[tuple[int, str, int]]]:
    """The RSS (KiB) of ``pid`` plus every descendant alive now, and each of them
    (pid, name, RSS KiB). Shared pages count in each process that maps them, as RSS does."""
    rss, _ = read_memory(pid)
    if rss is None:
        return None, []
    each = [(pid, command_name(pid), rss)]
    for child in descendants(pid) if PROC.exists() else []:
        child_rss, _ = read_memory(child)
        if child_rss is not None:
            each.append((child, command_name(child), child_rss))
    return sum(r for _, _, r in each), each


def cpu_ns(pid: int) -> int:
    """CPU time of the whole process (every thread, including threads that have ended) in
    nanoseconds: the kernel's scheduler runtime through the process's CPU-time clock
    (``clock_getcpuclockid``), which the kernel lets any process read. Linux."""
    clock = ((~pid) << 3) | 2  # MAKE_PROCESS_CPUCLOCK(pid, CPUCLOCK_SCHED)
    return time.clock_gettime_ns(clock)


def reaped_children_cpu_ns(pid: int) -> int:
    """CPU time of the children ``pid`` has waited for (cutime + cstime), in nanoseconds.

    The kernel keeps it exactly but shows it in clock ticks, so a difference of two readings
    is exact to one tick (10 ms at 100 Hz)."""
    fields = _stat_fields(pid)
    return (int(fields[13]) + int(fields[14])) * 1_000_000_000 // TICKS_PER_S


def context_switches(pid: int) -> dict[int, int]:
    """Voluntary + involuntary context switches of each live thread of ``pid`` (thread id to
    count): about how often the kernel woke each thread up."""
    counts = {}
    for task in (PROC / str(pid) / "task").iterdir():
        status = task / "status"
        counts[int(task.name)] = sum(
            _proc_kib(status, key) or 0
            for key in ("voluntary_ctxt_switches", "nonvoluntary_ctxt_switches")
        )
    return counts


def switches_between(before: dict[int, int], after: dict[int, int]) -> int:
    """Context switches between two ``context_switches`` readings: threads alive at both
    count their difference, threads started in between all of theirs; a thread that ended in
    between takes its count with it (the kernel keeps no per-process total to read)."""
    return sum(count - before.get(tid, 0) for tid, count in after.items())
