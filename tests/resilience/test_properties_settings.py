"""Properties (hypothesis) of the client's own inputs: tokens, default headers, timeout, retries,
and the `client.request` escape hatch (method, path, params, json).

Whatever they are (non-ASCII, control characters, CR LF, huge or odd numbers), either the
client refuses them with InvalidArgumentError (at construction for settings, before sending for
calls), never echoing a token or a header value, or what it sends is a request that h11 (the
HTTP/1.1 layer under httpx) accepts, so nothing fails only at send time and is retried for
nothing.
"""

from __future__ import annotations

import asyncio
import math
import traceback
from typing import Any

import h11
import httpx
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from altegio import Altegio, AltegioError, AsyncAltegio, InvalidArgumentError

from .strategies import HUGE_INTEGERS, NASTY_TEXT
from .support import PARTNER_TOKEN, USER_TOKEN

BASE_URL = "http://altegio.test/api/v2"
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
KINDS = st.sampled_from(["sync", "async"])


def h11_problem(request: httpx.Request) -> str | None:
    """What h11 would refuse in this request line and headers (None: it would send it)."""
    try:
        h11.Request(method=request.method, target=request.url.raw_path, headers=list(request.headers.raw))
    except h11.LocalProtocolError as exc:
        return str(exc)
    return None


def echoes(shown: str, secret: str) -> bool:
    """Whether a text shows `secret`: its repr, or the value itself when too long to be a word
    of the message by chance."""
    return (len(secret) >= 3 and repr(secret) in shown) or (len(secret) >= 12 and secret in shown)


def texts(error: BaseException) -> str:
    """Everything an error shows: str, repr, args and the traceback with its causes."""
    return "\n".join([str(error), repr(error), repr(error.args), "".join(traceback.format_exception(error))])


def send_one(kind: str, client_options: dict[str, Any], call: Any = None) -> tuple[Any, list[httpx.Request]]:
    """Build a client of that kind over a recording MockTransport and make one call (GET /ping
    by default): (the result, or the AltegioError raised, by construction too; the requests)."""
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"success": True, "data": None})

    call = call or (lambda client: client.request("GET", "/ping"))
    options = {"base_url": BASE_URL, "rate_limit": None, "max_retries": 0, **client_options}
    tokens = options.pop("partner_token", PARTNER_TOKEN), options.pop("user_token", USER_TOKEN)
    if kind == "sync":
        with httpx.Client(transport=httpx.MockTransport(answer)) as http:
            try:
                with Altegio(*tokens, http_client=http, **options) as client:
                    return call(client), seen
            except AltegioError as exc:
                return exc, seen

    async def run() -> Any:
        async with httpx.AsyncClient(transport=httpx.MockTransport(answer)) as http:
            try:
                async with AsyncAltegio(*tokens, http_client=http, **options) as client:
                    return await call(client)
            except AltegioError as exc:
                return exc

    return asyncio.run(run()), seen


TOKENS = (
    st.text(max_size=30)
    | NASTY_TEXT
    | st.text(st.characters(min_codepoint=0x21, max_codepoint=0x7E), min_size=1, max_size=40)
    | st.sampled_from([PARTNER_TOKEN + "\u00e9", USER_TOKEN + "\x80", " padded ", "a,b", "Bearer x", "\ud800"])
)


@SETTINGS
@given(kind=KINDS, partner=TOKENS, user=TOKENS)
def test_any_token_is_refused_at_construction_or_sent_intact(kind: str, partner: str, user: str) -> None:
    outcome, sent = send_one(kind, {"partner_token": partner, "user_token": user})
    if isinstance(outcome, InvalidArgumentError):
        event("refused")
        assert sent == []
        assert outcome.argument in ("partner_token", "user_token")
        shown = texts(outcome)
        for token in (partner, user, partner.strip(), user.strip()):
            assert not echoes(shown, token), "a refused token was echoed"
        return
    event("sent")
    assert not isinstance(outcome, BaseException), outcome
    (request,) = sent
    assert h11_problem(request) is None
    assert request.headers["authorization"] == f"Bearer {partner.strip()}, User {user.strip()}"


HEADER_NAMES = (
    st.from_regex(r"[A-Za-z][A-Za-z0-9-]{0,15}", fullmatch=True)
    | st.text(max_size=12)
    | NASTY_TEXT
    | st.sampled_from(["X-Trace", "Authorization", "proxy-authorization", "Content-Length", "Transfer-Encoding", ""])
)
HEADER_VALUES = (
    st.from_regex(r"[!-~]{1,20}", fullmatch=True)
    | st.text(max_size=20)
    | NASTY_TEXT
    | st.sampled_from(["", "a b", " a", "a ", "a\tb", "chunked", "12", "abc"])
    | st.integers()
    | st.none()
    | st.binary(max_size=4)
)


