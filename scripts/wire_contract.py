"""Check HTTP traffic against openapi.yaml: is this request, or this response, what the spec allows?

The mock server validates every request it receives with this module, and the cassette tests
validate every recorded interaction, so that neither the mock nor the cassettes can drift from
the spec. Query parameters are checked by their literal wire names (`filter[from]`,
`filter[master_ids][]`, a repeated `include`), which generic OpenAPI validators and mocks get
wrong (Prism cannot match them at all). Schemas are JSON Schema 2020-12 and strict: the spec
sets `additionalProperties: false` on most objects.

    contract = load_contract()
    problems = contract.request_problems("GET", "/api/v2/locations/1/tags", [("entity", "client")], headers)
    problems = contract.response_problems("GET", "/api/v2/locations/1/tags", 200, headers, body)

Each problem is a `Problem`: a readable string that also carries where it is (`location`:
path, query, header, body, status, operation) and which field (`field`), so that a server can
map it to a status code and a `meta.errors` entry.
"""

from __future__ import annotations

import functools
import json
import pathlib
import re
import sys
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import unquote

import jsonschema
import referencing
import referencing.jsonschema

SCRIPTS = pathlib.Path(__file__).resolve().parent
if str(SCRIPTS) not in sys.path:
    sys.path.insert(0, str(SCRIPTS))

from specio import load_spec, operations  # noqa: E402

SPEC_PATH = SCRIPTS.parent / "openapi.yaml"
BASE_PATH = "/api/v2"
MEDIA_TYPE = "application/vnd.api.v2+json"
MISSING = "required query parameter is missing"

_SPEC_URI = "urn:altegio:openapi"
_ACCEPT = re.compile(r"application/vnd\.api\.v2\+json\s*(;\s*charset\s*=\s*\"?[\w.:-]+\"?\s*)?", re.IGNORECASE)
_AUTHORIZATION = re.compile(r"Bearer +([^\s,]+), *User +([^\s,]+)")
_INTEGER = re.compile(r"-?[0-9]+")
_NUMBER = re.compile(r"-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?")
_REQUIRED = re.compile(r"'(.+)' is a required property$")  # one error per missing property
_MAX_MESSAGE = 240


class Problem(str):
    """One violation, as readable text; `location`, `field` and `message` are its parts."""

    location: str
    field: str
    message: str

    def __new__(cls, location: str, field: str, message: str) -> Problem:
        where = f"{location} {field}" if field else location
        problem = super().__new__(cls, f"{where}: {message}")
        problem.location = location
        problem.field = field
        problem.message = message
        return problem


class Parameter:
    """A path, query or header parameter: its declaration, its (resolved) schema, and the
    pointer to that schema in the spec."""

    __slots__ = ("declared", "location", "name", "pointer", "required", "schema")

    def __init__(self, declared: Mapping[str, Any], schema: Mapping[str, Any], pointer: str) -> None:
        self.declared = declared
        self.name: str = declared["name"]
        self.location: str = declared["in"]
        self.required = bool(declared.get("required"))
        self.schema = schema
        self.pointer = pointer


