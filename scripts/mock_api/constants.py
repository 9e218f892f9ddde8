"""The mock's fixed facts: the ids it knows, the messages it answers with, wire formats."""

from __future__ import annotations

import re

MOCK_LOCATION_ID = 68570
MOCK_FORBIDDEN_LOCATION_ID = 1  # in production, too, surely someone else's Location
MOCK_MISSING_LOCATION_ID = 999999999
MOCK_STAFF_ID = 42  # the Team Member of the examples
MOCK_SERVICE_ID = 500  # the Service of the create_event example

MOCK_MISSING_ID = 999999999  # no Service, Product, Appointment, Booking User... has this id
MOCK_OTHER_CHAIN_CLIENT_ID = 777777777  # a Booking User of a Location in another chain

UNAVAILABLE = "Team Member or Resource Instance is unavailable"
INVALID = "The given data was invalid."
OFFSET = "+0000"  # the mock Location's clock is UTC
EVENT_DATE = "%Y-%m-%d %H:%M:%S"
LOCAL = "%Y-%m-%dT%H:%M:%S"
# Emoji as the platform refuses them in search terms: Unicode's emoji blocks and the symbols
# with an emoji presentation (wider than the ranges the client checks: U+2B50 is a star).
EMOJI = re.compile(
    "[\u00a9\u00ae\u203c\u2049\u2122\u2139\u2194-\u21aa\u231a-\u23ff\u24c2\u25aa-\u25fe"
    "\u2600-\u27bf\u2934\u2935\u2b05-\u2b55\u3030\u303d\u3297\u3299\ufe0f\U0001f000-\U0001faff]"
)
# The Booking User every `client` resource shows (made-up personal data: cassettes scrub it).
BOOKING_USER = {
    "name": "Anna",
    "surname": "Lindqvist",
    "patronymic": "",
    "phone": "+10000000001",
    "additional_phone": "+10000000002",
    "email": "anna.lindqvist@example.com",
    "comment": "Prefers morning appointments",
    "client_tips": True,
    "birthday": "1990-05-17T00:00:00",
    "card_number": "5555-0001",
    "gender": 2,
    "discount": 0,
    "discount_percent": 5,
}
# Strings for `pattern`s of the spec when a schema has no example; the first that fits is used.
PATTERN_SAMPLES = (
    "2030-01-15T10:00:00",
    "2030-01-15 10:00:00",
    "2030-01-15 10:00:00.000000",
    "2030-01-15T10:00:00+0000",
    "#ff2828",
    "ff2828",
    "10000000000",
    "record_12345",
)

# Tag entities by number, as create_tag and list_tags take them.
ENTITIES = ("common", "client", "record", "activity")
