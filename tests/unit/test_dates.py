"""The dates law: every datetime the client returns is naive (the Location's local time), any
two of them compare, and any one goes back, unchanged, into every method that takes a datetime.

Models come from the spec's examples and from hypothesis-varied wire data (wire_examples);
the methods are found on both clients by their annotations, not listed by hand.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import inspect
import itertools
import json
import re
import typing
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import parse_qsl

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import altegio
from altegio.models import _wire as w
from altegio.resources._shared import AsyncAPIResource, SyncAPIResource

from ..resilience.support import EVENT_RESOURCE, spec, success
from .wire_examples import (
    MOMENTS,
    OFFSETS,
    datetime_fields,
    datetimes_in,
    example_models,
    model_classes,
    wire_models,
)

BASE_URL = "http://altegio.test/api/v2"
FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Values for the arguments, other than the datetimes, that the date-taking methods require.
ARGUMENTS: dict[str, Any] = {
    "location_id": 1,
    "event_id": 2,
    "staff_id": 3,
    "service_id": 4,
    "length": 3600,
    "capacity": 5,
}


# -- the methods ---------------------------------------------------------------------------------


def _resources(target: Any, prefix: str = "") -> Iterator[tuple[str, Any]]:
    for name in dir(target):
        if name.startswith("_"):
            continue
        value = getattr(target, name)
        if isinstance(value, SyncAPIResource | AsyncAPIResource):
            yield prefix + name, value
            yield from _resources(value, f"{prefix}{name}.")


def _takes_datetime(hint: Any) -> bool:
    return hint is dt.datetime or any(_takes_datetime(argument) for argument in typing.get_args(hint))


def datetime_parameters(client: Any) -> dict[tuple[str, str], Callable[..., Any]]:
    """{(dotted method, parameter): bound method} for every parameter that takes a datetime."""
    found = {}
    for path, resource in _resources(client):
        for name, method in inspect.getmembers(resource, inspect.ismethod):
            if name.startswith("_"):
                continue
            hints = typing.get_type_hints(method)
            for parameter in inspect.signature(method).parameters:
                if _takes_datetime(hints.get(parameter)):
                    found[(f"{path}.{name}", parameter)] = method
    return found


def _arguments(method: Callable[..., Any], parameter: str, moment: dt.datetime) -> dict[str, Any]:
    """The arguments of a call that gives `moment` to `parameter`; another datetime parameter
    (the other end of a period) gets a day before or after, as its place requires."""
    hints = typing.get_type_hints(method)
    names = list(inspect.signature(method).parameters)
    arguments = {}
    for name, spec_parameter in inspect.signature(method).parameters.items():
        if name == parameter:
            arguments[name] = moment
        elif _takes_datetime(hints.get(name)) and spec_parameter.default is inspect.Parameter.empty:
            before = names.index(name) < names.index(parameter)
            arguments[name] = moment + dt.timedelta(days=-1 if before else 1)
        elif spec_parameter.default is inspect.Parameter.empty:
            assert name in ARGUMENTS, f"give test_dates.ARGUMENTS a value for {name!r}"
            arguments[name] = ARGUMENTS[name]
    if parameter in ("start", "end") and {"start", "end"} <= set(names):  # optional periods
        other = "end" if parameter == "start" else "start"
        arguments[other] = moment + dt.timedelta(days=1 if other == "end" else -1)
    return arguments


# -- a client that answers every operation with its spec example and keeps the requests ----------


def _answers() -> list[tuple[str, re.Pattern[str], int, Any]]:
    from specio import operations

    found = []
    for operation, (method, path, _) in operations(spec()).items():
        status, body = success(operation)
        found.append((method, re.compile(re.sub(r"\{[^}]+\}", "[^/]+", path) + "$"), status, body))
    return found


class Capture:
    """A MockTransport handler: the spec's success answer for the request's operation."""

    def __init__(self) -> None:
        self.answers = _answers()
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        path = request.url.path.removeprefix("/api/v2")
        for method, pattern, status, body in self.answers:
            if method == request.method and pattern.match(path):
                if body is None:
                    return httpx.Response(status)
                return httpx.Response(status, json=body)
        return httpx.Response(404, json={"success": False, "message": "no such operation in the spec"})


def sent_values(request: httpx.Request) -> list[Any]:
    """Every query value and every leaf of the JSON body of a request."""
    values: list[Any] = [value for _, value in parse_qsl(request.url.query.decode())]

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            for item in node.values():
                walk(item)
        elif isinstance(node, list):
            for item in node:
                walk(item)
        else:
            values.append(node)

    if request.content:
        walk(json.loads(request.content))
    return values


class Clients:
    def __init__(self) -> None:
        self.capture = Capture()
        self.loop = asyncio.new_event_loop()
        options: dict[str, Any] = {"base_url": BASE_URL, "rate_limit": None, "max_retries": 0}
        self.sync = altegio.Altegio(
            "p", "u", http_client=httpx.Client(transport=httpx.MockTransport(self.capture)), **options
        )
        self.async_ = altegio.AsyncAltegio(
            "p", "u", http_client=httpx.AsyncClient(transport=httpx.MockTransport(self.capture)), **options
        )
        self.parameters = {**datetime_parameters(self.sync), **_prefixed(datetime_parameters(self.async_))}

    def call(self, method: Callable[..., Any], arguments: dict[str, Any]) -> None:
        result = method(**arguments)
        if inspect.isawaitable(result) or isinstance(result, altegio.AsyncPager):
            self.loop.run_until_complete(_drain(result))
        elif isinstance(result, altegio.SyncPager):
            result.to_list()

    def close(self) -> None:
        self.sync.close()
        self.loop.run_until_complete(self.async_.close())
        self.loop.close()


def _prefixed(found: dict[tuple[str, str], Callable[..., Any]]) -> dict[tuple[str, str], Callable[..., Any]]:
    return {(f"async:{path}", parameter): method for (path, parameter), method in found.items()}


async def _drain(result: Any) -> None:
    if isinstance(result, altegio.AsyncPager):
        await result.to_list()
    else:
        await result


@pytest.fixture(scope="module")
def clients() -> Iterator[Clients]:
    made = Clients()
    yield made
    made.close()


def assert_goes_back(clients: Clients, moment: dt.datetime, where: str) -> None:
    """`moment` is accepted by every datetime parameter, and sent as its own wall time."""
    wire = {moment.isoformat(sep=separator, timespec="seconds") for separator in " T"}
    for (path, parameter), method in clients.parameters.items():
        before = len(clients.capture.requests)
        try:
            clients.call(method, _arguments(method, parameter, moment))
        except altegio.AltegioError as exc:
            raise AssertionError(f"{where} = {moment!r} refused by {path}({parameter}=...): {exc}") from exc
        sent = [value for request in clients.capture.requests[before:] for value in sent_values(request)]
        assert wire & set(sent), f"{path}({parameter}={moment!r}) sent {sent}, not the time as given"


# -- the law -------------------------------------------------------------------------------------


def test_the_methods_that_take_datetimes_are_found(clients: Clients) -> None:
    found = {(path, parameter) for path, parameter in clients.parameters}
    expected = {
        ("events.list", "start"),
        ("events.list", "end"),
        ("events.create", "date"),
        ("events.update", "date"),
        ("appointments.list", "start"),
        ("appointments.list", "end"),
        ("resource_occupations.list", "start"),
        ("resource_occupations.list", "end"),
    }
    assert expected <= found
    assert {(f"async:{path}", parameter) for path, parameter in expected} <= found


def test_every_datetime_field_of_every_model_is_in_the_examples() -> None:
    """So that the law below is checked on each of them (a new date field needs an example)."""
    filled = {(type(model), path) for model in example_models() for path, _ in datetimes_in(model)}
    for cls in model_classes():
        for name in datetime_fields(cls):
            assert (cls, f".{name}") in filled, f"no example fills {cls.__name__}.{name}"


def test_the_examples_keep_the_law(clients: Clients) -> None:
    moments = [
        (f"{type(model).__name__}{path}", moment) for model in example_models() for path, moment in datetimes_in(model)
    ]
    assert moments
    for where, moment in moments:
        assert moment.tzinfo is None, f"{where} is aware: {moment!r}"
    for (_, a), (_, b) in itertools.combinations(moments, 2):
        assert (a < b) + (a == b) + (a > b) == 1
    for moment, where in {moment: where for where, moment in moments}.items():
        assert_goes_back(clients, moment, where)


@FAST
@given(models=wire_models(), others=wire_models())
def test_any_returned_datetimes_are_naive_and_compare(models: list[Any], others: list[Any]) -> None:
    moments = [moment for model in [*models, *others] for _, moment in datetimes_in(model)]
    for moment in moments:
        assert moment.tzinfo is None
    for a, b in itertools.combinations(moments, 2):
        assert (a < b) + (a == b) + (a > b) == 1
    assert sorted(moments) == sorted(moments, key=lambda moment: moment.isoformat())


@FAST
@given(models=wire_models())
def test_any_returned_datetime_goes_back_into_every_method(clients: Clients, models: list[Any]) -> None:
    for model in models:
        for path, moment in datetimes_in(model):
            assert_goes_back(clients, moment, f"{type(model).__name__}{path}")


@FAST
@given(models=wire_models())
def test_a_returned_birthday_goes_back_into_an_event_client(models: list[Any]) -> None:
    """The one date input: EventClient(birthday=...) takes a BookingUser's birthday as it is."""
    for model in models:
        for path, moment in datetimes_in(model):
            if path.endswith(".birthday"):
                client = altegio.EventClient("Ann", birthday=moment)
                assert client.to_wire()["birthday"] == moment.date().isoformat()


