"""What the sync and async resources share: the parsers of success bodies, the base classes,
and argument checks used by several resources."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from .._operations import APICall
from .._validation import includes, positive_id
from ..models._document import Document

if TYPE_CHECKING:
    from .._client import Altegio, AsyncAltegio

M = TypeVar("M", covariant=True)


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


def include_names(values: Any, allowed: tuple[str, ...]) -> list[str] | None:
    """`include=` as the generated builder wants it: a list of known names, or None."""
    return None if values is None else includes("include", values, allowed) or None


class _PageFetcher:
    """A pager's fetch function: the same call with `page` set (awaitable for async clients).
    `operation` names it in the errors of the pager's loop guard."""

    __slots__ = ("_call", "_execute", "operation")

    def __init__(self, execute: Callable[[APICall[Any]], Any], call: APICall[Any]) -> None:
        self._execute = execute
        self._call = call
        self.operation = call.operation

    def __call__(self, page: int) -> Any:
        call = self._call
        return self._execute(APICall(call.operation, {**call.arguments, "page": page}, call.parse))


def page_fetcher(execute: Callable[[APICall[Any]], Any], call: APICall[Any]) -> Callable[[int], Any]:
    """A pager's fetch function for a paged list operation."""
    return _PageFetcher(execute, call)


def once(execute: Callable[[APICall[Any]], Any], call: APICall[Any]) -> Callable[[int], Any]:
    """A pager's fetch function for an unpaged list: the page number is not sent."""
    return lambda page: execute(call)


class SyncAPIResource:
    """Base of the sync resources: they send through the client that created them."""

    def __init__(self, client: Altegio) -> None:
        self._client = client


class AsyncAPIResource:
    """Base of the async resources."""

    def __init__(self, client: AsyncAltegio) -> None:
        self._client = client
