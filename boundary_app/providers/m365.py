"""The ``m365`` provider: Microsoft 365 mailboxes through Microsoft Graph.

Sign-in is MSAL's, as a public client of an app registration: the organisation's own when the
account names one (``client_id``), else the publisher's that release builds carry
(``app_registration``), against the tenant given or, by default, ``organizations`` (``common``
for outlook.com, hotmail.com and live.com addresses). The system browser with a loopback
redirect comes first (through ``SignInInteraction.open_url``, so the app
opens the browser and a cancel button works), a device code as the fallback. MSAL's token
cache is kept in the OS keyring (``token_cache``), never in a file. Every call gets a token
silently from that cache; a 401 refreshes it once, then asks for a new sign-in.

The auto-reply is ``/me/mailboxSettings`` ``automaticRepliesSetting``; mail is listed from
the inbox and forwarded with ``/me/messages/{id}/forward``. HTTP goes through ``urllib``
with the context's timeout. ``msal`` is imported only inside the methods that need it.

Microsoft 365 keeps no subject for an automatic reply (it answers "Automatic reply:
<subject>"), so the subject Boundary last wrote is kept beside the reply in
``<data>/m365/<account>.json`` and given back while the server still holds exactly that
reply; otherwise a pushed reply would read back as changed.
"""

from __future__ import annotations

import contextlib
import json
import re
import time
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, ClassVar
from urllib.parse import quote, urlencode, urlsplit

from boundary_app.providers import app_registration, m365_presence
from boundary_app.providers.base import (
    BOUNCE_STATUS,
    COVER_RULE_NAME,
    NOT_FORWARDED_HEADERS,
    Audience,
    AutoReply,
    CalendarEvent,
    Capability,
    ChatStatus,
    ColleagueAway,
    FieldKind,
    ForwardRule,
    MailProvider,
    MailSummary,
    NeedsSignIn,
    Rejected,
    Said,
    SettingField,
    SignInCancelled,
    SignInInteraction,
    Unreachable,
    check_forwardable,
    check_sendable,
    is_email,
    retry_after,
)
from boundary_app.providers.graph_time import from_graph, to_graph
from boundary_app.providers.html import from_html, to_html
from boundary_app.providers.secrets import SecretStore

GRAPH_URL = "https://graph.microsoft.com/v1.0"
AUTHORITY_URL = "https://login.microsoftonline.com"
SCOPES = ("MailboxSettings.ReadWrite", "Mail.ReadBasic", "Mail.Send")
TIPS_SCOPE = "Mail.Read"
"""What Graph's getMailTips needs (whether a backup's own auto-reply is on). Asked only once
the person uses cover: the first ask of the backups' availability asks the sign-in for it,
and every later sign-in of the account includes it (docs/providers/m365.md)."""
#: The permissions each account feature adds to ``SCOPES``, asked only while it is on.
FEATURE_SCOPES: Mapping[str, tuple[str, ...]] = {
    "calendar": ("Calendars.ReadWrite",),
    m365_presence.FIELD.key: (m365_presence.PRESENCE_SCOPE,),
}
#: What each feature lets the account do; off, the capability is absent.
FEATURE_CAPABILITIES: Mapping[str, Capability] = {
    "calendar": Capability.CALENDAR_EVENT,
    m365_presence.FIELD.key: Capability.PRESENCE,
}
PERSONAL_LACKS = frozenset({m365_presence.FIELD.key})
"""Features a personal Microsoft account (outlook.com) has not in Graph: never asked for."""


def scopes_for(settings: Mapping[str, Any], personal: bool = False) -> tuple[str, ...]:
    """The delegated permissions sign-in asks for: the mail ones, and each feature's that is
    on (incremental: turning one on asks for a new sign-in); a ``personal`` account is never
    asked for what it lacks (``PERSONAL_LACKS``)."""
    wanted = [f for f in FEATURE_SCOPES if MailProvider.feature_on(settings, f)]
    wanted = [f for f in wanted if not (personal and f in PERSONAL_LACKS)]
    return (*SCOPES, *(scope for f in wanted for scope in FEATURE_SCOPES[f]))


