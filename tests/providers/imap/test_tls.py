"""Encrypted connections: certificates are verified, and a failure says so plainly.

The test servers use a self-signed certificate for 127.0.0.1. Untrusted, every connection
is refused by Boundary; trusted (SSL_CERT_FILE, as a company's CA would be installed), the
same account works over SSL and over STARTTLS.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from boundary_app.providers.base import AutoReply, Unreachable
from boundary_app.providers.imap import ImapProvider
from tests.providers.imap.helpers import INTERVAL, scripts
from tests.providers.imap.servers import Mailbag, MailServer, SmtpSink


@pytest.fixture
def ssl_provider(make_provider, server: MailServer, smtps_sink: SmtpSink) -> ImapProvider:  # type: ignore[no-untyped-def]
    return make_provider(  # type: ignore[no-any-return]
        security="ssl",
        imap_port=str(server.imaps_port),
        smtp_port=str(smtps_sink.port),
    )


@pytest.fixture
def starttls_provider(make_provider, server: MailServer, smtp_sink: SmtpSink) -> ImapProvider:  # type: ignore[no-untyped-def]
    return make_provider(  # type: ignore[no-any-return]
        security="starttls",
        imap_port=str(server.imap_port),
        smtp_port=str(smtp_sink.port),
    )


def test_an_untrusted_certificate_is_refused_in_plain_words(
    ssl_provider: ImapProvider, starttls_provider: ImapProvider
) -> None:
    with pytest.raises(Unreachable) as caught:
        ssl_provider.test_connection()
    assert str(caught.value) == (
        "The IMAP server 127.0.0.1's certificate could not be verified (self-signed "
        "certificate), so Boundary did not connect; the connection may not be safe."
    )
    with pytest.raises(Unreachable) as caught:
        starttls_provider.read_auto_reply()  # ManageSieve always switches to TLS first
    assert str(caught.value).startswith(
        "The ManageSieve server 127.0.0.1's certificate could not be verified"
    )


@pytest.mark.usefixtures("trust_test_certificate")
@pytest.mark.parametrize("security", ["ssl", "starttls"])
def test_a_trusted_server_works_over_tls(
    security: str,
    ssl_provider: ImapProvider,
    starttls_provider: ImapProvider,
    server: MailServer,
    user: str,
    mailbag: Mailbag,
) -> None:
    provider = ssl_provider if security == "ssl" else starttls_provider
    assert provider.test_connection() == (
        f"Connected: signed in to IMAP, ManageSieve and SMTP. No auto-reply is set. "
        f"{INTERVAL[server.name]}"
    )
    reply = AutoReply(True, internal="Inside", external="Outside", subject="Away")
    provider.write_auto_reply(reply)
    assert provider.read_auto_reply().same_as(reply)
    assert scripts(server, user)[0] == "boundary"
    server.deliver("sender@elsewhere.test", f"{user}@example.com", "Over TLS")
    [message] = provider.list_mail(provider.context.clock() - timedelta(hours=1), 5)
    provider.forward(message.id, f"{security}@example.com", "Note")
    assert len(mailbag.to(f"{security}@example.com")) == 1


@pytest.mark.usefixtures("trust_test_certificate")
def test_imap_over_ssl_with_sending_over_starttls(
    make_provider, server: MailServer, smtp_sink: SmtpSink, user: str, mailbag: Mailbag
) -> None:  # type: ignore[no-untyped-def]
    """The common split: IMAP on its ssl port, SMTP with starttls (a host's own settings, as
    discovery finds them): the forward goes out through the STARTTLS sink."""
    provider = make_provider(
        security="ssl",
        imap_port=str(server.imaps_port),
        smtp_security="starttls",
        smtp_port=str(smtp_sink.port),
    )
    assert provider.test_connection().startswith(
        "Connected: signed in to IMAP, ManageSieve and SMTP."
    )
    server.deliver("sender@elsewhere.test", f"{user}@example.com", "Split security")
    [message] = provider.list_mail(provider.context.clock() - timedelta(hours=1), 5)
    provider.forward(message.id, "split@example.com", "Note")
    assert len(mailbag.to("split@example.com")) == 1
    with pytest.raises(Unreachable):  # the same account sending with ssl to that port fails
        make_provider(
            name="Wrong",
            security="ssl",
            imap_port=str(server.imaps_port),
            smtp_port=str(smtp_sink.port),
        ).test_connection()
