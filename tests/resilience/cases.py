"""The fault matrix as data: what the server does, which call meets it, and what must come out.

Each `Case` is run against both clients by test_fault_matrix.py, replayed with logging captured by
test_secrets.py, and listed (by id) in docs/resilience.md. Defaults of the client under test:
max_retries=2, timeout=0.5 s, rate_limit=None, sleeps recorded instead of slept.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import email.utils
import functools
import gzip
import inspect
import itertools
import os
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any

import attrs

from altegio import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ClientStateError,
    ConflictError,
    InternalServerError,
    InvalidArgumentError,
    NotFoundError,
    PermissionDeniedError,
    Position,
    RateLimitError,
    Tag,
    TagEntity,
    UnprocessableEntityError,
)
from altegio.models import Event

from .fault_server import Fault, FaultServer, closed_port_url
from .support import EVENT_RESOURCE, PARTNER_TOKEN, USER_TOKEN, Api, backoff_bounds, example, leaks, success

LOCATION_ID = 68570
TAG_ID = 241625
B0, B1 = backoff_bounds(0), backoff_bounds(1)
SLOW_TIMEOUT = 0.25  # client timeout of the slow-response cases
SLOW_DELAY = 1.0  # how late the server answers in them


def get_tag(client: Any) -> Any:
    return client.tags.get(LOCATION_ID, TAG_ID)


def list_tags(client: Any) -> Any:
    return client.tags.list(LOCATION_ID).to_list()


def create_tag(client: Any) -> Any:
    return client.tags.create(LOCATION_ID, "VIP Booking User", "#ff2828", entity="client")


def update_tag(client: Any) -> Any:
    return client.tags.update(LOCATION_ID, TAG_ID, title="VIP")


def delete_tag(client: Any) -> Any:
    return client.tags.delete(LOCATION_ID, TAG_ID)


def get_position(client: Any) -> Any:
    return client.positions.get(LOCATION_ID, 42)


def get_event(client: Any) -> Any:
    return client.events.get(LOCATION_ID, 123)


def reschedule_appointment(client: Any) -> Any:
    return client.events.appointments.reschedule(LOCATION_ID, 123, 555, 124)


EVENTS_FROM, EVENTS_TO = dt.datetime(2026, 8, 1), dt.datetime(2026, 8, 31)
PAGE_SIZE = 2  # of the paged cases
PAGE_CAP = 3  # max_pages of the page-cap case


def list_events(client: Any) -> Any:
    return client.events.list(LOCATION_ID, EVENTS_FROM, EVENTS_TO, page_size=PAGE_SIZE).to_list()


def list_events_capped(client: Any) -> Any:
    pager = client.events.list(LOCATION_ID, EVENTS_FROM, EVENTS_TO, page_size=PAGE_SIZE)
    pager.max_pages = PAGE_CAP
    return pager.to_list()


HUGE_ID = 10**5000  # 5,001 digits: Python will not even write it as text


def get_tag_huge_id(client: Any) -> Any:
    return client.tags.get(LOCATION_ID, HUGE_ID)


def get_tag_on_a_closed_client(client: Any) -> Any:
    """Close the client (awaiting it on the async one), then call it."""
    closing = client.close()
    if inspect.isawaitable(closing):

        async def then() -> Any:
            await closing
            return await client.tags.get(LOCATION_ID, TAG_ID)

        return then()
    return client.tags.get(LOCATION_ID, TAG_ID)


CALLS: dict[Callable[[Any], Any], tuple[str, str]] = {
    get_tag: ("GET", "tags.get"),
    list_tags: ("GET", "tags.list"),
    create_tag: ("POST", "tags.create"),
    update_tag: ("PUT", "tags.update"),
    delete_tag: ("DELETE", "tags.delete"),
    get_position: ("GET", "positions.get"),
    get_event: ("GET", "events.get"),
    reschedule_appointment: ("PATCH", "events.appointments.reschedule"),
    list_events: ("GET", "events.list"),
    list_events_capped: ("GET", "events.list"),
    get_tag_huge_id: ("GET", "tags.get"),
    get_tag_on_a_closed_client: ("GET", "tags.get"),
}


def tag_ok() -> Fault:
    return Fault.json(200, example("get_tag"))


def created_ok() -> Fault:
    return Fault.json(201, example("create_tag", "201"))


def http_date(seconds_from_now: float) -> str:
    return email.utils.formatdate(time.time() + seconds_from_now, usegmt=True)


def asctime_date(seconds_from_now: float) -> str:
    """The third form RFC 9110 allows (`Sun Nov  6 08:49:37 1994`): no zone written, yet UTC."""
    return time.asctime(time.gmtime(time.time() + seconds_from_now))


def minus_zero_date(seconds_from_now: float) -> str:
    """RFC 2822 with `-0000` ("UTC, source zone unknown"): Python parses it as a naive time."""
    return email.utils.formatdate(time.time() + seconds_from_now)


@contextlib.contextmanager
def local_time_zone(name: str | None) -> Iterator[None]:
    """Run with TZ set (POSIX time.tzset), so that a date read as local time shows."""
    if name is None:
        yield
        return
    before = os.environ.get("TZ")
    os.environ["TZ"] = name
    time.tzset()
    try:
        yield
    finally:
        if before is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = before
        time.tzset()


Bounds = tuple[float, float]


@attrs.frozen
class Case:
    """One row of the matrix. `waits` holds the (low, high) bounds of each recorded sleep."""

    id: str
    faults: Callable[[], Sequence[Fault]]
    call: Callable[[Any], Any]
    raises: type[BaseException] | None
    attempts: int
    waits: tuple[Bounds, ...] = ()
    options: Mapping[str, Any] = attrs.field(factory=dict)
    check: Callable[[Any, FaultServer], None] | None = None
    refused: bool = False  # the base URL is a closed port: the server sees nothing
    tz: str | None = None  # the local time zone (TZ) the case runs under
    fault: str = ""  # for the docs: what the server does
    note: str = ""  # for the docs: anything else the outcome shows

    @property
    def method(self) -> str:
        return CALLS[self.call][0]

    @property
    def operation(self) -> str:
        return CALLS[self.call][1]


def run_case(api: Api, server: FaultServer, case: Case) -> Any:
    """Script the server, make the call on a new client, and return its result or exception
    (an error of the client's construction too)."""
    with local_time_zone(case.tz):
        server.script(case.faults())
        options = {"base_url": server.url + "/api/v2", **case.options}
        if case.refused:
            options["base_url"] = closed_port_url() + "/api/v2"
        try:
            client = api.client(**options)
        except Exception as exc:
            return exc
        return api.outcome(client, case.call)


def verify(case: Case, outcome: Any, waits: Sequence[float], server: FaultServer) -> None:
    """Every assertion the matrix makes about one case's outcome."""
    if case.raises is None:
        assert not isinstance(outcome, BaseException), f"unexpected {outcome!r}"
    else:
        assert type(outcome) is case.raises, f"expected {case.raises.__name__}, got {outcome!r}"
    assert server.attempts == case.attempts, [f"{r.method} {r.path}" for r in server.requests]
    assert server.unscripted == 0 and server.pending == 0, "the script and the attempts disagree"
    posts = [(r.path, r.body) for r in server.requests if r.method == "POST"]
    assert len(posts) == len(set(posts)), "a POST arrived twice"
    assert len(waits) == len(case.waits), f"waits {waits}, expected within {case.waits}"
    for wait, (low, high) in zip(waits, case.waits, strict=True):
        assert low - 1e-9 <= wait <= high + 1e-9, f"wait {wait} outside [{low}, {high}]"
    if case.check is not None:
        case.check(outcome, server)


# -- checks ----------------------------------------------------------------------------------------


def is_tag(outcome: Any, server: FaultServer) -> None:
    assert isinstance(outcome, Tag) and outcome.id == 241625 and outcome.entity is TagEntity.CLIENT


def retry_after(expected: float | None, *, within: float = 0.0) -> Callable[[Any, FaultServer], None]:
    def check(outcome: Any, server: FaultServer) -> None:
        if expected is None:
            assert outcome.retry_after is None
        else:
            assert expected - within <= outcome.retry_after <= expected
        assert outcome.status_code == 429

    return check


def kept_json_body(outcome: Any, server: FaultServer) -> None:
    assert outcome.status_code == 500
    assert outcome.body == {"success": False, "data": None, "meta": {"message": "Database unavailable"}}
    assert outcome.message == "Database unavailable"


def kept_html_body(outcome: Any, server: FaultServer) -> None:
    assert outcome.status_code == 502
    assert outcome.body == BAD_GATEWAY_PAGE
    assert outcome.message == "Bad Gateway"
    assert str(outcome) == f"502 GET /api/v2/locations/{LOCATION_ID}/tags/{TAG_ID}: Bad Gateway"


def kept_raw_body(expected: str) -> Callable[[Any, FaultServer], None]:
    def check(outcome: Any, server: FaultServer) -> None:
        assert outcome.status_code == 200
        assert outcome.body == expected

    return check


def success_false(outcome: Any, server: FaultServer) -> None:
    assert outcome.status_code == 200
    assert outcome.message == "Tag is locked by another request"
    assert "Tag is locked by another request" in str(outcome)


def status_201(outcome: Any, server: FaultServer) -> None:
    assert outcome.status_code == 201


def field_errors(outcome: Any, server: FaultServer) -> None:
    assert outcome.errors == {"title": ["Title is required"]}
    assert "title: Title is required" in str(outcome)


def unknown_entity(outcome: Any, server: FaultServer) -> None:
    assert isinstance(outcome, Tag)
    assert outcome.entity == "brand_new"
    assert outcome.raw["attributes"]["sparkle_level"] == 11
    assert outcome.raw["relationships_v3"] == {"owner": None}


def unknown_entity_in_list(outcome: Any, server: FaultServer) -> None:
    assert [tag.entity for tag in outcome] == [TagEntity.CLIENT, "brand_new"]
    assert outcome[1].raw["attributes"]["sparkle_level"] == 11


def unknown_binding(outcome: Any, server: FaultServer) -> None:
    assert isinstance(outcome, Position)
    assert outcome.services_binding == 7
    assert outcome.raw["attributes"]["colour_scheme"] == "ocean"


def event_extras(outcome: Any, server: FaultServer) -> None:
    assert isinstance(outcome, Event)
    assert outcome.raw["attributes"]["hologram"] is True
    assert outcome.schedule_till is not None and outcome.schedule_till.tzinfo is None  # unknown zone: kept naive


def no_request(outcome: Any, server: FaultServer) -> None:
    assert "ConnectError" in str(outcome)


def kept_deep_text(status: int) -> Callable[[Any, FaultServer], None]:
    def check(outcome: Any, server: FaultServer) -> None:
        assert outcome.status_code == status
        assert outcome.body == DEEP_JSON  # the text, as it came
        if isinstance(outcome, APIResponseValidationError):
            assert "nested deeper than 100 levels" in str(outcome)

    return check


def loop_stopped(fragment: str) -> Callable[[Any, FaultServer], None]:
    def check(outcome: Any, server: FaultServer) -> None:
        assert str(outcome).startswith("list_events: invalid response: "), str(outcome)
        assert fragment in str(outcome)
        assert outcome.response is None and outcome.status_code is None and outcome.request is None
        pages = [request.query["page"] for request in server.requests]
        assert pages == [[str(n)] for n in range(1, server.attempts + 1)]

    return check


def refused_argument(argument: str, fragment: str) -> Callable[[Any, FaultServer], None]:
    def check(outcome: Any, server: FaultServer) -> None:
        assert outcome.argument == argument, outcome
        assert fragment in str(outcome), str(outcome)
        assert not leaks(str(outcome) + repr(outcome))

    return check


# -- bodies --------------------------------------------------------------------------------------

BAD_GATEWAY_PAGE = (
    "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n"
    "<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"
)
TRUNCATED = '{"data": {"type": "tag", "id": "241625", "attributes": {"company_id": 68570, "tit'
DEEP_JSON = "[" * 1000 + "]" * 1000  # 2,000 bytes, 1,000 levels: RecursionError in json.loads
ECHOED_CREDENTIALS = {
    "Authorization": f"Bearer {PARTNER_TOKEN}, User {USER_TOKEN}",  # a proxy that echoes it back
    "Set-Cookie": f"session={USER_TOKEN}; HttpOnly",
}


def events_page(first_id: int, count: int = PAGE_SIZE) -> Any:
    """A page of list_events: `count` Events with ids from `first_id`."""
    resources = []
    for number in range(first_id, first_id + count):
        resource = dict(EVENT_RESOURCE, id=str(number))
        resources.append(resource)
    return {"data": resources}


def tag_with_surprises() -> Any:
    body = example("get_tag")
    body["data"]["attributes"]["entity_type"] = "brand_new"
    body["data"]["attributes"]["sparkle_level"] = 11
    body["data"]["relationships_v3"] = {"owner": None}
    body["meta"] = {"request_id": "d2c1"}
    body["links"] = {"self": "/locations/68570/tags/241625"}
    return body


def tags_with_surprises() -> Any:
    body = example("list_tags")
    body["data"][1]["attributes"]["entity_type"] = "brand_new"
    body["data"][1]["attributes"]["sparkle_level"] = 11
    body["meta"] = {"total": 2}
    return body


def position_with_surprises() -> Any:
    body = example("create_position", "201")
    body["data"]["attributes"]["services_binding_type"] = 7
    body["data"]["attributes"]["colour_scheme"] = "ocean"
    return body


def event_with_surprises() -> Any:
    _, body = success("get_event")
    body["data"]["attributes"]["hologram"] = True
    body["data"]["attributes"]["schedule_till"] = {
        "date": "2026-12-31 23:59:00.000000",
        "timezone_type": 3,
        "timezone": "Mars/Olympus_Mons",
    }
    body["data"]["relationships"] = {"space_station": {"data": {"type": "station", "id": "1"}}}
    return body


def _status_cases() -> list[Case]:
    cases = []
    for status in (502, 503, 504):
        cases += [
            Case(
                f"{status}-get-exhausted",
                lambda s=status: [Fault.status(s)] * 3,
                get_tag,
                InternalServerError,
                3,
                (B0, B1),
                fault=f"{status}, 3 times",
            ),
            Case(
                f"{status}-get-recovers",
                lambda s=status: [Fault.status(s), Fault.status(s), tag_ok()],
                get_tag,
                None,
                3,
                (B0, B1),
                check=is_tag,
                fault=f"{status}, {status}, then 200",
            ),
            Case(
                f"{status}-post",
                lambda s=status: [Fault.status(s)],
                create_tag,
                InternalServerError,
                1,
                fault=f"{status}",
                note="a POST is never repeated once it may have been processed",
            ),
        ]
    return cases


def _client_error_cases() -> list[Case]:
    expected = {
        400: BadRequestError,
        401: AuthenticationError,
        403: PermissionDeniedError,
        404: NotFoundError,
        409: ConflictError,
        422: UnprocessableEntityError,
        418: APIStatusError,
    }
    cases = []
    for status, error in expected.items():
        check = field_errors if status == 422 else None
        body = (
            {"success": False, "data": None, "meta": {"message": "Invalid", "errors": {"title": ["Title is required"]}}}
            if status == 422
            else None
        )
        cases.append(
            Case(
                f"{status}-get",
                lambda s=status, b=body: [Fault.status(s, json=b)],
                get_tag,
                error,
                1,
                check=check,
                fault=f"{status}" + (" with meta.errors" if body else ""),
                note="field errors in `.errors`" if body else "",
            )
        )
    return cases


# Issue 10, items 4, 6 and 9: bodies too large to hold, servers that trickle, a closed client.
CAP = 1 << 20  # max_response_bytes of these cases: 1 MiB
TRICKLE = 0.05  # seconds between the bytes of a trickling server
ATTEMPT = 0.5  # the client timeout: each attempt as a whole ends within it


@functools.cache
def gzip_bomb() -> bytes:
    """64 MiB of zeros, gzipped to about 64 KiB: inflated at once it would take 64 MiB."""
    return gzip.compress(bytes(64 << 20), compresslevel=9, mtime=0)


def too_large(outcome: Any, server: FaultServer) -> None:
    assert "max_response_bytes" in str(outcome) and outcome.status_code == 200
    assert len(outcome.body) <= 65536  # the start of the body is kept, not all of it


def each_attempt_within_the_timeout(outcome: Any, server: FaultServer) -> None:
    """Sleeps are recorded, not slept: attempts follow one another as soon as each ends."""
    moments = [request.received_at for request in server.requests]
    gaps = [later - earlier for earlier, later in itertools.pairwise(moments)]
    assert all(gap < ATTEMPT + 0.35 for gap in gaps), gaps


BOUNDS_CASES: list[Case] = [
    Case(
        "gzip-bomb-get",
        lambda: [Fault.raw_body(200, gzip_bomb(), headers={"Content-Encoding": "gzip"})],
        get_tag,
        APIResponseValidationError,
        1,
        options={"max_response_bytes": CAP},
        check=too_large,
        fault="64 KiB of gzip that inflates to 64 MiB (max_response_bytes 1 MiB)",
        note="inflated in steps, stopped past 1 MiB: never more than the limit in memory; not retried",
    ),
    Case(
        "gzip-bomb-post",
        lambda: [Fault.raw_body(201, gzip_bomb(), headers={"Content-Encoding": "gzip"})],
        create_tag,
        APIResponseValidationError,
        1,
        options={"max_response_bytes": CAP},
        fault="a 201 whose gzip body inflates to 64 MiB (max_response_bytes 1 MiB)",
        note="stopped past 1 MiB",
    ),
    Case(
        "too-large-get",
        lambda: [Fault.raw_body(200, b" " * (2 * CAP))],
        get_tag,
        APIResponseValidationError,
        1,
        options={"max_response_bytes": CAP},
        check=too_large,
        fault="a 2 MiB body (max_response_bytes 1 MiB)",
        note="refused on its Content-Length, before reading it",
    ),
    Case(
        "huge-content-length-get",
        lambda: [Fault.announced(10**12)],
        get_tag,
        APIResponseValidationError,
        1,
        fault="Content-Length: 10^12, 7 bytes, then silence",
        note="refused at the headers (above the default 64 MiB); no wait for bytes that never come",
    ),
    Case(
        "trickle-head-get",
        lambda: [Fault.slow_head(TRICKLE, tag_ok())] * 3,
        get_tag,
        APITimeoutError,
        3,
        waits=(B0, B1),
        options={"timeout": ATTEMPT},
        check=each_attempt_within_the_timeout,
        fault=f"status line and headers one byte every {TRICKLE:g} s, 3 times (timeout {ATTEMPT:g} s)",
        note="each attempt ends at its timeout as a whole, though no read ever waits that long",
    ),
    Case(
        "trickle-body-get",
        lambda: [Fault.trickle_body(TRICKLE)] * 3,
        get_tag,
        APITimeoutError,
        3,
        waits=(B0, B1),
        options={"timeout": ATTEMPT},
        check=each_attempt_within_the_timeout,
        fault=f"headers at once, a 10,000-byte body one byte every {TRICKLE:g} s, 3 times (timeout {ATTEMPT:g} s)",
        note="each attempt ends at its timeout as a whole",
    ),
    Case(
        "trickle-body-post",
        lambda: [Fault.trickle_body(TRICKLE)],
        create_tag,
        APITimeoutError,
        1,
        options={"timeout": ATTEMPT},
        fault=f"a 201's body one byte every {TRICKLE:g} s (timeout {ATTEMPT:g} s)",
        note="ends at the timeout; the POST may have been processed: not retried",
    ),
    Case(
        "announced-body-never-sent-get",
        lambda: [Fault.announced(1000)] * 3,
        get_tag,
        APITimeoutError,
        3,
        waits=(B0, B1),
        options={"timeout": ATTEMPT},
        check=each_attempt_within_the_timeout,
        fault="Content-Length: 1000, 7 bytes, then silence, 3 times",
        note="each attempt ends at its timeout",
    ),
    Case(
        "closed-client-get",
        lambda: [],
        get_tag_on_a_closed_client,
        ClientStateError,
        0,
        fault="none: the client was closed before the call",
        note="`ClientStateError` (a RuntimeError) saying to create a new client; nothing sent",
    ),
]

MANY_RETRIES = 1_100  # past 1,024; up to 10,000 through a mock transport in test_properties_retry.py

# Issue 10: each of these failed on the main branch before it was fixed.
HARDENING_CASES: list[Case] = [
    # Tokens and headers a request cannot carry: refused at construction, never echoed.
    Case(
        "token-non-ascii",
        lambda: [],
        get_tag,
        InvalidArgumentError,
        0,
        options={"partner_token": PARTNER_TOKEN + "\u00e9"},
        check=refused_argument("partner_token", "printable ASCII"),
        fault="(nothing: the partner token ends in `\u00e9`)",
        note="at construction; the text never shows the token (httpx's UnicodeEncodeError showed both)",
    ),
    Case(
        "token-control-byte",
        lambda: [],
        get_tag,
        InvalidArgumentError,
        0,
        options={"user_token": USER_TOKEN + "\x80"},
        check=refused_argument("user_token", "printable ASCII"),
        fault="(nothing: the user token holds `\\x80`)",
        note="at construction, token not shown",
    ),
    Case(
        "header-crlf",
        lambda: [],
        get_tag,
        InvalidArgumentError,
        0,
        options={"default_headers": {"X-Trace": "a\r\nX-Injected: 1"}},
        check=refused_argument("default_headers", "without CR, LF"),
        fault="(nothing: a default header value holds CR LF)",
        note="at construction; h11 refused it only when sending, after a GET was retried for nothing",
    ),
    Case(
        "header-non-ascii",
        lambda: [],
        get_tag,
        InvalidArgumentError,
        0,
        options={"default_headers": {"X-Name": "Zo\u00eb"}},
        check=refused_argument("default_headers", "printable ASCII"),
        fault="(nothing: a default header value is not ASCII)",
        note="at construction (httpx raised UnicodeEncodeError)",
    ),
    Case(
        "huge-id",
        lambda: [],
        get_tag_huge_id,
        InvalidArgumentError,
        0,
        check=refused_argument("tag_id", "64 bits"),
        fault="(nothing: `tag_id` has 5,001 digits)",
        note="`InvalidArgumentError`, not the ValueError of int -> str; ids are at most 2**63 - 1",
    ),
    # Bodies nested 1,000 deep (2 KB): RecursionError in json.loads.
    Case(
        "deep-json-200-get",
        lambda: [Fault.raw_body(200, DEEP_JSON.encode())],
        get_tag,
        APIResponseValidationError,
        1,
        check=kept_deep_text(200),
        fault="200 whose JSON nests 1,000 arrays (2 KB)",
        note="not retried; `.body` is the text",
    ),
    Case(
        "deep-json-201-post",
        lambda: [Fault.raw_body(201, DEEP_JSON.encode())],
        create_tag,
        APIResponseValidationError,
        1,
        check=kept_deep_text(201),
        fault="201 whose JSON nests 1,000 arrays",
    ),
    Case(
        "deep-json-404-get",
        lambda: [Fault.raw_body(404, DEEP_JSON.encode())],
        get_tag,
        NotFoundError,
        1,
        check=kept_deep_text(404),
        fault="404 whose JSON nests 1,000 arrays",
        note="the status error, `.body` the text",
    ),
    Case(
        "deep-json-500-post",
        lambda: [Fault.raw_body(500, DEEP_JSON.encode())],
        create_tag,
        InternalServerError,
        1,
        check=kept_deep_text(500),
        fault="500 whose JSON nests 1,000 arrays",
        note="`.body` the text",
    ),
    # Pagers that would never stop.
    Case(
        "pager-same-page",
        lambda: [Fault.json(200, events_page(1)), Fault.json(200, events_page(1))],
        list_events,
        APIResponseValidationError,
        2,
        check=loop_stopped("page 2 repeats page 1"),
        fault="the same full page for every `page` (page_size=2)",
        note="names the operation; no third request (it asked for page 40 and on, forever)",
    ),
    Case(
        "pager-page-cap",
        lambda: [Fault.json(200, events_page(1 + PAGE_SIZE * n)) for n in range(PAGE_CAP)],
        list_events_capped,
        APIResponseValidationError,
        PAGE_CAP,
        check=loop_stopped(f"max_pages is {PAGE_CAP}"),
        fault=f"a new full page for every `page`; the pager's `max_pages` set to {PAGE_CAP}",
        note="stops at the cap instead of requesting page 4",
    ),
    # Retry-After dates that name no zone are UTC, whatever the local zone.
    Case(
        "429-retry-after-asctime-date-get",
        lambda: [Fault.status(429, headers={"Retry-After": asctime_date(20)}), tag_ok()],
        get_tag,
        None,
        2,
        ((10.0, 20.0),),
        check=is_tag,
        tz="America/New_York",
        fault="429 Retry-After: (asctime date 20 s ahead), then 200; run under TZ=America/New_York",
        note="10 s left for a slow first request; read as local time it was 18,020 s (above the cap: raised at once)",
    ),
    Case(
        "429-retry-after-minus-zero-date-get",
        lambda: [Fault.status(429, headers={"Retry-After": minus_zero_date(20)}), tag_ok()],
        get_tag,
        None,
        2,
        ((10.0, 20.0),),
        check=is_tag,
        tz="Asia/Tokyo",
        fault="429 Retry-After: (`-0000` date 20 s ahead), then 200; run under TZ=Asia/Tokyo",
        note="read as local time it was 9 hours in the past: no wait",
    ),
    # Backoff past 1,024 retries.
    Case(
        f"max-retries-{MANY_RETRIES}-refused",
        lambda: [],
        get_tag,
        APIConnectionError,
        0,
        tuple(backoff_bounds(n) for n in range(MANY_RETRIES)),
        options={"max_retries": MANY_RETRIES},
        refused=True,
        fault="nothing listens on the port",
        note="every backoff within its bounds (8 s cap); `0.5 * 2**1024` raised OverflowError at retry 1,025",
    ),
    # A server (or proxy) that echoes the credentials back in response headers.
    Case(
        "echoed-credentials-get",
        lambda: [Fault.json(200, example("get_tag"), headers=ECHOED_CREDENTIALS)],
        get_tag,
        None,
        1,
        check=is_tag,
        fault="200 with the request's Authorization and a Set-Cookie echoed in its headers",
        note="httpcore's DEBUG lines show them `<redacted>` (test_secrets.py)",
    ),
]

CASES: list[Case] = [
    # 429 Too Many Requests
    Case(
        "429-retry-after-seconds-get",
        lambda: [Fault.status(429, headers={"Retry-After": "1"}), tag_ok()],
        get_tag,
        None,
        2,
        ((1.0, 1.0),),
        check=is_tag,
        fault="429 Retry-After: 1, then 200",
    ),
    Case(
        "429-retry-after-date-get",
        lambda: [Fault.status(429, headers={"Retry-After": http_date(3)}), tag_ok()],
        get_tag,
        None,
        2,
        ((1.5, 3.0),),
        check=is_tag,
        fault="429 Retry-After: <HTTP date 3 s ahead>, then 200",
        note="the date has 1 s resolution",
    ),
    Case(
        "429-retry-after-past-date-get",
        lambda: [Fault.status(429, headers={"Retry-After": http_date(-3600)}), tag_ok()],
        get_tag,
        None,
        2,
        ((0.0, 0.0),),
        check=is_tag,
        fault="429 Retry-After: <HTTP date in the past>, then 200",
    ),
    Case(
        "429-no-retry-after-get",
        lambda: [Fault.status(429), tag_ok()],
        get_tag,
        None,
        2,
        (B0,),
        check=is_tag,
        fault="429 without Retry-After, then 200",
    ),
    Case(
        "429-get-exhausted",
        lambda: [Fault.status(429)] * 3,
        get_tag,
        RateLimitError,
        3,
        (B0, B1),
        check=retry_after(None),
        fault="429 without Retry-After, 3 times",
        note="`.retry_after` is None",
    ),
    Case(
        "429-retry-after-get-exhausted",
        lambda: [Fault.status(429, headers={"Retry-After": "2"})] * 3,
        get_tag,
        RateLimitError,
        3,
        ((2.0, 2.0), (2.0, 2.0)),
        check=retry_after(2.0),
        fault="429 Retry-After: 2, 3 times",
        note="`.retry_after == 2`",
    ),
    Case(
        "429-retry-after-above-cap-get",
        lambda: [Fault.status(429, headers={"Retry-After": "120"})],
        get_tag,
        RateLimitError,
        1,
        check=retry_after(120.0),
        fault="429 Retry-After: 120",
        note="above the 60 s cap: raised at once, `.retry_after == 120`",
    ),
    Case(
        "429-retry-after-date-above-cap-get",
        lambda: [Fault.status(429, headers={"Retry-After": http_date(600)})],
        get_tag,
        RateLimitError,
        1,
        check=retry_after(600.0, within=2.0),
        fault="429 Retry-After: <HTTP date 600 s ahead>",
        note="raised at once, `.retry_after` about 600",
    ),
    Case(
        "429-retry-after-post",
        lambda: [Fault.status(429, headers={"Retry-After": "1"})],
        create_tag,
        RateLimitError,
        1,
        check=retry_after(1.0),
        fault="429 Retry-After: 1",
        note="POST not retried; `.retry_after == 1`",
    ),
    Case(
        "429-post",
        lambda: [Fault.status(429)],
        create_tag,
        RateLimitError,
        1,
        check=retry_after(None),
        fault="429",
        note="POST not retried",
    ),
    Case(
        "503-retry-after-get",
        lambda: [Fault.status(503, headers={"Retry-After": "2"}), tag_ok()],
        get_tag,
        None,
        2,
        ((2.0, 2.0),),
        check=is_tag,
        fault="503 Retry-After: 2, then 200",
    ),
    # 5xx
    Case(
        "500-get",
        lambda: [Fault.status(500, json={"success": False, "data": None, "meta": {"message": "Database unavailable"}})],
        get_tag,
        InternalServerError,
        1,
        check=kept_json_body,
        fault="500 with a JSON error body",
        note="not retried; `.body` is the decoded JSON",
    ),
    Case(
        "500-post",
        lambda: [Fault.status(500, json={"success": False, "data": None, "meta": {"message": "Database unavailable"}})],
        create_tag,
        InternalServerError,
        1,
        check=kept_json_body,
        fault="500 with a JSON error body",
    ),
    *_status_cases(),
    Case(
        "502-html-get",
        lambda: [Fault.html(502, BAD_GATEWAY_PAGE)] * 3,
        get_tag,
        InternalServerError,
        3,
        (B0, B1),
        check=kept_html_body,
        fault="502 nginx HTML page, 3 times",
        note="`.body` is the HTML text, message 'Bad Gateway'",
    ),
    Case(
        "503-put-recovers",
        lambda: [Fault.status(503), Fault.empty(204)],
        update_tag,
        None,
        2,
        (B0,),
        fault="503, then 204",
        note="PUT is idempotent: retried",
    ),
    Case(
        "503-patch",
        lambda: [Fault.status(503)],
        reschedule_appointment,
        InternalServerError,
        1,
        fault="503",
        note="PATCH is not idempotent: not retried",
    ),
    *_client_error_cases(),
    # Broken connections
    Case(
        "reset-mid-body-get",
        lambda: [Fault.cut_body(example("get_tag"), ending="reset"), tag_ok()],
        get_tag,
        None,
        2,
        (B0,),
        check=is_tag,
        fault="headers and half the body, then RST; then 200",
    ),
    Case(
        "close-mid-body-get",
        lambda: [Fault.cut_body(example("get_tag"), ending="close"), tag_ok()],
        get_tag,
        None,
        2,
        (B0,),
        check=is_tag,
        fault="headers and half the body, then FIN; then 200",
    ),
    Case(
        "reset-mid-body-get-exhausted",
        lambda: [Fault.cut_body(example("get_tag"), ending="reset")] * 3,
        get_tag,
        APIConnectionError,
        3,
        (B0, B1),
        fault="headers and half the body, then RST; 3 times",
    ),
    Case(
        "reset-mid-body-post",
        lambda: [Fault.cut_body(example("create_tag", "201"), status=201, ending="reset")],
        create_tag,
        APIConnectionError,
        1,
        fault="201 headers and half the body, then RST",
        note="the Tag may exist: not retried",
    ),
    Case(
        "close-mid-body-post",
        lambda: [Fault.cut_body(example("create_tag", "201"), status=201, ending="close")],
        create_tag,
        APIConnectionError,
        1,
        fault="201 headers and half the body, then FIN",
    ),
    Case(
        "reset-mid-body-delete",
        lambda: [Fault.cut_body({"success": True}, ending="reset"), Fault.empty(204)],
        delete_tag,
        None,
        2,
        (B0,),
        fault="half a body then RST; then 204",
        note="DELETE is idempotent: retried",
    ),
    Case(
        "no-answer-get",
        lambda: [Fault.no_answer(), tag_ok()],
        get_tag,
        None,
        2,
        (B0,),
        check=is_tag,
        fault="request read, connection closed without a byte; then 200",
    ),
    Case(
        "no-answer-reset-get-exhausted",
        lambda: [Fault.no_answer(ending="reset")] * 3,
        get_tag,
        APIConnectionError,
        3,
        (B0, B1),
        fault="request read, then RST; 3 times",
    ),
    Case(
        "no-answer-post",
        lambda: [Fault.no_answer()],
        create_tag,
        APIConnectionError,
        1,
        fault="request read, connection closed without a byte",
    ),
    Case(
        "garbage-get",
        lambda: [Fault.garbage(), tag_ok()],
        get_tag,
        None,
        2,
        (B0,),
        check=is_tag,
        fault="bytes that are not HTTP; then 200",
    ),
    Case(
        "garbage-post",
        lambda: [Fault.garbage()],
        create_tag,
        APIConnectionError,
        1,
        fault="bytes that are not HTTP",
    ),
    Case(
        "bad-gzip-get",
        lambda: [Fault.raw_body(200, b"not gzip at all", headers={"Content-Encoding": "gzip"}), tag_ok()],
        get_tag,
        None,
        2,
        (B0,),
        check=is_tag,
        fault="200 `Content-Encoding: gzip` with a body that is not gzip; then 200",
    ),
    Case(
        "bad-gzip-post",
        lambda: [Fault.raw_body(201, b"not gzip at all", headers={"Content-Encoding": "gzip"})],
        create_tag,
        APIConnectionError,
        1,
        fault="201 `Content-Encoding: gzip` with a body that is not gzip",
    ),
    Case(
        "connection-refused-post",
        lambda: [],
        create_tag,
        APIConnectionError,
        0,
        (B0, B1),
        refused=True,
        check=no_request,
        fault="nothing listens on the port",
        note="never sent, so even a POST is retried",
    ),
    # Timeouts
    Case(
        "slow-get",
        lambda: [Fault.slow(SLOW_DELAY, tag_ok())] * 3,
        get_tag,
        APITimeoutError,
        3,
        (B0, B1),
        options={"timeout": SLOW_TIMEOUT},
        fault=f"answers after {SLOW_DELAY:g} s (client timeout {SLOW_TIMEOUT:g} s), 3 times",
        note="attempts == 1 + max_retries",
    ),
    Case(
        "slow-get-recovers",
        lambda: [Fault.slow(SLOW_DELAY, tag_ok()), tag_ok()],
        get_tag,
        None,
        2,
        (B0,),
        options={"timeout": SLOW_TIMEOUT},
        check=is_tag,
        fault=f"answers after {SLOW_DELAY:g} s, then at once",
    ),
    Case(
        "slow-post",
        lambda: [Fault.slow(SLOW_DELAY, created_ok())],
        create_tag,
        APITimeoutError,
        1,
        options={"timeout": SLOW_TIMEOUT},
        fault=f"answers after {SLOW_DELAY:g} s (client timeout {SLOW_TIMEOUT:g} s)",
        note="the server may have created it: not retried",
    ),
    # 2xx that cannot be used
    Case(
        "truncated-json-200",
        lambda: [Fault.raw_body(200, TRUNCATED.encode())],
        get_tag,
        APIResponseValidationError,
        1,
        check=kept_raw_body(TRUNCATED),
        fault="200 whose JSON stops half-way (complete HTTP message)",
        note="not retried; `.body` is the raw text",
    ),
    Case(
        "empty-200",
        lambda: [Fault.empty(200)],
        get_tag,
        APIResponseValidationError,
        1,
        check=kept_raw_body(""),
        fault="200 with an empty body",
    ),
    Case(
        "data-null-200",
        lambda: [Fault.json(200, {"data": None})],
        get_tag,
        APIResponseValidationError,
        1,
        check=kept_raw_body('{"data": null}'),
        fault='200 `{"data": null}`',
    ),
    Case(
        "success-false-200",
        lambda: [
            Fault.json(200, {"success": False, "data": None, "meta": {"message": "Tag is locked by another request"}})
        ],
        get_tag,
        APIStatusError,
        1,
        check=success_false,
        fault="200 `success: false` with meta.message",
        note="`.status_code == 200`, the server's message",
    ),
    Case(
        "success-false-201-post",
        lambda: [
            Fault.json(201, {"success": False, "data": None, "meta": {"message": "Tag is locked by another request"}})
        ],
        create_tag,
        APIStatusError,
        1,
        check=status_201,
        fault="201 `success: false`",
    ),
    # Bodies that grew
    Case(
        "unknown-enum-extra-fields-get",
        lambda: [Fault.json(200, tag_with_surprises())],
        get_tag,
        None,
        1,
        check=unknown_entity,
        fault="get_tag example with `entity_type: brand_new`, extra attributes, members and meta",
        note='Tag with `entity == "brand_new"`, extras in `.raw`',
    ),
    Case(
        "unknown-enum-extra-fields-list",
        lambda: [Fault.json(200, tags_with_surprises())],
        list_tags,
        None,
        1,
        check=unknown_entity_in_list,
        fault="list_tags example, second Tag with `entity_type: brand_new` and an extra attribute",
        note="[TagEntity.CLIENT, 'brand_new']",
    ),
    Case(
        "unknown-enum-position",
        lambda: [Fault.json(200, position_with_surprises())],
        get_position,
        None,
        1,
        check=unknown_binding,
        fault="position with `services_binding_type: 7` and an extra attribute",
        note="`services_binding == 7` (int kept)",
    ),
    Case(
        "extra-fields-event",
        lambda: [Fault.json(200, event_with_surprises())],
        get_event,
        None,
        1,
        check=event_extras,
        fault="event with an extra attribute, an unknown relationship and an unknown time zone",
        note="parsed; the unknown zone leaves `schedule_till` naive",
    ),
    # Retries switched off
    Case(
        "max-retries-0-get",
        lambda: [Fault.status(503)],
        get_tag,
        InternalServerError,
        1,
        options={"max_retries": 0},
        fault="503",
        note="max_retries=0: no retry",
    ),
    Case(
        "max-retries-0-reset-get",
        lambda: [Fault.cut_body(example("get_tag"))],
        get_tag,
        APIConnectionError,
        1,
        options={"max_retries": 0},
        fault="half a body then RST",
        note="max_retries=0: no retry",
    ),
    Case(
        "max-retries-0-refused",
        lambda: [],
        get_tag,
        APIConnectionError,
        0,
        options={"max_retries": 0},
        refused=True,
        fault="nothing listens on the port",
        note="max_retries=0: no retry",
    ),
    *HARDENING_CASES,
    *BOUNDS_CASES,
]

CASES_BY_ID = {case.id: case for case in CASES}
assert len(CASES_BY_ID) == len(CASES), "duplicate case ids"
