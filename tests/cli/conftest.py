"""The installed `altegio` console script, run as a person would, against the local mock.

Every run goes through `altegio(...)`: a subprocess of `.venv/bin/altegio` (the script pip
installed next to the Python running the tests) with fake tokens in its environment. Each run
also checks that neither token appears in what the program printed.
"""

from __future__ import annotations

import http.server
import json
import os
import pathlib
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator, Mapping
from typing import Any

import attrs
import pytest
from mock_server import MOCK_LOCATION_ID, MockServer

from altegio import Altegio

SCRIPT = pathlib.Path(sys.executable).parent / "altegio"
PARTNER_TOKEN = "cli-partner-token-5f3a9c"
USER_TOKEN = "cli-user-token-8d21b7"
LOCATION = str(MOCK_LOCATION_ID)


@attrs.frozen
class Run:
    code: int
    stdout: str
    stderr: str

    def json(self) -> Any:
        return json.loads(self.stdout)


def environment(base_url: str, **extra: str) -> dict[str, str]:
    """The caller's environment without any ALTEGIO_* setting, plus fake tokens and `base_url`."""
    env = {name: value for name, value in os.environ.items() if not name.startswith("ALTEGIO_")}
    env.update(ALTEGIO_PARTNER_TOKEN=PARTNER_TOKEN, ALTEGIO_USER_TOKEN=USER_TOKEN, ALTEGIO_BASE_URL=base_url)
    env.update(extra)
    return env


def run_script(args: tuple[str, ...], env: Mapping[str, str], timeout: float = 60) -> Run:
    if not SCRIPT.exists():
        pytest.fail(f"{SCRIPT} is missing: install the project with pip install -e '.[cli]'")
    done = subprocess.run(  # noqa: S603 - our own console script
        [str(SCRIPT), *args], capture_output=True, text=True, env=dict(env), timeout=timeout, check=False
    )
    result = Run(done.returncode, done.stdout, done.stderr)
    for token in (PARTNER_TOKEN, USER_TOKEN):
        assert token not in result.stdout and token not in result.stderr, f"a token was printed by altegio {args}"
    return result


@pytest.fixture(scope="session")
def cli_mock() -> Iterator[MockServer]:
    with MockServer() as server:
        yield server


@pytest.fixture
def mock(cli_mock: MockServer) -> MockServer:
    """The mock, back to its seeds for each test."""
    cli_mock.reset()
    return cli_mock


@pytest.fixture
def requests(mock: MockServer, monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, dict[str, str]]]:
    """(method, path, query) of every request the mock answers during the test."""
    seen: list[tuple[str, str, dict[str, str]]] = []
    handle = mock.app.handle

    def recording(method: str, path: str, query: list[tuple[str, str]], *args: Any) -> Any:
        seen.append((method, path, dict(query)))
        return handle(method, path, query, *args)

    monkeypatch.setattr(mock.app, "handle", recording)
    return seen


@pytest.fixture
def altegio(mock: MockServer) -> Callable[..., Run]:
    """`altegio("tags", "list", LOCATION)` runs the installed script against the mock."""

    def run(*args: str, env: Mapping[str, str] | None = None, timeout: float = 60) -> Run:
        return run_script(args, environment(mock.url, **(env or {})), timeout)

    return run


@pytest.fixture
def client(mock: MockServer) -> Iterator[Altegio]:
    """The Python client on the same mock, to compare the command line's output with."""
    with Altegio(PARTNER_TOKEN, USER_TOKEN, base_url=mock.url, rate_limit=None) as python_client:
        yield python_client


class _Canned(http.server.BaseHTTPRequestHandler):
    """Answers every request with the server's one canned response."""

    def _answer(self) -> None:
        status, headers, body = self.server.canned  # type: ignore[attr-defined]
        self.server.hits += 1  # type: ignore[attr-defined]
        data = body.encode() if isinstance(body, str) else json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _answer

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def canned() -> Iterator[Callable[..., str]]:
    """`canned(status, body, headers)` starts a server that always answers so; returns its URL."""
    servers: list[http.server.ThreadingHTTPServer] = []

    def start(status: int, body: Any, headers: Mapping[str, str] | None = None) -> str:
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Canned)
        server.canned = (status, dict(headers or {}), body)  # type: ignore[attr-defined]
        server.hits = 0  # type: ignore[attr-defined]
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}/api/v2"

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()
