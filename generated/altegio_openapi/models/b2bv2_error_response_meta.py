from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.b2bv2_error_response_meta_errors import B2BV2ErrorResponseMetaErrors


T = TypeVar("T", bound="B2BV2ErrorResponseMeta")


@_attrs_define
class B2BV2ErrorResponseMeta:
    message: str
    errors: B2BV2ErrorResponseMetaErrors | Unset = UNSET
    """ Per-field validation problems, if there are any """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        errors: dict[str, Any] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = self.errors.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
            }
        )
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.b2bv2_error_response_meta_errors import (
            B2BV2ErrorResponseMetaErrors,
        )

        d = dict(src_dict)
        message = d.pop("message")

        _errors = d.pop("errors", UNSET)
        errors: B2BV2ErrorResponseMetaErrors | Unset
        if isinstance(_errors, Unset):
            errors = UNSET
        else:
            errors = B2BV2ErrorResponseMetaErrors.from_dict(_errors)

        b2bv2_error_response_meta = cls(
            message=message,
            errors=errors,
        )

        b2bv2_error_response_meta.additional_properties = d
        return b2bv2_error_response_meta

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
