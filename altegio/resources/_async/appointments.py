"""Appointments of a Location (wire: `record`), their products, and resource occupations."""

from __future__ import annotations

import builtins
import datetime as dt
import functools
import re
from collections.abc import Sequence
from typing import Literal

from altegio_openapi.api.appointments import (
    delete_appointment,
    delete_timetable_appointment,
    list_appointments,
    list_attendance_appointments,
    list_resource_occupations,
)
from altegio_openapi.api.products import get_attendance_product_item
from altegio_openapi.models import GetAttendanceProductItemIncludeItem, IncludeItem

from ... import _validation as v
from ..._constants import MAX_PAGE_SIZE
from ..._errors import InvalidArgumentError
from ..._operations import APICall
from ..._pagination import AsyncPager
from ...models.appointments import Appointment, ResourceOccupation
from ...models.products import AppointmentProductItem
from .._shared import AsyncAPIResource, include_items, item_parser, list_parser, location, once, paged

AppointmentInclude = Literal[
    "client",
    "client.custom_field_values",
    "staff",
    "services",
    "goods",
    "resource_instances",
    "labels",
    "attendance_service_items",
    "attendance_good_items",
    "attendance_document",
    "transactions",
    "fast_payment_settings",
    "acceptance_free",
    "custom_field_values",
    "comer",
    "client_notification_settings",
    "client_schedule",
    "duration_details",
]
ProductItemInclude = Literal[
    "good", "product", "staff", "storage_amount", "loyalty_abonement", "loyalty_certificate", "marks"
]
_INCLUDES: tuple[str, ...] = AppointmentInclude.__args__  # type: ignore[attr-defined]
_ITEM_INCLUDES: tuple[str, ...] = ProductItemInclude.__args__  # type: ignore[attr-defined]
_ITEM_ALIASES = {"product": "good"}  # `good` fills AppointmentProductItem.product
_ATTENDANCE_ID = re.compile(r"(record|visit)_[0-9]+")
_parse_appointments = list_parser(Appointment)
_parse_item = item_parser(AppointmentProductItem)
_parse_occupations = list_parser(ResourceOccupation)


def _local(name: str, value: object, *, end_of_period: bool = False) -> str:
    """Appointment filters take `YYYY-MM-DDTHH:MM:SS`, the Location's time, no offset."""
    return v.wire_datetime(name, value, separator="T", end_of_period=end_of_period)


