"""A small, fast HTTP/1.1 server on loopback that answers like the v2 API, for the benchmarks.

    python bench/server.py [--pages 400]     prints the port, then serves until killed

GET /api/v2/locations/{id}/tags/{id}        one Tag (the spec's example)
GET /api/v2/locations/{id}/events?page&limit  pages of realistic Events; `--pages` full pages,
                                            then an empty one (the API has no totals)
Keep-alive, no parsing beyond what routing needs, bodies serialised once: the server should
cost as little as possible, so that the benchmarks measure the clients.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import re
import sys
from urllib.parse import parse_qs, urlsplit

TAG = {
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


def event(number: int) -> dict[str, object]:
    return {
        "type": "activity",
        "id": str(number),
        "attributes": {
            "master_id": 1042,
            "staff_id": 1042,
            "service_id": 20311,
            "timestamp": 1785564000 + number * 3600,
            "length": 3600,
            "capacity": 12,
            "clients_count": number % 12,
            "color": "#3a87ad",
            "instructions": "Bring a yoga mat and water. Arrive ten minutes early to warm up.",
            "stream_link": "https://stream.example.com/rooms/yoga-morning",
            "font_color": "#ffffff",
            "notified": True,
            "comment": "Morning group session",
            "schedule_id": 88123,
            "schedule_till": {"date": "2026-12-31 00:00:00.000000", "timezone_type": 3, "timezone": "Europe/Lisbon"},
            "schedule_event_modified": False,
            "date": "2026-08-01T09:00:00+0100",
        },
        "relationships": {
            "staff": {"data": {"type": "staff", "id": "1042"}},
            "service": {"data": {"type": "service", "id": "20311"}},
            "resource_instances": {"data": [{"type": "resource_instance", "id": "7"}]},
            "labels": {"data": [{"type": "label", "id": "241625"}]},
        },
    }


_TAG_PATH = re.compile(r"/api/v2/locations/\d+/tags/\d+")
_EVENTS_PATH = re.compile(r"/api/v2/locations/\d+/events")


_ID = "@ID@"


class Bodies:
    def __init__(self, pages: int) -> None:
        self.pages = pages
        self.tag = json.dumps(TAG).encode()
        self.empty = json.dumps({"data": []}).encode()
        self._pieces: dict[int, list[bytes]] = {}

    def events(self, page: int, limit: int) -> bytes:
        """Page `page`: the same Events each time but for their ids, which run on from the page
        before (a pager refuses a page that repeats the previous one). The body is serialised
        once per limit, the ids put in by a join."""
        if page > self.pages:
            return self.empty
        if limit not in self._pieces:
            template = [dict(event(n), id=_ID) for n in range(1, limit + 1)]
            self._pieces[limit] = json.dumps({"data": template}).encode().split(_ID.encode())
        pieces = self._pieces[limit]
        first = (page - 1) * limit + 1
        parts = [pieces[0]]
        for number, piece in enumerate(pieces[1:], start=first):
            parts += (str(number).encode(), piece)
        return b"".join(parts)


def respond(status: str, body: bytes) -> bytes:
    head = f"HTTP/1.1 {status}\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
    return head.encode() + body


async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, bodies: Bodies) -> None:
    try:
        while True:
            head = await reader.readuntil(b"\r\n\r\n")
            request_line, _, header_block = head.partition(b"\r\n")
            method, target, _ = request_line.decode().split(" ", 2)
            length = 0
            for line in header_block.split(b"\r\n"):
                if line[:15].lower() == b"content-length:":
                    length = int(line[15:])
            if length:
                await reader.readexactly(length)
            url = urlsplit(target)
            if method == "GET" and _TAG_PATH.fullmatch(url.path):
                writer.write(respond("200 OK", bodies.tag))
            elif method == "GET" and _EVENTS_PATH.fullmatch(url.path):
                query = parse_qs(url.query)
                page, limit = int(query.get("page", ["1"])[0]), int(query.get("limit", ["250"])[0])
                writer.write(respond("200 OK", bodies.events(page, limit)))
            else:
                writer.write(respond("404 Not Found", b'{"success":false,"data":null,"meta":{"message":"Not found"}}'))
            await writer.drain()
    except (asyncio.IncompleteReadError, ConnectionError):
        pass
    finally:
        writer.close()


async def serve(port: int, pages: int) -> None:
    bodies = Bodies(pages)
    server = await asyncio.start_server(lambda r, w: handle(r, w, bodies), "127.0.0.1", port, backlog=1024)
    print(server.sockets[0].getsockname()[1], flush=True)
    async with server:
        await server.serve_forever()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--pages", type=int, default=400)
    args = parser.parse_args()
    try:
        asyncio.run(serve(args.port, args.pages))
    except KeyboardInterrupt:
        sys.exit(0)


if __name__ == "__main__":
    main()
