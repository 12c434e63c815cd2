"""The ``gmail`` provider: Gmail and Google Workspace through the Gmail API.

The auto-reply is Gmail's vacation responder (``users.settings.getVacation`` /
``updateVacation``), mail is listed with ``users.messages.list`` and one batch request for
the headers, and forwarding sends a new message with the original attached, because the
Gmail API has no forward call.

Sign-in is OAuth for installed apps, with the publisher's "Desktop app" OAuth client that
release builds carry (``app_registration``), or with the client file of one of the person's
own, which they bring. The browser shows Google's consent page, and Google redirects to a small
server on a free loopback port. The client file's contents and the token live in the
keyring only; the profile keeps the email address, the chosen features and the optional
API address.

Gmail keeps one reply text, not one for colleagues and one for everyone else: Boundary
sends the message for colleagues when the reply is for colleagues only
(``restrictToDomain``), and the message for everyone else otherwise. So that reading the
reply back gives what was written (the reconciler compares them), the full reply Boundary
last wrote is remembered in the data folder and used when the server still shows it.

google-api-python-client, google-auth, google-auth-oauthlib and httplib2 are imported only
inside the methods that use them.
"""

from __future__ import annotations

import base64
import contextlib
import json
from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, NoReturn

from boundary_app.providers import app_registration, gmail_chat
from boundary_app.providers.base import (
    BOUNCE_STATUS,
    Audience,
    AutoReply,
    CalendarEvent,
    Capability,
    ChatStatus,
    FieldKind,
    ForwardRule,
    MailProvider,
    MailSummary,
    NeedsSignIn,
    ProviderError,
    Rejected,
    Said,
    SettingField,
    SignInCancelled,
    SignInInteraction,
    Unreachable,
    check_forwardable,
    check_sendable,
    is_email,
    one_line,
    reply_state,
    retry_after,
)
from boundary_app.providers.files import account_file, keep_json, read_json
from boundary_app.providers.html import from_html, to_html
from boundary_app.providers.secrets import SecretStore

if TYPE_CHECKING:
    from boundary_app.providers.oauth_loopback import LoopbackReceiver

SCOPE_SETTINGS = "https://www.googleapis.com/auth/gmail.settings.basic"
SCOPE_READ = "https://www.googleapis.com/auth/gmail.readonly"
SCOPE_SEND = "https://www.googleapis.com/auth/gmail.send"

#: What each scope lets Boundary do, in the words test_connection() and the docs use.
SCOPE_WORDS = {
    SCOPE_SETTINGS: "change the auto-reply",
    SCOPE_READ: "read the inbox",
    SCOPE_SEND: "send mail",
}

#: The ``features`` setting: what the account is used for, and so which scopes sign-in asks.
FEATURE_SCOPES: Mapping[str, tuple[str, ...]] = {
    "reply": (SCOPE_SETTINGS,),
    "list": (SCOPE_SETTINGS, SCOPE_READ),
    "forward": (SCOPE_SETTINGS, SCOPE_READ, SCOPE_SEND),
}

DEFAULT_ENDPOINT = "https://gmail.googleapis.com/"
CONSUMER_DOMAINS = ("gmail.com", "googlemail.com")
#: How long sign-in waits for the browser to come back before giving up.
SIGN_IN_WAIT = timedelta(minutes=10)
BATCH_LIMIT = 100  # Google's limit of calls in one batch request

FILTER_TAIL = (
    "category:promotions OR category:social OR category:updates OR category:forums "
    "OR from:(mailer-daemon OR noreply OR no-reply)"
)
"""The end of the query Boundary's forwarding filter leaves out (``negatedQuery``): Gmail's
filters cannot read headers, so mailing lists and automatic mail are what Gmail files under
those categories, and no-reply senders; what the backup sent is put before it. It also marks
the filter as Boundary's (Gmail filters have no name)."""

SIGNED_OUT = Said("gmail-signed-out")
SIGN_IN_AGAIN = Said("gmail-sign-in-again")


