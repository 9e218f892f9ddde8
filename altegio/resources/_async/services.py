"""Services of a Location, their categories, and services as Team Members provide them."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Literal

from altegio_openapi.api.services import (
    get_service,
    list_attendance_service_suggestions,
    list_attendance_services,
    list_service_categories,
    list_services,
)
from altegio_openapi.api.services import list_composite_service_attendance_services as list_composite_services
from altegio_openapi.models import (
    GetServiceIncludeItem,
    ListAttendanceServicesFilterisAvailableForTimetable,
    ListAttendanceServicesFilterisComposite,
    ListAttendanceServicesFilterisMulti,
    ListAttendanceServiceSuggestionsIncludeItem,
    ListServicesIncludeItem,
)

from ... import _validation as v
from ..._constants import MAX_PAGE_SIZE
from ..._operations import APICall
from ..._pagination import AsyncPager
from ...models.services import AttendanceService, AttendanceServiceSuggestion, Service, ServiceCategory
from .._shared import AsyncAPIResource, include_items, item_parser, list_parser, location, once, optional, paged

ServiceInclude = Literal["resources", "service_composite", "resource_links", "company_links", "trial_settings"]
SuggestionInclude = Literal["attendance_service", "record", "appointment"]
_SERVICE_INCLUDES: tuple[str, ...] = ServiceInclude.__args__  # type: ignore[attr-defined]
_SUGGESTION_INCLUDES: tuple[str, ...] = SuggestionInclude.__args__  # type: ignore[attr-defined]
_SUGGESTION_ALIASES = {"appointment": "record"}  # `record` fills AttendanceServiceSuggestion.appointment
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
        """Categories that group the Location's services."""
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
        build = functools.partial(
            list_services.request_kwargs,
            location(location_id),
            filterservice_ids=None if service_ids is None else v.ids("service_ids", service_ids, allow_empty=False),
            include=include_items(ListServicesIncludeItem, include, _SERVICE_INCLUDES),
            limit=page_size,
        )
        fetch = paged(self._client._execute, list_services.OPERATION_ID, build, _parse_services)
        return AsyncPager(fetch, page_size=page_size, max_items=max_items, max_page_size=MAX_PAGE_SIZE)

    async def get(
        self, location_id: int, service_id: int, *, include: Sequence[ServiceInclude] | None = None
    ) -> Service:
        """One service; `include=` adds related resources to `Service.included`."""
        request = get_service.request_kwargs(
            location(location_id),
            v.positive_id("service_id", service_id),
            include=include_items(GetServiceIncludeItem, include, _SERVICE_INCLUDES),
        )
        return await self._client._execute(APICall(get_service.OPERATION_ID, request, _parse_service))


class AsyncServiceCategories(AsyncAPIResource):
    """Categories that group a Location's services."""

    def list(self, location_id: int, *, staff_id: int | None = None) -> AsyncPager[ServiceCategory]:
        """Service categories, optionally only those a Team Member provides services in."""
        request = list_service_categories.request_kwargs(
            location(location_id), filterstaff_id=None if staff_id is None else v.positive_id("staff_id", staff_id)
        )
        call = APICall(list_service_categories.OPERATION_ID, request, _parse_categories)
        return AsyncPager(once(self._client._execute, call))


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
        build = functools.partial(
            list_attendance_services.request_kwargs,
            location(location_id),
            staff_id=None if staff_id is None else v.positive_id("staff_id", staff_id),
            filtercategory_id=None if category_id is None else v.positive_id("category_id", category_id),
            filterservice_ids=None if service_ids is None else v.ids("service_ids", service_ids),
            filterterm=None if term is None else v.text("term", term, min_length=_TERM_MIN),
            filteris_available_for_timetable=optional(
                ListAttendanceServicesFilterisAvailableForTimetable,
                _flag("is_available_for_timetable", is_available_for_timetable),
            ),
            filteris_multi=optional(ListAttendanceServicesFilterisMulti, _flag("is_multi", is_multi)),
            filteris_composite=optional(ListAttendanceServicesFilterisComposite, _flag("is_composite", is_composite)),
            limit=page_size,
        )
        return AsyncPager(
            paged(self._client._execute, list_attendance_services.OPERATION_ID, build, _parse_attendance_services),
            page_size=page_size,
            max_items=max_items,
            max_page_size=MAX_PAGE_SIZE,
        )

    def list_composite(self, location_id: int, service_id: int) -> AsyncPager[AttendanceService]:
        """The services that make up a composite service, in order."""
        request = list_composite_services.request_kwargs(location(location_id), v.positive_id("service_id", service_id))
        call = APICall(list_composite_services.OPERATION_ID, request, _parse_attendance_services)
        return AsyncPager(once(self._client._execute, call))

    def suggestions(
        self,
        location_id: int,
        staff_id: int,
        *,
        client_id: int | None = None,
        include: Sequence[SuggestionInclude] | None = None,
    ) -> AsyncPager[AttendanceServiceSuggestion]:
        """Services worth offering when booking with a Team Member (and a Booking User);
        `include=` fills `.attendance_service` and `.appointment` (the wire's `record`, taken too)."""
        request = list_attendance_service_suggestions.request_kwargs(
            location(location_id),
            staff_id=v.positive_id("staff_id", staff_id),
            client_id=None if client_id is None else v.positive_id("client_id", client_id),
            include=include_items(
                ListAttendanceServiceSuggestionsIncludeItem, include, _SUGGESTION_INCLUDES, _SUGGESTION_ALIASES
            ),
        )
        call = APICall(list_attendance_service_suggestions.OPERATION_ID, request, _parse_suggestions)
        return AsyncPager(once(self._client._execute, call))
