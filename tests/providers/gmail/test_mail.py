"""New mail in one batch request, and forwarding with the original attached."""

from __future__ import annotations

import email.policy
from datetime import UTC, datetime, timedelta
from email import message_from_bytes
from email.message import EmailMessage

import pytest

from boundary_app.providers.base import NeedsSignIn, Rejected
from tests.providers.gmail.conftest import MakeProvider, token_json
from tests.providers.gmail.fake_google import ALL_SCOPES, FakeGoogle, Fault

SINCE = datetime(2026, 11, 24, 6, 0, tzinfo=UTC)


def mail(subject: str, sender: str, body: str = "Hello") -> bytes:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = "ana@example.com"
    message["Subject"] = subject
    message["Date"] = "Tue, 24 Nov 2026 08:30:00 +0000"
    message.set_content(body)
    return message.as_bytes()


def ms(moment: datetime) -> int:
    return int(moment.timestamp() * 1000)


@pytest.fixture
def inbox(google: FakeGoogle) -> FakeGoogle:
    google.add_message("old", mail("Before the window", "x@example.com"), ms(SINCE) - 60_000)
    google.add_message("a1", mail("Quote request", "Bo <bo@client.example>"), ms(SINCE) + 60_000)
    google.add_message(
        "a2", mail("Überweisung für März – dringend", "Jörg <j@example.de>"), ms(SINCE) + 120_000
    )
    google.add_message("a3", mail("Lunch?", "sam@example.com"), ms(SINCE) + 180_000)
    return google


def test_new_mail_is_listed_newest_first_from_one_batch_request(
    make_provider: MakeProvider, inbox: FakeGoogle
) -> None:
    found = make_provider().list_mail(SINCE, limit=2)
    assert [(m.id, m.sender, m.subject) for m in found] == [
        ("a3", "sam@example.com", "Lunch?"),
        ("a2", "Jörg <j@example.de>", "Überweisung für März – dringend"),
    ]
    assert found[0].received == SINCE + timedelta(minutes=3)
    assert found[0].link == "https://mail.google.com/mail/u/?authuser=ana%40example.com#inbox/a3"
    assert found[0].account == "Work"
    (listing,) = inbox.requests("GET", "/users/me/messages")[:1]
    assert listing.query["q"] == [f"in:inbox after:{int(SINCE.timestamp())}"]
    assert listing.query["maxResults"] == ["2"]
    assert len(inbox.requests("POST", "/batch/gmail/v1")) == 1
    fetched = [s for s in inbox.seen if s.in_batch]
    assert [s.path.rsplit("/", 1)[1] for s in fetched] == ["a3", "a2"]
    assert all(s.query["format"] == ["metadata"] for s in fetched)
    assert all(s.query["metadataHeaders"] == ["From", "Subject", "Date"] for s in fetched)


def test_a_message_deleted_between_listing_and_fetching_is_left_out(
    make_provider: MakeProvider, inbox: FakeGoogle
) -> None:
    inbox.faults.append(
        Fault("/messages/a2", status=404, body=b'{"error": {"code": 404, "message": "Not Found"}}')
    )
    found = make_provider().list_mail(SINCE, limit=10)
    assert [m.id for m in found] == ["a3", "a1"]


def test_no_new_mail_makes_no_batch_request(
    make_provider: MakeProvider, google: FakeGoogle
) -> None:
    assert make_provider().list_mail(SINCE, limit=10) == []
    assert google.requests("POST", "/batch") == []


def test_forward_sends_the_note_with_the_original_attached_as_rfc822(
    make_provider: MakeProvider, inbox: FakeGoogle
) -> None:
    make_provider().forward("a2", "sam@example.com", "Sam, could you take this one? — Ana")
    (raw,) = inbox.sent
    sent = message_from_bytes(raw, policy=email.policy.default)
    assert sent["To"] == "sam@example.com"
    assert sent["From"] == "ana@example.com"
    assert sent["Subject"] == "Fwd: Überweisung für März – dringend"
    assert b"\xc3\x9c" not in raw.split(b"\n\n", 1)[0]  # headers are encoded, not raw UTF-8
    assert isinstance(sent, EmailMessage)
    body = sent.get_body(("plain",))
    assert body is not None
    assert body.get_content().strip() == "Sam, could you take this one? — Ana"
    (attachment,) = sent.iter_attachments()
    assert attachment.get_content_type() == "message/rfc822"
    original = attachment.get_content()
    assert original["Subject"] == "Überweisung für März – dringend"
    assert original["From"] == "Jörg <j@example.de>"
    assert inbox.requests("GET", "/messages/a2")[0].query["format"] == ["raw"]


