"""Booking Users and their attendance statistics through the public API, replayed from cassettes
recorded against the mock. The mock's Booking User has made-up personal data; the cassettes must
hold none of it (checked last, on the recorded files)."""

from __future__ import annotations

import datetime as dt
import json
import pathlib
from typing import Any

import pytest
import yaml
from mock_server import MOCK_OTHER_CHAIN_CLIENT_ID

from altegio import AttendanceStatistics, BookingUser, Deposit, Gender, Tag, TagEntity
from tests.cassettes.conftest import BOOKING_USER_FIELDS, PERSONAL_FIELDS, REDACTED, placeholder, scrub_json

from .helpers import (
    INVALID_DATA,
    LOCATION_ERRORS,
    NOT_FOUND,
    UNKNOWN_ID,
    expect_error,
    expect_invalid,
    run,
    sent,
)

pytestmark = pytest.mark.vcr

BOOKING_USER_ID = 500
CHAIN_ID = 706028  # the chain of the spec's example
LAST_ATTENDANCE = dt.datetime(2026, 7, 15, 16, 30)
PERSONAL = ("name", "surname", "patronymic", "phone", "additional_phone", "email", "birthday", "card_number", "comment")
CASSETTES = pathlib.Path(__file__).parent / "cassettes"


def assert_statistics(statistics: AttendanceStatistics, resource_id: str) -> None:
    assert isinstance(statistics, AttendanceStatistics)
    assert statistics.id == resource_id == statistics.raw["id"]
    assert isinstance(statistics.successful_attendances_count, int)
    assert isinstance(statistics.failed_attendances_count, int)
    for amount in (statistics.balance_amount, statistics.spent_amount, statistics.paid_amount):
        assert isinstance(amount, int | float)
    assert statistics.last_successful_attendance == LAST_ATTENDANCE
    (deposit,) = statistics.deposits
    assert isinstance(deposit, Deposit)
    assert (deposit.id, deposit.title) == ("7", "Gift deposit")
    assert (deposit.balance, deposit.reserved_balance, deposit.available_balance) == (100, 25.5, 74.5)
    assert deposit.raw["type"] == "timetable_deposit"


async def test_get_attendance_booking_user(client: Any, location_id: int, vcr: Any) -> None:
    booking_user = await run(client.booking_users.get(location_id, BOOKING_USER_ID))

    assert isinstance(booking_user, BookingUser)
    assert booking_user.id == BOOKING_USER_ID
    assert booking_user.raw["type"] == "client" and booking_user.raw["id"] == str(BOOKING_USER_ID)
    for field in ("name", "surname", "phone", "email", "comment", "card_number"):
        assert isinstance(getattr(booking_user, field), str)  # scrubbed in cassettes: personal data
    assert isinstance(booking_user.birthday, dt.datetime)
    assert booking_user.gender is Gender.FEMALE
    assert (booking_user.client_tips, booking_user.discount, booking_user.discount_percent) == (True, 0, 5)
    assert (booking_user.relationships, booking_user.included) == ({}, {})
    assert booking_user.name not in repr(booking_user)  # personal fields stay out of repr()
    assert sent(vcr, f"/attendance/clients/{BOOKING_USER_ID}") == [{}]


async def test_get_attendance_booking_user_with_labels(client: Any, location_id: int, vcr: Any) -> None:
    booking_user = await run(client.booking_users.get(location_id, BOOKING_USER_ID, include=["labels"]))

    labels = booking_user.included["labels"]
    assert [label.title for label in labels] == ["VIP Booking User", "Regular Booking User"]
    assert all(isinstance(label, Tag) and label.entity is TagEntity.CLIENT for label in labels)
    assert booking_user.relationships["labels"] == tuple(str(label.id) for label in labels)
    assert sent(vcr, f"/attendance/clients/{BOOKING_USER_ID}") == [{"include": ["labels"]}]


async def test_get_booking_user_location_attendance_statistics(client: Any, location_id: int) -> None:
    statistics = await run(client.booking_users.location_statistics(location_id, BOOKING_USER_ID))

    assert_statistics(statistics, f"{BOOKING_USER_ID}_{location_id}")
    assert statistics.location_id == location_id
    assert (statistics.successful_attendances_count, statistics.failed_attendances_count) == (12, 1)
    assert (statistics.balance_amount, statistics.spent_amount, statistics.paid_amount) == (40, 520, 560)
    assert statistics.raw["type"] == "client_attendances_statistic"


async def test_get_booking_user_chain_attendance_statistics(client: Any, location_id: int) -> None:
    statistics = await run(client.booking_users.chain_statistics(location_id, BOOKING_USER_ID, CHAIN_ID))

    assert_statistics(statistics, f"{BOOKING_USER_ID}_{CHAIN_ID}")
    assert statistics.location_id is None
    assert (statistics.successful_attendances_count, statistics.spent_amount) == (20, 880)
    assert statistics.raw["type"] == "client_chain_attendances_statistic"
    assert statistics.raw["attributes"]["chain_id"] == CHAIN_ID


