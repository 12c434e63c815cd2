"""Cover on Exchange: an inbox rule that redirects to the backup, and the backups' mail tips.

Through the real exchangelib against the loopback EWS fake, which holds requests to the
published schema (GetInboxRules, UpdateInboxRules, GetMailTips).
"""

from __future__ import annotations

from datetime import UTC, timedelta

from boundary_app.core.profile import Backup
from boundary_app.core.service import AwayRequest, Boundary
from boundary_app.core.states import Cover
from boundary_app.providers.base import ForwardRule
from boundary_app.providers.exchange import NOT_FORWARDED_HEADERS, RULE_NAME, ExchangeProvider
from tests.fakes import FakeClock
from tests.providers.exchange.fake_ews import ColleagueOof, FakeEws

HOUR = timedelta(hours=1)
SAM = "sam@contoso.example"
PRIYA = "priya@contoso.example"

#: A rule the person made in Outlook: newsletters to a folder.
THEIRS = (
    "<t:DisplayName>Newsletters</t:DisplayName><t:Priority>1</t:Priority>"
    "<t:IsEnabled>true</t:IsEnabled>"
    "<t:Conditions><t:ContainsSubjectStrings><t:String>Newsletter</t:String>"
    "</t:ContainsSubjectStrings></t:Conditions>"
    '<t:Actions><t:MoveToFolder><t:DistinguishedFolderId Id="junkemail"/></t:MoveToFolder>'
    "</t:Actions>"
)


def test_the_rule_is_set_read_back_and_cleared_and_the_persons_rules_stay(
    provider: ExchangeProvider, ews: FakeEws, clock: FakeClock
) -> None:
    theirs = ews.add_rule(THEIRS)
    rule = ForwardRule(True, SAM, clock.now, clock.now + 2 * HOUR)

    provider.write_forward(rule)

    assert provider.read_forward() == rule
    ours = ews.rule(RULE_NAME)
    assert ours is not None and ours.priority == 1
    assert ours.addresses("t:Actions/t:RedirectToRecipients") == [SAM]
    assert ours.addresses("t:Exceptions/t:FromAddresses") == [SAM]
    assert ours.strings("t:Exceptions/t:ContainsHeaderStrings") == list(NOT_FORWARDED_HEADERS)
    assert ours.text("t:Exceptions/t:IsAutomaticReply") == "true"
    assert ours.text("t:Conditions/t:WithinDateRange/t:StartDateTime")

    moved = ForwardRule(True, PRIYA, clock.now, clock.now + 3 * HOUR)
    provider.write_forward(moved)  # set, not a second rule
    assert provider.read_forward() == moved
    assert [r.display_name for r in ews.state.rules] == [RULE_NAME, "Newsletters"]

    provider.clear_forward()
    assert not provider.read_forward().enabled
    assert [r.display_name for r in ews.state.rules] == ["Newsletters"]
    kept = ews.rule("Newsletters")
    assert kept is not None and kept.id == theirs.id and kept.element is not None
    assert ews.state.outlook_rule_blob  # the Outlook client rules were never wiped
    assert ews.count("UpdateInboxRules") == 3


def test_an_open_ended_rule_has_no_dates(provider: ExchangeProvider, ews: FakeEws) -> None:
    provider.write_forward(ForwardRule(True, SAM))
    ours = ews.rule(RULE_NAME)
    assert (
        ours is not None
        and ours.element.find(
            "{http://schemas.microsoft.com/exchange/services/2006/types}Conditions"
        )
        is None
    )
    assert provider.read_forward() == ForwardRule(True, SAM)


def test_the_mail_tips_say_who_is_away(provider: ExchangeProvider, ews: FakeEws) -> None:
    ews.state.colleagues[SAM] = ColleagueOof(
        "<html><body>I am out sick.<br>Back Friday.</body></html>",
        "2026-11-23T08:00:00Z",
        "2026-11-27T08:00:00Z",
    )

    answers = provider.colleagues_away([SAM, PRIYA])

    sam, priya = answers[SAM], answers[PRIYA]
    assert (sam.away, sam.message.splitlines()[0]) == (True, "I am out sick.")
    assert sam.end is not None and sam.end.astimezone(UTC).day == 27
    assert not priya.away
    assert ews.state.tips_requested == ["OutOfOfficeMessage"]


def go_away(service: Boundary, cover: Cover) -> None:
    until = service.clock() + 6 * HOUR
    service.go_away(service.prepare_away(AwayRequest(until=until, cover=cover)))


def test_a_rule_in_error_and_a_rule_removed_in_outlook_are_said(
    service: Boundary, ews: FakeEws, clock: FakeClock
) -> None:
    go_away(service, Cover.FORWARD)
    [result] = service.push()
    assert result.forwarding is not None and result.forwarding.ok
    ours = ews.rule(RULE_NAME)
    assert ours is not None
    ours.in_error = True

    clock.advance(20 * timedelta(minutes=1))
    [result] = service.push()
    forwarding = result.forwarding
    assert forwarding is not None and (forwarding.status, forwarding.code) == (
        "failed",
        "rule-error",
    )
    assert "5.7.520" in forwarding.message

    ews.state.rules = []
    [result] = service.push(force=True)
    assert result.forwarding is not None and result.forwarding.ok
    assert ews.rule(RULE_NAME) is not None  # pushed again when asked


def test_when_the_backup_turns_their_reply_on_the_next_one_takes_over(
    service: Boundary, ews: FakeEws, clock: FakeClock
) -> None:
    service.profile.backups.append(Backup("Priya Shah", PRIYA))
    go_away(service, Cover.BOTH)
    service.push()
    ours = ews.rule(RULE_NAME)
    assert ours is not None and ours.addresses("t:Actions/t:RedirectToRecipients") == [SAM]

    ews.state.colleagues[SAM] = ColleagueOof("Out of office until Monday.")
    clock.advance(HOUR + timedelta(minutes=1))
    [result] = service.push()

    assert result.ok and result.forwarding is not None and result.forwarding.ok
    ours = ews.rule(RULE_NAME)
    assert ours is not None and ours.addresses("t:Actions/t:RedirectToRecipients") == [PRIYA]
    assert "Priya Shah" in ews.state.oof.internal and "Sam Lee" not in ews.state.oof.internal
    [news] = service.cover_news()
    assert (news.previous, news.backup) == ("Sam Lee", "Priya Shah")
    [sam, _] = service.backups()
    assert (sam.availability, sam.note, sam.source) == (
        "away",
        "Out of office until Monday.",
        "Work",
    )
