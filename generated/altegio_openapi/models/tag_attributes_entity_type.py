from enum import StrEnum


class TagAttributesEntityType(StrEnum):
    ACTIVITY = "activity"
    CLIENT = "client"
    COMMON = "common"
    RECORD = "record"

    def __str__(self) -> str:
        return str(self.value)
