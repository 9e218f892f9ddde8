"""Typed inputs for the request bodies that nest objects (event appointments).

Each input checks its values when it is built, with the documented limits, and knows its wire
form, so a bad phone number fails in your code, not on the server.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from typing import Any, Literal

import attrs

from . import _validation as v
from ._errors import InvalidArgumentError
from .models.team_members import Gender

_PHONE = re.compile(r"[0-9]{9,15}")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


def _optional_text(name: str, value: Any, *, max_length: int | None = None) -> str | None:
    return None if value is None else v.text(name, value, max_length=max_length)


def _birthday(value: dt.date | dt.datetime | None) -> dt.date | None:
    """A `BookingUser.birthday` (a datetime at midnight) is accepted as its day."""
    return None if value is None else v.calendar_date("client.birthday", value)


@attrs.frozen(slots=True)
class EventClient:
    """The Booking User an event appointment is for.

    Give `id` for an existing Booking User; without it the server creates one. `phone` is 9 to
    15 digits (or "" for none); `birthday` a date (or a `BookingUser.birthday` as returned);
    `custom_fields` maps a Custom Field code to its value. Personal fields are kept out of repr().
    """

    name: str = attrs.field(repr=False)
    id: int | None = None
    phone: str | None = attrs.field(default=None, repr=False)
    email: str | None = attrs.field(default=None, repr=False)
    surname: str | None = attrs.field(default=None, repr=False)
    patronymic: str | None = attrs.field(default=None, repr=False)
    gender: Gender | None = attrs.field(default=None, repr=False)
    birthday: dt.date | None = attrs.field(default=None, repr=False, converter=_birthday)
    custom_fields: Mapping[str, str] | None = attrs.field(default=None, repr=False)
    newsletter_allowed: bool | None = None
    personal_data_processing_allowed: bool | None = None
    comment: str | None = None
    national_id: str | None = attrs.field(default=None, repr=False)

    def __attrs_post_init__(self) -> None:
        v.text("client.name", self.name)
        if self.id is not None:
            v.positive_id("client.id", self.id)
        if (
            self.phone is not None
            and self.phone != ""
            and not (isinstance(self.phone, str) and _PHONE.fullmatch(self.phone))
        ):
            raise InvalidArgumentError("client.phone", "must be 9 to 15 digits without '+' or spaces, or ''")
        if self.email is not None and not (isinstance(self.email, str) and _EMAIL.fullmatch(self.email)):
            raise InvalidArgumentError("client.email", f"must be an e-mail address, got {v.shown(self.email)}")
        _optional_text("client.surname", self.surname)
        _optional_text("client.patronymic", self.patronymic)
        _optional_text("client.comment", self.comment)
        _optional_text("client.national_id", self.national_id)
        if self.gender is not None:
            v.choice("client.gender", self.gender, Gender)
        if (self.newsletter_allowed is None) != (self.personal_data_processing_allowed is None):
            raise InvalidArgumentError(
                "client.newsletter_allowed",
                "give both newsletter_allowed and personal_data_processing_allowed, or neither",
            )
        for name in ("newsletter_allowed", "personal_data_processing_allowed"):
            value = getattr(self, name)
            if value is not None:
                v.boolean(f"client.{name}", value)
        if self.custom_fields is not None:
            if not isinstance(self.custom_fields, Mapping):
                raise InvalidArgumentError("client.custom_fields", "must be a mapping of field code to value")
            for code, value in self.custom_fields.items():
                v.text("client.custom_fields key", code)
                v.text(f"client.custom_fields[{code!r}]", value, max_length=255)

    def to_wire(self) -> dict[str, Any]:
        """All ten keys the API requires, with null for what is unknown."""
        wire: dict[str, Any] = {
            "id": self.id,
            "name": self.name,
            "phone": self.phone,
            "email": self.email,
            "surname": self.surname,
            "patronymic": self.patronymic,
            "gender": None if self.gender is None else int(self.gender),
            "birthday": None if self.birthday is None else self.birthday.isoformat(),
            "custom_field_values": None
            if self.custom_fields is None
            else [{"code": code, "value": value} for code, value in self.custom_fields.items()],
            "agreements": None
            if self.newsletter_allowed is None
            else {
                "is_newsletter_allowed": self.newsletter_allowed,
                "is_personal_data_processing_allowed": self.personal_data_processing_allowed,
            },
        }
        if self.comment is not None:
            wire["comment"] = self.comment
        if self.national_id is not None:
            wire["national_id"] = self.national_id
        return wire


_MAX_AMOUNT = 1_000_000_000


@attrs.frozen(slots=True)
class AppointmentProduct:
    """A Product sold or consumed in an event appointment (`attendance_good_items`).

    `id` names an existing item to keep; leave it None to add one.
    """

    product_id: int
    unit_id: int
    storage_id: int
    staff_id: int
    operation: Literal["sale", "consumable"]
    quantity: float
    cost_per_unit: float
    manual_cost: float
    discount_percent: float = 0
    id: int | None = None
    number: str | None = None
    marks: Sequence[str] = ()
    planned_activation_date: dt.date | None = None

    def __attrs_post_init__(self) -> None:
        for name in ("product_id", "unit_id", "storage_id", "staff_id"):
            v.positive_id(f"products[].{name}", getattr(self, name))
        if self.id is not None:
            v.positive_id("products[].id", self.id)
        if self.operation not in ("sale", "consumable"):
            raise InvalidArgumentError(
                "products[].operation", f"must be 'sale' or 'consumable', got {v.shown(self.operation)}"
            )
        v.number("products[].quantity", self.quantity, minimum=0.001, maximum=_MAX_AMOUNT)
        v.number("products[].cost_per_unit", self.cost_per_unit, minimum=0, maximum=_MAX_AMOUNT)
        v.number("products[].manual_cost", self.manual_cost, minimum=0, maximum=_MAX_AMOUNT)
        v.number("products[].discount_percent", self.discount_percent, minimum=0, maximum=100)
        _optional_text("products[].number", self.number, max_length=32)
        if isinstance(self.marks, str):
            raise InvalidArgumentError("products[].marks", "must be a list of strings")
        for mark in self.marks:
            v.text("products[].marks[]", mark, max_length=256)
        activation = self.planned_activation_date
        if activation is not None and (not isinstance(activation, dt.date) or isinstance(activation, dt.datetime)):
            raise InvalidArgumentError("products[].planned_activation_date", "must be a datetime.date")

    def to_wire(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "good_id": self.product_id,
            "unit_id": self.unit_id,
            "storage_id": self.storage_id,
            "staff_id": self.staff_id,
            "operation_unit_type": self.operation,
            "number": self.number,
            "quantity": self.quantity,
            "cost_per_unit": self.cost_per_unit,
            "manual_cost": self.manual_cost,
            "discount_percent": self.discount_percent,
            "marks": list(self.marks),
            "planned_activation_date": None
            if self.planned_activation_date is None
            else self.planned_activation_date.isoformat(),
        }
