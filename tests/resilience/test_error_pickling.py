"""Every AltegioError pickles, copies and crosses a process boundary, carrying no token.

The classes come from samples.py, which walks `AltegioError.__subclasses__()`: an error class
added later is covered without touching this file. `FutureLimiterError`, a stand-in for such a
class with a constructor of its own, shows that the base class alone makes it picklable.
"""

from __future__ import annotations

import copy
import multiprocessing
import pickle
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from typing import Any

import httpx
import pytest

import altegio
from altegio import AltegioError, APIResponseValidationError, APIStatusError, InvalidArgumentError

from .samples import AUTHORIZATION, URL, FutureLimiterError, error_classes, make_error, raise_error, sample_request
from .support import TOKENS

SENSITIVE = ("authorization", "proxy-authorization", "cookie", "set-cookie")


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
    assert len(exported) == 19
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
