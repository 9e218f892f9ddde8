"""Shared pieces of the resilience tests: tokens, spec examples, and one way to drive both clients.

`Api` wraps an `Altegio` or an `AsyncAltegio` so that a test is written once:
`api.call(lambda c: c.tags.get(1, 2))` runs the call, awaiting it on the async client.
Sleeps of the retry loop are recorded in `api.waits` instead of being slept.
"""

from __future__ import annotations

import asyncio
import copy
import functools
import inspect
import pathlib
import sys
import threading
from collections.abc import Callable
from typing import Any, Literal

import pytest

import altegio._transport as transport
from altegio import Altegio, AsyncAltegio

ROOT = pathlib.Path(__file__).resolve().parents[2]
SCRIPTS = ROOT / "scripts"
if str(SCRIPTS) not in sys.path:
    sys.path.insert(0, str(SCRIPTS))

from specio import load_spec, operations  # noqa: E402

PARTNER_TOKEN = "PARTNERSECRET123456"  # a fake token the tests look for
USER_TOKEN = "USERSECRET654321"  # a fake token the tests look for
TOKENS = (PARTNER_TOKEN, USER_TOKEN)

Kind = Literal["sync", "async"]
KINDS: tuple[Kind, ...] = ("sync", "async")


# -- the spec and success bodies -----------------------------------------------------------------


_SPEC_LOCK = threading.Lock()


@functools.cache
def _spec() -> dict[str, Any]:
    return load_spec(ROOT / "openapi.yaml")


def spec() -> dict[str, Any]:
    """openapi.yaml, loaded once per process (also when many threads ask at once)."""
    with _SPEC_LOCK:
        return _spec()


def example(operation_id: str, status: str = "200") -> Any:
    """A deep copy of the JSON example of an operation's response in openapi.yaml."""
    _, _, operation = operations(spec())[operation_id]
    return copy.deepcopy(operation["responses"][status]["content"]["application/json"]["example"])


# The spec gives no examples for Events; these follow event_resource and appointment_resource
# field by field (test_properties_parsers.py checks them against the response schemas).
EVENT_RESOURCE: dict[str, Any] = {
    "type": "activity",
    "id": "123",
    "attributes": {
        "master_id": 42,
        "staff_id": 42,
        "service_id": 500,
        "timestamp": 1785582000,
        "length": 3600,
        "capacity": 8,
        "clients_count": 2,
        "color": "#9c27b0",
        "instructions": "Arrive ten minutes early",
        "stream_link": "",
        "font_color": "#ffffff",
        "notified": False,
        "comment": None,
        "schedule_id": None,
        "schedule_till": None,
        "schedule_event_modified": None,
        "date": "2026-08-01T14:00:00+0300",
    },
}
APPOINTMENT_RESOURCE: dict[str, Any] = {
    "type": "record",
    "id": "555",
    "attributes": {
        "company_id": 1,
        "external_id": "",
        "visit_id": 7,
        "booking_user_id": 8,
        "bookform_id": 0,
        "master_id": 42,
        "staff_id": 42,
        "client_id": 9,
        "comer_id": None,
        "source": 0,
        "attendance": 0,
        "attendance_status": 0,
        "attendance_status_slug": "waiting",
        "client_fictive_name": None,
        "client_fictive_phone": None,
        "client_fictive_email": None,
        "clients_count": 1,
        "activity_id": 123,
        "custom_color": "",
        "custom_font_color": "",
        "length": 3600,
        "duration": 3600,
        "paid_full": 0,
        "is_paid": False,
        "is_overpaid": False,
        "timestamp": 1785582000,
        "date": "2026-08-01T14:00:00",
        "created_datetime": "2026-07-20T10:00:00",
        "from_url": "",
        "is_mobile": 0,
        "comment": "",
        "prepaid_status": 0,
        "record_from": "",
        "payment_status": None,
        "is_sale_bill_printed": None,
        "is_client_notification_sent": False,
    },
}

# No examples either for an Appointment Product Item or a Booking User; these follow
# attendance_product_item_resource and booking_user_resource (fake personal data).
PRODUCT_ITEM_RESOURCE: dict[str, Any] = {
    "type": "attendance_good_item",
    "id": "3001",
    "attributes": {
        "record_id": 555,
        "quantity": 2,
        "unit_id": 1,
        "sale_unit_id": 1,
        "consumable_unit_id": 1,
        "operation_unit_type": "sale",
        "operation_type_slug": "sale",
        "first_cost": 25.99,
        "manual_cost": 25.99,
        "cost_per_unit": 25.99,
        "discount_percent": 10,
        "cost": 46.78,
        "master_id": 42,
        "staff_id": 42,
        "good_id": 100,
        "storage_id": 10,
    },
}
BOOKING_USER_RESOURCE: dict[str, Any] = {
    "type": "client",
    "id": "9",
    "attributes": {
        "name": "Test",
        "surname": "User",
        "patronymic": "",
        "phone": "+10000000001",
        "additional_phone": "",
        "email": "someone@example.com",
        "comment": "",
        "client_tips": True,
        "birthday": "1990-05-17T00:00:00",
        "card_number": "",
        "gender": 0,
        "discount": 0,
        "discount_percent": 5,
    },
}


