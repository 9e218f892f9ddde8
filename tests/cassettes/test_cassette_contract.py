"""The recorded cassettes fit openapi.yaml, and hold no token and no personal data.

Cassettes are what the client is tested against; if one drifted from the spec (or from the
mock's answers), the tests would prove nothing. And they are committed, so the scrubbing
hooks of tests/cassettes/conftest.py are checked here as well, both on the files and on made-up input.
"""

from __future__ import annotations

import json
import os
import pathlib
import re
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import pytest
import vcr
import vcr.request
import yaml
from wire_contract import load_contract, validate_request, validate_response

from tests.cassettes.conftest import (
    AUTHORIZATION_PLACEHOLDER,
    FAKE_PARTNER_TOKEN,
    FAKE_USER_TOKEN,
    PERSONAL_FIELDS,
    REDACTED,
    match_json_body,
    match_query,
    placeholder,
    pytest_recording_configure,
)

CASSETTES = sorted((pathlib.Path(__file__).parent / "cassettes").rglob("*.yaml"))
BEARER_TOKEN = re.compile(r"Bearer [A-Za-z0-9]{12,}")


def cassette_id(path: pathlib.Path) -> str:
    return f"{path.parent.name}/{path.stem}"


def load(path: pathlib.Path) -> list[dict[str, Any]]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))["interactions"]


def headers_named(headers: dict[str, list[str]], name: str) -> list[str]:
    return [value for key, values in headers.items() if key.lower() == name for value in values]


