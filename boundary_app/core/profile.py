"""The profile: one human-readable TOML file holding everything but secrets.

Loading validates every value and names the line of the first thing that is wrong.
Keys this version does not know are kept and written back unchanged. A file written by a
newer Boundary (a higher ``schema_version``) is read but never written. Saving is atomic.
"""

from __future__ import annotations

import copy
import logging
import re
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from boundary_app.core.calls import (
    CallSlot,
    days_document,
    normalize_contact,
    problem_words,
    slot_problem,
)
from boundary_app.core.language import LANGUAGES, reply_languages, system_language
from boundary_app.core.schedule import (
    WEEKDAY_NAMES,
    CheckPlan,
    PlanError,
    parse_clock,
    parse_weekdays,
    plan_fault,
)
from boundary_app.providers.base import (
    AccountConfig,
    Audience,
    Said,
    char_name,
    control_character,
    is_email,
    said_in,
)
from boundary_app.providers.files import write_atomic

log = logging.getLogger(__name__)

SCHEMA_VERSION = 3


def _templates_by_language(document: dict[str, Any]) -> dict[str, Any]:
    """Version 1 kept one set of template edits, in English: ``[templates.<id>]``."""
    templates = document.get("templates")
    if isinstance(templates, dict) and templates:
        document["templates"] = {"en": templates}
    return document


def _covers_by_language(document: dict[str, Any]) -> dict[str, Any]:
    """Version 2 kept one "covers" text per backup, written in the reply's language then:
    ``reply_language``, else ``language``, else the system's (what "" resolved to)."""
    backups = document.get("backups")
    prefs = document.get("preferences")
    prefs = prefs if isinstance(prefs, dict) else {}
    chosen = [prefs.get("reply_language"), prefs.get("language")]
    lang = next((c for c in chosen if isinstance(c, str) and c in LANGUAGES), None)
    for item in backups if isinstance(backups, list) else []:
        covers = item.get("covers") if isinstance(item, dict) else None
        if isinstance(covers, str) and covers.strip():
            item["covers"] = {lang or system_language(): covers}
    return document


MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {
    1: _templates_by_language,
    2: _covers_by_language,
}
"""``MIGRATIONS[n]`` turns a version-n document into a version-(n+1) one."""

TEMPLATE_IDS = ("vacation", "volunteering", "family", "client", "focus", "availability", "custom")


@dataclass
class Identity:
    name: str = ""
    email: str = ""
    phone: str = ""
    timezone: str = "UTC"
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)


ANY_LANGUAGE = ""
"""The key of a "covers" text given without a language (a plain string in the file)."""


@dataclass(init=False)
class Backup:
    """A colleague who covers; the roster's order is the order of preference.

    What they cover is written per language (``covers_by_language``: {"nl": "dringende
    klantvragen", "en": "urgent client questions"}), in the order given; a text given
    without a language (``covers="…"``, a plain string in the file) sits under
    ``ANY_LANGUAGE``. ``covers_in(lang)`` is what a reply in ``lang`` says; ``covers`` is
    the first text, for a screen that names the backup without a language at hand.
    """

    name: str
    email: str
    phone: str
    covers_by_language: dict[str, str]
    extra: dict[str, Any]
    away_until: date | None
    """Marked unavailable by hand through this day (ill, on leave): nobody is sent to them
    and nothing is forwarded to them until the day after, in the profile's time zone."""

    def __init__(
        self,
        name: str,
        email: str,
        phone: str = "",
        covers: str | Mapping[str, str] = "",
        extra: dict[str, Any] | None = None,
        *,
        covers_by_language: Mapping[str, str] | None = None,
        away_until: date | None = None,
    ) -> None:
        self.name = name
        self.email = email
        self.phone = phone
        given = covers_by_language if covers_by_language is not None else covers
        if isinstance(given, str):
            given = {ANY_LANGUAGE: given}
        self.covers_by_language = {k: v for k, v in given.items() if v.strip()}
        self.extra = {} if extra is None else extra
        self.away_until = away_until

    @property
    def covers(self) -> str:
        """The first "covers" text given, in whatever language ("" when there is none)."""
        return next(iter(self.covers_by_language.values()), "")

    def covers_in(self, lang: str) -> str:
        """What they cover, said in ``lang``: its own text, else a text given without a
        language, else the first one given (a reply never drops what the person wrote)."""
        texts = self.covers_by_language
        return texts.get(lang) or texts.get(ANY_LANGUAGE) or self.covers

    def marked_away(self, moment: datetime, tz: ZoneInfo) -> bool:
        """Whether the person marked this backup unavailable at ``moment``."""
        return self.away_until is not None and moment.astimezone(tz).date() <= self.away_until


