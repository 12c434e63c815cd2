"""The Sieve script that carries an ``imap`` account's auto-reply: writing it and reading it.

The script (RFC 5228) uses vacation (RFC 5230) for the reply, the date extension's
``currentdate`` (RFC 5260) with relational ``:value`` comparisons (RFC 5231) for the away
period, and include (RFC 6609) to keep running the person's own script, which was active
before Boundary's. The script records everything needed to undo it: the include (or, when
an adapted copy of the person's script runs, a ``# Restores:`` line) names the script to
make active again when the reply is cleared, so no state is kept on this computer.

No reply goes to spam, mailing lists or automatic mail (the guard below), whatever the
server itself would do; colleagues are senders at the internal domain or any subdomain.

Reading uses sievelib's parser (imported when needed); the script is written by hand with
every string escaped, because its layout is fixed and small.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from boundary_app.providers.base import Audience, AutoReply, ForwardRule
from boundary_app.providers.imap_sieve_own import DROPPED

SCRIPT_NAME = "boundary"
MARKER = "# Made by Boundary"
RESTORES = "# Restores: "
DAYS = 1
_ISO = "%Y-%m-%dT%H:%M:%S"
_RESTORES = re.compile(r'^# Restores: "((?:[^"\\]|\\.)*)"[ \t]*$', re.MULTILINE)

#: Mail that gets no reply: marked as spam, from a mailing list, or sent automatically.
NO_REPLY_TESTS = (
    'header :is ["X-Spam-Flag", "X-Spam"] "yes"',
    'exists "List-Id"',  # one header each: exists with a list needs all of them
    'exists "List-Unsubscribe"',
    'header :is "Precedence" ["bulk", "list", "junk"]',
    'allof (exists "Auto-Submitted", not header :is "Auto-Submitted" "no")',
)
#: ... and, beside an adapted copy of the person's script, mail their rules drop.
DROPPED_TEST = f'not string :is "${{{DROPPED}}}" ""'
#: In place of ``global`` on a server that has none and shares variables with includes.
SHARED = f"# {DROPPED} comes from the copy: this server shares variables with included scripts."


@dataclass(frozen=True)
class ParsedScript:
    reply: AutoReply
    include: str | None
    """The script this one runs: the person's own, or the adapted copy of it."""
    copy_of: str | None = None
    """The person's script, when ``include`` is the adapted copy of it."""
    forward: ForwardRule = field(default_factory=ForwardRule.off)
    """The cover: mail sent on to the backup (``redirect :copy``), or off."""

    @property
    def restores(self) -> str | None:
        """The person's script, made active again when the reply is cleared."""
        return self.copy_of or self.include


