"""What the sync and async resources share: the parsers of success bodies, the base classes,
and argument checks used by several resources."""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from .._operations import APICall
from .._validation import includes, positive_id
from ..models._document import Document

if TYPE_CHECKING:
    from .._client import Altegio, AsyncAltegio

M = TypeVar("M", covariant=True)
E = TypeVar("E", bound=enum.Enum)
V = TypeVar("V")


class WireModel(Protocol[M]):
    def from_wire(self, resource: Mapping[str, Any], document: Document | None = ...) -> M: ...


def item_parser(model: WireModel[M]) -> Callable[[Any], M]:
    """Body `{"data": {...}, "included"?: [...]}` -> one model."""

    def parse(body: Any) -> M:
        document = Document(body)
        return model.from_wire(document.one(), document)

    return parse


def list_parser(model: WireModel[M]) -> Callable[[Any], list[M]]:
    """Body `{"data": [...], "included"?: [...]}` -> a list of models."""

    def parse(body: Any) -> list[M]:
        document = Document(body)
        return [model.from_wire(resource, document) for resource in document.many()]

    return parse


def location(location_id: Any) -> int:
    return positive_id("location_id", location_id)


def include_items(
    kind: Callable[[str], E], values: Any, allowed: tuple[str, ...], aliases: Mapping[str, str] | None = None
) -> list[E] | None:
    """`include=` as the generated builder wants it: the generated enum of each known name, or None.

    `allowed` is every name the method's `include` Literal takes; `aliases` maps those that
    name the attribute an include fills (`products`) to the wire name (`goods`), so that a
    user may say either.
    """
    names = None if values is None else includes("include", values, allowed, aliases)
    return [kind(name) for name in names] if names else None


def optional(kind: Callable[[V], E], value: V | None) -> E | None:
    """A generated enum member for a value already checked, or None (the spec's default)."""
    return None if value is None else kind(value)


class PageBuilder(Protocol):
    """A generated `request_kwargs` with everything but the page given (a functools.partial)."""

    def __call__(self, *, page: int) -> dict[str, Any]: ...


class _PageFetcher:
    """A pager's fetch function: the operation's request for a page number, sent (awaitable for
    async clients). `operation` names it in the errors of the pager's loop guard."""

    __slots__ = ("_build", "_execute", "_parse", "operation")

    def __init__(
        self,
        execute: Callable[[APICall[Any]], Any],
        operation: str,
        build: PageBuilder,
        parse: Callable[[Any], Any],
    ) -> None:
        self._execute = execute
        self.operation = operation
        self._build = build
        self._parse = parse

    def __call__(self, page: int) -> Any:
        return self._execute(APICall(self.operation, self._build(page=page), self._parse))

    def describe(self) -> str:
        """The operation and its request (method, path, query without the page), for repr."""
        request = dict(self._build(page=1))
        params = {name: value for name, value in (request.get("params") or {}).items() if name != "page"}
        return _describe(self.operation, {**request, "params": params})


class _Once:
    """A pager's fetch function for an unpaged list: one call, whatever the page number."""

    __slots__ = ("_call", "_execute", "operation")

    def __init__(self, execute: Callable[[APICall[Any]], Any], call: APICall[Any]) -> None:
        self._execute = execute
        self._call = call
        self.operation = call.operation

    def __call__(self, page: int) -> Any:
        return self._execute(self._call)

    def describe(self) -> str:
        return _describe(self.operation, self._call.request)


def _describe(operation: str, request: Mapping[str, Any]) -> str:
    params = {name: value for name, value in (request.get("params") or {}).items() if value is not None}
    query = ", ".join(f"{name}={value!r}" for name, value in params.items())
    return f"{operation} {str(request.get('method', 'GET')).upper()} {request.get('url', '')}" + (
        f" ({query})" if query else ""
    )


def paged(
    execute: Callable[[APICall[Any]], Any], operation: str, build: PageBuilder, parse: Callable[[Any], Any]
) -> Callable[[int], Any]:
    """A pager's fetch function for a paged list operation: `build(page=n)` is its request."""
    return _PageFetcher(execute, operation, build, parse)


def once(execute: Callable[[APICall[Any]], Any], call: APICall[Any]) -> Callable[[int], Any]:
    """A pager's fetch function for an unpaged list: the page number is not sent."""
    return _Once(execute, call)


class SyncAPIResource:
    """Base of the sync resources: they send through the client that created them."""

    def __init__(self, client: Altegio) -> None:
        self._client = client


class AsyncAPIResource:
    """Base of the async resources."""

    def __init__(self, client: AsyncAltegio) -> None:
        self._client = client
