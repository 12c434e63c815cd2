"""The profile file: created on first start, read back as written, never lost or overwritten."""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
import tomllib
from datetime import UTC, datetime, time
from pathlib import Path
from typing import Any

import pytest
import tomli_w

import boundary_app
from boundary_app.core import profile as profile_mod
from boundary_app.core.profile import (
    Account,
    Backup,
    Identity,
    Preferences,
    Profile,
    ProfileError,
    ProfileFileError,
    ProfileInvalid,
    ProfileReadOnly,
    ProfileSyntaxError,
    TemplateText,
    default_profile,
    dumps,
    load_profile,
    open_profile,
    parse_profile,
    save_profile,
    start_plan,
)
from boundary_app.providers.base import Audience
from tests.files import read_only

NOW = datetime(2026, 11, 24, 8, 30, 15, tzinfo=UTC)
TZ = "Europe/Amsterdam"


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "config" / "profile.toml"


def rich_profile() -> Profile:
    return Profile(
        identity=Identity("Ana Silva", "ana@example.com", "+31 6 1111 2222", TZ),
        preferences=Preferences("client", Audience.CONTACTS, "08:30"),
        backups=[
            Backup("Sam Lee", "sam@example.com", "+31 6 1234 5678", "urgent client questions"),
            Backup("Zoë Ångström", "zoe@example.com"),
        ],
        templates={
            "en": {
                "vacation": TemplateText(
                    subject='Away: "{return}"',
                    internal="Hi,\n\nI'm off until {return}. {foo} stays as typed.\n\n{name}\n",
                    reason="Trip to São Paulo \\ with a backslash",
                ),
                "family": TemplateText(reason="With my kids."),
            },
            "nl": {"family": TemplateText(reason="Met mijn kinderen.")},
        },
        accounts=[Account("This computer", "local"), Account("Work", "memory", {"port": 993})],
    )


# --- first start and round trip -----------------------------------------------------------


def test_first_open_creates_a_profile_with_the_local_account(path: Path) -> None:
    opened = open_profile(path, NOW, TZ)

    assert opened.notice is None
    assert path.is_file()
    assert [(a.name, a.kind) for a in opened.profile.accounts] == [("This computer", "local")]
    assert opened.profile.identity.timezone == TZ
    assert load_profile(path) == opened.profile
    # Opening again reads the same file and does not reset it.
    assert open_profile(path, NOW, "Asia/Tokyo").profile.identity.timezone == TZ


def test_first_open_ignores_a_time_zone_that_does_not_exist(path: Path) -> None:
    profile = open_profile(path, NOW, "Mars/Olympus_Mons").profile
    assert profile.identity.timezone != "Mars/Olympus_Mons"
    assert profile.tz is not None  # a zone that exists


def test_round_trip_through_text_is_exact() -> None:
    profile = rich_profile()
    text = dumps(profile)
    assert parse_profile(text) == profile
    assert dumps(parse_profile(text)) == text


def test_save_and_load_round_trip(path: Path) -> None:
    save_profile(rich_profile(), path)
    assert load_profile(path) == rich_profile()


def test_start_at_login_is_a_preference_that_round_trips(path: Path) -> None:
    fresh = open_profile(path, NOW, TZ).profile
    assert not fresh.preferences.start_at_login
    assert not fresh.preferences.asked_start_at_login  # a new profile asks the question

    fresh.preferences.start_at_login = True
    fresh.preferences.asked_start_at_login = True
    save_profile(fresh, path)
    prefs = tomllib.loads(path.read_text("utf-8"))["preferences"]
    assert prefs["start_at_login"] is True
    assert prefs["asked_start_at_login"] is True
    assert "start_at_login" not in load_profile(path).preferences.extra
    assert load_profile(path).preferences == fresh.preferences


def test_a_profile_without_start_at_login_has_not_been_asked() -> None:
    prefs = parse_profile('[preferences]\ntemplate = "client"\n').preferences
    assert (prefs.start_at_login, prefs.asked_start_at_login) == (False, False)


