"""Finds provider kinds through the entry-point group ``boundary_app.providers``.

The built-ins are registered there by pyproject.toml and also listed here, because a
frozen build has no package metadata to read entry points from. A plugin that fails to
load is reported by kind; it never stops the others.
"""

from __future__ import annotations

import contextlib
import importlib
import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from boundary_app.providers.base import AccountConfig, MailProvider, ProviderContext, Said

log = logging.getLogger(__name__)

GROUP = "boundary_app.providers"
BUILTIN: Mapping[str, str] = {
    "local": "boundary_app.providers.local:LocalProvider",
    "exchange": "boundary_app.providers.exchange:ExchangeProvider",
    "gmail": "boundary_app.providers.gmail:GmailProvider",
    "m365": "boundary_app.providers.m365:M365Provider",
    "imap": "boundary_app.providers.imap:ImapProvider",
    "slack": "boundary_app.providers.slack:SlackProvider",
}


@dataclass(frozen=True)
class LoadFailure:
    kind: str
    target: str
    reason: str


class UnknownKind(LookupError):
    """An account's kind that cannot be used: none is installed (``NotInstalled``), or its
    plugin failed to load. The message is a ``Said``."""


class NotInstalled(UnknownKind):
    """No provider of the kind is installed."""


def _import(target: str) -> type[MailProvider]:
    module_name, _, attr = target.partition(":")
    obj = getattr(importlib.import_module(module_name), attr)
    if not (isinstance(obj, type) and issubclass(obj, MailProvider)):
        raise TypeError(f"{target} is not a MailProvider subclass")
    return obj


def builtin(kind: str) -> type[MailProvider] | None:
    """The built-in provider class of ``kind``, or None (not built in, or it cannot load).

    Reads no package metadata, so it is cheap enough for loading a profile.
    """
    target = BUILTIN.get(kind)
    if target is None:
        return None
    try:
        return _import(target)
    except Exception:  # reported where the kind is used, by ProviderRegistry.load
        return None


class ProviderRegistry:
    def __init__(
        self, targets: Mapping[str, str | type[MailProvider]], *, scan: bool = False
    ) -> None:
        self._targets = dict(targets)
        self._loaded: dict[str, type[MailProvider]] = {}
        self._failures: dict[str, LoadFailure] = {}
        self._scan_pending = scan

    @classmethod
    def discover(cls) -> ProviderRegistry:
        """The built-ins at once; installed plugins when first needed.

        Reading entry points means reading every installed package's metadata (tens of
        milliseconds), which a start-up with only built-in accounts does not need.
        """
        return cls(BUILTIN, scan=True)

    def _scan(self) -> None:
        if self._scan_pending:
            self._scan_pending = False
            from importlib.metadata import entry_points

            for ep in entry_points(group=GROUP):
                self._targets.setdefault(ep.name, ep.value)

    @classmethod
    def of(cls, classes: Iterable[type[MailProvider]]) -> ProviderRegistry:
        return cls({c.kind: c for c in classes})

    def kinds(self) -> list[str]:
        self._scan()
        return sorted(self._targets)

    def load(self, kind: str) -> type[MailProvider]:
        if kind in self._loaded:
            return self._loaded[kind]
        if kind not in self._targets:
            self._scan()
        if kind not in self._targets:
            raise NotInstalled(Said("kind-not-installed", kind=kind))
        if kind in self._failures:
            raise UnknownKind(self._failures[kind].reason)
        target = self._targets[kind]
        try:
            cls = target if isinstance(target, type) else _import(target)
        except Exception as error:  # a broken plugin must not stop the app
            reason = Said("kind-not-loaded", kind=kind, error=str(error))
            log.warning("%s", reason)
            self._failures[kind] = LoadFailure(kind, str(target), reason)
            raise UnknownKind(reason) from error
        self._loaded[kind] = cls
        return cls

    def load_all(self) -> tuple[list[type[MailProvider]], list[LoadFailure]]:
        loaded: list[type[MailProvider]] = []
        for kind in self.kinds():
            with contextlib.suppress(UnknownKind):
                loaded.append(self.load(kind))
        return loaded, list(self._failures.values())

    def create(self, account: AccountConfig, context: ProviderContext) -> MailProvider:
        return self.load(account.kind)(account, context)