@dataclass
class TemplateText:
    """A user's version of a message template; empty fields fall back to the built-in."""

    subject: str = ""
    internal: str = ""
    external: str = ""
    reason: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Account:
    name: str
    kind: str
    settings: dict[str, Any] = field(default_factory=dict)

    def config(self) -> AccountConfig:
        return AccountConfig(self.name, self.kind, dict(self.settings))

    @property
    def email(self) -> str:
        """The account's own address ("" for a kind that keeps none, such as ``local``)."""
        return str(self.settings.get("email") or "")


@dataclass
class Preferences:
    template: str = "vacation"
    audience: Audience = Audience.ALL
    workday_start: str = "09:00"
    start_at_login: bool = False
    """The person's wish to start Boundary at sign-in; the system's entry is what counts."""
    asked_start_at_login: bool = False
    """The first-run question about starting at sign-in was answered (it is asked once)."""
    language: str = ""
    """The app's language: a code of ``LANGUAGES``, or "" to follow the system."""
    reply_language: str = ""
    """The out-of-office reply's language; "" means the app's language."""
    second_language: str = ""
    """A second language the reply repeats itself in (bilingual reply); "" for none."""
    extra: dict[str, Any] = field(default_factory=dict)

    def reply_languages(self, system: str) -> tuple[str, ...]:
        """The reply's languages, first the main one; ``system`` resolves "follow the system"."""
        return reply_languages(self.reply_language or self.language or system, self.second_language)

    @property
    def workday_start_time(self) -> time:
        """``workday_start`` as a time; it reads as the plan's times do ("9:30", "9.30")."""
        return parse_clock(self.workday_start)


@dataclass
class Profile:
    identity: Identity = field(default_factory=Identity)
    preferences: Preferences = field(default_factory=Preferences)
    backups: list[Backup] = field(default_factory=list)
    templates: dict[str, dict[str, TemplateText]] = field(default_factory=dict)
    """The person's edits of the built-in templates: ``templates[language][template_id]``."""
    accounts: list[Account] = field(default_factory=list)
    checks: CheckPlan = field(default_factory=CheckPlan)
    """The mail-check plan and focus days (``[checks]`` and ``[focus]`` in the file)."""
    checks_extra: dict[str, Any] = field(default_factory=dict)
    """Keys of ``[checks]`` this version does not know, kept as they were."""
    focus_extra: dict[str, Any] = field(default_factory=dict)
    """Keys of ``[focus]`` this version does not know, kept as they were."""
    calls: list[CallSlot] = field(default_factory=list)
    """Call slots per client (``[[calls]]``): the scheduled calls offered instead of ad-hoc ones."""
    schema_version: int = SCHEMA_VERSION
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def read_only(self) -> bool:
        """Written by a newer Boundary: used as it is, never written back."""
        return self.schema_version > SCHEMA_VERSION

    @property
    def tz(self) -> ZoneInfo:
        return self.identity.tz

    def account(self, name: str) -> Account | None:
        wanted = name.casefold()
        return next((a for a in self.accounts if a.name.casefold() == wanted), None)

    def call_slot(self, name: str) -> CallSlot | None:
        """A call slot by its client's name (case-insensitive)."""
        wanted = name.strip().casefold()
        return next((c for c in self.calls if c.name.casefold() == wanted), None)

    def backup(self, name: str) -> Backup | None:
        """A backup by name, by first name, or by email (case-insensitive)."""
        wanted = name.strip().casefold()
        for key in (str.casefold, lambda n: n.split()[0].casefold() if n.split() else ""):
            found = [b for b in self.backups if wanted in (key(b.name), b.email.casefold())]
            if len(found) == 1:
                return found[0]
        return None


# --- errors -------------------------------------------------------------------------------


class ProfileError(Exception):
    """A profile that cannot be used; ``str()`` is one line a person can act on, in English.

    The message is a ``Said`` (``providers.base.SENTENCES``, codes ``profile-*``): the line
    ("line 3:"), then what is wrong with which key, with their values, for the front ends to
    word in the person's language (``wording.sentence``). ``line`` is the line number.
    """

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.line = line

    @property
    def said(self) -> Said:
        return said_in(self) or Said.joined(str(self))


class ProfileSyntaxError(ProfileError):
    pass


class ProfileInvalid(ProfileError):
    pass


class ProfileReadOnly(ProfileError):
    pass


class ProfileFileError(ProfileError):
    """The system will not let Boundary use the file; nothing was changed.

    ``problem`` is ``folder`` (a folder stands where the profile goes), ``unreadable`` or
    ``unwritable`` (``detail`` has the system's reason: permissions, a read-only or full
    disk). Front ends word it; ``str()`` is for the log.
    """

    def __init__(self, path: Path, problem: str, detail: str = "") -> None:
        super().__init__(f"{path}: {problem}" + (f" ({detail})" if detail else ""))
        self.path = path
        self.problem = problem
        self.detail = detail


# --- reading ------------------------------------------------------------------------------


