"""Turning a template and the profile into the exact text each audience receives.

Placeholders are ``{name}``, ``{return}``, ``{backups}``, ``{reason}`` and ``{calls}`` (the
client's scheduled call, from the profile's call slots); any other brace is left as typed.
A line whose placeholder would be empty (nobody covers, no reason given, no call slot) is left
out, so a message never says "please contact ." Messages are plain text; providers that
need HTML use ``providers.html.to_html``, which escapes everything, so markup in a message is
shown, never interpreted.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache
from typing import Any
from zoneinfo import ZoneInfo

from boundary_app.core.calls import CallSlot, next_call
from boundary_app.core.paths import resource
from boundary_app.core.profile import TEMPLATE_IDS, Backup, Profile, TemplateText
from boundary_app.providers.base import char_name, control_character

MAX_MESSAGE_CHARS = 10_000
"""The longest message Boundary sends: well inside every provider's limit."""
MAX_SUBJECT_CHARS = 250
"""The longest subject Boundary sets: mail clients cut subjects short well before it, and
some servers refuse a longer line."""

PLACEHOLDER_RE = re.compile(r"\{(name|return|backups|reason|calls)\}")
LANGUAGE_SEPARATOR = "\n\n---\n\n"
"""Between the languages of a bilingual message (plain text reads it as a rule)."""


class MessageError(ValueError):
    """A message that cannot be sent, said in one sentence; ``code`` names the rule."""

    def __init__(self, message: str, code: str, **values: Any) -> None:
        super().__init__(message)
        self.code = code
        self.values = values


@dataclass(frozen=True)
class Template:
    id: str
    title: str
    subject: str
    internal: str
    external: str
    reason: str


@dataclass(frozen=True)
class RenderedReply:
    subject: str
    internal: str
    external: str
    external_subject: str = ""
    """The subject people outside get, when it differs from ``subject`` (else blank)."""


@dataclass(frozen=True)
class Language:
    """How one language writes dates and names the backups in a message (``[language]``)."""

    code: str
    name: str
    weekdays: tuple[str, ...]
    months: tuple[str, ...]
    date: str
    date_other_year: str
    time: str
    moment: str
    further_notice: str
    backup_covers: str
    two_backups: str
    more_backups: str
    list_separator: str
    conjunction: str
    """' and ' between the last two of a list."""


@cache
def _document(lang: str) -> dict[str, Any]:
    source = resource("templates", f"{lang}.toml")
    return tomllib.loads(source.read_text(encoding="utf-8"))


@cache
def language(lang: str = "en") -> Language:
    table = _document(lang)["language"]
    return Language(
        code=lang,
        name=table["name"],
        weekdays=tuple(table["weekdays"]),
        months=tuple(table["months"]),
        date=table["date"],
        date_other_year=table["date_other_year"],
        time=table["time"],
        moment=table["moment"],
        further_notice=table["further_notice"],
        backup_covers=table["backup_covers"],
        two_backups=table["two_backups"],
        more_backups=table["more_backups"],
        list_separator=table["list_separator"],
        conjunction=table["and"],
    )


@cache
def builtin_templates(lang: str = "en") -> dict[str, Template]:
    doc = _document(lang)
    return {
        tid: Template(
            id=tid,
            title=doc[tid]["title"],
            subject=doc[tid]["subject"],
            internal=doc[tid]["internal"].strip("\n"),
            external=doc[tid]["external"].strip("\n"),
            reason=doc[tid]["reason"],
        )
        for tid in TEMPLATE_IDS
    }


def effective_template(profile: Profile, template_id: str, lang: str = "en") -> Template:
    """The built-in template in ``lang`` with the person's edits from the profile laid over it."""
    base = builtin_templates(lang)[template_id]
    edit = profile.templates.get(lang, {}).get(template_id, TemplateText())
    return Template(
        id=template_id,
        title=base.title,
        subject=edit.subject or base.subject,
        internal=edit.internal or base.internal,
        external=edit.external or base.external,
        reason=edit.reason or base.reason,
    )


def format_moment(
    moment: datetime, tz: ZoneInfo, *, now: datetime | None = None, lang: str = "en"
) -> str:
    """'Monday 7 December at 09:00' in ``tz`` and ``lang``; the year only when not this year's.

    A moment at midnight is a day ("Monday 7 December"): that is how people write it.
    """
    words = language(lang)
    local = moment.astimezone(tz)
    this_year = now.astimezone(tz).year if now is not None else None
    day = format_day(local.date(), lang, this_year=this_year)
    if (local.hour, local.minute) == (0, 0):
        return day
    clock = words.time.format(hour=f"{local.hour:02d}", minute=f"{local.minute:02d}")
    return words.moment.format(date=day, time=clock)


def join_words(items: Sequence[str], lang: str = "en") -> str:
    """'A', 'A and B', 'A, B and C' in ``lang``."""
    words = language(lang)
    if len(items) < 2:
        return "".join(items)
    return words.list_separator.join(items[:-1]) + words.conjunction + items[-1]


