"""New mail across accounts: what a mail check shows.

``gather_mail`` asks every account that can list mail, all at once, each in a daemon thread
with the service's deadline; it blocks, so the tray app calls it from a worker thread. One
account failing (signed out, offline, a plugin's bug, no answer in time) is reported in words
beside the others' mail and never stops them. Accounts whose kind cannot list mail (``local``)
are not asked and not reported.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from functools import partial
from typing import TYPE_CHECKING, Any

from boundary_app.core.parallel import run_parallel
from boundary_app.core.profile import Account
from boundary_app.providers.base import (
    Capability,
    MailSummary,
    ProviderError,
    load_libraries,
    one_line,
)

if TYPE_CHECKING:
    from boundary_app.core.service import Boundary

log = logging.getLogger(__name__)

FIRST_LOOK = timedelta(hours=24)
"""How far back the first check looks, when no check was ever opened."""


@dataclass(frozen=True)
class MailBatch:
    """``messages`` newest first, each with its ``account``; ``problems`` as (account, sentence)."""

    messages: list[MailSummary]
    problems: list[tuple[str, str]]

    def to_json(self) -> dict[str, Any]:
        """The shape the worker process sends the tray (``boundary_app/worker.py``)."""
        return {
            "messages": [m.to_json() for m in self.messages],
            "problems": [list(problem) for problem in self.problems],
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> MailBatch:
        return cls(
            [MailSummary.from_json(m) for m in data.get("messages", [])],
            [(str(account), str(sentence)) for account, sentence in data.get("problems", [])],
        )


def mail_accounts(service: Boundary) -> list[Account]:
    """The profile's accounts whose kind can list mail, in the profile's order."""
    return [a for a in service.profile.accounts if Capability.LIST_MAIL in service.capabilities(a)]


def since_last_check(service: Boundary) -> datetime:
    """Where "new" starts: the last check opened, else the last 24 hours."""
    last = service.journal.last_check()
    return last if last is not None else service.clock() - FIRST_LOOK


def gather_mail(service: Boundary, since: datetime, limit: int = 200) -> MailBatch:
    """Mail received after ``since`` on every account that can list mail.

    Blocks up to the service's timeout (never call it on the GUI thread). At most ``limit``
    messages come back, the newest. An account that does not answer in time is reported as
    such and its late answer is ignored. Senders and subjects come back on one line: line
    breaks and control characters (encoded ones too, ``=?utf-8?q?a=0D=0Ab?=``) are spaces.
    """
    if since.tzinfo is None:
        raise ValueError("since must be timezone-aware")
    timeout = service.reconciler.timeout
    accounts = mail_accounts(service)
    names: dict[str, str] = {}  # account → the kind's display name, for "did not answer"

    def ask(account: Account) -> list[MailSummary]:
        provider = service.provider_for(account)
        names[account.name] = provider.display_name
        found = provider.list_mail(since, limit)
        # Strangers write these: shown on one line, whatever a provider handed over.
        return [
            replace(m, account=account.name, sender=one_line(m.sender), subject=one_line(m.subject))
            for m in found
        ]

    load_libraries(service.provider_class(a.kind) for a in accounts)  # before the threads start
    results = run_parallel({a.name: partial(ask, a) for a in accounts}, timeout, label="mail")

    messages: list[MailSummary] = []
    problems: list[tuple[str, str]] = []
    for account in accounts:
        got = results.get(account.name)
        if isinstance(got, list):
            messages += [m for m in got if m.received > since]
        elif got is None:
            what = names.get(account.name, account.name)
            problems.append((account.name, f"{what} did not answer within {timeout:.0f} seconds."))
        else:
            problems.append((account.name, _words(account, got)))
    messages.sort(key=lambda m: m.received, reverse=True)
    return MailBatch(messages[:limit], problems)


def _words(account: Account, error: BaseException) -> str:
    if isinstance(error, ProviderError):
        return str(error)
    log.error("Listing mail on %s failed", account.name, exc_info=error)
    return f"Something went wrong talking to this account ({type(error).__name__})."


__all__ = ["FIRST_LOOK", "MailBatch", "gather_mail", "mail_accounts", "since_last_check"]
