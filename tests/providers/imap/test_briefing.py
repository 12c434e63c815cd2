"""The return briefing over a real mailbox (Dovecot on loopback): what came in while away, what
the backup took (the journal's forwards), what is still unread; nothing is marked read or sent.
And ``send_mail``: a new message through SMTP submission, with a copy in Sent."""

from __future__ import annotations

from datetime import time, timedelta

from boundary_app.core.briefing import briefing
from boundary_app.core.calls import CallSlot
from boundary_app.core.journal import Forward, ReplyPeriod
from boundary_app.core.service import Boundary
from boundary_app.providers.base import Audience
from boundary_app.providers.imap import ImapProvider
from tests.fakes import FakeClock
from tests.providers.imap.helpers import mailbox, seen_flags, subjects_in, text_of
from tests.providers.imap.servers import Mailbag, MailServer
from tests.providers.imap.test_mail import put_in_inbox

HOUR = timedelta(hours=1)


def mark_read(server: MailServer, user: str, subject: str) -> None:
    """The person read one message in webmail while away."""
    with mailbox(server, user) as conn:
        conn.select("INBOX")
        _, found = conn.search(None, "SUBJECT", f'"{subject}"')
        for number in found[0].split():
            conn.store(number.decode(), "+FLAGS", "\\Seen")


def test_the_briefing_reads_what_came_in_while_away_and_changes_nothing(
    imap_service: Boundary, server: MailServer, user: str, clock: FakeClock, mailbag: Mailbag
) -> None:
    now = clock()
    service = imap_service
    service.profile.calls = [CallSlot("Acme", ("acme.example",), frozenset({4}), time(10))]
    period = ReplyPeriod(
        now - 6 * HOUR, now - HOUR, "vacation", "Away", "in", "out", Audience.ALL,
        backups=("Sam Lee",),
    )  # fmt: skip
    service.journal.add_away(period, now - 7 * HOUR)
    put_in_inbox(server, user, now - 8 * HOUR, "Before I left", "x@elsewhere.test")
    put_in_inbox(server, user, now - 5 * HOUR, "Contract", "Jo <jo@acme.example>")
    put_in_inbox(server, user, now - 4 * HOUR, "Invoice", "Mia <mia@eu.acme.example>")
    put_in_inbox(server, user, now - 3 * HOUR, "Lunch?", "friend@elsewhere.test")
    put_in_inbox(server, user, now - 30 * timedelta(minutes=1), "After", "y@elsewhere.test")
    mark_read(server, user, "Lunch?")
    provider = service.provider_for(service.profile.accounts[0])
    contract = next(m for m in provider.list_mail(now - 6 * HOUR, 10) if m.subject == "Contract")
    service.journal.record_forward(
        Forward(now - 4 * HOUR, "Mail", contract.id, "sam@example.com", "Contract")
    )
    before = seen_flags(server, user)

    found = briefing(service)

    assert found is not None
    assert (found.start, found.end) == (period.start, period.until)
    assert [m.message.subject for m in found.messages] == ["Lunch?", "Invoice", "Contract"]
    assert [m.unread for m in found.messages] == [False, True, True]
    assert found.unread == 2
    assert found.taken == (("Sam Lee", 1),)
    assert found.by_client() == [("Acme", 2)]
    assert next((g.address, len(g.messages)) for g in found.by_sender()) == (
        "friend@elsewhere.test",
        1,
    )
    assert found.thanks is not None and found.thanks.to == ("sam@example.com",)
    assert "Of the mail that came in, 1 went to you." in found.thanks.text
    # Only read: no flag changed, nothing sent, nothing filed.
    assert seen_flags(server, user) == before
    assert mailbag.to("sam@example.com") == []
    assert subjects_in(server, user, "Sent") == []


def test_send_mail_goes_out_by_smtp_with_a_copy_in_sent(
    provider: ImapProvider, server: MailServer, user: str, mailbag: Mailbag
) -> None:
    assert "send-mail" in provider.capabilities
    provider.send_mail("jo@acme.example", "Your call", "Got your voicemail.\nAna")
    received = mailbag.wait_for("jo@acme.example")
    assert received.message["Subject"] == "Your call"
    assert text_of(received) == "Got your voicemail.\nAna"
    assert subjects_in(server, user, "Sent") == ["Your call"]
