from enum import StrEnum


class AttendanceServiceSuggestionResourceAttributesSuggestionType(StrEnum):
    CLIENT_POPULAR_SERVICE = "client_popular_service"
    LAST_CLIENT_VISIT_ATTENDANCE_SERVICE = "last_client_visit_attendance_service"
    MASTER_POPULAR_SERVICE = "master_popular_service"

    def __str__(self) -> str:
        return str(self.value)
