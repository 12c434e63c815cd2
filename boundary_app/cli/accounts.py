"""``boundary accounts list|add|remove|test|sign-in|keep|leave|discover`` and ``providers``.

Passwords and tokens come in on standard input (``--password-stdin``, ``--token-stdin``) or
through a sign-in, never as a flag; ``accounts add KIND`` takes the options the kind's settings
fields name.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from boundary_app.cli.command import Command, Context, Parser, json_parent
from boundary_app.cli.discover import add_discover_parser, run_discover
from boundary_app.cli.output import (
    EXIT_OK,
    Failure,
    Out,
    UsageError,
    away_json,
    exit_for,
    names_text,
    result_json,
)
from boundary_app.cli.words import mark, tr

if TYPE_CHECKING:
    from boundary_app.core.profile import Account
    from boundary_app.core.service import FoundError
    from boundary_app.providers.base import MailProvider, SignInInteraction

T = TypeVar("T")


def accounts_arguments(accounts: argparse.ArgumentParser) -> None:
    json_flag = json_parent()
    actions = accounts.add_subparsers(dest="action", required=True, metavar="ACTION")
    actions.add_parser("list", parents=[json_flag], help=tr("accounts and what they can do"))
    add = actions.add_parser(
        "add",
        help=tr("add an account: accounts add KIND NAME [options] (see accounts add KIND --help)"),
        description=tr(
            "Add an account. Each kind has its own options: 'boundary accounts add KIND --help' "
            "lists them; 'boundary providers' lists the kinds."
        ),
    )
    add.add_argument("kind", metavar="KIND", nargs="?", help=tr("exchange, m365, gmail, imap, …"))
    add.add_argument("options", nargs=argparse.REMAINDER, help=tr("NAME and the kind's options"))
    for action, words in (
        ("remove", tr("remove an account and its saved password")),
        ("test", tr("connect and say how the account's auto-reply stands")),
        ("sign-in", tr("sign in again (accounts that use a browser sign-in)")),
    ):
        one = actions.add_parser(action, parents=[json_flag], help=words, description=words)
        one.add_argument("name", metavar="NAME")
    for action, words, more in (
        (
            "keep",
            tr("keep an auto-reply set outside Boundary as your away period"),
            tr(
                "Keep an auto-reply set outside Boundary as your away period. It runs until the "
                "end it has (or until you say you are back); 'boundary back' clears it."
            ),
        ),
        (
            "leave",
            tr("leave an auto-reply set outside Boundary alone"),
            tr(
                "Leave an auto-reply set outside Boundary alone. Boundary neither changes it "
                "nor mentions it again until you next go away or say you are back."
            ),
        ),
    ):
        one = actions.add_parser(action, parents=[json_flag], help=words, description=more)
        one.add_argument("names", metavar="NAME", nargs="+")
    add_discover_parser(actions, json_flag)


# --- list --------------------------------------------------------------------------------


def run_list(context: Context, args: argparse.Namespace) -> int:
    service = context.service
    rows = [
        {
            "name": a.name,
            "kind": a.kind,
            "capabilities": sorted(service.capabilities(a)),
            "settings": dict(a.settings),
        }
        for a in service.profile.accounts
    ]
    context.out.emit(
        {"accounts": rows},
        [
            f"{Out.name(a.name, a.kind)} ({a.kind}): {', '.join(r['capabilities']) or '—'}"
            for a, r in zip(service.profile.accounts, rows, strict=True)
        ]
        or [tr("No accounts.")],
    )
    return EXIT_OK


# --- add ---------------------------------------------------------------------------------


def kind_parser(cls: type[MailProvider]) -> argparse.ArgumentParser:
    """``boundary accounts add KIND``: the options come from the kind's settings fields."""
    from boundary_app.providers.base import FieldKind

    parser = Parser(
        prog=f"boundary accounts add {cls.kind}",
        description=tr("Add a {kind} account called NAME.").format(
            kind=field_words(cls.display_name)
        ),
    )
    parser.add_argument("name", metavar="NAME", help=tr("what Boundary calls the account"))
    fields = cls.fields()
    built_in = cls.has_built_in_registration()
    secret = next((f for f in fields if f.kind is FieldKind.SECRET), None)
    for spec in fields:
        if spec is secret:
            continue
        words = field_words(spec.help or spec.label)
        if spec.default:
            words += " " + tr("(default: {default})").format(default=spec.default)
        if built_in and spec.registration:
            words += " " + tr("(your organisation's own registration; leave out to use Boundary's)")
        parser.add_argument(
            spec.flag,
            dest=spec.key,
            default="",
            required=spec.required and not spec.default,
            metavar="FILE" if spec.kind is FieldKind.FILE else spec.key.split("_")[-1].upper(),
            choices=spec.choices or None,
            help=words,
        )
    if secret is not None:
        parser.add_argument(
            secret.stdin_flag,
            dest="secret_stdin",
            action="store_true",
            help=tr("read the {secret} from standard input (never give it as a flag)").format(
                secret=field_words(secret.label).lower()
            ),
        )
    if cls.interactive_sign_in:
        parser.add_argument(
            "--no-sign-in",
            action="store_true",
            help=tr("add now, sign in later (accounts sign-in)"),
        )
    parser.add_argument(
        "--no-check", action="store_true", help=tr("add without connecting (for example offline)")
    )
    parser.add_argument("--json", action="store_true", help=tr("print JSON for scripts"))
    return parser


