"""``boundary-app --worker``: the short-lived process that does the tray app's network work.

The tray app never talks to a mail server itself: it starts this process for each job (a
reconcile pass, the mail of a mail check or a briefing, a forward, a missed call's answer, an
account's test or sign-in, the add-account form's look-up of settings), writes
one JSON request on its standard input and reads JSON lines from its standard output
(``core/jobs.py`` has the shapes): sign-in events as they happen, then one result or one
error, after which the process exits. So the mail libraries (exchangelib, the Google client,
MSAL, sievelib) are loaded here and leave with the process, and a crash in one of them
cannot take the tray down. No Qt is imported here; the profile, journal and providers are
driven through the same service as the ``boundary`` command.

A ``{"cancel": true}`` line on standard input, or standard input closing, sets the cancel
flag an interactive sign-in polls.
"""

from __future__ import annotations

import contextlib
import io
import json
import logging
import os
import sys
import threading
from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import datetime
from typing import IO, Any, TextIO

from boundary_app.core.jobs import (
    Event,
    Job,
    UnexpectedError,
    account_from_json,
    error_json,
)
from boundary_app.core.paths import AppPaths
from boundary_app.core.service import Boundary, InputError
from boundary_app.providers.base import (
    MailProvider,
    MailSummary,
    ProviderError,
    Said,
    SignInInteraction,
)
from boundary_app.providers.secrets import KeyringUnavailable, PendingSecrets

log = logging.getLogger(__name__)

Emit = Callable[[Mapping[str, Any]], None]
"""Writes one line to the tray."""

EXPECTED = (ProviderError, InputError, KeyringUnavailable)
"""Errors that are answers (said to the person), not bugs (logged with a traceback)."""


# --- the jobs -------------------------------------------------------------------------------


def _push(request: Mapping[str, Any], service: Boundary, emit: Emit, cancel: Any) -> Any:
    names = request.get("names")
    results = service.push(
        None if names is None else [str(n) for n in names],
        force=bool(request.get("force", False)),
        retry_now=bool(request.get("retry_now", False)),
    )
    return {"results": [r.to_json() for r in results]}


def _list_mail(request: Mapping[str, Any], service: Boundary, emit: Emit, cancel: Any) -> Any:
    from boundary_app.core.mail import gather_mail

    since = datetime.fromisoformat(str(request["since"]))
    return gather_mail(service, since, int(request.get("limit", 200))).to_json()


def _forward(request: Mapping[str, Any], service: Boundary, emit: Emit, cancel: Any) -> Any:
    from boundary_app.core.journal import Forward

    message = MailSummary.from_json(request["message"])
    to, note = str(request["to"]), str(request.get("note", ""))
    account = service.find_account(message.account)
    service.provider_for(account).forward(message.id, to, note)
    service.journal.record_forward(
        Forward(service.clock(), account.name, message.id, to, message.subject)
    )
    return {}


def _backups(request: Mapping[str, Any], service: Boundary, emit: Emit, cancel: Any) -> Any:
    """Ask the servers that can about the backups (``Job.BACKUPS``), then the roster as it
    stands."""
    from datetime import timedelta

    seconds = request.get("max_age")
    max_age = None if seconds is None else timedelta(seconds=float(seconds))
    answered = service.check_backups(max_age)
    return {"answered": answered, "backups": [b.to_json() for b in service.backups()]}


def _account_provider(
    request: Mapping[str, Any], service: Boundary
) -> tuple[MailProvider, PendingSecrets | None]:
    """The provider of the request's account; an account not saved yet brings its secrets."""
    account = account_from_json(request["account"])
    if "secrets" not in request:
        return service.provider_for(account), None
    pending = PendingSecrets(service.secrets, account.name, request["secrets"])
    cls = service.provider_class(account.kind)
    return cls(account.config(), replace(service.context(), secrets=pending)), pending


