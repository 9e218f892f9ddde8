# Derived from altegio/resources/_async/positions.py by scripts/unasync.py. Do not edit.
"""Positions of a Location's Team Members (wire path `/locations/{company_id}/positions`)."""

from __future__ import annotations

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
        call = APICall("list_positions", {"company_id": location(location_id)}, _parse_positions)
        return SyncPager(once(self._client._execute, call))

    def get(self, location_id: int, position_id: int) -> Position:
        arguments = {"company_id": location(location_id), "position_id": v.positive_id("position_id", position_id)}
        return self._client._execute(APICall("get_position", arguments, _parse_position))

    def create(self, location_id: int, title: str) -> Position:
        """Create a position; `title` is 1 to 100 characters."""
        body = {"title": v.text("title", title, max_length=_TITLE_MAX)}
        return self._client._execute(
            APICall("create_position", {"company_id": location(location_id), "body": body}, _parse_position)
        )

    def update(self, location_id: int, position_id: int, title: str) -> None:
        """Rename a position (the title is the only field the API lets you change)."""
        arguments = {
            "company_id": location(location_id),
            "position_id": v.positive_id("position_id", position_id),
            "body": {"title": v.text("title", title, max_length=_TITLE_MAX)},
        }
        self._client._execute(APICall("update_position", arguments, None))

    def delete(self, location_id: int, position_id: int) -> None:
        arguments = {"company_id": location(location_id), "position_id": v.positive_id("position_id", position_id)}
        self._client._execute(APICall("delete_position", arguments, None))