BASE = """\
schema_version = 2
{top}

[identity]
name = "Ana"
timezone = "Europe/Amsterdam"
{identity}

[preferences]
template = "vacation"
{preferences}

[templates.en.x]
subject = "Hi"
{template}

[[backups]]
name = "Sam Lee"
email = "sam@example.com"
{backup}

[[accounts]]
name = "Work"
kind = "memory"
{account}
"""
PLACES = ("top", "identity", "preferences", "template", "backup", "account")


@pytest.mark.parametrize(
    ("slot", "where"),
    [
        ("top", ()),
        ("identity", ("identity",)),
        ("preferences", ("preferences",)),
        ("template", ("templates", "en", "x")),
        ("backup", ("backups", 0)),
        ("account", ("accounts", 0)),
    ],
)
@pytest.mark.parametrize(
    ("line", "key", "value"),
    [
        ('future_flag = "keep me"', "future_flag", "keep me"),
        ("future_list = [1, 2, 3]", "future_list", [1, 2, 3]),
        ("future_table = { a = 1, b = [true] }", "future_table", {"a": 1, "b": [True]}),
    ],
)
def test_unknown_keys_survive_load_and_save(
    path: Path, slot: str, where: tuple[str | int, ...], line: str, key: str, value: Any
) -> None:
    path.parent.mkdir(parents=True)
    path.write_text(BASE.format(**{s: line if s == slot else "" for s in PLACES}), "utf-8")

    save_profile(load_profile(path), path)

    node: Any = tomllib.loads(path.read_text("utf-8"))
    for part in where:
        node = node[part]
    assert node[key] == value
    profile = load_profile(path)
    assert [b.name for b in profile.backups] == ["Sam Lee"]
    assert [a.name for a in profile.accounts] == ["Work"]


def test_account_settings_holding_a_table_keep_every_account_and_backup(path: Path) -> None:
    profile = rich_profile()
    profile.accounts[1].settings = {"server": {"host": "mail.example.com", "port": 993}}
    profile.backups[0].extra = {"hours": {"mon": "9-17"}}
    profile.extra = {"later": {"x": 1}}

    save_profile(profile, path)

    assert load_profile(path) == profile


# --- errors name the line -----------------------------------------------------------------


def doc(body: str) -> str:
    return "schema_version = 1\n" + textwrap.dedent(body)


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        (doc('[identity]\nname = "Ana\n'), 3, ["TOML"]),
        (doc("[identity]\ntimezone = 5\n"), 3, ["identity.timezone", "text", "number"]),
        (doc('[identity]\n\ntimezone = "Mars/Olympus"\n'), 4, ["'Mars/Olympus'", "time zone"]),
        (doc('[identity]\nemail = "ana at work"\n'), 3, ["identity.email", "'ana at work'"]),
        (
            doc('\n[[backups]]\nname = "Sam"\nemail = "sam@"\n'),
            3,
            ["backups[1]", "Sam", "'sam@'", "not an email address"],
        ),
        (
            doc(
                '[[backups]]\nname = "Sam"\nemail = "s@x.com"\n'
                '[[backups]]\nname = "SAM"\nemail = "t@x.com"\n'
            ),
            5,
            ["backups[2]", "'SAM'", "twice"],
        ),
        (doc('[[accounts]]\nname = "Work"\n'), 2, ["accounts[1]", "'Work'", "no kind"]),
        (
            doc('[[accounts]]\nname = "W"\nkind = "local"\n[[accounts]]\nname = "w"\nkind = "x"\n'),
            6,
            ["'w'", "two accounts"],
        ),
        (doc('[preferences]\naudience = "friends"\n'), 3, ["audience", "'friends'", "contacts"]),
        (doc('[preferences]\ntemplate = "beach"\n'), 3, ["template", "'beach'", "vacation"]),
        (doc('[preferences]\nworkday_start = "25:00"\n'), 3, ["workday_start", "'25:00'"]),
        (doc('[preferences]\nworkday_start = "9am"\n'), 3, ["workday_start", "'9am'"]),
        (
            doc('[preferences]\nstart_at_login = "yes"\n'),
            3,
            ["start_at_login", "true/false", "text"],
        ),
        (doc("backups = 3\n"), 2, ["backups", "a list"]),
        ("schema_version = true\n", 1, ["schema_version", "number", "true/false"]),
        ("schema_version = 0\n", 1, ["schema_version", "0"]),
    ],
)
def test_errors_name_the_line_and_the_problem(text: str, line: int, words: list[str]) -> None:
    with pytest.raises(ProfileError) as caught:
        parse_profile(text)
    assert caught.value.line == line
    message = str(caught.value)
    for word in words:
        assert word in message
    if "TOML" not in words:
        assert isinstance(caught.value, ProfileInvalid)
        assert message.startswith(f"line {line}: ")