def _type_name(value: object) -> str:
    return {
        bool: "true/false",
        int: "a number",
        float: "a number",
        str: "text",
        list: "a list",
        dict: "a table",
    }.get(type(value), type(value).__name__)


class _Reader:
    """Reads typed values from a TOML document, pointing at the line of a bad one."""

    def __init__(self, text: str) -> None:
        self.lines = text.splitlines()

    def fail(
        self, path: tuple[str | int, ...], code: str, /, then: str = "", **values: Any
    ) -> ProfileInvalid:
        """The error for the key at ``path``: "line 3:" (when found), then the sentence
        ``code`` (``SENTENCES``, with the dotted key as ``key``), then ``then`` (a
        provider's or a call slot's own sentence)."""
        line = self._line_of(path)
        said = Said.joined(
            Said("profile-line", line=line) if line else "",
            Said(code, key=_dotted(path), **values),
            then,
        )
        return ProfileInvalid(said, line)

    def _line_of(self, path: tuple[str | int, ...]) -> int | None:
        """Best effort: the line that sets the key at ``path`` (array-of-table aware)."""
        table: tuple[str | int, ...] = ()
        counts: dict[str, int] = {}
        best: int | None = None
        for number, raw in enumerate(self.lines, start=1):
            line = raw.strip()
            if match := re.match(r"^\[\[\s*([\w.-]+)\s*\]\]", line):
                name = match.group(1)
                counts[name] = counts.get(name, -1) + 1
                table = (*name.split("."), counts[name])
                if table == path:
                    best = number
            elif match := re.match(r"^\[\s*([\w.\"-]+)\s*\]", line):
                table = tuple(match.group(1).replace('"', "").split("."))
                if table == path:
                    best = number
            elif match := re.match(r"^([\w\"-]+)\s*=", line):
                key = match.group(1).replace('"', "")
                if (*table, key) == path:
                    return number
                if (*table, key) == path[: len(table) + 1] and best is None:
                    best = number
        return best

    def get(
        self,
        table: Mapping[str, Any],
        key: str,
        kind: type,
        default: Any,
        path: tuple[str | int, ...],
    ) -> Any:
        if key not in table:
            return default
        value = table[key]
        if kind is int and isinstance(value, bool):
            raise self.fail(
                (*path, key), "profile-type", expected="a number", found=_type_name(value)
            )
        if not isinstance(value, kind):
            expected = _type_name(kind())
            raise self.fail(
                (*path, key), "profile-type", expected=expected, found=_type_name(value)
            )
        if isinstance(value, str) and (char := control_character(value)):
            # Escapes such as "\u0000" or "\u001b" are valid TOML but no text may hold them.
            raise self.fail((*path, key), "profile-control", char=char_name(char))
        return value

    def table(
        self, doc: Mapping[str, Any], key: str, path: tuple[str | int, ...]
    ) -> dict[str, Any]:
        result: dict[str, Any] = self.get(doc, key, dict, {}, path)
        return result

    def tables(
        self, doc: Mapping[str, Any], key: str, path: tuple[str | int, ...]
    ) -> list[dict[str, Any]]:
        items = self.get(doc, key, list, [], path)
        for index, item in enumerate(items):
            if not isinstance(item, dict):
                raise self.fail((*path, key, index), "profile-tables", name=key)
        return list(items)


def _dotted(path: tuple[str | int, ...]) -> str:
    out = ""
    for part in path:
        out += f"[{part + 1}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out


def _rest(table: Mapping[str, Any], known: tuple[str, ...]) -> dict[str, Any]:
    return {k: copy.deepcopy(v) for k, v in table.items() if k not in known}


def is_timezone(name: str) -> bool:
    """Whether ``name`` is an IANA zone; loads one file, not the whole zone list."""
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def _check_timezone(reader: _Reader, value: str, path: tuple[str | int, ...]) -> None:
    if not is_timezone(value):
        raise reader.fail(path, "profile-timezone", value=value)


def parse_profile(text: str) -> Profile:
    """Parse and validate a profile document; raises a ``ProfileError`` subclass."""
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        match = re.search(r"at line (\d+)", str(error))
        line = int(match.group(1)) if match else None
        raise ProfileSyntaxError(Said("profile-not-toml", detail=str(error)), line) from None
    except RecursionError:  # thousands of nested brackets: tomllib reads them recursively
        raise ProfileSyntaxError(Said("profile-too-deep")) from None

    reader = _Reader(text)
    doc, version = _migrated(reader, doc)
    # Table by table in a fixed order: a profile with two mistakes always reports the same one.
    identity = _read_identity(reader, doc)
    preferences = _read_preferences(reader, doc)
    backups = _read_backups(reader, doc)
    templates = _read_templates(reader, doc)
    accounts = _read_accounts(reader, doc)
    checks, checks_extra, focus_extra = _read_plan(reader, doc)
    calls = _read_calls(reader, doc)
    return Profile(
        identity=identity,
        preferences=preferences,
        backups=backups,
        templates=templates,
        accounts=accounts,
        checks=checks,
        checks_extra=checks_extra,
        focus_extra=focus_extra,
        calls=calls,
        schema_version=version,
        extra=_rest(doc, (*TOP_KEYS, "checks", "focus")),
    )


