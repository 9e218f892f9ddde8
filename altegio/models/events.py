"""Group Events (wire: `activity`) and the Appointments of Booking Users in them (`record`)."""

from __future__ import annotations

import contextlib
import datetime as dt
import enum
import zoneinfo
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

import attrs

from . import _wire as w
from ._document import Document, Resource, relationship_ids

_EVENT_DATE = "%Y-%m-%dT%H:%M:%S%z"  # 2026-08-01T09:00:00+0300
_LOCAL = "%Y-%m-%dT%H:%M:%S"  # Location time, no offset
_PHP_DATE = "%Y-%m-%d %H:%M:%S.%f"


class AttendanceStatus(enum.StrEnum):
    """Whether the Booking User came; the API's `attendance_status_slug`."""

    ABSENT = "absent"
    WAITING = "waiting"
    ATTENDED = "attended"
    CONFIRMED = "confirmed"


def _included(resource: Mapping[str, Any], document: Document | None) -> Mapping[str, tuple[Resource, ...]]:
    if document is None or not document.included:
        return MappingProxyType({})
    found = {}
    for name in relationship_ids(resource):
        items = document.related(resource, name)
        if items:
            found[name] = tuple(Resource.from_wire(item) for item in items)
    return MappingProxyType(found)


def _schedule_till(attributes: Mapping[str, Any]) -> dt.datetime | None:
    """PHP's DateTime object {date, timezone_type, timezone}, made an aware datetime if it can."""
    value = attributes.get("schedule_till")
    if value is None:
        return None
    value = w.mapping(value, "schedule_till")
    moment = w.opt_datetime(value, "date", _PHP_DATE, "%Y-%m-%d %H:%M:%S")
    zone = value.get("timezone")
    if moment is not None and isinstance(zone, str):
        with contextlib.suppress(zoneinfo.ZoneInfoNotFoundError, ValueError):
            moment = moment.replace(tzinfo=zoneinfo.ZoneInfo(zone))
    return moment


@attrs.frozen(slots=True)
class Event:
    """A group Event. `date` carries the Location's UTC offset; `length` is in seconds.

    `relationships` maps each relationship to the ids it names; `included` holds the related
    resources the server sent when asked with `include=`.
    """

    id: int
    date: dt.datetime
    length: int
    capacity: int
    clients_count: int
    staff_id: int | None = None
    service_id: int | None = None
    timestamp: int | None = None
    color: str | None = None
    font_color: str | None = None
    instructions: str | None = None
    stream_link: str | None = None
    notified: bool | None = None
    comment: str | None = None
    schedule_id: int | None = None
    schedule_till: dt.datetime | None = None
    schedule_event_modified: bool | None = None
    relationships: Mapping[str, tuple[str, ...]] = attrs.field(factory=dict, repr=False, eq=False)
    included: Mapping[str, tuple[Resource, ...]] = attrs.field(factory=dict, repr=False, eq=False)
    raw: Mapping[str, Any] = attrs.field(factory=dict, repr=False, eq=False)

    @property
    def duration(self) -> dt.timedelta:
        return dt.timedelta(seconds=self.length)

    @classmethod
    def from_wire(cls, resource: Mapping[str, Any], document: Document | None = None) -> Event:
        a = w.mapping(w.field(resource, "attributes"), "attributes")
        staff_id = w.opt_int(a, "staff_id")
        return cls(
            id=w.resource_id(resource),
            date=w.req_datetime(a, "date", _EVENT_DATE, _LOCAL, "%Y-%m-%d %H:%M:%S"),
            length=w.req_int(a, "length"),
            capacity=w.req_int(a, "capacity"),
            clients_count=w.req_int(a, "clients_count"),
            staff_id=staff_id if staff_id is not None else w.opt_int(a, "master_id"),
            service_id=w.opt_int(a, "service_id"),
            timestamp=w.opt_int(a, "timestamp"),
            color=w.opt_str(a, "color"),
            font_color=w.opt_str(a, "font_color"),
            instructions=w.opt_str(a, "instructions"),
            stream_link=w.opt_str(a, "stream_link"),
            notified=w.opt_bool(a, "notified"),
            comment=w.opt_str(a, "comment"),
            schedule_id=w.opt_int(a, "schedule_id"),
            schedule_till=_schedule_till(a),
            schedule_event_modified=w.opt_bool(a, "schedule_event_modified"),
            relationships=relationship_ids(resource),
            included=_included(resource, document),
            raw=resource,
        )


@attrs.frozen(slots=True)
class EventAppointment:
    """A Booking User's Appointment in an Event. `date` is the Location's local time (naive)."""

    id: int
    event_id: int | None
    location_id: int | None
    client_id: int | None
    clients_count: int
    date: dt.datetime | None
    attendance: AttendanceStatus | str | None = None
    staff_id: int | None = None
    visit_id: int | None = None
    comer_id: int | None = None
    created_at: dt.datetime | None = None
    length: int | None = None
    duration: int | None = None
    timestamp: int | None = None
    is_paid: bool | None = None
    is_overpaid: bool | None = None
    paid_full: int | None = None
    comment: str | None = None
    custom_color: str | None = None
    custom_font_color: str | None = None
    external_id: str | None = None
    relationships: Mapping[str, tuple[str, ...]] = attrs.field(factory=dict, repr=False, eq=False)
    included: Mapping[str, tuple[Resource, ...]] = attrs.field(factory=dict, repr=False, eq=False)
    raw: Mapping[str, Any] = attrs.field(factory=dict, repr=False, eq=False)

    @classmethod
    def from_wire(cls, resource: Mapping[str, Any], document: Document | None = None) -> EventAppointment:
        a = w.mapping(w.field(resource, "attributes"), "attributes")
        slug = a.get("attendance_status_slug")
        staff_id = w.opt_int(a, "staff_id")
        return cls(
            id=w.resource_id(resource),
            event_id=w.opt_int(a, "activity_id"),
            location_id=w.opt_int(a, "company_id"),
            client_id=w.opt_int(a, "client_id"),
            clients_count=w.req_int(a, "clients_count"),
            date=w.opt_datetime(a, "date", _LOCAL, "%Y-%m-%d %H:%M:%S"),
            attendance=None if slug is None else w.lenient_enum(AttendanceStatus, slug),
            staff_id=staff_id if staff_id is not None else w.opt_int(a, "master_id"),
            visit_id=w.opt_int(a, "visit_id"),
            comer_id=w.opt_int(a, "comer_id"),
            created_at=w.opt_datetime(a, "created_datetime", _LOCAL, "%Y-%m-%d %H:%M:%S"),
            length=w.opt_int(a, "length"),
            duration=w.opt_int(a, "duration"),
            timestamp=w.opt_int(a, "timestamp"),
            is_paid=w.opt_bool(a, "is_paid"),
            is_overpaid=w.opt_bool(a, "is_overpaid"),
            paid_full=w.opt_int(a, "paid_full"),
            comment=w.opt_str(a, "comment"),
            custom_color=w.opt_str(a, "custom_color"),
            custom_font_color=w.opt_str(a, "custom_font_color"),
            external_id=w.opt_str(a, "external_id"),
            relationships=relationship_ids(resource),
            included=_included(resource, document),
            raw=resource,
        )
