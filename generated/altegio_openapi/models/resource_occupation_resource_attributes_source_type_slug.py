from enum import StrEnum


class ResourceOccupationResourceAttributesSourceTypeSlug(StrEnum):
    ACTIVITY = "activity"
    RECORD = "record"

    def __str__(self) -> str:
        return str(self.value)