# -- Event: the wall time, the offset beside it ----------------------------------------------------


def _event(**attributes: Any) -> altegio.Event:
    resource = json.loads(json.dumps(EVENT_RESOURCE))
    resource["attributes"].update(attributes)
    return altegio.Event.from_wire(resource)


@FAST
@given(moment=MOMENTS, offset=OFFSETS, colon=st.booleans())
def test_an_event_date_is_its_wall_time_and_its_offset_is_kept(
    moment: dt.datetime, offset: dt.timedelta, colon: bool
) -> None:
    sign = "-" if offset < dt.timedelta(0) else "+"
    hours, minutes = divmod(abs(offset).seconds // 60, 60)
    wire = moment.replace(microsecond=0).isoformat() + f"{sign}{hours:02d}{':' if colon else ''}{minutes:02d}"
    event = _event(date=wire)
    assert event.date == moment.replace(microsecond=0) and event.date.tzinfo is None  # never shifted
    assert event.utc_offset == offset
    aware = dt.datetime.fromisoformat(wire)
    assert event.date - event.utc_offset == aware.astimezone(dt.UTC).replace(tzinfo=None)


def test_the_spec_event_timestamp_is_its_date_less_its_offset() -> None:
    event = _event()
    assert (event.date, event.utc_offset) == (dt.datetime(2026, 8, 1, 14), dt.timedelta(hours=3))
    assert event.timestamp == int((event.date - event.utc_offset).replace(tzinfo=dt.UTC).timestamp())


def test_an_event_date_without_an_offset_has_none() -> None:
    event = _event(date="2026-08-01 14:00:00")
    assert (event.date, event.utc_offset) == (dt.datetime(2026, 8, 1, 14), None)


@pytest.mark.parametrize("zone", ["Europe/Berlin", "+03:00", "Mars/Olympus_Mons"])
def test_schedule_till_is_the_wall_time_as_sent_with_its_zone(zone: str) -> None:
    event = _event(schedule_till={"date": "2026-12-31 23:59:00.000000", "timezone_type": 3, "timezone": zone})
    assert event.schedule_till == dt.datetime(2026, 12, 31, 23, 59)
    assert event.schedule_till_timezone == zone


def test_no_schedule_till_has_no_zone() -> None:
    event = _event(schedule_till=None)
    assert (event.schedule_till, event.schedule_till_timezone) == (None, None)


def test_an_offset_where_none_is_documented_is_an_error_not_a_shift() -> None:
    with pytest.raises(ValueError, match="UTC offset"):
        w.opt_datetime({"date": "2026-08-01T14:00:00+0300"}, "date", "%Y-%m-%dT%H:%M:%S%z")
