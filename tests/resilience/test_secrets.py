"""Tokens never show: not in a repr, an exception, a traceback, a log line or the pickled bytes
of an error, whatever fails."""

from __future__ import annotations

import logging
import pickle
import traceback
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

import altegio._logging as altegio_logging
from altegio import Altegio, AltegioError, AsyncAltegio, InvalidArgumentError
from altegio._settings import BearerPartnerUserAuth, Credentials

from .cases import CASES, CASES_BY_ID, EVENTS_FROM, EVENTS_TO, run_case
from .fault_server import FaultServer
from .samples import error_classes, make_error
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
    try:
        raise exc
    except BaseException:
        yield traceback.format_exc()  # the chained causes too


def pickled_leaks(error: BaseException) -> list[str]:
    """The tokens (or a piece of one) in the pickled bytes of an error."""
    data = pickle.dumps(error)
    return [token for token in TOKENS for piece in (token, token[:10], token[-8:]) if piece.encode() in data]


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
        sync_client._http,
        sync_client._request_headers,
        async_client._request_headers,
        sync_client.generated,
        sync_client.tags,
        async_client.events.appointments,
        sync_client.events.list(1, EVENTS_FROM, EVENTS_TO),
        async_client.tags.list(1),
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


REJECTED_TOKENS = [
    (PARTNER_TOKEN + " x", USER_TOKEN),
    (PARTNER_TOKEN, USER_TOKEN + ",y"),
    (PARTNER_TOKEN + "\u00e9", USER_TOKEN),  # passed before, then httpx's UnicodeEncodeError showed both
    (PARTNER_TOKEN, USER_TOKEN + "\x80"),
    (PARTNER_TOKEN + "\x7f", USER_TOKEN),
    (PARTNER_TOKEN, "\u200b" + USER_TOKEN),
    (PARTNER_TOKEN + "\ud800", USER_TOKEN),
    (PARTNER_TOKEN + "\x00", USER_TOKEN),
    (PARTNER_TOKEN, USER_TOKEN[:4] + "\u2028" + USER_TOKEN[4:]),  # surrounding whitespace is stripped
]


@pytest.mark.parametrize(("partner", "user"), REJECTED_TOKENS, ids=[ascii(p + u)[-12:] for p, u in REJECTED_TOKENS])
@pytest.mark.parametrize("cls", [Altegio, AsyncAltegio])
def test_rejected_tokens_are_not_echoed(cls: type[Any], partner: str, user: str) -> None:
    """A token refused as malformed is not quoted back: not in the text, the traceback, the
    pickled error."""
    with pytest.raises(InvalidArgumentError) as caught:
        cls(partner, user)
    assert caught.value.argument == ("partner_token" if partner != PARTNER_TOKEN else "user_token")
    for text in exception_texts(caught.value):
        assert not leaks(text), text
    assert not pickled_leaks(caught.value)


@pytest.mark.parametrize("cls", error_classes(), ids=lambda cls: cls.__name__)
def test_no_error_class_pickles_a_token(cls: type[AltegioError]) -> None:
    """Each error, its request holding both tokens (in Authorization and a cookie) and its
    response echoing them: grep finds neither in its pickled bytes, nor in the texts and reprs
    of the unpickled error."""
    error = make_error(cls)
    assert not pickled_leaks(error)
    for text in exception_texts(pickle.loads(pickle.dumps(error))):
        assert not leaks(text), text
    request = getattr(error, "request", None)
    if request is not None:  # the check is not vacuous: the tokens are in the live error
        assert leaks(request.headers["authorization"])


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
    """Every case of the matrix: no token in its exception (texts, traceback, pickled bytes) or
    in any log record, whatever its logger and level."""
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
                assert not pickled_leaks(outcome), case.id
                assert type(pickle.loads(pickle.dumps(outcome))) is type(outcome)
    finally:
        api.close()
    assert raised >= 40

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
    # httpcore printed the echoed credentials' headers (echoed-credentials-get), masked.
    traces = [record.getMessage() for record in everything_logged.records if record.name == "httpcore.http11"]
    assert any("(b'Authorization', b'<redacted>')" in trace for trace in traces)
    assert any("(b'Set-Cookie', b'<redacted>')" in trace for trace in traces)


def test_httpcore_header_lines_are_masked_for_any_handler(monkeypatch: pytest.MonkeyPatch) -> None:
    """The filter sits on httpcore's own loggers, so a handler anywhere (root, httpcore, a
    child) gets masked lines; other headers and other messages are left as they were."""
    altegio_logging.install_redaction()
    seen: list[str] = []

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            seen.append(self.format(record))

    handler = Keep()
    target = logging.getLogger("httpcore")
    monkeypatch.setattr(target, "level", logging.DEBUG)
    target.addHandler(handler)
    try:
        for name in altegio_logging.HTTPCORE_LOGGERS:
            logging.getLogger(name).debug(
                "receive_response_headers.complete return_value=(b'HTTP/1.1', 200, b'OK', "
                f"[(b'authorization', b'Bearer {PARTNER_TOKEN}, User {USER_TOKEN}'), (b'X-Id', b'7'), "
                f"(b\"Set-Cookie\", b\"sid={USER_TOKEN}; it's\"), (b'Proxy-Authorization', b'Basic {PARTNER_TOKEN}')])"
            )
            logging.getLogger(name).debug("send_request_headers.started request=%r", "<Request [b'GET']>")
    finally:
        target.removeHandler(handler)
    assert len(seen) == 2 * len(altegio_logging.HTTPCORE_LOGGERS)
    for line in seen[::2]:
        assert not leaks(line), line
        assert "(b'X-Id', b'7')" in line and line.count("<redacted>") == 3
    assert seen[1] == "send_request_headers.started request=\"<Request [b'GET']>\""


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