def format_day(day: date, lang: str = "en", *, this_year: int | None = None) -> str:
    """'Monday 7 December' in ``lang``; the year too when it is not ``this_year``."""
    words = language(lang)
    other_year = this_year is not None and this_year != day.year
    return (words.date_other_year if other_year else words.date).format(
        weekday=words.weekdays[day.weekday()],
        day=day.day,
        month=words.months[day.month - 1],
        year=day.year,
    )


def describe_backups(backups: list[Backup], lang: str = "en") -> str:
    """'Sam Lee (sam@example.com)' or, for several, who to try first and who next."""
    words = language(lang)

    def one(b: Backup) -> str:
        details = ", ".join(x for x in (b.email, b.phone) if x)
        text = f"{b.name} ({details})" if details else b.name
        covers = b.covers_in(lang)
        return words.backup_covers.format(backup=text, covers=covers) if covers else text

    return list_backups(backups, lang, one)


def list_backups(backups: list[Backup], lang: str, one: Callable[[Backup], str]) -> str:
    """The backups, each worded by ``one``, as ``lang`` lists them: who to try first, who
    next ("" for none)."""
    words = language(lang)
    if not backups:
        return ""
    if len(backups) == 1:
        return one(backups[0])
    if len(backups) == 2:
        return words.two_backups.format(
            first=one(backups[0]), first_name=backups[0].name.split()[0], second=one(backups[1])
        )
    others = words.list_separator.join(one(b) for b in backups[:-1])
    return words.more_backups.format(others=others, last=one(backups[-1]))


@cache
def placeholders(names: tuple[str, ...]) -> re.Pattern[str]:
    """The pattern of the placeholders ``{name}`` for ``names``, for ``fill``."""
    return re.compile(r"\{(" + "|".join(re.escape(n) for n in names) + r")\}")


def fill(text: str, values: dict[str, str], pattern: re.Pattern[str] = PLACEHOLDER_RE) -> str:
    """``text`` with its placeholders filled in; a line whose placeholder is empty is left out.

    ``pattern`` names the placeholders (its group 1); other braces stay as typed.
    """
    lines = []
    for line in text.splitlines():
        names = pattern.findall(line)
        if any(not values.get(n, "").strip() for n in names):
            continue
        lines.append(pattern.sub(lambda m: values[m.group(1)], line))
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")


def render(
    *,
    subject: str,
    internal: str,
    external: str,
    name: str,
    backups: list[Backup],
    until: datetime | None,
    reason: str,
    tz: ZoneInfo,
    now: datetime | None = None,
    lang: str = "en",
    external_subject: str = "",
    external_reason: str | None = None,
    calls: str = "",
) -> RenderedReply:
    """The texts each audience reads. People outside read ``external`` and
    ``external_subject`` (blank: ``subject``) with ``external_reason`` (None: ``reason``)."""
    values = {
        "name": name,
        "return": (
            format_moment(until, tz, now=now, lang=lang) if until else language(lang).further_notice
        ),
        "backups": describe_backups(backups, lang),
        "reason": reason.strip(),
        "calls": calls,
    }
    outside = dict(values, reason=(reason if external_reason is None else external_reason).strip())
    rendered_subject = fill(subject, values).replace("\n", " ")
    outside_subject = fill(external_subject or subject, outside).replace("\n", " ")
    return RenderedReply(
        subject=rendered_subject,
        internal=fill(internal, values),
        external=fill(external, outside),
        external_subject="" if outside_subject == rendered_subject else outside_subject,
    )


def render_reply(
    profile: Profile,
    template_id: str,
    languages: Sequence[str],
    *,
    backups: list[Backup],
    until: datetime | None,
    now: datetime | None = None,
    subject: str | None = None,
    internal: str | None = None,
    external: str | None = None,
    reason: str | None = None,
    external_subject: str | None = None,
    external_reason: str | None = None,
) -> RenderedReply:
    """The reply in each of ``languages``, one after the other (a bilingual reply).

    ``subject``, ``internal``, ``external`` and ``external_subject`` are what the person
    wrote for this occasion, in the first language (None: the template's; no external
    subject: the subject). A ``reason`` they give is theirs in every language, since a
    template's stock reason may not be true; ``external_reason`` is what people outside read
    for it (None: the same reason).
    """
    parts = []
    for index, lang in enumerate(languages):
        template = effective_template(profile, template_id, lang)
        first = index == 0
        own_reason = template.reason if reason is None else reason
        parts.append(
            render(
                subject=(subject if first and subject else None) or template.subject,
                internal=internal if first and internal is not None else template.internal,
                external=external if first and external is not None else template.external,
                name=profile.identity.name,
                backups=backups,
                until=until,
                reason=own_reason,
                tz=profile.tz,
                now=now,
                lang=lang,
                external_subject=(external_subject or "") if first else "",
                external_reason=external_reason,
                calls=calls_sentence(profile.calls, profile.tz, until or now, lang),
            )
        )
    subject_text = " / ".join(p.subject for p in parts)
    outside = " / ".join(p.external_subject or p.subject for p in parts)
    return RenderedReply(
        subject=subject_text,
        internal=LANGUAGE_SEPARATOR.join(p.internal for p in parts),
        external=LANGUAGE_SEPARATOR.join(p.external for p in parts),
        external_subject="" if outside == subject_text else outside,
    )


