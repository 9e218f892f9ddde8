"""Resource namespaces of the clients (`client.tags`, `client.events.appointments`, ...)."""

from ._async.appointments import AsyncAppointmentProductItems, AsyncAppointments, AsyncResourceOccupations
from ._async.booking_users import AsyncBookingUsers
from ._async.custom_fields import AsyncCustomFields
from ._async.events import AsyncEventAppointments, AsyncEvents
from ._async.positions import AsyncPositions
from ._async.products import AsyncProductCategories, AsyncProducts, AsyncProductUnits
from ._async.services import AsyncAttendanceServices, AsyncServiceCategories, AsyncServices
from ._async.tags import AsyncTags
from ._async.team_members import AsyncTeamMembers
from ._sync.appointments import AppointmentProductItems, Appointments, ResourceOccupations
from ._sync.booking_users import BookingUsers
from ._sync.custom_fields import CustomFields
from ._sync.events import EventAppointments, Events
from ._sync.positions import Positions
from ._sync.products import ProductCategories, Products, ProductUnits
from ._sync.services import AttendanceServices, ServiceCategories, Services
from ._sync.tags import Tags
from ._sync.team_members import TeamMembers

__all__ = [
    "AppointmentProductItems",
    "Appointments",
    "AsyncAppointmentProductItems",
    "AsyncAppointments",
    "AsyncAttendanceServices",
    "AsyncBookingUsers",
    "AsyncCustomFields",
    "AsyncEventAppointments",
    "AsyncEvents",
    "AsyncPositions",
    "AsyncProductCategories",
    "AsyncProductUnits",
    "AsyncProducts",
    "AsyncResourceOccupations",
    "AsyncServiceCategories",
    "AsyncServices",
    "AsyncTags",
    "AsyncTeamMembers",
    "AttendanceServices",
    "BookingUsers",
    "CustomFields",
    "EventAppointments",
    "Events",
    "Positions",
    "ProductCategories",
    "ProductUnits",
    "Products",
    "ResourceOccupations",
    "ServiceCategories",
    "Services",
    "Tags",
    "TeamMembers",
]
