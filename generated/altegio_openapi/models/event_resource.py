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
    from ..models.event_resource_attributes import EventResourceAttributes
    from ..models.event_resource_relationships import EventResourceRelationships


T = TypeVar("T", bound="EventResource")


@_attrs_define
class EventResource:
    type_: Literal["activity"]
    """ Fixed JSON:API resource type used for Events """
    id: str
    """ Identifier of the Event """
    attributes: EventResourceAttributes
    relationships: EventResourceRelationships | Unset = UNSET
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
        from ..models.event_resource_attributes import EventResourceAttributes
        from ..models.event_resource_relationships import EventResourceRelationships

        d = dict(src_dict)
        type_ = cast(Literal["activity"], d.pop("type"))
        if type_ != "activity":
            raise ValueError(f"type must match const 'activity', got '{type_}'")

        id = d.pop("id")

        attributes = EventResourceAttributes.from_dict(d.pop("attributes"))

        _relationships = d.pop("relationships", UNSET)
        relationships: EventResourceRelationships | Unset
        if isinstance(_relationships, Unset):
            relationships = UNSET
        else:
            relationships = EventResourceRelationships.from_dict(_relationships)

        event_resource = cls(
            type_=type_,
            id=id,
            attributes=attributes,
            relationships=relationships,
        )

        return event_resource
