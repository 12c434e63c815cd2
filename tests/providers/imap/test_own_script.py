"""The person's own Sieve script beside Boundary's reply, on the real servers (Dovecot and
Cyrus).

Webmail (Roundcube here) keeps the person's filters and their own out-of-office reply in
one active script. Run as it is beside Boundary's reply, Pigeonhole refuses two vacations
(or a reject and a vacation) for one message: no reply at all, and the filters skipped;
Cyrus refuses a reject beside a vacation the same way, and answers mail the person's rules
discard. Mail is delivered over LMTP (a reject Cyrus answers there comes back as the MTA's
bounce); the away periods are around the real time, as the servers check them against
their own clock.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from boundary_app.providers.base import AutoReply, Rejected
from boundary_app.providers.imap import ImapProvider
from boundary_app.providers.imap_managesieve import ManageSieve
from tests.fakes import FakeClock
from tests.providers.imap.helpers import (
    install_script,
    only,
    script_file,
    scripts,
    subjects_in,
    text_of,
    webmail_filters,
)
from tests.providers.imap.servers import Dovecot, Mailbag, MailServer, make_message

HOUR = timedelta(hours=1)
INSIDE = "Hi team, I am out today; Sam covers."
OUTSIDE = "Thank you for your message. I am away until Monday; Sam Lee covers."


def roundcube(first: str, last: str) -> str:
    """A Roundcube filter set: a receipts rule, a newsletter rule, and its own vacation."""
    return f"""require ["fileinto","vacation","date","relational"];
