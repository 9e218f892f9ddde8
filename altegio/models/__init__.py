"""altegio's own result models: immutable, typed, with the full wire resource kept in `.raw`.

They are written by hand on purpose: regenerating the low-level client never changes them.
"""

from ._document import Resource
from .events import AttendanceStatus, Event, EventAppointment
from .tags import Tag, TagEntity
from .team_members import EmploymentProfile, Gender, Position, ServicesBinding, StaffPosition, TeamMember

__all__ = [
    "AttendanceStatus",
    "EmploymentProfile",
    "Event",
    "EventAppointment",
    "Gender",
    "Position",
    "Resource",
    "ServicesBinding",
    "StaffPosition",
    "Tag",
    "TagEntity",
    "TeamMember",
]
