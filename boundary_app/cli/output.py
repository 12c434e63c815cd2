"""What every ``boundary`` command shares: the exit codes, ``Failure``, and how results print.

Light on purpose: the command modules import it at their top, so it imports nothing from the
domain at module level (types only while type checking; ``render`` when a moment is worded).
"""

from __future__ import annotations

import json
import shlex
import sys
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from boundary_app.cli.words import mark, tr

if TYPE_CHECKING:
    from boundary_app.core.journal import ReplyPeriod
    from boundary_app.core.reconciler import AccountResult, ChannelResult
    from boundary_app.core.schedule import FocusDay, Window
    from boundary_app.core.service import Boundary
    from boundary_app.providers.base import AutoReply, ChannelValue, ForwardRule

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_PENDING = 0, 1, 2, 3

RESULT_WORDS = {
    "ok": mark("reply in place"),
    "pending": mark("not sent yet"),
    "failed": mark("not set"),
    "needs-sign-in": mark("sign-in needed"),
    "drift": mark("changed outside Boundary"),
    "unknown": mark("not checked yet"),
    "found": mark("auto-reply set outside Boundary"),
}
"""An account's state in a line (English; ``tr`` words it)."""

FORWARDING_WORDS = {
    "pending": mark("forwarding not set yet"),
    "failed": mark("forwarding not set"),
    "needs-sign-in": mark("forwarding: sign-in needed"),
    "drift": mark("forwarding changed outside Boundary"),
    "unknown": mark("forwarding not checked yet"),
    "found": mark("a forwarding rule of Boundary's was found; it stays as it is"),
}


STILL_ON = ("pending", "failed", "needs-sign-in")
"""Results after which the account may still hold a reply set earlier."""


class Failure(Exception):
    """Ends the command with exit code 1 and this one-line reason.

    ``details`` join the reason in the JSON a script reads (``--json``).
    """

    def __init__(self, reason: str, **details: Any) -> None:
        super().__init__(reason)
        self.details = details


class UsageError(Failure):
    """The command line lacks something: exit code 2, like argparse's own errors."""


# --- JSON --------------------------------------------------------------------------------


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment else None


def reply_json(reply: AutoReply | None) -> dict[str, Any] | None:
    return None if reply is None else reply.to_json()


def away_json(period: ReplyPeriod | None) -> dict[str, Any] | None:
    if period is None:
        return None
    return {
        "start": _iso(period.start),
        "until": _iso(period.until),
        "template": period.template,
        "subject": period.subject,
        "external_subject": period.external_subject,
        "internal": period.internal,
        "external": period.external,
        "audience": period.audience.value,
        "accounts": list(period.accounts),
        "backups": list(period.backups),
        "cover": period.cover.value,
    }


def result_json(result: AccountResult) -> dict[str, Any]:
    return {
        "account": result.account,
        "kind": result.kind,
        "status": result.status,
        "message": result.message,
        "desired": reply_json(result.desired),
        "actual": reply_json(result.actual),
        "next_retry": _iso(result.next_retry),
        "found": found_json(result),
        "forwarding": forwarding_json(result.forwarding),
        "channels": channels_json(result),
    }


def channels_json(result: AccountResult) -> dict[str, dict[str, Any]]:
    """Every channel of the account by name, the reply first: ``{"reply": {...}, "forward":
    {...}, "calendar": {...}}``, each with its ``desired`` and ``actual`` value (null when
    unread) and ``status``; a channel beside the reply also has its ``code``, ``message`` and
    ``next_retry``. Other channels appear under their own names as kinds add them."""
    channels: dict[str, dict[str, Any]] = {
        "reply": {
            "desired": result.desired.to_json(),
            "actual": None if result.actual is None else result.actual.to_json(),
            "status": str(result.status),
        }
    }
    for channel in result.channels:
        channels[channel.channel] = {
            "desired": channel.desired.to_json(),
            "actual": None if channel.actual is None else channel.actual.to_json(),
            "status": str(channel.status),
            "code": channel.code.value,
            "message": channel.message,
            "next_retry": _iso(channel.next_retry),
        }
    return channels


def forwarding_json(channel: ChannelResult | None) -> dict[str, Any] | None:
    """An account's forwarding to the backup: to whom, from and until when (the rule's own
    dates; null where the app switches it), and how it stands; None for a kind without it."""
    if channel is None:
        return None
    rule = _rule(channel.desired if channel.desired.enabled else channel.actual)
    return {
        "to": rule.to if rule is not None and rule.enabled else None,
        "from": _iso(rule.start) if rule is not None else None,
        "until": _iso(rule.end) if rule is not None else None,
        "state": channel.status,
        "code": channel.code.value,
        "message": channel.message,
        "desired": channel.desired.to_json(),
        "actual": channel.actual.to_json() if channel.actual is not None else None,
        "next_retry": _iso(channel.next_retry),
    }


