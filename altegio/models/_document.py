"""The JSON:API-like documents of v2: `data`, optional `included`, and relationships.

Success bodies look like {"data": {type, id, attributes, relationships?}, "included"?: [...],
"meta": []} (or `data` a list). Included resources are found by (type, id) and become the
model registered for their wire type (`@wire_type("tag")`), or a plain `Resource`.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import Any, TypeVar

import attrs

from ._base import Model
from ._wire import field, mapping


@attrs.frozen(slots=True)
class Resource(Model):
    """An included resource this package has no typed model for: kept as the server sent it."""

    type: str
    id: str
    attributes: Mapping[str, Any]
    raw: Mapping[str, Any] = attrs.field(repr=False, eq=False)

    @classmethod
    def from_wire(cls, resource: Mapping[str, Any]) -> Resource:
        return cls(
            type=str(field(resource, "type")),
            id=str(field(resource, "id")),
            attributes=MappingProxyType(dict(mapping(resource.get("attributes") or {}, "attributes"))),
            raw=resource,
        )


class Document:
    """A parsed success body: its `data` and an index of its `included` resources."""

    __slots__ = ("data", "included")

    def __init__(self, body: Any) -> None:
        body = mapping(body, "response body")
        self.data = field(body, "data")
        if self.data is None:
            raise ValueError("`data` is null")
        self.included: dict[tuple[str, str], Mapping[str, Any]] = {}
        for item in body.get("included") or ():
            item = mapping(item, "included[]")
            self.included[(str(field(item, "type")), str(field(item, "id")))] = item

    def one(self) -> Mapping[str, Any]:
        return mapping(self.data, "data")

    def many(self) -> list[Mapping[str, Any]]:
        if not isinstance(self.data, list):
            raise TypeError(f"data must be a list, got {type(self.data).__name__}")
        return [mapping(item, "data[]") for item in self.data]

    def related(self, resource: Mapping[str, Any], name: str) -> list[Mapping[str, Any]]:
        """The included resources that `resource.relationships[name]` points at, in order."""
        relationships = resource.get("relationships")
        if not isinstance(relationships, Mapping):
            return []
        link = relationships.get(name)
        if not isinstance(link, Mapping):
            return []
        data = link.get("data")
        identifiers = data if isinstance(data, list) else [data] if isinstance(data, Mapping) else []
        found = []
        for identifier in identifiers:
            if not isinstance(identifier, Mapping):
                continue
            item = self.included.get((str(identifier.get("type")), str(identifier.get("id"))))
            if item is not None:
                found.append(item)
        return found


def relationship_ids(resource: Mapping[str, Any]) -> Mapping[str, tuple[str, ...]]:
    """{relationship name: (ids...)} as declared on a resource, whether or not included."""
    relationships = resource.get("relationships")
    result: dict[str, tuple[str, ...]] = {}
    if isinstance(relationships, Mapping):
        for name, link in relationships.items():
            data = link.get("data") if isinstance(link, Mapping) else None
            items = data if isinstance(data, list) else [data] if data is not None else []
            result[str(name)] = tuple(str(item.get("id")) for item in items if isinstance(item, Mapping))
    return MappingProxyType(result)


C = TypeVar("C")
_MODELS: dict[str, Any] = {}


def wire_type(*types: str) -> Callable[[C], C]:
    """Register a model class as the one for these JSON:API types, for included resources."""

    def register(cls: C) -> C:
        for name in types:
            _MODELS[name] = cls
        return cls

    return register


@functools.cache
def _register_all() -> bool:
    """Load every section's models (each registers its wire types), once. A result loads only
    its own section; an included resource of another type needs them all."""
    from . import appointments, booking_users, custom_fields, events, products, services, tags, team_members  # noqa: F401

    return True


def typed(item: Mapping[str, Any]) -> Any:
    """The registered model for an included item, or a `Resource` if none fits.

    Included items are parsed without their own relationships, so that mutual references
    cannot recurse; one that lacks fields its model needs is kept as a `Resource`.
    """
    model = _MODELS.get(str(item.get("type")))
    if model is None and _register_all():
        model = _MODELS.get(str(item.get("type")))
    if model is not None:
        try:
            return model.from_wire(item, None)
        except (KeyError, IndexError, TypeError, ValueError):
            pass
    return Resource.from_wire(item)


def resolve_included(resource: Mapping[str, Any], document: Document | None) -> Mapping[str, tuple[Any, ...]]:
    """{relationship name: (typed related resources...)} for what the document included."""
    if document is None or not document.included:
        return MappingProxyType({})
    found = {}
    for name in relationship_ids(resource):
        items = document.related(resource, name)
        if items:
            found[name] = tuple(typed(item) for item in items)
    return MappingProxyType(found)
