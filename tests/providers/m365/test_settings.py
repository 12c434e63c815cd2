"""What adding a Microsoft 365 account asks for: no tenant (Microsoft finds it), and no client
ID when the build carries the publisher's registration."""

from __future__ import annotations

from pathlib import Path

import pytest

from boundary_app.providers.base import AccountConfig, ProviderContext, Rejected
from boundary_app.providers.m365 import M365Provider, default_tenant
from boundary_app.providers.secrets import KeyringSecrets
from tests.fakes import START, FakeClock
from tests.providers.m365.fakes import CLIENT_ID


@pytest.mark.parametrize(
    ("email", "tenant"),
    [
        ("ana@contoso.com", "organizations"),
        ("ana@outlook.com", "common"),
        ("ana@hotmail.com", "common"),
        ("ana@live.com", "common"),
        ("ana@hotmail.co.uk", "common"),
        ("ana@live.nl", "common"),
        ("ana@msn.com", "common"),
        ("ana@outlook.contoso.com", "organizations"),
    ],
)
def test_personal_microsoft_addresses_sign_in_through_common(email: str, tenant: str) -> None:
    assert default_tenant(email) == tenant


def test_no_tenant_asked_the_one_that_fits_the_address_is_kept() -> None:
    values = {"email": "ana@outlook.com", "client_id": CLIENT_ID}
    settings = M365Provider.configure("Home", values, KeyringSecrets())
    assert settings["tenant"] == "common"
    values = {"email": "ana@contoso.com", "client_id": CLIENT_ID, "tenant": "contoso.com"}
    assert M365Provider.configure("Work", values, KeyringSecrets())["tenant"] == "contoso.com"


def test_without_a_built_in_registration_the_client_id_is_needed() -> None:
    assert [f.key for f in M365Provider.fields() if f.required] == ["email", "client_id"]
    with pytest.raises(Rejected, match=r"Application \(client\) ID is needed"):
        M365Provider.configure("Work", {"email": "ana@contoso.com"}, KeyringSecrets())


def test_with_a_built_in_registration_the_address_is_all(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BOUNDARY_M365_CLIENT_ID", CLIENT_ID)
    assert [f.key for f in M365Provider.fields() if f.required] == ["email"]
    settings = M365Provider.configure("Work", {"email": "ana@contoso.com"}, KeyringSecrets())
    assert settings == {
        "email": "ana@contoso.com",
        "calendar": "on",  # new accounts get the calendar feature
        "tenant": "organizations",
        "graph_url": "https://graph.microsoft.com/v1.0",
        "teams_status": "on",  # a new account has the Teams status on
    }
    with pytest.raises(Rejected, match="must look like 00000000"):  # an own ID is still checked
        M365Provider.configure(
            "Work", {"email": "ana@contoso.com", "client_id": "boundary"}, KeyringSecrets()
        )


def test_an_account_of_the_builds_registration_in_a_build_without_one_says_so(
    tmp_path: Path,
) -> None:
    account = AccountConfig("Work", "m365", {"email": "ana@contoso.com", "tenant": "organizations"})
    context = ProviderContext(data_dir=tmp_path, clock=FakeClock(START))
    provider = M365Provider(account, context)
    with pytest.raises(Rejected, match="has no Microsoft registration of its own"):
        provider.read_auto_reply()
