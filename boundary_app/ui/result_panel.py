"""The small panel that says how Go away, I'm back or keeping a found reply went.

It records the person's choice through ``Controller.act`` (a journal write, then a push off
the GUI thread), says what it is doing, then how each account came out, in a few lines, and
offers the way back: **I'm back** after going away, **Undo** after a change or after I'm
back. When every account is fine it closes itself after ``AUTO_CLOSE_MS`` (not while the
pointer is on it); when one needs attention it stays until closed.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from dataclasses import replace

from PySide6.QtCore import QEvent, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QEnterEvent, QFont, QGuiApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from boundary_app.core.journal import ReplyPeriod
from boundary_app.core.reconciler import AccountResult, ChannelCode, ChannelResult
from boundary_app.core.states import AccountStatus
from boundary_app.ui.controller import Controller
from boundary_app.ui.cover_texts import bounce_text, capitalised, channel_name
from boundary_app.ui.texts import (
    clock_text,
    names_list,
    said_text,
    short_when_text,
    shown_name,
    trouble_words,
)
from boundary_app.ui.widgets import ERROR_STYLE, WARNING_STYLE, text_label

AUTO_CLOSE_MS = 8_000
"""How long a result with nothing wrong stays on screen."""
WIDTH = 380
MARGIN = 16
"""Pixels between the panel and the screen's edge (the corner where trays live)."""

AWAY, CHANGE, BACK, KEEP = "away", "change", "back", "keep"


def _push_names(*periods: ReplyPeriod | None) -> list[str] | None:
    """The accounts a change touches: every one the old or the new period covers."""
    names: list[str] = []
    for period in periods:
        if period is None:
            continue
        if not period.accounts:
            return None
        names += [n for n in period.accounts if n not in names]
    return names or None


def restored(period: ReplyPeriod) -> ReplyPeriod:
    """``period`` recorded again as it was (for Undo): same start, end, texts and accounts."""
    return replace(period, id=None, created=None, ended=None)


