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

First contact: an account the journal has no state for (just added, a new computer, a journal
lost) is read before anything is written. If it holds a reply (one that still answers) other
than the one Boundary wants, the pass records it as ``found`` and writes nothing; the account
stays hands-off, whatever the pass (retry, re-sync, focus day, ``force``), until the person
acts (``Journal.person_acted``) or the reply is switched off elsewhere.

Providers run in daemon threads with a deadline. A provider that hangs is reported as not
answering; its thread is abandoned and whatever it returns later is ignored, so the
others, the journal and the caller are never held up.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from boundary_app.core.calendar import CALENDAR
from boundary_app.core.channels import (
    FORWARDING,
    Channel,
    bounce_message,
    bounced,
    desired_forward,
    kept_key,
    value_key,
)
from boundary_app.core.journal import AccountState, Journal, ReplyPeriod
from boundary_app.core.parallel import run_parallel
from boundary_app.core.presence import PRESENCE
from boundary_app.core.profile import Account
from boundary_app.core.states import AccountStatus
from boundary_app.providers.base import (
    AUDIENCE_CAPABILITY,
    Audience,
    AutoReply,
    Capability,
    ChannelValue,
    MailProvider,
    NeedsSignIn,
    ProviderError,
    Said,
    Unreachable,
    Unsupported,
    load_libraries,
    said_in,
)

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from boundary_app.core.journal_records import Push


def _push() -> type[Push]:
    """The record of a push, imported when a pass first writes: a pass that only reads (most
    of them, and ``boundary status``'s) records none (``journal_records``)."""
    from boundary_app.core.journal_records import Push

    return Push


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
    away: ReplyPeriod | None,
    account: str,
    capabilities: frozenset[Capability],
    now: datetime,
) -> AutoReply:
    if away is None or not away.covers(account) or away.ended is not None:
        return AutoReply.off()
    if not away.cover.replies:  # silent cover: the mail goes to the backup, no reply
        return AutoReply.off()
    # An open-ended period has no end to schedule, and a start alone would switch the reply
    # on at once: it is set when the period begins, as for a provider without a schedule.
    scheduled = Capability.SCHEDULED_REPLY in capabilities and away.until is not None
    if not scheduled and not away.active_at(now):
        return AutoReply.off()
    audience = effective_audience(away.audience, capabilities)
    subject, external_subject = away.subject, away.external_subject
    if Capability.SUBJECT_PER_AUDIENCE not in capabilities:
        # One subject for everyone: the outsiders' (colleagues lose nothing by it), unless
        # only colleagues get a reply.
        if audience is not Audience.INTERNAL and external_subject.strip():
            subject = external_subject
        external_subject = ""
    return AutoReply(
        enabled=True,
        start=away.start if scheduled else None,
        end=away.until if scheduled else None,
        subject=subject,
        internal=away.internal,
        external=away.external,
        audience=audience,
        external_subject=external_subject,
    )


def as_answered(reply: AutoReply, now: datetime) -> AutoReply:
    """A scheduled reply whose end has passed answers nobody: it counts as off."""
    if reply.enabled and reply.end is not None and reply.end <= now:
        return AutoReply.off()
    return reply


def reply_key(reply: AutoReply) -> str:
    return json.dumps(reply.normalized().to_json(), sort_keys=True, ensure_ascii=False)


CHANNELS: tuple[Channel, ...] = (FORWARDING, CALENDAR, PRESENCE)
"""The channels beside the reply, in the order results list them (each defined where its
value is made: core/channels.py, core/calendar.py, core/presence.py)."""


def account_capabilities(provider: MailProvider) -> frozenset[Capability]:
    """What this provider's account can do: its kind's capabilities less the features its
    settings turn off (an m365 account without the calendar has no ``CALENDAR_EVENT``)."""
    return frozenset(type(provider).account_capabilities(provider.account.settings))


