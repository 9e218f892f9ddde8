"""A local, stateful mock of the Altegio Business Management API v2, as openapi.yaml describes it.

It exists so that cassettes can be recorded, and the client exercised end to end, without
production credentials. Prism cannot serve this spec (it never matches bracketed query names
such as `filter[from]`), so this mock validates with wire_contract instead.

    with MockServer() as mock:          # or: python scripts/mock_server.py [--port N]
        client = Altegio("partner", "user", base_url=mock.url)

Checks, in this order, for every request (the rejections use these statuses even where the
operation does not declare them):
- an unknown path -> 404 "Not found"; a method the path does not have -> 405;
- `Accept` missing or not application/vnd.api.v2+json (a charset may follow) -> 400;
- `Authorization` missing or not `Bearer <partner>, User <user>` -> 401 (any tokens are accepted);
- the Location: MOCK_LOCATION_ID (the id most spec examples use) is the only one that exists;
  MOCK_FORBIDDEN_LOCATION_ID answers 403 "No company management rights", and every other id,
  MOCK_MISSING_LOCATION_ID among them, 404 "Location not found", whatever the operation;
- list_events without `filter[from]` or `filter[to]` -> 400 "Required date range is missing";
- any other spec violation (unknown query key, a value of the wrong type or not in its enum, a
  body that does not fit its schema) -> 422 with `meta.errors` keyed by the parameter name or
  the dotted body path, e.g. {"client.phone": ["..."]}.
Every answer to a valid request is itself checked against the spec before it is sent; a
mismatch is a bug of the mock and comes back as a 500.

State, per instance (`reset()` restores the seeds; ids are handed out in sequence, so runs repeat):
- Tags: seeded from the list_tags example. A deleted Tag is kept with `is_deleted: true`: it
  leaves the list, `get_tag` still returns it, updating or deleting it again is 404.
  A title already used by another live Tag -> 422 {"title": [...]} (create and update).
- Positions: seeded from the list_positions example; deleting removes them. A title already used
  by another Position -> 422 {"title": [...]} (create and update).
- Team Members: the list_team_members example, read-only. `filter[name]` and
  `filter[position_title]` match substrings, `filter[position_id]` must be 0 or an existing
  Position (else 422 {"filter[position_id]": [...]}), `filter[deleted]=1` gives nothing; the other
  status filters are accepted and ignored. `include=position|employee` adds the Position (when it
  exists) and a made-up employment profile.
- Events: two seeds from the create_event example, tomorrow and the day after at 14:00 (Location
  time is UTC here). `list_events`: `filter[from]` before now -> 422 {"filter[from]": [...]},
  `filter[to]` before `filter[from]` -> 422 {"filter[to]": [...]}; the other filters, `page` and
  `limit` apply. create/update: an unknown `staff_id` or `service_id` (the ones the examples use
  exist) or a `label_ids` entry that is no live Tag -> 422 on that field; overlapping another
  live Event of the same Team Member, or sharing a Resource Instance with one, without
  `force: true` -> 409 "Team Member or Resource Instance is unavailable"; a capacity below the
  places already booked -> 422 {"capacity": [...]}. A deleted Event leaves the list and can still
  be fetched; updating or deleting it is 404. `include=staff|master|service` adds the
  relationship and the related resource; other includes are accepted and ignored.
- Event appointments: one seed (the list_appointments example) in the first seeded Event.
  create: a missing or deleted Event -> 404; `clients_count` above the free places -> 422
  {"clients_count": [...]}; without `client.id` (or `client_id`) a new Booking User id is given.
  update: an Appointment that is not in that Event -> 404; more places than are free -> 422
  {"clients_count": [...]}. reschedule: a missing or deleted target Event -> 404; the same Event
  -> 422 {"reschedule_activity_id": [...]}; too few free places there -> 422 {"clients_count": [...]}.
- Services, Products, Appointments, Booking Users, Custom Fields: read-mostly seeds built from
  the spec's examples: Services 100-102 (Team Member 42 provides each: one attendance service
  apiece, besides the example's); Products 100-103 in the Product categories 5 (top level) and 6
  (its child), stocked in storages 10 and 11; Appointments 20001-20003 on 2030-01-15 at 10, 11
  and 12 o'clock (an hour each, Booking User 500, Team Member 42; 20001 and 20002 share visit
  30001) besides the Event appointments above; occupations of resource 90 by 20001 and 20002;
  Custom Fields 81 (Booking Users, text) and 82 (Appointments, list). Ids are taken as existing
  whatever they are (an unseeded one gets the first seed's data), except MOCK_MISSING_ID: in the
  path it is 404 "Not found"; as a filter or a reference in the query or body (`staff_id`,
  `client_id`, `filter[category_id]`, `filter[ids][]`, `filter[parent_category_id]`,
  `filter[client_id]`, `filter[activity_id]`, `filter[service_id]`, `recordId`...) it is 422 on
  that name. Paged lists (`list_services`, `list_attendance_services`, `list_products`,
  `autocomplete_products`, `list_appointments`) honour `page` and `limit`. Includes resolve to
  resources in `included`: `resources` of Services; `attendance_service` and `record` of
  suggestions; `storage_amounts` (and the `actual_cost` attribute) of Products; `storage` of
  stock; `child_categories` and `goods` of categories; `good`, `storage_amount` and `staff` of
  an Appointment product item; `client`, `staff`, `services` and `attendance_good_items` of
  Appointments; `labels` of a Booking User (the Booking User Tags); `custom_field_type` and
  `ui_options` of Custom Fields. Other includes give empty relationships or are ignored.
  Further rules:
  - the seeded Services are not composite: their composite attendance services -> 422
    {"service_id"} (any other id is taken for a composite Service);
  - autocomplete_products: a term with an emoji -> 400 "The search term includes emoji"; a term
    shorter than 2 characters once trimmed -> 422 {"filter[term]"};
  - list_appointments: one end of the date range without the other, or an end not after the
    start -> 422 on the date filter;
  - `attendance_id` "record_0" or "visit_0" -> 422; one that matches no Appointment -> 404; a
    `record_` id gives the whole visit of that Appointment;
  - deleted Appointments are gone: deleting again is 404 (422 {"recordId"} from the timetable,
    whose answer lists the rest of the visit);
  - list_resource_occupations lists the occupations that overlap the range (strictly);
  - MOCK_OTHER_CHAIN_CLIENT_ID is a Booking User of another chain: 422 {"client_id"} for the
    three Booking User operations;
  - list_custom_fields: include=ui_options with `filter[parent_entity_type]=record` -> 422
    {"include"} (UI options are for Booking User fields);
  - the spec types the suggestions' `included` as oneOf(attendance_service_resource,
    includedResource), which a complete attendance service matches twice (a spec bug): the
    included ones leave out `technical_break_duration`, so that the answer fits.
- Every other operation answers the example of its success response (or, where the spec has
  none, a body built from the schema), with the requested id and Location filled in.
"""

