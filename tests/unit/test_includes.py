"""`include=`: the README's table (per method, which include fills which attribute) is true.

- the table lists every method that takes `include` (found on the clients, not by hand), and
  exactly the names each one takes;
- each name goes on the wire as its wire name: an attribute's name (`products`) as the wire
  name it stands for (`goods`), on both clients;
- against the local mock, each include the table ties to an attribute fills it, asked for by
  either name, and the attribute is empty without it.
"""

from __future__ import annotations

import datetime as dt
import inspect
import pathlib
import re
import typing
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import parse_qsl

import pytest
from mock_server import MOCK_LOCATION_ID, MOCK_STAFF_ID, MockServer

import altegio
from altegio import InvalidArgumentError

from .test_dates import ARGUMENTS, Clients, _resources

ROOT = pathlib.Path(__file__).resolve().parents[2]

# Values for the other required arguments of the methods with `include` (the spec's answers
# come back for any of them: see test_dates.Capture).
REQUIRED: dict[str, Any] = {
    **ARGUMENTS,
    "item_id": 3001,
    "product_id": 100,
    "category_id": 6,
    "booking_user_id": 500,
    "appointment_id": 7,
    "attendance_id": "record_1",
    "term": "shampoo",
    "to_event_id": 8,
    "client": altegio.EventClient("Ann", phone="10000000001"),
    "cost_per_unit": 10,
    "discount_percent": 0,
    "manual_cost": 10,
    "start": dt.datetime(2030, 1, 1),
    "end": dt.datetime(2030, 1, 2),
    "date": dt.datetime(2030, 1, 1, 10),
}


# -- the README's table ---------------------------------------------------------------------------


class Row(typing.NamedTuple):
    fills: dict[str, str]  # wire name -> attribute it fills
    aliases: dict[str, str]  # attribute's name -> wire name, where they differ
    others: list[str]  # wire names whose resources are only in `.included`


