"""Products of a Location (wire: `goods`), their units, categories and stock."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from typing import Literal

from ... import _validation as v
from ..._constants import MAX_PAGE_SIZE
from ..._errors import InvalidArgumentError
from ..._operations import APICall
from ..._pagination import AsyncPager
from ...models.products import Product, ProductCategory, ProductStorageAmount, ProductUnit
from .._shared import AsyncAPIResource, include_names, item_parser, list_parser, location, once, page_fetcher

ProductInclude = Literal["loyalty_abonement_type", "loyalty_certificate_type", "mark_settings", "actual_cost"]
ProductItemInclude = Literal[
    "loyalty_abonement_type", "loyalty_certificate_type", "mark_settings", "storage_amounts", "actual_cost"
]
AutocompleteInclude = Literal["loyalty_abonement_type", "loyalty_certificate_type", "mark_settings"]
CategoryInclude = Literal["child_categories", "goods"]
ProductKind = Literal["common", "loyalty_abonement", "loyalty_certificate"]
_LIST_INCLUDES: tuple[str, ...] = ProductInclude.__args__  # type: ignore[attr-defined]
_GET_INCLUDES: tuple[str, ...] = ProductItemInclude.__args__  # type: ignore[attr-defined]
_AUTOCOMPLETE_INCLUDES: tuple[str, ...] = AutocompleteInclude.__args__  # type: ignore[attr-defined]
_CATEGORY_INCLUDES: tuple[str, ...] = CategoryInclude.__args__  # type: ignore[attr-defined]
_KINDS: tuple[str, ...] = ProductKind.__args__  # type: ignore[attr-defined]
_TERM_MIN = 2
_parse_product = item_parser(Product)
_parse_products = list_parser(Product)
_parse_units = list_parser(ProductUnit)
_parse_amounts = list_parser(ProductStorageAmount)
_parse_category = item_parser(ProductCategory)
_parse_categories = list_parser(ProductCategory)


def _is_emoji(char: str) -> bool:
    """Pictographs and symbols (Unicode category So: ⭐ ⌚ ☕ 🙂), and the joiners of emoji."""
    return unicodedata.category(char) == "So" or char in "\u200d\ufe0f" or 0x1F000 <= ord(char) <= 0x1FAFF


def _search_term(term: object) -> str:
    """At least two characters and no emoji: the API refuses both with 400/422."""
    text = v.text("term", term, min_length=_TERM_MIN)
    if any(_is_emoji(char) for char in text):
        raise InvalidArgumentError("term", "must not contain emoji")
    return text


class AsyncProducts(AsyncAPIResource):
    """Products sold or used in services."""

    @property
    def units(self) -> AsyncProductUnits:
        return AsyncProductUnits(self._client)

    @property
    def categories(self) -> AsyncProductCategories:
        return AsyncProductCategories(self._client)

    def list(
        self,
        location_id: int,
        *,
        ids: Sequence[int] | None = None,
        kind: ProductKind | None = None,
        include: Sequence[ProductInclude] | None = None,
        page_size: int = MAX_PAGE_SIZE,
        max_items: int | None = None,
    ) -> AsyncPager[Product]:
        """Products, page by page as you iterate. `kind` picks ordinary products ("common", the
        default), membership types ("loyalty_abonement") or certificate types."""
        if kind is not None and kind not in _KINDS:
            raise InvalidArgumentError("kind", f"must be one of {', '.join(_KINDS)}, got {v.shown(kind)}")
        arguments = {
            "location_id": location(location_id),
            "filterids": None if ids is None else v.ids("ids", ids, allow_empty=False),
            "filterrelated_loyalty_entity_slug": kind,
            "include": include_names(include, _LIST_INCLUDES),
            "limit": page_size,
        }
        call = APICall("list_products", arguments, _parse_products)
        return AsyncPager(
            page_fetcher(self._client._execute, call),
            page_size=page_size,
            max_items=max_items,
            max_page_size=MAX_PAGE_SIZE,
        )

    def autocomplete(
        self,
        location_id: int,
        term: str,
        *,
        include: Sequence[AutocompleteInclude] | None = None,
        page_size: int = MAX_PAGE_SIZE,
        max_items: int | None = None,
    ) -> AsyncPager[Product]:
        """Products whose title, article or barcode matches `term` (2+ characters, no emoji)."""
        arguments = {
            "location_id": location(location_id),
            "filterterm": _search_term(term),
            "include": include_names(include, _AUTOCOMPLETE_INCLUDES),
            "limit": page_size,
        }
        call = APICall("autocomplete_products", arguments, _parse_products)
        return AsyncPager(
            page_fetcher(self._client._execute, call),
            page_size=page_size,
            max_items=max_items,
            max_page_size=MAX_PAGE_SIZE,
        )

    async def get(
        self, location_id: int, product_id: int, *, include: Sequence[ProductItemInclude] | None = None
    ) -> Product:
        """A Product; `include=["storage_amounts"]` fills `Product.storage_amounts`."""
        arguments = {
            "location_id": location(location_id),
            "product_id": v.positive_id("product_id", product_id),
            "include": include_names(include, _GET_INCLUDES),
        }
        return await self._client._execute(APICall("get_product", arguments, _parse_product))

    def storage_amounts(
        self, location_id: int, product_id: int, *, include_storage: bool = False
    ) -> AsyncPager[ProductStorageAmount]:
        """Stock of a Product per storage; `include_storage=True` adds each storage."""
        arguments = {
            "location_id": location(location_id),
            "product_id": v.positive_id("product_id", product_id),
            "include": ["storage"] if v.boolean("include_storage", include_storage) else None,
        }
        call = APICall("list_product_storage_amounts", arguments, _parse_amounts)
        return AsyncPager(once(self._client._execute, call))


class AsyncProductUnits(AsyncAPIResource):
    """Units Products are measured in."""

    def list(self, location_id: int) -> AsyncPager[ProductUnit]:
        call = APICall("list_product_units", {"location_id": location(location_id)}, _parse_units)
        return AsyncPager(once(self._client._execute, call))


class AsyncProductCategories(AsyncAPIResource):
    """Categories that group Products, in a tree."""

    def list(
        self,
        location_id: int,
        *,
        parent_id: int | None = None,
        include: Sequence[CategoryInclude] | None = None,
    ) -> AsyncPager[ProductCategory]:
        """Categories under `parent_id` (None or 0: the top level)."""
        arguments = {
            "location_id": location(location_id),
            "filterparent_category_id": None if parent_id is None else v.integer("parent_id", parent_id, minimum=0),
            "include": include_names(include, _CATEGORY_INCLUDES),
        }
        call = APICall("list_product_categories", arguments, _parse_categories)
        return AsyncPager(once(self._client._execute, call))

    async def get(
        self, location_id: int, category_id: int, *, include: Sequence[CategoryInclude] | None = None
    ) -> ProductCategory:
        arguments = {
            "location_id": location(location_id),
            "product_category_id": v.positive_id("category_id", category_id),
            "include": include_names(include, _CATEGORY_INCLUDES),
        }
        return await self._client._execute(APICall("get_product_category", arguments, _parse_category))
