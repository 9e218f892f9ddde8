from enum import StrEnum


class ListTagsEntity(StrEnum):
    ACTIVITY = "activity"
    CLIENT = "client"
    COMMON = "common"
    RECORD = "record"
    VALUE_4 = "0"
    VALUE_5 = "1"
    VALUE_6 = "2"
    VALUE_7 = "3"

    def __str__(self) -> str:
        return str(self.value)
