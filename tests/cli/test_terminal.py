"""A real terminal: a multi-page list in a tmux pane, its screen read with capture-pane.

On a terminal the default format is the table, and the progress of a list that needs several
pages is drawn on stderr (the same screen) and replaced by a summary when it is done.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shlex
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from mock_server import MockServer

from altegio import Altegio

from .conftest import LOCATION, SCRIPT, environment

TMUX = shutil.which("tmux")
pytestmark = pytest.mark.skipif(TMUX is None, reason="tmux is not installed (apt-get install tmux)")


@pytest.fixture
def tmux(tmp_path: Path) -> Iterator[list[str]]:
    """The tmux command on a server of its own (its socket in tmp_path), killed afterwards."""
    assert TMUX is not None
    command = [TMUX, "-S", str(tmp_path / "tmux.sock"), "-f", os.devnull]
    yield command
    subprocess.run([*command, "kill-server"], capture_output=True, check=False)  # noqa: S603


def test_a_multi_page_list_in_a_terminal(tmux: list[str], tmp_path: Path, mock: MockServer, client: Altegio) -> None:
    start = dt.datetime.combine(dt.datetime.now(dt.UTC).date() + dt.timedelta(days=1), dt.time(8))
    for hour in range(11):  # besides the mock's two Events: 13 in all, one per page below
        client.events.create(int(LOCATION), 42, 500, start + dt.timedelta(hours=hour, days=2), 1800, 4, force=True)
    expected = [event.id for event in client.events.list(int(LOCATION), start.date(), start + dt.timedelta(days=3))]
    assert len(expected) == 13
    env = environment(mock.url)
    script = tmp_path / "run.sh"
    exports = " ".join(f"{name}={shlex.quote(env[name])}" for name in sorted(env) if name.startswith("ALTEGIO_"))
    arguments = [
        "events",
        "list",
        LOCATION,
        "--start",
        str(start.date()),
        "--end",
        str(start.date() + dt.timedelta(days=3)),
    ]
    script.write_text(
        f"export {exports}\n{shlex.quote(str(SCRIPT))} {shlex.join(arguments)} --page-size 1\necho exit=$?\nsleep 600\n"
    )
    env.pop("TMUX", None)
    subprocess.run(  # noqa: S603
        [*tmux, "new-session", "-d", "-s", "cli", "-x", "150", "-y", "40", f"sh {shlex.quote(str(script))}"],
        env=env,
        check=True,
    )
    screens = []
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        screen = subprocess.run(  # noqa: S603
            [*tmux, "capture-pane", "-p", "-t", "cli"], capture_output=True, text=True, check=True
        ).stdout
        screens.append(screen)
        if "exit=" in screen:
            break
        time.sleep(0.05)
    final = screens[-1]
    assert "exit=0" in final, final

    # While it ran: one status line with the pages and items so far (the default rate limit,
    # 5 requests a second, makes 14 requests take more than two seconds).
    progress = [line for screen in screens for line in screen.splitlines() if "fetching page" in line]
    assert progress, screens
    waits = r"( \(rate limit: \d+\.\d s\)|; waiting for the rate limit)?"
    pattern = r"events list: \d+ items?, \d+ pages?; fetching page \d+" + waits
    assert all(re.fullmatch(pattern, line.rstrip()) for line in progress), progress
    assert any("rate limit:" in line for line in progress)

    # At the end: the table, every Event once, the status line replaced by a summary.
    lines = [line for line in final.splitlines() if line.strip()]
    header, rule = lines[0], lines[1]
    assert header.split()[0] == "id" and "staff_id" in header.split() and set(rule.replace(" ", "")) == {"-"}
    assert len(header) <= 150
    rows = lines[2 : 2 + len(expected)]
    assert [int(row.split()[0]) for row in rows] == expected
    staff = header.index("staff_id")
    assert all(row[staff:].split()[0] == "42" for row in rows)
    assert lines[2 + len(expected)].startswith("altegio: ") and "more column(s) not shown" in lines[2 + len(expected)]
    assert not any("fetching page" in line for line in lines)
    summary = [line for line in lines if line.startswith("events list: ")]
    assert len(summary) == 1
    waits = re.fullmatch(
        r"events list: 13 items, 13 pages in (\d+\.\d) s \((\d+\.\d) s waiting for the rate limit\)", summary[0]
    )
    assert waits is not None, summary
    assert 0 < float(waits[2]) <= float(waits[1])  # measured by wrapping the client's limiter
