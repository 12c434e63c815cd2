"""Records of the provider contract that only some of Boundary makes: the mail a provider
lists (``MailSummary``), a colleague's own auto-reply (``ColleagueAway``), and what an
interactive sign-in may do with the person (``SignInInteraction``).

They are apart from ``base`` so that what never lists mail nor signs in (``boundary status``)
does not create their classes at every start (Python 3.11 compiles each dataclass's
generated methods when the class is made). ``base`` still exports every name: a provider
imports them from ``boundary_app.providers.base`` as before.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any


@dataclass(frozen=True)
class ColleagueAway:
    """Whether a colleague's own auto-reply is on, as their organisation's server says
    (mail tips): when it runs, and the text of it (plain text)."""

    address: str
    away: bool
    start: datetime | None = None
    end: datetime | None = None
    message: str = ""


@dataclass(frozen=True)
class MailSummary:
    id: str
    sender: str
    subject: str
    received: datetime
    link: str = ""
    account: str = ""
    unread: bool | None = None
    """Whether the message is still unread; None when the provider does not say. Reading
    it must not change it (listing mail marks nothing read)."""

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "sender": self.sender,
            "subject": self.subject,
            "received": self.received.isoformat(),
            "link": self.link,
            "account": self.account,
            "unread": self.unread,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> MailSummary:
        unread = data.get("unread")
        return cls(
            id=str(data["id"]),
            sender=str(data.get("sender", "")),
            subject=str(data.get("subject", "")),
            received=datetime.fromisoformat(data["received"]),
            link=str(data.get("link", "")),
            account=str(data.get("account", "")),
            unread=None if unread is None else bool(unread),
        )


@dataclass
class SignInInteraction:
    """What an interactive sign-in may do with the person, from a worker thread.

    ``open_url`` opens the system browser (returns False when it could not);
    ``show_code`` shows a device code and where to enter it; ``progress`` says what
    happens now. A provider checks ``cancel`` while it waits and raises SignInCancelled.
    """

    open_url: Callable[[str], bool]
    show_code: Callable[[str, str], None]
    progress: Callable[[str], None]
    cancel: threading.Event = field(default_factory=threading.Event)
