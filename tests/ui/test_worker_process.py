"""The tray with real worker processes: passes and an account's test go through
``boundary-app --worker``; a worker that crashes or talks nonsense is reported and the pass
tried again; the tray never loads a mail library, whatever accounts it pushes to.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import keyring
import pytest
from pytestqt.qtbot import QtBot

from boundary_app.core.clock import system_clock
from boundary_app.core.paths import AppPaths
from boundary_app.core.profile import Account, save_profile
from boundary_app.core.service import AwayRequest, Boundary
from boundary_app.providers.exchange import ExchangeProvider
from boundary_app.providers.gmail import GmailProvider
from boundary_app.providers.local import LocalProvider
from boundary_app.ui.controller import Controller
from boundary_app.ui.settings.dialog import SettingsDialog
from boundary_app.ui.worker_bridge import ProcessRunner, WorkerStopped
from tests.core.test_layers import HEAVY
from tests.fakes import FakeClock, FileKeyring
from tests.providers.exchange.fake_ews import FakeEws
from tests.providers.gmail.conftest import CLIENT_ID, CLIENT_SECRET, token_json
from tests.providers.gmail.fake_google import FakeGoogle
from tests.ui.stand_in import record_away

ROOT = Path(__file__).resolve().parents[2]
WAIT = 30_000
"""A worker starts a Python process and imports the mail libraries: generous on a busy CI."""


@pytest.fixture
def real_clock() -> FakeClock:
    """The tray's clock starts at the real time (the worker's) and moves only when told."""
    return FakeClock(system_clock().replace(microsecond=0))


@pytest.fixture
def tray_service(paths: AppPaths, real_clock: FakeClock) -> Iterator[Boundary]:
    service, _ = Boundary.open(paths, real_clock, timezone="Europe/Amsterdam", timeout=5.0)
    service.profile.identity.name = "Ana Silva"
    save_profile(service.profile, paths.profile)
    yield service
    service.close()


def controller_with(
    service: Boundary, qtbot: QtBot, command: list[str] | None = None
) -> Controller:
    controller = Controller(service, runner=lambda: ProcessRunner(command))
    return controller


@pytest.fixture
def controller(tray_service: Boundary, qtbot: QtBot) -> Iterator[Controller]:
    controller = controller_with(tray_service, qtbot)
    yield controller
    qtbot.waitUntil(lambda: not controller.busy, timeout=WAIT)
    controller.shutdown()


def test_a_pass_goes_through_a_worker_process_and_the_tray_shows_its_result(
    controller: Controller, qtbot: QtBot, tray_service: Boundary
) -> None:
    period = tray_service.prepare_away(AwayRequest(until=tray_service.clock() + timedelta(days=1)))
    with qtbot.waitSignal(controller.push_finished, timeout=WAIT) as finished:
        record_away(controller, period)
        assert controller.busy  # the event loop runs while the worker works
    [result] = finished.args[0]
    assert (result.account, result.status, result.pushed) == ("This computer", "ok", True)
    local = tray_service.provider_for(tray_service.profile.accounts[0])
    assert isinstance(local, LocalProvider)
    assert local.read_auto_reply().enabled
    assert controller.last_status.accounts[0].status == "ok"


def test_an_accounts_test_in_settings_goes_through_a_worker_process(
    controller: Controller, qtbot: QtBot
) -> None:
    dialog = SettingsDialog(controller)
    qtbot.addWidget(dialog)
    dialog.show()
    tab = dialog.accounts_tab
    tab.account_table.selectRow(0)
    tab.test_account_button.click()
    assert tab.account_result.text() == "Connecting to This computer…"
    qtbot.waitUntil(tab.test_account_button.isEnabled, timeout=WAIT)
    assert tab.account_result.text() == "This computer: Connected. No auto-reply is set."


CRASH = "import os, signal; os.kill(os.getpid(), signal.SIGSEGV)"


@pytest.mark.parametrize(
    ("code", "said"),
    [
        ("import sys; sys.exit(3)", "stopped unexpectedly (exit status 3)"),
        (CRASH, "stopped unexpectedly"),
        ("print('Segmentation fault in libxml2')", "answered something Boundary cannot read"),
    ],
)
def test_a_failed_worker_is_reported_and_the_pass_tried_again_in_30_seconds(
    tray_service: Boundary, qtbot: QtBot, real_clock: FakeClock, code: str, said: str
) -> None:
    commands = [[sys.executable, "-c", code], None]  # then the real worker
    controller = Controller(tray_service, runner=lambda: ProcessRunner(commands.pop(0)))
    try:
        with (
            qtbot.waitSignal(controller.notice, timeout=WAIT) as told,
            qtbot.waitSignal(controller.push_finished, timeout=WAIT) as finished,
        ):
            controller.push()
        [failure] = finished.args
        assert isinstance(failure, WorkerStopped)
        assert said in told.args[1] and told.args[1].startswith("Sending the replies failed:")
        assert controller._push_at == real_clock.now + timedelta(seconds=30)

        real_clock.advance(timedelta(seconds=30))
        with qtbot.waitSignal(controller.push_finished, timeout=WAIT) as retried:
            controller._timer.timeout.emit()
        assert [r.status for r in retried.args[0]] == ["ok"]
    finally:
        qtbot.waitUntil(lambda: not controller.busy, timeout=WAIT)
        controller.shutdown()


# --- the tray's memory: no mail library, whatever the accounts ------------------------------

TRAY = """
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
from boundary_app.core.clock import system_clock
from boundary_app.core.paths import AppPaths
from boundary_app.core.service import Boundary
from boundary_app.ui.controller import Controller
service, _ = Boundary.open(AppPaths.from_environment(), system_clock)
controller = Controller(service)
results = []
controller.push_finished.connect(lambda answer: (results.append(answer), app.quit()))
QTimer.singleShot(0, controller.push)
QTimer.singleShot(60_000, app.quit)
app.exec()
heavy = sorted({m.split(".")[0] for m in sys.modules} & set(HEAVY))
[answer] = results
print(json.dumps({
    "results": {r.account: (r.status, r.pushed, r.message) for r in answer},
    "heavy": heavy,
}))
controller.shutdown()
service.close()
"""


@pytest.fixture
def shared_keyring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """A keyring in a file this test, the tray it starts and that tray's workers share."""
    env = {
        "BOUNDARY_TEST_KEYRING": str(tmp_path / "keyring.json"),
        "PYTHON_KEYRING_BACKEND": "tests.fakes.FileKeyring",
    }
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    keyring.set_keyring(FileKeyring())  # the memory keyring comes back after the test
    return env