@pytest.mark.parametrize("typed", ["9.30", "9:30", "09:30", "09.30"])
def test_a_workday_start_reads_as_the_plans_times_do(path: Path, typed: str) -> None:
    text = f'schema_version = 2\n[preferences]\nworkday_start = "{typed}"\n'
    path.parent.mkdir(parents=True)
    path.write_text(text, encoding="utf-8")
    profile = load_profile(path)
    assert profile.preferences.workday_start_time == time(9, 30)
    save_profile(profile, path)
    assert load_profile(path).preferences.workday_start == typed  # kept as the person typed it


def test_syntax_error_is_a_syntax_error_with_its_line() -> None:
    with pytest.raises(ProfileSyntaxError) as caught:
        parse_profile('schema_version = 1\n\n\n[identity\nname = "x"\n')
    assert caught.value.line == 4
    assert "line 4" in str(caught.value)


def test_a_file_that_is_not_utf8_is_a_syntax_error(path: Path) -> None:
    path.parent.mkdir(parents=True)
    path.write_bytes(b'schema_version = 1\n[identity]\nname = "Jos\xe9"\n')
    with pytest.raises(ProfileSyntaxError, match="UTF-8"):
        load_profile(path)


# --- a damaged file is set aside, never overwritten -----------------------------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (b'schema_version = 1\n[identity]\nname = "unfinished\n', ["line 3"]),
        (b"schema_version = 1\n[identity]\ntimezone = 5\n", ["line 3", "identity.timezone"]),
        (b'schema_version = 1\n[[backups]]\nname = "S\xc3\xa1m"\nemail = "no"\n', ["line 2"]),
        (b"\xff\xfe not text at all", ["UTF-8"]),
    ],
)
def test_open_moves_a_damaged_profile_aside(path: Path, text: bytes, words: list[str]) -> None:
    path.parent.mkdir(parents=True)
    path.write_bytes(text)

    opened = open_profile(path, NOW, TZ)

    aside = path.with_name("profile.toml.corrupt-20261124-083015")
    assert aside.read_bytes() == text
    assert load_profile(path) == opened.profile == start_plan(default_profile(TZ), NOW)
    assert opened.notice is not None
    assert aside.name in opened.notice
    for word in words:
        assert word in opened.notice


def test_a_second_damaged_profile_in_the_same_second_does_not_replace_the_first(
    path: Path,
) -> None:
    path.parent.mkdir(parents=True)
    path.write_text("first = \n", "utf-8")
    first = open_profile(path, NOW, TZ)
    path.write_text("second = \n", "utf-8")
    second = open_profile(path, NOW, TZ)

    asides = sorted(path.parent.glob("profile.toml.corrupt-*"))
    assert sorted(p.read_text("utf-8") for p in asides) == ["first = \n", "second = \n"]
    assert first.notice is not None and second.notice is not None
    for aside in asides:
        assert aside.name in first.notice + second.notice


