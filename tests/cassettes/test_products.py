"""Products, their units, categories and stock, and products in appointments, through the public
API, replayed from cassettes recorded against the mock (its seeds: Products 100-103 in the
categories 5 "Hair Care" and 6 "Shampoos", storages 10 and 11)."""

from __future__ import annotations

from typing import Any

import pytest
from mock_server import MOCK_STAFF_ID

from altegio import (
    AppointmentProductItem,
    AsyncPager,
    BadRequestError,
    Product,
    ProductCategory,
    ProductStorageAmount,
    ProductUnit,
    Resource,
    TeamMember,
)

from .helpers import (
    INVALID_DATA,
    LOCATION_ERRORS,
    NOT_FOUND,
    UNKNOWN_ID,
    collect,
    expect_error,
    expect_invalid,
    run,
    sent,
)

pytestmark = pytest.mark.vcr

PRODUCTS = {100: "Professional Shampoo", 101: "Dry Shampoo", 102: "Shampoo Travel Size", 103: "Hair Mask"}
SHAMPOOS = [100, 101, 102]
ITEM_ID = 3001


def assert_product(product: Product) -> None:
    assert isinstance(product, Product)
    assert product.title == PRODUCTS[product.id]
    assert product.raw["type"] == "good" and product.raw["id"] == str(product.id)
    assert isinstance(product.category_id, int)
    assert (product.sale_unit_id, product.consumable_unit_id) == (1, 1)
    assert isinstance(product.cost, int | float)
    assert product.is_chain is False
    assert (product.loyalty_abonement_type_id, product.loyalty_certificate_type_id) == (None, None)


async def test_list_product_units(client: Any, location_id: int) -> None:
    units = await collect(client.products.units.list(location_id))

    assert units
    for unit in units:
        assert isinstance(unit, ProductUnit)
        assert isinstance(unit.id, int) and unit.raw["id"] == str(unit.id)
        assert isinstance(unit.title, str) and isinstance(unit.short_title, str)
        assert unit.location_id == location_id
        assert unit.raw["type"] == "unit"


async def test_list_products(client: Any, location_id: int) -> None:
    products = await collect(client.products.list(location_id))

    assert [product.id for product in products] == list(PRODUCTS)
    for product in products:
        assert_product(product)
        assert (product.actual_cost, product.storage_amounts, product.included) == (None, (), {})
    assert products[0].cost == 25.99


async def test_list_products_by_ids_with_actual_cost(client: Any, location_id: int, vcr: Any) -> None:
    products = await collect(
        client.products.list(location_id, ids=[100, 103], include=["actual_cost", "mark_settings"])
    )

    assert [product.id for product in products] == [100, 103]
    for product in products:
        assert_product(product)
        assert isinstance(product.actual_cost, float)
        assert product.relationships == {"mark_settings": ()}
    assert [product.actual_cost for product in products] == [15.59, 18.6]
    (query,) = sent(vcr, "/products")
    assert query["filter[ids][]"] == ["100", "103"]
    assert query["include"] == ["actual_cost", "mark_settings"]


async def test_list_membership_products(client: Any, location_id: int, vcr: Any) -> None:
    assert await collect(client.products.list(location_id, kind="loyalty_abonement")) == []
    (query,) = sent(vcr, "/products")
    assert query["filter[related_loyalty_entity_slug]"] == ["loyalty_abonement"]


@pytest.mark.parametrize(("page_size", "pages"), [(2, 3), (3, 2)], ids=["full-pages", "short-page"])
async def test_list_products_pages_until_a_short_page(
    client: Any, location_id: int, vcr: Any, page_size: int, pages: int
) -> None:
    products = await collect(client.products.list(location_id, page_size=page_size))

    assert [product.id for product in products] == list(PRODUCTS)
    queries = sent(vcr, "/products")
    assert [query["page"] for query in queries] == [[str(page)] for page in range(1, pages + 1)]
    assert all(query["limit"] == [str(page_size)] for query in queries)


async def test_list_products_page_by_page(client: Any, location_id: int) -> None:
    pager = client.products.list(location_id, page_size=3)

    if isinstance(pager, AsyncPager):
        pages = [[product.id for product in page] async for page in pager.pages()]
    else:
        pages = [[product.id for product in page] for page in pager.pages()]

    assert pages == [[100, 101, 102], [103]]


