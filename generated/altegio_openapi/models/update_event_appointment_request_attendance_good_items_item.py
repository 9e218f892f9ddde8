from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.update_event_appointment_request_attendance_good_items_item_operation_unit_type import (
    UpdateEventAppointmentRequestAttendanceGoodItemsItemOperationUnitType,
)

T = TypeVar("T", bound="UpdateEventAppointmentRequestAttendanceGoodItemsItem")


@_attrs_define
class UpdateEventAppointmentRequestAttendanceGoodItemsItem:
    id: int | None
    """ ID of the Appointment Product Item; `null` means a new item is created """
    good_id: int
    """ Wire field name that carries the Product ID """
    unit_id: int
    """ Identifier of the Unit """
    storage_id: int
    """ Identifier of the Inventory Location """
    staff_id: int
    """ Identifier of the Team Member """
    operation_unit_type: (
        UpdateEventAppointmentRequestAttendanceGoodItemsItemOperationUnitType
    )
    """ Kind of Product operation """
    number: None | str
    quantity: float
    cost_per_unit: float
    manual_cost: float
    discount_percent: float
    marks: list[str]
    planned_activation_date: datetime.date | None

    def to_dict(self) -> dict[str, Any]:
        id: int | None
        id = self.id

        good_id = self.good_id

        unit_id = self.unit_id

        storage_id = self.storage_id

        staff_id = self.staff_id

        operation_unit_type = self.operation_unit_type.value

        number: None | str
        number = self.number

        quantity = self.quantity

        cost_per_unit = self.cost_per_unit

        manual_cost = self.manual_cost

        discount_percent = self.discount_percent

        marks = self.marks

        planned_activation_date: None | str
        if isinstance(self.planned_activation_date, datetime.date):
            planned_activation_date = self.planned_activation_date.isoformat()
        else:
            planned_activation_date = self.planned_activation_date

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "good_id": good_id,
                "unit_id": unit_id,
                "storage_id": storage_id,
                "staff_id": staff_id,
                "operation_unit_type": operation_unit_type,
                "number": number,
                "quantity": quantity,
                "cost_per_unit": cost_per_unit,
                "manual_cost": manual_cost,
                "discount_percent": discount_percent,
                "marks": marks,
                "planned_activation_date": planned_activation_date,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        id = _parse_id(d.pop("id"))

        good_id = d.pop("good_id")

        unit_id = d.pop("unit_id")

        storage_id = d.pop("storage_id")

        staff_id = d.pop("staff_id")

        operation_unit_type = (
            UpdateEventAppointmentRequestAttendanceGoodItemsItemOperationUnitType(
                d.pop("operation_unit_type")
            )
        )

        def _parse_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        number = _parse_number(d.pop("number"))

        quantity = d.pop("quantity")

        cost_per_unit = d.pop("cost_per_unit")

        manual_cost = d.pop("manual_cost")

        discount_percent = d.pop("discount_percent")

        marks = cast(list[str], d.pop("marks"))

        def _parse_planned_activation_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                planned_activation_date_type_0 = datetime.date.fromisoformat(data)

                return planned_activation_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        planned_activation_date = _parse_planned_activation_date(
            d.pop("planned_activation_date")
        )

        update_event_appointment_request_attendance_good_items_item = cls(
            id=id,
            good_id=good_id,
            unit_id=unit_id,
            storage_id=storage_id,
            staff_id=staff_id,
            operation_unit_type=operation_unit_type,
            number=number,
            quantity=quantity,
            cost_per_unit=cost_per_unit,
            manual_cost=manual_cost,
            discount_percent=discount_percent,
            marks=marks,
            planned_activation_date=planned_activation_date,
        )

        return update_event_appointment_request_attendance_good_items_item
