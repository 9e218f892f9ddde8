"""Wire resources of every model type and hypothesis strategies that vary them.

The resources come from the spec's examples (through the resilience tests' `success()`), plus a
few written from the spec's schemas for types no example holds. The models are found through
the package, so a new model is covered without editing a list here (and a test fails until it
has an example). Shared by test_dates and test_serialisation.
"""

from __future__ import annotations

import copy
import datetime as dt
import functools
import importlib
import inspect
import pkgutil
import re
import typing
from collections.abc import Iterator, Mapping
from typing import Any

import attrs
from hypothesis import assume
from hypothesis import strategies as st

import altegio.models
from altegio.models._base import Model
from altegio.models._document import _MODELS as WIRE_MODELS
from altegio.models._document import Document

from ..resilience.support import EVENT_RESOURCE, spec, success


def model_classes() -> list[type]:
    """Every attrs class defined in altegio.models (its modules walked, not listed)."""
    found: dict[str, type] = {}
    for info in pkgutil.iter_modules(altegio.models.__path__, "altegio.models."):
        module = importlib.import_module(info.name)
        for _, value in inspect.getmembers(module, inspect.isclass):
            if attrs.has(value) and value.__module__ == module.__name__:
                found[f"{value.__module__}.{value.__qualname__}"] = value
    return [found[name] for name in sorted(found)]


# -- the spec ------------------------------------------------------------------------------------


def _schemas() -> dict[str, Any]:
    schemas: dict[str, Any] = spec()["components"]["schemas"]
    return schemas


def _deref(node: Any) -> Any:
    while isinstance(node, Mapping) and "$ref" in node:
        node = _schemas()[node["$ref"].rsplit("/", 1)[1]]
    return node


def _properties(node: Any) -> dict[str, Any]:
    node = _deref(node)
    found = dict(node.get("properties", {}))
    for part in node.get("allOf", ()):
        found.update(_properties(part))
    return found


@functools.cache
def spec_relationships() -> dict[str, tuple[str, ...]]:
    """{wire type: its relationship names} for every resource schema that has relationships."""
    found: dict[str, tuple[str, ...]] = {}
    for schema in _schemas().values():
        properties = _properties(schema)
        wire_type = _deref(properties.get("type", {})).get("const")
        if wire_type and "relationships" in properties:
            found[wire_type] = tuple(_properties(properties["relationships"]))
    return found


@functools.cache
def spec_attributes() -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """{wire type: (its required attributes, those that may be null)} from the resource schemas."""
    found = {}
    for schema in _schemas().values():
        properties = _properties(schema)
        wire_type = _deref(properties.get("type", {})).get("const")
        if not wire_type or "attributes" not in properties:
            continue
        attributes = _deref(properties["attributes"])
        required = set(attributes.get("required", ()))
        for part in attributes.get("allOf", ()):
            required |= set(_deref(part).get("required", ()))
        nullable = {
            name
            for name, node in _properties(attributes).items()
            if "null" in (_deref(node).get("type") if isinstance(_deref(node).get("type"), list) else ())
            or _deref(node).get("nullable")
        }
        found[wire_type] = (frozenset(required), frozenset(nullable))
    return found


def spec_bodies() -> list[Any]:
    """The success body of every operation that has one."""
    from specio import operations

    bodies = (success(operation)[1] for operation in sorted(operations(spec())))
    return [body for body in bodies if body is not None]


# Types no example holds, written from their schemas (personal data is fake).
EXTRA_RESOURCES: list[dict[str, Any]] = [
    {
        "type": "employee",
        "id": "31",
        "attributes": {
            "phone": "+10000000002",
            "name": "Jane Roe",
            "firstname": "Jane",
            "surname": "Roe",
            "patronymic": "Q",
            "date_admission": "2024-03-01T09:00:00",
            "date_registration_end": "2027-02-28T18:00:00",
            "citizenship": "Nowhere",
            "gender": 2,
            "passport_data": "AB 1234567",
            "personal_tax_reference_number": "TAX-0000",
            "number_insurance_certificates": "INS-0000",
        },
    },
    {"type": "staff_position", "id": "5", "attributes": {"title": "Stylist"}},
    {
        "type": "timetable_deposit",
        "id": "77",
        "attributes": {"title": "Gift", "balance": 100, "reserved_balance": 20.5, "available_balance": 79.5},
    },
    {"type": "custom_field_type", "id": "1", "attributes": {"code": "text", "slug": "text", "title": "Text"}},
    {"type": "custom_field_ui_option", "id": "2", "attributes": {"slug": "show_in_ui", "value": True}},
    {"type": "label", "id": "3", "attributes": {"title": "A type with no model: a Resource"}},
]


