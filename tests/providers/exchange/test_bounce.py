"""A forward that bounces, on Exchange: while Boundary's inbox rule is on, each pass asks
the inbox with one FindItem (DateTimeReceived at or after the rule's start, the body
containing 5.7.520) through the real exchangelib; a non-delivery report received since says
the forwarding bounced. The EWS fake holds the restriction to the published schema."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from boundary_app.core.service import Boundary
from boundary_app.providers.exchange import ExchangeProvider
from tests.fakes import FakeClock
from tests.providers.bounces import assert_forward_bounced, forward_and_settle, ndr_text
from tests.providers.exchange.conftest import EMAIL
from tests.providers.exchange.fake_ews import FakeEws, Mail
from tests.providers.exchange.test_schema import ENUM, post, refusal

MINUTE = timedelta(minutes=1)
SAM = "sam@contoso.example"


def report(received: datetime, status: str = "5.7.520", n: int = 1) -> Mail:
    return Mail(
        f"AAMkNDR{n}=",
        "Undeliverable: A question",
        "Microsoft Outlook",
        "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@contoso.example",
        received,
        body=ndr_text(EMAIL, SAM, "A question", status),
    )


def ordinary(received: datetime) -> Mail:
    return Mail("AAMkQ1=", "About 5.7.520", "Customer", "customer@elsewhere.test", received)


def test_the_newest_report_since_a_moment_is_found_with_one_find_item(
    provider: ExchangeProvider, ews: FakeEws, clock: FakeClock
) -> None:
    now = clock.now
    ews.state.mail = [report(now - 2 * MINUTE, n=1), report(now - 9 * MINUTE, n=2)]
    ews.state.mail += [ordinary(now - MINUTE), report(now - MINUTE, "5.1.1", n=3)]
    before = ews.count("FindItem")

    assert provider.forward_bounced(now - 10 * MINUTE) == now - 2 * MINUTE
    assert provider.forward_bounced(now - MINUTE) is None  # a subject is not a body

    assert ews.count("FindItem") - before == 2
    assert ews.state.find_item_properties[-1] == ["item:DateTimeReceived"]
    assert ews.state.find_item_views[-1]["MaxEntriesReturned"] == "1"


def test_a_restriction_outside_the_schema_is_refused(ews: FakeEws) -> None:
    status, answer = post(
        ews,
        '<m:FindItem Traversal="Shallow"><m:ItemShape><t:BaseShape>IdOnly</t:BaseShape>'
        "</m:ItemShape><m:Restriction>"
        '<t:Contains ContainmentMode="Anywhere" ContainmentComparison="Exact">'
        '<t:FieldURI FieldURI="item:Body"/><t:Constant Value="5.7.520"/></t:Contains>'
        '</m:Restriction><m:ParentFolderIds><t:DistinguishedFolderId Id="inbox"/>'
        "</m:ParentFolderIds></m:FindItem>",
    )
    assert "'Anywhere'" in refusal(status, answer) and ENUM in refusal(status, answer)
    status, answer = post(
        ews,
        '<m:FindItem Traversal="Shallow"><m:ItemShape><t:BaseShape>IdOnly</t:BaseShape>'
        "</m:ItemShape><m:Restriction><t:Contains>"
        '<t:Constant Value="5.7.520"/><t:FieldURI FieldURI="item:Body"/></t:Contains>'
        '</m:Restriction><m:ParentFolderIds><t:DistinguishedFolderId Id="inbox"/>'
        "</m:ParentFolderIds></m:FindItem>",
    )
    assert "Constant" in refusal(status, answer)  # the path comes first


def test_a_report_after_the_rule_was_set_says_the_forward_bounced_and_an_older_one_not(
    service: Boundary, ews: FakeEws, clock: FakeClock
) -> None:
    ews.state.mail = [report(clock.now - 3 * MINUTE, n=1)]
    forward_and_settle(service, clock)

    ews.state.mail.append(report(clock.now - MINUTE, n=2))
    clock.advance(10 * MINUTE)
    [result] = service.push()

    assert_forward_bounced(service, result, at=(clock.now - 11 * MINUTE).astimezone(UTC))
