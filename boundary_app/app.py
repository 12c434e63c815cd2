"""``boundary-app``: the tray app. One instance per user (and per BOUNDARY_HOME).

``boundary-app --worker`` is the tray's worker process instead (``boundary_app/worker.py``):
it is told apart here before anything imports Qt, so a frozen build, which has no
``python -m``, starts its worker with its own executable.

Tray first: the tray (or, without a tray, the window) is shown with the state it showed last
(``ui/first_show.py``), then the profile, the journal, the controller and the shell are
imported and opened in the next turn of the event loop.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from collections.abc import Sequence
from typing import TYPE_CHECKING

from boundary_app import __version__

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from boundary_app.core.journal import JournalNotice
    from boundary_app.core.paths import AppPaths
    from boundary_app.ui.controller import Controller
    from boundary_app.ui.first_show import FirstShow
    from boundary_app.ui.languages import Translators
    from boundary_app.ui.shell import Shell

log = logging.getLogger(__name__)

WORKER_FLAG = "--worker"


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="boundary-app", description="Boundary's tray app.")
    parser.add_argument("--version", action="version", version=f"boundary-app {__version__}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="start, show the tray, load the profile and every provider, then exit (0 = fine)",
    )
    return parser.parse_args(argv)


def run(argv: Sequence[str] | None = None) -> int:
    args = parse_args(list(sys.argv[1:] if argv is None else argv))
    from boundary_app.core.instance import InstanceLock
    from boundary_app.core.logs import setup_logging
    from boundary_app.core.paths import AppPaths

    paths = AppPaths.from_environment()
    paths.ensure()
    # BOUNDARY_DEBUG=1 logs more (benchmarks/idle.py counts the timer's wake-ups with it).
    setup_logging(
        paths.log_dir, "app", logging.DEBUG if os.environ.get("BOUNDARY_DEBUG") else logging.INFO
    )
    sys.excepthook = lambda *exc: log.critical("Unhandled error", exc_info=exc)

    from PySide6.QtWidgets import QApplication, QSystemTrayIcon

    _no_source_reading()
    from boundary_app.ui.first_show import FirstShow, LastState
    from boundary_app.ui.languages import Translators, system_language

    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    app.setApplicationName("Boundary")
    app.setApplicationVersion(__version__)
    app.setQuitOnLastWindowClosed(False)
    last = LastState.read(paths.data_dir)
    translators = Translators(app)
    translators.apply(last.language if last else system_language())  # the profile's, later

    lock = InstanceLock(paths.app_lock)
    if not lock.acquire():
        # The running app watches the data folder; this file asks it to come forward.
        paths.show_request.write_text("show", encoding="utf-8")
        log.info("Boundary already runs; asked it to show itself")
        return 0
    paths.show_request.unlink(missing_ok=True)  # left by a start that raced a crash

    first = FirstShow(last, QSystemTrayIcon.isSystemTrayAvailable())
    if args.self_test:
        app.processEvents()
        # On the system-wide monotonic clock, so a parent can tell how long start-up took.
        print(f"self-test: shown at monotonic {time.monotonic():.6f}", flush=True)
    from PySide6.QtCore import QTimer

    opened: list[object] = []  # what the next turn opens, kept alive until the app quits
    QTimer.singleShot(0, lambda: opened.extend(_open(app, paths, translators, first, args)))
    code = app.exec()
    for close in reversed(opened):
        close()  # type: ignore[operator]
    lock.release()
    return code


def _no_source_reading() -> None:
    """Stop PySide6 reading the source of every module imported after it.

    PySide6 looks for "PySide6" in the whole source of each module imported once it is loaded
    (``shibokensupport.feature._mod_uses_pyside``, through ``inspect.getsource``), for the
    sake of ``from __feature__ import …``, which Boundary never uses; the sources then stay in
    ``linecache``: about 4 MiB of the tray's memory for good, and the reading at start-up.
    Every module counts as one that does not select PySide features, which is true here.
    """
    feature = sys.modules.get("shibokensupport.feature")
    if feature is not None and callable(getattr(feature, "_mod_uses_pyside", None)):
        setattr(feature, "_mod_uses_pyside", lambda module: False)  # noqa: B010


def _open(
    app: QApplication,
    paths: AppPaths,
    translators: Translators,
    first: FirstShow,
    args: argparse.Namespace,
) -> list[object]:
    """The rest of start-up, after the tray is shown; returns what to close on the way out."""
    from boundary_app.core.clock import system_clock
    from boundary_app.core.journal import JournalError
    from boundary_app.core.profile import ProfileError
    from boundary_app.core.service import Boundary
    from boundary_app.ui import alarm
    from boundary_app.ui.controller import Controller
    from boundary_app.ui.languages import app_language, system_language
    from boundary_app.ui.shell import Shell
    from boundary_app.ui.texts import trouble_words

    try:
        service, notice = Boundary.open(paths, system_clock, timezone=_new_profile_zone(paths))
    except (ProfileError, JournalError) as error:
        from PySide6.QtWidgets import QMessageBox

        first.hide()
        QMessageBox.critical(None, AppText.tr("Boundary cannot start"), trouble_words(error))
        app.exit(1)
        return []
    service.system_language = system_language()
    translators.apply(app_language(service.profile.preferences.language))
    words = start_notice(notice, service.journal_notice)  # in the language just chosen
    # On Linux the timer is a wall-clock alarm that sleeps until something is due.
    controller = Controller(service, alarm=alarm.WallClockAlarm if alarm.available() else None)
    shell = Shell(controller, first.use_tray, translators, tray=first.tray, window=first.window)
    shell.start()
    first.keep_up_to_date(shell)
    if args.self_test:
        _self_test(app, controller)
    else:
        _greet(shell, controller, words)
        log.info("Boundary %s started (tray: %s)", __version__, shell.use_tray)
    return [service.close, controller.shutdown, lambda: first.remember(shell)]


def start_notice(profile: str | None, journal: JournalNotice | None) -> str:
    """What start-up tells the person, in the app's language: the profile's notice (a
    damaged file set aside, a newer one; by its codes) and the journal's, in one message (a
    second notification would replace the first). "" when there is nothing to say."""
    from boundary_app.ui.texts import trouble_words
    from boundary_app.wording import sentence

    words = [sentence(profile)] if profile else []
    if journal is not None:
        words.append(trouble_words(journal))
    return "\n\n".join(words)


def _new_profile_zone(paths: AppPaths) -> str | None:
    """The system's time zone, asked of Qt only when a profile is created (it is slow)."""
    if paths.profile.exists():
        return None
    from PySide6.QtCore import QTimeZone

    return bytes(QTimeZone.systemTimeZoneId().data()).decode() or None


