"""The mock server keeps to openapi.yaml: it rejects requests the spec forbids, answers every
operation, and every answer to a valid request fits the spec (checked on each response)."""

from __future__ import annotations

import datetime as dt
import pathlib
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from mock_server import (
    MOCK_FORBIDDEN_LOCATION_ID,
    MOCK_LOCATION_ID,
    MOCK_MISSING_LOCATION_ID,
    MOCK_SERVICE_ID,
    MOCK_STAFF_ID,
    UNAVAILABLE,
    MockServer,
    synthesize,
)
from wire_contract import BASE_PATH, MEDIA_TYPE, Contract, load_contract

# The mock listens on 127.0.0.1; under --block-network only that host is reachable.
pytestmark = pytest.mark.block_network(allowed_hosts=[r"127\.0\.0\.1"])

HEADERS = {"Accept": MEDIA_TYPE, "Authorization": "Bearer partner-token, User user-token"}
# Path values that name seeded objects (their ids come from the spec's examples).
PATH_VALUES: dict[str, Any] = {
    "location_id": MOCK_LOCATION_ID,
    "company_id": MOCK_LOCATION_ID,
    "tag_id": 241625,
    "position_id": 42,
    "event_id": 12345,
    "record_id": 12345,
    "attendance_id": "record_12345",
}
TOMORROW = dt.datetime.now(dt.UTC).date() + dt.timedelta(days=1)  # the mock Location keeps UTC
EVENT_BODY = {
    "staff_id": MOCK_STAFF_ID,
    "service_id": MOCK_SERVICE_ID,
    "resource_instance_ids": [],
    "label_ids": [],
    "date": "2030-06-03 10:00:00",
    "length": 3600,
    "capacity": 2,
}
# Requests the spec's examples cannot make valid on their own: its list_events dates are past,
# its create_tag and create_position titles are taken by the seeds, update_event has no example.
QUERY_OVERRIDES = {
    ("list_events", "filter[from]"): f"{TOMORROW} 00:00:00",
    ("list_events", "filter[to]"): f"{TOMORROW + dt.timedelta(days=7)} 00:00:00",
}
BODY_OVERRIDES = {
    "create_tag": {"title": "A new Tag", "color": "#00ff00", "entity": 3},
    "create_position": {"title": "Junior Stylist", "description": "Learning the trade"},
    "update_event": EVENT_BODY,
}


@pytest.fixture(scope="module")
def contract() -> Contract:
    return load_contract()


@pytest.fixture(scope="module")
def server() -> Iterator[MockServer]:
    with MockServer() as mock:
        yield mock


@pytest.fixture
def http(server: MockServer, contract: Contract) -> Iterator[httpx.Client]:
    """A plain httpx client on the mock, fresh state; it asserts that each answer to a valid
    request fits the spec."""

    def check(response: httpx.Response) -> None:
        request = response.request
        response.read()
        path, query = request.url.path, list(httpx.QueryParams(request.url.query).multi_items())
        if contract.request_problems(request.method, path, query, request.headers, request.content):
            return
        problems = contract.response_problems(
            request.method, path, response.status_code, response.headers, response.content
        )
        assert problems == [], f"{request.method} {request.url}: {problems}"

    server.reset()
    with httpx.Client(base_url=server.url, headers=HEADERS, event_hooks={"response": [check]}) as client:
        yield client


def build_request(contract: Contract, operation_id: str, location: int = MOCK_LOCATION_ID) -> dict[str, Any]:
    """A valid request for an operation, from the spec: seeded ids in the path, parameter
    examples or defaults in the query, the body example (or one built from the schema)."""
    operation = contract.operations[operation_id]
    path = operation.template
    for name in operation.path_names:
        value = location if name == operation.path_names[0] else PATH_VALUES.get(name, 1)
        path = path.replace("{" + name + "}", str(value))
    params: list[tuple[str, str]] = []
    for parameter in operation.of("query"):
        value = QUERY_OVERRIDES.get((operation_id, parameter.name))
        for source in (parameter.declared, parameter.schema):
            for key in ("example", "default"):
                value = source.get(key) if value is None else value
        if value is None and parameter.required:
            value = synthesize(contract, parameter.schema)
        if value is not None:
            params.append((parameter.name, str(value)))
    request: dict[str, Any] = {"method": operation.method, "url": path, "params": params}
    if operation.body_pointer is not None:
        media = contract.resolve({"$ref": "#" + operation.body_pointer.removesuffix("/schema")})
        body = media.get("example") or synthesize(contract, media["schema"])
        request["json"] = BODY_OVERRIDES.get(operation_id, body)
    return request


