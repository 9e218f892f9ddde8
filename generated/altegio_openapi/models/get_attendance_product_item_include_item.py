from enum import StrEnum


class GetAttendanceProductItemIncludeItem(StrEnum):
    GOOD = "good"
    LOYALTY_ABONEMENT = "loyalty_abonement"
    LOYALTY_CERTIFICATE = "loyalty_certificate"
    MARKS = "marks"
    STAFF = "staff"
    STORAGE_AMOUNT = "storage_amount"

    def __str__(self) -> str:
        return str(self.value)
