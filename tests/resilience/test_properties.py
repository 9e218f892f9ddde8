"""Properties (hypothesis): whatever comes back, whatever goes in, only the documented outcomes.

(a) Any body, through the response reader and every parser of the resources, either parses or
    raises an AltegioError (APIResponseValidationError / APIStatusError), never KeyError,
    TypeError or AttributeError; any error status gives the APIStatusError subclass of its status.
    Each parser also gets the valid bodies of its own operations, linked to included resources
    of every kind and then broken anywhere (test_each_parser_reads_its_own_bodies).
(b) Any arguments to every public method of every resource (tags, positions, team_members,
    events, services, attendance_services, products, appointments, resource_occupations,
    booking_users, custom_fields and their sub-resources) either raise InvalidArgumentError
    before a request is made, or make requests that openapi.yaml accepts (checked with
    scripts/wire_contract.py). Together the methods reach every operation of openapi.yaml.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import enum
import functools
import inspect
import itertools
import json
import math
import typing
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import parse_qsl

import httpx
import pytest
import specio
import wire_contract
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

import altegio.resources._async.appointments as appointments_module
import altegio.resources._async.booking_users as booking_users_module
import altegio.resources._async.custom_fields as custom_fields_module
import altegio.resources._async.events as events_module
import altegio.resources._async.positions as positions_module
import altegio.resources._async.products as products_module
import altegio.resources._async.services as services_module
import altegio.resources._async.tags as tags_module
import altegio.resources._async.team_members as team_members_module
from altegio import (
    Altegio,
    APIResponseValidationError,
    APIStatusError,
    AppointmentProduct,
    AsyncAltegio,
    AsyncPager,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    CustomFieldEntity,
    EventClient,
    Gender,
    InternalServerError,
    InvalidArgumentError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    SyncPager,
    TagEntity,
    UnprocessableEntityError,
)
from altegio._errors import parse_retry_after
from altegio._operations import RAW_OPERATION, APICall, read_response
from altegio._retry import RetryPolicy
from altegio.models._document import _MODELS as WIRE_MODELS
from altegio.resources._shared import AsyncAPIResource, SyncAPIResource

from .support import PARTNER_TOKEN, ROOT, USER_TOKEN, success

BASE_URL = "http://altegio.test/api/v2"
RESOURCE_MODULES = (
    appointments_module,
    booking_users_module,
    custom_fields_module,
    events_module,
    positions_module,
    products_module,
    services_module,
    tags_module,
    team_members_module,
)
PARSERS: dict[str, Callable[[Any], Any]] = {
    f"{module.__name__.rsplit('.', 1)[1]}.{name}": value
    for module in RESOURCE_MODULES
    for name, value in vars(module).items()
    if name.startswith("_parse_") and callable(value)
}
FAST = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SPEC_OPERATIONS = frozenset(specio.operations(specio.load_spec(ROOT / "openapi.yaml")))

# Which success bodies each parser reads (test_parsers_are_the_ones_the_methods_use checks it
# against the methods); the other operations answer 204 and have no parser.
PARSER_OPERATIONS: dict[str, tuple[str, ...]] = {
    "appointments._parse_appointments": (
        "list_appointments",
        "list_attendance_appointments",
        "delete_timetable_appointment",
    ),
    "appointments._parse_item": ("get_attendance_product_item",),
    "appointments._parse_occupations": ("list_resource_occupations",),
    "booking_users._parse_booking_user": ("get_attendance_booking_user",),
    "booking_users._parse_statistics": (
        "get_booking_user_location_attendance_statistics",
        "get_booking_user_chain_attendance_statistics",
    ),
    "custom_fields._parse_fields": ("list_custom_fields",),
    "events._parse_event": ("get_event", "create_event", "update_event"),
    "events._parse_events": ("list_events",),
    "events._parse_appointment": (
        "create_event_appointment",
        "update_event_appointment",
        "reschedule_event_appointment",
    ),
    "positions._parse_position": ("get_position", "create_position"),
    "positions._parse_positions": ("list_positions",),
    "products._parse_product": ("get_product",),
    "products._parse_products": ("list_products", "autocomplete_products"),
    "products._parse_units": ("list_product_units",),
    "products._parse_amounts": ("list_product_storage_amounts",),
    "products._parse_category": ("get_product_category",),
    "products._parse_categories": ("list_product_categories",),
    "services._parse_service": ("get_service",),
    "services._parse_services": ("list_services",),
    "services._parse_categories": ("list_service_categories",),
    "services._parse_attendance_services": (
        "list_attendance_services",
        "list_composite_service_attendance_services",
    ),
    "services._parse_suggestions": ("list_attendance_service_suggestions",),
    "tags._parse_tag": ("get_tag", "create_tag"),
    "tags._parse_tags": ("list_tags",),
    "team_members._parse_team_members": ("list_team_members",),
}
BODILESS_OPERATIONS = frozenset(
    {"update_tag", "delete_tag", "update_position", "delete_position", "delete_event", "delete_appointment"}
)


# -- (a) responses -------------------------------------------------------------------------------


def _success_bodies() -> dict[str, Any]:
    """The valid success body of every operation that has one."""
    return {operation: body for operation in sorted(SPEC_OPERATIONS) if (body := success(operation)[1]) is not None}


def _resources_of(body: Any) -> list[dict[str, Any]]:
    data = body["data"]
    return [*(data if isinstance(data, list) else [data]), *body.get("included", [])]


# Included resources that no success body holds, as the models read them.
EXTRA_RESOURCES: list[dict[str, Any]] = [
    {
        "type": "timetable_deposit",
        "id": "77",
        "attributes": {"title": "Gift", "balance": 100, "reserved_balance": 20.5, "available_balance": 79.5},
    },
    {"type": "custom_field_type", "id": "1", "attributes": {"code": "text", "slug": "text", "title": "Text"}},
    {"type": "custom_field_ui_option", "id": "2", "attributes": {"slug": "show_in_ui", "value": True}},
]


def _attribute_names() -> list[str]:
    names: set[str] = set()
    for body in _success_bodies().values():
        for resource in _resources_of(body):
            names.update(resource["attributes"])
    for resource in EXTRA_RESOURCES:
        names.update(resource["attributes"])
    names.update({"entity", "master_id", "schedule_till", "date", "timezone", "timezone_type"})
    return sorted(names)


ATTRIBUTE_NAMES = _attribute_names()
RESOURCE_TYPES = sorted(WIRE_MODELS)
DOCUMENT_KEYS = ["data", "included", "meta", "success", "type", "id", "attributes", "relationships", "message"]
KEYS = st.sampled_from(DOCUMENT_KEYS + ATTRIBUTE_NAMES) | st.text(max_size=8)
SCALARS = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.integers(min_value=-3, max_value=3)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=12)
    | st.sampled_from(
        [
            "",
            "0",
            "1",
            "-1",
            "1.5",
            "client",
            "brand_new",
            "2026-08-01T14:00:00+0300",
            "2026-08-01T14:00:00",
            "2026-08-01 14:00:00",
            "2026-08-01",
            "0000-00-00 00:00:00",
            "9999-12-31T23:59:59",
            "tag",
            "sale",
            "record",
        ]
    )
)
JSON = st.recursive(
    SCALARS,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(KEYS, children, max_size=5),
    max_leaves=25,
)


@st.composite
def resources(draw: st.DrawFn) -> dict[str, Any]:
    """Resource-shaped objects whose members hold anything."""
    resource: dict[str, Any] = {}
    if draw(st.booleans()):
        resource["type"] = draw(st.sampled_from(RESOURCE_TYPES) | JSON)
    if draw(st.booleans()):
        resource["id"] = draw(st.integers(min_value=-5, max_value=10**6).map(str) | JSON)
    if draw(st.booleans()):
        resource["attributes"] = draw(
            st.dictionaries(st.sampled_from(ATTRIBUTE_NAMES), JSON, max_size=12) | JSON,
        )
    if draw(st.booleans()):
        resource["relationships"] = draw(
            st.dictionaries(KEYS, st.fixed_dictionaries({"data": JSON}) | JSON, max_size=3) | JSON
        )
    return resource


VALID_BODIES = list(_success_bodies().values())  # copied (through JSON) before any change


@st.composite
def mutated_valid_bodies(draw: st.DrawFn) -> Any:
    """A valid success body with one attribute replaced by anything, or removed."""
    body = draw(st.sampled_from(VALID_BODIES))
    body = json.loads(json.dumps(body))
    data = body["data"]
    resource = data[0] if isinstance(data, list) and data else data
    if isinstance(resource, dict) and isinstance(resource.get("attributes"), dict):
        attributes = resource["attributes"]
        key = draw(st.sampled_from(sorted(attributes)))
        if draw(st.booleans()):
            attributes[key] = draw(JSON)
        else:
            del attributes[key]
    return body


BODIES = (
    JSON
    | st.fixed_dictionaries({"data": JSON, "included": JSON})
    | st.fixed_dictionaries({"data": resources() | st.lists(resources(), max_size=3), "included": JSON})
    | st.fixed_dictionaries(
        {"data": resources() | st.lists(resources(), max_size=3), "included": st.lists(resources(), max_size=3)}
    )
    | mutated_valid_bodies()
)
CONTENT = BODIES.map(lambda body: json.dumps(body).encode()) | st.binary(max_size=64)


def _response(status: int, content: bytes, headers: dict[str, str] | None = None) -> httpx.Response:
    request = httpx.Request("GET", f"{BASE_URL}/locations/1/things")
    return httpx.Response(status, content=content, headers=headers, request=request)


@FAST
@given(
    parser=st.sampled_from(sorted(PARSERS)),
    status=st.sampled_from([200, 201]),
    content=CONTENT,
)
def test_any_success_body_parses_or_raises_a_response_error(parser: str, status: int, content: bytes) -> None:
    call = APICall("get_tag", {}, PARSERS[parser])
    try:
        read_response(call, _response(status, content))
    except (APIResponseValidationError, APIStatusError) as exc:
        error: APIResponseValidationError | APIStatusError = exc
    else:
        return
    str(error), repr(error)  # rendering an error never fails either
    assert error.response.content == content  # nothing the server said is lost
    if isinstance(error, APIResponseValidationError):
        assert error.body == error.response.text


@FAST
@given(
    content=CONTENT,
    raw=st.booleans(),
    status=st.sampled_from([200, 201, 204]),
    operation=st.sampled_from(sorted(BODILESS_OPERATIONS)),
)
def test_any_body_of_a_bodiless_or_raw_call(content: bytes, raw: bool, status: int, operation: str) -> None:
    call = APICall(RAW_OPERATION if raw else operation, {}, (lambda body: body) if raw else None)
    try:
        read_response(call, _response(status, content))
    except (APIResponseValidationError, APIStatusError) as exc:
        str(exc)


# Relationship names the models read (and some they do not), and what they may point at: every
# resource of every valid body, of every type the package has a model for.
RELATIONSHIP_NAMES = sorted(
    {
        "attendance_service",
        "attendance_good_items",
        "child_categories",
        "client",
        "custom_field_type",
        "deposits",
        "employee",
        "good",
        "goods",
        "labels",
        "position",
        "record",
        "resource_instances",
        "service",
        "services",
        "staff",
        "storage",
        "storage_amount",
        "storage_amounts",
        "type",
        "ui_options",
        "bogus",
    }
)


def _related_pool() -> list[dict[str, Any]]:
    pool = {}
    for body in _success_bodies().values():
        for resource in _resources_of(body):
            pool[(resource["type"], resource["id"])] = resource
    for resource in EXTRA_RESOURCES:
        pool[(resource["type"], resource["id"])] = resource
    return [pool[key] for key in sorted(pool)]


RELATED_POOL = _related_pool()


def _locations(node: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """The path of every member of a JSON value (not the value itself)."""
    children = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
    for key, child in children:
        yield (*path, key)
        yield from _locations(child, (*path, key))


@st.composite
def linked_bodies(draw: st.DrawFn, operation: str) -> tuple[Any, int]:
    """The valid body of `operation`, its resources linked to included ones of any type, then
    broken in up to three places (a member replaced by anything, or removed); and how many."""
    body = json.loads(json.dumps(success(operation)[1]))
    data = body["data"]
    included: list[Any] = []
    for resource in data if isinstance(data, list) else [data]:
        relationships: dict[str, Any] = {}
        for name in draw(st.lists(st.sampled_from(RELATIONSHIP_NAMES), max_size=3, unique=True)):
            targets = draw(st.lists(st.sampled_from(RELATED_POOL), max_size=2))
            identifiers = [{"type": target["type"], "id": target["id"]} for target in targets]
            many = draw(st.booleans())
            relationships[name] = {"data": identifiers if many else (identifiers[0] if identifiers else None)}
            included.extend(json.loads(json.dumps(target)) for target in targets)
        if relationships:
            resource["relationships"] = relationships
    if included:
        body["included"] = included
    breaks = draw(st.integers(0, 3))
    for _ in range(breaks):
        locations = list(_locations(body))
        if not locations:
            break
        *parents, key = draw(st.sampled_from(locations))
        parent = body
        for step in parents:
            parent = parent[step]
        if draw(st.booleans()):
            parent[key] = draw(JSON)
        else:
            del parent[key]
    return body, breaks


@pytest.mark.parametrize("parser", sorted(PARSERS))
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_each_parser_reads_its_own_bodies(parser: str, data: st.DataObject) -> None:
    """Linked valid bodies parse; broken anywhere, they parse or give a response error."""
    operation = data.draw(st.sampled_from(PARSER_OPERATIONS[parser]))
    body, breaks = data.draw(linked_bodies(operation))
    content = json.dumps(body).encode()
    try:
        read_response(APICall(operation, {}, PARSERS[parser]), _response(200, content))
    except (APIResponseValidationError, APIStatusError) as exc:
        error: APIResponseValidationError | APIStatusError | None = exc
    else:
        error = None
    event("parsed" if error is None else "refused")
    if error is not None:
        assert breaks, f"{parser} refused a valid {operation} body: {error!r}"
        str(error), repr(error)
        assert error.response.content == content


def test_every_parser_is_checked_with_its_bodies() -> None:
    assert sorted(PARSER_OPERATIONS) == sorted(PARSERS)
    read = [operation for operations in PARSER_OPERATIONS.values() for operation in operations]
    assert len(read) == len(set(read))
    assert set(read) | BODILESS_OPERATIONS == SPEC_OPERATIONS
    assert not set(read) & BODILESS_OPERATIONS
    for operation in BODILESS_OPERATIONS:
        assert success(operation) == (204, None)


EXPECTED_ERRORS = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


@FAST
@given(
    status=st.integers(min_value=400, max_value=599),
    content=CONTENT,
    parser=st.sampled_from(sorted(PARSERS)),
    retry_after=st.none() | st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=126), max_size=40),
)
def test_any_error_status_raises_its_status_error(
    status: int, content: bytes, parser: str, retry_after: str | None
) -> None:
    headers = {} if retry_after is None else {"Retry-After": retry_after}
    with pytest.raises(APIStatusError) as caught:
        read_response(APICall("get_tag", {}, PARSERS[parser]), _response(status, content, headers))
    error = caught.value
    expected = EXPECTED_ERRORS.get(status, InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected
    assert error.status_code == status
    assert isinstance(error.message, str) and error.message
    assert str(error).startswith(f"{status} GET /api/v2/locations/1/things: ")
    repr(error)
    assert all(isinstance(k, str) and all(isinstance(m, str) for m in v) for k, v in error.errors.items())
    if isinstance(error, RateLimitError):
        assert error.retry_after is None or error.retry_after >= 0


@FAST
@given(value=st.text(max_size=60) | st.sampled_from(["1e999", "-1", "nan", "inf", "Mon, 32 Jan 2026 25:00:00 GMT"]))
def test_retry_after_never_raises(value: str) -> None:
    seconds = parse_retry_after({"retry-after": value})
    assert seconds is None or (seconds >= 0 and not math.isnan(seconds))


@FAST
@given(
    retries_done=st.integers(min_value=0, max_value=100),
    jitter=st.floats(min_value=0, max_value=1, exclude_max=True),
    status=st.integers(min_value=100, max_value=599),
    method=st.sampled_from(["GET", "POST", "PUT", "PATCH", "DELETE"]),
    retry_after=st.none() | st.integers(min_value=0, max_value=120).map(str),
)
def test_retry_policy_bounds(
    retries_done: int, jitter: float, status: int, method: str, retry_after: str | None
) -> None:
    policy = RetryPolicy(max_retries=200, random=lambda: jitter)
    delay = min(8.0, 0.5 * 2.0**retries_done)
    assert 0.75 * delay <= policy.backoff(retries_done) <= delay
    headers = {} if retry_after is None else {"Retry-After": retry_after}
    wait = policy.after_response(method, _response(status, b"", headers), retries_done)
    if status not in (429, 502, 503, 504) or method not in ("GET", "PUT", "DELETE"):
        assert wait is None
    elif retry_after is None:
        assert wait is not None and 0.75 * delay <= wait <= delay
    elif int(retry_after) > 60:
        assert wait is None
    else:
        assert wait == float(retry_after)
    assert RetryPolicy(max_retries=retries_done).after_response(method, _response(503, b""), retries_done) is None


NEVER_SENT = [httpx.ConnectError("refused"), httpx.ConnectTimeout("connect"), httpx.PoolTimeout("pool")]
MAYBE_ARRIVED = [
    httpx.ReadTimeout("read"),
    httpx.WriteTimeout("write"),
    httpx.ReadError("reset"),
    httpx.WriteError("broken pipe"),
    httpx.RemoteProtocolError("peer closed"),
    httpx.DecodingError("bad gzip"),
]


@pytest.mark.parametrize("error", NEVER_SENT + MAYBE_ARRIVED, ids=lambda error: type(error).__name__)
@pytest.mark.parametrize("method", ["GET", "PUT", "DELETE", "POST", "PATCH"])
def test_transport_errors_are_retried_only_when_safe(method: str, error: Exception) -> None:
    policy = RetryPolicy(max_retries=2, random=lambda: 0.0)
    safe = any(error is e for e in NEVER_SENT) or method in ("GET", "PUT", "DELETE")
    assert policy.after_error(method, error, 0) == (0.5 if safe else None)
    assert policy.after_error(method, error, 1) == (1.0 if safe else None)
    assert policy.after_error(method, error, 2) is None  # retries used up


def test_success_bodies_fit_the_spec() -> None:
    """The bodies the request property answers with are themselves valid."""
    contract = wire_contract.load_contract()
    for operation in EXPECTED_OPERATIONS.values():
        found = contract.operations[operation]
        path = found.template
        for name in found.path_names:
            path = path.replace("{" + name + "}", "7")
        status, body = success(operation)
        problems = wire_contract.validate_response(
            found.method, "/api/v2" + path, status, {"content-type": "application/json"}, body
        )
        assert problems == [], (operation, problems)


# -- (b) requests --------------------------------------------------------------------------------

EXPECTED_OPERATIONS = {
    "tags.list": "list_tags",
    "tags.get": "get_tag",
    "tags.create": "create_tag",
    "tags.update": "update_tag",
    "tags.delete": "delete_tag",
    "positions.list": "list_positions",
    "positions.get": "get_position",
    "positions.create": "create_position",
    "positions.update": "update_position",
    "positions.delete": "delete_position",
    "team_members.list": "list_team_members",
    "events.list": "list_events",
    "events.get": "get_event",
    "events.create": "create_event",
    "events.update": "update_event",
    "events.delete": "delete_event",
    "events.appointments.create": "create_event_appointment",
    "events.appointments.update": "update_event_appointment",
    "events.appointments.reschedule": "reschedule_event_appointment",
    "services.list": "list_services",
    "services.get": "get_service",
    "services.categories.list": "list_service_categories",
    "attendance_services.list": "list_attendance_services",
    "attendance_services.list_composite": "list_composite_service_attendance_services",
    "attendance_services.suggestions": "list_attendance_service_suggestions",
    "products.list": "list_products",
    "products.autocomplete": "autocomplete_products",
    "products.get": "get_product",
    "products.storage_amounts": "list_product_storage_amounts",
    "products.units.list": "list_product_units",
    "products.categories.list": "list_product_categories",
    "products.categories.get": "get_product_category",
    "appointments.list": "list_appointments",
    "appointments.list_for_attendance": "list_attendance_appointments",
    "appointments.delete": "delete_appointment",
    "appointments.delete_from_timetable": "delete_timetable_appointment",
    "appointments.product_items.get": "get_attendance_product_item",
    "resource_occupations.list": "list_resource_occupations",
    "booking_users.get": "get_attendance_booking_user",
    "booking_users.location_statistics": "get_booking_user_location_attendance_statistics",
    "booking_users.chain_statistics": "get_booking_user_chain_attendance_statistics",
    "custom_fields.list": "list_custom_fields",
}
RESOURCE_PATHS = (
    "tags",
    "positions",
    "team_members",
    "events",
    "events.appointments",
    "services",
    "services.categories",
    "attendance_services",
    "products",
    "products.units",
    "products.categories",
    "appointments",
    "appointments.product_items",
    "resource_occupations",
    "booking_users",
    "custom_fields",
)


def _resolve(client: Any, dotted: str) -> Any:
    target = client
    for part in dotted.split("."):
        target = getattr(target, part)
    return target


def public_methods(client: Any) -> dict[str, Callable[..., Any]]:
    found = {}
    for path in RESOURCE_PATHS:
        resource = _resolve(client, path)
        for name, method in inspect.getmembers(resource, inspect.ismethod):
            if not name.startswith("_"):
                found[f"{path}.{name}"] = method
    return found


def resource_paths(target: Any, prefix: str = "") -> list[str]:
    """The dotted paths of every resource reachable from a client through public attributes."""
    found = []
    for name in dir(target):
        if name.startswith("_"):
            continue
        value = getattr(target, name)
        if isinstance(value, SyncAPIResource | AsyncAPIResource):
            found.append(prefix + name)
            found.extend(resource_paths(value, f"{prefix}{name}."))
    return found


@functools.cache
def _literal_values(function: Callable[..., Any], parameter: str) -> tuple[Any, ...]:
    """The values a parameter's annotation allows by name: its Literal members and enum values."""
    found: list[Any] = []

    def walk(hint: Any) -> None:
        if typing.get_origin(hint) is typing.Literal:
            found.extend(typing.get_args(hint))
        elif isinstance(hint, type) and issubclass(hint, enum.Enum):
            found.extend(member.value for member in hint)
        else:
            for argument in typing.get_args(hint):
                walk(argument)

    walk(typing.get_type_hints(function).get(parameter))
    return tuple(dict.fromkeys(found))


