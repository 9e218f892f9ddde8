from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateEventRequest")


@_attrs_define
class CreateEventRequest:
    staff_id: int
    """ Identifier of the Team Member """
    service_id: int
    """ Identifier of the Service """
    resource_instance_ids: list[int]
    """ IDs of Resource Instances; may be an empty array """
    label_ids: list[int]
    """ IDs of Tags; may be an empty array """
    date: str
    """ Start of the Event in the Location's timezone, formatted `YYYY-MM-DD HH:MM:SS` """
    length: int
    """ Full length of the Event in seconds, technical break included """
    capacity: int
    """ How many places there are in total """
    technical_break_duration: int | None | Unset = UNSET
    """ Technical break length in seconds; when `null`, the Location setting applies """
    comment: str | Unset = UNSET
    """ Comment on the Event """
    color: str | Unset = UNSET
    """ Color of the Event, with the leading `#` """
    instructions: str | Unset = UNSET
    """ Guidance shown to Booking Users """
    stream_link: str | Unset = UNSET
    """ Streaming link for an online Event """
    force: bool | Unset = False
    """ Ignore availability conflicts of Team Members and Resource Instances """

    def to_dict(self) -> dict[str, Any]:
        staff_id = self.staff_id

        service_id = self.service_id

        resource_instance_ids = self.resource_instance_ids

        label_ids = self.label_ids

        date = self.date

        length = self.length

        capacity = self.capacity

        technical_break_duration: int | None | Unset
        if isinstance(self.technical_break_duration, Unset):
            technical_break_duration = UNSET
        else:
            technical_break_duration = self.technical_break_duration

        comment = self.comment

        color = self.color

        instructions = self.instructions

        stream_link = self.stream_link

        force = self.force

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "staff_id": staff_id,
                "service_id": service_id,
                "resource_instance_ids": resource_instance_ids,
                "label_ids": label_ids,
                "date": date,
                "length": length,
                "capacity": capacity,
            }
        )
        if technical_break_duration is not UNSET:
            field_dict["technical_break_duration"] = technical_break_duration
        if comment is not UNSET:
            field_dict["comment"] = comment
        if color is not UNSET:
            field_dict["color"] = color
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if stream_link is not UNSET:
            field_dict["stream_link"] = stream_link
        if force is not UNSET:
            field_dict["force"] = force

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        staff_id = d.pop("staff_id")

        service_id = d.pop("service_id")

        resource_instance_ids = cast(list[int], d.pop("resource_instance_ids"))

        label_ids = cast(list[int], d.pop("label_ids"))

        date = d.pop("date")

        length = d.pop("length")

        capacity = d.pop("capacity")

        def _parse_technical_break_duration(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        technical_break_duration = _parse_technical_break_duration(
            d.pop("technical_break_duration", UNSET)
        )

        comment = d.pop("comment", UNSET)

        color = d.pop("color", UNSET)

        instructions = d.pop("instructions", UNSET)

        stream_link = d.pop("stream_link", UNSET)

        force = d.pop("force", UNSET)

        create_event_request = cls(
            staff_id=staff_id,
            service_id=service_id,
            resource_instance_ids=resource_instance_ids,
            label_ids=label_ids,
            date=date,
            length=length,
            capacity=capacity,
            technical_break_duration=technical_break_duration,
            comment=comment,
            color=color,
            instructions=instructions,
            stream_link=stream_link,
            force=force,
        )

        return create_event_request
