"""The tag lifecycle with `altegio`: create, get, list, update, delete, and a 404 handled.

    make demo

Without tokens it runs against a local mock of openapi.yaml (scripts/mock_server.py), started
and stopped here. With ALTEGIO_PARTNER_TOKEN, ALTEGIO_USER_TOKEN and ALTEGIO_LOCATION_ID set it
runs against production (or ALTEGIO_BASE_URL): it creates one Tag and deletes it again.
"""

from __future__ import annotations

import contextlib
import os
import pathlib
import sys
from collections.abc import Iterator

from altegio import Altegio, NotFoundError, Tag, TagEntity

ROOT = pathlib.Path(__file__).resolve().parent.parent


@contextlib.contextmanager
def connect() -> Iterator[tuple[Altegio, int, str]]:
    """A client, the Location to work in, and a description of where that is."""
    if os.environ.get("ALTEGIO_PARTNER_TOKEN") and os.environ.get("ALTEGIO_USER_TOKEN"):
        location = os.environ.get("ALTEGIO_LOCATION_ID")
        if not location or not location.isdigit():
            sys.exit("Set ALTEGIO_LOCATION_ID to the id of a test Location to run against the real API.")
        with Altegio() as client:
            yield client, int(location), client.base_url
        return
    sys.path.insert(0, str(ROOT / "scripts"))
    from mock_server import MOCK_LOCATION_ID, MockServer

    with MockServer() as mock, Altegio("demo-partner-token", "demo-user-token", base_url=mock.url) as client:
        yield client, MOCK_LOCATION_ID, f"a local mock of openapi.yaml at {mock.url}"


def show(verb: str, tag: Tag) -> None:
    entity = tag.entity.slug if isinstance(tag.entity, TagEntity) else tag.entity
    print(f"  {verb:<9} tag {tag.id}: {tag.title!r}, colour {tag.color}, for {entity}")


def main() -> int:
    with connect() as (client, location_id, where):
        print(f"Tag lifecycle in Location {location_id}, against {where}\n")

        tag = client.tags.create(location_id, title="VIP Client", color="#ff2828", entity=TagEntity.CLIENT)
        show("created", tag)

        show("fetched", client.tags.get(location_id, tag.id))

        client_tags = client.tags.list(location_id, entity="client").to_list()
        print(f"  listed    {len(client_tags)} Booking User tag(s): {', '.join(t.title for t in client_tags)}")

        client.tags.update(location_id, tag.id, title="VIP")
        show("renamed", client.tags.get(location_id, tag.id))

        client.tags.delete(location_id, tag.id)
        print(f"  deleted   tag {tag.id}")

        missing_id = 999_999_999
        try:
            client.tags.get(location_id, missing_id)
        except NotFoundError as error:
            print(f"  handled   {type(error).__name__} for tag {missing_id}: {error}")
        else:
            print(f"  unexpected: tag {missing_id} exists")
            return 1
    print("\nDone.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
