from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateEventRequest")


@_attrs_define
class UpdateEventRequest:
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
    """ Technical break, in seconds; pass `null` to keep the current value or have it derived """
    comment: None | str | Unset = UNSET
    """ Comment on the Event """
    color: None | str | Unset = UNSET
    """ Color of the Event, with the leading `#` """
    instructions: None | str | Unset = UNSET
    """ Guidance shown to Booking Users """
    stream_link: None | str | Unset = UNSET
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

        comment: None | str | Unset
        if isinstance(self.comment, Unset):
            comment = UNSET
        else:
            comment = self.comment

        color: None | str | Unset
        if isinstance(self.color, Unset):
            color = UNSET
        else:
            color = self.color

        instructions: None | str | Unset
        if isinstance(self.instructions, Unset):
            instructions = UNSET
        else:
            instructions = self.instructions

        stream_link: None | str | Unset
        if isinstance(self.stream_link, Unset):
            stream_link = UNSET
        else:
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

        def _parse_comment(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        comment = _parse_comment(d.pop("comment", UNSET))

        def _parse_color(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        color = _parse_color(d.pop("color", UNSET))

        def _parse_instructions(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        instructions = _parse_instructions(d.pop("instructions", UNSET))

        def _parse_stream_link(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        stream_link = _parse_stream_link(d.pop("stream_link", UNSET))

        force = d.pop("force", UNSET)

        update_event_request = cls(
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

        return update_event_request