def _migrated(reader: _Reader, doc: dict[str, Any]) -> tuple[dict[str, Any], int]:
    """The document brought up to ``SCHEMA_VERSION`` (a newer one is left as it is)."""
    version = reader.get(doc, "schema_version", int, SCHEMA_VERSION, ())
    if version < 1:
        raise reader.fail(("schema_version",), "profile-schema", value=version)
    while version < SCHEMA_VERSION:
        doc = MIGRATIONS[version](doc)
        version += 1
        doc["schema_version"] = version
    return doc, version


def _read_identity(reader: _Reader, doc: Mapping[str, Any]) -> Identity:
    ident = reader.table(doc, "identity", ())
    p: tuple[str | int, ...] = ("identity",)
    identity = Identity(
        name=reader.get(ident, "name", str, "", p),
        email=reader.get(ident, "email", str, "", p),
        phone=reader.get(ident, "phone", str, "", p),
        timezone=reader.get(ident, "timezone", str, "UTC", p),
        extra=_rest(ident, ("name", "email", "phone", "timezone")),
    )
    if identity.email and not is_email(identity.email):
        raise reader.fail((*p, "email"), "profile-email", value=identity.email)
    _check_timezone(reader, identity.timezone, (*p, "timezone"))
    return identity


def _read_preferences(reader: _Reader, doc: Mapping[str, Any]) -> Preferences:
    prefs = reader.table(doc, "preferences", ())
    p: tuple[str | int, ...] = ("preferences",)
    audience = reader.get(prefs, "audience", str, Audience.ALL.value, p)
    if audience not in {a.value for a in Audience}:
        raise reader.fail((*p, "audience"), "profile-audience", value=audience)
    template = reader.get(prefs, "template", str, "vacation", p)
    if template not in TEMPLATE_IDS:
        choices = ", ".join(TEMPLATE_IDS)
        raise reader.fail((*p, "template"), "profile-template", value=template, choices=choices)
    workday_start = reader.get(prefs, "workday_start", str, "09:00", p)
    try:
        parse_clock(workday_start)  # the one rule for a time of day, as the plan's times
    except PlanError:
        raise reader.fail(
            (*p, "workday_start"), "profile-workday-start", value=workday_start
        ) from None
    languages = {}
    for key in LANGUAGE_KEYS:
        languages[key] = reader.get(prefs, key, str, "", p)
        if languages[key] and languages[key] not in LANGUAGES:
            choices = ", ".join(LANGUAGES)
            raise reader.fail((*p, key), "profile-language", value=languages[key], choices=choices)
    return Preferences(
        template=template,
        audience=Audience(audience),
        workday_start=workday_start,
        start_at_login=reader.get(prefs, "start_at_login", bool, False, p),
        asked_start_at_login=reader.get(prefs, "asked_start_at_login", bool, False, p),
        **languages,
        extra=_rest(prefs, PREFERENCE_KEYS),
    )


def _read_backups(reader: _Reader, doc: Mapping[str, Any]) -> list[Backup]:
    backups: list[Backup] = []
    for index, item in enumerate(reader.tables(doc, "backups", ())):
        p = ("backups", index)
        backup = Backup(
            name=reader.get(item, "name", str, "", p).strip(),
            email=reader.get(item, "email", str, "", p).strip(),
            phone=reader.get(item, "phone", str, "", p),
            covers=_read_covers(reader, item, p),
            away_until=(
                _read_date(reader, item["away_until"], (*p, "away_until"))
                if "away_until" in item
                else None
            ),
            extra=_rest(item, BACKUP_KEYS),
        )
        problem = backup_problem(backup, backups)
        if problem:
            raise reader.fail(p, "profile-key", then=problem)
        backups.append(backup)
    return backups


def _read_covers(
    reader: _Reader, item: Mapping[str, Any], path: tuple[str | int, ...]
) -> str | dict[str, str]:
    """``covers``: a table of texts by language code, or one text for every language.

    A language this version does not speak is kept (a newer Boundary may speak it)."""
    value = item.get("covers", "")
    if isinstance(value, dict):
        where = (*path, "covers")
        return {str(lang): reader.get(value, lang, str, "", where) for lang in value}
    result: str = reader.get(item, "covers", str, "", path)
    return result


def _covers_document(backup: Backup) -> str | dict[str, str]:
    texts = backup.covers_by_language
    if set(texts) <= {ANY_LANGUAGE}:
        return texts.get(ANY_LANGUAGE, "")
    return dict(texts)


