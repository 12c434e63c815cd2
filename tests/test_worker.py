"""``boundary-app --worker`` as a process: one JSON request in, JSON lines out, then it exits.

These run the real worker (``python -m boundary_app --worker``) the way the tray does; the
Gmail sign-in goes through the process against the loopback fake of Google.
"""

from __future__ import annotations

import json
import os
import queue
import subprocess
import sys
import threading
import urllib.request
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest

from boundary_app.core.clock import system_clock
from boundary_app.core.discovery import Discovery, Found, Lookup, Outcome, Source
from boundary_app.core.jobs import (
    CANCEL,
    Job,
    account_request,
    discover_request,
    error_from_json,
    push_request,
    send_request,
)
from boundary_app.core.journal import ReplyPeriod
from boundary_app.core.paths import AppPaths
from boundary_app.core.profile import Account, dumps
from boundary_app.core.reconciler import AccountResult
from boundary_app.core.service import Boundary, InputError
from boundary_app.providers.base import Audience, MailSummary, Rejected, SignInCancelled
from boundary_app.providers.gmail import GmailProvider
from boundary_app.providers.local import LocalProvider
from boundary_app.providers.secrets import PendingSecrets
from tests.fakes import MemoryKeyring
from tests.lookups import lookups_on_loopback
from tests.providers.gmail.conftest import CLIENT_ID, CLIENT_SECRET, REFRESH
from tests.providers.gmail.fake_google import FakeGoogle

WAIT = 30.0


