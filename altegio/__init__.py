"""Python client for the Altegio Business Management API v2, sync and async.

    from altegio import Altegio
    with Altegio() as client:   # tokens from ALTEGIO_PARTNER_TOKEN / ALTEGIO_USER_TOKEN
        tag = client.tags.create(location_id, "VIP Client", "#ff2828", entity=TagEntity.CLIENT)

Everything public is importable from here; modules starting with `_` are private.
"""

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
    ConflictError,
    InternalServerError,
    InvalidArgumentError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
)
from ._inputs import AppointmentProduct, EventClient
from ._pagination import AsyncPager, SyncPager
from ._ratelimit import RateLimit
from ._settings import Settings
from .models import (
    AttendanceStatus,
    EmploymentProfile,
    Event,
    EventAppointment,
    Gender,
    Position,
    Resource,
    ServicesBinding,
    StaffPosition,
    Tag,
    TagEntity,
    TeamMember,
)

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
    "AppointmentProduct",
    "AsyncAltegio",
    "AsyncPager",
    "AttendanceStatus",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "EmploymentProfile",
    "Event",
    "EventAppointment",
    "EventClient",
    "Gender",
    "InternalServerError",
    "InvalidArgumentError",
    "NotFoundError",
    "PermissionDeniedError",
    "Position",
    "RateLimit",
    "RateLimitError",
    "Resource",
    "ServicesBinding",
    "Settings",
    "StaffPosition",
    "SyncPager",
    "Tag",
    "TagEntity",
    "TeamMember",
    "UnprocessableEntityError",
    "__version__",
]
