"""A forward that bounced (5.7.520), as the tray and the result panel say it: its own words,
whom it went to, and a colleague to choose at the account's own domain."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtWidgets import QApplication, QSystemTrayIcon
from pytestqt.qtbot import QtBot

from boundary_app.core.paths import AppPaths
from boundary_app.core.profile import Account, Backup, save_profile
from boundary_app.core.service import AwayRequest, Boundary
from boundary_app.core.states import Cover
from boundary_app.providers.registry import ProviderRegistry
from boundary_app.ui.controller import Controller
from boundary_app.ui.result_panel import ResultPanel
from boundary_app.ui.shell import Shell
from tests.fakes import START, CoverProvider, FakeClock
from tests.ui.stand_in import in_process

SAM = "sam@partner.example"
WAIT = 5000
MINUTE = timedelta(minutes=1)


@pytest.fixture
def service(paths: AppPaths, clock: FakeClock) -> Iterator[Boundary]:
    registry = ProviderRegistry.of([CoverProvider])
    svc, _ = Boundary.open(paths, clock, timezone="Europe/Amsterdam", registry=registry)
    svc.profile.identity.name = "Ana Silva"
    svc.profile.backups = [Backup("Sam Lee", SAM)]
    svc.profile.accounts = [Account("Work", "cover", {"email": "ana@contoso.com"})]
    save_profile(svc.profile, paths.profile)
    yield svc
    svc.close()


@pytest.fixture
def bounce_controller(service: Boundary, qtbot: QtBot, clock: FakeClock) -> Iterator[Controller]:
    controller = Controller(
        service, monotonic=lambda: (clock.now - START).total_seconds(), runner=in_process(service)
    )
    yield controller
    qtbot.waitUntil(lambda: not controller.busy, timeout=WAIT)
    controller.shutdown()
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, ResultPanel):
            widget.close()


def request(service: Boundary, message: str = "Back on Monday.") -> AwayRequest:
    until = service.clock() + timedelta(days=2)
    return AwayRequest(until=until, cover=Cover.FORWARD, internal=message, external=message)


def bounced_after_going_away(service: Boundary, clock: FakeClock) -> None:
    service.go_away(service.prepare_away(request(service)))
    service.push()
    clock.advance(10 * MINUTE)
    CoverProvider.bounces["Work"] = [clock.now]
    clock.advance(MINUTE)


def test_the_tray_says_the_forward_bounced_and_whom_to_choose(
    bounce_controller: Controller, service: Boundary, clock: FakeClock, qtbot: QtBot
) -> None:
    shell = Shell(bounce_controller, use_tray=QSystemTrayIcon.isSystemTrayAvailable())
    qtbot.addWidget(shell.window)
    shell.start()
    bounced_after_going_away(service, clock)
    service.push()

    shell.show_status(bounce_controller.refresh())

    lines = shell.tray.toolTip().split("\n")
    assert any(line.startswith("Needs attention on 1 account") for line in lines)
    assert "Work: forwarding to sam@partner.example bounced; choose a colleague at contoso.com" in (
        lines
    )


def test_the_result_panel_says_when_it_bounced_why_and_what_to_do(
    bounce_controller: Controller, service: Boundary, clock: FakeClock, qtbot: QtBot
) -> None:
    bounced_after_going_away(service, clock)
    previous = service.status().away
    panel = ResultPanel(bounce_controller)
    qtbot.addWidget(panel)
    changed = service.prepare_away(request(service, "Back on Tuesday."))

    panel.go_away(changed, previous)  # the reply's words change; the forwarding stays
    qtbot.waitUntil(panel.results_shown, timeout=WAIT)

    assert panel.trouble.text() == (
        "Work (forwarding): Mail forwarded to sam@partner.example bounced on Tue 24 Nov 09:10 "
        "(5.7.520): your organisation refuses to forward outside it. Choose a colleague at "
        "contoso.com as your backup, not one at partner.example."
    )


def test_a_bounce_is_notified_once_and_a_newer_one_again(
    bounce_controller: Controller, service: Boundary, clock: FakeClock, qtbot: QtBot
) -> None:
    shell = Shell(bounce_controller, use_tray=False)
    qtbot.addWidget(shell.window)
    told: list[tuple[str, str]] = []
    shell.notify = lambda title, text, on_click=None: told.append((title, text))  # type: ignore[method-assign]
    shell.start()
    bounced_after_going_away(service, clock)

    for _ in range(2):  # the same bounce read back at two passes
        with qtbot.waitSignal(bounce_controller.push_finished, timeout=WAIT):
            bounce_controller.push()
    assert [title for title, _text in told] == ["Forwarded mail bounced"]
    assert told[0][1].startswith("Work: Mail forwarded to sam@partner.example bounced on ")
    assert "Choose a colleague at contoso.com" in told[0][1]

    clock.advance(10 * MINUTE)
    CoverProvider.bounces["Work"] = [clock.now]  # another one came
    with qtbot.waitSignal(bounce_controller.push_finished, timeout=WAIT):
        bounce_controller.push()
    assert len(told) == 2
