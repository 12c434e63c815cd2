"""The ``imap`` provider: any mailbox with IMAP, ManageSieve and SMTP submission.

Fastmail, mailbox.org, Posteo, universities and self-hosted Dovecot servers keep the
out-of-office reply as a Sieve script (RFC 5230 vacation) managed over ManageSieve
(RFC 5804). Boundary writes one script of its own, ``boundary``:

- the reply is a ``vacation`` action, with the away period as ``currentdate`` bounds, so the
  server starts and stops replying on time with the laptop closed;
- colleagues are told apart by the domain of the sender's address (the account's own
  domain unless set otherwise): they get the message for colleagues, everyone else the
  external one (or nothing, for a colleagues-only reply);
- ManageSieve keeps one script active. When the person already has one, Boundary's script
  runs it through ``include`` (RFC 6609) and names it, so clearing the reply makes exactly
  that script active again. A server without include is refused, never overwritten.
- When that script has its own ``vacation`` (or a ``reject``/``ereject``/``discard``),
  Boundary runs an adapted copy of it (``boundary-filters``, see imap_sieve_own) before the
  reply, so one reply goes out and what the person's rules drop gets none; the person's
  script is never written to. While Boundary's reply is off, that ``vacation`` is what
  ``read_auto_reply`` reports: a reply set elsewhere.
- No reply to spam, mailing lists or automatic mail; colleagues include subdomains.
- What the server allows (script size, number of scripts; see imap_limits) is asked before
  anything changes, and a refusal is said in words; the same words for everyone are
  carried once. Cyrus IMAP has no Sieve ``global`` but shares variables with the scripts
  it includes, so there the copy's note is not declared.
- SMTP is optional (``smtp = "off"``): without it the account cannot forward (its
  capabilities say so), and the reply works as ever.

New mail is read over IMAP (read-only, nothing marked read; ``unread`` is the message's lack
of \\Seen); forwards and new messages (``send_mail``) go out through SMTP submission, with a
copy in the Sent folder. imaplib, smtplib, ssl and email are imported
only when used; sievelib only to read a script back.
"""

from __future__ import annotations

import contextlib
import ipaddress
import logging
import re
import threading
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any, ClassVar

from boundary_app.providers.base import (
    BOUNCE_STATUS,
    AutoReply,
    Capability,
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
    one_line,
    reply_state,
)
from boundary_app.providers.secrets import PendingSecrets, SecretStore

if TYPE_CHECKING:
    import imaplib
    import smtplib
    import ssl

    from boundary_app.providers.imap_limits import Put, Room
    from boundary_app.providers.imap_managesieve import ManageSieve
    from boundary_app.providers.imap_sieve import ParsedScript

log = logging.getLogger(__name__)

SECURITY = ("ssl", "starttls", "plain-loopback")
SAME = "same"
"""SMTP's security: the same as IMAP's."""
IMAP_PORTS = {"ssl": 993, "starttls": 143, "plain-loopback": 143}
SMTP_PORTS = {"ssl": 465, "starttls": 587, "plain-loopback": 587}
SIEVE_PORT = 4190
#: At most this many of the newest messages since the last check are looked at.
MAX_SCAN = 500
#: Added when SMTP cannot be reached but IMAP and ManageSieve can.
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def is_loopback(host: str, resolve: Callable[[str], list[str]] | None = None) -> bool:
    """Whether ``host`` is this computer: an address in 127.0.0.0/8 or ::1, or a name that
    resolves to such addresses only.

    A name is asked of the system's resolver (``resolve`` in tests): ``localhost`` in the
    hosts file answers at once, and a name that does not resolve, or that resolves to any
    other address, is not trusted (``*.localhost`` is not taken on its word).
    """
    host = host.strip()
    host = host[1:-1] if host.startswith("[") and host.endswith("]") else host
    if _loopback_address(host):
        return True
    try:
        ipaddress.ip_address(host)
        return False  # an address, and not this computer's
    except ValueError:
        pass
    addresses = (resolve or _addresses)(host)
    return bool(addresses) and all(_loopback_address(a) for a in addresses)


def _loopback_address(text: str) -> bool:
    try:
        address = ipaddress.ip_address(text.split("%", 1)[0])
    except ValueError:
        return False
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped.is_loopback
    return address.is_loopback


def _addresses(host: str) -> list[str]:
    """The addresses the system's resolver gives for ``host`` (none when it gives none)."""
    import socket

    try:
        found = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except (OSError, UnicodeError, ValueError):
        return []
    return [str(info[4][0]) for info in found]


@dataclass(frozen=True)
class ImapSettings:
    email: str
    username: str
    security: str
    imap_host: str
    imap_port: int
    sieve_host: str
    sieve_port: int
    smtp_host: str
    smtp_port: int
    internal_domain: str
    smtp_security: str = ""
    """How SMTP is encrypted: the IMAP server's ``security`` unless the host says otherwise
    (IMAP on 993 with ssl and SMTP on 587 with starttls is common)."""
    smtp: bool = True
    """False for a server without SMTP submission: no forwarding from this account."""

    @classmethod
    def of(cls, settings: Mapping[str, Any]) -> ImapSettings:
        """The account's settings with every default filled in (a hand-edited profile may
        leave some out)."""
        email = str(settings.get("email", "")).strip()
        security = str(settings.get("security") or "ssl")
        imap_host = str(settings.get("imap_host", "")).strip()
        smtp_security = str(settings.get("smtp_security") or SAME)
        smtp_security = security if smtp_security == SAME else smtp_security
        return cls(
            email=email,
            username=str(settings.get("username") or email),
            security=security,
            imap_host=imap_host,
            imap_port=int(settings.get("imap_port") or IMAP_PORTS.get(security, 993)),
            sieve_host=str(settings.get("sieve_host") or imap_host),
            sieve_port=int(settings.get("sieve_port") or SIEVE_PORT),
            smtp_host=str(settings.get("smtp_host") or imap_host),
            smtp_port=int(settings.get("smtp_port") or SMTP_PORTS.get(smtp_security, 465)),
            internal_domain=str(
                settings.get("internal_domain") or email.rpartition("@")[2]
            ).lower(),
            smtp=str(settings.get("smtp") or "on") != "off",
            smtp_security=smtp_security,
        )

    @property
    def hosts(self) -> tuple[str, ...]:
        """The servers the account talks to (no SMTP server when it has none)."""
        if not self.smtp:
            return (self.imap_host, self.sieve_host)
        return (self.imap_host, self.sieve_host, self.smtp_host)


