"""Team Members and Positions through the public API, replayed from cassettes."""

from __future__ import annotations

from typing import Any

import pytest

from altegio import EmploymentProfile, Position, ServicesBinding, TeamMember

from .helpers import (
    INVALID_DATA,
    LOCATION_ERRORS,
    NOT_FOUND,
    UNKNOWN_ID,
    collect,
    expect_error,
    run,
)

pytestmark = pytest.mark.vcr

TITLE = "altegio-python test Position"


async def make_position(client: Any, location_id: int, title: str = TITLE) -> Position:
    return await run(client.positions.create(location_id, title))


async def test_list_team_members(client: Any, location_id: int) -> None:
    members = await collect(client.team_members.list(location_id, fired=False, include=["position", "employee"]))

    assert members
    for member in members:
        assert isinstance(member, TeamMember)
        assert isinstance(member.id, int)
        assert isinstance(member.name, str)  # scrubbed in cassettes: personal data
        assert member.raw["type"] == "staff"
        assert isinstance(member.employee, EmploymentProfile)
        assert member.employee.raw["type"] == "employee"


async def test_list_team_members_by_position(client: Any, location_id: int) -> None:
    position = await make_position(client, location_id)

    members = await collect(client.team_members.list(location_id, position_id=position.id))

    assert all(member.position_id == position.id for member in members)
    await run(client.positions.delete(location_id, position.id))


async def test_list_positions(client: Any, location_id: int) -> None:
    created = await make_position(client, location_id)

    positions = await collect(client.positions.list(location_id))

    assert created in positions
    assert all(isinstance(p, Position) and isinstance(p.id, int) and p.raw["type"] == "position" for p in positions)
    await run(client.positions.delete(location_id, created.id))


async def test_create_position(client: Any, location_id: int) -> None:
    position = await make_position(client, location_id)

    assert isinstance(position, Position)
    assert isinstance(position.id, int)
    assert position.title == TITLE
    assert isinstance(position.services_binding, ServicesBinding)
    assert location_id in position.location_ids
    assert position.raw["attributes"]["title"] == TITLE
    await run(client.positions.delete(location_id, position.id))


async def test_get_position(client: Any, location_id: int) -> None:
    created = await make_position(client, location_id)

    position = await run(client.positions.get(location_id, created.id))

    assert position == created
    assert isinstance(position.chain_id, int)
    await run(client.positions.delete(location_id, created.id))


async def test_update_position(client: Any, location_id: int) -> None:
    created = await make_position(client, location_id)

    assert await run(client.positions.update(location_id, created.id, f"{TITLE} (renamed)")) is None

    assert (await run(client.positions.get(location_id, created.id))).title == f"{TITLE} (renamed)"
    await run(client.positions.delete(location_id, created.id))


async def test_delete_position(client: Any, location_id: int) -> None:
    created = await make_position(client, location_id)

    assert await run(client.positions.delete(location_id, created.id)) is None

    await expect_error(lambda: client.positions.get(location_id, created.id), *NOT_FOUND)


CALLS = {
    "list_team_members": lambda client, location: client.team_members.list(location).to_list(),
    "list_positions": lambda client, location: client.positions.list(location).to_list(),
    "create_position": lambda client, location: client.positions.create(location, TITLE),
    "get_position": lambda client, location: client.positions.get(location, 1),
    "update_position": lambda client, location: client.positions.update(location, 1, TITLE),
    "delete_position": lambda client, location: client.positions.delete(location, 1),
}


@pytest.mark.parametrize("operation", CALLS)
@pytest.mark.parametrize(("location", "error", "status", "message"), LOCATION_ERRORS)
async def test_location_errors(
    client: Any, operation: str, location: int, error: type[Exception], status: int, message: str
) -> None:
    await expect_error(lambda: CALLS[operation](client, location), error, status, message)


@pytest.mark.parametrize(
    "call",
    [
        lambda client, location: client.positions.get(location, UNKNOWN_ID),
        lambda client, location: client.positions.update(location, UNKNOWN_ID, TITLE),
        lambda client, location: client.positions.delete(location, UNKNOWN_ID),
    ],
    ids=["get_position", "update_position", "delete_position"],
)
async def test_unknown_position_is_404(client: Any, location_id: int, call: Any) -> None:
    await expect_error(lambda: call(client, location_id), *NOT_FOUND)


async def test_list_team_members_with_an_unknown_position_is_422(client: Any, location_id: int) -> None:
    error = await expect_error(
        lambda: client.team_members.list(location_id, position_id=UNKNOWN_ID).to_list(), *INVALID_DATA
    )
    assert list(error.body["meta"]["errors"]) == ["filter[position_id]"]


async def test_list_team_members_422_names_the_bracketed_field(client: Any, location_id: int) -> None:
    error = await expect_error(
        lambda: client.team_members.list(location_id, position_id=UNKNOWN_ID).to_list(), *INVALID_DATA
    )
    assert list(error.errors) == ["filter[position_id]"]


async def test_create_position_with_a_used_title_is_422(client: Any, location_id: int) -> None:
    position = await make_position(client, location_id)

    error = await expect_error(lambda: client.positions.create(location_id, TITLE), *INVALID_DATA)

    assert error.errors == {"title": ["A position with this title already exists"]}
    await run(client.positions.delete(location_id, position.id))


async def test_update_position_to_a_used_title_is_422(client: Any, location_id: int) -> None:
    first, second = await make_position(client, location_id), await make_position(client, location_id, f"{TITLE} 2")

    error = await expect_error(lambda: client.positions.update(location_id, second.id, TITLE), *INVALID_DATA)

    assert error.errors == {"title": ["A position with this title already exists"]}
    for position in (first, second):
        await run(client.positions.delete(location_id, position.id))
