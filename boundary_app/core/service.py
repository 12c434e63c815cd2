"""The one facade both front ends (the ``boundary`` command and the tray app) drive.

It owns the profile, the journal, the provider registry and the reconciler, and turns a
person's request ("away until Monday, Sam covers") into an away period after checking every
part of it. Errors a person can fix are ``InputError`` with one plain sentence.
"""

from __future__ import annotations

import copy
import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from functools import cached_property

from boundary_app.core.checks import CheckKeeper
from boundary_app.core.clock import Clock
from boundary_app.core.journal import AwayPeriod, Journal
from boundary_app.core.language import LANGUAGES, system_language
from boundary_app.core.paths import AppPaths
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
from boundary_app.core.reconciler import AccountResult, Reconciler, desired_reply, from_journal
from boundary_app.core.schedule import FocusDay, next_focus_day
from boundary_app.core.states import NEEDS_ATTENTION, WAITING, AccountStatus, Health, State
from boundary_app.providers.base import (
    Audience,
    AutoReply,
    Capability,
    MailProvider,
    ProviderContext,
    Rejected,
)
from boundary_app.providers.registry import ProviderRegistry, UnknownKind
from boundary_app.providers.secrets import KeyringSecrets, PendingSecrets, SecretStore

log = logging.getLogger(__name__)


class InputError(ValueError):
    """A request that cannot be carried out as asked; ``str()`` says why in one sentence."""


@dataclass(frozen=True)
class AwayRequest:
    """What a person asks for; None means "the default" for each field."""

    until: datetime | None
    start: datetime | None = None
    template: str | None = None
    backups: Sequence[str] | None = None
    reason: str | None = None
    subject: str | None = None
    internal: str | None = None
    external: str | None = None
    audience: Audience | None = None
    accounts: Sequence[str] = field(default_factory=tuple)
    languages: Sequence[str] | None = None
    """The reply's languages, main one first (two for a bilingual reply)."""


@dataclass(frozen=True)
class AccountDraft:
    """An account being added: checked, with its secrets held back until it is saved."""

    account: Account
    provider: MailProvider
    secrets: PendingSecrets


