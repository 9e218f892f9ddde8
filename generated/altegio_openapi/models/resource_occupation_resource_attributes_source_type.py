from enum import StrEnum


class ResourceOccupationResourceAttributesSourceType(StrEnum):
    ACTIVITY = "activity"
    RECORD = "record"

    def __str__(self) -> str:
        return str(self.value)