from __future__ import annotations

import argparse
import copy
import datetime as dt
import http.server
import json
import pathlib
import re
import signal
import sys
import threading
from collections.abc import Callable, Mapping
from typing import Any, NamedTuple
from urllib.parse import parse_qsl, urlsplit

SCRIPTS = pathlib.Path(__file__).resolve().parent
if str(SCRIPTS) not in sys.path:
    sys.path.insert(0, str(SCRIPTS))

from wire_contract import BASE_PATH, MISSING, Contract, Operation, load_contract  # noqa: E402

MOCK_LOCATION_ID = 68570
MOCK_FORBIDDEN_LOCATION_ID = 1  # in production, too, surely someone else's Location
MOCK_MISSING_LOCATION_ID = 999999999
MOCK_STAFF_ID = 42  # the Team Member of the examples
MOCK_SERVICE_ID = 500  # the Service of the create_event example

MOCK_MISSING_ID = 999999999  # no Service, Product, Appointment, Booking User... has this id
MOCK_OTHER_CHAIN_CLIENT_ID = 777777777  # a Booking User of a Location in another chain

UNAVAILABLE = "Team Member or Resource Instance is unavailable"
INVALID = "The given data was invalid."
_OFFSET = "+0000"  # the mock Location's clock is UTC
_EVENT_DATE = "%Y-%m-%d %H:%M:%S"
_LOCAL = "%Y-%m-%dT%H:%M:%S"
# Emoji as the platform refuses them in search terms: Unicode's emoji blocks and the symbols
# with an emoji presentation (wider than the ranges the client checks: U+2B50 is a star).
_EMOJI = re.compile(
    "[\u00a9\u00ae\u203c\u2049\u2122\u2139\u2194-\u21aa\u231a-\u23ff\u24c2\u25aa-\u25fe"
    "\u2600-\u27bf\u2934\u2935\u2b05-\u2b55\u3030\u303d\u3297\u3299\ufe0f\U0001f000-\U0001faff]"
)
# The Booking User every `client` resource shows (made-up personal data: cassettes scrub it).
_BOOKING_USER = {
    "name": "Anna",
    "surname": "Lindqvist",
    "patronymic": "",
    "phone": "+10000000001",
    "additional_phone": "+10000000002",
    "email": "anna.lindqvist@example.com",
    "comment": "Prefers morning appointments",
    "client_tips": True,
    "birthday": "1990-05-17T00:00:00",
    "card_number": "5555-0001",
    "gender": 2,
    "discount": 0,
    "discount_percent": 5,
}
# Strings for `pattern`s of the spec when a schema has no example; the first that fits is used.
_PATTERN_SAMPLES = (
    "2030-01-15T10:00:00",
    "2030-01-15 10:00:00",
    "2030-01-15 10:00:00.000000",
    "2030-01-15T10:00:00+0000",
    "#ff2828",
    "ff2828",
    "10000000000",
    "record_12345",
)


class Reply(NamedTuple):
    status: int
    body: Any = None  # None: no body