PAGE_SIZE = 50
BROWSER_WAIT = timedelta(minutes=5)
SERVICE = "Microsoft 365"
UNREADABLE = Said("unreadable", service=SERVICE)
"""How long to wait for the person to finish signing in in the browser."""

GUID_RE = app_registration.GUID_RE
TENANT_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9.-]*$")
PERSONAL_DOMAIN_RE = re.compile(
    r"^(outlook|hotmail|live|msn|windowslive)\.(com|[a-z]{2}|co\.[a-z]{2}|com\.[a-z]{2})$"
)
"""Microsoft's own mail domains (outlook.com, hotmail.co.uk, live.nl, msn.com): personal
Microsoft accounts, which sign in through the "common" endpoint, not "organizations"."""


def default_tenant(email: str) -> str:
    """The sign-in endpoint when no tenant is given: "common" for a personal Microsoft account
    (outlook.com, hotmail.com, live.com and their country versions), else "organizations"
    (any work or school account; Microsoft finds the tenant from the address)."""
    domain = email.rpartition("@")[2].strip().lower()
    return "common" if PERSONAL_DOMAIN_RE.match(domain) else "organizations"


def is_personal(email: str, tenant: str) -> bool:
    """A personal Microsoft account (outlook.com, …), signing in through "common" or
    "consumers": it has no Teams status in Graph."""
    return default_tenant(email) == "common" and tenant in ("common", "consumers")


AUDIENCE_TO_GRAPH = {
    Audience.ALL: "all",
    Audience.CONTACTS: "contactsOnly",
    Audience.INTERNAL: "none",
}
AUDIENCE_FROM_GRAPH = {value.lower(): key for key, value in AUDIENCE_TO_GRAPH.items()}


class _Retry401(Exception):
    """Graph said 401: the token is refreshed once and the call tried again."""


