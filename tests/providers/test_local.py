"""The built-in ``local`` provider: the reply kept in a file on this computer."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from boundary_app.providers.base import (
    AccountConfig,
    Audience,
    AutoReply,
    ProviderContext,
    Rejected,
    Unreachable,
)
from boundary_app.providers.local import LocalProvider
from tests.fakes import START, FakeClock

REPLY = AutoReply(
    enabled=True,
    start=datetime(2026, 12, 1, 9, 0, tzinfo=ZoneInfo("Europe/Amsterdam")),
    end=datetime(2026, 12, 7, 8, 30, tzinfo=ZoneInfo("America/New_York")),
    subject="Weg tot maandag ✈",
    internal="Hoi,\n\nZoë en 日本語 werken gewoon.\n\n— Ana",
    external='Hello, "quoted" & <b>kept</b>\\n as typed',
    audience=Audience.CONTACTS,
)


def provider(data_dir: Path, name: str = "Work", **settings: Any) -> LocalProvider:
    return LocalProvider(
        AccountConfig(name, "local", settings),
        ProviderContext(data_dir=data_dir, clock=FakeClock(START)),
    )


def test_nothing_written_reads_as_off(tmp_path: Path) -> None:
    assert provider(tmp_path).read_auto_reply() == AutoReply.off()


def test_write_and_read_back(tmp_path: Path) -> None:
    local = provider(tmp_path)

    local.write_auto_reply(REPLY)
    back = local.read_auto_reply()

    assert back == REPLY
    assert back.start is not None and back.start.utcoffset() is not None
    assert back.start.isoformat() == "2026-12-01T09:00:00+01:00"
    saved = tmp_path / "local" / "Work.json"
    text = saved.read_text("utf-8")
    assert "Zoë en 日本語" in text  # readable, not \\u escapes
    assert json.loads(text)["audience"] == "contacts"


def test_writing_twice_leaves_one_file(tmp_path: Path) -> None:
    local = provider(tmp_path)
    local.write_auto_reply(REPLY)
    local.write_auto_reply(REPLY)
    assert [p.name for p in (tmp_path / "local").iterdir()] == ["Work.json"]
    assert local.read_auto_reply() == REPLY


def test_clear(tmp_path: Path) -> None:
    local = provider(tmp_path)
    local.write_auto_reply(REPLY)

    local.clear_auto_reply()

    assert local.read_auto_reply() == AutoReply.off()


def test_each_account_has_its_own_reply(tmp_path: Path) -> None:
    provider(tmp_path, "Work").write_auto_reply(REPLY)
    assert provider(tmp_path, "Home").read_auto_reply() == AutoReply.off()


def test_endpoint_puts_the_reply_in_another_folder(tmp_path: Path) -> None:
    elsewhere = tmp_path / "shared" / "replies"
    local = provider(tmp_path / "data", endpoint=str(elsewhere))

    local.write_auto_reply(REPLY)

    assert (elsewhere / "Work.json").is_file()
    assert not (tmp_path / "data").exists()
    assert local.read_auto_reply() == REPLY


def assert_plain_folder_message(message: str, folder: Path) -> None:
    """One sentence naming the folder and the system's reason, without error numbers."""
    assert message.startswith(f"The folder {folder} cannot be used (")
    assert message.endswith(").")
    assert "Errno" not in message and "\n" not in message


def test_a_folder_that_is_a_file_is_unreachable(tmp_path: Path) -> None:
    blocker = tmp_path / "replies"
    blocker.write_text("not a folder", "utf-8")
    local = provider(tmp_path, endpoint=str(blocker))

    with pytest.raises(Unreachable) as caught:
        local.write_auto_reply(REPLY)
    assert_plain_folder_message(str(caught.value), blocker)

    with pytest.raises(Unreachable) as caught:
        local.read_auto_reply()
    assert_plain_folder_message(str(caught.value), blocker)
    assert blocker.read_text("utf-8") == "not a folder"


