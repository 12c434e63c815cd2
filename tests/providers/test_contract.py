"""The account-setup half of the provider contract: fields, configure, secrets."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import ClassVar

import keyring
import pytest

from boundary_app.providers.base import (
    AccountConfig,
    AutoReply,
    FieldKind,
    MailProvider,
    ProviderContext,
    Rejected,
    SettingField,
    retry_after,
)
from boundary_app.providers.secrets import (
    KeyringSecrets,
    KeyringUnavailable,
    PendingSecrets,
)
from tests.fakes import START, FakeClock, MemoryKeyring


class Shaped(MailProvider):
    kind = "shaped"
    display_name = "Shaped mail"
    capabilities = frozenset()
    settings_fields: ClassVar[tuple[SettingField, ...]] = (
        SettingField("email", "Email address", FieldKind.EMAIL, required=True),
        SettingField("host", "Server", FieldKind.HOST, required=True),
        SettingField("port", "Port", FieldKind.PORT, default="993"),
        SettingField(
            "security", "Security", FieldKind.CHOICE, default="ssl", choices=("ssl", "starttls")
        ),
        SettingField("api_url", "API address", FieldKind.URL),
        SettingField("password", "Password", FieldKind.SECRET, required=True),
    )
    secret_keys = ("token",)

    def read_auto_reply(self) -> AutoReply:
        return AutoReply.off()

    def write_auto_reply(self, reply: AutoReply) -> None:
        pass

    def clear_auto_reply(self) -> None:
        pass


GOOD = {"email": "ana@example.com", "host": "mail.example.com", "password": "s3cret"}


def test_configure_keeps_settings_in_the_profile_and_the_password_in_the_keyring(
    memory_keyring: MemoryKeyring,
) -> None:
    secrets = KeyringSecrets()
    settings = Shaped.configure("Work", GOOD, secrets)
    assert settings == {
        "email": "ana@example.com",
        "host": "mail.example.com",
        "port": 993,
        "security": "ssl",
    }
    assert "s3cret" not in str(settings)
    assert secrets.get("Work", "password") == "s3cret"
    assert memory_keyring.store == {("boundary", "Work/password"): "s3cret"}


@pytest.mark.parametrize(
    ("change", "words"),
    [
        ({"email": "ana@"}, "Email address: 'ana@' is not an email address."),
        ({"host": ""}, "Server is needed."),
        ({"port": "99999"}, "Port must be a port number (1–65535), not '99999'."),
        ({"port": "imap"}, "Port must be a port number (1–65535), not 'imap'."),
        ({"security": "none"}, "Security must be one of ssl, starttls, not 'none'."),
        ({"api_url": "ftp://x"}, "API address must start with https://, not 'ftp://x'."),
        ({"password": " "}, "Password is needed."),
    ],
)
def test_configure_says_what_is_wrong_and_stores_nothing(
    memory_keyring: MemoryKeyring, change: dict[str, str], words: str
) -> None:
    with pytest.raises(Rejected) as caught:
        Shaped.configure("Work", {**GOOD, **change}, KeyringSecrets())
    assert str(caught.value) == words
    assert memory_keyring.store == {}


def test_forget_removes_the_password_and_the_tokens(memory_keyring: MemoryKeyring) -> None:
    secrets = KeyringSecrets()
    Shaped.configure("Work", GOOD, secrets)
    secrets.set("Work", "token", "t")
    secrets.set("Side", "password", "other")
    Shaped.forget("Work", secrets)
    assert memory_keyring.store == {("boundary", "Side/password"): "other"}
    Shaped.forget("Work", secrets)  # forgetting twice is fine


def test_pending_secrets_are_tried_before_anything_is_stored(
    memory_keyring: MemoryKeyring, tmp_path: Path
) -> None:
    pending = PendingSecrets(KeyringSecrets(), "Work", {})
    settings = Shaped.configure("Work", GOOD, pending)
    context = ProviderContext(data_dir=tmp_path, clock=FakeClock(START), secrets=pending)
    provider = Shaped(AccountConfig("Work", "shaped", settings), context)
    assert provider.secret("password") == "s3cret"
    provider.store_secret("token", "refreshed")
    assert memory_keyring.store == {}
    pending.commit()
    assert memory_keyring.store == {
        ("boundary", "Work/password"): "s3cret",
        ("boundary", "Work/token"): "refreshed",
    }


def test_no_usable_keyring_is_said_plainly_and_nothing_falls_back_to_a_file() -> None:
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        with pytest.raises(KeyringUnavailable, match="GNOME Keyring or KWallet"):
            KeyringSecrets().set("Work", "password", "s3cret")
        with pytest.raises(KeyringUnavailable):
            KeyringSecrets().get("Work", "password")
    finally:
        keyring.set_keyring(previous)


def test_check_describes_the_reply_in_words(tmp_path: Path) -> None:
    context = ProviderContext(data_dir=tmp_path, clock=FakeClock(START))
    assert Shaped(AccountConfig("W", "shaped"), context).test_connection() == (
        "Connected. No auto-reply is set."
    )


def test_retry_after_takes_seconds_or_a_date() -> None:
    now = datetime(2026, 11, 24, 8, 0, tzinfo=UTC)
    assert retry_after("120", now) == timedelta(minutes=2)
    assert retry_after("Tue, 24 Nov 2026 08:05:00 GMT", now) == timedelta(minutes=5)
    assert retry_after("0", now) is None
    assert retry_after("soon", now) is None
    assert retry_after(None, now) is None


def test_a_reply_without_its_own_external_text_is_the_internal_one_for_everyone() -> None:
    start = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)
    given = AutoReply(True, start, start + timedelta(days=1), "Away", "Back Monday.", " ")
    assert given.external_sent == "Back Monday."
    # What a server holds after the reply was set reads as the same reply, not as a change.
    held = AutoReply(True, start, start + timedelta(days=1), "Away", "Back Monday.", "Back Monday.")
    assert given.same_as(held)
    assert not given.same_as(
        AutoReply(True, start, start + timedelta(days=1), "Away", "Back Monday.", "Other")
    )
