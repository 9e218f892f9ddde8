"""Lazy iteration over list operations, sync and async.

The API never returns a total: a paged list is read page by page (`page` from 1, `limit` up to
250) until a page comes back shorter than the page size. Unpaged lists are one fetch. Nothing is
requested until iteration starts, and `max_items` stops both the iteration and the fetching.

A pager is a recipe, not a result: iterating it twice sends the requests twice (keep
`to_list()` to read once), it has no length, and `bool(pager)` is refused rather than always
true (`first()` or `to_list()` say whether there is anything).

A server that ignores `page` would keep sending the same full page, and one that never sends a
short page would be read forever: a page whose ids repeat the previous page's, or a page past
`max_pages` (default 10,000, settable per pager), raises APIResponseValidationError naming the
operation instead.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any, Generic, TypeVar

from ._constants import MAX_PAGES
from ._errors import APIResponseValidationError, InvalidArgumentError
from ._validation import MAX_INTEGER, shown

T = TypeVar("T")
F = TypeVar("F", bound=Callable[[int], Any])


def _check(page_size: int | None, max_items: int | None, maximum: int | None) -> None:
    if page_size is not None and (
        isinstance(page_size, bool) or not isinstance(page_size, int) or not 1 <= page_size <= (maximum or page_size)
    ):
        raise InvalidArgumentError("page_size", f"must be an integer from 1 to {maximum}, got {shown(page_size)}")
    if max_items is not None and (isinstance(max_items, bool) or not isinstance(max_items, int) or max_items < 0):
        raise InvalidArgumentError("max_items", f"must be an integer >= 0 or None, got {shown(max_items)}")


def _check_max_pages(max_pages: Any) -> int:
    if isinstance(max_pages, bool) or not isinstance(max_pages, int) or not 1 <= max_pages <= MAX_INTEGER:
        raise InvalidArgumentError("max_pages", f"must be an integer from 1 to 2**63 - 1, got {shown(max_pages)}")
    return max_pages


class _LoopGuard:
    """Stops a paged read that would never end: a page equal to the one before (a server that
    ignores `page`), or a full page past `max_pages`. Ids identify items; an item without one
    is compared whole."""

    __slots__ = ("_max_pages", "_operation", "_previous")

    def __init__(self, operation: str, max_pages: int) -> None:
        self._operation = operation
        self._max_pages = _check_max_pages(max_pages)
        self._previous: list[Any] | None = None

    def check_next(self, page: int) -> None:
        """Before fetching `page`: refuse to go past the cap."""
        if page > self._max_pages:
            raise APIResponseValidationError(
                f"page {self._max_pages} was still full and max_pages is {self._max_pages}; stopped rather than "
                "read on (set max_pages on the pager to read further)",
                operation=self._operation,
            )

    def check_page(self, page: int, items: list[Any]) -> None:
        """After fetching `page` (before any of it is used): refuse a repeat of the previous page."""
        identity = [item if getattr(item, "id", None) is None else item.id for item in items]
        if identity and identity == self._previous:
            raise APIResponseValidationError(
                f"page {page} repeats page {page - 1} ({len(items)} items, the same ids): the server seems to "
                "ignore 'page'; stopped rather than read the same page forever",
                operation=self._operation,
            )
        self._previous = identity


def _operation(fetch_page: Callable[..., Any]) -> str:
    """The operation a fetch function calls, for error texts (`resources._shared.paged` records it)."""
    return str(getattr(fetch_page, "operation", None) or "list")


def _describe(pager: _Pager[Any]) -> str:
    describe = getattr(pager._fetch_page, "describe", None)
    what = describe() if describe is not None else _operation(pager._fetch_page)
    limits = f", page_size={pager._page_size}" if pager._page_size is not None else ""
    if pager._max_items is not None:
        limits += f", max_items={pager._max_items}"
    return f"<{type(pager).__name__} {what}{limits}>"


_NO_TRUTH = (
    "a pager is lazy: it cannot tell whether the list is empty without asking the server; use "
    "pager.first() (None when empty) or pager.to_list()"
)


class _Pager(Generic[F]):
    """What both pagers hold: the fetch function, the page size and the limits."""

    def __init__(
        self,
        fetch_page: F,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
        max_page_size: int | None = None,
        max_pages: int = MAX_PAGES,
    ) -> None:
        _check(page_size, max_items, max_page_size)
        self._fetch_page = fetch_page
        self._page_size = page_size
        self._max_items = max_items
        self.max_pages = _check_max_pages(max_pages)
        """The most pages one read fetches; past it APIResponseValidationError is raised."""

    def __bool__(self) -> bool:
        raise TypeError(_NO_TRUTH)

    def __repr__(self) -> str:
        return _describe(self)


class SyncPager(_Pager[Callable[[int], list[T]]], Generic[T]):
    """Iterate to get the items; `pages()` gives them a page at a time; `to_list()` reads all;
    `first()` reads one page at most. Nothing is sent until then, and each iteration sends the
    requests again."""

    def pages(self) -> Iterator[list[T]]:
        remaining = self._max_items
        page = 1
        guard = _LoopGuard(_operation(self._fetch_page), self.max_pages)
        while remaining is None or remaining > 0:
            guard.check_next(page)
            items = self._fetch_page(page)
            guard.check_page(page, items)
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
        """Every item (all pages, up to `max_items`)."""
        return list(self)

    def first(self) -> T | None:
        """The first item, or None when the list is empty: one request at most."""
        for items in self.pages():
            return items[0]
        return None

    def first_page_response(self) -> Any:
        """The first page's raw response (for `client.with_raw_response`)."""
        return self._fetch_page(1)


class AsyncPager(_Pager[Callable[[int], Awaitable[list[T]]]], Generic[T]):
    """`async for` to get the items; `pages()` gives them a page at a time; `await to_list()`
    reads all; `await first()` reads one page at most. Each iteration sends the requests again."""

    async def pages(self) -> AsyncIterator[list[T]]:
        remaining = self._max_items
        page = 1
        guard = _LoopGuard(_operation(self._fetch_page), self.max_pages)
        while remaining is None or remaining > 0:
            guard.check_next(page)
            items = await self._fetch_page(page)
            guard.check_page(page, items)
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
        """Every item (all pages, up to `max_items`)."""
        return [item async for item in self]

    async def first(self) -> T | None:
        """The first item, or None when the list is empty: one request at most."""
        pages = self.pages()
        try:
            async for items in pages:
                return items[0]
        finally:
            await pages.aclose()  # type: ignore[attr-defined]
        return None

    async def first_page_response(self) -> Any:
        """The first page's raw response (for `client.with_raw_response`)."""
        return await self._fetch_page(1)
