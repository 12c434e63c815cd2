"""The ``exchange`` provider: Exchange Server 2016/2019/Subscription Edition through EWS.

exchangelib speaks EWS; it is imported only inside the methods that talk to the server, so
start-up never pays for it. Exchange Online (Microsoft 365) stopped serving EWS to apps like
this one: an account whose server is Exchange Online is refused with advice to add it as
``m365``.

Decisions:
- exchangelib's own retries are off (a fail-fast policy that also keeps the server's
  Retry-After), and every request shares the time the caller allows (half of
  ``context.timeout`` for a read or a write, so a reconcile pass's read and write together
  finish before the reconciler's deadline).
- Times the server sends without a zone are UTC, as the OOF documents say.
- Exchange keeps no subject for automatic replies (it answers "Automatic reply: <their
  subject>"). So that status and drift can compare what was set with what is there, the
  subject is remembered on this computer next to a fingerprint of the reply it belongs to;
  a reply changed elsewhere no longer matches the fingerprint and reads back without it.
"""

from __future__ import annotations

import contextlib
import re
import time
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any, ClassVar
from urllib.parse import urlsplit, urlunsplit

from boundary_app.providers.base import (
    BOUNCE_STATUS,
    COVER_RULE_NAME,
    NOT_FORWARDED_HEADERS,
    Audience,
    AutoReply,
    CalendarEvent,
    Capability,
    ColleagueAway,
    FieldKind,
    ForwardRule,
    MailProvider,
    MailSummary,
    NeedsSignIn,
    ProviderError,
    Rejected,
    Said,
    SettingField,
    Unreachable,
    check_forwardable,
    check_sendable,
    is_email,
    retry_after,
)
from boundary_app.providers.html import from_html, to_html
from boundary_app.providers.secrets import SecretStore

RULE_NAME = COVER_RULE_NAME
"""The display name that marks Boundary's inbox rule; no other rule is read or changed."""

#: Hosts of Exchange Online (worldwide, US government, China), where EWS is going away.
ONLINE_HOSTS = ("outlook.office365.com", "outlook.office.com", "outlook.office365.us")
ONLINE_SUFFIXES = (".outlook.com", ".office365.com", ".office365.us", ".partner.outlook.cn")

USE_M365 = Said("use-m365")

EWS_PATH = "/EWS/Exchange.asmx"

AUDIENCE_TO_EWS = {Audience.INTERNAL: "None", Audience.CONTACTS: "Known", Audience.ALL: "All"}
EWS_TO_AUDIENCE = {value: key for key, value in AUDIENCE_TO_EWS.items()}

#: EWS response codes that mean "not now" rather than "no".
TRANSIENT_CODES = frozenset(
    {
        "ErrorServerBusy",
        "ErrorTimeoutExpired",
        "ErrorInternalServerTransientError",
        "ErrorMailboxStoreUnavailable",
        "ErrorMailboxMoveInProgress",
        "ErrorConnectionFailed",
        "ErrorConnectionFailedTransientError",
        "ErrorTooManyObjectsOpened",
        "ErrorExceededConnectionCount",
        "ErrorADUnavailable",
    }
)


def is_exchange_online(url: str) -> bool:
    """Whether ``url`` (an EWS or autodiscover address) points at Exchange Online."""
    host = (urlsplit(url).hostname or "").lower().rstrip(".")
    return host in ONLINE_HOSTS or host.endswith(ONLINE_SUFFIXES)


def ews_address(url: str) -> str:
    """The EWS endpoint for what a person typed: a bare server gets the usual path."""
    parts = urlsplit(url.strip())
    if parts.path in ("", "/"):
        parts = parts._replace(path=EWS_PATH)
    return urlunsplit(parts)


