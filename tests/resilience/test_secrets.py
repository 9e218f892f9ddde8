"""Tokens never show: not in a repr, an exception, a traceback or a log line, whatever fails."""

from __future__ import annotations

import logging
import pickle
import traceback
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

import altegio._logging as altegio_logging
from altegio import Altegio, AsyncAltegio, InvalidArgumentError
from altegio._settings import BearerPartnerUserAuth, Credentials

from .cases import CASES, CASES_BY_ID, run_case
from .fault_server import FaultServer
from .support import PARTNER_TOKEN, TOKENS, USER_TOKEN, Api, Kind, leaks


def exception_texts(exc: BaseException) -> Iterator[str]:
    """str, repr and args of an exception and of every exception chained to it, its traceback,
    and what it carries (request, response, body)."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield str(current)
        yield repr(current)
        yield repr(current.args)
        for name in ("message", "body", "errors", "request", "response"):
            if hasattr(current, name):
                yield repr(getattr(current, name))
        request = getattr(current, "request", None)
        if isinstance(request, httpx.Request):
            yield repr(request.headers)
            yield str(request.url)
        current = current.__cause__ or current.__context__
    yield "".join(traceback.format_exception(exc))


def test_reprs_hide_tokens() -> None:
    sync_client = Altegio(PARTNER_TOKEN, USER_TOKEN, rate_limit=None)
    async_client = AsyncAltegio(PARTNER_TOKEN, USER_TOKEN, rate_limit=None)
    credentials = Credentials(PARTNER_TOKEN, USER_TOKEN)
    objects: list[Any] = [
        sync_client,
        async_client,
        sync_client.settings,
        async_client.settings,
        sync_client.settings.credentials,
        sync_client.with_options(max_retries=0),
        sync_client.with_options(timeout=1).settings,
        credentials,
        BearerPartnerUserAuth(credentials),
        sync_client._auth,
        async_client._auth,
    ]
    try:
        for item in objects:
            for text in (repr(item), str(item), f"{item}", f"{item!r}"):
                assert not leaks(text), f"{type(item).__name__}: {text}"
        # The tokens are really there (the checks above are not vacuous) ...
        assert credentials.authorization == f"Bearer {PARTNER_TOKEN}, User {USER_TOKEN}"
        # ... and cannot be written out by pickling.
        with pytest.raises(TypeError):
            pickle.dumps(credentials)
    finally:
        sync_client.close()


def test_tokens_from_the_environment_are_hidden_too(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ALTEGIO_PARTNER_TOKEN", PARTNER_TOKEN)
    monkeypatch.setenv("ALTEGIO_USER_TOKEN", USER_TOKEN)
    with Altegio(rate_limit=None) as client:
        assert not leaks(repr(client)) and not leaks(repr(client.settings))


def test_rejected_tokens_are_not_echoed() -> None:
    """A token refused as malformed is not quoted back in the error."""
    for partner, user in ((PARTNER_TOKEN + " x", USER_TOKEN), (PARTNER_TOKEN, USER_TOKEN + ",y")):
        with pytest.raises(InvalidArgumentError) as caught:
            Altegio(partner, user)
        for text in exception_texts(caught.value):
            assert not leaks(text), text


@pytest.fixture
def everything_logged(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    """Every logger at DEBUG into caplog: altegio, httpx, httpcore and the root."""
    caplog.set_level(logging.DEBUG)
    for name in ("altegio", "httpx", "httpcore"):
        caplog.set_level(logging.DEBUG, logger=name)
    return caplog


def test_fault_matrix_leaks_nothing(
    kind: Kind, monkeypatch: pytest.MonkeyPatch, everything_logged: pytest.LogCaptureFixture
) -> None:
    """Every case of the matrix: no token in its exception or in any log record."""
    api = Api(kind, monkeypatch)
    raised = 0
    try:
        for case in CASES:
            with FaultServer() as server:
                outcome = run_case(api, server, case)
            if isinstance(outcome, BaseException):
                raised += 1
                for text in exception_texts(outcome):
                    assert not leaks(text), f"{case.id}: {text}"
    finally:
        api.close()
    assert raised >= 30

    formatter = logging.Formatter("%(name)s %(levelname)s %(message)s")
    loggers = set()
    for record in everything_logged.records:
        loggers.add(record.name.split(".")[0])
        texts = [record.getMessage(), repr(record.args), formatter.format(record), repr(record.__dict__)]
        for text in texts:
            assert not leaks(text), f"{record.name}: {text}"
    # The capture saw real traffic from every layer, so the check above is not vacuous.
    assert {"altegio", "httpx", "httpcore"} <= loggers
    messages = [record.getMessage() for record in everything_logged.records if record.name == "altegio"]
    assert any(message.startswith("retry 1/2 of GET /api/v2/") for message in messages)


def test_altegio_log_debug_installs_a_handler_without_tokens(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    logger = logging.getLogger("altegio")
    handlers_before, level_before = list(logger.handlers), logger.level
    monkeypatch.setenv("ALTEGIO_LOG", "debug")
    monkeypatch.setattr(altegio_logging, "_configured", False)
    api = Api("sync", monkeypatch)
    try:
        for case_id in ("503-get-recovers", "reset-mid-body-post", "429-retry-after-above-cap-get"):
            with FaultServer() as server:
                outcome = run_case(api, server, CASES_BY_ID[case_id])  # the first client installs it
            if isinstance(outcome, BaseException):
                assert not [text for text in exception_texts(outcome) if leaks(text)]
        added = [handler for handler in logger.handlers if handler not in handlers_before]
        assert len(added) == 1 and isinstance(added[0], logging.StreamHandler)
        assert logger.level == logging.DEBUG
    finally:
        api.close()
        for handler in logger.handlers[:]:
            if handler not in handlers_before:
                logger.removeHandler(handler)
        logger.setLevel(level_before)
    err = capsys.readouterr().err
    assert "altegio INFO] GET /api/v2/locations/68570/tags/241625 -> 503 (" in err
    assert "retry 1/2 of GET /api/v2/locations/68570/tags/241625" in err
    for token in TOKENS:
        assert token not in err
    assert not leaks(err)


def test_altegio_log_unset_leaves_logging_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    logger = logging.getLogger("altegio")
    handlers_before = list(logger.handlers)
    monkeypatch.delenv("ALTEGIO_LOG", raising=False)
    monkeypatch.setattr(altegio_logging, "_configured", False)
    Altegio(PARTNER_TOKEN, USER_TOKEN, rate_limit=None).close()
    assert logger.handlers == handlers_before
