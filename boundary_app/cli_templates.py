"""``boundary templates``: the message templates of a language, as this profile renders them."""

from __future__ import annotations

import argparse
from datetime import datetime, timedelta
from typing import Any

from boundary_app.cli import Out
from boundary_app.core.language import LANGUAGES
from boundary_app.core.profile import TEMPLATE_IDS
from boundary_app.core.service import Boundary
from boundary_app.core.timeutil import localize

COMMANDS = ("templates",)
PREVIEW_DAYS = 7
"""The preview's return: a week from now, at the start of the working day."""


def add_parsers(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], json_flag: argparse.ArgumentParser
) -> None:
    templates = sub.add_parser(
        "templates",
        parents=[json_flag],
        help="the message templates, with a preview for your profile",
        description="List the message templates of a language with what colleagues and "
        "everyone else would receive: your name, your first backup, and a return a week "
        f"from now. Edit them in Settings → Templates. Languages: {', '.join(LANGUAGES)}.",
    )
    templates.add_argument(
        "--lang",
        choices=LANGUAGES,
        metavar="LANG",
        help="the templates' language (default: your reply language)",
    )


def dispatch(service: Boundary, out: Out, args: argparse.Namespace) -> int:
    from boundary_app.core.render import effective_template, language, render_reply

    lang = args.lang or service.reply_languages()[0]
    now = service.clock()
    until = preview_return(service, now)
    backups = service.profile.backups[:1]
    items: list[dict[str, Any]] = []
    lines = [f"Templates in {language(lang).name}, as you would send them now:"]
    for template_id in TEMPLATE_IDS:
        template = effective_template(service.profile, template_id, lang)
        reply = render_reply(
            service.profile, template_id, (lang,), backups=backups, until=until, now=now
        )
        edited = template_id in service.profile.templates.get(lang, {})
        items.append(
            {
                "id": template_id,
                "title": template.title,
                "edited": edited,
                "template": {
                    "subject": template.subject,
                    "reason": template.reason,
                    "internal": template.internal,
                    "external": template.external,
                },
                "preview": {
                    "subject": reply.subject,
                    "internal": reply.internal,
                    "external": reply.external,
                },
            }
        )
        mark = " (edited)" if edited else ""
        lines += ["", f"== {template.title} [{template_id}]{mark}", f"Subject: {reply.subject}"]
        lines += ["", reply.internal]
    out.emit(
        {"language": lang, "preview_until": until.isoformat(), "templates": items},
        lines,
    )
    return 0


def preview_return(service: Boundary, now: datetime) -> datetime:
    """A week from today, at the start of the working day, in the profile's zone."""
    tz = service.profile.tz
    day = (now.astimezone(tz) + timedelta(days=PREVIEW_DAYS)).date()
    return localize(day, service.profile.preferences.workday_start_time, tz)