def literal_values(method: Callable[..., Any], parameter: str) -> tuple[Any, ...]:
    return _literal_values(getattr(method, "__func__", method), parameter)


DATES = st.dates()
DATETIMES = st.datetimes()
SOON = st.datetimes(min_value=dt.datetime(2026, 8, 1), max_value=dt.datetime(2026, 8, 3))
AWARE = st.datetimes(
    timezones=st.sampled_from([dt.UTC, dt.timezone(dt.timedelta(hours=3)), dt.timezone(-dt.timedelta(hours=11))])
)
# Appointment filters: naive datetimes or dates, often close together (so that often start < end).
LOCAL_MOMENTS = SOON | SOON.map(lambda moment: moment.date()) | DATETIMES | DATES | AWARE
IDS = st.integers(min_value=1, max_value=2**31)
MAYBE_IDS = IDS | st.integers(min_value=-2, max_value=0)
TEXT = (
    st.text(min_size=1, max_size=40)
    | st.text(min_size=240, max_size=520)
    | st.sampled_from(["", " ", "Ünïcødé ✂ 名前"])
)
# Search terms: around the minimum lengths (2 for products, 3 for attendance services), with
# whitespace, emoji, other symbols, joiners and lone surrogates.
TERMS = (
    st.text(max_size=5)
    | st.text(min_size=2, max_size=30)
    | st.sampled_from(
        [
            "ab",
            "abc",
            "cut",
            " a",
            " a ",
            "  ",
            "\t\n",
            "a\u200b",
            "ab😀",
            "😀😀",
            "☀☀",
            "✂ab",
            "⭐⭐",
            "©©",
            "🇺🇸",
            "名前",
            "ab\ud800",
            "ab\x00",
            "50%",
            "a&b=c",
            "a+b",
            "ab" * 300,
        ]
    )
)
ATTENDANCE_IDS = (
    st.from_regex(r"(record|visit)_[0-9]{1,12}", fullmatch=True)
    | st.sampled_from(
        [
            "record_0",
            "record_",
            "visit_",
            "Record_1",
            "visit_1 ",
            " record_1",
            "record_1\n",
            "record_-1",
            "visit_١٢",
            "visit_１２",
            "record_1/appointments",
            "record_1?x=1",
            "record_1%2F",
            "appointment_1",
            "visit_1_2",
            "record-1",
            "",
        ]
    )
    | st.text(max_size=12)
)
HEX = st.sampled_from("0123456789abcdefABCDEF")
COLOR = st.tuples(st.sampled_from(["#", ""]), st.text(HEX, min_size=6, max_size=6)).map("".join)
ANYTHING = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-3, max_value=3)
    | st.integers()
    | st.floats()
    | st.text(max_size=10)
    | st.text(min_size=300, max_size=400)
    | st.tuples(st.integers())
    | DATES
    | DATETIMES
    | AWARE
    | st.timedeltas()
    | st.lists(st.integers(), max_size=3)
    | st.lists(st.text(max_size=3), max_size=3)
    | st.dictionaries(st.text(max_size=3), st.integers(), max_size=2)
    | st.sets(st.integers(), max_size=3)
)


