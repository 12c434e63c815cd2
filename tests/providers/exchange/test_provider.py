"""The ``exchange`` provider against a loopback EWS server, through the real exchangelib."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from boundary_app.providers.base import (
    AccountConfig,
    Audience,
    AutoReply,
    NeedsSignIn,
    ProviderContext,
    Rejected,
)
from boundary_app.providers.exchange import ExchangeProvider, owa_link
from boundary_app.providers.secrets import KeyringSecrets
from tests.fakes import FakeClock, MemoryKeyring
from tests.providers.exchange.conftest import EMAIL, PASSWORD, USERNAME, values
from tests.providers.exchange.fake_ews import FakeEws, mail

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
HOUR = timedelta(hours=1)
DAY = timedelta(days=1)


def reply(clock: FakeClock, **change: object) -> AutoReply:
    start = (clock.now + HOUR).astimezone(AMSTERDAM)
    fields: dict[str, object] = {
        "enabled": True,
        "start": start,
        "end": start + 3 * DAY,
        "subject": "Weg tot donderdag ✈",
        "internal": "Hoi,\n\nZoë en 日本語 werken gewoon.\nBel Sam: +31 6 1234 5678.\n\n— Ana",
        "external": 'Hello, "quoted" & <b>kept as typed</b>\n\nÀ bientôt',
        "audience": Audience.CONTACTS,
    }
    fields.update(change)
    return AutoReply(**fields)  # type: ignore[arg-type]


def provider_for(ews: FakeEws, clock: FakeClock, data_dir: Path, **change: str) -> ExchangeProvider:
    secrets = KeyringSecrets()
    settings = ExchangeProvider.configure("Work", values(ews, **change), secrets)
    context = ProviderContext(data_dir=data_dir, clock=clock, timeout=2.0, secrets=secrets)
    return ExchangeProvider(AccountConfig("Work", "exchange", settings), context)


# --- start-up cost ------------------------------------------------------------------------


def test_importing_the_provider_does_not_load_exchangelib() -> None:
    code = (
        "import sys, json; import boundary_app.providers.exchange as m; "
        "heavy = ('exchangelib', 'requests', 'oauthlib', 'lxml'); "
        "print(json.dumps([n for n in heavy if n in sys.modules]))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert json.loads(out) == []
    assert ExchangeProvider.libraries == ("exchangelib", "requests", "oauthlib.oauth2")


# --- setting the account up ---------------------------------------------------------------


def test_settings_go_to_the_profile_and_the_password_to_the_keyring(
    ews: FakeEws, memory_keyring: MemoryKeyring
) -> None:
    settings = ExchangeProvider.configure("Work", values(ews), KeyringSecrets())
    assert settings == {
        "email": EMAIL,
        "ews_url": ews.url,
        "username": USERNAME,
        "auth": "basic",
        "calendar": "on",  # new accounts get the calendar feature
    }
    assert memory_keyring.store == {("boundary", "Work/password"): PASSWORD}


def test_a_bare_server_address_gets_the_ews_path_and_ntlm_is_the_default(
    ews: FakeEws,
) -> None:
    settings = ExchangeProvider.configure(
        "Work", values(ews, ews_url="https://mail.contoso.example", auth=""), KeyringSecrets()
    )
    assert settings["ews_url"] == "https://mail.contoso.example/EWS/Exchange.asmx"
    assert settings["auth"] == "ntlm"


@pytest.mark.parametrize(
    "url",
    [
        "https://outlook.office365.com/EWS/Exchange.asmx",
        "https://outlook.office.com/EWS/Exchange.asmx",
        "https://OUTLOOK.OFFICE365.COM/ews/exchange.asmx",
        "https://eur05.outlook.com/EWS/Exchange.asmx",
    ],
)
def test_an_exchange_online_address_is_refused_with_the_m365_advice(
    ews: FakeEws, memory_keyring: MemoryKeyring, url: str
) -> None:
    with pytest.raises(Rejected) as caught:
        ExchangeProvider.configure("Work", values(ews, ews_url=url), KeyringSecrets())
    words = str(caught.value)
    assert "Exchange Online" in words
    assert "stopped serving EWS" in words
    assert "'m365'" in words
    assert memory_keyring.store == {}  # no password left behind


def test_an_onmicrosoft_address_left_to_autodiscover_is_refused_too(
    ews: FakeEws, memory_keyring: MemoryKeyring
) -> None:
    with pytest.raises(Rejected, match="m365"):
        ExchangeProvider.configure(
            "Work", values(ews, ews_url="", email="ana@contoso.onmicrosoft.com"), KeyringSecrets()
        )
    assert memory_keyring.store == {}


@pytest.mark.parametrize(
    ("change", "words"),
    [
        ({"username": ""}, "User name is needed."),
        ({"password": ""}, "Password or token is needed."),
        (
            {"auth": "kerberos"},
            "Sign-in method must be one of ntlm, basic, oauth2, not 'kerberos'.",
        ),
        ({"ews_url": "mail.contoso.example"}, "EWS address must start with https://"),
    ],
)
def test_what_is_missing_or_wrong_is_said(ews: FakeEws, change: dict[str, str], words: str) -> None:
    with pytest.raises(Rejected, match=words.replace("(", r"\(").replace(")", r"\)")):
        ExchangeProvider.configure("Work", values(ews, **change), KeyringSecrets())


# --- the auto-reply round trip --------------------------------------------------------------


def test_a_scheduled_reply_reads_back_exactly_as_written(
    provider: ExchangeProvider, ews: FakeEws, clock: FakeClock
) -> None:
    assert provider.read_auto_reply() == AutoReply.off()
    wanted = reply(clock)
    provider.write_auto_reply(wanted)

    oof = ews.state.oof
    assert oof.state == "Scheduled"
    assert oof.external_audience == "Known"
    # The server holds UTC, whatever zone the reply was given in.
    assert oof.start == (clock.now + HOUR).strftime("%Y-%m-%dT%H:%M:%S")
    assert oof.end == (clock.now + HOUR + 3 * DAY).strftime("%Y-%m-%dT%H:%M:%S")
    # Escaped HTML: the markup someone typed is text, never live HTML.
    assert "&lt;b&gt;kept as typed&lt;/b&gt;" in oof.external
    assert "<p>Hoi,</p><p>Zoë en 日本語 werken gewoon.<br>" in oof.internal

    back = provider.read_auto_reply()
    assert back.same_as(wanted)
    assert back.start == clock.now + HOUR
    assert back.start is not None and back.start.tzinfo is not None
    assert back.internal == wanted.internal
    assert back.external == wanted.external
    assert back.subject == wanted.subject


@pytest.mark.parametrize(
    ("audience", "on_server"),
    [(Audience.INTERNAL, "None"), (Audience.CONTACTS, "Known"), (Audience.ALL, "All")],
)
def test_each_audience_maps_to_exchange_and_back(
    provider: ExchangeProvider,
    ews: FakeEws,
    clock: FakeClock,
    audience: Audience,
    on_server: str,
) -> None:
    wanted = reply(clock, audience=audience, external="" if audience is Audience.INTERNAL else "Hi")
    provider.write_auto_reply(wanted)
    assert ews.state.oof.external_audience == on_server
    assert provider.read_auto_reply().same_as(wanted)


def test_an_open_ended_reply_is_enabled_without_dates(
    provider: ExchangeProvider, ews: FakeEws, clock: FakeClock
) -> None:
    wanted = reply(clock, start=None, end=None)
    provider.write_auto_reply(wanted)
    assert ews.state.oof.state == "Enabled"
    back = provider.read_auto_reply()
    # Exchange answers with some Duration for an Enabled reply; it means nothing.
    assert (back.start, back.end) == (None, None)
    assert back.same_as(wanted)
    assert provider.test_connection() == "Connected. An auto-reply is set, with no end date."


def test_clearing_disables_the_reply(
    provider: ExchangeProvider, ews: FakeEws, clock: FakeClock
) -> None:
    provider.write_auto_reply(reply(clock))
    provider.clear_auto_reply()
    assert ews.state.oof.state == "Disabled"
    assert provider.read_auto_reply() == AutoReply.off()
    assert provider.test_connection() == "Connected. No auto-reply is set."


@pytest.mark.parametrize("external", ["", " \n "])
def test_without_its_own_external_text_outside_senders_get_the_internal_one(
    provider: ExchangeProvider, ews: FakeEws, clock: FakeClock, external: str
) -> None:
    from boundary_app.providers.html import from_html

    wanted = reply(clock, external=external, audience=Audience.ALL)
    provider.write_auto_reply(wanted)
    assert from_html(ews.state.oof.external) == wanted.internal  # never a blank reply
    back = provider.read_auto_reply()
    assert back.external == wanted.internal
    assert back.same_as(wanted)


def test_a_reply_with_no_text_at_all_is_refused_before_anything_is_sent(
    provider: ExchangeProvider, ews: FakeEws, clock: FakeClock
) -> None:
    with pytest.raises(Rejected, match="no text"):
        provider.write_auto_reply(reply(clock, internal="", external=" "))
    assert ews.state.requests == []


def test_a_reply_changed_in_outlook_on_the_web_reads_as_what_it_says(
    provider: ExchangeProvider, ews: FakeEws, clock: FakeClock
) -> None:
    provider.write_auto_reply(reply(clock))
    # Someone edits the message in Outlook on the web: Exchange keeps its own HTML.
    ews.state.oof.internal = (
        "<html><head><style>p{margin:0}</style></head><body>"
        '<div style="font-family:Calibri">Back on <b>Monday</b> &amp; reading mail.</div>'
        "</body></html>"
    )
    back = provider.read_auto_reply()
    assert back.internal == "Back on Monday & reading mail."
    # Boundary's subject belonged to the reply it wrote, not to this one.
    assert back.subject == ""
    assert not back.same_as(reply(clock))


def test_a_scheduled_reply_that_already_ended_is_refused_before_sending(
    provider: ExchangeProvider, ews: FakeEws, clock: FakeClock
) -> None:
    with pytest.raises(Rejected, match="already passed"):
        provider.write_auto_reply(reply(clock, start=clock.now - 2 * DAY, end=clock.now - DAY))
    assert ews.count("SetUserOofSettings") == 0


# --- signing in -------------------------------------------------------------------------------


def test_an_access_token_signs_in_as_a_bearer(
    clock: FakeClock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with FakeEws(token="eyJ0eXAi.token", mailbox=EMAIL) as ews:
        # A token goes only over https; the loopback fake speaks http.
        with pytest.raises(Rejected, match="must start with https://"):
            provider_for(
                ews, clock, tmp_path, auth="oauth2", password="eyJ0eXAi.token"
            ).test_connection()
        assert ews.state.requests == []
        monkeypatch.setenv("OAUTHLIB_INSECURE_TRANSPORT", "1")  # oauthlib's switch for tests

        secrets = KeyringSecrets()
        settings = ExchangeProvider.configure(
            "Work", values(ews, auth="oauth2", password="eyJ0eXAi.token"), secrets
        )
        context = ProviderContext(data_dir=tmp_path, clock=clock, timeout=2.0, secrets=secrets)
        provider = ExchangeProvider(AccountConfig("Work", "exchange", settings), context)
        assert provider.test_connection() == "Connected. No auto-reply is set."

        secrets.set("Work", "password", "expired.token")
        expired = ExchangeProvider(AccountConfig("Work", "exchange", settings), context)
        with pytest.raises(NeedsSignIn) as caught:
            expired.test_connection()
        assert str(caught.value) == (
            "Exchange did not accept the access token (it may have expired); "
            "enter a new one in Settings → Accounts."
        )
        assert "expired.token" not in str(caught.value)


def test_a_wrong_password_asks_to_sign_in_again_and_never_shows_it(
    provider: ExchangeProvider,
) -> None:
    provider.store_secret("password", "Summer-2026?")
    with pytest.raises(NeedsSignIn) as caught:
        provider.read_auto_reply()
    assert str(caught.value) == (
        "Exchange did not accept the user name and password; enter them again in "
        "Settings → Accounts."
    )
    assert "Summer" not in str(caught.value)


def test_no_stored_password_asks_for_one(provider: ExchangeProvider, ews: FakeEws) -> None:
    provider.context.secrets.delete("Work", "password")
    with pytest.raises(NeedsSignIn, match="No password is stored"):
        provider.read_auto_reply()
    assert ews.state.requests == []


def test_exchanges_own_refusal_is_passed_on_in_its_words(
    ews: FakeEws, clock: FakeClock, tmp_path: Path
) -> None:
    secrets = KeyringSecrets()
    settings = ExchangeProvider.configure(
        "Work", values(ews, email="nobody@contoso.example"), secrets
    )
    context = ProviderContext(data_dir=tmp_path, clock=clock, timeout=2.0, secrets=secrets)
    provider = ExchangeProvider(AccountConfig("Work", "exchange", settings), context)
    with pytest.raises(Rejected) as caught:
        provider.read_auto_reply()
    assert str(caught.value) == (
        "Exchange refused: The SMTP address has no mailbox associated with it."
    )


# --- new mail and forwarding ---------------------------------------------------------------


def test_new_mail_is_listed_newest_first_within_the_limit(
    provider: ExchangeProvider, ews: FakeEws, clock: FakeClock
) -> None:
    since = clock.now - 6 * HOUR
    ews.state.mail = [
        mail("Old news", "old@fabrikam.example", since - HOUR, "Olaf"),
        mail("Contract ✍", "bob@fabrikam.example", since + HOUR, "Bob Büttner"),
        mail("Urgent: invoice", "eve@fabrikam.example", since + 3 * HOUR, "Eve"),
        mail("Lunch?", "sam@contoso.example", since + 2 * HOUR, ""),
    ]
    found = provider.list_mail(since, limit=2)

    assert [m.subject for m in found] == ["Urgent: invoice", "Lunch?"]
    assert found[0].sender == "Eve <eve@fabrikam.example>"
    assert found[1].sender == "sam@contoso.example"
    assert found[0].received == since + 3 * HOUR
    assert found[0].received.tzinfo is not None
    assert found[0].account == "Work"
    assert found[0].link.startswith("https://mail.contoso.example/owa/?ItemID=")
    # The server did the filtering, sorting and bounding, and was asked only for what is shown.
    assert ews.state.find_item_views == [
        {"MaxEntriesReturned": "2", "Offset": "0", "BasePoint": "Beginning"}
    ]
    assert [sorted(p) for p in ews.state.get_item_properties] == [
        [
            "item:DateTimeReceived",
            "item:Subject",
            "item:WebClientReadFormQueryString",
            "message:IsRead",
            "message:Sender",
        ]
    ]
    assert [m.unread for m in found] == [True, True]


def test_no_new_mail_is_an_empty_list(provider: ExchangeProvider, clock: FakeClock) -> None:
    assert provider.list_mail(clock.now - DAY, limit=20) == []


def test_forwarding_sends_the_item_with_the_note_as_the_new_body(
    provider: ExchangeProvider, ews: FakeEws, clock: FakeClock
) -> None:
    ews.state.mail = [mail("Contract ✍", "bob@fabrikam.example", clock.now - HOUR, "Bob")]
    [item] = provider.list_mail(clock.now - DAY, limit=10)
    provider.forward(item.id, "sam@contoso.example", "Sam, could you answer Bob today? Thanks!")

    [sent] = ews.state.forwarded
    assert sent.reference_id == item.id
    assert sent.to == ["sam@contoso.example"]
    assert sent.subject == "FW: Contract ✍"
    assert sent.body == "Sam, could you answer Bob today? Thanks!"


def test_unread_is_what_exchange_says(
    provider: ExchangeProvider, ews: FakeEws, clock: FakeClock
) -> None:
    ews.state.mail = [mail("Read it", "bob@fabrikam.example", clock.now - HOUR, "Bob")]
    ews.state.mail[0].read = True
    assert [m.unread for m in provider.list_mail(clock.now - DAY, limit=10)] == [False]


def test_a_new_message_is_sent_with_a_copy_in_sent_items(
    provider: ExchangeProvider, ews: FakeEws
) -> None:
    assert "send-mail" in provider.capabilities
    provider.send_mail("jo@fabrikam.example", "Your call", "Got your voicemail.\nAna")
    [sent] = ews.state.sent
    assert (sent.subject, sent.to, sent.body) == (
        "Your call",
        ["jo@fabrikam.example"],
        "Got your voicemail.\nAna",
    )
    assert sent.disposition == "SendAndSaveCopy"
    assert sent.saved_in == "sentitems"  # the distinguished Sent Items folder
    with pytest.raises(Rejected, match="not an email address"):
        provider.send_mail("jo@", "s", "t")


def test_forwarding_a_message_that_is_gone_says_so(
    provider: ExchangeProvider, ews: FakeEws
) -> None:
    with pytest.raises(Rejected, match="no longer in the mailbox"):
        provider.forward("AAMkADgone=", "sam@contoso.example", "FYI")
    assert ews.state.forwarded == []


# --- small pieces --------------------------------------------------------------------------


def test_an_owa_link_is_made_only_when_it_can_be() -> None:
    ews_url = "https://mail.contoso.example/EWS/Exchange.asmx"
    assert owa_link("https://mail.contoso.example/owa/?ItemID=X", ews_url) == (
        "https://mail.contoso.example/owa/?ItemID=X"
    )
    assert owa_link("?ItemID=X&exvsurl=1", ews_url) == (
        "https://mail.contoso.example/owa/?ItemID=X&exvsurl=1"
    )
    assert owa_link(None, ews_url) == ""
    assert owa_link("?ItemID=X", "") == ""


def test_a_reply_with_an_end_but_no_start_starts_now_and_reads_back_so(
    provider: ExchangeProvider, ews: FakeEws, clock: FakeClock
) -> None:
    provider.write_auto_reply(reply(clock, start=None))
    assert ews.state.oof.start == clock.now.strftime("%Y-%m-%dT%H:%M:%S")
    back = provider.read_auto_reply()
    assert back.start == clock.now
    assert back.subject == "Weg tot donderdag ✈"
