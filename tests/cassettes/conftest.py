"""Cassettes (pytest-recording + vcrpy) and the clients that the cassette tests drive.

Replay, the default (no network, no secrets needed; this is what CI runs):

    pytest tests/cassettes --record-mode=none --block-network

Re-record against the local mock (scripts/mock_server.py, started by the `mock_server` fixture
from tests/conftest.py when recording without ALTEGIO_BASE_URL; the fake tokens below are used):

    pytest tests/cassettes --record-mode=rewrite
    pytest tests/cassettes --record-mode=none --block-network

Re-record against production (use a test Location you may write to; the tests clean up what
they create, but a failing test may leave Tags, Positions or Events behind):

    export ALTEGIO_PARTNER_TOKEN=... ALTEGIO_USER_TOKEN=...
    export ALTEGIO_BASE_URL=https://api.alteg.io/api/v2 ALTEGIO_TEST_LOCATION_ID=...
    export ALTEGIO_TEST_STAFF_ID=... ALTEGIO_TEST_SERVICE_ID=...   # for the Event tests
    pytest tests/cassettes --record-mode=rewrite -k "<the tests to re-record>"
    pytest tests/cassettes --record-mode=none --block-network
    git diff tests/cassettes    # review: no tokens, no personal data

The recorded paths hold the Location, Team Member and Service ids, so replaying cassettes
recorded in production needs the same ALTEGIO_TEST_* ids exported. The error tests use the
mock's special Locations (MOCK_MISSING_LOCATION_ID, MOCK_FORBIDDEN_LOCATION_ID); record those
against the mock. The scrubbing below runs on every recording and never on the live traffic:
the Authorization header becomes a placeholder, `Set-Cookie` and `Cookie` are dropped, and
personal fields of JSON bodies (Booking User and employee names, phones, e-mails, birthdays,
identity documents, card numbers, `client_fictive_*`, and the comment of a Booking User
(not that of an Event or an Appointment)) get fixed fake values. tests/cassettes/
test_cassette_contract.py checks all of that, and that every interaction fits openapi.yaml.
"""

from __future__ import annotations

import collections
import copy
import json
import os
from collections.abc import AsyncIterator
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import pytest
from mock_server import MOCK_LOCATION_ID, MOCK_SERVICE_ID, MOCK_STAFF_ID

from altegio import Altegio, AsyncAltegio

FAKE_PARTNER_TOKEN = "test-partner-token-0000"  # fakes, for replay and for recording against the mock
FAKE_USER_TOKEN = "test-user-token-0000"
REPLAY_BASE_URL = "http://127.0.0.1:9/api/v2"  # never contacted: every answer comes from a cassette
AUTHORIZATION_PLACEHOLDER = "Bearer REDACTED, User REDACTED"  # still of the documented form
REDACTED = "REDACTED"
_PHONE = "0000000000"
_EMAIL = "redacted@example.com"

# Personal fields of request and response bodies, wherever they are nested, and what replaces them.
PERSONAL_FIELDS: dict[str, str] = {
    **dict.fromkeys(("name", "firstname", "surname", "patronymic", "client_fictive_name"), REDACTED),
    **dict.fromkeys(("phone", "additional_phone", "client_fictive_phone"), _PHONE),
    **dict.fromkeys(("email", "client_fictive_email"), _EMAIL),
    "birthday": "1970-01-01",
    **dict.fromkeys(
        (
            "passport_data",
            "personal_tax_reference_number",
            "number_insurance_certificates",
            "national_id",
            "citizenship",
            "card_number",
            "login",
            "password",
            "user_token",
        ),
        REDACTED,
    ),
}


# Fields that are personal only where they describe a Booking User: in the attributes of a
# `client` resource, or in the `client` object of a request body. Elsewhere a `comment` is an
# Event's or an Appointment's note, and stays.
BOOKING_USER_FIELDS: dict[str, str] = {"comment": REDACTED}


def placeholder(key: str, value: str) -> str:
    """The fake value for a personal field; a birthday keeps its shape (date, or date and time)."""
    fake = PERSONAL_FIELDS.get(key) or BOOKING_USER_FIELDS[key]
    return fake + "T00:00:00" if key == "birthday" and "T" in value else fake


def scrub_json(node: Any, booking_user: bool = False) -> Any:
    """A copy of a JSON value with every non-empty personal string replaced (and, in what
    describes a Booking User, the BOOKING_USER_FIELDS too)."""
    if isinstance(node, dict):
        client_resource = node.get("type") == "client"
        return {
            key: placeholder(key, value)
            if (key in PERSONAL_FIELDS or (booking_user and key in BOOKING_USER_FIELDS))
            and isinstance(value, str)
            and value
            else scrub_json(value, key == "client" or (client_resource and key == "attributes"))
            for key, value in node.items()
        }
    if isinstance(node, list):
        return [scrub_json(item) for item in node]
    return node


def _scrub_body(body: bytes | str | None) -> bytes | str | None:
    """The body with personal fields replaced; unchanged when it is not JSON or has none."""
    if not body:
        return body
    try:
        parsed = json.loads(body)
    except ValueError:
        return body
    scrubbed = scrub_json(parsed)
    if scrubbed == parsed:
        return body
    text = json.dumps(scrubbed, ensure_ascii=False)
    return text.encode() if isinstance(body, bytes) else text