async def test_autocomplete_products(client: Any, location_id: int, vcr: Any) -> None:
    products = await collect(client.products.autocomplete(location_id, "shampoo", page_size=2))

    assert [product.id for product in products] == SHAMPOOS
    for product in products:
        assert_product(product)
    queries = sent(vcr, "/products/autocomplete")
    assert [(query["filter[term]"], query["page"], query["limit"]) for query in queries] == [
        (["shampoo"], ["1"], ["2"]),
        (["shampoo"], ["2"], ["2"]),
    ]


async def test_autocomplete_products_with_includes(client: Any, location_id: int, vcr: Any) -> None:
    (product,) = await collect(
        client.products.autocomplete(
            location_id, "mask", include=["loyalty_abonement_type", "loyalty_certificate_type"]
        )
    )

    assert_product(product)
    assert product.id == 103
    assert product.relationships == {"loyalty_abonement_type": (), "loyalty_certificate_type": ()}
    (query,) = sent(vcr, "/products/autocomplete")
    assert query["include"] == ["loyalty_abonement_type", "loyalty_certificate_type"]


async def test_get_product(client: Any, location_id: int) -> None:
    product = await run(client.products.get(location_id, 101))

    assert_product(product)
    assert (product.id, product.category_id, product.cost) == (101, 6, 18.5)
    assert product.storage_amounts == ()


async def test_get_product_with_storage_amounts(client: Any, location_id: int, vcr: Any) -> None:
    product = await run(client.products.get(location_id, 100, include=["storage_amounts", "actual_cost"]))

    assert_product(product)
    assert product.actual_cost == 15.59
    assert product.relationships["storage_amounts"] == ("100_10", "100_11")
    assert [(a.id, a.product_id, a.storage_id) for a in product.storage_amounts] == [
        ("100_10", 100, 10),
        ("100_11", 100, 11),
    ]
    for amount in product.storage_amounts:
        assert isinstance(amount, ProductStorageAmount)
        assert amount.raw["type"] == "good_storage_amount"
    assert [(a.sale_amount, a.consumable_amount) for a in product.storage_amounts] == [(50, 500), (4.5, 45.0)]
    assert sent(vcr, "/products/100") == [{"include": ["storage_amounts", "actual_cost"]}]


async def test_list_product_storage_amounts(client: Any, location_id: int, vcr: Any) -> None:
    amounts = await collect(client.products.storage_amounts(location_id, 101, include_storage=True))

    assert [(amount.product_id, amount.storage_id) for amount in amounts] == [(101, 10), (101, 11)]
    for amount in amounts:
        assert isinstance(amount, ProductStorageAmount)
        assert isinstance(amount.sale_amount, int | float) and isinstance(amount.consumable_amount, int | float)
        (storage,) = amount.included["storage"]
        assert isinstance(storage, Resource)
        assert (storage.type, storage.id) == ("storage", str(amount.storage_id))
    assert [amount.included["storage"][0].attributes["title"] for amount in amounts] == ["Main storage", "Back room"]
    assert sent(vcr, "/products/101/storage_amounts") == [{"include": ["storage"]}]


async def test_list_product_storage_amounts_without_storages(client: Any, location_id: int, vcr: Any) -> None:
    amounts = await collect(client.products.storage_amounts(location_id, 101))

    assert [amount.id for amount in amounts] == ["101_10", "101_11"]
    assert all(amount.included == {} for amount in amounts)
    assert sent(vcr, "/products/101/storage_amounts") == [{}]


async def test_list_product_categories(client: Any, location_id: int, vcr: Any) -> None:
    (category,) = await collect(client.products.categories.list(location_id, include=["child_categories", "goods"]))

    assert isinstance(category, ProductCategory)
    assert (category.id, category.title, category.is_chain, category.parent_category_id) == (
        5,
        "Hair Care",
        False,
        None,
    )
    assert category.raw["type"] == "good_category"
    (child,) = category.child_categories
    assert isinstance(child, ProductCategory)
    assert (child.id, child.title, child.parent_category_id) == (6, "Shampoos", 5)
    assert [product.id for product in category.products] == [100, 103]
    for product in category.products:
        assert_product(product)
    assert category.relationships == {"child_categories": ("6",), "goods": ("100", "103")}
    (query,) = sent(vcr, "/product_categories")
    assert query == {"filter[parent_category_id]": ["0"], "include": ["child_categories", "goods"]}  # 0: the default


