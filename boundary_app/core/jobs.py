"""The work the tray app hands to its worker process, in JSON: requests, events, errors.

The tray (``ui/worker_bridge.py``) starts ``boundary-app --worker`` and writes one request
line; the worker (``boundary_app/worker.py``) answers with event lines (``progress``,
``open-url``, ``show-code``) and then one ``result`` or one ``error``, and exits. Errors
travel as a code and the provider's own reason (``error_json``), and come back as the same
exception classes (``error_from_json``), so the tray words them as it always did. The
shapes of the results are next to their types: ``AccountResult.to_json``,
``MailBatch.to_json``, ``MailSummary.to_json``, ``Discovery.to_json``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from boundary_app.core.profile import Account, ProfileError
from boundary_app.core.service import InputError
from boundary_app.providers.base import (
    MailSummary,
    NeedsSignIn,
    ProviderError,
    Rejected,
    Said,
    SignInCancelled,
    Unreachable,
    json_value,
    said_in,
    values_from_json,
)
from boundary_app.providers.secrets import KeyringUnavailable


class Job(StrEnum):
    """What a worker is asked to do (a request's ``job``)."""

    PUSH = "push"
    """A reconcile pass: ``names`` (or null for all), ``force``, ``retry_now``."""
    LIST_MAIL = "list-mail"
    """New mail since ``since`` (ISO 8601), at most ``limit``: a ``MailBatch``."""
    FORWARD = "forward"
    """Forward ``message`` (a ``MailSummary``) to ``to`` with ``note``; kept in the journal."""
    TEST = "test"
    """Test ``account``: one sentence on how it stands."""
    SIGN_IN = "sign-in"
    """Sign ``account`` in (interactive), then test it."""
    SELF_TEST = "self-test"
    """Load every provider and the libraries each imports lazily (a frozen build's check)."""
    BACKUPS = "backups"
    """Ask the accounts that can (mail tips) whether each backup is away, and keep the
    answers: ``max_age`` (seconds, or null for now). The value: ``{"answered": bool,
    "backups": [BackupState.to_json(), ...]}`` in roster order."""
    SEND = "send"
    """Send ``text`` under ``subject`` from ``account`` to each address of ``to`` (a missed
    call's answer); nothing comes back."""
    DISCOVER = "discover"
    """Look up the settings for ``email`` (Exchange autodiscover too, unless ``autodiscover``
    is false): a ``Discovery``; ``progress`` events name each stage (a ``Source`` code)."""


class Event(StrEnum):
    """The ``event`` of a line the worker writes."""

    PROGRESS = "progress"
    """``text``: what a sign-in is doing now, or the stage a discovery is at."""
    OPEN_URL = "open-url"
    """``url``: the tray opens it in the browser."""
    SHOW_CODE = "show-code"
    """``url`` and ``code``: a device code the person enters there."""
    RESULT = "result"
    """``value``: the job's answer; the last line."""
    ERROR = "error"
    """``error``: ``{"code", "reason", "retry_after"}``; the last line."""


CANCEL = {"cancel": True}
"""The line the tray writes to the worker's standard input to cancel a sign-in."""


class UnexpectedError(Exception):
    """Something the worker did not expect (a bug, a library's crash); ``str()`` says what."""


def push_request(
    names: Sequence[str] | None, *, force: bool = False, retry_now: bool = False
) -> dict[str, Any]:
    return {
        "job": Job.PUSH.value,
        "names": None if names is None else list(names),
        "force": force,
        "retry_now": retry_now,
    }


def list_mail_request(since: datetime, limit: int) -> dict[str, Any]:
    if since.tzinfo is None:
        raise ValueError("since must be timezone-aware")
    return {"job": Job.LIST_MAIL.value, "since": since.isoformat(), "limit": limit}


def forward_request(message: MailSummary, to: str, note: str) -> dict[str, Any]:
    return {"job": Job.FORWARD.value, "message": message.to_json(), "to": to, "note": note}


def account_request(
    job: Job, account: Account, secrets: Mapping[str, str] | None = None
) -> dict[str, Any]:
    """Test or sign in ``account``. ``secrets``: those of an account not saved yet (a draft's
    ``PendingSecrets``); the result then carries them back, with what a sign-in added."""
    request: dict[str, Any] = {
        "job": job.value,
        "account": {"name": account.name, "kind": account.kind, "settings": account.settings},
    }
    if secrets is not None:
        request["secrets"] = dict(secrets)
    return request


def backups_request(max_age: timedelta | None = None) -> dict[str, Any]:
    """Ask about the backups (``Job.BACKUPS``); not again within ``max_age`` of the last ask."""
    seconds = None if max_age is None else max_age.total_seconds()
    return {"job": Job.BACKUPS.value, "max_age": seconds}


def send_request(account: str, to: Sequence[str], subject: str, text: str) -> dict[str, Any]:
    return {
        "job": Job.SEND.value,
        "account": account,
        "to": list(to),
        "subject": subject,
        "text": text,
    }


def discover_request(email: str, *, autodiscover: bool = True) -> dict[str, Any]:
    return {"job": Job.DISCOVER.value, "email": email, "autodiscover": autodiscover}


def account_from_json(data: Mapping[str, Any]) -> Account:
    return Account(str(data["name"]), str(data["kind"]), dict(data.get("settings", {})))


_PROVIDER_ERRORS: dict[str, type[ProviderError]] = {
    cls.kind: cls for cls in (ProviderError, NeedsSignIn, Unreachable, Rejected, SignInCancelled)
}
_OTHER_ERRORS: dict[str, type[Exception]] = {
    "input": InputError,
    "keyring": KeyringUnavailable,
    "profile": ProfileError,
}


def error_json(error: BaseException) -> dict[str, Any]:
    """An exception as a code and its reason (the sentence it carries)."""
    retry_after: float | None = None
    if isinstance(error, ProviderError):
        code = error.kind if error.kind in _PROVIDER_ERRORS else "error"
        if error.retryable:
            code = Unreachable.kind
            wait = getattr(error, "retry_after", None)
            retry_after = wait.total_seconds() if isinstance(wait, timedelta) else None
        said = {"said": error.said.to_json()} if error.said is not None else {}
        return {"code": code, "reason": str(error), "retry_after": retry_after, **said}
    if isinstance(error, InputError) and error.code:  # the rule, for the tray to word it
        values = error.values.items()
        shown = {k: json_value(v) for k, v in values}
        rule = {"rule": str(error.code), "values": shown}
        return {"code": "input", "reason": str(error), "retry_after": None, **rule}
    for code, cls in _OTHER_ERRORS.items():
        if isinstance(error, cls):
            first = said_in(error)  # a profile error's codes
            said = {"said": first.to_json()} if first is not None else {}
            return {"code": code, "reason": str(error), "retry_after": None, **said}
    return {"code": "unexpected", "reason": f"{type(error).__name__}: {error}", "retry_after": None}


def error_from_json(data: Mapping[str, Any]) -> Exception:
    """The exception ``error_json`` described, with the same ``str()``."""
    code, reason = str(data.get("code", "unexpected")), str(data.get("reason", ""))
    cls: type[Exception] = _PROVIDER_ERRORS.get(code) or _OTHER_ERRORS.get(code) or UnexpectedError
    error = cls.__new__(cls)  # not its __init__: the reason is already the finished sentence
    said = Said.from_json(data["said"]) if "said" in data else None
    error.args = (said if said is not None and str(said) == reason else reason,)
    if isinstance(error, InputError):
        error.code = str(data.get("rule", ""))
        error.values = values_from_json(dict(data.get("values") or {}))
    if isinstance(error, Unreachable):
        wait = data.get("retry_after")
        error.retry_after = timedelta(seconds=float(wait)) if wait else None
    return error


__all__ = [
    "CANCEL",
    "Event",
    "Job",
    "UnexpectedError",
    "account_from_json",
    "account_request",
    "backups_request",
    "discover_request",
    "error_from_json",
    "error_json",
    "forward_request",
    "list_mail_request",
    "push_request",
    "send_request",
]