def success_status(contract: Contract, operation_id: str) -> int:
    return int(next(status for status in contract.operations[operation_id].responses if status.startswith("2")))


def envelope_problems(contract: Contract, response: httpx.Response) -> list[str]:
    assert response.headers["content-type"] == "application/json"
    return list(contract.validator("/components/schemas/error_response").iter_errors(response.json()))


OPERATIONS = sorted(load_contract().operations)


def test_the_spec_has_42_operations() -> None:
    assert len(OPERATIONS) == 42


@pytest.mark.parametrize("operation_id", OPERATIONS)
def test_every_operation_answers_a_valid_request(http: httpx.Client, contract: Contract, operation_id: str) -> None:
    request = http.build_request(**build_request(contract, operation_id))
    query = list(httpx.QueryParams(request.url.query).multi_items())
    assert contract.request_problems(request.method, request.url.path, query, request.headers, request.content) == []

    response = http.send(request)

    assert response.status_code == success_status(contract, operation_id), response.text
    if response.status_code == 204:
        assert response.content == b""
    else:
        assert response.headers["content-type"] == "application/json"


@pytest.mark.parametrize("operation_id", OPERATIONS)
@pytest.mark.parametrize(
    ("location", "status", "message"),
    [
        (MOCK_MISSING_LOCATION_ID, 404, "Location not found"),
        (MOCK_FORBIDDEN_LOCATION_ID, 403, "No company management rights"),
    ],
    ids=["missing", "forbidden"],
)
def test_special_locations_fail_every_operation(
    http: httpx.Client, contract: Contract, operation_id: str, location: int, status: int, message: str
) -> None:
    response = http.request(**build_request(contract, operation_id, location))

    assert response.status_code == status
    assert response.json()["meta"]["message"] == message
    assert envelope_problems(contract, response) == []


@pytest.mark.parametrize(
    ("headers", "status"),
    [
        ({"Accept": "application/json"}, 400),
        ({"Accept": ""}, 400),
        ({"Authorization": ""}, 401),
        ({"Authorization": "Bearer partner-token"}, 401),
    ],
    ids=["wrong-accept", "no-accept", "no-auth", "no-user-token"],
)
def test_headers_are_checked_first(
    http: httpx.Client, contract: Contract, headers: dict[str, str], status: int
) -> None:
    response = http.get(f"/locations/{MOCK_LOCATION_ID}/tags", headers={**HEADERS, **headers})

    assert response.status_code == status
    assert envelope_problems(contract, response) == []


def test_a_charset_after_the_media_type_is_accepted(http: httpx.Client) -> None:
    response = http.get(f"/locations/{MOCK_LOCATION_ID}/tags", headers={"Accept": f"{MEDIA_TYPE}; charset=utf-8"})
    assert response.status_code == 200


NOT_JSON = {"content": b"{not json", "headers": {"Content-Type": "application/json"}}
VIOLATIONS = {
    "unknown-key": ({"method": "GET", "url": "/tags", "params": {"colour": "red"}}, {"colour"}),
    "bad-enum": ({"method": "GET", "url": "/tags", "params": {"entity": "person"}}, {"entity"}),
    "bad-path-id": ({"method": "GET", "url": "/tags/abc"}, {"tag_id"}),
    "missing-field": ({"method": "POST", "url": "/tags", "json": {"color": "#ff0000"}}, {"title"}),
    "bad-body-enum": (
        {"method": "POST", "url": "/tags", "json": {"title": "x", "color": "#f00", "entity": 9}},
        {"entity"},
    ),
    "extra-field": ({"method": "POST", "url": "/positions", "json": {"title": "x", "salary": 1}}, {"salary"}),
    "not-json": ({"method": "POST", "url": "/positions", **NOT_JSON}, {"body"}),
    "bad-multiple": ({"method": "POST", "url": "/events", "json": {**EVENT_BODY, "length": 1000}}, {"length"}),
}


