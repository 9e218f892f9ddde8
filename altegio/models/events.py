"""Group Events (wire: `activity`); the Booking Users' appointments in them are `Appointment`s."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

import attrs

from . import _wire as w
from ._base import Model
from ._document import Document, relationship_ids, resolve_included, wire_type
from .appointments import Appointment

_EVENT_DATE = "%Y-%m-%dT%H:%M:%S%z"  # 2026-08-01T09:00:00+0300
_LOCAL = "%Y-%m-%dT%H:%M:%S"  # Location time, no offset
_PHP_DATE = "%Y-%m-%d %H:%M:%S.%f"


def _schedule_till(attributes: Mapping[str, Any]) -> tuple[dt.datetime | None, str | None]:
    """PHP's DateTime object {date, timezone_type, timezone}: the wall time as sent, and the
    zone it is in (a name like "Europe/Berlin", or an offset or abbreviation, as PHP wrote it)."""
    value = attributes.get("schedule_till")
    if value is None:
        return None, None
    value = w.mapping(value, "schedule_till")
    moment = w.opt_datetime(value, "date", _PHP_DATE, "%Y-%m-%d %H:%M:%S")
    zone = value.get("timezone")
    return moment, zone if isinstance(zone, str) and moment is not None else None


@wire_type("activity")
@attrs.frozen(slots=True)
class Event(Model):
    """A group Event. `date` is the Location's local time (naive) and `utc_offset` the offset
    the API sent with it, so `date - utc_offset` is UTC; `length` is in seconds.
    `schedule_till` ends a repeating schedule: a wall time in `schedule_till_timezone`.

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
    utc_offset: dt.timedelta | None = None
    schedule_till_timezone: str | None = None
    relationships: Mapping[str, tuple[str, ...]] = attrs.field(factory=dict, repr=False, eq=False)
    included: Mapping[str, tuple[Any, ...]] = attrs.field(factory=dict, repr=False, eq=False)
    raw: Mapping[str, Any] = attrs.field(factory=dict, repr=False, eq=False)

    @property
    def duration(self) -> dt.timedelta:
        return dt.timedelta(seconds=self.length)

    @classmethod
    def from_wire(cls, resource: Mapping[str, Any], document: Document | None = None) -> Event:
        a = w.mapping(w.field(resource, "attributes"), "attributes")
        staff_id = w.opt_int(a, "staff_id")
        date, utc_offset = w.req_local_datetime(a, "date", _EVENT_DATE, _LOCAL, "%Y-%m-%d %H:%M:%S")
        schedule_till, schedule_till_timezone = _schedule_till(a)
        return cls(
            id=w.resource_id(resource),
            date=date,
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
            schedule_till=schedule_till,
            schedule_event_modified=w.opt_bool(a, "schedule_event_modified"),
            utc_offset=utc_offset,
            schedule_till_timezone=schedule_till_timezone,
            relationships=relationship_ids(resource),
            included=resolve_included(resource, document),
            raw=resource,
        )


# An appointment in an Event is an ordinary Appointment whose `event_id` is set.
EventAppointment = Appointment
