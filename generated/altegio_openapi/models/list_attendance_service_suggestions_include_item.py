from enum import StrEnum


class ListAttendanceServiceSuggestionsIncludeItem(StrEnum):
    ATTENDANCE_SERVICE = "attendance_service"
    RECORD = "record"

    def __str__(self) -> str:
        return str(self.value)