class AsyncAppointments(AsyncAPIResource):
    """Booking Users' appointments."""

    @property
    def product_items(self) -> AsyncAppointmentProductItems:
        """Products sold or used in appointments (wire: `attendance_good_item`)."""
        return AsyncAppointmentProductItems(self._client)

    def list(
        self,
        location_id: int,
        *,
        client_id: int | None = None,
        event_id: int | None = None,
        start: dt.datetime | dt.date | None = None,
        end: dt.datetime | dt.date | None = None,
        include: Sequence[AppointmentInclude] | None = None,
        page_size: int = MAX_PAGE_SIZE,
        max_items: int | None = None,
    ) -> AsyncPager[Appointment]:
        """Appointments, page by page as you iterate; `start` and `end` (given together, end
        after start; naive datetimes or dates, the Location's local time) keep those that
        overlap the period. A date as `end` means through that day (`23:59:59`)."""
        since = None if start is None else _local("start", start)
        until = None if end is None else _local("end", end, end_of_period=True)
        if (since is None) != (until is None):
            raise InvalidArgumentError("end" if until is None else "start", "give start and end together, or neither")
        if since is not None and until is not None and since >= until:
            raise InvalidArgumentError("end", "must be after start")
        build = functools.partial(
            list_appointments.request_kwargs,
            location(location_id),
            filterclient_id=None if client_id is None else v.positive_id("client_id", client_id),
            filteractivity_id=None if event_id is None else v.positive_id("event_id", event_id),
            filterdate_intersect_from=since,
            filterdate_intersect_to=until,
            include=include_items(IncludeItem, include, _INCLUDES),
            limit=page_size,
        )
        return AsyncPager(
            paged(self._client._execute, list_appointments.OPERATION_ID, build, _parse_appointments),
            page_size=page_size,
            max_items=max_items,
            max_page_size=MAX_PAGE_SIZE,
        )

    def list_for_attendance(
        self, location_id: int, attendance_id: str, *, include: Sequence[AppointmentInclude] | None = None
    ) -> AsyncPager[Appointment]:
        """The appointments of one attendance: `attendance_id` is "record_<id>" or "visit_<id>"."""
        if not isinstance(attendance_id, str) or not _ATTENDANCE_ID.fullmatch(attendance_id):
            raise InvalidArgumentError(
                "attendance_id", f"must look like 'record_123' or 'visit_45', got {v.shown(attendance_id)}"
            )
        request = list_attendance_appointments.request_kwargs(
            location(location_id), attendance_id, include=include_items(IncludeItem, include, _INCLUDES)
        )
        call = APICall(list_attendance_appointments.OPERATION_ID, request, _parse_appointments)
        return AsyncPager(once(self._client._execute, call))

    async def delete(self, location_id: int, appointment_id: int) -> None:
        """Delete an appointment; returns None (the API answers with no body)."""
        request = delete_appointment.request_kwargs(
            location(location_id), v.positive_id("appointment_id", appointment_id)
        )
        return await self._client._execute(APICall[None](delete_appointment.OPERATION_ID, request, None))

    async def delete_from_timetable(
        self, location_id: int, appointment_id: int, *, include: Sequence[AppointmentInclude] | None = None
    ) -> builtins.list[Appointment]:
        """Delete an appointment the way the timetable does; returns the appointments it affected.

        The API takes this as a POST: it is never retried once it may have reached the server.
        """
        request = delete_timetable_appointment.request_kwargs(
            location(location_id),
            body={"recordId": v.positive_id("appointment_id", appointment_id)},
            include=include_items(IncludeItem, include, _INCLUDES),
        )
        return await self._client._execute(
            APICall(delete_timetable_appointment.OPERATION_ID, request, _parse_appointments)
        )


class AsyncAppointmentProductItems(AsyncAPIResource):
    """Products sold or used in appointments."""

    async def get(
        self, location_id: int, item_id: int, *, include: Sequence[ProductItemInclude] | None = None
    ) -> AppointmentProductItem:
        """One item; `include=["product", "storage_amount"]` fills `.product` and `.storage_amount`
        (`product` is the wire's `good`, which is taken too)."""
        request = get_attendance_product_item.request_kwargs(
            location(location_id),
            v.positive_id("item_id", item_id),
            include=include_items(GetAttendanceProductItemIncludeItem, include, _ITEM_INCLUDES, _ITEM_ALIASES),
        )
        return await self._client._execute(APICall(get_attendance_product_item.OPERATION_ID, request, _parse_item))


class AsyncResourceOccupations(AsyncAPIResource):
    """When resource instances (rooms, equipment) are taken by appointments and events."""

    def list(
        self,
        location_id: int,
        start: dt.datetime | dt.date,
        end: dt.datetime | dt.date,
        *,
        service_id: int | None = None,
        service_ids: Sequence[int] | None = None,
    ) -> AsyncPager[ResourceOccupation]:
        """Occupations that lie within `start`..`end` (naive, the Location's local time); a
        date as `end` means through that day (`23:59:59`)."""
        since, until = _local("start", start), _local("end", end, end_of_period=True)
        if since > until:
            raise InvalidArgumentError("end", "must not be before start")
        request = list_resource_occupations.request_kwargs(
            location(location_id),
            filterdate_intersect_from_strict=since,
            filterdate_intersect_to_strict=until,
            filterservice_id=None if service_id is None else v.positive_id("service_id", service_id),
            filterservice_ids=None if service_ids is None else v.ids("service_ids", service_ids),
        )
        call = APICall(list_resource_occupations.OPERATION_ID, request, _parse_occupations)
        return AsyncPager(once(self._client._execute, call))