class M365Provider(MailProvider):
    kind = "m365"
    display_name = "Microsoft 365"
    capabilities = frozenset(
        {
            Capability.AUTO_REPLY,
            Capability.SCHEDULED_REPLY,
            Capability.AUDIENCE_CONTACTS,
            Capability.AUDIENCE_INTERNAL,
            Capability.LIST_MAIL,
            Capability.FORWARD,
            Capability.SEND_MAIL,
            Capability.FORWARD_RULE,  # no dates: switched on and off by the app
            Capability.MAIL_TIPS,
            Capability.CALENDAR_EVENT,  # with the calendar feature
            Capability.PRESENCE,  # the Teams status, when the account's feature is on
        }
    )
    feature_settings: ClassVar[Mapping[str, Capability]] = FEATURE_CAPABILITIES
    settings_fields: ClassVar[tuple[SettingField, ...]] = (
        SettingField("email", "Email address", FieldKind.EMAIL, required=True),
        SettingField(
            "calendar",
            "Calendar",
            FieldKind.CHOICE,
            default="on",
            choices=("on", "off"),
            help=(
                "on = while you are away, an out-of-office event in your calendar, and a busy "
                "one on focus days (Microsoft asks you to let Boundary manage your calendar)."
            ),
        ),
        SettingField(
            "client_id",
            "Application (client) ID",
            required=True,
            help="The ID of your organisation's app registration in Microsoft Entra.",
            registration=True,
        ),
        SettingField(
            "tenant",
            "Tenant",
            help=(
                "Your organisation's tenant ID or domain. Leave it empty and Microsoft finds it "
                "('organizations'; 'common' for outlook.com, hotmail.com and live.com)."
            ),
            registration=True,
        ),
        SettingField(
            "graph_url",
            "Microsoft Graph address",
            FieldKind.URL,
            default=GRAPH_URL,
            help="Change only for a national cloud.",
            registration=True,
        ),
        SettingField(
            "authority_url",
            "Sign-in address",
            FieldKind.URL,
            help="Change only for a national cloud; https://login.microsoftonline.com otherwise.",
            registration=True,
        ),
        m365_presence.FIELD,
    )
    secret_keys = ("token_cache",)
    interactive_sign_in = True
    libraries = ("msal", "requests")

    @classmethod
    def has_built_in_registration(cls) -> bool:
        return app_registration.m365_client_id() is not None

    @classmethod
    def configure(
        cls, name: str, values: Mapping[str, str], secrets: SecretStore
    ) -> dict[str, Any]:
        """Check the entries. No client ID means the build's own registration; no tenant, the
        one that fits the address (``default_tenant``), which is kept, so it can be seen."""
        settings = super().configure(name, values, secrets)
        client_id = settings.get("client_id", "")
        if client_id and not GUID_RE.match(client_id):
            raise Rejected(Said("m365-client-id", value=client_id))
        settings.setdefault("tenant", default_tenant(settings["email"]))
        if not TENANT_RE.match(settings["tenant"]):
            raise Rejected(Said("m365-tenant", value=settings["tenant"]))
        authority = settings.get("authority_url", "")
        if authority and not authority.lower().startswith("https://"):
            raise Rejected(Said("m365-authority", value=authority))
        personal = is_personal(settings["email"], settings["tenant"])
        return m365_presence.configured(settings, personal)

    # --- settings -------------------------------------------------------------------------

    def _setting(self, key: str, default: str = "") -> str:
        return str(self.account.settings.get(key) or default)

    @property
    def email(self) -> str:
        return self._setting("email")

    @property
    def graph_url(self) -> str:
        return (self.account.endpoint or self._setting("graph_url", GRAPH_URL)).rstrip("/")

    @property
    def scopes(self) -> list[str]:
        """Graph's delegated permissions (the mail ones, and each feature's that is on);
        qualified with the Graph host outside the world cloud."""
        return self._qualified(scopes_for(self.account.settings, self._personal))

    @property
    def sign_in_scopes(self) -> list[str]:
        """What a sign-in asks: ``scopes``, and ``TIPS_SCOPE`` once cover asked mail tips."""
        scopes = scopes_for(self.account.settings, self._personal)
        return self._qualified((*scopes, TIPS_SCOPE) if self.tips_wanted else scopes)

    def _qualified(self, names: Sequence[str]) -> list[str]:
        host = urlsplit(self.graph_url).netloc.lower()
        if host in ("graph.microsoft.com", ""):
            return list(names)
        return [f"https://{host}/{scope}" for scope in names]

    def _tips_marker(self) -> Path:
        import hashlib  # maps libcrypto (~3.8 MiB): not in the tray at start-up

        digest = hashlib.sha256(self.email.lower().encode("utf-8")).hexdigest()[:16]
        return self.context.data_dir / self.kind / f"mail-tips-{digest}"

    @property
    def tips_wanted(self) -> bool:
        """Whether the person used cover with this account (mail tips were asked)."""
        return self._tips_marker().exists()

    def _want_tips(self) -> None:
        marker = self._tips_marker()
        if not marker.exists():
            marker.parent.mkdir(parents=True, exist_ok=True)
            marker.touch()

    @property
    def _personal(self) -> bool:
        return is_personal(self.email, self._tenant)

    @property
    def _tenant(self) -> str:
        return self._setting("tenant") or default_tenant(self.email)

    def _client_id(self) -> str:
        """The account's own registration, else the one this build carries."""
        client_id = self._setting("client_id") or app_registration.m365_client_id()
        if not client_id:
            raise Rejected(Said("m365-no-registration"))
        return client_id

    # --- MSAL ------------------------------------------------------------------------------

    _app_cache: Any = None
    _token_cache: Any = None

    def _app(self) -> Any:
        """MSAL's public client application, with the token cache from the keyring."""
        if self._app_cache is not None:
            return self._app_cache
        import msal
        import requests

        cache = msal.SerializableTokenCache()
        stored = self.secret("token_cache")
        if stored:
            # A damaged cache is an empty one: the person signs in again.
            with contextlib.suppress(ValueError):
                cache.deserialize(stored)
        client_id = self._client_id()
        custom = self._setting("authority_url")
        authority = f"{(custom or AUTHORITY_URL).rstrip('/')}/{self._tenant}"
        try:
            app = msal.PublicClientApplication(
                client_id,
                authority=authority,
                token_cache=cache,
                timeout=self.context.timeout,
                # A custom sign-in address is not one Microsoft's discovery service knows.
                instance_discovery=False if custom else None,
            )
        except requests.RequestException as error:
            raise Unreachable(Said("m365-sign-in-offline")) from error
        except ValueError as error:
            raise Rejected(Said("m365-unknown-tenant", tenant=self._tenant)) from error
        self._app_cache, self._token_cache = app, cache
        return app

    def _keep_cache(self) -> None:
        if self._token_cache is not None and self._token_cache.has_state_changed:
            self.store_secret("token_cache", self._token_cache.serialize())
            self._token_cache.has_state_changed = False

    def _token(self, *, force_refresh: bool = False, scopes: Sequence[str] = ()) -> str:
        import requests

        app = self._app()
        try:
            accounts = app.get_accounts()
            mine = [a for a in accounts if str(a.get("username", "")).lower() == self.email.lower()]
            chosen = (mine or accounts or [None])[0]
            if chosen is None:
                raise NeedsSignIn(Said("m365-not-signed-in", email=self.email))
            result = app.acquire_token_silent(
                list(scopes or self.scopes), account=chosen, force_refresh=force_refresh
            )
        except requests.RequestException as error:
            raise Unreachable(Said("m365-sign-in-offline")) from error
        except ValueError as error:  # an answer that is not JSON
            raise Unreachable(Said("m365-sign-in-unreadable")) from error
        finally:
            self._keep_cache()
        if result and "access_token" in result:
            return str(result["access_token"])
        error_code = str((result or {}).get("error", ""))
        if error_code in ("temporarily_unavailable", "server_error"):
            raise Unreachable(Said("m365-sign-in-busy"))
        raise NeedsSignIn(Said("m365-expired", email=self.email))

    # --- signing in ------------------------------------------------------------------------

    def sign_in(self, interaction: SignInInteraction) -> None:
        import requests

        try:
            app = self._app()
            result = self._sign_in_with_browser(app, interaction)
            if result is None:
                result = self._sign_in_with_code(app, interaction)
        except requests.RequestException as error:
            raise Unreachable(Said("m365-sign-in-offline")) from error
        finally:
            self._keep_cache()
        if "access_token" not in result:
            code = str(result.get("error", ""))
            if code in ("access_denied", "authorization_declined"):
                raise Rejected(Said("m365-declined"))
            if code == "expired_token":
                raise NeedsSignIn(Said("m365-code-expired"))
            if code in ("invalid_client", "unauthorized_client"):
                raise Rejected(Said("m365-registration-refused", code=code))
            raise Rejected(Said("m365-incomplete", code=code or "no reason given"))
        interaction.progress(
            Said("signin-done-as", service="Microsoft 365", who=self._signed_in_as(result))
        )

    def _signed_in_as(self, result: Mapping[str, Any]) -> str:
        claims = result.get("id_token_claims") or {}
        return str(claims.get("preferred_username") or self.email)

    def _sign_in_with_browser(
        self, app: Any, interaction: SignInInteraction
    ) -> dict[str, Any] | None:
        """The system browser and a loopback redirect; None when no browser could be used."""
        # Only when signing in: it loads http.server and ssl (some 7 MiB in the tray app,
        # which lists an account's kind but never signs in itself).
        from boundary_app.providers.oauth_loopback import LoopbackReceiver

        try:
            receiver = LoopbackReceiver()
        except OSError:
            return None
        with receiver:
            flow = app.initiate_auth_code_flow(
                list(self.sign_in_scopes),
                # Entra matches "http://localhost" registrations; the browser reaches the
                # receiver on 127.0.0.1 all the same.
                redirect_uri=f"http://localhost:{receiver.port}",
                login_hint=self.email or None,
                response_mode="form_post",
            )
            interaction.progress(Said("signin-opening", service="Microsoft 365"))
            if not interaction.open_url(flow["auth_uri"]):
                return None
            interaction.progress(Said("signin-waiting-browser"))
            response = receiver.wait(
                flow["state"], interaction.cancel, clock=self.context.clock, limit=BROWSER_WAIT
            )
        if response is None:
            raise NeedsSignIn(Said("browser-too-late"))
        interaction.progress(Said("signin-finishing"))
        try:
            result: dict[str, Any] = app.acquire_token_by_auth_code_flow(flow, response)
        except (ValueError, RuntimeError) as error:  # state or nonce not ours
            raise Rejected(Said("browser-stranger")) from error
        return result

    def _sign_in_with_code(self, app: Any, interaction: SignInInteraction) -> dict[str, Any]:
        """The device code flow: works where the browser is on another machine."""
        flow = app.initiate_device_flow(list(self.sign_in_scopes))
        if "user_code" not in flow:
            reason = str(flow.get("error", "no reason given"))
            raise Rejected(Said("m365-no-code-flow", code=reason))
        interaction.show_code(str(flow["verification_uri"]), str(flow["user_code"]))
        interaction.progress(Said("signin-waiting-code"))
        cancel = interaction.cancel

        def stop(flow: dict[str, Any]) -> bool:
            return cancel.is_set() or float(flow.get("expires_at", 0)) < time.time()

        result: dict[str, Any] = app.acquire_token_by_device_flow(flow, exit_condition=stop)
        if cancel.is_set() and "access_token" not in result:
            raise SignInCancelled(Said("sign-in-cancelled"))
        if result.get("error") in ("authorization_pending", "slow_down"):
            result = {"error": "expired_token"}
        return result

    # --- HTTP ------------------------------------------------------------------------------

    def _call(
        self,
        method: str,
        path_or_url: str,
        *,
        body: Mapping[str, Any] | None = None,
        params: Mapping[str, str] | None = None,
        scopes: Sequence[str] = (),
    ) -> Any:
        """One Graph request; the JSON answer (None when empty). Errors as the contract says.
        ``scopes``: a token with these (by default ``scopes``)."""
        url = path_or_url if "://" in path_or_url else self.graph_url + path_or_url
        if params:
            url += "?" + urlencode(params, quote_via=quote)
        token = self._token(scopes=scopes)
        try:
            return self._send(method, url, token, body)
        except _Retry401:
            token = self._token(force_refresh=True, scopes=scopes)
        try:
            return self._send(method, url, token, body)
        except _Retry401:
            raise NeedsSignIn(Said("m365-no-longer", email=self.email)) from None

    def _send(self, method: str, url: str, token: str, body: Mapping[str, Any] | None) -> Any:
        import urllib.error
        import urllib.request

        data = None if body is None else json.dumps(body).encode("utf-8")
        request = urllib.request.Request(url, data=data, method=method)
        request.add_header("Authorization", f"Bearer {token}")
        request.add_header("Accept", "application/json")
        if data is not None:
            request.add_header("Content-Type", "application/json")
        try:
            with urllib.request.urlopen(request, timeout=self.context.timeout) as answer:
                raw = answer.read()
        except urllib.error.HTTPError as error:
            with error:
                raise self._http_error(error.code, error.headers, error.read()) from None
        except (TimeoutError, urllib.error.URLError, OSError) as error:
            reason = getattr(error, "reason", error)
            if isinstance(reason, TimeoutError):
                seconds = f"{self.context.timeout:g}"
                raise Unreachable(
                    Said("timeout", service="Microsoft 365", seconds=seconds)
                ) from error
            raise Unreachable(Said("offline", service="Microsoft 365")) from error
        if not raw.strip():
            return None
        try:
            return json.loads(raw)
        except ValueError as error:
            raise Unreachable(UNREADABLE) from error

    def _http_error(self, status: int, headers: Any, raw: bytes) -> Exception:
        if status == 401:
            return _Retry401()
        if status in (429, 503):
            wait = retry_after(
                headers.get("Retry-After") if headers else None, self.context.clock()
            )
            return Unreachable(_busy(wait), wait)
        if status >= 500:
            return Unreachable(Said("server-problem", service=SERVICE, status=status))
        return Rejected(Said("service-refused", service=SERVICE, said=_graph_message(raw, status)))

    # --- the auto-reply --------------------------------------------------------------------

    def read_auto_reply(self) -> AutoReply:
        settings = self._call("GET", "/me/mailboxSettings")
        try:
            setting = settings["automaticRepliesSetting"]
            reply = _reply_from_graph(setting)
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            raise Unreachable(UNREADABLE) from error
        return self.with_kept_subject(reply)

    def write_auto_reply(self, reply: AutoReply) -> None:
        self._call(
            "PATCH",
            "/me/mailboxSettings",
            body={"automaticRepliesSetting": self._reply_to_graph(reply)},
        )
        self.keep_subject(reply)

    def clear_auto_reply(self) -> None:
        self._call(
            "PATCH", "/me/mailboxSettings", body={"automaticRepliesSetting": {"status": "disabled"}}
        )

    def _reply_to_graph(self, reply: AutoReply) -> dict[str, Any]:
        if not reply.enabled:
            return {"status": "disabled"}
        check_sendable(reply)
        setting: dict[str, Any] = {
            "externalAudience": AUDIENCE_TO_GRAPH[reply.audience],
            "internalReplyMessage": to_html(reply.internal),
            "externalReplyMessage": to_html(reply.external_sent),
        }
        if reply.start is None and reply.end is None:
            setting["status"] = "alwaysEnabled"
            return setting
        if reply.end is None:
            raise Rejected(Said("m365-needs-end"))
        start = reply.start or self.context.clock()
        if reply.end <= start:
            # Graph would refuse it too (ErrorInvalidScheduledOofDuration), in fewer words.
            raise Rejected(Said("end-after-start"))
        setting.update(
            status="scheduled",
            scheduledStartDateTime=to_graph(start),
            scheduledEndDateTime=to_graph(reply.end),
        )
        return setting

    # --- mail ------------------------------------------------------------------------------

    def list_mail(self, since: datetime, limit: int) -> list[MailSummary]:
        if limit <= 0:
            return []
        stamp = since.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        params = {
            "$filter": f"receivedDateTime gt {stamp}",
            "$select": "id,subject,from,receivedDateTime,webLink,isRead",
            "$orderby": "receivedDateTime desc",
            "$top": str(min(limit, PAGE_SIZE)),
        }
        found: list[MailSummary] = []
        page = self._call("GET", "/me/mailFolders/inbox/messages", params=params)
        while True:
            try:
                found.extend(_summary(item, self.account.name) for item in page["value"])
                next_link = page.get("@odata.nextLink")
            except (KeyError, TypeError, ValueError, AttributeError) as error:
                raise Unreachable(UNREADABLE) from error
            if len(found) >= limit or not next_link:
                return found[:limit]
            page = self._call("GET", str(next_link))

    def forward(self, message_id: str, to: str, note: str) -> None:
        self._call(
            "POST",
            f"/me/messages/{quote(message_id, safe='')}/forward",
            body={"comment": note, "toRecipients": [{"emailAddress": {"address": to}}]},
        )

    def send_mail(self, to: str, subject: str, text: str) -> None:
        if not is_email(to):
            raise Rejected(Said("not-an-address", value=to))
        message = {
            "subject": subject,
            "body": {"contentType": "Text", "content": text},
            "toRecipients": [{"emailAddress": {"address": to}}],
        }
        self._call("POST", "/me/sendMail", body={"message": message, "saveToSentItems": True})

    # --- cover: a message rule that redirects to the backup, and mail tips ---------------

    def read_forward(self) -> ForwardRule:
        """Boundary's inbox rule (named ``RULE_NAME``), with Graph's ``hasError``; the person's
        own rules are not read as it."""
        ours = self._our_rule()
        return ForwardRule.off() if ours is None else _rule_from_graph(ours)

    def write_forward(self, rule: ForwardRule) -> None:
        if not rule.enabled:
            self.clear_forward()
            return
        check_forwardable(rule)
        ours = self._our_rule()
        body = _rule_to_graph(rule)
        if ours is None:
            self._call("POST", RULES_PATH, body=body)
        else:
            self._call("PATCH", f"{RULES_PATH}/{quote(str(ours['id']), safe='')}", body=body)

    def clear_forward(self) -> None:
        ours = self._our_rule()
        if ours is not None:
            self._call("DELETE", f"{RULES_PATH}/{quote(str(ours['id']), safe='')}")

    def forward_bounced(self, since: datetime) -> datetime | None:
        """The newest message in the inbox that carries ``BOUNCE_STATUS`` (Graph's ``$search``
        looks in the subject, the body and the sender), received at or after ``since``.

        ``$search`` takes no ``$filter`` and no ``$orderby`` on messages; its answers come
        newest first (by the time sent), so the first page holds the newest, and the moment is
        compared here. Only ``receivedDateTime`` is asked for."""
        params = {"$search": f'"{BOUNCE_STATUS}"', "$select": "receivedDateTime", "$top": "25"}
        answer = self._call("GET", "/me/mailFolders/inbox/messages", params=params)
        try:
            moments = [_received(item) for item in answer["value"]]
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            raise Unreachable(UNREADABLE) from error
        return max((m for m in moments if m >= since), default=None)

    def _our_rule(self) -> Mapping[str, Any] | None:
        answer = self._call("GET", RULES_PATH)
        try:
            rules = list(answer["value"])
            return next((r for r in rules if r.get("displayName") == RULE_NAME), None)
        except (KeyError, TypeError, AttributeError) as error:
            raise Unreachable(UNREADABLE) from error

    # --- the calendar (providers/m365_calendar.py) -----------------------------------------

    def read_calendar(self) -> CalendarEvent:
        from boundary_app.providers import m365_calendar

        return m365_calendar.read(self._graph())

    def write_calendar(self, event: CalendarEvent) -> None:
        from boundary_app.providers import m365_calendar

        m365_calendar.write(self._graph(), event)

    def clear_calendar(self) -> None:
        from boundary_app.providers import m365_calendar

        m365_calendar.clear(self._graph())

    def _graph(self) -> Any:
        from boundary_app.providers.m365_calendar import Graph

        return Graph(self._call, self.context.clock())

    # --- the Teams status (m365_presence) ---------------------------------------------------

    def _teams(self) -> m365_presence.TeamsStatus:
        return m365_presence.TeamsStatus(
            self._call,
            self.context,
            self.account.name,
            personal=self._personal,
        )

    def read_presence(self) -> ChatStatus:
        return self._teams().read()

    def write_presence(self, status: ChatStatus) -> None:
        self._teams().write(status)

    def clear_presence(self) -> None:
        self._teams().clear()

    def colleagues_away(self, addresses: Sequence[str]) -> dict[str, ColleagueAway]:
        """Graph's getMailTips (automaticReplies) for each address. It needs Mail.Read, asked
        from now on (``TIPS_SCOPE``): silently when the sign-in allows it already, else the
        next sign-in asks the person."""
        self._want_tips()
        try:
            answer = self._call(
                "POST",
                "/me/getMailTips",
                body={"EmailAddresses": list(addresses), "MailTipsOptions": "automaticReplies"},
                scopes=self.sign_in_scopes,
            )
        except NeedsSignIn as error:
            raise NeedsSignIn(Said("m365-mail-tips", email=self.email)) from error
        by_address = {a.lower(): a for a in addresses}
        found: dict[str, ColleagueAway] = {}
        try:
            for tip in answer["value"]:
                address = str((tip.get("emailAddress") or {}).get("address") or "")
                asked = by_address.get(address.lower())
                if asked is not None and not tip.get("error"):
                    found[asked] = _away_from_tip(asked, tip.get("automaticReplies") or {})
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            raise Unreachable(UNREADABLE) from error
        return found