class ImapProvider(MailProvider):
    kind = "imap"
    display_name = "IMAP (ManageSieve)"
    capabilities = frozenset(
        {
            Capability.AUTO_REPLY,
            Capability.SCHEDULED_REPLY,
            Capability.AUDIENCE_INTERNAL,
            Capability.SUBJECT_PER_AUDIENCE,
            Capability.LIST_MAIL,
            Capability.FORWARD,
            Capability.SEND_MAIL,
            Capability.FORWARD_RULE,
            Capability.SCHEDULED_FORWARD,
        }
    )
    settings_fields: ClassVar[tuple[SettingField, ...]] = (
        SettingField("email", "Email address", FieldKind.EMAIL, required=True),
        SettingField(
            "username",
            "User name",
            required=True,
            help="The name you sign in with; often your email address.",
        ),
        SettingField("password", "Password", FieldKind.SECRET, required=True),
        SettingField(
            "security",
            "Security",
            FieldKind.CHOICE,
            default="ssl",
            choices=SECURITY,
            help=(
                "ssl: encrypted from the start (ports 993 and 465); starttls: switched to "
                "encryption (ports 143 and 587); plain-loopback: unencrypted, only for a "
                "server on this computer."
            ),
        ),
        SettingField("imap_host", "IMAP server", FieldKind.HOST, required=True),
        SettingField(
            "imap_port", "IMAP port", FieldKind.PORT, help="993 with ssl, 143 with starttls."
        ),
        SettingField(
            "sieve_host",
            "ManageSieve server",
            FieldKind.HOST,
            help="Where the server keeps filters and the auto-reply; the IMAP server if empty.",
        ),
        SettingField("sieve_port", "ManageSieve port", FieldKind.PORT, default=str(SIEVE_PORT)),
        SettingField(
            "smtp",
            "Sending (SMTP)",
            FieldKind.CHOICE,
            default="on",
            choices=("on", "off"),
            help=(
                "off: your mail server has no SMTP submission service; the auto-reply still "
                "works, but mail cannot be forwarded to your backup."
            ),
        ),
        SettingField(
            "smtp_host",
            "SMTP server",
            FieldKind.HOST,
            help="For forwarding mail to your backup; the IMAP server if empty.",
        ),
        SettingField(
            "smtp_security",
            "SMTP security",
            FieldKind.CHOICE,
            default=SAME,
            choices=(SAME, *SECURITY),
            help="same: as for IMAP; the mail host's instructions say when sending differs.",
        ),
        SettingField(
            "smtp_port", "SMTP port", FieldKind.PORT, help="465 with ssl, 587 with starttls."
        ),
        SettingField(
            "internal_domain",
            "Colleagues' domain",
            FieldKind.HOST,
            help=(
                "Senders whose address ends in this domain get the message for colleagues; "
                "the domain of your email address if empty."
            ),
        ),
    )
    libraries = ("sievelib",)
    _implementation: str | None = None
    """The ManageSieve server's IMPLEMENTATION, once a session has told it."""

    # --- setting an account up ------------------------------------------------------------

    @classmethod
    def configure(
        cls, name: str, values: Mapping[str, str], secrets: SecretStore
    ) -> dict[str, Any]:
        entered = {key: str(value).strip() for key, value in values.items()}
        security = entered.get("security") or "ssl"
        sending = entered.get("smtp") != "off"
        if not sending:  # no SMTP server: nothing of one is kept
            entered["smtp_host"] = entered["smtp_port"] = ""
        if security in SECURITY:
            host = entered.get("imap_host", "")
            entered["imap_port"] = entered.get("imap_port") or str(IMAP_PORTS[security])
            entered["sieve_host"] = entered.get("sieve_host") or host
            if sending:
                sending_security = entered.get("smtp_security") or SAME
                sending_security = security if sending_security == SAME else sending_security
                default_port = SMTP_PORTS.get(sending_security, SMTP_PORTS[security])
                entered["smtp_port"] = entered.get("smtp_port") or str(default_port)
                entered["smtp_host"] = entered.get("smtp_host") or host
        email = entered.get("email", "")
        if is_email(email):
            entered["internal_domain"] = (
                entered.get("internal_domain") or email.rpartition("@")[2]
            ).lower()
        # Nothing reaches the keyring unless every value is right.
        pending = PendingSecrets(secrets, name, {})
        settings = super().configure(name, entered, pending)
        if settings.get("smtp_security") == SAME:
            del settings["smtp_security"]  # the default: the profile stays as it was
        if security == "plain-loopback":
            remote = [h for h in ImapSettings.of(settings).hosts if not is_loopback(h)]
            if remote:
                raise Rejected(Said("plain-remote", host=remote[0]))
        pending.commit()
        if settings.get("smtp") == "on":
            del settings["smtp"]  # the default: the profile of a usual account is unchanged
        return settings

    @classmethod
    def account_capabilities(cls, settings: Mapping[str, Any]) -> frozenset[Capability]:
        found = super().account_capabilities(settings)
        if not ImapSettings.of(settings).smtp:  # nothing to send mail with
            return found - {Capability.FORWARD, Capability.SEND_MAIL}
        return found

    @property
    def settings(self) -> ImapSettings:
        return ImapSettings.of(self.account.settings)

    def _password(self) -> str:
        password = self.secret("password")
        if not password:
            raise NeedsSignIn(Said("no-password", account=self.account.name))
        return password

    def _tls(self, security: str = "") -> ssl.SSLContext | None:
        """The TLS context (certificates verified), or None for plain text to loopback;
        ``security`` is SMTP's when it differs from IMAP's."""
        s = self.settings
        hosts = (s.smtp_host,) if security else s.hosts
        security = security or s.security
        if security == "plain-loopback":
            for host in hosts:
                if not is_loopback(host):
                    raise Rejected(Said("plain-refused", host=host))
            return None
        if security not in SECURITY:
            raise Rejected(Said("security-choice", choices=", ".join(SECURITY), value=security))
        import ssl

        return ssl.create_default_context()

    # --- errors ---------------------------------------------------------------------------

    @contextlib.contextmanager
    def _network(self, service: str, host: str, port: int) -> Iterator[None]:
        """Turn what the network and TLS raise into the contract's errors, in words."""
        import ssl

        where = {"service": service, "host": host}
        try:
            yield
        except ProviderError:
            raise
        except ssl.SSLCertVerificationError as error:
            reason = error.verify_message or "not trusted"
            raise Unreachable(Said("certificate", **where, reason=reason)) from error
        except ssl.SSLError as error:
            reason = error.reason or "TLS failed"
            raise Unreachable(Said("tls", **where, reason=reason)) from error
        except ConnectionRefusedError as error:
            raise Unreachable(Said("refused", **where, port=port)) from error
        except TimeoutError as error:
            seconds = f"{self.context.timeout:g}"
            raise Unreachable(Said("server-timeout", **where, seconds=seconds)) from error
        except OSError as error:
            import socket

            if isinstance(error, socket.gaierror):
                raise Unreachable(Said("not-found", **where)) from error
            reason = error.strerror or type(error).__name__
            raise Unreachable(Said("unreachable", **where, reason=reason)) from error

    # --- IMAP -----------------------------------------------------------------------------

    @contextlib.contextmanager
    def _imap(self) -> Iterator[imaplib.IMAP4]:
        import imaplib

        s = self.settings
        tls = self._tls()
        password = self._password()
        timeout = self.context.timeout
        with self._network("IMAP", s.imap_host, s.imap_port):
            conn: imaplib.IMAP4
            try:
                if s.security == "ssl":
                    conn = imaplib.IMAP4_SSL(
                        s.imap_host, s.imap_port, ssl_context=tls, timeout=timeout
                    )
                else:
                    conn = imaplib.IMAP4(s.imap_host, s.imap_port, timeout=timeout)
            except imaplib.IMAP4.error as error:
                raise Unreachable(
                    Said("not-a-mail-server", service="IMAP", host=s.imap_host)
                ) from error
            try:
                if tls is not None and s.security == "starttls":
                    try:
                        conn.starttls(ssl_context=tls)
                    except imaplib.IMAP4.abort:
                        raise
                    except imaplib.IMAP4.error as error:
                        raise Rejected(
                            Said("no-starttls", service="IMAP", host=s.imap_host)
                        ) from error
                try:
                    if "AUTH=PLAIN" in conn.capabilities:
                        token = f"\0{s.username}\0{password}".encode()
                        conn.authenticate("PLAIN", lambda _challenge: token)
                    else:
                        conn.login(s.username, password)
                except imaplib.IMAP4.abort as error:
                    raise Unreachable(Said("closed-signing-in", host=s.imap_host)) from error
                except imaplib.IMAP4.error as error:
                    raise NeedsSignIn(
                        Said("wrong-password", service="IMAP", host=s.imap_host, user=s.username)
                    ) from error
                yield conn
            except imaplib.IMAP4.abort as error:
                raise Unreachable(Said("closed", service="IMAP", host=s.imap_host)) from error
            except imaplib.IMAP4.error as error:
                said = _said(error)
                raise Rejected(
                    Said("server-refused", service="IMAP", host=s.imap_host, said=said)
                ) from error
            finally:
                with contextlib.suppress(Exception):
                    conn.logout()

    def _examine_inbox(self, conn: imaplib.IMAP4) -> None:
        status, data = conn.select("INBOX", readonly=True)  # EXAMINE: nothing marked read
        if status != "OK":
            raise Rejected(Said("inbox-closed", said=_said(data)))

    def list_mail(self, since: datetime, limit: int) -> list[MailSummary]:
        if limit <= 0:
            return []
        with self._imap() as conn:
            self._examine_inbox(conn)
            # SINCE compares dates only, in the server's time zone: ask a day early and
            # filter by the exact arrival time below.
            day = (since.astimezone(UTC) - timedelta(days=1)).date()
            criterion = f"{day.day}-{_MONTHS[day.month - 1]}-{day.year}"
            status, data = conn.uid("SEARCH", "SINCE", criterion)
            if status != "OK":
                raise Rejected(Said("search-refused", said=_said(data)))
            uids = [u.decode() for u in (data[0] or b"").split()][-MAX_SCAN:]
            if not uids:
                return []
            status, data = conn.uid("FETCH", ",".join(uids), "(UID INTERNALDATE FLAGS)")
            arrived: list[tuple[datetime, str]] = []
            unread: dict[str, bool | None] = {}
            for meta, _body in _fetch_records(data):
                uid, moment = _uid(meta), _internaldate(meta)
                if uid and moment is not None and moment > since:
                    arrived.append((moment, uid))
                    unread[uid] = _unread(meta)
            arrived.sort(reverse=True)
            chosen = arrived[:limit]
            if not chosen:
                return []
            status, data = conn.uid(
                "FETCH",
                ",".join(uid for _, uid in chosen),
                "(UID BODY.PEEK[HEADER.FIELDS (FROM SUBJECT)])",
            )
            headers = {_uid(meta): body for meta, body in _fetch_records(data)}
        return [
            replace(self._summary(uid, moment, headers.get(uid, b"")), unread=unread.get(uid))
            for moment, uid in chosen
            if uid in headers
        ]

    def forward_bounced(self, since: datetime) -> datetime | None:
        """The newest message in INBOX whose text carries ``BOUNCE_STATUS`` (a non-delivery
        report's ``Status: 5.7.520``) that arrived at or after ``since``: the server searches
        (``SEARCH SINCE <day> BODY "5.7.520"``); only the matches' arrival times are fetched."""
        with self._imap() as conn:
            self._examine_inbox(conn)
            # SINCE compares dates only, in the server's time zone: a day early, then the
            # exact arrival time (INTERNALDATE) of what matched.
            day = (since.astimezone(UTC) - timedelta(days=1)).date()
            criterion = f"{day.day}-{_MONTHS[day.month - 1]}-{day.year}"
            status, data = conn.uid("SEARCH", "SINCE", criterion, "BODY", f'"{BOUNCE_STATUS}"')
            if status != "OK":
                raise Rejected(Said("search-refused", said=_said(data)))
            uids = [u.decode() for u in (data[0] or b"").split()][-MAX_SCAN:]
            if not uids:
                return None
            status, data = conn.uid("FETCH", ",".join(uids), "(UID INTERNALDATE)")
        arrived = [_internaldate(meta) for meta, _body in _fetch_records(data)]
        return max((m for m in arrived if m is not None and m >= since), default=None)

    def _summary(self, uid: str, received: datetime, header: bytes) -> MailSummary:
        from email import policy
        from email.parser import BytesHeaderParser

        message = BytesHeaderParser(policy=policy.default).parsebytes(header)
        return MailSummary(
            id=uid,
            sender=_header_text(message, "From"),
            subject=_header_text(message, "Subject"),
            received=received,
            link="",
            account=self.account.name,
        )

    # --- forwarding -----------------------------------------------------------------------

    def forward(self, message_id: str, to: str, note: str) -> None:
        if not self.settings.smtp:
            raise Rejected(Said("forward-no-smtp", account=self.account.name))
        if not message_id.isdigit():
            raise Rejected(Said("not-a-message", value=message_id))
        if not is_email(to):
            raise Rejected(Said("not-an-address", value=to))
        with self._imap() as conn:
            self._examine_inbox(conn)
            status, data = conn.uid("FETCH", message_id, "(UID BODY.PEEK[])")
            original = next((body for _meta, body in _fetch_records(data) if body), None)
            if status != "OK" or original is None:
                raise Rejected(Said("message-gone-inbox"))
            message = self._forward_message(original, to, note)
            self._send(message, to)
            sent = _sent_folder(conn)
            if sent is not None:
                import imaplib

                moment = imaplib.Time2Internaldate(self.context.clock())
                try:
                    conn.append(sent, r"(\Seen)", moment, message.as_bytes())
                except imaplib.IMAP4.error as error:  # sent already; only the copy is missing
                    log.warning("The forward was sent but not copied to %s: %s", sent, error)

    def send_mail(self, to: str, subject: str, text: str) -> None:
        from email.message import EmailMessage
        from email.utils import format_datetime, make_msgid

        if not is_email(to):
            raise Rejected(Said("not-an-address", value=to))
        s = self.settings
        if not s.smtp:
            raise Rejected(Said("send-no-smtp", account=self.account.name))
        message = EmailMessage()
        message["From"] = s.email
        message["To"] = to
        message["Subject"] = subject
        message["Date"] = format_datetime(self.context.clock().astimezone(UTC))
        message["Message-ID"] = make_msgid(domain=s.email.rpartition("@")[2] or None)
        message.set_content(text.rstrip("\n") + "\n")
        self._send(message, to)
        self._keep_sent(message)

    def _keep_sent(self, message: Any) -> None:
        """A copy in the Sent folder, as a mail program keeps one; sent anyway if it fails."""
        import imaplib

        try:
            with self._imap() as conn:
                sent = _sent_folder(conn)
                if sent is not None:
                    moment = imaplib.Time2Internaldate(self.context.clock())
                    conn.append(sent, r"(\Seen)", moment, message.as_bytes())
        except (ProviderError, imaplib.IMAP4.error, OSError) as error:
            log.warning("The message was sent but not copied to Sent: %s", error)

    def _forward_message(self, original: bytes, to: str, note: str) -> Any:
        from email import message_from_bytes, policy
        from email.message import EmailMessage
        from email.utils import format_datetime, make_msgid

        s = self.settings
        attached = message_from_bytes(original, policy=policy.default)
        # A stranger's subject may carry encoded line breaks; a header of ours cannot.
        subject = _header_text(attached, "Subject")
        message = EmailMessage()
        message["From"] = s.email
        message["To"] = to
        message["Subject"] = f"Fwd: {subject}" if subject else "Fwd: a message"
        message["Date"] = format_datetime(self.context.clock().astimezone(UTC))
        message["Message-ID"] = make_msgid(domain=s.email.rpartition("@")[2] or None)
        message.set_content(note.strip() + "\n" if note.strip() else "(forwarded message)\n")
        message.add_attachment(attached)  # message/rfc822, the original as it arrived
        return message

    @contextlib.contextmanager
    def _smtp(self) -> Iterator[smtplib.SMTP]:
        import smtplib

        s = self.settings
        tls = self._tls(s.smtp_security)
        password = self._password()
        timeout = self.context.timeout
        with self._network("SMTP", s.smtp_host, s.smtp_port):
            smtp: smtplib.SMTP
            try:
                if s.smtp_security == "ssl":
                    smtp = smtplib.SMTP_SSL(s.smtp_host, s.smtp_port, timeout=timeout, context=tls)
                else:
                    smtp = smtplib.SMTP(s.smtp_host, s.smtp_port, timeout=timeout)
            except smtplib.SMTPException as error:
                raise Unreachable(
                    Said("not-a-mail-server", service="SMTP", host=s.smtp_host)
                ) from error
            try:
                smtp.ehlo()
                if tls is not None and s.smtp_security == "starttls":
                    if not smtp.has_extn("starttls"):
                        raise Rejected(Said("no-starttls", service="SMTP", host=s.smtp_host))
                    smtp.starttls(context=tls)
                    smtp.ehlo()
                if smtp.has_extn("auth"):
                    try:
                        smtp.login(s.username, password)
                    except smtplib.SMTPAuthenticationError as error:
                        raise NeedsSignIn(
                            Said(
                                "wrong-password", service="SMTP", host=s.smtp_host, user=s.username
                            )
                        ) from error
                yield smtp
            except smtplib.SMTPServerDisconnected as error:
                raise Unreachable(Said("closed", service="SMTP", host=s.smtp_host)) from error
            except smtplib.SMTPResponseException as error:
                said = _said(error.smtp_error)
                if 400 <= error.smtp_code < 500:
                    raise Unreachable(
                        Said("try-later", service="SMTP", host=s.smtp_host, said=said)
                    ) from error
                raise Rejected(
                    Said("server-refused", service="SMTP", host=s.smtp_host, said=said)
                ) from error
            except smtplib.SMTPRecipientsRefused as error:
                said = "; ".join(_said(m) for _c, m in error.recipients.values())
                raise Rejected(
                    Said("server-refused", service="SMTP", host=s.smtp_host, said=said)
                ) from error
            except smtplib.SMTPException as error:
                raise Rejected(
                    Said("server-refused", service="SMTP", host=s.smtp_host, said=str(error))
                ) from error
            finally:
                with contextlib.suppress(Exception):
                    smtp.quit()

    def _send(self, message: Any, to: str) -> None:
        with self._smtp() as smtp:
            smtp.send_message(message, from_addr=self.settings.email, to_addrs=[to])

    # --- the auto-reply (ManageSieve) -----------------------------------------------------

    @contextlib.contextmanager
    def _sieve(self) -> Iterator[ManageSieve]:
        from boundary_app.providers.imap_managesieve import (
            ManageSieve,
            SieveAuthError,
            SieveNo,
            SieveNoTLS,
            SieveProtocolError,
        )

        s = self.settings
        tls = self._tls()
        password = self._password()
        client = ManageSieve(s.sieve_host, s.sieve_port, timeout=self.context.timeout, tls=tls)
        with self._network("ManageSieve", s.sieve_host, s.sieve_port):
            try:
                try:
                    client.connect()
                    self._implementation = client.capabilities.get("IMPLEMENTATION", "")
                except SieveNoTLS as error:
                    raise Rejected(Said("sieve-no-starttls", host=s.sieve_host)) from error
                try:
                    client.login(s.username, password)
                except SieveAuthError as error:
                    raise NeedsSignIn(
                        Said(
                            "wrong-password",
                            service="ManageSieve",
                            host=s.sieve_host,
                            user=s.username,
                        )
                    ) from error
                yield client
            except SieveProtocolError as error:
                raise Unreachable(
                    Said(
                        "closed-because", service="ManageSieve", host=s.sieve_host, said=str(error)
                    )
                ) from error
            except SieveNo as error:
                if error.code.upper().startswith("TRYLATER"):
                    raise Unreachable(
                        Said("try-later", service="ManageSieve", host=s.sieve_host, said=str(error))
                    ) from error
                raise Rejected(
                    Said("sieve-refused", command=error.command, said=_said(error))
                ) from error
            finally:
                client.close()

    def read_auto_reply(self) -> AutoReply:
        """Boundary's reply when its script is active; else a reply the person's own active
        script sends (a ``vacation`` set in webmail: a reply set elsewhere); else off."""
        from boundary_app.providers.imap_sieve import (
            SCRIPT_NAME,
            ScriptUnreadable,
            is_ours,
            parse_script,
        )
        from boundary_app.providers.imap_sieve_own import their_reply

        with self._sieve() as sieve:
            active, _names = sieve.list_scripts()
            if active is None:
                return AutoReply.off()
            text = sieve.get_script(active)
        if active != SCRIPT_NAME:
            return their_reply(text) or AutoReply.off()
        if not is_ours(text):
            return AutoReply.off()  # someone else's "boundary": left alone, never taken over
        try:
            return parse_script(text).reply
        except ScriptUnreadable:
            # Edited into something unreadable: on, but not what Boundary wrote (drift).
            return AutoReply(enabled=True, subject="(changed outside Boundary)")

    def write_auto_reply(self, reply: AutoReply) -> None:
        if not reply.enabled:
            self.clear_auto_reply()
            return
        check_sendable(reply)
        with self._script() as (sieve, current):
            self._put_ours(sieve, reply, current.forward if current else None)

    def _put_ours(self, sieve: ManageSieve, reply: AutoReply, forward: ForwardRule | None) -> None:
        """Write Boundary's script with ``reply`` and ``forward`` (at least one on) and make
        it the active one; the person's own script keeps running (included, or through an
        adapted copy) and is never written to."""
        from boundary_app.providers.imap_sieve import SCRIPT_NAME
        from boundary_app.providers.imap_sieve_own import COPY_NAME

        active, names = sieve.list_scripts()
        plan = self._plan(sieve, reply, active, names, forward)
        _put_all(sieve, plan)
        if active != SCRIPT_NAME:
            sieve.set_active(SCRIPT_NAME)
        if plan.stale_copy:
            sieve.delete_script(COPY_NAME)  # a copy of ours no longer run

    @contextlib.contextmanager
    def _script(self) -> Iterator[tuple[ManageSieve, ParsedScript | None]]:
        """A ManageSieve session, and what Boundary's active script holds (None when it is not
        active, or not readable). The reply and the forwarding share the script, so one change
        at a time per account: a pass pushes both at once."""
        from boundary_app.providers.imap_sieve import (
            SCRIPT_NAME,
            ScriptUnreadable,
            is_ours,
            parse_script,
        )

        with _script_lock(self.account.name), self._sieve() as sieve:
            active, _names = sieve.list_scripts()
            current: ParsedScript | None = None
            if active == SCRIPT_NAME:
                text = sieve.get_script(SCRIPT_NAME)
                if is_ours(text):
                    with contextlib.suppress(ScriptUnreadable):
                        current = parse_script(text)
            yield sieve, current

    # --- cover: forwarding to the backup (redirect :copy in Boundary's script) --------------

    def read_forward(self) -> ForwardRule:
        """The forwarding in Boundary's active script; a ``redirect`` in the person's own
        script is theirs: not reported, never touched."""
        from boundary_app.providers.imap_sieve import (
            SCRIPT_NAME,
            ScriptUnreadable,
            is_ours,
            parse_script,
        )

        with self._sieve() as sieve:
            active, _names = sieve.list_scripts()
            if active != SCRIPT_NAME:
                return ForwardRule.off()
            text = sieve.get_script(active)
        if not is_ours(text):
            return ForwardRule.off()
        try:
            return parse_script(text).forward
        except ScriptUnreadable:
            return ForwardRule(True, "(changed outside Boundary)")

    def write_forward(self, rule: ForwardRule) -> None:
        if not rule.enabled:
            self.clear_forward()
            return
        check_forwardable(rule)
        with self._script() as (sieve, current):
            self._put_ours(sieve, current.reply if current else AutoReply.off(), rule)

    def clear_forward(self) -> None:
        with self._script() as (sieve, current):
            if current is not None and current.reply.enabled:
                self._put_ours(sieve, current.reply, None)
            else:
                self._remove_ours(sieve)

    def _plan(
        self,
        sieve: ManageSieve,
        reply: AutoReply,
        active: str | None,
        names: list[str],
        forward: ForwardRule | None = None,
    ) -> _Plan:
        """The scripts to put for ``reply``, after every check that needs no change:
        foreign scripts of our names, the Sieve extensions, ``global``."""
        from boundary_app.providers.imap_limits import Put, Room
        from boundary_app.providers.imap_sieve import SCRIPT_NAME, build_script, needed_extensions
        from boundary_app.providers.imap_sieve_own import COPY_NAME, adapted_copy, clashes

        if not _ours_or_absent(sieve, names, SCRIPT_NAME):
            raise _foreign(SCRIPT_NAME)
        theirs = _their_script(sieve, active, names)
        text = sieve.get_script(theirs) if theirs is not None else None
        adapted = theirs is not None and text is not None and clashes(text)
        copy_ours = _ours_or_absent(sieve, names, COPY_NAME)
        if adapted and not copy_ours:
            raise _foreign(COPY_NAME)
        needed = needed_extensions(reply, theirs, adapted=adapted, forward=forward)
        self._check_extensions(sieve, needed, theirs)
        s = self.settings
        mine = (reply, s.email, s.internal_domain)
        puts: list[Put] = []
        if adapted and theirs is not None and text is not None:
            declare = _declare_global(sieve, theirs)
            copy = adapted_copy(text, theirs, declare_global=declare)
            puts.append(Put(COPY_NAME, copy, COPY_NAME not in names))
            script = build_script(
                *mine, COPY_NAME, copy_of=theirs, declare_global=declare, forward=forward
            )
        else:
            script = build_script(*mine, theirs, forward=forward)
        puts.append(Put(SCRIPT_NAME, script, SCRIPT_NAME not in names))
        ours = {SCRIPT_NAME, *([COPY_NAME] if copy_ours else [])}
        deletable = [n for n in names if n not in ours and n not in (active, theirs)]
        stale = not adapted and COPY_NAME in names and copy_ours and theirs != COPY_NAME
        forwards = forward is not None and forward.enabled
        return _Plan(puts, Room(reply, theirs, deletable), stale, forwards)

    @staticmethod
    def _check_extensions(sieve: ManageSieve, needed: list[str], theirs: str | None) -> None:
        missing = sorted(set(needed) - sieve.extensions)
        if theirs is not None and ("include" in missing or "variables" in missing):
            extension = "include" if "include" in missing else "variables"
            raise Rejected(Said("sieve-beside-theirs", theirs=theirs, extension=extension))
        if "copy" in missing:
            raise Rejected(Said("sieve-no-copy"))
        if missing:
            raise Rejected(Said("sieve-lacks", extensions=", ".join(missing)))

    def clear_auto_reply(self) -> None:
        with self._script() as (sieve, current):
            if current is not None and current.forward.enabled:
                self._put_ours(sieve, AutoReply.off(), current.forward)
            else:
                self._remove_ours(sieve)

    @staticmethod
    def _remove_ours(sieve: ManageSieve) -> None:
        """Delete Boundary's script (and its adapted copy), making the person's own script
        active again as it was."""
        from boundary_app.providers.imap_sieve import SCRIPT_NAME, is_ours
        from boundary_app.providers.imap_sieve_own import COPY_NAME

        active, names = sieve.list_scripts()
        if SCRIPT_NAME in names:
            text = sieve.get_script(SCRIPT_NAME)
            if is_ours(text):
                if active == SCRIPT_NAME:
                    previous = _included(text)
                    active = previous if previous in names else None
                    sieve.set_active(active or "")
                sieve.delete_script(SCRIPT_NAME)
        # The adapted copy goes with it (unless someone made it their active script).
        copy = COPY_NAME in names and active != COPY_NAME
        if copy and is_ours(sieve.get_script(COPY_NAME)):
            sieve.delete_script(COPY_NAME)

    # --- checking an account --------------------------------------------------------------

    def test_connection(self) -> str:
        """Sign in to IMAP, ManageSieve and SMTP (unless the account has none); say how
        each went, how the reply stands and how often one sender gets it."""
        from boundary_app.providers.imap_limits import interval_words

        sending = self.settings.smtp
        services = ["IMAP", "ManageSieve", *(["SMTP"] if sending else [])]
        worked: list[str] = []
        failure: ProviderError | None = None
        reply: AutoReply | None = None
        for service in services:
            try:
                if service == "IMAP":
                    with self._imap() as conn:
                        self._examine_inbox(conn)
                elif service == "ManageSieve":
                    reply = self.read_auto_reply()
                else:
                    with self._smtp():
                        pass
            except ProviderError as error:
                failure = failure or error
                continue
            worked.append(service)
        if failure is not None:
            raise type(failure)(_failed_test(failure, worked))
        assert reply is not None
        words: list[str] = [Said("connected-to", services=services), reply_state(reply)]
        words.append(interval_words(self._implementation or ""))
        if not sending:
            words.append(Said("no-smtp"))
        return Said.joined(*words)

    def reply_interval(self) -> timedelta:
        """How often one sender gets the reply at most on this server (imap_limits)."""
        from boundary_app.providers.imap_limits import reply_interval

        if self._implementation is None:
            with self._sieve():
                pass
        return reply_interval(self._implementation or "")