class ResultPanel(QFrame):
    """How the person's choice came out, with the way back.

    Test accessors: ``heading``, ``detail``, ``trouble``, ``back_button``, ``undo_button``,
    ``close_button``, ``close_timer``, ``kind``; ``results_shown()`` (every account has its
    outcome), ``results_text()``.
    """

    undone = Signal()
    """Undo was pressed (the panel goes on to show the undo's own result)."""

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        flags = (
            Qt.WindowType.Tool
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint
        )
        super().__init__(parent, flags)
        self.controller = controller
        self.tz = controller.profile.tz
        self.kind = ""
        self.period: ReplyPeriod | None = None
        self.previous: ReplyPeriod | None = None
        self._awaiting = False
        self._started = False
        self._finished = False
        self._trouble = False
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setWindowTitle(self.tr("Boundary"))
        self._build()
        controller.push_started.connect(self._on_push_started)
        controller.push_finished.connect(self._on_push_finished)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 10)
        self.heading = text_label(self)
        font = QFont(self.heading.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.heading.setFont(font)
        self.detail = text_label(self)
        self.trouble = text_label(self, style=WARNING_STYLE)
        for label in (self.detail, self.trouble):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.heading)
        layout.addWidget(self.detail)
        layout.addWidget(self.trouble)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.back_button = QPushButton(self.tr("I'm &back"), self)
        self.undo_button = QPushButton(self.tr("&Undo"), self)
        self.close_button = QPushButton(self.tr("&Close"), self)
        for button in (self.back_button, self.undo_button, self.close_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.back_button.clicked.connect(self._back_pressed)
        self.undo_button.clicked.connect(self._undo_pressed)
        self.close_button.clicked.connect(self.close)
        self.close_timer = QTimer(self)
        self.close_timer.setSingleShot(True)
        self.close_timer.setInterval(AUTO_CLOSE_MS)
        self.close_timer.timeout.connect(self.close)
        self.setFixedWidth(WIDTH)

    # --- what it records ------------------------------------------------------------------

    def go_away(self, period: ReplyPeriod, previous: ReplyPeriod | None = None) -> None:
        """Record ``period`` (in place of ``previous``, the period being changed, if any).

        Raises what the journal raises (nothing is pushed then)."""
        kind = CHANGE if previous is not None else AWAY

        def record() -> Sequence[str] | None:
            self.period = self.controller.service.go_away(period)
            return _push_names(previous, period) if previous is not None else _push_names(period)

        self._record(kind, record, previous)

    def come_back(self) -> None:
        """I'm back: every reply cleared. Raises what the journal raises."""
        status = self.controller.service.status()
        self._record(BACK, lambda: self._ended(self.controller.service.come_back()), status.away)

    def _ended(self, was_away: bool) -> None:
        if not was_away:
            self.previous = None

    def keep(self, names: Sequence[str]) -> None:
        """Keep the replies found on ``names`` as the away period. Raises ``FoundError``."""

        def record() -> Sequence[str]:
            self.period = self.controller.service.keep_found(names)
            return self.period.accounts

        self._record(KEEP, record, None)

    def _record(
        self,
        kind: str,
        record: Callable[[], Sequence[str] | None],
        previous: ReplyPeriod | None,
    ) -> None:
        self.close_timer.stop()
        self.kind, self.previous, self.period = kind, previous, None
        self._started = self._finished = self._trouble = False
        self._awaiting = True
        self.heading.setText(
            self.tr("Clearing your reply…") if kind == BACK else self.tr("Setting your reply…")
        )
        self._say("", "")
        for button in (self.back_button, self.undo_button):
            button.hide()
        try:
            self.controller.act(record)
        except Exception:
            self._awaiting = False
            raise

    # --- what it shows --------------------------------------------------------------------

    def _say(self, detail: str, trouble: str, *, style: str = WARNING_STYLE) -> None:
        """The lines under the heading; the panel grows or shrinks to them, in its corner."""
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        self.trouble.setText(trouble)
        self.trouble.setStyleSheet(style)
        self.trouble.setVisible(bool(trouble))
        if self.isVisible():
            self.place()

    @Slot(list)
    def _on_push_started(self, names: list[str]) -> None:
        # A pass that was running already does not carry this choice; the next one does.
        if self._awaiting and not self._started:
            self._started = True
            self._say(self.tr("Sending to %1…").replace("%1", names_list(names)), "")

    @Slot(object)
    def _on_push_finished(self, results: object) -> None:
        if not (self._awaiting and self._started):
            return
        self._awaiting = False
        self._finished = True
        if isinstance(results, BaseException):
            self._show_failure(results)
            return
        items = (
            [r for r in results if isinstance(r, AccountResult)]
            if isinstance(results, list)
            else []
        )
        self._show_results(items)

    def _show_failure(self, error: BaseException) -> None:
        self._trouble = True
        self.heading.setText(self.tr("Some accounts need attention"))
        failed = self.tr("Sending the replies failed: %1").replace("%1", trouble_words(error))
        self._say("", failed, style=ERROR_STYLE)
        self._offer()

    def _show_results(self, results: list[AccountResult]) -> None:
        done = [shown_name(r.account, r.kind) for r in results if r.ok]
        written = [shown_name(r.account, r.kind) for r in results if r.ok and r.pushed]
        trouble = [r for r in results if not r.ok and r.status != AccountStatus.FOUND]
        self.heading.setText(self._headline())
        lines = [
            self.tr("%1: %2")
            .replace("%1", shown_name(r.account, r.kind))
            .replace("%2", self.describe(r))
            for r in trouble
        ]
        lines += self._channel_trouble(results)
        self._trouble = bool(lines)
        detail = [self._done_line(done, written)] if done else []
        detail += self._channel_lines(results)
        self._say("\n".join(detail), "\n".join(lines))
        self._offer()

    def _channel_lines(self, results: list[AccountResult]) -> list[str]:
        """Per channel beside the reply (forwarding, …): where it is now on, and where going
        back or a change turned it off: "Forwarding on Work and Home."."""
        on: dict[str, list[str]] = {}
        off: dict[str, list[str]] = {}
        for result in results:
            for channel in result.channels:
                if not channel.ok:
                    continue
                if getattr(channel.desired, "enabled", False):
                    on.setdefault(channel.channel, []).append(
                        shown_name(result.account, result.kind)
                    )
                elif channel.pushed:
                    off.setdefault(channel.channel, []).append(
                        shown_name(result.account, result.kind)
                    )
        lines = []
        for name, accounts in on.items():
            text = self.tr("%1 on %2.").replace("%1", capitalised(channel_name(name)))
            lines.append(text.replace("%2", names_list(accounts)))
        for name, accounts in off.items():
            text = self.tr("%1 off on %2.").replace("%1", capitalised(channel_name(name)))
            lines.append(text.replace("%2", names_list(accounts)))
        return lines

    def _channel_trouble(self, results: list[AccountResult]) -> list[str]:
        """A line for each channel that did not come out as asked: "Work (forwarding): …"."""
        lines = []
        for result in results:
            for channel in result.channels:
                if channel.ok or channel.status == AccountStatus.FOUND:
                    continue
                where = self.tr("%1 (%2)").replace("%1", shown_name(result.account, result.kind))
                where = where.replace("%2", channel_name(channel.channel))
                said = self.describe(channel)
                if channel.code is ChannelCode.FORWARD_BOUNCED:
                    email = self.controller.account_emails().get(result.account, "")
                    said = bounce_text(channel, email, self.tz)
                lines.append(self.tr("%1: %2").replace("%1", where).replace("%2", said))
        return lines

    def _headline(self) -> str:
        if self.kind == BACK:
            return self.tr("Welcome back")
        period = self.period
        if period is None:
            return self.tr("You're away")
        now = self.controller.service.clock()
        if period.start > now:
            return self.tr("You'll be away from %1").replace(
                "%1", short_when_text(period.start, self.tz)
            )
        if period.until is None:
            return self.tr("You're away until further notice")
        return self.tr("You're away until %1").replace("%1", short_when_text(period.until, self.tz))

    def _done_line(self, done: list[str], written: list[str]) -> str:
        """Which accounts hold the outcome; for a change, which ones had to be written."""
        if self.kind == BACK:
            return self.tr("Your reply is off on %1.").replace("%1", names_list(done))
        if self.kind == KEEP:
            return self.tr("Kept the auto-reply of %1 as your away period.").replace(
                "%1", names_list(done)
            )
        if self.period is not None and not self.period.cover.replies:
            return self.tr("No auto-reply is sent from %1.").replace("%1", names_list(done))
        if self.kind == CHANGE:
            same = [name for name in done if name not in written]
            if not written:
                return self.tr("Nothing needed changing on %1.").replace("%1", names_list(done))
            text = self.tr("Changed on %1.").replace("%1", names_list(written))
            if same:
                text += " " + self.tr("%1 already had it.").replace("%1", names_list(same))
            return text
        return self.tr("Your reply is set on %1.").replace("%1", names_list(done))

    def describe(self, result: AccountResult | ChannelResult) -> str:
        """Words for an account (or one of its channels) that did not come out as asked."""
        message = said_text(result.message, self.tz)
        if isinstance(result, ChannelResult) and result.code is ChannelCode.RULE_ERROR:
            return self.tr(
                "The server keeps the forwarding rule but says it does not work; your "
                "organisation may block forwarding outside it: choose a backup inside it."
            )
        if result.status == AccountStatus.PENDING:
            if result.next_retry is None:
                return self.tr("Will retry: %2").replace("%2", message)
            at = clock_text(result.next_retry, self.tz)
            return self.tr("Will retry at %1: %2").replace("%1", at).replace("%2", message)
        if result.status == AccountStatus.NEEDS_SIGN_IN:
            return self.tr("Sign-in needed: %1").replace("%1", message)
        if result.status == AccountStatus.DRIFT:
            return self.tr("Changed outside Boundary: %1").replace("%1", message)
        return self.tr("Not done: %1").replace("%1", message)

    def _offer(self) -> None:
        """The way back, and the timer that closes the panel when nothing needs a look."""
        now = self.controller.service.clock()
        self.back_button.setVisible(self.kind in (AWAY, CHANGE, KEEP))
        can_restore = self.previous is not None and (
            self.previous.until is None or self.previous.until > now
        )
        self.undo_button.setVisible(self.kind in (CHANGE, BACK) and can_restore)
        if not self._trouble:
            self.close_timer.start()

    # --- the way back ---------------------------------------------------------------------

    @Slot()
    def _back_pressed(self) -> None:
        self._try(self.come_back)

    @Slot()
    def _undo_pressed(self) -> None:
        previous, current = self.previous, self.period
        if previous is None:
            return
        self.undone.emit()
        if self.kind == BACK:
            self._try(lambda: self.go_away(restored(previous)))
        else:
            self._try(lambda: self.go_away(restored(previous), current))

    def _try(self, act: Callable[[], None]) -> None:
        try:
            act()
        except Exception as error:  # the journal could not be written: say so, stay open
            self._finished, self._trouble = True, True
            self.heading.setText(self.tr("Nothing was changed"))
            self._say("", trouble_words(error), style=ERROR_STYLE)

    # --- on screen ------------------------------------------------------------------------

    def place(self) -> None:
        """In the corner of the screen where the tray is: top right on macOS, else bottom
        right."""
        screen = QGuiApplication.primaryScreen()
        if screen is None:
            return
        area = screen.availableGeometry()
        layout = self.layout()
        if layout is not None:  # as tall as its wrapped lines need at its fixed width
            layout.activate()
            height = layout.totalHeightForWidth(WIDTH)
            self.setFixedHeight(max(height, layout.totalMinimumSize().height()))
        x = area.right() - self.width() - MARGIN
        top = sys.platform == "darwin"
        y = area.top() + MARGIN if top else area.bottom() - self.height() - MARGIN
        self.move(max(area.left(), x), max(area.top(), y))

    def enterEvent(self, event: QEnterEvent) -> None:
        self.close_timer.stop()  # someone is reading it
        super().enterEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        if self._finished and not self._trouble:
            self.close_timer.start()
        super().leaveEvent(event)

    # --- for tests and callers ------------------------------------------------------------

    def waiting(self) -> bool:
        """Whether it waits for the pass that carries its choice (and will word its outcome)."""
        return self._awaiting

    def results_shown(self) -> bool:
        """Whether the outcome of the last choice is on the panel."""
        return self._finished

    def results_text(self) -> str:
        texts = (self.heading.text(), self.detail.text(), self.trouble.text())
        return "\n".join(t for t in texts if t)
