"""Services, their categories, and attendance services through the public API, replayed from
cassettes recorded against the mock (its seeds: Services 100-102, Team Member 42)."""

from __future__ import annotations

from typing import Any

import pytest
from mock_server import MOCK_STAFF_ID

from altegio import (
    Appointment,
    AttendanceService,
    AttendanceServiceSuggestion,
    Resource,
    Service,
    ServiceCategory,
    SuggestionType,
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

SERVICES = {100: "Haircut", 101: "Beard Trim", 102: "Hair Colouring"}
COMPOSITE_ID = 13160812  # the composite Service of the spec's example
BOOKING_USER_ID = 500


def assert_service(service: Service, service_id: int) -> None:
    assert isinstance(service, Service)
    assert (service.id, service.title, service.category_id) == (service_id, SERVICES[service_id], 5)
    assert service.raw["type"] == "service"
    assert service.raw["id"] == str(service_id)


def assert_attendance_service(item: AttendanceService, location_id: int) -> None:
    assert isinstance(item, AttendanceService)
    assert isinstance(item.id, str) and item.id == item.raw["id"]
    assert isinstance(item.service_id, int) and isinstance(item.staff_id, int)
    assert item.location_id == location_id
    assert isinstance(item.is_composite, bool)
    assert isinstance(item.length, int) and isinstance(item.duration, int)
    assert isinstance(item.price_min, int | float) and isinstance(item.price_max, int | float)
    assert item.raw["type"] == "attendance_service"


async def test_list_services(client: Any, location_id: int) -> None:
    services = await collect(client.services.list(location_id))

    assert [service.id for service in services] == list(SERVICES)
    for service in services:
        assert_service(service, service.id)
        assert service.relationships == {} and service.included == {}


async def test_list_services_pages_until_a_short_page(client: Any, location_id: int, vcr: Any) -> None:
    services = await collect(client.services.list(location_id, page_size=2))

    assert [service.id for service in services] == list(SERVICES)
    queries = sent(vcr, "/services")
    assert [(query["page"], query["limit"]) for query in queries] == [(["1"], ["2"]), (["2"], ["2"])]


async def test_list_services_stops_at_max_items(client: Any, location_id: int, vcr: Any) -> None:
    services = await collect(client.services.list(location_id, page_size=2, max_items=2))

    assert [service.id for service in services] == [100, 101]
    assert [query["page"] for query in sent(vcr, "/services")] == [["1"]]


async def test_list_services_by_ids_with_included_resources(client: Any, location_id: int, vcr: Any) -> None:
    services = await collect(
        client.services.list(location_id, service_ids=[100, 102], include=["resources", "service_composite"])
    )

    assert [service.id for service in services] == [100, 102]
    for service in services:
        assert_service(service, service.id)
        assert service.relationships == {"resources": ("90",), "service_composite": ()}
        (room,) = service.included["resources"]
        assert isinstance(room, Resource)
        assert (room.type, room.id, room.attributes["title"]) == ("resource", "90", "Treatment Room")
    (query,) = sent(vcr, "/services")
    assert query["filter[service_ids][]"] == ["100", "102"]
    assert query["include"] == ["resources", "service_composite"]


async def test_get_service(client: Any, location_id: int, vcr: Any) -> None:
    service = await run(client.services.get(location_id, 101, include=["resources"]))

    assert_service(service, 101)
    assert [item.attributes["title"] for item in service.included["resources"]] == ["Treatment Room"]
    assert sent(vcr, "/services/101") == [{"include": ["resources"]}]


async def test_list_service_categories(client: Any, location_id: int, vcr: Any) -> None:
    categories = await collect(client.services.categories.list(location_id, staff_id=MOCK_STAFF_ID))

    assert categories
    for category in categories:
        assert isinstance(category, ServiceCategory)
        assert isinstance(category.id, int) and category.raw["id"] == str(category.id)
        assert isinstance(category.title, str) and isinstance(category.salon_service_id, int)
        assert category.raw["type"] == "service_category"
    assert sent(vcr, "/service_categories") == [{"filter[staff_id]": [str(MOCK_STAFF_ID)]}]


async def test_list_attendance_services(client: Any, location_id: int) -> None:
    items = await collect(client.attendance_services.list(location_id))

    assert len(items) == 4  # the spec's example and one per Service of Team Member 42
    for item in items:
        assert_attendance_service(item, location_id)
    assert [(item.service_id, item.title) for item in items if item.staff_id == MOCK_STAFF_ID] == list(SERVICES.items())


async def test_list_attendance_services_filtered(client: Any, location_id: int, vcr: Any) -> None:
    items = await collect(
        client.attendance_services.list(
            location_id,
            staff_id=MOCK_STAFF_ID,
            category_id=5,
            service_ids=[100, 101],
            term="Hair",
            is_available_for_timetable=True,
            is_composite=False,
        )
    )

    assert [(item.service_id, item.staff_id, item.is_composite) for item in items] == [(100, MOCK_STAFF_ID, False)]
    assert_attendance_service(items[0], location_id)
    (query,) = sent(vcr, "/attendance_services")
    assert query == {
        "staff_id": [str(MOCK_STAFF_ID)],
        "filter[category_id]": ["5"],
        "filter[service_ids][]": ["100", "101"],
        "filter[term]": ["Hair"],
        "filter[is_available_for_timetable]": ["1"],
        "filter[is_composite]": ["0"],
        "limit": ["250"],
        "page": ["1"],
    }


async def test_list_attendance_services_pages_until_a_short_page(client: Any, location_id: int, vcr: Any) -> None:
    items = await collect(client.attendance_services.list(location_id, staff_id=MOCK_STAFF_ID, page_size=2))

    assert [item.service_id for item in items] == list(SERVICES)
    queries = sent(vcr, "/attendance_services")
    assert [(query["page"], query["limit"]) for query in queries] == [(["1"], ["2"]), (["2"], ["2"])]


async def test_list_composite_service_attendance_services(client: Any, location_id: int) -> None:
    items = await collect(client.attendance_services.list_composite(location_id, COMPOSITE_ID))

    assert items
    for item in items:
        assert_attendance_service(item, location_id)
        assert item.composite_service_id == COMPOSITE_ID
        assert isinstance(item.composite_position, int)


async def test_list_attendance_service_suggestions(client: Any, location_id: int, vcr: Any) -> None:
    suggestions = await collect(
        client.attendance_services.suggestions(
            location_id, MOCK_STAFF_ID, client_id=BOOKING_USER_ID, include=["attendance_service", "record"]
        )
    )

    popular, last_visit = suggestions
    for suggestion in suggestions:
        assert isinstance(suggestion, AttendanceServiceSuggestion)
        assert suggestion.raw["type"] == "attendance_service_suggestion"
        assert isinstance(suggestion.attendance_service, AttendanceService)
        assert suggestion.attendance_service.service_id == suggestion.service_id
        assert suggestion.attendance_service.staff_id == MOCK_STAFF_ID
    assert (popular.service_id, popular.suggestion_type) == (100, SuggestionType.MASTER_POPULAR_SERVICE)
    assert (popular.appointment_id, popular.appointment) == (None, None)
    assert last_visit.suggestion_type is SuggestionType.LAST_CLIENT_VISIT_ATTENDANCE_SERVICE
    assert last_visit.appointment_id == 20002
    assert isinstance(last_visit.appointment, Appointment)
    assert last_visit.appointment.id == 20002
    (query,) = sent(vcr, "/attendance_service_suggestions")
    assert query == {
        "staff_id": [str(MOCK_STAFF_ID)],
        "client_id": [str(BOOKING_USER_ID)],
        "include": ["attendance_service", "record"],
    }


async def test_list_attendance_service_suggestions_without_include(client: Any, location_id: int) -> None:
    (suggestion,) = await collect(client.attendance_services.suggestions(location_id, MOCK_STAFF_ID))

    assert (suggestion.id, suggestion.service_id) == ("100", 100)
    assert suggestion.suggestion_type is SuggestionType.MASTER_POPULAR_SERVICE
    assert (suggestion.attendance_service, suggestion.appointment, suggestion.included) == (None, None, {})


CALLS = {
    "list_services": lambda client, location: client.services.list(location).to_list(),
    "get_service": lambda client, location: client.services.get(location, 100),
    "list_service_categories": lambda client, location: client.services.categories.list(location).to_list(),
    "list_attendance_services": lambda client, location: client.attendance_services.list(location).to_list(),
    "list_composite_service_attendance_services": lambda client, location: client.attendance_services.list_composite(
        location, COMPOSITE_ID
    ).to_list(),
    "list_attendance_service_suggestions": lambda client, location: client.attendance_services.suggestions(
        location, MOCK_STAFF_ID
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
        lambda client, location: client.services.get(location, UNKNOWN_ID),
        lambda client, location: client.attendance_services.list_composite(location, UNKNOWN_ID).to_list(),
    ],
    ids=["get_service", "list_composite_service_attendance_services"],
)
async def test_unknown_service_is_404(client: Any, location_id: int, call: Any) -> None:
    error = await expect_error(lambda: call(client, location_id), *NOT_FOUND)
    assert error.errors == {}


UNPROCESSABLE = {
    "staff": (
        lambda client, location: client.attendance_services.list(location, staff_id=UNKNOWN_ID).to_list(),
        {"staff_id": ["The selected Team Member is invalid"]},
    ),
    "category": (
        lambda client, location: client.attendance_services.list(location, category_id=UNKNOWN_ID).to_list(),
        {"filter[category_id]": ["The selected Service Category is invalid"]},
    ),
    "not-composite": (
        lambda client, location: client.attendance_services.list_composite(location, 100).to_list(),
        {"service_id": ["The Service is not a composite Service"]},
    ),
    "suggestions-staff": (
        lambda client, location: client.attendance_services.suggestions(location, UNKNOWN_ID).to_list(),
        {"staff_id": ["The selected Team Member is invalid"]},
    ),
    "suggestions-client": (
        lambda client, location: client.attendance_services.suggestions(
            location, MOCK_STAFF_ID, client_id=UNKNOWN_ID
        ).to_list(),
        {"client_id": ["The selected Booking User is invalid"]},
    ),
}


@pytest.mark.parametrize(("call", "errors"), UNPROCESSABLE.values(), ids=UNPROCESSABLE.keys())
async def test_unknown_references_are_422(
    client: Any, location_id: int, call: Any, errors: dict[str, list[str]]
) -> None:
    error = await expect_error(lambda: call(client, location_id), *INVALID_DATA)
    assert error.errors == errors


INVALID_INPUT = {
    "location": (lambda client: client.services.list(0), "location_id"),
    "empty-service-ids": (lambda client: client.services.list(68570, service_ids=[]), "service_ids"),
    "service-ids-string": (lambda client: client.services.list(68570, service_ids="100"), "service_ids"),
    "unknown-include": (lambda client: client.services.list(68570, include=["staff"]), "include"),
    "page-size": (lambda client: client.services.list(68570, page_size=251), "page_size"),
    "service-id": (lambda client: client.services.get(68570, "100"), "service_id"),
    "category-staff-id": (lambda client: client.services.categories.list(68570, staff_id=0), "staff_id"),
    "short-term": (lambda client: client.attendance_services.list(68570, term="ab"), "term"),
    "blank-term": (lambda client: client.attendance_services.list(68570, term="   "), "term"),
    "flag": (lambda client: client.attendance_services.list(68570, is_multi=1), "is_multi"),
    "composite-id": (lambda client: client.attendance_services.list_composite(68570, 0), "service_id"),
    "suggestion-staff": (lambda client: client.attendance_services.suggestions(68570, True), "staff_id"),
    "suggestion-client": (
        lambda client: client.attendance_services.suggestions(68570, 42, client_id=-1),
        "client_id",
    ),
    "suggestion-include": (
        lambda client: client.attendance_services.suggestions(68570, 42, include=["appointments"]),
        "include",
    ),
}


@pytest.mark.parametrize(("call", "argument"), INVALID_INPUT.values(), ids=INVALID_INPUT.keys())
async def test_bad_input_is_refused_before_sending(offline_client: Any, call: Any, argument: str) -> None:
    await expect_invalid(lambda: call(offline_client), argument)