# --- Graph's shapes ---------------------------------------------------------------------------


def _reply_from_graph(setting: Mapping[str, Any]) -> AutoReply:
    status = str(setting.get("status", "disabled")).lower()
    if status == "disabled":
        return AutoReply.off()
    audience = AUDIENCE_FROM_GRAPH[str(setting.get("externalAudience", "all")).lower()]
    start = end = None
    if status == "scheduled":
        start = from_graph(setting["scheduledStartDateTime"])
        end = from_graph(setting["scheduledEndDateTime"])
    elif status != "alwaysenabled":
        raise ValueError(f"unknown status {status!r}")
    return AutoReply(
        enabled=True,
        start=start,
        end=end,
        internal=from_html(str(setting.get("internalReplyMessage") or "")),
        external=from_html(str(setting.get("externalReplyMessage") or "")),
        audience=audience,
    )


RULES_PATH = "/me/mailFolders/inbox/messageRules"
RULE_NAME = COVER_RULE_NAME
"""The display name that marks Boundary's message rule; no other rule is read or changed."""


def _rule_to_graph(rule: ForwardRule) -> dict[str, Any]:
    """Boundary's message rule: redirect to the backup (the message stays in the inbox),
    except lists, automatic mail, reports and what the backup sent. Graph's rules have no
    dates: the app makes it when the period starts and deletes it when it ends."""
    backup = [{"emailAddress": {"address": rule.to}}]
    return {
        "displayName": RULE_NAME,
        "sequence": 1,
        "isEnabled": True,
        "exceptions": {
            "fromAddresses": backup,
            "headerContains": list(NOT_FORWARDED_HEADERS),
            "isAutomaticForward": True,
            "isAutomaticReply": True,
            "isNonDeliveryReport": True,
            "isReadReceipt": True,
        },
        "actions": {"redirectTo": backup, "stopProcessingRules": False},
    }