# --- the file and its folder: what the system does to them ------------------------------


def test_thousands_of_nested_brackets_are_a_syntax_error_set_aside(path: Path) -> None:
    text = "identity = " + "[" * 5000 + "]" * 5000 + "\n"
    with pytest.raises(ProfileSyntaxError, match="nested too deeply"):
        parse_profile(text)
    path.parent.mkdir(parents=True)
    path.write_text(text, "utf-8")

    opened = open_profile(path, NOW, TZ)

    assert opened.notice is not None and "nested too deeply" in opened.notice
    assert path.with_name("profile.toml.corrupt-20261124-083015").read_text("utf-8") == text
    assert load_profile(path) == opened.profile


def test_a_byte_order_mark_as_windows_notepad_writes_is_accepted(path: Path) -> None:
    path.parent.mkdir(parents=True)
    text = "\ufeffschema_version = 99\n[identity]\nname = 'Ana Silva'\n"
    path.write_text(text, "utf-8")

    opened = open_profile(path, NOW, TZ)

    assert opened.profile.identity.name == "Ana Silva"
    assert opened.profile.read_only  # the version on the first line was read too
    assert list(path.parent.iterdir()) == [path]


def test_a_folder_where_the_profile_goes_is_left_alone(path: Path) -> None:
    path.mkdir(parents=True)
    (path / "notes.txt").write_text("mine")

    for attempt in (lambda: open_profile(path, NOW, TZ), lambda: load_profile(path)):
        with pytest.raises(ProfileFileError) as caught:
            attempt()
        assert (caught.value.path, caught.value.problem) == (path, "folder")
    with pytest.raises(ProfileFileError):
        save_profile(default_profile(TZ), path)

    assert (path / "notes.txt").read_text() == "mine"
    assert list(path.parent.iterdir()) == [path]


def test_a_folder_boundary_may_not_write_in_changes_nothing(path: Path) -> None:
    path.parent.mkdir(parents=True)
    with read_only(path.parent):
        with pytest.raises(ProfileFileError) as caught:
            open_profile(path, NOW, TZ)  # the first start: no profile yet
        assert caught.value.problem == "unwritable"
        assert list(path.parent.iterdir()) == []

    path.write_text("[identity\n", "utf-8")
    with read_only(path.parent), pytest.raises(ProfileFileError):
        open_profile(path, NOW, TZ)  # damaged, and cannot be set aside
    assert list(path.parent.iterdir()) == [path]
    assert path.read_text("utf-8") == "[identity\n"

    save_profile(start_plan(default_profile(TZ), NOW), path)
    before = path.read_bytes()
    with read_only(path.parent):
        opened = open_profile(path, NOW, TZ)  # a profile that can be read is used
        opened.profile.identity.name = "Changed"
        with pytest.raises(ProfileFileError) as caught:
            save_profile(opened.profile, path)
    assert caught.value.problem == "unwritable" and caught.value.path == path
    assert path.read_bytes() == before


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links need a privilege")
def test_a_profile_that_is_a_link_is_saved_where_the_link_points(tmp_path: Path) -> None:
    synced = tmp_path / "synced"
    synced.mkdir()
    target = synced / "boundary.toml"
    save_profile(start_plan(default_profile(TZ), NOW), target)
    link = tmp_path / "config" / "profile.toml"
    link.parent.mkdir()
    link.symlink_to(target)

    profile = open_profile(link, NOW, TZ).profile
    profile.identity.name = "Ana Silva"
    save_profile(profile, link)

    assert link.is_symlink() and link.resolve() == target
    assert load_profile(target).identity.name == "Ana Silva"
    assert list(link.parent.iterdir()) == [link]


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links need a privilege")
def test_a_damaged_profile_behind_a_link_is_set_aside_beside_its_file(tmp_path: Path) -> None:
    synced = tmp_path / "synced"
    synced.mkdir()
    target = synced / "boundary.toml"
    target.write_text("[identity\n", "utf-8")
    link = tmp_path / "profile.toml"
    link.symlink_to(target)

    opened = open_profile(link, NOW, TZ)

    assert opened.notice is not None
    assert (synced / "boundary.toml.corrupt-20261124-083015").read_text() == "[identity\n"
    assert link.is_symlink() and load_profile(target) == opened.profile


