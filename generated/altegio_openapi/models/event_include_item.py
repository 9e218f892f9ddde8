from enum import StrEnum


class EventIncludeItem(StrEnum):
    DURATION_DETAILS = "duration_details"
    LABELS = "labels"
    MASTER = "master"
    RESOURCE_INSTANCES = "resource_instances"
    SERVICE = "service"
    STAFF = "staff"

    def __str__(self) -> str:
        return str(self.value)