def personal_values(node: Any, found: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """(field, value) for every non-empty personal string in a JSON value."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key in PERSONAL_FIELDS and isinstance(value, str) and value:
                found.append((key, value))
            else:
                personal_values(value, found)
    elif isinstance(node, list):
        for item in node:
            personal_values(item, found)
    return found


def json_bodies(interaction: dict[str, Any]) -> list[Any]:
    bodies = []
    for body in (interaction["request"]["body"], interaction["response"]["body"]["string"]):
        if body:
            bodies.append(json.loads(body))
    return bodies


# Every operation of openapi.yaml (the one list; the contract reads it from the spec).
COVERED = set(load_contract().operations)


def test_every_covered_operation_has_its_success_404_and_403_recorded() -> None:
    statuses: dict[str, set[int]] = {operation: set() for operation in COVERED}
    for path in CASSETTES:
        for interaction in load(path):
            request = interaction["request"]
            operation, _, _ = load_contract().match(request["method"], urlsplit(request["uri"]).path)
            assert operation is not None, path
            statuses.setdefault(operation.id, set()).add(interaction["response"]["status"]["code"])
    assert set(statuses) == COVERED
    for operation, seen in statuses.items():
        assert {403, 404} <= seen and any(200 <= status < 300 for status in seen), operation


@pytest.mark.parametrize("path", CASSETTES, ids=cassette_id)
def test_cassette_fits_the_spec(path: pathlib.Path) -> None:
    for number, interaction in enumerate(load(path)):
        request, response = interaction["request"], interaction["response"]
        url = urlsplit(request["uri"])
        query = parse_qsl(url.query, keep_blank_values=True)
        where = f"interaction {number}: {request['method']} {url.path}"
        assert validate_request(request["method"], url.path, query, request["headers"], request["body"]) == [], where
        problems = validate_response(
            request["method"], url.path, response["status"]["code"], response["headers"], response["body"]["string"]
        )
        assert problems == [], where


@pytest.mark.parametrize("path", CASSETTES, ids=cassette_id)
def test_cassette_holds_no_token(path: pathlib.Path) -> None:
    text = path.read_text(encoding="utf-8")
    tokens = [FAKE_PARTNER_TOKEN, FAKE_USER_TOKEN]
    tokens += [os.environ[name] for name in ("ALTEGIO_PARTNER_TOKEN", "ALTEGIO_USER_TOKEN") if os.environ.get(name)]
    assert [token for token in tokens if token in text] == []
    assert BEARER_TOKEN.search(text) is None
    for interaction in load(path):
        assert set(headers_named(interaction["request"]["headers"], "authorization")) <= {AUTHORIZATION_PLACEHOLDER}
        assert headers_named(interaction["request"]["headers"], "cookie") == []
        assert headers_named(interaction["response"]["headers"], "set-cookie") == []


@pytest.mark.parametrize("path", CASSETTES, ids=cassette_id)
def test_cassette_holds_no_personal_data(path: pathlib.Path) -> None:
    for interaction in load(path):
        for body in json_bodies(interaction):
            found = personal_values(body, [])
            assert [(key, value) for key, value in found if value != placeholder(key, value)] == []


def merged_config(vcr_config: dict[str, Any]) -> dict[str, Any]:
    """The configuration vcrpy derives from our vcr_config, with our matchers registered
    (`record_mode` left out: pytest-recording's "rewrite" is not a vcrpy mode)."""
    recorder = vcr.VCR()
    pytest_recording_configure(None, recorder)  # type: ignore[arg-type]
    return recorder.get_merged_config(**{key: value for key, value in vcr_config.items() if key != "record_mode"})


def test_scrubbing_a_request(vcr_config: dict[str, Any]) -> None:
    body = {
        "client": {"id": None, "name": "Anna", "surname": "Petrova", "patronymic": None, "phone": "79161234567"},
        "comer": {"name": "Ivan"},
        "clients_count": 2,
        "comment": "kept",
    }
    request = vcr.request.Request(
        "POST",
        "https://api.alteg.io/api/v2/locations/1/events/2/appointments",
        json.dumps(body).encode(),
        {
            "Authorization": "Bearer partnersecret1234567, User usersecret1234567",
            "Cookie": "session=abc",
            "Content-Type": "application/vnd.api.v2+json",
        },
    )

    scrubbed = merged_config(vcr_config)["before_record_request"](request)

    assert scrubbed.headers["authorization"] == AUTHORIZATION_PLACEHOLDER
    assert "cookie" not in {name.lower() for name in scrubbed.headers}
    assert json.loads(scrubbed.body) == {
        "client": {"id": None, "name": REDACTED, "surname": REDACTED, "patronymic": None, "phone": "0000000000"},
        "comer": {"name": REDACTED},
        "clients_count": 2,
        "comment": "kept",
    }
    assert b"secret" not in scrubbed.body
    assert json.loads(request.body)["client"]["name"] == "Anna"  # the live request is untouched


def test_scrubbing_a_response(vcr_config: dict[str, Any]) -> None:
    profile = {"phone": "+44 20 7946 0000", "passport_data": "AB123456", "name": "Anna Petrova", "gender": 2}
    appointment = {"client_fictive_email": "anna@example.org", "client_fictive_phone": "", "client_id": 5}
    body = {
        "data": [{"type": "record", "id": "1", "attributes": appointment}],
        "included": [{"type": "employee", "id": "7", "attributes": profile}],
    }
    raw = json.dumps(body).encode()
    response = {
        "status": {"code": 200, "message": "OK"},
        "headers": {
            "set-cookie": ["session=abc"],
            "Set-Cookie": ["other=def"],
            "content-type": ["application/json"],
            "content-length": [str(len(raw))],
        },
        "body": {"string": raw},
    }

    scrubbed = merged_config(vcr_config)["before_record_response"](response)

    assert set(scrubbed["headers"]) == {"content-type", "content-length"}
    data = json.loads(scrubbed["body"]["string"])
    assert data["data"][0]["attributes"] == {
        "client_fictive_email": "redacted@example.com",
        "client_fictive_phone": "",
        "client_id": 5,
    }
    assert data["included"][0]["attributes"] == {
        "phone": "0000000000",
        "passport_data": REDACTED,
        "name": REDACTED,
        "gender": 2,
    }
    assert scrubbed["headers"]["content-length"] == [str(len(scrubbed["body"]["string"]))]
    assert response["body"]["string"] == raw  # the live response is untouched


def test_a_birthday_keeps_its_format() -> None:
    assert placeholder("birthday", "1990-01-01") == "1970-01-01"
    assert placeholder("birthday", "1990-01-01T00:00:00") == "1970-01-01T00:00:00"


def test_matching_ignores_host_order_and_spacing() -> None:
    def request(uri: str, body: bytes = b"") -> vcr.request.Request:
        return vcr.request.Request("GET", uri, body, {})

    recorded = request("http://127.0.0.1:5000/api/v2/x?include=a&include=b&limit=1", b'{"a": 1, "b": [1, 2]}')
    live = request("https://api.alteg.io/api/v2/x?limit=1&include=b&include=a", b'{"b":[1,2],"a":1}')
    match_query(recorded, live)
    match_json_body(recorded, live)
    with pytest.raises(AssertionError):
        match_query(recorded, request("https://api.alteg.io/api/v2/x?limit=1&include=a"))
    with pytest.raises(AssertionError):
        match_json_body(recorded, request("https://x/api/v2/x", b'{"a": 1, "b": [2, 1]}'))