def accounts_of_each_kind(service: Boundary, ews: FakeEws, google: FakeGoogle, tmp: Path) -> None:
    """Exchange and Gmail against the loopback fakes; Microsoft 365 and IMAP on a closed port
    (their workers load MSAL and sievelib all the same, and report them unreachable)."""
    client = tmp / "client.json"
    client.write_text(
        json.dumps(
            {
                "installed": {
                    "client_id": CLIENT_ID,
                    "client_secret": CLIENT_SECRET,
                    "auth_uri": "https://accounts.google.com/o/oauth2/auth",
                    "token_uri": google.token_uri,
                }
            }
        ),
        encoding="utf-8",
    )
    token = tmp / "token.json"
    token.write_text(json.dumps(token_json(google)), encoding="utf-8")
    secrets = service.secrets
    exchange = {
        "email": ews.mailbox,
        "ews_url": ews.url,
        "username": ews.username,
        "auth": "basic",
        "password": ews.password,
    }
    gmail = {
        "email": "ana@example.com",
        "client_secrets": str(client),
        "token_file": str(token),
        "api_url": google.url,
    }
    service.profile.accounts += [
        Account("Exchange", "exchange", ExchangeProvider.configure("Exchange", exchange, secrets)),
        Account("Gmail", "gmail", GmailProvider.configure("Gmail", gmail, secrets)),
        Account(
            "M365",
            "m365",
            {
                "email": "ana@contoso.com",
                "graph_url": "http://127.0.0.1:9/v1.0",
                "authority_url": "http://127.0.0.1:9",
            },
        ),
        Account(
            "IMAP",
            "imap",
            {
                "email": "ana@example.org",
                "username": "ana",
                "security": "plain-loopback",
                "imap_host": "127.0.0.1",
                "imap_port": 9,
                "sieve_host": "127.0.0.1",
                "sieve_port": 9,
                "smtp_host": "127.0.0.1",
                "smtp_port": 9,
            },
        ),
    ]
    secrets.set("IMAP", "password", "secret")
    save_profile(service.profile, service.paths.profile)


def test_after_a_push_to_every_kind_of_account_the_tray_has_loaded_no_mail_library(
    paths: AppPaths, shared_keyring: dict[str, str], tmp_path: Path
) -> None:
    service, _ = Boundary.open(paths, system_clock, timezone="Europe/Amsterdam")
    google = FakeGoogle().start()
    try:
        with FakeEws() as ews:
            accounts_of_each_kind(service, ews, google, tmp_path)
            service.go_away(service.prepare_away(AwayRequest(until=system_clock() + timedelta(1))))
            done = subprocess.run(
                [sys.executable, "-c", f"HEAVY = {HEAVY!r}\n" + textwrap.dedent(TRAY)],
                capture_output=True,
                text=True,
                env={
                    **os.environ,
                    **shared_keyring,
                    "PYTHONPATH": str(ROOT),
                    "QT_QPA_PLATFORM": "offscreen",
                },
                timeout=120,
                check=False,
            )
            assert done.returncode == 0, done.stderr
            applied = list(ews.state.applied)
    finally:
        google.stop()
        service.close()
    report = json.loads(done.stdout.splitlines()[-1])
    results = report["results"]
    assert results["Exchange"][:2] == ["ok", True], results
    assert results["Gmail"][:2] == ["ok", True], results
    assert results["M365"][0] != "ok" and results["IMAP"][0] != "ok"
    assert applied, "the worker set the reply on the EWS fake"
    assert google.vacation["enableAutoReply"] is True
    assert report["heavy"] == []
