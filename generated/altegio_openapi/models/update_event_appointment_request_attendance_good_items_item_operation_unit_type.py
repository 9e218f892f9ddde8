from enum import StrEnum


class UpdateEventAppointmentRequestAttendanceGoodItemsItemOperationUnitType(StrEnum):
    CONSUMABLE = "consumable"
    SALE = "sale"

    def __str__(self) -> str:
        return str(self.value)
