"""Cover on Microsoft 365: a message rule that redirects to the backup, and mail tips.

Graph's rules have no dates, so the app makes the rule when the period starts and deletes it
when it ends (the fake clock moves between them). Against the loopback Graph fake, which holds
rule bodies to the published messageRule type.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import timedelta
from urllib.parse import quote

import pytest

from boundary_app.core.paths import AppPaths
from boundary_app.core.profile import Account, Backup, save_profile
from boundary_app.core.service import AwayRequest, Boundary
from boundary_app.core.states import Cover
from boundary_app.providers.base import NOT_FORWARDED_HEADERS, ForwardRule
from boundary_app.providers.m365 import RULE_NAME, M365Provider
from boundary_app.providers.registry import ProviderRegistry
from tests.fakes import FakeClock
from tests.providers.m365.fakes import FakeGraph, FakeIdentity, graph_time

HOUR = timedelta(hours=1)
SAM = "sam@contoso.com"
PRIYA = "priya@contoso.com"

THEIRS = {
    "displayName": "Newsletters to a folder",
    "sequence": 1,
    "conditions": {"subjectContains": ["Newsletter"]},
    "actions": {"moveToFolder": "AAMkAGI2newsletters", "stopProcessingRules": True},
}


def test_the_rule_is_set_read_back_and_cleared_and_the_persons_rules_stay(
    signed_in: M365Provider, graph: FakeGraph
) -> None:
    theirs = graph.add_rule(dict(THEIRS))

    signed_in.write_forward(ForwardRule(True, SAM))

    assert signed_in.read_forward() == ForwardRule(True, SAM)
    ours = graph.rule(RULE_NAME)
    assert ours is not None
    assert ours["actions"]["redirectTo"] == [{"emailAddress": {"address": SAM}}]
    assert ours["exceptions"]["fromAddresses"] == [{"emailAddress": {"address": SAM}}]
    assert ours["exceptions"]["headerContains"] == list(NOT_FORWARDED_HEADERS)
    assert ours["exceptions"]["isAutomaticReply"] is True

    signed_in.write_forward(ForwardRule(True, PRIYA))  # updated, not a second rule
    assert signed_in.read_forward().to == PRIYA
    assert [r["displayName"] for r in graph.rules].count(RULE_NAME) == 1

    signed_in.clear_forward()
    assert not signed_in.read_forward().enabled
    assert graph.rules == [theirs]
    deleted = f"/me/mailFolders/inbox/messageRules/{quote(ours['id'], safe='')}"
    assert ("DELETE", deleted) in graph.requests


def test_the_mail_tips_say_who_is_away(signed_in: M365Provider, graph: FakeGraph) -> None:
    graph.colleagues[SAM] = {
        "message": "<div><p>Hi, I am on vacation right now.<br></p></div>",
        "messageLanguage": {"locale": "en-US", "displayName": "English (United States)"},
        "scheduledStartTime": graph_time(signed_in.context.clock() - HOUR),
        "scheduledEndTime": graph_time(signed_in.context.clock() + 48 * HOUR),
    }

    answers = signed_in.colleagues_away([SAM, PRIYA])

    assert answers[SAM].away and answers[SAM].message == "Hi, I am on vacation right now."
    assert answers[SAM].end is not None
    assert not answers[PRIYA].away
    assert graph.tips_asked == [
        {"EmailAddresses": [SAM, PRIYA], "MailTipsOptions": "automaticReplies"}
    ]


@pytest.fixture
def service(paths: AppPaths, clock: FakeClock, signed_in: M365Provider) -> Iterator[Boundary]:
    registry = ProviderRegistry.of([M365Provider])
    svc, _ = Boundary.open(paths, clock, timezone="Europe/Amsterdam", registry=registry)
    svc.profile.identity.name = "Ana Silva"
    svc.profile.backups = [Backup("Sam Lee", SAM), Backup("Priya Shah", PRIYA)]
    svc.profile.accounts = [Account("Work", "m365", dict(signed_in.account.settings))]
    save_profile(svc.profile, paths.profile)
    yield svc
    svc.close()


def test_the_app_switches_the_rule_at_the_periods_edges_and_says_when_it_errs(
    service: Boundary, graph: FakeGraph, clock: FakeClock
) -> None:
    start, until = clock.now + HOUR, clock.now + 5 * HOUR
    request = AwayRequest(until=until, start=start, cover=Cover.FORWARD)
    service.go_away(service.prepare_away(request))
    [result] = service.push()
    assert graph.rule(RULE_NAME) is None  # not yet: Graph's rules have no dates
    assert result.forwarding is not None and result.forwarding.ok

    clock.now = start
    [result] = service.push()
    ours = graph.rule(RULE_NAME)
    assert ours is not None and ours["actions"]["redirectTo"][0]["emailAddress"]["address"] == SAM
    assert graph.setting["status"] == "disabled"  # silent: no auto-reply

    ours["hasError"] = True  # e.g. a policy that blocks forwarding outside the organisation
    clock.advance(20 * timedelta(minutes=1))
    [result] = service.push()
    forwarding = result.forwarding
    assert forwarding is not None and (forwarding.status, forwarding.code) == (
        "failed",
        "rule-error",
    )
    assert service.status().health == "failed"

    clock.now = until
    [result] = service.push()
    assert graph.rule(RULE_NAME) is None
    assert result.forwarding is not None and result.forwarding.ok


def test_when_the_backup_turns_their_reply_on_the_rule_and_reply_move_on(
    service: Boundary, graph: FakeGraph, clock: FakeClock
) -> None:
    service.go_away(service.prepare_away(AwayRequest(until=clock.now + 9 * HOUR, cover=Cover.BOTH)))
    service.push()
    assert graph.rule(RULE_NAME) is not None
    graph.colleagues[SAM] = {"message": "<p>Out sick.</p>"}

    clock.advance(HOUR + timedelta(minutes=1))
    [result] = service.push()

    ours = graph.rule(RULE_NAME)
    assert ours is not None and ours["actions"]["redirectTo"][0]["emailAddress"]["address"] == PRIYA
    assert "Priya Shah" in graph.setting["internalReplyMessage"]
    assert "Sam Lee" not in graph.setting["internalReplyMessage"]
    assert result.ok and result.forwarding is not None and result.forwarding.ok
    assert [n.backup for n in service.cover_news()] == ["Priya Shah"]


def test_mail_read_is_asked_only_once_cover_asks_mail_tips(
    make_provider: Callable[..., M365Provider], identity: FakeIdentity, graph: FakeGraph
) -> None:
    from tests.providers.m365.conftest import Person

    provider = make_provider()
    provider.sign_in(Person().interaction())
    provider.read_auto_reply()
    # Signing in and setting the reply never ask to read mail.
    assert identity.scopes_asked and all("Mail.Read " not in s + " " for s in identity.scopes_asked)
    assert not provider.tips_wanted

    asked = len(identity.scopes_asked)
    provider.colleagues_away([SAM])  # the person uses cover: the backups' availability
    assert provider.tips_wanted
    assert any("Mail.Read " in s + " " for s in identity.scopes_asked[asked:])
    assert graph.tips_asked == [{"EmailAddresses": [SAM], "MailTipsOptions": "automaticReplies"}]
    # The reply's own calls go on with the scopes they always had.
    provider.read_auto_reply()
    # A later sign-in of the account asks for it with the rest, so it is consented to.
    again = make_provider()
    assert [s for s in again.sign_in_scopes if s.endswith("/Mail.Read")]
    assert not [s for s in again.scopes if s.endswith("/Mail.Read")]
    asked = len(identity.scopes_asked)
    again.sign_in(Person().interaction())
    assert "Mail.Read " in identity.scopes_asked[asked] + " "
