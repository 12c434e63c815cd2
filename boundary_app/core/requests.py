"""What a person asks of the service: an away period (``AwayRequest``, also kept with the
period as JSON so the Go-away form can open it again) and an account being added
(``AccountDraft``).

Apart from ``service`` so that a command that asks for neither (``boundary status``) does not
create their classes at every start (Python 3.11 compiles each dataclass's generated methods
when the class is made). ``service`` still exports both names.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from boundary_app.core.states import Cover
from boundary_app.providers.base import Audience

if TYPE_CHECKING:
    from boundary_app.core.profile import Account
    from boundary_app.providers.base import MailProvider
    from boundary_app.providers.secrets import PendingSecrets


@dataclass(frozen=True)
class AwayRequest:
    """What a person asks for; None means "the default" for each field."""

    until: datetime | None
    start: datetime | None = None
    template: str | None = None
    backups: Sequence[str] | None = None
    reason: str | None = None
    subject: str | None = None
    internal: str | None = None
    external: str | None = None
    audience: Audience | None = None
    accounts: Sequence[str] = field(default_factory=tuple)
    languages: Sequence[str] | None = None
    """The reply's languages, main one first (two for a bilingual reply)."""
    cover: Cover = Cover.REPLY
    """How people who write are looked after: the reply, forwarding to the backup, or both."""
    external_subject: str | None = None
    """The subject people outside get (None or blank: ``subject``). Where an account can hold
    only one subject, everyone gets this one (``Capability.SUBJECT_PER_AUDIENCE``)."""
    external_reason: str | None = None
    """The reason people outside read (None: ``reason``; "" gives them none)."""

    def to_json(self) -> str:
        """The request as JSON: what the Go-away form holds, kept with the away period."""
        data: dict[str, Any] = {}
        for key in self.__dataclass_fields__:
            value = getattr(self, key)
            if isinstance(value, datetime):
                value = value.isoformat()
            elif isinstance(value, (list, tuple)):
                value = list(value)
            data[key] = value
        return json.dumps(data, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> AwayRequest | None:
        """A request ``to_json`` wrote; None for a blank or unreadable one."""
        try:
            data = json.loads(text) if text else None
            if not isinstance(data, dict):
                return None
            known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
            for key in ("until", "start"):
                if known.get(key):
                    known[key] = datetime.fromisoformat(known[key])
            for key in ("backups", "accounts", "languages"):
                if known.get(key) is not None:
                    known[key] = tuple(str(v) for v in known[key])
            if known.get("audience") is not None:
                known["audience"] = Audience(known["audience"])
            if known.get("cover") is not None:
                known["cover"] = Cover(known["cover"])
            return cls(**known)
        except (ValueError, TypeError):
            return None


@dataclass(frozen=True)
class AccountDraft:
    """An account being added: checked, with its secrets held back until it is saved."""

    account: Account
    provider: MailProvider
    secrets: PendingSecrets
