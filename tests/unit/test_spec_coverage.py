"""Every operation of openapi.yaml is reachable through a public method of the clients.

The spec is the one list of operations and their tags. The resources call generated modules
(`altegio_openapi.api.<tag>.<operationId>`), so which operations a method reaches is read from
their code: each `APICall(op.OPERATION_ID, <op.request_kwargs(...)>, ...)` (or
`paged(execute, op.OPERATION_ID, <partial of op.request_kwargs>, ...)`) must name the module
whose builder made the request, imported from the package of the operation's tag.
"""

from __future__ import annotations

import ast
import pathlib
import re
import sys

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
RESOURCES = ROOT / "altegio" / "resources"
sys.path.insert(0, str(ROOT / "scripts"))

from specio import load_spec, operations  # noqa: E402

SPEC_OPERATIONS = operations(load_spec(ROOT / "openapi.yaml"))


def tag_package(tag: str) -> str:
    """The generator's package name for a tag: "Team Members" -> team_members."""
    return re.sub(r"\W+", "_", tag).strip("_").lower()


def _generated_imports(tree: ast.Module) -> dict[str, tuple[str, str]]:
    """Local name -> (tag package, operation) for `from altegio_openapi.api.<tag> import <op>`."""
    found = {}
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("altegio_openapi.api."):
            package = node.module.rsplit(".", 1)[1]  # type: ignore[union-attr]
            for alias in node.names:
                found[alias.asname or alias.name] = (package, alias.name)
    return found


def _builder_module(node: ast.expr, assignments: dict[str, ast.expr]) -> str | None:
    """The name of the generated module whose `request_kwargs` produced `node`, if any: a direct
    call, a variable holding one, or a call of a `functools.partial` of it."""
    if isinstance(node, ast.Name) and node.id in assignments:
        return _builder_module(assignments[node.id], assignments)
    if not isinstance(node, ast.Call):
        return None
    function = node.func
    if (
        isinstance(function, ast.Attribute)
        and function.attr == "request_kwargs"
        and isinstance(function.value, ast.Name)
    ):
        return function.value.id
    if isinstance(function, ast.Attribute) and function.attr == "partial" and node.args:
        return _builder_module(ast.Call(func=node.args[0], args=[], keywords=[]), assignments)
    if isinstance(function, ast.Name) and function.id in assignments:
        return _builder_module(assignments[function.id], assignments)
    return None


# What builds a call, and where its label (`op.OPERATION_ID`) is among the arguments; the
# request (or, for `paged`, the builder of each page's request) comes next.
CALL_MAKERS = {"APICall": 0, "paged": 1}


def _calls(method: ast.FunctionDef | ast.AsyncFunctionDef, imports: dict[str, tuple[str, str]]) -> set[str]:
    """The operations a method builds an APICall for; fails on a call whose parts disagree."""
    assignments = {
        target.id: node.value
        for node in ast.walk(method)
        if isinstance(node, ast.Assign)
        for target in node.targets
        if isinstance(target, ast.Name)
    }
    reached = set()
    for node in ast.walk(method):
        if not isinstance(node, ast.Call):
            continue
        # `APICall(...)`, or `APICall[None](...)` for an operation that answers without a body.
        maker = node.func.value if isinstance(node.func, ast.Subscript) else node.func
        if not (isinstance(maker, ast.Name) and maker.id in CALL_MAKERS):
            continue
        label, request = node.args[CALL_MAKERS[maker.id] : CALL_MAKERS[maker.id] + 2]
        assert isinstance(label, ast.Attribute) and label.attr == "OPERATION_ID", ast.unparse(node)
        assert isinstance(label.value, ast.Name) and label.value.id in imports, ast.unparse(node)
        built_by = _builder_module(request, assignments)
        assert built_by == label.value.id, f"{method.name}: {ast.unparse(node)} labels another operation's request"
        package, operation = imports[label.value.id]
        assert operation in SPEC_OPERATIONS, f"{method.name} calls {operation}, which openapi.yaml lacks"
        assert package == tag_package(SPEC_OPERATIONS[operation][2]["tags"][0]), (operation, package)
        reached.add(operation)
    return reached


def calls_by_method(flavour: str) -> dict[str, set[str]]:
    """'module.Class.method' -> operationIds it calls, for every public method of the resources."""
    found: dict[str, set[str]] = {}
    for path in sorted((RESOURCES / f"_{flavour}").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        imports = _generated_imports(tree)
        for cls in (node for node in tree.body if isinstance(node, ast.ClassDef)):
            for method in cls.body:
                if isinstance(method, ast.FunctionDef | ast.AsyncFunctionDef) and not method.name.startswith("_"):
                    found[f"{path.stem}.{cls.name}.{method.name}"] = _calls(method, imports)
    return found


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_every_operation_is_called_by_a_public_method(flavour: str) -> None:
    reached = {operation for operations in calls_by_method(flavour).values() for operation in operations}
    assert sorted(reached) == sorted(SPEC_OPERATIONS)


def test_sync_and_async_methods_call_the_same_operations() -> None:
    sync = {name.replace("Async", ""): ops for name, ops in calls_by_method("async").items()}
    assert calls_by_method("sync") == sync


def test_a_mislabelled_call_is_caught() -> None:
    """The check above is not vacuous: a call labelled with another operation fails it."""
    source = (RESOURCES / "_async" / "tags.py").read_text(encoding="utf-8")
    wrong = source.replace("APICall(get_tag.OPERATION_ID", "APICall(delete_tag.OPERATION_ID")
    assert wrong != source
    tree = ast.parse(wrong)
    method = next(node for node in ast.walk(tree) if isinstance(node, ast.AsyncFunctionDef) and node.name == "get")
    with pytest.raises(AssertionError, match="labels another operation's request"):
        _calls(method, _generated_imports(tree))


def test_readme_lists_every_operation_with_its_method_and_path() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    methods = "|".join(("GET", "POST", "PUT", "PATCH", "DELETE"))
    rows = [line for line in readme.splitlines() if re.match(rf"\| [^|]+ \| `\w+` \| ({methods}) \|", line)]
    listed = {re.search(r"\| `(\w+)` \|", row).group(1): row for row in rows}  # type: ignore[union-attr]
    assert sorted(listed) == sorted(SPEC_OPERATIONS)
    for operation_id, (method, path, operation) in SPEC_OPERATIONS.items():
        row = listed[operation_id]
        assert row.startswith(f"| {operation['tags'][0]} |"), row
        assert f"| {method} |" in row and f"`{path}`" in row, row
