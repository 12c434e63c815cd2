"""The person's own Sieve script, beside Boundary's: its reply, and the copy run while away.

Webmail (Roundcube, SOGo, Rainloop, Nextcloud Mail) writes the person's out-of-office
reply as a ``vacation`` inside their one active script. Sieve allows one vacation per
message, and ``reject``/``ereject`` may not meet a vacation either (RFC 5429 2.1), so
running that script beside Boundary's reply would make delivery fail: no reply at all and
the person's filters skipped. So:

- ``their_reply`` reads that vacation as the account's reply, set elsewhere;
- ``clashes`` says whether the script holds anything that cannot run beside Boundary's
  reply or that Boundary's reply must respect (``vacation``, ``reject``, ``ereject``,
  ``discard``);
- ``adapted_copy`` is what Boundary runs instead while its reply is on: the same script
  with its own vacation taken out, a note (a global variable) left where it discards or
  rejects mail, and ``stop`` made ``return`` so Boundary's reply still runs after it.
  The person's script itself is never written to.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, timezone

from boundary_app.providers.base import Audience, AutoReply
from boundary_app.providers.imap_sieve_syntax import Node, SieveSyntaxError, Token, parse

COPY_NAME = "boundary-filters"
"""The adapted copy of the person's script, beside Boundary's own ``boundary``."""
DROPPED = "boundary_dropped"
"""The global variable the copy sets when the person's rules discard or reject a message."""
CLASHING = frozenset({"vacation", "reject", "ereject", "discard"})


def _commands(
    nodes: list[Node], conditions: tuple[Node, ...] = ()
) -> Iterator[tuple[Node, tuple[Node, ...]]]:
    """Every command, with the tests of the ``if``/``elsif`` blocks around it."""
    for node in nodes:
        yield node, conditions
        if node.block is not None:
            inner = conditions + tuple(node.tests) if node.name in ("if", "elsif") else conditions
            yield from _commands(node.block, inner)


def clashes(text: str) -> bool:
    """Whether the script needs the adapted copy to run beside Boundary's reply. A script
    this reader cannot follow is run as it is (as before this check existed)."""
    try:
        nodes = parse(text)
    except SieveSyntaxError:
        return False
    return any(node.name in CLASHING for node, _ in _commands(nodes))


def their_reply(text: str) -> AutoReply | None:
    """The reply the script's first ``vacation`` sends (not one under ``if false``, which
    is how Roundcube keeps a switched-off rule), or None."""
    try:
        nodes = parse(text)
    except SieveSyntaxError:
        return None  # the server cannot run it either
    for node, conditions in _commands(nodes):
        if node.name != "vacation" or any(test.name == "false" for test in conditions):
            continue
        reasons = node.strings()
        subject = node.tagged("subject")
        start, end = _bounds(conditions)
        reason = reasons[-1] if reasons else ""
        return AutoReply(
            enabled=True,
            start=start,
            end=end,
            subject=subject.value if isinstance(subject, Token) else "",
            internal=reason,
            external=reason,
            audience=Audience.ALL,
        )
    return None


def _bounds(conditions: tuple[Node, ...]) -> tuple[datetime | None, datetime | None]:
    """The away period in ``currentdate`` tests (RFC 5260) around a vacation, where they
    compare the "date" or "iso8601" part with ge, gt, le or lt."""
    start: datetime | None = None
    end: datetime | None = None
    tests = [t for test in conditions for t in (test.tests if test.name == "allof" else [test])]
    for test in tests:
        relation = test.tagged("value")
        zone = test.tagged("zone")
        values = test.strings()
        if test.name != "currentdate" or not isinstance(relation, Token) or len(values) != 2:
            continue
        offset = _zone(zone.value if isinstance(zone, Token) else "")
        moment = _moment(values[0].lower(), values[1], offset)
        if moment is None:
            continue
        later, exact = moment
        if relation.value in ("ge", "gt"):
            start = exact if relation.value == "ge" else later
        elif relation.value in ("le", "lt"):
            end = exact if relation.value == "lt" else later
    return start, end


def _zone(value: str) -> timezone:
    """A ``:zone`` ("+0100"); without one the server's own zone applies, taken as UTC."""
    if len(value) == 5 and value[0] in "+-" and value[1:].isdigit():
        offset = timedelta(hours=int(value[1:3]), minutes=int(value[3:]))
        return timezone(-offset if value[0] == "-" else offset)
    return UTC


def _moment(part: str, value: str, zone: timezone) -> tuple[datetime, datetime] | None:
    """(the first moment after the compared value, the value's own first moment)."""
    try:
        if part == "date":
            day = date.fromisoformat(value)
            first = datetime(day.year, day.month, day.day, tzinfo=zone)
            return first + timedelta(days=1), first
        if part == "iso8601":
            moment = datetime.fromisoformat(value)
            if moment.tzinfo is None:
                moment = moment.replace(tzinfo=zone)
            return moment + timedelta(seconds=1), moment
    except ValueError:
        return None
    return None


def adapted_copy(text: str, name: str, *, declare_global: bool = True) -> str:
    """The script ``name`` (``text``) as Boundary runs it while its reply is on.

    ``declare_global``: the note is declared ``global`` (RFC 6609), so Boundary's script
    sees it; False for a server without ``global`` that shares every variable with the
    script including this one (Cyrus)."""
    nodes = parse(text)
    edits: list[tuple[int, int, str]] = []
    for node, _ in _commands(nodes):
        if node.name == "vacation":
            edits.append((node.start, node.end, ""))
        elif node.name in ("discard", "reject", "ereject"):
            edits.append((node.start, node.start, f'set "{DROPPED}" "{node.name}"; '))
        elif node.name == "stop":
            edits.append((node.start, node.end, "return;"))
    if declare_global:
        requires = list(_leading(nodes, "require"))
        after = requires[-1].end if requires else 0
        line = f'global "{DROPPED}";'
        edits.append((after, after, f"\n{line}" if requires else f"{line}\n"))
    for start, end, new in sorted(edits, key=lambda edit: edit[0], reverse=True):
        text = text[:start] + new + text[end:]
    quoted = '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'
    header = [
        f"# Made by Boundary: a copy of your script {quoted}, run while your out-of-office",
        "# reply is on. Its own vacation is left out (Sieve sends one reply per message:",
        "# Boundary's); where it discards or rejects mail, no reply goes out. Your script",
        "# itself is unchanged and is active again when the reply is cleared; this copy is",
        "# deleted then.",
        'require ["include", "variables"];',
    ]
    return "\n".join(header) + "\n" + text


def _leading(nodes: list[Node], name: str) -> Iterator[Node]:
    for node in nodes:
        if node.name != name:
            return
        yield node
