"""The Google Chat status of a Workspace account: a custom status while away, Do Not Disturb
and the status on a focus day, cleared on I'm back only while it is Boundary's. Through
google-api-python-client and the bundled chat.v1 discovery document, against the loopback
fake (bodies held to that document's schemas), with a fake clock."""

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
from boundary_app.providers.base import (
    Capability,
    ChatStatus,
    NeedsSignIn,
    Rejected,
    Unsupported,
)
from boundary_app.providers.gmail import GmailProvider
from boundary_app.providers.gmail_chat import SCOPE
from boundary_app.providers.registry import ProviderRegistry
from tests.fakes import FakeClock
from tests.providers.gmail.conftest import MakeProvider, token_json
from tests.providers.gmail.fake_google import ALL_SCOPES, FakeGoogle, Fault, moment
from tests.providers.http import json_answer

HOUR = timedelta(hours=1)
THEIRS = "Working from the Lisbon office this week"


def chat_token(google: FakeGoogle) -> dict[str, Any]:
    """A token that holds the Chat scope besides the mail ones."""
    return token_json(google, scopes=[*ALL_SCOPES, SCOPE])


@pytest.fixture
def chat(make_provider: MakeProvider, google: FakeGoogle, gmail_clock: FakeClock) -> GmailProvider:
    google.clock = gmail_clock
    return make_provider(chat_status="on", token=chat_token(google))


def shown_until(google: FakeGoogle) -> datetime:
    assert google.custom_status is not None
    return moment({"dateTime": google.custom_status["expireTime"]})


def their_status(google: FakeGoogle, clock: FakeClock) -> None:
    """The person sets a status in Google Chat themselves."""
    end = (clock.now + 48 * HOUR).strftime("%Y-%m-%dT%H:%M:%SZ")
    google.custom_status = {"text": THEIRS, "emoji": {"unicode": "🏢"}, "expireTime": end}


def chat_calls(google: FakeGoogle) -> list[tuple[str, str]]:
    """The changes Boundary asked of Chat: (method, action)."""
    return [
        (s.method, s.path.rpartition("availability")[2])
        for s in google.requests(contains="/v1/users/me/availability")
        if s.method != "GET"
    ]


# --- the provider ------------------------------------------------------------------------------


def test_a_custom_status_is_set_with_its_expiry_read_back_and_cleared(
    chat: GmailProvider, google: FakeGoogle, gmail_clock: FakeClock
) -> None:
    until = gmail_clock.now + 50 * HOUR
    status = ChatStatus(True, "Out of office until Monday 14 December", until)

    chat.write_presence(status)

    assert google.custom_status is not None
    assert google.custom_status["text"] == "Out of office until Monday 14 December"
    assert google.custom_status["emoji"] == {"unicode": "🚪"}
    assert shown_until(google) == until
    assert google.dnd_until is None  # away: no Do Not Disturb
    assert chat.read_presence().same_as(status)

    chat.clear_presence()
    assert google.custom_status is None
    assert not chat.read_presence().enabled


def test_a_long_line_is_cut_to_googles_64_characters_and_still_reads_as_set(
    chat: GmailProvider, google: FakeGoogle, gmail_clock: FakeClock
) -> None:
    line = "Out of office until Monday 14 December — Sam Lee (sam@example.com) covers urgent mail"
    status = ChatStatus(True, line, gmail_clock.now + HOUR)

    chat.write_presence(status)

    assert google.custom_status is not None
    shown = google.custom_status["text"]
    assert len(shown) == 64 and shown.endswith("…") and line.startswith(shown[:-1])
    assert chat.read_presence().same_as(status)  # no drift for what Google cannot hold


def test_chat_takes_the_status_away_at_its_end_by_itself(
    chat: GmailProvider, google: FakeGoogle, gmail_clock: FakeClock
) -> None:
    chat.write_presence(ChatStatus(True, "Out of office", gmail_clock.now + HOUR))
    gmail_clock.advance(HOUR)
    assert not chat.read_presence().enabled


def test_a_focus_day_sets_do_not_disturb_and_the_status_until_the_days_end(
    chat: GmailProvider, google: FakeGoogle, gmail_clock: FakeClock
) -> None:
    end = gmail_clock.now + 15 * HOUR
    status = ChatStatus(True, "Focus day: I'll answer on Wednesday", end, dnd=True)

    chat.write_presence(status)

    assert google.dnd_until == end
    assert google.custom_status is not None and google.custom_status["emoji"] == {"unicode": "🔕"}
    assert google.availability()["state"] == "DO_NOT_DISTURB"
    assert chat.read_presence().same_as(status)

    chat.clear_presence()  # I'm back during the focus day
    assert google.custom_status is None and google.dnd_until is None
    set_, cleared = [("PATCH", ""), ("POST", ":markAsDoNotDisturb")], [("PATCH", "")]
    assert chat_calls(google) == [*set_, *cleared, ("POST", ":markAsActive")]


