"""Services, their categories and attendance services (the spec's "Services" section).

Seeds: Services 100-102; Team Member 42 provides each (one attendance service apiece, besides
the example's). Further rules:
- the seeded Services are not composite: their composite attendance services -> 422
  {"service_id"} (any other id is taken for a composite Service);
- the spec types the suggestions' `included` as oneOf(attendance_service_resource,
  includedResource), which a complete attendance service matches twice (a spec bug): the
  included ones leave out `technical_break_duration`, so that the answer fits.
"""

from __future__ import annotations

import copy
from typing import Any

from .constants import MOCK_LOCATION_ID, MOCK_STAFF_ID
from .core import Call, Reply, Section, invalid


class ServicesMock(Section):
    """The Services operations."""

    def _seed_services(self) -> None:
        """Services and attendance services: the examples and a few variants."""
        service = self.example("list_services")["data"][0]
        self.services = {int(service["id"]): service["attributes"]}
        for service_id, title in ((101, "Beard Trim"), (102, "Hair Colouring")):
            self.services[service_id] = {**service["attributes"], "title": title}
        template = self.example("list_attendance_services")["data"][0]
        self.attendance_template = template["attributes"]
        self.attendance_services = [
            {**template, "attributes": {**template["attributes"], "company_id": MOCK_LOCATION_ID}}
        ]
        self.attendance_services += [
            self._attendance_service(service_id, MOCK_STAFF_ID) for service_id in self.services
        ]

    def _attendance_service(self, service_id: int, staff_id: int) -> dict[str, Any]:
        attributes = {
            **self.attendance_template,
            "company_id": MOCK_LOCATION_ID,
            "service_id": service_id,
            "staff_id": staff_id,
            "title": self.services.get(service_id, self.services[100])["title"],
        }
        return {
            "type": "attendance_service",
            "id": f"{MOCK_LOCATION_ID}_{service_id}_{staff_id}_0",
            "attributes": attributes,
        }

    def _service(self, service_id: int) -> dict[str, Any]:
        attributes = self.services.get(service_id, self.services[100])
        return {"type": "service", "id": str(service_id), "attributes": dict(attributes)}

    def _service_resource(self, call: Call, service_id: int, included: dict[tuple[str, str], Any]) -> dict[str, Any]:
        resource = self._service(service_id)
        for name in call.query.get("include", []):
            if name == "resources":
                room = {"type": "resource", "id": "90", "attributes": {"title": "Treatment Room"}}
                self._link(resource, included, name, [room])
            else:  # resource_links, company_links: none; service_composite, trial_settings: null
                self._link(resource, included, name, [], many=name.endswith("links"))
        return resource

    def _op_list_services(self, call: Call) -> Reply:
        wanted = set(self._query_ids(call, "filter[service_ids][]", "Service"))
        included: dict[tuple[str, str], Any] = {}
        services = [
            self._service_resource(call, service_id, included)
            for service_id in self.services
            if not wanted or service_id in wanted
        ]
        return Reply(200, self._with_included(self._paged(call, services, meta=False), included))

    def _op_get_service(self, call: Call) -> Reply:
        included: dict[tuple[str, str], Any] = {}
        service = self._service_resource(call, self._path_id(call, "service_id"), included)
        return Reply(200, self._with_included({"data": service, "meta": []}, included))

    def _op_list_attendance_services(self, call: Call) -> Reply:
        staff = self._query_ids(call, "staff_id", "Team Member")
        categories = self._query_ids(call, "filter[category_id]", "Service Category")
        services = set(self._query_ids(call, "filter[service_ids][]", "Service"))
        term = (call.arg("filter[term]") or "").strip().lower()
        composite = call.arg("filter[is_composite]")
        chosen = [
            item
            for item in self.attendance_services
            if (not staff or item["attributes"]["staff_id"] in staff)
            and (not categories or item["attributes"]["category_id"] in categories)
            and (not services or item["attributes"]["service_id"] in services)
            and term in item["attributes"]["title"].lower()
            and (composite is None or item["attributes"]["is_composite"] == (composite == "1"))
        ]
        return Reply(200, self._paged(call, copy.deepcopy(chosen)))

    def _op_list_composite_service_attendance_services(self, call: Call) -> Reply:
        service_id = self._path_id(call, "service_id")
        if service_id in self.services:
            raise invalid("service_id", "The Service is not a composite Service")
        body = self.example("list_composite_service_attendance_services")
        for item in body["data"]:
            item["attributes"].update(company_id=MOCK_LOCATION_ID, composite_service_id=service_id)
        return Reply(200, body)

    def _op_list_attendance_service_suggestions(self, call: Call) -> Reply:
        (staff_id,) = self._query_ids(call, "staff_id", "Team Member")
        clients = self._query_ids(call, "client_id", "Booking User")
        suggestions = [(100, "master_popular_service", None)]
        if clients:
            suggestions.append((101, "last_client_visit_attendance_service", 20002))
        include = call.query.get("include", [])
        included: dict[tuple[str, str], Any] = {}
        data = []
        for service_id, kind, record_id in suggestions:
            attributes = {"service_id": service_id, "suggestion_type": kind, "record_id": record_id}
            resource: dict[str, Any] = {"type": "attendance_service_suggestion", "id": str(service_id)}
            resource["attributes"] = attributes
            if "attendance_service" in include:
                # openapi.yaml types these `included` as oneOf(attendance_service_resource,
                # includedResource): a complete attendance_service matches both, so it could never
                # be valid. Without technical_break_duration it matches only the second.
                service = self._attendance_service(service_id, staff_id)
                del service["attributes"]["technical_break_duration"]
                self._link(resource, included, "attendance_service", [service], many=False)
            if "record" in include:
                records = [] if record_id is None else [self._record(record_id)]
                self._link(resource, included, "record", records, many=False)
            data.append(resource)
        return Reply(200, self._with_included({"data": data}, included))