async def test_list_product_subcategories(client: Any, location_id: int, vcr: Any) -> None:
    (category,) = await collect(client.products.categories.list(location_id, parent_id=5))

    assert (category.id, category.parent_category_id) == (6, 5)
    assert (category.child_categories, category.products) == ((), ())
    assert sent(vcr, "/product_categories") == [{"filter[parent_category_id]": ["5"]}]


async def test_get_product_category(client: Any, location_id: int) -> None:
    category = await run(client.products.categories.get(location_id, 6, include=["goods", "child_categories"]))

    assert isinstance(category, ProductCategory)
    assert (category.id, category.title, category.parent_category_id) == (6, "Shampoos", 5)
    assert [product.id for product in category.products] == [101, 102]
    assert category.child_categories == ()


async def test_get_attendance_product_item(client: Any, location_id: int, vcr: Any) -> None:
    item = await run(
        client.appointments.product_items.get(location_id, ITEM_ID, include=["good", "storage_amount", "staff"])
    )

    assert isinstance(item, AppointmentProductItem)
    assert (item.id, item.appointment_id, item.product_id, item.storage_id) == (ITEM_ID, 20001, 100, 10)
    assert (item.staff_id, item.unit_id, item.quantity) == (MOCK_STAFF_ID, 1, 2)
    assert (item.first_cost, item.cost_per_unit, item.discount_percent, item.cost) == (25.99, 25.99, 10, 46.78)
    assert item.operation_type_slug == "sale"
    assert item.raw["type"] == "attendance_good_item"
    assert isinstance(item.product, Product)
    assert_product(item.product)
    assert item.product.id == 100
    assert isinstance(item.storage_amount, ProductStorageAmount)
    assert (item.storage_amount.id, item.storage_amount.storage_id) == ("100_10", 10)
    (staff,) = item.included["staff"]
    assert isinstance(staff, TeamMember)
    assert staff.id == MOCK_STAFF_ID
    assert sent(vcr, f"/attendance_product_items/{ITEM_ID}") == [{"include": ["good", "storage_amount", "staff"]}]


async def test_get_attendance_product_item_without_include(client: Any, location_id: int) -> None:
    item = await run(client.appointments.product_items.get(location_id, ITEM_ID))

    assert (item.product, item.storage_amount, item.included) == (None, None, {})
    assert item.product_id == 100


CALLS = {
    "list_product_units": lambda client, location: client.products.units.list(location).to_list(),
    "list_products": lambda client, location: client.products.list(location).to_list(),
    "autocomplete_products": lambda client, location: client.products.autocomplete(location, "shampoo").to_list(),
    "get_product": lambda client, location: client.products.get(location, 100),
    "list_product_storage_amounts": lambda client, location: client.products.storage_amounts(location, 100).to_list(),
    "list_product_categories": lambda client, location: client.products.categories.list(location).to_list(),
    "get_product_category": lambda client, location: client.products.categories.get(location, 5),
    "get_attendance_product_item": lambda client, location: client.appointments.product_items.get(location, ITEM_ID),
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
        lambda client, location: client.products.get(location, UNKNOWN_ID),
        lambda client, location: client.products.storage_amounts(location, UNKNOWN_ID).to_list(),
        lambda client, location: client.products.categories.get(location, UNKNOWN_ID),
        lambda client, location: client.appointments.product_items.get(location, UNKNOWN_ID),
    ],
    ids=["get_product", "list_product_storage_amounts", "get_product_category", "get_attendance_product_item"],
)
async def test_unknown_id_is_404(client: Any, location_id: int, call: Any) -> None:
    error = await expect_error(lambda: call(client, location_id), *NOT_FOUND)
    assert error.errors == {}


