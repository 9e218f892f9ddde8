"""Every public resource method, resource class and resource property has its own docstring,
on both clients: `help()`, IDEs and `altegio <command> --help` show them.

The walk starts at the clients' resource properties and follows the resource classes'
properties (`client.events.appointments`), so a resource or method added later is covered.
"""

from __future__ import annotations

import inspect
import typing
from collections.abc import Iterator
from typing import Any

import pytest

import altegio
from altegio.resources import ResourceProperty, resource_class
from altegio.resources._shared import AsyncAPIResource, SyncAPIResource

CLIENTS = [altegio.Altegio, altegio.AsyncAltegio]
_BASES = (SyncAPIResource, AsyncAPIResource)


def _own_doc(obj: Any) -> str:
    """The docstring written for `obj` itself: not its class's, nor one inherited."""
    if isinstance(obj, type | ResourceProperty):
        doc = vars(obj).get("__doc__")
    elif isinstance(obj, property):
        doc = obj.fget.__doc__ if obj.fget is not None else None
    else:
        doc = obj.__doc__
    return (doc or "").strip()


def _resource_members(cls: type, path: str) -> Iterator[tuple[str, Any]]:
    """(dotted name, member) for a resource class, its public methods and properties, and
    recursively the resource classes its properties return."""
    yield f"{path} (class {cls.__name__})", cls
    for name, member in sorted(vars(cls).items()):
        if name.startswith("_"):
            continue
        yield f"{path}.{name}", member
        if isinstance(member, property) and member.fget is not None:
            returned = typing.get_type_hints(member.fget)["return"]
            if isinstance(returned, type) and issubclass(returned, _BASES):
                yield from _resource_members(returned, f"{path}.{name}")


def public_members(client: type) -> list[tuple[str, Any]]:
    found: list[tuple[str, Any]] = []
    for name, member in sorted(vars(client).items()) + sorted(vars(client.__mro__[1]).items()):
        if isinstance(member, ResourceProperty):
            found.append((f"{client.__name__}.{name}", member))
            found += _resource_members(resource_class(member.name, client._flavour), f"{client.__name__}.{name}")
    return found


@pytest.mark.parametrize("client", CLIENTS, ids=lambda cls: cls.__name__)
def test_every_public_resource_member_has_a_docstring(client: type) -> None:
    members = public_members(client)
    kinds = {type(member) for _, member in members}
    assert {ResourceProperty, property, type} <= kinds and len(members) > 60  # the walk reached them all
    missing = [path for path, member in members if not _own_doc(member)]
    assert not missing, f"no docstring: {', '.join(missing)}"


@pytest.mark.parametrize("client", CLIENTS, ids=lambda cls: cls.__name__)
def test_each_resource_property_has_its_own_docstring(client: type) -> None:
    """Through the one descriptor: each property its own text, and help() shows it."""
    properties = {
        name: member for name, member in vars(client.__mro__[1]).items() if isinstance(member, ResourceProperty)
    }
    assert len(properties) == 11
    docs = {name: inspect.getdoc(getattr(client, name)) for name in properties}
    assert len(set(docs.values())) == len(docs)
    for name, doc in docs.items():
        assert doc and doc != inspect.getdoc(ResourceProperty), name
        assert f"`{resource_class(properties[name].name, client._flavour).__name__}`" in doc, name


def test_the_walk_finds_a_missing_docstring() -> None:
    """Not vacuous: a resource method without a docstring is reported."""

    class Bare(SyncAPIResource):
        """A resource."""

        def list(self) -> None:
            pass

    assert [path for path, member in _resource_members(Bare, "Bare") if not _own_doc(member)] == ["Bare.list"]


def test_update_methods_say_they_return_none_and_how_to_read_the_new_state() -> None:
    """tags.update and positions.update answer 204: the docstring says so and names `get`."""
    for client in CLIENTS:
        for resource in ("Tags", "Positions"):
            doc = inspect.getdoc(resource_class(resource, client._flavour).update) or ""
            assert "Returns None" in doc and "204" in doc and "get(" in doc, (client, resource)
