from enum import StrEnum


class ListProductsFilterrelatedLoyaltyEntitySlug(StrEnum):
    COMMON = "common"
    LOYALTY_ABONEMENT = "loyalty_abonement"
    LOYALTY_CERTIFICATE = "loyalty_certificate"

    def __str__(self) -> str:
        return str(self.value)