@pytest.mark.parametrize(("request_args", "errors"), VIOLATIONS.values(), ids=VIOLATIONS.keys())
def test_other_violations_are_422_with_field_errors(
    http: httpx.Client, contract: Contract, request_args: dict[str, Any], errors: set[str]
) -> None:
    request_args["url"] = f"/locations/{MOCK_LOCATION_ID}{request_args['url']}"
    response = http.request(**request_args)

    assert response.status_code == 422
    assert set(response.json()["meta"]["errors"]) == errors
    assert envelope_problems(contract, response) == []


def test_list_events_without_a_date_range_is_400(http: httpx.Client) -> None:
    response = http.get(f"/locations/{MOCK_LOCATION_ID}/events")
    assert (response.status_code, response.json()["meta"]["message"]) == (400, "Required date range is missing")


def test_unknown_paths_and_methods(server: MockServer, http: httpx.Client) -> None:
    assert http.get("/nowhere").status_code == 404
    assert http.patch(f"/locations/{MOCK_LOCATION_ID}/tags").status_code == 405
    assert httpx.get(server.url.removesuffix(BASE_PATH) + "/api/v1/x", headers=HEADERS).status_code == 404


def test_tag_lifecycle(http: httpx.Client) -> None:
    tags = f"/locations/{MOCK_LOCATION_ID}/tags"
    created = http.post(tags, json={"title": "Mock Tag", "color": "#00ff00"})
    assert created.status_code == 201
    tag_id = created.json()["data"]["id"]
    assert tag_id == "241627"  # fresh ids follow the seeds

    assert http.get(f"{tags}/{tag_id}").json()["data"]["attributes"]["entity_type"] == "common"
    assert http.put(f"{tags}/{tag_id}", json={"title": "Renamed"}).status_code == 204
    assert http.get(f"{tags}/{tag_id}").json()["data"]["attributes"]["title"] == "Renamed"
    assert http.delete(f"{tags}/{tag_id}").status_code == 204
    assert http.get(f"{tags}/{tag_id}").json()["data"]["attributes"]["is_deleted"] is True
    assert tag_id not in [tag["id"] for tag in http.get(tags).json()["data"]]
    assert http.delete(f"{tags}/{tag_id}").status_code == 404
    assert http.get(f"{tags}/999").json()["meta"]["message"] == "Not found"


def test_titles_must_be_unique(http: httpx.Client) -> None:
    duplicate = http.post(f"/locations/{MOCK_LOCATION_ID}/tags", json={"title": "VIP Booking User", "color": "#000000"})
    assert duplicate.status_code == 422
    assert list(duplicate.json()["meta"]["errors"]) == ["title"]
    renamed = http.put(f"/locations/{MOCK_LOCATION_ID}/positions/42", json={"title": "Senior Stylist"})
    assert renamed.status_code == 204  # its own title is no conflict
    position = http.post(f"/locations/{MOCK_LOCATION_ID}/positions", json={"title": "Senior Stylist"})
    assert (position.status_code, list(position.json()["meta"]["errors"])) == (422, ["title"])


def test_position_lifecycle(http: httpx.Client) -> None:
    positions = f"/locations/{MOCK_LOCATION_ID}/positions"
    position_id = http.post(positions, json={"title": "Barber"}).json()["data"]["id"]
    assert http.put(f"{positions}/{position_id}", json={"title": "Head Barber"}).status_code == 204
    assert http.get(f"{positions}/{position_id}").json()["data"]["attributes"]["title"] == "Head Barber"
    assert http.delete(f"{positions}/{position_id}").status_code == 204
    assert http.get(f"{positions}/{position_id}").status_code == 404


def test_team_member_filters(http: httpx.Client) -> None:
    members = f"/locations/{MOCK_LOCATION_ID}/team_members"
    unknown = http.get(members, params={"filter[position_id]": 777})
    assert (unknown.status_code, list(unknown.json()["meta"]["errors"])) == (422, ["filter[position_id]"])
    assert http.get(members, params={"filter[name]": "smith"}).json()["data"][0]["id"] == "42"
    assert http.get(members, params={"filter[name]": "nobody"}).json()["data"] == []
    included = http.get(members, params=[("include", "position"), ("include", "employee")]).json()["included"]
    assert [item["type"] for item in included] == ["employee"]  # the example's Position 5 does not exist


