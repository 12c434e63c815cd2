"""A forward that bounces, on the real servers: a non-delivery report with status 5.7.520
delivered to the person (through LMTP, as their mail server would) while the silent cover is
on makes ``status`` say the forwarding bounced; an ordinary message, a report with another
status, and a report older than the rule do not."""

from __future__ import annotations

import smtplib
from datetime import UTC, datetime, timedelta

from boundary_app.core.reconciler import ChannelCode
from boundary_app.core.service import AwayRequest, Boundary
from boundary_app.core.states import Cover
from boundary_app.providers.imap import ImapProvider
from tests.fakes import FakeClock
from tests.providers.bounces import assert_forward_bounced, ndr
from tests.providers.imap.servers import MailServer

SAM = "sam@example.com"


def deliver_report(server: MailServer, user: str, status: str = "5.7.520") -> None:
    person = f"{user}@example.com"
    report = ndr(person, SAM, "A question", status)
    with smtplib.LMTP("127.0.0.1", server.lmtp_port, timeout=10) as lmtp:
        refused = lmtp.sendmail("", [person], report)
    assert not refused, refused


def go_away(service: Boundary) -> None:
    request = AwayRequest(until=service.clock() + timedelta(hours=2), cover=Cover.FORWARD)
    service.go_away(service.prepare_away(request))


def forwarding_code(service: Boundary) -> ChannelCode:
    [account] = service.status().accounts
    assert account.forwarding is not None
    return account.forwarding.code


def test_a_5_7_520_report_while_the_silent_cover_is_on_says_the_forward_bounced(
    imap_service: Boundary, server: MailServer, user: str, clock: FakeClock
) -> None:
    go_away(imap_service)
    [result] = imap_service.push()
    assert result.forwarding is not None and result.forwarding.ok

    server.deliver("customer@elsewhere.test", f"{user}@example.com", "Nothing about 5.7.0")
    deliver_report(server, user, status="5.1.1")  # another refusal: not this one
    clock.advance(timedelta(minutes=1))
    imap_service.push()
    assert forwarding_code(imap_service) is ChannelCode.NONE

    deliver_report(server, user)
    clock.advance(timedelta(minutes=1))
    [result] = imap_service.push()

    bounced = assert_forward_bounced(imap_service, result)
    assert abs(bounced - datetime.now(UTC)) < timedelta(minutes=1)


def test_a_report_older_than_the_rule_is_not_its_bounce(
    imap_service: Boundary, server: MailServer, user: str, clock: FakeClock
) -> None:
    deliver_report(server, user)
    # The server's own clock stamps the arrival (INTERNALDATE, to the second): the rule is
    # set a little later than that.
    clock.now = datetime.now(UTC).replace(microsecond=0) + timedelta(seconds=2)
    go_away(imap_service)
    imap_service.push()
    clock.advance(timedelta(minutes=1))

    [result] = imap_service.push()

    assert result.forwarding is not None and result.forwarding.ok
    assert forwarding_code(imap_service) is ChannelCode.NONE


def test_the_server_finds_the_report_from_a_moment_on(
    provider: ImapProvider, server: MailServer, user: str
) -> None:
    since = datetime.now(UTC).replace(microsecond=0) - timedelta(seconds=1)
    assert provider.forward_bounced(since) is None
    deliver_report(server, user)
    found = provider.forward_bounced(since)
    assert found is not None and found >= since
    assert provider.forward_bounced(found + timedelta(seconds=1)) is None
