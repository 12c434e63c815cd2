"""Secrets (passwords, OAuth tokens) in the OS keyring, and nowhere else.

Each secret is stored under the service name ``boundary`` with the user name
``<account>/<key>``. With no usable keyring the store raises KeyringUnavailable, which says
what to do; it never falls back to a file.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

SERVICE = "boundary"

HOW_TO_FIX = (
    "No usable keyring was found, so Boundary cannot keep passwords safely. On Linux, "
    "install and unlock GNOME Keyring or KWallet (any Secret Service); on Windows and macOS "
    "the system keyring is used and should be present."
)


class KeyringUnavailable(RuntimeError):
    def __init__(self, detail: str = "") -> None:
        super().__init__(HOW_TO_FIX + (f" ({detail})" if detail else ""))


class SecretStore(Protocol):
    def get(self, account: str, key: str) -> str | None: ...

    def set(self, account: str, key: str, value: str) -> None: ...

    def delete(self, account: str, key: str) -> None: ...


class KeyringSecrets:
    """The OS keyring through ``keyring``; imported when first used (it is slow to load)."""

    def _backend(self) -> KeyringBackend:
        import keyring
        from keyring.backends import fail

        backend = keyring.get_keyring()
        if isinstance(backend, fail.Keyring):
            raise KeyringUnavailable()
        return backend

    def get(self, account: str, key: str) -> str | None:
        from keyring.errors import KeyringError

        try:
            value = self._backend().get_password(SERVICE, f"{account}/{key}")
        except KeyringError as error:
            raise KeyringUnavailable(str(error)) from error
        return None if value is None else str(value)

    def set(self, account: str, key: str, value: str) -> None:
        from keyring.errors import KeyringError

        try:
            self._backend().set_password(SERVICE, f"{account}/{key}", value)
        except KeyringError as error:
            raise KeyringUnavailable(str(error)) from error

    def delete(self, account: str, key: str) -> None:
        from keyring.errors import KeyringError, PasswordDeleteError

        try:
            self._backend().delete_password(SERVICE, f"{account}/{key}")
        except PasswordDeleteError:
            pass  # it was not there
        except KeyringError as error:
            raise KeyringUnavailable(str(error)) from error


class PendingSecrets:
    """Values typed into a form that is not saved yet, in front of the real store.

    "Test" in the account form uses this, so a connection can be tried before anything is
    written to the keyring.
    """

    def __init__(self, base: SecretStore, account: str, values: Mapping[str, str]) -> None:
        self.base = base
        self.account = account
        self.values = dict(values)

    def get(self, account: str, key: str) -> str | None:
        if account == self.account and key in self.values:
            return self.values[key]
        return self.base.get(account, key)

    def set(self, account: str, key: str, value: str) -> None:
        if account == self.account:
            self.values[key] = value
        else:
            self.base.set(account, key, value)

    def delete(self, account: str, key: str) -> None:
        if account == self.account:
            self.values.pop(key, None)
        else:
            self.base.delete(account, key)

    def commit(self) -> None:
        """Write the pending values to the real store (the form was saved)."""
        for key, value in self.values.items():
            self.base.set(self.account, key, value)
