"""The service both front ends drive: requests checked in words, status without the network."""

from __future__ import annotations

import copy
import threading
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

import pytest

from boundary_app.core.instance import InstanceLock, WriterBusy, WriterLock
from boundary_app.core.journal import ReplyPeriod
from boundary_app.core.paths import AppPaths
from boundary_app.core.profile import Account, ProfileReadOnly, load_profile, save_profile
from boundary_app.core.reconciler import desired_reply
from boundary_app.core.service import AccountDraft, AwayRequest, Boundary, FoundError, InputError
from boundary_app.providers.base import (
    Audience,
    AutoReply,
    Capability,
    NeedsSignIn,
    Rejected,
    Unreachable,
)
from boundary_app.providers.local import LocalProvider
from boundary_app.providers.registry import ProviderRegistry
from boundary_app.providers.secrets import KeyringUnavailable
from tests.fakes import FakeClock, GuardedProvider, MemoryKeyring, MemoryProvider, PlainProvider

LOCAL = "This computer"
HOUR = timedelta(hours=1)
DAY = timedelta(days=1)


def away_request(service: Boundary, **request: Any) -> ReplyPeriod:
    request.setdefault("until", service.clock() + 2 * DAY)
    return service.prepare_away(AwayRequest(**request))


def statuses(service: Boundary) -> dict[str, tuple[str, str]]:
    return {a.account: (a.status, a.message) for a in service.status().accounts}


# --- requests a person can get wrong ------------------------------------------------------


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (
            lambda now: AwayRequest(until=now + DAY, start=now + 2 * DAY),
            ["Wednesday 25 November at 09:00", "must come after", "Thursday 26 November"],
        ),
        (
            lambda now: AwayRequest(until=now + DAY, start=now + DAY),
            ["must come after the start"],
        ),
        (lambda now: AwayRequest(until=now - HOUR), ["Tuesday 24 November at 08:00", "past"]),
        (lambda now: AwayRequest(until=now), ["is in the past"]),
        (
            lambda now: AwayRequest(until=now + DAY, template="beach"),
            ["'beach'", "vacation, volunteering"],
        ),
        (
            lambda now: AwayRequest(until=now + DAY, backups=["Sam", "Robin"]),
            ["'Robin'", "Sam Lee, Alex Kim"],
        ),
        (
            lambda now: AwayRequest(until=now + DAY, accounts=["Work", "Home"]),
            ["'Home'", "This computer, Work, Side"],
        ),
        (
            lambda now: AwayRequest(until=now + DAY, internal="  \n "),
            ["message for colleagues is empty"],
        ),
        (
            lambda now: AwayRequest(until=now + DAY, external="x" * 100_000),
            ["message for everyone else", "100,000 characters", "10,000"],
        ),
        (
            lambda now: AwayRequest(until=now + DAY, internal="y" * 100_000),
            ["message for colleagues", "100,000 characters"],
        ),
    ],
    ids=[
        "until-before-from",
        "until-equals-from",
        "until-in-the-past",
        "until-now",
        "unknown-template",
        "unknown-backup",
        "unknown-account",
        "empty-message",
        "100-kB-external",
        "100-kB-internal",
    ],
)
def test_prepare_away_explains_what_is_wrong(
    two_accounts: Boundary, make: Callable[[datetime], AwayRequest], words: list[str]
) -> None:
    with pytest.raises(InputError) as caught:
        two_accounts.prepare_away(make(two_accounts.clock()))

    for word in words:
        assert word in str(caught.value)
    assert two_accounts.journal.current_away(two_accounts.clock()) is None


def test_an_unknown_backup_with_an_empty_roster_says_how_to_add_one(service: Boundary) -> None:
    service.profile.backups = []
    with pytest.raises(InputError, match=r"'Sam'.*add them in Settings"):
        away_request(service, backups=["Sam"])


def test_the_external_message_is_checked_only_where_someone_outside_gets_it(
    two_accounts: Boundary,
) -> None:
    huge = "x" * 100_000
    # The local account keeps the reply to colleagues: the external text is never sent.
    period = away_request(two_accounts, external=huge, audience=Audience.INTERNAL, accounts=[LOCAL])
    assert period.audience is Audience.INTERNAL
    # Work cannot narrow the audience, so everyone would get the external text there.
    with pytest.raises(InputError, match="message for everyone else"):
        away_request(two_accounts, external=huge, audience=Audience.INTERNAL, accounts=["Work"])


