"""Booking Users (wire: `client`) and their attendance statistics."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from altegio_openapi.api.booking_users import get_attendance_booking_user
from altegio_openapi.api.booking_users import get_booking_user_chain_attendance_statistics as chain_statistics
from altegio_openapi.api.booking_users import get_booking_user_location_attendance_statistics as location_statistics
from altegio_openapi.models import BookingUserIncludeItem

from ... import _validation as v
from ..._operations import APICall
from ...models.booking_users import AttendanceStatistics, BookingUser
from .._shared import AsyncAPIResource, include_items, item_parser, location

BookingUserInclude = Literal[
    "labels",
    "first_successful_visit",
    "loyalty_cards",
    "loyalty_certificates",
    "loyalty_abonements",
    "custom_field_values",
    "agreements",
]
_INCLUDES: tuple[str, ...] = BookingUserInclude.__args__  # type: ignore[attr-defined]
_parse_booking_user = item_parser(BookingUser)
_parse_statistics = item_parser(AttendanceStatistics)


class AsyncBookingUsers(AsyncAPIResource):
    """The people who book: as seen in attendances, and what they spent."""

    async def get(
        self, location_id: int, booking_user_id: int, *, include: Sequence[BookingUserInclude] | None = None
    ) -> BookingUser:
        """A Booking User as the attendance screen shows them (visibility follows the
        Business User's permissions)."""
        request = get_attendance_booking_user.request_kwargs(
            location(location_id),
            v.positive_id("booking_user_id", booking_user_id),
            include=include_items(BookingUserIncludeItem, include, _INCLUDES),
        )
        return await self._client._execute(
            APICall(get_attendance_booking_user.OPERATION_ID, request, _parse_booking_user)
        )

    async def location_statistics(self, location_id: int, booking_user_id: int) -> AttendanceStatistics:
        """Visits, spending and deposits of a Booking User in this Location."""
        request = location_statistics.request_kwargs(
            location(location_id), v.positive_id("booking_user_id", booking_user_id)
        )
        return await self._client._execute(APICall(location_statistics.OPERATION_ID, request, _parse_statistics))

    async def chain_statistics(self, location_id: int, booking_user_id: int, chain_id: int) -> AttendanceStatistics:
        """Visits, spending and deposits of a Booking User across a chain of Locations."""
        request = chain_statistics.request_kwargs(
            location(location_id),
            v.positive_id("booking_user_id", booking_user_id),
            v.positive_id("chain_id", chain_id),
        )
        return await self._client._execute(APICall(chain_statistics.OPERATION_ID, request, _parse_statistics))
