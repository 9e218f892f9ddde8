"""Events and their appointments through the public API, replayed from cassettes.

Dates are fixed (cassettes match on the query and body), and in the future: the API refuses to
list Events from the past. Re-recording after June 2030 needs new dates.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from mock_server import MOCK_SERVICE_ID, MOCK_STAFF_ID

from altegio import AttendanceStatus, Event, EventAppointment, EventClient

from .helpers import (
    CONFLICT,
    INVALID_DATA,
    LOCATION_ERRORS,
    NOT_FOUND,
    UNKNOWN_ID,
    collect,
    expect_error,
    run,
)

pytestmark = pytest.mark.vcr

START = dt.datetime(2030, 6, 3, 10, 0)
LATER = dt.datetime(2030, 6, 3, 14, 0)
HOUR = dt.timedelta(hours=1)
COMMENT = "altegio-python test Event"
BOOKING_USER = EventClient(
    name="Test",
    surname="Booking User",
    phone="10000000000",
    email="booking.user@example.com",
    birthday=dt.date(1990, 1, 1),
)


@pytest.fixture
def make_event(client: Any, location_id: int, staff_id: int, service_id: int) -> Any:
    """create_event for the test's Team Member and Service. Tests delete what they create
    (`cleanup`), so that recording in production leaves nothing behind."""

    async def make(start: dt.datetime = START, capacity: int = 3, **options: Any) -> Event:
        return await run(
            client.events.create(location_id, staff_id, service_id, start, HOUR, capacity, comment=COMMENT, **options)
        )

    return make


async def cleanup(client: Any, location_id: int, *events: Event) -> None:
    for event in events:
        await run(client.events.delete(location_id, event.id))


def assert_event(event: Event, start: dt.datetime, staff_id: int, service_id: int) -> None:
    assert isinstance(event, Event)
    assert isinstance(event.id, int)
    assert event.date == start  # the Location's time, naive, as given
    assert event.utc_offset is not None  # the Location's offset, sent with the date
    assert event.timestamp == int((event.date - event.utc_offset).replace(tzinfo=dt.UTC).timestamp())
    assert (event.length, event.duration) == (3600, HOUR)
    assert (event.staff_id, event.service_id) == (staff_id, service_id)
    assert event.raw["type"] == "activity"


async def test_list_events(client: Any, location_id: int, staff_id: int, make_event: Any) -> None:
    first, second = await make_event(START), await make_event(LATER)

    events = await collect(
        client.events.list(location_id, START.date(), START + dt.timedelta(days=1), staff_ids=[staff_id])
    )

    assert [event.id for event in events if event.id in (first.id, second.id)] == [first.id, second.id]
    assert all(isinstance(event, Event) and event.staff_id == staff_id for event in events)
    await cleanup(client, location_id, first, second)


async def test_create_event(client: Any, location_id: int, staff_id: int, service_id: int, make_event: Any) -> None:
    event = await make_event(include=["staff", "service"])

    assert_event(event, START, staff_id, service_id)
    assert (event.capacity, event.clients_count, event.comment) == (3, 0, COMMENT)
    assert event.relationships["staff"] == (str(staff_id),)
    assert [staff.raw["id"] for staff in event.included["staff"]] == [str(staff_id)]
    await cleanup(client, location_id, event)


async def test_get_event(client: Any, location_id: int, staff_id: int, service_id: int, make_event: Any) -> None:
    created = await make_event()

    event = await run(client.events.get(location_id, created.id))

    assert_event(event, START, staff_id, service_id)
    assert event == created
    await cleanup(client, location_id, created)


async def test_update_event(client: Any, location_id: int, staff_id: int, service_id: int, make_event: Any) -> None:
    created = await make_event()

    event = await run(
        client.events.update(
            location_id, created.id, staff_id, service_id, LATER, 3600, 5, color="#00AA00", comment="Moved"
        )
    )

    assert_event(event, LATER, staff_id, service_id)
    assert (event.id, event.capacity, event.color, event.comment) == (created.id, 5, "#00aa00", "Moved")
    await cleanup(client, location_id, event)


async def test_delete_event(client: Any, location_id: int, make_event: Any) -> None:
    created = await make_event()

    assert await run(client.events.delete(location_id, created.id)) is None

    assert (await run(client.events.get(location_id, created.id))).id == created.id  # deleted Events stay readable
    listed = await collect(client.events.list(location_id, START.date(), START + dt.timedelta(days=1)))
    assert created.id not in [event.id for event in listed]


async def test_create_event_appointment(client: Any, location_id: int, staff_id: int, make_event: Any) -> None:
    event = await make_event()

    appointment = await run(client.events.appointments.create(location_id, event.id, BOOKING_USER, clients_count=2))

    assert isinstance(appointment, EventAppointment)
    assert isinstance(appointment.id, int)
    assert (appointment.event_id, appointment.location_id, appointment.staff_id) == (event.id, location_id, staff_id)
    assert isinstance(appointment.client_id, int)
    assert (appointment.clients_count, appointment.date) == (2, START)
    assert isinstance(appointment.attendance, AttendanceStatus)
    assert isinstance(appointment.created_at, dt.datetime)
    assert appointment.raw["type"] == "record"
    assert (await run(client.events.get(location_id, event.id))).clients_count == 2
    await cleanup(client, location_id, event)


async def test_update_event_appointment(client: Any, location_id: int, make_event: Any) -> None:
    event = await make_event()
    created = await run(client.events.appointments.create(location_id, event.id, BOOKING_USER))

    appointment = await run(
        client.events.appointments.update(
            location_id,
            event.id,
            created.id,
            cost_per_unit=50,
            discount_percent=10,
            manual_cost=45,
            comment="Paid at the desk",
            clients_count=2,
        )
    )

    assert isinstance(appointment, EventAppointment)
    assert (appointment.id, appointment.event_id) == (created.id, event.id)
    assert (appointment.comment, appointment.clients_count) == ("Paid at the desk", 2)
    await cleanup(client, location_id, event)


async def test_reschedule_event_appointment(client: Any, location_id: int, make_event: Any) -> None:
    source, target = await make_event(START), await make_event(LATER)
    created = await run(client.events.appointments.create(location_id, source.id, BOOKING_USER))

    appointment = await run(
        client.events.appointments.reschedule(location_id, source.id, created.id, target.id, comment="Moved")
    )

    assert isinstance(appointment, EventAppointment)
    assert (appointment.id, appointment.event_id, appointment.date) == (created.id, target.id, LATER)
    assert (await run(client.events.get(location_id, target.id))).clients_count == 1
    await cleanup(client, location_id, source, target)


UPDATE_PRICE = {"cost_per_unit": 50, "discount_percent": 0, "manual_cost": 50}
CALLS = {
    "list_events": lambda client, location: client.events.list(location, START, LATER).to_list(),
    "create_event": lambda client, location: client.events.create(
        location, MOCK_STAFF_ID, MOCK_SERVICE_ID, START, 3600, 3
    ),
    "get_event": lambda client, location: client.events.get(location, 1),
    "update_event": lambda client, location: client.events.update(
        location, 1, MOCK_STAFF_ID, MOCK_SERVICE_ID, START, 3600, 3
    ),
    "delete_event": lambda client, location: client.events.delete(location, 1),
    "create_event_appointment": lambda client, location: client.events.appointments.create(location, 1, BOOKING_USER),
    "update_event_appointment": lambda client, location: client.events.appointments.update(
        location, 1, 1, **UPDATE_PRICE
    ),
    "reschedule_event_appointment": lambda client, location: client.events.appointments.reschedule(location, 1, 1, 2),
}


@pytest.mark.parametrize("operation", CALLS)
@pytest.mark.parametrize(("location", "error", "status", "message"), LOCATION_ERRORS)
async def test_location_errors(
    client: Any, operation: str, location: int, error: type[Exception], status: int, message: str
) -> None:
    await expect_error(lambda: CALLS[operation](client, location), error, status, message)


UNKNOWN_EVENT_CALLS = {
    "get_event": lambda client, location, staff, service: client.events.get(location, UNKNOWN_ID),
    "update_event": lambda client, location, staff, service: client.events.update(
        location, UNKNOWN_ID, staff, service, START, 3600, 3
    ),
    "delete_event": lambda client, location, staff, service: client.events.delete(location, UNKNOWN_ID),
    "create_event_appointment": lambda client, location, staff, service: client.events.appointments.create(
        location, UNKNOWN_ID, BOOKING_USER
    ),
}


@pytest.mark.parametrize("operation", UNKNOWN_EVENT_CALLS)
async def test_unknown_event_is_404(
    client: Any, location_id: int, staff_id: int, service_id: int, operation: str
) -> None:
    await expect_error(lambda: UNKNOWN_EVENT_CALLS[operation](client, location_id, staff_id, service_id), *NOT_FOUND)


async def test_appointment_in_a_deleted_event_is_404(client: Any, location_id: int, make_event: Any) -> None:
    event = await make_event()
    await cleanup(client, location_id, event)

    await expect_error(lambda: client.events.appointments.create(location_id, event.id, BOOKING_USER), *NOT_FOUND)


@pytest.mark.parametrize(
    "call",
    [
        lambda client, location, event: client.events.appointments.update(location, event, UNKNOWN_ID, **UPDATE_PRICE),
        lambda client, location, event: client.events.appointments.reschedule(location, event, UNKNOWN_ID, event),
    ],
    ids=["update_event_appointment", "reschedule_event_appointment"],
)
async def test_unknown_appointment_is_404(client: Any, location_id: int, make_event: Any, call: Any) -> None:
    event = await make_event()

    await expect_error(lambda: call(client, location_id, event.id), *NOT_FOUND)

    await cleanup(client, location_id, event)


async def test_create_event_overlapping_is_409(client: Any, location_id: int, make_event: Any) -> None:
    event = await make_event()

    await expect_error(lambda: make_event(START + dt.timedelta(minutes=30)), *CONFLICT)

    forced = await make_event(START + dt.timedelta(minutes=30), force=True)
    await cleanup(client, location_id, event, forced)


async def test_update_event_overlapping_is_409(
    client: Any, location_id: int, staff_id: int, service_id: int, make_event: Any
) -> None:
    first, second = await make_event(START), await make_event(LATER)

    await expect_error(
        lambda: client.events.update(location_id, second.id, staff_id, service_id, START, 3600, 3), *CONFLICT
    )

    await cleanup(client, location_id, first, second)


PAST = dt.datetime(2020, 1, 1)


async def test_list_events_from_the_past_is_422(client: Any, location_id: int) -> None:
    error = await expect_error(lambda: client.events.list(location_id, PAST, START).to_list(), *INVALID_DATA)
    assert list(error.body["meta"]["errors"]) == ["filter[from]"]


async def test_list_events_422_names_the_bracketed_field(client: Any, location_id: int) -> None:
    error = await expect_error(lambda: client.events.list(location_id, PAST, START).to_list(), *INVALID_DATA)
    assert list(error.errors) == ["filter[from]"]


async def test_create_event_with_an_unknown_service_is_422(client: Any, location_id: int, staff_id: int) -> None:
    error = await expect_error(
        lambda: client.events.create(location_id, staff_id, UNKNOWN_ID, START, 3600, 3), *INVALID_DATA
    )
    assert list(error.errors) == ["service_id"]


async def test_update_event_with_an_unknown_service_is_422(
    client: Any, location_id: int, staff_id: int, make_event: Any
) -> None:
    event = await make_event()

    error = await expect_error(
        lambda: client.events.update(location_id, event.id, staff_id, UNKNOWN_ID, START, 3600, 3), *INVALID_DATA
    )

    assert list(error.errors) == ["service_id"]
    await cleanup(client, location_id, event)


async def test_create_event_appointment_beyond_capacity_is_422(client: Any, location_id: int, make_event: Any) -> None:
    event = await make_event(capacity=2)

    error = await expect_error(
        lambda: client.events.appointments.create(location_id, event.id, BOOKING_USER, clients_count=3), *INVALID_DATA
    )

    assert list(error.errors) == ["clients_count"]
    await cleanup(client, location_id, event)


async def test_update_event_appointment_beyond_capacity_is_422(client: Any, location_id: int, make_event: Any) -> None:
    event = await make_event(capacity=2)
    appointment = await run(client.events.appointments.create(location_id, event.id, BOOKING_USER))

    error = await expect_error(
        lambda: client.events.appointments.update(
            location_id, event.id, appointment.id, **UPDATE_PRICE, clients_count=3
        ),
        *INVALID_DATA,
    )

    assert list(error.errors) == ["clients_count"]
    await cleanup(client, location_id, event)


async def test_reschedule_event_appointment_into_the_same_event_is_422(
    client: Any, location_id: int, make_event: Any
) -> None:
    event = await make_event()
    appointment = await run(client.events.appointments.create(location_id, event.id, BOOKING_USER))

    error = await expect_error(
        lambda: client.events.appointments.reschedule(location_id, event.id, appointment.id, event.id), *INVALID_DATA
    )

    assert list(error.errors) == ["reschedule_activity_id"]
    await cleanup(client, location_id, event)
