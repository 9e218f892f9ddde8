# Derived from altegio/resources/_async/events.py by scripts/unasync.py. Do not edit.
"""Group Events of a Location (wire: `activity`) and the appointments of Booking Users in them."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Sequence
from typing import Any, Literal

from altegio_openapi.api.events import (
    create_event,
    create_event_appointment,
    delete_event,
    get_event,
    list_events,
    reschedule_event_appointment,
    update_event,
    update_event_appointment,
)
from altegio_openapi.models import EventIncludeItem, IncludeItem

from ... import _validation as v
from ..._constants import MAX_PAGE_SIZE
from ..._errors import InvalidArgumentError
from ..._inputs import AppointmentProduct, EventClient
from ..._operations import APICall
from ..._pagination import SyncPager
from ...models.events import Event, EventAppointment
from .._shared import SyncAPIResource, include_items, item_parser, list_parser, location, paged
from .appointments import AppointmentInclude

EventInclude = Literal["staff", "service", "resource_instances", "labels", "duration_details", "master"]
_EVENT_INCLUDES: tuple[str, ...] = EventInclude.__args__  # type: ignore[attr-defined]
_APPOINTMENT_INCLUDES: tuple[str, ...] = AppointmentInclude.__args__  # type: ignore[attr-defined]
_parse_event = item_parser(Event)
_parse_events = list_parser(Event)
_parse_appointment = item_parser(EventAppointment)


def _seconds(name: str, value: Any) -> int:
    if isinstance(value, dt.timedelta):
        if value.total_seconds() != int(value.total_seconds()):
            raise InvalidArgumentError(name, "must be a whole number of seconds")
        value = int(value.total_seconds())
    return v.integer(name, value)


def _event_body(
    staff_id: Any,
    service_id: Any,
    date: Any,
    length: Any,
    capacity: Any,
    resource_instance_ids: Any,
    label_ids: Any,
    technical_break: Any,
    comment: Any,
    color: Any,
    instructions: Any,
    stream_link: Any,
    force: Any,
) -> create_event.JsonBody:
    """The body of create_event and update_event (the API takes the same fields for both)."""
    length_s = v.multiple_of("length", v.integer("length", _seconds("length", length), minimum=300, maximum=86400), 300)
    body: create_event.JsonBody = {
        "staff_id": v.positive_id("staff_id", staff_id),
        "service_id": v.positive_id("service_id", service_id),
        "resource_instance_ids": v.ids("resource_instance_ids", resource_instance_ids),
        "label_ids": v.ids("label_ids", label_ids),
        "date": v.wire_datetime("date", date),
        "length": length_s,
        "capacity": v.integer("capacity", capacity, minimum=1),
    }
    if technical_break is not None:
        seconds = v.integer("technical_break", _seconds("technical_break", technical_break), minimum=0, maximum=3600)
        body["technical_break_duration"] = v.multiple_of("technical_break", seconds, 300)
    if comment is not None:
        body["comment"] = v.text("comment", comment, max_length=255)
    if color is not None:
        body["color"] = v.hex_color("color", color)
    if instructions is not None:
        body["instructions"] = v.text("instructions", instructions, max_length=500)
    if stream_link is not None:
        body["stream_link"] = v.text("stream_link", stream_link)
    if force:
        body["force"] = v.boolean("force", force)
    return body


class Events(SyncAPIResource):
    """Group Events: one Team Member, one service, several Booking Users at once."""

    @property
    def appointments(self) -> EventAppointments:
        """The Booking Users' appointments in Events."""
        return EventAppointments(self._client)

    def list(
        self,
        location_id: int,
        start: dt.datetime | dt.date,
        end: dt.datetime | dt.date,
        *,
        staff_ids: Sequence[int] | None = None,
        service_ids: Sequence[int] | None = None,
        capacity: int | None = None,
        include: Sequence[EventInclude] | None = None,
        page_size: int = MAX_PAGE_SIZE,
        max_items: int | None = None,
    ) -> SyncPager[Event]:
        """Events between `start` and `end` (naive, the Location's local time; the API requires
        `start` not to be in the past). A date as `end` means through that day (`23:59:59`).
        Pages of `page_size` are fetched as you iterate."""
        since, until = v.wire_datetime("start", start), v.wire_datetime("end", end, end_of_period=True)
        if since > until:
            raise InvalidArgumentError("end", "must not be before start")
        build = functools.partial(
            list_events.request_kwargs,
            location(location_id),
            filterfrom=since,
            filterto=until,
            filtermaster_ids=None if staff_ids is None else v.ids("staff_ids", staff_ids, allow_empty=False),
            filterservice_ids=None if service_ids is None else v.ids("service_ids", service_ids, allow_empty=False),
            filtercapacity=None if capacity is None else v.integer("capacity", capacity, minimum=0),
            include=include_items(EventIncludeItem, include, _EVENT_INCLUDES),
            limit=page_size,
        )
        fetch = paged(self._client._execute, list_events.OPERATION_ID, build, _parse_events)
        return SyncPager(fetch, page_size=page_size, max_items=max_items, max_page_size=MAX_PAGE_SIZE)

    def get(self, location_id: int, event_id: int, *, include: Sequence[EventInclude] | None = None) -> Event:
        """An Event; a deleted one is still returned."""
        request = get_event.request_kwargs(
            location(location_id),
            v.positive_id("event_id", event_id),
            include=include_items(EventIncludeItem, include, _EVENT_INCLUDES),
        )
        return self._client._execute(APICall(get_event.OPERATION_ID, request, _parse_event))

    def create(
        self,
        location_id: int,
        staff_id: int,
        service_id: int,
        date: dt.datetime,
        length: int | dt.timedelta,
        capacity: int,
        *,
        resource_instance_ids: Sequence[int] = (),
        label_ids: Sequence[int] = (),
        technical_break: int | dt.timedelta | None = None,
        comment: str | None = None,
        color: str | None = None,
        instructions: str | None = None,
        stream_link: str | None = None,
        force: bool = False,
        include: Sequence[EventInclude] | None = None,
    ) -> Event:
        """Create an Event at `date` (naive, Location time) lasting `length` (seconds or a
        timedelta, a multiple of 5 minutes up to 24 h, technical break included). `force=True`
        skips the check that the Team Member and resources are free (else ConflictError)."""
        body = _event_body(
            staff_id, service_id, date, length, capacity, resource_instance_ids, label_ids,
            technical_break, comment, color, instructions, stream_link, force,
        )  # fmt: skip
        request = create_event.request_kwargs(
            location(location_id), body=body, include=include_items(EventIncludeItem, include, _EVENT_INCLUDES)
        )
        return self._client._execute(APICall(create_event.OPERATION_ID, request, _parse_event))

    def update(
        self,
        location_id: int,
        event_id: int,
        staff_id: int,
        service_id: int,
        date: dt.datetime,
        length: int | dt.timedelta,
        capacity: int,
        *,
        resource_instance_ids: Sequence[int] = (),
        label_ids: Sequence[int] = (),
        technical_break: int | dt.timedelta | None = None,
        comment: str | None = None,
        color: str | None = None,
        instructions: str | None = None,
        stream_link: str | None = None,
        force: bool = False,
        include: Sequence[EventInclude] | None = None,
    ) -> Event:
        """Replace an Event's fields (the API has no partial update: pass them all)."""
        body = _event_body(
            staff_id, service_id, date, length, capacity, resource_instance_ids, label_ids,
            technical_break, comment, color, instructions, stream_link, force,
        )  # fmt: skip
        request = update_event.request_kwargs(
            location(location_id),
            v.positive_id("event_id", event_id),
            body=update_event.JsonBody(**body),  # the same fields; update_event's type also allows nulls
            include=include_items(EventIncludeItem, include, _EVENT_INCLUDES),
        )
        return self._client._execute(APICall(update_event.OPERATION_ID, request, _parse_event))

    def delete(self, location_id: int, event_id: int) -> None:
        """Delete an Event: it leaves lists, but `get` still returns it."""
        request = delete_event.request_kwargs(location(location_id), v.positive_id("event_id", event_id))
        return self._client._execute(APICall[None](delete_event.OPERATION_ID, request, None))


