"""Bad input never reaches the wire: each case raises InvalidArgumentError naming the argument,
and the transport sees no request."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import httpx
import pytest

import altegio
from altegio import AppointmentProduct, EventClient, TagEntity

from .conftest import TAG_RESOURCE, json_response

FUTURE = dt.datetime(2030, 1, 1, 10, 0)

CASES: list[tuple[str, Callable[[altegio.Altegio], Any], str]] = [
    ("empty title", lambda c: c.tags.create(1, "", "#ff2828"), "title"),
    ("blank title", lambda c: c.tags.create(1, "   ", "#ff2828"), "title"),
    ("title not a string", lambda c: c.tags.create(1, 5, "#ff2828"), "title"),
    ("colour without #", lambda c: c.tags.create(1, "VIP", "ff2828"), "color"),
    ("colour name", lambda c: c.tags.create(1, "VIP", "red"), "color"),
    ("short colour", lambda c: c.tags.create(1, "VIP", "#fff"), "color"),
    ("entity out of range", lambda c: c.tags.create(1, "VIP", "#ff2828", entity=4), "entity"),
    ("entity unknown alias", lambda c: c.tags.list(1, entity="brand"), "entity"),
    ("entity bool", lambda c: c.tags.create(1, "VIP", "#ff2828", entity=True), "entity"),
    ("location zero", lambda c: c.tags.get(0, 1), "location_id"),
    ("location negative", lambda c: c.tags.list(-3), "location_id"),
    ("location bool", lambda c: c.tags.get(True, 1), "location_id"),
    ("location string", lambda c: c.tags.get("1", 1), "location_id"),
    ("tag id zero", lambda c: c.tags.delete(1, 0), "tag_id"),
    ("nothing to update", lambda c: c.tags.update(1, 2), "title"),
    ("position title too long", lambda c: c.positions.create(1, "x" * 101), "title"),
    ("position title empty", lambda c: c.positions.update(1, 2, ""), "title"),
    ("position id", lambda c: c.positions.get(1, -1), "position_id"),
    ("tri-state not bool", lambda c: c.team_members.list(1, fired=2), "fired"),
    ("unknown include", lambda c: c.team_members.list(1, include=["salary"]), "include"),
    ("empty name filter", lambda c: c.team_members.list(1, name=""), "name"),
    ("events start not a date", lambda c: c.events.list(1, "2030-01-01", FUTURE), "start"),
    ("events aware start", lambda c: c.events.list(1, FUTURE.replace(tzinfo=dt.UTC), FUTURE), "start"),
    ("events end before start", lambda c: c.events.list(1, FUTURE, FUTURE - dt.timedelta(days=1)), "end"),
    ("events page size", lambda c: c.events.list(1, FUTURE, FUTURE, page_size=251), "page_size"),
    ("events staff ids str", lambda c: c.events.list(1, FUTURE, FUTURE, staff_ids="5,10"), "staff_ids"),
    ("events staff ids empty", lambda c: c.events.list(1, FUTURE, FUTURE, staff_ids=[]), "staff_ids"),
    ("event length step", lambda c: c.events.create(1, 2, 3, FUTURE, 1000, 5), "length"),
    ("event length too long", lambda c: c.events.create(1, 2, 3, FUTURE, 86700, 5), "length"),
    ("event capacity", lambda c: c.events.create(1, 2, 3, FUTURE, 3600, 0), "capacity"),
    ("event colour case", lambda c: c.events.create(1, 2, 3, FUTURE, 3600, 5, color="#12345g"), "color"),
    ("event break step", lambda c: c.events.create(1, 2, 3, FUTURE, 3600, 5, technical_break=100), "technical_break"),
    ("event comment long", lambda c: c.events.create(1, 2, 3, FUTURE, 3600, 5, comment="x" * 256), "comment"),
    ("event label ids", lambda c: c.events.update(1, 9, 2, 3, FUTURE, 3600, 5, label_ids=[0]), "label_ids[0]"),
    ("appointment client type", lambda c: c.events.appointments.create(1, 2, {"name": "x"}), "client"),
    (
        "appointment count",
        lambda c: c.events.appointments.create(1, 2, EventClient("Ann"), clients_count=0),
        "clients_count",
    ),
    (
        "appointment colour with #",
        lambda c: c.events.appointments.update(
            1, 2, 3, cost_per_unit=1, discount_percent=0, manual_cost=1, color="#ff2828"
        ),
        "color",
    ),
    (
        "appointment discount",
        lambda c: c.events.appointments.update(1, 2, 3, cost_per_unit=1, discount_percent=101, manual_cost=1),
        "discount_percent",
    ),
    ("reschedule target", lambda c: c.events.appointments.reschedule(1, 2, 3, 0), "to_event_id"),
]


def _consume(result: Any) -> None:
    """Lists are lazy: iterate, so that a pager's checks run too."""
    if isinstance(result, altegio.SyncPager):
        result.to_list()


