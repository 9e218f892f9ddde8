"""Output formats: json, ndjson, csv and table, each written page by page.

Rows are the models' `to_dict()` (or, with `--raw`, the wire resource). A list is never held
whole: each writer gets one page at a time and keeps only what it needs to stay consistent
(the CSV header, the table's column widths). CSV and table flatten nested objects into dotted
columns (`position.title`); their columns come from the model's fields, so they are the same,
in the same order, whatever the data, and a header can be written before the first row.
"""

from __future__ import annotations

import csv
import json
import shutil
import types
import typing
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Protocol, TextIO

import attrs

from .._errors import InvalidArgumentError
from ._convert import field_hints

FORMATS = ("json", "ndjson", "csv", "table")
_LEFT_OUT = frozenset({"raw"})  # to_dict() leaves the wire form out
_MAX_CELL = 40  # widest table column, in characters


class Writer(Protocol):
    """Receives the rows of one result: `page` any number of times, then `close` once."""

    def page(self, rows: Sequence[Mapping[str, Any]]) -> None: ...

    def close(self) -> None: ...


def columns_of(cls: type, prefix: str = "") -> list[str]:
    """The dotted columns of a model: its fields in order, nested models expanded."""
    hints = field_hints(cls)
    found: list[str] = []
    for field in attrs.fields(cls):
        if field.name in _LEFT_OUT:
            continue
        nested = [member for member in _members(hints[field.name]) if member is not type(None)]
        if len(nested) == 1 and isinstance(nested[0], type) and attrs.has(nested[0]):
            found += columns_of(nested[0], f"{prefix}{field.name}.")
        else:
            found.append(prefix + field.name)
    return found


def _members(hint: Any) -> tuple[Any, ...]:
    return typing.get_args(hint) if typing.get_origin(hint) in (typing.Union, types.UnionType) else (hint,)


