"""The way back: a briefing on the last away period, built when it ends (or on "I'm back").

Per account: the messages that came in while the person was away, grouped by sender and by
client (the call slots' addresses and domains), which of them the backups received, and which
are still unread; a prepared thank-you mail to the backups; the first mail check after the
return. It only reads: mail is listed (``MailProvider.list_mail``, which marks nothing read)
and the journal is read; nothing is sent, moved, marked or recorded.

- The last away period is the latest one that began and has ended (at its end, or earlier on
  "I'm back"); one replaced before it began is not one.
- "Received by a backup": a listed message forwarded (in the journal: from a mail check, or
  by any feature that records its forwards there) from the period's start until now; counted
  per recipient, named as the roster names them.
- Unread: as the provider says (``MailSummary.unread``); a provider that does not say
  leaves it unknown, and such messages are not counted as unread.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import TYPE_CHECKING

from boundary_app.core.calls import client_for, sender_address
from boundary_app.core.journal import Forward, ReplyPeriod
from boundary_app.core.profile import Backup, Profile
from boundary_app.providers.base import MailSummary

if TYPE_CHECKING:
    from boundary_app.core.mail import MailBatch
    from boundary_app.core.schedule import Window
    from boundary_app.core.service import Boundary

MAIL_LIMIT = 500
SHOWN = "briefing_shown"
"""Journal meta key: the id of the away period whose briefing the tray last announced."""


@dataclass(frozen=True)
class BriefedMessage:
    message: MailSummary
    address: str
    client: str
    """The client whose call slot knows the sender ("" for none)."""
    forwarded_to: tuple[str, ...] = ()
    """The backups (names, or addresses not on the roster) the message was forwarded to."""

    @property
    def unread(self) -> bool | None:
        return self.message.unread


@dataclass(frozen=True)
class SenderGroup:
    sender: str
    """As the first message names them ("Jo Bloggs <jo@acme.example>")."""
    address: str
    client: str
    messages: tuple[BriefedMessage, ...]


@dataclass(frozen=True)
class AccountBriefing:
    account: str
    messages: tuple[BriefedMessage, ...] = ()
    problem: str = ""
    """Why the account's mail could not be listed (the provider's words); "" when it was."""


@dataclass(frozen=True)
class ThanksMail:
    to: tuple[str, ...]
    subject: str
    text: str
    lang: str


@dataclass(frozen=True)
class Briefing:
    period: ReplyPeriod
    start: datetime
    end: datetime
    accounts: tuple[AccountBriefing, ...]
    taken: tuple[tuple[str, int], ...]
    """Messages received by each backup (name), most first."""
    thanks: ThanksMail | None
    first_check: Window | None
    backups: tuple[Backup, ...] = field(default=())

    @property
    def messages(self) -> list[BriefedMessage]:
        """Every message of every account, newest first."""
        found = [m for a in self.accounts for m in a.messages]
        return sorted(found, key=lambda m: m.message.received, reverse=True)

    @property
    def unread(self) -> int:
        return sum(1 for m in self.messages if m.unread)

    def by_sender(self) -> list[SenderGroup]:
        """Senders with their messages, most messages first (then by address)."""
        groups: dict[str, list[BriefedMessage]] = {}
        for item in self.messages:
            groups.setdefault(item.address or item.message.sender, []).append(item)
        ordered = sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0]))
        return [
            SenderGroup(items[0].message.sender, key, items[0].client, tuple(items))
            for key, items in ordered
        ]

    def by_client(self) -> list[tuple[str, int]]:
        """(client, messages) for the clients that wrote, most first."""
        counts: dict[str, int] = {}
        for item in self.messages:
            if item.client:
                counts[item.client] = counts.get(item.client, 0) + 1
        return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


def last_away(periods: list[ReplyPeriod], now: datetime) -> ReplyPeriod | None:
    """The latest away period that began and has ended by ``now``."""
    done = [(end, p) for p in periods if (end := p.back) is not None and p.start < end <= now]
    return max(done, key=lambda pair: pair[0], default=(None, None))[1]


def briefing(service: Boundary, period: ReplyPeriod | None = None) -> Briefing | None:
    """The briefing on ``period`` (default: the last away period); blocks on the network
    (never call it on the GUI thread). None when there was no away period."""
    from boundary_app.core.mail import gather_mail

    period = period or last_away(service.journal.away_periods(), service.clock())
    if period is None:
        return None
    return briefing_from(service, period, gather_mail(service, period.start, MAIL_LIMIT))


def briefing_from(service: Boundary, period: ReplyPeriod, batch: MailBatch) -> Briefing:
    """The briefing on ``period`` from ``batch``, the mail listed since its start (at most
    ``MAIL_LIMIT``: ``gather_mail``, or the tray's worker's ``Job.LIST_MAIL``). No network:
    the journal and the profile only."""
    from boundary_app.core.mail import mail_accounts

    now = service.clock()
    end = period.back or now
    forwards = service.journal.forwards(period.start, now)
    profile = service.profile
    problems = dict(batch.problems)
    accounts = []
    for account in mail_accounts(service):
        mine = [m for m in batch.messages if m.account == account.name and m.received < end]
        items = [_briefed(profile, m, forwards) for m in mine]
        accounts.append(AccountBriefing(account.name, tuple(items), problems.get(account.name, "")))
    backups = tuple(b for name in period.backups if (b := profile.backup(name)) is not None)
    result = Briefing(
        period=period,
        start=period.start,
        end=end,
        accounts=tuple(accounts),
        taken=(),
        thanks=None,
        first_check=service.checks.upcoming(now),
        backups=backups,
    )
    result = replace(result, taken=_taken(result))
    return replace(result, thanks=thanks_mail(profile, result, service.reply_languages()[0]))


def _briefed(profile: Profile, message: MailSummary, forwards: list[Forward]) -> BriefedMessage:
    slot = client_for(profile.calls, message.sender)
    recipients = [
        f.recipient for f in forwards if f.account == message.account and f.message_id == message.id
    ]
    names = tuple(dict.fromkeys(_backup_name(profile, r) for r in recipients))
    return BriefedMessage(message, sender_address(message.sender), slot.name if slot else "", names)


def _backup_name(profile: Profile, recipient: str) -> str:
    backup = profile.backup(recipient)
    return backup.name if backup is not None else recipient


def _taken(result: Briefing) -> tuple[tuple[str, int], ...]:
    counts: dict[str, int] = {}
    for item in result.messages:
        for name in item.forwarded_to:
            counts[name] = counts.get(name, 0) + 1
    return tuple(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def thanks_mail(profile: Profile, result: Briefing, lang: str) -> ThanksMail | None:
    """The thank-you to the backups who covered, in ``lang``; None when nobody covered."""
    from boundary_app.core.render import fill, format_day, join_words, placeholders, thanks_words

    backups = result.backups
    if not backups:
        return None
    words = thanks_words(lang)
    tz = profile.tz
    taken = sum(n for name, n in result.taken if any(b.name == name for b in backups))
    start, end = result.start.astimezone(tz), result.end.astimezone(tz)
    values = {
        "names": join_words([b.name.split()[0] for b in backups], lang),
        "start": format_day(start.date(), lang, this_year=end.year),
        "end": format_day(end.date(), lang, this_year=end.year),
        "count": str(taken) if taken else "",
        "name": profile.identity.name,
    }
    text = fill(words["body"], values, placeholders(tuple(values)))
    return ThanksMail(tuple(b.email for b in backups), words["subject"], text, lang)


__all__ = [
    "SHOWN",
    "AccountBriefing",
    "BriefedMessage",
    "Briefing",
    "SenderGroup",
    "ThanksMail",
    "briefing",
    "last_away",
    "thanks_mail",
]
