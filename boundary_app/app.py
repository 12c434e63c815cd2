"""``boundary-app``: the tray app. One instance per user (and per BOUNDARY_HOME)."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from collections.abc import Sequence

from PySide6.QtCore import QTimer, QTimeZone
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from boundary_app import __version__
from boundary_app.core.clock import system_clock
from boundary_app.core.instance import InstanceLock
from boundary_app.core.journal import JournalError
from boundary_app.core.logs import setup_logging
from boundary_app.core.paths import AppPaths
from boundary_app.core.profile import ProfileError
from boundary_app.core.service import Boundary
from boundary_app.ui.languages import (
    Translators,
    Words,
    app_language,
    missing_translations,
    system_language,
)

log = logging.getLogger(__name__)


class AppText(Words):
    """Words of start-up, before any window exists."""


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="boundary-app", description="Boundary's tray app.")
    parser.add_argument("--version", action="version", version=f"boundary-app {__version__}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="start, show the tray, load the profile and every provider, then exit (0 = fine)",
    )
    return parser.parse_args(argv)


def self_test(service: Boundary) -> int:
    """Load every provider, the libraries each imports lazily (``libraries``) and every
    translation.

    A frozen build fails here when a provider, one of its libraries or a translation was left
    out.
    """
    import importlib

    loaded, failures = service.registry.load_all()
    for failure in failures:
        print(f"self-test: provider {failure.kind}: {failure.reason}", file=sys.stderr)
    missing = 0
    for provider in loaded:
        for library in getattr(provider, "libraries", ()):
            try:
                importlib.import_module(library)
            except Exception as error:  # anything a half-bundled library raises
                missing += 1
                print(
                    f"self-test: provider {provider.kind}: library {library}: {error!r}",
                    file=sys.stderr,
                )
    for name in missing_translations():
        missing += 1
        print(f"self-test: translation {name} is missing or unreadable", file=sys.stderr)
    kinds = ", ".join(p.kind for p in loaded)
    print(f"self-test: profile {service.paths.profile} loaded; providers: {kinds}")
    return 1 if failures or missing else 0


def run(argv: Sequence[str] | None = None) -> int:
    args = parse_args(list(sys.argv[1:] if argv is None else argv))
    paths = AppPaths.from_environment()
    paths.ensure()
    # BOUNDARY_DEBUG=1 logs more (benchmarks/idle.py counts the timer's wake-ups with it).
    setup_logging(
        paths.log_dir, "app", logging.DEBUG if os.environ.get("BOUNDARY_DEBUG") else logging.INFO
    )
    sys.excepthook = lambda *exc: log.critical("Unhandled error", exc_info=exc)

    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    app.setApplicationName("Boundary")
    app.setApplicationVersion(__version__)
    app.setQuitOnLastWindowClosed(False)
    translators = Translators(app)
    translators.apply(system_language())  # the profile's choice, once it is read

    lock = InstanceLock(paths.app_lock)
    if not lock.acquire():
        # The running app watches the data folder; this file asks it to come forward.
        paths.show_request.write_text("show", encoding="utf-8")
        log.info("Boundary already runs; asked it to show itself")
        return 0
    paths.show_request.unlink(missing_ok=True)  # left by a start that raced a crash

    from boundary_app.ui.controller import Controller
    from boundary_app.ui.shell import Shell
    from boundary_app.ui.texts import trouble_words

    timezone = bytes(QTimeZone.systemTimeZoneId().data()).decode() or None
    try:
        service, notice = Boundary.open(paths, system_clock, timezone=timezone)
    except (ProfileError, JournalError) as error:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(None, AppText.tr("Boundary cannot start"), trouble_words(error))
        return 1
    if service.journal_notice is not None:  # one message: a second would replace the first
        journal_words = trouble_words(service.journal_notice)
        notice = f"{notice}\n\n{journal_words}" if notice else journal_words

    service.system_language = system_language()
    translators.apply(app_language(service.profile.preferences.language))
    controller = Controller(service)
    shell = Shell(controller, QSystemTrayIcon.isSystemTrayAvailable(), translators)
    shell.start()

    if args.self_test:
        app.processEvents()
        # On the system-wide monotonic clock, so a parent can tell how long start-up took.
        print(f"self-test: shown at monotonic {time.monotonic():.6f}", flush=True)
        code = self_test(service)
        QTimer.singleShot(0, lambda: app.exit(code))
    else:

        def on_second_start() -> None:
            log.info("Another start asked Boundary to show itself")
            shell.show_main()

        controller.show_requested.connect(on_second_start)
        if notice:
            QTimer.singleShot(0, lambda: shell.notify(AppText.tr("Boundary"), notice))
        QTimer.singleShot(0, lambda: controller.push())  # what is pending since last time
        QTimer.singleShot(0, shell.welcome)  # first start: the welcome, then start at sign-in
        log.info("Boundary %s started (tray: %s)", __version__, shell.use_tray)
    code = app.exec()
    controller.shutdown()
    service.close()
    lock.release()
    return code


def main() -> None:
    sys.exit(run())