def _rule_from_graph(rule: Mapping[str, Any]) -> ForwardRule:
    targets = list((rule.get("actions") or {}).get("redirectTo") or [])
    to = str((targets[0].get("emailAddress") or {}).get("address") or "") if targets else ""
    return ForwardRule(
        enabled=bool(rule.get("isEnabled")) and len(targets) == 1,
        to=to,
        in_error=bool(rule.get("hasError")),
    )


def _away_from_tip(address: str, replies: Mapping[str, Any]) -> ColleagueAway:
    """A colleague's automaticReplies mail tip: the reply's text (empty when it is off) and
    its schedule."""
    message = from_html(str(replies.get("message") or ""))
    if not message.strip():
        return ColleagueAway(address, away=False)
    start, end = replies.get("scheduledStartTime"), replies.get("scheduledEndTime")
    return ColleagueAway(
        address,
        away=True,
        start=from_graph(start) if start else None,
        end=from_graph(end) if end else None,
        message=message,
    )


def _received(item: Mapping[str, Any]) -> datetime:
    """A message's ``receivedDateTime`` (UTC, "Z")."""
    received = datetime.fromisoformat(str(item["receivedDateTime"]).replace("Z", "+00:00"))
    return received if received.tzinfo is not None else received.replace(tzinfo=UTC)