@st.composite
def event_clients(draw: st.DrawFn) -> Callable[[], EventClient]:
    consent = draw(st.none() | st.tuples(st.booleans(), st.booleans()))
    fields = {
        "name": draw(TEXT),
        "id": draw(st.none() | IDS),
        "phone": draw(st.none() | st.just("") | st.text("0123456789", min_size=8, max_size=16)),
        "email": draw(st.none() | st.emails() | st.text(max_size=8)),
        "surname": draw(st.none() | TEXT),
        "patronymic": draw(st.none() | TEXT),
        "gender": draw(st.none() | st.sampled_from(list(Gender)) | st.integers(-1, 3)),
        "birthday": draw(st.none() | DATES),
        "custom_fields": draw(st.none() | st.dictionaries(TEXT, TEXT, max_size=2)),
        "newsletter_allowed": None if consent is None else consent[0],
        "personal_data_processing_allowed": None if consent is None else consent[1],
        "comment": draw(st.none() | TEXT),
        "national_id": draw(st.none() | TEXT),
    }
    return lambda: EventClient(**fields)


@st.composite
def products(draw: st.DrawFn) -> Callable[[], AppointmentProduct]:
    fields = {
        "product_id": draw(IDS),
        "unit_id": draw(IDS),
        "storage_id": draw(IDS),
        "staff_id": draw(IDS | st.integers(-1, 0)),
        "operation": draw(st.sampled_from(["sale", "consumable", "gift"])),
        "quantity": draw(st.floats(min_value=0, max_value=1e9) | st.integers(0, 10)),
        "cost_per_unit": draw(st.floats(min_value=0, max_value=1e9) | st.integers(0, 10**6)),
        "manual_cost": draw(st.floats(min_value=0, max_value=1e9)),
        "discount_percent": draw(st.floats(min_value=0, max_value=100)),
        "id": draw(st.none() | IDS),
        "number": draw(st.none() | TEXT),
        "marks": draw(st.lists(TEXT, max_size=2)),
        "planned_activation_date": draw(st.none() | DATES | DATETIMES),
    }
    return lambda: AppointmentProduct(**fields)


