"""The public API is a contract: any change to it must be deliberate."""

from __future__ import annotations

import difflib
import pathlib

import altegio

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
