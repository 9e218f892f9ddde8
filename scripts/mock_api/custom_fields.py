"""Custom Fields (the spec's "Custom Fields" section).

Seeds: Custom Fields 81 (Booking Users, text) and 82 (Appointments, list). include=ui_options
with `filter[parent_entity_type]=record` -> 422 {"include"} (UI options are for Booking User
fields).
"""

from __future__ import annotations

from typing import Any

from .core import Call, Reply, Section, invalid


class CustomFieldsMock(Section):
    """list_custom_fields."""

    def _seed_custom_fields(self) -> None:
        """Custom Fields: the examples and a few variants."""
        field = self.example("list_custom_fields")["data"][0]
        self.custom_fields = {
            int(field["id"]): field["attributes"],
            82: {
                **field["attributes"],
                **dict.fromkeys(("code", "slug"), "parking_spot"),
                **dict.fromkeys(("parent_entity_type", "entity_slug"), "record"),
                "title": "Parking spot",
                "weight": 20,
                "values": ["Front", "Back"],
            },
        }

    def _op_list_custom_fields(self, call: Call) -> Reply:
        entity = call.arg("filter[parent_entity_type]") or call.arg("filter[entity_slug]")
        include = call.query.get("include", [])
        if "ui_options" in include and entity == "record":
            raise invalid("include", "UI options exist for Booking User Custom Fields only")
        included: dict[tuple[str, str], Any] = {}
        fields = []
        for field_id, attributes in self.custom_fields.items():
            if entity not in (None, attributes["entity_slug"]):
                continue
            resource: dict[str, Any] = {"type": "custom_field", "id": str(field_id), "attributes": dict(attributes)}
            if "custom_field_type" in include:
                slug, title = ("list", "List") if attributes["values"] else ("text", "Text")
                kind = {
                    "type": "custom_field_type",
                    "id": slug,
                    "attributes": {"code": slug, "slug": slug, "title": title},
                }
                self._link(resource, included, "custom_field_type", [kind], many=False)
            if "ui_options" in include:
                options = [
                    {
                        "type": "custom_field_ui_option",
                        "id": f"{field_id}_{slug}",
                        "attributes": {"slug": slug, "value": value},
                    }
                    for slug, value in (("show_in_online_booking", True), ("show_in_receipt", False))
                    if attributes["entity_slug"] == "client"
                ]
                self._link(resource, included, "ui_options", options)
            fields.append(resource)
        return Reply(200, self._with_included({"data": fields}, included))