def test_markup_in_a_message_is_kept_as_text(two_accounts: Boundary) -> None:
    script = "<script>alert('hi')</script> & <b>bold</b>"
    period = two_accounts.go_away(
        away_request(two_accounts, internal=f"{script}\nBack {{return}}.", external=script)
    )

    assert period.internal == f"{script}\nBack Thursday 26 November at 09:00."
    stored = two_accounts.journal.current_away(two_accounts.clock())
    assert stored is not None and stored.external == script
    two_accounts.push()
    assert MemoryProvider.server["Work"].internal.startswith(script)
    assert MemoryProvider.server["Work"].external == script


# --- backups, templates, accounts ---------------------------------------------------------


@pytest.mark.parametrize(
    ("asked", "chosen", "phrase"),
    [
        (None, ("Sam Lee",), "please contact Sam Lee (sam@example.com, +31 6 1234 5678)"),
        (["alex"], ("Alex Kim",), "please contact Alex Kim (alex@example.com)."),
        (["alex@example.com"], ("Alex Kim",), "please contact Alex Kim"),
        (
            ["Alex", "sam lee", "ALEX"],
            ("Alex Kim", "Sam Lee"),
            "Alex Kim (alex@example.com) or, if Alex is unavailable, Sam Lee",
        ),
        ([], (), None),
    ],
    ids=["default-is-first", "first-name", "email", "order-kept-once-each", "nobody"],
)
def test_backups_chosen_for_the_message(
    service: Boundary, asked: list[str] | None, chosen: tuple[str, ...], phrase: str | None
) -> None:
    period = away_request(service, backups=asked)

    assert period.backups == chosen
    for text in (period.internal, period.external):
        if phrase is None:
            assert "contact" not in text
        else:
            assert phrase in text
        for name in {"Sam Lee", "Alex Kim"} - set(chosen):
            assert name not in text


def test_the_template_and_the_name_come_from_the_profile(service: Boundary) -> None:
    service.profile.preferences.template = "client"
    period = away_request(service)
    assert period.template == "client"
    assert period.subject == "With a client until Thursday 26 November at 09:00"
    assert "I'm spending the day with a client." in period.internal
    assert period.internal.endswith("Ana Silva")

    quiet = away_request(service, template="volunteering", reason="")
    assert "charity" not in quiet.internal
    assert quiet.template == "volunteering"


def test_an_open_ended_period_says_further_notice(service: Boundary) -> None:
    period = away_request(service, until=None)
    assert period.until is None
    assert period.subject == "Out of office until further notice"


def test_accounts_are_named_case_insensitively(two_accounts: Boundary) -> None:
    assert away_request(two_accounts, accounts=["work", "SIDE"]).accounts == ("Work", "Side")
    assert away_request(two_accounts).accounts == ()


# --- what people outside read; changing a period ---------------------------------------------


def test_people_outside_can_get_their_own_subject_and_reason(two_accounts: Boundary) -> None:
    period = away_request(
        two_accounts,
        template="volunteering",
        reason="I'm helping at the food bank.",
        external_reason="I'm volunteering.",
        external_subject="Out of office until {return}",
    )
    assert period.subject == "Volunteering until Thursday 26 November at 09:00"
    assert period.external_subject == "Out of office until Thursday 26 November at 09:00"
    assert "food bank" in period.internal and "food bank" not in period.external
    assert "I'm volunteering." in period.external

    two_accounts.go_away(period)
    results = {r.account: r for r in two_accounts.push()}
    # This computer keeps a subject per audience; Work and Side hold one, the outsiders'.
    local = results[LOCAL].actual
    assert local is not None
    assert (local.subject, local.external_subject) == (period.subject, period.external_subject)
    for name in ("Work", "Side"):
        assert MemoryProvider.server[name].subject == period.external_subject
        assert MemoryProvider.server[name].external_subject == ""
    assert all(r.status == "ok" for r in two_accounts.push())  # and they read back as wanted


