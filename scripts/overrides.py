"""Apply scripts/overrides.yaml to an in-memory copy of the spec.

openapi.yaml stays a faithful restatement of the published description; whatever the code
generator needs changed is declared in overrides.yaml, one entry per fix with its reason, and
applied here. An entry that no longer changes anything is an error (`StaleOverrideError`): the
spec moved on, and the override must be revisited rather than silently carried along.

Entry forms (each has a `reason`):
  drop_header_parameters: [Name, ...]      remove these header parameters from every operation
  at: <JSON pointer>, add: {key: value}    add keys that must not exist yet
  at: <JSON pointer>, replace: value       replace a value that exists and differs
`at` is a JSON pointer from the document root, or relative to the operation named by
`operation: <operationId>`.
"""

from __future__ import annotations

import copy
import pathlib
from dataclasses import dataclass
from typing import Any

import yaml
from specio import operations

OVERRIDES_FILE = pathlib.Path(__file__).with_name("overrides.yaml")


class OverrideError(Exception):
    """The override file is malformed."""


class StaleOverrideError(OverrideError):
    """An override no longer matches the spec it is applied to."""


@dataclass(frozen=True)
class Applied:
    """What one override entry changed, for the regeneration log."""

    reason: str
    changes: tuple[str, ...]


def load_overrides(path: pathlib.Path = OVERRIDES_FILE) -> list[dict[str, Any]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    entries = data.get("overrides") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise OverrideError(f"{path}: expected a top-level `overrides:` list")
    for number, entry in enumerate(entries, 1):
        if not isinstance(entry, dict) or not str(entry.get("reason", "")).strip():
            raise OverrideError(f"{path}: entry {number} has no `reason`")
    return entries


def apply_overrides(document: dict[str, Any], entries: list[dict[str, Any]]) -> tuple[dict[str, Any], list[Applied]]:
    """Return a patched deep copy of `document` and what each entry changed."""
    patched = copy.deepcopy(document)
    report = []
    for number, entry in enumerate(entries, 1):
        label = f"override {number} ({entry['reason'].strip().splitlines()[0]})"
        if "drop_header_parameters" in entry:
            changes = _drop_header_parameters(patched, entry["drop_header_parameters"], label)
        elif "at" in entry:
            changes = _patch_at(patched, entry, label)
        else:
            raise OverrideError(f"{label}: needs `drop_header_parameters` or `at`")
        report.append(Applied(entry["reason"].strip(), tuple(changes)))
    return patched, report


def _drop_header_parameters(document: dict[str, Any], names: list[str], label: str) -> list[str]:
    wanted = {name.lower() for name in names}
    dropped: dict[str, int] = {}
    for _method, _path, operation in operations(document).values():
        kept = []
        for parameter in operation.get("parameters", []):
            resolved = _resolve(document, parameter)
            name = str(resolved.get("name", "")).lower()
            if resolved.get("in") == "header" and name in wanted:
                dropped[name] = dropped.get(name, 0) + 1
            else:
                kept.append(parameter)
        if "parameters" in operation:
            operation["parameters"] = kept
    missing = sorted(wanted - set(dropped))
    if missing:
        raise StaleOverrideError(f"{label}: no operation declares the header parameter(s) {missing}")
    return [f"dropped header {name!r} from {count} operation(s)" for name, count in sorted(dropped.items())]


def _patch_at(document: dict[str, Any], entry: dict[str, Any], label: str) -> list[str]:
    base: Any = document
    where = entry["at"]
    if "operation" in entry:
        found = operations(document).get(entry["operation"])
        if found is None:
            raise StaleOverrideError(f"{label}: no operation {entry['operation']!r}")
        base = found[2]
        where = f"{entry['operation']}:{entry['at']}"
    parent, key = _walk(base, entry["at"], label)
    if "add" in entry:
        target = parent[key] if key is not None else parent
        if not isinstance(target, dict):
            raise StaleOverrideError(f"{label}: {where} is not an object")
        clashes = sorted(set(entry["add"]) & set(target))
        if clashes:
            raise StaleOverrideError(f"{label}: {where} already has {clashes}")
        target.update(copy.deepcopy(entry["add"]))
        return [f"added {sorted(entry['add'])} at {where}"]
    if "replace" in entry:
        if key is None:
            raise OverrideError(f"{label}: cannot replace the root")
        if parent[key] == entry["replace"]:
            raise StaleOverrideError(f"{label}: {where} already equals the replacement")
        parent[key] = copy.deepcopy(entry["replace"])
        return [f"replaced {where}"]
    raise OverrideError(f"{label}: `at` needs `add` or `replace`")


def _walk(node: Any, pointer: str, label: str) -> tuple[Any, Any]:
    """Follow a JSON pointer; return (container, last key), or (node, None) for ''."""
    if pointer in ("", "/"):
        return node, None
    if not pointer.startswith("/"):
        raise OverrideError(f"{label}: `at` must be a JSON pointer starting with '/': {pointer!r}")
    parts = [part.replace("~1", "/").replace("~0", "~") for part in pointer[1:].split("/")]
    for part in parts[:-1]:
        node = _child(node, part, pointer, label)
    _child(node, parts[-1], pointer, label)
    last: Any = int(parts[-1]) if isinstance(node, list) else parts[-1]
    return node, last


def _child(node: Any, part: str, pointer: str, label: str) -> Any:
    try:
        return node[int(part)] if isinstance(node, list) else node[part]
    except (KeyError, IndexError, ValueError, TypeError):
        raise StaleOverrideError(f"{label}: {pointer} does not exist (stopped at {part!r})") from None


def _resolve(document: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    ref = node.get("$ref")
    if not isinstance(ref, str) or not ref.startswith("#/"):
        return node
    target: Any = document
    for part in ref[2:].split("/"):
        target = target[part.replace("~1", "/").replace("~0", "~")]
    return target
