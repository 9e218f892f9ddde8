from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="RescheduleEventAppointmentRequest")


@_attrs_define
class RescheduleEventAppointmentRequest:
    reschedule_activity_id: int
    """ Wire field (literal name) holding the ID of the target Event """
    with_comer: bool | Unset = UNSET
    """ Whether the attached walk-in visitor should be kept """
    comment: None | str | Unset = UNSET
    """ Comment on the Appointment """
    clients_count: int | None | Unset = UNSET
    """ How many places the Appointment reserves """

    def to_dict(self) -> dict[str, Any]:
        reschedule_activity_id = self.reschedule_activity_id

        with_comer = self.with_comer

        comment: None | str | Unset
        if isinstance(self.comment, Unset):
            comment = UNSET
        else:
            comment = self.comment

        clients_count: int | None | Unset
        if isinstance(self.clients_count, Unset):
            clients_count = UNSET
        else:
            clients_count = self.clients_count

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "reschedule_activity_id": reschedule_activity_id,
            }
        )
        if with_comer is not UNSET:
            field_dict["with_comer"] = with_comer
        if comment is not UNSET:
            field_dict["comment"] = comment
        if clients_count is not UNSET:
            field_dict["clients_count"] = clients_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        reschedule_activity_id = d.pop("reschedule_activity_id")

        with_comer = d.pop("with_comer", UNSET)

        def _parse_comment(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        comment = _parse_comment(d.pop("comment", UNSET))

        def _parse_clients_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        clients_count = _parse_clients_count(d.pop("clients_count", UNSET))

        reschedule_event_appointment_request = cls(
            reschedule_activity_id=reschedule_activity_id,
            with_comer=with_comer,
            comment=comment,
            clients_count=clients_count,
        )

        return reschedule_event_appointment_request
