"""The mock's behaviour without HTTP: state, seeds and the dispatch of a request to the handler
of its operation (`_op_<operationId>` in the section of its tag; an operation without one
answers its spec example)."""

from __future__ import annotations

import copy
import datetime as dt
import json
import threading
from collections.abc import Callable, Mapping
from typing import Any

from wire_contract import BASE_PATH, MISSING, load_contract

from .appointments import AppointmentsMock
from .booking_users import BookingUsersMock
from .constants import INVALID, MOCK_FORBIDDEN_LOCATION_ID, MOCK_LOCATION_ID
from .core import ApiError, Call, Reply, not_found, synthesize
from .custom_fields import CustomFieldsMock
from .events import EventsMock
from .products import ProductsMock
from .services import ServicesMock
from .tags import TagsMock
from .team_members import TeamMembersMock


class MockApp(
    TagsMock,
    TeamMembersMock,
    EventsMock,
    ServicesMock,
    ProductsMock,
    AppointmentsMock,
    BookingUsersMock,
    CustomFieldsMock,
):
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
        """Forget every change: back to the seeds (in this order: events need the Team Members)."""
        with self._lock:
            self._seed_tags()
            self._seed_team_members()
            self._seed_events()
            self._seed_services()
            self._seed_products()
            self._seed_appointments()
            self._seed_custom_fields()
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
            raise not_found()
        operation, values, problems = self.contract.match(method, path)
        if operation is None:
            raise ApiError(405, "Method not allowed") if problems[0].field == "method" else not_found()
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
