"""The tray app over a journal it may only read or cannot get at: words, not tracebacks."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from boundary_app.core import journal as journal_module
from boundary_app.core.journal import JournalNewer
from boundary_app.core.paths import AppPaths
from boundary_app.core.service import Boundary
from boundary_app.providers.registry import ProviderRegistry
from boundary_app.ui.controller import Controller
from boundary_app.ui.languages import Translators
from boundary_app.ui.shell import Shell
from boundary_app.ui.texts import trouble_words
from tests.fakes import START, FakeClock
from tests.files import newer_journal

TZ = "Europe/Amsterdam"


def im_back_from_the_tray(controller: Controller, qtbot: QtBot) -> list[str]:
    """I'm back chosen in the tray's menu; what the tray then said (its notifications)."""
    shell = Shell(controller, use_tray=False)
    qtbot.addWidget(shell.window)
    said: list[str] = []
    shell.notify = lambda _title, text, on_click=None: said.append(text)  # type: ignore[method-assign]
    shell.come_back()
    assert shell.panel is None  # no result panel: nothing was done
    return said


@pytest.fixture
def dutch() -> Iterator[None]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translators = Translators(app)
    translators.apply("nl")
    yield
    translators.apply("")
    translators.deleteLater()


def test_a_newer_journal_is_said_in_the_persons_language_and_nothing_is_sent(
    paths: AppPaths,
    clock: FakeClock,
    registry: ProviderRegistry,
    qtbot: QtBot,
    dutch: None,
) -> None:
    before = newer_journal(paths.journal, now=START)
    service, _ = Boundary.open(paths, clock, timezone=TZ, registry=registry)
    controller = Controller(service)
    try:
        assert service.journal_notice == JournalNewer(paths.journal, 7)
        assert "nieuwere versie van Boundary" in trouble_words(service.journal_notice)
        assert controller.last_status.state == "away"  # shown as it is

        with qtbot.assertNotEmitted(controller.push_started):
            controller.push()
        said = im_back_from_the_tray(controller, qtbot)
        assert len(said) == 1 and "deze versie kan dit niet doen" in said[0]
    finally:
        controller.shutdown()
        service.close()
    assert paths.journal.read_bytes() == before


def test_a_journal_another_program_holds_is_said_once_and_the_timer_goes_on(
    paths: AppPaths,
    clock: FakeClock,
    registry: ProviderRegistry,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(journal_module, "BUSY_TIMEOUT", 0.1)
    service, _ = Boundary.open(paths, clock, timezone=TZ, registry=registry)
    controller = Controller(service)
    other = sqlite3.connect(paths.journal, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        said = im_back_from_the_tray(controller, qtbot)
        assert len(said) == 1 and "Another program is using" in said[0]
        controller.sync_checks()  # the timer's mail-check tick
        controller.sync_checks()  # the same trouble again: not said twice
        assert len(said) == 2 and "Another program is using" in said[1]
        assert controller.armed_ms() > 0
    finally:
        other.close()
        controller.shutdown()
        service.close()