def _test(request: Mapping[str, Any], service: Boundary, emit: Emit, cancel: Any) -> Any:
    provider, pending = _account_provider(request, service)
    if Job(request["job"]) is Job.SIGN_IN:
        provider.sign_in(_interaction(emit, cancel))
    sentence = provider.test_connection()
    value: dict[str, Any] = {"sentence": str(sentence)}
    if isinstance(sentence, Said):  # its codes, for the tray to word it in the person's language
        value["said"] = sentence.to_json()
    if pending is not None:
        value["secrets"] = dict(pending.values)  # with what the sign-in added
    return value


def progress_event(text: str) -> dict[str, Any]:
    """A sign-in's progress line: its English, and its codes when it has them (a ``Said``),
    so the tray words it in its language."""
    from boundary_app.providers.base import Said

    event: dict[str, Any] = {"event": Event.PROGRESS.value, "text": str(text)}
    if isinstance(text, Said):
        event["said"] = text.to_json()
    return event


def _interaction(emit: Emit, cancel: threading.Event) -> SignInInteraction:
    def open_url(url: str) -> bool:
        emit({"event": Event.OPEN_URL.value, "url": url})
        return True  # the tray opens it and shows the link besides

    return SignInInteraction(
        open_url,
        lambda url, code: emit({"event": Event.SHOW_CODE.value, "url": url, "code": code}),
        lambda text: emit(progress_event(text)),
        cancel,
    )


def _self_test(request: Mapping[str, Any], service: Boundary, emit: Emit, cancel: Any) -> Any:
    out, err = io.StringIO(), io.StringIO()
    code = self_test(service, out, err)
    return {"code": code, "out": out.getvalue(), "err": err.getvalue()}


