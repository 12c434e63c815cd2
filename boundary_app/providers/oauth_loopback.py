"""The browser's way back from an OAuth sign-in: a one-page HTTP server on 127.0.0.1.

Installed apps sign in in the system browser and get the answer on a loopback redirect
(RFC 8252, section 7.3). Every provider that signs in this way uses this receiver, so they all
check the same things:

- only an answer at the redirect path (``/``) that carries a ``code`` or an ``error`` and the
  ``state`` of this sign-in counts; an answer for another sign-in gets "not completed"
  (HTTP 400) and the wait goes on, anything else gets 404;
- the answer may come as a query (GET) or as a form (POST, ``response_mode=form_post``);
- the wait looks at the cancel flag several times a second, ends at a limit measured on the
  caller's clock, and a browser that connects and sends nothing holds it up for seconds only;
- the server listens on 127.0.0.1 only, on a port the system picks, and is closed when the
  ``with`` block ends; nothing it receives is logged (the query holds the authorization code).

Each provider words what comes back (a declined sign-in, a late one) in its own way.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import datetime, timedelta
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from boundary_app.providers.base import SignInCancelled

SIGNED_IN = "Boundary is signed in. You can close this tab and return to Boundary."
NOT_COMPLETED = "The sign-in was not completed. You can close this tab."
NOT_FOUND = "Not found."

POLL_SECONDS = 0.2
"""How often the wait looks at the cancel flag and the clock."""
STALLED_SECONDS = 5.0
"""How long one connection may take to send its request before it is dropped."""
MAX_FORM_BYTES = 64 * 1024
"""The largest form answer read (a code and a state are a few kilobytes at most)."""


class _Server(HTTPServer):
    answer: dict[str, str] | None = None
    state = ""

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a browser that went away mid-page: nothing to report, nothing to log


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    timeout = STALLED_SECONDS

    def do_GET(self) -> None:
        self._answer(parse_qs(urlsplit(self.path).query))

    def do_POST(self) -> None:
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            length = -1
        if not 0 <= length <= MAX_FORM_BYTES:
            self._page(400, NOT_COMPLETED)
            return
        form = self.rfile.read(length).decode("utf-8", "replace")
        self._answer(parse_qs(form))

    def _answer(self, fields: dict[str, list[str]]) -> None:
        answer = {key: values[0] for key, values in fields.items()}
        if urlsplit(self.path).path != "/" or not ("code" in answer or "error" in answer):
            self._page(404, NOT_FOUND)
            return
        if not self.server.state or answer.get("state") != self.server.state:
            self._page(400, NOT_COMPLETED)  # for another sign-in, or a forged one
            return
        if self.server.answer is None:
            self.server.answer = answer
        self._page(200, SIGNED_IN if "code" in answer else NOT_COMPLETED)

    def _page(self, status: int, text: str) -> None:
        body = text.encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass  # the request holds the authorization code: never logged


class LoopbackReceiver:
    """Listens on a free 127.0.0.1 port (``OSError`` when none can be had) until closed."""

    def __init__(self) -> None:
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.timeout = POLL_SECONDS
        self.port = int(self._server.server_address[1])

    @property
    def redirect_uri(self) -> str:
        """``http://127.0.0.1:<port>/``; a provider may name the host ``localhost`` instead."""
        return f"http://127.0.0.1:{self.port}/"

    def wait(
        self,
        state: str,
        cancel: threading.Event,
        *,
        clock: Callable[[], datetime],
        limit: timedelta,
    ) -> dict[str, str] | None:
        """The browser's answer to the sign-in with ``state`` (its ``code`` or ``error`` and
        the rest of its fields); None when ``limit`` passed first. Raises SignInCancelled as
        soon as ``cancel`` is set."""
        self._server.state = state
        deadline = clock() + limit
        while True:
            if cancel.is_set():
                raise SignInCancelled("Sign-in was cancelled.")
            if self._server.answer is not None:
                return self._server.answer
            if clock() >= deadline:
                return None
            self._server.handle_request()

    def __enter__(self) -> LoopbackReceiver:
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.server_close()
