"""A local, stateful mock of the Altegio Business Management API v2, as openapi.yaml describes it.

It exists so that cassettes can be recorded, and the client exercised end to end, without
production credentials. Prism cannot serve this spec (it never matches bracketed query names
such as `filter[from]`), so this mock validates with wire_contract instead.

    with MockServer() as mock:          # or: python scripts/mock_server.py [--port N]
        client = Altegio("partner", "user", base_url=mock.url)

Checks, in this order, for every request (the rejections use these statuses even where the
operation does not declare them):
- an unknown path -> 404 "Not found"; a method the path does not have -> 405;
- `Accept` missing or not application/vnd.api.v2+json (a charset may follow) -> 400;
- `Authorization` missing or not `Bearer <partner>, User <user>` -> 401 (any tokens are accepted);
- the Location: MOCK_LOCATION_ID (the id most spec examples use) is the only one that exists;
  MOCK_FORBIDDEN_LOCATION_ID answers 403 "No company management rights", and every other id,
  MOCK_MISSING_LOCATION_ID among them, 404 "Location not found", whatever the operation;
- list_events without `filter[from]` or `filter[to]` -> 400 "Required date range is missing";
- any other spec violation (unknown query key, a value of the wrong type or not in its enum, a
  body that does not fit its schema) -> 422 with `meta.errors` keyed by the parameter name or
  the dotted body path, e.g. {"client.phone": ["..."]}.
Every answer to a valid request is itself checked against the spec before it is sent; a
mismatch is a bug of the mock and comes back as a 500.

State is per instance (`reset()` restores the seeds; ids are handed out in sequence, so runs
repeat). One module per tag of the spec (tags, team_members, events, services, products,
appointments, booking_users, custom_fields) holds its operations and states its rules; app.py
dispatches, core.py has what they share. In the read-mostly sections (Services, Products,
Appointments, Booking Users, Custom Fields) ids are taken as existing whatever they are (an
unseeded one gets the first seed's data), except MOCK_MISSING_ID: in the path it is 404 "Not
found"; as a filter or a reference in the query or body (`staff_id`, `client_id`,
`filter[category_id]`, `filter[ids][]`, `filter[parent_category_id]`, `filter[client_id]`,
`filter[activity_id]`, `filter[service_id]`, `recordId`...) it is 422 on that name. Paged lists
(`list_services`, `list_attendance_services`, `list_products`, `autocomplete_products`,
`list_appointments`) honour `page` and `limit`. Includes resolve to resources in `included`:
`resources` of Services; `attendance_service` and `record` of suggestions; `storage_amounts`
(and the `actual_cost` attribute) of Products; `storage` of stock; `child_categories` and
`goods` of categories; `good`, `storage_amount` and `staff` of an Appointment product item;
`client`, `staff`, `services` and `attendance_good_items` of Appointments; `labels` of a Booking
User (the Booking User Tags); `custom_field_type` and `ui_options` of Custom Fields. Other
includes give empty relationships or are ignored. Every other operation answers the example of
its success response (or, where the spec has none, a body built from the schema), with the
requested id and Location filled in.
"""

from .app import MockApp
from .constants import (
    INVALID,
    MOCK_FORBIDDEN_LOCATION_ID,
    MOCK_LOCATION_ID,
    MOCK_MISSING_ID,
    MOCK_MISSING_LOCATION_ID,
    MOCK_OTHER_CHAIN_CLIENT_ID,
    MOCK_SERVICE_ID,
    MOCK_STAFF_ID,
    UNAVAILABLE,
)
from .core import synthesize
from .server import MockServer, main

__all__ = [
    "INVALID",
    "MOCK_FORBIDDEN_LOCATION_ID",
    "MOCK_LOCATION_ID",
    "MOCK_MISSING_ID",
    "MOCK_MISSING_LOCATION_ID",
    "MOCK_OTHER_CHAIN_CLIENT_ID",
    "MOCK_SERVICE_ID",
    "MOCK_STAFF_ID",
    "UNAVAILABLE",
    "MockApp",
    "MockServer",
    "main",
    "synthesize",
]
