"""The floor for Boundary's start-up and memory: the least a PySide6 tray app can be.

A QApplication that does not quit when its last window closes, a QSystemTrayIcon with
Boundary's own SVG icon and a menu of four actions, shown; without a system tray, a small
window instead, exactly as Boundary falls back. ``--self-test`` means what it means for
Boundary: start, show, leave the event loop at once and exit 0; like Boundary it prints
``self-test: shown at monotonic T`` once the tray is shown. Without it the app runs until it
is killed.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon, QWidget

ICON = Path(__file__).resolve().parent.parent / "resources" / "icons" / "available.svg"


def main() -> int:
    parser = argparse.ArgumentParser(description="Minimal PySide6 tray app (benchmark floor).")
    parser.add_argument("--self-test", action="store_true", help="start, show, exit 0")
    args = parser.parse_args()

    app = QApplication([sys.argv[0]])
    app.setQuitOnLastWindowClosed(False)

    menu = QMenu()
    actions = [QAction(text, menu) for text in ("Status", "Go away…", "I'm back", "Quit")]
    for action in actions:
        menu.addAction(action)
    actions[-1].triggered.connect(app.quit)

    tray = QSystemTrayIcon(QIcon(str(ICON)))
    tray.setContextMenu(menu)
    window: QWidget | None = None
    if QSystemTrayIcon.isSystemTrayAvailable():
        tray.show()
    else:
        window = QWidget()
        window.setWindowTitle("Floor")
        window.resize(320, 120)
        window.show()

    if args.self_test:
        app.processEvents()
        print(f"self-test: shown at monotonic {time.monotonic():.6f}", flush=True)
        QTimer.singleShot(0, app.quit)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
