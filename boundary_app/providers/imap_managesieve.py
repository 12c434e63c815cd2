"""A small ManageSieve client (RFC 5804) for the ``imap`` provider.

sievelib ships a client too, but it connects without a timeout, reports failures as
free-form text and warns (rather than refuses) when a password would travel unencrypted.
The protocol is small, so this one is written for the provider's needs: a timeout on every
socket operation, STARTTLS required unless the caller allows plain text (loopback only),
and typed errors the provider maps to the contract.
"""

from __future__ import annotations

import base64
import re
import socket
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import ssl

CRLF = b"\r\n"
_LITERAL = re.compile(rb"\{(\d+)\+?\}$")


class SieveProtocolError(Exception):
    """The server said something this client cannot follow, or closed the connection."""


class SieveAuthError(Exception):
    """The server refused the user name or password."""


class SieveNoTLS(Exception):
    """The server does not offer STARTTLS, and plain text was not allowed."""


@dataclass
class SieveNo(Exception):
    """A NO answer: ``message`` is the server's own human-readable text."""

    command: str
    code: str = ""
    message: str = ""

    def __str__(self) -> str:
        return self.message or f"{self.command} failed"


@dataclass
class Response:
    status: str
    code: str = ""
    message: str = ""
    data: list[list[str]] = field(default_factory=list)


def quote(value: str) -> bytes:
    """A ManageSieve string: quoted when it can be, a literal otherwise."""
    raw = value.encode("utf-8")
    if b"\r" in raw or b"\n" in raw or b"\0" in raw or len(raw) > 1024:
        return literal(value)
    return b'"' + raw.replace(b"\\", b"\\\\").replace(b'"', b'\\"') + b'"'


def _wire(value: str) -> bytes:
    return value.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8")


def wire_size(value: str) -> int:
    """How many bytes a script takes on the wire (and on the server): UTF-8, CRLF lines."""
    return len(_wire(value))


def literal(value: str) -> bytes:
    raw = _wire(value)
    return b"{%d+}\r\n" % len(raw) + raw


