"""Reading wire values into Python ones, strictly where the structure matters, leniently where
the server may grow (new enum values, new fields).

Every helper raises ValueError or TypeError with the field's name when a value cannot be
read; the response layer turns that into APIResponseValidationError, keeping the raw body.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Mapping
from typing import Any, TypeVar

E = TypeVar("E", bound=enum.Enum)

# PHP's "no date" sentinels, which the platform is known to send in date fields.
_EMPTY_DATES = frozenset({"", "0000-00-00", "0000-00-00 00:00:00", "0000-00-00T00:00:00"})
_MISSING = object()


def mapping(value: Any, name: str) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise TypeError(f"{name} must be an object, got {type(value).__name__}")
    return value


def field(source: Mapping[str, Any], key: str, *, default: Any = _MISSING) -> Any:
    if key in source:
        return source[key]
    if default is _MISSING:
        raise ValueError(f"missing required field {key!r}")
    return default


def resource_id(resource: Mapping[str, Any]) -> int:
    """JSON:API ids are strings on the wire ("241625"); ours are ints."""
    return to_int(field(resource, "id"), "id")


def to_int(value: Any, name: str) -> int:
    if isinstance(value, bool):
        raise TypeError(f"{name} must be an integer, got a boolean")
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().lstrip("-").isdigit():
        return int(value)
    if isinstance(value, float) and value.is_integer():
        return int(value)
    raise TypeError(f"{name} must be an integer, got {value!r}")


def opt_int(source: Mapping[str, Any], key: str) -> int | None:
    value = source.get(key)
    return None if value is None else to_int(value, key)


def req_int(source: Mapping[str, Any], key: str) -> int:
    return to_int(field(source, key), key)


def opt_str(source: Mapping[str, Any], key: str) -> str | None:
    value = source.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise TypeError(f"{key} must be a string, got {type(value).__name__}")
    return value


def req_str(source: Mapping[str, Any], key: str) -> str:
    value = field(source, key)
    if not isinstance(value, str):
        raise TypeError(f"{key} must be a string, got {type(value).__name__}")
    return value


def opt_bool(source: Mapping[str, Any], key: str) -> bool | None:
    value = source.get(key)
    if value is None:
        return None
    if isinstance(value, bool):
        return value
    if value in (0, 1):  # legacy 0/1 flags
        return bool(value)
    raise TypeError(f"{key} must be a boolean, got {value!r}")


def req_bool(source: Mapping[str, Any], key: str) -> bool:
    value = opt_bool(source, key)
    if value is None:
        raise ValueError(f"missing required field {key!r}")
    return value


def opt_number(source: Mapping[str, Any], key: str) -> float | int | None:
    value = source.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"{key} must be a number, got {value!r}")
    return value


def req_number(source: Mapping[str, Any], key: str) -> float | int:
    value = opt_number(source, key)
    if value is None:
        raise ValueError(f"missing required field {key!r}")
    return value


def int_list(source: Mapping[str, Any], key: str) -> tuple[int, ...]:
    value = source.get(key)
    if value is None:
        return ()
    if not isinstance(value, list):
        raise TypeError(f"{key} must be a list, got {type(value).__name__}")
    return tuple(to_int(item, f"{key}[]") for item in value)


def str_list(source: Mapping[str, Any], key: str) -> tuple[str, ...]:
    value = source.get(key)
    if value is None:
        return ()
    if not isinstance(value, list):
        raise TypeError(f"{key} must be a list, got {type(value).__name__}")
    return tuple(str(item) for item in value)


def lenient_enum(enum_type: type[E], value: Any) -> E | Any:
    """The enum member for a known value; an unknown value is kept as it came."""
    try:
        return enum_type(value)
    except ValueError:
        return value


def opt_datetime(source: Mapping[str, Any], key: str, *formats: str) -> dt.datetime | None:
    """A naive date-time (the Location's local time) in one of the API's explicit formats;
    PHP zero dates become None. Formats with an offset belong to `req_local_datetime`."""
    moment = _parse_datetime(source, key, formats)
    if moment is not None and moment.tzinfo is not None:
        raise ValueError(f"{key} has a UTC offset where the API documents none: {source[key]!r}")
    return moment


def req_local_datetime(source: Mapping[str, Any], key: str, *formats: str) -> tuple[dt.datetime, dt.timedelta | None]:
    """The wall-clock time as sent and the UTC offset sent with it (None if none).

    The time is never shifted: the client returns naive datetimes only, so that any two compare
    and any one can be passed back; the offset is kept beside it.
    """
    field(source, key)
    moment = _parse_datetime(source, key, formats)
    if moment is None:
        raise ValueError(f"{key} is empty")
    return moment.replace(tzinfo=None), moment.utcoffset()


def _parse_datetime(source: Mapping[str, Any], key: str, formats: tuple[str, ...]) -> dt.datetime | None:
    value = source.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise TypeError(f"{key} must be a date-time string, got {type(value).__name__}")
    if value.strip() in _EMPTY_DATES:
        return None
    for fmt in formats:
        try:
            return dt.datetime.strptime(value, fmt)
        except ValueError:
            continue
    raise ValueError(f"{key} is not a date-time in the documented format: {value!r}")


def req_datetime(source: Mapping[str, Any], key: str, *formats: str) -> dt.datetime:
    field(source, key)
    moment = opt_datetime(source, key, *formats)
    if moment is None:
        raise ValueError(f"{key} is empty")
    return moment
