"""A provider's refusal reads in Dutch in the tray after a pass: from the results that
crossed from the worker as JSON lines, and from the journal read by a new service, even when
the server's own words in it read like one of Boundary's sentences."""

from __future__ import annotations

import io
import json
import threading
from datetime import timedelta

from PySide6.QtWidgets import QApplication

from boundary_app.core.jobs import push_request
from boundary_app.core.reconciler import AccountResult
from boundary_app.core.service import AwayRequest, Boundary
from boundary_app.providers.base import Rejected, Said
from boundary_app.ui.languages import Translators
from boundary_app.ui.texts import said_text
from boundary_app.worker import Lines, serve
from tests.fakes import FakeClock, MemoryProvider

SERVER = "Quota reached. Connected."
"""What the server said: its last words are the English of the code ``connected``."""
DUTCH = f"Exchange weigerde: {SERVER}"


def worker_pass(service: Boundary) -> list[AccountResult]:
    """A pass as the worker answers it, and the results as the tray reads them."""
    channel = io.BytesIO()
    serve(push_request(None), service, Lines(channel), threading.Event())
    [line] = channel.getvalue().splitlines()
    return [AccountResult.from_json(r) for r in json.loads(line)["value"]["results"]]


def test_a_refusal_reads_in_dutch_from_the_worker_and_from_the_journal(
    two_accounts: Boundary, clock: FakeClock, qapp: QApplication, translators: Translators
) -> None:
    translators.apply("nl")
    tz = two_accounts.profile.tz
    two_accounts.go_away(
        two_accounts.prepare_away(AwayRequest(until=clock.now + timedelta(days=2)))
    )
    MemoryProvider.fail_with["Work"] = Rejected(Said("exchange-refused", said=SERVER))

    work = next(r for r in worker_pass(two_accounts) if r.account == "Work")
    assert work.message == f"Exchange refused: {SERVER}"  # the English, for the log
    assert said_text(work.message, tz) == DUTCH
    # The same words as plain text read wrong: the server's "Connected." is taken for ours.
    assert said_text(str(work.message), tz) == "Exchange weigerde: Quota reached. Verbonden."

    again, _notice = Boundary.open(
        two_accounts.paths, clock, registry=two_accounts.registry, timeout=2.0
    )
    try:
        kept = next(a for a in again.status().accounts if a.account == "Work")
        assert said_text(kept.message, tz) == DUTCH
    finally:
        again.close()
