"""The journal: away periods, pushes and account state, shared by the app and the command."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from boundary_app.core.journal import AccountState, AwayPeriod, Journal, Push
from boundary_app.core.states import AccountStatus
from boundary_app.providers.base import Audience

NOW = datetime(2026, 11, 24, 8, 0, tzinfo=UTC)
HOUR = timedelta(hours=1)
DAY = timedelta(days=1)


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[Journal]:
    journal = Journal(tmp_path / "journal.sqlite3")
    yield journal
    journal.close()


def period(
    start: datetime,
    until: datetime | None,
    subject: str = "Away",
    *,
    template: str = "vacation",
    internal: str = "Hi colleagues",
    external: str = "Hello world",
    audience: Audience = Audience.ALL,
    accounts: tuple[str, ...] = (),
    backups: tuple[str, ...] = (),
) -> AwayPeriod:
    return AwayPeriod(
        start, until, template, subject, internal, external, audience, accounts, backups
    )


def subject_at(journal: Journal, moment: datetime) -> str | None:
    found = journal.current_away(moment)
    return found.subject if found else None


def test_away_period_round_trips(journal: Journal) -> None:
    wanted = period(
        NOW,
        NOW + 3 * DAY,
        "Weg tot maandag — São Paulo",
        template="family",
        internal="<script>x</script> & ünïcödé\nsecond line",
        external="Ext",
        audience=Audience.CONTACTS,
        accounts=("Work", "Side"),
        backups=("Sam Lee", "Alex Kim"),
    )

    recorded = journal.add_away(wanted, NOW)
    found = journal.current_away(NOW)

    assert found == recorded
    assert found is not None and found.id is not None
    assert found.created == NOW
    assert found.ended is None
    for name in ("start", "until", "template", "subject", "internal", "external", "audience"):
        assert getattr(found, name) == getattr(wanted, name), name
    assert found.accounts == ("Work", "Side")
    assert found.backups == ("Sam Lee", "Alex Kim")
    assert found.start.tzinfo is not None


def test_a_new_away_period_replaces_the_current_one(journal: Journal) -> None:
    journal.add_away(period(NOW - HOUR, NOW + DAY, "first"), NOW - HOUR)
    journal.add_away(period(NOW, NOW + 2 * DAY, "second"), NOW)

    assert subject_at(journal, NOW) == "second"
    first, second = journal.away_periods()
    assert first.ended == NOW
    assert second.ended is None


def test_a_new_away_period_replaces_an_upcoming_one(journal: Journal) -> None:
    journal.add_away(period(NOW + 2 * DAY, NOW + 3 * DAY, "upcoming"), NOW)
    journal.add_away(period(NOW + 5 * DAY, NOW + 6 * DAY, "later"), NOW)

    # Even once the first one's dates arrive, it stays replaced.
    assert subject_at(journal, NOW + 2 * DAY + HOUR) == "later"


def test_a_new_period_keeps_past_ones_as_history(journal: Journal) -> None:
    journal.add_away(period(NOW - 3 * DAY, NOW - 2 * DAY, "last week"), NOW - 3 * DAY)
    journal.add_away(period(NOW, NOW + DAY, "now"), NOW)

    past = journal.away_periods()[0]
    assert past.subject == "last week"
    assert past.ended is None  # it ran its course; it was not cut short


@pytest.mark.parametrize(
    ("offset", "expected"),
    [
        (-HOUR, "upcoming"),
        (timedelta(0), "active"),
        (HOUR, "active"),
        (DAY - timedelta(seconds=1), "active"),
        (DAY, None),
        (2 * DAY, None),
    ],
)
def test_current_away_over_time(journal: Journal, offset: timedelta, expected: str | None) -> None:
    journal.add_away(period(NOW, NOW + DAY, "p"), NOW - 2 * HOUR)
    found = journal.current_away(NOW + offset)
    if expected is None:
        assert found is None
    else:
        assert found is not None
        assert found.active_at(NOW + offset) == (expected == "active")


def test_an_open_ended_period_stays_current(journal: Journal) -> None:
    assert subject_at(journal, NOW) is None
    journal.add_away(period(NOW, None, "open-ended"), NOW)
    assert subject_at(journal, NOW + 400 * DAY) == "open-ended"


@pytest.mark.parametrize("start", [NOW - HOUR, NOW + DAY], ids=["active", "upcoming"])
def test_end_away(journal: Journal, start: datetime) -> None:
    journal.add_away(period(start, start + 2 * DAY), NOW - 2 * HOUR)

    assert journal.end_away(NOW) is True
    assert journal.current_away(NOW) is None
    assert journal.current_away(start + HOUR) is None
    assert journal.away_periods()[0].ended == NOW
    assert journal.end_away(NOW + HOUR) is False


def test_two_journals_on_one_file_see_each_others_writes(tmp_path: Path) -> None:
    app = Journal(tmp_path / "journal.sqlite3")
    cli = Journal(tmp_path / "journal.sqlite3")
    try:
        cli.add_away(period(NOW, NOW + DAY, "from the command"), NOW)
        assert subject_at(app, NOW) == "from the command"

        app.set_state(AccountState("Work", "ok", "{}"), NOW)
        app.record_push(Push(NOW, "Work", "set", True))
        assert cli.state("Work") is not None
        assert [p.account for p in cli.pushes()] == ["Work"]

        assert app.end_away(NOW + HOUR)
        assert cli.current_away(NOW + HOUR) is None
    finally:
        app.close()
        cli.close()


def test_pushes_round_trip_in_order(journal: Journal) -> None:
    pushes = [
        Push(NOW, "Work", "set", True),
        Push(NOW + HOUR, "Side", "set", False, "pending", "Server busy; trying again."),
        Push(NOW + 2 * HOUR, "Work", "clear", True),
    ]
    for push in pushes:
        journal.record_push(push)

    assert journal.pushes() == pushes
    assert journal.pushes("Work") == [pushes[0], pushes[2]]
    assert journal.pushes("Nobody") == []


def test_account_state_round_trips_and_is_replaced(journal: Journal) -> None:
    state = AccountState(
        account="Work",
        status="pending",
        desired='{"enabled": true}',
        actual='{"enabled": false}',
        message="Server busy.",
        attempts=3,
        next_retry=NOW + timedelta(minutes=2),
        last_push=NOW - DAY,
    )
    journal.set_state(state, NOW)

    found = journal.state("Work")
    assert found is not None
    assert found == AccountState(**{**state.__dict__, "updated": NOW})
    assert journal.state("Side") is None

    journal.set_state(AccountState("Work", "ok", "{}"), NOW + HOUR)
    again = journal.state("Work")
    assert again is not None
    assert (again.status, again.attempts, again.next_retry) == ("ok", 0, None)


def test_account_states_are_stored_as_the_words_they_always_were(journal: Journal) -> None:
    for status in AccountStatus:
        journal.set_state(AccountState(status.name, status, "{}"), NOW)
    with sqlite3.connect(journal.path) as db:
        stored = dict(db.execute("SELECT account, status FROM account_state").fetchall())
    assert stored == {
        "OK": "ok",
        "PENDING": "pending",
        "FAILED": "failed",
        "NEEDS_SIGN_IN": "needs-sign-in",
        "DRIFT": "drift",
        "UNKNOWN": "unknown",
        "FOUND": "found",
    }
    found = journal.state("NEEDS_SIGN_IN")
    assert found is not None and found.status is AccountStatus.NEEDS_SIGN_IN


def test_a_status_this_version_does_not_know_reads_as_never_checked(journal: Journal) -> None:
    journal.set_state(AccountState("Work", AccountStatus.OK, "{}"), NOW)
    with sqlite3.connect(journal.path) as db:
        db.execute("UPDATE account_state SET status = 'first-contact'")
    found = journal.state("Work")
    assert found is not None and found.status is AccountStatus.UNKNOWN


def test_forget_state_drops_removed_accounts(journal: Journal) -> None:
    for name in ("Work", "Side", "Old"):
        journal.set_state(AccountState(name, "ok", "{}"), NOW)
    journal.forget_state(["Work", "Side"])
    assert [journal.state(n) is not None for n in ("Work", "Side", "Old")] == [True, True, False]
    journal.forget_state([])
    assert journal.state("Work") is None


def test_a_journal_from_a_newer_boundary_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    db = sqlite3.connect(path)
    db.execute("PRAGMA user_version=7")
    db.execute("CREATE TABLE future (x)")
    db.commit()
    db.close()

    with pytest.raises(RuntimeError) as caught:
        Journal(path)

    assert "newer version of Boundary" in str(caught.value)
    assert str(path) in str(caught.value)
    db = sqlite3.connect(path)
    try:
        assert db.execute("PRAGMA user_version").fetchone()[0] == 7
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert tables == {"future"}
    finally:
        db.close()


def test_a_closed_journal_says_so(journal: Journal) -> None:
    journal.close()
    with pytest.raises(RuntimeError, match="closed"):
        journal.current_away(NOW)


def test_a_journal_of_the_first_version_gains_the_first_contact_columns(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    db = sqlite3.connect(path)
    db.execute(
        "CREATE TABLE account_state (account TEXT PRIMARY KEY, status TEXT NOT NULL,"
        " desired TEXT NOT NULL, actual TEXT, message TEXT NOT NULL DEFAULT '',"
        " attempts INTEGER NOT NULL DEFAULT 0, next_retry TEXT, last_push TEXT,"
        " updated TEXT NOT NULL)"
    )
    db.execute(
        "INSERT INTO account_state (account, status, desired, updated) VALUES (?,?,?,?)",
        ("Work", "ok", "{}", NOW.isoformat()),
    )
    db.execute("PRAGMA user_version=1")
    db.commit()
    db.close()

    journal = Journal(path)
    try:
        state = journal.state("Work")
        assert state is not None and state.status == "ok"
        assert (state.hands_off, state.left_alone, state.acts) == (False, False, 0)
        journal.person_acted(["Work", "Side"], NOW, leave=True)
        work, side = journal.state("Work"), journal.state("Side")
        assert work is not None and (work.hands_off, work.left_alone, work.acts) == (True, True, 1)
        assert side is not None and (side.status, side.acts) == ("unknown", 1)
    finally:
        journal.close()
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == 2


def test_a_pass_that_began_before_the_person_acted_keeps_their_word(journal: Journal) -> None:
    journal.set_state(AccountState("Work", AccountStatus.FOUND, "{}", hands_off=True), NOW)
    seen = journal.state("Work")
    assert seen is not None
    journal.person_acted(["Work"], NOW)  # go away, while a pass runs

    journal.set_state(replace(seen, status=AccountStatus.FOUND, hands_off=True), NOW + HOUR)

    state = journal.state("Work")
    assert state is not None and (state.status, state.hands_off, state.acts) == ("found", False, 1)
