"""The tray's side of the worker process (``boundary_app/worker.py``): start, listen, deadline.

``WorkerBridge.start(request)`` returns a ``WorkerJob`` at once; its signals report what the
worker says (``progress``, ``open_url``, ``show_code``) and then, once, ``finished`` with the
result's value or an exception: the provider's error as the worker sent it
(``core/jobs.error_from_json``), or ``WorkerStopped`` when the worker crashed, was killed at
its deadline or wrote something that is not a JSON line. Nothing here waits: a ``QProcess``
reports through the event loop.

One worker at a time per profile: requests wait in a queue, and a reconcile pass asked for
while another waits is merged into it (the union of the accounts, forced if either is). An
interactive sign-in, which waits on the person for minutes and writes nothing but that
account's token, has a lane of its own beside the queue, so a pass is not held up by it; so
has the add-account form's look-up of settings (``Job.DISCOVER``), which reads and writes
nothing of the profile's, so the form does not wait behind a pass.
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QProcess, QTimer, Signal
from shiboken6 import isValid

from boundary_app.core.jobs import CANCEL, Event, Job, error_from_json

log = logging.getLogger(__name__)

MARGIN = 30.0
"""Seconds a worker gets beyond the providers' timeout: its start and its imports."""
SIGN_IN_DEADLINE = 15 * 60.0
"""An interactive sign-in waits on the person (Gmail gives them 10 minutes, m365 5)."""
KILL_GRACE = 5.0
"""Seconds a killed worker gets to be gone before the next job starts anyway."""
STDERR_KEPT = 4000
"""Characters of a worker's standard error kept for the log when it fails."""


def worker_command() -> list[str]:
    """How this installation starts its worker: the frozen executable itself, else Python."""
    if getattr(sys, "frozen", False):
        return [sys.executable, "--worker"]
    return [sys.executable, "-m", "boundary_app", "--worker"]


LANES = {Job.SIGN_IN.value: "sign-in", Job.DISCOVER.value: "lookup"}
"""The jobs that run beside the main queue, in a lane of their own; the rest queue."""


def lane_of(request: dict[str, Any]) -> str:
    return LANES.get(request["job"], "main")


def deadline(request: dict[str, Any], timeout: float) -> float:
    """Seconds the worker may take for ``request``, given the providers' ``timeout``."""
    job = Job(request["job"])
    if job is Job.SIGN_IN:
        return SIGN_IN_DEADLINE + 3 * timeout + MARGIN
    if job in (Job.TEST, Job.FORWARD, Job.SELF_TEST, Job.SEND, Job.DISCOVER):
        return 3 * timeout + MARGIN  # a few connections one after the other
    if job is Job.BACKUPS:
        return 3 * timeout + MARGIN  # the accounts that can tell, one after the other
    return timeout + MARGIN  # a pass and a mail listing ask every account at once


class WorkerStopped(Exception):
    """The worker ended without an answer; ``code`` is crashed, deadline, bad-output or
    failed-to-start, and ``str()`` says it in the person's language."""

    def __init__(self, code: str, words: str) -> None:
        super().__init__(words)
        self.code = code


class Runner(QObject):
    """One run of a worker: ``start`` it with the request line, ``send`` it a line, ``kill``
    it. ``line`` carries each line it writes; ``ended`` (exit code, "" or "crashed" /
    "failed-to-start") comes once, after the last line."""

    line = Signal(bytes)
    ended = Signal(int, str)

    def start(self, request: bytes) -> None:
        raise NotImplementedError

    def send(self, line: bytes) -> None:
        raise NotImplementedError

    def kill(self) -> None:
        raise NotImplementedError

    def wait(self, msecs: int) -> None:
        """Let it finish for up to ``msecs`` (only when the app quits)."""


