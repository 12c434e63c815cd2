"""Words for cover and channels: the backups' availability, the cover notices before going
away, and the names of an account's channels (the reply, forwarding, and those other kinds add).

Core hands codes and values (``Availability``, ``CoverNotice``, channel names); this module is
the one place the screens word them. ``channel_name`` knows the channels Boundary has and
says an unknown one by its code ("chat-status" → "chat status"), so a channel a newer core or
a plugin adds still reads.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from boundary_app.core.channels import bounced
from boundary_app.core.cover import PROFILE, BackupState, domain_of, outside
from boundary_app.core.reconciler import ChannelCode, ChannelResult
from boundary_app.core.service import Status
from boundary_app.core.states import Availability, CoverNotice, State
from boundary_app.ui.languages import Words
from boundary_app.ui.texts import day_text, short_when_text, shown_name

REPLY = "reply"
"""The name results use for the auto-reply itself, beside the core's channels."""


class CoverText(Words):
    """Words for cover, the backups' availability and the channels."""


def channel_name(name: str) -> str:
    """A channel in a few words, lower case ("forwarding"); unknown ones by their code."""
    words = {
        REPLY: CoverText.tr("auto-reply"),
        "forward": CoverText.tr("forwarding"),
        "forwarding": CoverText.tr("forwarding"),
        "presence": CoverText.tr("chat status"),  # Teams, Google Chat
        "calendar": CoverText.tr("calendar"),
    }
    return words.get(name) or name.replace("-", " ").replace("_", " ").strip() or name


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def first_name(name: str) -> str:
    return name.split()[0] if name.split() else name


def _back_day(moment: datetime, tz: ZoneInfo) -> str:
    """When someone is back: the day (the moment when it is not midnight)."""
    local = moment.astimezone(tz)
    if (local.hour, local.minute) == (0, 0):
        return day_text(local.date(), short=True)
    return short_when_text(moment, tz)


def availability_text(state: BackupState, tz: ZoneInfo) -> str:
    """Whether a backup can cover, in a short clause after their name; "" for unknown."""
    if state.availability is Availability.UNKNOWN:
        return ""
    if state.availability is Availability.AVAILABLE:
        return CoverText.tr("available")
    if state.source == PROFILE:
        if state.until is None:
            return CoverText.tr("marked away")
        # Marked through a day: ``until`` is the midnight after it; say the last day.
        from datetime import timedelta

        last = (state.until.astimezone(tz) - timedelta(minutes=1)).date()
        return CoverText.tr("marked away until %1").replace("%1", day_text(last, short=True))
    if state.until is None:
        return CoverText.tr("own auto-reply is on")
    return CoverText.tr("own auto-reply is on until %1").replace("%1", _back_day(state.until, tz))


def availability_sentence(state: BackupState, tz: ZoneInfo, instead: str | None = None) -> str:
    """A sentence on a backup who is away ("Sam's own auto-reply is on until Fri — Priya
    covers instead"); "" when they can cover. ``instead``: who covers in their place ("" for
    nobody, None not to say)."""
    if state.can_cover:
        return ""
    name = first_name(state.name)
    if state.source == PROFILE:
        text = CoverText.tr("%1: %2").replace("%1", name)
        text = text.replace("%2", availability_text(state, tz))
    elif state.until is None:
        text = CoverText.tr("%1's own auto-reply is on").replace("%1", name)
    else:
        text = CoverText.tr("%1's own auto-reply is on until %2").replace("%1", name)
        text = text.replace("%2", _back_day(state.until, tz))
    if instead:
        text += CoverText.tr(" — %1 covers instead").replace("%1", first_name(instead))
    elif instead == "":
        text += CoverText.tr(" — nobody else is available")
    return text


def availability_tip(state: BackupState, tz: ZoneInfo) -> str:
    """The longer words for a tooltip: the clause, what said so, their reply's first line."""
    if state.availability is Availability.UNKNOWN:
        return CoverText.tr("Availability unknown: no account can tell; counted as available.")
    lines = [capitalised(availability_text(state, tz))]
    if state.source and state.source != PROFILE:
        lines.append(CoverText.tr("Says %1.").replace("%1", state.source))
    if state.note:
        lines.append(f"“{state.note}”")
    return "\n".join(lines)