# --- helpers ------------------------------------------------------------------------------


def _failed_test(failure: ProviderError, worked: list[str]) -> Said:
    """A test's first failure, and which services worked besides."""
    notes = [Said("worked", services=list(worked))] if worked else []
    if worked == ["IMAP", "ManageSieve"] and isinstance(failure, Unreachable):
        notes.append(Said("no-smtp-hint"))
    return Said.joined(failure.said or str(failure), *notes)


def _said(value: object) -> str:
    """A server's own words, as one line of text."""
    if isinstance(value, (list, tuple)):
        value = b" ".join(v for v in value if isinstance(v, bytes)) or " ".join(map(str, value))
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    text = " ".join(str(value).split())
    return text or "no reason given"


def _header_text(message: Any, name: str) -> str:
    """A header of a stranger's message as one line of text ("" when absent).

    Encoded words are decoded; line breaks and control characters they carry (a subject of
    ``=?utf-8?q?a=0D=0Ab?=``) become spaces. A header too broken for the email package's
    parser (an address whose name holds a line break) is decoded word by word instead.
    """
    try:
        return one_line(str(message.get(name, "") or ""))
    except (ValueError, IndexError, LookupError):
        from email.header import decode_header, make_header

        raw = next((str(v) for k, v in message.raw_items() if k.lower() == name.lower()), "")
        try:
            return one_line(str(make_header(decode_header(raw))))
        except (ValueError, LookupError):
            return one_line(raw)


