"""Every operation of openapi.yaml is reachable through a public method of the clients."""

from __future__ import annotations

import inspect
import pathlib
import re
import sys

import pytest

from altegio import _operations, resources

ROOT = pathlib.Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

from specio import load_spec, operations  # noqa: E402

SPEC_OPERATIONS = operations(load_spec(ROOT / "openapi.yaml"))


def _calls_by_method() -> dict[str, set[str]]:
    """'Class.method' -> operationIds it builds an APICall for, for every public method."""
    found: dict[str, set[str]] = {}
    for name in resources.__all__:
        cls = getattr(resources, name)
        for attr, member in vars(cls).items():
            if attr.startswith("_") or not inspect.isfunction(member):
                continue
            found[f"{name}.{attr}"] = set(re.findall(r'APICall\(\s*"(\w+)"', inspect.getsource(member)))
    return found


def test_every_operation_is_called_by_a_public_sync_and_async_method() -> None:
    calls = _calls_by_method()
    for flavour in ("sync", "async"):
        reached = {
            op for method, ops in calls.items() if method.startswith("Async") == (flavour == "async") for op in ops
        }
        missing = sorted(set(SPEC_OPERATIONS) - reached)
        assert not missing, f"{flavour} client cannot reach: {missing}"


def test_no_public_method_names_an_operation_the_spec_lacks() -> None:
    named = {op for ops in _calls_by_method().values() for op in ops}
    assert named <= set(SPEC_OPERATIONS)


@pytest.mark.parametrize("operation_id", sorted(SPEC_OPERATIONS))
def test_operation_table_points_at_the_generated_module(operation_id: str) -> None:
    tag = SPEC_OPERATIONS[operation_id][2]["tags"][0]
    assert _operations.OPERATIONS[operation_id] == tag.lower().replace(" ", "_")
    assert callable(_operations._builder(operation_id)[0])


def test_readme_lists_every_operation_with_its_method_and_path() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for operation_id, (method, path, _) in SPEC_OPERATIONS.items():
        row = next((line for line in readme.splitlines() if f"`{operation_id}`" in line), None)
        assert row is not None, f"README has no row for {operation_id}"
        assert f"| {method} |" in row and f"`{path}`" in row, row