class Operation:
    """One operation of the spec: its path template, parameters, request body and responses."""

    def __init__(self, contract: Contract, operation_id: str, method: str, template: str, pointer: str) -> None:
        spec = contract.resolve({"$ref": "#" + pointer})
        self.id = operation_id
        self.method = method
        self.template = template
        self.pointer = pointer
        self.parameters: dict[tuple[str, str], Parameter] = {}
        for index, declared in enumerate(spec.get("parameters") or ()):
            where = f"{pointer}/parameters/{index}"
            if "$ref" in declared:
                where = declared["$ref"].removeprefix("#")
                declared = contract.resolve(declared)
            parameter = Parameter(declared, contract.resolve(declared.get("schema") or {}), where + "/schema")
            name = parameter.name.lower() if parameter.location == "header" else parameter.name  # headers: any case
            self.parameters[(parameter.location, name)] = parameter
        body = spec.get("requestBody")
        self.body_pointer: str | None = None
        self.body_required = False
        if body is not None:
            self.body_required = bool(body.get("required"))
            self.body_pointer = f"{pointer}/requestBody/content/application~1json/schema"
        self.responses: dict[str, str | None] = {}
        for status, response in (spec.get("responses") or {}).items():
            has_json = "application/json" in (response.get("content") or {})
            self.responses[str(status)] = (
                f"{pointer}/responses/{_escape(str(status))}/content/application~1json/schema" if has_json else None
            )
        self.path_names: list[str] = re.findall(r"\{([^}]+)\}", template)
        pattern = re.sub(r"\\\{([^}]+)\\\}", lambda m: f"(?P<{m.group(1)}>[^/]+)", re.escape(template))
        self.path_regex = re.compile(pattern + "$")
        self.literal_segments = sum(1 for part in template.split("/") if part and not part.startswith("{"))

    def of(self, location: str) -> list[Parameter]:
        return [p for (where, _), p in self.parameters.items() if where == location]

    def __repr__(self) -> str:
        return f"Operation({self.id!r}, {self.method} {self.template})"