def _read_templates(reader: _Reader, doc: Mapping[str, Any]) -> dict[str, dict[str, TemplateText]]:
    templates: dict[str, dict[str, TemplateText]] = {}
    for lang, edits in reader.table(doc, "templates", ()).items():
        if not isinstance(edits, dict):
            raise reader.fail(("templates", lang), "profile-templates-table")
        for template_id, item in edits.items():
            p = ("templates", lang, template_id)
            if not isinstance(item, dict):
                raise reader.fail(p, "profile-table")
            templates.setdefault(lang, {})[template_id] = TemplateText(
                subject=reader.get(item, "subject", str, "", p),
                internal=reader.get(item, "internal", str, "", p),
                external=reader.get(item, "external", str, "", p),
                reason=reader.get(item, "reason", str, "", p),
                extra=_rest(item, ("subject", "internal", "external", "reason")),
            )
    return templates


def _read_accounts(reader: _Reader, doc: Mapping[str, Any]) -> list[Account]:
    accounts: list[Account] = []
    for index, item in enumerate(reader.tables(doc, "accounts", ())):
        p = ("accounts", index)
        name = reader.get(item, "name", str, "", p).strip()
        kind = reader.get(item, "kind", str, "", p).strip()
        if not name:
            raise reader.fail(p, "profile-no-name")
        if not kind:
            raise reader.fail(p, "profile-no-kind", name=name)
        if any(a.name.casefold() == name.casefold() for a in accounts):
            raise reader.fail((*p, "name"), "profile-account-twice", name=name)
        settings = _rest(item, ("name", "kind"))
        if problem := _settings_problem(kind, settings):
            key, words = problem
            raise reader.fail((*p, key), "profile-setting", then=words, name=name)
        accounts.append(Account(name, kind, settings))
    return accounts


def _settings_problem(kind: str, settings: Mapping[str, Any]) -> tuple[str, str] | None:
    """What a built-in kind says is wrong with an account's settings (a hand edit such as
    ``imap_port = "abc"``), so it is a profile error with its line rather than a failure at
    every pass. Other kinds' settings are checked by their provider when it is used: finding
    plugins means reading every package's metadata, which loading a profile does not do."""
    from boundary_app.providers.registry import builtin

    cls = builtin(kind)
    return None if cls is None else cls.settings_problem(settings)


BACKUP_KEYS = ("name", "email", "phone", "covers", "away_until")
LANGUAGE_KEYS = ("language", "reply_language", "second_language")
PREFERENCE_KEYS = (
    "template",
    "audience",
    "workday_start",
    "start_at_login",
    "asked_start_at_login",
    *LANGUAGE_KEYS,
)
TOP_KEYS = (
    "schema_version",
    "identity",
    "preferences",
    "backups",
    "templates",
    "accounts",
    "calls",
)
CALL_KEYS = ("name", "contacts", "days", "time", "minutes", "every", "since")
CHECKS_KEYS = (
    "enabled",
    "times",
    "minutes",
    "weekdays",
    "skip_dates",
    "lead_minutes",
    "snooze_minutes",
    "snoozes",
    "strict",
    "look_back_weeks",
    "started",
)


def _read_plan(
    reader: _Reader, doc: Mapping[str, Any]
) -> tuple[CheckPlan, dict[str, Any], dict[str, Any]]:
    """``[checks]`` and ``[focus]``: the plan, and each table's unknown keys."""
    table = reader.table(doc, "checks", ())
    focus = reader.table(doc, "focus", ())
    p: tuple[str | int, ...] = ("checks",)
    default = CheckPlan()
    numbers = {
        name: reader.get(table, name, int, getattr(default, name), p)
        for name in ("minutes", "lead_minutes", "snooze_minutes", "snoozes", "look_back_weeks")
    }
    plan = CheckPlan(
        times=_read_times(reader, table, p) if "times" in table else default.times,
        weekdays=_read_days(reader, table, "weekdays", p, default.weekdays),
        skip_dates=frozenset(
            _read_date(reader, d, (*p, "skip_dates"))
            for d in reader.get(table, "skip_dates", list, [], p)
        ),
        strict=reader.get(table, "strict", bool, False, p),
        enabled=reader.get(table, "enabled", bool, True, p),
        started=(
            _read_date(reader, table["started"], (*p, "started")) if "started" in table else None
        ),
        focus_weekdays=_read_days(reader, focus, "weekdays", ("focus",), frozenset()),
        **numbers,
    )
    if fault := plan_fault(plan):
        name, code, values = fault
        path = ("focus", "weekdays") if name == "focus_weekdays" else (*p, name)
        if code == "overlap":
            code = "overlap-midnight" if values.pop("midnight") else code
            values = {**values, "earlier": f"{values['earlier']:%H:%M}"}
            values["later"] = f"{values['later']:%H:%M}"
        raise reader.fail(path, f"profile-{code}", **values)
    return plan, _rest(table, CHECKS_KEYS), _rest(focus, ("weekdays",))


