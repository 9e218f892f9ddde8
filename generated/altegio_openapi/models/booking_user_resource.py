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
    from ..models.booking_user_resource_attributes import BookingUserResourceAttributes
    from ..models.booking_user_resource_relationships import (
        BookingUserResourceRelationships,
    )


T = TypeVar("T", bound="BookingUserResource")


@_attrs_define
class BookingUserResource:
    type_: Literal["client"]
    """ Fixed legacy JSON:API resource type used for a Booking User """
    id: str
    """ Identifier of the Booking User profile """
    attributes: BookingUserResourceAttributes
    relationships: BookingUserResourceRelationships | Unset = UNSET
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
        from ..models.booking_user_resource_attributes import (
            BookingUserResourceAttributes,
        )
        from ..models.booking_user_resource_relationships import (
            BookingUserResourceRelationships,
        )

        d = dict(src_dict)
        type_ = cast(Literal["client"], d.pop("type"))
        if type_ != "client":
            raise ValueError(f"type must match const 'client', got '{type_}'")

        id = d.pop("id")

        attributes = BookingUserResourceAttributes.from_dict(d.pop("attributes"))

        _relationships = d.pop("relationships", UNSET)
        relationships: BookingUserResourceRelationships | Unset
        if isinstance(_relationships, Unset):
            relationships = UNSET
        else:
            relationships = BookingUserResourceRelationships.from_dict(_relationships)

        booking_user_resource = cls(
            type_=type_,
            id=id,
            attributes=attributes,
            relationships=relationships,
        )

        return booking_user_resource
