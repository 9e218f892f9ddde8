"""What every section of the mock uses: replies and errors, a decoded request, bodies built from
the spec's schemas, and the JSON:API helpers (relationships, included, pages, ids)."""

from __future__ import annotations

import copy
import re
from collections.abc import Mapping
from typing import Any, NamedTuple

from wire_contract import Contract, Operation

from .constants import INVALID, MOCK_MISSING_ID, PATTERN_SAMPLES


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


def not_found() -> ApiError:
    return ApiError(404, "Not found")


def invalid(field: str, message: str) -> ApiError:
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
            return next(s for s in PATTERN_SAMPLES if re.search(schema["pattern"], s))
        if name == "id":
            return "1"  # JSON:API ids are numbers in strings
        return {"date": "2030-01-15", "email": "someone@example.com"}.get(schema.get("format"), "string")
    if kind in ("integer", "number"):
        return max(schema.get("minimum", 1), 1)
    return {"boolean": False, "null": None}[kind]


class Section:
    """Base of the mock's sections (one per tag of the spec): the helpers they share. The sections
    are mixed into `MockApp`, which holds the state they read and change."""

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
            raise not_found()
        return int(call.ids[name])

    @staticmethod
    def _query_ids(call: Call, name: str, what: str) -> list[int]:
        """The ids of a query parameter; MOCK_MISSING_ID names nothing: 422 on that parameter."""
        values = [int(value) for value in call.query.get(name, [])]
        if MOCK_MISSING_ID in values:
            raise invalid(name, f"The selected {what} is invalid")
        return values
