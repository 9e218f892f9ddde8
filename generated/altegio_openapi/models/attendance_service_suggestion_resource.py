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

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attendance_service_suggestion_resource_attributes import (
        AttendanceServiceSuggestionResourceAttributes,
    )
    from ..models.attendance_service_suggestion_resource_relationships import (
        AttendanceServiceSuggestionResourceRelationships,
    )


T = TypeVar("T", bound="AttendanceServiceSuggestionResource")


@_attrs_define
class AttendanceServiceSuggestionResource:
    type_: Literal["attendance_service_suggestion"]
    """ Fixed JSON:API type name of the resource """
    id: str
    """ Identifier of the suggested Service """
    attributes: AttendanceServiceSuggestionResourceAttributes
    relationships: AttendanceServiceSuggestionResourceRelationships | Unset = UNSET
    """ Included only if the related data is asked for via `include` """

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id = self.id

        attributes = self.attributes.to_dict()

        relationships: dict[str, Any] | Unset = UNSET
        if not isinstance(self.relationships, Unset):
            relationships = self.relationships.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "id": id,
                "attributes": attributes,
            }
        )
        if relationships is not UNSET:
            field_dict["relationships"] = relationships

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.attendance_service_suggestion_resource_attributes import (
            AttendanceServiceSuggestionResourceAttributes,
        )
        from ..models.attendance_service_suggestion_resource_relationships import (
            AttendanceServiceSuggestionResourceRelationships,
        )

        d = dict(src_dict)
        type_ = cast(Literal["attendance_service_suggestion"], d.pop("type"))
        if type_ != "attendance_service_suggestion":
            raise ValueError(
                f"type must match const 'attendance_service_suggestion', got '{type_}'"
            )

        id = d.pop("id")

        attributes = AttendanceServiceSuggestionResourceAttributes.from_dict(
            d.pop("attributes")
        )

        _relationships = d.pop("relationships", UNSET)
        relationships: AttendanceServiceSuggestionResourceRelationships | Unset
        if isinstance(_relationships, Unset):
            relationships = UNSET
        else:
            relationships = AttendanceServiceSuggestionResourceRelationships.from_dict(
                _relationships
            )

        attendance_service_suggestion_resource = cls(
            type_=type_,
            id=id,
            attributes=attributes,
            relationships=relationships,
        )

        return attendance_service_suggestion_resource
