"""`to_dict()` and `to_json()` on every model: plain Python that `json.dumps` takes, keys in
field order, the wire form left in `.raw`. Models are found through the package and built
from the spec's examples and from hypothesis-varied wire data."""

from __future__ import annotations

import csv
import datetime as dt
import enum
import io
import json
from collections.abc import Mapping
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings

import altegio
from altegio.models._base import Model, plain
from altegio.models._document import _MODELS as WIRE_MODELS

from ..resilience.support import success
from .wire_examples import example_models, model_classes, parse, wire_models

FAST = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
EXAMPLES = example_models()


def assert_plain(value: Any, path: str = "") -> None:
    """Only what JSON has: dicts with str keys, lists, str, int, float, bool, None."""
    if isinstance(value, dict):
        for key, item in value.items():
            assert isinstance(key, str), f"{path}: key {key!r}"
            assert_plain(item, f"{path}.{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            assert_plain(item, f"{path}[{index}]")
    else:
        assert value is None or type(value) in (str, int, float, bool), f"{path}: {type(value).__name__}"


def assert_serialised(model: Any) -> None:
    """to_dict() mirrors the fields one by one, in order, each value in its plain form."""
    data = model.to_dict()
    names = [field.name for field in attrs.fields(type(model)) if field.name != "raw"]
    assert list(data) == names
    assert_plain(data, type(model).__name__)
    for name in names:
        value, out = getattr(model, name), data[name]
        if isinstance(value, enum.Enum):
            assert out == value.value and type(out) is type(value.value), name
        elif isinstance(value, dt.datetime):
            assert dt.datetime.fromisoformat(out) == value and dt.datetime.fromisoformat(out).tzinfo is None, name
        elif isinstance(value, dt.timedelta):
            assert out == value.total_seconds(), name
        elif isinstance(value, Model):
            assert out == value.to_dict(), name
        elif isinstance(value, tuple):
            assert isinstance(out, list) and len(out) == len(value), name
        elif isinstance(value, Mapping):
            assert isinstance(out, dict) and list(out) == list(value), name
        else:
            assert out == value and type(out) is type(value), name
    assert json.loads(model.to_json()) == data
    assert json.loads(json.dumps(data, allow_nan=False)) == data


def test_every_model_class_is_a_model_and_has_examples() -> None:
    classes = model_classes()
    assert altegio.Resource in classes and altegio.Event in classes and altegio.EmploymentProfile in classes
    examples = {type(model) for model in EXAMPLES}
    for cls in classes:
        assert issubclass(cls, Model), cls
        assert cls in examples or cls is altegio.Resource, f"no example builds a {cls.__name__}"
    for cls in WIRE_MODELS.values():
        assert cls in classes


def test_the_spec_examples_serialise() -> None:
    nested = set()
    for model in EXAMPLES:
        assert_serialised(model)
        nested |= {type(value) for value in _nested(model)}
    assert altegio.Resource in nested  # a type without a model, included
    assert {altegio.StaffPosition, altegio.EmploymentProfile, altegio.Deposit, altegio.CustomFieldType} <= nested


@FAST
@given(models=wire_models())
def test_any_wire_data_serialises(models: list[Any]) -> None:
    for model in models:
        assert_serialised(model)
        for value in _nested(model):
            assert_serialised(value)


def _nested(model: Any) -> list[Any]:
    """The models held inside a model (typed attributes and `included`), at any depth."""
    found = []

    def walk(value: Any) -> None:
        if isinstance(value, Model):
            found.append(value)
            for field in attrs.fields(type(value)):
                if field.name != "raw":
                    walk(getattr(value, field.name))
        elif isinstance(value, Mapping):
            for item in value.values():
                walk(item)
        elif isinstance(value, tuple | list):
            for item in value:
                walk(item)

    for field in attrs.fields(type(model)):
        if field.name != "raw":
            walk(getattr(model, field.name))
    return found


def _tag(**attributes: Any) -> altegio.Tag:
    _, body = success("get_tag")
    body["data"]["attributes"].update(attributes)
    return altegio.Tag.from_wire(body["data"])


def test_a_tag_as_plain_data() -> None:
    tag = _tag()
    assert tag.to_dict() == {
        "id": tag.id,
        "location_id": tag.location_id,
        "title": tag.title,
        "color": tag.color,
        "entity": int(tag.entity),
        "is_deleted": tag.is_deleted,
        "is_editable": tag.is_editable,
        "font_color": tag.font_color,
        "icon": tag.icon,
    }


def test_an_unknown_enum_value_serialises_as_the_server_sent_it() -> None:
    assert _tag(entity_type="brand_new").to_dict()["entity"] == "brand_new"
    _, body = success("get_position")
    body["data"]["attributes"]["services_binding_type"] = 7
    assert altegio.Position.from_wire(body["data"]).to_dict()["services_binding"] == 7
    _, body = success("list_appointments")
    body["data"][0]["attributes"]["attendance_status_slug"] = "teleported"
    assert altegio.Appointment.from_wire(body["data"][0]).to_json().count('"attendance": "teleported"') == 1


def test_event_dates_serialise_as_local_iso_8601_and_the_offset_as_seconds() -> None:
    event = next(model for model in EXAMPLES if isinstance(model, altegio.Event) and model.schedule_till)
    data = event.to_dict()
    assert data["date"] == event.date.isoformat() and "+" not in data["date"]
    assert data["utc_offset"] == 10800
    assert data["schedule_till"] == "2026-12-31T23:59:59" and data["schedule_till_timezone"] == "Europe/Berlin"


def test_relationships_and_included_appear_as_plain_data() -> None:
    _, body = success("list_team_members")
    member = body["data"][0]
    member["relationships"] = {"position": {"data": {"type": "staff_position", "id": "5"}}}
    body["included"] = [{"type": "staff_position", "id": "5", "attributes": {"title": "Stylist"}}]
    (parsed,) = parse(body)
    data = parsed.to_dict()
    assert data["position"] == {"id": 5, "title": "Stylist"}
    assert data["relationships"] == {"position": ["5"]}
    assert data["included"] == {"position": [{"id": 5, "title": "Stylist"}]}
    assert "raw" not in data


def test_a_resource_without_a_model_serialises_its_attributes() -> None:
    resource = altegio.Resource.from_wire({"type": "label", "id": "3", "attributes": {"title": "Yoga", "n": [1, {}]}})
    assert resource.to_dict() == {"type": "label", "id": "3", "attributes": {"title": "Yoga", "n": [1, {}]}}


def test_to_json_passes_its_options_to_json_dumps() -> None:
    tag = _tag(title="Café")
    assert tag.to_json(indent=2, ensure_ascii=False, sort_keys=True) == json.dumps(
        tag.to_dict(), indent=2, ensure_ascii=False, sort_keys=True
    )
    assert "Café" in tag.to_json(ensure_ascii=False) and "Caf\\u00e9" in tag.to_json()


def test_the_keys_are_the_same_for_every_model_of_a_class_so_csv_columns_are_stable() -> None:
    by_class: dict[type, list[Any]] = {}
    for model in EXAMPLES:
        by_class.setdefault(type(model), []).append(model)
    for cls, models in by_class.items():
        columns = list(models[0].to_dict())
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=columns)
        writer.writeheader()
        for model in models:
            assert list(model.to_dict()) == columns, cls
            writer.writerow(model.to_dict())
        assert out.getvalue().splitlines()[0] == ",".join(columns)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (dt.timedelta(hours=-2, minutes=-30), -9000),
        (dt.timedelta(milliseconds=1500), 1.5),
        (dt.date(2026, 1, 31), "2026-01-31"),
        (dt.datetime(2026, 1, 31, 23, 59, 59, 5), "2026-01-31T23:59:59.000005"),
        (altegio.TagEntity.CLIENT, 1),
        (altegio.AttendanceStatus.ATTENDED, "attended"),
        ({"a": (1, {"b": altegio.Gender.FEMALE})}, {"a": [1, {"b": 2}]}),
    ],
    ids=repr,
)
def test_plain_values(value: Any, expected: Any) -> None:
    result = plain(value)
    assert result == expected and type(result) is type(expected)


def test_a_value_with_no_plain_form_is_an_error_not_a_silent_string() -> None:
    with pytest.raises(TypeError, match="set"):
        plain({1, 2})