def owa_link(query_string: str | None, ews_url: str) -> str:
    """A link that opens the item in Outlook on the web, or "" when none can be made."""
    if not query_string:
        return ""
    if query_string.lower().startswith(("https://", "http://")):
        return query_string
    if query_string.startswith("?") and ews_url:
        parts = urlsplit(ews_url)
        return urlunsplit((parts.scheme, parts.netloc, "/owa/", query_string[1:], ""))
    return ""


def _timeout(budget: _Budget) -> Said:
    seconds = max(1, round(budget.seconds))
    if seconds == 1:
        return Said("timeout-one", service="Exchange")
    return Said("timeout", service="Exchange", seconds=seconds)


class _Budget:
    """The time one operation may take, shared by the requests it makes."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.deadline = time.monotonic() + seconds

    def remaining(self) -> float:
        return self.deadline - time.monotonic()


class ExchangeProvider(MailProvider):
    kind = "exchange"
    display_name = "Exchange Server"
    capabilities = frozenset(
        {
            Capability.AUTO_REPLY,
            Capability.SCHEDULED_REPLY,
            Capability.AUDIENCE_CONTACTS,
            Capability.AUDIENCE_INTERNAL,
            Capability.LIST_MAIL,
            Capability.FORWARD,
            Capability.SEND_MAIL,
            Capability.FORWARD_RULE,
            Capability.SCHEDULED_FORWARD,
            Capability.MAIL_TIPS,
            Capability.CALENDAR_EVENT,  # with the calendar feature (exchange_calendar.py)
        }
    )
    feature_settings: ClassVar[Mapping[str, Capability]] = {
        "calendar": Capability.CALENDAR_EVENT  # an account stored before it came: off
    }
    settings_fields: ClassVar[tuple[SettingField, ...]] = (
        SettingField("email", "Email address", FieldKind.EMAIL, required=True),
        SettingField(
            "ews_url",
            "EWS address",
            FieldKind.URL,
            help=(
                "Usually https://mail.example.com/EWS/Exchange.asmx. Leave empty to find it "
                "from the email address (autodiscover)."
            ),
        ),
        SettingField(
            "username",
            "User name",
            required=True,
            help="As you sign in to Outlook on the web: DOMAIN\\name, name@domain or the email.",
        ),
        SettingField(
            "auth",
            "Sign-in method",
            FieldKind.CHOICE,
            default="ntlm",
            choices=("ntlm", "basic", "oauth2"),
            help="NTLM for most Exchange servers; oauth2 when your IT team gives you a token.",
        ),
        SettingField(
            "password",
            "Password or token",
            FieldKind.SECRET,
            required=True,
            help="Your password, or the OAuth 2.0 access token when the sign-in method is oauth2.",
        ),
        SettingField(
            "calendar",
            "Calendar",
            FieldKind.CHOICE,
            default="on",
            choices=("on", "off"),
            help=(
                "on = while you are away, an out-of-office event in your calendar, and a busy "
                "one on focus days."
            ),
        ),
    )
    #: exchangelib, and what this module takes from its dependencies directly.
    libraries = ("exchangelib", "requests", "oauthlib.oauth2")

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._ews: Any = None  # the exchangelib Account, made on first use

    # --- setting an account up ------------------------------------------------------------

    @classmethod
    def configure(
        cls, name: str, values: Mapping[str, str], secrets: SecretStore
    ) -> dict[str, Any]:
        url = values.get("ews_url", "").strip()
        email = values.get("email", "").strip().lower()
        # Before anything is stored: an Exchange Online account must not leave a password behind.
        if url and is_exchange_online(url):
            raise Rejected(USE_M365)
        if not url and email.endswith(".onmicrosoft.com"):
            raise Rejected(USE_M365)
        settings = super().configure(name, values, secrets)
        if "ews_url" in settings:
            settings["ews_url"] = ews_address(str(settings["ews_url"]))
        return settings

    # --- the auto-reply -------------------------------------------------------------------

    def read_auto_reply(self) -> AutoReply:
        with self._talking(self.context.timeout / 2) as budget:
            account = self._account(budget)
            self._allow(account, budget)
            settings = account.oof_settings
        return self.with_kept_subject(self._from_oof(settings))

    def write_auto_reply(self, reply: AutoReply) -> None:
        if not reply.enabled:
            self.clear_auto_reply()
            return
        check_sendable(reply)
        with self._talking(self.context.timeout / 2) as budget:
            oof = self._to_oof(reply)
            account = self._account(budget)
            self._allow(account, budget)
            account.oof_settings = oof
        # Fingerprint the reply as Exchange now holds it (a missing start became "now").
        self.keep_subject(replace(self._from_oof(oof), subject=reply.subject))

    def clear_auto_reply(self) -> None:
        with self._talking(self.context.timeout / 2) as budget:
            from exchangelib import OofSettings

            account = self._account(budget)
            self._allow(account, budget)
            account.oof_settings = OofSettings(state=OofSettings.DISABLED)

    def _to_oof(self, reply: AutoReply) -> Any:
        from exchangelib import UTC as EWS_UTC
        from exchangelib import EWSDateTime, OofSettings

        def moment(value: datetime) -> Any:
            return EWSDateTime.from_datetime(
                value.astimezone(UTC).replace(microsecond=0)
            ).astimezone(EWS_UTC)

        common = {
            "external_audience": AUDIENCE_TO_EWS[reply.audience],
            "internal_reply": to_html(reply.internal),
            "external_reply": to_html(reply.external_sent),
        }
        if reply.end is None:
            return OofSettings(state=OofSettings.ENABLED, **common)
        start = reply.start or self.context.clock()
        if reply.end <= start:
            raise Rejected(Said("end-after-start"))
        if reply.end <= self.context.clock():
            raise Rejected(Said("end-passed"))
        return OofSettings(
            state=OofSettings.SCHEDULED, start=moment(start), end=moment(reply.end), **common
        )

    @staticmethod
    def _from_oof(settings: Any) -> AutoReply:
        state = settings.state
        if state not in ("Enabled", "Scheduled"):
            return AutoReply.off()
        scheduled = state == "Scheduled"

        def moment(value: Any) -> datetime | None:
            if not scheduled or value is None:
                return None
            return datetime.fromtimestamp(value.timestamp(), UTC)

        return AutoReply(
            enabled=True,
            start=moment(settings.start),
            end=moment(settings.end),
            internal=from_html(settings.internal_reply or ""),
            external=from_html(settings.external_reply or ""),
            audience=EWS_TO_AUDIENCE.get(settings.external_audience or "All", Audience.ALL),
        )

    # --- mail -----------------------------------------------------------------------------

    def _inbox_since(self, since: datetime, budget: _Budget) -> tuple[Any, Any]:
        """The connected account's inbox folder, and ``since`` as EWS writes a moment."""
        from exchangelib import EWSDateTime

        account = self._account(budget)
        self._allow(account, budget)
        inbox = account.inbox
        self._allow(account, budget)
        return inbox, EWSDateTime.from_datetime(since.astimezone(UTC))

    def list_mail(self, since: datetime, limit: int) -> list[MailSummary]:
        if limit <= 0:
            return []
        with self._talking(self.context.timeout) as budget:
            inbox, after = self._inbox_since(since, budget)
            query = (
                inbox.filter(datetime_received__gt=after)
                .only(
                    "sender",
                    "subject",
                    "datetime_received",
                    "web_client_read_form_query_string",
                    "is_read",
                )
                .order_by("-datetime_received")
            )
            items = list(query[:limit])
        found: list[MailSummary] = []
        for item in items:
            if isinstance(item, Exception):
                continue
            sender = item.sender
            who = ""
            if sender is not None:
                who = (
                    f"{sender.name} <{sender.email_address}>"
                    if sender.name and sender.email_address
                    else sender.name or sender.email_address or ""
                )
            received = item.datetime_received
            found.append(
                MailSummary(
                    id=item.id,
                    sender=who,
                    subject=item.subject or "",
                    received=datetime.fromtimestamp(received.timestamp(), UTC),
                    link=owa_link(item.web_client_read_form_query_string, self._endpoint()),
                    account=self.account.name,
                    unread=None if item.is_read is None else not item.is_read,
                )
            )
        return found

    def forward(self, message_id: str, to: str, note: str) -> None:
        with self._talking(self.context.timeout) as budget:
            from exchangelib import ItemId, Mailbox

            account = self._account(budget)
            self._allow(account, budget)
            fetched = list(account.fetch(ids=[ItemId(id=message_id)], only_fields=["subject"]))
            item = fetched[0] if fetched else None
            if item is None or isinstance(item, Exception):
                raise item if isinstance(item, Exception) else Rejected(_NOT_FOUND)
            self._allow(account, budget)
            subject = item.subject or ""
            if not subject.lower().startswith(("fw:", "fwd:")):
                subject = f"FW: {subject}".rstrip()
            item.forward(subject=subject, body=note, to_recipients=[Mailbox(email_address=to)])

    def send_mail(self, to: str, subject: str, text: str) -> None:
        if not is_email(to):
            raise Rejected(Said("not-an-address", value=to))
        with self._talking(self.context.timeout) as budget:
            from exchangelib import Mailbox, Message

            account = self._account(budget)
            self._allow(account, budget)
            message = Message(
                account=account,
                subject=subject,
                body=text,
                to_recipients=[Mailbox(email_address=to)],
            )
            message.send(save_copy=True)  # and a copy in Sent Items, as Outlook keeps one

    # --- cover: an inbox rule that redirects to the backup, and mail tips ------------------

    def forward_bounced(self, since: datetime) -> datetime | None:
        """The newest inbox message received at or after ``since`` whose body carries
        ``BOUNCE_STATUS``: one FindItem with a restriction (DateTimeReceived at or after,
        body contains, as a substring), newest first, one item, its arrival time only."""
        with self._talking(self.context.timeout / 2) as budget:
            inbox, after = self._inbox_since(since, budget)
            query = (
                inbox.filter(datetime_received__gte=after, body__contains=BOUNCE_STATUS)
                .only("datetime_received")
                .order_by("-datetime_received")
            )
            items = [i for i in query[:1] if not isinstance(i, Exception)]
        moments = [i.datetime_received for i in items if i.datetime_received is not None]
        return datetime.fromtimestamp(moments[0].timestamp(), UTC) if moments else None

    def read_forward(self) -> ForwardRule:
        """Boundary's inbox rule (named ``RULE_NAME``); the person's rules are not read as it."""
        with self._talking(self.context.timeout / 2) as budget:
            account = self._account(budget)
            self._allow(account, budget)
            rule = self._our_rule(account)
        return ForwardRule.off() if rule is None else _rule_from_ews(rule)

    def write_forward(self, rule: ForwardRule) -> None:
        if not rule.enabled:
            self.clear_forward()
            return
        check_forwardable(rule)
        from exchangelib.services.inbox_rules import CreateInboxRule, SetInboxRule

        with self._talking(self.context.timeout / 2) as budget:
            account = self._account(budget)
            self._allow(account, budget)
            ours = self._our_rule(account)
            wanted = _rule_to_ews(rule, ours.id if ours is not None else None)
            self._allow(account, budget)
            # RemoveOutlookRuleBlob false: the person's Outlook client rules stay.
            service = SetInboxRule if ours is not None else CreateInboxRule
            service(account=account).get(rule=wanted, remove_outlook_rule_blob=False)

    def clear_forward(self) -> None:
        from exchangelib.services.inbox_rules import DeleteInboxRule

        with self._talking(self.context.timeout / 2) as budget:
            account = self._account(budget)
            self._allow(account, budget)
            ours = self._our_rule(account)
            if ours is not None:
                self._allow(account, budget)
                DeleteInboxRule(account=account).get(rule=ours, remove_outlook_rule_blob=False)

    @staticmethod
    def _our_rule(account: Any) -> Any:
        from exchangelib.services.inbox_rules import GetInboxRules

        rules = [r for r in GetInboxRules(account=account).call() if not isinstance(r, Exception)]
        return next((r for r in rules if r is not None and r.display_name == RULE_NAME), None)

    def colleagues_away(self, addresses: Sequence[str]) -> dict[str, ColleagueAway]:
        """EWS GetMailTips (OutOfOfficeMessage) for each address, sent as this mailbox."""
        from exchangelib.properties import Mailbox, SendingAs
        from exchangelib.services import GetMailTips
        from exchangelib.util import create_element

        with self._talking(self.context.timeout) as budget:
            account = self._account(budget)
            self._allow(account, budget)
            # exchangelib writes a plain string as the request's own text; the schema wants it
            # in a MailTipsRequested element (in a list: an element alone tests as false).
            wanted = create_element("m:MailTipsRequested")
            wanted.text = "OutOfOfficeMessage"
            tips = GetMailTips(protocol=account.protocol).call(
                sending_as=SendingAs(email_address=account.primary_smtp_address),
                recipients=[Mailbox(email_address=a) for a in addresses],
                mail_tips_requested=[wanted],
            )
            found = [t for t in tips if not isinstance(t, Exception)]
        by_address = {a.lower(): a for a in addresses}
        answers: dict[str, ColleagueAway] = {}
        for tip in found:
            address = str(getattr(tip.recipient_address, "email_address", "") or "")
            asked = by_address.get(address.lower())
            if asked is not None:
                answers[asked] = _away_from_tip(asked, tip.out_of_office)
        return answers

    # --- the calendar (providers/exchange_calendar.py) ------------------------------------

    def read_calendar(self) -> CalendarEvent:
        from boundary_app.providers import exchange_calendar

        with self._talking(self.context.timeout / 2) as budget:
            return exchange_calendar.read(self._calendar(budget))

    def write_calendar(self, event: CalendarEvent) -> None:
        from boundary_app.providers import exchange_calendar

        with self._talking(self.context.timeout / 2) as budget:
            exchange_calendar.write(self._calendar(budget), event)

    def clear_calendar(self) -> None:
        from boundary_app.providers import exchange_calendar

        with self._talking(self.context.timeout / 2) as budget:
            exchange_calendar.clear(self._calendar(budget))

    def _calendar(self, budget: _Budget) -> Any:
        from boundary_app.providers.exchange_calendar import Ews

        account = self._account(budget)
        return Ews(account, lambda: self._allow(account, budget), self.context.clock())

    # --- connecting -----------------------------------------------------------------------

    def _endpoint(self) -> str:
        return str(self.account.settings.get("ews_url") or self.account.endpoint or "")

    def _account(self, budget: _Budget) -> Any:
        """The exchangelib Account, connected (and the server version known) within budget."""
        if self._ews is not None:
            return self._ews
        from exchangelib import BASIC, DELEGATE, NTLM, OAUTH2, Account, Configuration, Credentials
        from exchangelib import UTC as EWS_UTC

        settings = self.account.settings
        email = str(settings.get("email", ""))
        username = str(settings.get("username", "") or email)
        auth = str(settings.get("auth", "ntlm"))
        secret = self.secret("password")
        if not secret:
            raise NeedsSignIn(Said("exchange-no-password"))
        if auth == "oauth2":
            from exchangelib import OAuth2AuthorizationCodeCredentials
            from oauthlib.oauth2 import OAuth2Token  # type: ignore[import-untyped]

            credentials: Any = OAuth2AuthorizationCodeCredentials(
                access_token=OAuth2Token({"access_token": secret, "token_type": "Bearer"})
            )
        else:
            credentials = Credentials(username, secret)
        auth_type = {"ntlm": NTLM, "basic": BASIC, "oauth2": OAUTH2}.get(auth, NTLM)
        url = self._endpoint()
        if url and is_exchange_online(url):
            raise Rejected(USE_M365)
        config = Configuration(
            credentials=credentials,
            service_endpoint=url or None,
            auth_type=auth_type,
            retry_policy=_fail_fast_policy()(self.context.clock),
        )
        account = Account(
            primary_smtp_address=email,
            credentials=credentials,
            config=config,
            autodiscover=not url,
            access_type=DELEGATE,
            default_timezone=EWS_UTC,  # OOF times come without a zone, in UTC
        )
        if not url and is_exchange_online(str(account.protocol.service_endpoint)):
            raise Rejected(USE_M365)
        self._ews = account
        return account

    @staticmethod
    def _allow(account: Any, budget: _Budget) -> None:
        """Give the next request what is left of the budget (exchangelib's own is 120 s)."""
        left = budget.remaining()
        if left <= 0:
            raise Unreachable(_timeout(budget))
        account.protocol.TIMEOUT = left

    @contextlib.contextmanager
    def _talking(self, seconds: float) -> Iterator[_Budget]:
        """Run requests within a time budget; exchangelib's errors become the contract's."""
        import exchangelib  # noqa: F401 - loading it (about a second, once) is not the server's time

        budget = _Budget(seconds)
        try:
            yield budget
        except ProviderError:
            raise
        except Exception as error:
            translated = self._translate(error, budget)
            if translated is None:
                raise
            raise translated from error

    def _translate(self, error: Exception, budget: _Budget) -> ProviderError | None:
        """The contract's error for what exchangelib (or below it) raised; None: not ours.

        The steps are asked in order; the first that knows the error answers.
        """
        steps = (self._sign_in_error, self._busy_or_offline, self._refusal, self._transport_error)
        for step in steps:
            translated = step(error, budget)
            if translated is not None:
                return translated
        return None

    def _sign_in_error(self, error: Exception, budget: _Budget) -> ProviderError | None:
        """A token or password Exchange does not take."""
        from exchangelib import errors
        from oauthlib.oauth2.rfc6749 import errors as oauth  # type: ignore[import-untyped]

        if isinstance(error, oauth.InsecureTransportError):
            return Rejected(Said("exchange-token-https"))
        if isinstance(error, oauth.OAuth2Error):
            return NeedsSignIn(Said("exchange-token-expired"))
        if isinstance(error, errors.UnauthorizedError):
            if "locked out" in str(error):
                return NeedsSignIn(Said("exchange-locked"))
            if self.account.settings.get("auth") == "oauth2":
                return NeedsSignIn(Said("exchange-token-expired"))
            return NeedsSignIn(Said("exchange-wrong-password"))
        return None

    def _busy_or_offline(self, error: Exception, budget: _Budget) -> ProviderError | None:
        """A server that asks to wait, has a problem of its own, or cannot be reached."""
        import requests.exceptions
        from exchangelib import errors

        if isinstance(error, _HttpStatus):
            if error.status == 429:
                return Unreachable(Said("exchange-busy"), error.retry_after)
            return Unreachable(
                Said("exchange-server-problem", status=error.status),
                error.retry_after,
            )
        if isinstance(error, errors.ErrorServerBusy):
            wait = timedelta(seconds=error.back_off) if error.back_off else None
            return Unreachable(Said("exchange-busy"), wait)
        if isinstance(
            error, errors.ErrorTimeoutExpired | requests.exceptions.RequestException | OSError
        ):
            cause = error.__context__ if isinstance(error, errors.ErrorTimeoutExpired) else error
            if isinstance(cause, requests.exceptions.Timeout | TimeoutError) or (
                isinstance(error, errors.ErrorTimeoutExpired) and cause is None
            ):
                return Unreachable(_timeout(budget))
            return Unreachable(Said("exchange-offline", server=self._server()))
        return None

    def _refusal(self, error: Exception, budget: _Budget) -> ProviderError | None:
        """Exchange's own answer: a redirect, no server found, a refusal, or a garbled reply."""
        from exchangelib import errors

        if isinstance(error, errors.RedirectError):
            return Rejected(Said("exchange-redirect", url=str(error.url)))
        if isinstance(error, errors.AutoDiscoverError):
            return Rejected(Said("exchange-no-autodiscover"))
        if isinstance(error, errors.ResponseMessageError):
            code = type(error).__name__
            reason = str(error).strip() or code
            if code in TRANSIENT_CODES:
                return Unreachable(Said("exchange-not-now", said=reason))
            if code == "ErrorItemNotFound":
                return Rejected(_NOT_FOUND)
            return Rejected(Said("exchange-refused", said=reason))
        if isinstance(error, errors.SOAPError | errors.MalformedResponseError):
            return Unreachable(Said("exchange-unreadable"))
        if isinstance(error, errors.CASError):
            return Unreachable(Said("exchange-front-end", said=str(error.cas_error)))
        return None

    def _transport_error(self, error: Exception, budget: _Budget) -> ProviderError | None:
        """What exchangelib wraps as a TransportError; a reply Exchange cannot take."""
        from exchangelib import errors

        if type(error) is errors.TransportError and isinstance(error.__context__, Exception):
            # exchangelib wraps what went wrong while it asked for the server's version.
            inner = self._translate(error.__context__, budget)
            if inner is not None:
                return inner
        if type(error) is errors.TransportError:
            unknown = _UNKNOWN_CODE.match(str(error))
            if unknown:  # a response code newer than exchangelib: still Exchange's own words
                text = unknown["text"] if unknown["text"] not in ("", "None") else unknown["code"]
                return Rejected(Said("exchange-refused", said=text))
        if isinstance(error, errors.TransportError):
            return Unreachable(Said("exchange-no-talk", server=self._server()))
        if isinstance(error, ValueError):
            return Rejected(Said("exchange-cannot-take", said=str(error)))
        return None

    def _server(self) -> str:
        return urlsplit(self._endpoint()).hostname or "the Exchange server"