def channel_named(name: str) -> Channel:
    """The channel called ``name`` (``KeyError`` for a name this version does not know)."""
    for channel in CHANNELS:
        if channel.name == name:
            return channel
    raise KeyError(name)


class ChannelCode(StrEnum):
    """Why a channel is not as wanted, beside its status (``ChannelResult.code``)."""

    NONE = ""
    DRIFT = "drift"
    """Changed or removed outside Boundary (webmail, Outlook)."""
    RULE_ERROR = "rule-error"
    """The server holds the rule but says it does not work (often a policy that blocks
    forwarding outside the organisation: Exchange Online's 5.7.520)."""
    FORWARD_BOUNCED = "forward-bounced"
    """The rule is in place, but mail it forwarded came back with 5.7.520 since it was set:
    the organisation refuses to forward outside it (the rule's ``bounced`` says when)."""
    UNSUPPORTED = "unsupported"
    """The service does not offer the channel for this account (a Teams status on a personal
    Microsoft account); turning the account's feature off ends it."""


@dataclass(frozen=True)
class ChannelResult:
    """One channel of one account: what it should hold, what it holds, the last push."""

    channel: str
    desired: ChannelValue
    actual: ChannelValue | None
    status: AccountStatus
    message: str = ""
    pushed: bool = False
    next_retry: datetime | None = None
    last_push: datetime | None = None
    code: ChannelCode = ChannelCode.NONE

    @property
    def ok(self) -> bool:
        return self.status == AccountStatus.OK

    def to_json(self) -> dict[str, Any]:
        return {
            "channel": self.channel,
            "desired": self.desired.to_json(),
            "actual": None if self.actual is None else self.actual.to_json(),
            "status": self.status.value,
            "message": self.message,
            **_said_json(self.message),
            "pushed": self.pushed,
            "next_retry": _iso(self.next_retry),
            "last_push": _iso(self.last_push),
            "code": self.code.value,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> ChannelResult:
        actual = data.get("actual")
        value_type = channel_named(str(data["channel"])).value_type
        return cls(
            channel=str(data["channel"]),
            desired=value_type.from_json(data["desired"]),
            actual=None if actual is None else value_type.from_json(actual),
            status=AccountStatus(data["status"]),
            message=_message(data),
            pushed=bool(data.get("pushed", False)),
            next_retry=_moment(data.get("next_retry")),
            last_push=_moment(data.get("last_push")),
            code=ChannelCode(data.get("code", ChannelCode.NONE.value)),
        )


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
    left_alone: bool = False
    """``found``, and the person chose to leave that reply alone (no longer announced)."""
    channels: tuple[ChannelResult, ...] = ()
    """The account's other channels (forwarding), for kinds that have them."""

    @property
    def ok(self) -> bool:
        return self.status == AccountStatus.OK

    def channel(self, name: str) -> ChannelResult | None:
        return next((c for c in self.channels if c.channel == name), None)

    @property
    def forwarding(self) -> ChannelResult | None:
        return self.channel(FORWARDING.name)

    @property
    def announced_found(self) -> bool:
        """A reply set outside Boundary that the person has not decided about yet."""
        return self.status == AccountStatus.FOUND and not self.left_alone

    def to_json(self) -> dict[str, Any]:
        """The shape the worker process sends the tray (``boundary_app/worker.py``)."""
        return {
            "account": self.account,
            "kind": self.kind,
            "desired": self.desired.to_json(),
            "actual": None if self.actual is None else self.actual.to_json(),
            "status": self.status.value,
            "message": self.message,
            **_said_json(self.message),
            "pushed": self.pushed,
            "next_retry": _iso(self.next_retry),
            "last_push": _iso(self.last_push),
            "left_alone": self.left_alone,
            "channels": [c.to_json() for c in self.channels],
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
            message=_message(data),
            pushed=bool(data.get("pushed", False)),
            next_retry=_moment(data.get("next_retry")),
            last_push=_moment(data.get("last_push")),
            left_alone=bool(data.get("left_alone", False)),
            channels=tuple(ChannelResult.from_json(c) for c in data.get("channels", ())),
        )


def _said_json(message: str) -> dict[str, Any]:
    """The codes of a result's message beside its English (``"said"``), when it has them."""
    return {"said": message.to_json()} if isinstance(message, Said) else {}


def _message(data: Mapping[str, Any]) -> str:
    """The message of a result's JSON: a ``Said`` when its codes came along and this version
    knows them, else the English as it came (JSON of an older worker, a plugin's sentence)."""
    said = Said.from_json(data["said"]) if "said" in data else None
    return said if said is not None else str(data.get("message", ""))


def said_of(error: BaseException) -> str:
    """What an error says, as a result's message: the ``Said`` it was raised with (its codes
    kept for the front ends and the journal), else its plain text."""
    return said_in(error) or str(error)


def _iso(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat()


def _moment(text: str | None) -> datetime | None:
    return None if not text else datetime.fromisoformat(text)


@dataclass(frozen=True)
class _Outcome:
    actual: AutoReply | None
    pushed: bool
    error: BaseException | None = None
    found: bool = False
    """The account holds a reply Boundary did not set, and it was left as it is."""


def _everyday_status(provider: MailProvider, desired: AutoReply) -> bool:
    """A chat status while Boundary wants none is the person's own ("Lunch", "In a meeting"):
    nothing Boundary set was changed, so it is not drift. (On first contact it is still a
    found reply, left alone like any other.)"""
    return not desired.enabled and Capability.CHAT_STATUS in provider.capabilities


def _hands_off(previous: AccountState | None) -> bool:
    """Whether a pass may only read the account: first contact, or a found reply kept."""
    return previous is None or previous.hands_off


ProviderFactory = Callable[[Account], MailProvider]


class Reconciler:
    def __init__(
        self,
        journal: Journal,
        accounts: Callable[[], Sequence[Account]],
        provider_for: ProviderFactory,
        clock: Callable[[], datetime],
        timeout: float = 30.0,
        focus: Callable[[datetime], ReplyPeriod | None] | None = None,
        effective: Callable[[ReplyPeriod, datetime], ReplyPeriod] | None = None,
    ) -> None:
        self.journal = journal
        self.accounts = accounts
        self.provider_for = provider_for
        self.clock = clock
        self.timeout = timeout
        self.focus = focus
        """The focus day's reply (in progress or next) at a moment, or None."""
        self.effective = effective
        """The away period as it reads at a moment: who covers, and the reply naming them
        (``cover.effective``); None leaves the period as recorded."""

    def period(self, now: datetime) -> ReplyPeriod | None:
        """What the replies follow at ``now``: the away period (as it reads then, with who
        covers), else the focus day's."""
        away = self.journal.current_away(now)
        if away is None and self.focus is not None:
            return self.focus(now)
        if away is not None and self.effective is not None:
            return self.effective(away, now)
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
        Each account's channels (forwarding) are read and written beside its reply, each by
        a provider of its own, in the same deadline.
        """
        now = self.clock()
        away = self.period(now)
        chosen = [a for a in self.accounts() if names is None or a.name in names]
        results: dict[str, AccountResult] = {}
        jobs: dict[str, Callable[[], Any]] = {}
        plans: dict[str, tuple[Account, MailProvider, AutoReply, AccountState | None]] = {}
        channels = _Channels()
        kinds: list[type[MailProvider]] = []
        for account in chosen:
            previous = self.journal.state(account.name)
            try:
                provider = self.provider_for(account)
            except Exception as error:
                results[account.name] = self._record_error(
                    account, AutoReply.off(), None, error, now, flags=previous
                )
                continue
            kinds.append(type(provider))
            capabilities = account_capabilities(provider)  # what status() measures against too
            for channel in CHANNELS:
                if channel.capability in capabilities:
                    plan = (channel, account, away, previous, now, channels)
                    self._plan_channel(*plan, force, retry_now)
            desired = desired_reply(away, account.name, capabilities, now)
            if not force and self._not_now(previous, reply_key(desired), now, retry_now):
                results[account.name] = from_journal(account, desired, previous)
                continue
            plans[account.name] = (account, provider, desired, previous)
            may_write = force or not _settled(previous, reply_key(desired))
            jobs[account.name] = self._job(
                provider, desired, may_write=may_write, hands_off=_hands_off(previous), now=now
            )
        jobs.update(channels.jobs)
        load_libraries(kinds)  # before the threads start
        for name, answer in run_parallel(jobs, self.timeout, label="push").items():
            if name in channels.plans:
                channels.record(name, answer, self)
                continue
            if isinstance(answer, BaseException):
                answer = _Outcome(None, pushed=False, error=answer)
            results[name] = self._record(*plans[name], answer)
        return [channels.attach(results[a.name]) for a in chosen if a.name in results]

    # --- planning -------------------------------------------------------------------------

    @staticmethod
    def _not_now(
        previous: AccountState | None, desired: str, now: datetime, retry_now: bool
    ) -> bool:
        """Whether to leave the account (or channel) alone now: ``desired`` (its key) is what
        was tried before, and its next try has not come, or trying again cannot help."""
        if previous is None or previous.desired != desired:
            return False
        if previous.status == AccountStatus.PENDING:
            return not retry_now and previous.next_retry is not None and previous.next_retry > now
        # Rejected or signed out: trying the same again changes nothing until asked.
        return previous.status in (AccountStatus.FAILED, AccountStatus.NEEDS_SIGN_IN)

    @staticmethod
    def _job(
        provider: MailProvider,
        desired: AutoReply,
        *,
        may_write: bool,
        hands_off: bool,
        now: datetime,
    ) -> Callable[[], _Outcome]:
        def job() -> _Outcome:
            actual = provider.read_auto_reply()
            answered = as_answered(actual, now)
            if hands_off and answered.enabled and not answered.same_as(desired):
                return _Outcome(actual, pushed=False, found=True)
            if answered.same_as(desired) or not may_write:
                return _Outcome(actual, pushed=False)
            try:
                if desired.enabled:
                    provider.write_auto_reply(desired)
                else:
                    provider.clear_auto_reply()
            except Exception as error:
                # What the account held when this pass read it: a refused write leaves it so
                # (status must not say "not set" while an earlier reply is still on).
                return _Outcome(actual, pushed=False, error=error)
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
                Said("timeout", service=provider.display_name, seconds=f"{self.timeout:.0f}")
            )
            return self._record_error(account, desired, previous, error, now)
        if outcome.error is not None:
            return self._record_error(
                account, desired, previous, outcome.error, now, actual=outcome.actual
            )
        actual = outcome.actual
        assert actual is not None
        in_sync = as_answered(actual, now).same_as(desired) or _everyday_status(provider, desired)
        status, message = (
            (AccountStatus.OK, "") if in_sync else (AccountStatus.DRIFT, DRIFT_MESSAGE)
        )
        if outcome.found:
            status, message = AccountStatus.FOUND, ""
        left_alone = outcome.found and previous is not None and previous.left_alone
        action = "set" if desired.enabled else "clear"
        if outcome.pushed:
            self.journal.record_push(_push()(now, account.name, action, True))
        last_push = now if outcome.pushed else (previous.last_push if previous else None)
        self.journal.set_state(
            AccountState(
                account=account.name,
                status=status,
                desired=reply_key(desired),
                actual=reply_key(actual),
                message=message,
                last_push=last_push,
                hands_off=outcome.found,
                left_alone=left_alone,
                acts=previous.acts if previous else 0,
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
            left_alone=left_alone,
        )

    def _record_error(
        self,
        account: Account,
        desired: AutoReply,
        previous: AccountState | None,
        error: BaseException,
        now: datetime,
        *,
        flags: AccountState | None = None,
        actual: AutoReply | None = None,
    ) -> AccountResult:
        """Record a failed try. ``flags`` is the account's state before the pass (``previous``
        unless given): a first contact or a found reply stays hands-off. ``actual``: the reply
        read in this pass, when the failure came after reading."""
        flags = previous if flags is None else flags
        same_goal = previous is not None and previous.desired == reply_key(desired)
        attempts = (previous.attempts if previous and same_goal else 0) + 1
        if not isinstance(error, ProviderError):
            log.error("Provider for %s failed", account.name, exc_info=error)
        status, message, next_retry = _judge(error, attempts, now)
        self.journal.record_push(
            _push()(
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
                actual=reply_key(actual)
                if actual is not None
                else (previous.actual if previous else None),
                message=message,
                attempts=attempts,
                next_retry=next_retry,
                last_push=last_push,
                hands_off=_hands_off(flags),
                left_alone=flags is not None and flags.hands_off and flags.left_alone,
                acts=flags.acts if flags else 0,
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
            next_retry=next_retry,
            last_push=last_push,
        )

    # --- channels (forwarding) -----------------------------------------------------------

    def _plan_channel(
        self,
        channel: Channel,
        account: Account,
        away: ReplyPeriod | None,
        reply_state: AccountState | None,
        now: datetime,
        channels: _Channels,
        force: bool,
        retry_now: bool,
    ) -> None:
        """Plan one channel of one account, with a provider of its own (so its read and write
        run beside the reply's, each within its own share of the deadline).

        First contact per channel: a channel the journal has no state for is only read while
        the account's reply is hands-off (or unknown); what it finds set that Boundary would
        not set is ``found`` and left until the person acts.
        """
        previous = self.journal.state(account.name, channel.name)
        hands_off = previous.hands_off if previous is not None else _hands_off(reply_state)
        try:
            provider = self.provider_for(account)
        except Exception as error:
            off = channel.value_type.off()
            plan = _ChannelPlan(channel, account, off, previous, hands_off)
            channels.add_result(account.name, self._record_channel_error(plan, error, now))
            return
        desired = channel.desired(away, account.name, account_capabilities(provider), now)
        key = value_key(desired)
        plan = _ChannelPlan(channel, account, desired, previous, hands_off)
        quiet = not _matters(channel, desired, previous)
        # A bounced forward is read again at every pass (is there a newer bounce?); a rule
        # in error waits, like any refusal, until the person acts.
        waits = not force and self._not_now(previous, key, now, retry_now)
        if quiet or (
            waits and bounced(channel.value(previous.actual if previous else None)) is None
        ):
            channels.add_result(account.name, channel_from_journal(channel, desired, previous))
            return
        since = _wanted_since(away, desired, previous, key, now)
        may_write = force or not _settled(previous, key)
        job = self._channel_job(
            channel, provider, desired, may_write=may_write, hands_off=hands_off, now=now
        )
        if channel.follow_up is not None and since is not None:
            job = _followed_up(job, channel.follow_up, provider, desired, since, now)
        channels.add_job(plan, job)

    @staticmethod
    def _channel_job(
        channel: Channel,
        provider: MailProvider,
        desired: ChannelValue,
        *,
        may_write: bool,
        hands_off: bool,
        now: datetime,
    ) -> Callable[[], _RuleOutcome]:
        def job() -> _RuleOutcome:
            actual = channel.read(provider)
            answered = actual.answered(now)
            if hands_off and answered.enabled and not answered.same_as(desired):
                return _RuleOutcome(actual, pushed=False, found=True)
            # Compared as it stands (not as it acts now), so a rule of Boundary's whose end
            # has passed is taken away when the period is over rather than left behind.
            if actual.same_as(desired) or not may_write:
                return _RuleOutcome(actual, pushed=False)
            if desired.enabled:
                channel.write(provider, desired)
            else:
                channel.clear(provider)
            return _RuleOutcome(desired, pushed=True)

        return job

    def _record_channel(self, plan: _ChannelPlan, outcome: _RuleOutcome) -> ChannelResult:
        now = self.clock()
        if outcome.actual is None or outcome.error is not None:
            error = outcome.error or Unreachable(
                Said("account-timeout", seconds=f"{self.timeout:.0f}")
            )
            return self._record_channel_error(plan, error, now)
        actual, desired, previous = outcome.actual, plan.desired, plan.previous
        status, message, code = AccountStatus.OK, "", ChannelCode.NONE
        if not actual.answered(now).same_as(desired):
            drift = plan.channel.drift_message
            status, message, code = AccountStatus.DRIFT, drift, ChannelCode.DRIFT
        elif desired.enabled and actual.in_error:
            status, message, code = AccountStatus.FAILED, RULE_ERROR, ChannelCode.RULE_ERROR
        elif desired.enabled and (said := bounce_message(actual)) is not None:
            status, message, code = AccountStatus.FAILED, said, ChannelCode.FORWARD_BOUNCED
        if outcome.found:
            status, message, code = AccountStatus.FOUND, "", ChannelCode.NONE
        name = plan.channel.name
        if outcome.pushed:
            action = f"{name}-{'set' if desired.enabled else 'clear'}"
            self.journal.record_push(_push()(now, plan.account.name, action, True))
        known = plan.channel.value(previous.actual) if previous else None
        if code is ChannelCode.FORWARD_BOUNCED and bounced(actual) != bounced(known):
            # In the record once per bounce: the newest one read back is kept with the state.
            bounce = _push()(now, plan.account.name, f"{name}-bounced", False, status, message)
            self.journal.record_push(bounce)
        last_push = now if outcome.pushed else (previous.last_push if previous else None)
        state = AccountState(
            account=plan.account.name,
            status=status,
            desired=value_key(desired),
            actual=kept_key(actual),
            message=message,
            last_push=last_push,
            hands_off=outcome.found,
            acts=previous.acts if previous else 0,
        )
        self.journal.set_state(state, now, channel=name)
        return ChannelResult(
            name, desired, actual, status, message, outcome.pushed, None, last_push, code
        )

    def _record_channel_error(
        self, plan: _ChannelPlan, error: BaseException, now: datetime
    ) -> ChannelResult:
        previous, desired = plan.previous, plan.desired
        same_goal = previous is not None and previous.desired == value_key(desired)
        attempts = (previous.attempts if previous and same_goal else 0) + 1
        if not isinstance(error, ProviderError):
            log.error("Provider for %s failed", plan.account.name, exc_info=error)
        status, message, next_retry = _judge(error, attempts, now)
        code = ChannelCode.NONE
        if isinstance(error, Unsupported):
            message, code = UNSUPPORTED, ChannelCode.UNSUPPORTED
        name = plan.channel.name
        action = f"{name}-{'set' if desired.enabled else 'clear'}"
        self.journal.record_push(_push()(now, plan.account.name, action, False, status, message))
        last_push = previous.last_push if previous else None
        state = AccountState(
            account=plan.account.name,
            status=status,
            desired=value_key(desired),
            actual=previous.actual if previous else None,
            message=message,
            attempts=attempts,
            next_retry=next_retry,
            last_push=last_push,
            hands_off=plan.hands_off,
            acts=previous.acts if previous else 0,
        )
        self.journal.set_state(state, now, channel=name)
        return ChannelResult(
            name, desired, None, status, message, False, next_retry, last_push, code
        )

    def next_retry(self) -> datetime | None:
        """The earliest moment a pending account (or one of its channels) wants another try."""
        moments = []
        for account in self.accounts():
            for channel in ("reply", *(c.name for c in CHANNELS)):
                state = self.journal.state(account.name, channel)
                if state and state.status == AccountStatus.PENDING and state.next_retry:
                    moments.append(state.next_retry)
        return min(moments, default=None)


def _matters(channel: Channel, desired: ChannelValue, previous: AccountState | None) -> bool:
    """Whether a pass needs to ask the account about a channel: something is wanted, or the
    journal says Boundary's own rule may be there (its last known state is on, or not known
    to be settled). An account that never had it costs no request."""
    if desired.enabled:
        return True
    if previous is None:
        return False
    if previous.status != AccountStatus.OK:
        return True
    actual = channel.value(previous.actual)
    return actual is not None and actual.enabled


def _wanted_since(
    away: ReplyPeriod | None,
    desired: ChannelValue,
    previous: AccountState | None,
    key: str,
    now: datetime,
) -> datetime | None:
    """Since when the channel's value has been on as it is now: the last push of that very
    value (a period changed in other ways keeps its rule, and what the rule met), else the
    period's start; never before the value's own start (a dated rule acts from then). None
    while nothing is wanted yet (no period, or one still to come)."""
    if away is None:
        return None
    since = away.start
    if previous is not None and previous.desired == key and previous.last_push is not None:
        since = previous.last_push
    start = getattr(desired, "start", None)
    if isinstance(start, datetime):
        since = max(since, start)
    return since if since <= now else None


def _followed_up(
    job: Callable[[], _RuleOutcome],
    follow_up: Callable[[MailProvider, Any, datetime], ChannelValue],
    provider: MailProvider,
    desired: ChannelValue,
    since: datetime,
    now: datetime,
) -> Callable[[], _RuleOutcome]:
    """``job``, then, when it found Boundary's value on as wanted (not just written, not
    someone else's), what the channel also asks about it since ``since`` (a forward's
    bounces)."""

    def followed() -> _RuleOutcome:
        outcome = job()
        actual = outcome.actual
        if outcome.pushed or outcome.found or actual is None or not desired.enabled:
            return outcome
        if not actual.answered(now).same_as(desired):
            return outcome
        return replace(outcome, actual=follow_up(provider, actual, since))

    return followed


@dataclass(frozen=True)
class _RuleOutcome:
    actual: ChannelValue | None
    pushed: bool
    error: BaseException | None = None
    found: bool = False


@dataclass(frozen=True)
class _ChannelPlan:
    channel: Channel
    account: Account
    desired: ChannelValue
    previous: AccountState | None
    hands_off: bool


class _Channels:
    """The channel jobs of one pass, and their results by account."""

    SEPARATOR = "\x1f"  # a job's key: the account's name, this, the channel's name

    def __init__(self) -> None:
        self.jobs: dict[str, Callable[[], _RuleOutcome]] = {}
        self.plans: dict[str, _ChannelPlan] = {}
        self.results: dict[str, list[ChannelResult]] = {}

    def add_job(self, plan: _ChannelPlan, job: Callable[[], _RuleOutcome]) -> None:
        key = f"{plan.account.name}{self.SEPARATOR}{plan.channel.name}"
        self.jobs[key] = job
        self.plans[key] = plan

    def add_result(self, account: str, result: ChannelResult) -> None:
        self.results.setdefault(account, []).append(result)

    def record(self, key: str, answer: object, reconciler: Reconciler) -> None:
        plan = self.plans[key]
        if isinstance(answer, _RuleOutcome):
            outcome = answer
        elif isinstance(answer, BaseException):
            outcome = _RuleOutcome(None, pushed=False, error=answer)
        else:  # did not answer in time
            outcome = _RuleOutcome(None, pushed=False)
        self.add_result(plan.account.name, reconciler._record_channel(plan, outcome))

    def attach(self, result: AccountResult) -> AccountResult:
        order = [c.name for c in CHANNELS]
        found = sorted(self.results.get(result.account, ()), key=lambda c: order.index(c.channel))
        return replace(result, channels=tuple(found)) if found else result


DRIFT_MESSAGE = Said("drift")
RULE_ERROR = Said("rule-error")
UNSUPPORTED = Said("unsupported")
NOT_SENT = Said("not-sent-yet")
"""The reconciler's sentences: codes (providers.base.SENTENCES) the front ends word; the
journal keeps their English and their codes (its ``said`` column), as it keeps a provider's."""


