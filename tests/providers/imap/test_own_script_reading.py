"""The person's own script without a server: their reply as webmail writes it, and the
copy Boundary runs while its reply is on."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from boundary_app.providers.base import AutoReply
from boundary_app.providers.imap_sieve import build_script, parse_script
from boundary_app.providers.imap_sieve_own import adapted_copy, clashes, their_reply
from boundary_app.providers.imap_sieve_syntax import SieveSyntaxError, parse, tokenize

SOGO = """require ["vacation","envelope","date","relational"];
if allof ( currentdate :value "ge" "date" "2026-07-01", currentdate :value "le" "date" "2026-07-14" ) {
vacation :days 7 :addresses ["ana@example.org","a.silva@example.org"] :subject "Absent" "I am away.";
}
"""  # noqa: E501 - as SOGo writes it

NEXTCLOUD = """### Nextcloud Mail: Vacation Responder ### DON'T EDIT ###
require "date";
require "relational";
require "vacation";
### Nextcloud Mail: Vacation Responder ### DON'T EDIT ###
if allof(currentdate :value "ge" "iso8601" "2026-07-01T06:00:00Z", currentdate :value "le" "iso8601" "2026-07-14T21:59:00Z") {
\tvacation :days 4 :subject "On vacation" :addresses ["Ana <ana@example.org>"] "I'm on vacation.";
}
"""  # noqa: E501

ROUNDCUBE_OFF = """require ["vacation"];
# rule:[Out of office]
if false # true
{
\tvacation :days 1 :subject "Away" "Switched off in webmail.";
}
"""


def at(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)  # type: ignore[misc]


def test_a_vacation_as_sogo_writes_it_is_read_with_its_days() -> None:
    assert their_reply(SOGO) == AutoReply(
        True, at(2026, 7, 1), at(2026, 7, 15), "Absent", "I am away.", "I am away."
    )


def test_a_vacation_as_nextcloud_writes_it_is_read_to_the_second() -> None:
    reply = their_reply(NEXTCLOUD)
    assert reply is not None
    assert (reply.start, reply.end) == (at(2026, 7, 1, 6), at(2026, 7, 14, 21, 59, 1))
    assert (reply.subject, reply.external) == ("On vacation", "I'm on vacation.")


@pytest.mark.parametrize(
    "script",
    [
        ROUNDCUBE_OFF,  # Roundcube keeps a switched-off rule under "if false"
        'require ["fileinto"];\nif true { fileinto "Archive"; }\n',
        '# vacation "not a command";\nrequire "fileinto";\nfileinto "vacation";\n',
        'require ["vacation"];\nvacation "unterminated;\n',  # the server cannot run it
    ],
    ids=["switched-off", "no-vacation", "only-the-word", "broken"],
)
def test_no_reply_is_read_where_none_would_be_sent(script: str) -> None:
    assert their_reply(script) is None


def test_a_vacation_without_dates_is_on_with_no_period() -> None:
    script = 'require ["vacation"];\nvacation :mime :handle "h" :from "a@b.example" "Away.";\n'
    assert their_reply(script) == AutoReply(True, internal="Away.", external="Away.")


THEIRS = """# My filters; "stop;" in a comment stays. /* not a bracket comment here */
require ["fileinto", "vacation", "reject"];
require "envelope";
if header :contains "subject" ["stop;", "{ vacation }"] { fileinto "Odd"; stop; }
/* a bracket comment: discard; */
if address :domain :is "from" "spam.test" { reject text:
Not wanted;
..here.
.
; }
elsif header :contains "subject" "newsletter" { discard; }
vacation :days 3 "I am away; really.";
"""

COPY_BODY = """# My filters; "stop;" in a comment stays. /* not a bracket comment here */
require ["fileinto", "vacation", "reject"];
require "envelope";
global "boundary_dropped";
if header :contains "subject" ["stop;", "{ vacation }"] { fileinto "Odd"; return; }
/* a bracket comment: discard; */
if address :domain :is "from" "spam.test" { set "boundary_dropped" "reject"; reject text:
Not wanted;
..here.
.
; }
elsif header :contains "subject" "newsletter" { set "boundary_dropped" "discard"; discard; }

"""


def test_the_copy_changes_only_the_vacation_the_drops_and_stop() -> None:
    assert clashes(THEIRS)
    copy = adapted_copy(THEIRS, 'my "rules"')
    header, _, body = copy.partition('require ["include", "variables"];\n')
    assert header.startswith('# Made by Boundary: a copy of your script "my \\"rules\\""')
    assert body == COPY_BODY


def test_a_script_without_requires_gets_the_global_first() -> None:
    copy = adapted_copy("discard;\n", "mine")
    assert copy.endswith(
        'require ["include", "variables"];\nglobal "boundary_dropped";\n'
        'set "boundary_dropped" "discard"; discard;\n'
    )


@pytest.mark.parametrize(
    ("script", "clash"),
    [
        ('require ["fileinto"];\nif true { fileinto "A"; stop; }\n', False),
        ('require "fileinto";\nfileinto "vacation"; # discard;\n', False),
        ('require ["ereject"];\nereject "No.";\n', True),
        ("discard;\n", True),
        ('require ["vacation"];\nvacation "unterminated;\n', False),  # run as it is
    ],
)
def test_only_what_cannot_run_beside_the_reply_needs_the_copy(script: str, clash: bool) -> None:
    assert clashes(script) is clash


def test_multiline_strings_are_read_with_dot_stuffing_undone() -> None:
    [token] = [
        t
        for t in tokenize("vacation text: # note\r\nLine one\r\n..dot\r\n.\r\n;")
        if t.kind == "string"
    ]
    assert token.value == "Line one\n.dot"
    [command] = parse("vacation text:\nA\n.\n;")
    assert command.strings() == ["A"]


@pytest.mark.parametrize("text", ["if true {", "}", 'keep "a" [;', "@"])
def test_what_is_not_sieve_is_said(text: str) -> None:
    with pytest.raises(SieveSyntaxError):
        parse(text)


def test_boundarys_script_beside_the_copy_reads_back_and_restores_the_persons_script() -> None:
    reply = AutoReply(True, at(2026, 7, 1), at(2026, 7, 3), "Away", "Inside", "Outside")
    script = build_script(
        reply, "ana@example.org", "example.org", "boundary-filters", copy_of='my "rules"'
    )
    parsed = parse_script(script)
    assert parsed.reply.same_as(reply)
    assert (parsed.include, parsed.restores) == ("boundary-filters", 'my "rules"')
    runs_first = script.index('include :personal :optional "boundary-filters";')
    assert runs_first < script.index("vacation :days")
    assert 'not string :is "${boundary_dropped}" ""' in script


def test_colleagues_are_the_domain_and_its_subdomains() -> None:
    script = build_script(
        AutoReply(True, internal="a", external="b"), "a@corp.example", "corp.example", None
    )
    assert 'address :domain :is "from" "corp.example"' in script
    assert 'address :domain :matches "from" "*.corp.example"' in script
    assert parse_script(script).reply.internal == "a"
