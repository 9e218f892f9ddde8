"""Booking Users (wire: `client`) and their attendance statistics."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from ... import _validation as v
from ..._operations import APICall
from ...models.booking_users import AttendanceStatistics, BookingUser
from .._shared import AsyncAPIResource, include_names, item_parser, location

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
        arguments = {
            "location_id": location(location_id),
            "client_id": v.positive_id("booking_user_id", booking_user_id),
            "include": include_names(include, _INCLUDES),
        }
        return await self._client._execute(APICall("get_attendance_booking_user", arguments, _parse_booking_user))

    async def location_statistics(self, location_id: int, booking_user_id: int) -> AttendanceStatistics:
        """Visits, spending and deposits of a Booking User in this Location."""
        arguments = {
            "location_id": location(location_id),
            "client_id": v.positive_id("booking_user_id", booking_user_id),
        }
        return await self._client._execute(
            APICall("get_booking_user_location_attendance_statistics", arguments, _parse_statistics)
        )

    async def chain_statistics(self, location_id: int, booking_user_id: int, chain_id: int) -> AttendanceStatistics:
        """Visits, spending and deposits of a Booking User across a chain of Locations."""
        arguments = {
            "location_id": location(location_id),
            "client_id": v.positive_id("booking_user_id", booking_user_id),
            "chain_id": v.positive_id("chain_id", chain_id),
        }
        return await self._client._execute(
            APICall("get_booking_user_chain_attendance_statistics", arguments, _parse_statistics)
        )
