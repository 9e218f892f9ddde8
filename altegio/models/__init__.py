"""altegio's own result models: immutable, typed, with the full wire resource kept in `.raw`.

They are written by hand on purpose: regenerating the low-level client never changes them.
One module per API section; every model registers its wire type, so that included resources
come back as these models too.
"""

from ._document import Resource
from .appointments import Appointment, AttendanceStatus, OccupationSource, ResourceOccupation
from .booking_users import AttendanceStatistics, BookingUser, Deposit
from .custom_fields import CustomField, CustomFieldEntity, CustomFieldType, CustomFieldUiOption
from .events import Event, EventAppointment
from .products import AppointmentProductItem, Product, ProductCategory, ProductStorageAmount, ProductUnit
from .services import AttendanceService, AttendanceServiceSuggestion, Service, ServiceCategory, SuggestionType
from .tags import Tag, TagEntity
from .team_members import EmploymentProfile, Gender, Position, ServicesBinding, StaffPosition, TeamMember

__all__ = [
    "Appointment",
    "AppointmentProductItem",
    "AttendanceService",
    "AttendanceServiceSuggestion",
    "AttendanceStatistics",
    "AttendanceStatus",
    "BookingUser",
    "CustomField",
    "CustomFieldEntity",
    "CustomFieldType",
    "CustomFieldUiOption",
    "Deposit",
    "EmploymentProfile",
    "Event",
    "EventAppointment",
    "Gender",
    "OccupationSource",
    "Position",
    "Product",
    "ProductCategory",
    "ProductStorageAmount",
    "ProductUnit",
    "Resource",
    "ResourceOccupation",
    "Service",
    "ServiceCategory",
    "ServicesBinding",
    "StaffPosition",
    "SuggestionType",
    "Tag",
    "TagEntity",
    "TeamMember",
]
