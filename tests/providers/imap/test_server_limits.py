"""Every server limit said in words (issue 21), on the real servers.

Dovecot here keeps scripts up to 16 KiB (a hosted server's kind of limit) and any number
of them; Cyrus keeps its defaults: 32 KiB, five scripts a person, and one vacation reply
per sender every three days at most. Cyrus has no submission service: an account can do
without SMTP (test_cli.py). Away periods are around the real time: the servers check them.
"""

from __future__ import annotations

import re
from datetime import timedelta

import pytest

from boundary_app.cli.output import Out
from boundary_app.core.service import AwayRequest, Boundary
from boundary_app.providers.base import AutoReply, Rejected
from boundary_app.providers.imap import ImapProvider
from tests.fakes import FakeClock
from tests.providers.imap.helpers import (
    INTERVAL,
    RULES,
    install_rules,
    install_script,
    only,
    scripts,
    text_of,
    webmail_filters,
)
from tests.providers.imap.servers import Mailbag, MailServer
from tests.providers.imap.test_own_script import today_script

HOUR = timedelta(hours=1)
CYRILLIC = "Спасибо за письмо. Я в отпуске и отвечу, когда вернусь. "
LATIN = "Thank you for your message; I am away and will answer when I am back. "


def words(characters: int, sentence: str = CYRILLIC) -> str:
    return (sentence * (characters // len(sentence) + 1))[:characters].strip()


def go_away(service: Boundary, **request: object) -> None:
    request.setdefault("until", service.clock() + 2 * HOUR)
    service.go_away(service.prepare_away(AwayRequest(**request)))  # type: ignore[arg-type]


# --- 1. script size --------------------------------------------------------------------


def test_the_same_long_words_for_everyone_are_sent_where_twice_they_would_not_fit(
    imap_service: Boundary, server: MailServer, mailbag: Mailbag, user: str
) -> None:
    # Two bytes a character: once is about half the server's limit, twice more than all.
    text = words(int(server.max_script_size * 0.55 / 2))
    go_away(imap_service, internal=text, external=text)
    [result] = imap_service.push()
    assert (result.status, result.message) == ("ok", "")
    server.deliver("stranger@elsewhere.test", f"{user}@example.com", "A question")
    server.deliver("colleague@example.com", f"{user}@example.com", "Lunch?")
    assert text_of(mailbag.wait_for("stranger@elsewhere.test")) == text
    assert text_of(mailbag.wait_for("colleague@example.com")) == text


def test_a_reply_too_long_for_the_server_is_refused_before_anything_changes(
    imap_service: Boundary, server: MailServer, mailbag: Mailbag, user: str
) -> None:
    install_rules(server, user)
    go_away(imap_service, external="Away until Monday.")
    [earlier] = imap_service.push()
    assert earlier.ok
    before = scripts(server, user)

    each = int(server.max_script_size * 0.6 / 2)  # two different texts: 1.2 times the limit
    internal, external = words(each), words(each, CYRILLIC[::-1])
    go_away(imap_service, internal=internal, external=external)
    [result] = imap_service.push()
    assert result.status == "failed"
    said = re.fullmatch(
        r"The reply is too long for this mail server by about ([\d,]+) characters \(it keeps "
        r"filter scripts of at most (\d+) KB; this one would be ([\d.]+) KB\), so it was not "
        r"set and nothing was changed; shorten the messages\.",
        result.message,
    )
    assert said, result.message
    assert int(said[2]) * 1024 == server.max_script_size
    assert scripts(server, user) == before  # the earlier reply and the person's rules

    # Status says what the server holds: the earlier reply, still on and still answering.
    [account] = imap_service.status().accounts
    assert account.actual is not None and account.actual.same_as(earlier.desired)
    line = Out(as_json=False, service=imap_service).account_line(account)
    assert line.startswith("  Mail (imap): not set; a reply set earlier is still on — The reply")
    server.deliver("stranger@elsewhere.test", f"{user}@example.com", "Still away?")
    assert text_of(mailbag.wait_for("stranger@elsewhere.test")) == "Away until Monday."

    # Shortened by what the words said, the reply fits.
    shorter = external[: len(external) - int(said[1].replace(",", ""))]
    go_away(imap_service, internal=internal, external=shorter)
    [result] = imap_service.push()
    assert (result.status, result.message) == ("ok", "")


# --- 2. how many scripts -----------------------------------------------------------------

OTHERS = ("old-rules", "spam-test", "holiday-2023", "experiments")


def test_a_reply_too_long_for_the_server_is_said_in_indonesian_and_dutch(
    imap_service: Boundary, server: MailServer
) -> None:
    """The server's refusal of a script too large, worded by the command in the person's
    language from the English the journal keeps; the numbers stay the server's."""
    from boundary_app import translation

    each = int(server.max_script_size * 0.6 / 2)
    go_away(imap_service, internal=words(each), external=words(each, CYRILLIC[::-1]))
    [result] = imap_service.push()
    assert result.status == "failed"
    assert result.message.startswith("The reply is too long for this mail server by about ")
    limit = f"{server.max_script_size // 1024} KB"
    out = Out(as_json=False, service=imap_service)
    translation.speak("id")
    indonesian = out.said(str(result.message))
    translation.speak("nl")
    dutch = out.said(str(result.message))
    translation.speak("en")
    assert indonesian.startswith("Balasan otomatis sekitar ")
    assert f"paling banyak {limit};" in indonesian
    assert indonesian.endswith("persingkat pesannya.")
    assert dutch.startswith("Het afwezigheidsbericht is ongeveer ")
    assert f"hooguit {limit};" in dutch
    assert out.said(str(result.message)) == result.message


# Cyrus keeps five scripts a person by default; Dovecot keeps any number.
@only("cyrus")
def test_with_five_scripts_of_their_own_the_person_is_told_which_may_go_and_none_is_deleted(
    imap_service: Boundary, server: MailServer, mailbag: Mailbag, user: str
) -> None:
    with webmail_filters(server, user) as sieve:
        for name in OTHERS:
            sieve.put_script(name, RULES)
    install_rules(server, user)  # the fifth, and the active one
    before = scripts(server, user)
    go_away(imap_service)
    [result] = imap_service.push()
    assert (result.status, result.message) == (
        "failed",
        "Your mail server keeps at most 5 filter scripts for you, and Boundary needs room "
        "for one more, for its reply. These of yours are switched off and may be deleted in "
        "webmail: 'experiments', 'holiday-2023', 'old-rules', 'spam-test'; then set the "
        "reply again. Boundary never deletes your scripts, and nothing was changed.",
    )
    assert scripts(server, user) == before

    with webmail_filters(server, user) as sieve:
        sieve.delete_script("old-rules")
    go_away(imap_service, external="Now there is room.")
    [result] = imap_service.push()
    assert result.ok, result.message
    server.deliver("stranger@elsewhere.test", f"{user}@example.com", "Hello")
    assert text_of(mailbag.wait_for("stranger@elsewhere.test")) == "Now there is room."


# As above: only Cyrus limits the number of scripts.
@only("cyrus")
def test_room_for_one_script_but_not_two_changes_nothing(
    provider: ImapProvider, server: MailServer, user: str, clock: FakeClock
) -> None:
    # Their active script has its own vacation: Boundary needs its reply and a copy.
    with webmail_filters(server, user) as sieve:
        for name in OTHERS[:3]:
            sieve.put_script(name, RULES)
    install_script(server, user, "roundcube", today_script(clock))
    before = scripts(server, user)
    reply = AutoReply(True, internal="Inside", external="Outside")
    with pytest.raises(Rejected) as caught:
        provider.write_auto_reply(reply)
    assert str(caught.value).startswith(
        "Your mail server keeps at most 5 filter scripts for you, and Boundary needs room "
        "for two more: its reply and a copy of your own filters. These of yours are switched "
        "off and may be deleted in webmail: 'holiday-2023', 'old-rules', 'spam-test';"
    )
    assert scripts(server, user) == before  # the copy put first was taken away again


# As above: only Cyrus limits the number of scripts. Cyrus 3.6 also counts the script it
# replaces as one more, so with five in all even Boundary's own cannot be changed.
@only("cyrus")
def test_at_five_scripts_with_boundarys_a_changed_reply_says_the_same(
    imap_service: Boundary, server: MailServer, mailbag: Mailbag, user: str
) -> None:
    with webmail_filters(server, user) as sieve:
        for name in OTHERS[:3]:
            sieve.put_script(name, RULES)
    install_rules(server, user)
    go_away(imap_service, external="First words.")
    [result] = imap_service.push()
    assert result.ok, result.message  # four of theirs and Boundary's: five
    before = scripts(server, user)
    go_away(imap_service, external="Changed words.")
    [result] = imap_service.push()
    assert result.status == "failed"
    assert result.message.startswith(
        "Your mail server keeps at most 5 filter scripts for you, and Boundary needs room "
        "for one more while it replaces its reply (this server counts it twice). These of "
        "yours are switched off and may be deleted in webmail: 'holiday-2023', 'old-rules', "
        "'spam-test'; then set the reply again."
    )
    assert scripts(server, user) == before
    server.deliver("stranger@elsewhere.test", f"{user}@example.com", "Hello")
    assert text_of(mailbag.wait_for("stranger@elsewhere.test")) == "First words."


# --- 3. how often one sender gets the reply ------------------------------------------------

DAYS = {"dovecot": 1, "cyrus": 3}


def test_how_often_one_sender_gets_the_reply_is_said(
    provider: ImapProvider, server: MailServer, mailbag: Mailbag, user: str
) -> None:
    assert provider.test_connection().endswith(INTERVAL[server.name])
    assert provider.reply_interval() == timedelta(days=DAYS[server.name])
    provider.write_auto_reply(AutoReply(True, internal="Inside", external="Outside"))
    for subject in ("First", "Second"):
        server.deliver("twice@elsewhere.test", f"{user}@example.com", subject)
    assert len(mailbag.to("twice@elsewhere.test")) == 1