def _read_times(
    reader: _Reader, table: Mapping[str, Any], p: tuple[str | int, ...]
) -> tuple[time, ...]:
    found: list[time] = []
    for item in reader.get(table, "times", list, [], p):
        if isinstance(item, time):  # a TOML time literal, 10:00:00
            at = item.replace(second=0, microsecond=0, tzinfo=None)
        elif isinstance(item, str):
            try:
                at = parse_clock(item)
            except PlanError as error:
                raise _plan_error(reader, (*p, "times"), error) from None
        else:
            raise reader.fail((*p, "times"), "profile-times", value=repr(item))
        if at in found:
            raise reader.fail((*p, "times"), "profile-time-twice", value=f"{at:%H:%M}")
        found.append(at)
    return tuple(found)


def _read_days(
    reader: _Reader,
    table: Mapping[str, Any],
    key: str,
    p: tuple[str | int, ...],
    default: frozenset[int],
) -> frozenset[int]:
    """A list of day names (["mon", "tue"]) or one spec ("mon-fri"), as typed."""
    if key not in table:
        return default
    value = table[key]
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list) or not all(isinstance(i, str) for i in items):
        raise reader.fail((*p, key), "profile-days")
    try:
        return frozenset(d for item in items for d in parse_weekdays(item))
    except PlanError as error:
        raise _plan_error(reader, (*p, key), error) from None


def _plan_error(reader: _Reader, path: tuple[str | int, ...], error: PlanError) -> ProfileInvalid:
    """A time or a day the plan's rules refuse ("not-a-time", "not-a-day", …)."""
    return reader.fail(path, f"profile-{error.code}", value=error.values.get("text", ""))


def _read_date(reader: _Reader, value: object, path: tuple[str | int, ...]) -> date:
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise reader.fail(path, "profile-date", value=repr(value))


def _read_calls(reader: _Reader, doc: Mapping[str, Any]) -> list[CallSlot]:
    """``[[calls]]``: one table per client; the day rule and the time as in ``[checks]``."""
    slots: list[CallSlot] = []
    for index, item in enumerate(reader.tables(doc, "calls", ())):
        p = ("calls", index)
        contacts = reader.get(item, "contacts", list, [], p)
        if not all(isinstance(c, str) for c in contacts):
            raise reader.fail((*p, "contacts"), "profile-contacts")
        since = item.get("since")
        slot = CallSlot(
            name=reader.get(item, "name", str, "", p).strip(),
            contacts=tuple(c.strip().lower().lstrip("@") for c in contacts),
            weekdays=_read_days(reader, item, "days", p, frozenset()),
            at=_read_time(reader, item, p),
            minutes=reader.get(item, "minutes", int, 30, p),
            every=reader.get(item, "every", int, 1, p),
            since=None if since is None else _read_date(reader, since, (*p, "since")),
            extra=_rest(item, CALL_KEYS),
        )
        problem = slot_problem(slot, slots)
        if problem:
            path = (*p, "contacts") if problem.code == "contact" else p
            raise reader.fail(path, "profile-slot", then=problem_words(problem, slot.name))
        slots.append(slot)
    return slots


def _read_time(reader: _Reader, item: Mapping[str, Any], p: tuple[str | int, ...]) -> time:
    value = item.get("time", "10:00")
    if isinstance(value, time):
        return value.replace(second=0, microsecond=0, tzinfo=None)
    if isinstance(value, str):
        try:
            return parse_clock(value)
        except PlanError as error:
            raise _plan_error(reader, (*p, "time"), error) from None
    raise reader.fail((*p, "time"), "profile-time", value=repr(value))


def calls_document(slots: list[CallSlot]) -> list[dict[str, Any]]:
    """The ``[[calls]]`` tables."""
    tables = []
    for slot in slots:
        table: dict[str, Any] = {
            "name": slot.name,
            "contacts": [normalize_contact(c) for c in slot.contacts],
            "days": days_document(slot.weekdays),
            "time": f"{slot.at:%H:%M}",
            "minutes": slot.minutes,
            "every": slot.every,
        }
        if slot.since is not None:
            table["since"] = slot.since
        tables.append({**table, **slot.extra})
    return tables


def plan_document(profile: Profile) -> tuple[dict[str, Any], dict[str, Any]]:
    """The ``[checks]`` and ``[focus]`` tables for ``profile``."""
    plan = profile.checks
    checks: dict[str, Any] = {
        "enabled": plan.enabled,
        "times": [f"{t:%H:%M}" for t in plan.times],
        "minutes": plan.minutes,
        "weekdays": [WEEKDAY_NAMES[d] for d in sorted(plan.weekdays)],
        "skip_dates": sorted(plan.skip_dates),
        "lead_minutes": plan.lead_minutes,
        "snooze_minutes": plan.snooze_minutes,
        "snoozes": plan.snoozes,
        "strict": plan.strict,
        "look_back_weeks": plan.look_back_weeks,
    }
    if plan.started is not None:
        checks["started"] = plan.started
    focus = {"weekdays": [WEEKDAY_NAMES[d] for d in sorted(plan.focus_weekdays)]}
    return {**checks, **profile.checks_extra}, {**focus, **profile.focus_extra}


