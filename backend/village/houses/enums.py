"""The registry's enumerations, shared by its models and schemas."""

from __future__ import annotations

from enum import StrEnum


class PlotType(StrEnum):
    RESIDENTIAL = "residential"
    COMMERCIAL = "commercial"
    VACANT_LAND = "vacant_land"


class Occupancy(StrEnum):
    OCCUPIED = "occupied"
    VACANT = "vacant"
    UNDER_CONSTRUCTION = "under_construction"


class Relation(StrEnum):
    OWNER = "owner"
    CO_OWNER = "co_owner"
    TENANT = "tenant"
    FAMILY = "family"
    AGENT = "agent"


class RequestStatus(StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"
