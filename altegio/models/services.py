"""Services of a Location, their categories, and the services as a Team Member provides them."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import Any

import attrs

from . import _wire as w
from ._base import Model
from ._document import Document, relationship_ids, resolve_included, wire_type


@wire_type("service")
@attrs.frozen(slots=True)
class Service(Model):
    id: int
    title: str
    category_id: int
    relationships: Mapping[str, tuple[str, ...]] = attrs.field(factory=dict, repr=False, eq=False)
    included: Mapping[str, tuple[Any, ...]] = attrs.field(factory=dict, repr=False, eq=False)
    raw: Mapping[str, Any] = attrs.field(factory=dict, repr=False, eq=False)

    @classmethod
    def from_wire(cls, resource: Mapping[str, Any], document: Document | None = None) -> Service:
        a = w.mapping(w.field(resource, "attributes"), "attributes")
        return cls(
            id=w.resource_id(resource),
            title=w.req_str(a, "title"),
            category_id=w.req_int(a, "category_id"),
            relationships=relationship_ids(resource),
            included=resolve_included(resource, document),
            raw=resource,
        )


@wire_type("service_category")
@attrs.frozen(slots=True)
class ServiceCategory(Model):
    id: int
    title: str
    salon_service_id: int | None = None
    raw: Mapping[str, Any] = attrs.field(factory=dict, repr=False, eq=False)

    @classmethod
    def from_wire(cls, resource: Mapping[str, Any], document: Document | None = None) -> ServiceCategory:
        a = w.mapping(w.field(resource, "attributes"), "attributes")
        return cls(
            id=w.resource_id(resource),
            title=w.req_str(a, "title"),
            salon_service_id=w.opt_int(a, "salon_service_id"),
            raw=resource,
        )


@wire_type("attendance_service")
@attrs.frozen(slots=True)
class AttendanceService(Model):
    """A service as booked with a Team Member: their price range and durations (seconds).

    Its id is compound on the wire (e.g. "720441_13245586_0_0"), so it stays a string.
    """

    id: str
    title: str
    service_id: int
    staff_id: int
    location_id: int | None = None
    category_id: int | None = None
    is_composite: bool | None = None
    composite_service_id: int | None = None
    salon_service_id: int | None = None
    composite_position: int | None = None
    length: int | None = None
    duration: int | None = None
    price_min: float | None = None
    price_max: float | None = None
    technical_break_duration: int | None = None
    raw: Mapping[str, Any] = attrs.field(factory=dict, repr=False, eq=False)

    @classmethod
    def from_wire(cls, resource: Mapping[str, Any], document: Document | None = None) -> AttendanceService:
        a = w.mapping(w.field(resource, "attributes"), "attributes")
        return cls(
            id=str(w.field(resource, "id")),
            title=w.req_str(a, "title"),
            service_id=w.req_int(a, "service_id"),
            staff_id=w.req_int(a, "staff_id"),
            location_id=w.opt_int(a, "company_id"),
            category_id=w.opt_int(a, "category_id"),
            is_composite=w.opt_bool(a, "is_composite"),
            composite_service_id=w.opt_int(a, "composite_service_id"),
            salon_service_id=w.opt_int(a, "salon_service_id"),
            composite_position=w.opt_int(a, "composite_position"),
            length=w.opt_int(a, "length"),
            duration=w.opt_int(a, "duration"),
            price_min=w.opt_number(a, "price_min"),
            price_max=w.opt_number(a, "price_max"),
            technical_break_duration=w.opt_int(a, "technical_break_duration"),
            raw=resource,
        )


class SuggestionType(enum.StrEnum):
    LAST_CLIENT_VISIT_ATTENDANCE_SERVICE = "last_client_visit_attendance_service"
    CLIENT_POPULAR_SERVICE = "client_popular_service"
    MASTER_POPULAR_SERVICE = "master_popular_service"


@wire_type("attendance_service_suggestion")
@attrs.frozen(slots=True)
class AttendanceServiceSuggestion(Model):
    """A service suggested for a Team Member (and Booking User). With `include=`, the
    suggested `attendance_service` and the `appointment` it came from are filled in."""

    id: str
    service_id: int
    suggestion_type: SuggestionType | str
    appointment_id: int | None = None
    attendance_service: AttendanceService | None = None
    appointment: Any = None
    included: Mapping[str, tuple[Any, ...]] = attrs.field(factory=dict, repr=False, eq=False)
    relationships: Mapping[str, tuple[str, ...]] = attrs.field(factory=dict, repr=False, eq=False)
    raw: Mapping[str, Any] = attrs.field(factory=dict, repr=False, eq=False)

    @classmethod
    def from_wire(cls, resource: Mapping[str, Any], document: Document | None = None) -> AttendanceServiceSuggestion:
        a = w.mapping(w.field(resource, "attributes"), "attributes")
        included = resolve_included(resource, document)
        services = [item for item in included.get("attendance_service", ()) if isinstance(item, AttendanceService)]
        records = included.get("record", ())
        return cls(
            id=str(w.field(resource, "id")),
            service_id=w.req_int(a, "service_id"),
            suggestion_type=w.lenient_enum(SuggestionType, w.req_str(a, "suggestion_type")),
            appointment_id=w.opt_int(a, "record_id"),
            attendance_service=services[0] if services else None,
            appointment=records[0] if records else None,
            included=included,
            relationships=relationship_ids(resource),
            raw=resource,
        )
