from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.to_many_relationship import ToManyRelationship
    from ..models.to_one_relationship import ToOneRelationship


T = TypeVar("T", bound="AppointmentResourceRelationships")


@_attrs_define
class AppointmentResourceRelationships:
    """Included only if the related data is asked for via `include`"""

    client: ToOneRelationship | Unset = UNSET
    staff: ToOneRelationship | Unset = UNSET
    services: ToManyRelationship | Unset = UNSET
    goods: ToManyRelationship | Unset = UNSET
    resource_instances: ToManyRelationship | Unset = UNSET
    labels: ToManyRelationship | Unset = UNSET
    attendance_service_items: ToManyRelationship | Unset = UNSET
    attendance_good_items: ToManyRelationship | Unset = UNSET
    attendance_document: ToOneRelationship | Unset = UNSET
    transactions: ToManyRelationship | Unset = UNSET
    fast_payment_settings: ToOneRelationship | Unset = UNSET
    acceptance_free: ToOneRelationship | Unset = UNSET
    custom_field_values: ToManyRelationship | Unset = UNSET
    comer: ToOneRelationship | Unset = UNSET
    client_notification_settings: ToOneRelationship | Unset = UNSET
    client_schedule: ToOneRelationship | Unset = UNSET
    duration_details: ToOneRelationship | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        client: dict[str, Any] | Unset = UNSET
        if not isinstance(self.client, Unset):
            client = self.client.to_dict()

        staff: dict[str, Any] | Unset = UNSET
        if not isinstance(self.staff, Unset):
            staff = self.staff.to_dict()

        services: dict[str, Any] | Unset = UNSET
        if not isinstance(self.services, Unset):
            services = self.services.to_dict()

        goods: dict[str, Any] | Unset = UNSET
        if not isinstance(self.goods, Unset):
            goods = self.goods.to_dict()

        resource_instances: dict[str, Any] | Unset = UNSET
        if not isinstance(self.resource_instances, Unset):
            resource_instances = self.resource_instances.to_dict()

        labels: dict[str, Any] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = self.labels.to_dict()

        attendance_service_items: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attendance_service_items, Unset):
            attendance_service_items = self.attendance_service_items.to_dict()

        attendance_good_items: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attendance_good_items, Unset):
            attendance_good_items = self.attendance_good_items.to_dict()

        attendance_document: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attendance_document, Unset):
            attendance_document = self.attendance_document.to_dict()

        transactions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.transactions, Unset):
            transactions = self.transactions.to_dict()

        fast_payment_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fast_payment_settings, Unset):
            fast_payment_settings = self.fast_payment_settings.to_dict()

        acceptance_free: dict[str, Any] | Unset = UNSET
        if not isinstance(self.acceptance_free, Unset):
            acceptance_free = self.acceptance_free.to_dict()

        custom_field_values: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_field_values, Unset):
            custom_field_values = self.custom_field_values.to_dict()

        comer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.comer, Unset):
            comer = self.comer.to_dict()

        client_notification_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.client_notification_settings, Unset):
            client_notification_settings = self.client_notification_settings.to_dict()

        client_schedule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.client_schedule, Unset):
            client_schedule = self.client_schedule.to_dict()

        duration_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.duration_details, Unset):
            duration_details = self.duration_details.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if client is not UNSET:
            field_dict["client"] = client
        if staff is not UNSET:
            field_dict["staff"] = staff
        if services is not UNSET:
            field_dict["services"] = services
        if goods is not UNSET:
            field_dict["goods"] = goods
        if resource_instances is not UNSET:
            field_dict["resource_instances"] = resource_instances
        if labels is not UNSET:
            field_dict["labels"] = labels
        if attendance_service_items is not UNSET:
            field_dict["attendance_service_items"] = attendance_service_items
        if attendance_good_items is not UNSET:
            field_dict["attendance_good_items"] = attendance_good_items
        if attendance_document is not UNSET:
            field_dict["attendance_document"] = attendance_document
        if transactions is not UNSET:
            field_dict["transactions"] = transactions
        if fast_payment_settings is not UNSET:
            field_dict["fast_payment_settings"] = fast_payment_settings
        if acceptance_free is not UNSET:
            field_dict["acceptance_free"] = acceptance_free
        if custom_field_values is not UNSET:
            field_dict["custom_field_values"] = custom_field_values
        if comer is not UNSET:
            field_dict["comer"] = comer
        if client_notification_settings is not UNSET:
            field_dict["client_notification_settings"] = client_notification_settings
        if client_schedule is not UNSET:
            field_dict["client_schedule"] = client_schedule
        if duration_details is not UNSET:
            field_dict["duration_details"] = duration_details

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.to_many_relationship import ToManyRelationship
        from ..models.to_one_relationship import ToOneRelationship

        d = dict(src_dict)
        _client = d.pop("client", UNSET)
        client: ToOneRelationship | Unset
        if isinstance(_client, Unset):
            client = UNSET
        else:
            client = ToOneRelationship.from_dict(_client)

        _staff = d.pop("staff", UNSET)
        staff: ToOneRelationship | Unset
        if isinstance(_staff, Unset):
            staff = UNSET
        else:
            staff = ToOneRelationship.from_dict(_staff)

        _services = d.pop("services", UNSET)
        services: ToManyRelationship | Unset
        if isinstance(_services, Unset):
            services = UNSET
        else:
            services = ToManyRelationship.from_dict(_services)

        _goods = d.pop("goods", UNSET)
        goods: ToManyRelationship | Unset
        if isinstance(_goods, Unset):
            goods = UNSET
        else:
            goods = ToManyRelationship.from_dict(_goods)

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

        _attendance_service_items = d.pop("attendance_service_items", UNSET)
        attendance_service_items: ToManyRelationship | Unset
        if isinstance(_attendance_service_items, Unset):
            attendance_service_items = UNSET
        else:
            attendance_service_items = ToManyRelationship.from_dict(
                _attendance_service_items
            )

        _attendance_good_items = d.pop("attendance_good_items", UNSET)
        attendance_good_items: ToManyRelationship | Unset
        if isinstance(_attendance_good_items, Unset):
            attendance_good_items = UNSET
        else:
            attendance_good_items = ToManyRelationship.from_dict(_attendance_good_items)

        _attendance_document = d.pop("attendance_document", UNSET)
        attendance_document: ToOneRelationship | Unset
        if isinstance(_attendance_document, Unset):
            attendance_document = UNSET
        else:
            attendance_document = ToOneRelationship.from_dict(_attendance_document)

        _transactions = d.pop("transactions", UNSET)
        transactions: ToManyRelationship | Unset
        if isinstance(_transactions, Unset):
            transactions = UNSET
        else:
            transactions = ToManyRelationship.from_dict(_transactions)

        _fast_payment_settings = d.pop("fast_payment_settings", UNSET)
        fast_payment_settings: ToOneRelationship | Unset
        if isinstance(_fast_payment_settings, Unset):
            fast_payment_settings = UNSET
        else:
            fast_payment_settings = ToOneRelationship.from_dict(_fast_payment_settings)

        _acceptance_free = d.pop("acceptance_free", UNSET)
        acceptance_free: ToOneRelationship | Unset
        if isinstance(_acceptance_free, Unset):
            acceptance_free = UNSET
        else:
            acceptance_free = ToOneRelationship.from_dict(_acceptance_free)

        _custom_field_values = d.pop("custom_field_values", UNSET)
        custom_field_values: ToManyRelationship | Unset
        if isinstance(_custom_field_values, Unset):
            custom_field_values = UNSET
        else:
            custom_field_values = ToManyRelationship.from_dict(_custom_field_values)

        _comer = d.pop("comer", UNSET)
        comer: ToOneRelationship | Unset
        if isinstance(_comer, Unset):
            comer = UNSET
        else:
            comer = ToOneRelationship.from_dict(_comer)

        _client_notification_settings = d.pop("client_notification_settings", UNSET)
        client_notification_settings: ToOneRelationship | Unset
        if isinstance(_client_notification_settings, Unset):
            client_notification_settings = UNSET
        else:
            client_notification_settings = ToOneRelationship.from_dict(
                _client_notification_settings
            )

        _client_schedule = d.pop("client_schedule", UNSET)
        client_schedule: ToOneRelationship | Unset
        if isinstance(_client_schedule, Unset):
            client_schedule = UNSET
        else:
            client_schedule = ToOneRelationship.from_dict(_client_schedule)

        _duration_details = d.pop("duration_details", UNSET)
        duration_details: ToOneRelationship | Unset
        if isinstance(_duration_details, Unset):
            duration_details = UNSET
        else:
            duration_details = ToOneRelationship.from_dict(_duration_details)

        appointment_resource_relationships = cls(
            client=client,
            staff=staff,
            services=services,
            goods=goods,
            resource_instances=resource_instances,
            labels=labels,
            attendance_service_items=attendance_service_items,
            attendance_good_items=attendance_good_items,
            attendance_document=attendance_document,
            transactions=transactions,
            fast_payment_settings=fast_payment_settings,
            acceptance_free=acceptance_free,
            custom_field_values=custom_field_values,
            comer=comer,
            client_notification_settings=client_notification_settings,
            client_schedule=client_schedule,
            duration_details=duration_details,
        )

        return appointment_resource_relationships