def backup_problem(backup: Backup, others: list[Backup]) -> Said | None:
    """Why ``backup`` cannot join a roster holding ``others``, or None: the end of a sentence
    that names the backup first ("This backup …", "backups[2] …"; codes ``backup-*``)."""
    if not backup.name:
        return Said("backup-no-name")
    if not backup.email:
        return Said("backup-no-email", name=backup.name)
    if not is_email(backup.email):
        return Said("backup-email", name=backup.name, value=backup.email)
    if any(o.name.casefold() == backup.name.casefold() for o in others if o is not backup):
        return Said("backup-twice", name=backup.name)
    return None


# --- writing ------------------------------------------------------------------------------


def to_document(profile: Profile) -> dict[str, Any]:
    """The TOML document for ``profile``, unknown keys included, in a stable order."""
    ident = profile.identity
    prefs = profile.preferences
    doc: dict[str, Any] = {"schema_version": profile.schema_version}
    doc["identity"] = {
        "name": ident.name,
        "email": ident.email,
        "phone": ident.phone,
        "timezone": ident.timezone,
        **ident.extra,
    }
    doc["preferences"] = {
        "template": prefs.template,
        "audience": prefs.audience.value,
        "workday_start": prefs.workday_start,
        "start_at_login": prefs.start_at_login,
        "asked_start_at_login": prefs.asked_start_at_login,
        **{key: getattr(prefs, key) for key in LANGUAGE_KEYS},
        **prefs.extra,
    }
    doc["backups"] = [
        {
            "name": b.name,
            "email": b.email,
            "phone": b.phone,
            "covers": _covers_document(b),
            **({"away_until": b.away_until} if b.away_until is not None else {}),
            **b.extra,
        }
        for b in profile.backups
    ]
    doc["templates"] = {
        lang: {
            template_id: {
                "subject": t.subject,
                "internal": t.internal,
                "external": t.external,
                "reason": t.reason,
                **t.extra,
            }
            for template_id, t in edits.items()
        }
        for lang, edits in profile.templates.items()
        if edits
    }
    doc["accounts"] = [{"name": a.name, "kind": a.kind, **a.settings} for a in profile.accounts]
    doc["checks"], doc["focus"] = plan_document(profile)
    if profile.calls:
        doc["calls"] = calls_document(profile.calls)
    doc.update(profile.extra)
    return doc


def dumps(profile: Profile) -> str:
    import tomli_w  # only needed to save; keeps start-up lean

    header = (
        "# Boundary profile. Edit it with care, or use Settings in the app.\n"
        "# Passwords and sign-in tokens are never stored here; they live in the system keyring.\n"
    )
    doc = to_document(profile)
    # Items holding a table cannot be [[blocks]] here; they stay in the document as inline
    # arrays, which tomli_w writes before any table so they are not read into one.
    arrays = {
        k: doc.pop(k)
        for k in ("backups", "accounts", "calls")
        if k in doc and not _holds_table(doc[k])
    }
    parts = [header, tomli_w.dumps(doc, multiline_strings=True)]
    parts += [_dump_array_of_tables(key, items) for key, items in arrays.items()]
    return "".join(parts)


def _holds_table(items: list[dict[str, Any]]) -> bool:
    """Whether an item holds a table that a ``[[block]]`` cannot write on one line."""
    return any(isinstance(v, dict) and not _one_line(v) for item in items for v in item.values())


def _one_line(table: dict[str, Any]) -> bool:
    """A small table of texts (a backup's ``covers``), written inline: ``{ en = "…" }``."""
    return all(isinstance(v, str) and "\n" not in v for v in table.values())


def _dump_array_of_tables(key: str, items: list[dict[str, Any]]) -> str:
    """``[[key]]`` blocks, one per item, which read better than tomli_w's inline tables."""
    import tomli_w

    def line(name: str, value: Any) -> str:
        if not isinstance(value, dict):
            return tomli_w.dumps({name: value}, multiline_strings=True)
        key = tomli_w.dumps({name: ""}).partition(" = ")[0]  # quoted if it must be
        pairs = [tomli_w.dumps({k: v}).strip() for k, v in value.items()]
        return f"{key} = {{ {', '.join(pairs)} }}\n"

    def block(item: dict[str, Any]) -> str:
        return "".join(line(name, value) for name, value in item.items())

    return "".join(f"\n[[{key}]]\n" + block(item) for item in items)