def plausible(method: str, name: str, function: Callable[..., Any] | None = None) -> st.SearchStrategy[Any]:
    """Values of the right type and often within the documented limits (often not).

    `method` is the dotted name ("products.autocomplete"); `function` the method itself, whose
    annotations give the names `include=` (and `kind=`, `entity=`) take.
    """
    resource = method.rsplit(".", 1)[0]
    named = () if function is None else literal_values(function, name)
    if name == "include":
        assert named, f"{method}: include= names no Literal values"
        return st.lists(st.sampled_from([*named, "bogus", "Client"]), max_size=4) | st.sampled_from(named)
    if name == "kind":
        return st.sampled_from([*named, "Common", "", "goods", 0])
    if name == "entity" and resource == "custom_fields":
        return st.sampled_from([*CustomFieldEntity, *named, "RECORD", "", "tag", 0, 1])
    if name in ("start", "end") and resource in ("appointments", "resource_occupations"):
        return LOCAL_MOMENTS
    ids = IDS
    table: dict[str, st.SearchStrategy[Any]] = {
        "location_id": ids,
        "tag_id": ids,
        "position_id": ids | st.just(0),
        "event_id": ids,
        "appointment_id": ids,
        "to_event_id": ids,
        "staff_id": ids,
        "service_id": ids,
        "client_id": ids,
        "comer_id": ids,
        "category_id": MAYBE_IDS,
        "product_id": MAYBE_IDS,
        "item_id": MAYBE_IDS,
        "booking_user_id": MAYBE_IDS,
        "chain_id": MAYBE_IDS,
        "parent_id": st.integers(-1, 3) | IDS,
        "attendance_id": ATTENDANCE_IDS,
        "term": TERMS,
        "title": TEXT,
        "name": TEXT,
        "position_title": TEXT,
        "comment": TEXT,
        "instructions": TEXT,
        "stream_link": TEXT,
        "icon": TEXT,
        "comer_name": TEXT,
        "color": COLOR,
        "entity": st.sampled_from([*TagEntity, 0, 1, 2, 3, 4, "client", "RECORD", " activity ", "2", "7", "brand"]),
        "date": DATETIMES | DATES,
        "start": DATETIMES | DATES,
        "end": DATETIMES | DATES,
        "length": st.integers(0, 300).map(lambda n: n * 300)
        | st.integers(1, 24 * 12).map(lambda n: dt.timedelta(seconds=300 * n)),
        "technical_break": st.integers(0, 13).map(lambda n: n * 300) | st.timedeltas(max_value=dt.timedelta(hours=2)),
        "capacity": st.integers(-1, 50),
        "clients_count": st.integers(-1, 10),
        "ids": st.lists(MAYBE_IDS, max_size=4),
        "staff_ids": st.lists(ids, max_size=4),
        "service_ids": st.lists(ids, max_size=4) | st.lists(MAYBE_IDS, max_size=3),
        "label_ids": st.lists(ids, max_size=4),
        "resource_instance_ids": st.lists(ids, max_size=4),
        "page_size": st.integers(0, 260),
        "max_items": st.integers(-1, 5),
        "cost_per_unit": st.floats(min_value=0, max_value=1.1e9) | st.integers(0, 10**9),
        "manual_cost": st.floats(min_value=0, max_value=1.1e9) | st.integers(0, 10**9),
        "discount_percent": st.floats(min_value=-1, max_value=101),
        "client": event_clients(),
        "products": st.lists(products(), max_size=2),
    }
    if name in table:
        return table[name]
    flags = {"fired", "deleted", "user_linked", "is_paid", "has_schedule", "is_assistant"}
    flags |= {"force", "with_comer", "is_trial", "is_trial_service", "include_storage"}
    flags |= {"is_available_for_timetable", "is_multi", "is_composite"}
    if name in flags:
        return st.none() | st.booleans()
    raise LookupError(f"no strategy for {method}.{name}: add one to plausible()")


