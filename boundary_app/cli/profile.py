"""``boundary profile path|validate``: where the profile is, and whether it can be used.

Neither opens the service: ``validate`` only reports, it never moves a broken file aside.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

from boundary_app.cli.command import Command, Context, json_parent
from boundary_app.cli.output import EXIT_OK, Failure
from boundary_app.cli.words import mark, tr


def profile_arguments(profile: argparse.ArgumentParser) -> None:
    json_flag = json_parent()
    actions = profile.add_subparsers(dest="action", required=True, metavar="ACTION")
    actions.add_parser("path", parents=[json_flag], help=tr("print the profile's path"))
    actions.add_parser(
        "validate", parents=[json_flag], help=tr("check the profile; name the line that is wrong")
    )


def show_path(context: Context) -> int:
    path = str(context.paths.profile)
    context.out.emit({"path": path}, [path])
    return EXIT_OK


def validate(context: Context) -> int:
    from boundary_app.cli.trouble import trouble
    from boundary_app.core.profile import ProfileError, ProfileFileError, load_profile

    paths = context.paths
    if not paths.profile.exists():
        raise Failure(
            tr("There is no profile yet at {path}; start Boundary to make one.").format(
                path=paths.profile
            ),
            code="no-profile",
        )
    try:
        profile = load_profile(paths.profile)
    except ProfileFileError as error:
        raise Failure(trouble(error), valid=False, line=None) from None
    except ProfileError as error:
        said = context.out.said(error)
        code = next((c for c, _values in error.said.parts if c != "profile-line"), "")
        raise Failure(f"{paths.profile}: {said}", valid=False, line=error.line, code=code) from None
    words = (
        tr("The profile is valid (written by a newer Boundary: read-only): {path}")
        if profile.read_only
        else tr("The profile is valid: {path}")
    )
    context.out.emit(
        {"valid": True, "read_only": profile.read_only, "path": str(paths.profile)},
        [words.format(path=paths.profile)],
    )
    return EXIT_OK


ACTIONS: dict[str, Callable[[Context], int]] = {"path": show_path, "validate": validate}


def run_profile(context: Context, args: argparse.Namespace) -> int:
    return ACTIONS[args.action](context)


PROFILE = Command(
    "profile",
    help=mark("where the profile is; check it"),
    json_flag=False,
    add_arguments=profile_arguments,
    run=run_profile,
    opens_service=False,
)