class GmailProvider(MailProvider):
    kind = "gmail"
    display_name = "Gmail / Google Workspace"
    capabilities = frozenset(
        {
            Capability.AUTO_REPLY,
            Capability.SCHEDULED_REPLY,
            Capability.AUDIENCE_CONTACTS,
            Capability.AUDIENCE_INTERNAL,  # Workspace only; a gmail.com account says it cannot
            Capability.LIST_MAIL,
            Capability.FORWARD,
            Capability.SEND_MAIL,
            Capability.FORWARD_RULE,  # a filter: no dates, switched on and off by the app
            Capability.CALENDAR_EVENT,  # with the calendar feature (gmail_calendar.py)
            Capability.PRESENCE,  # the Google Chat status, with its feature (gmail_chat.py)
        }
    )
    feature_settings: ClassVar[Mapping[str, Capability]] = {
        "calendar": Capability.CALENDAR_EVENT,  # an account stored before it came: off
        gmail_chat.FIELD.key: Capability.PRESENCE,  # Workspace, the Chat API set up: off
    }
    settings_fields: ClassVar[tuple[SettingField, ...]] = (
        SettingField("email", "Email address", FieldKind.EMAIL, required=True),
        SettingField(
            "calendar",
            "Calendar",
            FieldKind.CHOICE,
            # Off unless turned on: out-of-office and focus-time events need Google Workspace.
            choices=("off", "on"),
            help=(
                "on = while you are away, an out-of-office event in your Google Calendar that "
                "declines new invitations, and a focus-time event on focus days (Google "
                "Workspace only; Google asks you to let Boundary manage your calendar events)."
            ),
        ),
        gmail_chat.FIELD,
        SettingField(
            "features",
            "Features",
            FieldKind.CHOICE,
            default="forward",
            choices=tuple(FEATURE_SCOPES),
            help=(
                "What Boundary may do, and so what Google asks you to allow: reply = the "
                "auto-reply only; list = also show new mail in mail-check windows; "
                "forward = also forward mail to your backup."
            ),
        ),
        SettingField(
            "client_secrets",
            "OAuth client file",
            FieldKind.FILE,
            required=True,
            help=(
                "The JSON file of a 'Desktop app' OAuth client from Google Cloud Console "
                "(APIs & Services → Credentials); see the Gmail page of the documentation."
            ),
            registration=True,
        ),
        SettingField(
            "token_file",
            "Existing sign-in (token file)",
            FieldKind.FILE,
            help="Optional: an authorized-user token file to use instead of signing in.",
            registration=True,
        ),
        SettingField(
            "api_url",
            "API address",
            FieldKind.URL,
            help="Optional: another address for the Gmail API (a proxy); leave empty.",
            registration=True,
        ),
    )
    secret_keys = ("client", "token")
    interactive_sign_in = True
    libraries = (
        "googleapiclient.discovery",
        "googleapiclient.http",
        "google.oauth2.credentials",
        "google_auth_oauthlib.flow",
        "google_auth_httplib2",
        "httplib2",
    )

    # --- setting the account up -----------------------------------------------------------

    @classmethod
    def has_built_in_registration(cls) -> bool:
        return app_registration.google_client() is not None

    @classmethod
    def configure(
        cls, name: str, values: Mapping[str, str], secrets: SecretStore
    ) -> dict[str, Any]:
        """Check the entries, keep the client file and a token in the keyring, not the profile.

        Without a client file the account signs in with the build's own client, which is not
        stored: the account follows the build's.
        """
        settings = super().configure(name, values, secrets)  # no SECRET field: stores nothing
        client_file = values.get("client_secrets", "").strip()
        built_in = app_registration.google_client()
        if client_file or built_in is None:
            client = _read_client_file(client_file)
        else:
            client = {"installed": built_in}
        token_file = values.get("token_file", "").strip()
        token = _read_token_file(token_file, client) if token_file else None
        # Only once everything checked out does anything reach the keyring.
        if client_file:
            secrets.set(name, "client", json.dumps(client))
        if token is not None:
            secrets.set(name, "token", json.dumps(token))
        return settings

    # --- signing in -----------------------------------------------------------------------

    @property
    def email(self) -> str:
        return str(self.account.settings.get("email", ""))

    @property
    def features(self) -> str:
        value = str(self.account.settings.get("features", "forward"))
        return value if value in FEATURE_SCOPES else "forward"

    @property
    def scopes(self) -> list[str]:
        """The scopes sign-in asks for: the ``features`` choice's, and the calendar's and the
        Chat status's when on."""
        from boundary_app.providers.gmail_calendar import SCOPE

        by_feature = {"calendar": SCOPE, gmail_chat.FIELD.key: gmail_chat.SCOPE}
        on = [s for key, s in by_feature.items() if self.feature_on(self.account.settings, key)]
        return [*FEATURE_SCOPES[self.features], *on]

    def _client(self) -> dict[str, Any]:
        """The account's own OAuth client (from its client file), else the build's."""
        raw = self.secret("client")
        if not raw and (built_in := app_registration.google_client()) is not None:
            return built_in
        if not raw:
            raise Rejected(Said("gmail-no-client"))
        data = json.loads(raw)
        return dict(data["installed"])

    def sign_in(self, interaction: SignInInteraction) -> None:
        """Google's consent page in the browser, answered on a loopback port; keeps the token.

        The redirect is caught by ``oauth_loopback.LoopbackReceiver`` rather than by
        ``InstalledAppFlow.run_local_server``, which blocks in one wait that can be neither
        shown to the person first nor cancelled.
        """
        from google_auth_oauthlib.flow import InstalledAppFlow

        # Only when signing in: it loads http.server and ssl.
        from boundary_app.providers.oauth_loopback import LoopbackReceiver

        client = self._client()
        scopes = self.scopes
        flow = InstalledAppFlow.from_client_config({"installed": client}, scopes=scopes)
        with LoopbackReceiver() as receiver:
            flow.redirect_uri = receiver.redirect_uri
            hint = {"login_hint": self.email} if self.email else {}
            auth_url, state = flow.authorization_url(
                prompt="consent", include_granted_scopes="true", **hint
            )
            interaction.progress(Said("signin-waiting-allow"))
            if not interaction.open_url(auth_url):
                interaction.progress(Said("signin-open-address", url=auth_url))
            code = self._wait_for_code(receiver, state, interaction)
        interaction.progress(Said("signin-finishing-with", service="Google"))
        try:
            # The receiver has checked the state; the code is exchanged with PKCE's verifier.
            flow.fetch_token(code=code, timeout=self.context.timeout)
        except Warning as changed:  # Google granted other scopes (e.g. earlier ones too)
            token = getattr(changed, "token", None)
            if token is None:
                raise
            flow.oauth2session.token = dict(token)
        except Exception as error:
            raise _sign_in_error(error) from error
        self._save_token(flow.credentials)
        interaction.progress(Said("signin-done"))

    def _wait_for_code(
        self, receiver: LoopbackReceiver, state: str, interaction: SignInInteraction
    ) -> str:
        answer = receiver.wait(
            state, interaction.cancel, clock=self.context.clock, limit=SIGN_IN_WAIT
        )
        if answer is None:
            raise Rejected(Said("sign-in-too-long"))
        if "error" in answer:
            if answer["error"] == "access_denied":
                raise SignInCancelled(Said("access-not-allowed"))
            raise Rejected(Said("google-incomplete", code=answer["error"]))
        return answer["code"]

    # --- credentials and the API ----------------------------------------------------------

    def _token_info(self) -> dict[str, Any]:
        raw = self.secret("token")
        if not raw:
            raise NeedsSignIn(SIGNED_OUT)
        try:
            info = json.loads(raw)
        except ValueError:
            raise NeedsSignIn(SIGNED_OUT) from None
        if not isinstance(info, dict) or not info.get("refresh_token"):
            raise NeedsSignIn(SIGNED_OUT)
        return info

    def granted_scopes(self) -> list[str] | None:
        """The scopes the kept token holds; None when the token does not say."""
        info = self._token_info()
        scopes = info.get("scopes", info.get("scope"))
        if isinstance(scopes, str):
            scopes = scopes.split()
        return [str(s) for s in scopes] if scopes else None

    def _need(self, scope: str, feature: str) -> None:
        if scope not in FEATURE_SCOPES[self.features]:
            raise Rejected(
                Said(
                    "gmail-features",
                    features=self.features,
                    permission=SCOPE_WORDS[scope],
                    feature=feature,
                )
            )
        granted = self.granted_scopes()
        if granted is not None and scope not in granted:
            raise NeedsSignIn(Said("gmail-not-allowed", permission=SCOPE_WORDS[scope]))

    def _credentials(self) -> Any:
        from google.oauth2.credentials import Credentials

        info = self._token_info()
        client = self._client()
        scopes = info.get("scopes", info.get("scope"))
        # The token endpoint comes from the OAuth client file the person chose, never from a
        # token file (google-auth ignores a token file's token_uri for the same reason).
        credentials = Credentials(  # type: ignore[no-untyped-call]
            token=info.get("token") or None,
            refresh_token=info["refresh_token"],
            token_uri=client.get("token_uri") or "https://oauth2.googleapis.com/token",
            client_id=info.get("client_id") or client["client_id"],
            client_secret=info.get("client_secret") or client["client_secret"],
            scopes=scopes.split() if isinstance(scopes, str) else scopes,
        )
        # Expiry is judged here, on the app's clock: an expired access token is dropped, so
        # the first request refreshes it; otherwise a 401 makes google-auth refresh once.
        expiry = info.get("expiry")
        if expiry and _parse_expiry(expiry) <= self.context.clock() + timedelta(minutes=1):
            credentials.token = None
        credentials.expiry = None
        return credentials

    def _save_token(self, credentials: Any) -> None:
        info = json.loads(credentials.to_json())
        granted = getattr(credentials, "granted_scopes", None)
        if granted:
            info["scopes"] = sorted(granted)
        info.pop("expiry", None)
        if getattr(credentials, "expiry", None) is not None:
            # google-auth dates the expiry on the system clock; keep it on the app's clock.
            lifetime = credentials.expiry.replace(tzinfo=UTC) - datetime.now(UTC)
            info["expiry"] = (self.context.clock() + lifetime).astimezone(UTC).isoformat()
        self.store_secret("token", json.dumps(info))

    def _raw_http(self) -> Any:
        """The HTTP connection (tests swap in googleapiclient's HttpMockSequence)."""
        import httplib2  # type: ignore[import-untyped]

        return httplib2.Http(timeout=self.context.timeout)

    def _request_builder(self) -> Any:
        """How API calls are made (tests swap in googleapiclient's RequestMockBuilder)."""
        from googleapiclient.http import HttpRequest

        return HttpRequest

    def _session(self, api: tuple[str, str] = ("gmail", "v1")) -> _Session:
        import google_auth_httplib2  # type: ignore[import-untyped]
        from googleapiclient.discovery import build

        credentials = self._credentials()
        raw = self._raw_http()
        http = google_auth_httplib2.AuthorizedHttp(credentials, http=raw, max_refresh_attempts=1)
        options = None
        if self._api_url:  # another host (tests, a proxy): Gmail's and Chat's paths carry
            path = "" if api[0] in ("gmail", "chat") else f"{api[0]}/{api[1]}/"  # their prefix
            options = {"api_endpoint": self._api_url + path}
        service = build(
            *api,
            http=http,
            static_discovery=True,
            cache_discovery=False,
            client_options=options,
            requestBuilder=self._request_builder(),
        )
        return _Session(self, service, raw, credentials, credentials.token)

    @property
    def _api_url(self) -> str | None:
        value = self.account.settings.get("api_url") or self.account.endpoint
        if not value:
            return None
        return str(value).rstrip("/") + "/"

    def _batch_uri(self) -> str:
        return (self._api_url or DEFAULT_ENDPOINT) + "batch/gmail/v1"

    # --- the calendar (providers/gmail_calendar.py) ----------------------------------------

    def read_calendar(self) -> CalendarEvent:
        from boundary_app.providers import gmail_calendar

        return gmail_calendar.read(self, self.context.clock())

    def write_calendar(self, event: CalendarEvent) -> None:
        from boundary_app.providers import gmail_calendar

        gmail_calendar.write(self, event, self.context.clock())

    def clear_calendar(self) -> None:
        from boundary_app.providers import gmail_calendar

        gmail_calendar.clear(self, self.context.clock())

    # --- the Google Chat status (providers/gmail_chat.py) -----------------------------------

    def read_presence(self) -> ChatStatus:
        return gmail_chat.read(self)

    def write_presence(self, status: ChatStatus) -> None:
        gmail_chat.write(self, status)

    def clear_presence(self) -> None:
        gmail_chat.clear(self)

    # --- the auto-reply -------------------------------------------------------------------

    def read_auto_reply(self) -> AutoReply:
        self._need(SCOPE_SETTINGS, "reply")
        with self._session() as session:
            vacation = session.call(
                session.vacation().getVacation(userId="me"), "read the auto-reply"
            )
        return self._from_vacation(vacation)

    def write_auto_reply(self, reply: AutoReply) -> None:
        if not reply.enabled:
            self.clear_auto_reply()
            return
        if reply.audience is Audience.INTERNAL and self._consumer:
            raise Rejected(Said("gmail-consumer-internal"))
        check_sendable(reply)
        self._need(SCOPE_SETTINGS, "reply")
        body = _body_for(reply)
        with self._session() as session:
            current = session.call(
                session.vacation().getVacation(userId="me"), "read the auto-reply"
            )
            # updateVacation replaces the whole object: keep what Boundary does not set.
            vacation = dict(current)
            vacation.update(
                enableAutoReply=True,
                responseSubject=reply.subject,
                responseBodyPlainText=body,
                responseBodyHtml=to_html(body),
                restrictToContacts=reply.audience is Audience.CONTACTS,
                restrictToDomain=reply.audience is Audience.INTERNAL,
            )
            for key, moment in (("startTime", reply.start), ("endTime", reply.end)):
                if moment is None:
                    vacation.pop(key, None)
                else:
                    vacation[key] = str(_epoch_ms(moment))
            session.call(
                session.vacation().updateVacation(userId="me", body=vacation),
                "change the auto-reply",
            )
        self._remember(reply)

    def clear_auto_reply(self) -> None:
        self._need(SCOPE_SETTINGS, "reply")
        with self._session() as session:
            current = session.call(
                session.vacation().getVacation(userId="me"), "read the auto-reply"
            )
            if current.get("enableAutoReply"):
                vacation = {**current, "enableAutoReply": False}
                session.call(
                    session.vacation().updateVacation(userId="me", body=vacation),
                    "switch the auto-reply off",
                )
        self._remember(None)

    @property
    def _consumer(self) -> bool:
        return self.email.rpartition("@")[2].lower() in CONSUMER_DOMAINS

    def _from_vacation(self, vacation: Mapping[str, Any]) -> AutoReply:
        if not vacation.get("enableAutoReply"):
            return AutoReply.off()
        html = str(vacation.get("responseBodyHtml") or "")
        # When both are set Gmail sends the HTML one, so that is the text people receive.
        body = from_html(html) if html.strip() else str(vacation.get("responseBodyPlainText") or "")
        if vacation.get("restrictToDomain"):
            audience = Audience.INTERNAL
        elif vacation.get("restrictToContacts"):
            audience = Audience.CONTACTS
        else:
            audience = Audience.ALL
        shown = AutoReply(
            enabled=True,
            start=_from_epoch_ms(vacation.get("startTime")),
            end=_from_epoch_ms(vacation.get("endTime")),
            subject=str(vacation.get("responseSubject") or ""),
            internal=body,
            external=body,
            audience=audience,
        )
        remembered = self._remembered()
        if remembered is not None and _as_stored(remembered).same_as(shown):
            return remembered  # what Boundary wrote, with the text Gmail has no place for
        return shown

    # The full reply last written, so the text Gmail cannot hold is not reported as changed.

    @property
    def _memory_file(self) -> Path:
        return account_file(self.context.data_dir, "gmail", self.account.name)

    def _remember(self, reply: AutoReply | None) -> None:
        # Should it fail, it only costs a drift report later; the reply itself was set.
        with contextlib.suppress(OSError):
            keep_json(self._memory_file, None if reply is None else reply.to_json())

    def _remembered(self) -> AutoReply | None:
        try:
            return AutoReply.from_json(read_json(self._memory_file))
        except (ValueError, TypeError, AttributeError):
            return None

    # --- cover: a filter that forwards to the backup --------------------------------------

    def read_forward(self) -> ForwardRule:
        """Boundary's filter (known by its query, ``FILTER_TAIL``); the person's filters, also
        ones that forward, are not read as it."""
        self._need(SCOPE_SETTINGS, "reply")
        with self._session() as session:
            ours = self._our_filters(session)
        if not ours:
            return ForwardRule.off()
        return ForwardRule(True, str(ours[0].get("action", {}).get("forward", "")))

    def forward_bounced(self, since: datetime) -> datetime | None:
        """The newest message carrying ``BOUNCE_STATUS`` that arrived at or after ``since``:
        ``users.messages.list`` with ``q='"5.7.520" after:<epoch seconds>'`` and one result,
        then that message's arrival (``format=minimal``: no headers, no body). None, too, when
        the account may not read the inbox (its features, or an older sign-in)."""
        granted = self.granted_scopes()
        if SCOPE_READ not in FEATURE_SCOPES[self.features] or (
            granted is not None and SCOPE_READ not in granted
        ):
            return None
        query = f'"{BOUNCE_STATUS}" after:{int(since.timestamp())}'
        what = "search the inbox for bounces"
        with self._session() as session:
            messages = session.service.users().messages()
            found = session.call(messages.list(userId="me", q=query, maxResults=1), what)
            ids = [str(m["id"]) for m in found.get("messages", []) if "id" in m]
            if not ids:
                return None
            newest = session.call(messages.get(userId="me", id=ids[0], format="minimal"), what)
        moment = _from_epoch_ms(newest.get("internalDate"))
        return moment if moment is not None and moment >= since else None

    def write_forward(self, rule: ForwardRule) -> None:
        """Gmail forwards only to an address the person confirmed in Gmail first (the API
        cannot add one for a personal account): checked before the filter is made. Filters
        cannot be changed, so another backup means a new filter and the old one deleted."""
        if not rule.enabled:
            self.clear_forward()
            return
        check_forwardable(rule)
        self._need(SCOPE_SETTINGS, "reply")
        with self._session() as session:
            self._check_verified(session, rule.to)
            filters = session.vacation().filters()
            ours = self._our_filters(session)
            if any(f.get("action", {}).get("forward", "").lower() == rule.to.lower() for f in ours):
                return
            body = {
                "criteria": {"negatedQuery": f"from:({rule.to}) OR {FILTER_TAIL}"},
                "action": {"forward": rule.to},
            }
            session.call(filters.create(userId="me", body=body), "forward your mail")
            for old in ours:
                session.call(
                    filters.delete(userId="me", id=str(old["id"])), "stop forwarding your mail"
                )

    def clear_forward(self) -> None:
        self._need(SCOPE_SETTINGS, "reply")
        with self._session() as session:
            filters = session.vacation().filters()
            for ours in self._our_filters(session):
                session.call(
                    filters.delete(userId="me", id=str(ours["id"])), "stop forwarding your mail"
                )

    @staticmethod
    def _our_filters(session: _Session) -> list[dict[str, Any]]:
        answer = session.call(session.vacation().filters().list(userId="me"), "read your filters")
        return [
            f
            for f in answer.get("filter", [])
            if str(f.get("criteria", {}).get("negatedQuery", "")).endswith(FILTER_TAIL)
            and f.get("action", {}).get("forward")
        ]

    @staticmethod
    def _check_verified(session: _Session, address: str) -> None:
        answer = session.call(
            session.vacation().forwardingAddresses().list(userId="me"),
            "read your forwarding addresses",
        )
        status = next(
            (
                str(a.get("verificationStatus", ""))
                for a in answer.get("forwardingAddresses", [])
                if str(a.get("forwardingEmail", "")).lower() == address.lower()
            ),
            None,
        )
        if status == "accepted":
            return
        if status == "pending":
            raise Rejected(Said("gmail-forward-pending", address=address))
        raise Rejected(Said("gmail-forward-unconfirmed", address=address))

    # --- checking the account -------------------------------------------------------------

    def test_connection(self) -> str:
        reply = self.read_auto_reply()
        granted = self.granted_scopes()
        if granted is None:
            allowed = Said("signed-in")
        else:
            words = [SCOPE_WORDS[s] for s in SCOPE_WORDS if s in granted]
            allowed = Said("signed-in-to", permissions=", ".join(words) or "nothing")
        note = Said("consumer-internal") if self._consumer else ""
        return Said.joined(allowed, reply_state(reply), note)

    # --- mail -----------------------------------------------------------------------------

    def list_mail(self, since: datetime, limit: int) -> list[MailSummary]:
        self._need(SCOPE_READ, "list")
        limit = max(0, min(limit, BATCH_LIMIT))
        if limit == 0:
            return []
        query = f"in:inbox after:{int(since.timestamp())}"
        with self._session() as session:
            messages = session.service.users().messages()
            found = session.call(
                messages.list(userId="me", q=query, maxResults=limit), "list new mail"
            )
            ids = [str(m["id"]) for m in found.get("messages", [])][:limit]
            details = session.batch(
                [
                    messages.get(
                        userId="me",
                        id=message_id,
                        format="metadata",
                        metadataHeaders=["From", "Subject", "Date"],
                    )
                    for message_id in ids
                ],
                "list new mail",
            )
        summaries = [self._summary(d) for d in details if d is not None]
        summaries = [s for s in summaries if s.received > since]
        summaries.sort(key=lambda s: s.received, reverse=True)
        return summaries[:limit]

    def _summary(self, message: Mapping[str, Any]) -> MailSummary:
        headers = {
            str(h.get("name", "")).lower(): str(h.get("value", ""))
            for h in message.get("payload", {}).get("headers", [])
        }
        received = _from_epoch_ms(message.get("internalDate"))
        if received is None:
            from email.utils import parsedate_to_datetime

            try:
                received = parsedate_to_datetime(headers.get("date", "")).astimezone(UTC)
            except (TypeError, ValueError):
                received = self.context.clock()
        message_id = str(message.get("id", ""))
        from urllib.parse import quote

        return MailSummary(
            id=message_id,
            sender=_decoded(headers.get("from", "")),
            subject=_decoded(headers.get("subject", "")),
            received=received,
            link=f"https://mail.google.com/mail/u/?authuser={quote(self.email)}#inbox/"
            + quote(message_id),
            account=self.account.name,
            unread=_unread(message),
        )

    def send_mail(self, to: str, subject: str, text: str) -> None:
        self._need(SCOPE_SEND, "forward")  # the feature that allows sending
        from email.message import EmailMessage

        if not is_email(to):
            raise Rejected(Said("not-an-address", value=to))
        outgoing = EmailMessage()
        if self.email:
            outgoing["From"] = self.email
        outgoing["To"] = to
        outgoing["Subject"] = subject
        outgoing.set_content(text.rstrip("\n") + "\n")
        body = {"raw": base64.urlsafe_b64encode(outgoing.as_bytes()).decode("ascii")}
        with self._session() as session:
            messages = session.service.users().messages()
            session.call(messages.send(userId="me", body=body), "send the message")

    def forward(self, message_id: str, to: str, note: str) -> None:
        self._need(SCOPE_READ, "forward")
        self._need(SCOPE_SEND, "forward")
        import email.policy
        from email import message_from_bytes
        from email.message import EmailMessage

        with self._session() as session:
            messages = session.service.users().messages()
            original = session.call(
                messages.get(userId="me", id=message_id, format="raw"), "fetch the message"
            )
            try:
                raw = base64.urlsafe_b64decode(_padded(str(original["raw"])))
            except (KeyError, ValueError) as error:
                raise Unreachable(Said("google-unreadable-message")) from error
            attached = message_from_bytes(raw, policy=email.policy.default)
            # A stranger's subject may carry encoded line breaks; a header of ours cannot.
            subject = one_line(str(attached.get("Subject", "") or ""))
            outgoing = EmailMessage()
            if self.email:
                outgoing["From"] = self.email
            outgoing["To"] = to
            outgoing["Subject"] = (
                subject if subject.lower().startswith("fwd:") else (f"Fwd: {subject}".rstrip())
            )
            outgoing.set_content(note or "Forwarded message attached.")
            outgoing.add_attachment(attached)
            body = {"raw": base64.urlsafe_b64encode(outgoing.as_bytes()).decode("ascii")}
            session.call(messages.send(userId="me", body=body), "send the forward")


