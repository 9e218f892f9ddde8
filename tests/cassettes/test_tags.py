"""Tags through the public API, replayed from cassettes: list, create, get, update, delete."""

from __future__ import annotations

from typing import Any

import pytest

from altegio import Tag, TagEntity

from .helpers import INVALID_DATA, LOCATION_ERRORS, NOT_FOUND, UNKNOWN_ID, collect, expect_error, run

pytestmark = pytest.mark.vcr

TITLE = "altegio-python test Tag"


async def make_tag(client: Any, location_id: int, title: str = TITLE) -> Tag:
    return await run(client.tags.create(location_id, title, "#FF2828", entity=TagEntity.ACTIVITY, icon="star"))


def assert_test_tag(tag: Tag, location_id: int, title: str = TITLE) -> None:
    assert isinstance(tag, Tag)
    assert isinstance(tag.id, int)
    assert tag.location_id == location_id
    assert (tag.title, tag.color, tag.entity, tag.icon) == (title, "#ff2828", TagEntity.ACTIVITY, "star")
    assert tag.raw["id"] == str(tag.id)
    assert tag.raw["attributes"]["entity_type"] == "activity"


async def test_list_tags(client: Any, location_id: int) -> None:
    created = await make_tag(client, location_id)

    tags = await collect(client.tags.list(location_id, entity="activity"))

    assert created.id in [tag.id for tag in tags]
    assert all(isinstance(tag, Tag) and tag.entity is TagEntity.ACTIVITY and not tag.is_deleted for tag in tags)
    assert all(isinstance(tag.raw, dict) for tag in tags)
    await run(client.tags.delete(location_id, created.id))


async def test_create_tag(client: Any, location_id: int) -> None:
    tag = await make_tag(client, location_id)

    assert_test_tag(tag, location_id)
    assert (tag.is_deleted, tag.is_editable) == (False, True)
    await run(client.tags.delete(location_id, tag.id))


async def test_get_tag(client: Any, location_id: int) -> None:
    created = await make_tag(client, location_id)

    tag = await run(client.tags.get(location_id, created.id))

    assert_test_tag(tag, location_id)
    assert tag == created
    await run(client.tags.delete(location_id, created.id))


async def test_update_tag(client: Any, location_id: int) -> None:
    created = await make_tag(client, location_id)

    result = await run(client.tags.update(location_id, created.id, title=f"{TITLE} (renamed)", color="#009800"))

    assert result is None
    tag = await run(client.tags.get(location_id, created.id))
    assert (tag.title, tag.color, tag.entity) == (f"{TITLE} (renamed)", "#009800", TagEntity.ACTIVITY)
    await run(client.tags.delete(location_id, created.id))


async def test_delete_tag(client: Any, location_id: int) -> None:
    created = await make_tag(client, location_id)

    assert await run(client.tags.delete(location_id, created.id)) is None

    assert (await run(client.tags.get(location_id, created.id))).is_deleted is True
    assert created.id not in [tag.id for tag in await run(client.tags.list(location_id).to_list())]


async def test_tag_lifecycle(client: Any, location_id: int) -> None:
    tag = await run(client.tags.create(location_id, TITLE, "#ff2828", entity="client"))
    assert (tag.entity, tag.is_deleted) == (TagEntity.CLIENT, False)
    assert await run(client.tags.get(location_id, tag.id)) == tag
    assert tag in await collect(client.tags.list(location_id, entity=TagEntity.CLIENT))

    await run(client.tags.update(location_id, tag.id, title=f"{TITLE} 2", entity=TagEntity.RECORD))
    updated = await run(client.tags.get(location_id, tag.id))
    assert (updated.title, updated.entity) == (f"{TITLE} 2", TagEntity.RECORD)

    await run(client.tags.delete(location_id, tag.id))
    assert (await run(client.tags.get(location_id, tag.id))).is_deleted is True
    assert tag.id not in [t.id for t in await collect(client.tags.list(location_id))]
    await expect_error(lambda: client.tags.delete(location_id, tag.id), *NOT_FOUND)


CALLS = {
    "list_tags": lambda client, location: client.tags.list(location).to_list(),
    "create_tag": lambda client, location: client.tags.create(location, TITLE, "#ff2828"),
    "get_tag": lambda client, location: client.tags.get(location, 1),
    "update_tag": lambda client, location: client.tags.update(location, 1, title=TITLE),
    "delete_tag": lambda client, location: client.tags.delete(location, 1),
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
        lambda client, location: client.tags.get(location, UNKNOWN_ID),
        lambda client, location: client.tags.update(location, UNKNOWN_ID, title=TITLE),
        lambda client, location: client.tags.delete(location, UNKNOWN_ID),
    ],
    ids=["get_tag", "update_tag", "delete_tag"],
)
async def test_unknown_tag_is_404(client: Any, location_id: int, call: Any) -> None:
    await expect_error(lambda: call(client, location_id), *NOT_FOUND)


async def test_create_tag_with_a_used_title_is_422(client: Any, location_id: int) -> None:
    tag = await make_tag(client, location_id)

    error = await expect_error(lambda: client.tags.create(location_id, TITLE, "#000000"), *INVALID_DATA)

    assert error.errors == {"title": ["A category with this name already exists"]}
    await run(client.tags.delete(location_id, tag.id))


async def test_update_tag_to_a_used_title_is_422(client: Any, location_id: int) -> None:
    first, second = await make_tag(client, location_id), await make_tag(client, location_id, f"{TITLE} 2")

    error = await expect_error(lambda: client.tags.update(location_id, second.id, title=TITLE), *INVALID_DATA)

    assert error.errors == {"title": ["A category with this name already exists"]}
    for tag in (first, second):
        await run(client.tags.delete(location_id, tag.id))