def save_profile(profile: Profile, path: Path) -> None:
    """Write ``profile`` atomically; raises ``ProfileReadOnly`` or ``ProfileFileError``.

    A profile that is a symbolic link (kept in a synced folder, say) is written where the
    link points: the link stays.
    """
    if profile.read_only:
        raise ProfileReadOnly(Said("profile-read-only", schema=profile.schema_version))
    text = dumps(profile)
    parse_profile(text)  # never write a profile that would not read back (it would be set aside)
    if path.is_dir():
        raise ProfileFileError(path, "folder")
    try:
        write_atomic(path.resolve(), text.encode("utf-8"))
    except OSError as error:
        raise ProfileFileError(path, "unwritable", error.strerror or str(error)) from None


def load_profile(path: Path) -> Profile:
    """Read ``path``; raises ``ProfileError`` (with the line) and changes nothing.

    A byte-order mark at the start (Windows Notepad writes one) is accepted.
    """
    if path.is_dir():
        raise ProfileFileError(path, "folder")
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ProfileSyntaxError(Said("profile-not-utf8", detail=str(error))) from None
    except FileNotFoundError:
        raise
    except OSError as error:
        raise ProfileFileError(path, "unreadable", error.strerror or str(error)) from None
    return parse_profile(text)


def default_profile(timezone: str | None = None) -> Profile:
    tz = timezone if timezone and is_timezone(timezone) else system_timezone()
    return Profile(
        identity=Identity(timezone=tz),
        accounts=[Account("This computer", "local")],
    )


def system_timezone() -> str:
    """The IANA name of this computer's zone where the OS tells it plainly, else UTC."""
    localtime = Path("/etc/localtime")
    try:
        target = str(localtime.resolve())
    except OSError:
        return "UTC"
    if "zoneinfo/" in target:
        name = target.split("zoneinfo/", 1)[1]
        if is_timezone(name):
            return name
    return "UTC"


@dataclass(frozen=True)
class OpenedProfile:
    profile: Profile
    notice: Said | None = None
    """Something the person must be told: a damaged profile set aside, or a newer one (its
    English is ``str()``; codes ``profile-set-aside``, ``profile-newer``)."""


def open_profile(path: Path, now: datetime, timezone: str | None = None) -> OpenedProfile:
    """Load the profile for use, creating it on first start.

    A file that cannot be used is never overwritten: it is renamed to
    ``profile.toml.corrupt-<timestamp>``, a fresh profile takes its place, and the notice says
    what was wrong and where the old file is. A profile from a newer Boundary is used
    read-only, unless it cannot be read at all, in which case it is left alone and the error
    raised. So is a ``ProfileFileError`` (a folder in its place, a folder Boundary may not
    write in): nothing is changed then.
    """
    if not path.exists():
        profile = start_plan(default_profile(timezone), now)
        save_profile(profile, path)
        return OpenedProfile(profile)
    try:
        profile = load_profile(path)
    except ProfileFileError:
        raise
    except ProfileError as error:
        if _claims_newer_schema(path):
            raise ProfileError(Said("profile-newer-unreadable", error=error.said)) from error
        aside = _set_aside(path, now)
        profile = start_plan(default_profile(timezone), now)
        save_profile(profile, path)
        notice = Said("profile-set-aside", error=error.said, aside=aside.name)
        return OpenedProfile(profile, notice)
    if profile.read_only:
        return OpenedProfile(profile, Said("profile-newer"))
    if profile.checks.started is None:  # a profile from before the plan: it starts today
        profile = start_plan(profile, now)
        try:
            save_profile(profile, path)
        except ProfileFileError as error:  # a read-only folder: the plan starts today again
            log.warning("Could not record when the mail-check plan started: %s", error)
    return OpenedProfile(profile)


def _set_aside(path: Path, now: datetime) -> Path:
    """Rename the damaged file (where a link points, the link stays) to
    ``<name>.corrupt-<time>``; never replaces a file set aside earlier."""
    real = path.resolve()
    stamp = now.strftime("%Y%m%d-%H%M%S")
    aside = real.with_name(f"{real.name}.corrupt-{stamp}")
    counter = 1
    while aside.exists():
        counter += 1
        aside = real.with_name(f"{real.name}.corrupt-{stamp}-{counter}")
    try:
        real.replace(aside)
    except OSError as error:
        raise ProfileFileError(path, "unwritable", error.strerror or str(error)) from None
    return aside


def start_plan(profile: Profile, now: datetime) -> Profile:
    """``profile`` with the plan's ``started`` set to today (in its zone), if it had none."""
    if profile.checks.started is not None:
        return profile
    today = now.astimezone(profile.tz).date()
    return replace(profile, checks=replace(profile.checks, started=today))


def _claims_newer_schema(path: Path) -> bool:
    try:
        text = path.read_text("utf-8-sig")
        match = re.search(r"^\s*schema_version\s*=\s*(\d+)", text, re.M)
    except (OSError, UnicodeDecodeError):
        return False
    return bool(match) and int(match.group(1)) > SCHEMA_VERSION  # type: ignore[union-attr]
