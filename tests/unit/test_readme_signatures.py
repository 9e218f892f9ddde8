"""The README's table of operations shows each method's real signature, and its rule about
arguments holds for every method.

In the table's last column every required parameter is shown, in order; those after `*` are
keyword-only (and only those); `...` stands for the optional parameters left out, and is there
exactly when some are.
"""

from __future__ import annotations

import inspect
import pathlib
import re
from collections.abc import Callable, Iterator
from typing import Any

import pytest

import altegio

from .test_dates import _resources

ROOT = pathlib.Path(__file__).resolve().parents[2]


def table_calls() -> dict[str, list[str]]:
    """{"events.appointments.update": ["location_id", ..., "*", "cost_per_unit", ...]} from the table."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    calls = {}
    for line in readme.splitlines():
        match = re.search(r"\| `client\.([\w.]+)\(([^)]*)\)` \|$", line)
        if match:
            calls[match.group(1)] = [word.strip() for word in match.group(2).split(",") if word.strip()]
    return calls


@pytest.fixture(scope="module")
def client() -> Iterator[altegio.Altegio]:
    with altegio.Altegio("p", "u", base_url="http://altegio.test/api/v2") as made:
        yield made


def public_methods(client: Any) -> dict[str, Callable[..., Any]]:
    return {
        f"{path}.{name}": method
        for path, resource in _resources(client)
        for name, method in inspect.getmembers(resource, inspect.ismethod)
        if not name.startswith("_")
    }


def problems(shown: list[str], method: Callable[..., Any]) -> list[str]:
    """How the table's call `shown` misstates `method`'s signature (empty when it is true)."""
    parameters = inspect.signature(method).parameters
    found: list[str] = []
    names = [word for word in shown if word not in ("*", "...")]
    if unknown := [name for name in names if name not in parameters]:
        found.append(f"no parameter {', '.join(unknown)}")
        return found
    if names != sorted(names, key=list(parameters).index):
        found.append("not in the method's order")
    keyword_only = {name for name, p in parameters.items() if p.kind is inspect.Parameter.KEYWORD_ONLY}
    star = shown.index("*") if "*" in shown else len(shown)
    if wrong := [name for name in names if (name in keyword_only) != (shown.index(name) > star)]:
        found.append(f"{', '.join(wrong)} on the wrong side of `*`")
    if bool(keyword_only) != ("*" in shown):
        found.append("`*` where there is no keyword-only parameter" if "*" in shown else "`*` missing")
    required = [name for name, p in parameters.items() if p.default is inspect.Parameter.empty]
    if missing := [name for name in required if name not in names]:
        found.append(f"required {', '.join(missing)} not shown")
    if (len(names) < len(parameters)) != ("..." in shown):
        found.append("`...` should stand for the parameters left out" if "..." in shown else "`...` missing")
    return found


def test_the_table_shows_every_method_of_the_operations() -> None:
    assert len(table_calls()) == 42


def test_the_table_shows_the_real_signatures(client: altegio.Altegio) -> None:
    methods = public_methods(client)
    wrong = {path: problems(shown, methods[path]) for path, shown in table_calls().items()}
    assert not {path: found for path, found in wrong.items() if found}


def test_optional_arguments_are_keyword_only(client: altegio.Altegio) -> None:
    """What the README says under the table, for every public resource method."""
    for path, method in public_methods(client).items():
        for parameter in inspect.signature(method).parameters.values():
            if parameter.default is not inspect.Parameter.empty:
                assert parameter.kind is inspect.Parameter.KEYWORD_ONLY, f"{path}: {parameter.name}"


def test_the_required_keyword_only_arguments_are_the_ones_the_readme_names(client: altegio.Altegio) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    rule = readme.split("Optional inputs are keyword-only", 1)[1].split("\n\n", 1)[0]
    for path, method in public_methods(client).items():
        for name, parameter in inspect.signature(method).parameters.items():
            if parameter.kind is inspect.Parameter.KEYWORD_ONLY and parameter.default is inspect.Parameter.empty:
                assert f"`{path}`" in rule and f"`{name}`" in rule, f"{path}: {name}"


def test_a_misstated_signature_is_caught(client: altegio.Altegio) -> None:
    """Not vacuous: the table's old row for events.appointments.update hid two required arguments."""
    update = public_methods(client)["events.appointments.update"]
    old = ["location_id", "event_id", "appointment_id", "*", "cost_per_unit", "..."]
    assert problems(old, update) == ["required discount_percent, manual_cost not shown"]
    assert problems(["location_id", "event_id", "appointment_id", "cost_per_unit", "..."], update)
    tags_get = public_methods(client)["tags.get"]
    assert problems(["location_id", "tag_id", "..."], tags_get) == ["`...` should stand for the parameters left out"]
    assert problems(["tag_id", "location_id"], tags_get) == ["not in the method's order"]
