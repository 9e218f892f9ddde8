"""A loopback HTTP/1.1 server that records when each request *arrives*, with latency to taste.

Every request is read, then held for a random `transit` delay (the network between client and
server: the request is in flight, not yet arrived), stamped with its arrival time
(`time.monotonic()` of this process), held for a random `service` delay, and answered. A new
connection adds `connect_penalty` to its first request, as a TCP and TLS handshake would. The
answer is the spec's `get_tag` example, or a scripted status (e.g. 429 with Retry-After).

It runs an asyncio loop in a thread, so hundreds of waiting requests cost nothing, and keeps
connections alive (the clients reuse them, as they do in production).
"""

from __future__ import annotations

import asyncio
import bisect
import json
import random
import threading
import time
from collections.abc import Callable, Sequence

TAG_BODY = json.dumps(
    {
        "data": {
            "type": "tag",
            "id": "241625",
            "attributes": {
                "company_id": 68570,
                "title": "VIP Booking User",
                "color": "#ff2828",
                "font_color": "#ffffff",
                "icon": "star",
                "entity_type": "client",
                "is_deleted": False,
                "is_editable": True,
            },
        },
        "meta": [],
    }
).encode()

# (status, headers) for the n-th request (0-based), or None for the usual 200.
Script = Callable[[int], "tuple[int, dict[str, str]] | None"]


class ArrivalServer:
    def __init__(
        self,
        *,
        transit: tuple[float, float] = (0.0, 0.0),
        service: tuple[float, float] = (0.0, 0.0),
        connect_penalty: float = 0.0,
        seed: int = 0,
        script: Script | None = None,
    ) -> None:
        self.transit = transit
        self.service = service
        self.connect_penalty = connect_penalty
        self.script = script
        self.arrivals: list[float] = []
        self.statuses: list[int] = []
        self._random = random.Random(seed)
        self._lock = threading.Lock()
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, name="arrival-server", daemon=True)
        self._server: asyncio.Server | None = None
        self.port = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> ArrivalServer:
        self._thread.start()
        if not self._ready.wait(10):
            raise RuntimeError("the arrival server did not start")
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)

    def snapshot(self) -> list[float]:
        with self._lock:
            return list(self.arrivals)

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        self._server = self._loop.run_until_complete(asyncio.start_server(self._serve, "127.0.0.1", 0, backlog=1024))
        self.port = self._server.sockets[0].getsockname()[1]
        self._ready.set()
        try:
            self._loop.run_forever()
        finally:
            self._server.close()
            for task in asyncio.all_tasks(self._loop):
                task.cancel()
            self._loop.run_until_complete(asyncio.sleep(0))
            self._loop.close()

    def _delay(self, bounds: tuple[float, float]) -> float:
        low, high = bounds
        return low if high <= low else self._random.uniform(low, high)

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        first = True
        try:
            while True:
                try:
                    head = await reader.readuntil(b"\r\n\r\n")
                except (asyncio.IncompleteReadError, ConnectionError):
                    return
                length = 0
                for line in head.split(b"\r\n")[1:]:
                    name, _, value = line.partition(b":")
                    if name.strip().lower() == b"content-length":
                        length = int(value.strip())
                if length:
                    await reader.readexactly(length)
                await asyncio.sleep(self._delay(self.transit) + (self.connect_penalty if first else 0.0))
                first = False
                with self._lock:
                    number = len(self.arrivals)
                    self.arrivals.append(time.monotonic())
                scripted = self.script(number) if self.script is not None else None
                status, headers = scripted if scripted is not None else (200, {})
                with self._lock:
                    self.statuses.append(status)
                await asyncio.sleep(self._delay(self.service))
                body = (
                    TAG_BODY
                    if status == 200
                    else json.dumps({"success": False, "data": None, "meta": {"message": "Too many requests"}}).encode()
                )
                lines = [f"HTTP/1.1 {status} X", "Content-Type: application/json", f"Content-Length: {len(body)}"]
                lines += [f"{name}: {value}" for name, value in headers.items()]
                writer.write(("\r\n".join(lines) + "\r\n\r\n").encode() + body)
                await writer.drain()
        except (ConnectionError, asyncio.CancelledError):
            return
        finally:
            writer.close()


def busiest_window(times: Sequence[float], period: float) -> int:
    """The most arrivals in any half-open window [t, t + period), computed exactly.

    The busiest window can always be slid right until it opens on an arrival, so checking the
    windows that open on each arrival checks them all.
    """
    ordered = sorted(times)
    return max((bisect.bisect_left(ordered, t + period) - i for i, t in enumerate(ordered)), default=0)


def ideal_count(windows: Sequence[tuple[int, float]], duration: float) -> int:
    """How many requests a perfect limiter lets start in `duration` seconds (zero latency,
    every start as early as every window allows): the budget a run is measured against."""
    starts: list[float] = []
    moment = 0.0
    while True:
        for count, period in windows:
            if len(starts) >= count:
                moment = max(moment, starts[-count] + period)
        if moment >= duration:
            return len(starts)
        starts.append(moment)
