from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_event_appointment_request_attendance_good_items_item import (
        UpdateEventAppointmentRequestAttendanceGoodItemsItem,
    )
    from ..models.update_event_appointment_request_attendance_service_item import (
        UpdateEventAppointmentRequestAttendanceServiceItem,
    )


T = TypeVar("T", bound="UpdateEventAppointmentRequest")


@_attrs_define
class UpdateEventAppointmentRequest:
    attendance_service_item: UpdateEventAppointmentRequestAttendanceServiceItem
    attendance_good_items: (
        list[UpdateEventAppointmentRequestAttendanceGoodItemsItem] | Unset
    ) = UNSET
    """ Wire field (literal name) holding the Appointment Product Items """
    comment: None | str | Unset = UNSET
    """ Comment on the Appointment """
    label_ids: list[int] | None | Unset = UNSET
    """ IDs of Tags """
    color: None | str | Unset = UNSET
    """ Color of the Appointment with no leading `#` """
    clients_count: int | None | Unset = UNSET
    """ How many places the Appointment reserves """

    def to_dict(self) -> dict[str, Any]:
        attendance_service_item = self.attendance_service_item.to_dict()

        attendance_good_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attendance_good_items, Unset):
            attendance_good_items = []
            for attendance_good_items_item_data in self.attendance_good_items:
                attendance_good_items_item = attendance_good_items_item_data.to_dict()
                attendance_good_items.append(attendance_good_items_item)

        comment: None | str | Unset
        if isinstance(self.comment, Unset):
            comment = UNSET
        else:
            comment = self.comment

        label_ids: list[int] | None | Unset
        if isinstance(self.label_ids, Unset):
            label_ids = UNSET
        elif isinstance(self.label_ids, list):
            label_ids = self.label_ids

        else:
            label_ids = self.label_ids

        color: None | str | Unset
        if isinstance(self.color, Unset):
            color = UNSET
        else:
            color = self.color

        clients_count: int | None | Unset
        if isinstance(self.clients_count, Unset):
            clients_count = UNSET
        else:
            clients_count = self.clients_count

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "attendance_service_item": attendance_service_item,
            }
        )
        if attendance_good_items is not UNSET:
            field_dict["attendance_good_items"] = attendance_good_items
        if comment is not UNSET:
            field_dict["comment"] = comment
        if label_ids is not UNSET:
            field_dict["label_ids"] = label_ids
        if color is not UNSET:
            field_dict["color"] = color
        if clients_count is not UNSET:
            field_dict["clients_count"] = clients_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.update_event_appointment_request_attendance_good_items_item import (
            UpdateEventAppointmentRequestAttendanceGoodItemsItem,
        )
        from ..models.update_event_appointment_request_attendance_service_item import (
            UpdateEventAppointmentRequestAttendanceServiceItem,
        )

        d = dict(src_dict)
        attendance_service_item = (
            UpdateEventAppointmentRequestAttendanceServiceItem.from_dict(
                d.pop("attendance_service_item")
            )
        )

        _attendance_good_items = d.pop("attendance_good_items", UNSET)
        attendance_good_items: (
            list[UpdateEventAppointmentRequestAttendanceGoodItemsItem] | Unset
        ) = UNSET
        if _attendance_good_items is not UNSET:
            attendance_good_items = []
            for attendance_good_items_item_data in _attendance_good_items:
                attendance_good_items_item = (
                    UpdateEventAppointmentRequestAttendanceGoodItemsItem.from_dict(
                        attendance_good_items_item_data
                    )
                )

                attendance_good_items.append(attendance_good_items_item)

        def _parse_comment(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        comment = _parse_comment(d.pop("comment", UNSET))

        def _parse_label_ids(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                label_ids_type_0 = cast(list[int], data)

                return label_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        label_ids = _parse_label_ids(d.pop("label_ids", UNSET))

        def _parse_color(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        color = _parse_color(d.pop("color", UNSET))

        def _parse_clients_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        clients_count = _parse_clients_count(d.pop("clients_count", UNSET))

        update_event_appointment_request = cls(
            attendance_service_item=attendance_service_item,
            attendance_good_items=attendance_good_items,
            comment=comment,
            label_ids=label_ids,
            color=color,
            clients_count=clients_count,
        )

        return update_event_appointment_request
