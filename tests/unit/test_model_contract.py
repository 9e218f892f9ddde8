"""What README's "Results" promises of every model: personal data stays out of repr(), every
model with relationships has `included`, and int enums print their names."""

from __future__ import annotations

import copy
import enum
import importlib
import inspect
import pkgutil
import re
from typing import Any

import attrs
import pytest

import altegio
import altegio._inputs
import altegio.models
from altegio.models._document import _MODELS as WIRE_MODELS

from ..resilience.support import success
from .wire_examples import example_resources, linked_body, model_classes, one_of_each_type, parse, spec_relationships

# Field and wire attribute names that hold a person's data: names, phones, e-mails, identity
# documents, birthdays and the like.
PERSONAL = re.compile(
    r"name|patronymic|phone|mail|passport|birth|citizenship|gender|tax|insurance|card_number|national"
)


def _classes() -> list[type]:
    inputs = [cls for _, cls in inspect.getmembers(altegio._inputs, inspect.isclass) if attrs.has(cls)]
    return model_classes() + [cls for cls in inputs if cls.__module__ == "altegio._inputs"]


def test_the_walk_finds_the_personal_fields() -> None:
    personal = {(cls.__name__, f.name) for cls in _classes() for f in attrs.fields(cls) if PERSONAL.search(f.name)}
    expected = {
        ("BookingUser", "phone"),
        ("EmploymentProfile", "name"),
        ("EmploymentProfile", "passport_data"),
        ("TeamMember", "name"),
        ("EventClient", "email"),
    }
    assert expected <= personal


@pytest.mark.parametrize("cls", _classes(), ids=lambda cls: cls.__name__)
def test_no_field_that_looks_personal_is_in_repr(cls: type) -> None:
    shown = [field.name for field in attrs.fields(cls) if PERSONAL.search(field.name) and field.repr]
    assert shown == [], f"{cls.__name__} shows {shown} in repr()"


def _with_secrets(resource: dict[str, Any]) -> dict[str, Any]:
    """`resource` with every personal-looking string attribute a recognisable secret."""
    resource = copy.deepcopy(resource)
    for key, value in resource["attributes"].items():
        if PERSONAL.search(key) and isinstance(value, str):
            resource["attributes"][key] = "1901-02-03T00:00:00" if "birth" in key else f"SECRET-{key}"
        elif key == "date_admission" or key == "date_registration_end":
            resource["attributes"][key] = "1901-02-03T00:00:00"
    return resource


def test_no_personal_value_of_any_example_reaches_a_repr() -> None:
    pool = [_with_secrets(resource) for resource in one_of_each_type()]
    checked = 0
    for resources in example_resources().values():
        for resource in resources:
            if resource["type"] not in WIRE_MODELS:
                continue
            for model in parse(linked_body(_with_secrets(resource), pool)):
                text = repr(model)
                assert "SECRET-" not in text and "1901" not in text, text
                checked += 1
    assert checked >= len(WIRE_MODELS)


def test_an_employment_profile_shows_its_id_only() -> None:
    profile = altegio.EmploymentProfile(id=31, name="John Smith", phone="+10000000002", passport_data="AB 1")
    assert repr(profile) == "EmploymentProfile(id=31)"
    assert profile.name == "John Smith"  # kept, only not shown


# -- relationships and included ------------------------------------------------------------------


def _field_names(cls: type) -> set[str]:
    return {field.name for field in attrs.fields(cls)}


@pytest.mark.parametrize("cls", model_classes(), ids=lambda cls: cls.__name__)
def test_a_model_has_included_exactly_when_it_has_relationships(cls: type) -> None:
    names = _field_names(cls)
    assert ("relationships" in names) == ("included" in names)


def test_every_resource_the_spec_gives_relationships_has_both() -> None:
    for wire_type in spec_relationships():
        if wire_type in WIRE_MODELS:
            assert {"relationships", "included"} <= _field_names(WIRE_MODELS[wire_type]), wire_type


@pytest.mark.parametrize("wire_type", sorted(set(spec_relationships()) & set(WIRE_MODELS)))
def test_included_holds_each_relationship_that_was_included(wire_type: str) -> None:
    pool = one_of_each_type()
    (model,) = parse(linked_body(example_resources()[wire_type][0], pool))
    for name in spec_relationships()[wire_type]:
        assert model.relationships[name] == tuple(item["id"] for item in pool)
        assert len(model.included[name]) == len(pool)


def test_a_team_member_keeps_what_was_included() -> None:
    _, body = success("list_team_members")
    body["data"][0]["relationships"] = {"position": {"data": {"type": "staff_position", "id": "5"}}}
    body["included"] = [{"type": "staff_position", "id": "5", "attributes": {"title": "Stylist"}}]
    member = parse(body)[0]
    assert member.position == altegio.StaffPosition(id=5, title="Stylist")
    assert member.included == {"position": (member.position,)}
    assert member.relationships == {"position": ("5",)}


# -- int enums -----------------------------------------------------------------------------------


def _int_enums() -> list[type[enum.IntEnum]]:
    found = {}
    for info in pkgutil.iter_modules(altegio.models.__path__, "altegio.models."):
        module = importlib.import_module(info.name)
        for _, value in inspect.getmembers(module, inspect.isclass):
            if issubclass(value, enum.IntEnum) and list(value):
                found[value.__qualname__] = value
    return list(found.values())


@pytest.mark.parametrize("enum_type", _int_enums(), ids=lambda cls: cls.__name__)
def test_int_enums_print_their_names_and_keep_their_values(enum_type: type[enum.IntEnum]) -> None:
    for member in enum_type:
        number = int(member)
        assert str(member) == f"{member}" == member.name.lower()
        assert member == number and hash(member) == hash(number) and enum_type(number) is member
        assert f"{member:d}" == f"{member:>3}".strip() == str(number)
        assert repr(member) == f"<{enum_type.__name__}.{member.name}: {number}>"


def test_print_tag_entity_shows_its_name(capsys: pytest.CaptureFixture[str]) -> None:
    _, body = success("get_tag")
    body["data"]["attributes"]["entity_type"] = "client"
    tag = altegio.Tag.from_wire(body["data"])
    print(tag.entity)
    assert capsys.readouterr().out == "client\n"
    assert tag.entity == 1 and tag.entity.value == 1 and tag.entity is altegio.TagEntity.CLIENT