def _rule_to_ews(rule: ForwardRule, rule_id: str | None) -> Any:
    """Boundary's inbox rule: redirect to the backup (the original stays in the inbox), within
    the period's dates, except lists, automatic mail, reports and what the backup sent."""
    from exchangelib import UTC as EWS_UTC
    from exchangelib import EWSDateTime
    from exchangelib.properties import Actions, Address, Exceptions, Rule, WithinDateRange

    def moment(value: datetime) -> Any:
        return EWSDateTime.from_datetime(value.astimezone(UTC).replace(microsecond=0)).astimezone(
            EWS_UTC
        )

    conditions = None
    if rule.start is not None or rule.end is not None:
        start = rule.start or datetime(2000, 1, 1, tzinfo=UTC)
        end = rule.end or datetime(9999, 1, 1, tzinfo=UTC)
        dates = WithinDateRange(start_date_time=moment(start), end_date_time=moment(end))
        conditions = _dated_conditions()(within_date_range=dates)
    return Rule(
        id=rule_id,
        display_name=RULE_NAME,
        priority=1,
        is_enabled=True,
        conditions=conditions,
        exceptions=Exceptions(
            contains_header_strings=list(NOT_FORWARDED_HEADERS),
            from_addresses=[Address(email_address=rule.to)],
            is_automatic_forward=True,
            is_automatic_reply=True,
            is_ndr=True,
            is_read_receipt=True,
        ),
        actions=Actions(redirect_to_recipients=[Address(email_address=rule.to)]),
    )


