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
    from ..models.appointment_product_item_resource_attributes import (
        AppointmentProductItemResourceAttributes,
    )
    from ..models.appointment_product_item_resource_relationships import (
        AppointmentProductItemResourceRelationships,
    )


T = TypeVar("T", bound="AppointmentProductItemResource")


@_attrs_define
class AppointmentProductItemResource:
    type_: Literal["attendance_good_item"]
    """ Fixed JSON:API type name of the resource """
    id: str
    """ Identifier of the Appointment Product Item """
    attributes: AppointmentProductItemResourceAttributes
    relationships: AppointmentProductItemResourceRelationships | Unset = UNSET
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
        from ..models.appointment_product_item_resource_attributes import (
            AppointmentProductItemResourceAttributes,
        )
        from ..models.appointment_product_item_resource_relationships import (
            AppointmentProductItemResourceRelationships,
        )

        d = dict(src_dict)
        type_ = cast(Literal["attendance_good_item"], d.pop("type"))
        if type_ != "attendance_good_item":
            raise ValueError(
                f"type must match const 'attendance_good_item', got '{type_}'"
            )

        id = d.pop("id")

        attributes = AppointmentProductItemResourceAttributes.from_dict(
            d.pop("attributes")
        )

        _relationships = d.pop("relationships", UNSET)
        relationships: AppointmentProductItemResourceRelationships | Unset
        if isinstance(_relationships, Unset):
            relationships = UNSET
        else:
            relationships = AppointmentProductItemResourceRelationships.from_dict(
                _relationships
            )

        appointment_product_item_resource = cls(
            type_=type_,
            id=id,
            attributes=attributes,
            relationships=relationships,
        )

        return appointment_product_item_resource