def _rule(value: ChannelValue | None) -> ForwardRule | None:
    """The forwarding channel's value as the rule it is."""
    from boundary_app.providers.base import ForwardRule

    return value if isinstance(value, ForwardRule) else None


def found_json(result: AccountResult) -> dict[str, Any] | None:
    """A reply found on the account, set outside Boundary: when it runs, and whether the person
    left it alone; None for every other account."""
    from boundary_app.core.states import AccountStatus

    if result.status != AccountStatus.FOUND or result.actual is None:
        return None
    return {
        "since": _iso(result.actual.start),
        "until": _iso(result.actual.end),
        "left_alone": result.left_alone,
    }


def _span(start: datetime, end: datetime) -> dict[str, str]:
    return {
        "start": start.isoformat(),
        "end": end.isoformat(),
        "start_utc": start.astimezone(UTC).isoformat(),
        "end_utc": end.astimezone(UTC).isoformat(),
    }


def window_json(window: Window) -> dict[str, str]:
    """A mail-check window as ``status``, ``plan`` and ``schedule`` give it."""
    return {"key": window.key, **_span(window.start, window.end)}


def focus_json(focus: FocusDay) -> dict[str, str]:
    return {"day": focus.day.isoformat(), **_span(focus.start, focus.end)}


def exit_for(results: Sequence[AccountResult]) -> int:
    """0 when every account (and each of its channels) holds what it should (or a reply found
    on it, left as it is until the person chooses), else 3 (some are left pending)."""
    states = [r.status for r in results] + [c.status for r in results for c in r.channels]
    return EXIT_OK if all(s in ("ok", "found") for s in states) else EXIT_PENDING


def names_text(names: Sequence[str]) -> str:
    """``Work``, ``Work and Home``, ``Work, Home and Side``."""
    if len(names) == 1:
        return names[0]
    return tr("{first} and {last}").format(first=", ".join(names[:-1]), last=names[-1])


# --- printing ----------------------------------------------------------------------------


