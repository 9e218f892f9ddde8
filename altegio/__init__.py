"""Python client for the Altegio Business Management API v2, sync and async.

    from altegio import Altegio
    with Altegio() as client:   # tokens from ALTEGIO_PARTNER_TOKEN / ALTEGIO_USER_TOKEN
        tag = client.tags.create(location_id, "VIP Client", "#ff2828", entity=TagEntity.CLIENT)

Everything public is importable from here; modules starting with `_` are private.
"""

import importlib
from typing import TYPE_CHECKING, Any

from ._client import Altegio, AsyncAltegio
from ._constants import DEFAULT_BASE_URL, DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT
from ._errors import (
    AltegioError,
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ClientStateError,
    ConflictError,
    InternalServerError,
    InvalidArgumentError,
    NotFoundError,
    PermissionDeniedError,
    RateLimiterBackendError,
    RateLimiterError,
    RateLimitError,
    RateLimiterTimeoutError,
    UnprocessableEntityError,
)
from ._ratelimit import AsyncLocalRateLimiter, AsyncRateLimiter, LocalRateLimiter, RateLimit, RateLimiter
from ._response import RawResponse
from ._settings import Settings
from ._version import __version__

# Models, inputs and pagers load on first use (PEP 562), so that `import altegio` stays cheap;
# each from the module that defines it, so that one model does not load them all.
# tests/unit/test_public_api.py checks this against the imports below and `__all__`.
_LAZY = {
    "RedisRateLimiter": "._redis_ratelimit",  # needs the [redis] extra
    "AsyncRedisRateLimiter": "._redis_ratelimit",
    "AppointmentProduct": "._inputs",
    "EventClient": "._inputs",
    "AsyncPager": "._pagination",
    "SyncPager": "._pagination",
    "Resource": ".models._document",
    "Appointment": ".models.appointments",
    "AttendanceStatus": ".models.appointments",
    "OccupationSource": ".models.appointments",
    "ResourceOccupation": ".models.appointments",
    "AttendanceStatistics": ".models.booking_users",
    "BookingUser": ".models.booking_users",
    "Deposit": ".models.booking_users",
    "CustomField": ".models.custom_fields",
    "CustomFieldEntity": ".models.custom_fields",
    "CustomFieldType": ".models.custom_fields",
    "CustomFieldUiOption": ".models.custom_fields",
    "Event": ".models.events",
    "EventAppointment": ".models.events",
    "AppointmentProductItem": ".models.products",
    "Product": ".models.products",
    "ProductCategory": ".models.products",
    "ProductStorageAmount": ".models.products",
    "ProductUnit": ".models.products",
    "AttendanceService": ".models.services",
    "AttendanceServiceSuggestion": ".models.services",
    "Service": ".models.services",
    "ServiceCategory": ".models.services",
    "SuggestionType": ".models.services",
    "Tag": ".models.tags",
    "TagEntity": ".models.tags",
    "EmploymentProfile": ".models.team_members",
    "Gender": ".models.team_members",
    "Position": ".models.team_members",
    "ServicesBinding": ".models.team_members",
    "StaffPosition": ".models.team_members",
    "TeamMember": ".models.team_members",
}

if TYPE_CHECKING:
    from ._inputs import AppointmentProduct, EventClient
    from ._pagination import AsyncPager, SyncPager
    from ._redis_ratelimit import AsyncRedisRateLimiter, RedisRateLimiter
    from .models._document import Resource
    from .models.appointments import Appointment, AttendanceStatus, OccupationSource, ResourceOccupation
    from .models.booking_users import AttendanceStatistics, BookingUser, Deposit
    from .models.custom_fields import CustomField, CustomFieldEntity, CustomFieldType, CustomFieldUiOption
    from .models.events import Event, EventAppointment
    from .models.products import AppointmentProductItem, Product, ProductCategory, ProductStorageAmount, ProductUnit
    from .models.services import (
        AttendanceService,
        AttendanceServiceSuggestion,
        Service,
        ServiceCategory,
        SuggestionType,
    )
    from .models.tags import Tag, TagEntity
    from .models.team_members import EmploymentProfile, Gender, Position, ServicesBinding, StaffPosition, TeamMember


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'altegio' has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))


__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "Altegio",
    "AltegioError",
    "Appointment",
    "AppointmentProduct",
    "AppointmentProductItem",
    "AsyncAltegio",
    "AsyncLocalRateLimiter",
    "AsyncPager",
    "AsyncRateLimiter",
    "AsyncRedisRateLimiter",
    "AttendanceService",
    "AttendanceServiceSuggestion",
    "AttendanceStatistics",
    "AttendanceStatus",
    "AuthenticationError",
    "BadRequestError",
    "BookingUser",
    "ClientStateError",
    "ConflictError",
    "CustomField",
    "CustomFieldEntity",
    "CustomFieldType",
    "CustomFieldUiOption",
    "Deposit",
    "EmploymentProfile",
    "Event",
    "EventAppointment",
    "EventClient",
    "Gender",
    "InternalServerError",
    "InvalidArgumentError",
    "LocalRateLimiter",
    "NotFoundError",
    "OccupationSource",
    "PermissionDeniedError",
    "Position",
    "Product",
    "ProductCategory",
    "ProductStorageAmount",
    "ProductUnit",
    "RateLimit",
    "RateLimitError",
    "RateLimiter",
    "RateLimiterBackendError",
    "RateLimiterError",
    "RateLimiterTimeoutError",
    "RawResponse",
    "RedisRateLimiter",
    "Resource",
    "ResourceOccupation",
    "Service",
    "ServiceCategory",
    "ServicesBinding",
    "Settings",
    "StaffPosition",
    "SuggestionType",
    "SyncPager",
    "Tag",
    "TagEntity",
    "TeamMember",
    "UnprocessableEntityError",
    "__version__",
]
