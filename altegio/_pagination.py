"""Lazy iteration over list operations, sync and async.

The API never returns a total: a paged list is read page by page (`page` from 1, `limit` up to
250) until a page comes back shorter than the page size. Unpaged lists are one fetch. Nothing is
requested until iteration starts, and `max_items` stops both the iteration and the fetching.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Generic, TypeVar

from ._errors import InvalidArgumentError

T = TypeVar("T")


def _check(page_size: int | None, max_items: int | None, maximum: int | None) -> None:
    if page_size is not None and (
        isinstance(page_size, bool) or not isinstance(page_size, int) or not 1 <= page_size <= (maximum or page_size)
    ):
        raise InvalidArgumentError("page_size", f"must be an integer from 1 to {maximum}, got {page_size!r}")
    if max_items is not None and (isinstance(max_items, bool) or not isinstance(max_items, int) or max_items < 0):
        raise InvalidArgumentError("max_items", f"must be an integer >= 0 or None, got {max_items!r}")


class SyncPager(Generic[T]):
    """Iterate to get the items; `pages()` gives them a page at a time; `to_list()` reads all."""

    def __init__(
        self,
        fetch_page: Callable[[int], list[T]],
        *,
        page_size: int | None = None,
        max_items: int | None = None,
        max_page_size: int | None = None,
    ) -> None:
        _check(page_size, max_items, max_page_size)
        self._fetch_page = fetch_page
        self._page_size = page_size
        self._max_items = max_items

    def pages(self) -> Iterator[list[T]]:
        remaining = self._max_items
        page = 1
        while remaining is None or remaining > 0:
            items = self._fetch_page(page)
            if remaining is not None:
                items = items[:remaining]
                remaining -= len(items)
            if items:
                yield items
            if self._page_size is None or len(items) < self._page_size:
                return
            page += 1

    def __iter__(self) -> Iterator[T]:
        for items in self.pages():
            yield from items

    def to_list(self) -> list[T]:
        return list(self)


class AsyncPager(Generic[T]):
    """`async for` to get the items; `pages()` gives them a page at a time; `await to_list()`."""

    def __init__(
        self,
        fetch_page: Callable[[int], Awaitable[list[T]]],
        *,
        page_size: int | None = None,
        max_items: int | None = None,
        max_page_size: int | None = None,
    ) -> None:
        _check(page_size, max_items, max_page_size)
        self._fetch_page = fetch_page
        self._page_size = page_size
        self._max_items = max_items

    async def pages(self) -> AsyncIterator[list[T]]:
        remaining = self._max_items
        page = 1
        while remaining is None or remaining > 0:
            items = await self._fetch_page(page)
            if remaining is not None:
                items = items[:remaining]
                remaining -= len(items)
            if items:
                yield items
            if self._page_size is None or len(items) < self._page_size:
                return
            page += 1

    async def __aiter__(self) -> AsyncIterator[T]:
        async for items in self.pages():
            for item in items:
                yield item

    async def to_list(self) -> list[T]:
        return [item async for item in self]
