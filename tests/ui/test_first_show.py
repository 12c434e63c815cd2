"""Tray first: the last state is kept, shown at the next start before anything is opened, and
the shell takes the icon and the window over."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from boundary_app.core.service import AwayRequest
from boundary_app.ui.controller import Controller
from boundary_app.ui.first_show import STATE_FILE, FirstShow, LastState
from boundary_app.ui.shell import Shell
from tests.ui.stand_in import record_away


def away_for_a_day(controller: Controller, qtbot: QtBot) -> None:
    service = controller.service
    period = service.prepare_away(AwayRequest(until=service.clock() + timedelta(days=1)))
    with qtbot.waitSignal(controller.push_finished, timeout=5000):
        record_away(controller, period)


def test_what_the_shell_shows_is_kept_and_shown_first_at_the_next_start(
    controller: Controller, qtbot: QtBot
) -> None:
    first = FirstShow(None, use_tray=False)
    assert first.window is None  # nothing kept yet: the shell builds the window
    shell = Shell(controller, use_tray=False)
    qtbot.addWidget(shell.window)
    shell.start()
    first.keep_up_to_date(shell)
    away_for_a_day(controller, qtbot)

    data_dir = controller.service.paths.data_dir
    kept = LastState.read(data_dir)
    assert kept is not None
    assert kept.icon == "away"
    assert kept.status.startswith("Away until Wednesday 25 November")
    assert kept.tooltip == shell.tray.toolTip()


def test_the_window_kept_comes_first_and_the_shell_takes_it_over(
    controller: Controller, qtbot: QtBot
) -> None:
    words = {"go_away": "&Go away…", "back": "I'm &back", "settings": "&Settings…"}
    kept = LastState(
        icon="away", status="Away until Wed, 25 Nov", words=words, enabled={"back": True}
    )
    first = FirstShow(kept, use_tray=False)  # the next start, before the service is opened
    window = first.window
    assert window is not None
    qtbot.addWidget(window)
    assert window.isVisible()
    assert window.status_label.text() == "Away until Wed, 25 Nov"
    assert window.buttons["back"].isEnabled() and window.buttons["back"].text() == "I'm &back"
    assert not window.buttons["go_away"].isEnabled()  # as it was kept

    shell = Shell(controller, use_tray=False, window=window)
    assert shell.window is window  # the same window, now the shell's
    assert window.status_label.text() == "Available"  # what the journal says
    assert window.buttons["go_away"].isEnabled()
    assert window.quit_on_close


@pytest.mark.qt_log_ignore("No such signal QPlatformNativeInterface::systemTrayWindowChanged")
def test_with_a_tray_the_icon_and_tooltip_come_first_and_the_shell_keeps_that_icon(
    controller: Controller,
) -> None:
    first = FirstShow(LastState(icon="away", tooltip="Boundary\nAway until Mon"), use_tray=True)
    assert first.tray is not None
    assert first.tray.toolTip() == "Boundary\nAway until Mon"
    assert first.tray.isVisible()
    shell = Shell(controller, use_tray=True, tray=first.tray)
    assert shell.tray is first.tray
    assert shell.tray.contextMenu() is shell.menu
    assert shell.tray.toolTip().startswith("Boundary\nAvailable")  # the real state, now


@pytest.mark.parametrize("text", ["", "{", '{"icon": "away"}', "[1, 2]"])
def test_a_state_file_that_cannot_be_read_is_as_none(tmp_path: Path, text: str) -> None:
    (tmp_path / STATE_FILE).write_text(text, encoding="utf-8")
    assert LastState.read(tmp_path) is None