def _unread(message: Mapping[str, Any]) -> bool | None:
    """Gmail marks an unread message with the label UNREAD; no labels: it does not say."""
    labels = message.get("labelIds")
    return None if not isinstance(labels, list) else "UNREAD" in labels


# --- talking to Google ------------------------------------------------------------------------


class _Session:
    """One use of the API: calls, errors in words, and a refreshed token kept afterwards."""

    def __init__(
        self, provider: GmailProvider, service: Any, http: Any, credentials: Any, token: Any
    ) -> None:
        self.provider = provider
        self.http = http
        self.service = service
        self.credentials = credentials
        self.token_before = token

    def __enter__(self) -> _Session:
        return self

    def __exit__(self, *exc: object) -> None:
        try:
            if self.credentials.token and self.credentials.token != self.token_before:
                self.provider._save_token(self.credentials)
        finally:
            close = getattr(self.http, "close", None)
            if close is not None:
                close()  # httplib2 keeps connections open otherwise

    def vacation(self) -> Any:
        return self.service.users().settings()

    def call(self, request: Any, what: str) -> dict[str, Any]:
        try:
            result = request.execute()  # no retries here: the reconciler retries
        except Exception as error:
            self._raise(error, what)
        if result is None or result == "":
            return {}
        if not isinstance(result, dict):  # the client hands back an answer that is not JSON
            self._raise(ValueError("not JSON"), what)
        return result

    def batch(self, requests: list[Any], what: str) -> list[dict[str, Any] | None]:
        """Run ``requests`` in one batch; a message gone meanwhile is None."""
        if not requests:
            return []
        from googleapiclient.http import BatchHttpRequest

        results: dict[str, dict[str, Any] | None] = {}
        failures: list[BaseException] = []

        def done(request_id: str, response: Any, error: BaseException | None) -> None:
            if error is None and not isinstance(response, dict):
                failures.append(ValueError("not JSON"))
            elif error is None:
                results[request_id] = response
            elif getattr(getattr(error, "resp", None), "status", None) == 404:
                results[request_id] = None
            else:
                failures.append(error)

        batch = BatchHttpRequest(callback=done, batch_uri=self.provider._batch_uri())
        for index, request in enumerate(requests):
            batch.add(request, request_id=str(index))
        try:
            batch.execute()
        except Exception as error:
            self._raise(error, what)
        if failures:
            self._raise(failures[0], what)
        return [results.get(str(i)) for i in range(len(requests))]

    def _raise(self, error: BaseException, what: str) -> NoReturn:
        raise _mapped(error, what, self.provider.context.clock) from error


