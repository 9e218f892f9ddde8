"""Shared fixtures for the foundation tests: the spec, the overrides and scratch copies of generated/."""

from __future__ import annotations

import copy
import pathlib
import shutil
import sys
from typing import Any

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
SCRIPTS = ROOT / "scripts"
if str(SCRIPTS) not in sys.path:
    sys.path.insert(0, str(SCRIPTS))

import regenerate  # noqa: E402
from specio import load_spec  # noqa: E402

SPEC_PATH = ROOT / "openapi.yaml"
GENERATED_PACKAGE = ROOT / "generated" / "altegio_openapi"


@pytest.fixture(scope="session")
def pristine_spec() -> dict[str, Any]:
    """openapi.yaml as loaded once per session; never mutate it (use `spec` for a private copy)."""
    return load_spec(SPEC_PATH)


@pytest.fixture
def spec(pristine_spec: dict[str, Any]) -> dict[str, Any]:
    """A private deep copy of openapi.yaml that a test may modify freely."""
    return copy.deepcopy(pristine_spec)


def copy_generated(destination: pathlib.Path) -> pathlib.Path:
    """Copy generated/altegio_openapi (without byte-code caches) to `destination`."""
    shutil.copytree(GENERATED_PACKAGE, destination, ignore=shutil.ignore_patterns("__pycache__"))
    return destination


def snapshot(root: pathlib.Path) -> dict[str, bytes]:
    """Every file below `root` (relative POSIX path -> bytes), caches excluded."""
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts
    }


class Workspace:
    """A scratch openapi.yaml plus generated/altegio_openapi that regenerate.py is pointed at."""

    def __init__(self, root: pathlib.Path) -> None:
        self.root = root
        self.spec = root / "openapi.yaml"
        self.generated = root / "generated" / "altegio_openapi"
        shutil.copyfile(SPEC_PATH, self.spec)
        copy_generated(self.generated)

    def state(self) -> tuple[bytes, list[str], dict[str, bytes]]:
        """Spec bytes, what sits next to the package (no staging leftovers), and the package files."""
        return self.spec.read_bytes(), sorted(p.name for p in self.generated.parent.iterdir()), snapshot(self.generated)


@pytest.fixture
def workspace(tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch) -> Workspace:
    """regenerate.py with SPEC and GENERATED redirected to a scratch copy, so the repo is never touched."""
    ws = Workspace(tmp_path)
    monkeypatch.setattr(regenerate, "SPEC", ws.spec)
    monkeypatch.setattr(regenerate, "GENERATED", ws.generated)
    # Loopback downloads only: never route them through a proxy from the environment.
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    return ws
