"""openapi.yaml is a valid OpenAPI 3.1 restatement of the published Altegio v2 description."""

from __future__ import annotations

import json
from typing import Any

import pytest
import regenerate
import yaml
from openapi_spec_validator import OpenAPIV31SpecValidator, validate
from specio import SpecError, dump_json, operations, parse_spec, validate_openapi_31

from .conftest import SPEC_PATH

OFFICIAL_URL = "https://developer.alteg.io/_bundle/en/b2b-v2/openapi.yaml"
HTTP_METHODS = {"get", "put", "post", "delete", "patch", "head", "options", "trace"}


def all_operation_ids(document: dict[str, Any]) -> list[str | None]:
    """operationIds straight from `paths`, duplicates and gaps kept (specio.operations folds them)."""
    return [
        operation.get("operationId")
        for item in document["paths"].values()
        for method, operation in item.items()
        if method in HTTP_METHODS
    ]


def header_comment() -> str:
    lines = SPEC_PATH.read_text(encoding="utf-8").splitlines()
    comment = []
    for line in lines:
        if not line.startswith("#"):
            break
        comment.append(line)
    return "\n".join(comment)


def test_spec_is_valid_openapi_31(pristine_spec: dict[str, Any]) -> None:
    """The scripts' validator accepts openapi.yaml (regeneration refuses anything else)."""
    assert str(pristine_spec["openapi"]).startswith("3.1")
    validate_openapi_31(pristine_spec, source=str(SPEC_PATH))


def test_spec_is_valid_for_openapi_spec_validator_directly(pristine_spec: dict[str, Any]) -> None:
    """openapi-spec-validator's 3.1 validator, called without our wrapper, accepts what the generator reads."""
    validate(json.loads(dump_json(pristine_spec)), cls=OpenAPIV31SpecValidator)


def test_validator_rejects_other_openapi_versions(spec: dict[str, Any]) -> None:
    """A 3.0 document is refused with a message naming the version found."""
    spec["openapi"] = "3.0.3"
    with pytest.raises(SpecError, match=r"expected OpenAPI 3\.1, found openapi: 3\.0\.3"):
        validate_openapi_31(spec)


def test_spec_has_42_operations_with_unique_ids(pristine_spec: dict[str, Any]) -> None:
    """Every operation has its own operationId: generated module and method names derive from it."""
    ids = all_operation_ids(pristine_spec)
    assert len(ids) == 42
    assert None not in ids
    assert len(set(ids)) == 42
    assert list(operations(pristine_spec)) == ids


def test_header_comment_names_published_version_and_source() -> None:
    """The file says which published version it restates and where the official file lives."""
    comment = header_comment()
    assert "2.0.0" in comment
    assert "2026-07-22" in comment
    assert OFFICIAL_URL in comment


def test_info_version_and_download_default_match_header(pristine_spec: dict[str, Any]) -> None:
    """info.version agrees with the comment, and `--download` fetches the official URL by default."""
    assert str(pristine_spec["info"]["version"]) == "2.0.0"
    assert regenerate.DEFAULT_URL == OFFICIAL_URL


def test_example_ids_with_underscores_stay_strings(pristine_spec: dict[str, Any]) -> None:
    """An id like 720441_13245586_0_0 is a string in YAML 1.2 (OpenAPI 3.1), not a YAML 1.1 integer."""
    assert yaml.safe_load("id: 720441_13245586_0_0")["id"] == 7204411324558600  # the YAML 1.1 trap
    assert parse_spec("id: 720441_13245586_0_0")["id"] == "720441_13245586_0_0"

    operation = operations(pristine_spec)["list_attendance_services"][2]
    example = operation["responses"]["200"]["content"]["application/json"]["example"]
    assert example["data"][0]["id"] == "720441_13245586_0_0"


@pytest.mark.parametrize(
    ("plain", "expected"),
    [
        ("42", 42),
        ("-7", -7),
        ("012", 12),
        ("08", 8),
        ("0o17", 15),
        ("0x1F", 31),
        ("1.5", 1.5),
        ("1e3", 1000.0),
        ("1_000", "1_000"),
        ("true", True),
        ("False", False),
        ("yes", "yes"),
        ("no", "no"),
        ("on", "on"),
        ("off", "off"),
        ("null", None),
        ("'17'", "17"),
    ],
)
def test_loader_follows_yaml_12_core_schema(plain: str, expected: object) -> None:
    """Plain scalars get their YAML 1.2 type, as OpenAPI 3.1 tools read them (enum values like `no` stay text)."""
    value = parse_spec(f"value: {plain}")["value"]
    assert value == expected
    assert type(value) is type(expected)


@pytest.mark.parametrize("text", ["- just\n- a list\n", "key: [unclosed\n", ""])
def test_parse_spec_rejects_non_documents(text: str) -> None:
    """Text that is not a YAML/JSON mapping is a SpecError, not a crash."""
    with pytest.raises(SpecError):
        parse_spec(text, source="test")
