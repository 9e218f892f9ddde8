"""A readable change report between two versions of the OpenAPI description.

Used by `regenerate.py --download` to show what a newly published spec changes before it
replaces openapi.yaml: operations added and removed, and per operation the parameters, request
fields, response codes and response fields added, removed or changed. Prose is ignored.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from specio import operations

_PROSE = {"description", "summary", "example", "examples", "title"}
_MAX_DEPTH = 8


@dataclass
class OperationChanges:
    op_id: str
    method: str
    path: str
    lines: list[str] = field(default_factory=list)


@dataclass
class ChangeReport:
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    changed: list[OperationChanges] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.added or self.removed or self.changed)

    def render(self) -> str:
        if self.empty:
            return "No changes to operations, parameters, bodies or responses."
        out = []
        for op in self.added:
            out.append(f"+ operation {op}")
        for op in self.removed:
            out.append(f"- operation {op}")
        for op in self.changed:
            out.append(f"~ operation {op.op_id} ({op.method} {op.path})")
            out.extend(f"    {line}" for line in op.lines)
        return "\n".join(out)


def compare(old: dict[str, Any], new: dict[str, Any]) -> ChangeReport:
    old_ops, new_ops = operations(old), operations(new)
    report = ChangeReport()
    report.added = [f"{op} ({new_ops[op][0]} {new_ops[op][1]})" for op in new_ops if op not in old_ops]
    report.removed = [f"{op} ({old_ops[op][0]} {old_ops[op][1]})" for op in old_ops if op not in new_ops]
    for op_id, (method, path, new_op) in new_ops.items():
        if op_id not in old_ops:
            continue
        old_method, old_path, old_op = old_ops[op_id]
        lines = []
        if (old_method, old_path) != (method, path):
            lines.append(f"moved from {old_method} {old_path}")
        lines += _diff("parameter", _parameters(old, old_op), _parameters(new, new_op))
        lines += _diff("request field", _request_fields(old, old_op), _request_fields(new, new_op))
        old_codes, new_codes = _responses(old, old_op), _responses(new, new_op)
        lines += [f"+ response {code}" for code in new_codes if code not in old_codes]
        lines += [f"- response {code}" for code in old_codes if code not in new_codes]
        for code in new_codes:
            if code in old_codes:
                lines += _diff(f"response {code} field", old_codes[code], new_codes[code])
        if lines:
            report.changed.append(OperationChanges(op_id, method, path, lines))
    return report


def _diff(kind: str, old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    lines = [f"+ {kind} {name}: {_show(new[name])}" for name in new if name not in old]
    lines += [f"- {kind} {name}" for name in old if name not in new]
    for name in new:
        if name in old and old[name] != new[name]:
            lines.append(f"~ {kind} {name}: {_show(old[name])} -> {_show(new[name])}")
    return lines


def _show(facts: dict[str, Any]) -> str:
    return ", ".join(f"{key}={value}" for key, value in facts.items()) or "(any)"


def _parameters(doc: dict[str, Any], operation: dict[str, Any]) -> dict[str, Any]:
    found = {}
    for raw in operation.get("parameters", []):
        parameter = _resolve(doc, raw)
        facts = {key: parameter[key] for key in ("required", "style", "explode") if key in parameter}
        facts.update(_facts(doc, parameter.get("schema", {})))
        found[f"{parameter.get('in')}:{parameter.get('name')}"] = facts
    return found


def _request_fields(doc: dict[str, Any], operation: dict[str, Any]) -> dict[str, Any]:
    body = _resolve(doc, operation.get("requestBody") or {})
    fields: dict[str, Any] = {}
    for media, content in (body.get("content") or {}).items():
        _fields(doc, content.get("schema") or {}, media, fields, 0)
    return fields


def _responses(doc: dict[str, Any], operation: dict[str, Any]) -> dict[str, dict[str, Any]]:
    codes = {}
    for code, raw in (operation.get("responses") or {}).items():
        response = _resolve(doc, raw)
        fields: dict[str, Any] = {}
        for media, content in (response.get("content") or {}).items():
            _fields(doc, content.get("schema") or {}, media, fields, 0)
        codes[str(code)] = fields
    return codes


def _fields(doc: dict[str, Any], schema: dict[str, Any], prefix: str, out: dict[str, Any], depth: int) -> None:
    """Flatten a schema into {dotted field name: its facts}, arrays as `name[]`."""
    schema = _resolve(doc, schema)
    if depth > _MAX_DEPTH:
        return
    for key in ("allOf", "oneOf", "anyOf"):
        for variant in schema.get(key, []):
            _fields(doc, variant, prefix, out, depth + 1)
    required = set(schema.get("required", []))
    for name, sub in (schema.get("properties") or {}).items():
        path = f"{prefix}.{name}"
        facts = _facts(doc, sub)
        if name in required:
            facts = {"required": True, **facts}
        out[path] = facts
        _fields(doc, sub, path, out, depth + 1)
    items = schema.get("items")
    if isinstance(items, dict):
        _fields(doc, items, f"{prefix}[]", out, depth + 1)


def _facts(doc: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    """The keywords of one schema that matter to a caller, without prose or nested fields."""
    schema = _resolve(doc, schema)
    nested = {"properties", "items", "allOf", "oneOf", "anyOf", "required", "$defs"}
    facts = {key: value for key, value in schema.items() if key not in _PROSE | nested}
    for key in ("oneOf", "anyOf"):
        if key in schema:
            facts[key] = [_facts(doc, variant) for variant in schema[key]]
    return facts


def _resolve(doc: dict[str, Any], node: Any) -> Any:
    seen = 0
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#/") and seen < 20:
        target: Any = doc
        for part in node["$ref"][2:].split("/"):
            target = target.get(part.replace("~1", "/").replace("~0", "~"), {}) if isinstance(target, dict) else {}
        node = target
        seen += 1
    return node
