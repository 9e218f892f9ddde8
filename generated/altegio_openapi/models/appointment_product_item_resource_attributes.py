from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="AppointmentProductItemResourceAttributes")


@_attrs_define
class AppointmentProductItemResourceAttributes:
    record_id: int
    """ Identifier of the Appointment (sent on the wire as `record_id`) """
    quantity: float
    """ How many of the Product """
    unit_id: int
    """ Identifier of the Unit used for the operation """
    sale_unit_id: int
    """ Identifier of the Sale Unit """
    consumable_unit_id: int
    """ Identifier of the Consumable Unit """
    operation_unit_type: None | str
    """ Deprecated field kept on the wire; use `operation_type_slug` instead """
    operation_type_slug: None | str
    """ Kind of unit operation """
    first_cost: float
    """ Product cost prior to any Appointment item adjustments """
    manual_cost: float
    """ Product cost entered by hand """
    cost_per_unit: float
    """ Cost of the Product for one unit """
    discount_percent: float
    """ Discount applied, as a percentage """
    cost: float
    """ Product cost after all adjustments """
    master_id: int
    """ Legacy wire alias for the Team Member ID (deprecated); prefer `staff_id` """
    staff_id: int
    """ Identifier of the Team Member """
    good_id: int
    """ Identifier of the Product """
    storage_id: int
    """ Identifier of the Storage """

    def to_dict(self) -> dict[str, Any]:
        record_id = self.record_id

        quantity = self.quantity

        unit_id = self.unit_id

        sale_unit_id = self.sale_unit_id

        consumable_unit_id = self.consumable_unit_id

        operation_unit_type: None | str
        operation_unit_type = self.operation_unit_type

        operation_type_slug: None | str
        operation_type_slug = self.operation_type_slug

        first_cost = self.first_cost

        manual_cost = self.manual_cost

        cost_per_unit = self.cost_per_unit

        discount_percent = self.discount_percent

        cost = self.cost

        master_id = self.master_id

        staff_id = self.staff_id

        good_id = self.good_id

        storage_id = self.storage_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "record_id": record_id,
                "quantity": quantity,
                "unit_id": unit_id,
                "sale_unit_id": sale_unit_id,
                "consumable_unit_id": consumable_unit_id,
                "operation_unit_type": operation_unit_type,
                "operation_type_slug": operation_type_slug,
                "first_cost": first_cost,
                "manual_cost": manual_cost,
                "cost_per_unit": cost_per_unit,
                "discount_percent": discount_percent,
                "cost": cost,
                "master_id": master_id,
                "staff_id": staff_id,
                "good_id": good_id,
                "storage_id": storage_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        record_id = d.pop("record_id")

        quantity = d.pop("quantity")

        unit_id = d.pop("unit_id")

        sale_unit_id = d.pop("sale_unit_id")

        consumable_unit_id = d.pop("consumable_unit_id")

        def _parse_operation_unit_type(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        operation_unit_type = _parse_operation_unit_type(d.pop("operation_unit_type"))

        def _parse_operation_type_slug(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        operation_type_slug = _parse_operation_type_slug(d.pop("operation_type_slug"))

        first_cost = d.pop("first_cost")

        manual_cost = d.pop("manual_cost")

        cost_per_unit = d.pop("cost_per_unit")

        discount_percent = d.pop("discount_percent")

        cost = d.pop("cost")

        master_id = d.pop("master_id")

        staff_id = d.pop("staff_id")

        good_id = d.pop("good_id")

        storage_id = d.pop("storage_id")

        appointment_product_item_resource_attributes = cls(
            record_id=record_id,
            quantity=quantity,
            unit_id=unit_id,
            sale_unit_id=sale_unit_id,
            consumable_unit_id=consumable_unit_id,
            operation_unit_type=operation_unit_type,
            operation_type_slug=operation_type_slug,
            first_cost=first_cost,
            manual_cost=manual_cost,
            cost_per_unit=cost_per_unit,
            discount_percent=discount_percent,
            cost=cost,
            master_id=master_id,
            staff_id=staff_id,
            good_id=good_id,
            storage_id=storage_id,
        )

        return appointment_product_item_resource_attributes
