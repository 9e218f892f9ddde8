"""Error responses become typed errors that keep status, message, field errors and body."""

from __future__ import annotations

import email.utils
import time

import httpx
import pytest

import altegio
from altegio._errors import normalize_field_errors, parse_retry_after, status_error

from .conftest import PARTNER, USER, json_response


def _response(status: int, body: bytes | str, content_type: str = "application/json") -> httpx.Response:
    request = httpx.Request("POST", "https://api.alteg.io/api/v2/locations/1/tags?entity=client")
    content = body.encode() if isinstance(body, str) else body
    return httpx.Response(status, content=content, headers={"content-type": content_type}, request=request)


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, altegio.BadRequestError),
        (401, altegio.AuthenticationError),
        (403, altegio.PermissionDeniedError),
        (404, altegio.NotFoundError),
        (409, altegio.ConflictError),
        (422, altegio.UnprocessableEntityError),
        (429, altegio.RateLimitError),
        (500, altegio.InternalServerError),
        (502, altegio.InternalServerError),
        (503, altegio.InternalServerError),
        (405, altegio.APIStatusError),
    ],
)
def test_each_status_maps_to_its_error_class(status: int, cls: type[altegio.APIStatusError]) -> None:
    error = status_error(_response(status, b'{"success":false,"data":null,"meta":{"message":"Nope"}}'), None)
    assert type(error) is cls
    assert isinstance(error, altegio.APIStatusError)
    assert isinstance(error, altegio.AltegioError)


def test_v2_envelope_gives_message_field_errors_and_body() -> None:
    body = {
        "success": False,
        "data": None,
        "meta": {"message": "Required parameter title was not passed", "errors": {"title": ["Required."]}, "x": 1},
    }
    error = status_error(_response(422, ""), body)
    assert error.status_code == 422
    assert error.message == "Required parameter title was not passed"
    assert error.errors == {"title": ["Required."]}
    assert error.body is body
    assert str(error) == "422 POST /api/v2/locations/1/tags: Required parameter title was not passed (title: Required.)"


@pytest.mark.parametrize(
    "raw",
    [
        {"title": ["Это поле отсутствует."]},
        [{"field_name": "title", "field_value": "", "error_message": "Это поле отсутствует."}],
        [{"field": "[title]", "message": "Это поле отсутствует."}],
        {"[title]": ["Это поле отсутствует."]},
    ],
)
def test_both_shapes_of_meta_errors_give_the_same_field_errors(raw: object) -> None:
    assert normalize_field_errors(raw) == {"title": ["Это поле отсутствует."]}


def test_v1_errors_without_a_field_are_kept_under_empty_name() -> None:
    assert normalize_field_errors([{"code": 10, "message": "Bad"}, {"message": "Worse"}]) == {"": ["Bad", "Worse"]}


def test_meta_as_empty_list_or_missing_message_falls_back_to_reason() -> None:
    error = status_error(_response(404, ""), {"success": False, "data": None, "meta": []})
    assert error.message == "Not Found"
    assert error.errors == {}


def test_html_error_page_keeps_the_text_body(make_client) -> None:  # type: ignore[no-untyped-def]
    page = "<html><body><h1>502 Bad Gateway</h1></body></html>"
    client, _ = make_client(
        lambda r: httpx.Response(502, text=page, headers={"content-type": "text/html"}), max_retries=0
    )
    with pytest.raises(altegio.InternalServerError) as caught:
        client.tags.get(1, 2)
    assert caught.value.body == page
    assert caught.value.status_code == 502
    assert caught.value.message == "Bad Gateway"


def test_a_4xx_that_claims_success_is_still_an_error(make_client) -> None:  # type: ignore[no-untyped-def]
    client, _ = make_client(
        lambda r: json_response(404, {"success": True, "data": [], "meta": {"message": "Не найдено"}})
    )
    with pytest.raises(altegio.NotFoundError, match="Не найдено"):
        client.tags.get(1, 2)


def test_success_false_on_a_2xx_is_an_error(make_client) -> None:  # type: ignore[no-untyped-def]
    body = {"success": False, "data": None, "meta": {"message": "No company management rights"}}
    client, _ = make_client(lambda r: json_response(200, body))
    with pytest.raises(altegio.APIStatusError) as caught:
        client.tags.get(1, 2)
    assert caught.value.status_code == 200
    assert caught.value.message == "No company management rights"


def test_success_false_on_a_204_operation_is_an_error(make_client) -> None:  # type: ignore[no-untyped-def]
    body = {"success": False, "data": None, "meta": {"message": "Category cannot be changed"}}
    client, _ = make_client(lambda r: json_response(200, body))
    with pytest.raises(altegio.APIStatusError, match="Category cannot be changed"):
        client.tags.update(1, 2, title="x")


def test_error_text_never_contains_tokens_or_query(make_client) -> None:  # type: ignore[no-untyped-def]
    client, _ = make_client(lambda r: json_response(403, {"success": False, "data": None, "meta": {"message": "No"}}))
    with pytest.raises(altegio.PermissionDeniedError) as caught:
        client.tags.list(1, entity="client").to_list()
    text = str(caught.value) + repr(caught.value) + repr(caught.value.args)
    assert PARTNER not in text and USER not in text
    assert "entity=" not in text
    assert str(caught.value) == "403 GET /api/v2/locations/1/tags: No"


def test_retry_after_in_seconds_and_http_date() -> None:
    assert parse_retry_after(httpx.Headers({"Retry-After": "7"})) == 7.0
    now = time.time()
    date = email.utils.formatdate(now + 30, usegmt=True)
    assert 28 <= (parse_retry_after(httpx.Headers({"Retry-After": date}), now=now) or 0) <= 31
    assert parse_retry_after(httpx.Headers({"Retry-After": "soon"})) is None
    assert parse_retry_after(httpx.Headers({})) is None
    assert parse_retry_after(httpx.Headers({"Retry-After": "-5"})) == 0.0


def test_rate_limit_error_exposes_retry_after(make_client) -> None:  # type: ignore[no-untyped-def]
    client, recorder = make_client(lambda r: json_response(429, {"success": False}, **{"Retry-After": "3600"}))
    with pytest.raises(altegio.RateLimitError) as caught:
        client.tags.get(1, 2)
    assert caught.value.retry_after == 3600.0
    assert len(recorder.requests) == 1  # far beyond the cap: raised at once, no sleeping


def test_invalid_argument_error_is_a_value_error_naming_the_argument() -> None:
    error = altegio.InvalidArgumentError("title", "must not be empty")
    assert isinstance(error, ValueError)
    assert isinstance(error, altegio.AltegioError)
    assert error.argument == "title"
    assert str(error) == "title: must not be empty"


def test_missing_tokens_fail_at_construction(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ALTEGIO_PARTNER_TOKEN", raising=False)
    monkeypatch.delenv("ALTEGIO_USER_TOKEN", raising=False)
    with pytest.raises(altegio.InvalidArgumentError, match="ALTEGIO_PARTNER_TOKEN") as caught:
        altegio.Altegio()
    assert caught.value.argument == "partner_token"
    with pytest.raises(altegio.InvalidArgumentError, match="ALTEGIO_USER_TOKEN"):
        altegio.AsyncAltegio(partner_token="p-token")