def _mapped(error: BaseException, what: str, clock: Callable[[], datetime]) -> ProviderError:
    """The contract's error for anything the Google client raised."""
    if isinstance(error, ProviderError):
        return error
    from google.auth import exceptions as auth_errors
    from googleapiclient.errors import HttpError

    if isinstance(error, HttpError):
        return _http_error(int(error.resp.status), error.content, error.resp, what, clock)
    if isinstance(error, auth_errors.RefreshError):
        if getattr(error, "retryable", False):
            return Unreachable(Said("google-sign-in-silent"))
        return NeedsSignIn(SIGN_IN_AGAIN)
    if isinstance(error, auth_errors.TransportError | OSError):
        return Unreachable(Said("google-unreachable", reason=_reason(error)))
    if isinstance(error, ValueError):  # an answer that is not the JSON it should be
        return Unreachable(Said("google-unreadable"))
    import httplib2

    if isinstance(error, httplib2.HttpLib2Error):
        return Unreachable(Said("google-unreachable", reason=_reason(error)))
    return Unreachable(Said("google-went-wrong", error=type(error).__name__))


RATE_REASONS = ("rateLimitExceeded", "userRateLimitExceeded", "quotaExceeded")
SCOPE_REASONS = ("insufficientPermissions", "ACCESS_TOKEN_SCOPE_INSUFFICIENT")