class Worker:
    """A worker process; ``events()`` yields its lines as they come."""

    def __init__(self, request: dict[str, Any] | bytes, env: dict[str, str] | None = None) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "boundary_app", "--worker"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env={**os.environ, **(env or {})},
        )
        self.lines: queue.Queue[bytes] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()
        line = request if isinstance(request, bytes) else json.dumps(request).encode() + b"\n"
        self.send(line)

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.put(line)
        self.lines.put(b"")

    def send(self, line: bytes) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(line)
        self.process.stdin.flush()

    def close_stdin(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()

    def events(self) -> Iterator[dict[str, Any]]:
        while line := self.lines.get(timeout=WAIT):
            event = json.loads(line)
            assert isinstance(event, dict)
            yield event

    def answer(self) -> dict[str, Any]:
        """The last line (result or error), once the process has exited."""
        *_, last = self.events()
        assert self.process.wait(timeout=WAIT) == 0, self.errors()
        return last

    def errors(self) -> str:
        assert self.process.stderr is not None
        return self.process.stderr.read().decode()

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(timeout=WAIT)
        for pipe in (self.process.stdin, self.process.stdout, self.process.stderr):
            if pipe is not None and not pipe.closed:
                pipe.close()


@pytest.fixture(autouse=True)
def _workers_closed(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    started: list[Worker] = []
    init = Worker.__init__

    def tracked(self: Worker, *args: Any, **kwargs: Any) -> None:
        init(self, *args, **kwargs)
        started.append(self)

    monkeypatch.setattr(Worker, "__init__", tracked)
    yield
    for worker in started:
        worker.close()


@pytest.fixture
def opened(paths: AppPaths) -> Iterator[Boundary]:
    """The app's service on the real clock (the worker's), with the local account only."""
    service, _ = Boundary.open(paths, system_clock, timezone="Europe/Amsterdam")
    yield service
    service.close()


def with_profile(service: Boundary, request: dict[str, Any]) -> dict[str, Any]:
    return {**request, "profile": dumps(service.profile), "timeout": 5.0}


def test_a_pass_sets_the_reply_and_answers_with_each_accounts_result(opened: Boundary) -> None:
    now = system_clock()
    opened.go_away(
        ReplyPeriod(
            now, now + timedelta(days=1), "default", "Away", "Back tomorrow.", "", Audience.ALL
        )
    )
    answer = Worker(with_profile(opened, push_request(None))).answer()

    assert answer["event"] == "result"
    [result] = [AccountResult.from_json(r) for r in answer["value"]["results"]]
    assert (result.account, result.status, result.pushed) == ("This computer", "ok", True)
    assert result.desired.internal == "Back tomorrow."
    # The worker wrote the account and the journal; the tray reads both.
    local = opened.provider_for(opened.profile.accounts[0])
    assert isinstance(local, LocalProvider)
    assert local.read_auto_reply().internal == "Back tomorrow."
    assert opened.status().accounts[0].status == "ok"


def test_the_worker_acts_on_the_profile_it_is_sent_not_the_file(opened: Boundary) -> None:
    opened.profile.accounts = [Account("Desk", "local")]  # not saved: the tray's view
    answer = Worker(with_profile(opened, push_request(None))).answer()
    assert [r["account"] for r in answer["value"]["results"]] == ["Desk"]


def test_an_account_test_answers_with_its_sentence(opened: Boundary) -> None:
    request = account_request(Job.TEST, opened.profile.accounts[0])
    answer = Worker(with_profile(opened, request)).answer()
    # The sentence as before, and its codes for the tray to word in the person's language.
    assert answer == {
        "event": "result",
        "value": {
            "sentence": "Connected. No auto-reply is set.",
            "said": [["connected", {}], ["no-reply", {}]],
        },
    }


def test_an_error_is_a_code_and_the_providers_reason(opened: Boundary) -> None:
    request = account_request(Job.TEST, Account("Gone", "nosuchkind"))
    answer = Worker(with_profile(opened, request)).answer()
    assert answer["event"] == "error"
    assert answer["error"]["code"] == "rejected"
    error = error_from_json(answer["error"])
    assert isinstance(error, Rejected)
    assert "nosuchkind" in str(error)


def test_a_request_that_is_not_json_is_answered_with_an_error_and_exit_status_2(
    home: Path,
) -> None:
    worker = Worker(b"push please\n")
    [event] = list(worker.events())
    assert event["event"] == "error" and event["error"]["code"] == "unexpected"
    assert worker.process.wait(timeout=WAIT) == 2


def test_what_a_library_prints_goes_to_standard_error_not_to_the_channel(
    opened: Boundary,
) -> None:
    code = (
        "from boundary_app import worker\n"
        "from boundary_app.core.jobs import Job\n"
        "push = worker.JOBS[Job.PUSH]\n"
        "def noisy(*args):\n"
        "    print('a library talks on standard output')\n"
        "    return push(*args)\n"
        "worker.JOBS[Job.PUSH] = noisy\n"
        "worker.main()\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        input=json.dumps(with_profile(opened, push_request(None))).encode() + b"\n",
        capture_output=True,
        timeout=WAIT,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert [json.loads(line)["event"] for line in done.stdout.splitlines()] == ["result"]
    assert b"a library talks on standard output" in done.stderr


# --- a sign-in through the process ----------------------------------------------------------


@pytest.fixture
def google() -> Iterator[FakeGoogle]:
    fake = FakeGoogle().start()
    yield fake
    fake.stop()


def gmail_draft(google: FakeGoogle, tmp_path: Path) -> tuple[Account, PendingSecrets]:
    """A Gmail account being added (not saved): its client in the draft's secrets."""
    client = tmp_path / "client_secret.json"
    client.write_text(
        json.dumps(
            {
                "installed": {
                    "client_id": CLIENT_ID,
                    "client_secret": CLIENT_SECRET,
                    "auth_uri": "https://accounts.google.com/o/oauth2/auth",
                    "token_uri": google.token_uri,
                    "redirect_uris": ["http://localhost"],
                }
            }
        ),
        encoding="utf-8",
    )
    pending = PendingSecrets(MemoryKeyring(), "Gmail", {})  # type: ignore[arg-type]
    values = {"email": "ana@example.com", "client_secrets": str(client), "api_url": google.url}
    settings = GmailProvider.configure("Gmail", values, pending)
    return Account("Gmail", "gmail", settings), pending


def browse(url: str, answer: dict[str, str] | None = None) -> None:
    """The person's browser: Google redirects back to the worker's loopback address."""
    query = {k: v[0] for k, v in parse_qs(urlsplit(url).query).items()}
    back = answer or {"code": "good-code", "state": query["state"]}
    with urllib.request.urlopen(query["redirect_uri"] + "?" + urlencode(back), timeout=5):
        pass


def test_a_sign_in_runs_in_the_worker_and_its_token_comes_back_with_the_draft(
    opened: Boundary, google: FakeGoogle, tmp_path: Path
) -> None:
    account, pending = gmail_draft(google, tmp_path)
    request = account_request(Job.SIGN_IN, account, pending.values)
    worker = Worker(with_profile(opened, request), env={"OAUTHLIB_INSECURE_TRANSPORT": "1"})
    said: list[str] = []
    for event in worker.events():
        if event["event"] == "progress":
            said.append(event["text"])
        elif event["event"] == "open-url":
            assert event["url"].startswith("https://accounts.google.com/o/oauth2/auth?")
            browse(event["url"])
        else:
            break
    assert event["event"] == "result", event
    assert event["value"]["sentence"].startswith("Signed in with permission to: change")
    token = json.loads(event["value"]["secrets"]["token"])
    assert token["refresh_token"] == REFRESH
    assert said[0] == "Waiting for you to allow access in the browser…"
    assert worker.process.wait(timeout=WAIT) == 0


@pytest.mark.parametrize("how", ["cancel line", "stdin closed"])
def test_a_sign_in_is_cancelled_by_a_cancel_line_or_the_tray_going_away(
    opened: Boundary, google: FakeGoogle, tmp_path: Path, how: str
) -> None:
    account, pending = gmail_draft(google, tmp_path)
    request = account_request(Job.SIGN_IN, account, pending.values)
    worker = Worker(with_profile(opened, request))
    for event in worker.events():
        if event["event"] == "open-url":
            if how == "cancel line":
                worker.send(json.dumps(CANCEL).encode() + b"\n")
            else:
                worker.close_stdin()
        elif event["event"] in ("result", "error"):
            break
    assert event["event"] == "error"
    error = error_from_json(event["error"])
    assert isinstance(error, SignInCancelled)
    assert str(error) == "Sign-in was cancelled."
    assert worker.process.wait(timeout=WAIT) == 0


def test_results_keep_their_shape_through_json() -> None:
    moment = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)
    from boundary_app.core.states import AccountStatus
    from boundary_app.providers.base import AutoReply

    result = AccountResult(
        "Work",
        "exchange",
        AutoReply(True, moment, moment + timedelta(days=1), "Away", "Inside", "Outside"),
        None,
        AccountStatus.PENDING,
        "Busy",
        next_retry=moment + timedelta(minutes=5),
    )
    assert AccountResult.from_json(json.loads(json.dumps(result.to_json()))) == result


def test_an_addresss_settings_are_looked_up_in_the_worker_exchange_autodiscover_too(
    opened: Boundary, monkeypatch: pytest.MonkeyPatch
) -> None:
    with lookups_on_loopback(monkeypatch) as net:
        net.mx("example.test", "mx.example.test")  # a mail server of its own
        net.exchange("Negotiate, NTLM")
        worker = Worker(with_profile(opened, discover_request("ana@example.test")))
        events = list(worker.events())
    stages = [e["text"] for e in events if e["event"] == "progress"]
    assert stages == ["autoconfig", "autodiscover"]
    assert events[-1]["event"] == "result"
    found = Discovery.from_json(events[-1]["value"])
    assert found.kind is not None
    assert (found.kind.value, found.kind.source) == ("exchange", Source.AUTODISCOVER)
    assert found.values() == {"email": "ana@example.test", "auth": "ntlm"}


def test_a_message_the_core_refuses_comes_back_in_its_words(opened: Boundary) -> None:
    request = send_request("This computer", ["jo@example.com"], "Your call", "I call back at 3.")
    answer = Worker(with_profile(opened, request)).answer()
    error = error_from_json(answer["error"])
    assert isinstance(error, InputError)
    assert str(error) == "The account 'This computer' cannot send mail."


def test_mail_and_found_settings_keep_their_shape_through_json() -> None:
    moment = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)
    for unread in (True, False, None):
        message = MailSummary("m1", "Jo <jo@example.com>", "Hi", moment, "", "Work", unread)
        assert MailSummary.from_json(json.loads(json.dumps(message.to_json()))) == message
    found = Discovery(
        "ana@example.test",
        Found("imap", Source.SRV, "_imaps._tcp.example.test"),
        {"imap_host": Found("imap.example.test", Source.SRV, "_imaps._tcp.example.test")},
        (Lookup(Source.AUTOCONFIG, "https://x", Outcome.TIMEOUT),),
    )
    assert Discovery.from_json(json.loads(json.dumps(found.to_json()))) == found
