"""Every ```python block of README.md runs as written against the local mock.

Each block runs in a Python process of its own, as a reader would run it: the client finds the
mock through ALTEGIO_BASE_URL and fake tokens through ALTEGIO_PARTNER_TOKEN / ALTEGIO_USER_TOKEN
(the variables `make mock` prints), and a hidden setup defines the names the README says stand
for the reader's own values (`location_id`, `tag_id`, `start`, `end`, `base_url`, `redis_url`).
A block that uses `redis_url` gets a real redis-server. The blocks are found, not listed: a block
added to the README is run too, and the only way to pass is to be runnable.
"""

from __future__ import annotations

import ast
import datetime as dt
import inspect
import os
import pathlib
import re
import subprocess
import sys
import textwrap
from collections.abc import Iterator

import httpx
import pytest
from mock_server import MOCK_LOCATION_ID, MockServer

import altegio

from ..ratelimit.redis_server import RedisServer

ROOT = pathlib.Path(__file__).resolve().parents[2]
README = ROOT / "README.md"
TAG_ID = 241625  # a Tag the mock is seeded with (the spec's example)
# The names the README's examples take as given, and the sentence of the README that says so.
SETUP_NAMES = ("location_id", "tag_id", "start", "end", "base_url", "redis_url")

pytestmark = pytest.mark.block_network(allowed_hosts=[r"127\.0\.0\.1"])


class Block:
    def __init__(self, heading: str, line: int, source: str) -> None:
        self.heading = heading
        self.line = line  # of the first line of code, 1-based
        self.source = source

    @property
    def id(self) -> str:
        return f"{self.heading} (line {self.line})"


def python_blocks(text: str) -> list[Block]:
    """Every fenced block whose info string is python (or py), indented ones too (in a list)."""
    blocks: list[Block] = []
    lines = text.splitlines()
    heading, index = "top", 0
    while index < len(lines):
        line = lines[index]
        if line.startswith("#") and not line.startswith("#!"):
            heading = line.lstrip("#").strip()
        opening = re.fullmatch(r"( *)(`{3,}|~{3,})\s*(python3?|py)\b.*", line)
        if opening is None:
            index += 1
            continue
        indent, fence = opening.group(1), opening.group(2)
        body: list[str] = []
        index += 1
        while index < len(lines) and lines[index].strip() != fence:
            body.append(lines[index])
            index += 1
        assert index < len(lines), f"README.md: the block of {heading!r} is never closed"
        assert all(not row.strip() or row.startswith(indent) for row in body), heading
        start = index - len(body) + 1
        blocks.append(Block(heading, start, textwrap.dedent("\n".join(body)) + "\n"))
        index += 1
    return blocks


BLOCKS = python_blocks(README.read_text(encoding="utf-8"))


def hidden_setup(base_url: str, redis_url: str | None) -> str:
    """The values the examples take as the reader's own: the mock's Location and Tag, a week
    from tomorrow (Events cannot be listed in the past), the mock's URL and a Redis."""
    start = dt.datetime.now(dt.UTC).date() + dt.timedelta(days=1)  # the mock Location keeps UTC
    return "\n".join(
        [
            "import datetime",
            f"location_id = {MOCK_LOCATION_ID}",
            f"tag_id = {TAG_ID}",
            f"start = {start!r}",
            f"end = {start + dt.timedelta(days=7)!r}",
            f"base_url = {base_url!r}",
            f"redis_url = {redis_url!r}",
            "del datetime",
        ]
    )


def script(block: Block, setup: str, folder: pathlib.Path) -> pathlib.Path:
    """A file that runs the hidden setup, then the block as it stands, compiled as README.md with
    its own line numbers, so that a traceback points into the README."""
    source = folder / "block.txt"
    source.write_text("\n" * (block.line - 1) + block.source, encoding="utf-8")
    path = folder / "run_block.py"
    read = f"__import__('pathlib').Path({str(source)!r}).read_text(encoding='utf-8')"
    run = f"exec(compile({read}, 'README.md', 'exec'))\n"
    path.write_text(f"{setup}\n{run}", encoding="utf-8")
    return path


@pytest.fixture
def mock() -> Iterator[MockServer]:
    """A fresh mock per block: each block starts from the seeds, as a reader's first try would."""
    with MockServer() as server:
        yield server


def test_the_readme_has_python_blocks_and_says_what_the_names_stand_for() -> None:
    headings = {block.heading for block in BLOCKS}
    assert {"Quickstart", "Async", "Configuration", "Many workers", "Escape hatches"} <= headings
    readme = README.read_text(encoding="utf-8")
    assert all(f"`{name}`" in readme.split("## Quickstart", 1)[1].split("\n## ", 1)[0] for name in SETUP_NAMES)


def test_a_block_is_found_with_its_line_and_indent() -> None:
    text = "# T\n\n## A\n\n- item:\n\n  ```python\n  x = 1\n  if x:\n      y = 2\n  ```\n"
    (block,) = python_blocks(text)
    assert (block.heading, block.line, block.source) == ("A", 8, "x = 1\nif x:\n    y = 2\n")


@pytest.mark.parametrize("block", BLOCKS, ids=[block.id for block in BLOCKS])
def test_the_block_runs_as_written_against_the_mock(block: Block, mock: MockServer, tmp_path: pathlib.Path) -> None:
    env = {key: value for key, value in os.environ.items() if not key.startswith("ALTEGIO_")}
    env.update(
        ALTEGIO_BASE_URL=mock.url, ALTEGIO_PARTNER_TOKEN="readme-partner-token", ALTEGIO_USER_TOKEN="readme-user-token"
    )
    with RedisServer() if "redis_url" in block.source else _no_redis() as redis:
        path = script(block, hidden_setup(mock.url, redis and redis.url), tmp_path)
        done = subprocess.run(  # noqa: S603 - the README's own code
            [sys.executable, "-W", "error", str(path)],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    assert done.returncode == 0, f"{block.id} failed:\n{done.stderr}"
    assert "Exception ignored" not in done.stderr, f"{block.id} leaks:\n{done.stderr}"  # e.g. an unclosed socket


def test_the_configuration_block_shows_every_option_with_its_default() -> None:
    """It says "this is the client `Altegio()` gives": each keyword is a parameter of `Altegio`,
    all of them are there, and each value is the parameter's default."""
    (block,) = (block for block in BLOCKS if block.heading == "Configuration")
    (call,) = (
        node
        for node in ast.walk(ast.parse(block.source))
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "Altegio"
    )
    assert not call.args
    parameters = inspect.signature(altegio.Altegio).parameters
    assert [keyword.arg for keyword in call.keywords] == list(parameters)
    for keyword in call.keywords:
        assert keyword.arg is not None
        shown = eval(ast.unparse(keyword.value), {"httpx": httpx, "RateLimit": altegio.RateLimit})  # noqa: S307
        assert shown == parameters[keyword.arg].default, keyword.arg


class _no_redis:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc_info: object) -> None:
        return None
