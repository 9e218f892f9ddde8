"""Custom Fields through the public API, replayed from cassettes recorded against the mock (its
seeds: field 81 of Booking Users, a text; field 82 of Appointments, a list)."""

from __future__ import annotations

from typing import Any

import pytest

from altegio import CustomField, CustomFieldEntity, CustomFieldType, CustomFieldUiOption

from .helpers import INVALID_DATA, LOCATION_ERRORS, collect, expect_error, expect_invalid, sent

pytestmark = pytest.mark.vcr


def assert_field(field: CustomField) -> None:
    assert isinstance(field, CustomField)
    assert isinstance(field.id, int) and field.raw["id"] == str(field.id)
    assert field.raw["type"] == "custom_field"
    assert isinstance(field.entity, CustomFieldEntity)
    assert field.code == field.slug
    for flag in (field.show_in_ui, field.is_visible, field.user_can_edit, field.is_editable, field.is_required):
        assert isinstance(flag, bool)
    assert isinstance(field.weight, int)
    assert isinstance(field.values, tuple)


async def test_list_custom_fields(client: Any, location_id: int, vcr: Any) -> None:
    fields = await collect(client.custom_fields.list(location_id))

    assert [(field.id, field.entity) for field in fields] == [
        (81, CustomFieldEntity.CLIENT),
        (82, CustomFieldEntity.RECORD),
    ]
    for field in fields:
        assert_field(field)
        assert (field.field_type, field.ui_options) == (None, ())
    assert (fields[0].title, fields[0].values, fields[0].weight) == ("Preferred color", (), 10)
    assert (fields[1].title, fields[1].values, fields[1].weight) == ("Parking spot", ("Front", "Back"), 20)
    assert sent(vcr, "/custom_fields") == [{}]


async def test_list_booking_user_custom_fields_with_type_and_ui_options(
    client: Any, location_id: int, vcr: Any
) -> None:
    (field,) = await collect(
        client.custom_fields.list(location_id, entity="client", include=["custom_field_type", "ui_options"])
    )

    assert_field(field)
    assert (field.id, field.entity) == (81, CustomFieldEntity.CLIENT)
    assert isinstance(field.field_type, CustomFieldType)
    assert (field.field_type.id, field.field_type.slug, field.field_type.title) == ("text", "text", "Text")
    assert [(option.slug, option.value) for option in field.ui_options] == [
        ("show_in_online_booking", True),
        ("show_in_receipt", False),
    ]
    assert all(isinstance(option, CustomFieldUiOption) for option in field.ui_options)
    assert sent(vcr, "/custom_fields") == [
        {"filter[parent_entity_type]": ["client"], "include": ["custom_field_type", "ui_options"]}
    ]


async def test_list_appointment_custom_fields_with_type(client: Any, location_id: int, vcr: Any) -> None:
    (field,) = await collect(
        client.custom_fields.list(location_id, entity=CustomFieldEntity.RECORD, include=["custom_field_type"])
    )

    assert_field(field)
    assert (field.id, field.entity, field.values) == (82, CustomFieldEntity.RECORD, ("Front", "Back"))
    assert field.field_type is not None and field.field_type.slug == "list"
    assert field.ui_options == ()
    assert sent(vcr, "/custom_fields") == [{"filter[parent_entity_type]": ["record"], "include": ["custom_field_type"]}]


@pytest.mark.parametrize(("location", "error", "status", "message"), LOCATION_ERRORS)
async def test_location_errors(client: Any, location: int, error: type[Exception], status: int, message: str) -> None:
    await expect_error(lambda: client.custom_fields.list(location).to_list(), error, status, message)


async def test_ui_options_of_appointment_fields_are_422(client: Any, location_id: int) -> None:
    error = await expect_error(
        lambda: client.custom_fields.list(location_id, entity="record", include=["ui_options"]).to_list(), *INVALID_DATA
    )
    assert error.errors == {"include": ["UI options exist for Booking User Custom Fields only"]}


INVALID_INPUT = {
    "location": (lambda client: client.custom_fields.list("68570"), "location_id"),
    "entity": (lambda client: client.custom_fields.list(68570, entity="appointment"), "entity"),
    "entity-not-text": (lambda client: client.custom_fields.list(68570, entity=1), "entity"),
    "include": (lambda client: client.custom_fields.list(68570, include=["type"]), "include"),
    "include-not-a-list": (lambda client: client.custom_fields.list(68570, include=5), "include"),
}


@pytest.mark.parametrize(("call", "argument"), INVALID_INPUT.values(), ids=INVALID_INPUT.keys())
async def test_bad_input_is_refused_before_sending(offline_client: Any, call: Any, argument: str) -> None:
    await expect_invalid(lambda: call(offline_client), argument)


@pytest.mark.parametrize("entity", [["record"], {"record": 1}], ids=["list", "dict"])
async def test_an_unhashable_entity_is_refused_before_sending(offline_client: Any, entity: Any) -> None:
    await expect_invalid(lambda: offline_client.custom_fields.list(68570, entity=entity), "entity")
