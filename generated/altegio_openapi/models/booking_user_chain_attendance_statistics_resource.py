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
    from ..models.booking_user_chain_attendance_statistics_resource_attributes import (
        BookingUserChainAttendanceStatisticsResourceAttributes,
    )


T = TypeVar("T", bound="BookingUserChainAttendanceStatisticsResource")


@_attrs_define
class BookingUserChainAttendanceStatisticsResource:
    type_: Literal["client_chain_attendances_statistic"]
    """ Legacy JSON:API resource type, literal, used for Chain statistics """
    id: str
    """ Combined identifier of the Booking User and the Chain """
    attributes: BookingUserChainAttendanceStatisticsResourceAttributes
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
        from ..models.booking_user_chain_attendance_statistics_resource_attributes import (
            BookingUserChainAttendanceStatisticsResourceAttributes,
        )

        d = dict(src_dict)
        type_ = cast(Literal["client_chain_attendances_statistic"], d.pop("type"))
        if type_ != "client_chain_attendances_statistic":
            raise ValueError(
                f"type must match const 'client_chain_attendances_statistic', got '{type_}'"
            )

        id = d.pop("id")

        attributes = BookingUserChainAttendanceStatisticsResourceAttributes.from_dict(
            d.pop("attributes")
        )

        relationships = BookingUserAttendanceStatisticsRelationships.from_dict(
            d.pop("relationships")
        )

        booking_user_chain_attendance_statistics_resource = cls(
            type_=type_,
            id=id,
            attributes=attributes,
            relationships=relationships,
        )

        return booking_user_chain_attendance_statistics_resource