@pytest.mark.parametrize(
    "content",
    [
        b"{not json",
        b"",
        b"[]",
        b"null",
        b'"enabled"',
        b'{"enabled": true, "start": "next week"}',
        b'{"enabled": true, "start": "2026-12-01T09:00:00"}',
        b'{"enabled": true, "audience": "friends"}',
        b'{"enabled": true, "subject": "caf\xe9"}',
    ],
    ids=[
        "not-json",
        "empty",
        "a-list",
        "null",
        "a-string",
        "bad-time",
        "time-without-zone",
        "bad-audience",
        "not-utf8",
    ],
)
def test_a_damaged_file_is_rejected(tmp_path: Path, content: bytes) -> None:
    saved = tmp_path / "local" / "Work.json"
    saved.parent.mkdir()
    saved.write_bytes(content)

    with pytest.raises(Rejected) as caught:
        provider(tmp_path).read_auto_reply()

    assert "damaged" in str(caught.value)
    assert str(saved) in str(caught.value)
    assert saved.read_bytes() == content  # left for the person to look at
    # Writing a good reply over it repairs it.
    provider(tmp_path).write_auto_reply(REPLY)
    assert provider(tmp_path).read_auto_reply() == REPLY


@pytest.mark.parametrize(
    "name",
    ["../../escape", "..", "a/b\\c", "Work: Ana <ana@example.com>", "日本", "/etc/passwd", ""],
)
def test_odd_account_names_stay_inside_the_folder(tmp_path: Path, name: str) -> None:
    data = tmp_path / "data"
    local = provider(data, name)

    local.write_auto_reply(REPLY)

    files = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert len(files) == 1
    assert files[0].parent == data / "local"
    assert local.read_auto_reply() == REPLY


@pytest.mark.parametrize(
    ("first", "second"), [("a/b", "a_b"), ("日本", "中国"), ("Work?", "Work*")]
)
def test_names_that_differ_only_in_odd_characters_keep_their_own_reply(
    tmp_path: Path, first: str, second: str
) -> None:
    data = tmp_path / "data"
    provider(data, first).write_auto_reply(REPLY)
    assert provider(data, second).read_auto_reply() == AutoReply.off()


@pytest.mark.parametrize("external", ["", "  \n "])
def test_a_reply_without_its_own_external_text_keeps_the_internal_one_for_everyone(
    tmp_path: Path, external: str
) -> None:
    local = provider(tmp_path)
    wanted = AutoReply(**{**REPLY.__dict__, "external": external, "audience": Audience.ALL})
    local.write_auto_reply(wanted)
    kept = json.loads((tmp_path / "local" / "Work.json").read_text(encoding="utf-8"))
    assert kept["external"] == REPLY.internal  # never a blank reply to outside senders
    back = local.read_auto_reply()
    assert back.external == REPLY.internal
    assert back.same_as(wanted)


def test_a_reply_with_no_text_at_all_is_refused(tmp_path: Path) -> None:
    local = provider(tmp_path)
    blank = AutoReply(**{**REPLY.__dict__, "internal": " ", "external": ""})
    with pytest.raises(Rejected, match="no text"):
        local.write_auto_reply(blank)
    assert local.read_auto_reply() == AutoReply.off()


# --- first contact: a reply that was already there is left as it is -------------------------


def test_a_reply_kept_on_this_computer_before_the_account_was_added_is_left_alone(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, home: Path
) -> None:
    from boundary_app.core.paths import AppPaths
    from tests.first_contact import Mailbox, walk

    folder = AppPaths.from_environment().local_replies
    file = folder / "Desk.json"

    def set_reply(until: datetime) -> None:
        reply = AutoReply(
            True,
            start=until - timedelta(days=5),
            end=until,
            subject="Conference",
            internal="At a conference; back on Monday.",
            external="I am at a conference and reply on Monday.",
        )
        folder.mkdir(parents=True, exist_ok=True)
        file.write_text(json.dumps(reply.to_json()), encoding="utf-8")

    walk(
        capsys,
        monkeypatch,
        Mailbox(
            name="Desk",
            add=("accounts", "add", "local", "Desk"),
            set_reply=set_reply,
            stored=lambda: file.read_bytes(),
            enabled=lambda: provider(folder.parent, "Desk").read_auto_reply().enabled,
        ),
    )
