"""``boundary templates``: the message templates of a language, as this profile renders them."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from boundary_app.cli.command import Command, Context
from boundary_app.cli.output import EXIT_OK
from boundary_app.cli.words import mark, tr

if TYPE_CHECKING:
    from datetime import datetime

    from boundary_app.core.service import Boundary

PREVIEW_DAYS = 7
"""The preview's return: a week from now, at the start of the working day."""


def templates_arguments(templates: argparse.ArgumentParser) -> None:
    from boundary_app.core.language import LANGUAGES

    # The description names the languages, so it is set here, with the options.
    templates.description = tr(
        "List the message templates of a language with what colleagues and "
        "everyone else would receive: your name, your first backup, and a return a week "
        "from now. Edit them in Settings → Templates. Languages: {languages}."
    ).format(languages=", ".join(LANGUAGES))
    templates.add_argument(
        "--lang",
        choices=LANGUAGES,
        metavar="LANG",
        help=tr("the templates' language (default: your reply language)"),
    )


def run_templates(context: Context, args: argparse.Namespace) -> int:
    from boundary_app.core.profile import TEMPLATE_IDS
    from boundary_app.core.render import effective_template, language, render_reply

    service, out = context.service, context.out
    lang = args.lang or service.reply_languages()[0]
    now = service.clock()
    until = preview_return(service, now)
    backups = service.profile.backups[:1]
    items: list[dict[str, Any]] = []
    lines = [
        tr("Templates in {language}, as you would send them now:").format(
            language=language(lang).name
        )
    ]
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
        title = f"== {template.title} [{template_id}]" + (" " + tr("(edited)") if edited else "")
        lines += ["", title, tr("Subject: {subject}").format(subject=reply.subject)]
        lines += ["", tr("To colleagues:"), reply.internal, "", tr("To everyone else:")]
        same = not reply.external.strip() or reply.external.strip() == reply.internal.strip()
        lines.append(tr("(the same as to colleagues)") if same else reply.external)
    out.emit(
        {"language": lang, "preview_until": until.isoformat(), "templates": items},
        lines,
    )
    return EXIT_OK


def preview_return(service: Boundary, now: datetime) -> datetime:
    """A week from today, at the start of the working day, in the profile's zone."""
    from datetime import timedelta

    from boundary_app.core.timeutil import localize

    tz = service.profile.tz
    day = (now.astimezone(tz) + timedelta(days=PREVIEW_DAYS)).date()
    return localize(day, service.profile.preferences.workday_start_time, tz)


TEMPLATES = Command(
    "templates",
    help=mark("the message templates, with a preview for your profile"),
    add_arguments=templates_arguments,
    run=run_templates,
)