def flatten(row: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    """Every leaf of nested objects under a dotted name; lists stay whole (one cell)."""
    flat: dict[str, Any] = {}
    for key, value in row.items():
        if isinstance(value, Mapping) and value:
            flat.update(flatten(value, f"{prefix}{key}."))
        else:
            flat[prefix + str(key)] = value
    return flat


def lookup(row: Mapping[str, Any], column: str) -> Any:
    """The value at a dotted column; None where an object on the way is missing."""
    value: Any = row
    for part in column.split("."):
        if not isinstance(value, Mapping):
            return None
        value = value.get(part)
    return value


def cell(value: Any) -> str:
    """Text for one CSV or table cell: empty for null, JSON for lists and objects."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | dict | tuple):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return str(value)


def select(available: Sequence[str], wanted: Sequence[str] | None) -> list[str]:
    """`--columns`: named columns in the order given; a prefix (`position`) takes all below it."""
    if not wanted:
        return list(available)
    chosen: list[str] = []
    for name in wanted:
        matches = [column for column in available if column == name or column.startswith(name + ".")]
        if not matches:
            raise InvalidArgumentError("columns", f"unknown column {name!r}; choose from {', '.join(available)}")
        chosen += [column for column in matches if column not in chosen]
    return chosen


class _Columns:
    """Columns fixed before the first row (from the model) or by the first page (raw rows)."""

    def __init__(self, schema: Sequence[str] | None, wanted: Sequence[str] | None, warn: TextIO) -> None:
        self._wanted = wanted
        self._warn = warn
        self._warned = False
        self.names: list[str] | None = None if schema is None else select(schema, wanted)
        self._known: set[str] = set()

    def fix(self, rows: Sequence[Mapping[str, Any]]) -> list[str]:
        if self.names is None:
            seen: dict[str, None] = {}
            for row in rows:
                seen.update(dict.fromkeys(flatten(row)))
            self.names = select(list(seen), self._wanted)
            self._known = set(seen)
        return self.names

    def check(self, row: Mapping[str, Any]) -> None:
        """Say once on stderr when a later row has a column the header could not hold."""
        if self._known and not self._warned and not set(flatten(row)) <= self._known:
            extra = sorted(set(flatten(row)) - self._known)
            self._warn.write(f"altegio: note: column(s) {', '.join(extra)} appeared after the header; left out\n")
            self._warned = True


class JSONWriter:
    """One object, or a JSON array written item by item (never the whole list in memory)."""

    def __init__(self, out: TextIO, *, single: bool) -> None:
        self._out = out
        self._single = single
        self._count = 0

    def page(self, rows: Sequence[Mapping[str, Any]]) -> None:
        for row in rows:
            text = json.dumps(row, ensure_ascii=False, indent=2)
            if self._single:
                self._out.write(text + "\n")
            else:
                self._out.write(("[\n" if self._count == 0 else ",\n") + _indent(text))
            self._count += 1
        self._out.flush()

    def close(self) -> None:
        if not self._single:
            self._out.write("[]\n" if self._count == 0 else "\n]\n")
            self._out.flush()


def _indent(text: str) -> str:
    return "\n".join("  " + line for line in text.splitlines())


class NDJSONWriter:
    """One compact JSON object per line, flushed as each page arrives."""

    def __init__(self, out: TextIO) -> None:
        self._out = out

    def page(self, rows: Sequence[Mapping[str, Any]]) -> None:
        for row in rows:
            self._out.write(json.dumps(row, ensure_ascii=False, separators=(",", ":")) + "\n")
        self._out.flush()

    def close(self) -> None:
        self._out.flush()


class CSVWriter:
    """A header row, then one row per item; nested objects in dotted columns."""

    def __init__(self, out: TextIO, columns: _Columns) -> None:
        self._out = out
        self._csv = csv.writer(out, lineterminator="\n")
        self._columns = columns
        self._header_written = False
        if columns.names is not None:
            self._header(columns.names)

    def _header(self, names: Sequence[str]) -> None:
        self._csv.writerow(names)
        self._header_written = True

    def page(self, rows: Sequence[Mapping[str, Any]]) -> None:
        names = self._columns.fix(rows)
        if not self._header_written:
            self._header(names)
        for row in rows:
            self._columns.check(row)
            self._csv.writerow([cell(lookup(row, name)) for name in names])
        self._out.flush()

    def close(self) -> None:
        self._out.flush()


class TableWriter:
    """For people at a terminal: a list as aligned columns, one object as field/value lines.

    Widths come from the first page and hold for the rest, so pages print as they arrive;
    columns that do not fit the terminal are left out, and said so on stderr.
    """

    def __init__(self, out: TextIO, note: TextIO, columns: _Columns, *, single: bool, width: int | None = None) -> None:
        self._out = out
        self._note = note
        self._columns = columns
        self._single = single
        self._width = width or shutil.get_terminal_size((100, 24)).columns
        self._shown: list[tuple[str, int]] | None = None
        self._hidden = 0
        self._rows = 0

    def page(self, rows: Sequence[Mapping[str, Any]]) -> None:
        if self._single:
            for row in rows:
                self._vertical(row)
            self._rows += len(rows)
            return
        names = self._columns.fix(rows)
        if self._shown is None:
            self._shown = self._fit(names, rows)
            self._line([name for name, _ in self._shown])
            self._line(["-" * width for _, width in self._shown])
        for row in rows:
            self._columns.check(row)
            self._line([cell(lookup(row, name)) for name, _ in self._shown])
        self._rows += len(rows)
        self._out.flush()

    def _fit(self, names: Sequence[str], rows: Sequence[Mapping[str, Any]]) -> list[tuple[str, int]]:
        shown: list[tuple[str, int]] = []
        used = 0
        for name in names:
            width = min(_MAX_CELL, max([len(name)] + [len(cell(lookup(row, name))) for row in rows]))
            if shown and used + 2 + width > self._width:
                break
            shown.append((name, width))
            used += width + (2 if len(shown) > 1 else 0)
        self._hidden = len(names) - len(shown)
        return shown

    def _line(self, texts: Iterable[str]) -> None:
        assert self._shown is not None
        parts = [_clip(text, width).ljust(width) for text, (_, width) in zip(texts, self._shown, strict=True)]
        self._out.write("  ".join(parts).rstrip() + "\n")

    def _vertical(self, row: Mapping[str, Any]) -> None:
        names = self._columns.names or list(flatten(row))
        key_width = min(_MAX_CELL, max((len(name) for name in names), default=0))
        value_width = max(10, self._width - key_width - 2)
        for name in names:
            text = _clip(cell(lookup(row, name)), value_width)
            self._out.write(f"{_clip(name, key_width).ljust(key_width)}  {text}".rstrip() + "\n")
        self._out.flush()

    def close(self) -> None:
        self._out.flush()
        if self._rows == 0 and not self._single:
            self._note.write("altegio: no results\n")
        if self._hidden:
            self._note.write(
                f"altegio: {self._hidden} more column(s) not shown: pick them with --columns, or use --format csv\n"
            )


def _clip(text: str, width: int) -> str:
    """One line of at most `width` characters, cut with an ellipsis."""
    text = " ".join(text.split()) if ("\n" in text or "\r" in text or "\t" in text) else text
    return text if len(text) <= width else text[: width - 1] + "\u2026"


def make_writer(
    fmt: str,
    out: TextIO,
    note: TextIO,
    *,
    single: bool,
    schema: Sequence[str] | None,
    columns: Sequence[str] | None,
) -> Writer:
    """The writer for `--format`; `schema` is the model's columns (None for raw rows)."""
    if columns and fmt not in ("csv", "table"):
        raise InvalidArgumentError("columns", f"applies to --format csv and table, not {fmt}")
    if fmt == "json":
        return JSONWriter(out, single=single)
    if fmt == "ndjson":
        return NDJSONWriter(out)
    fixed = _Columns(schema, columns, note)
    if fmt == "csv":
        return CSVWriter(out, fixed)
    return TableWriter(out, note, fixed, single=single)
