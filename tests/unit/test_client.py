"""Client configuration: tokens and base URL from arguments or environment, the headers every
request carries, timeouts, lifecycle, per-call options, and the escape hatches."""

from __future__ import annotations

import asyncio

import httpx
import pytest

import altegio

from .conftest import PARTNER, TAG_RESOURCE, USER, json_response


def test_every_request_carries_auth_accept_and_user_agent(make_client) -> None:  # type: ignore[no-untyped-def]
    client, recorder = make_client(lambda r: json_response(200, {"data": TAG_RESOURCE, "meta": []}))
    client.tags.get(68570, 241625)
    (request,) = recorder.requests
    assert request.headers["authorization"] == f"Bearer {PARTNER}, User {USER}"
    assert request.headers["accept"] == "application/vnd.api.v2+json"
    assert request.headers["user-agent"].startswith(f"altegio-python/{altegio.__version__} ")
    assert str(request.url) == "https://api.alteg.io/api/v2/locations/68570/tags/241625"


def test_tokens_and_base_url_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ALTEGIO_PARTNER_TOKEN", "env-partner")
    monkeypatch.setenv("ALTEGIO_USER_TOKEN", "env-user")
    monkeypatch.setenv("ALTEGIO_BASE_URL", "http://127.0.0.1:4010/api/v2/")
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(204)

    with altegio.Altegio(http_client=httpx.Client(transport=httpx.MockTransport(handler)), rate_limit=None) as client:
        assert client.base_url == "http://127.0.0.1:4010/api/v2"
        client.tags.delete(1, 2)
    assert seen[0].headers["authorization"] == "Bearer env-partner, User env-user"
    assert str(seen[0].url) == "http://127.0.0.1:4010/api/v2/locations/1/tags/2"


def test_arguments_win_over_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ALTEGIO_PARTNER_TOKEN", "env-partner")
    client = altegio.Altegio("arg-partner", "arg-user", base_url="https://example.invalid/api/v2")
    assert client.settings.credentials.authorization == "Bearer arg-partner, User arg-user"
    client.close()


@pytest.mark.parametrize(
    ("kwargs", "argument"),
    [
        ({"partner_token": "  "}, "partner_token"),
        ({"partner_token": "has space"}, "partner_token"),
        ({"user_token": "a,b"}, "user_token"),
        ({"base_url": "ftp://x"}, "base_url"),
        ({"timeout": 0}, "timeout"),
        ({"timeout": None}, "timeout"),
        ({"max_retries": -1}, "max_retries"),
        ({"rate_limit": 5}, "rate_limit"),
        ({"default_headers": {"Authorization": "x"}}, "default_headers"),
        ({"http_client": object()}, "http_client"),
    ],
)
def test_bad_configuration_is_refused_at_construction(kwargs: dict[str, object], argument: str) -> None:
    options: dict[str, object] = {"partner_token": "p", "user_token": "u", **kwargs}
    with pytest.raises(altegio.InvalidArgumentError) as caught:
        altegio.Altegio(**options)  # type: ignore[arg-type]
    assert caught.value.argument == argument


def test_default_timeout_is_set_and_per_client_timeout_applies(make_client) -> None:  # type: ignore[no-untyped-def]
    client, recorder = make_client(lambda r: httpx.Response(204))
    client.tags.delete(1, 2)
    assert recorder.requests[0].extensions["timeout"] == {"connect": 5.0, "read": 30.0, "write": 30.0, "pool": 30.0}
    fast, recorder = make_client(lambda r: httpx.Response(204), timeout=2.5)
    fast.tags.delete(1, 2)
    assert recorder.requests[0].extensions["timeout"]["read"] == 2.5


def test_with_options_changes_one_call_and_shares_the_pool(make_client) -> None:  # type: ignore[no-untyped-def]
    client, recorder = make_client(lambda r: httpx.Response(204), max_retries=2)
    quick = client.with_options(timeout=1.0, max_retries=0)
    quick.tags.delete(1, 2)
    client.tags.delete(1, 3)
    assert recorder.requests[0].extensions["timeout"]["read"] == 1.0
    assert recorder.requests[1].extensions["timeout"]["read"] == 30.0
    assert quick.settings.max_retries == 0 and client.settings.max_retries == 2
    assert quick._http is client._http
    quick.close()  # a derived client never closes the shared pool
    assert not client._http.is_closed


def test_context_manager_closes_the_pool_it_owns() -> None:
    with altegio.Altegio("p", "u") as client:
        http = client._http
    assert http.is_closed


def test_a_pool_passed_in_is_left_open() -> None:
    http = httpx.Client()
    with altegio.Altegio("p", "u", http_client=http):
        pass
    assert not http.is_closed
    http.close()


def test_async_client_context_manager_closes_its_pool() -> None:
    async def scenario() -> httpx.AsyncClient:
        async with altegio.AsyncAltegio("p", "u") as client:
            return client._http

    assert asyncio.run(scenario()).is_closed


def test_repr_shows_no_token() -> None:
    client = altegio.Altegio(PARTNER, USER)
    text = repr(client) + str(client.settings) + repr(client.settings) + repr(client._auth)
    assert PARTNER not in text and USER not in text
    assert "redacted" in repr(client.settings)
    client.close()


def test_request_escape_hatch_sends_with_auth_and_maps_errors(make_client) -> None:  # type: ignore[no-untyped-def]
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/custom_fields"):
            return json_response(200, {"data": []})
        if request.method == "DELETE":
            return httpx.Response(204)
        return json_response(404, {"success": False, "data": None, "meta": {"message": "Location not found"}})

    client, recorder = make_client(handler)
    assert client.request("GET", "/locations/1/custom_fields", params={"page": 2}) == {"data": []}
    assert client.request("DELETE", "/locations/1/appointments/5") is None
    with pytest.raises(altegio.NotFoundError, match="Location not found"):
        client.request("GET", "/locations/9/services")
    assert recorder.requests[0].headers["authorization"].startswith("Bearer ")
    assert recorder.requests[0].url.params["page"] == "2"
    with pytest.raises(altegio.InvalidArgumentError):
        client.request("GET", "locations/1")
    with pytest.raises(altegio.InvalidArgumentError):
        client.request("TRACE", "/locations/1")


def test_generated_client_is_configured_and_hides_tokens() -> None:
    client = altegio.Altegio(PARTNER, USER, base_url="http://127.0.0.1:9/api/v2")
    generated = client.generated
    assert type(generated).__module__.startswith("altegio_openapi")
    assert PARTNER not in repr(generated)
    http = generated.get_httpx_client()
    assert str(http.base_url) == "http://127.0.0.1:9/api/v2/"
    assert http.headers["accept"] == "application/vnd.api.v2+json"
    http.close()
    client.close()


def test_debug_log_shows_requests_with_the_authorization_header_redacted(
    make_client, caplog: pytest.LogCaptureFixture
) -> None:  # type: ignore[no-untyped-def]
    client, _ = make_client(lambda r: json_response(200, {"data": TAG_RESOURCE}))
    with caplog.at_level("DEBUG", logger="altegio"):
        client.tags.get(68570, 241625)
    text = "\n".join(record.getMessage() for record in caplog.records)
    assert "GET /api/v2/locations/68570/tags/241625 headers=" in text
    assert "'authorization': '<redacted>'" in text
    assert "-> 200" in text
    assert PARTNER not in text and USER not in text
