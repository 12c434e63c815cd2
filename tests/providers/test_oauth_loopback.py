"""The loopback receiver every browser sign-in uses: what it accepts, what the browser shows,
and that a cancel, a deadline or a stuck browser ends the wait."""

from __future__ import annotations

import http.client
import socket
import threading
from collections.abc import Callable
from datetime import datetime, timedelta
from urllib.parse import urlencode

import pytest

from boundary_app.providers import oauth_loopback
from boundary_app.providers.base import SignInCancelled
from boundary_app.providers.oauth_loopback import LoopbackReceiver
from tests.fakes import START, FakeClock

STATE = "state-of-this-sign-in"
Page = tuple[int, str, dict[str, str]]


class Browser:
    """Sends requests to the receiver from its own thread, in order, while the app waits."""

    def __init__(self, receiver: LoopbackReceiver) -> None:
        self.port = receiver.port
        self.pages: list[Page] = []
        self.requests: list[tuple[str, str, bytes | None, dict[str, str]]] = []

    def get(self, query: dict[str, str], path: str = "/") -> Browser:
        self.requests.append(("GET", f"{path}?{urlencode(query)}", None, {}))
        return self

    def post(self, form: dict[str, str]) -> Browser:
        body = urlencode(form).encode()
        self.requests.append(
            ("POST", "/", body, {"Content-Type": "application/x-www-form-urlencoded"})
        )
        return self

    def raw_post(self, body: bytes, length: str) -> Browser:
        self.requests.append(("POST", "/", body, {"Content-Length": length}))
        return self

    def start(self) -> None:
        self.thread = threading.Thread(target=self._visit, daemon=True)
        self.thread.start()

    def shown(self) -> list[Page]:
        """The pages the browser showed, once it has shown them all."""
        self.thread.join(timeout=5)
        return self.pages

    def _visit(self) -> None:
        for method, target, body, headers in self.requests:
            connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=5)
            try:
                if "Content-Length" in headers:  # a hand-made header, sent as it is
                    connection.putrequest(method, target)
                    connection.putheader("Content-Length", headers["Content-Length"])
                    connection.endheaders(body)
                else:
                    connection.request(method, target, body=body, headers=headers)
                answer = connection.getresponse()
                self.pages.append(
                    (answer.status, answer.read().decode(), dict(answer.getheaders()))
                )
            finally:
                connection.close()


def wait(
    receiver: LoopbackReceiver,
    cancel: threading.Event | None = None,
    clock: Callable[[], datetime] | None = None,
    limit: timedelta = timedelta(minutes=5),
) -> dict[str, str] | None:
    return receiver.wait(
        STATE, cancel or threading.Event(), clock=clock or FakeClock(START), limit=limit
    )


def test_the_answer_to_this_sign_in_comes_back_and_the_browser_says_signed_in() -> None:
    with LoopbackReceiver() as receiver:
        browser = Browser(receiver).get({"code": "the-code", "state": STATE, "scope": "a b"})
        browser.start()
        answer = wait(receiver)
    assert answer == {"code": "the-code", "state": STATE, "scope": "a b"}
    ((status, text, headers),) = browser.shown()
    assert (status, text) == (200, oauth_loopback.SIGNED_IN)
    assert "signed in" in text
    assert headers["Cache-Control"] == "no-store"
    assert receiver.redirect_uri == f"http://127.0.0.1:{receiver.port}/"


def test_a_form_post_answer_is_read_too() -> None:
    with LoopbackReceiver() as receiver:
        browser = Browser(receiver).post({"code": "posted", "state": STATE})
        browser.start()
        assert wait(receiver) == {"code": "posted", "state": STATE}
    assert browser.shown()[0][:2] == (200, oauth_loopback.SIGNED_IN)


def test_answers_for_another_sign_in_and_stray_requests_are_turned_away() -> None:
    with LoopbackReceiver() as receiver:
        browser = (
            Browser(receiver)
            .get({"code": "forged", "state": "another-sign-in"})
            .get({"code": "no-state"})
            .get({}, path="/favicon.ico")
            .get({"code": "right-state-wrong-path", "state": STATE}, path="/elsewhere")
            .get({"code": "the-code", "state": STATE})
        )
        browser.start()
        answer = wait(receiver)
    assert answer == {"code": "the-code", "state": STATE}
    assert [(status, text) for status, text, _ in browser.shown()] == [
        (400, oauth_loopback.NOT_COMPLETED),
        (400, oauth_loopback.NOT_COMPLETED),
        (404, oauth_loopback.NOT_FOUND),
        (404, oauth_loopback.NOT_FOUND),
        (200, oauth_loopback.SIGNED_IN),
    ]


def test_an_error_from_the_sign_in_page_comes_back_and_is_not_called_signed_in() -> None:
    with LoopbackReceiver() as receiver:
        browser = Browser(receiver).get({"error": "access_denied", "state": STATE})
        browser.start()
        assert wait(receiver) == {"error": "access_denied", "state": STATE}
    assert browser.shown()[0][:2] == (200, oauth_loopback.NOT_COMPLETED)


@pytest.mark.parametrize("length", ["many", "-1", str(oauth_loopback.MAX_FORM_BYTES + 1)])
def test_a_form_of_unreadable_length_is_refused(length: str) -> None:
    with LoopbackReceiver() as receiver:
        browser = (
            Browser(receiver)
            .raw_post(urlencode({"code": "x", "state": STATE}).encode(), length)
            .get({"code": "the-code", "state": STATE})
        )
        browser.start()
        assert wait(receiver) == {"code": "the-code", "state": STATE}
    assert [page[0] for page in browser.shown()] == [400, 200]


def cancel_on_look(number: int, cancel: threading.Event) -> Callable[[], datetime]:
    """A clock; the person presses Cancel as the wait looks at it for the ``number``th time
    (the first look sets the deadline, then one look before each request served)."""
    looks = 0

    def clock() -> datetime:
        nonlocal looks
        looks += 1
        if looks == number:
            cancel.set()
        return START

    return clock


def test_cancel_ends_the_wait_while_nothing_comes() -> None:
    cancel = threading.Event()
    with LoopbackReceiver() as receiver, pytest.raises(SignInCancelled, match="cancelled"):
        wait(receiver, cancel, cancel_on_look(4, cancel))


def test_the_wait_ends_at_the_limit_on_the_callers_clock() -> None:
    clock = FakeClock(START)

    def ticking() -> datetime:
        return clock.advance(timedelta(minutes=1))

    with LoopbackReceiver() as receiver:
        assert wait(receiver, clock=ticking, limit=timedelta(minutes=3)) is None
    assert clock.now == START + timedelta(minutes=4)  # the start, then three looks


def test_a_browser_that_connects_and_says_nothing_does_not_hold_up_a_cancel(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(oauth_loopback._Handler, "timeout", 0.3)
    cancel = threading.Event()
    outcome: list[BaseException] = []
    with LoopbackReceiver() as receiver, socket.create_connection(("127.0.0.1", receiver.port)):

        def app() -> None:
            try:  # serves the silent connection first, then the person cancels
                wait(receiver, cancel, cancel_on_look(3, cancel))
            except BaseException as error:
                outcome.append(error)

        waiting = threading.Thread(target=app, daemon=True)
        waiting.start()
        waiting.join(timeout=5)
        assert not waiting.is_alive()
    assert isinstance(outcome[0], SignInCancelled)


def test_the_port_is_closed_when_the_sign_in_is_over() -> None:
    with LoopbackReceiver() as receiver:
        port = receiver.port
    with socket.socket() as probe:
        assert probe.connect_ex(("127.0.0.1", port)) != 0
