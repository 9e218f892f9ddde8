"""Appointments and resource occupations (the spec's "Appointments" section).

Seeds: Appointments 20001-20003 on 2030-01-15 at 10, 11 and 12 o'clock (an hour each, Booking
User 500, Team Member 42; 20001 and 20002 share visit 30001) besides the Event appointments;
occupations of resource 90 by 20001 and 20002. Further rules:
- list_appointments: one end of the date range without the other, or an end not after the
  start -> 422 on the date filter;
- `attendance_id` "record_0" or "visit_0" -> 422; one that matches no Appointment -> 404; a
  `record_` id gives the whole visit of that Appointment;
- deleted Appointments are gone: deleting again is 404 (422 {"recordId"} from the timetable,
  whose answer lists the rest of the visit);
- list_resource_occupations lists the occupations that overlap the range (strictly).
"""

from __future__ import annotations

import copy
import datetime as dt
from typing import Any

from .constants import LOCAL, MOCK_LOCATION_ID, MOCK_MISSING_ID, MOCK_STAFF_ID
from .core import Call, Reply, Section, invalid, not_found


class AppointmentsMock(Section):
    """The Appointments operations."""

    def _seed_appointments(self) -> None:
        """Appointments and occupations: the examples and a few variants."""
        record = self.example("list_appointments")["data"][0]["attributes"]
        self.records: dict[int, dict[str, Any]] = {}
        self.record_services = {20001: [100], 20002: [101], 20003: [100, 102]}
        for record_id, hour, visit_id in ((20001, 10, 30001), (20002, 11, 30001), (20003, 12, 0)):
            date = dt.datetime(2030, 1, 15, hour)
            self.records[record_id] = {
                **record,
                "company_id": MOCK_LOCATION_ID,
                "visit_id": visit_id,
                "master_id": MOCK_STAFF_ID,
                "staff_id": MOCK_STAFF_ID,
                "timestamp": int(date.replace(tzinfo=dt.UTC).timestamp()),
                "date": date.strftime(LOCAL),
                "created_datetime": "2030-01-10T15:30:00",
            }
        self.removed_records: set[int] = set()
        occupation = self.example("list_resource_occupations")["data"][0]
        self.occupations = [(occupation, 100)]
        for number, (record_id, hour, instance) in enumerate(((20001, 10, 901), (20002, 11, 902)), start=502):
            attributes = {**occupation["attributes"], "source_id": record_id, "resource_instance_id": instance}
            attributes.update({"from": f"2030-01-15 {hour}:00:00", "to": f"2030-01-15 {hour + 1}:00:00"})
            service_id = self.record_services[record_id][0]
            self.occupations.append(
                ({"type": "resource_occupation", "id": str(number), "attributes": attributes}, service_id)
            )

    def _staff(self, staff_id: int) -> dict[str, Any]:
        member = self.team_members.get(staff_id) or next(iter(self.team_members.values()))
        return {"type": "staff", "id": str(staff_id), "attributes": dict(member)}

    def _record(self, record_id: int) -> dict[str, Any]:
        """An Appointment: a seeded one, or one of an Event."""
        if record_id in self.records:
            return {"type": "record", "id": str(record_id), "attributes": dict(self.records[record_id])}
        return self._appointment(record_id)["data"]

    def _record_ids(self) -> list[int]:
        return [*self.records, *self.appointments]

    def _record_resources(self, call: Call, record_ids: list[int], included: dict[tuple[str, str], Any]) -> list[Any]:
        """The Appointments with what `include` asks for: client, staff, services and
        attendance_good_items are filled in; other includes are accepted and ignored."""
        resources = []
        for record_id in record_ids:
            resource = self._record(record_id)
            attributes = resource["attributes"]
            event = self.events[attributes["activity_id"]] if attributes["activity_id"] else None
            services = [event["service_id"]] if event else self.record_services.get(record_id, [])
            related = {
                "client": [self._booking_user(attributes["client_id"])],
                "staff": [self._staff(attributes["staff_id"])],
                "services": [self._service(service_id) for service_id in services],
                "attendance_good_items": [self._product_item(3001)] if record_id == 20001 else [],
            }
            for name in call.query.get("include", []):
                if name in related:
                    self._link(
                        resource, included, name, related[name], many=name in ("services", "attendance_good_items")
                    )
            resources.append(resource)
        return resources

    def _op_list_appointments(self, call: Call) -> Reply:
        clients = self._query_ids(call, "filter[client_id]", "Booking User")
        events = self._query_ids(call, "filter[activity_id]", "Event")
        since, until = call.arg("filter[date_intersect_from]"), call.arg("filter[date_intersect_to]")
        for name, value, other in (("from", since, until), ("to", until, since)):
            if value is None and other is not None:
                raise invalid(f"filter[date_intersect_{name}]", "Both ends of the date range are required")
        if since is not None and until is not None and until <= since:
            raise invalid("filter[date_intersect_to]", "The end of the date range must be after its start")
        chosen = []
        for record_id in self._record_ids():
            attributes = self._record(record_id)["attributes"]
            start = dt.datetime.strptime(attributes["date"], LOCAL)
            end = (start + dt.timedelta(seconds=attributes["length"])).strftime(LOCAL)
            if (
                (not clients or attributes["client_id"] in clients)
                and (not events or attributes["activity_id"] in events)
                and (since is None or (attributes["date"] < until and end > since))
            ):
                chosen.append((attributes["date"], record_id))
        included: dict[tuple[str, str], Any] = {}
        body = self._paged(call, [record_id for _, record_id in sorted(chosen)])
        body["data"] = self._record_resources(call, body["data"], included)
        return Reply(200, self._with_included(body, included))

    def _op_list_attendance_appointments(self, call: Call) -> Reply:
        kind, _, number = str(call.ids["attendance_id"]).partition("_")
        if int(number) == 0:
            raise invalid("attendance_id", "The attendance identifier is not valid")
        if kind == "record" and int(number) in self._record_ids():
            visit = self._record(int(number))["attributes"]["visit_id"]
            kind, number = ("visit", str(visit)) if visit else ("record", number)
        if kind == "visit":
            record_ids = [i for i, r in self.records.items() if r["visit_id"] == int(number)]
        else:
            record_ids = [int(number)] if int(number) in self._record_ids() else []
        if not record_ids:
            raise not_found()
        included: dict[tuple[str, str], Any] = {}
        return Reply(200, self._with_included({"data": self._record_resources(call, record_ids, included)}, included))

    def _remove_record(self, record_id: int) -> None:
        self.records.pop(record_id, None)
        self.appointments.pop(record_id, None)
        self.removed_records.add(record_id)

    def _op_delete_appointment(self, call: Call) -> Reply:
        record_id = self._path_id(call, "appointment_id")
        if record_id in self.removed_records:
            raise not_found()
        self._remove_record(record_id)
        return Reply(204)

    def _op_delete_timetable_appointment(self, call: Call) -> Reply:
        record_id = call.body["recordId"]
        if record_id == MOCK_MISSING_ID or record_id in self.removed_records:
            raise invalid("recordId", "The selected Appointment is invalid")
        visit = self.records[record_id]["visit_id"] if record_id in self.records else 0
        self._remove_record(record_id)
        related = [i for i, r in self.records.items() if visit and r["visit_id"] == visit]
        included: dict[tuple[str, str], Any] = {}
        return Reply(200, self._with_included({"data": self._record_resources(call, related, included)}, included))

    def _op_list_resource_occupations(self, call: Call) -> Reply:
        services = set(self._query_ids(call, "filter[service_id]", "Service"))
        services |= set(self._query_ids(call, "filter[service_ids][]", "Service"))
        since = call.arg("filter[date_intersect_from_strict]") or ""
        until = call.arg("filter[date_intersect_to_strict]") or ""
        chosen = [
            copy.deepcopy(occupation)
            for occupation, service_id in self.occupations
            if (not services or service_id in services)
            and occupation["attributes"]["from"].replace(" ", "T") < until
            and occupation["attributes"]["to"].replace(" ", "T") > since
        ]
        return Reply(200, {"data": chosen})