def _http_error(
    status: int,
    content: bytes | str | None,
    headers: Mapping[str, str],
    what: str,
    clock: Callable[[], datetime],
) -> ProviderError:
    message, reasons = _google_reason(content)
    wait = retry_after(headers.get("retry-after"), clock())
    if status == 429 or (status == 403 and set(reasons) & set(RATE_REASONS)):
        return Unreachable(Said("google-slow-down"), wait)
    if status >= 500:
        return Unreachable(Said("google-server-problem", status=status), wait)
    if status == 401:
        return NeedsSignIn(SIGN_IN_AGAIN)
    if status == 403 and set(reasons) & set(SCOPE_REASONS):
        return NeedsSignIn(Said("google-scope", what=what))
    reason = message or f"error {status}"
    return Rejected(Said("google-refused", what=what, said=reason.rstrip(".")))


def _google_reason(content: bytes | str | None) -> tuple[str, list[str]]:
    """Google's own sentence from an error body, and the machine reasons beside it."""
    if not content:
        return "", []
    try:
        text = content.decode("utf-8") if isinstance(content, bytes) else content
        data = json.loads(text)
        error = data["error"]
        if isinstance(error, str):  # the OAuth form: {"error": "...", "error_description"}
            return str(data.get("error_description") or error), [error]
        reasons = [str(e.get("reason", "")) for e in error.get("errors", [])]
        reasons += [str(d.get("reason", "")) for d in error.get("details", []) if d.get("reason")]
        return str(error.get("message", "")).strip(), reasons
    except (ValueError, KeyError, TypeError, AttributeError):
        return "", []