CALLS = {
    "get_attendance_booking_user": lambda client, location, user: client.booking_users.get(location, user),
    "get_booking_user_location_attendance_statistics": lambda client, location, user: (
        client.booking_users.location_statistics(location, user)
    ),
    "get_booking_user_chain_attendance_statistics": lambda client, location, user: (
        client.booking_users.chain_statistics(location, user, CHAIN_ID)
    ),
}


@pytest.mark.parametrize("operation", CALLS)
@pytest.mark.parametrize(("location", "error", "status", "message"), LOCATION_ERRORS)
async def test_location_errors(
    client: Any, operation: str, location: int, error: type[Exception], status: int, message: str
) -> None:
    await expect_error(lambda: CALLS[operation](client, location, BOOKING_USER_ID), error, status, message)


@pytest.mark.parametrize("operation", CALLS)
async def test_unknown_booking_user_is_404(client: Any, location_id: int, operation: str) -> None:
    error = await expect_error(lambda: CALLS[operation](client, location_id, UNKNOWN_ID), *NOT_FOUND)
    assert error.errors == {}


async def test_unknown_chain_is_404(client: Any, location_id: int) -> None:
    await expect_error(
        lambda: client.booking_users.chain_statistics(location_id, BOOKING_USER_ID, UNKNOWN_ID), *NOT_FOUND
    )


@pytest.mark.parametrize("operation", CALLS)
async def test_booking_user_of_another_chain_is_422(client: Any, location_id: int, operation: str) -> None:
    error = await expect_error(lambda: CALLS[operation](client, location_id, MOCK_OTHER_CHAIN_CLIENT_ID), *INVALID_DATA)
    assert error.errors == {"client_id": ["The Booking User is not a client of this Location"]}


INVALID_INPUT = {
    "location": (lambda client: client.booking_users.get(-1, 500), "location_id"),
    "id-string": (lambda client: client.booking_users.get(68570, "500"), "booking_user_id"),
    "id-bool": (lambda client: client.booking_users.get(68570, True), "booking_user_id"),
    "include": (lambda client: client.booking_users.get(68570, 500, include=["tags"]), "include"),
    "statistics-id": (lambda client: client.booking_users.location_statistics(68570, 0), "booking_user_id"),
    "chain-statistics-id": (lambda client: client.booking_users.chain_statistics(68570, 0, 1), "booking_user_id"),
    "chain-id": (lambda client: client.booking_users.chain_statistics(68570, 500, 0), "chain_id"),
}


@pytest.mark.parametrize(("call", "argument"), INVALID_INPUT.values(), ids=INVALID_INPUT.keys())
async def test_bad_input_is_refused_before_sending(offline_client: Any, call: Any, argument: str) -> None:
    await expect_invalid(lambda: call(offline_client), argument)


def test_scrubbing_covers_every_personal_field_of_a_booking_user() -> None:
    attributes = {
        "name": "Anna",
        "surname": "Lindqvist",
        "patronymic": "Maria",
        "phone": "+10000000001",
        "additional_phone": "+10000000002",
        "email": "anna@example.org",
        "birthday": "1990-05-17T00:00:00",
        "card_number": "5555-0001",
        "comment": "Prefers mornings",
        "gender": 2,
    }
    appointment = {"type": "record", "id": "1", "attributes": {"comment": "Bring the voucher", "client_id": 500}}
    body = {"data": appointment, "included": [{"type": "client", "id": "500", "attributes": attributes}]}

    scrubbed = scrub_json(body)

    assert set(PERSONAL) <= set(PERSONAL_FIELDS) | set(BOOKING_USER_FIELDS)
    assert scrubbed["included"][0]["attributes"] == {
        **{field: placeholder(field, attributes[field]) for field in PERSONAL},
        "gender": 2,
    }
    assert scrubbed["included"][0]["attributes"]["comment"] == REDACTED
    assert scrubbed["included"][0]["attributes"]["birthday"] == "1970-01-01T00:00:00"
    assert scrubbed["data"] == appointment  # an Appointment's comment is no personal data
    request = scrub_json({"client": {"name": "Anna", "comment": "Allergic to latex"}, "comment": "kept"})
    assert request == {"client": {"name": REDACTED, "comment": REDACTED}, "comment": "kept"}


def booking_users_in(node: Any) -> list[dict[str, Any]]:
    """The attributes of every `client` resource in a JSON value."""
    found = []
    if isinstance(node, dict):
        if node.get("type") == "client" and isinstance(node.get("attributes"), dict):
            found.append(node["attributes"])
        for value in node.values():
            found += booking_users_in(value)
    elif isinstance(node, list):
        for item in node:
            found += booking_users_in(item)
    return found


def test_recorded_booking_users_hold_no_personal_data() -> None:
    """Over the recorded files (run after the recordings above): every Booking User resource has
    placeholders, or empty values, in each of its personal fields, the comment included."""
    seen = 0
    for path in sorted(CASSETTES.rglob("*.yaml")):
        for interaction in yaml.safe_load(path.read_text(encoding="utf-8"))["interactions"]:
            body = interaction["response"]["body"]["string"]
            for attributes in booking_users_in(json.loads(body) if body else None):
                seen += 1
                for field in PERSONAL:
                    value = attributes.get(field)
                    assert value in (None, "") or value == placeholder(field, value), (path.name, field)
    assert seen > 0
