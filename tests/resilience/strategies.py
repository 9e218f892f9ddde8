"""What the property tests share: the parsers, the operations, and strategies for bodies.

Bodies come as JSON values of every shape (resource-like or not), valid success bodies broken
in one place, and raw bytes; CONTENT adds bodies nested far deeper than any real answer.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx
import specio
from hypothesis import HealthCheck, settings
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
from altegio.models._document import _MODELS as WIRE_MODELS

from .support import ROOT, example, success

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


def success_bodies() -> dict[str, Any]:
    """The valid success body of every operation that has one."""
    return {operation: body for operation in sorted(SPEC_OPERATIONS) if (body := success(operation)[1]) is not None}


def resources_of(body: Any) -> list[dict[str, Any]]:
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
    for body in success_bodies().values():
        for resource in resources_of(body):
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


VALID_BODIES = list(success_bodies().values())  # copied (through JSON) before any change


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


def make_response(status: int, content: bytes, headers: dict[str, str] | None = None) -> httpx.Response:
    request = httpx.Request("GET", f"{BASE_URL}/locations/1/things")
    return httpx.Response(status, content=content, headers=headers, request=request)


# -- what no real input or answer looks like -------------------------------------------------------

# Characters that break naive code: C0 and C1 controls (CR, LF, NUL, ESC, DEL, 0x80), the line
# and paragraph separators, BOM and zero-width joiners, private use, non-BMP emoji, and text that
# is not ASCII at all.
NASTY_CHARACTERS = st.characters(categories=("Cc", "Cf", "Zl", "Zp", "Zs", "Co")) | st.sampled_from(
    ["\r", "\n", "\x00", "\x1b", "\x7f", "\x80", "\x9f", "\u00e9", "\u2028", "\ufeff", "\u200d", "\U0001f600", "名"]
)
NASTY_TEXT = (
    st.tuples(st.text(max_size=6), NASTY_CHARACTERS, st.text(max_size=6)).map("".join)
    | st.text(NASTY_CHARACTERS, min_size=1, max_size=8)
    | st.sampled_from(["a\r\nX-Injected: 1", "Zo\u00eb", "\x00", " leading", "trailing ", "名前", "tab\there"])
)
# Integers beyond 64 bits, up to 5,000 digits (str() refuses more than 4,300). Drawn through
# map() so that no strategy repr ever has to write one out.
HUGE_INTEGERS = st.tuples(
    st.sampled_from([19, 20, 400, 4300, 4301, 5000]), st.sampled_from([1, -1]), st.sampled_from([0, -1, 1])
).map(lambda drawn: drawn[1] * 10 ** drawn[0] + drawn[2]) | st.sampled_from([2**63, -(2**63) - 1])


def nested(depth: int, shape: str) -> bytes:
    """JSON text `depth` levels deep: arrays, objects, or both, bare or inside an envelope."""
    if shape == "arrays":
        inner = b"[" * depth + b"]" * depth
    elif shape == "objects":
        inner = b'{"a":' * depth + b"1" + b"}" * depth
    else:
        inner = b'[{"data":' * (depth // 2) + b"null" + b"}]" * (depth // 2)
    return b'{"data": {"type": "tag", "id": "1", "attributes": ' + inner + b"}}" if shape == "enveloped" else inner


# Near the limit (100) and far past it: 1,000 levels in 2 KB made json.loads raise RecursionError.
DEEP_CONTENT = st.builds(
    nested,
    st.sampled_from([99, 100, 101, 150, 999, 1000, 3000]) | st.integers(1, 1200),
    st.sampled_from(["arrays", "objects", "mixed", "enveloped"]),
)


def large_body(items: int, text_size: int) -> bytes:
    """A valid list_tags body of `items` Tags, each title `text_size` characters long."""
    tags = example("list_tags")["data"]
    data = []
    for number in range(items):
        tag = json.loads(json.dumps(tags[number % len(tags)]))
        tag["id"] = str(number + 1)
        tag["attributes"]["title"] = ("VIP \u00e9 " * text_size)[:text_size] or "x"
        data.append(tag)
    return json.dumps({"data": data}).encode()


# Up to 2,000 Tags with 2,000-character titles: about 5 MB.
LARGE_CONTENT = st.builds(large_body, st.sampled_from([0, 1, 250, 2000]), st.sampled_from([1, 100, 2000]))
CONTENT = CONTENT | DEEP_CONTENT  # every property that reads "any body" gets the deep ones too
