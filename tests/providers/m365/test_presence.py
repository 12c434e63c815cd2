"""The Teams status of a Microsoft 365 account: a status message while away, Do Not Disturb on
a focus day, cleared on I'm back only while it is Boundary's. Against the loopback Graph fake,
which holds the presence actions' bodies to their published parameters, and a fake clock."""

from __future__ import annotations

import json
import urllib.request
from collections.abc import Iterator
from datetime import datetime, timedelta
from typing import Any

import pytest

from boundary_app.core.paths import AppPaths
from boundary_app.core.profile import Account, Backup, save_profile
from boundary_app.core.schedule import CheckPlan
from boundary_app.core.service import AwayRequest, Boundary
from boundary_app.core.states import Cover
from boundary_app.providers.base import Capability, ChatStatus, Unsupported
from boundary_app.providers.m365 import M365Provider
from boundary_app.providers.registry import ProviderRegistry
from tests.fakes import FakeClock
from tests.providers.http import json_answer
from tests.providers.m365.conftest import MakeProvider, Person
from tests.providers.m365.fakes import FakeGraph, graph_time, utc

HOUR = timedelta(hours=1)
SAM = "sam@contoso.com"
THEIRS = "Working from the Lisbon office this week"


@pytest.fixture
def teams(make_provider: MakeProvider, graph: FakeGraph, clock: FakeClock) -> M365Provider:
    graph.clock = clock
    provider = make_provider(teams_status="on")
    provider.sign_in(Person().interaction())
    return provider


def their_status(graph: FakeGraph, clock: FakeClock) -> None:
    """The person sets a status message in Teams themselves."""
    graph.status_message = graph.kept_message(
        {"message": {"content": THEIRS}, "expiryDateTime": graph_time(clock.now + 48 * HOUR)},
        clock.now,
    )


# --- the provider ------------------------------------------------------------------------------


def test_a_status_message_is_set_with_its_expiry_read_back_and_cleared(
    teams: M365Provider, graph: FakeGraph, clock: FakeClock
) -> None:
    until = clock.now + 50 * HOUR
    status = ChatStatus(True, "Out of office until Monday 14 December", until)

    teams.write_presence(status)

    assert graph.status_message is not None
    assert graph.status_message["message"] == {
        "content": "Out of office until Monday 14 December",
        "contentType": "text",
    }
    assert utc(graph.status_message["expiryDateTime"]) == until.replace(microsecond=0)
    assert graph.preferred is None  # away: Teams shows Out of office by itself, no DND
    assert teams.read_presence().same_as(status)

    teams.clear_presence()
    assert graph.status_message is None
    assert not teams.read_presence().enabled


def test_teams_takes_the_message_away_at_its_end_by_itself(
    teams: M365Provider, graph: FakeGraph, clock: FakeClock
) -> None:
    teams.write_presence(ChatStatus(True, "Out of office", clock.now + HOUR))
    clock.advance(HOUR)
    assert not teams.read_presence().enabled


def test_a_focus_day_sets_do_not_disturb_until_the_days_end(
    teams: M365Provider, graph: FakeGraph, clock: FakeClock
) -> None:
    end = clock.now + 7 * HOUR + timedelta(minutes=30)
    status = ChatStatus(True, "Focus day: I'll answer on Thursday", end, dnd=True)

    teams.write_presence(status)

    assert graph.preferred is not None and graph.preferred[:2] == ("DoNotDisturb", "DoNotDisturb")
    assert (
        "setUserPreferredPresence",
        {
            "availability": "DoNotDisturb",
            "activity": "DoNotDisturb",
            "expirationDuration": "PT7H30M",
        },
    ) in graph.presence_posts
    assert graph.presence()["availability"] == "DoNotDisturb"
    assert teams.read_presence().same_as(status)

    teams.clear_presence()
    assert graph.preferred is None and graph.status_message is None


def test_do_not_disturb_waits_for_teams_and_yields_to_the_persons_choice(
    teams: M365Provider, graph: FakeGraph, clock: FakeClock
) -> None:
    status = ChatStatus(True, "Focus day", clock.now + 8 * HOUR, dnd=True)
    graph.session = None  # Teams is signed in nowhere: Graph shows Offline
    teams.write_presence(status)
    assert graph.presence()["availability"] == "Offline"
    assert teams.read_presence().same_as(status)  # set; it shows once Teams is signed in

    graph.session = ("Available", "Available")
    graph.preferred = ("Available", "Available", clock.now + 8 * HOUR)  # the person, in Teams
    assert not teams.read_presence().dnd
    teams.clear_presence()
    assert graph.preferred is not None  # theirs: not cleared
    assert ("clearUserPreferredPresence", None) not in graph.presence_posts


def test_a_status_the_person_set_in_teams_is_never_cleared(
    teams: M365Provider, graph: FakeGraph, clock: FakeClock
) -> None:
    their_status(graph, clock)
    assert teams.read_presence().message == THEIRS  # read, so first contact can find it
    teams.clear_presence()
    assert graph.status_message is not None

    teams.write_presence(ChatStatus(True, "Out of office", clock.now + HOUR))
    their_status(graph, clock)  # they change it while away
    teams.clear_presence()
    assert graph.status_message["message"]["content"] == THEIRS
    assert [a for a, _ in graph.presence_posts] == ["setStatusMessage"]


