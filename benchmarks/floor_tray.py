"""The floor for Boundary's start-up and memory: the least a PySide6 tray app can be.

A QApplication that does not quit when its last window closes, a QSystemTrayIcon with
Boundary's own SVG icon and a menu of four actions, shown; without a system tray, a small
window of the same kind as Boundary's main window instead (``Window``: the same widget
classes, status labels over two rows of buttons), as Boundary falls back. ``--self-test``
means what it means for Boundary: start, show, leave the event loop at once and exit 0;
like Boundary it prints ``self-test: shown at monotonic T`` once the tray (or the window)
is shown. Without it the app runs until it is killed.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

ICON = Path(__file__).resolve().parent.parent / "resources" / "icons" / "available.svg"
ROWS = (("Go away…", "I'm back", "Settings…", "Quit"), ("Check now", "Skip", "Pause", "Stats"))


class Window(QWidget):
    """What Boundary's no-tray main window is made of, with nothing behind it: three
    word-wrapped labels (the first in a larger font) over two rows of four buttons that
    trigger actions, in box layouts, with a minimum width, a title and an icon."""

    def __init__(self, actions: dict[str, QAction], icon: QIcon) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        for index, text in enumerate(("Available", "All accounts up to date", "No checks")):
            label = QLabel(text)
            label.setWordWrap(True)
            if index == 0:
                font = label.font()
                font.setPointSizeF(font.pointSizeF() * 1.3)
                label.setFont(font)
            layout.addWidget(label)
        layout.addStretch(1)
        self.buttons: list[QPushButton] = []
        for row in ROWS:
            buttons = QHBoxLayout()
            for text in row:
                button = QPushButton(text)
                if text in actions:  # the menu's actions; the others have nothing behind them
                    button.clicked.connect(actions[text].trigger)
                buttons.addWidget(button)
                self.buttons.append(button)
            layout.addLayout(buttons)
        self.buttons[0].setDefault(True)
        self.setMinimumWidth(460)
        self.setWindowTitle("Floor")
        self.setWindowIcon(icon)


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

    icon = QIcon(str(ICON))
    tray = QSystemTrayIcon(icon)
    tray.setContextMenu(menu)
    window: Window | None = None
    if QSystemTrayIcon.isSystemTrayAvailable():
        tray.show()
    else:
        window = Window({action.text(): action for action in actions}, icon)
        window.show()

    if args.self_test:
        app.processEvents()
        print(f"self-test: shown at monotonic {time.monotonic():.6f}", flush=True)
        QTimer.singleShot(0, app.quit)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
