"""Shared by every test directory: scripts/ on the import path (the mock, the wire contract and
the spec helpers live there) and the `mock_server` fixture. What only the cassette tests use
(recording, scrubbing, the clients they drive) is in tests/cassettes/conftest.py."""

from __future__ import annotations

import pathlib
import sys
from collections.abc import Iterator

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[1]
SCRIPTS = ROOT / "scripts"
if str(SCRIPTS) not in sys.path:
    sys.path.insert(0, str(SCRIPTS))

from mock_server import MockServer  # noqa: E402


@pytest.fixture(scope="session")
def mock_server() -> Iterator[MockServer]:
    """The local mock, for recording without ALTEGIO_BASE_URL."""
    with MockServer() as server:
        yield server