def _build(value: Any) -> Any:
    """Input objects are drawn as constructors, so that their own checks run inside the call."""
    if callable(value) and getattr(value, "__name__", "") == "<lambda>":
        return value()
    if isinstance(value, list) and value and all(callable(item) for item in value):
        return [item() for item in value]
    return value


@st.composite
def calls(
    draw: st.DrawFn, methods: dict[str, Callable[..., Any]], only: str | None = None
) -> tuple[str, dict[str, Any]]:
    """A method (`only`, or any) and its arguments: each plausible, or (up to two) anything."""
    name = only if only is not None else draw(st.sampled_from(sorted(methods)))
    parameters = list(inspect.signature(methods[name]).parameters.values())
    names = [p.name for p in parameters]
    count = min(len(names), draw(st.sampled_from([0, 0, 1, 2])))  # half the calls: no wild argument
    wild = set(draw(st.lists(st.sampled_from(names), min_size=count, max_size=count, unique=True)))
    arguments: dict[str, Any] = {}
    for parameter in parameters:
        required = parameter.default is inspect.Parameter.empty
        if not required and parameter.name not in wild and draw(st.booleans()):
            continue  # left at its default
        strategy = ANYTHING if parameter.name in wild else plausible(name, parameter.name, methods[name])
        arguments[parameter.name] = draw(strategy)
    return name, arguments


