# Derived from altegio/resources/_async/tags.py by scripts/unasync.py. Do not edit.
"""Tags of a Location (wire path `/locations/{company_id}/tags`)."""

from __future__ import annotations

from typing import Any, TypeVar

from altegio_openapi.api.tags import create_tag, delete_tag, get_tag, list_tags, update_tag
from altegio_openapi.models.list_tags_entity import ListTagsEntity

from ... import _validation as v
from ..._errors import InvalidArgumentError
from ..._operations import APICall
from ..._pagination import SyncPager
from ...models.tags import Tag, TagEntity
from .._shared import SyncAPIResource, item_parser, list_parser, location, once

TagEntityLike = TagEntity | int | str
_Body = TypeVar("_Body", create_tag.JsonBody, update_tag.JsonBody)

_parse_tag = item_parser(Tag)
_parse_tags = list_parser(Tag)


def _entity(value: Any) -> TagEntity:
    """A TagEntity from the member, its number (0-3) or its name ("client", "1")."""
    if isinstance(value, TagEntity):
        return value
    if isinstance(value, int) and not isinstance(value, bool) and value in TagEntity._value2member_map_:
        return TagEntity(value)
    if isinstance(value, str):
        name = value.strip().lower()
        if name.isdigit() and int(name) in TagEntity._value2member_map_:
            return TagEntity(int(name))
        if name.upper() in TagEntity.__members__:
            return TagEntity[name.upper()]
    raise InvalidArgumentError(
        "entity", f"must be a TagEntity, 0-3 or one of 'common', 'client', 'record', 'activity'; got {v.shown(value)}"
    )


def _tag_fields(fields: _Body, entity: Any, icon: Any) -> _Body:
    """`fields` with the optional entity and icon added when given."""
    if entity is not None:
        fields["entity"] = _entity(entity).value
    if icon is not None:
        fields["icon"] = v.text("icon", icon)
    return fields


class Tags(SyncAPIResource):
    """Tags label Booking Users, Appointments and Events (`TagEntity`)."""

    def list(self, location_id: int, *, entity: TagEntityLike | None = None) -> SyncPager[Tag]:
        """The Location's Tags, optionally only those of one entity (`TagEntity`, 0-3 or its name)."""
        request = list_tags.request_kwargs(
            location(location_id), entity=None if entity is None else ListTagsEntity(_entity(entity).slug)
        )
        return SyncPager(once(self._client._execute, APICall(list_tags.OPERATION_ID, request, _parse_tags)))

    def get(self, location_id: int, tag_id: int) -> Tag:
        """One Tag (a deleted one too, marked `is_deleted`); NotFoundError if there is none."""
        request = get_tag.request_kwargs(location(location_id), v.positive_id("tag_id", tag_id))
        return self._client._execute(APICall(get_tag.OPERATION_ID, request, _parse_tag))

    def create(
        self, location_id: int, title: str, color: str, *, entity: TagEntityLike | None = None, icon: str | None = None
    ) -> Tag:
        """Create a Tag. `color` is a hex colour such as "#ff2828"; `entity` defaults to COMMON."""
        body: create_tag.JsonBody = {"title": v.text("title", title), "color": v.hex_color("color", color)}
        request = create_tag.request_kwargs(location(location_id), body=_tag_fields(body, entity, icon))
        return self._client._execute(APICall(create_tag.OPERATION_ID, request, _parse_tag))

    def update(
        self,
        location_id: int,
        tag_id: int,
        *,
        title: str | None = None,
        color: str | None = None,
        entity: TagEntityLike | None = None,
        icon: str | None = None,
    ) -> None:
        """Change only the fields given (at least one).

        Returns None: the API answers 204 with no body. `get(location_id, tag_id)` gives the
        Tag as it now is.
        """
        body: update_tag.JsonBody = {}
        if title is not None:
            body["title"] = v.text("title", title)
        if color is not None:
            body["color"] = v.hex_color("color", color)
        if not _tag_fields(body, entity, icon):
            raise InvalidArgumentError("title", "nothing to update: pass at least one of title, color, entity, icon")
        request = update_tag.request_kwargs(location(location_id), v.positive_id("tag_id", tag_id), body=body)
        return self._client._execute(APICall[None](update_tag.OPERATION_ID, request, None))

    def delete(self, location_id: int, tag_id: int) -> None:
        """Delete a Tag (the API keeps it, marked `is_deleted`)."""
        request = delete_tag.request_kwargs(location(location_id), v.positive_id("tag_id", tag_id))
        return self._client._execute(APICall[None](delete_tag.OPERATION_ID, request, None))
