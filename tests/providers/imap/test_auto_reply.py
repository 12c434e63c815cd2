"""Auto-replies on the real servers (Dovecot and Cyrus): Boundary sets the Sieve script, the
server answers mail.

The away periods here are around the real time, not the fake clock's: the servers compare
the script's ``currentdate`` bounds with their own clock when mail arrives.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from boundary_app.core.reconciler import DRIFT_MESSAGE
from boundary_app.core.service import AwayRequest, Boundary
from boundary_app.providers.base import Audience, AutoReply, Rejected
from boundary_app.providers.imap import ImapProvider
from boundary_app.providers.imap_managesieve import ManageSieve
from tests.fakes import FakeClock
from tests.providers.imap.helpers import (
    RULES,
    install_rules,
    scripts,
    subjects_in,
    text_of,
    webmail_filters,
)
from tests.providers.imap.servers import Mailbag, MailServer

HOUR = timedelta(hours=1)


def go_away(service: Boundary, **request: object) -> None:
    request.setdefault("until", service.clock() + 2 * HOUR)
    service.go_away(service.prepare_away(AwayRequest(**request)))  # type: ignore[arg-type]


def status(service: Boundary) -> tuple[str, str]:
    account = service.status().accounts[0]
    return account.status, account.message


def test_away_then_mail_gets_a_real_reply_and_after_back_it_gets_none(
    imap_service: Boundary, server: MailServer, mailbag: Mailbag, user: str
) -> None:
    go_away(imap_service, template="volunteering", backups=["Sam Lee"])
    [result] = imap_service.push()
    assert (result.status, result.pushed) == ("ok", True)
    period = imap_service.journal.current_away(imap_service.clock())
    assert period is not None

    server.deliver("stranger@elsewhere.test", f"{user}@example.com", "A question")
    # LMTP delivery runs the script before it answers, so the reply has been sent already.
    [reply] = mailbag.to("stranger@elsewhere.test")
    assert reply.message["Subject"] == period.subject
    assert reply.message["From"] == f"{user}@example.com"
    assert reply.message["Auto-Submitted"].startswith("auto-replied")
    assert text_of(reply) == period.external
    assert "Sam Lee" in text_of(reply)

    server.deliver("colleague@example.com", f"{user}@example.com", "Lunch?")
    [to_colleague] = mailbag.to("colleague@example.com")
    assert text_of(to_colleague) == period.internal
    assert subjects_in(server, user, "INBOX") == ["A question", "Lunch?"]

    imap_service.come_back()
    [result] = imap_service.push()
    assert (result.status, result.pushed) == ("ok", True)
    server.deliver("later@elsewhere.test", f"{user}@example.com", "After you are back")
    assert mailbag.to("later@elsewhere.test") == []
    assert scripts(server, user) == (None, {})


def test_colleagues_and_everyone_else_each_get_their_subject_and_reason(
    imap_service: Boundary, server: MailServer, mailbag: Mailbag, user: str
) -> None:
    go_away(
        imap_service,
        template="volunteering",
        reason="I'm helping at the food bank.",
        external_reason="",
        external_subject="Out of office until {return}",
    )
    [result] = imap_service.push()
    assert (result.status, result.pushed) == ("ok", True)
    server.deliver("stranger@elsewhere.test", f"{user}@example.com", "A question")
    server.deliver("colleague@example.com", f"{user}@example.com", "Lunch?")
    [outside] = mailbag.to("stranger@elsewhere.test")
    [inside] = mailbag.to("colleague@example.com")
    assert outside.message["Subject"].startswith("Out of office until ")
    assert inside.message["Subject"].startswith("Volunteering until ")
    assert "food bank" in text_of(inside)
    assert "food bank" not in text_of(outside)
    [again] = imap_service.push()  # what the server holds reads back as what was wanted
    assert (again.status, again.pushed) == ("ok", False)


def test_colleagues_only_sends_nothing_to_everyone_else(
    imap_service: Boundary, server: MailServer, mailbag: Mailbag, user: str
) -> None:
    go_away(imap_service, audience=Audience.INTERNAL)
    [result] = imap_service.push()
    assert result.ok and result.actual is not None
    assert result.actual.audience is Audience.INTERNAL
    server.deliver("outsider@elsewhere.test", f"{user}@example.com", "Offer")
    server.deliver("boss@example.com", f"{user}@example.com", "Status")
    assert mailbag.to("outsider@elsewhere.test") == []
    assert len(mailbag.to("boss@example.com")) == 1


def test_an_away_period_that_starts_later_is_set_now_and_answers_only_then(
    imap_service: Boundary, server: MailServer, mailbag: Mailbag, user: str, clock: FakeClock
) -> None:
    go_away(imap_service, start=clock() + HOUR, until=clock() + 3 * HOUR)
    [result] = imap_service.push()
    assert (result.status, result.pushed) == ("ok", True)
    assert result.actual is not None and result.actual.start == clock() + HOUR
    server.deliver("early@elsewhere.test", f"{user}@example.com", "Before you leave")
    assert mailbag.to("early@elsewhere.test") == []  # the server waits for the start


def test_the_persons_own_filters_keep_working_during_and_after(
    imap_service: Boundary, server: MailServer, mailbag: Mailbag, user: str
) -> None:
    install_rules(server, user)
    go_away(imap_service)
    [result] = imap_service.push()
    assert result.ok, result.message
    active, texts = scripts(server, user)
    assert active == "boundary"
    assert texts["rules"] == RULES

    server.deliver("shop@elsewhere.test", f"{user}@example.com", "Your receipt #1")
    assert subjects_in(server, user, "Receipts") == ["Your receipt #1"]
    assert len(mailbag.to("shop@elsewhere.test")) == 1  # answered, and filed as before

    # A changed message while away keeps the person's script running.
    go_away(imap_service, external="Changed plans: back on Friday.")
    [result] = imap_service.push()
    assert result.pushed and result.ok
    assert 'include :personal :optional "rules";' in scripts(server, user)[1]["boundary"]

    imap_service.come_back()
    [result] = imap_service.push()
    assert result.ok
    active, texts = scripts(server, user)
    assert (active, list(texts)) == ("rules", ["rules"])
    server.deliver("shop2@elsewhere.test", f"{user}@example.com", "Your receipt #2")
    assert subjects_in(server, user, "Receipts") == ["Your receipt #1", "Your receipt #2"]
    assert mailbag.to("shop2@elsewhere.test") == []


def test_without_include_the_persons_script_is_never_replaced(
    imap_service: Boundary, server: MailServer, user: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        ManageSieve, "extensions", property(lambda self: {"vacation", "date", "relational"})
    )
    install_rules(server, user)
    go_away(imap_service)
    [result] = imap_service.push()
    assert result.status == "failed"
    assert result.message == (
        "Your own mail filters ('rules') are switched on, and this server cannot run a "
        "second script beside them (it lacks Sieve 'include'), so Boundary will not replace "
        "them; set the reply in webmail instead."
    )
    assert scripts(server, user) == ("rules", {"rules": RULES})


def test_switching_the_reply_off_in_webmail_shows_as_changed_elsewhere(
    imap_service: Boundary, server: MailServer, user: str
) -> None:
    go_away(imap_service)
    assert imap_service.push()[0].ok
    with webmail_filters(server, user) as sieve:
        sieve.set_active("")
    [result] = imap_service.push(retry_now=True)
    assert (result.status, result.message, result.pushed) == ("drift", DRIFT_MESSAGE, False)
    assert result.actual == AutoReply.off()
    assert scripts(server, user)[0] is None  # the person's choice is not fought


def test_editing_the_reply_in_webmail_shows_as_changed_elsewhere(
    imap_service: Boundary, server: MailServer, user: str
) -> None:
    go_away(imap_service, external="Back on Monday.")
    assert imap_service.push()[0].ok
    with webmail_filters(server, user) as sieve:
        text = sieve.get_script("boundary").replace("Back on Monday.", "Back on Tuesday.")
        sieve.put_script("boundary", text)
    [result] = imap_service.push()
    assert result.status == "drift"
    assert result.actual is not None and result.actual.external == "Back on Tuesday."


def test_writing_and_clearing_twice_changes_nothing_more(
    provider: ImapProvider, server: MailServer, user: str, clock: FakeClock
) -> None:
    install_rules(server, user)
    reply = AutoReply(True, clock(), clock() + HOUR, "Away", "Inside", "Outside")
    provider.write_auto_reply(reply)
    first = scripts(server, user)
    provider.write_auto_reply(reply)
    assert scripts(server, user) == first
    assert provider.read_auto_reply().same_as(reply)
    provider.clear_auto_reply()
    provider.clear_auto_reply()
    assert scripts(server, user) == ("rules", {"rules": first[1]["rules"]})


def test_a_script_named_boundary_that_someone_else_made_is_left_alone(
    provider: ImapProvider, server: MailServer, user: str
) -> None:
    with webmail_filters(server, user) as sieve:
        sieve.put_script("boundary", 'require ["vacation"];\nvacation "Mine";\n')
        sieve.set_active("boundary")
    assert provider.read_auto_reply() == AutoReply.off()
    with pytest.raises(Rejected, match="named 'boundary' that Boundary did not make"):
        provider.write_auto_reply(AutoReply(True, internal="a", external="b"))
    provider.clear_auto_reply()
    assert scripts(server, user) == (
        "boundary",
        {"boundary": 'require ["vacation"];\nvacation "Mine";\n'},
    )


def test_a_script_the_person_deleted_meanwhile_leaves_none_active(
    provider: ImapProvider, server: MailServer, user: str, mailbag: Mailbag
) -> None:
    install_rules(server, user)
    provider.write_auto_reply(AutoReply(True, internal="Inside", external="Outside"))
    with webmail_filters(server, user) as sieve:
        sieve.delete_script("rules")  # allowed: it is not the active one
    server.deliver("still@elsewhere.test", f"{user}@example.com", "Still answered?")
    assert len(mailbag.to("still@elsewhere.test")) == 1  # the include is optional
    provider.clear_auto_reply()
    assert scripts(server, user) == (None, {})


@pytest.mark.parametrize("external", ["", " \n "])
def test_without_its_own_external_text_outside_senders_get_the_internal_one(
    provider: ImapProvider, server: MailServer, mailbag: Mailbag, user: str, external: str
) -> None:
    wanted = AutoReply(True, internal="Inside, and for everyone.", external=external)
    provider.write_auto_reply(wanted)
    server.deliver("stranger@elsewhere.test", f"{user}@example.com", "A question")
    [answer] = mailbag.to("stranger@elsewhere.test")
    assert text_of(answer) == "Inside, and for everyone."  # never a blank reply
    assert provider.read_auto_reply().same_as(wanted)


def test_a_reply_with_no_text_at_all_is_refused(
    provider: ImapProvider, server: MailServer, user: str
) -> None:
    with pytest.raises(Rejected, match="no text"):
        provider.write_auto_reply(AutoReply(True, internal=" ", external=""))
    assert scripts(server, user) == (None, {})
