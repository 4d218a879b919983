"""Categories, priorities and statuses of a service request (village.md, "Service requests")."""

from __future__ import annotations

from enum import StrEnum

TITLE_MAX = 200  # characters
DESCRIPTION_MAX = 5000
COMMENT_MAX = 5000  # a comment, or a status change's reason
RATING_COMMENT_MAX = 1000


class Category(StrEnum):
    REPAIR = "repair"
    ELECTRIC = "electric"
    WATER = "water"
    ROAD_LIGHTING = "road_lighting"
    GARDEN = "garden"
    SECURITY = "security"
    GARBAGE = "garbage"
    NOISE_NEIGHBOUR = "noise_neighbour"
    PETS = "pets"
    OTHER = "other"


class Priority(StrEnum):
    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"
    URGENT = "urgent"


class Status(StrEnum):
    SUBMITTED = "submitted"
    IN_PROGRESS = "in_progress"
    ON_HOLD = "on_hold"
    RESOLVED = "resolved"
    REJECTED = "rejected"
    CANCELLED = "cancelled"
    CLOSED = "closed"


TERMINAL = frozenset({Status.REJECTED, Status.CANCELLED, Status.CLOSED})
# "Open": the office still owes the resident something (for the open-age filter).
OPEN = frozenset({Status.SUBMITTED, Status.IN_PROGRESS, Status.ON_HOLD})
