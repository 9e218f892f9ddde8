from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="AttendanceServiceResourceAttributes")


@_attrs_define
class AttendanceServiceResourceAttributes:
    company_id: int
    """ Identifier of the Location """
    service_id: int
    """ Identifier of the Service """
    category_id: int
    """ Identifier of the Service Category """
    is_composite: bool
    """ Indicates whether this is a composite Service """
    composite_service_id: int
    """ ID of the composite Service this one belongs to, or `0` """
    salon_service_id: int | None
    """ Identifier of the Service link specific to the Location """
    composite_position: int | None
    """ Order of this item inside a composite Service """
    staff_id: int
    """ ID of the Team Member, or `0` if the entry is not tied to a Team Member """
    title: str
    """ Title of the Service """
    length: int
    """ Deprecated: length in seconds. Use `duration` instead """
    duration: int
    """ How long the Service lasts, in seconds """
    price_min: float
    """ Lowest price of the Service """
    price_max: float
    """ Upper bound of the Service price """
    technical_break_duration: int
    """ Length of the technical break, in seconds """

    def to_dict(self) -> dict[str, Any]:
        company_id = self.company_id

        service_id = self.service_id

        category_id = self.category_id

        is_composite = self.is_composite

        composite_service_id = self.composite_service_id

        salon_service_id: int | None
        salon_service_id = self.salon_service_id

        composite_position: int | None
        composite_position = self.composite_position

        staff_id = self.staff_id

        title = self.title

        length = self.length

        duration = self.duration

        price_min = self.price_min

        price_max = self.price_max

        technical_break_duration = self.technical_break_duration

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "company_id": company_id,
                "service_id": service_id,
                "category_id": category_id,
                "is_composite": is_composite,
                "composite_service_id": composite_service_id,
                "salon_service_id": salon_service_id,
                "composite_position": composite_position,
                "staff_id": staff_id,
                "title": title,
                "length": length,
                "duration": duration,
                "price_min": price_min,
                "price_max": price_max,
                "technical_break_duration": technical_break_duration,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        company_id = d.pop("company_id")

        service_id = d.pop("service_id")

        category_id = d.pop("category_id")

        is_composite = d.pop("is_composite")

        composite_service_id = d.pop("composite_service_id")

        def _parse_salon_service_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        salon_service_id = _parse_salon_service_id(d.pop("salon_service_id"))

        def _parse_composite_position(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        composite_position = _parse_composite_position(d.pop("composite_position"))

        staff_id = d.pop("staff_id")

        title = d.pop("title")

        length = d.pop("length")

        duration = d.pop("duration")

        price_min = d.pop("price_min")

        price_max = d.pop("price_max")

        technical_break_duration = d.pop("technical_break_duration")

        attendance_service_resource_attributes = cls(
            company_id=company_id,
            service_id=service_id,
            category_id=category_id,
            is_composite=is_composite,
            composite_service_id=composite_service_id,
            salon_service_id=salon_service_id,
            composite_position=composite_position,
            staff_id=staff_id,
            title=title,
            length=length,
            duration=duration,
            price_min=price_min,
            price_max=price_max,
            technical_break_duration=technical_break_duration,
        )

        return attendance_service_resource_attributes
