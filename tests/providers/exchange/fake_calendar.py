"""The calendar part of the loopback EWS server (``fake_ews.FakeEws`` mixes it in).

Shaped after the EWS operation reference: CreateItem of a ``t:CalendarItem`` (saved in the
Calendar, ``SendMeetingInvitations`` required for calendar items, as Exchange asks),
FindItem in the Calendar restricted to an extended property (``IsEqualTo``) and to items ending
after a moment (``IsGreaterThan`` on ``calendar:End``, under ``t:And``: the only restrictions
Boundary sends there; any other is ``ErrorUnsupportedQueryFilter``), sorted on
``calendar:Start`` and paged (``IndexedPageItemView``), GetItem of calendar items (only the
properties asked for, extended properties included), UpdateItem (``SetItemField`` /
``DeleteItemField``, a new change key each time) and DeleteItem. Each item keeps its extended
properties by property set and name, as Exchange keeps named properties.

Refusals in Exchange's own response-message shape: an id not in the store
(``ErrorItemNotFound``), a ``SetItemField`` whose item does not hold exactly the one property
it names (``ErrorIncorrectUpdatePropertyCount``), a property a calendar item does not have
(``ErrorInvalidPropertyRequest``). Element order and enumerations (``LegacyFreeBusyStatus``)
are held to the schema before this (``ews_schema``).
"""

from __future__ import annotations

import itertools
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from tests.providers.exchange import fake_ews as base

NS = {
    "m": "http://schemas.microsoft.com/exchange/services/2006/messages",
    "t": "http://schemas.microsoft.com/exchange/services/2006/types",
}

#: A calendar item's properties the fake keeps, by FieldURI, and their elements.
PROPERTIES = {
    "item:Subject": "Subject",
    "item:Body": "Body",
    "item:ReminderIsSet": "ReminderIsSet",
    "calendar:Start": "Start",
    "calendar:End": "End",
    "calendar:IsAllDayEvent": "IsAllDayEvent",
    "calendar:LegacyFreeBusyStatus": "LegacyFreeBusyStatus",
    "calendar:StartTimeZone": "StartTimeZone",
    "calendar:EndTimeZone": "EndTimeZone",
}
"""Other calendar properties (Location, attendees …) are Exchange's too; ``OTHER_PROPERTIES``
are taken and dropped. A FieldURI of another item kind is ErrorInvalidPropertyRequest."""
OTHER_PROPERTIES = frozenset({"item:Sensitivity", "item:Importance", "calendar:Location"})

_ids = itertools.count(1)
_keys = itertools.count(1)


@dataclass
class Appointment:
    """One calendar item as the server keeps it."""

    id: str
    subject: str = ""
    body: str = ""
    body_type: str = "HTML"
    start: datetime | None = None
    end: datetime | None = None
    free_busy: str = "Busy"  # Exchange's default for a new appointment
    reminder: bool = True  # Exchange sets a reminder unless told otherwise
    all_day: bool = False
    #: Extended properties: (property set id in lower case, name) -> value.
    marks: dict[tuple[str, str], str] = field(default_factory=dict)
    change_key: str = field(default_factory=lambda: f"DwAAABYA{next(_keys):04d}")


def appointment(
    subject: str, start: datetime, end: datetime, free_busy: str = "Busy", **marks: str
) -> Appointment:
    """An item the person made in Outlook (``marks``: name=value in Boundary's property set)."""
    from boundary_app.providers.exchange_calendar import PROPERTY_SET_ID

    item = Appointment(_new_id(), subject, start=start, end=end, free_busy=free_busy)
    item.marks = {(PROPERTY_SET_ID, name): value for name, value in marks.items()}
    return item


def _new_id() -> str:
    return f"AAMkADcal{next(_ids):06d}="


