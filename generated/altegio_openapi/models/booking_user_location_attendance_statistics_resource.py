from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.booking_user_attendance_statistics_relationships import (
        BookingUserAttendanceStatisticsRelationships,
    )
    from ..models.booking_user_location_attendance_statistics_resource_attributes import (
        BookingUserLocationAttendanceStatisticsResourceAttributes,
    )


T = TypeVar("T", bound="BookingUserLocationAttendanceStatisticsResource")


@_attrs_define
class BookingUserLocationAttendanceStatisticsResource:
    type_: Literal["client_attendances_statistic"]
    """ Fixed legacy JSON:API type name used for Location statistics """
    id: str
    """ Composite identifier built from the Booking User and the Location """
    attributes: BookingUserLocationAttendanceStatisticsResourceAttributes
    relationships: BookingUserAttendanceStatisticsRelationships

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id = self.id

        attributes = self.attributes.to_dict()

        relationships = self.relationships.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "id": id,
                "attributes": attributes,
                "relationships": relationships,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.booking_user_attendance_statistics_relationships import (
            BookingUserAttendanceStatisticsRelationships,
        )
        from ..models.booking_user_location_attendance_statistics_resource_attributes import (
            BookingUserLocationAttendanceStatisticsResourceAttributes,
        )

        d = dict(src_dict)
        type_ = cast(Literal["client_attendances_statistic"], d.pop("type"))
        if type_ != "client_attendances_statistic":
            raise ValueError(
                f"type must match const 'client_attendances_statistic', got '{type_}'"
            )

        id = d.pop("id")

        attributes = (
            BookingUserLocationAttendanceStatisticsResourceAttributes.from_dict(
                d.pop("attributes")
            )
        )

        relationships = BookingUserAttendanceStatisticsRelationships.from_dict(
            d.pop("relationships")
        )

        booking_user_location_attendance_statistics_resource = cls(
            type_=type_,
            id=id,
            attributes=attributes,
            relationships=relationships,
        )

        return booking_user_location_attendance_statistics_resource