def sieve_string(value: str) -> str:
    """A Sieve quoted string (RFC 5228 2.4.2): backslash and double quote escaped."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def is_ours(text: str) -> bool:
    return any(line.strip().startswith(MARKER) for line in text.splitlines()[:5])


def needed_extensions(
    reply: AutoReply,
    include: str | None,
    *,
    adapted: bool = False,
    forward: ForwardRule | None = None,
) -> list[str]:
    needed = ["vacation"] if reply.enabled else []
    dated = [r for r in (reply, forward) if r is not None and r.enabled]
    if any(r.start is not None or r.end is not None for r in dated):
        needed += ["date", "relational"]
    if forward is not None and forward.enabled:
        needed.append("copy")
    if include is not None:
        needed.append("include")
    if adapted:
        needed.append("variables")
    return sorted(needed)


def build_script(
    reply: AutoReply,
    email: str,
    domain: str,
    include: str | None,
    *,
    copy_of: str | None = None,
    declare_global: bool = True,
    forward: ForwardRule | None = None,
) -> str:
    """The script for ``reply`` and/or ``forward`` (at least one on). ``include`` is the
    person's script, run after them; or, with ``copy_of`` (the person's script), the adapted
    copy of it, run before them so neither answers nor forwards what the person's rules
    discard.

    ``declare_global``: the copy's note reaches this script through ``global`` (RFC 6609);
    False for a server without ``global`` whose included scripts share every variable
    (Cyrus)."""
    reply = reply.normalized()
    forward = forward.normalized() if forward is not None and forward.enabled else None
    adapted = include is not None and copy_of is not None
    lines = _header(email, include, copy_of, "out-of-office reply" if reply.enabled else "cover")
    extensions = needed_extensions(reply, include, adapted=adapted, forward=forward)
    lines += [f"require [{', '.join(sieve_string(e) for e in extensions)}];", ""]
    if adapted:
        lines += [
            f"global {sieve_string(DROPPED)};" if declare_global else SHARED,
            f"include :personal :optional {sieve_string(include or '')};",
            "",
        ]
    if forward is not None:
        lines += _forwarding(forward, adapted)
    if reply.enabled:
        lines += _dated(reply, _replying(reply, email, domain, adapted))
    if include is not None and copy_of is None:
        lines.append(f"include :personal :optional {sieve_string(include)};")
    return "\n".join(lines) + "\n"


def _replying(reply: AutoReply, email: str, domain: str, adapted: bool) -> list[str]:
    return [
        "# No reply to spam, mailing lists or automatic mail"
        + (", nor to mail your own filters discard or reject." if adapted else "."),
        *_if(
            "if not ",
            _joined("anyof", [*NO_REPLY_TESTS, *([DROPPED_TEST] * adapted)]),
            _answer(reply, email, domain),
        ),
    ]


def _forwarding(forward: ForwardRule, adapted: bool) -> list[str]:
    """``redirect :copy`` to the backup (RFC 3894: a copy stays in the mailbox), for the
    period; not for spam, lists, automatic mail, mail the backup sent (or, beside an adapted
    copy, mail the person's rules drop)."""
    backup = sieve_string(forward.to)
    body = [
        f"# Cover: your mail also goes to {forward.to}; a copy stays here. Not spam, mailing",
        "# lists or automatic mail, nor what your backup sent"
        + (" or your own filters discard." if adapted else "."),
        *_if(
            "if not ",
            _joined(
                "anyof",
                [
                    *NO_REPLY_TESTS,
                    f'address :is ["from", "sender"] {backup}',
                    *([DROPPED_TEST] * adapted),
                ],
            ),
            [f"redirect :copy {backup};"],
        ),
    ]
    return [*_dated(forward, body), ""]


def _dated(rule: AutoReply | ForwardRule, body: list[str]) -> list[str]:
    """``body`` within the rule's start and end (``currentdate``), or as it is."""
    bounds = []
    if rule.start is not None:
        bounds.append(_bound("ge", rule.start))
    if rule.end is not None:
        bounds.append(_bound("lt", rule.end))
    return _if("if ", _joined("allof", bounds), body) if bounds else body


def _header(email: str, include: str | None, copy_of: str | None, what: str) -> list[str]:
    lines = [
        f"{MARKER}: the {what} of {email.strip()}.",
        "# Change the reply in Boundary; an edit made here shows there as changed elsewhere.",
    ]
    if include is not None and copy_of is None:
        lines.append(
            "# Your own filters keep running through the include at the end, and become the "
            "active script again when the reply is cleared."
        )
    elif include is not None:
        lines += [
            f"# Your own filters keep running: {include} is a copy of your script without its",
            "# own vacation; your script becomes the active one again when the reply is cleared.",
            f"{RESTORES}{sieve_string(copy_of or '')}",
        ]
    return lines


def _answer(reply: AutoReply, email: str, domain: str) -> list[str]:
    """The vacation for colleagues (the domain and its subdomains), and for everyone else."""

    def vacation(text: str, subject: str) -> list[str]:
        parts = ["vacation", f":days {DAYS}"]
        if subject:
            parts.append(f":subject {sieve_string(subject)}")
        parts += [
            f":from {sieve_string(email)}",
            f":addresses [{sieve_string(email)}]",
            sieve_string(text),
        ]
        return [" ".join(parts) + ";"]

    same = (reply.internal, reply.subject) == (reply.external_sent, reply.external_subject_sent)
    if reply.audience is not Audience.INTERNAL and same:
        # The same words for everyone: carried once, so a long reply fits a small server.
        return [
            "# Colleagues and everyone else get the same message.",
            *vacation(reply.internal, reply.subject),
        ]
    colleague = [
        f'address :domain :is "from" {sieve_string(domain)}',
        f'address :domain :matches "from" {sieve_string("*." + _wildcards(domain))}',
    ]
    lines = _if("if ", _joined("anyof", colleague), vacation(reply.internal, reply.subject))
    if reply.audience is not Audience.INTERNAL:
        outside = vacation(reply.external, reply.external_subject_sent)
        lines[-1:] = _if("} else", [""], outside)
    return lines


def _joined(name: str, tests: list[str]) -> list[str]:
    """One test, or ``name (a, b, …)`` with a test on each line."""
    if len(tests) == 1:
        return tests
    indent = " " * (len(name) + 2)
    lines = [f"{name} ({tests[0]},", *(f"{indent}{test}," for test in tests[1:])]
    lines[-1] = lines[-1][:-1] + ")"
    return lines


def _if(opening: str, test: list[str], body: list[str]) -> list[str]:
    """``opening test { body }``, the test's further lines aligned under its first."""
    lines = [opening + test[0], *(" " * len(opening) + line for line in test[1:])]
    lines[-1] = lines[-1].rstrip() + " {"
    return [*lines, *("  " + line for line in body), "}"]


def _wildcards(value: str) -> str:
    """``value`` matched literally by ``:matches`` (RFC 5228 2.7.1): * ? and \\ escaped."""
    return re.sub(r"([*?\\])", r"\\\1", value)


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
    copy_of = restored_name(text) if found.include is not None else None
    if not found.replies:
        return ParsedScript(AutoReply.off(), found.include, copy_of, found.forward)
    external = found.replies.get("external")
    # One vacation for everyone: colleagues get the same words.
    internal = found.replies.get("internal", external or "")
    subject = found.subjects.get("internal", found.subjects.get("external", ""))
    outside = found.subjects.get("external", subject)
    reply = AutoReply(
        enabled=True,
        start=found.start,
        end=found.end,
        subject=subject,
        internal=internal,
        external=external if external is not None else "",
        audience=Audience.ALL if external is not None else Audience.INTERNAL,
        external_subject=outside if outside != subject else "",
    )
    return ParsedScript(reply, found.include, copy_of, found.forward)


def restored_name(text: str) -> str | None:
    """The person's script named on a ``# Restores:`` line (read without parsing)."""
    match = _RESTORES.search(text)
    return re.sub(r"\\(.)", r"\1", match.group(1)) if match else None


class _Found:
    def __init__(self) -> None:
        self.include: str | None = None
        self.start: datetime | None = None
        self.end: datetime | None = None
        self.subjects: dict[str, str] = {}
        self.replies: dict[str, str] = {}
        self.forward = ForwardRule.off()


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
    elif name == "redirect":
        found.forward = ForwardRule(True, _unquote(args.get("address", '""')), start, end)
        return
    elif name == "vacation":
        extra = command.extra_arguments
        found.replies[branch or "external"] = _unquote(args.get("reason", '""'))
        found.subjects[branch or "external"] = _unquote(extra.get("subject", '""'))
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
    tests = test.arguments.get("tests", []) if test.name in ("allof", "anyof") else [test]
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
    """sievelib's parser does not know RFC 6609's include and global, nor RFC 5229's string
    test; teach it (once)."""
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

    class GlobalCommand(commands.ControlCommand):  # type: ignore[misc]
        extension = "include"
        args_definition = [  # noqa: RUF012 - sievelib's own shape
            {"name": "value", "type": ["string", "stringlist"], "required": True},
        ]

    class StringCommand(commands.TestCommand):  # type: ignore[misc]
        extension = "variables"
        args_definition = [  # noqa: RUF012 - sievelib's own shape
            commands.comparator,
            commands.match_type,
            {"name": "source", "type": ["string", "stringlist"], "required": True},
            {"name": "key-list", "type": ["string", "stringlist"], "required": True},
        ]

    commands.add_commands([IncludeCommand, GlobalCommand, StringCommand])
    _registered = True
