"""Cover on the real servers (Dovecot, Cyrus): ``redirect :copy`` in Boundary's script sends
mail on to the backup.

The server submits redirected mail (and its vacation replies) to the SMTP sink, which stands in
for the mail server's outgoing side: what reaches ``sam@example.com`` there is what the backup's
mailbox receives. The away periods are around the real time: the server checks ``currentdate``
with its own clock.
"""

from __future__ import annotations

from datetime import timedelta

from boundary_app.core.service import AwayRequest, Boundary
from boundary_app.core.states import Cover
from boundary_app.providers.base import AutoReply, ForwardRule
from boundary_app.providers.imap import ImapProvider
from tests.providers.imap.helpers import RULES, install_rules, install_script, scripts, subjects_in
from tests.providers.imap.servers import Mailbag, MailServer

HOUR = timedelta(hours=1)
SAM = "sam@example.com"


def go_away(service: Boundary, cover: Cover) -> None:
    request = AwayRequest(until=service.clock() + 2 * HOUR, cover=cover)
    service.go_away(service.prepare_away(request))


def test_silent_cover_sends_mail_on_to_the_backup_and_no_reply(
    imap_service: Boundary, server: MailServer, mailbag: Mailbag, user: str
) -> None:
    install_rules(server, user)
    go_away(imap_service, Cover.FORWARD)
    [result] = imap_service.push()
    forwarding = result.forwarding
    assert forwarding is not None and (forwarding.status, forwarding.pushed) == ("ok", True)
    assert forwarding.actual is not None and forwarding.actual.to == SAM
    assert not result.desired.enabled

    server.deliver("customer@elsewhere.test", f"{user}@example.com", "A question")

    [forwarded] = mailbag.to(SAM)
    assert forwarded.message["Subject"] == "A question"
    assert forwarded.message["From"] == "customer@elsewhere.test"
    assert mailbag.to("customer@elsewhere.test") == []  # no auto-reply
    assert subjects_in(server, user, "INBOX") == ["A question"]  # a copy stays
    active, texts = scripts(server, user)
    assert active == "boundary" and texts["rules"] == RULES  # their filters, unchanged

    # Not forwarded: what the backup sent, a mailing list, automatic mail.
    server.deliver(SAM, f"{user}@example.com", "From Sam")
    server.deliver(
        "list@lists.test", f"{user}@example.com", "Digest", headers={"List-Id": "<x.lists.test>"}
    )
    server.deliver(
        "robot@elsewhere.test",
        f"{user}@example.com",
        "Your order",
        headers={"Auto-Submitted": "auto-generated"},
    )
    assert [m.message["Subject"] for m in mailbag.to(SAM)] == ["A question"]
    assert subjects_in(server, user, "INBOX") == ["A question", "From Sam", "Digest", "Your order"]


def test_both_sends_one_reply_and_one_forward_and_after_back_neither(
    imap_service: Boundary, server: MailServer, mailbag: Mailbag, user: str
) -> None:
    install_rules(server, user)
    go_away(imap_service, Cover.BOTH)
    [result] = imap_service.push()
    assert result.ok and result.forwarding is not None and result.forwarding.ok

    server.deliver("customer@elsewhere.test", f"{user}@example.com", "Quote please")
    assert len(mailbag.to("customer@elsewhere.test")) == 1
    assert [m.message["Subject"] for m in mailbag.to(SAM)] == ["Quote please"]

    imap_service.come_back()
    [result] = imap_service.push()
    assert result.ok and result.forwarding is not None and result.forwarding.ok
    server.deliver("later@elsewhere.test", f"{user}@example.com", "After you are back")
    assert mailbag.to("later@elsewhere.test") == []
    assert [m.message["Subject"] for m in mailbag.to(SAM)] == ["Quote please"]
    assert scripts(server, user) == ("rules", {"rules": RULES})


def test_the_reply_and_the_forwarding_are_kept_and_cleared_apart(
    provider: ImapProvider, server: MailServer, user: str
) -> None:
    now = provider.context.clock()
    rule = ForwardRule(True, SAM, now, now + HOUR)
    reply = AutoReply(True, now, now + HOUR, "Away", "Hi team", "Hello")

    provider.write_forward(rule)
    assert provider.read_forward() == rule
    assert not provider.read_auto_reply().enabled

    provider.write_auto_reply(reply)
    assert provider.read_forward() == rule
    assert provider.read_auto_reply().same_as(reply)

    provider.clear_forward()
    assert not provider.read_forward().enabled
    assert provider.read_auto_reply().same_as(reply)

    provider.write_forward(rule)
    provider.clear_auto_reply()
    assert provider.read_forward() == rule
    provider.clear_forward()
    assert scripts(server, user) == (None, {})


def test_a_redirect_in_the_persons_own_script_is_theirs(
    provider: ImapProvider, server: MailServer, mailbag: Mailbag, user: str
) -> None:
    theirs = 'require ["copy"];\nredirect :copy "assistant@example.com";\n'
    install_script(server, user, "mine", theirs)
    assert not provider.read_forward().enabled  # not Boundary's

    now = provider.context.clock()
    provider.write_forward(ForwardRule(True, SAM, now, now + HOUR))
    provider.clear_forward()

    assert scripts(server, user) == ("mine", {"mine": theirs})


def test_forwarding_switched_off_in_webmail_is_drift(
    imap_service: Boundary, server: MailServer, user: str
) -> None:
    install_rules(server, user)
    go_away(imap_service, Cover.FORWARD)
    imap_service.push()
    install_rules(server, user)  # the person makes their own filters active again

    [result] = imap_service.push()

    assert result.forwarding is not None and result.forwarding.status == "drift"
    assert scripts(server, user)[0] == "rules"  # not fought