_CONDITIONS: Any = None


def _dated_conditions() -> Any:
    """exchangelib's Conditions, writing ``WithinDateRange`` as the schema has it.

    exchangelib 5 wraps its StartDateTime and EndDateTime in a ``t:DateRange`` element, which
    the EWS schema (RulePredicateDateRangeType) does not have, so Exchange would refuse the
    request; reading them back works as it is.
    """
    global _CONDITIONS
    if _CONDITIONS is None:
        from exchangelib.properties import Conditions
        from exchangelib.util import TNS

        class DatedConditions(Conditions):  # type: ignore[misc]
            def to_xml(self, version: Any) -> Any:
                element = super().to_xml(version=version)
                for outer in element.findall(f"{{{TNS}}}WithinDateRange"):
                    for inner in outer.findall(f"{{{TNS}}}DateRange"):
                        outer.remove(inner)
                        outer.extend(list(inner))
                return element

        _CONDITIONS = DatedConditions
    return _CONDITIONS


def _rule_from_ews(rule: Any) -> ForwardRule:
    actions = rule.actions
    targets = list(getattr(actions, "redirect_to_recipients", None) or []) if actions else []
    to = str(getattr(targets[0], "email_address", "") or "") if targets else ""
    dates = getattr(rule.conditions, "within_date_range", None) if rule.conditions else None

    def moment(value: Any) -> datetime | None:
        return None if value is None else datetime.fromtimestamp(value.timestamp(), UTC)

    start = moment(dates.start_date_time) if dates is not None else None
    end = moment(dates.end_date_time) if dates is not None else None
    return ForwardRule(
        enabled=bool(rule.is_enabled) and len(targets) == 1,
        to=to,
        start=start,
        end=end,
        in_error=bool(rule.is_in_error),
    )


