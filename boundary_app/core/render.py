"""Turning a template and the profile into the exact text each audience receives.

Placeholders are ``{name}``, ``{return}``, ``{backups}`` and ``{reason}``; any other brace is
left as typed. A line whose placeholder would be empty (nobody covers, no reason given) is
left out, so a message never says "please contact ." Messages are plain text; providers that
need HTML use ``to_html``, which escapes everything, so markup in a message is shown, never
interpreted.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from zoneinfo import ZoneInfo

from boundary_app.core.paths import resource
from boundary_app.core.profile import TEMPLATE_IDS, Backup, Profile, TemplateText

MAX_MESSAGE_CHARS = 10_000
"""The longest message Boundary sends: well inside every provider's limit."""

PLACEHOLDER_RE = re.compile(r"\{(name|return|backups|reason)\}")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


class MessageError(ValueError):
    """A message that cannot be sent, said in one sentence."""


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


@cache
def builtin_templates(lang: str = "en") -> dict[str, Template]:
    source = resource("templates", f"{lang}.toml")
    doc = tomllib.loads(source.read_text(encoding="utf-8"))
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


def effective_template(profile: Profile, template_id: str) -> Template:
    """The built-in template with the user's edits from the profile laid over it."""
    base = builtin_templates()[template_id]
    edit = profile.templates.get(template_id, TemplateText())
    return Template(
        id=template_id,
        title=base.title,
        subject=edit.subject or base.subject,
        internal=edit.internal or base.internal,
        external=edit.external or base.external,
        reason=edit.reason or base.reason,
    )


def format_moment(moment: datetime, tz: ZoneInfo, *, now: datetime | None = None) -> str:
    """'Monday 7 December at 09:00' in ``tz``; the year only when it is not this year's."""
    local = moment.astimezone(tz)
    text = f"{WEEKDAYS[local.weekday()]} {local.day} {MONTHS[local.month - 1]}"
    if now is not None and now.astimezone(tz).year != local.year:
        text += f" {local.year}"
    if (local.hour, local.minute) != (0, 0):
        text += f" at {local:%H:%M}"
    return text


def describe_backups(backups: list[Backup]) -> str:
    """'Sam Lee (sam@example.com)' or, for several, who to try first and who next."""

    def one(b: Backup) -> str:
        details = ", ".join(x for x in (b.email, b.phone) if x)
        text = f"{b.name} ({details})" if details else b.name
        return f"{text} for {b.covers}" if b.covers else text

    if not backups:
        return ""
    if len(backups) == 1:
        return one(backups[0])
    if len(backups) == 2:
        first_name = backups[0].name.split()[0]
        return f"{one(backups[0])} or, if {first_name} is unavailable, {one(backups[1])}"
    return ", ".join(one(b) for b in backups[:-1]) + f" or {one(backups[-1])}, in that order"


def fill(text: str, values: dict[str, str]) -> str:
    lines = []
    for line in text.splitlines():
        names = PLACEHOLDER_RE.findall(line)
        if any(not values.get(n, "").strip() for n in names):
            continue
        lines.append(PLACEHOLDER_RE.sub(lambda m: values[m.group(1)], line))
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
) -> RenderedReply:
    values = {
        "name": name,
        "return": format_moment(until, tz, now=now) if until else "further notice",
        "backups": describe_backups(backups),
        "reason": reason.strip(),
    }
    return RenderedReply(
        subject=fill(subject, values).replace("\n", " "),
        internal=fill(internal, values),
        external=fill(external, values),
    )


def check_message(text: str, label: str) -> None:
    """Raise ``MessageError`` for a message that must not be sent.

    ``label`` names the message as the person knows it: "message for colleagues".
    """
    if not text.strip():
        raise MessageError(f"The {label} is empty; write a few words or pick a template.")
    if len(text) > MAX_MESSAGE_CHARS:
        raise MessageError(
            f"The {label} is {len(text):,} characters long; "
            f"the most Boundary sends is {MAX_MESSAGE_CHARS:,}. Please shorten it."
        )


def to_html(text: str) -> str:
    """Escaped HTML for providers that want it: paragraphs and line breaks, nothing else."""
    import html  # only providers that send HTML need it; not at start-up

    paragraphs = re.split(r"\n\s*\n", text.strip())
    return "".join(
        "<p>" + "<br>".join(html.escape(line) for line in p.split("\n")) + "</p>"
        for p in paragraphs
    )


def from_html(markup: str) -> str:
    """The plain text of a reply a server keeps as HTML (ours, or one written in webmail).

    Paragraphs become blank lines, ``<br>`` a line break, entities are decoded and every
    other tag is dropped, so ``from_html(to_html(text)) == text`` for any tidy text.
    """
    from html.parser import HTMLParser

    class Text(HTMLParser):
        def __init__(self) -> None:
            super().__init__(convert_charrefs=True)
            self.parts: list[str] = []
            self.skip = 0

        def handle_starttag(self, tag: str, attrs: object) -> None:
            if tag in ("style", "script", "head", "title"):
                self.skip += 1
            elif tag == "br":
                self.parts.append("\n")
            elif tag in ("p", "div", "li", "tr"):
                self.parts.append("\n\n")

        def handle_endtag(self, tag: str) -> None:
            if tag in ("style", "script", "head", "title"):
                self.skip = max(0, self.skip - 1)
            elif tag in ("p", "div", "li", "tr"):
                self.parts.append("\n\n")

        def handle_data(self, data: str) -> None:
            if not self.skip:
                self.parts.append(re.sub(r"[ \t\r\n]+", " ", data))

    parser = Text()
    parser.feed(markup)
    parser.close()
    lines = [line.strip() for line in "".join(parser.parts).split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
