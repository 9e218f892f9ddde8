"""Sample errors: one of every AltegioError class, built with the tokens in its request.

The classes are found by walking `AltegioError.__subclasses__()`, so an error class added later
is covered as long as `SAMPLE_VALUES` has a value for each of its constructor's parameters
(`make_error` says which one is missing). `FutureLimiterError` stands for such a class, with a
constructor of its own. This is a plain module (not a test file), so that a worker process of
test_error_pickling.py can import it.
"""

from __future__ import annotations

import importlib
import inspect
from typing import Any

import httpx

from altegio import AltegioError, APIError, APIResponseValidationError
from altegio._errors import _BY_STATUS

from .support import PARTNER_TOKEN, USER_TOKEN

AUTHORIZATION = f"Bearer {PARTNER_TOKEN}, User {USER_TOKEN}"
URL = "https://api.alteg.io/api/v2/locations/68570/tags/241625?filter[term]=vip"


class FutureLimiterError(APIError):
    """Stands for an error class another engineer adds later, with its own constructor."""

    def __init__(self, waited: float, *, limit: str, request: httpx.Request | None = None) -> None:
        super().__init__(f"rate limit {limit} still full after {waited:g} s", request=request)
        self.waited = waited
        self.limit = limit


def error_classes() -> list[type[AltegioError]]:
    """AltegioError and every subclass of the package's, at any depth, plus the stand-in."""
    found: set[type[AltegioError]] = set()
    pending: list[type[AltegioError]] = [AltegioError]
    while pending:
        cls = pending.pop()
        if (cls.__module__.split(".")[0] == "altegio" or cls is FutureLimiterError) and cls not in found:
            found.add(cls)
            pending.extend(cls.__subclasses__())
    return sorted(found, key=lambda cls: (cls.__module__, cls.__qualname__))


def _status_of(cls: type[AltegioError]) -> int:
    if issubclass(cls, APIResponseValidationError):
        return 200
    for status, mapped in _BY_STATUS.items():
        if issubclass(cls, mapped):
            return status
    return 503 if cls.__name__ == "InternalServerError" else 418


def sample_request() -> httpx.Request:
    """A request as the clients build it: both tokens in Authorization, a cookie, a JSON body."""
    return httpx.Request(
        "POST",
        URL,
        headers={
            "Authorization": AUTHORIZATION,
            "Cookie": f"sid={USER_TOKEN}",
            "Accept": "application/vnd.api.v2+json",
        },
        json={"title": "VIP", "color": "#ff2828"},
    )


def sample_response(status: int) -> httpx.Response:
    """A read response whose server echoed the credentials back (a proxy might)."""
    body = {"success": False, "data": None, "meta": {"message": "Title is required"}}
    return httpx.Response(
        status,
        headers={"Retry-After": "7", "Set-Cookie": f"sid={PARTNER_TOKEN}", "Authorization": AUTHORIZATION},
        json=body,
        request=sample_request(),
    )


# A value per constructor parameter name; a callable gets the class being built.
SAMPLE_VALUES: dict[str, Any] = {
    "message": "Title is required",
    "request": lambda cls: sample_request(),
    "response": lambda cls: sample_response(_status_of(cls)),
    "body": lambda cls: "raw text" if issubclass(cls, APIResponseValidationError) else {"meta": {"message": "x"}},
    "errors": {"title": ["Title is required"], "": ["Try again"]},
    "argument": "title",
    "problem": "must not be empty",
    "operation": "list_events",
    "waited": 2.5,
    "limit": "5 per second",
}


def make_error(cls: type[AltegioError]) -> AltegioError:
    """An instance of `cls` with every parameter its constructor names filled in."""
    if cls is AltegioError:
        error: AltegioError = cls("something failed")
    else:
        arguments: dict[str, Any] = {}
        for name, parameter in inspect.signature(cls.__init__).parameters.items():
            if name == "self" or parameter.kind in (parameter.VAR_POSITIONAL, parameter.VAR_KEYWORD):
                continue
            assert name in SAMPLE_VALUES, f"add a sample value for `{name}` of {cls.__qualname__} to SAMPLE_VALUES"
            value = SAMPLE_VALUES[name]
            arguments[name] = value(cls) if callable(value) else value
        error = cls(**arguments)
    error.add_note("while syncing tags")
    return error


def raise_error(module: str, qualname: str) -> None:
    """Runs in a worker process: raise a fresh sample error of that class."""
    cls = getattr(importlib.import_module(module), qualname)
    raise make_error(cls)