def _reason(error: BaseException) -> str:
    if isinstance(error, TimeoutError):
        return "no answer in time"
    if isinstance(error, ConnectionRefusedError):
        return "connection refused"
    import ssl

    if isinstance(error, ssl.SSLError):
        return "the secure connection failed"
    text = str(error).strip() or type(error).__name__
    return text.splitlines()[0][:120]


def _sign_in_error(error: BaseException) -> ProviderError:
    if isinstance(error, ProviderError):
        return error
    import requests

    if isinstance(error, requests.RequestException):
        return Unreachable(Said("google-sign-in-unreachable", reason=_reason(error)))
    description = getattr(error, "description", "") or str(error)
    return Rejected(Said("google-sign-in-refused", said=str(description).rstrip(".")))


# --- small helpers ----------------------------------------------------------------------------


def _body_for(reply: AutoReply) -> str:
    """Gmail's one text: for colleagues when only they get it, else for everyone else
    (the internal text when no separate external one is given)."""
    return reply.internal if reply.audience is Audience.INTERNAL else reply.external_sent


def _as_stored(reply: AutoReply) -> AutoReply:
    """``reply`` as Gmail holds it: one text in both places."""
    body = _body_for(reply)
    return replace(reply, internal=body, external=body)


def _epoch_ms(moment: datetime) -> int:
    return int(moment.timestamp() * 1000)


