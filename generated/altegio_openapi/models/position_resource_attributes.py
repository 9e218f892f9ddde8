from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.position_resource_attributes_services_binding_type import (
    PositionResourceAttributesServicesBindingType,
)

T = TypeVar("T", bound="PositionResourceAttributes")


@_attrs_define
class PositionResourceAttributes:
    chain_id: int
    """ Identifier of the Chain """
    title: str
    """ Title of the Position """
    description: str
    """ Text describing the Position """
    services_binding_type: PositionResourceAttributesServicesBindingType
    """ How Services are bound:
    - `0` - disabled
    - `1` - soft
    - `2` - strict
     """
    rules_required_fields: list[str]
    """ Fields the rules require """
    only_chain_appointment: bool
    """ Indicates that the Position can be used for Chain Appointments only """
    salon_ids: list[int]
    """ IDs of the Locations that the Position is attached to """

    def to_dict(self) -> dict[str, Any]:
        chain_id = self.chain_id

        title = self.title

        description = self.description

        services_binding_type = self.services_binding_type.value

        rules_required_fields = self.rules_required_fields

        only_chain_appointment = self.only_chain_appointment

        salon_ids = self.salon_ids

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "chain_id": chain_id,
                "title": title,
                "description": description,
                "services_binding_type": services_binding_type,
                "rules_required_fields": rules_required_fields,
                "only_chain_appointment": only_chain_appointment,
                "salon_ids": salon_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        chain_id = d.pop("chain_id")

        title = d.pop("title")

        description = d.pop("description")

        services_binding_type = PositionResourceAttributesServicesBindingType(
            d.pop("services_binding_type")
        )

        rules_required_fields = cast(list[str], d.pop("rules_required_fields"))

        only_chain_appointment = d.pop("only_chain_appointment")

        salon_ids = cast(list[int], d.pop("salon_ids"))

        position_resource_attributes = cls(
            chain_id=chain_id,
            title=title,
            description=description,
            services_binding_type=services_binding_type,
            rules_required_fields=rules_required_fields,
            only_chain_appointment=only_chain_appointment,
            salon_ids=salon_ids,
        )

        return position_resource_attributes
