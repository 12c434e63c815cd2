"""When things go wrong: the server stops mid-push, a wrong password, a refused script,
nothing listening, a server that never answers. What the person sees, and that the reply
goes out once when the server is back. (A script too large for the server: see
test_server_limits.py.)"""

from __future__ import annotations

import socket
from collections.abc import Iterator
from datetime import timedelta
from typing import ClassVar

import pytest

from boundary_app.core.service import AwayRequest, Boundary
from boundary_app.providers import imap_sieve
from boundary_app.providers.base import (
    AutoReply,
    NeedsSignIn,
    Rejected,
    Unreachable,
)
from boundary_app.providers.imap import ImapProvider
from boundary_app.providers.registry import ProviderRegistry
from boundary_app.providers.secrets import KeyringSecrets
from tests.fakes import FakeClock
from tests.providers.imap.helpers import scripts
from tests.providers.imap.servers import (
    Mailbag,
    MailServer,
    SmtpSink,
    free_port,
)

HOUR = timedelta(hours=1)


class StopsMidPush(ImapProvider):
    """The real provider; the server is stopped right after the pass has read the reply,
    before it writes. Counts the writes that reached the server."""

    stop: ClassVar[MailServer | None] = None
    writes: ClassVar[list[AutoReply]] = []

    def read_auto_reply(self) -> AutoReply:
        reply = super().read_auto_reply()
        server, StopsMidPush.stop = StopsMidPush.stop, None
        if server is not None:
            server.stop()
        return reply

    def write_auto_reply(self, reply: AutoReply) -> None:
        super().write_auto_reply(reply)
        StopsMidPush.writes.append(reply)


@pytest.fixture
def stopping(imap_service: Boundary, server: MailServer) -> Iterator[Boundary]:
    StopsMidPush.writes = []
    imap_service.registry = ProviderRegistry.of([StopsMidPush])
    yield imap_service
    StopsMidPush.stop = None
    if server.process is None:  # leave the session's server running for the next tests
        server.start()


def test_a_server_stopped_mid_push_gets_the_reply_once_when_it_is_back(
    stopping: Boundary, server: MailServer, mailbag: Mailbag, user: str, clock: FakeClock
) -> None:
    service = stopping
    service.go_away(service.prepare_away(AwayRequest(until=clock() + 2 * HOUR)))
    StopsMidPush.stop = server
    [result] = service.push()
    assert result.status == "pending"
    assert result.message == (
        f"The ManageSieve server 127.0.0.1 (port {server.sieve_port}) refused the "
        "connection; it may be down."
    )
    assert result.next_retry == clock() + timedelta(seconds=30)
    assert StopsMidPush.writes == []

    server.start()
    [result] = service.push()  # too early: waits for its next try
    assert (result.status, result.pushed) == ("pending", False)
    clock.advance(timedelta(seconds=31))
    [result] = service.push()
    assert (result.status, result.pushed) == ("ok", True)
    [result] = service.push(retry_now=True)
    assert (result.status, result.pushed) == ("ok", False)
    assert len(StopsMidPush.writes) == 1  # pushed once, never twice

    server.deliver("client@elsewhere.test", f"{user}@example.com", "Nothing lost?")
    assert len(mailbag.to("client@elsewhere.test")) == 1


def test_a_wrong_password_asks_to_sign_in_again(
    imap_service: Boundary, server: MailServer, user: str, clock: FakeClock
) -> None:
    KeyringSecrets().set("Mail", "password", "wrong")
    imap_service.go_away(imap_service.prepare_away(AwayRequest(until=clock() + HOUR)))
    [result] = imap_service.push()
    assert (result.status, result.message) == (
        "needs-sign-in",
        f"The ManageSieve server 127.0.0.1 refused the user name or password for {user}; "
        "enter them again in Settings → Accounts.",
    )
    KeyringSecrets().set("Mail", "password", "s3cret")
    [result] = imap_service.push(force=True)
    assert (result.status, result.pushed) == ("ok", True)


def test_a_wrong_password_for_mail_and_sending_asks_to_sign_in_too(
    make_provider,  # type: ignore[no-untyped-def]
    user: str,
    smtp_sink: SmtpSink,
) -> None:
    provider: ImapProvider = make_provider(password="wrong")
    with pytest.raises(NeedsSignIn, match=f"IMAP server 127.0.0.1 refused .* for {user}"):
        provider.list_mail(provider.context.clock() - HOUR, 10)
    with pytest.raises(NeedsSignIn, match="refused the user name or password") as caught:
        provider.test_connection()
    assert "worked" not in str(caught.value)

    provider.context.secrets.set("Mail", "password", "s3cret")
    smtp_sink.users[user] = "another password"  # only sending refuses it
    with pytest.raises(NeedsSignIn) as caught:
        provider.test_connection()
    assert str(caught.value) == (
        f"The SMTP server 127.0.0.1 refused the user name or password for {user}; enter them "
        "again in Settings → Accounts. (IMAP and ManageSieve worked.)"
    )


def test_a_missing_password_asks_to_sign_in(
    provider: ImapProvider,
) -> None:
    provider.context.secrets.delete("Mail", "password")
    with pytest.raises(NeedsSignIn, match="No password is stored for Mail"):
        provider.read_auto_reply()


def test_a_script_is_checked_before_it_is_put(
    provider: ImapProvider, server: MailServer, user: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        imap_sieve, "build_script", lambda *args, **kw: 'require ["vacation"];\nvacation :days;\n'
    )
    with pytest.raises(Rejected) as caught:
        provider.write_auto_reply(AutoReply(True, internal="a", external="b"))
    message = str(caught.value)
    assert message.startswith("The mail server refused the auto-reply (CHECKSCRIPT): line 2:")
    assert "\n" not in message
    assert scripts(server, user) == (None, {})  # nothing was put


def test_nothing_listening_is_said_plainly(make_provider) -> None:  # type: ignore[no-untyped-def]
    port = free_port()
    provider: ImapProvider = make_provider(imap_port=str(port), sieve_port=str(port))
    with pytest.raises(Unreachable) as caught:
        provider.read_auto_reply()
    assert str(caught.value) == (
        f"The ManageSieve server 127.0.0.1 (port {port}) refused the connection; it may be down."
    )
    with pytest.raises(Unreachable, match=f"IMAP server 127.0.0.1 \\(port {port}\\) refused"):
        provider.list_mail(provider.context.clock() - HOUR, 5)


def test_a_server_that_never_answers_times_out(
    make_provider,  # type: ignore[no-untyped-def]
) -> None:
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(5)  # accepts connections, never says a word
        port = silent.getsockname()[1]
        provider: ImapProvider = make_provider(sieve_port=str(port), timeout=0.3)
        with pytest.raises(Unreachable) as caught:
            provider.read_auto_reply()
    assert (
        str(caught.value) == "The ManageSieve server 127.0.0.1 did not answer within 0.3 seconds."
    )
