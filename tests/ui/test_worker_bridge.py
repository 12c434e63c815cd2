"""The tray's side of the worker: one at a time, passes merged, sign-ins beside them, a
deadline, and a worker that crashes or talks nonsense reported, never taking the tray down.

``HeldRunner`` is a worker the test answers for by hand; the process itself is tested in
test_worker_process.py.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any, ClassVar

import pytest
from pytestqt.qtbot import QtBot

from boundary_app.core.jobs import CANCEL, Job, list_mail_request, push_request
from boundary_app.providers.base import SignInCancelled, Unreachable
from boundary_app.ui import worker_bridge
from boundary_app.ui.worker_bridge import Runner, WorkerBridge, WorkerJob, WorkerStopped

WAIT = 3000


class HeldRunner(Runner):
    """A worker that does nothing until the test makes it say something."""

    started: ClassVar[list[HeldRunner]] = []

    def __init__(self) -> None:
        super().__init__()
        self.request: dict[str, Any] = {}
        self.sent: list[bytes] = []
        self.killed = False

    def start(self, request: bytes) -> None:
        self.request = json.loads(request)
        HeldRunner.started.append(self)

    def send(self, line: bytes) -> None:
        self.sent.append(line)

    def kill(self) -> None:
        self.killed = True
        self.ended.emit(-9, "crashed")  # as a process does, once it is gone

    def say(self, event: dict[str, Any]) -> None:
        self.line.emit(json.dumps(event).encode() + b"\n")

    def answer(self, value: Any = None) -> None:
        self.say({"event": "result", "value": value})
        self.ended.emit(0, "")


@pytest.fixture
def bridge(qtbot: QtBot) -> Iterator[WorkerBridge]:
    HeldRunner.started = []
    bridge = WorkerBridge(HeldRunner, lambda request: {**request, "timeout": 2.0}, timeout=2.0)
    yield bridge
    bridge.shutdown(0)
    HeldRunner.started = []


def answers(job: WorkerJob) -> list[object]:
    got: list[object] = []
    job.finished.connect(got.append)
    return got


def running(qtbot: QtBot, count: int) -> HeldRunner:
    """The ``count``-th worker, once it has started (workers start in the next loop turn)."""
    qtbot.waitUntil(lambda: len(HeldRunner.started) >= count, timeout=WAIT)
    return HeldRunner.started[count - 1]


def test_one_worker_at_a_time_and_passes_waiting_are_merged(
    bridge: WorkerBridge, qtbot: QtBot
) -> None:
    first = bridge.start(push_request(["Work"]))
    assert running(qtbot, 1).request["names"] == ["Work"]
    assert running(qtbot, 1).request["timeout"] == 2.0  # what every request carries
    mail = bridge.start(list_mail_request(first_moment(), 10))
    waiting = bridge.start(push_request(["Side"]))
    assert bridge.start(push_request(["Home"], force=True)) is waiting
    assert waiting is not first
    qtbot.wait(50)
    assert len(HeldRunner.started) == 1  # the others wait for the first to end

    got = answers(first)
    HeldRunner.started[0].answer({"results": []})
    assert got == [{"results": []}]
    assert running(qtbot, 2).request["job"] == Job.LIST_MAIL.value  # in the order asked
    assert answers(mail) == [] and bridge.busy
    HeldRunner.started[1].answer({"messages": [], "problems": []})
    merged = running(qtbot, 3).request
    assert (merged["job"], merged["names"], merged["force"]) == ("push", ["Home", "Side"], True)
    HeldRunner.started[2].answer({"results": []})
    assert not bridge.busy


def first_moment() -> Any:
    from datetime import UTC, datetime

    return datetime(2026, 11, 24, 8, 0, tzinfo=UTC)


def test_a_pass_for_every_account_swallows_one_for_some(bridge: WorkerBridge, qtbot: QtBot) -> None:
    bridge.start(push_request(None))
    running(qtbot, 1)
    waiting = bridge.start(push_request(["Work"]))
    bridge.start(push_request(None))
    HeldRunner.started[0].answer({"results": []})
    assert running(qtbot, 2).request["names"] is None
    assert waiting.request["names"] is None


def test_a_sign_in_runs_beside_a_pass_and_is_cancelled_through_the_worker(
    bridge: WorkerBridge, qtbot: QtBot
) -> None:
    bridge.start(push_request(None))
    sign_in = bridge.start({"job": Job.SIGN_IN.value, "account": {"name": "Gmail"}})
    worker = running(qtbot, 2)
    assert worker.request["job"] == Job.SIGN_IN.value
    opened: list[str] = []
    sign_in.open_url.connect(opened.append)
    worker.say({"event": "open-url", "url": "https://accounts.example/auth"})
    assert opened == ["https://accounts.example/auth"]
    sign_in.cancel()
    assert [json.loads(line) for line in worker.sent] == [CANCEL]


def test_a_sign_in_cancelled_before_it_started_does_not_start(
    bridge: WorkerBridge, qtbot: QtBot
) -> None:
    bridge.start({"job": Job.SIGN_IN.value, "account": {"name": "One"}})
    second = bridge.start({"job": Job.SIGN_IN.value, "account": {"name": "Two"}})
    got = answers(second)
    second.cancel()
    assert len(got) == 1 and isinstance(got[0], SignInCancelled)
    running(qtbot, 1).answer({"sentence": "Signed in."})
    qtbot.wait(50)
    assert [r.request["account"]["name"] for r in HeldRunner.started] == ["One"]


def test_errors_come_back_as_the_same_exceptions(bridge: WorkerBridge, qtbot: QtBot) -> None:
    got = answers(bridge.start(push_request(None)))
    error = {"code": "unreachable", "reason": "Outlook is busy.", "retry_after": 120}
    running(qtbot, 1).say({"event": "error", "error": error})
    [answer] = got
    assert isinstance(answer, Unreachable)
    assert str(answer) == "Outlook is busy."
    assert answer.retry_after is not None and answer.retry_after.total_seconds() == 120


@pytest.mark.parametrize(
    ("how", "code"),
    [("crash", "crashed"), ("garbage", "bad-output"), ("exit without answer", "crashed")],
)
def test_a_worker_that_fails_fails_its_job_and_the_next_job_runs(
    bridge: WorkerBridge, qtbot: QtBot, how: str, code: str
) -> None:
    got = answers(bridge.start(push_request(None)))
    after = answers(bridge.start(list_mail_request(first_moment(), 10)))
    worker = running(qtbot, 1)
    if how == "crash":
        worker.ended.emit(-11, "crashed")
    elif how == "garbage":
        worker.line.emit(b"Traceback (most recent call last):\n")
        assert worker.killed
    else:
        worker.ended.emit(0, "")
    [answer] = got
    assert isinstance(answer, WorkerStopped) and answer.code == code
    assert str(answer).startswith("The background task")
    running(qtbot, 2).answer({"messages": []})
    assert after == [{"messages": []}]


def test_a_worker_past_its_deadline_is_stopped(
    bridge: WorkerBridge, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(worker_bridge, "MARGIN", -1.9)  # 2.0 s timeout: 0.1 s in all
    job = bridge.start(push_request(None))
    with qtbot.waitSignal(job.finished, timeout=WAIT) as finished:
        pass
    [answer] = finished.args
    assert isinstance(answer, WorkerStopped) and answer.code == "deadline"
    assert str(answer) == "The background task took too long and was stopped."
    assert HeldRunner.started[0].killed
    assert not bridge.busy


def test_the_deadline_is_the_providers_timeout_plus_a_margin() -> None:
    margin = worker_bridge.MARGIN
    assert worker_bridge.deadline(push_request(None), 30.0) == 30.0 + margin
    assert worker_bridge.deadline({"job": "test"}, 30.0) == 90.0 + margin
    sign_in = worker_bridge.deadline({"job": "sign-in"}, 30.0)
    assert sign_in > 10 * 60  # Gmail gives the person ten minutes