def _without_examples() -> dict[str, tuple[int, Any]]:
    """Success bodies of the later operations whose responses have no example in the spec."""
    return {
        "autocomplete_products": (200, example("list_products")),
        "list_attendance_appointments": (200, {"data": example("list_appointments")["data"]}),
        "get_attendance_product_item": (200, {"data": copy.deepcopy(PRODUCT_ITEM_RESOURCE), "meta": []}),
        "get_attendance_booking_user": (200, {"data": copy.deepcopy(BOOKING_USER_RESOURCE), "meta": []}),
    }


def success(operation_id: str) -> tuple[int, Any]:
    """(status, body) of a valid success answer to an operation; body None for a 204."""
    bodies: dict[str, tuple[int, Any]] = {
        "list_events": (200, {"data": [copy.deepcopy(EVENT_RESOURCE)]}),
        "get_event": (200, {"data": copy.deepcopy(EVENT_RESOURCE), "meta": []}),
        "create_event": (201, {"data": copy.deepcopy(EVENT_RESOURCE), "meta": []}),
        "update_event": (200, {"data": copy.deepcopy(EVENT_RESOURCE), "meta": []}),
        "create_event_appointment": (201, {"data": copy.deepcopy(APPOINTMENT_RESOURCE), "meta": []}),
        "update_event_appointment": (200, {"data": copy.deepcopy(APPOINTMENT_RESOURCE), "meta": []}),
        "reschedule_event_appointment": (200, {"data": copy.deepcopy(APPOINTMENT_RESOURCE), "meta": []}),
    }
    if operation_id in bodies:
        return bodies[operation_id]
    later = _without_examples()
    if operation_id in later:
        return later[operation_id]
    _, _, operation = operations(spec())[operation_id]
    for status in ("200", "201", "204"):
        if status in operation["responses"]:
            return int(status), None if status == "204" else example(operation_id, status)
    raise LookupError(operation_id)


# -- driving both clients ------------------------------------------------------------------------


class Api:
    """One sync or async client, its fake sleep, and a way to call it from a plain test."""

    def __init__(self, kind: Kind, monkeypatch: pytest.MonkeyPatch, *, base_url: str | None = None) -> None:
        self.kind = kind
        self.base_url = base_url
        self.waits: list[float] = []
        self._clients: list[Any] = []
        self._loop = asyncio.new_event_loop() if kind == "async" else None
        install_fake_sleep(monkeypatch, self.waits.append)

    def client(self, **options: Any) -> Any:
        """A new client (closed at teardown); keyword options go to the constructor."""
        settings: dict[str, Any] = {"rate_limit": None, "timeout": 0.5, "max_retries": 2}
        # Never the real API: a test that forgets the base URL gets a closed local port.
        settings["base_url"] = self.base_url if self.base_url is not None else "http://127.0.0.1:9/api/v2"
        settings.update(options)
        tokens = settings.pop("partner_token", PARTNER_TOKEN), settings.pop("user_token", USER_TOKEN)
        cls = Altegio if self.kind == "sync" else AsyncAltegio
        made = cls(*tokens, **settings)
        self._clients.append(made)
        return made

    def call(self, client: Any, fn: Callable[[Any], Any]) -> Any:
        """fn(client), awaited on the async client's loop when it returns an awaitable."""
        result = fn(client)
        if inspect.isawaitable(result):
            assert self._loop is not None, "an awaitable from the sync client"
            return self._loop.run_until_complete(_awaited(result))
        return result

    def outcome(self, client: Any, fn: Callable[[Any], Any]) -> Any:
        """The result of the call, or the exception it raised (returned, not raised)."""
        try:
            return self.call(client, fn)
        except Exception as exc:
            return exc

    def close(self) -> None:
        for made in self._clients:
            closing = made.close()
            if inspect.isawaitable(closing):
                assert self._loop is not None
                self._loop.run_until_complete(_awaited(closing))
        if self._loop is not None:
            self._loop.close()


async def _awaited(awaitable: Any) -> Any:
    return await awaitable


def install_fake_sleep(monkeypatch: pytest.MonkeyPatch, record: Callable[[float], Any]) -> None:
    """Make the retry loop of both clients call `record(seconds)` instead of sleeping.

    The drivers take `sleep=` as a keyword default (time.sleep / asyncio.sleep) and the clients
    never pass it, so the defaults are swapped for the test (monkeypatch restores them).
    """

    async def fake_async_sleep(seconds: float) -> None:
        record(seconds)

    monkeypatch.setitem(transport.send_sync.__kwdefaults__, "sleep", record)
    monkeypatch.setitem(transport.send_async.__kwdefaults__, "sleep", fake_async_sleep)


def backoff_bounds(retries_done: int, *, initial: float = 0.5, cap: float = 8.0) -> tuple[float, float]:
    """The interval a backoff wait must fall in: full delay, less up to 25% jitter."""
    delay = min(cap, initial * 2.0 ** min(retries_done, 64))  # 2.0**1024 would overflow a float
    return 0.75 * delay, delay


def leaks(text: str) -> list[str]:
    """The tokens (or a recognizable piece of one) found in `text`."""
    found = []
    for token in TOKENS:
        if token in text or token[:10] in text or token[-8:] in text:
            found.append(token)
    return found
