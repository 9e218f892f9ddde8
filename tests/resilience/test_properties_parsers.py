"""Properties (hypothesis) of the response reader: whatever comes back, only the documented outcomes.

Any body, through the response reader and every parser of the resources, either parses or
raises an AltegioError (APIResponseValidationError / APIStatusError), never KeyError,
TypeError, AttributeError or RecursionError. Each parser also gets the valid bodies of its own
operations, linked to included resources of every kind and then broken anywhere
(test_each_parser_reads_its_own_bodies). Bodies nested 1,000 deep, large bodies and
compressed ones (gzip, deflate, broken) go through both clients' transports too.
"""

from __future__ import annotations

import asyncio
import gzip
import json
import pickle
import zlib
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import wire_contract
from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st

from altegio import (
    Altegio,
    AltegioError,
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    AsyncAltegio,
    Tag,
)
from altegio._operations import RAW_OPERATION, APICall, read_response

from .strategies import (
    BODILESS_OPERATIONS,
    CONTENT,
    DEEP_CONTENT,
    EXPECTED_OPERATIONS,
    EXTRA_RESOURCES,
    FAST,
    JSON,
    LARGE_CONTENT,
    PARSER_OPERATIONS,
    PARSERS,
    SPEC_OPERATIONS,
    make_response,
    nested,
    resources_of,
    success_bodies,
)
from .support import PARTNER_TOKEN, USER_TOKEN, success


@FAST
@given(
    parser=st.sampled_from(sorted(PARSERS)),
    status=st.sampled_from([200, 201]),
    content=CONTENT,
)
def test_any_success_body_parses_or_raises_a_response_error(parser: str, status: int, content: bytes) -> None:
    call = APICall("get_tag", {}, PARSERS[parser])
    try:
        read_response(call, make_response(status, content))
    except (APIResponseValidationError, APIStatusError) as exc:
        error: APIResponseValidationError | APIStatusError = exc
    else:
        return
    str(error), repr(error)  # rendering an error never fails either
    assert error.response.content == content  # nothing the server said is lost
    if isinstance(error, APIResponseValidationError):
        assert error.body == error.response.text


@FAST
@given(
    content=CONTENT,
    raw=st.booleans(),
    status=st.sampled_from([200, 201, 204]),
    operation=st.sampled_from(sorted(BODILESS_OPERATIONS)),
)
def test_any_body_of_a_bodiless_or_raw_call(content: bytes, raw: bool, status: int, operation: str) -> None:
    call = APICall(RAW_OPERATION if raw else operation, {}, (lambda body: body) if raw else None)
    try:
        read_response(call, make_response(status, content))
    except (APIResponseValidationError, APIStatusError) as exc:
        str(exc)


# Relationship names the models read (and some they do not), and what they may point at: every


RELATIONSHIP_NAMES = sorted(
    {
        "attendance_service",
        "attendance_good_items",
        "child_categories",
        "client",
        "custom_field_type",
        "deposits",
        "employee",
        "good",
        "goods",
        "labels",
        "position",
        "record",
        "resource_instances",
        "service",
        "services",
        "staff",
        "storage",
        "storage_amount",
        "storage_amounts",
        "type",
        "ui_options",
        "bogus",
    }
)


def _related_pool() -> list[dict[str, Any]]:
    pool = {}
    for body in success_bodies().values():
        for resource in resources_of(body):
            pool[(resource["type"], resource["id"])] = resource
    for resource in EXTRA_RESOURCES:
        pool[(resource["type"], resource["id"])] = resource
    return [pool[key] for key in sorted(pool)]


RELATED_POOL = _related_pool()