def test_event_rules(http: httpx.Client) -> None:
    events = f"/locations/{MOCK_LOCATION_ID}/events"
    first = http.post(events, json=EVENT_BODY)
    assert first.status_code == 201
    event_id = first.json()["data"]["id"]
    overlapping = {**EVENT_BODY, "date": "2030-06-03 10:30:00"}
    conflict = http.post(events, json=overlapping)
    assert (conflict.status_code, conflict.json()["meta"]["message"]) == (409, UNAVAILABLE)
    assert http.post(events, json={**overlapping, "force": True}).status_code == 201
    unknown_service = http.post(events, json={**EVENT_BODY, "service_id": 9, "date": "2030-07-01 10:00:00"})
    assert (unknown_service.status_code, list(unknown_service.json()["meta"]["errors"])) == (422, ["service_id"])

    past = http.get(events, params={"filter[from]": "2020-01-01 00:00:00", "filter[to]": "2030-01-01 00:00:00"})
    assert (past.status_code, list(past.json()["meta"]["errors"])) == (422, ["filter[from]"])
    listed = http.get(events, params={"filter[from]": "2030-06-03 00:00:00", "filter[to]": "2030-06-04 00:00:00"})
    assert [event["id"] for event in listed.json()["data"]] == [event_id, str(int(event_id) + 1)]

    assert http.delete(f"{events}/{event_id}").status_code == 204
    assert http.get(f"{events}/{event_id}").status_code == 200  # soft-deleted
    assert http.put(f"{events}/{event_id}", json=EVENT_BODY).status_code == 404


def test_event_appointment_rules(http: httpx.Client, contract: Contract) -> None:
    events = f"/locations/{MOCK_LOCATION_ID}/events"
    event_id = http.post(events, json=EVENT_BODY).json()["data"]["id"]
    body = build_request(contract, "create_event_appointment")["json"]
    created = http.post(f"{events}/{event_id}/appointments", json={**body, "clients_count": 2})
    assert created.status_code == 201
    appointment = created.json()["data"]
    assert appointment["attributes"]["activity_id"] == int(event_id)

    full = http.post(f"{events}/{event_id}/appointments", json=body)
    assert (full.status_code, list(full.json()["meta"]["errors"])) == (422, ["clients_count"])
    update = {"attendance_service_item": {"cost_per_unit": 10, "discount_percent": 0, "manual_cost": 10}}
    url = f"{events}/{event_id}/appointments/{appointment['id']}"
    assert http.put(url, json={**update, "clients_count": 3}).status_code == 422
    same = http.patch(url, json={"reschedule_activity_id": int(event_id)})
    assert (same.status_code, list(same.json()["meta"]["errors"])) == (422, ["reschedule_activity_id"])
    moved = http.patch(url, json={"reschedule_activity_id": 12346})
    assert moved.json()["data"]["attributes"]["activity_id"] == 12346
    assert http.put(url, json=update).status_code == 404  # no longer in that Event


def test_reset_restores_the_seeds(server: MockServer, http: httpx.Client) -> None:
    http.delete(f"/locations/{MOCK_LOCATION_ID}/tags/241625")
    server.reset()
    assert len(http.get(f"/locations/{MOCK_LOCATION_ID}/tags").json()["data"]) == 2


def test_the_url_is_loopback_with_the_base_path(server: MockServer) -> None:
    assert server.url.startswith("http://127.0.0.1:")
    assert server.url.endswith(BASE_PATH)


def test_the_entry_script_serves_the_mock() -> None:
    """`python scripts/mock_server.py` (a thin entry to scripts/mock_api) prints its URL and serves."""
    script = pathlib.Path(__file__).resolve().parents[2] / "scripts" / "mock_server.py"
    process = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True)  # noqa: S603
    try:
        assert process.stdout is not None
        url = process.stdout.readline().strip()
        response = httpx.get(f"{url}/locations/{MOCK_LOCATION_ID}/tags", headers=HEADERS, timeout=10)
        assert response.status_code == 200
        assert response.json()["data"]
    finally:
        process.terminate()
        assert process.wait(timeout=10) == 0