def _repeating_event() -> dict[str, Any]:
    """The spec's Event, in a repeating schedule (its example has no `schedule_till`)."""
    resource = copy.deepcopy(EVENT_RESOURCE)
    resource["id"] = "124"
    resource["attributes"].update(
        schedule_id=9,
        schedule_till={"date": "2026-12-31 23:59:59.000000", "timezone_type": 3, "timezone": "Europe/Berlin"},
        date="2026-08-08T14:00:00+0300",
    )
    return resource


EXTRA_RESOURCES.append(_repeating_event())


def _resources_of(body: Any) -> list[dict[str, Any]]:
    data = body["data"]
    return [*(data if isinstance(data, list) else [data]), *body.get("included", [])]


@functools.cache
def example_resources() -> dict[str, list[dict[str, Any]]]:
    """{wire type: its example resources}; shared, so copy one before changing it."""
    found: dict[str, list[dict[str, Any]]] = {}
    for resource in [r for body in spec_bodies() for r in _resources_of(body)] + EXTRA_RESOURCES:
        found.setdefault(resource["type"], []).append(resource)
    return found


def parse(body: Any) -> list[Any]:
    """The models of a body's `data`, each read with the body's `included`."""
    document = Document(body)
    data = body["data"]
    items = data if isinstance(data, list) else [data]
    return [WIRE_MODELS[item["type"]].from_wire(item, document) for item in items]


def linked_body(resource: dict[str, Any], pool: list[dict[str, Any]]) -> dict[str, Any]:
    """`resource` with each of its spec relationships pointing at every resource of `pool`,
    all included, so that each typed attribute the model fills from `include=` is filled."""
    resource = copy.deepcopy(resource)
    identifiers = [{"type": item["type"], "id": item["id"]} for item in pool]
    names = spec_relationships().get(resource["type"], ())
    resource["relationships"] = {name: {"data": identifiers} for name in names}
    return {"data": resource, "included": copy.deepcopy(pool), "meta": []}


def one_of_each_type() -> list[dict[str, Any]]:
    return [resources[0] for resources in example_resources().values()]


def example_models() -> list[Any]:
    """Models of every example: the spec's bodies as they are, each resource alone, and each
    resource linked to one resource of every type."""
    models = [model for body in spec_bodies() for model in parse(body)]
    pool = one_of_each_type()
    for resources in example_resources().values():
        for resource in resources:
            if resource["type"] in WIRE_MODELS:
                models += parse({"data": resource})
                models += parse(linked_body(resource, pool))
    return models


# -- walking models ------------------------------------------------------------------------------


def leaves(value: Any, path: str = "") -> Iterator[tuple[str, Any]]:
    """(path, value) of every value a model exposes, through nested models, mappings and
    tuples; `raw` (the wire form) is not walked."""
    if isinstance(value, Model):
        for field in attrs.fields(type(value)):
            if field.name != "raw":
                yield from leaves(getattr(value, field.name), f"{path}.{field.name}")
    elif isinstance(value, Mapping):
        for key, item in value.items():
            yield from leaves(item, f"{path}[{key!r}]")
    elif isinstance(value, tuple | list):
        for index, item in enumerate(value):
            yield from leaves(item, f"{path}[{index}]")
    else:
        yield path, value


def datetimes_in(model: Any) -> list[tuple[str, dt.datetime]]:
    return [(path, value) for path, value in leaves(model) if isinstance(value, dt.datetime)]


def datetime_fields(cls: type) -> list[str]:
    """The fields of a model class whose type allows a datetime."""
    hints = typing.get_type_hints(cls)
    return [field.name for field in attrs.fields(cls) if dt.datetime in typing.get_args(hints[field.name])]


# -- hypothesis: varied wire data ----------------------------------------------------------------

MOMENTS = st.datetimes(min_value=dt.datetime(2000, 1, 1), max_value=dt.datetime(2099, 12, 31, 23, 59, 59))
OFFSETS = st.integers(min_value=-14 * 60, max_value=14 * 60).map(lambda minutes: dt.timedelta(minutes=minutes))
ZONES = st.sampled_from(["Europe/Berlin", "Europe/Moscow", "UTC", "+03:00", "EEST", "Mars/Olympus_Mons"])
_DATE_SHAPE = re.compile(
    r"(?P<day>\d{4}-\d{2}-\d{2})(?P<sep>[ T])?(?P<time>\d{2}:\d{2}:\d{2})?(?P<fraction>\.\d+)?"
    r"(?P<offset>[+-]\d{2}:?\d{2}|Z)?"
)


