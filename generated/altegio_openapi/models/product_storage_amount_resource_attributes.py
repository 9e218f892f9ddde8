from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ProductStorageAmountResourceAttributes")


@_attrs_define
class ProductStorageAmountResourceAttributes:
    good_id: int
    """ Identifier of the Product """
    storage_id: int
    """ Identifier of the Storage """
    sale_amount: float
    """ Quantity on hand, expressed in Sale Units """
    consumable_amount: float
    """ Quantity available, expressed in Consumable Units """

    def to_dict(self) -> dict[str, Any]:
        good_id = self.good_id

        storage_id = self.storage_id

        sale_amount = self.sale_amount

        consumable_amount = self.consumable_amount

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "good_id": good_id,
                "storage_id": storage_id,
                "sale_amount": sale_amount,
                "consumable_amount": consumable_amount,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        good_id = d.pop("good_id")

        storage_id = d.pop("storage_id")

        sale_amount = d.pop("sale_amount")

        consumable_amount = d.pop("consumable_amount")

        product_storage_amount_resource_attributes = cls(
            good_id=good_id,
            storage_id=storage_id,
            sale_amount=sale_amount,
            consumable_amount=consumable_amount,
        )

        return product_storage_amount_resource_attributes