def test_one_subject_unless_asked_and_colleagues_only_keeps_theirs(two_accounts: Boundary) -> None:
    same = away_request(two_accounts, external_subject="Out of office until {return}")
    assert same.external_subject == ""  # the template's subject is that already
    assert away_request(two_accounts, external_subject="").external_subject == ""
    nobody = away_request(two_accounts, template="volunteering", external_reason="")
    assert "charity" in nobody.internal and "charity" not in nobody.external

    # Where one subject goes to everyone, it is the outsiders'; colleagues' only when nobody
    # outside gets a reply.
    both = away_request(two_accounts, external_subject="Away")
    one = frozenset({Capability.AUTO_REPLY, Capability.AUDIENCE_INTERNAL})
    now = two_accounts.clock()
    folded = desired_reply(both, "Work", one, now)
    assert (folded.subject, folded.external_subject) == ("Away", "")
    inside = desired_reply(replace(both, audience=Audience.INTERNAL), "Work", one, now)
    assert inside.subject.startswith("Out of office until") and inside.external_subject == ""
    two = one | {Capability.SUBJECT_PER_AUDIENCE}
    kept = desired_reply(both, "Work", two, now)
    assert (kept.subject, kept.external_subject) == (both.subject, "Away")


def test_a_subject_for_everyone_else_is_checked_like_the_subject(two_accounts: Boundary) -> None:
    with pytest.raises(InputError, match="subject is 251 characters") as caught:
        away_request(two_accounts, external_subject="x" * 251)
    assert caught.value.code == "subject-too-long"
    with pytest.raises(InputError, match="control character") as caught:
        away_request(two_accounts, external_subject="Away\x1b[31m")
    assert caught.value.code == "control-character"


def test_what_was_asked_is_kept_with_the_period_to_change_it_later(
    two_accounts: Boundary,
) -> None:
    asked = AwayRequest(
        until=two_accounts.clock() + 2 * DAY,
        template="volunteering",
        backups=("Alex Kim",),
        reason="Food bank",
        external_reason="",
        subject="Helping out until {return}",
        internal="Hi,\n{reason}\n{backups}",
        external="Hello,\n{reason}\n{backups}",
        audience=Audience.CONTACTS,
        accounts=("Work",),
        languages=("en", "nl"),
        external_subject="Away until {return}",
    )
    recorded = two_accounts.go_away(two_accounts.prepare_away(asked))
    stored = two_accounts.journal.current_away(two_accounts.clock())
    assert stored is not None and stored.id == recorded.id
    again = two_accounts.request_of(stored)
    assert again == AwayRequest(**{**asked.__dict__, "start": two_accounts.clock()})
    kept = ReplyPeriod(stored.start, stored.until, "kept", "s", "i", "e", Audience.ALL)
    assert two_accounts.request_of(kept) is None  # a reply kept as found: no form behind it


def test_changing_the_current_period_writes_only_where_the_reply_differs(
    two_accounts: Boundary, clock: FakeClock
) -> None:
    asked = AwayRequest(until=clock() + 2 * DAY, reason="Moving house")
    two_accounts.go_away(two_accounts.prepare_away(asked))
    assert all(r.pushed for r in two_accounts.push())
    clock.advance(3 * HOUR)
    current = two_accounts.journal.current_away(clock())
    assert current is not None
    again = two_accounts.request_of(current)
    assert again is not None and again.start == current.start

    # Opened and saved as it was: a new period in its place, and not one write.
    two_accounts.go_away(two_accounts.prepare_away(again))
    results = two_accounts.push()
    assert [(r.account, r.pushed, r.status) for r in results] == [
        (LOCAL, False, "ok"),
        ("Work", False, "ok"),
        ("Side", False, "ok"),
    ]
    # Side no longer carries it: only Side is written (cleared).
    fewer = replace(again, accounts=(LOCAL, "Work"))
    two_accounts.go_away(two_accounts.prepare_away(fewer))
    assert [r.account for r in two_accounts.push() if r.pushed] == ["Side"]
    assert not MemoryProvider.server["Side"].enabled
    # Extended by a day: every reply says the new end, so each is written once.
    longer = replace(fewer, until=clock() + 3 * DAY)
    two_accounts.go_away(two_accounts.prepare_away(longer))
    assert [r.account for r in two_accounts.push() if r.pushed] == [LOCAL, "Work"]
    assert MemoryProvider.server["Work"].end == clock() + 3 * DAY


# --- coming back ----------------------------------------------------------------------------


def test_coming_back_clears_every_account(two_accounts: Boundary) -> None:
    two_accounts.go_away(away_request(two_accounts))
    two_accounts.push()

    assert two_accounts.come_back() is True
    results = two_accounts.push()

    assert all(r.ok and r.pushed and not r.desired.enabled for r in results)
    assert not MemoryProvider.server["Work"].enabled
    assert not MemoryProvider.server["Side"].enabled
    assert two_accounts.status().state == "available"
    assert two_accounts.come_back() is False


