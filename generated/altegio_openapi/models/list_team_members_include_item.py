from enum import StrEnum


class ListTeamMembersIncludeItem(StrEnum):
    EMPLOYEE = "employee"
    POSITION = "position"

    def __str__(self) -> str:
        return str(self.value)
