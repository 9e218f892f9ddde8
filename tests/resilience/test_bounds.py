"""Bounded in memory and in time, measured as a whole process and a whole call.

* Memory: a process reads a gzip body that inflates to 256 MiB; its peak RSS (getrusage) may
  grow by no more than `max_response_bytes` plus a small constant.
* Time: a call against a server that trickles a byte at a time ends within the documented
  worst case: (max_retries + 1) * timeout + the backoff waits (no rate limiter here).
* State: a client used after close, or under a second event loop, raises ClientStateError
  before anything is sent.
"""

from __future__ import annotations

import asyncio
import functools
import gzip
import subprocess
import sys
import textwrap
import time
import zlib
from typing import Any

import pytest

from altegio import Altegio, APIResponseValidationError, APITimeoutError, AsyncAltegio, ClientStateError

from .cases import LOCATION_ID, TAG_ID, tag_ok
from .fault_server import Fault, FaultServer
from .support import PARTNER_TOKEN, ROOT, USER_TOKEN

MIB = 1 << 20
INFLATED = 256 * MIB


@functools.cache
def bomb() -> bytes:
    """256 MiB of zeros as gzip (about 256 KiB), compressed a slice at a time."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    zeros = bytes(16 * MIB)
    parts = [packer.compress(zeros) for _ in range(INFLATED // len(zeros))]
    return b"".join([*parts, packer.flush()])


_PROBE = textwrap.dedent(
    """
    import asyncio, resource, sys
    import altegio

    kind, url, limit = sys.argv[1], sys.argv[2], int(sys.argv[3])

    def peak() -> int:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024

    def sync() -> tuple[int, str]:
        with altegio.Altegio("p", "u", base_url=url, max_response_bytes=limit, max_retries=0) as client:
            client.tags.get(68570, 241625)  # warm: imports, connection
            before = peak()
            try:
                client.tags.get(68570, 241625)
            except altegio.APIResponseValidationError as exc:
                return before, type(exc).__name__
            return before, "no error"

    async def run() -> tuple[int, str]:
        async with altegio.AsyncAltegio("p", "u", base_url=url, max_response_bytes=limit, max_retries=0) as client:
            await client.tags.get(68570, 241625)
            before = peak()
            try:
                await client.tags.get(68570, 241625)
            except altegio.APIResponseValidationError as exc:
                return before, type(exc).__name__
            return before, "no error"

    before, outcome = sync() if kind == "sync" else asyncio.run(run())
    print(before, peak(), outcome)
    """
)


def peak_growth(kind: str, limit: int) -> tuple[int, str]:
    """(growth of the peak RSS during the call, outcome) of a fresh process reading the bomb."""
    with FaultServer() as server:
        server.script([tag_ok(), Fault.raw_body(200, bomb(), headers={"Content-Encoding": "gzip"})])
        result = subprocess.run(  # noqa: S603
            [sys.executable, "-c", _PROBE, kind, server.url + "/api/v2", str(limit)],
            capture_output=True,
            text=True,
            timeout=120,
            check=True,
            cwd=ROOT,
        )
    before, after, outcome = result.stdout.split()
    return int(after) - int(before), outcome


@pytest.mark.parametrize("kind", ["sync", "async"])
@pytest.mark.parametrize("limit", [8 * MIB, 64 * MIB], ids=["8MiB", "default-64MiB"])
def test_a_compressed_bomb_costs_at_most_the_limit(kind: str, limit: int) -> None:
    growth, outcome = peak_growth(kind, limit)
    assert outcome == "APIResponseValidationError"
    assert growth <= limit + 24 * MIB, f"peak grew by {growth / MIB:.1f} MiB for a limit of {limit / MIB:.0f} MiB"


def test_a_body_over_the_limit_keeps_its_start(fault_server: FaultServer) -> None:
    body = gzip.compress(b'{"data": "' + b"x" * (2 * MIB) + b'"}')
    fault_server.script([Fault.raw_body(200, body, headers={"Content-Encoding": "gzip"})])
    client = Altegio(PARTNER_TOKEN, USER_TOKEN, base_url=fault_server.url + "/api/v2", max_response_bytes=MIB)
    with client, pytest.raises(APIResponseValidationError, match="max_response_bytes") as caught:
        client.tags.get(LOCATION_ID, TAG_ID)
    assert caught.value.status_code == 200 and caught.value.body.startswith('{"data": "xxx')


# -- time ------------------------------------------------------------------------------------------

TIMEOUT, RETRIES = 1.0, 2
WORST = (RETRIES + 1) * TIMEOUT + 0.5 + 1.0  # attempts, plus the two backoff waits (at most 0.5 s and 1 s)


def _timed(kind: str, url: str) -> tuple[float, BaseException | None]:
    options: dict[str, Any] = {"base_url": url, "timeout": TIMEOUT, "max_retries": RETRIES, "rate_limit": None}
    started = time.monotonic()
    try:
        if kind == "sync":
            with Altegio(PARTNER_TOKEN, USER_TOKEN, **options) as client:
                client.tags.get(LOCATION_ID, TAG_ID)
        else:

            async def call() -> None:
                async with AsyncAltegio(PARTNER_TOKEN, USER_TOKEN, **options) as client:
                    await client.tags.get(LOCATION_ID, TAG_ID)

            asyncio.run(call())
    except BaseException as exc:
        return time.monotonic() - started, exc
    return time.monotonic() - started, None


@pytest.mark.parametrize("kind", ["sync", "async"])
@pytest.mark.parametrize(
    "trickle",
    [Fault.slow_head(0.3, tag_ok()), Fault.trickle_body(0.3), Fault.announced(1000)],
    ids=["headers", "body", "announced-never-sent"],
)
def test_a_trickling_server_cannot_stretch_a_call_past_its_worst_case(kind: str, trickle: Fault) -> None:
    """A byte every 0.3 s keeps each read inside httpx's 1 s read timeout: without a bound on
    the attempt as a whole, one call took minutes. Now: (retries + 1) x timeout + backoff."""
    with FaultServer() as server:
        server.script([trickle] * (RETRIES + 1))
        took, error = _timed(kind, server.url + "/api/v2")
        assert server.attempts == RETRIES + 1
    assert isinstance(error, APITimeoutError)
    assert (RETRIES + 1) * TIMEOUT - 0.1 <= took <= WORST + 0.5, f"{took:.2f} s; the bound is {WORST:.2f} s"


# -- state -------------------------------------------------------------------------------------------


def test_a_second_event_loop_is_refused_before_sending(fault_server: FaultServer) -> None:
    """One AsyncAltegio under two asyncio.run: its pooled connection belongs to the first loop."""
    fault_server.script([tag_ok(), tag_ok()])
    client = AsyncAltegio(PARTNER_TOKEN, USER_TOKEN, base_url=fault_server.url + "/api/v2", rate_limit=None)
    asyncio.run(client.tags.get(LOCATION_ID, TAG_ID))
    with pytest.raises(ClientStateError, match="create the client inside the coroutine"):
        asyncio.run(client.tags.get(LOCATION_ID, TAG_ID))
    assert fault_server.attempts == 1
    fault_server.reset()


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_a_closed_client_says_so(kind: str) -> None:
    if kind == "sync":
        client = Altegio(PARTNER_TOKEN, USER_TOKEN, base_url="http://127.0.0.1:9/api/v2")
        client.close()
        with pytest.raises(ClientStateError, match="closed"):
            client.tags.get(LOCATION_ID, TAG_ID)
    else:

        async def run() -> None:
            client = AsyncAltegio(PARTNER_TOKEN, USER_TOKEN, base_url="http://127.0.0.1:9/api/v2")
            await client.close()
            with pytest.raises(ClientStateError, match="closed"):
                await client.tags.get(LOCATION_ID, TAG_ID)

        asyncio.run(run())
