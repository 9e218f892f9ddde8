"""What every model shares: plain-data serialisation, and int enums that print their name.

`to_dict()` is written once here, from the attrs fields, so a new model or field is serialised
the same way without anyone remembering to do it.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs

# The wire form stays in `model.raw`; the plain form is the parsed one.
_LEFT_OUT = frozenset({"raw"})


class Model:
    """Base of every result model: `to_dict()` and `to_json()`.

    Keys follow the order the fields are declared in (a CSV built from them has stable
    columns); `raw` is left out.
    """

    __slots__ = ()
    if TYPE_CHECKING:  # for mypy only: a runtime annotation would break typing.get_type_hints()
        __attrs_attrs__: ClassVar[tuple[attrs.Attribute[Any], ...]]

    def to_dict(self) -> dict[str, Any]:
        """The model as plain Python for `json.dumps`, CSV or a data frame.

        Enums become their values, datetimes and dates ISO 8601 strings (naive: the Location's
        local time), timedeltas a number of seconds, nested models dicts, mappings dicts and
        tuples lists. `raw` is left out: it is the wire form, there as it came.
        """
        fields = attrs.fields(type(self))
        return {field.name: plain(getattr(self, field.name)) for field in fields if field.name not in _LEFT_OUT}

    def to_json(self, **kwargs: Any) -> str:
        """`json.dumps(self.to_dict(), **kwargs)`; pass `indent=2`, `ensure_ascii=False`, ..."""
        return json.dumps(self.to_dict(), **kwargs)


def plain(value: Any) -> Any:
    """`value` as JSON-ready Python; a type it does not know is an error, never a silent str()."""
    if isinstance(value, Model):
        return value.to_dict()
    if isinstance(value, enum.Enum):  # before int and str: IntEnum and StrEnum are both
        return plain(value.value)
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, dt.timedelta):
        seconds = value.total_seconds()
        return int(seconds) if seconds.is_integer() else seconds
    if isinstance(value, Mapping):
        return {key: plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [plain(item) for item in value]
    raise TypeError(f"cannot make a {type(value).__name__} plain data")


class NamedIntEnum(enum.IntEnum):
    """An int enum whose `str()` is its lower-case name (`client`, not `1`); its value and
    equality with ints are unchanged, and a format spec (`f"{x:d}"`) still formats the number."""

    def __str__(self) -> str:
        return self.name.lower()

    def __format__(self, format_spec: str) -> str:
        return str(self) if not format_spec else int.__format__(self, format_spec)
