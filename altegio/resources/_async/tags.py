"""Tags of a Location (wire path `/locations/{company_id}/tags`)."""

from __future__ import annotations

from typing import Any

from ... import _validation as v
from ..._errors import InvalidArgumentError
from ..._operations import APICall
from ..._pagination import AsyncPager
from ...models.tags import Tag, TagEntity
from .._shared import AsyncAPIResource, item_parser, list_parser, location, once

TagEntityLike = TagEntity | int | str

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


def _tag_fields(title: Any, color: Any, entity: Any, icon: Any) -> dict[str, Any]:
    fields: dict[str, Any] = {}
    if title is not None:
        fields["title"] = v.text("title", title)
    if color is not None:
        fields["color"] = v.hex_color("color", color)
    if entity is not None:
        fields["entity"] = _entity(entity).value
    if icon is not None:
        fields["icon"] = v.text("icon", icon)
    return fields


class AsyncTags(AsyncAPIResource):
    """Tags label Booking Users, Appointments and Events (`TagEntity`)."""

    def list(self, location_id: int, *, entity: TagEntityLike | None = None) -> AsyncPager[Tag]:
        """The Location's Tags, optionally only those of one entity (`TagEntity`, 0-3 or its name)."""
        arguments = {"company_id": location(location_id), "entity": None if entity is None else _entity(entity).slug}
        return AsyncPager(once(self._client._execute, APICall("list_tags", arguments, _parse_tags)))

    async def get(self, location_id: int, tag_id: int) -> Tag:
        call = APICall(
            "get_tag", {"company_id": location(location_id), "tag_id": v.positive_id("tag_id", tag_id)}, _parse_tag
        )
        return await self._client._execute(call)

    async def create(
        self, location_id: int, title: str, color: str, *, entity: TagEntityLike | None = None, icon: str | None = None
    ) -> Tag:
        """Create a Tag. `color` is a hex colour such as "#ff2828"; `entity` defaults to COMMON."""
        body = _tag_fields(v.text("title", title), v.hex_color("color", color), entity, icon)
        return await self._client._execute(
            APICall("create_tag", {"company_id": location(location_id), "body": body}, _parse_tag)
        )

    async def update(
        self,
        location_id: int,
        tag_id: int,
        *,
        title: str | None = None,
        color: str | None = None,
        entity: TagEntityLike | None = None,
        icon: str | None = None,
    ) -> None:
        """Change only the fields given; the API answers with no body."""
        body = _tag_fields(title, color, entity, icon)
        if not body:
            raise InvalidArgumentError("title", "nothing to update: pass at least one of title, color, entity, icon")
        arguments = {"company_id": location(location_id), "tag_id": v.positive_id("tag_id", tag_id), "body": body}
        await self._client._execute(APICall("update_tag", arguments, None))

    async def delete(self, location_id: int, tag_id: int) -> None:
        """Delete a Tag (the API keeps it, marked `is_deleted`)."""
        arguments = {"company_id": location(location_id), "tag_id": v.positive_id("tag_id", tag_id)}
        await self._client._execute(APICall("delete_tag", arguments, None))
