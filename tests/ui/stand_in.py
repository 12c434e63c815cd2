"""A worker run in the test's own process: the same jobs and JSON lines, the test's service.

Most Qt tests drive fake providers whose "server" is a class-level dict, on a fake clock and
an in-memory keyring, none of which a real worker process could see. For those, the
controller's worker is this stand-in: it runs ``boundary_app.worker.serve`` on a pool thread
with the test's own ``Boundary`` and hands every line to the bridge as bytes, so the request,
the events, the results and the errors make the same JSON round trip as with a process. The
real process is tested in tests/ui/test_worker_process.py and tests/test_worker.py.
"""

from __future__ import annotations

import contextlib
import json
import threading
from collections.abc import Callable

from PySide6.QtCore import QThreadPool, Signal

from boundary_app.core.jobs import CANCEL
from boundary_app.core.journal import ReplyPeriod
from boundary_app.core.service import Boundary
from boundary_app.ui.controller import Controller
from boundary_app.ui.worker_bridge import Runner
from boundary_app.worker import serve


class InProcessRunner(Runner):
    _said = Signal(bytes)
    _done = Signal()

    def __init__(self, service: Boundary) -> None:
        super().__init__()
        self.service = service
        self.cancel = threading.Event()
        self.killed = False
        self._said.connect(self._relay)  # queued: emitted on the pool thread
        self._done.connect(self._finish)

    def start(self, request: bytes) -> None:
        parsed = json.loads(request)
        _import_here(parsed, self.service)

        def say(event: object) -> None:
            with contextlib.suppress(RuntimeError):  # the bridge let go of a killed runner
                self._said.emit(json.dumps(event).encode())

        def work() -> None:
            serve(parsed, self.service, say, self.cancel)
            with contextlib.suppress(RuntimeError):
                self._done.emit()

        QThreadPool.globalInstance().start(work)

    def send(self, line: bytes) -> None:
        if json.loads(line) == CANCEL:
            self.cancel.set()

    def kill(self) -> None:
        """A thread cannot be killed: what it says from now on is not heard."""
        self.killed = True
        self.cancel.set()
        self.ended.emit(-9, "crashed")

    def _relay(self, line: bytes) -> None:
        if not self.killed:
            self.line.emit(line + b"\n")

    def _finish(self) -> None:
        if not self.killed:
            self.ended.emit(0, "")


def in_process(service: Boundary) -> Callable[[], Runner]:
    """The controller's ``runner`` for tests with fake providers."""
    return lambda: InProcessRunner(service)


def _import_here(request: dict[str, object], service: Boundary) -> None:
    """The libraries a job imports (a look-up's, the accounts' kinds'), imported on this (the
    GUI) thread first: the job runs on a pool thread of this process, where a first import of
    lxml/exchangelib or dnspython beside the Qt event loop can crash it. A real worker is a
    process without Qt."""
    from boundary_app.core.discovery import AUTODISCOVER_LIBRARIES, LOOKUP_LIBRARIES
    from boundary_app.core.jobs import Job
    from boundary_app.providers.base import import_first

    if request.get("job") == Job.DISCOVER.value:
        import_first((*LOOKUP_LIBRARIES, *AUTODISCOVER_LIBRARIES))
    elif request.get("job") != Job.SELF_TEST.value:
        kinds, _broken = service.registry.load_all()
        import_first(lib for kind in kinds for lib in kind.libraries)


def record_away(controller: Controller, period: ReplyPeriod) -> None:
    """What Go away does: record ``period`` and push it to the accounts it covers."""
    controller.act(lambda: (controller.service.go_away(period), list(period.accounts) or None)[1])


def record_back(controller: Controller) -> None:
    """What I'm back does: end the away period and push to every account."""
    controller.act(lambda: (controller.service.come_back(), None)[1])