class ProcessRunner(Runner):
    """The worker as a child process (``worker_command``), through a ``QProcess``."""

    def __init__(self, command: list[str] | None = None) -> None:
        super().__init__()
        self.command = command or worker_command()
        self.process = QProcess(self)
        self.process.setProcessChannelMode(QProcess.ProcessChannelMode.SeparateChannels)
        self.process.readyReadStandardOutput.connect(self._read)
        self.process.readyReadStandardError.connect(self._read_errors)
        self.process.finished.connect(self._on_finished)
        self.process.errorOccurred.connect(self._on_error)
        self.errors = ""
        self._ended = False

    def start(self, request: bytes) -> None:
        self.process.start(self.command[0], self.command[1:])
        self.process.write(request)

    def send(self, line: bytes) -> None:
        if self.process.state() is not QProcess.ProcessState.NotRunning:
            self.process.write(line)

    def kill(self) -> None:
        if self.process.state() is not QProcess.ProcessState.NotRunning:
            self.process.kill()

    def wait(self, msecs: int) -> None:
        self.process.closeWriteChannel()  # a sign-in cancels; a pass finishes
        if not self.process.waitForFinished(msecs):
            self.process.kill()
            self.process.waitForFinished(1000)

    def _read(self) -> None:
        while self.process.canReadLine():
            self.line.emit(bytes(self.process.readLine().data()))

    def _read_errors(self) -> None:
        text = bytes(self.process.readAllStandardError().data()).decode("utf-8", "replace")
        self.errors = (self.errors + text)[-STDERR_KEPT:]

    def _on_finished(self, code: int, status: QProcess.ExitStatus) -> None:
        self._read()
        rest = bytes(self.process.readAllStandardOutput().data())
        if rest.strip():
            self.line.emit(rest)  # a last line without its newline
        self._read_errors()
        crashed = status is QProcess.ExitStatus.CrashExit
        self._end(code, "crashed" if crashed else "")

    def _on_error(self, error: QProcess.ProcessError) -> None:
        if error is QProcess.ProcessError.FailedToStart:
            self._end(-1, "failed-to-start")

    def _end(self, code: int, how: str) -> None:
        if not self._ended:
            self._ended = True
            if code or how:
                log.warning("The worker ended (%s %s): %s", code, how, self.errors.strip())
            self.ended.emit(code, how)


class WorkerJob(QObject):
    """One request handed to a worker, and what the worker says about it."""

    progress = Signal(object)
    """A progress line: a ``Said`` when the worker sent its codes, else plain text."""
    open_url = Signal(str)
    show_code = Signal(str, str)
    finished = Signal(object)
    """The result's value (JSON data), or an exception."""

    def __init__(self, request: dict[str, Any], bridge: WorkerBridge) -> None:
        super().__init__()  # no parent: it goes when neither the bridge nor its caller holds it
        self.request = request
        self.bridge = bridge
        self.done = False
        self.cancelled = False

    @property
    def lane(self) -> str:
        return lane_of(self.request)

    def cancel(self) -> None:
        """Ask the worker to stop waiting (an interactive sign-in polls for this)."""
        self.bridge.cancel(self)

    def finish(self, answer: object) -> None:
        if not self.done:
            self.done = True
            self.finished.emit(answer)


