from enum import StrEnum


class AppointmentResourceAttributesAttendanceStatusSlug(StrEnum):
    ABSENT = "absent"
    ATTENDED = "attended"
    CONFIRMED = "confirmed"
    WAITING = "waiting"

    def __str__(self) -> str:
        return str(self.value)
