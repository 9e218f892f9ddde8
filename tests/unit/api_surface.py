"""Render the public API of `altegio` as text: every exported name, with the signatures of
functions, classes, methods and properties, and the members of enums.

    python -m tests.unit.api_surface > tests/unit/public_api.txt   (after a deliberate change)
"""

from __future__ import annotations

import enum
import inspect

import altegio
from altegio.resources import ResourceProperty


def _signature(obj: object) -> str:
    try:
        return str(inspect.signature(obj))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return "(...)"


def _class_lines(name: str, cls: type) -> list[str]:
    bases = [base.__name__ for base in cls.__bases__]
    if issubclass(cls, enum.Enum):
        return [f"enum {name} bases={bases}"] + [f"    {member.name} = {member.value!r}" for member in cls]
    lines = [f"class {name}{_signature(cls)}  bases={bases}"]
    members: dict[str, object] = {}
    for klass in reversed(cls.__mro__):
        if klass.__module__.startswith("altegio"):
            members.update(vars(klass))
    for attr, value in sorted(members.items()):
        if attr.startswith("_"):
            continue
        if isinstance(value, property):
            lines.append(f"    property {attr}")
        elif isinstance(value, ResourceProperty):  # client.tags: the sync or the async class
            lines.append(f"    property {attr} -> {value.class_name(cls._flavour)}")
        elif hasattr(value, "__set_name__") and hasattr(value, "func"):  # functools.cached_property
            target = inspect.signature(value.func).return_annotation
            lines.append(f"    property {attr} -> {target}")
        elif isinstance(value, classmethod | staticmethod):
            lines.append(f"    {type(value).__name__} {attr}{_signature(value.__func__)}")
        elif inspect.isfunction(value):
            prefix = "async def" if inspect.iscoroutinefunction(value) else "def"
            lines.append(f"    {prefix} {attr}{_signature(value)}")
    fields = getattr(cls, "__attrs_attrs__", None) or getattr(cls, "__dataclass_fields__", {}).values()
    if fields:
        lines += [f"    field {field.name}: {field.type}" for field in fields]
    return lines


def render() -> str:
    lines = [f"altegio {altegio.__version__}"]
    for name in sorted(altegio.__all__):
        obj = getattr(altegio, name)
        if inspect.isclass(obj):
            lines += _class_lines(name, obj)
        elif callable(obj):
            lines.append(f"def {name}{_signature(obj)}")
        else:
            lines.append(f"{name} = {obj!r}" if name != "__version__" else "__version__")
    # The resource classes are reached through the clients, not exported: include them too.
    from altegio import resources

    for name in sorted(resources.__all__):
        lines += _class_lines(name, getattr(resources, name))
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    print(render(), end="")