def _from_epoch_ms(value: Any) -> datetime | None:
    if value in (None, "", "0", 0):
        return None
    try:
        return datetime.fromtimestamp(int(value) / 1000, UTC)
    except (TypeError, ValueError, OverflowError, OSError):
        return None


def _parse_expiry(value: str) -> datetime:
    try:
        moment = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return datetime.min.replace(tzinfo=UTC)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _padded(text: str) -> str:
    return text + "=" * (-len(text) % 4)


def _decoded(value: str) -> str:
    """A header as people read it: RFC 2047 encoded words decoded, folding removed."""
    from email.header import decode_header, make_header

    try:
        text = str(make_header(decode_header(value)))
    except (ValueError, LookupError):
        text = value
    return one_line(text)


def _read_client_file(value: str) -> dict[str, Any]:
    path = Path(value).expanduser()
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise Rejected(Said("client-file-missing", path=str(path))) from None
    except (OSError, UnicodeDecodeError) as error:
        reason = getattr(error, "strerror", None) or "not a text file"
        raise Rejected(Said("client-file-unreadable", path=str(path), reason=reason)) from None
    try:
        data = json.loads(text)
    except ValueError:
        data = None
    if not isinstance(data, dict):
        raise Rejected(Said("client-file-wrong", path=str(path)))
    if "installed" not in data:
        if "web" in data:
            what = "the file of a 'Web application' OAuth client"
        elif data.get("type") == "authorized_user":
            what = "a sign-in token, not an OAuth client file"
        elif data.get("type") == "service_account":
            what = "a service account key, not an OAuth client file"
        else:
            what = "not an OAuth client file"
        raise Rejected(Said("client-file-kind", path=str(path), what=what))
    installed = data["installed"]
    missing = [
        k
        for k in ("client_id", "client_secret", "auth_uri", "token_uri")
        if not isinstance(installed, dict) or not installed.get(k)
    ]
    if missing:
        raise Rejected(Said("client-file-lacks", path=str(path), keys=", ".join(missing)))
    return {"installed": dict(installed)}


def _read_token_file(value: str, client: Mapping[str, Any]) -> dict[str, Any]:
    path = Path(value).expanduser()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise Rejected(Said("token-file-missing", path=str(path))) from None
    except (OSError, UnicodeDecodeError) as error:
        reason = getattr(error, "strerror", None) or "not a text file"
        raise Rejected(Said("token-file-unreadable", path=str(path), reason=reason)) from None
    except ValueError:
        data = None
    if not isinstance(data, dict) or not data.get("refresh_token"):
        raise Rejected(Said("token-file-wrong", path=str(path)))
    installed = client["installed"]
    if data.get("client_id") and data["client_id"] != installed["client_id"]:
        raise Rejected(Said("token-file-client", path=str(path)))
    token = {k: v for k, v in data.items() if k != "type"}
    for key in ("client_id", "client_secret", "token_uri"):
        token.setdefault(key, installed[key])
    return token
