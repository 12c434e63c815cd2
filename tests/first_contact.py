"""First contact, walked through for one kind of account (each kind's tests call ``walk``).

The account already holds a reply set in webmail when it is added. Through ``status``, a
re-sync, a forced push, a focus day in force and a lost journal, the reply on the server is
untouched (compared with what the server holds, read without Boundary). Then "keep it" makes
it the away period (with its end) and "I'm back" clears it; "leave it" leaves it alone and
quiet, and going away replaces it.

The command runs in-process (``cli.run``, the real clock), so the test's keyring and fakes
stand in for the system's; passes that have no command of their own (a re-sync, a forced
push: what the app does) go through the service on the same files.
"""

from __future__ import annotations

import json
import shlex
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from boundary_app.core.clock import system_clock
from boundary_app.core.paths import AppPaths
from boundary_app.core.profile import load_profile
from boundary_app.core.reconciler import AccountResult
from boundary_app.core.service import Boundary
from tests.in_process import boundary

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


@dataclass
class Mailbox:
    """One account's server as the person and the test see it, without Boundary."""

    name: str
    """What the account is called in Boundary."""
    add: Sequence[str]
    """``boundary accounts add …`` for it."""
    set_reply: Callable[[datetime], None]
    """Set a reply in webmail (its own texts), ending at the moment given."""
    stored: Callable[[], object]
    """What the server holds for the reply, as it stores it (compared for "untouched")."""
    enabled: Callable[[], bool]
    """Whether the server holds a reply that is switched on."""
    stdin: str = ""


class Walk:
    def __init__(
        self, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, box: Mailbox
    ) -> None:
        self.capsys, self.monkeypatch, self.box = capsys, monkeypatch, box
        self.paths = AppPaths.from_environment()

    def run(self, *args: str, stdin: str = "", code: int = 0) -> str:
        done, out, err = boundary(self.capsys, self.monkeypatch, *args, stdin=stdin)
        assert done == code, f"boundary {' '.join(args)}: {done}\n{out}\n{err}"
        return out

    def json(self, *args: str, code: int = 0) -> Any:
        return json.loads(self.run(*args, "--json", code=code))

    def account(self, data: Any) -> dict[str, Any]:
        [mine] = [a for a in data["accounts"] if a["account"] == self.box.name]
        return mine  # type: ignore[no-any-return]

    def passes(self, **options: bool) -> AccountResult:
        """A pass as the app makes one (a re-sync, or a forced push)."""
        service, _ = Boundary.open(self.paths, system_clock)
        try:
            [result] = service.push([self.box.name], **options)
        finally:
            service.close()
        return result

    def lose_journal(self) -> None:
        for suffix in ("", "-wal", "-shm"):
            self.paths.journal.with_name(self.paths.journal.name + suffix).unlink(missing_ok=True)

    def found(self, until: datetime) -> dict[str, Any]:
        """``status --json`` names the account's reply as found; returns the account."""
        mine = self.account(self.json("status"))
        assert mine["status"] == "found", mine
        assert mine["actual"]["enabled"] is True
        assert datetime.fromisoformat(mine["found"]["until"]) == until
        assert datetime.fromisoformat(mine["actual"]["end"]) == until
        return mine


def reply_end() -> datetime:
    """Three days from now, to the minute (every kind stores that exactly)."""
    return (datetime.now(UTC) + timedelta(days=3)).replace(second=0, microsecond=0)


def walk(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, box: Mailbox) -> None:
    """The whole walk: untouched through every pass, then keep, then leave."""
    until = walk_untouched(Walk(capsys, monkeypatch, box))
    walk_keep(Walk(capsys, monkeypatch, box), until)
    walk_leave(Walk(capsys, monkeypatch, box))


def walk_untouched(w: Walk) -> datetime:
    """Added, status, re-sync, forced push, focus day, lost journal: untouched; its end."""
    box, until = w.box, reply_end()
    box.set_reply(until)
    before = box.stored()

    w.run(*box.add, stdin=box.stdin)
    assert box.stored() == before, "accounts add"
    mine = w.found(until)
    assert box.stored() == before, "status"
    words = w.run("status")
    name = shlex.quote(box.name)
    assert f"{box.name} ({mine['kind']}): already has an auto-reply until" in words
    assert f"Keep it: boundary accounts keep {name}; leave it: boundary accounts leave" in words

    for options in ({}, {"force": True}):
        result = w.passes(**options)
        assert (result.status, result.pushed) == ("found", False), options
        assert box.stored() == before, f"a pass with {options}"

    tz = load_profile(w.paths.profile).tz
    today = WEEKDAYS[datetime.now(tz).weekday()]
    w.json("plan", "--focus-day", today)  # a focus day in force: its reply is wanted
    status = w.json("status")
    assert status["state"] == "focus"
    assert w.account(status)["desired"]["enabled"] is True
    assert w.account(status)["status"] == "found"
    assert box.stored() == before, "a focus day"
    w.json("plan", "--focus-day", "none")

    w.lose_journal()
    w.found(until)
    assert box.stored() == before, "a lost journal"
    assert box.enabled()
    return until


def walk_keep(w: Walk, until: datetime) -> None:
    """(Continues from ``walk_untouched``.) Keep it: the away period ends with the reply."""
    box = w.box
    before = box.stored()
    kept = w.json("accounts", "keep", box.name)
    assert kept["kept"] == [box.name]
    assert datetime.fromisoformat(kept["away"]["until"]) == until
    status = w.json("status")
    assert status["state"] == "away"
    assert datetime.fromisoformat(status["away"]["until"]) == until
    mine = w.account(status)
    assert (mine["status"], mine["found"]) == ("ok", None)
    assert box.enabled() and box.stored() == before

    back = w.json("back")
    assert w.account({"accounts": back["results"]})["status"] == "ok"
    assert not box.enabled()


def walk_leave(w: Walk) -> None:
    """Leave it: untouched and quiet; going away replaces it."""
    box, until = w.box, reply_end()
    w.lose_journal()  # a first contact again (a new computer)
    box.set_reply(until)
    before = box.stored()
    w.found(until)

    assert w.json("accounts", "leave", box.name) == {"left_alone": [box.name]}
    status = w.json("status")
    mine = w.account(status)
    assert (mine["status"], mine["found"]["left_alone"]) == ("found", True)
    assert status["health"] == "ok"
    words = w.run("status")
    assert f"{box.name} ({mine['kind']}): its own auto-reply until" in words
    assert "left alone" in words and "boundary accounts keep" not in words
    assert w.passes(force=True).status == "found"
    assert box.stored() == before, "left alone"

    dry = w.json("away", "--until", "in 2 days", "--dry-run")
    assert [r["account"] for r in dry["replaces"]] == [box.name]
    assert f"It would replace the auto-reply {box.name} already has (until" in w.run(
        "away", "--until", "in 2 days", "--dry-run"
    )
    assert box.stored() == before, "away --dry-run"

    away = w.json("away", "--until", "in 2 days")
    assert [r["account"] for r in away["replaced"]] == [box.name]
    assert w.account({"accounts": away["results"]})["status"] == "ok"
    assert box.enabled() and box.stored() != before