def _judge(
    error: BaseException, attempts: int, now: datetime
) -> tuple[AccountStatus, str, datetime | None]:
    """What a failed try means: (status, message, next try or None for "not until asked").

    Unreachable waits its backoff (or longer, if the server says so); needs sign-in and
    rejected are not retried; anything else a plugin raises counts as retryable.
    """
    if not isinstance(error, ProviderError):
        message = Said("went-wrong", error=type(error).__name__)
        return AccountStatus.PENDING, message, now + backoff(attempts)
    if isinstance(error, Unreachable):
        wait = max(backoff(attempts), error.retry_after or timedelta(0))
        return AccountStatus.PENDING, said_of(error), now + wait
    if isinstance(error, NeedsSignIn):
        return AccountStatus.NEEDS_SIGN_IN, said_of(error), None
    return AccountStatus.FAILED, said_of(error), None


def channel_from_journal(
    channel: Channel, desired: ChannelValue, state: AccountState | None
) -> ChannelResult:
    """What the journal last knew of one channel, measured against ``desired``; no network.

    A channel never used, with nothing wanted, is as it should be (``ok``: nothing of
    Boundary's is known to be there)."""
    if state is None:
        status = AccountStatus.UNKNOWN if desired.enabled else AccountStatus.OK
        return ChannelResult(channel.name, desired, None, status)
    actual = channel.value(state.actual)
    status, message = state.status, state.message
    found = status == AccountStatus.FOUND and state.hands_off
    if not found and (status == AccountStatus.FOUND or state.desired != value_key(desired)):
        status, message = AccountStatus.PENDING, NOT_SENT
    code = ChannelCode.NONE
    if status == AccountStatus.DRIFT:
        code = ChannelCode.DRIFT
    elif status == AccountStatus.FAILED and message == RULE_ERROR:
        code = ChannelCode.RULE_ERROR
    elif (
        status == AccountStatus.FAILED and actual is not None and message == bounce_message(actual)
    ):
        code = ChannelCode.FORWARD_BOUNCED
    elif status == AccountStatus.FAILED and message == UNSUPPORTED:
        code = ChannelCode.UNSUPPORTED
    return ChannelResult(
        channel.name,
        desired,
        actual,
        status,
        message,
        next_retry=state.next_retry,
        last_push=state.last_push,
        code=code,
    )


