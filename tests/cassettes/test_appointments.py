"""Appointments and resource occupations through the public API, replayed from cassettes recorded
against the mock. Its seeds: Appointments 20001 (10:00), 20002 (11:00) and 20003 (12:00) on
2030-01-15, an hour each, of Booking User 500 with Team Member 42; 20001 and 20002 share visit
30001; an Event appointment 12345 in Event 12345; occupations of resource 90 by 20001 and 20002.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from mock_server import MOCK_STAFF_ID

from altegio import (
    Appointment,
    AppointmentProductItem,
    AttendanceStatus,
    BookingUser,
    InvalidArgumentError,
    OccupationSource,
    ResourceOccupation,
    Service,
    TeamMember,
)

from .helpers import (
    INVALID_DATA,
    LOCATION_ERRORS,
    NOT_FOUND,
    UNKNOWN_ID,
    collect,
    expect_error,
    expect_invalid,
    run,
    sent,
)

pytestmark = pytest.mark.vcr

DAY = dt.date(2030, 1, 15)
NEXT_DAY = dt.date(2030, 1, 16)
SEEDS = {20001: dt.datetime(2030, 1, 15, 10), 20002: dt.datetime(2030, 1, 15, 11), 20003: dt.datetime(2030, 1, 15, 12)}
VISIT_ID = 30001
BOOKING_USER_ID = 500
EVENT_ID = 12345


def assert_appointment(appointment: Appointment, location_id: int) -> None:
    assert isinstance(appointment, Appointment)
    assert appointment.raw["type"] == "record" and appointment.raw["id"] == str(appointment.id)
    assert appointment.location_id == location_id
    assert (appointment.client_id, appointment.staff_id, appointment.clients_count) == (BOOKING_USER_ID, 42, 1)
    assert isinstance(appointment.date, dt.datetime) and appointment.date.tzinfo is None
    assert isinstance(appointment.created_at, dt.datetime)
    assert appointment.attendance is AttendanceStatus.WAITING
    assert (appointment.length, appointment.duration) == (3600, 3600)
    assert isinstance(appointment.timestamp, int)
    assert (appointment.is_paid, appointment.is_overpaid) == (False, False)


def assert_seed(appointment: Appointment, location_id: int) -> None:
    assert_appointment(appointment, location_id)
    assert appointment.date == SEEDS[appointment.id]
    assert appointment.created_at == dt.datetime(2030, 1, 10, 15, 30)
    assert appointment.event_id is None  # activity_id 0: no Event
    assert appointment.visit_id == (0 if appointment.id == 20003 else VISIT_ID)


async def test_list_appointments(client: Any, location_id: int, vcr: Any) -> None:
    appointments = await collect(client.appointments.list(location_id, start=DAY, end=DAY))

    assert [appointment.id for appointment in appointments] == list(SEEDS)
    for appointment in appointments:
        assert_seed(appointment, location_id)
        assert (appointment.relationships, appointment.included) == ({}, {})
    (query,) = sent(vcr, "/appointments")
    assert query["filter[date_intersect_from]"] == ["2030-01-15T00:00:00"]
    assert query["filter[date_intersect_to]"] == ["2030-01-15T23:59:59"]  # a date as the end: that whole day


async def test_list_appointments_overlapping_a_period(client: Any, location_id: int, vcr: Any) -> None:
    appointments = await collect(
        client.appointments.list(
            location_id, start=dt.datetime(2030, 1, 15, 10, 30), end=dt.datetime(2030, 1, 15, 11, 5)
        )
    )

    assert [appointment.id for appointment in appointments] == [20001, 20002]
    (query,) = sent(vcr, "/appointments")
    assert query["filter[date_intersect_from]"] == ["2030-01-15T10:30:00"]
    assert query["filter[date_intersect_to]"] == ["2030-01-15T11:05:00"]


async def test_list_appointments_pages_until_a_short_page(client: Any, location_id: int, vcr: Any) -> None:
    appointments = await collect(client.appointments.list(location_id, start=DAY, end=DAY, page_size=2))

    assert [appointment.id for appointment in appointments] == list(SEEDS)
    queries = sent(vcr, "/appointments")
    assert [(query["page"], query["limit"]) for query in queries] == [(["1"], ["2"]), (["2"], ["2"])]
    assert all(query["filter[date_intersect_from]"] == ["2030-01-15T00:00:00"] for query in queries)


async def test_list_appointments_with_included_resources(client: Any, location_id: int, vcr: Any) -> None:
    include = ["client", "staff", "services", "attendance_good_items"]
    appointments = await collect(
        client.appointments.list(location_id, client_id=BOOKING_USER_ID, start=DAY, end=DAY, include=include)
    )

    assert [appointment.id for appointment in appointments] == list(SEEDS)
    for appointment in appointments:
        assert_seed(appointment, location_id)
        (booking_user,) = appointment.included["client"]
        assert isinstance(booking_user, BookingUser)
        assert booking_user.id == BOOKING_USER_ID
        assert isinstance(booking_user.name, str) and isinstance(booking_user.birthday, dt.datetime)
        (staff,) = appointment.included["staff"]
        assert isinstance(staff, TeamMember) and staff.id == MOCK_STAFF_ID
        assert all(isinstance(service, Service) for service in appointment.included["services"])
        assert appointment.relationships["client"] == (str(BOOKING_USER_ID),)
    assert [[s.id for s in a.included["services"]] for a in appointments] == [[100], [101], [100, 102]]
    (item,) = appointments[0].included["attendance_good_items"]
    assert isinstance(item, AppointmentProductItem)
    assert (item.appointment_id, item.product_id) == (20001, 100)
    assert "attendance_good_items" not in appointments[1].included  # related to nothing
    assert appointments[1].relationships["attendance_good_items"] == ()
    (query,) = sent(vcr, "/appointments")
    assert query["include"] == include
    assert query["filter[client_id]"] == [str(BOOKING_USER_ID)]


async def test_list_appointments_of_an_event(client: Any, location_id: int, vcr: Any) -> None:
    (appointment,) = await collect(client.appointments.list(location_id, event_id=EVENT_ID))

    assert_appointment(appointment, location_id)
    assert (appointment.id, appointment.event_id) == (EVENT_ID, EVENT_ID)
    (query,) = sent(vcr, "/appointments")
    assert query["filter[activity_id]"] == [str(EVENT_ID)]
    assert "filter[date_intersect_from]" not in query


@pytest.mark.parametrize("attendance_id", ["record_20001", f"visit_{VISIT_ID}"])
async def test_list_attendance_appointments(client: Any, location_id: int, vcr: Any, attendance_id: str) -> None:
    appointments = await collect(
        client.appointments.list_for_attendance(location_id, attendance_id, include=["client", "staff"])
    )

    assert [appointment.id for appointment in appointments] == [20001, 20002]  # the visit of 20001
    for appointment in appointments:
        assert_seed(appointment, location_id)
        assert isinstance(appointment.included["client"][0], BookingUser)
        assert isinstance(appointment.included["staff"][0], TeamMember)
    assert sent(vcr, f"/attendances/{attendance_id}/appointments") == [{"include": ["client", "staff"]}]


async def test_list_attendance_appointments_of_a_single_appointment(client: Any, location_id: int) -> None:
    (appointment,) = await collect(client.appointments.list_for_attendance(location_id, "record_20003"))

    assert_seed(appointment, location_id)
    assert appointment.id == 20003


async def test_delete_appointment(client: Any, location_id: int) -> None:
    assert await run(client.appointments.delete(location_id, 20003)) is None

    listed = await collect(client.appointments.list(location_id, start=DAY, end=DAY))
    assert [appointment.id for appointment in listed] == [20001, 20002]
    await expect_error(lambda: client.appointments.delete(location_id, 20003), *NOT_FOUND)


async def test_delete_timetable_appointment(client: Any, location_id: int, vcr: Any) -> None:
    remaining = await run(client.appointments.delete_from_timetable(location_id, 20001, include=["staff"]))

    (appointment,) = remaining  # the rest of the visit
    assert_seed(appointment, location_id)
    assert appointment.id == 20002
    assert isinstance(appointment.included["staff"][0], TeamMember)
    listed = await collect(client.appointments.list_for_attendance(location_id, f"visit_{VISIT_ID}"))
    assert [appointment.id for appointment in listed] == [20002]
    (request,) = [r for r in vcr.requests if r.method == "POST"]
    assert request.uri.endswith("/timetable/appointments/delete?include=staff")
    assert sent(vcr, "/timetable/appointments/delete") == [{"include": ["staff"]}]


async def test_delete_timetable_appointment_without_a_visit(client: Any, location_id: int) -> None:
    assert await run(client.appointments.delete_from_timetable(location_id, 20003)) == []


async def test_list_resource_occupations(client: Any, location_id: int, vcr: Any) -> None:
    occupations = await collect(client.resource_occupations.list(location_id, DAY, DAY))

    assert [(o.source_id, o.resource_instance_id) for o in occupations] == [(20001, 901), (20002, 902)]
    for occupation in occupations:
        assert isinstance(occupation, ResourceOccupation)
        assert isinstance(occupation.id, str) and occupation.raw["type"] == "resource_occupation"
        assert occupation.source is OccupationSource.RECORD
        assert occupation.resource_id == 90
        assert occupation.start == SEEDS[occupation.source_id]
        assert occupation.end == occupation.start + dt.timedelta(hours=1)
    (query,) = sent(vcr, "/resource_occupations")
    assert query == {
        "filter[date_intersect_from_strict]": ["2030-01-15T00:00:00"],
        "filter[date_intersect_to_strict]": ["2030-01-15T23:59:59"],
    }


async def test_list_resource_occupations_of_services(client: Any, location_id: int, vcr: Any) -> None:
    start, end = dt.datetime(2030, 1, 15, 9), dt.datetime(2030, 1, 15, 18)

    by_one = await collect(client.resource_occupations.list(location_id, start, end, service_id=101))
    by_many = await collect(client.resource_occupations.list(location_id, start, end, service_ids=[100, 102]))

    assert [occupation.source_id for occupation in by_one] == [20002]
    assert [occupation.source_id for occupation in by_many] == [20001]
    first, second = sent(vcr, "/resource_occupations")
    assert (first["filter[service_id]"], second["filter[service_ids][]"]) == (["101"], ["100", "102"])
    assert first["filter[date_intersect_from_strict]"] == ["2030-01-15T09:00:00"]
    assert first["filter[date_intersect_to_strict]"] == ["2030-01-15T18:00:00"]


CALLS = {
    "list_attendance_appointments": lambda client, location: client.appointments.list_for_attendance(
        location, "record_20001"
    ).to_list(),
    "list_appointments": lambda client, location: client.appointments.list(location).to_list(),
    "delete_appointment": lambda client, location: client.appointments.delete(location, 20003),
    "delete_timetable_appointment": lambda client, location: client.appointments.delete_from_timetable(location, 20003),
    "list_resource_occupations": lambda client, location: client.resource_occupations.list(
        location, DAY, DAY
    ).to_list(),
}


@pytest.mark.parametrize("operation", CALLS)
@pytest.mark.parametrize(("location", "error", "status", "message"), LOCATION_ERRORS)
async def test_location_errors(
    client: Any, operation: str, location: int, error: type[Exception], status: int, message: str
) -> None:
    await expect_error(lambda: CALLS[operation](client, location), error, status, message)


@pytest.mark.parametrize(
    "call",
    [
        lambda client, location: client.appointments.list_for_attendance(location, f"record_{UNKNOWN_ID}").to_list(),
        lambda client, location: client.appointments.list_for_attendance(location, "visit_404").to_list(),
        lambda client, location: client.appointments.delete(location, UNKNOWN_ID),
    ],
    ids=["list_attendance_appointments", "list_attendance_appointments-visit", "delete_appointment"],
)
async def test_unknown_appointment_is_404(client: Any, location_id: int, call: Any) -> None:
    error = await expect_error(lambda: call(client, location_id), *NOT_FOUND)
    assert error.errors == {}


UNPROCESSABLE = {
    "attendance-zero": (
        lambda client, location: client.appointments.list_for_attendance(location, "record_0").to_list(),
        {"attendance_id": ["The attendance identifier is not valid"]},
    ),
    "unknown-client": (
        lambda client, location: client.appointments.list(location, client_id=UNKNOWN_ID).to_list(),
        {"filter[client_id]": ["The selected Booking User is invalid"]},
    ),
    "unknown-event": (
        lambda client, location: client.appointments.list(location, event_id=UNKNOWN_ID).to_list(),
        {"filter[activity_id]": ["The selected Event is invalid"]},
    ),
    "timetable-unknown": (
        lambda client, location: client.appointments.delete_from_timetable(location, UNKNOWN_ID),
        {"recordId": ["The selected Appointment is invalid"]},
    ),
    "occupations-unknown-service": (
        lambda client, location: client.resource_occupations.list(location, DAY, DAY, service_id=UNKNOWN_ID).to_list(),
        {"filter[service_id]": ["The selected Service is invalid"]},
    ),
}


@pytest.mark.parametrize(("call", "errors"), UNPROCESSABLE.values(), ids=UNPROCESSABLE.keys())
async def test_invalid_data_is_422(client: Any, location_id: int, call: Any, errors: dict[str, list[str]]) -> None:
    error = await expect_error(lambda: call(client, location_id), *INVALID_DATA)
    assert error.errors == errors


async def test_delete_timetable_appointment_twice_is_422(client: Any, location_id: int) -> None:
    await run(client.appointments.delete_from_timetable(location_id, 20003))

    error = await expect_error(lambda: client.appointments.delete_from_timetable(location_id, 20003), *INVALID_DATA)

    assert error.errors == {"recordId": ["The selected Appointment is invalid"]}


AWARE = dt.datetime(2030, 1, 15, 10, tzinfo=dt.UTC)
INVALID_INPUT = {
    "attendance-id-word": (lambda client: client.appointments.list_for_attendance(68570, "abc"), "attendance_id"),
    "attendance-id-no-number": (
        lambda client: client.appointments.list_for_attendance(68570, "record_"),
        "attendance_id",
    ),
    "attendance-id-prefix": (
        lambda client: client.appointments.list_for_attendance(68570, "appointment_1"),
        "attendance_id",
    ),
    "attendance-id-int": (lambda client: client.appointments.list_for_attendance(68570, 20001), "attendance_id"),
    "attendance-include": (
        lambda client: client.appointments.list_for_attendance(68570, "record_1", include=["booking_user"]),
        "include",
    ),
    "start-after-end": (lambda client: client.appointments.list(68570, start=NEXT_DAY, end=DAY), "end"),
    "aware-start": (lambda client: client.appointments.list(68570, start=AWARE, end=NEXT_DAY), "start"),
    "start-string": (lambda client: client.appointments.list(68570, start="2030-01-15", end=NEXT_DAY), "start"),
    "client-id": (lambda client: client.appointments.list(68570, client_id=0), "client_id"),
    "event-id": (lambda client: client.appointments.list(68570, event_id="12345"), "event_id"),
    "list-include": (lambda client: client.appointments.list(68570, include=["client", "master"]), "include"),
    "page-size": (lambda client: client.appointments.list(68570, page_size=1000), "page_size"),
    "delete-id": (lambda client: client.appointments.delete(68570, 0), "appointment_id"),
    "timetable-id": (lambda client: client.appointments.delete_from_timetable(68570, "20001"), "appointment_id"),
    "occupations-order": (lambda client: client.resource_occupations.list(68570, NEXT_DAY, DAY), "end"),
    "occupations-aware": (lambda client: client.resource_occupations.list(68570, DAY, AWARE), "end"),
    "occupations-service": (
        lambda client: client.resource_occupations.list(68570, DAY, NEXT_DAY, service_ids=[100, 0]),
        "service_ids[1]",
    ),
}


@pytest.mark.parametrize(("call", "argument"), INVALID_INPUT.values(), ids=INVALID_INPUT.keys())
async def test_bad_input_is_refused_before_sending(offline_client: Any, call: Any, argument: str) -> None:
    await expect_invalid(lambda: call(offline_client), argument)


@pytest.mark.parametrize("period", [{"start": DAY}, {"end": NEXT_DAY}], ids=["start-only", "end-only"])
async def test_half_a_date_range_is_refused_before_sending(offline_client: Any, period: dict[str, Any]) -> None:
    with pytest.raises(InvalidArgumentError):
        offline_client.appointments.list(68570, **period)


async def test_an_empty_date_range_is_refused_before_sending(offline_client: Any) -> None:
    """Midnight to midnight is empty; the dates `start=DAY, end=DAY` are the whole day (above)."""
    midnight = dt.datetime.combine(DAY, dt.time())
    with pytest.raises(InvalidArgumentError):
        offline_client.appointments.list(68570, start=midnight, end=midnight)
