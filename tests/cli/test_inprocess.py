"""In-process checks of the CLI's parts that a subprocess cannot see: streaming, and that the
flat formats hold every field of every result."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import pytest
from mock_server import MockServer

from altegio.cli import _app
from altegio.cli._output import NDJSONWriter, cell, columns_of, lookup
from altegio.cli._progress import Progress
from altegio.cli._tree import Result

from .conftest import PARTNER_TOKEN, USER_TOKEN
from .test_commands import ARGUMENTS, COMMANDS, words


def run_main(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = _app.main(list(args))
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def tokens(mock: MockServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ALTEGIO_PARTNER_TOKEN", PARTNER_TOKEN)
    monkeypatch.setenv("ALTEGIO_USER_TOKEN", USER_TOKEN)
    monkeypatch.setenv("ALTEGIO_BASE_URL", mock.url)


@pytest.mark.usefixtures("tokens")
@pytest.mark.parametrize("path", [path for path in ARGUMENTS if COMMANDS[path].result is not Result.NONE], ids="-".join)
def test_csv_holds_every_field_of_the_json(path: tuple[str, ...], mock: MockServer) -> None:
    """Each result as JSON and as CSV: one column per leaf of the model, the same values."""
    code, out, err = run_main(*words(path), *ARGUMENTS[path], "--format", "json")
    assert (code, err) == (0, "")
    items = json.loads(out)
    items = items if isinstance(items, list) else [items]
    mock.reset()  # the same state for the second run (some commands write)
    code, out, err = run_main(*words(path), *ARGUMENTS[path], "--format", "csv")
    assert (code, err) == (0, "")
    header, *rows = list(csv.reader(io.StringIO(out)))
    assert header == columns_of(COMMANDS[path].item_type)  # type: ignore[arg-type]
    assert len(rows) == len(items)
    for row, item in zip(rows, items, strict=True):
        assert row == [cell(lookup(item, column)) for column in header]
        for key, value in item.items():  # nothing left out: each key is a column or has columns
            assert key in header or (
                isinstance(value, dict | type(None)) and any(c.startswith(f"{key}.") for c in header)
            )


class _Pager:
    """Pages on demand, recording what had been written when each page was asked for."""

    def __init__(self, out: io.StringIO, pages: list[list[Any]]) -> None:
        self._out = out
        self._pages = pages
        self.written_before: list[str] = []

    def pages(self) -> Iterator[list[Any]]:
        for page in self._pages:
            self.written_before.append(self._out.getvalue())
            yield page


class _Item:
    def __init__(self, number: int) -> None:
        self.number = number

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.number}


def test_pages_are_written_as_they_arrive() -> None:
    out = io.StringIO()
    pager = _Pager(out, [[_Item(1), _Item(2)], [_Item(3), _Item(4)], [_Item(5)]])
    command = COMMANDS[("services", "list")]
    progress = Progress(io.StringIO(), "services list")
    _app._write(command, pager, {"page_size": 2}, NDJSONWriter(out), progress, raw=False)
    assert pager.written_before == ["", '{"id":1}\n{"id":2}\n', '{"id":1}\n{"id":2}\n{"id":3}\n{"id":4}\n']
    assert (progress.pages, progress.items) == (3, 5)


def test_import_altegio_leaves_the_cli_alone() -> None:
    code = "import sys, altegio; altegio.Altegio; print('altegio.cli' in sys.modules, 'argparse' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)  # noqa: S603
    assert done.stdout.split() == ["False", "False"]
