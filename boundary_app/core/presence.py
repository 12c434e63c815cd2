"""The chat status channel: a status message beside the reply while away, and Do Not
Disturb on a focus day (Microsoft Teams on an m365 account, ``Capability.PRESENCE``).

- Away: the status message is the reply's own line (its subject, else the first line of the
  colleagues' text; ``base.status_line``, as Slack's status), in the reply's language,
  expiring at the period's end, so the service takes it away on time with the laptop closed.
  It is set while the period runs (a chat status cannot start later); an open-ended period
  holds it until I'm back.
- Focus day (the period ``core/focus.py`` makes, whose ``id`` is None): the focus reply's
  line ("Focus day: I'll answer on Thursday …") and Do Not Disturb, both until the day's end.
- I'm back, or no period: none. The provider clears only the status Boundary set; one the
  person set is theirs and stays (``MailProvider.clear_presence``).
- Silent cover tells nobody that the person is away: no reply, no status either.
"""

from __future__ import annotations

from datetime import datetime

from boundary_app.core.channels import Channel
from boundary_app.core.journal import ReplyPeriod
from boundary_app.providers.base import (
    STATUS_MESSAGE_LIMIT,
    Capability,
    ChatStatus,
    Said,
    status_line,
)


def desired_presence(
    away: ReplyPeriod | None,
    account: str,
    capabilities: frozenset[Capability],
    now: datetime,
) -> ChatStatus:
    """The chat status the account should show at ``now`` for ``away`` (an away period as
    ``cover.effective`` gives it, or a focus day's reply)."""
    if Capability.PRESENCE not in capabilities:
        return ChatStatus.off()
    if away is None or not away.covers(account) or away.ended is not None:
        return ChatStatus.off()
    if not away.cover.replies or not away.active_at(now):
        return ChatStatus.off()
    message = status_line(away.subject, away.internal or away.external, STATUS_MESSAGE_LIMIT)
    if not message:
        return ChatStatus.off()
    focus_day = away.id is None and away.until is not None
    return ChatStatus(True, message, away.until, dnd=focus_day)


PRESENCE_DRIFT = Said("presence-drift")

PRESENCE = Channel(
    "presence",
    Capability.PRESENCE,
    ChatStatus,
    desired_presence,
    lambda provider: provider.read_presence(),
    lambda provider, status: provider.write_presence(status),
    lambda provider: provider.clear_presence(),
    PRESENCE_DRIFT,
)
