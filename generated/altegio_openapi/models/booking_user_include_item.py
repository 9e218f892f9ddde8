from enum import StrEnum


class BookingUserIncludeItem(StrEnum):
    AGREEMENTS = "agreements"
    CUSTOM_FIELD_VALUES = "custom_field_values"
    FIRST_SUCCESSFUL_VISIT = "first_successful_visit"
    LABELS = "labels"
    LOYALTY_ABONEMENTS = "loyalty_abonements"
    LOYALTY_CARDS = "loyalty_cards"
    LOYALTY_CERTIFICATES = "loyalty_certificates"

    def __str__(self) -> str:
        return str(self.value)
