"""Loopback stand-ins for what account discovery asks: a web server for autoconfig files and
Exchange autodiscover, and a DNS server for SRV and MX records.

``Lookups`` starts both and points ``BOUNDARY_AUTOCONFIG_BASE`` and ``BOUNDARY_DNS_SERVER``
at them, so nothing leaves this computer. A page can be made to hang (``hold``) until the
test ends, to try timeouts without sleeping.
"""

from __future__ import annotations

import http.server
import socketserver
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

import dns.message
import dns.rcode
import dns.rdatatype
import dns.rrset
import pytest

AUTOCONFIG = "/mail/config-v1.1.xml"
WELL_KNOWN = "/.well-known/autoconfig/mail/config-v1.1.xml"
AUTODISCOVER = "/autodiscover/autodiscover.svc"


def autoconfig_xml(
    imap: tuple[str, int, str] | None = ("mail.example.test", 993, "SSL"),
    smtp: tuple[str, int, str] | None = ("smtp.example.test", 465, "SSL"),
    username: str = "%EMAILADDRESS%",
) -> bytes:
    """A Thunderbird autoconfig file with one IMAP and one SMTP server."""
    parts = ['<?xml version="1.0" encoding="UTF-8"?>\n<clientConfig version="1.1">']
    parts.append('<emailProvider id="example.test"><domain>example.test</domain>')
    parts.append(
        '<incomingServer type="pop3"><hostname>pop.example.test</hostname><port>995</port>'
        "<socketType>SSL</socketType><username>%EMAILADDRESS%</username></incomingServer>"
    )
    for tag, kind, server in (("incomingServer", "imap", imap), ("outgoingServer", "smtp", smtp)):
        if server is not None:
            host, port, socket_type = server
            parts.append(
                f'<{tag} type="{kind}"><hostname>{host}</hostname><port>{port}</port>'
                f"<socketType>{socket_type}</socketType><username>{username}</username>"
                f"<authentication>password-cleartext</authentication></{tag}>"
            )
    parts.append("</emailProvider></clientConfig>")
    return "\n".join(parts).encode()


@dataclass
class Page:
    body: bytes = b""
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    hold: bool = False
    """Answer only when the test ends (a server that does not answer in time)."""


class WebServer:
    def __init__(self) -> None:
        self.pages: dict[tuple[str, str], Page] = {}
        self.asked: list[str] = []
        self.release = threading.Event()
        owner = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def _answer(self, method: str) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                if length:
                    self.rfile.read(length)
                path = self.path.partition("?")[0]
                owner.asked.append(f"{method} {self.path}")
                page = owner.pages.get((method, path), Page(status=404))
                if page.hold:
                    owner.release.wait(30)
                self.send_response(page.status)
                for name, value in page.headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(page.body)))
                self.end_headers()
                self.wfile.write(page.body)

            def do_GET(self) -> None:
                self._answer("GET")

            def do_POST(self) -> None:
                self._answer("POST")

            def log_message(self, *args: object) -> None:
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.server.server_port}"
        threading.Thread(target=self.server.serve_forever, args=(0.02,), daemon=True).start()

    def close(self) -> None:
        self.release.set()
        self.server.shutdown()
        self.server.server_close()


class DnsServer:
    """Answers from ``records``: (name, type) → the records' text, e.g.
    ``("_imaps._tcp.example.test", "SRV"): ["0 1 993 mail.example.test."]``; any other name
    does not exist (NXDOMAIN)."""

    def __init__(self) -> None:
        self.records: dict[tuple[str, str], list[str]] = {}
        self.asked: list[str] = []
        owner = self

        class Handler(socketserver.BaseRequestHandler):
            def handle(self) -> None:
                data, sock = self.request
                query = dns.message.from_wire(data)
                response = dns.message.make_response(query)
                question = query.question[0]
                name = question.name.to_text().rstrip(".").lower()
                kind = dns.rdatatype.to_text(question.rdtype)
                owner.asked.append(f"{name} {kind}")
                if texts := owner.records.get((name, kind)):
                    rrset = dns.rrset.from_text_list(question.name, 300, "IN", kind, texts)
                    response.answer.append(rrset)
                elif not any(n == name for n, _ in owner.records):
                    response.set_rcode(dns.rcode.NXDOMAIN)
                sock.sendto(response.to_wire(), self.client_address)

        self.server = socketserver.ThreadingUDPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.address = f"127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, args=(0.02,), daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@dataclass
class Lookups:
    web: WebServer
    dns: DnsServer

    def autoconfig(self, body: bytes, path: str = AUTOCONFIG) -> None:
        self.web.pages["GET", path] = Page(body, headers={"Content-Type": "text/xml"})

    def srv(self, name: str, *records: str) -> None:
        self.dns.records[name, "SRV"] = list(records)

    def mx(self, domain: str, *hosts: str) -> None:
        self.dns.records[domain, "MX"] = [f"{10 * (i + 1)} {h}." for i, h in enumerate(hosts)]

    def exchange(self, methods: str = "Negotiate, NTLM") -> None:
        self.web.pages["POST", AUTODISCOVER] = Page(
            status=401, headers={"WWW-Authenticate": methods}
        )


@contextmanager
def lookups_on_loopback(monkeypatch: pytest.MonkeyPatch) -> Iterator[Lookups]:
    web, dns_server = WebServer(), DnsServer()
    monkeypatch.setenv("BOUNDARY_AUTOCONFIG_BASE", web.base)
    monkeypatch.setenv("BOUNDARY_DNS_SERVER", dns_server.address)
    try:
        yield Lookups(web, dns_server)
    finally:
        web.close()
        dns_server.close()
