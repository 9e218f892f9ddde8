from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.tag_attributes_entity_type import TagAttributesEntityType
from ..types import UNSET, Unset

T = TypeVar("T", bound="TagAttributes")


@_attrs_define
class TagAttributes:
    """Attributes of a Tag, in the v2 API JSON:API format"""

    company_id: int
    """ Identifier of the Location """
    title: str
    """ Name of the Tag """
    color: str
    """ Background color of the Tag in """
    entity_type: TagAttributesEntityType
    """ Entity alias as a literal value: `client` stands for Booking Users, `record`
    stands for Appointments.
     """
    is_deleted: bool
    """ Indicates whether the Tag has been deleted """
    is_editable: bool
    """ True if the Tag may be changed or removed """
    font_color: str | Unset = UNSET
    """ Color of the Tag text """
    icon: str | Unset = UNSET
    """ Name of the icon """
    salon_id: int | Unset = UNSET
    """ Deprecated wire field holding the Location ID; use `company_id` instead """
    entity: int | Unset = UNSET
    """ Legacy numeric entity type (deprecated): 0 general, 1 Booking User, 2 Appointment, 3 Event """
    entity_slug: str | Unset = UNSET
    """ Outdated literal entity alias; prefer `entity_type` """
    deleted: int | Unset = UNSET
    """ Deprecated deletion value on the wire. Use `is_deleted` instead """
    not_editable: int | Unset = UNSET
    """ Deprecated wire value for editability; use `is_editable` instead """

    def to_dict(self) -> dict[str, Any]:
        company_id = self.company_id

        title = self.title

        color = self.color

        entity_type = self.entity_type.value

        is_deleted = self.is_deleted

        is_editable = self.is_editable

        font_color = self.font_color

        icon = self.icon

        salon_id = self.salon_id

        entity = self.entity

        entity_slug = self.entity_slug

        deleted = self.deleted

        not_editable = self.not_editable

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "company_id": company_id,
                "title": title,
                "color": color,
                "entity_type": entity_type,
                "is_deleted": is_deleted,
                "is_editable": is_editable,
            }
        )
        if font_color is not UNSET:
            field_dict["font_color"] = font_color
        if icon is not UNSET:
            field_dict["icon"] = icon
        if salon_id is not UNSET:
            field_dict["salon_id"] = salon_id
        if entity is not UNSET:
            field_dict["entity"] = entity
        if entity_slug is not UNSET:
            field_dict["entity_slug"] = entity_slug
        if deleted is not UNSET:
            field_dict["deleted"] = deleted
        if not_editable is not UNSET:
            field_dict["not_editable"] = not_editable

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        company_id = d.pop("company_id")

        title = d.pop("title")

        color = d.pop("color")

        entity_type = TagAttributesEntityType(d.pop("entity_type"))

        is_deleted = d.pop("is_deleted")

        is_editable = d.pop("is_editable")

        font_color = d.pop("font_color", UNSET)

        icon = d.pop("icon", UNSET)

        salon_id = d.pop("salon_id", UNSET)

        entity = d.pop("entity", UNSET)

        entity_slug = d.pop("entity_slug", UNSET)

        deleted = d.pop("deleted", UNSET)

        not_editable = d.pop("not_editable", UNSET)

        tag_attributes = cls(
            company_id=company_id,
            title=title,
            color=color,
            entity_type=entity_type,
            is_deleted=is_deleted,
            is_editable=is_editable,
            font_color=font_color,
            icon=icon,
            salon_id=salon_id,
            entity=entity,
            entity_slug=entity_slug,
            deleted=deleted,
            not_editable=not_editable,
        )

        return tag_attributes
