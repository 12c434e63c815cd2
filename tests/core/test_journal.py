"""The journal: away periods, pushes and account state, shared by the app and the command."""

from __future__ import annotations

import os
import sqlite3
import stat
import time
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from boundary_app.core import journal as journal_module
from boundary_app.core.journal import (
    AccountState,
    Journal,
    JournalBusy,
    JournalNewer,
    JournalReadOnly,
    JournalSetAside,
    Push,
    ReplyPeriod,
    open_journal,
)
from boundary_app.core.states import AccountStatus
from boundary_app.providers.base import Audience
from tests.files import DAMAGE, damage, newer_journal

NOW = datetime(2026, 11, 24, 8, 0, tzinfo=UTC)
HOUR = timedelta(hours=1)
DAY = timedelta(days=1)


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
) -> ReplyPeriod:
    return ReplyPeriod(
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


def test_a_journal_from_a_newer_boundary_is_read_but_never_written(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    before = newer_journal(path)

    journal = Journal(path)
    try:
        assert journal.read_only and journal.version == 7
        shown = journal.current_away(NOW)
        assert shown is not None and shown.subject == "From the future"
        with pytest.raises(JournalReadOnly) as caught:
            journal.add_away(period(NOW, NOW + HOUR), NOW)
        assert caught.value.version == 7
        with pytest.raises(JournalReadOnly):
            journal.end_away(NOW)
    finally:
        journal.close()

    assert path.read_bytes() == before
    assert not path.with_name(path.name + "-wal").exists()
    opened = open_journal(path, NOW)
    assert opened.notice == JournalNewer(path, 7)
    opened.journal.close()
    assert list(tmp_path.iterdir()) == [path]  # not set aside


def test_a_newer_journal_this_version_cannot_read_says_so(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    before = newer_journal(path, with_our_tables=False)
    journal = Journal(path)
    try:
        with pytest.raises(JournalReadOnly):
            journal.current_away(NOW)
    finally:
        journal.close()
    assert path.read_bytes() == before


@pytest.mark.parametrize("form", DAMAGE)
def test_a_journal_that_cannot_be_used_is_set_aside_and_a_new_one_started(
    tmp_path: Path, form: str
) -> None:
    path = tmp_path / "journal.sqlite3"
    damage(form, path)
    was = {p.name: p.read_bytes() for p in [path] if p.is_file()}

    opened = open_journal(path, NOW)

    notice = opened.notice
    assert isinstance(notice, JournalSetAside)
    assert notice.aside == tmp_path / "journal.sqlite3.corrupt-20261124-080000"
    assert notice.folder == (form == "a folder")
    if form == "a folder":
        assert (notice.aside / "kept.txt").read_text() == "mine"
    else:
        assert notice.aside.read_bytes() == was[path.name]
    journal = opened.journal
    try:
        journal.add_away(period(NOW, NOW + DAY, "Fresh"), NOW)
        current = journal.current_away(NOW)
        assert current is not None and current.subject == "Fresh"
    finally:
        journal.close()


def test_setting_aside_keeps_the_write_ahead_log_with_it_and_never_replaces(
    tmp_path: Path,
) -> None:
    path = tmp_path / "journal.sqlite3"
    earlier = tmp_path / "journal.sqlite3.corrupt-20261124-080000"
    earlier.write_text("set aside before")
    path.mkdir()  # a folder in the journal's place, its write-ahead log beside it
    (tmp_path / "journal.sqlite3-wal").write_bytes(b"log")

    opened = open_journal(path, NOW)
    opened.journal.close()

    aside = tmp_path / "journal.sqlite3.corrupt-20261124-080000-2"
    assert isinstance(opened.notice, JournalSetAside) and opened.notice.aside == aside
    assert aside.is_dir()
    assert (tmp_path / (aside.name + "-wal")).read_bytes() == b"log"
    assert earlier.read_text() == "set aside before"


@pytest.fixture
def short_wait(monkeypatch: pytest.MonkeyPatch) -> float:
    monkeypatch.setattr(journal_module, "BUSY_TIMEOUT", 0.2)
    return 0.2


def test_a_journal_another_process_writes_to_is_given_up_after_the_busy_timeout(
    tmp_path: Path, short_wait: float
) -> None:
    path = tmp_path / "journal.sqlite3"
    Journal(path).close()
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # holds the write lock, as a stuck program would
    journal = Journal(path)
    try:
        assert journal.current_away(NOW) is None  # reading goes on (WAL)
        began = time.monotonic()
        with pytest.raises(JournalBusy) as caught:
            journal.add_away(period(NOW, NOW + DAY), NOW)
        assert time.monotonic() - began < 5
        assert caught.value.waited == short_wait
    finally:
        journal.close()
        other.close()
    assert Journal(path).away_periods() == []


def test_a_journal_locked_outright_is_given_up_on_when_opened(
    tmp_path: Path, short_wait: float
) -> None:
    path = tmp_path / "journal.sqlite3"
    Journal(path).close()
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("PRAGMA locking_mode=EXCLUSIVE")
    other.execute("BEGIN EXCLUSIVE")
    other.execute("DELETE FROM meta")
    try:
        with pytest.raises(JournalBusy):
            open_journal(path, NOW)
    finally:
        other.close()
    assert sorted(p.name for p in tmp_path.iterdir() if "corrupt" in p.name) == []


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_the_journal_and_its_folder_are_private(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    journal = Journal(folder / "journal.sqlite3")
    journal.add_away(period(NOW, NOW + DAY), NOW)
    try:
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
        for name in ("journal.sqlite3", "journal.sqlite3-wal", "journal.sqlite3-shm"):
            assert stat.S_IMODE((folder / name).stat().st_mode) == 0o600, name
    finally:
        journal.close()


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_a_journal_others_could_read_is_made_private(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    Journal(path).close()
    path.chmod(0o644)
    Journal(path).close()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


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
        assert db.execute("PRAGMA user_version").fetchone()[0] == journal_module.SCHEMA_VERSION


def test_a_journal_of_the_second_version_keeps_its_away_periods_and_gains_two_columns(
    tmp_path: Path,
) -> None:
    """An away period recorded before the outsiders' subject and the form were kept reads
    with neither: one subject for everyone, and nothing to open the form with."""
    path = tmp_path / "journal.sqlite3"
    db = sqlite3.connect(path)
    db.execute(
        "CREATE TABLE away_periods (id INTEGER PRIMARY KEY, created TEXT NOT NULL,"
        " start TEXT NOT NULL, until TEXT, template TEXT NOT NULL, subject TEXT NOT NULL,"
        " internal TEXT NOT NULL, external TEXT NOT NULL, audience TEXT NOT NULL,"
        " accounts TEXT NOT NULL, backups TEXT NOT NULL, ended TEXT)"
    )
    db.execute(
        "INSERT INTO away_periods (created, start, until, template, subject, internal,"
        " external, audience, accounts, backups) VALUES (?,?,?,?,?,?,?,?,?,?)",
        (NOW.isoformat(), NOW.isoformat(), (NOW + 5 * HOUR).isoformat(), "vacation",
         "Away", "Hi colleagues", "Hello", "all", "[]", "[]"),
    )  # fmt: skip
    db.execute("PRAGMA user_version=2")
    db.commit()
    db.close()

    journal = Journal(path)
    try:
        old = journal.current_away(NOW)
        assert old is not None and (old.subject, old.external_subject, old.request) == (
            "Away",
            "",
            "",
        )
        period = ReplyPeriod(
            NOW, NOW + HOUR, "custom", "Volunteering", "In", "Out", Audience.ALL,
            external_subject="Out of office", request='{"reason": "food bank"}',
        )  # fmt: skip
        journal.add_away(period, NOW)
        new = journal.current_away(NOW)
        assert new is not None
        assert (new.external_subject, new.request) == ("Out of office", '{"reason": "food bank"}')
    finally:
        journal.close()


def test_a_pass_that_began_before_the_person_acted_keeps_their_word(journal: Journal) -> None:
    journal.set_state(AccountState("Work", AccountStatus.FOUND, "{}", hands_off=True), NOW)
    seen = journal.state("Work")
    assert seen is not None
    journal.person_acted(["Work"], NOW)  # go away, while a pass runs

    journal.set_state(replace(seen, status=AccountStatus.FOUND, hands_off=True), NOW + HOUR)

    state = journal.state("Work")
    assert state is not None and (state.status, state.hands_off, state.acts) == ("found", False, 1)