class Contract:
    """The operations of one OpenAPI document, with compiled validators for its schemas."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self.document = document
        resource = referencing.Resource.from_contents(
            document, default_specification=referencing.jsonschema.DRAFT202012
        )
        self._registry = referencing.Registry().with_resource(_SPEC_URI, resource)
        self._validators: dict[str, jsonschema.protocols.Validator] = {}
        self.operations: dict[str, Operation] = {}
        for operation_id, (method, template, _) in operations(dict(document)).items():
            pointer = f"/paths/{_escape(template)}/{method.lower()}"
            self.operations[operation_id] = Operation(self, operation_id, method, template, pointer)
        # More literal segments first, so that /products/autocomplete wins over /products/{product_id}.
        self._by_specificity = sorted(self.operations.values(), key=lambda op: -op.literal_segments)

    def resolve(self, node: Any) -> Any:
        """Follow local `$ref`s (`#/components/...`) until a node that is not a reference."""
        while isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
            target: Any = self.document
            for part in node["$ref"].removeprefix("#/").split("/"):
                key = part.replace("~1", "/").replace("~0", "~")
                target = target[int(key)] if isinstance(target, list) else target[key]
            node = target
        return node

    def validator(self, pointer: str) -> jsonschema.protocols.Validator:
        """A compiled validator for the schema at `pointer` (cached); `$ref`s resolve in the spec."""
        found = self._validators.get(pointer)
        if found is None:
            found = jsonschema.Draft202012Validator(
                {"$ref": f"{_SPEC_URI}#{pointer}"},
                registry=self._registry,
                format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER,
            )
            self._validators[pointer] = found
        return found

    def match(self, method: str, path: str) -> tuple[Operation | None, dict[str, str], list[Problem]]:
        """The operation for a method and path (with or without /api/v2), its raw path values,
        and the problems when there is none."""
        path = _strip_base(path)
        methods = set()
        for operation in self._by_specificity:
            found = operation.path_regex.match(path)
            if found is None:
                continue
            if operation.method == method.upper():
                return operation, {k: unquote(v) for k, v in found.groupdict().items()}, []
            methods.add(operation.method)
        if methods:
            problem = Problem(
                "operation", "method", f"{method.upper()} {path} is not declared ({', '.join(sorted(methods))} are)"
            )
        else:
            problem = Problem("operation", "path", f"no path of the spec matches {path}")
        return None, {}, [problem]

    def request_problems(
        self,
        method: str,
        path: str,
        query: Iterable[tuple[str, str]] = (),
        headers: Any = None,
        body: Any = None,
    ) -> list[Problem]:
        """Everything wrong with a request. `query` holds the wire pairs in order (repeated keys
        repeated); `body` is the raw bytes or text (None or empty for none), or parsed JSON."""
        operation, values, problems = self.match(method, path)
        if operation is None:
            return problems
        problems += self._path_problems(operation, values)
        problems += self._query_problems(operation, list(query))
        header_map = normalize_headers(headers)
        problems += self._header_problems(operation, header_map)
        problems += self._body_problems(operation, header_map, body)
        return problems

    def response_problems(
        self, method: str, path: str, status: int, headers: Any = None, body: Any = None
    ) -> list[Problem]:
        """Everything wrong with a response to `method path`: an undeclared status, a body that
        does not fit the declared schema, a body where none is declared (as on a 204)."""
        operation, _, problems = self.match(method, path)
        if operation is None:
            return problems
        if str(status) not in operation.responses:
            declared = ", ".join(operation.responses)
            return [Problem("status", "", f"{status} is not declared for {operation.id} (declared: {declared})")]
        pointer = operation.responses[str(status)]
        raw = _raw(body)
        if pointer is None:
            if raw:
                return [Problem("body", "", f"{status} of {operation.id} declares no body, got {len(raw)} bytes")]
            return []
        header_map = normalize_headers(headers)
        if headers is not None and not _is_json(header_map.get("content-type", "")):
            problems.append(
                Problem("header", "Content-Type", f"must be application/json, got {header_map.get('content-type')!r}")
            )
        parsed, problem = _parse_json(body)
        if problem:
            return [*problems, problem]
        return problems + self._schema_problems(pointer, parsed, "body")

    def _path_problems(self, operation: Operation, values: Mapping[str, str]) -> list[Problem]:
        problems = []
        for parameter in operation.of("path"):
            value = _coerce(values.get(parameter.name, ""), parameter.schema, self)
            problems += self._schema_problems(parameter.pointer, value, "path", parameter.name)
        return problems

    def _query_problems(self, operation: Operation, query: list[tuple[str, str]]) -> list[Problem]:
        problems = []
        given: dict[str, list[str]] = {}
        for key, value in query:
            given.setdefault(key, []).append(value)
        declared = {p.name: p for p in operation.of("query")}
        for key in given:
            if key not in declared:
                problems.append(Problem("query", key, f"unknown query parameter for {operation.id}"))
        for name, parameter in declared.items():
            values = given.get(name)
            if values is None:
                if parameter.required:
                    problems.append(Problem("query", name, MISSING))
                continue
            if parameter.schema.get("type") == "array":
                items = self.resolve(parameter.schema.get("items") or {})
                value: Any = [_coerce(v, items, self) for v in values]
            elif len(values) > 1:
                problems.append(Problem("query", name, f"given {len(values)} times; it takes one value"))
                continue
            else:
                value = _coerce(values[0], parameter.schema, self)
            problems += self._schema_problems(parameter.pointer, value, "query", name)
        return problems

    def _header_problems(self, operation: Operation, headers: Mapping[str, str]) -> list[Problem]:
        problems = []
        accept = headers.get("accept")
        if ("header", "accept") in operation.parameters and (accept is None or not _ACCEPT.fullmatch(accept.strip())):
            problems.append(Problem("header", "Accept", f"must be {MEDIA_TYPE} (a charset may follow), got {accept!r}"))
        if ("header", "authorization") in operation.parameters:
            authorization = headers.get("authorization")
            if authorization is None:
                problems.append(Problem("header", "Authorization", "missing; send `Bearer <partner>, User <user>`"))
            elif not _AUTHORIZATION.fullmatch(authorization.strip()):
                problems.append(Problem("header", "Authorization", "not of the form `Bearer <partner>, User <user>`"))
        return problems

    def _body_problems(self, operation: Operation, headers: Mapping[str, str], body: Any) -> list[Problem]:
        raw = _raw(body)
        if operation.body_pointer is None:
            return [Problem("body", "", f"{operation.id} takes no body, got {len(raw)} bytes")] if raw else []
        if not raw:
            return [Problem("body", "", "a JSON body is required")] if operation.body_required else []
        problems = []
        content_type = headers.get("content-type", "")
        if headers and not _is_json(content_type):
            problems.append(Problem("header", "Content-Type", f"must be application/json, got {content_type!r}"))
        parsed, problem = _parse_json(body)
        if problem:
            return [*problems, problem]
        return problems + self._schema_problems(operation.body_pointer, parsed, "body")

    def _schema_problems(self, pointer: str, instance: Any, location: str, name: str = "") -> list[Problem]:
        problems = []
        errors = sorted(self.validator(pointer).iter_errors(instance), key=lambda e: list(map(str, e.absolute_path)))
        for error in errors:
            message = error.message if len(error.message) <= _MAX_MESSAGE else error.message[:_MAX_MESSAGE] + "..."
            problems.append(Problem(location, name or _field(error), message))
        return problems


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def _strip_base(path: str) -> str:
    path = path.split("?", 1)[0]
    if path.startswith(BASE_PATH + "/"):
        path = path[len(BASE_PATH) :]
    return path.rstrip("/") or "/"


def _field(error: jsonschema.ValidationError) -> str:
    """Dotted path of the failing value, down to a missing or unexpected property."""
    parts = [str(part) for part in error.absolute_path]
    if error.validator == "required":
        found = _REQUIRED.match(error.message)
        parts += [found.group(1)] if found else []
    elif error.validator == "additionalProperties" and isinstance(error.instance, Mapping):
        known = set((error.schema.get("properties") or {}).keys())
        extra = sorted(key for key in error.instance if key not in known)
        parts += extra[:1]
    return ".".join(parts)


def _coerce(text: str, schema: Mapping[str, Any], contract: Contract) -> Any:
    """A query or path string as the type its schema wants, when it reads as one; else unchanged
    (so that the schema then reports the wrong type)."""
    schema = contract.resolve(schema)
    types = schema.get("type")
    types = types if isinstance(types, list) else [types]
    if "integer" in types and _INTEGER.fullmatch(text):
        return int(text)
    if "number" in types and _NUMBER.fullmatch(text):
        return float(text) if any(c in text for c in ".eE") else int(text)
    if "boolean" in types and text in ("true", "false"):
        return text == "true"
    return text


def normalize_headers(headers: Any) -> dict[str, str]:
    """Lower-case name -> value, from a mapping (values may be lists, as in cassettes) or pairs."""
    if headers is None:
        return {}
    items = headers.items() if isinstance(headers, Mapping) else headers
    result: dict[str, str] = {}
    for name, value in items:
        text = ", ".join(map(str, value)) if isinstance(value, list | tuple) else str(value)
        key = str(name).lower()
        result[key] = f"{result[key]}, {text}" if key in result else text
    return result


def _is_json(content_type: str) -> bool:
    return content_type.split(";", 1)[0].strip().lower() == "application/json"


def _raw(body: Any) -> bytes:
    if body is None:
        return b""
    if isinstance(body, bytes):
        return body.strip()
    if isinstance(body, str):
        return body.strip().encode()
    return json.dumps(body).encode()


def _parse_json(body: Any) -> tuple[Any, Problem | None]:
    if not isinstance(body, bytes | str):
        return body, None
    try:
        return json.loads(body), None
    except ValueError as exc:
        return None, Problem("body", "", f"not JSON ({exc})")


@functools.cache
def load_contract(path: pathlib.Path = SPEC_PATH) -> Contract:
    """The contract of openapi.yaml (or another spec), loaded once per process."""
    return Contract(load_spec(path))


def validate_request(
    method: str, path: str, query: Iterable[tuple[str, str]] = (), headers: Any = None, body: Any = None
) -> list[Problem]:
    """Problems of a request against openapi.yaml; empty when it is valid."""
    return load_contract().request_problems(method, path, query, headers, body)


def validate_response(method: str, path: str, status: int, headers: Any = None, body: Any = None) -> list[Problem]:
    """Problems of a response to `method path` against openapi.yaml; empty when it is valid."""
    return load_contract().response_problems(method, path, status, headers, body)
