"""Build the publisher's app registrations into Boundary ("Sign in with Microsoft / Google").

    python packaging/write_registration.py [PROVIDERS_FOLDER]

Reads ``BOUNDARY_M365_CLIENT_ID``, ``BOUNDARY_GOOGLE_CLIENT_ID`` and
``BOUNDARY_GOOGLE_CLIENT_SECRET`` from the environment (the release workflow passes its
secrets) and writes them into ``PROVIDERS_FOLDER/_registration.py``, the module
``boundary_app.providers.app_registration`` reads at run time. The default folder is this
checkout's ``boundary_app/providers`` (the file is git-ignored); ``packaging/boundary.spec``
writes into its staged copy instead, so a release build never leaves the file in the checkout.

A variable that is unset or empty (GitHub passes "" for a secret that is not defined) is not
built in: such a build asks for the person's own registration, as a build from source does.
A value that is set but malformed fails the build, and so does a Google client ID without its
secret: a pasting mistake must not ship. The values are never printed.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_FOLDER = HERE.parent / "boundary_app" / "providers"
FILE_NAME = "_registration.py"


def gathered() -> dict[str, str]:
    """The registrations set in the environment, checked; SystemExit with the reason if not."""
    from boundary_app.providers import app_registration as reg

    values = {name: os.environ.get(name, "").strip() for name in reg.NAMES}
    values = {name: text for name, text in values.items() if text}
    for name, text in values.items():
        if (why := reg.problem(name, text)) is not None:
            raise SystemExit(f"write_registration: {why}.")
    if (reg.GOOGLE_CLIENT_ID in values) != (reg.GOOGLE_CLIENT_SECRET in values):
        raise SystemExit(
            f"write_registration: set both {reg.GOOGLE_CLIENT_ID} and "
            f"{reg.GOOGLE_CLIENT_SECRET}, or neither."
        )
    return values


def module_text(values: dict[str, str]) -> str:
    lines = [
        '"""The publisher\'s app registrations, written at build time by',
        "packaging/write_registration.py; never kept in the repository (.gitignore).",
        '"""',
        "",
        "VALUES = {",
        *(f"    {name!r}: {text!r}," for name, text in sorted(values.items())),
        "}",
        "",
    ]
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    from boundary_app.providers import app_registration as reg

    folder = Path(argv[1]) if len(argv) > 1 else DEFAULT_FOLDER
    values = gathered()
    microsoft = "built in" if reg.M365_CLIENT_ID in values else "not set"
    google = "built in" if reg.GOOGLE_CLIENT_ID in values else "not set"
    if values:
        (folder / FILE_NAME).write_text(module_text(values), encoding="utf-8")
        print(f"write_registration: {folder / FILE_NAME}: Microsoft {microsoft}, Google {google}")
    else:
        print("write_registration: no registration set; the build asks for the person's own")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(HERE.parent))  # a checkout's boundary_app, installed or not
    sys.exit(main(sys.argv))
