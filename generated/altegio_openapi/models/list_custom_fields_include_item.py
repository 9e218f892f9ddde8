from enum import StrEnum


class ListCustomFieldsIncludeItem(StrEnum):
    CUSTOM_FIELD_TYPE = "custom_field_type"
    UI_OPTIONS = "ui_options"

    def __str__(self) -> str:
        return str(self.value)
