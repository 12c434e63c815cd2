"""One writer at a time: ``boundary away`` and ``boundary back`` started together, as two real
processes, against the real Dovecot. Whichever records its intent last, the server ends
matching it, and that command reports what the server holds."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from boundary_app.core.journal import Journal
from boundary_app.core.paths import AppPaths
from boundary_app.core.profile import Account, default_profile, save_profile
from boundary_app.providers.imap import ImapProvider
from boundary_app.providers.secrets import KeyringSecrets
from tests import file_keyring
from tests.providers.imap.conftest import plain_settings
from tests.providers.imap.helpers import only
from tests.providers.imap.servers import PASSWORD, Dovecot, SmtpSink

ROOT = Path(__file__).resolve().parents[3]
ROUNDS = 50


def start(*args: str, env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "boundary_app.cli", *args, "--json"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def finish(process: subprocess.Popen[str]) -> tuple[int, Any]:
    """(exit code, the command's JSON: its results, or its error)."""
    out, err = process.communicate(timeout=120)
    return process.returncode, json.loads(out) if out.strip() else {"error": err}


def last_intent_is_away(paths: AppPaths) -> bool:
    """The journal's word: an away period still open means ``away`` recorded last."""
    journal = Journal(paths.journal)
    try:
        return journal.current_away(datetime.now(UTC)) is not None
    finally:
        journal.close()


@pytest.mark.slow
# The race is Boundary's own, not the server's: one server is enough (and the test is slow).
@only("dovecot")
def test_away_and_back_at_once_leave_the_server_matching_the_intent_recorded_last(
    home: Path, tmp_path: Path, dovecot: Dovecot, smtp_sink: SmtpSink, user: str
) -> None:
    paths = AppPaths.from_environment()
    paths.ensure()
    settings = ImapProvider.configure(
        "Mail", plain_settings(dovecot, smtp_sink, user), KeyringSecrets()
    )
    profile = default_profile("Europe/Amsterdam")
    profile.identity.name = "Ana Silva"
    profile.accounts = [Account("Mail", "imap", settings)]
    save_profile(profile, paths.profile)
    keyring_file = tmp_path / "keyring.json"
    keyring_file.write_text(json.dumps({"boundary Mail/password": PASSWORD}), encoding="utf-8")
    env = {**os.environ, **file_keyring.environment(keyring_file), "PYTHONIOENCODING": "utf-8"}
    account = profile.accounts[0]
    server = ImapProvider(account.config(), _context(tmp_path))
    mismatches = []

    for round_ in range(ROUNDS):
        away_args = ("away", "--until", "in 2 days")
        first, second = (away_args, ("back",)) if round_ % 2 else (("back",), away_args)
        processes = [start(*first, env=env), start(*second, env=env)]
        done = {p.args[3]: finish(p) for p in processes}
        codes = {command: code for command, (code, _) in done.items()}
        away = last_intent_is_away(paths)
        holds = server.read_auto_reply().enabled
        last = done["away" if away else "back"][1].get("results") or [{}]
        reported = (last[0].get("actual") or {}).get("enabled", False)
        if holds != away or reported != away or set(codes.values()) != {0}:
            mismatches.append((round_, codes, f"last intent away={away}", holds, reported))

    # (round, exit codes, the intent recorded last, the server holds a reply, the last
    # command reported one)
    assert not mismatches, f"{len(mismatches)} of {ROUNDS} rounds:\n" + "\n".join(
        map(str, mismatches)
    )


def _context(tmp_path: Path):  # type: ignore[no-untyped-def]
    from boundary_app.core.clock import system_clock
    from boundary_app.providers.base import ProviderContext

    return ProviderContext(data_dir=tmp_path / "reader", clock=system_clock, timeout=10.0)
