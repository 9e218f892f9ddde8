"""Products (wire: `good`), their units, categories and stock, and products in appointments."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from . import _wire as w
from ._base import Model
from ._document import Document, relationship_ids, resolve_included, wire_type


def _only(included: Mapping[str, tuple[Any, ...]], name: str, model: type) -> tuple[Any, ...]:
    return tuple(item for item in included.get(name, ()) if isinstance(item, model))


@wire_type("unit")
@attrs.frozen(slots=True)
class ProductUnit(Model):
    id: int
    title: str
    short_title: str
    location_id: int | None = None
    raw: Mapping[str, Any] = attrs.field(factory=dict, repr=False, eq=False)

    @classmethod
    def from_wire(cls, resource: Mapping[str, Any], document: Document | None = None) -> ProductUnit:
        a = w.mapping(w.field(resource, "attributes"), "attributes")
        return cls(
            id=w.resource_id(resource),
            title=w.req_str(a, "title"),
            short_title=w.req_str(a, "short_title"),
            location_id=w.opt_int(a, "company_id"),
            raw=resource,
        )


@wire_type("good_storage_amount")
@attrs.frozen(slots=True)
class ProductStorageAmount(Model):
    """Stock of a Product in one storage, in sale units and in consumable units."""

    id: str
    product_id: int
    storage_id: int
    sale_amount: float
    consumable_amount: float
    included: Mapping[str, tuple[Any, ...]] = attrs.field(factory=dict, repr=False, eq=False)
    relationships: Mapping[str, tuple[str, ...]] = attrs.field(factory=dict, repr=False, eq=False)
    raw: Mapping[str, Any] = attrs.field(factory=dict, repr=False, eq=False)

    @classmethod
    def from_wire(cls, resource: Mapping[str, Any], document: Document | None = None) -> ProductStorageAmount:
        a = w.mapping(w.field(resource, "attributes"), "attributes")
        return cls(
            id=str(w.field(resource, "id")),
            product_id=w.req_int(a, "good_id"),
            storage_id=w.req_int(a, "storage_id"),
            sale_amount=w.req_number(a, "sale_amount"),
            consumable_amount=w.req_number(a, "consumable_amount"),
            included=resolve_included(resource, document),
            relationships=relationship_ids(resource),
            raw=resource,
        )


@wire_type("good")
@attrs.frozen(slots=True)
class Product(Model):
    """A Product. `actual_cost` is set only when asked for (`include=["actual_cost"]`) and
    allowed; `storage_amounts` is filled by `include=["storage_amounts"]`."""

    id: int
    title: str
    category_id: int | None = None
    sale_unit_id: int | None = None
    consumable_unit_id: int | None = None
    sale_unit_to_consumable_unit_ratio: float | None = None
    loyalty_abonement_type_id: int | None = None
    loyalty_certificate_type_id: int | None = None
    cost: float | None = None
    actual_cost: float | None = None
    is_chain: bool | None = None
    storage_amounts: tuple[ProductStorageAmount, ...] = ()
    relationships: Mapping[str, tuple[str, ...]] = attrs.field(factory=dict, repr=False, eq=False)
    included: Mapping[str, tuple[Any, ...]] = attrs.field(factory=dict, repr=False, eq=False)
    raw: Mapping[str, Any] = attrs.field(factory=dict, repr=False, eq=False)

    @classmethod
    def from_wire(cls, resource: Mapping[str, Any], document: Document | None = None) -> Product:
        a = w.mapping(w.field(resource, "attributes"), "attributes")
        included = resolve_included(resource, document)
        return cls(
            id=w.resource_id(resource),
            title=w.req_str(a, "title"),
            category_id=w.opt_int(a, "category_id"),
            sale_unit_id=w.opt_int(a, "sale_unit_id"),
            consumable_unit_id=w.opt_int(a, "consumable_unit_id"),
            sale_unit_to_consumable_unit_ratio=w.opt_number(a, "sale_unit_to_consumable_unit_ratio"),
            loyalty_abonement_type_id=w.opt_int(a, "loyalty_abonement_type_id"),
            loyalty_certificate_type_id=w.opt_int(a, "loyalty_certificate_type_id"),
            cost=w.opt_number(a, "cost"),
            actual_cost=w.opt_number(a, "actual_cost"),
            is_chain=w.opt_bool(a, "is_chain"),
            storage_amounts=_only(included, "storage_amounts", ProductStorageAmount),
            relationships=relationship_ids(resource),
            included=included,
            raw=resource,
        )


@wire_type("good_category")
@attrs.frozen(slots=True)
class ProductCategory(Model):
    """A Product category; `child_categories` and `products` are filled when included."""

    id: int
    title: str
    is_chain: bool | None = None
    parent_category_id: int | None = None
    child_categories: tuple[ProductCategory, ...] = ()
    products: tuple[Product, ...] = ()
    relationships: Mapping[str, tuple[str, ...]] = attrs.field(factory=dict, repr=False, eq=False)
    included: Mapping[str, tuple[Any, ...]] = attrs.field(factory=dict, repr=False, eq=False)
    raw: Mapping[str, Any] = attrs.field(factory=dict, repr=False, eq=False)

    @classmethod
    def from_wire(cls, resource: Mapping[str, Any], document: Document | None = None) -> ProductCategory:
        a = w.mapping(w.field(resource, "attributes"), "attributes")
        included = resolve_included(resource, document)
        return cls(
            id=w.resource_id(resource),
            title=w.req_str(a, "title"),
            is_chain=w.opt_bool(a, "is_chain"),
            parent_category_id=w.opt_int(a, "parent_category_id"),
            child_categories=_only(included, "child_categories", ProductCategory),
            products=_only(included, "goods", Product),
            relationships=relationship_ids(resource),
            included=included,
            raw=resource,
        )


@wire_type("attendance_good_item")
@attrs.frozen(slots=True)
class AppointmentProductItem(Model):
    """A Product sold or used in an Appointment, with its pricing. `product` and
    `storage_amount` are filled when included; other inclusions are in `included`."""

    id: int
    appointment_id: int
    product_id: int
    quantity: float
    cost: float
    staff_id: int | None = None
    storage_id: int | None = None
    unit_id: int | None = None
    sale_unit_id: int | None = None
    consumable_unit_id: int | None = None
    operation_unit_type: str | None = None
    operation_type_slug: str | None = None
    first_cost: float | None = None
    manual_cost: float | None = None
    cost_per_unit: float | None = None
    discount_percent: float | None = None
    product: Product | None = None
    storage_amount: ProductStorageAmount | None = None
    relationships: Mapping[str, tuple[str, ...]] = attrs.field(factory=dict, repr=False, eq=False)
    included: Mapping[str, tuple[Any, ...]] = attrs.field(factory=dict, repr=False, eq=False)
    raw: Mapping[str, Any] = attrs.field(factory=dict, repr=False, eq=False)

    @classmethod
    def from_wire(cls, resource: Mapping[str, Any], document: Document | None = None) -> AppointmentProductItem:
        a = w.mapping(w.field(resource, "attributes"), "attributes")
        included = resolve_included(resource, document)
        products = _only(included, "good", Product)
        amounts = _only(included, "storage_amount", ProductStorageAmount)
        staff_id = w.opt_int(a, "staff_id")
        return cls(
            id=w.resource_id(resource),
            appointment_id=w.req_int(a, "record_id"),
            product_id=w.req_int(a, "good_id"),
            quantity=w.req_number(a, "quantity"),
            cost=w.req_number(a, "cost"),
            staff_id=staff_id if staff_id is not None else w.opt_int(a, "master_id"),
            storage_id=w.opt_int(a, "storage_id"),
            unit_id=w.opt_int(a, "unit_id"),
            sale_unit_id=w.opt_int(a, "sale_unit_id"),
            consumable_unit_id=w.opt_int(a, "consumable_unit_id"),
            operation_unit_type=w.opt_str(a, "operation_unit_type"),
            operation_type_slug=w.opt_str(a, "operation_type_slug"),
            first_cost=w.opt_number(a, "first_cost"),
            manual_cost=w.opt_number(a, "manual_cost"),
            cost_per_unit=w.opt_number(a, "cost_per_unit"),
            discount_percent=w.opt_number(a, "discount_percent"),
            product=products[0] if products else None,
            storage_amount=amounts[0] if amounts else None,
            relationships=relationship_ids(resource),
            included=included,
            raw=resource,
        )
