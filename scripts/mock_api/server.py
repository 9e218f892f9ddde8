"""The mock over HTTP: `MockServer` on 127.0.0.1 (a daemon thread), and `main` for
`python scripts/mock_server.py`."""

from __future__ import annotations

import argparse
import datetime as dt
import http.server
import json
import signal
import sys
import threading
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from wire_contract import BASE_PATH

from .app import MockApp
from .constants import MOCK_LOCATION_ID


class _Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def _serve(self) -> None:
        url = urlsplit(self.path)
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        query = parse_qsl(url.query, keep_blank_values=True)
        reply = self.server.app.handle(self.command, url.path, query, self.headers.items(), body)
        payload = b"" if reply.body is None else json.dumps(reply.body).encode()
        self.send_response(reply.status)
        if reply.body is not None:
            self.send_header("Content-Type", "application/json")
        if reply.status != 204:
            self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _serve

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: tests and recordings print nothing per request."""


class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = True
    app: MockApp


class MockServer:
    """The mock on 127.0.0.1, served from a daemon thread; `url` ends in /api/v2.

    `port=0` takes a free port. `clock` gives the Location's current time (naive), for the
    "not in the past" rules; it defaults to the real time in UTC.
    """

    def __init__(self, port: int = 0, *, clock: Callable[[], dt.datetime] | None = None) -> None:
        self.app = MockApp(clock)
        self._port = port
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        if self._server is None:
            raise RuntimeError("the mock server is not running")
        return f"http://127.0.0.1:{self._server.server_address[1]}{BASE_PATH}"

    def start(self) -> MockServer:
        if self._server is None:
            self._server = _Server(("127.0.0.1", self._port), _Handler)
            self._server.app = self.app
            self._thread = threading.Thread(target=self._server.serve_forever, name="altegio-mock", daemon=True)
            self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            assert self._thread is not None
            self._thread.join()
            self._server = self._thread = None

    def reset(self) -> None:
        self.app.reset()

    def __enter__(self) -> MockServer:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()


# Tokens for the mock, which takes any: printed by `--env` so that the client has some to send.
MOCK_PARTNER_TOKEN = "mock-partner-token"  # noqa: S105 - not a secret: the mock takes any
MOCK_USER_TOKEN = "mock-user-token"  # noqa: S105


def environment(url: str) -> dict[str, str]:
    """The variables that point `Altegio()` (and `make demo`, and the README's examples) at the
    mock at `url`: base URL, tokens, and the one Location the mock has."""
    return {
        "ALTEGIO_BASE_URL": url,
        "ALTEGIO_PARTNER_TOKEN": MOCK_PARTNER_TOKEN,
        "ALTEGIO_USER_TOKEN": MOCK_USER_TOKEN,
        "ALTEGIO_LOCATION_ID": str(MOCK_LOCATION_ID),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Serve a mock of the Altegio v2 API (openapi.yaml) on 127.0.0.1.")
    parser.add_argument("--port", type=int, default=0, help="port to listen on (default: a free one)")
    parser.add_argument(
        "--env",
        action="store_true",
        help="print shell `export` lines for ALTEGIO_BASE_URL, the tokens and ALTEGIO_LOCATION_ID (else the URL)",
    )
    options = parser.parse_args(argv)
    stopped = threading.Event()
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: stopped.set())
    with MockServer(options.port) as mock:
        if options.env:
            print(f"# A local mock of openapi.yaml is serving at {mock.url} (Ctrl-C stops it).")
            print("# Point the client at it, in another shell (any tokens work; the mock has one Location):")
            for name, value in environment(mock.url).items():
                print(f"export {name}={value}")
            sys.stdout.flush()
        else:
            print(mock.url, flush=True)
        stopped.wait()
    return 0
