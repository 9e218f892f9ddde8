from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="ProductResourceAttributes")


@_attrs_define
class ProductResourceAttributes:
    category_id: int
    """ Identifier of the Product Category """
    title: str
    """ Title of the Product """
    sale_unit_id: int
    """ Identifier of the Sale Unit """
    consumable_unit_id: int
    """ Identifier of the Consumable Unit """
    sale_unit_to_consumable_unit_ratio: float
    """ How many Consumable Units make up one Sale Unit """
    loyalty_abonement_type_id: int | None
    """ ID of the membership type, if this Product is a membership """
    loyalty_certificate_type_id: int | None
    """ ID of the certificate type if this Product is a certificate """
    cost: float
    """ Price at which the Product is sold """
    actual_cost: float | None
    """ The Product's current cost, returned only if `actual_cost` is requested and the
    Business User is allowed to see it; `null` in every other case.
     """
    is_chain: bool
    """ Indicates that the Product is part of the Chain catalog """

    def to_dict(self) -> dict[str, Any]:
        category_id = self.category_id

        title = self.title

        sale_unit_id = self.sale_unit_id

        consumable_unit_id = self.consumable_unit_id

        sale_unit_to_consumable_unit_ratio = self.sale_unit_to_consumable_unit_ratio

        loyalty_abonement_type_id: int | None
        loyalty_abonement_type_id = self.loyalty_abonement_type_id

        loyalty_certificate_type_id: int | None
        loyalty_certificate_type_id = self.loyalty_certificate_type_id

        cost = self.cost

        actual_cost: float | None
        actual_cost = self.actual_cost

        is_chain = self.is_chain

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "category_id": category_id,
                "title": title,
                "sale_unit_id": sale_unit_id,
                "consumable_unit_id": consumable_unit_id,
                "sale_unit_to_consumable_unit_ratio": sale_unit_to_consumable_unit_ratio,
                "loyalty_abonement_type_id": loyalty_abonement_type_id,
                "loyalty_certificate_type_id": loyalty_certificate_type_id,
                "cost": cost,
                "actual_cost": actual_cost,
                "is_chain": is_chain,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        category_id = d.pop("category_id")

        title = d.pop("title")

        sale_unit_id = d.pop("sale_unit_id")

        consumable_unit_id = d.pop("consumable_unit_id")

        sale_unit_to_consumable_unit_ratio = d.pop("sale_unit_to_consumable_unit_ratio")

        def _parse_loyalty_abonement_type_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        loyalty_abonement_type_id = _parse_loyalty_abonement_type_id(
            d.pop("loyalty_abonement_type_id")
        )

        def _parse_loyalty_certificate_type_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        loyalty_certificate_type_id = _parse_loyalty_certificate_type_id(
            d.pop("loyalty_certificate_type_id")
        )

        cost = d.pop("cost")

        def _parse_actual_cost(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        actual_cost = _parse_actual_cost(d.pop("actual_cost"))

        is_chain = d.pop("is_chain")

        product_resource_attributes = cls(
            category_id=category_id,
            title=title,
            sale_unit_id=sale_unit_id,
            consumable_unit_id=consumable_unit_id,
            sale_unit_to_consumable_unit_ratio=sale_unit_to_consumable_unit_ratio,
            loyalty_abonement_type_id=loyalty_abonement_type_id,
            loyalty_certificate_type_id=loyalty_certificate_type_id,
            cost=cost,
            actual_cost=actual_cost,
            is_chain=is_chain,
        )

        return product_resource_attributes
