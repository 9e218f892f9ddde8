from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.to_many_relationship import ToManyRelationship
    from ..models.to_one_relationship import ToOneRelationship


T = TypeVar("T", bound="BookingUserResourceRelationships")


@_attrs_define
class BookingUserResourceRelationships:
    """Included only if the related data is asked for via `include`"""

    labels: ToManyRelationship | Unset = UNSET
    first_successful_visit: ToOneRelationship | Unset = UNSET
    loyalty_cards: ToManyRelationship | Unset = UNSET
    loyalty_certificates: ToManyRelationship | Unset = UNSET
    loyalty_abonements: ToManyRelationship | Unset = UNSET
    custom_field_values: ToManyRelationship | Unset = UNSET
    agreements: ToOneRelationship | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        labels: dict[str, Any] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = self.labels.to_dict()

        first_successful_visit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.first_successful_visit, Unset):
            first_successful_visit = self.first_successful_visit.to_dict()

        loyalty_cards: dict[str, Any] | Unset = UNSET
        if not isinstance(self.loyalty_cards, Unset):
            loyalty_cards = self.loyalty_cards.to_dict()

        loyalty_certificates: dict[str, Any] | Unset = UNSET
        if not isinstance(self.loyalty_certificates, Unset):
            loyalty_certificates = self.loyalty_certificates.to_dict()

        loyalty_abonements: dict[str, Any] | Unset = UNSET
        if not isinstance(self.loyalty_abonements, Unset):
            loyalty_abonements = self.loyalty_abonements.to_dict()

        custom_field_values: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_field_values, Unset):
            custom_field_values = self.custom_field_values.to_dict()

        agreements: dict[str, Any] | Unset = UNSET
        if not isinstance(self.agreements, Unset):
            agreements = self.agreements.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if labels is not UNSET:
            field_dict["labels"] = labels
        if first_successful_visit is not UNSET:
            field_dict["first_successful_visit"] = first_successful_visit
        if loyalty_cards is not UNSET:
            field_dict["loyalty_cards"] = loyalty_cards
        if loyalty_certificates is not UNSET:
            field_dict["loyalty_certificates"] = loyalty_certificates
        if loyalty_abonements is not UNSET:
            field_dict["loyalty_abonements"] = loyalty_abonements
        if custom_field_values is not UNSET:
            field_dict["custom_field_values"] = custom_field_values
        if agreements is not UNSET:
            field_dict["agreements"] = agreements

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.to_many_relationship import ToManyRelationship
        from ..models.to_one_relationship import ToOneRelationship

        d = dict(src_dict)
        _labels = d.pop("labels", UNSET)
        labels: ToManyRelationship | Unset
        if isinstance(_labels, Unset):
            labels = UNSET
        else:
            labels = ToManyRelationship.from_dict(_labels)

        _first_successful_visit = d.pop("first_successful_visit", UNSET)
        first_successful_visit: ToOneRelationship | Unset
        if isinstance(_first_successful_visit, Unset):
            first_successful_visit = UNSET
        else:
            first_successful_visit = ToOneRelationship.from_dict(
                _first_successful_visit
            )

        _loyalty_cards = d.pop("loyalty_cards", UNSET)
        loyalty_cards: ToManyRelationship | Unset
        if isinstance(_loyalty_cards, Unset):
            loyalty_cards = UNSET
        else:
            loyalty_cards = ToManyRelationship.from_dict(_loyalty_cards)

        _loyalty_certificates = d.pop("loyalty_certificates", UNSET)
        loyalty_certificates: ToManyRelationship | Unset
        if isinstance(_loyalty_certificates, Unset):
            loyalty_certificates = UNSET
        else:
            loyalty_certificates = ToManyRelationship.from_dict(_loyalty_certificates)

        _loyalty_abonements = d.pop("loyalty_abonements", UNSET)
        loyalty_abonements: ToManyRelationship | Unset
        if isinstance(_loyalty_abonements, Unset):
            loyalty_abonements = UNSET
        else:
            loyalty_abonements = ToManyRelationship.from_dict(_loyalty_abonements)

        _custom_field_values = d.pop("custom_field_values", UNSET)
        custom_field_values: ToManyRelationship | Unset
        if isinstance(_custom_field_values, Unset):
            custom_field_values = UNSET
        else:
            custom_field_values = ToManyRelationship.from_dict(_custom_field_values)

        _agreements = d.pop("agreements", UNSET)
        agreements: ToOneRelationship | Unset
        if isinstance(_agreements, Unset):
            agreements = UNSET
        else:
            agreements = ToOneRelationship.from_dict(_agreements)

        booking_user_resource_relationships = cls(
            labels=labels,
            first_successful_visit=first_successful_visit,
            loyalty_cards=loyalty_cards,
            loyalty_certificates=loyalty_certificates,
            loyalty_abonements=loyalty_abonements,
            custom_field_values=custom_field_values,
            agreements=agreements,
        )

        return booking_user_resource_relationships
