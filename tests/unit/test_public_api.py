"""The public API is a contract: any change to it must be deliberate."""

from __future__ import annotations

import ast
import difflib
import importlib
import pathlib
import pkgutil
import types
import typing

import altegio
from altegio import models, resources
from altegio._client import _ClientCore
from altegio.resources import ResourceProperty
from altegio.resources import _sync as resources_sync
from altegio.resources._shared import SyncAPIResource

from .api_surface import render

SNAPSHOT = pathlib.Path(__file__).with_name("public_api.txt")


def test_public_api_matches_the_committed_snapshot() -> None:
    current = render()
    expected = SNAPSHOT.read_text(encoding="utf-8")
    if current != expected:
        diff = "".join(difflib.unified_diff(expected.splitlines(True), current.splitlines(True), "snapshot", "now"))
        raise AssertionError(
            "The public API changed. If that is deliberate, run\n"
            "  python -m tests.unit.api_surface > tests/unit/public_api.txt\n"
            "and note it in CHANGELOG.md.\n" + diff
        )


def test_every_exported_name_exists_and_no_generated_class_leaks() -> None:
    for name in altegio.__all__:
        obj = getattr(altegio, name)
        assert not getattr(obj, "__module__", "").startswith("altegio_openapi"), name


def _type_checking_imports(path: pathlib.Path) -> dict[str, str]:
    """Name -> module (relative, e.g. ".models.tags") of the imports under `if TYPE_CHECKING:`."""
    found = {}
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.If) and isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING":
            for statement in node.body:
                if isinstance(statement, ast.ImportFrom):
                    for alias in statement.names:
                        found[alias.asname or alias.name] = "." * statement.level + (statement.module or "")
    return found


def test_lazy_exports_are_listed_once_and_checked_against_the_rest() -> None:
    """`_LAZY` is the list of what `altegio` loads on first use: the imports mypy sees name the
    same modules, and `__all__` is exactly the eager names plus these."""
    assert _type_checking_imports(pathlib.Path(altegio.__file__)) == altegio._LAZY
    eager = {
        name
        for name, value in vars(altegio).items()
        if not name.startswith("_") and name not in altegio._LAZY and not isinstance(value, types.ModuleType)
    }
    eager -= {"TYPE_CHECKING", "Any"}
    assert sorted(altegio.__all__) == sorted(eager | set(altegio._LAZY) | {"__version__"})
    for name, module in altegio._LAZY.items():
        assert getattr(importlib.import_module(module, "altegio"), name) is getattr(altegio, name)


def test_models_package_serves_the_public_models_from_the_same_list() -> None:
    public = {name for name, module in altegio._LAZY.items() if module.startswith(".models.")}
    assert sorted(models.__all__) == sorted(public)
    assert all(getattr(models, name) is getattr(altegio, name) for name in public)


def test_resource_classes_are_the_ones_the_modules_define() -> None:
    """resources._MODULES (class -> module) against the classes the modules really define."""
    defined = {}
    for info in pkgutil.iter_modules(resources_sync.__path__):
        module = importlib.import_module(f"altegio.resources._sync.{info.name}")
        for name, value in vars(module).items():
            if isinstance(value, type) and issubclass(value, SyncAPIResource) and value.__module__ == module.__name__:
                defined[name] = info.name
    assert defined == resources._MODULES
    for name in defined:
        assert getattr(resources, f"Async{name}").__name__ == f"Async{name}"


def test_each_client_property_gives_its_flavour_of_the_resource() -> None:
    """One definition per resource property serves both clients; its annotation (what mypy sees)
    names the classes that it builds at run time, and like a cached property it builds once."""
    hints = typing.get_type_hints(_ClientCore, localns=vars(resources) | {"ResourceProperty": ResourceProperty})
    properties = {name: value for name, value in vars(_ClientCore).items() if isinstance(value, ResourceProperty)}
    assert len(properties) == 11
    sync_client = altegio.Altegio("p", "u", rate_limit=None)
    async_client = altegio.AsyncAltegio("p", "u", rate_limit=None)
    for name, descriptor in properties.items():
        sync_type, async_type = typing.get_args(hints[name])
        assert type(getattr(sync_client, name)) is sync_type, name
        assert type(getattr(async_client, name)) is async_type, name
        assert getattr(sync_client, name) is getattr(sync_client, name)
        copy = sync_client.with_options(max_retries=0)
        assert getattr(copy, name)._client is copy
        assert descriptor.class_name("sync") == sync_type.__name__
    for client_class in (altegio.Altegio, altegio.AsyncAltegio):
        assert not set(properties) & set(vars(client_class)), "resource properties are defined once, in _ClientCore"
    sync_client.close()
