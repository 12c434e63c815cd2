"""The Sieve script that carries an ``imap`` account's auto-reply: writing it and reading it.

The script (RFC 5228) uses vacation (RFC 5230) for the reply, the date extension's
``currentdate`` (RFC 5260) with relational ``:value`` comparisons (RFC 5231) for the away
period, and include (RFC 6609) to keep running the person's own script, which was active
before Boundary's. The script records everything needed to undo it: the include names the
script to make active again when the reply is cleared, so no state is kept on this computer.

Reading uses sievelib's parser (imported when needed); the script is written by hand with
every string escaped, because its layout is fixed and small.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from boundary_app.providers.base import Audience, AutoReply

SCRIPT_NAME = "boundary"
MARKER = "# Made by Boundary"
DAYS = 1
_ISO = "%Y-%m-%dT%H:%M:%S"


@dataclass(frozen=True)
class ParsedScript:
    reply: AutoReply
    include: str | None
    """The person's own script this one runs (and restores when cleared)."""


def sieve_string(value: str) -> str:
    """A Sieve quoted string (RFC 5228 2.4.2): backslash and double quote escaped."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def is_ours(text: str) -> bool:
    return any(line.strip().startswith(MARKER) for line in text.splitlines()[:5])


def needed_extensions(reply: AutoReply, include: str | None) -> list[str]:
    needed = ["vacation"]
    if reply.start is not None or reply.end is not None:
        needed += ["date", "relational"]
    if include is not None:
        needed.append("include")
    return sorted(needed)


def build_script(reply: AutoReply, email: str, domain: str, include: str | None) -> str:
    """The script for ``reply`` (enabled), running ``include`` after it when given."""
    reply = reply.normalized()
    lines = [
        f"{MARKER}: the out-of-office reply of {email.strip()}.",
        "# Change the reply in Boundary; an edit made here shows there as changed elsewhere.",
    ]
    if include is not None:
        lines.append(
            "# Your own filters keep running through the include at the end, and become the "
            "active script again when the reply is cleared."
        )
    requires = ", ".join(sieve_string(e) for e in needed_extensions(reply, include))
    lines += [f"require [{requires}];", ""]

    def vacation(text: str) -> str:
        parts = ["vacation", f":days {DAYS}"]
        if reply.subject:
            parts.append(f":subject {sieve_string(reply.subject)}")
        parts += [
            f":from {sieve_string(email)}",
            f":addresses [{sieve_string(email)}]",
            sieve_string(text),
        ]
        return " ".join(parts) + ";"

    body = [
        f'if address :domain :is "from" {sieve_string(domain)} {{',
        "  " + vacation(reply.internal),
    ]
    if reply.audience is Audience.INTERNAL:
        body.append("}")
    else:
        # Normalized: the internal text when no separate external one is given.
        body += ["} else {", "  " + vacation(reply.external), "}"]

    bounds = []
    if reply.start is not None:
        bounds.append(_bound("ge", reply.start))
    if reply.end is not None:
        bounds.append(_bound("lt", reply.end))
    if bounds:
        test = bounds[0] if len(bounds) == 1 else "allof (" + ",\n          ".join(bounds) + ")"
        lines.append(f"if {test} {{")
        lines += ["  " + line for line in body]
        lines.append("}")
    else:
        lines += body
    if include is not None:
        lines.append(f"include :personal :optional {sieve_string(include)};")
    return "\n".join(lines) + "\n"


def _bound(relation: str, moment: datetime) -> str:
    # No zone suffix on the bound: with :zone "+0000" the server's own value carries "Z" or
    # "+00:00" after the seconds, and either compares correctly against the bare time.
    stamp = moment.astimezone(UTC).strftime(_ISO)
    return f'currentdate :zone "+0000" :value "{relation}" "iso8601" "{stamp}"'


# --- reading ------------------------------------------------------------------------------


class ScriptUnreadable(ValueError):
    pass


def parse_script(text: str) -> ParsedScript:
    """The reply a script of ours holds. Raises ScriptUnreadable when it does not parse."""
    from sievelib.parser import Parser

    _register_include()
    parser = Parser()
    if not parser.parse(text.replace("\r\n", "\n")):
        raise ScriptUnreadable(str(getattr(parser, "error", "")))
    found = _Found()
    for command in parser.result:
        _walk(command, found, start=None, end=None, branch=None)
    if not found.replies:
        return ParsedScript(AutoReply.off(), found.include)
    internal = found.replies.get("internal", "")
    external = found.replies.get("external")
    reply = AutoReply(
        enabled=True,
        start=found.start,
        end=found.end,
        subject=found.subject,
        internal=internal,
        external=external if external is not None else "",
        audience=Audience.ALL if external is not None else Audience.INTERNAL,
    )
    return ParsedScript(reply, found.include)


class _Found:
    def __init__(self) -> None:
        self.include: str | None = None
        self.start: datetime | None = None
        self.end: datetime | None = None
        self.subject = ""
        self.replies: dict[str, str] = {}


def _walk(
    command: Any,
    found: _Found,
    *,
    start: datetime | None,
    end: datetime | None,
    branch: str | None,
) -> None:
    name = command.name
    args = command.arguments
    if name == "include":
        found.include = _unquote(args.get("value", '""'))
        return
    if name == "if":
        bounds, is_domain = _read_test(args.get("test"))
        start = bounds.get("ge", start)
        end = bounds.get("lt", end)
        if is_domain:
            branch = "internal"
    elif name == "else" and branch is None:
        branch = "external"
    elif name == "vacation":
        extra = command.extra_arguments
        found.replies[branch or "external"] = _unquote(args.get("reason", '""'))
        found.subject = _unquote(extra.get("subject", '""'))
        found.start, found.end = start, end
        return
    # An "else" is a sibling of its "if", so it sees the branch of the enclosing block.
    for child in command.children:
        _walk(child, found, start=start, end=end, branch=branch)


def _read_test(test: Any) -> tuple[dict[str, datetime], bool]:
    """The away-period bounds and whether the test picks colleagues by domain."""
    bounds: dict[str, datetime] = {}
    is_domain = False
    if test is None:
        return bounds, is_domain
    tests = test.arguments.get("tests", []) if test.name == "allof" else [test]
    for item in tests:
        if item.name == "currentdate":
            relation = _unquote(item.extra_arguments.get("match-type", '""'))
            stamp = _unquote(item.arguments.get("key-list", '""'))
            try:
                moment = datetime.strptime(stamp[:19], _ISO).replace(tzinfo=UTC)
            except ValueError:
                continue
            bounds[relation] = moment
        elif item.name == "address" and item.arguments.get("address-part") == ":domain":
            is_domain = True
    return bounds, is_domain


def _unquote(value: Any) -> str:
    if isinstance(value, list):
        value = value[0] if value else '""'
    text = str(value)
    if text.startswith("text:"):
        body = text[5:].split("\n", 1)[1] if "\n" in text else ""
        body = body.rstrip()
        body = body[:-1] if body.endswith(".") else body
        return "\n".join(line[1:] if line.startswith("..") else line for line in body.split("\n"))
    if len(text) >= 2 and text[0] == '"' and text[-1] == '"':
        text = text[1:-1]
        out: list[str] = []
        chars = iter(text)
        for char in chars:
            out.append(next(chars, "") if char == "\\" else char)
        return "".join(out)
    return text


_registered = False


def _register_include() -> None:
    """sievelib's parser does not know RFC 6609's include; teach it (once)."""
    global _registered
    if _registered:
        return
    from sievelib import commands

    class IncludeCommand(commands.ControlCommand):  # type: ignore[misc]
        extension = "include"
        args_definition = [  # noqa: RUF012 - sievelib's own shape
            {
                "name": "location",
                "type": ["tag"],
                "values": [":personal", ":global"],
                "required": False,
            },
            {"name": "once", "type": ["tag"], "values": [":once"], "required": False},
            {"name": "optional", "type": ["tag"], "values": [":optional"], "required": False},
            {"name": "value", "type": ["string"], "required": True},
        ]

    commands.add_commands(IncludeCommand)
    _registered = True
