"""Events and the appointments of Booking Users in them (the spec's "Events" section).

- Events: two seeds from the create_event example, tomorrow and the day after at 14:00
  (Location time is UTC here). `list_events`: `filter[from]` before now -> 422
  {"filter[from]": [...]}, `filter[to]` before `filter[from]` -> 422 {"filter[to]": [...]}; the
  other filters, `page` and `limit` apply. create/update: an unknown `staff_id` or `service_id`
  (the ones the examples use exist) or a `label_ids` entry that is no live Tag -> 422 on that
  field; overlapping another live Event of the same Team Member, or sharing a Resource
  Instance with one, without `force: true` -> 409 "Team Member or Resource Instance is
  unavailable"; a capacity below the places already booked -> 422 {"capacity": [...]}. A
  deleted Event leaves the list and can still be fetched; updating or deleting it is 404.
  `include=staff|master|service` adds the relationship and the related resource; other
  includes are accepted and ignored.
- Event appointments: one seed (the list_appointments example) in the first seeded Event.
  create: a missing or deleted Event -> 404; `clients_count` above the free places -> 422
  {"clients_count": [...]}; without `client.id` (or `client_id`) a new Booking User id is
  given. update: an Appointment that is not in that Event -> 404; more places than are free ->
  422 {"clients_count": [...]}. reschedule: a missing or deleted target Event -> 404; the same
  Event -> 422 {"reschedule_activity_id": [...]}; too few free places there -> 422
  {"clients_count": [...]}.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from .constants import EVENT_DATE, LOCAL, MOCK_LOCATION_ID, OFFSET, UNAVAILABLE
from .core import ApiError, Call, Reply, Section, invalid, not_found


class EventsMock(Section):
    """The Event operations and those of their appointments."""

    def _seed_events(self) -> None:
        """After the Team Members: the create_event example's Team Member and Service exist."""
        event = self._request_example("create_event")
        self.staff_ids = set(self.team_members) | {event["staff_id"]}
        self.service_ids = {int(s["id"]) for s in self.example("list_services")["data"]} | {event["service_id"]}
        tomorrow = self._clock().date() + dt.timedelta(days=1)
        self.events: dict[int, dict[str, Any]] = {}
        for event_id, day in ((12345, tomorrow), (12346, tomorrow + dt.timedelta(days=1))):
            self.events[event_id] = self._event_from_body({**event, "date": f"{day} 14:00:00"})
        template = self.example("list_appointments")["data"][0]
        self.appointment_template = template["attributes"]
        self.appointments = {
            int(template["id"]): {
                "event_id": 12345,
                "clients_count": template["attributes"]["clients_count"],
                "client_id": template["attributes"]["client_id"],
                "comer_id": None,
                "comment": "",
                "color": "",
                "created": self._clock().replace(microsecond=0),
            }
        }

    def _event_from_body(self, body: Mapping[str, Any]) -> dict[str, Any]:
        return {
            "staff_id": body["staff_id"],
            "service_id": body["service_id"],
            "resource_instance_ids": list(body["resource_instance_ids"]),
            "label_ids": list(body["label_ids"]),
            "date": dt.datetime.strptime(body["date"], EVENT_DATE),
            "length": body["length"],
            "capacity": body["capacity"],
            "comment": body.get("comment"),
            "color": body.get("color") or "#ffffff",
            "instructions": body.get("instructions") or "",
            "stream_link": body.get("stream_link") or "",
            "deleted": False,
        }

    def _booked(self, event_id: int, *, without: int | None = None) -> int:
        return sum(
            a["clients_count"] for i, a in self.appointments.items() if a["event_id"] == event_id and i != without
        )

    def _event(self, event_id: int, include: list[str]) -> dict[str, Any]:
        event = self.events[event_id]
        date = event["date"]
        attributes = {
            "master_id": event["staff_id"],
            "staff_id": event["staff_id"],
            "service_id": event["service_id"],
            "timestamp": int(date.replace(tzinfo=dt.UTC).timestamp()),
            "length": event["length"],
            "capacity": event["capacity"],
            "clients_count": self._booked(event_id),
            "color": event["color"],
            "instructions": event["instructions"],
            "stream_link": event["stream_link"],
            "font_color": "#000000",
            "notified": False,
            "comment": event["comment"],
            "schedule_id": None,
            "schedule_till": None,
            "schedule_event_modified": None,
            "date": date.strftime(LOCAL) + OFFSET,
        }
        resource: dict[str, Any] = {"type": "activity", "id": str(event_id), "attributes": attributes}
        links = {
            name: {"data": {"type": kind, "id": str(event[key])}}
            for name, kind, key in (
                ("staff", "staff", "staff_id"),
                ("master", "staff", "staff_id"),
                ("service", "service", "service_id"),
            )
            if name in include
        }
        if links:
            resource["relationships"] = links
        return resource

    def _included(self, resources: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """The Team Members and Services the resources link to, each once."""
        services = {int(s["id"]): s for s in self.example("list_services")["data"]}
        found: dict[tuple[str, str], dict[str, Any]] = {}
        for resource in resources:
            for link in (resource.get("relationships") or {}).values():
                key = (link["data"]["type"], link["data"]["id"])
                if key[0] == "staff" and int(key[1]) in self.team_members:
                    found[key] = {"type": "staff", "id": key[1], "attributes": dict(self.team_members[int(key[1])])}
                elif key[0] == "service" and int(key[1]) in services:
                    found[key] = {**services[int(key[1])], "id": key[1]}
        return list(found.values())

    def _event_document(self, event_id: int, include: list[str], extra: Mapping[str, Any]) -> dict[str, Any]:
        resource = self._event(event_id, include)
        included = self._included([resource])
        return {"data": resource, **({"included": included} if included else {}), **extra}

    def _live_event(self, event_id: int) -> dict[str, Any]:
        event = self.events.get(event_id)
        if event is None or event["deleted"]:
            raise not_found()
        return event

    def _check_event(self, body: Mapping[str, Any], own_id: int | None = None) -> dict[str, Any]:
        if body["staff_id"] not in self.staff_ids:
            raise invalid("staff_id", "The selected Team Member is invalid")
        if body["service_id"] not in self.service_ids:
            raise invalid("service_id", "The selected Service is invalid")
        live_tags = {i for i, t in self.tags.items() if not t["is_deleted"]}
        if any(label not in live_tags for label in body["label_ids"]):
            raise invalid("label_ids", "The selected Tag is invalid")
        event = self._event_from_body(body)
        if own_id is not None and event["capacity"] < self._booked(own_id):
            raise invalid("capacity", "The capacity is below the places already booked")
        if not body.get("force"):
            start, end = event["date"], event["date"] + dt.timedelta(seconds=event["length"])
            for other_id, other in self.events.items():
                if other_id == own_id or other["deleted"]:
                    continue
                other_end = other["date"] + dt.timedelta(seconds=other["length"])
                shares = other["staff_id"] == event["staff_id"] or set(other["resource_instance_ids"]) & set(
                    event["resource_instance_ids"]
                )
                if shares and other["date"] < end and start < other_end:
                    raise ApiError(409, UNAVAILABLE)
        return event

    def _op_list_events(self, call: Call) -> Reply:
        start = self._query_date(call, "filter[from]")
        end = self._query_date(call, "filter[to]")
        if start < self._clock().replace(microsecond=0):
            raise invalid("filter[from]", "The filter[from] must be a date after or equal to now")
        if end < start:
            raise invalid("filter[to]", "The filter[to] must be a date after filter[from]")
        staff = {int(v) for v in call.query.get("filter[master_ids][]", [])}
        services = {int(v) for v in call.query.get("filter[service_ids][]", [])}
        free = int(call.arg("filter[capacity]") or 0)
        chosen = [
            event_id
            for event_id, event in sorted(self.events.items(), key=lambda item: (item[1]["date"], item[0]))
            if not event["deleted"]
            and start <= event["date"] <= end
            and (not staff or event["staff_id"] in staff)
            and (not services or event["service_id"] in services)
            and event["capacity"] - self._booked(event_id) >= free
        ]
        page, limit = int(call.arg("page") or 1), int(call.arg("limit") or 250)
        include = call.query.get("include", [])
        resources = [self._event(event_id, include) for event_id in chosen[(page - 1) * limit : page * limit]]
        included = self._included(resources)
        return Reply(200, {"data": resources, **({"included": included} if included else {})})

    @staticmethod
    def _query_date(call: Call, name: str) -> dt.datetime:
        try:
            return dt.datetime.strptime(call.arg(name) or "", EVENT_DATE)
        except ValueError:
            raise invalid(name, f"The {name} is not a valid date") from None

    def _op_create_event(self, call: Call) -> Reply:
        event = self._check_event(call.body)
        event_id = self._new_id("event")
        self.events[event_id] = event
        return Reply(201, self._event_document(event_id, call.query.get("include", []), {"meta": []}))

    def _op_get_event(self, call: Call) -> Reply:
        if call.ids["event_id"] not in self.events:
            raise not_found()
        return Reply(200, self._event_document(call.ids["event_id"], call.query.get("include", []), {"meta": []}))

    def _op_update_event(self, call: Call) -> Reply:
        self._live_event(call.ids["event_id"])
        self.events[call.ids["event_id"]] = self._check_event(call.body, call.ids["event_id"])
        return Reply(200, self._event_document(call.ids["event_id"], call.query.get("include", []), {"meta": []}))

    def _op_delete_event(self, call: Call) -> Reply:
        self._live_event(call.ids["event_id"])["deleted"] = True
        return Reply(204)

    def _appointment(self, appointment_id: int) -> dict[str, Any]:
        stored = self.appointments[appointment_id]
        event = self.events[stored["event_id"]]
        date = event["date"]
        attributes = {
            **self.appointment_template,
            "company_id": MOCK_LOCATION_ID,
            "master_id": event["staff_id"],
            "staff_id": event["staff_id"],
            "client_id": stored["client_id"],
            "comer_id": stored["comer_id"],
            "clients_count": stored["clients_count"],
            "activity_id": stored["event_id"],
            "custom_color": stored["color"],
            "length": event["length"],
            "duration": event["length"],
            "timestamp": int(date.replace(tzinfo=dt.UTC).timestamp()),
            "date": date.strftime(LOCAL),
            "created_datetime": stored["created"].strftime(LOCAL),
            "comment": stored["comment"],
        }
        return {"data": {"type": "record", "id": str(appointment_id), "attributes": attributes}, "meta": []}

    def _stored_appointment(self, call: Call) -> dict[str, Any]:
        self._live_event(call.ids["event_id"])
        stored = self.appointments.get(call.ids["record_id"])
        if stored is None or stored["event_id"] != call.ids["event_id"]:
            raise not_found()
        return stored

    def _check_places(
        self, event_id: int, wanted: int, *, without: int | None = None, field: str = "clients_count"
    ) -> None:
        free = self.events[event_id]["capacity"] - self._booked(event_id, without=without)
        if wanted > free:
            raise invalid(field, f"Only {max(free, 0)} places are free in the Event")

    def _op_create_event_appointment(self, call: Call) -> Reply:
        event_id = call.ids["event_id"]
        self._live_event(event_id)
        body = call.body
        self._check_places(event_id, body["clients_count"])
        client_id = body["client"].get("id") or body.get("client_id") or self._new_id("client")
        comer_id = body.get("comer_id") or (self._new_id("comer") if "comer" in body else None)
        appointment_id = self._new_id("appointment")
        self.appointments[appointment_id] = {
            "event_id": event_id,
            "clients_count": body["clients_count"],
            "client_id": client_id,
            "comer_id": comer_id,
            "comment": "",
            "color": "",
            "created": self._clock().replace(microsecond=0),
        }
        return Reply(201, self._appointment(appointment_id))

    def _op_update_event_appointment(self, call: Call) -> Reply:
        stored = self._stored_appointment(call)
        body = call.body
        if "clients_count" in body:
            self._check_places(call.ids["event_id"], body["clients_count"], without=call.ids["record_id"])
            stored["clients_count"] = body["clients_count"]
        if "comment" in body:
            stored["comment"] = body["comment"] or ""
        if "color" in body:
            stored["color"] = body["color"] or ""
        return Reply(200, self._appointment(call.ids["record_id"]))

    def _op_reschedule_event_appointment(self, call: Call) -> Reply:
        stored = self._stored_appointment(call)
        target = call.body["reschedule_activity_id"]
        self._live_event(target)
        if target == call.ids["event_id"]:
            raise invalid("reschedule_activity_id", "The Appointment is already in this Event")
        count = call.body.get("clients_count", stored["clients_count"])
        self._check_places(target, count)
        stored.update(event_id=target, clients_count=count)
        if "comment" in call.body:
            stored["comment"] = call.body["comment"] or ""
        if call.body.get("with_comer") is False:
            stored["comer_id"] = None
        return Reply(200, self._appointment(call.ids["record_id"]))
