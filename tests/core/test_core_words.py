"""Core's refusals carry a code and values: worded in English they read as ``str()`` does,
and in Dutch or Indonesian they read in that language (``boundary_app.wording``)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest

from boundary_app import translation
from boundary_app.core.calls import CallSlot
from boundary_app.core.clients import find_slot, log_interruption, send_mail, set_call_slot
from boundary_app.core.jobs import error_from_json, error_json
from boundary_app.core.service import AwayRequest, Boundary, InputError
from boundary_app.wording import code_of, sentence

DAY = timedelta(days=1)


def away(**request: Any) -> Callable[[Boundary], object]:
    def ask(service: Boundary) -> object:
        request.setdefault("until", service.clock() + 2 * DAY)
        return service.prepare_away(AwayRequest(**request))

    return ask


REFUSED: dict[str, Callable[[Boundary], object]] = {
    "no-account-name": lambda s: s.draft_account("memory", "  ", {}),
    "name-control-character": lambda s: s.draft_account("memory", "Wo\x1brk", {}),
    "account-exists": lambda s: s.draft_account("memory", "Work", {}),
    "unknown-kind": lambda s: s.draft_account("fax", "Fax", {}),
    "no-such-account": lambda s: s.find_account("Home"),
    "no-account-named": away(accounts=["Home"]),
    "no-such-template": away(template="beach"),
    "no-language": away(languages=[]),
    "no-such-language": away(languages=["fr"]),
    "too-many-languages": away(languages=["en", "nl", "id"]),
    "not-a-backup": away(backups=["Robin"]),
    "empty-message": away(internal=" "),
    "message-too-long": away(external="x" * 100_000),
    "subject-too-long": away(external_subject="x" * 251),
    "control-character": away(external_subject="Away\x1b"),
    "empty-subject": away(subject=" "),
    "not-a-backup-none": lambda s: (s.profile.backups.clear(), s.mark_backup("Robin", None)),
    "no-slots": lambda s: find_slot(s, "Acme"),
    "slot-minutes": lambda s: set_call_slot(s, CallSlot("Acme", minutes=1)),
    "no-client": lambda s: log_interruption(s, " "),
    "not-an-interruption": lambda s: log_interruption(s, "Acme", kind="fax"),
    "in-future": lambda s: log_interruption(s, "Acme", at=s.clock() + DAY),
    "note-too-long": lambda s: log_interruption(s, "Acme", note="n" * 10_000),
    "cannot-send": lambda s: send_mail(s, "This computer", "nobody", "Hi", "Text"),
}


@pytest.mark.parametrize("sentence_code", list(REFUSED))
def test_a_refusal_reads_in_english_as_before_and_in_dutch_in_dutch(
    two_accounts: Boundary, sentence_code: str
) -> None:
    with pytest.raises(InputError) as caught:
        REFUSED[sentence_code](two_accounts)
    error = caught.value
    assert error.values.get("sentence", error.code) == sentence_code
    assert sentence(error) == str(error)
    crossed = error_from_json(error_json(error))  # from the worker to the tray
    assert sentence(crossed) == str(error)
    assert code_of(error) == error.code
    translation.speak("nl")
    dutch = sentence(crossed)
    assert dutch != str(error)
    translation.speak("id")
    assert sentence(crossed) not in (str(error), dutch)
