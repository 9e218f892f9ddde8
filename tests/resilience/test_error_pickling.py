"""Every AltegioError pickles, copies and crosses a process boundary, carrying no token.

The classes are found by walking `AltegioError.__subclasses__()`, so an error class added later
is covered without touching this file, as long as `SAMPLE_VALUES` has a value for each of its
constructor's parameters (the test says which one is missing). `FutureLimiterError`, defined
here with a constructor of its own, stands for such a class and shows that the base class alone
makes it picklable.
"""

from __future__ import annotations

import copy
import importlib
import inspect
import multiprocessing
import pickle
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from typing import Any

import httpx
import pytest

import altegio
from altegio import AltegioError, APIError, APIResponseValidationError, APIStatusError, InvalidArgumentError
from altegio._errors import _BY_STATUS

from .support import PARTNER_TOKEN, TOKENS, USER_TOKEN

AUTHORIZATION = f"Bearer {PARTNER_TOKEN}, User {USER_TOKEN}"
URL = "https://api.alteg.io/api/v2/locations/68570/tags/241625?filter[term]=vip"
SENSITIVE = ("authorization", "proxy-authorization", "cookie", "set-cookie")


class FutureLimiterError(APIError):
    """Stands for an error class another engineer adds later, with its own constructor."""

    def __init__(self, waited: float, *, limit: str, request: httpx.Request | None = None) -> None:
        super().__init__(f"rate limit {limit} still full after {waited:g} s", request=request)
        self.waited = waited
        self.limit = limit


def error_classes() -> list[type[AltegioError]]:
    """AltegioError and every subclass, at any depth, of this package and of this file."""
    found: set[type[AltegioError]] = set()
    pending: list[type[AltegioError]] = [AltegioError]
    while pending:
        cls = pending.pop()
        if cls.__module__.split(".")[0] in ("altegio", "tests") and cls not in found:
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


def assert_no_token(data: bytes) -> None:
    for token in TOKENS:
        for piece in (token, token[:10], token[-8:]):
            assert piece.encode() not in data, f"{piece!r} in the pickled bytes"


def assert_same_error(original: AltegioError, copied: Any) -> None:
    """Same class, args, text and attributes; request and response kept but redacted."""
    assert type(copied) is type(original)
    assert copied is not original
    assert copied.args == original.args
    assert str(copied) == str(original)
    for name in ("message", "status_code", "body", "errors", "retry_after", "argument", "problem"):
        assert getattr(copied, name, "<absent>") == getattr(original, name, "<absent>"), name
    for name, value in vars(original).items():
        if name in ("request", "response"):
            continue
        assert getattr(copied, name) == value, name
    request = getattr(original, "request", None)
    if isinstance(request, httpx.Request):
        assert_redacted_request(request, copied.request)
    response = getattr(original, "response", None)
    if isinstance(response, httpx.Response):
        kept = copied.response
        assert isinstance(kept, httpx.Response)
        assert (kept.status_code, kept.content, kept.text) == (response.status_code, response.content, response.text)
        assert kept.headers["retry-after"] == "7"
        assert not [name for name in kept.headers if name.lower() in SENSITIVE]
        assert_redacted_request(response.request, kept.request)
        assert kept.history == [] and kept.next_request is None


def assert_redacted_request(original: httpx.Request, kept: Any) -> None:
    assert isinstance(kept, httpx.Request)
    assert (kept.method, kept.url, kept.content) == (original.method, original.url, original.content)
    assert kept.headers["accept"] == "application/vnd.api.v2+json"
    assert kept.headers["content-type"] == "application/json"
    assert not [name for name in kept.headers if name.lower() in SENSITIVE]


CLASSES = error_classes()


def test_every_exported_error_class_is_found() -> None:
    """The walk reaches every error class altegio exports (and this file's stand-in)."""
    exported = {
        value for value in vars(altegio).values() if isinstance(value, type) and issubclass(value, AltegioError)
    }
    assert exported <= set(CLASSES)
    assert len(exported) == 15
    assert FutureLimiterError in CLASSES


@pytest.mark.parametrize("cls", CLASSES, ids=lambda cls: cls.__name__)
def test_pickle_round_trip_keeps_everything_but_the_tokens(cls: type[AltegioError]) -> None:
    error = make_error(cls)
    data = pickle.dumps(error)
    assert_no_token(data)
    assert_same_error(error, pickle.loads(data))
    # The original keeps its real request: only what leaves the process is redacted.
    if isinstance(getattr(error, "request", None), httpx.Request):
        assert error.request.headers["authorization"] == AUTHORIZATION  # type: ignore[attr-defined]
    for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
        assert_same_error(error, pickle.loads(pickle.dumps(error, protocol=protocol)))


@pytest.mark.parametrize("copier", [copy.copy, copy.deepcopy], ids=["copy", "deepcopy"])
@pytest.mark.parametrize("cls", CLASSES, ids=lambda cls: cls.__name__)
def test_copies_are_equal_errors(cls: type[AltegioError], copier: Callable[[Any], Any]) -> None:
    error = make_error(cls)
    copied = copier(error)
    assert_same_error(error, copied)
    if copier is copy.deepcopy and isinstance(getattr(error, "body", None), dict):
        assert copied.body is not error.body  # type: ignore[attr-defined]


def test_errors_with_what_is_rare_pickle_too() -> None:
    """No request, an HTML body, an unread streamed response, a pager error, a huge integer."""
    bare = httpx.Response(502, content=b"<html>Bad Gateway</html>", request=httpx.Request("GET", URL))
    streamed = httpx.Response(503, stream=httpx.ByteStream(b"later"), request=sample_request())
    errors: list[AltegioError] = [
        altegio.APIConnectionError(request=None),
        altegio.APITimeoutError(request=None),
        APIStatusError("Bad Gateway", response=bare, body=bare.text),
        altegio.InternalServerError("Service Unavailable", response=streamed, body=None),
        APIResponseValidationError("page 2 repeats page 1", operation="list_events"),
        InvalidArgumentError("tag_id", "must fit in 64 bits (at most 2**63 - 1), got an integer of 16610 bits"),
    ]
    for error in errors:
        data = pickle.dumps(error)
        assert_no_token(data)
        copied = pickle.loads(data)
        assert type(copied) is type(error) and str(copied) == str(error) and copied.args == error.args
    with pytest.raises(httpx.ResponseNotRead):
        pickle.loads(pickle.dumps(errors[3])).response.content  # noqa: B018 - never read, so not kept


def test_chained_causes_are_not_pickled() -> None:
    """As for any exception, `__cause__` stays behind: an httpx error can hold the request."""
    try:
        try:
            raise httpx.ConnectError("refused", request=sample_request())
        except httpx.ConnectError as exc:
            raise altegio.APIConnectionError("Connection error: ConnectError: refused", request=exc.request) from exc
    except altegio.APIConnectionError as error:
        copied = pickle.loads(pickle.dumps(error))
    assert copied.__cause__ is None and copied.__traceback__ is None
    assert str(copied) == "Connection error: ConnectError: refused"


def test_errors_cross_a_process_pool() -> None:
    """Raised in a worker (spawned: everything is pickled), each arrives whole and the pool
    survives; before, unpickling raised TypeError and the pool broke (BrokenProcessPool)."""
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
        for cls in CLASSES:
            raised = pool.submit(raise_error, cls.__module__, cls.__qualname__).exception(timeout=120)
            assert isinstance(raised, AltegioError), f"{cls.__name__}: {raised!r}"
            assert_same_error(make_error(cls), raised)
        assert pool.submit(len, "still alive").result(timeout=60) == 11
