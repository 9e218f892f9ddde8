"""Properties (hypothesis) of the errors: any error status gives the APIStatusError subclass of its
status, Retry-After never raises, and dates without a zone are UTC.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import json
import math
import os
import pickle
import subprocess
import sys
import time

import httpx
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
from .support import ROOT, TOKENS

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


NOW = 1_800_000_000.0  # a fixed "now" (2027-01-15), so that waits are exact


def date_forms(moment: dt.datetime) -> dict[str, str]:
    """The three forms RFC 9110 lets a sender use, and RFC 2822 with `-0000` (zone unknown)."""
    timestamp = moment.timestamp()
    return {
        "imf-fixdate": email.utils.formatdate(timestamp, usegmt=True),
        "asctime": time.asctime(time.gmtime(timestamp)),
        "minus-zero": email.utils.formatdate(timestamp),
        "plus-zero": email.utils.formatdate(timestamp).replace("-0000", "+0000"),
    }


@FAST
@given(offset=st.integers(min_value=-(10**7), max_value=10**7))
def test_retry_after_dates_mean_the_same_wait_in_every_form(offset: int) -> None:
    """A date with no zone (asctime, `-0000`) is UTC: every form of one moment gives one wait."""
    moment = dt.datetime.fromtimestamp(NOW + offset, tz=dt.UTC)
    for form, value in date_forms(moment).items():
        assert parse_retry_after({"retry-after": value}, now=NOW) == max(0.0, float(offset)), (form, value)


ZONES_CHECK = """
import datetime as dt, email.utils, json, time
from altegio._errors import parse_retry_after
now = 1_800_000_000.0
results = {}
for offset in (-90_000, -3_600, 0, 5, 3_600, 40_000):
    ts = now + offset
    for form, value in {
        "imf-fixdate": email.utils.formatdate(ts, usegmt=True),
        "asctime": time.asctime(time.gmtime(ts)),
        "minus-zero": email.utils.formatdate(ts),
    }.items():
        results[f"{form} {offset}"] = parse_retry_after({"retry-after": value}, now=now)
print(json.dumps({"offset": time.localtime(now).tm_gmtoff, "waits": results}))
"""


@pytest.mark.parametrize("zone", ["America/New_York", "Asia/Tokyo", "UTC"])
def test_retry_after_dates_do_not_depend_on_the_local_zone(zone: str) -> None:
    """In a process whose local zone is TZ=zone: the same waits as in UTC (it waited 18,005 s
    instead of 5 s under New York before)."""
    env = {**os.environ, "TZ": zone, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(  # noqa: S603 - our own interpreter and code
        [sys.executable, "-c", ZONES_CHECK], env=env, capture_output=True, text=True, check=True, timeout=60
    )
    found = json.loads(done.stdout)
    expected_offset = {"America/New_York": -5 * 3600, "Asia/Tokyo": 9 * 3600, "UTC": 0}[zone]
    assert found["offset"] == expected_offset  # the zone really was in force
    for key, wait in found["waits"].items():
        offset = int(key.split()[1])
        assert wait == max(0.0, float(offset)), (zone, key, wait)


@FAST
@given(status=st.integers(min_value=400, max_value=599), content=CONTENT, parser=st.sampled_from(sorted(PARSERS)))
def test_any_status_error_pickles_whole_and_without_tokens(status: int, content: bytes, parser: str) -> None:
    """Whatever the body, the error it gives survives pickling, without the Authorization header."""
    request = httpx.Request("GET", "http://altegio.test/api/v2/locations/1/things")
    request.headers["Authorization"] = f"Bearer {TOKENS[0]}, User {TOKENS[1]}"
    response = httpx.Response(status, content=content, request=request)
    with pytest.raises(APIStatusError) as caught:
        read_response(APICall("get_tag", {}, PARSERS[parser]), response)
    error = caught.value
    data = pickle.dumps(error)
    assert not [token for token in TOKENS if token.encode() in data]
    copied = pickle.loads(data)
    assert type(copied) is type(error) and str(copied) == str(error)
    assert (copied.status_code, repr(copied.body), copied.errors) == (error.status_code, repr(error.body), error.errors)
    assert getattr(copied, "retry_after", None) == getattr(error, "retry_after", None)
    assert copied.response.content == content and "authorization" not in copied.request.headers
