"""Custom Fields: extra fields a Location defines for Appointments and Booking Users."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import Any

import attrs

from . import _wire as w
from ._base import Model
from ._document import Document, relationship_ids, resolve_included, wire_type


class CustomFieldEntity(enum.StrEnum):
    """What a Custom Field belongs to."""

    RECORD = "record"  # an Appointment
    CLIENT = "client"  # a Booking User


@wire_type("custom_field_type")
@attrs.frozen(slots=True)
class CustomFieldType(Model):
    id: str
    code: str
    slug: str
    title: str
    raw: Mapping[str, Any] = attrs.field(factory=dict, repr=False, eq=False)

    @classmethod
    def from_wire(cls, resource: Mapping[str, Any], document: Document | None = None) -> CustomFieldType:
        a = w.mapping(w.field(resource, "attributes"), "attributes")
        return cls(
            id=str(w.field(resource, "id")),
            code=w.req_str(a, "code"),
            slug=w.req_str(a, "slug"),
            title=w.req_str(a, "title"),
            raw=resource,
        )


@wire_type("custom_field_ui_option")
@attrs.frozen(slots=True)
class CustomFieldUiOption(Model):
    id: str
    slug: str
    value: bool
    raw: Mapping[str, Any] = attrs.field(factory=dict, repr=False, eq=False)

    @classmethod
    def from_wire(cls, resource: Mapping[str, Any], document: Document | None = None) -> CustomFieldUiOption:
        a = w.mapping(w.field(resource, "attributes"), "attributes")
        return cls(
            id=str(w.field(resource, "id")), slug=w.req_str(a, "slug"), value=w.req_bool(a, "value"), raw=resource
        )


@wire_type("custom_field")
@attrs.frozen(slots=True)
class CustomField(Model):
    """A Custom Field. `field_type` and `ui_options` are filled when included."""

    id: int
    code: str
    title: str
    entity: CustomFieldEntity | str
    slug: str | None = None
    show_in_ui: bool | None = None
    is_visible: bool | None = None
    user_can_edit: bool | None = None
    is_editable: bool | None = None
    is_required: bool | None = None
    weight: int | None = None
    values: tuple[Any, ...] = ()
    field_type: CustomFieldType | None = None
    ui_options: tuple[CustomFieldUiOption, ...] = ()
    relationships: Mapping[str, tuple[str, ...]] = attrs.field(factory=dict, repr=False, eq=False)
    included: Mapping[str, tuple[Any, ...]] = attrs.field(factory=dict, repr=False, eq=False)
    raw: Mapping[str, Any] = attrs.field(factory=dict, repr=False, eq=False)

    @classmethod
    def from_wire(cls, resource: Mapping[str, Any], document: Document | None = None) -> CustomField:
        a = w.mapping(w.field(resource, "attributes"), "attributes")
        included = resolve_included(resource, document)
        types = [
            item
            for key in ("custom_field_type", "type")
            for item in included.get(key, ())
            if isinstance(item, CustomFieldType)
        ]
        values = a.get("values")
        entity = a.get("parent_entity_type", a.get("entity_slug"))
        return cls(
            id=w.resource_id(resource),
            code=w.req_str(a, "code"),
            title=w.req_str(a, "title"),
            entity=w.lenient_enum(CustomFieldEntity, w.req_str({"entity": entity}, "entity")),
            slug=w.opt_str(a, "slug"),
            show_in_ui=w.opt_bool(a, "show_in_ui"),
            is_visible=w.opt_bool(a, "is_visible"),
            user_can_edit=w.opt_bool(a, "user_can_edit"),
            is_editable=w.opt_bool(a, "is_editable"),
            is_required=w.opt_bool(a, "is_required"),
            weight=w.opt_int(a, "weight"),
            values=tuple(values) if isinstance(values, list) else (),
            field_type=types[0] if types else None,
            ui_options=tuple(item for item in included.get("ui_options", ()) if isinstance(item, CustomFieldUiOption)),
            relationships=relationship_ids(resource),
            included=included,
            raw=resource,
        )
