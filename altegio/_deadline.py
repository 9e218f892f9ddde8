"""A whole-attempt deadline for the blocking client.

httpx applies its timeouts to each socket operation, so a server that trickles one byte just
inside the read timeout keeps a request alive for ever. The async client bounds an attempt with
`asyncio.timeout`; the blocking one cannot interrupt a call, so instead every socket operation
of the attempt is given only the time left until the attempt's deadline. `DeadlineBackend`
(in _deadline_backend.py, imported when a client is built: httpcore loads with the client's
transport, not with `import altegio`) wraps httpcore's network backend to do that; the deadline
is per thread and set only while one of our attempts runs, so other uses of the same httpx
client are not affected.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Iterator
from typing import Any

import httpx

_state = threading.local()


@contextlib.contextmanager
def attempt_deadline(seconds: float) -> Iterator[float]:
    """Every socket operation in this block ends by `seconds` from now (monotonic deadline)."""
    previous = getattr(_state, "deadline", None)
    _state.deadline = time.monotonic() + seconds
    try:
        yield _state.deadline
    finally:
        _state.deadline = previous


def _time_left(timeout: float | None, expired: type[Exception]) -> float | None:
    deadline: float | None = getattr(_state, "deadline", None)
    if deadline is None:
        return timeout
    left = deadline - time.monotonic()
    if left <= 0:
        raise expired("the attempt used up its whole timeout")
    return left if timeout is None else min(timeout, left)


def enforce_deadlines(client: httpx.Client) -> bool:
    """Wrap the network backend of each of the client's httpx transports (the default one and
    proxy mounts); True when the default transport is covered. Other transports (a
    MockTransport, a custom one) are left alone: their bodies are still checked between chunks.
    """
    from ._deadline_backend import DeadlineBackend

    covered = False
    transports: list[Any] = [getattr(client, "_transport", None)]
    transports += list(getattr(client, "_mounts", {}).values())
    for number, transport in enumerate(transports):
        pool = getattr(transport, "_pool", None) if isinstance(transport, httpx.HTTPTransport) else None
        backend = getattr(pool, "_network_backend", None)
        if backend is None:
            continue
        if not isinstance(backend, DeadlineBackend):
            pool._network_backend = DeadlineBackend(backend)  # type: ignore[union-attr]
        covered = covered or number == 0
    return covered