class Recorder:
    """A MockTransport handler that keeps each request and answers a valid success body."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        operation, _, problems = wire_contract.load_contract().match(request.method, request.url.path)
        if operation is None:
            return httpx.Response(404, json={"success": False, "data": None, "meta": {"message": str(problems)}})
        status, body = success(operation.id)
        return httpx.Response(status, json=body) if body is not None else httpx.Response(status)


def request_problems(request: httpx.Request) -> list[str]:
    query = parse_qsl(request.url.query.decode("ascii"), keep_blank_values=True)
    return wire_contract.validate_request(request.method, request.url.path, query, request.headers, request.content)


def _call_sync(client: Any, name: str, arguments: dict[str, Any]) -> None:
    result = public_methods(client)[name](**{key: _build(value) for key, value in arguments.items()})
    if isinstance(result, SyncPager):
        list(itertools.islice(result.pages(), 3))


def _call_async(client: Any, name: str, arguments: dict[str, Any]) -> None:
    async def run() -> None:
        result = public_methods(client)[name](**{key: _build(value) for key, value in arguments.items()})
        if not isinstance(result, AsyncPager):
            await result
            return
        pages = 0
        async for _ in result.pages():
            pages += 1
            if pages == 3:
                break

    asyncio.run(run())


@pytest.fixture(scope="module")
def sync_client() -> Any:
    recorder = Recorder()
    client = Altegio(
        PARTNER_TOKEN,
        USER_TOKEN,
        base_url=BASE_URL,
        rate_limit=None,
        max_retries=0,
        http_client=httpx.Client(transport=httpx.MockTransport(recorder)),
    )
    client._recorder = recorder
    yield client
    client.close()


@pytest.fixture(scope="module")
def async_client() -> Any:
    recorder = Recorder()
    client = AsyncAltegio(
        PARTNER_TOKEN,
        USER_TOKEN,
        base_url=BASE_URL,
        rate_limit=None,
        max_retries=0,
        http_client=httpx.AsyncClient(transport=httpx.MockTransport(recorder)),
    )
    client._recorder = recorder
    yield client
    asyncio.run(client.close())


def _check_outcome(client: Any, call: Callable[[], None], name: str, *, lazy: bool = False) -> str:
    """Run the call: either InvalidArgumentError before any request, or only valid requests.
    `lazy`: the call may legitimately send nothing (a pager with max_items=0)."""
    recorder: Recorder = client._recorder
    recorder.requests.clear()
    try:
        call()
    except InvalidArgumentError as exc:
        refused: InvalidArgumentError | None = exc
    else:
        refused = None
    if refused is not None:
        assert recorder.requests == [], f"{name} raised {refused!r} after sending"
        assert isinstance(refused, ValueError)
        return "refused"
    if not recorder.requests:
        assert lazy, f"{name} returned without a request"
        return "nothing to fetch"
    for request in recorder.requests:
        operation, _, _ = wire_contract.load_contract().match(request.method, request.url.path)
        assert operation is not None and operation.id == EXPECTED_OPERATIONS[name], (name, request)
        problems = request_problems(request)
        assert problems == [], f"{name}: {request.method} {request.url}: {problems}"
    return "sent"


def test_every_public_method_is_covered(sync_client: Any, async_client: Any) -> None:
    for client in (sync_client, async_client):
        assert sorted(resource_paths(client)) == sorted(RESOURCE_PATHS)
        methods = public_methods(client)
        assert sorted(methods) == sorted(EXPECTED_OPERATIONS)
        for name, method in methods.items():
            for parameter in inspect.signature(method).parameters:
                plausible(name, parameter, method)  # raises if a parameter has no strategy


def test_the_methods_reach_every_operation_of_the_spec() -> None:
    """One method per operationId of openapi.yaml (loaded with scripts/specio), none left out."""
    assert sorted(EXPECTED_OPERATIONS.values()) == sorted(SPEC_OPERATIONS)
    assert len(SPEC_OPERATIONS) == len(EXPECTED_OPERATIONS) == 42


def test_include_names_are_the_specs(sync_client: Any) -> None:
    """The names each `include=` annotation allows are the enum of the operation's `include`."""
    contract = wire_contract.load_contract()
    for name, method in public_methods(sync_client).items():
        declared = contract.operations[EXPECTED_OPERATIONS[name]].parameters.get(("query", "include"))
        if "include" not in inspect.signature(method).parameters:
            assert declared is None or name == "products.storage_amounts", name  # include_storage=
            continue
        assert declared is not None, name
        enum_values = contract.resolve(declared.schema["items"])["enum"]
        assert sorted(literal_values(method, "include")) == sorted(enum_values), name


PER_METHOD = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)


@pytest.mark.parametrize("name", sorted(EXPECTED_OPERATIONS))
@pytest.mark.parametrize("kind", ["sync", "async"])
@PER_METHOD
@given(data=st.data())
def test_each_method_refuses_or_sends_valid_requests(
    kind: str, name: str, sync_client: Any, async_client: Any, data: st.DataObject
) -> None:
    client = sync_client if kind == "sync" else async_client
    caller = _call_sync if kind == "sync" else _call_async
    _, arguments = data.draw(calls(public_methods(client), only=name))
    lazy = arguments.get("max_items") == 0
    event(_check_outcome(client, lambda: caller(client, name, arguments), name, lazy=lazy))


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(data=st.data())
def test_sync_inputs_are_refused_or_valid_on_the_wire(sync_client: Any, data: st.DataObject) -> None:
    name, arguments = data.draw(calls(public_methods(sync_client)))
    lazy = arguments.get("max_items") == 0
    event(_check_outcome(sync_client, lambda: _call_sync(sync_client, name, arguments), name, lazy=lazy))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(data=st.data())
def test_async_inputs_are_refused_or_valid_on_the_wire(async_client: Any, data: st.DataObject) -> None:
    name, arguments = data.draw(calls(public_methods(async_client)))
    lazy = arguments.get("max_items") == 0
    event(_check_outcome(async_client, lambda: _call_async(async_client, name, arguments), name, lazy=lazy))