def _summary(item: Mapping[str, Any], account: str) -> MailSummary:
    sender = (item.get("from") or {}).get("emailAddress") or {}
    name, address = str(sender.get("name") or ""), str(sender.get("address") or "")
    who = f"{name} <{address}>" if name and address and name != address else (address or name)
    received = _received(item)
    return MailSummary(
        id=str(item["id"]),
        sender=who,
        subject=str(item.get("subject") or ""),
        received=received,
        link=str(item.get("webLink") or ""),
        account=account,
        unread=None if "isRead" not in item else not bool(item["isRead"]),
    )


def _graph_message(raw: bytes, status: int) -> str:
    """Graph's own words from an error body (``error.message``), as one sentence."""
    try:
        message = str(json.loads(raw)["error"]["message"]).strip()
    except (ValueError, KeyError, TypeError):
        message = ""
    if not message:
        message = f"HTTP {status}"
    return message if message.endswith((".", "!", "?")) else message + "."


def _busy(wait: timedelta | None) -> Said:
    """Graph is busy: when Boundary tries again, in seconds, minutes or hours."""
    if not wait:
        return Said("busy-later", service=SERVICE)
    seconds = int(wait.total_seconds())
    if seconds < 90:
        return Said("busy-seconds", service=SERVICE, n=seconds)
    minutes = round(seconds / 60)
    if minutes < 90:
        return Said("busy-minutes", service=SERVICE, n=minutes)
    return Said("busy-hours", service=SERVICE, n=round(minutes / 60))


__all__ = ["GRAPH_URL", "SCOPES", "M365Provider", "scopes_for"]
