"""The vacation responder against the loopback fake: what is sent, and what reads back."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from boundary_app.providers.base import Audience, AutoReply, Rejected
from boundary_app.providers.html import to_html
from tests.providers.gmail.conftest import MakeProvider
from tests.providers.gmail.fake_google import FakeGoogle

START = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)
END = datetime(2026, 12, 7, 8, 0, tzinfo=UTC)
INTERNAL = "Hi team,\n\nI'm volunteering today. Sam Lee covers <urgent> things & more."
EXTERNAL = (
    "Thank you for your mail.\nI'm out until Monday 7 December; Sam Lee (sam@example.com) helps."
)


def reply(audience: Audience = Audience.ALL, **changes: object) -> AutoReply:
    values: dict[str, object] = {
        "enabled": True,
        "start": START,
        "end": END,
        "subject": "Afwezig – terug op maandag ☀",
        "internal": INTERNAL,
        "external": EXTERNAL,
        "audience": audience,
    }
    values.update(changes)
    return AutoReply(**values)  # type: ignore[arg-type]


def test_the_whole_vacation_object_is_written_with_epoch_millisecond_strings(
    make_provider: MakeProvider, google: FakeGoogle
) -> None:
    # Settings Boundary does not manage (here a future field) survive the full-object update.
    google.vacation = {"enableAutoReply": False, "responseSubject": "old", "futureFlag": True}
    make_provider().write_auto_reply(reply(Audience.CONTACTS))
    assert google.vacation_updates() == [
        {
            "enableAutoReply": True,
            "responseSubject": "Afwezig – terug op maandag ☀",
            "responseBodyPlainText": EXTERNAL,
            "responseBodyHtml": to_html(EXTERNAL),
            "restrictToContacts": True,
            "restrictToDomain": False,
            "startTime": "1796112000000",
            "endTime": "1796630400000",
            "futureFlag": True,
        }
    ]
    assert "&lt;" not in google.vacation["responseBodyHtml"]  # the external text has no markup


@pytest.mark.parametrize("audience", list(Audience))
def test_write_then_read_back_gives_the_same_reply(
    make_provider: MakeProvider, audience: Audience
) -> None:
    provider = make_provider()
    written = reply(audience)
    provider.write_auto_reply(written)
    assert provider.read_auto_reply().same_as(written)


def test_colleagues_only_sends_the_message_for_colleagues_escaped_in_html(
    make_provider: MakeProvider, google: FakeGoogle
) -> None:
    make_provider().write_auto_reply(reply(Audience.INTERNAL))
    sent = google.vacation_updates()[-1]
    assert sent["restrictToDomain"] is True
    assert sent["restrictToContacts"] is False
    assert sent["responseBodyPlainText"] == INTERNAL
    assert "&lt;urgent&gt; things &amp; more" in sent["responseBodyHtml"]


@pytest.mark.parametrize("audience", [Audience.ALL, Audience.CONTACTS])
def test_without_its_own_external_text_outside_senders_get_the_internal_one(
    make_provider: MakeProvider, google: FakeGoogle, audience: Audience
) -> None:
    provider = make_provider()
    wanted = reply(audience, external=" ")
    provider.write_auto_reply(wanted)
    sent = google.vacation_updates()[-1]
    assert sent["responseBodyPlainText"] == INTERNAL  # never a blank reply
    assert sent["responseBodyHtml"] == to_html(INTERNAL)
    assert provider.read_auto_reply().same_as(wanted)


def test_a_reply_with_no_text_at_all_is_refused(
    make_provider: MakeProvider, google: FakeGoogle
) -> None:
    with pytest.raises(Rejected, match="no text"):
        make_provider().write_auto_reply(reply(internal="", external=""))
    assert google.vacation_updates() == []


def test_an_open_ended_reply_has_no_start_or_end(
    make_provider: MakeProvider, google: FakeGoogle
) -> None:
    google.vacation = {"enableAutoReply": True, "startTime": "1", "endTime": "2"}
    provider = make_provider()
    written = reply(start=None, end=None)
    provider.write_auto_reply(written)
    assert "startTime" not in google.vacation
    assert "endTime" not in google.vacation
    assert provider.read_auto_reply().same_as(written)


def test_a_gmail_com_account_says_it_cannot_keep_a_reply_for_colleagues_only(
    make_provider: MakeProvider, google: FakeGoogle
) -> None:
    provider = make_provider(email="ana.silva@gmail.com")
    with pytest.raises(Rejected, match=r"gmail\.com account cannot keep a reply to colleagues"):
        provider.write_auto_reply(reply(Audience.INTERNAL))
    assert google.vacation_updates() == []
    assert "Google Workspace" in provider.test_connection()


def test_google_refusing_a_change_is_said_in_googles_words(
    make_provider: MakeProvider, google: FakeGoogle
) -> None:
    google.workspace = False  # e.g. a Workspace domain whose admin turned this off
    with pytest.raises(Rejected) as caught:
        make_provider().write_auto_reply(reply(Audience.INTERNAL))
    assert str(caught.value) == (
        "Google refused to change the auto-reply: Only Google Workspace users may restrict "
        "auto-replies to the domain."
    )


def test_a_reply_set_in_webmail_reads_as_what_people_receive(
    make_provider: MakeProvider, google: FakeGoogle
) -> None:
    google.vacation = {
        "enableAutoReply": True,
        "responseSubject": "Away",
        "responseBodyHtml": "<div>Back <b>soon</b>.</div><div><br></div><div>Ana</div>",
        "restrictToContacts": False,
        "restrictToDomain": True,
        "endTime": "1796630400000",
    }
    got = make_provider().read_auto_reply()
    assert got == AutoReply(
        enabled=True,
        end=END,
        subject="Away",
        internal=got.internal,
        external=got.internal,
        audience=Audience.INTERNAL,
    )
    assert "Back soon." in got.internal and "Ana" in got.internal


def test_a_reply_changed_in_webmail_after_boundary_wrote_it_is_not_hidden(
    make_provider: MakeProvider, google: FakeGoogle
) -> None:
    provider = make_provider()
    written = reply()
    provider.write_auto_reply(written)
    google.vacation["responseBodyHtml"] = "<p>Changed on my phone.</p>"
    got = provider.read_auto_reply()
    assert not got.same_as(written)
    assert got.external == "Changed on my phone."


def test_clearing_switches_the_reply_off_and_keeps_the_rest(
    make_provider: MakeProvider, google: FakeGoogle
) -> None:
    provider = make_provider()
    provider.write_auto_reply(reply())
    provider.clear_auto_reply()
    assert google.vacation["enableAutoReply"] is False
    assert google.vacation["responseSubject"] == "Afwezig – terug op maandag ☀"
    assert provider.read_auto_reply() == AutoReply.off()
    provider.clear_auto_reply()  # already off: nothing more is written
    assert len(google.vacation_updates()) == 2


def test_check_says_which_permissions_the_sign_in_holds(make_provider: MakeProvider) -> None:
    assert make_provider().test_connection() == (
        "Signed in with permission to: change the auto-reply, read the inbox, send mail. "
        "No auto-reply is set."
    )


def test_times_read_back_to_the_second(make_provider: MakeProvider) -> None:
    provider = make_provider()
    written = reply(start=START + timedelta(microseconds=250_000))
    provider.write_auto_reply(written)
    assert provider.read_auto_reply().start == START + timedelta(microseconds=250_000)
