from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_field_resource import CustomFieldResource
    from ..models.custom_field_type_resource import CustomFieldTypeResource
    from ..models.custom_field_ui_option_resource import CustomFieldUIOptionResource


T = TypeVar("T", bound="ListCustomFieldsResponse200")


@_attrs_define
class ListCustomFieldsResponse200:
    data: list[CustomFieldResource]
    included: list[CustomFieldTypeResource | CustomFieldUIOptionResource] | Unset = (
        UNSET
    )
    """ Resources asked for via `include`, if available """

    def to_dict(self) -> dict[str, Any]:
        from ..models.custom_field_type_resource import CustomFieldTypeResource

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        included: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.included, Unset):
            included = []
            for included_item_data in self.included:
                included_item: dict[str, Any]
                if isinstance(included_item_data, CustomFieldTypeResource):
                    included_item = included_item_data.to_dict()
                else:
                    included_item = included_item_data.to_dict()

                included.append(included_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "data": data,
            }
        )
        if included is not UNSET:
            field_dict["included"] = included

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.custom_field_resource import CustomFieldResource
        from ..models.custom_field_type_resource import CustomFieldTypeResource
        from ..models.custom_field_ui_option_resource import CustomFieldUIOptionResource

        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = CustomFieldResource.from_dict(data_item_data)

            data.append(data_item)

        _included = d.pop("included", UNSET)
        included: (
            list[CustomFieldTypeResource | CustomFieldUIOptionResource] | Unset
        ) = UNSET
        if _included is not UNSET:
            included = []
            for included_item_data in _included:

                def _parse_included_item(
                    data: object,
                ) -> CustomFieldTypeResource | CustomFieldUIOptionResource:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        included_item_type_0 = CustomFieldTypeResource.from_dict(data)

                        return included_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    included_item_type_1 = CustomFieldUIOptionResource.from_dict(data)

                    return included_item_type_1

                included_item = _parse_included_item(included_item_data)

                included.append(included_item)

        list_custom_fields_response_200 = cls(
            data=data,
            included=included,
        )

        return list_custom_fields_response_200
