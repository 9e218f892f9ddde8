from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.b2bv2_error_response_meta import B2BV2ErrorResponseMeta


T = TypeVar("T", bound="B2BV2ErrorResponse")


@_attrs_define
class B2BV2ErrorResponse:
    success: bool
    data: None
    meta: B2BV2ErrorResponseMeta

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        data = self.data

        meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "success": success,
                "data": data,
                "meta": meta,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.b2bv2_error_response_meta import B2BV2ErrorResponseMeta

        d = dict(src_dict)
        success = d.pop("success")

        data = d.pop("data")

        meta = B2BV2ErrorResponseMeta.from_dict(d.pop("meta"))

        b2bv2_error_response = cls(
            success=success,
            data=data,
            meta=meta,
        )

        return b2bv2_error_response
