"""A fault-injection HTTP/1.1 server that really listens on 127.0.0.1.

Each test scripts the answers it wants, one per incoming request, in order:

    server.script([Fault.status(429, headers={"Retry-After": "1"}), Fault.json(200, body)])

and afterwards reads `server.requests` (method, path, query, headers, body of everything that
arrived, faulted or not) to count attempts. A request that finds the script empty gets a 418
with a JSON message, so a missing script shows up as a clear error instead of a hang.

The server is a raw socket loop (no http.server), so it can misbehave in ways a real web server
would refuse to: drop the connection half-way through a body, reset it, never answer, answer
late, or send bytes that are not HTTP at all. Every response carries `Connection: close`, so each
attempt of the client is exactly one connection and one recorded request.
"""

from __future__ import annotations

import contextlib
import http
import json
import socket
import struct
import threading
import time
from collections import deque
from collections.abc import Iterable, Mapping
from typing import Any, Literal
from urllib.parse import parse_qs, unquote

import attrs

Ending = Literal["close", "reset"]

_HEAD_LIMIT = 256 * 1024


@attrs.frozen
class Fault:
    """One scripted answer. Build it with the class methods; the fields say what is sent.

    `code`: the HTTP status sent.
    `delay`: seconds to wait after the request arrived before doing anything else.
    `answer`: False closes the connection without sending a byte (`ending` says how).
    `cut_at`: send only this many bytes of the body, then end the connection (`ending`).
    `raw`: bytes sent instead of a response (not HTTP), then the connection is closed.
    `trickle`: seconds between single bytes of the body (of the whole response with
    `trickle_head`), until it is all sent or the client leaves.
    """

    code: int = 200
    headers: tuple[tuple[str, str], ...] = ()
    body: bytes = b""
    delay: float = 0.0
    answer: bool = True
    cut_at: int | None = None
    ending: Ending = "close"
    raw: bytes | None = None
    trickle: float = 0.0
    trickle_head: bool = False
    label: str = ""

    # -- constructors ------------------------------------------------------------------------

    @classmethod
    def json(cls, status: int, body: Any, *, headers: Mapping[str, str] | None = None) -> Fault:
        """`status` with `body` encoded as JSON (Content-Type application/json)."""
        data = json.dumps(body).encode()
        return cls.raw_body(status, data, content_type="application/json", headers=headers, label=f"json {status}")

    @classmethod
    def status(cls, status: int, *, json: Any = None, headers: Mapping[str, str] | None = None) -> Fault:
        """Any status; with a v2 error envelope as body unless `json` is given."""
        if json is None:
            phrase = _phrase(status)
            json = {"success": False, "data": None, "meta": {"message": phrase}}
        return cls.json(status, json, headers=headers)

    @classmethod
    def html(cls, status: int, text: str, *, headers: Mapping[str, str] | None = None) -> Fault:
        """An HTML page, as a proxy or load balancer sends it."""
        return cls.raw_body(
            status, text.encode(), content_type="text/html; charset=utf-8", headers=headers, label=f"html {status}"
        )

    @classmethod
    def raw_body(
        cls,
        status: int,
        body: bytes,
        *,
        content_type: str | None = "application/json",
        headers: Mapping[str, str] | None = None,
        label: str = "",
    ) -> Fault:
        """`status` with exactly these body bytes (and a correct Content-Length)."""
        all_headers = dict(headers or {})
        if content_type is not None:
            all_headers.setdefault("Content-Type", content_type)
        return cls(code=status, headers=tuple(all_headers.items()), body=body, label=label or f"raw {status}")

    @classmethod
    def empty(cls, status: int = 200, *, headers: Mapping[str, str] | None = None) -> Fault:
        """`status` with Content-Length: 0."""
        return cls.raw_body(status, b"", content_type="application/json", headers=headers, label=f"empty {status}")

    @classmethod
    def truncated_json(cls, body: Any, *, keep: int | None = None, status: int = 200) -> Fault:
        """A complete HTTP message whose JSON text stops half-way (Content-Length matches)."""
        data = json.dumps(body).encode()
        cut = len(data) // 2 if keep is None else keep
        return cls.raw_body(status, data[:cut], label=f"truncated json {status}")

    @classmethod
    def cut_body(cls, body: Any, *, sent: int | None = None, ending: Ending = "reset", status: int = 200) -> Fault:
        """Headers announce the full JSON body; only `sent` bytes follow, then the connection
        is reset (RST) or closed (FIN), mid-body."""
        data = json.dumps(body).encode()
        cut = len(data) // 2 if sent is None else sent
        return cls(
            code=status,
            headers=(("Content-Type", "application/json"),),
            body=data,
            cut_at=cut,
            ending=ending,
            label=f"{ending} mid-body",
        )

    @classmethod
    def slow(cls, delay: float, then: Fault | None = None) -> Fault:
        """Answer `then` (a 200 with an empty object by default) only after `delay` seconds."""
        base = then if then is not None else cls.json(200, {})
        return attrs.evolve(base, delay=delay, label=f"slow {delay:g}s, then {base.label}")

    @classmethod
    def slow_head(cls, every: float, then: Fault) -> Fault:
        """`then`, status line and headers included, one byte every `every` seconds."""
        return attrs.evolve(then, trickle=every, trickle_head=True, label=f"headers trickled, a byte per {every:g}s")

    @classmethod
    def trickle_body(cls, every: float, size: int = 10_000) -> Fault:
        """A 200 whose headers come at once and whose `size`-byte body trickles a byte at a time."""
        base = cls.raw_body(200, b" " * size)
        return attrs.evolve(base, trickle=every, label=f"body trickled, a byte per {every:g}s")

    @classmethod
    def announced(cls, length: int, sent: bytes = b'{"data"') -> Fault:
        """Headers announcing a `length`-byte body, then `sent`, then silence (until the
        client leaves or the server stops)."""
        return cls(
            code=200,
            headers=(("Content-Type", "application/json"), ("Content-Length", str(length))),
            body=sent,
            trickle=3600.0,
            label=f"Content-Length {length}, {len(sent)} bytes sent",
        )

    @classmethod
    def no_answer(cls, *, ending: Ending = "close") -> Fault:
        """Read the request, then close the connection without sending a byte."""
        return cls(answer=False, ending=ending, label=f"{ending} without answer")

    @classmethod
    def garbage(cls, data: bytes = b"this is not HTTP at all\r\n\r\n") -> Fault:
        """Bytes that are not an HTTP response."""
        return cls(raw=data, label="garbage")