def _locations(node: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """The path of every member of a JSON value (not the value itself)."""
    children = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
    for key, child in children:
        yield (*path, key)
        yield from _locations(child, (*path, key))


@st.composite
def linked_bodies(draw: st.DrawFn, operation: str) -> tuple[Any, int]:
    """The valid body of `operation`, its resources linked to included ones of any type, then
    broken in up to three places (a member replaced by anything, or removed); and how many."""
    body = json.loads(json.dumps(success(operation)[1]))
    data = body["data"]
    included: list[Any] = []
    for resource in data if isinstance(data, list) else [data]:
        relationships: dict[str, Any] = {}
        for name in draw(st.lists(st.sampled_from(RELATIONSHIP_NAMES), max_size=3, unique=True)):
            targets = draw(st.lists(st.sampled_from(RELATED_POOL), max_size=2))
            identifiers = [{"type": target["type"], "id": target["id"]} for target in targets]
            many = draw(st.booleans())
            relationships[name] = {"data": identifiers if many else (identifiers[0] if identifiers else None)}
            included.extend(json.loads(json.dumps(target)) for target in targets)
        if relationships:
            resource["relationships"] = relationships
    if included:
        body["included"] = included
    breaks = draw(st.integers(0, 3))
    for _ in range(breaks):
        locations = list(_locations(body))
        if not locations:
            break
        *parents, key = draw(st.sampled_from(locations))
        parent = body
        for step in parents:
            parent = parent[step]
        if draw(st.booleans()):
            parent[key] = draw(JSON)
        else:
            del parent[key]
    return body, breaks


@pytest.mark.parametrize("parser", sorted(PARSERS))
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_each_parser_reads_its_own_bodies(parser: str, data: st.DataObject) -> None:
    """Linked valid bodies parse; broken anywhere, they parse or give a response error."""
    operation = data.draw(st.sampled_from(PARSER_OPERATIONS[parser]))
    body, breaks = data.draw(linked_bodies(operation))
    content = json.dumps(body).encode()
    try:
        read_response(APICall(operation, {}, PARSERS[parser]), make_response(200, content))
    except (APIResponseValidationError, APIStatusError) as exc:
        error: APIResponseValidationError | APIStatusError | None = exc
    else:
        error = None
    event("parsed" if error is None else "refused")
    if error is not None:
        assert breaks, f"{parser} refused a valid {operation} body: {error!r}"
        str(error), repr(error)
        assert error.response.content == content


def test_every_parser_is_checked_with_its_bodies() -> None:
    assert sorted(PARSER_OPERATIONS) == sorted(PARSERS)
    read = [operation for operations in PARSER_OPERATIONS.values() for operation in operations]
    assert len(read) == len(set(read))
    assert set(read) | BODILESS_OPERATIONS == SPEC_OPERATIONS
    assert not set(read) & BODILESS_OPERATIONS
    for operation in BODILESS_OPERATIONS:
        assert success(operation) == (204, None)


def test_success_bodies_fit_the_spec() -> None:
    """The bodies the request property answers with are themselves valid."""
    contract = wire_contract.load_contract()
    for operation in EXPECTED_OPERATIONS.values():
        found = contract.operations[operation]
        path = found.template
        for name in found.path_names:
            path = path.replace("{" + name + "}", "7")
        status, body = success(operation)
        problems = wire_contract.validate_response(
            found.method, "/api/v2" + path, status, {"content-type": "application/json"}, body
        )
        assert problems == [], (operation, problems)


ENCODINGS = ["identity", "gzip", "deflate", "gzip, gzip", "broken gzip", "broken deflate"]


def encoded(content: bytes, encoding: str) -> tuple[bytes, dict[str, str]]:
    """The body as the server would send it with that Content-Encoding (or a broken one)."""
    if encoding == "identity":
        return content, {}
    if encoding == "gzip":
        return gzip.compress(content), {"Content-Encoding": "gzip"}
    if encoding == "deflate":
        return zlib.compress(content), {"Content-Encoding": "deflate"}
    if encoding == "gzip, gzip":
        return gzip.compress(gzip.compress(content)), {"Content-Encoding": "gzip, gzip"}
    return content + b"\x00not compressed", {"Content-Encoding": encoding.split()[1]}


def _through(kind: str, handler: Any) -> Any:
    """tags.list on a new client of that kind over a MockTransport; its result or AltegioError."""
    options: dict[str, Any] = {"base_url": "http://altegio.test/api/v2", "rate_limit": None, "max_retries": 0}
    transport = httpx.MockTransport(handler)
    if kind == "sync":
        with (
            httpx.Client(transport=transport) as http,
            Altegio(PARTNER_TOKEN, USER_TOKEN, http_client=http, **options) as client,
        ):
            try:
                return client.tags.list(68570).to_list()
            except AltegioError as exc:
                return exc

    async def run() -> Any:
        async with (
            httpx.AsyncClient(transport=transport) as http,
            AsyncAltegio(PARTNER_TOKEN, USER_TOKEN, http_client=http, **options) as client,
        ):
            try:
                return await client.tags.list(68570).to_list()
            except AltegioError as exc:
                return exc

    return asyncio.run(run())


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(
    kind=st.sampled_from(["sync", "async"]),
    status=st.sampled_from([200, 201, 404, 429, 500, 503]),
    content=CONTENT | DEEP_CONTENT | LARGE_CONTENT,
    encoding=st.sampled_from(ENCODINGS),
)
@example(kind="sync", status=200, content=nested(99, "objects"), encoding="broken deflate")  # garbage, decoded
@example(kind="async", status=503, content=nested(1000, "arrays"), encoding="gzip")
def test_any_body_through_both_transports(kind: str, status: int, content: bytes, encoding: str) -> None:
    """Any body, nested 1,000 deep, of a few MB or compressed (well or badly), read by the real
    transport of either client: the parsed list, or an AltegioError that renders and pickles."""
    payload, headers = encoded(content, encoding)

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            status, headers={"Content-Type": "application/json", **headers}, stream=httpx.ByteStream(payload)
        )

    outcome = _through(kind, answer)
    event(type(outcome).__name__)
    if not isinstance(outcome, AltegioError):
        assert isinstance(outcome, list) and all(isinstance(tag, Tag) for tag in outcome)
        assert 200 <= status < 300
        assert encoding != "broken gzip", "a broken gzip body was read"
        return
    str(outcome), repr(outcome)
    assert type(pickle.loads(pickle.dumps(outcome))) is type(outcome)
    if encoding == "broken gzip":
        assert isinstance(outcome, APIConnectionError)  # httpx cannot decode it: a transport error
    elif encoding == "broken deflate":
        pass  # httpx falls back to raw deflate, which may "decode" garbage: any AltegioError will do
    elif status >= 300:
        assert isinstance(outcome, APIStatusError) and outcome.status_code == status
        assert outcome.response.content == content  # decoded, and kept whole


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(content=LARGE_CONTENT, encoding=st.sampled_from(["identity", "gzip", "deflate"]))
def test_large_valid_bodies_parse_whole(content: bytes, encoding: str) -> None:
    """Up to 2,000 Tags with 2,000-character titles (about 5 MB), plain or compressed: all parsed."""
    payload, headers = encoded(content, encoding)
    expected = json.loads(content)["data"]
    outcome = _through("sync", lambda request: httpx.Response(200, headers=headers, stream=httpx.ByteStream(payload)))
    assert [tag.id for tag in outcome] == [int(tag["id"]) for tag in expected]
    assert [tag.title for tag in outcome] == [tag["attributes"]["title"] for tag in expected]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(content=DEEP_CONTENT, status=st.sampled_from([200, 201, 400, 404, 500, 502]), raw=st.booleans())
