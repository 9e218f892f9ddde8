"""Booking Users (wire: `client`) and their attendance and spending statistics."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

import attrs

from . import _wire as w
from ._base import Model
from ._document import Document, relationship_ids, resolve_included, wire_type
from .team_members import Gender


@wire_type("client")
@attrs.frozen(slots=True)
class BookingUser(Model):
    """A Booking User as seen in an attendance. What the Business User may not see comes
    back empty. Personal fields are kept out of repr()."""

    id: int
    name: str | None = attrs.field(default=None, repr=False)
    surname: str | None = attrs.field(default=None, repr=False)
    patronymic: str | None = attrs.field(default=None, repr=False)
    phone: str | None = attrs.field(default=None, repr=False)
    additional_phone: str | None = attrs.field(default=None, repr=False)
    email: str | None = attrs.field(default=None, repr=False)
    birthday: dt.datetime | None = attrs.field(default=None, repr=False)
    gender: Gender | int | None = attrs.field(default=None, repr=False)
    comment: str | None = attrs.field(default=None, repr=False)
    card_number: str | None = attrs.field(default=None, repr=False)
    client_tips: bool | None = None
    discount: float | None = None
    discount_percent: float | None = None
    relationships: Mapping[str, tuple[str, ...]] = attrs.field(factory=dict, repr=False, eq=False)
    included: Mapping[str, tuple[Any, ...]] = attrs.field(factory=dict, repr=False, eq=False)
    raw: Mapping[str, Any] = attrs.field(factory=dict, repr=False, eq=False)

    @classmethod
    def from_wire(cls, resource: Mapping[str, Any], document: Document | None = None) -> BookingUser:
        a = w.mapping(w.field(resource, "attributes"), "attributes")
        gender = a.get("gender")
        return cls(
            id=w.resource_id(resource),
            name=w.opt_str(a, "name"),
            surname=w.opt_str(a, "surname"),
            patronymic=w.opt_str(a, "patronymic"),
            phone=w.opt_str(a, "phone"),
            additional_phone=w.opt_str(a, "additional_phone"),
            email=w.opt_str(a, "email"),
            birthday=w.opt_datetime(a, "birthday", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d"),
            gender=None if gender is None else w.lenient_enum(Gender, gender),
            comment=w.opt_str(a, "comment"),
            card_number=w.opt_str(a, "card_number"),
            client_tips=w.opt_bool(a, "client_tips"),
            discount=w.opt_number(a, "discount"),
            discount_percent=w.opt_number(a, "discount_percent"),
            relationships=relationship_ids(resource),
            included=resolve_included(resource, document),
            raw=resource,
        )


@wire_type("timetable_deposit")
@attrs.frozen(slots=True)
class Deposit(Model):
    """A Booking User's deposit: what is on it, what is reserved, and what is left to spend."""

    id: str
    title: str
    balance: float
    reserved_balance: float
    available_balance: float
    raw: Mapping[str, Any] = attrs.field(factory=dict, repr=False, eq=False)

    @classmethod
    def from_wire(cls, resource: Mapping[str, Any], document: Document | None = None) -> Deposit:
        a = w.mapping(w.field(resource, "attributes"), "attributes")
        return cls(
            id=str(w.field(resource, "id")),
            title=w.req_str(a, "title"),
            balance=w.req_number(a, "balance"),
            reserved_balance=w.req_number(a, "reserved_balance"),
            available_balance=w.req_number(a, "available_balance"),
            raw=resource,
        )


@wire_type("client_attendances_statistic", "client_chain_attendances_statistic")
@attrs.frozen(slots=True)
class AttendanceStatistics(Model):
    """How often a Booking User came and what they spent, in one Location or a whole chain.
    `deposits` are the Booking User's deposits, sent with the statistics."""

    id: str
    successful_attendances_count: int
    failed_attendances_count: int
    balance_amount: float
    spent_amount: float
    paid_amount: float
    last_successful_attendance: dt.datetime | None
    location_id: int | None = None
    deposits: tuple[Deposit, ...] = ()
    relationships: Mapping[str, tuple[str, ...]] = attrs.field(factory=dict, repr=False, eq=False)
    included: Mapping[str, tuple[Any, ...]] = attrs.field(factory=dict, repr=False, eq=False)
    raw: Mapping[str, Any] = attrs.field(factory=dict, repr=False, eq=False)

    @classmethod
    def from_wire(cls, resource: Mapping[str, Any], document: Document | None = None) -> AttendanceStatistics:
        a = w.mapping(w.field(resource, "attributes"), "attributes")
        included = resolve_included(resource, document)
        return cls(
            id=str(w.field(resource, "id")),
            successful_attendances_count=w.req_int(a, "successful_attendances_count"),
            failed_attendances_count=w.req_int(a, "failed_attendances_count"),
            balance_amount=w.req_number(a, "balance_amount"),
            spent_amount=w.req_number(a, "spent_amount"),
            paid_amount=w.req_number(a, "paid_amount"),
            last_successful_attendance=w.opt_datetime(
                a, "last_successful_attendance_datetime", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S"
            ),
            location_id=w.opt_int(a, "company_id"),
            deposits=tuple(item for item in included.get("deposits", ()) if isinstance(item, Deposit)),
            relationships=relationship_ids(resource),
            included=included,
            raw=resource,
        )