class ApiError(Exception):
    """Ends a request with the v2 error envelope."""

    def __init__(self, status: int, message: str, errors: Mapping[str, list[str]] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.errors = dict(errors or {})

    def reply(self) -> Reply:
        meta: dict[str, Any] = {"message": self.message}
        if self.errors:
            meta["errors"] = self.errors
        return Reply(self.status, {"success": False, "data": None, "meta": meta})


def _not_found() -> ApiError:
    return ApiError(404, "Not found")


def _invalid(field: str, message: str) -> ApiError:
    return ApiError(422, INVALID, {field: [message]})


class Call(NamedTuple):
    """A request that passed validation, decoded."""

    operation: Operation
    ids: dict[str, Any]  # path values; integers where the spec says so
    query: dict[str, list[str]]
    body: Any

    def arg(self, name: str) -> str | None:
        values = self.query.get(name)
        return values[0] if values else None


def synthesize(contract: Contract, schema: Any, name: str = "") -> Any:
    """A value that fits `schema`: its example where it has one, else one built from its keywords
    (required properties only, null where allowed, one item for arrays of objects)."""
    schema = contract.resolve(schema)
    for key in ("example", "const", "default"):
        if key in schema:
            return copy.deepcopy(schema[key])
    if "enum" in schema:
        return schema["enum"][0]
    for key in ("oneOf", "anyOf"):
        if key in schema:
            options = [o for o in schema[key] if contract.resolve(o).get("type") != "null"]
            return synthesize(contract, (options or schema[key])[0], name)
    if "allOf" in schema:
        merged: dict[str, Any] = {}
        for part in schema["allOf"]:
            merged.update(synthesize(contract, part, name))
        return merged
    kind = schema.get("type", "object")
    if isinstance(kind, list):
        kind = "null" if "null" in kind else kind[0]
    if kind == "object":
        properties = schema.get("properties") or {}
        return {key: synthesize(contract, properties.get(key, {}), key) for key in schema.get("required") or ()}
    if kind == "array":
        items = contract.resolve(schema.get("items") or {})
        wanted = schema.get("minItems", 1 if items.get("type") == "object" else 0)
        return [synthesize(contract, items) for _ in range(min(wanted, schema.get("maxItems", wanted)))]
    if kind == "string":
        if "pattern" in schema:
            return next(s for s in _PATTERN_SAMPLES if re.search(schema["pattern"], s))
        if name == "id":
            return "1"  # JSON:API ids are numbers in strings
        return {"date": "2030-01-15", "email": "someone@example.com"}.get(schema.get("format"), "string")
    if kind in ("integer", "number"):
        return max(schema.get("minimum", 1), 1)
    return {"boolean": False, "null": None}[kind]


class MockApp:
    """The mock's behaviour without HTTP: one request in, one `Reply` out. Thread-safe."""

    def __init__(self, clock: Callable[[], dt.datetime] | None = None) -> None:
        self.contract = load_contract()
        self._clock = clock or (lambda: dt.datetime.now(dt.UTC).replace(tzinfo=None))
        self._lock = threading.Lock()
        self.reset()

    # -- seeds ---------------------------------------------------------------------------------

    def _media(self, schema_pointer: str) -> Mapping[str, Any]:
        """The media type object (schema and example) that holds the schema at `schema_pointer`."""
        return self.contract.resolve({"$ref": "#" + schema_pointer.removesuffix("/schema")})

    def example(self, operation_id: str) -> Any:
        """A copy of the spec's example of an operation's 200 response."""
        return copy.deepcopy(self._media(self.contract.operations[operation_id].responses["200"] or "")["example"])

    def _request_example(self, operation_id: str) -> Any:
        return copy.deepcopy(self._media(self.contract.operations[operation_id].body_pointer or "")["example"])

    def reset(self) -> None:
        """Forget every change: back to the seeds."""
        with self._lock:
            self.tags = {int(t["id"]): t["attributes"] for t in self.example("list_tags")["data"]}
            for tag in self.tags.values():
                tag["company_id"] = MOCK_LOCATION_ID
            self.positions = {int(p["id"]): p["attributes"] for p in self.example("list_positions")["data"]}
            self.team_members = {int(m["id"]): m["attributes"] for m in self.example("list_team_members")["data"]}
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
            self._seed_catalogue()
            self._next = {
                "tag": max(self.tags) + 1,
                "position": max(self.positions) + 1,
                "event": max(self.events) + 1,
                "appointment": max(self.appointments) + 1,
                "client": 1000,
                "comer": 1000,
            }

    def _new_id(self, kind: str) -> int:
        self._next[kind] += 1
        return self._next[kind] - 1

    # -- dispatch ------------------------------------------------------------------------------

    def handle(self, method: str, path: str, query: list[tuple[str, str]], headers: Any, body: bytes) -> Reply:
        """Answer one request (path with /api/v2, query as the wire pairs, raw body)."""
        with self._lock:
            try:
                call = self._admit(method, path, query, headers, body)
                handler = getattr(self, f"_op_{call.operation.id}", None)
                reply = handler(call) if handler else self._from_example(call)
            except ApiError as error:
                return error.reply()
            except Exception as exc:  # a bug of the mock: say so rather than drop the connection
                return ApiError(500, f"mock bug: {exc!r}").reply()
        problems = self.contract.response_problems(
            method, path, reply.status, {"content-type": "application/json"}, reply.body
        )
        if problems:
            return ApiError(500, "mock bug: the answer does not fit the spec", {"response": problems}).reply()
        return reply

    def _admit(self, method: str, path: str, query: list[tuple[str, str]], headers: Any, body: bytes) -> Call:
        if not path.startswith(BASE_PATH + "/"):
            raise _not_found()
        operation, values, problems = self.contract.match(method, path)
        if operation is None:
            raise ApiError(405, "Method not allowed") if problems[0].field == "method" else _not_found()
        problems = self.contract.request_problems(method, path, query, headers, body)
        if any(p.location == "header" and p.field == "Accept" for p in problems):
            raise ApiError(400, "Accept must be application/vnd.api.v2+json")
        if any(p.location == "header" and p.field == "Authorization" for p in problems):
            raise ApiError(401, "Authentication needed")
        location = values[operation.path_names[0]]
        if location.isdigit():
            if int(location) == MOCK_FORBIDDEN_LOCATION_ID:
                raise ApiError(403, "No company management rights")
            if int(location) != MOCK_LOCATION_ID:
                raise ApiError(404, "Location not found")
        if operation.id == "list_events" and any(p.location == "query" and p.message == MISSING for p in problems):
            raise ApiError(400, "Required date range is missing")
        if problems:
            errors: dict[str, list[str]] = {}
            for problem in problems:
                errors.setdefault(problem.field or problem.location, []).append(problem.message)
            raise ApiError(422, INVALID, errors)
        ids = {name: int(value) if value.isdigit() else value for name, value in values.items()}
        grouped: dict[str, list[str]] = {}
        for key, value in query:
            grouped.setdefault(key, []).append(value)
        return Call(operation, ids, grouped, json.loads(body) if body.strip() else None)

    def _from_example(self, call: Call) -> Reply:
        status = next(s for s in call.operation.responses if s.startswith("2"))
        pointer = call.operation.responses[status]
        if pointer is None:
            return Reply(int(status))
        media = self._media(pointer)
        body = copy.deepcopy(media["example"]) if "example" in media else synthesize(self.contract, media["schema"])
        data = body.get("data") if isinstance(body, dict) else None
        last = call.ids[call.operation.path_names[-1]]
        if isinstance(data, dict) and len(call.operation.path_names) > 1 and isinstance(last, int):
            data["id"] = str(last)  # the item asked for
        items = data if isinstance(data, list) else [data] if isinstance(data, dict) else []
        for item in items:
            attributes = item.get("attributes")
            if isinstance(attributes, dict) and isinstance(attributes.get("company_id"), int):
                attributes["company_id"] = MOCK_LOCATION_ID
        return Reply(int(status), body)

    # -- Tags ------------------------------------------------------------------------------------

    @staticmethod
    def _tag(tag_id: int, attributes: Mapping[str, Any]) -> dict[str, Any]:
        return {"type": "tag", "id": str(tag_id), "attributes": dict(attributes)}

    def _live_tag(self, tag_id: int) -> dict[str, Any]:
        tag = self.tags.get(tag_id)
        if tag is None or tag["is_deleted"]:
            raise _not_found()
        return tag

    def _check_tag_title(self, title: str | None, own_id: int | None = None) -> None:
        if any(i != own_id and not t["is_deleted"] and t["title"] == title for i, t in self.tags.items()):
            raise _invalid("title", "A category with this name already exists")

    def _op_list_tags(self, call: Call) -> Reply:
        entity = call.arg("entity")
        if entity is not None and entity.isdigit():
            entity = _ENTITIES[int(entity)]
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
            "entity_type": _ENTITIES[body.get("entity", 0)],
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
            raise _not_found()
        return Reply(200, {"data": self._tag(call.ids["tag_id"], tag), "meta": []})

    def _op_update_tag(self, call: Call) -> Reply:
        tag = self._live_tag(call.ids["tag_id"])
        self._check_tag_title(call.body.get("title"), call.ids["tag_id"])
        for key in ("title", "color", "icon"):
            if key in call.body:
                tag[key] = call.body[key]
        if "entity" in call.body:
            tag["entity_type"] = _ENTITIES[call.body["entity"]]
        return Reply(204)

    def _op_delete_tag(self, call: Call) -> Reply:
        self._live_tag(call.ids["tag_id"])["is_deleted"] = True
        return Reply(204)

    # -- Positions and Team Members --------------------------------------------------------------

    @staticmethod
    def _position(position_id: int, attributes: Mapping[str, Any]) -> dict[str, Any]:
        return {"type": "position", "id": str(position_id), "attributes": dict(attributes)}

    def _stored_position(self, position_id: int) -> dict[str, Any]:
        position = self.positions.get(position_id)
        if position is None:
            raise _not_found()
        return position

    def _check_position_title(self, title: str, own_id: int | None = None) -> None:
        if any(p["title"] == title and i != own_id for i, p in self.positions.items()):
            raise _invalid("title", "A position with this title already exists")

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
            raise _invalid("filter[position_id]", "The selected position is invalid")
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

    # -- Events ----------------------------------------------------------------------------------

    def _event_from_body(self, body: Mapping[str, Any]) -> dict[str, Any]:
        return {
            "staff_id": body["staff_id"],
            "service_id": body["service_id"],
            "resource_instance_ids": list(body["resource_instance_ids"]),
            "label_ids": list(body["label_ids"]),
            "date": dt.datetime.strptime(body["date"], _EVENT_DATE),
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
            "date": date.strftime(_LOCAL) + _OFFSET,
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
            raise _not_found()
        return event

    def _check_event(self, body: Mapping[str, Any], own_id: int | None = None) -> dict[str, Any]:
        if body["staff_id"] not in self.staff_ids:
            raise _invalid("staff_id", "The selected Team Member is invalid")
        if body["service_id"] not in self.service_ids:
            raise _invalid("service_id", "The selected Service is invalid")
        live_tags = {i for i, t in self.tags.items() if not t["is_deleted"]}
        if any(label not in live_tags for label in body["label_ids"]):
            raise _invalid("label_ids", "The selected Tag is invalid")
        event = self._event_from_body(body)
        if own_id is not None and event["capacity"] < self._booked(own_id):
            raise _invalid("capacity", "The capacity is below the places already booked")
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
            raise _invalid("filter[from]", "The filter[from] must be a date after or equal to now")
        if end < start:
            raise _invalid("filter[to]", "The filter[to] must be a date after filter[from]")
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
            return dt.datetime.strptime(call.arg(name) or "", _EVENT_DATE)
        except ValueError:
            raise _invalid(name, f"The {name} is not a valid date") from None

    def _op_create_event(self, call: Call) -> Reply:
        event = self._check_event(call.body)
        event_id = self._new_id("event")
        self.events[event_id] = event
        return Reply(201, self._event_document(event_id, call.query.get("include", []), {"meta": []}))

    def _op_get_event(self, call: Call) -> Reply:
        if call.ids["event_id"] not in self.events:
            raise _not_found()
        return Reply(200, self._event_document(call.ids["event_id"], call.query.get("include", []), {"meta": []}))

    def _op_update_event(self, call: Call) -> Reply:
        self._live_event(call.ids["event_id"])
        self.events[call.ids["event_id"]] = self._check_event(call.body, call.ids["event_id"])
        return Reply(200, self._event_document(call.ids["event_id"], call.query.get("include", []), {"meta": []}))

    def _op_delete_event(self, call: Call) -> Reply:
        self._live_event(call.ids["event_id"])["deleted"] = True
        return Reply(204)

    # -- Event appointments ----------------------------------------------------------------------

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
            "date": date.strftime(_LOCAL),
            "created_datetime": stored["created"].strftime(_LOCAL),
            "comment": stored["comment"],
        }
        return {"data": {"type": "record", "id": str(appointment_id), "attributes": attributes}, "meta": []}

    def _stored_appointment(self, call: Call) -> dict[str, Any]:
        self._live_event(call.ids["event_id"])
        stored = self.appointments.get(call.ids["record_id"])
        if stored is None or stored["event_id"] != call.ids["event_id"]:
            raise _not_found()
        return stored

    def _check_places(
        self, event_id: int, wanted: int, *, without: int | None = None, field: str = "clients_count"
    ) -> None:
        free = self.events[event_id]["capacity"] - self._booked(event_id, without=without)
        if wanted > free:
            raise _invalid(field, f"Only {max(free, 0)} places are free in the Event")

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
            raise _invalid("reschedule_activity_id", "The Appointment is already in this Event")
        count = call.body.get("clients_count", stored["clients_count"])
        self._check_places(target, count)
        stored.update(event_id=target, clients_count=count)
        if "comment" in call.body:
            stored["comment"] = call.body["comment"] or ""
        if call.body.get("with_comer") is False:
            stored["comer_id"] = None
        return Reply(200, self._appointment(call.ids["record_id"]))

    # -- Services, Products, Appointments, Booking Users, Custom Fields ---------------------------

    def _seed_catalogue(self) -> None:
        """The seeds of the read-mostly sections: the spec's examples plus a few variants, so that
        lists can be paged and includes resolved."""
        service = self.example("list_services")["data"][0]
        self.services = {int(service["id"]): service["attributes"]}
        for service_id, title in ((101, "Beard Trim"), (102, "Hair Colouring")):
            self.services[service_id] = {**service["attributes"], "title": title}
        template = self.example("list_attendance_services")["data"][0]
        self.attendance_template = template["attributes"]
        self.attendance_services = [
            {**template, "attributes": {**template["attributes"], "company_id": MOCK_LOCATION_ID}}
        ]
        self.attendance_services += [
            self._attendance_service(service_id, MOCK_STAFF_ID) for service_id in self.services
        ]
        product = self.example("list_products")["data"][0]
        self.products = {int(product["id"]): product["attributes"]}
        for product_id, title, category_id, cost in (
            (101, "Dry Shampoo", 6, 18.5),
            (102, "Shampoo Travel Size", 6, 9.99),
            (103, "Hair Mask", 5, 31.0),
        ):
            self.products[product_id] = {
                **product["attributes"],
                "title": title,
                "category_id": category_id,
                "cost": cost,
            }
        category = self.example("list_product_categories")["data"][0]
        self.product_categories = {
            int(category["id"]): category["attributes"],
            6: {"title": "Shampoos", "is_chain": False, "parent_category_id": int(category["id"])},
        }
        self.storages = {10: "Main storage", 11: "Back room"}
        record = self.example("list_appointments")["data"][0]["attributes"]
        self.records: dict[int, dict[str, Any]] = {}
        self.record_services = {20001: [100], 20002: [101], 20003: [100, 102]}
        for record_id, hour, visit_id in ((20001, 10, 30001), (20002, 11, 30001), (20003, 12, 0)):
            date = dt.datetime(2030, 1, 15, hour)
            self.records[record_id] = {
                **record,
                "company_id": MOCK_LOCATION_ID,
                "visit_id": visit_id,
                "master_id": MOCK_STAFF_ID,
                "staff_id": MOCK_STAFF_ID,
                "timestamp": int(date.replace(tzinfo=dt.UTC).timestamp()),
                "date": date.strftime(_LOCAL),
                "created_datetime": "2030-01-10T15:30:00",
            }
        self.removed_records: set[int] = set()
        occupation = self.example("list_resource_occupations")["data"][0]
        self.occupations = [(occupation, 100)]
        for number, (record_id, hour, instance) in enumerate(((20001, 10, 901), (20002, 11, 902)), start=502):
            attributes = {**occupation["attributes"], "source_id": record_id, "resource_instance_id": instance}
            attributes.update({"from": f"2030-01-15 {hour}:00:00", "to": f"2030-01-15 {hour + 1}:00:00"})
            service_id = self.record_services[record_id][0]
            self.occupations.append(
                ({"type": "resource_occupation", "id": str(number), "attributes": attributes}, service_id)
            )
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

    def _attendance_service(self, service_id: int, staff_id: int) -> dict[str, Any]:
        attributes = {
            **self.attendance_template,
            "company_id": MOCK_LOCATION_ID,
            "service_id": service_id,
            "staff_id": staff_id,
            "title": self.services.get(service_id, self.services[100])["title"],
        }
        return {
            "type": "attendance_service",
            "id": f"{MOCK_LOCATION_ID}_{service_id}_{staff_id}_0",
            "attributes": attributes,
        }

    @staticmethod
    def _link(
        resource: dict[str, Any],
        included: dict[tuple[str, str], Any],
        name: str,
        related: list[dict[str, Any]],
        *,
        many: bool = True,
    ) -> None:
        """Relate `resource` to `related` under `name`, and include those (each once)."""
        identifiers = [{"type": item["type"], "id": item["id"]} for item in related]
        data = identifiers if many else identifiers[0] if identifiers else None
        resource.setdefault("relationships", {})[name] = {"data": data}
        for item in related:
            included.setdefault((item["type"], item["id"]), item)

    @staticmethod
    def _with_included(body: dict[str, Any], included: dict[tuple[str, str], Any]) -> dict[str, Any]:
        return {**body, "included": list(included.values())} if included else body

    @staticmethod
    def _paged(call: Call, items: list[Any], *, meta: bool = True) -> dict[str, Any]:
        page, limit = int(call.arg("page") or 1), int(call.arg("limit") or 250)
        body: dict[str, Any] = {"data": items[(page - 1) * limit : page * limit]}
        if meta:
            body["meta"] = {"pagination": {"page": page, "offset": (page - 1) * limit, "limit": limit}}
        return body

    @staticmethod
    def _path_id(call: Call, name: str) -> int:
        """A path id; MOCK_MISSING_ID names nothing: 404."""
        if call.ids[name] == MOCK_MISSING_ID:
            raise _not_found()
        return int(call.ids[name])

    @staticmethod
    def _query_ids(call: Call, name: str, what: str) -> list[int]:
        """The ids of a query parameter; MOCK_MISSING_ID names nothing: 422 on that parameter."""
        values = [int(value) for value in call.query.get(name, [])]
        if MOCK_MISSING_ID in values:
            raise _invalid(name, f"The selected {what} is invalid")
        return values

    def _service(self, service_id: int) -> dict[str, Any]:
        attributes = self.services.get(service_id, self.services[100])
        return {"type": "service", "id": str(service_id), "attributes": dict(attributes)}

    def _service_resource(self, call: Call, service_id: int, included: dict[tuple[str, str], Any]) -> dict[str, Any]:
        resource = self._service(service_id)
        for name in call.query.get("include", []):
            if name == "resources":
                room = {"type": "resource", "id": "90", "attributes": {"title": "Treatment Room"}}
                self._link(resource, included, name, [room])
            else:  # resource_links, company_links: none; service_composite, trial_settings: null
                self._link(resource, included, name, [], many=name.endswith("links"))
        return resource

    def _op_list_services(self, call: Call) -> Reply:
        wanted = set(self._query_ids(call, "filter[service_ids][]", "Service"))
        included: dict[tuple[str, str], Any] = {}
        services = [
            self._service_resource(call, service_id, included)
            for service_id in self.services
            if not wanted or service_id in wanted
        ]
        return Reply(200, self._with_included(self._paged(call, services, meta=False), included))

    def _op_get_service(self, call: Call) -> Reply:
        included: dict[tuple[str, str], Any] = {}
        service = self._service_resource(call, self._path_id(call, "service_id"), included)
        return Reply(200, self._with_included({"data": service, "meta": []}, included))

    def _op_list_attendance_services(self, call: Call) -> Reply:
        staff = self._query_ids(call, "staff_id", "Team Member")
        categories = self._query_ids(call, "filter[category_id]", "Service Category")
        services = set(self._query_ids(call, "filter[service_ids][]", "Service"))
        term = (call.arg("filter[term]") or "").strip().lower()
        composite = call.arg("filter[is_composite]")
        chosen = [
            item
            for item in self.attendance_services
            if (not staff or item["attributes"]["staff_id"] in staff)
            and (not categories or item["attributes"]["category_id"] in categories)
            and (not services or item["attributes"]["service_id"] in services)
            and term in item["attributes"]["title"].lower()
            and (composite is None or item["attributes"]["is_composite"] == (composite == "1"))
        ]
        return Reply(200, self._paged(call, copy.deepcopy(chosen)))

    def _op_list_composite_service_attendance_services(self, call: Call) -> Reply:
        service_id = self._path_id(call, "service_id")
        if service_id in self.services:
            raise _invalid("service_id", "The Service is not a composite Service")
        body = self.example("list_composite_service_attendance_services")
        for item in body["data"]:
            item["attributes"].update(company_id=MOCK_LOCATION_ID, composite_service_id=service_id)
        return Reply(200, body)

    def _op_list_attendance_service_suggestions(self, call: Call) -> Reply:
        (staff_id,) = self._query_ids(call, "staff_id", "Team Member")
        clients = self._query_ids(call, "client_id", "Booking User")
        suggestions = [(100, "master_popular_service", None)]
        if clients:
            suggestions.append((101, "last_client_visit_attendance_service", 20002))
        include = call.query.get("include", [])
        included: dict[tuple[str, str], Any] = {}
        data = []
        for service_id, kind, record_id in suggestions:
            attributes = {"service_id": service_id, "suggestion_type": kind, "record_id": record_id}
            resource: dict[str, Any] = {"type": "attendance_service_suggestion", "id": str(service_id)}
            resource["attributes"] = attributes
            if "attendance_service" in include:
                # openapi.yaml types these `included` as oneOf(attendance_service_resource,
                # includedResource): a complete attendance_service matches both, so it could never
                # be valid. Without technical_break_duration it matches only the second.
                service = self._attendance_service(service_id, staff_id)
                del service["attributes"]["technical_break_duration"]
                self._link(resource, included, "attendance_service", [service], many=False)
            if "record" in include:
                records = [] if record_id is None else [self._record(record_id)]
                self._link(resource, included, "record", records, many=False)
            data.append(resource)
        return Reply(200, self._with_included({"data": data}, included))

    # Products

    def _product(self, product_id: int, include: list[str]) -> dict[str, Any]:
        attributes = dict(self.products.get(product_id, self.products[100]))
        if "actual_cost" in include:
            attributes["actual_cost"] = round(attributes["cost"] * 0.6, 2)
        return {"type": "good", "id": str(product_id), "attributes": attributes}

    def _product_resource(self, call: Call, product_id: int, included: dict[tuple[str, str], Any]) -> dict[str, Any]:
        include = call.query.get("include", [])
        resource = self._product(product_id, include)
        for name in include:
            if name == "storage_amounts":
                self._link(resource, included, name, self._amounts(product_id))
            elif name != "actual_cost":  # no loyalty types or marking settings here
                self._link(resource, included, name, [], many=False)
        return resource

    def _amounts(self, product_id: int) -> list[dict[str, Any]]:
        return [
            {
                "type": "good_storage_amount",
                "id": f"{product_id}_{storage_id}",
                "attributes": {
                    "good_id": product_id,
                    "storage_id": storage_id,
                    "sale_amount": amount,
                    "consumable_amount": amount * 10,
                },
            }
            for storage_id, amount in zip(self.storages, (50, 4.5), strict=True)
        ]

    def _op_list_products(self, call: Call) -> Reply:
        wanted = set(self._query_ids(call, "filter[ids][]", "Product"))
        kind = call.arg("filter[related_loyalty_entity_slug]") or "common"
        included: dict[tuple[str, str], Any] = {}
        products = [
            self._product_resource(call, product_id, included)
            for product_id in self.products
            if kind == "common" and (not wanted or product_id in wanted)
        ]
        return Reply(200, self._with_included(self._paged(call, products), included))

    def _op_autocomplete_products(self, call: Call) -> Reply:
        term = call.arg("filter[term]") or ""
        if _EMOJI.search(term):
            raise ApiError(400, "The search term includes emoji")
        term = term.strip().lower()  # as the platform trims its input
        if len(term) < 2:
            raise _invalid("filter[term]", "The filter[term] must be at least 2 characters.")
        included: dict[tuple[str, str], Any] = {}
        products = [
            self._product_resource(call, product_id, included)
            for product_id, attributes in self.products.items()
            if term in attributes["title"].lower()
        ]
        return Reply(200, self._with_included(self._paged(call, products), included))

    def _op_get_product(self, call: Call) -> Reply:
        included: dict[tuple[str, str], Any] = {}
        product = self._product_resource(call, self._path_id(call, "product_id"), included)
        return Reply(200, self._with_included({"data": product, "meta": []}, included))

    def _op_list_product_storage_amounts(self, call: Call) -> Reply:
        amounts = self._amounts(self._path_id(call, "product_id"))
        included: dict[tuple[str, str], Any] = {}
        if "storage" in call.query.get("include", []):
            for amount in amounts:
                storage_id = amount["attributes"]["storage_id"]
                storage = {"type": "storage", "id": str(storage_id), "attributes": {"title": self.storages[storage_id]}}
                self._link(amount, included, "storage", [storage], many=False)
        return Reply(200, self._with_included({"data": amounts}, included))

    def _category_resource(self, call: Call, category_id: int, included: dict[tuple[str, str], Any]) -> dict[str, Any]:
        attributes = self.product_categories.get(category_id, self.product_categories[5])
        resource: dict[str, Any] = {"type": "good_category", "id": str(category_id), "attributes": dict(attributes)}
        include = call.query.get("include", [])
        if "child_categories" in include:
            children = [
                {"type": "good_category", "id": str(child_id), "attributes": dict(child)}
                for child_id, child in self.product_categories.items()
                if child["parent_category_id"] == category_id
            ]
            self._link(resource, included, "child_categories", children)
        if "goods" in include:
            goods = [self._product(i, []) for i, p in self.products.items() if p["category_id"] == category_id]
            self._link(resource, included, "goods", goods)
        return resource

    def _op_list_product_categories(self, call: Call) -> Reply:
        parents = self._query_ids(call, "filter[parent_category_id]", "parent Product Category")
        parent = parents[0] if parents and parents[0] else None
        included: dict[tuple[str, str], Any] = {}
        categories = [
            self._category_resource(call, category_id, included)
            for category_id, category in self.product_categories.items()
            if category["parent_category_id"] == parent
        ]
        return Reply(200, self._with_included({"data": categories}, included))

    def _op_get_product_category(self, call: Call) -> Reply:
        included: dict[tuple[str, str], Any] = {}
        category = self._category_resource(call, self._path_id(call, "product_category_id"), included)
        return Reply(200, self._with_included({"data": category, "meta": []}, included))

    def _product_item(self, item_id: int) -> dict[str, Any]:
        attributes = {
            "record_id": 20001,
            "quantity": 2,
            "unit_id": 1,
            "sale_unit_id": 1,
            "consumable_unit_id": 1,
            "operation_unit_type": "sale",
            "operation_type_slug": "sale",
            "first_cost": 25.99,
            "manual_cost": 25.99,
            "cost_per_unit": 25.99,
            "discount_percent": 10,
            "cost": 46.78,
            "master_id": MOCK_STAFF_ID,
            "staff_id": MOCK_STAFF_ID,
            "good_id": 100,
            "storage_id": 10,
        }
        return {"type": "attendance_good_item", "id": str(item_id), "attributes": attributes}

    def _op_get_attendance_product_item(self, call: Call) -> Reply:
        item = self._product_item(self._path_id(call, "attendance_product_item_id"))
        attributes = item["attributes"]
        included: dict[tuple[str, str], Any] = {}
        for name in call.query.get("include", []):
            related = {
                "good": [self._product(attributes["good_id"], [])],
                "staff": [self._staff(attributes["staff_id"])],
                "storage_amount": self._amounts(attributes["good_id"])[:1],
            }.get(name, [])
            self._link(item, included, name, related, many=name == "marks")
        return Reply(200, self._with_included({"data": item, "meta": []}, included))

    # Appointments

    def _staff(self, staff_id: int) -> dict[str, Any]:
        member = self.team_members.get(staff_id) or next(iter(self.team_members.values()))
        return {"type": "staff", "id": str(staff_id), "attributes": dict(member)}

    def _record(self, record_id: int) -> dict[str, Any]:
        """An Appointment: a seeded one, or one of an Event."""
        if record_id in self.records:
            return {"type": "record", "id": str(record_id), "attributes": dict(self.records[record_id])}
        return self._appointment(record_id)["data"]

    def _record_ids(self) -> list[int]:
        return [*self.records, *self.appointments]

    def _record_resources(self, call: Call, record_ids: list[int], included: dict[tuple[str, str], Any]) -> list[Any]:
        """The Appointments with what `include` asks for: client, staff, services and
        attendance_good_items are filled in; other includes are accepted and ignored."""
        resources = []
        for record_id in record_ids:
            resource = self._record(record_id)
            attributes = resource["attributes"]
            event = self.events[attributes["activity_id"]] if attributes["activity_id"] else None
            services = [event["service_id"]] if event else self.record_services.get(record_id, [])
            related = {
                "client": [self._booking_user(attributes["client_id"])],
                "staff": [self._staff(attributes["staff_id"])],
                "services": [self._service(service_id) for service_id in services],
                "attendance_good_items": [self._product_item(3001)] if record_id == 20001 else [],
            }
            for name in call.query.get("include", []):
                if name in related:
                    self._link(
                        resource, included, name, related[name], many=name in ("services", "attendance_good_items")
                    )
            resources.append(resource)
        return resources

    def _op_list_appointments(self, call: Call) -> Reply:
        clients = self._query_ids(call, "filter[client_id]", "Booking User")
        events = self._query_ids(call, "filter[activity_id]", "Event")
        since, until = call.arg("filter[date_intersect_from]"), call.arg("filter[date_intersect_to]")
        for name, value, other in (("from", since, until), ("to", until, since)):
            if value is None and other is not None:
                raise _invalid(f"filter[date_intersect_{name}]", "Both ends of the date range are required")
        if since is not None and until is not None and until <= since:
            raise _invalid("filter[date_intersect_to]", "The end of the date range must be after its start")
        chosen = []
        for record_id in self._record_ids():
            attributes = self._record(record_id)["attributes"]
            start = dt.datetime.strptime(attributes["date"], _LOCAL)
            end = (start + dt.timedelta(seconds=attributes["length"])).strftime(_LOCAL)
            if (
                (not clients or attributes["client_id"] in clients)
                and (not events or attributes["activity_id"] in events)
                and (since is None or (attributes["date"] < until and end > since))
            ):
                chosen.append((attributes["date"], record_id))
        included: dict[tuple[str, str], Any] = {}
        body = self._paged(call, [record_id for _, record_id in sorted(chosen)])
        body["data"] = self._record_resources(call, body["data"], included)
        return Reply(200, self._with_included(body, included))

    def _op_list_attendance_appointments(self, call: Call) -> Reply:
        kind, _, number = str(call.ids["attendance_id"]).partition("_")
        if int(number) == 0:
            raise _invalid("attendance_id", "The attendance identifier is not valid")
        if kind == "record" and int(number) in self._record_ids():
            visit = self._record(int(number))["attributes"]["visit_id"]
            kind, number = ("visit", str(visit)) if visit else ("record", number)
        if kind == "visit":
            record_ids = [i for i, r in self.records.items() if r["visit_id"] == int(number)]
        else:
            record_ids = [int(number)] if int(number) in self._record_ids() else []
        if not record_ids:
            raise _not_found()
        included: dict[tuple[str, str], Any] = {}
        return Reply(200, self._with_included({"data": self._record_resources(call, record_ids, included)}, included))

    def _remove_record(self, record_id: int) -> None:
        self.records.pop(record_id, None)
        self.appointments.pop(record_id, None)
        self.removed_records.add(record_id)

    def _op_delete_appointment(self, call: Call) -> Reply:
        record_id = self._path_id(call, "appointment_id")
        if record_id in self.removed_records:
            raise _not_found()
        self._remove_record(record_id)
        return Reply(204)

    def _op_delete_timetable_appointment(self, call: Call) -> Reply:
        record_id = call.body["recordId"]
        if record_id == MOCK_MISSING_ID or record_id in self.removed_records:
            raise _invalid("recordId", "The selected Appointment is invalid")
        visit = self.records[record_id]["visit_id"] if record_id in self.records else 0
        self._remove_record(record_id)
        related = [i for i, r in self.records.items() if visit and r["visit_id"] == visit]
        included: dict[tuple[str, str], Any] = {}
        return Reply(200, self._with_included({"data": self._record_resources(call, related, included)}, included))

    def _op_list_resource_occupations(self, call: Call) -> Reply:
        services = set(self._query_ids(call, "filter[service_id]", "Service"))
        services |= set(self._query_ids(call, "filter[service_ids][]", "Service"))
        since = call.arg("filter[date_intersect_from_strict]") or ""
        until = call.arg("filter[date_intersect_to_strict]") or ""
        chosen = [
            copy.deepcopy(occupation)
            for occupation, service_id in self.occupations
            if (not services or service_id in services)
            and occupation["attributes"]["from"].replace(" ", "T") < until
            and occupation["attributes"]["to"].replace(" ", "T") > since
        ]
        return Reply(200, {"data": chosen})

    # Booking Users

    def _booking_user(self, client_id: int) -> dict[str, Any]:
        return {"type": "client", "id": str(client_id), "attributes": dict(_BOOKING_USER)}

    def _client_id(self, call: Call) -> int:
        """A Booking User of the path: MOCK_MISSING_ID is none (404), MOCK_OTHER_CHAIN_CLIENT_ID
        is one of another chain's Location (422 on `client_id`)."""
        client_id = self._path_id(call, "client_id")
        if client_id == MOCK_OTHER_CHAIN_CLIENT_ID:
            raise _invalid("client_id", "The Booking User is not a client of this Location")
        return client_id

    def _op_get_attendance_booking_user(self, call: Call) -> Reply:
        resource = self._booking_user(self._client_id(call))
        included: dict[tuple[str, str], Any] = {}
        if "labels" in call.query.get("include", []):
            labels = [
                self._tag(i, t) for i, t in self.tags.items() if t["entity_type"] == "client" and not t["is_deleted"]
            ]
            self._link(resource, included, "labels", labels)
        return Reply(200, self._with_included({"data": resource, "meta": []}, included))

    def _statistics(self, operation_id: str, resource_id: str, **attributes: Any) -> Reply:
        body = self.example(operation_id)
        deposit = {
            "type": "timetable_deposit",
            "id": "7",
            "attributes": {
                "title": "Gift deposit",
                "balance": 100,
                "reserved_balance": 25.5,
                "available_balance": 74.5,
            },
        }
        body["data"].update(
            id=resource_id, relationships={"deposits": {"data": [{"type": deposit["type"], "id": "7"}]}}
        )
        body["data"]["attributes"].update(attributes)
        return Reply(200, {**body, "included": [deposit]})

    def _op_get_booking_user_location_attendance_statistics(self, call: Call) -> Reply:
        client_id = self._client_id(call)
        operation_id = call.operation.id
        return self._statistics(operation_id, f"{client_id}_{MOCK_LOCATION_ID}", company_id=MOCK_LOCATION_ID)

    def _op_get_booking_user_chain_attendance_statistics(self, call: Call) -> Reply:
        client_id, chain_id = self._client_id(call), self._path_id(call, "chain_id")
        return self._statistics(call.operation.id, f"{client_id}_{chain_id}", chain_id=chain_id)

    # Custom Fields

    def _op_list_custom_fields(self, call: Call) -> Reply:
        entity = call.arg("filter[parent_entity_type]") or call.arg("filter[entity_slug]")
        include = call.query.get("include", [])
        if "ui_options" in include and entity == "record":
            raise _invalid("include", "UI options exist for Booking User Custom Fields only")
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


_ENTITIES = ("common", "client", "record", "activity")


class _Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def _serve(self) -> None:
        url = urlsplit(self.path)
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        query = parse_qsl(url.query, keep_blank_values=True)
        reply = self.server.app.handle(self.command, url.path, query, self.headers.items(), body)
        payload = b"" if reply.body is None else json.dumps(reply.body).encode()
        self.send_response(reply.status)
        if reply.body is not None:
            self.send_header("Content-Type", "application/json")
        if reply.status != 204:
            self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _serve

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: tests and recordings print nothing per request."""


class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = True
    app: MockApp


class MockServer:
    """The mock on 127.0.0.1, served from a daemon thread; `url` ends in /api/v2.

    `port=0` takes a free port. `clock` gives the Location's current time (naive), for the
    "not in the past" rules; it defaults to the real time in UTC.
    """

    def __init__(self, port: int = 0, *, clock: Callable[[], dt.datetime] | None = None) -> None:
        self.app = MockApp(clock)
        self._port = port
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        if self._server is None:
            raise RuntimeError("the mock server is not running")
        return f"http://127.0.0.1:{self._server.server_address[1]}{BASE_PATH}"

    def start(self) -> MockServer:
        if self._server is None:
            self._server = _Server(("127.0.0.1", self._port), _Handler)
            self._server.app = self.app
            self._thread = threading.Thread(target=self._server.serve_forever, name="altegio-mock", daemon=True)
            self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            assert self._thread is not None
            self._thread.join()
            self._server = self._thread = None

    def reset(self) -> None:
        self.app.reset()

    def __enter__(self) -> MockServer:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Serve a mock of the Altegio v2 API (openapi.yaml) on 127.0.0.1.")
    parser.add_argument("--port", type=int, default=0, help="port to listen on (default: a free one)")
    options = parser.parse_args(argv)
    stopped = threading.Event()
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: stopped.set())
    with MockServer(options.port) as mock:
        print(mock.url, flush=True)
        stopped.wait()
    return 0


if __name__ == "__main__":
    sys.exit(main())