class _Run(QObject):
    """One job in one worker: the runner and the deadline's timer are its children, and go
    with it. Its slots are its own methods, so nothing outlives it holding on to them."""

    def __init__(self, bridge: WorkerBridge, lane: _Lane, job: WorkerJob, runner: Runner) -> None:
        super().__init__()  # not the bridge's child: see ``WorkerBridge.ended``
        self.bridge = bridge
        self.lane = lane
        self.job = job
        self.runner = runner
        runner.setParent(self)
        runner.line.connect(self._on_line)
        runner.ended.connect(self._on_ended)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._on_deadline)
        self.over = False
        """Whether the job has its answer or failure: nothing the worker says counts now."""
        self.released = False

    def start(self, request: dict[str, Any], seconds: float) -> None:
        self.timer.start(int(seconds * 1000))
        self.runner.start(json.dumps(request, ensure_ascii=False).encode("utf-8") + b"\n")
        if self.job.cancelled:
            self.cancel()

    def cancel(self) -> None:
        self.runner.send(json.dumps(CANCEL).encode() + b"\n")

    def _on_line(self, line: bytes) -> None:
        if self.over:
            return
        try:
            event = json.loads(line)
            kind = Event(event["event"])
        except (ValueError, KeyError, TypeError):
            log.warning("The worker wrote something that is not a JSON line: %r", line[:200])
            self._stop("bad-output")
            return
        job = self.job
        if kind is Event.RESULT:
            job.finish(event.get("value"))
        elif kind is Event.ERROR:
            job.finish(error_from_json(event.get("error") or {}))
        elif kind is Event.PROGRESS:
            job.progress.emit(progress_text(event))
        elif kind is Event.OPEN_URL:
            job.open_url.emit(str(event.get("url", "")))
        elif kind is Event.SHOW_CODE:
            job.show_code.emit(str(event.get("url", "")), str(event.get("code", "")))

    def _on_deadline(self) -> None:
        if not self.over:
            log.warning("The worker passed its deadline and is stopped")
            self._stop("deadline")
        else:  # killed, and still not gone: let the next job have its turn anyway
            self._release()

    def _stop(self, code: str) -> None:
        """Kill the worker: its job fails with ``code`` now; the next job starts once the
        process has ended (or ``KILL_GRACE`` later)."""
        self.over = True
        self.job.finish(self.bridge.stopped(code))
        self.timer.start(int(KILL_GRACE * 1000))
        self.runner.kill()

    def _on_ended(self, code: int, how: str) -> None:
        self.over = True
        self.job.finish(self.bridge.stopped(how or "crashed", code))  # unless it answered
        self._release()

    def _release(self) -> None:
        if not self.released:
            self.released = True
            self.timer.stop()
            self.bridge.ended(self)

    def wait(self, msecs: int) -> None:
        self.over = True
        self.timer.stop()
        self.runner.wait(msecs)


class _Lane:
    """A job running in a worker, and the jobs waiting for it to end."""

    def __init__(self) -> None:
        self.run: _Run | None = None
        self.next: WorkerJob | None = None
        """The job taken from ``waiting``, starting in the next turn of the event loop."""
        self.waiting: list[WorkerJob] = []

    @property
    def idle(self) -> bool:
        return self.run is None and self.next is None


def _merged(waiting: dict[str, Any], new: dict[str, Any]) -> None:
    """Fold the pass asked for in ``new`` into the waiting pass ``waiting``."""
    names = waiting.get("names")
    if names is None or new.get("names") is None:
        waiting["names"] = None
    else:
        waiting["names"] = sorted({*names, *new["names"]})
    for flag in ("force", "retry_now"):
        waiting[flag] = bool(waiting.get(flag) or new.get(flag))