def _included(script: str) -> str | None:
    """The person's script an earlier version of ours restores: named on its
    ``# Restores:`` line, else by its include (read without parsing when it does not parse,
    so even a damaged script gives the person's script back)."""
    from boundary_app.providers.imap_sieve import ScriptUnreadable, parse_script, restored_name

    named = restored_name(script)
    if named is not None:
        return named
    try:
        return parse_script(script).include
    except ScriptUnreadable:
        match = re.search(r'^include\b[^"\n]*"((?:[^"\\]|\\.)*)"\s*;', script, re.MULTILINE)
        return re.sub(r"\\(.)", r"\1", match.group(1)) if match else None


def _their_script(sieve: ManageSieve, active: str | None, names: list[str]) -> str | None:
    """The person's own script to keep running beside the reply: the active one, or the
    one our active script already runs (and restores)."""
    from boundary_app.providers.imap_sieve import SCRIPT_NAME

    if active is not None and active != SCRIPT_NAME:
        return active
    if active == SCRIPT_NAME:
        previous = _included(sieve.get_script(SCRIPT_NAME))
        return previous if previous in names else None
    return None


def _ours_or_absent(sieve: ManageSieve, names: list[str], name: str) -> bool:
    from boundary_app.providers.imap_sieve import is_ours

    return name not in names or is_ours(sieve.get_script(name))


