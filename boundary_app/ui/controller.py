"""The bridge between the core service and the Qt widgets.

Nothing here touches the network: reconcile passes, mail listing (a mail check's, a
briefing's), forwarding, sending a missed call's answer, an account's test or sign-in and the
look-up of an address's settings are handed to a short-lived worker process
(``boundary_app/worker.py``)
through ``ui/worker_bridge.py``; results come back through the event loop. Keyring work of a
save (which can wait on an unlock prompt) runs on the global QThreadPool. One pass runs at a
time; a pass asked for while one runs is merged into the one that waits. One single-shot
timer is armed for the next moment anything is due (a retry, the start or end of an away
period or of a focus day, a mail-check reminder, start or end, the re-sync), and sleeps until
then, or at most 10 minutes (``TICK``); the moment and its reasons are worked out in
``core/due.py``, from values gathered here, and re-worked whenever the profile or journal
changes (``refresh``). On Linux the timer is a wall-clock alarm (``ui/alarm.py``, a
``timerfd``) that sees a resume past its moment and a clock change itself, so there is no
10-minute look: nothing due, no wake. Elsewhere a ``QTimer`` runs on the monotonic clock,
which stands still while the computer sleeps: each wake compares the wall clock with the
monotonic one, so a sleep, a resume or a clock change is noticed within ``TICK`` and
everything is re-derived (what fell due meanwhile runs then). That timer is a precise one:
Qt's default coarse timer may fire up to 5 % of a long interval early or late, 30 s of a
10-minute sleep.
A file watcher notices the ``boundary`` command's changes and the profile being edited by
hand; a profile that changed is pushed at once (focus days, templates or the name can change
the desired reply).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QFileSystemWatcher,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from shiboken6 import isValid

from boundary_app.core.due import (
    TICK,
    Due,
    Reason,
    next_event,
    next_pass,
    next_wake,
    reads_servers,
)
from boundary_app.core.jobs import (
    Job,
    account_request,
    backups_request,
    discover_request,
    forward_request,
    list_mail_request,
    push_request,
    send_request,
)
from boundary_app.core.journal import JournalError, ReplyPeriod
from boundary_app.core.profile import Account, Profile, ProfileError
from boundary_app.core.reconciler import AccountResult, backoff
from boundary_app.core.service import AccountDraft, Boundary, Status
from boundary_app.providers.base import Said
from boundary_app.ui.texts import trouble_words
from boundary_app.ui.worker_bridge import ProcessRunner, Runner, WorkerBridge, WorkerJob
from boundary_app.wording import sentence as worded

if TYPE_CHECKING:
    from boundary_app.providers.base import MailSummary
    from boundary_app.providers.secrets import PendingSecrets
    from boundary_app.ui.alarm import WallClockAlarm

log = logging.getLogger(__name__)

MAX_TIMER_MS = 2**31 - 1
JUMP = 5.0
"""Seconds the wall clock may drift from the monotonic one before it counts as a jump."""


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any], done: Callable[[Any], None]) -> None:
        super().__init__()
        self._fn = fn
        self._done = done

    def run(self) -> None:
        try:
            result = self._fn()
        except Exception as error:  # reported to the GUI thread, never lost
            log.exception("Background task failed")
            result = error
        self._done(result)


class Controller(QObject):
    status_changed = Signal(object)
    """A ``Status``: the tray and windows redraw from it."""
    push_started = Signal(list)
    """Names of the accounts being pushed."""
    push_finished = Signal(object)
    """A list of ``AccountResult`` or the exception the pass raised (``WorkerStopped`` when
    its worker crashed or passed its deadline)."""
    show_requested = Signal()
    """Another start of the app asked this one to come forward."""
    notice = Signal(str, str)
    """(title, text) the person should see."""
    check_due = Signal(object)
    """A ``checks.Due``: a reminder, a check to open, time's up, or the look back."""
    _task_done = Signal(object, object)
    _journal_written = Signal()

    def __init__(
        self,
        service: Boundary,
        parent: QObject | None = None,
        monotonic: Callable[[], float] = time.monotonic,
        runner: Callable[[], Runner] = ProcessRunner,
        alarm: Callable[[QObject], WallClockAlarm] | None = None,
    ) -> None:
        """``runner`` makes a worker for each job: a process (tests may run one in-process).
        ``alarm`` makes the wall-clock alarm the timer is then (``ui/alarm.py``, Linux: the
        app passes it where ``alarm.available()``); without it a ``QTimer`` with the
        10-minute look (the fake-clock tests, other systems)."""
        super().__init__(parent)
        self.service = service
        self.monotonic = monotonic
        self.pool = QThreadPool.globalInstance()
        self.bridge = WorkerBridge(runner, self._prepare, service.reconciler.timeout, self)
        self._passes: list[WorkerJob] = []
        """The pass running and the one waiting (asked for while one ran), if any."""
        self._closed = False
        self._journal_trouble: type[JournalError] | None = None
        """The journal problem last said, so a lasting one is said once."""
        self._failed_passes = 0
        self._pass_retry: datetime | None = None
        """When a pass whose worker failed (crashed, killed) is tried again."""
        self._task_done.connect(self._on_task_done)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._on_timer)
        self._alarm = None if alarm is None else alarm(self)
        if self._alarm is not None:
            self._alarm.fired.connect(self._on_alarm)
        self._armed_at = (service.clock(), monotonic())
        self._pass: Due | None = Due(service.clock(), frozenset({Reason.RESYNC}))
        """The next pass and why (``core/due.py``); kept as it was while a pass runs."""
        self._synced = service.clock()
        """When the last pass finished: the re-sync is counted from it."""
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._on_file_changed)
        self._watcher.directoryChanged.connect(self._on_file_changed)
        self._watch()
        self.last_status: Status = service.status()
        # A write from the GUI thread re-arms at once; one from another thread, queued.
        self._journal_written.connect(self._on_journal_written)
        service.journal.on_write = self._journal_written.emit
        self._arm()

    # --- what the UI calls ----------------------------------------------------------------

    @property
    def profile(self) -> Profile:
        return self.service.profile

    def account_emails(self) -> dict[str, str]:
        """Each account's own address, by name ("" where it keeps none)."""
        return {a.name: a.email for a in self.profile.accounts}

    @property
    def busy(self) -> bool:
        """Whether a pass runs or waits."""
        return bool(self._passes)

    def refresh(self) -> Status:
        self.last_status = self.service.status()
        self.status_changed.emit(self.last_status)
        self._arm()
        return self.last_status

    def act(self, record: Callable[[], Sequence[str] | None]) -> None:
        """Record what the person chose (go away, change the period, I'm back, keep or leave a
        found reply): ``record`` writes the journal here and names the
        accounts to push (None: all); the push runs off the GUI thread. What ``record`` raises
        is the caller's to word; nothing is pushed then."""
        names = record()
        self.refresh()
        self.push(names=list(names) if names else None)

    def save_profile(self, profile: Profile) -> None:
        self.service.save_profile(profile)
        self.refresh()
        self.push()

    def save_settings(
        self,
        profile: Profile,
        drafts: Sequence[AccountDraft],
        then: Callable[[Exception | None], None],
    ) -> None:
        """Save the Settings dialog's profile and accounts (``Boundary.save_settings``).

        ``then`` gets None, or the exception that stopped the save. Added or removed accounts
        mean keyring work, which can wait on an unlock prompt: it runs on the pool, as an
        account's Test does. A change of the profile alone is a small local write, done now.
        """

        def done(result: object) -> None:
            if isinstance(result, Exception):
                then(result)
                return
            self.refresh()
            self.push()
            then(None)

        if drafts or self.service.removed_accounts(profile):
            self.run_in_background(lambda: self.service.save_settings(profile, drafts), done)
            return
        try:
            self.service.save_settings(profile)
        except (ProfileError, OSError) as error:
            then(error)
            return
        done(None)

    def push(self, *, force: bool = False, names: Sequence[str] | None = None) -> None:
        """Start a reconcile pass in a worker; while one runs, the next waits (and what is
        asked for meanwhile is merged into it). Not with a journal from a newer Boundary:
        nothing could be recorded (the person was told at start-up)."""
        if self._closed or self.service.journal.read_only:
            return
        job = self.bridge.start(push_request(names, force=force))
        if job in self._passes:
            return  # merged into the pass that waits
        self._passes.append(job)
        job.finished.connect(lambda answer: self._on_pushed(job, answer))
        self.push_started.emit(list(names) if names else [a.name for a in self.profile.accounts])
        self._arm()  # not for the pass now under way

    def list_mail(
        self, since: datetime, limit: int, then: Callable[[Any], None], owner: QObject | None = None
    ) -> None:
        """New mail on every account that lists it: ``then`` gets a ``MailBatch`` or an error."""
        from boundary_app.core.mail import MailBatch

        self._job(list_mail_request(since, limit), then, MailBatch.from_json, owner)

    def briefing(
        self, period: ReplyPeriod | None, then: Callable[[Any], None], owner: QObject | None = None
    ) -> None:
        """The return briefing on ``period`` (None: the last away period that ended). Its mail
        is listed by a worker (``Job.LIST_MAIL`` since the period's start), the rest is read
        from the journal and profile here: ``then`` gets a ``Briefing``, None (no away period
        ended yet) or an error."""
        from boundary_app.core.briefing import MAIL_LIMIT, briefing_from, last_away
        from boundary_app.core.mail import MailBatch

        service = self.service
        try:
            period = period or last_away(service.journal.away_periods(), service.clock())
        except JournalError as error:
            then(error)
            return
        if period is None:
            then(None)
            return
        chosen = period

        def made(value: Any) -> object:
            batch = MailBatch.from_json(value)
            try:
                return briefing_from(service, chosen, batch)
            except JournalError as error:
                return error

        self._job(list_mail_request(chosen.start, MAIL_LIMIT), then, made, owner)

    def forward(
        self,
        message: MailSummary,
        to: str,
        note: str,
        then: Callable[[Any], None],
        owner: QObject | None = None,
    ) -> None:
        """Forward ``message`` from its account (kept in the journal); ``then`` gets None or an
        error."""
        self._job(forward_request(message, to, note), then, lambda _value: None, owner)

    def test_account(
        self,
        account: Account,
        then: Callable[[Any], None],
        *,
        sign_in: bool = False,
        pending: PendingSecrets | None = None,
        owner: QObject | None = None,
    ) -> WorkerJob:
        """Test (after signing it in, with ``sign_in``) ``account``: ``then`` gets the sentence
        or an error. An account not saved yet has its ``pending`` secrets, which come back
        with what the sign-in added. The job's signals carry the sign-in's progress."""

        def sentence(value: Any) -> str:
            if pending is not None and isinstance(value.get("secrets"), dict):
                pending.values = {str(k): str(v) for k, v in value["secrets"].items()}
            said = Said.from_json(value["said"]) if "said" in value else None
            return said if said is not None else str(value["sentence"])

        job = Job.SIGN_IN if sign_in else Job.TEST
        secrets = None if pending is None else pending.values
        return self._job(account_request(job, account, secrets), then, sentence, owner)

    def check_backups(
        self,
        then: Callable[[Any], None],
        owner: QObject | None = None,
        max_age: timedelta | None = None,
    ) -> WorkerJob | None:
        """Ask the accounts that can (mail tips) whether each backup is away, in a worker:
        ``then`` gets the roster's ``BackupState``s in order, or an error. None (and ``then``
        is not called) when no account can tell or there is no backup: nothing to ask."""
        from boundary_app.core.cover import BackupState

        if self._closed or not (self.profile.backups and self.service.tip_accounts()):
            return None

        def states(value: Any) -> list[BackupState]:
            return [BackupState.from_json(b) for b in value["backups"]]

        return self._job(backups_request(max_age), then, states, owner)

    def send_mail(
        self,
        account: str,
        to: Sequence[str],
        subject: str,
        text: str,
        then: Callable[[Any], None],
        owner: QObject | None = None,
    ) -> None:
        """Send ``text`` from ``account`` to each of ``to`` (a missed call's answer): ``then``
        gets None or an error (``InputError`` for what the core refuses)."""
        self._job(send_request(account, to, subject, text), then, lambda _value: None, owner)

    def discover(
        self, email: str, then: Callable[[Any], None], owner: QObject | None = None
    ) -> WorkerJob:
        """Look up the settings for ``email``, Exchange autodiscover too: ``then`` gets a
        ``Discovery`` or an error; the job's ``progress`` names each stage (a ``Source``)."""
        from boundary_app.core.discovery import Discovery

        return self._job(discover_request(email), then, Discovery.from_json, owner)

    def self_test(self, then: Callable[[Any], None]) -> None:
        """The worker's check of every provider and its libraries (``--self-test``)."""
        self._job({"job": Job.SELF_TEST.value}, then, lambda value: value)

    def shutdown(self) -> None:
        """Stop reacting to timers and files; let a pass under way finish (up to its
        deadline's worth of the providers' timeout), and keyring work too."""
        self._closed = True
        self._timer.stop()
        if self._alarm is not None:
            self._alarm.close()
        self.service.journal.on_write = None
        self._watcher.blockSignals(True)
        # Destroyed by the event loop at a safe moment: when Python's garbage collector
        # destroys it (with the controller) in the middle of the loop's socket checks, the
        # loop is left holding the watcher's freed socket notifier and crashes.
        self._watcher.deleteLater()
        wait = int(self.service.reconciler.timeout * 1000) + 1000
        self.bridge.shutdown(wait)
        self.pool.waitForDone(wait)

    # --- internals ------------------------------------------------------------------------

    def run_in_background(self, fn: Callable[[], Any], then: Callable[[Any], None]) -> None:
        """Run ``fn`` on the pool; ``then`` gets its result (or exception) on the GUI thread."""
        self.pool.start(_Task(fn, lambda result: self._task_done.emit(then, result)))

    def _on_journal_written(self) -> None:
        """A check snoozed, a window skipped or started: the next mail-check event may have
        moved. The pass's moment stays as worked out (``refresh`` re-works it)."""
        if not self._closed:
            self._arm_wake()

    def _on_task_done(self, then: Callable[[Any], None], result: object) -> None:
        if not self._closed:
            then(result)

    def _prepare(self, request: dict[str, Any]) -> dict[str, Any]:
        """What every request carries: the profile as the tray has it (so the worker acts on
        what the tray shows), the providers' timeout and what "the system's language" is."""
        from boundary_app.core.profile import dumps

        request["profile"] = dumps(self.service.profile)
        request["timeout"] = self.service.reconciler.timeout
        request["system_language"] = self.service.system_language
        return request

    def _job(
        self,
        request: dict[str, Any],
        then: Callable[[Any], None],
        value: Callable[[Any], Any],
        owner: QObject | None = None,
    ) -> WorkerJob:
        """Hand ``request`` to a worker; ``then`` gets ``value(result)`` or the error, unless
        its ``owner`` (by default the object ``then`` is a method of) is gone by then."""
        owner = owner or getattr(then, "__self__", None)
        job_name = request["job"]  # never the request itself: a draft's secrets travel in it

        def done(answer: object) -> None:
            if self._closed or (isinstance(owner, QObject) and not isValid(owner)):
                return
            if not isinstance(answer, Exception):
                try:
                    answer = value(answer)
                except (KeyError, TypeError, ValueError, AttributeError) as error:
                    log.error("The worker's answer to %s is not understood: %r", job_name, error)
                    answer = self.bridge.not_understood()
            then(answer)

        job = self.bridge.start(request)
        job.finished.connect(done)
        return job

    def _on_pushed(self, job: WorkerJob, answer: object) -> None:
        if job in self._passes:
            self._passes.remove(job)
        results: list[AccountResult] | Exception
        try:
            results = (
                answer
                if isinstance(answer, Exception)
                else [AccountResult.from_json(r) for r in answer["results"]]  # type: ignore[index]
            )
        except (KeyError, TypeError, ValueError) as error:
            log.error("The worker's results are not understood: %r", error)
            results = self.bridge.not_understood()
        self._note_pass(results)
        self._synced = self.service.clock()
        self.refresh()
        self.push_finished.emit(results)
        if isinstance(results, Exception):
            self.notice.emit(
                self.tr("Boundary"),
                self.tr("Sending the replies failed: %s") % trouble_words(results),
            )

    def _note_pass(self, results: list[AccountResult] | Exception) -> None:
        """A pass that did not happen (its worker crashed or was stopped) is tried again
        like an account that did not answer: after 30 s, 1 min, 2 min, … (``backoff``)."""
        if isinstance(results, Exception):
            self._failed_passes += 1
            self._pass_retry = self.service.clock() + backoff(self._failed_passes)
        else:
            self._failed_passes = 0
            self._pass_retry = None

    @property
    def _push_at(self) -> datetime | None:
        """When the next pass is due; None when none is."""
        return None if self._pass is None else self._pass.moment

    def _arm(self) -> None:
        """Arm the timer for what is due next; the computation is ``core/due.py``'s."""
        now = self.service.clock()
        if not self.busy:
            status = self.last_status
            retries = [self.service.reconciler.next_retry(), self._pass_retry]
            self._pass = next_pass(
                now,
                self._synced,
                retry=min((r for r in retries if r is not None), default=None),
                away=status.away,
                focus=status.focus,
                resync=reads_servers(a.kind for a in self.profile.accounts),
            )
        self._arm_wake()

    def _arm_wake(self) -> None:
        """Arm the timer for the pass worked out, or the next mail-check event, if sooner."""
        now = self.service.clock()
        self._armed_at = (now, self.monotonic())
        if self._alarm is not None:
            self._arm_alarm(self._alarm)
            return
        # The pass under way does what was due; its end re-arms the timer (``refresh``).
        due_pass = Due(now + TICK, frozenset({Reason.TICK})) if self.busy else self._pass
        wake = next_wake(now, due_pass, self.service.checks.next_moment())
        delay = (wake.moment - now).total_seconds()
        self._timer.start(int(min(max(delay, 0) * 1000 + 500, MAX_TIMER_MS)))
        log.debug("timer armed for %s (%s)", wake.moment, ", ".join(sorted(wake.reasons)))

    def _arm_alarm(self, alarm: WallClockAlarm) -> None:
        """Arm the wall-clock alarm for the pass or the next mail-check event, with no
        10-minute look: the alarm sees a resume past its moment and a clock change itself.
        Nothing due: it sleeps until something changes (``refresh``, a journal write)."""
        # The pass under way does what was due; its end re-arms the alarm (``refresh``).
        wake = next_event(None if self.busy else self._pass, self.service.checks.next_moment())
        if wake is None:
            alarm.stop()
            log.debug("timer armed for nothing")
            return
        # Half a second late, like the QTimer: the moment has surely come when it fires.
        alarm.arm(wake.moment + timedelta(milliseconds=500))
        log.debug("timer armed for %s (%s)", wake.moment, ", ".join(sorted(wake.reasons)))

    def _on_alarm(self, clock_set: bool) -> None:
        self._on_timer(jumped=clock_set)

    def _on_timer(self, jumped: bool = False) -> None:
        log.debug("timer fired")
        now = self.service.clock()
        wall = (now - self._armed_at[0]).total_seconds()
        jumped = jumped or abs(wall - (self.monotonic() - self._armed_at[1])) > JUMP
        if jumped:
            log.info("The clock jumped or the computer slept (%.0f s of wall time)", wall)
        self.sync_checks()
        due = self._push_at
        if jumped or (due is not None and now >= due):
            if not self.busy:
                # Show the state of the moment (a focus day began or ended) without waiting
                # for the pass; a pass under way redraws when it is done.
                self.refresh()
            self.push()
        self._arm()

    def sync_checks(self) -> None:
        """Bring the mail-check record up to now and show what is due.

        A journal that cannot be written now (another program holds it) is said once, and the
        timer goes on: the next tick tries again.
        """
        if self.service.journal.read_only:
            return
        try:
            dues = self.service.checks.sync()
        except JournalError as error:
            log.warning("Mail checks not brought up to date: %s", error)
            if type(error) is not self._journal_trouble:
                self._journal_trouble = type(error)
                self.notice.emit(self.tr("Boundary"), trouble_words(error))
            return
        self._journal_trouble = None
        for due in dues:
            self.check_due.emit(due)

    def armed_ms(self) -> int:
        """The interval the timer was armed with; -1 when it is not armed. With the
        wall-clock alarm: the milliseconds from now to its moment."""
        if self._alarm is not None:
            moment = self._alarm.moment
            if moment is None:
                return -1
            return round((moment - self.service.clock()).total_seconds() * 1000)
        return self._timer.interval() if self._timer.isActive() else -1

    def _watch(self) -> None:
        paths = self.service.paths
        wanted = [str(paths.data_dir), str(paths.config_dir)]
        wanted += [str(p) for p in (paths.changed_stamp, paths.profile) if p.exists()]
        missing = [
            p for p in wanted if p not in self._watcher.files() + self._watcher.directories()
        ]
        if missing:
            self._watcher.addPaths(missing)

    def _on_file_changed(self, path: str) -> None:
        # Editors and the atomic save replace files, which drops them from the watch list.
        self._watch()
        request = self.service.paths.show_request
        if request.exists():
            request.unlink(missing_ok=True)
            self.show_requested.emit()
        changed = False
        if path in (str(self.service.paths.profile), str(self.service.paths.config_dir)):
            before = self.service.profile
            notice = self.service.reload_profile()
            if notice:
                self.notice.emit(self.tr("Boundary"), worded(notice))
            # The app's own saves come back here unchanged (``save_profile`` pushed already).
            changed = self.service.profile != before
        self.refresh()
        if changed:
            # Focus days, templates, backups or the name may change the desired reply; the
            # pass writes only where an account differs.
            self.push()
