# Derived from altegio/resources/_async/positions.py by scripts/unasync.py. Do not edit.
"""Positions of a Location's Team Members (wire path `/locations/{company_id}/positions`)."""

from __future__ import annotations

from altegio_openapi.api.team_members import (
    create_position,
    delete_position,
    get_position,
    list_positions,
    update_position,
)

from ... import _validation as v
from ..._operations import APICall
from ..._pagination import SyncPager
from ...models.team_members import Position
from .._shared import SyncAPIResource, item_parser, list_parser, location, once

_TITLE_MAX = 100
_parse_position = item_parser(Position)
_parse_positions = list_parser(Position)


class Positions(SyncAPIResource):
    """Positions (job titles) that Team Members hold."""

    def list(self, location_id: int) -> SyncPager[Position]:
        """The positions of the Location's chain (one request, sent as you iterate)."""
        request = list_positions.request_kwargs(location(location_id))
        return SyncPager(once(self._client._execute, APICall(list_positions.OPERATION_ID, request, _parse_positions)))

    def get(self, location_id: int, position_id: int) -> Position:
        """One position; NotFoundError if the Location has none with this id."""
        request = get_position.request_kwargs(location(location_id), v.positive_id("position_id", position_id))
        return self._client._execute(APICall(get_position.OPERATION_ID, request, _parse_position))

    def create(self, location_id: int, title: str) -> Position:
        """Create a position; `title` is 1 to 100 characters."""
        request = create_position.request_kwargs(
            location(location_id), body={"title": v.text("title", title, max_length=_TITLE_MAX)}
        )
        return self._client._execute(APICall(create_position.OPERATION_ID, request, _parse_position))

    def update(self, location_id: int, position_id: int, title: str) -> None:
        """Rename a position (the title is the only field the API lets you change).

        Returns None: the API answers 204 with no body. `get(location_id, position_id)`
        gives the position as it now is.
        """
        request = update_position.request_kwargs(
            location(location_id),
            v.positive_id("position_id", position_id),
            body={"title": v.text("title", title, max_length=_TITLE_MAX)},
        )
        return self._client._execute(APICall[None](update_position.OPERATION_ID, request, None))

    def delete(self, location_id: int, position_id: int) -> None:
        """Delete a position; returns None (the API answers with no body)."""
        request = delete_position.request_kwargs(location(location_id), v.positive_id("position_id", position_id))
        return self._client._execute(APICall[None](delete_position.OPERATION_ID, request, None))