def test_unread_follows_the_unread_label(make_provider: MakeProvider, inbox: FakeGoogle) -> None:
    inbox.messages["a2"].labels = ("INBOX",)  # read in Gmail
    found = make_provider().list_mail(SINCE, limit=10)
    assert [(m.id, m.unread) for m in found] == [("a3", True), ("a2", False), ("a1", True)]


def test_a_new_message_is_sent_as_plain_text(
    make_provider: MakeProvider, inbox: FakeGoogle
) -> None:
    provider = make_provider()
    assert "send-mail" in provider.capabilities
    provider.send_mail("jo@client.example", "Your call", "Got your voicemail.\nAna")
    (raw,) = inbox.sent
    sent = message_from_bytes(raw, policy=email.policy.default)
    assert (sent["To"], sent["From"], sent["Subject"]) == (
        "jo@client.example",
        "ana@example.com",
        "Your call",
    )
    assert sent.get_content_type() == "text/plain"
    assert sent.get_content().strip() == "Got your voicemail.\nAna"
    with pytest.raises(Rejected, match="set its features to 'forward'"):
        make_provider(features="list").send_mail("jo@client.example", "s", "t")


def test_reply_only_accounts_neither_list_nor_forward(
    make_provider: MakeProvider, inbox: FakeGoogle
) -> None:
    provider = make_provider(features="reply")
    with pytest.raises(Rejected, match="set up for 'reply' only"):
        provider.list_mail(SINCE, limit=5)
    with pytest.raises(Rejected, match="set its features to 'forward'"):
        provider.forward("a1", "sam@example.com", "")
    assert inbox.requests("GET", "/messages") == []


def test_a_sign_in_without_permission_to_read_asks_to_sign_in_again(
    make_provider: MakeProvider, google: FakeGoogle
) -> None:
    provider = make_provider(token=token_json(google, scopes=ALL_SCOPES[:1]))
    with pytest.raises(NeedsSignIn, match="not been allowed to read the inbox"):
        provider.list_mail(SINCE, limit=5)
    assert provider.test_connection().startswith(
        "Signed in with permission to: change the auto-reply."
    )


HOSTILE = (
    b"From: =?utf-8?q?Eve=0D=0ABcc=3A_all=40example=2Ecom?= <eve@elsewhere.test>\r\n"
    b"To: ana@example.com\r\n"
    b"Subject: =?utf-8?q?Invoice=0D=0AX-Injected=3A_yes=1B=5B2J?=\r\n"
    b"Date: Tue, 24 Nov 2026 08:30:00 +0000\r\n"
    b"\r\n"
    b"Pay now.\r\n"
)


def test_a_subject_with_encoded_line_breaks_is_listed_on_one_line_and_can_be_forwarded(
    make_provider: MakeProvider, google: FakeGoogle
) -> None:
    google.add_message("h1", HOSTILE, ms(SINCE) + 60_000)
    provider = make_provider()

    (found,) = provider.list_mail(SINCE, limit=10)
    provider.forward("h1", "sam@example.com", "Is this real?")

    assert found.subject == "Invoice X-Injected: yes [2J"
    assert "\r" not in found.sender and "\n" not in found.sender
    (raw,) = google.sent
    sent = message_from_bytes(raw, policy=email.policy.default)
    assert sent["Subject"] == "Fwd: Invoice X-Injected: yes [2J"
    assert sent["X-Injected"] is None


def test_a_permission_refusal_reads_in_indonesian_and_dutch(
    make_provider: MakeProvider, google: FakeGoogle
) -> None:
    """The refusal's English stays for the log; the command words it in the person's
    language, the permission's words too."""
    from boundary_app import translation
    from boundary_app.wording import sentence

    provider = make_provider(token=token_json(google, scopes=ALL_SCOPES[:1]))
    with pytest.raises(NeedsSignIn) as refused:
        provider.list_mail(SINCE, limit=5)
    english = "Boundary has not been allowed to read the inbox in this account; sign in again"
    assert str(refused.value).startswith(english)
    allowed = provider.test_connection()
    translation.speak("id")
    assert sentence(refused.value) == (
        "Boundary belum diizinkan untuk membaca kotak masuk di akun ini; silakan masuk "
        "lagi dan izinkan."
    )
    translation.speak("nl")
    assert sentence(str(refused.value)) == (  # as the journal keeps it: English text
        "Boundary heeft geen toestemming om in dit account de inbox te lezen; meld je "
        "opnieuw aan en sta het toe."
    )
    assert sentence(allowed).startswith(
        "Aangemeld met toestemming om: het afwezigheidsbericht te wijzigen."
    )
    translation.speak("en")
    assert sentence(refused.value) == str(refused.value)