def notice_text(code: CoverNotice, values: Mapping[str, Any]) -> str:
    """One of ``Boundary.cover_notices`` in words."""
    account, email = str(values.get("account", "")), str(values.get("email", ""))
    if code is CoverNotice.STAND_IN:
        instead = str(values.get("instead") or "")
        if not instead:
            return CoverText.tr("%1 is away, and nobody else in your roster is available.").replace(
                "%1", str(values.get("backup", ""))
            )
        text = CoverText.tr("%1 is away: %2 covers instead.").replace("%1", values["backup"])
        return text.replace("%2", instead)
    if code is CoverNotice.NOBODY_AVAILABLE:
        return CoverText.tr(
            "None of your backups is available, so nothing is forwarded until one is."
        )
    if code is CoverNotice.CANNOT_FORWARD:
        text = CoverText.tr("%1 cannot forward mail by itself, so its mail is not forwarded.")
        return text.replace("%1", account)
    if code is CoverNotice.APP_SWITCHED:
        return CoverText.tr(
            "%1 forwards only while Boundary runs at the start and the end of the period: it "
            "switches the forwarding on and off then."
        ).replace("%1", account)
    text = CoverText.tr(
        "%1 is outside the organisation of %2, which may block forwarding there (bounce "
        "5.7.520); a backup inside it is safer."
    )
    return text.replace("%1", email).replace("%2", account)


def reach_line(status: Status) -> str:
    """While away, what is on where: "Away on 3 accounts, forwarding on 2"; "" otherwise."""
    if status.state != State.AWAY:
        return ""
    replies = sum(1 for a in status.accounts if a.desired.enabled)
    counts: dict[str, int] = {}
    for account in status.accounts:
        for channel in account.channels:
            if getattr(channel.desired, "enabled", False):
                counts[channel.channel] = counts.get(channel.channel, 0) + 1
    parts = [CoverText.tr("Away on %n account(s)", "", replies)] if replies else []
    for name, count in counts.items():
        text = CoverText.tr("%1 on %2").replace("%1", channel_name(name))
        parts.append(text.replace("%2", str(count)))
    return capitalised(", ".join(parts))


def _bounced_to(channel: ChannelResult) -> str:
    for value in (channel.actual, channel.desired):
        to = getattr(value, "to", "")
        if to:
            return str(to)
    return ""


def bounce_advice(to: str, email: str) -> str:
    """Whom to choose instead: a colleague at the account's own domain when the backup's is
    another, else inside the organisation."""
    if to and email and outside(to, email):
        text = CoverText.tr("Choose a colleague at %1 as your backup, not one at %2.")
        return text.replace("%1", domain_of(email)).replace("%2", domain_of(to))
    return CoverText.tr("Choose a colleague inside your organisation as your backup.")


def bounce_text(channel: ChannelResult, email: str, tz: ZoneInfo) -> str:
    """A forward that bounced (5.7.520), in full: when, to whom, why, and what to do."""
    to, moment = _bounced_to(channel), bounced(channel.actual)
    if moment is None:
        text = CoverText.tr("Mail forwarded to %1 bounced (5.7.520)").replace("%1", to)
    else:
        text = CoverText.tr("Mail forwarded to %1 bounced on %2 (5.7.520)").replace("%1", to)
        text = text.replace("%2", short_when_text(moment, tz))
    text += CoverText.tr(": your organisation refuses to forward outside it.")
    return f"{text} {bounce_advice(to, email)}"


def bounce_lines(status: Status, emails: Mapping[str, str]) -> list[str]:
    """A short line per account whose forwarding bounced, for the tray's tooltip: "Work:
    forwarding to sam@partner.example bounced; choose a colleague at contoso.com"."""
    lines = []
    for account in status.accounts:
        channel = account.forwarding
        if channel is None or channel.code is not ChannelCode.FORWARD_BOUNCED:
            continue
        to, email = _bounced_to(channel), emails.get(account.account, "")
        if to and email and outside(to, email):
            text = CoverText.tr("%1: forwarding to %2 bounced; choose a colleague at %3")
            text = text.replace("%3", domain_of(email))
        else:
            text = CoverText.tr("%1: forwarding to %2 bounced; choose a colleague inside")
        name = shown_name(account.account, account.kind)
        lines.append(text.replace("%1", name).replace("%2", to))
    return lines


def notices_text(notices: Sequence[tuple[CoverNotice, Mapping[str, Any]]]) -> list[str]:
    return [notice_text(code, values) for code, values in notices]


__all__ = [
    "REPLY",
    "CoverText",
    "availability_sentence",
    "availability_text",
    "availability_tip",
    "bounce_advice",
    "bounce_lines",
    "bounce_text",
    "capitalised",
    "channel_name",
    "first_name",
    "notice_text",
    "notices_text",
    "reach_line",
]
