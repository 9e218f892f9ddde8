"""generated/altegio_openapi matches openapi.yaml: one module per operation, current with the spec."""

from __future__ import annotations

import importlib
import inspect
import pathlib
import pkgutil
import re
import subprocess
import sys
from types import ModuleType
from typing import Any

import altegio_openapi.api
import pytest
import regenerate
from specio import load_spec, operations

from .conftest import GENERATED_PACKAGE, ROOT, SPEC_PATH, copy_generated

OPERATION_IDS = list(operations(load_spec(SPEC_PATH)))
ENDPOINT_FUNCTIONS = ("sync", "sync_detailed", "asyncio", "asyncio_detailed", "request_kwargs")
CLIENT_MANAGED_HEADERS = {"authorization", "accept", "content_type"}


def tag_snake(tag: str) -> str:
    """The generator's package name for a tag: "Team Members" -> team_members."""
    return re.sub(r"\W+", "_", tag).strip("_").lower()


def api_subpackages() -> list[str]:
    return sorted(info.name for info in pkgutil.iter_modules(altegio_openapi.api.__path__) if info.ispkg)


def api_modules() -> dict[str, list[str]]:
    """Endpoint module name -> the api subpackages (tags) that hold a module of that name."""
    found: dict[str, list[str]] = {}
    for sub in api_subpackages():
        package = importlib.import_module(f"altegio_openapi.api.{sub}")
        for info in pkgutil.iter_modules(package.__path__):
            found.setdefault(info.name, []).append(sub)
    return found


def endpoint_module(op_id: str) -> ModuleType:
    holders = api_modules().get(op_id, [])
    assert len(holders) == 1, f"{op_id}: expected one module under altegio_openapi.api, found in {holders}"
    return importlib.import_module(f"altegio_openapi.api.{holders[0]}.{op_id}")


def test_every_api_module_belongs_to_an_operation() -> None:
    """No leftover endpoint modules for operations that the spec no longer has."""
    assert len(OPERATION_IDS) == 42
    assert sorted(api_modules()) == sorted(OPERATION_IDS)


@pytest.mark.parametrize("op_id", OPERATION_IDS)
def test_operation_has_a_module_with_sync_and_async_calls(op_id: str, pristine_spec: dict[str, Any]) -> None:
    """Each operation is callable through altegio_openapi.api.<tag>.<operationId>, sync and async."""
    module = endpoint_module(op_id)
    tag = operations(pristine_spec)[op_id][2]["tags"][0]
    assert module.__name__ == f"altegio_openapi.api.{tag_snake(tag)}.{op_id}"
    assert callable(module.sync_detailed)
    assert not inspect.iscoroutinefunction(module.sync_detailed)
    assert inspect.iscoroutinefunction(module.asyncio_detailed)


@pytest.mark.parametrize("op_id", OPERATION_IDS)
def test_no_call_takes_client_managed_headers(op_id: str) -> None:
    """Authorization, Accept and Content-Type are set by the client, never passed per call."""
    module = endpoint_module(op_id)
    for name in ENDPOINT_FUNCTIONS:
        function = getattr(module, name, None)
        if function is None:
            continue
        parameters = set(inspect.signature(function).parameters)
        assert not parameters & CLIENT_MANAGED_HEADERS, f"{op_id}.{name} takes {parameters & CLIENT_MANAGED_HEADERS}"


@pytest.mark.parametrize("op_id", OPERATION_IDS)
def test_operation_has_a_public_typed_request_builder(op_id: str, pristine_spec: dict[str, Any]) -> None:
    """scripts/templates/endpoint_module.py.jinja: `request_kwargs` (the builder the resources
    call, fully annotated) and `OPERATION_ID`, and no private `_get_kwargs` left."""
    module = endpoint_module(op_id)
    method, path, _ = operations(pristine_spec)[op_id]
    assert op_id == module.OPERATION_ID
    assert not hasattr(module, "_get_kwargs")
    signature = inspect.signature(module.request_kwargs)
    assert all(p.annotation is not inspect.Parameter.empty for p in signature.parameters.values())
    path_values = {name: 1 for name in re.findall(r"\{(\w+)\}", path)}
    required = {
        name: parameter for name, parameter in signature.parameters.items() if parameter.default is parameter.empty
    }
    if set(required) == set(path_values):  # only path parameters: build one and look at it
        kwargs = module.request_kwargs(**path_values)
        assert kwargs["method"].upper() == method
        assert kwargs["url"] == re.sub(r"\{\w+\}", "1", path)


