"""Checks that run before anything is sent, so that bad input never reaches the wire.

Each helper takes the argument's public name, so that `InvalidArgumentError` says which
argument was wrong and why. The limits are the ones openapi.yaml documents.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from ._errors import InvalidArgumentError

E = TypeVar("E", bound=enum.Enum)

_HEX_WITH_HASH = re.compile(r"#[0-9a-fA-F]{6}")
_HEX_NO_HASH = re.compile(r"[0-9a-fA-F]{6}")
_LAST_SECOND = dt.time(23, 59, 59)  # the API takes times to the second


# Ids and other integers must fit a signed 64-bit integer: the API's ids are int64 (MySQL
# BIGINT behind PHP), so a larger value can name nothing and the server would refuse it or
# wrap it; and Python cannot even write an integer of more than 4,300 digits as text (a plain
# ValueError from deep inside httpx), so the bound also keeps such values off the wire.
MAX_INTEGER = 2**63 - 1
MIN_INTEGER = -(2**63)


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def shown(value: Any) -> str:
    """repr() for an error message; an integer beyond 64 bits is described, not written out
    (str() of one with more than 4,300 digits raises ValueError)."""
    if isinstance(value, int) and not MIN_INTEGER <= value <= MAX_INTEGER:
        return f"an integer of {value.bit_length()} bits"
    return repr(value)


def _in_64_bits(name: str, value: int) -> int:
    if not MIN_INTEGER <= value <= MAX_INTEGER:
        raise InvalidArgumentError(name, f"must fit in 64 bits (at most 2**63 - 1), got {shown(value)}")
    return int(value)


def positive_id(name: str, value: Any) -> int:
    """An identifier: an int from 1 to 2**63 - 1 (bools and strings are refused, not coerced)."""
    if not _is_int(value):
        raise InvalidArgumentError(name, f"must be an integer id, got {type(value).__name__}")
    _in_64_bits(name, value)
    if value < 1:
        raise InvalidArgumentError(name, f"must be a positive id, got {value}")
    return int(value)


def integer(name: str, value: Any, *, minimum: int | None = None, maximum: int | None = None) -> int:
    if not _is_int(value):
        raise InvalidArgumentError(name, f"must be an integer, got {type(value).__name__}")
    _in_64_bits(name, value)
    if minimum is not None and value < minimum:
        raise InvalidArgumentError(name, f"must be at least {minimum}, got {value}")
    if maximum is not None and value > maximum:
        raise InvalidArgumentError(name, f"must be at most {maximum}, got {value}")
    return int(value)


def multiple_of(name: str, value: int, step: int) -> int:
    if value % step:
        raise InvalidArgumentError(name, f"must be a multiple of {step}, got {value}")
    return value


def number(name: str, value: Any, *, minimum: float, maximum: float) -> float | int:
    if isinstance(value, bool) or not isinstance(value, int | float) or value != value:
        raise InvalidArgumentError(name, f"must be a number, got {type(value).__name__}")
    if not minimum <= value <= maximum:
        raise InvalidArgumentError(name, f"must be between {minimum:g} and {maximum:g}, got {shown(value)}")
    return value


def text(name: str, value: Any, *, min_length: int = 1, max_length: int | None = None) -> str:
    """A string within the documented length; surrounding whitespace counts as empty."""
    if not isinstance(value, str):
        raise InvalidArgumentError(name, f"must be a string, got {type(value).__name__}")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise InvalidArgumentError(name, "must be valid Unicode text (it holds a lone surrogate)") from None
    if min_length and not value.strip():
        raise InvalidArgumentError(name, "must not be empty")
    if len(value) < min_length:
        raise InvalidArgumentError(name, f"must be at least {min_length} characters long")
    if max_length is not None and len(value) > max_length:
        raise InvalidArgumentError(name, f"must be at most {max_length} characters long, got {len(value)}")
    return value


def boolean(name: str, value: Any) -> bool:
    if not isinstance(value, bool):
        raise InvalidArgumentError(name, f"must be True or False, got {type(value).__name__}")
    return value


def hex_color(name: str, value: Any, *, leading_hash: bool = True) -> str:
    """A colour as the API writes it: `#ff2828` (or `ff2828` where the API wants no `#`).

    Upper-case digits are accepted and sent in lower case, the form the API documents.
    """
    pattern, example = (_HEX_WITH_HASH, "#ff2828") if leading_hash else (_HEX_NO_HASH, "ff2828")
    if not isinstance(value, str) or not pattern.fullmatch(value):
        raise InvalidArgumentError(name, f"must be a hex colour like {example!r}, got {shown(value)}")
    return value.lower()


def choice(name: str, value: Any, enum_type: type[E]) -> E:
    """An enum member, given as the member or as its value."""
    if isinstance(value, enum_type):
        return value
    for member in enum_type:
        if value == member.value and type(value) is type(member.value):
            return member
    allowed = ", ".join(repr(member.value) for member in enum_type)
    raise InvalidArgumentError(name, f"must be one of {allowed}, got {shown(value)}")


def ids(name: str, values: Any, *, allow_empty: bool = True) -> list[int]:
    """A list of positive ids; a single int or a string is refused (a common slip)."""
    if isinstance(values, str | bytes) or not isinstance(values, Iterable):
        raise InvalidArgumentError(name, f"must be a list of integer ids, got {type(values).__name__}")
    result = [positive_id(f"{name}[{index}]", value) for index, value in enumerate(values)]
    if not allow_empty and not result:
        raise InvalidArgumentError(name, "must not be empty")
    return result


def wire_datetime(name: str, value: Any, *, separator: str = " ", end_of_period: bool = False) -> str:
    """`YYYY-MM-DD HH:MM:SS` (or with `T`), the Location's local time, as the API wants it.

    A date means its midnight, or, as the end of a period (`end_of_period=True`), its last
    second (`23:59:59`): `end=date(2026, 1, 31)` then covers all of January 31, as the spec's
    own example `2026-01-31T23:59:59` does, where midnight would leave that day out. A datetime
    is sent as given. An aware datetime is refused: the API has no time zone field, and
    converting silently to some zone would shift the meaning.
    """
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None and value.utcoffset() is not None:
            raise InvalidArgumentError(name, "must be a naive datetime in the Location's local time")
        moment = value
    elif isinstance(value, dt.date):
        moment = dt.datetime.combine(value, _LAST_SECOND if end_of_period else dt.time())
    else:
        raise InvalidArgumentError(name, f"must be a datetime or a date, got {type(value).__name__}")
    return moment.isoformat(sep=separator, timespec="seconds")  # zero-padded, even before year 1000


def calendar_date(name: str, value: Any) -> dt.date:
    """A day: a `date`, or a naive datetime at midnight (how the API returns a birthday), so
    that a date the client returned can be passed back; any other time of day is refused,
    not cut off."""
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None or value.time() != dt.time():
            raise InvalidArgumentError(name, "must be a datetime.date (or a naive datetime at midnight)")
        return value.date()
    if not isinstance(value, dt.date):
        raise InvalidArgumentError(name, f"must be a datetime.date, got {type(value).__name__}")
    return value


def includes(name: str, values: Any, allowed: Iterable[str], aliases: Mapping[str, str] | None = None) -> list[str]:
    """`include` values as wire names: a list of the documented names, or one name; duplicates
    dropped. `aliases` maps the name of the attribute an include fills, where it differs from
    the wire name (`products` for `goods`), to that wire name, which is what is sent."""
    if isinstance(values, str):
        values = [values]
    if not isinstance(values, Iterable):
        raise InvalidArgumentError(name, f"must be a list of strings, got {type(values).__name__}")
    aliases = aliases or {}
    permitted = list(allowed)
    result: list[str] = []
    for value in values:
        if value not in permitted:
            choices = ", ".join(
                f"{wire} (or {alias})" if (alias := _alias_of(wire, aliases)) else wire
                for wire in permitted
                if wire not in aliases
            )
            raise InvalidArgumentError(name, f"unknown include {shown(value)}; choose from {choices}")
        wire = aliases.get(value, value)
        if wire not in result:
            result.append(wire)
    return result


def _alias_of(wire: str, aliases: Mapping[str, str]) -> str | None:
    return next((alias for alias, target in aliases.items() if target == wire), None)