UNPROCESSABLE = {
    "unknown-product": (
        lambda client, location: client.products.list(location, ids=[100, UNKNOWN_ID]).to_list(),
        {"filter[ids][]": ["The selected Product is invalid"]},
    ),
    # The client counts "a " as two characters; the mock trims input first (as the platform is
    # assumed to), leaving one.
    "term-short-once-trimmed": (
        lambda client, location: client.products.autocomplete(location, "a ").to_list(),
        {"filter[term]": ["The filter[term] must be at least 2 characters."]},
    ),
    "unknown-parent-category": (
        lambda client, location: client.products.categories.list(location, parent_id=UNKNOWN_ID).to_list(),
        {"filter[parent_category_id]": ["The selected parent Product Category is invalid"]},
    ),
}


@pytest.mark.parametrize(("call", "errors"), UNPROCESSABLE.values(), ids=UNPROCESSABLE.keys())
async def test_invalid_filters_are_422(client: Any, location_id: int, call: Any, errors: dict[str, list[str]]) -> None:
    error = await expect_error(lambda: call(client, location_id), *INVALID_DATA)
    assert error.errors == errors


async def test_a_400_for_an_emoji_term_is_a_bad_request_error(client: Any, location_id: int) -> None:
    """The client refuses emoji itself; through the escape hatch the server's 400 comes back typed."""
    error = await expect_error(
        lambda: client.request(
            "GET",
            f"/locations/{location_id}/products/autocomplete",
            params={"filter[term]": "\u2b50 shampoo", "page": 1, "limit": 250},
        ),
        BadRequestError,
        400,
        "The search term includes emoji",
    )
    assert error.errors == {}


INVALID_INPUT = {
    "location": (lambda client: client.products.units.list("68570"), "location_id"),
    "empty-ids": (lambda client: client.products.list(68570, ids=[]), "ids"),
    "kind": (lambda client: client.products.list(68570, kind="gift_card"), "kind"),
    "list-include": (lambda client: client.products.list(68570, include=["storage_amounts"]), "include"),
    "page-size": (lambda client: client.products.list(68570, page_size=0), "page_size"),
    "max-items": (lambda client: client.products.list(68570, max_items=-1), "max_items"),
    "term-one-character": (lambda client: client.products.autocomplete(68570, "a"), "term"),
    "term-blank": (lambda client: client.products.autocomplete(68570, "  "), "term"),
    "term-emoji": (lambda client: client.products.autocomplete(68570, "sh\U0001f600"), "term"),
    "term-emoji-symbol": (lambda client: client.products.autocomplete(68570, "\u2600 shampoo"), "term"),
    "term-not-text": (lambda client: client.products.autocomplete(68570, 42), "term"),
    "autocomplete-include": (
        lambda client: client.products.autocomplete(68570, "shampoo", include=["actual_cost"]),
        "include",
    ),
    "product-id": (lambda client: client.products.get(68570, 0), "product_id"),
    "get-include": (lambda client: client.products.get(68570, 100, include=["storage"]), "include"),
    "storage-flag": (
        lambda client: client.products.storage_amounts(68570, 100, include_storage="yes"),
        "include_storage",
    ),
    "parent-id": (lambda client: client.products.categories.list(68570, parent_id=-1), "parent_id"),
    "category-include": (lambda client: client.products.categories.list(68570, include=["product"]), "include"),
    "category-id": (lambda client: client.products.categories.get(68570, None), "category_id"),
    "item-id": (lambda client: client.appointments.product_items.get(68570, "3001"), "item_id"),
    "item-include": (
        lambda client: client.appointments.product_items.get(68570, 3001, include=["products"]),
        "include",
    ),
}


@pytest.mark.parametrize(("call", "argument"), INVALID_INPUT.values(), ids=INVALID_INPUT.keys())
async def test_bad_input_is_refused_before_sending(offline_client: Any, call: Any, argument: str) -> None:
    await expect_invalid(lambda: call(offline_client), argument)


@pytest.mark.parametrize("term", ["\u2b50 shampoo", "shampoo \u231a", "\u23f0 mask", "\u2b55 mask"])
async def test_every_emoji_is_refused_before_sending(offline_client: Any, term: str) -> None:
    await expect_invalid(lambda: offline_client.products.autocomplete(68570, term), "term")
