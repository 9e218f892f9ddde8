"""A `date` given as the end of a period means through the end of that day (`23:59:59`, the
spec's own example is `2026-01-31T23:59:59`); a `datetime` is sent as given, and a `date` as
the start of a period (or any other date) is its midnight.

The methods are found on both clients by their annotations (test_dates), not listed by hand.
"""

from __future__ import annotations

import datetime as dt
import inspect
import typing
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from mock_server import MOCK_LOCATION_ID, MockServer

import altegio
from altegio import _validation as v
from altegio._errors import InvalidArgumentError

from .test_dates import ARGUMENTS, Clients, datetime_parameters, sent_values

# How a parameter that ends a period may be called; every one found must be named `end`.
_END_NAMES = ("end", "until", "till", "to", "stop", "finish")
LAST_DAY = dt.date(2026, 1, 31)


@pytest.fixture(scope="module")
def clients() -> Iterator[Clients]:
    made = Clients()
    yield made
    made.close()


def period_ends(clients: Clients) -> dict[str, Callable[..., Any]]:
    """{dotted method: bound method} for every method with an `end` parameter (sync and async)."""
    return {path: method for (path, parameter), method in clients.parameters.items() if parameter == "end"}


def _call_with(clients: Clients, method: Callable[..., Any], **given: Any) -> list[Any]:
    """Call `method` with `given` and the required arguments; the values it sent."""
    hints = typing.get_type_hints(method)
    arguments = dict(given)
    for name, parameter in inspect.signature(method).parameters.items():
        if name not in arguments and parameter.default is inspect.Parameter.empty:
            assert dt.datetime not in typing.get_args(hints[name]), f"give {name} in the test"
            arguments[name] = ARGUMENTS[name]
    before = len(clients.capture.requests)
    clients.call(method, arguments)
    return [value for request in clients.capture.requests[before:] for value in sent_values(request)]


def _wire(moment: str) -> set[str]:
    """A time as either wire format writes it (events use a space, appointments a `T`)."""
    return {moment, moment.replace(" ", "T")}


def test_every_end_of_a_period_is_called_end(clients: Clients) -> None:
    """So that the tests below reach them all: a new period end named otherwise fails here."""
    found = {(path.removeprefix("async:"), parameter) for path, parameter in clients.parameters}
    for path, parameter in found:
        if parameter != "end":
            assert not any(word in parameter.split("_") for word in _END_NAMES), (path, parameter)
    assert {path for path, parameter in found if parameter == "end"} == {
        "events.list",
        "appointments.list",
        "resource_occupations.list",
    }
    assert len(period_ends(clients)) == 6  # each on both clients


def test_a_date_as_the_end_means_through_that_day(clients: Clients) -> None:
    for path, method in period_ends(clients).items():
        sent = _call_with(clients, method, start=dt.date(2026, 1, 1), end=LAST_DAY)
        assert _wire("2026-01-31 23:59:59") & set(sent), f"{path}(end={LAST_DAY!r}) sent {sent}"
        assert _wire("2026-01-01 00:00:00") & set(sent), f"{path}(start=2026-01-01) sent {sent}"
        assert not _wire("2026-01-31 00:00:00") & set(sent), path


@pytest.mark.parametrize(
    ("end", "expected"),
    [
        (dt.datetime(2026, 1, 31), "2026-01-31 00:00:00"),  # midnight, as given: the 31st left out
        (dt.datetime(2026, 1, 31, 18, 30), "2026-01-31 18:30:00"),
        (dt.datetime(2026, 1, 31, 23, 59, 59), "2026-01-31 23:59:59"),
    ],
)
def test_a_datetime_as_the_end_is_sent_as_given(clients: Clients, end: dt.datetime, expected: str) -> None:
    for path, method in period_ends(clients).items():
        sent = _call_with(clients, method, start=dt.datetime(2026, 1, 1, 9), end=end)
        assert _wire(expected) & set(sent), f"{path}(end={end!r}) sent {sent}"


def test_one_date_as_start_and_end_is_that_whole_day(clients: Clients) -> None:
    """`start=d, end=d` is accepted everywhere (appointments refuse an end not after the start)."""
    for path, method in period_ends(clients).items():
        sent = _call_with(clients, method, start=LAST_DAY, end=LAST_DAY)
        assert _wire("2026-01-31 00:00:00") & set(sent) and _wire("2026-01-31 23:59:59") & set(sent), path


def test_other_dates_still_mean_midnight(clients: Clients) -> None:
    sync = {path: method for path, method in datetime_parameters(clients.sync).items()}
    create = sync[("events.create", "date")]
    sent = _call_with(clients, create, date=dt.date(2030, 6, 3))
    assert "2030-06-03 00:00:00" in sent


def test_the_wire_helper() -> None:
    assert v.wire_datetime("end", LAST_DAY, end_of_period=True) == "2026-01-31 23:59:59"
    assert v.wire_datetime("end", LAST_DAY, separator="T", end_of_period=True) == "2026-01-31T23:59:59"
    assert v.wire_datetime("start", LAST_DAY) == "2026-01-31 00:00:00"
    assert v.wire_datetime("end", dt.datetime(2026, 1, 31), end_of_period=True) == "2026-01-31 00:00:00"
    assert v.wire_datetime("end", dt.date.max, end_of_period=True) == "9999-12-31 23:59:59"
    with pytest.raises(InvalidArgumentError, match="naive"):
        v.wire_datetime("end", dt.datetime(2026, 1, 31, tzinfo=dt.UTC), end_of_period=True)


@pytest.mark.block_network(allowed_hosts=[r"127\.0\.0\.1"])
def test_a_day_of_appointments_by_dates_against_the_mock(mock_server: MockServer) -> None:
    """The mock's Appointments 20001-20003 and their occupations are on 2030-01-15, 10 to 13 o'clock."""
    day = dt.date(2030, 1, 15)
    with altegio.Altegio("p", "u", base_url=mock_server.url, rate_limit=None) as client:
        appointments = client.appointments.list(MOCK_LOCATION_ID, start=day, end=day).to_list()
        assert {20001, 20002, 20003} <= {appointment.id for appointment in appointments}
        before = client.appointments.list(MOCK_LOCATION_ID, start=day - dt.timedelta(days=1), end=day)
        assert {20001, 20002, 20003} <= {appointment.id for appointment in before}
        midnight = dt.datetime.combine(day, dt.time())
        assert not client.appointments.list(
            MOCK_LOCATION_ID, start=day - dt.timedelta(days=1), end=midnight
        ).to_list()  # a datetime is taken as given: midnight leaves the day out
        occupied = client.resource_occupations.list(MOCK_LOCATION_ID, day, day).to_list()
        assert {occupation.source_id for occupation in occupied} >= {20001, 20002}
