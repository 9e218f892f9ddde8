"""From a parameter's type hint to what the command line accepts, and back to a Python value.

The CLI only turns text into the annotated type (an `int`, a `date`, an `EventClient`...); the
Python method then checks the value as it always does, so both give the same errors. Text that
cannot even become the type is refused here with an `InvalidArgumentError` naming the parameter,
as the method would.
"""

from __future__ import annotations

import collections.abc
import datetime as dt
import enum
import json
import pathlib
import re
import sys
import types
import typing
from collections.abc import Callable, Sequence
from typing import Any

import attrs

from .._errors import InvalidArgumentError

_DURATION = re.compile(r"(?:(\d+):)?(\d{1,2}):(\d{2})")  # [H:]MM:SS or H:MM, see _duration


@attrs.frozen
class ValueType:
    """How one parameter is read: `parse` turns one command-line string into a Python value.

    `many` (a `Sequence[...]`): the option repeats, and `split` says whether each occurrence may
    also hold a comma-separated list. `flag`: a plain `bool`, spelled `--x` / `--no-x`.
    """

    parse: Callable[[str, str], Any]
    description: str
    choices: tuple[str, ...] = ()
    many: bool = False
    split: bool = False
    flag: bool = False
    nullable: bool = False

    def read(self, name: str, texts: Sequence[str]) -> list[Any]:
        """All the values of a repeated option, comma lists split where that is safe."""
        pieces = [piece.strip() for text in texts for piece in text.split(",")] if self.split else list(texts)
        values: list[Any] = []
        for piece in pieces:
            value = self.parse(name, piece)
            if isinstance(value, list):  # a JSON array of inputs
                values.extend(value)
            else:
                values.append(value)
        return values


def value_type(hint: Any) -> ValueType:
    """The ValueType of a resolved type hint (`int`, `Sequence[int] | None`, `EventClient`...)."""
    members = _members(hint)
    nullable = type(None) in members
    members = [member for member in members if member is not type(None)]
    sequences = [member for member in members if _is_sequence(member)]
    if sequences:
        element = next(iter(typing.get_args(sequences[0])), Any)  # Sequence[X], list[X], tuple[X, ...]
        inner = _json_input(element, many=True) if _is_json(element) else _scalar(_members(element))
        return attrs.evolve(
            inner,
            many=True,
            split=not _is_json(element) and str not in _members(element),
            nullable=nullable,
            description=f"{inner.description}; repeat the option"
            + ("" if _is_json(element) else " or separate values with commas"),
        )
    if members == [bool]:
        return ValueType(parse=_boolean, description="", flag=True, nullable=nullable)
    return attrs.evolve(_scalar(members), nullable=nullable)


def _members(hint: Any) -> list[Any]:
    """The members of a union (either spelling), Literals and aliases kept whole."""
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        return [member for arg in typing.get_args(hint) for member in _members(arg)]
    return [hint]


def _is_sequence(hint: Any) -> bool:
    origin = typing.get_origin(hint)
    return origin in (collections.abc.Sequence, list, tuple)


def _is_json(hint: Any) -> bool:
    return isinstance(hint, type) and attrs.has(hint)


def _scalar(members: list[Any]) -> ValueType:
    """Text -> the first member type that accepts it; strings and Literals pass through as is."""
    choices = _choices(members)
    inputs = [member for member in members if _is_json(member)]
    if inputs:
        return _json_input(inputs[0], many=False)
    if str in members or any(typing.get_origin(member) is typing.Literal for member in members):
        description = "one of " + ", ".join(choices) if choices else "text"
        return ValueType(parse=lambda name, text: text, description=description, choices=choices)
    readers: list[tuple[str, Callable[[str], Any]]] = []
    if dt.datetime in members and dt.date in members:
        readers.append(("a date or a date and time (ISO 8601, the Location's local time)", _date_or_datetime))
    elif dt.datetime in members:
        readers.append(("a date and time (ISO 8601, the Location's local time)", dt.datetime.fromisoformat))
    elif dt.date in members:
        readers.append(("a date (ISO 8601)", dt.date.fromisoformat))
    if int in members:
        readers.append(("an integer", int))
    if dt.timedelta in members:
        readers.append(("a duration (H:MM or H:MM:SS)", _duration))
    if float in members:
        readers.append(("a number", float))
    enums = [member for member in members if isinstance(member, type) and issubclass(member, enum.Enum)]
    for enum_type in enums:
        readers.append((f"one of {', '.join(_enum_names(enum_type))}", _enum_reader(enum_type)))
    if not readers:
        raise TypeError(f"the command line cannot read a value of type {members!r}")
    description = " or ".join(text for text, _ in readers)

    def parse(name: str, text: str) -> Any:
        for _, reader in readers:
            try:
                return reader(text)
            except ValueError:
                continue
        raise InvalidArgumentError(name, f"must be {description}, got {text!r}")

    return ValueType(parse=parse, description=description, choices=choices)


def _choices(members: list[Any]) -> tuple[str, ...]:
    """The names a user may type: Literal values and enum names, in declaration order."""
    found: list[str] = []
    for member in members:
        if typing.get_origin(member) is typing.Literal:
            found += [str(value) for value in typing.get_args(member)]
        elif isinstance(member, type) and issubclass(member, enum.Enum):
            found += _enum_names(member)
    return tuple(dict.fromkeys(found))