def _foreign(name: str) -> Rejected:
    return Rejected(Said("sieve-foreign", name=name))


@dataclass(frozen=True)
class _Plan:
    puts: list[Put]
    room: Room
    stale_copy: bool
    """Whether a copy of ours is left over from an earlier reply and goes."""
    forwards: bool = False
    """Whether Boundary's script sends mail on to the backup (some servers forbid it)."""


def _put_all(sieve: ManageSieve, plan: _Plan) -> None:
    """Put every script of the plan, after asking whether each fits (HAVESPACE) and is
    valid (CHECKSCRIPT), so a refusal leaves the account as it was. A script of ours made
    just now for a reply that then does not fit is taken away again."""
    from boundary_app.providers.imap_limits import fit, refusal
    from boundary_app.providers.imap_managesieve import SieveNo

    fit(sieve, plan.puts, plan.room)
    if "VERSION" in sieve.capabilities:  # CHECKSCRIPT came with RFC 5804's VERSION
        for put in plan.puts:
            sieve.check_script(put.text)
    done: list[Put] = []
    for put in plan.puts:
        try:
            sieve.put_script(put.name, put.text)
        except SieveNo as error:
            for made in (d for d in done if d.new):
                with contextlib.suppress(SieveNo):
                    sieve.delete_script(made.name)
            refused = refusal(error, put, plan.puts, plan.room)
            if refused is not None:
                raise refused from error
            if plan.forwards and not error.code.upper().startswith("TRYLATER"):
                raise Rejected(Said("sieve-no-redirect", said=_said(error))) from error
            raise
        done.append(put)


