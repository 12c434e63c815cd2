"""Find an account's settings from its email address, as mail apps do.

In this order (an earlier source wins, setting by setting):

1. the domain's autoconfig file, Thunderbird's format: ``https://autoconfig.<domain>/mail/
   config-v1.1.xml``, then ``https://<domain>/.well-known/autoconfig/mail/config-v1.1.xml``;
2. DNS SRV records: ``_imaps._tcp``, ``_imap._tcp`` (RFC 6186), ``_submissions._tcp``,
   ``_submission._tcp`` (RFC 6186, RFC 8314) and ``_sieve._tcp`` (RFC 5804);
3. the providers Boundary knows: by the domain (gmail.com → gmail, outlook.com → m365), by
   the server found above (imap.gmail.com → gmail), or by the domain's mail exchanger (DNS
   MX: ``*.mail.protection.outlook.com`` → m365, Google's → gmail);
4. Exchange autodiscover (through exchangelib, imported only then), when nothing above told
   the kind.

The result is values with where each came from (``Source`` codes and the URL or DNS name);
the front ends word them. The lookups that can run together do (one thread each, under a
deadline), so a slow server costs one timeout, not one per lookup.

For tests: ``BOUNDARY_AUTOCONFIG_BASE=http://127.0.0.1:PORT`` replaces the
``https://autoconfig.<domain>``, ``https://<domain>`` and ``https://autodiscover.<domain>``
bases; ``BOUNDARY_DNS_SERVER=127.0.0.1:PORT`` sends the DNS questions there.
"""

from __future__ import annotations

import os
import urllib.request
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any, NamedTuple

from boundary_app.providers.base import FieldKind, SettingField, import_first, is_email

if TYPE_CHECKING:
    import dns.resolver

DEFAULT_TIMEOUT = 6.0
"""Seconds for one lookup; lookups that run together share one such wait (plus a little)."""
MAX_CONFIG_BYTES = 256 * 1024
AUTOCONFIG_BASE = "BOUNDARY_AUTOCONFIG_BASE"
DNS_SERVER = "BOUNDARY_DNS_SERVER"

KNOWN_DOMAINS: Mapping[str, tuple[str, Mapping[str, str]]] = {
    "gmail.com": ("gmail", {}),
    "googlemail.com": ("gmail", {}),
    # Personal Microsoft accounts sign in through the "common" endpoint, not "organizations".
    "outlook.com": ("m365", {"tenant": "common"}),
    "hotmail.com": ("m365", {"tenant": "common"}),
    "live.com": ("m365", {"tenant": "common"}),
}
"""Mail domains of providers Boundary has a kind of its own for, with settings they need."""
KNOWN_SERVERS: tuple[tuple[str, str], ...] = (
    ("imap.gmail.com", "gmail"),
    ("imap.googlemail.com", "gmail"),
    ("outlook.office365.com", "m365"),
    ("imap-mail.outlook.com", "m365"),
)
"""IMAP servers (as an autoconfig file or SRV record names them) of those providers."""
KNOWN_MX: tuple[tuple[str, str], ...] = (
    (".mail.protection.outlook.com", "m365"),
    ("aspmx.l.google.com", "gmail"),
    (".googlemail.com", "gmail"),
    ("smtp.google.com", "gmail"),
)
"""Mail exchangers (host, or ``.suffix``) of Microsoft 365 and Google Workspace domains."""

KIND_KEYS: Mapping[str, tuple[str, ...]] = {
    "imap": (
        "email",
        "username",
        "security",
        "imap_host",
        "imap_port",
        "smtp_host",
        "smtp_port",
        "smtp_security",
        "sieve_host",
        "sieve_port",
    ),
    "exchange": ("email", "ews_url", "username", "auth"),
    "m365": ("email", "tenant"),
    "gmail": ("email",),
}
"""The settings discovery may find for each kind (the keys of the kind's settings fields)."""

SRV_NAMES = ("_imaps._tcp", "_imap._tcp", "_submissions._tcp", "_submission._tcp", "_sieve._tcp")