def test_coming_back_cancels_an_upcoming_period(two_accounts: Boundary, clock: FakeClock) -> None:
    two_accounts.go_away(away_request(two_accounts, start=clock.now + DAY))
    two_accounts.push()
    assert MemoryProvider.server["Work"].enabled  # scheduled on the server

    two_accounts.come_back()
    two_accounts.push()
    clock.advance(DAY + HOUR)
    two_accounts.push()

    assert not MemoryProvider.server["Work"].enabled
    assert "Side" not in MemoryProvider.server
    assert two_accounts.status().state == "available"


# --- status -------------------------------------------------------------------------------


def test_status_follows_the_pushes(two_accounts: Boundary, clock: FakeClock) -> None:
    status = two_accounts.status()
    assert (status.state, status.away, status.health) == ("available", None, "pending")
    assert {a.status for a in status.accounts} == {"unknown"}

    two_accounts.push()
    assert two_accounts.status().health == "ok"

    period = two_accounts.go_away(away_request(two_accounts))
    status = two_accounts.status()
    assert (status.state, status.away, status.health) == ("away", period, "pending")
    assert statuses(two_accounts) == dict.fromkeys(
        [LOCAL, "Work", "Side"], ("pending", "Not sent yet.")
    )
    assert all(a.desired.enabled for a in status.accounts)

    two_accounts.push()
    status = two_accounts.status()
    assert status.health == "ok"
    for account in status.accounts:
        assert account.status == "ok"
        assert account.actual is not None and account.actual.same_as(account.desired)
        assert account.last_push == clock.now


def test_status_of_an_upcoming_period(two_accounts: Boundary, clock: FakeClock) -> None:
    period = two_accounts.go_away(away_request(two_accounts, start=clock.now + DAY))
    status = two_accounts.status()
    assert (status.state, status.away) == ("available", period)
    clock.advance(DAY)
    assert two_accounts.status().state == "away"


@pytest.mark.parametrize(
    ("error", "status", "health"),
    [
        (Unreachable("Offline."), "pending", "pending"),
        (Rejected("Too long."), "failed", "failed"),
        (NeedsSignIn("Sign in again."), "needs-sign-in", "failed"),
        (None, "drift", "failed"),
    ],
)
def test_health_is_the_worst_account(
    two_accounts: Boundary, error: Exception | None, status: str, health: str
) -> None:
    two_accounts.go_away(away_request(two_accounts))
    if error is None:
        two_accounts.push()
        MemoryProvider.server["Work"] = AutoReply.off()
    else:
        MemoryProvider.fail_with["Work"] = error
    two_accounts.push()

    result = two_accounts.status()
    assert statuses(two_accounts)["Work"][0] == status
    assert statuses(two_accounts)["Side"] == ("ok", "")
    assert result.health == health


def test_status_never_asks_a_server(two_accounts: Boundary) -> None:
    two_accounts.go_away(away_request(two_accounts))
    two_accounts.push()
    release = threading.Event()
    MemoryProvider.hang["Work"] = release
    MemoryProvider.hang["Side"] = release
    try:
        began = time.monotonic()
        status = two_accounts.status()
        took = time.monotonic() - began
    finally:
        release.set()

    assert took < 0.5
    assert status.health == "ok"


def test_an_account_of_a_kind_that_is_not_installed(two_accounts: Boundary) -> None:
    two_accounts.profile.accounts.append(Account("Corp", "exchange"))

    assert statuses(two_accounts)["Corp"] == (
        "failed",
        "No provider of kind 'exchange' is installed.",
    )
    results = {r.account: r for r in two_accounts.push()}
    assert results["Corp"].status != "ok"
    assert all(results[n].ok for n in (LOCAL, "Work", "Side"))


# --- opening and saving -------------------------------------------------------------------


def test_open_on_a_damaged_profile_gives_a_notice(
    paths: AppPaths, clock: FakeClock, registry: ProviderRegistry
) -> None:
    paths.ensure()
    paths.profile.write_text("[identity]\ntimezone = 5\n", "utf-8")

    service, notice = Boundary.open(paths, clock, timezone="Europe/Amsterdam", registry=registry)
    try:
        assert notice is not None
        assert "line 2" in notice and "profile.toml.corrupt-20261124-080000" in notice
        assert service.profile.identity.timezone == "Europe/Amsterdam"
        assert (paths.config_dir / "profile.toml.corrupt-20261124-080000").is_file()
    finally:
        service.close()


