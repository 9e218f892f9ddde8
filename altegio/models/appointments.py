"""Appointments (wire: `record`) and the time slots they take on resources."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Mapping
from typing import Any

import attrs

from . import _wire as w
from ._base import Model
from ._document import Document, relationship_ids, resolve_included, wire_type

_LOCAL = "%Y-%m-%dT%H:%M:%S"  # Location time, no offset
_SPACED = "%Y-%m-%d %H:%M:%S"


class AttendanceStatus(enum.StrEnum):
    """Whether the Booking User came; the API's `attendance_status_slug`."""

    ABSENT = "absent"
    WAITING = "waiting"
    ATTENDED = "attended"
    CONFIRMED = "confirmed"


@wire_type("record")
@attrs.frozen(slots=True)
class Appointment(Model):
    """An Appointment of a Booking User. `date` is the Location's local time (naive).

    `event_id` is set for an appointment in a group Event. `included` maps each relationship
    asked for with `include=` to its resources (typed where the package has a model).
    """

    id: int
    location_id: int | None
    client_id: int | None
    clients_count: int
    date: dt.datetime | None
    attendance: AttendanceStatus | str | None = None
    event_id: int | None = None
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
    source: int | None = None
    record_from: str | None = None
    payment_status: int | None = None
    relationships: Mapping[str, tuple[str, ...]] = attrs.field(factory=dict, repr=False, eq=False)
    included: Mapping[str, tuple[Any, ...]] = attrs.field(factory=dict, repr=False, eq=False)
    raw: Mapping[str, Any] = attrs.field(factory=dict, repr=False, eq=False)

    @classmethod
    def from_wire(cls, resource: Mapping[str, Any], document: Document | None = None) -> Appointment:
        a = w.mapping(w.field(resource, "attributes"), "attributes")
        slug = a.get("attendance_status_slug")
        staff_id = w.opt_int(a, "staff_id")
        event_id = w.opt_int(a, "activity_id")
        return cls(
            id=w.resource_id(resource),
            location_id=w.opt_int(a, "company_id"),
            client_id=w.opt_int(a, "client_id"),
            clients_count=w.req_int(a, "clients_count"),
            date=w.opt_datetime(a, "date", _LOCAL, _SPACED),
            attendance=None if slug is None else w.lenient_enum(AttendanceStatus, slug),
            event_id=event_id or None,
            staff_id=staff_id if staff_id is not None else w.opt_int(a, "master_id"),
            visit_id=w.opt_int(a, "visit_id"),
            comer_id=w.opt_int(a, "comer_id"),
            created_at=w.opt_datetime(a, "created_datetime", _LOCAL, _SPACED),
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
            source=w.opt_int(a, "source"),
            record_from=w.opt_str(a, "record_from"),
            payment_status=w.opt_int(a, "payment_status"),
            relationships=relationship_ids(resource),
            included=resolve_included(resource, document),
            raw=resource,
        )


class OccupationSource(enum.StrEnum):
    """What holds a resource: an Appointment or an Event."""

    RECORD = "record"
    ACTIVITY = "activity"


@wire_type("resource_occupation")
@attrs.frozen(slots=True)
class ResourceOccupation(Model):
    """A resource instance held from `start` to `end` (Location time) by an Appointment or an Event."""

    id: str
    source: OccupationSource | str
    source_id: int
    resource_id: int
    resource_instance_id: int
    start: dt.datetime
    end: dt.datetime
    raw: Mapping[str, Any] = attrs.field(factory=dict, repr=False, eq=False)

    @classmethod
    def from_wire(cls, resource: Mapping[str, Any], document: Document | None = None) -> ResourceOccupation:
        a = w.mapping(w.field(resource, "attributes"), "attributes")
        slug = a.get("source_type_slug", a.get("source_type"))
        return cls(
            id=str(w.field(resource, "id")),
            source=w.lenient_enum(OccupationSource, slug),
            source_id=w.req_int(a, "source_id"),
            resource_id=w.req_int(a, "resource_id"),
            resource_instance_id=w.req_int(a, "resource_instance_id"),
            start=w.req_datetime(a, "from", _SPACED, _LOCAL),
            end=w.req_datetime(a, "to", _SPACED, _LOCAL),
            raw=resource,
        )