def _away_from_tip(address: str, oof: Any) -> ColleagueAway:
    """A colleague's OutOfOffice mail tip: their reply's text (empty when it is off)."""
    message = from_html(str(getattr(oof, "reply_body", None) or "")) if oof is not None else ""
    if not message.strip():
        return ColleagueAway(address, away=False)

    def moment(value: Any) -> datetime | None:
        return None if value is None else datetime.fromtimestamp(value.timestamp(), UTC)

    return ColleagueAway(address, True, moment(oof.start), moment(oof.end), message)


_UNKNOWN_CODE = re.compile(
    r"Unknown ResponseCode in ResponseMessage: (?P<code>\w+) "
    r"\(MessageText: (?P<text>.*?), MessageXml:",
    re.DOTALL,
)

_NOT_FOUND = Said("message-gone")


class _HttpStatus(Exception):
    """An HTTP answer that is not EWS at all (429, 5xx without SOAP), with the wait it asks."""

    def __init__(self, status: int, retry_after: timedelta | None) -> None:
        super().__init__(f"HTTP {status}")
        self.status = status
        self.retry_after = retry_after


_POLICY: Any = None


def _fail_fast_policy() -> Any:
    """exchangelib's FailFast policy, also keeping Retry-After of 429 and 5xx answers.

    FaultTolerance would wait and retry for up to an hour inside one call; the reconciler
    retries on its own schedule, so every failure comes straight back.
    """
    global _POLICY
    if _POLICY is None:
        from exchangelib.protocol import FailFast
        from exchangelib.util import is_xml

        class BoundaryFailFast(FailFast):  # type: ignore[misc]
            def __init__(self, clock: Any) -> None:
                super().__init__()
                self.clock = clock

            def raise_response_errors(self, response: Any) -> Any:
                status = int(response.status_code)
                soap = status == 500 and response.content and is_xml(response.content)
                if status == 429 or (status >= 500 and not soap):
                    wait = retry_after(response.headers.get("Retry-After"), self.clock())
                    raise _HttpStatus(status, wait)
                return super().raise_response_errors(response)

        _POLICY = BoundaryFailFast
    return _POLICY