def test_saving_a_profile_forgets_removed_accounts(two_accounts: Boundary) -> None:
    two_accounts.push()
    profile = two_accounts.profile
    profile.accounts = [a for a in profile.accounts if a.name != "Side"]

    two_accounts.save_profile(profile)

    assert two_accounts.journal.state("Side") is None
    assert list(statuses(two_accounts)) == [LOCAL, "Work"]
    assert two_accounts.paths.changed_stamp.is_file()


WITH_PASSWORDS = ProviderRegistry.of(
    [LocalProvider, MemoryProvider, PlainProvider, GuardedProvider]
)
KEY = "boundary"


def guarded(service: Boundary, name: str, password: str = "right") -> AccountDraft:
    values = {"email": "ana@example.com", "host": "mail.example.com", "password": password}
    return service.draft_account("guarded", name, values)


@pytest.mark.parametrize("registry", [WITH_PASSWORDS])
def test_saving_settings_keeps_new_passwords_and_forgets_removed_ones(
    two_accounts: Boundary, memory_keyring: MemoryKeyring
) -> None:
    two_accounts.add_account(guarded(two_accounts, "Office", "old"))
    assert memory_keyring.store == {(KEY, "Office/password"): "old"}
    home = guarded(two_accounts, "Home")
    assert memory_keyring.store == {(KEY, "Office/password"): "old"}  # a draft keeps nothing
    profile = copy.deepcopy(two_accounts.profile)
    profile.accounts = [a for a in profile.accounts if a.name != "Office"] + [home.account]

    removed = two_accounts.save_settings(profile, [home])

    assert [a.name for a in removed] == ["Office"]
    assert memory_keyring.store == {(KEY, "Home/password"): "right"}
    saved = [a.name for a in load_profile(two_accounts.paths.profile).accounts]
    assert saved == [LOCAL, "Work", "Side", "Home"]
    assert two_accounts.profile is profile


@pytest.mark.parametrize("registry", [WITH_PASSWORDS])
def test_an_account_added_and_taken_out_before_saving_keeps_nothing(
    two_accounts: Boundary, memory_keyring: MemoryKeyring
) -> None:
    draft = guarded(two_accounts, "Home")
    profile = copy.deepcopy(two_accounts.profile)
    profile.identity.name = "Ana S."

    assert two_accounts.save_settings(profile, [draft]) == []

    assert memory_keyring.store == {}
    assert load_profile(two_accounts.paths.profile).account("Home") is None
    assert load_profile(two_accounts.paths.profile).identity.name == "Ana S."


class NoKeyring:
    def get(self, account: str, key: str) -> str | None:
        raise KeyringUnavailable("locked")

    def set(self, account: str, key: str, value: str) -> None:
        raise KeyringUnavailable("locked")

    def delete(self, account: str, key: str) -> None:
        raise KeyringUnavailable("locked")


@pytest.mark.parametrize("registry", [WITH_PASSWORDS])
def test_without_a_keyring_a_new_account_is_not_saved(two_accounts: Boundary) -> None:
    two_accounts.secrets = NoKeyring()
    draft = guarded(two_accounts, "Home")
    before = two_accounts.paths.profile.read_bytes()
    profile = copy.deepcopy(two_accounts.profile)
    profile.accounts.append(draft.account)

    with pytest.raises(KeyringUnavailable, match="locked"):
        two_accounts.save_settings(profile, [draft])

    assert two_accounts.paths.profile.read_bytes() == before
    assert two_accounts.profile.account("Home") is None


def test_reload_picks_up_a_hand_edit_and_keeps_going_on_a_broken_one(service: Boundary) -> None:
    text = service.paths.profile.read_text("utf-8")
    service.paths.profile.write_text(text.replace("Ana Silva", "Ana S."), "utf-8")
    assert service.reload_profile() is None
    assert service.profile.identity.name == "Ana S."

    broken = text.replace('audience = "all"', 'audience = "friends"')
    service.paths.profile.write_text(broken, "utf-8")
    notice = service.reload_profile()

    assert notice is not None and "'friends'" in notice and "line " in notice
    assert service.profile.identity.name == "Ana S."
    assert service.paths.profile.read_text("utf-8") == broken  # left for the person to fix


