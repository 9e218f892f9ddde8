"""Resource namespaces of the clients (`client.tags`, `client.events.appointments`, ...)."""

from ._async.events import AsyncEventAppointments, AsyncEvents
from ._async.positions import AsyncPositions
from ._async.tags import AsyncTags
from ._async.team_members import AsyncTeamMembers
from ._sync.events import EventAppointments, Events
from ._sync.positions import Positions
from ._sync.tags import Tags
from ._sync.team_members import TeamMembers

__all__ = [
    "AsyncEventAppointments",
    "AsyncEvents",
    "AsyncPositions",
    "AsyncTags",
    "AsyncTeamMembers",
    "EventAppointments",
    "Events",
    "Positions",
    "Tags",
    "TeamMembers",
]