def check_text(text: str, label: str) -> None:
    """Raise ``MessageError`` when ``text`` holds a control character (ESC, BEL, NUL…).

    Tabs and line breaks are text; anything else below U+0020 would reach the servers, the
    journal and a terminal raw.
    """
    if char := control_character(text):
        raise MessageError(
            f"The {label} holds a control character ({char_name(char)}); "
            "remove it (only tabs and line breaks may be in a text).",
            "control-character",
            field=label,
            char=char_name(char),
        )


def check_subject(subject: str) -> None:
    """Raise ``MessageError`` for a subject that must not be set."""
    check_text(subject, "subject")
    if not subject.strip():
        raise MessageError("The subject is empty; write a few words.", "empty-subject")
    if len(subject) > MAX_SUBJECT_CHARS:
        raise MessageError(
            f"The subject is {len(subject):,} characters long; "
            f"the most Boundary sets is {MAX_SUBJECT_CHARS}. Please shorten it.",
            "subject-too-long",
            length=f"{len(subject):,}",
            most=MAX_SUBJECT_CHARS,
        )


# --- calls ----------------------------------------------------------------------------------


@cache
def call_words(lang: str = "en") -> dict[str, str]:
    """The ``[calls]`` table of a language: how a call's time and the offer of it are said."""
    return {key: str(value).strip("\n") for key, value in _document(lang)["calls"].items()}


@cache
def voicemail_words(lang: str = "en") -> dict[str, Any]:
    """The ``[voicemail]`` table of a language: the greetings to record, and their parts."""
    table = _document(lang)["voicemail"]
    return {k: v.strip("\n") if isinstance(v, str) else v for k, v in table.items()}


@cache
def thanks_words(lang: str = "en") -> dict[str, str]:
    """The ``[thanks]`` table of a language: the thank-you mail to the backups."""
    return {k: str(v).strip("\n") for k, v in _document(lang)["thanks"].items()}


def call_when(
    start: datetime, tz: ZoneInfo, lang: str = "en", *, now: datetime | None = None
) -> str:
    """When a call is, as the end of a sentence: 'on Friday 27 November at 10:00'.

    With ``now`` (a text read at once, such as the answer to a missed call) it is said the way
    people say it: 'today at 14:00', 'tomorrow at 10:00', 'on Friday at 10:00' within a week.
    A reply read over days never says 'today'.
    """
    words, table = call_words(lang), language(lang)
    local = start.astimezone(tz)
    clock = table.time.format(hour=f"{local.hour:02d}", minute=f"{local.minute:02d}")
    weekday = table.weekdays[local.weekday()]
    if now is not None:
        days = (local.date() - now.astimezone(tz).date()).days
        if days in (0, 1):
            return words["today" if days == 0 else "tomorrow"].format(time=clock)
        if 1 < days < 7:
            return words["weekday"].format(weekday=weekday, time=clock)
    this_year = (now or start).astimezone(tz).year
    day = format_day(local.date(), lang, this_year=this_year)
    return words["date"].format(date=day, time=clock)


def calls_sentence(
    slots: Sequence[CallSlot], tz: ZoneInfo, after: datetime | None, lang: str
) -> str:
    """``{calls}`` in a reply: the one client's next call after ``after`` (the return), or,
    with several clients, an offer of the next scheduled call that names no client and no
    time (the reply goes to everyone, and one client's call is not another's business)."""
    if not slots or after is None:
        return ""
    words = call_words(lang)
    if len(slots) > 1:
        return words["several"]
    call = next_call(slots[0], tz, after - timedelta(seconds=1))
    if call is None:
        return ""
    return words["one"].format(when=call_when(call.start, tz, lang))


def check_message(text: str, label: str) -> None:
    """Raise ``MessageError`` for a message that must not be sent.

    ``label`` names the message as the person knows it: "message for colleagues".
    """
    check_text(text, label)
    if not text.strip():
        raise MessageError(
            f"The {label} is empty; write a few words or pick a template.",
            "empty-message",
            field=label,
        )
    if len(text) > MAX_MESSAGE_CHARS:
        raise MessageError(
            f"The {label} is {len(text):,} characters long; "
            f"the most Boundary sends is {MAX_MESSAGE_CHARS:,}. Please shorten it.",
            "message-too-long",
            field=label,
            length=f"{len(text):,}",
            most=f"{MAX_MESSAGE_CHARS:,}",
        )
