"""Booking Users and their attendance statistics (the spec's "Booking Users" section).

MOCK_OTHER_CHAIN_CLIENT_ID is a Booking User of another chain: 422 {"client_id"} for the three
Booking User operations.
"""

from __future__ import annotations

from typing import Any

from .constants import BOOKING_USER, MOCK_LOCATION_ID, MOCK_OTHER_CHAIN_CLIENT_ID
from .core import Call, Reply, Section, invalid


class BookingUsersMock(Section):
    """The Booking Users operations."""

    def _booking_user(self, client_id: int) -> dict[str, Any]:
        return {"type": "client", "id": str(client_id), "attributes": dict(BOOKING_USER)}

    def _client_id(self, call: Call) -> int:
        """A Booking User of the path: MOCK_MISSING_ID is none (404), MOCK_OTHER_CHAIN_CLIENT_ID
        is one of another chain's Location (422 on `client_id`)."""
        client_id = self._path_id(call, "client_id")
        if client_id == MOCK_OTHER_CHAIN_CLIENT_ID:
            raise invalid("client_id", "The Booking User is not a client of this Location")
        return client_id

    def _op_get_attendance_booking_user(self, call: Call) -> Reply:
        resource = self._booking_user(self._client_id(call))
        included: dict[tuple[str, str], Any] = {}
        if "labels" in call.query.get("include", []):
            labels = [
                self._tag(i, t) for i, t in self.tags.items() if t["entity_type"] == "client" and not t["is_deleted"]
            ]
            self._link(resource, included, "labels", labels)
        return Reply(200, self._with_included({"data": resource, "meta": []}, included))

    def _statistics(self, operation_id: str, resource_id: str, **attributes: Any) -> Reply:
        body = self.example(operation_id)
        deposit = {
            "type": "timetable_deposit",
            "id": "7",
            "attributes": {
                "title": "Gift deposit",
                "balance": 100,
                "reserved_balance": 25.5,
                "available_balance": 74.5,
            },
        }
        body["data"].update(
            id=resource_id, relationships={"deposits": {"data": [{"type": deposit["type"], "id": "7"}]}}
        )
        body["data"]["attributes"].update(attributes)
        return Reply(200, {**body, "included": [deposit]})

    def _op_get_booking_user_location_attendance_statistics(self, call: Call) -> Reply:
        client_id = self._client_id(call)
        operation_id = call.operation.id
        return self._statistics(operation_id, f"{client_id}_{MOCK_LOCATION_ID}", company_id=MOCK_LOCATION_ID)

    def _op_get_booking_user_chain_attendance_statistics(self, call: Call) -> Reply:
        client_id, chain_id = self._client_id(call), self._path_id(call, "chain_id")
        return self._statistics(call.operation.id, f"{client_id}_{chain_id}", chain_id=chain_id)
