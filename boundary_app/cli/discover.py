"""``boundary accounts discover EMAIL``: the settings found for an address, and where each
came from (the domain's autoconfig file, DNS SRV records, a provider Boundary knows, Exchange
autodiscover). ``core/discovery.py`` finds them; this module words them.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from boundary_app.cli.command import Context
from boundary_app.cli.output import EXIT_OK, Failure
from boundary_app.cli.words import mark, tr

if TYPE_CHECKING:
    from boundary_app.core.discovery import Discovery, Found, Lookup
    from boundary_app.providers.base import MailProvider

HELP = mark(
    "find an address's settings: autoconfig, DNS SRV, known providers, Exchange autodiscover"
)

SOURCE_WORDS = {
    "address": mark("your address"),
    "autoconfig": mark("the domain's autoconfig file"),
    "well-known": mark("the domain's autoconfig file"),
    "srv": mark("DNS SRV record"),
    "known": mark("a provider Boundary knows"),
    "mx": mark("the domain's mail server (DNS MX)"),
    "autodiscover": mark("Exchange autodiscover"),
}
OUTCOME_WORDS = {
    "malformed": mark("Note: {where} is not a valid autoconfig file; it was skipped."),
    "timeout": mark("Note: {where} did not answer in time."),
    "failed": mark("Note: {where} could not be reached."),
}


def add_discover_parser(actions: Any, json_flag: argparse.ArgumentParser) -> None:
    """``accounts discover EMAIL [--json]``, among the ``accounts`` actions."""
    one = actions.add_parser(
        "discover",
        parents=[json_flag],
        help=tr(HELP),
        description=tr(
            "Look up the settings for an email address, in this order: the domain's autoconfig "
            "file, DNS SRV records, the providers Boundary knows (by domain or mail server), "
            "Exchange autodiscover. Prints the kind of account, each setting found and where "
            "it came from, and the 'accounts add' command that uses them."
        ),
    )
    one.add_argument("email", metavar="EMAIL")


def run_discover(context: Context, args: argparse.Namespace) -> int:
    from boundary_app.core.discovery import discover
    from boundary_app.providers.base import is_email

    email = args.email.strip()
    if not is_email(email):
        raise Failure(tr("'{email}' is not an email address.").format(email=email))
    result = discover(email)
    cls = _kind(context, result)
    data: dict[str, Any] = result.to_json()
    data["missing"] = [] if cls is None else [f.key for f in _missing(cls, result)]
    context.out.emit(data, _lines(result, cls))
    return EXIT_OK


def _kind(context: Context, result: Discovery) -> type[MailProvider] | None:
    from boundary_app.core.service import InputError

    if result.kind is None:
        return None
    try:
        return context.service.provider_class(result.kind.value)
    except InputError:  # a kind this installation lacks
        return None


def _missing(cls: type[MailProvider], result: Discovery) -> list[Any]:
    from boundary_app.core.discovery import still_needed

    return still_needed(cls.fields(), result.settings)


def _where(found: Found | Lookup) -> str:
    source = found.source.value
    words = tr(SOURCE_WORDS[source]) if source in SOURCE_WORDS else source
    where = found.where.partition("?")[0]  # the file, without the address it was asked for
    if found.source.value == "address":
        return words
    if found.source.value == "known":
        return f"{words} ({where})"
    return f"{words} {where}"


def _lines(result: Discovery, cls: type[MailProvider] | None) -> list[str]:
    from boundary_app.translation import translate

    notes = [
        tr(OUTCOME_WORDS[x.outcome.value]).format(where=_where(x))
        for x in result.lookups
        if x.outcome.value in OUTCOME_WORDS
    ]
    if result.kind is None or cls is None:
        return [
            tr(
                "Nothing found for {domain}: no autoconfig file, no DNS SRV records, not a "
                "provider Boundary knows, no Exchange autodiscover."
            ).format(domain=result.domain),
            tr(
                "Add the account with 'boundary accounts add KIND NAME …' and the settings your "
                "provider gives you ('boundary accounts add KIND --help' lists them)."
            ),
            *notes,
        ]
    lines = [
        tr("{email}: {kind} [{code}], from {where}.").format(
            email=result.email, kind=cls.display_name, code=cls.kind, where=_where(result.kind)
        )
    ]
    labels = {f.key: translate("AccountFields", f.label) for f in cls.settings_fields}
    width = max(len(labels.get(key, key)) for key in result.settings)
    value_width = max(len(found.value) for found in result.settings.values())
    for key, found in result.settings.items():
        label = labels.get(key, key)
        lines.append(f"  {label:<{width}}  {found.value:<{value_width}}  {_where(found)}")
    if missing := _missing(cls, result):
        needed = ", ".join(translate("AccountFields", f.label) for f in missing)
        lines.append(tr("Still needed: {fields}.").format(fields=needed))
    lines.append(tr("To add it: {command}").format(command=_add_command(cls, result)))
    return lines + notes


def _add_command(cls: type[MailProvider], result: Discovery) -> str:
    """The ``boundary accounts add`` line that uses what was found."""
    import shlex

    from boundary_app.providers.base import FieldKind

    words = ["boundary", "accounts", "add", cls.kind, "NAME"]
    missing = {f.key for f in _missing(cls, result)}
    for spec in cls.settings_fields:
        if spec.kind is FieldKind.SECRET:
            continue
        if spec.key in result.settings:
            words += [spec.flag, shlex.quote(result.settings[spec.key].value)]
        elif spec.key in missing:
            words += [spec.flag, "FILE" if spec.kind is FieldKind.FILE else spec.key.upper()]
    words += [f.stdin_flag for f in cls.settings_fields if f.kind is FieldKind.SECRET]
    return " ".join(words)
