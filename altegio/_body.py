"""Reading a response body with a ceiling on its decoded size.

httpx would decode a whole compressed chunk at once (a 64 KiB gzip chunk can inflate to 64 MiB)
and keep any size of body. Here the raw bytes are inflated with zlib's `max_length`, a megabyte
at a time, so the decoded body never grows past `max_bytes` + 1 and only one raw chunk and one
step wait beside it: peak memory stays within the limit plus a small constant (a body under
the limit is briefly held twice while its parts are joined). The clients ask for gzip or deflate only
(`ACCEPT_ENCODING`); any other coding is refused as undecodable.
"""

from __future__ import annotations

import zlib
from collections.abc import Sequence

import httpx

ACCEPT_ENCODING = "gzip, deflate"
# Inflate at most this much per step: zlib builds its output in blocks and joins them, so one
# big step would briefly hold its output twice.
_STEP = 1 << 20
_IDENTITY = frozenset({"", "identity"})


class Undecodable(Exception):
    """The body cannot be decoded as its Content-Encoding says (the reader makes it an
    httpx.DecodingError, which carries the request)."""


class BodyTooLarge(Exception):
    """The decoded body would exceed the ceiling; `head` keeps its first bytes."""

    def __init__(self, limit: int, head: bytes) -> None:
        super().__init__(f"the response body exceeds max_response_bytes ({limit} bytes)")
        self.limit = limit
        self.head = head


class _Inflater:
    """One content coding (gzip or deflate), inflated at most `room` bytes at a time."""

    def __init__(self, coding: str) -> None:
        self._coding = coding
        self._raw_deflate = False
        self._zlib = zlib.decompressobj(zlib.MAX_WBITS | 16 if coding in ("gzip", "x-gzip") else zlib.MAX_WBITS)
        self._pending = b""
        self._started = False

    def feed(self, data: bytes) -> None:
        self._pending += data

    def take(self, room: int) -> bytes:
        """Up to `room` decoded bytes from what was fed so far."""
        if not self._pending:
            return b""
        try:
            out = self._zlib.decompress(self._pending, room)
        except zlib.error as exc:
            if self._coding == "deflate" and not self._started and not self._raw_deflate:
                # Some servers send raw deflate without the zlib header (httpx accepts it too).
                self._raw_deflate = True
                self._zlib = zlib.decompressobj(-zlib.MAX_WBITS)
                return self.take(room)
            raise Undecodable(f"the {self._coding} body is corrupt: {exc}") from None
        self._started = True
        self._pending = self._zlib.unconsumed_tail
        return out

    def finish(self) -> None:
        if self._pending:
            raise Undecodable(f"the {self._coding} body has data past its end")
        if not self._zlib.eof and self._started:
            raise Undecodable(f"the {self._coding} body stops before its end")


class BoundedDecoder:
    """Decodes a body's raw chunks (Content-Encoding applied in order) into at most `limit` bytes."""

    def __init__(self, content_encoding: str, limit: int) -> None:
        codings = [part.strip().lower() for part in content_encoding.split(",")]
        codings = [coding for coding in codings if coding not in _IDENTITY]
        for coding in codings:
            if coding not in ("gzip", "x-gzip", "deflate"):
                raise Undecodable(f"unsupported Content-Encoding {coding!r} (asked for {ACCEPT_ENCODING})")
        # The last coding applied is the first to undo.
        self._stages: Sequence[_Inflater] = [_Inflater(coding) for coding in reversed(codings)]
        self._limit = limit
        self._parts: list[bytes] = []
        self._size = 0

    def feed(self, chunk: bytes) -> None:
        if not self._stages:
            self._keep(chunk)
            return
        self._stages[0].feed(chunk)
        self._drain()

    def _drain(self) -> None:
        while True:
            moved = False
            for number, stage in enumerate(self._stages):
                room = min(_STEP, self._limit - self._size + 1)
                out = stage.take(room)
                if not out:
                    continue
                moved = True
                if number + 1 < len(self._stages):
                    self._stages[number + 1].feed(out)
                else:
                    self._keep(out)
            if not moved:
                return

    def _keep(self, data: bytes) -> None:
        self._size += len(data)
        if self._size > self._limit:
            raise BodyTooLarge(self._limit, self._head(data))
        self._parts.append(data)

    def _head(self, data: bytes, size: int = 65536) -> bytes:
        """The first `size` bytes decoded, without joining the whole body (that would double it)."""
        head = bytearray()
        for part in [*self._parts, data]:
            head += part[: size - len(head)]
            if len(head) >= size:
                break
        return bytes(head)

    def finish(self) -> bytes:
        for stage in self._stages:
            stage.finish()
        body = b"".join(self._parts)  # briefly the body twice: at most 2 x the limit
        self._parts.clear()
        return body


def announced_length(headers: httpx.Headers) -> int | None:
    """The Content-Length header as an int, or None when absent or not a number."""
    value = headers.get("content-length")
    if value is None or not value.strip().isdigit():
        return None
    return int(value.strip()[:20])
