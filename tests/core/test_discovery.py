"""Settings found from an email address: autoconfig, then DNS SRV, then the providers Boundary
knows (by domain, server or MX), then Exchange autodiscover; all against loopback servers."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from boundary_app.core.discovery import Discovery, Outcome, Source, discover
from tests.lookups import WELL_KNOWN, Lookups, Page, autoconfig_xml, lookups_on_loopback

EMAIL = "ana@example.test"
SHORT = 0.5  # seconds: every server here is on this computer


@pytest.fixture
def net(monkeypatch: pytest.MonkeyPatch) -> Iterator[Lookups]:
    with lookups_on_loopback(monkeypatch) as lookups:
        yield lookups


def found(result: Discovery) -> dict[str, tuple[str, Source]]:
    return {key: (f.value, f.source) for key, f in result.settings.items()}


def outcomes(result: Discovery, source: Source) -> list[Outcome]:
    return [x.outcome for x in result.lookups if x.source is source]


def test_the_autoconfig_file_wins_and_srv_adds_what_it_lacks(net: Lookups) -> None:
    net.autoconfig(autoconfig_xml())
    net.srv("_imaps._tcp.example.test", "0 1 993 imap.elsewhere.test.")
    net.srv("_sieve._tcp.example.test", "0 1 4190 sieve.example.test.")

    result = discover(EMAIL, timeout=SHORT)

    assert result.kind is not None
    assert (result.kind.value, result.kind.source) == ("imap", Source.AUTOCONFIG)
    assert result.kind.where == f"{net.web.base}/mail/config-v1.1.xml?emailaddress={EMAIL}"
    assert found(result) == {
        "email": (EMAIL, Source.ADDRESS),
        "username": (EMAIL, Source.AUTOCONFIG),
        "security": ("ssl", Source.AUTOCONFIG),
        "imap_host": ("mail.example.test", Source.AUTOCONFIG),
        "imap_port": ("993", Source.AUTOCONFIG),
        "smtp_host": ("smtp.example.test", Source.AUTOCONFIG),
        "smtp_port": ("465", Source.AUTOCONFIG),
        "sieve_host": ("sieve.example.test", Source.SRV),
        "sieve_port": ("4190", Source.SRV),
    }
    assert result.settings["sieve_host"].where == "_sieve._tcp.example.test"
    assert outcomes(result, Source.AUTODISCOVER) == []  # the kind was known: not asked


def test_the_well_known_file_is_the_fallback_and_comes_second(net: Lookups) -> None:
    net.autoconfig(autoconfig_xml(username="%EMAILLOCALPART%"), path=WELL_KNOWN)
    result = discover(EMAIL, timeout=SHORT)
    assert result.kind is not None and result.kind.source is Source.WELL_KNOWN
    assert result.settings["username"].value == "ana"
    assert outcomes(result, Source.AUTOCONFIG) == [Outcome.NOTHING]
    assert outcomes(result, Source.WELL_KNOWN) == [Outcome.FOUND]

    net.autoconfig(autoconfig_xml(imap=("first.example.test", 993, "SSL")))
    result = discover(EMAIL, timeout=SHORT)
    assert result.settings["imap_host"].value == "first.example.test"


def test_srv_records_give_the_servers_and_their_security(net: Lookups) -> None:
    net.srv("_imaps._tcp.example.test", "0 0 0 .")  # "not offered" (RFC 2782)
    net.srv("_imap._tcp.example.test", "10 1 143 imap2.example.test.", "0 5 143 imap.example.test.")
    net.srv("_submissions._tcp.example.test", "0 1 465 smtp.example.test.")
    net.srv("_submission._tcp.example.test", "0 1 587 submit.example.test.")

    result = discover(EMAIL, timeout=SHORT)

    assert result.kind is not None
    assert (result.kind.value, result.kind.source) == ("imap", Source.SRV)
    assert found(result) == {
        "email": (EMAIL, Source.ADDRESS),
        "security": ("starttls", Source.SRV),
        "imap_host": ("imap.example.test", Source.SRV),  # the lowest priority wins
        "imap_port": ("143", Source.SRV),
        "smtp_host": ("submit.example.test", Source.SRV),  # the one with the same security
        "smtp_port": ("587", Source.SRV),
    }
    assert "username" not in result.settings  # SRV records do not say it: the form asks
    assert outcomes(result, Source.SRV)[:2] == [Outcome.NOTHING, Outcome.FOUND]


def test_srv_wins_over_a_known_provider_domain(net: Lookups) -> None:
    net.srv("_imaps._tcp.googlemail.com", "0 1 993 mail.example.test.")
    result = discover("ana@googlemail.com", timeout=SHORT)
    assert result.kind is not None
    assert (result.kind.value, result.kind.source) == ("imap", Source.SRV)


def test_a_known_server_found_by_srv_is_that_providers_own_kind(net: Lookups) -> None:
    net.srv("_imaps._tcp.gmail.com", "5 0 993 imap.gmail.com.")
    result = discover("ana@gmail.com", timeout=SHORT)
    assert result.kind is not None
    assert (result.kind.value, result.kind.source, result.kind.where) == (
        "gmail",
        Source.KNOWN,
        "imap.gmail.com",
    )
    assert found(result) == {"email": ("ana@gmail.com", Source.ADDRESS)}


@pytest.mark.parametrize(
    ("email", "kind", "settings"),
    [
        ("ana@gmail.com", "gmail", {}),
        ("ana@googlemail.com", "gmail", {}),
        ("ana@hotmail.com", "m365", {"tenant": ("common", Source.KNOWN)}),
        ("Ana@Outlook.com", "m365", {"tenant": ("common", Source.KNOWN)}),
    ],
)
def test_known_providers_by_their_domain(
    net: Lookups, email: str, kind: str, settings: dict[str, tuple[str, Source]]
) -> None:
    result = discover(email, timeout=SHORT)
    assert result.kind is not None
    assert (result.kind.value, result.kind.source) == (kind, Source.KNOWN)
    address = email.partition("@")[0] + "@" + email.partition("@")[2].lower()
    assert found(result) == {"email": (address, Source.ADDRESS), **settings}


@pytest.mark.parametrize(
    ("hosts", "kind"),
    [
        (("example-test.mail.protection.outlook.com",), "m365"),
        (("aspmx.l.google.com", "alt1.aspmx.l.google.com"), "gmail"),
        (("smtp.google.com",), "gmail"),
    ],
)
def test_a_domain_is_known_by_its_mail_exchanger(
    net: Lookups, hosts: tuple[str, ...], kind: str
) -> None:
    net.mx("example.test", *hosts)
    result = discover(EMAIL, timeout=SHORT)
    assert result.kind is not None
    assert (result.kind.value, result.kind.source, result.kind.where) == (kind, Source.MX, hosts[0])
    assert outcomes(result, Source.MX) == [Outcome.FOUND]
    assert outcomes(result, Source.AUTODISCOVER) == []


def test_exchange_autodiscover_comes_last_and_tells_the_sign_in_method(net: Lookups) -> None:
    net.mx("example.test", "mx.example.test")  # a mail server of its own
    net.exchange("Negotiate, NTLM")
    result = discover(EMAIL, timeout=SHORT)
    assert result.kind is not None
    assert (result.kind.value, result.kind.source) == ("exchange", Source.AUTODISCOVER)
    assert found(result) == {
        "email": (EMAIL, Source.ADDRESS),
        "auth": ("ntlm", Source.AUTODISCOVER),
    }
    assert outcomes(result, Source.MX) == [Outcome.NOTHING]


def test_nothing_found_says_so_and_what_was_looked_at(net: Lookups) -> None:
    net.web.pages["POST", "/autodiscover/autodiscover.svc"] = Page(b"<html>welcome</html>")
    result = discover(EMAIL, timeout=SHORT)
    assert result.kind is None
    assert found(result) == {"email": (EMAIL, Source.ADDRESS)}
    assert [(x.source, x.outcome) for x in result.lookups] == [
        (Source.AUTOCONFIG, Outcome.NOTHING),
        (Source.WELL_KNOWN, Outcome.NOTHING),
        *[(Source.SRV, Outcome.NOTHING)] * 5,
        (Source.MX, Outcome.NOTHING),
        (Source.AUTODISCOVER, Outcome.NOTHING),  # a web page that answers 200 is not Exchange
    ]
    assert [x.where for x in result.lookups if x.source is Source.SRV] == [
        "_imaps._tcp.example.test",
        "_imap._tcp.example.test",
        "_submissions._tcp.example.test",
        "_submission._tcp.example.test",
        "_sieve._tcp.example.test",
    ]
    assert result.to_json()["kind"] is None


@pytest.mark.parametrize(
    "body",
    [
        b"<clientConfig><emailProvider><incomingServer type='imap'>",
        b"<html><body>Not here</body></html>",
        b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">'
        b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><clientConfig>&b;</clientConfig>',
    ],
)
def test_a_malformed_file_is_skipped_and_srv_answers(net: Lookups, body: bytes) -> None:
    net.autoconfig(body)
    net.srv("_imaps._tcp.example.test", "0 1 993 imap.example.test.")
    result = discover(EMAIL, timeout=SHORT)
    assert outcomes(result, Source.AUTOCONFIG) == [Outcome.MALFORMED]
    assert result.kind is not None and result.kind.source is Source.SRV
    assert result.settings["imap_host"].value == "imap.example.test"


def test_a_file_without_imap_or_with_unencrypted_servers_elsewhere_gives_nothing(
    net: Lookups,
) -> None:
    net.autoconfig(autoconfig_xml(imap=("mail.example.test", 143, "plain")))
    result = discover(EMAIL, timeout=SHORT)
    assert result.kind is None
    assert outcomes(result, Source.AUTOCONFIG) == [Outcome.NOTHING]
    net.autoconfig(autoconfig_xml(imap=("127.0.0.1", 1143, "plain"), smtp=None))
    result = discover(EMAIL, timeout=SHORT)
    assert found(result)["security"] == ("plain-loopback", Source.AUTOCONFIG)


def test_an_smtp_server_with_other_security_keeps_its_own(net: Lookups) -> None:
    """IMAP on 993 with ssl and SMTP on 587 with starttls (common at Dutch ISPs, Outlook.com):
    sending keeps the host's own port and security, not the IMAP server's."""
    net.autoconfig(autoconfig_xml(smtp=("smtp.example.test", 587, "STARTTLS")))
    result = discover(EMAIL, timeout=SHORT)
    assert found(result)["security"] == ("ssl", Source.AUTOCONFIG)
    assert found(result)["smtp_host"] == ("smtp.example.test", Source.AUTOCONFIG)
    assert found(result)["smtp_port"] == ("587", Source.AUTOCONFIG)
    assert found(result)["smtp_security"] == ("starttls", Source.AUTOCONFIG)


def test_an_exchange_server_in_the_file_is_used_over_imap(net: Lookups) -> None:
    exchange = (
        b'<incomingServer type="exchange"><hostname>mail.example.test</hostname>'
        b"<username>%EMAILADDRESS%</username>"
        b"<ewsURL>https://mail.example.test/EWS/Exchange.asmx</ewsURL></incomingServer>"
    )
    net.autoconfig(autoconfig_xml().replace(b"</emailProvider>", exchange + b"</emailProvider>"))
    result = discover(EMAIL, timeout=SHORT)
    assert result.kind is not None and result.kind.value == "exchange"
    assert found(result) == {
        "email": (EMAIL, Source.ADDRESS),
        "ews_url": ("https://mail.example.test/EWS/Exchange.asmx", Source.AUTOCONFIG),
        "username": (EMAIL, Source.AUTOCONFIG),
    }


def test_a_server_that_does_not_answer_in_time_is_given_up(net: Lookups) -> None:
    net.web.pages["GET", "/mail/config-v1.1.xml"] = Page(autoconfig_xml(), hold=True)
    net.srv("_imaps._tcp.example.test", "0 1 993 imap.example.test.")
    result = discover(EMAIL, timeout=0.2)
    assert outcomes(result, Source.AUTOCONFIG) == [Outcome.TIMEOUT]
    assert result.kind is not None and result.kind.source is Source.SRV


def test_a_dns_server_that_is_not_there_is_a_failed_lookup(
    net: Lookups, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BOUNDARY_DNS_SERVER", "127.0.0.1:1")  # nothing listens there
    net.autoconfig(autoconfig_xml())
    result = discover(EMAIL, timeout=0.2)
    assert result.kind is not None and result.kind.source is Source.AUTOCONFIG
    assert set(outcomes(result, Source.SRV)) <= {Outcome.FAILED, Outcome.TIMEOUT}


def test_an_address_is_needed(net: Lookups) -> None:
    with pytest.raises(ValueError, match="not an email address"):
        discover("ana", timeout=SHORT)


@pytest.mark.parametrize(
    ("server", "nameserver", "port"),
    [("127.0.0.1:5353", "127.0.0.1", 5353), ("[::1]:5353", "::1", 5353), ("::1", "::1", 53)],
)
def test_the_dns_server_for_tests_is_read_with_or_without_a_port(
    server: str, nameserver: str, port: int
) -> None:
    from boundary_app.core.discovery import make_resolver

    resolver = make_resolver(1.0, {"BOUNDARY_DNS_SERVER": server})
    assert resolver is not None
    assert (resolver.nameservers, resolver.port) == ([nameserver], port)