# rule:[Receipts]
if header :contains "subject" "receipt"
{{
\tfileinto "Receipts";
\tstop;
}}
# rule:[Out of office]
if allof (currentdate :zone "+0100" :value "ge" "date" "{first}", currentdate :zone "+0100" :value "le" "date" "{last}")
{{
\tvacation :days 1 :subject "Ana is away" text:
Hello,

I am away until {last}; this is my own reply.
.
;
}}
"""  # noqa: E501 - Roundcube writes the test on one line


def today_script(clock: FakeClock) -> str:
    day = clock().astimezone(UTC).date()
    return roundcube(str(day - timedelta(days=1)), str(day + timedelta(days=7)))


def boundary_reply(clock: FakeClock) -> AutoReply:
    return AutoReply(True, clock() - HOUR, clock() + 2 * HOUR, "Out of office", INSIDE, OUTSIDE)


def test_the_persons_own_vacation_is_read_as_a_reply_set_elsewhere(
    provider: ImapProvider, server: MailServer, user: str
) -> None:
    install_script(server, user, "roundcube", roundcube("2026-07-01", "2026-07-14"))
    plus_one = datetime(2026, 7, 1, tzinfo=UTC).astimezone(UTC) - timedelta(hours=1)
    assert provider.read_auto_reply() == AutoReply(
        enabled=True,
        start=plus_one,  # 1 July 00:00 at +01:00
        end=plus_one + timedelta(days=14),  # through 14 July
        subject="Ana is away",
        internal="Hello,\n\nI am away until 2026-07-14; this is my own reply.",
        external="Hello,\n\nI am away until 2026-07-14; this is my own reply.",
    )


def test_with_the_persons_own_vacation_only_boundarys_reply_goes_out_and_filters_still_file(
    provider: ImapProvider, server: MailServer, user: str, mailbag: Mailbag, clock: FakeClock
) -> None:
    theirs = today_script(clock)
    install_script(server, user, "roundcube", theirs)
    on_disk = script_file(server, user, "roundcube")
    provider.write_auto_reply(boundary_reply(clock))
    assert provider.read_auto_reply().same_as(boundary_reply(clock))

    server.deliver("stranger@elsewhere.test", f"{user}@example.com", "A question")
    [reply] = mailbag.to("stranger@elsewhere.test")
    assert text_of(reply) == OUTSIDE
    server.deliver("shop@elsewhere.test", f"{user}@example.com", "Your receipt #1")
    assert subjects_in(server, user, "Receipts") == ["Your receipt #1"]  # their rule, and
    [reply] = mailbag.to("shop@elsewhere.test")  # its "stop" does not silence the reply
    assert text_of(reply) == OUTSIDE
    assert subjects_in(server, user, "INBOX") == ["A question"]
    assert script_file(server, user, "roundcube") == on_disk  # never written to

    provider.clear_auto_reply()
    assert scripts(server, user) == ("roundcube", {"roundcube": theirs})
    assert script_file(server, user, "roundcube") == on_disk
    server.deliver("later@elsewhere.test", f"{user}@example.com", "After you are back")
    [own] = mailbag.to("later@elsewhere.test")  # their own reply answers again
    assert "this is my own reply" in text_of(own)
    assert provider.read_auto_reply().subject == "Ana is away"


def test_setting_the_reply_twice_beside_the_persons_vacation_changes_nothing_more(
    provider: ImapProvider, server: MailServer, user: str, clock: FakeClock
) -> None:
    install_script(server, user, "roundcube", today_script(clock))
    provider.write_auto_reply(boundary_reply(clock))
    first = scripts(server, user)
    assert sorted(first[1]) == ["boundary", "boundary-filters", "roundcube"]
    provider.write_auto_reply(boundary_reply(clock))
    assert scripts(server, user) == first
    provider.clear_auto_reply()
    provider.clear_auto_reply()
    assert scripts(server, user) == ("roundcube", {"roundcube": first[1]["roundcube"]})


REJECTS = """require ["reject", "fileinto"];
if address :domain :is "from" "spam.test" {
  reject "Not wanted here.";
  stop;
}
"""


def test_a_reject_in_the_persons_script_wins_and_that_sender_gets_no_reply(
    provider: ImapProvider, server: MailServer, user: str, mailbag: Mailbag, clock: FakeClock
) -> None:
    install_script(server, user, "mine", REJECTS)
    provider.write_auto_reply(boundary_reply(clock))
    server.deliver("pusher@spam.test", f"{user}@example.com", "Buy now")
    server.deliver("friend@elsewhere.test", f"{user}@example.com", "Hello")
    assert subjects_in(server, user, "INBOX") == ["Hello"]  # rejected, not kept
    [rejection] = mailbag.to("pusher@spam.test")  # the rejection, and no reply
    assert "Not wanted here." in rejection.data.decode()
    assert OUTSIDE not in rejection.data.decode()
    [reply] = mailbag.to("friend@elsewhere.test")
    assert text_of(reply) == OUTSIDE
    provider.clear_auto_reply()
    assert scripts(server, user) == ("mine", {"mine": REJECTS})


DISCARDS = """require ["fileinto"];
if header :contains "subject" "newsletter" {
  discard;
}
if header :contains "subject" "weekly" {
  fileinto "Weekly";
}
"""


def test_mail_the_persons_rules_discard_gets_no_reply(
    provider: ImapProvider, server: MailServer, user: str, mailbag: Mailbag, clock: FakeClock
) -> None:
    install_script(server, user, "mine", DISCARDS)
    provider.write_auto_reply(boundary_reply(clock))
    server.deliver("news@elsewhere.test", f"{user}@example.com", "The newsletter")
    server.deliver("digest@elsewhere.test", f"{user}@example.com", "Weekly newsletter")
    server.deliver("friend@elsewhere.test", f"{user}@example.com", "Weekly lunch?")
    assert mailbag.to("news@elsewhere.test") == []
    assert mailbag.to("digest@elsewhere.test") == []
    assert len(mailbag.to("friend@elsewhere.test")) == 1
    assert subjects_in(server, user, "INBOX") == []
    # Their later rule still files what an earlier one discarded, as without Boundary.
    assert subjects_in(server, user, "Weekly") == ["Weekly newsletter", "Weekly lunch?"]


@pytest.mark.parametrize(
    "headers",
    [{"X-Spam-Flag": "YES"}, {"X-Spam": "yes"}],
    ids=["X-Spam-Flag", "X-Spam"],
)
def test_mail_marked_as_spam_gets_no_reply(
    provider: ImapProvider,
    server: MailServer,
    user: str,
    mailbag: Mailbag,
    clock: FakeClock,
    headers: dict[str, str],
) -> None:
    provider.write_auto_reply(boundary_reply(clock))
    server.deliver("spammer@elsewhere.test", f"{user}@example.com", "Cheap", headers=headers)
    server.deliver("person@elsewhere.test", f"{user}@example.com", "Real")
    assert mailbag.to("spammer@elsewhere.test") == []
    assert len(mailbag.to("person@elsewhere.test")) == 1
    assert subjects_in(server, user, "INBOX") == ["Cheap", "Real"]  # kept, just not answered


AUTOMATIC = [
    {"List-Id": "<team.lists.elsewhere.test>"},
    {"List-Unsubscribe": "<mailto:leave@elsewhere.test>"},
    {"Precedence": "bulk"},
    {"Precedence": "list"},
    {"Precedence": "junk"},
    {"Auto-Submitted": "auto-generated"},
    {"Auto-Submitted": "auto-replied"},
]


def test_lists_and_automatic_mail_get_no_reply(
    provider: ImapProvider, server: MailServer, user: str, mailbag: Mailbag, clock: FakeClock
) -> None:
    provider.write_auto_reply(boundary_reply(clock))
    to = f"{user}@example.com"
    for number, headers in enumerate(AUTOMATIC):
        sender = f"robot{number}@elsewhere.test"
        server.deliver(sender, to, f"Automatic {number}", headers=headers)
        assert mailbag.to(sender) == [], headers
    server.deliver("person@elsewhere.test", to, "Not automatic", headers={"Auto-Submitted": "no"})
    assert len(mailbag.to("person@elsewhere.test")) == 1


# Pigeonhole's sieve-test lists the actions a script takes before the server's own checks;
# Cyrus ships no such tool, and its delivery (above) cannot tell whose check held.
@only("dovecot")
def test_boundarys_script_itself_asks_no_reply_for_lists_and_automatic_mail(
    provider: ImapProvider, server: MailServer, user: str, clock: FakeClock
) -> None:
    assert isinstance(server, Dovecot)
    provider.write_auto_reply(boundary_reply(clock))
    script = scripts(server, user)[1]["boundary"]
    to = f"{user}@example.com"
    for number, headers in enumerate(AUTOMATIC):
        message = make_message(f"robot{number}@elsewhere.test", to, "x", "x", headers)
        said = server.sieve_test(user, script, message.as_bytes())
        assert "final result: success" in said and "vacation" not in said, (headers, said)
    plain = make_message("person@elsewhere.test", to, "x", "x", {"Auto-Submitted": "no"})
    said = server.sieve_test(user, script, plain.as_bytes())
    assert "send vacation message" in said and OUTSIDE in said


def test_colleagues_at_a_subdomain_get_the_message_for_colleagues(
    provider: ImapProvider, server: MailServer, user: str, mailbag: Mailbag, clock: FakeClock
) -> None:
    provider.write_auto_reply(boundary_reply(clock))
    to = f"{user}@example.com"
    for sender in ("eva@eu.example.com", "li@mail.eu.example.com", "sam@EXAMPLE.com"):
        server.deliver(sender, to, "From a colleague")
        [reply] = mailbag.to(sender)
        assert text_of(reply) == INSIDE, sender
    for sender in ("x@notexample.com", "y@example.com.elsewhere.test"):
        server.deliver(sender, to, "From outside")
        [reply] = mailbag.to(sender)
        assert text_of(reply) == OUTSIDE, sender


def test_a_script_named_like_the_copy_that_someone_else_made_is_left_alone(
    provider: ImapProvider, server: MailServer, user: str, clock: FakeClock
) -> None:
    install_script(server, user, "roundcube", today_script(clock))
    with webmail_filters(server, user) as sieve:
        sieve.put_script("boundary-filters", 'require ["fileinto"];\nfileinto "Mine";\n')
    with pytest.raises(Rejected, match="named 'boundary-filters' that Boundary did not make"):
        provider.write_auto_reply(boundary_reply(clock))
    active, texts = scripts(server, user)
    assert (active, sorted(texts)) == ("roundcube", ["boundary-filters", "roundcube"])
    provider.clear_auto_reply()
    assert "boundary-filters" in scripts(server, user)[1]
    # Beside a script that needs no copy, the reply is set, and theirs is still left alone.
    install_script(server, user, "rules", 'require ["fileinto"];\nfileinto "Filed";\n')
    provider.write_auto_reply(boundary_reply(clock))
    provider.clear_auto_reply()
    assert scripts(server, user)[1]["boundary-filters"] == texts["boundary-filters"]


def test_without_variables_the_persons_vacation_is_never_replaced(
    provider: ImapProvider,
    server: MailServer,
    user: str,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(
        ManageSieve,
        "extensions",
        property(lambda self: {"vacation", "date", "relational", "include"}),
    )
    theirs = today_script(clock)
    install_script(server, user, "roundcube", theirs)
    with pytest.raises(Rejected, match=r"lacks Sieve 'variables'\), so Boundary will not"):
        provider.write_auto_reply(boundary_reply(clock))
    assert scripts(server, user) == ("roundcube", {"roundcube": theirs})
