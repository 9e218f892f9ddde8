"""Parsing success bodies: the edge cases of NOTES.md (meta [] vs {}, 204, null fields,
unknown enum values, extra fields, PHP zero dates) and included resources."""

from __future__ import annotations

import copy
import datetime as dt
import json

import httpx
import pytest

import altegio
from altegio import TagEntity

from .conftest import TAG_RESOURCE, json_response


@pytest.mark.parametrize("meta", [[], {}, None, {"extra": 1}])
def test_item_parses_whatever_meta_is(make_client, meta: object) -> None:  # type: ignore[no-untyped-def]
    body = {"data": TAG_RESOURCE} if meta is None else {"data": TAG_RESOURCE, "meta": meta}
    client, _ = make_client(lambda r: json_response(200, body))
    tag = client.tags.get(68570, 241625)
    assert tag == altegio.Tag(
        id=241625,
        location_id=68570,
        title="VIP Booking User",
        color="#ff2828",
        entity=TagEntity.CLIENT,
        is_deleted=False,
        is_editable=True,
        font_color="#ffffff",
        icon="star",
    )
    assert tag.raw["attributes"]["title"] == "VIP Booking User"


def test_unknown_enum_values_and_extra_fields_are_kept(make_client) -> None:  # type: ignore[no-untyped-def]
    resource = copy.deepcopy(TAG_RESOURCE)
    resource["attributes"]["entity_type"] = "brand_new"
    resource["attributes"]["sparkle"] = True
    client, _ = make_client(lambda r: json_response(200, {"data": [resource], "meta": {"x": 1}}))
    (tag,) = client.tags.list(68570)
    assert tag.entity == "brand_new"
    assert tag.raw["attributes"]["sparkle"] is True


def test_null_optional_fields_become_none(make_client) -> None:  # type: ignore[no-untyped-def]
    resource = copy.deepcopy(TAG_RESOURCE)
    resource["attributes"].update(font_color=None, icon=None)
    client, _ = make_client(lambda r: json_response(200, {"data": resource}))
    tag = client.tags.get(1, 2)
    assert tag.font_color is None and tag.icon is None


def test_deprecated_numeric_entity_is_a_fallback(make_client) -> None:  # type: ignore[no-untyped-def]
    resource = copy.deepcopy(TAG_RESOURCE)
    del resource["attributes"]["entity_type"]
    resource["attributes"]["entity"] = 2
    client, _ = make_client(lambda r: json_response(200, {"data": resource}))
    assert client.tags.get(1, 2).entity is TagEntity.RECORD


@pytest.mark.parametrize(
    "body",
    [
        {"data": None},
        {"data": {"type": "tag", "id": "x1", "attributes": TAG_RESOURCE["attributes"]}},
        {"data": {"type": "tag", "id": "1"}},
        {"data": {"type": "tag", "id": "1", "attributes": {"title": "no other fields"}}},
        {"data": {"type": "tag", "id": "1", "attributes": {**TAG_RESOURCE["attributes"], "is_deleted": "no"}}},
        [],
        "text",
    ],
)
def test_a_2xx_body_that_does_not_fit_is_a_validation_error(make_client, body: object) -> None:  # type: ignore[no-untyped-def]
    client, _ = make_client(lambda r: json_response(200, body))
    with pytest.raises(altegio.APIResponseValidationError) as caught:
        client.tags.get(1, 2)
    assert caught.value.status_code == 200
    assert caught.value.body == json.dumps(body)


@pytest.mark.parametrize("content", [b"", b'{"data": {', b"<html>oops</html>"])
def test_empty_truncated_or_html_2xx_is_a_validation_error(make_client, content: bytes) -> None:  # type: ignore[no-untyped-def]
    client, _ = make_client(lambda r: httpx.Response(200, content=content))
    with pytest.raises(altegio.APIResponseValidationError) as caught:
        client.tags.get(1, 2)
    assert caught.value.body == content.decode()


@pytest.mark.parametrize("content", [b"", b"   ", b"{}"])
def test_204_operations_accept_an_empty_or_trivial_body(make_client, content: bytes) -> None:  # type: ignore[no-untyped-def]
    client, _ = make_client(lambda r: httpx.Response(204 if not content.strip() else 200, content=content))
    assert client.tags.delete(1, 2) is None


EVENT = {
    "type": "activity",
    "id": "501",
    "attributes": {
        "master_id": 7,
        "staff_id": 7,
        "service_id": 9,
        "timestamp": 1785564000,
        "length": 3600,
        "capacity": 10,
        "clients_count": 2,
        "color": "#aabbcc",
        "instructions": "",
        "stream_link": "",
        "font_color": "#000000",
        "notified": False,
        "comment": None,
        "schedule_id": None,
        "schedule_till": {"date": "2026-09-01 00:00:00.000000", "timezone_type": 3, "timezone": "Europe/Berlin"},
        "schedule_event_modified": None,
        "date": "2026-08-01T09:00:00+0300",
    },
    "relationships": {
        "labels": {"data": [{"type": "label", "id": "3"}]},
        "staff": {"data": {"type": "staff", "id": "7"}},
    },
}


def test_event_dates_durations_and_included_resources(make_client) -> None:  # type: ignore[no-untyped-def]
    body = {"data": EVENT, "included": [{"type": "label", "id": "3", "attributes": {"title": "Yoga"}}], "meta": []}
    client, _ = make_client(lambda r: json_response(200, body))
    event = client.events.get(1, 501, include=["labels", "staff"])
    assert event.date == dt.datetime(2026, 8, 1, 9, 0)  # the Location's time, as sent
    assert event.utc_offset == dt.timedelta(hours=3)
    assert event.duration == dt.timedelta(hours=1)
    assert (event.schedule_till, event.schedule_till_timezone) == (dt.datetime(2026, 9, 1), "Europe/Berlin")
    assert event.relationships == {"labels": ("3",), "staff": ("7",)}
    (label,) = event.included["labels"]
    assert label.type == "label" and label.attributes["title"] == "Yoga"
    assert "staff" not in event.included  # named but not sent


def test_php_zero_dates_become_none(make_client) -> None:  # type: ignore[no-untyped-def]
    member = {
        "type": "staff",
        "id": "42",
        "attributes": {
            "name": "Ann",
            "tt_markup": 15,
            "specialization": "",
            "image": "",
            "position_id": 5,
            "is_available_as_assistant": False,
        },
        "relationships": {
            "position": {"data": {"type": "staff_position", "id": "5"}},
            "employee": {"data": {"type": "employee", "id": "8"}},
        },
    }
    employee = {
        "type": "employee",
        "id": "8",
        "attributes": {
            "phone": "79000000000",
            "name": "Ann",
            "date_admission": "0000-00-00T00:00:00",
            "date_registration_end": None,
            "gender": 2,
        },
    }
    position = {"type": "staff_position", "id": "5", "attributes": {"title": "Stylist"}}
    client, _ = make_client(lambda r: json_response(200, {"data": [member], "included": [position, employee]}))
    (found,) = client.team_members.list(1, include=["position", "employee"])
    assert found.position == altegio.StaffPosition(id=5, title="Stylist")
    assert found.employee is not None
    assert found.employee.date_admission is None
    assert found.employee.gender is altegio.Gender.FEMALE
    assert "79000000000" not in repr(found)  # personal data stays out of repr
