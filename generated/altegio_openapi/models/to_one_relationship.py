from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.resource_identifier import ResourceIdentifier


T = TypeVar("T", bound="ToOneRelationship")


@_attrs_define
class ToOneRelationship:
    data: None | ResourceIdentifier

    def to_dict(self) -> dict[str, Any]:
        from ..models.resource_identifier import ResourceIdentifier

        data: dict[str, Any] | None
        if isinstance(self.data, ResourceIdentifier):
            data = self.data.to_dict()
        else:
            data = self.data

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.resource_identifier import ResourceIdentifier

        d = dict(src_dict)

        def _parse_data(data: object) -> None | ResourceIdentifier:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_0 = ResourceIdentifier.from_dict(data)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResourceIdentifier, data)

        data = _parse_data(d.pop("data"))

        to_one_relationship = cls(
            data=data,
        )

        return to_one_relationship
