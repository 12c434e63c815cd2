"""The one facade both front ends (the ``boundary`` command and the tray app) drive.

It owns the profile, the journal, the provider registry and the reconciler, and turns a
person's request ("away until Monday, Sam covers") into an away period after checking every
part of it. Errors a person can fix are ``InputError`` with one plain sentence.
"""

from __future__ import annotations

import copy
import functools
import json
import logging
from collections.abc import Callable, Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from enum import StrEnum
from functools import cached_property
from typing import TYPE_CHECKING, Any

from boundary_app.core.checks import CheckKeeper
from boundary_app.core.clock import Clock
from boundary_app.core.instance import WriterLock
from boundary_app.core.journal import (
    Journal,
    JournalError,
    JournalReadOnly,
    ReplyPeriod,
    open_journal,
)
from boundary_app.core.language import LANGUAGES, system_language
from boundary_app.core.paths import AppPaths, create_private
from boundary_app.core.profile import (
    TEMPLATE_IDS,
    Account,
    Backup,
    OpenedProfile,
    Profile,
    ProfileError,
    load_profile,
    open_profile,
    save_profile,
)
from boundary_app.core.reconciler import (
    CHANNELS,
    AccountResult,
    ChannelCode,
    ChannelResult,
    Reconciler,
    channel_from_journal,
    desired_reply,
    from_journal,
    reply_key,
    said_of,
)
from boundary_app.core.schedule import FocusDay, next_focus_day
from boundary_app.core.states import (
    NEEDS_ATTENTION,
    WAITING,
    AccountStatus,
    Cover,
    CoverNotice,
    FoundRefusal,
    Health,
    State,
)
from boundary_app.providers.base import (
    Audience,
    AutoReply,
    Capability,
    MailProvider,
    ProviderContext,
    Rejected,
    Said,
    char_name,
    control_character,
    load_libraries,
)
from boundary_app.providers.registry import NotInstalled, ProviderRegistry, UnknownKind
from boundary_app.providers.secrets import KeyringSecrets, PendingSecrets, SecretStore

if TYPE_CHECKING:  # ``requests``: made where used, still importable from here
    from boundary_app.core.cover import BackupState
    from boundary_app.core.journal_records import CoverSwitch, JournalNotice, ReplyTexts
    from boundary_app.core.render import RenderedReply
    from boundary_app.core.requests import AccountDraft as AccountDraft
    from boundary_app.core.requests import AwayRequest as AwayRequest

log = logging.getLogger(__name__)