def test_a_newer_profile_cannot_be_changed_through_the_service(service: Boundary) -> None:
    save_profile(service.profile, service.paths.profile)
    original = service.paths.profile.read_bytes()
    service.profile.schema_version = 99

    with pytest.raises(ProfileReadOnly, match="newer version"):
        service.save_profile(service.profile)
    assert service.paths.profile.read_bytes() == original


def test_an_account_whose_kind_is_not_installed_says_so_and_is_not_retried(
    service: Boundary, clock: FakeClock
) -> None:
    service.profile.accounts.append(Account("Office", "exchange"))
    service.go_away(away_request(service, until=clock.now + timedelta(days=1)))
    [office] = [r for r in service.push() if r.account == "Office"]
    assert office.status == "failed"
    assert office.message == "No provider of kind 'exchange' is installed."
    assert office.next_retry is None
    assert statuses(service)["Office"] == ("failed", "No provider of kind 'exchange' is installed.")


# --- a reply found on first contact: keep it or leave it ------------------------------------


def found_on(service: Boundary, clock: FakeClock, *accounts: str, **reply: Any) -> AutoReply:
    """The accounts held this reply (set in webmail) before Boundary first read them."""
    values: dict[str, Any] = {
        "start": clock.now - DAY,
        "end": clock.now + 3 * DAY,
        "subject": "Conference",
        "internal": "At a conference until Friday.",
        "external": "I am at a conference until Friday.",
    }
    found = AutoReply(True, **{**values, **reply})
    for account in accounts:
        MemoryProvider.server[account] = found
    results = {r.account: r for r in service.push()}
    assert all(results[a].status == "found" for a in accounts)
    return found


def writes(name: str) -> int:
    return sum(1 for account, _ in MemoryProvider.writes if account == name)


def test_keeping_a_found_reply_makes_it_the_away_period_and_im_back_clears_it(
    two_accounts: Boundary, clock: FakeClock
) -> None:
    found = found_on(two_accounts, clock, "Work")

    period = two_accounts.keep_found(["work"])
    results = {r.account: r for r in two_accounts.push()}

    assert (period.start, period.until, period.accounts) == (found.start, found.end, ("Work",))
    assert (period.subject, period.internal, period.external) == (
        found.subject,
        found.internal,
        found.external,
    )
    assert results["Work"].ok and not results["Work"].pushed  # it already holds it
    assert MemoryProvider.server["Work"] == found and writes("Work") == 0
    status = two_accounts.status()
    assert (status.state, status.away, status.health) == ("away", period, "ok")
    assert not results["Side"].desired.enabled  # the kept reply covers Work only

    two_accounts.come_back()
    assert two_accounts.push()[1].pushed
    assert not MemoryProvider.server["Work"].enabled


def test_a_found_reply_with_no_end_is_kept_open_ended(
    two_accounts: Boundary, clock: FakeClock
) -> None:
    found_on(two_accounts, clock, "Side", start=None, end=None)  # plain: no schedule

    period = two_accounts.keep_found(["Side"])

    assert (period.start, period.until) == (clock.now, None)
    assert {r.account: r for r in two_accounts.push()}["Side"].ok
    assert writes("Side") == 0


def test_several_accounts_holding_the_same_reply_are_kept_as_one_period(
    two_accounts: Boundary, clock: FakeClock
) -> None:
    found_on(two_accounts, clock, "Work", "Side", start=None, end=None)

    period = two_accounts.keep_found(["Work", "Side"])

    assert period.accounts == ("Work", "Side")
    assert all(r.ok for r in two_accounts.push())
    assert writes("Work") == writes("Side") == 0


def test_keep_is_refused_with_a_reason_and_changes_nothing(
    two_accounts: Boundary, clock: FakeClock
) -> None:
    MemoryProvider.server["Side"] = AutoReply(True, internal="Other", external="Other")
    found_on(two_accounts, clock, "Work")
    assert {r.account: r for r in two_accounts.push()}["Side"].status == "found"

    with pytest.raises(FoundError) as nothing:
        two_accounts.keep_found(["Work", LOCAL])
    assert (nothing.value.code, nothing.value.accounts) == ("nothing-found", (LOCAL,))
    with pytest.raises(FoundError) as different:
        two_accounts.keep_found(["Work", "Side"])
    assert different.value.code == "different-replies"
    with pytest.raises(InputError, match="'Home'"):
        two_accounts.keep_found(["Home"])
    two_accounts.go_away(away_request(two_accounts, accounts=[LOCAL]))
    with pytest.raises(FoundError) as away:
        two_accounts.keep_found(["Work"])
    assert away.value.code == "away-period"

    assert two_accounts.journal.current_away(clock.now).accounts == (LOCAL,)  # type: ignore[union-attr]
    assert {r.account: r.status for r in two_accounts.push()}["Work"] == "found"


