"""Products, their categories, stock and the products of appointments (the spec's "Products").

Seeds: Products 100-103 in the Product categories 5 (top level) and 6 (its child), stocked in
storages 10 and 11. autocomplete_products: a term with an emoji -> 400 "The search term
includes emoji"; a term shorter than 2 characters once trimmed -> 422 {"filter[term]"}.
"""

from __future__ import annotations

from typing import Any

from .constants import EMOJI, MOCK_STAFF_ID
from .core import ApiError, Call, Reply, Section, invalid


class ProductsMock(Section):
    """The Products operations."""

    def _seed_products(self) -> None:
        """Products, categories and storages: the examples and a few variants."""
        product = self.example("list_products")["data"][0]
        self.products = {int(product["id"]): product["attributes"]}
        for product_id, title, category_id, cost in (
            (101, "Dry Shampoo", 6, 18.5),
            (102, "Shampoo Travel Size", 6, 9.99),
            (103, "Hair Mask", 5, 31.0),
        ):
            self.products[product_id] = {
                **product["attributes"],
                "title": title,
                "category_id": category_id,
                "cost": cost,
            }
        category = self.example("list_product_categories")["data"][0]
        self.product_categories = {
            int(category["id"]): category["attributes"],
            6: {"title": "Shampoos", "is_chain": False, "parent_category_id": int(category["id"])},
        }
        self.storages = {10: "Main storage", 11: "Back room"}

    def _product(self, product_id: int, include: list[str]) -> dict[str, Any]:
        attributes = dict(self.products.get(product_id, self.products[100]))
        if "actual_cost" in include:
            attributes["actual_cost"] = round(attributes["cost"] * 0.6, 2)
        return {"type": "good", "id": str(product_id), "attributes": attributes}

    def _product_resource(self, call: Call, product_id: int, included: dict[tuple[str, str], Any]) -> dict[str, Any]:
        include = call.query.get("include", [])
        resource = self._product(product_id, include)
        for name in include:
            if name == "storage_amounts":
                self._link(resource, included, name, self._amounts(product_id))
            elif name != "actual_cost":  # no loyalty types or marking settings here
                self._link(resource, included, name, [], many=False)
        return resource

    def _amounts(self, product_id: int) -> list[dict[str, Any]]:
        return [
            {
                "type": "good_storage_amount",
                "id": f"{product_id}_{storage_id}",
                "attributes": {
                    "good_id": product_id,
                    "storage_id": storage_id,
                    "sale_amount": amount,
                    "consumable_amount": amount * 10,
                },
            }
            for storage_id, amount in zip(self.storages, (50, 4.5), strict=True)
        ]

    def _op_list_products(self, call: Call) -> Reply:
        wanted = set(self._query_ids(call, "filter[ids][]", "Product"))
        kind = call.arg("filter[related_loyalty_entity_slug]") or "common"
        included: dict[tuple[str, str], Any] = {}
        products = [
            self._product_resource(call, product_id, included)
            for product_id in self.products
            if kind == "common" and (not wanted or product_id in wanted)
        ]
        return Reply(200, self._with_included(self._paged(call, products), included))

    def _op_autocomplete_products(self, call: Call) -> Reply:
        term = call.arg("filter[term]") or ""
        if EMOJI.search(term):
            raise ApiError(400, "The search term includes emoji")
        term = term.strip().lower()  # as the platform trims its input
        if len(term) < 2:
            raise invalid("filter[term]", "The filter[term] must be at least 2 characters.")
        included: dict[tuple[str, str], Any] = {}
        products = [
            self._product_resource(call, product_id, included)
            for product_id, attributes in self.products.items()
            if term in attributes["title"].lower()
        ]
        return Reply(200, self._with_included(self._paged(call, products), included))

    def _op_get_product(self, call: Call) -> Reply:
        included: dict[tuple[str, str], Any] = {}
        product = self._product_resource(call, self._path_id(call, "product_id"), included)
        return Reply(200, self._with_included({"data": product, "meta": []}, included))

    def _op_list_product_storage_amounts(self, call: Call) -> Reply:
        amounts = self._amounts(self._path_id(call, "product_id"))
        included: dict[tuple[str, str], Any] = {}
        if "storage" in call.query.get("include", []):
            for amount in amounts:
                storage_id = amount["attributes"]["storage_id"]
                storage = {"type": "storage", "id": str(storage_id), "attributes": {"title": self.storages[storage_id]}}
                self._link(amount, included, "storage", [storage], many=False)
        return Reply(200, self._with_included({"data": amounts}, included))

    def _category_resource(self, call: Call, category_id: int, included: dict[tuple[str, str], Any]) -> dict[str, Any]:
        attributes = self.product_categories.get(category_id, self.product_categories[5])
        resource: dict[str, Any] = {"type": "good_category", "id": str(category_id), "attributes": dict(attributes)}
        include = call.query.get("include", [])
        if "child_categories" in include:
            children = [
                {"type": "good_category", "id": str(child_id), "attributes": dict(child)}
                for child_id, child in self.product_categories.items()
                if child["parent_category_id"] == category_id
            ]
            self._link(resource, included, "child_categories", children)
        if "goods" in include:
            goods = [self._product(i, []) for i, p in self.products.items() if p["category_id"] == category_id]
            self._link(resource, included, "goods", goods)
        return resource

    def _op_list_product_categories(self, call: Call) -> Reply:
        parents = self._query_ids(call, "filter[parent_category_id]", "parent Product Category")
        parent = parents[0] if parents and parents[0] else None
        included: dict[tuple[str, str], Any] = {}
        categories = [
            self._category_resource(call, category_id, included)
            for category_id, category in self.product_categories.items()
            if category["parent_category_id"] == parent
        ]
        return Reply(200, self._with_included({"data": categories}, included))

    def _op_get_product_category(self, call: Call) -> Reply:
        included: dict[tuple[str, str], Any] = {}
        category = self._category_resource(call, self._path_id(call, "product_category_id"), included)
        return Reply(200, self._with_included({"data": category, "meta": []}, included))

    def _product_item(self, item_id: int) -> dict[str, Any]:
        attributes = {
            "record_id": 20001,
            "quantity": 2,
            "unit_id": 1,
            "sale_unit_id": 1,
            "consumable_unit_id": 1,
            "operation_unit_type": "sale",
            "operation_type_slug": "sale",
            "first_cost": 25.99,
            "manual_cost": 25.99,
            "cost_per_unit": 25.99,
            "discount_percent": 10,
            "cost": 46.78,
            "master_id": MOCK_STAFF_ID,
            "staff_id": MOCK_STAFF_ID,
            "good_id": 100,
            "storage_id": 10,
        }
        return {"type": "attendance_good_item", "id": str(item_id), "attributes": attributes}

    def _op_get_attendance_product_item(self, call: Call) -> Reply:
        item = self._product_item(self._path_id(call, "attendance_product_item_id"))
        attributes = item["attributes"]
        included: dict[tuple[str, str], Any] = {}
        for name in call.query.get("include", []):
            related = {
                "good": [self._product(attributes["good_id"], [])],
                "staff": [self._staff(attributes["staff_id"])],
                "storage_amount": self._amounts(attributes["good_id"])[:1],
            }.get(name, [])
            self._link(item, included, name, related, many=name == "marks")
        return Reply(200, self._with_included({"data": item, "meta": []}, included))