def test_deep_bodies_are_refused_without_recursion(content: bytes, status: int, raw: bool) -> None:
    """Nested past 100 levels: APIResponseValidationError on a 2xx, the status error (with the
    text) otherwise; at 100 levels or less, decoded as usual."""
    depth = _depth(content)
    call = APICall(RAW_OPERATION, {}, lambda body: body) if raw else APICall("get_tag", {}, PARSERS["tags._parse_tag"])
    try:
        result: Any = read_response(call, make_response(status, content))
    except (APIResponseValidationError, APIStatusError) as exc:
        result = exc
    event(f"{type(result).__name__}, {'deep' if depth > 100 else 'shallow'}")
    if 200 <= status < 300 and raw:
        assert isinstance(result, APIResponseValidationError) == (depth > 100)
    if not 200 <= status < 300:
        assert isinstance(result, APIStatusError) and result.status_code == status
        if depth > 100:
            assert result.body == content.decode()  # the text, since it was too deep to decode
        elif depth:
            assert result.body != content.decode()  # decoded
    if isinstance(result, APIResponseValidationError) and depth > 100:
        assert result.body == content.decode() and "nested deeper than 100 levels" in str(result)
    if isinstance(result, AltegioError):
        str(result), repr(result), repr(getattr(result, "body", None))
        pickle.loads(pickle.dumps(result))


def _depth(content: bytes) -> int:
    """Nesting depth of JSON text whose strings hold no brackets (json.loads would recurse)."""
    deepest = level = 0
    for byte in content:
        if byte in b"[{":
            level += 1
            deepest = max(deepest, level)
        elif byte in b"]}":
            level -= 1
    return deepest
