"""altegio's own result models: immutable, typed, with the full wire resource kept in `.raw`.

They are written by hand on purpose: regenerating the low-level client never changes them.
One module per API section; every model registers its wire type, so that included resources
come back as these models too (models/_document.py loads the other sections when one is
included). A result loads only its own section: `altegio.models.Tag` and the like are
resolved on first use, from the list of public names in altegio/__init__.py.
"""

from typing import Any


def _public() -> dict[str, str]:
    import altegio

    return {name: module for name, module in altegio._LAZY.items() if module.startswith(".models.")}


def __getattr__(name: str) -> Any:
    if name == "__all__":
        return sorted(_public())
    if name not in _public():
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import altegio

    return getattr(altegio, name)


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_public()))
