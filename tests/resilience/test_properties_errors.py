"""Properties (hypothesis) of the errors: any error status gives the APIStatusError subclass of its
status, Retry-After never raises, and dates without a zone are UTC.
"""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from altegio import (
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
)
from altegio._errors import parse_retry_after
from altegio._operations import APICall, read_response

from .strategies import (
    CONTENT,
    FAST,
    PARSERS,
    make_response,
)

EXPECTED_ERRORS = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


@FAST
@given(
    status=st.integers(min_value=400, max_value=599),
    content=CONTENT,
    parser=st.sampled_from(sorted(PARSERS)),
    retry_after=st.none() | st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=126), max_size=40),
)
def test_any_error_status_raises_its_status_error(
    status: int, content: bytes, parser: str, retry_after: str | None
) -> None:
    headers = {} if retry_after is None else {"Retry-After": retry_after}
    with pytest.raises(APIStatusError) as caught:
        read_response(APICall("get_tag", {}, PARSERS[parser]), make_response(status, content, headers))
    error = caught.value
    expected = EXPECTED_ERRORS.get(status, InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected
    assert error.status_code == status
    assert isinstance(error.message, str) and error.message
    assert str(error).startswith(f"{status} GET /api/v2/locations/1/things: ")
    repr(error)
    assert all(isinstance(k, str) and all(isinstance(m, str) for m in v) for k, v in error.errors.items())
    if isinstance(error, RateLimitError):
        assert error.retry_after is None or error.retry_after >= 0


@FAST
@given(value=st.text(max_size=60) | st.sampled_from(["1e999", "-1", "nan", "inf", "Mon, 32 Jan 2026 25:00:00 GMT"]))
def test_retry_after_never_raises(value: str) -> None:
    seconds = parse_retry_after({"retry-after": value})
    assert seconds is None or (seconds >= 0 and not math.isnan(seconds))
