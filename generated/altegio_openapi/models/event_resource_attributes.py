from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.event_resource_attributes_schedule_till_type_0 import (
        EventResourceAttributesScheduleTillType0,
    )


T = TypeVar("T", bound="EventResourceAttributes")


@_attrs_define
class EventResourceAttributes:
    master_id: int
    """ Outdated wire field holding the Team Member ID; prefer `staff_id` """
    staff_id: int
    """ Identifier of the Team Member """
    service_id: int
    """ Identifier of the Service """
    timestamp: int
    """ Start of the Event, as a Unix timestamp """
    length: int
    """ Length of the Event, in seconds """
    capacity: int
    """ How many places there are in total """
    clients_count: int
    """ How many Booking Users are booked at the moment """
    color: str
    """ Background color of the Event, with the leading `#` """
    instructions: str
    """ Guidance shown to Booking Users """
    stream_link: str
    """ Stream link for an online Event, or an empty string """
    font_color: str
    """ Color of the Event text, with the leading `#` """
    notified: bool
    """ Indicates whether a notification about the Event went out """
    comment: None | str
    """ Comment on the Event """
    schedule_id: int | None
    """ Identifier of the Event Schedule """
    schedule_till: EventResourceAttributesScheduleTillType0 | None
    """ End of the Event Schedule, given as the production DateTime wire object """
    schedule_event_modified: bool | None
    """ True if this scheduled Event no longer matches its Event Schedule """
    date: str
    """ Start of the Event in the Location's timezone, including a numeric offset """

    def to_dict(self) -> dict[str, Any]:
        from ..models.event_resource_attributes_schedule_till_type_0 import (
            EventResourceAttributesScheduleTillType0,
        )

        master_id = self.master_id

        staff_id = self.staff_id

        service_id = self.service_id

        timestamp = self.timestamp

        length = self.length

        capacity = self.capacity

        clients_count = self.clients_count

        color = self.color

        instructions = self.instructions

        stream_link = self.stream_link

        font_color = self.font_color

        notified = self.notified

        comment: None | str
        comment = self.comment

        schedule_id: int | None
        schedule_id = self.schedule_id

        schedule_till: dict[str, Any] | None
        if isinstance(self.schedule_till, EventResourceAttributesScheduleTillType0):
            schedule_till = self.schedule_till.to_dict()
        else:
            schedule_till = self.schedule_till

        schedule_event_modified: bool | None
        schedule_event_modified = self.schedule_event_modified

        date = self.date

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "master_id": master_id,
                "staff_id": staff_id,
                "service_id": service_id,
                "timestamp": timestamp,
                "length": length,
                "capacity": capacity,
                "clients_count": clients_count,
                "color": color,
                "instructions": instructions,
                "stream_link": stream_link,
                "font_color": font_color,
                "notified": notified,
                "comment": comment,
                "schedule_id": schedule_id,
                "schedule_till": schedule_till,
                "schedule_event_modified": schedule_event_modified,
                "date": date,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.event_resource_attributes_schedule_till_type_0 import (
            EventResourceAttributesScheduleTillType0,
        )

        d = dict(src_dict)
        master_id = d.pop("master_id")

        staff_id = d.pop("staff_id")

        service_id = d.pop("service_id")

        timestamp = d.pop("timestamp")

        length = d.pop("length")

        capacity = d.pop("capacity")

        clients_count = d.pop("clients_count")

        color = d.pop("color")

        instructions = d.pop("instructions")

        stream_link = d.pop("stream_link")

        font_color = d.pop("font_color")

        notified = d.pop("notified")

        def _parse_comment(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        comment = _parse_comment(d.pop("comment"))

        def _parse_schedule_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        schedule_id = _parse_schedule_id(d.pop("schedule_id"))

        def _parse_schedule_till(
            data: object,
        ) -> EventResourceAttributesScheduleTillType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                schedule_till_type_0 = (
                    EventResourceAttributesScheduleTillType0.from_dict(data)
                )

                return schedule_till_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EventResourceAttributesScheduleTillType0 | None, data)

        schedule_till = _parse_schedule_till(d.pop("schedule_till"))

        def _parse_schedule_event_modified(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        schedule_event_modified = _parse_schedule_event_modified(
            d.pop("schedule_event_modified")
        )

        date = d.pop("date")

        event_resource_attributes = cls(
            master_id=master_id,
            staff_id=staff_id,
            service_id=service_id,
            timestamp=timestamp,
            length=length,
            capacity=capacity,
            clients_count=clients_count,
            color=color,
            instructions=instructions,
            stream_link=stream_link,
            font_color=font_color,
            notified=notified,
            comment=comment,
            schedule_id=schedule_id,
            schedule_till=schedule_till,
            schedule_event_modified=schedule_event_modified,
            date=date,
        )

        return event_resource_attributes
