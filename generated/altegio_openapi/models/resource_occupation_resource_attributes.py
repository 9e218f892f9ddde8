from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.resource_occupation_resource_attributes_source_type import (
    ResourceOccupationResourceAttributesSourceType,
)
from ..models.resource_occupation_resource_attributes_source_type_slug import (
    ResourceOccupationResourceAttributesSourceTypeSlug,
)

T = TypeVar("T", bound="ResourceOccupationResourceAttributes")


@_attrs_define
class ResourceOccupationResourceAttributes:
    source_type: ResourceOccupationResourceAttributesSourceType
    """ Deprecated source type. Use `source_type_slug` instead """
    source_type_slug: ResourceOccupationResourceAttributesSourceTypeSlug
    """ Where the occupation comes from. The wire values `record` and `activity`
    stand for Appointment and Event, respectively.
     """
    source_id: int
    """ ID of an Appointment or an Event, as determined by `source_type_slug` """
    resource_id: int
    """ Identifier of the Resource """
    resource_instance_id: int
    """ Identifier of the Resource instance """
    from_: str
    """ Start of the occupation, in the Location's timezone """
    to: str
    """ End of the occupation, in the Location timezone """

    def to_dict(self) -> dict[str, Any]:
        source_type = self.source_type.value

        source_type_slug = self.source_type_slug.value

        source_id = self.source_id

        resource_id = self.resource_id

        resource_instance_id = self.resource_instance_id

        from_ = self.from_

        to = self.to

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "source_type": source_type,
                "source_type_slug": source_type_slug,
                "source_id": source_id,
                "resource_id": resource_id,
                "resource_instance_id": resource_instance_id,
                "from": from_,
                "to": to,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        source_type = ResourceOccupationResourceAttributesSourceType(
            d.pop("source_type")
        )

        source_type_slug = ResourceOccupationResourceAttributesSourceTypeSlug(
            d.pop("source_type_slug")
        )

        source_id = d.pop("source_id")

        resource_id = d.pop("resource_id")

        resource_instance_id = d.pop("resource_instance_id")

        from_ = d.pop("from")

        to = d.pop("to")

        resource_occupation_resource_attributes = cls(
            source_type=source_type,
            source_type_slug=source_type_slug,
            source_id=source_id,
            resource_id=resource_id,
            resource_instance_id=resource_instance_id,
            from_=from_,
            to=to,
        )

        return resource_occupation_resource_attributes
