"""Python client for the Altegio Business Management API v2, sync and async.

    from altegio import Altegio
    with Altegio() as client:   # tokens from ALTEGIO_PARTNER_TOKEN / ALTEGIO_USER_TOKEN
        tag = client.tags.create(location_id, "VIP Client", "#ff2828", entity=TagEntity.CLIENT)

Everything public is importable from here; modules starting with `_` are private.
"""

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

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
from ._settings import Settings

# Models, inputs and pagers load on first use (PEP 562), so that `import altegio` stays cheap.
_LAZY = {
    "RedisRateLimiter": "._redis_ratelimit",  # needs the [redis] extra
    "AsyncRedisRateLimiter": "._redis_ratelimit",
    "AppointmentProduct": "._inputs",
    "EventClient": "._inputs",
    "AsyncPager": "._pagination",
    "SyncPager": "._pagination",
    "Appointment": ".models",
    "AppointmentProductItem": ".models",
    "AttendanceService": ".models",
    "AttendanceServiceSuggestion": ".models",
    "AttendanceStatistics": ".models",
    "BookingUser": ".models",
    "CustomField": ".models",
    "CustomFieldEntity": ".models",
    "CustomFieldType": ".models",
    "CustomFieldUiOption": ".models",
    "Deposit": ".models",
    "OccupationSource": ".models",
    "Product": ".models",
    "ProductCategory": ".models",
    "ProductStorageAmount": ".models",
    "ProductUnit": ".models",
    "ResourceOccupation": ".models",
    "Service": ".models",
    "ServiceCategory": ".models",
    "SuggestionType": ".models",
    "AttendanceStatus": ".models",
    "EmploymentProfile": ".models",
    "Event": ".models",
    "EventAppointment": ".models",
    "Gender": ".models",
    "Position": ".models",
    "Resource": ".models",
    "ServicesBinding": ".models",
    "StaffPosition": ".models",
    "Tag": ".models",
    "TagEntity": ".models",
    "TeamMember": ".models",
}

if TYPE_CHECKING:
    from ._inputs import AppointmentProduct, EventClient
    from ._pagination import AsyncPager, SyncPager
    from ._redis_ratelimit import AsyncRedisRateLimiter, RedisRateLimiter
    from .models import (
        Appointment,
        AppointmentProductItem,
        AttendanceService,
        AttendanceServiceSuggestion,
        AttendanceStatistics,
        AttendanceStatus,
        BookingUser,
        CustomField,
        CustomFieldEntity,
        CustomFieldType,
        CustomFieldUiOption,
        Deposit,
        EmploymentProfile,
        Event,
        EventAppointment,
        Gender,
        OccupationSource,
        Position,
        Product,
        ProductCategory,
        ProductStorageAmount,
        ProductUnit,
        Resource,
        ResourceOccupation,
        Service,
        ServiceCategory,
        ServicesBinding,
        StaffPosition,
        SuggestionType,
        Tag,
        TagEntity,
        TeamMember,
    )


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
