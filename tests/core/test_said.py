"""A result's message keeps its codes (a ``Said``): through JSON, in the journal (schema 6, its
``said`` column) and in the results that cross from the worker; plain text stays plain."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from boundary_app.core import journal as journal_module
from boundary_app.core.journal import AccountState, BackupTip, Journal, Push
from boundary_app.core.reconciler import AccountResult, ChannelResult
from boundary_app.core.states import AccountStatus
from boundary_app.providers.base import AutoReply, ForwardRule, Said
from boundary_app.wording import code_of, sentence

NOW = datetime(2026, 11, 24, 8, 0, tzinfo=UTC)
REFUSED = Said.joined(
    Said("exchange-refused", said="Quota reached. Connected."),
    Said("reply-until", end=NOW + timedelta(days=2)),
    "A plugin's own words.",
)
"""A refusal whose value reads like two sentences, a moment, and a plain piece."""


def crossed(said: Said) -> Said:
    back = Said.from_json(json.loads(json.dumps(said.to_json(), ensure_ascii=False)))
    assert back is not None
    return back


def moment(when: datetime) -> str:
    return f"<{when.astimezone(UTC):%d %b %H:%M}>"


def test_a_said_with_a_moment_and_a_sentence_inside_survives_json() -> None:
    inner = Said("went-wrong", error="KeyError")
    said = Said.joined(REFUSED, Said("service-refused", service="Slack", said=inner))
    back = crossed(said)
    assert back.parts[1] == ("reply-until", {"end": "2026-11-26T08:00:00+00:00"})
    assert isinstance(back.parts[3][1]["said"], Said)
    assert back.parts[3][1]["said"].parts == inner.parts
    # The front ends word the moment that came back as ISO text as they word the datetime.
    assert sentence(back, moment) == sentence(said, moment)
    assert "<26 Nov 08:00>" in sentence(back, moment)


def test_a_said_whose_code_this_version_does_not_know_is_none() -> None:
    assert Said.from_json([["from-a-newer-boundary", {}]]) is None
    assert Said.from_json("not parts") is None


# --- the journal ------------------------------------------------------------------------------


def assert_kept(message: str) -> None:
    assert isinstance(message, Said)
    assert str(message) == str(crossed(REFUSED))
    assert message.parts == crossed(REFUSED).parts


def test_the_said_column_round_trips_each_table_that_has_one(journal: Journal) -> None:
    failed = AccountState("Work", AccountStatus.FAILED, "{}", message=REFUSED)
    journal.set_state(failed, NOW)
    journal.set_state(failed, NOW, channel="forward")
    journal.record_push(Push(NOW, "Work", "set", False, "failed", REFUSED))
    journal.save_tips([BackupTip("sam@example.com", NOW, True, message=REFUSED)])

    again = Journal(journal.path)  # another process's view of the file
    try:
        state, channel = again.state("Work"), again.state("Work", "forward")
        assert state is not None and channel is not None
        assert_kept(state.message)
        assert_kept(channel.message)
        assert_kept(again.pushes("Work")[0].message)
        assert_kept(again.tips()["sam@example.com"].message)
    finally:
        again.close()


def test_a_plain_message_is_kept_and_read_as_plain_text(journal: Journal) -> None:
    journal.set_state(AccountState("Work", AccountStatus.FAILED, "{}", message="Odd."), NOW)
    journal.record_push(Push(NOW, "Work", "set", False, "failed", "Odd."))
    state = journal.state("Work")
    assert state is not None and type(state.message) is str and state.message == "Odd."
    assert type(journal.pushes()[0].message) is str
    with sqlite3.connect(journal.path) as db:
        assert db.execute("SELECT said FROM account_state").fetchone() == ("",)


def test_codes_this_version_does_not_know_read_as_the_english(journal: Journal) -> None:
    journal.set_state(AccountState("Work", AccountStatus.FAILED, "{}", message=REFUSED), NOW)
    with sqlite3.connect(journal.path) as db:
        db.execute("UPDATE account_state SET said=?", ('[["from-a-newer-boundary", {}]]',))
    state = journal.state("Work")
    assert state is not None
    assert type(state.message) is str and state.message == str(REFUSED)


VERSION_5 = """
CREATE TABLE pushes (id INTEGER PRIMARY KEY, at TEXT NOT NULL, account TEXT NOT NULL,
    action TEXT NOT NULL, ok INTEGER NOT NULL, error_kind TEXT,
    message TEXT NOT NULL DEFAULT '');
CREATE TABLE account_state (account TEXT PRIMARY KEY, status TEXT NOT NULL,
    desired TEXT NOT NULL, actual TEXT, message TEXT NOT NULL DEFAULT '',
    attempts INTEGER NOT NULL DEFAULT 0, next_retry TEXT, last_push TEXT, updated TEXT NOT NULL,
    hands_off INTEGER NOT NULL DEFAULT 0, left_alone INTEGER NOT NULL DEFAULT 0,
    acts INTEGER NOT NULL DEFAULT 0);