def test_generated_package_is_typed_and_loads_lazily() -> None:
    """py.typed ships with the package (PEP 561); importing the package or its models loads no
    model module and no client class until one is used (scripts/templates)."""
    assert (GENERATED_PACKAGE / "py.typed").is_file()
    code = (
        "import sys, altegio_openapi, altegio_openapi.models\n"
        "loaded = [m for m in sys.modules if m.startswith('altegio_openapi.')]\n"
        "assert sorted(loaded) == ['altegio_openapi.models'], loaded\n"
        "assert altegio_openapi.models.TagAttributes.__module__ == 'altegio_openapi.models.tag_attributes'\n"
        "assert altegio_openapi.Client.__module__ == 'altegio_openapi.client'\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False)  # noqa: S603
    assert result.returncode == 0, result.stderr


def test_generated_tree_has_no_tool_caches() -> None:
    """The formatter runs with --no-cache: no .ruff_cache ends up in the shipped package."""
    assert not [p for p in GENERATED_PACKAGE.parent.rglob(".ruff_cache")]


def test_check_reports_generated_tree_is_current() -> None:
    """`python scripts/regenerate.py --check` passes on the committed spec and generated tree."""
    result = subprocess.run(  # noqa: S603 - argv is this interpreter and a repo script
        [sys.executable, str(ROOT / "scripts" / "regenerate.py"), "--check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "is up to date with openapi.yaml" in result.stdout


def test_check_names_every_stale_file(
    tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """--check exits 1 and lists what regeneration would add, remove and change.

    Labels are from regeneration's point of view: a file deleted by hand is "added" back, a
    stray file is "removed", an edited file is "changed".
    """
    stale = copy_generated(tmp_path / "altegio_openapi")
    (stale / "api" / "tags" / "get_tag.py").write_text("# edited by hand\n", encoding="utf-8")
    (stale / "api" / "tags" / "delete_tag.py").unlink()
    (stale / "api" / "tags" / "stray.py").write_text("x = 1\n", encoding="utf-8")
    monkeypatch.setattr(regenerate, "GENERATED", stale)

    assert regenerate.main(["--check"]) == 1

    out = capsys.readouterr().out
    assert "is stale" in out
    listed = [line.split() for line in out.splitlines() if line.startswith("  ")]
    assert sorted(listed) == [
        ["added", "api/tags/delete_tag.py"],
        ["changed", "api/tags/get_tag.py"],
        ["removed", "api/tags/stray.py"],
    ]
    assert (stale / "api" / "tags" / "get_tag.py").read_text(encoding="utf-8") == "# edited by hand\n"


def test_regeneration_is_shaped_by_the_committed_templates(
    tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """With an empty template folder the generator's own templates would write other files:
    scripts/templates is what shapes generated/ (and --check would notice it missing)."""
    empty = tmp_path / "no-templates"
    empty.mkdir()
    monkeypatch.setattr(regenerate, "TEMPLATES", empty)

    assert regenerate.main(["--check"]) == 1

    changed = {line.split()[1] for line in capsys.readouterr().out.splitlines() if line.startswith("  changed")}
    assert {"__init__.py", "models/__init__.py", "api/tags/get_tag.py"} <= changed
    assert {f for f in changed if f.startswith("api/") and not f.endswith("__init__.py")} == {
        f"api/{module.__name__.split('.')[2]}/{op_id}.py"
        for op_id in OPERATION_IDS
        for module in [endpoint_module(op_id)]
    }