class Source(StrEnum):
    """Where a setting came from."""

    ADDRESS = "address"
    """The email address itself."""
    AUTOCONFIG = "autoconfig"
    """``https://autoconfig.<domain>/mail/config-v1.1.xml``."""
    WELL_KNOWN = "well-known"
    """``https://<domain>/.well-known/autoconfig/mail/config-v1.1.xml``."""
    SRV = "srv"
    """A DNS SRV record."""
    KNOWN = "known"
    """A provider Boundary knows, by the domain or by the server found."""
    MX = "mx"
    """The domain's mail exchanger (DNS MX) belongs to a provider Boundary knows."""
    AUTODISCOVER = "autodiscover"
    """An Exchange autodiscover service answered for the domain."""


class Outcome(StrEnum):
    """How one lookup went."""

    FOUND = "found"
    NOTHING = "nothing"
    """Not there: no such file or record, or nothing Boundary can use in it."""
    MALFORMED = "malformed"
    """There, but not in the format it should be (an autoconfig file that is not valid)."""
    TIMEOUT = "timeout"
    FAILED = "failed"
    """Could not be asked: the connection or the DNS server failed."""


@dataclass(frozen=True)
class Found:
    value: str
    source: Source
    where: str
    """The URL, DNS name or host the value came from."""


@dataclass(frozen=True)
class Lookup:
    source: Source
    where: str
    outcome: Outcome


