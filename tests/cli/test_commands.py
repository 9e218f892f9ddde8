"""All 42 operations, as commands: the README's table, the CLI's tree and a run of each one."""

from __future__ import annotations

import datetime as dt
import json
import pathlib
import re
import subprocess
import sys
from collections.abc import Callable

import pytest

from altegio import Altegio, TagEntity
from altegio.cli._tree import Result, build_tree

from .conftest import LOCATION, SCRIPT, Run

ROOT = pathlib.Path(__file__).resolve().parents[2]
_TOMORROW = dt.datetime.now(dt.UTC).date() + dt.timedelta(days=1)  # the mock's clock is UTC
_SEEDED_EVENT, _OTHER_EVENT = "12345", "12346"  # the mock's two Events (and 12345 its appointment)


def readme_calls() -> list[tuple[str, ...]]:
    """`client.events.appointments.create(...)` in the README's table -> ("events", "appointments", "create")."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    calls = [re.search(r"`client\.([\w.]+)\(", line) for line in readme.splitlines() if line.startswith("| ")]
    return [tuple(call.group(1).split(".")) for call in calls if call]


# One run of every operation against the mock's seeds: the words after `altegio`.
ARGUMENTS: dict[tuple[str, ...], list[str]] = {
    ("services", "list"): [LOCATION, "--page-size", "2"],
    ("services", "get"): [LOCATION, "100", "--include", "resources"],
    ("services", "categories", "list"): [LOCATION, "--staff-id", "42"],
    ("attendance_services", "list"): [LOCATION, "--staff-id", "42"],
    ("attendance_services", "list_composite"): [LOCATION, "700"],
    ("attendance_services", "suggestions"): [LOCATION, "42", "--include", "attendance_service"],
    ("products", "units", "list"): [LOCATION],
    ("products", "list"): [LOCATION, "--page-size", "2"],
    ("products", "autocomplete"): [LOCATION, "--term", "Shampoo"],
    ("products", "get"): [LOCATION, "100", "--include", "storage_amounts"],
    ("products", "storage_amounts"): [LOCATION, "100", "--include-storage"],
    ("products", "categories", "list"): [LOCATION, "--include", "child_categories"],
    ("products", "categories", "get"): [LOCATION, "5"],
    ("appointments", "product_items", "get"): [LOCATION, "3001", "--include", "good"],
    ("team_members", "list"): [LOCATION, "--include", "position,employee"],
    ("positions", "list"): [LOCATION],
    ("positions", "create"): [LOCATION, "--title", "Junior Stylist"],
    ("positions", "get"): [LOCATION, "42"],
    ("positions", "update"): [LOCATION, "42", "--title", "Lead Stylist"],
    ("positions", "delete"): [LOCATION, "42"],
    ("appointments", "list_for_attendance"): [LOCATION, "record_20001"],
    ("appointments", "list"): [LOCATION, "--start", "2030-01-15", "--end", "2030-01-16", "--page-size", "2"],
    ("appointments", "delete"): [LOCATION, "20003"],
    ("appointments", "delete_from_timetable"): [LOCATION, "20001", "--include", "staff"],
    ("resource_occupations", "list"): [LOCATION, "--start", "2030-01-15", "--end", "2030-01-16"],
    ("events", "list"): [LOCATION, "--start", str(_TOMORROW), "--end", str(_TOMORROW + dt.timedelta(days=3))],
    ("events", "create"): [
        LOCATION,
        "42",
        "500",
        "--date",
        f"{_TOMORROW + dt.timedelta(days=5)}T10:00",
        "--length",
        "1:30",
        "--capacity",
        "5",
        "--comment",
        "Yoga",
    ],
    ("events", "get"): [LOCATION, _SEEDED_EVENT, "--include", "staff"],
    ("events", "update"): [
        LOCATION,
        _SEEDED_EVENT,
        "42",
        "500",
        "--date",
        f"{_TOMORROW}T15:00",
        "--length",
        "3600",
        "--capacity",
        "8",
    ],
    ("events", "delete"): [LOCATION, _OTHER_EVENT],
    ("events", "appointments", "create"): [
        LOCATION,
        _SEEDED_EVENT,
        "--client",
        '{"name": "Anna", "phone": "10000000001", "gender": "female"}',
    ],
    ("events", "appointments", "update"): [
        LOCATION,
        _SEEDED_EVENT,
        _SEEDED_EVENT,
        "--cost-per-unit",
        "100",
        "--discount-percent",
        "10",
        "--manual-cost",
        "90",
        "--comment",
        "paid",
    ],
    ("events", "appointments", "reschedule"): [LOCATION, _SEEDED_EVENT, _SEEDED_EVENT, _OTHER_EVENT],
    ("booking_users", "get"): [LOCATION, "500", "--include", "labels"],
    ("booking_users", "location_statistics"): [LOCATION, "500"],
    ("booking_users", "chain_statistics"): [LOCATION, "500", "1"],
    ("custom_fields", "list"): [LOCATION, "--entity", "client"],
    ("tags", "list"): [LOCATION, "--entity", "client"],
    ("tags", "create"): [LOCATION, "--title", "Newcomer", "--color", "#00ff00", "--entity", "record"],
    ("tags", "get"): [LOCATION, "241625"],
    ("tags", "update"): [LOCATION, "241625", "--title", "Gold"],
    ("tags", "delete"): [LOCATION, "241625"],
}
COMMANDS = {command.path: command for command in build_tree().walk()}


def words(path: tuple[str, ...]) -> list[str]:
    return [part.replace("_", "-") for part in path]


def test_the_readme_the_tree_and_this_test_name_the_same_42_operations() -> None:
    assert len(readme_calls()) == 42
    assert set(readme_calls()) == set(COMMANDS) == set(ARGUMENTS)


def test_the_installed_help_lists_every_command() -> None:
    """`--help` of the installed script, group by group, names every command of the tree (the
    runs below show each one works)."""
    listed: set[tuple[str, ...]] = set()
    groups = {command.path[:depth] for command in COMMANDS.values() for depth in range(len(command.path))}
    for group in sorted(groups):
        done = subprocess.run(  # noqa: S603
            [str(SCRIPT), *words(group), "--help"], capture_output=True, text=True, check=True
        )
        names = re.findall(r"^    ([a-z][a-z-]*)", done.stdout.split("commands:", 1)[1], flags=re.MULTILINE)
        listed |= {(*group, name.replace("-", "_")) for name in names}
    assert set(COMMANDS) <= listed and listed - set(COMMANDS) <= groups


@pytest.mark.parametrize("path", list(ARGUMENTS), ids=lambda path: "-".join(path))
def test_every_operation_runs_against_the_mock(path: tuple[str, ...], altegio: Callable[..., Run]) -> None:
    result = altegio(*words(path), *ARGUMENTS[path], "--format", "json")
    assert (result.code, result.stderr) == (0, "")
    kind = COMMANDS[path].result
    if kind is Result.NONE:
        assert result.stdout == ""
        return
    output = result.json()
    if kind is Result.ITEM:
        assert isinstance(output, dict) and output["id"]
    else:
        assert isinstance(output, list) and all(isinstance(item, dict) for item in output)
        if path != ("appointments", "delete_from_timetable"):  # a lone appointment leaves nothing
            assert output


def test_output_is_what_the_python_method_returns(altegio: Callable[..., Run], client: Altegio) -> None:
    result = altegio("booking-users", "get", LOCATION, "500", "--include", "labels")
    assert result.json() == client.booking_users.get(int(LOCATION), 500, include=["labels"]).to_dict()
    result = altegio("products", "list", LOCATION, "--page-size", "3")
    assert result.json() == [product.to_dict() for product in client.products.list(int(LOCATION))]


def test_writes_reach_the_server(altegio: Callable[..., Run], client: Altegio) -> None:
    created = altegio("tags", "create", LOCATION, "--title", "Night owl", "--color", "#112233", "--entity", "client")
    tag_id = created.json()["id"]
    tag = client.tags.get(int(LOCATION), tag_id)
    assert (tag.title, tag.color, tag.entity) == ("Night owl", "#112233", TagEntity.CLIENT)
    assert altegio("tags", "update", LOCATION, str(tag_id), "--color", "#AABBCC").code == 0
    assert client.tags.get(int(LOCATION), tag_id).color == "#aabbcc"
    assert altegio("tags", "delete", LOCATION, str(tag_id)).code == 0
    assert client.tags.get(int(LOCATION), tag_id).is_deleted


def test_typed_inputs_come_as_json_and_reach_the_body(altegio: Callable[..., Run], client: Altegio) -> None:
    booked = altegio(
        "events",
        "appointments",
        "create",
        LOCATION,
        _SEEDED_EVENT,
        "--clients-count",
        "2",
        "--client",
        json.dumps({"name": "Ola", "phone": "10000000002", "birthday": "1990-05-17", "gender": 2}),
    )
    assert booked.code == 0, booked.stderr
    appointment = booked.json()
    assert (appointment["event_id"], appointment["clients_count"]) == (int(_SEEDED_EVENT), 2)
    listed = client.appointments.list(int(LOCATION), event_id=int(_SEEDED_EVENT)).to_list()
    assert appointment["id"] in [item.id for item in listed]


def test_python_names_and_dashes(altegio: Callable[..., Run]) -> None:
    """Commands are the attribute names with dashes; the underscore spelling is refused clearly."""
    assert altegio("team-members", "list", LOCATION).code == 0
    refused = altegio("team_members", "list", LOCATION)
    assert (
        refused.code == 2 and "invalid choice: 'team_members'" in refused.stderr and "'team-members'" in refused.stderr
    )


def test_python_m_altegio_is_the_same_program(mock: object) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "altegio", "tags", "--help"], capture_output=True, text=True, check=True
    )
    assert "usage: altegio tags" in done.stdout and "create" in done.stdout