# --- a profile from a newer Boundary ------------------------------------------------------


NEWER = b"""\
schema_version = 99
hologram = true

[identity]
name = "Ana Silva"
timezone = "Europe/Amsterdam"
"""


def test_newer_profile_is_used_read_only(path: Path) -> None:
    path.parent.mkdir(parents=True)
    path.write_bytes(NEWER)

    opened = open_profile(path, NOW, TZ)

    assert opened.profile.read_only
    assert opened.profile.identity.name == "Ana Silva"
    assert opened.notice is not None and "newer version" in opened.notice
    opened.profile.identity.name = "Changed"
    with pytest.raises(ProfileReadOnly, match="newer version"):
        save_profile(opened.profile, path)
    assert path.read_bytes() == NEWER
    assert list(path.parent.iterdir()) == [path]


@pytest.mark.parametrize(
    "text",
    [NEWER + b'[preferences\nmood = "calm"\n', NEWER + b"[preferences]\naudience = 7\n"],
)
def test_newer_profile_that_cannot_be_read_is_left_alone(path: Path, text: bytes) -> None:
    path.parent.mkdir(parents=True)
    path.write_bytes(text)

    with pytest.raises(ProfileError, match="newer version") as caught:
        open_profile(path, NOW, TZ)

    assert "not changed" in str(caught.value)
    assert path.read_bytes() == text
    assert list(path.parent.iterdir()) == [path]


# --- migrations ---------------------------------------------------------------------------


def test_older_schema_is_migrated_on_load(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def rename_full_name(document: dict[str, Any]) -> dict[str, Any]:
        identity = document.setdefault("identity", {})
        identity["name"] = identity.pop("full_name", "")
        return document

    monkeypatch.setattr(profile_mod, "SCHEMA_VERSION", 2)
    monkeypatch.setitem(profile_mod.MIGRATIONS, 1, rename_full_name)
    path.parent.mkdir(parents=True)
    path.write_text('schema_version = 1\n[identity]\nfull_name = "Ana Silva"\n', "utf-8")

    opened = open_profile(path, NOW, TZ)

    assert opened.notice is None
    assert opened.profile.identity.name == "Ana Silva"
    assert "full_name" not in opened.profile.identity.extra
    assert opened.profile.schema_version == 2
    assert not opened.profile.read_only
    save_profile(opened.profile, path)
    saved = tomllib.loads(path.read_text("utf-8"))
    assert saved["schema_version"] == 2
    assert saved["identity"]["name"] == "Ana Silva"
    # A version-2 document is not migrated again.
    assert parse_profile(path.read_text("utf-8")).identity.name == "Ana Silva"


def test_a_version_1_profile_keeps_its_template_edits_as_english(path: Path) -> None:
    path.parent.mkdir(parents=True)
    path.write_text(
        'schema_version = 1\n[templates.vacation]\nsubject = "Gone until {return}"\n', "utf-8"
    )

    profile = open_profile(path, NOW, TZ).profile
    save_profile(profile, path)

    assert profile.templates == {"en": {"vacation": TemplateText(subject="Gone until {return}")}}
    saved = tomllib.loads(path.read_text("utf-8"))
    assert saved["schema_version"] == 3
    assert saved["templates"] == {
        "en": {"vacation": {"subject": "Gone until {return}", "internal": "", "external": "",
                            "reason": ""}}
    }  # fmt: skip


def test_languages_are_checked_and_kept(path: Path) -> None:
    with pytest.raises(ProfileInvalid, match=r"preferences.second_language.*'fr'.*en, nl, id"):
        parse_profile('[preferences]\nsecond_language = "fr"\n')
    prefs = parse_profile('[preferences]\nlanguage = "nl"\nsecond_language = "en"\n').preferences

    assert (prefs.language, prefs.reply_language, prefs.second_language) == ("nl", "", "en")
    assert prefs.reply_languages(system="id") == ("nl", "en")
    assert Preferences(second_language="en").reply_languages(system="en") == ("en",)
    assert Preferences(reply_language="id").reply_languages(system="en") == ("id",)


# --- finding a backup -----------------------------------------------------------------------


ROSTER = Profile(
    backups=[
        Backup("Sam Lee", "sam@example.com"),
        Backup("Alex Kim", "alex@example.com"),
        Backup("Alex Moreau", "amoreau@example.com"),
        Backup("Björn", "bjorn@example.com"),
    ]
)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Sam Lee", "Sam Lee"),
        ("sam lee", "Sam Lee"),
        ("  SAM LEE ", "Sam Lee"),
        ("sam", "Sam Lee"),
        ("SAM@example.com", "Sam Lee"),
        ("alex kim", "Alex Kim"),
        ("amoreau@example.com", "Alex Moreau"),
        ("BJÖRN", "Björn"),
        ("alex", None),  # two people called Alex: ask, do not guess
        ("lee", None),
        ("nobody", None),
        ("", None),
    ],
)
def test_backup_lookup(query: str, expected: str | None) -> None:
    found = ROSTER.backup(query)
    assert (found.name if found else None) == expected


