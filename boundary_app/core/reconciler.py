"""Desired state and the reconcile pass.

The desired reply of each account follows from the journal: the away period in force (or
upcoming, for providers that schedule on the server), else the focus day in progress or
next (``focus``; see core/focus.py), else none. A manual away period, in force or upcoming,
always wins over a focus day. A pass reads each
account's actual reply and writes only where it differs. Failures are kept in the journal
with the time of the next try, so a push that failed offline goes out later, also after a
restart.

Drift: when Boundary already pushed the reply it wants and the account now shows something
else, the person changed it elsewhere (webmail, phone). The pass reports that instead of
overwriting it; ``force`` pushes again.

Providers run in daemon threads with a deadline. A provider that hangs is reported as not
answering; its thread is abandoned and whatever it returns later is ignored, so the
others, the journal and the caller are never held up.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from boundary_app.core.journal import AccountState, AwayPeriod, Journal, Push
from boundary_app.core.parallel import run_parallel
from boundary_app.core.profile import Account
from boundary_app.core.states import AccountStatus
from boundary_app.providers.base import (
    AUDIENCE_CAPABILITY,
    Audience,
    AutoReply,
    Capability,
    MailProvider,
    NeedsSignIn,
    ProviderError,
    Unreachable,
)

log = logging.getLogger(__name__)

BACKOFF = (
    timedelta(seconds=30),
    timedelta(minutes=1),
    timedelta(minutes=2),
    timedelta(minutes=5),
    timedelta(minutes=15),
    timedelta(minutes=30),
    timedelta(hours=1),
)


def backoff(attempts: int) -> timedelta:
    return BACKOFF[min(max(attempts, 1), len(BACKOFF)) - 1]


def effective_audience(audience: Audience, capabilities: frozenset[Capability]) -> Audience:
    """The audience a provider can honour: everyone, when it cannot narrow it."""
    needed = AUDIENCE_CAPABILITY.get(audience)
    return audience if needed is None or needed in capabilities else Audience.ALL


def desired_reply(
    away: AwayPeriod | None,
    account: str,
    capabilities: frozenset[Capability],
    now: datetime,
) -> AutoReply:
    if away is None or not away.covers(account) or away.ended is not None:
        return AutoReply.off()
    # An open-ended period has no end to schedule, and a start alone would switch the reply
    # on at once: it is set when the period begins, as for a provider without a schedule.
    scheduled = Capability.SCHEDULED_REPLY in capabilities and away.until is not None
    if not scheduled and not away.active_at(now):
        return AutoReply.off()
    return AutoReply(
        enabled=True,
        start=away.start if scheduled else None,
        end=away.until if scheduled else None,
        subject=away.subject,
        internal=away.internal,
        external=away.external,
        audience=effective_audience(away.audience, capabilities),
    )


def as_answered(reply: AutoReply, now: datetime) -> AutoReply:
    """A scheduled reply whose end has passed answers nobody: it counts as off."""
    if reply.enabled and reply.end is not None and reply.end <= now:
        return AutoReply.off()
    return reply


def reply_key(reply: AutoReply) -> str:
    return json.dumps(reply.normalized().to_json(), sort_keys=True, ensure_ascii=False)


@dataclass(frozen=True)
class AccountResult:
    """One account: what it should show, what it shows, and how the last push went."""

    account: str
    kind: str
    desired: AutoReply
    actual: AutoReply | None
    status: AccountStatus
    message: str = ""
    pushed: bool = False
    """Whether this pass wrote to the account."""
    next_retry: datetime | None = None
    last_push: datetime | None = None

    @property
    def ok(self) -> bool:
        return self.status == AccountStatus.OK

    def to_json(self) -> dict[str, Any]:
        """The shape the worker process sends the tray (``boundary_app/worker.py``)."""
        return {
            "account": self.account,
            "kind": self.kind,
            "desired": self.desired.to_json(),
            "actual": None if self.actual is None else self.actual.to_json(),
            "status": self.status.value,
            "message": self.message,
            "pushed": self.pushed,
            "next_retry": _iso(self.next_retry),
            "last_push": _iso(self.last_push),
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> AccountResult:
        actual = data.get("actual")
        return cls(
            account=str(data["account"]),
            kind=str(data["kind"]),
            desired=AutoReply.from_json(data["desired"]),
            actual=None if actual is None else AutoReply.from_json(actual),
            status=AccountStatus(data["status"]),
            message=str(data.get("message", "")),
            pushed=bool(data.get("pushed", False)),
            next_retry=_moment(data.get("next_retry")),
            last_push=_moment(data.get("last_push")),
        )


def _iso(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat()


def _moment(text: str | None) -> datetime | None:
    return None if not text else datetime.fromisoformat(text)


@dataclass(frozen=True)
class _Outcome:
    actual: AutoReply | None
    pushed: bool
    error: BaseException | None = None


ProviderFactory = Callable[[Account], MailProvider]


class Reconciler:
    def __init__(
        self,
        journal: Journal,
        accounts: Callable[[], Sequence[Account]],
        provider_for: ProviderFactory,
        clock: Callable[[], datetime],
        timeout: float = 30.0,
        focus: Callable[[datetime], AwayPeriod | None] | None = None,
    ) -> None:
        self.journal = journal
        self.accounts = accounts
        self.provider_for = provider_for
        self.clock = clock
        self.timeout = timeout
        self.focus = focus
        """The focus day's reply (in progress or next) at a moment, or None."""

    def period(self, now: datetime) -> AwayPeriod | None:
        """What the replies follow at ``now``: the away period, else the focus day's."""
        away = self.journal.current_away(now)
        if away is None and self.focus is not None:
            return self.focus(now)
        return away

    def run(
        self,
        names: Sequence[str] | None = None,
        *,
        force: bool = False,
        retry_now: bool = False,
    ) -> list[AccountResult]:
        """One pass over the accounts (all, or those named); blocks up to ``timeout``.

        An account waiting for its next try is left alone until then, unless ``retry_now``
        (a person asked) or ``force`` (also overwrite drift and retry what was refused).
        """
        now = self.clock()
        away = self.period(now)
        chosen = [a for a in self.accounts() if names is None or a.name in names]
        results: dict[str, AccountResult] = {}
        jobs: dict[str, Callable[[], _Outcome]] = {}
        plans: dict[str, tuple[Account, MailProvider, AutoReply, AccountState | None]] = {}
        for account in chosen:
            try:
                provider = self.provider_for(account)
            except Exception as error:
                results[account.name] = self._record_error(
                    account, AutoReply.off(), None, error, now
                )
                continue
            desired = desired_reply(away, account.name, provider.capabilities, now)
            previous = self.journal.state(account.name)
            if not force and self._leave_alone(previous, desired, now, retry_now):
                results[account.name] = from_journal(account, desired, previous)
                continue
            settled = (
                previous is not None
                and previous.desired == reply_key(desired)
                and previous.status in (AccountStatus.OK, AccountStatus.DRIFT)
                and not force
            )
            plans[account.name] = (account, provider, desired, previous)
            jobs[account.name] = self._job(provider, desired, may_write=not settled, now=now)

        for name, answer in run_parallel(jobs, self.timeout, label="push").items():
            if isinstance(answer, BaseException):
                answer = _Outcome(None, pushed=False, error=answer)
            results[name] = self._record(*plans[name], answer)
        return [results[a.name] for a in chosen if a.name in results]

    # --- planning -------------------------------------------------------------------------

    @staticmethod
    def _leave_alone(
        previous: AccountState | None, desired: AutoReply, now: datetime, retry_now: bool
    ) -> bool:
        if previous is None or previous.desired != reply_key(desired):
            return False
        if previous.status == AccountStatus.PENDING:
            return not retry_now and previous.next_retry is not None and previous.next_retry > now
        # Rejected or signed out: trying the same again changes nothing until asked.
        return previous.status in (AccountStatus.FAILED, AccountStatus.NEEDS_SIGN_IN)

    @staticmethod
    def _job(
        provider: MailProvider, desired: AutoReply, *, may_write: bool, now: datetime
    ) -> Callable[[], _Outcome]:
        def job() -> _Outcome:
            actual = provider.read_auto_reply()
            if as_answered(actual, now).same_as(desired) or not may_write:
                return _Outcome(actual, pushed=False)
            if desired.enabled:
                provider.write_auto_reply(desired)
            else:
                provider.clear_auto_reply()
            return _Outcome(desired, pushed=True)

        return job

    # --- recording ------------------------------------------------------------------------

    def _record(
        self,
        account: Account,
        provider: MailProvider,
        desired: AutoReply,
        previous: AccountState | None,
        outcome: _Outcome | None,
    ) -> AccountResult:
        now = self.clock()
        if outcome is None:
            error: BaseException = Unreachable(
                f"{provider.display_name} did not answer within {self.timeout:.0f} seconds."
            )
            return self._record_error(account, desired, previous, error, now)
        if outcome.error is not None:
            return self._record_error(account, desired, previous, outcome.error, now)
        actual = outcome.actual
        assert actual is not None
        in_sync = as_answered(actual, now).same_as(desired)
        status, message = (
            (AccountStatus.OK, "") if in_sync else (AccountStatus.DRIFT, DRIFT_MESSAGE)
        )
        action = "set" if desired.enabled else "clear"
        if outcome.pushed:
            self.journal.record_push(Push(now, account.name, action, True))
        last_push = now if outcome.pushed else (previous.last_push if previous else None)
        self.journal.set_state(
            AccountState(
                account=account.name,
                status=status,
                desired=reply_key(desired),
                actual=reply_key(actual),
                message=message,
                last_push=last_push,
            ),
            now,
        )
        return AccountResult(
            account.name,
            account.kind,
            desired,
            actual,
            status,
            message,
            outcome.pushed,
            last_push=last_push,
        )

    def _record_error(
        self,
        account: Account,
        desired: AutoReply,
        previous: AccountState | None,
        error: BaseException,
        now: datetime,
    ) -> AccountResult:
        same_goal = previous is not None and previous.desired == reply_key(desired)
        attempts = (previous.attempts if previous and same_goal else 0) + 1
        if not isinstance(error, ProviderError):
            log.error("Provider for %s failed", account.name, exc_info=error)
        status, message, next_retry = _judge(error, attempts, now)
        self.journal.record_push(
            Push(
                now,
                account.name,
                "set" if desired.enabled else "clear",
                False,
                status,
                message,
            )
        )
        last_push = previous.last_push if previous else None
        self.journal.set_state(
            AccountState(
                account=account.name,
                status=status,
                desired=reply_key(desired),
                actual=previous.actual if previous else None,
                message=message,
                attempts=attempts,
                next_retry=next_retry,
                last_push=last_push,
            ),
            now,
        )
        return AccountResult(
            account.name,
            account.kind,
            desired,
            None,
            status,
            message,
            next_retry=next_retry,
            last_push=last_push,
        )

    def next_retry(self) -> datetime | None:
        """The earliest moment a pending account wants another try."""
        moments = [
            s.next_retry
            for a in self.accounts()
            if (s := self.journal.state(a.name))
            and s.status == AccountStatus.PENDING
            and s.next_retry
        ]
        return min(moments, default=None)


