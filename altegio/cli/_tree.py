"""The command tree, read from the sync client: resources become groups, methods commands.

Nothing here names an operation. `Altegio`'s properties that return a resource are the top
groups (`tags`, `events`), a resource's properties that return a resource are nested groups
(`events appointments`), and a resource's public methods are the commands, with their
parameters, help and output read from the signature, type hints and docstring. A method added to
a resource is a command the next time the CLI starts.

The rule for arguments: a required parameter whose name ends in `_id` is positional, in the
method's order (`tags get LOCATION_ID TAG_ID`); every other parameter is an option named after
it (`--title`, `--page-size`), marked required when the method requires it.
"""

from __future__ import annotations

import enum
import functools
import inspect
import typing
from collections.abc import Callable, Iterator
from typing import Any

import attrs

from .. import resources
from .._client import Altegio
from .._pagination import SyncPager
from ..resources import ResourceProperty, resource_class
from ..resources._shared import SyncAPIResource
from ._convert import ValueType, value_type


class Result(enum.Enum):
    """What a command's method returns, which decides how it is written out."""

    PAGER = "pager"  # a SyncPager: streamed page by page
    LIST = "list"  # a list, written like a one-page pager
    ITEM = "item"  # one model
    NONE = "none"  # nothing (deletes, updates answered with 204)


@attrs.frozen
class Param:
    """One parameter of a command's method, as the command line spells it."""

    name: str
    type: ValueType
    required: bool
    positional: bool
    default: Any

    @property
    def option(self) -> str:
        return "--" + self.name.replace("_", "-")

    @property
    def metavar(self) -> str:
        return self.name.upper()

    @property
    def dest(self) -> str:
        """Where argparse stores it: kept apart from the global options."""
        return f"param:{self.name}"


@attrs.frozen
class Command:
    """A public method of a resource: `path` is the attribute path from the client."""

    path: tuple[str, ...]
    params: tuple[Param, ...]
    result: Result
    item_type: type | None
    summary: str
    description: str

    @property
    def words(self) -> tuple[str, ...]:
        """The command as typed: attribute names with dashes (`team-members list`)."""
        return tuple(cli_name(part) for part in self.path)

    def param(self, name: str) -> Param | None:
        return next((param for param in self.params if param.name == name), None)

    def call(self, client: Altegio, arguments: dict[str, Any]) -> Any:
        target: Any = client
        for attribute in self.path:
            target = getattr(target, attribute)
        return target(**arguments)


@attrs.frozen
class Group:
    """A resource namespace: its sub-groups and commands, in the order the class defines them."""

    path: tuple[str, ...]
    summary: str
    description: str
    groups: tuple[Group, ...]
    commands: tuple[Command, ...]

    def walk(self) -> Iterator[Command]:
        """Every command below this group, depth first."""
        yield from self.commands
        for group in self.groups:
            yield from group.walk()


def cli_name(attribute: str) -> str:
    return attribute.replace("_", "-")


@functools.cache
def build_tree() -> Group:
    """The whole tree, from `Altegio` down."""
    return _group(Altegio, (), "altegio", "Every operation of the Altegio Business Management API v2.")


def _group(cls: type, path: tuple[str, ...], summary: str, description: str) -> Group:
    groups: list[Group] = []
    commands: list[Command] = []
    for name, member in _public_members(cls):
        function = _property_function(member)
        if isinstance(member, ResourceProperty):  # client.tags and the like: the sync class
            sync_class = resource_class(member.name, "sync")
            doc = _own_doc(sync_class) or f"{cli_name(name)}: its commands"
            groups.append(_group(sync_class, (*path, name), _first_line(doc), doc))
        elif function is not None:
            resource = _resource_type(function)
            if resource is not None:
                doc = _own_doc(function) or _own_doc(resource) or f"{cli_name(name)}: its commands"
                groups.append(_group(resource, (*path, name), _first_line(doc), doc))
        elif inspect.isfunction(member) and issubclass(cls, SyncAPIResource):
            commands.append(_command(member, (*path, name)))
    return Group(path=path, summary=summary, description=description, groups=tuple(groups), commands=tuple(commands))


def _public_members(cls: type) -> Iterator[tuple[str, Any]]:
    """Public attributes in definition order, the class's own before its bases' (not object's)."""
    seen: set[str] = set()
    for klass in cls.__mro__:
        if klass is object:
            continue
        for name, member in vars(klass).items():
            if not name.startswith("_") and name not in seen:
                seen.add(name)
                yield name, member


def _property_function(member: Any) -> Callable[..., Any] | None:
    if isinstance(member, property):
        return member.fget
    if isinstance(member, functools.cached_property):
        return member.func
    return None


def _resource_type(function: Callable[..., Any]) -> type | None:
    """The resource class a property returns, or None for any other property (`settings`).

    `Altegio` imports the resource classes for type checking only, so its annotations are
    resolved against `altegio.resources` as well as the defining module.
    """
    try:
        hints = typing.get_type_hints(function, localns=vars(resources))
    except (NameError, TypeError):
        return None
    returned = hints.get("return")
    if isinstance(returned, type) and issubclass(returned, SyncAPIResource):
        return returned
    return None


def _command(function: Callable[..., Any], path: tuple[str, ...]) -> Command:
    hints = typing.get_type_hints(function)
    params = []
    for parameter in list(inspect.signature(function).parameters.values())[1:]:  # after self
        if parameter.kind in (parameter.VAR_POSITIONAL, parameter.VAR_KEYWORD):
            continue
        required = parameter.default is parameter.empty
        params.append(
            Param(
                name=parameter.name,
                type=value_type(hints[parameter.name]),
                required=required,
                positional=required and parameter.name.endswith("_id"),
                default=None if required else parameter.default,
            )
        )
    result, item_type = _result(hints.get("return"))
    doc = _own_doc(function)
    summary = _first_line(doc) or f"{path[-1].replace('_', ' ')} ({' '.join(cli_name(part) for part in path[:-1])})"
    return Command(
        path=path,
        params=tuple(params),
        result=result,
        item_type=item_type,
        summary=summary,
        description=doc or summary,
    )


def _result(hint: Any) -> tuple[Result, type | None]:
    if hint is None or hint is type(None):
        return Result.NONE, None
    origin = typing.get_origin(hint)
    if origin is SyncPager or origin is list:
        (item,) = typing.get_args(hint)
        return (Result.PAGER if origin is SyncPager else Result.LIST), item
    if isinstance(hint, type):
        return Result.ITEM, hint
    raise TypeError(f"the command line cannot write a {hint!r}")


def _own_doc(obj: Any) -> str:
    """The docstring of the object itself, never one inherited from a base class."""
    doc = vars(obj).get("__doc__") if isinstance(obj, type) else getattr(obj, "__doc__", None)
    return inspect.cleandoc(doc) if isinstance(doc, str) else ""


def _first_line(doc: str) -> str:
    """The first sentence of a docstring, for the list of commands."""
    paragraph = " ".join(doc.split("\n\n")[0].split())
    return paragraph.split(". ")[0].rstrip(".")
