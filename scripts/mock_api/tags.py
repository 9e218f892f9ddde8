"""Tags: seeded from the list_tags example. A deleted Tag is kept with `is_deleted: true`: it
leaves the list, `get_tag` still returns it, updating or deleting it again is 404. A title
already used by another live Tag -> 422 {"title": [...]} (create and update).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .constants import ENTITIES, MOCK_LOCATION_ID
from .core import Call, Reply, Section, invalid, not_found


class TagsMock(Section):
    """list_tags, create_tag, get_tag, update_tag, delete_tag."""

    def _seed_tags(self) -> None:
        self.tags = {int(t["id"]): t["attributes"] for t in self.example("list_tags")["data"]}
        for tag in self.tags.values():
            tag["company_id"] = MOCK_LOCATION_ID

    @staticmethod
    def _tag(tag_id: int, attributes: Mapping[str, Any]) -> dict[str, Any]:
        return {"type": "tag", "id": str(tag_id), "attributes": dict(attributes)}

    def _live_tag(self, tag_id: int) -> dict[str, Any]:
        tag = self.tags.get(tag_id)
        if tag is None or tag["is_deleted"]:
            raise not_found()
        return tag

    def _check_tag_title(self, title: str | None, own_id: int | None = None) -> None:
        if any(i != own_id and not t["is_deleted"] and t["title"] == title for i, t in self.tags.items()):
            raise invalid("title", "A category with this name already exists")

    def _op_list_tags(self, call: Call) -> Reply:
        entity = call.arg("entity")
        if entity is not None and entity.isdigit():
            entity = ENTITIES[int(entity)]
        tags = [
            self._tag(tag_id, tag)
            for tag_id, tag in self.tags.items()
            if not tag["is_deleted"] and entity in (None, tag["entity_type"])
        ]
        return Reply(200, {"data": tags})

    def _op_create_tag(self, call: Call) -> Reply:
        body = call.body
        self._check_tag_title(body["title"])
        tag = {
            "company_id": MOCK_LOCATION_ID,
            "title": body["title"],
            "color": body["color"],
            "font_color": "#ffffff",
            "entity_type": ENTITIES[body.get("entity", 0)],
            "is_deleted": False,
            "is_editable": True,
        }
        if "icon" in body:
            tag["icon"] = body["icon"]
        tag_id = self._new_id("tag")
        self.tags[tag_id] = tag
        return Reply(201, {"data": self._tag(tag_id, tag), "meta": []})

    def _op_get_tag(self, call: Call) -> Reply:
        tag = self.tags.get(call.ids["tag_id"])
        if tag is None:
            raise not_found()
        return Reply(200, {"data": self._tag(call.ids["tag_id"], tag), "meta": []})

    def _op_update_tag(self, call: Call) -> Reply:
        tag = self._live_tag(call.ids["tag_id"])
        self._check_tag_title(call.body.get("title"), call.ids["tag_id"])
        for key in ("title", "color", "icon"):
            if key in call.body:
                tag[key] = call.body[key]
        if "entity" in call.body:
            tag["entity_type"] = ENTITIES[call.body["entity"]]
        return Reply(204)

    def _op_delete_tag(self, call: Call) -> Reply:
        self._live_tag(call.ids["tag_id"])["is_deleted"] = True
        return Reply(204)
