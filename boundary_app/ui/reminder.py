"""The mail-check reminder as a small window: Start now, Snooze, Skip.

Qt's tray notifications (``QSystemTrayIcon.showMessage``) carry no buttons on any platform,
so the reminder says "click to start now, snooze or skip" and clicking it opens this window
(without a tray, the window is the reminder). Doing nothing is fine: the check opens at its
time, as it always did.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from boundary_app.core.journal import CheckRecord
from boundary_app.core.schedule import Window
from boundary_app.ui import texts
from boundary_app.ui.controller import Controller
from boundary_app.ui.widgets import text_label


class ReminderWindow(QWidget):
    """What to do about the mail-check window ahead.

    ``started`` carries the check opened now; ``decided`` is sent after a snooze or a skip.
    Test accessors: ``text_label``, ``start_button``, ``snooze_button``, ``skip_button``,
    ``note_label`` (why Snooze is not offered, when it is not); ``check_window``.
    """

    started = Signal(object)
    decided = Signal()
    closed = Signal()

    def __init__(self, controller: Controller, window: Window) -> None:
        super().__init__(None, Qt.WindowType.Window | Qt.WindowType.WindowStaysOnTopHint)
        self.controller = controller
        self.check_window = window
        self.setWindowTitle(self.tr("Mail check"))
        layout = QVBoxLayout(self)
        self.text_label = text_label(self, self._words())
        font = self.text_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.text_label.setFont(font)
        layout.addWidget(self.text_label)
        layout.addWidget(
            text_label(
                self,
                self.tr("Start it now, put it off for a while, or skip this one."),
                hint=True,
            )
        )
        self.note_label = text_label(self, hint=True)
        layout.addWidget(self.note_label)
        row = QHBoxLayout()
        plan = controller.profile.checks
        self.start_button = QPushButton(self.tr("&Start now"), self)
        self.snooze_button = QPushButton(self.tr("S&nooze %n min", "", plan.snooze_minutes), self)
        self.skip_button = QPushButton(self.tr("S&kip this check"), self)
        self.start_button.setDefault(True)
        for button, slot in (
            (self.start_button, self.start_now),
            (self.snooze_button, self.snooze),
            (self.skip_button, self.skip),
        ):
            button.clicked.connect(slot)
            row.addWidget(button)
        layout.addLayout(row)
        can_snooze = controller.service.checks.can_snooze_ahead()
        self.snooze_button.setEnabled(can_snooze)
        self.note_label.setText(
            "" if can_snooze else self.tr("Your plan allows no snoozes (Settings → Mail checks).")
        )
        self.note_label.setVisible(not can_snooze)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)

    def _words(self) -> str:
        """ "Mail check at 10:00 in 5 minutes" (or "it is time", once it is)."""
        minutes = round(
            (self.check_window.start - self.controller.service.clock()).total_seconds() / 60
        )
        at = texts.clock_text(self.check_window.start, self.controller.profile.tz)
        if minutes <= 0:
            return self.tr("Mail check at %1: it is time").replace("%1", at)
        return self.tr("Mail check at %1 in %n minute(s)", "", minutes).replace("%1", at)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closed.emit()
        super().closeEvent(event)

    @Slot()
    def start_now(self) -> None:
        checks = self.controller.service.checks
        record: CheckRecord | None = checks.start_early(self.check_window)
        if record is None:  # it opened meanwhile, or a check is open
            record = checks.check_now()
        self.close()
        self.started.emit(record)

    @Slot()
    def snooze(self) -> None:
        self.controller.service.checks.snooze_ahead(self.check_window)
        self.close()
        self.decided.emit()

    @Slot()
    def skip(self) -> None:
        self.controller.service.checks.skip(self.check_window)
        self.close()
        self.decided.emit()
