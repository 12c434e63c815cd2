"""The built-in ``local`` provider: no mail account, the reply is kept on this computer.

It lets the app work, as a trial, before any account is added: its name and description say
that it answers no mail. It behaves like a real provider
(read-back, scheduling, audiences), so status and drift work with it too. Its ``endpoint``
setting names another folder to keep the reply in.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

from boundary_app.providers.base import (
    AutoReply,
    CalendarEvent,
    Capability,
    ForwardRule,
    MailProvider,
    Rejected,
    Said,
    Unreachable,
    check_calendar_event,
    check_forwardable,
    check_sendable,
)
from boundary_app.providers.files import write_atomic


class LocalProvider(MailProvider):
    kind = "local"
    display_name = "Trial (answers no mail)"
    description = (
        "A trial: the reply is kept on this computer, so you can try Boundary; no mail is "
        "answered. Add a mail account to answer real mail."
    )
    capabilities = frozenset(
        {
            Capability.AUTO_REPLY,
            Capability.SCHEDULED_REPLY,
            Capability.AUDIENCE_CONTACTS,
            Capability.AUDIENCE_INTERNAL,
            Capability.SUBJECT_PER_AUDIENCE,
            Capability.FORWARD_RULE,
            Capability.SCHEDULED_FORWARD,
            Capability.CALENDAR_EVENT,
        }
    )

    @property
    def _file(self) -> Path:
        return self._folder / self._file_name

    @property
    def _forward_file(self) -> Path:
        """Boundary's forwarding rule, kept like the reply (in a folder of its own, so no
        account's name can make it another account's reply)."""
        return self._folder / "forward" / self._file_name

    @property
    def _calendar_file(self) -> Path:
        """Boundary's calendar event, kept like the forwarding rule."""
        return self._folder / "calendar" / self._file_name

    @property
    def _folder(self) -> Path:
        return Path(self.account.endpoint or self.context.data_dir / "local")

    @property
    def _file_name(self) -> str:
        name = self.account.name
        safe = re.sub(r"[^\w .-]", "_", name).strip(" .")
        if safe != name:  # keep names that differ only in replaced characters apart
            import hashlib  # maps libcrypto (~3 MiB): only for the rare odd name

            safe = f"{safe}-{hashlib.sha256(name.encode()).hexdigest()[:8]}"
        return f"{safe}.json"

    def read_auto_reply(self) -> AutoReply:
        try:
            data = self._file.read_bytes()
        except FileNotFoundError:
            return AutoReply.off()
        except OSError as error:
            raise self._unavailable(error) from error
        try:
            return AutoReply.from_json(json.loads(data))
        except (ValueError, TypeError, AttributeError) as error:  # also not UTF-8, not a table
            raise Rejected(f"The reply kept in {self._file} is damaged: {error}") from error

    def write_auto_reply(self, reply: AutoReply) -> None:
        check_sendable(reply)
        if reply.enabled:  # kept as a server keeps it: the external text as it goes out
            reply = replace(reply, external=reply.external_sent)
        data = json.dumps(reply.to_json(), ensure_ascii=False, indent=2).encode("utf-8")
        try:
            write_atomic(self._file, data)
        except OSError as error:
            raise self._unavailable(error) from error

    def _unavailable(self, error: OSError) -> Unreachable:
        reason = error.strerror or str(error)
        return Unreachable(Said("folder-unusable", folder=str(self._file.parent), reason=reason))

    def clear_auto_reply(self) -> None:
        self.write_auto_reply(AutoReply.off())

    # --- the forwarding rule: kept like the reply ------------------------------------------

    def read_forward(self) -> ForwardRule:
        try:
            data = self._forward_file.read_bytes()
        except FileNotFoundError:
            return ForwardRule.off()
        except OSError as error:
            raise self._unavailable(error) from error
        try:
            return ForwardRule.from_json(json.loads(data))
        except (ValueError, TypeError, AttributeError) as error:
            raise Rejected(
                f"The forwarding kept in {self._forward_file} is damaged: {error}"
            ) from error

    def write_forward(self, rule: ForwardRule) -> None:
        check_forwardable(rule)
        data = json.dumps(rule.to_json(), ensure_ascii=False, indent=2).encode("utf-8")
        try:
            write_atomic(self._forward_file, data)
        except OSError as error:
            raise self._unavailable(error) from error

    def clear_forward(self) -> None:
        try:
            self._forward_file.unlink(missing_ok=True)
        except OSError as error:
            raise self._unavailable(error) from error

    # --- the calendar event: kept like the forwarding rule -----------------------------------

    def read_calendar(self) -> CalendarEvent:
        try:
            data = self._calendar_file.read_bytes()
        except FileNotFoundError:
            return CalendarEvent.off()
        except OSError as error:
            raise self._unavailable(error) from error
        try:
            event = CalendarEvent.from_json(json.loads(data))
        except (ValueError, TypeError, AttributeError) as error:
            raise Rejected(
                f"The calendar event kept in {self._calendar_file} is damaged: {error}"
            ) from error
        return event.answered(self.context.clock())  # one that has ended is history

    def write_calendar(self, event: CalendarEvent) -> None:
        if not event.enabled:
            self.clear_calendar()
            return
        check_calendar_event(event)
        data = json.dumps(event.to_json(), ensure_ascii=False, indent=2).encode("utf-8")
        try:
            write_atomic(self._calendar_file, data)
        except OSError as error:
            raise self._unavailable(error) from error

    def clear_calendar(self) -> None:
        """Removed when it has not begun, else ended now."""
        event, now = self.read_calendar(), self.context.clock()
        try:
            if event.enabled and event.start is not None and event.start < now:
                self.write_calendar(replace(event, end=now))
            else:
                self._calendar_file.unlink(missing_ok=True)
        except OSError as error:
            raise self._unavailable(error) from error