def self_test(service: Boundary, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Load every provider and the libraries each imports lazily (``libraries``).

    A frozen build fails here when a provider or one of its libraries was left out. The tray
    app's ``--self-test`` runs it in a worker (where the libraries are used) and prints what it
    says.
    """
    import importlib

    out, err = out or sys.stdout, err or sys.stderr
    loaded, failures = service.registry.load_all()
    for failure in failures:
        print(f"self-test: provider {failure.kind}: {failure.reason}", file=err)
    missing = 0
    for provider in loaded:
        for library in getattr(provider, "libraries", ()):
            try:
                importlib.import_module(library)
            except Exception as error:  # anything a half-bundled library raises
                missing += 1
                print(
                    f"self-test: provider {provider.kind}: library {library}: {error!r}", file=err
                )
    kinds = ", ".join(p.kind for p in loaded)
    print(f"self-test: profile {service.paths.profile} loaded; providers: {kinds}", file=out)
    return 1 if failures or missing else 0


def _send(request: Mapping[str, Any], service: Boundary, emit: Emit, cancel: Any) -> Any:
    from boundary_app.core.clients import send_mail

    account, subject, text = str(request["account"]), str(request["subject"]), str(request["text"])
    for address in request["to"]:
        send_mail(service, account, str(address), subject, text)
    return {}


def _discover(request: Mapping[str, Any], service: Boundary, emit: Emit, cancel: Any) -> Any:
    from boundary_app.core.discovery import Source, discover

    def stage(source: Source) -> None:
        emit({"event": Event.PROGRESS.value, "text": source.value})

    autodiscover = bool(request.get("autodiscover", True))
    return discover(str(request["email"]), progress=stage, autodiscover=autodiscover).to_json()


JOBS: dict[Job, Callable[[Mapping[str, Any], Boundary, Emit, threading.Event], Any]] = {
    Job.PUSH: _push,
    Job.LIST_MAIL: _list_mail,
    Job.FORWARD: _forward,
    Job.TEST: _test,
    Job.SIGN_IN: _test,
    Job.SELF_TEST: _self_test,
    Job.BACKUPS: _backups,
    Job.SEND: _send,
    Job.DISCOVER: _discover,
}


def serve(
    request: Mapping[str, Any], service: Boundary, emit: Emit, cancel: threading.Event
) -> None:
    """Do the request's job with ``service``; ``emit`` gets the events, then one result or
    one error. Never raises: whatever goes wrong is the error line."""
    try:
        value = JOBS[Job(str(request.get("job")))](request, service, emit, cancel)
    except Exception as error:
        if not isinstance(error, EXPECTED):
            log.exception("The %s job failed", request.get("job"))
        emit({"event": Event.ERROR.value, "error": error_json(error)})
        return
    emit({"event": Event.RESULT.value, "value": value})


def open_service(paths: AppPaths, request: Mapping[str, Any]) -> Boundary:
    """The service over the tray's profile (sent with the request, so the worker acts on
    what the tray shows) and the journal; nothing is created, moved aside or saved."""
    from boundary_app.core.clock import system_clock
    from boundary_app.core.profile import load_profile, parse_profile

    text = request.get("profile")
    profile = parse_profile(str(text)) if text is not None else load_profile(paths.profile)
    service = Boundary(paths, profile, system_clock, timeout=float(request.get("timeout", 30.0)))
    if request.get("system_language"):
        service.system_language = str(request["system_language"])
    return service


# --- the process ------------------------------------------------------------------------------


class Lines:
    """JSON lines to the tray, one at a time from any thread."""

    def __init__(self, stream: IO[bytes]) -> None:
        self.stream = stream
        self.lock = threading.Lock()

    def __call__(self, event: Mapping[str, Any]) -> None:
        line = json.dumps(event, ensure_ascii=False).encode("utf-8") + b"\n"
        with self.lock:
            self.stream.write(line)
            self.stream.flush()


def _streams() -> tuple[IO[bytes], IO[bytes]]:
    """Standard input, and the JSON channel: the real standard output, while ``print`` and
    anything a library writes there go to standard error instead."""
    # A windowed frozen build may have no sys.stdin / sys.stdout objects; the pipes the tray
    # gave are there as file descriptors all the same.
    stdin = sys.stdin.buffer if sys.stdin is not None else open(0, "rb")  # noqa: SIM115
    channel = os.fdopen(os.dup(1), "wb")
    with contextlib.suppress(OSError):
        os.dup2(2, 1)
    sys.stdout = sys.stderr
    return stdin, channel


def _watch_stdin(stdin: IO[bytes], cancel: threading.Event) -> None:
    """A cancel line, or the tray closing the pipe (or going away), sets ``cancel``."""
    for line in stdin:
        with contextlib.suppress(ValueError):
            if json.loads(line).get("cancel"):
                break
    cancel.set()


def run() -> int:
    """Read the request, do it, answer; 0 once an answer (result or error) was written."""
    stdin, channel = _streams()
    emit = Lines(channel)
    try:
        request = json.loads(stdin.readline())
        if not isinstance(request, dict):
            raise ValueError("not a JSON object")
    except ValueError as error:
        emit({"event": Event.ERROR.value, "error": error_json(UnexpectedError(str(error)))})
        return 2
    cancel = threading.Event()
    threading.Thread(target=_watch_stdin, args=(stdin, cancel), daemon=True).start()
    paths = AppPaths.from_environment()
    from boundary_app.core.logs import setup_logging

    setup_logging(paths.log_dir, "worker")
    try:
        service = open_service(paths, request)
    except Exception as error:
        log.exception("The worker could not open the profile and journal")
        emit({"event": Event.ERROR.value, "error": error_json(error)})
        return 0
    try:
        serve(request, service, emit, cancel)
    finally:
        service.close()
    return 0


def main() -> None:
    """The process's entry (``boundary-app --worker``, ``python -m boundary_app --worker``)."""
    code = run()
    logging.shutdown()
    if sys.stderr is not None:
        sys.stderr.flush()
    # Not a normal interpreter exit: a provider thread abandoned at its deadline (or a
    # library's own non-daemon thread) must not keep the process, or crash it on the way out.
    os._exit(code)