@dataclass(frozen=True)
class Status:
    state: State
    away: AwayPeriod | None
    accounts: list[AccountResult]
    focus: FocusDay | None = None
    """The focus day in progress, else the next one (None without focus days)."""

    @property
    def health(self) -> Health:
        """The worst of the accounts, for the tray icon."""
        states = {a.status for a in self.accounts}
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
    ) -> None:
        self.paths = paths
        self.profile = profile
        self.clock = clock
        self.registry = registry or ProviderRegistry.discover()
        self.secrets: SecretStore = KeyringSecrets()
        self.journal = Journal(paths.journal)
        self.reconciler = Reconciler(
            self.journal,
            lambda: self.profile.accounts,
            self.provider_for,
            clock,
            timeout,
            focus=self.focus_period,
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
        """Open (or create) the profile and journal; the text is a notice for the person."""
        paths.ensure()
        opened: OpenedProfile = open_profile(paths.profile, clock(), timezone)
        return cls(paths, opened.profile, clock, registry, timeout), opened.notice

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
            raise InputError(f"{error} Installed kinds: {kinds}.") from None

    def provider_for(self, account: Account) -> MailProvider:
        try:
            return self.registry.create(account.config(), self.context())
        except UnknownKind as error:
            raise Rejected(str(error)) from error

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
        self.journal.forget_state([a.name for a in profile.accounts])
        self.mark_changed()

    def reload_profile(self) -> str | None:
        """Pick up a profile edited by hand while running.

        An edit that cannot be used is left in place for the person to finish or fix (it is
        not moved aside while they may still be typing); the settings in use stay as they were.
        """
        try:
            profile = load_profile(self.paths.profile)
        except FileNotFoundError:
            return None
        except ProfileError as error:
            return (
                f"Your change to the profile cannot be used ({error}). "
                "Boundary keeps the settings it had until the file is fixed."
            )
        self.profile = profile
        return None

    def draft_account(self, kind: str, name: str, values: Mapping[str, str]) -> AccountDraft:
        """Check what was entered for a new account; nothing is stored until ``add_account``.

        Raises InputError (the name) or Rejected (the provider's word on the settings). The
        draft's provider can ``test_connection()`` and ``sign_in()`` before anything is saved.
        """
        name = name.strip()
        if not name:
            raise InputError("Give the account a name, for example 'Work'.")
        if self.profile.account(name) is not None:
            raise InputError(f"There is already an account called '{name}'.")
        cls = self.provider_class(kind)
        pending = PendingSecrets(self.secrets, name, {})
        account = Account(name, kind, cls.configure(name, values, pending))
        provider = cls(account.config(), replace(self.context(), secrets=pending))
        return AccountDraft(account, provider, pending)

    def add_account(self, draft: AccountDraft) -> None:
        """Keep the draft's secrets in the keyring, then the account in the profile."""
        draft.secrets.commit()
        profile = copy.deepcopy(self.profile)
        profile.accounts.append(draft.account)
        self.save_profile(profile)

    def remove_account(self, name: str) -> Account:
        """Take the account out of the profile and its secrets out of the keyring."""
        account = self.find_account(name)
        profile = copy.deepcopy(self.profile)
        profile.accounts = [a for a in profile.accounts if a.name != account.name]
        self.save_profile(profile)
        try:
            self.registry.load(account.kind).forget(account.name, self.secrets)
        except UnknownKind:
            log.warning("Kind %s is not installed; its secrets stay in the keyring", account.kind)
        return account

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
            names = ", ".join(a.name for a in self.profile.accounts) or "none yet"
            raise InputError(f"There is no account called '{name}' (accounts: {names}).")
        return account

    def mark_changed(self) -> None:
        """Let a running tray app know that state changed (it watches this file)."""
        self.paths.changed_stamp.write_text(self.clock().isoformat(), encoding="utf-8")

    # --- going away and coming back -------------------------------------------------------

    def prepare_away(self, request: AwayRequest) -> AwayPeriod:
        """Check and render ``request``; raises ``InputError``; records nothing."""
        # Templates are read and rendered only when someone goes away, not at start-up.
        from boundary_app.core.render import render_reply

        now = self.clock()
        start = request.start or now
        self._check_dates(start, request.until, now)
        template_id = self._template_id(request.template)
        backups = self._backups(request.backups)
        accounts = self._accounts(request.accounts)
        languages = self._languages(request.languages)
        audience = request.audience or self.profile.preferences.audience
        rendered = render_reply(
            self.profile,
            template_id,
            languages,
            backups=backups,
            until=request.until,
            now=now,
            subject=request.subject,
            internal=request.internal,
            external=request.external,
            reason=request.reason,
        )
        self._check_messages(rendered.internal, rendered.external, audience, accounts)
        return AwayPeriod(
            start=start,
            until=request.until,
            template=template_id,
            subject=rendered.subject,
            internal=rendered.internal,
            external=rendered.external,
            audience=audience,
            accounts=tuple(a.name for a in accounts) if request.accounts else (),
            backups=tuple(b.name for b in backups),
        )

    def _check_dates(self, start: datetime, until: datetime | None, now: datetime) -> None:
        """An end, if any, after now and after the start."""
        from boundary_app.core.render import format_moment

        if until is None:
            return
        tz = self.profile.tz
        if until <= now:
            raise InputError(f"The end ({format_moment(until, tz, now=now)}) is in the past.")
        if until <= start:
            raise InputError(
                f"The end ({format_moment(until, tz, now=now)}) must come after "
                f"the start ({format_moment(start, tz, now=now)})."
            )

    def _template_id(self, asked: str | None) -> str:
        template_id = asked or self.profile.preferences.template
        if template_id not in TEMPLATE_IDS:
            raise InputError(
                f"There is no template '{template_id}'; choose one of {', '.join(TEMPLATE_IDS)}."
            )
        return template_id

    def _languages(self, asked: Sequence[str] | None) -> tuple[str, ...]:
        """The reply's languages, main one first: those asked for, else the profile's."""
        languages = tuple(dict.fromkeys(asked or self.reply_languages()))
        unknown = [lang for lang in languages if lang not in LANGUAGES]
        if unknown:
            raise InputError(
                f"There is no language '{unknown[0]}'; choose from {', '.join(LANGUAGES)}."
            )
        return languages

    def _check_messages(
        self, internal: str, external: str, audience: Audience, accounts: Sequence[Account]
    ) -> None:
        """The messages that will be sent fit every provider; the external one is not sent
        (so not checked) only to colleagues on accounts that can keep it to them."""
        from boundary_app.core.render import check_message

        try:
            check_message(internal, "message for colleagues")
            # Accounts that cannot keep the reply to colleagues send the external one to all.
            if audience is not Audience.INTERNAL or any(
                Capability.AUDIENCE_INTERNAL not in self.capabilities(a) for a in accounts
            ):
                check_message(external, "message for everyone else")
        except ValueError as error:
            raise InputError(str(error)) from None

    def _backups(self, names: Sequence[str] | None) -> list[Backup]:
        roster = self.profile.backups
        if names is None:
            return roster[:1]
        chosen: list[Backup] = []
        for name in names:
            backup = self.profile.backup(name)
            if backup is None:
                known = ", ".join(b.name for b in roster) or "none yet; add them in Settings"
                raise InputError(f"'{name}' is not in your backups roster (backups: {known}).")
            if backup not in chosen:
                chosen.append(backup)
        return chosen

    def _accounts(self, names: Sequence[str]) -> list[Account]:
        chosen: list[Account] = []
        for name in names:
            account = self.profile.account(name)
            if account is None:
                known = ", ".join(a.name for a in self.profile.accounts)
                raise InputError(f"There is no account '{name}' (accounts: {known}).")
            chosen.append(account)
        return chosen or list(self.profile.accounts)

    def go_away(self, period: AwayPeriod) -> AwayPeriod:
        recorded = self.journal.add_away(period, self.clock())
        self.mark_changed()
        log.info("Away period %s recorded (%s until %s)", recorded.id, period.start, period.until)
        return recorded

    def come_back(self) -> bool:
        ended = self.journal.end_away(self.clock())
        self.mark_changed()
        return ended

    def push(
        self, names: Sequence[str] | None = None, *, force: bool = False, retry_now: bool = False
    ) -> list[AccountResult]:
        """A reconcile pass; blocks on the network, so never call it on the GUI thread."""
        results = self.reconciler.run(names, force=force, retry_now=retry_now)
        self.mark_changed()
        return results

    # --- status ---------------------------------------------------------------------------

    def status(self) -> Status:
        """The state as last known: reads the journal only, never the network."""
        now = self.clock()
        away = self.journal.current_away(now)
        period = self.reconciler.period(now)
        accounts = []
        for account in self.profile.accounts:
            try:
                capabilities = self.registry.load(account.kind).capabilities
            except UnknownKind as error:
                off = AutoReply.off()
                accounts.append(
                    AccountResult(
                        account.name, account.kind, off, None, AccountStatus.FAILED, str(error)
                    )
                )
                continue
            desired = desired_reply(period, account.name, capabilities, now)
            accounts.append(from_journal(account, desired, self.journal.state(account.name)))
        state_name = State.AVAILABLE
        if away is not None and away.active_at(now):
            state_name = State.AWAY
        elif away is None and period is not None and period.active_at(now):
            state_name = State.FOCUS
        focus = next_focus_day(self.profile.checks, self.profile.tz, now)
        return Status(state_name, away, accounts, focus)

    # --- focus days -----------------------------------------------------------------------

    def focus_period(self, now: datetime) -> AwayPeriod | None:
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
