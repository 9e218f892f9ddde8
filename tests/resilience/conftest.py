"""Fixtures of the resilience tests: the fault-injection server and both clients pointed at it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from .fault_server import FaultServer
from .support import KINDS, Api, Kind


@pytest.fixture
def fault_server() -> Iterator[FaultServer]:
    """A fresh fault server on 127.0.0.1 for one test; stopped (and its threads joined) after."""
    with FaultServer() as server:
        yield server


@pytest.fixture(params=KINDS)
def kind(request: pytest.FixtureRequest) -> Kind:
    """Both clients: every test using it runs with "sync" (Altegio) and "async" (AsyncAltegio)."""
    return request.param  # type: ignore[no-any-return]


@pytest.fixture
def api(kind: Kind, fault_server: FaultServer, monkeypatch: pytest.MonkeyPatch) -> Iterator[Api]:
    """Clients of that kind at `fault_server.url + "/api/v2"`, with retry sleeps recorded."""
    runner = Api(kind, monkeypatch, base_url=fault_server.url + "/api/v2")
    try:
        yield runner
    finally:
        runner.close()
