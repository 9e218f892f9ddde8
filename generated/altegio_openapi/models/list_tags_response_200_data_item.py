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
    from ..models.tag_attributes import TagAttributes


T = TypeVar("T", bound="ListTagsResponse200DataItem")


@_attrs_define
class ListTagsResponse200DataItem:
    type_: Literal["tag"]
    id: str
    attributes: TagAttributes
    """ Attributes of a Tag, in the v2 API JSON:API format """

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
        from ..models.tag_attributes import TagAttributes

        d = dict(src_dict)
        type_ = cast(Literal["tag"], d.pop("type"))
        if type_ != "tag":
            raise ValueError(f"type must match const 'tag', got '{type_}'")

        id = d.pop("id")

        attributes = TagAttributes.from_dict(d.pop("attributes"))

        list_tags_response_200_data_item = cls(
            type_=type_,
            id=id,
            attributes=attributes,
        )

        return list_tags_response_200_data_item
