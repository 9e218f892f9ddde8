"""Properties (hypothesis) of the inputs: whatever goes in, it is refused before sending or valid on the wire.

Any arguments to every public method of every resource (tags, positions, team_members,
events, services, attendance_services, products, appointments, resource_occupations,
booking_users, custom_fields and their sub-resources) either raise InvalidArgumentError
before a request is made, or make requests that openapi.yaml accepts (checked with
scripts/wire_contract.py). Together the methods reach every operation of openapi.yaml. Text
arguments get non-ASCII and control characters, integers up to 5,000 digits.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import enum
import functools
import inspect
import itertools
import typing
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qsl

import httpx
import pytest
import wire_contract
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from altegio import (
    Altegio,
    AppointmentProduct,
    AsyncAltegio,
    AsyncPager,
    CustomFieldEntity,
    EventClient,
    Gender,
    InvalidArgumentError,
    SyncPager,
    TagEntity,
)
from altegio._operations import APICall
from altegio.resources._shared import AsyncAPIResource, SyncAPIResource

from ..unit.test_includes import TABLE
from .strategies import (
    BASE_URL,
    BODILESS_OPERATIONS,
    EXPECTED_OPERATIONS,
    HUGE_INTEGERS,
    NASTY_TEXT,
    PARSER_OPERATIONS,
    PARSERS,
    SPEC_OPERATIONS,
)
from .support import PARTNER_TOKEN, USER_TOKEN, success

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
IDS = st.integers(min_value=1, max_value=2**31) | st.just(2**63 - 1)  # the largest id there can be
MAYBE_IDS = IDS | st.integers(min_value=-2, max_value=0) | HUGE_INTEGERS
TEXT = (
    st.text(min_size=1, max_size=40)
    | st.text(min_size=240, max_size=520)
    | st.sampled_from(["", " ", "Ünïcødé ✂ 名前"])
    | NASTY_TEXT
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
    | NASTY_TEXT
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
    | NASTY_TEXT
)
HEX = st.sampled_from("0123456789abcdefABCDEF")
COLOR = st.tuples(st.sampled_from(["#", ""]), st.text(HEX, min_size=6, max_size=6)).map("".join)
ANYTHING = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-3, max_value=3)
    | st.integers()
    | HUGE_INTEGERS
    | st.floats()
    | st.text(max_size=10)
    | NASTY_TEXT
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
        "email": draw(st.none() | st.emails() | st.text(max_size=8) | NASTY_TEXT),
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
    """A MockTransport handler that keeps each request and answers a valid success body, or
    an empty list past page 1 (a pager refuses a page that repeats the one before)."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        operation, _, problems = wire_contract.load_contract().match(request.method, request.url.path)
        if operation is None:
            return httpx.Response(404, json={"success": False, "data": None, "meta": {"message": str(problems)}})
        status, body = success(operation.id)
        if request.url.params.get("page", "1") != "1":
            body = {"data": []}
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
        # The Literal also takes the names of the attributes some includes fill (README table).
        aliases = TABLE[name].aliases
        assert set(aliases.values()) <= set(enum_values), name
        assert sorted(set(literal_values(method, "include")) - set(aliases)) == sorted(enum_values), name


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
                ("filter[date_intersect_to]", "1000-01-01T23:59:59"),  # a date as the end: the whole day
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
        ("appointments.list", {"location_id": 1, "start": dt.datetime(2026, 8, 2), "end": dt.date(2026, 8, 1)}),
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
