"""Tags: labels attached to Booking Users, Appointments and Events."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from . import _wire as w
from ._base import Model, NamedIntEnum
from ._document import Document, wire_type


class TagEntity(NamedIntEnum):
    """What a Tag can be attached to. The wire uses the number in bodies and the slug in
    queries and responses; both are handled here."""

    COMMON = 0
    CLIENT = 1  # a Booking User
    RECORD = 2  # an Appointment
    ACTIVITY = 3  # an Event

    @property
    def slug(self) -> str:
        return self.name.lower()

    @classmethod
    def from_slug(cls, slug: str) -> TagEntity:
        return cls[slug.upper()]


@wire_type("tag")
@attrs.frozen(slots=True)
class Tag(Model):
    """A Tag of a Location. `entity` is a TagEntity, or the server's string if it is new to us."""

    id: int
    location_id: int
    title: str
    color: str
    entity: TagEntity | str
    is_deleted: bool
    is_editable: bool
    font_color: str | None = None
    icon: str | None = None
    raw: Mapping[str, Any] = attrs.field(default=attrs.Factory(dict), repr=False, eq=False)

    @classmethod
    def from_wire(cls, resource: Mapping[str, Any], document: Document | None = None) -> Tag:
        attributes = w.mapping(w.field(resource, "attributes"), "attributes")
        return cls(
            id=w.resource_id(resource),
            location_id=w.req_int(attributes, "company_id"),
            title=w.req_str(attributes, "title"),
            color=w.req_str(attributes, "color"),
            entity=_entity(attributes),
            is_deleted=w.req_bool(attributes, "is_deleted"),
            is_editable=w.req_bool(attributes, "is_editable"),
            font_color=w.opt_str(attributes, "font_color"),
            icon=w.opt_str(attributes, "icon"),
            raw=resource,
        )


def _entity(attributes: Mapping[str, Any]) -> TagEntity | str:
    slug = attributes.get("entity_type")
    if slug is None and "entity" in attributes:  # deprecated numeric duplicate
        return w.lenient_enum(TagEntity, attributes["entity"])
    slug = w.req_str(attributes, "entity_type")
    try:
        return TagEntity.from_slug(slug)
    except KeyError:
        return slug