# A valid call of every method, all of whose requests reach the wire.
VALID_CALLS: dict[str, dict[str, Any]] = {
    "tags.list": {"location_id": 1, "entity": "client"},
    "tags.get": {"location_id": 1, "tag_id": 2},
    "tags.create": {"location_id": 1, "title": "VIP", "color": "#FF2828", "entity": TagEntity.CLIENT},
    "tags.update": {"location_id": 1, "tag_id": 2, "icon": "star"},
    "tags.delete": {"location_id": 1, "tag_id": 2},
    "positions.list": {"location_id": 1},
    "positions.get": {"location_id": 1, "position_id": 2},
    "positions.create": {"location_id": 1, "title": "Stylist"},
    "positions.update": {"location_id": 1, "position_id": 2, "title": "Senior"},
    "positions.delete": {"location_id": 1, "position_id": 2},
    "team_members.list": {"location_id": 1, "name": "Jo", "fired": None, "include": ["position", "employee"]},
    "events.list": {
        "location_id": 1,
        "start": dt.date(2026, 8, 1),
        "end": dt.datetime(2026, 8, 7, 21),
        "staff_ids": [3],
        "include": ["staff", "labels"],
        "page_size": 1,
    },
    "events.get": {"location_id": 1, "event_id": 2, "include": "staff"},
    "events.create": {
        "location_id": 1,
        "staff_id": 42,
        "service_id": 500,
        "date": dt.datetime(2026, 8, 1, 14),
        "length": dt.timedelta(hours=1),
        "capacity": 8,
        "technical_break": 300,
        "comment": "Beginners",
        "color": "#9C27B0",
        "force": True,
    },
    "events.update": {
        "location_id": 1,
        "event_id": 2,
        "staff_id": 42,
        "service_id": 500,
        "date": dt.datetime(2026, 8, 1, 14),
        "length": 3600,
        "capacity": 8,
    },
    "events.delete": {"location_id": 1, "event_id": 2},
    "events.appointments.create": {
        "location_id": 1,
        "event_id": 2,
        "client": lambda: EventClient(
            name="Ann", phone="123456789", newsletter_allowed=True, personal_data_processing_allowed=False
        ),
        "comer_name": "Bob",
    },
    "events.appointments.update": {
        "location_id": 1,
        "event_id": 2,
        "appointment_id": 3,
        "cost_per_unit": 10,
        "discount_percent": 5.5,
        "manual_cost": 9.45,
        "products": [
            lambda: AppointmentProduct(1, 2, 3, 4, "sale", 1.5, 10, 15, planned_activation_date=dt.date(2026, 9, 1))
        ],
        "color": "FF2828",
        "comment": "",
    },
    "events.appointments.reschedule": {"location_id": 1, "event_id": 2, "appointment_id": 3, "to_event_id": 4},
    "services.list": {"location_id": 1, "service_ids": [5, 6], "include": ["resources", "trial_settings"]},
    "services.get": {"location_id": 1, "service_id": 5, "include": "service_composite"},
    "services.categories.list": {"location_id": 1, "staff_id": 42},
    "attendance_services.list": {
        "location_id": 1,
        "staff_id": 42,
        "category_id": 3,
        "service_ids": [5],
        "term": "cut",
        "is_available_for_timetable": True,
        "is_multi": False,
        "is_composite": False,
        "page_size": 2,
        "max_items": 5,
    },
    "attendance_services.list_composite": {"location_id": 1, "service_id": 5},
    "attendance_services.suggestions": {
        "location_id": 1,
        "staff_id": 42,
        "client_id": 9,
        "include": ["attendance_service", "record"],
    },
    "products.list": {"location_id": 1, "ids": [100], "kind": "loyalty_abonement", "include": ["actual_cost"]},
    "products.autocomplete": {"location_id": 1, "term": "sh", "include": ["mark_settings"], "page_size": 1},
    "products.get": {"location_id": 1, "product_id": 100, "include": ["storage_amounts", "actual_cost"]},
    "products.storage_amounts": {"location_id": 1, "product_id": 100, "include_storage": True},
    "products.units.list": {"location_id": 1},
    "products.categories.list": {"location_id": 1, "parent_id": 0, "include": ["child_categories", "goods"]},
    "products.categories.get": {"location_id": 1, "category_id": 7, "include": ["goods"]},
    "appointments.list": {
        "location_id": 1,
        "client_id": 9,
        "event_id": 123,
        "start": dt.date(2026, 8, 1),
        "end": dt.datetime(2026, 8, 1, 23, 59, 59),
        "include": ["client", "client.custom_field_values", "staff"],
        "page_size": 1,
    },
    "appointments.list_for_attendance": {"location_id": 1, "attendance_id": "visit_30001", "include": ["services"]},
    "appointments.delete": {"location_id": 1, "appointment_id": 555},
    "appointments.delete_from_timetable": {"location_id": 1, "appointment_id": 555, "include": ["client"]},
    "appointments.product_items.get": {"location_id": 1, "item_id": 3001, "include": ["good", "storage_amount"]},
    "resource_occupations.list": {
        "location_id": 1,
        "start": dt.datetime(2026, 8, 1, 9),
        "end": dt.date(2026, 8, 2),
        "service_id": 5,
        "service_ids": [5, 6],
    },
    "booking_users.get": {"location_id": 1, "booking_user_id": 9, "include": ["labels", "loyalty_cards"]},
    "booking_users.location_statistics": {"location_id": 1, "booking_user_id": 9},
    "booking_users.chain_statistics": {"location_id": 1, "booking_user_id": 9, "chain_id": 4},
    "custom_fields.list": {"location_id": 1, "entity": CustomFieldEntity.CLIENT, "include": ["ui_options"]},
}


def test_plausible_inputs_often_reach_the_wire(sync_client: Any) -> None:
    """The request property is not vacuous: valid calls of every method do send."""
    assert sorted(VALID_CALLS) == sorted(EXPECTED_OPERATIONS)
    reached = set()
    recorder: Recorder = sync_client._recorder
    for name, arguments in VALID_CALLS.items():
        assert _check_outcome(sync_client, lambda n=name, a=arguments: _call_sync(sync_client, n, a), name) == "sent"
        for request in recorder.requests:
            operation, _, _ = wire_contract.load_contract().match(request.method, request.url.path)
            assert operation is not None
            reached.add(operation.id)
    assert reached == SPEC_OPERATIONS  # every operationId of openapi.yaml, sent and valid