def _settled(previous: AccountState | None, desired: str) -> bool:
    """Whether the last pass left ``desired`` (its key) on the account, as set or as changed
    elsewhere (drift is reported, not fought): read it again, write nothing."""
    return (
        previous is not None
        and previous.desired == desired
        and previous.status in (AccountStatus.OK, AccountStatus.DRIFT)
    )


def from_journal(account: Account, desired: AutoReply, state: AccountState | None) -> AccountResult:
    """What the journal last knew of ``account``, measured against ``desired``; no network."""
    if state is None:
        return AccountResult(account.name, account.kind, desired, None, AccountStatus.UNKNOWN)
    actual = AutoReply.from_json(json.loads(state.actual)) if state.actual else None
    status, message = state.status, state.message
    found = status == AccountStatus.FOUND and state.hands_off
    if not found and (status == AccountStatus.FOUND or state.desired != reply_key(desired)):
        status, message = AccountStatus.PENDING, NOT_SENT
    return AccountResult(
        account.name,
        account.kind,
        desired,
        actual,
        status,
        message,
        next_retry=state.next_retry,
        last_push=state.last_push,
        left_alone=found and state.left_alone,
    )


__all__ = [
    "CHANNELS",
    "FORWARDING",
    "PRESENCE",
    "AccountResult",
    "Channel",
    "ChannelCode",
    "ChannelResult",
    "Reconciler",
    "account_capabilities",
    "as_answered",
    "backoff",
    "channel_from_journal",
    "channel_named",
    "desired_forward",
    "desired_reply",
    "effective_audience",
    "from_journal",
    "reply_key",
    "said_of",
    "value_key",
]
