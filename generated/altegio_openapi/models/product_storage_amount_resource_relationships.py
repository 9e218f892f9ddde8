from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.to_one_relationship import ToOneRelationship


T = TypeVar("T", bound="ProductStorageAmountResourceRelationships")


@_attrs_define
class ProductStorageAmountResourceRelationships:
    """Included only if the related data is asked for via `include`"""

    storage: ToOneRelationship | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        storage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.storage, Unset):
            storage = self.storage.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if storage is not UNSET:
            field_dict["storage"] = storage

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.to_one_relationship import ToOneRelationship

        d = dict(src_dict)
        _storage = d.pop("storage", UNSET)
        storage: ToOneRelationship | Unset
        if isinstance(_storage, Unset):
            storage = UNSET
        else:
            storage = ToOneRelationship.from_dict(_storage)

        product_storage_amount_resource_relationships = cls(
            storage=storage,
        )

        return product_storage_amount_resource_relationships