def test_parsers_are_the_ones_the_methods_use(async_client: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """PARSER_OPERATIONS is what the methods really do: each operation is read by its parser."""
    used: dict[str, Any] = {}
    execute = async_client._execute

    async def spy(call: APICall[Any]) -> Any:
        used[call.operation] = call.parse
        return await execute(call)

    monkeypatch.setattr(async_client, "_execute", spy)
    for name, arguments in VALID_CALLS.items():
        _call_async(async_client, name, arguments)
    assert set(used) == SPEC_OPERATIONS
    for parser, read in PARSER_OPERATIONS.items():
        for operation in read:
            assert used[operation] is PARSERS[parser], (operation, parser)
    for operation in BODILESS_OPERATIONS:
        assert used[operation] is None, operation


@pytest.mark.parametrize(
    ("name", "arguments", "wire"),
    [
        (
            "appointments.list",
            {"location_id": 1, "start": dt.date(2026, 8, 1), "end": dt.datetime(2026, 8, 2, 9, 30, 15, 999)},
            [
                ("filter[date_intersect_from]", "2026-08-01T00:00:00"),
                ("filter[date_intersect_to]", "2026-08-02T09:30:15"),
            ],
        ),
        (
            "appointments.list",
            {"location_id": 1, "start": dt.datetime(999, 1, 2, 3, 4, 5), "end": dt.date(1000, 1, 1)},
            [
                ("filter[date_intersect_from]", "0999-01-02T03:04:05"),
                ("filter[date_intersect_to]", "1000-01-01T00:00:00"),
            ],
        ),
        (
            "resource_occupations.list",
            {"location_id": 1, "start": dt.datetime(2026, 8, 1, 9), "end": dt.datetime(2026, 8, 1, 9)},
            [
                ("filter[date_intersect_from_strict]", "2026-08-01T09:00:00"),
                ("filter[date_intersect_to_strict]", "2026-08-01T09:00:00"),
            ],
        ),
        ("products.autocomplete", {"location_id": 1, "term": "名前"}, [("filter[term]", "名前")]),
        ("products.autocomplete", {"location_id": 1, "term": "a&b=c"}, [("filter[term]", "a&b=c")]),
        ("attendance_services.list", {"location_id": 1, "term": "a+b"}, [("filter[term]", "a+b")]),
        ("custom_fields.list", {"location_id": 1, "entity": "record"}, [("filter[parent_entity_type]", "record")]),
        ("products.categories.list", {"location_id": 1, "parent_id": 0}, [("filter[parent_category_id]", "0")]),
        ("appointments.list", {"location_id": 1, "include": ["staff", "staff"]}, [("include", "staff")]),
    ],
)
def test_values_reach_the_wire_as_given(
    sync_client: Any, name: str, arguments: dict[str, Any], wire: list[tuple[str, str]]
) -> None:
    """Spot checks of the wire form: dates as `YYYY-MM-DDTHH:MM:SS`, terms unmangled, ids as given."""
    recorder: Recorder = sync_client._recorder
    assert _check_outcome(sync_client, lambda: _call_sync(sync_client, name, arguments), name) == "sent"
    query = parse_qsl(recorder.requests[0].url.query.decode("ascii"), keep_blank_values=True)
    for pair in wire:
        assert pair in query, (pair, query)
    assert len([key for key, _ in query if key.startswith("include")]) == len(
        [key for key, _ in wire if key.startswith("include")]
    )


@pytest.mark.parametrize(
    ("name", "arguments"),
    [
        ("products.autocomplete", {"location_id": 1, "term": "a"}),
        ("products.autocomplete", {"location_id": 1, "term": "  "}),
        ("products.autocomplete", {"location_id": 1, "term": "ab😀"}),
        ("products.autocomplete", {"location_id": 1, "term": "☀☀"}),
        ("products.autocomplete", {"location_id": 1, "term": "⭐⭐"}),
        ("products.autocomplete", {"location_id": 1, "term": "ab\u200d"}),
        ("products.autocomplete", {"location_id": 1, "term": "🇺🇸"}),
        ("products.autocomplete", {"location_id": 1, "term": "ab\ud800"}),
        ("products.autocomplete", {"location_id": 1, "term": 12}),
        ("products.autocomplete", {"location_id": 1, "term": "ab", "include": ["storage_amounts"]}),
        ("products.get", {"location_id": 1, "product_id": 1, "include": ["child_categories"]}),
        ("products.list", {"location_id": 1, "kind": "Common"}),
        ("products.list", {"location_id": 1, "ids": []}),
        ("products.list", {"location_id": 1, "page_size": 251}),
        ("products.list", {"location_id": 1, "max_items": -1}),
        ("products.categories.list", {"location_id": 1, "parent_id": -1}),
        ("services.list", {"location_id": 1, "service_ids": []}),
        ("services.list", {"location_id": 1, "page_size": 0}),
        ("attendance_services.list", {"location_id": 1, "term": "ab"}),
        ("attendance_services.list", {"location_id": 1, "is_multi": 1}),
        ("appointments.list_for_attendance", {"location_id": 1, "attendance_id": "record_1\n"}),
        ("appointments.list_for_attendance", {"location_id": 1, "attendance_id": "visit_１２"}),
        ("appointments.list_for_attendance", {"location_id": 1, "attendance_id": "record_"}),
        ("appointments.list_for_attendance", {"location_id": 1, "attendance_id": 12}),
        ("appointments.list", {"location_id": 1, "start": dt.datetime(2026, 8, 1, tzinfo=dt.UTC)}),
        ("appointments.list", {"location_id": 1, "start": dt.date(2026, 8, 2), "end": dt.date(2026, 8, 1)}),
        ("appointments.list", {"location_id": 1, "end": "2026-08-01T00:00:00"}),
        ("appointments.list", {"location_id": 1, "start": dt.date(2026, 8, 1)}),
        ("appointments.list", {"location_id": 1, "end": dt.date(2026, 8, 1)}),
        ("appointments.list", {"location_id": 1, "start": dt.date(2026, 8, 1), "end": dt.datetime(2026, 8, 1)}),
        ("appointments.list", {"location_id": 1, "start": dt.date(2026, 8, 1), "end": dt.date(2026, 8, 1)}),
        ("resource_occupations.list", {"location_id": 1, "start": dt.date(2026, 8, 2), "end": dt.date(2026, 8, 1)}),
        ("booking_users.chain_statistics", {"location_id": 1, "booking_user_id": 9, "chain_id": 0}),
        ("custom_fields.list", {"location_id": 1, "entity": "RECORD"}),
        ("custom_fields.list", {"location_id": 1, "include": ["type"]}),
    ],
)
def test_documented_limits_are_refused(sync_client: Any, name: str, arguments: dict[str, Any]) -> None:
    assert _check_outcome(sync_client, lambda: _call_sync(sync_client, name, arguments), name) == "refused"


# -- inputs that once slipped through ------------------------------------------------------------


def test_years_before_1000_are_refused(sync_client: Any) -> None:
    arguments = {"location_id": 1, "start": dt.datetime(5, 1, 1), "end": dt.datetime(6, 1, 1)}
    _check_outcome(sync_client, lambda: _call_sync(sync_client, "events.list", arguments), "events.list")


@pytest.mark.parametrize(
    ("name", "arguments"),
    [
        ("tags.create", {"location_id": 1, "title": "VIP \ud800", "color": "#ff2828"}),
        ("team_members.list", {"location_id": 1, "name": "\udcff"}),
    ],
)
def test_lone_surrogates_are_refused(sync_client: Any, name: str, arguments: dict[str, Any]) -> None:
    assert _check_outcome(sync_client, lambda: _call_sync(sync_client, name, arguments), name) == "refused"


def test_a_datetime_activation_date_is_refused(sync_client: Any) -> None:
    arguments = {
        "location_id": 1,
        "event_id": 2,
        "appointment_id": 3,
        "cost_per_unit": 10,
        "discount_percent": 0,
        "manual_cost": 10,
        "products": [
            lambda: AppointmentProduct(
                1, 2, 3, 4, "sale", 1, 10, 10, planned_activation_date=dt.datetime(2026, 9, 1, 10)
            )
        ],
    }
    name = "events.appointments.update"
    assert _check_outcome(sync_client, lambda: _call_sync(sync_client, name, arguments), name) == "refused"


@pytest.mark.parametrize("products", [5, False, 2.5], ids=repr)
def test_products_that_are_not_a_list_are_refused(sync_client: Any, products: Any) -> None:
    arguments = {
        "location_id": 1,
        "event_id": 2,
        "appointment_id": 3,
        "cost_per_unit": 10,
        "discount_percent": 0,
        "manual_cost": 10,
        "products": products,
    }
    name = "events.appointments.update"
    assert _check_outcome(sync_client, lambda: _call_sync(sync_client, name, arguments), name) == "refused"


@pytest.mark.parametrize("entity", [["record"], {"client": 1}, {"record"}], ids=["list", "dict", "set"])
@pytest.mark.parametrize("kind", ["sync", "async"])
def test_an_unhashable_custom_field_entity_is_refused(
    kind: str, entity: Any, sync_client: Any, async_client: Any
) -> None:
    """Found by the request property: a dict lookup of `entity` raised TypeError (fixed in 891eaf7)."""
    client = sync_client if kind == "sync" else async_client
    caller = _call_sync if kind == "sync" else _call_async
    arguments = {"location_id": 1, "entity": entity}
    name = "custom_fields.list"
    assert _check_outcome(client, lambda: caller(client, name, arguments), name) == "refused"
