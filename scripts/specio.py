"""Reading and writing OpenAPI documents the way the code generator sees them.

PyYAML follows YAML 1.1, where a plain `720441_13245586_0_0` is an integer and `yes` a boolean;
OpenAPI 3.1 documents are YAML 1.2, where the first is a string. Every script here loads through
`load_spec` so that ids in examples keep their type, and hands the generator JSON, so that its
own YAML reader (ruamel, which reads that id as an integer too) never sees the YAML.
"""

from __future__ import annotations

import datetime as dt
import json
import pathlib
import re
from typing import Any

import yaml

_INT = re.compile(r"^[-+]?(?:[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$")
_FLOAT = re.compile(
    r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
    r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$"
)


_BOOL = re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$")
_RETYPED = ("tag:yaml.org,2002:bool", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float")


class Yaml12Loader(yaml.SafeLoader):
    """A safe loader whose booleans, integers and floats follow YAML 1.2 (no `yes`/`off` booleans,
    no `_` digit separators, no leading-zero octals)."""


def _construct_int(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> int:
    text = loader.construct_scalar(node)
    sign, digits = (-1, text[1:]) if text[0] == "-" else (1, text.removeprefix("+"))
    return sign * (int(digits, 0) if digits[:2] in ("0o", "0x") else int(digits, 10))


Yaml12Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag not in _RETYPED]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
Yaml12Loader.add_implicit_resolver("tag:yaml.org,2002:bool", _BOOL, list("tTfF"))
Yaml12Loader.add_implicit_resolver("tag:yaml.org,2002:int", _INT, list("-+0123456789"))
Yaml12Loader.add_implicit_resolver("tag:yaml.org,2002:float", _FLOAT, list("-+0123456789."))
Yaml12Loader.add_constructor("tag:yaml.org,2002:int", _construct_int)


class SpecError(Exception):
    """The document cannot be read or is not a usable OpenAPI 3.1 description."""


def parse_spec(text: str | bytes, *, source: str = "<spec>") -> dict[str, Any]:
    """Parse YAML or JSON text into a document (JSON is a subset of YAML 1.2)."""
    try:
        document = yaml.load(text, Loader=Yaml12Loader)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as exc:
        raise SpecError(f"{source}: not valid YAML or JSON: {exc}") from exc
    if not isinstance(document, dict):
        raise SpecError(f"{source}: expected a mapping at the top level, got {type(document).__name__}")
    return document


def load_spec(path: pathlib.Path) -> dict[str, Any]:
    try:
        return parse_spec(path.read_bytes(), source=str(path))
    except OSError as exc:
        raise SpecError(f"cannot read {path}: {exc}") from exc


def validate_openapi_31(document: dict[str, Any], *, source: str = "<spec>") -> None:
    """Raise SpecError unless the document is a valid OpenAPI 3.1 description."""
    from openapi_spec_validator import validate
    from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

    version = str(document.get("openapi", ""))
    if not version.startswith("3.1"):
        raise SpecError(f"{source}: expected OpenAPI 3.1, found openapi: {version or '(missing)'}")
    try:
        validate(_json_ready(document))
    except OpenAPIValidationError as exc:
        raise SpecError(f"{source}: invalid OpenAPI 3.1: {exc.message}") from exc


def _json_ready(node: Any) -> Any:
    """YAML dates in examples become ISO strings, as they are on the wire."""
    if isinstance(node, dict):
        return {str(key): _json_ready(value) for key, value in node.items()}
    if isinstance(node, list):
        return [_json_ready(value) for value in node]
    if isinstance(node, (dt.date, dt.datetime)):
        return node.isoformat()
    return node


def dump_json(document: dict[str, Any]) -> str:
    """Stable JSON for the generator: key order kept, dates as ISO strings."""
    return json.dumps(_json_ready(document), indent=1, ensure_ascii=False) + "\n"


def operations(document: dict[str, Any]) -> dict[str, tuple[str, str, dict[str, Any]]]:
    """operationId -> (METHOD, path, operation object), in document order."""
    found: dict[str, tuple[str, str, dict[str, Any]]] = {}
    for path, item in (document.get("paths") or {}).items():
        for method, operation in (item or {}).items():
            if method in {"get", "put", "post", "delete", "patch", "head", "options", "trace"}:
                op_id = operation.get("operationId") or f"{method.upper()} {path}"
                found[op_id] = (method.upper(), path, operation)
    return found