def _declare_global(sieve: ManageSieve, theirs: str) -> bool:
    """Whether the copy's note is declared ``global`` (RFC 6609): where the server knows
    it. Cyrus does not (up to 3.6 at least), but shares every variable with the scripts it
    includes, so there the note needs no declaration. Any other server without it is
    refused: the reply could not tell what the person's rules drop."""
    from boundary_app.providers.imap_limits import is_cyrus
    from boundary_app.providers.imap_managesieve import SieveNo
    from boundary_app.providers.imap_sieve_own import DROPPED

    if "VERSION" not in sieve.capabilities:  # no CHECKSCRIPT to ask with: as the RFC says
        return True
    try:
        sieve.check_script(f'require ["include", "variables"];\nglobal "{DROPPED}";\n')
    except SieveNo:
        if is_cyrus(sieve):
            return False
        raise Rejected(
            f"Your own mail filters ('{theirs}') are switched on, and this server cannot run "
            "a second script beside them (it lacks Sieve 'global'), so Boundary will not "
            "replace them; set the reply in webmail instead."
        ) from None
    return True


_SCRIPT_LOCKS: dict[str, threading.Lock] = {}
_LOCKS_LOCK = threading.Lock()


def _script_lock(account: str) -> threading.Lock:
    """One change of an account's script at a time in this process (the reply and the
    forwarding are pushed at once and share the script); other processes are kept out by
    the service's writer lock."""
    with _LOCKS_LOCK:
        return _SCRIPT_LOCKS.setdefault(account, threading.Lock())