def scrub_request(request: Any) -> Any:
    """before_record_request: personal data out of JSON bodies (vcrpy's filter_post_data_parameters
    only handles a Content-Type of exactly application/json). vcrpy applies it to the live request
    before matching too, so recorded and live requests stay comparable."""
    request.body = _scrub_body(request.body)
    return request


def scrub_response(response: dict[str, Any]) -> dict[str, Any]:
    """before_record_response: no cookies (httpx stores header names lower-case, so compare
    case-insensitively) and no personal data in the body."""
    response = copy.deepcopy(response)
    headers = {name: values for name, values in response["headers"].items() if name.lower() != "set-cookie"}
    body = response["body"]["string"]
    scrubbed = _scrub_body(body)
    if scrubbed is not body:
        response["body"]["string"] = scrubbed
        for name in headers:
            if name.lower() == "content-length":
                headers[name] = [str(len(scrubbed.encode() if isinstance(scrubbed, str) else scrubbed))]
    response["headers"] = headers
    return response


def _query(request: Any) -> collections.Counter[tuple[str, str]]:
    return collections.Counter(parse_qsl(urlsplit(request.uri).query, keep_blank_values=True))


def match_query(r1: Any, r2: Any) -> None:
    """The query as a multiset of wire pairs: order does not matter, repetitions and blanks do."""
    if _query(r1) != _query(r2):
        raise AssertionError(f"query {sorted(_query(r1).elements())} != {sorted(_query(r2).elements())}")


def match_json_body(r1: Any, r2: Any) -> None:
    """JSON bodies compared parsed (key order and spacing do not matter); others byte for byte."""
    bodies = []
    for request in (r1, r2):
        body = request.body or b""
        try:
            bodies.append(json.loads(body) if body else None)
        except ValueError:
            bodies.append(body)
    if bodies[0] != bodies[1]:
        raise AssertionError(f"body {bodies[0]!r} != {bodies[1]!r}")


def pytest_recording_configure(config: pytest.Config, vcr: Any) -> None:
    vcr.register_matcher("wire_query", match_query)
    vcr.register_matcher("json_body", match_json_body)


@pytest.fixture(scope="session")
def vcr_config(record_mode: str) -> dict[str, Any]:
    """Cassettes match on method, path, query and JSON body, never on scheme, host or port, so a
    cassette recorded against the mock (any port) or production replays against any base URL."""
    return {
        "record_mode": record_mode,
        "match_on": ["method", "path", "wire_query", "json_body"],
        "filter_headers": [("authorization", AUTHORIZATION_PLACEHOLDER), ("cookie", None)],
        "before_record_request": scrub_request,
        "before_record_response": scrub_response,
        "decode_compressed_response": True,
    }


@pytest.fixture
def base_url(request: pytest.FixtureRequest, record_mode: str) -> str:
    """ALTEGIO_BASE_URL if set; else the mock (reset for each test) when recording; else a dead
    address, because replay never connects."""
    configured = os.environ.get("ALTEGIO_BASE_URL")
    if configured:
        return configured
    if record_mode == "none":
        return REPLAY_BASE_URL
    server = request.getfixturevalue("mock_server")
    server.reset()
    return server.url


@pytest.fixture(params=["sync", "async"])
async def client(request: pytest.FixtureRequest, base_url: str) -> AsyncIterator[Altegio | AsyncAltegio]:
    """An `Altegio` and an `AsyncAltegio` (the test runs once with each; their cassettes differ by
    the test id), without retries or rate limit so that recordings hold one request per call."""
    tokens = (
        os.environ.get("ALTEGIO_PARTNER_TOKEN") or FAKE_PARTNER_TOKEN,
        os.environ.get("ALTEGIO_USER_TOKEN") or FAKE_USER_TOKEN,
    )
    options: dict[str, Any] = {"base_url": base_url, "rate_limit": None, "max_retries": 0}
    if request.param == "sync":
        with Altegio(*tokens, **options) as sync_client:
            yield sync_client
    else:
        async with AsyncAltegio(*tokens, **options) as async_client:
            yield async_client


@pytest.fixture(params=["sync", "async"])
async def offline_client(request: pytest.FixtureRequest) -> AsyncIterator[Altegio | AsyncAltegio]:
    """An `Altegio` and an `AsyncAltegio` on a dead address, for the checks that must refuse bad
    input before anything is sent: a request would end in a connection error instead."""
    options: dict[str, Any] = {"base_url": REPLAY_BASE_URL, "rate_limit": None, "max_retries": 0}
    if request.param == "sync":
        with Altegio(FAKE_PARTNER_TOKEN, FAKE_USER_TOKEN, **options) as sync_client:
            yield sync_client
    else:
        async with AsyncAltegio(FAKE_PARTNER_TOKEN, FAKE_USER_TOKEN, **options) as async_client:
            yield async_client


def _env_id(name: str, default: int) -> int:
    return int(os.environ.get(name) or default)


@pytest.fixture
def location_id() -> int:
    return _env_id("ALTEGIO_TEST_LOCATION_ID", MOCK_LOCATION_ID)


@pytest.fixture
def staff_id() -> int:
    return _env_id("ALTEGIO_TEST_STAFF_ID", MOCK_STAFF_ID)


@pytest.fixture
def service_id() -> int:
    return _env_id("ALTEGIO_TEST_SERVICE_ID", MOCK_SERVICE_ID)