def field_words(text: str) -> str:
    """A provider's words (a setting's label or help, a kind's name or description) in the
    command's language, as the account forms show them (context "AccountFields"); ``--json``
    keeps the provider's English."""
    from boundary_app.translation import translate

    return translate("AccountFields", text)


def _say(text: str) -> None:
    """A sign-in's progress (a provider's ``Said``, worded here) or the command's own line."""
    from boundary_app.wording import sentence

    print(sentence(text), file=sys.stderr, flush=True)


def _open_browser(url: str) -> bool:
    import webbrowser

    _say(tr("Opening your browser to sign in. If it does not open, visit:") + f"\n  {url}")
    return webbrowser.open(url)


def _show_code(url: str, code: str) -> None:
    _say(tr("To sign in, visit {url} and enter the code {code}").format(url=url, code=code))


def terminal_sign_in() -> SignInInteraction:
    """A browser or device-code sign-in from a terminal: words go to standard error."""
    from boundary_app.providers.base import SignInInteraction

    return SignInInteraction(_open_browser, _show_code, _say)


def _provider_call(what: Callable[[], T]) -> T:
    """Run a provider step; its failure ends the command with the provider's sentence."""
    from boundary_app.providers.base import ProviderError
    from boundary_app.providers.secrets import KeyringUnavailable
    from boundary_app.wording import code_of, sentence

    try:
        return what()
    except ProviderError as error:
        code = code_of(error)
        words = sentence(error)
        raise Failure(words, status=error.kind, **({"code": code} if code else {})) from None
    except KeyringUnavailable as error:
        raise Failure(str(error), status="no-keyring") from None


def _settings(cls: type[MailProvider], args: argparse.Namespace) -> dict[str, str]:
    """The entered settings: FILE fields as absolute paths, the secret from standard input."""
    from pathlib import Path

    from boundary_app.providers.base import FieldKind

    values = {f.key: getattr(args, f.key, "") for f in cls.fields()}
    for spec in cls.fields():
        if spec.kind is FieldKind.FILE and values[spec.key]:
            values[spec.key] = str(Path(values[spec.key]).expanduser().resolve())
        if spec.kind is FieldKind.SECRET:
            if not args.secret_stdin:
                if spec.required:
                    raise Failure(
                        tr("Give the {secret} on standard input with {flag}.").format(
                            secret=field_words(spec.label).lower(), flag=spec.stdin_flag
                        )
                    )
                continue
            values[spec.key] = sys.stdin.readline().rstrip("\r\n")
    return values


def run_add(context: Context, args: argparse.Namespace) -> int:
    """``accounts add KIND NAME [options]``: the kind's own parser reads the options."""
    from functools import partial

    from boundary_app.providers.base import Rejected

    service = context.service
    if not args.kind:
        raise UsageError(
            tr(
                "Say which kind of account: {kinds} ('boundary accounts add KIND --help' lists "
                "its options)."
            ).format(kinds=", ".join(service.registry.kinds()))
        )
    cls = service.provider_class(args.kind)
    options = kind_parser(cls).parse_args(args.options)
    values = _settings(cls, options)
    try:
        draft = service.draft_account(cls.kind, options.name, values)
    except Rejected as error:
        code = context.out.code(error)
        raise Failure(context.out.said(error), **({"code": code} if code else {})) from None
    words: str = tr("Added without connecting.")
    if cls.interactive_sign_in and not options.no_sign_in:
        _provider_call(partial(draft.provider.sign_in, terminal_sign_in()))
    if not options.no_check and not (cls.interactive_sign_in and options.no_sign_in):
        words = _provider_call(draft.provider.test_connection)
    _provider_call(partial(service.add_account, draft))
    account = draft.account
    context.out.emit(
        {
            "added": account.name,
            "kind": account.kind,
            "settings": account.settings,
            "check": words,
            "code": context.out.code(words),
        },
        [
            tr("Added {name} ({kind}).").format(
                name=account.name, kind=field_words(cls.display_name)
            )
            + " "
            + context.out.said(words)
        ],
    )
    return EXIT_OK


# --- remove, test, sign-in ---------------------------------------------------------------


def run_remove(context: Context, args: argparse.Namespace) -> int:
    account = context.service.remove_account(args.name)
    context.out.emit({"removed": account.name}, [tr("Removed {name}.").format(name=account.name)])
    return EXIT_OK