@dataclass(frozen=True)
class Discovery:
    """What was found for ``email``: the kind (None: not found), settings, and each lookup."""

    email: str
    kind: Found | None
    settings: Mapping[str, Found] = field(default_factory=dict)
    lookups: tuple[Lookup, ...] = ()

    @property
    def domain(self) -> str:
        return self.email.rpartition("@")[2]

    def values(self) -> dict[str, str]:
        """The settings found, by key, as a form or ``accounts add`` takes them."""
        return {key: found.value for key, found in self.settings.items()}

    def to_json(self) -> dict[str, Any]:
        def one(found: Found) -> dict[str, str]:
            return {"value": found.value, "source": found.source.value, "where": found.where}

        return {
            "email": self.email,
            "kind": None if self.kind is None else one(self.kind),
            "settings": {key: one(found) for key, found in self.settings.items()},
            "lookups": [
                {"source": x.source.value, "where": x.where, "outcome": x.outcome.value}
                for x in self.lookups
            ],
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Discovery:
        """The ``Discovery`` ``to_json`` described (the worker's answer to a DISCOVER job)."""

        def one(found: Mapping[str, Any]) -> Found:
            return Found(str(found["value"]), Source(found["source"]), str(found["where"]))

        kind = data.get("kind")
        return cls(
            str(data["email"]),
            None if kind is None else one(kind),
            {str(key): one(found) for key, found in data.get("settings", {}).items()},
            tuple(
                Lookup(Source(x["source"]), str(x["where"]), Outcome(x["outcome"]))
                for x in data.get("lookups", [])
            ),
        )


class Config(NamedTuple):
    """What an autoconfig file says: the kind and its settings."""

    kind: str
    settings: dict[str, str]


class MalformedConfig(ValueError):
    """The file is not a Thunderbird autoconfig file."""


class Srv(NamedTuple):
    priority: int
    weight: int
    port: int
    target: str


# --- the lookups ---------------------------------------------------------------------------


def autoconfig_urls(email: str, environ: Mapping[str, str]) -> tuple[str, str]:
    """The domain's autoconfig file and its .well-known fallback (Thunderbird's order)."""
    from urllib.parse import quote

    domain = email.rpartition("@")[2]
    query = "?emailaddress=" + quote(email, safe="@")
    first = _base(environ, f"https://autoconfig.{domain}")
    second = _base(environ, f"https://{domain}")
    return (
        f"{first}/mail/config-v1.1.xml{query}",
        f"{second}/.well-known/autoconfig/mail/config-v1.1.xml{query}",
    )


def autodiscover_urls(domain: str, environ: Mapping[str, str]) -> list[str]:
    """Exchange autodiscover's first two places (MS-OXDSCLI steps 1 and 2)."""
    path = "/autodiscover/autodiscover.svc"
    urls = [
        _base(environ, f"https://{domain}") + path,
        _base(environ, f"https://autodiscover.{domain}") + path,
    ]
    return list(dict.fromkeys(urls))


def _base(environ: Mapping[str, str], default: str) -> str:
    return (environ.get(AUTOCONFIG_BASE) or default).rstrip("/")


class _NoDowngrade(urllib.request.HTTPRedirectHandler):
    """Follows redirects, but not from https to http (a configuration must not be swapped
    on its way)."""

    def redirect_request(
        self,
        req: urllib.request.Request,
        fp: Any,
        code: int,
        msg: str,
        headers: Any,
        newurl: str,
    ) -> urllib.request.Request | None:
        if req.full_url.startswith("https://") and not newurl.startswith("https://"):
            return None
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def fetch(url: str, timeout: float) -> tuple[Outcome, bytes]:
    """GET ``url``: (FOUND, body), or the outcome that says why not. Loopback addresses
    never go through a proxy."""
    import socket
    import urllib.error
    from urllib.parse import urlsplit

    from boundary_app import __version__
    from boundary_app.providers.imap import is_loopback

    handlers: list[urllib.request.BaseHandler] = [_NoDowngrade()]
    if is_loopback(urlsplit(url).hostname or ""):
        handlers.append(urllib.request.ProxyHandler({}))
    opener = urllib.request.build_opener(*handlers)
    request = urllib.request.Request(url, headers={"User-Agent": f"Boundary/{__version__}"})
    try:
        with opener.open(request, timeout=timeout) as response:
            body: bytes = response.read(MAX_CONFIG_BYTES + 1)
    except urllib.error.HTTPError as error:  # 404 and the like: no file there
        return (Outcome.FAILED if error.code >= 500 else Outcome.NOTHING), b""
    except urllib.error.URLError as error:
        if isinstance(error.reason, TimeoutError):
            return Outcome.TIMEOUT, b""
        if isinstance(error.reason, socket.gaierror):  # autoconfig.<domain> does not exist
            return Outcome.NOTHING, b""
        return Outcome.FAILED, b""
    except TimeoutError:
        return Outcome.TIMEOUT, b""
    except (OSError, ValueError):
        return Outcome.FAILED, b""
    if len(body) > MAX_CONFIG_BYTES:
        return Outcome.MALFORMED, b""
    return Outcome.FOUND, body


# --- the autoconfig file -------------------------------------------------------------------


def parse_autoconfig(body: bytes, email: str) -> Config | None:
    """The settings of an autoconfig file (Thunderbird's clientConfig 1.1), or None when it
    names no server Boundary can use (only POP3, say). MalformedConfig when it is not one.

    An Exchange server with an EWS address wins over IMAP (Boundary does more through it);
    among IMAP servers the file's order is its preference, skipping unencrypted ones that
    are not on this computer.
    """
    from xml.etree.ElementTree import Element, ParseError

    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import fromstring

    try:
        root: Element = fromstring(body)
    except (ParseError, DefusedXmlException, ValueError) as error:
        raise MalformedConfig(str(error)) from None
    provider = root.find("emailProvider") if root.tag == "clientConfig" else None
    if provider is None:
        raise MalformedConfig("no clientConfig/emailProvider")
    if config := _exchange_config(provider, email):
        return config
    incoming = [_server(e, email) for e in provider.findall("incomingServer")]
    imap = [s for s in incoming if s is not None and s.type == "imap"]
    if not imap:
        return None
    chosen = imap[0]
    settings = {
        "imap_host": chosen.host,
        "imap_port": chosen.port,
        "security": chosen.security,
    }
    if chosen.username:
        settings["username"] = chosen.username
    outgoing = [_server(e, email) for e in provider.findall("outgoingServer")]
    smtp = [s for s in outgoing if s is not None and s.type == "smtp"]
    if pick := _pick_smtp([(s.host, s.port, s.security) for s in smtp], chosen.security):
        settings |= pick[1]
    return Config("imap", settings)


class _Server(NamedTuple):
    type: str
    host: str
    port: str
    security: str
    username: str
    ews_url: str


def _server(element: Any, email: str) -> _Server | None:
    """One incomingServer/outgoingServer, placeholders filled in; None when unusable."""
    from boundary_app.providers.imap import IMAP_PORTS, SMTP_PORTS, is_loopback

    def text(tag: str) -> str:
        return _fill((element.findtext(tag) or "").strip(), email)

    kind = (element.get("type") or "").strip().lower()
    host = text("hostname").lower()
    socket_type = text("socketType").lower()
    security = {"ssl": "ssl", "tls": "ssl", "starttls": "starttls"}.get(socket_type)
    if socket_type == "plain" and is_loopback(host):
        security = "plain-loopback"
    if kind != "exchange" and (security is None or not _is_host(host)):
        return None
    port = text("port")
    if not (port.isdigit() and 0 < int(port) < 65536):
        ports = SMTP_PORTS if kind == "smtp" else IMAP_PORTS
        port = str(ports.get(security or "ssl", ""))
    username = text("username")
    if "%" in username:  # a placeholder Boundary cannot fill (%REALNAME%, say)
        username = ""
    return _Server(kind, host, port, security or "", username, text("ewsURL"))


def _exchange_config(provider: Any, email: str) -> Config | None:
    """An Exchange server with an EWS address: Microsoft 365's own, or one of the domain's."""
    for element in provider.findall("incomingServer"):
        server = _server(element, email)
        if server is None or server.type != "exchange":
            continue
        if _known_server(server.host) == "m365":
            return Config("m365", {})
        if server.ews_url.startswith("https://"):
            settings = {"ews_url": server.ews_url}
            if server.username:
                settings["username"] = server.username
            return Config("exchange", settings)
    return None


def _fill(text: str, email: str) -> str:
    local, _, domain = email.rpartition("@")
    return (
        text.replace("%EMAILADDRESS%", email)
        .replace("%EMAILLOCALPART%", local)
        .replace("%EMAILDOMAIN%", domain)
    )


def _is_host(host: str) -> bool:
    import re

    return bool(re.fullmatch(r"[a-z0-9]([a-z0-9.-]*[a-z0-9])?|\[[0-9a-f:.]+\]", host))


def _pick_smtp(
    servers: Sequence[tuple[str, str, str]], security: str
) -> tuple[int, dict[str, str]] | None:
    """The SMTP server to use as (its index, settings): one with IMAP's ``security``, else the
    first one with its own (``smtp_security``). None when there is none."""
    for index, (host, port, their_security) in enumerate(servers):
        if their_security == security:
            return index, {"smtp_host": host, "smtp_port": port}
    if not servers:
        return None
    host, port, their_security = servers[0]
    return 0, {"smtp_host": host, "smtp_port": port, "smtp_security": their_security}


# --- DNS ---------------------------------------------------------------------------------


def make_resolver(timeout: float, environ: Mapping[str, str]) -> dns.resolver.Resolver | None:
    """The system's resolver, or the one ``BOUNDARY_DNS_SERVER`` names; None without one."""
    import dns.resolver

    server = environ.get(DNS_SERVER, "").strip()
    try:
        if server:
            host, port = _host_and_port(server)
            resolver = dns.resolver.Resolver(configure=False)
            resolver.nameservers = [host]
            resolver.port = port
        else:
            resolver = dns.resolver.Resolver()
    except (dns.resolver.NoResolverConfiguration, OSError, ValueError):
        return None
    resolver.timeout = resolver.lifetime = timeout
    return resolver


def _host_and_port(server: str) -> tuple[str, int]:
    """'127.0.0.1:5353', '[::1]:5353', '::1' or '127.0.0.1' → (host, port; 53 by default)."""
    if server.startswith("["):
        host, _, rest = server[1:].partition("]")
        return host, int(rest.lstrip(":") or 53)
    if server.count(":") == 1:
        host, _, port = server.partition(":")
        return host, int(port or 53)
    return server, 53


def resolve(
    resolver: Callable[[], dns.resolver.Resolver | None], name: str, rdtype: str
) -> tuple[Outcome, list[Any]]:
    """The records of ``rdtype`` at ``name``, or the outcome that says why there are none."""
    import dns.exception
    import dns.resolver

    asker = resolver()
    if asker is None:
        return Outcome.FAILED, []
    try:
        answer = asker.resolve(name.rstrip(".") + ".", rdtype)
    except (dns.resolver.NXDOMAIN, dns.resolver.NoAnswer):
        return Outcome.NOTHING, []
    except dns.exception.Timeout:
        return Outcome.TIMEOUT, []
    except dns.exception.DNSException:
        return Outcome.FAILED, []
    return Outcome.FOUND, list(answer)


def best_srv(records: Sequence[Any]) -> Srv | None:
    """The record to use: the lowest priority, then the highest weight. A target of "."
    says the service is not offered (RFC 2782)."""
    usable = [
        Srv(r.priority, r.weight, r.port, r.target.to_text().rstrip(".").lower()) for r in records
    ]
    usable = [r for r in usable if r.target and _is_host(r.target)]
    return min(usable, key=lambda r: (r.priority, -r.weight), default=None)


def mx_hosts(records: Sequence[Any]) -> list[str]:
    ordered = sorted(records, key=lambda r: r.preference)
    return [r.exchange.to_text().rstrip(".").lower() for r in ordered]


def _known_server(host: str) -> str | None:
    return next((kind for name, kind in KNOWN_SERVERS if host == name), None)


def _known_mx(host: str) -> str | None:
    for pattern, kind in KNOWN_MX:
        if host == pattern.lstrip(".") or (pattern.startswith(".") and host.endswith(pattern)):
            return kind
        if not pattern.startswith(".") and host.endswith("." + pattern):
            return kind
    return None


# --- Exchange autodiscover ------------------------------------------------------------------


LOOKUP_LIBRARIES = (
    "dns.resolver",
    "dns.exception",
    "urllib.request",
    "urllib.error",
    "boundary_app.providers.imap",
)
"""What the autoconfig and DNS look-ups import, each in a thread of its own."""
AUTODISCOVER_LIBRARIES = (
    "requests",
    "exchangelib",
    "exchangelib.autodiscover.protocol",
    "exchangelib.transport",
)
"""What ``autodiscover_auth`` imports."""


def autodiscover_auth(url: str, timeout: float) -> tuple[Outcome, str]:
    """Ask an Exchange autodiscover service how it wants to be signed in to; FOUND with the
    sign-in method ('ntlm', 'basic', 'oauth2') when it answers as Exchange does (401 with
    a method it names). exchangelib is imported here, and only here."""
    import requests
    from exchangelib import Configuration, FailFast
    from exchangelib.autodiscover.protocol import AutodiscoverProtocol
    from exchangelib.errors import TransportError
    from exchangelib.transport import BASIC, NTLM, OAUTH2, get_autodiscover_authtype

    protocol = AutodiscoverProtocol(
        config=Configuration(service_endpoint=url, retry_policy=FailFast())
    )
    protocol.TIMEOUT = timeout
    try:
        auth = get_autodiscover_authtype(protocol=protocol)
    except TransportError as error:
        timed_out = isinstance(error.__cause__, requests.Timeout)
        return (Outcome.TIMEOUT if timed_out else Outcome.NOTHING), ""
    finally:
        protocol.close()
    method = {NTLM: "ntlm", BASIC: "basic", OAUTH2: "oauth2"}.get(auth)
    # Anything can answer 200 to a POST: only a sign-in challenge says "Exchange".
    return (Outcome.FOUND, method) if method else (Outcome.NOTHING, "")


# --- putting it together --------------------------------------------------------------------

GRACE = 1.0
"""Seconds the lookups that run together get beyond one lookup's timeout."""

_Answer = tuple[Outcome, Any]


class _Findings:
    """What was found so far: an earlier source wins, setting by setting."""

    def __init__(self, email: str) -> None:
        local, _, domain = email.strip().rpartition("@")
        self.domain = domain.lower()
        self.email = f"{local}@{self.domain}"
        self.kind: Found | None = None
        self.settings: dict[str, Found] = {"email": Found(self.email, Source.ADDRESS, self.email)}
        self.lookups: list[Lookup] = []

    @property
    def kind_is(self) -> str | None:
        return None if self.kind is None else self.kind.value

    def offer(self, values: Mapping[str, str], source: Source, where: str) -> None:
        for key, value in values.items():
            if value and key not in self.settings:
                self.settings[key] = Found(value, source, where)

    def found_kind(self, kind: str, source: Source, where: str) -> None:
        if self.kind is None:
            self.kind = Found(kind, source, where)

    def result(self) -> Discovery:
        keys = KIND_KEYS.get(self.kind_is or "", ("email",))
        settings = {k: self.settings[k] for k in keys if k in self.settings}
        return Discovery(self.email, self.kind, settings, tuple(self.lookups))


def _answer(result: object) -> _Answer:
    """A lookup's (outcome, payload) from what ``run_parallel`` gave for it."""
    if result is None:
        return Outcome.TIMEOUT, None
    if isinstance(result, BaseException):
        return Outcome.FAILED, None
    assert isinstance(result, tuple)
    return result


def _use_autoconfig(found: _Findings, answers: Mapping[str, _Answer], urls: Sequence[str]) -> None:
    for source, url in zip((Source.AUTOCONFIG, Source.WELL_KNOWN), urls, strict=True):
        outcome, body = answers[source.value]
        config = None
        if outcome is Outcome.FOUND:
            try:
                config = parse_autoconfig(body, found.email)
            except MalformedConfig:
                outcome = Outcome.MALFORMED
            else:
                outcome = Outcome.FOUND if config else Outcome.NOTHING
        found.lookups.append(Lookup(source, url, outcome))
        if config is not None and found.kind is None:
            found.found_kind(config.kind, source, url)
            found.offer(config.settings, source, url)


def _use_srv(found: _Findings, answers: Mapping[str, _Answer]) -> None:
    records: dict[str, Srv] = {}
    for name in SRV_NAMES:
        outcome, answer = answers[name]
        record = best_srv(answer) if outcome is Outcome.FOUND else None
        if outcome is Outcome.FOUND and record is None:
            outcome = Outcome.NOTHING
        found.lookups.append(Lookup(Source.SRV, f"{name}.{found.domain}", outcome))
        if record is not None:
            records[name] = record
    if found.kind_is not in (None, "imap"):
        return

    def where(name: str) -> str:
        return f"{name}.{found.domain}"

    for name, tls in (("_imaps._tcp", "ssl"), ("_imap._tcp", "starttls")):
        if (record := records.get(name)) and "imap_host" not in found.settings:
            values = {"imap_host": record.target, "imap_port": str(record.port)}
            found.offer(values | {"security": tls}, Source.SRV, where(name))
            found.found_kind("imap", Source.SRV, where(name))
    submission = [n for n in ("_submissions._tcp", "_submission._tcp") if n in records]
    security = found.settings.get("security")
    if submission and security is not None:
        servers = [
            (records[n].target, str(records[n].port), "ssl" if n.endswith("s._tcp") else "starttls")
            for n in submission
        ]
        if pick := _pick_smtp(servers, security.value):
            found.offer(pick[1], Source.SRV, where(submission[pick[0]]))
    if sieve := records.get("_sieve._tcp"):
        values = {"sieve_host": sieve.target, "sieve_port": str(sieve.port)}
        found.offer(values, Source.SRV, where("_sieve._tcp"))


def _use_known(found: _Findings, answers: Mapping[str, _Answer]) -> None:
    """Providers Boundary has a kind of its own for: by the IMAP server found, the domain,
    or the domain's mail exchanger."""
    host = found.settings.get("imap_host")
    if found.kind_is == "imap" and host is not None and (kind := _known_server(host.value)):
        found.kind = Found(kind, Source.KNOWN, host.value)
    known_kind, settings = KNOWN_DOMAINS.get(found.domain, ("", {}))
    if known_kind and found.kind_is in (None, known_kind):
        found.found_kind(known_kind, Source.KNOWN, found.domain)
        found.offer(settings, Source.KNOWN, found.domain)
    outcome, answer = answers["mx"]
    hosts = mx_hosts(answer) if outcome is Outcome.FOUND else []
    mx = next(((h, kind) for h in hosts if (kind := _known_mx(h))), None)
    if outcome is Outcome.FOUND and mx is None:
        outcome = Outcome.NOTHING
    found.lookups.append(Lookup(Source.MX, found.domain, outcome))
    if mx is not None:
        found.found_kind(mx[1], Source.MX, mx[0])


def _use_autodiscover(found: _Findings, timeout: float, environ: Mapping[str, str]) -> None:
    from functools import partial

    from boundary_app.core.parallel import run_parallel

    urls = autodiscover_urls(found.domain, environ)
    jobs = {url: partial(autodiscover_auth, url, timeout) for url in urls}
    import_first(AUTODISCOVER_LIBRARIES)  # not by several threads at once
    answers = run_parallel(jobs, timeout + GRACE, label="autodiscover")
    for url in urls:
        outcome, method = _answer(answers[url])
        found.lookups.append(Lookup(Source.AUTODISCOVER, url, outcome))
        if outcome is Outcome.FOUND and found.kind is None:
            found.found_kind("exchange", Source.AUTODISCOVER, url)
            found.offer({"auth": method}, Source.AUTODISCOVER, url)


def discover(
    email: str,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    environ: Mapping[str, str] | None = None,
    progress: Callable[[Source], None] | None = None,
    autodiscover: bool = True,
) -> Discovery:
    """Look up the settings for ``email`` (an address: ``is_email``), in the module's order.

    ``autodiscover=False`` leaves Exchange autodiscover out: it needs exchangelib, which the
    tray process must not load (``ui/address_finder.py``).

    ``progress`` hears each stage as it starts: AUTOCONFIG (the files and DNS together),
    then AUTODISCOVER when it comes to that. Blocks for at most about twice ``timeout``
    seconds.
    """
    from functools import partial

    from boundary_app.core.parallel import run_parallel

    if not is_email(email):
        raise ValueError(f"not an email address: {email!r}")
    environ = os.environ if environ is None else environ
    found = _Findings(email)
    urls = autoconfig_urls(found.email, environ)
    resolver = partial(make_resolver, timeout, environ)
    jobs: dict[str, Callable[[], _Answer]] = {
        Source.AUTOCONFIG.value: partial(fetch, urls[0], timeout),
        Source.WELL_KNOWN.value: partial(fetch, urls[1], timeout),
        "mx": partial(resolve, resolver, found.domain, "MX"),
    }
    for name in SRV_NAMES:
        jobs[name] = partial(resolve, resolver, f"{name}.{found.domain}", "SRV")
    if progress:
        progress(Source.AUTOCONFIG)
    import_first(LOOKUP_LIBRARIES)  # not by several threads at once
    answers = {k: _answer(v) for k, v in run_parallel(jobs, timeout + GRACE).items()}
    _use_autoconfig(found, answers, urls)
    _use_srv(found, answers)
    _use_known(found, answers)
    if found.kind is None and autodiscover:
        if progress:
            progress(Source.AUTODISCOVER)
        _use_autodiscover(found, timeout, environ)
    return found.result()


def still_needed(fields: Sequence[SettingField], found: Mapping[str, Found]) -> list[SettingField]:
    """What a person still has to give for an account of the kind found: its secret (the
    password), and the required settings neither found nor with a default."""
    return [
        spec
        for spec in fields
        if spec.key not in found
        and (spec.kind is FieldKind.SECRET or (spec.required and not spec.default))
    ]