def names(provider: M365Provider) -> list[str]:
    """The permissions sign-in asks for (qualified with the fake Graph's host)."""
    return [scope.rsplit("/", 1)[-1] for scope in provider.scopes]


def test_the_feature_asks_for_the_permission_only_when_it_is_on(
    make_provider: MakeProvider,
) -> None:
    on, off = make_provider(teams_status="on"), make_provider(teams_status="off")
    assert "Presence.ReadWrite" in names(on) and "Presence.ReadWrite" not in names(off)
    assert Capability.PRESENCE in M365Provider.account_capabilities(on.account.settings)
    assert Capability.PRESENCE not in M365Provider.account_capabilities(off.account.settings)
    older = make_provider()  # added before the feature existed: its sign-in did not ask
    assert Capability.PRESENCE not in M365Provider.account_capabilities(older.account.settings)
    settings = M365Provider.configure(
        "New", {"email": "ana@contoso.com", "client_id": on.account.settings["client_id"]}, None
    )
    assert settings["teams_status"] == "on"


def test_a_personal_account_has_no_teams_status(
    teams: M365Provider, make_provider: MakeProvider, graph: FakeGraph
) -> None:
    graph.personal = True  # Graph refuses presence for a personal account
    with pytest.raises(Unsupported):
        teams.read_presence()

    outlook = make_provider(email="ana@outlook.com", tenant="common", teams_status="on")
    assert "Presence.ReadWrite" not in names(outlook)
    asked = len(graph.requests)
    with pytest.raises(Unsupported):
        outlook.write_presence(ChatStatus(True, "Away", None))
    assert len(graph.requests) == asked


# --- Graph's refusals, as the fake holds them to the published parameters ---------------------


def post(graph: FakeGraph, action: str, body: Any) -> tuple[int, dict[str, Any]]:
    token = next(iter(graph.identity.access_tokens))
    request = urllib.request.Request(
        f"{graph.base}/me/presence/{action}", data=json.dumps(body).encode(), method="POST"
    )
    request.add_header("Authorization", f"Bearer {token}")
    request.add_header("Content-Type", "application/json")
    return json_answer(request)


MESSAGE = {"content": "Away", "contentType": "text"}


@pytest.mark.parametrize(
    ("action", "body", "code", "words"),
    [
        (
            "setStatusMessage",
            {"statusMessage": {"message": MESSAGE}, "x": 1},
            "BadRequest",
            "parameter 'x' in the request payload is not a valid parameter",
        ),
        (
            "setStatusMessage",
            {"statusMessage": {"message": MESSAGE, "text": "Away"}},
            "RequestBodyRead",
            "property 'text' does not exist on type 'microsoft.graph.presenceStatusMessage'",
        ),
        (
            "setStatusMessage",
            {"statusMessage": {"message": {"content": "<b>Away</b>", "contentType": "html"}}},
            "BadRequest",
            "only supported format",
        ),
        (
            "setStatusMessage",
            {"statusMessage": {"message": MESSAGE, "publishedDateTime": "2026-01-01T00:00:00Z"}},
            "BadRequest",
            "read-only",
        ),
        (
            "setStatusMessage",
            {
                "statusMessage": {
                    "message": MESSAGE,
                    "expiryDateTime": {
                        "dateTime": "2026-01-01T00:00:00",
                        "timeZone": "Mars/Olympus",
                    },
                }
            },
            "TimeZoneNotSupportedException",
            "Mars/Olympus",
        ),
        (
            "setUserPreferredPresence",
            {"availability": "DoNotDisturb", "activity": "Busy"},
            "BadRequest",
            "combination of availability 'DoNotDisturb' and activity 'Busy'",
        ),
        (
            "setUserPreferredPresence",
            {"availability": "Busy", "activity": "Busy", "expirationDuration": "8 hours"},
            "RequestBodyRead",
            "'Edm.Duration'",
        ),
        (
            "setUserPreferredPresence",
            {"activity": "DoNotDisturb"},
            "RequestBodyRead",
            "'availability'",
        ),
        (
            "clearUserPreferredPresence",
            {"sessionId": "x"},
            "BadRequest",
            "not a valid parameter for the operation 'clearUserPreferredPresence'",
        ),
    ],
)
def test_graph_refuses_what_its_documents_do_not_allow(
    teams: M365Provider, graph: FakeGraph, action: str, body: Any, code: str, words: str
) -> None:
    status, answer = post(graph, action, body)
    assert status == 400
    assert answer["error"]["code"] == code and words in answer["error"]["message"]
    assert set(answer["error"]["innerError"]) >= {"date", "request-id", "client-request-id"}
    assert graph.presence_posts == []


# --- through the reconciler ----------------------------------------------------------------


