"""Enumerations shared by models, schemas and the security rules."""

from enum import StrEnum


class Role(StrEnum):
    SUPER_ADMIN = "super_admin"
    VILLAGE_ADMIN = "village_admin"
    ACCOUNTING_ADMIN = "accounting_admin"
    RESIDENT = "resident"


class UserStatus(StrEnum):
    ACTIVE = "active"
    INACTIVE = "inactive"
    PENDING = "pending"