def test_a_status_and_do_not_disturb_the_person_set_are_never_cleared(
    chat: GmailProvider, google: FakeGoogle, gmail_clock: FakeClock
) -> None:
    their_status(google, gmail_clock)
    assert chat.read_presence().message == THEIRS  # read, so first contact can find it
    chat.clear_presence()
    assert google.custom_status is not None

    chat.write_presence(ChatStatus(True, "Focus day", gmail_clock.now + 8 * HOUR, dnd=True))
    their_status(google, gmail_clock)  # they change it during the day,
    google.dnd_until = gmail_clock.now + 2 * HOUR  # and choose their own Do Not Disturb
    assert not chat.read_presence().dnd
    chat.clear_presence()
    assert google.custom_status["text"] == THEIRS
    assert google.dnd_until == gmail_clock.now + 2 * HOUR
    assert chat_calls(google) == [("PATCH", ""), ("POST", ":markAsDoNotDisturb")]


def test_the_feature_asks_for_the_scope_only_when_on(
    make_provider: MakeProvider, google: FakeGoogle
) -> None:
    on = make_provider(chat_status="on", token=chat_token(google))
    off = make_provider("Side")  # off unless turned on
    assert SCOPE in on.scopes and SCOPE not in off.scopes
    assert Capability.PRESENCE in GmailProvider.account_capabilities(on.account.settings)
    assert Capability.PRESENCE not in GmailProvider.account_capabilities(off.account.settings)
    with pytest.raises(Rejected, match="turned off"):
        off.read_presence()
    # Signed in before the feature was on: the token lacks the scope, so sign in again.
    older = make_provider("Old", token=token_json(google), chat_status="on")
    with pytest.raises(NeedsSignIn, match="Google Chat"):
        older.write_presence(ChatStatus(True, "Away", None))
    assert google.requests(contains="/v1/users/") == []


def test_a_gmail_com_account_has_no_chat_status(
    make_provider: MakeProvider, google: FakeGoogle
) -> None:
    consumer = make_provider(email="ana@gmail.com", chat_status="on", token=chat_token(google))
    with pytest.raises(Unsupported) as refused:
        consumer.write_presence(ChatStatus(True, "Away", None))
    assert refused.value.args[0].parts[0][0] == "chat-workspace-only"
    with pytest.raises(Unsupported):
        consumer.read_presence()
    assert google.requests(contains="/v1/users/") == []


# --- Google's refusals, as the fake holds them to chat.v1.json --------------------------------


def send(google: FakeGoogle, method: str, target: str, body: Any) -> tuple[int, dict[str, Any]]:
    request = urllib.request.Request(
        f"{google.url}v1/users/me/availability{target}",
        data=json.dumps(body).encode(),
        method=method,
    )
    request.add_header("Authorization", "Bearer access-0")
    request.add_header("Content-Type", "application/json")
    return json_answer(request)


DOOR = {"unicode": "🚪"}
PATCH = ("PATCH", "?updateMask=custom_status")
DND = ("POST", ":markAsDoNotDisturb")


@pytest.mark.parametrize(
    ("call", "body", "words"),
    [
        (PATCH, {"customStatus": {"text": "Away", "emoji": DOOR}, "mood": 1}, '"mood"'),
        (PATCH, {"customStatus": {"text": "Away", "emoji": {"shortcode": ":door:"}}}, "shortcode"),
        (PATCH, {"state": "BUSY"}, "Invalid value at 'availability.state' (TYPE_ENUM)"),
        (PATCH, {"customStatus": {"text": "x" * 65, "emoji": DOOR}}, "at most 64"),
        (PATCH, {"customStatus": {"text": "Away"}}, "emoji is required"),
        (PATCH, {"customStatus": {"emoji": DOOR}}, "text is required"),
        (
            PATCH,
            {"customStatus": {"text": "Away", "emoji": DOOR, "expireTime": "Monday"}},
            "google.protobuf.Timestamp",
        ),
        (
            ("PATCH", "?updateMask=state"),
            {"customStatus": {"text": "Away", "emoji": DOOR}},
            "Only custom_status",
        ),
        (DND, {"until": "2026-11-25T00:00:00Z"}, 'Unknown name "until"'),
        (DND, {}, "expiration"),
        (DND, {"expireTime": "2026-11-25T00:00:00Z", "ttl": "60s"}, "Only one of"),
        (DND, {"expireTime": "2028-01-01T00:00:00Z"}, "one year"),
        (("POST", ":markAsAway"), {}, "Not Found"),
    ],
)
def test_google_refuses_what_its_document_does_not_allow(
    chat: GmailProvider,
    google: FakeGoogle,
    call: tuple[str, str],
    body: dict[str, Any],
    words: str,
) -> None:
    status, answer = send(google, *call, body)

    assert status in (400, 404)
    error = answer["error"]
    assert words in error["message"]
    assert error["code"] == status and error["errors"][0]["reason"] and error["status"]
    assert google.custom_status is None and google.dnd_until is None