def run_test(context: Context, args: argparse.Namespace) -> int:
    """``test`` connects; ``sign-in`` signs in first."""
    from functools import partial

    service = context.service
    account = service.find_account(args.name)
    provider = _provider_call(partial(service.provider_for, account))  # its kind may be gone
    if args.action == "sign-in":
        _provider_call(partial(provider.sign_in, terminal_sign_in()))
    words = _provider_call(provider.test_connection)
    out = context.out
    shown = out.name(account.name, account.kind)
    context.out.emit(
        {"account": account.name, "ok": True, "message": words, "code": out.code(words)},
        [f"{shown}: {out.said(words)}"],
    )
    return EXIT_OK


# --- keep, leave: a reply found on an account, set outside Boundary ----------------------


def _refusal(context: Context, error: FoundError) -> Failure:
    """A keep or leave that cannot be done, in one line."""
    profile = context.service.profile
    names = names_text([_shown(context, name, profile.account(name)) for name in error.accounts])
    if error.code == "nothing-found" and len(error.accounts) == 1:
        reason = tr(
            "{names} holds no auto-reply set outside Boundary ('boundary status' shows which "
            "accounts do)."
        )
    elif error.code == "nothing-found":
        reason = tr(
            "{names} hold no auto-reply set outside Boundary ('boundary status' shows which "
            "accounts do)."
        )
    elif error.code == "away-period":
        reason = tr(
            "You already have an away period, and keeping this reply would replace it. Use "
            "'boundary away' to set one reply everywhere, or leave the reply of {names} alone."
        )
    else:
        reason = tr(
            "{names} hold different auto-replies, and one away period cannot keep them all: "
            "keep one and leave the others alone."
        )
    return Failure(
        reason.format(names=names), status=str(error.code), accounts=list(error.accounts)
    )


def _shown(context: Context, name: str, account: Account | None) -> str:
    """An account's name as the command shows it (the built-in trial's in its language)."""
    return context.out.name(name, account.kind) if account is not None else name


def run_keep(context: Context, args: argparse.Namespace) -> int:
    from boundary_app.core.service import FoundError

    service, out = context.service, context.out
    with service.writing():
        try:
            period = service.keep_found(args.names)
        except FoundError as error:
            raise _refusal(context, error) from None
        results = service.push(list(period.accounts))
    kept = list(period.accounts)
    out.emit(
        {"kept": kept, "away": away_json(period), "results": [result_json(r) for r in results]},
        [
            tr("Kept the auto-reply of {names} as your away period.").format(
                names=names_text([_shown(context, n, service.profile.account(n)) for n in kept])
            ),
            out.describe_away(period),
            *[out.account_line(r) for r in results],
        ],
    )
    return exit_for(results)


def run_leave(context: Context, args: argparse.Namespace) -> int:
    from boundary_app.core.service import FoundError

    service, out = context.service, context.out
    with service.writing():
        try:
            left = service.leave_found(args.names)
        except FoundError as error:
            raise _refusal(context, error) from None
    out.emit(
        {"left_alone": left},
        [
            tr(
                "Left the auto-reply of {names} alone: Boundary does not change it until you "
                "next go away or say you are back."
            ).format(
                names=names_text([_shown(context, n, service.profile.account(n)) for n in left])
            )
        ],
    )
    return EXIT_OK


ACTIONS: dict[str, Callable[[Context, argparse.Namespace], int]] = {
    "list": run_list,
    "add": run_add,
    "remove": run_remove,
    "test": run_test,
    "sign-in": run_test,
    "keep": run_keep,
    "leave": run_leave,
    "discover": run_discover,
}
"""``boundary accounts ACTION``: what runs each action."""


def run_accounts(context: Context, args: argparse.Namespace) -> int:
    return ACTIONS[args.action](context, args)


# --- providers ---------------------------------------------------------------------------


def run_providers(context: Context, args: argparse.Namespace) -> int:
    from boundary_app.providers.registry import ProviderRegistry

    registry = ProviderRegistry.discover()
    loaded, failures = registry.load_all()
    rows = [
        {
            "kind": p.kind,
            "name": p.display_name,
            "description": p.description,
            "capabilities": sorted(c.value for c in p.capabilities),
        }
        for p in loaded
    ]
    lines = [
        f"{r['kind']} — {field_words(str(r['name']))}: {', '.join(r['capabilities'])}"
        + (f"\n    {field_words(str(r['description']))}" if r["description"] else "")
        for r in rows
    ]
    lines += [
        tr("{kind} — could not be loaded: {reason}").format(kind=f.kind, reason=f.reason)
        for f in failures
    ]
    context.out.emit(
        {"providers": rows, "failed": [{"kind": f.kind, "reason": f.reason} for f in failures]},
        lines,
    )
    return EXIT_OK


ACCOUNTS = Command(
    "accounts",
    help=mark(
        "list, add, test or remove mail accounts; keep or leave a reply set elsewhere; "
        "find an address's settings"
    ),
    description=mark("Mail accounts. Passwords and tokens are kept in the system keyring only."),
    json_flag=False,
    add_arguments=accounts_arguments,
    run=run_accounts,
)
PROVIDERS = Command(
    "providers",
    help=mark("installed account kinds and their capabilities"),
    json_flag=True,
    run=run_providers,
    opens_service=False,
)
