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
    from ..models.attendance_service_resource_attributes import (
        AttendanceServiceResourceAttributes,
    )


T = TypeVar("T", bound="AttendanceServiceResource")


@_attrs_define
class AttendanceServiceResource:
    type_: Literal["attendance_service"]
    """ Fixed JSON:API type name of the resource """
    id: str
    """ Composite identifier of the Attendance Service """
    attributes: AttendanceServiceResourceAttributes

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id = self.id

        attributes = self.attributes.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "id": id,
                "attributes": attributes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.attendance_service_resource_attributes import (
            AttendanceServiceResourceAttributes,
        )

        d = dict(src_dict)
        type_ = cast(Literal["attendance_service"], d.pop("type"))
        if type_ != "attendance_service":
            raise ValueError(
                f"type must match const 'attendance_service', got '{type_}'"
            )

        id = d.pop("id")

        attributes = AttendanceServiceResourceAttributes.from_dict(d.pop("attributes"))

        attendance_service_resource = cls(
            type_=type_,
            id=id,
            attributes=attributes,
        )

        return attendance_service_resource