def _enum_names(enum_type: type[enum.Enum]) -> list[str]:
    """A string enum is typed as its values, any other as its lower-case member names."""
    if issubclass(enum_type, str):
        return [str(member.value) for member in enum_type]
    return [member.name.lower() for member in enum_type]


def _enum_reader(enum_type: type[enum.Enum]) -> Callable[[str], Any]:
    def read(text: str) -> Any:
        for member in enum_type:
            if text.strip().lower() in (member.name.lower(), str(member.value).lower()):
                return member
        raise ValueError(text)

    return read


def _date_or_datetime(text: str) -> dt.date:
    """`2026-01-31` is a date (the method decides what a date means), anything longer a datetime."""
    text = text.strip()
    return dt.date.fromisoformat(text) if len(text) == 10 else dt.datetime.fromisoformat(text)


def _duration(text: str) -> dt.timedelta:
    match = _DURATION.fullmatch(text.strip())
    if match is None:
        raise ValueError(text)
    hours, minutes, seconds = match.groups()
    if hours is None:  # H:MM
        hours, minutes, seconds = minutes, seconds, "0"
    return dt.timedelta(hours=int(hours), minutes=int(minutes), seconds=int(seconds))


def _boolean(name: str, text: str) -> bool:
    lowered = text.strip().lower()
    if lowered in ("1", "true", "yes", "on"):
        return True
    if lowered in ("0", "false", "no", "off"):
        return False
    raise InvalidArgumentError(name, f"must be yes or no, got {text!r}")


# Typed inputs (EventClient, AppointmentProduct) come as JSON objects.


def _json_input(cls: type, *, many: bool) -> ValueType:
    """A JSON object of `cls`'s fields (or, for a list of inputs, also an array of them)."""
    fields = [field.name for field in attrs.fields(cls)]
    shape = "a JSON object or array of objects" if many else "a JSON object"
    description = f"{shape} {cls.__name__} ({', '.join(fields)}), or @FILE holding it"

    def parse(name: str, text: str) -> Any:
        document = _load_json(name, text)
        if many and isinstance(document, list):
            return [build_input(cls, f"{name}[{index}]", item) for index, item in enumerate(document)]
        return build_input(cls, name, document)

    return ValueType(parse=parse, description=description)


def _load_json(name: str, text: str) -> Any:
    if text.startswith("@"):
        path = pathlib.Path(text[1:])
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as error:
            raise InvalidArgumentError(name, f"cannot read {str(path)!r}: {error.strerror}") from None
    try:
        return json.loads(text)
    except ValueError as error:
        raise InvalidArgumentError(name, f"must be JSON: {error}") from None


def build_input(cls: type, name: str, document: Any) -> Any:
    """An attrs input class from a JSON object: keys are its field names; dates and enums are
    read from their text, everything else goes to the class as it came, so that the class's own
    checks (and messages) apply."""
    if not isinstance(document, dict):
        raise InvalidArgumentError(name, f"must be a JSON object, got {type(document).__name__}")
    fields = {field.name: field for field in attrs.fields(cls)}
    unknown = sorted(set(document) - set(fields))
    if unknown:
        raise InvalidArgumentError(name, f"unknown field {unknown[0]!r}; fields: {', '.join(fields)}")
    missing = [key for key, field in fields.items() if field.default is attrs.NOTHING and key not in document]
    if missing:
        raise InvalidArgumentError(name, f"missing field {missing[0]!r}")
    hints = field_hints(cls)
    values = {key: _json_value(f"{name}.{key}", hints[key], value) for key, value in document.items()}
    return cls(**values)


def _json_value(name: str, hint: Any, value: Any) -> Any:
    """Dates and enums from their JSON text or number; other values unchanged."""
    if value is None:
        return None
    members = [member for member in _members(hint) if member is not type(None)]
    if isinstance(value, str) and dt.date in members and dt.datetime not in members:
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            raise InvalidArgumentError(name, f"must be a date (YYYY-MM-DD), got {value!r}") from None
    for member in members:
        if isinstance(member, type) and issubclass(member, enum.Enum) and isinstance(value, str | int):
            try:
                return _enum_reader(member)(str(value))
            except ValueError:
                names = ", ".join(_enum_names(member))
                raise InvalidArgumentError(name, f"must be one of {names}, got {value!r}") from None
    if any(_is_sequence(member) for member in members) and isinstance(value, list):
        return tuple(value)
    return value


def field_hints(cls: type) -> dict[str, Any]:
    """The resolved type of each attrs field of `cls`.

    Only the fields' own annotations are evaluated (in the defining module), not the whole
    class hierarchy's as `typing.get_type_hints` would: a base class may annotate things that
    cannot be evaluated at run time. An annotation that does not resolve counts as `Any`.
    """
    namespace = vars(sys.modules[cls.__module__])
    hints: dict[str, Any] = {}
    for field in attrs.fields(cls):
        hint = field.type
        if isinstance(hint, str):
            try:
                hint = eval(hint, dict(namespace))  # noqa: S307 - the package's own annotations
            except Exception:
                hint = Any
        hints[field.name] = hint
    return hints