class EventAppointments(SyncAPIResource):
    """Appointments of Booking Users in an Event (wire: `record`)."""

    def create(
        self,
        location_id: int,
        event_id: int,
        client: EventClient,
        *,
        clients_count: int = 1,
        client_id: int | None = None,
        comer_id: int | None = None,
        comer_name: str | None = None,
        is_trial_service: bool | None = None,
        include: Sequence[AppointmentInclude] | None = None,
    ) -> EventAppointment:
        """Book `client` (an EventClient) into an Event for `clients_count` places."""
        if not isinstance(client, EventClient):
            raise InvalidArgumentError("client", f"must be an EventClient, got {type(client).__name__}")
        body: create_event_appointment.JsonBody = {
            "client": client.to_wire(),
            "clients_count": v.integer("clients_count", clients_count, minimum=1),
        }
        if client_id is not None:
            body["client_id"] = v.positive_id("client_id", client_id)
        if comer_id is not None:
            body["comer_id"] = v.positive_id("comer_id", comer_id)
        if comer_name is not None:
            body["comer"] = {"name": v.text("comer_name", comer_name, max_length=255)}
        if is_trial_service is not None:
            body["is_trial_service"] = v.boolean("is_trial_service", is_trial_service)
        request = create_event_appointment.request_kwargs(
            location(location_id),
            v.positive_id("event_id", event_id),
            body=body,
            include=include_items(IncludeItem, include, _APPOINTMENT_INCLUDES),
        )
        return self._client._execute(APICall(create_event_appointment.OPERATION_ID, request, _parse_appointment))

    def update(
        self,
        location_id: int,
        event_id: int,
        appointment_id: int,
        *,
        cost_per_unit: float,
        discount_percent: float,
        manual_cost: float,
        is_trial: bool | None = None,
        products: Sequence[AppointmentProduct] | None = None,
        comment: str | None = None,
        label_ids: Sequence[int] | None = None,
        color: str | None = None,
        clients_count: int | None = None,
        include: Sequence[AppointmentInclude] | None = None,
    ) -> EventAppointment:
        """Update the service price of an appointment, its products, comment, tags or colour.
        `color` is a hex colour without '#', e.g. "ff2828" (the API's form here)."""
        service_item: dict[str, Any] = {
            "cost_per_unit": v.number("cost_per_unit", cost_per_unit, minimum=0, maximum=1_000_000_000),
            "discount_percent": v.number("discount_percent", discount_percent, minimum=0, maximum=100),
            "manual_cost": v.number("manual_cost", manual_cost, minimum=0, maximum=1_000_000_000),
        }
        if is_trial is not None:
            service_item["is_trial"] = v.boolean("is_trial", is_trial)
        body: update_event_appointment.JsonBody = {"attendance_service_item": service_item}
        if products is not None:
            if not isinstance(products, list | tuple) or not all(isinstance(p, AppointmentProduct) for p in products):
                raise InvalidArgumentError("products", "must be a list of AppointmentProduct")
            body["attendance_good_items"] = [product.to_wire() for product in products]
        if comment is not None:
            body["comment"] = v.text("comment", comment, min_length=0, max_length=255)
        if label_ids is not None:
            body["label_ids"] = v.ids("label_ids", label_ids)
        if color is not None:
            body["color"] = v.hex_color("color", color, leading_hash=False)
        if clients_count is not None:
            body["clients_count"] = v.integer("clients_count", clients_count, minimum=1)
        request = update_event_appointment.request_kwargs(
            location(location_id),
            v.positive_id("event_id", event_id),
            v.positive_id("appointment_id", appointment_id),
            body=body,
            include=include_items(IncludeItem, include, _APPOINTMENT_INCLUDES),
        )
        return self._client._execute(APICall(update_event_appointment.OPERATION_ID, request, _parse_appointment))

    def reschedule(
        self,
        location_id: int,
        event_id: int,
        appointment_id: int,
        to_event_id: int,
        *,
        with_comer: bool | None = None,
        comment: str | None = None,
        clients_count: int | None = None,
        include: Sequence[AppointmentInclude] | None = None,
    ) -> EventAppointment:
        """Move an appointment from Event `event_id` to Event `to_event_id`."""
        body: reschedule_event_appointment.JsonBody = {
            "reschedule_activity_id": v.positive_id("to_event_id", to_event_id)
        }
        if with_comer is not None:
            body["with_comer"] = v.boolean("with_comer", with_comer)
        if comment is not None:
            body["comment"] = v.text("comment", comment, min_length=0, max_length=255)
        if clients_count is not None:
            body["clients_count"] = v.integer("clients_count", clients_count, minimum=1)
        request = reschedule_event_appointment.request_kwargs(
            location(location_id),
            v.positive_id("event_id", event_id),
            v.positive_id("appointment_id", appointment_id),
            body=body,
            include=include_items(IncludeItem, include, _APPOINTMENT_INCLUDES),
        )
        return self._client._execute(APICall(reschedule_event_appointment.OPERATION_ID, request, _parse_appointment))