def _fetch_records(data: list[Any]) -> list[tuple[bytes, bytes]]:
    """imaplib's FETCH answer as (everything but the literal, the literal) per message."""
    records: list[tuple[bytes, bytes]] = []
    for item in data or []:
        if isinstance(item, tuple):
            records.append((item[0], item[1]))
        elif isinstance(item, bytes):
            if re.match(rb"^\d+ \(", item):
                records.append((item, b""))
            elif records:  # the rest of the previous message's answer (")" or " UID 5)")
                meta, body = records[-1]
                records[-1] = (meta + b" " + item, body)
    return records


def _unread(meta: bytes) -> bool | None:
    """Whether a FETCH answer's FLAGS lack \\Seen; None when it names no flags."""
    match = re.search(rb"\bFLAGS \(([^)]*)\)", meta)
    return None if match is None else b"\\seen" not in match.group(1).lower().split()


def _uid(meta: bytes) -> str:
    match = re.search(rb"\bUID (\d+)", meta)
    return match.group(1).decode() if match else ""


def _internaldate(meta: bytes) -> datetime | None:
    match = re.search(
        rb'INTERNALDATE "\s?(\d{1,2})-(\w{3})-(\d{4}) (\d\d):(\d\d):(\d\d) ([+-])(\d\d)(\d\d)"',
        meta,
    )
    if not match:
        return None
    day, month, year, hour, minute, second, sign, zh, zm = (g.decode() for g in match.groups())
    if month.title() not in _MONTHS:
        return None
    offset = timedelta(hours=int(zh), minutes=int(zm)) * (-1 if sign == "-" else 1)
    local = datetime(
        int(year),
        _MONTHS.index(month.title()) + 1,
        int(day),
        int(hour),
        int(minute),
        int(second),
        tzinfo=UTC,
    )
    return local - offset


def _sent_folder(conn: imaplib.IMAP4) -> str | None:
    """The folder for sent mail: flagged \\Sent (RFC 6154), else one named Sent."""
    status, data = conn.list()
    if status != "OK":
        return None
    named: str | None = None
    for line in data or []:
        if not isinstance(line, bytes):
            continue
        match = re.match(rb'\((?P<flags>[^)]*)\) (?:"(?:[^"\\]|\\.)*"|NIL) (?P<name>.+)$', line)
        if not match:
            continue
        flags = match.group("flags").decode("ascii", "replace").lower().split()
        name = match.group("name").decode("utf-8", "replace").strip()
        if "\\sent" in flags:
            return name
        bare = name.strip('"').rsplit("/", 1)[-1].rsplit(".", 1)[-1].lower()
        if named is None and bare in ("sent", "sent items", "sent messages"):
            named = name
    return named
