"""Resource namespaces of the clients (`client.tags`, `client.events.appointments`, ...).

Nothing is imported up front: a client loads the module of a resource when it is first used
(with the generated operations it calls), so the first call of a short-lived process does not
pay for all of them. Names imported from here load their module on first use (PEP 562).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any, Generic, Literal, Self, TypeVar, overload

if TYPE_CHECKING:
    from .._client import Altegio, AsyncAltegio

S = TypeVar("S")
A = TypeVar("A")

# Each resource class -> the module that defines it in _sync (and its Async twin in _async).
_MODULES: dict[str, str] = {
    "AppointmentProductItems": "appointments",
    "Appointments": "appointments",
    "ResourceOccupations": "appointments",
    "BookingUsers": "booking_users",
    "CustomFields": "custom_fields",
    "EventAppointments": "events",
    "Events": "events",
    "Positions": "positions",
    "ProductCategories": "products",
    "ProductUnits": "products",
    "Products": "products",
    "AttendanceServices": "services",
    "ServiceCategories": "services",
    "Services": "services",
    "Tags": "tags",
    "TeamMembers": "team_members",
}

Flavour = Literal["sync", "async"]

# The docstring of each client property (`client.tags`), by resource class. It lives here, not
# on the lazily loaded class, so that `help(Altegio)` and `Altegio.tags.__doc__` load nothing.
_PROPERTY_DOCS: dict[str, str] = {
    "Appointments": "Booking Users' appointments (wire: `record`), and the Products in them (`.product_items`).",
    "AttendanceServices": "Services as Team Members provide them, with prices and durations, and suggestions.",
    "BookingUsers": "Booking Users (wire: `client`) as attendances show them, and their attendance statistics.",
    "CustomFields": "Custom Fields the Location defines for Appointments and Booking Users.",
    "Events": "Group Events (wire: `activity`), and the Booking Users' appointments in them (`.appointments`).",
    "Positions": "Positions (job titles) that Team Members hold (wire path `/locations/{company_id}/positions`).",
    "Products": "Products (wire: `goods`), their stock, units (`.units`) and categories (`.categories`).",
    "ResourceOccupations": "When resource instances (rooms, equipment) are taken by appointments and Events.",
    "Services": "The services a Location offers, and their categories (`.categories`).",
    "Tags": "Tags that label Booking Users, Appointments and Events (wire path `/locations/{company_id}/tags`).",
    "TeamMembers": "The people who provide services at a Location (wire: `staff`).",
}


def resource_class(name: str, flavour: Flavour) -> type[Any]:
    """The sync resource class `name`, or its async twin, importing only its module."""
    module = importlib.import_module(f".{'_async' if flavour == 'async' else '_sync'}.{_MODULES[name]}", __name__)
    return getattr(module, f"Async{name}" if flavour == "async" else name)  # type: ignore[no-any-return]


def __getattr__(name: str) -> Any:
    sync_name = name.removeprefix("Async")
    if sync_name not in _MODULES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = resource_class(sync_name, "async" if name != sync_name else "sync")
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


__all__ = sorted([*_MODULES, *(f"Async{name}" for name in _MODULES)])


class ResourceProperty(Generic[S, A]):
    """A client's resource (`client.tags`): one definition serves both clients.

    `Altegio` gets the sync class `S`, `AsyncAltegio` its async twin `A`. Like
    `functools.cached_property`, the resource is built on first access and then kept in the
    client's `__dict__`; copies made by `with_options` build their own.
    """

    def __init__(self, name: str) -> None:
        self.name = name  # the sync class, e.g. "Tags"; the async one is "AsyncTags"
        self.attribute = ""
        # Each property's own docstring (this instance's, read by help() and inspect.getdoc).
        self.__doc__ = f"{_PROPERTY_DOCS[name]}\n\nType: `{name}` on `Altegio`, `Async{name}` on `AsyncAltegio`."

    def __set_name__(self, owner: type[Any], attribute: str) -> None:
        self.attribute = attribute

    def class_name(self, flavour: Flavour) -> str:
        return f"Async{self.name}" if flavour == "async" else self.name

    @overload
    def __get__(self, client: None, owner: type[Any]) -> Self: ...
    @overload
    def __get__(self, client: Altegio, owner: type[Any]) -> S: ...
    @overload
    def __get__(self, client: AsyncAltegio, owner: type[Any]) -> A: ...
    def __get__(self, client: Altegio | AsyncAltegio | None, owner: type[Any]) -> Any:
        if client is None:
            return self
        resource = resource_class(self.name, client._flavour)(client)
        client.__dict__[self.attribute] = resource
        return resource