@pytest.mark.parametrize(("case", "call", "argument"), CASES, ids=[case for case, _, _ in CASES])
def test_bad_input_is_refused_before_sending(make_client, case: str, call: Callable[..., Any], argument: str) -> None:  # type: ignore[no-untyped-def]
    client, recorder = make_client(lambda r: json_response(200, {"data": TAG_RESOURCE}))
    with pytest.raises(altegio.InvalidArgumentError) as caught:
        _consume(call(client))
    assert caught.value.argument == argument
    assert isinstance(caught.value, ValueError)
    assert recorder.requests == []


@pytest.mark.parametrize(
    ("build", "argument"),
    [
        (lambda: EventClient(""), "client.name"),
        (lambda: EventClient("Ann", phone="+79001234567"), "client.phone"),
        (lambda: EventClient("Ann", phone="12345"), "client.phone"),
        (lambda: EventClient("Ann", email="ann"), "client.email"),
        (lambda: EventClient("Ann", newsletter_allowed=True), "client.newsletter_allowed"),
        (lambda: EventClient("Ann", birthday=dt.datetime(2000, 1, 1, 12)), "client.birthday"),
        (lambda: EventClient("Ann", custom_fields={"code": "x" * 256}), "client.custom_fields['code']"),
        (lambda: EventClient("Ann", gender=7), "client.gender"),
        (lambda: AppointmentProduct(1, 1, 1, 1, "gift", 1, 1, 1), "products[].operation"),  # type: ignore[arg-type]
        (lambda: AppointmentProduct(1, 1, 1, 1, "sale", 0, 1, 1), "products[].quantity"),
        (lambda: AppointmentProduct(0, 1, 1, 1, "sale", 1, 1, 1), "products[].product_id"),
    ],
)
def test_nested_inputs_check_themselves_when_built(build: Callable[[], Any], argument: str) -> None:
    with pytest.raises(altegio.InvalidArgumentError) as caught:
        build()
    assert caught.value.argument == argument


def test_good_input_is_normalised_on_the_wire(make_client) -> None:  # type: ignore[no-untyped-def]
    client, recorder = make_client(lambda r: json_response(201, {"data": TAG_RESOURCE, "meta": []}))
    client.tags.create(1, "VIP", "#FF2828", entity="record", icon="star")
    client.tags.create(1, "VIP", "#ff2828", entity=TagEntity.ACTIVITY)
    client.tags.create(1, "VIP", "#ff2828", entity="1")
    bodies = [request.content for request in recorder.requests]
    assert bodies == [
        b'{"title":"VIP","color":"#ff2828","entity":2,"icon":"star"}',
        b'{"title":"VIP","color":"#ff2828","entity":3}',
        b'{"title":"VIP","color":"#ff2828","entity":1}',
    ]


def test_event_client_sends_all_ten_required_keys(make_client) -> None:  # type: ignore[no-untyped-def]
    appointment = {"type": "record", "id": "9", "attributes": {"clients_count": 1}}
    client, recorder = make_client(lambda r: json_response(201, {"data": appointment, "meta": []}))
    person = EventClient(
        "Ann",
        phone="79001234567",
        custom_fields={"color": "blue"},
        newsletter_allowed=False,
        personal_data_processing_allowed=True,
    )
    client.events.appointments.create(1, 2, person, clients_count=2)
    import json

    body = json.loads(recorder.requests[0].content)
    assert set(body["client"]) == {
        "id",
        "name",
        "phone",
        "email",
        "surname",
        "patronymic",
        "gender",
        "birthday",
        "custom_field_values",
        "agreements",
    }
    assert body["client"]["custom_field_values"] == [{"code": "color", "value": "blue"}]
    assert body["client"]["agreements"] == {"is_newsletter_allowed": False, "is_personal_data_processing_allowed": True}
    assert body["clients_count"] == 2
    assert "79001234567" not in repr(person)


def test_event_dates_are_sent_in_the_documented_format(make_client) -> None:  # type: ignore[no-untyped-def]
    client, recorder = make_client(lambda r: json_response(200, {"data": []}))
    client.events.list(1, dt.date(2030, 1, 1), dt.datetime(2030, 1, 31, 23, 59, 59), staff_ids=[5, 10]).to_list()
    params = recorder.requests[0].url.params
    assert params["filter[from]"] == "2030-01-01 00:00:00"
    assert params["filter[to]"] == "2030-01-31 23:59:59"
    assert params.get_list("filter[master_ids][]") == ["5", "10"]


def test_repeated_includes_repeat_the_key(make_client) -> None:  # type: ignore[no-untyped-def]
    client, recorder = make_client(lambda r: json_response(200, {"data": []}))
    client.team_members.list(1, include=["position", "employee", "position"]).to_list()
    assert recorder.requests[0].url.params.get_list("include") == ["position", "employee"]
    assert "include=position&include=employee" in str(recorder.requests[0].url)


def test_httpx_timeout_objects_are_accepted(make_client) -> None:  # type: ignore[no-untyped-def]
    client, _ = make_client(lambda r: httpx.Response(204), timeout=httpx.Timeout(3.0, connect=1.0))
    assert client.settings.timeout.connect == 1.0