def _greet(shell: Shell, controller: Controller, notice: str | None) -> None:
    from PySide6.QtCore import QTimer

    def on_second_start() -> None:
        log.info("Another start asked Boundary to show itself")
        shell.show_main()

    controller.show_requested.connect(on_second_start)
    if notice:
        QTimer.singleShot(0, lambda: shell.notify(AppText.tr("Boundary"), notice))
    QTimer.singleShot(0, lambda: controller.push())  # what is pending since last time
    QTimer.singleShot(0, shell.welcome)  # first start: the welcome, then start at sign-in


def _self_test(app: QApplication, controller: Controller) -> None:
    """Run the providers' check in a worker (the frozen worker starts, loads every provider
    and its libraries, and answers), check the translations here, then quit with 0 or 1."""
    from boundary_app.ui.languages import missing_translations

    def done(answer: object) -> None:
        code = 1
        try:
            if isinstance(answer, dict):
                print(answer.get("out", ""), end="", flush=True)
                print(answer.get("err", ""), end="", file=sys.stderr, flush=True)
                code = int(answer.get("code", 1))
            else:
                print(f"self-test: the worker failed: {answer}", file=sys.stderr, flush=True)
            for name in missing_translations():
                code = 1
                print(f"self-test: translation {name} is missing or unreadable", file=sys.stderr)
        finally:  # whatever happens (a closed standard output), the self-test ends
            app.exit(code)

    controller.self_test(done)


class AppText:
    """Words of start-up, before any window exists (Qt context "AppText")."""

    @classmethod
    def tr(cls, text: str) -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate(cls.__name__, text)


def main() -> None:
    if sys.argv[1:2] == [WORKER_FLAG]:  # before any Qt import
        from boundary_app.worker import main as worker

        worker()
    sys.exit(run())
