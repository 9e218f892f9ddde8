"""Team Members, their positions, and their employment profiles."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

import attrs

from . import _wire as w
from ._base import Model, NamedIntEnum
from ._document import Document, relationship_ids, resolve_included, wire_type

_LOCAL = "%Y-%m-%dT%H:%M:%S"


class ServicesBinding(NamedIntEnum):
    """How strictly a position limits the services its Team Members may provide."""

    DISABLED = 0
    SOFT = 1
    STRICT = 2


class Gender(NamedIntEnum):
    UNSPECIFIED = 0
    MALE = 1
    FEMALE = 2


@wire_type("position")
@attrs.frozen(slots=True)
class Position(Model):
    """A position of a Location's chain (the `position` resource of the positions endpoints)."""

    id: int
    title: str
    chain_id: int | None = None
    description: str | None = None
    services_binding: ServicesBinding | int | None = None
    rules_required_fields: tuple[str, ...] = ()
    only_chain_appointment: bool | None = None
    location_ids: tuple[int, ...] = ()
    raw: Mapping[str, Any] = attrs.field(default=attrs.Factory(dict), repr=False, eq=False)

    @classmethod
    def from_wire(cls, resource: Mapping[str, Any], document: Document | None = None) -> Position:
        attributes = w.mapping(w.field(resource, "attributes"), "attributes")
        binding = attributes.get("services_binding_type")
        return cls(
            id=w.resource_id(resource),
            title=w.req_str(attributes, "title"),
            chain_id=w.opt_int(attributes, "chain_id"),
            description=w.opt_str(attributes, "description"),
            services_binding=None if binding is None else w.lenient_enum(ServicesBinding, binding),
            rules_required_fields=w.str_list(attributes, "rules_required_fields"),
            only_chain_appointment=w.opt_bool(attributes, "only_chain_appointment"),
            location_ids=w.int_list(attributes, "salon_ids"),
            raw=resource,
        )


@wire_type("staff_position")
@attrs.frozen(slots=True)
class StaffPosition(Model):
    """The short position (title only) included with a Team Member (`include=["position"]`)."""

    id: int
    title: str
    raw: Mapping[str, Any] = attrs.field(default=attrs.Factory(dict), repr=False, eq=False)

    @classmethod
    def from_wire(cls, resource: Mapping[str, Any], document: Document | None = None) -> StaffPosition:
        attributes = w.mapping(w.field(resource, "attributes"), "attributes")
        return cls(id=w.resource_id(resource), title=w.req_str(attributes, "title"), raw=resource)


@wire_type("employee")
@attrs.frozen(slots=True)
class EmploymentProfile(Model):
    """Identity data of a Team Member (`include=["employee"]`). All of it is personal, so
    repr() shows the id only: reprs end up in logs and tracebacks."""

    id: int
    name: str | None = attrs.field(default=None, repr=False)
    firstname: str | None = attrs.field(default=None, repr=False)
    surname: str | None = attrs.field(default=None, repr=False)
    patronymic: str | None = attrs.field(default=None, repr=False)
    phone: str | None = attrs.field(default=None, repr=False)
    date_admission: dt.datetime | None = attrs.field(default=None, repr=False)
    date_registration_end: dt.datetime | None = attrs.field(default=None, repr=False)
    citizenship: str | None = attrs.field(default=None, repr=False)
    gender: Gender | int | None = attrs.field(default=None, repr=False)
    passport_data: str | None = attrs.field(default=None, repr=False)
    personal_tax_reference_number: str | None = attrs.field(default=None, repr=False)
    number_insurance_certificates: str | None = attrs.field(default=None, repr=False)
    raw: Mapping[str, Any] = attrs.field(default=attrs.Factory(dict), repr=False, eq=False)

    @classmethod
    def from_wire(cls, resource: Mapping[str, Any], document: Document | None = None) -> EmploymentProfile:
        a = w.mapping(w.field(resource, "attributes"), "attributes")
        gender = a.get("gender")
        return cls(
            id=w.resource_id(resource),
            name=w.opt_str(a, "name"),
            firstname=w.opt_str(a, "firstname"),
            surname=w.opt_str(a, "surname"),
            patronymic=w.opt_str(a, "patronymic"),
            phone=w.opt_str(a, "phone"),
            date_admission=w.opt_datetime(a, "date_admission", _LOCAL),
            date_registration_end=w.opt_datetime(a, "date_registration_end", _LOCAL),
            citizenship=w.opt_str(a, "citizenship"),
            gender=None if gender is None else w.lenient_enum(Gender, gender),
            passport_data=w.opt_str(a, "passport_data"),
            personal_tax_reference_number=w.opt_str(a, "personal_tax_reference_number"),
            number_insurance_certificates=w.opt_str(a, "number_insurance_certificates"),
            raw=resource,
        )


@wire_type("staff")
@attrs.frozen(slots=True)
class TeamMember(Model):
    """A Team Member (wire: `staff`). `position` and `employee` are set when included.
    `name` is a person's name, so it stays out of repr()."""

    id: int
    name: str = attrs.field(repr=False)
    specialization: str | None = None
    position_id: int | None = None
    image: str | None = None
    tt_markup: int | None = None
    is_available_as_assistant: bool | None = None
    position: StaffPosition | None = None
    employee: EmploymentProfile | None = None
    relationships: Mapping[str, tuple[str, ...]] = attrs.field(factory=dict, repr=False, eq=False)
    included: Mapping[str, tuple[Any, ...]] = attrs.field(factory=dict, repr=False, eq=False)
    raw: Mapping[str, Any] = attrs.field(default=attrs.Factory(dict), repr=False, eq=False)

    @classmethod
    def from_wire(cls, resource: Mapping[str, Any], document: Document | None = None) -> TeamMember:
        a = w.mapping(w.field(resource, "attributes"), "attributes")
        included = resolve_included(resource, document)
        positions = [item for item in included.get("position", ()) if isinstance(item, StaffPosition)]
        employees = [item for item in included.get("employee", ()) if isinstance(item, EmploymentProfile)]
        return cls(
            id=w.resource_id(resource),
            name=w.req_str(a, "name"),
            specialization=w.opt_str(a, "specialization"),
            position_id=w.opt_int(a, "position_id"),
            image=w.opt_str(a, "image"),
            tt_markup=w.opt_int(a, "tt_markup"),
            is_available_as_assistant=w.opt_bool(a, "is_available_as_assistant"),
            position=positions[0] if positions else None,
            employee=employees[0] if employees else None,
            relationships=relationship_ids(resource),
            included=included,
            raw=resource,
        )
