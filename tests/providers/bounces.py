"""Non-delivery reports as Exchange Online sends them when its outbound policy refuses to
forward outside the organisation (RFC 3464: multipart/report with a human-readable part, a
message/delivery-status part with ``Status: 5.7.520``, and the returned message's headers)."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

from boundary_app.core.reconciler import AccountResult, ChannelCode
from boundary_app.core.service import AwayRequest, Boundary
from boundary_app.core.states import Cover
from boundary_app.providers.base import ForwardRule
from tests.fakes import FakeClock

DIAGNOSTIC = (
    "550 {status} Access denied, Your organization does not allow external forwarding. "
    "Please contact your administrator for further assistance. AS(7555)"
)
BOUNDARY = "ndr-boundary-3f1c"


def ndr(person: str, backup: str, subject: str, status: str = "5.7.520") -> bytes:
    """The report ``person`` gets when mail their rule forwarded to ``backup`` is refused."""
    date = format_datetime(datetime.now(UTC))
    said = DIAGNOSTIC.format(status=status)
    lines = [
        "From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.com>",
        f"To: {person}",
        f"Subject: Undeliverable: {subject}",
        f"Date: {date}",
        f"Message-ID: <ndr.{time.time_ns()}@eurprd01.prod.exchangelabs.com>",
        "Auto-Submitted: auto-replied",
        "MIME-Version: 1.0",
        f'Content-Type: multipart/report; report-type=delivery-status; boundary="{BOUNDARY}"',
        "",
        f"--{BOUNDARY}",
        "Content-Type: text/plain; charset=us-ascii",
        "",
        f"Your message to {backup} couldn't be delivered.",
        "",
        "Diagnostic information for administrators:",
        f"Remote server returned '{said}'",
        "",
        f"--{BOUNDARY}",
        "Content-Type: message/delivery-status",
        "",
        "Reporting-MTA: dns; AM0PR01MB1234.eurprd01.prod.exchangelabs.com",
        f"Arrival-Date: {date}",
        "",
        f"Final-Recipient: rfc822;{backup}",
        "Action: failed",
        f"Status: {status}",
        f"Diagnostic-Code: smtp;{said}",
        "",
        f"--{BOUNDARY}",
        "Content-Type: text/rfc822-headers",
        "",
        "From: customer@elsewhere.test",
        f"To: {person}",
        f"Subject: {subject}",
        "",
        f"--{BOUNDARY}--",
        "",
    ]
    return "\r\n".join(lines).encode()


def ndr_text(person: str, backup: str, subject: str, status: str = "5.7.520") -> str:
    """The report's human-readable words, as a mail service shows its body."""
    said = DIAGNOSTIC.format(status=status)
    return (
        f"Your message to {backup} couldn't be delivered. Remote server returned '{said}' "
        f"Final-Recipient: rfc822;{backup} Action: failed Status: {status}"
    )


def forward_and_settle(service: Boundary, clock: FakeClock) -> None:
    """Away for five hours with the forward as cover: pushed, and pushed again ten minutes
    later, when the forward is on and has not bounced."""
    request = AwayRequest(until=clock.now + timedelta(hours=5), cover=Cover.FORWARD)
    service.go_away(service.prepare_away(request))
    service.push()
    clock.advance(timedelta(minutes=10))
    [result] = service.push()
    assert result.forwarding is not None and result.forwarding.ok


def assert_forward_bounced(
    service: Boundary, result: AccountResult, at: datetime | None = None
) -> datetime:
    """The pass's ``result`` and the account's status say the forwarding bounced (at ``at``,
    when given); the moment of the bounce."""
    forwarding = result.forwarding
    assert forwarding is not None and forwarding.status == "failed"
    assert forwarding.code is ChannelCode.FORWARD_BOUNCED
    assert isinstance(forwarding.actual, ForwardRule) and forwarding.actual.bounced is not None
    if at is not None:
        assert forwarding.actual.bounced == at
    [account] = service.status().accounts
    assert account.forwarding is not None and account.forwarding.code is ChannelCode.FORWARD_BOUNCED
    return forwarding.actual.bounced