class CalendarOps:
    """The calendar operations; ``state.events`` holds the Calendar's items."""

    state: Any

    def add_event(self, item: Appointment) -> Appointment:
        with self.lock:  # type: ignore[attr-defined]
            self.state.events.append(item)
        return item

    def _event(self, item_id: str) -> Appointment | None:
        return next((e for e in self.state.events if e.id == item_id), None)

    def _find_calendar_items(self, request: ET.Element) -> str:
        """FindItem in the Calendar: restricted to a mark (``IsEqualTo`` on an extended
        property) and/or to items ending after a moment (``IsGreaterThan`` on
        ``calendar:End``), both under ``t:And``; sorted on ``calendar:Start``; paged."""
        found = list(self.state.events)
        restriction = request.find("m:Restriction", NS)
        if restriction is not None:
            tests = _calendar_tests(restriction)
            if tests is None:
                text = "Unsupported filter."
                return base._messages(
                    "FindItem", base._error_message("FindItem", "ErrorUnsupportedQueryFilter", text)
                )
            found = [e for e in found if all(test(e) for test in tests)]
        order = request.find("m:SortOrder/t:FieldOrder", NS)
        if order is not None:
            uri = order.find("t:FieldURI", NS)
            if uri is None or uri.get("FieldURI") != "calendar:Start":
                text = "Sorting is supported here on calendar:Start only."
                return base._messages(
                    "FindItem", base._error_message("FindItem", "ErrorUnsupportedQueryFilter", text)
                )
            found.sort(
                key=lambda e: e.start or datetime.min.replace(tzinfo=UTC),
                reverse=order.get("Order") == "Descending",
            )
        view = request.find("m:IndexedPageItemView", NS)
        self.state.find_calendar_views.append(dict(view.attrib) if view is not None else {})
        offset = int(view.get("Offset", "0")) if view is not None else 0
        maximum = int(view.get("MaxEntriesReturned", "1000")) if view is not None else 1000
        page = found[offset : offset + maximum]
        asked = _asked(request)
        items = "".join(_item_xml(e, asked) for e in page)
        last = "true" if offset + len(page) >= len(found) else "false"
        root = (
            f'<m:RootFolder IndexedPagingOffset="{offset + len(page)}" '
            f'TotalItemsInView="{len(found)}" IncludesLastItemInRange="{last}">'
            f"<t:Items>{items}</t:Items></m:RootFolder>"
        )
        return base._messages("FindItem", base._success("FindItem", root))

    def _get_calendar_item(self, item_id: str, asked: list[Any]) -> str:
        event = self._event(item_id)
        if event is None:
            return _not_found("GetItem")
        return base._success("GetItem", f"<m:Items>{_item_xml(event, asked)}</m:Items>")

    def _create_calendar_item(self, request: ET.Element, element: ET.Element) -> str:
        if not request.get("SendMeetingInvitations"):
            text = "SendMeetingInvitations is required for calendar items."
            return base._messages(
                "CreateItem", base._error_message("CreateItem", "ErrorInvalidRequest", text)
            )
        event = Appointment(_new_id())
        for child in element:
            refused = _apply(event, child)
            if refused:
                return base._messages("CreateItem", refused)
        self.state.events.append(event)
        return base._messages("CreateItem", base._success("CreateItem", _ids_xml(event)))

    def _op_UpdateItem(self, request: ET.Element) -> str:
        parts = ""
        for change in request.findall("m:ItemChanges/t:ItemChange", NS):
            item_id = change.find("t:ItemId", NS)
            event = self._event(item_id.get("Id", "") if item_id is not None else "")
            if event is None:
                parts += _not_found("UpdateItem")
                continue
            refused = _update(event, change)
            if refused:
                parts += refused
                continue
            event.change_key = f"DwAAABYA{next(_keys):04d}"
            conflicts = "<m:ConflictResults><t:Count>0</t:Count></m:ConflictResults>"
            parts += base._success("UpdateItem", _ids_xml(event) + conflicts)
        return base._wrap_messages("UpdateItem", parts)

    def _op_DeleteItem(self, request: ET.Element) -> str:
        parts = ""
        for item_id in request.findall("m:ItemIds/t:ItemId", NS):
            event = self._event(item_id.get("Id", ""))
            if event is None:
                parts += _not_found("DeleteItem")
                continue
            self.state.events.remove(event)
            parts += base._success("DeleteItem", "")
        return base._wrap_messages("DeleteItem", parts)


def _update(event: Appointment, change: ET.Element) -> str | None:
    for update in change.findall("t:Updates/*", NS):
        name = update.tag.rpartition("}")[2]
        path = update[0]
        uri = path.get("FieldURI", "")
        if name == "DeleteItemField":
            if path.tag.endswith("ExtendedFieldURI"):
                event.marks.pop(_mark_key(path), None)
            elif uri == "item:Body":
                event.body = ""
            continue
        item = update.find("t:CalendarItem", NS)
        values = list(item) if item is not None else []
        if len(values) != 1:
            text = "An object within a change description must contain one and only one property."
            return base._error_message("UpdateItem", "ErrorIncorrectUpdatePropertyCount", text)
        refused = _apply(event, values[0], uri)
        if refused:
            return refused
    return None