class WorkerBridge(QObject):
    """Runs ``WorkerJob``s, one at a time (sign-ins beside them), each in a fresh worker.

    ``runner`` makes the worker for a job (a ``ProcessRunner`` in the app); ``prepare`` adds
    what every request carries when it is sent (the profile, the timeout); ``timeout`` is
    the providers' timeout, from which the deadlines are counted.
    """

    def __init__(
        self,
        runner: Callable[[], Runner],
        prepare: Callable[[dict[str, Any]], dict[str, Any]],
        timeout: float,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.make_runner = runner
        self.prepare = prepare
        self.timeout = timeout
        self.lanes = {"main": _Lane(), "sign-in": _Lane(), "lookup": _Lane()}
        self.closed = False
        self._ending: set[_Run] = set()

    def start(self, request: dict[str, Any]) -> WorkerJob:
        """The job for ``request``: started now, or queued (a pass merged into a waiting one)."""
        lane = self.lanes[lane_of(request)]
        if request["job"] == Job.PUSH.value:
            for job in lane.waiting:
                if job.request["job"] == Job.PUSH.value:
                    _merged(job.request, request)
                    return job
        job = WorkerJob(dict(request), self)
        lane.waiting.append(job)
        self._next(lane)
        return job

    @property
    def busy(self) -> bool:
        return any(not lane.idle or lane.waiting for lane in self.lanes.values())

    def cancel(self, job: WorkerJob) -> None:
        lane = self.lanes[job.lane]
        if job in lane.waiting:
            from boundary_app.providers.base import SignInCancelled

            lane.waiting.remove(job)
            job.finish(SignInCancelled(self.tr("Cancelled.")))
            return
        job.cancelled = True  # said as the worker starts, if it has not yet
        if lane.run is not None and lane.run.job is job:
            lane.run.cancel()

    def shutdown(self, msecs: int) -> None:
        """Drop what waits; give what runs up to ``msecs`` to finish, then stop it."""
        self.closed = True
        for lane in self.lanes.values():
            lane.waiting.clear()
            lane.next = None
            if lane.run is not None:
                lane.run.wait(msecs)

    # --- one run ------------------------------------------------------------------------------

    def _next(self, lane: _Lane) -> None:
        """Start the next job waiting, in the next turn of the event loop: whoever asked for
        it has connected to its signals by then."""
        if not lane.idle or not lane.waiting or self.closed:
            return
        lane.next = lane.waiting.pop(0)
        QTimer.singleShot(0, self, lambda: self._launch(lane))

    def _launch(self, lane: _Lane) -> None:
        job, lane.next = lane.next, None
        if self.closed or job is None:
            return
        try:
            request = self.prepare(dict(job.request))
            runner = self.make_runner()
        except Exception:  # a bug here must not leave the job (and every later one) waiting
            log.exception("The worker for %s could not be prepared", job.request["job"])
            job.finish(self.stopped("failed-to-start"))
            self._next(lane)
            return
        run = lane.run = _Run(self, lane, job, runner)
        run.start(request, deadline(job.request, self.timeout))

    def ended(self, run: _Run) -> None:
        """``run`` is over (answered, crashed or stopped): the next job may start."""
        if run.lane.run is run:
            run.lane.run = None
        # Deleted by the event loop once the signal that ended it is done; held until then.
        # Not a child of the bridge: a bridge destroyed with a run's deletion still posted
        # (tests make many) would leave Qt to delete that run twice. (Not pruned through
        # ``destroyed`` either: handing the dying object to Python builds the enums of every
        # QtWidgets class, 2 MiB for good.)
        self._ending = {gone for gone in self._ending if isValid(gone)}
        self._ending.add(run)
        run.deleteLater()
        self._next(run.lane)

    def not_understood(self) -> WorkerStopped:
        """The failure of an answer that parsed but does not have the shape asked for."""
        return self.stopped("bad-output")

    def stopped(self, code: str, exit_code: int = 0) -> WorkerStopped:
        """The failure of a worker that ended without an answer, in words."""
        if code == "deadline":
            words = self.tr("The background task took too long and was stopped.")
        elif code == "bad-output":
            words = self.tr("The background task answered something Boundary cannot read.")
        elif code == "failed-to-start":
            words = self.tr("The background task could not be started.")
        else:
            words = self.tr("The background task stopped unexpectedly (exit status %1).")
            words = words.replace("%1", str(exit_code))
        return WorkerStopped(code, words)


def progress_text(event: dict[str, Any]) -> str:
    """A progress event's line: with its codes (a ``Said``) when the worker sent them."""
    from boundary_app.providers.base import Said

    text = str(event.get("text", ""))
    said = Said.from_json(event["said"]) if "said" in event else None
    return said if said is not None and str(said) == text else text