# --- crash safety ---------------------------------------------------------------------------

# The child saves two versions in turn and prints a line after each save. It is kept small
# so that 200 of them start quickly: no site module, and the package's __init__ (which reads
# package metadata) replaced by a bare package; the profile code itself is the real one.
CHILD = """
import sys, types
sys.path[:0] = {paths!r}
package = types.ModuleType("boundary_app")
package.__path__ = {package!r}
package.APP_NAME = "boundary"
sys.modules["boundary_app"] = package
from pathlib import Path
from boundary_app.core.profile import Account, Identity, Profile, save_profile
path = Path(sys.argv[1])
versions = [
    Profile(Identity(letter * size, timezone="UTC"), accounts=[Account("Here", "local")])
    for letter, size in (("A", {a}), ("B", {b}))
]
print("ready", flush=True)
i = 0
while True:
    save_profile(versions[i % 2], path)
    print(i, flush=True)
    i += 1
"""
# Small enough that most of a save is the write itself, so kills land inside it.
SIZE_A, SIZE_B = 30_000, 20_000
KILLS = 200
SLOTS = 4  # children starting up while others save, to use every core


def _version(letter: str, size: int) -> bytes:
    profile = Profile(Identity(letter * size, timezone="UTC"), accounts=[Account("Here", "local")])
    return dumps(profile).encode("utf-8")


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_profile_survives_being_killed_mid_save(tmp_path: Path) -> None:
    """Kill a saving process at many points: the profile is always one whole version."""
    versions = [_version("A", SIZE_A), _version("B", SIZE_B)]
    code = CHILD.format(
        paths=[str(Path(tomli_w.__file__).parent.parent)],
        package=list(boundary_app.__path__),
        a=SIZE_A,
        b=SIZE_B,
    )
    folders = [tmp_path / f"slot{n}" for n in range(SLOTS)]
    for n, folder in enumerate(folders):
        folder.mkdir()
        (folder / "profile.toml").write_bytes(versions[n % 2])

    def start(folder: Path) -> subprocess.Popen[str]:
        return subprocess.Popen(
            [sys.executable, "-S", "-c", code, str(folder / "profile.toml")],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )

    running = [start(folder) for folder in folders]
    temps_before = dict.fromkeys(folders, 0)
    cut_short = 0
    try:
        for kill in range(KILLS):
            slot = kill % SLOTS
            folder, child = folders[slot], running[slot]
            assert child.stdout is not None and child.stderr is not None
            ready = child.stdout.readline()
            assert ready == "ready\n", child.stderr.read()
            for _ in range(kill % 5):  # then kill it during its 1st, 2nd, ... 5th save
                assert child.stdout.readline(), child.stderr.read()
            child.send_signal(signal.SIGKILL)
            child.wait()
            child.stdout.close()
            child.stderr.close()

            text = (folder / "profile.toml").read_bytes()
            assert text in versions
            parse_profile(text.decode("utf-8"))
            temps = sorted(p.name for p in folder.iterdir() if p.name != "profile.toml")
            assert all(n.startswith(".profile.toml.") and n.endswith(".tmp") for n in temps)
            assert len(temps) <= temps_before[folder] + 1  # only the write that was cut short
            cut_short += len(temps) - temps_before[folder]
            temps_before[folder] = len(temps)
            if kill + SLOTS < KILLS:
                running[slot] = start(folder)
    finally:
        for child in running:
            if child.poll() is None:
                child.kill()
                child.wait()
    # The schedule really interrupts writes, not only the work before them.
    assert cut_short > 0


