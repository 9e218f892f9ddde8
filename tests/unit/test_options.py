"""Per-call headers, named environments and the ALTEGIO_LOG switch."""

from __future__ import annotations

import logging
import subprocess
import sys

import httpx
import pytest

import altegio._logging as altegio_logging
from altegio import Altegio, AsyncAltegio, InvalidArgumentError
from altegio._settings import ENVIRONMENTS

TAG_BODY = {
    "data": {
        "type": "tag",
        "id": "1",
        "attributes": {
            "company_id": 1,
            "title": "t",
            "color": "#ffffff",
            "entity_type": "client",
            "is_deleted": False,
            "is_editable": True,
        },
    }
}


def _recording_client(seen: list[httpx.Request], **options: object) -> Altegio:
    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=TAG_BODY)

    http = httpx.Client(transport=httpx.MockTransport(answer))
    return Altegio("partner", "user", base_url="http://api.test/api/v2", http_client=http, **options)  # type: ignore[arg-type]


def test_with_options_headers_are_merged_over_the_defaults_for_its_calls_only() -> None:
    seen: list[httpx.Request] = []
    client = _recording_client(seen, default_headers={"X-App": "crm", "X-Trace": "default"})
    traced = client.with_options(headers={"X-Trace": "call-42", "X-Extra": "1"})
    traced.tags.get(1, 2)
    client.tags.get(1, 2)
    first, second = seen
    assert (first.headers["x-trace"], first.headers["x-extra"], first.headers["x-app"]) == ("call-42", "1", "crm")
    assert first.headers["authorization"] == "Bearer partner, User user"
    assert first.headers["accept"] == "application/vnd.api.v2+json"
    assert second.headers["x-trace"] == "default" and "x-extra" not in second.headers
    assert traced._limiter is client._limiter and traced._http is client._http


@pytest.mark.parametrize(
    ("headers", "problem"),
    [
        ({"Authorization": "Bearer x"}, "must not set Authorization"),
        ({"authorization": "Bearer x"}, "must not set Authorization"),
        ({"X-Bad": "a\r\nInjected: 1"}, "without CR, LF"),
        ({"Bad Name": "v"}, "is not a header name"),
        ({"Content-Length": "1"}, "must not set Content-Length"),
        (["X-A", "b"], "must map names to values"),
    ],
)
def test_with_options_headers_are_checked_like_default_headers(headers: object, problem: str) -> None:
    client = Altegio("partner", "user")
    with pytest.raises(InvalidArgumentError, match=problem) as caught:
        client.with_options(headers=headers)  # type: ignore[arg-type]
    assert caught.value.argument == "headers"
    assert "Bearer x" not in str(caught.value) and "Injected" not in str(caught.value)


@pytest.mark.parametrize("cls", [Altegio, AsyncAltegio])
def test_environments_by_name_and_base_url_wins(cls: type, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ALTEGIO_BASE_URL", "http://from-the-environment.test/api/v2")
    assert cls("p", "u", environment="mock").base_url == "https://developer.alteg.io/_mock/en/b2b-v2/openapi"
    assert cls("p", "u", environment="production").base_url == "https://api.alteg.io/api/v2"
    assert cls("p", "u", environment="mock", base_url="http://local.test/api/v2").base_url == "http://local.test/api/v2"
    assert cls("p", "u").base_url == "http://from-the-environment.test/api/v2"  # no name: the variable
    monkeypatch.delenv("ALTEGIO_BASE_URL")
    assert cls("p", "u").base_url == ENVIRONMENTS["production"]
    with pytest.raises(InvalidArgumentError, match="'production', 'mock'"):
        cls("p", "u", environment="staging")


def test_an_unknown_altegio_log_value_warns_once(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ALTEGIO_LOG", "verbose")
    monkeypatch.setattr(altegio_logging, "_configured", False)
    with pytest.warns(UserWarning, match="ALTEGIO_LOG='verbose' is not a level") as warned:
        Altegio("p", "u")
    Altegio("p", "u")  # no second warning (pytest would fail on it: warnings are errors here)
    assert len(warned) == 1
    assert warned[0].filename == __file__  # it points at the line that built the client


def test_altegio_log_info_logs_one_line_per_request() -> None:
    """A whole process with ALTEGIO_LOG=info: method, path without query, status, ms, retries."""
    script = (
        "import httpx, altegio\n"
        "answers = iter([httpx.Response(503), httpx.Response(204)])\n"
        "http = httpx.Client(transport=httpx.MockTransport(lambda request: next(answers)))\n"
        "client = altegio.Altegio('partner-secret-1', 'user-secret-2', base_url='http://api.test/api/v2', "
        "http_client=http, rate_limit=None)\n"
        "import altegio._transport as transport\n"
        "transport.send_sync.__kwdefaults__['sleep'] = lambda seconds: None\n"
        "client.request('DELETE', '/locations/1/tags/2', params={'secret': 'x'})\n"
    )
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", script],
        env={"ALTEGIO_LOG": "info", "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=True,
    )
    lines = [line for line in result.stderr.splitlines() if "altegio INFO" in line]
    assert len(lines) == 2, result.stderr
    assert "DELETE /api/v2/locations/1/tags/2 -> 503 (" in lines[0] and "0 retries" in lines[0]
    assert "-> 204 (" in lines[1] and "1 retries" in lines[1]
    assert "ms," in lines[0]
    for text in ("secret", "partner-secret-1", "user-secret-2"):
        assert text not in result.stderr


def test_info_is_not_printed_without_the_switch(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="altegio")
    seen: list[httpx.Request] = []
    _recording_client(seen).tags.get(1, 2)
    assert [record for record in caplog.records if record.name == "altegio"] == []