def __getattr__(name: str) -> Any:
    """``AwayRequest`` and ``AccountDraft`` (``requests``), imported when first asked for."""
    if name in ("AwayRequest", "AccountDraft"):
        from boundary_app.core import requests

        return getattr(requests, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _period_of(reply: AutoReply) -> str:
    """What makes two found replies one away period: start, end and the two texts."""
    tidy = reply.normalized()
    return reply_key(replace(tidy, subject="", external_subject="", audience=Audience.ALL))


WRITER_WAIT = 60.0
"""Seconds to wait for another process's pass before giving up (``WriterBusy``)."""

KEPT_TEMPLATE = "kept"
"""The ``template`` of an away period made from a reply found on an account (``keep_found``)."""


class InputError(ValueError):
    """A request that cannot be carried out as asked; ``str()`` says why in one sentence.

    ``code`` names the rule that refused it (a ``Refusal``, or "" for older ones), and
    ``values`` what a front end needs to word it its own way (``boundary away`` names its
    ``--no-end`` flag); ``--json`` gives the code to scripts.
    """

    def __init__(self, message: str, code: str = "", **values: Any) -> None:
        super().__init__(message)
        self.code = code
        self.values = values


def _not_a_backup(name: str, roster: Sequence[Backup], empty: str) -> InputError:
    """A name that is not in the backups roster; ``empty`` says what an empty roster is."""
    known = ", ".join(b.name for b in roster)
    values: dict[str, Any] = {"name": name, "names": known}
    if not known:
        sentence = "not-a-backup-settings" if "Settings" in empty else "not-a-backup-none"
        values = {"name": name, "sentence": sentence}
    return InputError(
        f"'{name}' is not in your backups roster (backups: {known or empty}).",
        "not-a-backup",
        **values,
    )


class Refusal(StrEnum):
    """Why ``prepare_away`` refused a request: the ``code`` of its ``InputError``."""

    START_TOO_FAR = "start-too-far"
    END_TOO_FAR = "end-too-far"
    NO_LANGUAGE = "no-language"
    TOO_MANY_LANGUAGES = "too-many-languages"
    NO_ACCOUNT = "no-account"
    CANNOT_REPLY = "cannot-reply"
    NO_BACKUP = "no-backup"
    """Forwarding asked for with nobody to forward to (no backup chosen, or none in the
    roster)."""
    CANNOT_FORWARD = "cannot-forward"
    """Forwarding asked for, and no account it covers can keep a forwarding rule."""


class FoundError(ValueError):
    """A found reply cannot be kept or left alone as asked: ``code`` says why (a
    ``FoundRefusal``), ``accounts`` names the accounts concerned. The front ends word it."""

    def __init__(self, code: FoundRefusal, accounts: Sequence[str]) -> None:
        super().__init__(f"{code}: {', '.join(accounts)}")
        self.code = code
        self.accounts = tuple(accounts)


@dataclass(frozen=True)
class Status:
    state: State
    away: ReplyPeriod | None
    accounts: list[AccountResult]
    focus: FocusDay | None = None
    """The focus day in progress, else the next one (None without focus days)."""
    covered: ReplyPeriod | None = None
    """``away`` as it reads now: who covers (``covering``, ``forward_to``) and the reply that
    names them (a stand-in's when the backup chosen first is away)."""

    @property
    def health(self) -> Health:
        """The worst of the accounts and their channels, for the tray icon (a found reply left
        alone is quiet)."""
        states = {a.status for a in self.accounts if not a.left_alone}
        states |= {c.status for a in self.accounts if not a.left_alone for c in a.channels}
        if states & NEEDS_ATTENTION:
            return Health.FAILED
        if states & WAITING:
            return Health.PENDING
        return Health.OK


class Boundary:
    def __init__(
        self,
        paths: AppPaths,
        profile: Profile,
        clock: Clock,
        registry: ProviderRegistry | None = None,
        timeout: float = 30.0,
        journal: Journal | None = None,
    ) -> None:
        self.paths = paths
        self.profile = profile
        self.clock = clock
        self.registry = registry or ProviderRegistry.discover()
        self.secrets: SecretStore = KeyringSecrets()
        self.journal = journal or Journal(paths.journal)
        self.journal_notice: JournalNotice | None = None
        """What the person must be told about the journal (set aside, or read-only)."""
        self.writer = WriterLock(paths.writer_lock, WRITER_WAIT)
        self.reconciler = Reconciler(
            self.journal,
            lambda: self.profile.accounts,
            self.provider_for,
            clock,
            timeout,
            focus=self.focus_period,
            effective=self.effective_period,
        )

    @classmethod
    def open(
        cls,
        paths: AppPaths,
        clock: Clock,
        *,
        timezone: str | None = None,
        registry: ProviderRegistry | None = None,
        timeout: float = 30.0,
    ) -> tuple[Boundary, str | None]:
        """Open (or create) the profile and journal; the text is a notice for the person.

        The journal's notice, a value for the front end to word, is ``journal_notice``.
        Raises ``ProfileError`` or ``JournalError`` when either cannot be used at all.
        """
        paths.ensure()
        opened: OpenedProfile = open_profile(paths.profile, clock(), timezone)
        journal = open_journal(paths.journal, clock())
        service = cls(paths, opened.profile, clock, registry, timeout, journal.journal)
        service.journal_notice = journal.notice
        return service, opened.notice

    def close(self) -> None:
        self.journal.close()

    @cached_property
    def checks(self) -> CheckKeeper:
        """The mail-check habit over this profile's plan and this journal."""

        def away_at(moment: datetime) -> bool:
            period = self.journal.current_away(moment)
            return period is not None and period.active_at(moment)

        return CheckKeeper(
            self.journal, lambda: (self.profile.checks, self.profile.tz), self.clock, away_at
        )

    # --- providers ------------------------------------------------------------------------

    def context(self) -> ProviderContext:
        # A provider's own network timeout is the pass's deadline: a call the reconciler has
        # given up on does not keep a worker thread busy for longer.
        return ProviderContext(
            data_dir=self.paths.data_dir,
            clock=self.clock,
            timeout=self.reconciler.timeout,
            secrets=self.secrets,
        )

    def provider_class(self, kind: str) -> type[MailProvider]:
        try:
            return self.registry.load(kind)
        except UnknownKind as error:
            kinds = ", ".join(self.registry.kinds())
            if isinstance(error, NotInstalled):
                raise InputError(
                    f"{error} Installed kinds: {kinds}.", "unknown-kind", kind=kind, kinds=kinds
                ) from None
            problem = said_of(error)
            raise InputError(
                f"{error} Installed kinds: {kinds}.", "kind-broken", problem=problem, kinds=kinds
            ) from None

    def provider_for(self, account: Account) -> MailProvider:
        try:
            return self.registry.create(account.config(), self.context())
        except UnknownKind as error:
            raise Rejected(said_of(error)) from error

    def kinds(self) -> list[type[MailProvider]]:
        """The installed provider kinds that load (a broken plugin is left out)."""
        return self.registry.load_all()[0]

    def capabilities(self, account: Account) -> frozenset[Capability]:
        """What this account can do (its kind's capabilities, less what its settings leave
        out)."""
        try:
            kind = self.registry.load(account.kind)
            return frozenset(kind.account_capabilities(account.settings))
        except UnknownKind:
            return frozenset()

    # --- the profile ----------------------------------------------------------------------

    def save_profile(self, profile: Profile) -> None:
        save_profile(profile, self.paths.profile)
        self.profile = profile
        if not self.journal.read_only:  # housekeeping; a newer Boundary keeps its own
            self.journal.forget_state([a.name for a in profile.accounts])
        self.mark_changed()

    def reload_profile(self) -> Said | None:
        """Pick up a profile edited by hand while running; a notice (``profile-edit-unusable``,
        English as ``str()``) when the edit cannot be used.

        An edit that cannot be used is left in place for the person to finish or fix (it is
        not moved aside while they may still be typing); the settings in use stay as they were.
        """
        try:
            profile = load_profile(self.paths.profile)
        except FileNotFoundError:
            return None
        except ProfileError as error:
            return Said("profile-edit-unusable", error=error.said)
        self.profile = profile
        return None

    def draft_account(self, kind: str, name: str, values: Mapping[str, str]) -> AccountDraft:
        """Check what was entered for a new account; nothing is stored until ``add_account``.

        Raises InputError (the name) or Rejected (the provider's word on the settings). The
        draft's provider can ``test_connection()`` and ``sign_in()`` before anything is saved.
        """
        name = name.strip()
        if not name:
            raise InputError("Give the account a name, for example 'Work'.", "no-account-name")
        if char := control_character(name, lines=False):
            raise InputError(
                f"The account name holds a control character ({char_name(char)}); remove it.",
                "control-character",
                sentence="name-control-character",
                char=char_name(char),
            )
        if self.profile.account(name) is not None:
            raise InputError(
                f"There is already an account called '{name}'.", "account-exists", name=name
            )
        cls = self.provider_class(kind)
        pending = PendingSecrets(self.secrets, name, {})
        account = Account(name, kind, cls.configure(name, values, pending))
        provider = cls(account.config(), replace(self.context(), secrets=pending))
        from boundary_app.core.requests import AccountDraft

        return AccountDraft(account, provider, pending)

    def add_account(self, draft: AccountDraft) -> None:
        """Keep the draft's secrets in the keyring, then the account in the profile."""
        profile = copy.deepcopy(self.profile)
        profile.accounts.append(draft.account)
        self.save_settings(profile, [draft])

    def remove_account(self, name: str) -> Account:
        """Take the account out of the profile and its secrets out of the keyring."""
        account = self.find_account(name)
        profile = copy.deepcopy(self.profile)
        profile.accounts = [a for a in profile.accounts if a.name != account.name]
        self.save_settings(profile)
        return account

    def save_settings(self, profile: Profile, drafts: Sequence[AccountDraft] = ()) -> list[Account]:
        """Save a changed profile with its accounts' secrets: the one way settings are saved.

        The secrets of the ``drafts`` (accounts added with ``draft_account``) that ``profile``
        holds go into the keyring first; a draft added and taken out again keeps nothing. Then
        the profile is saved, and the secrets of the saved accounts it no longer has are
        forgotten. Returns those removed accounts.

        Raises ``KeyringUnavailable`` before anything is saved when the secrets cannot be kept,
        ``ProfileError`` or ``OSError`` when the profile cannot be written. New or removed
        accounts mean keyring work, which can wait on the person (an unlock prompt): a front
        end with a GUI thread calls this off that thread then (``removed_accounts`` says).
        """
        removed = self.removed_accounts(profile)
        kept = {a.name for a in profile.accounts}
        for draft in drafts:
            if draft.account.name in kept:
                draft.secrets.commit()
        if drafts:
            # What the journal still knows under a new account's name is of an account removed
            # before: the new one is a first contact.
            self.journal.forget_state([a.name for a in self.profile.accounts])
        self.save_profile(profile)
        for account in removed:
            self._forget_secrets(account)
        return removed

    def removed_accounts(self, profile: Profile) -> list[Account]:
        """The saved accounts that ``profile`` no longer has."""
        kept = {a.name for a in profile.accounts}
        return [a for a in self.profile.accounts if a.name not in kept]

    def _forget_secrets(self, account: Account) -> None:
        try:
            kind = self.registry.load(account.kind)
        except UnknownKind:
            log.warning("Kind %s is not installed; its secrets stay in the keyring", account.kind)
            return
        kind.forget(account.name, self.secrets)

    @cached_property
    def system_language(self) -> str:
        """What "follow the system" means for languages; the tray app sets it from Qt."""
        return system_language()

    def reply_languages(self) -> tuple[str, ...]:
        """The languages of the reply by default: the main one, then a second if chosen."""
        return self.profile.preferences.reply_languages(self.system_language)

    def find_account(self, name: str) -> Account:
        account = self.profile.account(name)
        if account is None:
            names = ", ".join(a.name for a in self.profile.accounts)
            if not names:
                raise InputError(
                    f"There is no account called '{name}' (accounts: none yet).",
                    "no-such-account",
                    sentence="no-such-account-none",
                    name=name,
                )
            raise InputError(
                f"There is no account called '{name}' (accounts: {names}).",
                "no-such-account",
                name=name,
                names=names,
            )
        return account

    def mark_changed(self) -> None:
        """Let a running tray app know that state changed (it watches this file)."""
        create_private(self.paths.changed_stamp)
        self.paths.changed_stamp.write_text(self.clock().isoformat(), encoding="utf-8")

    # --- going away and coming back -------------------------------------------------------

    def prepare_away(self, request: AwayRequest) -> ReplyPeriod:
        """Check and render ``request``; raises ``InputError``; records nothing.

        With no backups asked for, the first one in the roster who is available at the start
        covers (``boundary backups``); the reply is also rendered for each stand-in who may
        take over during the period, and for nobody (``ReplyPeriod.variants``).
        """
        now = self.clock()
        start = request.start or now
        self._check_dates(start, request.until, now)
        template_id = self._template_id(request.template)
        backups = self._backups(request.backups, start)
        accounts = self._accounts(request.accounts)
        languages = self._languages(request.languages)
        audience = request.audience or self.profile.preferences.audience
        self._check_cover(request.cover, backups, accounts)

        def rendered_with(named: list[Backup]) -> RenderedReply:
            from boundary_app.core.render import render_reply

            return render_reply(
                self.profile,
                template_id,
                languages,
                backups=named,
                until=request.until,
                now=now,
                subject=request.subject,
                internal=request.internal,
                external=request.external,
                reason=request.reason,
                external_subject=request.external_subject,
                external_reason=request.external_reason,
            )

        rendered = rendered_with(backups)
        self._check_messages(rendered, audience, accounts)
        return ReplyPeriod(
            start=start,
            until=request.until,
            template=template_id,
            subject=rendered.subject,
            internal=rendered.internal,
            external=rendered.external,
            audience=audience,
            accounts=tuple(a.name for a in accounts) if request.accounts else (),
            backups=tuple(b.name for b in backups),
            external_subject=rendered.external_subject,
            request=replace(request, start=start).to_json(),
            cover=request.cover,
            variants=self._variants(backups, rendered_with),
        )

    def request_of(self, period: ReplyPeriod) -> AwayRequest | None:
        """What the person asked for to make ``period`` (to open it again and change it);
        None for a period made otherwise (a reply kept as found, an older journal)."""
        from boundary_app.core.requests import AwayRequest

        return AwayRequest.from_json(period.request)

    def _variants(
        self, chosen: list[Backup], rendered_with: Callable[[list[Backup]], RenderedReply]
    ) -> tuple[ReplyTexts, ...]:
        """The reply for each stand-in who may take over (naming them and those after them,
        as many as were chosen), and for nobody available ("")."""
        from boundary_app.core.cover import candidates, named_while
        from boundary_app.core.journal_records import ReplyTexts

        if not chosen:
            return ()
        names = [b.name for b in chosen]
        others = candidates(names, self.profile.backups)
        variants = []
        for index, backup in enumerate(others[1:], start=1):
            texts = rendered_with(named_while(index, names, others))
            variants.append(ReplyTexts(backup.name, texts.subject, texts.internal, texts.external))
        nobody = rendered_with([])
        variants.append(ReplyTexts("", nobody.subject, nobody.internal, nobody.external))
        return tuple(variants)

    def _check_cover(self, cover: Cover, backups: list[Backup], accounts: list[Account]) -> None:
        """Forwarding needs someone to forward to and an account that can keep the rule."""
        if not cover.forwards:
            return
        if not backups:
            raise InputError(
                "Mail can only be forwarded to a backup, and nobody covers; choose a backup "
                "(add one in Settings → Backups first if the roster is empty).",
                Refusal.NO_BACKUP,
            )
        if not any(Capability.FORWARD_RULE in self.capabilities(a) for a in accounts):
            names = ", ".join(a.name for a in accounts)
            raise InputError(
                f"None of the accounts ({names}) can forward mail to a backup by itself, so "
                "nothing would be forwarded; choose the auto-reply instead.",
                Refusal.CANNOT_FORWARD,
                accounts=[a.name for a in accounts],
                names=names,
            )

    def _check_dates(self, start: datetime, until: datetime | None, now: datetime) -> None:
        """An end, if any, after now and after the start; neither more than two years ahead
        (``timeutil.MAX_YEARS_AHEAD``: "no end" is said as such, not as the year 9999)."""
        from boundary_app.core.render import format_moment
        from boundary_app.core.timeutil import MAX_YEARS_AHEAD, latest_end

        tz = self.profile.tz
        latest = latest_end(now)
        if until is not None and until <= now:
            raise InputError(
                f"The end ({format_moment(until, tz, now=now)}) is in the past.",
                "end-in-past",
                end=until,
            )
        if until is not None and until <= start:
            raise InputError(
                f"The end ({format_moment(until, tz, now=now)}) must come after "
                f"the start ({format_moment(start, tz, now=now)}).",
                "end-before-start",
                end=until,
                start=start,
            )
        for moment, what, code in (
            (start, "start", Refusal.START_TOO_FAR),
            (until, "end", Refusal.END_TOO_FAR),
        ):
            if moment is not None and moment > latest:
                raise InputError(
                    f"The {what} ({format_moment(moment, tz, now=now)}) is more than "
                    f"{MAX_YEARS_AHEAD} years ahead; the latest Boundary takes is "
                    f"{format_moment(latest, tz, now=now)}."
                    + (" For a reply with no end, choose no end date." if what == "end" else ""),
                    code,
                    moment=moment,
                    latest=latest,
                    years=MAX_YEARS_AHEAD,
                )

    def _template_id(self, asked: str | None) -> str:
        template_id = asked or self.profile.preferences.template
        if template_id not in TEMPLATE_IDS:
            choices = ", ".join(TEMPLATE_IDS)
            raise InputError(
                f"There is no template '{template_id}'; choose one of {choices}.",
                "no-such-template",
                template=template_id,
                choices=choices,
            )
        return template_id

    def _languages(self, asked: Sequence[str] | None) -> tuple[str, ...]:
        """The reply's languages, main one first: those asked for, else the profile's."""
        if asked is not None and not asked:
            raise InputError(
                "Choose the reply's language, or two for a bilingual reply.", Refusal.NO_LANGUAGE
            )
        languages = tuple(dict.fromkeys(asked or self.reply_languages()))
        unknown = [lang for lang in languages if lang not in LANGUAGES]
        if unknown:
            choices = ", ".join(LANGUAGES)
            raise InputError(
                f"There is no language '{unknown[0]}'; choose from {choices}.",
                "no-such-language",
                language=unknown[0],
                choices=choices,
            )
        if len(languages) > 2:
            raise InputError(
                f"A reply can be in two languages at most, not {len(languages)} "
                f"({', '.join(languages)}).",
                Refusal.TOO_MANY_LANGUAGES,
                languages=languages,
                count=len(languages),
                names=", ".join(languages),
            )
        return languages

    def _check_messages(
        self, rendered: RenderedReply, audience: Audience, accounts: Sequence[Account]
    ) -> None:
        """The subject and messages that will be sent fit every provider; the external one is
        not sent (so only checked for control characters) only to colleagues on accounts that
        can keep it to them."""
        from boundary_app.core.render import MessageError, check_message, check_subject, check_text

        try:
            check_subject(rendered.subject)
            check_message(rendered.internal, "message for colleagues")
            # Accounts that cannot keep the reply to colleagues send the external one to all.
            if audience is not Audience.INTERNAL or any(
                Capability.AUDIENCE_INTERNAL not in self.capabilities(a) for a in accounts
            ):
                check_message(rendered.external, "message for everyone else")
                if rendered.external_subject:
                    check_subject(rendered.external_subject)
            check_text(rendered.external, "message for everyone else")  # it is stored all the same
            check_text(rendered.external_subject, "subject for everyone else")
        except MessageError as error:
            raise InputError(str(error), error.code, **error.values) from None

    def _backups(self, names: Sequence[str] | None, start: datetime) -> list[Backup]:
        """The backups asked for; by default the first in the roster who is available at
        ``start`` (the first in the roster when nobody is)."""
        roster = self.profile.backups
        if names is None:
            from boundary_app.core.cover import covering_backup

            names_in_order = [b.name for b in roster[:1]]
            first = covering_backup(
                names_in_order, roster, self.journal.tips(), start, self.profile.tz
            )
            return [first] if first is not None else roster[:1]
        chosen: list[Backup] = []
        for name in names:
            backup = self.profile.backup(name)
            if backup is None:
                raise _not_a_backup(name, roster, "none yet; add them in Settings")
            if backup not in chosen:
                chosen.append(backup)
        return chosen

    def _accounts(self, names: Sequence[str]) -> list[Account]:
        """The accounts named (all when none is), each able to take an auto-reply."""
        chosen: list[Account] = []
        for name in names:
            account = self.profile.account(name)
            if account is None:
                known = ", ".join(a.name for a in self.profile.accounts)
                raise InputError(
                    f"There is no account '{name}' (accounts: {known}).",
                    "no-such-account",
                    sentence="no-account-named",
                    name=name,
                    names=known,
                )
            if Capability.AUTO_REPLY not in self.capabilities(account):
                raise InputError(
                    f"{account.name} cannot take an auto-reply, so nothing was set.",
                    Refusal.CANNOT_REPLY,
                    account=account.name,
                )
            chosen.append(account)
        able = [a for a in self.profile.accounts if Capability.AUTO_REPLY in self.capabilities(a)]
        if not (chosen or able):
            raise InputError(
                "There is no account that can take an auto-reply, so nothing was set; "
                "add one first.",
                Refusal.NO_ACCOUNT,
            )
        return chosen or able

    def writing(self) -> AbstractContextManager[None]:
        """Hold the writer lock: one process at a time records an intent and pushes it.

        Waits up to ``WRITER_WAIT`` seconds for another process's pass, then raises
        ``WriterBusy``. ``push`` takes it itself; a front end holds it around "record the
        intent (go away, I'm back, keep, leave) and push it", so the accounts end matching the
        intent recorded last and the pass it reports is the one that pushed its intent.
        """
        return self.writer.hold()

    def go_away(self, period: ReplyPeriod) -> ReplyPeriod:
        """Record ``period``: the accounts it covers are written again, found replies too."""
        now = self.clock()
        recorded = self.journal.add_away(period, now)
        covered = [a.name for a in self.profile.accounts if period.covers(a.name)]
        self.journal.person_acted(covered, now)
        if recorded.id is not None and recorded.backups:
            # Who covers as the person chose: a later change is news, this is not.
            covering = self.effective_period(recorded, max(now, recorded.start)).covering
            self.journal.record_cover(recorded.id, covering or "", now, announced=True)
        self.mark_changed()
        log.info("Away period %s recorded (%s until %s)", recorded.id, period.start, period.until)
        return recorded

    def come_back(self) -> bool:
        """End the away period; every account's reply is cleared, found ones too."""
        now = self.clock()
        ended = self.journal.end_away(now)
        self.journal.person_acted([a.name for a in self.profile.accounts], now)
        self.mark_changed()
        return ended

    def push(
        self, names: Sequence[str] | None = None, *, force: bool = False, retry_now: bool = False
    ) -> list[AccountResult]:
        """A reconcile pass; blocks on the network, so never call it on the GUI thread.

        Not with a journal from a newer Boundary (``JournalReadOnly``): what was sent could
        not be recorded, so nothing is sent. Holds the writer lock (raises ``WriterBusy`` when
        another process keeps it too long).
        """
        if self.journal.read_only:
            raise JournalReadOnly(self.journal.path, self.journal.version)
        with self.writing():
            results = self.reconciler.run(names, force=force, retry_now=retry_now)
            if self._follow_cover():  # who covers changed: the reply and forwarding move
                again = {r.account: r for r in self.reconciler.run(names, retry_now=True)}
                results = [again.get(r.account, r) for r in results]
        self.mark_changed()
        return results

    # --- cover: who covers, and whether the backups are there -----------------------------

    def effective_period(self, period: ReplyPeriod, now: datetime) -> ReplyPeriod:
        """``period`` as it reads at ``now``: who covers then and the reply naming them."""
        from boundary_app.core.cover import effective

        return effective(period, self.profile.backups, self.journal.tips(), now, self.profile.tz)

    def backups(self, now: datetime | None = None) -> list[BackupState]:
        """The roster in order, each with whether they can cover and what says so. From the
        profile and the journal (``check_backups`` asks the servers)."""
        from boundary_app.core.cover import roster_states

        moment = now or self.clock()
        return roster_states(self.profile.backups, self.journal.tips(), moment, self.profile.tz)

    def tip_accounts(self) -> list[Account]:
        """The accounts whose server can say whether a colleague is away (mail tips)."""
        return [a for a in self.profile.accounts if Capability.MAIL_TIPS in self.capabilities(a)]

    def check_backups(self, max_age: timedelta | None = None) -> bool:
        """Ask the accounts that can (mail tips) whether each backup's own auto-reply is on,
        and keep the answers; not again within ``max_age`` of the last ask (one that failed
        counts: an account that is down is not asked at every retry). Blocks on the network
        (up to the deadline): never on the GUI thread. Returns whether an account answered; a
        failure is logged and leaves what was known."""
        from boundary_app.core.parallel import run_parallel

        now = self.clock()
        addresses = [b.email for b in self.profile.backups]
        accounts = self.tip_accounts()
        asked = self.journal.meta("backups_checked")
        if max_age is not None and asked and datetime.fromisoformat(asked) + max_age > now:
            return False
        if not (addresses and accounts):
            return False
        self.journal.set_meta("backups_checked", now.isoformat())
        load_libraries(self.provider_class(a.kind) for a in accounts)  # before their threads
        for account in accounts:
            try:
                provider = self.provider_for(account)
            except Rejected as error:
                log.warning("Could not ask %s about the backups: %s", account.name, error)
                continue
            answers = run_parallel(
                {account.name: functools.partial(provider.colleagues_away, addresses)},
                self.reconciler.timeout,
                label="tips",
            )
            answer = answers[account.name]
            if not isinstance(answer, dict):
                log.warning("Could not ask %s about the backups: %s", account.name, answer)
                continue
            from boundary_app.core.journal_records import BackupTip

            tips = [
                BackupTip(a.address, now, a.away, a.start, a.end, a.message, account.name)
                for a in answer.values()
            ]
            self.journal.save_tips(tips)
            return True
        return False

    def _follow_cover(self) -> bool:
        """After a pass: during an away period (or the day before one), ask about the backups
        at most every ``cover.RECHECK``, and record who covers when that changed (the person
        is told: ``cover_news``); True then, for another pass that moves the reply and the
        forwarding. Asked after the pass, so a pass is never held up by it. Holding the
        writer lock."""
        now = self.clock()
        period = self.journal.current_away(now)
        if period is None or period.id is None or not period.backups:
            return False  # no cover to follow: ``cover`` is not even imported (``status``)
        from boundary_app.core.cover import RECHECK

        if period.start - now <= timedelta(days=1):  # not every hour for weeks ahead
            self.check_backups(RECHECK)
        covering = self.effective_period(period, max(now, period.start)).covering or ""
        if self.journal.covering(period.id) == covering:
            return False
        self.journal.record_cover(period.id, covering, now)
        log.info("Away period %s: now covered by %r", period.id, covering)
        return True

    def cover_news(self) -> list[CoverSwitch]:
        """Changes of who covers the person has not been told of; told now (the tray's
        notification, or a command's output)."""
        if self.journal.read_only:
            return []
        return self.journal.cover_news()

    def bounce_news(
        self, results: Sequence[AccountResult]
    ) -> list[tuple[AccountResult, ChannelResult]]:
        """The forwards in ``results`` that bounced (5.7.520) since the person was last told:
        told now (the journal keeps the newest bounce told per account, so a bounce read back
        at every pass, or again after a restart, is news once). Stops at a journal that cannot
        be written (said elsewhere; the rest is news at the next pass)."""
        from boundary_app.core.channels import bounced

        news: list[tuple[AccountResult, ChannelResult]] = []
        if self.journal.read_only:
            return news
        for result in results:
            for channel in result.channels:
                moment = bounced(channel.actual)
                if channel.code is not ChannelCode.FORWARD_BOUNCED or moment is None:
                    continue
                key = f"bounce_told:{result.account}"
                try:
                    if self.journal.meta(key) == moment.isoformat():
                        continue
                    self.journal.set_meta(key, moment.isoformat())
                except JournalError:
                    return news
                news.append((result, channel))
        return news

    def cover_notices(self, period: ReplyPeriod) -> list[tuple[CoverNotice, dict[str, Any]]]:
        """What to tell the person before going away with ``period``: codes with values
        (``account``, ``backup``, ``email``, ``instead``), for the front ends to word."""
        notices: list[tuple[CoverNotice, dict[str, Any]]] = []
        now = self.clock()
        seen = self.effective_period(period, max(now, period.start))
        if period.backups and seen.covering != period.backups[0]:
            notices.append(
                (CoverNotice.STAND_IN, {"backup": period.backups[0], "instead": seen.covering})
            )
        if not period.cover.forwards:
            return notices
        if not seen.forward_to:
            return [*notices, (CoverNotice.NOBODY_AVAILABLE, {})]
        from boundary_app.core.cover import outside

        for account in self.profile.accounts:
            if not period.covers(account.name):
                continue
            capabilities = self.capabilities(account)
            where = {"account": account.name, "backup": seen.covering, "email": seen.forward_to}
            if Capability.FORWARD_RULE not in capabilities:
                notices.append((CoverNotice.CANNOT_FORWARD, where))
                continue
            if Capability.SCHEDULED_FORWARD not in capabilities or period.until is None:
                notices.append((CoverNotice.APP_SWITCHED, where))
            mine = account.email  # local keeps no mail
            if outside(seen.forward_to, mine):
                notices.append((CoverNotice.OUTSIDE_DOMAIN, where))
        return notices

    def mark_backup(self, name: str, until: date | None) -> Backup:
        """Mark a backup unavailable through ``until`` (a day), or available again (None);
        saved in the profile. Raises ``InputError`` for a name not in the roster."""
        backup = self.profile.backup(name)
        if backup is None:
            raise _not_a_backup(name, self.profile.backups, "none yet")
        profile = copy.deepcopy(self.profile)
        changed = profile.backup(backup.name)
        assert changed is not None
        changed.away_until = until
        self.save_profile(profile)
        return changed

    # --- replies found on first contact ---------------------------------------------------

    def found_replies(self, names: Sequence[str] | None = None) -> dict[str, AutoReply]:
        """The replies set outside Boundary that accounts hold (all, or those named), kept
        hands-off; left-alone ones included. From the journal: no network."""
        found: dict[str, AutoReply] = {}
        for account in self.profile.accounts:
            if names is not None and account.name not in names:
                continue
            state = self.journal.state(account.name)
            if state and state.hands_off and state.status == AccountStatus.FOUND and state.actual:
                reply = AutoReply.from_json(json.loads(state.actual))
                if reply.enabled:
                    found[account.name] = reply
        return found

    def keep_found(self, names: Sequence[str]) -> ReplyPeriod:
        """The reply found on the named accounts becomes the current away period (its texts,
        audience, start and end; open-ended if it has none), covering those accounts.

        Raises ``FoundError``: an account holds no found reply; an away period is current or
        upcoming (keeping would replace it); the accounts hold different replies (start, end
        or texts differ). Raises ``InputError`` for a name that is no account.
        """
        now = self.clock()
        chosen = list(dict.fromkeys(self.find_account(n).name for n in names))
        found = self.found_replies(chosen)
        missing = [n for n in chosen if n not in found]
        if missing:
            raise FoundError(FoundRefusal.NOTHING_FOUND, missing)
        if self.journal.current_away(now) is not None:
            raise FoundError(FoundRefusal.AWAY_PERIOD, chosen)
        replies = [found[n] for n in chosen]
        first = replies[0]
        if any(_period_of(r) != _period_of(first) for r in replies[1:]):
            raise FoundError(FoundRefusal.DIFFERENT, chosen)
        period = ReplyPeriod(
            start=first.start or now,
            until=first.end,
            template=KEPT_TEMPLATE,
            subject=next((r.subject for r in replies if r.subject), ""),
            external_subject=next((r.external_subject for r in replies if r.external_subject), ""),
            internal=first.internal,
            external=first.external,
            audience=first.audience,
            accounts=tuple(chosen),
        )
        return self.go_away(period)

    def leave_found(self, names: Sequence[str]) -> list[str]:
        """Leave the reply found on the named accounts alone: still never written, no longer
        announced, until the person next goes away or comes back. Raises ``FoundError``
        (nothing found) or ``InputError`` (no such account); returns the account names."""
        chosen = list(dict.fromkeys(self.find_account(n).name for n in names))
        found = self.found_replies(chosen)
        missing = [n for n in chosen if n not in found]
        if missing:
            raise FoundError(FoundRefusal.NOTHING_FOUND, missing)
        self.journal.person_acted(chosen, self.clock(), leave=True)
        self.mark_changed()
        return chosen

    # --- status ---------------------------------------------------------------------------

    def status(self) -> Status:
        """The state as last known: reads the journal only, never the network."""
        now = self.clock()
        away = self.journal.current_away(now)
        period = self.reconciler.period(now)
        accounts = []
        for account in self.profile.accounts:
            try:
                kind = self.registry.load(account.kind)
                capabilities = kind.account_capabilities(account.settings)  # features off: out
            except UnknownKind as error:
                off = AutoReply.off()
                accounts.append(
                    AccountResult(
                        account.name, account.kind, off, None, AccountStatus.FAILED, said_of(error)
                    )
                )
                continue
            desired = desired_reply(period, account.name, capabilities, now)
            result = from_journal(account, desired, self.journal.state(account.name))
            channels = tuple(
                channel_from_journal(
                    channel,
                    channel.desired(period, account.name, capabilities, now),
                    self.journal.state(account.name, channel.name),
                )
                for channel in CHANNELS
                if channel.capability in capabilities
            )
            accounts.append(replace(result, channels=channels))
        covered = (
            period if away is not None and period is not None and period.id == away.id else None
        )
        state_name = State.AVAILABLE
        if away is not None and away.active_at(now):
            state_name = State.AWAY
        elif away is None and period is not None and period.active_at(now):
            state_name = State.FOCUS
        focus = next_focus_day(self.profile.checks, self.profile.tz, now)
        return Status(state_name, away, accounts, focus, covered)

    # --- focus days -----------------------------------------------------------------------

    def focus_period(self, now: datetime) -> ReplyPeriod | None:
        """The focus day's reply (the day in progress or the next), or None."""
        if not self.profile.checks.focus_weekdays:
            return None
        from boundary_app.core.focus import focus_period  # renders: only with focus days

        return focus_period(self.profile, now, self.reply_languages())

    def focus_days_between(self, start: datetime, end: datetime) -> list[date]:
        """The focus days that happened (local dates) with their start in [start, end).

        Derived from the plan and the journal's away periods (see ``focus.focus_days_kept``).
        """
        from boundary_app.core.focus import focus_days_kept

        return focus_days_kept(
            self.profile.checks,
            self.profile.tz,
            self.journal.away_periods(),
            start,
            end,
            self.clock(),
        )