def test_leaving_a_found_reply_alone_keeps_it_quietly_until_going_away(
    two_accounts: Boundary, clock: FakeClock
) -> None:
    found = found_on(two_accounts, clock, "Work")

    assert two_accounts.leave_found(["WORK"]) == ["Work"]
    for options in ({}, {"force": True}):
        result = {r.account: r for r in two_accounts.push(**options)}["Work"]
        assert (result.status, result.left_alone, result.announced_found) == ("found", True, False)
    status = two_accounts.status()
    assert status.health == "ok"
    assert [(a.status, a.left_alone) for a in status.accounts if a.account == "Work"] == [
        ("found", True)
    ]
    assert MemoryProvider.server["Work"] == found and writes("Work") == 0
    with pytest.raises(FoundError):
        two_accounts.leave_found([LOCAL])

    period = two_accounts.go_away(away_request(two_accounts))
    result = {r.account: r for r in two_accounts.push()}["Work"]
    assert result.ok and result.pushed
    assert MemoryProvider.server["Work"].internal == period.internal


def test_going_away_on_other_accounts_leaves_a_found_reply_alone(
    two_accounts: Boundary, clock: FakeClock
) -> None:
    found = found_on(two_accounts, clock, "Work")

    two_accounts.go_away(away_request(two_accounts, accounts=["Side"]))
    results = {r.account: r for r in two_accounts.push()}

    assert results["Work"].status == "found" and results["Side"].ok
    assert MemoryProvider.server["Work"] == found


def test_im_back_clears_a_found_reply_even_when_not_away(
    two_accounts: Boundary, clock: FakeClock
) -> None:
    found_on(two_accounts, clock, "Work")

    assert two_accounts.come_back() is False
    result = {r.account: r for r in two_accounts.push()}["Work"]

    assert result.ok and result.pushed
    assert not MemoryProvider.server["Work"].enabled


def test_an_account_added_again_under_an_old_name_is_a_first_contact(
    two_accounts: Boundary, clock: FakeClock
) -> None:
    two_accounts.go_away(away_request(two_accounts))
    two_accounts.push()
    two_accounts.come_back()
    two_accounts.push()
    # An old pass's record for "Work" outlived its removal (say, a pass still under way).
    stale = two_accounts.journal.state("Work")
    two_accounts.remove_account("Work")
    assert stale is not None
    two_accounts.journal.set_state(stale, clock.now)
    found = AutoReply(True, internal="Mine", external="Mine")
    MemoryProvider.server["Work"] = found

    draft = two_accounts.draft_account("memory", "Work", {})
    two_accounts.add_account(draft)

    assert {r.account: r for r in two_accounts.push()}["Work"].status == "found"
    assert MemoryProvider.server["Work"] == found


# --- one writer at a time -------------------------------------------------------------------


def test_a_pass_waits_for_another_process_and_gives_up_after_the_wait(
    two_accounts: Boundary,
) -> None:
    elapsed = [0.0]

    def sleep(seconds: float) -> None:
        elapsed[0] += seconds

    two_accounts.writer = WriterLock(
        two_accounts.paths.writer_lock, 60.0, monotonic=lambda: elapsed[0], sleep=sleep
    )
    other = InstanceLock(two_accounts.paths.writer_lock)  # as another process holds it
    assert other.acquire()
    try:
        with pytest.raises(WriterBusy) as busy:
            two_accounts.push()
        assert busy.value.waited == 60.0
        assert 60.0 <= elapsed[0] < 60.2
        assert writes("Work") == 0
    finally:
        other.release()

    with two_accounts.writing():  # taken again, and again inside: record the intent, push it
        two_accounts.go_away(away_request(two_accounts))
        assert all(r.ok for r in two_accounts.push())
    after = InstanceLock(two_accounts.paths.writer_lock)
    assert after.acquire()  # let go at the end
    after.release()
