"""``boundary accounts discover EMAIL``: the kind, each setting and where it came from, against
a loopback autoconfig server and a loopback DNS server."""

from __future__ import annotations

import json
import shlex
from collections.abc import Iterator
from pathlib import Path

import pytest

from boundary_app.core.paths import AppPaths
from boundary_app.core.profile import load_profile
from tests.in_process import boundary
from tests.lookups import Lookups, autoconfig_xml, lookups_on_loopback


@pytest.fixture
def net(monkeypatch: pytest.MonkeyPatch) -> Iterator[Lookups]:
    with lookups_on_loopback(monkeypatch) as lookups:
        yield lookups


def test_prints_the_kind_each_setting_and_where_it_came_from_and_how_to_add_it(
    net: Lookups,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    home: Path,
) -> None:
    net.autoconfig(autoconfig_xml())
    net.srv("_sieve._tcp.example.test", "0 1 4190 sieve.example.test.")

    code, out, err = boundary(capsys, monkeypatch, "accounts", "discover", "ana@example.test")

    assert (code, err) == (0, "")
    lines = out.splitlines()
    config = f"the domain's autoconfig file {net.web.base}/mail/config-v1.1.xml"
    assert lines[0] == f"ana@example.test: IMAP (ManageSieve) [imap], from {config}."
    assert lines[1].split() == ["Email", "address", "ana@example.test", "your", "address"]
    assert f"  IMAP server         mail.example.test   {config}" in lines
    assert "  ManageSieve server  sieve.example.test  DNS SRV record _sieve._tcp.example.test" in (
        lines
    )
    assert "Still needed: Password." in lines
    add = lines[-1].removeprefix("To add it: ")
    assert add.startswith("boundary accounts add imap NAME --email ana@example.test ")

    # The command it prints adds the account with what was found.
    words = shlex.split(add)[1:]
    words[words.index("NAME")] = "Work"
    code, out, _ = boundary(capsys, monkeypatch, *words, "--no-check", stdin="secret\n")
    assert code == 0
    account = load_profile(AppPaths.from_environment().profile).account("Work")
    assert account is not None
    assert account.settings["imap_host"] == "mail.example.test"
    assert account.settings["sieve_host"] == "sieve.example.test"
    assert account.settings["smtp_port"] == 465


def test_json_gives_values_sources_lookups_and_what_is_missing(
    net: Lookups, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    net.srv("_imaps._tcp.example.test", "0 1 993 imap.example.test.")
    code, out, _ = boundary(
        capsys, monkeypatch, "accounts", "discover", "ana@example.test", "--json"
    )
    data = json.loads(out)
    assert code == 0
    srv = {"source": "srv", "where": "_imaps._tcp.example.test"}
    assert data["kind"] == {"value": "imap", **srv}
    assert data["settings"] == {
        "email": {"value": "ana@example.test", "source": "address", "where": "ana@example.test"},
        "imap_host": {"value": "imap.example.test", **srv},
        "imap_port": {"value": "993", **srv},
        "security": {"value": "ssl", **srv},
    }
    assert data["missing"] == ["username", "password"]
    assert [(x["source"], x["outcome"]) for x in data["lookups"][:3]] == [
        ("autoconfig", "nothing"),
        ("well-known", "nothing"),
        ("srv", "found"),
    ]


def test_a_microsoft_365_domain_is_known_by_its_mx(
    net: Lookups, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    net.mx("example.test", "example-test.mail.protection.outlook.com")
    code, out, _ = boundary(capsys, monkeypatch, "accounts", "discover", "ana@example.test")
    assert code == 0
    assert out.startswith(
        "ana@example.test: Microsoft 365 [m365], from the domain's mail server (DNS MX) "
        "example-test.mail.protection.outlook.com.\n"
    )


def test_nothing_found_says_what_to_do_and_a_slow_server_is_noted(
    net: Lookups, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    net.autoconfig(b"<clientConfig><emailProvider>")
    code, out, _ = boundary(capsys, monkeypatch, "accounts", "discover", "ana@example.test")
    assert code == 0
    assert out.startswith("Nothing found for example.test: no autoconfig file, no DNS SRV")
    assert "'boundary accounts add KIND --help' lists them" in out
    assert (
        f"Note: the domain's autoconfig file {net.web.base}/mail/config-v1.1.xml is not a "
        "valid autoconfig file; it was skipped." in out
    )


def test_an_address_is_needed(
    net: Lookups, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, err = boundary(capsys, monkeypatch, "accounts", "discover", "ana", "--json")
    assert code == 1
    assert err == "boundary: 'ana' is not an email address.\n"
    assert json.loads(out) == {"error": "'ana' is not an email address."}
    assert net.web.asked == [] and net.dns.asked == []
