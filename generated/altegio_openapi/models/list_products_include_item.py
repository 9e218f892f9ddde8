from enum import StrEnum


class ListProductsIncludeItem(StrEnum):
    ACTUAL_COST = "actual_cost"
    LOYALTY_ABONEMENT_TYPE = "loyalty_abonement_type"
    LOYALTY_CERTIFICATE_TYPE = "loyalty_certificate_type"
    MARK_SETTINGS = "mark_settings"

    def __str__(self) -> str:
        return str(self.value)
