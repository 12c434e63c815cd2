"""What went wrong with Boundary's own files (the journal, the profile), in one line each.

The core raises these problems as exception classes with fields; the words are the
command line's. Imported when a command fails or the journal has something to say.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from boundary_app.core.journal import JournalNotice


def trouble(problem: Exception | JournalNotice) -> str:
    """One line for a problem with Boundary's files, or a notice about the journal."""
    from boundary_app.core.journal import (
        JournalBusy,
        JournalDamaged,
        JournalNewer,
        JournalReadOnly,
        JournalSetAside,
        JournalUnavailable,
    )
    from boundary_app.core.profile import ProfileFileError

    if isinstance(problem, JournalSetAside):
        if problem.folder:
            return (
                f"A folder stood where Boundary keeps its journal; it was moved to "
                f"{problem.aside} and Boundary started a new journal."
            )
        return (
            f"The journal could not be read ({problem.detail}); it was kept as "
            f"{problem.aside} and Boundary started a new journal."
        )
    if isinstance(problem, JournalNewer | JournalReadOnly):
        doing = "only reads it" if isinstance(problem, JournalNewer) else "cannot do this"
        return (
            f"The journal was written by a newer version of Boundary, so this version {doing} "
            f"and changes nothing; update Boundary ({problem.path})."
        )
    if isinstance(problem, JournalBusy):
        return (
            f"Another program is using the journal {problem.path}; Boundary waited "
            f"{problem.waited:g} seconds. Close that program and try again; nothing was changed."
        )
    if isinstance(problem, JournalDamaged):
        return (
            f"The journal {problem.path} is damaged ({problem.detail}); nothing was recorded. "
            "Boundary sets it aside the next time it starts."
        )
    if isinstance(problem, JournalUnavailable):
        return f"Boundary cannot use its journal {problem.path}: {problem.detail}."
    if isinstance(problem, ProfileFileError):
        if problem.problem == "folder":
            return (
                f"{problem.path} is a folder, but Boundary keeps its settings in a file of that "
                "name; move the folder away and try again. Nothing was changed."
            )
        doing = "read" if problem.problem == "unreadable" else "write"
        return (
            f"Boundary cannot {doing} its profile {problem.path}: {problem.detail}. "
            "Nothing was changed."
        )
    return str(problem)


def not_utf8(argv: Sequence[str]) -> str | None:
    """The line to say when an argument is not valid UTF-8 (the system hands such bytes to
    Python as lone surrogates, which no file or server can take), else None."""
    for number, arg in enumerate(argv, start=1):
        try:
            arg.encode("utf-8")
        except UnicodeEncodeError:
            shown = os.fsencode(arg).decode("ascii", "backslashreplace")
            return (
                f"Argument {number} ({shown}) is not valid UTF-8 text; type it again in "
                "UTF-8. Nothing was changed."
            )
    return None
