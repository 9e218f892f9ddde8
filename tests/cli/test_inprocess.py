"""In-process checks of the CLI's parts that a subprocess cannot see: streaming, and that the
flat formats hold every field of every result."""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import io
import json
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest
from mock_server import MockServer

from altegio.cli import _app
from altegio.cli._output import NDJSONWriter, cell, columns_of, lookup
from altegio.cli._progress import MeasuredLimiter, Progress
from altegio.cli._tree import Result

from .conftest import PARTNER_TOKEN, USER_TOKEN
from .test_commands import ARGUMENTS, COMMANDS, words


def run_main(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = _app.main(list(args))
    return code, out.getvalue(), err.getvalue()


@pytest.fixture(scope="module")
def frozen_mock() -> Iterator[MockServer]:
    """A mock whose clock stands still, so that two runs after a reset see the same data."""
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
    with MockServer(clock=lambda: now) as server:
        yield server


@pytest.fixture
def mock(frozen_mock: MockServer, monkeypatch: pytest.MonkeyPatch) -> MockServer:
    frozen_mock.reset()
    monkeypatch.setenv("ALTEGIO_PARTNER_TOKEN", PARTNER_TOKEN)
    monkeypatch.setenv("ALTEGIO_USER_TOKEN", USER_TOKEN)
    monkeypatch.setenv("ALTEGIO_BASE_URL", frozen_mock.url)
    return frozen_mock


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


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


class _SlowLimiter:
    """Holds each request back `delay` seconds; records what it was asked."""

    def __init__(self, delay: float) -> None:
        self.delay = delay
        self.calls: list[str] = []

    def acquire(self, lease: float) -> str:
        self.calls.append("acquire")
        time.sleep(self.delay)
        return "permit"

    def release(self, permit: Any, *, responded: bool) -> None:
        self.calls.append(f"release {permit} {responded}")

    def pause(self, seconds: float) -> None:
        self.calls.append(f"pause {seconds}")


def test_the_status_line_counts_rate_limit_waits_on_a_terminal() -> None:
    screen = _Terminal()
    progress = Progress(screen, "events list")
    limiter = _SlowLimiter(0.5)
    measured = MeasuredLimiter(limiter, progress)
    progress.page(1, more=True)
    waiting = threading.Thread(target=measured.acquire, args=(30.0,))
    waiting.start()
    time.sleep(0.35)  # past the notice delay, before the slot comes
    assert screen.getvalue().endswith("events list: 1 item, 1 page; fetching page 2; waiting for the rate limit")
    waiting.join()
    assert screen.getvalue().endswith("fetching page 2 (rate limit: 0.5 s)")
    measured.release("permit", responded=True)
    measured.pause(3.0)
    assert limiter.calls == ["acquire", "release permit True", "pause 3.0"]
    progress.page(0, more=False)
    progress.finish()
    summary = screen.getvalue().rsplit("\r\x1b[K", 1)[1]
    assert summary.startswith("events list: 1 item, 2 pages in ") and summary.endswith(
        " s waiting for the rate limit)\n"
    )
    assert 0.5 <= progress.waited < 1.5


def test_nothing_is_drawn_when_stderr_is_not_a_terminal() -> None:
    piped = io.StringIO()
    progress = Progress(piped, "events list")
    measured = MeasuredLimiter(_SlowLimiter(0.3), progress)
    progress.page(250, more=True)
    measured.acquire(30.0)
    progress.page(3, more=False)
    progress.finish()
    assert piped.getvalue() == "" and progress.waited >= 0.3