DRIFT_MESSAGE = "The reply was changed outside Boundary (for example in webmail)."


def _judge(
    error: BaseException, attempts: int, now: datetime
) -> tuple[AccountStatus, str, datetime | None]:
    """What a failed try means: (status, message, next try or None for "not until asked").

    Unreachable waits its backoff (or longer, if the server says so); needs sign-in and
    rejected are not retried; anything else a plugin raises counts as retryable.
    """
    if not isinstance(error, ProviderError):
        message = f"Something went wrong talking to this account ({type(error).__name__})."
        return AccountStatus.PENDING, message, now + backoff(attempts)
    if isinstance(error, Unreachable):
        wait = max(backoff(attempts), error.retry_after or timedelta(0))
        return AccountStatus.PENDING, str(error), now + wait
    if isinstance(error, NeedsSignIn):
        return AccountStatus.NEEDS_SIGN_IN, str(error), None
    return AccountStatus.FAILED, str(error), None


def from_journal(account: Account, desired: AutoReply, state: AccountState | None) -> AccountResult:
    """What the journal last knew of ``account``, measured against ``desired``; no network."""
    if state is None:
        return AccountResult(account.name, account.kind, desired, None, AccountStatus.UNKNOWN)
    actual = AutoReply.from_json(json.loads(state.actual)) if state.actual else None
    status, message = state.status, state.message
    if state.desired != reply_key(desired):
        status, message = AccountStatus.PENDING, "Not sent yet."
    return AccountResult(
        account.name,
        account.kind,
        desired,
        actual,
        status,
        message,
        next_retry=state.next_retry,
        last_push=state.last_push,
    )


__all__ = [
    "AccountResult",
    "Reconciler",
    "as_answered",
    "backoff",
    "desired_reply",
    "effective_audience",
    "from_journal",
    "reply_key",
]