def readme_table() -> dict[str, Row]:
    """{method path: its row} from the table of the README's "Includes" paragraph."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("**Includes.**", 1)[1].split("\n\n", 2)[1]
    lines = [line for line in section.splitlines() if line.startswith("| `")]
    assert lines, "no table after **Includes.**"
    table = {}
    for line in lines:
        methods, typed, others = (cell.strip() for cell in line.strip("|").split("|"))
        fills, aliases = {}, {}
        for entry in filter(None, (entry.strip() for entry in typed.split(", `"))):
            match = re.fullmatch(r"`?(\w+)`(?: or `(\w+)`)? -> `\.(\w+)`", entry)
            assert match, f"cannot read {entry!r} in {line}"
            wire, alias, attribute = match.groups()
            fills[wire] = attribute
            if alias:
                assert alias == attribute, f"{alias!r} should be the name of the attribute it fills ({attribute!r})"
                aliases[alias] = wire
        row = Row(fills, aliases, re.findall(r"`([\w.]+)`", others))
        for method in re.findall(r"`([\w.]+)`", methods):
            assert method not in table, f"{method} is in two rows"
            table[method] = row
    return table


TABLE = readme_table()


# -- the methods ----------------------------------------------------------------------------------


def include_methods(client: Any) -> dict[str, Callable[..., Any]]:
    """{dotted method: bound method} for every public resource method with an `include` parameter."""
    found = {}
    for path, resource in _resources(client):
        for name, method in inspect.getmembers(resource, inspect.ismethod):
            if not name.startswith("_") and "include" in inspect.signature(method).parameters:
                found[f"{path}.{name}"] = method
    return found


def accepted_names(method: Callable[..., Any]) -> set[str]:
    """The names the `include` annotation (`Sequence[Literal[...]] | None`) takes."""
    hint = typing.get_type_hints(method)["include"]
    (sequence,) = (arg for arg in typing.get_args(hint) if arg is not type(None))
    (literal,) = typing.get_args(sequence)
    assert typing.get_origin(literal) is typing.Literal, hint
    return set(typing.get_args(literal))


@pytest.fixture(scope="module")
def clients() -> Iterator[Clients]:
    made = Clients()
    yield made
    made.close()


def test_the_table_lists_every_method_with_include(clients: Clients) -> None:
    assert set(TABLE) == set(include_methods(clients.sync)) == set(include_methods(clients.async_))


def test_the_table_names_what_each_method_takes(clients: Clients) -> None:
    for client in (clients.sync, clients.async_):
        for path, method in include_methods(client).items():
            row = TABLE[path]
            listed = [*row.fills, *row.aliases, *row.others]
            assert len(listed) == len(set(listed)), f"{path}: a name listed twice"
            assert accepted_names(method) == set(listed), path


def _sent_includes(clients: Clients, method: Callable[..., Any], include: list[str]) -> list[str]:
    arguments = {"include": include}
    for name, parameter in inspect.signature(method).parameters.items():
        if parameter.default is inspect.Parameter.empty:
            arguments[name] = REQUIRED[name]
    before = len(clients.capture.requests)
    clients.call(method, arguments)
    (request, *_) = clients.capture.requests[before:]
    return [value for key, value in parse_qsl(request.url.query.decode()) if key.startswith("include")]


def test_every_name_goes_on_the_wire_as_its_wire_name(clients: Clients) -> None:
    for client in (clients.sync, clients.async_):
        for path, method in include_methods(client).items():
            row = TABLE[path]
            for name in accepted_names(method):
                wire = row.aliases.get(name, name)
                assert _sent_includes(clients, method, [name]) == [wire], (path, name)
            for alias, wire in row.aliases.items():  # both names of one include: sent once
                assert _sent_includes(clients, method, [alias, wire]) == [wire], (path, alias)


def test_an_unknown_name_is_refused_with_the_choices(clients: Clients) -> None:
    method = include_methods(clients.sync)["products.categories.list"]
    with pytest.raises(InvalidArgumentError, match=r"choose from child_categories, goods \(or products\)$"):
        method(MOCK_LOCATION_ID, include=["product"])


# -- against the mock: the attributes are filled ---------------------------------------------------

L = MOCK_LOCATION_ID
# How to call each method whose includes fill attributes, so that the mock has something to fill.
MOCK_CALLS: dict[str, Callable[[altegio.Altegio, list[str] | None], Any]] = {
    "team_members.list": lambda client, include: client.team_members.list(L, include=include),
    "products.list": lambda client, include: client.products.list(L, include=include),
    "products.get": lambda client, include: client.products.get(L, 100, include=include),
    "products.categories.list": lambda client, include: client.products.categories.list(L, include=include),
    "products.categories.get": lambda client, include: client.products.categories.get(L, 5, include=include),
    "appointments.product_items.get": lambda client, include: client.appointments.product_items.get(
        L, 3001, include=include
    ),
    "attendance_services.suggestions": lambda client, include: client.attendance_services.suggestions(
        L, MOCK_STAFF_ID, client_id=500, include=include
    ),
    "custom_fields.list": lambda client, include: client.custom_fields.list(L, include=include),
}


def _results(value: Any) -> list[Any]:
    return value.to_list() if isinstance(value, altegio.SyncPager) else [value]


def _filled(results: list[Any], attribute: str) -> bool:
    return any(getattr(result, attribute) not in (None, (), []) for result in results)


def test_every_method_with_typed_includes_has_a_mock_call() -> None:
    assert set(MOCK_CALLS) == {path for path, row in TABLE.items() if row.fills}


@pytest.fixture(scope="module")
def mock() -> Iterator[MockServer]:
    """A mock of its own, whose Team Member's Position exists (the spec's examples disagree:
    the member's `position_id` is 5, the one Position's id 42), so that `position` has one to fill."""
    with MockServer() as server:
        for member in server.app.team_members.values():
            server.app.positions.setdefault(member["position_id"], dict(next(iter(server.app.positions.values()))))
        yield server


@pytest.mark.block_network(allowed_hosts=[r"127\.0\.0\.1"])
@pytest.mark.parametrize("path", sorted(MOCK_CALLS))
def test_each_include_fills_its_attribute_against_the_mock(mock: MockServer, path: str) -> None:
    row, call = TABLE[path], MOCK_CALLS[path]
    names = dict(row.aliases) | {wire: wire for wire in row.fills}
    with altegio.Altegio("p", "u", base_url=mock.url, rate_limit=None) as client:
        for attribute in row.fills.values():
            assert not _filled(_results(call(client, None)), attribute), f"{path}: .{attribute} set without include"
        for name, wire in names.items():
            results = _results(call(client, [name]))
            attribute = row.fills[wire]
            assert _filled(results, attribute), f"{path}(include=[{name!r}]) left .{attribute} empty"
