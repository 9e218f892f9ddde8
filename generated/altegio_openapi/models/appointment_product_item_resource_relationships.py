from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.to_many_relationship import ToManyRelationship
    from ..models.to_one_relationship import ToOneRelationship


T = TypeVar("T", bound="AppointmentProductItemResourceRelationships")


@_attrs_define
class AppointmentProductItemResourceRelationships:
    """Included only if the related data is asked for via `include`"""

    good: ToOneRelationship | Unset = UNSET
    staff: ToOneRelationship | Unset = UNSET
    storage_amount: ToOneRelationship | Unset = UNSET
    loyalty_abonement: ToOneRelationship | Unset = UNSET
    loyalty_certificate: ToOneRelationship | Unset = UNSET
    marks: ToManyRelationship | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        good: dict[str, Any] | Unset = UNSET
        if not isinstance(self.good, Unset):
            good = self.good.to_dict()

        staff: dict[str, Any] | Unset = UNSET
        if not isinstance(self.staff, Unset):
            staff = self.staff.to_dict()

        storage_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.storage_amount, Unset):
            storage_amount = self.storage_amount.to_dict()

        loyalty_abonement: dict[str, Any] | Unset = UNSET
        if not isinstance(self.loyalty_abonement, Unset):
            loyalty_abonement = self.loyalty_abonement.to_dict()

        loyalty_certificate: dict[str, Any] | Unset = UNSET
        if not isinstance(self.loyalty_certificate, Unset):
            loyalty_certificate = self.loyalty_certificate.to_dict()

        marks: dict[str, Any] | Unset = UNSET
        if not isinstance(self.marks, Unset):
            marks = self.marks.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if good is not UNSET:
            field_dict["good"] = good
        if staff is not UNSET:
            field_dict["staff"] = staff
        if storage_amount is not UNSET:
            field_dict["storage_amount"] = storage_amount
        if loyalty_abonement is not UNSET:
            field_dict["loyalty_abonement"] = loyalty_abonement
        if loyalty_certificate is not UNSET:
            field_dict["loyalty_certificate"] = loyalty_certificate
        if marks is not UNSET:
            field_dict["marks"] = marks

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.to_many_relationship import ToManyRelationship
        from ..models.to_one_relationship import ToOneRelationship

        d = dict(src_dict)
        _good = d.pop("good", UNSET)
        good: ToOneRelationship | Unset
        if isinstance(_good, Unset):
            good = UNSET
        else:
            good = ToOneRelationship.from_dict(_good)

        _staff = d.pop("staff", UNSET)
        staff: ToOneRelationship | Unset
        if isinstance(_staff, Unset):
            staff = UNSET
        else:
            staff = ToOneRelationship.from_dict(_staff)

        _storage_amount = d.pop("storage_amount", UNSET)
        storage_amount: ToOneRelationship | Unset
        if isinstance(_storage_amount, Unset):
            storage_amount = UNSET
        else:
            storage_amount = ToOneRelationship.from_dict(_storage_amount)

        _loyalty_abonement = d.pop("loyalty_abonement", UNSET)
        loyalty_abonement: ToOneRelationship | Unset
        if isinstance(_loyalty_abonement, Unset):
            loyalty_abonement = UNSET
        else:
            loyalty_abonement = ToOneRelationship.from_dict(_loyalty_abonement)

        _loyalty_certificate = d.pop("loyalty_certificate", UNSET)
        loyalty_certificate: ToOneRelationship | Unset
        if isinstance(_loyalty_certificate, Unset):
            loyalty_certificate = UNSET
        else:
            loyalty_certificate = ToOneRelationship.from_dict(_loyalty_certificate)

        _marks = d.pop("marks", UNSET)
        marks: ToManyRelationship | Unset
        if isinstance(_marks, Unset):
            marks = UNSET
        else:
            marks = ToManyRelationship.from_dict(_marks)

        appointment_product_item_resource_relationships = cls(
            good=good,
            staff=staff,
            storage_amount=storage_amount,
            loyalty_abonement=loyalty_abonement,
            loyalty_certificate=loyalty_certificate,
            marks=marks,
        )

        return appointment_product_item_resource_relationships
