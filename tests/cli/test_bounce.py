"""``boundary status`` on a forward that bounced (5.7.520): its own code in ``--json``, and its
own words, in Dutch: when, to whom, why, and a colleague to choose at the account's domain.
In-process (``cli.run``, the real clock), with an account that keeps an undated rule (as
Microsoft 365 does) whose inbox got the report."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from boundary_app.core.paths import AppPaths
from boundary_app.core.profile import Account, Backup, default_profile, save_profile
from boundary_app.providers.registry import ProviderRegistry
from tests.fakes import CoverProvider
from tests.in_process import boundary

SAM = "sam@partner.example"


@pytest.fixture(autouse=True)
def accounts(home: Path, monkeypatch: pytest.MonkeyPatch) -> AppPaths:
    kinds = [CoverProvider]
    monkeypatch.setattr(ProviderRegistry, "discover", classmethod(lambda cls: cls.of(kinds)))
    paths = AppPaths.from_environment()
    profile = default_profile("Europe/Amsterdam")
    profile.identity.name = "Ana Silva"
    profile.preferences.language = "nl"
    profile.backups = [Backup("Sam Lee", SAM)]
    profile.accounts = [Account("Work", "cover", {"email": "ana@contoso.com"})]
    save_profile(profile, paths.profile)
    return paths


def test_status_says_the_forward_bounced_in_dutch_and_gives_its_code(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    done, _out, err = boundary(
        capsys,
        monkeypatch,
        "away",
        "--until",
        "tomorrow 17:00",
        "--forward-to-backup",
        "--no-reply",
    )
    assert done == 0, err
    bounced = datetime.now(UTC).replace(microsecond=0) + timedelta(seconds=1)
    CoverProvider.bounces["Work"] = [bounced]

    done, out, _err = boundary(capsys, monkeypatch, "status", "--refresh")  # the servers asked

    local = bounced.astimezone(ZoneInfo("Europe/Amsterdam")).strftime("%H:%M")
    assert "mail doorgestuurd naar sam@partner.example kwam terug op " in out
    assert f"om {local} (5.7.520) — je organisatie weigert door te sturen buiten de " in out
    assert (
        "organisatie. Kies een collega bij contoso.com als vervanger, niet een bij "
        "partner.example." in out
    )
    assert done == 0

    _done, out, _err = boundary(capsys, monkeypatch, "status", "--json")
    [work] = json.loads(out)["accounts"]
    assert (work["forwarding"]["state"], work["forwarding"]["code"]) == (
        "failed",
        "forward-bounced",
    )
    assert work["forwarding"]["actual"]["bounced"] == bounced.isoformat()
    assert work["channels"]["forward"]["code"] == "forward-bounced"
