from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.custom_field_resource_attributes_entity_slug import (
    CustomFieldResourceAttributesEntitySlug,
)
from ..models.custom_field_resource_attributes_parent_entity_type import (
    CustomFieldResourceAttributesParentEntityType,
)

T = TypeVar("T", bound="CustomFieldResourceAttributes")


@_attrs_define
class CustomFieldResourceAttributes:
    code: str
    """ Deprecated key of the Custom Field. Use `slug` instead """
    slug: str
    """ Key of the Custom Field as used in API request and response bodies """
    parent_entity_type: CustomFieldResourceAttributesParentEntityType
    """ Legacy entity wire value (deprecated); prefer `entity_slug` """
    entity_slug: CustomFieldResourceAttributesEntitySlug
    """ Wire value of the entity: `record` stands for Appointment and `client` stands for
    Booking User.
     """
    relation_entity_type: None
    """ Reserved field on the wire; always `null` for now """
    show_in_ui: bool
    """ Outdated visibility flag; prefer `is_visible` """
    is_visible: bool
    """ Indicates whether Altegio interfaces show the Custom Field """
    title: str
    """ Name of the Custom Field """
    user_can_edit: bool
    """ Deprecated flag for editability. Use `is_editable` instead """
    is_editable: bool
    """ True if Business Users are allowed to change the Custom Field value """
    is_required: bool
    """ Indicates that a value must be provided """
    weight: int
    """ Sort order for display """
    values: list[Any]
    """ Values set up for Custom Fields that behave like lists """

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        slug = self.slug

        parent_entity_type = self.parent_entity_type.value

        entity_slug = self.entity_slug.value

        relation_entity_type = self.relation_entity_type

        show_in_ui = self.show_in_ui

        is_visible = self.is_visible

        title = self.title

        user_can_edit = self.user_can_edit

        is_editable = self.is_editable

        is_required = self.is_required

        weight = self.weight

        values = self.values

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
                "slug": slug,
                "parent_entity_type": parent_entity_type,
                "entity_slug": entity_slug,
                "relation_entity_type": relation_entity_type,
                "show_in_ui": show_in_ui,
                "is_visible": is_visible,
                "title": title,
                "user_can_edit": user_can_edit,
                "is_editable": is_editable,
                "is_required": is_required,
                "weight": weight,
                "values": values,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        code = d.pop("code")

        slug = d.pop("slug")

        parent_entity_type = CustomFieldResourceAttributesParentEntityType(
            d.pop("parent_entity_type")
        )

        entity_slug = CustomFieldResourceAttributesEntitySlug(d.pop("entity_slug"))

        relation_entity_type = d.pop("relation_entity_type")

        show_in_ui = d.pop("show_in_ui")

        is_visible = d.pop("is_visible")

        title = d.pop("title")

        user_can_edit = d.pop("user_can_edit")

        is_editable = d.pop("is_editable")

        is_required = d.pop("is_required")

        weight = d.pop("weight")

        values = cast(list[Any], d.pop("values"))

        custom_field_resource_attributes = cls(
            code=code,
            slug=slug,
            parent_entity_type=parent_entity_type,
            entity_slug=entity_slug,
            relation_entity_type=relation_entity_type,
            show_in_ui=show_in_ui,
            is_visible=is_visible,
            title=title,
            user_can_edit=user_can_edit,
            is_editable=is_editable,
            is_required=is_required,
            weight=weight,
            values=values,
        )

        return custom_field_resource_attributes
