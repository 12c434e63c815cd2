"""New mail over IMAP (read-only, newest first) and forwards through SMTP, on the real
servers (Dovecot and Cyrus) with the SMTP sink as the submission server."""

from __future__ import annotations

import imaplib
from datetime import datetime, timedelta
from email.message import EmailMessage

import pytest

from boundary_app.core.service import Boundary
from boundary_app.providers.base import Rejected
from boundary_app.providers.imap import ImapProvider
from tests.fakes import FakeClock
from tests.providers.imap.helpers import mailbox, only, seen_flags, subjects_in, text_of
from tests.providers.imap.servers import Mailbag, MailServer, SmtpSink

HOUR = timedelta(hours=1)


def put_in_inbox(
    server: MailServer, user: str, arrived: datetime, subject: str, sender: str
) -> None:
    """A message that arrived at ``arrived`` (its IMAP INTERNALDATE)."""
    message = EmailMessage()
    message["From"] = sender
    message["To"] = f"{user}@example.com"
    message["Subject"] = subject
    message.set_content(f"Body of {subject}.")
    with mailbox(server, user) as conn:
        conn.append("INBOX", None, imaplib.Time2Internaldate(arrived), message.as_bytes())


@pytest.fixture
def inbox(server: MailServer, user: str, clock: FakeClock) -> datetime:
    now = clock()
    put_in_inbox(server, user, now - 25 * HOUR, "Yesterday's note", "old@elsewhere.test")
    put_in_inbox(server, user, now - 3 * HOUR, "Early", "a@elsewhere.test")
    put_in_inbox(server, user, now - 2 * HOUR, "Café order", "Chloé Martin <chloe@x.test>")
    put_in_inbox(server, user, now - HOUR, "Latest", "b@elsewhere.test")
    return now


def test_new_mail_since_the_last_check_newest_first(
    provider: ImapProvider, inbox: datetime
) -> None:
    found = provider.list_mail(inbox - 150 * timedelta(minutes=1), 10)
    assert [(m.subject, m.sender, m.received) for m in found] == [
        ("Latest", "b@elsewhere.test", inbox - HOUR),
        ("Café order", "Chloé Martin <chloe@x.test>", inbox - 2 * HOUR),
    ]
    assert all(m.id.isdigit() and m.account == "Mail" for m in found)


def test_a_check_late_the_next_day_still_finds_yesterdays_mail(
    provider: ImapProvider, inbox: datetime
) -> None:
    # SEARCH SINCE works on whole days; the exact arrival time decides.
    found = provider.list_mail(inbox - 26 * HOUR, 10)
    assert [m.subject for m in found] == ["Latest", "Café order", "Early", "Yesterday's note"]


def test_the_list_is_bounded_and_marks_nothing_read(
    provider: ImapProvider, inbox: datetime, server: MailServer, user: str
) -> None:
    assert [m.subject for m in provider.list_mail(inbox - 30 * HOUR, 2)] == [
        "Latest",
        "Café order",
    ]
    assert provider.list_mail(inbox, 10) == []
    assert seen_flags(server, user) == [False, False, False, False]


def test_forward_attaches_the_original_and_keeps_a_copy_in_sent(
    provider: ImapProvider,
    inbox: datetime,
    server: MailServer,
    user: str,
    mailbag: Mailbag,
    smtp_sink: SmtpSink,
) -> None:
    [latest, *_] = provider.list_mail(inbox - 30 * HOUR, 10)
    provider.forward(latest.id, "sam@example.com", "Sam, could you answer this one?")

    [sent] = mailbag.to("sam@example.com")
    assert sent.sender == f"{user}@example.com"
    assert user in smtp_sink.logins  # signed in to submission
    message = sent.message
    assert (message["From"], message["To"], message["Subject"]) == (
        f"{user}@example.com",
        "sam@example.com",
        "Fwd: Latest",
    )
    assert text_of(sent) == "Sam, could you answer this one?"
    [attached] = [p for p in message.iter_attachments() if p.get_content_type() == "message/rfc822"]
    original = attached.get_content()
    assert original["Subject"] == "Latest"
    assert original["From"] == "b@elsewhere.test"
    assert "Body of Latest." in original.get_body(("plain",)).get_content()

    assert subjects_in(server, user, "Sent") == ["Fwd: Latest"]
    assert seen_flags(server, user) == [False, False, False, False]


def test_a_recipient_the_server_refuses_is_reported_and_nothing_is_kept_in_sent(
    provider: ImapProvider, inbox: datetime, server: MailServer, user: str
) -> None:
    [latest, *_] = provider.list_mail(inbox - HOUR * 2, 1)
    with pytest.raises(Rejected) as caught:
        provider.forward(latest.id, "nobody@refused.test", "FYI")
    assert str(caught.value) == "The SMTP server 127.0.0.1 refused: 5.1.1 No such user here"
    assert subjects_in(server, user, "Sent") == []