@attrs.frozen
class SeenRequest:
    """What the server received for one attempt."""

    method: str
    path: str
    raw_query: str
    query: Mapping[str, list[str]]
    headers: Mapping[str, str]  # lower-case names
    body: bytes
    received_at: float  # time.monotonic()

    @property
    def json(self) -> Any:
        return json.loads(self.body) if self.body else None


_UNSCRIPTED = Fault.json(418, {"success": False, "data": None, "meta": {"message": "fault server: nothing scripted"}})


class FaultServer:
    """Listens on 127.0.0.1:<free port>; one thread accepts, one thread per connection answers."""

    def __init__(self) -> None:
        self._listener = socket.create_server(("127.0.0.1", 0), backlog=128)
        self._listener.settimeout(0.5)
        self.port: int = self._listener.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._lock = threading.Lock()
        self._script: deque[Fault] = deque()
        self._requests: list[SeenRequest] = []
        self._unscripted = 0
        self._stopping = threading.Event()
        self._threads: list[threading.Thread] = []
        self._acceptor = threading.Thread(target=self._accept_loop, name=f"fault-server-{self.port}", daemon=True)

    # -- test API ----------------------------------------------------------------------------

    def script(self, faults: Iterable[Fault]) -> None:
        """Queue answers, consumed one per request in arrival order."""
        with self._lock:
            self._script.extend(faults)

    @property
    def requests(self) -> list[SeenRequest]:
        with self._lock:
            return list(self._requests)

    @property
    def attempts(self) -> int:
        return len(self.requests)

    @property
    def pending(self) -> int:
        """Scripted answers not used yet."""
        with self._lock:
            return len(self._script)

    @property
    def unscripted(self) -> int:
        """Requests that arrived after the script ran out."""
        with self._lock:
            return self._unscripted

    def reset(self) -> None:
        with self._lock:
            self._script.clear()
            self._requests.clear()
            self._unscripted = 0

    def start(self) -> FaultServer:
        self._acceptor.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        with contextlib.suppress(OSError):  # wake the acceptor up at once
            socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
        self._acceptor.join(timeout=5)
        self._listener.close()
        for thread in list(self._threads):
            thread.join(timeout=5)

    def __enter__(self) -> FaultServer:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    # -- serving -----------------------------------------------------------------------------

    def _accept_loop(self) -> None:
        while not self._stopping.is_set():
            try:
                conn, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            if self._stopping.is_set():
                conn.close()
                return
            thread = threading.Thread(target=self._serve, args=(conn,), daemon=True)
            self._threads.append(thread)
            thread.start()

    def _serve(self, conn: socket.socket) -> None:
        conn.settimeout(10)
        try:
            request = self._read_request(conn)
            if request is None:
                return
            with self._lock:
                self._requests.append(request)
                if self._script:
                    fault = self._script.popleft()
                else:
                    self._unscripted += 1
                    fault = _UNSCRIPTED
            self._perform(conn, fault)
        except OSError:
            pass  # the client went away first (e.g. it timed out): nothing to do
        finally:
            conn.close()

    def _read_request(self, conn: socket.socket) -> SeenRequest | None:
        data = b""
        while b"\r\n\r\n" not in data:
            chunk = conn.recv(65536)
            if not chunk:
                return None
            data += chunk
            if len(data) > _HEAD_LIMIT:
                return None
        head, _, rest = data.partition(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        method, target, _version = lines[0].split(" ", 2)
        headers: dict[str, str] = {}
        for line in lines[1:]:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
        if "chunked" in headers.get("transfer-encoding", "").lower():
            rest = self._read_chunked(conn, rest)
        else:
            length = int(headers.get("content-length", "0"))
            while len(rest) < length:
                chunk = conn.recv(65536)
                if not chunk:
                    return None
                rest += chunk
        path, _, raw_query = target.partition("?")
        return SeenRequest(
            method=method,
            path=unquote(path),
            raw_query=raw_query,
            query=parse_qs(raw_query, keep_blank_values=True),
            headers=headers,
            body=rest,
            received_at=time.monotonic(),
        )

    @staticmethod
    def _read_chunked(conn: socket.socket, data: bytes) -> bytes:
        body = b""
        while True:
            while b"\r\n" not in data:
                data += conn.recv(65536)
            size_line, _, data = data.partition(b"\r\n")
            size = int(size_line.split(b";")[0], 16)
            while len(data) < size + 2:
                data += conn.recv(65536)
            if size == 0:
                return body
            body, data = body + data[:size], data[size + 2 :]

    def _perform(self, conn: socket.socket, fault: Fault) -> None:
        if fault.delay and self._stopping.wait(fault.delay):
            return
        if fault.raw is not None:
            conn.sendall(fault.raw)
            return
        if not fault.answer:
            _end(conn, fault.ending)
            return
        head = [f"HTTP/1.1 {fault.code} {_phrase(fault.code)}"]
        names = {name.lower() for name, _ in fault.headers}
        head += [f"{name}: {value}" for name, value in fault.headers]
        if "content-length" not in names:
            head.append(f"Content-Length: {len(fault.body)}")
        head.append("Connection: close")
        payload = ("\r\n".join(head) + "\r\n\r\n").encode("latin-1")
        if fault.trickle:
            self._trickle(conn, payload, fault)
            return
        if fault.cut_at is None:
            conn.sendall(payload + fault.body)
            conn.shutdown(socket.SHUT_WR)
            return
        conn.sendall(payload + fault.body[: fault.cut_at])
        time.sleep(0.05)  # let the client read the headers and start on the body
        _end(conn, fault.ending)

    def _trickle(self, conn: socket.socket, head: bytes, fault: Fault) -> None:
        if fault.trickle_head:
            slow = head + fault.body
        else:
            conn.sendall(head + fault.body[:1])
            slow = fault.body[1:]
        for index in range(len(slow)):
            conn.sendall(slow[index : index + 1])
            if self._stopping.wait(fault.trickle):
                return


def _end(conn: socket.socket, ending: Ending) -> None:
    if ending == "reset":
        # SO_LINGER with a zero timeout turns close() into a TCP RST.
        conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    conn.close()


def _phrase(status: int) -> str:
    try:
        return http.HTTPStatus(status).phrase
    except ValueError:
        return "Unknown"


def closed_port_url() -> str:
    """The URL of a port on 127.0.0.1 that nothing listens on (connections are refused)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}"
