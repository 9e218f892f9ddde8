"""Products of a Location (wire: `goods`), their units, categories and stock."""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Sequence
from typing import Literal

from altegio_openapi.api.products import (
    autocomplete_products,
    get_product,
    get_product_category,
    list_product_categories,
    list_product_storage_amounts,
    list_product_units,
    list_products,
)
from altegio_openapi.models import (
    AutocompleteProductsIncludeItem,
    GetProductCategoryIncludeItem,
    GetProductIncludeItem,
    ListProductCategoriesIncludeItem,
    ListProductsFilterrelatedLoyaltyEntitySlug,
    ListProductsIncludeItem,
    ListProductStorageAmountsIncludeItem,
)

from ... import _validation as v
from ..._constants import MAX_PAGE_SIZE
from ..._errors import InvalidArgumentError
from ..._operations import APICall
from ..._pagination import AsyncPager
from ...models.products import Product, ProductCategory, ProductStorageAmount, ProductUnit
from .._shared import AsyncAPIResource, include_items, item_parser, list_parser, location, once, optional, paged

ProductInclude = Literal["loyalty_abonement_type", "loyalty_certificate_type", "mark_settings", "actual_cost"]
ProductItemInclude = Literal[
    "loyalty_abonement_type", "loyalty_certificate_type", "mark_settings", "storage_amounts", "actual_cost"
]
AutocompleteInclude = Literal["loyalty_abonement_type", "loyalty_certificate_type", "mark_settings"]
CategoryInclude = Literal["child_categories", "goods", "products"]
ProductKind = Literal["common", "loyalty_abonement", "loyalty_certificate"]
_LIST_INCLUDES: tuple[str, ...] = ProductInclude.__args__  # type: ignore[attr-defined]
_GET_INCLUDES: tuple[str, ...] = ProductItemInclude.__args__  # type: ignore[attr-defined]
_AUTOCOMPLETE_INCLUDES: tuple[str, ...] = AutocompleteInclude.__args__  # type: ignore[attr-defined]
_CATEGORY_INCLUDES: tuple[str, ...] = CategoryInclude.__args__  # type: ignore[attr-defined]
_CATEGORY_ALIASES = {"products": "goods"}  # `goods` fills ProductCategory.products
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
        """Units Products are measured in."""
        return AsyncProductUnits(self._client)

    @property
    def categories(self) -> AsyncProductCategories:
        """Categories that group Products, in a tree."""
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
        build = functools.partial(
            list_products.request_kwargs,
            location(location_id),
            filterids=None if ids is None else v.ids("ids", ids, allow_empty=False),
            filterrelated_loyalty_entity_slug=optional(ListProductsFilterrelatedLoyaltyEntitySlug, kind),
            include=include_items(ListProductsIncludeItem, include, _LIST_INCLUDES),
            limit=page_size,
        )
        return AsyncPager(
            paged(self._client._execute, list_products.OPERATION_ID, build, _parse_products),
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
        build = functools.partial(
            autocomplete_products.request_kwargs,
            location(location_id),
            filterterm=_search_term(term),
            include=include_items(AutocompleteProductsIncludeItem, include, _AUTOCOMPLETE_INCLUDES),
            limit=page_size,
        )
        return AsyncPager(
            paged(self._client._execute, autocomplete_products.OPERATION_ID, build, _parse_products),
            page_size=page_size,
            max_items=max_items,
            max_page_size=MAX_PAGE_SIZE,
        )

    async def get(
        self, location_id: int, product_id: int, *, include: Sequence[ProductItemInclude] | None = None
    ) -> Product:
        """A Product; `include=["storage_amounts"]` fills `Product.storage_amounts`."""
        request = get_product.request_kwargs(
            location(location_id),
            v.positive_id("product_id", product_id),
            include=include_items(GetProductIncludeItem, include, _GET_INCLUDES),
        )
        return await self._client._execute(APICall(get_product.OPERATION_ID, request, _parse_product))

    def storage_amounts(
        self, location_id: int, product_id: int, *, include_storage: bool = False
    ) -> AsyncPager[ProductStorageAmount]:
        """Stock of a Product per storage; `include_storage=True` adds each storage."""
        request = list_product_storage_amounts.request_kwargs(
            location(location_id),
            v.positive_id("product_id", product_id),
            include=[ListProductStorageAmountsIncludeItem.STORAGE]
            if v.boolean("include_storage", include_storage)
            else None,
        )
        call = APICall(list_product_storage_amounts.OPERATION_ID, request, _parse_amounts)
        return AsyncPager(once(self._client._execute, call))


class AsyncProductUnits(AsyncAPIResource):
    """Units Products are measured in."""

    def list(self, location_id: int) -> AsyncPager[ProductUnit]:
        """The units of measure Products use (one request, sent as you iterate)."""
        request = list_product_units.request_kwargs(location(location_id))
        return AsyncPager(once(self._client._execute, APICall(list_product_units.OPERATION_ID, request, _parse_units)))


class AsyncProductCategories(AsyncAPIResource):
    """Categories that group Products, in a tree."""

    def list(
        self,
        location_id: int,
        *,
        parent_id: int | None = None,
        include: Sequence[CategoryInclude] | None = None,
    ) -> AsyncPager[ProductCategory]:
        """Categories under `parent_id` (None or 0: the top level); `include=` fills
        `.child_categories` and `.products` (`products` is the wire's `goods`, taken too)."""
        request = list_product_categories.request_kwargs(
            location(location_id),
            filterparent_category_id=None if parent_id is None else v.integer("parent_id", parent_id, minimum=0),
            include=include_items(ListProductCategoriesIncludeItem, include, _CATEGORY_INCLUDES, _CATEGORY_ALIASES),
        )
        call = APICall(list_product_categories.OPERATION_ID, request, _parse_categories)
        return AsyncPager(once(self._client._execute, call))

    async def get(
        self, location_id: int, category_id: int, *, include: Sequence[CategoryInclude] | None = None
    ) -> ProductCategory:
        """One category; `include=` fills `.child_categories` and `.products` (`products` is the
        wire's `goods`, taken too)."""
        request = get_product_category.request_kwargs(
            location(location_id),
            v.positive_id("category_id", category_id),
            include=include_items(GetProductCategoryIncludeItem, include, _CATEGORY_INCLUDES, _CATEGORY_ALIASES),
        )
        return await self._client._execute(APICall(get_product_category.OPERATION_ID, request, _parse_category))
