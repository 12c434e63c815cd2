"""The auto-reply, listing and forwarding through the loopback Graph: what is written reads back."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from boundary_app.providers.base import (
    AccountConfig,
    Audience,
    AutoReply,
    NeedsSignIn,
    Rejected,
)
from boundary_app.providers.m365 import M365Provider
from boundary_app.providers.secrets import KeyringSecrets
from tests.fakes import START
from tests.providers.m365.fakes import CLIENT_ID, FakeGraph, FakeIdentity, Message

AMS = ZoneInfo("Europe/Amsterdam")
INTERNAL = (
    "Bonjour ! I'm away until Monday — ask Zoë Ødegaard <zoe@contoso.com> & co.\n"
    "Urgent: call +31 6 1234 5678.\n\n"
    "Groeten, Ana 🌷"
)
EXTERNAL = "Thank you for your mail. I read it when I'm back on 30 November.\n\n<b>Ana</b>"


def reply(**changes: object) -> AutoReply:
    base = AutoReply(
        enabled=True,
        start=datetime(2026, 11, 25, 9, 0, tzinfo=AMS),
        end=datetime(2026, 11, 30, 9, 0, tzinfo=AMS),
        subject="Out of office: Ana Silva",
        internal=INTERNAL,
        external=EXTERNAL,
        audience=Audience.CONTACTS,
    )
    return AutoReply(**{**base.__dict__, **changes})  # type: ignore[arg-type]


def test_a_scheduled_reply_is_sent_in_utc_and_reads_back_exactly(
    signed_in: M365Provider, graph: FakeGraph
) -> None:
    wanted = reply()
    signed_in.write_auto_reply(wanted)
    sent = graph.patches[-1]
    assert sent["status"] == "scheduled"
    assert sent["scheduledStartDateTime"] == {"dateTime": "2026-11-25T08:00:00", "timeZone": "UTC"}
    assert sent["scheduledEndDateTime"] == {"dateTime": "2026-11-30T08:00:00", "timeZone": "UTC"}
    assert sent["externalAudience"] == "contactsOnly"
    assert sent["externalReplyMessage"].endswith("<p>&lt;b&gt;Ana&lt;/b&gt;</p>")  # escaped
    assert "Zoë Ødegaard &lt;zoe@contoso.com&gt; &amp; co.<br>" in sent["internalReplyMessage"]
    back = signed_in.read_auto_reply()
    assert back.same_as(wanted)
    assert back.start == datetime(2026, 11, 25, 8, 0, tzinfo=UTC)
    assert (back.internal, back.external, back.subject) == (INTERNAL, EXTERNAL, wanted.subject)


@pytest.mark.parametrize(
    ("audience", "graph_value"),
    [(Audience.ALL, "all"), (Audience.CONTACTS, "contactsOnly"), (Audience.INTERNAL, "none")],
)
def test_each_audience_round_trips(
    signed_in: M365Provider, graph: FakeGraph, audience: Audience, graph_value: str
) -> None:
    signed_in.write_auto_reply(reply(audience=audience))
    assert graph.setting["externalAudience"] == graph_value
    assert signed_in.read_auto_reply().audience is audience


def test_an_open_ended_reply_is_always_enabled(signed_in: M365Provider, graph: FakeGraph) -> None:
    wanted = reply(start=None, end=None)
    signed_in.write_auto_reply(wanted)
    assert graph.patches[-1]["status"] == "alwaysEnabled"
    assert "scheduledStartDateTime" not in graph.patches[-1]
    assert signed_in.read_auto_reply().same_as(wanted)


def test_a_reply_with_only_an_end_starts_now(signed_in: M365Provider, graph: FakeGraph) -> None:
    signed_in.write_auto_reply(reply(start=None))
    assert graph.patches[-1]["scheduledStartDateTime"]["dateTime"] == "2026-11-24T08:00:00"
    assert signed_in.read_auto_reply().start == START


def test_clearing_switches_the_reply_off(signed_in: M365Provider, graph: FakeGraph) -> None:
    signed_in.write_auto_reply(reply())
    signed_in.clear_auto_reply()
    assert graph.patches[-1] == {"status": "disabled"}
    assert signed_in.read_auto_reply() == AutoReply.off()
    assert signed_in.test_connection() == "Connected. No auto-reply is set."


def test_values_are_compared_without_regard_to_case(
    signed_in: M365Provider, graph: FakeGraph
) -> None:
    graph.setting.update(
        status="AlwaysEnabled",
        externalAudience="ContactsOnly",
        internalReplyMessage="<html><body><div>Away.<br>Back soon.</div></body></html>",
        externalReplyMessage="",
    )
    got = signed_in.read_auto_reply()
    assert (got.enabled, got.start, got.audience) == (True, None, Audience.CONTACTS)
    assert got.internal == "Away.\nBack soon."
    assert signed_in.test_connection() == "Connected. An auto-reply is set, with no end date."


def test_a_reply_changed_in_webmail_reads_back_as_what_it_says_now(
    signed_in: M365Provider, graph: FakeGraph
) -> None:
    signed_in.write_auto_reply(reply())
    graph.setting["internalReplyMessage"] = "<p>Changed in Outlook on the web.</p>"
    got = signed_in.read_auto_reply()
    assert got.internal == "Changed in Outlook on the web."
    assert got.subject == ""  # no longer the reply Boundary wrote
    assert not got.same_as(reply())


def test_a_time_in_a_windows_time_zone_is_understood(
    signed_in: M365Provider, graph: FakeGraph
) -> None:
    graph.setting.update(
        status="scheduled",
        scheduledStartDateTime={
            "dateTime": "2026-11-25T09:00:00.0000000",
            "timeZone": "W. Europe Standard Time",
        },
        scheduledEndDateTime={"dateTime": "2026-11-30T09:00:00", "timeZone": "Europe/Amsterdam"},
    )
    got = signed_in.read_auto_reply()
    assert (got.start, got.end) == (
        datetime(2026, 11, 25, 8, 0, tzinfo=UTC),
        datetime(2026, 11, 30, 8, 0, tzinfo=UTC),
    )
    assert (
        signed_in.test_connection()
        == "Connected. An auto-reply is set until 2026-11-30 08:00+00:00."
    )


@pytest.mark.parametrize(
    "zone", ["Customized Time Zone", "Tzone://Microsoft/Custom", "Mars Standard Time"]
)
def test_a_time_in_a_zone_graph_made_up_reads_as_utc(
    signed_in: M365Provider, graph: FakeGraph, zone: str
) -> None:
    graph.setting.update(
        status="scheduled",
        scheduledStartDateTime={"dateTime": "2026-11-25T08:00:00.0000000", "timeZone": zone},
        scheduledEndDateTime={"dateTime": "2026-11-30T08:00:00.0000000", "timeZone": zone},
    )
    got = signed_in.read_auto_reply()  # not "unreachable": the reply is there
    assert (got.enabled, got.start, got.end) == (
        True,
        datetime(2026, 11, 25, 8, 0, tzinfo=UTC),
        datetime(2026, 11, 30, 8, 0, tzinfo=UTC),
    )


def test_an_offset_graph_gives_with_the_time_is_honoured(
    signed_in: M365Provider, graph: FakeGraph
) -> None:
    graph.setting.update(
        status="scheduled",
        scheduledStartDateTime={
            "dateTime": "2026-11-25T09:00:00.0000000+01:00",
            "timeZone": "Customized Time Zone",
        },
        scheduledEndDateTime={
            "dateTime": "2026-11-30T08:00:00Z",
            "timeZone": "Customized Time Zone",
        },
    )
    got = signed_in.read_auto_reply()
    assert (got.start, got.end) == (
        datetime(2026, 11, 25, 8, 0, tzinfo=UTC),
        datetime(2026, 11, 30, 8, 0, tzinfo=UTC),
    )


@pytest.mark.parametrize("hours", [0, -24])
def test_an_end_at_or_before_the_start_is_refused_before_anything_is_sent(
    signed_in: M365Provider, graph: FakeGraph, hours: int
) -> None:
    start = datetime(2026, 11, 25, 9, 0, tzinfo=AMS)
    sent = len(graph.requests)
    with pytest.raises(Rejected) as caught:
        signed_in.write_auto_reply(reply(start=start, end=start + timedelta(hours=hours)))
    assert str(caught.value) == "The end of the away period must come after its start."
    assert len(graph.requests) == sent  # refused here, not by Microsoft 365
    assert graph.patches == []


@pytest.mark.parametrize("external", ["", "   "])
def test_without_its_own_external_text_outside_senders_get_the_internal_one(
    signed_in: M365Provider, graph: FakeGraph, external: str
) -> None:
    wanted = reply(external=external, audience=Audience.ALL)
    signed_in.write_auto_reply(wanted)
    sent = graph.patches[-1]
    assert sent["externalReplyMessage"] == sent["internalReplyMessage"]  # never "<p></p>"
    back = signed_in.read_auto_reply()
    assert back.external == INTERNAL
    assert back.same_as(wanted)


def test_a_reply_with_no_text_at_all_is_refused(signed_in: M365Provider, graph: FakeGraph) -> None:
    with pytest.raises(Rejected, match="no text"):
        signed_in.write_auto_reply(reply(internal="", external=""))
    assert graph.patches == []


def test_the_server_s_reason_is_given_when_it_refuses(
    signed_in: M365Provider, graph: FakeGraph
) -> None:
    graph.fail("400", "PATCH")
    with pytest.raises(Rejected) as caught:
        signed_in.write_auto_reply(reply())
    assert str(caught.value) == (
        "Microsoft 365 refused this: The end time must be after the start time."
    )
    graph.fail("403")
    with pytest.raises(Rejected, match="Access is denied"):
        signed_in.read_auto_reply()


# --- mail ----------------------------------------------------------------------------------


def inbox(graph: FakeGraph, count: int) -> None:
    graph.messages = [
        Message(f"AAMk{n}=", f"Question {n}", f"c{n}@fabrikam.com", f"Client {n}", stamp)
        for n in range(count)
        for stamp in [(START + timedelta(minutes=10 * n)).strftime("%Y-%m-%dT%H:%M:%SZ")]
    ]


def test_new_mail_is_listed_newest_first_across_pages_up_to_the_limit(
    signed_in: M365Provider, graph: FakeGraph
) -> None:
    inbox(graph, 9)
    found = signed_in.list_mail(START + timedelta(minutes=5), limit=7)
    assert [m.subject for m in found] == [f"Question {n}" for n in (8, 7, 6, 5, 4, 3, 2)]
    assert found[0].sender == "Client 8 <c8@fabrikam.com>"
    assert found[0].received == START + timedelta(minutes=80)
    assert found[0].link.startswith("https://outlook.office365.com/owa/?ItemID=AAMk8%3D") or (
        found[0].link.startswith("https://outlook.office365.com/owa/?ItemID=AAMk8=")
    )
    assert found[0].account == "Work"
    pages = [r for r in graph.requests if r[1] == "/me/mailFolders/inbox/messages"]
    assert len(pages) == 3  # 3 + 3 + 1: the next links were followed, and no further


def test_listing_since_a_time_gives_only_what_came_later(
    signed_in: M365Provider, graph: FakeGraph
) -> None:
    inbox(graph, 4)
    since = datetime(2026, 11, 24, 9, 20, tzinfo=AMS)  # 08:20 UTC
    assert [m.id for m in signed_in.list_mail(since, limit=50)] == ["AAMk3="]


def test_forwarding_sends_the_note_to_the_backup(signed_in: M365Provider, graph: FakeGraph) -> None:
    inbox(graph, 2)
    signed_in.forward("AAMk1=", "sam@contoso.com", "Sam, could you take this one? — Ana")
    assert graph.forwarded == [
        (
            "AAMk1=",
            {
                "comment": "Sam, could you take this one? — Ana",
                "toRecipients": [{"emailAddress": {"address": "sam@contoso.com"}}],
            },
        )
    ]
    with pytest.raises(Rejected) as caught:
        signed_in.forward("gone", "sam@contoso.com", "")
    assert str(caught.value) == (
        "Microsoft 365 refused this: The specified object was not found in the store."
    )


def test_whether_a_message_is_unread_is_read_from_graph(
    signed_in: M365Provider, graph: FakeGraph
) -> None:
    inbox(graph, 2)
    graph.messages[0].read = True
    found = signed_in.list_mail(START - timedelta(minutes=5), limit=10)
    assert [(m.id, m.unread) for m in found] == [("AAMk1=", True), ("AAMk0=", False)]


def test_a_message_is_sent_as_text_and_kept_in_sent_items(
    signed_in: M365Provider, graph: FakeGraph
) -> None:
    assert "send-mail" in signed_in.capabilities
    signed_in.send_mail("jo@fabrikam.com", "Your call", "Got your voicemail.\nAna")
    assert graph.sent == [
        {
            "message": {
                "subject": "Your call",
                "body": {"contentType": "Text", "content": "Got your voicemail.\nAna"},
                "toRecipients": [{"emailAddress": {"address": "jo@fabrikam.com"}}],
            },
            "saveToSentItems": True,
        }
    ]
    with pytest.raises(Rejected, match="not an email address"):
        signed_in.send_mail("jo@", "s", "t")


# --- tokens --------------------------------------------------------------------------------


def test_an_expired_access_token_is_refreshed_once_and_the_call_goes_through(
    signed_in: M365Provider, graph: FakeGraph, identity: FakeIdentity
) -> None:
    identity.revoke_access()  # Graph now answers 401 to the token MSAL still has
    assert signed_in.read_auto_reply() == AutoReply.off()
    assert identity.grants[-1] == "refresh_token"
    assert [r for r in graph.requests if r[0] == "GET"] == [("GET", "/me/mailboxSettings")] * 2


def test_a_refresh_token_that_no_longer_works_asks_for_a_sign_in(
    signed_in: M365Provider, graph: FakeGraph, identity: FakeIdentity
) -> None:
    identity.revoke_all()
    with pytest.raises(NeedsSignIn) as caught:
        signed_in.read_auto_reply()
    assert str(caught.value) == (
        "The Microsoft 365 sign-in for ana@contoso.com has expired; sign in again."
    )


# --- setting an account up -----------------------------------------------------------------


def test_configure_checks_the_client_id_and_keeps_no_secret() -> None:
    values = {"email": "ana@contoso.com", "client_id": CLIENT_ID}
    settings = M365Provider.configure("Work", values, KeyringSecrets())
    assert settings == {
        "email": "ana@contoso.com",
        "calendar": "on",  # new accounts get the calendar feature
        "client_id": CLIENT_ID,
        "tenant": "organizations",
        "graph_url": "https://graph.microsoft.com/v1.0",
        "teams_status": "on",  # a new account has the Teams status on
    }
    with pytest.raises(Rejected, match="must look like 00000000-0000"):
        M365Provider.configure("Work", {**values, "client_id": "my-app"}, KeyringSecrets())
    with pytest.raises(Rejected, match="Sign-in address must start with https://"):
        M365Provider.configure(
            "Work", {**values, "authority_url": "http://login.example"}, KeyringSecrets()
        )


def test_national_clouds_ask_for_permissions_on_their_own_graph(tmp_path: object) -> None:
    from pathlib import Path

    from boundary_app.providers.base import ProviderContext

    context = ProviderContext(data_dir=Path(str(tmp_path)), clock=lambda: START)
    us = M365Provider(
        AccountConfig("Gov", "m365", {"graph_url": "https://graph.microsoft.us/v1.0"}), context
    )
    world = M365Provider(AccountConfig("Work", "m365", {}), context)
    assert us.scopes[0] == "https://graph.microsoft.us/MailboxSettings.ReadWrite"
    assert world.scopes == ["MailboxSettings.ReadWrite", "Mail.ReadBasic", "Mail.Send"]
