from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.to_many_relationship import ToManyRelationship
    from ..models.to_one_relationship import ToOneRelationship


T = TypeVar("T", bound="EventResourceRelationships")


@_attrs_define
class EventResourceRelationships:
    """Included only if the related data is asked for via `include`"""

    staff: ToOneRelationship | Unset = UNSET
    master: ToOneRelationship | Unset = UNSET
    service: ToOneRelationship | Unset = UNSET
    resource_instances: ToManyRelationship | Unset = UNSET
    labels: ToManyRelationship | Unset = UNSET
    duration_details: ToOneRelationship | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        staff: dict[str, Any] | Unset = UNSET
        if not isinstance(self.staff, Unset):
            staff = self.staff.to_dict()

        master: dict[str, Any] | Unset = UNSET
        if not isinstance(self.master, Unset):
            master = self.master.to_dict()

        service: dict[str, Any] | Unset = UNSET
        if not isinstance(self.service, Unset):
            service = self.service.to_dict()

        resource_instances: dict[str, Any] | Unset = UNSET
        if not isinstance(self.resource_instances, Unset):
            resource_instances = self.resource_instances.to_dict()

        labels: dict[str, Any] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = self.labels.to_dict()

        duration_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.duration_details, Unset):
            duration_details = self.duration_details.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if staff is not UNSET:
            field_dict["staff"] = staff
        if master is not UNSET:
            field_dict["master"] = master
        if service is not UNSET:
            field_dict["service"] = service
        if resource_instances is not UNSET:
            field_dict["resource_instances"] = resource_instances
        if labels is not UNSET:
            field_dict["labels"] = labels
        if duration_details is not UNSET:
            field_dict["duration_details"] = duration_details

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.to_many_relationship import ToManyRelationship
        from ..models.to_one_relationship import ToOneRelationship

        d = dict(src_dict)
        _staff = d.pop("staff", UNSET)
        staff: ToOneRelationship | Unset
        if isinstance(_staff, Unset):
            staff = UNSET
        else:
            staff = ToOneRelationship.from_dict(_staff)

        _master = d.pop("master", UNSET)
        master: ToOneRelationship | Unset
        if isinstance(_master, Unset):
            master = UNSET
        else:
            master = ToOneRelationship.from_dict(_master)

        _service = d.pop("service", UNSET)
        service: ToOneRelationship | Unset
        if isinstance(_service, Unset):
            service = UNSET
        else:
            service = ToOneRelationship.from_dict(_service)

        _resource_instances = d.pop("resource_instances", UNSET)
        resource_instances: ToManyRelationship | Unset
        if isinstance(_resource_instances, Unset):
            resource_instances = UNSET
        else:
            resource_instances = ToManyRelationship.from_dict(_resource_instances)

        _labels = d.pop("labels", UNSET)
        labels: ToManyRelationship | Unset
        if isinstance(_labels, Unset):
            labels = UNSET
        else:
            labels = ToManyRelationship.from_dict(_labels)

        _duration_details = d.pop("duration_details", UNSET)
        duration_details: ToOneRelationship | Unset
        if isinstance(_duration_details, Unset):
            duration_details = UNSET
        else:
            duration_details = ToOneRelationship.from_dict(_duration_details)

        event_resource_relationships = cls(
            staff=staff,
            master=master,
            service=service,
            resource_instances=resource_instances,
            labels=labels,
            duration_details=duration_details,
        )

        return event_resource_relationships
