"""Sieve's grammar (RFC 5228 section 8), read without knowing a single command.

The person's own script may use any extension a server offers (``addheader``, ``spamtest``,
``mailbox`` …), and sievelib refuses commands it does not know. This reader knows only the
grammar: tokens, commands with their arguments, tests and blocks, and where in the text
each command starts and ends, so Boundary can read the person's ``vacation`` and make an
adapted copy of the script by editing exact spans, leaving every other byte as it was.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_TOKEN = re.compile(
    r"""
    (?P<space>[ \t\r\n]+)
    |(?P<hash>\#[^\n]*)
    |(?P<bracket>/\*.*?\*/)
    |(?P<text>text:[ \t]*(?:\#[^\n]*)?\r?\n)
    |(?P<string>"(?:[^"\\]|\\.)*")
    |(?P<number>[0-9]+[KMGkmg]?)
    |(?P<tag>:[A-Za-z_][A-Za-z0-9_]*)
    |(?P<identifier>[A-Za-z_][A-Za-z0-9_]*)
    |(?P<special>[\[\](){},;])
    """,
    re.VERBOSE | re.DOTALL,
)
_END_OF_TEXT = re.compile(r"^\.\r?$", re.MULTILINE)


class SieveSyntaxError(ValueError):
    """The text is not a Sieve script."""


@dataclass(frozen=True)
class Token:
    kind: str
    """identifier, tag, number, string or special"""
    value: str
    """identifiers and tags in lower case (a tag without its colon); strings decoded"""
    start: int
    end: int


Argument = Token | list[Token]
"""A tag, number or string, or a string list."""


@dataclass
class Node:
    """A command or a test."""

    name: str
    arguments: list[Argument] = field(default_factory=list)
    tests: list[Node] = field(default_factory=list)
    block: list[Node] | None = None
    start: int = 0
    end: int = 0
    """Where the command starts, and ends after its ";" or "}"."""

    def tagged(self, tag: str) -> Argument | None:
        """The argument after ``:tag`` (``:subject "Away"`` gives the string)."""
        for index, argument in enumerate(self.arguments[:-1]):
            if isinstance(argument, Token) and argument.kind == "tag" and argument.value == tag:
                return self.arguments[index + 1]
        return None

    def strings(self) -> list[str]:
        """The values of the string arguments (and lists) that follow no tag."""
        found: list[str] = []
        for index, argument in enumerate(self.arguments):
            before = self.arguments[index - 1] if index else None
            if isinstance(before, Token) and before.kind == "tag" and before.value in _VALUED:
                continue
            if isinstance(argument, list):
                found += [t.value for t in argument]
            elif argument.kind == "string":
                found.append(argument.value)
        return found


#: Tags that take a value, among those the reader's callers look at (RFC 5228, 5230, 5260).
_VALUED = frozenset(
    {"comparator", "days", "seconds", "subject", "from", "addresses", "handle", "zone"}
    | {"originalzone", "value", "count"}
)


def tokenize(text: str) -> list[Token]:
    tokens: list[Token] = []
    pos = 0
    while pos < len(text):
        match = _TOKEN.match(text, pos)
        if match is None:
            line = text.count("\n", 0, pos) + 1
            raise SieveSyntaxError(f"line {line}: unexpected {text[pos : pos + 10]!r}")
        kind = match.lastgroup or ""
        if kind == "text":
            tokens.append(_multiline(text, match.start(), match.end()))
            pos = tokens[-1].end
            continue
        pos = match.end()
        if kind in ("space", "hash", "bracket"):
            continue
        value = match.group()
        if kind == "string":
            value = re.sub(r"\\(.)", r"\1", value[1:-1], flags=re.DOTALL)
        elif kind == "tag":
            value = value[1:].lower()
        elif kind == "identifier":
            value = value.lower()
        tokens.append(Token(kind, value, match.start(), pos))
    return tokens


def _multiline(text: str, start: int, body: int) -> Token:
    """A ``text:`` string: the lines up to one holding only ".", dot-stuffing undone."""
    end = _END_OF_TEXT.search(text, body)
    if end is None:
        raise SieveSyntaxError("a text: string has no closing line with a single '.'")
    lines = text[body : end.start()].split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    value = "\n".join(line[1:] if line.startswith("..") else line for line in lines)
    after = end.end() + 1 if text[end.end() : end.end() + 1] == "\n" else end.end()
    return Token("string", value.replace("\r", ""), start, after)


def parse(text: str) -> list[Node]:
    """The script's commands. Raises SieveSyntaxError when it is not Sieve."""
    parser = _Parser(tokenize(text))
    commands = parser.commands(closing=False)
    return commands


class _Parser:
    def __init__(self, tokens: list[Token]) -> None:
        self.tokens = tokens
        self.pos = 0

    def peek(self) -> Token | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def take(self, kind: str, value: str | None = None) -> Token:
        token = self.peek()
        if token is None or token.kind != kind or (value is not None and token.value != value):
            where = "the end" if token is None else repr(token.value)
            raise SieveSyntaxError(f"expected {value or kind}, found {where}")
        self.pos += 1
        return token

    def at(self, value: str) -> bool:
        token = self.peek()
        return token is not None and token.kind == "special" and token.value == value

    def commands(self, *, closing: bool) -> list[Node]:
        found: list[Node] = []
        while self.peek() is not None and not self.at("}"):
            found.append(self.command())
        if closing != self.at("}"):
            raise SieveSyntaxError("unbalanced braces")
        return found

    def command(self) -> Node:
        name = self.take("identifier")
        node = self.arguments(Node(name.value, start=name.start))
        if self.at(";"):
            node.end = self.take("special", ";").end
            return node
        self.take("special", "{")
        node.block = self.commands(closing=True)
        node.end = self.take("special", "}").end
        return node

    def arguments(self, node: Node) -> Node:
        while (token := self.peek()) is not None:
            if token.kind in ("tag", "number", "string"):
                node.arguments.append(token)
                self.pos += 1
            elif self.at("["):
                node.arguments.append(self.string_list())
            else:
                break
        token = self.peek()
        if token is not None and token.kind == "identifier":
            node.tests = [self.test()]
        elif self.at("("):
            self.pos += 1
            node.tests = [self.test()]
            while self.at(","):
                self.pos += 1
                node.tests.append(self.test())
            self.take("special", ")")
        return node

    def test(self) -> Node:
        name = self.take("identifier")
        node = self.arguments(Node(name.value, start=name.start))
        node.end = self.tokens[self.pos - 1].end
        return node

    def string_list(self) -> list[Token]:
        self.take("special", "[")
        items = [self.take("string")]
        while self.at(","):
            self.pos += 1
            items.append(self.take("string"))
        self.take("special", "]")
        return items