@pytest.mark.parametrize(
    ("preferences", "language"),
    [
        ('reply_language = "nl"\nlanguage = "id"\n', "nl"),
        ('language = "id"\n', "id"),
        ("", "en"),  # "as the system": the tests' system speaks English
    ],
)
def test_a_version_2_backups_covers_text_gets_the_replys_language(
    path: Path, preferences: str, language: str
) -> None:
    path.parent.mkdir(parents=True)
    path.write_text(
        f"schema_version = 2\n[preferences]\n{preferences}\n"
        '[[backups]]\nname = "Sam Lee"\nemail = "sam@example.com"\ncovers = "klantvragen"\n'
        '[[backups]]\nname = "Alex Kim"\nemail = "alex@example.com"\ncovers = ""\n',
        "utf-8",
    )

    profile = open_profile(path, NOW, TZ).profile
    save_profile(profile, path)

    sam, alex = profile.backups
    assert sam.covers_by_language == {language: "klantvragen"}
    assert (sam.covers, alex.covers, alex.covers_by_language) == ("klantvragen", "", {})
    saved = tomllib.loads(path.read_text("utf-8"))
    assert saved["schema_version"] == 3
    assert saved["backups"][0]["covers"] == {language: "klantvragen"}
    assert load_profile(path).backups == profile.backups


def test_covers_per_language_are_written_on_the_backups_line_and_read_back(path: Path) -> None:
    profile = rich_profile()
    profile.backups[0] = Backup(
        "Sam Lee", "sam@example.com", covers={"nl": "dringende vragen", "en": 'the "big" ones'}
    )
    save_profile(profile, path)

    text = path.read_text("utf-8")
    assert "[[backups]]" in text  # still blocks a person can read, not one long line
    assert 'covers = { nl = "dringende vragen", en = "the \\"big\\" ones" }' in text
    backup = load_profile(path).backups[0]
    assert backup.covers_by_language == {"nl": "dringende vragen", "en": 'the "big" ones'}
    assert backup.covers_in("en") == 'the "big" ones'
    assert backup.covers_in("id") == "dringende vragen"  # the first one given
    # A hand-written plain text is a text for every language; a control character is refused.
    hand = parse_profile('[[backups]]\nname = "Bo"\nemail = "bo@example.com"\ncovers = "all"\n')
    assert hand.backups[0].covers_in("nl") == "all"
    with pytest.raises(ProfileInvalid, match=r"backups\[1\].covers.nl.*control character"):
        parse_profile(
            '[[backups]]\nname = "Bo"\nemail = "bo@example.com"\ncovers = { nl = "a\\u001b" }\n'
        )