def _apply(event: Appointment, element: ET.Element, uri: str | None = None) -> str | None:
    """Keep one property of a calendar item (``uri``: the FieldURI an update names for it)."""
    name = element.tag.rpartition("}")[2]
    if uri is not None and uri not in PROPERTIES and uri not in OTHER_PROPERTIES:
        return base._error_message(
            "UpdateItem", "ErrorInvalidPropertyRequest", "The property request is invalid."
        )
    if uri is not None and uri in PROPERTIES and PROPERTIES[uri] != name:
        return base._error_message(
            "UpdateItem", "ErrorInvalidPropertyRequest", "The property request is invalid."
        )
    text = element.text or ""
    if name == "Subject":
        event.subject = text
    elif name == "Body":
        event.body, event.body_type = text, element.get("BodyType", "Text")
    elif name == "Start":
        event.start = base._parse(text)
    elif name == "End":
        event.end = base._parse(text)
    elif name == "LegacyFreeBusyStatus":
        event.free_busy = text
    elif name == "ReminderIsSet":
        event.reminder = text in ("true", "1")
    elif name == "IsAllDayEvent":
        event.all_day = text in ("true", "1")
    elif name == "ExtendedProperty":
        uri_element = element.find("t:ExtendedFieldURI", NS)
        assert uri_element is not None  # the schema saw to it
        event.marks[_mark_key(uri_element)] = element.findtext("t:Value", "", NS)
    return None


def _calendar_tests(restriction: ET.Element) -> list[Callable[[Appointment], bool]] | None:
    """The restriction's conditions (None for one this fake, and Boundary, does not use)."""
    conditions = list(restriction)
    if len(conditions) == 1 and conditions[0].tag == f"{{{NS['t']}}}And":
        conditions = list(conditions[0])
    tests: list[Callable[[Appointment], bool]] = []
    for condition in conditions:
        constant = condition.find("t:FieldURIOrConstant/t:Constant", NS)
        mark = condition.find("t:ExtendedFieldURI", NS)
        field_uri = condition.find("t:FieldURI", NS)
        if constant is None:
            return None
        value = constant.get("Value", "")
        if condition.tag == f"{{{NS['t']}}}IsEqualTo" and mark is not None:
            key = _mark_key(mark)
            tests.append(lambda e, key=key, value=value: e.marks.get(key) == value)
        elif (
            condition.tag == f"{{{NS['t']}}}IsGreaterThan"
            and field_uri is not None
            and field_uri.get("FieldURI") == "calendar:End"
        ):
            after = base._parse(value)
            tests.append(lambda e, after=after: e.end is not None and e.end > after)
        else:
            return None
    return tests


def _mark_key(uri: ET.Element) -> tuple[str, str]:
    return (uri.get("PropertySetId", "").lower(), uri.get("PropertyName", ""))


def _asked(request: ET.Element) -> list[Any]:
    """The properties asked for: FieldURI strings and ExtendedFieldURI keys."""
    shape = request.find("m:ItemShape/t:AdditionalProperties", NS)
    if shape is None:
        return []
    return [e.get("FieldURI", "") if "FieldURI" in e.attrib else _mark_key(e) for e in shape]


def _item_xml(event: Appointment, asked: list[Any]) -> str:
    """A calendar item as FindItem and GetItem answer it, its elements in schema order."""
    parts = [_id_xml(event)]
    if "item:Subject" in asked:
        parts.append(f"<t:Subject>{escape(event.subject)}</t:Subject>")
    if "item:Body" in asked:
        parts.append(f"<t:Body BodyType={quoteattr(event.body_type)}>{escape(event.body)}</t:Body>")
    if "item:ReminderIsSet" in asked:
        parts.append(f"<t:ReminderIsSet>{str(event.reminder).lower()}</t:ReminderIsSet>")
    for key in (k for k in asked if isinstance(k, tuple) and k in event.marks):
        parts.append(
            f"<t:ExtendedProperty><t:ExtendedFieldURI PropertySetId={quoteattr(key[0])} "
            f'PropertyName={quoteattr(key[1])} PropertyType="String"/>'
            f"<t:Value>{escape(event.marks[key])}</t:Value></t:ExtendedProperty>"
        )
    if "calendar:Start" in asked and event.start is not None:
        parts.append(f"<t:Start>{base._z(event.start)}</t:Start>")
    if "calendar:End" in asked and event.end is not None:
        parts.append(f"<t:End>{base._z(event.end)}</t:End>")
    if "calendar:LegacyFreeBusyStatus" in asked:
        parts.append(f"<t:LegacyFreeBusyStatus>{event.free_busy}</t:LegacyFreeBusyStatus>")
    return "<t:CalendarItem>" + "".join(parts) + "</t:CalendarItem>"


def _id_xml(event: Appointment) -> str:
    return f"<t:ItemId Id={quoteattr(event.id)} ChangeKey={quoteattr(event.change_key)}/>"


def _ids_xml(event: Appointment) -> str:
    return f"<m:Items><t:CalendarItem>{_id_xml(event)}</t:CalendarItem></m:Items>"


def _not_found(operation: str) -> str:
    return base._error_message(
        operation, "ErrorItemNotFound", "The specified object was not found in the store."
    )