def test_a_message_that_is_gone_is_not_forwarded(
    provider: ImapProvider, inbox: datetime, mailbag: Mailbag
) -> None:
    with pytest.raises(Rejected, match="no longer in the inbox"):
        provider.forward("999", "sam2@example.com", "FYI")
    with pytest.raises(Rejected, match="not a message of this mailbox"):
        provider.forward("1:*", "sam2@example.com", "FYI")
    assert mailbag.to("sam2@example.com") == []


# --- mail from strangers: encoded line breaks ----------------------------------------------

HOSTILE = (
    b"From: =?utf-8?q?Eve=0D=0ABcc=3A_all=40example=2Ecom?= <eve@elsewhere.test>\r\n"
    b"To: someone@example.com\r\n"
    b"Subject: =?utf-8?q?Invoice=0D=0AX-Injected=3A_yes=1B=5B2J?=\r\n"
    b"Message-ID: <hostile@elsewhere.test>\r\n"
    b"\r\n"
    b"Pay now.\r\n"
)


@pytest.fixture
def hostile(server: MailServer, user: str, clock: FakeClock) -> datetime:
    now = clock()
    with mailbox(server, user) as conn:
        conn.append("INBOX", None, imaplib.Time2Internaldate(now - HOUR), HOSTILE)
    return now


def test_a_subject_and_sender_with_encoded_line_breaks_are_shown_on_one_line(
    imap_service: Boundary, hostile: datetime
) -> None:
    from boundary_app.core.mail import gather_mail

    batch = gather_mail(imap_service, hostile - 2 * HOUR)

    assert batch.problems == []
    [message] = batch.messages
    assert message.subject == "Invoice X-Injected: yes [2J"
    assert message.sender == "Eve Bcc: all@example.com <eve@elsewhere.test>"


def test_boundary_check_prints_such_a_message_on_one_line(
    imap_service: Boundary,
    hostile: datetime,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from boundary_app import cli
    from boundary_app.providers.registry import ProviderRegistry

    imap_service.close()
    monkeypatch.setattr(cli, "system_clock", imap_service.clock)
    monkeypatch.setattr(
        ProviderRegistry, "discover", classmethod(lambda cls: cls.of([ImapProvider]))
    )

    code = cli.run(["check"])

    out = capsys.readouterr().out
    assert code == 0
    lines = out.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("1 new message since ")
    assert lines[1].endswith(
        "Mail  Eve Bcc: all@example.com <eve@elsewhere.test> — Invoice X-Injected: yes [2J"
    )
    assert "\x1b" not in out and "\r" not in out


def test_such_a_message_can_be_forwarded(
    provider: ImapProvider, hostile: datetime, mailbag: Mailbag, server: MailServer, user: str
) -> None:
    [message] = provider.list_mail(hostile - 2 * HOUR, 10)

    provider.forward(message.id, "sam@example.com", "Is this real?")

    [sent] = mailbag.to("sam@example.com")
    assert sent.message["Subject"] == "Fwd: Invoice X-Injected: yes [2J"
    assert sent.message["X-Injected"] is None
    [attached] = [
        p for p in sent.message.iter_attachments() if p.get_content_type() == "message/rfc822"
    ]
    assert b"=?utf-8?q?Invoice=0D=0AX-Injected" in attached.as_bytes()  # kept as it came
    assert subjects_in(server, user, "Sent") == ["Fwd: Invoice X-Injected: yes [2J"]


# Cyrus comes without a submission service; the account lists mail, and says why it
# cannot forward.
@only("cyrus")
def test_without_smtp_mail_is_listed_and_forwarding_is_refused_in_words(
    make_provider,  # type: ignore[no-untyped-def]
    inbox: datetime,
    server: MailServer,
    user: str,
    mailbag: Mailbag,
) -> None:
    provider: ImapProvider = make_provider(smtp="off")
    [latest, *_] = provider.list_mail(inbox - HOUR * 2, 1)
    with pytest.raises(Rejected) as caught:
        provider.forward(latest.id, "sam3@example.com", "FYI")
    assert str(caught.value) == (
        "Forwarding is off for Mail: it has no SMTP server to send mail with; set one in "
        "Settings → Accounts to forward mail to your backup."
    )
    with pytest.raises(Rejected, match="Sending mail is off for Mail: it has no SMTP server"):
        provider.send_mail("sam3@example.com", "Your call", "Got your voicemail.")
    assert mailbag.to("sam3@example.com") == []
    assert subjects_in(server, user, "Sent") == []
