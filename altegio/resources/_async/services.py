"""Services of a Location, their categories, and services as Team Members provide them."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from ... import _validation as v
from ..._constants import MAX_PAGE_SIZE
from ..._operations import APICall
from ..._pagination import AsyncPager
from ...models.services import AttendanceService, AttendanceServiceSuggestion, Service, ServiceCategory
from .._shared import AsyncAPIResource, include_names, item_parser, list_parser, location, once, page_fetcher

ServiceInclude = Literal["resources", "service_composite", "resource_links", "company_links", "trial_settings"]
SuggestionInclude = Literal["attendance_service", "record"]
_SERVICE_INCLUDES: tuple[str, ...] = ServiceInclude.__args__  # type: ignore[attr-defined]
_SUGGESTION_INCLUDES: tuple[str, ...] = SuggestionInclude.__args__  # type: ignore[attr-defined]
_TERM_MIN = 3
_parse_service = item_parser(Service)
_parse_services = list_parser(Service)
_parse_categories = list_parser(ServiceCategory)
_parse_attendance_services = list_parser(AttendanceService)
_parse_suggestions = list_parser(AttendanceServiceSuggestion)


def _flag(name: str, value: object) -> int | None:
    return None if value is None else int(v.boolean(name, value))


class AsyncServices(AsyncAPIResource):
    """The services a Location offers."""

    @property
    def categories(self) -> AsyncServiceCategories:
        return AsyncServiceCategories(self._client)

    def list(
        self,
        location_id: int,
        *,
        service_ids: Sequence[int] | None = None,
        include: Sequence[ServiceInclude] | None = None,
        page_size: int = MAX_PAGE_SIZE,
        max_items: int | None = None,
    ) -> AsyncPager[Service]:
        """Services, page by page as you iterate; optionally only `service_ids`."""
        arguments = {
            "location_id": location(location_id),
            "filterservice_ids": None if service_ids is None else v.ids("service_ids", service_ids, allow_empty=False),
            "include": include_names(include, _SERVICE_INCLUDES),
            "limit": page_size,
        }
        fetch = page_fetcher(self._client._execute, APICall("list_services", arguments, _parse_services))
        return AsyncPager(fetch, page_size=page_size, max_items=max_items, max_page_size=MAX_PAGE_SIZE)

    async def get(
        self, location_id: int, service_id: int, *, include: Sequence[ServiceInclude] | None = None
    ) -> Service:
        arguments = {
            "location_id": location(location_id),
            "service_id": v.positive_id("service_id", service_id),
            "include": include_names(include, _SERVICE_INCLUDES),
        }
        return await self._client._execute(APICall("get_service", arguments, _parse_service))


class AsyncServiceCategories(AsyncAPIResource):
    """Categories that group a Location's services."""

    def list(self, location_id: int, *, staff_id: int | None = None) -> AsyncPager[ServiceCategory]:
        """Service categories, optionally only those a Team Member provides services in."""
        arguments = {
            "location_id": location(location_id),
            "filterstaff_id": None if staff_id is None else v.positive_id("staff_id", staff_id),
        }
        return AsyncPager(once(self._client._execute, APICall("list_service_categories", arguments, _parse_categories)))


class AsyncAttendanceServices(AsyncAPIResource):
    """Services as they are booked: per Team Member, with prices and durations."""

    def list(
        self,
        location_id: int,
        *,
        staff_id: int | None = None,
        category_id: int | None = None,
        service_ids: Sequence[int] | None = None,
        term: str | None = None,
        is_available_for_timetable: bool | None = None,
        is_multi: bool | None = None,
        is_composite: bool | None = None,
        page_size: int = MAX_PAGE_SIZE,
        max_items: int | None = None,
    ) -> AsyncPager[AttendanceService]:
        """Bookable services, filtered; `term` searches titles (at least 3 characters)."""
        arguments = {
            "location_id": location(location_id),
            "staff_id": None if staff_id is None else v.positive_id("staff_id", staff_id),
            "filtercategory_id": None if category_id is None else v.positive_id("category_id", category_id),
            "filterservice_ids": None if service_ids is None else v.ids("service_ids", service_ids),
            "filterterm": None if term is None else v.text("term", term, min_length=_TERM_MIN),
            "filteris_available_for_timetable": _flag("is_available_for_timetable", is_available_for_timetable),
            "filteris_multi": _flag("is_multi", is_multi),
            "filteris_composite": _flag("is_composite", is_composite),
            "limit": page_size,
        }
        call = APICall("list_attendance_services", arguments, _parse_attendance_services)
        return AsyncPager(
            page_fetcher(self._client._execute, call),
            page_size=page_size,
            max_items=max_items,
            max_page_size=MAX_PAGE_SIZE,
        )

    def list_composite(self, location_id: int, service_id: int) -> AsyncPager[AttendanceService]:
        """The services that make up a composite service, in order."""
        arguments = {"location_id": location(location_id), "service_id": v.positive_id("service_id", service_id)}
        call = APICall("list_composite_service_attendance_services", arguments, _parse_attendance_services)
        return AsyncPager(once(self._client._execute, call))

    def suggestions(
        self,
        location_id: int,
        staff_id: int,
        *,
        client_id: int | None = None,
        include: Sequence[SuggestionInclude] | None = None,
    ) -> AsyncPager[AttendanceServiceSuggestion]:
        """Services worth offering when booking with a Team Member (and a Booking User)."""
        arguments = {
            "location_id": location(location_id),
            "staff_id": v.positive_id("staff_id", staff_id),
            "client_id": None if client_id is None else v.positive_id("client_id", client_id),
            "include": include_names(include, _SUGGESTION_INCLUDES),
        }
        call = APICall("list_attendance_service_suggestions", arguments, _parse_suggestions)
        return AsyncPager(once(self._client._execute, call))
