from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.to_many_relationship import ToManyRelationship
    from ..models.to_one_relationship import ToOneRelationship


T = TypeVar("T", bound="ProductResourceRelationships")


@_attrs_define
class ProductResourceRelationships:
    """Included only if the related data is asked for via `include`"""

    loyalty_abonement_type: ToOneRelationship | Unset = UNSET
    loyalty_certificate_type: ToOneRelationship | Unset = UNSET
    mark_settings: ToOneRelationship | Unset = UNSET
    storage_amounts: ToManyRelationship | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        loyalty_abonement_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.loyalty_abonement_type, Unset):
            loyalty_abonement_type = self.loyalty_abonement_type.to_dict()

        loyalty_certificate_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.loyalty_certificate_type, Unset):
            loyalty_certificate_type = self.loyalty_certificate_type.to_dict()

        mark_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mark_settings, Unset):
            mark_settings = self.mark_settings.to_dict()

        storage_amounts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.storage_amounts, Unset):
            storage_amounts = self.storage_amounts.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if loyalty_abonement_type is not UNSET:
            field_dict["loyalty_abonement_type"] = loyalty_abonement_type
        if loyalty_certificate_type is not UNSET:
            field_dict["loyalty_certificate_type"] = loyalty_certificate_type
        if mark_settings is not UNSET:
            field_dict["mark_settings"] = mark_settings
        if storage_amounts is not UNSET:
            field_dict["storage_amounts"] = storage_amounts

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.to_many_relationship import ToManyRelationship
        from ..models.to_one_relationship import ToOneRelationship

        d = dict(src_dict)
        _loyalty_abonement_type = d.pop("loyalty_abonement_type", UNSET)
        loyalty_abonement_type: ToOneRelationship | Unset
        if isinstance(_loyalty_abonement_type, Unset):
            loyalty_abonement_type = UNSET
        else:
            loyalty_abonement_type = ToOneRelationship.from_dict(
                _loyalty_abonement_type
            )

        _loyalty_certificate_type = d.pop("loyalty_certificate_type", UNSET)
        loyalty_certificate_type: ToOneRelationship | Unset
        if isinstance(_loyalty_certificate_type, Unset):
            loyalty_certificate_type = UNSET
        else:
            loyalty_certificate_type = ToOneRelationship.from_dict(
                _loyalty_certificate_type
            )

        _mark_settings = d.pop("mark_settings", UNSET)
        mark_settings: ToOneRelationship | Unset
        if isinstance(_mark_settings, Unset):
            mark_settings = UNSET
        else:
            mark_settings = ToOneRelationship.from_dict(_mark_settings)

        _storage_amounts = d.pop("storage_amounts", UNSET)
        storage_amounts: ToManyRelationship | Unset
        if isinstance(_storage_amounts, Unset):
            storage_amounts = UNSET
        else:
            storage_amounts = ToManyRelationship.from_dict(_storage_amounts)

        product_resource_relationships = cls(
            loyalty_abonement_type=loyalty_abonement_type,
            loyalty_certificate_type=loyalty_certificate_type,
            mark_settings=mark_settings,
            storage_amounts=storage_amounts,
        )

        return product_resource_relationships
