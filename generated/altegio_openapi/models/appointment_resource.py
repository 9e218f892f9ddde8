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
    from ..models.appointment_resource_attributes import AppointmentResourceAttributes
    from ..models.appointment_resource_relationships import (
        AppointmentResourceRelationships,
    )


T = TypeVar("T", bound="AppointmentResource")


@_attrs_define
class AppointmentResource:
    type_: Literal["record"]
    """ Fixed JSON:API type name of the resource """
    id: str
    """ Identifier of the Appointment """
    attributes: AppointmentResourceAttributes
    relationships: AppointmentResourceRelationships | Unset = UNSET
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
        from ..models.appointment_resource_attributes import (
            AppointmentResourceAttributes,
        )
        from ..models.appointment_resource_relationships import (
            AppointmentResourceRelationships,
        )

        d = dict(src_dict)
        type_ = cast(Literal["record"], d.pop("type"))
        if type_ != "record":
            raise ValueError(f"type must match const 'record', got '{type_}'")

        id = d.pop("id")

        attributes = AppointmentResourceAttributes.from_dict(d.pop("attributes"))

        _relationships = d.pop("relationships", UNSET)
        relationships: AppointmentResourceRelationships | Unset
        if isinstance(_relationships, Unset):
            relationships = UNSET
        else:
            relationships = AppointmentResourceRelationships.from_dict(_relationships)

        appointment_resource = cls(
            type_=type_,
            id=id,
            attributes=attributes,
            relationships=relationships,
        )

        return appointment_resource