@pytest.fixture
def service(paths: AppPaths, clock: FakeClock, teams: M365Provider) -> Iterator[Boundary]:
    registry = ProviderRegistry.of([M365Provider])
    svc, _ = Boundary.open(paths, clock, timezone="Europe/Amsterdam", registry=registry)
    svc.profile.identity.name = "Ana Silva"
    svc.profile.backups = [Backup("Sam Lee", SAM)]
    svc.profile.accounts = [Account("Work", "m365", dict(teams.account.settings))]
    save_profile(svc.profile, paths.profile)
    yield svc
    svc.close()


def presence_of(results: list[Any]) -> Any:
    [result] = results
    return result.channel("presence")


def test_away_sets_the_status_until_the_end_and_im_back_clears_it(
    service: Boundary, graph: FakeGraph, clock: FakeClock
) -> None:
    until = clock.now + 30 * HOUR
    service.go_away(service.prepare_away(AwayRequest(until=until)))
    channel = presence_of(service.push())

    assert channel.ok and channel.pushed
    assert graph.status_message is not None
    content = graph.status_message["message"]["content"]
    assert content == service.journal.current_away(clock.now).subject.strip()
    assert utc(graph.status_message["expiryDateTime"]) == until.replace(microsecond=0)
    [account] = service.status().accounts
    shown = {c["channel"]: c for c in account.to_json()["channels"]}
    assert shown["presence"]["status"] == "ok"  # what `boundary status --json` carries
    assert shown["presence"]["actual"]["message"] == content

    service.come_back()
    channel = presence_of(service.push())
    assert channel.ok and graph.status_message is None


def test_a_status_changed_in_teams_is_drift_and_stays_after_im_back(
    service: Boundary, graph: FakeGraph, clock: FakeClock
) -> None:
    service.go_away(service.prepare_away(AwayRequest(until=clock.now + 30 * HOUR)))
    service.push()
    their_status(graph, clock)

    clock.advance(HOUR)
    channel = presence_of(service.push())
    assert (channel.status, channel.code) == ("drift", "drift")
    assert graph.status_message["message"]["content"] == THEIRS

    service.come_back()
    presence_of(service.push())
    assert graph.status_message["message"]["content"] == THEIRS


def test_a_focus_day_sets_do_not_disturb_and_the_message_until_the_days_end(
    service: Boundary, graph: FakeGraph, clock: FakeClock
) -> None:
    today = clock.now.astimezone(service.profile.tz)
    service.profile.checks = CheckPlan(
        focus_weekdays=frozenset({today.weekday()}), started=service.profile.checks.started
    )
    save_profile(service.profile, service.paths.profile)
    service.reload_profile()

    channel = presence_of(service.push())

    assert channel.ok and channel.desired.dnd
    midnight = datetime.combine(today.date() + timedelta(days=1), datetime.min.time())
    end = midnight.replace(tzinfo=service.profile.tz)
    assert channel.desired.until == end
    assert graph.preferred is not None and graph.preferred[:2] == ("DoNotDisturb", "DoNotDisturb")
    assert abs((graph.preferred[2] - end).total_seconds()) < 60
    assert graph.status_message is not None
    assert graph.status_message["message"]["content"].startswith("Focus day")


def test_a_failed_push_goes_out_once_after_recovery(
    service: Boundary, graph: FakeGraph, clock: FakeClock
) -> None:
    graph.fail("503:60", "POST")
    service.go_away(service.prepare_away(AwayRequest(until=clock.now + 30 * HOUR)))
    channel = presence_of(service.push())
    assert channel.status == "pending" and graph.status_message is None

    clock.advance(2 * timedelta(minutes=1))
    presence_of(service.push())
    clock.advance(2 * timedelta(minutes=1))
    presence_of(service.push())
    assert graph.status_message is not None
    assert [a for a, _ in graph.presence_posts] == ["setStatusMessage"]


def test_first_contact_finds_the_persons_status_and_leaves_it(
    service: Boundary, graph: FakeGraph, clock: FakeClock
) -> None:
    service.go_away(service.prepare_away(AwayRequest(until=clock.now + 30 * HOUR)))
    service.push()
    service.journal.forget_state([])  # the journal lost what it knew (a new computer)
    channel = presence_of(service.push())
    assert channel.ok and len(graph.presence_posts) == 1  # Boundary's own: nothing to write

    their_status(graph, clock)
    service.journal.forget_state([])
    channel = presence_of(service.push())
    assert channel.status == "found"
    assert graph.status_message["message"]["content"] == THEIRS

    clock.advance(HOUR)
    presence_of(service.push(force=True))
    assert graph.status_message["message"]["content"] == THEIRS


def test_silent_cover_tells_nobody_so_no_status_either(
    service: Boundary, graph: FakeGraph, clock: FakeClock
) -> None:
    request = AwayRequest(until=clock.now + 30 * HOUR, cover=Cover.FORWARD)
    service.go_away(service.prepare_away(request))
    channel = presence_of(service.push())
    assert channel.ok and not channel.desired.enabled and graph.status_message is None
