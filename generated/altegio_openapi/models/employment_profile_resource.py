from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.employment_profile_resource_attributes import (
        EmploymentProfileResourceAttributes,
    )


T = TypeVar("T", bound="EmploymentProfileResource")


@_attrs_define
class EmploymentProfileResource:
    type_: Literal["employee"]
    """ Fixed JSON:API type name of the resource """
    id: str
    """ Identifier of the employment profile """
    attributes: EmploymentProfileResourceAttributes

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id = self.id

        attributes = self.attributes.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "id": id,
                "attributes": attributes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.employment_profile_resource_attributes import (
            EmploymentProfileResourceAttributes,
        )

        d = dict(src_dict)
        type_ = cast(Literal["employee"], d.pop("type"))
        if type_ != "employee":
            raise ValueError(f"type must match const 'employee', got '{type_}'")

        id = d.pop("id")

        attributes = EmploymentProfileResourceAttributes.from_dict(d.pop("attributes"))

        employment_profile_resource = cls(
            type_=type_,
            id=id,
            attributes=attributes,
        )

        return employment_profile_resource
