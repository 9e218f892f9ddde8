from enum import StrEnum


class ListProductStorageAmountsIncludeItem(StrEnum):
    STORAGE = "storage"

    def __str__(self) -> str:
        return str(self.value)
