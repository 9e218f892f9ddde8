from enum import StrEnum


class ListCustomFieldsFilterparentEntityType(StrEnum):
    CLIENT = "client"
    RECORD = "record"

    def __str__(self) -> str:
        return str(self.value)