class ManageSieve:
    """One ManageSieve session. Use as a context manager; it logs out on exit."""

    def __init__(
        self,
        host: str,
        port: int,
        *,
        timeout: float,
        tls: ssl.SSLContext | None,
    ) -> None:
        self.host = host
        self.port = port
        self.timeout = timeout
        self.tls = tls
        self.capabilities: dict[str, str] = {}
        self._sock: socket.socket | None = None
        self._buffer = b""

    # --- connection -----------------------------------------------------------------------

    def connect(self) -> None:
        """Connect, switch to TLS when asked (STARTTLS); raises OSError/ssl.SSLError."""
        self._sock = socket.create_connection((self.host, self.port), timeout=self.timeout)
        self._read_capabilities(self._read_response())
        if self.tls is None:
            return
        if "STARTTLS" not in self.capabilities:
            raise SieveNoTLS()
        self._expect_ok(self.command("STARTTLS"), "STARTTLS")
        self._sock = self.tls.wrap_socket(self._sock, server_hostname=self.host)
        self._buffer = b""
        # RFC 5804 2.2: after TLS the server sends its capabilities again, unasked.
        self._read_capabilities(self._read_response())

    def login(self, username: str, password: str) -> None:
        token = base64.b64encode(b"\0" + username.encode() + b"\0" + password.encode())
        response = self.command("AUTHENTICATE", b'"PLAIN"', quote(token.decode("ascii")))
        if response.status != "OK":
            raise SieveAuthError(response.message)

    def close(self) -> None:
        if self._sock is None:
            return
        try:
            self._send(b"LOGOUT")
            self._read_response()
        except (OSError, SieveProtocolError):
            pass
        finally:
            self._sock.close()
            self._sock = None

    def __enter__(self) -> ManageSieve:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def extensions(self) -> set[str]:
        """The Sieve extensions the server supports (lower case)."""
        return {e.lower() for e in self.capabilities.get("SIEVE", "").split()}

    # --- commands -------------------------------------------------------------------------

    def list_scripts(self) -> tuple[str | None, list[str]]:
        """(the active script or None, every script's name)."""
        response = self._expect_ok(self.command("LISTSCRIPTS"), "LISTSCRIPTS")
        active: str | None = None
        names: list[str] = []
        for tokens in response.data:
            if not tokens:
                continue
            names.append(tokens[0])
            if len(tokens) > 1 and tokens[1].upper() == "ACTIVE":
                active = tokens[0]
        return active, names

    def get_script(self, name: str) -> str:
        response = self._expect_ok(self.command("GETSCRIPT", quote(name)), "GETSCRIPT")
        text = response.data[0][0] if response.data and response.data[0] else ""
        return text.replace("\r\n", "\n")

    def have_space(self, name: str, content: str) -> None:
        """HAVESPACE: whether the server would take ``content`` as ``name``; a NO carries a
        QUOTA response code (QUOTA/MAXSIZE, QUOTA/MAXSCRIPTS) saying why (RFC 5804 2.3)."""
        size = b"%d" % wire_size(content)
        self._expect_ok(self.command("HAVESPACE", quote(name), size), "HAVESPACE")

    def check_script(self, content: str) -> None:
        self._expect_ok(self.command("CHECKSCRIPT", literal(content)), "CHECKSCRIPT")

    def put_script(self, name: str, content: str) -> None:
        self._expect_ok(self.command("PUTSCRIPT", quote(name), literal(content)), "PUTSCRIPT")

    def set_active(self, name: str) -> None:
        """Make ``name`` the active script; "" leaves none active."""
        self._expect_ok(self.command("SETACTIVE", quote(name)), "SETACTIVE")

    def delete_script(self, name: str) -> None:
        self._expect_ok(self.command("DELETESCRIPT", quote(name)), "DELETESCRIPT")

    def command(self, name: str, *args: bytes) -> Response:
        self._send(b" ".join((name.encode("ascii"), *args)))
        return self._read_response()

    @staticmethod
    def _expect_ok(response: Response, command: str) -> Response:
        if response.status != "OK":
            raise SieveNo(command, response.code, response.message)
        return response

    # --- the wire -------------------------------------------------------------------------

    def _send(self, line: bytes) -> None:
        if self._sock is None:
            raise SieveProtocolError("not connected")
        self._sock.sendall(line + CRLF)

    def _read_capabilities(self, response: Response) -> None:
        if response.status != "OK":
            raise SieveProtocolError(f"the server did not greet: {response.message}")
        self.capabilities = {
            tokens[0].upper(): (tokens[1] if len(tokens) > 1 else "")
            for tokens in response.data
            if tokens
        }

    def _read_response(self) -> Response:
        data: list[list[str]] = []
        while True:
            tokens = self._read_tokens()
            if tokens and tokens[0].upper() in ("OK", "NO", "BYE"):
                status = tokens[0].upper()
                rest = tokens[1:]
                code = ""
                if rest and rest[0].startswith("("):
                    code = rest.pop(0)[1:-1]
                message = rest[0] if rest else ""
                if status == "BYE":
                    raise SieveProtocolError(message or "the server closed the connection")
                return Response(status, code, message, data)
            data.append(tokens)

    def _read_tokens(self) -> list[str]:
        """One response line as tokens; quoted strings and literals become plain strings."""
        tokens: list[str] = []
        line = self._read_line()
        while True:
            pos = 0
            literal_size: int | None = None
            while pos < len(line):
                char = line[pos : pos + 1]
                if char == b" ":
                    pos += 1
                elif char == b'"':
                    value, pos = _quoted(line, pos)
                    tokens.append(value)
                elif char == b"{" and (match := _LITERAL.match(line, pos)):
                    literal_size = int(match.group(1))
                    break
                elif char == b"(":
                    end = _closing_paren(line, pos)
                    tokens.append(line[pos:end].decode("utf-8", "replace"))
                    pos = end
                else:
                    end = line.find(b" ", pos)
                    end = len(line) if end < 0 else end
                    tokens.append(line[pos:end].decode("utf-8", "replace"))
                    pos = end
            if literal_size is None:
                return tokens
            tokens.append(self._read_exact(literal_size).decode("utf-8", "replace"))
            line = self._read_line()  # what follows the literal on the same logical line

    def _read_line(self) -> bytes:
        while CRLF not in self._buffer:
            self._fill()
        line, _, self._buffer = self._buffer.partition(CRLF)
        return line

    def _read_exact(self, size: int) -> bytes:
        while len(self._buffer) < size:
            self._fill()
        chunk, self._buffer = self._buffer[:size], self._buffer[size:]
        return chunk

    def _fill(self) -> None:
        if self._sock is None:
            raise SieveProtocolError("not connected")
        chunk = self._sock.recv(65536)
        if not chunk:
            raise SieveProtocolError("the server closed the connection")
        self._buffer += chunk


def _quoted(line: bytes, pos: int) -> tuple[str, int]:
    out = bytearray()
    pos += 1
    while pos < len(line):
        char = line[pos]
        if char == 0x5C and pos + 1 < len(line):  # backslash
            out.append(line[pos + 1])
            pos += 2
        elif char == 0x22:  # closing quote
            return out.decode("utf-8", "replace"), pos + 1
        else:
            out.append(char)
            pos += 1
    raise SieveProtocolError("unterminated string in the server's answer")


def _closing_paren(line: bytes, pos: int) -> int:
    depth, in_quote = 0, False
    while pos < len(line):
        char = line[pos]
        if in_quote:
            if char == 0x5C:
                pos += 1
            elif char == 0x22:
                in_quote = False
        elif char == 0x22:
            in_quote = True
        elif char == 0x28:
            depth += 1
        elif char == 0x29:
            depth -= 1
            if depth == 0:
                return pos + 1
        pos += 1
    return len(line)
