"""Graph's ``dateTimeTimeZone``, both ways: the m365 reply's schedule, its calendar event and
its Teams status expiry are written in UTC and read in whatever zone Graph names."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import UTC, datetime, tzinfo
from typing import Any


def to_graph(moment: datetime) -> dict[str, str]:
    """A moment as the dateTimeTimeZone Graph takes: UTC, to the second."""
    return {"dateTime": moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S"), "timeZone": "UTC"}


def from_graph(value: Mapping[str, Any]) -> datetime:
    """A dateTimeTimeZone: Graph answers in UTC; a named zone (IANA or Windows) is honoured.

    An offset in the dateTime itself wins. A zone Graph names but that has no IANA
    counterpart ("Customized Time Zone", a mailbox's own rule) is read as UTC, the zone
    Graph answers in when asked for none: the reply still reads, never as "unreachable".
    """
    text = str(value["dateTime"]).strip()
    offset = re.search(r"(Z|[+-]\d\d:?\d\d)$", text) if "T" in text else None
    stamp = re.sub(r"\.\d+", "", text[: offset.start()] if offset else text, count=1)
    moment = datetime.fromisoformat(stamp)
    if offset:
        given = offset.group(1).replace("Z", "+00:00")
        return datetime.fromisoformat(stamp + given).astimezone(UTC)
    zone = _zone(str(value.get("timeZone") or "UTC"))
    return moment.replace(tzinfo=zone).astimezone(UTC)


def _zone(name: str) -> tzinfo:
    """The zone Graph names (IANA or Windows); UTC for one it made up."""
    if name.upper() in ("UTC", "ETC/UTC", "Z", "COORDINATED UNIVERSAL TIME"):
        return UTC
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        pass
    iana = _windows_zone(name)
    return ZoneInfo(iana) if iana else UTC


def _windows_zone(name: str) -> str | None:
    """The IANA name of a Windows time zone name, as Outlook may store it."""
    from exchangelib.winzone import MS_TIMEZONE_TO_IANA_MAP  # only for such rare answers

    found = MS_TIMEZONE_TO_IANA_MAP.get(name)
    return str(found) if found else None
