"""Input the service refuses with one sentence and a code, recording nothing (issue 14, point 5).

Every front end goes through ``prepare_away``, so the Go-away dialog refuses what the
``boundary`` command refuses.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any, ClassVar

import pytest

from boundary_app.core.journal import ReplyPeriod
from boundary_app.core.paths import AppPaths
from boundary_app.core.profile import Account, save_profile
from boundary_app.core.service import AwayRequest, Boundary, InputError, Refusal
from boundary_app.providers.base import Capability
from boundary_app.providers.local import LocalProvider
from boundary_app.providers.registry import ProviderRegistry
from tests.fakes import FakeClock, MemoryProvider

DAY = timedelta(days=1)


class ListOnlyProvider(MemoryProvider):
    """An account kind that lists mail but holds no auto-reply."""

    kind = "list-only"
    capabilities: ClassVar[frozenset[Capability]] = frozenset({Capability.LIST_MAIL})


def away(service: Boundary, **request: Any) -> ReplyPeriod:
    request.setdefault("until", service.clock() + 2 * DAY)
    return service.prepare_away(AwayRequest(**request))


def refused(service: Boundary, **request: Any) -> InputError:
    with pytest.raises(InputError) as caught:
        away(service, **request)
    assert "\n" not in str(caught.value)
    assert service.journal.current_away(service.clock()) is None
    return caught.value


# --- dates --------------------------------------------------------------------------------


def years_ahead(now: datetime, years: int) -> datetime:
    return now.replace(year=now.year + years)


@pytest.mark.parametrize(
    "until",
    [
        lambda now: datetime(9999, 1, 1, 9, 0, tzinfo=UTC),
        lambda now: now + 999_999 * DAY,  # "in 999999 days"
        lambda now: years_ahead(now, 2) + timedelta(minutes=1),
    ],
    ids=["year-9999", "999999-days", "a-minute-past-two-years"],
)
def test_an_end_more_than_two_years_ahead_is_refused(service: Boundary, until: Any) -> None:
    now = service.clock()
    error = refused(service, until=until(now))
    assert error.code == Refusal.END_TOO_FAR
    assert "more than 2 years ahead" in str(error)
    assert "Friday 24 November 2028 at 09:00" in str(error)  # the latest it takes
    assert "no end date" in str(error)
    assert error.values["latest"] == years_ahead(now, 2)


def test_an_end_exactly_two_years_ahead_and_no_end_are_taken(service: Boundary) -> None:
    now = service.clock()
    assert away(service, until=years_ahead(now, 2)).until == years_ahead(now, 2)
    assert away(service, until=None).until is None


def test_a_start_more_than_two_years_ahead_is_refused_even_with_no_end(service: Boundary) -> None:
    start = datetime(9999, 6, 1, tzinfo=service.profile.tz)
    error = refused(service, start=start, until=None)
    assert error.code == Refusal.START_TOO_FAR
    assert str(error) == (
        "The start (Tuesday 1 June 9999) is more than 2 years ahead; "
        "the latest Boundary takes is Friday 24 November 2028 at 09:00."
    )


def test_two_years_from_29_february_ends_on_28_february() -> None:
    from boundary_app.core.timeutil import latest_end

    leap = datetime(2028, 2, 29, 12, 0, tzinfo=UTC)
    assert latest_end(leap) == datetime(2030, 2, 28, 12, 0, tzinfo=UTC)


# --- texts --------------------------------------------------------------------------------


def test_a_subject_over_250_characters_is_refused(service: Boundary) -> None:
    assert away(service, subject="s" * 250).subject == "s" * 250
    error = refused(service, subject="s" * 251)
    assert error.code == "subject-too-long"
    assert str(error) == (
        "The subject is 251 characters long; the most Boundary sets is 250. Please shorten it."
    )


@pytest.mark.parametrize(
    ("request_", "label"),
    [
        ({"subject": "Away \x1b[31mnow"}, "subject"),
        ({"internal": "Ring\x07 me"}, "message for colleagues"),
        ({"external": "Back soon\x00"}, "message for everyone else"),
        ({"reason": "with\x1b[2J family"}, "message for colleagues"),
        ({"external": "C1 \x9b control"}, "message for everyone else"),
    ],
    ids=["esc-subject", "bel-internal", "nul-external", "esc-reason", "c1-csi"],
)
def test_control_characters_are_refused_in_every_text(
    service: Boundary, request_: dict[str, str], label: str
) -> None:
    error = refused(service, **request_)
    assert error.code == "control-character"
    assert str(error).startswith(f"The {label} holds a control character (U+00")
    assert not any(c in str(error) for c in "\x00\x07\x1b\r\x9b")


def test_tabs_and_line_breaks_are_text(service: Boundary) -> None:
    period = away(service, internal="Hi,\r\n\tI am away.\nSam covers.", subject="Away\tnow")
    assert "\tI am away." in period.internal
    assert period.subject == "Away\tnow"


def test_an_external_text_with_control_characters_is_refused_even_when_not_sent(
    service: Boundary,
) -> None:
    from boundary_app.providers.base import Audience

    error = refused(service, external="\x1b]0;pwned\x07", audience=Audience.INTERNAL)
    assert error.code == "control-character"


# --- languages ----------------------------------------------------------------------------


def test_no_language_is_refused_rather_than_read_as_the_default(service: Boundary) -> None:
    assert refused(service, languages=[]).code == Refusal.NO_LANGUAGE


def test_more_than_two_languages_are_refused(service: Boundary) -> None:
    error = refused(service, languages=["en", "nl", "id"])
    assert error.code == Refusal.TOO_MANY_LANGUAGES
    assert str(error) == "A reply can be in two languages at most, not 3 (en, nl, id)."
    assert away(service, languages=["nl", "en"]).subject.count(" / ") == 1


# --- accounts -----------------------------------------------------------------------------


@pytest.fixture
def kinds() -> ProviderRegistry:
    return ProviderRegistry.of([LocalProvider, MemoryProvider, ListOnlyProvider])


def open_with(paths: AppPaths, clock: FakeClock, registry: ProviderRegistry) -> Boundary:
    service, _ = Boundary.open(paths, clock, timezone="Europe/Amsterdam", registry=registry)
    return service


@pytest.mark.parametrize(
    "accounts",
    [
        [],
        [Account("Mail", "list-only")],
        [Account("Corp", "exchange-plugin")],  # a kind that is not installed
    ],
    ids=["no-account", "none-can-reply", "kind-not-installed"],
)
def test_away_with_no_account_that_can_take_a_reply_says_nothing_was_set(
    paths: AppPaths, clock: FakeClock, kinds: ProviderRegistry, accounts: list[Account]
) -> None:
    service = open_with(paths, clock, kinds)
    service.profile.accounts = accounts
    save_profile(service.profile, paths.profile)
    try:
        error = refused(service)
        assert error.code == Refusal.NO_ACCOUNT
        assert "nothing was set" in str(error)
    finally:
        service.close()


def test_naming_an_account_that_cannot_take_a_reply_is_refused(
    paths: AppPaths, clock: FakeClock, kinds: ProviderRegistry
) -> None:
    service = open_with(paths, clock, kinds)
    service.profile.accounts += [Account("Mail", "list-only"), Account("Work", "memory")]
    try:
        error = refused(service, accounts=["mail"])
        assert error.code == Refusal.CANNOT_REPLY
        assert str(error) == "Mail cannot take an auto-reply, so nothing was set."
        assert away(service, accounts=["Work"]).accounts == ("Work",)
        assert away(service).accounts == ()  # every account that can take it
    finally:
        service.close()


# --- the profile --------------------------------------------------------------------------

IMAP_ACCOUNT = """
[[accounts]]
name = "Work"
kind = "imap"
email = "ana@example.com"
username = "ana"
security = "ssl"
imap_host = "mail.example.com"
imap_port = {port}
"""


def profile_text(**tables: str) -> str:
    text = 'schema_version = 2\n\n[identity]\nname = "Ana Silva"\ntimezone = "UTC"\n'
    return text + "".join(tables.values())


@pytest.mark.parametrize(
    ("table", "where", "char"),
    [
        ('\n[templates.en.vacation]\ninternal = "Hi,\\u0000 I am away."\n', 8, "U+0000"),
        ('\n[[backups]]\nname = "Sam\\u001b[31m Lee"\nemail = "sam@example.com"\n', 8, "U+001B"),
        ('\n[templates.nl.focus]\nsubject = "Focus\\u0007"\n', 8, "U+0007"),
    ],
    ids=["nul-in-a-template", "esc-in-a-backup", "bel-in-a-subject"],
)
def test_a_control_character_in_the_profile_is_a_profile_error_with_its_line(
    table: str, where: int, char: str
) -> None:
    from boundary_app.core.profile import ProfileInvalid, parse_profile

    with pytest.raises(ProfileInvalid) as caught:
        parse_profile(profile_text(extra=table))
    assert caught.value.line == where
    assert str(caught.value).startswith(f"line {where}: ")
    assert f"holds a control character ({char})" in str(caught.value)


@pytest.mark.parametrize(
    ("port", "words"),
    [
        ('"abc"', "IMAP port must be a port number (1–65535), not 'abc'."),
        ("70000", "IMAP port must be a port number (1–65535), not '70000'."),
        ("true", "IMAP port should be a number, not True."),
    ],
)
def test_a_hand_edited_imap_port_is_a_profile_error_with_its_line(port: str, words: str) -> None:
    from boundary_app.core.profile import ProfileInvalid, parse_profile

    with pytest.raises(ProfileInvalid) as caught:
        parse_profile(profile_text(account=IMAP_ACCOUNT.format(port=port)))
    assert str(caught.value) == f"line 14: accounts[1].imap_port (Work) cannot be used: {words}"


def test_a_port_written_as_digits_still_reads() -> None:
    from boundary_app.core.profile import parse_profile

    profile = parse_profile(profile_text(account=IMAP_ACCOUNT.format(port='"1993"')))
    assert profile.accounts[0].settings["imap_port"] == "1993"


def test_a_host_with_a_line_break_is_a_profile_error() -> None:
    from boundary_app.core.profile import ProfileInvalid, parse_profile

    text = profile_text(account=IMAP_ACCOUNT.format(port=993)).replace(
        '"mail.example.com"', '"mail.example.com\\r\\nX-Evil: 1"'
    )
    with pytest.raises(ProfileInvalid, match=r"line 13: accounts\[1\]\.imap_host \(Work\)"):
        parse_profile(text)


def test_the_app_keeps_its_settings_when_a_port_is_edited_into_words(service: Boundary) -> None:
    service.profile.accounts.append(
        Account("Work", "imap", {"email": "ana@example.com", "imap_host": "mail.example.com"})
    )
    save_profile(service.profile, service.paths.profile)
    assert service.reload_profile() is None
    text = service.paths.profile.read_text("utf-8")
    service.paths.profile.write_text(
        text.replace(
            'imap_host = "mail.example.com"\n',
            'imap_host = "mail.example.com"\nimap_port = "abc"\n',
        ),
        "utf-8",
    )

    notice = service.reload_profile()

    assert notice is not None
    assert "accounts[2].imap_port (Work) cannot be used" in notice and "line " in notice
    assert service.profile.account("Work").settings == {  # type: ignore[union-attr]
        "email": "ana@example.com",
        "imap_host": "mail.example.com",
    }


def test_a_profile_that_would_not_read_back_is_never_written(service: Boundary) -> None:
    from boundary_app.core.profile import ProfileError, TemplateText

    before = service.paths.profile.read_bytes()
    service.profile.templates = {"en": {"vacation": TemplateText(internal="Hi\x00there")}}

    with pytest.raises(ProfileError, match=r"templates\.en\.vacation\.internal holds a control"):
        service.save_profile(service.profile)
    assert service.paths.profile.read_bytes() == before


# --- mail from strangers ------------------------------------------------------------------


def test_a_strangers_subject_and_sender_come_back_on_one_line(two_accounts: Boundary) -> None:
    from boundary_app.core.mail import gather_mail
    from boundary_app.providers.base import MailSummary
    from tests.fakes import START

    MemoryProvider.mail = [
        MailSummary(
            "1",
            "Eve\r\nBcc: all@example.com <eve@example.org>",
            "Invoice\r\n\x1b[2J\x07overdue\u2028now\tpay",
            START - timedelta(minutes=5),
        )
    ]

    batch = gather_mail(two_accounts, START - DAY)

    (message,) = batch.messages
    assert message.sender == "Eve Bcc: all@example.com <eve@example.org>"
    assert message.subject == "Invoice [2J overdue now pay"
