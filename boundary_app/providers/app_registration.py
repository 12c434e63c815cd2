"""The publisher's own app registrations with Microsoft and Google, when this build has them.

With them a person adds a Microsoft 365 or Gmail account with the address alone and signs in
in the browser ("Sign in with Microsoft", "Sign in with Google"), as in a mail app; without
them (a build from source, or a person who wants their own) the account asks for an app
registration of the person's or their organisation's own, as before.

Release builds get them at build time: ``packaging/write_registration.py`` writes the module
``boundary_app.providers._registration`` (git-ignored, never in the repository) from the
release workflow's secrets, and the PyInstaller spec bundles it. The environment variables of
the same names, when set, come first: a developer tries a registration from a checkout, or the
tests set one. Nothing here is secret in OAuth's sense: an installed app cannot keep a secret,
and Google's "client secret" of a Desktop-app client is not one by Google's own rules; it is
kept out of the repository all the same.
"""

from __future__ import annotations

import importlib
import os
import re
from collections.abc import Mapping
from typing import Any

M365_CLIENT_ID = "BOUNDARY_M365_CLIENT_ID"
"""The Application (client) ID of the publisher's Microsoft Entra app registration."""
GOOGLE_CLIENT_ID = "BOUNDARY_GOOGLE_CLIENT_ID"
"""The client ID of the publisher's Google "Desktop app" OAuth client."""
GOOGLE_CLIENT_SECRET = "BOUNDARY_GOOGLE_CLIENT_SECRET"
"""That Google client's "secret" (Google requires it, though a desktop app cannot hide it)."""
NAMES = (M365_CLIENT_ID, GOOGLE_CLIENT_ID, GOOGLE_CLIENT_SECRET)

GENERATED_MODULE = "boundary_app.providers._registration"
"""The module a build writes: ``VALUES = {name: value}`` for the names above."""

GUID_RE = re.compile(r"^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$")
GOOGLE_CLIENT_RE = re.compile(r"^[0-9A-Za-z-]+\.apps\.googleusercontent\.com$")

GOOGLE_AUTH_URI = "https://accounts.google.com/o/oauth2/auth"
GOOGLE_TOKEN_URI = "https://oauth2.googleapis.com/token"


def generated() -> Mapping[str, str]:
    """What the build wrote into ``_registration`` (nothing when the module is absent)."""
    try:
        module = importlib.import_module(GENERATED_MODULE)
    except ImportError:
        return {}
    values = getattr(module, "VALUES", {})
    return {str(k): str(v) for k, v in values.items()} if isinstance(values, dict) else {}


def value(name: str) -> str:
    """One of ``NAMES``: the environment's, else the build's, else ""."""
    return (os.environ.get(name, "").strip() or generated().get(name, "")).strip()


def problem(name: str, text: str) -> str | None:
    """Why ``text`` cannot be the value of ``name`` (said for a publisher), or None."""
    if name == M365_CLIENT_ID and not GUID_RE.match(text):
        return f"{name} must be an Application (client) ID, 00000000-0000-0000-0000-000000000000"
    if name == GOOGLE_CLIENT_ID and not GOOGLE_CLIENT_RE.match(text):
        return f"{name} must be a client ID ending in .apps.googleusercontent.com"
    if name == GOOGLE_CLIENT_SECRET and (not text or any(c.isspace() for c in text)):
        return f"{name} must be the client's secret, without spaces"
    return None


def m365_client_id() -> str | None:
    """The publisher's Microsoft Entra client ID, or None when this build has none."""
    found = value(M365_CLIENT_ID)
    return found if found and problem(M365_CLIENT_ID, found) is None else None


def google_client() -> dict[str, Any] | None:
    """The publisher's Google Desktop-app client, as the ``installed`` part of a client file,
    or None when this build has none (both the ID and the secret are needed)."""
    client_id, secret = value(GOOGLE_CLIENT_ID), value(GOOGLE_CLIENT_SECRET)
    if problem(GOOGLE_CLIENT_ID, client_id) or problem(GOOGLE_CLIENT_SECRET, secret):
        return None
    return {
        "client_id": client_id,
        "client_secret": secret,
        "auth_uri": GOOGLE_AUTH_URI,
        "token_uri": GOOGLE_TOKEN_URI,
        "redirect_uris": ["http://localhost"],
    }
