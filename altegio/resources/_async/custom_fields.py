"""Custom Fields a Location defines for Appointments and Booking Users."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from altegio_openapi.api.custom_fields import list_custom_fields
from altegio_openapi.models import ListCustomFieldsFilterparentEntityType, ListCustomFieldsIncludeItem

from ... import _validation as v
from ..._errors import InvalidArgumentError
from ..._operations import APICall
from ..._pagination import AsyncPager
from ...models.custom_fields import CustomField, CustomFieldEntity
from .._shared import AsyncAPIResource, include_items, list_parser, location, once

CustomFieldInclude = Literal["custom_field_type", "field_type", "ui_options"]
_INCLUDES: tuple[str, ...] = CustomFieldInclude.__args__  # type: ignore[attr-defined]
_ALIASES = {"field_type": "custom_field_type"}  # `custom_field_type` fills CustomField.field_type
_parse_fields = list_parser(CustomField)


class AsyncCustomFields(AsyncAPIResource):
    """Custom Fields a Location defines for Appointments and Booking Users."""

    def list(
        self,
        location_id: int,
        *,
        entity: CustomFieldEntity | Literal["record", "client"] | None = None,
        include: Sequence[CustomFieldInclude] | None = None,
    ) -> AsyncPager[CustomField]:
        """Custom Fields, optionally only those of Appointments ("record") or Booking Users
        ("client"); `include=["field_type", "ui_options"]` fills `.field_type` and `.ui_options`
        (`field_type` is the wire's `custom_field_type`, taken too)."""
        if entity is not None and (not isinstance(entity, str) or entity not in CustomFieldEntity._value2member_map_):
            raise InvalidArgumentError("entity", f"must be 'record' or 'client', got {v.shown(entity)}")
        request = list_custom_fields.request_kwargs(
            location(location_id),
            filterparent_entity_type=None
            if entity is None
            else ListCustomFieldsFilterparentEntityType(CustomFieldEntity(entity).value),
            include=include_items(ListCustomFieldsIncludeItem, include, _INCLUDES, _ALIASES),
        )
        call = APICall(list_custom_fields.OPERATION_ID, request, _parse_fields)
        return AsyncPager(once(self._client._execute, call))
