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


class Language(StrEnum):
    """The language a person reads the system's mail and pages in (Thai first)."""

    TH = "th"
    EN = "en"


class Permission(StrEnum):
    PROFILE_READ = "profile:read"
    PROFILE_WRITE = "profile:write"
    USERS_READ = "users:read"
    USERS_WRITE = "users:write"
    USERS_DELETE = "users:delete"
    VILLAGE_WRITE = "village:write"
    HOUSES_READ = "houses:read"
    HOUSES_WRITE = "houses:write"
    ANNOUNCEMENTS_WRITE = "announcements:write"
    SERVICE_REQUESTS_MANAGE = "service_requests:manage"  # a resident: their own requests
    PRIVACY_MANAGE = "privacy:manage"  # data-subject requests (PDPA)
    FINANCE_READ = "finance:read"
    FINANCE_WRITE = "finance:write"
    PAYMENTS_RECORD = "payments:record"  # record a payment at the office (the maker)
    FINANCE_APPROVE = "finance:approve"  # confirm, approve, reverse, close (the checker)
    FINANCE_REOPEN = "finance:reopen"  # reopen a closed period
    AUDIT_READ = "audit:read"
    SESSIONS_REVOKE_ANY = "sessions:revoke_any"


class Scope(StrEnum):
    """Which objects a role's permissions reach (village.md, "Object-level access")."""

    ALL = "all"
    OWN_HOUSES = "own_houses"  # a resident: the houses they are a current member of