CREATE TABLE channel_state (account TEXT NOT NULL, channel TEXT NOT NULL, status TEXT NOT NULL,
    desired TEXT NOT NULL, actual TEXT, message TEXT NOT NULL DEFAULT '',
    attempts INTEGER NOT NULL DEFAULT 0, next_retry TEXT, last_push TEXT, updated TEXT NOT NULL,
    hands_off INTEGER NOT NULL DEFAULT 0, left_alone INTEGER NOT NULL DEFAULT 0,
    acts INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (account, channel));
CREATE TABLE backup_tips (email TEXT PRIMARY KEY, checked TEXT NOT NULL, away INTEGER NOT NULL,
    start TEXT, until TEXT, message TEXT NOT NULL DEFAULT '', source TEXT NOT NULL DEFAULT '');
"""
"""The tables of a version-5 journal that keep a message, as version 5 made them."""

DRIFT = "The reply was changed outside Boundary (for example in webmail)."


def version_5_journal(path: Path) -> None:
    db = sqlite3.connect(path)
    db.executescript(VERSION_5)
    stamp = NOW.isoformat()
    state = "(account, status, desired, message, updated) VALUES ('Work', 'drift', '{}', ?, ?)"
    db.execute(f"INSERT INTO account_state {state}", (DRIFT, stamp))
    db.execute(
        "INSERT INTO channel_state (account, channel, status, desired, message, updated)"
        " VALUES ('Work', 'forward', 'failed', '{}', 'Odd.', ?)",
        (stamp,),
    )
    db.execute(
        "INSERT INTO pushes (at, account, action, ok, error_kind, message)"
        " VALUES (?, 'Work', 'set', 0, 'failed', 'Server busy.')",
        (stamp,),
    )
    db.execute(
        "INSERT INTO backup_tips (email, checked, away, message) VALUES (?, ?, 1, 'On leave.')",
        ("sam@example.com", stamp),
    )
    db.execute("PRAGMA user_version=5")
    db.commit()
    db.close()


def test_a_version_5_journal_gains_the_said_column_and_its_messages_still_read(
    tmp_path: Path,
) -> None:
    path = tmp_path / "journal.sqlite3"
    version_5_journal(path)

    journal = Journal(path)
    try:
        assert journal.version == journal_module.SCHEMA_VERSION == 6
        state, channel = journal.state("Work"), journal.state("Work", "forward")
        assert state is not None and (state.status, state.message) == ("drift", DRIFT)
        assert type(state.message) is str
        assert channel is not None and channel.message == "Odd."
        assert [p.message for p in journal.pushes()] == ["Server busy."]
        assert journal.tips()["sam@example.com"].message == "On leave."
        assert code_of(state.message) == "drift"  # matched back from the text, as before
        journal.set_state(AccountState("Work", AccountStatus.FAILED, "{}", message=REFUSED), NOW)
        again = journal.state("Work")
        assert again is not None
        assert_kept(again.message)
    finally:
        journal.close()
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == 6
        for table in ("account_state", "channel_state", "pushes", "backup_tips"):
            columns = {row[1] for row in db.execute(f"PRAGMA table_info({table})")}
            assert "said" in columns, table


def test_a_newer_journal_is_still_only_read(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    version_5_journal(path)
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA user_version=7")
    journal = Journal(path)
    try:
        assert journal.read_only
        state = journal.state("Work")  # a table without the column: its plain text
        assert state is not None and state.message == DRIFT
    finally:
        journal.close()


# --- the results that cross from the worker -------------------------------------------------


def test_results_carry_the_codes_beside_the_english() -> None:
    reply = AutoReply.off()
    channel = ChannelResult("forward", ForwardRule.off(), None, AccountStatus.FAILED, REFUSED)
    result = AccountResult(
        "Work", "memory", reply, None, AccountStatus.FAILED, REFUSED, channels=(channel,)
    )
    data = json.loads(json.dumps(result.to_json(), ensure_ascii=False))
    assert data["message"] == str(REFUSED)  # the English, as before
    back = AccountResult.from_json(data)
    assert_kept(back.message)
    assert_kept(back.channels[0].message)


def test_results_without_codes_read_as_before() -> None:
    plain = AccountResult("Work", "memory", AutoReply.off(), None, AccountStatus.FAILED, "Odd.")
    data = plain.to_json()
    assert "said" not in data
    back = AccountResult.from_json(data)
    assert type(back.message) is str and back.message == "Odd."
    older = {**data, "message": DRIFT}  # an older worker's: no "said"
    assert AccountResult.from_json(older).message == DRIFT


def test_a_refusal_whose_value_is_a_sentence_crosses_from_the_worker_with_its_codes() -> None:
    """A refusal's values keep a sentence inside as a ``Said`` when they cross from the
    worker (``core.jobs``), so the tray words that sentence too, not its English."""
    from boundary_app import translation
    from boundary_app.core.jobs import error_from_json, error_json
    from boundary_app.core.service import InputError

    problem = Said("went-wrong", error="OSError")
    error = InputError(f"{problem} Installed kinds: imap.", "kind-broken", problem=problem)
    error.values["kinds"] = "imap"
    came = error_from_json(json.loads(json.dumps(error_json(error))))

    assert isinstance(came, InputError) and isinstance(came.values["problem"], Said)
    assert sentence(came) == str(error)
    translation.speak("nl")
    dutch = sentence(came)
    assert dutch == sentence(error)
    assert "OSError" in dutch and "Something went wrong" not in dutch
