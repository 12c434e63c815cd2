"""The channels an account keeps beside the reply, and how each is wanted.

A ``Channel`` is reconciled like the reply (core/reconciler.py): read back, compared,
pushed, retried, drift reported, first contact respected; its state is kept per account
and channel. Each channel's value type is a ``ChannelValue`` of the provider contract.
Forwarding to the backup (silent cover) is defined here; other channels (a calendar event, a
chat status) are defined in modules of their own beside it and listed in
``reconciler.CHANNELS``.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from boundary_app.core.journal import ReplyPeriod
from boundary_app.providers.base import (
    Capability,
    ChannelValue,
    ForwardRule,
    MailProvider,
    Said,
)


def value_key(value: ChannelValue) -> str:
    """How the journal keeps and compares a channel's value."""
    return json.dumps(value.normalized().to_json(), sort_keys=True, ensure_ascii=False)


def bounced(value: ChannelValue | None) -> datetime | None:
    """When mail a forwarding rule sent on last bounced (5.7.520), as read back; None for
    any other value."""
    return value.bounced if isinstance(value, ForwardRule) else None


def bounce_message(value: ChannelValue) -> Said | None:
    """What a pass says of a forward that bounced (and the journal keeps, in English): to
    whom, and when the newest bounce came; None when it did not bounce."""
    moment = bounced(value)
    if moment is None or not isinstance(value, ForwardRule):
        return None
    return Said("forward-bounced", to=value.normalized().to, moment=moment.isoformat())


def kept_key(value: ChannelValue) -> str:
    """How the journal keeps what a channel holds: ``value_key``'s form, with the newest
    bounce a forwarding rule read back (so each bounce is recorded once, not at every pass)."""
    data = value.normalized().to_json()
    if (moment := bounced(value)) is not None:
        data["bounced"] = moment.isoformat()
    return json.dumps(data, sort_keys=True, ensure_ascii=False)


@dataclass(frozen=True)
class Channel:
    """Something an account keeps for the person besides the reply, reconciled like it:
    read back, compared, pushed, retried, drift reported, first contact respected.

    Forwarding to the backup is the first; a chat status or a calendar event is another
    ``Channel`` with its own value type (a ``ChannelValue``: ``ForwardRule``, …), capability
    and provider methods. Its state is kept per account and channel
    (``Journal.state(account, channel)``). ``desired`` is handed the period the replies follow
    at that moment (an away period, or a focus day's reply, whose ``id`` is None).
    """

    name: str
    capability: Capability
    value_type: type[ChannelValue]
    desired: Callable[[ReplyPeriod | None, str, frozenset[Capability], datetime], ChannelValue]
    read: Callable[[MailProvider], ChannelValue]
    write: Callable[[MailProvider, Any], None]
    clear: Callable[[MailProvider], None]
    drift_message: str = ""
    """Said when the value was changed or removed outside Boundary."""
    follow_up: Callable[[MailProvider, Any, datetime], ChannelValue] | None = None
    """What a read also asks while Boundary's value is on as wanted, given the value read and
    the moment it was set (a forward's bounces since then): read back only, not compared."""

    def value(self, text: str | None) -> ChannelValue | None:
        """A value as the journal keeps it (``value_key``), or None."""
        return self.value_type.from_json(json.loads(text)) if text else None


def desired_forward(
    away: ReplyPeriod | None,
    account: str,
    capabilities: frozenset[Capability],
    now: datetime,
) -> ForwardRule:
    """The forwarding rule the account should hold: to the backup who covers (``away`` as
    ``cover.effective`` gives it), while the period runs. Servers that keep dates get the
    period's start and end (an open-ended period is set when it begins, as for the reply);
    the others get the rule while the period is in force."""
    if away is None or not away.covers(account) or away.ended is not None:
        return ForwardRule.off()
    if not away.cover.forwards or Capability.FORWARD_RULE not in capabilities:
        return ForwardRule.off()
    if not away.forward_to:  # nobody available: nothing goes to an absent backup
        return ForwardRule.off()
    scheduled = Capability.SCHEDULED_FORWARD in capabilities and away.until is not None
    if not scheduled and not away.active_at(now):
        return ForwardRule.off()
    return ForwardRule(
        enabled=True,
        to=away.forward_to,
        start=away.start if scheduled else None,
        end=away.until if scheduled else None,
    )


def with_bounces(provider: MailProvider, rule: ForwardRule, since: datetime) -> ForwardRule:
    """``rule`` with the newest 5.7.520 bounce that arrived since ``since`` (or none)."""
    return replace(rule, bounced=provider.forward_bounced(since))


FORWARD_DRIFT = Said("forward-drift")

FORWARDING = Channel(
    "forward",
    Capability.FORWARD_RULE,
    ForwardRule,
    desired_forward,
    lambda provider: provider.read_forward(),
    lambda provider, rule: provider.write_forward(rule),
    lambda provider: provider.clear_forward(),
    FORWARD_DRIFT,
    with_bounces,
)