class Out:
    def __init__(self, as_json: bool, service: Boundary | None = None) -> None:
        self.as_json = as_json
        self.service = service

    def when(self, moment: datetime) -> str:
        from boundary_app.core.render import format_moment
        from boundary_app.translation import language

        assert self.service is not None
        tz, now = self.service.profile.tz, self.service.clock()
        return format_moment(moment, tz, now=now, lang=language())

    def said(self, said: str | BaseException) -> str:
        """A sentence of core or a provider, worded in the command's language."""
        from boundary_app.wording import sentence

        return sentence(said, self.when if self.service is not None else None)

    @staticmethod
    def code(said: str | BaseException) -> str:
        """The code of a sentence of core or a provider ("" if none), for ``--json``."""
        from boundary_app.wording import code_of

        return code_of(said)

    @staticmethod
    def name(name: str, kind: str) -> str:
        """An account's name: the built-in trial's in the command's language."""
        from boundary_app.wording import account_name

        return account_name(name, kind)

    def describe_away(self, period: ReplyPeriod) -> str:
        assert self.service is not None
        now = self.service.clock()
        start = tr("now") if period.start <= now else self.when(period.start)
        until = self.when(period.until) if period.until else tr("further notice")
        text = tr("Away from {start} until {until}.").format(start=start, until=until)
        if period.backups:
            names = period.backups[0]
            for backup in period.backups[1:]:
                names = tr("{first} then {second}").format(first=names, second=backup)
            covers = tr("{backup} covers.") if len(period.backups) == 1 else tr("{backups} cover.")
            text += " " + covers.format(backup=names, backups=names)
        if period.cover == "forward":
            text += " " + tr(
                "No auto-reply: your mail goes to your backup (a copy stays with you)."
            )
        elif period.cover == "both":
            text += " " + tr("Your mail also goes to your backup (a copy stays with you).")
        return text

    def forwarding_words(self, channel: ChannelResult, email: str = "") -> str | None:
        """How an account's forwarding stands, or None when there is nothing to say.
        ``email``: the account's own address (for a bounce, the domain to choose inside)."""
        from boundary_app.core.reconciler import ChannelCode
        from boundary_app.core.states import AccountStatus

        rule = _rule(channel.desired)
        if rule is None:
            return None
        if channel.code is ChannelCode.FORWARD_BOUNCED:
            return self.bounce_words(channel, email)
        quiet = not rule.enabled and (channel.actual is None or not channel.actual.enabled)
        if quiet and channel.status in (
            AccountStatus.OK,
            AccountStatus.PENDING,
            AccountStatus.UNKNOWN,
        ):
            return None  # nothing wanted, nothing there: no word about it
        if channel.status == AccountStatus.OK:
            if rule.start and rule.start > self._now():
                return tr("forwarding to {to} from {start} in place").format(
                    to=rule.to, start=self.when(rule.start)
                )
            return tr("forwarding to {to} in place").format(to=rule.to)
        status = str(channel.status)
        words = tr(FORWARDING_WORDS[status]) if status in FORWARDING_WORDS else status
        return words + (f" — {self.said(channel.message)}" if channel.message else "")

    def bounce_words(self, channel: ChannelResult, email: str) -> str:
        """A forward that bounced (5.7.520): when, to whom, and a colleague to choose inside."""
        from boundary_app.core.channels import bounced
        from boundary_app.core.cover import domain_of, outside

        rule = _rule(channel.actual) or _rule(channel.desired)
        to = rule.to if rule is not None else ""
        moment = bounced(channel.actual)
        words = tr("mail forwarded to {to} bounced (5.7.520)").format(to=to)
        if moment is not None:
            words = tr("mail forwarded to {to} bounced on {when} (5.7.520)").format(
                to=to, when=self.when(moment)
            )
        words += " — " + tr("your organisation refuses to forward outside it.")
        if email and to and outside(to, email):
            advice = tr("Choose a colleague at {inside} as your backup, not one at {outside}.")
            return f"{words} {advice.format(inside=domain_of(email), outside=domain_of(to))}"
        return f"{words} {tr('Choose a colleague inside your organisation as your backup.')}"

    def _email(self, result: AccountResult) -> str:
        """The account's own address, from the profile ("" when it keeps none)."""
        account = self.service.profile.account(result.account) if self.service else None
        return account.email if account is not None else ""

    def _now(self) -> datetime:
        assert self.service is not None
        return self.service.clock()

    def found_words(self, result: AccountResult) -> str:
        """What a reply found on an account is, and what the person can do about it."""
        reply = result.actual
        end = self.when(reply.end) if reply is not None and reply.end else None
        if result.left_alone:
            if end:
                return tr("its own auto-reply until {end}, left alone").format(end=end)
            return tr("its own auto-reply, left alone")
        name = shlex.quote(result.account)
        if end:
            said = tr(
                "already has an auto-reply until {end}, set outside Boundary; it stays as it is."
            )
        else:
            said = tr("already has an auto-reply, set outside Boundary; it stays as it is.")
        keep = tr(
            "Keep it: boundary accounts keep {name}; leave it: boundary accounts leave {name}"
        )
        return said.format(end=end) + " " + keep.format(name=name)

    def account_line(self, result: AccountResult) -> str:
        from boundary_app.core.states import AccountStatus

        status = str(result.status)
        words = tr(RESULT_WORDS[status]) if status in RESULT_WORDS else status
        if result.status == AccountStatus.OK:
            words = tr("reply set") if result.desired.enabled else tr("no reply")
        elif result.status == AccountStatus.FOUND:
            words = self.found_words(result)
        elif result.status in STILL_ON and result.actual is not None and result.actual.enabled:
            words += tr("; a reply set earlier is still on")  # what the account holds
        line = f"  {self.name(result.account, result.kind)} ({result.kind}): {words}"
        if result.message:
            line += f" — {self.said(result.message)}"
        if result.next_retry:
            line += " " + tr("Next try: {when}.").format(when=self.when(result.next_retry))
        forwarding = result.forwarding
        if forwarding is not None and (
            said := self.forwarding_words(forwarding, self._email(result))
        ):
            line += f"; {said}"
        return line

    def emit(self, data: dict[str, Any], lines: Sequence[str]) -> None:
        if self.as_json:
            print(json.dumps(data, ensure_ascii=False, indent=2))
        else:
            for line in lines:
                print(line)

    def fail(self, reason: str, details: dict[str, Any]) -> None:
        """A command's one-line reason: on standard error, and as JSON for ``--json``."""
        if self.as_json:
            print(json.dumps({"error": reason, **details}, ensure_ascii=False))
        print(f"boundary: {reason}", file=sys.stderr)
