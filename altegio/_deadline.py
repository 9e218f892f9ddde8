"""A whole-attempt deadline for the blocking client.

httpx applies its timeouts to each socket operation, so a server that trickles one byte just
inside the read timeout keeps a request alive for ever. The async client bounds an attempt with
`asyncio.timeout`; the blocking one cannot interrupt a call, so instead every socket operation
of the attempt is given only the time left until the attempt's deadline. `DeadlineBackend`
wraps httpcore's network backend to do that; the deadline is per thread and set only while one
of our attempts runs, so other uses of the same httpx client are not affected.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Iterable, Iterator
from typing import Any

import httpcore
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


class _DeadlineStream(httpcore.NetworkStream):
    def __init__(self, stream: httpcore.NetworkStream) -> None:
        self._stream = stream

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, _time_left(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, _time_left(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None) -> Any:
        stream = self._stream.start_tls(ssl_context, server_hostname, _time_left(timeout, httpcore.ConnectTimeout))
        return _DeadlineStream(stream)

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class DeadlineBackend(httpcore.NetworkBackend):
    """httpcore's network backend, with each operation cut to the current attempt's deadline."""

    def __init__(self, backend: httpcore.NetworkBackend) -> None:
        self._backend = backend

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        left = _time_left(timeout, httpcore.ConnectTimeout)
        return _DeadlineStream(self._backend.connect_tcp(host, port, left, local_address, socket_options))

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.NetworkStream:
        left = _time_left(timeout, httpcore.ConnectTimeout)
        return _DeadlineStream(self._backend.connect_unix_socket(path, left, socket_options))

    def sleep(self, seconds: float) -> None:
        self._backend.sleep(seconds)


def enforce_deadlines(client: httpx.Client) -> bool:
    """Wrap the network backend of each of the client's httpx transports (the default one and
    proxy mounts); True when the default transport is covered. Other transports (a
    MockTransport, a custom one) are left alone: their bodies are still checked between chunks.
    """
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