def test_a_refusal_reaches_the_person_in_googles_words(
    chat: GmailProvider, google: FakeGoogle, gmail_clock: FakeClock
) -> None:
    google.faults.append(
        Fault(
            "/v1/users/me/availability",
            status=404,
            body=json.dumps(
                {
                    "error": {
                        "code": 404,
                        "message": "Google Chat app not found. To create a Chat app, you must "
                        "turn on the Chat API and configure the app in the Google Cloud console.",
                        "status": "NOT_FOUND",
                    }
                }
            ).encode(),
        )
    )
    with pytest.raises(Rejected, match="turn on the Chat API"):
        chat.write_presence(ChatStatus(True, "Away", gmail_clock.now + HOUR))


# --- through the reconciler ----------------------------------------------------------------


@pytest.fixture
def service(paths: AppPaths, gmail_clock: FakeClock, chat: GmailProvider) -> Iterator[Boundary]:
    registry = ProviderRegistry.of([GmailProvider])
    svc, _ = Boundary.open(paths, gmail_clock, timezone="Europe/Amsterdam", registry=registry)
    svc.profile.identity.name = "Ana Silva"
    svc.profile.backups = [Backup("Sam Lee", "sam@example.com")]
    svc.profile.accounts = [Account("Work", "gmail", dict(chat.account.settings))]
    save_profile(svc.profile, paths.profile)
    yield svc
    svc.close()


def presence_of(results: list[Any]) -> Any:
    [result] = results
    return result.channel("presence")


def test_away_sets_the_status_until_the_end_and_im_back_clears_it(
    service: Boundary, google: FakeGoogle, gmail_clock: FakeClock
) -> None:
    until = gmail_clock.now + 30 * HOUR
    service.go_away(service.prepare_away(AwayRequest(until=until)))
    channel = presence_of(service.push())

    assert channel.ok and channel.pushed
    assert google.custom_status is not None
    assert shown_until(google) == until.replace(microsecond=0)
    [account] = service.status().accounts
    shown = {c["channel"]: c for c in account.to_json()["channels"]}
    assert shown["presence"]["status"] == "ok"  # what `boundary status --json` carries

    service.come_back()
    channel = presence_of(service.push())
    assert channel.ok and google.custom_status is None


def test_a_focus_day_sets_do_not_disturb_until_the_days_end(
    service: Boundary, google: FakeGoogle, gmail_clock: FakeClock
) -> None:
    today = gmail_clock.now.astimezone(service.profile.tz)
    service.profile.checks = CheckPlan(
        focus_weekdays=frozenset({today.weekday()}), started=service.profile.checks.started
    )
    save_profile(service.profile, service.paths.profile)
    service.reload_profile()

    channel = presence_of(service.push())

    assert channel.ok and channel.desired.dnd
    midnight = datetime.combine(today.date() + timedelta(days=1), datetime.min.time())
    end = midnight.replace(tzinfo=service.profile.tz)
    assert google.dnd_until == end
    assert google.custom_status is not None
    assert google.custom_status["text"].startswith("Focus day")
    assert shown_until(google) == end


def test_a_status_changed_in_chat_is_drift_and_stays_after_im_back(
    service: Boundary, google: FakeGoogle, gmail_clock: FakeClock
) -> None:
    service.go_away(service.prepare_away(AwayRequest(until=gmail_clock.now + 30 * HOUR)))
    service.push()
    their_status(google, gmail_clock)

    gmail_clock.advance(HOUR)
    channel = presence_of(service.push())
    assert (channel.status, channel.code) == ("drift", "drift")

    service.come_back()
    presence_of(service.push())
    assert google.custom_status is not None and google.custom_status["text"] == THEIRS


def test_a_failed_push_goes_out_once_after_recovery(
    service: Boundary, google: FakeGoogle, gmail_clock: FakeClock
) -> None:
    service.go_away(service.prepare_away(AwayRequest(until=gmail_clock.now + 30 * HOUR)))
    google.faults.append(Fault("/v1/users/me/availability", status=503, times=5))

    pending = presence_of(service.push())
    assert pending.status == "pending" and google.custom_status is None
    google.faults.clear()
    gmail_clock.now = pending.next_retry
    assert presence_of(service.push()).ok
    presence_of(service.push())
    gmail_clock.advance(HOUR)
    presence_of(service.push())
    assert google.custom_status is not None
    assert chat_calls(google) == [("PATCH", "")]


def test_first_contact_finds_the_persons_status_and_leaves_it(
    service: Boundary, google: FakeGoogle, gmail_clock: FakeClock
) -> None:
    service.go_away(service.prepare_away(AwayRequest(until=gmail_clock.now + 30 * HOUR)))
    service.push()
    service.journal.forget_state([])  # the journal lost what it knew (a new computer)
    channel = presence_of(service.push())
    assert channel.ok and len(chat_calls(google)) == 1  # Boundary's own: nothing to write

    their_status(google, gmail_clock)
    service.journal.forget_state([])
    channel = presence_of(service.push())
    assert channel.status == "found"
    assert google.custom_status["text"] == THEIRS

    gmail_clock.advance(HOUR)
    presence_of(service.push(force=True))
    assert google.custom_status["text"] == THEIRS
    assert len(chat_calls(google)) == 1
