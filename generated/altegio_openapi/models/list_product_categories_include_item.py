from enum import StrEnum


class ListProductCategoriesIncludeItem(StrEnum):
    CHILD_CATEGORIES = "child_categories"
    GOODS = "goods"

    def __str__(self) -> str:
        return str(self.value)
