"""What went wrong with Boundary's own files (the journal, the profile), in one line each.

The core raises these problems as exception classes with fields; the words are the
command line's. A profile that cannot be used (a hand edit's bad value, a file set aside)
carries its sentence as codes with values (``ProfileError.said``, ``profile-*`` in
``providers.base.SENTENCES``), worded by ``boundary_app.wording`` like core's other codes.
Imported when a command fails or the journal has something to say.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import TYPE_CHECKING

from boundary_app.cli.words import tr

if TYPE_CHECKING:
    from boundary_app.core.journal import JournalNotice
    from boundary_app.core.profile import ProfileFileError


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
            said = tr(
                "A folder stood where Boundary keeps its journal; it was moved to {aside} and "
                "Boundary started a new journal."
            )
        else:
            said = tr(
                "The journal could not be read ({detail}); it was kept as {aside} and Boundary "
                "started a new journal."
            )
        return said.format(aside=problem.aside, detail=problem.detail)
    if isinstance(problem, JournalNewer):
        return tr(
            "The journal was written by a newer version of Boundary, so this version only "
            "reads it and changes nothing; update Boundary ({path})."
        ).format(path=problem.path)
    if isinstance(problem, JournalReadOnly):
        return tr(
            "The journal was written by a newer version of Boundary, so this version cannot do "
            "this and changes nothing; update Boundary ({path})."
        ).format(path=problem.path)
    if isinstance(problem, JournalBusy):
        return tr(
            "Another program is using the journal {path}; Boundary waited {seconds} seconds. "
            "Close that program and try again; nothing was changed."
        ).format(path=problem.path, seconds=f"{problem.waited:g}")
    if isinstance(problem, JournalDamaged):
        return tr(
            "The journal {path} is damaged ({detail}); nothing was recorded. Boundary sets it "
            "aside the next time it starts."
        ).format(path=problem.path, detail=problem.detail)
    if isinstance(problem, JournalUnavailable):
        return tr("Boundary cannot use its journal {path}: {detail}.").format(
            path=problem.path, detail=problem.detail
        )
    if isinstance(problem, ProfileFileError):
        return _profile_trouble(problem)
    from boundary_app.wording import sentence

    return sentence(problem)  # a profile that cannot be used: its codes (``profile-*``)


def _profile_trouble(problem: ProfileFileError) -> str:
    if problem.problem == "folder":
        said = tr(
            "{path} is a folder, but Boundary keeps its settings in a file of that name; move "
            "the folder away and try again. Nothing was changed."
        )
    elif problem.problem == "unreadable":
        said = tr("Boundary cannot read its profile {path}: {detail}. Nothing was changed.")
    else:
        said = tr("Boundary cannot write its profile {path}: {detail}. Nothing was changed.")
    return said.format(path=problem.path, detail=problem.detail)


def not_utf8(argv: Sequence[str]) -> str | None:
    """The line to say when an argument is not valid UTF-8 (the system hands such bytes to
    Python as lone surrogates, which no file or server can take), else None."""
    for number, arg in enumerate(argv, start=1):
        try:
            arg.encode("utf-8")
        except UnicodeEncodeError:
            shown = os.fsencode(arg).decode("ascii", "backslashreplace")
            return tr(
                "Argument {number} ({shown}) is not valid UTF-8 text; type it again in UTF-8. "
                "Nothing was changed."
            ).format(number=number, shown=shown)
    return None
