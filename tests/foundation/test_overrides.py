"""scripts/overrides.yaml: every fix is explained, still needed, does its job, and staleness is loud."""

from __future__ import annotations

import collections
import copy
import pathlib
from collections.abc import Iterator
from typing import Any

import pytest
from overrides import OVERRIDES_FILE, OverrideError, StaleOverrideError, apply_overrides, load_overrides
from specio import operations

CLIENT_MANAGED_HEADERS = {"authorization", "accept", "content-type"}


def resolve(document: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    ref = node.get("$ref")
    if not isinstance(ref, str):
        return node
    target: Any = document
    for part in ref.removeprefix("#/").split("/"):
        target = target[part.replace("~1", "/").replace("~0", "~")]
    return target


def header_parameters(document: dict[str, Any]) -> list[tuple[str, str]]:
    """(operationId or path, header name) for every header parameter, path-level ones included."""
    found = []
    for path, item in document["paths"].items():
        for parameter in item.get("parameters", []):
            parameter = resolve(document, parameter)
            if parameter.get("in") == "header":
                found.append((path, parameter["name"]))
    for op_id, (_method, _path, operation) in operations(document).items():
        for parameter in operation.get("parameters", []):
            parameter = resolve(document, parameter)
            if parameter.get("in") == "header":
                found.append((op_id, parameter["name"]))
    return found


def schemas(node: Any, pointer: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
    """Every mapping below `node` that is not example data, with its JSON pointer."""
    if isinstance(node, dict):
        yield pointer, node
        for key, value in node.items():
            if key not in ("example", "examples"):
                yield from schemas(value, f"{pointer}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from schemas(value, f"{pointer}/{index}")


def arrays_without_items(document: dict[str, Any]) -> list[str]:
    def is_array(schema: dict[str, Any]) -> bool:
        kind = schema.get("type")
        return kind == "array" or (isinstance(kind, list) and "array" in kind)

    return [pointer for pointer, schema in schemas(document) if is_array(schema) and "items" not in schema]


def duplicate_schema_titles(document: dict[str, Any]) -> list[str]:
    titles = collections.Counter(
        schema["title"] for schema in document["components"]["schemas"].values() if "title" in schema
    )
    return sorted(title for title, count in titles.items() if count > 1)


@pytest.fixture(scope="module")
def entries() -> list[dict[str, Any]]:
    return load_overrides()


@pytest.fixture(scope="module")
def patched(pristine_spec: dict[str, Any], entries: list[dict[str, Any]]) -> dict[str, Any]:
    document, _ = apply_overrides(pristine_spec, entries)
    return document


def write_overrides(tmp_path: pathlib.Path, text: str) -> pathlib.Path:
    path = tmp_path / "overrides.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_every_override_has_a_reason(entries: list[dict[str, Any]]) -> None:
    """Nobody has to guess why a fix exists."""
    assert entries
    assert OVERRIDES_FILE.name == "overrides.yaml"
    for entry in entries:
        assert str(entry["reason"]).strip()


def test_every_override_changes_something(pristine_spec: dict[str, Any], entries: list[dict[str, Any]]) -> None:
    """All overrides apply to openapi.yaml, and each one reports what it changed."""
    _, applied = apply_overrides(pristine_spec, entries)
    assert len(applied) == len(entries)
    for entry, report in zip(entries, applied, strict=True):
        assert report.reason == entry["reason"].strip()
        assert report.changes, f"override without effect: {report.reason}"


def test_client_managed_headers_are_dropped(pristine_spec: dict[str, Any], patched: dict[str, Any]) -> None:
    """No operation asks the caller for Authorization, Accept or Content-Type after patching."""
    before = {name.lower() for _, name in header_parameters(pristine_spec)}
    assert before >= CLIENT_MANAGED_HEADERS  # the fix is needed
    after = [(where, name) for where, name in header_parameters(patched) if name.lower() in CLIENT_MANAGED_HEADERS]
    assert after == []


def test_every_array_schema_has_items(pristine_spec: dict[str, Any], patched: dict[str, Any]) -> None:
    """The generator can type every array, so no success response is silently dropped."""
    assert arrays_without_items(pristine_spec)  # the fix is needed
    assert arrays_without_items(patched) == []


def test_component_schema_titles_are_unique(pristine_spec: dict[str, Any], patched: dict[str, Any]) -> None:
    """No two component schemas map to the same generated class name."""
    assert duplicate_schema_titles(pristine_spec) == ["Position Resource"]  # the fix is needed
    assert duplicate_schema_titles(patched) == []


def test_original_document_is_not_mutated(spec: dict[str, Any], entries: list[dict[str, Any]]) -> None:
    """openapi.yaml's in-memory document stays a faithful copy; only the returned one is patched."""
    before = copy.deepcopy(spec)
    document, _ = apply_overrides(spec, entries)
    assert spec == before
    assert document != before
    assert document is not spec


def test_reapplying_to_a_patched_document_is_stale(patched: dict[str, Any], entries: list[dict[str, Any]]) -> None:
    """Once upstream fixes what an override fixes, regeneration fails instead of carrying it along."""
    with pytest.raises(StaleOverrideError):
        apply_overrides(patched, entries)


@pytest.mark.parametrize(
    "entry", load_overrides(), ids=lambda entry: entry.get("operation") or entry.get("at") or "headers"
)
def test_each_override_is_stale_on_its_own(entry: dict[str, Any], patched: dict[str, Any]) -> None:
    """Every single entry, not just the first, notices that its fix is already in place."""
    with pytest.raises(StaleOverrideError, match=r"^override 1 "):
        apply_overrides(patched, [entry])


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        (
            {"at": "/components/schemas/no_such_schema/properties/meta", "add": {"items": {}}},
            r"/components/schemas/no_such_schema/properties/meta does not exist \(stopped at 'no_such_schema'\)",
        ),
        (
            {"operation": "no_such_operation", "at": "/responses", "add": {"x-note": 1}},
            r"no operation 'no_such_operation'",
        ),
        (
            {"operation": "get_tag", "at": "/responses/999", "add": {"x-note": 1}},
            r"does not exist \(stopped at '999'\)",
        ),
        ({"at": "/info/title", "replace": "Business Management"}, r"/info/title already equals the replacement"),
        ({"at": "/info", "add": {"title": "Another"}}, r"/info already has \['title'\]"),
        ({"drop_header_parameters": ["X-No-Such-Header"]}, r"no operation declares the header parameter"),
    ],
)
def test_overrides_that_no_longer_match_are_stale(spec: dict[str, Any], entry: dict[str, Any], message: str) -> None:
    """A pointer, operation or header that is gone, or a value already in place, is a StaleOverrideError."""
    with pytest.raises(StaleOverrideError, match=message):
        apply_overrides(spec, [{"reason": "test", **entry}])


@pytest.mark.parametrize(
    "entry",
    [
        {"at": "components/schemas", "add": {"x": 1}},
        {"at": "/info"},
        {"somewhere": "/info", "add": {"x": 1}},
    ],
)
def test_malformed_entries_are_errors_but_not_stale(spec: dict[str, Any], entry: dict[str, Any]) -> None:
    """A badly written entry is reported as malformed, not as something upstream fixed."""
    with pytest.raises(OverrideError) as caught:
        apply_overrides(spec, [{"reason": "test", **entry}])
    assert not isinstance(caught.value, StaleOverrideError)


@pytest.mark.parametrize(
    "text",
    [
        "overrides:\n  - at: /info\n    add: {x-note: 1}\n",
        "overrides:\n  - reason: '   '\n    at: /info\n    add: {x-note: 1}\n",
        "overrides:\n  - reason: fine\n    at: /info\n    add: {x-a: 1}\n  - at: /info\n    add: {x-b: 1}\n",
    ],
)
def test_entry_without_reason_is_refused(tmp_path: pathlib.Path, text: str) -> None:
    """An override file entry with a missing or blank reason does not load."""
    with pytest.raises(OverrideError, match=r"has no `reason`"):
        load_overrides(write_overrides(tmp_path, text))


@pytest.mark.parametrize("text", ["[]\n", "overrides: {}\n", "just text\n"])
def test_file_without_overrides_list_is_refused(tmp_path: pathlib.Path, text: str) -> None:
    """The file must hold a top-level `overrides:` list."""
    with pytest.raises(OverrideError, match=r"expected a top-level `overrides:` list"):
        load_overrides(write_overrides(tmp_path, text))


def test_tmp_overrides_file_loads_and_applies(tmp_path: pathlib.Path, spec: dict[str, Any]) -> None:
    """load_overrides(path) reads any file, and its entries patch the document as declared."""
    path = write_overrides(tmp_path, "overrides:\n  - reason: rename\n    at: /info/title\n    replace: Renamed\n")
    document, applied = apply_overrides(spec, load_overrides(path))
    assert document["info"]["title"] == "Renamed"
    assert applied[0].changes == ("replaced /info/title",)
