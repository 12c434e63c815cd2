"""Ask several accounts at once and wait for them no longer than a deadline."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Mapping
from typing import TypeVar

T = TypeVar("T")


def run_parallel(
    jobs: Mapping[str, Callable[[], T]], timeout: float, *, label: str = "job"
) -> dict[str, T | BaseException | None]:
    """Run each job in a daemon thread of its own; wait up to ``timeout`` seconds in all.

    Per name: the job's value, the exception it raised, or None when it had not finished
    in time. A job that does not finish is abandoned (a provider stuck on the network must
    not hold the others up); what it returns later is ignored.
    """
    import queue  # not at start-up: only a pass or a mail check needs it

    answers: queue.Queue[tuple[str, T | BaseException]] = queue.Queue()

    def runner(name: str, job: Callable[[], T]) -> None:
        try:
            answers.put((name, job()))
        except BaseException as error:  # reported to the caller, never raised in the thread
            answers.put((name, error))

    for name, job in jobs.items():
        threading.Thread(
            target=runner, args=(name, job), name=f"{label}-{name}", daemon=True
        ).start()
    results: dict[str, T | BaseException | None] = dict.fromkeys(jobs)
    deadline = time.monotonic() + timeout
    for _ in range(len(jobs)):
        left = deadline - time.monotonic()
        if left <= 0:
            break
        try:
            name, answer = answers.get(timeout=left)
        except queue.Empty:
            break
        results[name] = answer
    return results