def _offset_text(offset: dt.timedelta, colon: bool) -> str:
    sign = "-" if offset < dt.timedelta(0) else "+"
    hours, minutes = divmod(abs(offset).seconds // 60, 60)
    return f"{sign}{hours:02d}{':' if colon else ''}{minutes:02d}"


@st.composite
def like_date(draw: st.DrawFn, example: str) -> str:
    """A date-time written the way `example` is (separator, fraction, offset or none); a day
    at midnight (a birthday) stays a day at midnight."""
    shape = _DATE_SHAPE.fullmatch(example)
    assert shape is not None
    moment = draw(MOMENTS)
    if shape["time"] == "00:00:00" and not shape["fraction"]:
        moment = dt.datetime.combine(moment.date(), dt.time())
    if shape["time"] is None:
        return moment.date().isoformat()
    text = moment.isoformat(sep=shape["sep"], timespec="seconds")
    if shape["fraction"]:
        text += f".{moment.microsecond:06d}"
    if shape["offset"]:
        text += _offset_text(draw(OFFSETS), ":" in shape["offset"])
    return text


def php_datetimes() -> st.SearchStrategy[Any]:
    """PHP's DateTime objects, as the API sends `schedule_till`."""
    return st.none() | st.fixed_dictionaries(
        {
            "date": MOMENTS.map(lambda moment: moment.strftime("%Y-%m-%d %H:%M:%S.%f")),
            "timezone_type": st.sampled_from([1, 2, 3]),
            "timezone": ZONES,
        }
    )


def _like(example: Any) -> st.SearchStrategy[Any]:
    """Another value of the same kind as `example` (so that the model still reads it)."""
    if isinstance(example, bool):
        return st.booleans()
    if isinstance(example, int):
        return st.integers(min_value=-(2**40), max_value=2**40)
    if isinstance(example, float):
        return st.floats(allow_nan=False, allow_infinity=False)
    if isinstance(example, str) and _DATE_SHAPE.fullmatch(example):
        return like_date(example)
    if isinstance(example, str) and example.isdigit():
        return st.integers(min_value=0, max_value=10**9).map(str)
    if isinstance(example, str):
        return st.text(max_size=12)
    return st.just(example)


@st.composite
def varied(draw: st.DrawFn, resource: dict[str, Any]) -> dict[str, Any]:
    """`resource` with its dates redrawn and some attributes changed, or (where the spec
    allows) nulled or dropped."""
    resource = copy.deepcopy(resource)
    attributes = resource["attributes"]
    required, nullable = spec_attributes().get(resource["type"], (frozenset(attributes), frozenset()))
    for key in sorted(attributes):
        value = attributes[key]
        changes = [
            "keep",
            "keep",
            "like",
            *(["null"] if key in nullable else []),
            *([] if key in required else ["drop"]),
        ]
        if key == "schedule_till":
            attributes[key] = draw(php_datetimes())
        elif isinstance(value, str) and _DATE_SHAPE.fullmatch(value):
            empty = [None, "0000-00-00 00:00:00"] if key in nullable else []
            kind = draw(st.sampled_from(["date", "date", *empty]))
            attributes[key] = draw(like_date(value)) if kind == "date" else kind
        else:
            change = draw(st.sampled_from(changes))
            if change == "like":
                attributes[key] = draw(_like(value))
            elif change == "null":
                attributes[key] = None
            elif change == "drop":
                del attributes[key]
    return resource


@st.composite
def wire_bodies(draw: st.DrawFn) -> dict[str, Any]:
    """A body of one or a few varied resources of a model type, with random relationships to
    varied included resources of any type."""
    examples = example_resources()
    types = sorted(wire_type for wire_type in examples if wire_type in WIRE_MODELS)
    wire_type = draw(st.sampled_from(types))
    data = [draw(varied(draw(st.sampled_from(examples[wire_type])))) for _ in range(draw(st.integers(1, 3)))]
    pool = [
        dict(draw(varied(draw(st.sampled_from(examples[name])))), id=str(index))
        for index, name in enumerate(draw(st.lists(st.sampled_from(sorted(examples)), max_size=4)))
    ]
    names = spec_relationships().get(wire_type, ())
    for resource in data:
        if names and pool and draw(st.booleans()):
            chosen = draw(st.lists(st.sampled_from(names), min_size=1, max_size=3, unique=True))
            resource["relationships"] = {
                name: {"data": [{"type": item["type"], "id": item["id"]} for item in pool]} for name in chosen
            }
    return {"data": data if len(data) > 1 or draw(st.booleans()) else data[0], "included": pool, "meta": []}


@st.composite
def wire_models(draw: st.DrawFn) -> list[Any]:
    """The models parsed from a varied body; a body a model cannot read is drawn again."""
    body = draw(wire_bodies())
    try:
        return parse(body)
    except (KeyError, IndexError, TypeError, ValueError):
        assume(False)
        raise AssertionError("unreachable") from None
