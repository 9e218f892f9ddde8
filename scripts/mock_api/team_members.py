"""Positions and Team Members (the spec's "Team Members" section).

- Positions: seeded from the list_positions example; deleting removes them. A title already
  used by another Position -> 422 {"title": [...]} (create and update).
- Team Members: the list_team_members example, read-only. `filter[name]` and
  `filter[position_title]` match substrings, `filter[position_id]` must be 0 or an existing
  Position (else 422 {"filter[position_id]": [...]}), `filter[deleted]=1` gives nothing; the
  other status filters are accepted and ignored. `include=position|employee` adds the Position
  (when it exists) and a made-up employment profile.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .constants import MOCK_LOCATION_ID
from .core import Call, Reply, Section, invalid, not_found, synthesize


class TeamMembersMock(Section):
    """The Positions operations and list_team_members."""

    def _seed_team_members(self) -> None:
        self.positions = {int(p["id"]): p["attributes"] for p in self.example("list_positions")["data"]}
        self.team_members = {int(m["id"]): m["attributes"] for m in self.example("list_team_members")["data"]}

    @staticmethod
    def _position(position_id: int, attributes: Mapping[str, Any]) -> dict[str, Any]:
        return {"type": "position", "id": str(position_id), "attributes": dict(attributes)}

    def _stored_position(self, position_id: int) -> dict[str, Any]:
        position = self.positions.get(position_id)
        if position is None:
            raise not_found()
        return position

    def _check_position_title(self, title: str, own_id: int | None = None) -> None:
        if any(p["title"] == title and i != own_id for i, p in self.positions.items()):
            raise invalid("title", "A position with this title already exists")

    def _op_list_positions(self, call: Call) -> Reply:
        return Reply(200, {"data": [self._position(i, p) for i, p in self.positions.items()]})

    def _op_create_position(self, call: Call) -> Reply:
        self._check_position_title(call.body["title"])
        chain_id = next(iter(self.positions.values()), {}).get("chain_id", 1)
        position = {
            "chain_id": chain_id,
            "title": call.body["title"],
            "description": call.body.get("description", ""),
            "services_binding_type": 0,
            "rules_required_fields": [],
            "only_chain_appointment": False,
            "salon_ids": [MOCK_LOCATION_ID],
        }
        position_id = self._new_id("position")
        self.positions[position_id] = position
        return Reply(201, {"data": self._position(position_id, position), "meta": []})

    def _op_get_position(self, call: Call) -> Reply:
        position = self._stored_position(call.ids["position_id"])
        return Reply(200, {"data": self._position(call.ids["position_id"], position), "meta": []})

    def _op_update_position(self, call: Call) -> Reply:
        position = self._stored_position(call.ids["position_id"])
        self._check_position_title(call.body["title"], call.ids["position_id"])
        position["title"] = call.body["title"]
        if "description" in call.body:
            position["description"] = call.body["description"]
        return Reply(204)

    def _op_delete_position(self, call: Call) -> Reply:
        self._stored_position(call.ids["position_id"])
        del self.positions[call.ids["position_id"]]
        return Reply(204)

    def _op_list_team_members(self, call: Call) -> Reply:
        position_id = call.arg("filter[position_id]")
        if position_id not in (None, "0") and int(position_id) not in self.positions:
            raise invalid("filter[position_id]", "The selected position is invalid")
        name, title = call.arg("filter[name]"), call.arg("filter[position_title]")
        include = call.query.get("include", [])
        data, included = [], []
        for member_id, member in self.team_members.items():
            position = self.positions.get(member["position_id"])
            if (
                call.arg("filter[deleted]") == "1"
                or (name and name.lower() not in member["name"].lower())
                or (position_id not in (None, "0") and member["position_id"] != int(position_id))
                or (title and (position is None or title.lower() not in position["title"].lower()))
            ):
                continue
            resource: dict[str, Any] = {"type": "staff", "id": str(member_id), "attributes": dict(member)}
            relationships: dict[str, Any] = {}
            if "position" in include:
                link = None if position is None else {"type": "staff_position", "id": str(member["position_id"])}
                relationships["position"] = {"data": link}
                if position is not None:
                    included.append({**link, "attributes": {"title": position["title"]}})
            if "employee" in include:
                relationships["employee"] = {"data": {"type": "employee", "id": str(member_id)}}
                included.append(self._employee(member_id, member))
            if relationships:
                resource["relationships"] = relationships
            data.append(resource)
        return Reply(200, {"data": data, **({"included": included} if included else {})})

    def _employee(self, member_id: int, member: Mapping[str, Any]) -> dict[str, Any]:
        schema = self.contract.document["components"]["schemas"]["employment_profile_resource"]
        profile = synthesize(self.contract, schema)
        first, _, last = member["name"].partition(" ")
        profile["id"] = str(member_id)
        profile["attributes"].update(name=member["name"], firstname=first, surname=last, patronymic="")
        return profile