@SETTINGS
@given(kind=KINDS, headers=st.dictionaries(HEADER_NAMES, HEADER_VALUES, max_size=3) | st.sampled_from([[], "X: 1", 5]))
def test_any_default_headers_are_refused_at_construction_or_sent_as_given(kind: str, headers: Any) -> None:
    outcome, sent = send_one(kind, {"default_headers": headers})
    if isinstance(outcome, InvalidArgumentError):
        event("refused")
        assert sent == [] and outcome.argument == "default_headers"
        shown = texts(outcome)
        names = [str(name) for name in headers] if isinstance(headers, dict) else []
        for value in headers.values() if isinstance(headers, dict) else ():
            if isinstance(value, str) and not any(value in name for name in names):  # names are shown, values never
                assert not echoes(shown, value), "a header value was echoed"
        return
    event("sent")
    assert not isinstance(outcome, BaseException), outcome
    (request,) = sent
    assert h11_problem(request) is None, h11_problem(request)
    last = {name.lower(): value for name, value in headers.items()}  # names differing in case: the last wins
    for name, value in last.items():
        assert request.headers.get_list(name)[-1] == value


@SETTINGS
@given(
    kind=KINDS,
    timeout=st.floats() | st.integers() | HUGE_INTEGERS | st.sampled_from([True, "5", None, math.inf, -0.0]),
    max_retries=st.integers(-3, 20_000) | HUGE_INTEGERS | st.sampled_from([True, 2.0, "2", None]),
)
def test_any_timeout_and_max_retries_are_refused_or_usable(kind: str, timeout: Any, max_retries: Any) -> None:
    """NaN, infinity, None, huge integers and booleans are refused; the rest is a usable client."""
    outcome, sent = send_one(kind, {"timeout": timeout, "max_retries": max_retries})
    if isinstance(outcome, InvalidArgumentError):
        event("refused")
        assert sent == [] and outcome.argument in ("timeout", "max_retries")
        return
    event("sent")
    assert not isinstance(outcome, BaseException), outcome
    assert len(sent) == 1
    assert isinstance(timeout, int | float) and not isinstance(timeout, bool) and 0 < timeout < math.inf
    assert isinstance(max_retries, int) and not isinstance(max_retries, bool) and 0 <= max_retries < 2**63
    read_timeout = sent[0].extensions["timeout"]["read"]
    assert read_timeout == float(timeout)


PATHS = st.tuples(st.just("/"), st.text(max_size=12) | NASTY_TEXT).map("".join) | st.sampled_from(
    ["/a\r\nb", "/\x00", "/é", "/a b", "/a?x=1", "/a#frag", "//other.host/x", "/\ud800", "", "/..", "/a/./b"]
)
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=6) | NASTY_TEXT,
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=4), children, max_size=3),
    max_leaves=8,
)
PARAMS = st.none() | st.dictionaries(
    st.text(max_size=6) | NASTY_TEXT, st.text(max_size=6) | NASTY_TEXT | st.integers() | st.floats(), max_size=3
)


@SETTINGS
@given(
    kind=KINDS,
    method=st.sampled_from(["GET", "POST", "get", "TRACE", "G\r\nET", ""]),
    path=PATHS,
    params=PARAMS,
    body=st.none() | JSON_VALUES,
)
def test_the_escape_hatch_refuses_or_sends_what_h11_accepts(
    kind: str, method: str, path: str, params: Any, body: Any
) -> None:
    """`client.request(method, path, params=, json=)` with any text: InvalidArgumentError before
    sending (never httpx's InvalidURL, UnicodeEncodeError or ValueError), or a valid request."""
    outcome, sent = send_one(kind, {}, lambda client: client.request(method, path, params=params, json=body))
    if isinstance(outcome, InvalidArgumentError):
        event(f"refused: {outcome.argument}")
        assert sent == []
        assert outcome.argument in ("method", "path", "params", "json")
        return
    event("sent")
    assert not isinstance(outcome, BaseException), outcome
    (request,) = sent
    assert h11_problem(request) is None, h11_problem(request)
    assert request.url.raw_path.startswith(b"/api/v2/")
    assert request.method == method.upper()


@pytest.mark.parametrize(
    ("path", "params", "body", "argument"),
    [
        ("/a\r\nb", None, None, "path"),
        ("/a\x00", None, None, "path"),
        ("/\ud800", None, None, "path"),
        ("/a", {"q": "\ud800"}, None, "params"),
        ("/a", None, {"title": "\ud800"}, "json"),
        ("/a", None, {"cost": float("nan")}, "json"),
        ("/a", None, {"at": object()}, "json"),
        ("/../locations", None, None, "path"),
    ],
    ids=["crlf", "nul", "surrogate", "surrogate-param", "surrogate-json", "nan-json", "object-json", "dot-dot"],
)
def test_escape_hatch_examples(path: str, params: Any, body: Any, argument: str) -> None:
    """Each raised a raw httpx.InvalidURL, UnicodeEncodeError, ValueError or TypeError before."""
    for kind in ("sync", "async"):
        outcome, sent = send_one(kind, {}, lambda client: client.request("POST", path, params=params, json=body))
        assert isinstance(outcome, InvalidArgumentError) and outcome.argument == argument, outcome
        assert sent == []
