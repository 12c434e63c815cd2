"""Fixtures for the Qt tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from boundary_app.core.service import Boundary
from boundary_app.ui.controller import Controller
from boundary_app.ui.languages import Translators
from tests.fakes import START, FakeClock
from tests.ui.stand_in import in_process


@pytest.fixture
def controller(two_accounts: Boundary, qtbot: QtBot, clock: FakeClock) -> Iterator[Controller]:
    # The monotonic clock moves with the fake one: moving time is not a sleep or a jump.
    # The worker runs in this process (tests/ui/stand_in.py): the fakes live here.
    controller = Controller(
        two_accounts,
        monotonic=lambda: (clock.now - START).total_seconds(),
        runner=in_process(two_accounts),
    )
    yield controller
    # A pass under way reports back through the event loop: let it, while the journal is open.
    qtbot.waitUntil(lambda: not controller.busy, timeout=3000)
    controller.shutdown()


@pytest.fixture(autouse=True)
def _british_english() -> Iterator[None]:
    """Dates read "Mon, 30 Nov 09:00" whatever this machine's locale; a test may switch."""
    from PySide6.QtCore import QLocale

    QLocale.setDefault(QLocale("en_GB"))
    yield
    QLocale.setDefault(QLocale("en_GB"))


@pytest.fixture(autouse=True, scope="session")
def _no_worker_outlives_the_tests() -> Iterator[None]:
    """A pool thread still running Python while the interpreter exits can crash it."""
    yield
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone(10_000)


@pytest.fixture
def translators() -> Iterator[Translators]:
    """The app's translators, speaking English (its plurals: "1 account", "2 accounts")."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translators = Translators(app)
    translators.apply("en")
    yield translators
    translators.apply("")  # nothing to load: back to the source texts
    translators.deleteLater()


@pytest.fixture(autouse=True, scope="session")
def _as_the_app_imports() -> None:
    """PySide6 as the tray app runs it: without its scan of every imported module's source
    (``app._no_source_reading``), which the tests' worker threads would otherwise run while
    they import the providers' libraries."""
    from boundary_app.app import _no_source_reading

    _no_source_reading()
