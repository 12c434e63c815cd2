"""A forward that bounces, on Microsoft 365: while Boundary's rule is on, each pass searches
the inbox (``$search="5.7.520"``, alone, as Graph takes it) and a non-delivery report received
since the rule was made says the forwarding bounced. Against the loopback Graph fake, which
refuses ``$search`` beside ``$filter`` or ``$orderby`` and an unquoted term, as Graph does."""

from __future__ import annotations

import urllib.request
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlencode

import pytest

from boundary_app.core.paths import AppPaths
from boundary_app.core.profile import Account, Backup, save_profile
from boundary_app.core.service import Boundary
from boundary_app.providers.m365 import M365Provider
from boundary_app.providers.registry import ProviderRegistry
from tests.fakes import FakeClock
from tests.providers.bounces import assert_forward_bounced, forward_and_settle, ndr_text
from tests.providers.http import json_answer
from tests.providers.m365.fakes import FakeGraph, Message

MINUTE = timedelta(minutes=1)
SAM = "sam@partner.example"
TOKEN = "raw-access-token"


def z(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def report(received: datetime, status: str = "5.7.520", n: int = 1) -> Message:
    return Message(
        f"AAMkNDR{n}",
        "Undeliverable: A question",
        "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@contoso.com",
        "Microsoft Outlook",
        z(received),
        body=ndr_text("ana@contoso.com", SAM, "A question", status),
    )


def ordinary(received: datetime) -> Message:
    return Message("AAMkQ1", "A question", "customer@elsewhere.test", "Customer", z(received))


def get(graph: FakeGraph, query: dict[str, str]) -> tuple[int, Any]:
    graph.identity.access_tokens.add(TOKEN)
    url = f"{graph.base}/me/mailFolders/inbox/messages?{urlencode(query)}"
    request = urllib.request.Request(url, headers={"Authorization": f"Bearer {TOKEN}"})
    return json_answer(request)


def test_the_newest_report_since_a_moment_is_found_with_one_search(
    signed_in: M365Provider, graph: FakeGraph
) -> None:
    now = signed_in.context.clock()
    graph.messages = [report(now - 2 * MINUTE, n=1), report(now - 9 * MINUTE, n=2)]
    graph.messages += [ordinary(now - MINUTE), report(now - MINUTE, "5.1.1", n=3)]

    assert signed_in.forward_bounced(now - 10 * MINUTE) == now.replace(microsecond=0) - 2 * MINUTE
    assert signed_in.forward_bounced(now - MINUTE) is None  # only the other refusal since

    searches = [r for r in graph.requests if r == ("GET", "/me/mailFolders/inbox/messages")]
    assert len(searches) == 2


def test_graph_refuses_search_beside_filter_or_orderby_and_an_unquoted_term(
    graph: FakeGraph,
) -> None:
    for other in ({"$filter": "receivedDateTime ge 2026-01-01T00:00:00Z"}, {"$orderby": "x"}):
        status, answer = get(graph, {"$search": '"5.7.520"', **other})
        assert status == 400 and answer["error"]["code"] == "ErrorInvalidUrlQuery"
        assert set(answer["error"]) == {"code", "message", "innerError"}
    status, answer = get(graph, {"$search": "5.7.520"})
    assert status == 400 and answer["error"]["code"] == "BadRequest"
    assert answer["error"]["message"].startswith("Syntax error: character '.'")
    status, answer = get(graph, {"$search": '"5.7.520"', "$select": "receivedDateTime"})
    assert (status, answer) == (200, {"value": []})


@pytest.fixture
def service(paths: AppPaths, clock: FakeClock, signed_in: M365Provider) -> Iterator[Boundary]:
    registry = ProviderRegistry.of([M365Provider])
    svc, _ = Boundary.open(paths, clock, timezone="Europe/Amsterdam", registry=registry)
    svc.profile.identity.name = "Ana Silva"
    svc.profile.backups = [Backup("Sam Lee", SAM)]
    svc.profile.accounts = [Account("Work", "m365", dict(signed_in.account.settings))]
    save_profile(svc.profile, paths.profile)
    yield svc
    svc.close()


def test_a_report_after_the_rule_was_made_says_the_forward_bounced_and_an_older_one_not(
    service: Boundary, graph: FakeGraph, clock: FakeClock
) -> None:
    graph.messages = [report(clock.now - 3 * MINUTE, n=1), ordinary(clock.now - MINUTE)]
    forward_and_settle(service, clock)  # the old report is not it

    graph.messages.append(report(clock.now - MINUTE, n=2))
    clock.advance(10 * MINUTE)
    [result] = service.push()

    assert_forward_bounced(service, result, at=clock.now.replace(microsecond=0) - 11 * MINUTE)
